/*
 * html_reader.h: a web page as a crawler saves it -> the article's metadata and its
 * main text as plain paragraphs.
 *
 * The page is parsed by libxml2's HTML parser (it recovers from any markup, decodes
 * entities); the choice of the main text is ours, in the way of the readability
 * family: paragraphs score their containers by length and commas, class and tag hints
 * raise or lower them, link density discounts them; navigation, menus, footers,
 * related links, comments, cookie notices, share buttons, scripts and styles never
 * count. Title, date, authors and canonical URL come from meta tags, JSON-LD, <time>,
 * itemprop and the page's own <title> and <h1>.
 */
#ifndef NN_HTML_READER_H
#define NN_HTML_READER_H

#include <stdbool.h>
#include <stdint.h>

#include "article_meta.h"
#include "text_buf.h"

/* Whether the text looks like HTML: a page, or a fragment of several paragraphs. */
bool		nn_html_likely(const char *s, int32_t len);

/* Whether it opens as a whole page does: <!DOCTYPE html>, <html> or <head>. */
bool		nn_html_is_page(const char *s, int32_t len);

/*
 * Read the page: metadata into meta, the main text into text, one paragraph a line
 * (a heading found in the page and no title elsewhere comes first, as "# heading").
 * A page without article text leaves text empty.
 */
void		nn_html_read(const char *s, int32_t len, NNArticleMeta *meta, NNBuf *text);

#endif
