/*
 * image_io.c: the byte writer and reader behind the images backends share (image_io.h).
 */
#include "image_io.h"

#include <string.h>

#include "nn_alloc.h"

#ifndef NN_EXTVERSION
#define NN_EXTVERSION "core"
#endif

void
nn_image_stamp(NNImageStamp *stamp, uint64_t magic, uint32_t layout)
{
	memset(stamp, 0, sizeof(*stamp));
	stamp->magic = magic;
	strncpy(stamp->version, NN_EXTVERSION, sizeof(stamp->version) - 1);
	stamp->layout = layout;
}

bool
nn_image_stamp_matches(const NNImageStamp *stamp, uint64_t magic, uint32_t layout)
{
	return stamp->magic == magic && stamp->layout == layout &&
		strncmp(stamp->version, NN_EXTVERSION, sizeof(stamp->version)) == 0;
}

void
nn_image_put(NNImageWriter *w, const void *data, size_t n)
{
	if (w->buf != NULL && n > 0 && w->len + n <= w->cap)
		memcpy(w->buf + w->len, data, n);
	w->len += n;
}

void
nn_image_pad(NNImageWriter *w)
{
	static const unsigned char zeros[8];

	nn_image_put(w, zeros, nn_image_padded(w->len) - w->len);
}

void
nn_image_put_padded(NNImageWriter *w, const void *data, size_t n)
{
	nn_image_put(w, data, n);
	nn_image_pad(w);
}

void
nn_image_put_string(NNImageWriter *w, const char *s, size_t n)
{
	uint32_t	len = s == NULL ? NN_IMAGE_NO_STRING : (uint32_t) n;

	nn_image_put(w, &len, sizeof(len));
	if (s != NULL)
		nn_image_put(w, s, n);
}

void *
nn_image_take_array(NNImageReader *r, size_t n)
{
	size_t		padded = nn_image_padded(n);
	void	   *copy;

	if (r->bad || padded < n || padded > r->len - r->pos)
	{
		r->bad = true;
		return NULL;
	}
	copy = n > 0 ? nn_alloc(n) : NULL;
	if (n > 0)
		memcpy(copy, r->buf + r->pos, n);
	r->pos += padded;
	return copy;
}

char *
nn_image_take_string(NNImageReader *r, size_t *len_out, bool allow_absent)
{
	uint32_t	len;
	char	   *s;

	if (r->bad || sizeof(len) > r->len - r->pos)
	{
		r->bad = true;
		return NULL;
	}
	memcpy(&len, r->buf + r->pos, sizeof(len));
	r->pos += sizeof(len);
	if (len == NN_IMAGE_NO_STRING)
	{
		if (!allow_absent)
			r->bad = true;
		return NULL;
	}
	if (len > r->len - r->pos)
	{
		r->bad = true;
		return NULL;
	}
	s = nn_strndup((const char *) r->buf + r->pos, len);
	r->pos += len;
	if (len_out != NULL)
		*len_out = len;
	return s;
}
