/*
 * nn_interrupt.c: the host's interrupt check and the work counter that paces it
 * (see nn_interrupt.h). One of each per process: the core runs one call at a time.
 */
#include "nn_interrupt.h"

NNInterruptCheck nn_interrupt_check = NULL;
uint32_t	nn_work_since_check = 0;

void
nn_set_interrupt_check(NNInterruptCheck check)
{
	nn_interrupt_check = check;
	nn_work_since_check = 0;
}
