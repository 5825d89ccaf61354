/*
 * article.c: the nato_news.article type.
 *
 * Input takes an article as scraped (or the canonical text form that output writes)
 * and stores the clean document with its sentence boundaries, so that every function
 * reading an article finds its sentences without splitting again. The canonical form
 * is a small header block and the body:
 *
 *     nato_news article 1
 *     published: 2020-10-02
 *     title: ...
 *     dateline: ...
 *     source: AP
 *     url: https://...
 *     authors: Jane Doe; John Roe
 *     tags: Diplomacy; NATO
 *
 *     body, one paragraph a line
 *
 * The last three came with version 1.1 (front matter and HTML pages name them); an
 * article without them is stored, written and sent exactly as 1.0 did, and 1.0's
 * values and text forms read unchanged.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "article.h"
#include "article_parse.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "nn_module.h"
#include "pubdate.h"
#include "utf8.h"

#define ARTICLE_VERSION 1		/* title, dateline, source, body */
#define ARTICLE_VERSION_EXTRA 2	/* and url, authors, tags (1.1) */
#define ARTICLE_CANONICAL_MARK "nato_news article 1\n"

/* The one flag: whether the article has a publication date. Title, dateline and
 * source are present exactly when their lengths are not zero. */
#define ARTICLE_HAS_PUBLISHED	0x01

/*
 * On-disk layout: a fixed header, the sentence spans, then the text fields back to
 * back (title, dateline, source, body), none NUL-terminated.
 */
typedef struct ArticleData
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	int16		unused;
	DateADT		published;
	int32		title_len;
	int32		dateline_len;
	int32		source_len;
	int32		body_len;
	int32		nsentences;
	NNSpan		sentences[FLEXIBLE_ARRAY_MEMBER];
} ArticleData;

#define ARTICLE_TEXT(a) ((char *) &(a)->sentences[(a)->nsentences])

/* Version 2: the same, with the lengths of url, authors and tags, whose text follows
 * the body. Written only when one of them is present. */
typedef struct ArticleDataExtra
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	int16		unused;
	DateADT		published;
	int32		title_len;
	int32		dateline_len;
	int32		source_len;
	int32		body_len;
	int32		nsentences;
	int32		url_len;
	int32		authors_len;
	int32		tags_len;
	NNSpan		sentences[FLEXIBLE_ARRAY_MEMBER];
} ArticleDataExtra;

/* Publication dates from 1800 to 9999 are plausible; others are typing errors. */
#define ARTICLE_MIN_YEAR 1800

static const char *
field_or_null(const char *s, int32 len)
{
	return len > 0 ? s : NULL;
}

static void
article_view_of(const ArticleData *a, ArticleView *view)
{
	const ArticleDataExtra *x = (const ArticleDataExtra *) a;
	const NNSpan *sentences;
	const char *text;
	const char *extra_text;

	if (a->version != ARTICLE_VERSION && a->version != ARTICLE_VERSION_EXTRA)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("unsupported article version %d", a->version)));
	sentences = a->version == ARTICLE_VERSION ? a->sentences : x->sentences;
	text = (const char *) &sentences[a->nsentences];
	view->has_published = (a->flags & ARTICLE_HAS_PUBLISHED) != 0;
	view->published = a->published;
	view->title = field_or_null(text, a->title_len);
	view->title_len = a->title_len;
	view->dateline = field_or_null(text + a->title_len, a->dateline_len);
	view->dateline_len = a->dateline_len;
	view->source = field_or_null(text + a->title_len + a->dateline_len, a->source_len);
	view->source_len = a->source_len;
	view->body = text + a->title_len + a->dateline_len + a->source_len;
	view->body_len = a->body_len;
	view->nsentences = a->nsentences;
	view->sentences = sentences;
	view->url = view->authors = view->tags = NULL;
	view->url_len = view->authors_len = view->tags_len = 0;
	if (a->version == ARTICLE_VERSION_EXTRA)
	{
		extra_text = view->body + a->body_len;
		view->url = field_or_null(extra_text, x->url_len);
		view->url_len = x->url_len;
		view->authors = field_or_null(extra_text + x->url_len, x->authors_len);
		view->authors_len = x->authors_len;
		view->tags = field_or_null(extra_text + x->url_len + x->authors_len, x->tags_len);
		view->tags_len = x->tags_len;
	}
}

