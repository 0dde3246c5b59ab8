/* cmd_generate.c: rdb generate: the C client for each `rdb-client-c` generator block. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "codegen/codegen.h"
#include "codegen/typedsql.h"
#include "dbconn.h"
#include "sql/pg/stmtdesc.h"
#include "project/project.h"
#include "schema/config.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "util/fs.h"
#include "util/strbuf.h"

/* The folder of the file holding generator g (Prisma resolves output against it). */
static char *generator_dir(const struct psl_schema *s, size_t g)
{
	const struct psl_generator *pg = &s->config->generators.items[g];
	const char *path = s->src.files.items[pg->span.file].path;
	const char *slash = strrchr(path, '/');
	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static int write_one(const char *dir, const char *name, const struct strbuf *sb)
{
	char *path = fs_join(dir, name);
	int rc = fs_write_file_atomic(path, sb->buf, sb->len);
	if (rc < 0)
		cli_errorf("cannot write %s: %s", path, strerror(errno));
	free(path);
	return rc;
}

/* Is g a generator block this command writes (provider "rdb-client-c")? */
static bool is_ours(const struct rs_generator *g)
{
	return g->provider && !strcmp(g->provider, CODEGEN_PROVIDER);
}

/* The schema's sql/ folder: beside the schema file, or inside the schema folder. */
static char *sql_dir_of(const struct rdb_project *p)
{
	const char *slash;
	if (p->schema_is_dir)
		return fs_join(p->schema_path, "sql");
	slash = strrchr(p->schema_path, '/');
	if (!slash)
		return xstrdup("sql");
	{
		char *dir = xstrndup(p->schema_path, (size_t)(slash - p->schema_path));
		char *r = fs_join(dir, "sql");
		free(dir);
		return r;
	}
}

static void report_at(const struct rdb_error *err)
{
	if (err->file[0] && err->line)
		fprintf(stderr, "%s:%u:%u: ", err->file, err->line, err->col);
	else if (err->file[0])
		fprintf(stderr, "%s: ", err->file);
	cli_report(err);
}

/*
 * Describes every .sql file of sql_dir on the database into *out. Reports
 * each bad file (all of them, not just the first) and returns an exit code.
 */
static int describe_sql(const struct rdb_project *p, const struct rs_schema *rs, const char *sql_dir,
			const char *url, struct arena *a, struct codegen_sql **out, size_t *nout)
{
	struct typedsql_file *files;
	size_t n, bad = 0;
	struct pg_target t;
	PGconn *c;
	struct rdb_error err;
	int rc;
	*out = NULL;
	*nout = 0;
	rdb_error_clear(&err);
	if (rs->datasource && rs->provider != RS_POSTGRESQL) {
		cli_errorf("typed SQL (--sql) needs a PostgreSQL datasource for now; this schema's provider is \"%s\"",
			   rs->provider_name);
		return 1;
	}
	if (typedsql_read_dir(sql_dir, a, &files, &n, &err) < 0)
		return cli_report(&err);
	if (!n) {
		fprintf(stderr, "rdb: note: --sql: no .sql files in %s; no typed queries generated\n", sql_dir);
		return 0;
	}
	rc = cli_open_database(p, url, false, true, &t, &c);
	if (rc)
		return rc;
	*out = arena_alloc(a, n * sizeof(**out));
	for (size_t i = 0; i < n; i++) {
		struct pg_stmt_desc d;
		rdb_error_clear(&err);
		if (pg_describe_statement(c, files[i].text, a, &d, &err) < 0) {
			snprintf(err.file, sizeof(err.file), "%s", files[i].path);
			report_at(&err);
			bad++;
			if (PQstatus(c) == CONNECTION_BAD)
				break;
			continue;
		}
		if (typedsql_build(rs, &files[i], &d, a, &(*out)[*nout], &err) < 0) {
			report_at(&err);
			bad++;
			continue;
		}
		(*nout)++;
	}
	PQfinish(c);
	pg_target_release(&t);
	if (bad) {
		cli_errorf("%zu of %zu typed SQL file%s could not be described; nothing was generated", bad, n,
			   n == 1 ? "" : "s");
		return 1;
	}
	return 0;
}

static int generate_one(const struct rs_schema *rs, const struct psl_schema *s, const struct rdb_project *p,
			size_t gi, const char *override, const struct codegen_sql *sql, size_t nsql, bool with_sql,
			const char *sql_dir)
{
	const struct rs_generator *gen = &rs->generators[gi];
	const struct psl_generator *pg = &s->config->generators.items[gi];
	const struct psl_generator_value *pv = psl_generator_get(pg, "prefix");
	struct codegen_output out = {STRBUF_INIT, STRBUF_INIT, STRBUF_INIT};
	struct codegen_opts opt = {0};
	struct rdb_error err;
	char *base = NULL, *dir = NULL, *rel_schema = NULL, *rel_sql = NULL;
	int rc = 1;
	if (override) {
		dir = xstrdup(override);
	} else {
		const char *output = gen->output ? gen->output : "../generated/rdb";
		base = generator_dir(s, gi);
		dir = output[0] == '/' ? xstrdup(output) : fs_join(base, output);
	}
	if (fs_mkdirs(dir, 0755) < 0) {
		cli_errorf("cannot create the output folder %s: %s", dir, strerror(errno));
		goto out;
	}
	rel_schema = fs_relpath(dir, p->schema_path);
	rel_sql = with_sql && fs_is_dir(sql_dir) ? fs_relpath(dir, sql_dir) : NULL;
	opt.prefix = pv && pv->kind == PSL_GENERATOR_STRING ? pv->str : NULL;
	opt.sql = sql;
	opt.nsql = nsql;
	opt.schema_path = rel_schema;
	opt.schema_is_dir = p->schema_is_dir;
	opt.sql_dir = rel_sql;
	opt.with_sql = with_sql;
	rdb_error_clear(&err);
	if (codegen_c_client(rs, &opt, &out, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (write_one(dir, "client.h", &out.header) < 0 || write_one(dir, "client.c", &out.source) < 0 ||
	    write_one(dir, "rdb.mk", &out.mk) < 0)
		goto out;
	printf("Generated the C client (generator %s) in %s: client.h, client.c, rdb.mk", gen->name, dir);
	if (nsql)
		printf("; %zu typed SQL quer%s", nsql, nsql == 1 ? "y" : "ies");
	printf("\n");
	rc = 0;
out:
	strbuf_release(&out.header);
	strbuf_release(&out.source);
	strbuf_release(&out.mk);
	free(rel_schema);
	free(rel_sql);
	free(base);
	free(dir);
	return rc;
}

int cmd_generate(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	struct arena arena;
	struct rs_schema *rs;
	struct rdb_error err;
	struct codegen_sql *sql = NULL;
	size_t ours = 0, nsql = 0;
	char *sql_dir = NULL;
	int rc = cli_parse(cli_find_command("generate"), argc, argv, &a);
	if (rc)
		goto out_args;
	if (a.npos) {
		cli_errorf("rdb generate takes no arguments (got '%s'); use --schema PATH", a.pos[0]);
		rc = EXIT_USAGE;
		goto out_args;
	}
	if (cli_value(&a, "url") && !cli_flag(&a, "sql")) {
		cli_errorf("rdb generate: --url is the database that describes --sql queries; add --sql, or drop --url");
		rc = EXIT_USAGE;
		goto out_args;
	}
	if (rdb_project_load(&p, cli.config_path, cli_value(&a, "schema"), &err) < 0) {
		rc = cli_report(&err);
		goto out_args;
	}
	psl_schema_init(&s);
	arena_init(&arena);
	if (rdb_project_read_schema(&p, &s, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	psl_schema_validate(&s);
	if (s.src.errors.len || !(rs = rs_build(&s, &arena))) {
		struct strbuf o = STRBUF_INIT;
		psl_render_all(&o, &s.src, cli.color_err, PSL_RENDER_RDB, NULL);
		fwrite(o.buf, 1, o.len, stderr);
		strbuf_release(&o);
		cli_errorf("the schema at %s is invalid; nothing was generated", p.schema_path);
		rc = 1;
		goto out;
	}
	if (!rs->ngenerators) {
		cli_errorf("the schema at %s has no generator block", p.schema_path);
		fprintf(stderr, "%shint:%s add one:\n  generator client {\n    provider = \"%s\"\n"
				"    output   = \"../generated/rdb\"\n  }\n",
			cli_bold(true), cli_reset(true), CODEGEN_PROVIDER);
		rc = 1;
		goto out;
	}
	rc = 0;
	sql_dir = sql_dir_of(&p);
	if (cli_flag(&a, "sql")) {
		for (size_t g = 0; g < rs->ngenerators; g++)
			ours += is_ours(&rs->generators[g]);
		if (ours)
			rc = describe_sql(&p, rs, sql_dir, cli_value(&a, "url"), &arena, &sql, &nsql);
		ours = 0;
	}
	for (size_t g = 0; g < rs->ngenerators && !rc; g++) {
		if (!is_ours(&rs->generators[g])) {
			fprintf(stderr, "rdb: note: generator '%s' has provider \"%s\", not \"%s\"; skipped\n",
				rs->generators[g].name, rs->generators[g].provider ? rs->generators[g].provider : "",
				CODEGEN_PROVIDER);
			continue;
		}
		ours++;
		rc = generate_one(rs, &s, &p, g, cli_value(&a, "output"), sql, nsql, cli_flag(&a, "sql"), sql_dir);
	}
	if (!rc && !ours)
		printf("Nothing to generate: no generator with provider \"%s\".\n", CODEGEN_PROVIDER);
out:
	free(sql_dir);
	arena_free(&arena);
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}
