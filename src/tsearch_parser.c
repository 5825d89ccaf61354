/*
 * tsearch_parser.c: the text search parser of nato_news.diplomatic.
 *
 * A thin wrapper around the core scanner (src/core/ts_token.c): words keep their inner
 * hyphens, apostrophes and acronym dots so the dictionary can normalise them and
 * ts_headline shows them as written. Token type numbers match PostgreSQL's default
 * parser, whose headline function the configuration reuses.
 */
#include "postgres.h"

#include "fmgr.h"
#include "tsearch/ts_public.h"
#include "utils/fmgrprotos.h"

#include "ts_token.h"

PG_FUNCTION_INFO_V1(nn_ts_parser_start);
/* Start scanning the buffer; the scanner lives in the caller's memory context. */
Datum
nn_ts_parser_start(PG_FUNCTION_ARGS)
{
	NNTsScanner *scanner = palloc(sizeof(NNTsScanner));

	scanner->text = (const char *) PG_GETARG_POINTER(0);
	scanner->len = (size_t) Max(PG_GETARG_INT32(1), 0);
	scanner->pos = 0;
	PG_RETURN_POINTER(scanner);
}

PG_FUNCTION_INFO_V1(nn_ts_parser_nexttoken);
/* Return the next token's type and point the caller at its bytes; 0 at the end. */
Datum
nn_ts_parser_nexttoken(PG_FUNCTION_ARGS)
{
	NNTsScanner *scanner = (NNTsScanner *) PG_GETARG_POINTER(0);
	char	  **token = (char **) PG_GETARG_POINTER(1);
	int		   *token_len = (int *) PG_GETARG_POINTER(2);
	size_t		start,
				len;
	NNTsTokenType type = nn_ts_next(scanner, &start, &len);

	if (type == NN_TS_END)
		PG_RETURN_INT32(0);
	*token = (char *) scanner->text + start;
	*token_len = (int) len;
	PG_RETURN_INT32((int32) type);
}

PG_FUNCTION_INFO_V1(nn_ts_parser_end);
Datum
nn_ts_parser_end(PG_FUNCTION_ARGS)
{
	pfree(PG_GETARG_POINTER(0));
	PG_RETURN_VOID();
}

static void
set_lextype(LexDescr *descr, int lexid, const char *alias, const char *description)
{
	descr->lexid = lexid;
	descr->alias = pstrdup(alias);
	descr->descr = pstrdup(description);
}

PG_FUNCTION_INFO_V1(nn_ts_parser_lextype);
/* The token types, named like the default parser's so mappings read the same. */
Datum
nn_ts_parser_lextype(PG_FUNCTION_ARGS)
{
	LexDescr   *descr = palloc0(sizeof(LexDescr) * 6);

	set_lextype(&descr[0], NN_TS_ASCIIWORD, "asciiword",
				"Word, all ASCII (may hold inner hyphens, apostrophes, acronym dots)");
	set_lextype(&descr[1], NN_TS_WORD, "word", "Word, all letters");
	set_lextype(&descr[2], NN_TS_NUMWORD, "numword", "Word, letters and digits");
	set_lextype(&descr[3], NN_TS_BLANK, "blank", "Space and punctuation");
	set_lextype(&descr[4], NN_TS_NUMBER, "uint", "Number");
	descr[5].lexid = 0;
	PG_RETURN_POINTER(descr);
}

PG_FUNCTION_INFO_V1(nn_ts_parser_headline);
/*
 * Headline: PostgreSQL's default selection, then the blanks inside a highlighted
 * multiword name ("Recep Tayyip Erdoğan" matched as one lexeme) are left unmarked, so
 * each word of the name is highlighted as written and the spaces stay plain.
 */
Datum
nn_ts_parser_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs;

	prs = (HeadlineParsedText *) DatumGetPointer(DirectFunctionCall3(prsd_headline,
																	 PG_GETARG_DATUM(0),
																	 PG_GETARG_DATUM(1),
																	 PG_GETARG_DATUM(2)));
	for (int32 i = 0; i < prs->curwords; i++)
		if (prs->words[i].type == NN_TS_BLANK)
			prs->words[i].selected = 0;
	PG_RETURN_POINTER(prs);
}