void
article_view_arg(FunctionCallInfo fcinfo, int argno, ArticleView *view)
{
	article_view_datum(PG_GETARG_DATUM(argno), view);
}

void
article_view_datum(Datum doc, ArticleView *view)
{
	article_view_of((ArticleData *) PG_DETOAST_DATUM(doc), view);
}

int32
article_anchor(const ArticleView *view)
{
	return view->has_published ? (int32) view->published : NN_NO_DATE;
}

static int32
field_len(const char *s)
{
	return s ? (int32) strlen(s) : 0;
}

static ArticleData *
article_build(const NNArticle *parsed)
{
	int32		title_len = field_len(parsed->title);
	int32		dateline_len = field_len(parsed->dateline);
	int32		source_len = field_len(parsed->source);
	int32		url_len = field_len(parsed->url);
	int32		authors_len = field_len(parsed->authors);
	int32		tags_len = field_len(parsed->tags);
	bool		extra = url_len + authors_len + tags_len > 0;
	Size		header = extra ? offsetof(ArticleDataExtra, sentences) : offsetof(ArticleData, sentences);
	Size		size = header + sizeof(NNSpan) * (Size) parsed->nsentences +
		(Size) title_len + dateline_len + source_len + parsed->body_len +
		url_len + authors_len + tags_len;
	ArticleData *a = palloc0(size);
	NNSpan	   *sentences = (NNSpan *) ((char *) a + header);
	char	   *text = (char *) &sentences[parsed->nsentences];

	SET_VARSIZE(a, size);
	a->version = extra ? ARTICLE_VERSION_EXTRA : ARTICLE_VERSION;
	if (parsed->published != NN_NO_DATE)
	{
		a->flags |= ARTICLE_HAS_PUBLISHED;
		a->published = parsed->published;
	}
	a->title_len = title_len;
	a->dateline_len = dateline_len;
	a->source_len = source_len;
	a->body_len = parsed->body_len;
	a->nsentences = parsed->nsentences;
	if (extra)
	{
		ArticleDataExtra *x = (ArticleDataExtra *) a;

		x->url_len = url_len;
		x->authors_len = authors_len;
		x->tags_len = tags_len;
	}
	if (parsed->nsentences > 0)
		memcpy(sentences, parsed->sentences, sizeof(NNSpan) * parsed->nsentences);
	memcpy(text, parsed->title, title_len);
	text += title_len;
	memcpy(text, parsed->dateline, dateline_len);
	text += dateline_len;
	memcpy(text, parsed->source, source_len);
	text += source_len;
	memcpy(text, parsed->body, parsed->body_len);
	text += parsed->body_len;
	memcpy(text, parsed->url, url_len);
	text += url_len;
	memcpy(text, parsed->authors, authors_len);
	text += authors_len;
	memcpy(text, parsed->tags, tags_len);
	return a;
}

/* The first characters of the input, for error messages about a long text. */
static char *
input_excerpt(const char *s, int32 len)
{
	int32		cut = pg_mbcliplen(s, len, len < 40 ? len : 40);
	char	   *excerpt = pnstrdup(s, cut);

	return cut < len ? psprintf("%s...", excerpt) : excerpt;
}

/* parsed, when not NULL, is the failed parse: its format and error position. */
static void
report_status(NNArticleStatus status, const char *raw, int32 len, const NNArticle *parsed)
{
	switch (status)
	{
		case NN_ARTICLE_OK:
			return;
		case NN_ARTICLE_EMPTY:
			if (parsed != NULL && parsed->format == NN_FORMAT_HTML)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type article: the page holds no article text"),
						 errdetail("No paragraph of text was found outside navigation, menus, footers and scripts."),
						 errhint("Pass the page's article text, or read it as plain text with nato_news.article(raw, NULL, NULL, 'text').")));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type article: article text is empty"),
					 errdetail("Nothing but white space and site boilerplate was found.")));
			break;
		case NN_ARTICLE_NO_LETTERS:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type article: \"%s\"",
							input_excerpt(raw, len)),
					 errdetail("The text contains no letters.")));
			break;
		case NN_ARTICLE_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("article is too long: %d bytes", len),
					 errdetail("An article may hold at most %d bytes.", NN_ARTICLE_MAX_BYTES),
					 errhint("Split the document, or store it as text.")));
			break;
		case NN_ARTICLE_BAD_ENCODING:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("invalid input syntax for type article: text is not valid UTF-8"),
					 errhint("nato_news articles are stored in a UTF8 database.")));
			break;
		case NN_ARTICLE_BAD_SYNTAX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type article: %s on line %d",
							parsed ? parsed->error.message : "malformed front matter",
							parsed ? parsed->error.line : 0),
					 errdetail("The text opens with YAML (---) or TOML (+++) front matter that cannot be read."),
					 errhint("Correct the front matter, or read the text as it is with nato_news.article(raw, NULL, NULL, 'text').")));
			break;
	}
}

