/*
 * config.h: the configuration blocks of a Prisma schema, loaded the way
 * Prisma 6.19's psl-core does (validate/datasource_loader.rs,
 * validate/generator_loader.rs, the configuration/ module,
 * common/preview_features.rs): datasources (provider and its connector,
 * url / directUrl / shadowDatabaseUrl as written, relationMode, schemas,
 * Postgres extensions), generators (provider, output, binaryTargets,
 * previewFeatures, other values) and the preview feature rules, with
 * Prisma's errors and warnings.
 *
 * URLs are kept as written: a literal or the name of the env() variable.
 * Validation never reads the environment; psl_datasource_load_url() does,
 * for the commands that connect.
 *
 * Ownership: a psl_configuration owns everything it points to (its own
 * arena) except the connectors, which are static; psl_config_free() releases
 * it. Spans refer to the psl_sources the blocks were loaded from.
 */
#ifndef RDB_SCHEMA_CONFIG_H
#define RDB_SCHEMA_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "connector.h"
#include "psl/ast.h"
#include "psl/diag.h"
#include "util/util.h"

struct psl_schema;

/* ---- preview features ---------------------------------------------------- */

/* Every feature Prisma 6.19 has ever known, in its (alphabetical) order. */
enum psl_preview_feature {
	PSL_PF_AGGREGATE_API,
	PSL_PF_ATOMIC_NUMBER_OPERATIONS,
	PSL_PF_CLIENT_EXTENSIONS,
	PSL_PF_COCKROACHDB,
	PSL_PF_CONNECT_OR_CREATE,
	PSL_PF_CREATE_MANY,
	PSL_PF_DATA_PROXY,
	PSL_PF_DENO,
	PSL_PF_DISTINCT,
	PSL_PF_DRIVER_ADAPTERS,
	PSL_PF_EXTENDED_INDEXES,
	PSL_PF_EXTENDED_WHERE_UNIQUE,
	PSL_PF_FIELD_REFERENCE,
	PSL_PF_FILTER_JSON,
	PSL_PF_FILTERED_RELATION_COUNT,
	PSL_PF_FULL_TEXT_INDEX,
	PSL_PF_FULL_TEXT_SEARCH,
	PSL_PF_FULL_TEXT_SEARCH_POSTGRES,
	PSL_PF_GROUP_BY,
	PSL_PF_IMPROVED_QUERY_RAW,
	PSL_PF_INTERACTIVE_TRANSACTIONS,
	PSL_PF_JSON_PROTOCOL,
	PSL_PF_METRICS,
	PSL_PF_MICROSOFT_SQL_SERVER,
	PSL_PF_MIDDLEWARES,
	PSL_PF_MONGO_DB,
	PSL_PF_MULTI_SCHEMA,
	PSL_PF_NAPI,
	PSL_PF_NAMED_CONSTRAINTS,
	PSL_PF_NATIVE_DISTINCT,
	PSL_PF_NATIVE_TYPES,
	PSL_PF_OMIT_API,
	PSL_PF_ORDER_BY_AGGREGATE_GROUP,
	PSL_PF_ORDER_BY_NULLS,
	PSL_PF_ORDER_BY_RELATION,
	PSL_PF_POSTGRESQL_EXTENSIONS,
	PSL_PF_PRISMA_SCHEMA_FOLDER,
	PSL_PF_QUERY_COMPILER,
	PSL_PF_REACT_NATIVE,
	PSL_PF_REFERENTIAL_ACTIONS,
	PSL_PF_REFERENTIAL_INTEGRITY,
	PSL_PF_RELATION_JOINS,
	PSL_PF_SCHEMA_ENGINE_DRIVER_ADAPTERS,
	PSL_PF_SELECT_RELATION_COUNT,
	PSL_PF_SHARD_KEYS,
	PSL_PF_STRICT_UNDEFINED_CHECKS,
	PSL_PF_TRACING,
	PSL_PF_TRANSACTION_API,
	PSL_PF_TYPED_SQL,
	PSL_PF_UNCHECKED_SCALAR_INPUTS,
	PSL_PF_VIEWS,
	PSL_PF_COUNT_
};
/* A set of features: one bit each. */
typedef uint64_t psl_preview_features;
#define PSL_PF_BIT(f) (UINT64_C(1) << (f))

