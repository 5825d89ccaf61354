/*
 * gazetteer.c: the per-backend gazetteer matcher, its invalidation, and the SQL
 * functions over it: mentions(), entities(), resolve(), and the catalog trigger.
 *
 * The matcher is built from the catalog tables through SPI on first use, in its own
 * memory context under CacheMemoryContext (catalog_cache.c). A statement trigger on
 * every gazetteer table sends a relcache invalidation for that table, which makes the
 * matcher stale, in this backend at the next command and in the others at commit; the
 * next use rebuilds it. A rolled-back change is undone the same way. With the library
 * preloaded, a backend first looks for the matcher another backend of the database built
 * at the same gazetteer revision (gazetteer_shared.c) and copies it instead of building.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "article.h"
#include "catalog_cache.h"
#include "civil_date.h"
#include "entity.h"
#include "gazetteer.h"
#include "gazetteer_shared.h"
#include "text_fold.h"
#include "utf8.h"

/* ---------------------------------------------------------------- the cache */

#define GAZETTEER_TABLES "gazetteer_entity", "gazetteer_alias", "gazetteer_office", \
	"gazetteer_office_alias", "gazetteer_term", "gazetteer_word"

static CatalogWatch gazetteer_watch = {"nato_news gazetteer", {GAZETTEER_TABLES, NULL}};

/*
 * The tables whose every change moves the revision that shared images are keyed by
 * (gazetteer_shared.c): the gazetteer's, and the event trigger table, whose compiled
 * form backends share too (events.c). Only the table list is used, not the generation.
 */
static CatalogWatch revision_watch = {"nato_news revision", {GAZETTEER_TABLES, "event_trigger", NULL}};

static NNGzMatcher *gazetteer = NULL;
static CatalogBuild gazetteer_build;

static NNEntityKind
kind_of(const char *kind)
{
	if (strcmp(kind, "person") == 0)
		return NN_KIND_PERSON;
	if (strcmp(kind, "org") == 0)
		return NN_KIND_ORG;
	if (strcmp(kind, "country") == 0)
		return NN_KIND_COUNTRY;
	return NN_KIND_PLACE;
}

static NNAliasKind
alias_kind_of(const char *kind)
{
	if (strcmp(kind, "acronym") == 0)
		return NN_ALIAS_ACRONYM;
	if (strcmp(kind, "demonym") == 0)
		return NN_ALIAS_DEMONYM;
	if (strcmp(kind, "other_language") == 0)
		return NN_ALIAS_OTHER_LANGUAGE;
	if (strcmp(kind, "surname") == 0)
		return NN_ALIAS_SURNAME;
	if (strcmp(kind, "code") == 0)
		return NN_ALIAS_CODE;
	return NN_ALIAS_NAME;
}

/*
 * The queries run with the caller's search_path, so every operator, function and type in
 * them is schema-qualified: a schema in front of pg_catalog must not run its code here.
 */
static void
run_query(const char *sql)
{
	int			rc = SPI_execute(sql, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "nato_news: gazetteer query failed: %s", SPI_result_code_string(rc));
}

static char *
col_text(int row, int col)
{
	return SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
}

static int32
col_int(int row, int col, int32 if_null)
{
	bool		isnull;
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);

	return isnull ? if_null : DatumGetInt32(d);
}

/*
 * Read the catalog into a new matcher allocated in cxt: copied from shared memory when
 * the role may share (shareable: it reads the whole gazetteer) and another backend
 * published the matcher of what this snapshot sees, else built. *publish says whether
 * the matcher was built where it may be shared, with that key in *key.
 */
