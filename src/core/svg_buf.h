/*
 * svg_buf.h: the growable byte buffer the SVG writer appends to.
 *
 * Allocated through nn_alloc, so under PostgreSQL it lives in the caller's memory
 * context; the buffer always holds a terminating NUL after len bytes.
 */
#ifndef NN_SVG_BUF_H
#define NN_SVG_BUF_H

#include <stddef.h>

typedef struct SvgBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} SvgBuf;

void		svg_buf_init(SvgBuf *buf);
void		svg_buf_put(SvgBuf *buf, const char *bytes, size_t len);
void		svg_buf_puts(SvgBuf *buf, const char *s);
void		svg_buf_printf(SvgBuf *buf, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));
void		svg_buf_free(SvgBuf *buf);

#endif
