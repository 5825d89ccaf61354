/*
 * catalog_cache.c: generations and memory contexts of the catalog caches (see
 * catalog_cache.h). One relcache callback serves every watch.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "access/xact.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/acl.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"

#include "catalog_cache.h"

static CatalogWatch *watches = NULL;
static bool callback_registered = false;

static void
watch_relcache_callback(Datum arg, Oid relid)
{
	for (CatalogWatch *w = watches; w != NULL; w = w->next)
	{
		/* InvalidOid: every relation, and the tables may have been recreated */
		if (!OidIsValid(relid))
		{
			w->generation++;
			w->resolved = false;
			continue;
		}
		for (int i = 0; i < CATALOG_WATCH_MAX_TABLES && w->tables[i] != NULL; i++)
			if (w->relids[i] == relid)
			{
				w->generation++;
				/* the table may have been dropped (and a new one made): look it up again */
				w->resolved = false;
				break;
			}
	}
}

static void
watch_register(CatalogWatch *watch)
{
	for (CatalogWatch *w = watches; w != NULL; w = w->next)
		if (w == watch)
			return;
	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(watch_relcache_callback, (Datum) 0);
		callback_registered = true;
	}
	watch->next = watches;
	watches = watch;
	/* a cache never built is out of date at generation 0 */
	watch->generation = Max(watch->generation, 1);
}

uint64
catalog_watch_generation(CatalogWatch *watch)
{
	watch_register(watch);
	if (!watch->resolved)
	{
		Oid			nsp = get_namespace_oid("nato_news", true);

		for (int i = 0; i < CATALOG_WATCH_MAX_TABLES && watch->tables[i] != NULL; i++)
			watch->relids[i] = OidIsValid(nsp) ? get_relname_relid(watch->tables[i], nsp) : InvalidOid;
		watch->resolved = true;
	}
	return watch->generation;
}

void
catalog_watch_touch(CatalogWatch *watch)
{
	watch_register(watch);
	watch->generation++;
}

MemoryContext
catalog_watch_new_context(CatalogWatch *watch)
{
	MemoryContext cxt = AllocSetContextCreate(CacheMemoryContext, "nato_news catalog cache",
											  ALLOCSET_DEFAULT_SIZES);

	/* the watch's name is a static string: it outlives the context */
	MemoryContextSetIdentifier(cxt, watch->name);
	return cxt;
}

void
catalog_watch_install(CatalogWatch *watch, MemoryContext built)
{
	if (watch->context != NULL && watch->context != built)
		MemoryContextDelete(watch->context);
	watch->context = built;
}

bool
catalog_watch_shareable(CatalogWatch *watch)
{
	(void) catalog_watch_generation(watch);
	for (int i = 0; i < CATALOG_WATCH_MAX_TABLES && watch->tables[i] != NULL; i++)
	{
		Oid			relid = watch->relids[i];

		bool		missing = false;

		if (!OidIsValid(relid) ||
			pg_class_aclcheck_ext(relid, GetUserId(), ACL_SELECT, &missing) != ACLCHECK_OK ||
			missing || check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
			return false;
	}
	return true;
}

void
catalog_build_record(CatalogBuild *build, CatalogWatch *watch, uint64 generation)
{
	build->generation = generation;
	build->role = GetUserId();
	build->shareable = catalog_watch_shareable(watch);
	build->xact = IsolationUsesXactSnapshot() ? MyProc->lxid : InvalidLocalTransactionId;
}

bool
catalog_build_current(const CatalogBuild *build, CatalogWatch *watch, uint64 generation)
{
	if (build->generation == 0 || build->generation != generation)
		return false;
	if (build->xact != InvalidLocalTransactionId && build->xact != MyProc->lxid)
		return false;
	if (build->role != GetUserId() && !(build->shareable && catalog_watch_shareable(watch)))
		return false;
	return true;
}

bool
catalog_watch_has_table(CatalogWatch *watch, Oid relid)
{
	(void) catalog_watch_generation(watch);
	for (int i = 0; i < CATALOG_WATCH_MAX_TABLES && watch->tables[i] != NULL; i++)
		if (OidIsValid(relid) && watch->relids[i] == relid)
			return true;
	return false;
}
