/*
 * nn_alloc.h: the core's allocator, swappable so the same code runs under palloc.
 *
 * The core is plain C (unit tests, fuzzers, benchmarks run it without a server). Inside
 * PostgreSQL the glue installs palloc-based functions at load time, so whatever the
 * core allocates lives in the caller's memory context and an error cannot leak it.
 */
#ifndef NN_ALLOC_H
#define NN_ALLOC_H

#include <stddef.h>

typedef struct NNAllocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);	/* ptr may be NULL */
	void		(*free) (void *ptr);					/* ptr may be NULL */
} NNAllocator;

void		nn_set_allocator(const NNAllocator *allocator);
void	   *nn_alloc(size_t size);
void	   *nn_alloc0(size_t size);
void	   *nn_realloc(void *ptr, size_t size);
void		nn_free(void *ptr);
char	   *nn_strndup(const char *s, size_t len);

#endif
