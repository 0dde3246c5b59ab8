/*
 * test_sql_calculate.c: the calculator, differ and renderer on resolved
 * schemas built by hand (the conformance cases' schemas), compared with
 * Prisma's expected scripts. Until the parser database can resolve .prisma
 * files, this is how the calculator is exercised without a database.
 */
#include <stdlib.h>
#include <unistd.h>

#include "t.h"

#include "migrate/calculate.h"
#include "migrate/destructive.h"
#include "migrate/diff.h"
#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "sql/pg/render.h"

#include "rsb.h"

/* ---- running ---------------------------------------------------------------------- */

static char *script(const struct rs_schema *from, const struct rs_schema *to, bool warnings)
{
	struct sql_calc_opts o = {"public", false};
	struct sql_schema *a, *b;
	struct strbuf out = STRBUF_INIT;
	struct destructive_diagnostics d = {0};
	if (from) {
		a = sql_calculate(from, &o);
	} else {
		a = sql_schema_new();
		sql_schema_finalize(a);
	}
	b = sql_calculate(to, &o);
	struct sql_migration *m = sql_diff(a, b, NULL);
	if (warnings)
		destructive_pure_check(m, &d);
	pg_render_script(m, &d, &out);
	destructive_diagnostics_release(&d);
	sql_migration_free(m);
	sql_schema_free(a);
	sql_schema_free(b);
	return strbuf_detach(&out, NULL);
}

#define CHECK_SCRIPT(got, want)                                                \
	do {                                                                   \
		char *g_ = (got);                                              \
		CHECK_STR(g_, want);                                           \
		free(g_);                                                      \
	} while (0)

/* migrations/postgres/empty_unsupported_dbgenerated.prisma */
TEST(unsupported_dbgenerated)
{
	struct rsb *b = rsb_new();
	int m = model(b, "table", NULL);
	int f = field(b, m, "id", RS_STRING, RS_REQUIRED);
	int g = field(b, m, "hereBeDragons", RS_UNSUPPORTED, RS_OPTIONAL);
	b->models[m].fields[g].unsupported = "tsvector";
	dflt(b, m, g, RS_DEFAULT_DBGENERATED, NULL);
	id(b, m, "table_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, false), "-- CreateTable\n"
						  "CREATE TABLE \"table\" (\n"
						  "    \"id\" TEXT NOT NULL,\n"
						  "    \"hereBeDragons\" tsvector,\n"
						  "\n"
						  "    CONSTRAINT \"table_pkey\" PRIMARY KEY (\"id\")\n"
						  ");\n");
	free(b);
}

/* migrations/postgres/scalar_lists_with_enum_and_int_id.prisma */
TEST(scalar_lists_with_enum)
{
	struct rsb *b = rsb_new();
	int e = enm(b, "Status", NULL, "OK", "ERROR");
	int m = model(b, "A", NULL);
	int f = field(b, m, "id", RS_INT, RS_REQUIRED);
	field(b, m, "strings", RS_STRING, RS_LIST);
	int g = field(b, m, "enums", RS_ENUM, RS_LIST);
	b->models[m].fields[g].enum_index = e;
	id(b, m, "A_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, false), "-- CreateEnum\n"
						  "CREATE TYPE \"Status\" AS ENUM ('OK', 'ERROR');\n"
						  "\n"
						  "-- CreateTable\n"
						  "CREATE TABLE \"A\" (\n"
						  "    \"id\" INTEGER NOT NULL,\n"
						  "    \"strings\" TEXT[],\n"
						  "    \"enums\" \"Status\"[],\n"
						  "\n"
						  "    CONSTRAINT \"A_pkey\" PRIMARY KEY (\"id\")\n"
						  ");\n");
	free(b);
}

