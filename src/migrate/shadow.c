/* shadow.c: the shadow database, kept between runs and replayed incrementally. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrate/shadow.h"
#include "migrate/sqlsplit.h"
#include "util/hash.h"
#include "util/strbuf.h"

#define STATE_MAGIC "rdb-shadow v1\n"

static void quiet_notice(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static int shadow_create_error(struct rdb_error *err)
{
	char inner[sizeof(err->message)];
	snprintf(inner, sizeof(inner), "%s", err->message);
	rdb_error_set(err, RDB_ERR_DATABASE,
		      "Prisma Migrate could not create the shadow database. Please make sure the database user has "
		      "permission to create databases. Read more about the shadow database (and workarounds) at "
		      "https://pris.ly/d/migrate-shadow. Original error: %s",
		      inner);
	snprintf(err->prisma_code, sizeof(err->prisma_code), "P3014");
	rdb_error_hint(err, "grant CREATEDB to the user, or pass --shadow-database-url URL (an empty database rdb may wipe)");
	return -1;
}

/* Runs sql on the server's maintenance database ("postgres"). */
static int admin_exec(const struct pg_target *t, const char *sql, struct rdb_error *err)
{
	PGconn *a = pg_connect(t, "postgres", err);
	int rc;
	if (!a)
		return -1;
	PQsetNoticeProcessor(a, quiet_notice, NULL);
	rc = pg_exec(a, sql, err);
	PQfinish(a);
	return rc;
}

static int create_db(const struct pg_target *t, bool drop_first, struct rdb_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	int rc = 0;
	if (drop_first) {
		strbuf_addstr(&sql, "DROP DATABASE IF EXISTS ");
		pg_quote_ident(&sql, t->database);
		strbuf_addstr(&sql, " WITH (FORCE)");
		rc = admin_exec(t, sql.buf, err);
		strbuf_reset(&sql);
	}
	if (!rc) {
		strbuf_addstr(&sql, "CREATE DATABASE ");
		pg_quote_ident(&sql, t->database);
		rc = admin_exec(t, sql.buf, err);
		if (rc < 0 && !strcmp(err->sqlstate, "42P04"))
			rc = 0; /* created meanwhile */
	}
	strbuf_release(&sql);
	return rc < 0 ? shadow_create_error(err) : 0;
}

static int read_state(struct shadow *sh, struct rdb_error *err)
{
	PGresult *r;
	free(sh->state);
	sh->state = NULL;
	if (pg_query(sh->c, "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()",
		     0, NULL, &r, err) < 0)
		return -1;
	if (PQntuples(r) == 1 && !PQgetisnull(r, 0, 0)) {
		const char *v = PQgetvalue(r, 0, 0);
		if (!strncmp(v, STATE_MAGIC, strlen(STATE_MAGIC)))
			sh->state = xstrdup(v + strlen(STATE_MAGIC));
	}
	PQclear(r);
	return 0;
}

/* Records state (NULL: "unknown", which forces a rebuild next time). */
static int write_state(struct shadow *sh, const char *state, struct rdb_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	struct strbuf text = STRBUF_INIT;
	int rc;
	strbuf_addstr(&sql, "COMMENT ON DATABASE ");
	pg_quote_ident(&sql, sh->t.database);
	strbuf_addstr(&sql, " IS ");
	if (state) {
		strbuf_addstr(&text, STATE_MAGIC);
		strbuf_addstr(&text, state);
		pg_quote_literal(&sql, text.buf);
	} else {
		strbuf_addstr(&sql, "'rdb-shadow dirty'");
	}
	rc = pg_exec(sh->c, sql.buf, err);
	strbuf_release(&sql);
	strbuf_release(&text);
	free(sh->state);
	sh->state = state ? xstrdup(state) : NULL;
	return rc;
}

static int connect_shadow(struct shadow *sh, struct rdb_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	int rc;
	sh->c = pg_connect(&sh->t, NULL, err);
	if (!sh->c)
		return -1;
	PQsetNoticeProcessor(sh->c, quiet_notice, NULL);
	/* Migrations may leave the search path schema to the database. */
	strbuf_addstr(&sql, "CREATE SCHEMA IF NOT EXISTS ");
	pg_quote_ident(&sql, sh->t.schema);
	rc = pg_exec(sh->c, sql.buf, err);
	strbuf_release(&sql);
	return rc < 0 ? -1 : read_state(sh, err);
}

int shadow_open(struct shadow *sh, const struct pg_target *dev, const char *url, bool keep, struct rdb_error *err)
{
	char *u;
	int rc;
	memset(sh, 0, sizeof(*sh));
	sh->keep = keep;
	if (url) {
		if (pg_target_parse(&sh->t, url, err) < 0)
			return -1;
		if (!strcmp(sh->t.database, dev->database) && !strcmp(sh->t.location, dev->location)) {
			pg_target_release(&sh->t);
			return rdb_error_set(err, RDB_ERR_USAGE,
					     "The shadow database you configured appears to be the same as the main "
					     "database. Please specify another shadow database.");
		}
		return connect_shadow(sh, err);
	}
	{
		/* One shadow database per development database and schema. */
		char hex[SHA256_HEX_LEN + 1], name[64];
		struct strbuf key = STRBUF_INIT;
		strbuf_addf(&key, "%s%c%s", dev->database, 0, dev->schema);
		sha256_hex(key.buf, key.len, hex);
		strbuf_release(&key);
		snprintf(name, sizeof(name), "rdb_shadow_%.12s", hex);
		u = pg_target_url_with_database(dev, name);
	}
	rc = pg_target_parse(&sh->t, u, err);
	free(u);
	if (rc < 0)
		return -1;
	sh->own = true;
	if (connect_shadow(sh, err) == 0)
		return 0;
	if (strcmp(err->prisma_code, "P1003"))
		return -1;
	if (create_db(&sh->t, false, err) < 0)
		return -1;
	return connect_shadow(sh, err);
}

