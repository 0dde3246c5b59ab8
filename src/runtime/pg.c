/*
 * pg.c: the PostgreSQL dialect of librdb, on libpq (loaded with dlopen).
 *
 * Every statement is prepared once per connection and cached by its text
 * (bounded, least recently used first out, DEALLOCATE'd on eviction).
 * Parameter types come from the server: preparing sends Parse + Describe
 * in one round trip, and each value is then encoded in the binary format
 * of the type the server inferred (pg_codec.c), so an Int can fill an
 * int2 column and a String an enum. Results are always binary and are
 * decoded cell by cell when the caller asks.
 *
 * Ownership: struct pgc is the connection (PGconn, statement cache, type
 * cache, parameter scratch), created by pg_conn_open and freed by
 * pg_conn_close; PGresults of rows belong to the caller's rdb_result.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "pg_codec.h"
#include "runtime.h"
#include "sql/pg/conn.h"
#include "util/strbuf.h"
#include "util/url.h"
#include "util/util.h"

/* ---- target: the parsed URL ---- */

struct pg_rt_target {
	struct pg_target t;
	int connection_limit, pool_timeout_s, statement_cache_size; /* -1: not in the URL */
};

static int url_int(const struct url *u, const char *key)
{
	const char *v = url_param(u, key);
	return v && *v ? atoi(v) : -1;
}

static int pg_target_parse_rt(const char *url, void **out, struct rdb_error *err)
{
	struct pg_rt_target *tt = xcalloc(1, sizeof(*tt));
	struct url u;
	if (pg_target_parse(&tt->t, url, err) < 0) {
		free(tt);
		return -1;
	}
	/* Prisma's pool parameters; pg_target_parse has validated the URL already. */
	tt->connection_limit = tt->pool_timeout_s = tt->statement_cache_size = -1;
	if (url_parse(&u, url, err) == 0) {
		tt->connection_limit = url_int(&u, "connection_limit");
		tt->pool_timeout_s = url_int(&u, "pool_timeout");
		tt->statement_cache_size = url_int(&u, "statement_cache_size");
		url_release(&u);
	}
	*out = tt;
	return 0;
}

static void pg_target_free_rt(void *target)
{
	struct pg_rt_target *tt = target;
	if (!tt)
		return;
	pg_target_release(&tt->t);
	free(tt);
}

static void pg_target_identity(const void *target, const char **host, int *port, const char **user)
{
	const struct pg_rt_target *tt = target;
	*host = tt->t.host;
	*port = tt->t.port;
	*user = tt->t.user;
}

static void pg_target_pool_hints(const void *target, int *limit, int *timeout_s, int *stmt_cache)
{
	const struct pg_rt_target *tt = target;
	*limit = tt->connection_limit;
	*timeout_s = tt->pool_timeout_s;
	*stmt_cache = tt->statement_cache_size;
}

/* ---- the connection ---- */

struct pg_stmt {
	char *sql;
	size_t len;
	uint32_t hash;
	char name[24];
	int nparams;
	struct pg_type *ptypes;
	bool prepared;               /* exists on the server and sits in the cache */
	unsigned pins;               /* batches using it: not evicted while > 0 */
	struct pg_stmt *hnext;       /* hash chain */
	struct pg_stmt *prev, *next; /* recency list, most recent first */
};

struct pgc {
	struct rdb_conn base;
	PGconn *pq;
	struct rdb_pool *pool;
	char *search_path_sql; /* re-applied after DISCARD ALL / RESET ALL */

	/* prepared statements by SQL text */
	struct pg_stmt **buckets;
	size_t nbuckets, nstmts, cap;
	struct pg_stmt *mru, *lru;
	unsigned long next_id;
	VEC(char *) dealloc; /* evicted names, DEALLOCATE'd with the next prepare */

	/* types that are not built in: enums, citext, domains, their arrays */
	struct pg_type *types;
	size_t ntypes, captypes;

	/* parameters being bound */
	struct strbuf scratch;
	struct pg_param *pp;
	const char **pvals;
	int *plens, *pfmts;
	size_t pcap;
};

static void clear_result(void *p)
{
	PQclear(p);
}

static void quiet_notice(void *arg, const PGresult *r)
{
	/* Notices (NOTICE, WARNING) must not reach stderr: librdb never prints. */
	(void)arg;
	(void)r;
}

/* ---- type cache ----
 * Open addressing keyed by OID, per connection: no lock on the hot path,
 * and a connection only ever sees a handful of user-defined types.
 */

static struct pg_type *type_slot(const struct pgc *c, pg_oid oid)
{
	size_t mask = c->captypes - 1, i = (oid * 2654435761u) & mask;
	while (c->types[i].oid && c->types[i].oid != oid)
		i = (i + 1) & mask;
	return &c->types[i];
}

static void type_put(struct pgc *c, const struct pg_type *t)
{
	if ((c->ntypes + 1) * 2 > c->captypes) {
		struct pg_type *old = c->types;
		size_t oldcap = c->captypes;
		c->captypes = oldcap ? oldcap * 2 : 16;
		c->types = xcalloc(c->captypes, sizeof(*c->types));
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].oid)
				*type_slot(c, old[i].oid) = old[i];
		free(old);
	}
	if (!type_slot(c, t->oid)->oid)
		c->ntypes++;
	*type_slot(c, t->oid) = *t;
}

static bool type_known(const struct pgc *c, pg_oid oid)
{
	struct pg_type t;
	return pg_type_builtin(oid, &t) || (c->captypes && type_slot(c, oid)->oid == oid);
}

static void type_of(const struct pgc *c, pg_oid oid, struct pg_type *out)
{
	if (pg_type_builtin(oid, out))
		return;
	if (c->captypes && type_slot(c, oid)->oid == oid) {
		*out = *type_slot(c, oid);
		return;
	}
	memset(out, 0, sizeof(*out));
	out->oid = oid;
	out->kind = PGK_OTHER;
}

/* The kind of a catalog type: enums and citext are text; a domain is its base type. */
static uint8_t catalog_kind(const char *typtype, const char *typname, pg_oid base)
{
	struct pg_type b;
	if (typtype[0] == 'e' || !strcmp(typname, "citext"))
		return PGK_TEXT;
	if (typtype[0] == 'd' && pg_type_builtin(base, &b) && b.kind != PGK_ARRAY)
		return b.kind;
	return PGK_OTHER;
}

static void fail_conn(struct pgc *c, struct rdb_error *err);

/*
 * Looks up the types of oids[] in pg_type (one round trip, text protocol
 * so it does not depend on the machinery it feeds) and caches them.
 */
