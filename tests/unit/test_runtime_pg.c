/*
 * test_runtime_pg.c: librdb against a real PostgreSQL. Needs PGTEST_URL
 * (tests/integration/test_runtime.sh starts a throwaway server and sets
 * it, and PGTEST_RESTART_CMD for the restart test); skips otherwise.
 */
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "rdb/rdb.h"
#include "t.h"

static const char *test_url(void)
{
	const char *u = getenv("PGTEST_URL");
	if (!u || !*u) {
		t_skip("PGTEST_URL is not set (tests/integration/test_runtime.sh sets it)");
		return NULL;
	}
	return u;
}

static struct rdb_pool *make_pool(const struct rdb_pool_config *base)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p = NULL;
	struct rdb_error err;
	const char *u = test_url();
	if (!u)
		return NULL;
	if (base)
		cfg = *base;
	else
		memset(&cfg, 0, sizeof(cfg));
	if (!cfg.url)
		cfg.url = u;
	if (rdb_pool_create(&cfg, &p, &err) < 0) {
		t_fail(__FILE__, __LINE__, "rdb_pool_create: %s (%s)", err.message, err.hint);
		return NULL;
	}
	return p;
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Runs SQL that must succeed. */
#define EXEC(conn, sql)                                                                    \
	do {                                                                               \
		struct rdb_error e_;                                                       \
		if (rdb_exec_raw((conn), (sql), &e_) < 0)                                  \
			t_fail(__FILE__, __LINE__, "exec %s: %s", (sql), e_.message);      \
	} while (0)

/* One query that must succeed; returns its rows (in res). */
static struct rdb_rows *q(struct rdb_conn *c, struct rdb_result *res, const char *sql, const struct rdb_value *p,
			  size_t n, int line)
{
	struct rdb_rows *rows = NULL;
	struct rdb_error err;
	if (rdb_query(c, sql, p, n, res, &rows, &err) < 0) {
		t_fail(__FILE__, line, "query %s: %s [%s %s] (%s)", sql, err.message, err.prisma_code, err.sqlstate,
		       err.hint);
		return NULL;
	}
	return rows;
}
#define Q(c, res, sql, p, n) q((c), (res), (sql), (p), (n), __LINE__)

static struct rdb_value cell(const struct rdb_rows *rows, size_t r, size_t c)
{
	struct rdb_value v;
	memset(&v, 0, sizeof(v));
	if (!rows || !rdb_rows_get(rows, r, c, &v)) {
		t_fail(__FILE__, __LINE__, "no cell %zu,%zu", r, c);
		v.is_null = true;
	}
	return v;
}

static int64_t scalar_int(struct rdb_conn *c, const char *sql)
{
	struct rdb_result *res = rdb_result_new();
	struct rdb_rows *rows = Q(c, res, sql, NULL, 0);
	struct rdb_value v;
	int64_t out = -999;
	if (rows && rdb_rows_count(rows) == 1) {
		v = cell(rows, 0, 0);
		out = v.is_null ? -1 : v.type == RDB_INT32 ? v.v.i32 : v.v.i64;
	}
	rdb_result_free(res);
	return out;
}

static char *scalar_text(struct rdb_conn *c, const char *sql, char *buf, size_t n)
{
	struct rdb_result *res = rdb_result_new();
	struct rdb_rows *rows = Q(c, res, sql, NULL, 0);
	snprintf(buf, n, "(none)");
	if (rows && rdb_rows_count(rows) == 1) {
		struct rdb_value v = cell(rows, 0, 0);
		snprintf(buf, n, "%.*s", v.is_null ? 6 : (int)v.v.s.len, v.is_null ? "(null)" : v.v.s.ptr);
	}
	rdb_result_free(res);
	return buf;
}

/* ---- types ---------------------------------------------------------- */

TEST(session_is_utc_utf8_with_schema)
{
	struct rdb_pool *p;
	struct rdb_conn *c;
	struct rdb_error err;
	char buf[200], url[600];
	struct rdb_pool_config cfg;
	const char *u = test_url();
	if (!u)
		return;
	p = make_pool(NULL);
	if (!p || rdb_pool_acquire(p, &c, &err) < 0) {
		rdb_pool_destroy(p);
		CHECK(!"acquire");
		return;
	}
	CHECK_STR(scalar_text(c, "SHOW TimeZone", buf, sizeof(buf)), "UTC");
	CHECK_STR(scalar_text(c, "SHOW client_encoding", buf, sizeof(buf)), "UTF8");
	CHECK_STR(scalar_text(c, "SELECT '2024-02-29 12:34:56.5+02'::timestamptz::text", buf, sizeof(buf)),
		  "2024-02-29 10:34:56.5+00");
	EXEC(c, "DROP SCHEMA IF EXISTS \"my schema\" CASCADE; CREATE SCHEMA \"my schema\"");
	CHECK(rdb_conn_dialect(c) == RDB_POSTGRESQL);
	rdb_pool_release(p, c);
	rdb_pool_destroy(p);

	/* ?schema= becomes the search_path, quoted */
	snprintf(url, sizeof(url), "%s%sschema=my%%20schema&application_name=rt-test", u, strchr(u, '?') ? "&" : "?");
	memset(&cfg, 0, sizeof(cfg));
	cfg.url = url;
	p = make_pool(&cfg);
	if (!p || rdb_pool_acquire(p, &c, &err) < 0) {
		rdb_pool_destroy(p);
		CHECK(!"acquire with schema");
		return;
	}
	CHECK_STR(scalar_text(c, "SELECT current_schema()::text", buf, sizeof(buf)), "my schema");
	CHECK_STR(scalar_text(c, "SHOW application_name", buf, sizeof(buf)), "rt-test");
	EXEC(c, "CREATE TABLE t (id int)");
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM \"my schema\".t"), 0);
	/* a session reset keeps the URL's schema and UTC */
	EXEC(c, "DISCARD ALL");
	CHECK_STR(scalar_text(c, "SELECT current_schema()::text", buf, sizeof(buf)), "my schema");
	CHECK_STR(scalar_text(c, "SHOW TimeZone", buf, sizeof(buf)), "UTC");
	EXEC(c, "SET search_path = public; RESET ALL");
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM t"), 0);
	rdb_pool_release(p, c);
	rdb_pool_destroy(p);
}

static struct rdb_pool *shared_pool;
static struct rdb_conn *shared_conn;

/* A connection of a pool shared by the type tests. */
static struct rdb_conn *conn(void)
{
	struct rdb_error err;
	if (shared_conn)
		return shared_conn;
	if (!shared_pool)
		shared_pool = make_pool(NULL);
	if (!shared_pool)
		return NULL;
	if (rdb_pool_acquire(shared_pool, &shared_conn, &err) < 0) {
		t_fail(__FILE__, __LINE__, "acquire: %s", err.message);
		return NULL;
	}
	return shared_conn;
}

