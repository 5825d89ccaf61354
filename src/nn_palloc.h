/* nn_palloc.h: route the core's allocations through palloc (called from _PG_init). */
#ifndef NN_PALLOC_H
#define NN_PALLOC_H

void		nn_install_palloc(void);

#endif
