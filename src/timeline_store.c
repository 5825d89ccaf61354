/*
 * timeline_store.c: nato_news.timeline_merge(article_ids), the incremental upkeep of the
 * merged timeline (table nato_news.timeline_event, one row per real-world event).
 *
 * Called after the events of some articles were replaced (refresh) or removed (delete).
 * The merged events those articles took part in are taken apart: their other reports
 * (from articles that did not change) and the articles' new reports are placed again,
 * in date order, each into the first merged event it fits (core/event_merge.c, without
 * a focus entity) among those placed in this call and those already in the table, or
 * into a new one. So a changed article can split a merged event (the report that held
 * it together is gone) or join two. A rebuilt event keeps the id of the event its first
 * report belonged to, so ids stay stable across re-extraction. Calls are serialised by
 * an advisory lock: two refresh sessions cannot both create the same merged event.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"

#include "civil_date.h"
#include "entity.h"
#include "event_merge.h"

/* How many merged events of the table a report is compared with. */
#define CANDIDATES 64
/*
 * How many of the merged events of this call a report is compared with: reports come in
 * date order, so the events they fit are among the last made.
 */
#define RECENT_WINDOW 256
/* Key of the advisory lock that serialises timeline upkeep (any stable number). */
#define TIMELINE_LOCK_KEY "7929006612"

/* A set of entities, kept with their kind and name for the merge test. */
typedef struct EntitySet
{
	Datum	   *items;
	NNActorRef *refs;
	int			n;
	int			cap;
} EntitySet;

typedef struct Int64Set
{
	int64	   *items;
	int			n;
	int			cap;
} Int64Set;

/* One merged event being built or changed in this call. */
typedef struct MergedEvent
{
	int64		event_id;		/* 0 until written, unless read from the table */
	bool		from_table;
	int64		reuse_id;		/* id to take when written (0: a new one) */
	char	   *event_type;
	char	   *mode;
	char	   *status;
	char	   *date_value;
	DateADT		date_from;
	DateADT		date_to;
	EntitySet	actors;
	EntitySet	source;
	EntitySet	target;
	Datum		location;
	bool		has_location;
	Int64Set	article_ids;
	Int64Set	body_hashes;
	/* reports placed into it in this call: (article_id, n) */
	Int64Set	member_articles;
	Int64Set	member_ns;
	/* joined into another event by a report that fits both */
	struct MergedEvent *absorbed_into;
} MergedEvent;

/* How many events one report may join together. */
#define MAX_FITS 16

typedef struct LoadedEntry
{
	int64		event_id;		/* hash key */
	MergedEvent *event;
} LoadedEntry;

typedef struct Store
{
	Oid			entity_type;
	Oid			entity_array_type;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	MergedEvent **events;
	int			nevents;
	int			cap;
	Int64Set	freed_ids;		/* ids of the taken-apart events, for reuse */
	char	  **freed_types;	/* their event types */
	Int64Set   *freed_articles; /* and the articles that reported them */
	Int64Set	reused_ids;
	HTAB	   *loaded;			/* event_id -> MergedEvent read from the table */
} Store;

static SPIPlanPtr affected_plan, reports_plan, candidates_plan, insert_plan,
			update_plan, members_plan, relink_plan, drop_plan;

static void
int64set_add(Int64Set *s, int64 v, bool distinct)
{
	if (distinct)
		for (int i = 0; i < s->n; i++)
			if (s->items[i] == v)
				return;
	if (s->n == s->cap)
	{
		s->cap = s->cap ? s->cap * 2 : 4;
		s->items = s->items ? repalloc(s->items, sizeof(int64) * s->cap)
			: palloc(sizeof(int64) * s->cap);
	}
	s->items[s->n++] = v;
}

static bool
int64set_has(const Int64Set *s, int64 v)
{
	for (int i = 0; i < s->n; i++)
		if (s->items[i] == v)
			return true;
	return false;
}