TEST(roundtrip_every_scalar_type)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	static const uint8_t blob[] = {0, 1, 2, 0, 255, 'x', 0};
	struct rdb_value in[23];
	size_t n = 0;
	if (!c)
		return;
	EXEC(c, "DROP TABLE IF EXISTS types; DROP TYPE IF EXISTS mood; CREATE EXTENSION IF NOT EXISTS citext;"
		"CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');"
		"CREATE TABLE types (id serial PRIMARY KEY, b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8,"
		" num numeric(20,4), t text, vc varchar(20), bp char(5), nm name, ci citext, en mood, js json, jb jsonb,"
		" ts timestamp(6), tz timestamptz, d date, tm time, by bytea, u uuid)");
	in[n++] = rdb_bool(true);
	in[n++] = rdb_int32(-32768);
	in[n++] = rdb_int32(INT32_MIN);
	in[n++] = rdb_int64(INT64_MAX);
	in[n++] = rdb_float64(1.5);
	in[n++] = rdb_float64(-0.1);
	in[n++] = rdb_decimal("-1234567890123456.5");
	in[n++] = rdb_text("it's \"quoted\" \\ and ünïcødé ✓");
	in[n++] = rdb_text("varchar");
	in[n++] = rdb_text("ab");
	in[n++] = rdb_text("a_name");
	in[n++] = rdb_text("MiXeD");
	in[n++] = rdb_text("happy");
	in[n++] = rdb_json("{\"a\": [1, 2, {\"b\": null}]}");
	in[n++] = rdb_json("{\"k\":\"v\",\"n\":1.5}");
	in[n++] = rdb_timestamp(INT64_C(1709210096123456)); /* 2024-02-29 12:34:56.123456 */
	in[n++] = rdb_timestamp(INT64_C(-1));               /* 1969-12-31 23:59:59.999999 */
	in[n++] = rdb_timestamp(INT64_C(1709210096123456)); /* date keeps the day */
	in[n++] = rdb_timestamp(INT64_C(1709210096123456)); /* time keeps the time of day */
	in[n++] = rdb_bytes(blob, sizeof(blob));
	in[n++] = rdb_uuid("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11");
	res = rdb_result_new();
	rows = Q(c, res,
		 "INSERT INTO types (b, i2, i4, i8, f4, f8, num, t, vc, bp, nm, ci, en, js, jb, ts, tz, d, tm, by, u) "
		 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) "
		 "RETURNING b, i2, i4, i8, f4, f8, num, t, vc, bp, nm, ci, en, js, jb, ts, tz, d, tm, by, u, id",
		 in, n);
	if (!rows) {
		rdb_result_free(res);
		return;
	}
	CHECK_INT(rdb_rows_count(rows), 1);
	CHECK_INT(rdb_rows_columns(rows), 22);
	CHECK_STR(rdb_rows_name(rows, 0), "b");
	CHECK_STR(rdb_rows_name(rows, 21), "id");
	CHECK(rdb_rows_name(rows, 22) == NULL);
	{
		struct rdb_value v;
		v = cell(rows, 0, 0);
		CHECK(v.type == RDB_BOOL && v.v.b == true);
		v = cell(rows, 0, 1);
		CHECK(v.type == RDB_INT32 && v.v.i32 == -32768);
		v = cell(rows, 0, 2);
		CHECK(v.type == RDB_INT32 && v.v.i32 == INT32_MIN);
		v = cell(rows, 0, 3);
		CHECK(v.type == RDB_INT64 && v.v.i64 == INT64_MAX);
		v = cell(rows, 0, 4);
		CHECK(v.type == RDB_FLOAT64 && v.v.f64 == 1.5);
		v = cell(rows, 0, 5);
		CHECK(v.type == RDB_FLOAT64 && v.v.f64 == -0.1);
		v = cell(rows, 0, 6);
		CHECK(v.type == RDB_DECIMAL);
		CHECK_STR(v.v.s.ptr, "-1234567890123456.5000");
		v = cell(rows, 0, 7);
		CHECK(v.type == RDB_TEXT);
		CHECK_STR(v.v.s.ptr, "it's \"quoted\" \\ and ünïcødé ✓");
		CHECK_INT(v.v.s.len, strlen("it's \"quoted\" \\ and ünïcødé ✓"));
		v = cell(rows, 0, 8);
		CHECK_STR(v.v.s.ptr, "varchar");
		v = cell(rows, 0, 9);
		CHECK_STR(v.v.s.ptr, "ab   "); /* char(5) pads */
		v = cell(rows, 0, 10);
		CHECK(v.type == RDB_TEXT);
		CHECK_STR(v.v.s.ptr, "a_name");
		v = cell(rows, 0, 11);
		CHECK(v.type == RDB_TEXT);
		CHECK_STR(v.v.s.ptr, "MiXeD");
		v = cell(rows, 0, 12);
		CHECK(v.type == RDB_TEXT);
		CHECK_STR(v.v.s.ptr, "happy");
		v = cell(rows, 0, 13);
		CHECK(v.type == RDB_JSON);
		CHECK_STR(v.v.s.ptr, "{\"a\": [1, 2, {\"b\": null}]}");
		v = cell(rows, 0, 14);
		CHECK(v.type == RDB_JSON);
		CHECK_STR(v.v.s.ptr, "{\"k\": \"v\", \"n\": 1.5}"); /* jsonb normalises */
		v = cell(rows, 0, 15);
		CHECK(v.type == RDB_TIMESTAMP && v.v.ts_us == INT64_C(1709210096123456));
		v = cell(rows, 0, 16);
		CHECK(v.type == RDB_TIMESTAMP && v.v.ts_us == -1);
		v = cell(rows, 0, 17);
		CHECK(v.type == RDB_TIMESTAMP && v.v.ts_us == INT64_C(1709164800000000));
		v = cell(rows, 0, 18);
		CHECK(v.type == RDB_TIMESTAMP && v.v.ts_us == INT64_C(45296123456));
		v = cell(rows, 0, 19);
		CHECK(v.type == RDB_BYTES && v.v.bytes.len == sizeof(blob) && !memcmp(v.v.bytes.ptr, blob, sizeof(blob)));
		v = cell(rows, 0, 20);
		CHECK(v.type == RDB_UUID);
		CHECK_STR(v.v.s.ptr, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
		CHECK(!rdb_rows_get(rows, 1, 0, &v));
		CHECK(!rdb_rows_get(rows, 0, 22, &v));
	}
	/* the server agrees on what it stored */
	{
		char buf[200];
		CHECK_STR(scalar_text(c, "SELECT ts::text || ' ' || tz::text || ' ' || d::text || ' ' || tm::text FROM types",
				      buf, sizeof(buf)),
			  "2024-02-29 12:34:56.123456 1969-12-31 23:59:59.999999+00 2024-02-29 12:34:56.123456");
		CHECK_STR(scalar_text(c, "SELECT encode(by, 'hex') FROM types", buf, sizeof(buf)), "00010200ff7800");
		CHECK_STR(scalar_text(c, "SELECT i8::text || ' ' || num::text FROM types", buf, sizeof(buf)),
			  "9223372036854775807 -1234567890123456.5000");
	}
	rdb_result_free(res);

	/* NULL of every column, typed by the column */
	res = rdb_result_new();
	for (size_t i = 0; i < n; i++)
		in[i] = rdb_null(in[i].type);
	rows = Q(c, res,
		 "INSERT INTO types (b, i2, i4, i8, f4, f8, num, t, vc, bp, nm, ci, en, js, jb, ts, tz, d, tm, by, u) "
		 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) "
		 "RETURNING b, i2, i4, i8, f4, f8, num, t, vc, bp, nm, ci, en, js, jb, ts, tz, d, tm, by, u",
		 in, n);
	for (size_t i = 0; rows && i < n; i++) {
		struct rdb_value v = cell(rows, 0, i);
		if (!v.is_null)
			t_fail(__FILE__, __LINE__, "column %zu is not NULL", i);
		if (v.type != in[i].type && !(i == 1 && v.type == RDB_INT32) && !(i == 4 && v.type == RDB_FLOAT64) &&
		    !(i >= 8 && i <= 12 && v.type == RDB_TEXT))
			t_fail(__FILE__, __LINE__, "column %zu NULL has type %d, expected %d", i, v.type, in[i].type);
	}
	rdb_result_free(res);
}

TEST(strings_quotes_nul_bytes_and_megabytes)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	size_t big = 1 << 20;
	char *s;
	uint8_t all[512];
	struct rdb_value p[3];
	if (!c)
		return;
	s = malloc(big + 1);
	for (size_t i = 0; i < big; i++)
		s[i] = "ab'\"\\x\n;"[i % 8];
	s[big] = '\0';
	for (int i = 0; i < 512; i++)
		all[i] = (uint8_t)(i * 7);
	p[0] = rdb_textn(s, big);
	p[1] = rdb_bytes(all, sizeof(all));
	p[2] = rdb_bytes(NULL, 0);
	res = rdb_result_new();
	rows = Q(c, res, "SELECT $1::text, length($1::text), $2::bytea, length($2::bytea), $3::bytea, $3::bytea IS NULL", p, 3);
	if (rows) {
		struct rdb_value v = cell(rows, 0, 0);
		CHECK(v.type == RDB_TEXT && v.v.s.len == big && !memcmp(v.v.s.ptr, s, big) && v.v.s.ptr[big] == '\0');
		CHECK_INT(cell(rows, 0, 1).v.i32, big);
		v = cell(rows, 0, 2);
		CHECK(v.type == RDB_BYTES && v.v.bytes.len == sizeof(all) && !memcmp(v.v.bytes.ptr, all, sizeof(all)));
		CHECK_INT(cell(rows, 0, 3).v.i32, 512);
		v = cell(rows, 0, 4);
		CHECK(v.type == RDB_BYTES && !v.is_null && v.v.bytes.len == 0);
		CHECK(cell(rows, 0, 5).v.b == false);
	}
	rdb_result_free(res);
	free(s);
}

