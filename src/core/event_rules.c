/*
 * event_rules.c: events from triggers, clauses, mentions and time expressions.
 *
 * Per sentence: find triggers and cue words; cut the sentence into clauses at
 * punctuation and boundary words; drop what is not an event (a verb under "to" or a
 * modal, a bare noun with no date or light verb, a noun that refers back); give each
 * remaining trigger a status, the date of its clause (or the report time when the
 * sentence reports speech), its actors and place. Then merge the mentions of one event
 * inside the body: same type, a shared actor, overlapping dates.
 */
#include "event_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "nn_interrupt.h"

/* Longer "sentences" are not prose (tables, binary junk): skipped, so cost stays linear. */
#define EV_MAX_SENTENCE_BYTES 8192
/* How far back the in-body merge looks; keeps huge bodies linear. */
#define EV_MERGE_WINDOW 64

typedef enum DateSource
{
	DATE_NONE = 0,
	DATE_REPORT,				/* the report time: the publication date */
	DATE_LEAD,					/* the lead sentence, dated by the next one */
	DATE_SENTENCE,				/* a date elsewhere in the sentence */
	DATE_CLAUSE					/* a date in the trigger's own clause */
} DateSource;

typedef struct Candidate
{
	int32_t		pattern;
	int32_t		first;			/* token range of the trigger */
	int32_t		last;			/* exclusive */
	int32_t		clause;
	NNEventStatus status;
	bool		dropped;
	const EvPattern *as;		/* the row whose type and mode it takes (a hosted welcome), or NULL */
} Candidate;

typedef enum ActorRole
{
	ROLE_SOURCE = 0,			/* acted: named before the trigger, or after a passive's "by" */
	ROLE_TARGET					/* was acted on */
} ActorRole;

typedef struct Work
{
	NNEvent		ev;
	DateSource	source;
	uint32_t	flags;			/* trigger flags */
	int32_t		clause_lo;		/* clauses the actors came from */
	int32_t		clause_hi;
	uint8_t		role[NN_EVENT_MAX_ACTORS];	/* ActorRole of each actor */
	bool		passive;		/* "was attacked by": the subject is the target */
	int32_t		subject_end;	/* token of the clause's first trigger: names before it act */
	bool		past;			/* told in the past tense */
	bool		lead;			/* in the first sentence of the body */
	bool		earlier;		/* "had threatened": before the time the report tells */
	bool		perfect;		/* "has agreed", "have warned" */
	bool		background;		/* in a "when", "which", "after" clause: not the news */
	bool		reference;		/* dated by the report's reference time */
	bool		recent;			/* "during his recent visit": some time in the last weeks */
	int32_t		host;			/* mention of an organisation hosting the summit, or -1 */
} Work;

typedef struct Sentence
{
	EvTokens	tokens;
	uint32_t   *mask;			/* cue kinds starting at each token */
	int32_t    *clause;			/* clause number of each token */
	int32_t		cap;
	int32_t		nclauses;
	int32_t		ends[CUE__COUNT];
	bool		participial_lead;	/* "Having ..., X said": clause 0 is background */
	const char *body;			/* the body the token offsets point into */
} Sentence;

/*
 * Whom a clause's subject refers to when it names no one: "He" is the person the last
 * sentence naming one opened with, "The President" the person of the lead, "the two
 * leaders" the sides of the lead's meeting (mention indices, -1 when unknown).
 */
typedef struct Referents
{
	int32_t		last_person;
	int32_t		protagonist;
	int32_t		we;				/* "We, the leaders of the G7, ...": the G7 */
	int32_t		speaker;		/* "Vladimir Putin: I agree.": whose turn it is */
	int32_t		author;			/* whom the title names as the statement's speaker */
	int32_t		president;		/* the first person the body calls President: the lead's
								 * person when the lead names none ("The President held
								 * a meeting ...") */
	int32_t		participants[NN_EVENT_MAX_ACTORS];
	int32_t		nparticipants;
} Referents;

/* Referents.speaker before any turn; SOMEONE_ELSE in a turn of someone unnamed ("Q") */
#define NO_SPEAKER (-1)
#define SOMEONE_ELSE (-2)

/* Sentence-local view of the mentions and dates. */
typedef struct Local
{
	const NNEventInput *in;
	const NNTriggerSet *set;
	const Referents *ref;
	int32_t    *mention_idx;	/* mentions of the sentence, body order */
	int32_t    *mention_tok;
	int32_t		nmentions;
	int32_t    *timex_idx;		/* usable dates of the sentence */
	int32_t    *timex_tok;
	int32_t    *timex_claimed;	/* by which candidate's clause, -1 when free */
	int32_t		ntimexes;
} Local;

typedef struct Output
{
	Work	   *items;
	int32_t		n;
	int32_t		cap;
} Output;

const char *
nn_event_status_name(NNEventStatus status)
{
	switch (status)
	{
		case NN_EVENT_PLANNED:
			return "planned";
		case NN_EVENT_DENIED:
			return "denied";
		case NN_EVENT_REPORTED:
			return "reported";
		case NN_EVENT_OCCURRED:
			break;
	}
	return "occurred";
}

/* ------------------------------------------------------------------ helpers */

static int
cmp_mention(const void *a, const void *b, const NNMention *m)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	return m[x].start != m[y].start ? (m[x].start < m[y].start ? -1 : 1) : (x < y ? -1 : x > y);
}

static const NNMention *sort_mentions;
static const NNTimex *sort_timexes;

static int
cmp_mention_qsort(const void *a, const void *b)
{
	return cmp_mention(a, b, sort_mentions);
}

