/*
 * gz_matcher.h: the gazetteer matcher, finding entity mentions in a text.
 *
 * The matcher is built once from the gazetteer (entities, aliases, office titles with
 * their holders over time, and a small vocabulary for names found from context) and
 * then scans any number of texts. Aliases are stored as sequences of folded tokens in
 * one trie, so a scan is a single pass with longest match at each token. Everything the
 * matcher owns is allocated with nn_alloc; results are allocated with nn_alloc too and
 * do not point into the matcher, so it may be rebuilt while results are still in use.
 */
#ifndef NN_GZ_MATCHER_H
#define NN_GZ_MATCHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nlp_types.h"

typedef enum NNAliasKind
{
	NN_ALIAS_NAME,
	NN_ALIAS_ACRONYM,
	NN_ALIAS_DEMONYM,
	NN_ALIAS_OTHER_LANGUAGE,
	NN_ALIAS_SURNAME,
	NN_ALIAS_CODE
} NNAliasKind;

typedef enum NNWordRole
{
	NN_WORD_TITLE,				/* introduces a person's name: "Foreign Minister" */
	NN_WORD_COMMON,				/* an everyday word that is also a surname: "Price" */
	NN_WORD_STOP,				/* never part of a name: "The", "Monday" */
	NN_WORD_ORG_HEAD,			/* ends an organisation's name: "Ministry" */
	NN_WORD_GENERIC,			/* too generic to name a body with a head: "Foreign" */
	NN_WORD_PLACE_CUE,			/* "city of <Name>" */
	NN_WORD_GIVEN_NAME,			/* a given name: "James" makes "James Cooper" a person */
	NN_WORD_NAME_TAIL,			/* after a place, makes it part of a name: "Minsk agreements" */
	NN_WORD_NAME_PARTICLE,		/* lower case inside a person's name: "von", "al" */
	NN_WORD_SPEECH_VERB			/* a capitalised name next to it speaks: "said", "told" */
} NNWordRole;

/* Where a mention came from: the gazetteer, or the shape rule that found the name. */
typedef enum NNMentionSource
{
	NN_SOURCE_GAZETTEER,		/* an alias of a catalogued entity */
	NN_SOURCE_OFFICE,			/* an office title resolved to its holder on the date */
	NN_SOURCE_TYPO,				/* one edit away from a person the text names */
	NN_SOURCE_TITLE,			/* after a title: "spokesman Jane Doe", "Mr Doe" */
	NN_SOURCE_SPEECH,			/* next to a speech verb: "Jane Doe said", "says Jane Doe" */
	NN_SOURCE_GIVEN_NAME,		/* a known given name and a surname: "Jane Doe" */
	NN_SOURCE_APPOSITION,		/* "Jane Doe, a professor at" */
	NN_SOURCE_ORG_SHAPE,		/* ends in an organisation head: "Hellenic Parliament" */
	NN_SOURCE_ACRONYM,			/* an acronym the text defines: "(NDA)" */
	NN_SOURCE_PLACE_CUE,		/* "the town of <Name>" */
	NN_SOURCE_PLACE_COUNTRY,	/* "in <Name>, <Country>" */
	NN_SOURCE_SURNAME			/* the surname of a name found before in the text */
} NNMentionSource;

/* The SQL label of a source: "gazetteer", "office", "title", "given_name" ... */
const char *nn_gz_source_label(NNMentionSource source);

typedef struct NNGzMatcher NNGzMatcher;

NNGzMatcher *nn_gz_new(void);
void		nn_gz_free(NNGzMatcher *gz);

/*
 * The matcher as one block of bytes (src/core/gz_image.c), for sharing a built matcher
 * between processes of the same library: nn_gz_image_write returns the bytes it needs and
 * writes them when cap is at least that; nn_gz_image_read returns a new matcher equal to
 * the one written, or NULL when the block is not a whole image of this library's layout.
 */
size_t		nn_gz_image_write(const NNGzMatcher *gz, void *buf, size_t cap);
NNGzMatcher *nn_gz_image_read(const void *image, size_t len);

/* Building. Ids are the catalog's; an alias or term naming an unknown id is ignored. */
void		nn_gz_add_entity(NNGzMatcher *gz, int32_t id, NNEntityKind kind,
							 const char *name, size_t name_len);
void		nn_gz_add_alias(NNGzMatcher *gz, int32_t entity_id, const char *alias,
							size_t alias_len, NNAliasKind kind, bool case_sensitive);
void		nn_gz_add_office(NNGzMatcher *gz, int32_t office_id, int32_t holder_id);
void		nn_gz_add_office_alias(NNGzMatcher *gz, int32_t office_id, const char *alias,
								   size_t alias_len, int32_t context_id);
/* term_to may be NN_NO_DATE for a term still running */
void		nn_gz_add_term(NNGzMatcher *gz, int32_t office_id, int32_t person_id,
						   int32_t term_from, int32_t term_to);
void		nn_gz_add_word(NNGzMatcher *gz, const char *word, size_t len, NNWordRole role);

/* The role named as gazetteer_word.role names it ("title", "speech_verb"); false if none. */
bool		nn_gz_word_role_parse(const char *name, NNWordRole *role);

/* Canonical name and kind of a catalog entity; NULL when unknown. */
const char *nn_gz_entity_name(const NNGzMatcher *gz, int32_t id, NNEntityKind *kind);

/*
 * Entities an alias (or office title) names, at date anchor (days since 2000-01-01, or
 * NN_NO_DATE for "now": the holder whose term is still running). Writes up to max ids
 * into ids and returns how many there are in all (may exceed max). kind_filter 0 means
 * any kind. Surnames count; office titles resolve to the holder when with_offices.
 */
int			nn_gz_lookup(const NNGzMatcher *gz, const char *alias, size_t len,
						 NNEntityKind kind_filter, bool with_offices, int32_t anchor,
						 int32_t *ids, int max);

/*
 * Find the mentions in text (len bytes of UTF-8). sentences (byte spans, in order) may be
 * NULL with nsentences 0: the text is then split at sentence-final punctuation. Returns
 * an nn_alloc'd array (NULL when none) of *nmentions mentions in text order; each name
 * is a copy inside the same allocation block list (free with nn_gz_free_mentions).
 */
NNMention  *nn_gz_find(const NNGzMatcher *gz, const char *text, size_t len,
					   const NNSpan *sentences, int32_t nsentences, int32_t anchor,
					   int *nmentions);
void		nn_gz_free_mentions(NNMention *mentions, int nmentions);

/*
 * nn_gz_find with options. NN_GZ_ROLE_COUNTRIES: an office named with a demonym mentions
 * its country too ("the German chancellor" is Olaf Scholz and Germany), as mentions() and
 * entities() report; nn_gz_find leaves it out, so that the event rules do not take the
 * country for a second actor.
 */
#define NN_GZ_ROLE_COUNTRIES 0x1
NNMention  *nn_gz_find_ext(const NNGzMatcher *gz, const char *text, size_t len,
						   const NNSpan *sentences, int32_t nsentences, int32_t anchor,
						   unsigned options, int *nmentions);

#endif