static bool
valid_published(DateADT d)
{
	NNCivil		c;

	if (DATE_NOT_FINITE(d))
		return false;
	c = nn_civil_from_days(d);
	return c.year >= ARTICLE_MIN_YEAR && c.year <= 9999;
}

/*
 * Parse a scraped article. explicit_published and source, when not NULL, win over the
 * date and the agency found in the text.
 */
static ArticleData *
article_from_raw(const char *raw, int32 len, const DateADT *explicit_published,
				 char *source, NNArticleFormat format)
{
	NNArticle	parsed;
	NNArticleStatus status;
	ArticleData *result;

	nn_require_utf8_database();
	status = nn_article_parse_as(raw, len, format, &parsed);
	report_status(status, raw, len, &parsed);
	if (explicit_published != NULL)
		parsed.published = *explicit_published;
	else if (parsed.bad_date)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				 errmsg("invalid publication date in article header: \"%s\"",
						parsed.bad_date_text),
				 errhint("Correct the date header, or pass the date as the published argument of nato_news.article().")));
	else if (parsed.published != NN_NO_DATE && !valid_published(parsed.published))
		parsed.published = NN_NO_DATE;
	if (source != NULL)
	{
		nn_free(parsed.source);
		parsed.source = source;	/* article_build copies it; the caller owns it */
	}
	result = article_build(&parsed);
	if (source != NULL)
		parsed.source = NULL;
	nn_article_free(&parsed);
	return result;
}

/* ------------------------------------------------------------- canonical text form */

static void
canonical_error(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type article: %s", what),
			 errdetail("The canonical form is \"nato_news article 1\", header lines \"key: value\" (published, title, dateline, source, url, authors, tags), a blank line and the body.")));
}

static ArticleData *
article_from_canonical(const char *s, int32 len)
{
	int32		pos = strlen(ARTICLE_CANONICAL_MARK);
	char	   *fields[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
	static const char *const names[6] = {"title", "dateline", "source", "url", "authors", "tags"};
	int32		published = NN_NO_DATE;
	NNArticle	parsed;
	NNArticleStatus status;
	ArticleData *result;

	for (;;)
	{
		const char *line = s + pos;
		const char *nl = memchr(line, '\n', len - pos);
		int32		line_len;
		bool		known = false;

		if (nl == NULL)
			canonical_error("header not closed by a blank line");
		line_len = nl - line;
		pos += line_len + 1;
		if (line_len == 0)
			break;
		if (line_len > 11 && strncmp(line, "published: ", 11) == 0)
		{
			int32		days = 0,
						consumed = 0;

			if (published != NN_NO_DATE ||
				nn_parse_date(line + 11, line_len - 11, &days, &consumed) != NN_DATE_OK ||
				consumed != line_len - 11 || !valid_published(days))
				canonical_error(psprintf("bad published line \"%s\"", pnstrdup(line, line_len)));
			published = days;
			continue;
		}
		for (int k = 0; k < 6; k++)
		{
			int32		nl_len = strlen(names[k]);

			if (line_len > nl_len + 2 && strncmp(line, names[k], nl_len) == 0 &&
				line[nl_len] == ':' && line[nl_len + 1] == ' ')
			{
				if (fields[k] != NULL)
					canonical_error(psprintf("%s given twice", names[k]));
				fields[k] = pnstrdup(line + nl_len + 2, line_len - nl_len - 2);
				known = true;
			}
		}
		if (!known)
			canonical_error(psprintf("unknown header line \"%s\"", input_excerpt(line, line_len)));
	}
	status = nn_article_from_fields(fields[0], fields[1], fields[2], s + pos, len - pos,
									published, &parsed);
	report_status(status, s, len, NULL);
	nn_article_set_extra(&parsed, fields[3], fields[4], fields[5]);
	result = article_build(&parsed);
	nn_article_free(&parsed);
	return result;
}

static bool
is_canonical(const char *s, int32 len)
{
	int32		mark_len = strlen(ARTICLE_CANONICAL_MARK);

	return len >= mark_len && memcmp(s, ARTICLE_CANONICAL_MARK, mark_len) == 0;
}

static void
append_date(StringInfo out, DateADT d)
{
	NNCivil		c = nn_civil_from_days(d);

	appendStringInfo(out, "%04d-%02d-%02d", c.year, c.month, c.day);
}

PG_FUNCTION_INFO_V1(article_in);
Datum
article_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int32		len = strlen(s);

	if (is_canonical(s, len))
		PG_RETURN_POINTER(article_from_canonical(s, len));
	PG_RETURN_POINTER(article_from_raw(s, len, NULL, NULL, NN_FORMAT_AUTO));
}

