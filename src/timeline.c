/*
 * timeline.c: nato_news.timeline(entity | tsquery, from, to) over the extracted events.
 *
 * The events of the corpus that name the entity (GIN on actors) or whose sentence
 * matches the query (GIN on the sentence's tsvector) are read in date order and folded
 * into real-world events: one row per event type whose dates overlap and whose other
 * actors meet (or one side names no one else). A merged row takes the most precise date
 * of its mentions and counts the articles that report it.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "civil_date.h"
#include "entity.h"
#include "gazetteer.h"
#include "event_merge.h"

/* How many recent rows a new mention is compared with; bounds the work per mention. */
#define TL_WINDOW 64

typedef struct TlRow
{
	char	   *event_type;
	char	   *mode;
	char	   *status;
	DateADT		date_from;
	DateADT		date_to;
	char	   *date_value;
	Datum	   *actors;
	int			nactors;
	Datum		location;
	bool		has_location;
	int64	   *article_ids;
	int			narticles;
	int			cap_articles;
	int			cap_actors;
} TlRow;

typedef struct TlContext
{
	Oid			entity_type;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	FmgrInfo   *eq;
	FmgrInfo	out;
	Datum		who;
	bool		has_who;
} TlContext;

static bool
entity_eq(const TlContext *tc, Datum a, Datum b)
{
	char		ka,
				kb;
	const char *na,
			   *nb;
	int			la,
				lb;

	entity_parts(a, &ka, &na, &la);
	entity_parts(b, &kb, &nb, &lb);
	return ka == kb && la == lb && memcmp(na, nb, la) == 0;
}

static bool
is_person(Datum d)
{
	char		kind;
	const char *name;
	int			len;

	entity_parts(d, &kind, &name, &len);
	return kind == NN_KIND_PERSON;
}

static bool
is_who(const TlContext *tc, Datum d)
{
	return tc->has_who && entity_eq(tc, d, tc->who);
}

static NNActorRef *
actor_refs(const Datum *actors, int n)
{
	NNActorRef *refs = palloc(sizeof(NNActorRef) * (n + 1));

	for (int i = 0; i < n; i++)
	{
		char		kind;
		const char *name;
		int			len;

		entity_parts(actors[i], &kind, &name, &len);
		refs[i].kind = (NNEntityKind) kind;
		refs[i].name = name;
		refs[i].name_len = len;
	}
	return refs;
}

/* Do two mentions of one type and overlapping dates tell of one event? (event_merge.c) */
static bool
actors_compatible(const TlContext *tc, const TlRow *a, const Datum *actors, int nactors,
				  bool same_day)
{
	NNActorRef *ra = actor_refs(a->actors, a->nactors);
	NNActorRef *rb = actor_refs(actors, nactors);
	NNActorRef *who = tc->has_who ? actor_refs(&tc->who, 1) : NULL;
	bool		result = nn_merge_actors_compatible(ra, a->nactors, rb, nactors, who, same_day);

	pfree(ra);
	pfree(rb);
	if (who)
		pfree(who);
	return result;
}

static void
add_actor(const TlContext *tc, TlRow *r, Datum d)
{
	for (int i = 0; i < r->nactors; i++)
		if (entity_eq(tc, r->actors[i], d))
			return;
	if (r->nactors == r->cap_actors)
	{
		r->cap_actors = r->cap_actors ? r->cap_actors * 2 : 8;
		r->actors = r->actors ? repalloc(r->actors, sizeof(Datum) * r->cap_actors)
			: palloc(sizeof(Datum) * r->cap_actors);
	}
	r->actors[r->nactors++] = datumCopy(d, tc->typbyval, tc->typlen);
}

static void
add_article(TlRow *r, int64 id)
{
	for (int i = 0; i < r->narticles; i++)
		if (r->article_ids[i] == id)
			return;
	if (r->narticles == r->cap_articles)
	{
		r->cap_articles = r->cap_articles ? r->cap_articles * 2 : 4;
		r->article_ids = r->article_ids ? repalloc(r->article_ids, sizeof(int64) * r->cap_articles)
			: palloc(sizeof(int64) * r->cap_articles);
	}
	r->article_ids[r->narticles++] = id;
}

