/*
 * svg_text.h: the strings that go into an SVG document: cleaning, XML escaping, and a
 * width estimate for laying labels out without a font engine.
 *
 * Every string from the database passes svg_clean first (invalid UTF-8 and the
 * characters XML 1.0 forbids removed, whitespace collapsed), so that measuring,
 * truncating and escaping all see the same characters.
 */
#ifndef NN_SVG_TEXT_H
#define NN_SVG_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "svg_buf.h"

/*
 * A clean copy of len bytes of s (nn_alloc'd, NUL-terminated): invalid UTF-8, C0 and C1
 * controls, DEL and Unicode noncharacters dropped; runs of blanks collapsed to one
 * space and the ends trimmed. With keep_newlines a line break survives (as "\n", once
 * per run); otherwise it counts as a blank.
 */
char	   *svg_clean(const char *s, size_t len, bool keep_newlines);

/*
 * Append clean text as XML character data or an attribute value: & < > " ' become
 * entity references. With ascii_only every non-ASCII character is written as a numeric
 * character reference, so the document reads the same in any client encoding.
 */
void		svg_put_escaped(SvgBuf *buf, const char *clean, bool ascii_only);

/*
 * Width in pixels that clean text takes at font_size in the fonts the documents ask
 * for (DejaVu Sans, Verdana). Deliberately generous: labels placed by this estimate
 * must not touch in a real renderer, so every glyph is taken at least as wide as its
 * widest common shape.
 */
double		svg_text_width(const char *clean, double font_size);

/*
 * clean itself (a fresh copy) when it fits in max_width, else its longest prefix of
 * whole characters followed by an ellipsis that does. NULL when not even the ellipsis
 * fits.
 */
char	   *svg_text_fit(const char *clean, double font_size, double max_width);

#endif
