/*
 * event_triggers.c: the trigger table compiled into a word matcher, and the tokenizer
 * the event rules read a body with.
 *
 * Patterns are short word sequences ("spoke by phone", "impose+ ... @sanction"). Every
 * word a pattern names, every inflection of a "+" lemma and every member of a word class
 * goes into one dictionary; a body is cut into lower-cased words once, each word is
 * looked up once, and at each word only the patterns whose first word is that word or
 * its lemma are tried. So the cost of a token does not grow with the size of the table.
 */
#include "event_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nn_alloc.h"

/* ------------------------------------------------------------------ tokenizer */

/* Curly quotes and dashes of UTF-8 text: 3-byte sequences E2 80 xx. */
static int
special_punct(const unsigned char *s, int32_t left, char *as)
{
	if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80)
	{
		switch (s[2])
		{
			case 0x98:			/* ‘ */
			case 0x99:			/* ’ */
				*as = '\'';
				return 3;
			case 0x9C:			/* “ */
			case 0x9D:			/* ” */
				*as = '"';
				return 3;
			case 0x93:			/* – */
			case 0x94:			/* — */
				*as = '-';
				return 3;
		}
	}
	if (left >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB))	/* « » */
	{
		*as = '"';
		return 2;
	}
	return 0;
}

static bool
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void
push_token(EvTokens *t, int32_t *cap, int32_t start, int32_t end, char **arena_pos, bool punct)
{
	if (t->n == *cap)
	{
		*cap = *cap ? *cap * 2 : 64;
		t->tok = nn_realloc(t->tok, sizeof(EvToken) * (size_t) *cap);
	}
	t->tok[t->n].start = start;
	t->tok[t->n].end = end;
	t->tok[t->n].text = *arena_pos;
	t->tok[t->n].len = (int32_t) strlen(*arena_pos);
	t->tok[t->n].punct = punct;
	t->tok[t->n].word = -1;
	t->tok[t->n].lemma = -1;
	t->tok[t->n].classes = 0;
	t->tok[t->n].skippable = false;
	t->tok[t->n].in_date = false;
	*arena_pos += t->tok[t->n].len + 1;
	t->n++;
}

/*
 * Words are runs of letters, digits and non-ASCII letters, with an apostrophe kept when
 * a letter follows ("turkey's", "don't"); hyphens and dots split words and vanish;
 * commas, colons, brackets, quotes and dashes are kept as punctuation tokens, because
 * they close clauses.
 */
void
ev_tokenize(const char *body, int32_t len, EvTokens *out)
{
	const unsigned char *s = (const unsigned char *) body;
	int32_t		cap = 0;
	char	   *pos;
	int32_t		i = 0;

	out->tok = NULL;
	out->n = 0;
	out->arena = nn_alloc((size_t) len * 2 + 2);
	pos = out->arena;
	while (i < len)
	{
		char		as = 0;
		int			sp = special_punct(s + i, len - i, &as);

		if (sp == 0 && word_byte(s[i]))
		{
			int32_t		start = i;
			char	   *w = pos;

			while (i < len)
			{
				char		inner = 0;
				int			isp = special_punct(s + i, len - i, &inner);

				if (isp == 0 && word_byte(s[i]))
				{
					*w++ = (s[i] >= 'A' && s[i] <= 'Z') ? (char) (s[i] + 32) : (char) s[i];
					i++;
				}
				else if (((isp == 3 && inner == '\'') || (isp == 0 && s[i] == '\''))
						 && i + (isp ? isp : 1) < len
						 && word_byte(s[i + (isp ? isp : 1)]) && s[i + (isp ? isp : 1)] < 0x80)
				{
					*w++ = '\'';
					i += isp ? isp : 1;
				}
				else
					break;
			}
			*w = '\0';
			push_token(out, &cap, start, i, &pos, false);
			continue;
		}
		if (sp == 0)
		{
			switch (s[i])
			{
				case ',':
				case ';':
				case ':':
				case '"':
				case '|':
					as = (char) s[i];
					sp = 1;
					break;
				case '\'':
					as = '"';
					sp = 1;
					break;
				default:
					i++;
					continue;
			}
		}
		if (as == '\'')
			as = '"';
		pos[0] = as;
		pos[1] = '\0';
		push_token(out, &cap, i, i + sp, &pos, true);
		i += sp;
	}
}

void
ev_tokens_free(EvTokens *tokens)
{
	nn_free(tokens->tok);
	nn_free(tokens->arena);
	tokens->tok = NULL;
	tokens->arena = NULL;
	tokens->n = 0;
}

/* ---------------------------------------------------------------- trigger set */

