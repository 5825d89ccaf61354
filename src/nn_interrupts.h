/* nn_interrupts.h: installs CHECK_FOR_INTERRUPTS() as the core's interrupt check. */
#ifndef NN_INTERRUPTS_H
#define NN_INTERRUPTS_H

void		nn_install_interrupt_check(void);

#endif
