/*
 * events.c: nato_news.events(article), the trigger table cache, and its invalidation.
 *
 * The rules live in core/event_rules.c and one extraction pass in core/extract.c; this
 * file hands that pass an article and turns its events into rows. The trigger table
 * nato_news.event_trigger is compiled once per backend, or copied from another backend's
 * compiled table when the library is preloaded, and rebuilt after a change to it (a
 * statement trigger on the table sends a relcache invalidation that every backend sees).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "article.h"
#include "catalog_cache.h"
#include "civil_date.h"
#include "event_rules.h"
#include "events.h"
#include "extract.h"
#include "nn_alloc.h"
#include "utf8.h"

#include "entity.h"
#include "gazetteer.h"
#include "gazetteer_shared.h"
#include "timex.h"
#include "timex_grammar.h"

static CatalogWatch trigger_watch = {"nato_news event triggers", {"event_trigger", NULL}};
static NNTriggerSet *trigger_set = NULL;
static CatalogBuild trigger_set_build;

static Oid
trigger_table_oid(void)
{
	Oid			nsp = get_namespace_oid("nato_news", false);
	Oid			rel = get_relname_relid("event_trigger", nsp);

	if (!OidIsValid(rel))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table nato_news.event_trigger does not exist"),
				 errhint("Reinstall the extension: DROP EXTENSION nato_news; CREATE EXTENSION nato_news;")));
	return rel;
}

/* The rows of the trigger table, allocated in cxt; their count in *nrows. Inside SPI. */
static NNTriggerRow *
read_trigger_rows(MemoryContext cxt, bool fresh_snapshot, int *nrows)
{
	NNTriggerRow *rows;

	/* one order in every database, whatever its collation and however rows were written */
	if (SPI_execute("SELECT pattern, event_type, mode, COALESCE(flags, '') "
					"FROM nato_news.event_trigger ORDER BY pattern COLLATE \"C\", "
					"event_type COLLATE \"C\", mode COLLATE \"C\"",
					!fresh_snapshot, 0) != SPI_OK_SELECT)
		elog(ERROR, "cannot read nato_news.event_trigger");
	*nrows = (int) SPI_processed;
	rows = MemoryContextAlloc(cxt, sizeof(NNTriggerRow) * (*nrows + 1));
	for (int r = 0; r < *nrows; r++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[r];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *fields[4];

		for (int f = 0; f < 4; f++)
		{
			char	   *v = SPI_getvalue(tuple, desc, f + 1);

			fields[f] = MemoryContextStrdup(cxt, v ? v : "");
		}
		rows[r].pattern = fields[0];
		rows[r].event_type = fields[1];
		rows[r].mode = fields[2];
		rows[r].flags = fields[3];
	}
	return rows;
}

/*
 * Read the trigger table and compile it; the result lives until the table changes.
 * fresh_snapshot: read with a new snapshot (from the table's own trigger, which must see
 * the rows its statement wrote).
 *
 * With the library preloaded, the table as another backend compiled it at the revision
 * this snapshot sees is copied instead (gazetteer_shared.c), and a table compiled here is
 * offered to the others: only by a role that reads every row (no row security), and
 * never from the table's own trigger, whose transaction holds the revision it moved.
 */
