/*
 * nn_palloc.c: runs the core's allocations through palloc.
 *
 * Installed when the library loads, so core results live in the caller's memory
 * context and an error thrown mid-way leaks nothing.
 */
#include "postgres.h"

#include "fmgr.h"

#include "nn_alloc.h"
#include "nn_palloc.h"

static void *
core_palloc(size_t size)
{
	return palloc_extended(size ? size : 1, MCXT_ALLOC_HUGE);
}

static void *
core_repalloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return core_palloc(size);
	return repalloc_huge(ptr, size ? size : 1);
}

static void
core_pfree(void *ptr)
{
	pfree(ptr);
}

void
nn_install_palloc(void)
{
	static const NNAllocator allocator = {core_palloc, core_repalloc, core_pfree};

	nn_set_allocator(&allocator);
}
