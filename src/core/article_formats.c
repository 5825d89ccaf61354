/*
 * article_formats.c: which format an article arrives in, and the way each one is read.
 *
 * Every format ends in the same plain-text parser (article_parse.c): HTML pages and
 * Markdown files are first rewritten as plain lines, their metadata (front matter, meta
 * tags, JSON-LD) collected apart; plain text has its hard-wrapped lines joined.
 */
#include "article_parse.h"

#include <string.h>
#include <strings.h>

#include "front_matter.h"
#include "html_reader.h"
#include "line_unwrap.h"
#include "markdown.h"
#include "nn_alloc.h"
#include "text_buf.h"
#include "utf8.h"

static const char *const format_names[] = {
	[NN_FORMAT_AUTO] = "auto",
	[NN_FORMAT_TEXT] = "text",
	[NN_FORMAT_MARKDOWN] = "markdown",
	[NN_FORMAT_HTML] = "html",
};

bool
nn_article_format_from_name(const char *name, NNArticleFormat *format)
{
	for (int k = 0; k < (int) (sizeof(format_names) / sizeof(format_names[0])); k++)
		if (strcasecmp(name, format_names[k]) == 0)
		{
			*format = (NNArticleFormat) k;
			return true;
		}
	return false;
}

const char *
nn_article_format_name(NNArticleFormat format)
{
	return format_names[format];
}

NNArticleFormat
nn_article_detect_format(const char *raw, int32_t len)
{
	bool		markdown = nn_front_matter_present(raw, len) || nn_markdown_likely(raw, len);

	/* a whole page is HTML; a few paragraphs of HTML in Markdown (a README's centred
	 * header) are Markdown */
	if (nn_html_is_page(raw, len) || (!markdown && nn_html_likely(raw, len)))
		return NN_FORMAT_HTML;
	return markdown ? NN_FORMAT_MARKDOWN : NN_FORMAT_TEXT;
}

static NNArticleStatus
parse_markdown(const char *raw, int32_t len, NNArticle *article)
{
	NNArticleMeta meta;
	NNParseError error = {0, ""};
	NNBuf		text = {NULL, 0, 0};
	int32_t		body_start = 0;
	NNArticleStatus status;

	nn_meta_init(&meta);
	if (nn_front_matter_read(raw, len, &meta, &body_start, &error) == NN_FRONT_MATTER_BAD)
	{
		nn_meta_free(&meta);
		memset(article, 0, sizeof(*article));
		article->error = error;
		return NN_ARTICLE_BAD_SYNTAX;
	}
	nn_markdown_to_text(raw + body_start, len - body_start, &text);
	status = nn_article_parse_text(text.data ? text.data : "", text.len, &meta, article);
	nn_free(text.data);
	nn_meta_free(&meta);
	return status;
}

static NNArticleStatus
parse_html(const char *raw, int32_t len, NNArticle *article)
{
	NNArticleMeta meta;
	NNBuf		text = {NULL, 0, 0};
	NNArticleStatus status;

	nn_meta_init(&meta);
	nn_html_read(raw, len, &meta, &text);
	status = nn_article_parse_text(text.data ? text.data : "", text.len, &meta, article);
	nn_free(text.data);
	nn_meta_free(&meta);
	return status;
}

static NNArticleStatus
parse_plain(const char *raw, int32_t len, NNArticle *article)
{
	NNBuf		text = {NULL, 0, 0};
	NNArticleStatus status;

	nn_unwrap_lines(raw, len, &text);
	status = nn_article_parse_text(text.data ? text.data : "", text.len, NULL, article);
	nn_free(text.data);
	return status;
}

NNArticleStatus
nn_article_parse_as(const char *raw, int32_t len, NNArticleFormat format, NNArticle *article)
{
	NNArticleStatus status;

	memset(article, 0, sizeof(*article));
	if (len > NN_ARTICLE_MAX_BYTES)
		return NN_ARTICLE_TOO_LONG;
	if (!nn_utf8_valid(raw, (size_t) len))
		return NN_ARTICLE_BAD_ENCODING;
	if (format == NN_FORMAT_AUTO)
		format = nn_article_detect_format(raw, len);
	switch (format)
	{
		case NN_FORMAT_HTML:
			status = parse_html(raw, len, article);
			break;
		case NN_FORMAT_MARKDOWN:
			status = parse_markdown(raw, len, article);
			break;
		default:
			status = parse_plain(raw, len, article);
			break;
	}
	article->format = format;
	return status;
}

NNArticleStatus
nn_article_parse(const char *raw, int32_t len, NNArticle *article)
{
	return nn_article_parse_as(raw, len, NN_FORMAT_AUTO, article);
}
