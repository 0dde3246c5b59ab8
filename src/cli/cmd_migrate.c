/* cmd_migrate.c: rdb migrate deploy|status|resolve. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "dbconn.h"
#include "migrate/deploy.h"
#include "localdb/localdb.h"
#include "migrate/folders.h"
#include "migrate/lint.h"

#define DEFAULT_LOCK_TIMEOUT_MS 10000 /* Prisma's advisory lock timeout */

struct migrate_ctx {
	struct cli_args a;
	struct rdb_project p;
	struct migrations m;
	struct pg_target t;
	PGconn *c;
	struct deploy_opts o;
};

static void ctx_release(struct migrate_ctx *x)
{
	if (x->c)
		PQfinish(x->c);
	pg_target_release(&x->t);
	migrations_release(&x->m);
	rdb_project_release(&x->p);
	free(x->a.pos);
}

/* Options, project, migrations folder, provider check, connection. */
static int setup(const char *name, int argc, char **argv, struct migrate_ctx *x, bool create, size_t max_pos)
{
	struct rdb_error err;
	const char *lt;
	char *provider;
	int rc;
	memset(x, 0, sizeof(*x));
	rc = cli_parse(cli_find_command(name), argc, argv, &x->a);
	if (rc)
		return rc;
	if ((size_t)x->a.npos > max_pos) {
		cli_errorf("rdb %s: unexpected argument '%s'", name, x->a.pos[max_pos]);
		return EXIT_USAGE;
	}
	lt = cli_value(&x->a, "lock-timeout");
	x->o.lock_timeout_ms = DEFAULT_LOCK_TIMEOUT_MS;
	if (lt) {
		char *end;
		long v = strtol(lt, &end, 10);
		if (*end || v < 0 || v > 86400000) {
			cli_errorf("--lock-timeout takes milliseconds (0 waits forever), got '%s'", lt);
			return EXIT_USAGE;
		}
		x->o.lock_timeout_ms = (int)v;
	}
	if (rdb_project_load(&x->p, cli.config_path, cli_value(&x->a, "schema"), &err) < 0)
		return cli_report(&err);
	if (migrations_load(&x->m, x->p.migrations_dir, &err) < 0)
		return cli_report(&err);
	provider = cli_schema_provider(&x->p);
	if (strcmp(provider, "postgresql")) {
		cli_errorf("rdb migrate supports PostgreSQL for now; the schema's datasource provider is %s", provider);
		free(provider);
		return 1;
	}
	if (migrations_check_provider(&x->m, provider, &err) < 0) {
		free(provider);
		return cli_report(&err);
	}
	free(provider);
	rc = cli_open_database(&x->p, cli_value(&x->a, "url"), create, false, &x->t, &x->c);
	if (rc)
		return rc;
	x->o.schema = x->t.schema;
	return 0;
}

static void print_found(const struct migrations *m)
{
	printf("%zu migration%s found in %s\n", m->items.len, m->items.len == 1 ? "" : "s", m->dir);
}

static void on_event(void *ctx, enum migrate_event ev, const char *name, const char *detail)
{
	(void)ctx;
	switch (ev) {
	case MIGRATE_APPLYING:
		if (detail)
			printf("Applying migration `%s` without a transaction: %s\n", name, detail);
		else
			printf("Applying migration `%s`\n", name);
		break;
	case MIGRATE_APPLIED:
		break;
	case MIGRATE_WARNING:
		fprintf(stderr, "%swarning:%s %s\n", cli_yellow(true), cli_reset(true), detail);
		break;
	}
	fflush(stdout);
}

static void on_down_event(void *ctx, enum migrate_event ev, const char *name, const char *detail)
{
	(void)ctx;
	if (ev == MIGRATE_APPLYING)
		printf("Rolling back migration `%s`%s%s\n", name, detail ? " without a transaction: " : "",
		       detail ? detail : "");
	else if (ev == MIGRATE_WARNING)
		fprintf(stderr, "%swarning:%s %s\n", cli_yellow(true), cli_reset(true), detail);
	fflush(stdout);
}