static int resolve_types(struct pgc *c, const pg_oid *oids, size_t n, struct rdb_error *err)
{
	static const char sql[] =
		"SELECT t.oid, t.typtype, t.typname, t.typbasetype, t.typelem, e.typtype, e.typname, e.typbasetype "
		"FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem AND t.typcategory = 'A' "
		"WHERE t.oid = ANY($1::pg_catalog.oid[])";
	struct strbuf list = STRBUF_INIT;
	const char *param;
	PGresult *r;
	int rc = 0;

	strbuf_addch(&list, '{');
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&list, "%s%u", i ? "," : "", oids[i]);
	strbuf_addch(&list, '}');
	param = list.buf;
	r = PQexecParams(c->pq, sql, 1, NULL, &param, NULL, NULL, 0);
	strbuf_release(&list);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		fail_conn(c, err);
		return -1;
	}
	for (int i = 0; i < PQntuples(r); i++) {
		struct pg_type t;
		memset(&t, 0, sizeof(t));
		t.oid = (pg_oid)strtoul(PQgetvalue(r, i, 0), NULL, 10);
		t.kind = catalog_kind(PQgetvalue(r, i, 1), PQgetvalue(r, i, 2),
				      (pg_oid)strtoul(PQgetvalue(r, i, 3), NULL, 10));
		if (!PQgetisnull(r, i, 5)) {
			struct pg_type e;
			t.kind = PGK_ARRAY;
			t.elem_oid = (pg_oid)strtoul(PQgetvalue(r, i, 4), NULL, 10);
			if (pg_type_builtin(t.elem_oid, &e))
				t.elem_kind = e.kind == PGK_ARRAY ? PGK_OTHER : e.kind;
			else
				t.elem_kind = catalog_kind(PQgetvalue(r, i, 5), PQgetvalue(r, i, 6),
							   (pg_oid)strtoul(PQgetvalue(r, i, 7), NULL, 10));
		}
		type_put(c, &t);
	}
	/* Unknown to the catalog too (dropped meanwhile): remember as raw. */
	for (size_t i = 0; i < n; i++) {
		if (!type_known(c, oids[i])) {
			struct pg_type t = {oids[i], PGK_OTHER, PGK_OTHER, 0};
			type_put(c, &t);
		}
	}
	PQclear(r);
	return rc;
}

/* ---- errors ---- */

static void first_line(const char *msg, char *out, size_t n)
{
	snprintf(out, n, "%.*s", (int)strcspn(msg, "\n"), msg);
}

/* The connection is gone (or going): P1017, and the pool will replace it. */
static void fail_closed(struct pgc *c, const char *why, struct rdb_error *err)
{
	char line[400];
	c->base.broken = true;
	first_line(why && *why ? why : PQerrorMessage(c->pq), line, sizeof(line));
	rdb_err_prisma(err, RDB_ERR_CONNECT, "P1017", "Server has closed the connection.");
	if (line[0])
		rdb_error_hint(err, "%s", line);
}

/* A libpq-level failure without a server result. */
static void fail_conn(struct pgc *c, struct rdb_error *err)
{
	char line[600];
	if (PQstatus(c->pq) != CONNECTION_OK) {
		fail_closed(c, NULL, err);
		return;
	}
	first_line(PQerrorMessage(c->pq), line, sizeof(line));
	rdb_error_set(err, RDB_ERR_DATABASE, "%s", line[0] ? line : "unknown libpq error");
}

/* "`a`,`b`" from "Key (a, b)=(1, 2) already exists." */
static bool fields_from_detail(const char *detail, struct strbuf *out)
{
	const char *p, *end;
	if (!detail || !(p = strstr(detail, "Key (")) || !(end = strstr(p, ")=(")))
		return false;
	p += 5;
	while (p < end) {
		const char *sep = strstr(p, ", ");
		const char *stop = sep && sep < end ? sep : end;
		if (out->len)
			strbuf_addch(out, ',');
		strbuf_addch(out, '`');
		for (; p < stop; p++)
			if (*p != '"')
				strbuf_addch(out, *p);
		strbuf_addch(out, '`');
		p = stop == end ? end : stop + 2;
	}
	return out->len > 0;
}

/*
 * The columns of a unique index, in key order, from the catalog: what
 * Prisma names in P2002. Cached per pool; only asked when the connection
 * is outside a transaction (an aborted one refuses every query).
 */
static bool fields_from_index(struct pgc *c, const char *schema, const char *index, struct strbuf *out)
{
	static const char sql[] =
		"SELECT a.attname FROM pg_catalog.pg_class ic "
		"JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
		"JOIN pg_catalog.pg_index i ON i.indexrelid = ic.oid "
		"CROSS JOIN LATERAL unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, ord) "
		"JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
		"WHERE ic.relname = $1 AND n.nspname = $2 AND k.ord <= i.indnkeyatts ORDER BY k.ord";
	char key[300], memo[512];
	const char *params[2] = {index, schema};
	PGresult *r;

	snprintf(key, sizeof(key), "unique:%s.%s", schema, index);
	if (c->pool && rdb_pool_memo_get(c->pool, key, memo, sizeof(memo))) {
		strbuf_addstr(out, memo);
		return true;
	}
	if (PQtransactionStatus(c->pq) != PQTRANS_IDLE)
		return false;
	r = PQexecParams(c->pq, sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) == PGRES_TUPLES_OK) {
		for (int i = 0; i < PQntuples(r); i++)
			strbuf_addf(out, "%s`%s`", i ? "," : "", PQgetvalue(r, i, 0));
	}
	PQclear(r);
	if (!out->len)
		return false;
	if (c->pool && out->len < sizeof(memo))
		rdb_pool_memo_put(c->pool, key, out->buf);
	return true;
}

