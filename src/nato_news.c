/*
 * nato_news.c: the module's one PG_MODULE_MAGIC, its load-time set-up and its version
 * function. Each type and feature has its own file.
 */
#include "postgres.h"

#include "catalog/pg_class.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/syscache.h"

#include "gazetteer_shared.h"
#include "nn_interrupts.h"
#include "nn_module.h"
#include "nn_palloc.h"
#include "nn_settings.h"
#include "text_fold.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Every parser of the extension reads UTF-8. CREATE EXTENSION loads the library when the
 * 1.0 script declares its first C function, so refusing at load stops the install at its
 * first statement, before any half-usable object exists (a check in an SQL script would
 * run after the 1.0 objects are made, and fail on their data instead). A preloaded
 * library loads outside any database, so the article parser asks again.
 */
void
nn_require_utf8_database(void)
{
	if (OidIsValid(MyDatabaseId) && GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("nato_news requires a UTF8 database, this one is %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8' (CREATE DATABASE news ENCODING 'UTF8' TEMPLATE template0).")));
}

Oid
nn_relation_owner(Oid relid)
{
	HeapTuple	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

void
nn_run_as(Oid owner, int flags, void (*fn) (Datum arg), Datum arg)
{
	Oid			save_userid;
	int			save_sec_context;

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner, save_sec_context | SECURITY_LOCAL_USERID_CHANGE | flags);
	PG_TRY();
	{
		fn(arg);
	}
	PG_FINALLY();
	{
		SetUserIdAndSecContext(save_userid, save_sec_context);
	}
	PG_END_TRY();
}

void
_PG_init(void)
{
	nn_require_utf8_database();
	nn_install_palloc();
	nn_install_interrupt_check();
	DefineCustomIntVariable("nato_news.timeline_merge_articles",
							"How many extracted articles CALL nato_news.refresh() places on the merged timeline at once.",
							"A larger chunk merges faster and holds more in memory: about 28 MB per 1,000 articles.",
							&nn_timeline_merge_articles, 10000, 1, 1000000,
							PGC_USERSET, 0, NULL, NULL, NULL);
	MarkGUCPrefixReserved("nato_news");

	/*
	 * Preloaded (shared_preload_libraries), the postmaster sets up ICU's transliterator
	 * here and every backend inherits it; loaded on first use, the first fold of
	 * non-ASCII text in each backend pays for it instead. The catalog caches need a
	 * database: the gazetteer matcher is built by the first backend of each database and
	 * shared through shared memory (gazetteer_shared.c); the others are per backend.
	 */
	if (process_shared_preload_libraries_in_progress)
		nn_shared_matchers_request();
	if (process_shared_preload_libraries_in_progress && !nn_fold_warm())
		ereport(WARNING,
				(errmsg("nato_news could not set up ICU's transliterator at start-up"),
				 errdetail("Each backend will try again when it first folds non-ASCII text.")));
}

PG_FUNCTION_INFO_V1(nn_library_version);
/*
 * The newest extension version the loaded library was built for (it serves the older
 * scripts too), to spot a stale install: it equals extversion after CREATE EXTENSION.
 */
Datum
nn_library_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(NN_EXTVERSION));
}