void cli_print_migration_tree(const char *dir, const struct name_list *names)
{
	const char *base = strrchr(dir, '/');
	printf("%s/\n", base ? base + 1 : dir);
	for (size_t i = 0; i < names->names.len; i++)
		printf("  └─ %s/\n    └─ migration.sql\n", names->names.items[i]);
}

int cmd_migrate_deploy(int argc, char **argv)
{
	struct migrate_ctx x;
	struct name_list applied = {0};
	struct rdb_error err;
	struct migrate_reporter rep = {on_event, NULL};
	int rc = setup("migrate deploy", argc, argv, &x, true, 0);
	if (rc)
		goto out;
	print_found(&x.m);
	printf("\n");
	if (migrate_deploy(x.c, &x.m, &x.o, &rep, &applied, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (!applied.names.len) {
		printf("No pending migrations to apply.\n");
	} else {
		printf("\nThe following migration(s) have been applied:\n\n");
		cli_print_migration_tree(x.m.dir, &applied);
		printf("\nAll migrations have been successfully applied.\n");
	}
out:
	name_list_release(&applied);
	ctx_release(&x);
	return rc;
}

static void print_names(const char *title, const struct name_list *l)
{
	printf("%s\n", title);
	for (size_t i = 0; i < l->names.len; i++)
		printf("%s\n", l->names.items[i]);
}

int cmd_migrate_status(int argc, char **argv)
{
	struct migrate_ctx x;
	struct status_report s = {0};
	struct rdb_error err;
	int rc = setup("migrate status", argc, argv, &x, false, 0);
	if (rc)
		goto out;
	if (migrate_status(x.c, &x.m, &s, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	print_found(&x.m);
	if (s.edited.names.len) {
		for (size_t i = 0; i < s.edited.names.len; i++)
			fprintf(stderr, "%swarning:%s migration `%s` was modified after it was applied\n",
				cli_yellow(true), cli_reset(true), s.edited.names.items[i]);
	}
	if (s.failed.names.len) {
		print_names("Following migration have failed:", &s.failed);
		printf("\nDuring development if the failed migration(s) have not been deployed to a production database you can then fix the migration(s) and run rdb migrate dev.\n\n"
		       "The failed migration(s) can be marked as rolled back or applied:\n\n"
		       "- If you rolled back the migration(s) manually:\nrdb migrate resolve --rolled-back \"%s\"\n\n"
		       "- If you fixed the database manually (hotfix):\nrdb migrate resolve --applied \"%s\"\n\n"
		       "Read more about how to resolve migration issues in a production database:\nhttps://pris.ly/d/migrate-resolve\n",
		       s.failed.names.items[0], s.failed.names.items[0]);
		rc = 1;
	} else if (s.unapplied.names.len && s.db_only.names.len) {
		printf("Your local migration history and the migrations table from your database are different:\n\n");
		if (s.last_common)
			printf("The last common migration is: %s\n\n", s.last_common);
		print_names("The migration have not yet been applied:", &s.unapplied);
		printf("\n");
		print_names("The migration from the database are not found locally in prisma/migrations:", &s.db_only);
		rc = 1;
	} else if (s.unapplied.names.len) {
		print_names("Following migration have not yet been applied:", &s.unapplied);
		printf("\nTo apply migrations in development run rdb migrate dev.\nTo apply migrations in production run rdb migrate deploy.\n");
		rc = 1;
	} else if (s.db_only.names.len) {
		print_names("The following migration(s) are applied to the database but missing from the local migrations directory:",
			    &s.db_only);
		rc = 1;
	} else if (!x.m.items.len) {
		printf("No migration found in %s\n", x.m.dir);
	} else {
		printf("\nDatabase schema is up to date!\n");
	}
out:
	status_report_release(&s);
	ctx_release(&x);
	return rc;
}

int cmd_migrate_resolve(int argc, char **argv)
{
	struct migrate_ctx x;
	struct rdb_error err;
	const char *applied, *rolled;
	int rc = setup("migrate resolve", argc, argv, &x, false, 0);
	if (rc)
		goto out;
	applied = cli_value(&x.a, "applied");
	rolled = cli_value(&x.a, "rolled-back");
	if (!!applied == !!rolled) {
		cli_errorf("rdb migrate resolve needs exactly one of --applied NAME or --rolled-back NAME");
		rc = EXIT_USAGE;
		goto out;
	}
	if (applied) {
		if (migrate_resolve_applied(x.c, &x.m, applied, &x.o, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
		printf("Migration %s marked as applied.\n", applied);
	} else {
		if (migrate_resolve_rolled_back(x.c, rolled, &x.o, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
		printf("Migration %s marked as rolled back.\n", rolled);
	}
out:
	ctx_release(&x);
	return rc;
}

/* Runs the project's seed command with the database URL in the environment. */
int cli_run_seed(const struct rdb_project *p, const struct pg_target *t, bool required)
{
	pid_t pid;
	int status;
	char *url;
	if (!p->seed_command) {
		if (!required)
			return 0;
		cli_errorf("no seed command is configured");
		fprintf(stderr, "%shint:%s add to rdb.toml:\n[seed]\ncommand = \"./build/seed\"\n", cli_bold(true),
			cli_reset(true));
		return 1;
	}
	url = pg_target_url_with_database(t, t->database);
	printf("Running seed command `%s` ...\n", p->seed_command);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		setenv(p->url_env, url, 1);
		if (strcmp(p->root, ".") && chdir(p->root) < 0)
			_exit(126);
		execl("/bin/sh", "sh", "-c", p->seed_command, (char *)NULL);
		_exit(127);
	}
	free(url);
	if (pid < 0 || waitpid(pid, &status, 0) < 0) {
		cli_errorf("cannot run the seed command: %s", strerror(errno));
		return 1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		cli_errorf("the seed command `%s` failed (exit status %d)", p->seed_command,
			   WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
		return 1;
	}
	printf("\nThe seed command has been executed.\n");
	return 0;
}

bool cli_confirm(const char *question)
{
	char answer[16];
	if (!isatty(STDIN_FILENO))
		return false;
	printf("%s (y/N) ", question);
	fflush(stdout);
	if (!fgets(answer, sizeof(answer), stdin))
		return false;
	return answer[0] == 'y' || answer[0] == 'Y';
}

int cmd_migrate_reset(int argc, char **argv)
{
	struct migrate_ctx x;
	struct name_list applied = {0};
	struct rdb_error err;
	struct migrate_reporter rep = {on_event, NULL};
	int rc = setup("migrate reset", argc, argv, &x, true, 0);
	if (rc)
		goto out;
	if (!cli_flag(&x.a, "force")) {
		if (!isatty(STDIN_FILENO)) {
			cli_errorf("rdb migrate reset deletes all data in schema \"%s\"; it asks for confirmation, and "
				   "standard input is not a terminal",
				   x.t.schema);
			fprintf(stderr, "%shint:%s pass --force to reset without asking\n", cli_bold(true), cli_reset(true));
			rc = 1;
			goto out;
		}
		if (!cli_confirm("Are you sure you want to reset your database? All data will be lost.")) {
			printf("Reset cancelled.\n");
			rc = 1;
			goto out;
		}
	}
	if (history_lock(x.c, x.o.lock_timeout_ms, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	rc = migrate_reset_schema(x.c, x.t.schema, &err);
	history_unlock(x.c);
	if (rc < 0) {
		rc = cli_report(&err);
		goto out;
	}
	printf("Database reset successful\n\n");
	if (migrate_deploy(x.c, &x.m, &x.o, &rep, &applied, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (applied.names.len) {
		printf("\nThe following migration(s) have been applied:\n\n");
		cli_print_migration_tree(x.m.dir, &applied);
	}
	if (!cli_flag(&x.a, "skip-seed"))
		rc = cli_run_seed(&x.p, &x.t, false);
out:
	name_list_release(&applied);
	ctx_release(&x);
	return rc;
}

int cmd_migrate_down(int argc, char **argv)
{
	struct migrate_ctx x;
	struct name_list rolled = {0};
	struct rdb_error err;
	struct migrate_reporter rep = {on_down_event, NULL};
	int rc = setup("migrate down", argc, argv, &x, false, 0);
	if (rc)
		goto out;
	if (migrate_down(x.c, &x.m, cli_value(&x.a, "to"), &x.o, &rep, &rolled, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	printf("\nRolled back %zu migration%s. 'rdb migrate deploy' applies %s again.\n", rolled.names.len,
	       rolled.names.len == 1 ? "" : "s", rolled.names.len == 1 ? "it" : "them");
out:
	name_list_release(&rolled);
	ctx_release(&x);
	return rc;
}

int cmd_db_seed(int argc, char **argv)
{
	struct migrate_ctx x;
	int rc = setup("db seed", argc, argv, &x, false, 0);
	if (!rc)
		rc = cli_run_seed(&x.p, &x.t, true);
	ctx_release(&x);
	return rc;
}

int cmd_migrate_lint(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct migrations m;
	struct lint_report r;
	struct rdb_error err;
	struct pg_target t = {0};
	PGconn *c = NULL;
	struct history h = {0};
	size_t linted = 0;
	bool use_db;
	int rc = cli_parse(cli_find_command("migrate lint"), argc, argv, &a);
	if (rc) {
		free(a.pos);
		return rc;
	}
	lint_report_init(&r);
	memset(&m, 0, sizeof(m));
	if (rdb_project_load(&p, cli.config_path, cli_value(&a, "schema"), &err) < 0) {
		rc = cli_report(&err);
		goto out_nop;
	}
	if (migrations_load(&m, p.migrations_dir, &err) < 0 || migrations_check_complete(&m, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	for (int i = 0; i < a.npos; i++) {
		if (!migrations_find(&m, a.pos[i])) {
			cli_errorf("no migration named '%s' in %s", a.pos[i], m.dir);
			rc = 1;
			goto out;
		}
	}
	/* A database makes the checks exact; without one they assume the worst. */
	use_db = !cli_flag(&a, "no-db") &&
		 (cli_value(&a, "url") || (getenv(p.url_env) && *getenv(p.url_env)) || p.local || localdb_exists(p.root));
	if (use_db) {
		rc = cli_open_database(&p, cli_value(&a, "url"), false, true, &t, &c);
		if (rc)
			goto out;
		if (history_load(c, &h, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
	} else {
		fprintf(stderr, "note: no database to compare with; checks assume tables have rows\n");
	}
	for (size_t i = 0; i < m.items.len; i++) {
		const struct migration_dir *md = &m.items.items[i];
		bool chosen = false;
		if (a.npos) {
			for (int k = 0; k < a.npos; k++)
				chosen |= !strcmp(a.pos[k], md->name);
		} else {
			/* default: what the database has not applied yet (everything without one) */
			chosen = cli_flag(&a, "all") || !c || !history_find_live(&h, md->name);
		}
		if (!chosen)
			continue;
		if (lint_migration(&r, md, c, c ? t.schema : NULL, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
		linted++;
	}
	for (size_t i = 0; i < r.findings.len; i++) {
		const struct lint_finding *f = &r.findings.items[i];
		bool e = f->severity == LINT_ERROR;
		printf("%s/%s/migration.sql:%u: %s%s%s[%s]: %s\n", m.dir, f->migration, f->line, e ? cli_red(false) : cli_yellow(false),
		       e ? "error" : "warning", cli_reset(false), f->rule, f->message);
		if (f->hint)
			printf("  hint: %s\n", f->hint);
	}
	printf("%zu error%s, %zu warning%s in %zu migration%s\n", r.errors, r.errors == 1 ? "" : "s", r.warnings,
	       r.warnings == 1 ? "" : "s", linted, linted == 1 ? "" : "s");
	rc = r.errors ? 1 : 0;
out:
	history_release(&h);
	if (c)
		PQfinish(c);
	pg_target_release(&t);
	migrations_release(&m);
	rdb_project_release(&p);
out_nop:
	lint_report_release(&r);
	free(a.pos);
	return rc;
}