/* Fills err from a failed result: SQLSTATE, the server's words, Prisma's code. */
static int pg_fail(struct pgc *c, const PGresult *r, struct rdb_error *err)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *hint = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_HINT) : NULL;
	const char *constraint = r ? PQresultErrorField(r, PG_DIAG_CONSTRAINT_NAME) : NULL;
	const char *column = r ? PQresultErrorField(r, PG_DIAG_COLUMN_NAME) : NULL;
	const char *schema = r ? PQresultErrorField(r, PG_DIAG_SCHEMA_NAME) : NULL;
	char sqlstate[6];

	if (PQstatus(c->pq) != CONNECTION_OK ||
	    (state && (!strncmp(state, "08", 2) || !strcmp(state, "57P01") || !strcmp(state, "57P02") ||
		       !strcmp(state, "57P03")))) {
		fail_closed(c, primary, err);
		if (state)
			snprintf(err->sqlstate, sizeof(err->sqlstate), "%s", state);
		return -1;
	}
	if (!state || !primary) {
		char line[600];
		first_line(r ? PQresultErrorMessage(r) : "", line, sizeof(line));
		if (!line[0])
			first_line(PQerrorMessage(c->pq), line, sizeof(line));
		return rdb_error_set(err, RDB_ERR_DATABASE, "%s", line[0] ? line : "unknown error");
	}
	snprintf(sqlstate, sizeof(sqlstate), "%s", state);
	if (!strcmp(state, "23505")) {
		struct strbuf f = STRBUF_INIT;
		if ((constraint && schema && fields_from_index(c, schema, constraint, &f)) ||
		    fields_from_detail(detail, &f))
			rdb_err_prisma(err, RDB_ERR_CONFLICT, "P2002", "Unique constraint failed on the fields: (%s)", f.buf);
		else if (constraint)
			rdb_err_prisma(err, RDB_ERR_CONFLICT, "P2002", "Unique constraint failed on the constraint: `%s`",
				       constraint);
		else
			rdb_err_prisma(err, RDB_ERR_CONFLICT, "P2002", "Unique constraint failed on the (not available)");
		strbuf_release(&f);
		/* The detail repeats the duplicate value: kept out of messages that end up in logs. */
		rdb_error_hint(err, "%s", primary);
	} else if (!strcmp(state, "23503")) {
		if (constraint)
			rdb_err_prisma(err, RDB_ERR_DATABASE, "P2003", "Foreign key constraint violated on the constraint: `%s`",
				       constraint);
		else
			rdb_err_prisma(err, RDB_ERR_DATABASE, "P2003", "Foreign key constraint violated on the foreign key");
		rdb_error_hint(err, "%s", primary);
	} else if (!strcmp(state, "23502")) {
		if (column)
			rdb_err_prisma(err, RDB_ERR_DATABASE, "P2011", "Null constraint violation on the fields: (`%s`)", column);
		else
			rdb_err_prisma(err, RDB_ERR_DATABASE, "P2011", "Null constraint violation on the (not available)");
		rdb_error_hint(err, "%s", primary);
	} else if (!strcmp(state, "40001") || !strcmp(state, "40P01")) {
		rdb_err_prisma(err, RDB_ERR_CONFLICT, "P2034",
			       "Transaction failed due to a write conflict or a deadlock. Please retry your transaction");
		rdb_error_hint(err, "%s", primary);
	} else if (!strcmp(state, "22001")) {
		rdb_err_prisma(err, RDB_ERR_DATABASE, "P2000",
			       "The provided value for the column is too long for the column's type. Column: %s",
			       column ? column : "(not available)");
		rdb_error_hint(err, "%s", primary);
	} else {
		rdb_error_set(err, RDB_ERR_DATABASE, "%s", primary);
		if (detail && hint)
			rdb_error_hint(err, "%s %s", detail, hint);
		else if (detail || hint)
			rdb_error_hint(err, "%s", detail ? detail : hint);
	}
	memcpy(err->sqlstate, sqlstate, sizeof(sqlstate));
	return -1;
}

/* ---- statement cache ----
 * A chained hash table for lookup by text plus a doubly linked recency
 * list for eviction; both O(1). Entries pinned by a running batch are
 * skipped by eviction so a batch never loses a statement it is about to
 * execute; the cache may exceed its bound until the batch ends.
 */

static struct pg_stmt **stmt_bucket(struct pgc *c, uint32_t hash)
{
	return &c->buckets[hash & (c->nbuckets - 1)];
}

static struct pg_stmt *stmt_find(struct pgc *c, const char *sql, size_t len, uint32_t hash)
{
	for (struct pg_stmt *s = *stmt_bucket(c, hash); s; s = s->hnext)
		if (s->hash == hash && s->len == len && !memcmp(s->sql, sql, len))
			return s;
	return NULL;
}

static struct pg_stmt *stmt_new(struct pgc *c, const char *sql, size_t len, uint32_t hash)
{
	struct pg_stmt *s = xcalloc(1, sizeof(*s));
	s->sql = xstrndup(sql, len);
	s->len = len;
	s->hash = hash;
	snprintf(s->name, sizeof(s->name), "rdb_%lu", c->next_id++);
	return s;
}

static void stmt_free(struct pg_stmt *s)
{
	if (!s)
		return;
	free(s->sql);
	free(s->ptypes);
	free(s);
}

static void lru_unlink(struct pgc *c, struct pg_stmt *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		c->mru = s->next;
	if (s->next)
		s->next->prev = s->prev;
	else
		c->lru = s->prev;
	s->prev = s->next = NULL;
}

static void lru_push(struct pgc *c, struct pg_stmt *s)
{
	s->prev = NULL;
	s->next = c->mru;
	if (c->mru)
		c->mru->prev = s;
	c->mru = s;
	if (!c->lru)
		c->lru = s;
}

/* Takes s out of the cache; with deallocate, its server side goes with the next prepare. */
static void stmt_drop(struct pgc *c, struct pg_stmt *s, bool deallocate)
{
	struct pg_stmt **pp = stmt_bucket(c, s->hash);
	while (*pp != s)
		pp = &(*pp)->hnext;
	*pp = s->hnext;
	lru_unlink(c, s);
	c->nstmts--;
	if (deallocate)
		vec_push(&c->dealloc, xstrdup(s->name));
	stmt_free(s);
}

/* Evicts the least recently used unpinned statements down to the bound. */
static void cache_trim(struct pgc *c)
{
	struct pg_stmt *s = c->lru;
	while (c->nstmts > c->cap && s) {
		struct pg_stmt *prev = s->prev;
		if (!s->pins)
			stmt_drop(c, s, true);
		s = prev;
	}
}

static void cache_insert(struct pgc *c, struct pg_stmt *s)
{
	struct pg_stmt **b;
	if (c->nstmts + 1 > c->nbuckets) {
		/* Keep chains short: rehash into twice the buckets. */
		size_t n = c->nbuckets * 2;
		struct pg_stmt **nb = xcalloc(n, sizeof(*nb));
		for (size_t i = 0; i < c->nbuckets; i++) {
			struct pg_stmt *e = c->buckets[i];
			while (e) {
				struct pg_stmt *next = e->hnext;
				e->hnext = nb[e->hash & (n - 1)];
				nb[e->hash & (n - 1)] = e;
				e = next;
			}
		}
		free(c->buckets);
		c->buckets = nb;
		c->nbuckets = n;
	}
	b = stmt_bucket(c, s->hash);
	s->hnext = *b;
	*b = s;
	lru_push(c, s);
	c->nstmts++;
	cache_trim(c);
}

/* Forgets every statement without telling the server (after DISCARD ALL, say). */
static void cache_forget_all(struct pgc *c)
{
	while (c->mru) {
		c->mru->pins = 0;
		stmt_drop(c, c->mru, false);
	}
	for (size_t i = 0; i < c->dealloc.len; i++)
		free(c->dealloc.items[i]);
	c->dealloc.len = 0;
}

/* ---- pipeline helpers ----
 * In pipeline mode libpq returns, per queued command, its result then a
 * NULL; per Sync, one PGRES_PIPELINE_SYNC result. After an error every
 * command up to the next Sync yields PGRES_PIPELINE_ABORTED. Reading must
 * follow that shape exactly or the next statement reads a stale result.
 */

