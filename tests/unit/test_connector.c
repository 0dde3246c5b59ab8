/*
 * test_connector.c: connectors (capabilities, limits, referential actions,
 * URL checks), constraint name derivation with truncation, and native types:
 * parse/render round trips for every PostgreSQL and MySQL type, defaults,
 * scalar mappings, and Prisma's messages.
 */
#include <stdint.h>

#include "schema/connector.h"
#include "t.h"

static const struct psl_connector *pg(void)
{
	return psl_connector_get(PSL_PROVIDER_POSTGRESQL);
}

static const struct psl_connector *my(void)
{
	return psl_connector_get(PSL_PROVIDER_MYSQL);
}

/* A sources object with one file, for functions that report diagnostics. */
static void sources_with_file(struct psl_sources *src)
{
	psl_sources_init(src);
	psl_sources_add(src, "schema.prisma", "model A {}\n", 11);
}

static const struct psl_span at = {0, 0, 5};

TEST(connector_lookup_by_provider)
{
	CHECK(psl_connector_for_provider("postgresql") == pg());
	CHECK(psl_connector_for_provider("postgres") == pg());
	CHECK(psl_connector_for_provider("mysql") == my());
	CHECK(psl_connector_for_provider("sqlite")->provider == PSL_PROVIDER_SQLITE);
	CHECK(psl_connector_for_provider("sqlserver")->provider == PSL_PROVIDER_SQLSERVER);
	CHECK(psl_connector_for_provider("cockroachdb")->provider == PSL_PROVIDER_COCKROACHDB);
	CHECK(psl_connector_for_provider("mongodb")->provider == PSL_PROVIDER_MONGODB);
	CHECK(psl_connector_for_provider("oracle") == NULL);
	CHECK(psl_connector_for_provider("Postgres") == NULL);
	CHECK_STR(pg()->provider_name, "postgresql");
	CHECK_STR(pg()->name, "Postgres");
	CHECK_STR(my()->name, "MySQL");
	CHECK(pg()->rdb_supported && my()->rdb_supported);
	CHECK(!psl_connector_for_provider("sqlite")->rdb_supported);
}

TEST(connector_capabilities_and_limits)
{
	CHECK(psl_connector_has(pg(), PSL_CAP_MULTI_SCHEMA));
	CHECK(psl_connector_has(pg(), PSL_CAP_SCALAR_LISTS));
	CHECK(psl_connector_has(pg(), PSL_CAP_NAMED_PRIMARY_KEYS));
	CHECK(!psl_connector_has(pg(), PSL_CAP_FULL_TEXT_INDEX));
	CHECK(!psl_connector_has(my(), PSL_CAP_MULTI_SCHEMA));
	CHECK(!psl_connector_has(my(), PSL_CAP_SCALAR_LISTS));
	CHECK(psl_connector_has(my(), PSL_CAP_FULL_TEXT_INDEX));
	CHECK(psl_connector_has(my(), PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING));
	CHECK(!psl_connector_has(my(), PSL_CAP_NAMED_PRIMARY_KEYS));
	CHECK(psl_connector_has(psl_connector_for_provider("mongodb"), PSL_CAP_COMPOSITE_TYPES));
	CHECK_STR(psl_capability_name(PSL_CAP_MULTI_SCHEMA), "MultiSchema");
	CHECK_STR(psl_capability_name(PSL_CAP_CORRELATED_SUBQUERIES), "CorrelatedSubqueries");
	CHECK_INT(pg()->max_identifier_length, 63);
	CHECK_INT(my()->max_identifier_length, 64);
	CHECK_INT(psl_connector_for_provider("sqlserver")->max_identifier_length, 128);
	CHECK(psl_connector_get(PSL_PROVIDER_EMPTY)->max_identifier_length == SIZE_MAX);
	CHECK(psl_connector_supports_index(pg(), PSL_INDEX_BRIN));
	CHECK(psl_connector_supports_index(pg(), PSL_INDEX_GIN));
	CHECK(!psl_connector_supports_index(my(), PSL_INDEX_HASH));
	CHECK(psl_connector_supports_index(my(), PSL_INDEX_BTREE));
	CHECK_STR(pg()->native_full_text_search_feature, "fullTextSearchPostgres");
	CHECK(my()->native_full_text_search_feature == NULL);
	CHECK(my()->supports_shard_keys && !pg()->supports_shard_keys);
	CHECK(pg()->parses_extensions && !my()->parses_extensions);
}

TEST(connector_constraint_scopes)
{
	struct strbuf sb = STRBUF_INIT;
	CHECK_INT(pg()->n_constraint_scopes, 2);
	CHECK(pg()->constraint_scopes[0] == PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX);
	CHECK(my()->constraint_scopes[1] == PSL_SCOPE_MODEL_KEY_INDEX);
	psl_constraint_scope_describe(&sb, PSL_SCOPE_MODEL_KEY_INDEX, "User");
	CHECK_STR(sb.buf, "on model `User` for indexes and unique constraints");
	strbuf_reset(&sb);
	psl_constraint_scope_describe(&sb, PSL_SCOPE_GLOBAL_FOREIGN_KEY, "User");
	CHECK_STR(sb.buf, "global for foreign keys");
	strbuf_release(&sb);
}

