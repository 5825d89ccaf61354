/*
 * catalog_cache.h: per-backend caches built from catalog tables of the extension.
 *
 * The gazetteer matcher, the compiled event triggers and the text search dictionary's
 * aliases are each built from a few nato_news tables. A change to such a table (a
 * statement trigger, TRUNCATE or DDL sends a relcache invalidation for it) bumps the
 * generation of every watch naming the table; a cache compares the generation it was
 * built at with the watch's and rebuilds on its next use, never in the callback (an
 * invalidation can arrive while the old value is in use). Each cache keeps its value
 * in its own memory context under CacheMemoryContext, replaced on rebuild.
 */
#ifndef NN_CATALOG_CACHE_H
#define NN_CATALOG_CACHE_H

#include "postgres.h"

#define CATALOG_WATCH_MAX_TABLES 8

typedef struct CatalogWatch
{
	const char *name;			/* for the memory context */
	const char *tables[CATALOG_WATCH_MAX_TABLES];	/* in schema nato_news, NULL-ended */
	/* the rest is kept by catalog_cache.c */
	Oid			relids[CATALOG_WATCH_MAX_TABLES];
	bool		resolved;
	uint64		generation;		/* bumped by each change to a watched table */
	MemoryContext context;		/* the current value's */
	struct CatalogWatch *next;
} CatalogWatch;

/*
 * The watch's generation now (resolving its tables on first use). A cache built at this
 * generation is current while the generation stays the same.
 */
uint64		catalog_watch_generation(CatalogWatch *watch);

/* Treat the watched tables as changed in this backend (after writing them). */
void		catalog_watch_touch(CatalogWatch *watch);

/*
 * A new empty memory context for a rebuilt value; the previous value's context is
 * deleted by catalog_watch_install once the new value is complete.
 */
MemoryContext catalog_watch_new_context(CatalogWatch *watch);
void		catalog_watch_install(CatalogWatch *watch, MemoryContext built);

/*
 * Whether a value built from the watched tables may be shared with other roles' backends:
 * the current role can read every table and no row security applies to it, so what it
 * reads is what any other such role reads.
 */
bool		catalog_watch_shareable(CatalogWatch *watch);

/*
 * What a cached value was read under, besides the generation: the role (row security
 * may have hidden rows from it), whether that role could read every row, and, under a
 * transaction snapshot (REPEATABLE READ, SERIALIZABLE), the transaction, whose snapshot
 * may predate changes committed since.
 */
typedef struct CatalogBuild
{
	uint64		generation;		/* 0: nothing built */
	Oid			role;
	bool		shareable;
	LocalTransactionId xact;	/* InvalidLocalTransactionId: not under a transaction snapshot */
} CatalogBuild;

/* Record that a value was built now, at generation, by the current role. */
void		catalog_build_record(CatalogBuild *build, CatalogWatch *watch, uint64 generation);

/*
 * Whether a value recorded in build may serve this call at generation: the tables did
 * not change, it was not read under another transaction's snapshot, and it was read by
 * the current role, or both that role and the current one read every row.
 */
bool		catalog_build_current(const CatalogBuild *build, CatalogWatch *watch, uint64 generation);

/* Whether relid is one of the watched tables. */
bool		catalog_watch_has_table(CatalogWatch *watch, Oid relid);

#endif
