/*
 * calculate.h: the SQL schema a Prisma schema asks for (Prisma's
 * sql_schema_calculator with its PostgreSQL flavour): one table per model
 * (@@map), one column per scalar field (@map, native types or the scalar's
 * default native type, defaults, autoincrement as SERIAL), primary keys,
 * unique constraints and indexes with Prisma's names, foreign keys for
 * relations, enums, @@schema namespaces, and the implicit many-to-many join
 * tables (_AToB with columns A and B).
 *
 * It reads the resolved schema (schema/resolved.h) and nothing else.
 *
 * Ownership: returns a new struct sql_schema for sql_schema_free(); the
 * resolved schema is only read.
 */
#ifndef RDB_MIGRATE_CALCULATE_H
#define RDB_MIGRATE_CALCULATE_H

#include <stdbool.h>

#include "schema/resolved.h"
#include "sql/schema.h"

struct sql_calc_opts {
	/* the schema an unqualified name means: ?schema= of the URL, "public" by default */
	const char *default_namespace;
	/*
	 * Prisma 7 (the CLI's wasm engine) lists the default namespace among
	 * the calculated schema's namespaces, so a diff from an empty schema
	 * starts with CREATE SCHEMA IF NOT EXISTS "public"; Prisma 6.19
	 * (the conformance cases) does not.
	 */
	bool list_default_namespace;
};

/* PostgreSQL only for now; NULL when the schema's provider is not postgresql. */
struct sql_schema *sql_calculate(const struct rs_schema *rs, const struct sql_calc_opts *opts);

#endif
