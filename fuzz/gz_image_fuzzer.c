/*
 * gz_image_fuzzer.c: libFuzzer harness of the matcher image reader (src/core/gz_image.c).
 *
 * The input mostly edits a real image, the image of the harnesses' small matcher
 * (fuzz_image.h says how). The reader must refuse or accept without reading outside the
 * block (ASan watches), and a matcher it accepts must free cleanly. An accepted image is
 * not scanned: the indices inside an image are trusted, since only the library that
 * wrote it reads it. The raw input is read as an image too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_gazetteer.h"
#include "fuzz_image.h"

static unsigned char *image;
static size_t image_len;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *block;
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

	block = edited_image(data, size, image, image_len, &len);
	if (block == NULL)
		return 0;
	{
		NNGzMatcher *m = nn_gz_image_read(block, len);

		/* the unedited whole image is always accepted */
		if (size == 0 && m == NULL)
			abort();
		nn_gz_free(m);
	}
	free(block);
	return 0;
}