PG_FUNCTION_INFO_V1(article_out);
Datum
article_out(PG_FUNCTION_ARGS)
{
	ArticleView v;
	StringInfoData out;

	article_view_arg(fcinfo, 0, &v);
	initStringInfo(&out);
	appendStringInfoString(&out, ARTICLE_CANONICAL_MARK);
	if (v.has_published)
	{
		appendStringInfoString(&out, "published: ");
		append_date(&out, v.published);
		appendStringInfoChar(&out, '\n');
	}
	if (v.title)
		appendStringInfo(&out, "title: %.*s\n", v.title_len, v.title);
	if (v.dateline)
		appendStringInfo(&out, "dateline: %.*s\n", v.dateline_len, v.dateline);
	if (v.source)
		appendStringInfo(&out, "source: %.*s\n", v.source_len, v.source);
	if (v.url)
		appendStringInfo(&out, "url: %.*s\n", v.url_len, v.url);
	if (v.authors)
		appendStringInfo(&out, "authors: %.*s\n", v.authors_len, v.authors);
	if (v.tags)
		appendStringInfo(&out, "tags: %.*s\n", v.tags_len, v.tags);
	appendStringInfoChar(&out, '\n');
	appendBinaryStringInfo(&out, v.body, v.body_len);
	PG_RETURN_CSTRING(out.data);
}

/*
 * Binary form: version byte, flags byte, published (int4 days, 0 when absent), then
 * title, dateline, source and body as counted text; version 2 adds url, authors and
 * tags (sent only when the article has one of them, so 1.0 clients read the rest).
 * Sentences are recomputed.
 */
PG_FUNCTION_INFO_V1(article_send);
Datum
article_send(PG_FUNCTION_ARGS)
{
	ArticleView v;
	StringInfoData buf;

	bool		extra;

	article_view_arg(fcinfo, 0, &v);
	extra = v.url || v.authors || v.tags;
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, extra ? ARTICLE_VERSION_EXTRA : ARTICLE_VERSION);
	pq_sendbyte(&buf, v.has_published ? ARTICLE_HAS_PUBLISHED : 0);
	pq_sendint32(&buf, v.has_published ? v.published : 0);
	pq_sendcountedtext(&buf, v.title ? v.title : "", v.title_len, false);
	pq_sendcountedtext(&buf, v.dateline ? v.dateline : "", v.dateline_len, false);
	pq_sendcountedtext(&buf, v.source ? v.source : "", v.source_len, false);
	pq_sendcountedtext(&buf, v.body, v.body_len, false);
	if (extra)
	{
		pq_sendcountedtext(&buf, v.url ? v.url : "", v.url_len, false);
		pq_sendcountedtext(&buf, v.authors ? v.authors : "", v.authors_len, false);
		pq_sendcountedtext(&buf, v.tags ? v.tags : "", v.tags_len, false);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* A counted text field of the binary form, checked for length and line breaks. */
static char *
recv_field(StringInfo buf, const char *name, bool single_line)
{
	int32		nbytes = pq_getmsgint(buf, 4);
	char	   *value;
	int			converted_len;

	if (nbytes < 0 || nbytes > buf->len - buf->cursor || nbytes > NN_ARTICLE_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s length %d in external article value", name, nbytes)));
	value = pq_getmsgtext(buf, nbytes, &converted_len);
	if (single_line && (strchr(value, '\n') != NULL || strchr(value, '\r') != NULL))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid %s in external article value", name),
				 errdetail("The %s must be a single line.", name)));
	return converted_len > 0 || !single_line ? value : NULL;
}

