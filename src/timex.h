/*
 * timex.h: the glue's shared row builder for nato_news.timexes(), used by the text and
 * the article variants.
 */
#ifndef NN_TIMEX_GLUE_H
#define NN_TIMEX_GLUE_H

#include "postgres.h"

#include "fmgr.h"

/*
 * True if both ends of a resolved interval are dates PostgreSQL can store and read back
 * (4714-11-24 BC to 5874897-12-31). The grammar counts from the anchor without that
 * limit, so "next week" after 5874897-12-28 lands beyond it; such an interval is given
 * as unknown (NULL) rather than as dates that no input function accepts.
 */
bool		timex_interval_readable(int32 date_from, int32 date_to);
void		timex_interval_nulls(int32 date_from, int32 date_to, bool *from_null, bool *to_null);

/* Fill the materialized result of a timexes() call from body (server encoding). */
void		timex_rows(FunctionCallInfo fcinfo, const char *body, int32 body_len, int32 anchor);

#endif
