/* Unit tests of the matcher image: a matcher read back from its image finds what the
 * original finds, writes the same bytes again, and a short or foreign block is refused. */
#include "unit.h"

#include <stdlib.h>

#include "civil_date.h"
#include "gz_matcher.h"
#include "unit_words.h"

enum
{
	E_NATO = 1, E_TURKEY, E_STOLTENBERG, E_RUTTE, E_ZELENSKYY, E_ATHENS, E_MOD
};

/* every part of a matcher: entities, aliases of each kind (case-sensitive ones keep a raw
 * key), offices with terms and a context, long one-word names, words of each role */
static NNGzMatcher *
image_matcher(void)
{
	NNGzMatcher *gz = nn_gz_new();

#define ENT(id, kind, name) nn_gz_add_entity(gz, id, kind, name, strlen(name))
#define ALIAS(id, a, kind, cs) nn_gz_add_alias(gz, id, a, strlen(a), kind, cs)
	ENT(E_NATO, NN_KIND_ORG, "NATO");
	ALIAS(E_NATO, "OTAN", NN_ALIAS_ACRONYM, true);
	ALIAS(E_NATO, "НАТО", NN_ALIAS_OTHER_LANGUAGE, false);
	ENT(E_TURKEY, NN_KIND_COUNTRY, "Turkey");
	ALIAS(E_TURKEY, "Türkiye", NN_ALIAS_OTHER_LANGUAGE, false);
	ALIAS(E_TURKEY, "Turkish", NN_ALIAS_DEMONYM, false);
	ENT(E_STOLTENBERG, NN_KIND_PERSON, "Jens Stoltenberg");
	ALIAS(E_STOLTENBERG, "Stoltenberg", NN_ALIAS_SURNAME, false);
	ENT(E_RUTTE, NN_KIND_PERSON, "Mark Rutte");
	ALIAS(E_RUTTE, "Rutte", NN_ALIAS_SURNAME, false);
	ENT(E_ZELENSKYY, NN_KIND_PERSON, "Volodymyr Zelenskyy");
	ALIAS(E_ZELENSKYY, "Zelenskyy", NN_ALIAS_SURNAME, false);
	ENT(E_ATHENS, NN_KIND_PLACE, "Athens");
	ALIAS(E_ATHENS, "Αθήνα", NN_ALIAS_OTHER_LANGUAGE, false);
	ENT(E_MOD, NN_KIND_ORG, "Turkish Ministry of National Defence");

	nn_gz_add_office(gz, 1, E_NATO);
	nn_gz_add_office_alias(gz, 1, "NATO chief", 10, -1);
	nn_gz_add_office_alias(gz, 1, "Secretary General", 17, E_NATO);
	nn_gz_add_term(gz, 1, E_STOLTENBERG, nn_days_from_civil(2014, 10, 1), nn_days_from_civil(2024, 9, 30));
	nn_gz_add_term(gz, 1, E_RUTTE, nn_days_from_civil(2024, 10, 1), NN_NO_DATE);

	nn_gz_add_word(gz, "spokesman", 9, NN_WORD_TITLE);
	nn_gz_add_word(gz, "The", 3, NN_WORD_STOP);
	nn_gz_add_word(gz, "Ministry", 8, NN_WORD_ORG_HEAD);
	nn_gz_add_word(gz, "city", 4, NN_WORD_PLACE_CUE);
	unit_add_context_words(gz);
	return gz;
}

static const char *const texts[] = {
	"OTAN and НАТО: the NATO chief met Turkish officials in Αθήνα.",
	"The Secretary General spoke at NATO on Monday.",
	"Zelenskiyy thanked Stoltenberg; Rutte said Türkiye agreed.",
	"The Turkish Ministry of National Defence said the city of Athens was calm.",
	"otan is lower case here, and Ahmet Yilmaz said nothing.",
};

/* the mentions of text as "kind:name@start-end|...", kind as its letter */
static char *
mentions_of(const NNGzMatcher *gz, const char *text, int32_t anchor)
{
	char	   *out = calloc(1, 4096);
	int			n;
	NNMention  *ms = nn_gz_find(gz, text, strlen(text), NULL, 0, anchor, &n);
	size_t		o = 0;

	for (int i = 0; i < n && o < 4000; i++)
		o += (size_t) snprintf(out + o, 4096 - o, "%s%c:%s@%d-%d", i ? "|" : "",
							   (char) ms[i].kind, ms[i].name, (int) ms[i].start, (int) ms[i].end);
	nn_gz_free_mentions(ms, n);
	return out;
}

static unsigned char *
image_of(const NNGzMatcher *gz, size_t *len)
{
	unsigned char *buf;

	*len = nn_gz_image_write(gz, NULL, 0);
	buf = malloc(*len);
	CHECK_INT(nn_gz_image_write(gz, buf, *len), *len);
	return buf;
}

UNIT_TEST(gz_image_round_trip_finds_the_same)
{
	NNGzMatcher *gz = image_matcher();
	size_t		len,
				len2;
	unsigned char *img = image_of(gz, &len);
	NNGzMatcher *copy = nn_gz_image_read(img, len);
	unsigned char *img2;

	CHECK(copy != NULL);
	if (copy == NULL)
		return;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (int y = 2020; y <= 2025; y += 5)
		{
			char	   *a = mentions_of(gz, texts[i], nn_days_from_civil(y, 1, 1));
			char	   *b = mentions_of(copy, texts[i], nn_days_from_civil(y, 1, 1));

			CHECK(a[0] != '\0');
			CHECK_STR(b, a);
			free(a);
			free(b);
		}
	/* the copy writes the very same bytes */
	img2 = image_of(copy, &len2);
	CHECK_INT(len2, len);
	CHECK(len2 == len && memcmp(img, img2, len) == 0);

	/* and stays an ordinary matcher: it grows, and the new alias is found */
	nn_gz_add_entity(copy, 99, NN_KIND_PLACE, "Ankara", 6);
	{
		char	   *b = mentions_of(copy, "They flew to Ankara.", NN_NO_DATE);

		CHECK_STR(b, "l:Ankara@13-19");
		free(b);
	}
	nn_gz_free(copy);
	nn_gz_free(gz);
	free(img);
	free(img2);
}

UNIT_TEST(gz_image_refuses_short_or_foreign_blocks)
{
	NNGzMatcher *gz = image_matcher();
	size_t		len;
	unsigned char *img = image_of(gz, &len);
	int			accepted = 0;

	/* every truncation is refused, and none reads past the block (ASan in make fuzz) */
	for (size_t cut = 0; cut < len; cut++)
	{
		unsigned char *part = malloc(cut > 0 ? cut : 1);
		NNGzMatcher *m;

		memcpy(part, img, cut);
		m = nn_gz_image_read(part, cut);
		accepted += m != NULL;
		nn_gz_free(m);
		free(part);
	}
	CHECK_INT(accepted, 0);

	/* a block that is not an image, or one with bytes after it */
	img[0] ^= 0xff;
	CHECK(nn_gz_image_read(img, len) == NULL);
	img[0] ^= 0xff;
	{
		unsigned char *longer = calloc(1, len + 8);
		NNGzMatcher *m;

		memcpy(longer, img, len);
		m = nn_gz_image_read(longer, len + 8);
		CHECK(m == NULL);
		nn_gz_free(m);
		free(longer);
	}
	CHECK(nn_gz_image_read(NULL, 0) == NULL);
	{
		NNGzMatcher *m = nn_gz_image_read(img, len);

		CHECK(m != NULL);
		nn_gz_free(m);
	}
	free(img);
	nn_gz_free(gz);
}
