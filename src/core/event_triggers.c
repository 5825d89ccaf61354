/*
 * event_triggers.c: the trigger table compiled into a word matcher, and the tokenizer
 * the event rules read a body with.
 *
 * Patterns are short word sequences ("spoke by phone", "impos* ... sanctions"); a body
 * is cut into lower-cased words and punctuation once, and patterns are tried at each
 * word through a bucket of candidates keyed by the word's first byte.
 */
#include "event_internal.h"

#include <stdio.h>
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
	[CUE_CAPTION] = "caption",
	[CUE_PERFECT] = "perfect",
	[CUE_INFINITIVE] = "infinitive",
};

static const char *const plover_types[] = {
	"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"
};

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
		else if (n > 0)
			return false;
		if (!comma)
			break;
		p = comma + 1;
	}
	return true;
}

/* Bytes needed to keep a row's strings (lower-cased words, type, mode), NUL included. */
static size_t
row_bytes(const NNTriggerRow *row)
{
	return strlen(row->pattern) * 2 + 2 + strlen(row->event_type) + 1 + strlen(row->mode) + 1;
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

/* Split a pattern into words; returns the count, or -1 when it is empty or bad. */
static int
compile_pattern(const char *pattern, char **pos, EvPatTok *toks, int cap)
{
	int			n = 0;
	const char *p = pattern;

	while (*p)
	{
		const char *w;
		char	   *word;
		int32_t		len = 0;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (n == cap)
			return -1;
		w = p;
		while (*p && *p != ' ')
			p++;
		word = *pos;
		for (const char *c = w; c < p; c++)
			word[len++] = (*c >= 'A' && *c <= 'Z') ? (char) (*c + 32) : *c;
		word[len] = '\0';
		*pos += len + 1;
		if (strcmp(word, "...") == 0)
		{
			if (n == 0)
				return -1;		/* a gap cannot lead */
			toks[n].kind = PAT_GAP;
		}
		else if (len > 1 && word[len - 1] == '*')
		{
			word[--len] = '\0';
			toks[n].kind = PAT_PREFIX;
		}
		else
			toks[n].kind = PAT_EXACT;
		toks[n].word = word;
		toks[n].len = len;
		n++;
	}
	if (n == 0 || toks[n - 1].kind == PAT_GAP)
		return -1;
	return n;
}

#define EV_MAX_PATTERN_WORDS 12

NNTriggerSet *
nn_triggers_build(const NNTriggerRow *rows, int nrows, char *err, size_t errcap)
{
	NNTriggerSet *set = nn_alloc0(sizeof(NNTriggerSet));
	size_t		bytes = 1;
	char	   *pos;
	int32_t		counts[257] = {0};

	for (int r = 0; r < nrows; r++)
		bytes += row_bytes(&rows[r]);
	set->strings = nn_alloc(bytes);
	pos = set->strings;
	set->patterns = nn_alloc0(sizeof(EvPattern) * (size_t) (nrows > 0 ? nrows : 1));
	for (int r = 0; r < nrows; r++)
	{
		const NNTriggerRow *row = &rows[r];
		EvPattern  *pat = &set->patterns[set->npatterns];
		EvPatTok	toks[EV_MAX_PATTERN_WORDS];
		int			n = compile_pattern(row->pattern, &pos, toks, EV_MAX_PATTERN_WORDS);
		bool		known_type = false;

		if (n < 0)
		{
			snprintf(err, errcap, "trigger \"%s\": empty pattern, a leading or trailing \"...\", or more than %d words",
					 row->pattern, EV_MAX_PATTERN_WORDS);
			nn_triggers_free(set);
			return NULL;
		}
		if (strcmp(row->event_type, "-") == 0)
		{
			pat->cue = cue_from_name(row->mode);
			if (pat->cue == CUE_NONE)
			{
				snprintf(err, errcap, "cue \"%s\": unknown cue kind \"%s\"", row->pattern, row->mode);
				nn_triggers_free(set);
				return NULL;
			}
			known_type = true;
		}
		for (size_t t = 0; t < sizeof(plover_types) / sizeof(plover_types[0]) && !known_type; t++)
			known_type = strcmp(plover_types[t], row->event_type) == 0;
		if (!known_type)
		{
			snprintf(err, errcap, "trigger \"%s\": \"%s\" is not a PLOVER event type", row->pattern, row->event_type);
			nn_triggers_free(set);
			return NULL;
		}
		if (!parse_flags(row->flags, &pat->flags))
		{
			snprintf(err, errcap, "trigger \"%s\": unknown flag in \"%s\"", row->pattern, row->flags);
			nn_triggers_free(set);
			return NULL;
		}
		pat->toks = nn_alloc(sizeof(EvPatTok) * (size_t) n);
		memcpy(pat->toks, toks, sizeof(EvPatTok) * (size_t) n);
		pat->ntoks = n;
		if (pat->cue == CUE_NONE)
		{
			pat->event_type = keep_string(&pos, row->event_type);
			pat->mode = keep_string(&pos, row->mode);
		}
		counts[(unsigned char) toks[0].word[0]]++;
		set->npatterns++;
	}
	set->bucket_start = nn_alloc(sizeof(int32_t) * 257);
	set->by_bucket = nn_alloc(sizeof(int32_t) * (size_t) (set->npatterns > 0 ? set->npatterns : 1));
	set->bucket_start[0] = 0;
	for (int b = 0; b < 256; b++)
		set->bucket_start[b + 1] = set->bucket_start[b] + counts[b];
	{
		int32_t		fill[256];

		memcpy(fill, set->bucket_start, sizeof(fill));
		for (int32_t p = 0; p < set->npatterns; p++)
			set->by_bucket[fill[(unsigned char) set->patterns[p].toks[0].word[0]]++] = p;
	}
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
	nn_free(set->patterns);
	nn_free(set->bucket_start);
	nn_free(set->by_bucket);
	nn_free(set->strings);
	nn_free(set);
}

int
nn_triggers_count(const NNTriggerSet *set)
{
	return set ? set->npatterns : 0;
}

/* ------------------------------------------------------------------- matching */

static bool
word_matches(const EvPatTok *pt, const EvToken *tok)
{
	if (pt->kind == PAT_EXACT)
		return tok->len == pt->len && memcmp(tok->text, pt->word, (size_t) pt->len) == 0;
	return tok->len >= pt->len && memcmp(tok->text, pt->word, (size_t) pt->len) == 0;
}

/* Does pattern word k onwards match from token i? Gaps skip words, never punctuation. */
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
	if (i >= limit || !word_matches(&pat->toks[k], &tokens->tok[i]))
		return false;
	return match_from(pat, k + 1, tokens, i + 1, limit, end);
}

int
ev_match_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit,
			bool cues, int32_t *end)
{
	unsigned char b = (unsigned char) tokens->tok[i].text[0];
	int			best = -1;
	int32_t		best_end = i;

	for (int32_t k = set->bucket_start[b]; k < set->bucket_start[b + 1]; k++)
	{
		const EvPattern *pat = &set->patterns[set->by_bucket[k]];
		int32_t		e;

		if ((pat->cue != CUE_NONE) != cues)
			continue;
		if (match_from(pat, 0, tokens, i, limit, &e) && e > best_end)
		{
			best = set->by_bucket[k];
			best_end = e;
		}
	}
	*end = best_end;
	return best;
}

uint32_t
ev_cues_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit, int32_t *ends)
{
	unsigned char b = (unsigned char) tokens->tok[i].text[0];
	uint32_t	mask = 0;

	for (int32_t k = set->bucket_start[b]; k < set->bucket_start[b + 1]; k++)
	{
		const EvPattern *pat = &set->patterns[set->by_bucket[k]];
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
