/*
 * client_runtime: librdb against raw libpq on the same kind of connection
 * (same URL, TCP), in one process, interleaved round by round so that
 * drift in the machine's speed hits both sides alike.
 *
 *   client_runtime URL [ROUNDS]
 *
 * Prints a table, then one line per operation:
 *   <op> <rdb ops/s> <raw libpq ops/s> <ratio>
 * The raw side does what a careful hand-written client does: statements
 * prepared once, binary parameters and results, cells decoded in place
 * (numeric left in its binary form, where rdb formats it as text).
 */
#include <inttypes.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "rdb/rdb.h"
#include "sql/pg/conn.h"

#define BENCH_NAME "client_runtime"
#include "bench.h"

#define SELECT_SQL "SELECT id, email, name, score, active, balance, created_at FROM bench_user WHERE id = $1"
#define INSERT_SQL "INSERT INTO bench_ins (email, score, created_at) VALUES ($1, $2, $3) RETURNING id"
#define PLAIN_INSERT_SQL "INSERT INTO bench_ins (email, score, created_at) VALUES ($1, $2, $3)"
#define READ_SQL "SELECT id, email, name, score, active, balance, created_at FROM bench_user ORDER BY id"
#define NROWS 10000

static const char *url;
static struct rdb_pool *pool;
static PGconn *raw;
static volatile uint64_t sink; /* keeps decoded values alive for the optimizer */

/* ---- rdb side ---- */

static void rdb_decode_all(const struct rdb_rows *rows)
{
	size_t nr = rdb_rows_count(rows), nc = rdb_rows_columns(rows);
	for (size_t i = 0; i < nr; i++) {
		for (size_t j = 0; j < nc; j++) {
			struct rdb_value v;
			rdb_rows_get(rows, i, j, &v);
			sink += v.is_null ? 0 : (uint64_t)v.v.i64;
		}
	}
}

static void rdb_select(int n, int base)
{
	for (int i = 0; i < n; i++) {
		struct rdb_conn *c;
		struct rdb_error err;
		struct rdb_result *res;
		struct rdb_rows *rows;
		struct rdb_value p = rdb_int32((int32_t)(((int64_t)base + i) * 7919 % NROWS + 1));
		check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
		res = rdb_result_new();
		check(rdb_query(c, SELECT_SQL, &p, 1, res, &rows, &err), &err, "select");
		if (rdb_rows_count(rows) != 1)
			die("select", "no row");
		rdb_decode_all(rows);
		rdb_result_free(res);
		rdb_pool_release(pool, c);
	}
}

static void rdb_insert(int n, int base)
{
	for (int i = 0; i < n; i++) {
		struct rdb_conn *c;
		struct rdb_error err;
		struct rdb_result *res;
		struct rdb_rows *rows;
		char email[40];
		struct rdb_value p[3];
		snprintf(email, sizeof(email), "user%d@example.com", base + i);
		p[0] = rdb_text(email);
		p[1] = rdb_float64(i * 0.5);
		p[2] = rdb_timestamp(INT64_C(1700000000000000) + i);
		check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
		res = rdb_result_new();
		check(rdb_query(c, INSERT_SQL, p, 3, res, &rows, &err), &err, "insert");
		rdb_decode_all(rows);
		rdb_result_free(res);
		rdb_pool_release(pool, c);
	}
}

static void rdb_batch_insert(int n, int base)
{
	struct rdb_conn *c;
	struct rdb_error err;
	struct rdb_batch *b;
	check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
	b = rdb_batch_new(c, true);
	for (int i = 0; i < n; i++) {
		char email[40];
		struct rdb_value p[3];
		snprintf(email, sizeof(email), "batch%d@example.com", base + i);
		p[0] = rdb_text(email);
		p[1] = rdb_float64(i * 0.5);
		p[2] = rdb_timestamp(INT64_C(1700000000000000) + i);
		check(rdb_batch_add(b, PLAIN_INSERT_SQL, p, 3, &err), &err, "batch add");
	}
	check(rdb_batch_run(b, NULL, NULL, 0, &err), &err, "batch run");
	rdb_batch_free(b);
	rdb_pool_release(pool, c);
}

