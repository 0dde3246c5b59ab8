/*
 * rdb/rdb.h: librdb, the runtime under the generated C client: a
 * thread-safe connection pool, typed parameters, prepared statements cached
 * per connection, binary results, transactions and pipelined batches, with
 * errors mapped to Prisma's codes. PostgreSQL today; MySQL plugs in behind
 * the same API (struct rdb_dialect) without changes for callers.
 *
 * Ownership: rdb_pool_create()/rdb_pool_destroy() and
 * rdb_result_new()/rdb_result_free() are the pairs callers see. Everything a
 * query returns (rows, strings, model structs built by generated code) lives
 * in one struct rdb_result and dies with rdb_result_free(). A struct
 * rdb_conn belongs to the pool; hold it only between acquire and release.
 * No function prints, exits, or keeps hidden global state besides the
 * once-loaded client libraries.
 */
#ifndef RDB_RDB_H
#define RDB_RDB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rdb/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- values ---------------------------------------------------------- */

/* The scalar kinds of the Prisma schema, as C sees them. */
enum rdb_type {
	RDB_BOOL,      /* Boolean   -> bool */
	RDB_INT32,     /* Int       -> int32_t */
	RDB_INT64,     /* BigInt    -> int64_t */
	RDB_FLOAT64,   /* Float     -> double */
	RDB_TEXT,      /* String, and enum values by name -> UTF-8 text */
	RDB_JSON,      /* Json      -> JSON text */
	RDB_DECIMAL,   /* Decimal   -> exact decimal text ("-12.50") */
	RDB_TIMESTAMP, /* DateTime  -> microseconds since 1970-01-01 UTC */
	RDB_BYTES,     /* Bytes     -> pointer + length (may hold NUL bytes) */
	RDB_UUID,      /* String @db.Uuid -> canonical text form */
};

struct rdb_bytes {
	const uint8_t *ptr;
	size_t len;
};

/* One parameter or one cell. Strings and bytes are borrowed, not copied. */
struct rdb_value {
	enum rdb_type type;
	bool is_null;
	union {
		bool b;
		int32_t i32;
		int64_t i64;
		double f64;
		int64_t ts_us;
		struct {
			const char *ptr; /* TEXT, JSON, DECIMAL, UUID: not necessarily NUL-terminated */
			size_t len;
		} s;
		struct rdb_bytes bytes;
	} v;
	/* Arrays (scalar lists, PostgreSQL only): when is_array, items/count. */
	bool is_array;
	const struct rdb_value *items;
	size_t count;
};

/* Constructors for parameters (strings are borrowed). */
struct rdb_value rdb_null(enum rdb_type type);
struct rdb_value rdb_bool(bool b);
struct rdb_value rdb_int32(int32_t v);
struct rdb_value rdb_int64(int64_t v);
struct rdb_value rdb_float64(double v);
struct rdb_value rdb_text(const char *s);            /* NUL-terminated */
struct rdb_value rdb_textn(const char *s, size_t n);
struct rdb_value rdb_json(const char *s);
struct rdb_value rdb_decimal(const char *s);
struct rdb_value rdb_timestamp(int64_t us_since_epoch);
struct rdb_value rdb_bytes(const void *p, size_t n);
struct rdb_value rdb_uuid(const char *s);
struct rdb_value rdb_array(enum rdb_type type, const struct rdb_value *items, size_t count);

/* ---- results: one arena per query ------------------------------------ */

struct rdb_result;

struct rdb_result *rdb_result_new(void);
void rdb_result_free(struct rdb_result *r);
/* Allocates zeroed, 8-aligned memory that lives as long as r. */
void *rdb_result_alloc(struct rdb_result *r, size_t n);
char *rdb_result_strndup(struct rdb_result *r, const char *s, size_t n);

/*
 * The rows of one statement. Cells are decoded on demand from the driver's
 * own (binary) result, which the rdb_result keeps alive: strings and bytes
 * point straight into it, so reading a large result into model structs
 * costs no second copy of the data.
 */
struct rdb_rows;

size_t rdb_rows_count(const struct rdb_rows *rows);
size_t rdb_rows_columns(const struct rdb_rows *rows);
const char *rdb_rows_name(const struct rdb_rows *rows, size_t col);
/* Rows changed by INSERT/UPDATE/DELETE (without RETURNING, rdb_rows_count is 0). */
uint64_t rdb_rows_affected(const struct rdb_rows *rows);
/*
 * Decodes one cell. TEXT/JSON/DECIMAL/UUID come back NUL-terminated; enum
 * values come back as TEXT; unknown server types as BYTES (their raw form);
 * a numeric NaN or Infinity stored on the server as DECIMAL "NaN",
 * "Infinity" or "-Infinity" (as parameters they are refused).
 * Returns false when row or col is out of range.
 */
bool rdb_rows_get(const struct rdb_rows *rows, size_t row, size_t col, struct rdb_value *out);

/* ---- connections and the pool --------------------------------------- */

struct rdb_pool;
struct rdb_conn;

/*
 * Supplies the password for every new connection: RDS IAM tokens expire,
 * so the pool never reuses a password; it asks again each time it
 * connects. Writes a NUL-terminated password into buf. May be called from
 * several threads at once.
 */
typedef int (*rdb_password_fn)(void *ctx, const char *host, int port, const char *user, char *buf,
			       size_t bufsize, struct rdb_error *err);

