/*
 * test_runtime_codec.c: the parts of librdb that need no server: the
 * PostgreSQL binary codec (numeric, uuid, dates, arrays, parameter
 * conversions), the result arena, rdb_sqlbuf and the value constructors.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rdb/rdb.h"
#include "runtime/pg_codec.h"
#include "runtime/runtime.h"
#include "t.h"

/* decimal text -> binary numeric -> decimal text */
static const char *numeric_roundtrip(const char *in, char *out, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	char msg[200];
	long len;
	if (pg_numeric_from_text(in, strlen(in), &sb, msg, sizeof(msg)) < 0) {
		snprintf(out, n, "error: %s", msg);
		strbuf_release(&sb);
		return out;
	}
	len = pg_numeric_format((const unsigned char *)sb.buf, sb.len, NULL);
	if (len < 0 || (size_t)len >= n) {
		snprintf(out, n, "bad length %ld", len);
	} else {
		pg_numeric_format((const unsigned char *)sb.buf, sb.len, out);
		out[len] = '\0';
	}
	strbuf_release(&sb);
	return out;
}

TEST(numeric_text_roundtrip)
{
	static const char *const cases[][2] = {
		{"0", "0"}, {"-0", "0"}, {"0.00", "0.00"}, {"1", "1"}, {"-1", "-1"}, {"12.50", "12.50"},
		{"-12.50", "-12.50"}, {"0.0001", "0.0001"}, {"-0.0001", "-0.0001"}, {"10000", "10000"},
		{"99990000", "99990000"}, {"00012.3400", "12.3400"}, {".5", "0.5"}, {"5.", "5"}, {"+7", "7"},
		{"1e-10", "0.0000000001"}, {"1.5E+3", "1500"}, {"-2.5e2", "-250"}, {"1.2345e2", "123.45"},
		{"123e-5", "0.00123"}, {"0e5", "0"}, {"0.000e-2", "0.00000"},
		{"123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789"},
	};
	char buf[256];
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_STR(numeric_roundtrip(cases[i][0], buf, sizeof(buf)), cases[i][1]);
}

TEST(numeric_rejects_nan_infinity_garbage_and_range)
{
	static const char *const bad[] = {"NaN", "nan", "-Infinity", "inf", "", "-", ".", "1e", "1e+", "12a",
					  "1.2.3", " 1", "1 ", "0x10", "1e-16384", "1e131072", "--1"};
	char buf[256];
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		numeric_roundtrip(bad[i], buf, sizeof(buf));
		if (strncmp(buf, "error: ", 7))
			t_fail(__FILE__, __LINE__, "\"%s\" was accepted as %s", bad[i], buf);
	}
	CHECK(strstr(numeric_roundtrip("NaN", buf, sizeof(buf)), "NaN is not a valid Decimal") != NULL);
	CHECK(strstr(numeric_roundtrip("1e131072", buf, sizeof(buf)), "out of PostgreSQL's numeric range") != NULL);
	CHECK(strstr(numeric_roundtrip("1e-16384", buf, sizeof(buf)), "at most 16383") != NULL);
	/* the largest values numeric holds are fine */
	{
		char *big = malloc(200000);
		numeric_roundtrip("-1e131071", big, 200000);
		CHECK(strlen(big) == 131073 && big[0] == '-' && big[1] == '1' && big[131072] == '0');
		numeric_roundtrip("1e-16383", big, 200000);
		CHECK(strlen(big) == 16385 && big[16384] == '1');
		free(big);
	}
}