static void rdb_single_inserts(int n, int base)
{
	struct rdb_conn *c;
	struct rdb_error err;
	check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
	for (int i = 0; i < n; i++) {
		char email[40];
		struct rdb_value p[3];
		snprintf(email, sizeof(email), "single%d@example.com", base + i);
		p[0] = rdb_text(email);
		p[1] = rdb_float64(i * 0.5);
		p[2] = rdb_timestamp(INT64_C(1700000000000000) + i);
		check(rdb_query(c, PLAIN_INSERT_SQL, p, 3, NULL, NULL, &err), &err, "insert");
	}
	rdb_pool_release(pool, c);
}

static size_t rdb_read(void)
{
	struct rdb_conn *c;
	struct rdb_error err;
	struct rdb_result *res = rdb_result_new();
	struct rdb_rows *rows;
	size_t n;
	check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
	check(rdb_query(c, READ_SQL, NULL, 0, res, &rows, &err), &err, "read");
	rdb_pool_release(pool, c);
	rdb_decode_all(rows);
	n = rdb_rows_count(rows);
	rdb_result_free(res);
	return n;
}

/* ---- raw libpq side ---- */

static void raw_decode_all(const PGresult *r)
{
	/* id int4, email text, name text, score float8, active bool, balance numeric, created_at timestamptz */
	int nr = PQntuples(r), nc = PQnfields(r);
	for (int i = 0; i < nr; i++) {
		for (int j = 0; j < nc; j++) {
			const char *v;
			int len;
			if (PQgetisnull(r, i, j))
				continue;
			v = PQgetvalue(r, i, j);
			len = PQgetlength(r, i, j);
			switch (PQftype(r, j)) {
			case 23:
				sink += be32(v);
				break;
			case 20:
			case 701:
			case 1184:
				sink += be64(v);
				break;
			case 16:
				sink += (unsigned char)v[0];
				break;
			default: /* text, numeric: pointer and length, as rdb hands out */
				sink += (uintptr_t)v + (uint64_t)len;
				break;
			}
		}
	}
}

static void raw_select(int n, int base)
{
	for (int i = 0; i < n; i++) {
		char id[4];
		const char *vals[1] = {id};
		int lens[1] = {4}, fmts[1] = {1};
		PGresult *r;
		put_be32(id, (uint32_t)(((int64_t)base + i) * 7919 % NROWS + 1));
		r = PQexecPrepared(raw, "sel", 1, vals, lens, fmts, 1);
		raw_ok(r, "raw select");
		if (PQntuples(r) != 1)
			die("raw select", "no row");
		raw_decode_all(r);
		PQclear(r);
	}
}

static void raw_insert_params(char *email, size_t emailsz, char *score, char *ts, const char *prefix, int k, int i,
			      const char **vals, int *lens, int *fmts)
{
	double d = i * 0.5;
	uint64_t u;
	int64_t pgts = INT64_C(1700000000000000) + i - INT64_C(946684800000000);
	lens[0] = snprintf(email, emailsz, "%s%d@example.com", prefix, k);
	memcpy(&u, &d, 8);
	put_be64(score, u);
	put_be64(ts, (uint64_t)pgts);
	vals[0] = email;
	vals[1] = score;
	vals[2] = ts;
	lens[1] = lens[2] = 8;
	fmts[0] = fmts[1] = fmts[2] = 1;
}

static void raw_insert(int n, int base)
{
	for (int i = 0; i < n; i++) {
		char email[40], score[8], ts[8];
		const char *vals[3];
		int lens[3], fmts[3];
		PGresult *r;
		raw_insert_params(email, sizeof(email), score, ts, "rawuser", base + i, i, vals, lens, fmts);
		r = PQexecPrepared(raw, "ins", 3, vals, lens, fmts, 1);
		raw_ok(r, "raw insert");
		raw_decode_all(r);
		PQclear(r);
	}
}