TEST(referential_actions_per_relation_mode)
{
	unsigned pg_fk = psl_connector_referential_actions(pg(), PSL_RELATION_MODE_FOREIGN_KEYS);
	unsigned pg_emu = psl_connector_referential_actions(pg(), PSL_RELATION_MODE_PRISMA);
	unsigned my_emu = psl_connector_referential_actions(my(), PSL_RELATION_MODE_PRISMA);
	const struct psl_connector *mongo = psl_connector_for_provider("mongodb");
	enum psl_referential_action a;

	CHECK_INT(pg_fk, 0x1f);
	CHECK(!(pg_emu & PSL_ACTION_BIT(PSL_ACTION_NO_ACTION)));
	CHECK(!(pg_emu & PSL_ACTION_BIT(PSL_ACTION_SET_DEFAULT)));
	CHECK(pg_emu & PSL_ACTION_BIT(PSL_ACTION_RESTRICT));
	CHECK(my_emu & PSL_ACTION_BIT(PSL_ACTION_NO_ACTION));
	CHECK(!psl_connector_supports_referential_action(psl_connector_for_provider("sqlserver"),
							 PSL_RELATION_MODE_FOREIGN_KEYS, PSL_ACTION_RESTRICT));
	CHECK_INT(mongo->foreign_key_actions, 0);
	CHECK(mongo->default_relation_mode == PSL_RELATION_MODE_PRISMA);
	CHECK(mongo->allowed_relation_modes == PSL_RELATION_MODE_BIT(PSL_RELATION_MODE_PRISMA));

	CHECK(psl_default_on_delete(pg(), PSL_RELATION_MODE_FOREIGN_KEYS, true) == PSL_ACTION_RESTRICT);
	CHECK(psl_default_on_delete(pg(), PSL_RELATION_MODE_FOREIGN_KEYS, false) == PSL_ACTION_SET_NULL);
	CHECK(psl_default_on_delete(psl_connector_for_provider("sqlserver"), PSL_RELATION_MODE_FOREIGN_KEYS, true) ==
	      PSL_ACTION_NO_ACTION);
	CHECK(psl_default_on_update() == PSL_ACTION_CASCADE);
	CHECK(psl_connector_allows_set_null_on_non_nullable(pg(), PSL_RELATION_MODE_FOREIGN_KEYS));
	CHECK(!psl_connector_allows_set_null_on_non_nullable(pg(), PSL_RELATION_MODE_PRISMA));
	CHECK(!psl_connector_allows_set_null_on_non_nullable(my(), PSL_RELATION_MODE_FOREIGN_KEYS));

	CHECK(psl_referential_action_parse("SetDefault", &a) && a == PSL_ACTION_SET_DEFAULT);
	CHECK(!psl_referential_action_parse("setDefault", &a));
	CHECK_STR(psl_referential_action_name(PSL_ACTION_NO_ACTION), "NoAction");
	CHECK_STR(psl_relation_mode_name(PSL_RELATION_MODE_FOREIGN_KEYS), "foreignKeys");
}

TEST(referential_action_messages)
{
	struct strbuf sb = STRBUF_INIT;
	psl_referential_action_message(&sb, pg(), PSL_RELATION_MODE_PRISMA, PSL_ACTION_NO_ACTION);
	CHECK_STR(sb.buf, "Invalid referential action: `NoAction`. Allowed values: (`Cascade`, `Restrict`, `SetNull`). "
			  "`NoAction` is not implemented for Postgres when using `relationMode = \"prisma\"`, you could "
			  "try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode");
	strbuf_reset(&sb);
	psl_referential_action_message(&sb, psl_connector_for_provider("sqlserver"), PSL_RELATION_MODE_FOREIGN_KEYS,
				       PSL_ACTION_RESTRICT);
	CHECK_STR(sb.buf, "Invalid referential action: `Restrict`. Allowed values: (`Cascade`, `NoAction`, `SetNull`, "
			  "`SetDefault`)");
	strbuf_release(&sb);
}

TEST(url_protocol_checks)
{
	struct strbuf why = STRBUF_INIT;
	CHECK(psl_connector_validate_url(pg(), "postgresql://u@h/db", NULL));
	CHECK(psl_connector_validate_url(pg(), "postgres://h", NULL));
	CHECK(psl_connector_validate_url(pg(), "prisma+postgres://h", NULL));
	CHECK(!psl_connector_validate_url(pg(), "mysql://h", &why));
	CHECK_STR(why.buf, "must start with the protocol `postgresql://` or `postgres://`.");
	strbuf_reset(&why);
	CHECK(psl_connector_validate_url(my(), "mysql://h", NULL));
	CHECK(!psl_connector_validate_url(my(), "prisma://h", &why));
	CHECK_STR(why.buf, "must start with the protocol `mysql://`.");
	CHECK(!psl_connector_validate_url(psl_connector_for_provider("cockroachdb"), "prisma+postgres://h", NULL));
	CHECK(psl_connector_validate_url(psl_connector_for_provider("sqlite"), "file:dev.db", NULL));
	strbuf_release(&why);
}

/* ---- constraint names ------------------------------------------------------ */

TEST(constraint_names_plain)
{
	struct strbuf sb = STRBUF_INIT;
	const char *email[] = {"email"};
	const char *author[] = {"authorId"};
	const char *two[] = {"firstName", "lastName"};

	psl_constraint_primary_key_name(&sb, "User", pg());
	CHECK_STR(sb.buf, "User_pkey");
	strbuf_reset(&sb);
	psl_constraint_unique_name(&sb, "User", email, 1, pg());
	CHECK_STR(sb.buf, "User_email_key");
	strbuf_reset(&sb);
	psl_constraint_foreign_key_name(&sb, "Post", author, 1, my());
	CHECK_STR(sb.buf, "Post_authorId_fkey");
	strbuf_reset(&sb);
	psl_constraint_index_name(&sb, "User", two, 2, my());
	CHECK_STR(sb.buf, "User_firstName_lastName_idx");
	strbuf_reset(&sb);
	psl_constraint_default_name(&sb, "User", "role", psl_connector_for_provider("sqlserver"));
	CHECK_STR(sb.buf, "User_role_df");
	/* appending: names go after what the buffer holds */
	strbuf_reset(&sb);
	strbuf_addstr(&sb, "CONSTRAINT ");
	psl_constraint_primary_key_name(&sb, "Post", pg());
	CHECK_STR(sb.buf, "CONSTRAINT Post_pkey");
	strbuf_release(&sb);
}

