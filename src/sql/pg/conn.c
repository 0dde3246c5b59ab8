/* conn.c: PostgreSQL connections with Prisma's URL rules and error mapping. */
#include <stdio.h>
#include <stdlib.h>

#include "conn.h"
#include "util/strbuf.h"
#include "util/url.h"
#include "util/util.h"

void pg_target_release(struct pg_target *t)
{
	free(t->host);
	free(t->user);
	free(t->password);
	free(t->database);
	free(t->schema);
	free(t->sslmode);
	free(t->sslcert);
	free(t->sslkey);
	free(t->sslrootcert);
	free(t->application_name);
	free(t->options);
	free(t->gssencmode);
	memset(t, 0, sizeof(*t));
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

int pg_target_parse(struct pg_target *t, const char *text, struct rdb_error *err)
{
	struct url u;
	const char *v;
	memset(t, 0, sizeof(*t));
	if (!text || !*text) {
		rdb_error_set(err, RDB_ERR_CONFIG, "no database URL is set");
		rdb_error_hint(err, "set DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DATABASE, or run 'rdb db start' for a local database");
		return -1;
	}
	if (url_parse(&u, text, err) < 0) {
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1013");
		return -1;
	}
	if (strcmp(u.scheme, "postgresql") && strcmp(u.scheme, "postgres")) {
		rdb_error_set(err, RDB_ERR_CONFIG,
			      "the database URL must start with postgresql:// or postgres:// (it starts with %s://)",
			      u.scheme);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1013");
		rdb_error_hint(err, "check DATABASE_URL and the datasource provider");
		url_release(&u);
		return -1;
	}
	/* ?host=/socket/dir overrides the authority part, as in libpq */
	v = url_param(&u, "host");
	t->host = xstrdup(v ? v : u.host ? u.host : "localhost");
	t->port = u.port ? u.port : 5432;
	v = url_param(&u, "port");
	if (v)
		t->port = atoi(v);
	t->user = xstrdup(u.user ? u.user : "postgres");
	t->password = dup_or_null(u.password);
	t->database = xstrdup(u.path);
	v = url_param(&u, "schema");
	t->schema = xstrdup(v && *v ? v : "public");
	v = url_param(&u, "connect_timeout");
	t->connect_timeout = v ? atoi(v) : 5;
	t->sslmode = dup_or_null(url_param(&u, "sslmode"));
	t->sslcert = dup_or_null(url_param(&u, "sslcert"));
	t->sslkey = dup_or_null(url_param(&u, "sslkey"));
	t->sslrootcert = dup_or_null(url_param(&u, "sslrootcert"));
	t->application_name = dup_or_null(url_param(&u, "application_name"));
	t->options = dup_or_null(url_param(&u, "options"));
	t->gssencmode = dup_or_null(url_param(&u, "gssencmode"));
	if (t->host[0] == '/')
		snprintf(t->location, sizeof(t->location), "%s/.s.PGSQL.%d", t->host, t->port);
	else if (strchr(t->host, ':'))
		snprintf(t->location, sizeof(t->location), "[%s]:%d", t->host, t->port);
	else
		snprintf(t->location, sizeof(t->location), "%s:%d", t->host, t->port);
	url_release(&u);
	return 0;
}

static void add_encoded(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '_' || c == '.' || c == '~') {
			strbuf_addch(sb, c);
		} else {
			strbuf_addch(sb, '%');
			strbuf_addch(sb, hex[c >> 4]);
			strbuf_addch(sb, hex[c & 15]);
		}
	}
}

