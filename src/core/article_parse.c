/*
 * article_parse.c: scraped article -> clean document.
 *
 * Two passes. The first copies the raw text into a working buffer without what is
 * noise at the character level: cookie banners (they appear even inside sentences),
 * markdown bold markers, carriage returns, control and zero-width characters. The
 * second walks the lines: the lines before the first paragraph of prose are the
 * header zone, where the date, the title and site furniture live; the first paragraph
 * may open with a dateline; the last may end with an agency tag.
 *
 * Markdown, front matter and HTML pages reach this parser already rewritten as plain
 * lines, with what they said about themselves in an NNArticleMeta (article_formats.c).
 */
#include "article_parse.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>

#include "article_lexicon.h"
#include "builtin_words.h"
#include "byte_scan.h"
#include "civil_date.h"
#include "nn_alloc.h"
#include "nn_interrupt.h"
#include "pubdate.h"
#include "sentence_split.h"
#include "utf8.h"

typedef struct Buf
{
	char	   *data;
	int32_t		len;
	int32_t		cap;
} Buf;

static void
buf_reserve(Buf *b, int32_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		int32_t		cap = b->cap ? b->cap : 256;

		while (cap < b->len + extra + 1)
			cap *= 2;
		b->data = nn_realloc(b->data, (size_t) cap);
		b->cap = cap;
	}
}

static void
buf_append(Buf *b, const char *s, int32_t n)
{
	buf_reserve(b, n);
	memcpy(b->data + b->len, s, (size_t) n);
	b->len += n;
	b->data[b->len] = '\0';
}

