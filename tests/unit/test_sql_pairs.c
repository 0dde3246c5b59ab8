/*
 * test_sql_pairs.c: golden pairs (tests/golden/migrations/pairs) with their
 * target schema b resolved by hand: the script from empty (b.sql) and, with
 * $PGTEST_URL, what `migrate dev` writes after a migration made of a.sql
 * (ab.dev.sql): a shadow database described, diffed with the calculated
 * schema, warnings included. Byte for byte against Prisma 7's files.
 */
#include <stdio.h>
#include <unistd.h>

#include "t.h"

#include "migrate/calculate.h"
#include "migrate/destructive.h"
#include "migrate/diff.h"
#include "rsb.h"
#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "sql/pg/render.h"
#include "util/fs.h"

static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static int read_golden(const char *pair, const char *file, struct strbuf *out)
{
	char path[4096];
	const char *root = getenv("ROOT");
	snprintf(path, sizeof(path), "%s/tests/golden/migrations/pairs/%s/%s", root ? root : ".", pair, file);
	return fs_read_file(path, out);
}

static void check_text(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want))
		t_fail(__FILE__, __LINE__, "%s differs\n--- got\n%s\n--- expected\n%s", what, got, want);
}

/* b.sql, then ab.dev.sql when a database is at hand */
static void check_pair(const char *pair, const struct rs_schema *b)
{
	struct sql_calc_opts o = {"public", true};
	struct strbuf want = STRBUF_INIT, got = STRBUF_INIT, sql = STRBUF_INIT;
	struct sql_schema *to = sql_calculate(b, &o), *empty = sql_schema_new();
	struct rdb_error err = {0};
	const char *url = getenv("PGTEST_URL");
	sql_schema_finalize(empty);

	if (read_golden(pair, "b.sql", &want) == 0) {
		struct sql_migration *m = sql_diff(empty, to, NULL);
		pg_render_script(m, NULL, &got);
		if (!got.len || got.buf[got.len - 1] != '\n')
			strbuf_addch(&got, '\n'); /* migrate diff ends its output with a newline */
		check_text(pair, got.buf, want.buf);
		sql_migration_free(m);
	} else {
		t_skip("golden files missing (tests/golden/migrations/gen.sh)");
	}
	strbuf_reset(&want);
	strbuf_reset(&got);

	if (url && read_golden(pair, "ab.dev.sql", &want) == 0 && read_golden(pair, "a.sql", &sql) == 0) {
		struct pg_target t;
		char db[96];
		PGconn *admin = NULL, *c = NULL;
		struct strbuf q = STRBUF_INIT;
		snprintf(db, sizeof(db), "pairs_%d_%s", (int)getpid(), pair);
		if (pg_target_parse(&t, url, &err) == 0 && (admin = pg_connect(&t, NULL, &err))) {
			strbuf_addf(&q, "CREATE DATABASE \"%s\"", db);
			if (pg_exec(admin, q.buf, &err) == 0 && (c = pg_connect(&t, db, &err))) {
				PQsetNoticeProcessor(c, quiet, NULL);
				if (pg_exec(c, sql.buf, &err) == 0) {
					/* migrate dev describes the namespaces of the target schema */
					const char **nss = to->namespaces.items;
					struct pg_describe_opts dopts = {nss, to->namespaces.len, false, false};
					struct sql_schema *from = NULL;
					if (pg_describe(c, &dopts, &from, &err) == 0) {
						struct sql_migration *m = sql_diff(from, to, NULL);
						struct destructive_diagnostics d = {0};
						destructive_pure_check(m, &d);
						pg_render_script(m, &d, &got);
						check_text(pair, got.buf, want.buf);
						destructive_diagnostics_release(&d);
						sql_migration_free(m);
						sql_schema_free(from);
					}
				}
				PQfinish(c);
			}
			strbuf_reset(&q);
			strbuf_addf(&q, "DROP DATABASE IF EXISTS \"%s\"", db);
			pg_exec(admin, q.buf, &err);
			PQfinish(admin);
			pg_target_release(&t);
		}
		if (err.message[0] && !strstr(err.message, "does not exist"))
			t_fail(__FILE__, __LINE__, "%s: %s", pair, err.message);
		strbuf_release(&q);
	}
	sql_schema_free(to);
	sql_schema_free(empty);
	strbuf_release(&want);
	strbuf_release(&got);
	strbuf_release(&sql);
}

