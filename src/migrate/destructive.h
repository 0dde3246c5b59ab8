/*
 * destructive.h: the destructive change checker: which steps of a migration
 * may lose data or fail on existing rows, with Prisma's wording
 * (sql_destructive_change_checker and its PostgreSQL flavour).
 *
 * destructive_pure_check() looks at the steps alone, as `prisma migrate dev`
 * does for the warnings block at the top of migration.sql.
 * destructive_check_db() also counts rows and non-null values in the
 * database, as Prisma does before applying (evaluateDataLoss), which drops
 * warnings that cannot apply and adds the counts to the others.
 *
 * Ownership: struct destructive_diagnostics owns its messages
 * (destructive_diagnostics_release).
 */
#ifndef RDB_MIGRATE_DESTRUCTIVE_H
#define RDB_MIGRATE_DESTRUCTIVE_H

#include "migrate/steps.h"
#include "rdb/error.h"
#include "sql/pg/pq.h"
#include "util/util.h"

struct destructive_message {
	char *description;
	size_t step_index;
};

struct destructive_diagnostics {
	VEC(struct destructive_message) warnings;
	VEC(struct destructive_message) unexecutable;
};

void destructive_pure_check(const struct sql_migration *m, struct destructive_diagnostics *out);
/* PostgreSQL: the same checks, evaluated with counts from the database. */
int destructive_check_db(const struct sql_migration *m, PGconn *c, struct destructive_diagnostics *out,
			 struct rdb_error *err);
void destructive_diagnostics_release(struct destructive_diagnostics *d);

#endif
