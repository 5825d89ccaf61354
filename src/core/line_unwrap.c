/*
 * line_unwrap.c: joining hard-wrapped lines (see line_unwrap.h).
 */
#include "line_unwrap.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "nn_alloc.h"
#include "utf8.h"

/* Wrapping happens at 40 to 200 columns; a width outside is not a wrap. */
#define WRAP_MIN_WIDTH 40
#define WRAP_MAX_WIDTH 200
/* A line this close to the width, in characters, ends at the wrap. */
#define WRAP_SLACK 20

typedef struct TextLine
{
	int32_t		start;			/* byte offsets in the text */
	int32_t		end;			/* trailing blanks excluded */
	int32_t		chars;
	bool		blank;
} TextLine;

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static TextLine *
split_lines(const char *s, int32_t len, int32_t *count)
{
	int32_t		n = 0,
				cap = 64;
	TextLine   *lines = nn_alloc(sizeof(TextLine) * (size_t) cap);

	for (int32_t pos = 0; pos <= len;)
	{
		const char *nl = memchr(s + pos, '\n', (size_t) (len - pos));
		int32_t		end = nl ? (int32_t) (nl - s) : len;
		TextLine	l = {pos, end, 0, true};

		while (l.end > l.start && is_blank(s[l.end - 1]))
			l.end--;
		for (int32_t i = l.start; i < l.end && l.blank; i++)
			l.blank = is_blank(s[i]);
		l.chars = (int32_t) nn_utf8_chars(s + l.start, (size_t) (l.end - l.start));
		if (n == cap)
		{
			cap *= 2;
			lines = nn_realloc(lines, sizeof(TextLine) * (size_t) cap);
		}
		lines[n++] = l;
		pos = end + 1;
	}
	*count = n;
	return lines;
}

static int
compare_int(const void *a, const void *b)
{
	int32_t		x = *(const int32_t *) a,
				y = *(const int32_t *) b;

	return (x > y) - (x < y);
}

/* The wrap width of the text, or 0 when it does not look wrapped. */
static int32_t
wrap_width(const TextLine *lines, int32_t n)
{
	int32_t    *lengths = nn_alloc(sizeof(int32_t) * (size_t) (n > 0 ? n : 1));
	int32_t		inner = 0,
				near = 0,
				width;

	for (int32_t i = 0; i + 1 < n; i++)
		if (!lines[i].blank && !lines[i + 1].blank && lines[i].chars <= WRAP_MAX_WIDTH)
			lengths[inner++] = lines[i].chars;
	if (inner < 3)
	{
		nn_free(lengths);
		return 0;
	}
	qsort(lengths, (size_t) inner, sizeof(int32_t), compare_int);
	width = lengths[inner - 1 - inner / 10];	/* the 90th percentile: one long line is no wrap */
	for (int32_t i = 0; i < inner; i++)
		near += lengths[i] >= width - WRAP_SLACK && lengths[i] <= width;
	nn_free(lengths);
	if (width < WRAP_MIN_WIDTH || near < 3 || near * 2 < inner)
		return 0;
	return width;
}

static int32_t
first_word_chars(const char *s, const TextLine *l)
{
	int32_t		i = l->start;

	while (i < l->end && is_blank(s[i]))
		i++;
	{
		int32_t		word_start = i;

		while (i < l->end && !is_blank(s[i]))
			i++;
		return (int32_t) nn_utf8_chars(s + word_start, (size_t) (i - word_start));
	}
}

static bool
starts_lower(const char *s, const TextLine *l)
{
	size_t		pos = (size_t) l->start;

	while ((int32_t) pos < l->end && is_blank(s[pos]))
		pos++;
	if ((int32_t) pos >= l->end)
		return false;
	return u_islower((UChar32) nn_utf8_next(s, (size_t) l->end, &pos));
}

/* "- item", "* item", "1. item", "# heading": a line that starts a block of its own. */
static bool
starts_block(const char *s, const TextLine *l)
{
	int32_t		i = l->start;

	while (i < l->end && is_blank(s[i]))
		i++;
	if (i + 1 < l->end && (s[i] == '-' || s[i] == '*' || s[i] == '#' || s[i] == '>') &&
		(s[i + 1] == ' ' || s[i] == '#'))
		return true;
	while (i < l->end && s[i] >= '0' && s[i] <= '9')
		i++;
	return i > l->start && i + 1 < l->end && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

void
nn_unwrap_lines(const char *s, int32_t len, NNBuf *out)
{
	int32_t		n;
	TextLine   *lines = split_lines(s, len, &n);
	int32_t		width = wrap_width(lines, n);

	for (int32_t i = 0; i < n; i++)
	{
		const TextLine *l = &lines[i];
		const TextLine *next = i + 1 < n ? &lines[i + 1] : NULL;
		bool		join = false;

		if (next != NULL && !l->blank && !next->blank && !starts_block(s, next))
			join = starts_lower(s, next) ||
				(width > 0 && l->chars + 1 + first_word_chars(s, next) > width - 2);
		nn_buf_append(out, s + l->start, l->end - l->start);
		if (next != NULL)
			nn_buf_append_char(out, join ? ' ' : '\n');
		if (join)
		{
			/* the next line's indentation is not part of the sentence */
			while (lines[i + 1].start < lines[i + 1].end && is_blank(s[lines[i + 1].start]))
				lines[i + 1].start++;
		}
	}
	nn_free(lines);
}