/*
 * The result of the next command in pipeline mode, with the NULL that ends
 * it consumed. NULL when the connection broke.
 */
static PGresult *pipe_result(PGconn *pq)
{
	PGresult *r = PQgetResult(pq), *extra;
	if (!r)
		return NULL;
	/* A command has one result then NULL; anything more (COPY) is dropped. */
	while ((extra = PQgetResult(pq)) != NULL) {
		ExecStatusType st = PQresultStatus(extra);
		PQclear(extra);
		if (st == PGRES_PIPELINE_SYNC || PQstatus(pq) != CONNECTION_OK)
			break;
	}
	return r;
}

static int pipe_sync(PGconn *pq)
{
	PGresult *r = PQgetResult(pq);
	int ok = r && PQresultStatus(r) == PGRES_PIPELINE_SYNC;
	PQclear(r);
	return ok ? 0 : -1;
}

/* Sends what libpq has buffered, reading meanwhile so neither side's buffers fill up. */
static int pipe_flush(PGconn *pq)
{
	for (;;) {
		struct pollfd p;
		int f = PQflush(pq);
		if (f <= 0)
			return f;
		p.fd = PQsocket(pq);
		p.events = POLLIN | POLLOUT;
		p.revents = 0;
		if (poll(&p, 1, -1) < 0 && errno != EINTR)
			return -1;
		if ((p.revents & (POLLIN | POLLHUP | POLLERR)) && !PQconsumeInput(pq))
			return -1;
	}
}

/* ---- preparing ---- */

/*
 * Prepares stmts[0..n) in one round trip: evicted statements are
 * DEALLOCATE'd first (in their own sync so a failure there cannot abort
 * the rest), then Parse + Describe for each. Sets ->prepared and the
 * parameter types of those that succeeded; *bad is the first failure.
 * Does not touch the cache.
 */
static int prepare_many(struct pgc *c, struct pg_stmt **stmts, size_t n, size_t *bad, struct rdb_error *err)
{
	PGconn *pq = c->pq;
	size_t ndealloc = c->dealloc.len, kept = 0;
	PGresult *fail = NULL;
	VEC(pg_oid) unknown = {0};
	int rc = 0;

	*bad = n;
	if (!PQenterPipelineMode(pq)) {
		fail_conn(c, err);
		c->base.broken = true;
		return -1;
	}
	for (size_t i = 0; i < ndealloc; i++) {
		char q[64];
		snprintf(q, sizeof(q), "DEALLOCATE %s", c->dealloc.items[i]);
		if (!PQsendQueryParams(pq, q, 0, NULL, NULL, NULL, NULL, 0))
			goto broken;
	}
	if (ndealloc && !PQpipelineSync(pq))
		goto broken;
	for (size_t i = 0; i < n; i++) {
		if (!PQsendPrepare(pq, stmts[i]->name, stmts[i]->sql, 0, NULL) ||
		    !PQsendDescribePrepared(pq, stmts[i]->name))
			goto broken;
	}
	if (!PQpipelineSync(pq))
		goto broken;

	for (size_t i = 0; i < ndealloc; i++) {
		PGresult *r = pipe_result(pq);
		const char *st;
		if (!r)
			goto broken;
		/* Kept for next time only if the transaction refused it; gone otherwise. */
		st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (PQresultStatus(r) != PGRES_COMMAND_OK && st && !strcmp(st, "25P02"))
			c->dealloc.items[kept++] = c->dealloc.items[i];
		else
			free(c->dealloc.items[i]);
		PQclear(r);
	}
	if (ndealloc) {
		/* Names queued meanwhile cannot exist: ndealloc was all of them. */
		c->dealloc.len = kept;
		if (pipe_sync(pq) < 0)
			goto broken;
	}
	for (size_t i = 0; i < n; i++) {
		PGresult *parse = pipe_result(pq), *desc;
		if (!parse)
			goto broken;
		desc = pipe_result(pq);
		if (!desc) {
			PQclear(parse);
			goto broken;
		}
		if (PQresultStatus(parse) == PGRES_COMMAND_OK && PQresultStatus(desc) == PGRES_COMMAND_OK) {
			struct pg_stmt *s = stmts[i];
			s->nparams = PQnparams(desc);
			s->ptypes = xcalloc((size_t)s->nparams + 1, sizeof(*s->ptypes));
			for (int k = 0; k < s->nparams; k++) {
				s->ptypes[k].oid = PQparamtype(desc, k);
				if (!type_known(c, s->ptypes[k].oid))
					vec_push(&unknown, s->ptypes[k].oid);
			}
			for (int k = 0; k < PQnfields(desc); k++)
				if (!type_known(c, PQftype(desc, k)))
					vec_push(&unknown, PQftype(desc, k));
			s->prepared = true;
		} else if (!fail) {
			*bad = i;
			fail = PQresultStatus(parse) == PGRES_FATAL_ERROR ? parse : desc;
			if (fail == parse)
				parse = NULL;
			else
				desc = NULL;
		}
		PQclear(parse);
		PQclear(desc);
	}
	if (pipe_sync(pq) < 0)
		goto broken;
	if (!PQexitPipelineMode(pq))
		goto broken;
	if (fail) {
		pg_fail(c, fail, err);
		PQclear(fail);
		rc = -1;
	}
	if (unknown.len && resolve_types(c, unknown.items, unknown.len, err) < 0) {
		rc = -1;
		if (*bad == n)
			*bad = 0;
	}
	for (size_t i = 0; i < n; i++) {
		struct pg_stmt *s = stmts[i];
		if (!s->prepared)
			continue;
		for (int k = 0; k < s->nparams; k++)
			type_of(c, s->ptypes[k].oid, &s->ptypes[k]);
	}
	vec_free(&unknown);
	return rc;

broken:
	PQclear(fail);
	vec_free(&unknown);
	fail_closed(c, NULL, err);
	return -1;
}

/* The cached statement for sql, preparing it on a miss. */
static struct pg_stmt *stmt_get(struct pgc *c, const char *sql, struct rdb_error *err)
{
	size_t len = strlen(sql), bad;
	uint32_t h = hash_bytes(sql, len);
	struct pg_stmt *s = stmt_find(c, sql, len, h);
	if (s) {
		if (c->mru != s) {
			lru_unlink(c, s);
			lru_push(c, s);
		}
		return s;
	}
	s = stmt_new(c, sql, len, h);
	if (prepare_many(c, &s, 1, &bad, err) < 0) {
		if (s->prepared) /* prepared, but its types could not be looked up */
			vec_push(&c->dealloc, xstrdup(s->name));
		stmt_free(s);
		return NULL;
	}
	cache_insert(c, s);
	return s;
}

/* ---- binding ----
 * Parameters are encoded into one scratch buffer per connection and
 * pointed at afterwards (the buffer may move while it grows). Strings and
 * bytes whose binary form is their own bytes are passed without a copy.
 */