static int
cmp_int64(const void *a, const void *b)
{
	int64		x = *(const int64 *) a,
				y = *(const int64 *) b;

	return (x > y) - (x < y);
}

static const char *
entity_name(TlContext *tc, Datum d)
{
	char		kind;
	const char *name;
	int			len;

	entity_parts(d, &kind, &name, &len);
	return pnstrdup(name, len);
}

static char *
summary_of(TlContext *tc, const TlRow *r)
{
	StringInfoData s;
	int			lead = 0;
	bool		first_other = true;

	initStringInfo(&s);
	/* the row reads from who's side; without who, from the first person named */
	for (int i = r->nactors - 1; i >= 0; i--)
		if (!tc->has_who && is_person(r->actors[i]))
			lead = i;
	for (int i = 0; i < r->nactors; i++)
		if (is_who(tc, r->actors[i]))
			lead = i;
	appendStringInfo(&s, "%s — %s (%s)", r->nactors ? entity_name(tc, r->actors[lead]) : "?",
					 r->event_type, r->mode);
	for (int i = 0; i < r->nactors; i++)
	{
		if (i == lead)
			continue;
		appendStringInfoString(&s, first_other ? " with " : ", ");
		appendStringInfoString(&s, entity_name(tc, r->actors[i]));
		first_other = false;
	}
	if (r->has_location)
		appendStringInfo(&s, " in %s", entity_name(tc, r->location));
	if (strcmp(r->status, "occurred") != 0)
		appendStringInfo(&s, " [%s]", r->status);
	return s.data;
}

