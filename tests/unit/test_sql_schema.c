/* test_sql_schema.c: the SQL schema model, value equality, PostgreSQL defaults and types. */
#include "t.h"

#include "sql/pg/describe.h"
#include "sql/pg/types.h"
#include "sql/schema.h"

static struct sql_coltype fam(enum sql_family f, enum sql_arity a)
{
	struct sql_coltype t = {0};
	t.family = f;
	t.arity = a;
	return t;
}

/* Parses a default for a column of family f; returns its debug text. */
static const char *dflt(struct sql_schema *s, const char *text, enum sql_family f, enum sql_arity a)
{
	static char buf[512];
	struct sql_default d;
	struct sql_coltype t = fam(f, a);
	struct strbuf sb = STRBUF_INIT;
	if (!pg_parse_default(s, text, &t, &d)) {
		snprintf(buf, sizeof(buf), "none");
		return buf;
	}
	sql_default_debug(&d, &sb);
	snprintf(buf, sizeof(buf), "%s", sb.buf);
	strbuf_release(&sb);
	return buf;
}

TEST(defaults_sequences)
{
	struct sql_schema *s = sql_schema_new();
	/* Prisma's postgres_is_sequence_works */
	CHECK_STR(dflt(s, "nextval('first_sequence'::regclass)", SQL_FAM_INT, SQL_REQUIRED), "Some(Sequence(\"first_sequence\"))");
	CHECK_STR(dflt(s, "nextval('schema_name.second_sequence'::regclass)", SQL_FAM_INT, SQL_REQUIRED),
		  "Some(Sequence(\"second_sequence\"))");
	CHECK_STR(dflt(s, "nextval('\"third_Sequence\"'::regclass)", SQL_FAM_INT, SQL_REQUIRED), "Some(Sequence(\"third_Sequence\"))");
	CHECK_STR(dflt(s, "nextval('\"schema_Name\".\"fourth_Sequence\"'::regclass)", SQL_FAM_INT, SQL_REQUIRED),
		  "Some(Sequence(\"fourth_Sequence\"))");
	CHECK_STR(dflt(s, "nextval(('fifth_sequence'::text)::regclass)", SQL_FAM_INT, SQL_REQUIRED), "Some(Sequence(\"fifth_sequence\"))");
	CHECK_STR(dflt(s, "string_default_named_seq", SQL_FAM_INT, SQL_REQUIRED),
		  "Some(DbGenerated(Some(\"string_default_named_seq\")))");
	sql_schema_free(s);
}

TEST(defaults_scalars)
{
	struct sql_schema *s = sql_schema_new();
	CHECK_STR(dflt(s, "NULL::text", SQL_FAM_STRING, SQL_NULLABLE), "none");
	CHECK_STR(dflt(s, "'it''s'::text", SQL_FAM_STRING, SQL_REQUIRED), "Some(Value(String(\"it's\")))");
	CHECK_STR(dflt(s, "E'a\\nb'::text", SQL_FAM_STRING, SQL_REQUIRED), "Some(Value(String(\"a\\nb\")))");
	CHECK_STR(dflt(s, "'{\"a\": 1}'::jsonb", SQL_FAM_JSON, SQL_REQUIRED), "Some(Value(String(\"{\\\"a\\\": 1}\")))");
	CHECK_STR(dflt(s, "'-3'::integer", SQL_FAM_INT, SQL_REQUIRED), "Some(Value(Int(-3)))");
	CHECK_STR(dflt(s, "'-3'::bigint", SQL_FAM_BIGINT, SQL_REQUIRED), "Some(Value(Int(-3)))");
	CHECK_STR(dflt(s, "42", SQL_FAM_INT, SQL_REQUIRED), "Some(Value(Int(42)))");
	CHECK_STR(dflt(s, "1.5", SQL_FAM_FLOAT, SQL_REQUIRED), "Some(Value(Float(BigDecimal(\"1.5\"))))");
	CHECK_STR(dflt(s, "'-68.0'::numeric(65,30)", SQL_FAM_DECIMAL, SQL_REQUIRED), "Some(Value(Float(BigDecimal(\"-68.0\"))))");
	CHECK_STR(dflt(s, "(-2.5)", SQL_FAM_FLOAT, SQL_REQUIRED), "Some(Value(Float(BigDecimal(\"-2.5\"))))");
	CHECK_STR(dflt(s, "true", SQL_FAM_BOOLEAN, SQL_REQUIRED), "Some(Value(Boolean(true)))");
	CHECK_STR(dflt(s, "CURRENT_TIMESTAMP", SQL_FAM_DATETIME, SQL_REQUIRED), "Some(Now)");
	CHECK_STR(dflt(s, "now()", SQL_FAM_DATETIME, SQL_REQUIRED), "Some(Now)");
	CHECK_STR(dflt(s, "'2020-01-01 00:00:00'::timestamp without time zone", SQL_FAM_DATETIME, SQL_REQUIRED),
		  "Some(DbGenerated(Some(\"'2020-01-01 00:00:00'::timestamp without time zone\")))");
	CHECK_STR(dflt(s, "'ADMIN'::\"Role\"", SQL_FAM_ENUM, SQL_REQUIRED), "Some(Value(Enum(\"ADMIN\")))");
	CHECK_STR(dflt(s, "'\\x0102'::bytea", SQL_FAM_BINARY, SQL_REQUIRED), "Some(Value(Bytes([1, 2])))");
	CHECK_STR(dflt(s, "gen_random_uuid()", SQL_FAM_UUID, SQL_REQUIRED), "Some(DbGenerated(Some(\"gen_random_uuid()\")))");
	/* sic: Prisma lets one trailing token go unparsed */
	CHECK_STR(dflt(s, "5)", SQL_FAM_INT, SQL_REQUIRED), "Some(Value(Int(5)))");
	sql_schema_free(s);
}