char *pg_target_url_with_database(const struct pg_target *t, const char *database)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "postgresql://");
	add_encoded(&sb, t->user);
	if (t->password) {
		strbuf_addch(&sb, ':');
		add_encoded(&sb, t->password);
	}
	strbuf_addch(&sb, '@');
	if (t->host[0] == '/') {
		strbuf_addf(&sb, "localhost:%d/", t->port);
		add_encoded(&sb, database);
		strbuf_addstr(&sb, "?host=");
		add_encoded(&sb, t->host);
		strbuf_addch(&sb, '&');
	} else {
		if (strchr(t->host, ':'))
			strbuf_addf(&sb, "[%s]:%d/", t->host, t->port);
		else
			strbuf_addf(&sb, "%s:%d/", t->host, t->port);
		add_encoded(&sb, database);
		strbuf_addch(&sb, '?');
	}
	strbuf_addstr(&sb, "schema=");
	add_encoded(&sb, t->schema);
	return strbuf_detach(&sb, NULL);
}

/* The first line of libpq's message, without "connection to server ... failed: ". */
static void first_line(const char *msg, char *out, size_t n)
{
	const char *p = msg, *nl;
	const char *failed = strstr(msg, "failed: ");
	if (failed && failed < msg + strcspn(msg, "\n"))
		p = failed + 8;
	nl = p + strcspn(p, "\n");
	snprintf(out, n, "%.*s", (int)(nl - p), p);
}

static void map_connect_error(const struct pg_target *t, const char *database, PGconn *c,
			      struct rdb_error *err)
{
	const char *msg = c ? PQerrorMessage(c) : "out of memory";
	char line[600];
	first_line(msg, line, sizeof(line));
	if (strstr(msg, "password authentication failed") || strstr(msg, "no password supplied") ||
	    strstr(msg, "authentication failed") || strstr(msg, "role \"")) {
		rdb_error_set(err, RDB_ERR_CONNECT,
			      "P1000: Authentication failed against database server at %s, the provided database credentials for `%s` are not valid",
			      t->location, t->user);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1000");
		rdb_error_hint(err, "check the user and password in the database URL (server said: %s)", line);
	} else if (strstr(msg, "database \"") && strstr(msg, "does not exist")) {
		rdb_error_set(err, RDB_ERR_CONNECT, "P1003: Database `%s` does not exist on the database server at `%s`",
			      database, t->location);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1003");
		rdb_error_hint(err, "create it (rdb migrate dev creates it for you), or fix the database name in the URL");
	} else if (strstr(msg, "timeout expired")) {
		rdb_error_set(err, RDB_ERR_TIMEOUT, "P1002: The database server at `%s` was reached but timed out",
			      t->location);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1002");
		rdb_error_hint(err, "the server may be overloaded; raise connect_timeout in the URL (now %d s)",
			       t->connect_timeout);
	} else if (strstr(msg, "SSL") || strstr(msg, "certificate")) {
		rdb_error_set(err, RDB_ERR_CONNECT, "P1011: Error opening a TLS connection: %s", line);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1011");
		rdb_error_hint(err, "check sslmode and the certificate parameters of the URL");
	} else {
		rdb_error_set(err, RDB_ERR_CONNECT, "P1001: Can't reach database server at `%s`", t->location);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P1001");
		rdb_error_hint(err, "make sure the server is running at `%s` (%s); 'rdb db start' runs a local one",
			       t->location, line);
	}
}