static NNTriggerSet *
load_triggers(bool fresh_snapshot)
{
	NNTriggerRow *rows = NULL;
	int			nrows = 0;
	char		err[256] = "";
	MemoryContext caller = CurrentMemoryContext;
	MemoryContext cxt = NULL;
	NNTriggerSet *set = NULL;
	NNSharedKey key = {0, 0};
	bool		shared,
				copied;
	/* read before loading: a change arriving while loading makes the result stale */
	uint64		now = catalog_watch_generation(&trigger_watch);

	/*
	 * The previous set is freed only here, when no extraction holds it: an invalidation
	 * can arrive in the middle of one (any catalog access accepts them). Like the
	 * gazetteer's matcher, a set read by a role that row security limits serves only that
	 * role, and one read under a transaction snapshot only that transaction.
	 */
	if (trigger_set != NULL && catalog_build_current(&trigger_set_build, &trigger_watch, now))
		return trigger_set;
	(void) trigger_table_oid();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	shared = !fresh_snapshot && catalog_watch_shareable(&trigger_watch) && nn_shared_key(&key);
	if (shared)
	{
		MemoryContext spi = MemoryContextSwitchTo(caller);
		Size		len = 0;
		char	   *image = nn_shared_fetch(NN_SHARED_TRIGGERS, &key, &len);

		if (image != NULL)
		{
			cxt = catalog_watch_new_context(&trigger_watch);
			MemoryContextSwitchTo(cxt);
			set = nn_triggers_image_read(image, len);
			MemoryContextSwitchTo(caller);
			pfree(image);
			if (set == NULL)
			{
				/* not an image this library reads: compile as if none were shared */
				MemoryContextDelete(cxt);
				cxt = NULL;
			}
		}
		MemoryContextSwitchTo(spi);
	}
	copied = set != NULL;
	if (!copied)
		rows = read_trigger_rows(caller, fresh_snapshot, &nrows);
	SPI_finish();

	if (!copied)
	{
		cxt = catalog_watch_new_context(&trigger_watch);
		MemoryContextSwitchTo(cxt);
		set = nn_triggers_build(rows, nrows, err, sizeof(err));
		MemoryContextSwitchTo(caller);
		if (set == NULL)
		{
			MemoryContextDelete(cxt);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid row in nato_news.event_trigger"),
					 errdetail("%s", err)));
		}
	}
	catalog_watch_install(&trigger_watch, cxt);
	trigger_set = set;
	catalog_build_record(&trigger_set_build, &trigger_watch, now);
	/* installed first: a failure to share leaves this backend its table */
	if (shared && !copied)
	{
		Size		len = nn_triggers_image_write(set, NULL, 0);
		char	   *image = palloc(len);

		nn_triggers_image_write(set, image, len);
		nn_shared_offer(NN_SHARED_TRIGGERS, &key, image, len);
		pfree(image);
	}
	return set;
}

PG_FUNCTION_INFO_V1(event_trigger_changed);
/* Statement trigger on nato_news.event_trigger: every backend rebuilds its matcher. */
Datum
event_trigger_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("event_trigger_changed() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	/* compile the table as it now is, so that a bad row is refused by its own statement */
	catalog_watch_touch(&trigger_watch);
	(void) load_triggers(true);
	return PointerGetDatum(NULL);
}

/* ------------------------------------------------------------------ extraction */

const NNTriggerSet *
event_triggers(void)
{
	return load_triggers(false);
}

void
extract_view(const ArticleView *view, unsigned what, bool include_undated, NNExtraction *out)
{
	NNExtractInput in;
	const NNTriggerSet *triggers = (what & NN_EXTRACT_EVENTS) == NN_EXTRACT_EVENTS ?
		load_triggers(false) : NULL;

	in.body = view->body;
	in.body_len = view->body_len;
	in.title = view->title;
	in.title_len = view->title ? view->title_len : 0;
	in.sentences = view->sentences;
	in.nsentences = view->nsentences;
	in.anchor = article_anchor(view);
	in.include_undated = include_undated;
	in.what = what;
	nn_extract((what & NN_EXTRACT_MENTIONS) ? gazetteer_matcher() : NULL, triggers, &in, out);
}

static Datum
entity_of_mention(const NNMention *m)
{
	return entity_make(m->kind, m->name, (int) strlen(m->name));
}

static Datum
entity_array(Datum *elems, int n)
{
	Oid			elemtype = entity_type_oid();
	int16		typlen;
	bool		typbyval;
	char		typalign;

	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	return PointerGetDatum(construct_array(elems, n, elemtype, typlen, typbyval, typalign));
}

/* actors[from .. to) of an event as a nato_news.entity[] datum */
static Datum
actor_range_array(const NNEvent *ev, const NNMention *actors, int from, int to)
{
	Datum		elems[NN_EVENT_MAX_ACTORS];
	int			n = 0;

	for (int k = Max(from, 0); k < to && k < ev->nactors; k++)
		elems[n++] = entity_of_mention(&actors[ev->actors[k]]);
	return entity_array(elems, n);
}

Datum
event_actors_array(const NNEvent *ev, const NNMention *actors)
{
	return actor_range_array(ev, actors, 0, ev->nactors);
}

