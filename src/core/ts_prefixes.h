/*
 * ts_prefixes.h: bound English prefixes that join a hyphenated compound into one word.
 *
 * "de-confliction", "co-operation" and "non-proliferation" are also written solid, so
 * the configuration indexes them joined; other compounds ("Secretary-General") are
 * indexed as their parts, like the same words written apart. The list itself lives in
 * ts_prefixes.c.
 */
#ifndef NN_TS_PREFIXES_H
#define NN_TS_PREFIXES_H

#include <stdbool.h>
#include <stddef.h>

/* True when the folded (lower-case ASCII) part is a bound prefix. */
bool		nn_ts_bound_prefix(const char *part, size_t len);

#endif
