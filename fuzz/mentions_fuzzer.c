/*
 * mentions_fuzzer.c: libFuzzer harness of the gazetteer matcher.
 *
 * Builds a small matcher once (names with accents, acronyms, demonyms, an office with
 * terms, context vocabulary) and scans arbitrary bytes with and without sentence spans,
 * checking that every mention lies inside the input and in order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "civil_date.h"
#include "gz_matcher.h"

static NNGzMatcher *gz;

static void
build(void)
{
	static const struct
	{
		int32_t		id;
		NNEntityKind kind;
		const char *name;
	}			entities[] = {
		{1, NN_KIND_ORG, "NATO"}, {2, NN_KIND_COUNTRY, "Turkey"}, {3, NN_KIND_PERSON, "Jens Stoltenberg"},
		{4, NN_KIND_PERSON, "Mevlüt Çavuşoğlu"}, {5, NN_KIND_PLACE, "Eastern Mediterranean"},
		{6, NN_KIND_COUNTRY, "Greece"}, {7, NN_KIND_PERSON, "Ned Price"}
	};
	static const char *const words[][2] = {
		{"title", "spokesman"}, {"title", "Foreign Minister"}, {"title", "Mr"}, {"stop", "The"},
		{"org_head", "Ministry"}, {"generic", "Foreign"}, {"place_cue", "city"}, {"common", "price"}
	};

	gz = nn_gz_new();
	for (size_t i = 0; i < sizeof(entities) / sizeof(entities[0]); i++)
		nn_gz_add_entity(gz, entities[i].id, entities[i].kind, entities[i].name, strlen(entities[i].name));
	nn_gz_add_alias(gz, 1, "OTAN", 4, NN_ALIAS_ACRONYM, true);
	nn_gz_add_alias(gz, 2, "Turkish", 7, NN_ALIAS_DEMONYM, false);
	nn_gz_add_alias(gz, 2, "Türkiye", strlen("Türkiye"), NN_ALIAS_OTHER_LANGUAGE, false);
	nn_gz_add_alias(gz, 3, "Stoltenberg", 11, NN_ALIAS_SURNAME, false);
	nn_gz_add_alias(gz, 4, "Çavuşoğlu", strlen("Çavuşoğlu"), NN_ALIAS_SURNAME, false);
	nn_gz_add_alias(gz, 7, "Price", 5, NN_ALIAS_SURNAME, false);
	nn_gz_add_office(gz, 1, 1);
	nn_gz_add_office_alias(gz, 1, "NATO chief", 10, -1);
	nn_gz_add_office_alias(gz, 1, "Secretary General", 17, 1);
	nn_gz_add_term(gz, 1, 3, nn_days_from_civil(2014, 10, 1), NN_NO_DATE);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		NNWordRole	role = strcmp(words[i][0], "title") == 0 ? NN_WORD_TITLE :
			strcmp(words[i][0], "stop") == 0 ? NN_WORD_STOP :
			strcmp(words[i][0], "org_head") == 0 ? NN_WORD_ORG_HEAD :
			strcmp(words[i][0], "generic") == 0 ? NN_WORD_GENERIC :
			strcmp(words[i][0], "place_cue") == 0 ? NN_WORD_PLACE_CUE : NN_WORD_COMMON;

		nn_gz_add_word(gz, words[i][1], strlen(words[i][1]), role);
	}
}

static void
check(const uint8_t *data, size_t size, const NNSpan *spans, int32_t nspans)
{
	int			n;
	NNMention  *ms = nn_gz_find(gz, (const char *) data, size, spans, nspans,
							   nn_days_from_civil(2020, 10, 2), &n);

	for (int i = 0; i < n; i++)
	{
		if (ms[i].start < 0 || ms[i].end > (int32_t) size || ms[i].start >= ms[i].end ||
			ms[i].name == NULL || (i > 0 && ms[i].start < ms[i - 1].start))
			abort();
	}
	nn_gz_free_mentions(ms, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NNSpan		spans[3];
	int32_t		third = (int32_t) (size / 3);

	if (gz == NULL)
		build();
	check(data, size, NULL, 0);
	/* three sentences of a third each, as the article parser would hand them */
	spans[0].start = 0;
	spans[0].end = third;
	spans[1].start = third;
	spans[1].end = 2 * third;
	spans[2].start = 2 * third;
	spans[2].end = (int32_t) size;
	check(data, size, spans, 3);
	return 0;
}
