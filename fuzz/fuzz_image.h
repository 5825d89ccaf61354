/*
 * fuzz_image.h: how the image harnesses (gz_image_fuzzer.c, trigger_image_fuzzer.c) turn
 * an input into an edited image. Random bytes almost never pass an image's header, so
 * the input edits a real one: each 3 bytes set one byte (a 16-bit offset and a value),
 * and a leftover byte cuts the image short.
 */
#ifndef NN_FUZZ_IMAGE_H
#define NN_FUZZ_IMAGE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * The edited copy of image, in a block of exactly *len bytes (malloc'd, at least one
 * byte), so that ASan sees a read past the cut; NULL when out of memory.
 */
static unsigned char *
edited_image(const uint8_t *data, size_t size, const unsigned char *image, size_t image_len,
			 size_t *len)
{
	unsigned char *edited = malloc(image_len);
	unsigned char *block;

	if (edited == NULL)
		return NULL;
	memcpy(edited, image, image_len);
	*len = image_len;
	for (size_t i = 0; i + 3 <= size; i += 3)
		edited[((size_t) data[i] << 8 | data[i + 1]) % image_len] = data[i + 2];
	if (size % 3 != 0)
		*len = image_len - (size_t) data[size - 1] % (image_len + 1);
	block = malloc(*len > 0 ? *len : 1);
	if (block != NULL)
		memcpy(block, edited, *len);
	free(edited);
	return block;
}

#endif
