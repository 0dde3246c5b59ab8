/*
 * pool.c: the connection pool. One mutex guards the counters and the idle
 * list; connecting, pinging and closing happen outside it, so a slow
 * server stalls only the thread that needs a new connection. A slot is
 * reserved (open++) before connecting, which keeps open <= max_size
 * without holding the lock across the network.
 *
 * A maintenance thread closes connections idle or alive for too long and
 * tops the pool up to min_size; it sleeps on its own condition variable
 * and exits when the pool is destroyed.
 *
 * Ownership: the pool owns its idle connections, its parsed URL and its
 * memo; lent connections are the borrower's until rdb_pool_release().
 * rdb_pool_destroy() frees the pool at once, or, when connections are
 * still lent out, when the last of them comes back.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime.h"
#include "util/util.h"

struct memo {
	char *key, *value;
	struct memo *next;
};

#define MEMO_MAX 512

/*
 * A connection returned less than this long ago is lent without the
 * liveness check (one poll() syscall, 1.7 us on our VMs, ~4% of a
 * one-row query). A server that drops it within that window is seen by
 * the next query as P1017, as if it had dropped during the query; after
 * that, every borrow is checked, so a restart is noticed before use.
 * HikariCP and pgx skip the check for 500 ms and 1 s.
 */
#define LIVENESS_BYPASS_US 1000

struct rdb_pool {
	pthread_mutex_t mu;
	pthread_cond_t available; /* a connection or a free slot */
	pthread_cond_t wake;      /* the maintenance thread's alarm clock */
	pthread_t reaper;
	bool has_reaper;

	const struct rdb_dialect *d;
	void *target;
	struct rdb_pool_config cfg; /* defaults applied; strings owned */

	struct rdb_conn *idle; /* most recently returned first */
	int nidle, open, in_use, waiting;
	uint64_t created, closed, reconnects, timeouts;
	bool closing;   /* destroy started: no new loans */
	bool destroyed; /* free when the last connection comes back */

	struct memo *memo;
	int nmemo;
};

static void deadline_after(struct timespec *ts, int64_t ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += ms / 1000;
	ts->tv_nsec += (ms % 1000) * 1000000;
	if (ts->tv_nsec >= 1000000000) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000;
	}
}

static void pool_free(struct rdb_pool *p)
{
	struct memo *m = p->memo;
	while (m) {
		struct memo *next = m->next;
		free(m->key);
		free(m->value);
		free(m);
		m = next;
	}
	p->d->target_free(p->target);
	free((char *)p->cfg.url);
	free((char *)p->cfg.application_name);
	pthread_cond_destroy(&p->available);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->mu);
	free(p);
}

/* Under the lock: whether the caller is the last user of a destroyed pool. */
static bool last_one_out(const struct rdb_pool *p)
{
	return p->destroyed && p->open == 0 && p->waiting == 0;
}

/* Opens one connection, asking the password hook first. The caller holds a slot. */
static int connect_new(struct rdb_pool *p, struct rdb_conn **out, struct rdb_error *err)
{
	char pw[8192];
	struct rdb_connect_opts o;
	int rc;

	memset(&o, 0, sizeof(o));
	o.application_name = p->cfg.application_name;
	o.statement_cache_size = p->cfg.statement_cache_size;
	o.pool = p;
	pw[0] = '\0';
	if (p->cfg.password) {
		const char *host, *user;
		int port;
		struct rdb_error herr;
		p->d->target_identity(p->target, &host, &port, &user);
		rdb_error_clear(&herr);
		/* Asked every time: IAM tokens expire after 15 minutes. */
		if (p->cfg.password(p->cfg.password_ctx, host, port, user, pw, sizeof(pw), &herr) != 0) {
			explicit_bzero(pw, sizeof(pw));
			if (herr.code == RDB_OK)
				return rdb_error_set(err, RDB_ERR_CONNECT, "the password callback failed for %s@%s:%d",
						     user, host, port);
			*err = herr;
			return -1;
		}
		pw[sizeof(pw) - 1] = '\0';
		o.password = pw;
	}
	rc = p->d->connect(p->target, &o, out, err);
	explicit_bzero(pw, sizeof(pw));
	if (rc < 0)
		return -1;
	(*out)->pool = p;
	(*out)->next = NULL;
	(*out)->broken = false;
	(*out)->created_ms = (*out)->idle_since_ms = rdb_now_ms();
	(*out)->idle_since_us = rdb_now_us();
	return 0;
}

