/*
 * types.h: PostgreSQL native types as Prisma knows them (psl's
 * KnownPostgresType): their names in a Prisma schema (@db.VarChar(200)),
 * their SQL spelling in DDL (VARCHAR(200), SERIAL), and how risky it is to
 * cast a column from one to another (the differ's "type change").
 *
 * These fill struct sql_native.kind for PostgreSQL schemas. Ownership: none;
 * everything here is static data or writes into a caller's strbuf.
 */
#ifndef RDB_SQL_PG_TYPES_H
#define RDB_SQL_PG_TYPES_H

#include <stdbool.h>

#include "sql/schema.h"
#include "util/strbuf.h"

enum pg_type {
	PG_NONE = 0,
	PG_SMALLINT,
	PG_INTEGER,
	PG_BIGINT,
	PG_DECIMAL,     /* 0 or 2 args */
	PG_MONEY,
	PG_INET,
	PG_OID,
	PG_CITEXT,
	PG_REAL,
	PG_DOUBLE,
	PG_VARCHAR,     /* 0 or 1 arg */
	PG_CHAR,        /* 0 or 1 arg */
	PG_TEXT,
	PG_BYTEA,
	PG_TIMESTAMP,   /* 0 or 1 arg */
	PG_TIMESTAMPTZ, /* 0 or 1 arg */
	PG_DATE,
	PG_TIME,        /* 0 or 1 arg */
	PG_TIMETZ,      /* 0 or 1 arg */
	PG_BOOLEAN,
	PG_BIT,         /* 0 or 1 arg */
	PG_VARBIT,      /* 0 or 1 arg */
	PG_UUID,
	PG_XML,
	PG_JSON,
	PG_JSONB,
	PG_UNKNOWN,     /* a UDT: native.name and native.targs */
	PG_TYPE_COUNT
};

/* Prisma's type change classes (sql_schema_differ::ColumnTypeChange). */
enum sql_type_change { SQL_TC_NONE, SQL_TC_SAFE, SQL_TC_RISKY, SQL_TC_NOT_CASTABLE };

/* The name in a Prisma schema: "VarChar", "DoublePrecision". */
const char *pg_type_psl_name(enum pg_type t);
/* -1 when unknown. max_args: 0, 1 or 2 (Decimal). */
int pg_type_from_psl_name(const char *name, int *max_args);
/* Prisma's native_type_to_string(): "VarChar(200)", "Decimal(65,30)", "Text". */
void pg_native_to_string(const struct sql_native *n, struct strbuf *out);
/* The DDL spelling of the column's type (Prisma's render_column_type_postgres). */
void pg_render_native(const struct sql_native *n, bool autoincrement, struct strbuf *out);
/* Prisma's postgres_column_type_change() for two columns. */
enum sql_type_change pg_column_type_change(const struct sql_coltype *prev, const struct sql_coltype *next);
/*
 * Operator classes Prisma knows (psl's OperatorClass): the SQL name and
 * whether it is the type's default class, from the PSL name (JsonbPathOps).
 * false for a name Prisma does not know (then it is a raw("...") class).
 */
bool pg_opclass_from_psl(const char *psl, bool spgist, const char **sql, bool *is_default);
/* Whether Prisma knows the class by this SQL name (describing a database). */
bool pg_opclass_is_known(const char *sql);

static inline struct sql_native pg_native(enum pg_type t, int nargs, uint32_t a0, uint32_t a1)
{
	struct sql_native n = {0};
	n.kind = t;
	n.nargs = nargs;
	n.args[0] = a0;
	n.args[1] = a1;
	return n;
}

#endif