TEST(type_changes)
{
	struct rsb *b = rsb_new();
	int m = model(b, "T", NULL), f;
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	field(b, m, "a", RS_BIGINT, RS_REQUIRED);
	f = field(b, m, "b", RS_STRING, RS_REQUIRED);
	native(b, m, f, "VarChar", "50", NULL);
	f = field(b, m, "c", RS_STRING, RS_REQUIRED);
	native(b, m, f, "VarChar", "10", NULL);
	f = field(b, m, "d", RS_DECIMAL, RS_REQUIRED);
	native(b, m, f, "Decimal", "10", "2");
	f = field(b, m, "e", RS_DATETIME, RS_REQUIRED);
	native(b, m, f, "Timestamptz", "6", NULL);
	field(b, m, "f", RS_FLOAT, RS_REQUIRED);
	field(b, m, "g", RS_INT, RS_REQUIRED);
	field(b, m, "h", RS_INT, RS_REQUIRED);
	check_pair("type_changes", &b->rs);
	free(b);
}

TEST(indexes)
{
	struct rsb *b = rsb_new();
	int m = model(b, "T", NULL);
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	int fa = field(b, m, "a", RS_STRING, RS_REQUIRED);
	int fb = field(b, m, "b", RS_STRING, RS_REQUIRED);
	int fc = field(b, m, "c", RS_INT, RS_REQUIRED);
	int fd = field(b, m, "d", RS_JSON, RS_REQUIRED);
	/* @@index first, then @@unique, each in source order */
	idx(b, m, RS_INDEX, "T_a_renamed", fa, RS_SORT_NONE);
	int i = idx(b, m, RS_INDEX, "T_b_c_idx", fb, RS_DESC);
	idx_add(b, m, i, fc, RS_SORT_NONE);
	i = idx(b, m, RS_INDEX, "T_d_idx", fd, RS_SORT_NONE);
	b->models[m].indexes[i].algorithm = RS_GIN;
	i = idx(b, m, RS_UNIQUE, "T_a_b_key", fa, RS_SORT_NONE);
	idx_add(b, m, i, fb, RS_SORT_NONE);
	check_pair("indexes", &b->rs);
	free(b);
}

