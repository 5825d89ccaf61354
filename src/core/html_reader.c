/*
 * html_reader.c: the main text and metadata of a web page (see html_reader.h).
 *
 * One walk over the parsed tree does three things: it reads metadata (meta, link,
 * JSON-LD, time, itemprop, byline classes), it cuts the page into blocks of text (a
 * block is the inline text between two block-level tags), and it scores the
 * containers of the blocks. The best container, widened to an ancestor when the best
 * few share one, gives the article; its blocks are written in page order, minus those
 * that are mostly links.
 */
#include "html_reader.h"

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "civil_date.h"
#include "json_ld.h"
#include "nn_alloc.h"

/* libxml2 refuses deeper trees anyway (256); our recursion stops here too. */
#define HTML_MAX_DEPTH 256
/* A block shorter than this scores nothing: a label, a button, a date. */
#define MIN_SCORED_CHARS 25

typedef struct Block
{
	int32_t		start;			/* text in Reader.blocks_text */
	int32_t		len;
	int32_t		link_chars;		/* characters inside <a> */
	xmlNode    *container;		/* the block-level element holding the text */
	bool		heading;		/* h1..h6 */
	bool		h1;
	bool		bold_only;		/* all in <b> or <strong>: a headline on old pages */
} Block;

typedef struct Candidate
{
	xmlNode    *node;
	double		score;
	int32_t		text_chars;		/* all block text under it */
	int32_t		link_chars;
} Candidate;

typedef struct Reader
{
	NNArticleMeta *meta;
	NNBuf		blocks_text;
	Block	   *blocks;
	int32_t		nblocks;
	int32_t		blocks_cap;
	Candidate  *candidates;
	int32_t		ncandidates;
	int32_t		candidates_cap;
	/* the block being collected */
	int32_t		run_start;
	int32_t		run_links;
	int32_t		run_letters;	/* bytes other than spaces */
	int32_t		run_bold;		/* of which inside <b> or <strong> */
	bool		run_space;		/* a space is pending before the next word */
	int			in_link;
	int			in_bold;
	char	   *page_title;		/* <title>, used when nothing better names the article */
	int32_t		time_date;		/* the first <time datetime> in the content */
	bool		in_head;
} Reader;

/* ----------------------------------------------------------------- tag classes */

static bool
name_is(const xmlNode *n, const char *name)
{
	return n->name != NULL && strcasecmp((const char *) n->name, name) == 0;
}

static bool
name_in(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (name_is(n, *names))
			return true;
	return false;
}

/* Never article text, whatever their class. */
static const char *const skipped_tags[] = {
	"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
	"button", "select", "option", "textarea", "input", "iframe", "object", "embed",
	"figure", "figcaption", "menu", "dialog", "canvas", "video", "audio", "picture",
	"map", "head", NULL
};

static const char *const block_tags[] = {
	"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4",
	"h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "dl",
	"dt", "dd", "header", "body", "center", "address", "details", "summary", "hr", "html",
	NULL
};

/* Class or id words: a hint that the element is furniture (readability's list, and the
 * notices of today's sites). Strong ones win over any positive word. */
static const char *const strong_negative[] = {
	"cookie", "consent", "gdpr", "share", "sharing", "social", "newsletter", "subscribe",
	"related", "comment", "disqus", "promo", "advert", "sponsor", "recommend",
	"trending", "most-read", "mostread", "more-stories", "popular", "outbrain", "taboola",
	"paywall", "signup", "sign-up", "byline", "author", "timestamp", "dateline-date",
	"breadcrumb", "skip-link", "print-only", "caption", "credit", "tags", "topics",
	"read-more", "readmore", "widget", "contributor", "entry-meta", "post-meta",
	"article-meta", "posted-on", "release-date", "publish-date", "published-date",
	"post-date", "article-date", "date-published", "tweet", "instagram-media", "embed",
	NULL
};
static const char *const weak_negative[] = {
	"banner", "footer", "header", "menu", "nav", "sidebar", "masthead", "toolbar",
	"popup", "modal", "pagination", "pager", "rss", "meta", "extra", "supplemental",
	"shoutbox", "skyscraper", "-ad-", "ad-slot", "advertisement", NULL
};
static const char *const positive[] = {
	"article", "body", "content", "entry", "main", "post", "story", "text", "blog", NULL
};

