/*
 * gz_image_fuzzer.c: libFuzzer harness of the matcher image reader (src/core/gz_image.c).
 *
 * Random bytes almost never pass the header, so the input mostly edits a real image: the
 * image of the harnesses' small matcher, with each 3 bytes of input setting one byte
 * (a 16-bit offset and a value) and a leftover byte cutting the image short. The reader
 * must refuse or accept without reading outside the block (ASan watches), and a matcher
 * it accepts must free cleanly. An accepted image is not scanned: the indices inside an
 * image are trusted, since only the library that wrote it reads it. The raw input is
 * read as an image too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_gazetteer.h"

static unsigned char *image;
static size_t image_len;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *edited;
	size_t		len;

	if (image == NULL)
	{
		build();
		image_len = nn_gz_image_write(gz, NULL, 0);
		image = malloc(image_len);
		if (image == NULL || nn_gz_image_write(gz, image, image_len) != image_len)
			abort();
	}
	nn_gz_free(nn_gz_image_read(data, size));

	edited = malloc(image_len);
	if (edited == NULL)
		return 0;
	memcpy(edited, image, image_len);
	len = image_len;
	for (size_t i = 0; i + 3 <= size; i += 3)
		edited[((size_t) data[i] << 8 | data[i + 1]) % image_len] = data[i + 2];
	if (size % 3 != 0)
		len = image_len - (size_t) data[size - 1] % (image_len + 1);
	{
		/* a block of exactly len bytes, so that ASan sees a read past the cut */
		unsigned char *block = malloc(len > 0 ? len : 1);
		NNGzMatcher *m;

		if (block == NULL)
		{
			free(edited);
			return 0;
		}
		memcpy(block, edited, len);
		m = nn_gz_image_read(block, len);
		/* the unedited whole image is always accepted */
		if (size == 0 && m == NULL)
			abort();
		nn_gz_free(m);
		free(block);
	}
	free(edited);
	return 0;
}