static void params_reserve(struct pgc *c, size_t n)
{
	if (n <= c->pcap)
		return;
	c->pcap = n < 16 ? 16 : n;
	c->pp = xrealloc(c->pp, c->pcap * sizeof(*c->pp));
	c->pvals = xrealloc(c->pvals, c->pcap * sizeof(*c->pvals));
	c->plens = xrealloc(c->plens, c->pcap * sizeof(*c->plens));
	c->pfmts = xrealloc(c->pfmts, c->pcap * sizeof(*c->pfmts));
}

/* Encodes params for s into pp[] (offsets into the scratch buffer). */
static int encode_params(struct pgc *c, const struct pg_stmt *s, const struct rdb_value *params, size_t n,
			 struct pg_param *pp, struct rdb_error *err)
{
	if (n != (size_t)s->nparams)
		return rdb_error_set(err, RDB_ERR_USAGE, "the statement takes %d parameter%s, %zu given", s->nparams,
				     s->nparams == 1 ? "" : "s", n);
	for (size_t i = 0; i < n; i++) {
		char msg[300];
		if (pg_encode(&s->ptypes[i], &params[i], &c->scratch, &pp[i], msg, sizeof(msg)) < 0)
			return rdb_error_set(err, RDB_ERR_USAGE, "parameter $%zu: %s", i + 1, msg);
		if (pp[i].len > INT_MAX)
			return rdb_error_set(err, RDB_ERR_USAGE, "parameter $%zu: value is larger than 2 GB", i + 1);
	}
	return 0;
}

/* pvals/plens/pfmts for libpq from encoded pp[0..n); valid until the scratch changes. */
static void params_point(struct pgc *c, const struct pg_param *pp, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (pp[i].is_null)
			c->pvals[i] = NULL;
		else
			c->pvals[i] = pp[i].direct ? pp[i].direct : c->scratch.buf + pp[i].off;
		c->plens[i] = (int)pp[i].len;
		c->pfmts[i] = pp[i].format;
	}
}

static void scratch_done(struct pgc *c)
{
	/* A huge batch should not pin its memory for the life of the connection. */
	if (c->scratch.alloc > (1u << 20))
		strbuf_release(&c->scratch);
	else
		strbuf_reset(&c->scratch);
}

/* ---- rows ----
 * Column types are resolved once per result, not per cell; a cell is
 * decoded only when asked, straight from the PGresult's buffer.
 */

static struct rdb_rows *make_rows(struct pgc *c, PGresult *r, struct rdb_result *res)
{
	struct rdb_rows *rows = rdb_result_alloc(res, sizeof(*rows));
	struct pg_type *cols;
	const char *tuples;
	rdb_result_own(res, clear_result, r);
	rows->dialect = &rdb_dialect_pg;
	rows->res = res;
	rows->impl = r;
	rows->nrows = (size_t)PQntuples(r);
	rows->ncols = (size_t)PQnfields(r);
	cols = rows->ncols ? rdb_result_alloc(res, rows->ncols * sizeof(*cols)) : NULL;
	for (size_t j = 0; j < rows->ncols; j++)
		type_of(c, PQftype(r, (int)j), &cols[j]);
	rows->cols = cols;
	tuples = PQcmdTuples(r);
	rows->affected = tuples && *tuples ? strtoull(tuples, NULL, 10) : 0;
	return rows;
}

/* A cell that points into the PGresult (text, json, bytes), copied into res. Arrays are copies already. */
static void keep_cell(struct rdb_result *res, const char *p, size_t len, struct rdb_value *out)
{
	uintptr_t lo = (uintptr_t)p, hi = lo + len;
	if (out->type == RDB_BYTES) {
		uintptr_t q = (uintptr_t)out->v.bytes.ptr;
		if (q >= lo && q <= hi) {
			uint8_t *copy = rdb_result_alloc(res, out->v.bytes.len ? out->v.bytes.len : 1);
			memcpy(copy, out->v.bytes.ptr, out->v.bytes.len);
			out->v.bytes.ptr = copy;
		}
		return;
	}
	if (out->type == RDB_TEXT || out->type == RDB_JSON || out->type == RDB_DECIMAL || out->type == RDB_UUID) {
		uintptr_t q = (uintptr_t)out->v.s.ptr;
		if (out->v.s.ptr && q >= lo && q <= hi)
			out->v.s.ptr = rdb_result_strndup(res, out->v.s.ptr, out->v.s.len);
	}
}

static bool pg_rows_get(const struct rdb_rows *rows, size_t row, size_t col, struct rdb_value *out)
{
	const PGresult *r = rows->impl;
	const struct pg_type *t = &((const struct pg_type *)rows->cols)[col];
	const char *p;
	size_t len;
	if (PQgetisnull(r, (int)row, (int)col)) {
		memset(out, 0, sizeof(*out));
		out->is_null = true;
		out->is_array = t->kind == PGK_ARRAY;
		out->type = pg_kind_rdb_type(t->kind == PGK_ARRAY ? t->elem_kind : t->kind);
		return true;
	}
	p = PQgetvalue(r, (int)row, (int)col);
	len = (size_t)PQgetlength(r, (int)row, (int)col);
	if (!pg_decode(t, p, len, rows->res, out)) {
		/* Malformed for its type (should not happen): hand over the raw bytes. */
		memset(out, 0, sizeof(*out));
		out->type = RDB_BYTES;
		out->v.bytes.ptr = (const uint8_t *)p;
		out->v.bytes.len = len;
	}
	if (rows->transient && !out->is_array)
		keep_cell(rows->res, p, len, out);
	return true;
}

static const char *pg_rows_name(const struct rdb_rows *rows, size_t col)
{
	return PQfname(rows->impl, (int)col);
}

/* ---- statements ---- */

static bool ok_status(ExecStatusType st)
{
	return st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK || st == PGRES_EMPTY_QUERY;
}

/* The cached statement no longer matches the server (DEALLOCATE'd, or a table changed under it). */
static bool stale_statement(const PGresult *r)
{
	const char *st = PQresultErrorField(r, PG_DIAG_SQLSTATE);
	const char *msg = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
	return st && (!strcmp(st, "26000") ||
		      (!strcmp(st, "0A000") && msg && strstr(msg, "cached plan must not change result type")));
}

/*
 * The cached statement for sql with params encoded and pointed at (c->pvals
 * and friends), ready to send; the caller calls scratch_done() once sent.
 */
static struct pg_stmt *bind_stmt(struct pgc *c, const char *sql, const struct rdb_value *params, size_t nparams,
				 struct rdb_error *err)
{
	struct pg_stmt *s = stmt_get(c, sql, err);
	if (!s)
		return NULL;
	params_reserve(c, nparams);
	if (encode_params(c, s, params, nparams, c->pp, err) < 0) {
		scratch_done(c);
		return NULL;
	}
	params_point(c, c->pp, nparams);
	return s;
}

