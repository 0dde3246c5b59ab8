/*
 * deploy.h: applying, inspecting and resolving a migration history on
 * PostgreSQL: migrate deploy, migrate status, migrate resolve.
 *
 * Deploy follows Prisma's rules (lock, initialise, refuse on failed
 * migrations (P3009), apply what is not applied, in name order) with one
 * improvement: a migration and its history row commit in one transaction, so
 * a failure or a killed process leaves nothing half-applied. Scripts that
 * cannot run in a transaction run statement by statement, as Prisma does,
 * and the reporter is told why.
 *
 * Ownership: results own their strings; *_release() frees them. The library
 * prints nothing: progress goes to the reporter callback.
 */
#ifndef RDB_MIGRATE_DEPLOY_H
#define RDB_MIGRATE_DEPLOY_H

#include "sql/pg/pq.h"

#include "folders.h"
#include "history.h"

enum migrate_event {
	MIGRATE_APPLYING,       /* name */
	MIGRATE_APPLIED,        /* name; detail: "transaction" or the reason it ran without one */
	MIGRATE_WARNING,        /* detail */
};

struct migrate_reporter {
	void (*event)(void *ctx, enum migrate_event ev, const char *name, const char *detail);
	void *ctx;
};

struct deploy_opts {
	const char *schema;   /* the search_path schema (for the emptiness check) */
	int lock_timeout_ms;  /* Prisma waits 10 s */
};

struct name_list {
	VEC(char *) names;
};
void name_list_release(struct name_list *l);

int migrate_deploy(PGconn *c, const struct migrations *m, const struct deploy_opts *o,
		   const struct migrate_reporter *rep, struct name_list *applied, struct rdb_error *err);

/* Applies one migration script in the mode it allows (used by deploy and dev). */
int migrate_apply_one(PGconn *c, const struct migration_dir *md, const struct migrate_reporter *rep,
		      struct rdb_error *err);

struct status_report {
	bool history_exists;
	struct name_list unapplied; /* in the folder, not applied */
	struct name_list failed;    /* started and not finished, not rolled back */
	struct name_list db_only;   /* applied, but missing from the folder */
	struct name_list edited;    /* applied, but migration.sql changed since */
	char *last_common;          /* when the histories diverge */
};
int migrate_status(PGconn *c, const struct migrations *m, struct status_report *s, struct rdb_error *err);
void status_report_release(struct status_report *s);
static inline bool status_up_to_date(const struct status_report *s)
{
	return !s->unapplied.names.len && !s->failed.names.len && !s->db_only.names.len;
}

/* migrate resolve --applied NAME / --rolled-back NAME (Prisma's rules and errors). */
int migrate_resolve_applied(PGconn *c, const struct migrations *m, const char *name, const struct deploy_opts *o,
			    struct rdb_error *err);
int migrate_resolve_rolled_back(PGconn *c, const char *name, const struct deploy_opts *o, struct rdb_error *err);

#endif

/*
 * migrate reset: drops and recreates the schema (and _prisma_migrations),
 * as Prisma does, but in one transaction: an interrupted reset changes
 * nothing.
 */
int migrate_reset_schema(PGconn *c, const char *schema, struct rdb_error *err);

/*
 * migrate down: runs down.sql of applied migrations newest first, each with
 * its history row marked rolled back in the same transaction. `to` is the
 * migration to keep (everything after it is rolled back); NULL rolls back
 * only the last one. `rolled` receives the names.
 */
int migrate_down(PGconn *c, const struct migrations *m, const char *to, const struct deploy_opts *o,
		 const struct migrate_reporter *rep, struct name_list *rolled, struct rdb_error *err);
