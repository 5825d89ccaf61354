/*
 * text_buf.h: a growing, NUL-terminated byte buffer (nn_alloc'd), for the converters
 * that rewrite an input format into the plain text the article parser reads.
 */
#ifndef NN_TEXT_BUF_H
#define NN_TEXT_BUF_H

#include <stdbool.h>
#include <stdint.h>

typedef struct NNBuf
{
	char	   *data;			/* NULL until the first append */
	int32_t		len;
	int32_t		cap;
} NNBuf;

void		nn_buf_append(NNBuf *b, const char *s, int32_t n);
void		nn_buf_append_str(NNBuf *b, const char *s);

/*
 * One byte: inline, because the YAML and metadata readers append a byte at a time;
 * only a full buffer takes the call that grows it.
 */
static inline void
nn_buf_append_char(NNBuf *b, char c)
{
	if (b->len + 2 <= b->cap)
	{
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	}
	else
		nn_buf_append(b, &c, 1);
}

/* Append code point cp as UTF-8 (invalid code points become U+FFFD). */
void		nn_buf_append_utf8(NNBuf *b, uint32_t cp);
/* Drop trailing blanks (spaces, tabs) at the end of the buffer. */
void		nn_buf_trim_end(NNBuf *b);
/* The contents as an nn_alloc'd string ("" when empty); the buffer is left empty. */
char	   *nn_buf_take(NNBuf *b);

#endif
