/*
 * event_internal.h: what event_triggers.c (tokens, compiled patterns) shares with
 * event_rules.c (the rules). Not part of the core's interface.
 */
#ifndef NN_EVENT_INTERNAL_H
#define NN_EVENT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "event_rules.h"

/* A word or a punctuation mark of a body; text is lower-cased ASCII, quotes as '"'. */
typedef struct EvToken
{
	int32_t		start;			/* byte offsets in the body */
	int32_t		end;
	const char *text;			/* NUL-terminated, in the tokenizer's arena */
	int32_t		len;
	bool		punct;
	/* filled by ev_tokens_index() from the trigger set's word dictionary */
	int32_t		word;			/* dictionary id of the word, -1 when unknown */
	int32_t		lemma;			/* dictionary id of the lemma it inflects, else word */
	uint64_t	classes;		/* word classes it belongs to, one bit each */
	bool		skippable;		/* an adverb or date word a pattern may step over */
	bool		in_date;		/* inside a time expression: a pattern may step over it,
								 * but no trigger word is one ("held talks in March") */
} EvToken;

typedef struct EvTokens
{
	EvToken    *tok;
	int32_t		n;
	char	   *arena;
} EvTokens;

void		ev_tokenize(const char *body, int32_t len, EvTokens *out);
void		ev_tokens_free(EvTokens *tokens);

/* Look every word of tokens up in the set's dictionary (before any matching). */
void		ev_tokens_index(const NNTriggerSet *set, EvTokens *tokens);

/* What a cue row tells the rules. */
typedef enum EvCue
{
	CUE_NONE = 0,
	CUE_REPORT,					/* said, told, according to: the report time is known */
	CUE_LIGHT,					/* held, hosted, took place: a noun trigger happened */
	CUE_PLANNED,				/* will, plans to, is set to: anywhere in the clause */
	CUE_PLANNED_NEXT,			/* ahead of, upcoming: only what directly follows */
	CUE_NEGATION,				/* not, never: the event is denied */
	CUE_MODAL,					/* can, may, want to: not an event (yet) */
	CUE_REPORTED,				/* reportedly, allegedly */
	CUE_DEFINITE,				/* the, its, such: a noun refers back */
	CUE_INDEFINITE,				/* a, an: a noun introduces something */
	CUE_BOUNDARY,				/* that, which, after: a new clause */
	CUE_CONTRAST,				/* but: a new clause with its own predicate, never content */
	CUE_SINCE,					/* since: a date that starts a state, not an event */
	CUE_UNTIL,					/* until, through: a date that ends a state, not an event */
	CUE_RECENT,					/* "his recent visit": a noun event of the last weeks */
	CUE_CAPTION,				/* (Reuters Photo): not a sentence of the story */
	CUE_PERFECT,				/* has, have, had, is, was: not a simple-tense speech act */
	CUE_INFINITIVE,				/* to: a verb under another verb */
	CUE_CONDITION,				/* unless, if: what the clause says may never happen */
	CUE_PRONOUN,				/* he, she opening a clause: the person named last */
	CUE_PROTAGONIST,			/* "the President" opening a clause: the lead's person */
	CUE_PARTICIPANTS,			/* "the two leaders", "the parties": the lead meeting's sides */
	CUE_WE,						/* we, our opening a clause: who "We, the leaders of X" named */
	CUE_I,						/* I, my opening a clause: the speaker of a transcript's turn */
	CUE_DOMESTIC,				/* "signed an executive order": a domestic act, no agreement */
	CUE__COUNT
} EvCue;

#define EV_FLAG_NOUN			0x01
#define EV_FLAG_SPEECH			0x02
#define EV_FLAG_ABSORBS			0x04
#define EV_FLAG_ABSORBS_NEXT	0x08
#define EV_FLAG_PLANNED			0x10	/* its own words plan it: "agreed to impose sanctions" */
#define EV_FLAG_HOSTS			0x20	/* "welcomed Erdogan to Athens": a person received at a
										 * place makes it the CONSULT "host" row's event */

typedef enum EvPatKind
{
	PAT_EXACT,					/* "talks": this word */
	PAT_LEMMA,					/* "arrest+": any inflection of it */
	PAT_PREFIX,					/* "visit*": a word starting so */
	PAT_CLASS,					/* "@aid": a word of that class */
	PAT_GAP						/* "...": up to EV_MAX_GAP words */
} EvPatKind;

typedef struct EvPatTok
{
	const char *word;
	int32_t		len;
	EvPatKind	kind;
	int32_t		id;				/* dictionary id (exact, lemma) or class bit (class) */
} EvPatTok;

typedef struct EvPattern
{
	EvPatTok   *toks;
	int32_t		ntoks;
	const char *event_type;		/* NULL for a cue */
	const char *mode;
	EvCue		cue;
	uint32_t	flags;
} EvPattern;

/* One word of the dictionary: a pattern word, an inflection, a class member. */
typedef struct EvWord
{
	int32_t		off;			/* text at word_strings + off, NUL-terminated */
	int32_t		len;
	int32_t		lemma;			/* id of the word it inflects (itself for a base) */
	uint64_t	classes;
	uint8_t		skip;			/* 0, EV_SKIP_WORD or EV_SKIP_LEAD */
} EvWord;

#define EV_SKIP_WORD	1		/* "today", "Monday", "jointly": always skippable */
#define EV_SKIP_LEAD	2		/* "on", "last": skippable before a skippable word */
#define EV_MAX_CLASSES	64

/*
 * The compiled table: a word dictionary (open hashing) and, for each word id, the
 * patterns whose first word is that word or an inflection of it; patterns that open with
 * a prefix or a class are tried everywhere (few).
 */
struct NNTriggerSet
{
	EvPattern  *patterns;
	int32_t		npatterns;
	EvWord	   *words;
	int32_t		nwords;
	int32_t		words_cap;
	int32_t    *hash;			/* word ids, -1 empty; size hash_cap (a power of 2) */
	int32_t		hash_cap;
	int32_t    *first_start;	/* nwords + 1 entries: CSR index into first_list */
	int32_t    *first_list;
	int32_t    *wild;			/* patterns opening with a prefix or a class */
	int32_t		nwild;
	char	   *class_names[EV_MAX_CLASSES];
	int32_t		nclasses;
	char	   *strings;		/* the patterns' strings (types, modes) */
	char	   *word_strings;	/* the dictionary's strings */
	int32_t		word_bytes;
	int32_t		word_bytes_cap;
};

#define EV_MAX_GAP 6
#define EV_MAX_PATTERN_WORDS 12

/*
 * Longest pattern matching at token i without leaving [i, limit); cue_only / events_only
 * select the rows. Returns the pattern index or -1; *end is one past the last token.
 */
int			ev_match_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit,
						bool cues, int32_t *end);

/* All cue patterns matching at i, as a bit mask of (1 << EvCue), and the furthest end. */
uint32_t	ev_cues_at(const NNTriggerSet *set, const EvTokens *tokens, int32_t i, int32_t limit,
					   int32_t *ends);

#endif
