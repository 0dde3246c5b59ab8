/*
 * resolved.h: the resolved schema: one plain-data view of a valid Prisma
 * schema, with everything a consumer needs already worked out (database
 * names, native types, defaults, both sides of every relation, constraint
 * names as Prisma derives them, implicit many-to-many join tables). The SQL
 * calculator, the code generator, the studio and `rdb schema --json` all read
 * this struct; none of them walks the AST or the parser database.
 *
 * Indexes into the arrays (models, fields, enums, relations) stand for
 * references; -1 means none. Every string and array lives in the arena given
 * to rs_build(); nothing is freed individually.
 */
#ifndef RDB_SCHEMA_RESOLVED_H
#define RDB_SCHEMA_RESOLVED_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"
#include "util/util.h"

struct psl_schema;

enum rs_provider { RS_POSTGRESQL, RS_MYSQL, RS_OTHER };

enum rs_scalar {
	RS_STRING, RS_BOOLEAN, RS_INT, RS_BIGINT, RS_FLOAT, RS_DECIMAL,
	RS_DATETIME, RS_JSON, RS_BYTES,
	RS_ENUM,        /* enum_index says which */
	RS_UNSUPPORTED, /* Unsupported("...") */
};

enum rs_arity { RS_REQUIRED, RS_OPTIONAL, RS_LIST };

/* @db.VarChar(200): name "VarChar", args {"200"}; name NULL when none given. */
struct rs_native {
	const char *name;
	const char **args;
	size_t nargs;
};

enum rs_default_kind {
	RS_DEFAULT_NONE,
	RS_DEFAULT_LITERAL,       /* value: the literal as written ("0", "true", "hello", "USER", "[1,2]") */
	RS_DEFAULT_AUTOINCREMENT,
	RS_DEFAULT_SEQUENCE,      /* CockroachDB; kept for completeness */
	RS_DEFAULT_NOW,
	RS_DEFAULT_UUID,          /* version 4 or 7 */
	RS_DEFAULT_CUID,          /* version 1 or 2 */
	RS_DEFAULT_NANOID,        /* length, 0 = Prisma's default 21 */
	RS_DEFAULT_ULID,
	RS_DEFAULT_DBGENERATED,   /* value: the SQL expression, or NULL for dbgenerated() */
	RS_DEFAULT_AUTO,          /* MongoDB auto() */
};

struct rs_default {
	enum rs_default_kind kind;
	const char *value;
	bool value_is_string;     /* the literal was a "string" */
	const char **list;        /* scalar list defaults: the items as written */
	size_t nlist;
	int version;              /* uuid(4|7), cuid(1|2) */
	int length;               /* nanoid(n) */
	const char *constraint_name; /* @default(..., map: "x") (SQL Server only) */
};

struct rs_field {
	const char *name;
	const char *db_name;      /* @map, else name */
	const char *doc;          /* /// comment, or NULL */
	enum rs_arity arity;
	bool is_relation;
	/* scalar fields */
	enum rs_scalar type;
	int enum_index;           /* RS_ENUM */
	const char *unsupported;  /* RS_UNSUPPORTED: the type text */
	struct rs_native native;
	struct rs_default dflt;
	bool is_id;               /* part of the primary key */
	bool is_unique;           /* has @unique itself */
	bool updated_at;          /* @updatedAt */
	bool ignored;             /* @ignore */
	/* relation fields */
	int relation;             /* index into relations */
	int related_model;
};

enum rs_sort { RS_SORT_NONE, RS_ASC, RS_DESC };

struct rs_index_field {
	int field;                /* index into the model's fields */
	const char *path;         /* composite-type field path, or NULL */
	enum rs_sort sort;
	int length;               /* MySQL prefix length, 0 when none */
	const char *ops;          /* operator class (raw name), or NULL */
};

enum rs_index_kind { RS_PRIMARY, RS_UNIQUE, RS_INDEX, RS_FULLTEXT };
enum rs_algorithm { RS_BTREE, RS_HASH, RS_GIST, RS_GIN, RS_SPGIST, RS_BRIN };

