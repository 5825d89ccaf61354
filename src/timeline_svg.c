/*
 * timeline_svg.c: nato_news.timeline_svg(entity | tsquery, from, to, ...), a timeline
 * as an SVG picture.
 *
 * The rows come from the SQL function nato_news.timeline through SPI, read by column
 * name, so this file does not depend on how timelines are computed (and tolerates new
 * result columns). Each row becomes a plain SvgEvent; layout and drawing happen in the
 * pure core (src/core/svg_*.c).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"

#include "civil_date.h"
#include "svg_render.h"

/* Counterparts: the actors other than who, in the timeline's order. */
static const char *const entity_query =
"SELECT t.*, ARRAY(SELECT nato_news.name(u.a)"
"  FROM pg_catalog.unnest(t.actors) WITH ORDINALITY AS u(a, n)"
"  WHERE NOT (u.a OPERATOR(nato_news.=) $1) ORDER BY u.n) AS svg_counterparts"
" FROM nato_news.timeline($1, $2, $3) AS t";

static const char *const query_query =
"SELECT t.*, ARRAY(SELECT nato_news.name(u.a)"
"  FROM pg_catalog.unnest(t.actors) WITH ORDINALITY AS u(a, n)"
"  ORDER BY u.n) AS svg_counterparts"
" FROM nato_news.timeline($1, $2, $3) AS t";

#define DEFAULT_WIDTH 1000
#define MAX_LABEL_ROWS 20

typedef enum LaneMode
{
	LANES_BY_EVENT_TYPE,
	LANES_BY_COUNTERPART
} LaneMode;

/* The columns of a timeline row this picture reads, found by name. */
typedef struct TimelineColumns
{
	int			date_from;
	int			date_to;
	int			date_value;
	int			event_type;
	int			mode;
	int			status;
	int			summary;
	int			sources;
	int			article_ids;
	int			counterparts;
} TimelineColumns;

static int
column_number(TupleDesc desc, const char *name)
{
	int			n = SPI_fnumber(desc, name);

	if (n <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("nato_news.timeline returned no column \"%s\"", name),
				 errhint("timeline_svg reads the timeline columns listed in the SQL contract.")));
	return n;
}

static TimelineColumns
find_columns(TupleDesc desc)
{
	TimelineColumns c;

	c.date_from = column_number(desc, "date_from");
	c.date_to = column_number(desc, "date_to");
	c.date_value = column_number(desc, "date_value");
	c.event_type = column_number(desc, "event_type");
	c.mode = column_number(desc, "mode");
	c.status = column_number(desc, "status");
	c.summary = column_number(desc, "summary");
	c.sources = column_number(desc, "sources");
	c.article_ids = column_number(desc, "article_ids");
	c.counterparts = column_number(desc, "svg_counterparts");
	if (SPI_gettypeid(desc, c.date_from) != DATEOID || SPI_gettypeid(desc, c.date_to) != DATEOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("nato_news.timeline returned dates that are not of type date")));
	return c;
}

/* A string in UTF-8, whatever the database encoding (the core writes UTF-8). */
static char *
utf8_string(const char *s)
{
	if (s == NULL)
		return NULL;
	return pg_server_to_any(s, strlen(s), PG_UTF8);
}

/* A column's text form (any type), or NULL. */
static char *
text_column(HeapTuple tuple, TupleDesc desc, int column)
{
	return utf8_string(SPI_getvalue(tuple, desc, column));
}

static int32_t
date_column(HeapTuple tuple, TupleDesc desc, int column)
{
	bool		isnull;
	DateADT		d = DatumGetDateADT(SPI_getbinval(tuple, desc, column, &isnull));

	return isnull || DATE_NOT_FINITE(d) ? NN_NO_DATE : (int32_t) d;
}

