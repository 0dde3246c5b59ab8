/*
 * client_generated: the generated C client (bench/client/schema.prisma)
 * against hand-written libpq doing the same work, in one process,
 * interleaved round by round so that drift in the machine's speed hits
 * both sides alike.
 *
 *   client_generated URL [ROUNDS]
 *
 * The raw side is what a careful C programmer writes by hand: statements
 * prepared once, binary parameters and results, rows decoded into structs
 * whose strings point into the PGresult (as the generated client's do).
 * Prints a table, then one line per operation:
 *   <op> <rdb ops/s> <raw libpq ops/s> <ratio>
 */
#include <inttypes.h>
#include <stdbool.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "client.h"
#include "rdb/rdb.h"
#include "sql/pg/conn.h"

#define BENCH_NAME "client_generated"
#include "bench.h"

#define NUSERS 1000
#define POSTS_PER_USER 10
#define NPOSTS (NUSERS * POSTS_PER_USER)
#define MANY 1000
#define PG_EPOCH_US INT64_C(946684800000000) /* 2000-01-01 in Unix microseconds */

#define FIND_SQL "SELECT id, email, name, score, \"createdAt\" FROM \"User\" WHERE id = $1"
#define CREATE_SQL                                                                                    \
	"INSERT INTO \"User\" (email, name, score, \"createdAt\") VALUES ($1, $2, $3, $4) "            \
	"RETURNING id, email, name, score, \"createdAt\""
#define POSTS_SQL "SELECT id, title, views, \"authorId\" FROM \"Post\""
#define AUTHORS_SQL "SELECT id, email, name, score, \"createdAt\" FROM \"User\" WHERE id = ANY($1)"

static const char *url;
static struct rdb_pool *pool;
static struct rdb_conn *conn; /* the generated client's connection, held throughout */
static PGconn *raw;
static volatile uint64_t sink; /* keeps decoded values alive for the optimizer */
static long serial;           /* makes every created email unique */

static int64_t now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	return (int64_t)t.tv_sec * 1000000 + t.tv_nsec / 1000000 * 1000; /* ms precision, as the client */
}

/* ---- the hand-written side: the structs a C programmer would write ---- */

struct raw_user {
	int32_t id;
	const char *email, *name;
	int32_t score;
	int64_t created_at;
};

struct raw_post {
	int32_t id;
	const char *title;
	int32_t views, author_id;
	struct raw_user *author;
};

static void raw_decode_user(const PGresult *r, int i, struct raw_user *u)
{
	u->id = (int32_t)be32(PQgetvalue(r, i, 0));
	u->email = PQgetvalue(r, i, 1);
	u->name = PQgetisnull(r, i, 2) ? NULL : PQgetvalue(r, i, 2);
	u->score = (int32_t)be32(PQgetvalue(r, i, 3));
	u->created_at = (int64_t)be64(PQgetvalue(r, i, 4)) + PG_EPOCH_US;
}

static void raw_find_unique(int n, int base)
{
	for (int i = 0; i < n; i++) {
		char id[4];
		const char *vals[1] = {id};
		int lens[1] = {4}, fmts[1] = {1};
		struct raw_user u;
		PGresult *r;
		put_be32(id, (uint32_t)((base + i) % NUSERS + 1));
		r = PQexecPrepared(raw, "find", 1, vals, lens, fmts, 1);
		raw_ok(r, "raw find");
		if (PQntuples(r) != 1)
			die("raw find", "no row");
		raw_decode_user(r, 0, &u);
		sink += (uint64_t)u.id + (uint64_t)u.score + strlen(u.email);
		PQclear(r);
	}
}

static void raw_create(int n, int base)
{
	(void)base;
	for (int i = 0; i < n; i++) {
		char email[64], score[4], ts[8];
		const char *vals[4] = {email, NULL, score, ts};
		int lens[4] = {0, 0, 4, 8}, fmts[4] = {0, 0, 1, 1};
		struct raw_user u;
		PGresult *r;
		snprintf(email, sizeof(email), "raw%ld@example.com", ++serial);
		put_be32(score, (uint32_t)i);
		put_be64(ts, (uint64_t)(now_us() - PG_EPOCH_US));
		r = PQexecPrepared(raw, "create", 4, vals, lens, fmts, 1);
		raw_ok(r, "raw create");
		raw_decode_user(r, 0, &u);
		sink += (uint64_t)u.id;
		PQclear(r);
	}
}

