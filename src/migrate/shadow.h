/*
 * shadow.h: the shadow database of `migrate dev` and `migrate diff
 * --from-migrations`: a scratch PostgreSQL database into which the
 * migration history is replayed, so its schema can be described and
 * compared (Prisma's shadow database, https://pris.ly/d/migrate-shadow).
 *
 * rdb keeps the shadow database between runs instead of creating and
 * dropping one each time: its database comment records which migrations
 * (name and checksum, in order) it holds. A replay that asks for the same
 * list, or a longer list starting with it, only applies what is missing;
 * anything else (an edited, removed or reordered migration, a replay that
 * was interrupted) recreates it from nothing. That is what makes `migrate
 * dev` on a long history fast: the usual run replays nothing.
 *
 * Without a URL the shadow database lives on the development server, named
 * rdb_shadow_<hash of the development database and schema>. With one
 * (--shadow-database-url), that database is used and wiped when it must be.
 *
 * Ownership: struct shadow owns its connection and strings; shadow_close()
 * releases them and, unless keep was set, drops a database it created.
 */
#ifndef RDB_MIGRATE_SHADOW_H
#define RDB_MIGRATE_SHADOW_H

#include <stdbool.h>

#include "migrate/folders.h"
#include "rdb/error.h"
#include "sql/pg/conn.h"
#include "sql/pg/pq.h"

struct shadow {
	struct pg_target t; /* where the shadow database is */
	PGconn *c;
	bool own;           /* created on the development server by us */
	bool keep;          /* leave it for the next run (the cache) */
	char *state;        /* the recorded list: "name checksum\n" per migration */
	size_t replayed;    /* migrations applied by the last shadow_replay (0 when cached) */
};

/*
 * Opens (creating it if needed) the shadow database for the development
 * target dev, or the one at url when non-NULL. keep: keep it for later runs.
 */
int shadow_open(struct shadow *sh, const struct pg_target *dev, const char *url, bool keep, struct rdb_error *err);
/*
 * Brings the shadow database to exactly the first n migrations of list (in
 * order), replaying only what is missing when it can. A migration that
 * fails gives Prisma's P3006 naming it.
 */
int shadow_replay(struct shadow *sh, const struct migration_dir *const *list, size_t n, struct rdb_error *err);
/* Forgets the recorded state so the next replay starts from nothing. */
int shadow_invalidate(struct shadow *sh, struct rdb_error *err);
void shadow_close(struct shadow *sh);

#endif