static int32_t
min_int32(int32_t a, int32_t b)
{
	return a < b ? a : b;
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Case-blind substring search; word is lower case, at least two letters, the first an
 * ASCII letter. The first letter, in either case, is found eight bytes at a time; most
 * of those positions fail on the second byte, tested inline. */
static bool
has_word_ci(const char *s, int32_t len, const char *word)
{
	int32_t		wl = (int32_t) strlen(word);
	unsigned char lower = (unsigned char) word[0];
	unsigned char upper = (unsigned char) (lower & ~0x20);

	for (int32_t i = 0; i + wl <= len; i++)
	{
		i = (int32_t) nn_bytes_next_of(s, (size_t) i, (size_t) (len - wl + 1), lower, upper);
		if (i + wl > len)
			return false;
		if ((s[i + 1] | 0x20) == word[1] && strncasecmp(s + i, word, (size_t) wl) == 0)
			return true;
	}
	return false;
}

/* ---------------------------------------------------------------- pass 1: characters */

typedef struct Range
{
	int32_t		start;
	int32_t		end;
} Range;

/*
 * "X", "OK", "Accept all" and the like that close a cookie banner (data/builtin_words.tsv):
 * the longest that matches at each place, so "Accept all" is not read as "Accept".
 */
static int32_t
skip_banner_buttons(const char *s, int32_t len, int32_t i)
{
	for (;;)
	{
		int32_t		j = i;
		int32_t		longest = 0;

		while (j < len && (is_blank(s[j]) || s[j] == '*'))
			j++;
		for (const char *const *b = nn_banner_buttons; *b; b++)
		{
			int32_t		bl = (int32_t) strlen(*b);

			if (bl > longest && j + bl <= len && strncmp(s + j, *b, (size_t) bl) == 0 &&
				(j + bl == len || !isalnum((unsigned char) s[j + bl])))
				longest = bl;
		}
		if (longest == 0)
			return i;
		j += longest;
		while (j < len && (s[j] == '*' || s[j] == '.' || s[j] == '!'))
			j++;
		i = j;
	}
}

/* The extent of the cookie sentence around the word "cookie" at hit, or false. */
static bool
cookie_banner_at(const char *s, int32_t len, int32_t hit, Range *r)
{
	int32_t		start = hit;
	int32_t		end = hit;

	while (start > 0 && s[start - 1] != '\n' &&
		   !(start >= 2 && s[start - 1] == '*' && s[start - 2] == '*') &&
		   !((s[start - 1] == ' ') && start >= 2 &&
			 (s[start - 2] == '.' || s[start - 2] == '!' || s[start - 2] == '?')))
		start--;
	if (start >= 2 && s[start - 1] == '*' && s[start - 2] == '*')
		start -= 2;
	while (end < len && s[end] != '\n' && s[end] != '.' && s[end] != '!' && s[end] != '?')
		end++;
	if (end < len && s[end] != '\n')
		end++;
	/* a banner talks about using cookies or accepting them */
	if (!has_word_ci(s + start, end - start, "use") &&
		!has_word_ci(s + start, end - start, "accept") &&
		!has_word_ci(s + start, end - start, "consent"))
		return false;
	r->start = start;
	r->end = skip_banner_buttons(s, len, end);
	return true;
}

/* Zero-width and byte-order-mark characters: dropped. */
static int
invisible_length(const unsigned char *u, int32_t left)
{
	if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D)
		return 3;
	if (left >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	return 0;
}

/* Where the cookie banners are: ranges of raw text, in order, not overlapping. */
static Range *
find_banners(const char *raw, int32_t len, int32_t *count)
{
	Range	   *ranges = NULL;
	int32_t		n = 0;
	int32_t		cap = 0;
	int32_t		covered = 0;

	for (int32_t i = 1; i + 5 <= len; i++)
	{
		Range		banner;
		const char *found = nn_bytes_find(raw + i, (size_t) (len - i), "ookie", 5);

		if (found == NULL)
			break;
		i = (int32_t) (found - raw);
		if (i - 1 < covered || (raw[i - 1] != 'c' && raw[i - 1] != 'C') ||
			!cookie_banner_at(raw, len, i - 1, &banner))
			continue;
		if (banner.start < covered)
			banner.start = covered;
		if (n == cap)
		{
			cap = cap ? cap * 2 : 4;
			ranges = nn_realloc(ranges, sizeof(Range) * (size_t) cap);
		}
		ranges[n++] = banner;
		covered = banner.end;
	}
	*count = n;
	return ranges;
}

/* Bytes copied as they are: not a control character, a star, DEL, or a lead byte of a
 * character we rewrite (no-break space C2 A0, zero-width E2 80 8B..8D, BOM EF BB BF). */
static const bool plain_byte[256] = {
	[0x20 ... 0x29] = true, [0x2B ... 0x7E] = true, [0x80 ... 0xC1] = true,
	[0xC3 ... 0xE1] = true, [0xE3 ... 0xEE] = true, [0xF0 ... 0xFF] = true,
};

/* Eight plain bytes: plain_byte of each, tested at once. */
static inline bool
plain_word(uint64_t w)
{
	return !nn_bytes_any_below(w, 0x20) &&
		(nn_bytes_equal(w, '*') | nn_bytes_equal(w, 0x7F) | nn_bytes_equal(w, 0xC2) |
		 nn_bytes_equal(w, 0xE2) | nn_bytes_equal(w, 0xEF)) == 0;
}

static void
clean_characters(const char *raw, int32_t len, Buf *out)
{
	int32_t		nbanners;
	Range	   *banners = find_banners(raw, len, &nbanners);
	int32_t		next_banner = 0;
	int32_t		i = 0;

	buf_reserve(out, len);
	while (i < len)
	{
		const unsigned char *u = (const unsigned char *) raw + i;
		int			skip;

		nn_work(1);
		if (next_banner < nbanners && i == banners[next_banner].start)
		{
			buf_append(out, " ", 1);
			i = banners[next_banner++].end;
			continue;
		}
		if (u[0] == '\r')
		{
			if (i + 1 >= len || raw[i + 1] != '\n')
				buf_append(out, "\n", 1);
			i++;
		}
		else if (u[0] == '*' && i + 1 < len && raw[i + 1] == '*')
		{
			while (i < len && raw[i] == '*' &&
				   (next_banner >= nbanners || i < banners[next_banner].start))
				i++;
		}
		else if ((u[0] < 0x20 && u[0] != '\n') || u[0] == 0x7F)
		{
			buf_append(out, " ", 1);
			i++;
		}
		else if (u[0] == 0xC2 && i + 1 < len && u[1] == 0xA0)
		{
			buf_append(out, " ", 1);	/* no-break space */
			i += 2;
		}
		else if ((skip = invisible_length(u, len - i)) > 0)
			i += skip;
		else
		{
			/* copy the run of ordinary bytes at once: most of the text is one */
			int32_t		run_end = i + 1;
			int32_t		stop = next_banner < nbanners ? banners[next_banner].start : len;

			while (run_end + 8 <= stop && plain_word(nn_bytes_load(raw + run_end)))
				run_end += 8;
			while (run_end < stop && plain_byte[(unsigned char) raw[run_end]])
				run_end++;
			buf_append(out, raw + i, run_end - i);
			i = run_end;
		}
	}
	nn_free(banners);
}

/* ------------------------------------------------------------------ pass 2: lines */

typedef struct Line
{
	const char *s;
	int32_t		len;
} Line;

static Line
trim(const char *s, int32_t len)
{
	Line		l = {s, len};

	while (l.len > 0 && (is_blank(l.s[0]) || l.s[0] == '\n'))
		l.s++, l.len--;
	while (l.len > 0 && (is_blank(l.s[l.len - 1]) || l.s[l.len - 1] == '\n'))
		l.len--;
	return l;
}

static int32_t
count_words(Line l)
{
	int32_t		n = 0;
	bool		in_word = false;

	for (int32_t i = 0; i < l.len; i++)
	{
		bool		blank = is_blank(l.s[i]);

		if (!blank && !in_word)
			n++;
		in_word = !blank;
	}
	return n;
}

static bool
has_letter(const char *s, int32_t len)
{
	size_t		pos = 0;

	while (pos < (size_t) len)
	{
		uint32_t	cp = nn_utf8_next(s, (size_t) len, &pos);

		if (u_isalpha((UChar32) cp))
			return true;
	}
	return false;
}

/* All letters capitals, and more than one of them: "OTAN NORTH ATLANTIC TREATY ORGANIZATION" */
static bool
is_shouting(Line l)
{
	size_t		pos = 0;
	int			upper = 0;

	while (pos < (size_t) l.len)
	{
		uint32_t	cp = nn_utf8_next(l.s, (size_t) l.len, &pos);

		if (u_islower((UChar32) cp))
			return false;
		if (u_isupper((UChar32) cp))
			upper++;
	}
	return upper > 1;
}

/* "(Reuters Photo)", "(AP Photo/Name)", "Photo: ...", "... /Getty Images" */
static bool
is_photo_caption(Line l)
{
	if (l.len >= 6 && (strncasecmp(l.s, "photo:", 6) == 0 || strncasecmp(l.s, "image:", 6) == 0 ||
					   strncasecmp(l.s, "file photo", 10 <= l.len ? 10 : 6) == 0))
		return true;
	if (l.len > 0 && l.s[l.len - 1] == ')')
	{
		int32_t		open = l.len - 1;

		while (open > 0 && l.s[open] != '(')
			open--;
		if (has_word_ci(l.s + open, l.len - open, "photo") ||
			has_word_ci(l.s + open, l.len - open, "getty") ||
			has_word_ci(l.s + open, l.len - open, "file"))
			return true;
	}
	return l.len < 400 && has_word_ci(l.s, l.len, "getty images");
}

/* Date at the start of the line; the rest is only time, zone and "Last updated" noise. */
#define DATE_DIGIT_WITHIN 64

/*
 * Whether a digit comes before `within` bytes other than separators: the date parser
 * skips any run of blanks, commas and quotes between a prefix, a weekday and a month
 * ("Published:      Wednesday,   September 10"), so those runs do not count.
 */
static bool
digit_within(Line l, int32_t within)
{
	/* 0: a byte that counts, 1: a separator, 2: a digit (a table: every line comes here) */
	static const unsigned char kind[256] = {
		[' '] = 1, ['\t'] = 1, [','] = 1, ['"'] = 1, ['\''] = 1,
		['0' ... '9'] = 2,
	};
	int32_t		counted = 0;

	for (int32_t i = 0; i < l.len && counted < within; i++)
	{
		unsigned char k = kind[(unsigned char) l.s[i]];

		if (k == 2)
			return true;
		counted += k == 0;
	}
	return false;
}

static NNDateParse
date_line(Line l, int32_t *days)
{
	int32_t		consumed = 0;
	NNDateParse parsed;
	Line		rest;

	static const char *const prefixes[] = {"published:", "published", "updated:", "posted:",
	"posted", "date:", "first published:"};

	/* every line comes here: most start with no prefix's first letter */
	char		first = l.len > 0 ? (char) (l.s[0] | 0x20) : '\0';
	bool		may_have_prefix = first == 'p' || first == 'u' || first == 'd' || first == 'f';

	/*
	 * And most have no digit near their start. A date has one within its first words
	 * (after a prefix, a weekday and a month name: "First published: Wednesday, September
	 * 10" has its first digit at byte 38), so a line without one in its first
	 * DATE_DIGIT_WITHIN bytes, separators not counted, is no date line, and both parses
	 * below are skipped.
	 */
	if (!digit_within(l, DATE_DIGIT_WITHIN))
		return NN_DATE_NONE;

	for (size_t k = 0; may_have_prefix && k < sizeof(prefixes) / sizeof(prefixes[0]); k++)
	{
		int32_t		pl = (int32_t) strlen(prefixes[k]);

		if (l.len > pl && strncasecmp(l.s, prefixes[k], (size_t) pl) == 0)
		{
			l = trim(l.s + pl, l.len - pl);
			break;
		}
	}
	if (nn_parse_date_value(l.s, l.len, days))
		return NN_DATE_OK;		/* "2022-03-17T17:35:00Z" */
	parsed = nn_parse_date(l.s, l.len, days, &consumed);
	if (parsed == NN_DATE_NONE)
		return parsed;
	rest = trim(l.s + consumed, l.len - consumed);
	/* allowed after the date: a time, a zone, separators, "Updated 2 hours ago" */
	if (rest.len > 80 && !has_word_ci(rest.s, rest.len, "last updated"))
		return NN_DATE_NONE;
	for (int32_t i = 0; i < rest.len;)
	{
		int32_t		word_end = i;

		while (word_end < rest.len && isalpha((unsigned char) rest.s[word_end]))
			word_end++;
		if (word_end > i)
		{
			if (word_end - i == 4 && strncasecmp(rest.s + i, "last", 4) == 0)
				return parsed;	/* "Last updated: ..." whatever follows */
			if (!nn_is_timestamp_word(rest.s + i, (size_t) (word_end - i)))
				return NN_DATE_NONE;
			i = word_end;
			continue;
		}
		if (!(isdigit((unsigned char) rest.s[i]) || strchr(" :-|,.()/", rest.s[i]) != NULL ||
			  (unsigned char) rest.s[i] >= 0x80))
			return NN_DATE_NONE;
		i++;
	}
	return parsed;
}

/* "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline in the header zone. */
static bool
is_byline(Line l)
{
	if (l.len < 4 || l.len > 120 || strncmp(l.s, "By ", 3) != 0)
		return false;
	for (int32_t i = 3; i < l.len; i++)
		if ((i == 3 || l.s[i - 1] == ' ') && islower((unsigned char) l.s[i]) &&
			strncmp(l.s + i, "and ", 4) != 0)
			return false;
	return l.s[l.len - 1] != '.';
}

/* A line that reads as a headline rather than prose. */
static bool
looks_like_title(Line l)
{
	char		last = l.s[l.len - 1];
	int32_t		words;

	if (l.len > 300)
		return false;			/* before counting: most lines are long paragraphs */
	words = count_words(l);
	if (words < 2 || words > 30)
		return false;
	if (last == '.' || last == ',' || last == ';' || last == ':' || last == '"')
		return false;
	/* a closing quote after a period is prose: ...ready.” */
	if (l.len >= 4 && (unsigned char) last == 0x9D && l.s[l.len - 4] == '.')
		return false;
	return !islower((unsigned char) l.s[0]);
}

typedef struct Parse
{
	NNArticle  *article;
	Buf			body;
	bool		header_zone;	/* no paragraph of prose seen yet */
	Line		pending_title;	/* a title candidate waiting for prose after it */
	bool		have_pending_title;
	bool		title_is_heading;
	bool		guess_title;	/* whether a headline-like line of text may be the title */
	Line		dateline_line;	/* an all-capitals place alone on a line, or empty */
} Parse;

static char *
copy_line(Line l)
{
	return nn_strndup(l.s, (size_t) l.len);
}

static bool
is_dash_at(const char *s, int32_t len, int32_t i, int32_t *dash_len)
{
	const unsigned char *u = (const unsigned char *) s + i;

	if (i + 1 < len && s[i] == '-' && s[i + 1] == '-')
		return (*dash_len = 2), true;
	if (s[i] == '-')
		return (*dash_len = 1), true;
	/* – U+2013, — U+2014 */
	if (i + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))
		return (*dash_len = 3), true;
	return false;
}