/* Who acted: actors[0 .. nsource), or every actor of a reciprocal event. */
Datum
event_source_array(const NNEvent *ev, const NNMention *actors)
{
	return actor_range_array(ev, actors, 0, ev->reciprocal ? ev->nactors : ev->nsource);
}

/* Who was acted on: actors[nsource ..), or every actor of a reciprocal event. */
Datum
event_target_array(const NNEvent *ev, const NNMention *actors)
{
	return actor_range_array(ev, actors, ev->reciprocal ? 0 : ev->nsource, ev->nactors);
}

/*
 * The columns of one event row, as events() returns them (1.0's eleven, then 1.1's
 * source, target and event_id). chars, a cursor over the body, carries the
 * character position across calls: events come in body order.
 */
void
event_row_values(const ArticleView *view, const NNExtraction *x, int i, NNCharCursor *chars,
				 Datum *values, bool *nulls)
{
	const NNEvent *ev = &x->events[i];
	const NNSpan *sentence = &x->sentences[ev->sentence];

	memset(nulls, 0, sizeof(bool) * EVENT_COLUMNS);
	values[0] = CStringGetTextDatum(ev->event_type);
	values[1] = CStringGetTextDatum(ev->mode);
	values[2] = CStringGetTextDatum(nn_event_status_name(ev->status));
	if (!timex_interval_readable(ev->date_from, ev->date_to))
		nulls[3] = nulls[4] = nulls[5] = true;
	else
	{
		values[3] = DateADTGetDatum((DateADT) ev->date_from);
		values[4] = DateADTGetDatum((DateADT) ev->date_to);
		values[5] = CStringGetTextDatum(ev->date_value);
	}
	values[6] = event_actors_array(ev, x->actors);
	if (ev->location >= 0)
		values[7] = entity_of_mention(&x->actors[ev->location]);
	else
		nulls[7] = true;
	values[8] = PointerGetDatum(cstring_to_text_with_len(view->body + sentence->start,
														 sentence->end - sentence->start));
	values[9] = Int32GetDatum(nn_char_offset(chars, (size_t) ev->start));
	values[10] = Float4GetDatum(ev->confidence);
	values[11] = event_source_array(ev, x->actors);
	values[12] = event_target_array(ev, x->actors);
	values[13] = Int64GetDatum((int64) i + 1);
}

void
mention_row_values(const ArticleView *view, const NNMention *m, NNCharCursor *chars,
				   Datum *values, bool *nulls)
{
	int32		start_chars = nn_char_offset(chars, (size_t) m->start);

	memset(nulls, 0, sizeof(bool) * MENTION_COLUMNS);
	values[0] = entity_make(m->kind, m->name, (int) strlen(m->name));
	values[1] = PointerGetDatum(cstring_to_text_with_len(view->body + m->start, m->end - m->start));
	values[2] = Int32GetDatum(start_chars);
	values[3] = Int32GetDatum(start_chars + (int32) nn_utf8_chars(view->body + m->start,
																  (size_t) (m->end - m->start)));
	values[4] = Int32GetDatum(m->sentence + 1);
}

PG_FUNCTION_INFO_V1(article_events);
/*
 * events(article [, include_undated]): one row per event; repeated mentions of one event
 * in the article are one row.
 */
Datum
article_events(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bool		include_undated = PG_NARGS() > 1 && !PG_ARGISNULL(1) && PG_GETARG_BOOL(1);
	ArticleView view;
	NNExtraction found;
	NNCharCursor chars;
	int			ncolumns;

	InitMaterializedSRF(fcinfo, 0);
	/* a database still on 1.0 declares the eleven columns of that version */
	ncolumns = rsinfo->setDesc->natts;
	if (ncolumns != EVENT_COLUMNS_1_0 && ncolumns != EVENT_COLUMNS)
		elog(ERROR, "events() declared with %d columns, expected %d or %d", ncolumns,
			 EVENT_COLUMNS_1_0, EVENT_COLUMNS);
	article_view_arg(fcinfo, 0, &view);
	extract_view(&view, NN_EXTRACT_EVENTS, include_undated, &found);
	chars = nn_char_cursor(view.body);
	for (int i = 0; i < found.nevents; i++)
	{
		Datum		values[EVENT_COLUMNS];
		bool		nulls[EVENT_COLUMNS];

		event_row_values(&view, &found, i, &chars, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