static const char *
attribute(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a != NULL; a = a->next)
		if (a->name != NULL && strcasecmp((const char *) a->name, name) == 0)
			return a->children && a->children->content ? (const char *) a->children->content : "";
	return NULL;
}

static bool
contains_ci(const char *haystack, const char *needle)
{
	size_t		n = strlen(needle);

	for (const char *p = haystack; *p; p++)
		if (strncasecmp(p, needle, n) == 0)
			return true;
	return false;
}

/* Class and id, lower-cased, in out (cut at its size): what the hints are matched in. */
static void
hint_text(const xmlNode *n, char *out, size_t size)
{
	const char *cls = attribute(n, "class");
	const char *id = attribute(n, "id");
	size_t		len = 0;

	for (const char *part = cls ? cls : ""; part != NULL; part = part == id ? NULL : id)
	{
		for (const char *p = part; *p && len + 2 < size; p++)
			out[len++] = (*p >= 'A' && *p <= 'Z') ? (char) (*p + 32) : *p;
		if (len + 2 < size)
			out[len++] = ' ';
		if (id == NULL)
			break;
	}
	out[len] = '\0';
}

static bool
hint_matches(const xmlNode *n, const char *const *words)
{
	char		hints[256];

	if (n->properties == NULL)
		return false;
	hint_text(n, hints, sizeof(hints));
	if (hints[0] == '\0' || (hints[0] == ' ' && hints[1] == '\0'))
		return false;
	for (; *words; words++)
		if (strstr(hints, *words) != NULL)
			return true;
	return false;
}

/* Furniture by its tag, role, class or id, or hidden from readers. */
static bool
is_furniture(const xmlNode *n)
{
	const char *role = attribute(n, "role");
	const char *hidden = attribute(n, "aria-hidden");
	const char *style = attribute(n, "style");

	if (name_in(n, skipped_tags) || attribute(n, "hidden") != NULL)
		return true;
	/* the article itself is never furniture, whatever its classes say */
	if (name_is(n, "body") || name_is(n, "html") || name_is(n, "main") || name_is(n, "article"))
		return false;
	if (role && (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "complementary") == 0 ||
				 strcasecmp(role, "banner") == 0 || strcasecmp(role, "contentinfo") == 0 ||
				 strcasecmp(role, "dialog") == 0 || strcasecmp(role, "alertdialog") == 0 ||
				 strcasecmp(role, "menu") == 0))
		return true;
	if (hidden && strcasecmp(hidden, "true") == 0)
		return true;
	if (style && (contains_ci(style, "display:none") || contains_ci(style, "display: none")))
		return true;
	if (hint_matches(n, strong_negative))
		return true;
	return hint_matches(n, weak_negative) && !hint_matches(n, positive);
}

static double
class_weight(const xmlNode *n)
{
	double		w = 0;

	if (hint_matches(n, positive))
		w += 25;
	if (hint_matches(n, weak_negative))
		w -= 25;
	return w;
}

static double
tag_weight(const xmlNode *n)
{
	if (name_is(n, "article") || name_is(n, "main"))
		return 10;
	if (name_is(n, "div") || name_is(n, "section"))
		return 5;
	if (name_is(n, "pre") || name_is(n, "td") || name_is(n, "blockquote"))
		return 3;
	if (name_is(n, "ul") || name_is(n, "ol") || name_is(n, "dl") || name_is(n, "li") ||
		name_is(n, "form") || name_is(n, "address"))
		return -3;
	if (name_is(n, "th") || name_is(n, "header") || name_in(n, (const char *const[]) {"h1", "h2", "h3", "h4", "h5", "h6", NULL}))
		return -5;
	return 0;
}

/* ------------------------------------------------------------------ candidates */

static Candidate *
candidate_of(Reader *r, xmlNode *n)
{
	intptr_t	index = (intptr_t) n->_private;

	if (index > 0)
		return &r->candidates[index - 1];
	if (r->ncandidates == r->candidates_cap)
	{
		r->candidates_cap = r->candidates_cap ? r->candidates_cap * 2 : 64;
		r->candidates = nn_realloc(r->candidates, sizeof(Candidate) * (size_t) r->candidates_cap);
	}
	r->candidates[r->ncandidates] = (Candidate) {n, tag_weight(n) + class_weight(n), 0, 0};
	n->_private = (void *) (intptr_t) (++r->ncandidates);
	return &r->candidates[r->ncandidates - 1];
}

