/* cmd_db.c: rdb db start|stop|status|url|wait|execute|pull. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dbconn.h"
#include "localdb/localdb.h"
#include "migrate/introspect.h"
#include "schema/config.h"
#include "schema/resolved.h"
#include "sql/pg/describe.h"
#include "util/fs.h"
#include "util/strbuf.h"

/* Parses options and loads the project; 0 or an exit code. */
static int setup(const char *name, int argc, char **argv, struct cli_args *a, struct rdb_project *p)
{
	struct rdb_error err;
	int rc = cli_parse(cli_find_command(name), argc, argv, a);
	if (rc)
		return rc;
	if (a->npos) {
		cli_errorf("rdb %s takes no arguments (got '%s')", name, a->pos[0]);
		return EXIT_USAGE;
	}
	if (rdb_project_load(p, cli.config_path, cli_value(a, "schema"), &err) < 0)
		return cli_report(&err);
	return 0;
}

static struct localdb_opts opts_of(const struct cli_args *a, const struct rdb_project *p)
{
	struct localdb_opts o = {p->root, cli_flag(a, "docker"), cli_value(a, "image"), 30};
	const char *t = cli_value(a, "timeout");
	if (t)
		o.wait_s = atoi(t);
	return o;
}

int cmd_db_start(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db start", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	if (cli_value(&a, "image") && !cli_flag(&a, "docker")) {
		cli_errorf("--image only applies with --docker");
		rc = EXIT_USAGE;
		goto out;
	}
	o = opts_of(&a, &p);
	if (localdb_start(&o, &info, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (info.already_running)
		printf("The local database is already running on 127.0.0.1:%d (pid %ld).\n", info.port, info.pid);
	else if (info.docker)
		printf("Started PostgreSQL in Docker on 127.0.0.1:%d.\n", info.port);
	else
		printf("Started PostgreSQL on 127.0.0.1:%d (socket in %s, data in %s).\n", info.port, info.socket_dir,
		       info.dir);
	printf("DATABASE_URL=\"%s\"\n", info.url);
	rc = 0;
out:
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_stop(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db stop", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (!localdb_exists(p.root)) {
		printf("This project has no local database.\n");
	} else if (localdb_stop(&o, &err) < 0) {
		rc = cli_report(&err);
	} else {
		printf("The local database is stopped.\n");
	}
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_status(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db status", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_status(&o, &info, &err) < 0) {
		printf("No local database: %s.\n", err.message);
		rc = 1;
	} else if (info.running) {
		printf("running: PostgreSQL%s%s%s on 127.0.0.1:%d", info.version[0] ? " " : "", info.version,
		       info.docker ? " in Docker" : "", info.port);
		if (info.pid)
			printf(" (pid %ld)", info.pid);
		if (info.docker)
			printf("\ndata: in the container; settings in %s", info.dir);
		else
			printf("\ndata: %s", info.dir);
		printf("\nDATABASE_URL=\"%s\"\n", info.url);
	} else if (info.docker) {
		printf("stopped (the data stays in its Docker container); start it with 'rdb db start'\n");
		rc = 1;
	} else {
		printf("stopped (data in %s); start it with 'rdb db start'\n", info.dir);
		rc = 1;
	}
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_url(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db url", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_status(&o, &info, &err) < 0)
		rc = cli_report(&err);
	else
		printf("%s\n", info.url);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_wait(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db wait", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_wait(&o, &info, &err) < 0)
		rc = cli_report(&err);
	else
		printf("The local database accepts connections on 127.0.0.1:%d.\n", info.port);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_execute(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct pg_target t;
	struct strbuf sql = STRBUF_INIT;
	struct rdb_error err;
	PGconn *c = NULL;
	const char *file;
	int rc = setup("db execute", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	file = cli_value(&a, "file");
	if (!!file == cli_flag(&a, "stdin")) {
		cli_errorf("rdb db execute needs exactly one of --file FILE or --stdin");
		rc = EXIT_USAGE;
		goto out;
	}
	if (file ? fs_read_file(file, &sql) < 0 : fs_read_file("/dev/stdin", &sql) < 0) {
		cli_errorf("cannot read %s: %s", file ? file : "standard input", strerror(errno));
		rc = 1;
		goto out;
	}
	rc = cli_open_database(&p, cli_value(&a, "url"), false, true, &t, &c);
	if (rc)
		goto out;
	if (pg_exec(c, sql.buf, &err) < 0) {
		rc = cli_report(&err);
	} else {
		printf("Script executed successfully.\n");
	}
	PQfinish(c);
	pg_target_release(&t);
out:
	strbuf_release(&sql);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

/*
 * rdb db pull: introspect the database and rewrite the schema file with
 * the models and enums found there, keeping the datasource and generator
 * blocks (and, without --force, the names of what still matches).
 */
static void print_pull_warnings(const struct introspect_result *r)
{
	struct strbuf w = STRBUF_INIT;
	const char *p;
	introspect_warnings_render(r, &w);
	if (!w.len)
		goto out;
	/*
	 * Prisma prints the engine's warnings as // comments after two blank
	 * lines, one comment line per line, the last one empty.
	 */
	fputs("\n\n", stderr);
	for (p = w.buf;; p++) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		fprintf(stderr, "// %.*s\n", (int)n, p);
		if (!nl)
			break;
		p = nl;
	}
out:
	strbuf_release(&w);
}

/*
 * --print: one file as Prisma prints it (the engine's text, a newline, and
 * console.log's); several as "// path" (relative to the working folder)
 * before each text and a newline after it, sorted as Node sorts strings.
 */
static void print_pulled(const struct introspect_result *r)
{
	if (r->files.len == 1) {
		fwrite(r->files.items[0].text.buf, 1, r->files.items[0].text.len, stdout);
		fputs("\n\n", stdout);
		return;
	}
	char *cwd = getcwd(NULL, 0);
	for (size_t i = 0; i < r->files.len; i++) {
		const struct introspect_file *f = &r->files.items[i];
		char *rel = cwd && f->path[0] == '/' ? fs_relpath(cwd, f->path) : NULL;
		printf("// %s\n", rel ? rel : f->path);
		fwrite(f->text.buf, 1, f->text.len, stdout);
		fputc('\n', stdout);
		free(rel);
	}
	free(cwd);
	fputc('\n', stdout);
}

/*
 * Writes every pulled file. With --force Prisma replaces all the schema's
 * files with one; here the new files are written (atomically) first and
 * only then are the old ones not among them removed, so a failed write
 * leaves the schema as it was.
 */
static int write_pulled(const struct psl_schema *s, const struct introspect_result *r, bool force)
{
	for (size_t i = 0; i < r->files.len; i++) {
		const struct introspect_file *f = &r->files.items[i];
		if (fs_write_file_atomic(f->path, f->text.buf, f->text.len) < 0) {
			cli_errorf("cannot write %s: %s", f->path, strerror(errno));
			return -1;
		}
	}
	for (size_t i = 0; force && s->src.files.len > 1 && i < s->src.files.len; i++) {
		const char *old = s->src.files.items[i].path;
		bool kept = false;
		for (size_t k = 0; k < r->files.len && !kept; k++)
			kept = !strcmp(r->files.items[k].path, old);
		if (!kept && unlink(old) < 0 && errno != ENOENT) {
			cli_errorf("cannot remove %s: %s", old, strerror(errno));
			return -1;
		}
	}
	return 0;
}

int cmd_db_pull(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	struct arena arena;
	struct rs_schema *rs = NULL;
	struct pg_target t;
	struct sql_schema *db = NULL;
	struct introspect_result r;
	struct rdb_error err;
	PGconn *c = NULL;
	const char **nss = NULL;
	size_t nns = 0;
	bool print, force;
	const char *file;
	char *new_file = NULL;
	int rc = setup("db pull", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	print = cli_flag(&a, "print");
	force = cli_flag(&a, "force");
	psl_schema_init(&s);
	arena_init(&arena);
	introspect_result_init(&r);
	if (rdb_project_read_schema(&p, &s, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	file = s.src.files.items[0].path;
	psl_schema_validate(&s);
	if (s.src.errors.len) {
		struct strbuf d = STRBUF_INIT;
		psl_render_all(&d, &s.src, cli.color_err, PSL_RENDER_RDB, NULL);
		fwrite(d.buf, 1, d.len, stderr);
		strbuf_release(&d);
		cli_errorf("%s has %zu error%s; fix them before pulling (the datasource block is kept)", file,
			   s.src.errors.len, s.src.errors.len == 1 ? "" : "s");
		rc = 1;
		goto out;
	}
	if (!psl_config_datasource(s.config)) {
		cli_errorf("%s has no datasource block; add one: datasource db { provider = \"postgresql\" }", file);
		rc = 1;
		goto out;
	}
	rs = rs_build(&s, &arena);
	if (!rs || rs->provider != RS_POSTGRESQL) {
		cli_errorf("rdb db pull supports PostgreSQL only (the datasource's provider is %s)",
			   rs ? rs->provider_name : "unknown");
		rc = 1;
		goto out;
	}
	rc = cli_open_database(&p, cli_value(&a, "url"), false, print, &t, &c);
	if (rc)
		goto out;
	if (rs->nschemas) {
		nss = (const char **)rs->schemas;
		nns = rs->nschemas;
	} else {
		nss = (const char **)&t.schema;
		nns = 1;
	}
	{
		struct pg_describe_opts dopts = {nss, nns, false, false};
		struct introspect_opts io = {force ? NULL : rs, s.config, &s, NULL};
		/* new models of a multi-file schema go to introspected.prisma in the schema's folder */
		new_file = p.schema_is_dir ? fs_join(p.schema_path, "introspected.prisma") : NULL;
		io.new_file = new_file;
		if (pg_describe(c, &dopts, &db, &err) < 0 || introspect_schema(db, &io, &r, &err) < 0) {
			rc = cli_report(&err);
			goto out_db;
		}
	}
	if (r.empty) {
		fprintf(stderr, "\nError: \nP4001 The introspected database was empty:\n\n"
				"prisma db pull could not create any models in your schema.prisma file and you will not be "
				"able to generate Prisma Client with the prisma generate command.\n\n"
				"To fix this, you have two options:\n\n"
				"- manually create a table in your database.\n"
				"- make sure the database connection URL inside the datasource block in schema.prisma "
				"points to a database that is not empty (it must contain at least one table).\n\n"
				"Then you can run prisma db pull again.\n\n");
		rc = 1;
		goto out_db;
	}
	if (print) {
		print_pulled(&r);
		print_pull_warnings(&r);
	} else {
		if (write_pulled(&s, &r, force) < 0) {
			rc = 1;
			goto out_db;
		}
		printf("Introspected %zu model%s and wrote %s into %s\n", r.nmodels, r.nmodels == 1 ? "" : "s",
		       r.nmodels == 1 ? "it" : "them", r.files.len == 1 && !p.schema_is_dir ? file : p.schema_path);
		{
			struct strbuf w = STRBUF_INIT;
			introspect_warnings_render(&r, &w);
			if (w.len)
				printf("\n%s", w.buf);
			strbuf_release(&w);
		}
	}
	rc = 0;
out_db:
	sql_schema_free(db);
	PQfinish(c);
	pg_target_release(&t);
out:
	free(new_file);
	introspect_result_release(&r);
	arena_free(&arena);
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}