TEST(defaults_lists)
{
	struct sql_schema *s = sql_schema_new();
	/* Prisma's parse_*_array_default tests */
	CHECK_STR(dflt(s, "ARRAY['abc', 'def']::text[]", SQL_FAM_STRING, SQL_LIST),
		  "Some(Value(List([String(\"abc\"), String(\"def\")])))");
	CHECK_STR(dflt(s, "ARRAY['RED'::color, 'GREEN'::color]", SQL_FAM_ENUM, SQL_LIST),
		  "Some(Value(List([Enum(\"RED\"), Enum(\"GREEN\")])))");
	CHECK_STR(dflt(s, "ARRAY['RED'::\"color\", 'GREEN'::\"color\"]", SQL_FAM_ENUM, SQL_LIST),
		  "Some(Value(List([Enum(\"RED\"), Enum(\"GREEN\")])))");
	CHECK_STR(dflt(s, "ARRAY[9, 12999, '-4'::integer, 0, 1249849]", SQL_FAM_INT, SQL_LIST),
		  "Some(Value(List([Int(9), Int(12999), Int(-4), Int(0), Int(1249849)])))");
	CHECK_STR(dflt(s, "ARRAY[121.10299000124800000001::numeric(65,30), 0.4::numeric(65,30), 1.1::numeric(65,30), '-68.0'::numeric(65,30)]",
		       SQL_FAM_DECIMAL, SQL_LIST),
		  "Some(Value(List([Float(BigDecimal(\"121.10299000124800000001\")), Float(BigDecimal(\"0.4\")), "
		  "Float(BigDecimal(\"1.1\")), Float(BigDecimal(\"-68.0\"))])))");
	CHECK_STR(dflt(s, "(ARRAY[]::character varying[])::character varying(10)[]", SQL_FAM_STRING, SQL_LIST),
		  "Some(Value(List([])))");
	CHECK_STR(dflt(s, "'{}'::text[]", SQL_FAM_STRING, SQL_LIST), "Some(Value(List([])))");
	CHECK_STR(dflt(s, "'{a,\"b c\"}'::text[]", SQL_FAM_STRING, SQL_LIST),
		  "Some(Value(List([String(\"a\"), String(\"b c\")])))");
	CHECK_STR(dflt(s, "'{1,2}'::integer[]", SQL_FAM_INT, SQL_LIST), "Some(Value(List([Int(1), Int(2)])))");
	CHECK_STR(dflt(s, "'{t,f}'::boolean[]", SQL_FAM_BOOLEAN, SQL_LIST),
		  "Some(Value(List([Boolean(true), Boolean(false)])))");
	CHECK_STR(dflt(s, "some_function()", SQL_FAM_STRING, SQL_LIST), "Some(DbGenerated(Some(\"some_function()\")))");
	sql_schema_free(s);
}

