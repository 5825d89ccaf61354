/*
 * timeline_store.c: nato_news.timeline_merge(article_ids), the incremental upkeep of the
 * merged timeline (table nato_news.timeline_event, one row per real-world event).
 *
 * Called after the events of some articles were replaced (refresh) or removed (delete).
 * The merged events those articles took part in (found through timeline_member) are
 * taken apart: their other reports (from articles that did not change) and the
 * articles' new reports are placed again, in date order, each into the first merged
 * event it fits (core/event_merge.c, without a focus entity) among those placed in this
 * call and those already in the table, or into a new one. So a changed article can
 * split a merged event (the report that held it together is gone) or join two; joined
 * events become the oldest of them. A rebuilt event keeps the id of the event its first
 * report belonged to, so ids stay stable across re-extraction. Calls are serialised by
 * an advisory lock: two refresh sessions cannot both create the same merged event.
 *
 * The cost is kept to what changes. The table's events a report may fit are found by
 * match keys (timeline_key) and read with only what the merge test needs; the rest of
 * a row is read, and the row rewritten, only when a report joins it. Keys change by
 * difference: an updated event adds the keys it lacks and drops those it lost.
 *
 * Each merged event's words (table timeline_words, what timeline(tsquery) matches) are
 * made of its stored words and its new reports' sentences (timeline_words.c), and
 * written with its row; the words of the events taken apart or joined away go.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "common/hashfn.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/typcache.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_class.h"
#include "miscadmin.h"

#include "civil_date.h"
#include "entity.h"
#include "event_merge.h"
#include "nn_module.h"
#include "timeline_words.h"

/* How many merged events of the table a report is compared with. */
#define CANDIDATES 64
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
	bool		from_table;		/* read from the table: see complete_table_events */
	bool		changed;		/* a report or another event was added to it */
	int64		dates_of;		/* mode, status, date_value: those stored for this event */
	/* what the table holds for an event of the table (complete_table_events) */
	bool		fetched;
	Datum		stored_source,
				stored_target,
				stored_location,
				stored_article_ids,
				stored_body_hashes;
	bool		stored_has_location;
	char	   *stored_mode,
			   *stored_status,
			   *stored_date_value;
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
	/* the tsvectors its words are made of: its stored words, its reports' sentences */
	Datum	   *words;
	int			nwords;
	int			wordscap;
	Datum		stored_words;	/* 0 when none */
	/*
	 * An event of the table as it was read: its keys are those of its first
	 * stored_nactors actors (actors are only ever appended) on its stored dates.
	 */
	int			stored_nactors;
	int			stored_sources;	/* its sources as stored: which of two joined survives */
	DateADT		stored_from,
				stored_to;
	/* the report last compared with it (call_candidates), to compare each once */
	int64		compared_with;
	/* what of it the call index holds: its first indexed_nactors actors on these dates */
	int			indexed_nactors;
	DateADT		indexed_from,
				indexed_to;
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
	bool		with_words;		/* there is a table timeline_words (1.4) */
	bool		by_month;		/* article_state names the month of an article's rows (1.4) */
	int16		typlen;
	bool		typbyval;
	char		typalign;
	MergedEvent **events;
	int			nevents;
	int			cap;
	Int64Set	freed_ids;		/* ids of the taken-apart events, for reuse */
	char	  **freed_types;	/* their event types */
	HTAB	   *freed_index;	/* event id -> freed event, and reused flag */
	HTAB	   *freed_by_article;	/* article id -> freed events it reported */
	HTAB	   *loaded;			/* event_id -> MergedEvent read from the table */
	HTAB	   *call_index;		/* match key -> the events of this call that had it */
	HTAB	   *interned;		/* types, modes and statuses read (interned_col) */
	int64		comparing;		/* how many reports were compared: the current one's stamp */
	Int64Set	keys;			/* match keys of the events written, */
	Int64Set	key_events;		/* and their events */
	Int64Set	gone_key_events;	/* events whose keys all go */
	Int64Set	dropped_keys;	/* single keys that go, */
	Int64Set	dropped_key_events;	/* and their events */
} Store;

/*
 * The plans that read words come in two: [1] with table timeline_words, [0] without (a
 * 1.3 schema, which the 1.4 library serves until ALTER EXTENSION UPDATE, and that can
 * come between two merges of one session).
 */
static SPIPlanPtr complete_plan[2], reports_plan[4];
static SPIPlanPtr affected_plan, insert_plan, update_plan, members_plan, unlink_plan, relink_plan,
			drop_plan, drop_keys_plan, drop_some_keys_plan, insert_keys_plan, candidates_plan,
			number_plan, words_plan, drop_words_plan;

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
		s->cap = s->cap ? s->cap * 2 : 4;
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

/* Add a tsvector to those m's words are made of, first or last (0: none to add). */
static void
add_words(MergedEvent *m, Datum words, bool first)
{
	if (words == (Datum) 0)
		return;
	if (m->nwords == m->wordscap)
	{
		m->wordscap = m->wordscap ? m->wordscap * 2 : 4;
		m->words = m->words ? repalloc(m->words, sizeof(Datum) * m->wordscap)
			: palloc(sizeof(Datum) * m->wordscap);
	}
	if (first)
	{
		memmove(m->words + 1, m->words, sizeof(Datum) * m->nwords);
		m->words[0] = words;
	}
	else
		m->words[m->nwords] = words;
	m->nwords++;
}

