/*
 * lint.h: checks migration scripts for changes that lose data, fail on a
 * populated table, or lock it:
 *   drop-table, drop-column                         error: data loss
 *   type-narrowing (smaller or incompatible type)   error: data loss or failure
 *   not-null-without-default (on a table with rows) error: the migration fails
 *   set-not-null (on a column holding NULLs)        error: the migration fails
 *   index-not-concurrent (on an existing table)     warning: blocks writes
 *   rename-table, rename-column                     warning: breaks running code
 * With a database connection the checks look at the live schema (current
 * types, whether a table has rows); without one they assume the worst and
 * say so. A script can allow a rule: `-- rdb-lint: allow drop-column`.
 *
 * Ownership: struct lint_report owns its findings (lint_report_release).
 */
#ifndef RDB_MIGRATE_LINT_H
#define RDB_MIGRATE_LINT_H

#include "sql/pg/pq.h"
#include <stdbool.h>

#include "folders.h"
#include "rdb/error.h"
#include "util/util.h"

enum lint_severity { LINT_WARNING, LINT_ERROR };

struct lint_finding {
	enum lint_severity severity;
	const char *rule;
	char *migration; /* folder name */
	unsigned line;
	char *message;
	char *hint;
};

struct lint_state; /* tables and columns seen so far, across migrations */

struct lint_report {
	VEC(struct lint_finding) findings;
	size_t errors, warnings;
	struct lint_state *state;
};

void lint_report_init(struct lint_report *r);
void lint_report_release(struct lint_report *r);
/*
 * Lints one migration; migrations are linted in order into one report so a
 * later one sees what earlier ones created. c (may be NULL) is a live
 * database in the state before these migrations; schema its search_path.
 */
int lint_migration(struct lint_report *r, const struct migration_dir *md, PGconn *c, const char *schema,
		   struct rdb_error *err);

#endif
