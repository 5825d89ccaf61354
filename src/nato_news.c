/*
 * nato_news.c: the module's one PG_MODULE_MAGIC, its load-time set-up and its version
 * function. Each type and feature has its own file.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "nn_interrupts.h"
#include "nn_palloc.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	nn_install_palloc();
	nn_install_interrupt_check();
}

PG_FUNCTION_INFO_V1(nn_library_version);
/* The version the loaded library was built as, to spot a stale install. */
Datum
nn_library_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text("1.0"));
}
