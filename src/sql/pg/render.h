/*
 * render.h: PostgreSQL DDL for migration steps, text for text what Prisma's
 * PostgreSQL renderer writes (flavour/postgres/renderer.rs), and the whole
 * migration script (statements, "-- StepName" comments, warnings header).
 *
 * Ownership: statements and scripts are appended to caller-owned buffers.
 */
#ifndef RDB_SQL_PG_RENDER_H
#define RDB_SQL_PG_RENDER_H

#include "migrate/destructive.h"
#include "migrate/script.h"
#include "migrate/steps.h"

/* The statements of one step, without trailing semicolons. */
void pg_render_step(const struct sql_migration *m, const struct sql_step *st, struct sql_stmts *out);

/* The script `prisma migrate diff --script` prints (before its final newline). */
void pg_render_script(const struct sql_migration *m, const struct destructive_diagnostics *d, struct strbuf *out);

/* A column's type as DDL: "VARCHAR(200)", "SERIAL", "\"Mood\"[]". */
void pg_render_column_type(const struct sql_schema *s, int column, struct strbuf *out);

#endif