static void raw_batch_insert(int n, int base)
{
	PGresult *r;
	if (!PQenterPipelineMode(raw))
		die("raw pipeline", PQerrorMessage(raw));
	PQsetnonblocking(raw, 1);
	for (int i = 0; i < n; i++) {
		char email[40], score[8], ts[8];
		const char *vals[3];
		int lens[3], fmts[3];
		raw_insert_params(email, sizeof(email), score, ts, "rawbatch", base + i, i, vals, lens, fmts);
		if (!PQsendQueryPrepared(raw, "pins", 3, vals, lens, fmts, 1))
			die("raw send", PQerrorMessage(raw));
	}
	PQpipelineSync(raw);
	PQsetnonblocking(raw, 0);
	for (int i = 0; i < n; i++) {
		r = PQgetResult(raw);
		raw_ok(r, "raw batch insert");
		PQclear(r);
		if ((r = PQgetResult(raw)) != NULL)
			die("raw batch", "expected NULL");
	}
	r = PQgetResult(raw);
	if (PQresultStatus(r) != PGRES_PIPELINE_SYNC)
		die("raw batch", "expected sync");
	PQclear(r);
	PQexitPipelineMode(raw);
}

static void raw_single_inserts(int n, int base)
{
	for (int i = 0; i < n; i++) {
		char email[40], score[8], ts[8];
		const char *vals[3];
		int lens[3], fmts[3];
		PGresult *r;
		raw_insert_params(email, sizeof(email), score, ts, "rawsingle", base + i, i, vals, lens, fmts);
		r = PQexecPrepared(raw, "pins", 3, vals, lens, fmts, 1);
		raw_ok(r, "raw single insert");
		PQclear(r);
	}
}

static size_t raw_read(void)
{
	PGresult *r = PQexecPrepared(raw, "read", 0, NULL, NULL, NULL, 1);
	size_t n;
	raw_ok(r, "raw read");
	raw_decode_all(r);
	n = (size_t)PQntuples(r);
	PQclear(r);
	return n;
}

/* ---- memory of one read, measured in a fresh child ---- */


static size_t data_bytes; /* what the rows weigh on the wire (binary cell values) */

static void rdb_warm(void)
{
	rdb_read();
}

static void raw_warm(void)
{
	raw_read();
}

static void *rdb_hold(void)
{
	struct rdb_conn *c;
	struct rdb_error err;
	struct rdb_result *res = rdb_result_new();
	struct rdb_rows *rows;
	check(rdb_pool_acquire(pool, &c, &err), &err, "acquire");
	check(rdb_query(c, READ_SQL, NULL, 0, res, &rows, &err), &err, "read");
	rdb_pool_release(pool, c);
	rdb_decode_all(rows);
	return res;
}

static void rdb_release(void *res)
{
	rdb_result_free(res);
}

static void *raw_hold(void)
{
	PGresult *r = PQexecPrepared(raw, "read", 0, NULL, NULL, NULL, 1);
	raw_decode_all(r);
	return r;
}

static void raw_release(void *r)
{
	PQclear(r);
}

static struct mem measure_read(int use_rdb)
{
	return use_rdb ? bench_memory(rdb_warm, rdb_hold, rdb_release) : bench_memory(raw_warm, raw_hold, raw_release);
}

/* ---- setup and the runs ---- */