/* One multi-row INSERT of MANY users, as a C programmer batching by hand would. */
static void raw_create_many(int n, int base)
{
	(void)base;
	static char sql[MANY * 40 + 100];
	static const char *vals[MANY * 4];
	static int lens[MANY * 4], fmts[MANY * 4];
	static char emails[MANY][64], scores[MANY][4], stamps[MANY][8];
	for (int k = 0; k < n; k++) {
		size_t len = (size_t)snprintf(sql, sizeof(sql), "INSERT INTO \"User\" (email, name, score, \"createdAt\") VALUES ");
		int64_t ts = now_us() - PG_EPOCH_US;
		PGresult *r;
		for (int i = 0; i < MANY; i++) {
			snprintf(emails[i], sizeof(emails[i]), "rawmany%ld@example.com", ++serial);
			put_be32(scores[i], (uint32_t)i);
			put_be64(stamps[i], (uint64_t)ts);
			vals[4 * i] = emails[i], lens[4 * i] = 0, fmts[4 * i] = 0;
			vals[4 * i + 1] = NULL, lens[4 * i + 1] = 0, fmts[4 * i + 1] = 0;
			vals[4 * i + 2] = scores[i], lens[4 * i + 2] = 4, fmts[4 * i + 2] = 1;
			vals[4 * i + 3] = stamps[i], lens[4 * i + 3] = 8, fmts[4 * i + 3] = 1;
			len += (size_t)snprintf(sql + len, sizeof(sql) - len, "%s($%d, $%d, $%d, $%d)", i ? ", " : "",
						4 * i + 1, 4 * i + 2, 4 * i + 3, 4 * i + 4);
		}
		r = PQexecParams(raw, sql, MANY * 4, (const Oid[MANY * 4]){0}, vals, lens, fmts, 1);
		raw_ok(r, "raw create many");
		if (strcmp(PQcmdTuples(r), "1000"))
			die("raw create many", PQcmdTuples(r));
		PQclear(r);
	}
}

/* posts, their distinct author ids, one query for the authors, linked by a hash. */
struct raw_page {
	PGresult *posts_r, *users_r;
	struct raw_post *posts;
	struct raw_user *users;
	int nposts, nusers;
};

static void raw_page_free(struct raw_page *p)
{
	PQclear(p->posts_r);
	PQclear(p->users_r);
	free(p->posts);
	free(p->users);
}

static void raw_find_many_include(struct raw_page *p)
{
	size_t cap = 1;
	int32_t *slots;
	int *slot_user;
	char *arr;
	size_t nids = 0, alen;
	const char *vals[1];
	int lens[1], fmts[1] = {1};
	memset(p, 0, sizeof(*p));
	p->posts_r = PQexecPrepared(raw, "posts", 0, NULL, NULL, NULL, 1);
	raw_ok(p->posts_r, "raw posts");
	p->nposts = PQntuples(p->posts_r);
	p->posts = malloc(sizeof(*p->posts) * (size_t)(p->nposts ? p->nposts : 1));
	while (cap < (size_t)p->nposts * 2)
		cap <<= 1;
	slots = calloc(cap, sizeof(*slots)); /* distinct author ids (0 = empty; ids start at 1) */
	slot_user = malloc(cap * sizeof(*slot_user));
	/* int4[] in binary: ndim, flags, elemtype, dim, lbound, then (len, value) pairs */
	arr = malloc(20 + (size_t)p->nposts * 8);
	for (int i = 0; i < p->nposts; i++) {
		struct raw_post *x = &p->posts[i];
		size_t h;
		x->id = (int32_t)be32(PQgetvalue(p->posts_r, i, 0));
		x->title = PQgetvalue(p->posts_r, i, 1);
		x->views = (int32_t)be32(PQgetvalue(p->posts_r, i, 2));
		x->author_id = (int32_t)be32(PQgetvalue(p->posts_r, i, 3));
		x->author = NULL;
		for (h = ((uint32_t)x->author_id * 2654435761u) & (cap - 1); slots[h] && slots[h] != x->author_id;
		     h = (h + 1) & (cap - 1))
			;
		if (!slots[h]) {
			slots[h] = x->author_id;
			put_be32(arr + 20 + nids * 8, 4);
			put_be32(arr + 24 + nids * 8, (uint32_t)x->author_id);
			nids++;
		}
	}
	put_be32(arr, 1);
	put_be32(arr + 4, 0);
	put_be32(arr + 8, 23);
	put_be32(arr + 12, (uint32_t)nids);
	put_be32(arr + 16, 1);
	alen = 20 + nids * 8;
	vals[0] = arr;
	lens[0] = (int)alen;
	p->users_r = PQexecPrepared(raw, "authors", 1, vals, lens, fmts, 1);
	raw_ok(p->users_r, "raw authors");
	p->nusers = PQntuples(p->users_r);
	p->users = malloc(sizeof(*p->users) * (size_t)(p->nusers ? p->nusers : 1));
	for (int i = 0; i < p->nusers; i++) {
		size_t h;
		raw_decode_user(p->users_r, i, &p->users[i]);
		for (h = ((uint32_t)p->users[i].id * 2654435761u) & (cap - 1); slots[h] != p->users[i].id;
		     h = (h + 1) & (cap - 1))
			;
		slot_user[h] = i;
	}
	for (int i = 0; i < p->nposts; i++) {
		struct raw_post *x = &p->posts[i];
		size_t h;
		for (h = ((uint32_t)x->author_id * 2654435761u) & (cap - 1); slots[h] != x->author_id; h = (h + 1) & (cap - 1))
			;
		x->author = &p->users[slot_user[h]];
	}
	free(arr);
	free(slots);
	free(slot_user);
}