/* migrations/postgres/multi_schema_implicit_many_to_many_join_table_is_in_first_model_schema.prisma */
TEST(multi_schema_m2m)
{
	struct rsb *b = rsb_new();
	b->schemas[0] = "veggies";
	b->schemas[1] = "roots";
	b->rs.nschemas = 2;
	int z = model(b, "zoodles", "veggies");
	int zi = field(b, z, "id", RS_INT, RS_REQUIRED);
	relfield(b, z, "shiratakies", RS_LIST);
	id(b, z, "zoodles_pkey", zi, -1);
	int s = model(b, "shirataki", "roots");
	int si = field(b, s, "id", RS_INT, RS_REQUIRED);
	relfield(b, s, "zoodles", RS_LIST);
	id(b, s, "shirataki_pkey", si, -1);
	m2m(b, s, z, "_shiratakiTozoodles");
	CHECK_SCRIPT(script(NULL, &b->rs, false),
		     "-- CreateSchema\n"
		     "CREATE SCHEMA IF NOT EXISTS \"roots\";\n"
		     "\n"
		     "-- CreateSchema\n"
		     "CREATE SCHEMA IF NOT EXISTS \"veggies\";\n"
		     "\n"
		     "-- CreateTable\n"
		     "CREATE TABLE \"veggies\".\"zoodles\" (\n"
		     "    \"id\" INTEGER NOT NULL,\n"
		     "\n"
		     "    CONSTRAINT \"zoodles_pkey\" PRIMARY KEY (\"id\")\n"
		     ");\n"
		     "\n"
		     "-- CreateTable\n"
		     "CREATE TABLE \"roots\".\"shirataki\" (\n"
		     "    \"id\" INTEGER NOT NULL,\n"
		     "\n"
		     "    CONSTRAINT \"shirataki_pkey\" PRIMARY KEY (\"id\")\n"
		     ");\n"
		     "\n"
		     "-- CreateTable\n"
		     "CREATE TABLE \"roots\".\"_shiratakiTozoodles\" (\n"
		     "    \"A\" INTEGER NOT NULL,\n"
		     "    \"B\" INTEGER NOT NULL,\n"
		     "\n"
		     "    CONSTRAINT \"_shiratakiTozoodles_AB_pkey\" PRIMARY KEY (\"A\",\"B\")\n"
		     ");\n"
		     "\n"
		     "-- CreateIndex\n"
		     "CREATE INDEX \"_shiratakiTozoodles_B_index\" ON \"roots\".\"_shiratakiTozoodles\"(\"B\");\n"
		     "\n"
		     "-- AddForeignKey\n"
		     "ALTER TABLE \"roots\".\"_shiratakiTozoodles\" ADD CONSTRAINT \"_shiratakiTozoodles_A_fkey\" FOREIGN KEY (\"A\") REFERENCES \"roots\".\"shirataki\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE;\n"
		     "\n"
		     "-- AddForeignKey\n"
		     "ALTER TABLE \"roots\".\"_shiratakiTozoodles\" ADD CONSTRAINT \"_shiratakiTozoodles_B_fkey\" FOREIGN KEY (\"B\") REFERENCES \"veggies\".\"zoodles\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE;\n");
	free(b);
}

/* migrations-extra/postgresql/postgres__bigint_defaults_work.case */
TEST(bigint_default)
{
	struct rsb *b = rsb_new();
	int m = model(b, "foo", NULL);
	int f = field(b, m, "id", RS_STRING, RS_REQUIRED);
	int g = field(b, m, "bar", RS_BIGINT, RS_REQUIRED);
	dflt(b, m, g, RS_DEFAULT_LITERAL, "0");
	id(b, m, "foo_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, false), "-- CreateTable\n"
						  "CREATE TABLE \"foo\" (\n"
						  "    \"id\" TEXT NOT NULL,\n"
						  "    \"bar\" BIGINT NOT NULL DEFAULT 0,\n"
						  "\n"
						  "    CONSTRAINT \"foo_pkey\" PRIMARY KEY (\"id\")\n"
						  ");\n");
	free(b);
}