/* "ANKARA, June 12": the day (its year unknown) is not part of the place. */
static Line
drop_day_without_year(Line dl)
{
	const char *comma = NULL;
	Line		part;
	int32_t		month_end;

	for (int32_t i = dl.len - 1; i >= 0 && comma == NULL; i--)
		if (dl.s[i] == ',')
			comma = dl.s + i;
	if (comma == NULL)
		return dl;
	part = trim(comma + 1, (int32_t) (dl.s + dl.len - comma - 1));
	month_end = 0;
	while (month_end < part.len && (isalpha((unsigned char) part.s[month_end]) || part.s[month_end] == '.'))
		month_end++;
	if (month_end == 0 || nn_month_number(part.s, (size_t) month_end) == 0)
		return dl;
	for (int32_t i = month_end; i < part.len; i++)
		if (!isdigit((unsigned char) part.s[i]) && part.s[i] != ' ')
			return dl;
	return trim(dl.s, (int32_t) (comma - dl.s));
}

/*
 * "Athens, Greece – NATO's chief said ...", "ANKARA (AA) - ...": a short run of
 * capitalised words, commas, an optional date and agency, then a spaced dash and a
 * capitalised word. Returns the length to cut from the paragraph, 0 when none.
 */
static int32_t
find_dateline(Parse *p, Line para)
{
	int32_t		limit = para.len < 90 ? para.len : 90;

	for (int32_t i = 1; i + 2 < limit; i++)
	{
		int32_t		dash_len;
		Line		place;
		int32_t		after;

		if (para.s[i - 1] != ' ' || !is_dash_at(para.s, para.len, i, &dash_len) ||
			para.s[i + dash_len] != ' ')
			continue;
		place = trim(para.s, i);
		after = i + dash_len + 1;
		if (after >= para.len || place.len == 0 || count_words(place) > 7)
			return 0;
		if (!(isupper((unsigned char) para.s[after]) || (unsigned char) para.s[after] >= 0x80 ||
			  para.s[after] == '"' || isdigit((unsigned char) para.s[after])))
			return 0;
		/* every word capitalised, a number, or a parenthesis */
		for (int32_t k = 0; k < place.len; k++)
		{
			bool		word_start = k == 0 || place.s[k - 1] == ' ';

			if (word_start && islower((unsigned char) place.s[k]))
				return 0;
		}
		if (memchr(place.s, ',', (size_t) place.len) == NULL)
		{
			/* no comma: only an all-capitals place or one with an agency qualifies */
			if (!is_shouting(place) && memchr(place.s, '(', (size_t) place.len) == NULL)
				return 0;
		}
		{
			const char *open = memchr(place.s, '(', (size_t) place.len);
			Line		dl = place;

			if (open != NULL)
			{
				const char *close = memchr(open, ')', (size_t) (place.s + place.len - open));
				const char *agency = close ? nn_agency(open + 1, (size_t) (close - open - 1)) : NULL;

				if (agency && p->article->source == NULL)
					p->article->source = nn_strndup(agency, strlen(agency));
				dl = trim(place.s, (int32_t) (open - place.s));
			}
			/* a dateline may carry the date: "ANKARA, May 14, 2020 (AA) -" */
			for (int32_t k = 0; k < dl.len; k++)
			{
				int32_t		days,
							consumed;

				if ((k == 0 || dl.s[k - 1] == ' ') && p->article->published == NN_NO_DATE &&
					nn_parse_date(dl.s + k, dl.len - k, &days, &consumed) == NN_DATE_OK)
				{
					p->article->published = days;
					dl = trim(dl.s, k);
					break;
				}
			}
			dl = drop_day_without_year(dl);
			while (dl.len > 0 && dl.s[dl.len - 1] == ',')
				dl.len--;
			if (dl.len > 0)
				p->article->dateline = copy_line(dl);
		}
		return after;
	}
	return 0;
}

