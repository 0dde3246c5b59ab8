#include <ctype.h>
/*
 * connector.c: the connector tables (capabilities, limits, referential
 * actions, index algorithms) for every provider Prisma knows, and the
 * connector-level helpers that need no parser database: referential action
 * defaults and messages, URL checks, constraint name derivation.
 * The native type tables are here too; parsing and rendering are in native_types.c.
 */
#include <stdint.h>

#include "connector.h"

/*
 * Capability names, in the enum's order (Prisma's Display of the variant).
 * The per-connector sets below are copied from each connector's CAPABILITIES
 * constant; validation rules test them (e.g. MultiSchema for `schemas`,
 * NamedPrimaryKeys for `@id(map:)`, ScalarLists for `String[]`), so a
 * missing bit changes which errors a schema gets.
 */
static const char *const capability_names[PSL_CAP_COUNT_] = {
	[PSL_CAP_SCALAR_LISTS] = "ScalarLists",
	[PSL_CAP_ENUMS] = "Enums",
	[PSL_CAP_JSON] = "Json",
	[PSL_CAP_JSON_LISTS] = "JsonLists",
	[PSL_CAP_AUTO_INCREMENT] = "AutoIncrement",
	[PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER] = "RelationFieldsInArbitraryOrder",
	[PSL_CAP_COMPOSITE_TYPES] = "CompositeTypes",
	[PSL_CAP_DEFAULT_VALUE_AUTO] = "DefaultValueAuto",
	[PSL_CAP_TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION] = "TwoWayEmbeddedManyToManyRelation",
	[PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION] = "ImplicitManyToManyRelation",
	[PSL_CAP_MULTI_SCHEMA] = "MultiSchema",
	[PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID] = "AutoIncrementAllowedOnNonId",
	[PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED] = "AutoIncrementMultipleAllowed",
	[PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED] = "AutoIncrementNonIndexedAllowed",
	[PSL_CAP_NAMED_PRIMARY_KEYS] = "NamedPrimaryKeys",
	[PSL_CAP_NAMED_FOREIGN_KEYS] = "NamedForeignKeys",
	[PSL_CAP_REFERENCE_CYCLE_DETECTION] = "ReferenceCycleDetection",
	[PSL_CAP_NAMED_DEFAULT_VALUES] = "NamedDefaultValues",
	[PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING] = "IndexColumnLengthPrefixing",
	[PSL_CAP_PRIMARY_KEY_SORT_ORDER_DEFINITION] = "PrimaryKeySortOrderDefinition",
	[PSL_CAP_FULL_TEXT_INDEX] = "FullTextIndex",
	[PSL_CAP_SORT_ORDER_IN_FULL_TEXT_INDEX] = "SortOrderInFullTextIndex",
	[PSL_CAP_MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL] = "MultipleFullTextAttributesPerModel",
	[PSL_CAP_CLUSTERING_SETTING] = "ClusteringSetting",
	[PSL_CAP_ENUM_ARRAY_PUSH] = "EnumArrayPush",
	[PSL_CAP_INSENSITIVE_FILTERS] = "InsensitiveFilters",
	[PSL_CAP_CREATE_MANY] = "CreateMany",
	[PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID] = "CreateManyWriteableAutoIncId",
	[PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT] = "SupportsDefaultInInsert",
	[PSL_CAP_WRITABLE_AUTOINC_FIELD] = "WritableAutoincField",
	[PSL_CAP_CREATE_SKIP_DUPLICATES] = "CreateSkipDuplicates",
	[PSL_CAP_UPDATEABLE_ID] = "UpdateableId",
	[PSL_CAP_JSON_FILTERING] = "JsonFiltering",
	[PSL_CAP_JSON_FILTERING_JSON_PATH] = "JsonFilteringJsonPath",
	[PSL_CAP_JSON_FILTERING_ARRAY_PATH] = "JsonFilteringArrayPath",
	[PSL_CAP_JSON_FILTERING_ALPHANUMERIC] = "JsonFilteringAlphanumeric",
	[PSL_CAP_JSON_FILTERING_ALPHANUMERIC_FIELD_REF] = "JsonFilteringAlphanumericFieldRef",
	[PSL_CAP_JSON_ARRAY_CONTAINS] = "JsonArrayContains",
	[PSL_CAP_COMPOUND_IDS] = "CompoundIds",
	[PSL_CAP_ANY_ID] = "AnyId",
	[PSL_CAP_NATIVE_FULL_TEXT_SEARCH] = "NativeFullTextSearch",
	[PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITHOUT_INDEX] = "NativeFullTextSearchWithoutIndex",
	[PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITH_INDEX] = "NativeFullTextSearchWithIndex",
	[PSL_CAP_ADVANCED_JSON_NULLABILITY] = "AdvancedJsonNullability",
	[PSL_CAP_UNDEFINED_TYPE] = "UndefinedType",
	[PSL_CAP_DECIMAL_TYPE] = "DecimalType",
	[PSL_CAP_BACKWARD_COMPATIBLE_QUERY_RAW] = "BackwardCompatibleQueryRaw",
	[PSL_CAP_ORDER_BY_NULLS_FIRST_LAST] = "OrderByNullsFirstLast",
	[PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT] = "FilteredInlineChildNestedToOneDisconnect",
	[PSL_CAP_SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED] = "SupportsTxIsolationReadUncommitted",
	[PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED] = "SupportsTxIsolationReadCommitted",
	[PSL_CAP_SUPPORTS_TX_ISOLATION_REPEATABLE_READ] = "SupportsTxIsolationRepeatableRead",
	[PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE] = "SupportsTxIsolationSerializable",
	[PSL_CAP_SUPPORTS_TX_ISOLATION_SNAPSHOT] = "SupportsTxIsolationSnapshot",
	[PSL_CAP_NATIVE_UPSERT] = "NativeUpsert",
	[PSL_CAP_INSERT_RETURNING] = "InsertReturning",
	[PSL_CAP_UPDATE_RETURNING] = "UpdateReturning",
	[PSL_CAP_ROW_IN] = "RowIn",
	[PSL_CAP_DISTINCT_ON] = "DistinctOn",
	[PSL_CAP_DELETE_RETURNING] = "DeleteReturning",
	[PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS] = "SupportsFiltersOnRelationsWithoutJoins",
	[PSL_CAP_LATERAL_JOIN] = "LateralJoin",
	[PSL_CAP_CORRELATED_SUBQUERIES] = "CorrelatedSubqueries",
};

