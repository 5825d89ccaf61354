/*
 * markdown_fuzzer.c: libFuzzer harness for the Markdown reader.
 *
 * Any byte string goes in as Markdown; the reader must return without reading or writing
 * out of bounds, and its output must be a string of the length it says.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "markdown.h"
#include "nn_alloc.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NNBuf		out = {NULL, 0, 0};
	char	   *copy = malloc(size + 1);

	memcpy(copy, data, size);
	copy[size] = '\0';
	(void) nn_markdown_likely(copy, (int32_t) size);
	nn_markdown_to_text(copy, (int32_t) size, &out);
	if (out.data != NULL && (int32_t) strlen(out.data) > out.len)
		abort();
	nn_free(out.data);
	free(copy);
	return 0;
}
