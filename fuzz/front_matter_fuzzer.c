/*
 * front_matter_fuzzer.c: libFuzzer harness for the YAML and TOML front matter readers.
 *
 * Any byte string is offered as the opening of a Markdown file (with a fence put in
 * front when the first byte asks for it). The reader must return without reading out of
 * bounds; on success the body must start inside the text; on an error the line must be
 * one of the text's lines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "front_matter.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const fences[] = {"---\n", "+++\n", ""};
	const char *fence = fences[size > 0 ? data[0] % 3 : 2];
	size_t		fence_len = strlen(fence);
	size_t		len = fence_len + (size > 0 ? size - 1 : 0);
	char	   *text = malloc(len + 1);
	NNArticleMeta meta;
	NNParseError error = {0, ""};
	int32_t		body_start = -1;
	int32_t		lines = 1;

	memcpy(text, fence, fence_len);
	if (size > 0)
		memcpy(text + fence_len, data + 1, size - 1);
	text[len] = '\0';
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	nn_meta_init(&meta);
	switch (nn_front_matter_read(text, (int32_t) len, &meta, &body_start, &error))
	{
		case NN_FRONT_MATTER_OK:
			if (body_start < 0 || body_start > (int32_t) len)
				abort();
			break;
		case NN_FRONT_MATTER_BAD:
			if (error.line < 1 || error.line > lines || error.message[0] == '\0')
				abort();
			break;
		case NN_FRONT_MATTER_NONE:
			break;
	}
	nn_meta_free(&meta);
	free(text);
	return 0;
}
