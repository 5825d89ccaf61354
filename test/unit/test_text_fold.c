/* Unit tests of text_fold: accents, case, Turkish dotted and dotless i, other scripts. */
#include "unit.h"
#include "text_fold.h"

static const char *
fold(const char *in)
{
	static char out[256];

	if (nn_fold(in, strlen(in), out, sizeof(out)) < 0)
		return NULL;
	return out;
}

UNIT_TEST(fold_ascii_lowercases)
{
	CHECK_STR(fold("NATO Secretary-General"), "nato secretary-general");
	CHECK_STR(fold(""), "");
}

UNIT_TEST(fold_turkish_letters)
{
	CHECK_STR(fold("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
	CHECK_STR(fold("ÇAVUŞOĞLU"), "cavusoglu");
	CHECK_STR(fold("İstanbul"), "istanbul");
	CHECK_STR(fold("ıstanbul"), "istanbul");
	CHECK_STR(fold("ISTANBUL"), "istanbul");
	CHECK_STR(fold("Erdoğan"), "erdogan");
}

UNIT_TEST(fold_other_scripts)
{
	CHECK_STR(fold("Столтенберг"), "stoltenberg");
	CHECK_STR(fold("Τουρκία"), "tourkia");
}

UNIT_TEST(fold_typographic_punctuation)
{
	CHECK_STR(fold("Turkey’s"), "turkey's");
	CHECK_STR(fold("de‐confliction"), "de-confliction");
}

UNIT_TEST(fold_reports_needed_length)
{
	char		small[4];

	CHECK_INT(nn_fold("Erdoğan", strlen("Erdoğan"), small, sizeof(small)), 7);
	CHECK_STR(small, "erd");
	CHECK_INT(nn_fold("ABCDEFG", 7, small, sizeof(small)), 7);
	CHECK_STR(small, "abc");
}

UNIT_TEST(fold_rejects_invalid_utf8)
{
	char		out[16];

	CHECK_INT(nn_fold("\xff\xfe", 2, out, sizeof(out)), -1);
}

UNIT_TEST(fold_warm_builds_what_later_folds_use)
{
	/* what the postmaster runs when the library is preloaded, twice as a restart would */
	CHECK_INT(nn_fold_warm(), 1);
	CHECK_INT(nn_fold_warm(), 1);
	CHECK_STR(fold("Москва"), "moskva");
	CHECK_STR(fold("Ανδόρα"), "andora");
	nn_fold_release();
	CHECK_INT(nn_fold_warm(), 1);
}
