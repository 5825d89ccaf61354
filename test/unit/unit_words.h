/*
 * unit_words.h: the shipped context vocabulary for the unit tests.
 */
#ifndef NN_UNIT_WORDS_H
#define NN_UNIT_WORDS_H

#include "gz_matcher.h"

/*
 * Adds the rows of data/context_words.tsv (name particles, verbs of saying) to gz, as
 * gazetteer_word gives them to the matcher in the server; returns how many, or -1 when
 * the file cannot be read or names a role the matcher does not know.
 */
int			unit_add_context_words(NNGzMatcher *gz);

#endif
