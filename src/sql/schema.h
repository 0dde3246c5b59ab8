/*
 * schema.h: the SQL schema model: the tables, columns, indexes, foreign
 * keys and enums of one database, the shape Prisma's schema engine calls a
 * SqlSchema. Introspection (src/sql/pg/describe.c) and the calculator
 * (src/migrate/calculate.c) both produce it; the differ compares two of
 * them. It is dialect-neutral except for the native type, whose `kind` each
 * dialect defines (src/sql/pg/types.h), and a few PostgreSQL extras
 * (algorithms, operator classes, sequences, extensions) that are simply
 * unused elsewhere.
 *
 * Everything is kept in flat arrays addressed by integer ids, as in Prisma:
 * the ids double as sort keys when the differ orders migration steps, so
 * builders must push tables in order and each table's columns, indexes and
 * foreign keys contiguously in table order (sql_schema_finalize() checks
 * this and computes the per-table ranges).
 *
 * Ownership: a struct sql_schema owns an arena holding every string and
 * array reachable from it; sql_schema_free() releases it all. Strings passed
 * to the sql_push_* builders are copied.
 */
#ifndef RDB_SQL_SCHEMA_H
#define RDB_SQL_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"
#include "util/util.h"

enum sql_family {
	SQL_FAM_INT,
	SQL_FAM_BIGINT,
	SQL_FAM_FLOAT,
	SQL_FAM_DECIMAL,
	SQL_FAM_BOOLEAN,
	SQL_FAM_STRING,
	SQL_FAM_DATETIME,
	SQL_FAM_BINARY,
	SQL_FAM_JSON,
	SQL_FAM_UUID,
	SQL_FAM_ENUM,        /* coltype.ref: the enum id */
	SQL_FAM_UDT,         /* coltype.ref: the user-defined type id */
	SQL_FAM_UNSUPPORTED, /* coltype.unsupported: the type as written */
};

enum sql_arity { SQL_REQUIRED, SQL_NULLABLE, SQL_LIST };

/*
 * A native type instance. kind 0 means "none"; other values belong to the
 * dialect (enum pg_type for PostgreSQL). nargs counts the arguments given
 * (VarChar = 0 args, VarChar(10) = 1, Decimal(10,2) = 2). A type the
 * dialect does not know (a UDT with modifiers) has kind = the dialect's
 * "unknown" value, name set and its arguments as text in targs.
 */
struct sql_native {
	int kind;
	int nargs;
	uint32_t args[2];
	const char *name;
	const char **targs;
};

struct sql_coltype {
	const char *full_data_type; /* the database's type name, "" when calculated */
	enum sql_family family;
	int ref;                    /* SQL_FAM_ENUM / SQL_FAM_UDT */
	const char *unsupported;    /* SQL_FAM_UNSUPPORTED */
	enum sql_arity arity;
	struct sql_native native;   /* native.kind == 0: none */
};

/* Prisma's PrismaValue, as far as column defaults need it. */
enum sql_value_kind {
	SQL_V_STRING,
	SQL_V_BOOLEAN,
	SQL_V_ENUM,
	SQL_V_INT,
	SQL_V_BIGINT,
	SQL_V_FLOAT,    /* s: decimal text, compared by value */
	SQL_V_JSON,
	SQL_V_DATETIME, /* s: as rendered ("2020-01-01 00:00:00 +00:00") */
	SQL_V_BYTES,    /* s/len: raw bytes */
	SQL_V_LIST,
};

struct sql_value {
	enum sql_value_kind kind;
	const char *s;
	size_t len;
	int64_t i;
	bool b;
	struct sql_value *items;
	size_t nitems;
};

enum sql_default_kind {
	SQL_DEF_VALUE,
	SQL_DEF_NOW,
	SQL_DEF_SEQUENCE,     /* text: the sequence name ("" for autoincrement) */
	SQL_DEF_UNIQUE_ROWID, /* CockroachDB */
	SQL_DEF_DBGENERATED,  /* text: the expression, NULL for dbgenerated() */
};

struct sql_default {
	enum sql_default_kind kind;
	struct sql_value value;
	const char *text;
	const char *constraint_name;
};

enum sql_table_props {
	SQL_TABLE_PARTITION = 1,
	SQL_TABLE_HAS_SUBCLASS = 2,
	SQL_TABLE_ROW_LEVEL_SECURITY = 4,
};

struct sql_table {
	const char *name;
	int ns;                   /* namespace id, -1: none given */
	unsigned props;
	const char *description;
	/* ranges, filled by sql_schema_finalize() */
	int col_first, ncols;
	int idx_first, nidx;
	int fk_first, nfk;
};

