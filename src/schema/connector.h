/*
 * connector.h: what each database provider supports, as Prisma's psl-core
 * "datamodel connectors" describe it: capability flags, the longest
 * identifier, the referential actions per relation mode, supported index
 * algorithms, constraint name derivation (`User_pkey`, `User_email_key`,
 * `Post_authorId_fkey`, ...), URL protocol checks, and the native types
 * (`@db.VarChar(200)`): parsing with Prisma's messages, rendering, and the
 * scalar type <-> native type mappings.
 *
 * PostgreSQL and MySQL are complete. SQLite, SQL Server, CockroachDB and
 * MongoDB are described only as far as configuration loading needs them
 * (name, capabilities, limits, referential actions); their native types are
 * not ported (`native_types_ported` is false) and rdb does not generate SQL
 * for them (`rdb_supported` is false).
 *
 * Nothing here depends on the parser database: functions take plain values
 * (scalar types, names, argument strings, spans). Rules that walk models,
 * indexes or relations live with the validation rules; the decisions they
 * delegate to the connector are at the end of this header
 * (connector_rules.c).
 *
 * Ownership: connectors are static, immutable tables; never free them.
 * Strings a function writes go to a caller-owned strbuf; a parsed native
 * type of an unknown Postgres type points into the arena the caller passes.
 */
#ifndef RDB_SCHEMA_CONNECTOR_H
#define RDB_SCHEMA_CONNECTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "psl/ast.h"
#include "psl/diag.h"
#include "util/strbuf.h"
#include "util/util.h"

/* ---- scalar types ------------------------------------------------------ */

/* Prisma's built-in scalar types (parser-database's ScalarType). */
enum psl_scalar_type {
	PSL_SCALAR_INT,
	PSL_SCALAR_BIGINT,
	PSL_SCALAR_FLOAT,
	PSL_SCALAR_BOOLEAN,
	PSL_SCALAR_STRING,
	PSL_SCALAR_DATETIME,
	PSL_SCALAR_JSON,
	PSL_SCALAR_BYTES,
	PSL_SCALAR_DECIMAL,
};
#define PSL_SCALAR_COUNT 9

/* "Int", "BigInt", ... as written in a schema. */
const char *psl_scalar_type_name(enum psl_scalar_type t);
/* Exact, case-sensitive match of a type name; false when not a scalar. */
/* ignore_case: Prisma matches some type names case-insensitively (to suggest the right spelling). */
bool psl_scalar_type_parse(const char *name, bool ignore_case, enum psl_scalar_type *out);

/* ---- capabilities ------------------------------------------------------ */