TEST(constraint_names_truncate_to_identifier_limit)
{
	struct strbuf sb = STRBUF_INIT;
	char table[80];
	const char *cols[] = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"};

	memset(table, 'T', 70);
	table[70] = '\0';
	psl_constraint_primary_key_name(&sb, table, pg());
	CHECK_INT(sb.len, 63);
	CHECK(str_ends_with(sb.buf, "TTT_pkey"));
	strbuf_reset(&sb);
	psl_constraint_primary_key_name(&sb, table, my());
	CHECK_INT(sb.len, 64);
	strbuf_reset(&sb);

	/* A 58-byte table name fits exactly: {58}_pkey is 63 bytes, nothing cut. */
	table[58] = '\0';
	psl_constraint_primary_key_name(&sb, table, pg());
	CHECK_INT(sb.len, 63);
	strbuf_reset(&sb);

	/* "Model_" + 30 + "_" + 30 = 67 bytes: cut to 59 (pg) / 60 (mysql) before "_key". */
	psl_constraint_unique_name(&sb, "Model", cols, 2, pg());
	CHECK_STR(sb.buf, "Model_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbb_key");
	CHECK_INT(sb.len, 63);
	strbuf_reset(&sb);
	psl_constraint_unique_name(&sb, "Model", cols, 2, my());
	CHECK_STR(sb.buf, "Model_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbb_key");
	CHECK_INT(sb.len, 64);
	strbuf_reset(&sb);
	psl_constraint_index_name(&sb, "Model", cols, 2, pg());
	CHECK(str_ends_with(sb.buf, "bb_idx") && sb.len == 63);
	strbuf_reset(&sb);
	psl_constraint_foreign_key_name(&sb, "Model", cols, 2, pg());
	CHECK_STR(sb.buf, "Model_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbb_fkey");
	strbuf_reset(&sb);
	psl_constraint_default_name(&sb, "Model", cols[0], psl_connector_get(PSL_PROVIDER_EMPTY));
	CHECK_STR(sb.buf, "Model_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_df");
	strbuf_release(&sb);
}

TEST(constraint_names_cut_on_utf8_boundary)
{
	struct strbuf sb = STRBUF_INIT;
	char table[80];
	/* 57 ASCII bytes then "é" (2 bytes): the cut at 58 would split it. */
	memset(table, 'x', 57);
	memcpy(table + 57, "\xc3\xa9yyyy", 7);
	psl_constraint_primary_key_name(&sb, table, pg());
	CHECK_INT(sb.len, 57 + 5);
	CHECK(!memcmp(sb.buf + 57, "_pkey", 5));
	strbuf_release(&sb);
}

TEST(constraint_name_too_long)
{
	struct psl_sources src;
	char name[70];
	sources_with_file(&src);
	memset(name, 'n', 64);
	name[64] = '\0';
	CHECK(!psl_constraint_name_too_long(&src, at, "User", name, "unique", true, my()));
	CHECK(psl_constraint_name_too_long(&src, at, "User", name, "unique", true, pg()));
	CHECK(!psl_constraint_name_too_long(&src, at, "User", NULL, "id", false, pg()));
	CHECK_INT(src.errors.len, 1);
	CHECK_STR(src.errors.items[0].message,
		  "Error validating model \"User\": The constraint name "
		  "'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn' specified in the `map` argument "
		  "for the `@@unique` constraint is too long for your chosen provider. The maximum allowed length is 63 "
		  "bytes.");
	psl_sources_release(&src);
}

/* ---- native types -------------------------------------------------------------- */

struct nt_case {
	const char *name;
	const char *args[2];
	size_t n;
	const char *rendered;
	enum psl_scalar_type scalar; /* scalar_type_for_native_type */
};

/* Every Postgres type, with and without its optional arguments. */
static const struct nt_case pg_cases[] = {
	{"SmallInt", {0}, 0, "SmallInt", PSL_SCALAR_INT},
	{"Integer", {0}, 0, "Integer", PSL_SCALAR_INT},
	{"BigInt", {0}, 0, "BigInt", PSL_SCALAR_BIGINT},
	{"Decimal", {0}, 0, "Decimal", PSL_SCALAR_DECIMAL},
	{"Decimal", {"10", "2"}, 2, "Decimal(10,2)", PSL_SCALAR_DECIMAL},
	{"Money", {0}, 0, "Money", PSL_SCALAR_DECIMAL},
	{"Inet", {0}, 0, "Inet", PSL_SCALAR_STRING},
	{"Oid", {0}, 0, "Oid", PSL_SCALAR_INT},
	{"Citext", {0}, 0, "Citext", PSL_SCALAR_STRING},
	{"Real", {0}, 0, "Real", PSL_SCALAR_FLOAT},
	{"DoublePrecision", {0}, 0, "DoublePrecision", PSL_SCALAR_FLOAT},
	{"VarChar", {0}, 0, "VarChar", PSL_SCALAR_STRING},
	{"VarChar", {"200"}, 1, "VarChar(200)", PSL_SCALAR_STRING},
	{"Char", {"+7"}, 1, "Char(7)", PSL_SCALAR_STRING},
	{"Char", {0}, 0, "Char", PSL_SCALAR_STRING},
	{"Text", {0}, 0, "Text", PSL_SCALAR_STRING},
	{"ByteA", {0}, 0, "ByteA", PSL_SCALAR_BYTES},
	{"Timestamp", {"6"}, 1, "Timestamp(6)", PSL_SCALAR_DATETIME},
	{"Timestamp", {0}, 0, "Timestamp", PSL_SCALAR_DATETIME},
	{"Timestamptz", {"3"}, 1, "Timestamptz(3)", PSL_SCALAR_DATETIME},
	{"Timestamptz", {0}, 0, "Timestamptz", PSL_SCALAR_DATETIME},
	{"Date", {0}, 0, "Date", PSL_SCALAR_DATETIME},
	{"Time", {"0"}, 1, "Time(0)", PSL_SCALAR_DATETIME},
	{"Time", {0}, 0, "Time", PSL_SCALAR_DATETIME},
	{"Timetz", {"2"}, 1, "Timetz(2)", PSL_SCALAR_DATETIME},
	{"Timetz", {0}, 0, "Timetz", PSL_SCALAR_DATETIME},
	{"Boolean", {0}, 0, "Boolean", PSL_SCALAR_BOOLEAN},
	{"Bit", {"8"}, 1, "Bit(8)", PSL_SCALAR_STRING},
	{"Bit", {0}, 0, "Bit", PSL_SCALAR_STRING},
	{"VarBit", {"4294967295"}, 1, "VarBit(4294967295)", PSL_SCALAR_STRING},
	{"VarBit", {0}, 0, "VarBit", PSL_SCALAR_STRING},
	{"Uuid", {0}, 0, "Uuid", PSL_SCALAR_STRING},
	{"Xml", {0}, 0, "Xml", PSL_SCALAR_STRING},
	{"Json", {0}, 0, "Json", PSL_SCALAR_JSON},
	{"JsonB", {0}, 0, "JsonB", PSL_SCALAR_JSON},
};

