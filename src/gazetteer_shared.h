/*
 * gazetteer_shared.h: what backends of a preloaded library build from the gazetteer and
 * share, as images in shared memory (see gazetteer_shared.c).
 */
#ifndef NN_GAZETTEER_SHARED_H
#define NN_GAZETTEER_SHARED_H

#include "postgres.h"

/* From _PG_init while the postmaster preloads the library: reserve the slot table. */
void		nn_shared_matchers_request(void);

/* True when the slot table exists (the library was preloaded). */
bool		nn_shared_matchers_enabled(void);

/* What a shared image holds: one of each per database. */
typedef enum NNSharedKind
{
	NN_SHARED_MATCHER,			/* the gazetteer matcher (src/core/gz_image.c) */
	NN_SHARED_DICTIONARY		/* the aliases of nato_news.diplomatic (tsearch_dict.c) */
} NNSharedKind;

/*
 * A copy, palloc'd in the current memory context, of this database's image of `kind` at
 * gazetteer revision `revision` and revision-trigger state `triggers`
 * (nn_gazetteer_revision_kept), its length in *len; NULL when no backend published it.
 */
char	   *nn_shared_fetch(NNSharedKind kind, uint64 revision, uint64 triggers, Size *len);

/*
 * Offer an image of `kind` built at `revision` to the other backends of this database.
 * Never fails the caller: a failure is logged and the backend keeps its own.
 */
void		nn_shared_offer(NNSharedKind kind, uint64 revision, uint64 triggers,
							const char *image, Size len);

/*
 * The gazetteer's revision as the current snapshot sees it, in *revision; false when the
 * database has no revision row (a version before 1.4) or the current transaction wrote
 * it (its uncommitted gazetteer is its own). Call inside SPI.
 */
bool		nn_gazetteer_revision(uint64 *revision);

/* Before a statement changes the gazetteer: a new revision, this transaction's. */
void		nn_gazetteer_revision_bump(void);

/*
 * Whether the revision moves with every change: the revision trigger is enabled on every
 * gazetteer table (gazetteer.c). Nothing is shared otherwise. *state identifies the
 * triggers' rows as they are, part of every image's key.
 */
bool		nn_gazetteer_revision_kept(uint64 *state);

#endif
