/*
 * describe.h: PostgreSQL introspection into the SQL schema model, with
 * Prisma's catalog queries (sql-schema-describer/src/postgres.rs): tables,
 * columns and their types, defaults, enums, indexes (sort order, operator
 * classes, access methods), foreign keys with names and actions, sequences
 * and extensions, views and their columns, for a list of schemas (namespaces).
 *
 * Ownership: pg_describe() hands back a new struct sql_schema the caller
 * frees with sql_schema_free(). The connection stays the caller's.
 */
#ifndef RDB_SQL_PG_DESCRIBE_H
#define RDB_SQL_PG_DESCRIBE_H

#include <stdbool.h>

#include "rdb/error.h"
#include "sql/pg/pq.h"
#include "sql/schema.h"

struct pg_describe_opts {
	/* the schemas to describe; only those that exist end up as namespaces */
	const char *const *namespaces;
	size_t nnamespaces;
	/* keep extensions (Prisma does only with the postgresqlExtensions preview feature) */
	bool extensions;
	/*
	 * Leave out partial indexes, as Prisma 6.19 does. Prisma 7 describes
	 * them, as ordinary indexes unless the partialIndexes preview feature
	 * is on (not supported here: the predicate is not kept).
	 */
	bool skip_partial_indexes;
	/*
	 * Read columns with Prisma's own query over information_schema.columns
	 * instead of the faster catalog query that returns the same rows (for
	 * tests that check the two agree).
	 */
	bool info_schema_columns;
};

int pg_describe(PGconn *c, const struct pg_describe_opts *opts, struct sql_schema **out, struct rdb_error *err);

/*
 * Parses a column default as pg_get_expr() prints it, the way Prisma does
 * (postgres/default.rs). Returns false when the text means "no default"
 * (NULL); otherwise fills *out, strings allocated in s's arena.
 */
bool pg_parse_default(struct sql_schema *s, const char *text, const struct sql_coltype *type,
		      struct sql_default *out);

#endif