static void
entityset_add(const Store *st, EntitySet *s, Datum d)
{
	NNActorRef	ref;
	char		kind;
	const char *name;
	int			len;

	entity_parts(d, &kind, &name, &len);
	ref.kind = (NNEntityKind) kind;
	ref.name = name;
	ref.name_len = len;
	for (int i = 0; i < s->n; i++)
		if (nn_actor_eq(&s->refs[i], &ref))
			return;
	if (s->n == s->cap)
	{
		s->cap = s->cap ? s->cap * 2 : 8;
		s->items = s->items ? repalloc(s->items, sizeof(Datum) * s->cap)
			: palloc(sizeof(Datum) * s->cap);
		s->refs = s->refs ? repalloc(s->refs, sizeof(NNActorRef) * s->cap)
			: palloc(sizeof(NNActorRef) * s->cap);
	}
	s->items[s->n] = datumCopy(d, st->typbyval, st->typlen);
	/* the copy is detoasted: its name stays valid as long as the copy */
	entity_parts(s->items[s->n], &kind, &name, &len);
	s->refs[s->n].kind = (NNEntityKind) kind;
	s->refs[s->n].name = name;
	s->refs[s->n].name_len = len;
	s->n++;
}

static void
entityset_add_array(const Store *st, EntitySet *s, Datum array, bool isnull)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (isnull)
		return;
	deconstruct_array(DatumGetArrayTypeP(array), st->entity_type, st->typlen, st->typbyval,
					  st->typalign, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			entityset_add(st, s, elems[i]);
}

static Datum
entityset_array(const Store *st, const EntitySet *s)
{
	return PointerGetDatum(construct_array(s->items, s->n, st->entity_type, st->typlen,
										   st->typbyval, st->typalign));
}

static int
cmp_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a,
				y = *(const int64 *) b;

	return (x > y) - (x < y);
}

static Datum
int64set_array(Int64Set *s, bool sorted)
{
	Datum	   *elems = palloc(sizeof(Datum) * (s->n + 1));

	if (sorted && s->n > 1)
		qsort(s->items, s->n, sizeof(int64), cmp_int64);
	for (int i = 0; i < s->n; i++)
		elems[i] = Int64GetDatum(s->items[i]);
	return PointerGetDatum(construct_array(elems, s->n, INT8OID, 8, FLOAT8PASSBYVAL,
										   TYPALIGN_DOUBLE));
}

/* Add the elements of a stored array, distinct already. */
static void
int64set_add_array(Int64Set *s, Datum array, bool isnull)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (isnull)
		return;
	deconstruct_array(DatumGetArrayTypeP(array), INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			int64set_add(s, DatumGetInt64(elems[i]), false);
}

static SPIPlanPtr
prepare(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "cannot prepare timeline upkeep query: %s",
				 SPI_result_code_string(SPI_result));
		SPI_keepplan(p);
		*plan = p;
	}
	return *plan;
}

static char *
text_col(HeapTuple tuple, TupleDesc desc, int col, MemoryContext into)
{
	char	   *v = SPI_getvalue(tuple, desc, col);
	char	   *copy = MemoryContextStrdup(into, v ? v : "");

	return copy;
}

/* ------------------------------------------------------------------ one report */

/* A report of an event, as read from article_event. */
typedef struct Report
{
	int64		article_id;
	int32		n;
	int64		old_event_id;	/* the merged event it belonged to, 0 when none */
	char	   *event_type;
	char	   *mode;
	char	   *status;
	char	   *date_value;
	DateADT		date_from;
	DateADT		date_to;
	EntitySet	actors;
	Datum		source;
	bool		source_null;
	Datum		target;
	bool		target_null;
	Datum		location;
	bool		has_location;
	int64		body_hash;
	bool		has_hash;
} Report;

static bool
fits(const MergedEvent *m, const Report *r)
{
	return nn_merge_same_event(m->event_type, m->date_from, m->date_to, m->actors.refs, m->actors.n,
							   r->event_type, r->date_from, r->date_to, r->actors.refs,
							   r->actors.n, NULL);
}

/*
 * The value a timeline row shows: a reference such as PAST_REF reads better as the
 * interval it was resolved to.
 */