static void raw_find_many_include_n(int n, int base)
{
	(void)base;
	for (int k = 0; k < n; k++) {
		struct raw_page p;
		raw_find_many_include(&p);
		if (p.nposts != NPOSTS || !p.posts[NPOSTS - 1].author)
			die("raw find_many", "wrong rows");
		sink += (uint64_t)p.posts[NPOSTS - 1].author->score;
		raw_page_free(&p);
	}
}

/* ---- the generated client ---- */

static void gen_find_unique(int n, int base)
{
	struct rdb_error err;
	for (int i = 0; i < n; i++) {
		struct rdb_result *res = rdb_result_new();
		struct db_User *u;
		int32_t id = (base + i) % NUSERS + 1;
		check(db_User_find_unique(conn, &(struct db_User_unique){.id = &id}, NULL, res, &u, &err), &err, "find_unique");
		if (!u)
			die("find_unique", "no row");
		sink += (uint64_t)u->id + (uint64_t)u->score + strlen(u->email);
		rdb_result_free(res);
	}
}

static void gen_create(int n, int base)
{
	struct rdb_error err;
	(void)base;
	for (int i = 0; i < n; i++) {
		char email[64];
		struct rdb_result *res = rdb_result_new();
		struct db_User *u;
		struct db_User_data d = {0};
		snprintf(email, sizeof(email), "gen%ld@example.com", ++serial);
		d.set_email = true, d.email = email;
		d.set_name = true, d.name = NULL;
		d.set_score = true, d.score = i;
		check(db_User_create(conn, &d, NULL, res, &u, &err), &err, "create");
		sink += (uint64_t)u->id;
		rdb_result_free(res);
	}
}

static void gen_create_many(int n, int base)
{
	static struct db_User_data d[MANY];
	static char emails[MANY][64];
	struct rdb_error err;
	(void)base;
	for (int k = 0; k < n; k++) {
		uint64_t count = 0;
		for (int i = 0; i < MANY; i++) {
			snprintf(emails[i], sizeof(emails[i]), "genmany%ld@example.com", ++serial);
			memset(&d[i], 0, sizeof(d[i]));
			d[i].set_email = true, d[i].email = emails[i];
			d[i].set_name = true, d[i].name = NULL;
			d[i].set_score = true, d[i].score = i;
		}
		check(db_User_create_many(conn, d, MANY, false, &count, &err), &err, "create_many");
		if (count != MANY)
			die("create_many", "count");
	}
}

static void gen_find_many_include(struct rdb_result *res, struct db_Post **posts, size_t *n)
{
	struct rdb_error err;
	struct db_Post_args a = {.include = &(struct db_Post_include){.author = &(struct db_User_args){0}}};
	check(db_Post_find_many(conn, &a, res, posts, n, &err), &err, "find_many include");
}

