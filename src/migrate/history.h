/*
 * history.h: Prisma's migrations table, _prisma_migrations, on PostgreSQL:
 * the same columns, types and values Prisma writes, and the advisory lock
 * (pg_advisory_lock(72707369)) Prisma takes around migrations, so Prisma
 * and rdb can take turns on one database.
 *
 * Ownership: struct history owns its rows (history_release).
 */
#ifndef RDB_MIGRATE_HISTORY_H
#define RDB_MIGRATE_HISTORY_H

#include "sql/pg/pq.h"
#include <stdbool.h>

#include "rdb/error.h"
#include "util/util.h"

#define PRISMA_LOCK_KEY "72707369"

struct migration_record {
	char *id, *checksum, *name, *logs;
	char *started_at, *finished_at, *rolled_back_at; /* text; NULL when unset */
	int applied_steps_count;
};

struct history {
	bool exists; /* the table exists */
	VEC(struct migration_record) rows; /* ordered by started_at */
};

/* Takes the migration lock, waiting at most timeout_ms (P1002 on timeout). */
int history_lock(PGconn *c, int timeout_ms, struct rdb_error *err);
void history_unlock(PGconn *c);

/*
 * Creates the table when missing. Like Prisma, refuses (P3005) when the
 * schema already holds other tables and no history (use baselining).
 */
int history_initialize(PGconn *c, const char *schema, struct rdb_error *err);
int history_load(PGconn *c, struct history *h, struct rdb_error *err);
void history_release(struct history *h);

/* A row for a migration that started; in the caller's transaction if any. */
int history_insert_started(PGconn *c, const char *name, const char *checksum, char id[37],
			   struct rdb_error *err);
int history_mark_finished(PGconn *c, const char *id, struct rdb_error *err);
/* A failed attempt: started, not finished, with logs (autocommit). */
int history_insert_failed(PGconn *c, const char *name, const char *checksum, const char *logs,
			  struct rdb_error *err);
int history_set_logs(PGconn *c, const char *id, const char *logs, struct rdb_error *err);
/* migrate resolve --applied: a finished row with empty logs, as Prisma. */
int history_insert_applied(PGconn *c, const char *name, const char *checksum, struct rdb_error *err);
int history_mark_rolled_back(PGconn *c, const char *id, struct rdb_error *err);
int history_delete(PGconn *c, const char *id, struct rdb_error *err);

/* Rows still counting as applied or failed: not rolled back. */
static inline bool record_is_live(const struct migration_record *r)
{
	return r->rolled_back_at == NULL;
}
static inline bool record_failed(const struct migration_record *r)
{
	return r->finished_at == NULL && r->rolled_back_at == NULL;
}
const struct migration_record *history_find_live(const struct history *h, const char *name);

#endif
