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

#include "article_meta.h"
#include "nlp_types.h"

/* Articles longer than this are refused: far beyond any news story, and it bounds work. */
#define NN_ARTICLE_MAX_BYTES (16 * 1024 * 1024)

typedef enum NNArticleStatus
{
	NN_ARTICLE_OK,
	NN_ARTICLE_EMPTY,			/* nothing but white space and boilerplate */
	NN_ARTICLE_NO_LETTERS,		/* text, but not a single letter in it */
	NN_ARTICLE_TOO_LONG,
	NN_ARTICLE_BAD_ENCODING,	/* not valid UTF-8 */
	NN_ARTICLE_BAD_SYNTAX		/* malformed front matter: article->error says where */
} NNArticleStatus;

/* How the input is written; NN_FORMAT_AUTO detects it from the content. */
typedef enum NNArticleFormat
{
	NN_FORMAT_AUTO,
	NN_FORMAT_TEXT,				/* plain scraped text, maybe hard-wrapped */
	NN_FORMAT_MARKDOWN,			/* Markdown, maybe with YAML or TOML front matter */
	NN_FORMAT_HTML				/* a web page */
} NNArticleFormat;

/* "auto", "text", "markdown", "html" (case-blind) -> the format; false when unknown. */
bool		nn_article_format_from_name(const char *name, NNArticleFormat *format);
const char *nn_article_format_name(NNArticleFormat format);

/* Which format the content looks like. */
NNArticleFormat nn_article_detect_format(const char *raw, int32_t len);

typedef struct NNArticle
{
	int32_t		published;		/* days since 2000-01-01, or NN_NO_DATE */
	/* a date header naming a day that does not exist ("date 2020-02-30") */
	bool		bad_date;
	char		bad_date_text[32];
	char	   *title;			/* NUL-terminated, NULL when none */
	char	   *dateline;
	char	   *source;
	char	   *url;			/* canonical address, from front matter or the page */
	char	   *authors;		/* names joined by "; " */
	char	   *tags;			/* tags and categories joined by "; " */
	char	   *body;			/* paragraphs separated by '\n' */
	int32_t		body_len;
	NNSpan	   *sentences;
	int32_t		nsentences;
	NNArticleFormat format;		/* the format it was read as */
	NNParseError error;			/* set with NN_ARTICLE_BAD_SYNTAX */
} NNArticle;

/* Parse a scraped article; on NN_ARTICLE_OK *article holds nn_alloc'd fields. */
NNArticleStatus nn_article_parse(const char *raw, int32_t len, NNArticle *article);

/* The same, in the given format (NN_FORMAT_AUTO: detected). */
NNArticleStatus nn_article_parse_as(const char *raw, int32_t len, NNArticleFormat format,
									NNArticle *article);

/*
 * The plain-text parser behind every format: text is the document rewritten as plain
 * lines (by the Markdown or HTML reader, or the raw text itself); meta, when not NULL,
 * holds what the document said about itself and wins over what the text suggests.
 */
NNArticleStatus nn_article_parse_text(const char *text, int32_t len,
									  const NNArticleMeta *meta, NNArticle *article);

/*
 * Build an article from fields that are already clean (the canonical text form, binary
 * input): only the body's sentences are computed. Fields are copied.
 */
NNArticleStatus nn_article_from_fields(const char *title, const char *dateline,
									   const char *source, const char *body,
									   int32_t body_len, int32_t published,
									   NNArticle *article);

/* Copy url, authors and tags (each may be NULL) into an article built from fields. */
void		nn_article_set_extra(NNArticle *article, const char *url, const char *authors,
								 const char *tags);

void		nn_article_free(NNArticle *article);

#endif
