/*
 * extraction_store.c: nato_news.extraction_store(ids, fingerprint), what a refresh batch
 * stores of its articles, written straight from the one extraction pass of each: its
 * events (article_event), its mentions (article_mention) and its state row
 * (article_state).
 *
 * Until 1.3 the batch read extraction() into a materialized CTE and three INSERTs
 * scanned it; every row was formed as a result row, copied into the CTE's tuplestore,
 * read back and formed again as a table row. Here each row is formed once, as the table
 * row, and the rows go in groups through table_multi_insert (the way COPY loads a
 * table: one WAL record per page of rows) with their index entries.
 *
 * An article read again to the same rows (a library upgrade, a gazetteer edit it did not
 * need: the fingerprint changed, the extraction did not) keeps its rows: the state row
 * holds a hash of the rows last written (rows_hash), and only an article whose new rows
 * hash differently has its old rows deleted and the new ones written. So a re-read of
 * an unchanged corpus writes one state row per article, not its events and mentions,
 * and leaves no dead rows behind. The state row also gets report_hash, the hash of what
 * the merged timeline reads of the article (its dated reports, their sentences, the
 * mentions that make the sentences' words, its body), by which refresh_extract finds
 * the articles to place on the timeline again.
 *
 * article_event and article_mention are partitioned by the article's month
 * (published_month, update/1.4/80_month_partitions.sql); their rows are routed here as
 * an INSERT routes them, by the partition bounds, and the old rows are found under the
 * month the state row names.
 *
 * Writing below the executor skips what only the executor does: triggers, rules and
 * row security. So the tables are written here only when they have none of those and
 * the columns this file knows; otherwise extraction_store() returns NULL and
 * refresh_extract() takes the SQL route, and a trigger a user puts on article_event
 * still fires.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/relation.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "partitioning/partbounds.h"
#include "partitioning/partdesc.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "article.h"
#include "events.h"
#include "utf8.h"

/* rows formed before they go to the table together */
#define WRITER_SLOTS 500
/* articles read from the corpus at a time */
#define FETCH_ARTICLES 50

static const char *const event_columns[] = {
	"article_id", "n", "event_type", "mode", "status", "date_from", "date_to", "date_value",
	"actors", "location", "sentence", "start_pos", "confidence", "source", "target",
	"published_month", NULL
};
static const char *const mention_columns[] = {
	"article_id", "n", "entity", "mention", "start_pos", "end_pos", "sentence",
	"published_month", NULL
};
static const char *const state_columns[] = {
	"article_id", "doc_hash", "body_hash", "fingerprint", "extracted_at", "rows_hash",
	"report_hash", "published_month", NULL
};

#define EVENT_NATTS 16
#define MENTION_NATTS 8
#define STATE_NATTS 8
/* published_month, the partition key, is the last column of each */
#define EVENT_MONTH (EVENT_NATTS - 1)
#define MENTION_MONTH (MENTION_NATTS - 1)
#define STATE_MONTH (STATE_NATTS - 1)

/*
 * The columns whose values make an article's rows hash (rows_hash): all but the month,
 * which is compared on its own (an article whose date moved to another month is written
 * again, into that month's partition, with the same hash).
 */
#define EVENT_HASHED (((1u << EVENT_NATTS) - 1) & ~(1u << EVENT_MONTH))
#define MENTION_HASHED (((1u << MENTION_NATTS) - 1) & ~(1u << MENTION_MONTH))

/*
 * The columns of article_event the merged timeline reads of a report (timeline_store.c,
 * and report_hashes() for the SQL route): all but article_id, start_pos and confidence.
 */
#define REPORT_COLUMNS (EVENT_HASHED & ~((1u << 0) | (1u << 11) | (1u << 12)))
/* article_event's date_from, which a report has (an undated event is on no timeline) */
#define EVENT_DATE_FROM 5

/* the most columns a table written here has */
#define WRITER_MAX_COLUMNS EVENT_NATTS

/*
 * One table being written: its rows wait in slots until there are WRITER_SLOTS. A
 * partitioned table (article_event and article_mention, by published_month) is written
 * through its partitions, each a TableWriter of its own, opened (and locked, as an
 * INSERT into the parent would lock each partition it routes to) with the parent, so
 * that every one of them is known to be writable here before a row is written.
 */
