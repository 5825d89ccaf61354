/*
 * fuzz_gazetteer.h: the small matcher the gazetteer harnesses share (names with accents,
 * acronyms, demonyms, surnames, an office with a term, context vocabulary), and the test
 * that a name the matcher makes can be written as entity input and read back.
 */
#ifndef NN_FUZZ_GAZETTEER_H
#define NN_FUZZ_GAZETTEER_H

#include <stdbool.h>
#include <stdint.h>
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
		{"org_head", "Ministry"}, {"generic", "Foreign"}, {"place_cue", "city"}, {"common", "price"},
		{"speech_verb", "said"}, {"name_particle", "von"}, {"given_name", "James"}
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
		NNWordRole	role;

		if (nn_gz_word_role_parse(words[i][0], &role))
			nn_gz_add_word(gz, words[i][1], strlen(words[i][1]), role);
	}
}

/* Valid UTF-8 (what a PostgreSQL text value always is). */
static bool
valid_utf8(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *) text;

	for (size_t i = 0; i < len;)
	{
		int			extra = u[i] < 0x80 ? 0 : (u[i] & 0xE0) == 0xC0 ? 1 :
			(u[i] & 0xF0) == 0xE0 ? 2 : (u[i] & 0xF8) == 0xF0 ? 3 : -1;

		if (extra < 0 || u[i] == 0)
			return false;
		for (int k = 1; k <= extra; k++)
			if (i + k >= len || (u[i + k] & 0xC0) != 0x80)
				return false;
		i += extra + 1;
	}
	return true;
}

/*
 * What entity input (src/entity.c) takes after "kind:" and reads back unchanged: 1 to
 * 1000 bytes, no control characters, no space at either end (and valid UTF-8, which a
 * name cut from valid text must be).
 */
static bool
readable_entity_name(const char *name, bool text_was_utf8)
{
	size_t		len = strlen(name);

	if (len == 0 || len > 1000 || name[0] == ' ' || name[len - 1] == ' ')
		return false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) name[i] < 0x20 || name[i] == 0x7f)
			return false;
	return !text_was_utf8 || valid_utf8(name, len);
}

#endif
