/*
 * nn_alloc.c: the core's allocator. malloc by default; the PostgreSQL glue swaps in
 * palloc. An allocation failure under malloc aborts: the core has no error channel for
 * it, and under PostgreSQL palloc reports it properly instead.
 */
#include "nn_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
malloc_or_die(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "nato_news: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void *
realloc_or_die(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "nato_news: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static NNAllocator current = {malloc_or_die, realloc_or_die, free};

void
nn_set_allocator(const NNAllocator *allocator)
{
	current = *allocator;
}

void *
nn_alloc(size_t size)
{
	return current.alloc(size);
}

void *
nn_alloc0(size_t size)
{
	void	   *p = current.alloc(size);

	memset(p, 0, size);
	return p;
}

void *
nn_realloc(void *ptr, size_t size)
{
	return current.realloc(ptr, size);
}

void
nn_free(void *ptr)
{
	if (ptr != NULL)
		current.free(ptr);
}

char *
nn_strndup(const char *s, size_t len)
{
	char	   *copy = current.alloc(len + 1);

	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}