PG_FUNCTION_INFO_V1(article_recv);
Datum
article_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int			flags = pq_getmsgbyte(buf);
	int32		published = pq_getmsgint(buf, 4);
	char	   *title,
			   *dateline,
			   *source,
			   *body,
			   *url = NULL,
			   *authors = NULL,
			   *tags = NULL;
	NNArticle	parsed;
	NNArticleStatus status;
	ArticleData *result;

	if (version != ARTICLE_VERSION && version != ARTICLE_VERSION_EXTRA)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported external article version %d", version)));
	if ((flags & ~ARTICLE_HAS_PUBLISHED) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid flags %d in external article value", flags)));
	if ((flags & ARTICLE_HAS_PUBLISHED) && !valid_published(published))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid publication date in external article value")));
	title = recv_field(buf, "title", true);
	dateline = recv_field(buf, "dateline", true);
	source = recv_field(buf, "source", true);
	body = recv_field(buf, "body", false);
	if (version == ARTICLE_VERSION_EXTRA)
	{
		url = recv_field(buf, "url", true);
		authors = recv_field(buf, "authors", true);
		tags = recv_field(buf, "tags", true);
	}
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("trailing bytes in external article value")));
	status = nn_article_from_fields(title, dateline, source, body, strlen(body),
									(flags & ARTICLE_HAS_PUBLISHED) ? published : NN_NO_DATE,
									&parsed);
	report_status(status, body, strlen(body), NULL);
	nn_article_set_extra(&parsed, url, authors, tags);
	result = article_build(&parsed);
	nn_article_free(&parsed);
	PG_RETURN_POINTER(result);
}

/* The source argument: one line, white space collapsed; NULL when blank. */
static char *
clean_source(text *source)
{
	char	   *s = text_to_cstring(source);
	char	   *out = palloc(strlen(s) + 1);
	int			n = 0;
	bool		space = false;

	for (char *p = s; *p; p++)
	{
		if ((unsigned char) *p <= ' ')
		{
			space = n > 0;
			continue;
		}
		if (space)
			out[n++] = ' ';
		space = false;
		out[n++] = *p;
	}
	out[n] = '\0';
	return n > 0 ? out : NULL;
}

/* The format argument: a name of nn_article_format_from_name, NULL for "auto". */
static NNArticleFormat
format_arg(FunctionCallInfo fcinfo, int argno)
{
	NNArticleFormat format = NN_FORMAT_AUTO;
	char	   *name;

	if (PG_ARGISNULL(argno))
		return format;
	name = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	if (!nn_article_format_from_name(name, &format))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown article format \"%s\"", name),
				 errhint("The formats are auto, text, markdown and html.")));
	return format;
}

/* An article already read, with the published and source arguments applied. */
static ArticleData *
article_with_arguments(ArticleData *a, const DateADT *published, char *source)
{
	ArticleView v;
	NNArticle	fields;

	article_view_of(a, &v);
	report_status(nn_article_from_fields(v.title ? pnstrdup(v.title, v.title_len) : NULL,
										 v.dateline ? pnstrdup(v.dateline, v.dateline_len) : NULL,
										 source ? source : (v.source ? pnstrdup(v.source, v.source_len) : NULL),
										 v.body, v.body_len,
										 published ? *published : article_anchor(&v),
										 &fields),
				  v.body, v.body_len, NULL);
	nn_article_set_extra(&fields, v.url ? pnstrdup(v.url, v.url_len) : NULL,
						 v.authors ? pnstrdup(v.authors, v.authors_len) : NULL,
						 v.tags ? pnstrdup(v.tags, v.tags_len) : NULL);
	a = article_build(&fields);
	nn_article_free(&fields);
	return a;
}