/*
 * A cache hit is exactly one round trip (Bind + Execute + Sync, as
 * PQexecPrepared with binary results); a miss adds one for Parse +
 * Describe, and one more the first time a user-defined type shows up.
 */
static int pgd_query(struct rdb_conn *base, const char *sql, const struct rdb_value *params, size_t nparams,
		    struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	struct pg_stmt *s;
	PGresult *r;
	int attempt = 0;

again:
	if (!(s = bind_stmt(c, sql, params, nparams, err)))
		return -1;
	r = PQexecPrepared(c->pq, s->name, (int)nparams, c->pvals, c->plens, c->pfmts, 1);
	scratch_done(c);
	if (!r || !ok_status(PQresultStatus(r))) {
		/* Outside a transaction nothing was done yet: prepare afresh and retry once. */
		if (r && attempt == 0 && stale_statement(r) && PQtransactionStatus(c->pq) == PQTRANS_IDLE) {
			PQclear(r);
			stmt_drop(c, s, true);
			attempt++;
			goto again;
		}
		if (!r)
			fail_conn(c, err);
		else
			pg_fail(c, r, err);
		PQclear(r);
		return -1;
	}
	if (rows)
		*rows = make_rows(c, r, res);
	else
		PQclear(r);
	return 0;
}

/*
 * Like pgd_query, but in single-row mode: each row is decoded by fn and
 * freed before the next is read, so reading 10,000 rows never holds them
 * twice. The same one round trip; after a failure (fn's or the server's)
 * the remaining results are drained so the connection stays usable.
 */
static int pgd_query_each(struct rdb_conn *base, const char *sql, const struct rdb_value *params, size_t nparams,
			  struct rdb_result *res, rdb_row_fn fn, void *ctx, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	struct pg_stmt *s;
	struct rdb_rows rows;
	PGresult *r, *stale;
	int attempt = 0, rc;
	bool got_rows;

again:
	if (!(s = bind_stmt(c, sql, params, nparams, err)))
		return -1;
	if (!PQsendQueryPrepared(c->pq, s->name, (int)nparams, c->pvals, c->plens, c->pfmts, 1)) {
		scratch_done(c);
		fail_conn(c, err);
		return -1;
	}
	scratch_done(c);
	PQsetSingleRowMode(c->pq);
	memset(&rows, 0, sizeof(rows));
	rows.dialect = &rdb_dialect_pg;
	rows.res = res;
	rows.nrows = 1;
	rows.transient = true;
	rc = 0;
	got_rows = false;
	stale = NULL;
	while ((r = PQgetResult(c->pq))) {
		ExecStatusType st = PQresultStatus(r);
		if (rc < 0 || stale) {
			PQclear(r); /* draining after a failure */
			continue;
		}
		if (st == PGRES_SINGLE_TUPLE) {
			if (!rows.cols) {
				struct pg_type *cols;
				rows.ncols = (size_t)PQnfields(r);
				cols = rdb_result_alloc(res, (rows.ncols ? rows.ncols : 1) * sizeof(*cols));
				for (size_t j = 0; j < rows.ncols; j++)
					type_of(c, PQftype(r, (int)j), &cols[j]);
				rows.cols = cols;
			}
			rows.impl = r;
			got_rows = true;
			if (fn(ctx, &rows, 0, err) < 0)
				rc = -1;
			PQclear(r);
			continue;
		}
		if (ok_status(st)) {
			PQclear(r);
			continue;
		}
		if (!got_rows && attempt == 0 && stale_statement(r)) {
			stale = r; /* retried below once the connection is idle again */
			continue;
		}
		pg_fail(c, r, err);
		rc = -1;
		PQclear(r);
	}
	if (stale) {
		/* Outside a transaction nothing was done yet: prepare afresh and retry once. */
		if (PQtransactionStatus(c->pq) == PQTRANS_IDLE) {
			PQclear(stale);
			stmt_drop(c, s, true);
			attempt++;
			goto again;
		}
		pg_fail(c, stale, err);
		PQclear(stale);
		return -1;
	}
	if (rc == 0 && PQstatus(c->pq) != CONNECTION_OK) {
		fail_conn(c, err);
		return -1;
	}
	return rc;
}

static bool mentions(const char *sql, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = sql; *p; p++)
		if (!strncasecmp(p, word, n))
			return true;
	return false;
}

/*
 * The simple protocol: several statements at once, no parameters, text
 * results (discarded). For DDL and scripts, where a prepared statement
 * would only pollute the cache.
 */
static int pg_exec_raw(struct rdb_conn *base, const char *sql, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	PGresult *r = PQexec(c->pq, sql);
	int rc = 0;
	if (!r || !ok_status(PQresultStatus(r))) {
		if (!r)
			fail_conn(c, err);
		else
			pg_fail(c, r, err);
		rc = -1;
	}
	PQclear(r);
	/* The server forgot our prepared statements: so do we. */
	if (mentions(sql, "DISCARD ALL") || mentions(sql, "DEALLOCATE ALL") || mentions(sql, "DEALLOCATE PREPARE ALL"))
		cache_forget_all(c);
	/* The schema of the URL is part of the session we promise (TimeZone survives: it is a startup option). */
	if (rc == 0 && (mentions(sql, "DISCARD ALL") || mentions(sql, "RESET ALL") || mentions(sql, "RESET search_path")) &&
	    PQtransactionStatus(c->pq) != PQTRANS_INERROR) {
		r = PQexec(c->pq, c->search_path_sql);
		if (!r || PQresultStatus(r) != PGRES_COMMAND_OK)
			rc = r ? pg_fail(c, r, err) : (fail_conn(c, err), -1);
		PQclear(r);
	}
	return rc;
}

/* ---- transactions ---- */

/* libpq tracks the server's transaction state from every ReadyForQuery: no round trip. */
static bool pg_in_transaction(const struct rdb_conn *base)
{
	const struct pgc *c = (const struct pgc *)base;
	PGTransactionStatusType st = PQtransactionStatus(c->pq);
	return st == PQTRANS_INTRANS || st == PQTRANS_INERROR || st == PQTRANS_ACTIVE;
}

static int simple(struct pgc *c, const char *sql, PGresult **keep, struct rdb_error *err)
{
	PGresult *r = PQexec(c->pq, sql);
	if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
		if (!r)
			fail_conn(c, err);
		else
			pg_fail(c, r, err);
		PQclear(r);
		return -1;
	}
	if (keep)
		*keep = r;
	else
		PQclear(r);
	return 0;
}

