/* mem.c: heap pre-population (see mem.h). */
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "mem.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

void mem_prefault(size_t bytes)
{
	static size_t done;
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), start, end;
	char *p;

	if (bytes <= done || bytes > ((size_t)1 << 31))
		return;
	/* Large blocks must come from (and stay in) the heap, not from mmap. */
	mallopt(M_MMAP_THRESHOLD, 256 << 20);
	mallopt(M_TRIM_THRESHOLD, 512 << 20);
	mallopt(M_TOP_PAD, 1 << 20);
	p = malloc(bytes);
	if (!p)
		return;
	start = ((uintptr_t)p + page - 1) & ~(page - 1);
	end = ((uintptr_t)p + bytes) & ~(page - 1);
	/* Fails harmlessly on kernels before 5.14: pages then fault one by one. */
	if (end > start)
		(void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
	free(p);
	done = bytes;
}