static NNGzMatcher *
gazetteer_load(MemoryContext cxt, bool shareable, bool *publish, NNSharedKey *key)
{
	NNGzMatcher *gz;
	MemoryContext spi_cxt;
	bool		shared;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "nato_news: SPI_connect failed");
	spi_cxt = CurrentMemoryContext;

	/* preloaded: the image another backend built of what this snapshot sees */
	shared = shareable && nn_shared_key(key);
	if (shared)
	{
		Size		len = 0;
		char	   *image = nn_shared_fetch(NN_SHARED_MATCHER, key, &len);

		MemoryContextSwitchTo(cxt);
		gz = image != NULL ? nn_gz_image_read(image, len) : NULL;
		MemoryContextSwitchTo(spi_cxt);
		if (image != NULL)
			pfree(image);
		if (gz != NULL)
		{
			SPI_finish();
			return gz;
		}
	}

	MemoryContextSwitchTo(cxt);
	gz = nn_gz_new();
	MemoryContextSwitchTo(spi_cxt);

	run_query("SELECT id, kind, name FROM nato_news.gazetteer_entity ORDER BY id");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		char	   *kind = col_text(r, 2);
		char	   *name = col_text(r, 3);

		nn_gz_add_entity(gz, col_int(r, 1, -1), kind_of(kind), name, strlen(name));
	}
	MemoryContextSwitchTo(spi_cxt);

	run_query("SELECT entity_id, alias, case_sensitive::int, alias_kind FROM nato_news.gazetteer_alias ORDER BY entity_id, alias");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		char	   *alias = col_text(r, 2);

		nn_gz_add_alias(gz, col_int(r, 1, -1), alias, strlen(alias),
						alias_kind_of(col_text(r, 4)), col_int(r, 3, 0) != 0);
	}
	MemoryContextSwitchTo(spi_cxt);

	run_query("SELECT id, holder_id FROM nato_news.gazetteer_office ORDER BY id");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
		nn_gz_add_office(gz, col_int(r, 1, -1), col_int(r, 2, -1));
	MemoryContextSwitchTo(spi_cxt);

	run_query("SELECT office_id, alias, context_id FROM nato_news.gazetteer_office_alias ORDER BY office_id, alias");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		char	   *alias = col_text(r, 2);

		nn_gz_add_office_alias(gz, col_int(r, 1, -1), alias, strlen(alias), col_int(r, 3, -1));
	}
	MemoryContextSwitchTo(spi_cxt);

	/* rows older than the CHECK on term dates may hold infinity: skipped, or open-ended */
	run_query("SELECT office_id, person_id, "
			  "(term_from OPERATOR(pg_catalog.-) pg_catalog.date '2000-01-01')::int, "
			  "CASE WHEN pg_catalog.isfinite(term_to) THEN "
			  "(term_to OPERATOR(pg_catalog.-) pg_catalog.date '2000-01-01')::int END "
			  "FROM nato_news.gazetteer_term "
			  "WHERE pg_catalog.isfinite(term_from) ORDER BY office_id, term_from");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
		nn_gz_add_term(gz, col_int(r, 1, -1), col_int(r, 2, -1), col_int(r, 3, 0),
					   col_int(r, 4, NN_NO_DATE));
	MemoryContextSwitchTo(spi_cxt);

	run_query("SELECT word, role FROM nato_news.gazetteer_word ORDER BY word, role");
	MemoryContextSwitchTo(cxt);
	for (uint64 r = 0; r < SPI_processed; r++)
	{
		char	   *word = col_text(r, 1);
		NNWordRole	role;

		/* a role this library does not know (a newer script's) is no role at all */
		if (nn_gz_word_role_parse(col_text(r, 2), &role))
			nn_gz_add_word(gz, word, strlen(word), role);
	}
	MemoryContextSwitchTo(spi_cxt);

	*publish = shared;
	SPI_finish();
	return gz;
}

/*
 * Sharing rests on the revision moving with every change of the gazetteer and of the
 * event trigger table: a backend shares only while each of those tables (revision_watch)
 * has the revision trigger, enabled for ordinary sessions. A table where it is disabled
 * (or a database without it) means a change could leave the revision as it was, and
 * backends build their own, as before 1.4. The
 * trigger rows are read from pg_trigger, without locking the tables (a lock held on one
 * of them must not stall every new connection's first match), and *state is a hash of
 * their row versions: disabling, enabling or re-creating a trigger changes it, so an image
 * made before a change that fired no trigger is never taken again once the trigger is
 * back (images are keyed by it as well as by the revision).
 */
