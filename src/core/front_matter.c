/*
 * front_matter.c: YAML and TOML front matter, read into article_meta fields.
 *
 * A cursor walks the block between the fences. Values are decoded (escapes, folding)
 * into a scratch buffer and handed to nn_meta_take with their key, which keeps the
 * fields an article has and ignores the others. Anything malformed that would change
 * what a value means (an unterminated string, a bad escape, a TOML line without "=")
 * is an error naming the line; keys we do not know are skipped without a look.
 */
#include "front_matter.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "nn_alloc.h"
#include "text_buf.h"

/* Nested TOML arrays and tables deeper than this are refused, which bounds recursion. */
#define TOML_MAX_DEPTH 8

typedef struct Cursor
{
	const char *s;
	int32_t		pos;
	int32_t		end;			/* the closing fence: the block ends here */
	int32_t		line;			/* line number of s[pos] in the whole text, from 1 */
	NNArticleMeta *meta;
	NNParseError *error;
} Cursor;

static bool
fail(Cursor *c, int32_t line, const char *message)
{
	c->error->line = line;
	snprintf(c->error->message, sizeof(c->error->message), "%s", message);
	return false;
}

static bool
is_alnum_ascii(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

static bool
is_blank(char ch)
{
	return ch == ' ' || ch == '\t';
}

static int32_t
line_end(const Cursor *c, int32_t pos)
{
	const char *nl = memchr(c->s + pos, '\n', (size_t) (c->end - pos));

	return nl ? (int32_t) (nl - c->s) : c->end;
}

/* Move to the start of the next line. */
static void
next_line(Cursor *c)
{
	c->pos = line_end(c, c->pos);
	if (c->pos < c->end)
	{
		c->pos++;
		c->line++;
	}
}

static void
skip_blanks(Cursor *c)
{
	while (c->pos < c->end && (is_blank(c->s[c->pos]) || c->s[c->pos] == '\r'))
		c->pos++;
}

static int
hex_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* \uXXXX and friends: ndigits hex digits at s[*pos]. */
static bool
read_hex_escape(Cursor *c, int32_t *pos, int ndigits, NNBuf *out)
{
	uint32_t	cp = 0;

	for (int k = 0; k < ndigits; k++)
	{
		int			h = *pos < c->end ? hex_value(c->s[*pos]) : -1;

		if (h < 0)
			return fail(c, c->line, "invalid \\u escape in a string");
		cp = cp * 16 + (uint32_t) h;
		(*pos)++;
	}
	nn_buf_append_utf8(out, cp);
	return true;
}

/*
 * A backslash escape of a YAML double-quoted or TOML basic string, at s[*pos] just after
 * the backslash. Both languages share the common ones; YAML adds \_ (no-break space),
 * \N, \L, \P, \x and the escaped line break that joins two lines.
 */
static bool
read_escape(Cursor *c, int32_t *pos, NNBuf *out)
{
	char		ch;

	if (*pos >= c->end)
		return fail(c, c->line, "unterminated string");
	ch = c->s[(*pos)++];
	switch (ch)
	{
		case 'n': case 't': case 'r': case '0': case 'a': case 'b': case 'e': case 'f': case 'v':
			nn_buf_append_char(out, ' ');
			return true;
		case '"': case '\\': case '/': case '\'': case ' ':
			nn_buf_append_char(out, ch);
			return true;
		case '_':
			nn_buf_append_utf8(out, 0xA0);
			return true;
		case 'N': case 'L': case 'P':
			nn_buf_append_char(out, ' ');
			return true;
		case 'x':
			return read_hex_escape(c, pos, 2, out);
		case 'u':
			return read_hex_escape(c, pos, 4, out);
		case 'U':
			return read_hex_escape(c, pos, 8, out);
		case '\r':
		case '\n':
			/* an escaped line break: the lines join without a space */
			if (ch == '\r' && *pos < c->end && c->s[*pos] == '\n')
				(*pos)++;
			c->line++;
			while (*pos < c->end && is_blank(c->s[*pos]))
				(*pos)++;
			return true;
		default:
			return fail(c, c->line, "invalid escape in a string");
	}
}

/*
 * A quoted string starting at c->pos (on the quote). Line breaks inside fold to a space
 * unless single_line (TOML). quote is '"' (escapes) or '\'' (YAML doubles '' inside).
 */
static bool
read_quoted(Cursor *c, char quote, bool single_line, NNBuf *out)
{
	int32_t		opened = c->line;
	int32_t		pos = c->pos + 1;

	for (;;)
	{
		char		ch;

		if (pos >= c->end)
			return fail(c, opened, "unterminated string");
		ch = c->s[pos++];
		if (ch == quote)
		{
			if (quote == '\'' && !single_line && pos < c->end && c->s[pos] == '\'')
			{
				nn_buf_append_char(out, '\'');
				pos++;
				continue;
			}
			break;
		}
		if (ch == '\n')
		{
			if (single_line)
				return fail(c, opened, "unterminated string");
			c->line++;
			nn_buf_append_char(out, ' ');
		}
		else if (ch == '\\' && quote == '"')
		{
			if (!read_escape(c, &pos, out))
				return false;
		}
		else
			nn_buf_append_char(out, ch);
	}
	c->pos = pos;
	return true;
}

static void
take(Cursor *c, const char *key, int32_t key_len, NNBuf *value)
{
	nn_meta_take(c->meta, key, key_len, value->data ? value->data : "", value->len);
	value->len = 0;
	if (value->data)
		value->data[0] = '\0';
}

/* ------------------------------------------------------------------------- YAML */

/* Leading blanks of the line at pos. */
static int32_t
indent_of(const Cursor *c, int32_t pos)
{
	int32_t		i = pos;

	while (i < c->end && c->s[i] == ' ')
		i++;
	return i - pos;
}

static bool
blank_line_at(const Cursor *c, int32_t pos)
{
	int32_t		e = line_end(c, pos);

	for (int32_t i = pos; i < e; i++)
		if (!is_blank(c->s[i]) && c->s[i] != '\r')
			return false;
	return true;
}

/*
 * Where the value of a top-level key ends: after the last following line that is
 * indented, blank, or a "- item" of a list written at the key's own indentation.
 */
static int32_t
value_region_end(const Cursor *c, int32_t after_key_line)
{
	int32_t		end = line_end(c, c->pos);
	int32_t		pos = after_key_line;

	while (pos < c->end)
	{
		int32_t		e = line_end(c, pos);

		if (!blank_line_at(c, pos) && indent_of(c, pos) == 0 &&
			!(c->s[pos] == '-' && (pos + 1 == e || c->s[pos + 1] == ' ')))
			break;
		if (!blank_line_at(c, pos))
			end = e;
		pos = e < c->end ? e + 1 : e;
	}
	return end;
}

/* A plain scalar from c->pos to stop: comments cut, lines folded (the meta collapses). */
static void
read_plain(Cursor *c, int32_t stop, NNBuf *out)
{
	for (int32_t i = c->pos; i < stop; i++)
	{
		if (c->s[i] == '#' && (i == c->pos || is_blank(c->s[i - 1])))
		{
			while (i < stop && c->s[i] != '\n')
				i++;
			if (i >= stop)
				break;
		}
		if (c->s[i] == '\n')
			c->line++;
		nn_buf_append_char(out, c->s[i] == '\n' ? ' ' : c->s[i]);
	}
	c->pos = stop;
}

/* One scalar of a YAML value (quoted or plain, ending at stop or, in a flow list, at a
 * comma or bracket). */
static bool
yaml_scalar(Cursor *c, int32_t stop, bool in_flow, NNBuf *out)
{
	skip_blanks(c);
	if (c->pos < stop && (c->s[c->pos] == '"' || c->s[c->pos] == '\''))
		return read_quoted(c, c->s[c->pos], false, out);
	if (in_flow)
	{
		int32_t		e = c->pos;

		while (e < stop && c->s[e] != ',' && c->s[e] != ']')
			e++;
		stop = e;
	}
	read_plain(c, stop, out);
	return true;
}

/* [a, "b", c] */
static bool
yaml_flow_list(Cursor *c, int32_t stop, const char *key, int32_t key_len, NNBuf *value)
{
	int32_t		opened = c->line;

	c->pos++;
	for (;;)
	{
		while (c->pos < stop && (is_blank(c->s[c->pos]) || c->s[c->pos] == '\n' || c->s[c->pos] == '\r'))
		{
			if (c->s[c->pos] == '\n')
				c->line++;
			c->pos++;
		}
		if (c->pos >= stop)
			return fail(c, opened, "unterminated list");
		if (c->s[c->pos] == ']')
			return true;
		if (!yaml_scalar(c, stop, true, value))
			return false;
		take(c, key, key_len, value);
		skip_blanks(c);
		if (c->pos < stop && c->s[c->pos] == ',')
			c->pos++;
	}
}

static bool
starts_item(const char *s, int32_t n)
{
	return n >= 1 && s[0] == '-' && (n == 1 || s[1] == ' ');
}

/* "name: value" on a line of a nested mapping; the key and the value's start. */
static bool
split_mapping_line(const char *s, int32_t n, int32_t *key_len, int32_t *value_start)
{
	for (int32_t i = 0; i < n; i++)
	{
		if (s[i] == ':' && (i + 1 == n || s[i + 1] == ' '))
		{
			*key_len = i;
			*value_start = i + 1;
			return i > 0;
		}
		if (s[i] == ' ' || s[i] == '"' || s[i] == '\'')
			return false;
	}
	return false;
}

/*
 * The lines of an indented value: "- item" list entries, "name: X" (an author as a
 * mapping) or keys of a nested mapping ("params:" with "author: X" under it), or a
 * block scalar's text. Each line is read on its own.
 */
static bool
yaml_block_lines(Cursor *c, int32_t stop, const char *key, int32_t key_len, bool scalar,
				 NNBuf *value)
{
	while (c->pos < stop)
	{
		int32_t		e = line_end(c, c->pos);
		int32_t		sub_key_len,
					sub_value;

		skip_blanks(c);
		if (scalar)
		{
			read_plain(c, e, value);
			nn_buf_append_char(value, ' ');
		}
		else if (c->pos < e)
		{
			if (starts_item(c->s + c->pos, e - c->pos))
				c->pos++;
			skip_blanks(c);
			if (split_mapping_line(c->s + c->pos, e - c->pos, &sub_key_len, &sub_value))
			{
				const char *sub_key = c->s + c->pos;

				c->pos += sub_value;
				if (!yaml_scalar(c, e, false, value))
					return false;
				/* an author's or tag's "name:" belongs to the list; other keys stand alone */
				if (sub_key_len == 4 && strncasecmp(sub_key, "name", 4) == 0)
					take(c, key, key_len, value);
				else
					take(c, sub_key, sub_key_len, value);
			}
			else
			{
				if (!yaml_scalar(c, e, false, value))
					return false;
				take(c, key, key_len, value);
			}
		}
		/* a quoted item may have run over several lines: go on after it */
		if (c->pos > e)
			e = line_end(c, c->pos);
		c->pos = e;
		if (c->pos < stop)
		{
			c->pos++;
			c->line++;
		}
	}
	if (scalar)
		take(c, key, key_len, value);
	return true;
}

static bool
yaml_value(Cursor *c, int32_t stop, const char *key, int32_t key_len, NNBuf *value)
{
	int32_t		first_line_end = line_end(c, c->pos);
	char		first;

	skip_blanks(c);
	first = c->pos < first_line_end ? c->s[c->pos] : '\0';
	if (first == '[')
		return yaml_flow_list(c, stop, key, key_len, value);
	if (first == '|' || first == '>')
	{
		c->pos = first_line_end;
		return yaml_block_lines(c, stop, key, key_len, true, value);
	}
	if (first == '\0' || first == '#')
	{
		c->pos = first_line_end;
		return yaml_block_lines(c, stop, key, key_len, false, value);
	}
	if (first == '{')
		return true;			/* a flow mapping: nothing we keep is written so */
	if (!yaml_scalar(c, stop, false, value))
		return false;
	take(c, key, key_len, value);
	return true;
}

static bool
read_yaml(Cursor *c)
{
	NNBuf		value = {NULL, 0, 0};
	bool		ok = true;

	while (ok && c->pos < c->end)
	{
		int32_t		e = line_end(c, c->pos);
		int32_t		key_len,
					value_start,
					stop,
					next;

		if (blank_line_at(c, c->pos) || c->s[c->pos] == '#' || indent_of(c, c->pos) > 0 ||
			starts_item(c->s + c->pos, e - c->pos))
		{
			next_line(c);
			continue;
		}
		if (!split_mapping_line(c->s + c->pos, e - c->pos, &key_len, &value_start))
		{
			ok = fail(c, c->line, "expected \"key: value\"");
			break;
		}
		{
			const char *key = c->s + c->pos;
			int32_t		stop_line = c->line;

			next = e < c->end ? e + 1 : e;
			stop = value_region_end(c, next);
			for (int32_t i = c->pos; i < stop; i++)
				stop_line += c->s[i] == '\n';
			c->pos += value_start;
			/* a key we do not keep: its value is skipped unread */
			if (nn_meta_key_known(key, key_len))
				ok = yaml_value(c, stop, key, key_len, &value);
			c->pos = stop;
			c->line = stop_line;
			if (ok)
				next_line(c);
		}
	}
	nn_free(value.data);
	return ok;
}

/* ------------------------------------------------------------------------- TOML */

static bool
toml_value(Cursor *c, const char *key, int32_t key_len, int depth, NNBuf *value);

static void
skip_toml_space(Cursor *c)
{
	while (c->pos < c->end)
	{
		char		ch = c->s[c->pos];

		if (ch == '#')
			c->pos = line_end(c, c->pos);
		else if (ch == '\n')
		{
			c->line++;
			c->pos++;
		}
		else if (is_blank(ch) || ch == '\r')
			c->pos++;
		else
			break;
	}
}

static bool
toml_multiline(Cursor *c, char quote, NNBuf *out)
{
	int32_t		opened = c->line;
	int32_t		pos = c->pos + 3;

	while (pos < c->end)
	{
		char		ch = c->s[pos];

		if (ch == quote && pos + 2 < c->end && c->s[pos + 1] == quote && c->s[pos + 2] == quote)
		{
			c->pos = pos + 3;
			return true;
		}
		pos++;
		if (ch == '\\' && quote == '"')
		{
			if (!read_escape(c, &pos, out))
				return false;
			continue;
		}
		if (ch == '\n')
			c->line++;
		nn_buf_append_char(out, ch == '\n' ? ' ' : ch);
	}
	return fail(c, opened, "unterminated string");
}

/* A key, bare or quoted; dotted keys ("params.author") are named by their last part. */
static bool
toml_key(Cursor *c, NNBuf *key)
{
	for (;;)
	{
		skip_blanks(c);
		key->len = 0;
		if (c->pos < c->end && (c->s[c->pos] == '"' || c->s[c->pos] == '\''))
		{
			if (!read_quoted(c, c->s[c->pos], true, key))
				return false;
		}
		else
		{
			int32_t		start = c->pos;

			while (c->pos < c->end && (is_alnum_ascii(c->s[c->pos]) || c->s[c->pos] == '_' ||
									   c->s[c->pos] == '-'))
				c->pos++;
			if (c->pos == start)
				return fail(c, c->line, "expected a key");
			nn_buf_append(key, c->s + start, c->pos - start);
		}
		skip_blanks(c);
		if (c->pos < c->end && c->s[c->pos] == '.')
			c->pos++;
		else
			return true;
	}
}

/* [a, "b", [c]] and {name = "X"}: items of a known key go to it. */
static bool
toml_compound(Cursor *c, const char *key, int32_t key_len, int depth, NNBuf *value)
{
	char		close = c->s[c->pos] == '[' ? ']' : '}';
	int32_t		opened = c->line;

	if (depth >= TOML_MAX_DEPTH)
		return fail(c, c->line, "arrays nested too deep");
	c->pos++;
	for (;;)
	{
		skip_toml_space(c);
		if (c->pos >= c->end)
			return fail(c, opened, close == ']' ? "unterminated array" : "unterminated inline table");
		if (c->s[c->pos] == close)
		{
			c->pos++;
			return true;
		}
		if (close == '}')
		{
			NNBuf		sub = {NULL, 0, 0};
			bool		ok = toml_key(c, &sub);

			if (ok && (c->pos >= c->end || c->s[c->pos] != '='))
				ok = fail(c, c->line, "expected \"=\" after a key");
			if (ok)
			{
				c->pos++;
				/* {name = "X"} stands for X under the outer key */
				if (sub.len == 4 && strncasecmp(sub.data, "name", 4) == 0)
					ok = toml_value(c, key, key_len, depth + 1, value);
				else
					ok = toml_value(c, "", 0, depth + 1, value);
			}
			nn_free(sub.data);
			if (!ok)
				return false;
		}
		else if (!toml_value(c, key, key_len, depth + 1, value))
			return false;
		skip_toml_space(c);
		if (c->pos < c->end && c->s[c->pos] == ',')
			c->pos++;
	}
}

static bool
toml_value(Cursor *c, const char *key, int32_t key_len, int depth, NNBuf *value)
{
	char		first;

	skip_blanks(c);
	if (c->pos >= c->end || c->s[c->pos] == '\n')
		return fail(c, c->line, "a key without a value");
	first = c->s[c->pos];
	if ((first == '"' || first == '\'') && c->pos + 2 < c->end &&
		c->s[c->pos + 1] == first && c->s[c->pos + 2] == first)
	{
		if (!toml_multiline(c, first, value))
			return false;
	}
	else if (first == '"' || first == '\'')
	{
		if (!read_quoted(c, first, true, value))
			return false;
	}
	else if (first == '[' || first == '{')
		return toml_compound(c, key, key_len, depth, value);
	else
	{
		int32_t		start = c->pos;

		/* a bare value: date, number, boolean */
		while (c->pos < c->end && c->s[c->pos] != '\n' && c->s[c->pos] != ',' &&
			   c->s[c->pos] != ']' && c->s[c->pos] != '}' && c->s[c->pos] != '#')
			c->pos++;
		/* nothing read (a stray bracket): an error, or the caller would loop on it */
		if (c->pos == start)
			return fail(c, c->line, "unexpected character in a value");
		nn_buf_append(value, c->s + start, c->pos - start);
	}
	if (key_len > 0)
		take(c, key, key_len, value);
	value->len = 0;
	return true;
}

static bool
read_toml(Cursor *c)
{
	NNBuf		key = {NULL, 0, 0};
	NNBuf		value = {NULL, 0, 0};
	char		table[16] = "";
	bool		ok = true;

	while (ok)
	{
		skip_toml_space(c);
		if (c->pos >= c->end)
			break;
		if (c->s[c->pos] == '[')
		{
			/* [author], [[authors]], [params]: remember a table that holds an author */
			int32_t		e = line_end(c, c->pos);
			int32_t		start = c->pos;
			const char *close = memchr(c->s + start, ']', (size_t) (e - start));
			int32_t		name_start = start,
						name_end;

			if (close == NULL)
			{
				ok = fail(c, c->line, "unterminated table header");
				break;
			}
			while (name_start < e && (c->s[name_start] == '[' || is_blank(c->s[name_start])))
				name_start++;
			name_end = (int32_t) (close - c->s);
			snprintf(table, sizeof(table), "%.*s",
					 name_end > name_start ? (int) (name_end - name_start) : 0, c->s + name_start);
			c->pos = e;
			continue;
		}
		ok = toml_key(c, &key);
		if (ok && (c->pos >= c->end || c->s[c->pos] != '='))
			ok = fail(c, c->line, "expected \"=\" after a key");
		if (!ok)
			break;
		c->pos++;
		if ((strcasecmp(table, "author") == 0 || strcasecmp(table, "authors") == 0) &&
			key.len == 4 && strncasecmp(key.data, "name", 4) == 0)
			ok = toml_value(c, "author", 6, 0, &value);
		else
			ok = toml_value(c, key.data, nn_meta_key_known(key.data, key.len) ? key.len : 0,
							0, &value);
		if (ok)
		{
			/* the rest of the line: a comment at most */
			skip_blanks(c);
			if (c->pos < c->end && c->s[c->pos] != '\n' && c->s[c->pos] != '#')
				ok = fail(c, c->line, "unexpected text after a value");
		}
	}
	nn_free(key.data);
	nn_free(value.data);
	return ok;
}

/* ------------------------------------------------------------------------ fences */

/* The fence line at pos, three fence characters and maybe blanks: its length, or 0. */
static int32_t
fence_at(const char *s, int32_t len, int32_t pos, char fence)
{
	int32_t		i = pos;

	if (pos + 3 > len || s[pos] != fence || s[pos + 1] != fence || s[pos + 2] != fence)
		return 0;
	i += 3;
	while (i < len && (is_blank(s[i]) || s[i] == '\r'))
		i++;
	if (i < len && s[i] != '\n')
		return 0;
	return i - pos;
}

/* Blank lines and a byte-order mark may come before the fence. */
static int32_t
opening(const char *s, int32_t len)
{
	int32_t		i = 0;

	if (len >= 3 && (unsigned char) s[0] == 0xEF && (unsigned char) s[1] == 0xBB &&
		(unsigned char) s[2] == 0xBF)
		i = 3;
	while (i < len && (is_blank(s[i]) || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

bool
nn_front_matter_present(const char *s, int32_t len)
{
	int32_t		i = opening(s, len);

	return fence_at(s, len, i, '-') > 0 || fence_at(s, len, i, '+') > 0;
}

NNFrontMatterStatus
nn_front_matter_read(const char *s, int32_t len, NNArticleMeta *meta, int32_t *body_start,
					 NNParseError *error)
{
	int32_t		start = opening(s, len);
	char		fence = fence_at(s, len, start, '-') > 0 ? '-' : '+';
	int32_t		fence_len = fence_at(s, len, start, fence);
	Cursor		c;
	int32_t		close = -1;
	int32_t		close_len = 0;
	int32_t		line = 1;

	if (fence_len == 0)
		return NN_FRONT_MATTER_NONE;
	for (int32_t i = 0; i < start; i++)
		line += s[i] == '\n';
	/* the closing fence: the same three characters, or "..." for YAML */
	for (int32_t pos = start + fence_len + 1; pos < len;)
	{
		const char *nl = memchr(s + pos, '\n', (size_t) (len - pos));

		if ((close_len = fence_at(s, len, pos, fence)) > 0 ||
			(fence == '-' && (close_len = fence_at(s, len, pos, '.')) > 0))
		{
			close = pos;
			break;
		}
		if (nl == NULL)
			break;
		pos = (int32_t) (nl - s) + 1;
	}
	if (close < 0)
	{
		error->line = line;
		snprintf(error->message, sizeof(error->message),
				 "front matter opened by \"%c%c%c\" is not closed", fence, fence, fence);
		return NN_FRONT_MATTER_BAD;
	}
	c.s = s;
	c.pos = start + fence_len + 1;
	c.end = close;
	c.line = line + 1;
	c.meta = meta;
	c.error = error;
	if (!(fence == '-' ? read_yaml(&c) : read_toml(&c)))
		return NN_FRONT_MATTER_BAD;
	*body_start = close + close_len < len ? close + close_len + 1 : len;
	return NN_FRONT_MATTER_OK;
}
