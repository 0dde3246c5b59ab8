/* history.c: reading and writing _prisma_migrations on PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>

#include "history.h"
#include "sql/pg/conn.h"
#include "util/hash.h"
#include "util/strbuf.h"

/* Prisma's exact DDL, so the table is identical whoever creates it. */
static const char create_sql[] =
	"CREATE TABLE _prisma_migrations (\n"
	"    id                      VARCHAR(36) PRIMARY KEY NOT NULL,\n"
	"    checksum                VARCHAR(64) NOT NULL,\n"
	"    finished_at             TIMESTAMPTZ,\n"
	"    migration_name          VARCHAR(255) NOT NULL,\n"
	"    logs                    TEXT,\n"
	"    rolled_back_at          TIMESTAMPTZ,\n"
	"    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
	"    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n"
	");\n";

int history_lock(PGconn *c, int timeout_ms, struct rdb_error *err)
{
	char sql[128];
	struct rdb_error ignored;
	/*
	 * If this process dies mid-migration (kill -9), the server would keep
	 * running the statement, holding the lock, until it finished. With this
	 * setting (PostgreSQL 14+) it notices the lost client within a second,
	 * rolls back and releases the lock. Older servers reject it: ignored.
	 */
	pg_exec(c, "SET client_connection_check_interval = 1000", &ignored);
	/* lock_timeout bounds the wait for advisory locks too */
	snprintf(sql, sizeof(sql), "SET lock_timeout = %d", timeout_ms > 0 ? timeout_ms : 0);
	if (pg_exec(c, sql, err) < 0)
		return -1;
	if (pg_exec(c, "SELECT pg_advisory_lock(" PRISMA_LOCK_KEY ")", err) < 0) {
		if (!strcmp(err->sqlstate, "55P03")) {
			rdb_error_set(err, RDB_ERR_TIMEOUT,
				      "P1002: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(" PRISMA_LOCK_KEY ")). Timeout: %dms.",
				      timeout_ms);
			snprintf(err->prisma_code, sizeof(err->prisma_code), "P1002");
			rdb_error_hint(err, "another migration (rdb or prisma) holds the lock; wait for it, or raise --lock-timeout");
		}
		return -1;
	}
	return pg_exec(c, "SET lock_timeout = 0", err);
}

void history_unlock(PGconn *c)
{
	struct rdb_error ignored;
	pg_exec(c, "SELECT pg_advisory_unlock(" PRISMA_LOCK_KEY ")", &ignored);
}

/* Tables Prisma never counts as user tables (PostGIS and friends). */
static bool ignored_table(const char *name)
{
	static const char *const names[] = {"spatial_ref_sys", "geography_columns", "geometry_columns",
					    "raster_columns", "raster_overviews"};
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

int history_initialize(PGconn *c, const char *schema, struct rdb_error *err)
{
	PGresult *r;
	const char *params[1] = {schema};
	bool has_table = false, has_others = false;
	if (pg_query(c,
		     "SELECT tbl.relname FROM pg_class AS tbl INNER JOIN pg_namespace AS namespace "
		     "ON namespace.oid = tbl.relnamespace WHERE tbl.relkind = 'r' AND namespace.nspname = $1",
		     1, params, &r, err) < 0)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		const char *name = PQgetvalue(r, i, 0);
		if (!strcmp(name, "_prisma_migrations"))
			has_table = true;
		else if (!ignored_table(name))
			has_others = true;
	}
	PQclear(r);
	if (has_table)
		return 0;
	if (has_others) {
		rdb_error_set(err, RDB_ERR_CONFLICT,
			      "P3005: The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline");
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P3005");
		rdb_error_hint(err, "schema `%s` has tables but no migration history; mark the migrations it already has with 'rdb migrate resolve --applied NAME'",
			       schema);
		return -1;
	}
	return pg_exec(c, create_sql, err);
}

static char *dup_value(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : xstrdup(PQgetvalue(r, row, col));
}

