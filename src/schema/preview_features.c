/*
 * preview_features.c: Prisma's preview feature registry
 * (common/preview_features.rs): names, and which features are active,
 * hidden, stabilized, deprecated or renamed, per provider.
 */
#include "config.h"

#define F(f) PSL_PF_BIT(PSL_PF_##f)

/* Display: the variant name with its first letter lowercased. */
static const char *const feature_names[PSL_PF_COUNT_] = {
	[PSL_PF_AGGREGATE_API] = "aggregateApi",
	[PSL_PF_ATOMIC_NUMBER_OPERATIONS] = "atomicNumberOperations",
	[PSL_PF_CLIENT_EXTENSIONS] = "clientExtensions",
	[PSL_PF_COCKROACHDB] = "cockroachdb",
	[PSL_PF_CONNECT_OR_CREATE] = "connectOrCreate",
	[PSL_PF_CREATE_MANY] = "createMany",
	[PSL_PF_DATA_PROXY] = "dataProxy",
	[PSL_PF_DENO] = "deno",
	[PSL_PF_DISTINCT] = "distinct",
	[PSL_PF_DRIVER_ADAPTERS] = "driverAdapters",
	[PSL_PF_EXTENDED_INDEXES] = "extendedIndexes",
	[PSL_PF_EXTENDED_WHERE_UNIQUE] = "extendedWhereUnique",
	[PSL_PF_FIELD_REFERENCE] = "fieldReference",
	[PSL_PF_FILTER_JSON] = "filterJson",
	[PSL_PF_FILTERED_RELATION_COUNT] = "filteredRelationCount",
	[PSL_PF_FULL_TEXT_INDEX] = "fullTextIndex",
	[PSL_PF_FULL_TEXT_SEARCH] = "fullTextSearch",
	[PSL_PF_FULL_TEXT_SEARCH_POSTGRES] = "fullTextSearchPostgres",
	[PSL_PF_GROUP_BY] = "groupBy",
	[PSL_PF_IMPROVED_QUERY_RAW] = "improvedQueryRaw",
	[PSL_PF_INTERACTIVE_TRANSACTIONS] = "interactiveTransactions",
	[PSL_PF_JSON_PROTOCOL] = "jsonProtocol",
	[PSL_PF_METRICS] = "metrics",
	[PSL_PF_MICROSOFT_SQL_SERVER] = "microsoftSqlServer",
	[PSL_PF_MIDDLEWARES] = "middlewares",
	[PSL_PF_MONGO_DB] = "mongoDb",
	[PSL_PF_MULTI_SCHEMA] = "multiSchema",
	[PSL_PF_NAPI] = "nApi",
	[PSL_PF_NAMED_CONSTRAINTS] = "namedConstraints",
	[PSL_PF_NATIVE_DISTINCT] = "nativeDistinct",
	[PSL_PF_NATIVE_TYPES] = "nativeTypes",
	[PSL_PF_OMIT_API] = "omitApi",
	[PSL_PF_ORDER_BY_AGGREGATE_GROUP] = "orderByAggregateGroup",
	[PSL_PF_ORDER_BY_NULLS] = "orderByNulls",
	[PSL_PF_ORDER_BY_RELATION] = "orderByRelation",
	[PSL_PF_POSTGRESQL_EXTENSIONS] = "postgresqlExtensions",
	[PSL_PF_PRISMA_SCHEMA_FOLDER] = "prismaSchemaFolder",
	[PSL_PF_QUERY_COMPILER] = "queryCompiler",
	[PSL_PF_REACT_NATIVE] = "reactNative",
	[PSL_PF_REFERENTIAL_ACTIONS] = "referentialActions",
	[PSL_PF_REFERENTIAL_INTEGRITY] = "referentialIntegrity",
	[PSL_PF_RELATION_JOINS] = "relationJoins",
	[PSL_PF_SCHEMA_ENGINE_DRIVER_ADAPTERS] = "schemaEngineDriverAdapters",
	[PSL_PF_SELECT_RELATION_COUNT] = "selectRelationCount",
	[PSL_PF_SHARD_KEYS] = "shardKeys",
	[PSL_PF_STRICT_UNDEFINED_CHECKS] = "strictUndefinedChecks",
	[PSL_PF_TRACING] = "tracing",
	[PSL_PF_TRANSACTION_API] = "transactionApi",
	[PSL_PF_TYPED_SQL] = "typedSql",
	[PSL_PF_UNCHECKED_SCALAR_INPUTS] = "uncheckedScalarInputs",
	[PSL_PF_VIEWS] = "views",
};

/* Valid, visible features on every provider. */
#define ACTIVE ( \
	F(METRICS) | \
	F(NATIVE_DISTINCT) | \
	F(POSTGRESQL_EXTENSIONS) | \
	F(RELATION_JOINS) | \
	F(SCHEMA_ENGINE_DRIVER_ADAPTERS) | \
	F(SHARD_KEYS) | \
	F(STRICT_UNDEFINED_CHECKS) | \
	F(VIEWS))

