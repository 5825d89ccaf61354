/*
 * unit.h: the small test harness of the C core's unit tests.
 *
 * A test is a function declared with UNIT_TEST(name); it registers itself at start-up,
 * so adding a test file to test/unit/ is all it takes. Each test prints one TAP line;
 * the runner's last line is "unit: N passed, N failed".
 */
#ifndef NN_UNIT_H
#define NN_UNIT_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

typedef void (*unit_test_fn) (void);

void		unit_register(const char *name, unit_test_fn fn);
void		unit_fail(const char *file, int line, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

#define UNIT_TEST(name) \
	static void name(void); \
	__attribute__((constructor)) static void name##_register(void) \
	{ unit_register(#name, name); } \
	static void name(void)

#define CHECK(cond) \
	do { if (!(cond)) unit_fail(__FILE__, __LINE__, "%s", #cond); } while (0)

#define CHECK_INT(got, want) \
	do { long long g_ = (long long) (got), w_ = (long long) (want); \
		if (g_ != w_) unit_fail(__FILE__, __LINE__, "%s = %lld, want %lld", #got, g_, w_); \
	} while (0)

#define CHECK_STR(got, want) \
	do { const char *g_ = (got), *w_ = (want); \
		if (g_ == NULL || w_ == NULL ? g_ != w_ : strcmp(g_, w_) != 0) \
			unit_fail(__FILE__, __LINE__, "%s = \"%s\", want \"%s\"", #got, \
					  g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
	} while (0)

#endif
