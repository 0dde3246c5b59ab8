/*
 * folders.h: the migrations folder, as Prisma lays it out:
 *   <dir>/migration_lock.toml                   provider = "postgresql"
 *   <dir>/<YYYYMMDDHHMMSS>_<name>/migration.sql
 *   <dir>/<YYYYMMDDHHMMSS>_<name>/down.sql      (rdb's addition, optional)
 *
 * Ownership: struct migrations owns everything it lists; migrations_release().
 */
#ifndef RDB_MIGRATE_FOLDERS_H
#define RDB_MIGRATE_FOLDERS_H

#include <stdbool.h>

#include "rdb/error.h"
#include "util/hash.h"
#include "util/util.h"

struct migration_dir {
	char *name;      /* the folder name: 20240101120000_init */
	char *path;      /* <dir>/<name> */
	char *script;    /* migration.sql, NUL-terminated; NULL when missing */
	size_t script_len;
	char checksum[SHA256_HEX_LEN + 1]; /* of migration.sql, "" when missing */
	char *down;      /* down.sql or NULL */
	size_t down_len;
};

struct migrations {
	char *dir;
	bool exists;     /* the folder exists */
	VEC(struct migration_dir) items; /* sorted by name */
	char *lock_provider; /* provider from migration_lock.toml; NULL without the file */
};

/* Reads the folder (a missing folder is an empty list, not an error). */
int migrations_load(struct migrations *m, const char *dir, struct rdb_error *err);
void migrations_release(struct migrations *m);
const struct migration_dir *migrations_find(const struct migrations *m, const char *name);

/* P3015 when some folder has no migration.sql. */
int migrations_check_complete(const struct migrations *m, struct rdb_error *err);
/* P3019-style error when migration_lock.toml names another provider. */
int migrations_check_provider(const struct migrations *m, const char *provider, struct rdb_error *err);
/* Writes migration_lock.toml with Prisma's text. */
int migrations_write_lock(const char *dir, const char *provider, struct rdb_error *err);

/* The name Prisma gives a new migration: UTC timestamp + "_" + name. Caller frees. */
char *migration_new_name(const char *name);
/*
 * The migration name Prisma's CLI makes of --name (slugify with "_"):
 * camelCase split into words, lower case, "&" as "and", every run of other
 * characters one "_", none at either end, at most 200 bytes. Non-ASCII
 * letters are not transliterated (Prisma's CLI maps some, e.g. "ä" to "ae").
 * Caller frees.
 */
char *migration_slug(const char *name);
/*
 * Does md's migration.sql match a recorded checksum (any line-ending
 * convention, as Prisma)? Uses md->checksum; rehashes only on a mismatch.
 */
bool migration_checksum_matches(const struct migration_dir *md, const char *checksum);

#endif
