/*
 * image_io.h: writing a built structure as one flat block of bytes and reading it back.
 *
 * What backends of a preloaded library share (the gazetteer matcher: gz_image.c; the
 * event trigger table: trigger_image.c) is written as arrays copied as they are, each
 * padded to 8 bytes so the next starts aligned, and strings, each as a 32-bit length and
 * its bytes. A writer without a buffer only counts, so one function both sizes and
 * writes an image. A reader copies each array into an allocation of its own and checks
 * every length against the block: a short or corrupt block sets `bad`, never reads past.
 */
#ifndef NN_IMAGE_IO_H
#define NN_IMAGE_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What every image opens with: which image it is, written by which library, in which
 * layout of the structs it copies. A reader refuses an image whose stamp differs. */
typedef struct NNImageStamp
{
	uint64_t	magic;
	char		version[16];	/* NN_EXTVERSION of the library that wrote it */
	uint32_t	layout;			/* sizes of the structs copied, so a changed struct refuses */
} NNImageStamp;

void		nn_image_stamp(NNImageStamp *stamp, uint64_t magic, uint32_t layout);
bool		nn_image_stamp_matches(const NNImageStamp *stamp, uint64_t magic, uint32_t layout);

/* the length written for an absent string (NULL) */
#define NN_IMAGE_NO_STRING UINT32_MAX

typedef struct NNImageWriter
{
	unsigned char *buf;			/* NULL: only count */
	size_t		cap;
	size_t		len;
} NNImageWriter;

void		nn_image_put(NNImageWriter *w, const void *data, size_t n);
/* zeros up to the next multiple of 8 */
void		nn_image_pad(NNImageWriter *w);
void		nn_image_put_padded(NNImageWriter *w, const void *data, size_t n);
/* n bytes of s, or an absent string when s is NULL */
void		nn_image_put_string(NNImageWriter *w, const char *s, size_t n);

typedef struct NNImageReader
{
	const unsigned char *buf;
	size_t		len;
	size_t		pos;
	bool		bad;
} NNImageReader;

/* A copy (nn_alloc) of the next n bytes, read as nn_image_put_padded wrote them; an
 * empty array is NULL. */
void	   *nn_image_take_array(NNImageReader *r, size_t n);

/* The next string as a NUL-terminated copy, its length in *len_out (may be NULL); NULL
 * for an absent string, which is a bad image unless allow_absent. */
char	   *nn_image_take_string(NNImageReader *r, size_t *len_out, bool allow_absent);

/* Where the first array after a header of `bytes` starts. */
static inline size_t
nn_image_padded(size_t bytes)
{
	return bytes + (8 - bytes % 8) % 8;
}

#endif
