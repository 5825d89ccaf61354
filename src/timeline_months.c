/*
 * timeline_months.c: the month keys that let timeline(entity, from, to) read only the
 * merged events of a date window.
 *
 * The actors index of timeline_event finds every event of an entity; a window then
 * filters them, so a one-year timeline of a busy entity cost what its whole history
 * did. An expression index (GIN) lists each event under one key per actor and month of
 * its dates, timeline_actor_months(actors, date_from, date_to); a windowed timeline
 * asks for the keys of its entity and the window's months, timeline_actor_window(), and
 * reads the events of those months only. A key is a 64-bit hash of the entity's bytes
 * (its kind and name, what entity equality compares) and the month; the caller still
 * tests the actor and the dates exactly, so a collision costs a row read, never a
 * wrong one.
 *
 * An event whose dates span more than SPAN_MONTHS months is listed under its actors'
 * "long" key instead of a key per month, and every window asks for the long key too:
 * the index stays a few entries per event, and no event of a window is missed.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"

#include "entity.h"

/* The longest span listed month by month. */
#define SPAN_MONTHS 24
/* The widest window asked for month by month (100 years). */
#define WINDOW_MONTHS 1200
/* Seeds that keep month keys, long keys and other hashes of an entity apart. */
#define ACTOR_SEED UINT64CONST(0x6e6e74696d656c69)
#define MONTH_SEED UINT64CONST(0x6d6f6e7468)
#define LONG_SEED UINT64CONST(0x6c6f6e67)

/* Months since year 0 of a finite date. */
static int64
month_number(DateADT d)
{
	int			year,
				month,
				mday;

	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	return (int64) year * 12 + (month - 1);
}

static uint64
actor_hash(Datum entity)
{
	struct varlena *e = PG_DETOAST_DATUM_PACKED(entity);
	uint64		h = hash_bytes_extended((const unsigned char *) VARDATA_ANY(e),
										(int) VARSIZE_ANY_EXHDR(e), ACTOR_SEED);

	if ((Pointer) e != DatumGetPointer(entity))
		pfree(e);
	return h;
}

/* (Months before year 0 wrap around as uint32, still one key per month.) */
static int64
month_key(uint64 actor, int64 month)
{
	return (int64) hash_combine64(actor, hash_bytes_uint32_extended((uint32) month, MONTH_SEED));
}

static int64
long_key(uint64 actor)
{
	return (int64) hash_combine64(actor, hash_bytes_uint32_extended(0, LONG_SEED));
}

typedef struct KeyList
{
	Datum	   *keys;
	int			n;
	int			cap;
} KeyList;

static void
add_key(KeyList *list, int64 key)
{
	if (list->n == list->cap)
	{
		list->cap = list->cap ? list->cap * 2 : 16;
		list->keys = list->keys ? repalloc(list->keys, sizeof(Datum) * list->cap) :
			palloc(sizeof(Datum) * list->cap);
	}
	list->keys[list->n++] = Int64GetDatum(key);
}

/* The keys of one actor over months first..last, or its long key when they are too many. */
static void
add_actor(KeyList *list, uint64 actor, int64 first, int64 last, int max_months)
{
	if (last - first + 1 > max_months)
	{
		add_key(list, long_key(actor));
		return;
	}
	for (int64 m = first; m <= last; m++)
		add_key(list, month_key(actor, m));
}

static ArrayType *
key_array(KeyList *list)
{
	return construct_array(list->keys, list->n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL,
						   TYPALIGN_DOUBLE);
}

typedef struct ElementType
{
	Oid			oid;
	int16		typlen;
	bool		typbyval;
	char		typalign;
} ElementType;

PG_FUNCTION_INFO_V1(timeline_actor_months);
/*
 * timeline_actor_months(actors entity[], date_from date, date_to date) -> bigint[]:
 * the keys an event is listed under, one per actor and month of its dates (or one long
 * key per actor). Dates that are not finite, or out of order, count as a long span.
 */
Datum
timeline_actor_months(PG_FUNCTION_ARGS)
{
	ArrayType  *actors = PG_GETARG_ARRAYTYPE_P(0);
	DateADT		from = PG_GETARG_DATEADT(1);
	DateADT		to = PG_GETARG_DATEADT(2);
	bool		finite = !DATE_NOT_FINITE(from) && !DATE_NOT_FINITE(to) && from <= to;
	int64		first = finite ? month_number(from) : 0;
	int64		last = finite ? month_number(to) : 0;
	KeyList		list = {0};
	Datum	   *items;
	bool	   *nulls;
	int			n;
	ElementType *type = fcinfo->flinfo->fn_extra;

	if (ARR_NDIM(actors) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("actors must be a one-dimensional array")));
	/* the element type's layout, looked up once per call site (an index's, a query's) */
	if (type == NULL || type->oid != ARR_ELEMTYPE(actors))
	{
		type = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(ElementType));
		type->oid = ARR_ELEMTYPE(actors);
		get_typlenbyvalalign(type->oid, &type->typlen, &type->typbyval, &type->typalign);
		fcinfo->flinfo->fn_extra = type;
	}
	deconstruct_array(actors, type->oid, type->typlen, type->typbyval, type->typalign,
					  &items, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			continue;
		if (finite)
			add_actor(&list, actor_hash(items[i]), first, last, SPAN_MONTHS);
		else
			add_key(&list, long_key(actor_hash(items[i])));
	}
	PG_RETURN_ARRAYTYPE_P(key_array(&list));
}

PG_FUNCTION_INFO_V1(timeline_actor_window);
/*
 * timeline_actor_window(actor entity, from_date date, to_date date) -> bigint[]: the
 * keys of the events of actor whose dates may meet the window: its keys of the
 * window's months and its long key (a reversed window's months run from to_date on).
 */
Datum
timeline_actor_window(PG_FUNCTION_ARGS)
{
	Datum		actor = PG_GETARG_DATUM(0);
	DateADT		from = PG_GETARG_DATEADT(1);
	DateADT		to = PG_GETARG_DATEADT(2);
	uint64		h = actor_hash(actor);
	KeyList		list = {0};
	int64		first,
				last;

	if (DATE_NOT_FINITE(from) || DATE_NOT_FINITE(to))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a timeline window of months needs finite dates"),
				 errhint("An open window reads the entity's whole timeline: nato_news.timeline(entity).")));
	first = month_number(from);
	last = month_number(to);
	if (last < first)
	{
		/* a reversed window meets the events that span it (date_from <= to, date_to >= from) */
		int64		swap = first;

		first = last;
		last = swap;
	}
	if (last - first + 1 > WINDOW_MONTHS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a timeline window of months spans at most %d months, not " INT64_FORMAT,
						WINDOW_MONTHS, last - first + 1)));
	add_actor(&list, h, first, last, WINDOW_MONTHS);
	add_key(&list, long_key(h));
	PG_RETURN_ARRAYTYPE_P(key_array(&list));
}
