/*
 * text_fold.h: accent, case and script folding of UTF-8 text for matching.
 *
 * Every matcher in nato_news (gazetteer, text search, date words) compares folded
 * text, so "Çavuşoğlu", "CAVUSOGLU" and "Çavuşoğlu" meet as "cavusoglu", Turkish
 * "İstanbul" and "ıstanbul" as "istanbul", and "Столтенберг" as "stoltenberg".
 * Plain ASCII takes a fast path; ICU's transliterator is used only for the rest.
 */
#ifndef NN_TEXT_FOLD_H
#define NN_TEXT_FOLD_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Fold len bytes of UTF-8 at in into out (capacity outcap, always NUL-terminated when
 * outcap > 0). Returns the length the folded text needs (excluding the NUL), like
 * snprintf, so a caller can retry with a larger buffer; returns -1 when ICU fails or
 * the input is not valid UTF-8.
 */
long nn_fold(const char *in, size_t len, char *out, size_t outcap);

/* True when the bytes are all ASCII, so folding is a plain lower-casing. */
bool nn_is_ascii(const char *in, size_t len);

/* Release the cached ICU transliterator (tests and fuzzers; backends keep it). */
void nn_fold_release(void);

/*
 * Build the transliterator and the parts of it each script the gazetteer writes in needs
 * (Latin with accents, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian), as the first
 * fold of such text would: about 16 ms of ICU set-up. The postmaster does it when the
 * library is preloaded, so that every backend starts with it. False if ICU fails.
 */
bool nn_fold_warm(void);

#endif