/* article(raw, published, source [, format]): not STRICT, NULLs allowed after raw. */
static Datum
article_make_common(FunctionCallInfo fcinfo, NNArticleFormat format)
{
	text	   *raw;
	DateADT		published;
	char	   *source = NULL;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	raw = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(1))
	{
		published = PG_GETARG_DATEADT(1);
		if (!valid_published(published))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("publication date out of range"),
					 errdetail("A publication date must be a finite date between year %d and 9999.",
							   ARTICLE_MIN_YEAR)));
	}
	if (!PG_ARGISNULL(2))
		source = clean_source(PG_GETARG_TEXT_PP(2));

	if (format != NN_FORMAT_AUTO || !is_canonical(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw)))
		PG_RETURN_POINTER(article_from_raw(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw),
										   PG_ARGISNULL(1) ? NULL : &published, source,
										   format));

	/* an article's own text form: read it, then apply the arguments */
	{
		ArticleData *a = article_from_canonical(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw));

		if (!PG_ARGISNULL(1) || source != NULL)
			a = article_with_arguments(a, PG_ARGISNULL(1) ? NULL : &published, source);
		PG_RETURN_POINTER(a);
	}
}

/* nato_news.article(raw text, published date, source text): the format is detected. */
PG_FUNCTION_INFO_V1(article_make);
Datum
article_make(PG_FUNCTION_ARGS)
{
	return article_make_common(fcinfo, NN_FORMAT_AUTO);
}

/* nato_news.article(raw text, published date, source text, format text), since 1.1 */
PG_FUNCTION_INFO_V1(article_make_as);
Datum
article_make_as(PG_FUNCTION_ARGS)
{
	return article_make_common(fcinfo, format_arg(fcinfo, 3));
}

/* nato_news.article_format(raw text): the format article() would read the text as. */
PG_FUNCTION_INFO_V1(article_detect_format);
Datum
article_detect_format(PG_FUNCTION_ARGS)
{
	text	   *raw = PG_GETARG_TEXT_PP(0);
	const char *name;

	if (is_canonical(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw)))
		name = "canonical";
	else
		name = nn_article_format_name(nn_article_detect_format(VARDATA_ANY(raw),
															   VARSIZE_ANY_EXHDR(raw)));
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* ------------------------------------------------------------------- accessors */

static Datum
text_or_null(FunctionCallInfo fcinfo, const char *s, int32 len)
{
	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text_with_len(s, len));
}

PG_FUNCTION_INFO_V1(article_published);
Datum
article_published(PG_FUNCTION_ARGS)
{
	ArticleView v;

	article_view_arg(fcinfo, 0, &v);
	if (!v.has_published)
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(v.published);
}