/* migrations-extra/postgresql/diff__diffing_postgres_schemas_when_initialized_on_sqlite.case */
TEST(list_column_and_serial)
{
	struct rsb *a = rsb_new(), *b = rsb_new();
	int m = model(a, "TestModel", NULL);
	int f = field(a, m, "id", RS_INT, RS_REQUIRED);
	dflt(a, m, f, RS_DEFAULT_AUTOINCREMENT, NULL);
	field(a, m, "names", RS_STRING, RS_REQUIRED);
	id(a, m, "TestModel_pkey", f, -1);
	m = model(b, "TestModel", NULL);
	f = field(b, m, "id", RS_INT, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_AUTOINCREMENT, NULL);
	field(b, m, "names", RS_STRING, RS_LIST);
	id(b, m, "TestModel_pkey", f, -1);
	m = model(b, "TestModel2", NULL);
	f = field(b, m, "id", RS_INT, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_AUTOINCREMENT, NULL);
	id(b, m, "TestModel2_pkey", f, -1);
	CHECK_SCRIPT(script(&a->rs, &b->rs, false), "-- AlterTable\n"
						    "ALTER TABLE \"TestModel\" DROP COLUMN \"names\",\n"
						    "ADD COLUMN     \"names\" TEXT[];\n"
						    "\n"
						    "-- CreateTable\n"
						    "CREATE TABLE \"TestModel2\" (\n"
						    "    \"id\" SERIAL NOT NULL,\n"
						    "\n"
						    "    CONSTRAINT \"TestModel2_pkey\" PRIMARY KEY (\"id\")\n"
						    ");\n");
	free(a);
	free(b);
}

static void post_user(struct rsb *b, bool unique)
{
	int p = model(b, "Post", NULL);
	int pid = field(b, p, "id", RS_INT, RS_REQUIRED);
	field(b, p, "title", RS_STRING, RS_REQUIRED);
	int pa = relfield(b, p, "author", RS_OPTIONAL);
	int paid = field(b, p, "authorId", RS_INT, RS_OPTIONAL);
	id(b, p, "Post_pkey", pid, -1);
	if (unique)
		idx(b, p, RS_UNIQUE, "Post_authorId_key", paid, RS_SORT_NONE);
	int u = model(b, "User", NULL);
	int uid = field(b, u, "id", RS_INT, RS_REQUIRED);
	field(b, u, "name", RS_STRING, RS_OPTIONAL);
	int up = relfield(b, u, "posts", RS_LIST);
	id(b, u, "User_pkey", uid, -1);
	inline_rel(b, p, pa, u, up, paid, uid, "Post_authorId_fkey", RS_SET_NULL);
}

/* migrations-extra/postgresql/diff__from_unique_index_to_without.case */
TEST(drop_unique_index)
{
	struct rsb *a = rsb_new(), *b = rsb_new();
	post_user(a, true);
	post_user(b, false);
	CHECK_SCRIPT(script(&a->rs, &b->rs, false), "-- DropIndex\nDROP INDEX \"Post_authorId_key\";\n");
	CHECK_SCRIPT(script(&a->rs, &a->rs, false), "-- This is an empty migration.");
	CHECK_SCRIPT(script(NULL, &a->rs, false),
		     "-- CreateTable\n"
		     "CREATE TABLE \"Post\" (\n"
		     "    \"id\" INTEGER NOT NULL,\n"
		     "    \"title\" TEXT NOT NULL,\n"
		     "    \"authorId\" INTEGER,\n"
		     "\n"
		     "    CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\")\n"
		     ");\n"
		     "\n"
		     "-- CreateTable\n"
		     "CREATE TABLE \"User\" (\n"
		     "    \"id\" INTEGER NOT NULL,\n"
		     "    \"name\" TEXT,\n"
		     "\n"
		     "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n"
		     ");\n"
		     "\n"
		     "-- CreateIndex\n"
		     "CREATE UNIQUE INDEX \"Post_authorId_key\" ON \"Post\"(\"authorId\");\n"
		     "\n"
		     "-- AddForeignKey\n"
		     "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n");
	free(a);
	free(b);
}