/*
 * No tab and no two blanks in a row: the paragraph needs no collapsing (most do not).
 * Eight bytes at a time: two spaces in a row are a space whose next byte (the next
 * byte of the word, or the first of the next word) is one too.
 */
static bool
single_spaced(Line l)
{
	int32_t		i = 0;
	bool		space_before = false;	/* the byte before i is a space */

	for (; i + 8 <= l.len; i += 8)
	{
		uint64_t	w = nn_bytes_load(l.s + i);

		if (nn_bytes_equal(w, '\t') != 0 || (space_before && l.s[i] == ' ') ||
			nn_bytes_followed(nn_bytes_equal(w, ' ')) != 0)
			return false;
		space_before = l.s[i + 7] == ' ';
	}
	for (; i < l.len; i++)
	{
		if (l.s[i] == '\t' || (space_before && l.s[i] == ' '))
			return false;
		space_before = l.s[i] == ' ';
	}
	return true;
}

/* Append a paragraph of prose to the body, white space runs collapsed to one space. */
static void
add_paragraph(Parse *p, Line para)
{
	int32_t		i = 0;

	if (p->body.len > 0)
		buf_append(&p->body, "\n", 1);
	buf_reserve(&p->body, para.len);
	if (single_spaced(para))
	{
		memcpy(p->body.data + p->body.len, para.s, (size_t) para.len);
		p->body.len += para.len;
		i = para.len;
	}
	while (i < para.len)
	{
		int32_t		word_end = (int32_t) nn_bytes_next_of(para.s, (size_t) i, (size_t) para.len,
														  ' ', '\t');

		memcpy(p->body.data + p->body.len, para.s + i, (size_t) (word_end - i));
		p->body.len += word_end - i;
		i = word_end;
		while (i < para.len && is_blank(para.s[i]))
			i++;
		if (i < para.len)
			p->body.data[p->body.len++] = ' ';
	}
	p->body.data[p->body.len] = '\0';
}

