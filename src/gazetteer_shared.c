/*
 * gazetteer_shared.c: what backends build from the gazetteer, built once per database.
 *
 * Every backend builds its gazetteer matcher, and loads the aliases of the
 * nato_news.diplomatic dictionary, from the gazetteer tables on first use: tens of
 * milliseconds each, most of it ICU folding aliases, paid again by each new connection;
 * and compiles the event trigger table, a few milliseconds more. With the library in
 * shared_preload_libraries, the first backend to build one writes it as an image (the
 * matcher's: src/core/gz_image.c; the dictionary's: tsearch_dict.c; the triggers':
 * src/core/trigger_image.c) into a dynamic shared memory segment; later backends copy
 * the image instead of building. A small table in the main shared memory, sized at
 * start-up, names the segment of each database and kind.
 *
 * The event trigger table is not part of the gazetteer, but its changes move the same
 * revision (the revision trigger is on it too), so one key serves every image.
 *
 * What an image is valid for is the gazetteer's revision, a one-row table that the
 * gazetteer's statement trigger moves forward: to the writing transaction's id, or one
 * past the revision before it if that is higher (writers queue on the row, so committed
 * revisions only grow). The row is read through the same snapshot as the tables, so a
 * backend takes the image only for the revision it sees: a transaction that has not seen
 * a change builds or reads the image before the change, one that has seen it the image
 * after. A transaction that wrote the row sees its own uncommitted rows and keeps its
 * matcher to itself, so only committed revisions are ever published. An image is keyed
 * by database, revision table, revision triggers and revision: a re-created extension
 * starts again from a transaction id, which a revision of the dropped one may have
 * passed, but it has a new table. Backends share only while the revision trigger is
 * enabled on every gazetteer table (nn_gazetteer_revision_kept in gazetteer.c), and a
 * trigger disabled and enabled again changes the key, so a change made in between is
 * not hidden by an image from before it. A change by a session whose
 * triggers do not fire (session_replication_role = replica) moves no revision, so
 * backends keep copying the image from before it; any statement on a gazetteer table,
 * even one changing no row, moves it again.
 *
 * Matching runs as the caller: a backend shares a matcher only while it may read every
 * gazetteer table and no row security applies to it (catalog_watch_shareable), so no
 * image holds rows its reader could not select. (The dictionary reads the gazetteer as
 * its owner, for every role alike.) A slot holds one database's newest revision of one
 * kind; with more images than slots the least recently used one goes (a dropped
 * database's images, too, stay until then).
 */
#include "postgres.h"

#include "access/transam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type_d.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/dsm.h"
#include "storage/ipc.h"
#include "storage/lwlock.h"
#include "storage/shmem.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/resowner.h"
#include "utils/tuplestore.h"

#include "gazetteer_shared.h"
#include "nn_module.h"

/* images shared at once (three per database); a slot costs a few dozen bytes */
#define SHARED_MATCHER_SLOTS 48

typedef struct SharedMatcher
{
	Oid			database;		/* InvalidOid: free */
	int			kind;			/* NNSharedKind: what the image holds */
	Oid			table;			/* the revision table, whose row revision is */
	uint64		triggers;		/* the revision triggers' state when it was made */
	uint64		revision;
	dsm_handle	segment;		/* pinned: lives until the slot lets it go */
	Size		bytes;
	uint64		last_used;		/* the table's clock when last read or written */
	uint64		reads;
} SharedMatcher;

typedef struct SharedMatchers
{
	LWLock	   *lock;
	uint64		clock;
	SharedMatcher slots[SHARED_MATCHER_SLOTS];
} SharedMatchers;

static SharedMatchers *shared = NULL;
static shmem_request_hook_type prev_shmem_request_hook = NULL;
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;

static void
shared_matchers_shmem_request(void)
{
	if (prev_shmem_request_hook)
		prev_shmem_request_hook();
	RequestAddinShmemSpace(MAXALIGN(sizeof(SharedMatchers)));
	RequestNamedLWLockTranche("nato_news", 1);
}

static void
shared_matchers_shmem_startup(void)
{
	bool		found;

	if (prev_shmem_startup_hook)
		prev_shmem_startup_hook();
	LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
	shared = ShmemInitStruct("nato_news shared matchers", sizeof(SharedMatchers), &found);
	if (!found)
	{
		memset(shared, 0, sizeof(SharedMatchers));
		shared->lock = &(GetNamedLWLockTranche("nato_news"))->lock;
	}
	LWLockRelease(AddinShmemInitLock);
}