static int
cmp_timex_qsort(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	if (sort_timexes[x].start != sort_timexes[y].start)
		return sort_timexes[x].start < sort_timexes[y].start ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* Index of the token holding byte offset pos (or the first after it), n when none. */
static int32_t
token_at(const EvTokens *t, int32_t pos)
{
	int32_t		lo = 0,
				hi = t->n;

	while (lo < hi)
	{
		int32_t		mid = (lo + hi) / 2;

		if (t->tok[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
has_cue(const Sentence *s, int32_t from, int32_t to, EvCue cue)
{
	if (from < 0)
		from = 0;
	for (int32_t i = from; i < to && i < s->tokens.n; i++)
		if (s->mask[i] & (1u << cue))
			return true;
	return false;
}

static int32_t
clause_start(const Sentence *s, int32_t tok)
{
	while (tok > 0 && s->clause[tok - 1] == s->clause[tok])
		tok--;
	return tok;
}

static int32_t
clause_end(const Sentence *s, int32_t tok)
{
	while (tok + 1 < s->tokens.n && s->clause[tok + 1] == s->clause[tok])
		tok++;
	return tok + 1;
}

static bool
is_actor_kind(NNEntityKind kind)
{
	return kind == NN_KIND_PERSON || kind == NN_KIND_ORG || kind == NN_KIND_COUNTRY;
}

static bool
same_entity(const NNMention *a, const NNMention *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->entity_id >= 0 && b->entity_id >= 0)
		return a->entity_id == b->entity_id;
	return a->name && b->name && strcmp(a->name, b->name) == 0;
}

/* Add an actor once per entity; the first role it was seen in stays. */
static void
add_actor(Work *w, const NNMention *mentions, int32_t m, ActorRole role)
{
	NNEvent    *ev = &w->ev;

	for (int32_t k = 0; k < ev->nactors; k++)
		if (same_entity(&mentions[ev->actors[k]], &mentions[m]))
			return;
	if (ev->nactors < NN_EVENT_MAX_ACTORS)
	{
		w->role[ev->nactors] = (uint8_t) role;
		ev->actors[ev->nactors++] = m;
	}
}

/*
 * Who acted: an actor named before the trigger did it, one named after it was acted on,
 * unless the trigger is passive ("was attacked by"), where the subject is the target and
 * the actor after "by" the source.
 */
static ActorRole
role_of(const Sentence *s, const Work *w, int32_t mention_tok, int32_t mention_start)
{
	bool		after = mention_start >= w->ev.end;
	bool		by = mention_tok > 0 && mention_tok <= s->tokens.n
		&& strcmp(s->tokens.tok[mention_tok - 1].text, "by") == 0;

	if (after)
		return by ? ROLE_SOURCE : ROLE_TARGET;
	/* "They condemned Russia's aggression and reaffirmed ...": the first verb's object */
	if (mention_tok >= w->subject_end && s->clause[mention_tok] == s->clause[w->subject_end])
		return ROLE_TARGET;
	return w->passive ? ROLE_TARGET : ROLE_SOURCE;
}

static void
set_date_from_timex(NNEvent *ev, const NNTimex *tx, int32_t index)
{
	ev->timex = index;
	ev->date_from = tx->date_from;
	ev->date_to = tx->date_to == NN_NO_DATE ? tx->date_from : tx->date_to;
	memcpy(ev->date_value, tx->value, NN_TIMEX_VALUE_MAX);
	ev->date_value[NN_TIMEX_VALUE_MAX - 1] = '\0';
}

static void
set_date_from_anchor(NNEvent *ev, int32_t anchor)
{
	NNCivil		c = nn_civil_from_days(anchor);

	ev->timex = -1;
	ev->date_from = ev->date_to = anchor;
	snprintf(ev->date_value, NN_TIMEX_VALUE_MAX, "%04d-%02d-%02d", c.year, c.month, c.day);
}

/* ----------------------------------------------------------- one sentence */

static void
sentence_reserve(Sentence *s)
{
	if (s->tokens.n > s->cap)
	{
		s->cap = s->tokens.n;
		s->mask = nn_realloc(s->mask, sizeof(uint32_t) * (size_t) s->cap);
		s->clause = nn_realloc(s->clause, sizeof(int32_t) * (size_t) s->cap);
	}
}

/* Cue words and clause numbers of the sentence's tokens. */
static void
mark_cues(const NNTriggerSet *set, Sentence *s)
{
	int32_t		clause = 0;
	EvTokens   *t = &s->tokens;

	for (int32_t i = 0; i < t->n; i++)
		s->mask[i] = ev_cues_at(set, t, i, t->n, s->ends);
	for (int32_t i = 0; i < t->n; i++)
	{
		bool		boundary = t->tok[i].punct
			|| (s->mask[i] & ((1u << CUE_BOUNDARY) | (1u << CUE_CONTRAST)));

		if (boundary && i > 0)
			clause++;
		s->clause[i] = clause;
	}
	s->nclauses = clause + 1;
}

/* Is a verb trigger under "to" governed by a plan ("plans to visit")? */
static bool
planned_infinitive(const Sentence *s, int32_t first)
{
	int32_t		cs;

	if (has_cue(s, first - 4, first - 1, CUE_PLANNED))
		return true;
	/*
	 * "Biden to Meet Zelenskyy", "NATO Chief to Visit Ankara": a headline's bare subject
	 * and "to" announce a plan. Every word before "to" in its clause is capitalised.
	 */
	cs = clause_start(s, first - 1);
	if (s->body == NULL || cs != 0 || first - 1 <= cs)
		return false;
	for (int32_t j = cs; j < first - 1; j++)
	{
		unsigned char c = (unsigned char) s->body[s->tokens.tok[j].start];

		if (s->tokens.tok[j].punct || !(c >= 'A' && c <= 'Z'))
			return false;
	}
	return true;
}

/*
 * "held a series of technical talks", "the talks were held Tuesday": a light verb shortly
 * before the noun, or right after it, says the thing happened; one further away belongs
 * to something else.
 */
static bool
light_near(const Sentence *s, const Candidate *c, int32_t cs, int32_t ce)
{
	for (int32_t j = c->first - 1; j >= cs && j >= c->first - 8; j--)
		if (s->mask[j] & (1u << CUE_LIGHT))
			return true;
	for (int32_t j = c->last; j < ce && j < c->last + 4; j++)
		if (s->mask[j] & (1u << CUE_LIGHT))
			return true;
	return false;
}

static bool
token_is(const EvToken *tok, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (strcmp(tok->text, words[k]) == 0)
			return true;
	return false;
}

/* Is token tok the possessive of a named actor ("Michel's", "Russia's")? */
static bool
named_possessive(const Sentence *s, const Local *l, int32_t tok)
{
	const EvToken *t = &s->tokens.tok[tok];

	if (t->punct || t->len <= 2 || strcmp(t->text + t->len - 2, "'s") != 0)
		return false;
	for (int32_t k = 0; k < l->nmentions; k++)
	{
		const NNMention *m = &l->in->mentions[l->mention_idx[k]];

		if (is_actor_kind(m->kind) && m->end > t->start && m->end <= t->end)
			return true;
	}
	return false;
}

static const char *const be_forms[] = {"is", "are", "was", "were", "been", "be", "am", "'re", NULL};

/*
 * Is a verb trigger used as a verb that tells an event? Not after a determiner ("the
 * President's request", "an appeal": a noun), not as a bare participle ("..., urging
 * restraint", "sees itself as threatened"), not in a sentence-opening participle clause
 * ("Having called the invasion unacceptable, ..."): those are background.
 */
static bool
finite_verb_use(const Sentence *s, const Candidate *c, int32_t cs)
{
	static const char *const aux_openers[] = {"would", "will", NULL};
	const EvToken *first = &s->tokens.tok[c->first];

	/* "this would be a grave error": a pattern opening with an auxiliary is no noun */
	if (c->first > cs && !token_is(first, aux_openers))
	{
		const EvToken *prev = &s->tokens.tok[c->first - 1];

		if ((s->mask[c->first - 1] & ((1u << CUE_DEFINITE) | (1u << CUE_INDEFINITE)))
			|| (prev->len > 2 && strcmp(prev->text + prev->len - 2, "'s") == 0))
			return false;
		if (strcmp(prev->text, "as") == 0)
			return false;
	}
	if (first->len > 4 && strcmp(first->text + first->len - 3, "ing") == 0
		&& !(c->first > 0 && token_is(&s->tokens.tok[c->first - 1], be_forms)))
		return false;
	if (s->participial_lead && s->clause[c->first] == 0)
		return false;
	return true;
}

static bool
ends_with(const EvToken *tok, const char *suffix)
{
	int32_t		n = (int32_t) strlen(suffix);

	return tok->len > n && memcmp(tok->text + tok->len - n, suffix, (size_t) n) == 0;
}

/* A past form: "-ed", or an irregular one the dictionary knows ("met", "gave", "sank"). */
static bool
past_form(const EvToken *tok)
{
	if (tok->punct)
		return false;
	if (tok->len > 3 && ends_with(tok, "ed"))
		return true;
	return tok->word >= 0 && tok->lemma != tok->word && !ends_with(tok, "ing") && !ends_with(tok, "s");
}

/*
 * "the trilateral meeting of the leaders in Sochi on November 26", "the December 7
 * videoconference": a date inside the noun's own phrase says which event it is, so the
 * noun tells an event even after "the". The phrase runs on over commas but stops at a
 * clause word or a reporting verb.
 */
/* "on November 26", "for December 15": a date that attaches to the noun before it */
static bool
dated_by_preposition(const Sentence *s, int32_t t)
{
	static const char *const preps[] = {"on", "for", "of", NULL};

	return token_is(&s->tokens.tok[t], preps) || (t > 0 && token_is(&s->tokens.tok[t - 1], preps));
}

static bool
dated_noun_phrase(const Sentence *s, const Candidate *c, const Local *l)
{
	const uint32_t stop = (1u << CUE_BOUNDARY) | (1u << CUE_CONTRAST) | (1u << CUE_REPORT)
		| (1u << CUE_PERFECT) | (1u << CUE_LIGHT);

	for (int32_t k = 0; k < l->ntimexes; k++)
	{
		const NNTimex *tx = &l->in->timexes[l->timex_idx[k]];
		int32_t		t = l->timex_tok[k];
		bool		open = true;

		/* a day or a week names one event; "the 2018 summit" may be a series */
		if (tx->date_to != NN_NO_DATE && tx->date_to - tx->date_from > 6)
			continue;
		if (t < c->first && t >= c->first - 3)
		{
			for (int32_t j = t; j < c->first && open; j++)
				open = !s->tokens.tok[j].punct;
			if (open)
				return true;
		}
		if (t >= c->last && t < c->last + 16 && dated_by_preposition(s, t))
		{
			/* a verb between ("the talks are followed by a meeting on Jan. 12") ends the phrase */
			for (int32_t j = c->last; j < t && open; j++)
				open = !(s->mask[j] & stop)
					&& !(past_form(&s->tokens.tok[j]) && !(s->mask[j] & (1u << CUE_PLANNED)))
					&& !(s->tokens.tok[j].punct && strcmp(s->tokens.tok[j].text, ",") != 0);
			if (open)
				return true;
		}
	}
	return false;
}

/*
 * "loans backed by frozen assets", "the agenda agreed by leaders in June", "vehicles
 * donated by the United States": a participle with "by" right after a noun describes the
 * noun; it tells no event of its own. After a name ("Norway, backed by Chile") or an
 * auxiliary ("was backed by") it still does, and "agreed by phone" is a verb.
 */
static bool
reduced_relative(const Sentence *s, const Local *l, const Candidate *c)
{
	static const char *const aux[] = {"is", "are", "was", "were", "be", "been", "being", "has",
		"have", "had", "and", "or", "not", "it", "they", "he", "she", "we", "i", "who", "which", NULL};
	static const char *const media[] = {"phone", "telephone", "video", "videoconference",
		"consensus", "acclamation", "email", "letter", NULL};
	const EvToken *prev;

	if (c->last != c->first + 1 || c->first == 0 || c->last + 1 >= s->tokens.n
		|| !past_form(&s->tokens.tok[c->first]) || strcmp(s->tokens.tok[c->last].text, "by") != 0
		|| token_is(&s->tokens.tok[c->last + 1], media))
		return false;
	prev = &s->tokens.tok[c->first - 1];
	if (prev->punct || token_is(prev, aux))
		return false;
	for (int32_t k = 0; k < l->nmentions; k++)
	{
		const NNMention *m = &l->in->mentions[l->mention_idx[k]];

		if (prev->start >= m->start && prev->end <= m->end)
			return false;
	}
	return true;
}

/* The furthest end of a cue of kind cue starting at most 8 words before the trigger, or -1. */
static int32_t
cue_reach(const Sentence *s, const Local *l, const Candidate *c, EvCue cue)
{
	int32_t		reach = -1;

	for (int32_t j = c->first; j >= 0 && j >= c->first - 8; j--)
		if (s->mask[j] & (1u << cue))
		{
			int32_t		ends[CUE__COUNT];

			if ((ev_cues_at(l->set, &s->tokens, j, s->tokens.n, ends) & (1u << cue)) && ends[cue] > reach)
				reach = ends[cue];
		}
	return reach;
}

/* The cases where a matched trigger does not stand for an event of its own. */
static bool
keep_candidate(const Sentence *s, Candidate *c, const EvPattern *pat, const Local *l)
{
	bool		sentence_has_date = l->ntimexes > 0;
	int32_t		domestic;

	int32_t		cs = clause_start(s, c->first);
	int32_t		ce = clause_end(s, c->first);
	int32_t		look = c->first - 4 > cs ? c->first - 4 : cs;

	if (has_cue(s, look, c->first, CUE_MODAL))
		return false;
	/*
	 * "signed an executive order": the signing is a domestic act, not an agreement; what
	 * the order does right after it ("an order imposing sanctions") is the act.
	 */
	domestic = cue_reach(s, l, c, CUE_DOMESTIC);
	if (domestic > c->first)
		return false;
	if (domestic >= 0 && domestic >= c->first - 1 && !(pat->flags & EV_FLAG_NOUN))
		return true;
	/* "unless Moscow withdraws": a condition, not something that happened */
	if (has_cue(s, cs, c->first, CUE_CONDITION))
		return false;
	/* "since the invasion began": the start of a state, told as background */
	if ((pat->flags & EV_FLAG_NOUN) && has_cue(s, look, c->first, CUE_SINCE))
		return false;
	if (!(pat->flags & EV_FLAG_NOUN))
	{
		int32_t		before = c->first - 1;

		/* "Responding to Michel's call for direct contact": a named speaker's act, told */
		if ((pat->flags & EV_FLAG_SPEECH) && c->first > 0 && named_possessive(s, l, c->first - 1))
			return true;
		if (!finite_verb_use(s, c, cs) || reduced_relative(s, l, c))
			return false;
		/* "to unequivocally reject": an adverb may split the infinitive */
		while (before > cs && s->tokens.tok[before].len > 4 && ends_with(&s->tokens.tok[before], "ly"))
			before--;
		if (c->first > cs && (s->mask[before] & (1u << CUE_INFINITIVE)))
		{
			if (!planned_infinitive(s, c->first))
				return false;
			c->status = NN_EVENT_PLANNED;
		}
		return true;
	}
	else
	{
		bool		definite = false;
		bool		light = has_cue(s, cs, ce, CUE_LIGHT);

		/* "a recent videoconference with Biden", "his recent visit to Kiev": it happened */
		if (has_cue(s, c->first - 2 > cs ? c->first - 2 : cs, c->first, CUE_RECENT))
			return true;

		for (int32_t j = c->first - 1; j >= cs && j >= c->first - 3; j--)
		{
			const EvToken *tok = &s->tokens.tok[j];

			if (s->mask[j] & (1u << CUE_INDEFINITE))
				break;
			if ((s->mask[j] & (1u << CUE_DEFINITE))
				|| (tok->len > 2 && strcmp(tok->text + tok->len - 2, "'s") == 0))
			{
				definite = true;
				break;
			}
		}
		if (definite)
			return light_near(s, c, cs, ce) || dated_noun_phrase(s, c, l);
		return light || sentence_has_date;
	}
}

/*
 * Negation just before the trigger denies it; a planning word in its clause makes it
 * planned, except after a speech act or an agreement ("denies planning to invade"): what
 * follows those is their content, not their status.
 */
static NNEventStatus
candidate_status(const Sentence *s, const Candidate *c, uint32_t flags)
{
	int32_t		cs = clause_start(s, c->first);
	int32_t		ce = clause_end(s, c->first);
	int32_t		near = c->first - 3 > cs ? c->first - 3 : cs;
	int32_t		near5 = c->first - 5 > cs ? c->first - 5 : cs;

	if (flags & (EV_FLAG_SPEECH | EV_FLAG_ABSORBS | EV_FLAG_ABSORBS_NEXT))
		ce = c->first;
	if (has_cue(s, near, c->first, CUE_NEGATION))
		return NN_EVENT_DENIED;
	if (flags & EV_FLAG_PLANNED)
		return NN_EVENT_PLANNED;
	if (c->status == NN_EVENT_PLANNED || has_cue(s, cs, ce, CUE_PLANNED)
		|| has_cue(s, near5, c->first, CUE_PLANNED_NEXT))
		return NN_EVENT_PLANNED;
	if (has_cue(s, near5, c->first, CUE_REPORTED))
		return NN_EVENT_REPORTED;
	return NN_EVENT_OCCURRED;
}

static Work *
output_push(Output *out)
{
	if (out->n == out->cap)
	{
		out->cap = out->cap ? out->cap * 2 : 16;
		out->items = nn_realloc(out->items, sizeof(Work) * (size_t) out->cap);
	}
	memset(&out->items[out->n], 0, sizeof(Work));
	return &out->items[out->n++];
}


/* Object pronouns: whom a speaker welcomes ("glad to welcome you to Moscow"). */
static const char *const object_pronouns[] = {"you", "him", "her", "them", "me", "us", NULL};

/* Does a person's mention (not a possessive: "Zelenskyy's openness") start at token j? */
static bool
person_at(const Sentence *s, const Local *l, int32_t j)
{
	const EvTokens *t = &s->tokens;

	for (int32_t k = 0; k < l->nmentions; k++)
	{
		const NNMention *m = &l->in->mentions[l->mention_idx[k]];
		int32_t		last;

		if (l->mention_tok[k] != j || m->kind != NN_KIND_PERSON)
			continue;
		last = token_at(t, m->end - 1);
		/* the mention ends inside its token: "Erdogan's" (the tokenizer keeps the 's) */
		return !(last < t->n && t->tok[last].end > m->end);
	}
	return false;
}

/* What one is welcomed into, not a place one visits: "to the NATO family". */
static const char *const membership_words[] = {"family", "club", "alliance", "ranks", "fold", "bloc",
	"membership", NULL};

/*
 * After a welcome: the one welcomed, then "to" or "in" and a place, a country or an
 * organisation ("welcomed President Erdogan and NATO leaders to Athens", "welcome you
 * all in Moscow", "welcomed Czech Prime Minister Petr Fiala to the White House"). The
 * one welcomed is a person, named or an object pronoun, with only titles (capitalised
 * words, "the") before it. Then the welcome is a visit its subject hosts, not praise.
 * "welcomed Finland to NATO" (a country), "welcomed the decision to ...", "the steps
 * taken by Erdogan in Syria" (not a person welcomed), "Erdogan's remarks in Athens" (a
 * possessive) and "welcomed Niinisto to the NATO family" (membership) stay praise.
 */
static bool
received_at_place(const Sentence *s, const Local *l, int32_t end)
{
	const EvTokens *t = &s->tokens;
	bool		person = false;

	for (int32_t j = end; j < t->n && j < end + 12 && !t->tok[j].punct; j++)
	{
		const EvToken *tok = &t->tok[j];
		int32_t		dest;

		if (strcmp(tok->text, "to") != 0 && strcmp(tok->text, "in") != 0)
		{
			if (token_is(tok, object_pronouns) || person_at(s, l, j))
				person = true;
			else if (!person && strcmp(tok->text, "the") != 0
					 && (s->body == NULL || !((s->body[tok->start] >= 'A' && s->body[tok->start] <= 'Z')
											  || (unsigned char) s->body[tok->start] >= 0xC0)))
				return false;	/* not a title before the person: "the steps taken by" */
			continue;
		}
		if (!person)
			return false;
		dest = j + 1 < t->n && strcmp(t->tok[j + 1].text, "the") == 0 ? j + 2 : j + 1;
		for (int32_t k = 0; k < l->nmentions; k++)
		{
			const NNMention *m = &l->in->mentions[l->mention_idx[k]];
			int32_t		after;

			if (l->mention_tok[k] != dest || m->kind == NN_KIND_PERSON)
				continue;
			after = token_at(t, m->end);
			return !(after < t->n && token_is(&t->tok[after], membership_words));
		}
		return false;
	}
	return false;
}

/* The row a candidate's event takes its type and mode from: its own, or the one it is as. */
static inline const EvPattern *
candidate_row(const Candidate *c, const EvPattern *pat)
{
	return c->as ? c->as : pat;
}

/* The row whose type and mode a hosted welcome takes: the table's CONSULT "host" verb. */
static const EvPattern *
host_pattern(const NNTriggerSet *set)
{
	for (int32_t i = 0; i < set->npatterns; i++)
	{
		const EvPattern *q = &set->patterns[i];

		if (q->event_type != NULL && strcmp(q->event_type, "CONSULT") == 0
			&& q->mode != NULL && strcmp(q->mode, "host") == 0 && q->flags == 0)
			return q;
	}
	return NULL;
}

static bool
names_person_or_country(const Work *w, const Local *l)
{
	for (int32_t k = 0; k < w->ev.nactors; k++)
	{
		NNEntityKind kind = l->in->mentions[w->ev.actors[k]].kind;

		if (kind == NN_KIND_PERSON || kind == NN_KIND_COUNTRY)
			return true;
	}
	return false;
}

/*
 * "the NATO summit in Brussels", "at the G20 Summit": the organisation whose summit it
 * is hosts the event; it is where the event happens, not one of its actors.
 */
static bool
hosts_summit(const Sentence *s, const NNMention *m)
{
	int32_t		t = token_at(&s->tokens, m->end);

	if (t < s->tokens.n && s->tokens.tok[t].start < m->end)
		t++;					/* "NATO's summit": the mention ends inside its token */
	if (t < s->tokens.n && strcmp(s->tokens.tok[t].text, "leaders") == 0)
		t++;
	return t < s->tokens.n
		&& (strcmp(s->tokens.tok[t].text, "summit") == 0 || strcmp(s->tokens.tok[t].text, "summits") == 0);
}

static void
collect_actors(const Sentence *s, const Local *l, Work *w, int32_t clause_lo, int32_t clause_hi,
			   int32_t tok_lo, int32_t tok_hi)
{
	for (int32_t k = 0; k < l->nmentions; k++)
	{
		int32_t		t = l->mention_tok[k];
		const NNMention *m = &l->in->mentions[l->mention_idx[k]];

		if (t >= s->tokens.n || s->clause[t] < clause_lo || s->clause[t] > clause_hi)
			continue;
		if (t < tok_lo || t >= tok_hi)
			continue;
		if (m->kind == NN_KIND_ORG && hosts_summit(s, m))
		{
			if (w->host < 0)
				w->host = l->mention_idx[k];
		}
		else if (is_actor_kind(m->kind))
			add_actor(w, l->in->mentions, l->mention_idx[k], role_of(s, w, t, m->start));
		else if (m->kind == NN_KIND_PLACE
				 && (w->ev.location < 0
					 || labs((long) m->start - w->ev.start)
					 < labs((long) l->in->mentions[w->ev.location].start - w->ev.start)))
			w->ev.location = l->mention_idx[k];	/* the place nearest the trigger */
	}
}

/*
 * The actors of a clause; a clause that names no person or country ("the two allies
 * have agreed", "the talks were held Tuesday") takes those of the rest of its sentence,
 * nearest clauses first.
 */
static bool
has_source(const Work *w)
{
	for (int32_t k = 0; k < w->ev.nactors; k++)
		if (w->role[k] == ROLE_SOURCE)
			return true;
	return false;
}

/*
 * A clause whose subject names no one ("He also expressed concern", "The President
 * called on", "The two leaders agreed") acts through whom the subject refers to; the
 * subject must open the clause and end before the trigger.
 */
static void
resolve_subject(const Sentence *s, const Local *l, Work *w)
{
	int32_t		first = token_at(&s->tokens, w->ev.start);
	int32_t		cs = clause_start(s, first);
	int32_t		ends[CUE__COUNT];
	uint32_t	mask;
	const Referents *ref = l->ref;

	/*
	 * a clause opens with its comma, its "but" or "and", or a date or adverb ("Today I
	 * met", "and I will be meeting"): the subject comes after them
	 */
	while (cs < first && (s->tokens.tok[cs].punct || (s->mask[cs] & (1u << CUE_CONTRAST))
						  || s->tokens.tok[cs].skippable || strcmp(s->tokens.tok[cs].text, "and") == 0))
		cs++;
	if (ref == NULL || w->passive || cs >= first || has_source(w))
		return;
	mask = ev_cues_at(l->set, &s->tokens, cs, first, ends);
	/* "He suggested that this would be a grave error": the speaker of a clause naming no one */
	if (!(mask & ((1u << CUE_PRONOUN) | (1u << CUE_PROTAGONIST) | (1u << CUE_PARTICIPANTS)
				  | (1u << CUE_WE) | (1u << CUE_I)))
		&& cs > 0 && strcmp(s->tokens.tok[cs].text, "that") == 0)
	{
		int32_t		ps = clause_start(s, cs - 1);

		while (ps < cs && s->tokens.tok[ps].punct)
			ps++;
		if (has_cue(s, ps, cs, CUE_REPORT) || has_cue(s, ps, cs, CUE_PLANNED) || cs - ps <= 4)
		{
			cs = ps;
			mask = ev_cues_at(l->set, &s->tokens, cs, first, ends);
		}
	}
	if ((mask & (1u << CUE_WE)) && (ref->we >= 0 || ref->author >= 0))
		add_actor(w, l->in->mentions, ref->we >= 0 ? ref->we : ref->author, ROLE_SOURCE);
	else if ((mask & (1u << CUE_I)) && (ref->speaker >= 0 || (ref->speaker == NO_SPEAKER && ref->author >= 0)))
		add_actor(w, l->in->mentions, ref->speaker >= 0 ? ref->speaker : ref->author, ROLE_SOURCE);
	else if ((mask & (1u << CUE_PRONOUN)) && ref->last_person >= 0)
		add_actor(w, l->in->mentions, ref->last_person, ROLE_SOURCE);
	else if ((mask & (1u << CUE_PROTAGONIST)) && (ref->protagonist >= 0 || ref->president >= 0)
			 && !(ends[CUE_PROTAGONIST] < s->tokens.n
				  && strcmp(s->tokens.tok[ends[CUE_PROTAGONIST]].text, "of") == 0))
		add_actor(w, l->in->mentions, ref->protagonist >= 0 ? ref->protagonist : ref->president,
				  ROLE_SOURCE);
	else if (mask & (1u << CUE_PARTICIPANTS))
		for (int32_t k = 0; k < ref->nparticipants; k++)
			add_actor(w, l->in->mentions, ref->participants[k], ROLE_SOURCE);
}

static void
clause_actors(const Sentence *s, const Local *l, Work *w, int32_t clause)
{
	collect_actors(s, l, w, clause, clause, 0, s->tokens.n);
	resolve_subject(s, l, w);
	/* "President Joseph R. Biden, Jr. met today with ...": the subject is before the comma */
	if (clause > 0 && !w->passive && !has_source(w)
		&& token_at(&s->tokens, w->ev.start) - clause_start(s, token_at(&s->tokens, w->ev.start)) <= 2)
		for (int32_t b = clause - 1; b >= 0 && b >= clause - 2 && !has_source(w); b--)
			collect_actors(s, l, w, b, b, 0, s->tokens.n);
	for (int32_t before = clause - 1; before >= 0 && !names_person_or_country(w, l); before--)
		collect_actors(s, l, w, before, before, 0, s->tokens.n);
	for (int32_t after = clause + 1; after < s->nclauses && !names_person_or_country(w, l); after++)
		collect_actors(s, l, w, after, after, 0, s->tokens.n);
}

/*
 * "He stressed that the negotiations needed ...": a speaker naming no one is whom the
 * pronoun refers to (the last person, the transcript's or statement's "I").
 */
static void
add_speaker_referent(const Sentence *s, const Local *l, Work *w, int32_t from, int32_t to)
{
	int32_t		ends[CUE__COUNT];
	uint32_t	mask;
	const Referents *ref = l->ref;
	int32_t		who = -1;

	while (from < to && s->tokens.tok[from].punct)
		from++;
	if (ref == NULL || from >= to)
		return;
	mask = ev_cues_at(l->set, &s->tokens, from, to, ends);
	if (mask & (1u << CUE_PRONOUN))
		who = ref->last_person;
	else if (mask & (1u << CUE_I))
		who = ref->speaker >= 0 ? ref->speaker : (ref->speaker == NO_SPEAKER ? ref->author : -1);
	else if (mask & (1u << CUE_WE))
		who = ref->we >= 0 ? ref->we : ref->author;
	if (who >= 0)
		add_actor(w, l->in->mentions, who, ROLE_SOURCE);
}

/* A clause opening with "that" after a reporting verb: the speaker takes part too. */
static void
add_speaker(const Sentence *s, const Local *l, Work *w, int32_t clause)
{
	int32_t		first;

	if (clause == 0)
		return;
	for (first = 0; first < s->tokens.n && s->clause[first] != clause; first++)
		;
	if (first >= s->tokens.n || s->tokens.tok[first].punct
		|| strcmp(s->tokens.tok[first].text, "that") != 0)
		return;
	{
		int32_t		ps = clause_start(s, first - 1);

		bool		named = false;

		if (!has_cue(s, ps, first, CUE_REPORT))
			return;
		for (int32_t k = 0; k < l->nmentions; k++)
		{
			int32_t		t = l->mention_tok[k];
			const NNMention *m = &l->in->mentions[l->mention_idx[k]];

			if (t >= ps && t < first && is_actor_kind(m->kind))
			{
				add_actor(w, l->in->mentions, l->mention_idx[k], ROLE_SOURCE);
				named = true;
			}
		}
		if (!named)
			add_speaker_referent(s, l, w, ps, first);
	}
}

static int32_t
nearest_timex(const Local *l, int32_t tok, int32_t clause, const Sentence *s, bool free_only)
{
	int32_t		best = -1,
				best_dist = INT32_MAX;

	for (int32_t k = 0; k < l->ntimexes; k++)
	{
		int32_t		t = l->timex_tok[k];
		int32_t		dist;

		if (clause >= 0 && (t >= s->tokens.n || s->clause[t] != clause))
			continue;
		if (free_only && l->timex_claimed[k] >= 0)
			continue;
		/* a date across "but" belongs to the other predicate */
		if (free_only && has_cue(s, t < tok ? t : tok, t < tok ? tok : t, CUE_CONTRAST))
			continue;
		dist = t >= tok ? (t - tok) * 2 : (tok - t) * 2 + 1;	/* ties go to the later date */
		if (dist < best_dist)
		{
			best_dist = dist;
			best = k;
		}
	}
	return best;
}

static bool
is_passive_aux(const EvToken *tok)
{
	static const char *const aux[] = {"was", "were", "been", "being", "be", "is", "are", "got"};

	for (size_t k = 0; k < sizeof(aux) / sizeof(aux[0]); k++)
		if (strcmp(tok->text, aux[k]) == 0)
			return true;
	return false;
}

/*
 * Is the event told in the past: its verb, or (for a noun) a verb of its clause before
 * it, or the light verb right after it ("the talks were held"), is a past form.
 */
static bool
told_in_past(const Sentence *s, const Candidate *c)
{
	int32_t		cs = clause_start(s, c->first);
	int32_t		ce = clause_end(s, c->first);

	if (past_form(&s->tokens.tok[c->first]))
		return true;
	for (int32_t j = cs; j < c->first; j++)
		if (past_form(&s->tokens.tok[j]) || strcmp(s->tokens.tok[j].text, "was") == 0
			|| strcmp(s->tokens.tok[j].text, "were") == 0)
			return true;
	for (int32_t j = c->last; j < ce && j < c->last + 3; j++)
		if (past_form(&s->tokens.tok[j]) || strcmp(s->tokens.tok[j].text, "was") == 0
			|| strcmp(s->tokens.tok[j].text, "were") == 0)
			return true;
	return false;
}

static const char *const perfect_aux[] = {"has", "have", "'ve", "having", NULL};

/* Words opening a clause that tells background: relative and time clauses. */
static const char *const background_openers[] = {
	"when", "which", "who", "whom", "whose", "where", "after", "before", "since", "while", NULL
};

static const char *const adjective_participles[] = {"committed", "determined", "concerned",
	"prepared", "convinced", "interested", "engaged", "dedicated", "resolved", NULL};

static void
new_event(Work *w, const EvPattern *pat, const Sentence *s, const Candidate *c, int32_t sentence)
{
	w->ev.event_type = candidate_row(c, pat)->event_type;
	w->ev.mode = candidate_row(c, pat)->mode;
	w->ev.status = c->status;
	w->ev.sentence = sentence;
	w->ev.start = s->tokens.tok[c->first].start;
	w->ev.end = s->tokens.tok[c->last - 1].end;
	w->ev.location = -1;
	w->host = -1;
	w->ev.timex = -1;
	w->ev.date_from = w->ev.date_to = NN_NO_DATE;
	w->ev.mentions = 1;
	w->ev.confidence = (pat->flags & EV_FLAG_NOUN) ? 0.6f : 0.7f;
	w->flags = pat->flags;
	w->clause_lo = w->clause_hi = c->clause;
	w->subject_end = c->first;
	w->recent = (pat->flags & EV_FLAG_NOUN)
		&& has_cue(s, c->first - 2 > 0 ? c->first - 2 : 0, c->first, CUE_RECENT);
	/* "We are committed to", "is determined to": an adjective after "be", not a passive */
	w->passive = c->first > 0 && is_passive_aux(&s->tokens.tok[c->first - 1])
		&& !ends_with(&s->tokens.tok[c->first], "ing")
		&& !token_is(&s->tokens.tok[c->first], adjective_participles);
	w->past = told_in_past(s, c);
	for (int32_t j = c->first - 1; j >= 0 && j >= c->first - 3 && !s->tokens.tok[j].punct; j--)
	{
		/* "had (earlier) threatened": a pluperfect, not "had a meeting" */
		if (strcmp(s->tokens.tok[j].text, "had") == 0 && past_form(&s->tokens.tok[c->first]))
			w->earlier = true;
		if (token_is(&s->tokens.tok[j], perfect_aux))
			w->perfect = true;
	}
	{
		int32_t		cs = clause_start(s, c->first);

		/* "weapons that threaten Russia": "that" right before the verb is its subject, a relative */
		w->background = cs > 0 && (token_is(&s->tokens.tok[cs], background_openers)
								   || (c->first == cs + 1 && strcmp(s->tokens.tok[cs].text, "that") == 0));
	}
}

/* An "and" between the first and the last date after a verb: dates of separate events. */
static bool
coordinated_dates(const Sentence *s, const Local *l, int32_t from, int32_t to)
{
	int32_t		first = -1,
				last = -1;

	for (int32_t k = 0; k < l->ntimexes; k++)
		if (l->timex_tok[k] >= from && l->timex_tok[k] < to)
		{
			if (first < 0)
				first = l->timex_tok[k];
			last = l->timex_tok[k];
		}
	for (int32_t j = first; j >= 0 && j < last; j++)
		if (strcmp(s->tokens.tok[j].text, "and") == 0)
			return true;
	return false;
}

/*
 * "welcomed Russia's plans to achieve carbon neutrality by 2060", "expressed support for
 * diplomacy, starting early next year": a verb told in the past happened by the report, so
 * a date after the report is what it is about, not when it happened.
 */
static bool
date_fits(const Work *w, const NNTimex *tx, int32_t anchor)
{
	return !(w->past && !(w->flags & EV_FLAG_NOUN) && w->ev.status != NN_EVENT_PLANNED
			 && anchor != NN_NO_DATE && tx->date_from > anchor);
}

typedef struct SentenceFacts
{
	bool		report;			/* a reporting verb */
	int32_t		first_timex;	/* first usable date, -1 */
} SentenceFacts;

static void
sentence_events(const NNTriggerSet *set, Sentence *s, Local *l, int32_t sentence, Output *out,
				SentenceFacts *facts)
{
	EvTokens   *t = &s->tokens;
	Candidate  *cands;
	int32_t		ncands = 0;
	bool		absorbs = false;
	int32_t		absorbs_next = INT32_MAX;
	int32_t		first_out = out->n;
	bool		report = false;

	if (has_cue(s, 0, t->n, CUE_CAPTION))
		return;
	report = has_cue(s, 0, t->n, CUE_REPORT);
	facts->report = report;
	facts->first_timex = l->ntimexes > 0 ? l->timex_idx[0] : -1;

	/* "Maintaining its stance, Turkey ...": an opening participle, not a name, then a comma */
	s->participial_lead = false;
	if (t->n > 2 && !t->tok[0].punct && t->tok[0].len > 4
		&& strcmp(t->tok[0].text + t->tok[0].len - 3, "ing") == 0
		&& !(l->nmentions > 0 && l->mention_tok[0] == 0) && s->nclauses > 1)
	{
		int32_t		e = clause_end(s, 0);

		s->participial_lead = e < t->n && t->tok[e].punct && strcmp(t->tok[e].text, ",") == 0;
	}

	cands = nn_alloc(sizeof(Candidate) * (size_t) (t->n + 1));
	for (int32_t i = 0; i < t->n;)
	{
		int32_t		end;
		int			p = t->tok[i].punct ? -1 : ev_match_at(set, t, i, t->n, false, &end);

		if (p < 0)
		{
			i++;
			continue;
		}
		/* a hosted welcome is the host row's event, told as the welcome is (a speech act) */
		cands[ncands].as = (set->patterns[p].flags & EV_FLAG_HOSTS) && received_at_place(s, l, end)
			? host_pattern(set) : NULL;
		cands[ncands].pattern = p;
		cands[ncands].first = i;
		cands[ncands].last = end;
		cands[ncands].clause = s->clause[i];
		cands[ncands].status = NN_EVENT_OCCURRED;
		cands[ncands].dropped = !keep_candidate(s, &cands[ncands], &set->patterns[p], l);
		ncands++;
		i = end;
	}

	/* "denied any such agreement": the denial is the event, not what it denies */
	for (int32_t c = 0; c < ncands; c++)
	{
		uint32_t	flags = set->patterns[cands[c].pattern].flags;

		if (cands[c].dropped)
			continue;
		if (flags & EV_FLAG_ABSORBS)
			absorbs = true;
		/* a hosted welcome is a visit: what follows it is news of its own */
		if ((flags & EV_FLAG_ABSORBS_NEXT) && cands[c].as == NULL && absorbs_next == INT32_MAX)
			absorbs_next = cands[c].first;
	}
	for (int32_t c = 0; c < ncands; c++)
	{
		uint32_t	flags = set->patterns[cands[c].pattern].flags;

		if (absorbs && !(flags & EV_FLAG_ABSORBS))
			cands[c].dropped = true;
		if (cands[c].first > absorbs_next && !(flags & (EV_FLAG_ABSORBS | EV_FLAG_ABSORBS_NEXT))
			&& !has_cue(s, absorbs_next, cands[c].first, CUE_CONTRAST))
			cands[c].dropped = true;
	}

	/* dates in a clause with a trigger belong to it */
	for (int32_t k = 0; k < l->ntimexes; k++)
	{
		l->timex_claimed[k] = -1;
		for (int32_t c = 0; c < ncands; c++)
			if (!cands[c].dropped && l->timex_tok[k] < t->n
				&& s->clause[l->timex_tok[k]] == cands[c].clause)
				l->timex_claimed[k] = c;
	}

	for (int32_t c = 0; c < ncands; c++)
	{
		const EvPattern *pat = &set->patterns[cands[c].pattern];
		int32_t		cs,
					ce,
					after = 0;
		Work	   *w;

		if (cands[c].dropped)
			continue;
		cands[c].status = candidate_status(s, &cands[c], pat->flags);
		cs = clause_start(s, cands[c].first);
		ce = clause_end(s, cands[c].first);

		/*
		 * "a meeting of the Council on Jan. 12 and the OSCE on Jan. 13", "visited Ankara on
		 * Monday and Athens on Tuesday": coordinated dates, one event per date. A speech
		 * act's later dates are its content, not its own.
		 */
		if (!(pat->flags & (EV_FLAG_SPEECH | EV_FLAG_ABSORBS | EV_FLAG_ABSORBS_NEXT)))
			for (int32_t k = 0; k < l->ntimexes; k++)
				if (l->timex_tok[k] >= cands[c].last && l->timex_tok[k] < ce)
					after++;
		if (after >= 2 && !(pat->flags & EV_FLAG_NOUN) && !coordinated_dates(s, l, cands[c].last, ce))
			after = 0;
		if (after >= 2)
		{
			int32_t		seg_lo = cands[c].first;

			for (int32_t k = 0; k < l->ntimexes; k++)
			{
				int32_t		tt = l->timex_tok[k];
				int32_t		seg_hi;

				if (tt < cands[c].last || tt >= ce)
					continue;
				seg_hi = token_at(t, l->in->timexes[l->timex_idx[k]].end);
				w = output_push(out);
				new_event(w, pat, s, &cands[c], sentence);
				set_date_from_timex(&w->ev, &l->in->timexes[l->timex_idx[k]], l->timex_idx[k]);
				w->source = DATE_CLAUSE;
				if (!(pat->flags & EV_FLAG_NOUN))	/* the verb's subject acts in each */
					collect_actors(s, l, w, cands[c].clause, cands[c].clause, cs, cands[c].first);
				collect_actors(s, l, w, cands[c].clause, cands[c].clause, seg_lo, seg_hi);
				if (w->ev.nactors == 0)
					collect_actors(s, l, w, cands[c].clause, cands[c].clause, cs, seg_hi);
				seg_lo = seg_hi;
			}
			continue;
		}

		/* the same kind of event twice in one sentence, with no second date, is one event */
		{
			int32_t		own = nearest_timex(l, cands[c].first, cands[c].clause, s, false);
			Work	   *merged = NULL;

			for (int32_t o = first_out; o < out->n; o++)
			{
				Work	   *prev = &out->items[o];

				if (strcmp(prev->ev.event_type, candidate_row(&cands[c], pat)->event_type) != 0)
					continue;
				if (own < 0 || prev->source != DATE_CLAUSE
					|| prev->ev.timex == l->timex_idx[own])
				{
					merged = prev;
					break;
				}
			}
			if (merged)
			{
				if (own >= 0 && merged->source != DATE_CLAUSE)
				{
					set_date_from_timex(&merged->ev, &l->in->timexes[l->timex_idx[own]], l->timex_idx[own]);
					merged->source = DATE_CLAUSE;
				}
				clause_actors(s, l, merged, cands[c].clause);
				add_speaker(s, l, merged, cands[c].clause);
				continue;
			}
			w = output_push(out);
			new_event(w, pat, s, &cands[c], sentence);
			for (int32_t e = 0; e < c; e++)
				if (!cands[e].dropped && cands[e].clause == cands[c].clause
					&& cands[e].first < w->subject_end)
					w->subject_end = cands[e].first;
			if (own >= 0 && date_fits(w, &l->in->timexes[l->timex_idx[own]], l->in->anchor))
			{
				set_date_from_timex(&w->ev, &l->in->timexes[l->timex_idx[own]], l->timex_idx[own]);
				w->source = DATE_CLAUSE;
			}
			clause_actors(s, l, w, cands[c].clause);
			add_speaker(s, l, w, cands[c].clause);
		}
	}

	/* no date of its own: a free date of the sentence, else the report time */
	for (int32_t o = first_out; o < out->n; o++)
	{
		Work	   *w = &out->items[o];
		int32_t		tok,
					k;

		if (w->source != DATE_NONE)
			continue;
		tok = token_at(t, w->ev.start);
		k = w->background ? -1 : nearest_timex(l, tok, -1, s, true);
		if (k >= 0 && date_fits(w, &l->in->timexes[l->timex_idx[k]], l->in->anchor))
		{
			set_date_from_timex(&w->ev, &l->in->timexes[l->timex_idx[k]], l->timex_idx[k]);
			w->source = DATE_SENTENCE;
			w->ev.confidence -= 0.05f;
			continue;
		}
		if (l->in->anchor == NN_NO_DATE)
			continue;
		if (w->background || (w->perfect && has_cue(s, 0, t->n, CUE_SINCE)))
			continue;			/* a state since some time, or background: not dated */
		if (w->recent)
			continue;			/* before the report, not on its day: the reference time */
		if (report || ((w->flags & EV_FLAG_SPEECH)
					   && !has_cue(s, clause_start(s, tok) > tok - 3 ? clause_start(s, tok) : tok - 3,
								   tok, CUE_PERFECT)))
		{
			set_date_from_anchor(&w->ev, l->in->anchor);
			w->source = DATE_REPORT;
			w->ev.confidence -= 0.1f;
		}
	}

	nn_free(cands);
}

/* ------------------------------------------------------------ the body */

/* A report-time date only bounds the event from above: it may be a recent one. */
#define EV_REPORT_REACH 31

static bool
dates_overlap(const Work *a, const Work *b)
{
	int32_t		a_from = a->ev.date_from,
				b_from = b->ev.date_from;

	if (a_from == NN_NO_DATE || b_from == NN_NO_DATE)
		return a_from == NN_NO_DATE && b_from == NN_NO_DATE;
	if (a->source == DATE_REPORT)
		a_from -= EV_REPORT_REACH;
	if (b->source == DATE_REPORT)
		b_from -= EV_REPORT_REACH;
	return a_from <= b->ev.date_to && b_from <= a->ev.date_to;
}

/*
 * Two shared actors, or one when either side names only one; and when both name
 * people, a shared person (countries alone are shared by too many events).
 */
static bool
actors_overlap(const NNEvent *a, const NNEvent *b, const NNMention *mentions)
{
	int			shared = 0,
				shared_people = 0,
				people_a = 0,
				people_b = 0;
	int			need = a->nactors < b->nactors ? a->nactors : b->nactors;

	/* the same day is evidence enough for one shared actor */
	if (need > 2)
		need = 2;
	if (a->date_from == a->date_to && a->date_from == b->date_from && b->date_from == b->date_to
		&& need > 1)
		need = 1;
	for (int32_t j = 0; j < b->nactors; j++)
		people_b += mentions[b->actors[j]].kind == NN_KIND_PERSON;
	for (int32_t i = 0; i < a->nactors; i++)
	{
		people_a += mentions[a->actors[i]].kind == NN_KIND_PERSON;
		for (int32_t j = 0; j < b->nactors; j++)
			if (same_entity(&mentions[a->actors[i]], &mentions[b->actors[j]]))
			{
				shared++;
				shared_people += mentions[a->actors[i]].kind == NN_KIND_PERSON;
				break;
			}
	}
	if (people_a > 0 && people_b > 0 && shared_people == 0)
		return false;
	return need > 0 && shared >= need;
}

/* Fold b into a: a keeps its place; the better-dated mention gives date and status. */
static void
merge_into(Work *a, const Work *b, const NNMention *mentions)
{
	for (int32_t k = 0; k < b->ev.nactors; k++)
		add_actor(a, mentions, b->ev.actors[k], (ActorRole) b->role[k]);
	if (a->ev.location < 0)
		a->ev.location = b->ev.location;
	if (a->host < 0)
		a->host = b->host;
	if (b->source > a->source
		|| (b->source == a->source && b->ev.date_to - b->ev.date_from < a->ev.date_to - a->ev.date_from))
	{
		a->ev.timex = b->ev.timex;
		a->ev.date_from = b->ev.date_from;
		a->ev.date_to = b->ev.date_to;
		memcpy(a->ev.date_value, b->ev.date_value, NN_TIMEX_VALUE_MAX);
		if (b->source > a->source)
			a->ev.status = b->ev.status;
		a->source = b->source;
	}
	a->ev.mentions += b->ev.mentions;
	if (b->ev.confidence > a->ev.confidence)
		a->ev.confidence = b->ev.confidence;
}

/* Types whose sides act together: talks, agreements, cooperation. */
static bool
reciprocal_type(const char *event_type)
{
	return strcmp(event_type, "CONSULT") == 0 || strcmp(event_type, "AGREE") == 0
		|| strcmp(event_type, "COOPERATE") == 0;
}

/*
 * "We call on Russia to withdraw" and "We call on Belarus to stop" on one day are two
 * requests: a directed event acted on someone else is another event. Reciprocal types
 * (talks, agreements) have no such sides.
 */
static bool
targets_apart(const Work *a, const Work *b, const NNMention *mentions)
{
	bool		a_has = false,
				b_has = false;

	if (reciprocal_type(a->ev.event_type))
		return false;
	for (int32_t i = 0; i < a->ev.nactors; i++)
	{
		if (a->role[i] != ROLE_TARGET)
			continue;
		a_has = true;
		for (int32_t j = 0; j < b->ev.nactors; j++)
			if (same_entity(&mentions[a->ev.actors[i]], &mentions[b->ev.actors[j]]))
				return false;
	}
	for (int32_t j = 0; j < b->ev.nactors; j++)
		b_has |= b->role[j] == ROLE_TARGET;
	return a_has && b_has;
}

static void
merge_body(Output *out, const NNMention *mentions)
{
	int32_t		kept = 0;

	for (int32_t i = 0; i < out->n; i++)
	{
		Work	   *w = &out->items[i];
		bool		merged = false;

		for (int32_t j = kept - 1; j >= 0 && j >= kept - EV_MERGE_WINDOW; j--)
		{
			Work	   *k = &out->items[j];

			/* two mentions dated by their own sentences but named differently stay apart */
			bool		modes_fit = strcmp(k->ev.mode, w->ev.mode) == 0
				|| k->source < DATE_SENTENCE || w->source < DATE_SENTENCE;

			/*
			 * "They also discussed Libya": a mention dated only by the reference time is
			 * the earlier event of its type, whoever it names.
			 */
			if (w->reference && !w->recent && strcmp(k->ev.event_type, w->ev.event_type) == 0
				&& dates_overlap(k, w)
				&& (k->ev.status == NN_EVENT_DENIED) == (w->ev.status == NN_EVENT_DENIED))
			{
				merge_into(k, w, mentions);
				merged = true;
				break;
			}
			if (modes_fit && k->recent == w->recent && strcmp(k->ev.event_type, w->ev.event_type) == 0
				&& dates_overlap(k, w) && !targets_apart(k, w, mentions)
				&& actors_overlap(&k->ev, &w->ev, mentions)
				&& (k->ev.status == NN_EVENT_DENIED) == (w->ev.status == NN_EVENT_DENIED))
			{
				merge_into(k, w, mentions);
				merged = true;
				break;
			}
		}
		if (!merged)
			out->items[kept++] = *w;
	}
	out->n = kept;
}

static bool
shares_person(const NNEvent *ev, const Local *next, const NNMention *mentions)
{
	for (int32_t k = 0; k < next->nmentions; k++)
	{
		const NNMention *m = &mentions[next->mention_idx[k]];

		if (m->kind != NN_KIND_PERSON)
			continue;
		for (int32_t a = 0; a < ev->nactors; a++)
			if (same_entity(&mentions[ev->actors[a]], m))
				return true;
	}
	return false;
}

static bool
usable_timex(const NNTimex *tx)
{
	return (tx->type == NN_TIMEX_DATE || tx->type == NN_TIMEX_TIME) && tx->date_from != NN_NO_DATE
		&& (tx->date_to == NN_NO_DATE || tx->date_to >= tx->date_from);
}

/* The first of the timexes (in start order, tsorted) starting at or after lo. */
static int32_t
first_timex_from(const NNEventInput *in, const int32_t *tsorted, int32_t lo)
{
	int32_t		a = 0,
				b = in->ntimexes;

	while (a < b)
	{
		int32_t		mid = (a + b) / 2;

		if (in->timexes[tsorted[mid]].start < lo)
			a = mid + 1;
		else
			b = mid;
	}
	return a;
}

/*
 * Mark the words of the sentence [lo, hi) that any time expression covers: "March" in
 * "held talks in March" is the month, not a protest march, and "hold+ ... @protest"
 * must not outrank "hold+ @talks" with it.
 */
static void
mark_date_tokens(Sentence *s, const NNEventInput *in, const int32_t *tsorted, int32_t lo,
				 int32_t hi)
{
	for (int32_t k = first_timex_from(in, tsorted, lo);
		 k < in->ntimexes && in->timexes[tsorted[k]].start < hi; k++)
	{
		const NNTimex *tx = &in->timexes[tsorted[k]];

		for (int32_t t = token_at(&s->tokens, tx->start);
			 t < s->tokens.n && s->tokens.tok[t].start < tx->end; t++)
			if (s->tokens.tok[t].end > tx->start)
				s->tokens.tok[t].in_date = true;
	}
}

/* Fill l with the mentions and usable dates inside [lo, hi) of the body. */
static void
local_for(Local *l, const NNEventInput *in, const int32_t *msorted, const int32_t *tsorted,
		  int32_t lo, int32_t hi, const Sentence *s, const NNTriggerSet *set)
{
	int32_t		a = 0,
				b;

	l->nmentions = 0;
	l->ntimexes = 0;
	/* binary searches over the sorted indexes */
	b = in->nmentions;
	while (a < b)
	{
		int32_t		mid = (a + b) / 2;

		if (in->mentions[msorted[mid]].start < lo)
			a = mid + 1;
		else
			b = mid;
	}
	for (int32_t k = a; k < in->nmentions && in->mentions[msorted[k]].start < hi; k++)
	{
		const NNMention *m = &in->mentions[msorted[k]];

		if (m->end > hi || m->end <= m->start)
			continue;
		l->mention_idx[l->nmentions] = msorted[k];
		l->mention_tok[l->nmentions] = s ? token_at(&s->tokens, m->start) : 0;
		l->nmentions++;
	}
	for (int32_t k = first_timex_from(in, tsorted, lo);
		 k < in->ntimexes && in->timexes[tsorted[k]].start < hi; k++)
	{
		const NNTimex *tx = &in->timexes[tsorted[k]];
		int32_t		tok;

		if (tx->end > hi || !usable_timex(tx))
			continue;
		tok = s ? token_at(&s->tokens, tx->start) : 0;
		/*
		 * "since 2014" starts a state, "contracts through to 2036" ends one; neither dates
		 * an event
		 */
		if (s && ((tok > 0 && (s->mask[tok - 1] & ((1u << CUE_SINCE) | (1u << CUE_UNTIL))))
				  || (tok > 1 && (s->mask[tok - 2] & (1u << CUE_UNTIL)))
				  || (tok < s->tokens.n && (s->mask[tok] & ((1u << CUE_SINCE) | (1u << CUE_UNTIL))))))
			continue;
		l->timex_idx[l->ntimexes] = tsorted[k];
		l->timex_tok[l->ntimexes] = tok;
		l->ntimexes++;
	}
	(void) set;
}

static bool
shares_actor(const NNEvent *a, const NNEvent *b, const NNMention *mentions)
{
	for (int32_t i = 0; i < a->nactors; i++)
		for (int32_t j = 0; j < b->nactors; j++)
			if (same_entity(&mentions[a->actors[i]], &mentions[b->actors[j]]))
				return true;
	return false;
}

/* A person both events name, or any shared actor when the lead names no person. */
static bool
shares_person_actor(const NNEvent *a, const NNEvent *lead, const NNMention *mentions)
{
	bool		lead_people = false;

	for (int32_t j = 0; j < lead->nactors; j++)
		lead_people |= mentions[lead->actors[j]].kind == NN_KIND_PERSON;
	if (!lead_people)
		return shares_actor(a, lead, mentions);
	for (int32_t i = 0; i < a->nactors; i++)
		for (int32_t j = 0; j < lead->nactors; j++)
			if (mentions[a->actors[i]].kind == NN_KIND_PERSON
				&& same_entity(&mentions[a->actors[i]], &mentions[lead->actors[j]]))
				return true;
	return false;
}

/*
 * A readout: "On December 30, Putin had a telephone conversation with Biden. ... Putin
 * warned that ...". What its participants said later in the text was said in that
 * conversation, so a speech act dated only by the report takes the date the lead gives
 * the conversation (the report is often published the next day). With past_events, the
 * same for what they did in it, told in the simple past with no date ("The presidents
 * agreed to supervise the talks"), which had the month before the report (PAST_REF).
 */
static void
date_readout(Output *out, const NNMention *mentions, bool past_events)
{
	const Work *lead = NULL;

	for (int32_t o = 0; o < out->n && out->items[o].lead; o++)
		if (strcmp(out->items[o].ev.event_type, "CONSULT") == 0
			&& out->items[o].ev.status == NN_EVENT_OCCURRED
			&& (out->items[o].source >= DATE_SENTENCE
				|| (past_events && strcmp(out->items[o].ev.date_value, "PRESENT_REF") == 0)))
		{
			lead = &out->items[o];
			break;
		}
	if (lead == NULL)
		return;
	for (int32_t o = 0; o < out->n; o++)
	{
		Work	   *w = &out->items[o];

		/*
		 * a shared person: a country the title of a participant names ("Greek Prime
		 * Minister") is shared by too much of a news story
		 */
		if (w->lead || w->source != DATE_REPORT || !shares_person_actor(&w->ev, &lead->ev, mentions))
			continue;
		if (past_events ? !(w->reference && !w->recent && w->ev.status == NN_EVENT_OCCURRED
							&& strcmp(w->ev.date_value, "PAST_REF") == 0)
			: !(w->flags & EV_FLAG_SPEECH))
			continue;
		w->reference = false;
		w->ev.timex = lead->ev.timex;
		w->ev.date_from = lead->ev.date_from;
		w->ev.date_to = lead->ev.date_to;
		memcpy(w->ev.date_value, lead->ev.date_value, NN_TIMEX_VALUE_MAX);
		w->source = DATE_LEAD;
	}
}

/* Prose, not a dateline or a time stamp: three words of letters. */
static bool
prose_sentence(const EvTokens *t)
{
	int			words = 0;

	for (int32_t i = 0; i < t->n && words < 3; i++)
	{
		bool		letters = !t->tok[i].punct;

		for (int32_t k = 0; k < t->tok[i].len && letters; k++)
			letters = !(t->tok[i].text[k] >= '0' && t->tok[i].text[k] <= '9');
		words += letters;
	}
	return words >= 3;
}

/* The lead's person, and the sides of its first meeting, for later subjects naming no one. */
static void
note_lead(Referents *ref, const Local *l, const Output *out, int32_t first_event)
{
	for (int32_t k = 0; k < l->nmentions && ref->protagonist < 0; k++)
		if (l->in->mentions[l->mention_idx[k]].kind == NN_KIND_PERSON)
			ref->protagonist = l->mention_idx[k];
	for (int32_t o = first_event; o < out->n; o++)
		if (strcmp(out->items[o].ev.event_type, "CONSULT") == 0 && out->items[o].ev.nactors > 1)
		{
			ref->nparticipants = out->items[o].ev.nactors;
			memcpy(ref->participants, out->items[o].ev.actors, sizeof(int32_t) * (size_t) ref->nparticipants);
			break;
		}
}

/*
 * "We, the leaders of the Group of Seven (G7), convened today": a statement's authors name
 * themselves once, in an apposition to "We"; every later "we" is that body or country.
 */
static void
note_we(Referents *ref, const Sentence *s, const Local *l)
{
	const EvTokens *t = &s->tokens;

	if (ref->we >= 0)
		return;
	for (int32_t i = 0; i + 2 < t->n; i++)
	{
		int32_t		end;

		if (strcmp(t->tok[i].text, "we") != 0 || strcmp(t->tok[i + 1].text, ",") != 0)
			continue;
		for (end = i + 2; end < t->n && !t->tok[end].punct; end++)
			;
		for (int32_t k = 0; k < l->nmentions; k++)
		{
			const NNMention *m = &l->in->mentions[l->mention_idx[k]];

			if (l->mention_tok[k] > i + 1 && l->mention_tok[k] < end
				&& (m->kind == NN_KIND_ORG || m->kind == NN_KIND_COUNTRY))
			{
				ref->we = l->mention_idx[k];
				return;
			}
		}
	}
}

/*
 * A transcript names the speaker of each turn before a colon ("President of Russia
 * Vladimir Putin: Good afternoon, colleagues."); "I" is that person until the next turn.
 */
static void
note_speaker(Referents *ref, const Local *l, const char *body, int32_t body_len)
{
	for (int32_t k = 0; k < l->nmentions; k++)
	{
		const NNMention *m = &l->in->mentions[l->mention_idx[k]];
		int32_t		p = m->end;

		if (m->kind != NN_KIND_PERSON)
			continue;
		while (p < body_len && body[p] == ' ')
			p++;
		if (p < body_len && body[p] == ':')
			ref->speaker = l->mention_idx[k];
	}
}

/*
 * "THE PRESIDENT:  I have some good news", "Q    What did you achieve": a turn of the
 * remarks whose title names the President is his; a reporter's "Q" or another capitalised
 * label is someone else's, whose "I" no one here names.
 */
static void
note_turn(Referents *ref, const Sentence *s)
{
	const EvTokens *t = &s->tokens;
	int32_t		colon = -1;

	if (t->n == 0)
		return;
	if (strcmp(t->tok[0].text, "q") == 0 && !t->tok[0].punct && t->n > 1 && !t->tok[1].punct)
	{
		ref->speaker = SOMEONE_ELSE;
		return;
	}
	for (int32_t i = 0; i < t->n && i <= 5; i++)
		if (t->tok[i].punct && strcmp(t->tok[i].text, ":") == 0)
		{
			colon = i;
			break;
		}
	if (colon <= 0)
		return;
	for (int32_t i = 0; i < colon; i++)
		for (int32_t b = t->tok[i].start; b < t->tok[i].end; b++)
			if (s->body[b] >= 'a' && s->body[b] <= 'z')
				return;			/* "Today:" or "He said:" is prose, not a label */
	if (colon == 2 && strcmp(t->tok[0].text, "the") == 0 && strcmp(t->tok[1].text, "president") == 0)
		ref->speaker = ref->author >= 0 ? ref->author : SOMEONE_ELSE;
	else
		ref->speaker = SOMEONE_ELSE;
}

/*
 * "President of Russia Vladimir Putin", "President Biden": the word "president" starts at
 * most 24 bytes before the name, or the name itself, in the same sentence.
 */
static bool
called_president(const char *body, int32_t body_len, const NNMention *m)
{
	static const char word[] = "president";
	int32_t		from = m->start - 24 > 0 ? m->start - 24 : 0;

	for (int32_t p = m->start; p >= from; p--)
	{
		int			k = 0;

		if (body[p] == '.' || body[p] == '\n')
			return false;
		while (k < 9 && p + k < body_len && (body[p + k] | 0x20) == word[k])
			k++;
		if (k == 9)
			return true;
	}
	return false;
}

/* The first person the body calls President, for a lead that names no one. */
static int32_t
first_president(const NNEventInput *in, const int32_t *msorted)
{
	for (int32_t k = 0; k < in->nmentions; k++)
	{
		const NNMention *m = &in->mentions[msorted[k]];

		if (m->kind == NN_KIND_PERSON && m->start >= 0 && m->end <= in->body_len
			&& called_president(in->body, in->body_len, m))
			return msorted[k];
	}
	return -1;
}

/* The person a sentence opens with is whom a later "he" or "she" most likely means. */
static void
note_last_person(Referents *ref, const Local *l)
{
	for (int32_t k = 0; k < l->nmentions; k++)
		if (l->in->mentions[l->mention_idx[k]].kind == NN_KIND_PERSON)
		{
			ref->last_person = l->mention_idx[k];
			return;
		}
}

/* How far a reference-time interval reaches from the publication date, in days. */
#define EV_REFERENCE_REACH 31

/*
 * An event no date of the text governs happened at the report's reference time: on the
 * publication date when it leads the report ("X met Y", "X meets Y" in the first sentence
 * of prose), else some time before it, or (planned) some time after it. date_value says
 * which (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF); no other sentence lends its date.
 */
static void
give_reference_time(Work *w, int32_t anchor)
{
	NNEvent    *ev = &w->ev;

	/*
	 * Only news: the lead, or a later sentence in the simple past. A present-tense or
	 * perfect sentence further down tells a state or background ("Turkey has opposed
	 * sanctions"); a relative or time clause too.
	 */
	if (w->background
		|| (!w->lead && !w->recent && ev->status != NN_EVENT_PLANNED
			&& (!w->past || w->perfect || w->earlier)))
		return;
	if (ev->status == NN_EVENT_PLANNED)
	{
		ev->date_from = anchor;
		ev->date_to = anchor + EV_REFERENCE_REACH;
		snprintf(ev->date_value, NN_TIMEX_VALUE_MAX, "FUTURE_REF");
	}
	else if (w->lead && !w->earlier && !w->recent)
	{
		ev->date_from = ev->date_to = anchor;
		snprintf(ev->date_value, NN_TIMEX_VALUE_MAX, "PRESENT_REF");
	}
	else
	{
		ev->date_from = anchor - EV_REFERENCE_REACH;
		ev->date_to = anchor;
		snprintf(ev->date_value, NN_TIMEX_VALUE_MAX, "PAST_REF");
	}
	ev->timex = -1;
	w->source = DATE_REPORT;
	w->reference = true;
	ev->confidence -= 0.15f;
}

/* Sources first, then targets (each in the order found); nsource counts the sources. */
static void
set_direction(Work *w)
{
	NNEvent    *ev = &w->ev;
	int32_t		actors[NN_EVENT_MAX_ACTORS];
	int32_t		n = 0;

	for (int pass = ROLE_SOURCE; pass <= ROLE_TARGET; pass++)
		for (int32_t k = 0; k < ev->nactors; k++)
			if (w->role[k] == pass)
				actors[n++] = ev->actors[k];
	ev->nsource = 0;
	for (int32_t k = 0; k < ev->nactors; k++)
		ev->nsource += w->role[k] == ROLE_SOURCE;
	memcpy(ev->actors, actors, sizeof(int32_t) * (size_t) n);
	ev->reciprocal = reciprocal_type(ev->event_type);
}

int
nn_events_find(const NNTriggerSet *set, const NNEventInput *in, NNEvent **result)
{
	Output		out = {0};
	Sentence	s = {0};
	Local		l = {0};
	int32_t    *msorted,
			   *tsorted;
	int32_t		lead_end = -1;	/* events of the first sentence: out[0 .. lead_end) */
	int32_t		nvalid_sentences = 0;
	bool		seen_prose = false;	/* the lead is the first sentence of prose */
	Referents	ref = {-1, -1, -1, -1, -1, -1, {0}, 0};
	NNEvent    *events;

	*result = NULL;
	if (set == NULL || in->body == NULL || in->nsentences <= 0)
		return 0;

	s.body = in->body;
	msorted = nn_alloc(sizeof(int32_t) * (size_t) (in->nmentions + 1));
	tsorted = nn_alloc(sizeof(int32_t) * (size_t) (in->ntimexes + 1));
	for (int32_t k = 0; k < in->nmentions; k++)
		msorted[k] = k;
	for (int32_t k = 0; k < in->ntimexes; k++)
		tsorted[k] = k;
	sort_mentions = in->mentions;
	qsort(msorted, (size_t) in->nmentions, sizeof(int32_t), cmp_mention_qsort);
	sort_timexes = in->timexes;
	qsort(tsorted, (size_t) in->ntimexes, sizeof(int32_t), cmp_timex_qsort);
	l.in = in;
	l.set = set;
	l.ref = &ref;
	ref.president = first_president(in, msorted);
	ref.author = in->has_author && in->nmentions > 0 ? in->nmentions - 1 : -1;
	l.mention_idx = nn_alloc(sizeof(int32_t) * (size_t) (in->nmentions + 1));
	l.mention_tok = nn_alloc(sizeof(int32_t) * (size_t) (in->nmentions + 1));
	l.timex_idx = nn_alloc(sizeof(int32_t) * (size_t) (in->ntimexes + 1));
	l.timex_tok = nn_alloc(sizeof(int32_t) * (size_t) (in->ntimexes + 1));
	l.timex_claimed = nn_alloc(sizeof(int32_t) * (size_t) (in->ntimexes + 1));

	for (int32_t si = 0; si < in->nsentences; si++)
	{
		NNSpan		span = in->sentences[si];
		SentenceFacts facts = {false, -1};

		nn_work(1);
		if (span.start < 0 || span.end > in->body_len || span.end <= span.start
			|| span.end - span.start > EV_MAX_SENTENCE_BYTES)
			continue;
		ev_tokenize(in->body + span.start, span.end - span.start, &s.tokens);
		ev_tokens_index(set, &s.tokens);
		for (int32_t k = 0; k < s.tokens.n; k++)
		{
			s.tokens.tok[k].start += span.start;
			s.tokens.tok[k].end += span.start;
		}
		sentence_reserve(&s);
		if (s.tokens.n > 0)
		{
			int32_t		before = out.n;

			mark_cues(set, &s);
			mark_date_tokens(&s, in, tsorted, span.start, span.end);
			local_for(&l, in, msorted, tsorted, span.start, span.end, &s, set);
			note_we(&ref, &s, &l);
			note_turn(&ref, &s);
			note_speaker(&ref, &l, in->body, in->body_len);
			sentence_events(set, &s, &l, si, &out, &facts);
			for (int32_t o = before; o < out.n; o++)
				out.items[o].lead = !seen_prose;
			if (!seen_prose && prose_sentence(&s.tokens))
				note_lead(&ref, &l, &out, before);
			note_last_person(&ref, &l);
			seen_prose = seen_prose || prose_sentence(&s.tokens);
		}
		ev_tokens_free(&s.tokens);

		/*
		 * A lead sentence with no date of its own, followed by "Speaking ... late Sunday,
		 * X said": the report the lead sums up is dated by that sentence.
		 */
		if (s.tokens.n >= 0 && nvalid_sentences == 1 && lead_end > 0 && facts.report
			&& facts.first_timex >= 0)
		{
			for (int32_t o = 0; o < lead_end; o++)
			{
				Work	   *w = &out.items[o];

				if (w->source <= DATE_REPORT && shares_person(&w->ev, &l, in->mentions))
				{
					set_date_from_timex(&w->ev, &in->timexes[facts.first_timex], facts.first_timex);
					w->source = DATE_LEAD;
				}
			}
		}
		nvalid_sentences++;
		if (nvalid_sentences == 1)
			lead_end = out.n;
	}

	date_readout(&out, in->mentions, false);
	for (int32_t o = 0; o < out.n; o++)
		if (out.items[o].source == DATE_NONE && in->anchor != NN_NO_DATE)
			give_reference_time(&out.items[o], in->anchor);
	date_readout(&out, in->mentions, true);

	/* planned when its date is still ahead of the report */
	for (int32_t o = 0; o < out.n; o++)
	{
		NNEvent    *ev = &out.items[o].ev;

		if (ev->status == NN_EVENT_OCCURRED && in->anchor != NN_NO_DATE && ev->date_from != NN_NO_DATE
			&& ev->date_from > in->anchor)
			ev->status = NN_EVENT_PLANNED;
	}
	merge_body(&out, in->mentions);

	events = nn_alloc(sizeof(NNEvent) * (size_t) (out.n + 1));
	{
		int32_t		n = 0;

		for (int32_t o = 0; o < out.n; o++)
		{
			NNEvent    *ev = &out.items[o].ev;

			/* a summit's host is its place; it is its actor only when no one else is */
			if (out.items[o].host >= 0 && ev->nactors == 0)
				add_actor(&out.items[o], in->mentions, out.items[o].host, ROLE_SOURCE);
			if (out.items[o].host >= 0 && ev->location < 0)
				ev->location = out.items[o].host;
			if (ev->nactors == 0)
				continue;
			set_direction(&out.items[o]);
			if (ev->date_from == NN_NO_DATE && !in->include_undated)
				continue;
			if (out.items[o].source == DATE_CLAUSE)
				ev->confidence += 0.1f;
			ev->confidence += 0.05f * (float) (ev->mentions - 1);
			if (ev->confidence > 0.95f)
				ev->confidence = 0.95f;
			events[n++] = *ev;
		}
		nn_free(out.items);
		nn_free(s.mask);
		nn_free(s.clause);
		nn_free(msorted);
		nn_free(tsorted);
		nn_free(l.mention_idx);
		nn_free(l.mention_tok);
		nn_free(l.timex_idx);
		nn_free(l.timex_tok);
		nn_free(l.timex_claimed);
		if (n == 0)
		{
			nn_free(events);
			return 0;
		}
		*result = events;
		return n;
	}
}
