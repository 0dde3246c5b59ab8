/*
 * introspect_internal.h: what the two halves of db pull share. The naming
 * pass (introspect_names.c) fills struct ctx with the names of models,
 * columns, enums and relations; the renderer (introspect.c) writes the
 * blocks from them. Everything lives in ctx->arena or in ctx's vectors,
 * freed by introspect_schema() when it returns.
 */
#ifndef RDB_MIGRATE_INTROSPECT_INTERNAL_H
#define RDB_MIGRATE_INTROSPECT_INTERNAL_H

#include "migrate/introspect.h"
#include "util/util.h"

/* A rendered name: what the client sees and the database name for @map / @@map. */
struct name {
	const char *name;
	const char *mapped; /* NULL: no map */
};

/* What we know about one table. */
struct table_info {
	bool skipped; /* migrations table, m:n join table */
	bool m2m;
	struct name name;
	/*
	 * The name relation naming sees: Prisma names relations before it
	 * counts duplicate names across namespaces, so a model renamed to
	 * "other_User" still gives relation fields called "User".
	 */
	const char *rel_name;
	bool reserved;               /* renamed because the name is reserved */
	bool duplicate;              /* renamed because another namespace has the name */
	const struct rs_model *prev; /* re-introspection */
	int prev_index;
	bool usable;                 /* has a usable unique criterion */
};

/* Names of one relation: [relation name, forward field, back field]. */
struct relation_names {
	bool present;
	const char *rel, *forward, *back;
};

enum direction { FORWARD, BACK };

struct position {
	int table, fk;
	enum direction dir;
};

struct ctx {
	const struct sql_schema *db;
	const struct introspect_opts *opts;
	const struct rs_schema *prev;
	const struct psl_connector *conn;
	const char *ds_name; /* the native type prefix: the datasource's name */
	bool uses_namespaces;
	struct arena arena;
	struct table_info *tables;
	struct name *columns;
	const struct rs_field **prev_fields; /* per column */
	struct name *enums;
	bool *enum_duplicate;
	const struct rs_enum **prev_enums;
	struct relation_names *fk_names;  /* per fk */
	struct relation_names *m2m_names; /* per table */
	const struct rs_relation **prev_rel; /* per fk: the matching inline relation */
	VEC(struct position) inline_pos;
	VEC(struct position) m2m_pos;
	VEC(const char *) top_names; /* sanitized top-level names, with repeats */
	struct introspect_result *r;
	int new_idx;         /* the output file new blocks go to */
	bool everything_new; /* no previous schema: all blocks go to new_idx */
};

/* ---- the naming pass (introspect_names.c) ---- */

/* Does the name need sanitizing to be a PSL identifier? And the sanitized form. */
bool ix_needs_sanitation(const char *s);
char *ix_sanitize(struct arena *a, const char *s);
const struct sql_column *ix_col(const struct ctx *c, int id);
const char *ix_idx_col_name(const struct sql_schema *s, int idx, int i);
/* ModelName::new_from_sql, and a column's name */
struct name ix_model_name(struct ctx *c, const char *name, const char *ns, bool *reserved, bool *duplicate);
struct name ix_column_name(struct ctx *c, const char *name);
const char *ix_namespace_or_default(const struct ctx *c, const char *schema);
/* The model name a relation field's type shows for table t. */
const char *ix_model_type_name(const struct ctx *c, int t);
/* Names every table, column, enum and relation, and places the relation fields. */
void ix_name_everything(struct ctx *c);

#endif
