/*
 * mem.h: process-wide memory tuning for one-shot commands.
 *
 * On virtual machines a first-touch page fault can cost 10 us, which
 * makes page faults, not instructions, the main cost of a short command.
 * mem_prefault() asks the kernel to populate part of the malloc heap in
 * one call (about ten times cheaper per page), and keeps it in the heap so
 * later allocations reuse it. No ownership: it only changes the allocator.
 */
#ifndef RDB_MEM_H
#define RDB_MEM_H

#include <stddef.h>

/* Pre-populates about `bytes` of heap. Safe to call more than once. */
void mem_prefault(size_t bytes);

#endif