TEST(decimals_and_json)
{
	CHECK(sql_decimal_cmp("1.5", "1.50") == 0);
	CHECK(sql_decimal_cmp("-0", "0.0") == 0);
	CHECK(sql_decimal_cmp("10", "9.99") > 0);
	CHECK(sql_decimal_cmp("-1", "0.5") < 0);
	CHECK(sql_decimal_cmp("0.001", "0.01") < 0);
	CHECK(sql_decimal_cmp("15e-1", "1.5") == 0);
	CHECK(sql_json_text_eq("{\"a\": 1, \"b\": [1, 2]}", "{\"b\":[1,2],\"a\":1}"));
	CHECK(!sql_json_text_eq("{\"a\": 1}", "{\"a\": 1.0}"));
	CHECK(!sql_json_text_eq("[1, 2]", "[2, 1]"));
	CHECK(sql_json_text_eq("\"\\u00e9\"", "\"\xc3\xa9\""));
	/* Prisma: JSON that does not parse matches anything */
	CHECK(sql_json_text_eq("{", "[]"));
}

TEST(model_ranges_and_lookups)
{
	struct sql_schema *s = sql_schema_new();
	struct sql_coltype t = fam(SQL_FAM_INT, SQL_REQUIRED);
	int ns = sql_push_namespace(s, "public");
	CHECK_INT(sql_push_namespace(s, "public"), ns);
	int a = sql_push_table(s, "A", ns, 0, NULL);
	int a_id = sql_push_column(s, a, "id", &t, false, NULL, NULL);
	int b = sql_push_table(s, "B", -1, 0, NULL);
	int b_id = sql_push_column(s, b, "id", &t, false, NULL, NULL);
	int b_a = sql_push_column(s, b, "a", &t, false, NULL, NULL);
	int pk = sql_push_index(s, b, "B_pkey", SQL_IDX_PRIMARY);
	sql_push_index_column(s, pk, b_id, SQL_SORT_NONE, 0);
	int fk = sql_push_fk(s, b, a, "B_a_fkey", SQL_FK_RESTRICT, SQL_FK_CASCADE);
	sql_push_fk_column(s, fk, b_a, a_id);
	CHECK_INT(sql_schema_finalize(s), 0);
	CHECK_INT(sql_tab(s, b)->ncols, 2);
	CHECK_INT(sql_table_column(s, b, "a"), b_a);
	CHECK_INT(sql_table_pk(s, b), pk);
	CHECK_INT(sql_table_pk(s, a), -1);
	CHECK(sql_column_is_single_pk(s, b_id));
	CHECK(!sql_column_in_pk(s, b_a));
	CHECK_STR(sql_table_explicit_ns(s, a), "public");
	CHECK(sql_table_explicit_ns(s, b) == NULL);
	sql_set_default_namespace(s, "public");
	CHECK_STR(sql_table_ns(s, b), "public");
	CHECK_INT(sql_find_table(s, "elsewhere", "B"), b); /* unknown namespace: any */
	/* out-of-order pushes are refused */
	sql_push_column(s, a, "late", &t, false, NULL, NULL);
	CHECK_INT(sql_schema_finalize(s), -1);
	sql_schema_free(s);
}

static enum sql_type_change tc(int pk, int pn, uint32_t pa, int nk, int nn, uint32_t na)
{
	struct sql_coltype p = fam(SQL_FAM_STRING, SQL_REQUIRED), n = p;
	p.native = pg_native(pk, pn, pa, 0);
	n.native = pg_native(nk, nn, na, 0);
	return pg_column_type_change(&p, &n);
}

