/*
 * nato_news.c: the module's one PG_MODULE_MAGIC and its version function.
 *
 * Each type and feature has its own file; this one only marks the shared library.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(nn_library_version);
/* The version the loaded library was built as, to spot a stale install. */
Datum
nn_library_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text("1.0"));
}