typedef struct TableWriter
{
	Relation	rel;
	ResultRelInfo *rri;			/* NULL until the first row */
	int			ncolumns;		/* of the columns this file knows */
	int			attindex[WRITER_MAX_COLUMNS];	/* where known column i is in the row */
	TupleTableSlot *slots[WRITER_SLOTS];
	int			nslots;
	BulkInsertState bistate;
	int64		rows;
	/* a table rows are deleted from, by article: its primary key, on (article_id, ...) */
	bool		keyed;
	Oid			key_index;
	TupleTableSlot *found;		/* the rows the key finds */
	/* a partitioned table: */
	PartitionKey key;
	PartitionDesc parts;
	struct TableWriter *leaves; /* parts->nparts of them */
	int			key_column;		/* the known column that is the partition key */
} TableWriter;

static bool writable_directly(TableWriter *w, const char *const *columns);

/*
 * Are the partitions of w's partitioned table writable here? Only a range partitioning
 * on one known column, into plain tables writable here themselves (not partitioned
 * again, not foreign). Opens them all.
 */
static bool
partitions_writable(TableWriter *w, const char *const *columns)
{
	int			nparts;

	w->key = RelationGetPartitionKey(w->rel);
	w->parts = RelationGetPartitionDesc(w->rel, true);
	nparts = w->parts->nparts;
	w->key_column = -1;
	if (w->key->strategy != PARTITION_STRATEGY_RANGE || w->key->partnatts != 1)
		return false;
	for (int i = 0; i < w->ncolumns; i++)
		if (w->attindex[i] + 1 == w->key->partattrs[0])
			w->key_column = i;
	if (w->key_column < 0)
		return false;			/* partitioned on an expression */
	w->leaves = palloc0(sizeof(TableWriter) * (nparts + 1));
	for (int p = 0; p < nparts; p++)
	{
		TableWriter *leaf = &w->leaves[p];

		leaf->keyed = w->keyed;
		leaf->rel = table_open(w->parts->oids[p], RowExclusiveLock);
		if (leaf->rel->rd_rel->relkind != RELKIND_RELATION || !writable_directly(leaf, columns))
			return false;
	}
	return true;
}

/*
 * The partition of w's table a row goes to (its values in the order of the known
 * columns), as the executor routes it: by the range bounds, else to the default
 * partition, else the error an INSERT gives.
 */
static TableWriter *
route_or_null(TableWriter *w, const Datum *values, const bool *nulls)
{
	PartitionBoundInfo bounds = w->parts->boundinfo;
	int			index = -1;

	if (!nulls[w->key_column] && bounds != NULL)
	{
		bool		equal;
		Datum		key = values[w->key_column];
		int			offset = partition_range_datum_bsearch(w->key->partsupfunc,
														   w->key->partcollation,
														   bounds, 1, &key, &equal);

		index = bounds->indexes[offset + 1];
	}
	if (index < 0 && bounds != NULL)
		index = bounds->default_index;
	return index < 0 ? NULL : &w->leaves[index];
}

static TableWriter *
route(TableWriter *w, const Datum *values, const bool *nulls)
{
	TableWriter *leaf = route_or_null(w, values, nulls);

	if (leaf == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("no partition of relation \"%s\" found for row",
						RelationGetRelationName(w->rel)),
				 errhint("Make the month's partition with nato_news.partition_by_month(), or attach a default partition.")));
	return leaf;
}

/*
 * May rows go into w's table below the executor? Only a plain table whose live
 * columns are exactly these (in any order, none generated; a column added and dropped
 * again leaves a dropped attribute, which stays NULL), with no triggers, no rules and
 * no row security for this user, and, when rows are deleted from it (keyed), a btree
 * primary key led by article_id; or a partitioned table of such partitions. Notes where
 * each known column is in the row.
 */
