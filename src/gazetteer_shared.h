/*
 * gazetteer_shared.h: built gazetteer matchers shared between backends of a preloaded
 * library (see gazetteer_shared.c).
 */
#ifndef NN_GAZETTEER_SHARED_H
#define NN_GAZETTEER_SHARED_H

#include "postgres.h"

#include "gz_matcher.h"

/* From _PG_init while the postmaster preloads the library: reserve the slot table. */
void		nn_shared_matchers_request(void);

/* True when the slot table exists (the library was preloaded). */
bool		nn_shared_matchers_enabled(void);

/*
 * The matcher of this database at gazetteer revision `revision`, copied into the current
 * memory context; NULL when no backend has published it.
 */
NNGzMatcher *nn_shared_matcher_read(uint64 revision);

/*
 * Offer a matcher built at `revision` to the other backends of this database. Never
 * fails the caller: a failure is logged and the matcher stays this backend's own.
 */
void		nn_shared_matcher_publish(uint64 revision, const NNGzMatcher *gz);

/*
 * The gazetteer's revision as the current snapshot sees it, in *revision; false when the
 * database has no revision row (a version before 1.4) or the current transaction wrote
 * it (its uncommitted gazetteer is its own). Call inside SPI.
 */
bool		nn_gazetteer_revision(uint64 *revision);

/* Before a statement changes the gazetteer: a new revision, this transaction's. */
void		nn_gazetteer_revision_bump(void);

#endif
