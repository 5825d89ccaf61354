/*
 * timex.h: the glue's shared row builder for nato_news.timexes(), used by the text and
 * the article variants.
 */
#ifndef NN_TIMEX_GLUE_H
#define NN_TIMEX_GLUE_H

#include "postgres.h"

#include "fmgr.h"

/* Fill the materialized result of a timexes() call from body (server encoding). */
void		timex_rows(FunctionCallInfo fcinfo, const char *body, int32 body_len, int32 anchor);

#endif