static bool
writable_directly(TableWriter *w, const char *const *columns)
{
	Relation	rel = w->rel;
	TupleDesc	desc = RelationGetDescr(rel);
	int			live = 0;

	if ((rel->rd_rel->relkind != RELKIND_RELATION &&
		 rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE) ||
		rel->trigdesc != NULL || rel->rd_rules != NULL ||
		check_enable_rls(RelationGetRelid(rel), InvalidOid, true) == RLS_ENABLED)
		return false;
	for (w->ncolumns = 0; columns[w->ncolumns] != NULL; w->ncolumns++)
		w->attindex[w->ncolumns] = -1;
	Assert(w->ncolumns <= WRITER_MAX_COLUMNS);
	for (int a = 0; a < desc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, a);
		int			i;

		if (att->attisdropped)
			continue;
		if (att->attgenerated)
			return false;
		for (i = 0; i < w->ncolumns; i++)
			if (strcmp(NameStr(att->attname), columns[i]) == 0)
				break;
		if (i == w->ncolumns)
			return false;		/* a column of the user's */
		w->attindex[i] = a;
		live++;
	}
	if (live != w->ncolumns)
		return false;
	if (rel->rd_rel->relkind == RELKIND_PARTITIONED_TABLE)
		return partitions_writable(w, columns);
	if (w->keyed)
	{
		/* rows are deleted by article through the primary key, on (article_id, ...) */
		Relation	index;
		bool		leads;

		w->key_index = RelationGetPrimaryKeyIndex(rel);
		if (!OidIsValid(w->key_index))
			return false;
		index = index_open(w->key_index, AccessShareLock);
		leads = index->rd_index->indnkeyatts >= 1 &&
			index->rd_index->indkey.values[0] == w->attindex[0] + 1 &&
			index->rd_rel->relam == BTREE_AM_OID;
		index_close(index, AccessShareLock);
		return leads;
	}
	return true;
}

/* Open nato_news.name for writing (the lock an INSERT takes); can it be written here? */
static bool
writer_open(TableWriter *w, Oid schema, const char *name, const char *const *columns,
			bool keyed)
{
	Oid			relid = get_relname_relid(name, schema);
	AclResult	acl;

	memset(w, 0, sizeof(*w));
	w->keyed = keyed;
	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table nato_news.%s does not exist", name),
				 errhint("Reinstall the extension: DROP EXTENSION nato_news; CREATE EXTENSION nato_news.")));
	w->rel = table_open(relid, RowExclusiveLock);
	/* the same check, and the same error, as an INSERT into the table */
	acl = pg_class_aclcheck(relid, GetUserId(), ACL_INSERT);
	if (acl == ACLCHECK_OK && keyed)
		acl = pg_class_aclcheck(relid, GetUserId(), ACL_DELETE);
	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, RelationGetRelationName(w->rel));
	return writable_directly(w, columns);
}

/*
 * Ready an open plain table for rows: its indexes and a bulk-insert state, which live
 * as long as the executor state (a partition is readied at its first row, inside SPI).
 */
static void
writer_start(TableWriter *w, EState *estate)
{
	MemoryContext old;

	if (w->rri != NULL || w->leaves != NULL)
		return;
	old = MemoryContextSwitchTo(estate->es_query_cxt);
	w->rri = makeNode(ResultRelInfo);
	InitResultRelInfo(w->rri, w->rel, 0, NULL, 0);
	ExecOpenIndices(w->rri, false);
	w->bistate = GetBulkInsertState();
	MemoryContextSwitchTo(old);
}

/* The waiting rows go into the table, then into its indexes. */
static void
writer_flush(TableWriter *w, EState *estate)
{
	if (w->nslots == 0)
		return;
	table_multi_insert(w->rel, w->slots, w->nslots, GetCurrentCommandId(true), 0, w->bistate);
	for (int i = 0; i < w->nslots; i++)
	{
		List	   *recheck = NIL;

		if (w->rri->ri_NumIndices > 0)
			recheck = ExecInsertIndexTuples(w->rri, w->slots[i], estate, false, false, NULL, NIL);
		list_free(recheck);
		ResetPerTupleExprContext(estate);
		ExecClearTuple(w->slots[i]);
	}
	w->rows += w->nslots;
	w->nslots = 0;
}

/*
 * One row for the table, its values in the order of the columns this file knows. The
 * slot copies the values (so the caller may free them) and
 * the row is checked against the table's constraints now, as an INSERT would.
 */
