/*
 * cmd_dev.c: rdb migrate dev, Prisma's development loop: replay the history
 * into the shadow database, look for drift and broken history, apply what
 * is pending, then write (and apply) a migration for what the schema adds.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "dbconn.h"
#include "diffsrc.h"
#include "migrate/deploy.h"
#include "migrate/history.h"
#include "util/fs.h"

#define DEFAULT_LOCK_TIMEOUT_MS 10000

struct dev {
	struct cli_args a;
	struct rdb_project p;
	struct migrations m;
	struct diff_src schema;
	struct pg_target t;
	PGconn *c;
	bool locked;
	struct shadow sh;
	bool has_shadow;
	struct history h;
	int lock_timeout_ms;
};

static void dev_release(struct dev *d)
{
	if (d->locked)
		history_unlock(d->c);
	if (d->has_shadow)
		shadow_close(&d->sh);
	history_release(&d->h);
	if (d->c)
		PQfinish(d->c);
	pg_target_release(&d->t);
	diff_src_release(&d->schema);
	migrations_release(&d->m);
	rdb_project_release(&d->p);
	free(d->a.pos);
}

static void on_event(void *ctx, enum migrate_event ev, const char *name, const char *detail)
{
	(void)ctx;
	if (ev == MIGRATE_APPLYING)
		printf("Applying migration `%s`%s%s\n", name, detail ? " without a transaction: " : "", detail ? detail : "");
	else if (ev == MIGRATE_WARNING)
		fprintf(stderr, "%swarning:%s %s\n", cli_yellow(true), cli_reset(true), detail);
	fflush(stdout);
}

static const struct migration_record *db_record(const struct history *h, const char *name)
{
	for (size_t i = 0; i < h->rows.len; i++)
		if (!strcmp(h->rows.items[i].name, name))
			return &h->rows.items[i];
	return NULL;
}

/* Prisma's reset reasons (dev_diagnostic.rs), "" when none. */
static void reset_reasons(const struct dev *d, const char *drift, struct strbuf *out)
{
	VEC(char *) r = {0};
	struct strbuf sb = STRBUF_INIT;
	VEC(const char *) db_only = {0};
	bool diverge = false;
	const char *last_common = NULL;
	for (size_t i = 0; i < d->h.rows.len; i++) {
		const struct migration_record *rec = &d->h.rows.items[i];
		if (!rec->finished_at && !rec->rolled_back_at) {
			strbuf_addf(&sb, "The migration `%s` failed.", rec->name);
			vec_push(&r, strbuf_detach(&sb, NULL));
		}
	}
	for (size_t i = 0; i < d->m.items.len; i++) {
		const struct migration_record *rec = db_record(&d->h, d->m.items.items[i].name);
		if (rec && !migration_checksum_matches(&d->m.items.items[i], rec->checksum)) {
			strbuf_addf(&sb, "The migration `%s` was modified after it was applied.", rec->name);
			vec_push(&r, strbuf_detach(&sb, NULL));
		}
	}
	if (drift) {
		strbuf_addstr(&sb, "Drift detected: Your database schema is not in sync with your migration history.\n\n"
				   "The following is a summary of the differences between the expected database schema "
				   "given your migrations files, and the actual schema of the database.\n\n"
				   "It should be understood as the set of changes to get from the expected schema to the "
				   "actual schema.\n");
		if (!d->h.exists)
			strbuf_addstr(&sb, "\nIf you are running this the first time on an existing database, please make "
					   "sure to read this documentation page:\n"
					   "https://www.prisma.io/docs/guides/database/developing-with-prisma-migrate/"
					   "troubleshooting-development\n");
		strbuf_addstr(&sb, drift);
		vec_push(&r, strbuf_detach(&sb, NULL));
	}
	/* history: database rows without a folder, after or before the last common one */
	for (size_t i = 0; i < d->h.rows.len; i++) {
		const char *name = d->h.rows.items[i].name;
		if (!migrations_find(&d->m, name)) {
			bool seen = false;
			for (size_t k = 0; k < db_only.len; k++)
				seen |= !strcmp(db_only.items[k], name);
			if (!seen)
				vec_push(&db_only, name);
		}
	}
	if (db_only.len) {
		/* the folder has migrations the database lacks too: the histories diverge */
		for (size_t i = 0; i < d->m.items.len; i++) {
			if (!db_record(&d->h, d->m.items.items[i].name))
				diverge = true;
			else if (!diverge)
				last_common = d->m.items.items[i].name;
		}
		if (diverge) {
			strbuf_addstr(&sb, "The migrations recorded in the database diverge from the local migrations directory.");
			if (last_common) {
				strbuf_addf(&sb, " Last common migration: `%s`. Migrations applied to the database but absent "
						 "from the migrations directory are: ",
					    last_common);
				for (size_t k = 0; k < db_only.len; k++)
					strbuf_addf(&sb, "%s%s", k ? ", " : "", db_only.items[k]);
			}
		} else {
			strbuf_addstr(&sb, "The following migration(s) are applied to the database but missing from the "
					   "local migrations directory: ");
			for (size_t k = 0; k < db_only.len; k++)
				strbuf_addf(&sb, "%s%s", k ? ", " : "", db_only.items[k]);
		}
		vec_push(&r, strbuf_detach(&sb, NULL));
	}
	if (r.len == 1) {
		strbuf_addstr(out, r.items[0]);
	} else {
		for (size_t i = 0; i < r.len; i++)
			strbuf_addf(out, "- %s\n", r.items[i]);
	}
	for (size_t i = 0; i < r.len; i++)
		free(r.items[i]);
	vec_free(&r);
	vec_free(&db_only);
}

