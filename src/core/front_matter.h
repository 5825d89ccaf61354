/*
 * front_matter.h: the metadata block that opens Markdown files of static sites and
 * archive repositories: YAML between "---" lines, or TOML between "+++" lines.
 *
 * Only the fields an article keeps are read (article_meta.h names them); the rest of the
 * block is skipped, and never reaches the body. The readers understand the subset of
 * YAML and TOML that front matter uses: top-level keys with scalars (plain, quoted with
 * escapes, folded over lines, block scalars), lists (block and flow), and a nested
 * "name" for an author; TOML strings, arrays, tables and bare dates.
 */
#ifndef NN_FRONT_MATTER_H
#define NN_FRONT_MATTER_H

#include <stdint.h>

#include "article_meta.h"

typedef enum NNFrontMatterStatus
{
	NN_FRONT_MATTER_NONE,		/* the text does not open with front matter */
	NN_FRONT_MATTER_OK,			/* read; the body starts at *body_start */
	NN_FRONT_MATTER_BAD			/* front matter, but malformed: *error says where */
} NNFrontMatterStatus;

/* Whether the text opens with a front matter fence ("---" or "+++" alone on a line). */
bool		nn_front_matter_present(const char *s, int32_t len);

NNFrontMatterStatus nn_front_matter_read(const char *s, int32_t len, NNArticleMeta *meta,
										 int32_t *body_start, NNParseError *error);

#endif
