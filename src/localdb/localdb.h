/*
 * localdb.h: a throwaway PostgreSQL cluster for development, run from the
 * system's server binaries and kept in the project's .rdb/ folder:
 *   .rdb/pg/data        the cluster (owned by `postgres` when rdb runs as root)
 *   .rdb/pg/port        the port it listens on (127.0.0.1 and a Unix socket)
 *   .rdb/pg/password    the superuser's password (mode 0600)
 *   .rdb/pg/server.log
 * Start is idempotent and clears a stale pid file; PostgreSQL refuses to run
 * as root, so as root the server runs as the `postgres` system user.
 * With docker=true a `postgres` container is used instead.
 *
 * Ownership: struct localdb_info is plain data; nothing to free.
 */
#ifndef RDB_LOCALDB_H
#define RDB_LOCALDB_H

#include <stdbool.h>

#include "rdb/error.h"

#define LOCALDB_DATABASE "app"

struct localdb_opts {
	const char *root;     /* the project folder (holds .rdb/) */
	bool docker;
	const char *image;    /* docker image, default postgres:17 */
	int wait_s;           /* how long start/wait wait for connections */
};

struct localdb_info {
	bool running;
	int port;
	long pid;
	char url[768];        /* postgresql://postgres:...@127.0.0.1:PORT/app?schema=public */
	char dir[640];        /* .rdb/pg (or where the data folder had to go) */
	char socket_dir[640];
	char version[64];
	bool docker;
	bool already_running; /* start found it running */
};

int localdb_start(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err);
int localdb_stop(const struct localdb_opts *o, struct rdb_error *err);
/* Fills info; not running is not an error. -1 only when .rdb/pg does not exist. */
int localdb_status(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err);
/* Waits until the server accepts connections. */
int localdb_wait(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err);
/* Does the project have a local database (started at least once)? */
bool localdb_exists(const char *root);

#endif