bool
nn_gazetteer_revision_kept(uint64 *state)
{
	Oid			nsp = get_namespace_oid("nato_news", true);
	Relation	triggers;
	uint64		hash = 0;
	bool		kept = true;

	(void) catalog_watch_generation(&revision_watch);
	triggers = table_open(TriggerRelationId, AccessShareLock);
	for (int i = 0; kept && i < CATALOG_WATCH_MAX_TABLES && revision_watch.tables[i] != NULL; i++)
	{
		ScanKeyData key;
		SysScanDesc scan;
		HeapTuple	tuple;

		kept = false;
		if (!OidIsValid(revision_watch.relids[i]))
			break;
		ScanKeyInit(&key, Anum_pg_trigger_tgrelid, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(revision_watch.relids[i]));
		scan = systable_beginscan(triggers, TriggerRelidNameIndexId, true, NULL, 1, &key);
		while (!kept && HeapTupleIsValid(tuple = systable_getnext(scan)))
		{
			Form_pg_trigger tg = (Form_pg_trigger) GETSTRUCT(tuple);
			char	   *fn;

			if (strcmp(NameStr(tg->tgname), "gazetteer_revision") != 0 ||
				(tg->tgenabled != TRIGGER_FIRES_ON_ORIGIN && tg->tgenabled != TRIGGER_FIRES_ALWAYS) ||
				!TRIGGER_FOR_BEFORE(tg->tgtype) || TRIGGER_FOR_ROW(tg->tgtype) ||
				!TRIGGER_FOR_INSERT(tg->tgtype) || !TRIGGER_FOR_UPDATE(tg->tgtype) ||
				!TRIGGER_FOR_DELETE(tg->tgtype) || !TRIGGER_FOR_TRUNCATE(tg->tgtype) ||
				get_func_namespace(tg->tgfoid) != nsp)
				continue;
			fn = get_func_name(tg->tgfoid);
			kept = fn != NULL && strcmp(fn, "gazetteer_revision_bump") == 0;
			if (kept)
				hash = hash_combine64(hash, (uint64) HeapTupleHeaderGetXmin(tuple->t_data) << 32 |
									  tg->oid);
		}
		systable_endscan(scan);
	}
	table_close(triggers, AccessShareLock);
	*state = hash;
	return kept;
}

/*
 * Whether the matcher built earlier may serve this call. Besides a change to the tables
 * (the generation), what the builder could read decides: a matcher built by a role that
 * row security limits serves only that role, and a role so limited never uses another
 * role's. And a matcher built under REPEATABLE READ or SERIALIZABLE read the transaction's
 * snapshot, which may predate changes committed since, so it serves that transaction only.
 */
static bool
gazetteer_current(uint64 now)
{
	return gazetteer != NULL && catalog_build_current(&gazetteer_build, &gazetteer_watch, now);
}

/*
 * The matcher, rebuilt on first use after a change to the gazetteer (lazily: a session
 * that does not read the gazetteer does not pay for edits to it).
 */
const NNGzMatcher *
gazetteer_matcher(void)
{
	/* read before loading: a change arriving while loading makes the result stale */
	uint64		now = catalog_watch_generation(&gazetteer_watch);

	if (!gazetteer_current(now))
	{
		MemoryContext cxt = catalog_watch_new_context(&gazetteer_watch);
		MemoryContext old = CurrentMemoryContext;
		bool		shareable = catalog_watch_shareable(&gazetteer_watch);
		bool		publish = false;
		NNSharedKey key = {0, 0};
		NNGzMatcher *built;

		PG_TRY();
		{
			built = gazetteer_load(cxt, shareable, &publish, &key);
		}
		PG_CATCH();
		{
			MemoryContextSwitchTo(old);
			MemoryContextDelete(cxt);
			PG_RE_THROW();
		}
		PG_END_TRY();
		MemoryContextSwitchTo(old);
		catalog_watch_install(&gazetteer_watch, cxt);
		gazetteer = built;
		catalog_build_record(&gazetteer_build, &gazetteer_watch, now);
		/* installed first: a failure to share leaves this backend its matcher */
		if (publish)
		{
			Size		len = nn_gz_image_write(built, NULL, 0);
			char	   *image = palloc(len);

			nn_gz_image_write(built, image, len);
			nn_shared_offer(NN_SHARED_MATCHER, &key, image, len);
			pfree(image);
		}
	}
	return gazetteer;
}