struct sql_column {
	int table;
	const char *name;
	struct sql_coltype type;
	bool auto_increment;
	const char *description;
	struct sql_default *dflt; /* NULL: no default */
};

enum sql_index_type { SQL_IDX_UNIQUE, SQL_IDX_NORMAL, SQL_IDX_FULLTEXT, SQL_IDX_PRIMARY };
enum sql_sort { SQL_SORT_NONE, SQL_SORT_ASC, SQL_SORT_DESC };
/* PostgreSQL access methods; BTREE is the default everywhere else too. */
enum sql_algo { SQL_ALGO_BTREE, SQL_ALGO_HASH, SQL_ALGO_GIST, SQL_ALGO_GIN, SQL_ALGO_SPGIST, SQL_ALGO_BRIN };
enum sql_nulls { SQL_NULLS_UNKNOWN, SQL_NULLS_FIRST, SQL_NULLS_LAST };

struct sql_index {
	int table;
	const char *name;
	enum sql_index_type type;
	enum sql_algo algo;
	bool deferrable, deferred;
	int col_first, ncols; /* into index_columns, filled by finalize */
};

struct sql_index_column {
	int index;
	int column;
	enum sql_sort sort;
	uint32_t length;        /* 0: none */
	const char *opclass;    /* NULL: none */
	bool opclass_default;   /* the class is the type's default for the method */
	/*
	 * A class Prisma does not know by name (raw("...") in a schema, or an
	 * unknown name in a database): it never equals a known one, even with
	 * the same text (Prisma's SQLOperatorClassKind::Raw).
	 */
	bool opclass_raw;
	enum sql_nulls nulls;
};

enum sql_fk_action { SQL_FK_NO_ACTION, SQL_FK_RESTRICT, SQL_FK_CASCADE, SQL_FK_SET_NULL, SQL_FK_SET_DEFAULT };

struct sql_fk {
	int table, ref_table;
	const char *name;       /* NULL when unnamed */
	enum sql_fk_action on_delete, on_update;
	bool deferrable, deferred;
	int col_first, ncols;   /* into fk_columns, filled by finalize */
};

struct sql_fk_column {
	int fk;
	int column, ref_column;
};

struct sql_enum {
	const char *name;
	int ns;
	const char *description;
	int var_first, nvars;   /* into variants, filled by finalize */
};

struct sql_variant {
	int enm;
	const char *name;
};

struct sql_view {
	const char *name;
	int ns;
	const char *definition;
	const char *description;
};

struct sql_udt {
	const char *name;
	int ns;
};

struct sql_sequence {
	const char *name;
	int ns;
	int64_t start, min, max, increment, cache;
	bool cycle, is_virtual;
};

struct sql_extension {
	const char *name, *schema, *version; /* "" when not given */
	bool relocatable;
};

/* A table-scoped named thing: CHECK / EXCLUDE constraints, expression indexes. */
struct sql_named {
	int table;
	const char *name;
};

struct sql_schema {
	struct arena arena;
	VEC(const char *) namespaces;
	VEC(struct sql_table) tables;
	VEC(struct sql_column) columns;
	VEC(struct sql_index) indexes;
	VEC(struct sql_index_column) index_columns;
	VEC(struct sql_fk) fks;
	VEC(struct sql_fk_column) fk_columns;
	VEC(struct sql_enum) enums;
	VEC(struct sql_variant) variants;
	VEC(struct sql_view) views;
	/* columns of views, in view then ordinal order; .table is the view's index */
	VEC(struct sql_column) view_columns;
	VEC(struct sql_udt) udts;
	VEC(struct sql_sequence) sequences;
	VEC(struct sql_extension) extensions;
	VEC(struct sql_named) checks;
	VEC(struct sql_named) excludes;
	VEC(struct sql_named) expression_indexes;
	/* columns whose default Prisma fills in (uuid(), cuid(), ...), ascending */
	VEC(int) prisma_level_defaults;
	/* the search path schema: what an unqualified name means */
	const char *default_namespace;
	bool finalized;
};

struct sql_schema *sql_schema_new(void);
void sql_schema_free(struct sql_schema *s);

/* ---- builders (strings are copied into the schema's arena) ------------ */

