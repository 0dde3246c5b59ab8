/*
 * steps.h: migration steps, the differ's output and the renderer's input
 * (Prisma's SqlMigrationStep). Steps refer to objects by their ids in the
 * previous schema ("before"), the next schema ("after") or both.
 *
 * The order of enum sql_step_kind is the order of statements in a script:
 * the differ sorts steps by kind first, then by their ids (derived Ord in
 * Prisma), so do not reorder it.
 *
 * Ownership: a struct sql_migration owns its steps (an arena) but not the
 * two schemas, which must outlive it; sql_migration_free() releases it.
 */
#ifndef RDB_MIGRATE_STEPS_H
#define RDB_MIGRATE_STEPS_H

#include <stdbool.h>
#include <stddef.h>

#include "sql/schema.h"

enum sql_step_kind {
	STEP_CREATE_SCHEMA,      /* id: namespace (after) */
	STEP_DROP_EXTENSION,     /* id: extension (before) */
	STEP_CREATE_EXTENSION,   /* id: extension (after) */
	STEP_ALTER_EXTENSION,    /* prev/next: extensions; ext_changes */
	STEP_ALTER_SEQUENCE,     /* CockroachDB only; never produced for PostgreSQL */
	STEP_DROP_VIEW,
	STEP_DROP_UDT,
	STEP_CREATE_ENUM,        /* id: enum (after) */
	STEP_ALTER_ENUM,         /* prev/next: enums; created, dropped, usages */
	STEP_DROP_FOREIGN_KEY,   /* id: foreign key (before) */
	STEP_DROP_INDEX,         /* id: index (before) */
	STEP_ALTER_TABLE,        /* prev/next: tables; changes */
	STEP_ALTER_PRIMARY_KEY,  /* CockroachDB only */
	STEP_DROP_TABLE,         /* id: table (before) */
	STEP_DROP_ENUM,          /* id: enum (before) */
	STEP_CREATE_TABLE,       /* id: table (after) */
	STEP_REDEFINE_TABLES,    /* SQLite / CockroachDB only */
	STEP_CREATE_INDEX,       /* id: index (after); prev: table (before) or -1; next: table (after) */
	STEP_RENAME_FOREIGN_KEY, /* prev/next: foreign keys */
	STEP_ADD_FOREIGN_KEY,    /* id: foreign key (after) */
	STEP_RENAME_INDEX,       /* prev/next: indexes */
	STEP_REDEFINE_INDEX,     /* prev/next: indexes (databases that cannot rename) */
};

/* ColumnChange flags, in Prisma's bit order (it is also the rendering order). */
enum {
	COLCHG_ARITY = 1,
	COLCHG_DEFAULT = 2,
	COLCHG_TYPE = 4,
	COLCHG_AUTOINCREMENT = 8,
};

/* How a column's type changes (sql_migration::ColumnTypeChange). */
enum column_type_change { CTC_NONE, CTC_RISKY, CTC_SAFE, CTC_NOT_CASTABLE };

enum table_change_kind {
	TC_ADD_COLUMN,       /* column (after), has_virtual_default */
	TC_ALTER_COLUMN,     /* prev/next columns, changes, type_change */
	TC_DROP_COLUMN,      /* column (before) */
	TC_DROP_AND_RECREATE_COLUMN, /* prev/next columns, changes */
	TC_DROP_PRIMARY_KEY,
	TC_ADD_PRIMARY_KEY,
	TC_RENAME_PRIMARY_KEY,
};

struct table_change {
	enum table_change_kind kind;
	int column;           /* TC_ADD_COLUMN, TC_DROP_COLUMN */
	int prev, next;       /* TC_ALTER_COLUMN, TC_DROP_AND_RECREATE_COLUMN */
	unsigned changes;     /* COLCHG_* */
	enum column_type_change type_change;
	bool has_virtual_default;
};

enum { EXTCHG_VERSION = 1, EXTCHG_SCHEMA = 2 };

struct enum_usage {
	int prev;             /* column (before) whose default uses the enum */
	int next;             /* the same column (after) when it keeps an enum default, else -1 */
};

struct sql_step {
	enum sql_step_kind kind;
	int id;
	int prev, next;
	bool from_drop_and_recreate;
	/* STEP_ALTER_TABLE */
	struct table_change *changes;
	size_t nchanges;
	/* STEP_ALTER_ENUM */
	const char **created, **dropped;
	size_t ncreated, ndropped;
	struct enum_usage *usages;
	size_t nusages;
	/* STEP_ALTER_EXTENSION: EXTCHG_* in Prisma's order (version, then schema) */
	unsigned ext_changes;
};

struct sql_migration {
	const struct sql_schema *before, *after;
	struct arena arena;
	VEC(struct sql_step) steps;
};

void sql_migration_free(struct sql_migration *m);
/* "CreateTable", "AddForeignKey", ... the comment line above its SQL */
const char *sql_step_description(enum sql_step_kind k);

#endif
