/*
 * gazetteer.h: the per-backend gazetteer matcher and what the glue does with it.
 *
 * The matcher is built from the gazetteer_* catalog tables on first use and rebuilt
 * after any change to them (a statement trigger sends a relcache invalidation for the
 * table, which every backend receives).
 */
#ifndef NN_GAZETTEER_H
#define NN_GAZETTEER_H

#include "postgres.h"

#include "fmgr.h"

#include "gz_matcher.h"
#include "nlp_types.h"

/* The current matcher; never NULL (errors out when the catalog cannot be read). */
const NNGzMatcher *gazetteer_matcher(void);

/*
 * Entity mentions in body, palloc'd in CurrentMemoryContext, in text order. sentences
 * (byte spans) may be NULL/0: the text is then split crudely. anchor_days: days since
 * 2000-01-01 (the DateADT epoch) for resolving office titles, or NN_NO_DATE.
 */
NNMention  *gazetteer_find_mentions(const char *body, int32 body_len, const NNSpan *sentences,
									int32 nsentences, int32 anchor_days, int *nmentions);

/*
 * The SQL functions' bodies, shared by the text and article variants: emit the rows of
 * mentions() into fcinfo's materialized result (positions in characters, 0-based, end
 * exclusive; sentences numbered from 1), or build entities()' sorted distinct entity[].
 */
void		mentions_emit(FunctionCallInfo fcinfo, const char *body, int32 body_len,
						  const NNSpan *sentences, int32 nsentences, int32 anchor);
Datum		entities_array(const char *body, int32 body_len, const NNSpan *sentences,
						   int32 nsentences, int32 anchor);

/* The catalogued entity a kind:Name in a query names (another spelling of one entity
 * of that kind reads as it); the entity itself when canonical, unknown or ambiguous. */
Datum		gazetteer_query_entity(Datum entity);

#endif
