/*
 * article_parse.h: from an article as it was scraped to a clean, structured document.
 *
 * Scrapes differ in everything: a "date YYYY-MM-DD" header glued to the first
 * sentence, cookie banners (even in mid-sentence), site names in capitals, "##"
 * markers, "Last updated" and print-date lines, photo captions, titles or none,
 * datelines ("Athens, Greece –"), agency tags ("... in a statement. AP"). The parser
 * keeps the text and the facts (date, title, dateline, source) and drops the rest.
 */
#ifndef NN_ARTICLE_PARSE_H
#define NN_ARTICLE_PARSE_H

#include <stdbool.h>
#include <stdint.h>

#include "nlp_types.h"

/* Articles longer than this are refused: far beyond any news story, and it bounds work. */
#define NN_ARTICLE_MAX_BYTES (16 * 1024 * 1024)

typedef enum NNArticleStatus
{
	NN_ARTICLE_OK,
	NN_ARTICLE_EMPTY,			/* nothing but white space and boilerplate */
	NN_ARTICLE_NO_LETTERS,		/* text, but not a single letter in it */
	NN_ARTICLE_TOO_LONG,
	NN_ARTICLE_BAD_ENCODING		/* not valid UTF-8 */
} NNArticleStatus;

typedef struct NNArticle
{
	int32_t		published;		/* days since 2000-01-01, or NN_NO_DATE */
	/* a date header naming a day that does not exist ("date 2020-02-30") */
	bool		bad_date;
	char		bad_date_text[32];
	char	   *title;			/* NUL-terminated, NULL when none */
	char	   *dateline;
	char	   *source;
	char	   *body;			/* paragraphs separated by '\n' */
	int32_t		body_len;
	NNSpan	   *sentences;
	int32_t		nsentences;
} NNArticle;

/* Parse a scraped article; on NN_ARTICLE_OK *article holds nn_alloc'd fields. */
NNArticleStatus nn_article_parse(const char *raw, int32_t len, NNArticle *article);

/*
 * Build an article from fields that are already clean (the canonical text form, binary
 * input): only the body's sentences are computed. Fields are copied.
 */
NNArticleStatus nn_article_from_fields(const char *title, const char *dateline,
									   const char *source, const char *body,
									   int32_t body_len, int32_t published,
									   NNArticle *article);

void		nn_article_free(NNArticle *article);

#endif