static void
take_prose(Parse *p, Line para)
{
	if (p->have_pending_title)
	{
		p->article->title = copy_line(p->pending_title);
		p->have_pending_title = false;
	}
	if (p->header_zone)
	{
		int32_t		cut = find_dateline(p, para);

		para = trim(para.s + cut, para.len - cut);
		if (p->article->dateline == NULL && p->dateline_line.len > 0)
			p->article->dateline = copy_line(p->dateline_line);
		p->header_zone = false;
	}
	if (para.len > 0)
		add_paragraph(p, para);
}

/* "date 2020-10-02 NATO Secretary-General ..." : the scraper's date header. */
static Line
take_date_header(Parse *p, Line l)
{
	int32_t		consumed = 0;
	int32_t		days = 0;
	Line		rest;
	NNDateParse parsed;

	if (l.len < 15 || strncmp(l.s, "date ", 5) != 0)
		return l;
	rest = trim(l.s + 5, l.len - 5);
	parsed = nn_parse_date(rest.s, rest.len, &days, &consumed);
	if (parsed == NN_DATE_NONE)
		return l;
	if (parsed == NN_DATE_IMPOSSIBLE)
	{
		int32_t		n = min_int32(consumed, (int32_t) sizeof(p->article->bad_date_text) - 1);

		memcpy(p->article->bad_date_text, rest.s, (size_t) n);
		p->article->bad_date_text[n] = '\0';
		p->article->bad_date = true;
	}
	else if (p->article->published == NN_NO_DATE)
		p->article->published = days;
	return trim(rest.s + consumed, rest.len - consumed);
}

