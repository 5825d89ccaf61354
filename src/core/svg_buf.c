/*
 * svg_buf.c: a growable byte buffer for the SVG writer (doubling, NUL-terminated).
 */
#include "svg_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "nn_alloc.h"

void
svg_buf_init(SvgBuf *buf)
{
	buf->cap = 1024;
	buf->len = 0;
	buf->data = nn_alloc(buf->cap);
	buf->data[0] = '\0';
}

/* Make room for extra more bytes plus the terminating NUL. */
static void
svg_buf_reserve(SvgBuf *buf, size_t extra)
{
	size_t		need = buf->len + extra + 1;

	if (need <= buf->cap)
		return;
	while (buf->cap < need)
		buf->cap *= 2;
	buf->data = nn_realloc(buf->data, buf->cap);
}

void
svg_buf_put(SvgBuf *buf, const char *bytes, size_t len)
{
	svg_buf_reserve(buf, len);
	memcpy(buf->data + buf->len, bytes, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
}

void
svg_buf_puts(SvgBuf *buf, const char *s)
{
	svg_buf_put(buf, s, strlen(s));
}

void
svg_buf_printf(SvgBuf *buf, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	svg_buf_reserve(buf, (size_t) n);
	va_start(ap, fmt);
	vsnprintf(buf->data + buf->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	buf->len += (size_t) n;
}

void
svg_buf_free(SvgBuf *buf)
{
	nn_free(buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}
