/*
 * markdown.h: Markdown as archive repositories and static sites store articles, turned
 * into the plain text the article parser reads: one paragraph a line, headings kept as
 * "# heading" lines (the parser takes the first as the title), links reduced to their
 * text, images, badges, navigation lines, code blocks and markup dropped, block quotes
 * and tables kept as text, HTML fragments stripped and their entities decoded.
 */
#ifndef NN_MARKDOWN_H
#define NN_MARKDOWN_H

#include <stdbool.h>
#include <stdint.h>

#include "text_buf.h"

/* Whether the text shows enough Markdown syntax (two kinds at least) to be read as it. */
bool		nn_markdown_likely(const char *s, int32_t len);

/* Append the plain text of len bytes of Markdown to out. */
void		nn_markdown_to_text(const char *s, int32_t len, NNBuf *out);

/*
 * Decode the character entity at s ("&amp;", "&#8217;", "&#x2019;", "&nbsp;") into out;
 * returns the bytes read, 0 when s holds no entity we know. Shared with the HTML reader
 * for the odd entity left in attribute text.
 */
int32_t		nn_decode_entity(const char *s, int32_t len, NNBuf *out);

#endif