#define POSTGRES_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_ADVANCED_JSON_NULLABILITY) | \
	PSL_CAP_BIT(PSL_CAP_ANY_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_SKIP_DUPLICATES) | \
	PSL_CAP_BIT(PSL_CAP_ENUMS) | \
	PSL_CAP_BIT(PSL_CAP_ENUM_ARRAY_PUSH) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_FULL_TEXT_SEARCH) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITHOUT_INDEX) | \
	PSL_CAP_BIT(PSL_CAP_INSENSITIVE_FILTERS) | \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_ARRAY_PATH) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_ALPHANUMERIC) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_ALPHANUMERIC_FIELD_REF) | \
	PSL_CAP_BIT(PSL_CAP_JSON_ARRAY_CONTAINS) | \
	PSL_CAP_BIT(PSL_CAP_MULTI_SCHEMA) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_FOREIGN_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_PRIMARY_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER) | \
	PSL_CAP_BIT(PSL_CAP_SCALAR_LISTS) | \
	PSL_CAP_BIT(PSL_CAP_JSON_LISTS) | \
	PSL_CAP_BIT(PSL_CAP_UPDATEABLE_ID) | \
	PSL_CAP_BIT(PSL_CAP_WRITABLE_AUTOINC_FIELD) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_DECIMAL_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_ORDER_BY_NULLS_FIRST_LAST) | \
	PSL_CAP_BIT(PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_REPEATABLE_READ) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_UPSERT) | \
	PSL_CAP_BIT(PSL_CAP_INSERT_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_UPDATE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_ROW_IN) | \
	PSL_CAP_BIT(PSL_CAP_DISTINCT_ON) | \
	PSL_CAP_BIT(PSL_CAP_DELETE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS) | \
	PSL_CAP_BIT(PSL_CAP_LATERAL_JOIN) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT))

#define MYSQL_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_ENUMS) | \
	PSL_CAP_BIT(PSL_CAP_ENUM_ARRAY_PUSH) | \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID) | \
	PSL_CAP_BIT(PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_WRITABLE_AUTOINC_FIELD) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_SKIP_DUPLICATES) | \
	PSL_CAP_BIT(PSL_CAP_UPDATEABLE_ID) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_JSON_PATH) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_ALPHANUMERIC) | \
	PSL_CAP_BIT(PSL_CAP_JSON_ARRAY_CONTAINS) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_ANY_ID) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_FOREIGN_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_ADVANCED_JSON_NULLABILITY) | \
	PSL_CAP_BIT(PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING) | \
	PSL_CAP_BIT(PSL_CAP_FULL_TEXT_INDEX) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_FULL_TEXT_SEARCH) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_FULL_TEXT_SEARCH_WITH_INDEX) | \
	PSL_CAP_BIT(PSL_CAP_MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_DECIMAL_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_ORDER_BY_NULLS_FIRST_LAST) | \
	PSL_CAP_BIT(PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_REPEATABLE_READ) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE) | \
	PSL_CAP_BIT(PSL_CAP_ROW_IN) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS) | \
	PSL_CAP_BIT(PSL_CAP_CORRELATED_SUBQUERIES) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT))

#define SQLITE_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_ANY_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER) | \
	PSL_CAP_BIT(PSL_CAP_UPDATEABLE_ID) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_DECIMAL_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_BACKWARD_COMPATIBLE_QUERY_RAW) | \
	PSL_CAP_BIT(PSL_CAP_ORDER_BY_NULLS_FIRST_LAST) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_UPSERT) | \
	PSL_CAP_BIT(PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT) | \
	PSL_CAP_BIT(PSL_CAP_ROW_IN) | \
	PSL_CAP_BIT(PSL_CAP_INSERT_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_DELETE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_UPDATE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID) | \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_JSON_PATH) | \
	PSL_CAP_BIT(PSL_CAP_ADVANCED_JSON_NULLABILITY) | \
	PSL_CAP_BIT(PSL_CAP_ENUMS))

