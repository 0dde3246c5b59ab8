/*
 * script.h: assembling a migration script from rendered steps, the way
 * Prisma's render_script() does: an optional warnings comment, then for each
 * step that renders anything a "-- StepName" line and its statements, each
 * ending in ";\n", steps separated by one blank line. No steps at all give
 * "-- This is an empty migration." (without a newline).
 *
 * Dialects plug in a step renderer; the text around the statements is the
 * same for every SQL database.
 *
 * Ownership: struct sql_stmts owns its strings (sql_stmts_release).
 */
#ifndef RDB_MIGRATE_SCRIPT_H
#define RDB_MIGRATE_SCRIPT_H

#include "migrate/destructive.h"
#include "migrate/steps.h"
#include "util/strbuf.h"

struct sql_stmts {
	VEC(char *) items;
};

void sql_stmts_push(struct sql_stmts *s, struct strbuf *stmt); /* takes the buffer's contents */
void sql_stmts_pushf(struct sql_stmts *s, const char *fmt, ...) RDB_PRINTF(2, 3);
void sql_stmts_release(struct sql_stmts *s);

typedef void (*sql_step_renderer)(const struct sql_migration *m, const struct sql_step *st, struct sql_stmts *out);

void migration_render_script(const struct sql_migration *m, const struct destructive_diagnostics *d,
			     sql_step_renderer render, const char *begin, const char *commit, struct strbuf *out);

#endif
