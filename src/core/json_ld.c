/*
 * json_ld.c: a small JSON reader that walks the whole value and keeps four keys.
 *
 * Only string values are kept. "author" may be a string, an object with a "name", or an
 * array of either; "name" elsewhere (publisher, image) is ignored. Nesting is bounded,
 * so a hostile page cannot exhaust the stack.
 */
#include "json_ld.h"

#include <string.h>
#include <strings.h>

#include "nn_alloc.h"
#include "text_buf.h"

#define JSON_MAX_DEPTH 32

typedef enum Role
{
	ROLE_NONE,
	ROLE_AUTHOR					/* inside the value of an "author" key */
} Role;

typedef struct Json
{
	const char *s;
	int32_t		pos;
	int32_t		len;
	NNArticleMeta *meta;
	NNBuf		scratch;
} Json;

static bool value(Json *j, const char *key, int32_t key_len, Role role, int depth);

static void
skip_space(Json *j)
{
	while (j->pos < j->len && (j->s[j->pos] == ' ' || j->s[j->pos] == '\t' ||
							   j->s[j->pos] == '\n' || j->s[j->pos] == '\r'))
		j->pos++;
}

static int
hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
		c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* A string at j->pos (on the quote), decoded into out. */
static bool
string(Json *j, NNBuf *out)
{
	out->len = 0;
	nn_buf_append(out, "", 0);
	j->pos++;
	while (j->pos < j->len)
	{
		char		c = j->s[j->pos++];

		if (c == '"')
			return true;
		if (c != '\\')
		{
			nn_buf_append_char(out, c);
			continue;
		}
		if (j->pos >= j->len)
			return false;
		c = j->s[j->pos++];
		if (c == 'u')
		{
			uint32_t	cp = 0;

			for (int k = 0; k < 4; k++)
			{
				int			h = j->pos < j->len ? hex_digit(j->s[j->pos]) : -1;

				if (h < 0)
					return false;
				cp = cp * 16 + (uint32_t) h;
				j->pos++;
			}
			nn_buf_append_utf8(out, cp);
		}
		else
			nn_buf_append_char(out, strchr("nrtbf", c) ? ' ' : c);
	}
	return false;
}

static bool
key_is(const char *key, int32_t key_len, const char *name)
{
	return key_len == (int32_t) strlen(name) && strncasecmp(key, name, (size_t) key_len) == 0;
}

/* A string value under its key: keep it if the key is one we read. */
static void
keep(Json *j, const char *key, int32_t key_len, Role role, const char *v, int32_t n)
{
	NNArticleMeta *m = j->meta;

	if (role == ROLE_AUTHOR)
	{
		if (key == NULL || key_is(key, key_len, "name") || key_is(key, key_len, "author"))
			nn_meta_add_item(&m->authors, v, n);
	}
	else if (key != NULL && key_is(key, key_len, "headline"))
		nn_meta_set(&m->title, v, n);
	else if (key != NULL && key_is(key, key_len, "datePublished"))
		nn_meta_set_date(&m->published, v, n);
	else if (key != NULL && key_is(key, key_len, "dateModified"))
		nn_meta_set_date(&m->modified, v, n);
}

static bool
object(Json *j, Role role, int depth)
{
	j->pos++;
	for (;;)
	{
		char	   *key;
		int32_t		key_len;
		bool		ok;

		skip_space(j);
		if (j->pos < j->len && j->s[j->pos] == '}')
		{
			j->pos++;
			return true;
		}
		if (j->pos >= j->len || j->s[j->pos] != '"' || !string(j, &j->scratch))
			return false;
		key = nn_strndup(j->scratch.data, (size_t) j->scratch.len);
		key_len = j->scratch.len;
		skip_space(j);
		if (j->pos >= j->len || j->s[j->pos] != ':')
		{
			nn_free(key);
			return false;
		}
		j->pos++;
		/* an author's value, at any depth below "author", names authors */
		ok = value(j, key, key_len, key_is(key, key_len, "author") ? ROLE_AUTHOR : role, depth + 1);
		nn_free(key);
		if (!ok)
			return false;
		skip_space(j);
		if (j->pos < j->len && j->s[j->pos] == ',')
			j->pos++;
	}
}

static bool
array(Json *j, const char *key, int32_t key_len, Role role, int depth)
{
	j->pos++;
	for (;;)
	{
		skip_space(j);
		if (j->pos < j->len && j->s[j->pos] == ']')
		{
			j->pos++;
			return true;
		}
		if (!value(j, key, key_len, role, depth + 1))
			return false;
		skip_space(j);
		if (j->pos < j->len && j->s[j->pos] == ',')
			j->pos++;
	}
}

static bool
value(Json *j, const char *key, int32_t key_len, Role role, int depth)
{
	char		c;

	skip_space(j);
	if (j->pos >= j->len || depth > JSON_MAX_DEPTH)
		return false;
	c = j->s[j->pos];
	if (c == '{')
		return object(j, role == ROLE_AUTHOR && !key_is(key, key_len, "author") ? ROLE_NONE : role, depth);
	if (c == '[')
		return array(j, key, key_len, role, depth);
	if (c == '"')
	{
		if (!string(j, &j->scratch))
			return false;
		keep(j, key, key_len, role, j->scratch.data, j->scratch.len);
		return true;
	}
	/* number, true, false, null; anything else (a stray bracket) ends the reading */
	{
		int32_t		start = j->pos;

		while (j->pos < j->len && strchr(",]}", j->s[j->pos]) == NULL)
			j->pos++;
		return j->pos > start;
	}
}

void
nn_json_ld_read(const char *s, int32_t len, NNArticleMeta *meta)
{
	Json		j = {s, 0, len, meta, {NULL, 0, 0}};

	/* several top-level values may follow each other in one script */
	while (j.pos < j.len && value(&j, NULL, 0, ROLE_NONE, 0))
		skip_space(&j);
	nn_free(j.scratch.data);
}