NNMention *
gazetteer_find_mentions(const char *body, int32 body_len, const NNSpan *sentences,
						int32 nsentences, int32 anchor_days, int *nmentions)
{
	const NNGzMatcher *gz = gazetteer_matcher();

	return nn_gz_find(gz, body, (size_t) Max(body_len, 0), sentences, nsentences, anchor_days,
					  nmentions);
}

/* ---------------------------------------------------------------- trigger */

PG_FUNCTION_INFO_V1(nn_gazetteer_changed);
/* Statement trigger on the gazetteer tables: every backend rebuilds its matcher. */
Datum
nn_gazetteer_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gazetteer_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	catalog_watch_touch(&gazetteer_watch);
	PG_RETURN_POINTER(NULL);
}

PG_FUNCTION_INFO_V1(nn_gazetteer_revision_trigger);
/*
 * BEFORE statement trigger on the gazetteer tables (1.4): moves the revision, so that no
 * backend takes a shared matcher of the gazetteer before this change once it commits.
 * Before the statement, so every editor takes the revision row's lock before any row of
 * the gazetteer (two editors queue on it instead of deadlocking on each other's rows),
 * and so that a trigger of the statement that reads the gazetteer already sees the
 * revision as its own transaction's. Only the gazetteer's tables may fire it: it writes
 * the revision as the table's owner.
 */
Datum
nn_gazetteer_revision_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gazetteer_revision_bump() must be called as a BEFORE statement trigger")));
	if (!catalog_watch_has_table(&revision_watch, RelationGetRelid(trigdata->tg_relation)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("gazetteer_revision_bump() fires only on the tables of the gazetteer and on nato_news.event_trigger"),
				 errdetail("It fired on table \"%s\".", RelationGetRelationName(trigdata->tg_relation))));
	nn_gazetteer_revision_bump();
	PG_RETURN_POINTER(NULL);
}

/* ---------------------------------------------------------------- SQL functions */

/* The mentions that mentions() and entities() report: with the countries of offices. */
static NNMention *
reported_mentions(const char *body, int32 body_len, const NNSpan *sentences, int32 nsentences,
				  int32 anchor_days, int *nmentions)
{
	return nn_gz_find_ext(gazetteer_matcher(), body, (size_t) Max(body_len, 0), sentences,
						  nsentences, anchor_days, NN_GZ_ROLE_COUNTRIES, nmentions);
}

static int32
anchor_arg(FunctionCallInfo fcinfo, int argno)
{
	DateADT		d;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NN_NO_DATE;
	d = PG_GETARG_DATEADT(argno);
	if (DATE_NOT_FINITE(d))
		return NN_NO_DATE;
	return (int32) d;
}

static Datum
mention_entity(const NNMention *m)
{
	return entity_make(m->kind, m->name, (int) strlen(m->name));
}

/*
 * Rows of mentions(): entity, mention text, start_pos and end_pos in characters of
 * the body (0-based, end exclusive), sentence number (1-based), and since 1.1 the
 * source ('gazetteer' or the shape rule that found the name). The 1.0 declaration has
 * no source column: the row follows whichever declaration called.
 */
#define MENTION_COLUMNS 6

