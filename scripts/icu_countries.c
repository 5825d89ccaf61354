/*
 * icu_countries.c: print every ISO 3166 region ICU knows with its display names.
 *
 * Output, one line per (country, language): iso2 TAB iso3 TAB lang TAB name. The English
 * name ("en") is the canonical name nato_news uses; the others become aliases. Run by
 * scripts/gen_gazetteer.py; the result is committed as data/icu_countries.tsv.
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

static const char *const languages[] = {
	"en", "tr", "fr", "de", "el", "ru", "uk", "es", "it", "pt", "nl", "pl", NULL
};

int
main(void)
{
	const char *const *regions = uloc_getISOCountries();

	for (int i = 0; regions[i] != NULL; i++)
	{
		char		locale[16];
		const char *iso3;

		snprintf(locale, sizeof(locale), "und_%s", regions[i]);
		iso3 = uloc_getISO3Country(locale);
		for (int l = 0; languages[l] != NULL; l++)
		{
			UChar		name[256];
			char		utf8[1024];
			UErrorCode	status = U_ZERO_ERROR;
			int32_t		len;

			len = uloc_getDisplayCountry(locale, languages[l], name, 256, &status);
			if (U_FAILURE(status) || len <= 0)
				continue;
			/* a missing translation falls back to the code itself */
			if (status == U_USING_DEFAULT_WARNING)
				continue;
			u_strToUTF8(utf8, sizeof(utf8), NULL, name, len, &status);
			if (U_FAILURE(status))
				continue;
			printf("%s\t%s\t%s\t%s\n", regions[i], iso3, languages[l], utf8);
		}
	}
	return 0;
}
