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

#include "byte_scan.h"

/* Number of characters in len bytes of valid UTF-8 (continuation bytes not counted). */
static inline size_t
nn_utf8_chars(const char *s, size_t len)
{
	return len - nn_bytes_count_continuation(s, len);
}

/*
 * Character offsets of byte offsets in one UTF-8 text, for the rows the glue returns
 * (sentences, mentions, events, timexes). They come in text order, so a cursor counts
 * each stretch of the text once; an offset behind it is counted again from the start.
 */
typedef struct NNCharCursor
{
	const char *text;
	size_t		byte;
	size_t		chars;
} NNCharCursor;

static inline NNCharCursor
nn_char_cursor(const char *text)
{
	NNCharCursor c = {text, 0, 0};

	return c;
}

/* The character offset of byte offset byte (at a character boundary) of the text. */
static inline int32_t
nn_char_offset(NNCharCursor *c, size_t byte)
{
	if (byte < c->byte)
		c->byte = c->chars = 0;
	c->chars += nn_utf8_chars(c->text + c->byte, byte - c->byte);
	c->byte = byte;
	return (int32_t) c->chars;
}

/* Decode the code point at s[*pos] (len bytes in all) and advance *pos; invalid bytes
 * decode as U+FFFD one byte at a time, so a scanner never stalls or overruns. */
uint32_t	nn_utf8_next(const char *s, size_t len, size_t *pos);

/* Length in bytes of the valid UTF-8 sequence at s (len bytes left), 0 if invalid. */
int			nn_utf8_seqlen(const char *s, size_t len);

bool		nn_utf8_valid(const char *s, size_t len);

#endif
