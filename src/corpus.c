/*
 * corpus.c: CALL nato_news.refresh(batch), the loop around the refresh batches (1.0 to
 * 1.2: refresh_batch(); 1.3: refresh_extract() and timeline_merge_pending()), and
 * nato_news.extraction(article), the one extraction pass a batch stores.
 *
 * A procedure in C so that it can tell how it was called: from a plain CALL it commits
 * after every batch (progress survives an interruption, locks are held briefly); inside
 * a transaction block or a caller that cannot commit (pg_cron's background worker,
 * a function) it does all batches in the caller's transaction.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "funcapi.h"
#include "common/hashfn.h"
#include "utils/builtins.h"

#include "article.h"
#include "entity.h"
#include "events.h"
#include "utf8.h"
#include "nn_settings.h"

/*
 * nato_news.timeline_merge_articles: how many articles the merged timeline takes at once
 * from CALL refresh() (1.3), or the batch when it is larger. One merge of many batches
 * writes each merged event once; it holds all their reports in memory, about 28 MB per
 * 1,000 articles of news.
 */
int			nn_timeline_merge_articles = 10000;

/*
 * The start of either refresh procedure: the batch size, checked, and an SPI connection
 * that may commit when the CALL can (returned).
 */
static bool
refresh_begin(FunctionCallInfo fcinfo, int32 *batch)
{
	bool		nonatomic = fcinfo->context && IsA(fcinfo->context, CallContext) &&
		!castNode(CallContext, fcinfo->context)->atomic;

	*batch = PG_ARGISNULL(0) ? 1000 : PG_GETARG_INT32(0);
	if (*batch < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("refresh batch size must be at least 1, not %d", *batch)));
	if (SPI_connect_ext(nonatomic ? SPI_OPT_NONATOMIC : 0) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	return nonatomic;
}

/* A kept plan of a call taking one int. */
static SPIPlanPtr
keep_plan(const char *sql)
{
	Oid			argtypes[1] = {INT4OID};
	SPIPlanPtr	plan = SPI_prepare(sql, 1, argtypes);

	if (plan == NULL)
		elog(ERROR, "cannot prepare \"%s\": %s", sql, SPI_result_code_string(SPI_result));
	SPI_keepplan(plan);
	return plan;
}

