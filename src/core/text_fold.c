/*
 * text_fold.c: accent, case and script folding through ICU.
 *
 * The transform is the one nato_news documents: Greek and Cyrillic to Latin first, then
 * decompose, drop combining marks, map the remaining Latin letters to ASCII and lower
 * the case. u_strFoldCase alone would turn "İ" into "i" + U+0307 and leave "ı" alone,
 * which breaks Turkish names, hence the transliterator.
 *
 * Opening a transliterator parses its rules and takes milliseconds, so it is opened once
 * per process and kept. ICU allocates with malloc; the handle is stored only after the
 * open succeeded.
 */
#include "text_fold.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utrans.h>
#include <unicode/ustring.h>

static UTransliterator *fold_transliterator;

static const char fold_rules_id[] =
	"Any-Latin; NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; Lower; NFC";

bool
nn_is_ascii(const char *in, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char) in[i] >= 0x80)
			return false;
	return true;
}

static UTransliterator *
fold_open(void)
{
	if (fold_transliterator == NULL)
	{
		UErrorCode	status = U_ZERO_ERROR;
		UChar		id[sizeof(fold_rules_id)];
		UTransliterator *opened;

		u_uastrcpy(id, fold_rules_id);
		opened = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
		if (U_FAILURE(status))
			return NULL;
		fold_transliterator = opened;
	}
	return fold_transliterator;
}

void
nn_fold_release(void)
{
	if (fold_transliterator != NULL)
		utrans_close(fold_transliterator);
	fold_transliterator = NULL;
}

bool
nn_fold_warm(void)
{
	static const char *const samples[] = {
		"\xc3\x87" "avu\xc5\x9f" "o\xc4\x9f" "lu \xc4\xb0" "stanbul",	/* Çavuşoğlu İstanbul */
		"\xce\x91\xce\xb8\xce\xae\xce\xbd\xce\xb1",	/* Αθήνα */
		"\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",	/* Москва */
		"\xd8\xa7\xd9\x84\xd8\xa5\xd9\x85\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa",	/* الإمارات */
		"\xd7\x99\xd7\xa9\xd7\xa8\xd7\x90\xd7\x9c",	/* ישראל */
		"\xd5\x80\xd5\xa1\xd5\xb5\xd5\xa1\xd5\xbd\xd5\xbf\xd5\xa1\xd5\xb6",	/* Հայաստան */
		"\xe1\x83\xa1\xe1\x83\x90\xe1\x83\xa5\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x95\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x9d",	/* საქართველო */
	};
	char		out[128];

	for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++)
		if (nn_fold(samples[i], strlen(samples[i]), out, sizeof(out)) < 0)
			return false;
	return true;
}

static long
fold_ascii(const char *in, size_t len, char *out, size_t outcap)
{
	if (outcap > 0)
	{
		size_t		n = len < outcap - 1 ? len : outcap - 1;

		for (size_t i = 0; i < n; i++)
		{
			char		c = in[i];

			out[i] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		out[n] = '\0';
	}
	return (long) len;
}

/* Stack buffers serve names and tokens; longer text goes through the heap. */
#define FOLD_STACK_UNITS 256

static long
fold_icu(const char *in, size_t len, char *out, size_t outcap)
{
	UTransliterator *trans = fold_open();
	UErrorCode	status = U_ZERO_ERROR;
	UChar		stack_units[FOLD_STACK_UNITS];
	UChar	   *units = stack_units;
	int32_t		capacity = FOLD_STACK_UNITS;
	int32_t		nunits;
	int32_t		limit;
	int32_t		needed;
	long		result = -1;

	if (trans == NULL || len > (size_t) (INT32_MAX / 4))
		return -1;

	u_strFromUTF8(NULL, 0, &nunits, in, (int32_t) len, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
		return -1;
	status = U_ZERO_ERROR;

	/* transliteration can grow the text (ß -> ss, Щ -> Shch): leave room */
	if (nunits * 4 + 16 > capacity)
	{
		capacity = nunits * 4 + 16;
		units = malloc(sizeof(UChar) * (size_t) capacity);
		if (units == NULL)
			return -1;
	}
	u_strFromUTF8(units, capacity, &nunits, in, (int32_t) len, &status);
	if (U_FAILURE(status))
		goto done;

	limit = nunits;
	utrans_transUChars(trans, units, &nunits, capacity, 0, &limit, &status);
	if (U_FAILURE(status))
		goto done;

	u_strToUTF8(out, outcap > INT32_MAX ? INT32_MAX : (int32_t) outcap, &needed,
				units, nunits, &status);
	if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING ||
		U_SUCCESS(status))
	{
		if (outcap > 0 && (size_t) needed >= outcap)
			out[outcap - 1] = '\0';
		result = needed;
	}

done:
	if (units != stack_units)
		free(units);
	return result;
}

long
nn_fold(const char *in, size_t len, char *out, size_t outcap)
{
	if (nn_is_ascii(in, len))
		return fold_ascii(in, len, out, outcap);
	return fold_icu(in, len, out, outcap);
}