#define SQLSERVER_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_ANY_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_MULTI_SCHEMA) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_DEFAULT_VALUES) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_FOREIGN_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_PRIMARY_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_REFERENCE_CYCLE_DETECTION) | \
	PSL_CAP_BIT(PSL_CAP_UPDATEABLE_ID) | \
	PSL_CAP_BIT(PSL_CAP_PRIMARY_KEY_SORT_ORDER_DEFINITION) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_DECIMAL_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_CLUSTERING_SETTING) | \
	PSL_CAP_BIT(PSL_CAP_ORDER_BY_NULLS_FIRST_LAST) | \
	PSL_CAP_BIT(PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_UNCOMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_REPEATABLE_READ) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SNAPSHOT) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT))

#define COCKROACH_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_ADVANCED_JSON_NULLABILITY) | \
	PSL_CAP_BIT(PSL_CAP_ANY_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY_WRITEABLE_AUTO_INC_ID) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_SKIP_DUPLICATES) | \
	PSL_CAP_BIT(PSL_CAP_ENUMS) | \
	PSL_CAP_BIT(PSL_CAP_INSENSITIVE_FILTERS) | \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING) | \
	PSL_CAP_BIT(PSL_CAP_JSON_FILTERING_ARRAY_PATH) | \
	PSL_CAP_BIT(PSL_CAP_JSON_ARRAY_CONTAINS) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_PRIMARY_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_NAMED_FOREIGN_KEYS) | \
	PSL_CAP_BIT(PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER) | \
	PSL_CAP_BIT(PSL_CAP_SCALAR_LISTS) | \
	PSL_CAP_BIT(PSL_CAP_UPDATEABLE_ID) | \
	PSL_CAP_BIT(PSL_CAP_WRITABLE_AUTOINC_FIELD) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_DECIMAL_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_ORDER_BY_NULLS_FIRST_LAST) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_SERIALIZABLE) | \
	PSL_CAP_BIT(PSL_CAP_NATIVE_UPSERT) | \
	PSL_CAP_BIT(PSL_CAP_MULTI_SCHEMA) | \
	PSL_CAP_BIT(PSL_CAP_FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT) | \
	PSL_CAP_BIT(PSL_CAP_INSERT_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_UPDATE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_ROW_IN) | \
	PSL_CAP_BIT(PSL_CAP_DELETE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS) | \
	PSL_CAP_BIT(PSL_CAP_LATERAL_JOIN) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_TX_ISOLATION_READ_COMMITTED))

#define MONGODB_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_ENUMS) | \
	PSL_CAP_BIT(PSL_CAP_ENUM_ARRAY_PUSH) | \
	PSL_CAP_BIT(PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER) | \
	PSL_CAP_BIT(PSL_CAP_CREATE_MANY) | \
	PSL_CAP_BIT(PSL_CAP_SCALAR_LISTS) | \
	PSL_CAP_BIT(PSL_CAP_JSON_LISTS) | \
	PSL_CAP_BIT(PSL_CAP_INSENSITIVE_FILTERS) | \
	PSL_CAP_BIT(PSL_CAP_COMPOSITE_TYPES) | \
	PSL_CAP_BIT(PSL_CAP_FULL_TEXT_INDEX) | \
	PSL_CAP_BIT(PSL_CAP_SORT_ORDER_IN_FULL_TEXT_INDEX) | \
	PSL_CAP_BIT(PSL_CAP_DEFAULT_VALUE_AUTO) | \
	PSL_CAP_BIT(PSL_CAP_TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION) | \
	PSL_CAP_BIT(PSL_CAP_UNDEFINED_TYPE) | \
	PSL_CAP_BIT(PSL_CAP_DELETE_RETURNING) | \
	PSL_CAP_BIT(PSL_CAP_SUPPORTS_DEFAULT_IN_INSERT))

#define EMPTY_CAPS ( \
	PSL_CAP_BIT(PSL_CAP_AUTO_INCREMENT) | \
	PSL_CAP_BIT(PSL_CAP_COMPOUND_IDS) | \
	PSL_CAP_BIT(PSL_CAP_ENUMS) | \
	PSL_CAP_BIT(PSL_CAP_JSON) | \
	PSL_CAP_BIT(PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION))

const char *psl_capability_name(enum psl_capability c)
{
	if ((unsigned)c >= PSL_CAP_COUNT_)
		return "?";
	return capability_names[c];
}

/* ---- scalar types ------------------------------------------------------ */

static const char *const scalar_names[PSL_SCALAR_COUNT] = {
	[PSL_SCALAR_INT] = "Int",
	[PSL_SCALAR_BIGINT] = "BigInt",
	[PSL_SCALAR_FLOAT] = "Float",
	[PSL_SCALAR_BOOLEAN] = "Boolean",
	[PSL_SCALAR_STRING] = "String",
	[PSL_SCALAR_DATETIME] = "DateTime",
	[PSL_SCALAR_JSON] = "Json",
	[PSL_SCALAR_BYTES] = "Bytes",
	[PSL_SCALAR_DECIMAL] = "Decimal",
};

const char *psl_scalar_type_name(enum psl_scalar_type t)
{
	if ((unsigned)t >= PSL_SCALAR_COUNT)
		return "?";
	return scalar_names[t];
}

static bool ascii_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return *a == *b;
}

