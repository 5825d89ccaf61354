/*
 * byte_scan.h: looking at eight bytes at a time.
 *
 * The article parser reads every byte of an article several times (lines, blanks,
 * sentence ends, character counts); a loop that tests one byte per step costs about a
 * nanosecond a byte, the price of a whole load of the same text into a text column.
 * These helpers test a 64-bit word of the text at once ("SIMD within a register"): a
 * word with no byte of interest is skipped in a few instructions. Any byte order: the
 * masks keep each byte's bit in that byte, and the first byte is found by the order.
 */
#ifndef NN_BYTE_SCAN_H
#define NN_BYTE_SCAN_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define NN_BYTES_ONES UINT64_C(0x0101010101010101)
#define NN_BYTES_HIGH UINT64_C(0x8080808080808080)
#define NN_BYTES_LOW7 UINT64_C(0x7f7f7f7f7f7f7f7f)

/* The eight bytes at s (any alignment). */
static inline uint64_t
nn_bytes_load(const char *s)
{
	uint64_t	w;

	memcpy(&w, s, sizeof(w));
	return w;
}

/* The high bit of each byte of w that equals c, and no other bit (exact, no borrow). */
static inline uint64_t
nn_bytes_equal(uint64_t w, unsigned char c)
{
	uint64_t	x = w ^ (NN_BYTES_ONES * c);

	return ~(((x & NN_BYTES_LOW7) + NN_BYTES_LOW7) | x) & NN_BYTES_HIGH;
}

/* Whether some byte of w is below n (n <= 128). The answer is exact; which byte is not
 * (a borrow can mark a byte above the one that is below n), so callers only ask. */
static inline bool
nn_bytes_any_below(uint64_t w, unsigned char n)
{
	return ((w - NN_BYTES_ONES * n) & ~w & NN_BYTES_HIGH) != 0;
}

/* The high bit of each UTF-8 continuation byte (10xxxxxx) of w. */
static inline uint64_t
nn_bytes_continuation(uint64_t w)
{
	return w & ~(w << 1) & NN_BYTES_HIGH;
}

/* Which byte of the word the lowest-addressed set high bit of mask is in (mask != 0). */
static inline int
nn_bytes_first(uint64_t mask)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_clzll(mask) / 8;
#else
	return __builtin_ctzll(mask) / 8;
#endif
}

/* The marks of mask whose next byte (one address up) is marked too. */
static inline uint64_t
nn_bytes_followed(uint64_t mask)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return mask & (mask << 8);
#else
	return mask & (mask >> 8);
#endif
}

/* How many bytes a mask of high bits marks: one multiply adds the eight bits into the
 * top byte (without a popcount instruction, __builtin_popcountll is a library call). */
static inline size_t
nn_bytes_count(uint64_t mask)
{
	return (size_t) (((mask >> 7) * NN_BYTES_ONES) >> 56);
}

/* How many bytes of s[0..len) are UTF-8 continuation bytes. */
static inline size_t
nn_bytes_count_continuation(const char *s, size_t len)
{
	size_t		n = 0,
				i = 0;

	for (; i + 8 <= len; i += 8)
		n += nn_bytes_count(nn_bytes_continuation(nn_bytes_load(s + i)));
	for (; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) == 0x80;
	return n;
}

/*
 * The first byte of s[from..len) that is a or b, or len: eight bytes at a time, then
 * one at a time for the last few.
 */
static inline size_t
nn_bytes_next_of(const char *s, size_t from, size_t len, unsigned char a, unsigned char b)
{
	size_t		i = from;

	for (; i + 8 <= len; i += 8)
	{
		uint64_t	w = nn_bytes_load(s + i);
		uint64_t	hits = nn_bytes_equal(w, a) | nn_bytes_equal(w, b);

		if (hits != 0)
			return i + (size_t) nn_bytes_first(hits);
	}
	for (; i < len; i++)
		if ((unsigned char) s[i] == a || (unsigned char) s[i] == b)
			return i;
	return len;
}

/*
 * How common a byte is in English news text, 0 (rare) to 27 (space): lower-case letters
 * by their frequency in English, everything else as rare. nn_bytes_find looks for a
 * needle's rarest byte, so that it stops seldom: "ookie" is found by its 'k' (under 1% of
 * a text's bytes), where its first 'o' (7%) stopped the scan every fifteen bytes.
 */
static inline int
nn_bytes_commonness(unsigned char c)
{
	static const unsigned char commonness[256] = {
		[' '] = 27, ['z'] = 1, ['q'] = 2, ['x'] = 3, ['j'] = 4, ['k'] = 5, ['v'] = 6,
		['b'] = 7, ['p'] = 8, ['y'] = 9, ['g'] = 10, ['f'] = 11, ['w'] = 12, ['m'] = 13,
		['u'] = 14, ['c'] = 15, ['l'] = 16, ['d'] = 17, ['r'] = 18, ['h'] = 19,
		['s'] = 20, ['n'] = 21, ['i'] = 22, ['o'] = 23, ['a'] = 24, ['t'] = 25,
		['e'] = 26,
	};

	return commonness[c];
}

/*
 * Where needle (nlen >= 1 bytes) first occurs in s[0..len), or NULL: memmem for the
 * short texts of one line and for the few-letter words looked for in a whole text,
 * where memmem's set-up costs more than the search. The scan looks for the needle's
 * rarest byte and compares the rest around it.
 */
static inline const char *
nn_bytes_find(const char *s, size_t len, const char *needle, size_t nlen)
{
	size_t		anchor = 0;
	unsigned char rare;

	if (nlen > len)
		return NULL;
	for (size_t k = 1; k < nlen; k++)
		if (nn_bytes_commonness((unsigned char) needle[k]) <
			nn_bytes_commonness((unsigned char) needle[anchor]))
			anchor = k;
	rare = (unsigned char) needle[anchor];
	/* i: where the rare byte would be for a match starting at i - anchor */
	for (size_t i = anchor; i + nlen - anchor <= len; i++)
	{
		i = nn_bytes_next_of(s, i, len - nlen + anchor + 1, rare, rare);
		if (i + nlen - anchor > len)
			return NULL;
		if (memcmp(s + i - anchor, needle, nlen) == 0)
			return s + i - anchor;
	}
	return NULL;
}

#endif
