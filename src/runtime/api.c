/*
 * api.c: the rdb_* entry points for statements and transactions. They
 * check arguments and hand over to the connection's dialect.
 */
#include "runtime.h"

static int closed_conn(struct rdb_error *err)
{
	rdb_err_prisma(err, RDB_ERR_CONNECT, "P1017", "Server has closed the connection.");
	rdb_error_hint(err, "release this connection and acquire another; the pool replaces it");
	return -1;
}

enum rdb_dialect_kind rdb_conn_dialect(const struct rdb_conn *conn)
{
	return conn->dialect->kind;
}

int rdb_query(struct rdb_conn *conn, const char *sql, const struct rdb_value *params, size_t nparams,
	      struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err)
{
	if (rows)
		*rows = NULL;
	if (!conn || !sql)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_query: no connection or no SQL");
	if (nparams && !params)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_query: %zu parameters announced, none given", nparams);
	if (rows && !res)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_query: rows need a result to live in (res is NULL)");
	if (conn->broken)
		return closed_conn(err);
	return conn->dialect->query(conn, sql, params, nparams, res, rows, err);
}

int rdb_query_each(struct rdb_conn *conn, const char *sql, const struct rdb_value *params, size_t nparams,
		   struct rdb_result *res, rdb_row_fn fn, void *ctx, struct rdb_error *err)
{
	struct rdb_rows *rows;
	if (!conn || !sql || !res || !fn)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_query_each: missing connection, SQL, result or callback");
	if (nparams && !params)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_query_each: %zu parameters announced, none given", nparams);
	if (conn->broken)
		return closed_conn(err);
	if (conn->dialect->query_each)
		return conn->dialect->query_each(conn, sql, params, nparams, res, fn, ctx, err);
	if (conn->dialect->query(conn, sql, params, nparams, res, &rows, err) < 0)
		return -1;
	for (size_t i = 0; i < rows->nrows; i++)
		if (fn(ctx, rows, i, err) < 0)
			return -1;
	return 0;
}

int rdb_exec_raw(struct rdb_conn *conn, const char *sql, struct rdb_error *err)
{
	if (!conn || !sql)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_exec_raw: no connection or no SQL");
	if (conn->broken)
		return closed_conn(err);
	return conn->dialect->exec_raw(conn, sql, err);
}

int rdb_begin(struct rdb_conn *conn, enum rdb_isolation level, struct rdb_error *err)
{
	if (!conn)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_begin: no connection");
	if (conn->broken)
		return closed_conn(err);
	return conn->dialect->begin(conn, level, err);
}

int rdb_commit(struct rdb_conn *conn, struct rdb_error *err)
{
	if (!conn)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_commit: no connection");
	if (conn->broken)
		return closed_conn(err);
	return conn->dialect->commit(conn, err);
}

int rdb_rollback(struct rdb_conn *conn, struct rdb_error *err)
{
	if (!conn)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_rollback: no connection");
	/* The server rolled back when the connection died; still, the caller should know. */
	if (conn->broken)
		return closed_conn(err);
	return conn->dialect->rollback(conn, err);
}

bool rdb_in_transaction(const struct rdb_conn *conn)
{
	return conn && !conn->broken && conn->dialect->in_transaction(conn);
}
