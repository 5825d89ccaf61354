/*
 * text_buf.c: the growing byte buffer of text_buf.h.
 */
#include "text_buf.h"

#include <string.h>

#include "nn_alloc.h"

static void
reserve(NNBuf *b, int32_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		int32_t		cap = b->cap ? b->cap : 256;

		while (cap < b->len + extra + 1)
			cap *= 2;
		b->data = nn_realloc(b->data, (size_t) cap);
		b->cap = cap;
	}
}

void
nn_buf_append(NNBuf *b, const char *s, int32_t n)
{
	reserve(b, n);
	memcpy(b->data + b->len, s, (size_t) n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
nn_buf_append_str(NNBuf *b, const char *s)
{
	nn_buf_append(b, s, (int32_t) strlen(s));
}

void
nn_buf_append_utf8(NNBuf *b, uint32_t cp)
{
	char		out[4];
	int32_t		n;

	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80)
		out[0] = (char) cp, n = 1;
	else if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		n = 2;
	}
	else if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		n = 3;
	}
	else
	{
		out[0] = (char) (0xF0 | (cp >> 18));
		out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char) (0x80 | (cp & 0x3F));
		n = 4;
	}
	nn_buf_append(b, out, n);
}

void
nn_buf_trim_end(NNBuf *b)
{
	while (b->len > 0 && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\t'))
		b->data[--b->len] = '\0';
}

char *
nn_buf_take(NNBuf *b)
{
	char	   *s = b->data ? b->data : nn_strndup("", 0);

	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}
