/*
 * markdown.c: Markdown -> plain paragraphs.
 *
 * Block structure is read a line at a time (fences, headings, rules, quotes, lists,
 * tables, blank lines); a paragraph's lines are joined with spaces, as Markdown reads
 * them, so hard-wrapped text becomes whole sentences again. Inline markup is then
 * rewritten: links give their text, images nothing, emphasis and code markers vanish,
 * HTML tags are dropped and entities decoded. A paragraph made only of links (a
 * navigation bar, a row of badges) is dropped: it is site furniture, not article text.
 */
#include "markdown.h"

#include <string.h>
#include <strings.h>

#include "nn_alloc.h"

/* Brackets and link targets longer than this are not looked for. */
#define MD_SCAN_LIMIT 2048
#define MD_MAX_NESTING 4
/* Bytes the look-ahead for closing brackets may read, per byte of a block: past it,
 * brackets are text. Keeps "[[[[[..." linear instead of MD_SCAN_LIMIT times the length. */
#define MD_SCAN_BUDGET_PER_BYTE 16

typedef struct InlineStats
{
	int32_t		letters;		/* letters and digits written */
	int32_t		link_letters;	/* of which inside link text */
	int32_t		links;
	int32_t		images;
	int64_t		scan_budget;	/* look-ahead bytes left (MD_SCAN_BUDGET_PER_BYTE) */
} InlineStats;

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool
is_word_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		(unsigned char) c >= 0x80;
}

static bool
is_ascii_punct(char c)
{
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
		(c >= '{' && c <= '~');
}

/* ------------------------------------------------------------------- entities */