static const char *const cue_names[CUE__COUNT] = {
	[CUE_REPORT] = "report",
	[CUE_LIGHT] = "light",
	[CUE_PLANNED] = "planned",
	[CUE_PLANNED_NEXT] = "planned_next",
	[CUE_NEGATION] = "negation",
	[CUE_MODAL] = "modal",
	[CUE_REPORTED] = "reported",
	[CUE_DEFINITE] = "definite",
	[CUE_INDEFINITE] = "indefinite",
	[CUE_BOUNDARY] = "boundary",
	[CUE_CONTRAST] = "contrast",
	[CUE_SINCE] = "since",
	[CUE_UNTIL] = "until",
	[CUE_RECENT] = "recent",
	[CUE_CAPTION] = "caption",
	[CUE_PERFECT] = "perfect",
	[CUE_INFINITIVE] = "infinitive",
	[CUE_CONDITION] = "condition",
	[CUE_PRONOUN] = "pronoun",
	[CUE_PROTAGONIST] = "protagonist",
	[CUE_PARTICIPANTS] = "participants",
	[CUE_WE] = "we",
	[CUE_I] = "i",
	[CUE_DOMESTIC] = "domestic",
};

static const char *const plover_types[] = {
	"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"
};

/*
 * Rows of type "-" whose mode is not a cue kind but says how to read the pattern:
 * "class" defines a word class ("@aid aid assistance supplies"), "skip" lists words a
 * pattern steps over ("today", "monday"), "skip_lead" words it steps over only before a
 * skippable one ("on Monday", "last week").
 */
#define ROW_CLASS		"class"
#define ROW_SKIP		"skip"
#define ROW_SKIP_LEAD	"skip_lead"

static EvCue
cue_from_name(const char *name)
{
	for (int c = 1; c < CUE__COUNT; c++)
		if (cue_names[c] && strcmp(cue_names[c], name) == 0)
			return (EvCue) c;
	return CUE_NONE;
}

static bool
parse_flags(const char *flags, uint32_t *out)
{
	const char *p = flags ? flags : "";

	*out = 0;
	while (*p)
	{
		const char *comma = strchr(p, ',');
		size_t		n = comma ? (size_t) (comma - p) : strlen(p);

		while (n > 0 && *p == ' ')
			p++, n--;
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (n == 4 && strncmp(p, "noun", 4) == 0)
			*out |= EV_FLAG_NOUN;
		else if (n == 6 && strncmp(p, "speech", 6) == 0)
			*out |= EV_FLAG_SPEECH;
		else if (n == 7 && strncmp(p, "absorbs", 7) == 0)
			*out |= EV_FLAG_ABSORBS;
		else if (n == 12 && strncmp(p, "absorbs_next", 12) == 0)
			*out |= EV_FLAG_ABSORBS_NEXT;
		else if (n == 7 && strncmp(p, "planned", 7) == 0)
			*out |= EV_FLAG_PLANNED;
		else if (n == 5 && strncmp(p, "hosts", 5) == 0)
			*out |= EV_FLAG_HOSTS;
		else if (n > 0)
			return false;
		if (!comma)
			break;
		p = comma + 1;
	}
	return true;
}

/* ------------------------------------------------------------- dictionary */