static void gen_find_many_include_n(int n, int base)
{
	(void)base;
	for (int k = 0; k < n; k++) {
		struct rdb_result *res = rdb_result_new();
		struct db_Post *posts;
		size_t np;
		gen_find_many_include(res, &posts, &np);
		if (np != NPOSTS || !posts[NPOSTS - 1].author)
			die("find_many", "wrong rows");
		sink += (uint64_t)posts[NPOSTS - 1].author->score;
		rdb_result_free(res);
	}
}

/* ---- memory of one find_many with include, measured in a fresh child ---- */

static size_t data_bytes; /* the rows' weight on the wire: binary cell values of posts and authors */

static void gen_warm(void)
{
	gen_find_many_include_n(1, 0);
}

static void raw_warm(void)
{
	raw_find_many_include_n(1, 0);
}

static void *gen_hold(void)
{
	struct rdb_result *res = rdb_result_new();
	struct db_Post *posts;
	size_t np;
	gen_find_many_include(res, &posts, &np);
	return res;
}

static void gen_release(void *res)
{
	rdb_result_free(res);
}

static void *raw_hold(void)
{
	struct raw_page *p = malloc(sizeof(*p));
	if (!p)
		die("measure", "out of memory");
	raw_find_many_include(p);
	return p;
}

static void raw_release(void *p)
{
	raw_page_free(p);
	free(p);
}

static struct mem measure(int use_rdb)
{
	return use_rdb ? bench_memory(gen_warm, gen_hold, gen_release) : bench_memory(raw_warm, raw_hold, raw_release);
}

/* ---- setup and the runs ---- */

static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static void prepare(const char *name, const char *sql, int n, const Oid *types)
{
	PGresult *r = PQprepare(raw, name, sql, n, types);
	raw_ok(r, name);
	PQclear(r);
}

static void setup(bool populate)
{
	struct pg_target t;
	struct rdb_error err;
	struct rdb_pool_config cfg;
	PGresult *r;
	memset(&cfg, 0, sizeof(cfg));
	cfg.url = url;
	cfg.max_size = 1;
	check(rdb_pool_create(&cfg, &pool, &err), &err, "pool");
	check(rdb_pool_acquire(pool, &conn, &err), &err, "acquire");
	check(pg_target_parse(&t, url, &err), &err, "url");
	raw = pg_connect(&t, NULL, &err);
	pg_target_release(&t);
	if (!raw)
		die("connect", err.message);
	PQsetNoticeProcessor(raw, quiet, NULL);
	if (!populate) {
		prepare("find", FIND_SQL, 1, (Oid[]){23});
		prepare("create", CREATE_SQL, 4, (Oid[]){25, 25, 23, 1114});
		return;
	}
	/* the tables come from `rdb db push` of bench/client/schema.prisma */
	r = PQexec(raw, "TRUNCATE \"Post\", \"User\" RESTART IDENTITY;"
			"INSERT INTO \"User\" (email, name, score, \"createdAt\") SELECT 'user' || i || '@example.com',"
			" CASE WHEN i % 3 = 0 THEN NULL ELSE 'User Number ' || i END, i, '2024-01-01'::timestamp + i * interval '1 minute'"
			" FROM generate_series(1, 1000) i;"
			"INSERT INTO \"Post\" (title, views, \"authorId\") SELECT 'Post title number ' || i, i % 97, (i - 1) / 10 + 1"
			" FROM generate_series(1, 10000) i");
	raw_ok(r, "setup");
	PQclear(r);
	r = PQexec(raw, "VACUUM ANALYZE \"User\", \"Post\""); /* not in the implicit transaction above */
	raw_ok(r, "vacuum");
	PQclear(r);
	prepare("find", FIND_SQL, 1, (Oid[]){23});
	prepare("create", CREATE_SQL, 4, (Oid[]){25, 25, 23, 1114});
	prepare("posts", POSTS_SQL, 0, NULL);
	prepare("authors", AUTHORS_SQL, 1, (Oid[]){1007});
	{
		struct raw_page p;
		raw_find_many_include(&p);
		for (int i = 0; i < p.nposts; i++)
			for (int j = 0; j < 4; j++)
				data_bytes += (size_t)PQgetlength(p.posts_r, i, j);
		for (int i = 0; i < p.nusers; i++)
			for (int j = 0; j < 5; j++)
				data_bytes += (size_t)PQgetlength(p.users_r, i, j);
		raw_page_free(&p);
	}
}