/* ConnectorCapability, in Prisma's order; a connector's set is a bit mask. */
enum psl_capability {
	PSL_CAP_SCALAR_LISTS,
	PSL_CAP_ENUMS,
	PSL_CAP_JSON,
	PSL_CAP_JSON_LISTS,
	PSL_CAP_AUTO_INCREMENT,
	PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER,
	PSL_CAP_COMPOSITE_TYPES,
	PSL_CAP_DEFAULT_VALUE_AUTO,
	PSL_CAP_TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION,
	PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION,
	PSL_CAP_MULTI_SCHEMA,
	PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID,
	PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED,
	PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED,
	PSL_CAP_NAMED_PRIMARY_KEYS,
	PSL_CAP_NAMED_FOREIGN_KEYS,
	PSL_CAP_REFERENCE_CYCLE_DETECTION,
	PSL_CAP_NAMED_DEFAULT_VALUES,
	PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING,
	PSL_CAP_PRIMARY_KEY_SORT_ORDER_DEFINITION,
	PSL_CAP_FULL_TEXT_INDEX,
	PSL_CAP_SORT_ORDER_IN_FULL_TEXT_INDEX,
	PSL_CAP_MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL,
	PSL_CAP_CLUSTERING_SETTING,
	PSL_CAP_ENUM_ARRAY_PUSH,
	PSL_CAP_INSENSITIVE_FILTERS,
	PSL_CAP_CREATE_MANY,
	PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID,
	PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT,
	PSL_CAP_WRITABLE_AUTOINC_FIELD,
	PSL_CAP_CREATE_SKIP_DUPLICATES,
	PSL_CAP_UPDATEABLE_ID,
	PSL_CAP_JSON_FILTERING,
	PSL_CAP_JSON_FILTERING_JSON_PATH,
	PSL_CAP_JSON_FILTERING_ARRAY_PATH,
	PSL_CAP_JSON_FILTERING_ALPHANUMERIC,
	PSL_CAP_JSON_FILTERING_ALPHANUMERIC_FIELD_REF,
	PSL_CAP_JSON_ARRAY_CONTAINS,
	PSL_CAP_COMPOUND_IDS,
	PSL_CAP_ANY_ID,
	PSL_CAP_NATIVE_FULL_TEXT_SEARCH,
	PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITHOUT_INDEX,
	PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITH_INDEX,
	PSL_CAP_ADVANCED_JSON_NULLABILITY,
	PSL_CAP_UNDEFINED_TYPE,
	PSL_CAP_DECIMAL_TYPE,
	PSL_CAP_BACKWARD_COMPATIBLE_QUERY_RAW,
	PSL_CAP_ORDER_BY_NULLS_FIRST_LAST,
	PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT,
	PSL_CAP_SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED,
	PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED,
	PSL_CAP_SUPPORTS_TX_ISOLATION_REPEATABLE_READ,
	PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE,
	PSL_CAP_SUPPORTS_TX_ISOLATION_SNAPSHOT,
	PSL_CAP_NATIVE_UPSERT,
	PSL_CAP_INSERT_RETURNING,
	PSL_CAP_UPDATE_RETURNING,
	PSL_CAP_ROW_IN,
	PSL_CAP_DISTINCT_ON,
	PSL_CAP_DELETE_RETURNING,
	PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS,
	PSL_CAP_LATERAL_JOIN,
	PSL_CAP_CORRELATED_SUBQUERIES,
	PSL_CAP_COUNT_
};
#define PSL_CAP_BIT(c) (UINT64_C(1) << (c))

/* Prisma's spelling: "MultiSchema". */
const char *psl_capability_name(enum psl_capability c);

/* ---- relation modes and referential actions ---------------------------- */

enum psl_relation_mode {
	PSL_RELATION_MODE_FOREIGN_KEYS, /* enforced by the database */
	PSL_RELATION_MODE_PRISMA,       /* emulated by Prisma Client */
};
#define PSL_RELATION_MODE_BIT(m) (1u << (m))
/* "foreignKeys" / "prisma", as written in the datasource. */
const char *psl_relation_mode_name(enum psl_relation_mode m);

/* In Prisma's order, which is the order messages list them in. */
enum psl_referential_action {
	PSL_ACTION_CASCADE,
	PSL_ACTION_RESTRICT,
	PSL_ACTION_NO_ACTION,
	PSL_ACTION_SET_NULL,
	PSL_ACTION_SET_DEFAULT,
};
#define PSL_ACTION_BIT(a) (1u << (a))
#define PSL_ACTION_COUNT 5

/* "Cascade", "Restrict", "NoAction", "SetNull", "SetDefault". */
const char *psl_referential_action_name(enum psl_referential_action a);
bool psl_referential_action_parse(const char *name, enum psl_referential_action *out);

/* ---- index algorithms and constraint scopes ---------------------------- */

/* parser-database's IndexAlgorithm, in its order. */
enum psl_index_algorithm {
	PSL_INDEX_BTREE,
	PSL_INDEX_HASH,
	PSL_INDEX_GIST,
	PSL_INDEX_GIN,
	PSL_INDEX_SPGIST,
	PSL_INDEX_BRIN,
};
#define PSL_INDEX_BIT(a) (1u << (a))

/* Where a constraint name must be unique (ConstraintScope). */
enum psl_constraint_scope {
	PSL_SCOPE_GLOBAL_KEY_INDEX,
	PSL_SCOPE_GLOBAL_FOREIGN_KEY,
	PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX,
	PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
	PSL_SCOPE_MODEL_KEY_INDEX,
	PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX,
	PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY,
};
/* Appends Prisma's description, e.g. "on model `User` for indexes and unique constraints". */
void psl_constraint_scope_describe(struct strbuf *out, enum psl_constraint_scope scope, const char *model_name);

/* ---- the connector ----------------------------------------------------- */