/* A short line that holds the whole title, and little else. */
static bool
repeats_title(Line l, Line title)
{
	if (title.len == 0 || l.len >= title.len + 80)
		return false;
	for (int32_t i = 0; i + title.len <= l.len; i++)
		if (memcmp(l.s + i, title.s, (size_t) title.len) == 0)
			return true;
	return false;
}

/* "Aug 1st 2020ATHENS, BODRUM AND PATMOS": a date glued to what follows it; the length
 * of the date, 0 when the line does not open so. */
static int32_t
glued_date(Line l, int32_t *days)
{
	int32_t		consumed = 0;

	if (nn_parse_date(l.s, l.len, days, &consumed) != NN_DATE_OK || consumed >= l.len ||
		!isdigit((unsigned char) l.s[consumed - 1]) || !isupper((unsigned char) l.s[consumed]))
		return 0;
	return consumed;
}

/* "The world in brief 2022-08-18", "Weekly digest – August 18th 2022": where a date
 * ending a headline starts (after the words before it), 0 when none does. */
static int32_t
trailing_date(Line l, int32_t *days)
{
	for (int32_t k = l.len - 1; k > 0; k--)
	{
		int32_t		consumed = 0;
		int32_t		cut = k;

		if (l.s[k - 1] != ' ' || l.len - k > 40)
			continue;
		if (nn_parse_date(l.s + k, l.len - k, days, &consumed) != NN_DATE_OK ||
			trim(l.s + k + consumed, l.len - k - consumed).len > 0)
			continue;
		/* the separator before the date goes with it */
		while (cut > 0 && (is_blank(l.s[cut - 1]) || strchr(",-|:", l.s[cut - 1]) != NULL ||
						   (unsigned char) l.s[cut - 1] >= 0x80))
		{
			int32_t		dash_len;

			if ((unsigned char) l.s[cut - 1] >= 0x80)
			{
				if (cut < 3 || !is_dash_at(l.s, l.len, cut - 3, &dash_len) || dash_len != 3)
					break;
				cut -= 3;
			}
			else
				cut--;
		}
		return cut > 0 && count_words(trim(l.s, cut)) >= 2 ? cut : 0;
	}
	return 0;
}

/* "Skopje, 2 April 2019" alone on a line before the prose: the dateline and the date. */
static bool
place_date_line(Parse *p, Line l)
{
	const char *comma = memchr(l.s, ',', (size_t) l.len);
	Line		place,
				rest;
	int32_t		days,
				consumed = 0;

	if (comma == NULL || l.len > 80)
		return false;
	place = trim(l.s, (int32_t) (comma - l.s));
	rest = trim(comma + 1, (int32_t) (l.s + l.len - comma - 1));
	if (place.len == 0 || count_words(place) > 4 ||
		nn_parse_date(rest.s, rest.len, &days, &consumed) != NN_DATE_OK ||
		trim(rest.s + consumed, rest.len - consumed).len > 0)
		return false;
	for (int32_t k = 0; k < place.len; k++)
		if ((k == 0 || place.s[k - 1] == ' ') && !isupper((unsigned char) place.s[k]) &&
			(unsigned char) place.s[k] < 0x80)
			return false;
	if (p->article->published == NN_NO_DATE)
		p->article->published = days;
	if (p->article->dateline == NULL)
		p->article->dateline = copy_line(place);
	return true;
}