/* "fullTextSearchPostgres": the spelling Prisma prints. */
const char *psl_preview_feature_name(enum psl_preview_feature f);
/* Case-insensitive, like Prisma; -1 when unknown. */
int psl_preview_feature_parse(const char *s);

/*
 * The feature map for a provider (FeatureMapWithProvider): provider is the
 * first datasource's active provider ("postgresql"), or NULL when the file
 * has none. Active features are the ones listed in "Expected one of: ...";
 * valid ones add the hidden features (reactNative, typedSql).
 */
psl_preview_features psl_preview_features_active(const char *provider);
bool psl_preview_feature_is_valid(const char *provider, enum psl_preview_feature f);
bool psl_preview_feature_is_stabilized(enum psl_preview_feature f);
bool psl_preview_feature_is_deprecated(enum psl_preview_feature f);
/*
 * A stabilized feature that lives on under a new name: fills *to and the
 * pris.ly endpoint, and *for_provider (NULL when renamed everywhere).
 */
bool psl_preview_feature_renamed(const char *provider, enum psl_preview_feature f, enum psl_preview_feature *to,
				 const char **link_endpoint, const char **for_provider);

/* ---- values -------------------------------------------------------------- */

/* StringFromEnvVar: exactly one of env_var and value is set. */
struct psl_env_string {
	const char *env_var; /* env("NAME") -> "NAME" */
	const char *value;   /* a string literal, unescaped */
};
bool psl_env_string_eq(const struct psl_env_string *a, const struct psl_env_string *b);

/* One entry of `extensions = [postgis(schema: "x", version: "1", map: "y")]`. */
struct psl_pg_extension {
	const char *name;
	const char *db_name; /* map:, or NULL */
	const char *schema;  /* schema:, or NULL */
	const char *version; /* version:, or NULL */
	struct psl_span span;
};

/* A schema name in `schemas = [...]`. */
struct psl_namespace {
	const char *name;
	struct psl_span span;
};

struct psl_datasource {
	const char *name;
	struct psl_span span;              /* the whole block */
	const char *provider;              /* as written: "postgres" */
	const char *active_provider;       /* the connector's: "postgresql" */
	const struct psl_connector *connector;
	const char *documentation;         /* /// comments, or NULL */

	bool has_relation_mode;            /* relationMode (or referentialIntegrity) given */
	enum psl_relation_mode relation_mode; /* meaningful when has_relation_mode */

	struct psl_env_string url;
	struct psl_span url_span;          /* the block's span when url was left out */
	const struct psl_env_string *direct_url;  /* NULL when absent or invalid */
	bool has_direct_url_span;          /* directUrl was written */
	struct psl_span direct_url_span;
	const struct psl_env_string *shadow_database_url; /* NULL when absent or "" */
	struct psl_span shadow_database_url_span;

	/* schemas = [...], sorted by name (byte order). */
	const struct psl_namespace *namespaces;
	size_t n_namespaces;
	bool has_schemas;                  /* valid schemas given; then schemas_span */
	struct psl_span schemas_span;

	/* Postgres only: extensions = [...], sorted by name. */
	bool has_extensions;
	const struct psl_pg_extension *extensions;
	size_t n_extensions;
	struct psl_span extensions_span;   /* the whole property */
};

/* The relation mode in force: the one written, else the connector's default. */
enum psl_relation_mode psl_datasource_relation_mode(const struct psl_datasource *ds);
/* Is `name` one of the datasource's schemas? */
bool psl_datasource_has_schema(const struct psl_datasource *ds, const char *name);
/* Finds an extension by database name (map:, else its name). */
const struct psl_pg_extension *psl_datasource_find_extension(const struct psl_datasource *ds, const char *db_name);