TEST(numeric_wire_layout)
{
	/* What numeric_send produces, from PostgreSQL's own source. */
	struct strbuf sb = STRBUF_INIT;
	char msg[100];
	static const unsigned char want1[] = {0, 2, 0, 0, 0, 0, 0, 2, 0, 12, 0x13, 0x88}; /* 12.50 */
	static const unsigned char want2[] = {0, 1, 0xff, 0xff, 0x40, 0, 0, 4, 0, 1};      /* -0.0001 */
	static const unsigned char want3[] = {0, 1, 0, 1, 0, 0, 0, 0, 0, 1};               /* 10000 */
	static const unsigned char nan[] = {0, 0, 0, 0, 0xc0, 0, 0, 0};
	char out[16];
	CHECK(pg_numeric_from_text("12.50", 5, &sb, msg, sizeof(msg)) == 0);
	CHECK(sb.len == sizeof(want1) && !memcmp(sb.buf, want1, sizeof(want1)));
	strbuf_reset(&sb);
	CHECK(pg_numeric_from_text("-0.0001", 7, &sb, msg, sizeof(msg)) == 0);
	CHECK(sb.len == sizeof(want2) && !memcmp(sb.buf, want2, sizeof(want2)));
	strbuf_reset(&sb);
	CHECK(pg_numeric_from_text("10000", 5, &sb, msg, sizeof(msg)) == 0);
	CHECK(sb.len == sizeof(want3) && !memcmp(sb.buf, want3, sizeof(want3)));
	strbuf_release(&sb);
	/* decoding: NaN from the server is reported as such; malformed input is refused */
	CHECK_INT(pg_numeric_format(nan, sizeof(nan), out), 3);
	CHECK(!memcmp(out, "NaN", 3));
	CHECK_INT(pg_numeric_format(want1, sizeof(want1) - 1, NULL), -1);
	{
		unsigned char bad[sizeof(want1)];
		memcpy(bad, want1, sizeof(bad));
		bad[10] = 0xff; /* digit > 9999 */
		CHECK_INT(pg_numeric_format(bad, sizeof(bad), NULL), -1);
	}
}

/* The decimal text PostgreSQL prints for plain (exponent-free) input. */
static void canonical(const char *in, char *out, size_t n)
{
	const char *p = in, *dot;
	bool neg = *p == '-', nonzero = false;
	size_t o = 0;
	if (*p == '-' || *p == '+')
		p++;
	for (const char *q = p; *q; q++)
		nonzero |= *q >= '1' && *q <= '9';
	if (neg && nonzero)
		out[o++] = '-';
	dot = strchr(p, '.');
	while (*p == '0' && p + 1 < (dot ? dot : p + strlen(p)))
		p++;
	if (p == dot)
		out[o++] = '0';
	snprintf(out + o, n - o, "%s", p);
	o = strlen(out);
	if (o && out[o - 1] == '.')
		out[o - 1] = '\0';
}

TEST(numeric_random_against_reference)
{
	/* Group arithmetic is where such code goes wrong: every split of digits around the point. */
	unsigned seed = 12345;
	char in[80], want[100], got[200];
	for (int iter = 0; iter < 20000; iter++) {
		int ilen, flen;
		size_t o = 0;
		seed = seed * 1103515245u + 12345u;
		ilen = (int)(seed >> 16) % 20;
		seed = seed * 1103515245u + 12345u;
		flen = (int)(seed >> 16) % 20;
		if (ilen + flen == 0)
			ilen = 1;
		if (iter & 1)
			in[o++] = '-';
		for (int i = 0; i < ilen; i++) {
			seed = seed * 1103515245u + 12345u;
			/* plenty of zeros: they make groups empty at both ends */
			in[o++] = (seed >> 16) % 3 ? '0' + (char)((seed >> 20) % 10) : '0';
		}
		if (flen)
			in[o++] = '.';
		for (int i = 0; i < flen; i++) {
			seed = seed * 1103515245u + 12345u;
			in[o++] = (seed >> 16) % 3 ? '0' + (char)((seed >> 20) % 10) : '0';
		}
		in[o] = '\0';
		canonical(in, want, sizeof(want));
		numeric_roundtrip(in, got, sizeof(got));
		if (strcmp(got, want)) {
			t_fail(__FILE__, __LINE__, "%s: got %s, want %s", in, got, want);
			break;
		}
	}
}

