/*
 * gz_build.c: building the gazetteer matcher from the catalog's rows (entities, aliases,
 * offices with their terms, words with their roles), and freeing it.
 */
#include "gz_internal.h"

#include <string.h>

#include "nn_alloc.h"

NNGzMatcher *
nn_gz_new(void)
{
	NNGzMatcher *gz = nn_alloc0(sizeof(NNGzMatcher));

	GROW(gz->node_payload, gz->nnodes, gz->nodes_cap);
	gz->node_payload[gz->nnodes++] = -1;
	return gz;
}

void
nn_gz_free(NNGzMatcher *gz)
{
	if (gz == NULL)
		return;
	for (int32_t i = 0; i < gz->nentities; i++)
		nn_free(gz->entities[i].name);
	for (int32_t i = 0; i < gz->nwords; i++)
		nn_free(gz->words[i]);
	for (int32_t i = 0; i < gz->npayloads; i++)
		nn_free(gz->payloads[i].raw_key);
	for (int32_t i = 0; i < gz->nlong_names; i++)
		nn_free(gz->long_names[i].folded);
	nn_free(gz->entities);
	nn_free(gz->entity_index.slots);
	nn_free(gz->offices);
	nn_free(gz->office_index.slots);
	nn_free(gz->terms);
	nn_free(gz->vocab.slots);
	nn_free(gz->words);
	nn_free(gz->word_roles);
	nn_free(gz->children.slots);
	nn_free(gz->node_payload);
	nn_free(gz->payloads);
	nn_free(gz->long_names);
	nn_free(gz);
}

/* Whether the last word of an alias starts with a capital ("Turkish Armed Forces"). */
static bool
alias_last_cap(const char *alias, size_t len)
{
	TokenList	tl = {0};
	bool		cap;

	nn_gz_tokenize(alias, len, &tl);
	cap = tl.n > 0 && (tl.toks[tl.n - 1].flags & (T_CAP | T_DIGIT)) != 0;
	nn_free(tl.toks);
	nn_free(tl.folded);
	return cap;
}

void
nn_gz_add_entity(NNGzMatcher *gz, int32_t id, NNEntityKind kind, const char *name, size_t name_len)
{
	int32_t		index;

	if (nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) id) >= 0)
		return;
	GROW(gz->entities, gz->nentities, gz->entities_cap);
	index = gz->nentities++;
	gz->entities[index].id = id;
	gz->entities[index].kind = kind;
	gz->entities[index].name = nn_strndup(name, name_len);
	nn_gz_imap_put(&gz->entity_index, (uint64_t) (uint32_t) id, index);
	/* the canonical name is an alias too */
	nn_gz_add_alias(gz, id, name, name_len, NN_ALIAS_NAME, false);
}

void
nn_gz_add_alias(NNGzMatcher *gz, int32_t entity_id, const char *alias, size_t alias_len,
				NNAliasKind kind, bool case_sensitive)
{
	int32_t		entity = nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) entity_id);
	char	   *raw_key = NULL;
	int32_t		node;
	Payload    *p;

	if (entity < 0)
		return;
	node = nn_gz_trie_insert(gz, alias, alias_len, case_sensitive ? &raw_key : NULL);
	if (node < 0)
		return;
	for (int32_t i = gz->node_payload[node]; i >= 0; i = gz->payloads[i].next)
		if (gz->payloads[i].what == PAY_ENTITY && gz->payloads[i].target == entity &&
			gz->payloads[i].case_sensitive == case_sensitive)
		{
			/* a lower-case spelling of the same alias ("Turkish foreign ministry") lets it
			 * match in lower case too */
			gz->payloads[i].last_cap &= alias_last_cap(alias, alias_len);
			nn_free(raw_key);
			return;
		}
	p = nn_gz_add_payload(gz, node, PAY_ENTITY, entity);
	p->last_cap = alias_last_cap(alias, alias_len);
	p->alias_kind = (uint8_t) kind;
	p->case_sensitive = case_sensitive;
	p->raw_key = raw_key;

	/* long one-word person names may be matched with one typo */
	if (gz->entities[entity].kind == NN_KIND_PERSON &&
		(kind == NN_ALIAS_SURNAME || kind == NN_ALIAS_NAME) && !case_sensitive)
	{
		TokenList	tl = {0};

		nn_gz_tokenize(alias, alias_len, &tl);
		if (tl.n == 1 && tl.toks[0].fold_len >= 8)
		{
			LongName   *ln;

			GROW(gz->long_names, gz->nlong_names, gz->long_names_cap);
			ln = &gz->long_names[gz->nlong_names++];
			ln->entity = entity;
			ln->len = (size_t) tl.toks[0].fold_len;
			ln->folded = nn_strndup(nn_gz_tok_fold(&tl, &tl.toks[0]), ln->len);
		}
		nn_free(tl.toks);
		nn_free(tl.folded);
	}
}