/* The elements of an array column as text, through the element type's output function. */
static char **
text_array_column(HeapTuple tuple, TupleDesc desc, int column, int *n)
{
	bool		isnull;
	Datum		value = SPI_getbinval(tuple, desc, column, &isnull);
	ArrayType  *array;
	Oid			elem_type;
	int16		elem_len;
	bool		elem_byval;
	char		elem_align;
	Oid			output;
	bool		is_varlena;
	Datum	   *elems;
	bool	   *nulls;
	char	  **strings;
	int			count = 0;

	*n = 0;
	if (isnull)
		return NULL;
	array = DatumGetArrayTypeP(value);
	elem_type = ARR_ELEMTYPE(array);
	get_typlenbyvalalign(elem_type, &elem_len, &elem_byval, &elem_align);
	getTypeOutputInfo(elem_type, &output, &is_varlena);
	deconstruct_array(array, elem_type, elem_len, elem_byval, elem_align, &elems, &nulls, n);
	strings = palloc(sizeof(char *) * (*n + 1));
	for (int i = 0; i < *n; i++)
		if (!nulls[i])
			strings[count++] = utf8_string(OidOutputFunctionCall(output, elems[i]));
	*n = count;
	return strings;
}

static int64_t *
article_ids_column(HeapTuple tuple, TupleDesc desc, int column, int *n)
{
	char	  **texts = text_array_column(tuple, desc, column, n);
	int64_t    *ids = palloc(sizeof(int64_t) * (*n + 1));

	for (int i = 0; i < *n; i++)
		ids[i] = strtoll(texts[i], NULL, 10);
	return ids;
}

/* "mode · counterpart", or whichever of the two there is. */
static char *
event_label(const char *mode, const char *event_type, char **counterparts, int ncounterparts,
			LaneMode lanes)
{
	const char *what = mode && mode[0] ? mode : event_type;

	if (lanes == LANES_BY_EVENT_TYPE && ncounterparts > 0)
		return what ? psprintf("%s \xC2\xB7 %s", what, counterparts[0]) : counterparts[0];
	return what ? pstrdup(what) : NULL;
}

static void
row_to_event(SvgEvent *e, HeapTuple tuple, TupleDesc desc, const TimelineColumns *c,
			 LaneMode lanes)
{
	char	   *sources = SPI_getvalue(tuple, desc, c->sources);
	char	  **counterparts;
	int			ncounterparts;

	e->date_from = date_column(tuple, desc, c->date_from);
	e->date_to = date_column(tuple, desc, c->date_to);
	e->date_value = text_column(tuple, desc, c->date_value);
	e->event_type = text_column(tuple, desc, c->event_type);
	e->mode = text_column(tuple, desc, c->mode);
	e->status = text_column(tuple, desc, c->status);
	e->summary = text_column(tuple, desc, c->summary);
	e->sources = sources ? (int) strtol(sources, NULL, 10) : 1;
	e->article_ids = article_ids_column(tuple, desc, c->article_ids, &e->narticles);
	counterparts = text_array_column(tuple, desc, c->counterparts, &ncounterparts);
	if (lanes == LANES_BY_COUNTERPART)
		e->lane = ncounterparts > 0 ? counterparts[0] : "(no counterpart)";
	else
		e->lane = e->event_type;
	e->label = event_label(e->mode, e->event_type, counterparts, ncounterparts, lanes);
}

static LaneMode
parse_lanes(FunctionCallInfo fcinfo, int arg)
{
	char	   *lanes;

	if (PG_ARGISNULL(arg))
		return LANES_BY_EVENT_TYPE;
	lanes = text_to_cstring(PG_GETARG_TEXT_PP(arg));
	if (strcmp(lanes, "event_type") == 0)
		return LANES_BY_EVENT_TYPE;
	if (strcmp(lanes, "counterpart") == 0)
		return LANES_BY_COUNTERPART;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid lanes for timeline_svg: \"%s\"", lanes),
			 errhint("Use 'event_type' (one lane per event type) or 'counterpart' (one lane per other actor).")));
	return LANES_BY_EVENT_TYPE;
}

static int
int_option(FunctionCallInfo fcinfo, int arg, const char *name, int fallback, int min, int max)
{
	int			value;

	if (PG_ARGISNULL(arg))
		return fallback;
	value = PG_GETARG_INT32(arg);
	if (value < min || value > max)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s for timeline_svg out of range: %d", name, value),
				 errhint("Give a %s from %d to %d.", name, min, max)));
	return value;
}

/* A bound: NULL or infinite means unbounded (the timeline gets an infinite date). */
static DateADT
bound_arg(FunctionCallInfo fcinfo, int arg, bool upper, int32_t *core_bound)
{
	DateADT		d;

	*core_bound = NN_NO_DATE;
	if (PG_ARGISNULL(arg))
	{
		DateADT		infinite;

		if (upper)
			DATE_NOEND(infinite);
		else
			DATE_NOBEGIN(infinite);
		return infinite;
	}
	d = PG_GETARG_DATEADT(arg);
	if (!DATE_NOT_FINITE(d))
		*core_bound = (int32_t) d;
	return d;
}

