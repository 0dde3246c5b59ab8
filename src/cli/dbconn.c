/* dbconn.c: database URL resolution and connection for the CLI. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "dbconn.h"
#include "localdb/localdb.h"
#include "util/strbuf.h"

static void noop_notice(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

int cli_database_url(const struct rdb_project *p, const char *url_flag, char **url)
{
	const char *env;
	struct rdb_error err;
	*url = NULL;
	if (url_flag) {
		*url = xstrdup(url_flag);
		return 0;
	}
	env = getenv(p->url_env);
	if (env && *env) {
		*url = xstrdup(env);
		return 0;
	}
	if (p->local || localdb_exists(p->root)) {
		struct localdb_opts o = {p->root, false, NULL, 30};
		struct localdb_info info;
		if (localdb_start(&o, &info, &err) < 0)
			return cli_report(&err);
		if (!info.already_running)
			fprintf(stderr, "Started the local database on 127.0.0.1:%d (data in %s).\n", info.port, info.dir);
		*url = xstrdup(info.url);
		return 0;
	}
	cli_errorf("%s is not set, so rdb does not know which database to use", p->url_env);
	fprintf(stderr, "%shint:%s export %s=postgresql://USER:PASSWORD@HOST:5432/DATABASE, or run 'rdb db start' "
			"for a local database (or set local = true under [datasource] in rdb.toml)\n",
		cli_bold(true), cli_reset(true), p->url_env);
	return 1;
}

static int create_database(const struct pg_target *t, struct rdb_error *err)
{
	PGconn *admin = pg_connect(t, "postgres", err);
	struct strbuf sql = STRBUF_INIT;
	int rc;
	if (!admin)
		return -1;
	strbuf_addstr(&sql, "CREATE DATABASE ");
	pg_quote_ident(&sql, t->database);
	rc = pg_exec(admin, sql.buf, err);
	if (rc < 0 && !strcmp(err->sqlstate, "42P04"))
		rc = 0; /* created meanwhile by someone else */
	strbuf_release(&sql);
	PQfinish(admin);
	return rc;
}

int cli_open_database(const struct rdb_project *p, const char *url_flag, bool create, bool quiet,
		      struct pg_target *t, PGconn **c)
{
	char *url;
	struct rdb_error err;
	int rc = cli_database_url(p, url_flag, &url);
	*c = NULL;
	if (rc)
		return rc;
	if (pg_target_parse(t, url, &err) < 0) {
		free(url);
		return cli_report(&err);
	}
	free(url);
	if (!quiet)
		printf("Datasource \"db\": PostgreSQL database \"%s\", schema \"%s\" at \"%s\"\n\n",
		       t->database[0] ? t->database : t->user, t->schema, t->location);
	*c = pg_connect(t, NULL, &err);
	if (!*c && create && !strcmp(err.prisma_code, "P1003")) {
		if (create_database(t, &err) < 0) {
			pg_target_release(t);
			return cli_report(&err);
		}
		if (!quiet)
			printf("PostgreSQL database %s created at %s\n\n", t->database, t->location);
		*c = pg_connect(t, NULL, &err);
	}
	if (!*c) {
		pg_target_release(t);
		return cli_report(&err);
	}
	/* Quiet notices (e.g. "relation already exists, skipping") on stderr. */
	PQsetNoticeProcessor(*c, noop_notice, NULL);
	return 0;
}

char *cli_schema_provider(const struct rdb_project *p)
{
	struct psl_schema s;
	struct rdb_error err;
	char *provider = NULL;
	psl_schema_init(&s);
	if (p->schema_path && rdb_project_read_schema(p, &s, &err) == 0) {
		psl_schema_parse(&s);
		for (size_t f = 0; f < s.asts.len && !provider; f++) {
			for (size_t i = 0; i < s.asts.items[f].tops.len && !provider; i++) {
				const struct psl_top *t = &s.asts.items[f].tops.items[i];
				if (t->kind != PSL_TOP_SOURCE)
					continue;
				for (size_t k = 0; k < t->u.config->props.len; k++) {
					const struct psl_property *prop = &t->u.config->props.items[k];
					if (!strcmp(prop->name.name, "provider") && prop->value &&
					    prop->value->kind == PSL_EXPR_STRING) {
						provider = xstrdup(!strcmp(prop->value->value, "postgres")
									   ? "postgresql"
									   : prop->value->value);
						break;
					}
				}
			}
		}
	}
	psl_schema_release(&s);
	return provider ? provider : xstrdup("postgresql");
}
