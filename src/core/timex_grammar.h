/*
 * timex_grammar.h: finding time expressions in text and normalising them, TimeML TIMEX3
 * style, against the publication date.
 */
#ifndef NN_TIMEX_GRAMMAR_H
#define NN_TIMEX_GRAMMAR_H

#include <stdint.h>

#include "civil_date.h"
#include "nlp_types.h"

/*
 * Find the time expressions of text (len bytes of UTF-8; invalid bytes are skipped).
 * anchor: the publication date in days since 2000-01-01, or NN_NO_DATE.
 * Returns how many were found; *out (allocated with nn_alloc, NULL when none) holds
 * them ordered by start, with byte offsets into text.
 */
int			nn_timex_find(const char *text, int32_t len, int32_t anchor, NNTimex **out);

#endif