void
mentions_emit(FunctionCallInfo fcinfo, const char *body, int32 body_len,
			  const NNSpan *sentences, int32 nsentences, int32 anchor)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			n;
	NNMention  *ms;
	NNCharCursor chars = nn_char_cursor(body);
	bool		with_source;

	InitMaterializedSRF(fcinfo, 0);
	with_source = rsinfo->setDesc->natts >= MENTION_COLUMNS;
	ms = reported_mentions(body, body_len, sentences, nsentences, anchor, &n);
	for (int i = 0; i < n; i++)
	{
		Datum		values[MENTION_COLUMNS];
		bool		nulls[MENTION_COLUMNS] = {false, false, false, false, false, false};
		int32		start_chars,
					end_chars;

		start_chars = nn_char_offset(&chars, (size_t) ms[i].start);
		end_chars = start_chars + (int32) nn_utf8_chars(body + ms[i].start,
														(size_t) (ms[i].end - ms[i].start));
		values[0] = mention_entity(&ms[i]);
		values[1] = PointerGetDatum(cstring_to_text_with_len(body + ms[i].start,
															 ms[i].end - ms[i].start));
		values[2] = Int32GetDatum(start_chars);
		values[3] = Int32GetDatum(end_chars);
		values[4] = Int32GetDatum(ms[i].sentence + 1);
		if (with_source)
			values[5] = CStringGetTextDatum(nn_gz_source_label((NNMentionSource) ms[i].source));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

static int
datum_entity_cmp(const void *a, const void *b)
{
	const Datum *x = a,
			   *y = b;

	return DatumGetInt32(DirectFunctionCall2Coll(nn_entity_cmp, InvalidOid, *x, *y));
}

static Datum entities_sorted(const ArticleView *article, const char *body, int32 body_len,
							 const NNSpan *sentences, int32 nsentences, int32 anchor);

/* Distinct entities of the mentions, sorted, as entity[]. */
Datum
entities_array(const char *body, int32 body_len, const NNSpan *sentences, int32 nsentences,
			   int32 anchor)
{
	return entities_sorted(NULL, body, body_len, sentences, nsentences, anchor);
}

/*
 * entities_array, plus the entities of the article's title and dateline when given. The
 * three texts are scanned in one pass: title and dateline follow the body as two more
 * sentences of one buffer, so the matcher runs once.
 */
static Datum
entities_sorted(const ArticleView *article, const char *body, int32 body_len,
				const NNSpan *sentences, int32 nsentences, int32 anchor)
{
	int			n = 0,
				ndistinct = 0;
	int			nm;
	NNMention  *ms;
	Datum	   *elems;

	if (article != NULL && (article->title != NULL || article->dateline != NULL))
	{
		int32		title_len = article->title ? article->title_len : 0;
		int32		dateline_len = article->dateline ? article->dateline_len : 0;
		char	   *text = palloc((Size) body_len + title_len + dateline_len + 2);
		NNSpan	   *spans = palloc(sizeof(NNSpan) * (nsentences + 2));
		int32		len = body_len;
		int32		nspans = nsentences;

		memcpy(text, body, body_len);
		memcpy(spans, sentences, sizeof(NNSpan) * nsentences);
		if (title_len > 0)
		{
			text[len++] = '\n';
			memcpy(text + len, article->title, title_len);
			spans[nspans].start = len;
			spans[nspans++].end = len + title_len;
			len += title_len;
		}
		if (dateline_len > 0)
		{
			text[len++] = '\n';
			memcpy(text + len, article->dateline, dateline_len);
			spans[nspans].start = len;
			spans[nspans++].end = len + dateline_len;
			len += dateline_len;
		}
		ms = reported_mentions(text, len, spans, nspans, anchor, &nm);
	}
	else
		ms = reported_mentions(body, body_len, sentences, nsentences, anchor, &nm);
	elems = palloc(sizeof(Datum) * (nm + 1));
	for (int i = 0; i < nm; i++)
		elems[n++] = mention_entity(&ms[i]);
	if (n > 1)
		qsort(elems, n, sizeof(Datum), datum_entity_cmp);
	for (int i = 0; i < n; i++)
		if (ndistinct == 0 || datum_entity_cmp(&elems[ndistinct - 1], &elems[i]) != 0)
			elems[ndistinct++] = elems[i];
	return PointerGetDatum(construct_array(elems, ndistinct, entity_type_oid(), -1, false,
										   TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(nn_mentions_text);
Datum
nn_mentions_text(PG_FUNCTION_ARGS)
{
	text	   *body;

	if (PG_ARGISNULL(0))
	{
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	body = PG_GETARG_TEXT_PP(0);
	mentions_emit(fcinfo, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), NULL, 0, anchor_arg(fcinfo, 1));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(nn_entities_text);
Datum
nn_entities_text(PG_FUNCTION_ARGS)
{
	text	   *body;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_TEXT_PP(0);
	PG_RETURN_DATUM(entities_array(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), NULL, 0,
								   anchor_arg(fcinfo, 1)));
}

PG_FUNCTION_INFO_V1(nn_resolve);
/*
 * resolve(alias, at): the one entity an alias or office title names on that date. Not
 * strict, because a NULL date means "now"; a NULL alias names nothing.
 */
Datum
nn_resolve(PG_FUNCTION_ARGS)
{
	text	   *alias;
	const NNGzMatcher *gz;
	int32		ids[2];
	int			n;
	NNEntityKind kind;
	const char *name;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	alias = PG_GETARG_TEXT_PP(0);
	gz = gazetteer_matcher();
	n = nn_gz_lookup(gz, VARDATA_ANY(alias), VARSIZE_ANY_EXHDR(alias), 0, true,
					 anchor_arg(fcinfo, 1), ids, 2);
	if (n != 1)
		PG_RETURN_NULL();
	name = nn_gz_entity_name(gz, ids[0], &kind);
	PG_RETURN_DATUM(entity_make(kind, name, (int) strlen(name)));
}

/*
 * The entity a kind:Name in a query means. Entity input takes kind:Name as written, so
 * that stored values read back whatever the gazetteer holds; a query may be lenient and
 * read another spelling of exactly one catalogued entity of that kind as that entity
 * (org:G7 asks for org:Group of Seven). A canonical or unknown name stays as it is.
 */
Datum
gazetteer_query_entity(Datum entity)
{
	const NNGzMatcher *gz = gazetteer_matcher();
	char		kind;
	const char *name;
	int			name_len;
	int32		ids[2];
	const char *canonical;

	entity_parts(entity, &kind, &name, &name_len);
	if (nn_gz_lookup(gz, name, name_len, (NNEntityKind) kind, false, NN_NO_DATE, ids, 2) != 1)
		return entity;
	canonical = nn_gz_entity_name(gz, ids[0], NULL);
	return entity_make((NNEntityKind) kind, canonical, (int) strlen(canonical));
}

PG_FUNCTION_INFO_V1(nn_catalogued);
/*
 * catalogued(entity): the catalogued entity that another spelling of exactly one catalogued
 * name stands for ('person:Stoltenberg' -> person:Jens Stoltenberg), else the value itself.
 * Entity input keeps kind:Name as written (so that stored values read back unchanged);
 * queries such as timeline() use this to find what the user meant.
 */
Datum
nn_catalogued(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(gazetteer_query_entity(PG_GETARG_DATUM(0)));
}

PG_FUNCTION_INFO_V1(nn_fold_text);
/*
 * fold(text): the text as every matcher compares it (accents, case and script folded:
 * 'Çavuşoğlu' -> 'cavusoglu'). Refresh uses it to find the articles a gazetteer change
 * can affect; users can see why two spellings meet.
 */
Datum
nn_fold_text(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	size_t		limit = MaxAllocSize - VARHDRSZ - 1;
	size_t		cap = Min(len * 2 + 16, limit);
	char	   *out = palloc(cap);
	long		need = nn_fold(s, len, out, cap);

	if (need >= 0 && (size_t) need >= cap)
	{
		if ((size_t) need >= limit)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("folded text would exceed the maximum text size")));
		cap = (size_t) need + 1;
		out = repalloc(out, cap);
		need = nn_fold(s, len, out, cap);
	}
	if (need < 0)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("cannot fold this text for matching"),
				 errhint("The text must be valid UTF-8.")));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, (int) need));
}

PG_FUNCTION_INFO_V1(nn_mentions_article);
/* mentions(article): mentions in the body, office titles resolved at publication. */
Datum
nn_mentions_article(PG_FUNCTION_ARGS)
{
	ArticleView v;

	article_view_arg(fcinfo, 0, &v);
	mentions_emit(fcinfo, v.body, v.body_len, v.sentences, v.nsentences, article_anchor(&v));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(nn_entities_article);
/* entities(article): distinct entities of the body, the title and the dateline. */
Datum
nn_entities_article(PG_FUNCTION_ARGS)
{
	ArticleView v;

	article_view_arg(fcinfo, 0, &v);
	PG_RETURN_DATUM(entities_sorted(&v, v.body, v.body_len, v.sentences, v.nsentences,
									article_anchor(&v)));
}
