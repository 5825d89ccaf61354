/*
 * test_byte_scan.c: the eight-bytes-at-a-time tests of core/byte_scan.h against the
 * plain loops they replace, on every alignment and on random bytes.
 */
#include "unit.h"

#include <stdlib.h>

#include "byte_scan.h"
#include "utf8.h"

static uint64_t
mask_of(const char *eight, unsigned char c)
{
	return nn_bytes_equal(nn_bytes_load(eight), c);
}

UNIT_TEST(byte_scan_equal_is_exact)
{
	/* a byte one above or below c, or c with the high bit flipped, is not c */
	const char w[8] = {' ', '!', 0x1f, (char) 0xa0, ' ', 0, ' ', ' '};
	uint64_t	m = mask_of(w, ' ');
	int			found = 0;

	CHECK_INT(__builtin_popcountll(m), 4);
	CHECK_INT(nn_bytes_count(m), 4);
	CHECK_INT(nn_bytes_count(NN_BYTES_HIGH), 8);
	CHECK_INT(nn_bytes_count(0), 0);
	CHECK_INT(nn_bytes_first(m), 0);
	CHECK_INT(nn_bytes_first(mask_of(w, '!')), 1);
	CHECK_INT(nn_bytes_first(mask_of(w, 0)), 5);
	CHECK_INT(mask_of(w, '\n') == 0, 1);
	for (int i = 0; i < 8; i++)
		found += (mask_of(w, (unsigned char) w[i]) != 0);
	CHECK_INT(found, 8);
}

UNIT_TEST(byte_scan_matches_plain_loops_on_random_bytes)
{
	char		buf[300];
	unsigned int seed = 12345;
	int			wrong_equal = 0,
				wrong_count = 0;

	for (int round = 0; round < 2000; round++)
	{
		/* a small alphabet so that every byte value of interest turns up often */
		static const char alphabet[] = " .!?\n\t\xe2\x80\xa6" "ab\xc3\xa7";

		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = alphabet[rand_r(&seed) % (sizeof(alphabet) - 1)];
		for (int off = 0; off < 8; off++)
		{
			size_t		len = (size_t) (rand_r(&seed) % 250);
			size_t		plain = 0;

			for (size_t i = 0; i < len; i++)
				plain += ((unsigned char) buf[off + i] & 0xC0) == 0x80;
			wrong_count += plain != nn_bytes_count_continuation(buf + off, len);
			for (int c = 0; c < 256; c += 7)
			{
				uint64_t	m = mask_of(buf + off, (unsigned char) c);
				int			first = -1;

				for (int k = 0; k < 8 && first < 0; k++)
					if ((unsigned char) buf[off + k] == c)
						first = k;
				wrong_equal += (m == 0) != (first < 0) || (m != 0 && nn_bytes_first(m) != first);
			}
		}
	}
	CHECK_INT(wrong_equal, 0);
	CHECK_INT(wrong_count, 0);
}

UNIT_TEST(byte_scan_utf8_chars_on_long_text)
{
	/* "Çavuşoğlu " 16 times: 10 characters, 13 bytes each */
	char		text[16 * 13 + 1];

	for (int i = 0; i < 16; i++)
		memcpy(text + i * 13, "\xc3\x87" "avu\xc5\x9f" "o\xc4\x9f" "lu ", 13);
	text[sizeof(text) - 1] = '\0';
	CHECK_INT(nn_utf8_chars(text, 16 * 13), 160);
	CHECK_INT(nn_utf8_chars(text + 1, 16 * 13 - 1), 159);	/* starts on a continuation byte */
}

UNIT_TEST(byte_scan_find_matches_memmem)
{
	char		buf[200];
	unsigned int seed = 777;
	int			wrong = 0;
	static const char *const needles[] = {"ookie", "pdated", "ab", "a", "aab", "ba.b", "kie", ".ok", "e", "bbbbbb"};

	CHECK_INT(nn_bytes_find("cookie", 6, "ookie", 5) != NULL, 1);
	CHECK_INT(nn_bytes_find("cooki", 5, "ookie", 5) == NULL, 1);
	CHECK_INT(nn_bytes_find("", 0, "a", 1) == NULL, 1);
	for (int round = 0; round < 5000; round++)
	{
		size_t		len = (size_t) (rand_r(&seed) % sizeof(buf));

		for (size_t i = 0; i < len; i++)
			buf[i] = "ab.okie"[rand_r(&seed) % 7];
		for (size_t k = 0; k < sizeof(needles) / sizeof(needles[0]); k++)
		{
			const char *plain = NULL;
			size_t		nlen = strlen(needles[k]);

			for (size_t i = 0; plain == NULL && i + nlen <= len; i++)
				if (memcmp(buf + i, needles[k], nlen) == 0)
					plain = buf + i;
			wrong += plain != nn_bytes_find(buf, len, needles[k], nlen);
		}
	}
	CHECK_INT(wrong, 0);
}

UNIT_TEST(byte_scan_any_below_is_exact)
{
	unsigned int seed = 99;
	int			wrong = 0;

	for (int round = 0; round < 100000; round++)
	{
		char		w[8];
		unsigned char n = (unsigned char) (1 + rand_r(&seed) % 128);
		bool		plain = false;

		for (int k = 0; k < 8; k++)
		{
			/* bytes near n and near the high bit, where a borrow would show */
			int			r = rand_r(&seed) % 4;

			w[k] = (char) (r == 0 ? n - 1 + rand_r(&seed) % 3 : r == 1 ? 0x7E + rand_r(&seed) % 4 :
						   rand_r(&seed) % 256);
			plain |= (unsigned char) w[k] < n;
		}
		wrong += plain != nn_bytes_any_below(nn_bytes_load(w), n);
	}
	CHECK_INT(wrong, 0);
}