TEST(keys)
{
	struct rsb *b = rsb_new();
	int m = model(b, "T", NULL);
	int fa = field(b, m, "a", RS_INT, RS_REQUIRED), fb = field(b, m, "b", RS_INT, RS_REQUIRED);
	int fc = field(b, m, "c", RS_STRING, RS_REQUIRED);
	idx(b, m, RS_UNIQUE, "T_c_key", fc, RS_SORT_NONE);
	id(b, m, "T_pkey", fa, fb);
	check_pair("primary_key", &b->rs);
	free(b);

	b = rsb_new();
	m = model(b, "T", NULL);
	id(b, m, "T_pkey", field(b, m, "a", RS_INT, RS_REQUIRED), -1);
	field(b, m, "b", RS_STRING, RS_REQUIRED);
	check_pair("unique_to_pk", &b->rs);
	free(b);

	b = rsb_new();
	m = model(b, "T", NULL);
	id(b, m, "t_primary", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	check_pair("pk_rename", &b->rs);
	free(b);
}

TEST(make_required_and_defaults)
{
	static const char *empty[] = {NULL};
	struct rsb *b = rsb_new();
	int m = model(b, "User", NULL), f;
	id(b, m, "User_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	field(b, m, "email", RS_STRING, RS_REQUIRED);
	field(b, m, "bio", RS_STRING, RS_OPTIONAL);
	check_pair("make_required", &b->rs);
	free(b);

	b = rsb_new();
	m = model(b, "T", NULL);
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	dflt(b, m, field(b, m, "a", RS_INT, RS_REQUIRED), RS_DEFAULT_LITERAL, "2");
	dflt(b, m, field(b, m, "b", RS_STRING, RS_REQUIRED), RS_DEFAULT_LITERAL, "it's");
	field(b, m, "c", RS_BOOLEAN, RS_REQUIRED);
	field(b, m, "d", RS_DATETIME, RS_REQUIRED);
	dflt(b, m, field(b, m, "e", RS_JSON, RS_REQUIRED), RS_DEFAULT_LITERAL, "{\"a\": [1, 2]}");
	dflt(b, m, field(b, m, "f", RS_STRING, RS_REQUIRED), RS_DEFAULT_DBGENERATED, "'abc'::text");
	dflt(b, m, field(b, m, "g", RS_FLOAT, RS_REQUIRED), RS_DEFAULT_LITERAL, "2.5");
	f = field(b, m, "h", RS_STRING, RS_LIST);
	dflt_list(b, m, f, empty, 0);
	check_pair("defaults", &b->rs);
	free(b);

	b = rsb_new();
	m = model(b, "T", NULL);
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	dflt(b, m, field(b, m, "n", RS_INT, RS_REQUIRED), RS_DEFAULT_AUTOINCREMENT, NULL);
	field(b, m, "big", RS_BIGINT, RS_REQUIRED);
	check_pair("autoincrement", &b->rs);
	free(b);
}

TEST(native_types)
{
	static const struct {
		const char *name;
		enum rs_scalar t;
		const char *nat, *a0, *a1;
	} cols[] = {
		{"a", RS_STRING, "Char", "3", NULL},      {"b", RS_STRING, "Uuid", NULL, NULL},
		{"c", RS_STRING, "Xml", NULL, NULL},      {"d", RS_STRING, "Inet", NULL, NULL},
		{"e", RS_INT, "SmallInt", NULL, NULL},    {"f", RS_INT, "Oid", NULL, NULL},
		{"g", RS_FLOAT, "Real", NULL, NULL},      {"h", RS_DECIMAL, "Money", NULL, NULL},
		{"i", RS_DATETIME, "Date", NULL, NULL},   {"j", RS_DATETIME, "Time", "2", NULL},
		{"k", RS_DATETIME, "Timetz", NULL, NULL}, {"l", RS_STRING, "Bit", "4", NULL},
		{"m", RS_STRING, "VarBit", NULL, NULL},   {"n", RS_JSON, "Json", NULL, NULL},
	};
	struct rsb *b = rsb_new();
	int m = model(b, "T", NULL), f;
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	for (size_t i = 0; i < ARRAY_SIZE(cols); i++) {
		f = field(b, m, cols[i].name, cols[i].t, RS_REQUIRED);
		native(b, m, f, cols[i].nat, cols[i].a0, cols[i].a1);
		if (!cols[i].a0)
			b->models[m].fields[f].native.nargs = 0;
	}
	dflt(b, m, field(b, m, "o", RS_BYTES, RS_REQUIRED), RS_DEFAULT_LITERAL, "AQID");
	native(b, m, field(b, m, "p", RS_STRING, RS_LIST), "VarChar", "20", NULL);
	native(b, m, field(b, m, "q", RS_DECIMAL, RS_LIST), "Decimal", "8", "3");
	native(b, m, field(b, m, "r", RS_DATETIME, RS_LIST), "Timestamp", "0", NULL);
	f = field(b, m, "s", RS_UNSUPPORTED, RS_OPTIONAL);
	b->models[m].fields[f].unsupported = "tsvector";
	f = field(b, m, "t", RS_UNSUPPORTED, RS_LIST);
	b->models[m].fields[f].unsupported = "circle";
	check_pair("native_types", &b->rs);
	free(b);
}

TEST(relations_and_enums)
{
	static const char *happy[] = {"HAPPY"};
	struct rsb *b = rsb_new();
	int u = model(b, "User", NULL);
	int uid = field(b, u, "id", RS_INT, RS_REQUIRED);
	dflt(b, u, uid, RS_DEFAULT_AUTOINCREMENT, NULL);
	id(b, u, "User_pkey", uid, -1);
	int up = relfield(b, u, "posts", RS_LIST);
	int p = model(b, "Post", NULL);
	int pid = field(b, p, "id", RS_INT, RS_REQUIRED);
	dflt(b, p, pid, RS_DEFAULT_AUTOINCREMENT, NULL);
	id(b, p, "Post_pkey", pid, -1);
	int pa = field(b, p, "authorId", RS_INT, RS_OPTIONAL);
	int pr = relfield(b, p, "author", RS_OPTIONAL);
	int r = inline_rel(b, p, pr, u, up, pa, uid, "post_author", RS_SET_NULL);
	b->relations[r].on_update = RS_NO_ACTION;
	check_pair("relations", &b->rs);
	free(b);

	b = rsb_new();
	int e = enm(b, "Mood", NULL, "HAPPY", "SAD");
	int m = model(b, "Cat", NULL);
	id(b, m, "Cat_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	int f = field(b, m, "mood", RS_ENUM, RS_REQUIRED);
	b->models[m].fields[f].enum_index = e;
	dflt(b, m, f, RS_DEFAULT_LITERAL, "SAD");
	f = field(b, m, "moods", RS_ENUM, RS_LIST);
	b->models[m].fields[f].enum_index = e;
	dflt_list(b, m, f, happy, 1);
	check_pair("enums_remove_value", &b->rs);
	free(b);

	b = rsb_new();
	e = enm(b, "Role", NULL, "USER", "ADMIN");
	enm_add(b, e, "GUEST");
	m = model(b, "T", NULL);
	id(b, m, "T_pkey", field(b, m, "id", RS_INT, RS_REQUIRED), -1);
	f = field(b, m, "role", RS_ENUM, RS_REQUIRED);
	b->models[m].fields[f].enum_index = e;
	dflt(b, m, f, RS_DEFAULT_LITERAL, "USER");
	check_pair("enums_add_value", &b->rs);
	free(b);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