/* Every MySQL type. */
static const struct nt_case my_cases[] = {
	{"Int", {0}, 0, "Int", PSL_SCALAR_INT},
	{"UnsignedInt", {0}, 0, "UnsignedInt", PSL_SCALAR_INT},
	{"SmallInt", {0}, 0, "SmallInt", PSL_SCALAR_INT},
	{"UnsignedSmallInt", {0}, 0, "UnsignedSmallInt", PSL_SCALAR_INT},
	{"TinyInt", {0}, 0, "TinyInt", PSL_SCALAR_INT},
	{"UnsignedTinyInt", {0}, 0, "UnsignedTinyInt", PSL_SCALAR_INT},
	{"MediumInt", {0}, 0, "MediumInt", PSL_SCALAR_INT},
	{"UnsignedMediumInt", {0}, 0, "UnsignedMediumInt", PSL_SCALAR_INT},
	{"BigInt", {0}, 0, "BigInt", PSL_SCALAR_BIGINT},
	{"Decimal", {"65", "30"}, 2, "Decimal(65,30)", PSL_SCALAR_DECIMAL},
	{"Decimal", {0}, 0, "Decimal", PSL_SCALAR_DECIMAL},
	{"UnsignedBigInt", {0}, 0, "UnsignedBigInt", PSL_SCALAR_BIGINT},
	{"Float", {0}, 0, "Float", PSL_SCALAR_FLOAT},
	{"Double", {0}, 0, "Double", PSL_SCALAR_FLOAT},
	{"Bit", {"1"}, 1, "Bit(1)", PSL_SCALAR_BYTES},
	{"Char", {"10"}, 1, "Char(10)", PSL_SCALAR_STRING},
	{"VarChar", {"191"}, 1, "VarChar(191)", PSL_SCALAR_STRING},
	{"Binary", {"16"}, 1, "Binary(16)", PSL_SCALAR_BYTES},
	{"VarBinary", {"255"}, 1, "VarBinary(255)", PSL_SCALAR_BYTES},
	{"TinyBlob", {0}, 0, "TinyBlob", PSL_SCALAR_BYTES},
	{"Blob", {0}, 0, "Blob", PSL_SCALAR_BYTES},
	{"MediumBlob", {0}, 0, "MediumBlob", PSL_SCALAR_BYTES},
	{"LongBlob", {0}, 0, "LongBlob", PSL_SCALAR_BYTES},
	{"TinyText", {0}, 0, "TinyText", PSL_SCALAR_STRING},
	{"Text", {0}, 0, "Text", PSL_SCALAR_STRING},
	{"MediumText", {0}, 0, "MediumText", PSL_SCALAR_STRING},
	{"LongText", {0}, 0, "LongText", PSL_SCALAR_STRING},
	{"Date", {0}, 0, "Date", PSL_SCALAR_DATETIME},
	{"Time", {"3"}, 1, "Time(3)", PSL_SCALAR_DATETIME},
	{"Time", {0}, 0, "Time", PSL_SCALAR_DATETIME},
	{"DateTime", {"3"}, 1, "DateTime(3)", PSL_SCALAR_DATETIME},
	{"DateTime", {0}, 0, "DateTime", PSL_SCALAR_DATETIME},
	{"Timestamp", {"6"}, 1, "Timestamp(6)", PSL_SCALAR_DATETIME},
	{"Timestamp", {0}, 0, "Timestamp", PSL_SCALAR_DATETIME},
	{"Year", {0}, 0, "Year", PSL_SCALAR_INT},
	{"Json", {0}, 0, "Json", PSL_SCALAR_JSON},
};

/* Parse, render, re-parse the rendering's arguments, compare. */
static void round_trip(const struct psl_connector *c, const struct nt_case *cases, size_t n_cases,
		       size_t n_constructors)
{
	struct arena a;
	bool seen[64] = {false};
	size_t distinct = 0;
	arena_init(&a);
	for (size_t i = 0; i < n_cases; i++) {
		const struct nt_case *k = &cases[i];
		struct psl_native_type nt, again;
		struct strbuf sb = STRBUF_INIT;
		enum psl_scalar_type st;
		const char *args2[2];
		char buf[2][16];

		CHECK(psl_native_type_parse(c, k->name, k->args, k->n, at, NULL, &a, &nt));
		CHECK(nt.kind >= 0);
		if (nt.kind >= 0 && !seen[nt.kind]) {
			seen[nt.kind] = true;
			distinct++;
		}
		psl_native_type_render(&sb, &nt);
		CHECK_STR(sb.buf, k->rendered);
		CHECK_STR(psl_native_type_name(&nt), k->name);
		CHECK(psl_native_type_scalar(&nt, &st));
		CHECK_STR(psl_scalar_type_name(st), psl_scalar_type_name(k->scalar));

		for (unsigned j = 0; j < nt.n_args; j++) {
			snprintf(buf[j], sizeof(buf[j]), "%u", (unsigned)nt.args[j]);
			args2[j] = buf[j];
		}
		CHECK(psl_native_type_parse(c, psl_native_type_name(&nt), args2, nt.n_args, at, NULL, &a, &again));
		CHECK(psl_native_type_eq(&nt, &again));
		strbuf_release(&sb);
	}
	/* Every constructor is covered. */
	CHECK_INT(distinct, n_constructors);
	arena_free(&a);
}