bool psl_scalar_type_parse(const char *name, bool ignore_case, enum psl_scalar_type *out)
{
	if (!ignore_case) {
		/* Every field's type comes here: at most three comparisons, by first letter. */
		static const enum psl_scalar_type b[] = {PSL_SCALAR_BIGINT, PSL_SCALAR_BOOLEAN, PSL_SCALAR_BYTES},
						  d[] = {PSL_SCALAR_DATETIME, PSL_SCALAR_DECIMAL},
						  f[] = {PSL_SCALAR_FLOAT}, i[] = {PSL_SCALAR_INT},
						  j[] = {PSL_SCALAR_JSON}, st[] = {PSL_SCALAR_STRING};
		const enum psl_scalar_type *c;
		size_t n;
		switch (name[0]) {
		case 'B': c = b, n = ARRAY_SIZE(b); break;
		case 'D': c = d, n = ARRAY_SIZE(d); break;
		case 'F': c = f, n = ARRAY_SIZE(f); break;
		case 'I': c = i, n = ARRAY_SIZE(i); break;
		case 'J': c = j, n = ARRAY_SIZE(j); break;
		case 'S': c = st, n = ARRAY_SIZE(st); break;
		default: return false;
		}
		for (size_t k = 0; k < n; k++) {
			if (!strcmp(name, scalar_names[c[k]])) {
				*out = c[k];
				return true;
			}
		}
		return false;
	}
	for (unsigned i = 0; i < PSL_SCALAR_COUNT; i++) {
		if (ignore_case ? ascii_ieq(name, scalar_names[i]) : !strcmp(name, scalar_names[i])) {
			*out = (enum psl_scalar_type)i;
			return true;
		}
	}
	return false;
}

/* ---- relation modes, referential actions, scopes ------------------------ */

const char *psl_relation_mode_name(enum psl_relation_mode m)
{
	return m == PSL_RELATION_MODE_PRISMA ? "prisma" : "foreignKeys";
}

static const char *const action_names[PSL_ACTION_COUNT] = {
	"Cascade", "Restrict", "NoAction", "SetNull", "SetDefault",
};

const char *psl_referential_action_name(enum psl_referential_action a)
{
	if ((unsigned)a >= PSL_ACTION_COUNT)
		return "?";
	return action_names[a];
}

bool psl_referential_action_parse(const char *name, enum psl_referential_action *out)
{
	for (unsigned i = 0; i < PSL_ACTION_COUNT; i++) {
		if (!strcmp(name, action_names[i])) {
			*out = (enum psl_referential_action)i;
			return true;
		}
	}
	return false;
}

void psl_constraint_scope_describe(struct strbuf *out, enum psl_constraint_scope scope, const char *model_name)
{
	switch (scope) {
	case PSL_SCOPE_GLOBAL_KEY_INDEX:
		strbuf_addstr(out, "global for indexes and unique constraints");
		break;
	case PSL_SCOPE_GLOBAL_FOREIGN_KEY:
		strbuf_addstr(out, "global for foreign keys");
		break;
	case PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX:
		strbuf_addstr(out, "global for primary key, indexes and unique constraints");
		break;
	case PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT:
		strbuf_addstr(out, "global for primary keys, foreign keys and default constraints");
		break;
	case PSL_SCOPE_MODEL_KEY_INDEX:
		strbuf_addf(out, "on model `%s` for indexes and unique constraints", model_name);
		break;
	case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX:
		strbuf_addf(out, "on model `%s` for primary key, indexes and unique constraints", model_name);
		break;
	case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY:
		strbuf_addf(out, "on model `%s` for primary key, indexes, unique constraints and foreign keys",
			    model_name);
		break;
	}
}

/* ---- the connector tables ---------------------------------------------- */

#define ACT(a) PSL_ACTION_BIT(PSL_ACTION_##a)
#define ALL_ACTIONS (ACT(CASCADE) | ACT(RESTRICT) | ACT(NO_ACTION) | ACT(SET_NULL) | ACT(SET_DEFAULT))
/* RelationMode::allowed_emulated_referential_actions_default() */
#define DEFAULT_EMULATED_ACTIONS (ACT(RESTRICT) | ACT(SET_NULL) | ACT(NO_ACTION) | ACT(CASCADE))
#define BOTH_MODES (PSL_RELATION_MODE_BIT(PSL_RELATION_MODE_FOREIGN_KEYS) | \
		    PSL_RELATION_MODE_BIT(PSL_RELATION_MODE_PRISMA))

static const enum psl_constraint_scope postgres_scopes[] = {
	PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX,
	PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY,
};
static const enum psl_constraint_scope mysql_scopes[] = {
	PSL_SCOPE_GLOBAL_FOREIGN_KEY,
	PSL_SCOPE_MODEL_KEY_INDEX,
};
static const enum psl_constraint_scope sqlite_scopes[] = {PSL_SCOPE_GLOBAL_KEY_INDEX};
static const enum psl_constraint_scope sqlserver_scopes[] = {
	PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
	PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX,
};
static const enum psl_constraint_scope cockroach_scopes[] = {PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY};
static const enum psl_constraint_scope mongodb_scopes[] = {PSL_SCOPE_MODEL_KEY_INDEX};

