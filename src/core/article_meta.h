/*
 * article_meta.h: what a document says about itself, apart from its text.
 *
 * Front matter (YAML, TOML) and HTML pages (meta tags, JSON-LD) name the title, the
 * publication date, the authors, the canonical URL and the tags explicitly. The format
 * readers collect them here; the article parser lets them win over what it would guess
 * from the text. Lists (authors, tags) are kept as one string, items joined by "; ".
 */
#ifndef NN_ARTICLE_META_H
#define NN_ARTICLE_META_H

#include <stdbool.h>
#include <stdint.h>

#define NN_META_LIST_SEPARATOR "; "

typedef struct NNArticleMeta
{
	int32_t		published;		/* days since 2000-01-01, or NN_NO_DATE */
	int32_t		modified;		/* last modification, used when published is unknown */
	char	   *title;			/* each NUL-terminated and nn_alloc'd, or NULL */
	char	   *url;
	char	   *authors;
	char	   *tags;
	char	   *source;			/* a news agency named as such ("source: Reuters") */
	char	   *title_fallback;	/* a page's <title>: the title when the text offers none */
	bool		headings_only;	/* only "# heading" lines may be the title (HTML text) */
} NNArticleMeta;

/* Why a document could not be read, and where: "unterminated string", line 3. */
typedef struct NNParseError
{
	int32_t		line;			/* from 1 */
	char		message[96];
} NNParseError;

void		nn_meta_init(NNArticleMeta *meta);
void		nn_meta_free(NNArticleMeta *meta);

/*
 * Set a single-valued field from len bytes at s, white space collapsed, unless it is
 * already set (the first source wins) or the value is blank.
 */
void		nn_meta_set(char **field, const char *s, int32_t len);

/* Add an item to a list field, skipping blanks and items already in it. */
void		nn_meta_add_item(char **list, const char *s, int32_t len);

/* Set *days from a date value ("2021-01-26 14:26:27-05:00", "'2023-11-07'") if unset. */
void		nn_meta_set_date(int32_t *days, const char *s, int32_t len);

/*
 * Store a field by its key as front matter and meta tags name it ("published_time",
 * "og:title", "authors", "source_url" ...; case-blind): the one place where the names
 * are listed. Returns false when the key names no field we keep.
 */
bool		nn_meta_take(NNArticleMeta *meta, const char *key, int32_t key_len,
						 const char *value, int32_t value_len);

/* Whether nn_meta_take keeps anything under this key. */
bool		nn_meta_key_known(const char *key, int32_t key_len);

/* Whether the key names a list field (authors, tags): its value may be several items. */
bool		nn_meta_key_is_list(const char *key, int32_t key_len);

#endif