struct op {
	const char *name, *label;
	int per_block; /* operations per timed block */
	void (*rdb)(int n, int base);
	void (*raw)(int n, int base);
	double t_rdb, t_raw;
	long n_rdb, n_raw;
	double ratios[1000]; /* per round: rdb rate / libpq rate */
	double med_rdb, med_raw; /* paired single operations: median latency (s) */
	int npair;
};

/* create_many against the generated client's own single creates */
static void gen_single_creates(int n, int base)
{
	gen_create(n * MANY, base);
}

int main(int argc, char **argv)
{
	struct op ops[] = {
		{.name = "find_unique", .label = "find_unique by id", .per_block = 300, .rdb = gen_find_unique, .raw = raw_find_unique},
		{.name = "create", .label = "create (INSERT ... RETURNING)", .per_block = 300, .rdb = gen_create, .raw = raw_create},
		{.name = "create_many_1000", .label = "create_many of 1,000 rows", .per_block = 1, .rdb = gen_create_many, .raw = raw_create_many},
		{.name = "find_many_include_10k", .label = "find_many 10,000 rows + include", .per_block = 5, .rdb = gen_find_many_include_n, .raw = raw_find_many_include_n},
	};
	const size_t nops = sizeof(ops) / sizeof(ops[0]);
	double t_single = 0, t_many = 0;
	struct mem mr, mw;
	int rounds;
	const char *only = getenv("BENCH_ONLY");
	url = argc > 1 ? argv[1] : getenv("BENCH_URL");
	rounds = argc > 2 ? atoi(argv[2]) : 10;
	if (rounds < 1 || rounds > 1000)
		rounds = 10;
	if (!url) {
		fprintf(stderr, "usage: client_generated URL [ROUNDS]\n"
				"       client_generated URL cost rdb|libpq find_unique|create|find_many_include N\n");
		return 2;
	}
	{
		struct rdb_error err;
		check(rdb_pq_load(&err), &err, "libpq");
	}
	/*
	 * client_generated URL cost rdb|libpq find_unique|create|find_many_include N: only N
	 * operations of one side on the populated tables, for counting the
	 * client's instructions under callgrind (bench/client.sh runs it twice
	 * with different N, so start-up cancels out).
	 */
	if (argc > 5 && !strcmp(argv[2], "cost")) {
		bool use_rdb = !strcmp(argv[3], "rdb");
		int n = atoi(argv[5]), k = !strcmp(argv[4], "create") ? 1 : !strcmp(argv[4], "find_many_include") ? 2 : 0;
		void (*fn[3][2])(int, int) = {{raw_find_unique, gen_find_unique},
					      {raw_create, gen_create},
					      {raw_find_many_include_n, gen_find_many_include_n}};
		setup(k == 2);
		serial = (long)getpid() * 1000000;
		fn[k][use_rdb](1, 0); /* warm: statement prepared */
		fn[k][use_rdb](n, 1);
		rdb_pool_release(pool, conn);
		PQfinish(raw);
		rdb_pool_destroy(pool);
		return 0;
	}
	setup(true);
	for (size_t k = 0; k < nops; k++) { /* warm both sides: statements prepared, caches filled */
		ops[k].rdb(1, 0);
		ops[k].raw(1, 0);
	}
	for (int round = 0; round < rounds; round++) {
		for (size_t k = 0; k < nops; k++) {
			struct op *o = &ops[k];
			double round_t[2] = {0, 0};
			if (only && strcmp(only, o->name))
				continue;
			for (int side = 0; side < 2; side++) { /* alternate who goes first */
				int use_rdb = (side + round) % 2 == 0;
				double t0 = now_s();
				if (use_rdb)
					o->rdb(o->per_block, round * o->per_block);
				else
					o->raw(o->per_block, round * o->per_block);
				round_t[use_rdb] = now_s() - t0;
				if (use_rdb)
					o->t_rdb += round_t[1], o->n_rdb += o->per_block;
				else
					o->t_raw += round_t[0], o->n_raw += o->per_block;
			}
			o->ratios[round] = round_t[0] / round_t[1];
		}
		if (!only || !strcmp(only, "create_many_1000")) { /* the same 1,000 rows one create at a time */
			double t0 = now_s();
			gen_single_creates(1, 0);
			t_single += now_s() - t0;
			t0 = now_s();
			gen_create_many(1, 0);
			t_many += now_s() - t0;
		}
	}
	/*
	 * Single-row operations once more, paired one by one (rdb, libpq,
	 * libpq, rdb, ...), each timed alone: the median latency of each side
	 * shrugs off the scheduling hiccups that dominate 300-op blocks on a
	 * small VM where the server shares the CPUs.
	 */
	{
		int npair = getenv("BENCH_PAIRS") ? atoi(getenv("BENCH_PAIRS")) : 3000;
		double *lr = calloc((size_t)(npair > 0 ? npair : 1), sizeof(double));
		double *lw = calloc((size_t)(npair > 0 ? npair : 1), sizeof(double));
		for (size_t k = 0; k < 2 && npair > 0; k++) {
			struct op *o = &ops[k];
			if (only && strcmp(only, o->name))
				continue;
			for (int i = 0; i < npair; i++) {
				double t0 = now_s(), t1, t2;
				if (i % 2) {
					o->rdb(1, i);
					t1 = now_s();
					o->raw(1, i);
					t2 = now_s();
					lr[i] = t1 - t0, lw[i] = t2 - t1;
				} else {
					o->raw(1, i);
					t1 = now_s();
					o->rdb(1, i);
					t2 = now_s();
					lw[i] = t1 - t0, lr[i] = t2 - t1;
				}
			}
			o->med_rdb = median(lr, npair);
			o->med_raw = median(lw, npair);
			o->npair = npair;
		}
		free(lr);
		free(lw);
	}
	mr = measure(1);
	mw = measure(0);

	printf("generated client (bench/client/schema.prisma) vs hand-written libpq, same server and TCP settings;\n"
	       "%d rounds, each timing both back to back; ratio = median over rounds of (rdb rate / libpq rate)\n",
	       rounds);
	printf("%-36s %12s %12s %7s\n", "operation", "rdb ops/s", "libpq ops/s", "ratio");
	for (size_t k = 0; k < nops; k++) {
		struct op *o = &ops[k];
		if (only && strcmp(only, o->name))
			continue;
		printf("%-36s %12.1f %12.1f %7.3f\n", o->label, (double)o->n_rdb / o->t_rdb, (double)o->n_raw / o->t_raw,
		       median(o->ratios, rounds));
	}
	for (size_t k = 0; k < nops; k++)
		if (ops[k].npair)
			printf("%-36s %9.1f us %9.1f us %7.3f   (%d pairs, median latency; ratio = libpq/rdb)\n",
			       ops[k].label, ops[k].med_rdb * 1e6, ops[k].med_raw * 1e6, ops[k].med_raw / ops[k].med_rdb,
			       ops[k].npair);
	if (t_many > 0)
		printf("create_many of 1,000 rows vs 1,000 single creates (both generated): %.1fx faster\n",
		       t_single / t_many);
	printf("find_many 10,000 posts + authors: data %zu KB on the wire; heap while holding the rows:\n"
	       "  rdb %ld KB (%.2fx the data, peak RSS +%ld KB), hand-written libpq %ld KB (%.2fx, peak RSS +%ld KB)\n",
	       data_bytes / 1024, mr.heap_kb, (double)mr.heap_kb * 1024 / (double)data_bytes, mr.peak_rss_kb, mw.heap_kb,
	       (double)mw.heap_kb * 1024 / (double)data_bytes, mw.peak_rss_kb);
	printf("\n");
	for (size_t k = 0; k < nops; k++) {
		struct op *o = &ops[k];
		if (only && strcmp(only, o->name))
			continue;
		printf("%s %.1f %.1f %.3f\n", o->name, (double)o->n_rdb / o->t_rdb, (double)o->n_raw / o->t_raw,
		       median(o->ratios, rounds));
	}
	for (size_t k = 0; k < nops; k++)
		if (ops[k].npair)
			printf("%s_paired %.1f %.1f %.3f\n", ops[k].name, 1 / ops[k].med_rdb, 1 / ops[k].med_raw,
			       ops[k].med_raw / ops[k].med_rdb);
	if (t_many > 0)
		printf("create_many_vs_single %.1f\n", t_single / t_many);
	printf("find_many_include_memory data_kb=%zu rdb_heap_kb=%ld raw_heap_kb=%ld rdb_ratio=%.2f\n", data_bytes / 1024,
	       mr.heap_kb, mw.heap_kb, (double)mr.heap_kb * 1024 / (double)data_bytes);
	rdb_pool_release(pool, conn);
	PQfinish(raw);
	rdb_pool_destroy(pool);
	return 0;
}
