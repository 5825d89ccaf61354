/*
 * utf8.h: small UTF-8 helpers shared by the core's scanners.
 *
 * The core works in byte offsets; the SQL surface reports character positions, so the
 * glue converts with nn_utf8_chars.
 */
#ifndef NN_UTF8_H
#define NN_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Number of characters in len bytes of valid UTF-8 (continuation bytes not counted). */
static inline size_t
nn_utf8_chars(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char) s[i] & 0xC0) != 0x80;
	return n;
}

/* Decode the code point at s[*pos] (len bytes in all) and advance *pos; invalid bytes
 * decode as U+FFFD one byte at a time, so a scanner never stalls or overruns. */
uint32_t	nn_utf8_next(const char *s, size_t len, size_t *pos);

/* Length in bytes of the valid UTF-8 sequence at s (len bytes left), 0 if invalid. */
int			nn_utf8_seqlen(const char *s, size_t len);

bool		nn_utf8_valid(const char *s, size_t len);

#endif
