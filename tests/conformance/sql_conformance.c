/*
 * sql_conformance: migration scripts from Prisma schemas (parsed, resolved
 * with rs_build(), calculated, diffed, rendered), compared with Prisma's.
 *
 *   sql_conformance migrations DIR     conformance/prisma/migrations (postgres cases)
 *   sql_conformance extra DIR          conformance/prisma/migrations-extra (postgresql)
 *   sql_conformance golden DIR [SHARED] tests/golden/migrations: a.sql, b.sql, ab.sql
 *                                      (Prisma 7 CLI output); with $PGTEST_URL also
 *                                      ab.dev.sql (migrate dev: shadow database -> schema)
 *
 * The conformance cases are Prisma 6.19's (the default namespace is not
 * listed); the golden files are the Prisma 7 CLI's (it is).
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../unit/t.h"
#include "migrate/calculate.h"
#include "migrate/destructive.h"
#include "migrate/diff.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "sql/pg/render.h"
#include "util/fs.h"

static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

struct loaded {
	struct psl_schema psl;
	struct arena arena;
	struct rs_schema *rs;
};

/* A schema from text, a .prisma file or a folder of them. */
static int load(struct loaded *l, const char *path, const char *text, struct strbuf *why)
{
	psl_schema_init(&l->psl);
	arena_init(&l->arena);
	l->rs = NULL;
	if (text) {
		psl_schema_add_file(&l->psl, "schema.prisma", text, strlen(text));
	} else if (fs_is_dir(path)) {
		struct fs_list files = {0};
		fs_list_files(path, ".prisma", &files);
		for (size_t i = 0; i < files.paths.len; i++) {
			struct strbuf sb = STRBUF_INIT;
			fs_read_file(files.paths.items[i], &sb);
			psl_schema_add_file(&l->psl, files.paths.items[i], sb.buf, sb.len);
			strbuf_release(&sb);
		}
		fs_list_release(&files);
	} else {
		struct strbuf sb = STRBUF_INIT;
		if (fs_read_file(path, &sb) < 0) {
			strbuf_addf(why, "cannot read %s", path);
			strbuf_release(&sb);
			return -1;
		}
		psl_schema_add_file(&l->psl, path, sb.buf, sb.len);
		strbuf_release(&sb);
	}
	psl_schema_validate(&l->psl);
	if (l->psl.src.errors.len) {
		strbuf_addf(why, "schema has %zu errors", l->psl.src.errors.len);
		return -1;
	}
	l->rs = rs_build(&l->psl, &l->arena);
	if (!l->rs) {
		strbuf_addstr(why, "rs_build failed");
		return -1;
	}
	return 0;
}

static void unload(struct loaded *l)
{
	psl_schema_release(&l->psl);
	arena_free(&l->arena);
}

static struct sql_schema *empty_schema(void)
{
	struct sql_schema *s = sql_schema_new();
	sql_schema_finalize(s);
	return s;
}

/* The script for from -> to; from NULL means an empty database. */
static void script(const struct rs_schema *from, const struct rs_schema *to, bool prisma7, bool warnings,
		   struct strbuf *out)
{
	struct sql_calc_opts o = {"public", prisma7};
	struct sql_schema *a = from ? sql_calculate(from, &o) : empty_schema();
	struct sql_schema *b = sql_calculate(to, &o);
	struct sql_migration *m = sql_diff(a, b, NULL);
	struct destructive_diagnostics d = {0};
	if (warnings)
		destructive_pure_check(m, &d);
	pg_render_script(m, &d, out);
	destructive_diagnostics_release(&d);
	sql_migration_free(m);
	sql_schema_free(a);
	sql_schema_free(b);
}

static void compare(const char *name, const char *got, const char *want)
{
	if (!strcmp(got, want)) {
		t_record(name, 0, NULL);
		return;
	}
	struct strbuf detail = STRBUF_INIT;
	strbuf_addf(&detail, "\n--- expected\n%s\n--- got\n%s", want, got);
	t_record(name, 1, detail.buf);
	strbuf_release(&detail);
}