static int32_t
count_chars(const char *s, int32_t len)
{
	int32_t		n = 0;

	for (int32_t i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

static int32_t
count_commas(const char *s, int32_t len)
{
	int32_t		n = 0;

	for (int32_t i = 0; i < len; i++)
		n += s[i] == ',';
	return n;
}

/* A block's text counts for every ancestor (link density); its score for its
 * container's parent in full and for the grandparent in half. */
static void
score_block(Reader *r, const Block *b)
{
	int32_t		chars = count_chars(r->blocks_text.data + b->start, b->len);
	double		score;
	int			level = 0;

	for (xmlNode *a = b->container; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
	{
		Candidate  *c = candidate_of(r, a);

		c->text_chars += chars;
		c->link_chars += b->link_chars;
	}
	if (chars < MIN_SCORED_CHARS || b->heading)
		return;
	score = 1 + count_commas(r->blocks_text.data + b->start, b->len) + (chars / 100 < 3 ? chars / 100 : 3);
	for (xmlNode *a = b->container->parent; a != NULL && a->type == XML_ELEMENT_NODE && level < 2;
		 a = a->parent, level++)
		candidate_of(r, a)->score += level == 0 ? score : score / 2;
}

static double
final_score(const Candidate *c)
{
	double		density = c->text_chars > 0 ? (double) c->link_chars / c->text_chars : 0;

	return c->score * (1 - density);
}

static bool
is_ancestor(const xmlNode *ancestor, const xmlNode *n)
{
	for (; n != NULL; n = n->parent)
		if (n == ancestor)
			return true;
	return false;
}

/*
 * The article's container: the best candidate, or the closest ancestor shared by the
 * best few when their scores are close (an article cut into several wrappers).
 */
static xmlNode *
choose_container(Reader *r)
{
	Candidate  *best[5] = {NULL};
	xmlNode    *top;
	int			close = 0;

	for (int32_t i = 0; i < r->ncandidates; i++)
	{
		Candidate  *c = &r->candidates[i];

		for (int k = 0; k < 5; k++)
			if (best[k] == NULL || final_score(c) > final_score(best[k]))
			{
				memmove(best + k + 1, best + k, sizeof(best[0]) * (size_t) (4 - k));
				best[k] = c;
				break;
			}
	}
	/* no paragraph long enough to score: a short page or a fragment is all article */
	if (best[0] == NULL || final_score(best[0]) <= 0)
		return r->nblocks > 0 ? xmlDocGetRootElement(r->blocks[0].container->doc) : NULL;
	top = best[0]->node;
	for (int k = 1; k < 5 && best[k] != NULL; k++)
		close += final_score(best[k]) >= 0.75 * final_score(best[0]);
	if (close >= 2)
	{
		/* walk up until the ancestor holds at least three of the close candidates */
		for (xmlNode *a = top->parent; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
		{
			int			held = 1;

			for (int k = 1; k < 5 && best[k] != NULL; k++)
				held += final_score(best[k]) >= 0.75 * final_score(best[0]) &&
					is_ancestor(a, best[k]->node);
			if (held >= 3)
			{
				top = a;
				break;
			}
			if (name_is(a, "body"))
				break;
		}
	}
	return top;
}

/* ---------------------------------------------------------------------- blocks */

static void
end_block(Reader *r, xmlNode *container)
{
	NNBuf	   *t = &r->blocks_text;
	int32_t		len = t->len - r->run_start;

	r->run_space = false;
	if (len <= 0 || container == NULL)
	{
		t->len = r->run_start;
		r->run_links = r->run_letters = r->run_bold = 0;
		return;
	}
	if (r->nblocks == r->blocks_cap)
	{
		r->blocks_cap = r->blocks_cap ? r->blocks_cap * 2 : 64;
		r->blocks = nn_realloc(r->blocks, sizeof(Block) * (size_t) r->blocks_cap);
	}
	r->blocks[r->nblocks++] = (Block) {
		r->run_start, len, r->run_links, container,
		name_in(container, (const char *const[]) {"h1", "h2", "h3", "h4", "h5", "h6", NULL}),
		name_is(container, "h1"), r->run_bold == r->run_letters
	};
	nn_buf_append_char(t, '\n');
	r->run_start = t->len;
	r->run_links = r->run_letters = r->run_bold = 0;
}

/* Append text with white space collapsed; a space is written only before a word. */
static void
add_text(Reader *r, const char *s)
{
	NNBuf	   *t = &r->blocks_text;

	for (const unsigned char *p = (const unsigned char *) s; *p; p++)
	{
		bool		space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
			(*p == 0xC2 && p[1] == 0xA0);

		if (space)
		{
			if (*p == 0xC2)
				p++;
			r->run_space = t->len > r->run_start;
			continue;
		}
		if (r->run_space)
		{
			nn_buf_append_char(t, ' ');
			r->run_links += r->in_link > 0;
		}
		r->run_space = false;
		nn_buf_append_char(t, (char) *p);
		r->run_links += r->in_link > 0 && (*p & 0xC0) != 0x80;
		r->run_letters++;
		r->run_bold += r->in_bold > 0;
	}
}

/* ------------------------------------------------------------------- metadata */

static const char *
node_text_content(const xmlNode *n)
{
	/* script text comes as a CDATA node */
	return n->children && (n->children->type == XML_TEXT_NODE ||
						   n->children->type == XML_CDATA_SECTION_NODE) && n->children->content ?
		(const char *) n->children->content : "";
}

static void
take_attr(Reader *r, const char *key, const char *value)
{
	if (key != NULL && value != NULL)
		nn_meta_take(r->meta, key, (int32_t) strlen(key), value, (int32_t) strlen(value));
}

/* The text of an element, all descendants, collapsed (for bylines and titles). */
static void
collect_text(const xmlNode *n, NNBuf *out, int depth)
{
	for (const xmlNode *c = n->children; c != NULL && depth < HTML_MAX_DEPTH; c = c->next)
	{
		if (c->type == XML_TEXT_NODE && c->content)
		{
			nn_buf_append_str(out, (const char *) c->content);
			nn_buf_append_char(out, ' ');
		}
		else if (c->type == XML_ELEMENT_NODE && !name_is(c, "script") && !name_is(c, "style"))
			collect_text(c, out, depth + 1);
	}
}

/* "By Jane Doe and John Roe": the names of a byline element. */
static void
take_byline(Reader *r, const xmlNode *n)
{
	NNBuf		text = {NULL, 0, 0};
	const char *s;
	int32_t		len;

	collect_text(n, &text, 0);
	s = text.data ? text.data : "";
	while (*s == ' ' || *s == '\n' || *s == '\t')
		s++;
	if (strncasecmp(s, "by ", 3) == 0)
		s += 3;
	len = (int32_t) strlen(s);
	if (len > 0 && len < 80 && memchr(s, '@', (size_t) len) == NULL)
	{
		while (len > 0)
		{
			const char *and = NULL;
			int32_t		item = len;

			for (int32_t i = 0; i + 5 <= len; i++)
				if (strncmp(s + i, " and ", 5) == 0 || (s[i] == ',' && s[i + 1] == ' '))
				{
					and = s + i;
					item = i;
					break;
				}
			nn_meta_add_item(&r->meta->authors, s, item);
			if (and == NULL)
				break;
			s = and + (*and == ',' ? 2 : 5);
			len = (int32_t) strlen(s);
		}
	}
	nn_free(text.data);
}

static void
read_metadata(Reader *r, xmlNode *n)
{
	const char *itemprop = attribute(n, "itemprop");

	if (name_is(n, "meta"))
	{
		const char *content = attribute(n, "content");

		take_attr(r, attribute(n, "property"), content);
		take_attr(r, attribute(n, "name"), content);
		take_attr(r, itemprop, content);
	}
	else if (name_is(n, "link"))
	{
		const char *rel = attribute(n, "rel");

		if (rel && strcasecmp(rel, "canonical") == 0)
			take_attr(r, "canonical", attribute(n, "href"));
	}
	else if (name_is(n, "title") && r->page_title == NULL && r->in_head)
	{
		NNBuf		text = {NULL, 0, 0};

		collect_text(n, &text, 0);
		nn_meta_set(&r->page_title, text.data ? text.data : "", text.len);
		nn_free(text.data);
	}
	else if (name_is(n, "script"))
	{
		const char *type = attribute(n, "type");

		if (type && strcasecmp(type, "application/ld+json") == 0)
		{
			const char *json = node_text_content(n);

			nn_json_ld_read(json, (int32_t) strlen(json), r->meta);
		}
	}
	else if (name_is(n, "time"))
	{
		const char *datetime = attribute(n, "datetime");

		if (datetime && itemprop && contains_ci(itemprop, "datePublished"))
			take_attr(r, "datePublished", datetime);
		else if (datetime)
			nn_meta_set_date(&r->time_date, datetime, (int32_t) strlen(datetime));
	}
	else if (itemprop && !r->in_head)
	{
		NNBuf		text = {NULL, 0, 0};

		if (strcasecmp(itemprop, "author") == 0 || strcasecmp(itemprop, "name") == 0)
		{
			/* <span itemprop="author">, <div itemprop="author"><span itemprop="name"> */
			if (strcasecmp(itemprop, "author") == 0 && attribute(n, "content") == NULL)
				take_byline(r, n);
		}
		else if (strcasecmp(itemprop, "datePublished") == 0 || strcasecmp(itemprop, "headline") == 0)
		{
			collect_text(n, &text, 0);
			take_attr(r, itemprop, text.data ? text.data : "");
		}
		nn_free(text.data);
	}
	else if (!r->in_head && (hint_matches(n, (const char *const[]) {"byline", "author-name", "author__name", NULL}) ||
							 (name_is(n, "a") && attribute(n, "rel") && strcasecmp(attribute(n, "rel"), "author") == 0)))
		take_byline(r, n);
}

/* ------------------------------------------------------------------------ walk */

static void
walk(Reader *r, xmlNode *n, xmlNode *container, bool furniture, int depth)
{
	for (xmlNode *c = n->children; c != NULL; c = c->next)
	{
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
		{
			if (!furniture && c->content)
				add_text(r, (const char *) c->content);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || depth >= HTML_MAX_DEPTH)
			continue;
		read_metadata(r, c);
		if (name_is(c, "head"))
		{
			r->in_head = true;
			walk(r, c, container, true, depth + 1);
			r->in_head = false;
			continue;
		}
		if (name_is(c, "br"))
		{
			if (!furniture)
				end_block(r, container);
			continue;
		}
		if (name_in(c, block_tags))
		{
			bool		skip = furniture || is_furniture(c);

			if (!furniture)
				end_block(r, container);
			walk(r, c, c, skip, depth + 1);
			if (!skip)
				end_block(r, c);
			continue;
		}
		/* inline */
		{
			bool		skip = furniture || is_furniture(c);
			bool		link = name_is(c, "a");
			bool		bold = name_is(c, "b") || name_is(c, "strong");

			r->in_link += link;
			r->in_bold += bold;
			walk(r, c, container, skip, depth + 1);
			r->in_link -= link;
			r->in_bold -= bold;
		}
	}
}

/* ---------------------------------------------------------------------- output */

/* "Headline | Site", "Headline - Site name": the site's part of a page title goes. */
static void
strip_site_name(char *title)
{
	static const char *const separators[] = {" | ", " – ", " — ", " - ", " :: ", " · "};
	char	   *cut = NULL;

	for (size_t k = 0; k < sizeof(separators) / sizeof(separators[0]); k++)
	{
		char	   *p = title,
				   *last = NULL;

		while ((p = strstr(p, separators[k])) != NULL)
			last = p++;
		if (last != NULL && (cut == NULL || last < cut))
		{
			int			words_after = 0;

			for (char *q = last + strlen(separators[k]); *q; q++)
				words_after += *q == ' ';
			if (words_after <= 3 && last - title >= 15)
				cut = last;
		}
	}
	if (cut != NULL)
		*cut = '\0';
}

/* A list of related stories, tags, a "read more", a menu: not article text. */
static bool
mostly_links(const Reader *r, const Block *b)
{
	return b->link_chars * 2 > count_chars(r->blocks_text.data + b->start, b->len);
}

static void
write_article(Reader *r, xmlNode *top, NNBuf *text)
{
	const Block *first_h1 = NULL;

	for (int32_t i = 0; i < r->nblocks; i++)
		if (r->blocks[i].h1)
		{
			first_h1 = &r->blocks[i];
			break;
		}
	/* the title: meta tags and JSON-LD, else the page's heading, else its <title> */
	if (r->meta->title == NULL && first_h1 != NULL)
		nn_buf_append_str(text, "# "),
			nn_buf_append(text, r->blocks_text.data + first_h1->start, first_h1->len),
			nn_buf_append_str(text, "\n\n");
	else if (r->meta->title == NULL && r->page_title != NULL)
	{
		/* a headline in the text, if there is one, names the article better */
		strip_site_name(r->page_title);
		nn_meta_set(&r->meta->title_fallback, r->page_title, (int32_t) strlen(r->page_title));
	}
	else if (r->meta->title != NULL)
		strip_site_name(r->meta->title);
	if (r->meta->published == NN_NO_DATE && r->meta->modified == NN_NO_DATE)
		r->meta->published = r->time_date;
	if (top == NULL)
		return;
	/* no heading anywhere: a short bold line opening the article is its headline */
	if (r->meta->title == NULL && first_h1 == NULL)
		for (int32_t i = 0; i < r->nblocks; i++)
			if (is_ancestor(top, r->blocks[i].container) && !mostly_links(r, &r->blocks[i]))
			{
				if (r->blocks[i].bold_only && r->blocks[i].len < 200)
				{
					first_h1 = &r->blocks[i];
					nn_buf_append_str(text, "# ");
					nn_buf_append(text, r->blocks_text.data + first_h1->start, first_h1->len);
					nn_buf_append_str(text, "\n\n");
				}
				break;
			}
	for (int32_t i = 0; i < r->nblocks; i++)
	{
		const Block *b = &r->blocks[i];

		if (b == first_h1 || !is_ancestor(top, b->container) || mostly_links(r, b))
			continue;
		nn_buf_append(text, r->blocks_text.data + b->start, b->len);
		nn_buf_append_str(text, "\n\n");
	}
}

void
nn_html_read(const char *s, int32_t len, NNArticleMeta *meta, NNBuf *text)
{
	Reader		r;
	htmlDocPtr	doc;
	xmlNode    *root;

	memset(&r, 0, sizeof(r));
	r.meta = meta;
	/* the page's paragraphs are paragraphs: its title is in the markup */
	meta->headings_only = true;
	r.time_date = NN_NO_DATE;
	doc = htmlReadMemory(s, len, NULL, "UTF-8",
						 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						 HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
	if (doc == NULL)
		return;
	root = xmlDocGetRootElement(doc);
	if (root != NULL)
	{
		xmlNode		holder;

		/* walk the root itself too: wrap it as the child of a stand-in */
		memset(&holder, 0, sizeof(holder));
		holder.children = root;
		walk(&r, &holder, NULL, false, 0);
		end_block(&r, NULL);
		for (int32_t i = 0; i < r.nblocks; i++)
			score_block(&r, &r.blocks[i]);
		write_article(&r, choose_container(&r), text);
	}
	xmlFreeDoc(doc);
	nn_free(r.blocks_text.data);
	nn_free(r.blocks);
	nn_free(r.candidates);
	nn_free(r.page_title);
}

/* ------------------------------------------------------------------- detection */

/* Where the first tag starts, after a byte-order mark and white space; -1 when the text
 * does not open with a tag. */
static int32_t
first_tag(const char *s, int32_t len)
{
	int32_t		i = 0;

	if (len >= 3 && (unsigned char) s[0] == 0xEF && (unsigned char) s[1] == 0xBB)
		i = 3;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i < len && s[i] == '<' ? i : -1;
}

static bool
opens_with(const char *s, int32_t len, int32_t i, const char *word)
{
	int32_t		n = (int32_t) strlen(word);

	return len - i >= n && strncasecmp(s + i, word, (size_t) n) == 0;
}

bool
nn_html_is_page(const char *s, int32_t len)
{
	int32_t		i = first_tag(s, len);

	return i >= 0 && (opens_with(s, len, i, "<!doctype html") || opens_with(s, len, i, "<html") ||
					  opens_with(s, len, i, "<head"));
}

bool
nn_html_likely(const char *s, int32_t len)
{
	int32_t		i = first_tag(s, len);
	int32_t		limit = len < 4096 ? len : 4096;
	int			paragraphs = 0;

	if (i < 0)
		return false;
	if (nn_html_is_page(s, len))
		return true;
	/* a fragment or a page saved without its head: a <body>, or several paragraphs */
	for (int32_t k = i; k + 5 < limit; k++)
	{
		if (strncasecmp(s + k, "<body", 5) == 0)
			return true;
		paragraphs += strncasecmp(s + k, "</p>", 4) == 0;
	}
	return paragraphs >= 2;
}