static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static void setup(void)
{
	struct pg_target t;
	struct rdb_error err;
	struct rdb_pool_config cfg;
	PGresult *r;
	Oid ins_types[3] = {25, 701, 1184};
	memset(&cfg, 0, sizeof(cfg));
	cfg.url = url;
	cfg.max_size = 2;
	check(rdb_pool_create(&cfg, &pool, &err), &err, "pool");
	check(pg_target_parse(&t, url, &err), &err, "url");
	raw = pg_connect(&t, NULL, &err);
	pg_target_release(&t);
	if (!raw)
		die("connect", err.message);
	PQsetNoticeProcessor(raw, quiet, NULL);
	r = PQexec(raw,
		   "DROP TABLE IF EXISTS bench_user, bench_ins;"
		   "CREATE TABLE bench_user (id int PRIMARY KEY, email text NOT NULL, name text, score float8,"
		   " active bool, balance numeric(12,2), created_at timestamptz);"
		   "INSERT INTO bench_user SELECT i, 'user' || i || '@example.com', 'User Number ' || i, i * 1.5,"
		   " i % 2 = 0, (i * 3.14)::numeric(12,2), '2024-01-01'::timestamptz + i * interval '1 minute'"
		   " FROM generate_series(1, 10000) i;"
		   "CREATE TABLE bench_ins (id bigserial PRIMARY KEY, email text NOT NULL, score float8,"
		   " created_at timestamptz)");
	raw_ok(r, "setup");
	PQclear(r);
	r = PQexec(raw, "VACUUM ANALYZE bench_user");
	raw_ok(r, "vacuum");
	PQclear(r);
	r = PQprepare(raw, "sel", SELECT_SQL, 1, (Oid[]){23});
	raw_ok(r, "prepare");
	PQclear(r);
	r = PQprepare(raw, "ins", INSERT_SQL, 3, ins_types);
	raw_ok(r, "prepare");
	PQclear(r);
	r = PQprepare(raw, "pins", PLAIN_INSERT_SQL, 3, ins_types);
	raw_ok(r, "prepare");
	PQclear(r);
	r = PQprepare(raw, "read", READ_SQL, 0, NULL);
	raw_ok(r, "prepare");
	PQclear(r);
	/* the wire weight of the 10,000 rows */
	r = PQexecPrepared(raw, "read", 0, NULL, NULL, NULL, 1);
	for (int i = 0; i < PQntuples(r); i++)
		for (int j = 0; j < PQnfields(r); j++)
			data_bytes += (size_t)PQgetlength(r, i, j);
	PQclear(r);
}

struct op {
	const char *name, *label;
	int per_block;   /* operations per timed block */
	int unit;        /* rows or statements counted per operation */
	void (*rdb)(int n, int base);
	void (*raw)(int n, int base);
	double t_rdb, t_raw, cpu_rdb, cpu_raw;
	long n_rdb, n_raw;
	double ratios[1000]; /* per round: rdb rate / libpq rate */
};

static void rdb_read_n(int n, int base)
{
	(void)base;
	for (int i = 0; i < n; i++)
		if (rdb_read() != NROWS)
			die("read", "row count");
}

static void raw_read_n(int n, int base)
{
	(void)base;
	for (int i = 0; i < n; i++)
		if (raw_read() != NROWS)
			die("raw read", "row count");
}

static void rdb_batch_n(int n, int base)
{
	for (int i = 0; i < n; i++)
		rdb_batch_insert(1000, base + i * 1000);
}

static void raw_batch_n(int n, int base)
{
	for (int i = 0; i < n; i++)
		raw_batch_insert(1000, base + i * 1000);
}