static void
writer_add(TableWriter *w, EState *estate, const Datum *values, const bool *nulls)
{
	TupleDesc	desc;
	TupleTableSlot *slot;

	if (w->leaves != NULL)
	{
		TableWriter *leaf = route(w, values, nulls);

		writer_start(leaf, estate);
		writer_add(leaf, estate, values, nulls);
		w->rows++;
		return;
	}
	desc = RelationGetDescr(w->rel);
	if (w->slots[w->nslots] == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(estate->es_query_cxt);

		w->slots[w->nslots] = table_slot_create(w->rel, NULL);
		MemoryContextSwitchTo(old);
	}
	slot = w->slots[w->nslots];
	ExecClearTuple(slot);
	/* dropped attributes are NULL, the known columns go where the table has them */
	memset(slot->tts_values, 0, sizeof(Datum) * desc->natts);
	memset(slot->tts_isnull, true, sizeof(bool) * desc->natts);
	for (int i = 0; i < w->ncolumns; i++)
	{
		slot->tts_values[w->attindex[i]] = values[i];
		slot->tts_isnull[w->attindex[i]] = nulls[i];
	}
	ExecStoreVirtualTuple(slot);
	ExecMaterializeSlot(slot);
	if (desc->constr)
		ExecConstraints(w->rri, slot, estate);
	if (++w->nslots == WRITER_SLOTS)
		writer_flush(w, estate);
}

/*
 * Delete the rows of one article from w's table, or from the partition of w's
 * partitioned table that holds month (where an INSERT of its rows would go), as a
 * DELETE would, through the primary key: the table has no triggers, rules or row
 * security (writable_directly), and the caller has the privilege (writer_open).
 */
static void
writer_delete(TableWriter *w, EState *estate, int64 article_id, DateADT month)
{
	TableWriter *t = w;
	Relation	index;
	IndexScanDesc scan;
	ScanKeyData key;
	Snapshot	snapshot;

	if (w->leaves != NULL)
	{
		Datum		values[WRITER_MAX_COLUMNS] = {0};
		bool		nulls[WRITER_MAX_COLUMNS] = {0};

		values[w->key_column] = DateADTGetDatum(month);
		t = route_or_null(w, values, nulls);
		if (t == NULL)
			return;				/* no partition holds the month: no rows */
	}
	if (t->found == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(estate->es_query_cxt);

		t->found = table_slot_create(t->rel, NULL);
		MemoryContextSwitchTo(old);
	}
	/* as a DELETE statement: it sees what the commands before it wrote */
	snapshot = RegisterSnapshot(GetTransactionSnapshot());
	index = index_open(t->key_index, RowExclusiveLock);
	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_INT8EQ, Int64GetDatum(article_id));
	scan = index_beginscan(t->rel, index, snapshot, 1, 0);
	index_rescan(scan, &key, 1, NULL, 0);
	while (index_getnext_slot(scan, ForwardScanDirection, t->found))
		simple_table_tuple_delete(t->rel, &t->found->tts_tid, snapshot);
	index_endscan(scan);
	index_close(index, NoLock);
	UnregisterSnapshot(snapshot);
	ExecClearTuple(t->found);
}

/* Write what waits, and close the table (and its partitions); the locks stay. */
static void
writer_close(TableWriter *w, EState *estate)
{
	if (w->rel == NULL)
		return;
	if (w->leaves != NULL)
	{
		for (int p = 0; p < w->parts->nparts; p++)
			writer_close(&w->leaves[p], estate);
		pfree(w->leaves);
		w->leaves = NULL;
	}
	if (w->found != NULL)
		ExecDropSingleTupleTableSlot(w->found);
	if (w->rri != NULL)
	{
		writer_flush(w, estate);
		for (int i = 0; i < WRITER_SLOTS && w->slots[i] != NULL; i++)
			ExecDropSingleTupleTableSlot(w->slots[i]);
		FreeBulkInsertState(w->bistate);
		ExecCloseIndices(w->rri);
	}
	table_close(w->rel, NoLock);
	w->rel = NULL;
}

