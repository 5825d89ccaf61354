/*
 * svg_text.c: cleaning, XML escaping and width estimates of the strings in an SVG.
 */
#include "svg_text.h"

#include <string.h>

#include "nn_alloc.h"
#include "utf8.h"

#define ELLIPSIS "\xE2\x80\xA6"	/* U+2026 */

/* Characters an XML 1.0 document may not hold, or should not (controls, noncharacters). */
static bool
xml_unwanted(uint32_t cp)
{
	if (cp < 0x20)
		return cp != '\t' && cp != '\n' && cp != '\r';
	if (cp >= 0x7F && cp <= 0x9F)
		return true;
	if (cp >= 0xFDD0 && cp <= 0xFDEF)
		return true;
	return (cp & 0xFFFE) == 0xFFFE;
}

char *
svg_clean(const char *s, size_t len, bool keep_newlines)
{
	char	   *out = nn_alloc(len + 1);
	size_t		n = 0;
	size_t		pos = 0;
	char		pending = 0;	/* a blank or line break seen since the last character */

	while (pos < len)
	{
		int			seq = nn_utf8_seqlen(s + pos, len - pos);
		size_t		at = pos;
		uint32_t	cp;

		if (seq == 0)
		{
			pos++;				/* invalid byte: dropped */
			continue;
		}
		cp = nn_utf8_next(s, len, &pos);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
		{
			if (keep_newlines && cp == '\n')
				pending = '\n';
			else if (pending == 0)
				pending = ' ';
			continue;
		}
		if (xml_unwanted(cp))
			continue;
		if (pending && n > 0)
			out[n++] = pending;
		pending = 0;
		memcpy(out + n, s + at, (size_t) seq);
		n += (size_t) seq;
	}
	out[n] = '\0';
	return out;
}

void
svg_put_escaped(SvgBuf *buf, const char *clean, bool ascii_only)
{
	size_t		len = strlen(clean);
	size_t		pos = 0;
	size_t		run = 0;		/* start of the bytes not yet copied */

	while (pos < len)
	{
		size_t		at = pos;
		uint32_t	cp = nn_utf8_next(clean, len, &pos);
		const char *entity = NULL;

		switch (cp)
		{
			case '&':
				entity = "&amp;";
				break;
			case '<':
				entity = "&lt;";
				break;
			case '>':
				entity = "&gt;";
				break;
			case '"':
				entity = "&quot;";
				break;
			case '\'':
				entity = "&apos;";
				break;
		}
		if (entity == NULL && !(ascii_only && cp >= 0x80))
			continue;
		svg_buf_put(buf, clean + run, at - run);
		if (entity)
			svg_buf_puts(buf, entity);
		else
			svg_buf_printf(buf, "&#x%X;", (unsigned) cp);
		run = pos;
	}
	svg_buf_put(buf, clean + run, len - run);
}

/* East Asian wide and emoji ranges: a full em. */
static bool
is_wide(uint32_t cp)
{
	return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
		(cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
		(cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
		cp >= 0x20000;
}

/* Advance of one character in em, at or above DejaVu Sans and Verdana's widths. */
static double
char_em(uint32_t cp)
{
	if (cp == ' ')
		return 0.36;
	if (cp < 0x80)
	{
		if (strchr("ijlftrI.,:;'!|()[]{}`", (int) cp))
			return 0.45;
		if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W' || cp == '@' || cp == '%')
			return 1.05;
		if (cp >= 'A' && cp <= 'Z')
			return 0.82;
		return 0.68;
	}
	if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
		(cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		return 0.0;				/* combining marks and bidi controls take no room */
	if (is_wide(cp))
		return 1.05;
	return 0.9;
}

double
svg_text_width(const char *clean, double font_size)
{
	size_t		len = strlen(clean);
	size_t		pos = 0;
	double		em = 0.0;

	while (pos < len)
		em += char_em(nn_utf8_next(clean, len, &pos));
	return em * font_size;
}

char *
svg_text_fit(const char *clean, double font_size, double max_width)
{
	size_t		len = strlen(clean);
	double		budget = max_width - char_em(0x2026) * font_size;
	double		used = 0.0;
	size_t		pos = 0;
	size_t		keep = 0;
	char	   *out;

	if (svg_text_width(clean, font_size) <= max_width)
		return nn_strndup(clean, len);
	if (budget < 0)
		return NULL;
	while (pos < len)
	{
		double		w = char_em(nn_utf8_next(clean, len, &pos)) * font_size;

		if (used + w > budget)
			break;
		used += w;
		keep = pos;
	}
	while (keep > 0 && clean[keep - 1] == ' ')
		keep--;					/* no blank before the ellipsis */
	out = nn_alloc(keep + sizeof(ELLIPSIS));
	memcpy(out, clean, keep);
	memcpy(out + keep, ELLIPSIS, sizeof(ELLIPSIS));
	return out;
}