static char *
shown_date_value(const char *value, DateADT from, DateADT to)
{
	NNCivil		f,
				t;

	if (value[0] >= '0' && value[0] <= '9')
		return pstrdup(value);
	f = nn_civil_from_days(from);
	t = nn_civil_from_days(to);
	return psprintf("%04d-%02d-%02d/%04d-%02d-%02d", f.year, f.month, f.day, t.year, t.month, t.day);
}

static void
add_report(Store *st, MergedEvent *m, const Report *r)
{
	/* the most precise date of the reports dates the event */
	if (m->event_type == NULL || (int64) r->date_to - r->date_from < (int64) m->date_to - m->date_from)
	{
		m->date_from = r->date_from;
		m->date_to = r->date_to;
		m->date_value = shown_date_value(r->date_value, r->date_from, r->date_to);
		m->mode = r->mode;
		m->status = r->status;
	}
	if (m->event_type == NULL)
		m->event_type = r->event_type;
	for (int i = 0; i < r->actors.n; i++)
		entityset_add(st, &m->actors, r->actors.items[i]);
	entityset_add_array(st, &m->source, r->source, r->source_null);
	entityset_add_array(st, &m->target, r->target, r->target_null);
	if (!m->has_location && r->has_location)
	{
		m->location = datumCopy(r->location, st->typbyval, st->typlen);
		m->has_location = true;
	}
	int64set_add(&m->article_ids, r->article_id, true);
	/* identical copies of an article (one body under two addresses) count once */
	int64set_add(&m->body_hashes, r->has_hash ? r->body_hash : r->article_id, true);
	int64set_add(&m->member_articles, r->article_id, false);
	int64set_add(&m->member_ns, r->n, false);
}

static MergedEvent *
new_event(Store *st)
{
	MergedEvent *m = palloc0(sizeof(MergedEvent));

	if (st->nevents == st->cap)
	{
		st->cap = st->cap ? st->cap * 2 : 64;
		st->events = st->events ? repalloc(st->events, sizeof(MergedEvent *) * st->cap)
			: palloc(sizeof(MergedEvent *) * st->cap);
	}
	st->events[st->nevents++] = m;
	return m;
}

/* The event that m now is part of. */
static MergedEvent *
final_event(MergedEvent *m)
{
	while (m->absorbed_into != NULL)
		m = m->absorbed_into;
	return m;
}

static MergedEvent *
loaded_event(Store *st, int64 event_id)
{
	LoadedEntry *e = hash_search(st->loaded, &event_id, HASH_FIND, NULL);

	return e ? final_event(e->event) : NULL;
}

static void
remember_loaded(Store *st, MergedEvent *m)
{
	bool		found;
	LoadedEntry *e = hash_search(st->loaded, &m->event_id, HASH_ENTER, &found);

	e->event = m;
}

static void
add_fit(MergedEvent **fitting, int *nfit, MergedEvent *m)
{
	for (int i = 0; i < *nfit; i++)
		if (fitting[i] == m)
			return;
	if (*nfit < MAX_FITS)
		fitting[(*nfit)++] = m;
}