/* GeneratorConfigValue: any other property of a generator. */
enum psl_generator_value_kind {
	PSL_GENERATOR_STRING, /* strings, numbers, constants, non-env functions (rendered) */
	PSL_GENERATOR_ENV,    /* env("NAME"): str is the variable's name */
	PSL_GENERATOR_ARRAY,
};
struct psl_generator_value {
	enum psl_generator_value_kind kind;
	const char *str;
	const struct psl_generator_value *items; /* ARRAY */
	size_t n_items;
};
struct psl_generator_entry {
	const char *key;
	struct psl_generator_value value;
};

struct psl_generator {
	const char *name;
	struct psl_span span;
	struct psl_env_string provider;
	const struct psl_env_string *output;       /* NULL when absent */
	const struct psl_env_string *binary_targets;
	size_t n_binary_targets;
	bool has_preview_features;                 /* previewFeatures given (and well-formed) */
	psl_preview_features preview_features;
	const struct psl_generator_entry *config;  /* other properties, in source order */
	size_t n_config;
	const char *documentation;
};
/* A config value by key, or NULL. */
const struct psl_generator_value *psl_generator_get(const struct psl_generator *g, const char *key);

/* ---- the configuration --------------------------------------------------- */

struct psl_configuration {
	struct arena arena;
	VEC(struct psl_datasource) datasources; /* arena-backed */
	VEC(struct psl_generator) generators;   /* arena-backed */
};

void psl_config_init(struct psl_configuration *c);
/* Frees what psl_config_init()/psl_config_load_file() built (not c itself). */
void psl_config_release(struct psl_configuration *c);

/*
 * validate_configuration for one file: loads its datasources, then its
 * generators, appending to c and reporting into src. Call it for each file
 * in order (Prisma's validate_multi_file); note that the preview feature
 * map and the "more than one datasource" check are per file, as in Prisma.
 */
void psl_config_load_file(struct psl_configuration *c, const struct psl_ast *ast, struct psl_sources *src);

/*
 * The pipeline stage (schema.h): a heap configuration for every file of s,
 * freed by psl_config_free(). Never NULL.
 */
struct psl_configuration *psl_config_load(struct psl_schema *s);
void psl_config_free(struct psl_configuration *c);

/* The first datasource, or NULL. */
const struct psl_datasource *psl_config_datasource(const struct psl_configuration *c);
/* The union of every generator's preview features. */
psl_preview_features psl_config_preview_features(const struct psl_configuration *c);
/* The active connector: the first datasource's, else the empty connector. */
const struct psl_connector *psl_config_connector(const struct psl_configuration *c);
/* The first datasource's relation mode (with the connector default); foreignKeys without one. */
enum psl_relation_mode psl_config_relation_mode(const struct psl_configuration *c);
/* SIZE_MAX without a datasource. */
size_t psl_config_max_identifier_length(const struct psl_configuration *c);
/*
 * validate_that_one_datasource_is_provided, for commands that need one:
 * "Error validating: You defined no datasource. ..." at 0..0 of file 0.
 * Returns false after reporting.
 */
bool psl_config_require_datasource(const struct psl_configuration *c, struct psl_sources *src);

/*
 * The datasource checks psl-core runs in its validation phase (only on a
 * schema without errors), in its order: `schemas` on a connector without
 * multi-schema support, then the connector's validate_datasource (Postgres:
 * `extensions` needs the postgresqlExtensions preview feature; extension
 * names must not be empty, start with a digit or contain `-`).
 */
void psl_datasource_validate(const struct psl_datasource *ds, psl_preview_features features,
			     struct psl_sources *src);

/*
 * Datasource::load_url / load_direct_url / load_shadow_database_url: resolve
 * env() through getenv_fn (getenv when NULL) and check the connector's
 * protocol. Return 0 and store a string allocated in arena in *out (*out
 * NULL: no shadow URL), or -1 after reporting Prisma's error into src.
 */
typedef const char *(*psl_getenv_fn)(const char *name, void *ctx);
int psl_datasource_load_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
			    struct arena *arena, const char **out, struct psl_sources *src);
int psl_datasource_load_direct_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
				   struct arena *arena, const char **out, struct psl_sources *src);
int psl_datasource_load_shadow_database_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
					    struct arena *arena, const char **out, struct psl_sources *src);

#endif