static const struct
{
	const char *name;
	uint32_t	cp;
}			named_entities[] =
{
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
	{"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026},
	{"laquo", 0xAB}, {"raquo", 0xBB}, {"copy", 0xA9}, {"reg", 0xAE}, {"euro", 0x20AC},
	{"bull", 0x2022}, {"middot", 0xB7}, {"shy", 0xAD}, {"thinsp", 0x2009},
};

int32_t
nn_decode_entity(const char *s, int32_t len, NNBuf *out)
{
	int32_t		end = 1;
	uint32_t	cp = 0;

	if (len < 3 || s[0] != '&')
		return 0;
	while (end < len && end < 12 && s[end] != ';')
		end++;
	if (end >= len || s[end] != ';')
		return 0;
	if (s[1] == '#')
	{
		bool		hex = end > 2 && (s[2] == 'x' || s[2] == 'X');

		for (int32_t i = hex ? 3 : 2; i < end; i++)
		{
			char		c = s[i];
			int			d = c >= '0' && c <= '9' ? c - '0' :
				hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 :
				hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

			if (d < 0)
				return 0;
			cp = cp * (hex ? 16 : 10) + (uint32_t) d;
			if (cp > 0x10FFFF)
				return 0;
		}
		if (end == (hex ? 3 : 2))
			return 0;
	}
	else
	{
		size_t		k;

		for (k = 0; k < sizeof(named_entities) / sizeof(named_entities[0]); k++)
			if ((int32_t) strlen(named_entities[k].name) == end - 1 &&
				strncmp(s + 1, named_entities[k].name, (size_t) (end - 1)) == 0)
				break;
		if (k == sizeof(named_entities) / sizeof(named_entities[0]))
			return 0;
		cp = named_entities[k].cp;
	}
	if (cp == 0xAD)
		return end + 1;			/* a soft hyphen is invisible */
	nn_buf_append_utf8(out, cp == 0xA0 ? ' ' : cp);
	return end + 1;
}

/* --------------------------------------------------------------------- inline */

static void inline_to_text(const char *s, int32_t len, int depth, NNBuf *out, InlineStats *st);

/* The ']' closing the '[' at s[open], brackets nested; -1 when none close enough. */
static int32_t
closing_bracket(const char *s, int32_t len, int32_t open, int64_t *budget)
{
	int			depth = 0;
	int32_t		limit = len < open + MD_SCAN_LIMIT ? len : open + MD_SCAN_LIMIT;

	if (*budget <= 0)
		return -1;
	if (limit - open > *budget)
		limit = open + (int32_t) *budget;
	*budget -= limit - open;
	for (int32_t i = open; i < limit; i++)
	{
		if (s[i] == '\\')
			i++;
		else if (s[i] == '[')
			depth++;
		else if (s[i] == ']' && --depth == 0)
			return i;
	}
	return -1;
}

/* After "]": "(target)" or "[ref]"; returns the index after it, or -1. */
static int32_t
link_target_end(const char *s, int32_t len, int32_t i, int64_t *budget)
{
	char		close;
	int			depth = 0;
	int32_t		limit;

	if (i >= len || (s[i] != '(' && s[i] != '[') || *budget <= 0)
		return -1;
	close = s[i] == '(' ? ')' : ']';
	limit = len < i + MD_SCAN_LIMIT ? len : i + MD_SCAN_LIMIT;
	if (limit - i > *budget)
		limit = i + (int32_t) *budget;
	*budget -= limit - i;
	for (int32_t j = i; j < limit; j++)
	{
		if (s[j] == s[i])
			depth++;
		else if (s[j] == close && --depth == 0)
			return j + 1;
	}
	return -1;
}

/* An HTML tag, comment or autolink at s[i] ('<'); returns its end, or -1. */
static int32_t
html_tag_end(const char *s, int32_t len, int32_t i)
{
	int32_t		limit = len < i + MD_SCAN_LIMIT ? len : i + MD_SCAN_LIMIT;

	if (i + 1 >= len)
		return -1;
	if (i + 3 < len && strncmp(s + i, "<!--", 4) == 0)
	{
		for (int32_t j = i + 4; j + 2 < len; j++)
			if (strncmp(s + j, "-->", 3) == 0)
				return j + 3;
		return len;				/* a comment never closed hides the rest */
	}
	if (!((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
		  s[i + 1] == '/' || s[i + 1] == '!'))
		return -1;
	for (int32_t j = i + 1; j < limit; j++)
	{
		if (s[j] == '>')
			return j + 1;
		if (s[j] == '<' || s[j] == '\n')
			return -1;
	}
	return -1;
}

/* "<br>", "</p>", "<div ...>": a tag that separates words. */
static bool
tag_breaks_words(const char *s, int32_t n)
{
	static const char *const blocks[] = {"br", "p", "div", "h1", "h2", "h3", "h4", "li",
	"td", "th", "tr", "img", "hr", "blockquote", "section", "table"};
	int32_t		i = 1;
	int32_t		name_end;

	if (i < n && s[i] == '/')
		i++;
	name_end = i;
	while (name_end < n && ((s[name_end] >= 'a' && s[name_end] <= 'z') ||
							(s[name_end] >= 'A' && s[name_end] <= 'Z') ||
							(s[name_end] >= '0' && s[name_end] <= '9')))
		name_end++;
	for (size_t k = 0; k < sizeof(blocks) / sizeof(blocks[0]); k++)
		if ((int32_t) strlen(blocks[k]) == name_end - i &&
			strncasecmp(s + i, blocks[k], (size_t) (name_end - i)) == 0)
			return true;
	return false;
}

/*
 * The classes of a byte, by table (inline_to_text's plain runs read every byte of the
 * text): INLINE_LETTER, the first byte of a letter or digit (a word byte that is no
 * UTF-8 continuation byte); INLINE_MARKER, one inline_to_text may read as more than
 * itself.
 */
#define INLINE_LETTER 1
#define INLINE_MARKER 2

static const unsigned char inline_class[256] = {
	['0' ... '9'] = INLINE_LETTER, ['A' ... 'Z'] = INLINE_LETTER,
	['a' ... 'z'] = INLINE_LETTER, [0xC0 ... 0xFF] = INLINE_LETTER,
	['\\'] = INLINE_MARKER, ['!'] = INLINE_MARKER, ['['] = INLINE_MARKER,
	['<'] = INLINE_MARKER, ['&'] = INLINE_MARKER, ['*'] = INLINE_MARKER,
	['`'] = INLINE_MARKER, ['~'] = INLINE_MARKER, ['_'] = INLINE_MARKER,
};

static void
count_letters(const char *s, int32_t n, int32_t *letters)
{
	for (int32_t i = 0; i < n; i++)
		*letters += inline_class[(unsigned char) s[i]] & INLINE_LETTER;
}

static void
emit(NNBuf *out, InlineStats *st, const char *s, int32_t n)
{
	count_letters(s, n, &st->letters);
	nn_buf_append(out, s, n);
}

static void
inline_to_text(const char *s, int32_t len, int depth, NNBuf *out, InlineStats *st)
{
	int32_t		i = 0;

	while (i < len)
	{
		char		c = s[i];
		int32_t		close,
					end;

		if (c == '\\' && i + 1 < len && is_ascii_punct(s[i + 1]))
		{
			emit(out, st, s + i + 1, 1);
			i += 2;
		}
		else if ((c == '!' && i + 1 < len && s[i + 1] == '[') || c == '[')
		{
			int32_t		open = c == '!' ? i + 1 : i;

			close = depth < MD_MAX_NESTING ? closing_bracket(s, len, open, &st->scan_budget) : -1;
			end = close >= 0 ? link_target_end(s, len, close + 1, &st->scan_budget) : -1;
			if (end < 0)
			{
				emit(out, st, s + i, 1);
				i++;
				continue;
			}
			if (c == '!')
				st->images++;
			else
			{
				int32_t		before = st->letters;

				st->links++;
				inline_to_text(s + open + 1, close - open - 1, depth + 1, out, st);
				st->link_letters += st->letters - before;
			}
			i = end;
		}
		else if (c == '<' && (end = html_tag_end(s, len, i)) > 0)
		{
			if (tag_breaks_words(s + i, end - i))
				nn_buf_append_char(out, ' ');
			i = end;
		}
		else if (c == '&' && (end = nn_decode_entity(s + i, len - i, out)) > 0)
			i += end;
		else if (c == '*' || c == '`' || (c == '~' && i + 1 < len && s[i + 1] == '~'))
			i += c == '~' ? 2 : 1;
		else if (c == '_' && (i == 0 || !is_word_byte(s[i - 1]) || i + 1 >= len ||
							  !is_word_byte(s[i + 1])))
			i++;				/* emphasis; an underscore inside a word stays */
		else
		{
			/* a run of plain bytes goes out at once (most of a line is one) */
			int32_t		run = i;
			int32_t		letters = 0;

			do
			{
				letters += inline_class[(unsigned char) s[run]] & INLINE_LETTER;
				run++;
			} while (run < len && !(inline_class[(unsigned char) s[run]] & INLINE_MARKER));
			st->letters += letters;
			nn_buf_append(out, s + i, run - i);
			i = run;
		}
	}
}

/* ---------------------------------------------------------------------- blocks */

typedef struct Md
{
	NNBuf	   *out;
	NNBuf		para;			/* the raw Markdown of the paragraph being read */
	int32_t		para_lines;
	bool		para_is_item;	/* it began as a list item: the next item is a sibling */
	int32_t		last_number;	/* of the last numbered item, 0 before any */
} Md;

static bool
is_navigation(const InlineStats *st)
{
	if (st->letters == 0)
		return true;
	if (st->links == 0)
		return false;
	/* a line of links, or a short one that is all link: "Home | News | World" */
	return (st->links >= 2 && st->link_letters * 10 >= st->letters * 8) ||
		(st->link_letters == st->letters && st->letters < 40);
}

/* Convert one block's Markdown and write it as a line, unless it is furniture. */
static void
write_block(Md *md, const char *prefix, const char *s, int32_t len)
{
	NNBuf		text = {NULL, 0, 0};
	InlineStats st = {0, 0, 0, 0, (int64_t) len * MD_SCAN_BUDGET_PER_BYTE + MD_SCAN_LIMIT};

	inline_to_text(s, len, 0, &text, &st);
	if (!is_navigation(&st))
	{
		nn_buf_append_str(md->out, prefix);
		nn_buf_append(md->out, text.data, text.len);
		nn_buf_append_str(md->out, "\n\n");
	}
	nn_free(text.data);
}

static void
flush(Md *md)
{
	if (md->para.len > 0)
		write_block(md, "", md->para.data, md->para.len);
	md->para.len = 0;
	md->para_lines = 0;
	md->para_is_item = false;
}

typedef struct MdLine
{
	const char *s;
	int32_t		len;
} MdLine;

static MdLine
strip_line(const char *s, int32_t len)
{
	MdLine		l = {s, len};

	while (l.len > 0 && (is_blank(l.s[0]) || (l.len >= 2 && (unsigned char) l.s[0] == 0xC2 &&
											  (unsigned char) l.s[1] == 0xA0)))
	{
		int			n = is_blank(l.s[0]) ? 1 : 2;

		l.s += n, l.len -= n;
	}
	while (l.len > 0 && (is_blank(l.s[l.len - 1]) || l.s[l.len - 1] == '\r' ||
						 (l.len >= 2 && (unsigned char) l.s[l.len - 2] == 0xC2 &&
						  (unsigned char) l.s[l.len - 1] == 0xA0)))
		l.len -= is_blank(l.s[l.len - 1]) || l.s[l.len - 1] == '\r' ? 1 : 2;
	return l;
}

/* "---", "***", "___", "===": a rule, or under a one-line paragraph a heading mark. */
static char
rule_char(MdLine l)
{
	int			count = 0;
	char		ch = l.len > 0 ? l.s[0] : '\0';

	if (ch != '-' && ch != '*' && ch != '_' && ch != '=')
		return '\0';
	for (int32_t i = 0; i < l.len; i++)
	{
		if (l.s[i] == ch)
			count++;
		else if (!is_blank(l.s[i]))
			return '\0';
	}
	return count >= 3 ? ch : '\0';
}

static int32_t
heading_level(MdLine l)
{
	int32_t		n = 0;

	while (n < l.len && l.s[n] == '#')
		n++;
	return n >= 1 && n <= 6 && (n == l.len || is_blank(l.s[n])) ? n : 0;
}

/*
 * "- item", "* item", "+ item", "1. item", "2) item": the item text's offset, or 0; and
 * in *number the item's number, -1 for a bullet.
 */
static int32_t
list_item_start(MdLine l, int32_t *number)
{
	int32_t		i = 0;
	int32_t		n = 0;

	*number = -1;
	if (l.len >= 2 && (l.s[0] == '-' || l.s[0] == '*' || l.s[0] == '+') && is_blank(l.s[1]))
		return 2;
	for (; i < l.len && i < 9 && l.s[i] >= '0' && l.s[i] <= '9'; i++)
		n = n * 10 + (l.s[i] - '0');
	if (i > 0 && i + 1 < l.len && (l.s[i] == '.' || l.s[i] == ')') && is_blank(l.s[i + 1]))
	{
		*number = n;
		return i + 2;
	}
	return 0;
}

/*
 * Whether a list item (its number, -1 for a bullet) ends the paragraph before it. As
 * CommonMark has it, a bullet does, a numbered item when it starts a list at 1; and here
 * also the number after the last item read ("13." after an item 12 and its lettered
 * sub-points). Text hard-wrapped at a width puts numbers at the start of lines ("...
 * resume in Washington on July" / "18. The French ..."); read as an item, the day went
 * and the sentence broke in two.
 */
static bool
interrupts_paragraph(int32_t number, int32_t last_number)
{
	return number == -1 || number == 1 || (last_number > 0 && number == last_number + 1);
}

static bool
is_table_separator(MdLine l)
{
	bool		dash = false;

	for (int32_t i = 0; i < l.len; i++)
	{
		if (l.s[i] == '-')
			dash = true;
		else if (l.s[i] != '|' && l.s[i] != ':' && !is_blank(l.s[i]))
			return false;
	}
	return dash;
}

/* A table row: its cells, trimmed, joined by "; ". */
static void
write_table_row(Md *md, MdLine l)
{
	NNBuf		row = {NULL, 0, 0};
	int32_t		start = l.s[0] == '|' ? 1 : 0;
	int32_t		end = l.len > 1 && l.s[l.len - 1] == '|' ? l.len - 1 : l.len;
	int32_t		cell = start;

	for (int32_t i = start; i <= end; i++)
		if (i == end || (l.s[i] == '|' && l.s[i - 1] != '\\'))
		{
			MdLine		c = strip_line(l.s + cell, i - cell);

			if (c.len > 0)
			{
				if (row.len > 0)
					nn_buf_append_str(&row, "; ");
				nn_buf_append(&row, c.s, c.len);
			}
			cell = i + 1;
		}
	if (row.len > 0)
		write_block(md, "", row.data, row.len);
	nn_free(row.data);
}

/* A reference definition: "[1]: https://..." */
static bool
is_reference_definition(MdLine l)
{
	int32_t		close;

	int64_t		budget = MD_SCAN_LIMIT;

	if (l.len < 4 || l.s[0] != '[')
		return false;
	close = closing_bracket(l.s, l.len, 0, &budget);
	return close > 0 && close + 1 < l.len && l.s[close + 1] == ':';
}

/* The line starting at pos, stripped. */
static MdLine
line_at(const char *s, int32_t len, int32_t pos)
{
	const char *nl;

	if (pos >= len)
		return (MdLine) {s + len, 0};
	nl = memchr(s + pos, '\n', (size_t) (len - pos));
	return strip_line(s + pos, nl ? (int32_t) (nl - s) - pos : len - pos);
}

static bool
ends_with_hard_break(const char *raw, int32_t raw_len)
{
	if (raw_len > 0 && raw[raw_len - 1] == '\r')
		raw_len--;
	return (raw_len >= 2 && raw[raw_len - 1] == ' ' && raw[raw_len - 2] == ' ') ||
		(raw_len >= 1 && raw[raw_len - 1] == '\\');
}

void
nn_markdown_to_text(const char *s, int32_t len, NNBuf *out)
{
	Md			md = {out, {NULL, 0, 0}, 0, false, 0};
	char		fence = '\0';
	int32_t		pos = 0;

	while (pos < len)
	{
		const char *nl = memchr(s + pos, '\n', (size_t) (len - pos));
		int32_t		raw_len = nl ? (int32_t) (nl - s) - pos : len - pos;
		const char *raw = s + pos;
		MdLine		l = strip_line(raw, raw_len);
		int32_t		item;
		int32_t		number;
		char		rule;

		pos += raw_len + 1;
		if (fence != '\0')
		{
			if (l.len >= 3 && l.s[0] == fence && l.s[1] == fence && l.s[2] == fence)
				fence = '\0';
			continue;
		}
		while (l.len > 0 && l.s[0] == '>')
			l = strip_line(l.s + 1, l.len - 1);
		if (l.len == 0)
		{
			flush(&md);
			continue;
		}
		if (l.len >= 3 && (strncmp(l.s, "```", 3) == 0 || strncmp(l.s, "~~~", 3) == 0))
		{
			flush(&md);
			fence = l.s[0];
			continue;
		}
		if (heading_level(l) > 0)
		{
			int32_t		level = heading_level(l);
			MdLine		text = strip_line(l.s + level, l.len - level);

			while (text.len > 0 && text.s[text.len - 1] == '#')
				text = strip_line(text.s, text.len - 1);
			flush(&md);
			write_block(&md, "# ", text.s, text.len);
			md.last_number = 0;	/* a list does not go on past a heading */
			continue;
		}
		if ((rule = rule_char(l)) != '\0')
		{
			/* "Title\n=====" or "Title\n-----": the paragraph was a heading */
			if ((rule == '=' || rule == '-') && md.para_lines == 1)
			{
				write_block(&md, "# ", md.para.data, md.para.len);
				md.para.len = 0;
				md.para_lines = 0;
				md.para_is_item = false;
			}
			flush(&md);
			continue;
		}
		if (l.s[0] == '|' || (md.para_lines == 0 && memchr(l.s, '|', (size_t) l.len) != NULL &&
							  is_table_separator(line_at(s, len, pos))))
		{
			flush(&md);
			if (!is_table_separator(l))
				write_table_row(&md, l);
			continue;
		}
		if (md.para_lines == 0 && is_reference_definition(l))
			continue;
		if ((item = list_item_start(l, &number)) > 0 &&
			(md.para_lines == 0 || md.para_is_item || interrupts_paragraph(number, md.last_number)))
		{
			flush(&md);
			md.para_is_item = true;
			if (number > 0)
				md.last_number = number;
			l = strip_line(l.s + item, l.len - item);
		}
		if (md.para_lines > 0)
			nn_buf_append_char(&md.para, ' ');
		nn_buf_append(&md.para, l.s, l.len);
		md.para_lines++;
		if (ends_with_hard_break(raw, raw_len))
			flush(&md);
	}
	flush(&md);
	nn_free(md.para.data);
}

/* ------------------------------------------------------------------- detection */

bool
nn_markdown_likely(const char *s, int32_t len)
{
	bool		heading = false,
				link = false,
				image = false,
				quote = false,
				table = false,
				escape = false,
				list = false;
	int32_t		limit = len < 65536 ? len : 65536;
	int32_t		pos = 0;
	int			list_items = 0;
	int32_t		number;

	while (pos < limit)
	{
		const char *nl = memchr(s + pos, '\n', (size_t) (limit - pos));
		int32_t		n = nl ? (int32_t) (nl - s) - pos : limit - pos;
		MdLine		l = strip_line(s + pos, n);

		if (heading_level(l) > 0 && l.len > heading_level(l))
			heading = true;
		if (l.len >= 2 && l.s[0] == '>' && l.s[1] == ' ')
			quote = true;
		if (l.len >= 3 && l.s[0] == '|' && is_table_separator(l))
			table = true;
		if (l.len >= 2 && l.s[0] == '\\' && is_ascii_punct(l.s[1]))
			escape = true;
		if (list_item_start(l, &number) > 0 && ++list_items >= 2)
			list = true;
		for (int32_t i = 0; i + 1 < l.len; i++)
		{
			const char *close = memchr(l.s + i, ']', (size_t) (l.len - 1 - i));

			if (close == NULL)
				break;
			i = (int32_t) (close - l.s);
			if (l.s[i + 1] == '(')
			{
				int32_t		open = i;

				while (open > 0 && l.s[open] != '[' && i - open < MD_SCAN_LIMIT)
					open--;
				if (open > 0 && l.s[open - 1] == '!')
					image = true;
				else if (l.s[open] == '[')
					link = true;
			}
		}
		pos += n + 1;
	}
	return heading + link + image + quote + table + escape + list >= 2;
}