/* The rows of one article, formed as its tables' rows, before they are written. */
typedef struct ArticleRows
{
	int64		article_id;
	int			nevents;
	int			nmentions;
	Datum	   *event_values;	/* nevents * EVENT_NATTS */
	bool	   *event_nulls;
	Datum	   *mention_values; /* nmentions * MENTION_NATTS */
	bool	   *mention_nulls;
	Datum		state_values[STATE_NATTS];
	bool		state_nulls[STATE_NATTS];
	bool		rewrite;		/* its rows differ from those stored (or none are) */
	bool		stored;			/* it has a state row */
	DateADT		old_month;		/* the month its state row names */
} ArticleRows;

/* What an article's state row says of the rows stored for it. */
typedef struct StoredState
{
	bool		exists;			/* there is a state row */
	bool		known;			/* with a rows_hash */
	int64		rows_hash;
	DateADT		month;			/* the month whose partitions hold them */
} StoredState;

/*
 * The month an article's rows are filed under, as nato_news.article_month() says: the
 * first day of its publication month, or of the UTC month it was added when it has no
 * date.
 */
static DateADT
article_month(const ArticleView *view, TimestampTz added_at)
{
	DateADT		day;
	int			year;
	int			month;
	int			mday;

	if (view->has_published)
		day = view->published;
	else if (TIMESTAMP_IS_NOBEGIN(added_at))
		return DATEVAL_NOBEGIN;
	else if (TIMESTAMP_IS_NOEND(added_at))
		return DATEVAL_NOEND;
	else
	{
		/* a timestamptz counts microseconds from 2000-01-01 00:00 UTC */
		day = (DateADT) (added_at / USECS_PER_DAY);
		if (added_at < 0 && added_at % USECS_PER_DAY != 0)
			day--;
	}
	j2date(day + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	return date2j(year, month, 1) - POSTGRES_EPOCH_JDATE;
}

/*
 * Mix one row into the hash h: each known column's value in columns (a bit per known
 * column) as the table stores it (the bytes of a by-reference value, a varlena's data
 * without its header, a NULL as a marker of its own), in the order of the columns this
 * file knows.
 */
static uint64
hash_row(uint64 h, const TableWriter *w, const Datum *values, const bool *nulls, uint32 columns)
{
	TupleDesc	desc = RelationGetDescr(w->rel);

	for (int i = 0; i < w->ncolumns; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, w->attindex[i]);

		if ((columns & (1u << i)) == 0)
			continue;
		if (nulls[i])
			h = hash_combine64(h, UINT64CONST(0x9e3779b97f4a7c15) + (uint64) i);
		else if (att->attbyval)
			h = hash_combine64(h, (uint64) values[i]);
		else if (att->attlen == -1)
		{
			struct varlena *v = (struct varlena *) DatumGetPointer(values[i]);

			/* formed here, never toasted; compressed inline data would hash as itself */
			h = hash_bytes_extended((const unsigned char *) VARDATA_ANY(v),
									VARSIZE_ANY_EXHDR(v), h);
		}
		else					/* fixed length, by reference (a table has no cstring column) */
			h = hash_bytes_extended((const unsigned char *) DatumGetPointer(values[i]),
									att->attlen, h);
	}
	return hash_combine64(h, UINT64CONST(0x5bd1e995));	/* the end of a row */
}

/*
 * Extract one article and form its rows (in the current memory context); the hash of
 * its event and mention rows goes into its state row and, with their month, decides
 * whether they are written: stored is what its state row says of the rows stored.
 */