/* Returns the namespace's id, adding it when new. */
int sql_push_namespace(struct sql_schema *s, const char *name);
int sql_push_table(struct sql_schema *s, const char *name, int ns, unsigned props, const char *description);
/* dflt may be NULL; it is copied (shallowly: values must live in the arena). */
int sql_push_column(struct sql_schema *s, int table, const char *name, const struct sql_coltype *type,
		    bool auto_increment, const char *description, const struct sql_default *dflt);
int sql_push_index(struct sql_schema *s, int table, const char *name, enum sql_index_type type);
int sql_push_index_column(struct sql_schema *s, int index, int column, enum sql_sort sort, uint32_t length);
int sql_push_fk(struct sql_schema *s, int table, int ref_table, const char *name, enum sql_fk_action on_delete,
		enum sql_fk_action on_update);
void sql_push_fk_column(struct sql_schema *s, int fk, int column, int ref_column);
int sql_push_enum(struct sql_schema *s, const char *name, int ns, const char *description);
void sql_push_variant(struct sql_schema *s, int enm, const char *name);
void sql_set_default_namespace(struct sql_schema *s, const char *ns);
char *sql_strdup(struct sql_schema *s, const char *str);

/*
 * Computes the per-table, per-index, per-foreign-key and per-enum ranges.
 * Returns -1 when the arrays are not grouped in id order (a builder bug).
 */
int sql_schema_finalize(struct sql_schema *s);

/* ---- queries ------------------------------------------------------------ */

/* The namespace the table was put in explicitly, or NULL. */
const char *sql_table_explicit_ns(const struct sql_schema *s, int table);
/* The explicit namespace, else the schema's default namespace (may be NULL). */
const char *sql_table_ns(const struct sql_schema *s, int table);
const char *sql_enum_explicit_ns(const struct sql_schema *s, int enm);
const char *sql_enum_ns(const struct sql_schema *s, int enm);
/* Lookups; -1 when absent. ns NULL matches any namespace. */
int sql_find_table(const struct sql_schema *s, const char *ns, const char *name);
int sql_find_enum(const struct sql_schema *s, const char *ns, const char *name);
int sql_find_udt(const struct sql_schema *s, const char *ns, const char *name);
int sql_find_namespace(const struct sql_schema *s, const char *name);
int sql_table_column(const struct sql_schema *s, int table, const char *name);
int sql_table_pk(const struct sql_schema *s, int table);
bool sql_index_has_column(const struct sql_schema *s, int index, int column);
bool sql_column_in_pk(const struct sql_schema *s, int column);
bool sql_column_is_single_pk(const struct sql_schema *s, int column);
bool sql_column_is_prisma_level_default(const struct sql_schema *s, int column);
/* Column used with this index column / foreign key column. */
static inline const struct sql_column *sql_col(const struct sql_schema *s, int id)
{
	return &s->columns.items[id];
}
static inline const struct sql_table *sql_tab(const struct sql_schema *s, int id)
{
	return &s->tables.items[id];
}
static inline const struct sql_index *sql_idx(const struct sql_schema *s, int id)
{
	return &s->indexes.items[id];
}
static inline const struct sql_fk *sql_fkey(const struct sql_schema *s, int id)
{
	return &s->fks.items[id];
}
static inline const struct sql_index_column *sql_idx_col(const struct sql_schema *s, int index, int i)
{
	return &s->index_columns.items[s->indexes.items[index].col_first + i];
}
static inline const struct sql_fk_column *sql_fk_col(const struct sql_schema *s, int fk, int i)
{
	return &s->fk_columns.items[s->fks.items[fk].col_first + i];
}
static inline const char *sql_variant_name(const struct sql_schema *s, int enm, int i)
{
	return s->variants.items[s->enums.items[enm].var_first + i].name;
}

/* ---- values --------------------------------------------------------------- */

/* PrismaValue equality (Float by numeric value, lists item by item). */
bool sql_value_eq(const struct sql_value *a, const struct sql_value *b);
/* Compares two decimal numbers written in plain notation; NaN-free. */
int sql_decimal_cmp(const char *a, const char *b);
/* serde_json::Value equality of two JSON texts; true when either does not parse. */
bool sql_json_text_eq(const char *a, const char *b);
/* Rust's {:?} of Prisma's ColumnTypeFamily ("Int", "Enum(EnumId(0))", ...). */
void sql_family_debug(const struct sql_coltype *t, struct strbuf *out);
/* Rust's {:?} of a DefaultKind, for drift summaries. */
void sql_default_debug(const struct sql_default *d, struct strbuf *out);

/* Debug dump (stable text, for tests and `rdb` debugging). */
void sql_schema_dump(const struct sql_schema *s, struct strbuf *out);

#endif
