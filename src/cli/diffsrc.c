/* diffsrc.c: opening the sides of a schema comparison for the CLI. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diffsrc.h"
#include "schema/config.h"
#include "util/strbuf.h"

void diff_src_init(struct diff_src *d)
{
	memset(d, 0, sizeof(*d));
	d->side.kind = PG_DIFF_EMPTY;
}

void diff_src_release(struct diff_src *d)
{
	if (d->has_schema) {
		arena_free(&d->arena);
		psl_schema_release(&d->s);
		rdb_project_release(&d->proj);
	}
	if (d->c)
		PQfinish(d->c);
	if (d->has_shadow)
		shadow_close(&d->sh);
	if (d->has_target)
		pg_target_release(&d->t);
	migrations_release(&d->m);
	diff_src_init(d);
}

int diff_src_schema(struct diff_src *d, const char *path)
{
	struct rdb_error err;
	const struct rs_schema *rs;
	if (rdb_project_load(&d->proj, cli.config_path, path, &err) < 0)
		return cli_report(&err);
	psl_schema_init(&d->s);
	arena_init(&d->arena);
	d->has_schema = true;
	if (rdb_project_read_schema(&d->proj, &d->s, &err) < 0)
		return cli_report(&err);
	psl_schema_validate(&d->s);
	cli_print_diagnostics(&d->s);
	if (d->s.src.errors.len || !(rs = rs_build(&d->s, &d->arena)))
		return 1;
	if (rs->provider != RS_POSTGRESQL) {
		cli_errorf("the schema %s uses a datasource provider rdb cannot migrate yet (PostgreSQL only for now)",
			   d->proj.schema_path);
		return 1;
	}
	d->side.kind = PG_DIFF_SCHEMA;
	d->side.rs = rs;
	return 0;
}

static void quiet_notice(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

int diff_src_url(struct diff_src *d, const char *url)
{
	struct rdb_error err;
	if (pg_target_parse(&d->t, url, &err) < 0)
		return cli_report(&err);
	d->has_target = true;
	d->c = pg_connect(&d->t, NULL, &err);
	if (!d->c)
		return cli_report(&err);
	PQsetNoticeProcessor(d->c, quiet_notice, NULL);
	d->side.kind = PG_DIFF_DATABASE;
	d->side.conn = d->c;
	return 0;
}

int diff_src_migrations(struct diff_src *d, const char *dir, const char *shadow_url, const char *dev_url)
{
	struct rdb_error err;
	const struct migration_dir **list;
	int rc;
	if (migrations_load(&d->m, dir, &err) < 0 || migrations_check_complete(&d->m, &err) < 0)
		return cli_report(&err);
	if (!d->m.exists) {
		cli_errorf("the migrations folder %s does not exist", dir);
		return 1;
	}
	if (!shadow_url && !dev_url) {
		cli_errorf("replaying migrations needs a database server for the shadow database");
		fprintf(stderr, "%shint:%s pass --shadow-database-url URL, set DATABASE_URL, or run 'rdb db start'\n",
			cli_bold(true), cli_reset(true));
		return 1;
	}
	if (dev_url) {
		if (pg_target_parse(&d->t, dev_url, &err) < 0)
			return cli_report(&err);
		d->has_target = true;
	}
	if (shadow_open(&d->sh, &d->t, shadow_url, true, &err) < 0)
		return cli_report(&err);
	d->has_shadow = true;
	list = xmalloc((d->m.items.len + 1) * sizeof(*list));
	for (size_t i = 0; i < d->m.items.len; i++)
		list[i] = &d->m.items.items[i];
	rc = shadow_replay(&d->sh, list, d->m.items.len, &err);
	free(list);
	if (rc < 0)
		return cli_report(&err);
	d->side.kind = PG_DIFF_DATABASE;
	d->side.conn = d->sh.c;
	return 0;
}

char *schema_datasource_url(struct psl_schema *s)
{
	const char *url = NULL;
	struct arena a;
	char *r = NULL;
	if (!s->config || !s->config->datasources.len)
		return NULL;
	if (!s->config->datasources.items[0].url.env_var && !s->config->datasources.items[0].url.value)
		return NULL; /* Prisma 7 style: the URL lives in the config */
	arena_init(&a);
	if (psl_datasource_load_url(&s->config->datasources.items[0], NULL, NULL, &a, &url, &s->src) == 0 && url &&
	    *url)
		r = xstrdup(url);
	arena_free(&a);
	return r;
}