static void
emit(TlContext *tc, ReturnSetInfo *rsinfo, TlRow *r)
{
	Datum		values[11];
	bool		nulls[11] = {0};
	Datum	   *ids = palloc(sizeof(Datum) * (r->narticles + 1));

	qsort(r->article_ids, r->narticles, sizeof(int64), cmp_int64);
	for (int i = 0; i < r->narticles; i++)
		ids[i] = Int64GetDatum(r->article_ids[i]);
	/* who first: the row reads as that entity's timeline */
	for (int i = 1; i < r->nactors; i++)
		if (is_who(tc, r->actors[i]))
		{
			Datum		d = r->actors[i];

			memmove(&r->actors[1], &r->actors[0], sizeof(Datum) * i);
			r->actors[0] = d;
			break;
		}
	values[0] = DateADTGetDatum(r->date_from);
	values[1] = DateADTGetDatum(r->date_to);
	/* a reference such as PAST_REF reads better as the interval it was resolved to */
	if (r->date_value[0] >= '0' && r->date_value[0] <= '9')
		values[2] = CStringGetTextDatum(r->date_value);
	else
	{
		NNCivil		from = nn_civil_from_days(r->date_from),
					to = nn_civil_from_days(r->date_to);

		values[2] = CStringGetTextDatum(psprintf("%04d-%02d-%02d/%04d-%02d-%02d", from.year, from.month,
												 from.day, to.year, to.month, to.day));
	}
	values[3] = CStringGetTextDatum(r->event_type);
	values[4] = CStringGetTextDatum(r->mode);
	values[5] = CStringGetTextDatum(r->status);
	values[6] = PointerGetDatum(construct_array(r->actors, r->nactors, tc->entity_type,
												tc->typlen, tc->typbyval, tc->typalign));
	values[7] = r->location;
	nulls[7] = !r->has_location;
	values[8] = CStringGetTextDatum(summary_of(tc, r));
	values[9] = Int32GetDatum(r->narticles);
	values[10] = PointerGetDatum(construct_array(ids, r->narticles, INT8OID, 8, FLOAT8PASSBYVAL,
												 TYPALIGN_DOUBLE));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

static int
cmp_rows(const void *a, const void *b)
{
	const TlRow *x = *(TlRow *const *) a,
			   *y = *(TlRow *const *) b;

	if (x->date_from != y->date_from)
		return x->date_from < y->date_from ? -1 : 1;
	if (x->date_to != y->date_to)
		return x->date_to < y->date_to ? -1 : 1;
	return strcmp(x->event_type, y->event_type);
}

/*
 * Run query (events with article_id, event_type, mode, status, date_from, date_to,
 * date_value, actors, location, ordered by date_from) and fold its rows.
 */
static void
timeline_run(FunctionCallInfo fcinfo, TlContext *tc, SPIPlanPtr *plan, const char *query, int nargs,
			 Oid *argtypes, Datum *args)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext keep = CurrentMemoryContext;
	TlRow	  **rows = NULL;
	int			nrows = 0,
				cap = 0;
	TypeCacheEntry *tce;
	Oid			outfn;
	bool		isvarlena;

	InitMaterializedSRF(fcinfo, 0);
	tc->entity_type = get_element_type(SPI_gettypeid(rsinfo->setDesc, 7));
	get_typlenbyvalalign(tc->entity_type, &tc->typlen, &tc->typbyval, &tc->typalign);
	tce = lookup_type_cache(tc->entity_type, TYPECACHE_EQ_OPR_FINFO);
	if (!OidIsValid(tce->eq_opr_finfo.fn_oid))
		elog(ERROR, "nato_news.entity has no equality operator");
	tc->eq = &tce->eq_opr_finfo;
	getTypeOutputInfo(tc->entity_type, &outfn, &isvarlena);
	fmgr_info(outfn, &tc->out);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* planned once per session; the plan cache replans after schema changes */
	if (*plan == NULL)
	{
		SPIPlanPtr	prepared = SPI_prepare(query, nargs, argtypes);

		if (prepared == NULL)
			elog(ERROR, "cannot prepare the timeline query: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(prepared) != 0)
			elog(ERROR, "cannot keep the timeline query");
		*plan = prepared;
	}
	if (SPI_execute_plan(*plan, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.article_event");

	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int64		article_id = DatumGetInt64(SPI_getbinval(tuple, desc, 1, &isnull));
		char	   *event_type = SPI_getvalue(tuple, desc, 2);
		DateADT		date_from = DatumGetDateADT(SPI_getbinval(tuple, desc, 5, &isnull));
		DateADT		date_to = DatumGetDateADT(SPI_getbinval(tuple, desc, 6, &isnull));
		ArrayType  *actors_array = DatumGetArrayTypeP(SPI_getbinval(tuple, desc, 8, &isnull));
		Datum		location;
		bool		no_location;
		Datum	   *actors;
		int			nactors;
		TlRow	   *into = NULL;
		MemoryContext spi = MemoryContextSwitchTo(keep);

		deconstruct_array(actors_array, tc->entity_type, tc->typlen, tc->typbyval, tc->typalign,
						  &actors, NULL, &nactors);
		location = SPI_getbinval(tuple, desc, 9, &no_location);

		for (int k = nrows - 1; k >= 0 && k >= nrows - TL_WINDOW; k--)
		{
			TlRow	   *r = rows[k];

			if (strcmp(r->event_type, event_type) == 0 && r->date_from <= date_to
				&& date_from <= r->date_to
				&& actors_compatible(tc, r, actors, nactors,
									 date_from == date_to && r->date_from == r->date_to
									 && date_from == r->date_from))
			{
				into = r;
				break;
			}
		}
		if (into == NULL)
		{
			into = palloc0(sizeof(TlRow));
			into->event_type = pstrdup(event_type);
			into->mode = SPI_getvalue(tuple, desc, 3);
			into->status = SPI_getvalue(tuple, desc, 4);
			into->date_from = date_from;
			into->date_to = date_to;
			into->date_value = SPI_getvalue(tuple, desc, 7);
			if (into->date_value == NULL)
				into->date_value = pstrdup("");
			if (nrows == cap)
			{
				cap = cap ? cap * 2 : 64;
				rows = rows ? repalloc(rows, sizeof(TlRow *) * cap) : palloc(sizeof(TlRow *) * cap);
			}
			rows[nrows++] = into;
		}
		else if ((int64) date_to - date_from < (int64) into->date_to - into->date_from)
		{
			/* the most precise date of the mentions dates the event */
			into->date_from = date_from;
			into->date_to = date_to;
			into->date_value = SPI_getvalue(tuple, desc, 7);
			if (into->date_value == NULL)
				into->date_value = pstrdup("");
			into->mode = SPI_getvalue(tuple, desc, 3);
			into->status = SPI_getvalue(tuple, desc, 4);
		}
		for (int a = 0; a < nactors; a++)
			add_actor(tc, into, actors[a]);
		if (!into->has_location && !no_location)
		{
			into->location = datumCopy(location, tc->typbyval, tc->typlen);
			into->has_location = true;
		}
		add_article(into, article_id);
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();

	if (nrows > 0)
		qsort(rows, nrows, sizeof(TlRow *), cmp_rows);
	for (int k = 0; k < nrows; k++)
		emit(tc, rsinfo, rows[k]);
}

#define TL_COLUMNS \
	"SELECT e.article_id, e.event_type, e.mode, e.status, e.date_from, e.date_to, " \
	"e.date_value, e.actors, e.location FROM nato_news.article_event e "
#define TL_ORDER " ORDER BY e.date_from, e.date_to, e.article_id, e.n"

static SPIPlanPtr entity_plan = NULL;
static SPIPlanPtr query_plan = NULL;

PG_FUNCTION_INFO_V1(timeline_entity);
Datum
timeline_entity(PG_FUNCTION_ARGS)
{
	TlContext	tc = {0};
	Oid			argtypes[3];
	Datum		args[3];

	tc.who = gazetteer_query_entity(PG_GETARG_DATUM(0));
	tc.has_who = true;
	argtypes[0] = get_fn_expr_argtype(fcinfo->flinfo, 0);
	argtypes[1] = DATEOID;
	argtypes[2] = DATEOID;
	args[0] = tc.who;
	args[1] = PG_GETARG_DATUM(1);
	args[2] = PG_GETARG_DATUM(2);
	timeline_run(fcinfo, &tc, &entity_plan,
				 TL_COLUMNS "WHERE e.actors OPERATOR(pg_catalog.@>) ARRAY[$1] "
				 "AND e.date_from OPERATOR(pg_catalog.<=) $3 AND e.date_to OPERATOR(pg_catalog.>=) $2"
				 TL_ORDER, 3, argtypes, args);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(timeline_query);
Datum
timeline_query(PG_FUNCTION_ARGS)
{
	TlContext	tc = {0};
	Oid			argtypes[3] = {TSQUERYOID, DATEOID, DATEOID};
	Datum		args[3];

	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	args[2] = PG_GETARG_DATUM(2);
	timeline_run(fcinfo, &tc, &query_plan,
				 TL_COLUMNS "WHERE pg_catalog.to_tsvector('nato_news.diplomatic'::pg_catalog.regconfig, e.sentence) "
				 "OPERATOR(pg_catalog.@@) $1 "
				 "AND e.date_from OPERATOR(pg_catalog.<=) $3 AND e.date_to OPERATOR(pg_catalog.>=) $2"
				 TL_ORDER, 3, argtypes, args);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(timeline_summary);
/*
 * timeline_summary(who, actors, event_type, mode, location, status): the one-line summary
 * of a merged event, read from who's side (without who, from the first person named).
 */
Datum
timeline_summary(PG_FUNCTION_ARGS)
{
	TlContext	tc = {0};
	TlRow		r = {0};
	Oid			elemtype;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(5))
		PG_RETURN_NULL();
	tc.has_who = !PG_ARGISNULL(0);
	if (tc.has_who)
		tc.who = PG_GETARG_DATUM(0);
	elemtype = entity_type_oid();
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(PG_GETARG_ARRAYTYPE_P(1), elemtype, typlen, typbyval, typalign,
					  &r.actors, NULL, &r.nactors);
	r.event_type = text_to_cstring(PG_GETARG_TEXT_PP(2));
	r.mode = text_to_cstring(PG_GETARG_TEXT_PP(3));
	r.has_location = !PG_ARGISNULL(4);
	if (r.has_location)
		r.location = PG_GETARG_DATUM(4);
	r.status = text_to_cstring(PG_GETARG_TEXT_PP(5));
	PG_RETURN_TEXT_P(cstring_to_text(summary_of(&tc, &r)));
}