static void
entityset_add_array(const Store *st, EntitySet *s, Datum array, bool isnull)
{
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (isnull)
		return;
	a = DatumGetArrayTypeP(array);
	deconstruct_array(a, st->entity_type, st->typlen, st->typbyval, st->typalign, &elems,
					  &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			entityset_add(st, s, elems[i]);
	/* entityset_add copied what it kept */
	pfree(elems);
	pfree(nulls);
	if ((Pointer) a != DatumGetPointer(array))
		pfree(a);
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
	ArrayType  *a;

	if (sorted && s->n > 1)
		qsort(s->items, s->n, sizeof(int64), cmp_int64);
	for (int i = 0; i < s->n; i++)
		elems[i] = Int64GetDatum(s->items[i]);
	a = construct_array(elems, s->n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	pfree(elems);
	return PointerGetDatum(a);
}

/* The distinct values of a set, sorted, as an int8[]; the set is left as it is. */
static Datum
int64set_distinct_array(const Int64Set *s)
{
	Int64Set	copy = {palloc(sizeof(int64) * (s->n + 1)), s->n, s->n + 1};
	int			kept = 0;

	memcpy(copy.items, s->items, sizeof(int64) * s->n);
	if (copy.n > 1)
		qsort(copy.items, copy.n, sizeof(int64), cmp_int64);
	for (int i = 0; i < copy.n; i++)
		if (kept == 0 || copy.items[kept - 1] != copy.items[i])
			copy.items[kept++] = copy.items[i];
	copy.n = kept;
	return int64set_array(&copy, false);
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
prepare_with(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes, int options)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare_cursor(sql, nargs, argtypes, options);

		if (p == NULL)
			elog(ERROR, "cannot prepare timeline upkeep query: %s",
				 SPI_result_code_string(SPI_result));
		SPI_keepplan(p);
		*plan = p;
	}
	return *plan;
}

/*
 * A plan kept for the backend, generic: every statement of the upkeep reads or writes
 * rows by id (articles, events, keys), and its index plan is right at any corpus size. A
 * custom plan, made for the arrays at hand, weighs a merge's thousands of ids against
 * the table and at 100,000 articles chose sequential scans, which grow with the corpus:
 * two of timeline_member that found nothing for new articles took 200 ms a merge. It
 * also copies each array argument into the plan as a constant. Only the candidates
 * query, which probes hundreds of thousands of keys, is planned for each call.
 */
static SPIPlanPtr
prepare(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	return prepare_with(plan, sql, nargs, argtypes, CURSOR_OPT_GENERIC_PLAN);
}

/* A column's text (SPI_getvalue's, NULL for a null) copied into a context, and freed. */
static char *
moved_value(char *v, MemoryContext into)
{
	char	   *copy = MemoryContextStrdup(into, v ? v : "");

	if (v)
		pfree(v);
	return copy;
}

static char *
text_col(HeapTuple tuple, TupleDesc desc, int col, MemoryContext into)
{
	return moved_value(SPI_getvalue(tuple, desc, col), into);
}

/*
 * A column of few distinct values (an event type, a mode, a status) read once for all
 * the rows that share it: a large merge reads hundreds of thousands of reports.
 */
#define INTERN_LEN 64

typedef struct InternEntry
{
	char		value[INTERN_LEN];	/* hash key */
	char	   *copy;
} InternEntry;

static char *
interned_col(Store *st, HeapTuple tuple, TupleDesc desc, int col, MemoryContext into)
{
	char	   *v = SPI_getvalue(tuple, desc, col);
	InternEntry *e;
	bool		found;

	if (v == NULL || strlen(v) >= INTERN_LEN)
		return moved_value(v, into);
	e = hash_search(st->interned, v, HASH_ENTER, &found);
	if (!found)
		e->copy = MemoryContextStrdup(into, v);
	pfree(v);
	return e->copy;
}

/* ------------------------------------------------------------------ match keys */

/*
 * Match keys find the merged events a report may fit by index. Two reports can be one
 * event only if they share a type and an actor and their dates overlap, so each key
 * hashes the event type, one actor and a stretch of time:
 *
 *   a day key      for one day,
 *   a week key     for the (Monday to Sunday) week holding a day.
 *
 * A merged event on one day is stored under the day key of each actor; one that spans
 * days under the week keys of the weeks its first MATCH_DAYS days touch (until 1.4 it
 * took a day key for each of those days: spanning events, one in ten of the bench's,
 * made 64% of timeline_key). A report probes what an overlapping event could be stored
 * under: the day keys of its days (events on one of them) and the week keys of its
 * weeks (spanning events reaching one of them). A week key also finds spanning events
 * that are in the same week but share none of the report's first days; fits() turns
 * those down.
 *
 * Keys written by 1.3 and earlier are day keys for every day of a spanning event; the
 * probes still find them (each is the day key of a day such an event covers), so the
 * table needs no rewrite. They stay until their event goes.
 */
#define MATCH_DAYS 31

/*
 * The last day keyed of a range: its MATCH_DAYS-th, or its end (in 64 bits: an open end
 * is the largest DateADT).
 */
static inline int64
last_keyed_day(DateADT from, DateADT to)
{
	return Min((int64) to, (int64) from + MATCH_DAYS - 1);
}

typedef enum MatchKeyUse
{
	KEYS_STORED,				/* the keys a merged event is listed under */
	KEYS_PROBED					/* the keys a report looks up */
} MatchKeyUse;

/* Monday-based week number of a day (2000-01-03, day 2, was a Monday); floor for days before */
static inline int64
week_of(int64 day)
{
	int64		d = day - 2;

	return d >= 0 ? d / 7 : -((-d + 6) / 7);
}

static void
add_actor_keys(Int64Set *keys, MatchKeyUse use, const char *event_type,
			   const NNActorRef *actors, int nactors, DateADT from, DateADT to)
{
	uint64		type_hash = hash_bytes_extended((const unsigned char *) event_type,
												(int) strlen(event_type), 0);
	int64		last = last_keyed_day(from, to);
	bool		spans = to > from;

	for (int a = 0; a < nactors; a++)
	{
		const NNActorRef *ref = &actors[a];
		uint64		actor_hash = hash_combine64(type_hash,
												hash_bytes_extended((const unsigned char *) ref->name,
																	ref->name_len, (uint64) ref->kind));

		/* day keys: stored for an event of one day, probed for every day of a report */
		if (use == KEYS_PROBED || !spans)
			for (int64 day = from; day <= last; day++)
				int64set_add(keys, (int64) hash_combine64(actor_hash,
														  hash_bytes_uint32_extended((uint32) day, 0)),
							 false);
		/* week keys: stored for a spanning event, probed for every report */
		if (use == KEYS_PROBED || spans)
			for (int64 week = week_of(from); week <= week_of(last); week++)
				int64set_add(keys, (int64) hash_combine64(actor_hash,
														  hash_bytes_uint32_extended((uint32) week, 1)),
							 false);
	}
}

static void
add_match_keys(Int64Set *keys, MatchKeyUse use, const char *event_type, const EntitySet *actors,
			   DateADT from, DateADT to)
{
	add_actor_keys(keys, use, event_type, actors->refs, actors->n, from, to);
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
	Datum		words;			/* the tsvector of its sentence */
	/* its match keys, made once (preload_candidates) for the table and the call index */
	const int64 *keys;
	int			nkeys;
	/* merged events of the table it may fit, read before placing (preload_candidates) */
	MergedEvent **candidates;
	int			ncandidates;
} Report;

/*
 * Do two date ranges share a day among the first MATCH_DAYS of each? Day keys made this
 * the rule for which events a report is compared with; week keys find more, and the
 * test keeps the rule (the timeline does not change with the keys).
 */
static bool
first_days_meet(DateADT from_a, DateADT to_a, DateADT from_b, DateADT to_b)
{
	return Max((int64) from_a, (int64) from_b)
		<= Min(last_keyed_day(from_a, to_a), last_keyed_day(from_b, to_b));
}

static bool
fits(const MergedEvent *m, const Report *r)
{
	if (!first_days_meet(m->date_from, m->date_to, r->date_from, r->date_to))
		return false;
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
		m->dates_of = 0;
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
	add_words(m, r->words, false);
	m->changed = true;
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

/* ------------------------------------------------------------------ the call index */

/*
 * The merged events of this call are found by the same match keys as those of the
 * table, in memory: an event is listed under every key it has had in this call (its
 * dates only narrow and its actors only grow, so a key it lost just brings a candidate
 * the merge test turns down). So where a report lands does not depend on the order or
 * the batches the reports came in.
 */
typedef struct CallKeyEntry
{
	int64		key;			/* hash key */
	MergedEvent **events;
	int			n;
	int			cap;
} CallKeyEntry;

static void
call_index_add(Store *st, int64 key, MergedEvent *m)
{
	bool		found;
	CallKeyEntry *e = hash_search(st->call_index, &key, HASH_ENTER, &found);

	if (!found)
	{
		e->n = 0;
		e->cap = 4;
		e->events = palloc(sizeof(MergedEvent *) * e->cap);
	}
	/* an event is listed once a key: it is added again only after another event */
	if (e->n > 0 && e->events[e->n - 1] == m)
		return;
	if (e->n == e->cap)
	{
		e->cap *= 2;
		e->events = repalloc(e->events, sizeof(MergedEvent *) * e->cap);
	}
	e->events[e->n++] = m;
}

/* List m under the keys it has now and did not have when last listed. */
static void
call_index_event(Store *st, MergedEvent *m)
{
	Int64Set	keys = {0};

	if (m->indexed_nactors > 0 && m->indexed_from == m->date_from && m->indexed_to == m->date_to)
		add_actor_keys(&keys, KEYS_STORED, m->event_type, m->actors.refs + m->indexed_nactors,
					   m->actors.n - m->indexed_nactors, m->date_from, m->date_to);
	else
		add_match_keys(&keys, KEYS_STORED, m->event_type, &m->actors, m->date_from, m->date_to);
	for (int k = 0; k < keys.n; k++)
		call_index_add(st, keys.items[k], m);
	m->indexed_nactors = m->actors.n;
	m->indexed_from = m->date_from;
	m->indexed_to = m->date_to;
	if (keys.items)
		pfree(keys.items);
}

/* The merged events of this call the report fits, added to fitting. */
static void
call_candidates(Store *st, const Report *r, MergedEvent **fitting, int *nfit)
{
	st->comparing++;
	for (int k = 0; k < r->nkeys; k++)
	{
		CallKeyEntry *e = hash_search(st->call_index, &r->keys[k], HASH_FIND, NULL);

		for (int i = 0; e != NULL && i < e->n; i++)
		{
			MergedEvent *m = final_event(e->events[i]);

			/* an event is under many of the report's keys (its actors, its days) */
			if (m->compared_with == st->comparing)
				continue;
			m->compared_with = st->comparing;
			if (fits(m, r))
				add_fit(fitting, nfit, m);
		}
	}
}

/*
 * A merged event of the table, read from a candidates row, into the store. Only what the
 * merge test reads is read here (type, dates, actors): most candidates are turned down,
 * and the rest of the row is read for those a report joins (complete_table_events).
 */
static MergedEvent *
load_table_event(Store *st, HeapTuple tuple, TupleDesc desc, MemoryContext keep)
{
	bool		isnull;
	int64		id = DatumGetInt64(SPI_getbinval(tuple, desc, 2, &isnull));
	MergedEvent *m;
	Datum		d;

	m = loaded_event(st, id);
	if (m != NULL)
		return m;
	m = new_event(st);
	m->event_id = id;
	m->from_table = true;
	m->dates_of = id;
	m->event_type = interned_col(st, tuple, desc, 3, keep);
	m->date_from = DatumGetDateADT(SPI_getbinval(tuple, desc, 4, &isnull));
	m->date_to = DatumGetDateADT(SPI_getbinval(tuple, desc, 5, &isnull));
	d = SPI_getbinval(tuple, desc, 6, &isnull);
	entityset_add_array(st, &m->actors, d, isnull);
	m->stored_nactors = m->actors.n;
	m->stored_sources = DatumGetInt32(SPI_getbinval(tuple, desc, 7, &isnull));
	m->stored_from = m->date_from;
	m->stored_to = m->date_to;
	remember_loaded(st, m);
	return m;
}

/*
 * Read, in one query, the merged events of the table the batch's reports may fit: those
 * sharing a match key with one (table timeline_key); each report gets those of its own
 * keys, at most CANDIDATES.
 */
typedef struct KeyEntry
{
	int64		key;			/* hash key */
	MergedEvent *events[CANDIDATES];
	int			nevents;
} KeyEntry;

static void
preload_candidates(Store *st, Report *reports, int nreports, MemoryContext keep)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		args[1];
	char		nulls[1] = {' '};
	Int64Set	keys = {0};
	int		   *first_key;
	HASHCTL		ctl = {0};
	HTAB	   *by_key;
	MemoryContext spi;

	if (nreports == 0)
		return;
	/* the reports keep their keys until they are placed */
	spi = MemoryContextSwitchTo(keep);
	first_key = palloc(sizeof(int) * (nreports + 1));
	for (int i = 0; i < nreports; i++)
	{
		first_key[i] = keys.n;
		add_match_keys(&keys, KEYS_PROBED, reports[i].event_type, &reports[i].actors, reports[i].date_from,
					   reports[i].date_to);
	}
	first_key[nreports] = keys.n;
	MemoryContextSwitchTo(spi);
	for (int i = 0; i < nreports; i++)
	{
		reports[i].keys = keys.items + first_key[i];
		reports[i].nkeys = first_key[i + 1] - first_key[i];
	}
	pfree(first_key);
	if (keys.n == 0)
		return;
	args[0] = int64set_distinct_array(&keys);

	/*
	 * The keys are joined as rows, not tested with "= ANY": a plan for a given array
	 * estimates "= ANY" element by element, which for the hundreds of thousands of keys
	 * of a large call costs more than the upkeep itself, while the rows of unnest are
	 * just counted. The plan is made for each call (a hash join for many keys, index
	 * probes for a few): a generic one would guess how many keys there are.
	 */
	if (SPI_execute_plan(prepare_with(&candidates_plan,
								 "SELECT k.key, e.event_id, e.event_type, e.date_from, e.date_to, "
								 "e.actors, e.sources FROM pg_catalog.unnest($1) AS u(key) "
								 "JOIN nato_news.timeline_key k ON k.key OPERATOR(pg_catalog.=) u.key "
								 "JOIN nato_news.timeline_event e ON e.event_id OPERATOR(pg_catalog.=) k.event_id",
								 1, argtypes, CURSOR_OPT_CUSTOM_PLAN),
						 /* not read-only: it must see this call's deletes */
						 args, nulls, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.timeline_event");

	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(KeyEntry);
	ctl.hcxt = keep;
	by_key = hash_create("nato_news timeline match keys", 1024, &ctl,
						 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	for (uint64 row = 0; row < SPI_processed; row++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[row];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		key = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull));
		MemoryContext spi = MemoryContextSwitchTo(keep);
		MergedEvent *m = load_table_event(st, tuple, desc, keep);
		bool		found;
		KeyEntry   *entry = hash_search(by_key, &key, HASH_ENTER, &found);

		if (!found)
			entry->nevents = 0;
		if (entry->nevents < CANDIDATES)
			entry->events[entry->nevents++] = m;
		MemoryContextSwitchTo(spi);
	}
	SPI_freetuptable(SPI_tuptable);

	for (int i = 0; i < nreports; i++)
	{
		Report	   *r = &reports[i];

		for (int k = 0; k < r->nkeys; k++)
		{
			KeyEntry   *entry = hash_search(by_key, &r->keys[k], HASH_FIND, NULL);

			if (entry == NULL)
				continue;
			for (int e = 0; e < entry->nevents; e++)
			{
				bool		seen = false;

				for (int c = 0; c < r->ncandidates && !seen; c++)
					seen = r->candidates[c] == entry->events[e];
				if (seen)
					continue;
				if (r->candidates == NULL)
					r->candidates = MemoryContextAlloc(keep, sizeof(MergedEvent *) * CANDIDATES);
				if (r->ncandidates < CANDIDATES)
					r->candidates[r->ncandidates++] = entry->events[e];
			}
		}
	}
}

/* The merged events of the table the report fits, added to fitting. */
static void
table_candidates(Store *st, const Report *r, MergedEvent **fitting, int *nfit)
{
	for (int i = 0; i < r->ncandidates; i++)
	{
		MergedEvent *m = final_event(r->candidates[i]);

		if (fits(m, r))
			add_fit(fitting, nfit, m);
	}
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
		into->dates_of = other->dates_of;
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
	for (int i = 0; i < other->nwords; i++)
		add_words(into, other->words[i], false);
	other->nwords = 0;
	if (into->reuse_id == 0 && !into->from_table && other->reuse_id != 0)
	{
		into->reuse_id = other->reuse_id;
		other->reuse_id = 0;
	}
	other->absorbed_into = into;
	into->changed = true;
}

typedef struct FreedEntry
{
	int64		event_id;		/* hash key */
	int			index;			/* in freed_ids */
	bool		reused;
} FreedEntry;

#define FREED_PER_ARTICLE 16

typedef struct FreedByArticle
{
	int64		article_id;		/* hash key */
	int			n;
	int			index[FREED_PER_ARTICLE];	/* in freed_ids */
} FreedByArticle;

static HTAB *
int64_hash(const char *name, Size entrysize, MemoryContext cxt)
{
	HASHCTL		ctl = {0};

	ctl.keysize = sizeof(int64);
	ctl.entrysize = entrysize;
	ctl.hcxt = cxt;
	return hash_create(name, 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* Index the taken-apart events by id and by reporting article, for reusable_id. */
static void
index_freed(Store *st, Int64Set *articles_of, MemoryContext cxt)
{
	st->freed_index = int64_hash("nato_news freed events", sizeof(FreedEntry), cxt);
	st->freed_by_article = int64_hash("nato_news freed events by article", sizeof(FreedByArticle), cxt);
	for (int i = 0; i < st->freed_ids.n; i++)
	{
		bool		found;
		FreedEntry *f = hash_search(st->freed_index, &st->freed_ids.items[i], HASH_ENTER, &found);

		f->index = i;
		f->reused = false;
		for (int a = 0; a < articles_of[i].n; a++)
		{
			FreedByArticle *b = hash_search(st->freed_by_article, &articles_of[i].items[a],
											HASH_ENTER, &found);

			if (!found)
				b->n = 0;
			if (b->n < FREED_PER_ARTICLE)
				b->index[b->n++] = i;
		}
	}
}

static bool
claim_freed(Store *st, int64 id)
{
	FreedEntry *f = hash_search(st->freed_index, &id, HASH_FIND, NULL);

	if (f == NULL || f->reused)
		return false;
	f->reused = true;
	return true;
}

/*
 * The id a new merged event takes (and claims): that of the taken-apart event the
 * report belonged to (a report of an unchanged article), or else of one of the same
 * type its article reported (the article was re-extracted); 0 when none is left.
 */
static int64
reusable_id(Store *st, const Report *r)
{
	FreedByArticle *b;

	if (st->freed_ids.n == 0)
		return 0;
	if (r->old_event_id != 0 && claim_freed(st, r->old_event_id))
		return r->old_event_id;
	b = hash_search(st->freed_by_article, &r->article_id, HASH_FIND, NULL);
	for (int i = 0; b != NULL && i < b->n; i++)
	{
		int64		id = st->freed_ids.items[b->index[i]];

		if (strcmp(st->freed_types[b->index[i]], r->event_type) == 0 && claim_freed(st, id))
			return id;
	}
	return 0;
}

/* Whether the event of the table a keeps its id rather than b when a report joins them. */
static bool
survives(const MergedEvent *a, const MergedEvent *b)
{
	if (!b->from_table)
		return true;
	if (a->stored_sources != b->stored_sources)
		return a->stored_sources > b->stored_sources;
	return a->event_id < b->event_id;
}

/*
 * Place a report: into the merged event it fits; when it fits several, they are one
 * event it joins together; when none, a new one. It is compared with the recent merged
 * events of this call and with its candidates of the table (read before placing).
 */
static void
place_report(Store *st, Report *r, MemoryContext keep)
{
	MergedEvent *fitting[MAX_FITS];
	int			nfit = 0;
	MergedEvent *into;

	call_candidates(st, r, fitting, &nfit);
	table_candidates(st, r, fitting, &nfit);
	if (nfit == 0)
	{
		into = new_event(st);
		into->reuse_id = reusable_id(st, r);
	}
	else
	{
		/*
		 * An event of the table keeps its id: the others join the one with the most
		 * sources, the oldest (lowest id) of those, so the result does not depend on the
		 * order candidates were read. The largest, because the members of the others are
		 * relinked row by row: a report bridging a story of thousands of articles and a
		 * new one of two moves two rows, not thousands.
		 */
		into = fitting[0];
		for (int i = 1; i < nfit; i++)
			if (fitting[i]->from_table && survives(fitting[i], into))
				into = fitting[i];
		for (int i = 0; i < nfit; i++)
			if (fitting[i] != into)
				absorb(st, into, fitting[i]);
	}
	add_report(st, into, r);
	call_index_event(st, into);
}

/* ------------------------------------------------------------------ reading and writing */

/*
 * The changed articles' reports, and the other reports of the events being taken apart,
 * in the order they are placed; with the words of each sentence (words: their SQL).
 * From 1.4 each article's reports are found under the month its state row names, the
 * partition key of article_event, so a lookup reads one partition (BY_MONTH); before,
 * article_event had no month, and a report whose article has no state row still counts.
 */
#define REPORTS_SQL(words, changed_from, members_from) \
	"SELECT e.article_id, e.n, NULL::bigint, e.event_type, e.mode, e.status, e.date_from, " \
	"e.date_to, coalesce(e.date_value, ''), e.actors, e.source, e.target, e.location, s.body_hash, " \
	words changed_from "AND e.date_from IS NOT NULL " \
	"UNION ALL " \
	"SELECT e.article_id, e.n, m.event_id, e.event_type, e.mode, e.status, e.date_from, " \
	"e.date_to, coalesce(e.date_value, ''), e.actors, e.source, e.target, e.location, s.body_hash, " \
	words members_from "WHERE m.event_id OPERATOR(pg_catalog.=) ANY ($2) " \
	"AND NOT m.article_id OPERATOR(pg_catalog.=) ANY ($1) " \
	"ORDER BY 7, 8, 1, 2"
#define CHANGED_BY_MONTH \
	" FROM nato_news.article_state s JOIN nato_news.article_event e " \
	"ON e.article_id OPERATOR(pg_catalog.=) s.article_id " \
	"AND e.published_month OPERATOR(pg_catalog.=) s.published_month " \
	"WHERE s.article_id OPERATOR(pg_catalog.=) ANY ($1) "
#define MEMBERS_BY_MONTH \
	" FROM nato_news.timeline_member m JOIN nato_news.article_state s " \
	"ON s.article_id OPERATOR(pg_catalog.=) m.article_id JOIN nato_news.article_event e " \
	"ON e.article_id OPERATOR(pg_catalog.=) m.article_id AND e.n OPERATOR(pg_catalog.=) m.n " \
	"AND e.published_month OPERATOR(pg_catalog.=) s.published_month "
#define CHANGED_1_3 \
	" FROM nato_news.article_event e LEFT JOIN nato_news.article_state s " \
	"ON s.article_id OPERATOR(pg_catalog.=) e.article_id " \
	"WHERE e.article_id OPERATOR(pg_catalog.=) ANY ($1) "
#define MEMBERS_1_3 \
	" FROM nato_news.timeline_member m JOIN nato_news.article_event e " \
	"ON e.article_id OPERATOR(pg_catalog.=) m.article_id AND e.n OPERATOR(pg_catalog.=) m.n " \
	"LEFT JOIN nato_news.article_state s ON s.article_id OPERATOR(pg_catalog.=) e.article_id "
#define WORDS_SQL "pg_catalog.to_tsvector('nato_news.diplomatic'::pg_catalog.regconfig, e.sentence)"
#define NO_WORDS_SQL "NULL::pg_catalog.tsvector"

static Report *
read_reports(Store *st, Datum ids, Datum affected, int *nreports, MemoryContext keep)
{
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[2] = {ids, affected};
	SPIPlanPtr	plan;
	Report	   *reports;

	if (st->with_words && st->by_month)
		plan = prepare(&reports_plan[3], REPORTS_SQL(WORDS_SQL, CHANGED_BY_MONTH, MEMBERS_BY_MONTH),
					   2, argtypes);
	else if (st->by_month)
		plan = prepare(&reports_plan[2], REPORTS_SQL(NO_WORDS_SQL, CHANGED_BY_MONTH, MEMBERS_BY_MONTH),
					   2, argtypes);
	else if (st->with_words)
		plan = prepare(&reports_plan[1], REPORTS_SQL(WORDS_SQL, CHANGED_1_3, MEMBERS_1_3), 2, argtypes);
	else
		plan = prepare(&reports_plan[0], REPORTS_SQL(NO_WORDS_SQL, CHANGED_1_3, MEMBERS_1_3), 2, argtypes);
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
		r->event_type = interned_col(st, tuple, desc, 4, keep);
		r->mode = interned_col(st, tuple, desc, 5, keep);
		r->status = interned_col(st, tuple, desc, 6, keep);
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
		d = SPI_getbinval(tuple, desc, 15, &isnull);
		r->words = isnull ? (Datum) 0 : datumCopy(d, false, -1);
		MemoryContextSwitchTo(spi);
	}
	*nreports = (int) SPI_processed;
	/* every report holds copies of what it keeps */
	SPI_freetuptable(SPI_tuptable);
	return reports;
}

#define TE_COLUMNS 14

/* The rows written and their array: a large merge writes hundreds of megabytes of them. */
static void
free_rows(Datum array, Datum *rows, int n)
{
	pfree(DatumGetPointer(array));
	for (int i = 0; i < n; i++)
		pfree(DatumGetPointer(rows[i]));
}

/* The row of timeline_event for m, as a composite datum of the table's row type. */
static Datum
event_row(Store *st, TupleDesc desc, MergedEvent *m)
{
	Datum		values[TE_COLUMNS];
	bool		nulls[TE_COLUMNS] = {0};
	HeapTuple	tuple;
	Datum		row;

	values[0] = Int64GetDatum(m->event_id);
	values[1] = CStringGetTextDatum(m->event_type);
	values[2] = CStringGetTextDatum(m->mode);
	values[3] = CStringGetTextDatum(m->status);
	values[4] = DateADTGetDatum(m->date_from);
	values[5] = DateADTGetDatum(m->date_to);
	values[6] = CStringGetTextDatum(m->date_value);
	values[7] = entityset_array(st, &m->actors);
	values[8] = entityset_array(st, &m->source);
	values[9] = entityset_array(st, &m->target);
	values[10] = m->location;
	nulls[10] = !m->has_location;
	values[11] = int64set_array(&m->article_ids, true);
	values[12] = int64set_array(&m->body_hashes, true);
	values[13] = Int32GetDatum(m->body_hashes.n);
	tuple = heap_form_tuple(desc, values, nulls);
	/* the row holds copies: what was built for it goes (a large merge builds a lot) */
	for (int i = 1; i < TE_COLUMNS; i++)
		if (i != 4 && i != 5 && i != 10 && i != 13)
			pfree(DatumGetPointer(values[i]));
	/* a datum that is its own allocation, so that free_rows can free it */
	row = heap_copy_tuple_as_datum(tuple, desc);
	heap_freetuple(tuple);
	return row;
}

/* set := stored, then what set held (first appearance keeps its place). */
static void
entityset_prepend_stored(const Store *st, EntitySet *set, Datum stored)
{
	EntitySet	merged = {0};

	entityset_add_array(st, &merged, stored, stored == (Datum) 0);
	for (int i = 0; i < set->n; i++)
		entityset_add(st, &merged, set->items[i]);
	*set = merged;
}

/* Add the ids of a stored array (none when 0) that set does not hold yet. */
static void
int64set_union_stored(Int64Set *set, Datum stored)
{
	Int64Set	ids = {0};

	int64set_add_array(&ids, stored, stored == (Datum) 0);
	for (int i = 0; i < ids.n; i++)
		int64set_add(set, ids.items[i], true);
}

static void
int64set_prepend_stored(Int64Set *set, Datum stored)
{
	Int64Set	merged = {0};

	int64set_add_array(&merged, stored, stored == (Datum) 0);
	for (int i = 0; i < set->n; i++)
		int64set_add(&merged, set->items[i], true);
	*set = merged;
}

static void
append_stored(const Store *st, MergedEvent *into, const MergedEvent *m)
{
	entityset_add_array(st, &into->source, m->stored_source, m->stored_source == (Datum) 0);
	entityset_add_array(st, &into->target, m->stored_target, m->stored_target == (Datum) 0);
	if (!into->has_location && m->stored_has_location)
	{
		into->location = m->stored_location;
		into->has_location = true;
	}
	int64set_union_stored(&into->article_ids, m->stored_article_ids);
	int64set_union_stored(&into->body_hashes, m->stored_body_hashes);
	add_words(into, m->stored_words, false);
}

/* The rest of the rows of the table's events $1; words: the SQL of their words. */
#define COMPLETE_SQL(words) \
	"SELECT e.event_id, e.mode, e.status, e.date_value, e.source, e.target, e.location, " \
	"e.article_ids, e.body_hashes, " words " FROM nato_news.timeline_event e " \
	"WHERE e.event_id OPERATOR(pg_catalog.=) ANY ($1)"

/*
 * Read the rest of the rows of the table's events that this call rewrites (those a
 * report joined, and those joined into another), and put what they hold before what
 * this call added: the stored sources, targets, place, articles and body hashes, and
 * the mode, status and date value where the stored dates still stand.
 */
static void
complete_table_events(Store *st, MemoryContext keep)
{
	Int64Set	ids = {0};
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		args[1];

	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		if (m->from_table && (m->changed || m->absorbed_into != NULL))
			int64set_add(&ids, m->event_id, false);
	}
	if (ids.n == 0)
		return;
	args[0] = int64set_array(&ids, false);
	if (SPI_execute_plan(st->with_words ?
						 prepare(&complete_plan[1],
								 COMPLETE_SQL("(SELECT w.words FROM nato_news.timeline_words w "
											  "WHERE w.event_id OPERATOR(pg_catalog.=) e.event_id)"),
								 1, argtypes) :
						 prepare(&complete_plan[0], COMPLETE_SQL("NULL::pg_catalog.tsvector"), 1, argtypes),
						 args, NULL, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.timeline_event");
	for (uint64 row = 0; row < SPI_processed; row++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[row];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		id = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull));
		LoadedEntry *e = hash_search(st->loaded, &id, HASH_FIND, NULL);
		MemoryContext spi = MemoryContextSwitchTo(keep);
		MergedEvent *m;
		Datum		d;

		if (e == NULL)
			elog(ERROR, "timeline upkeep read an event it did not load");
		m = e->event;
		m->fetched = true;
		m->stored_mode = interned_col(st, tuple, desc, 2, keep);
		m->stored_status = interned_col(st, tuple, desc, 3, keep);
		m->stored_date_value = text_col(tuple, desc, 4, keep);
		d = SPI_getbinval(tuple, desc, 5, &isnull);
		m->stored_source = isnull ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 6, &isnull);
		m->stored_target = isnull ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 7, &isnull);
		m->stored_has_location = !isnull;
		m->stored_location = isnull ? (Datum) 0 : datumCopy(d, st->typbyval, st->typlen);
		d = SPI_getbinval(tuple, desc, 8, &isnull);
		m->stored_article_ids = isnull ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 9, &isnull);
		m->stored_body_hashes = isnull ? (Datum) 0 : datumCopy(d, false, -1);
		d = SPI_getbinval(tuple, desc, 10, &isnull);
		/* detoasted once here: the union and the comparison with it both read it */
		m->stored_words = isnull ? (Datum) 0 :
			PointerGetDatum(pg_detoast_datum_copy((struct varlena *) DatumGetPointer(d)));
		MemoryContextSwitchTo(spi);
	}
	if (SPI_processed != (uint64) ids.n)
		elog(ERROR, "timeline upkeep lost %d merged events", ids.n - (int) SPI_processed);
	SPI_freetuptable(SPI_tuptable);

	/* an event's own row comes first, then what this call added */
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		if (!m->fetched || m->absorbed_into != NULL)
			continue;
		entityset_prepend_stored(st, &m->source, m->stored_source);
		entityset_prepend_stored(st, &m->target, m->stored_target);
		if (m->stored_has_location)
		{
			m->location = m->stored_location;
			m->has_location = true;
		}
		int64set_prepend_stored(&m->article_ids, m->stored_article_ids);
		int64set_prepend_stored(&m->body_hashes, m->stored_body_hashes);
		add_words(m, m->stored_words, true);
	}
	/* then the rows of the events joined into it */
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		if (m->fetched && m->absorbed_into != NULL)
			append_stored(st, final_event(m), m);
	}
	/* the stored dates that still stand bring their mode, status and value */
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];
		LoadedEntry *e;

		if (m->absorbed_into != NULL || m->dates_of == 0 || (m->from_table && !m->changed))
			continue;
		e = hash_search(st->loaded, &m->dates_of, HASH_FIND, NULL);
		if (e == NULL || !e->event->fetched)
			elog(ERROR, "timeline upkeep lost the dates of merged event " INT64_FORMAT, m->dates_of);
		m->mode = e->event->stored_mode;
		m->status = e->event->stored_status;
		m->date_value = e->event->stored_date_value;
	}
}