/* Writes <dir>/<name>/migration.sql (and down.sql) and the lock file. */
static int write_migration(const struct dev *d, const char *name, const struct strbuf *script,
			   const struct strbuf *down, struct rdb_error *err)
{
	char *folder = fs_join(d->m.dir, name);
	char *file = NULL;
	int rc = -1;
	if (fs_mkdirs(folder, 0777) < 0) {
		rdb_error_set(err, RDB_ERR_IO, "cannot create %s: %s", folder, strerror(errno));
		goto out;
	}
	file = fs_join(folder, "migration.sql");
	if (fs_write_file_atomic(file, script->buf ? script->buf : "", script->len) < 0) {
		rdb_error_set(err, RDB_ERR_IO, "cannot write %s: %s", file, strerror(errno));
		goto out;
	}
	free(file);
	file = fs_join(folder, "down.sql");
	if (down && fs_write_file_atomic(file, down->buf ? down->buf : "", down->len) < 0) {
		rdb_error_set(err, RDB_ERR_IO, "cannot write %s: %s", file, strerror(errno));
		goto out;
	}
	if (!d->m.lock_provider && migrations_write_lock(d->m.dir, "postgresql", err) < 0)
		goto out;
	rc = 0;
out:
	free(file);
	free(folder);
	return rc;
}

static char *ask_name(const char *flag)
{
	char line[512];
	if (flag)
		return migration_slug(flag);
	if (!isatty(STDIN_FILENO))
		return xstrdup("");
	printf("Enter a name for the new migration: ");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		return xstrdup("");
	line[strcspn(line, "\n")] = 0;
	return migration_slug(line);
}

/* The folder name for a new migration, one second later if that one is taken. */
static char *new_folder_name(const struct dev *d, const char *slug)
{
	for (int attempt = 0;; attempt++) {
		char *name = migration_new_name(slug);
		char *path = fs_join(d->m.dir, name);
		bool taken = fs_exists(path);
		free(path);
		if (!taken || attempt == 2)
			return name;
		free(name);
		sleep(1);
	}
}

/* One comparison between loaded schemas (the dev loop loads each side once). */
static int dev_diff(struct dev *d, const struct sql_schema *from, const struct sql_schema *to, enum pg_diff_warnings w,
		    struct pg_diff_result *res, struct rdb_error *err)
{
	struct pg_diff_side a = {PG_DIFF_SQL, NULL, NULL, from}, b = {PG_DIFF_SQL, NULL, NULL, to};
	struct pg_diff_opts o = {d->t.schema, true, w, d->c, d->schema.side.rs};
	return pg_diff(&a, &b, &o, res, err);
}

/* Describes the shadow database (or the development one) in the schema's namespaces. */
static int dev_load(struct dev *d, const struct pg_diff_side *side, struct sql_schema **out, struct rdb_error *err)
{
	struct pg_diff_opts o = {d->t.schema, true, PG_DIFF_NO_WARNINGS, NULL, d->schema.side.rs};
	return pg_diff_load(side, &d->schema.side, &o, out, err);
}