void
nn_shared_matchers_request(void)
{
	prev_shmem_request_hook = shmem_request_hook;
	shmem_request_hook = shared_matchers_shmem_request;
	prev_shmem_startup_hook = shmem_startup_hook;
	shmem_startup_hook = shared_matchers_shmem_startup;
}

/* what an image holds, as shared_matchers() and the log name it */
static const char *
kind_name(int kind, bool long_form)
{
	switch (kind)
	{
		case NN_SHARED_MATCHER:
			return long_form ? "gazetteer matcher" : "matcher";
		case NN_SHARED_DICTIONARY:
			return long_form ? "text search dictionary" : "dictionary";
		case NN_SHARED_TRIGGERS:
			return long_form ? "compiled event trigger table" : "triggers";
	}
	return "?";
}

static SharedMatcher *
slot_of(Oid database, NNSharedKind kind)
{
	for (int i = 0; i < SHARED_MATCHER_SLOTS; i++)
		if (shared->slots[i].database == database && shared->slots[i].kind == (int) kind)
			return &shared->slots[i];
	return NULL;
}

static Oid
revision_table(void)
{
	Oid			nsp = get_namespace_oid("nato_news", true);

	return OidIsValid(nsp) ? get_relname_relid("gazetteer_revision", nsp) : InvalidOid;
}

bool
nn_shared_key(NNSharedKey *key)
{
	return shared != NULL && nn_gazetteer_revision_kept(&key->triggers) &&
		nn_gazetteer_revision(&key->revision);
}

char *
nn_shared_fetch(NNSharedKind kind, const NNSharedKey *key, Size *len)
{
	SharedMatcher *slot;
	dsm_segment *seg = NULL;
	Size		bytes = 0;
	Oid			table = revision_table();
	char	   *copy;

	if (shared == NULL || !OidIsValid(table))
		return NULL;
	/* exclusive: the slot's clock and counter change; held only to attach */
	LWLockAcquire(shared->lock, LW_EXCLUSIVE);
	slot = slot_of(MyDatabaseId, kind);
	if (slot != NULL && slot->table == table && slot->triggers == key->triggers &&
		slot->revision == key->revision)
	{
		seg = dsm_attach(slot->segment);
		if (seg != NULL)
		{
			bytes = slot->bytes;
			slot->last_used = ++shared->clock;
			slot->reads++;
		}
	}
	LWLockRelease(shared->lock);
	if (seg == NULL)
		return NULL;
	/* attached, the segment outlives a replacement of the slot: copy without the lock */
	copy = palloc(bytes);
	memcpy(copy, dsm_segment_address(seg), bytes);
	dsm_detach(seg);
	*len = bytes;
	return copy;
}

static void
publish(NNSharedKind kind, const NNSharedKey *key, const char *image, Size bytes)
{
	dsm_segment *seg;
	SharedMatcher *slot;
	dsm_handle	release = DSM_HANDLE_INVALID;
	Oid			table = revision_table();

	if (shared == NULL || !OidIsValid(table))
		return;
	seg = dsm_create(bytes, DSM_CREATE_NULL_IF_MAXSEGMENTS);
	if (seg == NULL)
		return;					/* no segment to spare: this backend keeps its own */
	memcpy(dsm_segment_address(seg), image, bytes);

	LWLockAcquire(shared->lock, LW_EXCLUSIVE);
	slot = slot_of(MyDatabaseId, kind);
	if (slot != NULL && slot->table == table && slot->triggers == key->triggers &&
		slot->revision >= key->revision)
		slot = NULL;			/* as new or newer is there already */
	else if (slot == NULL)
	{
		/* a free slot, or the least recently used one */
		slot = &shared->slots[0];
		for (int i = 0; i < SHARED_MATCHER_SLOTS; i++)
		{
			SharedMatcher *s = &shared->slots[i];

			if (s->database == InvalidOid)
			{
				slot = s;
				break;
			}
			if (s->last_used < slot->last_used)
				slot = s;
		}
	}
	if (slot != NULL)
	{
		if (slot->database != InvalidOid)
			release = slot->segment;
		dsm_pin_segment(seg);
		slot->database = MyDatabaseId;
		slot->kind = (int) kind;
		slot->table = table;
		slot->triggers = key->triggers;
		slot->revision = key->revision;
		slot->segment = dsm_segment_handle(seg);
		slot->bytes = bytes;
		slot->last_used = ++shared->clock;
		slot->reads = 0;
	}
	LWLockRelease(shared->lock);
	/* backends still attached to the replaced image keep it until they detach */
	if (release != DSM_HANDLE_INVALID)
		dsm_unpin_segment(release);
	dsm_detach(seg);
}