/*
 * Native type constructors (native_types.rs of each connector), indexed by
 * psl_pg_type / psl_mysql_type. The macros mirror Prisma's
 * native_type_definition!: NONE takes no argument, OPT1 an optional u32,
 * OPT2 an optional (u32, u32), REQ1 a required u32.
 */
#define S(t) PSL_SCALAR_##t
#define NONE(n, t) {n, 0, 0, {S(t)}, 1}
#define NONE2(n, t1, t2) {n, 0, 0, {S(t1), S(t2)}, 2}
#define OPT1(n, t) {n, 0, 1, {S(t)}, 1}
#define OPT2(n, t) {n, 0, 2, {S(t)}, 1}
#define REQ1(n, t) {n, 1, 0, {S(t)}, 1}
#define REQ1_2(n, t1, t2) {n, 1, 0, {S(t1), S(t2)}, 2}

static const struct psl_native_type_constructor pg_native_types[] = {
	[PSL_PG_SMALL_INT] = NONE("SmallInt", INT),
	[PSL_PG_INTEGER] = NONE("Integer", INT),
	[PSL_PG_BIG_INT] = NONE("BigInt", BIGINT),
	[PSL_PG_DECIMAL] = OPT2("Decimal", DECIMAL),
	[PSL_PG_MONEY] = NONE("Money", DECIMAL),
	[PSL_PG_INET] = NONE("Inet", STRING),
	[PSL_PG_OID] = NONE("Oid", INT),
	[PSL_PG_CITEXT] = NONE("Citext", STRING),
	[PSL_PG_REAL] = NONE("Real", FLOAT),
	[PSL_PG_DOUBLE_PRECISION] = NONE("DoublePrecision", FLOAT),
	[PSL_PG_VAR_CHAR] = OPT1("VarChar", STRING),
	[PSL_PG_CHAR] = OPT1("Char", STRING),
	[PSL_PG_TEXT] = NONE("Text", STRING),
	[PSL_PG_BYTE_A] = NONE("ByteA", BYTES),
	[PSL_PG_TIMESTAMP] = OPT1("Timestamp", DATETIME),
	[PSL_PG_TIMESTAMPTZ] = OPT1("Timestamptz", DATETIME),
	[PSL_PG_DATE] = NONE("Date", DATETIME),
	[PSL_PG_TIME] = OPT1("Time", DATETIME),
	[PSL_PG_TIMETZ] = OPT1("Timetz", DATETIME),
	[PSL_PG_BOOLEAN] = NONE("Boolean", BOOLEAN),
	[PSL_PG_BIT] = OPT1("Bit", STRING),
	[PSL_PG_VAR_BIT] = OPT1("VarBit", STRING),
	[PSL_PG_UUID] = NONE("Uuid", STRING),
	[PSL_PG_XML] = NONE("Xml", STRING),
	[PSL_PG_JSON] = NONE("Json", JSON),
	[PSL_PG_JSON_B] = NONE("JsonB", JSON),
};

static const struct psl_native_type_constructor mysql_native_types[] = {
	[PSL_MY_INT] = NONE("Int", INT),
	[PSL_MY_UNSIGNED_INT] = NONE("UnsignedInt", INT),
	[PSL_MY_SMALL_INT] = NONE("SmallInt", INT),
	[PSL_MY_UNSIGNED_SMALL_INT] = NONE("UnsignedSmallInt", INT),
	[PSL_MY_TINY_INT] = NONE2("TinyInt", BOOLEAN, INT),
	[PSL_MY_UNSIGNED_TINY_INT] = NONE2("UnsignedTinyInt", BOOLEAN, INT),
	[PSL_MY_MEDIUM_INT] = NONE("MediumInt", INT),
	[PSL_MY_UNSIGNED_MEDIUM_INT] = NONE("UnsignedMediumInt", INT),
	[PSL_MY_BIG_INT] = NONE("BigInt", BIGINT),
	[PSL_MY_DECIMAL] = OPT2("Decimal", DECIMAL),
	[PSL_MY_UNSIGNED_BIG_INT] = NONE("UnsignedBigInt", BIGINT),
	[PSL_MY_FLOAT] = NONE("Float", FLOAT),
	[PSL_MY_DOUBLE] = NONE("Double", FLOAT),
	[PSL_MY_BIT] = REQ1_2("Bit", BOOLEAN, BYTES),
	[PSL_MY_CHAR] = REQ1("Char", STRING),
	[PSL_MY_VAR_CHAR] = REQ1("VarChar", STRING),
	[PSL_MY_BINARY] = REQ1("Binary", BYTES),
	[PSL_MY_VAR_BINARY] = REQ1("VarBinary", BYTES),
	[PSL_MY_TINY_BLOB] = NONE("TinyBlob", BYTES),
	[PSL_MY_BLOB] = NONE("Blob", BYTES),
	[PSL_MY_MEDIUM_BLOB] = NONE("MediumBlob", BYTES),
	[PSL_MY_LONG_BLOB] = NONE("LongBlob", BYTES),
	[PSL_MY_TINY_TEXT] = NONE("TinyText", STRING),
	[PSL_MY_TEXT] = NONE("Text", STRING),
	[PSL_MY_MEDIUM_TEXT] = NONE("MediumText", STRING),
	[PSL_MY_LONG_TEXT] = NONE("LongText", STRING),
	[PSL_MY_DATE] = NONE("Date", DATETIME),
	[PSL_MY_TIME] = OPT1("Time", DATETIME),
	[PSL_MY_DATE_TIME] = OPT1("DateTime", DATETIME),
	[PSL_MY_TIMESTAMP] = OPT1("Timestamp", DATETIME),
	[PSL_MY_YEAR] = NONE("Year", INT),
	[PSL_MY_JSON] = NONE("Json", JSON),
};

