/*
 * runtime.h: librdb's insides, shared by the generic layer (pool, results,
 * batches, the rdb_* entry points) and the dialects behind it. A dialect
 * is a table of functions (struct rdb_dialect); PostgreSQL (pg.c) is the
 * first, MySQL fills in the same table later. Nothing here is installed.
 *
 * Ownership: a dialect's connection embeds struct rdb_conn first and is
 * created by dialect->connect and freed by dialect->close, both called by
 * the pool only. Rows, and whatever a dialect hangs on them, are allocated
 * in (or registered with) the caller's struct rdb_result and die with it.
 */
#ifndef RDB_RUNTIME_H
#define RDB_RUNTIME_H

#include <stdint.h>

#include "rdb/rdb.h"

struct rdb_dialect;

/* The head of every dialect connection. The pool owns these fields. */
struct rdb_conn {
	const struct rdb_dialect *dialect;
	struct rdb_pool *pool;
	struct rdb_conn *next;  /* the pool's idle list */
	int64_t created_ms;     /* monotonic, for max_lifetime_ms */
	int64_t idle_since_ms;  /* monotonic, for idle and health-check timeouts */
	int64_t idle_since_us;  /* the same in microseconds, for the liveness bypass */
	/*
	 * Set by the dialect when the server went away or the connection is in
	 * a state it cannot recover from; the pool closes it on release.
	 */
	bool broken;
};

/* What the pool hands a dialect to open one connection. */
struct rdb_connect_opts {
	const char *password;         /* from the password hook; NULL: the URL's */
	const char *application_name; /* NULL: the URL's, or "rdb" */
	int statement_cache_size;
	struct rdb_pool *pool;        /* for pool-wide caches (rdb_pool_memo_*) */
};

/* One statement of a batch; the batch owns copies of the text and values. */
struct rdb_batch_stmt {
	const char *sql;
	const struct rdb_value *params;
	size_t nparams;
};

/* The rows of one statement; allocated in the rdb_result that owns them. */
struct rdb_rows {
	const struct rdb_dialect *dialect;
	struct rdb_result *res; /* for memory that decoding needs (decimal text, arrays) */
	void *impl;             /* the driver's result (a PGresult) */
	void *cols;             /* the dialect's per-column decoding info */
	size_t nrows, ncols;
	uint64_t affected;
	/*
	 * The driver's result dies when the row callback of rdb_query_each
	 * returns: rows_get then copies text and bytes into res.
	 */
	bool transient;
};

/*
 * Called by rdb_query_each for each row: rows_get(rows, row, ...) reads
 * it, during the call only. Returning -1 (with err set) stops the query.
 */
typedef int (*rdb_row_fn)(void *ctx, const struct rdb_rows *rows, size_t row, struct rdb_error *err);

struct rdb_dialect {
	enum rdb_dialect_kind kind;
	const char *name;

	/* Parses the URL once per pool into a dialect-owned target. */
	int (*target_parse)(const char *url, void **target, struct rdb_error *err);
	void (*target_free)(void *target);
	/* Host, port and user for the password hook. */
	void (*target_identity)(const void *target, const char **host, int *port, const char **user);
	/* Prisma's connection_limit, pool_timeout and statement_cache_size URL parameters (-1 when absent). */
	void (*target_pool_hints)(const void *target, int *connection_limit, int *pool_timeout_s,
				  int *statement_cache_size);

	int (*connect)(const void *target, const struct rdb_connect_opts *opts, struct rdb_conn **out,
		       struct rdb_error *err);
	void (*close)(struct rdb_conn *c);
	/* Without a round trip: false when the server has closed the connection. */
	bool (*alive)(struct rdb_conn *c);
	/* One round trip. */
	int (*ping)(struct rdb_conn *c, struct rdb_error *err);
	/* Before the connection goes back to the idle list: roll back, leave pipeline mode. */
	int (*reset)(struct rdb_conn *c);

	int (*query)(struct rdb_conn *c, const char *sql, const struct rdb_value *params, size_t nparams,
		     struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err);
	/*
	 * Optional: streams the rows one at a time instead of holding the whole
	 * result (PostgreSQL's single-row mode), so a large read never holds
	 * the driver's copy of every row next to the decoded one.
	 */
	int (*query_each)(struct rdb_conn *c, const char *sql, const struct rdb_value *params, size_t nparams,
			  struct rdb_result *res, rdb_row_fn fn, void *ctx, struct rdb_error *err);
	int (*exec_raw)(struct rdb_conn *c, const char *sql, struct rdb_error *err);
	int (*begin)(struct rdb_conn *c, enum rdb_isolation level, struct rdb_error *err);
	int (*commit)(struct rdb_conn *c, struct rdb_error *err);
	int (*rollback)(struct rdb_conn *c, struct rdb_error *err);
	bool (*in_transaction)(const struct rdb_conn *c);
	int (*batch_run)(struct rdb_conn *c, const struct rdb_batch_stmt *stmts, size_t n, bool atomic,
			 struct rdb_result *res, struct rdb_rows **rows, size_t nrows, struct rdb_error *err);

	bool (*rows_get)(const struct rdb_rows *rows, size_t row, size_t col, struct rdb_value *out);
	const char *(*rows_name)(const struct rdb_rows *rows, size_t col);
};

extern const struct rdb_dialect rdb_dialect_pg;

/*
 * Runs a statement and hands its rows to fn one by one, streamed when the
 * dialect can (else from the whole result). Cells read in fn that must
 * outlive it are copied into res.
 */
int rdb_query_each(struct rdb_conn *conn, const char *sql, const struct rdb_value *params, size_t nparams,
		   struct rdb_result *res, rdb_row_fn fn, void *ctx, struct rdb_error *err);

/* ---- results (result.c) ---- */

/* Makes res call free_fn(p) when it is freed (a PGresult, say). */
void rdb_result_own(struct rdb_result *res, void (*free_fn)(void *), void *p);

/* ---- pool-wide memo (pool.c): small string -> string cache ---- */

/* Copies the value for key into out (NUL-terminated); false when absent. */
bool rdb_pool_memo_get(struct rdb_pool *pool, const char *key, char *out, size_t n);
void rdb_pool_memo_put(struct rdb_pool *pool, const char *key, const char *value);

/* ---- errors (errors.c) ---- */

/* Sets the error with a Prisma code ("P2002") and returns -1. */
int rdb_err_prisma(struct rdb_error *err, enum rdb_errcode code, const char *prisma, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Puts "prefix" in front of err->message, keeping the rest. */
void rdb_err_prefix(struct rdb_error *err, const char *prefix);
/* The Prisma name of a value kind, for messages: "Int", "DateTime", ... */
const char *rdb_type_name(enum rdb_type t);

/* ---- time ---- */
int64_t rdb_now_ms(void);
int64_t rdb_now_us(void);

#endif
