/* cmd_diff.c: rdb migrate diff and rdb db push. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "dbconn.h"
#include "diffsrc.h"
#include "migrate/deploy.h"
#include "migrate/history.h"
#include "migrate/sqlsplit.h"
#include "util/fs.h"

#define DEFAULT_PUSH_LOCK_MS 10000

/* The source kinds, each with its Prisma 7 name and Prisma 6 aliases. */
enum src_kind { SRC_EMPTY, SRC_SCHEMA, SRC_MIGRATIONS, SRC_CONFIG, SRC_URL, SRC_SCHEMA_DATASOURCE };
static const struct {
	const char *suffix;
	enum src_kind kind;
} src_opts[] = {
	{"empty", SRC_EMPTY},
	{"schema", SRC_SCHEMA},
	{"schema-datamodel", SRC_SCHEMA},
	{"migrations", SRC_MIGRATIONS},
	{"config-datasource", SRC_CONFIG},
	{"url", SRC_URL},
	{"schema-datasource", SRC_SCHEMA_DATASOURCE},
};

struct src_choice {
	int count;
	enum src_kind kind;
	const char *value;
};

static void choose(const struct cli_args *a, const char *dir, struct src_choice *c)
{
	char name[64];
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < ARRAY_SIZE(src_opts); i++) {
		const char *v;
		snprintf(name, sizeof(name), "%s-%s", dir, src_opts[i].suffix);
		v = cli_value(a, name);
		if (!v)
			continue;
		c->count++;
		c->kind = src_opts[i].kind;
		c->value = v;
	}
}

/* The database the project's configuration names (rdb.toml / $DATABASE_URL / local). */
static int config_url(const char *schema_flag, const char *url_flag, char **url, bool quiet)
{
	struct rdb_project p;
	struct rdb_error err;
	int rc;
	*url = NULL;
	if (rdb_project_load(&p, cli.config_path, schema_flag, &err) < 0) {
		if (quiet)
			return 1;
		return cli_report(&err);
	}
	if (quiet && !url_flag && !(getenv(p.url_env) && *getenv(p.url_env)) && !p.local) {
		rdb_project_release(&p);
		return 1;
	}
	rc = cli_database_url(&p, url_flag, url);
	rdb_project_release(&p);
	return rc;
}

static char *shadow_url_from_env(const char *schema_flag)
{
	struct rdb_project p;
	struct rdb_error err;
	char *r = NULL;
	if (rdb_project_load(&p, cli.config_path, schema_flag, &err) < 0)
		return NULL;
	if (p.shadow_url_env && getenv(p.shadow_url_env) && *getenv(p.shadow_url_env))
		r = xstrdup(getenv(p.shadow_url_env));
	rdb_project_release(&p);
	return r;
}

static int open_side(const struct cli_args *a, const struct src_choice *c, struct diff_src *d)
{
	char *url = NULL;
	int rc = 0;
	switch (c->kind) {
	case SRC_EMPTY:
		return 0;
	case SRC_SCHEMA:
		return diff_src_schema(d, c->value);
	case SRC_URL:
		return diff_src_url(d, c->value);
	case SRC_CONFIG:
		rc = config_url(cli_value(a, "schema"), cli_value(a, "url"), &url, false);
		if (!rc)
			rc = diff_src_url(d, url);
		break;
	case SRC_SCHEMA_DATASOURCE: {
		struct diff_src tmp;
		diff_src_init(&tmp);
		rc = diff_src_schema(&tmp, c->value);
		if (!rc && !(url = schema_datasource_url(&tmp.s)))
			rc = config_url(c->value, NULL, &url, false);
		diff_src_release(&tmp);
		if (!rc)
			rc = diff_src_url(d, url);
		break;
	}
	case SRC_MIGRATIONS: {
		const char *shadow = cli_value(a, "shadow-database-url");
		char *env_shadow = shadow ? NULL : shadow_url_from_env(cli_value(a, "schema"));
		if (!shadow && !env_shadow && config_url(cli_value(a, "schema"), cli_value(a, "url"), &url, true))
			url = NULL; /* no server configured: diff_src_migrations says what to do */
		rc = diff_src_migrations(d, c->value, shadow ? shadow : env_shadow, url);
		free(env_shadow);
		break;
	}
	}
	free(url);
	return rc;
}