static const struct psl_connector connectors[] = {
	[PSL_PROVIDER_POSTGRESQL] = {
		.provider = PSL_PROVIDER_POSTGRESQL,
		.provider_name = "postgresql",
		.name = "Postgres",
		.rdb_supported = true,
		.capabilities = POSTGRES_CAPS,
		.max_identifier_length = 63,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ACT(NO_ACTION) | ACT(RESTRICT) | ACT(CASCADE) | ACT(SET_NULL) | ACT(SET_DEFAULT),
		/* NoAction is deliberately not emulated: its deferral cannot be. */
		.emulated_actions = ACT(RESTRICT) | ACT(SET_NULL) | ACT(CASCADE),
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE) | PSL_INDEX_BIT(PSL_INDEX_GIST) |
				    PSL_INDEX_BIT(PSL_INDEX_HASH) | PSL_INDEX_BIT(PSL_INDEX_GIN) |
				    PSL_INDEX_BIT(PSL_INDEX_SPGIST) | PSL_INDEX_BIT(PSL_INDEX_BRIN),
		.constraint_scopes = postgres_scopes,
		.n_constraint_scopes = ARRAY_SIZE(postgres_scopes),
		.native_types = pg_native_types,
		.n_native_types = ARRAY_SIZE(pg_native_types),
		.native_types_ported = true,
		.native_full_text_search_feature = "fullTextSearchPostgres",
		.suggests_missing_relation_indexes = true,
		.parses_extensions = true,
	},
	/* MySQL: no named primary keys (always PRIMARY), no scalar lists, no schemas. */
	[PSL_PROVIDER_MYSQL] = {
		.provider = PSL_PROVIDER_MYSQL,
		.provider_name = "mysql",
		.name = "MySQL",
		.rdb_supported = true,
		.capabilities = MYSQL_CAPS,
		.max_identifier_length = 64,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ACT(RESTRICT) | ACT(CASCADE) | ACT(SET_NULL) | ACT(NO_ACTION) | ACT(SET_DEFAULT),
		.emulated_actions = DEFAULT_EMULATED_ACTIONS,
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE),
		.constraint_scopes = mysql_scopes,
		.n_constraint_scopes = ARRAY_SIZE(mysql_scopes),
		.native_types = mysql_native_types,
		.n_native_types = ARRAY_SIZE(mysql_native_types),
		.native_types_ported = true,
		.supports_shard_keys = true,
		.suggests_missing_relation_indexes = true,
	},
	/* SQLite has no real identifier limit; Prisma uses 10000. */
	[PSL_PROVIDER_SQLITE] = {
		.provider = PSL_PROVIDER_SQLITE,
		.provider_name = "sqlite",
		.name = "sqlite",
		.capabilities = SQLITE_CAPS,
		.max_identifier_length = 10000,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ACT(SET_NULL) | ACT(SET_DEFAULT) | ACT(CASCADE) | ACT(RESTRICT) | ACT(NO_ACTION),
		.emulated_actions = ACT(RESTRICT) | ACT(SET_NULL) | ACT(CASCADE),
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE),
		.constraint_scopes = sqlite_scopes,
		.n_constraint_scopes = ARRAY_SIZE(sqlite_scopes),
		/* SQLite has no native types at all: that much is ported. */
		.native_types_ported = true,
		.suggests_missing_relation_indexes = true,
	},
	/* SQL Server has no RESTRICT: NoAction is its default for required relations. */
	[PSL_PROVIDER_SQLSERVER] = {
		.provider = PSL_PROVIDER_SQLSERVER,
		.provider_name = "sqlserver",
		.name = "SQL Server",
		.capabilities = SQLSERVER_CAPS,
		.max_identifier_length = 128,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ACT(NO_ACTION) | ACT(CASCADE) | ACT(SET_NULL) | ACT(SET_DEFAULT),
		.emulated_actions = DEFAULT_EMULATED_ACTIONS,
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE),
		.constraint_scopes = sqlserver_scopes,
		.n_constraint_scopes = ARRAY_SIZE(sqlserver_scopes),
		.suggests_missing_relation_indexes = true,
		.manages_udts = true,
	},
	[PSL_PROVIDER_COCKROACHDB] = {
		.provider = PSL_PROVIDER_COCKROACHDB,
		.provider_name = "cockroachdb",
		.name = "CockroachDB",
		.capabilities = COCKROACH_CAPS,
		.max_identifier_length = 63,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ACT(NO_ACTION) | ACT(RESTRICT) | ACT(CASCADE) | ACT(SET_NULL) | ACT(SET_DEFAULT),
		.emulated_actions = DEFAULT_EMULATED_ACTIONS,
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE) | PSL_INDEX_BIT(PSL_INDEX_GIN),
		.constraint_scopes = cockroach_scopes,
		.n_constraint_scopes = ARRAY_SIZE(cockroach_scopes),
		.suggests_missing_relation_indexes = true,
	},
	[PSL_PROVIDER_MONGODB] = {
		.provider = PSL_PROVIDER_MONGODB,
		.provider_name = "mongodb",
		.name = "MongoDB",
		.capabilities = MONGODB_CAPS,
		.max_identifier_length = 127,
		/* No foreign keys in MongoDB: only emulation is possible. */
		.allowed_relation_modes = PSL_RELATION_MODE_BIT(PSL_RELATION_MODE_PRISMA),
		.default_relation_mode = PSL_RELATION_MODE_PRISMA,
		.foreign_key_actions = 0,
		.emulated_actions = DEFAULT_EMULATED_ACTIONS,
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE),
		.constraint_scopes = mongodb_scopes,
		.n_constraint_scopes = ARRAY_SIZE(mongodb_scopes),
	},
	/*
	 * No datasource: Prisma still validates models against this permissive
	 * stand-in, so every action is allowed and nothing has a length limit.
	 */
	[PSL_PROVIDER_EMPTY] = {
		.provider = PSL_PROVIDER_EMPTY,
		.provider_name = "empty",
		/* Rust's type_name of the struct, which is what Prisma prints. */
		.name = "psl_core::datamodel_connector::empty_connector::EmptyDatamodelConnector",
		.capabilities = EMPTY_CAPS,
		.max_identifier_length = SIZE_MAX,
		.allowed_relation_modes = BOTH_MODES,
		.default_relation_mode = PSL_RELATION_MODE_FOREIGN_KEYS,
		.foreign_key_actions = ALL_ACTIONS,
		.emulated_actions = DEFAULT_EMULATED_ACTIONS,
		.index_algorithms = PSL_INDEX_BIT(PSL_INDEX_BTREE),
		.native_types_ported = true,
		.suggests_missing_relation_indexes = true,
	},
};