static void
take_line(Parse *p, Line l, bool first_line)
{
	int32_t		days;
	bool		heading = false;
	bool		glued = false;
	int32_t		cut;

	if (first_line)
		l = take_date_header(p, l);
	while (l.len > 0 && l.s[0] == '#')
	{
		heading = true;
		l = trim(l.s + 1, l.len - 1);
	}
	if (l.len == 0 || nn_is_furniture_line(l.s, (size_t) l.len) ||
		nn_is_credit_line(l.s, (size_t) l.len) || (p->header_zone && is_byline(l)))
		return;

	if ((l.len < 300 && (nn_bytes_find(l.s, (size_t) l.len, "pdated", 6) != NULL ||
						 nn_bytes_find(l.s, (size_t) l.len, "PDATED", 6) != NULL) &&
		 has_word_ci(l.s, l.len, "last updated")) ||
		(l.len < 120 && strncasecmp(l.s, "last modified", 13) == 0))
	{
		if (p->header_zone && p->article->published == NN_NO_DATE &&
			date_line(l, &days) == NN_DATE_OK)
			p->article->published = days;
		return;
	}
	if (p->header_zone && (cut = glued_date(l, &days)) > 0)
	{
		if (p->article->published == NN_NO_DATE)
			p->article->published = days;
		l = trim(l.s + cut, l.len - cut);
		glued = true;
	}
	switch (date_line(l, &days))
	{
		case NN_DATE_OK:
			/* before the prose it is the publication date; after it, a print date */
			if (p->header_zone && p->article->published == NN_NO_DATE)
				p->article->published = days;
			return;
		case NN_DATE_IMPOSSIBLE:
			return;
		case NN_DATE_NONE:
			break;
	}
	if (is_photo_caption(l))
		return;
	if (p->header_zone && place_date_line(p, l))
		return;
	if (p->header_zone && !heading && l.s[l.len - 1] != '.' && is_shouting(l) &&
		count_words(l) <= 10)
	{
		/* "ANKARA" on a line of its own before the prose is its dateline */
		if (count_words(l) <= (glued ? 6 : 3) && l.len <= (glued ? 80 : 40))
			p->dateline_line = l;
		return;
	}

	/* the site repeating the title: "NATO - News: <title> , 14-May.-2020" */
	if (p->have_pending_title && repeats_title(l, p->pending_title))
		return;
	if (p->article->title != NULL &&
		repeats_title(l, (Line) {p->article->title, (int32_t) strlen(p->article->title)}))
		return;

	if (p->header_zone && (heading || looks_like_title(l)) &&
		(cut = trailing_date(l, &days)) > 0)
	{
		if (p->article->published == NN_NO_DATE)
			p->article->published = days;
		l = trim(l.s, cut);
	}
	if (p->header_zone && !p->have_pending_title && p->article->title == NULL &&
		(heading || (p->guess_title && looks_like_title(l))))
	{
		p->pending_title = l;
		p->have_pending_title = true;
		p->title_is_heading = heading;
		return;
	}
	if (p->header_zone && p->have_pending_title && heading)
		return;					/* a second heading before any prose: site furniture */
	take_prose(p, l);
}

/* "... he said in a statement. AP" or "(AP)" closing the body: the agency. */
static void
take_agency_tag(Parse *p)
{
	Buf		   *b = &p->body;
	int32_t		end = b->len;
	int32_t		start;
	const char *agency;

	while (end > 0 && (is_blank(b->data[end - 1]) || b->data[end - 1] == ')'))
		end--;
	start = end;
	while (start > 0 && !is_blank(b->data[start - 1]) && b->data[start - 1] != '\n' &&
		   b->data[start - 1] != '(')
		start--;
	if (start == end)
		return;
	agency = nn_agency(b->data + start, (size_t) (end - start));
	if (agency == NULL)
		return;
	if (start > 0 && b->data[start - 1] == '(')
		start--;
	/* only a tag standing after the last sentence, not a word inside it */
	{
		int32_t		before = start;

		while (before > 0 && is_blank(b->data[before - 1]))
			before--;
		if (before > 0 && b->data[before - 1] != '.' && b->data[before - 1] != '\n' &&
			b->data[before - 1] != '"' && (unsigned char) b->data[before - 1] != 0x9D &&
			b->data[before - 1] != '-')
			return;
		/* "— AP" */
		while (before > 0 && (b->data[before - 1] == '-' || is_blank(b->data[before - 1])))
			before--;
		if (p->article->source == NULL)
			p->article->source = nn_strndup(agency, strlen(agency));
		b->len = before;
		b->data[b->len] = '\0';
	}
}

