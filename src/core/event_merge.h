/*
 * event_merge.h: when two reports tell of one real-world event (the timeline merge
 * policy), keyed on the kind and name of their actors.
 *
 * Two reports of one event type whose dates overlap are one event when their actors
 * meet: a shared person when both name people, and two shared actors unless one side
 * names only one (or both name the same single day, when one shared actor is enough).
 * A side that names no one but the focus entity (the timeline's "who") fits any.
 * Without a focus the test is symmetric and depends on the two reports only, so merged
 * events can be kept in a table instead of being merged at query time.
 */
#ifndef NN_EVENT_MERGE_H
#define NN_EVENT_MERGE_H

#include <stdbool.h>
#include <stdint.h>

#include "nlp_types.h"

typedef struct NNActorRef
{
	NNEntityKind kind;
	const char *name;			/* not NUL-terminated */
	int32_t		name_len;
} NNActorRef;

bool		nn_actor_eq(const NNActorRef *a, const NNActorRef *b);

/*
 * Do reports with these actors tell of one event? who: the focus entity, or NULL.
 * same_day: both are dated to the same single day.
 */
bool		nn_merge_actors_compatible(const NNActorRef *a, int na, const NNActorRef *b, int nb,
									   const NNActorRef *who, bool same_day);

/* The whole test: type, overlapping dates (days, inclusive), actors. */
bool		nn_merge_same_event(const char *type_a, int32_t from_a, int32_t to_a,
								const NNActorRef *a, int na,
								const char *type_b, int32_t from_b, int32_t to_b,
								const NNActorRef *b, int nb, const NNActorRef *who);

#endif