/*
 * The maintenance thread. Idle timeouts matter most when the service is
 * quiet, exactly when no acquire or release would run to enforce them,
 * hence a thread rather than checks on the hot path.
 */
static void *reaper_main(void *arg)
{
	struct rdb_pool *p = arg;
	int64_t tick = 1000;
	/* Wake often enough to honour short timeouts (tests use a few hundred ms). */
	if (p->cfg.idle_timeout_ms > 0 && p->cfg.idle_timeout_ms / 4 < tick)
		tick = p->cfg.idle_timeout_ms / 4;
	if (p->cfg.max_lifetime_ms > 0 && p->cfg.max_lifetime_ms / 4 < tick)
		tick = p->cfg.max_lifetime_ms / 4;
	if (tick < 10)
		tick = 10;

	pthread_mutex_lock(&p->mu);
	while (!p->closing) {
		struct timespec ts;
		struct rdb_conn *doomed = NULL, **pp;
		int64_t now;
		int need = 0;

		deadline_after(&ts, tick);
		pthread_cond_timedwait(&p->wake, &p->mu, &ts);
		if (p->closing)
			break;
		now = rdb_now_ms();
		pp = &p->idle;
		while (*pp) {
			struct rdb_conn *c = *pp;
			bool old = p->cfg.max_lifetime_ms > 0 && now - c->created_ms >= p->cfg.max_lifetime_ms;
			bool unused = p->cfg.idle_timeout_ms > 0 && now - c->idle_since_ms >= p->cfg.idle_timeout_ms &&
				      p->open > p->cfg.min_size;
			if (old || unused) {
				*pp = c->next;
				c->next = doomed;
				doomed = c;
				p->nidle--;
				p->open--;
				p->closed++;
			} else {
				pp = &c->next;
			}
		}
		if (p->open < p->cfg.min_size) {
			need = p->cfg.min_size - p->open;
			p->open += need;
		}
		pthread_mutex_unlock(&p->mu);

		while (doomed) {
			struct rdb_conn *next = doomed->next;
			p->d->close(doomed);
			doomed = next;
		}
		for (int i = 0; i < need; i++) {
			struct rdb_conn *c = NULL;
			struct rdb_error err;
			int rc = connect_new(p, &c, &err);
			pthread_mutex_lock(&p->mu);
			if (rc == 0) {
				c->next = p->idle;
				p->idle = c;
				p->nidle++;
				p->created++;
				pthread_cond_signal(&p->available);
			} else {
				/* Server down: give the slots back and try again next tick. */
				p->open -= need - i;
				need = i;
			}
			pthread_mutex_unlock(&p->mu);
		}
		pthread_mutex_lock(&p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int apply_defaults(struct rdb_pool *p, const struct rdb_pool_config *in)
{
	int limit = -1, timeout_s = -1, stmt_cache = -1;
	struct rdb_pool_config *c = &p->cfg;
	*c = *in;
	p->d->target_pool_hints(p->target, &limit, &timeout_s, &stmt_cache);
	/* Zero means "default"; a negative time means "never". */
	if (c->max_size <= 0)
		c->max_size = limit > 0 ? limit : 10;
	if (c->min_size < 0)
		c->min_size = 0;
	if (c->min_size > c->max_size)
		c->min_size = c->max_size;
	if (c->acquire_timeout_ms <= 0)
		c->acquire_timeout_ms = timeout_s > 0 ? timeout_s * 1000 : 10000;
	if (c->idle_timeout_ms == 0)
		c->idle_timeout_ms = 300000;
	if (c->max_lifetime_ms == 0)
		c->max_lifetime_ms = 1800000;
	if (c->health_check_idle_ms == 0)
		c->health_check_idle_ms = 5000;
	if (c->statement_cache_size <= 0)
		c->statement_cache_size = stmt_cache > 0 ? stmt_cache : 256;
	c->url = xstrdup(in->url);
	c->application_name = in->application_name ? xstrdup(in->application_name) : NULL;
	return 0;
}

int rdb_pool_create(const struct rdb_pool_config *cfg, struct rdb_pool **out, struct rdb_error *err)
{
	struct rdb_pool *p;
	pthread_condattr_t ca;

	*out = NULL;
	if (!cfg || !cfg->url || !*cfg->url)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_pool_create: no database URL");
	if (!strncmp(cfg->url, "mysql:", 6)) {
		rdb_error_set(err, RDB_ERR_CONFIG, "MySQL is not supported by this build of librdb yet");
		return -1;
	}
	p = xcalloc(1, sizeof(*p));
	p->d = &rdb_dialect_pg;
	if (p->d->target_parse(cfg->url, &p->target, err) < 0) {
		free(p);
		return -1;
	}
	apply_defaults(p, cfg);
	pthread_mutex_init(&p->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&p->available, &ca);
	pthread_cond_init(&p->wake, &ca);
	pthread_condattr_destroy(&ca);

	for (int i = 0; i < p->cfg.min_size; i++) {
		struct rdb_conn *c;
		if (connect_new(p, &c, err) < 0) {
			rdb_pool_destroy(p);
			return -1;
		}
		c->next = p->idle;
		p->idle = c;
		p->nidle++;
		p->open++;
		p->created++;
	}
	if (p->cfg.idle_timeout_ms > 0 || p->cfg.max_lifetime_ms > 0 || p->cfg.min_size > 0) {
		if (pthread_create(&p->reaper, NULL, reaper_main, p) == 0)
			p->has_reaper = true;
	}
	*out = p;
	return 0;
}

void rdb_pool_destroy(struct rdb_pool *p)
{
	struct rdb_conn *idle;
	bool free_now;
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	p->closing = true;
	pthread_cond_broadcast(&p->available);
	pthread_cond_broadcast(&p->wake);
	pthread_mutex_unlock(&p->mu);
	/* Joined before anything is freed: the thread reads the pool until it exits. */
	if (p->has_reaper)
		pthread_join(p->reaper, NULL);

	pthread_mutex_lock(&p->mu);
	idle = p->idle;
	p->idle = NULL;
	p->open -= p->nidle;
	p->closed += (uint64_t)p->nidle;
	p->nidle = 0;
	p->destroyed = true;
	free_now = last_one_out(p);
	pthread_mutex_unlock(&p->mu);
	while (idle) {
		struct rdb_conn *next = idle->next;
		p->d->close(idle);
		idle = next;
	}
	if (free_now)
		pool_free(p);
}

static int pool_timeout_error(const struct rdb_pool *p, struct rdb_error *err)
{
	rdb_err_prisma(err, RDB_ERR_TIMEOUT, "P2024",
		       "Timed out fetching a new connection from the connection pool. More info: "
		       "http://pris.ly/d/connection-pool (Current connection pool timeout: %g, connection limit: %d)",
		       p->cfg.acquire_timeout_ms / 1000.0, p->cfg.max_size);
	rdb_error_hint(err, "all %d connections stayed in use for %d ms; release connections sooner or raise max_size",
		       p->cfg.max_size, p->cfg.acquire_timeout_ms);
	return -1;
}

/* Whether an idle connection can be lent as it is. */
static bool still_good(struct rdb_pool *p, struct rdb_conn *c, bool *dead)
{
	int64_t now = rdb_now_ms();
	struct rdb_error err;
	*dead = false;
	if (p->cfg.max_lifetime_ms > 0 && now - c->created_ms >= p->cfg.max_lifetime_ms)
		return false;
	if (rdb_now_us() - c->idle_since_us >= LIVENESS_BYPASS_US && !p->d->alive(c)) {
		*dead = true;
		return false;
	}
	if (p->cfg.health_check_idle_ms > 0 && now - c->idle_since_ms >= p->cfg.health_check_idle_ms &&
	    p->d->ping(c, &err) < 0) {
		*dead = true;
		return false;
	}
	return true;
}

/*
 * Most recently returned first: a warm connection has its statements
 * prepared and its pages in cache, and the cold ones at the tail are the
 * ones the idle timeout closes.
 */
int rdb_pool_acquire(struct rdb_pool *p, struct rdb_conn **out, struct rdb_error *err)
{
	struct timespec deadline;
	struct rdb_conn *c = NULL;
	bool dead = false;

	*out = NULL;
	if (!p)
		return rdb_error_set(err, RDB_ERR_USAGE, "rdb_pool_acquire: no pool");
	deadline_after(&deadline, p->cfg.acquire_timeout_ms);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		if (p->closing) {
			bool last = last_one_out(p);
			pthread_mutex_unlock(&p->mu);
			if (last)
				pool_free(p);
			return rdb_error_set(err, RDB_ERR_USAGE, "the connection pool is being destroyed");
		}
		if (p->idle) {
			c = p->idle;
			p->idle = c->next;
			c->next = NULL;
			p->nidle--;
			p->in_use++;
			break;
		}
		if (p->open < p->cfg.max_size) {
			p->open++;
			p->in_use++;
			break;
		}
		p->waiting++;
		/* The deadline is checked after waking so a late signal is not lost. */
		if (pthread_cond_timedwait(&p->available, &p->mu, &deadline) == ETIMEDOUT && !p->idle &&
		    p->open >= p->cfg.max_size && !p->closing) {
			p->waiting--;
			p->timeouts++;
			pthread_mutex_unlock(&p->mu);
			return pool_timeout_error(p, err);
		}
		p->waiting--;
	}
	pthread_mutex_unlock(&p->mu);

	if (c && still_good(p, c, &dead)) {
		*out = c;
		return 0;
	}
	if (c) {
		/* Dropped by the server, or too old: replace it in the same slot. */
		p->d->close(c);
		pthread_mutex_lock(&p->mu);
		p->closed++;
		if (dead)
			p->reconnects++;
		pthread_mutex_unlock(&p->mu);
		c = NULL;
	}
	if (connect_new(p, &c, err) < 0) {
		pthread_mutex_lock(&p->mu);
		p->open--;
		p->in_use--;
		pthread_cond_signal(&p->available);
		pthread_mutex_unlock(&p->mu);
		return -1;
	}
	pthread_mutex_lock(&p->mu);
	p->created++;
	pthread_mutex_unlock(&p->mu);
	*out = c;
	return 0;
}

void rdb_pool_release(struct rdb_pool *p, struct rdb_conn *c)
{
	bool keep, last;
	int64_t now;
	if (!p || !c)
		return;
	/* Rolls back a transaction left open; a broken connection is not worth it. */
	keep = !c->broken && p->d->reset(c) == 0;
	now = rdb_now_ms();
	if (keep && p->cfg.max_lifetime_ms > 0 && now - c->created_ms >= p->cfg.max_lifetime_ms)
		keep = false;
	pthread_mutex_lock(&p->mu);
	if (keep && !p->closing) {
		c->idle_since_ms = now;
		c->idle_since_us = rdb_now_us();
		c->next = p->idle;
		p->idle = c;
		p->nidle++;
		p->in_use--;
		pthread_cond_signal(&p->available);
		pthread_mutex_unlock(&p->mu);
		return;
	}
	p->open--;
	p->in_use--;
	p->closed++;
	pthread_cond_signal(&p->available);
	last = last_one_out(p);
	pthread_mutex_unlock(&p->mu);
	p->d->close(c);
	if (last)
		pool_free(p);
}

void rdb_pool_stats(struct rdb_pool *p, struct rdb_pool_stats *out)
{
	memset(out, 0, sizeof(*out));
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	out->open = p->open;
	out->idle = p->nidle;
	out->in_use = p->in_use;
	out->waiting = p->waiting;
	out->created = p->created;
	out->closed = p->closed;
	out->reconnects = p->reconnects;
	out->acquire_timeouts = p->timeouts;
	pthread_mutex_unlock(&p->mu);
}

/* ---- memo ---- */

bool rdb_pool_memo_get(struct rdb_pool *p, const char *key, char *out, size_t n)
{
	bool found = false;
	pthread_mutex_lock(&p->mu);
	for (struct memo *m = p->memo; m; m = m->next) {
		if (!strcmp(m->key, key)) {
			snprintf(out, n, "%s", m->value);
			found = true;
			break;
		}
	}
	pthread_mutex_unlock(&p->mu);
	return found;
}

void rdb_pool_memo_put(struct rdb_pool *p, const char *key, const char *value)
{
	struct memo *m = xcalloc(1, sizeof(*m)), *drop = NULL;
	m->key = xstrdup(key);
	m->value = xstrdup(value);
	pthread_mutex_lock(&p->mu);
	/* Bounded: when full, start over (entries are cheap to look up again). */
	if (p->nmemo >= MEMO_MAX) {
		drop = p->memo;
		p->memo = NULL;
		p->nmemo = 0;
	}
	m->next = p->memo;
	p->memo = m;
	p->nmemo++;
	pthread_mutex_unlock(&p->mu);
	while (drop) {
		struct memo *next = drop->next;
		free(drop->key);
		free(drop->value);
		free(drop);
		drop = next;
	}
}