/* The merged events of the table the report fits, read into the store and added to fitting. */
static void
table_candidates(Store *st, const Report *r, MemoryContext keep, MergedEvent **fitting, int *nfit)
{
	Oid			argtypes[4] = {TEXTOID, DATEOID, DATEOID, st->entity_array_type};
	Datum		args[4];
	SPIPlanPtr	plan;
	plan = prepare(&candidates_plan,
				   "SELECT event_id, mode, status, date_from, date_to, date_value, actors, source, "
				   "target, location, article_ids, body_hashes, event_type "
				   "FROM nato_news.timeline_event "
				   "WHERE event_type OPERATOR(pg_catalog.=) $1 AND date_from OPERATOR(pg_catalog.<=) $3 "
				   "AND date_to OPERATOR(pg_catalog.>=) $2 AND actors OPERATOR(pg_catalog.&&) $4 "
				   "ORDER BY date_from DESC, event_id DESC LIMIT " CppAsString2(CANDIDATES),
				   4, argtypes);
	args[0] = CStringGetTextDatum(r->event_type);
	args[1] = DateADTGetDatum(r->date_from);
	args[2] = DateADTGetDatum(r->date_to);
	args[3] = entityset_array(st, &r->actors);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.timeline_event");
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		id = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull));
		MemoryContext spi = MemoryContextSwitchTo(keep);
		MergedEvent *m = loaded_event(st, id);

		if (m == NULL)
		{
			MergedEvent probe = {0};

			probe.event_type = r->event_type;
			probe.date_from = DatumGetDateADT(SPI_getbinval(tuple, desc, 4, &isnull));
			probe.date_to = DatumGetDateADT(SPI_getbinval(tuple, desc, 5, &isnull));
			entityset_add_array(st, &probe.actors, SPI_getbinval(tuple, desc, 7, &isnull), isnull);
			if (fits(&probe, r))
			{
				Datum		d;

				m = new_event(st);
				*m = probe;
				m->event_id = id;
				m->from_table = true;
				m->event_type = text_col(tuple, desc, 13, keep);
				m->mode = text_col(tuple, desc, 2, keep);
				m->status = text_col(tuple, desc, 3, keep);
				m->date_value = text_col(tuple, desc, 6, keep);
				d = SPI_getbinval(tuple, desc, 8, &isnull);
				entityset_add_array(st, &m->source, d, isnull);
				d = SPI_getbinval(tuple, desc, 9, &isnull);
				entityset_add_array(st, &m->target, d, isnull);
				d = SPI_getbinval(tuple, desc, 10, &isnull);
				if (!isnull)
				{
					m->location = datumCopy(d, st->typbyval, st->typlen);
					m->has_location = true;
				}
				d = SPI_getbinval(tuple, desc, 11, &isnull);
				int64set_add_array(&m->article_ids, d, isnull);
				d = SPI_getbinval(tuple, desc, 12, &isnull);
				int64set_add_array(&m->body_hashes, d, isnull);
				remember_loaded(st, m);
				add_fit(fitting, nfit, m);
			}
		}
		else if (fits(m, r))
			add_fit(fitting, nfit, m);
		MemoryContextSwitchTo(spi);
	}
	SPI_freetuptable(SPI_tuptable);
}

/* A report fits both into and other: they are one event. */
static void
absorb(Store *st, MergedEvent *into, MergedEvent *other)
{
	if ((int64) other->date_to - other->date_from < (int64) into->date_to - into->date_from)
	{
		into->date_from = other->date_from;
		into->date_to = other->date_to;
		into->date_value = other->date_value;
		into->mode = other->mode;
		into->status = other->status;
	}
	for (int i = 0; i < other->actors.n; i++)
		entityset_add(st, &into->actors, other->actors.items[i]);
	for (int i = 0; i < other->source.n; i++)
		entityset_add(st, &into->source, other->source.items[i]);
	for (int i = 0; i < other->target.n; i++)
		entityset_add(st, &into->target, other->target.items[i]);
	if (!into->has_location && other->has_location)
	{
		into->location = other->location;
		into->has_location = true;
	}
	for (int i = 0; i < other->article_ids.n; i++)
		int64set_add(&into->article_ids, other->article_ids.items[i], true);
	for (int i = 0; i < other->body_hashes.n; i++)
		int64set_add(&into->body_hashes, other->body_hashes.items[i], true);
	for (int i = 0; i < other->member_articles.n; i++)
	{
		int64set_add(&into->member_articles, other->member_articles.items[i], false);
		int64set_add(&into->member_ns, other->member_ns.items[i], false);
	}
	other->member_articles.n = other->member_ns.n = 0;
	if (into->reuse_id == 0 && !into->from_table && other->reuse_id != 0)
	{
		into->reuse_id = other->reuse_id;
		other->reuse_id = 0;
	}
	other->absorbed_into = into;
}

/*
 * The id a new merged event takes: that of the taken-apart event the report belonged
 * to (a report of an unchanged article), or else of one of the same type its article
 * reported (the article was re-extracted); 0 when none is left.
 */
static int64
reusable_id(const Store *st, const Report *r)
{
	if (r->old_event_id != 0 && int64set_has(&st->freed_ids, r->old_event_id)
		&& !int64set_has(&st->reused_ids, r->old_event_id))
		return r->old_event_id;
	for (int i = 0; i < st->freed_ids.n; i++)
	{
		int64		id = st->freed_ids.items[i];

		if (!int64set_has(&st->reused_ids, id) && strcmp(st->freed_types[i], r->event_type) == 0
			&& int64set_has(&st->freed_articles[i], r->article_id))
			return id;
	}
	return 0;
}

