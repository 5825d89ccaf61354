/*
 * sentence_split.h: sentence boundaries in cleaned article text.
 *
 * News prose is full of periods that end nothing ("Sept. 10", "U.S. officials",
 * "Gen. Milley", "Jens J. Stoltenberg"), quotes that close after the period, and
 * ellipses inside sentences. The splitter is a single forward scan with a small
 * abbreviation lexicon; it never looks further than the next word.
 */
#ifndef NN_SENTENCE_SPLIT_H
#define NN_SENTENCE_SPLIT_H

#include <stdint.h>

#include "nlp_types.h"

/*
 * Split len bytes of text into sentences; returns their number and stores an
 * nn_alloc'd array of byte spans (trimmed of surrounding white space) in *out.
 * A line break always ends a sentence: the article parser keeps one paragraph a line.
 */
int32_t		nn_split_sentences(const char *text, int32_t len, NNSpan **out);

#endif