/* ---- conformance/prisma/migrations ---------------------------------------------- */

static void run_migrations(const char *dir)
{
	struct fs_list files = {0};
	fs_list_files(dir, ".prisma", &files);
	for (size_t i = 0; i < files.paths.len; i++) {
		const char *path = files.paths.items[i];
		struct strbuf text = STRBUF_INIT, want = STRBUF_INIT, why = STRBUF_INIT, got = STRBUF_INIT;
		struct loaded l;
		if (!strstr(path, "/postgres/"))
			continue;
		fs_read_file(path, &text);
		char *marker = strstr(text.buf, "\n// Expected Migration:\n");
		if (!marker) {
			t_record(path, 2, "no expected migration");
			strbuf_release(&text);
			continue;
		}
		/* every following line without its "// " */
		for (char *p = marker + 24; *p;) {
			char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			if (n >= 3 && !strncmp(p, "// ", 3))
				strbuf_add(&want, p + 3, n - 3);
			else if (n >= 2 && !strncmp(p, "//", 2))
				strbuf_add(&want, p + 2, n - 2);
			strbuf_addch(&want, '\n');
			p = nl ? nl + 1 : p + n;
		}
		marker[1] = 0;
		if (load(&l, NULL, text.buf, &why) < 0) {
			t_record(path, 1, why.buf);
		} else {
			script(NULL, l.rs, false, false, &got);
			compare(path, got.buf, want.buf);
		}
		unload(&l);
		strbuf_release(&text);
		strbuf_release(&want);
		strbuf_release(&why);
		strbuf_release(&got);
	}
	fs_list_release(&files);
}

/* ---- conformance/prisma/migrations-extra ------------------------------------------ */

static void run_extra(const char *dir)
{
	struct fs_list files = {0};
	fs_list_files(dir, ".case", &files);
	for (size_t i = 0; i < files.paths.len; i++) {
		const char *path = files.paths.items[i];
		struct strbuf text = STRBUF_INIT, why = STRBUF_INIT, got = STRBUF_INIT;
		struct loaded from, to;
		bool have_from = false;
		if (!strstr(path, "/postgresql/"))
			continue;
		fs_read_file(path, &text);
		char *f = strstr(text.buf, "\n-- from:\n"), *t = strstr(text.buf, "\n-- to:\n");
		char *e = strstr(text.buf, "\n-- expected:\n");
		if (!f || !t || !e) {
			t_record(path, 2, "not a case file");
			strbuf_release(&text);
			continue;
		}
		/* Prisma 6.19 made this one from a database state: informative only */
		bool informative = strstr(path, "enums__alter_enum_and_change_default_must_work") != NULL;
		bool warnings = strstr(text.buf, "create_migration") != NULL;
		const char *want = e + 14;
		f[1] = t[1] = e[1] = 0;
		const char *from_text = f + 10, *to_text = t + 8;
		int rc = 0;
		if (strcmp(from_text, "EMPTY\n")) {
			rc = load(&from, NULL, from_text, &why);
			have_from = true;
		}
		if (rc == 0)
			rc = load(&to, NULL, to_text, &why);
		if (rc < 0) {
			t_record(path, 1, why.buf);
		} else {
			script(have_from ? from.rs : NULL, to.rs, false, warnings, &got);
			if (informative && strcmp(got.buf, want))
				t_record(path, 2, "informative case (made from a database state) differs");
			else
				compare(path, got.buf, want);
			unload(&to);
		}
		if (have_from)
			unload(&from);
		strbuf_release(&text);
		strbuf_release(&why);
		strbuf_release(&got);
	}
	fs_list_release(&files);
}

/* ---- tests/golden/migrations ---------------------------------------------------- */