/* title(), dateline(), source(): the field as text, NULL when the article has none */
#define ARTICLE_TEXT_FIELD(fn, field) \
PG_FUNCTION_INFO_V1(fn); \
Datum \
fn(PG_FUNCTION_ARGS) \
{ \
	ArticleView v; \
\
	article_view_arg(fcinfo, 0, &v); \
	return text_or_null(fcinfo, v.field, v.field##_len); \
}

ARTICLE_TEXT_FIELD(article_title, title)
ARTICLE_TEXT_FIELD(article_dateline, dateline)
ARTICLE_TEXT_FIELD(article_source, source)
ARTICLE_TEXT_FIELD(article_url, url)

/* A list field ("a; b") as text[], NULL when the article has none. */
static Datum
list_or_null(FunctionCallInfo fcinfo, const char *s, int32 len)
{
	ArrayBuildState *items = NULL;
	const char *end = s + len;
	int			sep_len = strlen(NN_META_LIST_SEPARATOR);

	if (s == NULL)
		PG_RETURN_NULL();
	while (s <= end)
	{
		const char *next = s;

		while (next + sep_len <= end && memcmp(next, NN_META_LIST_SEPARATOR, sep_len) != 0)
			next++;
		if (next + sep_len > end)
			next = end;
		items = accumArrayResult(items, PointerGetDatum(cstring_to_text_with_len(s, next - s)),
								 false, TEXTOID, CurrentMemoryContext);
		s = next + sep_len;
	}
	PG_RETURN_DATUM(makeArrayResult(items, CurrentMemoryContext));
}

/* authors(), tags(): the list as text[], NULL when the article has none */
#define ARTICLE_LIST_FIELD(fn, field) \
PG_FUNCTION_INFO_V1(fn); \
Datum \
fn(PG_FUNCTION_ARGS) \
{ \
	ArticleView v; \
\
	article_view_arg(fcinfo, 0, &v); \
	return list_or_null(fcinfo, v.field, v.field##_len); \
}

ARTICLE_LIST_FIELD(article_authors, authors)
ARTICLE_LIST_FIELD(article_tags, tags)

PG_FUNCTION_INFO_V1(article_body);
Datum
article_body(PG_FUNCTION_ARGS)
{
	ArticleView v;

	article_view_arg(fcinfo, 0, &v);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(v.body, v.body_len));
}

/* sentences(article): n (from 1), start_pos (characters into the body, from 0), text */
PG_FUNCTION_INFO_V1(article_sentences);
Datum
article_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ArticleView v;
	NNCharCursor chars;

	InitMaterializedSRF(fcinfo, 0);
	article_view_arg(fcinfo, 0, &v);
	chars = nn_char_cursor(v.body);
	for (int32 i = 0; i < v.nsentences; i++)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		const NNSpan *s = &v.sentences[i];

		values[0] = Int32GetDatum(i + 1);
		values[1] = Int32GetDatum(nn_char_offset(&chars, (size_t) s->start));
		values[2] = PointerGetDatum(cstring_to_text_with_len(v.body + s->start, s->end - s->start));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ------------------------------------------------------------ comparison, hashing */

static int
compare_field(const char *a, int32 alen, const char *b, int32 blen)
{
	int			c = memcmp(a ? a : "", b ? b : "", Min(alen, blen));

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* Orders by publication date (unknown first), then title, body, dateline, source, url,
 * authors, tags. */
static int
article_compare(FunctionCallInfo fcinfo)
{
	ArticleView a,
				b;
	int			c;

	article_view_arg(fcinfo, 0, &a);
	article_view_arg(fcinfo, 1, &b);
	if (a.has_published != b.has_published)
		return a.has_published ? 1 : -1;
	if (a.has_published && a.published != b.published)
		return a.published < b.published ? -1 : 1;
	if ((c = compare_field(a.title, a.title_len, b.title, b.title_len)) != 0 ||
		(c = compare_field(a.body, a.body_len, b.body, b.body_len)) != 0 ||
		(c = compare_field(a.dateline, a.dateline_len, b.dateline, b.dateline_len)) != 0 ||
		(c = compare_field(a.source, a.source_len, b.source, b.source_len)) != 0 ||
		(c = compare_field(a.url, a.url_len, b.url, b.url_len)) != 0 ||
		(c = compare_field(a.authors, a.authors_len, b.authors, b.authors_len)) != 0)
		return c;
	return compare_field(a.tags, a.tags_len, b.tags, b.tags_len);
}

PG_FUNCTION_INFO_V1(article_cmp);
Datum
article_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(article_compare(fcinfo));
}

#define ARTICLE_COMPARISON(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(article_compare(fcinfo) op 0); \
}

ARTICLE_COMPARISON(article_eq, ==)
ARTICLE_COMPARISON(article_ne, !=)
ARTICLE_COMPARISON(article_lt, <)
ARTICLE_COMPARISON(article_le, <=)
ARTICLE_COMPARISON(article_gt, >)
ARTICLE_COMPARISON(article_ge, >=)

static uint64
article_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	ArticleView v;

	article_view_arg(fcinfo, 0, &v);
	return article_view_hash(&v, seed);
}

uint64
article_view_hash(const ArticleView *v, uint64 seed)
{
	uint64		h = hash_bytes_extended((const unsigned char *) v->body, v->body_len, seed);

	if (v->title)
		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) v->title, v->title_len, seed));
	if (v->has_published)
		h = hash_combine64(h, hash_bytes_uint32_extended((uint32) v->published, seed));
	return h;
}

PG_FUNCTION_INFO_V1(article_hash);
Datum
article_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) article_hash_seeded(fcinfo, 0));
}

PG_FUNCTION_INFO_V1(article_hash_extended);
Datum
article_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) article_hash_seeded(fcinfo, (uint64) PG_GETARG_INT64(1)));
}