/* migrations-extra/postgresql/enums__alter_enum_and_change_default_must_work.case, schema to schema */
TEST(alter_enum_and_default)
{
	static const char *sleepy[] = {"SLEEPY"};
	struct rsb *a = rsb_new(), *b = rsb_new();
	int e = enm(a, "Mood", NULL, "SLEEPY", "MOODY");
	int m = model(a, "Cat", NULL);
	int f = field(a, m, "id", RS_INT, RS_REQUIRED);
	int g = field(a, m, "moods", RS_ENUM, RS_LIST);
	a->models[m].fields[g].enum_index = e;
	dflt_list(a, m, g, NULL, 0);
	id(a, m, "Cat_pkey", f, -1);
	e = enm(b, "Mood", NULL, "HUNGRY", "SLEEPY");
	m = model(b, "Cat", NULL);
	f = field(b, m, "id", RS_INT, RS_REQUIRED);
	g = field(b, m, "moods", RS_ENUM, RS_LIST);
	b->models[m].fields[g].enum_index = e;
	dflt_list(b, m, g, sleepy, 1);
	id(b, m, "Cat_pkey", f, -1);
	CHECK_SCRIPT(script(&a->rs, &b->rs, true),
		     "/*\n"
		     "  Warnings:\n"
		     "\n"
		     "  - The values [MOODY] on the enum `Mood` will be removed. If these variants are still used in the database, this will fail.\n"
		     "\n"
		     "*/\n"
		     "-- AlterEnum\n"
		     "BEGIN;\n"
		     "CREATE TYPE \"Mood_new\" AS ENUM ('HUNGRY', 'SLEEPY');\n"
		     "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" DROP DEFAULT;\n"
		     "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" TYPE \"Mood_new\"[] USING (\"moods\"::text::\"Mood_new\"[]);\n"
		     "ALTER TYPE \"Mood\" RENAME TO \"Mood_old\";\n"
		     "ALTER TYPE \"Mood_new\" RENAME TO \"Mood\";\n"
		     "DROP TYPE \"Mood_old\";\n"
		     "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" SET DEFAULT ARRAY['SLEEPY']::\"Mood\"[];\n"
		     "COMMIT;\n"
		     "\n"
		     "-- AlterTable\n"
		     "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" SET DEFAULT ARRAY['SLEEPY']::\"Mood\"[];\n");
	free(a);
	free(b);
}

/* Prisma 7 lists the default namespace: a diff from nothing creates it. */
TEST(prisma7_default_namespace)
{
	struct rsb *b = rsb_new();
	int m = model(b, "Cat", NULL);
	int f = field(b, m, "id", RS_INT, RS_REQUIRED);
	id(b, m, "Cat_pkey", f, -1);
	struct sql_calc_opts o = {"public", true};
	struct sql_schema *e = sql_schema_new(), *s = sql_calculate(&b->rs, &o);
	sql_schema_finalize(e);
	struct sql_migration *mg = sql_diff(e, s, NULL);
	struct strbuf out = STRBUF_INIT;
	pg_render_script(mg, NULL, &out);
	CHECK(str_starts_with(out.buf, "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n\n-- CreateTable\nCREATE TABLE \"Cat\" ("));
	strbuf_release(&out);
	sql_migration_free(mg);
	sql_schema_free(e);
	sql_schema_free(s);
	free(b);
}

/* native types and literal defaults, as Prisma 7 renders them (checked with the CLI) */
TEST(native_types_and_defaults)
{
	static const char *floats[] = {"1", "2.5"}, *bools[] = {"true", "false"};
	struct rsb *b = rsb_new();
	int m = model(b, "T", NULL);
	int f = field(b, m, "id", RS_INT, RS_REQUIRED);
	id(b, m, "T_pkey", f, -1);
	f = field(b, m, "a", RS_STRING, RS_REQUIRED);
	native(b, m, f, "VarChar", "200", NULL);
	dflt(b, m, f, RS_DEFAULT_LITERAL, "it's");
	f = field(b, m, "b", RS_DECIMAL, RS_REQUIRED);
	native(b, m, f, "Decimal", "10", "2");
	dflt(b, m, f, RS_DEFAULT_LITERAL, "1.50");
	f = field(b, m, "c", RS_DATETIME, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_LITERAL, "2020-01-01T10:00:00.5+02:00");
	f = field(b, m, "d", RS_BYTES, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_LITERAL, "AQID");
	f = field(b, m, "e", RS_JSON, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_LITERAL, "{\"x\": \"y\"}");
	f = field(b, m, "f", RS_FLOAT, RS_LIST);
	dflt_list(b, m, f, floats, 2);
	f = field(b, m, "g", RS_STRING, RS_REQUIRED);
	native(b, m, f, "Uuid", NULL, NULL);
	dflt(b, m, f, RS_DEFAULT_UUID, NULL);
	f = field(b, m, "h", RS_BIGINT, RS_REQUIRED);
	dflt(b, m, f, RS_DEFAULT_LITERAL, "-9000000000");
	f = field(b, m, "i", RS_BOOLEAN, RS_LIST);
	dflt_list(b, m, f, bools, 2);
	CHECK_SCRIPT(script(NULL, &b->rs, false),
		     "-- CreateTable\n"
		     "CREATE TABLE \"T\" (\n"
		     "    \"id\" INTEGER NOT NULL,\n"
		     "    \"a\" VARCHAR(200) NOT NULL DEFAULT 'it''s',\n"
		     "    \"b\" DECIMAL(10,2) NOT NULL DEFAULT 1.50,\n"
		     "    \"c\" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 10:00:00.500 +02:00',\n"
		     "    \"d\" BYTEA NOT NULL DEFAULT '\\x010203',\n"
		     "    \"e\" JSONB NOT NULL DEFAULT '{\"x\": \"y\"}',\n"
		     "    \"f\" DOUBLE PRECISION[] DEFAULT ARRAY[1, 2.5]::DOUBLE PRECISION[],\n"
		     "    \"g\" UUID NOT NULL,\n"
		     "    \"h\" BIGINT NOT NULL DEFAULT -9000000000,\n"
		     "    \"i\" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],\n"
		     "\n"
		     "    CONSTRAINT \"T_pkey\" PRIMARY KEY (\"id\")\n"
		     ");\n");
	free(b);
}

