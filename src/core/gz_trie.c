/*
 * gz_trie.c: the gazetteer matcher's lookup structures: open-addressing hash maps, the
 * vocabulary of folded alias words, and the trie of aliases over their token ids whose
 * nodes carry the payloads (entity, office or title) of the aliases ending there.
 */
#include "gz_internal.h"

#include <string.h>

#include "nn_alloc.h"

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

int32_t
nn_gz_imap_get(const IntMap *map, uint64_t key)
{
	if (map->cap == 0)
		return -1;
	key++;
	for (size_t i = mix64(key) & (map->cap - 1);; i = (i + 1) & (map->cap - 1))
	{
		if (map->slots[i].key == key)
			return map->slots[i].value;
		if (map->slots[i].key == 0)
			return -1;
	}
}

static void
imap_grow(IntMap *map)
{
	IntMap		bigger = {0};

	bigger.cap = map->cap ? map->cap * 2 : 256;
	bigger.slots = nn_alloc0(sizeof(IntSlot) * bigger.cap);
	for (size_t i = 0; i < map->cap; i++)
		if (map->slots[i].key != 0)
			nn_gz_imap_put(&bigger, map->slots[i].key - 1, map->slots[i].value);
	nn_free(map->slots);
	*map = bigger;
}

void
nn_gz_imap_put(IntMap *map, uint64_t key, int32_t value)
{
	if ((map->count + 1) * 2 > map->cap)
		imap_grow(map);
	key++;
	for (size_t i = mix64(key) & (map->cap - 1);; i = (i + 1) & (map->cap - 1))
	{
		if (map->slots[i].key == key)
		{
			map->slots[i].value = value;
			return;
		}
		if (map->slots[i].key == 0)
		{
			map->slots[i].key = key;
			map->slots[i].value = value;
			map->count++;
			return;
		}
	}
}

static uint64_t
hash_bytes(const char *s, size_t len)
{
	uint64_t	h = 1469598103934665603ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 1099511628211ULL;
	return h;
}

int32_t
nn_gz_vocab_find(const NNGzMatcher *gz, const char *w, size_t len)
{
	uint64_t	h = hash_bytes(w, len);

	/* chained through consecutive hash values on collision */
	for (uint64_t probe = h;; probe++)
	{
		int32_t		id = nn_gz_imap_get(&gz->vocab, probe);

		if (id < 0)
			return -1;
		if (strlen(gz->words[id]) == len && memcmp(gz->words[id], w, len) == 0)
			return id;
	}
}

int32_t
nn_gz_vocab_add(NNGzMatcher *gz, const char *w, size_t len)
{
	int32_t		id = nn_gz_vocab_find(gz, w, len);
	uint64_t	probe;

	if (id >= 0)
		return id;
	for (probe = hash_bytes(w, len); nn_gz_imap_get(&gz->vocab, probe) >= 0; probe++)
		;
	if (gz->nwords >= gz->words_cap)
	{
		gz->words_cap = gz->words_cap ? gz->words_cap * 2 : 256;
		gz->words = nn_realloc(gz->words, sizeof(char *) * (size_t) gz->words_cap);
		gz->word_roles = nn_realloc(gz->word_roles, sizeof(uint16_t) * (size_t) gz->words_cap);
	}
	id = gz->nwords++;
	gz->words[id] = nn_strndup(w, len);
	gz->word_roles[id] = 0;
	nn_gz_imap_put(&gz->vocab, probe, id);
	return id;
}

int32_t
nn_gz_trie_child(const NNGzMatcher *gz, int32_t node, int32_t tok)
{
	if (tok < 0)
		return -1;
	return nn_gz_imap_get(&gz->children, ((uint64_t) (uint32_t) node << 32) | (uint32_t) tok);
}

/* Add the alias's token path to the trie; returns its node, or -1 for an empty alias. */
int32_t
nn_gz_trie_insert(NNGzMatcher *gz, const char *alias, size_t len, char **raw_key)
{
	TokenList	tl = {0};
	int32_t		node = 0;
	size_t		raw_len = 0;

	nn_gz_tokenize(alias, len, &tl);
	if (raw_key != NULL)
		*raw_key = NULL;
	if (tl.n == 0)
	{
		nn_free(tl.toks);
		nn_free(tl.folded);
		return -1;
	}
	if (raw_key != NULL)
	{
		*raw_key = nn_alloc(len + 1);
		for (int32_t i = 0; i < tl.n; i++)
		{
			memcpy(*raw_key + raw_len, alias + tl.toks[i].start, tl.toks[i].end - tl.toks[i].start);
			raw_len += tl.toks[i].end - tl.toks[i].start;
		}
		(*raw_key)[raw_len] = '\0';
	}
	for (int32_t i = 0; i < tl.n; i++)
	{
		int32_t		tok = nn_gz_vocab_add(gz, nn_gz_tok_fold(&tl, &tl.toks[i]), tl.toks[i].fold_len);
		int32_t		child = nn_gz_trie_child(gz, node, tok);

		if (child < 0)
		{
			GROW(gz->node_payload, gz->nnodes, gz->nodes_cap);
			child = gz->nnodes++;
			gz->node_payload[child] = -1;
			nn_gz_imap_put(&gz->children, ((uint64_t) (uint32_t) node << 32) | (uint32_t) tok, child);
		}
		node = child;
	}
	nn_free(tl.toks);
	nn_free(tl.folded);
	return node;
}

Payload *
nn_gz_add_payload(NNGzMatcher *gz, int32_t node, uint8_t what, int32_t target)
{
	Payload    *p;

	GROW(gz->payloads, gz->npayloads, gz->payloads_cap);
	p = &gz->payloads[gz->npayloads];
	memset(p, 0, sizeof(*p));
	p->what = what;
	p->target = target;
	p->context = -1;
	p->next = gz->node_payload[node];
	gz->node_payload[node] = gz->npayloads++;
	return p;
}