enum psl_provider {
	PSL_PROVIDER_POSTGRESQL,
	PSL_PROVIDER_MYSQL,
	PSL_PROVIDER_SQLITE,
	PSL_PROVIDER_SQLSERVER,
	PSL_PROVIDER_COCKROACHDB,
	PSL_PROVIDER_MONGODB,
	PSL_PROVIDER_EMPTY, /* no datasource: Prisma's EmptyDatamodelConnector */
};

/* One native type a connector offers (NativeTypeConstructor). */
struct psl_native_type_constructor {
	const char *name;            /* "VarChar" */
	unsigned n_args;             /* required arguments */
	unsigned n_optional_args;    /* optional arguments (all or none) */
	enum psl_scalar_type allowed[2]; /* compatible scalar types, in message order */
	unsigned n_allowed;
};

struct psl_connector {
	enum psl_provider provider;
	const char *provider_name;   /* canonical "provider": "postgresql" */
	const char *name;            /* in messages: "Postgres", "MySQL" */
	bool rdb_supported;          /* rdb migrates and generates for it */
	uint64_t capabilities;       /* PSL_CAP_BIT() set */
	size_t max_identifier_length; /* bytes; SIZE_MAX when unlimited */
	unsigned allowed_relation_modes; /* PSL_RELATION_MODE_BIT() set */
	enum psl_relation_mode default_relation_mode;
	unsigned foreign_key_actions; /* PSL_ACTION_BIT() set, relationMode = "foreignKeys" */
	unsigned emulated_actions;    /* relationMode = "prisma" */
	unsigned index_algorithms;    /* PSL_INDEX_BIT() set */
	const enum psl_constraint_scope *constraint_scopes;
	size_t n_constraint_scopes;
	const struct psl_native_type_constructor *native_types;
	size_t n_native_types;
	bool native_types_ported;    /* false: rdb does not check @db.* for it */
	/* The provider-specific name of fullTextSearch, or NULL. */
	const char *native_full_text_search_feature;
	bool supports_shard_keys;
	bool suggests_missing_relation_indexes; /* false on MongoDB */
	bool manages_udts;                      /* SQL Server */
	bool parses_extensions;                 /* `extensions` datasource property */
};

/* The connector whose provider (or alias: "postgres") is `provider`, or NULL. */
const struct psl_connector *psl_connector_for_provider(const char *provider);
const struct psl_connector *psl_connector_get(enum psl_provider p);

static inline bool psl_connector_has(const struct psl_connector *c, enum psl_capability cap)
{
	return (c->capabilities & PSL_CAP_BIT(cap)) != 0;
}
static inline bool psl_connector_supports_index(const struct psl_connector *c, enum psl_index_algorithm a)
{
	return (c->index_algorithms & PSL_INDEX_BIT(a)) != 0;
}

/* The referential actions allowed under `mode` (PSL_ACTION_BIT() set). */
unsigned psl_connector_referential_actions(const struct psl_connector *c, enum psl_relation_mode mode);
bool psl_connector_supports_referential_action(const struct psl_connector *c, enum psl_relation_mode mode,
					       enum psl_referential_action a);
/* Postgres accepts SET NULL on a required column with foreign keys. */
bool psl_connector_allows_set_null_on_non_nullable(const struct psl_connector *c, enum psl_relation_mode mode);
/*
 * The onDelete a relation gets when none is written: Restrict for a required
 * relation (NoAction where Restrict is not supported), SetNull otherwise.
 * onUpdate defaults to Cascade everywhere (psl_default_on_update()).
 */
enum psl_referential_action psl_default_on_delete(const struct psl_connector *c, enum psl_relation_mode mode,
						  bool required);
static inline enum psl_referential_action psl_default_on_update(void)
{
	return PSL_ACTION_CASCADE;
}
/*
 * Appends the message Prisma gives for an unsupported explicit onDelete or
 * onUpdate, without the "Error validating: " prefix, e.g.
 * "Invalid referential action: `SetDefault`. Allowed values: (`Cascade`, ...)".
 */
void psl_referential_action_message(struct strbuf *out, const struct psl_connector *c,
				    enum psl_relation_mode mode, enum psl_referential_action a);

/*
 * The connector's URL check (Connector::validate_url). Returns true when the
 * URL is acceptable; otherwise appends the reason ("must start with the
 * protocol `mysql://`.") to reason (may be NULL).
 */
