/*
 * run_unit.c: runs every registered unit test and reports in TAP.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "unit.h"

#define MAX_TESTS 1024

static struct
{
	const char *name;
	unit_test_fn fn;
}			tests[MAX_TESTS];
static int	ntests;
static int	current_failures;

void
unit_register(const char *name, unit_test_fn fn)
{
	if (ntests == MAX_TESTS)
	{
		fprintf(stderr, "too many unit tests (max %d)\n", MAX_TESTS);
		exit(2);
	}
	tests[ntests].name = name;
	tests[ntests].fn = fn;
	ntests++;
}

void
unit_fail(const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	current_failures++;
	printf("# %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

int
main(int argc, char **argv)
{
	int			passed = 0;
	int			failed = 0;
	const char *only = argc > 1 ? argv[1] : NULL;

	printf("1..%d\n", ntests);
	for (int i = 0; i < ntests; i++)
	{
		if (only && strstr(tests[i].name, only) == NULL)
			continue;
		current_failures = 0;
		tests[i].fn();
		printf("%s %d - %s\n", current_failures ? "not ok" : "ok", i + 1, tests[i].name);
		if (current_failures)
			failed++;
		else
			passed++;
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