PGconn *pg_connect(const struct pg_target *t, const char *database, struct rdb_error *err)
{
	const char *keys[16], *vals[16];
	char port[16], timeout[16];
	int n = 0;
	PGconn *c;
	struct strbuf sql = STRBUF_INIT;

	if (rdb_pq_load(err) < 0)
		return NULL;
	if (!database)
		database = t->database;
	snprintf(port, sizeof(port), "%d", t->port);
	snprintf(timeout, sizeof(timeout), "%d", t->connect_timeout > 0 ? t->connect_timeout : 5);
#define KV(k, v)                                                               \
	do {                                                                   \
		const char *kv_ = (v);                                         \
		if (kv_) {                                                     \
			keys[n] = (k);                                         \
			vals[n++] = kv_;                                       \
		}                                                              \
	} while (0)
	KV("host", t->host);
	KV("port", port);
	KV("user", t->user);
	KV("password", t->password);
	KV("dbname", database[0] ? database : NULL);
	KV("connect_timeout", timeout);
	KV("sslmode", t->sslmode);
	KV("sslcert", t->sslcert);
	KV("sslkey", t->sslkey);
	KV("sslrootcert", t->sslrootcert);
	KV("application_name", t->application_name ? t->application_name : "rdb");
	KV("options", t->options);
	/*
	 * libpq probes for GSSAPI encryption by default (Kerberos credential
	 * lookups and an extra round trip); Prisma's driver never uses it, so
	 * neither do we unless the URL asks (?gssencmode=prefer).
	 */
	KV("gssencmode", t->gssencmode ? t->gssencmode : "disable");
	KV("client_encoding", "UTF8");
#undef KV
	keys[n] = vals[n] = NULL;
	c = PQconnectdbParams(keys, vals, 0);
	if (!c || PQstatus(c) != CONNECTION_OK) {
		map_connect_error(t, database[0] ? database : t->user, c, err);
		PQfinish(c);
		return NULL;
	}
	/* Prisma's schema parameter is the search_path of every connection. */
	strbuf_addstr(&sql, "SET search_path = ");
	pg_quote_ident(&sql, t->schema);
	if (pg_exec(c, sql.buf, err) < 0) {
		strbuf_release(&sql);
		PQfinish(c);
		return NULL;
	}
	strbuf_release(&sql);
	return c;
}

void pg_result_error(const PGresult *r, PGconn *c, struct rdb_error *err)
{
	const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *hint = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_HINT) : NULL;
	if (!primary) {
		char line[600];
		first_line(c ? PQerrorMessage(c) : "unknown error", line, sizeof(line));
		rdb_error_set(err, RDB_ERR_DATABASE, "%s", line);
		if (c && PQstatus(c) == CONNECTION_BAD) {
			err->code = RDB_ERR_CONNECT;
			snprintf(err->prisma_code, sizeof(err->prisma_code), "P1017");
			rdb_error_set(err, RDB_ERR_CONNECT, "P1017: Server has closed the connection (%s)", line);
			snprintf(err->prisma_code, sizeof(err->prisma_code), "P1017");
		}
		return;
	}
	rdb_error_set(err, RDB_ERR_DATABASE, "%s", primary);
	if (state)
		snprintf(err->sqlstate, sizeof(err->sqlstate), "%s", state);
	if (detail && hint)
		rdb_error_hint(err, "%s %s", detail, hint);
	else if (detail || hint)
		rdb_error_hint(err, "%s", detail ? detail : hint);
}

int pg_exec(PGconn *c, const char *sql, struct rdb_error *err)
{
	PGresult *r = PQexec(c, sql);
	int rc = 0;
	/* With several statements, PQexec returns the last result; an error stops it. */
	if (!r || (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK &&
		   PQresultStatus(r) != PGRES_EMPTY_QUERY)) {
		pg_result_error(r, c, err);
		rc = -1;
	}
	PQclear(r);
	return rc;
}

int pg_query(PGconn *c, const char *sql, int nparams, const char *const *params, PGresult **out,
	     struct rdb_error *err)
{
	PGresult *r = PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
	*out = NULL;
	if (!r || (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)) {
		pg_result_error(r, c, err);
		PQclear(r);
		return -1;
	}
	*out = r;
	return 0;
}

void pg_quote_ident(struct strbuf *sb, const char *name)
{
	strbuf_addch(sb, '"');
	for (; *name; name++) {
		if (*name == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *name);
	}
	strbuf_addch(sb, '"');
}

void pg_quote_literal(struct strbuf *sb, const char *value)
{
	strbuf_addch(sb, '\'');
	for (; *value; value++) {
		if (*value == '\'')
			strbuf_addch(sb, '\'');
		strbuf_addch(sb, *value);
	}
	strbuf_addch(sb, '\'');
}
