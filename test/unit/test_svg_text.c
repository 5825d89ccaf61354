/* Unit tests of svg_text: cleaning, XML escaping, width estimates and fitting. */
#include <stdlib.h>

#include "unit.h"
#include "nn_alloc.h"
#include "svg_buf.h"
#include "svg_text.h"

static char *
escaped(const char *raw, bool ascii_only)
{
	char	   *clean = svg_clean(raw, strlen(raw), false);
	SvgBuf		buf;

	svg_buf_init(&buf);
	svg_put_escaped(&buf, clean, ascii_only);
	nn_free(clean);
	return buf.data;
}

UNIT_TEST(svg_escape_markup)
{
	char	   *s = escaped("AT&T <b>\"quoted\" it's</b>", false);

	CHECK_STR(s, "AT&amp;T &lt;b&gt;&quot;quoted&quot; it&apos;s&lt;/b&gt;");
	nn_free(s);
}

UNIT_TEST(svg_clean_controls_and_blanks)
{
	/* C0 and C1 controls, DEL, a noncharacter and a stray byte go; blanks collapse. */
	const char	raw[] = "  a\x01" "b\x7f" "c \t\n d\xC2\x85" "e\xEF\xBF\xBE" "f\xFF  ";
	char	   *s = svg_clean(raw, sizeof(raw) - 1, false);

	CHECK_STR(s, "abc def");
	nn_free(s);
	s = svg_clean("one\r\n\n two", 11, true);
	CHECK_STR(s, "one\ntwo");
	nn_free(s);
}

UNIT_TEST(svg_escape_rtl_and_ascii_only)
{
	/* Arabic and Hebrew pass through as UTF-8, or as references when asked. */
	char	   *s = escaped("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 & \xD7\xA9", false);

	CHECK_STR(s, "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 &amp; \xD7\xA9");
	nn_free(s);
	s = escaped("Erdo\xC4\x9F" "an \xD8\xB3", true);
	CHECK_STR(s, "Erdo&#x11F;an &#x633;");
	nn_free(s);
}

UNIT_TEST(svg_text_width_and_fit)
{
	char	   *fit;

	CHECK(svg_text_width("", 11) == 0);
	CHECK(svg_text_width("WWW", 10) > svg_text_width("iii", 10));
	/* Generous: DejaVu Sans draws "Stoltenberg" about 64 px wide at 11 px. */
	CHECK(svg_text_width("Stoltenberg", 11) >= 64);
	fit = svg_text_fit("short", 11, 200);
	CHECK_STR(fit, "short");
	nn_free(fit);
	fit = svg_text_fit("a label far too long for the room it is given", 11, 80);
	CHECK(fit != NULL);
	CHECK(svg_text_width(fit, 11) <= 80);
	CHECK(strstr(fit, "\xE2\x80\xA6") != NULL);
	nn_free(fit);
	/* Truncation keeps whole characters: no split UTF-8 sequence. */
	fit = svg_text_fit("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", 11, 40);
	CHECK(fit != NULL);
	CHECK_INT(strlen(fit) % 2, 1);	/* 2-byte letters and a 3-byte ellipsis */
	nn_free(fit);
	CHECK(svg_text_fit("anything", 11, 3) == NULL);
}
