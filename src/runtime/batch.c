/*
 * batch.c: struct rdb_batch, statements queued for one round trip. The
 * batch copies each statement's text and values (strings, bytes, lists)
 * into its arena, so callers may build parameters in loops on the stack.
 *
 * Ownership: rdb_batch_new()/rdb_batch_free(); the rows a run produces
 * belong to the rdb_result passed to rdb_batch_run().
 */
#include <stdlib.h>

#include "runtime.h"
#include "util/util.h"

struct rdb_batch {
	struct rdb_conn *conn;
	bool atomic;
	struct arena arena;
	VEC(struct rdb_batch_stmt) stmts;
};

struct rdb_batch *rdb_batch_new(struct rdb_conn *conn, bool atomic)
{
	struct rdb_batch *b = xcalloc(1, sizeof(*b));
	b->conn = conn;
	b->atomic = atomic;
	arena_init(&b->arena);
	return b;
}

void rdb_batch_free(struct rdb_batch *b)
{
	if (!b)
		return;
	arena_free(&b->arena);
	vec_free(&b->stmts);
	free(b);
}

static void copy_value(struct arena *a, struct rdb_value *dst, const struct rdb_value *src)
{
	*dst = *src;
	if (src->is_array) {
		struct rdb_value *items = src->count ? arena_alloc(a, src->count * sizeof(*items)) : NULL;
		for (size_t i = 0; i < src->count; i++)
			copy_value(a, &items[i], &src->items[i]);
		dst->items = items;
		return;
	}
	if (src->is_null)
		return;
	switch (src->type) {
	case RDB_TEXT:
	case RDB_JSON:
	case RDB_DECIMAL:
	case RDB_UUID:
		dst->v.s.ptr = arena_strndup(a, src->v.s.ptr, src->v.s.len);
		break;
	case RDB_BYTES:
		dst->v.bytes.ptr = src->v.bytes.len ? arena_memdup(a, src->v.bytes.ptr, src->v.bytes.len)
						    : (const uint8_t *)"";
		break;
	default:
		break;
	}
}

int rdb_batch_add(struct rdb_batch *b, const char *sql, const struct rdb_value *params, size_t nparams,
		  struct rdb_error *err)
{
	struct rdb_batch_stmt s;
	struct rdb_value *copy = NULL;
	if (!b || !sql)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_batch_add: no batch or no SQL");
	if (nparams && !params)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_batch_add: %zu parameters announced, none given", nparams);
	if (nparams) {
		copy = arena_alloc(&b->arena, nparams * sizeof(*copy));
		for (size_t i = 0; i < nparams; i++)
			copy_value(&b->arena, &copy[i], &params[i]);
	}
	/* Batches repeat one statement: share its text, which also spares the dialect a lookup. */
	if (b->stmts.len && !strcmp(b->stmts.items[b->stmts.len - 1].sql, sql))
		s.sql = b->stmts.items[b->stmts.len - 1].sql;
	else
		s.sql = arena_strdup(&b->arena, sql);
	s.params = copy;
	s.nparams = nparams;
	vec_push(&b->stmts, s);
	return 0;
}

int rdb_batch_run(struct rdb_batch *b, struct rdb_result *res, struct rdb_rows **rows, size_t nrows,
		  struct rdb_error *err)
{
	if (!b || !b->conn)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_batch_run: no batch or no connection");
	if (rows && nrows && !res)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_batch_run: rows need a result to live in (res is NULL)");
	if (b->conn->broken) {
		rdb_err_prisma(err, RDB_ERR_CONNECT, "P1017", "Server has closed the connection.");
		return -1;
	}
	return b->conn->dialect->batch_run(b->conn, b->stmts.items, b->stmts.len, b->atomic, res, rows,
					   rows ? nrows : 0, err);
}