bool psl_connector_validate_url(const struct psl_connector *c, const char *url, struct strbuf *reason);

/* ---- constraint names -------------------------------------------------- */

/*
 * Prisma's default constraint names, from database names (after @map), cut
 * on a UTF-8 boundary so the result fits c->max_identifier_length:
 *   {table}_pkey, {table}_{cols}_key, {table}_{cols}_idx,
 *   {table}_{cols}_fkey (the referencing table and columns), {table}_{col}_df.
 * Each appends to out.
 */
void psl_constraint_primary_key_name(struct strbuf *out, const char *table, const struct psl_connector *c);
void psl_constraint_unique_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
				const struct psl_connector *c);
void psl_constraint_index_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
			       const struct psl_connector *c);
void psl_constraint_foreign_key_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
				     const struct psl_connector *c);
void psl_constraint_default_name(struct strbuf *out, const char *table, const char *column,
				 const struct psl_connector *c);
/*
 * A `map:` name longer than the connector allows: reports Prisma's error at
 * span ("Error validating model \"M\": The constraint name '...' specified in
 * the `map` argument for the `@@unique` constraint is too long ...") and
 * returns true. `attribute` is "id", "unique", "index", "relation", ...;
 * double_at picks "@@" over "@".
 */
bool psl_constraint_name_too_long(struct psl_sources *src, struct psl_span span, const char *model_name,
				  const char *name, const char *attribute, bool double_at,
				  const struct psl_connector *c);

/* ---- native types ------------------------------------------------------ */

/* Indexes into the Postgres table (psl_connector_get(PSL_PROVIDER_POSTGRESQL)->native_types). */
enum psl_pg_type {
	PSL_PG_SMALL_INT,
	PSL_PG_INTEGER,
	PSL_PG_BIG_INT,
	PSL_PG_DECIMAL,          /* Decimal(p, s)? */
	PSL_PG_MONEY,
	PSL_PG_INET,
	PSL_PG_OID,
	PSL_PG_CITEXT,
	PSL_PG_REAL,
	PSL_PG_DOUBLE_PRECISION,
	PSL_PG_VAR_CHAR,         /* VarChar(n)? */
	PSL_PG_CHAR,             /* Char(n)? */
	PSL_PG_TEXT,
	PSL_PG_BYTE_A,
	PSL_PG_TIMESTAMP,        /* Timestamp(p)? */
	PSL_PG_TIMESTAMPTZ,      /* Timestamptz(p)? */
	PSL_PG_DATE,
	PSL_PG_TIME,             /* Time(p)? */
	PSL_PG_TIMETZ,           /* Timetz(p)? */
	PSL_PG_BOOLEAN,
	PSL_PG_BIT,              /* Bit(n)? */
	PSL_PG_VAR_BIT,          /* VarBit(n)? */
	PSL_PG_UUID,
	PSL_PG_XML,
	PSL_PG_JSON,
	PSL_PG_JSON_B,
};

/* Indexes into the MySQL table. */
enum psl_mysql_type {
	PSL_MY_INT,
	PSL_MY_UNSIGNED_INT,
	PSL_MY_SMALL_INT,
	PSL_MY_UNSIGNED_SMALL_INT,
	PSL_MY_TINY_INT,
	PSL_MY_UNSIGNED_TINY_INT,
	PSL_MY_MEDIUM_INT,
	PSL_MY_UNSIGNED_MEDIUM_INT,
	PSL_MY_BIG_INT,
	PSL_MY_DECIMAL,          /* Decimal(p, s)? */
	PSL_MY_UNSIGNED_BIG_INT,
	PSL_MY_FLOAT,
	PSL_MY_DOUBLE,
	PSL_MY_BIT,              /* Bit(n) */
	PSL_MY_CHAR,             /* Char(n) */
	PSL_MY_VAR_CHAR,         /* VarChar(n) */
	PSL_MY_BINARY,           /* Binary(n) */
	PSL_MY_VAR_BINARY,       /* VarBinary(n) */
	PSL_MY_TINY_BLOB,
	PSL_MY_BLOB,
	PSL_MY_MEDIUM_BLOB,
	PSL_MY_LONG_BLOB,
	PSL_MY_TINY_TEXT,
	PSL_MY_TEXT,
	PSL_MY_MEDIUM_TEXT,
	PSL_MY_LONG_TEXT,
	PSL_MY_DATE,
	PSL_MY_TIME,             /* Time(p)? */
	PSL_MY_DATE_TIME,        /* DateTime(p)? */
	PSL_MY_TIMESTAMP,        /* Timestamp(p)? */
	PSL_MY_YEAR,
	PSL_MY_JSON,
};

