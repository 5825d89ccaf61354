/*
 * nn_interrupts.c: lets a cancel or a statement_timeout stop the core.
 *
 * The core calls the installed check every few thousand units of work (nn_interrupt.h);
 * here that check is CHECK_FOR_INTERRUPTS(), which throws out of the core's loop when the
 * query is cancelled. Whatever the core had allocated is in the query's memory context
 * (nn_palloc.c) and goes with it.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "nn_interrupt.h"
#include "nn_interrupts.h"

static void
core_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
nn_install_interrupt_check(void)
{
	nn_set_interrupt_check(core_check_interrupts);
}