const struct psl_connector *psl_connector_get(enum psl_provider p)
{
	if ((unsigned)p >= ARRAY_SIZE(connectors))
		return NULL;
	return &connectors[p];
}

const struct psl_connector *psl_connector_for_provider(const char *provider)
{
	/* BUILTIN_CONNECTORS order; only Postgres has an alias. */
	if (!strcmp(provider, "postgresql") || !strcmp(provider, "postgres"))
		return psl_connector_get(PSL_PROVIDER_POSTGRESQL);
	if (!strcmp(provider, "mysql"))
		return psl_connector_get(PSL_PROVIDER_MYSQL);
	if (!strcmp(provider, "sqlite"))
		return psl_connector_get(PSL_PROVIDER_SQLITE);
	if (!strcmp(provider, "sqlserver"))
		return psl_connector_get(PSL_PROVIDER_SQLSERVER);
	if (!strcmp(provider, "cockroachdb"))
		return psl_connector_get(PSL_PROVIDER_COCKROACHDB);
	if (!strcmp(provider, "mongodb"))
		return psl_connector_get(PSL_PROVIDER_MONGODB);
	return NULL;
}

/* ---- referential actions ----------------------------------------------- */

unsigned psl_connector_referential_actions(const struct psl_connector *c, enum psl_relation_mode mode)
{
	return mode == PSL_RELATION_MODE_PRISMA ? c->emulated_actions : c->foreign_key_actions;
}

bool psl_connector_supports_referential_action(const struct psl_connector *c, enum psl_relation_mode mode,
					       enum psl_referential_action a)
{
	return (psl_connector_referential_actions(c, mode) & PSL_ACTION_BIT(a)) != 0;
}

bool psl_connector_allows_set_null_on_non_nullable(const struct psl_connector *c, enum psl_relation_mode mode)
{
	return c->provider == PSL_PROVIDER_POSTGRESQL && mode == PSL_RELATION_MODE_FOREIGN_KEYS;
}

enum psl_referential_action psl_default_on_delete(const struct psl_connector *c, enum psl_relation_mode mode,
						  bool required)
{
	if (!required)
		return PSL_ACTION_SET_NULL;
	if (psl_connector_supports_referential_action(c, mode, PSL_ACTION_RESTRICT))
		return PSL_ACTION_RESTRICT;
	return PSL_ACTION_NO_ACTION;
}

static void add_action_list(struct strbuf *out, unsigned actions)
{
	bool first = true;
	for (unsigned i = 0; i < PSL_ACTION_COUNT; i++) {
		if (!(actions & PSL_ACTION_BIT(i)))
			continue;
		strbuf_addf(out, "%s`%s`", first ? "" : ", ", action_names[i]);
		first = false;
	}
}

void psl_referential_action_message(struct strbuf *out, const struct psl_connector *c,
				    enum psl_relation_mode mode, enum psl_referential_action a)
{
	strbuf_addf(out, "Invalid referential action: `%s`. Allowed values: (", psl_referential_action_name(a));
	add_action_list(out, psl_connector_referential_actions(c, mode));
	strbuf_addch(out, ')');
	/* Only suggest Restrict where the emulation offers it. */
	if (mode == PSL_RELATION_MODE_PRISMA && a == PSL_ACTION_NO_ACTION &&
	    (c->emulated_actions & PSL_ACTION_BIT(PSL_ACTION_RESTRICT)))
		strbuf_addf(out,
			    ". `NoAction` is not implemented for %s when using `relationMode = \"prisma\"`, "
			    "you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode",
			    c->name);
}