/*
 * Of the keys just computed for an updated event of the table (st->keys from first_key
 * on), keep only those it did not have, and note for deletion those it had and lost.
 */
static void
keep_key_difference(Store *st, const MergedEvent *m, int first_key)
{
	EntitySet	stored_actors = m->actors;
	Int64Set	had = {0};
	int			kept = first_key;
	int			nnow = st->keys.n - first_key;
	int64	   *now = palloc(sizeof(int64) * (nnow + 1));

	stored_actors.n = m->stored_nactors;
	add_match_keys(&had, KEYS_STORED, m->event_type, &stored_actors, m->stored_from, m->stored_to);
	if (had.n > 1)
		qsort(had.items, had.n, sizeof(int64), cmp_int64);
	memcpy(now, st->keys.items + first_key, sizeof(int64) * nnow);
	if (nnow > 1)
		qsort(now, nnow, sizeof(int64), cmp_int64);
	for (int i = first_key; i < st->keys.n; i++)
		if (bsearch(&st->keys.items[i], had.items, had.n, sizeof(int64), cmp_int64) == NULL)
			st->keys.items[kept++] = st->keys.items[i];
	st->keys.n = kept;
	for (int i = 0; i < had.n; i++)
		if (bsearch(&had.items[i], now, nnow, sizeof(int64), cmp_int64) == NULL)
		{
			int64set_add(&st->dropped_keys, had.items[i], false);
			int64set_add(&st->dropped_key_events, m->event_id, false);
		}
	pfree(now);
	if (had.items)
		pfree(had.items);
}