static void
form_article(ArticleRows *a, const TableWriter *events, const TableWriter *mentions,
			 int64 article_id, Datum doc, TimestampTz added_at, int64 fingerprint,
			 const StoredState *stored)
{
	ArticleView view;
	NNExtraction x;
	NNCharCursor event_chars;
	NNCharCursor mention_chars;
	uint64		h;
	uint64		report;
	uint64		mentions_hash;
	uint64		body_hash;
	DateADT		month;

	article_view_datum(doc, &view);
	month = article_month(&view, added_at);
	extract_view(&view, NN_EXTRACT_EVENTS, false, &x);
	event_chars = nn_char_cursor(view.body);
	mention_chars = nn_char_cursor(view.body);
	a->article_id = article_id;
	a->nevents = x.nevents;
	a->nmentions = x.nmentions;
	a->event_values = palloc(sizeof(Datum) * EVENT_NATTS * (x.nevents + 1));
	a->event_nulls = palloc(sizeof(bool) * EVENT_NATTS * (x.nevents + 1));
	a->mention_values = palloc(sizeof(Datum) * MENTION_NATTS * (x.nmentions + 1));
	a->mention_nulls = palloc(sizeof(bool) * MENTION_NATTS * (x.nmentions + 1));
	h = hash_combine64((uint64) x.nevents, (uint64) x.nmentions);
	/*
	 * What the merged timeline reads of the article: its body, its dated reports, and
	 * its mentions, which say how nato_news.diplomatic reads the reports' sentences
	 * into the events' words (a new alias is a new lexeme of a sentence whose event did
	 * not change).
	 */
	body_hash = hash_bytes_extended((const unsigned char *) view.body, view.body_len, 0);
	report = body_hash;
	mentions_hash = (uint64) x.nmentions;
	for (int i = 0; i < x.nevents; i++)
	{
		Datum	   *values = a->event_values + i * EVENT_NATTS;
		bool	   *nulls = a->event_nulls + i * EVENT_NATTS;
		Datum		row[EVENT_COLUMNS];
		bool		row_nulls[EVENT_COLUMNS];

		/* events() columns 0..12 are article_event's after article_id and n */
		StaticAssertStmt(EVENT_MONTH - 2 == EVENT_COLUMNS - 1, "article_event columns");
		values[0] = Int64GetDatum(article_id);
		values[1] = Int32GetDatum(i + 1);
		nulls[0] = nulls[1] = false;
		event_row_values(&view, &x, i, &event_chars, row, row_nulls);
		memcpy(values + 2, row, sizeof(Datum) * (EVENT_MONTH - 2));
		memcpy(nulls + 2, row_nulls, sizeof(bool) * (EVENT_MONTH - 2));
		values[EVENT_MONTH] = DateADTGetDatum(month);
		nulls[EVENT_MONTH] = false;
		h = hash_row(h, events, values, nulls, EVENT_HASHED);
		if (!nulls[EVENT_DATE_FROM])
			report = hash_row(report, events, values, nulls, REPORT_COLUMNS);
	}
	for (int i = 0; i < x.nmentions; i++)
	{
		Datum	   *values = a->mention_values + i * MENTION_NATTS;
		bool	   *nulls = a->mention_nulls + i * MENTION_NATTS;

		StaticAssertStmt(MENTION_MONTH - 2 == MENTION_COLUMNS, "article_mention columns");
		values[0] = Int64GetDatum(article_id);
		values[1] = Int32GetDatum(i + 1);
		nulls[0] = nulls[1] = false;
		mention_row_values(&view, &x.mentions[i], &mention_chars, values + 2, nulls + 2);
		values[MENTION_MONTH] = DateADTGetDatum(month);
		nulls[MENTION_MONTH] = false;
		mentions_hash = hash_row(mentions_hash, mentions, values, nulls, MENTION_HASHED);
	}
	/* the mentions, hashed once, go into both hashes */
	h = hash_combine64(h, mentions_hash);
	report = hash_combine64(report, mentions_hash);
	a->rewrite = !stored->known || (uint64) stored->rows_hash != h || stored->month != month;
	a->stored = stored->exists;
	a->old_month = stored->month;

	memset(a->state_nulls, false, sizeof(a->state_nulls));
	a->state_values[0] = Int64GetDatum(article_id);
	a->state_values[1] = Int64GetDatum((int64) article_view_hash(&view, 0));
	a->state_values[2] = Int64GetDatum((int64) body_hash);
	a->state_values[3] = Int64GetDatum(fingerprint);
	/* the column's default, now() */
	a->state_values[4] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	a->state_values[5] = Int64GetDatum((int64) h);
	a->state_values[6] = Int64GetDatum((int64) report);
	a->state_values[STATE_MONTH] = DateADTGetDatum(month);
}

