/*
 * test_typedsql.c: TypedSQL without a database: @param annotations, the
 * mapping of described types onto the client's, nullability, and the
 * errors (with file:line:col) for what cannot become C; plus fs_relpath,
 * which rdb.mk's regeneration rule depends on.
 */
#include <stdlib.h>
#include <unistd.h>

#include "codegen/typedsql.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "t.h"
#include "util/fs.h"

static const char *schema_text = "datasource db {\n  provider = \"postgresql\"\n}\n"
				 "enum Role {\n  USER\n  ADMIN\n  @@map(\"role\")\n}\n";

struct fixture {
	struct psl_schema s;
	struct arena a;
	struct rs_schema *rs;
};

static void setup(struct fixture *f)
{
	psl_schema_init(&f->s);
	arena_init(&f->a);
	psl_schema_add_file(&f->s, "schema.prisma", schema_text, strlen(schema_text));
	psl_schema_validate(&f->s);
	f->rs = rs_build(&f->s, &f->a);
}

static void teardown(struct fixture *f)
{
	arena_free(&f->a);
	psl_schema_release(&f->s);
}

static struct pg_stmt_type ty(const char *name, char kind, bool array)
{
	struct pg_stmt_type t = {1, name, "public", kind, array};
	return t;
}

static int build(struct fixture *f, const char *text, struct pg_stmt_type *params, size_t np, struct pg_stmt_col *cols,
		 size_t nc, struct codegen_sql *out, struct rdb_error *err)
{
	struct typedsql_file file = {"q", "prisma/sql/q.sql", text};
	struct pg_stmt_desc d = {params, np, cols, nc};
	rdb_error_clear(err);
	return typedsql_build(f->rs, &file, &d, &f->a, out, err);
}

TEST(params_named_typed_and_nullable)
{
	struct fixture f;
	struct codegen_sql q;
	struct rdb_error err;
	struct pg_stmt_type p[4] = {ty("int8", 'b', false), ty("text", 'b', false), ty("int4", 'b', true),
				    ty("role", 'e', false)};
	setup(&f);
	CHECK(f.rs != NULL);
	CHECK(build(&f,
		    "-- Users by things.\n--   second line\n"
		    "-- @param {Int} $1:limit\n  --  @param $2:name? the name\n-- @param $4\nSELECT 1\n-- not doc\n",
		    p, 4, NULL, 0, &q, &err) == 0);
	CHECK_STR(q.doc, "Users by things.\nsecond line");
	CHECK_INT(q.nparams, 4);
	CHECK_STR(q.params[0].name, "limit");
	CHECK(q.params[0].type == RS_INT && q.params[0].arity == RS_REQUIRED);
	CHECK_STR(q.params[1].name, "name");
	CHECK(q.params[1].type == RS_STRING && q.params[1].arity == RS_OPTIONAL);
	CHECK_STR(q.params[1].doc, "the name");
	CHECK_STR(q.params[2].name, "p3");
	CHECK(q.params[2].type == RS_INT && q.params[2].arity == RS_LIST);
	CHECK(q.params[3].type == RS_ENUM && q.params[3].enum_index == 0);
	teardown(&f);
}

TEST(columns_nullability_and_overrides)
{
	struct fixture f;
	struct codegen_sql q;
	struct rdb_error err;
	struct pg_stmt_col c[6] = {
		{"id", ty("int4", 'b', false), "users", "id", true},
		{"name", ty("varchar", 'b', false), "users", "name", false},
		{"n", ty("int8", 'b', false), NULL, NULL, false},
		{"joined?", ty("text", 'b', false), "posts", "title", true},
		{"total!", ty("numeric", 'b', false), NULL, NULL, false},
		{"key", ty("uuid", 'b', false), "users", "key", true},
	};
	setup(&f);
	CHECK(build(&f, "SELECT ...", NULL, 0, c, 6, &q, &err) == 0);
	CHECK(q.cols[0].arity == RS_REQUIRED && q.cols[0].type == RS_INT);
	CHECK_STR(q.cols[0].doc, "users.id");
	CHECK(q.cols[1].arity == RS_OPTIONAL && q.cols[1].type == RS_STRING);
	CHECK(q.cols[2].arity == RS_OPTIONAL && q.cols[2].type == RS_BIGINT);
	CHECK_STR(q.cols[3].name, "joined");
	CHECK_STR(q.cols[3].db_name, "joined?");
	CHECK(q.cols[3].arity == RS_OPTIONAL);
	CHECK_STR(q.cols[4].name, "total");
	CHECK(q.cols[4].arity == RS_REQUIRED && q.cols[4].type == RS_DECIMAL);
	CHECK(q.cols[5].type == RS_STRING && q.cols[5].native.name && !strcmp(q.cols[5].native.name, "Uuid"));
	teardown(&f);
}

