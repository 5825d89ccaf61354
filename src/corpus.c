/*
 * corpus.c: CALL nato_news.refresh(batch), the loop around nato_news.refresh_batch().
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
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(corpus_refresh);
Datum
corpus_refresh(PG_FUNCTION_ARGS)
{
	int32		batch = PG_ARGISNULL(0) ? 1000 : PG_GETARG_INT32(0);
	bool		nonatomic = fcinfo->context && IsA(fcinfo->context, CallContext) &&
		!castNode(CallContext, fcinfo->context)->atomic;
	Oid			argtypes[1] = {INT4OID};
	Datum		args[1];
	SPIPlanPtr	plan;

	if (batch < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("refresh batch size must be at least 1, not %d", batch)));
	args[0] = Int32GetDatum(batch);
	if (SPI_connect_ext(nonatomic ? SPI_OPT_NONATOMIC : 0) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	plan = SPI_prepare("SELECT nato_news.refresh_batch($1)", 1, argtypes);
	if (plan == NULL)
		elog(ERROR, "cannot prepare the refresh batch: %s", SPI_result_code_string(SPI_result));
	SPI_keepplan(plan);
	for (;;)
	{
		bool		isnull;
		int32		done;

		CHECK_FOR_INTERRUPTS();
		if (SPI_execute_plan(plan, args, NULL, false, 1) != SPI_OK_SELECT || SPI_processed != 1)
			elog(ERROR, "refresh batch failed");
		done = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		if (nonatomic)
			SPI_commit();
		if (isnull || done == 0)
			break;
	}
	SPI_freeplan(plan);
	SPI_finish();
	PG_RETURN_VOID();
}