TEST(invalid_utf8_is_an_error_not_a_crash)
{
	struct rdb_conn *c = conn();
	struct rdb_value p[1];
	struct rdb_rows *rows;
	struct rdb_result *res;
	struct rdb_error err;
	if (!c)
		return;
	p[0] = rdb_text("bad \xff\xfe utf-8");
	res = rdb_result_new();
	CHECK(rdb_query(c, "SELECT $1::text", p, 1, res, &rows, &err) < 0);
	CHECK(err.code == RDB_ERR_DATABASE);
	CHECK_STR(err.sqlstate, "22021");
	CHECK(strstr(err.message, "invalid byte sequence") != NULL);
	/* and the connection goes on */
	CHECK_INT(scalar_int(c, "SELECT 41 + 1"), 42);
	/* a NUL inside text is refused too */
	p[0] = rdb_textn("a\0b", 3);
	CHECK(rdb_query(c, "SELECT $1::text", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.sqlstate, "22021");
	/* text params the server parses (here an int) must not hide a NUL */
	CHECK(rdb_query(c, "SELECT $1::int", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "NUL") != NULL);
	rdb_result_free(res);
}

TEST(numeric_exact_both_ways)
{
	static const char *const cases[] = {
		"0", "-0", "0.00", "1", "-1", "12.50", "-12.50", "0.0001", "-0.0001", "10000", "99990000",
		"123456789012345678901234567890.123456789", "-98765432109876543210.0000000001",
		"1e-10", "1.5E+3", "-2.5e2", "0.000000000000000000001", "100000000000000000000000000000000000000000",
		"9999.9999", "0.1", "5", ".5", "-.5", "00012.3400",
	};
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_error err;
	struct rdb_rows *rows;
	struct rdb_value p[2];
	char *huge;
	if (!c)
		return;
	res = rdb_result_new();
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		p[0] = rdb_decimal(cases[i]);
		rows = Q(c, res, "SELECT $1::numeric, $1::numeric::text", p, 1);
		if (rows) {
			struct rdb_value a = cell(rows, 0, 0), b = cell(rows, 0, 1);
			CHECK(a.type == RDB_DECIMAL);
			if (strcmp(a.v.s.ptr, b.v.s.ptr))
				t_fail(__FILE__, __LINE__, "%s: rdb says %s, server says %s", cases[i], a.v.s.ptr, b.v.s.ptr);
		}
	}
	/* the server's own text parsed by the server agrees with ours, huge values included */
	huge = malloc(150000);
	memset(huge, '9', 131072);
	huge[131072] = '.';
	memset(huge + 131073, '1', 16383);
	huge[131073 + 16383] = '\0';
	p[0] = rdb_decimal(huge);
	p[1] = rdb_text(huge);
	rows = Q(c, res, "SELECT $1::numeric, $1::numeric::text = $2, $1::numeric = $2::numeric", p, 2);
	if (rows) {
		struct rdb_value a = cell(rows, 0, 0);
		CHECK(a.v.s.len == strlen(huge) && !strcmp(a.v.s.ptr, huge));
		CHECK(cell(rows, 0, 1).v.b && cell(rows, 0, 2).v.b);
	}
	/* numeric computed by the server */
	rows = Q(c, res, "SELECT (-1)::numeric / 3, 2::numeric ^ 200, 'NaN'::numeric, 0.1::numeric(10,5)", NULL, 0);
	if (rows) {
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "-0.33333333333333333333");
		CHECK_STR(cell(rows, 0, 1).v.s.ptr,
			  "1606938044258990275541962092341162602522202993782792835301376.0000000000000000");
		CHECK_STR(cell(rows, 0, 2).v.s.ptr, "NaN");
		CHECK_STR(cell(rows, 0, 3).v.s.ptr, "0.10000");
	}
	/* NaN, Infinity and garbage are refused before they reach the server */
	p[0] = rdb_decimal("NaN");
	CHECK(rdb_query(c, "SELECT $1::numeric", p, 1, res, &rows, &err) < 0);
	CHECK(err.code == RDB_ERR_USAGE);
	CHECK(strstr(err.message, "parameter $1: NaN is not a valid Decimal") != NULL);
	p[0] = rdb_decimal("-Infinity");
	CHECK(rdb_query(c, "SELECT $1::numeric", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "not a valid Decimal") != NULL);
	p[0] = rdb_decimal("12abc");
	CHECK(rdb_query(c, "SELECT $1::numeric", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "\"12abc\" is not a decimal number") != NULL);
	p[0] = rdb_decimal("1e-20000");
	CHECK(rdb_query(c, "SELECT $1::numeric", p, 1, res, &rows, &err) < 0);
	p[0] = rdb_decimal("1e200000");
	CHECK(rdb_query(c, "SELECT $1::numeric", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "out of PostgreSQL's numeric range") != NULL);
	/* Int, BigInt and Float into numeric */
	p[0] = rdb_int64(INT64_MIN);
	p[1] = rdb_float64(0.1);
	rows = Q(c, res, "SELECT $1::numeric, $2::numeric", p, 2);
	if (rows) {
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "-9223372036854775808");
		CHECK_STR(cell(rows, 0, 1).v.s.ptr, "0.1");
	}
	free(huge);
	rdb_result_free(res);
}

TEST(integers_floats_and_conversions)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_error err;
	struct rdb_rows *rows;
	struct rdb_value p[4];
	if (!c)
		return;
	res = rdb_result_new();
	p[0] = rdb_float64(NAN);
	p[1] = rdb_float64(INFINITY);
	p[2] = rdb_float64(-INFINITY);
	p[3] = rdb_float64(5e-324);
	rows = Q(c, res, "SELECT $1::float8, $2::float8, $3::float8, $4::float8", p, 4);
	if (rows) {
		CHECK(isnan(cell(rows, 0, 0).v.f64));
		CHECK(isinf(cell(rows, 0, 1).v.f64) && cell(rows, 0, 1).v.f64 > 0);
		CHECK(isinf(cell(rows, 0, 2).v.f64) && cell(rows, 0, 2).v.f64 < 0);
		CHECK(cell(rows, 0, 3).v.f64 == 5e-324);
	}
	/* an Int fills a smallint, a bigint and a real; the range is checked */
	p[0] = rdb_int32(7);
	rows = Q(c, res, "SELECT $1::int2 + 1, $1::int8 * 2, $1::float4 / 2, $1::text", p, 1);
	if (rows) {
		CHECK_INT(cell(rows, 0, 0).v.i32, 8);
		CHECK_INT(cell(rows, 0, 1).v.i64, 14);
		CHECK(cell(rows, 0, 2).v.f64 == 3.5);
		CHECK_STR(cell(rows, 0, 3).v.s.ptr, "7");
	}
	p[0] = rdb_int32(40000);
	CHECK(rdb_query(c, "SELECT $1::int2", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "parameter $1: value 40000 is out of range for smallint") != NULL);
	p[0] = rdb_bool(true);
	CHECK(rdb_query(c, "SELECT $1::int4", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "cannot send a Boolean value as integer") != NULL);
	/* a String the server parses: inet has no codec of ours */
	p[0] = rdb_text("10.0.0.1/8");
	rows = Q(c, res, "SELECT host($1::inet), $1::inet", p, 1);
	if (rows) {
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "10.0.0.1");
		CHECK(cell(rows, 0, 1).type == RDB_BYTES); /* unknown result types come back raw */
	}
	/* wrong parameter count */
	CHECK(rdb_query(c, "SELECT $1::int, $2::int", p, 1, res, &rows, &err) < 0);
	CHECK(err.code == RDB_ERR_USAGE);
	CHECK(strstr(err.message, "takes 2 parameters, 1 given") != NULL);
	rdb_result_free(res);
}

TEST(datetimes_dates_times_infinity)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	struct rdb_value p[5];
	if (!c)
		return;
	res = rdb_result_new();
	p[0] = rdb_timestamp(0);
	p[1] = rdb_timestamp(INT64_C(-62135596800000000)); /* 0001-01-01 */
	p[2] = rdb_timestamp(INT64_C(-86400000001));      /* 1969-12-30 23:59:59.999999 */
	p[3] = p[2];
	p[4] = rdb_timestamp(INT64_MAX);
	rows = Q(c, res,
		 "SELECT $1::timestamptz::text, $2::timestamp::text, $3::date::text, $4::time::text, $5::timestamptz::text,"
		 " $1::timestamptz, $2::timestamp, $3::date, $4::time, $5::timestamptz, '-infinity'::date,"
		 " '12:00:00+02'::timetz, '2000-01-01 00:00:00.000001 BC'::timestamp",
		 p, 5);
	if (rows) {
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "1970-01-01 00:00:00+00");
		CHECK_STR(cell(rows, 0, 1).v.s.ptr, "0001-01-01 00:00:00");
		CHECK_STR(cell(rows, 0, 2).v.s.ptr, "1969-12-30");
		CHECK_STR(cell(rows, 0, 3).v.s.ptr, "23:59:59.999999");
		CHECK_STR(cell(rows, 0, 4).v.s.ptr, "infinity");
		CHECK(cell(rows, 0, 5).v.ts_us == 0);
		CHECK(cell(rows, 0, 6).v.ts_us == INT64_C(-62135596800000000));
		CHECK(cell(rows, 0, 7).v.ts_us == INT64_C(-172800000000));
		CHECK(cell(rows, 0, 8).v.ts_us == INT64_C(86399999999));
		CHECK(cell(rows, 0, 9).v.ts_us == INT64_MAX);
		CHECK(cell(rows, 0, 10).v.ts_us == INT64_MIN);
		CHECK(cell(rows, 0, 11).v.ts_us == INT64_C(36000000000)); /* 10:00 UTC */
		CHECK(cell(rows, 0, 12).v.ts_us == INT64_C(-125249500799999999));
	}
	/* text the server parses into a timestamp */
	p[0] = rdb_text("2024-02-29T12:34:56.789Z");
	rows = Q(c, res, "SELECT $1::timestamptz", p, 1);
	if (rows)
		CHECK(cell(rows, 0, 0).v.ts_us == INT64_C(1709210096789000));
	/* a DateTime into a text parameter is ISO text */
	p[0] = rdb_timestamp(INT64_C(1709210096789000));
	rows = Q(c, res, "SELECT $1::text", p, 1);
	if (rows)
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "2024-02-29 12:34:56.789000+00");
	rdb_result_free(res);
}