/*
 * Place a report: into the merged event it fits; when it fits several, they are one
 * event it joins together; when none, a new one. The merged events of this call are
 * searched first; the table only when none of them fits (a report that bridges an
 * event of this call and one of the table joins them on the next change to either).
 */
static void
place_report(Store *st, Report *r, MemoryContext keep)
{
	MergedEvent *fitting[MAX_FITS];
	int			nfit = 0;
	MergedEvent *into;

	/* reports come in date order: the events they fit are among the last made */
	for (int k = st->nevents - 1; k >= 0 && k >= st->nevents - RECENT_WINDOW; k--)
	{
		MergedEvent *m = st->events[k];

		if (m->absorbed_into == NULL && fits(m, r))
			add_fit(fitting, &nfit, m);
	}
	if (nfit == 0)
		table_candidates(st, r, keep, fitting, &nfit);
	if (nfit == 0)
	{
		into = new_event(st);
		into->reuse_id = reusable_id(st, r);
		if (into->reuse_id != 0)
			int64set_add(&st->reused_ids, into->reuse_id, false);
	}
	else
	{
		/* an event of the table keeps its id: join the others into the first of those */
		into = fitting[0];
		for (int i = 1; i < nfit; i++)
			if (fitting[i]->from_table && !into->from_table)
				into = fitting[i];
		for (int i = 0; i < nfit; i++)
			if (fitting[i] != into)
				absorb(st, into, fitting[i]);
	}
	add_report(st, into, r);
}

/* ------------------------------------------------------------------ reading and writing */

static Report *
read_reports(Store *st, Datum ids, Datum affected, int *nreports, MemoryContext keep)
{
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[2] = {ids, affected};
	SPIPlanPtr	plan;
	Report	   *reports;

	/*
	 * The changed articles' reports, and the other reports of the events being taken
	 * apart; in the order they are placed.
	 */
	plan = prepare(&reports_plan,
				   "SELECT e.article_id, e.n, e.timeline_event_id, e.event_type, e.mode, e.status, "
				   "e.date_from, e.date_to, coalesce(e.date_value, ''), e.actors, e.source, e.target, "
				   "e.location, s.body_hash "
				   "FROM nato_news.article_event e LEFT JOIN nato_news.article_state s "
				   "ON s.article_id OPERATOR(pg_catalog.=) e.article_id "
				   "WHERE e.date_from IS NOT NULL AND (e.article_id OPERATOR(pg_catalog.=) ANY ($1) "
				   "OR e.timeline_event_id OPERATOR(pg_catalog.=) ANY ($2)) "
				   "ORDER BY e.date_from, e.date_to, e.article_id, e.n",
				   2, argtypes);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.article_event");
	reports = MemoryContextAllocZero(keep, sizeof(Report) * (SPI_processed + 1));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Report	   *r = &reports[i];
		bool		isnull;
		Datum		d;
		MemoryContext spi = MemoryContextSwitchTo(keep);

		r->article_id = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull));
		r->n = DatumGetInt32(SPI_getbinval(tuple, desc, 2, &isnull));
		d = SPI_getbinval(tuple, desc, 3, &isnull);
		r->old_event_id = isnull ? 0 : DatumGetInt64(d);
		r->event_type = text_col(tuple, desc, 4, keep);
		r->mode = text_col(tuple, desc, 5, keep);
		r->status = text_col(tuple, desc, 6, keep);
		r->date_from = DatumGetDateADT(SPI_getbinval(tuple, desc, 7, &isnull));
		r->date_to = DatumGetDateADT(SPI_getbinval(tuple, desc, 8, &isnull));
		r->date_value = text_col(tuple, desc, 9, keep);
		d = SPI_getbinval(tuple, desc, 10, &isnull);
		entityset_add_array(st, &r->actors, d, isnull);
		d = SPI_getbinval(tuple, desc, 11, &r->source_null);
		r->source = r->source_null ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 12, &r->target_null);
		r->target = r->target_null ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 13, &isnull);
		r->has_location = !isnull;
		if (!isnull)
			r->location = datumCopy(d, st->typbyval, st->typlen);
		d = SPI_getbinval(tuple, desc, 14, &isnull);
		r->has_hash = !isnull;
		r->body_hash = isnull ? 0 : DatumGetInt64(d);
		MemoryContextSwitchTo(spi);
	}
	*nreports = (int) SPI_processed;
	return reports;
}