/* Delete the state rows of these articles (int8 Datums), through a prepared DELETE. */
static void
delete_rows(SPIPlanPtr plan, Datum *ids, int nids)
{
	Datum		args[1];

	if (nids == 0)
		return;
	args[0] = PointerGetDatum(construct_array(ids, nids, INT8OID, 8, FLOAT8PASSBYVAL,
											  TYPALIGN_DOUBLE));
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE)
		elog(ERROR, "cannot delete the old rows of a refresh batch");
	pfree(DatumGetPointer(args[0]));
}

/* Prepare DELETE FROM nato_news.table WHERE article_id = ANY ($1). */
static SPIPlanPtr
prepare_delete(const char *table)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	char	   *sql = psprintf("DELETE FROM nato_news.%s "
							   "WHERE article_id OPERATOR(pg_catalog.=) ANY ($1)", table);
	SPIPlanPtr	plan = SPI_prepare(sql, 1, argtypes);

	if (plan == NULL)
		elog(ERROR, "cannot prepare \"%s\": %s", sql, SPI_result_code_string(SPI_result));
	pfree(sql);
	return plan;
}

/*
 * Store the articles of one fetch: the old rows of those whose rows changed are deleted
 * and their new rows written; every article's state row is written, replacing the old
 * one. The old rows are under the month the state row names. An article with no state
 * row may still have rows (written before 1.1 kept states, or by hand): they are looked
 * for under the month its new rows go to, where they would collide with them.
 */
static void
store_articles(ArticleRows *arts, int narts, TableWriter *events, TableWriter *mentions,
			   TableWriter *states, EState *estate, SPIPlanPtr delete_states)
{
	Datum	   *stored = palloc(sizeof(Datum) * (narts + 1));
	int			nstored = 0;

	for (int i = 0; i < narts; i++)
	{
		ArticleRows *a = &arts[i];

		if (a->stored)
			stored[nstored++] = Int64GetDatum(a->article_id);
		if (a->rewrite)
		{
			DateADT		month = a->stored ? a->old_month :
				DatumGetDateADT(a->state_values[STATE_MONTH]);

			writer_delete(events, estate, a->article_id, month);
			writer_delete(mentions, estate, a->article_id, month);
		}
	}
	delete_rows(delete_states, stored, nstored);
	for (int i = 0; i < narts; i++)
	{
		ArticleRows *a = &arts[i];

		if (a->rewrite)
		{
			for (int e = 0; e < a->nevents; e++)
				writer_add(events, estate, a->event_values + e * EVENT_NATTS,
						   a->event_nulls + e * EVENT_NATTS);
			for (int m = 0; m < a->nmentions; m++)
				writer_add(mentions, estate, a->mention_values + m * MENTION_NATTS,
						   a->mention_nulls + m * MENTION_NATTS);
		}
		writer_add(states, estate, a->state_values, a->state_nulls);
	}
	pfree(stored);
}

PG_FUNCTION_INFO_V1(extraction_store);
/*
 * extraction_store(ids bigint[], fingerprint bigint) returns int: extract the corpus
 * articles of ids once each; an article whose event and mention rows differ from those
 * its state row says were written (or with no state row) has its old rows replaced,
 * the others keep theirs; every article gets a new state row. Returns how many events
 * the articles have, written or kept, or NULL, writing nothing, when a table has
 * triggers, rules, row security or other columns.
 */