void
nn_gz_add_office(NNGzMatcher *gz, int32_t office_id, int32_t holder_id)
{
	int32_t		holder = nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) holder_id);
	int32_t		index;

	if (nn_gz_imap_get(&gz->office_index, (uint64_t) (uint32_t) office_id) >= 0)
		return;
	GROW(gz->offices, gz->noffices, gz->offices_cap);
	index = gz->noffices++;
	gz->offices[index].id = office_id;
	gz->offices[index].holder = holder;
	gz->offices[index].first_term = -1;
	nn_gz_imap_put(&gz->office_index, (uint64_t) (uint32_t) office_id, index);
}

void
nn_gz_add_office_alias(NNGzMatcher *gz, int32_t office_id, const char *alias, size_t alias_len,
					   int32_t context_id)
{
	int32_t		office = nn_gz_imap_get(&gz->office_index, (uint64_t) (uint32_t) office_id);
	int32_t		node;
	Payload    *p;

	if (office < 0)
		return;
	node = nn_gz_trie_insert(gz, alias, alias_len, NULL);
	if (node < 0)
		return;
	p = nn_gz_add_payload(gz, node, PAY_OFFICE, office);
	if (context_id >= 0)
		p->context = nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) context_id);
}

void
nn_gz_add_term(NNGzMatcher *gz, int32_t office_id, int32_t person_id, int32_t term_from,
			   int32_t term_to)
{
	int32_t		office = nn_gz_imap_get(&gz->office_index, (uint64_t) (uint32_t) office_id);
	int32_t		person = nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) person_id);
	Term	   *t;

	if (office < 0 || person < 0)
		return;
	GROW(gz->terms, gz->nterms, gz->terms_cap);
	t = &gz->terms[gz->nterms];
	t->person = person;
	t->from = term_from;
	t->to = term_to;
	t->next = gz->offices[office].first_term;
	gz->offices[office].first_term = gz->nterms++;
}

void
nn_gz_add_word(NNGzMatcher *gz, const char *word, size_t len, NNWordRole role)
{
	TokenList	tl = {0};

	/* titles are phrases ("Foreign Minister"): a trie path; a one-word title is a word too */
	if (role == NN_WORD_TITLE)
	{
		int32_t		node = nn_gz_trie_insert(gz, word, len, NULL);

		if (node >= 0)
			nn_gz_add_payload(gz, node, PAY_TITLE, -1);
	}
	nn_gz_tokenize(word, len, &tl);
	if (tl.n == 1)
	{
		int32_t		id = nn_gz_vocab_add(gz, nn_gz_tok_fold(&tl, &tl.toks[0]), tl.toks[0].fold_len);

		gz->word_roles[id] |= (uint16_t) ROLE_BIT(role);
	}
	nn_free(tl.toks);
	nn_free(tl.folded);
}

bool
nn_gz_word_role_parse(const char *name, NNWordRole *role)
{
	static const struct
	{
		const char *name;
		NNWordRole	role;
	}			roles[] = {
		{"title", NN_WORD_TITLE}, {"common", NN_WORD_COMMON}, {"stop", NN_WORD_STOP},
		{"org_head", NN_WORD_ORG_HEAD}, {"generic", NN_WORD_GENERIC},
		{"place_cue", NN_WORD_PLACE_CUE}, {"given_name", NN_WORD_GIVEN_NAME},
		{"name_tail", NN_WORD_NAME_TAIL}, {"name_particle", NN_WORD_NAME_PARTICLE},
		{"speech_verb", NN_WORD_SPEECH_VERB}
	};

	for (size_t i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (strcmp(name, roles[i].name) == 0)
		{
			*role = roles[i].role;
			return true;
		}
	return false;
}

const char *
nn_gz_entity_name(const NNGzMatcher *gz, int32_t id, NNEntityKind *kind)
{
	int32_t		index = nn_gz_imap_get(&gz->entity_index, (uint64_t) (uint32_t) id);

	if (index < 0)
		return NULL;
	if (kind != NULL)
		*kind = gz->entities[index].kind;
	return gz->entities[index].name;
}
