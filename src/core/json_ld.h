/*
 * json_ld.h: the schema.org metadata a news page embeds as JSON-LD
 * (<script type="application/ld+json">): headline, datePublished, dateModified and
 * the author's name, wherever in the graph they sit.
 */
#ifndef NN_JSON_LD_H
#define NN_JSON_LD_H

#include <stdint.h>

#include "article_meta.h"

/* Read len bytes of JSON; what is malformed ends the reading, keeping what was found. */
void		nn_json_ld_read(const char *s, int32_t len, NNArticleMeta *meta);

#endif
