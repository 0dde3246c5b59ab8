/*
 * pgdiff.h: one call for what `migrate diff` and `migrate dev` do on
 * PostgreSQL: turn each side (nothing, a Prisma schema, or a live database
 * such as a shadow database with the migrations applied) into a SQL schema,
 * diff them, check for destructive changes and render the script, with the
 * same namespace rules as Prisma (the union of the datasources' `schemas`,
 * else the URL's schema).
 *
 * Ownership: the caller keeps the connections and resolved schemas; the
 * script and summary are appended to caller-owned buffers.
 */
#ifndef RDB_MIGRATE_PGDIFF_H
#define RDB_MIGRATE_PGDIFF_H

#include <stdbool.h>

#include "migrate/destructive.h"
#include "rdb/error.h"
#include "schema/resolved.h"
#include "sql/pg/pq.h"
#include "util/strbuf.h"

enum pg_diff_source { PG_DIFF_EMPTY, PG_DIFF_SCHEMA, PG_DIFF_DATABASE };

struct pg_diff_side {
	enum pg_diff_source kind;
	const struct rs_schema *rs; /* PG_DIFF_SCHEMA */
	PGconn *conn;               /* PG_DIFF_DATABASE */
};

enum pg_diff_warnings {
	PG_DIFF_NO_WARNINGS,   /* `migrate diff`: the script alone */
	PG_DIFF_PURE_WARNINGS, /* `migrate dev`: the warnings block of migration.sql */
	PG_DIFF_DB_WARNINGS,   /* the checks evaluated with counts from warnings_conn */
};

struct pg_diff_opts {
	const char *default_namespace; /* the URL's ?schema=, "public" when NULL */
	bool prisma7;                  /* Prisma 7 behaviour (see sql_calc_opts) */
	enum pg_diff_warnings warnings;
	PGconn *warnings_conn;         /* PG_DIFF_DB_WARNINGS: the database the migration is for */
	/* describe this schema's namespaces even when no side is a schema (drift checks) */
	const struct rs_schema *namespaces_of;
};

struct pg_diff_result {
	struct strbuf script;  /* the engine's script, as Prisma writes migration.sql */
	struct strbuf summary; /* Prisma's human-readable drift summary */
	struct destructive_diagnostics diagnostics;
	size_t nsteps;
};

void pg_diff_result_init(struct pg_diff_result *r);
void pg_diff_result_release(struct pg_diff_result *r);

int pg_diff(const struct pg_diff_side *from, const struct pg_diff_side *to, const struct pg_diff_opts *opts,
	    struct pg_diff_result *out, struct rdb_error *err);

#endif
