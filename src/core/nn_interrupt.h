/*
 * nn_interrupt.h: lets the host interrupt the core's long loops.
 *
 * The core never waits, but a 16 MB input keeps it busy for seconds, and a server must
 * be able to cancel that (statement_timeout, pg_cancel_backend). The host installs a
 * check, as it installs the allocator (nn_alloc.h); the core's long loops call
 * nn_work() for each unit of work (a token, a line, a sentence), which costs a counter
 * increment and calls the check every NN_WORK_QUANTUM units. Under PostgreSQL the check
 * is CHECK_FOR_INTERRUPTS() and may not return: it throws, which is safe because
 * everything the core allocates then lives in a memory context (nn_palloc.c), and the
 * loops call nn_work() only between ICU calls, never inside one.
 */
#ifndef NN_INTERRUPT_H
#define NN_INTERRUPT_H

#include <stddef.h>
#include <stdint.h>

/* Units of work between two checks: small enough to answer a cancel within ~1 ms. */
#define NN_WORK_QUANTUM 4096

typedef void (*NNInterruptCheck) (void);

/* Install the host's check; NULL (the default) checks nothing. */
void		nn_set_interrupt_check(NNInterruptCheck check);

extern NNInterruptCheck nn_interrupt_check;
extern uint32_t nn_work_since_check;

static inline void
nn_work(uint32_t units)
{
	nn_work_since_check += units;
	if (nn_work_since_check >= NN_WORK_QUANTUM)
	{
		nn_work_since_check = 0;
		if (nn_interrupt_check != NULL)
			nn_interrupt_check();
	}
}

#endif