struct rdb_pool_config {
	const char *url;            /* postgresql://user:pass@host:port/db?schema=public&sslmode=... */
	int min_size;               /* connections opened at create and kept (default 0) */
	int max_size;               /* upper bound (default 10) */
	int acquire_timeout_ms;     /* wait for a free connection (default 10000); then RDB_ERR_TIMEOUT */
	int idle_timeout_ms;        /* close connections idle longer (default 300000; negative never) */
	int max_lifetime_ms;        /* close connections older (default 1800000; negative never) */
	int health_check_idle_ms;   /* ping a connection idle longer than this before lending it (default 5000; negative never) */
	int statement_cache_size;   /* prepared statements kept per connection (default 256) */
	rdb_password_fn password;   /* NULL: the URL's password */
	void *password_ctx;
	const char *application_name;
};
/*
 * Zero means the default. max_size, acquire_timeout_ms and
 * statement_cache_size left at zero take Prisma's connection_limit,
 * pool_timeout (seconds) and statement_cache_size from the URL when present.
 */

int rdb_pool_create(const struct rdb_pool_config *cfg, struct rdb_pool **out, struct rdb_error *err);
/* Closes every connection; connections still lent out are closed when returned. */
void rdb_pool_destroy(struct rdb_pool *pool);

/*
 * Lends a healthy connection (reconnecting one the server dropped), or fails
 * with RDB_ERR_TIMEOUT after acquire_timeout_ms. Never deadlocks: a thread
 * that holds connections may acquire more only up to max_size.
 */
int rdb_pool_acquire(struct rdb_pool *pool, struct rdb_conn **out, struct rdb_error *err);
/* Returns a connection. One left inside a transaction is rolled back first. */
void rdb_pool_release(struct rdb_pool *pool, struct rdb_conn *conn);

struct rdb_pool_stats {
	int open, idle, in_use, waiting;
	uint64_t created, closed, reconnects, acquire_timeouts;
};
void rdb_pool_stats(struct rdb_pool *pool, struct rdb_pool_stats *out);

enum rdb_dialect_kind { RDB_POSTGRESQL, RDB_MYSQL };
enum rdb_dialect_kind rdb_conn_dialect(const struct rdb_conn *conn);

/* ---- statements ------------------------------------------------------ */

/*
 * Runs sql with params (placeholders $1..$n on PostgreSQL, ? on MySQL;
 * values are always sent as parameters, never formatted into the text).
 * The statement is prepared once per connection and cached by its text.
 * When rows is non-NULL, *rows receives the result, owned by res (res may
 * be NULL only when rows is). Errors carry the SQLSTATE and, where Prisma
 * has one, its code:
 *   P2002 unique constraint (err->message names the fields), P2003 foreign
 *   key, P2011 null constraint, P2034 serialization failure/deadlock,
 *   P1017 connection closed.
 */
int rdb_query(struct rdb_conn *conn, const char *sql, const struct rdb_value *params, size_t nparams,
	      struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err);
/* The same without caching a prepared statement (one-off DDL, raw SQL). */
int rdb_exec_raw(struct rdb_conn *conn, const char *sql, struct rdb_error *err);

/* ---- transactions ---------------------------------------------------- */

enum rdb_isolation {
	RDB_ISOLATION_DEFAULT,
	RDB_READ_UNCOMMITTED,
	RDB_READ_COMMITTED,
	RDB_REPEATABLE_READ,
	RDB_SERIALIZABLE,
};

int rdb_begin(struct rdb_conn *conn, enum rdb_isolation level, struct rdb_error *err);
int rdb_commit(struct rdb_conn *conn, struct rdb_error *err);
int rdb_rollback(struct rdb_conn *conn, struct rdb_error *err);
bool rdb_in_transaction(const struct rdb_conn *conn);

/* ---- batches: many statements in one round trip ---------------------- */

struct rdb_batch;

/*
 * Queues statements and sends them together (libpq pipeline mode on
 * PostgreSQL). With atomic, the batch runs in one transaction: all or
 * nothing. rdb_batch_run() sets rows[i] for statement i (rows may be NULL,
 * nrows its length) and stops at the first error, reporting which statement
 * failed (err->message starts with "statement N: ", N counting from 1).
 * Parameters are copied by rdb_batch_add; a value that cannot be sent
 * fails the run before anything is sent. Without atomic and outside a
 * transaction each statement commits on its own: those after a failing
 * one have already been sent and still run, and rows[i] is set for each
 * that succeeded. Inside an open transaction a batch is part of it.
 */
struct rdb_batch *rdb_batch_new(struct rdb_conn *conn, bool atomic);
int rdb_batch_add(struct rdb_batch *b, const char *sql, const struct rdb_value *params, size_t nparams,
		  struct rdb_error *err);
int rdb_batch_run(struct rdb_batch *b, struct rdb_result *res, struct rdb_rows **rows, size_t nrows,
		  struct rdb_error *err);
void rdb_batch_free(struct rdb_batch *b);

/* ---- dialect helpers for SQL built at run time ----------------------- */

/* Appends a quoted identifier ("x" or `x`) or the n-th placeholder ($n or ?). */
struct rdb_sqlbuf {
	char *buf;
	size_t len, cap;
};
void rdb_sqlbuf_release(struct rdb_sqlbuf *sb);
void rdb_sql_add(struct rdb_sqlbuf *sb, const char *text);
void rdb_sql_ident(struct rdb_sqlbuf *sb, enum rdb_dialect_kind d, const char *name);
void rdb_sql_param(struct rdb_sqlbuf *sb, enum rdb_dialect_kind d, int n);

#ifdef __cplusplus
}
#endif
#endif