int main(int argc, char **argv)
{
	struct op ops[] = {
		{.name = "select_pk", .label = "select one row by primary key", .per_block = 300, .unit = 1, .rdb = rdb_select, .raw = raw_select},
		{.name = "insert_returning", .label = "INSERT ... RETURNING id", .per_block = 300, .unit = 1, .rdb = rdb_insert, .raw = raw_insert},
		{.name = "batch_insert_1000", .label = "1,000 inserts pipelined in one batch", .per_block = 1, .unit = 1000, .rdb = rdb_batch_n, .raw = raw_batch_n},
		{.name = "single_insert_1000", .label = "1,000 inserts one by one", .per_block = 1000, .unit = 1, .rdb = rdb_single_inserts, .raw = raw_single_inserts},
		{.name = "read_10k_rows", .label = "read 10,000 rows (7 columns)", .per_block = 1, .unit = NROWS, .rdb = rdb_read_n, .raw = raw_read_n},
	};
	int rounds;
	struct mem mr, mw;
	const char *only = getenv("BENCH_ONLY");
	url = argc > 1 ? argv[1] : getenv("BENCH_URL");
	rounds = argc > 2 ? atoi(argv[2]) : 30;
	if (rounds < 1 || rounds > 1000)
		rounds = 30;
	if (!url) {
		fprintf(stderr, "usage: client_runtime URL [ROUNDS]\n");
		return 2;
	}
	{
		struct rdb_error err;
		check(rdb_pq_load(&err), &err, "libpq");
	}
	setup();
	/* warm both sides: statements prepared, caches filled */
	for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
		ops[k].rdb(1, 900000);
		ops[k].raw(1, 900000);
	}
	for (int round = 0; round < rounds; round++) {
		for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
			struct op *o = &ops[k];
			int base = round * o->per_block * 1000;
			double round_t[2] = {0, 0};
			if (only && strcmp(only, o->name))
				continue;
			/* alternate who goes first */
			for (int side = 0; side < 2; side++) {
				int use_rdb = (side + round) % 2 == 0;
				double t0 = now_s(), c0 = cpu_s();
				if (use_rdb)
					o->rdb(o->per_block, base);
				else
					o->raw(o->per_block, base + 500000);
				round_t[use_rdb] = now_s() - t0;
				if (use_rdb) {
					o->t_rdb += now_s() - t0;
					o->cpu_rdb += cpu_s() - c0;
					o->n_rdb += (long)o->per_block * o->unit;
				} else {
					o->t_raw += now_s() - t0;
					o->cpu_raw += cpu_s() - c0;
					o->n_raw += (long)o->per_block * o->unit;
				}
			}
			o->ratios[round] = round_t[0] / round_t[1];
		}
	}
	if (only) {
		for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
			if (!strcmp(ops[k].name, only))
				printf("%s rdb %.1f us/op CPU, libpq %.1f us/op CPU, median ratio %.3f\n", only,
				       1e6 * ops[k].cpu_rdb / ((double)ops[k].n_rdb / ops[k].unit),
				       1e6 * ops[k].cpu_raw / ((double)ops[k].n_raw / ops[k].unit), median(ops[k].ratios, rounds));
		PQfinish(raw);
		rdb_pool_destroy(pool);
		return 0;
	}
	mr = measure_read(1);
	mw = measure_read(0);

	printf("librdb vs raw libpq, same server, same TCP settings; %d rounds, each timing rdb and libpq back to back\n",
	       rounds);
	printf("ratio = median over rounds of (rdb rate / libpq rate); client CPU = this process only (server excluded)\n");
	printf("%-38s %10s %10s %7s %20s\n", "operation", "rdb /s", "libpq /s", "ratio", "client CPU us/op");
	for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
		struct op *o = &ops[k];
		double a = (double)o->n_rdb / o->t_rdb, b = (double)o->n_raw / o->t_raw;
		double ops_rdb = (double)o->n_rdb / o->unit, ops_raw = (double)o->n_raw / o->unit;
		printf("%-38s %10.0f %10.0f %7.3f %9.1f / %-9.1f%s\n", o->label, a, b, median(o->ratios, rounds),
		       1e6 * o->cpu_rdb / ops_rdb, 1e6 * o->cpu_raw / ops_raw,
		       o->unit > 1 ? (o->unit == NROWS ? " (rows/s)" : " (inserts/s)") : "");
	}
	{
		double batch = (double)ops[2].n_rdb / ops[2].t_rdb, single = (double)ops[3].n_rdb / ops[3].t_rdb;
		printf("rdb batch vs rdb one-by-one inserts: %.1fx faster\n", batch / single);
		printf("read 10,000 rows: %.2f ms (rdb), %.2f ms (libpq); data %zu KB on the wire\n",
		       1000.0 * ops[4].t_rdb / ((double)ops[4].n_rdb / NROWS),
		       1000.0 * ops[4].t_raw / ((double)ops[4].n_raw / NROWS), data_bytes / 1024);
		printf("  memory while holding the rows: rdb heap +%ld KB (peak RSS +%ld KB), libpq heap +%ld KB (peak RSS +%ld KB)\n",
		       mr.heap_kb, mr.peak_rss_kb, mw.heap_kb, mw.peak_rss_kb);
	}
	printf("\n");
	for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
		struct op *o = &ops[k];
		double a = (double)o->n_rdb / o->t_rdb, b = (double)o->n_raw / o->t_raw;
		printf("%s %.0f %.0f %.3f\n", o->name, a, b, median(o->ratios, rounds));
	}
	printf("read_10k_rows_memory_kb data=%zu rdb_heap=%ld rdb_peak_rss=%ld libpq_heap=%ld libpq_peak_rss=%ld\n",
	       data_bytes / 1024, mr.heap_kb, mr.peak_rss_kb, mw.heap_kb, mw.peak_rss_kb);
	PQfinish(raw);
	rdb_pool_destroy(pool);
	return 0;
}
