/* Unit tests of the gazetteer matcher: longest match, folding, offices over time,
 * surnames, demonyms, typos and names found from context. */
#include "unit.h"

#include "civil_date.h"
#include "gz_matcher.h"
#include "unit_words.h"

enum
{
	E_NATO = 1, E_NRC, E_TURKEY, E_GREECE, E_STOLTENBERG, E_RUTTE, E_PRICE, E_CAVUSOGLU,
	E_ANKARA, E_GEORGIA, E_RASMUSSEN_A, E_RASMUSSEN_L
};

static NNGzMatcher *
test_matcher(void)
{
	NNGzMatcher *gz = nn_gz_new();

#define ENT(id, kind, name) nn_gz_add_entity(gz, id, kind, name, strlen(name))
#define ALIAS(id, a, kind, cs) nn_gz_add_alias(gz, id, a, strlen(a), kind, cs)
	ENT(E_NATO, NN_KIND_ORG, "NATO");
	ALIAS(E_NATO, "OTAN", NN_ALIAS_ACRONYM, true);
	ENT(E_NRC, NN_KIND_ORG, "NATO-Russia Council");
	ENT(E_TURKEY, NN_KIND_COUNTRY, "Turkey");
	ALIAS(E_TURKEY, "Türkiye", NN_ALIAS_OTHER_LANGUAGE, false);
	ALIAS(E_TURKEY, "Turkish", NN_ALIAS_DEMONYM, false);
	ENT(E_GREECE, NN_KIND_COUNTRY, "Greece");
	ENT(E_STOLTENBERG, NN_KIND_PERSON, "Jens Stoltenberg");
	ALIAS(E_STOLTENBERG, "Stoltenberg", NN_ALIAS_SURNAME, false);
	ENT(E_RUTTE, NN_KIND_PERSON, "Mark Rutte");
	ALIAS(E_RUTTE, "Rutte", NN_ALIAS_SURNAME, false);
	ENT(E_PRICE, NN_KIND_PERSON, "Ned Price");
	ALIAS(E_PRICE, "Price", NN_ALIAS_SURNAME, false);
	ENT(E_CAVUSOGLU, NN_KIND_PERSON, "Mevlüt Çavuşoğlu");
	ALIAS(E_CAVUSOGLU, "Çavuşoğlu", NN_ALIAS_SURNAME, false);
	ENT(E_ANKARA, NN_KIND_PLACE, "Ankara");
	ENT(E_GEORGIA, NN_KIND_COUNTRY, "Georgia");
	ENT(E_RASMUSSEN_A, NN_KIND_PERSON, "Anders Fogh Rasmussen");
	ALIAS(E_RASMUSSEN_A, "Rasmussen", NN_ALIAS_SURNAME, false);
	ENT(E_RASMUSSEN_L, NN_KIND_PERSON, "Lars Løkke Rasmussen");
	ALIAS(E_RASMUSSEN_L, "Rasmussen", NN_ALIAS_SURNAME, false);

	nn_gz_add_office(gz, 1, E_NATO);
	nn_gz_add_office_alias(gz, 1, "NATO Secretary General", 22, -1);
	nn_gz_add_office_alias(gz, 1, "NATO chief", 10, -1);
	nn_gz_add_office_alias(gz, 1, "Secretary General", 17, E_NATO);
	nn_gz_add_term(gz, 1, E_STOLTENBERG, nn_days_from_civil(2014, 10, 1), nn_days_from_civil(2024, 9, 30));
	nn_gz_add_term(gz, 1, E_RUTTE, nn_days_from_civil(2024, 10, 1), NN_NO_DATE);
	nn_gz_add_office(gz, 2, E_TURKEY);
	nn_gz_add_office_alias(gz, 2, "Turkey foreign minister", 23, -1);
	nn_gz_add_term(gz, 2, E_CAVUSOGLU, nn_days_from_civil(2015, 11, 24), nn_days_from_civil(2023, 6, 4));

	nn_gz_add_word(gz, "price", 5, NN_WORD_COMMON);
	nn_gz_add_word(gz, "spokesman", 9, NN_WORD_TITLE);
	nn_gz_add_word(gz, "Foreign Minister", 16, NN_WORD_TITLE);
	nn_gz_add_word(gz, "The", 3, NN_WORD_STOP);
	nn_gz_add_word(gz, "Monday", 6, NN_WORD_STOP);
	nn_gz_add_word(gz, "Ministry", 8, NN_WORD_ORG_HEAD);
	nn_gz_add_word(gz, "Foreign", 7, NN_WORD_GENERIC);
	nn_gz_add_word(gz, "city", 4, NN_WORD_PLACE_CUE);
	unit_add_context_words(gz);
	return gz;
}

