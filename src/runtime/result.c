/*
 * result.c: struct rdb_result, the arena one query's output lives in, and
 * the generic rdb_rows accessors. A result is allocated once per query, so
 * its first block sits inside the struct: a one-row select costs a single
 * malloc. Driver results (PGresult) are registered with rdb_result_own()
 * and released with the arena, which is what lets cells point into them.
 * Blocks double from 8 KB up to 64 KB and stay there, so a large result
 * wastes at most one block's tail.
 */
#include <stdlib.h>

#include "runtime.h"
#include "util/util.h"

struct block {
	struct block *next;
	size_t size;
	max_align_t data[];
};

struct owned {
	void (*free_fn)(void *);
	void *p;
};

/* Small enough for the whole struct to come from malloc's per-thread cache (< 1032 bytes). */
#define FIRST_BLOCK 512
#define OWNED_INLINE 4

struct rdb_result {
	char *cur;           /* free space of the current block */
	size_t left;
	struct block *blocks; /* heap blocks, newest first */
	size_t next_size;
	struct owned *owned;  /* owned_inline, or a heap array when it outgrew it */
	size_t nowned, capowned;
	struct owned owned_inline[OWNED_INLINE];
	max_align_t first[FIRST_BLOCK / sizeof(max_align_t)];
};

struct rdb_result *rdb_result_new(void)
{
	struct rdb_result *r = xmalloc(sizeof(*r));
	r->cur = (char *)r->first;
	r->left = sizeof(r->first);
	r->blocks = NULL;
	r->next_size = 8192;
	r->owned = r->owned_inline;
	r->nowned = 0;
	r->capowned = OWNED_INLINE;
	return r;
}

void rdb_result_free(struct rdb_result *r)
{
	struct block *b;
	if (!r)
		return;
	/* Newest first: a later object may refer to an earlier one, never the reverse. */
	while (r->nowned > 0) {
		struct owned *o = &r->owned[--r->nowned];
		o->free_fn(o->p);
	}
	if (r->owned != r->owned_inline)
		free(r->owned);
	b = r->blocks;
	while (b) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	free(r);
}

void *rdb_result_alloc(struct rdb_result *r, size_t n)
{
	size_t need = (n + 7) & ~(size_t)7;
	void *p;
	if (need < n)
		die_oom();
	if (need > r->left) {
		size_t size = r->next_size;
		struct block *b;
		if (size < need)
			size = need;
		else if (r->next_size < (64u << 10))
			r->next_size *= 2;
		b = xmalloc(sizeof(*b) + size);
		b->next = r->blocks;
		b->size = size;
		r->blocks = b;
		/* An oversized block serves one request; keep filling the old one. */
		if (size - need < r->left) {
			memset(b->data, 0, n);
			return b->data;
		}
		r->cur = (char *)b->data;
		r->left = size;
	}
	p = r->cur;
	r->cur += need;
	r->left -= need;
	memset(p, 0, n);
	return p;
}

char *rdb_result_strndup(struct rdb_result *r, const char *s, size_t n)
{
	char *p = rdb_result_alloc(r, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void rdb_result_own(struct rdb_result *r, void (*free_fn)(void *), void *p)
{
	if (r->nowned == r->capowned) {
		size_t cap = r->capowned * 2;
		struct owned *o = xmalloc(cap * sizeof(*o));
		memcpy(o, r->owned, r->nowned * sizeof(*o));
		if (r->owned != r->owned_inline)
			free(r->owned);
		r->owned = o;
		r->capowned = cap;
	}
	r->owned[r->nowned].free_fn = free_fn;
	r->owned[r->nowned].p = p;
	r->nowned++;
}

/* ---- rows ---- */

size_t rdb_rows_count(const struct rdb_rows *rows)
{
	return rows ? rows->nrows : 0;
}

size_t rdb_rows_columns(const struct rdb_rows *rows)
{
	return rows ? rows->ncols : 0;
}

const char *rdb_rows_name(const struct rdb_rows *rows, size_t col)
{
	if (!rows || col >= rows->ncols)
		return NULL;
	return rows->dialect->rows_name(rows, col);
}

uint64_t rdb_rows_affected(const struct rdb_rows *rows)
{
	return rows ? rows->affected : 0;
}

bool rdb_rows_get(const struct rdb_rows *rows, size_t row, size_t col, struct rdb_value *out)
{
	if (!rows || row >= rows->nrows || col >= rows->ncols)
		return false;
	return rows->dialect->rows_get(rows, row, col, out);
}