TEST(arrays_of_every_kind)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	struct rdb_error err;
	struct rdb_value ints[4], texts[4], moods[2], nums[3], uuids[2], tss[2], blobs[2], p[8];
	if (!c)
		return;
	EXEC(c, "DROP TABLE IF EXISTS lists; DROP TYPE IF EXISTS color; CREATE TYPE color AS ENUM ('red', 'green');"
		"CREATE TABLE lists (id serial PRIMARY KEY, i int4[], t text[], c color[], n numeric[], u uuid[],"
		" ts timestamptz[], b bytea[], e int8[])");
	ints[0] = rdb_int32(1);
	ints[1] = rdb_null(RDB_INT32);
	ints[2] = rdb_int32(-3);
	ints[3] = rdb_int32(INT32_MAX);
	texts[0] = rdb_text("plain");
	texts[1] = rdb_text("with \"quotes\", {braces} and \\");
	texts[2] = rdb_null(RDB_TEXT);
	texts[3] = rdb_text("");
	moods[0] = rdb_text("green");
	moods[1] = rdb_text("red");
	nums[0] = rdb_decimal("1.50");
	nums[1] = rdb_decimal("-0.001");
	nums[2] = rdb_decimal("123456789012345678901234567890");
	uuids[0] = rdb_uuid("00000000-0000-0000-0000-000000000001");
	uuids[1] = rdb_uuid("ffffffff-ffff-ffff-ffff-ffffffffffff");
	tss[0] = rdb_timestamp(0);
	tss[1] = rdb_timestamp(INT64_C(1700000000000001));
	blobs[0] = rdb_bytes("\0\1", 2);
	blobs[1] = rdb_bytes("", 0);
	p[0] = rdb_array(RDB_INT32, ints, 4);
	p[1] = rdb_array(RDB_TEXT, texts, 4);
	p[2] = rdb_array(RDB_TEXT, moods, 2);
	p[3] = rdb_array(RDB_DECIMAL, nums, 3);
	p[4] = rdb_array(RDB_UUID, uuids, 2);
	p[5] = rdb_array(RDB_TIMESTAMP, tss, 2);
	p[6] = rdb_array(RDB_BYTES, blobs, 2);
	p[7] = rdb_array(RDB_INT64, NULL, 0);
	res = rdb_result_new();
	rows = Q(c, res, "INSERT INTO lists (i, t, c, n, u, ts, b, e) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
		 "RETURNING i, t, c, n, u, ts, b, e, array_length(t, 1), t[2], c::text[]", p, 8);
	if (rows) {
		struct rdb_value v = cell(rows, 0, 0);
		CHECK(v.is_array && v.type == RDB_INT32 && v.count == 4);
		if (v.count == 4) {
			CHECK(v.items[0].v.i32 == 1 && v.items[1].is_null && v.items[2].v.i32 == -3 &&
			      v.items[3].v.i32 == INT32_MAX);
		}
		v = cell(rows, 0, 1);
		CHECK(v.is_array && v.type == RDB_TEXT && v.count == 4);
		if (v.count == 4) {
			CHECK_STR(v.items[0].v.s.ptr, "plain");
			CHECK_STR(v.items[1].v.s.ptr, "with \"quotes\", {braces} and \\");
			CHECK(v.items[2].is_null);
			CHECK_STR(v.items[3].v.s.ptr, "");
		}
		v = cell(rows, 0, 2);
		CHECK(v.is_array && v.type == RDB_TEXT && v.count == 2);
		if (v.count == 2) {
			CHECK_STR(v.items[0].v.s.ptr, "green");
			CHECK_STR(v.items[1].v.s.ptr, "red");
		}
		v = cell(rows, 0, 3);
		CHECK(v.is_array && v.type == RDB_DECIMAL && v.count == 3);
		if (v.count == 3) {
			CHECK_STR(v.items[0].v.s.ptr, "1.50");
			CHECK_STR(v.items[1].v.s.ptr, "-0.001");
			CHECK_STR(v.items[2].v.s.ptr, "123456789012345678901234567890");
		}
		v = cell(rows, 0, 4);
		CHECK(v.is_array && v.type == RDB_UUID && v.count == 2);
		if (v.count == 2)
			CHECK_STR(v.items[1].v.s.ptr, "ffffffff-ffff-ffff-ffff-ffffffffffff");
		v = cell(rows, 0, 5);
		CHECK(v.is_array && v.type == RDB_TIMESTAMP && v.count == 2);
		if (v.count == 2)
			CHECK(v.items[0].v.ts_us == 0 && v.items[1].v.ts_us == INT64_C(1700000000000001));
		v = cell(rows, 0, 6);
		CHECK(v.is_array && v.type == RDB_BYTES && v.count == 2);
		if (v.count == 2)
			CHECK(v.items[0].v.bytes.len == 2 && !memcmp(v.items[0].v.bytes.ptr, "\0\1", 2) &&
			      v.items[1].v.bytes.len == 0);
		v = cell(rows, 0, 7);
		CHECK(v.is_array && !v.is_null && v.count == 0 && v.type == RDB_INT64);
		CHECK_INT(cell(rows, 0, 8).v.i32, 4);
		CHECK_STR(cell(rows, 0, 9).v.s.ptr, "with \"quotes\", {braces} and \\");
		v = cell(rows, 0, 10);
		CHECK(v.is_array && v.count == 2);
	}
	/* = ANY($1) with a list parameter; a NULL list */
	p[0] = rdb_array(RDB_INT32, ints, 4);
	rows = Q(c, res, "SELECT x FROM generate_series(-5, 5) x WHERE x = ANY($1) ORDER BY x", p, 1);
	if (rows) {
		CHECK_INT(rdb_rows_count(rows), 2);
		CHECK_INT(cell(rows, 0, 0).v.i32, -3);
		CHECK_INT(cell(rows, 1, 0).v.i32, 1);
	}
	p[0] = rdb_null(RDB_INT32);
	p[0].is_array = true;
	rows = Q(c, res, "SELECT $1::int[] IS NULL", p, 1);
	if (rows)
		CHECK(cell(rows, 0, 0).v.b);
	/* enum arrays with a label that does not exist: the server says so */
	moods[0] = rdb_text("blue");
	p[0] = rdb_array(RDB_TEXT, moods, 2);
	CHECK(rdb_query(c, "SELECT $1::color[]", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.sqlstate, "22P02");
	/* list elements of a type without codec go as an array literal */
	texts[0] = rdb_text("10.0.0.1");
	texts[1] = rdb_text("::1");
	p[0] = rdb_array(RDB_TEXT, texts, 2);
	rows = Q(c, res, "SELECT array_to_string($1::inet[], ',')", p, 1);
	if (rows)
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "10.0.0.1,::1");
	/* a single value where a list belongs */
	p[0] = rdb_int32(1);
	CHECK(rdb_query(c, "SELECT $1::int[]", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "parameter $1: the parameter is a list") != NULL);
	/* multi-dimensional arrays come back flattened */
	rows = Q(c, res, "SELECT ARRAY[[1,2],[3,4]]::int8[]", NULL, 0);
	if (rows) {
		struct rdb_value v = cell(rows, 0, 0);
		CHECK(v.count == 4 && v.items[3].v.i64 == 4);
	}
	rdb_result_free(res);
}