struct rs_index {
	enum rs_index_kind kind;
	const char *name;         /* client name (name: argument), or NULL */
	const char *db_name;      /* constraint/index name: map: or Prisma's derived name */
	struct rs_index_field *fields;
	size_t nfields;
	enum rs_algorithm algorithm;
	bool has_algorithm;       /* type: given explicitly */
	int clustered;            /* -1 unset, 0 false, 1 true (SQL Server) */
	bool from_field_attribute; /* @unique / @id on a field rather than @@unique / @@id */
};

struct rs_model {
	const char *name;
	const char *db_name;      /* @@map, else name */
	const char *schema;       /* @@schema namespace, or NULL */
	const char *doc;
	bool is_view;
	bool ignored;             /* @@ignore */
	struct rs_field *fields;  /* in declaration order */
	size_t nfields;
	struct rs_index pk;       /* pk.nfields == 0: no primary key */
	struct rs_index *indexes; /* @@unique, @unique, @@index, @@fulltext in Prisma's order */
	size_t nindexes;
};

struct rs_enum_value {
	const char *name;
	const char *db_name;
	const char *doc;
};

struct rs_enum {
	const char *name;
	const char *db_name;
	const char *schema;
	const char *doc;
	struct rs_enum_value *values;
	size_t nvalues;
};

enum rs_relation_kind { RS_ONE_TO_ONE, RS_ONE_TO_MANY, RS_MANY_TO_MANY };
enum rs_action { RS_ACTION_NONE, RS_CASCADE, RS_RESTRICT, RS_NO_ACTION, RS_SET_NULL, RS_SET_DEFAULT };

struct rs_relation {
	const char *name;         /* explicit name, else Prisma's derived "AToB" */
	enum rs_relation_kind kind;
	/*
	 * 1:1 and 1:n: model A holds the foreign key (the side with fields:),
	 * model B is referenced. m:n: A and B ordered as Prisma orders them (by
	 * model name, then field name), which fixes the join table's A/B columns.
	 */
	int model_a, model_b;
	int field_a, field_b;     /* relation fields; -1 when a side is missing */
	int *fields;              /* 1:1/1:n: referencing scalar fields on A */
	int *references;          /* referenced scalar fields on B */
	size_t nfields;
	const char *fk_name;      /* foreign key constraint name (map: or derived) */
	enum rs_action on_delete, on_update; /* as effective: explicit or the default */
	bool on_delete_explicit, on_update_explicit;
	/* implicit m:n */
	const char *join_table;   /* "_CategoryToPost" */
	const char *join_schema;
};

struct rs_generator {
	const char *name;
	const char *provider;
	const char *output;       /* as written, or NULL */
	const char **preview_features;
	size_t npreview;
};

struct rs_schema {
	enum rs_provider provider;
	const char *provider_name;  /* as written: "postgresql", "postgres", "mysql" */
	const char *datasource;     /* the datasource block's name */
	const char *url_env;        /* url = env("X"): "X"; NULL when no url */
	const char *url;            /* a literal url, or NULL */
	bool relation_mode_prisma;
	const char **schemas;       /* schemas = [...] */
	size_t nschemas;
	const char *default_schema; /* "public" on PostgreSQL when no schemas are listed */
	struct rs_model *models;    /* models and views, in declaration order (file, then position) */
	size_t nmodels;
	struct rs_enum *enums;
	size_t nenums;
	struct rs_relation *relations;
	size_t nrelations;
	struct rs_generator *generators;
	size_t ngenerators;
};

/*
 * Builds the resolved schema of a validated schema without errors
 * (psl_schema_validate() first). Returns NULL when s has errors.
 */
struct rs_schema *rs_build(struct psl_schema *s, struct arena *arena);

/* Appends the schema as JSON (stable key order; `rdb schema --json`). */
void rs_to_json(const struct rs_schema *rs, struct strbuf *out);

/* Lookups by name; -1 when absent. */
int rs_model_index(const struct rs_schema *rs, const char *name);
int rs_field_index(const struct rs_model *m, const char *name);
int rs_enum_index(const struct rs_schema *rs, const char *name);
const char *rs_scalar_name(enum rs_scalar t);
const char *rs_action_name(enum rs_action a);

#endif