static void expect_file(const char *name, const char *got, const char *path, bool cli_newline)
{
	struct strbuf want = STRBUF_INIT, g = STRBUF_INIT;
	if (fs_read_file(path, &want) < 0) {
		t_record(name, 2, "not generated");
		return;
	}
	strbuf_addstr(&g, got);
	/* `migrate diff` makes sure its output ends with a newline */
	if (cli_newline && (!g.len || g.buf[g.len - 1] != '\n'))
		strbuf_addch(&g, '\n');
	compare(name, g.buf, want.buf);
	strbuf_release(&want);
	strbuf_release(&g);
}

/* migrate dev: the shadow database holds a.sql; the target is schema b. */
static void dev_case(const char *name, const char *url, const char *setup_sql, const struct rs_schema *to,
		     const char *expected)
{
	struct pg_target t;
	struct rdb_error err = {0};
	struct strbuf sql = STRBUF_INIT, got = STRBUF_INIT;
	static int n;
	char dbname[64];
	PGconn *admin = NULL, *c = NULL;
	if (pg_target_parse(&t, url, &err) < 0)
		goto out;
	snprintf(dbname, sizeof(dbname), "sqlconf_%d_%d", (int)getpid(), n++);
	admin = pg_connect(&t, NULL, &err);
	if (!admin)
		goto out;
	strbuf_addf(&sql, "CREATE DATABASE \"%s\"", dbname);
	if (pg_exec(admin, sql.buf, &err) < 0)
		goto out;
	c = pg_connect(&t, dbname, &err);
	if (c)
		PQsetNoticeProcessor(c, quiet, NULL);
	strbuf_reset(&sql);
	if (!c || (setup_sql && fs_read_file(setup_sql, &sql) < 0))
		goto out;
	if (setup_sql && pg_exec(c, sql.buf, &err) < 0)
		goto out;
	{
		struct sql_calc_opts o = {"public", true};
		struct sql_schema *b = sql_calculate(to, &o), *a = NULL;
		/*
		 * The shadow database is described in the namespaces of the
		 * target schema (Prisma's extract_namespaces), else the search path.
		 */
		const char *nss[32];
		size_t nns = 0;
		for (size_t i = 0; i < b->namespaces.len && nns < 32; i++)
			nss[nns++] = b->namespaces.items[i];
		if (!nns)
			nss[nns++] = "public";
		struct pg_describe_opts dopts = {nss, nns, false};
		if (pg_describe(c, &dopts, &a, &err) == 0) {
			struct sql_migration *m = sql_diff(a, b, NULL);
			struct destructive_diagnostics d = {0};
			destructive_pure_check(m, &d);
			pg_render_script(m, &d, &got);
			expect_file(name, got.buf, expected, false);
			destructive_diagnostics_release(&d);
			sql_migration_free(m);
			sql_schema_free(a);
		}
		sql_schema_free(b);
	}
out:
	if (err.message[0])
		t_record(name, 1, err.message);
	if (c)
		PQfinish(c);
	if (admin) {
		strbuf_reset(&sql);
		strbuf_addf(&sql, "DROP DATABASE IF EXISTS \"%s\"", dbname);
		pg_exec(admin, sql.buf, &err);
		PQfinish(admin);
	}
	pg_target_release(&t);
	strbuf_release(&sql);
	strbuf_release(&got);
}

static void golden_case(const char *dir, const char *a_path, const char *b_path, const char *na, const char *nb,
			const char *nab, const char *dev_name)
{
	struct loaded a, b;
	struct strbuf why = STRBUF_INIT, got = STRBUF_INIT;
	const char *url = getenv("PGTEST_URL");
	char name[512];
	if (load(&a, a_path, NULL, &why) < 0 || load(&b, b_path, NULL, &why) < 0) {
		t_record(dir, 1, why.buf);
		strbuf_release(&why);
		return;
	}
	snprintf(name, sizeof(name), "%s/%s.sql", dir, na);
	script(NULL, a.rs, true, false, &got);
	expect_file(name, got.buf, name, true);
	strbuf_reset(&got);
	snprintf(name, sizeof(name), "%s/%s.sql", dir, nb);
	script(NULL, b.rs, true, false, &got);
	expect_file(name, got.buf, name, true);
	strbuf_reset(&got);
	snprintf(name, sizeof(name), "%s/%s.sql", dir, nab);
	script(a.rs, b.rs, true, false, &got);
	expect_file(name, got.buf, name, true);
	if (url && dev_name) {
		char setup[512];
		snprintf(setup, sizeof(setup), "%s/%s.sql", dir, na);
		snprintf(name, sizeof(name), "%s/%s", dir, dev_name);
		dev_case(name, url, setup, b.rs, name);
	}
	unload(&a);
	unload(&b);
	strbuf_release(&why);
	strbuf_release(&got);
}