TEST(pg_type_changes)
{
	CHECK_INT(tc(PG_INTEGER, 0, 0, PG_BIGINT, 0, 0), SQL_TC_SAFE);
	CHECK_INT(tc(PG_BIGINT, 0, 0, PG_INTEGER, 0, 0), SQL_TC_RISKY);
	CHECK_INT(tc(PG_VARCHAR, 1, 100, PG_VARCHAR, 1, 50), SQL_TC_RISKY);
	CHECK_INT(tc(PG_VARCHAR, 1, 50, PG_VARCHAR, 1, 100), SQL_TC_SAFE);
	CHECK_INT(tc(PG_TEXT, 0, 0, PG_VARCHAR, 1, 10), SQL_TC_RISKY);
	CHECK_INT(tc(PG_TEXT, 0, 0, PG_INTEGER, 0, 0), SQL_TC_NOT_CASTABLE);
	CHECK_INT(tc(PG_TIMESTAMP, 1, 3, PG_TIMESTAMP, 0, 0), SQL_TC_NONE);
	CHECK_INT(tc(PG_TIMESTAMP, 0, 0, PG_TIMESTAMP, 1, 6), SQL_TC_NONE);
	CHECK_INT(tc(PG_TIMESTAMP, 1, 3, PG_TIMESTAMP, 1, 6), SQL_TC_SAFE);
	CHECK_INT(tc(PG_TIME, 1, 3, PG_TIME, 1, 6), SQL_TC_NOT_CASTABLE); /* sic */
	CHECK_INT(tc(PG_TIMESTAMP, 1, 3, PG_TIMESTAMPTZ, 1, 6), SQL_TC_SAFE);
	CHECK_INT(tc(PG_DOUBLE, 0, 0, PG_REAL, 0, 0), SQL_TC_RISKY);
	CHECK_INT(tc(PG_JSON, 0, 0, PG_JSONB, 0, 0), SQL_TC_SAFE);
	CHECK_INT(tc(PG_BOOLEAN, 0, 0, PG_CHAR, 1, 4), SQL_TC_RISKY);
	CHECK_INT(tc(PG_CHAR, 0, 0, PG_VARCHAR, 1, 1), SQL_TC_SAFE);
	CHECK_INT(tc(PG_VARBIT, 1, 8, PG_BIT, 1, 4), SQL_TC_RISKY);
	CHECK_INT(tc(PG_VARBIT, 1, 8, PG_VARBIT, 1, 4), SQL_TC_NOT_CASTABLE); /* sic */
	/* list to scalar */
	struct sql_coltype p = fam(SQL_FAM_STRING, SQL_LIST), n = fam(SQL_FAM_STRING, SQL_REQUIRED);
	p.native = n.native = pg_native(PG_TEXT, 0, 0, 0);
	CHECK_INT(pg_column_type_change(&p, &n), SQL_TC_SAFE);
	n.native = pg_native(PG_INTEGER, 0, 0, 0);
	CHECK_INT(pg_column_type_change(&p, &n), SQL_TC_NOT_CASTABLE);
	/* unsupported types never count as changed (Prisma compares a column with itself) */
	p = fam(SQL_FAM_UNSUPPORTED, SQL_NULLABLE);
	n = fam(SQL_FAM_UNSUPPORTED, SQL_NULLABLE);
	CHECK_INT(pg_column_type_change(&p, &n), SQL_TC_NONE);
}

TEST(pg_type_names)
{
	struct strbuf sb = STRBUF_INIT;
	struct sql_native n = pg_native(PG_DECIMAL, 2, 65, 30);
	pg_native_to_string(&n, &sb);
	CHECK_STR(sb.buf, "Decimal(65,30)");
	strbuf_reset(&sb);
	pg_render_native(&n, false, &sb);
	CHECK_STR(sb.buf, "DECIMAL(65,30)");
	strbuf_reset(&sb);
	n = pg_native(PG_BIGINT, 0, 0, 0);
	pg_render_native(&n, true, &sb);
	CHECK_STR(sb.buf, "BIGSERIAL");
	strbuf_reset(&sb);
	n = pg_native(PG_DOUBLE, 0, 0, 0);
	pg_render_native(&n, false, &sb);
	CHECK_STR(sb.buf, "DOUBLE PRECISION");
	int max;
	CHECK_INT(pg_type_from_psl_name("Timestamptz", &max), PG_TIMESTAMPTZ);
	CHECK_INT(max, 1);
	CHECK_INT(pg_type_from_psl_name("Nope", NULL), -1);
	strbuf_release(&sb);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