/* migrations-extra create_migration_tests: basic, enum, unsupported type */
TEST(create_migration_cases)
{
	struct rsb *b = rsb_new();
	int m = model(b, "Cat", NULL);
	int f = field(b, m, "id", RS_INT, RS_REQUIRED);
	field(b, m, "name", RS_STRING, RS_REQUIRED);
	id(b, m, "Cat_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, true), "-- CreateTable\n"
						 "CREATE TABLE \"Cat\" (\n"
						 "    \"id\" INTEGER NOT NULL,\n"
						 "    \"name\" TEXT NOT NULL,\n"
						 "\n"
						 "    CONSTRAINT \"Cat_pkey\" PRIMARY KEY (\"id\")\n"
						 ");\n");
	free(b);

	b = rsb_new();
	int e = enm(b, "Mood", NULL, "HUNGRY", "SLEEPY");
	m = model(b, "Cat", NULL);
	f = field(b, m, "id", RS_INT, RS_REQUIRED);
	int g = field(b, m, "mood", RS_ENUM, RS_REQUIRED);
	b->models[m].fields[g].enum_index = e;
	id(b, m, "Cat_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, true), "-- CreateEnum\n"
						 "CREATE TYPE \"Mood\" AS ENUM ('HUNGRY', 'SLEEPY');\n"
						 "\n"
						 "-- CreateTable\n"
						 "CREATE TABLE \"Cat\" (\n"
						 "    \"id\" INTEGER NOT NULL,\n"
						 "    \"mood\" \"Mood\" NOT NULL,\n"
						 "\n"
						 "    CONSTRAINT \"Cat_pkey\" PRIMARY KEY (\"id\")\n"
						 ");\n");
	free(b);

	b = rsb_new();
	m = model(b, "Cat", NULL);
	f = field(b, m, "id", RS_STRING, RS_REQUIRED);
	g = field(b, m, "home", RS_UNSUPPORTED, RS_REQUIRED);
	b->models[m].fields[g].unsupported = "point";
	id(b, m, "Cat_pkey", f, -1);
	CHECK_SCRIPT(script(NULL, &b->rs, true), "-- CreateTable\n"
						 "CREATE TABLE \"Cat\" (\n"
						 "    \"id\" TEXT NOT NULL,\n"
						 "    \"home\" point NOT NULL,\n"
						 "\n"
						 "    CONSTRAINT \"Cat_pkey\" PRIMARY KEY (\"id\")\n"
						 ");\n");
	free(b);
}

static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/*
 * migrations-extra enums__alter_enum_and_change_default_must_work, the way
 * Prisma 6.19 made it: the first schema migrated into a database, which is
 * then described and diffed with the second schema (create_migration).
 */
