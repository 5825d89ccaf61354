/*
 * article_meta.c: filling the fields of article_meta.h.
 */
#include "article_meta.h"

#include <string.h>
#include <strings.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "pubdate.h"
#include "text_buf.h"

void
nn_meta_init(NNArticleMeta *meta)
{
	memset(meta, 0, sizeof(*meta));
	meta->published = NN_NO_DATE;
	meta->modified = NN_NO_DATE;
}

void
nn_meta_free(NNArticleMeta *meta)
{
	nn_free(meta->title);
	nn_free(meta->url);
	nn_free(meta->authors);
	nn_free(meta->tags);
	nn_free(meta->source);
	nn_free(meta->title_fallback);
	nn_meta_init(meta);
}

static bool
is_space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* len bytes at s with white space runs (also no-break spaces) collapsed, trimmed. */
static char *
collapsed(const char *s, int32_t len)
{
	NNBuf		out = {NULL, 0, 0};
	bool		space = false;

	for (int32_t i = 0; i < len; i++)
	{
		const unsigned char *u = (const unsigned char *) s + i;

		if (is_space_byte(s[i]) || (u[0] == 0xC2 && i + 1 < len && u[1] == 0xA0))
		{
			if (u[0] == 0xC2)
				i++;
			space = out.len > 0;
			continue;
		}
		if (space)
			nn_buf_append_char(&out, ' ');
		space = false;
		nn_buf_append_char(&out, s[i]);
	}
	return nn_buf_take(&out);
}

void
nn_meta_set(char **field, const char *s, int32_t len)
{
	char	   *value;

	if (*field != NULL)
		return;
	value = collapsed(s, len);
	if (value[0] == '\0')
		nn_free(value);
	else
		*field = value;
}

static bool
list_has(const char *list, const char *item)
{
	size_t		item_len = strlen(item);
	size_t		sep_len = strlen(NN_META_LIST_SEPARATOR);

	for (const char *p = list; p != NULL;)
	{
		const char *next = strstr(p, NN_META_LIST_SEPARATOR);
		size_t		n = next ? (size_t) (next - p) : strlen(p);

		if (n == item_len && memcmp(p, item, n) == 0)
			return true;
		p = next ? next + sep_len : NULL;
	}
	return false;
}

void
nn_meta_add_item(char **list, const char *s, int32_t len)
{
	char	   *item = collapsed(s, len);
	NNBuf		out = {NULL, 0, 0};

	/* the separator cannot be part of an item: it would split it in two */
	for (char *p = item; *p; p++)
		if (*p == ';')
			*p = ',';
	if (item[0] == '\0' || (*list != NULL && list_has(*list, item)))
	{
		nn_free(item);
		return;
	}
	if (*list != NULL)
	{
		nn_buf_append_str(&out, *list);
		nn_buf_append_str(&out, NN_META_LIST_SEPARATOR);
		nn_free(*list);
	}
	nn_buf_append_str(&out, item);
	nn_free(item);
	*list = nn_buf_take(&out);
}

void
nn_meta_set_date(int32_t *days, const char *s, int32_t len)
{
	int32_t		found;

	if (*days != NN_NO_DATE)
		return;
	if (nn_parse_date_value(s, len, &found))
		*days = found;
}

/* The keys of each field, as front matter, meta tags and JSON-LD spell them. */
static const char *const published_keys[] = {
	"published_time", "published", "date", "publishdate", "publish_date", "published_at",
	"pubdate", "date_published", "datepublished", "created", "created_at",
	"article:published_time", "og:published_time", "dc.date", "dc.date.issued",
	"dcterms.created", "sailthru.date", "parsely-pub-date", NULL
};
static const char *const modified_keys[] = {
	"modified_time", "modified", "lastmod", "last_modified", "updated", "updated_at",
	"date_modified", "datemodified", "article:modified_time", "og:updated_time", NULL
};
static const char *const title_keys[] = {
	"title", "headline", "og:title", "twitter:title", "dc.title", NULL
};
static const char *const author_keys[] = {
	"author", "authors", "byline", "creator", "article:author", "dc.creator",
	"parsely-author", "sailthru.author", NULL
};
static const char *const url_keys[] = {
	"url", "source_url", "link", "canonical", "canonical_url", "canonicalurl",
	"permalink", "original_url", "og:url", NULL
};
static const char *const tag_keys[] = {
	"tags", "tag", "categories", "category", "keywords", "topics", "article:tag",
	"article:section", "news_keywords", NULL
};
static const char *const source_keys[] = {"source", "agency", NULL};

static bool
key_in(const char *const *keys, const char *key, int32_t key_len)
{
	for (; *keys != NULL; keys++)
		if ((int32_t) strlen(*keys) == key_len && strncasecmp(*keys, key, (size_t) key_len) == 0)
			return true;
	return false;
}

bool
nn_meta_key_is_list(const char *key, int32_t key_len)
{
	return key_in(author_keys, key, key_len) || key_in(tag_keys, key, key_len);
}

bool
nn_meta_key_known(const char *key, int32_t key_len)
{
	return key_in(published_keys, key, key_len) || key_in(modified_keys, key, key_len) ||
		key_in(title_keys, key, key_len) || key_in(author_keys, key, key_len) ||
		key_in(url_keys, key, key_len) || key_in(tag_keys, key, key_len) ||
		key_in(source_keys, key, key_len);
}

static bool
is_url(const char *s, int32_t len)
{
	return (len > 7 && strncasecmp(s, "http://", 7) == 0) ||
		(len > 8 && strncasecmp(s, "https://", 8) == 0);
}

bool
nn_meta_take(NNArticleMeta *meta, const char *key, int32_t key_len,
			 const char *value, int32_t value_len)
{
	while (value_len > 0 && is_space_byte(value[0]))
		value++, value_len--;
	if (key_in(published_keys, key, key_len))
		nn_meta_set_date(&meta->published, value, value_len);
	else if (key_in(modified_keys, key, key_len))
		nn_meta_set_date(&meta->modified, value, value_len);
	else if (key_in(title_keys, key, key_len))
		nn_meta_set(&meta->title, value, value_len);
	else if (key_in(author_keys, key, key_len))
	{
		/* a profile link is not a name */
		if (!is_url(value, value_len))
			nn_meta_add_item(&meta->authors, value, value_len);
	}
	else if (key_in(url_keys, key, key_len))
	{
		if (is_url(value, value_len))
			nn_meta_set(&meta->url, value, value_len);
	}
	else if (key_in(tag_keys, key, key_len))
	{
		/* "NATO, diplomacy": a keywords line lists several */
		for (int32_t start = 0, i = 0; i <= value_len; i++)
			if (i == value_len || value[i] == ',')
			{
				nn_meta_add_item(&meta->tags, value + start, i - start);
				start = i + 1;
			}
	}
	else if (key_in(source_keys, key, key_len))
	{
		if (is_url(value, value_len))
			nn_meta_set(&meta->url, value, value_len);
		else
			nn_meta_set(&meta->source, value, value_len);
	}
	else
		return false;
	return true;
}
