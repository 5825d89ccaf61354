/*
 * timex_fuzzer.c: libFuzzer harness of the date grammar. The first four bytes choose the
 * anchor (or none); the rest is the text. Checks the invariants callers rely on: results
 * ordered, inside the text, not overlapping, values NUL-terminated, intervals ordered.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "civil_date.h"
#include "nn_alloc.h"
#include "timex_grammar.h"
#include "timex_resolve.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int32_t		anchor = NN_NO_DATE;
	NNTimex    *found;
	int			n;

	if (size >= 4)
	{
		uint32_t	raw;

		memcpy(&raw, data, 4);
		/* mostly plausible publication dates, sometimes extreme ones or none */
		if (raw % 8 == 0)
			anchor = NN_NO_DATE;
		else if (raw % 8 == 1)
			anchor = (int32_t) (raw % 7000000) - 3000000;
		else if (raw % 8 == 2)
			/* near the ends of PostgreSQL's date range, or of int32 */
			anchor = (raw & 16) ? 2145031948 - (int32_t) (raw >> 8) % 4000 :
				-2451545 + (int32_t) (raw >> 8) % 4000;
		else if (raw % 8 == 3)
			anchor = (int32_t) raw == NN_NO_DATE ? 0 : (int32_t) raw;
		else
			anchor = (int32_t) (raw % 20000);
		data += 4;
		size -= 4;
	}
	n = nn_timex_find((const char *) data, (int32_t) size, anchor, &found);
	for (int i = 0; i < n; i++)
	{
		int32_t		from,
					to;

		if (found[i].start < 0 || found[i].end > (int32_t) size || found[i].start >= found[i].end)
			abort();
		if (i > 0 && found[i].start < found[i - 1].end)
			abort();
		if (memchr(found[i].value, '\0', sizeof(found[i].value)) == NULL)
			abort();
		/* only PAST_REF leaves one end (its start) open */
		if ((found[i].date_from == NN_NO_DATE) != (found[i].date_to == NN_NO_DATE) &&
			!(found[i].date_from == NN_NO_DATE && strcmp(found[i].value, "PAST_REF") == 0))
			abort();
		if (found[i].date_from != NN_NO_DATE && found[i].date_from > found[i].date_to)
			abort();
		(void) nn_timex_value_interval(found[i].value, &from, &to);
	}
	nn_free(found);
	return 0;
}