int history_load(PGconn *c, struct history *h, struct rdb_error *err)
{
	PGresult *r;
	memset(h, 0, sizeof(*h));
	if (pg_query(c, "SELECT to_regclass('_prisma_migrations') IS NOT NULL", 0, NULL, &r, err) < 0)
		return -1;
	h->exists = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	if (!h->exists)
		return 0;
	if (pg_query(c,
		     "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, "
		     "applied_steps_count FROM _prisma_migrations ORDER BY started_at ASC",
		     0, NULL, &r, err) < 0)
		return -1;
	for (int i = 0; i < PQntuples(r); i++) {
		struct migration_record rec;
		rec.id = dup_value(r, i, 0);
		rec.checksum = dup_value(r, i, 1);
		rec.finished_at = dup_value(r, i, 2);
		rec.name = dup_value(r, i, 3);
		rec.logs = dup_value(r, i, 4);
		rec.rolled_back_at = dup_value(r, i, 5);
		rec.started_at = dup_value(r, i, 6);
		rec.applied_steps_count = atoi(PQgetvalue(r, i, 7));
		vec_push(&h->rows, rec);
	}
	PQclear(r);
	return 0;
}

void history_release(struct history *h)
{
	for (size_t i = 0; i < h->rows.len; i++) {
		struct migration_record *rec = &h->rows.items[i];
		free(rec->id);
		free(rec->checksum);
		free(rec->name);
		free(rec->logs);
		free(rec->started_at);
		free(rec->finished_at);
		free(rec->rolled_back_at);
	}
	vec_free(&h->rows);
}

const struct migration_record *history_find_live(const struct history *h, const char *name)
{
	for (size_t i = 0; i < h->rows.len; i++)
		if (record_is_live(&h->rows.items[i]) && !strcmp(h->rows.items[i].name, name))
			return &h->rows.items[i];
	return NULL;
}

static int exec_params(PGconn *c, const char *sql, int n, const char *const *params, struct rdb_error *err)
{
	PGresult *r;
	if (pg_query(c, sql, n, params, &r, err) < 0)
		return -1;
	PQclear(r);
	return 0;
}

int history_insert_started(PGconn *c, const char *name, const char *checksum, char id[37],
			   struct rdb_error *err)
{
	const char *params[3];
	uuid_v4(id);
	params[0] = id;
	params[1] = checksum;
	params[2] = name;
	return exec_params(c,
			   "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) "
			   "VALUES ($1, $2, clock_timestamp(), $3)",
			   3, params, err);
}

int history_mark_finished(PGconn *c, const char *id, struct rdb_error *err)
{
	const char *params[1] = {id};
	return exec_params(c,
			   "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, "
			   "finished_at = clock_timestamp() WHERE id = $1",
			   1, params, err);
}

int history_insert_failed(PGconn *c, const char *name, const char *checksum, const char *logs,
			  struct rdb_error *err)
{
	char id[37];
	const char *params[4];
	uuid_v4(id);
	params[0] = id;
	params[1] = checksum;
	params[2] = name;
	params[3] = logs;
	return exec_params(c,
			   "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, logs) "
			   "VALUES ($1, $2, clock_timestamp(), $3, $4)",
			   4, params, err);
}

int history_set_logs(PGconn *c, const char *id, const char *logs, struct rdb_error *err)
{
	const char *params[2] = {logs, id};
	return exec_params(c, "UPDATE _prisma_migrations SET logs = $1 WHERE id = $2", 2, params, err);
}

int history_insert_applied(PGconn *c, const char *name, const char *checksum, struct rdb_error *err)
{
	char id[37];
	const char *params[3];
	uuid_v4(id);
	params[0] = id;
	params[1] = checksum;
	params[2] = name;
	return exec_params(c,
			   "INSERT INTO _prisma_migrations (id, checksum, logs, started_at, finished_at, migration_name) "
			   "VALUES ($1, $2, '', now(), now(), $3)",
			   3, params, err);
}

int history_mark_rolled_back(PGconn *c, const char *id, struct rdb_error *err)
{
	const char *params[1] = {id};
	return exec_params(c, "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = $1", 1, params, err);
}

int history_delete(PGconn *c, const char *id, struct rdb_error *err)
{
	const char *params[1] = {id};
	return exec_params(c, "DELETE FROM _prisma_migrations WHERE id = $1", 1, params, err);
}