TEST(json_and_enums)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	struct rdb_error err;
	struct rdb_value p[3];
	if (!c)
		return;
	EXEC(c, "DROP TABLE IF EXISTS docs; DROP TYPE IF EXISTS kind; CREATE TYPE kind AS ENUM ('a', 'b c');"
		"CREATE TABLE docs (id serial PRIMARY KEY, k kind NOT NULL, j jsonb, jt json)");
	res = rdb_result_new();
	p[0] = rdb_text("b c");
	p[1] = rdb_json("{\"x\": \"\\u00e9 \\\"q\\\"\", \"arr\": [true, null]}");
	p[2] = rdb_json("[1,2]");
	rows = Q(c, res, "INSERT INTO docs (k, j, jt) VALUES ($1, $2, $3) RETURNING k, j, jt, j->>'x'", p, 3);
	if (rows) {
		CHECK(cell(rows, 0, 0).type == RDB_TEXT);
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "b c");
		CHECK(cell(rows, 0, 1).type == RDB_JSON);
		CHECK_STR(cell(rows, 0, 1).v.s.ptr, "{\"x\": \"é \\\"q\\\"\", \"arr\": [true, null]}");
		CHECK_STR(cell(rows, 0, 2).v.s.ptr, "[1,2]");
		CHECK_STR(cell(rows, 0, 3).v.s.ptr, "é \"q\"");
	}
	rows = Q(c, res, "SELECT k FROM docs WHERE k = $1", p, 1);
	CHECK_INT(rdb_rows_count(rows), 1);
	p[0] = rdb_text("nope");
	CHECK(rdb_query(c, "SELECT k FROM docs WHERE k = $1", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.sqlstate, "22P02");
	CHECK(strstr(err.message, "invalid input value for enum kind: \"nope\"") != NULL);
	p[0] = rdb_json("{bad json");
	CHECK(rdb_query(c, "SELECT $1::jsonb", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.sqlstate, "22P02");
	rdb_result_free(res);
}

TEST(uuids)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	struct rdb_error err;
	struct rdb_value p[2];
	if (!c)
		return;
	res = rdb_result_new();
	p[0] = rdb_uuid("{A0EEBC999C0B4EF8BB6D6BB9BD380A11}");
	p[1] = rdb_text("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
	rows = Q(c, res, "SELECT $1::uuid, $1::uuid = $2::uuid, gen_random_uuid()", p, 2);
	if (rows) {
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
		CHECK(cell(rows, 0, 1).v.b);
		CHECK(cell(rows, 0, 2).v.s.len == 36 && cell(rows, 0, 2).v.s.ptr[14] == '4');
	}
	p[0] = rdb_uuid("not-a-uuid");
	CHECK(rdb_query(c, "SELECT $1::uuid", p, 1, res, &rows, &err) < 0);
	CHECK(strstr(err.message, "parameter $1: \"not-a-uuid\" is not a valid UUID") != NULL);
	rdb_result_free(res);
}

/* ---- errors --------------------------------------------------------- */

TEST(constraint_errors_have_prisma_codes)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows;
	struct rdb_error err;
	struct rdb_value p[3];
	if (!c)
		return;
	EXEC(c, "DROP TABLE IF EXISTS \"Post\", \"User\";"
		"CREATE TABLE \"User\" (id serial PRIMARY KEY, email text NOT NULL, \"firstName\" text, \"lastName\" text,"
		" name varchar(5));"
		"CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(email);"
		"CREATE UNIQUE INDEX \"User_firstName_lastName_key\" ON \"User\"(\"firstName\", \"lastName\");"
		"CREATE TABLE \"Post\" (id serial PRIMARY KEY, \"authorId\" int NOT NULL,"
		" CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\"(id))");
	res = rdb_result_new();
	p[0] = rdb_text("a@x.io");
	p[1] = rdb_text("Ada");
	p[2] = rdb_text("Lovelace");
	Q(c, res, "INSERT INTO \"User\" (email, \"firstName\", \"lastName\") VALUES ($1, $2, $3)", p, 3);

	CHECK(rdb_query(c, "INSERT INTO \"User\" (email) VALUES ($1)", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.prisma_code, "P2002");
	CHECK_STR(err.sqlstate, "23505");
	CHECK(err.code == RDB_ERR_CONFLICT);
	CHECK_STR(err.message, "Unique constraint failed on the fields: (`email`)");
	CHECK(strstr(err.hint, "User_email_key") != NULL);

	p[0] = rdb_text("b@x.io");
	CHECK(rdb_query(c, "INSERT INTO \"User\" (email, \"firstName\", \"lastName\") VALUES ($1, $2, $3)", p, 3, res,
			&rows, &err) < 0);
	CHECK_STR(err.message, "Unique constraint failed on the fields: (`firstName`,`lastName`)");

	/* inside a transaction the catalog cannot be asked: same answer from memo or detail */
	{
		struct rdb_error e2;
		CHECK(rdb_begin(c, RDB_ISOLATION_DEFAULT, &e2) == 0);
		p[0] = rdb_text("a@x.io");
		CHECK(rdb_query(c, "INSERT INTO \"User\" (email) VALUES ($1)", p, 1, res, &rows, &err) < 0);
		CHECK_STR(err.message, "Unique constraint failed on the fields: (`email`)");
		CHECK(rdb_in_transaction(c));
		CHECK(rdb_rollback(c, &e2) == 0);
	}

	/* first seen inside a transaction: the fields come from the server's detail */
	{
		struct rdb_error e2;
		EXEC(c, "CREATE UNIQUE INDEX \"User_name_lastName_key\" ON \"User\"(name, \"lastName\");"
			"UPDATE \"User\" SET name = 'Ada'");
		CHECK(rdb_begin(c, RDB_ISOLATION_DEFAULT, &e2) == 0);
		p[0] = rdb_text("z@x.io");
		p[1] = rdb_text("Ada");
		p[2] = rdb_text("Lovelace");
		CHECK(rdb_query(c, "INSERT INTO \"User\" (email, name, \"lastName\") VALUES ($1, $2, $3)", p, 3, res,
				&rows, &err) < 0);
		CHECK_STR(err.message, "Unique constraint failed on the fields: (`name`,`lastName`)");
		CHECK(rdb_rollback(c, &e2) == 0);
	}

	p[0] = rdb_int32(999);
	CHECK(rdb_query(c, "INSERT INTO \"Post\" (\"authorId\") VALUES ($1)", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.prisma_code, "P2003");
	CHECK_STR(err.sqlstate, "23503");
	CHECK_STR(err.message, "Foreign key constraint violated on the constraint: `Post_authorId_fkey`");

	p[0] = rdb_null(RDB_TEXT);
	CHECK(rdb_query(c, "INSERT INTO \"User\" (email) VALUES ($1)", p, 1, res, &rows, &err) < 0);
	CHECK_STR(err.prisma_code, "P2011");
	CHECK_STR(err.sqlstate, "23502");
	CHECK_STR(err.message, "Null constraint violation on the fields: (`email`)");

	p[0] = rdb_text("c@x.io");
	p[1] = rdb_text("too long");
	CHECK(rdb_query(c, "INSERT INTO \"User\" (email, name) VALUES ($1, $2)", p, 2, res, &rows, &err) < 0);
	CHECK_STR(err.prisma_code, "P2000");
	CHECK_STR(err.sqlstate, "22001");

	CHECK(rdb_query(c, "SELEC 1", NULL, 0, res, &rows, &err) < 0);
	CHECK_STR(err.sqlstate, "42601");
	CHECK_STR(err.prisma_code, "");
	CHECK(err.code == RDB_ERR_DATABASE);
	CHECK_STR(err.message, "syntax error at or near \"SELEC\"");
	rdb_result_free(res);
}

static void *serial_conflict_peer(void *arg)
{
	struct rdb_conn *c = arg;
	struct rdb_error err;
	if (rdb_exec_raw(c, "UPDATE ser SET v = v + 1 WHERE id = 1", &err) < 0)
		t_fail(__FILE__, __LINE__, "peer update: %s", err.message);
	return NULL;
}

TEST(serialization_failure_is_P2034)
{
	struct rdb_pool *p = make_pool(NULL);
	struct rdb_conn *a = NULL, *b = NULL;
	struct rdb_error err;
	pthread_t th;
	if (!p)
		return;
	if (rdb_pool_acquire(p, &a, &err) < 0 || rdb_pool_acquire(p, &b, &err) < 0) {
		CHECK(!"acquire");
		goto out;
	}
	EXEC(a, "DROP TABLE IF EXISTS ser; CREATE TABLE ser (id int PRIMARY KEY, v int); INSERT INTO ser VALUES (1, 0)");
	CHECK(rdb_begin(a, RDB_REPEATABLE_READ, &err) == 0);
	CHECK_INT(scalar_int(a, "SELECT v FROM ser WHERE id = 1"), 0);
	pthread_create(&th, NULL, serial_conflict_peer, b);
	pthread_join(th, NULL);
	CHECK(rdb_query(a, "UPDATE ser SET v = 10 WHERE id = 1", NULL, 0, NULL, NULL, &err) < 0);
	CHECK_STR(err.prisma_code, "P2034");
	CHECK_STR(err.sqlstate, "40001");
	CHECK(err.code == RDB_ERR_CONFLICT);
	CHECK_STR(err.message, "Transaction failed due to a write conflict or a deadlock. Please retry your transaction");
	/* the failed transaction cannot commit: COMMIT answers ROLLBACK */
	CHECK(rdb_commit(a, &err) < 0);
	CHECK_STR(err.sqlstate, "25P02");
	CHECK(!rdb_in_transaction(a));
out:
	rdb_pool_release(p, a);
	rdb_pool_release(p, b);
	rdb_pool_destroy(p);
}

/* ---- transactions --------------------------------------------------- */

TEST(transactions_commit_rollback_isolation)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *c = NULL, *d = NULL;
	struct rdb_error err;
	char buf[64];
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 1; /* the next acquire gets the same connection back */
	p = make_pool(&cfg);
	if (!p)
		return;
	if (rdb_pool_acquire(p, &c, &err) < 0) {
		CHECK(!"acquire");
		rdb_pool_destroy(p);
		return;
	}
	EXEC(c, "DROP TABLE IF EXISTS acct; CREATE TABLE acct (id int PRIMARY KEY, v int)");
	CHECK(!rdb_in_transaction(c));
	CHECK(rdb_begin(c, RDB_ISOLATION_DEFAULT, &err) == 0);
	CHECK(rdb_in_transaction(c));
	CHECK(rdb_begin(c, RDB_SERIALIZABLE, &err) < 0);
	CHECK_STR(err.prisma_code, "P2028");
	EXEC(c, "INSERT INTO acct VALUES (1, 1)");
	CHECK(rdb_commit(c, &err) == 0);
	CHECK(!rdb_in_transaction(c));
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM acct"), 1);
	CHECK(rdb_commit(c, &err) < 0);

	CHECK(rdb_begin(c, RDB_READ_COMMITTED, &err) == 0);
	EXEC(c, "INSERT INTO acct VALUES (2, 2)");
	CHECK(rdb_rollback(c, &err) == 0);
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM acct"), 1);
	CHECK(rdb_rollback(c, &err) == 0); /* nothing open: a no-op */

	static const struct {
		enum rdb_isolation level;
		const char *name;
	} levels[] = {
		{RDB_READ_UNCOMMITTED, "read uncommitted"},
		{RDB_READ_COMMITTED, "read committed"},
		{RDB_REPEATABLE_READ, "repeatable read"},
		{RDB_SERIALIZABLE, "serializable"},
	};
	for (size_t i = 0; i < 4; i++) {
		CHECK(rdb_begin(c, levels[i].level, &err) == 0);
		CHECK_STR(scalar_text(c, "SHOW transaction_isolation", buf, sizeof(buf)), levels[i].name);
		CHECK(rdb_commit(c, &err) == 0);
	}

	/* returned inside a transaction: rolled back before anyone else gets it */
	CHECK(rdb_begin(c, RDB_ISOLATION_DEFAULT, &err) == 0);
	EXEC(c, "INSERT INTO acct VALUES (3, 3)");
	rdb_pool_release(p, c);
	c = NULL;
	if (rdb_pool_acquire(p, &d, &err) == 0) {
		CHECK(!rdb_in_transaction(d));
		CHECK_INT(scalar_int(d, "SELECT count(*) FROM acct WHERE id = 3"), 0);
		/* an aborted transaction too */
		CHECK(rdb_begin(d, RDB_ISOLATION_DEFAULT, &err) == 0);
		CHECK(rdb_exec_raw(d, "SELECT 1/0", &err) < 0);
		CHECK_STR(err.sqlstate, "22012");
		rdb_pool_release(p, d);
		CHECK(rdb_pool_acquire(p, &d, &err) == 0);
		CHECK(!rdb_in_transaction(d));
		CHECK_INT(scalar_int(d, "SELECT 1"), 1);
		rdb_pool_release(p, d);
	} else {
		CHECK(!"reacquire");
	}
	rdb_pool_destroy(p);
}

/* ---- batches -------------------------------------------------------- */

TEST(batch_pipeline_results_and_errors)
{
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows *rows[1000];
	struct rdb_batch *b;
	struct rdb_error err;
	struct rdb_value p[2];
	char label[32];
	if (!c)
		return;
	EXEC(c, "DROP TABLE IF EXISTS items; CREATE TABLE items (id serial PRIMARY KEY, label text UNIQUE NOT NULL, n int)");

	/* 1000 inserts, each with its RETURNING row, one round trip */
	b = rdb_batch_new(c, false);
	for (int i = 0; i < 1000; i++) {
		snprintf(label, sizeof(label), "item-%d", i);
		p[0] = rdb_text(label); /* the batch copies: label is reused */
		p[1] = rdb_int32(i);
		CHECK(rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2) RETURNING id, label", p, 2, &err) == 0);
	}
	res = rdb_result_new();
	CHECK(rdb_batch_run(b, res, rows, 1000, &err) == 0);
	CHECK(rows[0] && rows[999]);
	if (rows[999]) {
		CHECK_INT(rdb_rows_count(rows[999]), 1);
		CHECK_STR(cell(rows[999], 0, 1).v.s.ptr, "item-999");
		CHECK_INT(cell(rows[999], 0, 0).v.i32, cell(rows[0], 0, 0).v.i32 + 999);
	}
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items"), 1000);
	rdb_result_free(res);
	rdb_batch_free(b);

	/* atomic, failing in the middle: nothing stays, the error names statement 3 */
	b = rdb_batch_new(c, true);
	p[0] = rdb_text("new-1");
	p[1] = rdb_int32(1);
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	rdb_batch_add(b, "UPDATE items SET n = n + 1 WHERE label = 'item-1'", NULL, 0, &err);
	p[0] = rdb_text("item-5");
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	p[0] = rdb_text("new-2");
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	res = rdb_result_new();
	CHECK(rdb_batch_run(b, res, rows, 4, &err) < 0);
	CHECK_STR(err.message, "statement 3: Unique constraint failed on the fields: (`label`)");
	CHECK_STR(err.prisma_code, "P2002");
	CHECK(rows[0] == NULL && rows[1] == NULL && rows[3] == NULL);
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items WHERE label LIKE 'new-%'"), 0);
	CHECK_INT(scalar_int(c, "SELECT n FROM items WHERE label = 'item-1'"), 1);
	CHECK(!rdb_in_transaction(c));
	rdb_result_free(res);
	rdb_batch_free(b);

	/* the same batch, not atomic: each statement stands alone */
	b = rdb_batch_new(c, false);
	p[0] = rdb_text("new-1");
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	p[0] = rdb_text("item-5");
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	rdb_batch_add(b, "SELECT count(*) FROM items WHERE label LIKE 'new-%'", NULL, 0, &err);
	res = rdb_result_new();
	CHECK(rdb_batch_run(b, res, rows, 3, &err) < 0);
	CHECK(strncmp(err.message, "statement 2: ", 13) == 0);
	CHECK(rows[0] != NULL && rows[1] == NULL && rows[2] != NULL);
	if (rows[2])
		CHECK_INT(cell(rows[2], 0, 0).v.i64, 1);
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items WHERE label = 'new-1'"), 1);
	rdb_result_free(res);
	rdb_batch_free(b);

	/* a statement that does not parse: nothing runs */
	b = rdb_batch_new(c, true);
	rdb_batch_add(b, "DELETE FROM items", NULL, 0, &err);
	rdb_batch_add(b, "DELETE FRM items", NULL, 0, &err);
	CHECK(rdb_batch_run(b, NULL, NULL, 0, &err) < 0);
	CHECK_STR(err.message, "statement 2: syntax error at or near \"FRM\"");
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items"), 1001);
	rdb_batch_free(b);

	/* a value that cannot be encoded: nothing is sent */
	b = rdb_batch_new(c, false);
	rdb_batch_add(b, "DELETE FROM items", NULL, 0, &err);
	p[0] = rdb_text("x");
	p[1] = rdb_bool(true);
	rdb_batch_add(b, "INSERT INTO items (label, n) VALUES ($1, $2)", p, 2, &err);
	CHECK(rdb_batch_run(b, NULL, NULL, 0, &err) < 0);
	CHECK_STR(err.message, "statement 2: parameter $2: cannot send a Boolean value as integer");
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items"), 1001);
	rdb_batch_free(b);

	/* inside a transaction, the batch is part of it */
	CHECK(rdb_begin(c, RDB_ISOLATION_DEFAULT, &err) == 0);
	b = rdb_batch_new(c, false);
	rdb_batch_add(b, "DELETE FROM items WHERE n < 500", NULL, 0, &err);
	rdb_batch_add(b, "SELECT count(*) FROM items", NULL, 0, &err);
	res = rdb_result_new();
	CHECK(rdb_batch_run(b, res, rows, 2, &err) == 0);
	if (rows[0] && rows[1]) {
		CHECK_INT(rdb_rows_affected(rows[0]), 501); /* item-0..499 and new-1 */
		CHECK_INT(cell(rows[1], 0, 0).v.i64, 500);
	}
	CHECK(rdb_in_transaction(c));
	CHECK(rdb_rollback(c, &err) == 0);
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM items"), 1001);
	/* empty batch, and rows shorter than the batch */
	rdb_batch_free(b);
	b = rdb_batch_new(c, true);
	CHECK(rdb_batch_run(b, res, rows, 0, &err) == 0);
	rdb_batch_add(b, "SELECT 1", NULL, 0, &err);
	rdb_batch_add(b, "SELECT 2", NULL, 0, &err);
	CHECK(rdb_batch_run(b, res, rows, 1, &err) == 0);
	CHECK(rows[0] && cell(rows[0], 0, 0).v.i32 == 1);
	rdb_result_free(res);
	rdb_batch_free(b);
}

TEST(batch_large_both_ways_does_not_deadlock)
{
	/* ~8 MB sent and ~16 MB received: more than both sockets buffer */
	enum { N = 4000, SZ = 2000 };
	struct rdb_conn *c = conn();
	struct rdb_result *res;
	struct rdb_rows **rows;
	struct rdb_batch *b;
	struct rdb_error err;
	struct rdb_value p[2];
	char *payload;
	bool ok = true;
	if (!c)
		return;
	payload = malloc(SZ + 1);
	memset(payload, 'p', SZ);
	payload[SZ] = '\0';
	b = rdb_batch_new(c, true);
	for (int i = 0; i < N; i++) {
		payload[0] = (char)('a' + i % 26);
		p[0] = rdb_text(payload);
		p[1] = rdb_int32(i);
		rdb_batch_add(b, "SELECT $1::text || $1::text, $2::int", p, 2, &err);
	}
	res = rdb_result_new();
	rows = calloc(N, sizeof(*rows));
	CHECK(rdb_batch_run(b, res, rows, N, &err) == 0);
	for (int i = 0; i < N && ok; i++) {
		struct rdb_value v;
		ok = rows[i] && rdb_rows_get(rows[i], 0, 0, &v) && v.v.s.len == 2 * SZ &&
		     v.v.s.ptr[0] == (char)('a' + i % 26) && rdb_rows_get(rows[i], 0, 1, &v) && v.v.i32 == i;
	}
	CHECK(ok);
	free(rows);
	free(payload);
	rdb_result_free(res);
	rdb_batch_free(b);
}

/* ---- statement cache ------------------------------------------------ */

TEST(statement_cache_lru_and_deallocate)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *c;
	struct rdb_error err;
	struct rdb_result *res;
	struct rdb_rows *rows;
	bool has_a = false, has_b = false, has_d = false;
	memset(&cfg, 0, sizeof(cfg));
	cfg.statement_cache_size = 3;
	p = make_pool(&cfg);
	if (!p)
		return;
	if (rdb_pool_acquire(p, &c, &err) < 0) {
		CHECK(!"acquire");
		rdb_pool_destroy(p);
		return;
	}
	res = rdb_result_new();
	Q(c, res, "SELECT 'A'", NULL, 0);
	Q(c, res, "SELECT 'B'", NULL, 0);
	Q(c, res, "SELECT 'C'", NULL, 0);
	Q(c, res, "SELECT 'A'", NULL, 0); /* A is the most recent now: B goes first */
	Q(c, res, "SELECT 'D'", NULL, 0);
	rows = Q(c, res, "SELECT statement FROM pg_prepared_statements", NULL, 0);
	for (size_t i = 0; rows && i < rdb_rows_count(rows); i++) {
		const char *s = cell(rows, i, 0).v.s.ptr;
		has_a |= !strcmp(s, "SELECT 'A'");
		has_b |= !strcmp(s, "SELECT 'B'");
		has_d |= !strcmp(s, "SELECT 'D'");
	}
	CHECK(has_a && has_d && !has_b);
	CHECK(rows && rdb_rows_count(rows) <= 4); /* the bound, plus one DEALLOCATE still queued */
	/* an evicted statement is prepared again when needed */
	rows = Q(c, res, "SELECT 'B'", NULL, 0);
	if (rows)
		CHECK_STR(cell(rows, 0, 0).v.s.ptr, "B");

	/* the table changes under a cached statement: prepared afresh, once */
	EXEC(c, "DROP TABLE IF EXISTS chg; CREATE TABLE chg (a int); INSERT INTO chg VALUES (1)");
	rows = Q(c, res, "SELECT * FROM chg", NULL, 0);
	CHECK_INT(rdb_rows_columns(rows), 1);
	EXEC(c, "ALTER TABLE chg ADD COLUMN b text DEFAULT 'x'");
	rows = Q(c, res, "SELECT * FROM chg", NULL, 0);
	CHECK_INT(rdb_rows_columns(rows), 2);
	/* the server forgets everything */
	EXEC(c, "DEALLOCATE ALL");
	rows = Q(c, res, "SELECT * FROM chg", NULL, 0);
	CHECK_INT(rdb_rows_count(rows), 1);
	{
		/* behind our back, one statement */
		char name[64], sql[100];
		scalar_text(c, "SELECT name FROM pg_prepared_statements WHERE statement = 'SELECT * FROM chg'", name,
			    sizeof(name));
		snprintf(sql, sizeof(sql), "DEALLOCATE %s", name);
		EXEC(c, sql);
	}
	rows = Q(c, res, "SELECT * FROM chg", NULL, 0);
	CHECK_INT(rdb_rows_count(rows), 1);
	rdb_result_free(res);
	rdb_pool_release(p, c);
	rdb_pool_destroy(p);
}

