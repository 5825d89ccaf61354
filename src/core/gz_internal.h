/*
 * gz_internal.h: what the gazetteer matcher's files share (see gz_matcher.h for its
 * interface). Not part of the core's interface: only src/core/gz_*.c include it.
 *
 * A text is cut into word tokens, each folded with nn_fold and looked up in the
 * vocabulary of alias words; aliases live in a trie over those token ids, so a scan
 * takes the longest alias at each token in one pass. Matches then go through rules that
 * need the whole text: surnames count only when the text supports them, titles that need
 * context ("the Secretary General") only when their organisation is mentioned, office
 * titles resolve to the holder on the anchor date, and names outside the gazetteer are
 * found from titles, "<Name> said", organisation heads and place cues.
 *
 * The files:
 *   gz_tokens.c         word tokens of a text or an alias, with their folded forms
 *   gz_trie.c           hash maps, the vocabulary of folded words, the alias trie
 *   gz_build.c          building the matcher from the catalog's rows, and freeing it
 *   gz_find.c           the scan: sentences, longest aliases, the passes in order, output
 *   gz_resolve.c        which entity an alias match names; offices at a date; lookups
 *   gz_typo.c           one edit away from a person the text names
 *   gz_shapes_people.c  people found from context: titles, speech verbs, given names
 *   gz_shapes_orgs.c    organisations from their heads, and the acronyms they define
 *   gz_shapes_places.c  places from cues and countries; places inside longer names
 */
#ifndef NN_GZ_INTERNAL_H
#define NN_GZ_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "gz_matcher.h"
#include "nn_alloc.h"

/* ---------------------------------------------------------------- growable arrays */

#define GROW(arr, count, cap) \
	do { if ((count) >= (cap)) { (cap) = (cap) ? (cap) * 2 : 16; \
		(arr) = nn_realloc((arr), sizeof(*(arr)) * (size_t) (cap)); } } while (0)

/* ---------------------------------------------------------------- hash maps */

/* uint64 -> int32, open addressing; key 0 is reserved (keys are stored plus one). */
typedef struct IntSlot
{
	uint64_t	key;
	int32_t		value;
} IntSlot;

typedef struct IntMap
{
	IntSlot    *slots;
	size_t		cap;
	size_t		count;
} IntMap;

/* ---------------------------------------------------------------- the matcher */

enum
{
	PAY_ENTITY,
	PAY_OFFICE,
	PAY_TITLE
};

typedef struct Payload
{
	int32_t		next;			/* next payload of the same trie node, -1 ends */
	uint8_t		what;			/* PAY_* */
	uint8_t		alias_kind;		/* NNAliasKind for PAY_ENTITY */
	bool		case_sensitive;
	bool		last_cap;		/* the alias's last word is capitalised */
	int32_t		target;			/* entity or office index */
	int32_t		context;		/* entity index that must be mentioned, or -1 */
	char	   *raw_key;		/* case-sensitive: the alias's word characters */
} Payload;

typedef struct Entity
{
	int32_t		id;
	NNEntityKind kind;
	char	   *name;
} Entity;

typedef struct Term
{
	int32_t		person;			/* entity index */
	int32_t		from;
	int32_t		to;				/* NN_NO_DATE: still in office */
	int32_t		next;
} Term;

typedef struct Office
{
	int32_t		id;
	int32_t		holder;			/* entity index */
	int32_t		first_term;
} Office;

typedef struct LongName
{
	int32_t		entity;
	char	   *folded;
	size_t		len;
} LongName;

/* word role bits, per vocabulary token */
#define ROLE_BIT(r) (1u << (r))

struct NNGzMatcher
{
	Entity	   *entities;
	int32_t		nentities,
				entities_cap;
	IntMap		entity_index;	/* catalog id -> index */

	Office	   *offices;
	int32_t		noffices,
				offices_cap;
	IntMap		office_index;

	Term	   *terms;
	int32_t		nterms,
				terms_cap;

	/* vocabulary: folded word -> token id */
	IntMap		vocab;			/* hash of folded word -> index into words */
	char	  **words;
	int32_t		nwords,
				words_cap;
	uint16_t   *word_roles;	/* ROLE_BIT of each NNWordRole the word has */

	/* trie: node 0 is the root; children in one map keyed (node << 32 | token) */
	IntMap		children;
	int32_t    *node_payload;
	int32_t		nnodes,
				nodes_cap;
	Payload    *payloads;
	int32_t		npayloads,
				payloads_cap;

	LongName   *long_names;		/* single-word names for edit-distance matching */
	int32_t		nlong_names,
				long_names_cap;
};

/* ---------------------------------------------------------------- tokens */

#define T_CAP			0x0001	/* first letter upper case */
#define T_ALLCAP		0x0002	/* two or more letters, all upper case */
#define T_POSS			0x0004	/* followed by a possessive 's */
#define T_SENT_START	0x0008	/* first token of its sentence */
#define T_BREAK_BEFORE	0x0010	/* punctuation other than . - ' between it and the previous */
#define T_DIGIT			0x0020	/* starts with a digit */
#define T_LOWER			0x0040	/* first letter lower case */
#define T_COMMA_AFTER	0x0080	/* a comma follows */
#define T_DASH_BEFORE	0x0100	/* joined to the previous token by a hyphen */