#define PSL_NATIVE_UNKNOWN (-1)

/*
 * A parsed native type (NativeTypeInstance). `kind` is a psl_pg_type or
 * psl_mysql_type; n_args is 0 where an optional argument was left out
 * (VarChar vs VarChar(200) are different types). Postgres keeps names it
 * does not know as PSL_NATIVE_UNKNOWN with the name and raw arguments,
 * because Prisma does (for extension types); they have no scalar type.
 */
struct psl_native_type {
	const struct psl_connector *connector;
	int kind;
	unsigned n_args;
	uint32_t args[2];
	const char *unknown_name;          /* PSL_NATIVE_UNKNOWN only */
	const char *const *unknown_args;
	size_t n_unknown_args;
};

/* Finds a constructor by its exact name; NULL when the connector has none. */
const struct psl_native_type_constructor *psl_connector_find_native_type(const struct psl_connector *c,
									 const char *name);
/*
 * Connector::parse_native_type: `args` are the arguments as written (Rust's
 * Display of each expression, see psl_native_type_args()). On bad arguments
 * reports "Expected a nonnegative integer, but found (x)." at span when src is
 * non-NULL and returns false. Unknown names: true with PSL_NATIVE_UNKNOWN on
 * Postgres (copied into arena), false with "Invalid Native type X." on MySQL
 * and the empty connector. SQLite refuses every name ("Native types are not
 * supported with sqlite connector"); connectors whose types are not ported
 * return false without a message.
 */
bool psl_native_type_parse(const struct psl_connector *c, const char *name, const char *const *args, size_t n_args,
			   struct psl_span span, struct psl_sources *src, struct arena *arena,
			   struct psl_native_type *out);
/* "VarChar(200)", "Decimal(65,30)", "Text" (Connector::native_type_to_string). */
void psl_native_type_render(struct strbuf *out, const struct psl_native_type *nt);
/* "VarChar": the name without arguments. */
const char *psl_native_type_name(const struct psl_native_type *nt);
bool psl_native_type_eq(const struct psl_native_type *a, const struct psl_native_type *b);

/* The native type a scalar gets without @db.* (Int -> Integer / Int, ...). */
bool psl_native_type_default(const struct psl_connector *c, enum psl_scalar_type t, struct psl_native_type *out);
/* True when nt is exactly what psl_native_type_default() gives for t. */
bool psl_native_type_is_default(const struct psl_connector *c, enum psl_scalar_type t,
				const struct psl_native_type *nt);
/* The scalar type Prisma picks for a native type (introspection); false for unknown types. */
bool psl_native_type_scalar(const struct psl_native_type *nt, enum psl_scalar_type *out);

/*
 * Connector::validate_native_type_arguments: range checks of a parsed type
 * (precision, scale, lengths, Bit(1) as Boolean). has_scalar says whether
 * `scalar` is meaningful. Reports at most one error at span.
 */
void psl_native_type_validate_args(const struct psl_native_type *nt, bool has_scalar, enum psl_scalar_type scalar,
				   struct psl_span span, struct psl_sources *src);

/*
 * The whole check psl-core runs on a field's native type attribute
 * (validate_native_type_arguments in validations/fields.rs):
 *   - the prefix must be the datasource's name (`@dbx.Text` -> "The prefix
 *     dbx is invalid. ...");
 *   - the type must exist ("Native type Foo is not supported for postgresql
 *     connector.");
 *   - argument counts, compatibility with the field's scalar type, argument
 *     parsing and ranges.
 * c is the active connector (NULL: no datasource, the empty connector);
 * datasource_name and active_provider are the datasource's (NULL when none).
 * span is the attribute's span.
 */
void psl_native_type_validate_field(const struct psl_connector *c, const char *datasource_name,
				    const char *active_provider, const char *prefix, const char *name,
				    const char *const *args, size_t n_args, enum psl_scalar_type scalar,
				    struct psl_span span, struct psl_sources *src);