/* ---- the pool -------------------------------------------------------- */

struct hook_state {
	pthread_mutex_t mu;
	int calls;
	int port;
	char user[64];
	bool fail;
};

static int password_hook(void *ctx, const char *host, int port, const char *user, char *buf, size_t bufsize,
			 struct rdb_error *err)
{
	struct hook_state *h = ctx;
	(void)host;
	pthread_mutex_lock(&h->mu);
	h->calls++;
	h->port = port;
	snprintf(h->user, sizeof(h->user), "%s", user);
	pthread_mutex_unlock(&h->mu);
	if (h->fail)
		return rdb_error_set(err, RDB_ERR_CONNECT, "token service unavailable");
	/* the test server trusts everyone; the token only has to arrive */
	snprintf(buf, bufsize, "iam-token-%d", h->calls);
	return 0;
}

static int64_t backend_pid(struct rdb_conn *c)
{
	return scalar_int(c, "SELECT pg_backend_pid()");
}

static void terminate(struct rdb_conn *killer, int64_t pid)
{
	char sql[160];
	snprintf(sql, sizeof(sql),
		 "SELECT pg_terminate_backend(%" PRId64 ", 5000)", pid);
	EXEC(killer, sql);
}

TEST(password_hook_once_per_new_connection)
{
	struct hook_state h = {PTHREAD_MUTEX_INITIALIZER, 0, 0, "", false};
	struct rdb_pool_config cfg;
	struct rdb_pool *p, *other;
	struct rdb_conn *c[3], *k;
	struct rdb_error err;
	struct rdb_pool_stats st;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 3;
	cfg.password = password_hook;
	cfg.password_ctx = &h;
	p = make_pool(&cfg);
	other = make_pool(NULL);
	if (!p || !other) {
		rdb_pool_destroy(p);
		rdb_pool_destroy(other);
		return;
	}
	for (int i = 0; i < 3; i++)
		CHECK(rdb_pool_acquire(p, &c[i], &err) == 0);
	CHECK_INT(h.calls, 3);
	CHECK_STR(h.user, "postgres");
	CHECK(h.port > 0);
	for (int i = 0; i < 3; i++)
		rdb_pool_release(p, c[i]);
	for (int round = 0; round < 5; round++) {
		CHECK(rdb_pool_acquire(p, &c[0], &err) == 0);
		CHECK_INT(scalar_int(c[0], "SELECT 1"), 1);
		rdb_pool_release(p, c[0]);
	}
	CHECK_INT(h.calls, 3); /* reused, not reconnected */
	/* a connection the server dropped is replaced: the hook is asked again */
	CHECK(rdb_pool_acquire(p, &c[0], &err) == 0);
	{
		int64_t pid = backend_pid(c[0]);
		rdb_pool_release(p, c[0]);
		CHECK(rdb_pool_acquire(other, &k, &err) == 0);
		terminate(k, pid);
		rdb_pool_release(other, k);
	}
	CHECK(rdb_pool_acquire(p, &c[0], &err) == 0);
	CHECK_INT(scalar_int(c[0], "SELECT 2"), 2);
	rdb_pool_release(p, c[0]);
	CHECK_INT(h.calls, 4);
	rdb_pool_stats(p, &st);
	CHECK_INT(st.reconnects, 1);
	CHECK_INT(st.created, 4);
	rdb_pool_destroy(p);

	/* a failing hook fails the acquire with its own error */
	h.fail = true;
	p = make_pool(&cfg);
	CHECK(p && rdb_pool_acquire(p, &c[0], &err) < 0);
	CHECK_STR(err.message, "token service unavailable");
	rdb_pool_stats(p, &st);
	CHECK_INT(st.open, 0);
	rdb_pool_destroy(p);
	rdb_pool_destroy(other);
}