/* Empties the shadow database: recreates it when it is ours, else drops its schemas. */
static int wipe(struct shadow *sh, struct rdb_error *err)
{
	if (sh->own) {
		PQfinish(sh->c);
		sh->c = NULL;
		if (create_db(&sh->t, true, err) < 0)
			return -1;
		return connect_shadow(sh, err);
	}
	{
		PGresult *r;
		struct strbuf sql = STRBUF_INIT;
		int rc;
		if (pg_query(sh->c,
			     "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> "
			     "'information_schema' ORDER BY nspname",
			     0, NULL, &r, err) < 0)
			return -1;
		for (int i = 0; i < PQntuples(r); i++) {
			strbuf_addstr(&sql, "DROP SCHEMA ");
			pg_quote_ident(&sql, PQgetvalue(r, i, 0));
			strbuf_addstr(&sql, " CASCADE;\n");
		}
		PQclear(r);
		strbuf_addstr(&sql, "CREATE SCHEMA ");
		pg_quote_ident(&sql, sh->t.schema);
		rc = pg_exec(sh->c, sql.buf, err);
		strbuf_release(&sql);
		if (rc < 0)
			return -1;
		return write_state(sh, "", err);
	}
}

static void state_line(struct strbuf *sb, const struct migration_dir *md)
{
	strbuf_addf(sb, "%s %s\n", md->name, md->checksum);
}

/* Applies one script the way Prisma applies it to a shadow database. */
static int apply(struct shadow *sh, const struct migration_dir *md, struct rdb_error *err)
{
	bool explicit_tx;
	const char *why = pg_script_autocommit_reason(md->script, md->script_len, &explicit_tx);
	int rc = 0;
	if (!why || explicit_tx) {
		rc = pg_exec(sh->c, md->script, err);
	} else {
		sql_stmt_list stmts = {0};
		sql_split_pg(md->script, md->script_len, &stmts);
		for (size_t i = 0; i < stmts.len && !rc; i++) {
			char *stmt = xstrndup(md->script + stmts.items[i].start, stmts.items[i].len);
			rc = pg_exec(sh->c, stmt, err);
			free(stmt);
		}
		vec_free(&stmts);
	}
	if (rc < 0) {
		char inner[sizeof(err->message)];
		char state[6];
		snprintf(inner, sizeof(inner), "%s", err->message);
		memcpy(state, err->sqlstate, sizeof(state));
		rdb_error_set(err, RDB_ERR_DATABASE,
			      "Migration `%s` failed to apply cleanly to the shadow database. Error code: %s, error: %s",
			      md->name, state[0] ? state : "none", inner);
		memcpy(err->sqlstate, state, sizeof(state));
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P3006");
		rdb_error_hint(err, "fix %s/migration.sql (or remove the migration if it was never deployed) and run again",
			       md->path);
	}
	return rc;
}

int shadow_replay(struct shadow *sh, const struct migration_dir *const *list, size_t n, struct rdb_error *err)
{
	struct strbuf want = STRBUF_INIT;
	size_t have_len, start = 0;
	int rc = 0;
	sh->replayed = 0;
	for (size_t i = 0; i < n; i++)
		state_line(&want, list[i]);
	if (!want.buf)
		strbuf_addstr(&want, "");
	have_len = sh->state ? strlen(sh->state) : 0;
	if (!sh->state || have_len > want.len || memcmp(sh->state, want.buf, have_len)) {
		if (wipe(sh, err) < 0) {
			rc = -1;
			goto out;
		}
	} else {
		/* the recorded migrations are a prefix of the wanted ones: skip them */
		for (const char *p = sh->state; *p; p++)
			start += *p == '\n';
	}
	if (start == n && sh->state)
		goto out; /* already there */
	if (write_state(sh, NULL, err) < 0) { /* an interrupted replay must not look complete */
		rc = -1;
		goto out;
	}
	for (size_t i = start; i < n; i++) {
		if (apply(sh, list[i], err) < 0) {
			rc = -1;
			goto out;
		}
		sh->replayed++;
	}
	rc = write_state(sh, want.buf, err);
out:
	strbuf_release(&want);
	return rc;
}

int shadow_invalidate(struct shadow *sh, struct rdb_error *err)
{
	return write_state(sh, NULL, err);
}

void shadow_close(struct shadow *sh)
{
	if (sh->c)
		PQfinish(sh->c);
	sh->c = NULL;
	if (sh->own && !sh->keep) {
		struct rdb_error ignored;
		struct strbuf sql = STRBUF_INIT;
		strbuf_addstr(&sql, "DROP DATABASE IF EXISTS ");
		pg_quote_ident(&sql, sh->t.database);
		strbuf_addstr(&sql, " WITH (FORCE)");
		admin_exec(&sh->t, sql.buf, &ignored);
		strbuf_release(&sql);
	}
	free(sh->state);
	sh->state = NULL;
	pg_target_release(&sh->t);
}