/*
 * Write the merged events of this call: ids for the new ones, then every new row in one
 * INSERT and every changed one in one UPDATE (rows passed as an array of the table's
 * row type), then their match keys.
 */
static int
write_events(Store *st)
{
	Oid			relid = get_relname_relid("timeline_event", get_namespace_oid("nato_news", false));
	Oid			rowtype = get_rel_type_id(relid);
	Oid			rowarray = get_array_type(rowtype);
	TupleDesc	desc = lookup_rowtype_tupdesc_copy(rowtype, -1);
	Datum	   *inserts = palloc(sizeof(Datum) * (st->nevents + 1));
	Datum	   *updates = palloc(sizeof(Datum) * (st->nevents + 1));
	int			ninserts = 0,
				nupdates = 0,
				nfresh = 0;
	Oid			argtypes[1] = {rowarray};
	Datum		args[1];
	MemoryContext keep = CurrentMemoryContext;

	if (desc->natts != TE_COLUMNS)
		elog(ERROR, "nato_news.timeline_event has %d columns, expected %d", desc->natts, TE_COLUMNS);
	for (int k = 0; k < st->nevents; k++)
		if (st->events[k]->absorbed_into == NULL && !st->events[k]->from_table
			&& st->events[k]->reuse_id == 0)
			nfresh++;
	if (nfresh > 0)
	{
		Oid			types[1] = {INT8OID};
		Datum		count[1] = {Int64GetDatum(nfresh)};
		bool		isnull;
		uint64		next = 0;

		/*
		 * The sequence is looked up once, not for each id: OFFSET 0 keeps the planner from
		 * pulling the lookup up into the select list, where it ran per row (a catalog
		 * search each, nine tenths of this query's time).
		 */
		if (SPI_execute_plan(prepare(&number_plan,
									 "SELECT pg_catalog.nextval(q.s) "
									 "FROM (SELECT pg_catalog.pg_get_serial_sequence("
									 "'nato_news.timeline_event', 'event_id')::pg_catalog.regclass AS s "
									 "OFFSET 0) q, "
									 "pg_catalog.generate_series(1, $1)", 1, types),
							 count, NULL, false, 0) != SPI_OK_SELECT
			|| SPI_processed != (uint64) nfresh)
			elog(ERROR, "cannot number nato_news.timeline_event");
		for (int k = 0; k < st->nevents; k++)
		{
			MergedEvent *m = st->events[k];

			if (m->absorbed_into == NULL && !m->from_table && m->reuse_id == 0)
				m->event_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[next++],
														  SPI_tuptable->tupdesc, 1, &isnull));
		}
	}
	MemoryContextSwitchTo(keep);
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];
		int			first_key = st->keys.n;

		/* a candidate of the table that no report joined is left as it is */
		if (m->absorbed_into != NULL || (m->from_table && !m->changed))
			continue;
		if (!m->from_table && m->reuse_id != 0)
			m->event_id = m->reuse_id;
		if (m->from_table)
			updates[nupdates++] = event_row(st, desc, m);
		else
			inserts[ninserts++] = event_row(st, desc, m);
		/*
		 * Its keys, written by write_keys. An updated event only adds the keys it lacks
		 * (a new actor, a new day) and drops those its narrower dates no longer cover:
		 * most updates add a report of a known actor on a known day, and write nothing.
		 */
		add_match_keys(&st->keys, KEYS_STORED, m->event_type, &m->actors, m->date_from, m->date_to);
		if (m->from_table)
			keep_key_difference(st, m, first_key);
		for (int i = first_key; i < st->keys.n; i++)
			int64set_add(&st->key_events, m->event_id, false);
	}
	if (ninserts > 0)
	{
		args[0] = PointerGetDatum(construct_array(inserts, ninserts, rowtype, -1, false, TYPALIGN_DOUBLE));
		if (SPI_execute_plan(prepare(&insert_plan,
									 "INSERT INTO nato_news.timeline_event SELECT * FROM pg_catalog.unnest($1)",
									 1, argtypes), args, NULL, false, 0) != SPI_OK_INSERT)
			elog(ERROR, "cannot write nato_news.timeline_event");
		free_rows(args[0], inserts, ninserts);
	}
	if (nupdates > 0)
	{
		args[0] = PointerGetDatum(construct_array(updates, nupdates, rowtype, -1, false, TYPALIGN_DOUBLE));
		if (SPI_execute_plan(prepare(&update_plan,
									 "UPDATE nato_news.timeline_event t SET event_type = u.event_type, "
									 "mode = u.mode, status = u.status, date_from = u.date_from, "
									 "date_to = u.date_to, date_value = u.date_value, actors = u.actors, "
									 "source = u.source, target = u.target, location = u.location, "
									 "article_ids = u.article_ids, body_hashes = u.body_hashes, "
									 "sources = u.sources FROM pg_catalog.unnest($1) u "
									 "WHERE t.event_id OPERATOR(pg_catalog.=) u.event_id",
									 1, argtypes), args, NULL, false, 0) != SPI_OK_UPDATE
			|| SPI_processed != (uint64) nupdates)
			elog(ERROR, "cannot write nato_news.timeline_event");
		free_rows(args[0], updates, nupdates);
	}
	return ninserts + nupdates;
}

