/*
 * timex.c: SQL surface of the date grammar.
 *
 * nato_news.timexes(body text, anchor date) runs the core finder (src/core/timex_grammar.c)
 * over a text and returns one row per time expression; positions are 0-based character
 * offsets into body, end exclusive. nato_news.timexes(article) does the same over the
 * article's body, anchored at its publication date. The core allocates through palloc
 * (nn_palloc.c), so its result lives in the call's memory context. nato_news.timex_interval(value) gives the daterange a
 * TIMEX3 date value covers.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/memutils.h"
#include "utils/rangetypes.h"
#include "catalog/pg_type.h"

#include "article.h"
#include "article_parse.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "timex_grammar.h"
#include "timex_resolve.h"
#include "timex.h"
#include "utf8.h"

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

bool
timex_interval_readable(int32 date_from, int32 date_to)
{
	return date_from != NN_NO_DATE && date_to != NN_NO_DATE &&
		IS_VALID_DATE(date_from) && IS_VALID_DATE(date_to);
}

/*
 * Which ends of an interval SQL gets. An end the core leaves open (PAST_REF has only its
 * end) is NULL on its own; an end outside the dates PostgreSQL stores makes the whole
 * interval NULL, so that no half of a clamped interval passes for the real one.
 */
void
timex_interval_nulls(int32 date_from, int32 date_to, bool *from_null, bool *to_null)
{
	bool		out_of_range = (date_from != NN_NO_DATE && !IS_VALID_DATE(date_from)) ||
		(date_to != NN_NO_DATE && !IS_VALID_DATE(date_to));

	*from_null = out_of_range || date_from == NN_NO_DATE;
	*to_null = out_of_range || date_to == NN_NO_DATE;
}

void
timex_rows(FunctionCallInfo fcinfo, const char *body, int32 body_len, int32 anchor)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	NNTimex    *found;
	int			count;
	NNCharCursor chars;
	MemoryContext row_context,
				old_context;

	InitMaterializedSRF(fcinfo, 0);
	if (body == NULL || body_len <= 0)
		return;
	/* the database is UTF-8 (nn_require_utf8_database), as the core reads */
	count = nn_timex_find(body, body_len, anchor, &found);
	chars = nn_char_cursor(body);

	row_context = AllocSetContextCreate(CurrentMemoryContext, "timexes row", ALLOCSET_SMALL_SIZES);
	for (int i = 0; i < count; i++)
	{
		const NNTimex *t = &found[i];
		Datum		values[7];
		bool		nulls[7] = {false};
		CHECK_FOR_INTERRUPTS();
		old_context = MemoryContextSwitchTo(row_context);
		values[0] = PointerGetDatum(cstring_to_text_with_len(body + t->start, t->end - t->start));
		values[1] = Int32GetDatum(nn_char_offset(&chars, (size_t) t->start));
		values[2] = Int32GetDatum(nn_char_offset(&chars, (size_t) t->end));
		values[3] = PointerGetDatum(cstring_to_text(type_names[t->type]));
		values[4] = PointerGetDatum(cstring_to_text(t->value));
		timex_interval_nulls(t->date_from, t->date_to, &nulls[5], &nulls[6]);
		values[5] = DateADTGetDatum((DateADT) (nulls[5] ? 0 : t->date_from));
		values[6] = DateADTGetDatum((DateADT) (nulls[6] ? 0 : t->date_to));
		MemoryContextSwitchTo(old_context);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(row_context);
	}
	MemoryContextDelete(row_context);
	nn_free(found);
}

PG_FUNCTION_INFO_V1(nn_timexes_text);
/* timexes(body text, anchor date): not strict, a NULL anchor means "unknown" */
Datum
nn_timexes_text(PG_FUNCTION_ARGS)
{
	text	   *body;
	int32		anchor = NN_NO_DATE;

	if (PG_ARGISNULL(0))
	{
		InitMaterializedSRF(fcinfo, 0);
		return (Datum) 0;
	}
	body = PG_GETARG_TEXT_PP(0);
	/* the limit of an article: the grammar's work grows with the text */
	if (VARSIZE_ANY_EXHDR(body) > NN_ARTICLE_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("text is too long for timexes(): %d bytes", (int) VARSIZE_ANY_EXHDR(body)),
				 errdetail("timexes() reads at most %d bytes, as much as an article holds.",
						   NN_ARTICLE_MAX_BYTES),
				 errhint("Split the text into paragraphs or articles.")));
	if (!PG_ARGISNULL(1))
	{
		DateADT		d = PG_GETARG_DATEADT(1);

		if (!DATE_NOT_FINITE(d))
			anchor = (int32) d;
	}
	timex_rows(fcinfo, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), anchor);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(nn_timex_interval);
/* timex_interval(value text): the daterange a TIMEX3 date value covers, NULL if none */
Datum
nn_timex_interval(PG_FUNCTION_ARGS)
{
	char	   *value = text_to_cstring(PG_GETARG_TEXT_PP(0));
	int32_t		from,
				to;
	TypeCacheEntry *typcache;
	RangeBound	lower,
				upper;

	if (!nn_timex_value_interval(value, &from, &to) || !timex_interval_readable(from, to))
		PG_RETURN_NULL();
	typcache = range_get_typcache(fcinfo, DATERANGEOID);
	lower.val = DateADTGetDatum((DateADT) from);
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) to);
	upper.infinite = false;
	upper.inclusive = true;
	upper.lower = false;
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
}

PG_FUNCTION_INFO_V1(nn_timexes_article);
/* timexes(article): over the cleaned body, anchored at the publication date */
Datum
nn_timexes_article(PG_FUNCTION_ARGS)
{
	ArticleView view;

	article_view_arg(fcinfo, 0, &view);
	timex_rows(fcinfo, view.body, view.body_len, article_anchor(&view));
	return (Datum) 0;
}
