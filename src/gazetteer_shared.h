/*
 * gazetteer_shared.h: what backends of a preloaded library build from the gazetteer and
 * share, as images in shared memory (see gazetteer_shared.c).
 */
#ifndef NN_GAZETTEER_SHARED_H
#define NN_GAZETTEER_SHARED_H

#include "postgres.h"

/* From _PG_init while the postmaster preloads the library: reserve the slot table. */
void		nn_shared_matchers_request(void);

/* What a shared image holds: one of each per database. */
typedef enum NNSharedKind
{
	NN_SHARED_MATCHER,			/* the gazetteer matcher (src/core/gz_image.c) */
	NN_SHARED_DICTIONARY,		/* the aliases of nato_news.diplomatic (tsearch_dict.c) */
	NN_SHARED_TRIGGERS			/* the compiled event triggers (src/core/trigger_image.c) */
} NNSharedKind;

/* What an image was built from: the revision of the gazetteer and the event trigger
 * table, and the state of the triggers that move it. */
typedef struct NNSharedKey
{
	uint64		revision;		/* nn_gazetteer_revision */
	uint64		triggers;		/* nn_gazetteer_revision_kept */
} NNSharedKey;

/*
 * The key of what this backend would build now, in *key; false when it may not share:
 * the library is not preloaded, the revision is not kept, or this transaction wrote it.
 * Call inside SPI, with the snapshot the build reads.
 */
bool		nn_shared_key(NNSharedKey *key);

/*
 * A copy, palloc'd in the current memory context, of this database's image of `kind`
 * built at `key`, its length in *len; NULL when no backend published it.
 */
char	   *nn_shared_fetch(NNSharedKind kind, const NNSharedKey *key, Size *len);

/*
 * Offer an image of `kind` built at `key` to the other backends of this database.
 * Never fails the caller: a failure is logged and the backend keeps its own.
 */
void		nn_shared_offer(NNSharedKind kind, const NNSharedKey *key, const char *image,
							Size len);

/*
 * The gazetteer's revision as the current snapshot sees it, in *revision; false when the
 * database has no revision row (a version before 1.4) or the current transaction wrote
 * it (its uncommitted gazetteer is its own). Call inside SPI.
 */
bool		nn_gazetteer_revision(uint64 *revision);

/* Before a statement changes the gazetteer or the event triggers: a new revision, this
 * transaction's. */
void		nn_gazetteer_revision_bump(void);

/*
 * Whether the revision moves with every change: the revision trigger is enabled on every
 * gazetteer table and on the event trigger table (gazetteer.c). Nothing is shared
 * otherwise. *state identifies the triggers' rows as they are, part of every image's key.
 */
bool		nn_gazetteer_revision_kept(uint64 *state);

#endif