/* Run a kept plan that returns one int; -1 when it returned NULL. */
static int32
run_count(SPIPlanPtr plan, int32 arg, const char *what)
{
	Datum		args[1] = {Int32GetDatum(arg)};
	bool		isnull;
	int32		n;

	if (SPI_execute_plan(plan, args, NULL, false, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "%s failed", what);
	n = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	return isnull ? -1 : n;
}

PG_FUNCTION_INFO_V1(corpus_refresh);
/* CALL refresh(batch) of 1.0 to 1.2: refresh_batch() until it finds nothing to do. */
Datum
corpus_refresh(PG_FUNCTION_ARGS)
{
	int32		batch;
	bool		nonatomic = refresh_begin(fcinfo, &batch);
	SPIPlanPtr	plan = keep_plan("SELECT nato_news.refresh_batch($1)");

	for (;;)
	{
		int32		done;

		CHECK_FOR_INTERRUPTS();
		done = run_count(plan, batch, "refresh batch");
		if (nonatomic)
			SPI_commit();
		if (done <= 0)
			break;
	}
	SPI_freeplan(plan);
	SPI_finish();
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(corpus_refresh_chunked);
/*
 * CALL refresh(batch) from 1.3: extraction batch by batch (refresh_extract, a commit
 * each), and the merged timeline in chunks (timeline_merge_pending): after every chunk
 * of articles extracted, and when the queue is empty (which also places what an
 * interrupted refresh left pending).
 */
Datum
corpus_refresh_chunked(PG_FUNCTION_ARGS)
{
	int32		batch;
	bool		nonatomic = refresh_begin(fcinfo, &batch);
	int32		chunk = Max(batch, nn_timeline_merge_articles);
	SPIPlanPtr	extract = keep_plan("SELECT nato_news.refresh_extract($1)");
	SPIPlanPtr	merge = keep_plan("SELECT nato_news.timeline_merge_pending($1)");
	int64		unmerged = 0;

	for (;;)
	{
		int32		done;

		CHECK_FOR_INTERRUPTS();
		done = run_count(extract, batch, "refresh batch");
		if (nonatomic)
			SPI_commit();
		unmerged += Max(done, 0);
		if (done <= 0 || unmerged >= chunk)
		{
			while (run_count(merge, chunk, "timeline merge") > 0)
			{
				CHECK_FOR_INTERRUPTS();
				if (nonatomic)
					SPI_commit();
			}
			unmerged = 0;
		}
		if (done <= 0)
			break;
	}
	SPI_freeplan(extract);
	SPI_freeplan(merge);
	SPI_finish();
	PG_RETURN_VOID();
}

/* ------------------------------------------------------------------ one pass per article */

/*
 * nato_news.extraction() columns: part ('e' an event, 'm' a mention, 'a' the article),
 * n, the event's, the mention's, the article's
 */
#define X_PART 0
#define X_N 1
#define X_EVENT 2				/* events() columns 0..12 go to 2..14 */
#define X_ENTITY 15
#define X_MENTION 16
#define X_END_POS 17
#define X_SENTENCE_NO 18
#define X_DOC_HASH 19
#define X_BODY_HASH 20
#define X_START_POS (X_EVENT + 9)
#define X_COLUMNS 21

PG_FUNCTION_INFO_V1(corpus_extraction);
/*
 * extraction(article): what refresh stores of one article, from one extraction pass:
 * its events (part 'e', the events() columns) and its mentions (part 'm', the
 * mentions() columns), each numbered from 1 in text order, then one row (part 'a')
 * with the article's hash (as its hash operator class computes it) and its body's: the
 * first tells whether a stored article was extracted already, the second finds copies.
 */
Datum
corpus_extraction(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArticleView view;
	NNExtraction x;
	NNCharCursor event_chars;
	NNCharCursor mention_chars;

	InitMaterializedSRF(fcinfo, 0);
	if (rsinfo->setDesc->natts != X_COLUMNS)
		elog(ERROR, "extraction() declared with %d columns, expected %d",
			 rsinfo->setDesc->natts, X_COLUMNS);
	article_view_arg(fcinfo, 0, &view);
	extract_view(&view, NN_EXTRACT_EVENTS, false, &x);
	event_chars = nn_char_cursor(view.body);
	mention_chars = nn_char_cursor(view.body);
	for (int i = 0; i < x.nevents; i++)
	{
		Datum		values[X_COLUMNS];
		bool		nulls[X_COLUMNS];

		memset(nulls, true, sizeof(nulls));
		event_row_values(&view, &x, i, &event_chars, values + X_EVENT,
						 nulls + X_EVENT);
		values[X_PART] = CharGetDatum('e');
		values[X_N] = Int32GetDatum(i + 1);
		nulls[X_PART] = nulls[X_N] = false;
		/* the event_id slot of events() is the mention's entity here */
		nulls[X_ENTITY] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	for (int i = 0; i < x.nmentions; i++)
	{
		Datum		values[X_COLUMNS];
		bool		nulls[X_COLUMNS];
		Datum		mention[MENTION_COLUMNS];
		bool		mention_nulls[MENTION_COLUMNS];

		memset(nulls, true, sizeof(nulls));
		mention_row_values(&view, &x.mentions[i], &mention_chars, mention, mention_nulls);
		values[X_PART] = CharGetDatum('m');
		values[X_N] = Int32GetDatum(i + 1);
		values[X_ENTITY] = mention[0];
		values[X_MENTION] = mention[1];
		values[X_START_POS] = mention[2];
		values[X_END_POS] = mention[3];
		values[X_SENTENCE_NO] = mention[4];
		nulls[X_PART] = nulls[X_N] = nulls[X_ENTITY] = nulls[X_MENTION] = false;
		nulls[X_START_POS] = nulls[X_END_POS] = nulls[X_SENTENCE_NO] = false;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	{
		Datum		values[X_COLUMNS];
		bool		nulls[X_COLUMNS];

		memset(nulls, true, sizeof(nulls));
		values[X_PART] = CharGetDatum('a');
		values[X_N] = Int32GetDatum(0);
		values[X_DOC_HASH] = Int64GetDatum((int64) article_view_hash(&view, 0));
		values[X_BODY_HASH] = Int64GetDatum((int64) hash_bytes_extended((const unsigned char *) view.body,
																		view.body_len, 0));
		nulls[X_PART] = nulls[X_N] = nulls[X_DOC_HASH] = nulls[X_BODY_HASH] = false;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