TEST(alter_enum_from_database)
{
	static const char *sleepy[] = {"SLEEPY"};
	const char *url = getenv("PGTEST_URL");
	struct rdb_error err = {0};
	struct pg_target t;
	char db[64];
	if (!url) {
		t_elsewhere("tests/integration/test_sql_pg.sh, which starts a server and sets PGTEST_URL");
		return;
	}
	struct rsb *a = rsb_new(), *b = rsb_new();
	int e = enm(a, "Mood", NULL, "SLEEPY", "MOODY");
	int m = model(a, "Cat", NULL);
	int f = field(a, m, "id", RS_INT, RS_REQUIRED);
	int g = field(a, m, "moods", RS_ENUM, RS_LIST);
	a->models[m].fields[g].enum_index = e;
	dflt_list(a, m, g, NULL, 0);
	id(a, m, "Cat_pkey", f, -1);
	e = enm(b, "Mood", NULL, "HUNGRY", "SLEEPY");
	m = model(b, "Cat", NULL);
	f = field(b, m, "id", RS_INT, RS_REQUIRED);
	g = field(b, m, "moods", RS_ENUM, RS_LIST);
	b->models[m].fields[g].enum_index = e;
	dflt_list(b, m, g, sleepy, 1);
	id(b, m, "Cat_pkey", f, -1);

	CHECK(pg_target_parse(&t, url, &err) == 0);
	PGconn *admin = pg_connect(&t, NULL, &err), *c = NULL;
	snprintf(db, sizeof(db), "alter_enum_%d", (int)getpid());
	struct strbuf sql = STRBUF_INIT, out = STRBUF_INIT;
	strbuf_addf(&sql, "CREATE DATABASE \"%s\"", db);
	if (admin && pg_exec(admin, sql.buf, &err) == 0 && (c = pg_connect(&t, db, &err))) {
		char *first = script(NULL, &a->rs, false);
		PQsetNoticeProcessor(c, quiet, NULL);
		CHECK(pg_exec(c, first, &err) == 0);
		free(first);
		struct sql_calc_opts o = {"public", false};
		const char *nss[] = {"public"};
		struct pg_describe_opts dopts = {nss, 1, false, true};
		struct sql_schema *from = NULL, *to = sql_calculate(&b->rs, &o);
		CHECK(pg_describe(c, &dopts, &from, &err) == 0);
		struct sql_migration *mg = sql_diff(from, to, NULL);
		struct destructive_diagnostics d = {0};
		destructive_pure_check(mg, &d);
		pg_render_script(mg, &d, &out);
		CHECK_STR(out.buf,
			  "/*\n"
			  "  Warnings:\n"
			  "\n"
			  "  - The values [MOODY] on the enum `Mood` will be removed. If these variants are still used in the database, this will fail.\n"
			  "\n"
			  "*/\n"
			  "-- AlterEnum\n"
			  "BEGIN;\n"
			  "CREATE TYPE \"Mood_new\" AS ENUM ('HUNGRY', 'SLEEPY');\n"
			  "ALTER TABLE \"public\".\"Cat\" ALTER COLUMN \"moods\" DROP DEFAULT;\n"
			  "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" TYPE \"Mood_new\"[] USING (\"moods\"::text::\"Mood_new\"[]);\n"
			  "ALTER TYPE \"Mood\" RENAME TO \"Mood_old\";\n"
			  "ALTER TYPE \"Mood_new\" RENAME TO \"Mood\";\n"
			  "DROP TYPE \"public\".\"Mood_old\";\n"
			  "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" SET DEFAULT ARRAY['SLEEPY']::\"Mood\"[];\n"
			  "COMMIT;\n"
			  "\n"
			  "-- AlterTable\n"
			  "ALTER TABLE \"Cat\" ALTER COLUMN \"moods\" SET DEFAULT ARRAY['SLEEPY']::\"Mood\"[];\n");
		destructive_diagnostics_release(&d);
		sql_migration_free(mg);
		sql_schema_free(from);
		sql_schema_free(to);
	} else {
		t_fail(__FILE__, __LINE__, "%s", err.message);
	}
	if (c)
		PQfinish(c);
	if (admin) {
		strbuf_reset(&sql);
		strbuf_addf(&sql, "DROP DATABASE IF EXISTS \"%s\"", db);
		pg_exec(admin, sql.buf, &err);
		PQfinish(admin);
	}
	pg_target_release(&t);
	strbuf_release(&sql);
	strbuf_release(&out);
	free(a);
	free(b);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