/*
 * The arguments of a native type attribute as Prisma keeps them: each
 * positional or named argument's value rendered like Rust's Display (`200`,
 * `"x"`). The array and strings live in arena; *n gets the count.
 */
const char *const *psl_native_type_args(const struct psl_attr *attr, struct arena *arena, size_t *n);

/*
 * validate_unsupported_field_type: an `Unsupported("...")` literal that the
 * connector parses as a native type with a scalar type gets Prisma's
 * "Error validating: The type `Unsupported(\"...\")` you specified ... Please
 * use the native type notation `String @db.VarChar(10)` for full support."
 * at span (the field's span). Returns true when it reported.
 */
bool psl_unsupported_type_check(const struct psl_connector *c, const char *datasource_name, const char *field_name,
				const char *literal, struct psl_span span, struct psl_sources *src);

/* ---- connector validation helpers ----------------------------------------- */

/*
 * The connector-specific rules of Prisma's validate_model and friends walk
 * the parser database; these are their pure parts, taking plain values.
 */

/* "BTree", "Hash", "Gist", "Gin", "SpGist", "Brin" (IndexAlgorithm's Display). */
const char *psl_index_algorithm_name(enum psl_index_algorithm a);

/* Which key a native type is rejected in (NativeTypeErrorFactory). */
enum psl_native_key_kind {
	PSL_NATIVE_KEY_INDEX,  /* "You cannot define an index on fields with native type `X` of C.S" */
	PSL_NATIVE_KEY_UNIQUE, /* "Native type `X` cannot be unique in C.S" */
	PSL_NATIVE_KEY_ID,     /* "Native type `X` of C cannot be used on a field that is `@id` or `@@id`.S" */
};
/* Reports Prisma's message; suffix (S) may be "" or the MySQL length hint. */
void psl_native_type_key_error(struct psl_sources *src, struct psl_span span, const struct psl_native_type *nt,
			       enum psl_native_key_kind kind, const char *suffix);

/*
 * Postgres: Xml cannot be indexed at all (compatible_native_types): report
 * with PSL_NATIVE_KEY_INDEX / _UNIQUE and suffix "" at the field's span.
 */
bool psl_pg_native_type_is_unindexable(const struct psl_native_type *nt);

/*
 * MySQL: Text and Blob types need a `length:` in an index, unique or primary
 * key (not in a fulltext index). Report with suffix
 * PSL_MYSQL_LENGTH_GUIDE at the index or key attribute's span.
 */
bool psl_mysql_native_type_needs_key_length(const struct psl_native_type *nt);
#define PSL_MYSQL_LENGTH_GUIDE " Please use the `length` argument to the field in the index definition to allow this."

/*
 * MySQL with foreign keys: an explicit SetDefault onDelete/onUpdate warns
 * ("MySQL does not actually support the `SetDefault` referential action,
 * ..."), at the argument's span.
 */
void psl_mysql_set_default_warning(struct psl_sources *src, struct psl_span span, const struct psl_connector *c);

/*
 * One field of a Postgres index, for psl_pg_index_field_validate(): what
 * Prisma's generalized_index_validations reads from the index walker.
 */
struct psl_pg_index_field {
	const char *name;          /* the field's name, for messages */
	const char *opclass;       /* `ops:` as written ("JsonbPathOps"), or NULL */
	bool opclass_raw;          /* ops: raw("..."): never checked */
	const struct psl_native_type *native_type; /* the field's @db.* type, or NULL */
	bool is_builtin;           /* scalar holds the field's built-in type */
	enum psl_scalar_type scalar;
	bool is_unsupported;       /* Unsupported("..."): every algorithm takes it */
	bool is_list;
	bool is_composite;         /* a composite type field, not a scalar field */
};

/*
 * Postgres GiST / GIN / SP-GiST / BRIN rules for one indexed field:
 * operator class vs algorithm, native type vs operator class, field type vs
 * algorithm. attribute_name is as Prisma prints it ("@@index"), span the
 * index attribute's. Reports at most one error.
 */
void psl_pg_index_field_validate(enum psl_index_algorithm algo, const struct psl_pg_index_field *f,
				 const char *attribute_name, struct psl_span span, struct psl_sources *src);
/* Is `name` an operator class Prisma knows ("InetOps", ...)? */
bool psl_pg_opclass_known(const char *name);

#endif