typedef struct KeyRow
{
	int64		key;
	int64		event_id;
} KeyRow;

static int
cmp_key_row(const void *a, const void *b)
{
	const KeyRow *x = a,
			   *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->event_id < y->event_id ? -1 : x->event_id > y->event_id;
}

/*
 * Order the new key rows (keys[i] leads to events[i]) by key: the btree of timeline_key
 * then takes them leaf after leaf, instead of at random places (the keys are hashes).
 * Measured on 230k rows: a fifth less time than in the order they were made.
 */
static void
sort_key_rows(Int64Set *keys, Int64Set *events)
{
	KeyRow	   *rows;

	Assert(keys->n == events->n);
	if (keys->n < 2)
		return;
	rows = palloc(sizeof(KeyRow) * keys->n);
	for (int i = 0; i < keys->n; i++)
	{
		rows[i].key = keys->items[i];
		rows[i].event_id = events->items[i];
	}
	qsort(rows, keys->n, sizeof(KeyRow), cmp_key_row);
	for (int i = 0; i < keys->n; i++)
	{
		keys->items[i] = rows[i].key;
		events->items[i] = rows[i].event_id;
	}
	pfree(rows);
}

/* Bring the match keys up to date with the events written or removed in this call. */
static void
write_keys(Store *st)
{
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[2];
	SPIPlanPtr	plan;

	for (int i = 0; i < st->freed_ids.n; i++)
		int64set_add(&st->gone_key_events, st->freed_ids.items[i], false);
	if (st->gone_key_events.n > 0)
	{
		plan = prepare(&drop_keys_plan,
					   "DELETE FROM nato_news.timeline_key WHERE event_id OPERATOR(pg_catalog.=) ANY ($1)",
					   1, argtypes);
		args[0] = int64set_array(&st->gone_key_events, false);
		if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE)
			elog(ERROR, "cannot update nato_news.timeline_key");
	}
	if (st->dropped_keys.n > 0)
	{
		plan = prepare(&drop_some_keys_plan,
					   "DELETE FROM nato_news.timeline_key k "
					   "USING ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS u(key, event_id) "
					   "WHERE k.key OPERATOR(pg_catalog.=) u.key "
					   "AND k.event_id OPERATOR(pg_catalog.=) u.event_id", 2, argtypes);
		args[0] = int64set_array(&st->dropped_keys, false);
		args[1] = int64set_array(&st->dropped_key_events, false);
		if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE)
			elog(ERROR, "cannot update nato_news.timeline_key");
	}
	if (st->keys.n > 0)
	{
		plan = prepare(&insert_keys_plan,
					   "INSERT INTO nato_news.timeline_key (key, event_id) "
					   "SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2))",
					   2, argtypes);
		sort_key_rows(&st->keys, &st->key_events);
		args[0] = int64set_array(&st->keys, false);
		args[1] = int64set_array(&st->key_events, false);
		if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_INSERT)
			elog(ERROR, "cannot write nato_news.timeline_key");
	}
}