/* "kind:Name|kind:Name|..." of the mentions of text, in order */
static const char *
found(const NNGzMatcher *gz, const char *text, int32_t anchor)
{
	static char out[2048];
	int			n;
	NNMention  *ms = nn_gz_find(gz, text, strlen(text), NULL, 0, anchor, &n);
	size_t		o = 0;

	out[0] = '\0';
	for (int i = 0; i < n; i++)
	{
		const char *kind = ms[i].kind == NN_KIND_PERSON ? "person" : ms[i].kind == NN_KIND_ORG ? "org" :
			ms[i].kind == NN_KIND_COUNTRY ? "country" : "place";

		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%s:%s", i ? "|" : "", kind, ms[i].name);
	}
	nn_gz_free_mentions(ms, n);
	return out;
}

UNIT_TEST(gazetteer_longest_match_and_folding)
{
	NNGzMatcher *gz = test_matcher();

	CHECK_STR(found(gz, "The NATO-Russia Council met.", NN_NO_DATE), "org:NATO-Russia Council");
	CHECK_STR(found(gz, "OTAN said MEVLUT CAVUSOGLU and Türkiye agree.", NN_NO_DATE),
			  "org:NATO|person:Mevlüt Çavuşoğlu|country:Turkey");
	CHECK_STR(found(gz, "otan is not an acronym here", NN_NO_DATE), "");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_offices_over_time)
{
	NNGzMatcher *gz = test_matcher();

	CHECK_STR(found(gz, "The NATO chief spoke.", nn_days_from_civil(2020, 1, 1)), "person:Jens Stoltenberg|org:NATO");
	CHECK_STR(found(gz, "The NATO chief spoke.", nn_days_from_civil(2025, 1, 1)), "person:Mark Rutte|org:NATO");
	/* possessive with a typographic apostrophe; the country inside the title counts */
	CHECK_STR(found(gz, "Turkey’s foreign minister left.", nn_days_from_civil(2020, 1, 1)),
			  "person:Mevlüt Çavuşoğlu|country:Turkey");
	/* a title needing context counts only where its organisation is mentioned */
	CHECK_STR(found(gz, "The Secretary General spoke.", nn_days_from_civil(2020, 1, 1)), "");
	CHECK_STR(found(gz, "At NATO, the Secretary General spoke.", nn_days_from_civil(2020, 1, 1)),
			  "org:NATO|person:Jens Stoltenberg");
	{
		int32_t		ids[4];

		CHECK_INT(nn_gz_lookup(gz, "NATO Secretary General", 22, 0, true, nn_days_from_civil(2025, 1, 1), ids, 4), 1);
		CHECK_INT(ids[0], E_RUTTE);
		CHECK_INT(nn_gz_lookup(gz, "NATO Secretary General", 22, 0, false, NN_NO_DATE, ids, 4), 0);
		CHECK_INT(nn_gz_lookup(gz, "rasmussen", 9, 0, false, NN_NO_DATE, ids, 4), 2);
	}
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_surnames_need_support)
{
	NNGzMatcher *gz = test_matcher();

	/* a common word is a surname only after the full name */
	CHECK_STR(found(gz, "Price rose again.", NN_NO_DATE), "");
	CHECK_STR(found(gz, "Ned Price spoke. Later Price said so.", NN_NO_DATE), "person:Ned Price|person:Ned Price");
	/* a unique surname stands alone; a shared one needs the full name */
	CHECK_STR(found(gz, "Stoltenberg spoke.", NN_NO_DATE), "person:Jens Stoltenberg");
	CHECK_STR(found(gz, "Rasmussen spoke.", NN_NO_DATE), "");
	CHECK_STR(found(gz, "Anders Fogh Rasmussen came; Rasmussen spoke.", NN_NO_DATE),
			  "person:Anders Fogh Rasmussen|person:Anders Fogh Rasmussen");
	/* one typo in a long name already mentioned */
	CHECK_STR(found(gz, "Jens Stoltenberg came. [Jens] Stoltenber’s plan.", NN_NO_DATE),
			  "person:Jens Stoltenberg|person:Jens Stoltenberg");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_demonyms_and_case)
{
	NNGzMatcher *gz = test_matcher();

	CHECK_STR(found(gz, "Turkish ships sailed to Ankara.", NN_NO_DATE), "country:Turkey|place:Ankara");
	CHECK_STR(found(gz, "we had turkey for dinner", NN_NO_DATE), "");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_names_from_context)
{
	NNGzMatcher *gz = test_matcher();

	CHECK_STR(found(gz, "Greek spokesman Stelios Petsas said so. Petsas left.", NN_NO_DATE),
			  "person:Stelios Petsas|person:Stelios Petsas");
	CHECK_STR(found(gz, "On Monday John Doe said it was fine.", NN_NO_DATE), "person:John Doe");
	CHECK_STR(found(gz, "The Foreign Ministry said no.", NN_NO_DATE), "");
	/* a country's department adds nothing to the country; a proper name does */
	CHECK_STR(found(gz, "The Turkish Foreign Ministry said no.", NN_NO_DATE), "country:Turkey");
	CHECK_STR(found(gz, "The Turkish Meteorology Ministry said no.", NN_NO_DATE),
			  "country:Turkey|org:Turkish Meteorology Ministry");
	CHECK_STR(found(gz, "They reached the Turkish resort city of Bodrum.", NN_NO_DATE),
			  "country:Turkey|place:Bodrum");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_hostile_input)
{
	NNGzMatcher *gz = test_matcher();
	static const char junk[] = "\xff\xfe NATO \xc3 \x00 Turkey\xe2\x80";
	int			n;
	NNMention  *ms = nn_gz_find(gz, junk, sizeof(junk) - 1, NULL, 0, NN_NO_DATE, &n);

	CHECK(n >= 1);
	for (int i = 0; i < n; i++)
		CHECK(ms[i].start >= 0 && ms[i].end <= (int32_t) sizeof(junk) && ms[i].start < ms[i].end);
	nn_gz_free_mentions(ms, n);
	CHECK(nn_gz_find(gz, "", 0, NULL, 0, NN_NO_DATE, &n) == NULL);
	CHECK_INT(n, 0);
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_former_holders_and_honorifics)
{
	NNGzMatcher *gz = test_matcher();

	/* "former" moves a title off the current holder */
	CHECK_STR(found(gz, "The former NATO chief spoke.", nn_days_from_civil(2025, 1, 1)), "org:NATO");
	/* "Mr Doe" is the "John Doe" named elsewhere */
	CHECK_STR(found(gz, "Mr Doe arrived. Monday John Doe said yes.", NN_NO_DATE), "person:John Doe|person:John Doe");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_shared_surname_by_office)
{
	NNGzMatcher *gz = test_matcher();

	/* two Rasmussens; only Anders Fogh held the NATO office in 2012 */
	nn_gz_add_term(gz, 1, E_RASMUSSEN_A, nn_days_from_civil(2009, 8, 1), nn_days_from_civil(2014, 9, 30));
	CHECK_STR(found(gz, "Rasmussen spoke.", nn_days_from_civil(2012, 1, 1)), "person:Anders Fogh Rasmussen");
	CHECK_STR(found(gz, "Rasmussen spoke.", nn_days_from_civil(2020, 1, 1)), "");
	nn_gz_free(gz);
}