static void run_golden(const char *dir, const char *shared)
{
	struct fs_list files = {0};
	char *pairs = fs_join(dir, "pairs");
	fs_list_files(pairs, "a.prisma", &files);
	for (size_t i = 0; i < files.paths.len; i++) {
		char *d = xstrdup(files.paths.items[i]);
		*strrchr(d, '/') = 0;
		char *a = fs_join(d, "a.prisma"), *b = fs_join(d, "b.prisma");
		golden_case(d, a, b, "a", "b", "ab", "ab.dev.sql");
		free(a);
		free(b);
		free(d);
	}
	fs_list_release(&files);
	free(pairs);
	if (shared) {
		char *blog = fs_join(dir, "blog-shop");
		for (int i = 1; i <= 7; i++) {
			char a[512], b[512], na[16], nb[16], nab[32], dev[32];
			snprintf(a, sizeof(a), "%s/examples/blog-shop/s%d", shared, i - 1);
			snprintf(b, sizeof(b), "%s/examples/blog-shop/s%d", shared, i);
			snprintf(na, sizeof(na), "s%d", i - 1);
			snprintf(nb, sizeof(nb), "s%d", i);
			snprintf(nab, sizeof(nab), "s%d-s%d", i - 1, i);
			snprintf(dev, sizeof(dev), "s%d-s%d.dev1.sql", i - 1, i);
			golden_case(blog, a, b, na, nb, nab, dev);
		}
		free(blog);

		/* big-300: 300 models, from empty */
		struct loaded big;
		struct strbuf why = STRBUF_INIT, got = STRBUF_INIT;
		char path[512], expected[512];
		snprintf(path, sizeof(path), "%s/examples/big-300", shared);
		snprintf(expected, sizeof(expected), "%s/big-300/big-300.sql", dir);
		if (load(&big, path, NULL, &why) < 0) {
			t_record(expected, 1, why.buf);
		} else {
			script(NULL, big.rs, true, false, &got);
			expect_file(expected, got.buf, expected, true);
		}
		unload(&big);
		strbuf_release(&why);
		strbuf_release(&got);

		/* blog-shop under migrate dev, step after step (sN.dev.sql) */
		const char *url = getenv("PGTEST_URL");
		for (int i = 0; url && i <= 7; i++) {
			struct loaded b;
			char sp[512], setup[512], name[512];
			snprintf(sp, sizeof(sp), "%s/examples/blog-shop/s%d", shared, i);
			snprintf(setup, sizeof(setup), "%s/blog-shop/s%d.sql", dir, i - 1);
			snprintf(name, sizeof(name), "%s/blog-shop/s%d.dev.sql", dir, i);
			if (load(&b, sp, NULL, &why) == 0)
				dev_case(name, url, i ? setup : NULL, b.rs, name);
			unload(&b);
		}
	}
}

int main(int argc, char **argv)
{
	if (argc >= 3 && !strcmp(argv[1], "migrations"))
		run_migrations(argv[2]);
	else if (argc >= 3 && !strcmp(argv[1], "extra"))
		run_extra(argv[2]);
	else if (argc >= 3 && !strcmp(argv[1], "golden"))
		run_golden(argv[2], argc >= 4 ? argv[3] : NULL);
	else {
		fprintf(stderr, "usage: sql_conformance migrations|extra|golden DIR [SHARED]\n");
		return 2;
	}
	t_summary();
	return t_failed_count() ? 1 : 0;
}
