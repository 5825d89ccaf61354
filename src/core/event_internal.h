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
} EvToken;

typedef struct EvTokens
{
	EvToken    *tok;
	int32_t		n;
	char	   *arena;
} EvTokens;

void		ev_tokenize(const char *body, int32_t len, EvTokens *out);
void		ev_tokens_free(EvTokens *tokens);

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
	CUE_CAPTION,				/* (Reuters Photo): not a sentence of the story */
	CUE_PERFECT,				/* has, have, had, is, was: not a simple-tense speech act */
	CUE_INFINITIVE,				/* to: a verb under another verb */
	CUE__COUNT
} EvCue;

#define EV_FLAG_NOUN			0x01
#define EV_FLAG_SPEECH			0x02
#define EV_FLAG_ABSORBS			0x04
#define EV_FLAG_ABSORBS_NEXT	0x08

typedef enum EvPatKind
{
	PAT_EXACT,
	PAT_PREFIX,
	PAT_GAP
} EvPatKind;

typedef struct EvPatTok
{
	const char *word;
	int32_t		len;
	EvPatKind	kind;
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

struct NNTriggerSet
{
	EvPattern  *patterns;
	int32_t		npatterns;
	int32_t    *bucket_start;	/* 257 entries: patterns by first byte of first word */
	int32_t    *by_bucket;
	char	   *strings;		/* every string the patterns point to */
};

#define EV_MAX_GAP 6

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
