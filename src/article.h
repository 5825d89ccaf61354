/*
 * article.h: the nato_news.article type as the rest of the glue sees it.
 *
 * An article datum is a varlena holding the cleaned document: publication date, title,
 * dateline, source agency, body, canonical URL, authors, tags, and the body's sentence
 * boundaries (computed once, at input). Functions taking an article call article_view to read it without copying.
 */
#ifndef NN_ARTICLE_H
#define NN_ARTICLE_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/date.h"

#include "nlp_types.h"

typedef struct ArticleView
{
	bool		has_published;
	DateADT		published;		/* valid when has_published */
	const char *title;			/* NULL when the article has none; not NUL-terminated */
	int32		title_len;
	const char *dateline;		/* NULL when none */
	int32		dateline_len;
	const char *source;			/* agency, NULL when none */
	int32		source_len;
	const char *body;			/* UTF-8, boilerplate removed; not NUL-terminated */
	int32		body_len;
	int32		nsentences;
	const NNSpan *sentences;	/* byte offsets into body, in order */
	const char *url;			/* canonical address, NULL when unknown */
	int32		url_len;
	const char *authors;		/* names joined by "; ", NULL when none */
	int32		authors_len;
	const char *tags;			/* joined by "; ", NULL when none */
	int32		tags_len;
} ArticleView;

/* Detoast argument n and describe it; the view points into the detoasted datum. */
void		article_view_arg(FunctionCallInfo fcinfo, int argno, ArticleView *view);

/* The same for an article datum read from a table. */
void		article_view_datum(Datum doc, ArticleView *view);

/*
 * The article's hash as its hash operator class computes it (body, title, publication
 * date; seed 0 for hash(), the seed of hash_extended()).
 */
uint64		article_view_hash(const ArticleView *view, uint64 seed);

/* Publication date as the core counts it (days since 2000-01-01), or NN_NO_DATE. */
int32		article_anchor(const ArticleView *view);

#endif