static void
write_event(Store *st, MergedEvent *m)
{
	Oid			argtypes[13] = {INT8OID, TEXTOID, TEXTOID, TEXTOID, DATEOID, DATEOID, TEXTOID,
		st->entity_array_type, st->entity_array_type, st->entity_array_type, st->entity_type,
	INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[13];
	char		nulls[13];
	bool		insert = !m->from_table;
	SPIPlanPtr	plan;

	memset(nulls, ' ', sizeof(nulls));
	args[0] = Int64GetDatum(m->from_table ? m->event_id : m->reuse_id);
	if (insert && m->reuse_id == 0)
		nulls[0] = 'n';
	args[1] = CStringGetTextDatum(m->event_type);
	args[2] = CStringGetTextDatum(m->mode);
	args[3] = CStringGetTextDatum(m->status);
	args[4] = DateADTGetDatum(m->date_from);
	args[5] = DateADTGetDatum(m->date_to);
	args[6] = CStringGetTextDatum(m->date_value);
	args[7] = entityset_array(st, &m->actors);
	args[8] = entityset_array(st, &m->source);
	args[9] = entityset_array(st, &m->target);
	args[10] = m->location;
	if (!m->has_location)
		nulls[10] = 'n';
	args[11] = int64set_array(&m->article_ids, true);
	args[12] = int64set_array(&m->body_hashes, true);
	if (insert)
		plan = prepare(&insert_plan,
					   "INSERT INTO nato_news.timeline_event (event_id, event_type, mode, status, "
					   "date_from, date_to, date_value, actors, source, target, location, article_ids, "
					   "body_hashes, sources) VALUES (coalesce($1, pg_catalog.nextval("
					   "pg_catalog.pg_get_serial_sequence('nato_news.timeline_event', 'event_id'))), "
					   "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, pg_catalog.cardinality($13)) "
					   "RETURNING event_id",
					   13, argtypes);
	else
		plan = prepare(&update_plan,
					   "UPDATE nato_news.timeline_event SET event_type = $2, mode = $3, status = $4, "
					   "date_from = $5, date_to = $6, date_value = $7, actors = $8, source = $9, "
					   "target = $10, location = $11, article_ids = $12, body_hashes = $13, "
					   "sources = pg_catalog.cardinality($13) "
					   "WHERE event_id OPERATOR(pg_catalog.=) $1 RETURNING event_id",
					   13, argtypes);
	if (SPI_execute_plan(plan, args, nulls, false, 0) != (insert ? SPI_OK_INSERT_RETURNING : SPI_OK_UPDATE_RETURNING)
		|| SPI_processed != 1)
		elog(ERROR, "cannot write nato_news.timeline_event");
	{
		bool		isnull;

		m->event_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	}
}

/* An event of the table joined into another: its reports follow, its row goes. */
static void
drop_absorbed(MergedEvent *m)
{
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		args[2];
	SPIPlanPtr	plan;

	args[0] = Int64GetDatum(m->event_id);
	args[1] = Int64GetDatum(final_event(m)->event_id);
	plan = prepare(&relink_plan,
				   "UPDATE nato_news.article_event SET timeline_event_id = $2 "
				   "WHERE timeline_event_id OPERATOR(pg_catalog.=) $1", 2, argtypes);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "cannot relink nato_news.article_event");
	plan = prepare(&drop_plan,
				   "DELETE FROM nato_news.timeline_event WHERE event_id OPERATOR(pg_catalog.=) $1",
				   1, argtypes);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE)
		elog(ERROR, "cannot update nato_news.timeline_event");
}