TEST(dropped_connections_reconnect)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p, *other;
	struct rdb_conn *c, *k;
	struct rdb_error err;
	struct rdb_pool_stats st;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 2;
	cfg.min_size = 2;
	p = make_pool(&cfg);
	other = make_pool(NULL);
	if (!p || !other) {
		rdb_pool_destroy(p);
		rdb_pool_destroy(other);
		return;
	}
	rdb_pool_stats(p, &st);
	CHECK_INT(st.open, 2);
	CHECK_INT(st.idle, 2);
	/* every pool connection killed while idle: the next queries just work */
	CHECK(rdb_pool_acquire(other, &k, &err) == 0);
	EXEC(k, "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
		"WHERE pid <> pg_backend_pid() AND datname = current_database() AND application_name = 'rdb' "
		"AND backend_type = 'client backend' AND pid IN (SELECT pid FROM pg_stat_activity WHERE state = 'idle')");
	for (int i = 0; i < 4; i++) {
		CHECK(rdb_pool_acquire(p, &c, &err) == 0);
		CHECK_INT(scalar_int(c, "SELECT 7"), 7);
		rdb_pool_release(p, c);
	}
	rdb_pool_stats(p, &st);
	CHECK(st.reconnects >= 1);

	/* killed while lent: the query fails with P1017, the pool replaces it */
	CHECK(rdb_pool_acquire(p, &c, &err) == 0);
	terminate(k, backend_pid(c));
	CHECK(rdb_query(c, "SELECT 1", NULL, 0, NULL, NULL, &err) < 0);
	CHECK_STR(err.prisma_code, "P1017");
	CHECK(err.code == RDB_ERR_CONNECT);
	CHECK_STR(err.message, "Server has closed the connection.");
	CHECK(rdb_query(c, "SELECT 1", NULL, 0, NULL, NULL, &err) < 0);
	CHECK_STR(err.prisma_code, "P1017");
	rdb_pool_release(p, c);
	CHECK(rdb_pool_acquire(p, &c, &err) == 0);
	CHECK_INT(scalar_int(c, "SELECT 8"), 8);
	rdb_pool_release(p, c);
	rdb_pool_release(other, k);
	rdb_pool_destroy(p);
	rdb_pool_destroy(other);
}

TEST(server_restart_under_an_open_pool)
{
	const char *cmd = getenv("PGTEST_RESTART_CMD");
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *c[3];
	struct rdb_error err;
	struct rdb_pool_stats st;
	if (!test_url())
		return;
	if (!cmd) {
		t_skip("PGTEST_RESTART_CMD is not set");
		return;
	}
	if (shared_conn) {
		/* the shared connection would die too */
		rdb_pool_release(shared_pool, shared_conn);
		shared_conn = NULL;
	}
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 3;
	cfg.min_size = 1;
	cfg.health_check_idle_ms = -1; /* the cheap liveness check alone must notice */
	p = make_pool(&cfg);
	if (!p)
		return;
	for (int i = 0; i < 3; i++) {
		CHECK(rdb_pool_acquire(p, &c[i], &err) == 0);
		CHECK_INT(scalar_int(c[i], "SELECT 1"), 1);
	}
	for (int i = 0; i < 3; i++)
		rdb_pool_release(p, c[i]);
	CHECK(system(cmd) == 0);
	for (int i = 0; i < 3; i++) {
		if (rdb_pool_acquire(p, &c[i], &err) < 0) {
			t_fail(__FILE__, __LINE__, "acquire after restart: %s", err.message);
			c[i] = NULL;
			continue;
		}
		CHECK_INT(scalar_int(c[i], "SELECT 42"), 42);
	}
	for (int i = 0; i < 3; i++)
		rdb_pool_release(p, c[i]);
	rdb_pool_stats(p, &st);
	CHECK_INT(st.reconnects, 3);
	CHECK_INT(st.open, 3);
	rdb_pool_destroy(p);
}

struct waiter {
	struct rdb_pool *p;
	int rc;
	struct rdb_error err;
	int64_t waited_ms;
};

static void *acquire_and_fail(void *arg)
{
	struct waiter *w = arg;
	struct rdb_conn *c = NULL;
	int64_t t0 = now_ms();
	w->rc = rdb_pool_acquire(w->p, &c, &w->err);
	w->waited_ms = now_ms() - t0;
	if (w->rc == 0)
		rdb_pool_release(w->p, c);
	return NULL;
}