static int pg_begin(struct rdb_conn *base, enum rdb_isolation level, struct rdb_error *err)
{
	static const char *const sql[] = {
		[RDB_ISOLATION_DEFAULT] = "BEGIN",
		[RDB_READ_UNCOMMITTED] = "BEGIN ISOLATION LEVEL READ UNCOMMITTED",
		[RDB_READ_COMMITTED] = "BEGIN ISOLATION LEVEL READ COMMITTED",
		[RDB_REPEATABLE_READ] = "BEGIN ISOLATION LEVEL REPEATABLE READ",
		[RDB_SERIALIZABLE] = "BEGIN ISOLATION LEVEL SERIALIZABLE",
	};
	struct pgc *c = (struct pgc *)base;
	if ((unsigned)level >= ARRAY_SIZE(sql))
		return rdb_error_set(err, RDB_ERR_USAGE, "unknown isolation level %d", (int)level);
	if (pg_in_transaction(base))
		return rdb_err_prisma(err, RDB_ERR_USAGE, "P2028",
				      "Transaction API error: a transaction is already open on this connection");
	return simple(c, sql[level], NULL, err);
}

static int pg_commit(struct rdb_conn *base, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	PGresult *r = NULL;
	bool rolled_back;
	if (!pg_in_transaction(base))
		return rdb_err_prisma(err, RDB_ERR_USAGE, "P2028", "Transaction API error: no transaction is open");
	if (simple(c, "COMMIT", &r, err) < 0)
		return -1;
	/* COMMIT of a transaction that had failed answers ROLLBACK: nothing was kept. */
	rolled_back = !strcmp(PQcmdStatus(r), "ROLLBACK");
	PQclear(r);
	if (rolled_back) {
		rdb_err_prisma(err, RDB_ERR_DATABASE, "P2028",
			       "Transaction API error: the transaction was rolled back because a statement in it failed");
		snprintf(err->sqlstate, sizeof(err->sqlstate), "25P02");
		return -1;
	}
	return 0;
}

static int pg_rollback(struct rdb_conn *base, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	if (!pg_in_transaction(base))
		return 0;
	return simple(c, "ROLLBACK", NULL, err);
}

/* ---- batches ---- */

/*
 * Runs stmts in libpq's pipeline mode. Atomic (or inside an open
 * transaction) they share one Sync: outside a transaction that makes them
 * one implicit transaction, and the first error skips the rest. Otherwise
 * each gets its own Sync and commits on its own.
 */
static int pg_batch_run(struct rdb_conn *base, const struct rdb_batch_stmt *stmts, size_t n, bool atomic,
			struct rdb_result *res, struct rdb_rows **rows, size_t nrows, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	PGconn *pq = c->pq;
	struct pg_stmt **sts = NULL;
	VEC(struct pg_stmt *) todo = {0};
	struct pg_param *pp = NULL;
	size_t *first = NULL, npp = 0, fail_i = 0, bad;
	bool one_sync = atomic || pg_in_transaction(base);
	bool nonblocking = false, piped = false;
	PGresult *fail = NULL;
	int rc = -1;

	for (size_t i = 0; i < nrows && rows; i++)
		rows[i] = NULL;
	if (n == 0)
		return 0;
	sts = xcalloc(n, sizeof(*sts));
	/* Find each statement, or queue it for preparing once even when repeated. */
	for (size_t i = 0; i < n; i++) {
		size_t len;
		uint32_t h;
		struct pg_stmt *s;
		if (i > 0 && stmts[i].sql == stmts[i - 1].sql) { /* the batch shares repeated text */
			sts[i] = sts[i - 1];
			sts[i]->pins++;
			npp += stmts[i].nparams;
			continue;
		}
		len = strlen(stmts[i].sql);
		h = hash_bytes(stmts[i].sql, len);
		s = stmt_find(c, stmts[i].sql, len, h);
		for (size_t k = 0; !s && k < todo.len; k++)
			if (todo.items[k]->hash == h && todo.items[k]->len == len &&
			    !memcmp(todo.items[k]->sql, stmts[i].sql, len))
				s = todo.items[k];
		if (!s) {
			s = stmt_new(c, stmts[i].sql, len, h);
			vec_push(&todo, s);
			first = xrealloc(first, todo.len * sizeof(*first));
			first[todo.len - 1] = i;
		}
		s->pins++;
		sts[i] = s;
		npp += stmts[i].nparams;
	}
	if (todo.len) {
		int prc = prepare_many(c, todo.items, todo.len, &bad, err);
		for (size_t k = 0; k < todo.len; k++)
			if (todo.items[k]->prepared)
				cache_insert(c, todo.items[k]);
		if (prc < 0) {
			char prefix[48];
			snprintf(prefix, sizeof(prefix), "statement %zu: ", (bad < todo.len ? first[bad] : 0) + 1);
			rdb_err_prefix(err, prefix);
			goto out;
		}
	}

	/* Encode everything before sending anything: a bad value must not leave half a batch run. */
	pp = xcalloc(npp + 1, sizeof(*pp));
	for (size_t i = 0, at = 0; i < n; at += stmts[i].nparams, i++) {
		if (encode_params(c, sts[i], stmts[i].params, stmts[i].nparams, pp + at, err) < 0) {
			char prefix[48];
			snprintf(prefix, sizeof(prefix), "statement %zu: ", i + 1);
			rdb_err_prefix(err, prefix);
			goto out;
		}
	}

	if (PQsetnonblocking(pq, 1) != 0 || !PQenterPipelineMode(pq)) {
		fail_conn(c, err);
		c->base.broken = true;
		goto out;
	}
	nonblocking = piped = true;
	for (size_t i = 0, at = 0; i < n; at += stmts[i].nparams, i++) {
		params_reserve(c, stmts[i].nparams);
		params_point(c, pp + at, stmts[i].nparams);
		/* libpq sends by itself every 64 kB in pipeline mode; no flush per statement. */
		if (!PQsendQueryPrepared(pq, sts[i]->name, (int)stmts[i].nparams, c->pvals, c->plens, c->pfmts, 1) ||
		    (!one_sync && !PQpipelineSync(pq)))
			goto broken;
	}
	if ((one_sync && !PQpipelineSync(pq)) || pipe_flush(pq) < 0)
		goto broken;
	PQsetnonblocking(pq, 0);
	nonblocking = false;

	for (size_t i = 0; i < n; i++) {
		PGresult *r = pipe_result(pq);
		ExecStatusType st;
		if (!r)
			goto broken;
		st = PQresultStatus(r);
		if (ok_status(st) && rows && res && i < nrows) {
			rows[i] = make_rows(c, r, res);
		} else if (st == PGRES_FATAL_ERROR && !fail) {
			fail = r;
			fail_i = i;
		} else {
			PQclear(r);
		}
		if (!one_sync && pipe_sync(pq) < 0)
			goto broken;
	}
	if (one_sync && pipe_sync(pq) < 0)
		goto broken;
	if (!PQexitPipelineMode(pq))
		goto broken;
	piped = false;
	if (fail) {
		char prefix[48];
		/* All or nothing: rows of statements that were rolled back are not results. */
		if (one_sync)
			for (size_t i = 0; i < nrows && rows; i++)
				rows[i] = NULL;
		pg_fail(c, fail, err);
		snprintf(prefix, sizeof(prefix), "statement %zu: ", fail_i + 1);
		rdb_err_prefix(err, prefix);
		goto out;
	}
	rc = 0;
	goto out;

broken:
	fail_closed(c, NULL, err);
out:
	if (nonblocking)
		PQsetnonblocking(pq, 0);
	if (piped)
		c->base.broken = true; /* results still queued: not reusable */
	PQclear(fail);
	scratch_done(c);
	for (size_t i = 0; i < n; i++)
		if (sts[i]->prepared)
			sts[i]->pins--;
	for (size_t k = 0; k < todo.len; k++)
		if (!todo.items[k]->prepared)
			stmt_free(todo.items[k]);
	cache_trim(c);
	vec_free(&todo);
	free(first);
	free(pp);
	free(sts);
	return rc;
}