/* ---- URLs --------------------------------------------------------------- */

/*
 * Deliberately loose prefix checks, copied as they are: Prisma validates the
 * protocol only; the driver reports anything else when it connects.
 */
bool psl_connector_validate_url(const struct psl_connector *c, const char *url, struct strbuf *reason)
{
	const char *why = NULL;
	switch (c->provider) {
	case PSL_PROVIDER_POSTGRESQL:
		if (!str_starts_with(url, "postgres://") && !str_starts_with(url, "postgresql://") &&
		    !str_starts_with(url, "prisma+postgres://"))
			why = "must start with the protocol `postgresql://` or `postgres://`.";
		break;
	case PSL_PROVIDER_COCKROACHDB:
		if (!str_starts_with(url, "postgres://") && !str_starts_with(url, "postgresql://"))
			why = "must start with the protocol `postgresql://` or `postgres://`.";
		break;
	case PSL_PROVIDER_MYSQL:
		/* Prisma checks the bare prefix, so "mysqlx://" passes too. */
		if (!str_starts_with(url, "mysql"))
			why = "must start with the protocol `mysql://`.";
		break;
	case PSL_PROVIDER_SQLITE:
		if (!str_starts_with(url, "file"))
			why = "must start with the protocol `file:`.";
		break;
	case PSL_PROVIDER_SQLSERVER:
		if (!str_starts_with(url, "sqlserver"))
			why = "must start with the protocol `sqlserver://`.";
		break;
	case PSL_PROVIDER_MONGODB:
		if (!str_starts_with(url, "mongo"))
			why = "must start with the protocol `mongo`.";
		break;
	case PSL_PROVIDER_EMPTY:
		break;
	}
	if (why && reason)
		strbuf_addstr(reason, why);
	return why == NULL;
}

/* ---- constraint names --------------------------------------------------- */

/*
 * The largest cut point <= index that does not split a UTF-8 sequence
 * (Rust's floor_char_boundary), so truncated names stay valid UTF-8.
 */
static size_t floor_char_boundary(const char *s, size_t len, size_t index)
{
	if (index >= len)
		return len;
	while (index > 0 && ((unsigned char)s[index] & 0xC0) == 0x80)
		index--;
	return index;
}

/*
 * Appends `base` (already in out from `start`) cut to fit limit - suffix
 * length, then the suffix: the shared tail of every name derivation. Prisma
 * cuts when the base is >= the room left, which leaves an exact fit alone.
 */
static void cut_and_suffix(struct strbuf *out, size_t start, const char *suffix, const struct psl_connector *c)
{
	size_t room = c->max_identifier_length - strlen(suffix);
	size_t len = out->len - start;
	if (len >= room)
		strbuf_setlen(out, start + floor_char_boundary(out->buf + start, len, room));
	strbuf_addstr(out, suffix);
}

/* {table}_{col1}_{col2}...: the database names, joined before any cut. */
static void join_columns(struct strbuf *out, const char *table, const char *const *columns, size_t n)
{
	strbuf_addstr(out, table);
	strbuf_addch(out, '_');
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(out, '_');
		strbuf_addstr(out, columns[i]);
	}
}

void psl_constraint_primary_key_name(struct strbuf *out, const char *table, const struct psl_connector *c)
{
	size_t start = out->len;
	strbuf_addstr(out, table);
	cut_and_suffix(out, start, "_pkey", c);
}

void psl_constraint_unique_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
				const struct psl_connector *c)
{
	size_t start = out->len;
	join_columns(out, table, columns, n);
	cut_and_suffix(out, start, "_key", c);
}

void psl_constraint_index_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
			       const struct psl_connector *c)
{
	size_t start = out->len;
	join_columns(out, table, columns, n);
	cut_and_suffix(out, start, "_idx", c);
}

void psl_constraint_foreign_key_name(struct strbuf *out, const char *table, const char *const *columns, size_t n,
				     const struct psl_connector *c)
{
	size_t start = out->len;
	join_columns(out, table, columns, n);
	cut_and_suffix(out, start, "_fkey", c);
}

void psl_constraint_default_name(struct strbuf *out, const char *table, const char *column,
				 const struct psl_connector *c)
{
	size_t start = out->len;
	join_columns(out, table, &column, 1);
	cut_and_suffix(out, start, "_df", c);
}

/*
 * Only explicit `map:` names are checked: derived names are cut to fit, but
 * a name the user wrote is never silently changed.
 */
bool psl_constraint_name_too_long(struct psl_sources *src, struct psl_span span, const char *model_name,
				  const char *name, const char *attribute, bool double_at,
				  const struct psl_connector *c)
{
	if (!name || strlen(name) <= c->max_identifier_length)
		return false;
	psl_error(src, span,
		  "Error validating model \"%s\": The constraint name '%s' specified in the `map` argument for the "
		  "`%s%s` constraint is too long for your chosen provider. The maximum allowed length is %zu bytes.",
		  model_name, name, double_at ? "@@" : "@", attribute, c->max_identifier_length);
	return true;
}