struct load_job {
	struct dev *d;
	const struct pg_diff_side *side;
	struct sql_schema *out;
	struct rdb_error err;
	int rc;
};

static void *load_thread(void *arg)
{
	struct load_job *j = arg;
	j->rc = dev_load(j->d, j->side, &j->out, &j->err);
	return NULL;
}

/*
 * Describes two databases at once, each on its own connection (most of a
 * description is the server reading its catalogs, and two backends use
 * two cores). Falls back to one after the other if no thread starts.
 */
static int dev_load_pair(struct dev *d, const struct pg_diff_side *a, struct sql_schema **out_a,
			 const struct pg_diff_side *b, struct sql_schema **out_b, struct rdb_error *err)
{
	struct load_job j = {d, b, NULL, {0}, 0};
	pthread_t th;
	int rc;
	if (pthread_create(&th, NULL, load_thread, &j) != 0)
		return dev_load(d, a, out_a, err) < 0 || dev_load(d, b, out_b, err) < 0 ? -1 : 0;
	rc = dev_load(d, a, out_a, err);
	pthread_join(th, NULL);
	*out_b = j.out;
	if (rc == 0 && j.rc < 0) {
		*err = j.err;
		rc = -1;
	}
	return rc;
}

int cmd_migrate_dev(int argc, char **argv)
{
	struct dev d;
	struct rdb_error err;
	struct pg_diff_result drift, eval, script, down;
	struct name_list applied = {0}, created = {0};
	struct migrate_reporter rep = {on_event, NULL};
	const struct migration_dir **list = NULL;
	size_t napplied = 0;
	char *name = NULL, *shadow_env = NULL;
	struct sql_schema *shadow_applied = NULL, *shadow_all = NULL, *dev_schema = NULL, *target = NULL;
	struct pg_diff_side shadow_side = {PG_DIFF_DATABASE, NULL, NULL, NULL}, dev_side = {PG_DIFF_DATABASE, NULL, NULL, NULL};
	const char *shadow_url;
	bool create_only, accept;
	int rc;

	memset(&d, 0, sizeof(d));
	pg_diff_result_init(&drift);
	pg_diff_result_init(&eval);
	pg_diff_result_init(&script);
	pg_diff_result_init(&down);
	diff_src_init(&d.schema);
	cli_trace("start");
	rc = cli_parse(cli_find_command("migrate dev"), argc, argv, &d.a);
	if (rc)
		goto out;
	if (d.a.npos) {
		cli_errorf("rdb migrate dev takes no arguments (got '%s'); name the migration with --name NAME", d.a.pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	create_only = cli_flag(&d.a, "create-only");
	accept = cli_flag(&d.a, "accept-data-loss") || cli_flag(&d.a, "force");
	d.lock_timeout_ms = DEFAULT_LOCK_TIMEOUT_MS;
	if (cli_value(&d.a, "lock-timeout")) {
		char *end;
		long v = strtol(cli_value(&d.a, "lock-timeout"), &end, 10);
		if (*end || v < 0 || v > 86400000) {
			cli_errorf("--lock-timeout takes milliseconds (0 waits forever), got '%s'", cli_value(&d.a, "lock-timeout"));
			rc = EXIT_USAGE;
			goto out;
		}
		d.lock_timeout_ms = (int)v;
	}
	if (rdb_project_load(&d.p, cli.config_path, cli_value(&d.a, "schema"), &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (migrations_load(&d.m, d.p.migrations_dir, &err) < 0 || migrations_check_complete(&d.m, &err) < 0 ||
	    migrations_check_provider(&d.m, "postgresql", &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if ((rc = diff_src_schema(&d.schema, cli_value(&d.a, "schema"))))
		goto out;
	printf("Prisma schema loaded from %s\n", d.schema.proj.schema_path);
	cli_trace("schema loaded and validated");
	if ((rc = cli_open_database(&d.p, cli_value(&d.a, "url"), true, false, &d.t, &d.c)))
		goto out;
	cli_trace("connected");
	if (history_lock(d.c, d.lock_timeout_ms, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	d.locked = true;
	if (history_load(d.c, &d.h, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}

	/* The shadow database: the migrations the database has applied, then all of them. */
	shadow_url = cli_value(&d.a, "shadow-database-url");
	if (!shadow_url && d.p.shadow_url_env && getenv(d.p.shadow_url_env) && *getenv(d.p.shadow_url_env))
		shadow_url = shadow_env = xstrdup(getenv(d.p.shadow_url_env));
	if (shadow_open(&d.sh, &d.t, shadow_url, !cli_flag(&d.a, "no-shadow-cache"), &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	d.has_shadow = true;
	cli_trace("shadow database open");
	list = xmalloc((d.m.items.len + 2) * sizeof(*list));
	for (size_t i = 0; i < d.m.items.len; i++) {
		const struct migration_record *rec = db_record(&d.h, d.m.items.items[i].name);
		if (rec && rec->finished_at && !rec->rolled_back_at)
			list[napplied++] = &d.m.items.items[i];
	}
	if (shadow_replay(&d.sh, list, napplied, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	cli_trace("shadow: applied migrations replayed");
	shadow_side.conn = d.sh.c;
	dev_side.conn = d.c;
	if (dev_load_pair(&d, &shadow_side, &shadow_applied, &dev_side, &dev_schema, &err) < 0 ||
	    dev_diff(&d, shadow_applied, dev_schema, PG_DIFF_NO_WARNINGS, &drift, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	cli_trace("described shadow and database, drift checked");
	for (size_t i = 0; i < d.m.items.len; i++)
		list[i] = &d.m.items.items[i];
	if (shadow_replay(&d.sh, list, d.m.items.len, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (!d.sh.replayed) {
		shadow_all = shadow_applied; /* nothing pending: the same schema */
		shadow_applied = NULL;
	} else if (dev_load(&d, &shadow_side, &shadow_all, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	{
		struct strbuf why = STRBUF_INIT;
		reset_reasons(&d, drift.nsteps ? drift.summary.buf : NULL, &why);
		if (why.len) {
			printf("%s\n", why.buf);
			strbuf_release(&why);
			if (!cli_flag(&d.a, "force")) {
				printf("We need to reset the \"%s\" schema at \"%s\"\n", d.t.schema, d.t.location);
				printf("\nYou may use rdb migrate reset to drop the development database.\n%sAll data will be lost.%s\n",
				       cli_bold(false), cli_reset(false));
				printf("(or run rdb migrate dev --force to reset it and continue)\n");
				rc = 130; /* as Prisma */
				goto out;
			}
			printf("Resetting the \"%s\" schema at \"%s\" (--force)\n\n", d.t.schema, d.t.location);
			if (migrate_reset_schema(d.c, d.t.schema, &err) < 0) {
				rc = cli_report(&err);
				goto out;
			}
			history_release(&d.h);
			memset(&d.h, 0, sizeof(d.h));
			if (history_load(d.c, &d.h, &err) < 0) {
				rc = cli_report(&err);
				goto out;
			}
		}
		strbuf_release(&why);
	}

	/* Apply what the database has not applied yet. */
	if (history_initialize(d.c, d.t.schema, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	for (size_t i = 0; i < d.m.items.len; i++) {
		const struct migration_dir *md = &d.m.items.items[i];
		const struct migration_record *rec = db_record(&d.h, md->name);
		if (rec && rec->finished_at && !rec->rolled_back_at)
			continue;
		if (migrate_apply_one(d.c, md, &rep, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
		vec_push(&applied.names, xstrdup(md->name));
	}
	if (applied.names.len) {
		printf("\nThe following migration(s) have been applied:\n\n");
		cli_print_migration_tree(d.m.dir, &applied);
	}

	/* What the schema adds, with the data-loss checks evaluated on the database. */
	if (pg_diff_load(&d.schema.side, NULL, NULL, &target, &err) < 0 ||
	    dev_diff(&d, shadow_all, target, PG_DIFF_DB_WARNINGS, &eval, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	cli_trace("diffed and checked for data loss");
	if (eval.diagnostics.unexecutable.len) {
		FILE *f = create_only ? stderr : stdout;
		fprintf(f, "\n%s⚠️ We found changes that cannot be executed:%s\n\n", cli_bold(create_only),
			cli_reset(create_only));
		for (size_t i = 0; i < eval.diagnostics.unexecutable.len; i++)
			fprintf(f, "  • Step %zu %s\n", eval.diagnostics.unexecutable.items[i].step_index,
				eval.diagnostics.unexecutable.items[i].description);
		if (!create_only) {
			printf("\nYou can use rdb migrate dev --create-only to create the migration file, and manually "
			       "modify it to address the underlying issue(s).\nThen run rdb migrate dev to apply it and "
			       "verify it works.\n");
			rc = 1;
			goto out;
		}
	}
	if (eval.diagnostics.warnings.len) {
		printf("\n%s⚠️  Warnings for the current datasource:%s\n\n", cli_bold(false), cli_reset(false));
		for (size_t i = 0; i < eval.diagnostics.warnings.len; i++)
			printf("  • %s\n", eval.diagnostics.warnings.items[i].description);
		printf("\n");
		if (!accept) {
			if (!isatty(STDIN_FILENO)) {
				cli_errorf("these changes may lose data, and rdb cannot ask for confirmation: standard input "
					   "is not a terminal");
				fprintf(stderr, "%shint:%s review the warnings, then run again with --accept-data-loss (or "
						"--create-only to edit the migration first)\n",
					cli_bold(true), cli_reset(true));
				rc = 1;
				goto out;
			}
			if (!cli_confirm(create_only ? "Are you sure you want to create this migration?"
						     : "Are you sure you want to create and apply this migration?")) {
				printf("Migration cancelled.\n");
				rc = 130;
				goto out;
			}
		}
	}
	if (!eval.nsteps && !create_only) {
		if (applied.names.len)
			printf("\n%sYour database is now in sync with your schema.%s\n", cli_green(false), cli_reset(false));
		else
			printf("Already in sync, no schema change or pending migration was found.\n");
		rc = 0;
		goto out;
	}

	/* The migration: Prisma's script with the pure warnings, and our down.sql. */
	if (dev_diff(&d, shadow_all, target, PG_DIFF_PURE_WARNINGS, &script, &err) < 0 ||
	    dev_diff(&d, target, shadow_all, PG_DIFF_PURE_WARNINGS, &down, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	{
		char *slug = ask_name(cli_value(&d.a, "name"));
		name = new_folder_name(&d, slug);
		free(slug);
	}
	cli_trace("scripts rendered");
	if (write_migration(&d, name, &script.script, &down.script, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (create_only) {
		printf("Prisma Migrate created the following migration without applying it %s\n\n"
		       "You can now edit it and apply it by running rdb migrate dev.\n",
		       name);
		rc = 0;
		goto out;
	}
	{
		const struct migration_dir *md;
		migrations_release(&d.m);
		if (migrations_load(&d.m, d.p.migrations_dir, &err) < 0 || !(md = migrations_find(&d.m, name))) {
			rc = cli_report(&err);
			goto out;
		}
		if (migrate_apply_one(d.c, md, &rep, &err) < 0) {
			rc = cli_report(&err);
			goto out;
		}
		cli_trace("migration applied");
		vec_push(&created.names, xstrdup(name));
		/* keep the shadow database one step ahead for the next run */
		free(list);
		list = xmalloc((d.m.items.len + 1) * sizeof(*list));
		for (size_t i = 0; i < d.m.items.len; i++)
			list[i] = &d.m.items.items[i];
		if (shadow_replay(&d.sh, list, d.m.items.len, &err) < 0) {
			struct rdb_error ignored;
			shadow_invalidate(&d.sh, &ignored);
		}
	}
	cli_trace("shadow database updated");
	printf("\nThe following migration(s) have been created and applied from new schema changes:\n\n");
	cli_print_migration_tree(d.m.dir, &created);
	printf("\n%sYour database is now in sync with your schema.%s\n", cli_green(false), cli_reset(false));
	rc = 0;
out:
	sql_schema_free(shadow_applied);
	sql_schema_free(shadow_all);
	sql_schema_free(dev_schema);
	sql_schema_free(target);
	free(name);
	free(list);
	free(shadow_env);
	name_list_release(&applied);
	name_list_release(&created);
	pg_diff_result_release(&drift);
	pg_diff_result_release(&eval);
	pg_diff_result_release(&script);
	pg_diff_result_release(&down);
	dev_release(&d);
	return rc;
}
