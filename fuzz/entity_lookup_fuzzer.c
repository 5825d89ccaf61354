/*
 * entity_lookup_fuzzer.c: libFuzzer harness of the gazetteer lookup behind entity input
 * and resolve().
 *
 * The first byte picks the kind filter and whether office titles count, the next four
 * the anchor date (any int32, the ends of the range included); the rest is the alias as
 * typed. Every id returned must name a catalogued entity of the asked kind, and the count
 * must not depend on how many ids the caller has room for.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_gazetteer.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const NNEntityKind kinds[] = {0, NN_KIND_PERSON, NN_KIND_ORG, NN_KIND_COUNTRY, NN_KIND_PLACE};
	NNEntityKind kind_filter;
	bool		with_offices;
	int32_t		anchor;
	int32_t		ids[4],
				one[1];
	int			n;

	if (gz == NULL)
		build();
	if (size < 5)
		return 0;
	kind_filter = kinds[data[0] % 5];
	with_offices = (data[0] & 0x80) != 0;
	memcpy(&anchor, data + 1, sizeof(anchor));
	if ((data[0] & 0x40) != 0)
		anchor = NN_NO_DATE;
	data += 5;
	size -= 5;

	n = nn_gz_lookup(gz, (const char *) data, size, kind_filter, with_offices, anchor, ids, 4);
	if (n < 0)
		abort();
	for (int i = 0; i < n && i < 4; i++)
	{
		NNEntityKind kind;
		const char *name = nn_gz_entity_name(gz, ids[i], &kind);

		if (name == NULL || (kind_filter != 0 && kind != kind_filter) ||
			!readable_entity_name(name, true))
			abort();
	}
	if (nn_gz_lookup(gz, (const char *) data, size, kind_filter, with_offices, anchor, one, 1) != n)
		abort();
	return 0;
}