UNIT_TEST(gazetteer_place_before_country)
{
	NNGzMatcher *gz = test_matcher();

	CHECK_STR(found(gz, "Talks were held in Kherson Oblast, Turkey on Monday.", NN_NO_DATE),
			  "place:Kherson Oblast|country:Turkey");
	CHECK_STR(found(gz, "BODRUM, Turkey (AP) — Ships left.", NN_NO_DATE), "place:Bodrum|country:Turkey");
	/* no cue: a name before a country is not a place */
	CHECK_STR(found(gz, "He met Kostas Papas, Greece envoy.", NN_NO_DATE), "country:Greece");
	nn_gz_free(gz);
}

/* Names found from context are cut from the text: whatever control characters stand
 * around or inside them, a name holds none, so its entity's text form reads back. */
UNIT_TEST(gazetteer_context_names_have_no_control_characters)
{
	NNGzMatcher *gz = test_matcher();
	static const char *const texts[] = {
		"On Monday John\x0b" "Doe said it was fine.",
		"On Monday John \x01Doe said it was fine.",
		"Greek spokesman Stelios\x0c\x01Petsas said so.",
		"Greek spokesman\x1f Stelios \x7f Petsas said so.",
		"They reached the Turkish resort city of\x0b Bod\x02rum.",
	};

	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		int			n;
		NNMention  *ms = nn_gz_find(gz, texts[t], strlen(texts[t]), NULL, 0, NN_NO_DATE, &n);

		for (int i = 0; i < n; i++)
			for (const char *c = ms[i].name; *c; c++)
				CHECK((unsigned char) *c >= 0x20 && *c != 0x7f);
		nn_gz_free_mentions(ms, n);
	}
	CHECK_STR(found(gz, "On Monday John Doe said it was fine.", NN_NO_DATE), "person:John Doe");
	nn_gz_free(gz);
}
