/*
 * timex_interval_fuzzer.c: libFuzzer harness of nato_news.timex_interval(), the calendar
 * interval of a TIMEX3 value as users type it. The input is the value (cut at a NUL, as a
 * C string from text is); an interval, when there is one, must be ordered.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timex_resolve.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *value = malloc(size + 1);
	int32_t		from = 0,
				to = 0;

	memcpy(value, data, size);
	value[size] = '\0';
	if (nn_timex_value_interval(value, &from, &to) && from > to)
		abort();
	free(value);
	return 0;
}