/* Delete the words of the events ids (an int8[] of n). */
static void
drop_words(Store *st, Datum ids, int n)
{
	Oid			argtypes[1] = {INT8ARRAYOID};
	Datum		args[1] = {ids};

	if (!st->with_words || n == 0)
		return;
	if (SPI_execute_plan(prepare(&drop_words_plan,
								 "DELETE FROM nato_news.timeline_words "
								 "WHERE event_id OPERATOR(pg_catalog.=) ANY ($1)", 1, argtypes),
						 args, NULL, false, 0) != SPI_OK_DELETE)
		elog(ERROR, "cannot update nato_news.timeline_words");
}

/*
 * Write the words of the events write_events wrote, in one statement: those a report
 * joined and those made here. An event whose words come out as they were stored (a
 * report of known words joined it, a copy of one of its sentences) is left as it is.
 */
static void
write_words(Store *st)
{
	Datum	   *ids;
	Datum	   *words;
	int			n = 0;
	Oid			argtypes[2] = {INT8ARRAYOID, TSVECTORARRAYOID};
	Datum		args[2];

	if (!st->with_words)
		return;
	ids = palloc(sizeof(Datum) * (st->nevents + 1));
	words = palloc(sizeof(Datum) * (st->nevents + 1));
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];
		TSVector	union_words;

		if (m->absorbed_into != NULL || (m->from_table && !m->changed))
			continue;
		union_words = nn_words_union(m->words, m->nwords);
		if (m->stored_words != (Datum) 0)
		{
			TSVector	stored = DatumGetTSVector(m->stored_words);

			if (VARSIZE(stored) == VARSIZE(union_words) &&
				memcmp(stored, union_words, VARSIZE(stored)) == 0)
			{
				pfree(union_words);
				continue;
			}
		}
		ids[n] = Int64GetDatum(m->event_id);
		words[n] = PointerGetDatum(union_words);
		n++;
	}
	if (n > 0)
	{
		args[0] = PointerGetDatum(construct_array(ids, n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
		args[1] = PointerGetDatum(construct_array(words, n, TSVECTOROID, -1, false, TYPALIGN_INT));
		if (SPI_execute_plan(prepare(&words_plan,
									 "INSERT INTO nato_news.timeline_words (event_id, words) "
									 "SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) "
									 "ON CONFLICT (event_id) DO UPDATE SET words = excluded.words",
									 2, argtypes),
							 args, NULL, false, 0) != SPI_OK_INSERT)
			elog(ERROR, "cannot write nato_news.timeline_words");
		pfree(DatumGetPointer(args[0]));
		pfree(DatumGetPointer(args[1]));
		for (int i = 0; i < n; i++)
			pfree(DatumGetPointer(words[i]));
	}
	pfree(ids);
	pfree(words);
}

/*
 * The events of the table joined into others: their reports follow them and their rows
 * go, in two statements (their keys go in write_keys).
 */
static void
drop_absorbed(Store *st)
{
	Int64Set	gone = {0},
				into = {0};
	Oid			argtypes[2] = {INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[2];

	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		if (m->absorbed_into == NULL || !m->from_table)
			continue;
		int64set_add(&gone, m->event_id, false);
		int64set_add(&into, final_event(m)->event_id, false);
		int64set_add(&st->gone_key_events, m->event_id, false);
	}
	if (gone.n == 0)
		return;
	args[0] = int64set_array(&gone, false);
	args[1] = int64set_array(&into, false);
	drop_words(st, args[0], gone.n);
	if (SPI_execute_plan(prepare(&relink_plan,
								 "UPDATE nato_news.timeline_member m SET event_id = u.into_id "
								 "FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS u(gone_id, into_id) "
								 "WHERE m.event_id OPERATOR(pg_catalog.=) u.gone_id", 2, argtypes),
						 args, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "cannot relink nato_news.timeline_member");
	if (SPI_execute_plan(prepare(&drop_plan,
								 "DELETE FROM nato_news.timeline_event "
								 "WHERE event_id OPERATOR(pg_catalog.=) ANY ($1)", 1, argtypes),
						 args, NULL, false, 0) != SPI_OK_DELETE)
		elog(ERROR, "cannot update nato_news.timeline_event");
}

typedef struct MemberRow
{
	int64		article_id;
	int64		n;
	int64		event_id;
} MemberRow;

static int
cmp_member_row(const void *a, const void *b)
{
	const MemberRow *x = a,
			   *y = b;

	if (x->article_id != y->article_id)
		return x->article_id < y->article_id ? -1 : 1;
	return x->n < y->n ? -1 : x->n > y->n;
}

/*
 * Record the merged event of each placed report, in one statement, in the order of
 * timeline_member's primary key (article_id, n): its btree then appends to its
 * rightmost page for new articles, where the events' order split pages half full.
 */
static void
write_members(Store *st)
{
	Int64Set	articles = {0},
				ns = {0},
				ids = {0};
	Oid			argtypes[3] = {INT8ARRAYOID, INT8ARRAYOID, INT8ARRAYOID};
	Datum		args[3];
	SPIPlanPtr	plan;
	MemberRow  *rows;
	int			nrows = 0;

	for (int k = 0; k < st->nevents; k++)
		nrows += st->events[k]->member_articles.n;
	if (nrows == 0)
		return;
	rows = palloc(sizeof(MemberRow) * nrows);
	nrows = 0;
	for (int k = 0; k < st->nevents; k++)
	{
		MergedEvent *m = st->events[k];

		for (int i = 0; i < m->member_articles.n; i++)
		{
			rows[nrows].article_id = m->member_articles.items[i];
			rows[nrows].n = m->member_ns.items[i];
			rows[nrows].event_id = m->event_id;
			nrows++;
		}
	}
	qsort(rows, nrows, sizeof(MemberRow), cmp_member_row);
	for (int i = 0; i < nrows; i++)
	{
		int64set_add(&articles, rows[i].article_id, false);
		int64set_add(&ns, rows[i].n, false);
		int64set_add(&ids, rows[i].event_id, false);
	}
	pfree(rows);
	plan = prepare(&members_plan,
				   "INSERT INTO nato_news.timeline_member (article_id, n, event_id) "
				   "SELECT u.article_id, u.n::int, u.id "
				   "FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) "
				   "AS u(article_id, n, id)",
				   3, argtypes);
	args[0] = int64set_array(&articles, false);
	args[1] = int64set_array(&ns, false);
	args[2] = int64set_array(&ids, false);
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "cannot write nato_news.timeline_member");
}

/*
 * The actors, actor-month and words indexes take new entries into their pending lists
 * (fastupdate), which a merge writes many of at once and GIN then files key by key; but
 * every timeline() reads the whole pending list of the index it searches, so the merge
 * empties them before it returns, and a reader never scans more than the one merge in
 * progress leaves there (at most the index's gin_pending_list_limit). Emptying needs
 * the index's owner, as VACUUM does; the caller is a writer, so it runs as the owner
 * for that one call, the way PostgreSQL's foreign key triggers run their checks as the
 * table's owner.
 */
static void
clean_pending_list(Datum index)
{
	DirectFunctionCall1(gin_clean_pending_list, index);
}

static void
clean_index(const char *name)
{
	Oid			nsp = get_namespace_oid("nato_news", false);
	Oid			index = get_relname_relid(name, nsp);
	HeapTuple	tuple;
	Oid			owner;
	bool		gin;

	if (!OidIsValid(index))
		return;
	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(index));
	if (!HeapTupleIsValid(tuple))
		return;
	/* a user's own index of that name, not a GIN one, has no pending list to empty */
	gin = ((Form_pg_class) GETSTRUCT(tuple))->relkind == RELKIND_INDEX &&
		((Form_pg_class) GETSTRUCT(tuple))->relam == GIN_AM_OID;
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	if (gin)
		nn_run_as(owner, SECURITY_RESTRICTED_OPERATION, clean_pending_list, ObjectIdGetDatum(index));
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
	int			written;
	SPIPlanPtr	plan;

	{
		HASHCTL		ctl = {0};

		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(LoadedEntry);
		ctl.hcxt = keep;
		st.loaded = hash_create("nato_news timeline upkeep", 256, &ctl,
								HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		ctl.entrysize = sizeof(CallKeyEntry);
		st.call_index = hash_create("nato_news timeline call index", 1024, &ctl,
									HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		ctl.keysize = INTERN_LEN;
		ctl.entrysize = sizeof(InternEntry);
		st.interned = hash_create("nato_news timeline strings", 64, &ctl,
								  HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	st.entity_type = entity_type_oid();
	st.with_words = OidIsValid(get_relname_relid("timeline_words", get_namespace_oid("nato_news", false)));
	st.by_month = get_attnum(get_relname_relid("article_state", get_namespace_oid("nato_news", false)),
							 "published_month") != InvalidAttrNumber;
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
				   "DELETE FROM nato_news.timeline_event WHERE event_id OPERATOR(pg_catalog.=) ANY (ARRAY("
				   "SELECT m.event_id FROM nato_news.timeline_member m "
				   "WHERE m.article_id OPERATOR(pg_catalog.=) ANY ($1))) "
				   "RETURNING event_id, event_type, article_ids", 1, argtypes);
	args[0] = ids;
	if (SPI_execute_plan(plan, args, NULL, false, 0) != SPI_OK_DELETE_RETURNING)
		elog(ERROR, "cannot update nato_news.timeline_event");
	{
		MemoryContext spi = MemoryContextSwitchTo(keep);

		Int64Set   *articles_of = palloc0(sizeof(Int64Set) * (SPI_processed + 1));

		st.freed_types = palloc(sizeof(char *) * (SPI_processed + 1));
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			Datum		d;

			int64set_add(&st.freed_ids, DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull)), false);
			st.freed_types[i] = text_col(tuple, desc, 2, keep);
			d = SPI_getbinval(tuple, desc, 3, &isnull);
			int64set_add_array(&articles_of[i], d, isnull);
		}
		affected = int64set_array(&st.freed_ids, false);
		index_freed(&st, articles_of, keep);
		MemoryContextSwitchTo(spi);
	}

	drop_words(&st, affected, st.freed_ids.n);
	reports = read_reports(&st, ids, affected, &nreports, keep);
	/* the reports read are placed again: their old links go */
	{
		Oid			types[2] = {INT8ARRAYOID, INT8ARRAYOID};
		Datum		values[2] = {ids, affected};

		if (SPI_execute_plan(prepare(&unlink_plan,
									 "DELETE FROM nato_news.timeline_member "
									 "WHERE article_id OPERATOR(pg_catalog.=) ANY ($1) "
									 "OR event_id OPERATOR(pg_catalog.=) ANY ($2)", 2, types),
							 values, NULL, false, 0) != SPI_OK_DELETE)
			elog(ERROR, "cannot update nato_news.timeline_member");
	}
	preload_candidates(&st, reports, nreports, keep);
	for (int i = 0; i < nreports; i++)
	{
		MemoryContext spi = MemoryContextSwitchTo(keep);

		place_report(&st, &reports[i], keep);
		MemoryContextSwitchTo(spi);
	}
	complete_table_events(&st, keep);
	written = write_events(&st);
	write_words(&st);
	drop_absorbed(&st);
	write_keys(&st);
	write_members(&st);
	SPI_finish();
	clean_index("timeline_event_actors");
	clean_index("timeline_event_actor_months");
	clean_index("timeline_words_words");
	PG_RETURN_INT32(written);
}