TEST(native_types_postgres_round_trip)
{
	CHECK_INT(pg()->n_native_types, 26);
	round_trip(pg(), pg_cases, ARRAY_SIZE(pg_cases), pg()->n_native_types);
}

TEST(native_types_mysql_round_trip)
{
	CHECK_INT(my()->n_native_types, 32);
	round_trip(my(), my_cases, ARRAY_SIZE(my_cases), my()->n_native_types);
}

TEST(native_types_optional_argument_is_part_of_the_type)
{
	struct arena a;
	struct psl_native_type bare, sized;
	const char *args[] = {"200"};
	arena_init(&a);
	CHECK(psl_native_type_parse(pg(), "VarChar", NULL, 0, at, NULL, &a, &bare));
	CHECK(psl_native_type_parse(pg(), "VarChar", args, 1, at, NULL, &a, &sized));
	CHECK(bare.kind == PSL_PG_VAR_CHAR && sized.kind == PSL_PG_VAR_CHAR);
	CHECK_INT(bare.n_args, 0);
	CHECK_INT(sized.args[0], 200);
	CHECK(!psl_native_type_eq(&bare, &sized));
	arena_free(&a);
}

TEST(native_types_postgres_keeps_unknown_types)
{
	struct arena a;
	struct psl_native_type nt, other;
	struct strbuf sb = STRBUF_INIT;
	enum psl_scalar_type st;
	const char *args[] = {"3", "x"};
	arena_init(&a);
	CHECK(psl_native_type_parse(pg(), "Vector", args, 2, at, NULL, &a, &nt));
	CHECK_INT(nt.kind, PSL_NATIVE_UNKNOWN);
	psl_native_type_render(&sb, &nt);
	CHECK_STR(sb.buf, "Vector(3,x)");
	CHECK(!psl_native_type_scalar(&nt, &st));
	CHECK(psl_native_type_parse(pg(), "Vector", args, 2, at, NULL, &a, &other));
	CHECK(psl_native_type_eq(&nt, &other));
	CHECK(psl_native_type_parse(pg(), "Vector", args, 1, at, NULL, &a, &other));
	CHECK(!psl_native_type_eq(&nt, &other));
	strbuf_release(&sb);
	arena_free(&a);
}