static NNArticleStatus
finish_article(NNArticle *article)
{
	if (article->body_len == 0)
		return NN_ARTICLE_EMPTY;
	if (!has_letter(article->body, article->body_len))
		return NN_ARTICLE_NO_LETTERS;
	article->nsentences = nn_split_sentences(article->body, article->body_len,
											 &article->sentences);
	return NN_ARTICLE_OK;
}

static void
article_init(NNArticle *article)
{
	memset(article, 0, sizeof(*article));
	article->published = NN_NO_DATE;
}

/* What the document said about itself wins: set it before the text is read, so that
 * the text's own guesses (a title line, a date header) only fill what is missing. */
static void
preset_meta(NNArticle *article, const NNArticleMeta *meta)
{
	if (meta == NULL)
		return;
	article->published = meta->published != NN_NO_DATE ? meta->published : meta->modified;
	article->title = meta->title ? nn_strndup(meta->title, strlen(meta->title)) : NULL;
	article->source = meta->source ? nn_strndup(meta->source, strlen(meta->source)) : NULL;
	nn_article_set_extra(article, meta->url, meta->authors, meta->tags);
}

NNArticleStatus
nn_article_parse_text(const char *raw, int32_t len, const NNArticleMeta *meta,
					  NNArticle *article)
{
	Buf			work = {NULL, 0, 0};
	Parse		p;
	int32_t		line_start = 0;
	bool		first = true;
	NNArticleStatus status;

	article_init(article);
	if (len > NN_ARTICLE_MAX_BYTES)
		return NN_ARTICLE_TOO_LONG;
	if (!nn_utf8_valid(raw, (size_t) len))
		return NN_ARTICLE_BAD_ENCODING;

	preset_meta(article, meta);
	clean_characters(raw, len, &work);
	memset(&p, 0, sizeof(p));
	p.article = article;
	p.header_zone = true;
	p.guess_title = meta == NULL || !meta->headings_only;

	while (line_start <= work.len)
	{
		const char *nl = memchr(work.data + line_start, '\n', (size_t) (work.len - line_start));
		int32_t		line_end = nl ? (int32_t) (nl - work.data) : work.len;
		Line		l = trim(work.data + line_start, line_end - line_start);

		nn_work(1);
		if (l.len > 0)
		{
			take_line(&p, l, first);
			first = false;
		}
		line_start = line_end + 1;
	}
	/* a lone headline-like line with no prose after it is the text itself */
	if (p.have_pending_title)
	{
		if (p.body.len == 0)
			add_paragraph(&p, p.pending_title);
		else
			article->title = copy_line(p.pending_title);
	}
	take_agency_tag(&p);
	nn_free(work.data);
	if (article->title == NULL && meta != NULL && meta->title_fallback != NULL)
		article->title = nn_strndup(meta->title_fallback, strlen(meta->title_fallback));

	article->body = p.body.data ? p.body.data : nn_strndup("", 0);
	article->body_len = p.body.len;
	status = finish_article(article);
	if (status != NN_ARTICLE_OK)
		nn_article_free(article);
	return status;
}

NNArticleStatus
nn_article_from_fields(const char *title, const char *dateline, const char *source,
					   const char *body, int32_t body_len, int32_t published,
					   NNArticle *article)
{
	NNArticleStatus status;

	article_init(article);
	if (body_len > NN_ARTICLE_MAX_BYTES)
		return NN_ARTICLE_TOO_LONG;
	if (!nn_utf8_valid(body, (size_t) body_len))
		return NN_ARTICLE_BAD_ENCODING;
	article->published = published;
	article->title = title ? nn_strndup(title, strlen(title)) : NULL;
	article->dateline = dateline ? nn_strndup(dateline, strlen(dateline)) : NULL;
	article->source = source ? nn_strndup(source, strlen(source)) : NULL;
	article->body = nn_strndup(body, (size_t) body_len);
	article->body_len = body_len;
	status = finish_article(article);
	if (status != NN_ARTICLE_OK)
		nn_article_free(article);
	return status;
}

void
nn_article_set_extra(NNArticle *article, const char *url, const char *authors,
					 const char *tags)
{
	article->url = url ? nn_strndup(url, strlen(url)) : NULL;
	article->authors = authors ? nn_strndup(authors, strlen(authors)) : NULL;
	article->tags = tags ? nn_strndup(tags, strlen(tags)) : NULL;
}

void
nn_article_free(NNArticle *article)
{
	nn_free(article->title);
	nn_free(article->dateline);
	nn_free(article->source);
	nn_free(article->url);
	nn_free(article->authors);
	nn_free(article->tags);
	nn_free(article->body);
	nn_free(article->sentences);
	article->title = article->dateline = article->source = article->body = NULL;
	article->url = article->authors = article->tags = NULL;
	article->sentences = NULL;
	article->body_len = article->nsentences = 0;
}