/*
 * Sharing is an optimisation: a failure to publish (no room in /dev/shm for the segment,
 * say) must not fail the caller's query, so publishing runs in a subtransaction and a
 * failure is logged and forgotten. A parallel worker cannot start one and leaves the
 * publishing to its leader.
 */
void
nn_shared_offer(NNSharedKind kind, const NNSharedKey *key, const char *image, Size len)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;

	if (shared == NULL || IsInParallelMode())
		return;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		publish(kind, key, image, len);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *error;

		MemoryContextSwitchTo(cxt);
		error = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		ereport(LOG,
				(errmsg("nato_news could not share a %s: %s", kind_name(kind, true),
						error->message),
				 errdetail("This backend keeps its own; the next one builds again.")));
		FreeErrorData(error);
	}
	PG_END_TRY();
}

/* ---------------------------------------------------------------- the revision */

bool
nn_gazetteer_revision(uint64 *revision)
{
	bool		isnull,
				xmin_null;
	Datum		d,
				xmin;

	Oid			table = revision_table();
	bool		missing = false;

	/* a role that may not read it does not share, rather than fail */
	if (!OidIsValid(table) ||
		pg_class_aclcheck_ext(table, GetUserId(), ACL_SELECT, &missing) != ACLCHECK_OK || missing)
		return false;
	if (SPI_execute("SELECT revision, xmin FROM nato_news.gazetteer_revision", true, 2) != SPI_OK_SELECT ||
		SPI_processed != 1)
		return false;
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	xmin = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &xmin_null);
	if (isnull || xmin_null)
		return false;
	*revision = (uint64) DatumGetInt64(d);
	/* this transaction (or one of its subtransactions) moved it: its gazetteer is its own */
	return !TransactionIdIsCurrentTransactionId(DatumGetTransactionId(xmin));
}

/* The revision's UPDATE, as the revision table's owner (nn_gazetteer_revision_bump). */
static void
move_revision(Datum xid)
{
	Oid			argtypes[1] = {INT8OID};
	Datum		args[1] = {xid};

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "nato_news: SPI_connect failed");
	if (SPI_execute_with_args("UPDATE nato_news.gazetteer_revision "
							  "SET revision = GREATEST(revision OPERATOR(pg_catalog.+) 1, $1)",
							  1, argtypes, args, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "nato_news: could not move the gazetteer's revision");
	SPI_finish();
}

void
nn_gazetteer_revision_bump(void)
{
	Oid			relid = revision_table();

	if (!OidIsValid(relid))
		return;

	/*
	 * As the table's owner: whoever may edit the gazetteer moves its revision, and no
	 * role needs a grant on the revision table itself.
	 */
	nn_run_as(nn_relation_owner(relid), SECURITY_NOFORCE_RLS, move_revision,
			  Int64GetDatum((int64) U64FromFullTransactionId(GetTopFullTransactionId())));
}

/* ---------------------------------------------------------------- SQL */

PG_FUNCTION_INFO_V1(nn_shared_matchers);
/*
 * nato_news.shared_matchers(): the images in shared memory, one row per database. No
 * rows when the library is not preloaded.
 */
Datum
nn_shared_matchers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	SharedMatcher copy[SHARED_MATCHER_SLOTS];

	InitMaterializedSRF(fcinfo, 0);
	if (shared == NULL)
		return (Datum) 0;
	LWLockAcquire(shared->lock, LW_SHARED);
	memcpy(copy, shared->slots, sizeof(copy));
	LWLockRelease(shared->lock);
	for (int i = 0; i < SHARED_MATCHER_SLOTS; i++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		if (copy[i].database == InvalidOid)
			continue;
		values[0] = ObjectIdGetDatum(copy[i].database);
		values[1] = CStringGetTextDatum(kind_name(copy[i].kind, false));
		values[2] = Int64GetDatum((int64) copy[i].revision);
		values[3] = Int64GetDatum((int64) copy[i].bytes);
		values[4] = Int64GetDatum((int64) copy[i].reads);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