TEST(native_types_parse_errors)
{
	struct psl_sources src;
	struct arena a;
	struct psl_native_type nt;
	const char *quoted[] = {"\"200\""};
	const char *one[] = {"1"};
	const char *neg[] = {"-1"};
	const char *big[] = {"4294967296"};
	sources_with_file(&src);
	arena_init(&a);

	CHECK(!psl_native_type_parse(pg(), "VarChar", quoted, 1, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(pg(), "Decimal", one, 1, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(my(), "Char", neg, 1, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(my(), "VarChar", big, 1, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(my(), "Nope", NULL, 0, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(psl_connector_for_provider("sqlite"), "Text", NULL, 0, at, &src, &a, &nt));
	CHECK(!psl_native_type_parse(NULL, "Text", NULL, 0, at, &src, &a, &nt));
	/* CockroachDB's types are not ported: refused, silently. */
	CHECK(!psl_native_type_parse(psl_connector_for_provider("cockroachdb"), "Text", NULL, 0, at, &src, &a, &nt));
	/* A type without parameters ignores arguments (the count check is the field's). */
	CHECK(psl_native_type_parse(pg(), "Text", one, 1, at, &src, &a, &nt));

	CHECK_INT(src.errors.len, 7);
	CHECK_STR(src.errors.items[0].message, "Expected a nonnegative integer, but found (\"200\").");
	CHECK_STR(src.errors.items[1].message, "Expected two nonnegative integers, but found (1).");
	CHECK_STR(src.errors.items[2].message, "Expected a nonnegative integer, but found (-1).");
	CHECK_STR(src.errors.items[3].message, "Expected a nonnegative integer, but found (4294967296).");
	CHECK_STR(src.errors.items[4].message, "Invalid Native type Nope.");
	CHECK_STR(src.errors.items[5].message, "Native types are not supported with sqlite connector");
	CHECK_STR(src.errors.items[6].message, "Invalid Native type Text.");
	CHECK(src.errors.items[0].span.start == 0 && src.errors.items[0].span.end == 5);
	arena_free(&a);
	psl_sources_release(&src);
}

TEST(native_types_defaults_and_scalars)
{
	struct psl_native_type nt;
	struct strbuf sb = STRBUF_INIT;
	struct arena a;
	const char *three[] = {"3"}, *six[] = {"6"};
	static const struct {
		int provider;
		enum psl_scalar_type t;
		const char *rendered;
	} cases[] = {
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_INT, "Integer"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_BIGINT, "BigInt"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_FLOAT, "DoublePrecision"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_DECIMAL, "Decimal(65,30)"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_BOOLEAN, "Boolean"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_STRING, "Text"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_DATETIME, "Timestamp(3)"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_BYTES, "ByteA"},
		{PSL_PROVIDER_POSTGRESQL, PSL_SCALAR_JSON, "JsonB"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_INT, "Int"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_BIGINT, "BigInt"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_FLOAT, "Double"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_DECIMAL, "Decimal(65,30)"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_BOOLEAN, "TinyInt"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_STRING, "VarChar(191)"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_DATETIME, "DateTime(3)"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_BYTES, "LongBlob"},
		{PSL_PROVIDER_MYSQL, PSL_SCALAR_JSON, "Json"},
	};
	arena_init(&a);
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct psl_connector *c = psl_connector_get((enum psl_provider)cases[i].provider);
		strbuf_reset(&sb);
		CHECK(psl_native_type_default(c, cases[i].t, &nt));
		psl_native_type_render(&sb, &nt);
		CHECK_STR(sb.buf, cases[i].rendered);
		CHECK(psl_native_type_is_default(c, cases[i].t, &nt));
	}
	/* Timestamp(3) is DateTime's default; Timestamp(6) and bare Timestamp are not. */
	CHECK(psl_native_type_parse(pg(), "Timestamp", three, 1, at, NULL, &a, &nt));
	CHECK(psl_native_type_is_default(pg(), PSL_SCALAR_DATETIME, &nt));
	CHECK(!psl_native_type_is_default(pg(), PSL_SCALAR_STRING, &nt));
	CHECK(psl_native_type_parse(pg(), "Timestamp", six, 1, at, NULL, &a, &nt));
	CHECK(!psl_native_type_is_default(pg(), PSL_SCALAR_DATETIME, &nt));
	CHECK(psl_native_type_parse(pg(), "Timestamp", NULL, 0, at, NULL, &a, &nt));
	CHECK(!psl_native_type_is_default(pg(), PSL_SCALAR_DATETIME, &nt));
	/* Not ported: no defaults. */
	CHECK(!psl_native_type_default(psl_connector_for_provider("sqlite"), PSL_SCALAR_INT, &nt));
	strbuf_release(&sb);
	arena_free(&a);
}

TEST(native_type_argument_ranges)
{
	struct psl_sources src;
	struct arena a;
	struct psl_native_type nt;
	const char *dec[] = {"2", "5"}, *p0[] = {"0", "0"}, *m66[] = {"66", "2"}, *s31[] = {"65", "31"};
	const char *seven[] = {"7"}, *zero[] = {"0"}, *two[] = {"2"}, *v[] = {"65536"}, *c[] = {"256"};
	sources_with_file(&src);
	arena_init(&a);

#define RANGE(conn, name, args, scalar)                                                           \
	do {                                                                                       \
		CHECK(psl_native_type_parse(conn, name, args, ARRAY_SIZE(args), at, NULL, &a, &nt)); \
		psl_native_type_validate_args(&nt, true, scalar, at, &src);                        \
	} while (0)
	RANGE(pg(), "Decimal", dec, PSL_SCALAR_DECIMAL);
	RANGE(pg(), "Decimal", p0, PSL_SCALAR_DECIMAL);
	RANGE(pg(), "Timestamptz", seven, PSL_SCALAR_DATETIME);
	RANGE(pg(), "VarBit", zero, PSL_SCALAR_STRING);
	RANGE(my(), "Decimal", m66, PSL_SCALAR_DECIMAL);
	RANGE(my(), "Decimal", s31, PSL_SCALAR_DECIMAL);
	RANGE(my(), "Bit", two, PSL_SCALAR_BOOLEAN);
	RANGE(my(), "Bit", two, PSL_SCALAR_BYTES); /* fine as Bytes */
	RANGE(my(), "VarChar", v, PSL_SCALAR_STRING);
	RANGE(my(), "Char", c, PSL_SCALAR_STRING);
#undef RANGE

	CHECK_INT(src.errors.len, 9);
	CHECK_STR(src.errors.items[0].message,
		  "The scale must not be larger than the precision for the Decimal(2,5) native type in Postgres.");
	CHECK_STR(src.errors.items[1].message, "Argument M is out of range for native type `Decimal(0,0)` of Postgres: "
					       "Precision must be positive with a maximum value of 1000.");
	CHECK_STR(src.errors.items[2].message,
		  "Argument M is out of range for native type `Timestamptz(7)` of Postgres: M can range from 0 to 6.");
	CHECK_STR(src.errors.items[3].message,
		  "Argument M is out of range for native type `VarBit(0)` of Postgres: M must be a positive integer.");
	CHECK_STR(src.errors.items[4].message,
		  "Argument M is out of range for native type `Decimal(66,2)` of MySQL: Precision can range from 1 to 65.");
	CHECK_STR(src.errors.items[5].message,
		  "Argument M is out of range for native type `Decimal(65,31)` of MySQL: Scale can range from 0 to 30.");
	CHECK_STR(src.errors.items[6].message,
		  "Argument M is out of range for native type `Bit(2)` of MySQL: only Bit(1) can be used as Boolean.");
	CHECK_STR(src.errors.items[7].message,
		  "Argument M is out of range for native type `VarChar(65536)` of MySQL: M can range from 0 to 65,535.");
	CHECK_STR(src.errors.items[8].message,
		  "Argument M is out of range for native type `Char(256)` of MySQL: M can range from 0 to 255.");
	arena_free(&a);
	psl_sources_release(&src);
}

TEST(native_type_field_validation)
{
	struct psl_sources src;
	const char *n200[] = {"200"}, *three[] = {"1", "2", "3"};
	sources_with_file(&src);

	/* Valid: nothing reported. */
	psl_native_type_validate_field(pg(), "db", "postgresql", "db", "VarChar", n200, 1, PSL_SCALAR_STRING, at, &src);
	psl_native_type_validate_field(my(), "db", "mysql", "db", "TinyInt", NULL, 0, PSL_SCALAR_BOOLEAN, at, &src);
	CHECK_INT(src.errors.len, 0);

	psl_native_type_validate_field(pg(), "db", "postgresql", "dbx", "Text", NULL, 0, PSL_SCALAR_STRING, at, &src);
	psl_native_type_validate_field(pg(), "db", "postgresql", "db", "Foo", NULL, 0, PSL_SCALAR_STRING, at, &src);
	psl_native_type_validate_field(pg(), "db", "postgresql", "db", "VarChar", n200, 1, PSL_SCALAR_INT, at, &src);
	psl_native_type_validate_field(my(), "db", "mysql", "db", "Bit", NULL, 0, PSL_SCALAR_BOOLEAN, at, &src);
	psl_native_type_validate_field(my(), "db", "mysql", "db", "Bit", n200, 1, PSL_SCALAR_INT, at, &src);
	psl_native_type_validate_field(pg(), "db", "postgresql", "db", "Decimal", three, 3, PSL_SCALAR_DECIMAL, at,
				       &src);
	psl_native_type_validate_field(NULL, NULL, NULL, "db", "Text", NULL, 0, PSL_SCALAR_STRING, at, &src);
	/* not ported: only the prefix is checked */
	psl_native_type_validate_field(psl_connector_for_provider("cockroachdb"), "db", "cockroachdb", "db", "String",
				       NULL, 0, PSL_SCALAR_STRING, at, &src);

	CHECK_INT(src.errors.len, 7);
	CHECK_STR(src.errors.items[0].message, "The prefix dbx is invalid. It must be equal to the name of an existing "
					       "datasource e.g. db. Did you mean to use db.Text?");
	CHECK_STR(src.errors.items[1].message, "Native type Foo is not supported for postgresql connector.");
	CHECK_STR(src.errors.items[2].message, "Native type VarChar is not compatible with declared field type Int, "
					       "expected field type String.");
	CHECK_STR(src.errors.items[3].message, "Function \"Bit\" takes 1 arguments, but received 0.");
	CHECK_STR(src.errors.items[4].message, "Native type Bit is not compatible with declared field type Int, "
					       "expected field type Boolean or Bytes.");
	CHECK_STR(src.errors.items[5].message, "Native type Decimal takes 2 optional arguments, but received 3.");
	CHECK_STR(src.errors.items[6].message, "Native type Text is not supported for Default connector.");
	psl_sources_release(&src);
}

TEST(native_type_args_from_attribute)
{
	struct arena a;
	struct psl_attr attr;
	struct psl_arg args[2];
	const char *const *out;
	size_t n;

	memset(&attr, 0, sizeof(attr));
	memset(args, 0, sizeof(args));
	args[0].value.kind = PSL_EXPR_NUMBER;
	args[0].value.value = "10";
	args[0].value.len = 2;
	args[1].value.kind = PSL_EXPR_STRING;
	args[1].value.value = "x";
	args[1].value.len = 1;
	attr.args.args.items = args;
	attr.args.args.len = 2;
	arena_init(&a);
	out = psl_native_type_args(&attr, &a, &n);
	CHECK_INT(n, 2);
	CHECK_STR(out[0], "10");
	CHECK_STR(out[1], "\"x\"");
	arena_free(&a);
}

TEST(unsupported_type_that_prisma_supports)
{
	struct psl_sources src;
	sources_with_file(&src);
	CHECK(psl_unsupported_type_check(my(), "db", "a", "Decimal( 5 , 2 )", at, &src));
	CHECK(psl_unsupported_type_check(pg(), "db", "b", "Timestamp(3) with time zone", at, &src));
	CHECK(psl_unsupported_type_check(my(), "db", "c", "TinyInt", at, &src));
	CHECK(!psl_unsupported_type_check(pg(), "db", "d", "tsvector", at, &src));
	CHECK(!psl_unsupported_type_check(pg(), "db", "e", "(Text)", at, &src));
	CHECK(!psl_unsupported_type_check(my(), "db", "f", "varchar(10)", at, &src));
	CHECK(!psl_unsupported_type_check(my(), NULL, "g", "Text", at, &src));
	CHECK_INT(src.errors.len, 3);
	CHECK_STR(src.errors.items[0].message,
		  "Error validating: The type `Unsupported(\"Decimal( 5 , 2 )\")` you specified in the type definition for "
		  "the field `a` is supported as a native type by Prisma. Please use the native type notation "
		  "`Decimal @db.Decimal(5,2)` for full support.");
	CHECK(strstr(src.errors.items[1].message, "`DateTime @db.Timestamp(3)`") != NULL);
	CHECK(strstr(src.errors.items[2].message, "`Int @db.TinyInt`") != NULL);
	psl_sources_release(&src);
}

TEST(scalar_type_names)
{
	enum psl_scalar_type t;
	CHECK(psl_scalar_type_parse("DateTime", false, &t) && t == PSL_SCALAR_DATETIME);
	CHECK(psl_scalar_type_parse("Bytes", false, &t) && t == PSL_SCALAR_BYTES);
	CHECK(!psl_scalar_type_parse("datetime", false, &t));
	CHECK(!psl_scalar_type_parse("Unsupported", false, &t));
	CHECK_STR(psl_scalar_type_name(PSL_SCALAR_BIGINT), "BigInt");
}

/* ---- connector validation helpers -------------------------------------------- */

TEST(native_types_in_keys)
{
	struct psl_sources src;
	struct arena a;
	struct psl_native_type xml, text, vc, tiny;
	const char *n10[] = {"10"};
	sources_with_file(&src);
	arena_init(&a);
	CHECK(psl_native_type_parse(pg(), "Xml", NULL, 0, at, NULL, &a, &xml));
	CHECK(psl_native_type_parse(my(), "Text", NULL, 0, at, NULL, &a, &text));
	CHECK(psl_native_type_parse(my(), "VarChar", n10, 1, at, NULL, &a, &vc));
	CHECK(psl_native_type_parse(my(), "TinyBlob", NULL, 0, at, NULL, &a, &tiny));
	CHECK(psl_pg_native_type_is_unindexable(&xml));
	CHECK(!psl_pg_native_type_is_unindexable(&text));
	CHECK(psl_mysql_native_type_needs_key_length(&text));
	CHECK(psl_mysql_native_type_needs_key_length(&tiny));
	CHECK(!psl_mysql_native_type_needs_key_length(&vc));
	CHECK(!psl_mysql_native_type_needs_key_length(&xml));

	psl_native_type_key_error(&src, at, &xml, PSL_NATIVE_KEY_INDEX, "");
	psl_native_type_key_error(&src, at, &text, PSL_NATIVE_KEY_UNIQUE, PSL_MYSQL_LENGTH_GUIDE);
	psl_native_type_key_error(&src, at, &tiny, PSL_NATIVE_KEY_ID, PSL_MYSQL_LENGTH_GUIDE);
	psl_mysql_set_default_warning(&src, at, my());
	CHECK_INT(src.errors.len, 3);
	CHECK_STR(src.errors.items[0].message, "You cannot define an index on fields with native type `Xml` of Postgres.");
	CHECK_STR(src.errors.items[1].message, "Native type `Text` cannot be unique in MySQL. Please use the `length` "
					       "argument to the field in the index definition to allow this.");
	CHECK_STR(src.errors.items[2].message, "Native type `TinyBlob` of MySQL cannot be used on a field that is `@id` "
					       "or `@@id`. Please use the `length` argument to the field in the index "
					       "definition to allow this.");
	CHECK_INT(src.warnings.len, 1);
	CHECK_STR(src.warnings.items[0].message,
		  "MySQL does not actually support the `SetDefault` referential action, so using it may result in "
		  "unexpected errors. Read more at https://pris.ly/d/mysql-set-default ");
	arena_free(&a);
	psl_sources_release(&src);
}

/* One Postgres index field check; returns the message or "" when none. */
static const char *pg_index(enum psl_index_algorithm algo, const char *opclass, const char *native,
			    const char *scalar, bool is_list)
{
	static char out[512];
	struct psl_sources src;
	struct arena a;
	struct psl_native_type nt;
	struct psl_pg_index_field f;
	memset(&f, 0, sizeof(f));
	sources_with_file(&src);
	arena_init(&a);
	f.name = "a";
	f.opclass = opclass;
	f.is_list = is_list;
	f.is_builtin = scalar && psl_scalar_type_parse(scalar, false, &f.scalar);
	if (native && psl_native_type_parse(pg(), native, NULL, 0, at, NULL, &a, &nt))
		f.native_type = &nt;
	psl_pg_index_field_validate(algo, &f, "@@index", at, &src);
	snprintf(out, sizeof(out), "%s", src.errors.len ? src.errors.items[0].message : "");
	CHECK(src.errors.len <= 1);
	arena_free(&a);
	psl_sources_release(&src);
	return out;
}

TEST(postgres_index_operator_classes)
{
	CHECK_STR(pg_index(PSL_INDEX_GIST, "InetOps", "Inet", "String", false), "");
	CHECK_STR(pg_index(PSL_INDEX_GIST, NULL, "Inet", "String", false),
		  "Error parsing attribute \"@@index\": The Gist index field type `Inet` has no default operator class.");
	CHECK_STR(pg_index(PSL_INDEX_GIST, NULL, NULL, "Int", false),
		  "Error parsing attribute \"@@index\": The Gist index type does not support the type of the field `a`.");
	CHECK_STR(pg_index(PSL_INDEX_GIN, NULL, NULL, "Json", false), "");
	CHECK_STR(pg_index(PSL_INDEX_GIN, NULL, NULL, "Int", true), "");
	CHECK_STR(pg_index(PSL_INDEX_GIN, "JsonbPathOps", NULL, "String", false),
		  "Error parsing attribute \"@@index\": The given operator class `JsonbPathOps` points to the field `a` "
		  "that is not of Json type.");
	CHECK_STR(pg_index(PSL_INDEX_GIN, "ArrayOps", NULL, "Int", false),
		  "Error parsing attribute \"@@index\": The given operator class `ArrayOps` expects the type of field `a` "
		  "to be an array.");
	CHECK_STR(pg_index(PSL_INDEX_GIN, "TextOps", NULL, "String", false),
		  "Error parsing attribute \"@@index\": The given operator class `TextOps` is not supported with the `Gin` "
		  "index type.");
	CHECK_STR(pg_index(PSL_INDEX_SPGIST, "TextOps", "VarChar", "String", false), "");
	CHECK_STR(pg_index(PSL_INDEX_SPGIST, "TextOps", NULL, "Int", false),
		  "Error parsing attribute \"@@index\": The given operator class `TextOps` points to the field `a` that "
		  "is not of String type.");
	CHECK_STR(pg_index(PSL_INDEX_BRIN, NULL, NULL, "Boolean", false),
		  "Error parsing attribute \"@@index\": The Brin index type does not support the type of the field `a`.");
	CHECK_STR(pg_index(PSL_INDEX_BRIN, "Int4MinMaxOps", NULL, "BigInt", false),
		  "Error parsing attribute \"@@index\": The given operator class `Int4MinMaxOps` points to the field `a` "
		  "that is not of Int type.");
	CHECK_STR(pg_index(PSL_INDEX_BRIN, "BitMinMaxOps", "VarBit", "String", false),
		  "Error parsing attribute \"@@index\": The given operator class `BitMinMaxOps` does not support native "
		  "type `VarBit` of field `a`.");
	CHECK_STR(pg_index(PSL_INDEX_BRIN, "DateMinMaxOps", "Date", "DateTime", false), "");
	CHECK_STR(pg_index(PSL_INDEX_BRIN, "VarBitMinMaxOps", NULL, "String", false),
		  "Error parsing attribute \"@@index\": The given operator class `VarBitMinMaxOps` expects the field `a` "
		  "to define a valid native type.");
	/* Prisma prints UuidMinMaxMultiOps as BitMinMaxOps. */
	CHECK_STR(pg_index(PSL_INDEX_BTREE, "UuidMinMaxMultiOps", NULL, "String", false),
		  "Error parsing attribute \"@@index\": The given operator class `BitMinMaxOps` is not supported with the "
		  "`BTree` index type.");
	CHECK_STR(pg_index(PSL_INDEX_HASH, NULL, "Xml", "String", false), "");
	CHECK(psl_pg_opclass_known("InetOps") && !psl_pg_opclass_known("inetOps"));
	CHECK_STR(psl_index_algorithm_name(PSL_INDEX_SPGIST), "SpGist");
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
