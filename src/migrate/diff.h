/*
 * diff.h: the schema differ: two SQL schemas in, the migration steps that
 * turn the first into the second out, in the order Prisma's schema engine
 * puts them (sql_schema_differ.rs and its PostgreSQL flavour). There is only
 * one diff: file vs file, file vs database and migrations vs database all
 * come down to two struct sql_schema.
 *
 * Ownership: the returned migration borrows both schemas (they must outlive
 * it) and is freed with sql_migration_free().
 */
#ifndef RDB_MIGRATE_DIFF_H
#define RDB_MIGRATE_DIFF_H

#include <stdbool.h>

#include "migrate/steps.h"
#include "sql/schema.h"

struct sql_diff_opts {
	/* tables the user manages outside Prisma ("ns.table" when namespaced) */
	const char *const *external_tables;
	size_t nexternal_tables;
	const char *const *external_enums;
	size_t nexternal_enums;
};

/* opts may be NULL. Both schemas must be finalized. */
struct sql_migration *sql_diff(const struct sql_schema *before, const struct sql_schema *after,
			       const struct sql_diff_opts *opts);

/* Prisma's drift summary ("[+] Added tables ..."), or "No difference detected." */
void sql_migration_summary(const struct sql_migration *m, struct strbuf *out);

static inline bool sql_migration_is_empty(const struct sql_migration *m)
{
	return m->steps.len == 0;
}

#endif
