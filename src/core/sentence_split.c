/*
 * sentence_split.c: one forward scan over cleaned text, deciding at each '.', '!', '?'
 * or ellipsis whether a sentence ends, by looking at the word before it (abbreviation?
 * initial?) and the word after it (capitalised? a day number? a sentence starter?).
 */
#include "sentence_split.h"

#include <stdbool.h>
#include <string.h>

#include <unicode/uchar.h>

#include "article_lexicon.h"
#include "byte_scan.h"
#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "utf8.h"

/* Bytes that may end a sentence or a line: '.', '!', '?', '\n', and 0xE2 (the lead
 * byte of the ellipsis U+2026). Everything else is skipped in a tight loop. */
static const bool ends_or_breaks[256] = {
	['.'] = true, ['!'] = true, ['?'] = true, ['\n'] = true, [0xE2] = true,
};

typedef struct SpanList
{
	NNSpan	   *items;
	int32_t		count;
	int32_t		capacity;
} SpanList;

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static void
add_sentence(SpanList *list, const char *text, int32_t start, int32_t end)
{
	while (start < end && is_space(text[start]))
		start++;
	while (end > start && is_space(text[end - 1]))
		end--;
	if (start >= end)
		return;
	if (list->count == list->capacity)
	{
		list->capacity = list->capacity ? list->capacity * 2 : 16;
		list->items = nn_realloc(list->items, sizeof(NNSpan) * (size_t) list->capacity);
	}
	list->items[list->count].start = start;
	list->items[list->count].end = end;
	list->count++;
}

/* Length of a closing quote or bracket at text[i], 0 if none. */
static int
closer_length(const char *text, int32_t len, int32_t i)
{
	unsigned char c = (unsigned char) text[i];

	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	/* ” U+201D, ’ U+2019, » U+00BB */
	if (c == 0xE2 && i + 2 < len && (unsigned char) text[i + 1] == 0x80 &&
		((unsigned char) text[i + 2] == 0x9D || (unsigned char) text[i + 2] == 0x99))
		return 3;
	if (c == 0xC2 && i + 1 < len && (unsigned char) text[i + 1] == 0xBB)
		return 2;
	return 0;
}

/* Does the text at i open a new sentence: a capital, a digit, an opening quote? */
static bool
opens_sentence(const char *text, int32_t len, int32_t i)
{
	size_t		pos = (size_t) i;
	uint32_t	cp = nn_utf8_next(text, (size_t) len, &pos);

	if (cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
		cp == 0xAB)
		return true;
	if (cp >= '0' && cp <= '9')
		return true;
	return u_isupper((UChar32) cp) || u_istitle((UChar32) cp);
}

/* The word ending just before text[end] (a period at end): back to white space or an
 * opening bracket or quote. */
static void
word_before(const char *text, int32_t end, int32_t *word_start)
{
	int32_t		i = end;

	while (i > 0 && !is_space(text[i - 1]) && text[i - 1] != '\n' && text[i - 1] != '(' &&
		   text[i - 1] != '"' && text[i - 1] != '[')
		i--;
	*word_start = i;
}

static int32_t
word_after(const char *text, int32_t len, int32_t start)
{
	int32_t		i = start;

	while (i < len && !is_space(text[i]) && text[i] != '\n' && text[i] != ',' && text[i] != '.')
		i++;
	return i - start;
}

/* Whether a single '.' at dot (followed by the word at next) is part of the word before. */
static bool
period_continues(const char *text, int32_t len, int32_t dot, int32_t next)
{
	int32_t		ws;
	int32_t		wlen;

	word_before(text, dot, &ws);
	wlen = dot - ws;
	if (wlen == 0)
		return false;
	/* an initial: "Jens J. Stoltenberg" */
	if (wlen == 1 && text[ws] >= 'A' && text[ws] <= 'Z')
		return true;
	switch (nn_abbreviation(text + ws, (size_t) wlen))
	{
		case NN_ABBREV_TITLE:
			return true;
		case NN_ABBREV_MONTH:
			return text[next] >= '0' && text[next] <= '9';
		case NN_ABBREV_OTHER:
			return !nn_is_sentence_starter(text + next, (size_t) word_after(text, len, next));
		case NN_ABBREV_NONE:
			break;
	}
	return false;
}

int32_t
nn_split_sentences(const char *text, int32_t len, NNSpan **out)
{
	SpanList	list = {NULL, 0, 0};
	int32_t		start = 0;
	int32_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		bool		ellipsis = c == 0xE2 && i + 2 < len &&
			(unsigned char) text[i + 1] == 0x80 && (unsigned char) text[i + 2] == 0xA6;
		int32_t		j;
		int32_t		next;
		int			closer;

		nn_work(1);
		if (c == '\n')
		{
			add_sentence(&list, text, start, i);
			start = ++i;
			continue;
		}
		if (c != '.' && c != '!' && c != '?' && !ellipsis)
		{
			/* skip to the next byte that can end a sentence or a line, a word at a time */
			i++;
			while (i + 8 <= len)
			{
				uint64_t	w = nn_bytes_load(text + i);
				uint64_t	hits = nn_bytes_equal(w, '.') | nn_bytes_equal(w, '!') |
					nn_bytes_equal(w, '?') | nn_bytes_equal(w, '\n') | nn_bytes_equal(w, 0xE2);

				if (hits != 0)
				{
					i += nn_bytes_first(hits);
					break;
				}
				i += 8;
			}
			while (i < len && !ends_or_breaks[(unsigned char) text[i]])
				i++;
			continue;
		}

		/* the whole run of terminators: "...", "?!", "…" */
		j = ellipsis ? i + 3 : i + 1;
		while (j < len && (text[j] == '.' || text[j] == '!' || text[j] == '?'))
			j++;
		while (j < len && (closer = closer_length(text, len, j)) > 0)
			j += closer;

		if (j < len && text[j] != '\n' && !is_space(text[j]))
		{
			i = j;				/* "3.5", "U.S", "www.nato.int" */
			continue;
		}
		next = j;
		while (next < len && is_space(text[next]))
			next++;
		if (next < len && text[next] != '\n')
		{
			bool		single_period = c == '.' && j == i + 1;

			if (!opens_sentence(text, len, next) ||
				(single_period && period_continues(text, len, i, next)))
			{
				i = j;
				continue;
			}
		}
		add_sentence(&list, text, start, j);
		start = i = j;
	}
	add_sentence(&list, text, start, len);
	*out = list.items;
	return list.count;
}