/*
 * The picture of one timeline. Arguments: 0 who or q, 1 from, 2 to, 3 lanes, 4 width,
 * 5 title, 6 label rows; default_title names the subject.
 */
static text *
timeline_svg_of(FunctionCallInfo fcinfo, const char *query, char *default_title)
{
	Oid			argtypes[3] = {get_fn_expr_argtype(fcinfo->flinfo, 0), DATEOID, DATEOID};
	Datum		values[3];
	SvgOptions	options;
	LaneMode	lanes = parse_lanes(fcinfo, 3);
	SvgEvent   *events;
	TimelineColumns columns;
	char	   *doc;
	size_t		len;
	text	   *result;
	uint64		nrows;

	options.width = int_option(fcinfo, 4, "width", DEFAULT_WIDTH, SVG_MIN_WIDTH, SVG_MAX_WIDTH);
	options.label_rows = int_option(fcinfo, 6, "label_rows", 3, 0, MAX_LABEL_ROWS);
	options.title = PG_ARGISNULL(5) ? default_title
		: utf8_string(text_to_cstring(PG_GETARG_TEXT_PP(5)));
	options.ascii_only = GetDatabaseEncoding() != PG_UTF8;
	values[0] = PG_GETARG_DATUM(0);
	values[1] = DateADTGetDatum(bound_arg(fcinfo, 1, false, &options.from));
	values[2] = DateADTGetDatum(bound_arg(fcinfo, 2, true, &options.to));

	SPI_connect();
	if (SPI_execute_with_args(query, 3, argtypes, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "timeline_svg: reading the timeline failed");
	nrows = SPI_processed;
	if (nrows > (uint64) (INT_MAX / 2))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("timeline too long to draw: %llu events", (unsigned long long) nrows),
				 errhint("Narrow the dates.")));
	columns = find_columns(SPI_tuptable->tupdesc);
	events = palloc0(sizeof(SvgEvent) * (nrows + 1));
	for (uint64 i = 0; i < nrows; i++)
	{
		CHECK_FOR_INTERRUPTS();
		row_to_event(&events[i], SPI_tuptable->vals[i], SPI_tuptable->tupdesc, &columns, lanes);
	}
	doc = svg_timeline(events, (int) nrows, &options, &len);

	/* The document outlives SPI: build the text in the caller's context. */
	result = SPI_palloc(VARHDRSZ + len);
	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), doc, len);
	SPI_finish();
	return result;
}

/* The display name of an entity, through the SQL API (no dependence on its layout). */
static char *
entity_display_name(Datum who, Oid type)
{
	Oid			argtypes[1] = {type};
	Datum		values[1] = {who};
	char	   *name = NULL;

	SPI_connect();
	if (SPI_execute_with_args("SELECT nato_news.name($1)", 1, argtypes, values, NULL, true, 1)
		== SPI_OK_SELECT && SPI_processed == 1)
	{
		char	   *value = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		if (value)
		{
			size_t		len = strlen(value) + 1;

			name = SPI_palloc(len);
			memcpy(name, value, len);
		}
	}
	SPI_finish();
	return name ? name : pstrdup("?");
}

PG_FUNCTION_INFO_V1(timeline_svg_entity);
Datum
timeline_svg_entity(PG_FUNCTION_ARGS)
{
	char	   *name;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	name = entity_display_name(PG_GETARG_DATUM(0), get_fn_expr_argtype(fcinfo->flinfo, 0));
	PG_RETURN_TEXT_P(timeline_svg_of(fcinfo, entity_query,
									 utf8_string(psprintf("Timeline of %s", name))));
}

PG_FUNCTION_INFO_V1(timeline_svg_query);
Datum
timeline_svg_query(PG_FUNCTION_ARGS)
{
	char	   *q;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	q = DatumGetCString(DirectFunctionCall1(tsqueryout, PG_GETARG_DATUM(0)));
	PG_RETURN_TEXT_P(timeline_svg_of(fcinfo, query_query,
									 utf8_string(psprintf("Timeline of events matching %s", q))));
}