typedef struct Token
{
	int32_t		start;
	int32_t		end;
	int32_t		fold_off;		/* folded form in the token list's buffer */
	int32_t		fold_len;
	int32_t		id;				/* vocabulary id, -1 when the word is unknown */
	int32_t		sentence;
	uint16_t	flags;
} Token;

typedef struct TokenList
{
	Token	   *toks;
	int32_t		n,
				cap;
	char	   *folded;
	size_t		folded_len,
				folded_cap;
} TokenList;

/* ---------------------------------------------------------------- scanning */

typedef struct Match
{
	int32_t		t0,
				t1;				/* token range [t0, t1) */
	int32_t		node;			/* trie node, or -1 for a name found from context */
	int32_t		entity;			/* resolved entity index, -1 while unresolved */
	NNEntityKind ctx_kind;		/* context names: kind and name span */
	int32_t		name_t0,
				name_t1;
	int32_t		ctx_ref;		/* context names: index of the first match of this name */
	bool		via_role;
	bool		via_demonym;
	bool		dropped;
	bool		inside_name;	/* refused: part of a longer name ("African National Congress") */
	uint8_t		source;			/* NNMentionSource */
} Match;

typedef struct Scan
{
	const NNGzMatcher *gz;
	const char *text;
	size_t		text_len;
	TokenList	tl;
	Match	   *matches;
	int32_t		nmatches,
				matches_cap;
	int32_t    *covered;		/* per token: match index or -1 */
	bool	   *mentioned;		/* per entity index: resolved somewhere in the text */
	bool	   *headline;		/* per sentence: written in headline case */
	int32_t		nsentences;
	int32_t		anchor;
	unsigned	options;		/* NN_GZ_* */
} Scan;

/* ---------------------------------------------------------------- gz_tokens.c */

void		nn_gz_tokenize(const char *text, size_t len, TokenList *tl);

static inline const char *
nn_gz_tok_fold(const TokenList *tl, const Token *tok)
{
	return tl->folded + tok->fold_off;
}

/* ---------------------------------------------------------------- gz_trie.c */

int32_t		nn_gz_imap_get(const IntMap *map, uint64_t key);
void		nn_gz_imap_put(IntMap *map, uint64_t key, int32_t value);
int32_t		nn_gz_vocab_find(const NNGzMatcher *gz, const char *w, size_t len);
int32_t		nn_gz_vocab_add(NNGzMatcher *gz, const char *w, size_t len);
int32_t		nn_gz_trie_child(const NNGzMatcher *gz, int32_t node, int32_t tok);
int32_t		nn_gz_trie_insert(NNGzMatcher *gz, const char *alias, size_t len, char **raw_key);
Payload    *nn_gz_add_payload(NNGzMatcher *gz, int32_t node, uint8_t what, int32_t target);

static inline bool
nn_gz_word_has_role(const NNGzMatcher *gz, int32_t id, NNWordRole role)
{
	return id >= 0 && (gz->word_roles[id] & ROLE_BIT(role)) != 0;
}

/* ---------------------------------------------------------------- gz_resolve.c */

void		nn_gz_resolve_match(Scan *sc, Match *m, bool final);
void		nn_gz_scan_nested(Scan *sc, int32_t role);

/* ---------------------------------------------------------------- gz_typo.c */

void		nn_gz_scan_typos(Scan *sc);

/* ---------------------------------------------------------------- gz_shapes_people.c */

bool		nn_gz_name_word(const Scan *sc, int32_t i);
void		nn_gz_scan_titled_people(Scan *sc);
void		nn_gz_scan_speakers(Scan *sc);
void		nn_gz_scan_given_names(Scan *sc);
void		nn_gz_drop_broken_names(Scan *sc);
void		nn_gz_scan_context_surnames(Scan *sc);

/* ---------------------------------------------------------------- gz_shapes_orgs.c */

void		nn_gz_scan_organisations(Scan *sc);
void		nn_gz_scan_acronyms(Scan *sc);

/* ---------------------------------------------------------------- gz_shapes_places.c */

void		nn_gz_drop_places_in_names(Scan *sc);
void		nn_gz_scan_place_country(Scan *sc);
void		nn_gz_scan_places(Scan *sc);

/* ---------------------------------------------------------------- gz_find.c */

bool		nn_gz_payload_usable(const Scan *sc, const Payload *p, int32_t t0, int32_t t1);
int32_t		nn_gz_add_match(Scan *sc, int32_t t0, int32_t t1, int32_t node);
int32_t		nn_gz_add_context_name(Scan *sc, int32_t t0, int32_t t1, NNEntityKind kind,
								NNMentionSource source);
bool		nn_gz_headline_token(const Scan *sc, int32_t i);

#endif