/* ---- connection lifecycle ---- */

static int pg_conn_open(const void *target, const struct rdb_connect_opts *o, struct rdb_conn **out,
			struct rdb_error *err)
{
	const struct pg_rt_target *tt = target;
	struct pg_target t = tt->t; /* a shallow copy: only pointers are swapped below */
	struct strbuf opts = STRBUF_INIT;
	struct pgc *c;
	PGconn *pq;
	const char *idt;

	if (rdb_pq_load(err) < 0)
		return -1;
	if (!PQenterPipelineMode) {
		rdb_error_set(err, RDB_ERR_CONFIG, "the PostgreSQL client library is too old (pipeline mode needs libpq 14)");
		rdb_error_hint(err, "install a newer libpq5");
		return -1;
	}
	/*
	 * DateTime values are UTC microseconds; with the session in UTC, the
	 * server's own casts between timestamp and timestamptz agree with us.
	 * Ours comes last so a URL's options cannot override it.
	 */
	if (t.options && *t.options)
		strbuf_addf(&opts, "%s ", t.options);
	strbuf_addstr(&opts, "-c TimeZone=UTC");
	t.options = opts.buf;
	if (o->password)
		t.password = (char *)o->password;
	if (o->application_name && !t.application_name)
		t.application_name = (char *)o->application_name;
	pq = pg_connect(&t, NULL, err);
	strbuf_release(&opts);
	if (!pq)
		return -1;
	PQsetNoticeReceiver(pq, quiet_notice, NULL);
	idt = PQparameterStatus(pq, "integer_datetimes");
	if (idt && strcmp(idt, "on")) {
		PQfinish(pq);
		return rdb_error_set(err, RDB_ERR_CONFIG, "the server stores timestamps as floats (integer_datetimes=off)");
	}
	c = xcalloc(1, sizeof(*c));
	c->base.dialect = &rdb_dialect_pg;
	c->pq = pq;
	c->pool = o->pool;
	{
		struct strbuf sp = STRBUF_INIT;
		strbuf_addstr(&sp, "SET search_path = ");
		pg_quote_ident(&sp, t.schema);
		c->search_path_sql = strbuf_detach(&sp, NULL);
	}
	c->cap = o->statement_cache_size > 0 ? (size_t)o->statement_cache_size : 256;
	c->nbuckets = 64;
	c->buckets = xcalloc(c->nbuckets, sizeof(*c->buckets));
	strbuf_init(&c->scratch, 0);
	*out = &c->base;
	return 0;
}

static void pg_conn_close(struct rdb_conn *base)
{
	struct pgc *c = (struct pgc *)base;
	if (!c)
		return;
	PQfinish(c->pq);
	cache_forget_all(c);
	vec_free(&c->dealloc);
	free(c->buckets);
	free(c->types);
	strbuf_release(&c->scratch);
	free(c->pp);
	free(c->pvals);
	free(c->plens);
	free(c->pfmts);
	free(c->search_path_sql);
	free(c);
}

/*
 * Whether an idle connection still has a server, without a round trip:
 * an idle socket has nothing to read unless the server said goodbye
 * (pg_terminate_backend, shutdown) or closed it (restart, crash).
 */
static bool pg_alive(struct rdb_conn *base)
{
	struct pgc *c = (struct pgc *)base;
	for (int i = 0; i < 4; i++) {
		struct pollfd p;
		int n;
		if (PQstatus(c->pq) != CONNECTION_OK)
			return false;
		p.fd = PQsocket(c->pq);
		p.events = POLLIN;
		p.revents = 0;
		if (p.fd < 0)
			return false;
		n = poll(&p, 1, 0);
		if (n == 0)
			return true;
		if (n < 0)
			return errno == EINTR;
		/* Readable: a notice, a parameter change, or the end. Read it and look again. */
		if (!PQconsumeInput(c->pq))
			return false;
		if (PQisBusy(c->pq))
			return false;
	}
	return PQstatus(c->pq) == CONNECTION_OK;
}

static int pg_ping(struct rdb_conn *base, struct rdb_error *err)
{
	struct pgc *c = (struct pgc *)base;
	PGresult *r = PQexec(c->pq, "");
	int ok = r && PQresultStatus(r) == PGRES_EMPTY_QUERY;
	PQclear(r);
	if (!ok)
		fail_closed(c, NULL, err);
	return ok ? 0 : -1;
}

/*
 * Before a connection goes back to the pool: anything the borrower left
 * open is rolled back, so the next borrower starts clean. States that
 * cannot be cleaned (a result still pending, pipeline mode) close it.
 */
static int pg_reset(struct rdb_conn *base)
{
	struct pgc *c = (struct pgc *)base;
	PGresult *r;
	int ok;
	if (PQstatus(c->pq) != CONNECTION_OK || PQpipelineStatus(c->pq) != PQ_PIPELINE_OFF)
		return -1;
	switch (PQtransactionStatus(c->pq)) {
	case PQTRANS_IDLE:
		return 0;
	case PQTRANS_INTRANS:
	case PQTRANS_INERROR:
		r = PQexec(c->pq, "ROLLBACK");
		ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
		PQclear(r);
		return ok && PQtransactionStatus(c->pq) == PQTRANS_IDLE ? 0 : -1;
	default:
		return -1; /* a query still running, or no connection */
	}
}

const struct rdb_dialect rdb_dialect_pg = {
	.kind = RDB_POSTGRESQL,
	.name = "postgresql",
	.target_parse = pg_target_parse_rt,
	.target_free = pg_target_free_rt,
	.target_identity = pg_target_identity,
	.target_pool_hints = pg_target_pool_hints,
	.connect = pg_conn_open,
	.close = pg_conn_close,
	.alive = pg_alive,
	.ping = pg_ping,
	.reset = pg_reset,
	.query = pgd_query,
	.query_each = pgd_query_each,
	.exec_raw = pg_exec_raw,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.in_transaction = pg_in_transaction,
	.batch_run = pg_batch_run,
	.rows_get = pg_rows_get,
	.rows_name = pg_rows_name,
};