TEST(pool_exhaustion_times_out_without_deadlock)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *held[2], *extra;
	struct rdb_error err;
	struct waiter w[4];
	pthread_t th[4];
	struct rdb_pool_stats st;
	int64_t t0;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 2;
	cfg.acquire_timeout_ms = 300;
	p = make_pool(&cfg);
	if (!p)
		return;
	CHECK(rdb_pool_acquire(p, &held[0], &err) == 0);
	CHECK(rdb_pool_acquire(p, &held[1], &err) == 0);
	/* the holder itself asking for a third: a timeout, not a hang */
	t0 = now_ms();
	CHECK(rdb_pool_acquire(p, &extra, &err) < 0);
	CHECK(err.code == RDB_ERR_TIMEOUT);
	CHECK_STR(err.prisma_code, "P2024");
	CHECK(strstr(err.message, "connection pool timeout: 0.3, connection limit: 2") != NULL);
	CHECK(now_ms() - t0 >= 290 && now_ms() - t0 < 1500);
	for (int i = 0; i < 4; i++) {
		w[i].p = p;
		pthread_create(&th[i], NULL, acquire_and_fail, &w[i]);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		CHECK(w[i].rc < 0 && w[i].err.code == RDB_ERR_TIMEOUT);
		CHECK(w[i].waited_ms >= 290 && w[i].waited_ms < 1500);
	}
	rdb_pool_stats(p, &st);
	CHECK_INT(st.acquire_timeouts, 5);
	CHECK_INT(st.in_use, 2);
	CHECK_INT(st.open, 2);
	CHECK_INT(st.waiting, 0);

	/* Prisma's URL parameters fill what the config leaves at zero */
	{
		char url[600];
		const char *u = test_url();
		struct rdb_pool *q2;
		struct rdb_pool_config c2;
		struct rdb_conn *one;
		snprintf(url, sizeof(url), "%s%sconnection_limit=1&pool_timeout=1", u, strchr(u, '?') ? "&" : "?");
		memset(&c2, 0, sizeof(c2));
		c2.url = url;
		q2 = make_pool(&c2);
		if (q2 && rdb_pool_acquire(q2, &one, &err) == 0) {
			t0 = now_ms();
			CHECK(rdb_pool_acquire(q2, &extra, &err) < 0);
			CHECK(strstr(err.message, "connection pool timeout: 1, connection limit: 1") != NULL);
			CHECK(now_ms() - t0 >= 990);
			rdb_pool_release(q2, one);
		}
		rdb_pool_destroy(q2);
	}

	/* a waiter gets the connection as soon as one comes back */
	pthread_create(&th[0], NULL, acquire_and_fail, &w[0]);
	usleep(50000);
	rdb_pool_release(p, held[0]);
	pthread_join(th[0], NULL);
	CHECK(w[0].rc == 0);
	CHECK(w[0].waited_ms < 290);
	rdb_pool_release(p, held[1]);
	rdb_pool_destroy(p);
}

struct stress {
	struct rdb_pool *p;
	int id, ops, failures;
	char msg[1100];
};

static void *stress_worker(void *arg)
{
	struct stress *s = arg;
	for (int i = 0; i < s->ops; i++) {
		struct rdb_conn *c;
		struct rdb_error err;
		struct rdb_result *res;
		struct rdb_rows *rows;
		struct rdb_value p[2];
		if (rdb_pool_acquire(s->p, &c, &err) < 0) {
			s->failures++;
			snprintf(s->msg, sizeof(s->msg), "acquire: %s", err.message);
			continue;
		}
		res = rdb_result_new();
		p[0] = rdb_int32(s->id);
		p[1] = rdb_int32(i);
		if (i % 10 == 9) {
			/* now and then a transaction, and now and then one left open on purpose */
			if (rdb_begin(c, RDB_ISOLATION_DEFAULT, &err) < 0 ||
			    rdb_query(c, "INSERT INTO stress (worker, n) VALUES ($1, $2)", p, 2, NULL, NULL, &err) < 0 ||
			    (i % 20 == 19 ? 0 : rdb_commit(c, &err)) < 0) {
				s->failures++;
				snprintf(s->msg, sizeof(s->msg), "txn: %s", err.message);
			}
		} else if (rdb_query(c, "INSERT INTO stress (worker, n) VALUES ($1, $2) RETURNING worker, n", p, 2, res,
				     &rows, &err) < 0 ||
			   rdb_rows_count(rows) != 1) {
			s->failures++;
			snprintf(s->msg, sizeof(s->msg), "insert: %s", err.message);
		} else {
			struct rdb_value v;
			rdb_rows_get(rows, 0, 1, &v);
			if (v.v.i32 != i)
				s->failures++;
		}
		rdb_result_free(res);
		rdb_pool_release(s->p, c);
	}
	return NULL;
}

TEST(concurrency_stress_many_threads_one_pool)
{
	enum { THREADS = 16, OPS = 200 };
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *c;
	struct rdb_error err;
	struct stress s[THREADS];
	pthread_t th[THREADS];
	struct rdb_pool_stats st;
	int failures = 0;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 4;
	cfg.acquire_timeout_ms = 30000;
	p = make_pool(&cfg);
	if (!p)
		return;
	if (rdb_pool_acquire(p, &c, &err) < 0) {
		CHECK(!"acquire");
		rdb_pool_destroy(p);
		return;
	}
	EXEC(c, "DROP TABLE IF EXISTS stress; CREATE TABLE stress (worker int, n int)");
	rdb_pool_release(p, c);
	for (int i = 0; i < THREADS; i++) {
		memset(&s[i], 0, sizeof(s[i]));
		s[i].p = p;
		s[i].id = i;
		s[i].ops = OPS;
		pthread_create(&th[i], NULL, stress_worker, &s[i]);
	}
	for (int i = 0; i < THREADS; i++) {
		pthread_join(th[i], NULL);
		failures += s[i].failures;
		if (s[i].failures)
			t_fail(__FILE__, __LINE__, "worker %d: %d failures, last: %s", i, s[i].failures, s[i].msg);
	}
	CHECK_INT(failures, 0);
	rdb_pool_stats(p, &st);
	CHECK(st.open <= 4);
	CHECK_INT(st.in_use, 0);
	CHECK_INT(st.acquire_timeouts, 0);
	CHECK(rdb_pool_acquire(p, &c, &err) == 0);
	/* every 20th operation's transaction was left open and rolled back on release */
	CHECK_INT(scalar_int(c, "SELECT count(*) FROM stress"), THREADS * (OPS - OPS / 20));
	CHECK_INT(scalar_int(c, "SELECT count(DISTINCT worker) FROM stress"), THREADS);
	rdb_pool_release(p, c);
	rdb_pool_destroy(p);
}

TEST(idle_timeout_lifetime_min_size)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p;
	struct rdb_conn *c[3];
	struct rdb_error err;
	struct rdb_pool_stats st;
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_size = 3;
	cfg.min_size = 1;
	cfg.idle_timeout_ms = 200;
	cfg.max_lifetime_ms = -1;
	p = make_pool(&cfg);
	if (!p)
		return;
	for (int i = 0; i < 3; i++)
		CHECK(rdb_pool_acquire(p, &c[i], &err) == 0);
	for (int i = 0; i < 3; i++)
		rdb_pool_release(p, c[i]);
	rdb_pool_stats(p, &st);
	CHECK_INT(st.open, 3);
	usleep(600000);
	rdb_pool_stats(p, &st);
	CHECK_INT(st.open, 1); /* idle ones closed down to min_size */
	CHECK_INT(st.idle, 1);
	rdb_pool_destroy(p);

	/* max lifetime: an old connection is not lent again */
	memset(&cfg, 0, sizeof(cfg));
	cfg.max_lifetime_ms = 300;
	cfg.idle_timeout_ms = -1;
	p = make_pool(&cfg);
	if (!p)
		return;
	CHECK(rdb_pool_acquire(p, &c[0], &err) == 0);
	{
		int64_t pid = backend_pid(c[0]), pid2;
		rdb_pool_release(p, c[0]);
		usleep(450000);
		CHECK(rdb_pool_acquire(p, &c[0], &err) == 0);
		pid2 = backend_pid(c[0]);
		CHECK(pid != pid2);
		rdb_pool_release(p, c[0]);
	}
	rdb_pool_stats(p, &st);
	CHECK_INT(st.created, 2);
	CHECK_INT(st.reconnects, 0);
	rdb_pool_destroy(p);
}

TEST(connect_errors_and_destroy_with_loans)
{
	struct rdb_pool_config cfg;
	struct rdb_pool *p = NULL;
	struct rdb_conn *c;
	struct rdb_error err;
	if (!test_url())
		return;
	memset(&cfg, 0, sizeof(cfg));
	cfg.url = "postgresql://postgres@127.0.0.1:1/postgres?connect_timeout=2";
	CHECK(rdb_pool_create(&cfg, &p, &err) == 0);
	CHECK(rdb_pool_acquire(p, &c, &err) < 0);
	CHECK_STR(err.prisma_code, "P1001");
	rdb_pool_destroy(p);
	cfg.min_size = 1;
	CHECK(rdb_pool_create(&cfg, &p, &err) < 0);
	CHECK_STR(err.prisma_code, "P1001");
	cfg.url = "mysql://u@h/db";
	CHECK(rdb_pool_create(&cfg, &p, &err) < 0);
	cfg.url = "postgresql://[::1";
	CHECK(rdb_pool_create(&cfg, &p, &err) < 0);
	CHECK_STR(err.prisma_code, "P1013");

	/* destroyed while a connection is lent: freed when it comes back */
	p = make_pool(NULL);
	if (!p)
		return;
	CHECK(rdb_pool_acquire(p, &c, &err) == 0);
	rdb_pool_destroy(p);
	CHECK_INT(scalar_int(c, "SELECT 3"), 3);
	rdb_pool_release(p, c);
}

int main(int argc, char **argv)
{
	int rc;
	if (!getenv("PGTEST_URL")) {
		/* run by tests/run.sh as a unit test: one skip, not one per test */
		t_record("runtime_pg", 2, "PGTEST_URL is not set; tests/integration/test_runtime.sh runs these against a server");
		t_summary();
		return 0;
	}
	rc = t_main(argc, argv);
	if (shared_conn)
		rdb_pool_release(shared_pool, shared_conn);
	rdb_pool_destroy(shared_pool);
	return rc;
}
