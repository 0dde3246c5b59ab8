/*
 * stmtdesc.h: what PostgreSQL says about one statement without running it
 * (Parse + Describe, as TypedSQL needs): the type of each parameter and of
 * each result column, and for a column read straight from a table whether
 * that table column is NOT NULL.
 *
 * Ownership: every string and array of a struct pg_stmt_desc lives in the
 * arena the caller passes; the connection stays the caller's. The
 * statement is prepared unnamed, so nothing is left on the server.
 */
#ifndef RDB_SQL_PG_STMTDESC_H
#define RDB_SQL_PG_STMTDESC_H

#include <stdbool.h>

#include "sql/pg/pq.h"
#include "util/util.h"

struct pg_stmt_type {
	unsigned oid;
	const char *name;       /* pg_type.typname: "int4", "varchar", an enum's name */
	const char *schema;     /* its namespace */
	char kind;              /* typtype: 'b' base, 'e' enum, 'd' domain, ... */
	bool is_array;          /* then name/schema/kind describe the element type */
};

struct pg_stmt_col {
	const char *name;
	struct pg_stmt_type type;
	const char *table;      /* "users" when read straight from a table column, else NULL */
	const char *column;
	bool not_null;          /* that table column is NOT NULL */
};

struct pg_stmt_desc {
	struct pg_stmt_type *params;
	size_t nparams;
	struct pg_stmt_col *cols;
	size_t ncols;
};

/*
 * Describes sql. On a server error err carries the SQLSTATE and, when the
 * server gave a position, err->line/col counted in sql (1-based).
 */
int pg_describe_statement(PGconn *c, const char *sql, struct arena *a, struct pg_stmt_desc *out,
			  struct rdb_error *err);

#endif