static const char *side_namespace(const struct diff_src *d)
{
	if (d->side.kind == PG_DIFF_DATABASE && d->has_target && !d->has_shadow)
		return d->t.schema;
	if (d->has_shadow)
		return d->sh.t.schema;
	return NULL;
}

int cmd_migrate_diff(int argc, char **argv)
{
	struct cli_args a;
	struct src_choice from, to;
	struct diff_src df, dt;
	struct pg_diff_result res;
	struct rdb_error err;
	struct pg_diff_opts o = {0};
	struct strbuf *text;
	const char *output;
	int rc = cli_parse(cli_find_command("migrate diff"), argc, argv, &a);
	diff_src_init(&df);
	diff_src_init(&dt);
	pg_diff_result_init(&res);
	if (rc)
		goto out;
	if (a.npos) {
		cli_errorf("rdb migrate diff takes no arguments (got '%s')", a.pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	choose(&a, "from", &from);
	choose(&a, "to", &to);
	if (from.count != 1 || to.count != 1) {
		if (from.count != 1)
			cli_errorf("%d `--from-...` parameter(s) provided. 1 must be provided.", from.count);
		if (to.count != 1)
			cli_errorf("%d `--to-...` parameter(s) provided. 1 must be provided.", to.count);
		fprintf(stderr, "%shint:%s for example: rdb migrate diff --from-empty --to-schema prisma --script\n",
			cli_bold(true), cli_reset(true));
		rc = EXIT_USAGE;
		goto out;
	}
	if ((rc = open_side(&a, &from, &df)) || (rc = open_side(&a, &to, &dt)))
		goto out;
	o.default_namespace = side_namespace(&df) ? side_namespace(&df) : side_namespace(&dt);
	o.prisma7 = true;
	o.warnings = PG_DIFF_NO_WARNINGS;
	if (pg_diff(&df.side, &dt.side, &o, &res, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	text = cli_flag(&a, "script") ? &res.script : &res.summary;
	/* the engine ends its output with a newline, and Prisma's CLI prints it with one more */
	if (!text->len || text->buf[text->len - 1] != '\n')
		strbuf_addch(text, '\n');
	strbuf_addch(text, '\n');
	output = cli_value(&a, "output");
	if (output) {
		if (fs_write_file_atomic(output, text->buf, text->len) < 0) {
			cli_errorf("cannot write %s: %s", output, strerror(errno));
			rc = 1;
			goto out;
		}
	} else {
		fwrite(text->buf, 1, text->len, stdout);
	}
	rc = cli_flag(&a, "exit-code") && res.nsteps ? 2 : 0;
out:
	pg_diff_result_release(&res);
	diff_src_release(&df);
	diff_src_release(&dt);
	free(a.pos);
	return rc;
}

/* Runs a push script: one transaction, unless a statement cannot run in one. */
static int run_script(PGconn *c, const char *sql, size_t len, struct rdb_error *err)
{
	bool explicit_tx;
	const char *why = pg_script_autocommit_reason(sql, len, &explicit_tx);
	struct strbuf sb = STRBUF_INIT;
	int rc = 0;
	if (!why) {
		strbuf_addstr(&sb, "BEGIN;\n");
		strbuf_add(&sb, sql, len);
		strbuf_addstr(&sb, "\nCOMMIT;");
		rc = pg_exec(c, sb.buf, err);
		if (rc < 0) {
			struct rdb_error ignored;
			pg_exec(c, "ROLLBACK", &ignored);
		}
	} else {
		sql_stmt_list stmts = {0};
		sql_split_pg(sql, len, &stmts);
		for (size_t i = 0; i < stmts.len && !rc; i++) {
			strbuf_reset(&sb);
			strbuf_add(&sb, sql + stmts.items[i].start, stmts.items[i].len);
			rc = pg_exec(c, sb.buf, err);
		}
		vec_free(&stmts);
	}
	strbuf_release(&sb);
	return rc;
}

int cmd_db_push(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct diff_src schema;
	struct pg_target t = {0};
	PGconn *c = NULL;
	struct pg_diff_result res;
	struct rdb_error err;
	bool reset = false, have_project = false;
	struct timespec t0, t1;
	int rc = cli_parse(cli_find_command("db push"), argc, argv, &a);
	diff_src_init(&schema);
	pg_diff_result_init(&res);
	if (rc)
		goto out;
	if (a.npos) {
		cli_errorf("rdb db push takes no arguments (got '%s')", a.pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	if (rdb_project_load(&p, cli.config_path, cli_value(&a, "schema"), &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	have_project = true;
	printf("Prisma schema loaded from %s\n", p.schema_path);
	if ((rc = diff_src_schema(&schema, cli_value(&a, "schema"))))
		goto out;
	if ((rc = cli_open_database(&p, cli_value(&a, "url"), true, false, &t, &c)))
		goto out;
	if (history_lock(c, DEFAULT_PUSH_LOCK_MS, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (cli_flag(&a, "force-reset")) {
		if (migrate_reset_schema(c, t.schema, &err) < 0) {
			rc = cli_report(&err);
			goto out_unlock;
		}
		printf("The PostgreSQL database \"%s\" schema \"%s\" at \"%s\" was successfully reset.\n", t.database,
		       t.schema, t.location);
		reset = true;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	{
		struct pg_diff_side db = {PG_DIFF_DATABASE, NULL, c};
		struct pg_diff_opts o = {t.schema, true, PG_DIFF_DB_WARNINGS, c, NULL};
		if (pg_diff(&db, &schema.side, &o, &res, &err) < 0) {
			rc = cli_report(&err);
			goto out_unlock;
		}
	}
	if (res.diagnostics.unexecutable.len) {
		printf("\n%s⚠️ We found changes that cannot be executed:%s\n\n", cli_bold(false), cli_reset(false));
		for (size_t i = 0; i < res.diagnostics.unexecutable.len; i++)
			printf("  • %s\n", res.diagnostics.unexecutable.items[i].description);
		printf("\nYou may use the --force-reset flag to drop the database before push like rdb db push "
		       "--force-reset\n%sAll data will be lost.%s\n",
		       cli_bold(false), cli_reset(false));
		rc = 1;
		goto out_unlock;
	}
	if (res.diagnostics.warnings.len) {
		printf("\n%s⚠️  There might be data loss when applying the changes:%s\n\n", cli_bold(false), cli_reset(false));
		for (size_t i = 0; i < res.diagnostics.warnings.len; i++)
			printf("  • %s\n\n", res.diagnostics.warnings.items[i].description);
		if (!cli_flag(&a, "accept-data-loss")) {
			if (!isatty(STDIN_FILENO)) {
				cli_errorf("Use the --accept-data-loss flag to ignore the data loss warnings like rdb db push "
					   "--accept-data-loss");
				rc = 1;
				goto out_unlock;
			}
			if (!cli_confirm("Do you want to ignore the warning(s)?")) {
				printf("Push cancelled.\n");
				rc = 130;
				goto out_unlock;
			}
		}
	}
	if (res.nsteps && run_script(c, res.script.buf, res.script.len, &err) < 0) {
		rc = cli_report(&err);
		goto out_unlock;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!reset && !res.nsteps)
		printf("\nThe database is already in sync with the Prisma schema.\n");
	else
		printf("\n%sYour database is now in sync with your Prisma schema.%s Done in %ldms\n", cli_green(false),
		       cli_reset(false),
		       (long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000));
	rc = 0;
out_unlock:
	history_unlock(c);
out:
	if (c)
		PQfinish(c);
	pg_target_release(&t);
	pg_diff_result_release(&res);
	diff_src_release(&schema);
	if (have_project)
		rdb_project_release(&p);
	free(a.pos);
	return rc;
}
