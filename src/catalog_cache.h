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

/* Whether relid is one of the watched tables. */
bool		catalog_watch_has_table(CatalogWatch *watch, Oid relid);

#endif
