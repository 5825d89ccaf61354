/*
 * timeline_words.h: the words of a merged event, from those of its reports' sentences.
 */
#ifndef NN_TIMELINE_WORDS_H
#define NN_TIMELINE_WORDS_H

#include "postgres.h"

#include "tsearch/ts_type.h"

/* The union of the tsvectors datums[0..n-1], each sentence's positions after the last's;
 * always a new allocation. */
extern TSVector nn_words_union(Datum *datums, int n);

#endif
