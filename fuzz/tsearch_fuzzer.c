/*
 * tsearch_fuzzer.c: libFuzzer harness of the text search core: scan any bytes into
 * tokens, analyse every word, and build phrase keys, checking the scanner's invariants.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ts_token.h"

static NNTsWord word;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *) data;
	NNTsScanner scanner = {text, size, 0};
	NNTsTokenType type;
	size_t		start,
				len,
				covered = 0;
	char		key[512];

	while ((type = nn_ts_next(&scanner, &start, &len)) != NN_TS_END)
	{
		/* tokens are contiguous, non-empty and inside the input */
		if (start != covered || len == 0 || start + len > size)
			abort();
		covered = start + len;
		if (type != NN_TS_BLANK && nn_ts_analyze(text + start, len, &word))
		{
			size_t		key_len = strlen(word.key);

			if (key_len == 0 || word.nparts < 1 || word.nparts > NN_TS_MAXPARTS ||
				word.head_len < 0 || (size_t) word.head_len > key_len)
				abort();
			for (int p = 0; p < word.nparts; p++)
				if (word.part_start[p] < 0 || word.part_len[p] <= 0 ||
					(size_t) (word.part_start[p] + word.part_len[p]) > key_len)
					abort();
		}
	}
	if (covered != size)
		abort();
	nn_ts_phrase_key(text, size, false, key, sizeof(key));
	nn_ts_phrase_key(text, size, true, key, sizeof(key));
	return 0;
}