/* Point each placed report at its merged event, in one statement. */
static void
write_members(Store *st)
{
	Int64Set	articles = {0},
				ns = {0},
				ids = {0};
	Oid			argtypes[3] = {INT8ARRAYOID, INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[3];
	SPIPlanPtr	plan;

	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		for (int i = 0; i < m->member_articles.n; i++)
		{
			int64set_add(&articles, m->member_articles.items[i], false);
			int64set_add(&ns, m->member_ns.items[i], false);
			int64set_add(&ids, m->event_id, false);
		}
	}
	if (articles.n == 0)
		return;
	plan = prepare(&members_plan,
				   "UPDATE nato_news.article_event e SET timeline_event_id = u.id "
				   "FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) "
				   "AS u(article_id, n, id) "
				   "WHERE e.article_id OPERATOR(pg_catalog.=) u.article_id "
				   "AND e.n OPERATOR(pg_catalog.=) u.n::int",
				   3, argtypes);
	args[0] = int64set_array(&articles, false);
	args[1] = int64set_array(&ns, false);
	args[2] = int64set_array(&ids, false);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "cannot link nato_news.article_event to the timeline");
}

PG_FUNCTION_INFO_V1(timeline_merge);
/*
 * timeline_merge(article_ids bigint[]): bring the merged timeline up to date with the
 * current events of these articles (none for a deleted one). Returns how many merged
 * events were written.
 */
Datum
timeline_merge(PG_FUNCTION_ARGS)
{
	Datum		ids = PG_GETARG_DATUM(0);
	MemoryContext keep = CurrentMemoryContext;
	Store		st = {0};
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		args[1];
	Datum		affected;
	Report	   *reports;
	int			nreports;
	SPIPlanPtr	plan;

	{
		HASHCTL		ctl = {0};

		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(LoadedEntry);
		ctl.hcxt = keep;
		st.loaded = hash_create("nato_news timeline upkeep", 256, &ctl,
								HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	st.entity_type = entity_type_oid();
	st.entity_array_type = get_array_type(st.entity_type);
	get_typlenbyvalalign(st.entity_type, &st.typlen, &st.typbyval, &st.typalign);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* one upkeep at a time: a concurrent one could create the same merged event */
	if (SPI_execute("SELECT pg_catalog.pg_advisory_xact_lock(" TIMELINE_LOCK_KEY ")",
					false, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot lock the timeline");

	/* the merged events these articles took part in are taken apart */
	plan = prepare(&affected_plan,
				   "DELETE FROM nato_news.timeline_event WHERE article_ids OPERATOR(pg_catalog.&&) $1 "
				   "RETURNING event_id, event_type, article_ids", 1, argtypes);
	args[0] = ids;
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE_RETURNING)
		elog(ERROR, "cannot update nato_news.timeline_event");
	{
		MemoryContext spi = MemoryContextSwitchTo(keep);

		st.freed_types = palloc(sizeof(char *) * (SPI_processed + 1));
		st.freed_articles = palloc0(sizeof(Int64Set) * (SPI_processed + 1));
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			Datum		d;

			int64set_add(&st.freed_ids, DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull)), false);
			st.freed_types[i] = text_col(tuple, desc, 2, keep);
			d = SPI_getbinval(tuple, desc, 3, &isnull);
			int64set_add_array(&st.freed_articles[i], d, isnull);
		}
		affected = int64set_array(&st.freed_ids, false);
		MemoryContextSwitchTo(spi);
	}

	reports = read_reports(&st, ids, affected, &nreports, keep);
	for (int i = 0; i < nreports; i++)
	{
		MemoryContext spi = MemoryContextSwitchTo(keep);

		place_report(&st, &reports[i], keep);
		MemoryContextSwitchTo(spi);
	}
	for (int k = 0; k < st.nevents; k++)
		if (st.events[k]->absorbed_into == NULL)
			write_event(&st, st.events[k]);
	for (int k = 0; k < st.nevents; k++)
		if (st.events[k]->absorbed_into != NULL && st.events[k]->from_table)
			drop_absorbed(st.events[k]);
	write_members(&st);
	SPI_finish();
	PG_RETURN_INT32(st.nevents);
}