TEST(uuid_parse_and_format)
{
	uint8_t u[16];
	char out[37];
	CHECK(pg_uuid_parse("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", 36, u) == 0);
	pg_uuid_format(u, out);
	CHECK_STR(out, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
	CHECK(pg_uuid_parse("{a0eebc999c0b4ef8bb6d6bb9bd380a11}", 34, u) == 0);
	pg_uuid_format(u, out);
	CHECK_STR(out, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
	CHECK(pg_uuid_parse("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", 35, u) < 0);
	CHECK(pg_uuid_parse("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111", 37, u) < 0);
	CHECK(pg_uuid_parse("g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", 36, u) < 0);
	CHECK(pg_uuid_parse("-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", 37, u) < 0);
	CHECK(pg_uuid_parse("a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11", 37, u) < 0);
	CHECK(pg_uuid_parse("", 0, u) < 0);
}

TEST(timestamp_text)
{
	struct strbuf sb = STRBUF_INIT;
	pg_timestamp_text(0, &sb);
	CHECK_STR(sb.buf, "1970-01-01 00:00:00.000000+00");
	strbuf_reset(&sb);
	pg_timestamp_text(INT64_C(1709210096123456), &sb);
	CHECK_STR(sb.buf, "2024-02-29 12:34:56.123456+00");
	strbuf_reset(&sb);
	pg_timestamp_text(-1, &sb);
	CHECK_STR(sb.buf, "1969-12-31 23:59:59.999999+00");
	strbuf_reset(&sb);
	pg_timestamp_text(INT64_C(-62135596800000000) - 1, &sb); /* just before 0001-01-01 */
	CHECK_STR(sb.buf, "0001-12-31 23:59:59.999999+00 BC");
	strbuf_reset(&sb);
	pg_timestamp_text(INT64_MAX, &sb);
	CHECK_STR(sb.buf, "infinity");
	strbuf_release(&sb);
}

/* Encodes v for type oid and decodes the bytes back. */
static bool roundtrip(pg_oid oid, const struct rdb_value *v, struct rdb_result *res, struct rdb_value *out, char *msg,
		      size_t msglen)
{
	struct pg_type t;
	struct strbuf sb = STRBUF_INIT;
	struct pg_param pp;
	const char *p;
	bool ok;
	CHECK(pg_type_builtin(oid, &t));
	if (pg_encode(&t, v, &sb, &pp, msg, msglen) < 0) {
		strbuf_release(&sb);
		return false;
	}
	CHECK(pp.format == 1);
	p = pp.direct ? pp.direct : sb.buf + pp.off;
	/* decoded text may point into the input: keep a copy alive in res */
	p = rdb_result_strndup(res, p, pp.len);
	ok = pg_decode(&t, p, pp.len, res, out);
	strbuf_release(&sb);
	return ok;
}

TEST(encode_decode_scalars_and_arrays)
{
	struct rdb_result *res = rdb_result_new();
	struct rdb_value v, out, items[4];
	char msg[200];

	v = rdb_int64(-5);
	CHECK(roundtrip(21, &v, res, &out, msg, sizeof(msg)) && out.type == RDB_INT32 && out.v.i32 == -5);
	v = rdb_int32(70000);
	CHECK(!roundtrip(21, &v, res, &out, msg, sizeof(msg)));
	CHECK_STR(msg, "value 70000 is out of range for smallint");
	v = rdb_float64(3.0);
	CHECK(roundtrip(20, &v, res, &out, msg, sizeof(msg)) && out.v.i64 == 3);
	v = rdb_float64(3.5);
	CHECK(!roundtrip(20, &v, res, &out, msg, sizeof(msg)));
	v = rdb_json("{\"a\":1}");
	CHECK(roundtrip(3802, &v, res, &out, msg, sizeof(msg)) && out.type == RDB_JSON);
	CHECK_STR(out.v.s.ptr, "{\"a\":1}");
	v = rdb_timestamp(INT64_C(-1)); /* date floors towards the past */
	CHECK(roundtrip(1082, &v, res, &out, msg, sizeof(msg)) && out.v.ts_us == -INT64_C(86400000000));
	CHECK(roundtrip(1083, &v, res, &out, msg, sizeof(msg)) && out.v.ts_us == INT64_C(86399999999));
	CHECK(roundtrip(1266, &v, res, &out, msg, sizeof(msg)) && out.v.ts_us == INT64_C(86399999999));
	v = rdb_timestamp(INT64_MIN);
	CHECK(roundtrip(1184, &v, res, &out, msg, sizeof(msg)) && out.v.ts_us == INT64_MIN);
	CHECK(roundtrip(1082, &v, res, &out, msg, sizeof(msg)) && out.v.ts_us == INT64_MIN);
	v = rdb_decimal("-0.5");
	CHECK(roundtrip(1700, &v, res, &out, msg, sizeof(msg)) && out.type == RDB_DECIMAL);
	CHECK_STR(out.v.s.ptr, "-0.5");
	v = rdb_uuid("00112233-4455-6677-8899-aabbccddeeff");
	CHECK(roundtrip(2950, &v, res, &out, msg, sizeof(msg)));
	CHECK_STR(out.v.s.ptr, "00112233-4455-6677-8899-aabbccddeeff");
	v = rdb_bytes("a\0b", 3);
	CHECK(!roundtrip(25, &v, res, &out, msg, sizeof(msg)));
	CHECK_STR(msg, "cannot send a Bytes value as text");

	items[0] = rdb_text("x");
	items[1] = rdb_null(RDB_TEXT);
	items[2] = rdb_text("y\"z");
	v = rdb_array(RDB_TEXT, items, 3);
	CHECK(roundtrip(1009, &v, res, &out, msg, sizeof(msg)));
	CHECK(out.is_array && out.count == 3 && out.items[1].is_null);
	if (out.count == 3) {
		CHECK_STR(out.items[0].v.s.ptr, "x");
		CHECK_STR(out.items[2].v.s.ptr, "y\"z");
	}
	items[0] = rdb_decimal("1.5");
	items[1] = rdb_decimal("NaN");
	v = rdb_array(RDB_DECIMAL, items, 2);
	CHECK(!roundtrip(1231, &v, res, &out, msg, sizeof(msg)));
	CHECK(strncmp(msg, "item 1: NaN is not a valid Decimal", 34) == 0);
	rdb_result_free(res);
}

TEST(text_fallbacks)
{
	struct pg_type other = {869 /* inet */, PGK_OTHER, PGK_OTHER, 0}, t;
	struct strbuf sb = STRBUF_INIT;
	struct pg_param pp;
	struct rdb_value v, items[2];
	char msg[100];
	v = rdb_text("10.0.0.1");
	CHECK(pg_encode(&other, &v, &sb, &pp, msg, sizeof(msg)) == 0);
	CHECK(pp.format == 0 && !strcmp(sb.buf + pp.off, "10.0.0.1"));
	/* a String for an int parameter is parsed by the server */
	pg_type_builtin(23, &t);
	CHECK(pg_encode(&t, &v, &sb, &pp, msg, sizeof(msg)) == 0 && pp.format == 0);
	/* a list of Strings for an int[] parameter becomes an array literal */
	pg_type_builtin(1007, &t);
	items[0] = rdb_text("1");
	items[1] = rdb_text("a\"b\\");
	v = rdb_array(RDB_TEXT, items, 2);
	CHECK(pg_encode(&t, &v, &sb, &pp, msg, sizeof(msg)) == 0);
	CHECK(pp.format == 0);
	CHECK_STR(sb.buf + pp.off, "{\"1\",\"a\\\"b\\\\\"}");
	/* bytes into an unknown type: its raw binary form */
	v = rdb_bytes("\1\2", 2);
	CHECK(pg_encode(&other, &v, &sb, &pp, msg, sizeof(msg)) == 0 && pp.format == 1 && pp.direct && pp.len == 2);
	strbuf_release(&sb);
}

TEST(malformed_binary_is_refused)
{
	struct rdb_result *res = rdb_result_new();
	struct pg_type t;
	struct rdb_value out;
	static const char arr_huge[] = {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 23, 0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 1};
	static const char arr_short[] = {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 9, 1};
	pg_type_builtin(1007, &t);
	CHECK(!pg_decode(&t, arr_huge, sizeof(arr_huge), res, &out));
	CHECK(!pg_decode(&t, arr_short, sizeof(arr_short), res, &out));
	pg_type_builtin(23, &t);
	CHECK(!pg_decode(&t, "\0\0\0", 3, res, &out));
	pg_type_builtin(3802, &t);
	CHECK(!pg_decode(&t, "\2{}", 3, res, &out));
	rdb_result_free(res);
}

/* ---- result arena, sqlbuf, values ------------------------------------ */

static int freed;
static void count_free(void *p)
{
	(void)p;
	freed++;
}

TEST(result_arena)
{
	struct rdb_result *r = rdb_result_new();
	char *small = rdb_result_alloc(r, 3);
	uint64_t *big = rdb_result_alloc(r, 100000);
	char *s = rdb_result_strndup(r, "hello world", 5);
	CHECK(((uintptr_t)small & 7) == 0 && ((uintptr_t)big & 7) == 0);
	CHECK(big[99999 / 8] == 0);
	CHECK_STR(s, "hello");
	for (int i = 0; i < 10000; i++) {
		int *p = rdb_result_alloc(r, sizeof(int) * (size_t)(i % 50 + 1));
		CHECK(p[0] == 0);
		p[0] = i;
	}
	freed = 0;
	for (int i = 0; i < 20; i++)
		rdb_result_own(r, count_free, NULL);
	rdb_result_free(r);
	CHECK_INT(freed, 20);
	rdb_result_free(NULL);
}

TEST(sqlbuf_idents_and_params)
{
	struct rdb_sqlbuf sb = {0};
	rdb_sql_add(&sb, "SELECT ");
	rdb_sql_ident(&sb, RDB_POSTGRESQL, "we\"ird");
	rdb_sql_add(&sb, " FROM t WHERE a = ");
	rdb_sql_param(&sb, RDB_POSTGRESQL, 12);
	CHECK_STR(sb.buf, "SELECT \"we\"\"ird\" FROM t WHERE a = $12");
	rdb_sqlbuf_release(&sb);
	rdb_sql_ident(&sb, RDB_MYSQL, "a`b");
	rdb_sql_param(&sb, RDB_MYSQL, 3);
	CHECK_STR(sb.buf, "`a``b`?");
	for (int i = 0; i < 1000; i++)
		rdb_sql_param(&sb, RDB_POSTGRESQL, i);
	CHECK(sb.len == strlen(sb.buf));
	rdb_sqlbuf_release(&sb);
	rdb_sql_param(&sb, RDB_POSTGRESQL, 1);
	rdb_sql_param(&sb, RDB_POSTGRESQL, 10);
	rdb_sql_param(&sb, RDB_POSTGRESQL, 65535);
	rdb_sql_ident(&sb, RDB_POSTGRESQL, "plain");
	rdb_sql_ident(&sb, RDB_POSTGRESQL, "");
	rdb_sql_ident(&sb, RDB_POSTGRESQL, "\"");
	CHECK_STR(sb.buf, "$1$10$65535\"plain\"\"\"\"\"\"\"");
	CHECK(sb.len == strlen(sb.buf));
	rdb_sqlbuf_release(&sb);
	CHECK(sb.buf == NULL && sb.len == 0);
}

TEST(value_constructors)
{
	struct rdb_value v = rdb_text(NULL), items[1];
	CHECK(v.is_null && v.type == RDB_TEXT);
	v = rdb_textn("abc", 2);
	CHECK(!v.is_null && v.v.s.len == 2);
	v = rdb_bytes(NULL, 5);
	CHECK(!v.is_null && v.v.bytes.len == 0 && v.v.bytes.ptr != NULL);
	v = rdb_null(RDB_TIMESTAMP);
	CHECK(v.is_null && v.type == RDB_TIMESTAMP && !v.is_array);
	items[0] = rdb_int32(1);
	v = rdb_array(RDB_INT32, items, 1);
	CHECK(v.is_array && v.count == 1 && v.items == items && !v.is_null);
	v = rdb_decimal("1.5");
	CHECK(v.type == RDB_DECIMAL && v.v.s.len == 3);
	v = rdb_timestamp(-5);
	CHECK(v.v.ts_us == -5);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
