/*
 * sqlsplit.h: splitting a PostgreSQL script into statements (quotes,
 * E'' strings, dollar quoting, -- and nested block comments respected),
 * and telling which statements cannot run inside a transaction block.
 *
 * Ownership: the statement list is a caller-owned heap vector of offsets into
 * the script (vec_free()).
 */
#ifndef RDB_MIGRATE_SQLSPLIT_H
#define RDB_MIGRATE_SQLSPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/util.h"

struct sql_stmt {
	size_t start, len; /* the statement text without its ';' (comments included) */
};
typedef VEC(struct sql_stmt) sql_stmt_list;

/* Appends every non-empty statement of sql (empty ones and comment-only ones skipped). */
void sql_split_pg(const char *sql, size_t len, sql_stmt_list *out);

/*
 * Why this statement cannot run in a transaction block ("CREATE INDEX
 * CONCURRENTLY", "VACUUM", ...), or NULL when it can.
 */
const char *pg_stmt_needs_autocommit(const char *stmt, size_t len);
/* True for BEGIN/COMMIT/ROLLBACK/START TRANSACTION/END/ABORT/SAVEPOINT. */
bool pg_stmt_is_transaction_control(const char *stmt, size_t len);

/*
 * Decides how to run a whole migration script. Returns NULL when it can run
 * in one transaction with its history row, else the reason it cannot.
 * *explicit_tx is set when the script manages transactions itself.
 */
const char *pg_script_autocommit_reason(const char *sql, size_t len, bool *explicit_tx);

#endif
