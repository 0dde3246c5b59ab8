/*
 * conn.h: connecting to PostgreSQL the way Prisma reads a datasource URL:
 * postgresql:// or postgres://, ?schema= (default "public") becoming the
 * search_path, Prisma-only parameters stripped, libpq's errors turned into
 * Prisma's user-facing ones (P1000 bad credentials, P1001 unreachable,
 * P1003 missing database, P1013 invalid URL) with one line and a hint.
 *
 * Ownership: struct pg_target owns its strings (pg_target_release); a PGconn
 * from pg_connect() is the caller's, closed with PQfinish().
 */
#ifndef RDB_SQL_PG_CONN_H
#define RDB_SQL_PG_CONN_H

#include "sql/pg/pq.h"
#include <stdbool.h>

#include "rdb/error.h"

struct pg_target {
	char *host;      /* host name, IP, or a socket folder (absolute path) */
	int port;        /* 5432 by default */
	char *user, *password; /* password may be NULL */
	char *database;  /* "" means the user's default, as libpq does */
	char *schema;    /* "public" by default */
	int connect_timeout; /* seconds; Prisma's default is 5 */
	char *sslmode, *sslcert, *sslkey, *sslrootcert, *application_name, *options, *gssencmode;
	char location[300]; /* "host:port" or the socket path, for messages */
};

int pg_target_parse(struct pg_target *t, const char *url, struct rdb_error *err);
void pg_target_release(struct pg_target *t);
/* A URL for the same server and credentials but another database. Caller frees. */
char *pg_target_url_with_database(const struct pg_target *t, const char *database);

/*
 * Connects (to `database` instead of the target's when non-NULL) and sets
 * the search_path to the target's schema. NULL with err filled on failure.
 */
PGconn *pg_connect(const struct pg_target *t, const char *database, struct rdb_error *err);

/* Runs one or more statements (simple protocol). */
int pg_exec(PGconn *c, const char *sql, struct rdb_error *err);
/* Runs a parameterised query (text params) and hands back the result. */
int pg_query(PGconn *c, const char *sql, int nparams, const char *const *params, PGresult **out,
	     struct rdb_error *err);
/* Fills err from a failed result: message, SQLSTATE, detail/hint, position. */
void pg_result_error(const PGresult *r, PGconn *c, struct rdb_error *err);
/* Appends "name" with embedded quotes doubled. */
struct strbuf;
void pg_quote_ident(struct strbuf *sb, const char *name);
void pg_quote_literal(struct strbuf *sb, const char *value);

#endif
