/*
 * event_rules.h: who did what to whom, when: events from a body, its sentences, entity
 * mentions and time expressions.
 *
 * The rules are driven by a trigger table (data/event_triggers.tsv, loaded into the
 * catalog table nato_news.event_trigger): event triggers ("phone call" -> CONSULT),
 * and cue words that steer the rules (reporting verbs, light verbs, modal and planning
 * words, clause boundaries). The code holds only the general logic: clauses, status,
 * the date that governs an event, its actors, and merging repeated mentions of one event.
 */
#ifndef NN_EVENT_RULES_H
#define NN_EVENT_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp_types.h"

/* One row of the trigger table, as read from data or the catalog. */
typedef struct NNTriggerRow
{
	const char *pattern;		/* words; "visit*" prefix, "..." gap of up to 6 words */
	const char *event_type;		/* PLOVER type, or "-" for a cue */
	const char *mode;			/* short label; for a cue, its kind */
	const char *flags;			/* comma separated: noun, speech, absorbs, absorbs_next */
} NNTriggerRow;

typedef struct NNTriggerSet NNTriggerSet;

/*
 * Compile rows into a matcher (everything copied). On a bad row returns NULL and writes
 * a message naming the row into err.
 */
NNTriggerSet *nn_triggers_build(const NNTriggerRow *rows, int nrows, char *err, size_t errcap);

/* The same from TSV text: pattern, type, mode, flags per line; '#' starts a comment. */
NNTriggerSet *nn_triggers_parse_tsv(const char *text, size_t len, char *err, size_t errcap);

void		nn_triggers_free(NNTriggerSet *set);
int			nn_triggers_count(const NNTriggerSet *set);

/*
 * The compiled table as one block of bytes (src/core/trigger_image.c), for sharing it
 * between processes of the same library: nn_triggers_image_write returns the bytes it
 * needs and writes them when cap is at least that; nn_triggers_image_read returns a new
 * set that matches as the one written, or NULL when the block is not a whole image of
 * this library's layout.
 */
size_t		nn_triggers_image_write(const NNTriggerSet *set, void *buf, size_t cap);
NNTriggerSet *nn_triggers_image_read(const void *image, size_t len);

typedef enum NNEventStatus
{
	NN_EVENT_OCCURRED,
	NN_EVENT_PLANNED,
	NN_EVENT_DENIED,
	NN_EVENT_REPORTED
} NNEventStatus;

const char *nn_event_status_name(NNEventStatus status);

typedef struct NNEventInput
{
	const char *body;
	int32_t		body_len;
	const NNSpan *sentences;	/* byte spans into body, in order */
	int32_t		nsentences;
	const NNMention *mentions;	/* in body order */
	int32_t		nmentions;
	const NNTimex *timexes;		/* in body order */
	int32_t		ntimexes;
	int32_t		anchor;			/* publication date (days since 2000-01-01) or NN_NO_DATE */
	bool		include_undated;	/* keep events no date could be given to */
	/*
	 * The last mention is the author the article's title names ("Statement from President
	 * Joe Biden"), empty at the end of the body: the body's "I" and "we" unless a
	 * transcript turn or "We, the leaders of" says otherwise.
	 */
	bool		has_author;
} NNEventInput;

#define NN_EVENT_MAX_ACTORS 8

typedef struct NNEvent
{
	const char *event_type;		/* PLOVER type; points into the trigger set */
	const char *mode;			/* label; points into the trigger set */
	NNEventStatus status;
	int32_t		sentence;		/* sentence index of the first mention */
	int32_t		start;			/* byte offsets of the trigger */
	int32_t		end;
	int32_t		nactors;
	int32_t		actors[NN_EVENT_MAX_ACTORS];	/* mention indices, one per entity */
	/*
	 * Direction: actors[0 .. nsource) acted (the source), actors[nsource .. nactors) were
	 * acted on (the target). A reciprocal event (talks, an agreement) has every actor on
	 * both sides: reciprocal is true and the glue reports all actors as source and target.
	 */
	int32_t		nsource;
	bool		reciprocal;
	int32_t		location;		/* mention index of a place, or -1 */
	int32_t		timex;			/* index of the governing timex, or -1 */
	int32_t		date_from;		/* NN_NO_DATE when the event has no date */
	int32_t		date_to;
	char		date_value[NN_TIMEX_VALUE_MAX];	/* TIMEX3 value, "" when none */
	int32_t		mentions;		/* how many mentions in the body were merged into it */
	float		confidence;
} NNEvent;

/*
 * Find the events of one body. Returns how many; *out is an nn_alloc'ed array (NULL when
 * none), ordered by position. Never fails on odd input: offsets out of range are ignored.
 */
int			nn_events_find(const NNTriggerSet *set, const NNEventInput *input, NNEvent **out);

#endif