Datum
extraction_store(PG_FUNCTION_ARGS)
{
	ArrayType  *ids = PG_GETARG_ARRAYTYPE_P(0);
	int64		fingerprint = PG_GETARG_INT64(1);
	Oid			schema = get_namespace_oid("nato_news", false);
	TableWriter events;
	TableWriter mentions;
	TableWriter states;
	EState	   *estate;
	MemoryContext fetch_cxt;
	MemoryContext old;
	SPIPlanPtr	plan;
	SPIPlanPtr	delete_states;
	Portal		portal;
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		args[1];
	int64		nevents = 0;
	ArticleRows *arts;

	/* all three are opened (and locked, as the SQL route would) before any is written */
	bool		direct = writer_open(&events, schema, "article_event", event_columns, true);

	direct = writer_open(&mentions, schema, "article_mention", mention_columns, true) && direct;
	direct = writer_open(&states, schema, "article_state", state_columns, false) && direct;
	if (!direct)
	{
		/* nothing was written; the SQL route takes the batch */
		writer_close(&events, NULL);
		writer_close(&mentions, NULL);
		writer_close(&states, NULL);
		PG_RETURN_NULL();
	}
	estate = CreateExecutorState();
	writer_start(&events, estate);
	writer_start(&mentions, estate);
	writer_start(&states, estate);
	fetch_cxt = AllocSetContextCreate(CurrentMemoryContext, "nato_news extraction_store fetch",
									  ALLOCSET_DEFAULT_SIZES);
	arts = palloc(sizeof(ArticleRows) * FETCH_ARTICLES);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* the old state rows go with the privileges and checks of a DELETE (the old event and
	 * mention rows go through writer_delete, writer_open having checked the privilege) */
	delete_states = prepare_delete("article_state");
	/*
	 * In id order, so that each table's rows arrive in the order of its primary key
	 * (article_id, n): btree then appends them to its rightmost page and fills its pages,
	 * where the join's own order split them half full.
	 */
	plan = SPI_prepare("SELECT c.id, c.doc, s.rows_hash, c.added_at, s.published_month "
					   "FROM nato_news.corpus c "
					   "LEFT JOIN nato_news.article_state s ON s.article_id OPERATOR(pg_catalog.=) c.id "
					   "WHERE c.id OPERATOR(pg_catalog.=) ANY ($1) ORDER BY c.id", 1, argtypes);
	if (plan == NULL)
		elog(ERROR, "cannot prepare the corpus read: %s", SPI_result_code_string(SPI_result));
	args[0] = PointerGetDatum(ids);
	portal = SPI_cursor_open(NULL, plan, args, NULL, true);
	for (;;)
	{
		SPITupleTable *fetched;
		uint64		nfetched;
		int			narts = 0;

		SPI_cursor_fetch(portal, true, FETCH_ARTICLES);
		if (SPI_processed == 0)
			break;
		/* the deletes below replace SPI_tuptable: the fetched rows are read from here */
		fetched = SPI_tuptable;
		nfetched = SPI_processed;
		old = MemoryContextSwitchTo(fetch_cxt);
		for (uint64 r = 0; r < nfetched && narts < FETCH_ARTICLES; r++)
		{
			HeapTuple	tuple = fetched->vals[r];
			TupleDesc	desc = fetched->tupdesc;
			bool		id_null;
			bool		doc_null;
			bool		hash_null;
			bool		added_null;
			bool		month_null;
			int64		id = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &id_null));
			Datum		doc = SPI_getbinval(tuple, desc, 2, &doc_null);
			Datum		hash = SPI_getbinval(tuple, desc, 3, &hash_null);
			Datum		added = SPI_getbinval(tuple, desc, 4, &added_null);
			Datum		month = SPI_getbinval(tuple, desc, 5, &month_null);
			StoredState stored;

			CHECK_FOR_INTERRUPTS();
			if (id_null || doc_null || added_null)
				continue;		/* the corpus columns are NOT NULL */
			stored.exists = !month_null;	/* a NOT NULL column of article_state */
			stored.known = !hash_null && !month_null;
			stored.rows_hash = hash_null ? 0 : DatumGetInt64(hash);
			stored.month = month_null ? 0 : DatumGetDateADT(month);
			form_article(&arts[narts], &events, &mentions, id, doc, DatumGetTimestampTz(added),
						 fingerprint, &stored);
			nevents += arts[narts].nevents;
			narts++;
		}
		MemoryContextSwitchTo(old);
		store_articles(arts, narts, &events, &mentions, &states, estate, delete_states);
		MemoryContextReset(fetch_cxt);
		SPI_freetuptable(fetched);
	}
	SPI_cursor_close(portal);
	SPI_freeplan(plan);
	SPI_freeplan(delete_states);
	SPI_finish();

	writer_close(&events, estate);
	writer_close(&mentions, estate);
	writer_close(&states, estate);
	FreeExecutorState(estate);
	MemoryContextDelete(fetch_cxt);
	pfree(arts);
	/* the caller's next statements see the rows */
	CommandCounterIncrement();
	PG_RETURN_INT32((int32) Min(nevents, PG_INT32_MAX));
}
