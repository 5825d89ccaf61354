/*
 * mentions_fuzzer.c: libFuzzer harness of the gazetteer matcher.
 *
 * Builds a small matcher once (names with accents, acronyms, demonyms, an office with
 * terms, context vocabulary) and scans arbitrary bytes with and without sentence spans,
 * checking that every mention lies inside the input and in order, and that every name
 * can be written as entity input and read back (a dump of stored mentions restores).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_gazetteer.h"

static void
check(const uint8_t *data, size_t size, const NNSpan *spans, int32_t nspans)
{
	int			n;
	bool		utf8 = valid_utf8((const char *) data, size);
	NNMention  *ms = nn_gz_find(gz, (const char *) data, size, spans, nspans,
							   nn_days_from_civil(2020, 10, 2), &n);

	for (int i = 0; i < n; i++)
	{
		if (ms[i].start < 0 || ms[i].end > (int32_t) size || ms[i].start >= ms[i].end ||
			ms[i].name == NULL || !readable_entity_name(ms[i].name, utf8) ||
			(i > 0 && ms[i].start < ms[i - 1].start))
			abort();
	}
	nn_gz_free_mentions(ms, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	NNSpan		spans[3];
	int32_t		third = (int32_t) (size / 3);

	if (gz == NULL)
		build();
	check(data, size, NULL, 0);
	/* three sentences of a third each, as the article parser would hand them */
	spans[0].start = 0;
	spans[0].end = third;
	spans[1].start = third;
	spans[1].end = 2 * third;
	spans[2].start = 2 * third;
	spans[2].end = (int32_t) size;
	check(data, size, spans, 3);
	return 0;
}