/* Stabilized: accepted with a warning, the functionality needs no flag. */
#define STABILIZED ( \
	F(ATOMIC_NUMBER_OPERATIONS) | \
	F(AGGREGATE_API) | \
	F(CLIENT_EXTENSIONS) | \
	F(COCKROACHDB) | \
	F(CONNECT_OR_CREATE) | \
	F(CREATE_MANY) | \
	F(DATA_PROXY) | \
	F(DENO) | \
	F(DISTINCT) | \
	F(DRIVER_ADAPTERS) | \
	F(EXTENDED_INDEXES) | \
	F(EXTENDED_WHERE_UNIQUE) | \
	F(FIELD_REFERENCE) | \
	F(FILTERED_RELATION_COUNT) | \
	F(FILTER_JSON) | \
	F(FULL_TEXT_INDEX) | \
	F(FULL_TEXT_SEARCH) | \
	F(GROUP_BY) | \
	F(IMPROVED_QUERY_RAW) | \
	F(INTERACTIVE_TRANSACTIONS) | \
	F(JSON_PROTOCOL) | \
	F(MICROSOFT_SQL_SERVER) | \
	F(MIDDLEWARES) | \
	F(MONGO_DB) | \
	F(MULTI_SCHEMA) | \
	F(NAMED_CONSTRAINTS) | \
	F(NAPI) | \
	F(NATIVE_TYPES) | \
	F(OMIT_API) | \
	F(ORDER_BY_AGGREGATE_GROUP) | \
	F(ORDER_BY_NULLS) | \
	F(ORDER_BY_RELATION) | \
	F(PRISMA_SCHEMA_FOLDER) | \
	F(QUERY_COMPILER) | \
	F(REFERENTIAL_ACTIONS) | \
	F(REFERENTIAL_INTEGRITY) | \
	F(SELECT_RELATION_COUNT) | \
	F(TRACING) | \
	F(TRANSACTION_API) | \
	F(UNCHECKED_SCALAR_INPUTS))

/* Deprecated: accepted with a warning, going away. */
#define DEPRECATED ( \
	F(METRICS))

/* Valid but never listed in messages or completions. */
#define HIDDEN ( \
	F(REACT_NATIVE) | \
	F(TYPED_SQL))

const char *psl_preview_feature_name(enum psl_preview_feature f)
{
	if ((unsigned)f >= PSL_PF_COUNT_)
		return "?";
	return feature_names[f];
}

/* ASCII-only, like Rust's eq_ignore_ascii_case (no locale involved). */
static bool eq_ignore_ascii_case(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		int ca = (unsigned char)*a, cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb)
			return false;
	}
	return *a == *b;
}

int psl_preview_feature_parse(const char *s)
{
	/* Prisma ignores ASCII case here: "FULLTEXTINDEX" is fullTextIndex. */
	for (int i = 0; i < PSL_PF_COUNT_; i++)
		if (eq_ignore_ascii_case(s, feature_names[i]))
			return i;
	return -1;
}

/*
 * Features that only exist on one provider (the `native` map): they are
 * valid and listed only when the file's datasource has that provider.
 */
static psl_preview_features native_features(const char *provider)
{
	if (provider && !strcmp(provider, "postgresql"))
		return F(FULL_TEXT_SEARCH_POSTGRES);
	return 0;
}

psl_preview_features psl_preview_features_active(const char *provider)
{
	return ACTIVE | native_features(provider);
}

bool psl_preview_feature_is_valid(const char *provider, enum psl_preview_feature f)
{
	return ((psl_preview_features_active(provider) | HIDDEN) & PSL_PF_BIT(f)) != 0;
}

bool psl_preview_feature_is_stabilized(enum psl_preview_feature f)
{
	return (STABILIZED & PSL_PF_BIT(f)) != 0;
}

bool psl_preview_feature_is_deprecated(enum psl_preview_feature f)
{
	return (DEPRECATED & PSL_PF_BIT(f)) != 0;
}

/*
 * The renamed map has one entry: on postgresql, fullTextSearch became
 * fullTextSearchPostgres. Provider-specific entries win over global ones;
 * there are no global ones today.
 */
bool psl_preview_feature_renamed(const char *provider, enum psl_preview_feature f, enum psl_preview_feature *to,
				 const char **link_endpoint, const char **for_provider)
{
	if (f == PSL_PF_FULL_TEXT_SEARCH && provider && !strcmp(provider, "postgresql")) {
		*to = PSL_PF_FULL_TEXT_SEARCH_POSTGRES;
		*link_endpoint = "fts-postgres";
		*for_provider = "postgresql";
		return true;
	}
	return false;
}