static uint32_t
hash_word(const char *s, int32_t len)
{
	uint32_t	h = 2166136261u;

	for (int32_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

static const char *
word_text(const NNTriggerSet *set, int32_t id)
{
	return set->word_strings + set->words[id].off;
}

static int32_t
dict_find(const NNTriggerSet *set, const char *s, int32_t len)
{
	uint32_t	mask = (uint32_t) set->hash_cap - 1;

	if (set->hash_cap == 0)
		return -1;
	for (uint32_t h = hash_word(s, len) & mask;; h = (h + 1) & mask)
	{
		int32_t		id = set->hash[h];

		if (id < 0)
			return -1;
		if (set->words[id].len == len && memcmp(word_text(set, id), s, (size_t) len) == 0)
			return id;
	}
}

static void
dict_rehash(NNTriggerSet *set, int32_t cap)
{
	uint32_t	mask = (uint32_t) cap - 1;

	nn_free(set->hash);
	set->hash = nn_alloc(sizeof(int32_t) * (size_t) cap);
	for (int32_t h = 0; h < cap; h++)
		set->hash[h] = -1;
	set->hash_cap = cap;
	for (int32_t id = 0; id < set->nwords; id++)
	{
		uint32_t	h = hash_word(word_text(set, id), set->words[id].len) & mask;

		while (set->hash[h] >= 0)
			h = (h + 1) & mask;
		set->hash[h] = id;
	}
}

/* The id of a word, added (as its own lemma) when new. */
static int32_t
dict_add(NNTriggerSet *set, const char *s, int32_t len)
{
	int32_t		id = dict_find(set, s, len);
	EvWord	   *w;

	if (id >= 0)
		return id;
	if (set->nwords == set->words_cap)
	{
		set->words_cap = set->words_cap ? set->words_cap * 2 : 1024;
		set->words = nn_realloc(set->words, sizeof(EvWord) * (size_t) set->words_cap);
	}
	if (set->word_bytes + len + 1 > set->word_bytes_cap)
	{
		set->word_bytes_cap = (set->word_bytes_cap + len + 1) * 2;
		set->word_strings = nn_realloc(set->word_strings, (size_t) set->word_bytes_cap);
	}
	id = set->nwords++;
	w = &set->words[id];
	w->off = set->word_bytes;
	w->len = len;
	w->lemma = id;
	w->classes = 0;
	w->skip = 0;
	memcpy(set->word_strings + set->word_bytes, s, (size_t) len);
	set->word_strings[set->word_bytes + len] = '\0';
	set->word_bytes += len + 1;
	if (set->nwords * 2 > set->hash_cap)
		dict_rehash(set, set->hash_cap ? set->hash_cap * 2 : 2048);
	else
	{
		uint32_t	mask = (uint32_t) set->hash_cap - 1;
		uint32_t	h = hash_word(s, len) & mask;

		while (set->hash[h] >= 0)
			h = (h + 1) & mask;
		set->hash[h] = id;
	}
	return id;
}

/* ------------------------------------------------------------- inflection */

/* Verbs whose past forms do not follow the rules: base, past, participle. */
static const char *const irregular_verbs[][3] = {
	{"arise", "arose", "arisen"}, {"bear", "bore", "borne"}, {"beat", "beat", "beaten"},
	{"become", "became", "become"}, {"begin", "began", "begun"}, {"bid", "bid", "bid"},
	{"bind", "bound", "bound"}, {"blow", "blew", "blown"}, {"break", "broke", "broken"},
	{"bring", "brought", "brought"}, {"broadcast", "broadcast", "broadcast"},
	{"build", "built", "built"}, {"buy", "bought", "bought"}, {"cast", "cast", "cast"},
	{"catch", "caught", "caught"}, {"choose", "chose", "chosen"}, {"come", "came", "come"},
	{"cut", "cut", "cut"}, {"deal", "dealt", "dealt"}, {"do", "did", "done"},
	{"draw", "drew", "drawn"}, {"drive", "drove", "driven"}, {"fall", "fell", "fallen"},
	{"feed", "fed", "fed"}, {"feel", "felt", "felt"}, {"fight", "fought", "fought"},
	{"find", "found", "found"}, {"flee", "fled", "fled"}, {"fly", "flew", "flown"},
	{"forbid", "forbade", "forbidden"}, {"foresee", "foresaw", "foreseen"},
	{"forgive", "forgave", "forgiven"}, {"forsake", "forsook", "forsaken"},
	{"freeze", "froze", "frozen"}, {"get", "got", "gotten"}, {"give", "gave", "given"},
	{"go", "went", "gone"}, {"grow", "grew", "grown"}, {"hang", "hung", "hung"},
	{"have", "had", "had"}, {"hear", "heard", "heard"}, {"hide", "hid", "hidden"},
	{"hit", "hit", "hit"}, {"hold", "held", "held"}, {"hurt", "hurt", "hurt"},
	{"keep", "kept", "kept"}, {"know", "knew", "known"}, {"lay", "laid", "laid"},
	{"lead", "led", "led"}, {"leave", "left", "left"}, {"lend", "lent", "lent"},
	{"let", "let", "let"}, {"lose", "lost", "lost"}, {"make", "made", "made"},
	{"mean", "meant", "meant"}, {"meet", "met", "met"}, {"mislead", "misled", "misled"},
	{"overrun", "overran", "overrun"}, {"oversee", "oversaw", "overseen"},
	{"overthrow", "overthrew", "overthrown"}, {"override", "overrode", "overridden"},
	{"pay", "paid", "paid"}, {"put", "put", "put"}, {"quit", "quit", "quit"},
	{"read", "read", "read"}, {"rebuild", "rebuilt", "rebuilt"}, {"ride", "rode", "ridden"},
	{"rise", "rose", "risen"}, {"run", "ran", "run"}, {"say", "said", "said"},
	{"see", "saw", "seen"}, {"seek", "sought", "sought"}, {"sell", "sold", "sold"},
	{"send", "sent", "sent"}, {"set", "set", "set"}, {"shake", "shook", "shaken"},
	{"shed", "shed", "shed"}, {"shoot", "shot", "shot"}, {"show", "showed", "shown"},
	{"shut", "shut", "shut"}, {"sink", "sank", "sunk"}, {"sit", "sat", "sat"},
	{"slay", "slew", "slain"}, {"speak", "spoke", "spoken"}, {"spend", "spent", "spent"},
	{"split", "split", "split"}, {"spread", "spread", "spread"}, {"stand", "stood", "stood"},
	{"steal", "stole", "stolen"}, {"strike", "struck", "struck"}, {"swear", "swore", "sworn"},
	{"sweep", "swept", "swept"}, {"take", "took", "taken"}, {"teach", "taught", "taught"},
	{"tear", "tore", "torn"}, {"tell", "told", "told"}, {"think", "thought", "thought"},
	{"throw", "threw", "thrown"}, {"undergo", "underwent", "undergone"},
	{"undertake", "undertook", "undertaken"}, {"uphold", "upheld", "upheld"},
	{"upset", "upset", "upset"}, {"wake", "woke", "woken"}, {"win", "won", "won"},
	{"withdraw", "withdrew", "withdrawn"}, {"withhold", "withheld", "withheld"},
	{"write", "wrote", "written"}, {"forgo", "forwent", "forgone"}, {"shine", "shone", "shone"},
	{"stick", "stuck", "stuck"}, {"strive", "strove", "striven"}, {"sting", "stung", "stung"},
};

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Add one form of lemma id (never re-assigning a word that is some other lemma's). */
static void
add_form(NNTriggerSet *set, int32_t lemma, const char *stem, int32_t stem_len, const char *suffix)
{
	char		buf[96];
	int32_t		n = stem_len;
	int32_t		id;

	if (n + (int32_t) strlen(suffix) >= (int32_t) sizeof(buf))
		return;
	memcpy(buf, stem, (size_t) n);
	memcpy(buf + n, suffix, strlen(suffix));
	n += (int32_t) strlen(suffix);
	id = dict_add(set, buf, n);
	if (id != lemma && set->words[id].lemma == id && !(set->words[id].skip))
		set->words[id].lemma = lemma;
}

/*
 * "arrest+": arrests, arrested, arresting; "ban+": bans, banned, banning; "seize+": seized,
 * seizing; "ally+": allies, allied; irregular verbs from the table. A form the rules
 * over-generate ("visitted") is harmless: no text holds it.
 */
static void
add_inflections(NNTriggerSet *set, int32_t lemma)
{
	char		b[64];
	int32_t		n = set->words[lemma].len;
	char		last,
				prev;

	if (n < 2 || n >= (int32_t) sizeof(b))
		return;
	memcpy(b, word_text(set, lemma), (size_t) n + 1);
	last = b[n - 1];
	prev = b[n - 2];
	for (size_t k = 0; k < sizeof(irregular_verbs) / sizeof(irregular_verbs[0]); k++)
		if (strcmp(irregular_verbs[k][0], b) == 0)
		{
			add_form(set, lemma, irregular_verbs[k][1], (int32_t) strlen(irregular_verbs[k][1]), "");
			add_form(set, lemma, irregular_verbs[k][2], (int32_t) strlen(irregular_verbs[k][2]), "");
		}
	/* third person, plural */
	if (last == 's' || last == 'x' || last == 'z' || last == 'o'
		|| (last == 'h' && (prev == 'c' || prev == 's')))
		add_form(set, lemma, b, n, "es");
	else if (last == 'y' && !is_vowel(prev))
		add_form(set, lemma, b, n - 1, "ies");
	else
		add_form(set, lemma, b, n, "s");
	/* past, participle */
	if (last == 'e')
		add_form(set, lemma, b, n, "d");
	else if (last == 'y' && !is_vowel(prev))
		add_form(set, lemma, b, n - 1, "ied");
	else
		add_form(set, lemma, b, n, "ed");
	/* gerund */
	if (last == 'e' && prev == 'i')
	{
		add_form(set, lemma, b, n - 2, "ying");
	}
	else if (last == 'e' && prev != 'e')
		add_form(set, lemma, b, n - 1, "ing");
	else
		add_form(set, lemma, b, n, "ing");
	/* "ban" -> "banned": a short final consonant after one vowel doubles */
	if (n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y'
		&& is_vowel(prev) && !is_vowel(b[n - 3]))
	{
		char		dbl[3] = {last, 0, 0};
		char		stem[66];

		memcpy(stem, b, (size_t) n);
		memcpy(stem + n, dbl, 1);
		add_form(set, lemma, stem, n + 1, "ed");
		add_form(set, lemma, stem, n + 1, "ing");
	}
}

/* ------------------------------------------------------------------ rows */

/* Bytes needed to keep a row's type and mode, NUL included. */
static size_t
row_bytes(const NNTriggerRow *row)
{
	return strlen(row->event_type) + 1 + strlen(row->mode) + 1;
}

static char *
keep_string(char **pos, const char *s)
{
	char	   *kept = *pos;
	size_t		n = strlen(s);

	memcpy(kept, s, n + 1);
	*pos += n + 1;
	return kept;
}

static int32_t
class_id(const NNTriggerSet *set, const char *name, size_t len)
{
	for (int32_t c = 0; c < set->nclasses; c++)
		if (strlen(set->class_names[c]) == len && memcmp(set->class_names[c], name, len) == 0)
			return c;
	return -1;
}

/* The next space-separated word of *p, lower-cased into buf; its length, 0 at the end. */
static int32_t
next_word(const char **p, char *buf, int32_t cap)
{
	int32_t		len = 0;

	while (**p == ' ')
		(*p)++;
	while (**p && **p != ' ')
	{
		char		c = **p;

		if (len + 1 < cap)
			buf[len++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
		(*p)++;
	}
	buf[len] = '\0';
	return len;
}

/* A word of a pattern or class, with its inflections when it ends in '+'. */
static int32_t
add_pattern_word(NNTriggerSet *set, char *word, int32_t len, bool *lemma)
{
	int32_t		id;

	*lemma = len > 1 && word[len - 1] == '+';
	if (*lemma)
		word[--len] = '\0';
	id = dict_add(set, word, len);
	if (*lemma)
		add_inflections(set, id);
	return id;
}

/* Split a pattern into words; returns the count, or -1 when it is empty or bad. */
static int
compile_pattern(NNTriggerSet *set, const char *pattern, EvPatTok *toks, int cap)
{
	int			n = 0;
	const char *p = pattern;
	char		word[96];
	int32_t		len;

	while ((len = next_word(&p, word, sizeof(word))) > 0)
	{
		bool		lemma;

		if (n == cap)
			return -1;
		toks[n].word = NULL;
		toks[n].id = -1;
		if (strcmp(word, "...") == 0)
		{
			if (n == 0)
				return -1;		/* a gap cannot lead */
			toks[n].kind = PAT_GAP;
		}
		else if (word[0] == '@')
		{
			toks[n].kind = PAT_CLASS;
			toks[n].id = class_id(set, word, (size_t) len);
			if (toks[n].id < 0)
				return -1;
		}
		else if (len > 1 && word[len - 1] == '*')
		{
			toks[n].kind = PAT_PREFIX;
			word[--len] = '\0';
			toks[n].id = dict_add(set, word, len);
		}
		else
		{
			toks[n].id = add_pattern_word(set, word, len, &lemma);
			toks[n].kind = lemma ? PAT_LEMMA : PAT_EXACT;
		}
		if (toks[n].id >= 0 && toks[n].kind != PAT_CLASS)
		{
			toks[n].len = set->words[toks[n].id].len;
			toks[n].word = word_text(set, toks[n].id);	/* fixed up once the dictionary is built */
		}
		n++;
	}
	if (n == 0 || toks[n - 1].kind == PAT_GAP)
		return -1;
	return n;
}

/* "@aid aid assistance supplies food+": a class and its members. */
static bool
define_class(NNTriggerSet *set, const char *pattern)
{
	const char *p = pattern;
	char		word[96];
	int32_t		len = next_word(&p, word, sizeof(word));
	int32_t		c;

	if (len < 2 || word[0] != '@')
		return false;
	c = class_id(set, word, (size_t) len);
	if (c < 0)
	{
		if (set->nclasses == EV_MAX_CLASSES)
			return false;
		c = set->nclasses++;
		set->class_names[c] = nn_strndup(word, (size_t) len);
	}
	while ((len = next_word(&p, word, sizeof(word))) > 0)
	{
		bool		lemma;
		int32_t		id = add_pattern_word(set, word, len, &lemma);

		set->words[id].classes |= UINT64_C(1) << c;
		if (lemma)
			for (int32_t w = 0; w < set->nwords; w++)
				if (set->words[w].lemma == id)
					set->words[w].classes |= UINT64_C(1) << c;
	}
	return true;
}

static bool
define_skip(NNTriggerSet *set, const char *pattern, uint8_t kind)
{
	const char *p = pattern;
	char		word[96];
	int32_t		len;
	bool		any = false;

	while ((len = next_word(&p, word, sizeof(word))) > 0)
	{
		set->words[dict_add(set, word, len)].skip = kind;
		any = true;
	}
	return any;
}

static int
cmp_rows(const void *a, const void *b)
{
	const NNTriggerRow *x = *(const NNTriggerRow *const *) a;
	const NNTriggerRow *y = *(const NNTriggerRow *const *) b;
	int			c = strcmp(x->pattern, y->pattern);

	if (c == 0)
		c = strcmp(x->event_type, y->event_type);
	if (c == 0)
		c = strcmp(x->mode, y->mode);
	return c;
}

static NNTriggerSet *
build_failed(NNTriggerSet *set, const NNTriggerRow **order)
{
	nn_free(order);
	nn_triggers_free(set);
	return NULL;
}

static bool
row_is(const NNTriggerRow *row, const char *mode)
{
	return strcmp(row->event_type, "-") == 0 && strcmp(row->mode, mode) == 0;
}

/* The patterns whose first word is each word (or inflects it), as a CSR index. */
static void
index_first_words(NNTriggerSet *set)
{
	int32_t    *fill;

	set->first_start = nn_alloc0(sizeof(int32_t) * (size_t) (set->nwords + 1));
	set->first_list = nn_alloc(sizeof(int32_t) * (size_t) (set->npatterns + 1));
	set->wild = nn_alloc(sizeof(int32_t) * (size_t) (set->npatterns + 1));
	set->nwild = 0;
	for (int32_t p = 0; p < set->npatterns; p++)
	{
		const EvPatTok *t = &set->patterns[p].toks[0];

		if (t->kind == PAT_EXACT || t->kind == PAT_LEMMA)
			set->first_start[t->id + 1]++;
		else
			set->wild[set->nwild++] = p;
	}
	for (int32_t w = 0; w < set->nwords; w++)
		set->first_start[w + 1] += set->first_start[w];
	fill = nn_alloc(sizeof(int32_t) * (size_t) (set->nwords + 1));
	memcpy(fill, set->first_start, sizeof(int32_t) * (size_t) (set->nwords + 1));
	for (int32_t p = 0; p < set->npatterns; p++)
	{
		const EvPatTok *t = &set->patterns[p].toks[0];

		if (t->kind == PAT_EXACT || t->kind == PAT_LEMMA)
			set->first_list[fill[t->id]++] = p;
	}
	nn_free(fill);
}

NNTriggerSet *
nn_triggers_build(const NNTriggerRow *rows, int nrows, char *err, size_t errcap)
{
	NNTriggerSet *set = nn_alloc0(sizeof(NNTriggerSet));
	size_t		bytes = 1;
	char	   *pos;
	const NNTriggerRow **order = nn_alloc(sizeof(NNTriggerRow *) * (size_t) (nrows + 1));

	/* rows in a fixed order, so that ties resolve alike from the file and the catalog */
	for (int r = 0; r < nrows; r++)
	{
		order[r] = &rows[r];
		bytes += row_bytes(&rows[r]);
	}
	qsort(order, (size_t) nrows, sizeof(NNTriggerRow *), cmp_rows);
	set->strings = nn_alloc(bytes);
	pos = set->strings;
	set->patterns = nn_alloc0(sizeof(EvPattern) * (size_t) (nrows > 0 ? nrows : 1));

	/* word classes and skippable words first: patterns refer to them */
	for (int r = 0; r < nrows; r++)
	{
		const NNTriggerRow *row = order[r];
		bool		ok = true;

		if (row_is(row, ROW_CLASS))
			ok = define_class(set, row->pattern);
		else if (row_is(row, ROW_SKIP))
			ok = define_skip(set, row->pattern, EV_SKIP_WORD);
		else if (row_is(row, ROW_SKIP_LEAD))
			ok = define_skip(set, row->pattern, EV_SKIP_LEAD);
		if (!ok)
		{
			snprintf(err, errcap, "trigger \"%s\": a %s row lists words (a class row starts with its @name; at most %d classes)",
					 row->pattern, row->mode, EV_MAX_CLASSES);
			return build_failed(set, order);
		}
	}
	for (int r = 0; r < nrows; r++)
	{
		const NNTriggerRow *row = order[r];
		EvPattern  *pat = &set->patterns[set->npatterns];
		EvPatTok	toks[EV_MAX_PATTERN_WORDS];
		int			n;
		bool		known_type = false;

		if (row_is(row, ROW_CLASS) || row_is(row, ROW_SKIP) || row_is(row, ROW_SKIP_LEAD))
			continue;
		n = compile_pattern(set, row->pattern, toks, EV_MAX_PATTERN_WORDS);
		if (n < 0)
		{
			snprintf(err, errcap, "trigger \"%s\": empty pattern, a leading or trailing \"...\", an unknown @class, or more than %d words",
					 row->pattern, EV_MAX_PATTERN_WORDS);
			return build_failed(set, order);
		}
		if (strcmp(row->event_type, "-") == 0)
		{
			pat->cue = cue_from_name(row->mode);
			if (pat->cue == CUE_NONE)
			{
				snprintf(err, errcap, "cue \"%s\": unknown cue kind \"%s\"", row->pattern, row->mode);
				return build_failed(set, order);
			}
			known_type = true;
		}
		for (size_t t = 0; t < sizeof(plover_types) / sizeof(plover_types[0]) && !known_type; t++)
			known_type = strcmp(plover_types[t], row->event_type) == 0;
		if (!known_type)
		{
			snprintf(err, errcap, "trigger \"%s\": \"%s\" is not a PLOVER event type", row->pattern, row->event_type);
			return build_failed(set, order);
		}
		if (!parse_flags(row->flags, &pat->flags))
		{
			snprintf(err, errcap, "trigger \"%s\": unknown flag in \"%s\"", row->pattern, row->flags);
			return build_failed(set, order);
		}
		pat->toks = nn_alloc(sizeof(EvPatTok) * (size_t) n);
		memcpy(pat->toks, toks, sizeof(EvPatTok) * (size_t) n);
		pat->ntoks = n;
		if (pat->cue == CUE_NONE)
		{
			pat->event_type = keep_string(&pos, row->event_type);
			pat->mode = keep_string(&pos, row->mode);
		}
		set->npatterns++;
	}
	/* the dictionary has stopped moving: point the pattern words into it */
	for (int32_t p = 0; p < set->npatterns; p++)
		for (int32_t k = 0; k < set->patterns[p].ntoks; k++)
		{
			EvPatTok   *t = &set->patterns[p].toks[k];

			if (t->kind != PAT_CLASS && t->kind != PAT_GAP)
				t->word = word_text(set, t->id);
		}
	index_first_words(set);
	nn_free(order);
	return set;
}

NNTriggerSet *
nn_triggers_parse_tsv(const char *text, size_t len, char *err, size_t errcap)
{
	NNTriggerRow *rows = NULL;
	int			nrows = 0,
				cap = 0;
	char	   *copy = nn_strndup(text, len);
	char	   *line = copy;
	int			lineno = 0;
	NNTriggerSet *set;

	while (line && *line)
	{
		char	   *next = strchr(line, '\n');
		char	   *fields[4] = {NULL, NULL, NULL, ""};
		int			nf = 0;
		char	   *f = line;

		lineno++;
		if (next)
			*next++ = '\0';
		if (*line == '#' || *line == '\0' || *line == '\r')
		{
			line = next;
			continue;
		}
		while (f && nf < 4)
		{
			char	   *tab = strchr(f, '\t');

			if (tab)
				*tab = '\0';
			fields[nf++] = f;
			f = tab ? tab + 1 : NULL;
		}
		for (int k = 0; k < nf; k++)
		{
			size_t		n = strlen(fields[k]);

			while (n > 0 && (fields[k][n - 1] == '\r' || fields[k][n - 1] == ' '))
				fields[k][--n] = '\0';
		}
		if (nf < 3)
		{
			snprintf(err, errcap, "line %d: expected pattern, type, mode and flags separated by tabs", lineno);
			nn_free(rows);
			nn_free(copy);
			return NULL;
		}
		if (nrows == cap)
		{
			cap = cap ? cap * 2 : 128;
			rows = nn_realloc(rows, sizeof(NNTriggerRow) * (size_t) cap);
		}
		rows[nrows].pattern = fields[0];
		rows[nrows].event_type = fields[1];
		rows[nrows].mode = fields[2];
		rows[nrows].flags = fields[3];
		nrows++;
		line = next;
	}
	set = nn_triggers_build(rows, nrows, err, errcap);
	nn_free(rows);
	nn_free(copy);
	return set;
}

void
nn_triggers_free(NNTriggerSet *set)
{
	if (set == NULL)
		return;
	for (int32_t p = 0; p < set->npatterns; p++)
		nn_free(set->patterns[p].toks);
	for (int32_t c = 0; c < set->nclasses; c++)
		nn_free(set->class_names[c]);
	nn_free(set->patterns);
	nn_free(set->words);
	nn_free(set->hash);
	nn_free(set->first_start);
	nn_free(set->first_list);
	nn_free(set->wild);
	nn_free(set->strings);
	nn_free(set->word_strings);
	nn_free(set);
}

int
nn_triggers_count(const NNTriggerSet *set)
{
	return set ? set->npatterns : 0;
}

/* ------------------------------------------------------------------- matching */

static bool
is_digits(const EvToken *tok)
{
	for (int32_t k = 0; k < tok->len; k++)
		if (tok->text[k] < '0' || tok->text[k] > '9')
			return false;
	return tok->len > 0;
}

/*
 * Dictionary ids of every word, and which words a pattern may step over: "spoke today
 * with", "threatened on Monday to", "met jointly with", "warned on 12 May that".
 */
void
ev_tokens_index(const NNTriggerSet *set, EvTokens *tokens)
{
	uint8_t    *skip;

	if (tokens->n == 0)
		return;
	skip = nn_alloc0((size_t) tokens->n);
	for (int32_t i = 0; i < tokens->n; i++)
	{
		EvToken    *tok = &tokens->tok[i];
		int32_t		id;

		if (tok->punct)
			continue;
		id = dict_find(set, tok->text, tok->len);
		tok->word = id;
		tok->lemma = id >= 0 ? set->words[id].lemma : -1;
		tok->classes = id >= 0 ? set->words[id].classes : 0;
		if (id >= 0)
			skip[i] = set->words[id].skip;
		if (skip[i] == 0 && id < 0 && tok->len >= 5 && strcmp(tok->text + tok->len - 2, "ly") == 0)
			skip[i] = EV_SKIP_WORD;		/* an adverb the table does not know */
	}
	for (int32_t i = tokens->n - 1; i >= 0; i--)
		tokens->tok[i].skippable = skip[i] == EV_SKIP_WORD
			|| (skip[i] == EV_SKIP_LEAD && i + 1 < tokens->n && tokens->tok[i + 1].skippable);
	for (int32_t i = 1; i < tokens->n; i++)
		if (!tokens->tok[i].skippable && tokens->tok[i - 1].skippable && is_digits(&tokens->tok[i]))
			tokens->tok[i].skippable = true;
	nn_free(skip);
}

static bool
word_matches(const EvPatTok *pt, const EvToken *tok)
{
	switch (pt->kind)
	{
		case PAT_EXACT:
			return tok->word == pt->id;
		case PAT_LEMMA:
			return tok->word == pt->id || (tok->lemma == pt->id && tok->word >= 0);
		case PAT_CLASS:
			return (tok->classes & (UINT64_C(1) << pt->id)) != 0;
		case PAT_PREFIX:
			return tok->len >= pt->len && memcmp(tok->text, pt->word, (size_t) pt->len) == 0;
		case PAT_GAP:
			break;
	}
	return false;
}

/* Skippable words stepped over between two pattern words, at most: */
#define EV_MAX_SKIP 3

/*
 * Does pattern word k onwards match from token i? Gaps skip words, never punctuation;
 * between two words an adverb or a date may stand.
 */
static bool
match_from(const EvPattern *pat, int k, const EvTokens *tokens, int32_t i, int32_t limit, int32_t *end)
{
	if (k == pat->ntoks)
	{
		*end = i;
		return true;
	}
	if (pat->toks[k].kind == PAT_GAP)
	{
		for (int skip = 0; skip <= EV_MAX_GAP && i + skip < limit; skip++)
		{
			if (skip > 0 && tokens->tok[i + skip - 1].punct)
				break;
			if (match_from(pat, k + 1, tokens, i + skip, limit, end))
				return true;
		}
		return false;
	}
	for (int skip = 0; skip <= (k > 0 ? EV_MAX_SKIP : 0) && i + skip < limit; skip++)
	{
		const EvToken *tok = &tokens->tok[i + skip];

		if (skip > 0 && !tokens->tok[i + skip - 1].skippable)
			break;
		/* a cue may be a date's word ("next week" plans), a trigger word may not */
		if (!tok->punct && !(tok->in_date && pat->cue == CUE_NONE) && word_matches(&pat->toks[k], tok))
			return match_from(pat, k + 1, tokens, i + skip + 1, limit, end);
	}
	return false;
}

/* How specific a pattern is: ties of length go to exact words over lemmas over prefixes. */
static int
specificity(const EvPattern *pat)
{
	int			score = 0;

	for (int32_t k = 0; k < pat->ntoks; k++)
		score += pat->toks[k].kind == PAT_EXACT ? 4 : pat->toks[k].kind == PAT_LEMMA ? 3
			: pat->toks[k].kind == PAT_GAP ? 0 : 2;
	return score;
}

typedef struct Candidates
{
	const int32_t *list[3];
	int32_t		n[3];
} Candidates;

static void
candidates_at(const NNTriggerSet *set, const EvToken *tok, Candidates *c)
{
	memset(c, 0, sizeof(*c));
	if (tok->word >= 0)
	{
		c->list[0] = set->first_list + set->first_start[tok->word];
		c->n[0] = set->first_start[tok->word + 1] - set->first_start[tok->word];
	}
	if (tok->lemma >= 0 && tok->lemma != tok->word)
	{
		c->list[1] = set->first_list + set->first_start[tok->lemma];
		c->n[1] = set->first_start[tok->lemma + 1] - set->first_start[tok->lemma];
	}
	c->list[2] = set->wild;
	c->n[2] = set->nwild;
}

int
ev_match_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit,
			bool cues, int32_t *end)
{
	Candidates	c;
	int			best = -1;
	int			best_score = -1;
	int32_t		best_end = i;

	candidates_at(set, &tokens->tok[i], &c);
	for (int l = 0; l < 3; l++)
		for (int32_t k = 0; k < c.n[l]; k++)
		{
			int32_t		p = c.list[l][k];
			const EvPattern *pat = &set->patterns[p];
			int32_t		e;
			int			score;

			if ((pat->cue != CUE_NONE) != cues)
				continue;
			if (!match_from(pat, 0, tokens, i, limit, &e) || e < best_end)
				continue;
			score = specificity(pat);
			if (e > best_end || score > best_score || (score == best_score && p < best))
			{
				best = p;
				best_end = e;
				best_score = score;
			}
		}
	*end = best_end;
	return best;
}

uint32_t
ev_cues_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit, int32_t *ends)
{
	Candidates	c;
	uint32_t	mask = 0;

	if (tokens->tok[i].punct)
		return 0;
	candidates_at(set, &tokens->tok[i], &c);
	for (int l = 0; l < 3; l++)
		for (int32_t k = 0; k < c.n[l]; k++)
		{
			const EvPattern *pat = &set->patterns[c.list[l][k]];
			int32_t		e;

			if (pat->cue == CUE_NONE)
				continue;
			if (match_from(pat, 0, tokens, i, limit, &e))
			{
				if (!(mask & (1u << pat->cue)) || e > ends[pat->cue])
					ends[pat->cue] = e;
				mask |= 1u << pat->cue;
			}
		}
	return mask;
}