/* Each bad input: the message part and where it points. */
TEST(errors_say_where)
{
	struct fixture f;
	struct codegen_sql q;
	struct rdb_error err;
	struct pg_stmt_type p1[1] = {ty("text", 'b', false)};
	struct pg_stmt_type inet[1] = {ty("inet", 'b', false)};
	struct pg_stmt_col unnamed[1] = {{"?column?", ty("int4", 'b', false), NULL, NULL, false}};
	struct pg_stmt_col twice[2] = {{"a", ty("int4", 'b', false), NULL, NULL, false},
				       {"a?", ty("int4", 'b', false), NULL, NULL, false}};
	struct pg_stmt_col spaced[1] = {{"a b", ty("int4", 'b', false), NULL, NULL, false}};
	struct pg_stmt_col point[1] = {{"p", ty("point", 'b', false), NULL, NULL, false}};
	setup(&f);
	CHECK(build(&f, "SELECT\n-- @param {Int} $1:x\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "{Int} does not fit $1, which PostgreSQL types as text") != NULL);
	CHECK_STR(err.file, "prisma/sql/q.sql");
	CHECK_INT(err.line, 2);
	CHECK(build(&f, "-- @param {Text} $1:x\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "unknown type {Text}") != NULL);
	CHECK_INT(err.line, 1);
	CHECK_INT(err.col, 12);
	CHECK(build(&f, "-- @param $3:x\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "$3, but the statement has 1 parameter") != NULL);
	CHECK(build(&f, "-- @param $1:x\n-- @param $1:y\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "$1 is annotated twice (first on line 1)") != NULL);
	CHECK_INT(err.line, 2);
	CHECK(build(&f, "-- @param $1:2x\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "'2x' is not a C identifier") != NULL);
	CHECK(build(&f, "-- @param x\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "expected the parameter's position") != NULL);
	CHECK(build(&f, "-- @param {Int $1\n", p1, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "without a closing") != NULL);
	CHECK(build(&f, "SELECT $1", inet, 1, NULL, 0, &q, &err) == -1);
	CHECK(strstr(err.message, "parameter $1 has type inet") != NULL);
	CHECK(build(&f, "SELECT", NULL, 0, unnamed, 1, &q, &err) == -1);
	CHECK(strstr(err.message, "column 1 has no name") != NULL);
	CHECK(build(&f, "SELECT", NULL, 0, twice, 2, &q, &err) == -1);
	CHECK(strstr(err.message, "two columns are named \"a\"") != NULL);
	CHECK(build(&f, "SELECT", NULL, 0, spaced, 1, &q, &err) == -1);
	CHECK(strstr(err.message, "\"a b\" is not a C identifier") != NULL);
	CHECK(build(&f, "SELECT", NULL, 0, point, 1, &q, &err) == -1);
	CHECK(strstr(err.message, "(p::text AS p)") != NULL);
	/* {String} on an enum parameter: text, not the C enum */
	{
		struct pg_stmt_type e[1] = {ty("role", 'e', false)};
		CHECK(build(&f, "-- @param {String} $1:r\n", e, 1, NULL, 0, &q, &err) == 0);
		CHECK(q.params[0].type == RS_STRING && q.params[0].enum_index == -1);
	}
	teardown(&f);
}

TEST(relpath)
{
	char dir[] = "/tmp/rdb-test-rel-XXXXXX", *p, *r;
	char cmd[160];
	CHECK(mkdtemp(dir) != NULL);
	p = fs_join(dir, "generated/rdb");
	fs_mkdirs(p, 0755);
	free(p);
	p = fs_join(dir, "prisma/models");
	fs_mkdirs(p, 0755);
	free(p);
	p = fs_join(dir, "generated/rdb");
	{
		char *to = fs_join(dir, "prisma");
		r = fs_relpath(p, to);
		CHECK_STR(r, "../../prisma");
		free(r);
		r = fs_relpath(to, p);
		CHECK_STR(r, "../generated/rdb");
		free(r);
		r = fs_relpath(to, to);
		CHECK_STR(r, ".");
		free(r);
		r = fs_relpath(dir, to);
		CHECK_STR(r, "prisma");
		free(r);
		free(to);
	}
	{
		char *models = fs_join(dir, "prisma/models"), *pr = fs_join(dir, "prisma");
		r = fs_relpath(models, pr);
		CHECK_STR(r, "..");
		free(r);
		free(models);
		free(pr);
	}
	{ /* from and to the root itself */
		char *pr = fs_join(dir, "prisma"), *real = realpath(pr, NULL), *want = xstrdup(real + 1);
		r = fs_relpath("/", pr);
		CHECK_STR(r, want);
		free(r);
		r = fs_relpath("/", "/");
		CHECK_STR(r, ".");
		free(r);
		r = fs_relpath("/tmp", "/");
		CHECK_STR(r, "..");
		free(r);
		free(want);
		free(real);
		free(pr);
	}
	CHECK(fs_relpath(p, "/nonexistent/x") == NULL);
	free(p);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	CHECK(system(cmd) == 0);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
