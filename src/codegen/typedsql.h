/*
 * typedsql.h: TypedSQL input (`rdb generate --sql`): the .sql files of the
 * schema's sql/ folder, their `-- @param` annotations, and the mapping of
 * what PostgreSQL says about each statement (sql/pg/stmtdesc.h) onto the
 * scalar types and arities of the generated client (struct codegen_sql).
 *
 * An annotation names, types and marks nullable a parameter, as Prisma's:
 *   -- @param {Int} $1:minAge        $1 becomes `int32_t minAge`
 *   -- @param {String} $2:name?      $2 becomes `const char *name` (NULL = null)
 * The {Type} must fit the type PostgreSQL infers. A result column aliased
 * AS "x?" is optional and AS "x!" required, whatever the catalog says;
 * otherwise a column read straight from a NOT NULL table column is
 * required and every other one optional.
 *
 * Ownership: everything lives in the caller's arena. Errors carry the file
 * and 1-based line/column in err->file/line/col.
 */
#ifndef RDB_CODEGEN_TYPEDSQL_H
#define RDB_CODEGEN_TYPEDSQL_H

#include "codegen.h"
#include "sql/pg/stmtdesc.h"

struct typedsql_file {
	const char *name; /* file name without ".sql" */
	const char *path; /* as read */
	const char *text;
};

/* The *.sql files directly in dir, sorted by name; none when dir does not exist. */
int typedsql_read_dir(const char *dir, struct arena *a, struct typedsql_file **files, size_t *n,
		      struct rdb_error *err);

/* One file plus its description into out (names checked, types mapped). */
int typedsql_build(const struct rs_schema *rs, const struct typedsql_file *f, const struct pg_stmt_desc *d,
		   struct arena *a, struct codegen_sql *out, struct rdb_error *err);

/* The client's scalar type for a PostgreSQL type name (element name for arrays); false when none. */
bool typedsql_pg_scalar(const char *typname, enum rs_scalar *out, bool *is_uuid);

#endif
