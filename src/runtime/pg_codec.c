/*
 * pg_codec.c: binary formats of PostgreSQL types (see the *_send and
 * *_recv functions of the server) and the value-to-parameter rules.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include "pg_codec.h"
#include "runtime.h"
#include "util/util.h"

/* ---- byte order ----
 * Every binary format on the wire is big-endian. memcpy-free shifts keep
 * the readers alignment-safe: values sit at arbitrary offsets in a
 * PGresult and inside arrays.
 */

static uint16_t get16(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint16_t)(u[0] << 8 | u[1]);
}

static uint32_t get32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static uint64_t get64(const char *p)
{
	return (uint64_t)get32(p) << 32 | get32(p + 4);
}

static void put16(struct strbuf *sb, uint16_t v)
{
	char b[2] = {(char)(v >> 8), (char)v};
	strbuf_add(sb, b, 2);
}

static void put32(struct strbuf *sb, uint32_t v)
{
	char b[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
	strbuf_add(sb, b, 4);
}

static void put64(struct strbuf *sb, uint64_t v)
{
	put32(sb, (uint32_t)(v >> 32));
	put32(sb, (uint32_t)v);
}

static void set32(struct strbuf *sb, size_t at, uint32_t v)
{
	sb->buf[at] = (char)(v >> 24);
	sb->buf[at + 1] = (char)(v >> 16);
	sb->buf[at + 2] = (char)(v >> 8);
	sb->buf[at + 3] = (char)v;
}

static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static int64_t floor_mod(int64_t a, int64_t b)
{
	return a - floor_div(a, b) * b;
}

/* ---- types ---- */

/*
 * Kind of a built-in scalar type; PGK_OTHER when it is not one. Built-in
 * OIDs are fixed by the server's catalog (pg_type.dat) and never change
 * between versions, so they need no lookup; only user-defined types
 * (enums, extension types such as citext) are resolved per connection.
 */
static uint8_t scalar_kind(pg_oid oid)
{
	switch (oid) {
	case 16:
		return PGK_BOOL;
	case 17:
		return PGK_BYTEA;
	case 18:   /* "char" */
	case 19:   /* name */
	case 25:   /* text */
	case 705:  /* unknown */
	case 1042: /* bpchar */
	case 1043: /* varchar */
		return PGK_TEXT;
	case 20:
		return PGK_INT8;
	case 21:
		return PGK_INT2;
	case 23:
		return PGK_INT4;
	case 26:
		return PGK_OID;
	case 114:
		return PGK_JSON;
	case 700:
		return PGK_FLOAT4;
	case 701:
		return PGK_FLOAT8;
	case 1082:
		return PGK_DATE;
	case 1083:
		return PGK_TIME;
	case 1114:
		return PGK_TIMESTAMP;
	case 1184:
		return PGK_TIMESTAMPTZ;
	case 1266:
		return PGK_TIMETZ;
	case 1700:
		return PGK_NUMERIC;
	case 2950:
		return PGK_UUID;
	case 3802:
		return PGK_JSONB;
	default:
		return PGK_OTHER;
	}
}

/* Element type of a built-in array type; 0 when it is not one. */
static pg_oid array_elem(pg_oid oid)
{
	switch (oid) {
	case 1000: return 16;
	case 1001: return 17;
	case 1002: return 18;
	case 1003: return 19;
	case 1016: return 20;
	case 1005: return 21;
	case 1007: return 23;
	case 1009: return 25;
	case 1028: return 26;
	case 199: return 114;
	case 1021: return 700;
	case 1022: return 701;
	case 1014: return 1042;
	case 1015: return 1043;
	case 1182: return 1082;
	case 1183: return 1083;
	case 1115: return 1114;
	case 1185: return 1184;
	case 1270: return 1266;
	case 1231: return 1700;
	case 2951: return 2950;
	case 3807: return 3802;
	default: return 0;
	}
}

bool pg_type_builtin(pg_oid oid, struct pg_type *t)
{
	uint8_t kind = scalar_kind(oid);
	pg_oid elem = kind == PGK_OTHER ? array_elem(oid) : 0;
	if (kind == PGK_OTHER && !elem)
		return false;
	t->oid = oid;
	t->kind = elem ? PGK_ARRAY : kind;
	t->elem_oid = elem;
	t->elem_kind = elem ? scalar_kind(elem) : PGK_OTHER;
	return true;
}

enum rdb_type pg_kind_rdb_type(enum pg_kind k)
{
	switch (k) {
	case PGK_BOOL:
		return RDB_BOOL;
	case PGK_INT2:
	case PGK_INT4:
		return RDB_INT32;
	case PGK_INT8:
	case PGK_OID:
		return RDB_INT64;
	case PGK_FLOAT4:
	case PGK_FLOAT8:
		return RDB_FLOAT64;
	case PGK_NUMERIC:
		return RDB_DECIMAL;
	case PGK_TEXT:
		return RDB_TEXT;
	case PGK_JSON:
	case PGK_JSONB:
		return RDB_JSON;
	case PGK_TIMESTAMP:
	case PGK_TIMESTAMPTZ:
	case PGK_DATE:
	case PGK_TIME:
	case PGK_TIMETZ:
		return RDB_TIMESTAMP;
	case PGK_UUID:
		return RDB_UUID;
	case PGK_BYTEA:
	case PGK_ARRAY:
	case PGK_OTHER:
		break;
	}
	return RDB_BYTES;
}

static const char *kind_name(enum pg_kind k)
{
	static const char *const names[] = {
		"a type without a binary codec", "boolean", "smallint", "integer", "bigint", "oid",
		"real", "double precision", "numeric", "text", "json", "jsonb", "timestamp",
		"timestamptz", "date", "time", "timetz", "bytea", "uuid", "an array",
	};
	return (unsigned)k < ARRAY_SIZE(names) ? names[k] : "?";
}

/* ---- numeric ----
 * numeric_send writes: ndigits (int16), weight (int16: the power of 10000
 * of the first digit group), sign (uint16: 0x0000, 0x4000, or one of the
 * special values), dscale (uint16: digits shown after the point), then
 * ndigits base-10000 groups. Leading and trailing zero groups are left
 * out, which is why weight and dscale carry the position and the scale.
 */

#define NUMERIC_POS 0x0000
#define NUMERIC_NEG 0x4000
#define NUMERIC_NAN 0xC000
#define NUMERIC_PINF 0xD000
#define NUMERIC_NINF 0xF000
#define NUMERIC_MAX_DSCALE 0x3FFF
#define NUMERIC_MAX_WEIGHT 32767

long pg_numeric_format(const unsigned char *p, size_t len, char *out)
{
	const char *c = (const char *)p;
	int ndigits, weight, dscale;
	uint16_t sign;
	long n = 0;
#define EMIT(ch)                                                               \
	do {                                                                   \
		if (out)                                                       \
			out[n] = (ch);                                         \
		n++;                                                           \
	} while (0)

	if (len < 8)
		return -1;
	ndigits = get16(c);
	weight = (int16_t)get16(c + 2);
	sign = get16(c + 4);
	dscale = get16(c + 6);
	if (len != 8 + 2 * (size_t)ndigits)
		return -1;
	if (sign == NUMERIC_NAN || sign == NUMERIC_PINF || sign == NUMERIC_NINF) {
		const char *s = sign == NUMERIC_NAN ? "NaN" : sign == NUMERIC_PINF ? "Infinity" : "-Infinity";
		for (; *s; s++)
			EMIT(*s);
		return n;
	}
	if (sign != NUMERIC_POS && sign != NUMERIC_NEG)
		return -1;
	for (int i = 0; i < ndigits; i++) {
		if (get16(c + 8 + 2 * i) > 9999)
			return -1;
	}
	if (sign == NUMERIC_NEG && ndigits > 0)
		EMIT('-');
	if (weight < 0 || ndigits == 0) {
		EMIT('0');
	} else {
		for (int i = 0; i <= weight; i++) {
			int d = i < ndigits ? get16(c + 8 + 2 * i) : 0;
			bool lead = i == 0; /* the first group has no leading zeros */
			for (int div = 1000; div > 0; div /= 10) {
				int digit = d / div % 10;
				if (lead && digit == 0 && div > 1)
					continue;
				lead = false;
				EMIT((char)('0' + digit));
			}
		}
	}
	if (dscale > 0) {
		int emitted = 0;
		EMIT('.');
		/* The group of weight w sits at index weight - w; fraction weights start at -1. */
		for (int i = weight + 1; emitted < dscale; i++) {
			int d = (i >= 0 && i < ndigits) ? get16(c + 8 + 2 * i) : 0;
			int div = 1000;
			for (int j = 0; j < 4 && emitted < dscale; j++, emitted++) {
				EMIT((char)('0' + d / div % 10));
				div /= 10;
			}
		}
	}
#undef EMIT
	return n;
}

/*
 * Prisma's Decimal is exact: the text is converted digit by digit, never
 * through a double. The result must round-trip through the server's
 * numeric_recv, which truncates digits beyond dscale, so dscale counts
 * every written fraction digit (trailing zeros included: "12.50" stays
 * "12.50", as the server would print it).
 */
static int numeric_bad(char *msg, size_t msglen, const char *s, size_t n)
{
	snprintf(msg, msglen, "\"%.*s\" is not a decimal number", n > 60 ? 60 : (int)n, s);
	return -1;
}

int pg_numeric_from_text(const char *s, size_t n, struct strbuf *out, char *msg, size_t msglen)
{
	const char *p = s, *end = s + n, *ip, *fp = NULL;
	size_t ilen, flen = 0, dlen;
	long exp = 0, point, dscale, e0, elast, weight, lowgroup, ndigits;
	bool neg = false;
	char *ds;
	uint16_t *groups;
	size_t ngroups;

	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	if (end - p >= 3 && (!strncasecmp(p, "nan", 3) || !strncasecmp(p, "inf", 3))) {
		snprintf(msg, msglen, "%.*s is not a valid Decimal (NaN and Infinity cannot be stored as Prisma Decimals)",
			 (int)(n > 20 ? 20 : n), s);
		return -1;
	}
	ip = p;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	ilen = (size_t)(p - ip);
	if (p < end && *p == '.') {
		fp = ++p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		flen = (size_t)(p - fp);
	}
	if (ilen + flen == 0)
		return numeric_bad(msg, msglen, s, n);
	if (p < end && (*p == 'e' || *p == 'E')) {
		bool eneg = false;
		const char *e = ++p;
		if (p < end && (*p == '+' || *p == '-'))
			eneg = *p++ == '-';
		e = p;
		while (p < end && *p >= '0' && *p <= '9') {
			/* Far beyond numeric's range already: stop before overflowing. */
			if (exp > 10000000)
				break;
			exp = exp * 10 + (*p++ - '0');
		}
		if (p == e)
			return numeric_bad(msg, msglen, s, n);
		if (eneg)
			exp = -exp;
	}
	if (p != end)
		return numeric_bad(msg, msglen, s, n);

	/* All digits in one string; point = how many of them precede the decimal point. */
	dlen = ilen + flen;
	ds = xmalloc(dlen + 1);
	memcpy(ds, ip, ilen);
	if (flen)
		memcpy(ds + ilen, fp, flen);
	point = (long)ilen + exp;
	dscale = (long)flen - exp;
	if (dscale < 0)
		dscale = 0;
	if (dscale > NUMERIC_MAX_DSCALE) {
		free(ds);
		snprintf(msg, msglen, "decimal value has %ld digits after the point; PostgreSQL allows at most %d",
			 dscale, NUMERIC_MAX_DSCALE);
		return -1;
	}
	{
		size_t lead = 0;
		while (lead < dlen && ds[lead] == '0')
			lead++;
		memmove(ds, ds + lead, dlen - lead);
		dlen -= lead;
		point -= (long)lead;
		while (dlen > 0 && ds[dlen - 1] == '0')
			dlen--;
	}
	if (dlen == 0) { /* zero: no digit groups; the scale still shows as 0.00 */
		free(ds);
		put16(out, 0);
		put16(out, 0);
		put16(out, NUMERIC_POS);
		put16(out, (uint16_t)dscale);
		return 0;
	}
	/* Digit k has decimal power point-1-k; groups of four by floor(power / 4). */
	e0 = point - 1;
	elast = point - (long)dlen;
	weight = (long)floor_div(e0, 4);
	lowgroup = (long)floor_div(elast, 4);
	ndigits = weight - lowgroup + 1;
	if (weight > NUMERIC_MAX_WEIGHT || weight < -NUMERIC_MAX_WEIGHT || ndigits > 65535) {
		free(ds);
		snprintf(msg, msglen, "decimal value \"%.*s\" is out of PostgreSQL's numeric range",
			 n > 40 ? 40 : (int)n, s);
		return -1;
	}
	ngroups = (size_t)ndigits;
	groups = xcalloc(ngroups, sizeof(*groups));
	for (size_t k = 0; k < dlen; k++) {
		long pw = e0 - (long)k;
		long g = (long)floor_div(pw, 4);
		int pos = (int)(pw - 4 * g);
		static const int pow10[] = {1, 10, 100, 1000};
		groups[weight - g] = (uint16_t)(groups[weight - g] + (ds[k] - '0') * pow10[pos]);
	}
	put16(out, (uint16_t)ndigits);
	put16(out, (uint16_t)(int16_t)weight);
	put16(out, neg ? NUMERIC_NEG : NUMERIC_POS);
	put16(out, (uint16_t)dscale);
	for (size_t i = 0; i < ngroups; i++)
		put16(out, groups[i]);
	free(groups);
	free(ds);
	return 0;
}

/* ---- uuid ---- */

int pg_uuid_parse(const char *s, size_t n, uint8_t out[16])
{
	size_t i = 0, k = 0;
	if (n >= 2 && s[0] == '{' && s[n - 1] == '}') {
		s++;
		n -= 2;
	}
	while (i < n) {
		int hi, lo;
		if (s[i] == '-' && k > 0 && k < 16 && i + 1 < n && s[i + 1] != '-') {
			i++;
			continue;
		}
		if (k == 16 || i + 1 >= n)
			return -1;
		hi = hex_digit((unsigned char)s[i]);
		lo = hex_digit((unsigned char)s[i + 1]);
		if (hi < 0 || lo < 0)
			return -1;
		out[k++] = (uint8_t)(hi << 4 | lo);
		i += 2;
	}
	return k == 16 ? 0 : -1;
}

void pg_uuid_format(const uint8_t in[16], char out[37])
{
	static const char hex[] = "0123456789abcdef";
	size_t o = 0;
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[in[i] >> 4];
		out[o++] = hex[in[i] & 15];
	}
	out[o] = '\0';
}

/* ---- time ----
 * timestamp and timestamptz: int64 microseconds since 2000-01-01 (UTC for
 * timestamptz; the wall clock for timestamp, which rdb reads as UTC);
 * date: int32 days since 2000-01-01; time: int64 microseconds since
 * midnight; timetz: time plus int32 zone offset in seconds west of UTC.
 * INT64_MAX/MIN (INT32 for date) are 'infinity' and '-infinity'.
 */

/* Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm). */
static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	int64_t era, yoe, doy, mp;
	uint64_t doe;
	z += 719468;
	era = floor_div(z, 146097);
	doe = (uint64_t)(z - era * 146097);
	yoe = (int64_t)((doe - doe / 1460 + doe / 36524 - doe / 146096) / 365);
	*y = yoe + era * 400;
	doy = (int64_t)doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	if (*m <= 2)
		(*y)++;
}

void pg_timestamp_text(int64_t us, struct strbuf *out)
{
	int64_t days, rem, y;
	int m, d;
	if (us == INT64_MAX || us == INT64_MIN) {
		strbuf_addstr(out, us == INT64_MAX ? "infinity" : "-infinity");
		return;
	}
	days = floor_div(us, US_PER_DAY);
	rem = us - days * US_PER_DAY;
	civil_from_days(days, &y, &m, &d);
	strbuf_addf(out, "%04" PRId64 "-%02d-%02d %02d:%02d:%02d.%06d+00", y > 0 ? y : 1 - y, m, d,
		    (int)(rem / 3600000000), (int)(rem / 60000000 % 60), (int)(rem / 1000000 % 60),
		    (int)(rem % 1000000));
	if (y <= 0)
		strbuf_addstr(out, " BC");
}

/* PostgreSQL's infinities stay infinities; finite values that do not fit saturate. */
static int64_t ts_from_pg(int64_t v)
{
	int64_t r;
	if (v == INT64_MAX || v == INT64_MIN)
		return v;
	if (__builtin_add_overflow(v, PG_EPOCH_US, &r))
		return v > 0 ? INT64_MAX - 1 : INT64_MIN + 1;
	return r;
}

static int64_t days_to_us(int64_t days)
{
	int64_t r;
	if (__builtin_mul_overflow(days, US_PER_DAY, &r))
		return days > 0 ? INT64_MAX - 1 : INT64_MIN + 1;
	return r;
}

/* ---- decoding ----
 * array_send writes: ndim, a has-nulls flag, the element type, then a
 * (length, lower bound) pair per dimension, then each element as a 4-byte
 * length (-1 for NULL) and its own binary form.
 */

static bool decode_scalar(uint8_t kind, const char *p, size_t len, struct rdb_result *res, bool copy_text,
			  struct rdb_value *out);

static bool decode_array(const struct pg_type *t, const char *p, size_t len, struct rdb_result *res,
			 struct rdb_value *out)
{
	int32_t ndim;
	size_t count = 1, off;
	struct rdb_value *items;

	if (len < 12)
		return false;
	ndim = (int32_t)get32(p);
	if (ndim < 0 || ndim > 6 || len < 12 + 8 * (size_t)ndim)
		return false;
	if (ndim == 0)
		count = 0;
	for (int32_t i = 0; i < ndim; i++) {
		int32_t dim = (int32_t)get32(p + 12 + 8 * i);
		/* Every element takes at least its 4-byte length: bounds the product. */
		if (dim < 0 || (dim > 0 && count > len / 4 / (size_t)dim))
			return false;
		count *= (size_t)dim;
	}
	off = 12 + 8 * (size_t)ndim;
	/* Multi-dimensional arrays come back flattened in row-major order. */
	items = count ? rdb_result_alloc(res, count * sizeof(*items)) : NULL;
	for (size_t i = 0; i < count; i++) {
		int32_t elen;
		if (len - off < 4)
			return false;
		elen = (int32_t)get32(p + off);
		off += 4;
		items[i].type = pg_kind_rdb_type(t->elem_kind);
		if (elen == -1) {
			items[i].is_null = true;
			continue;
		}
		if (elen < 0 || (size_t)elen > len - off)
			return false;
		if (!decode_scalar(t->elem_kind, p + off, (size_t)elen, res, true, &items[i])) {
			items[i].type = RDB_BYTES;
			items[i].v.bytes.ptr = (const uint8_t *)p + off;
			items[i].v.bytes.len = (size_t)elen;
		}
		off += (size_t)elen;
	}
	out->type = pg_kind_rdb_type(t->elem_kind);
	out->is_array = true;
	out->items = items;
	out->count = count;
	return true;
}

static void set_str(struct rdb_value *out, enum rdb_type t, const char *p, size_t len, struct rdb_result *res,
		    bool copy)
{
	out->type = t;
	out->v.s.ptr = copy ? rdb_result_strndup(res, p, len) : p;
	out->v.s.len = len;
}

static bool decode_scalar(uint8_t kind, const char *p, size_t len, struct rdb_result *res, bool copy_text,
			  struct rdb_value *out)
{
	switch (kind) {
	case PGK_BOOL:
		if (len != 1)
			return false;
		out->type = RDB_BOOL;
		out->v.b = p[0] != 0;
		return true;
	case PGK_INT2:
		if (len != 2)
			return false;
		out->type = RDB_INT32;
		out->v.i32 = (int16_t)get16(p);
		return true;
	case PGK_INT4:
		if (len != 4)
			return false;
		out->type = RDB_INT32;
		out->v.i32 = (int32_t)get32(p);
		return true;
	case PGK_INT8:
		if (len != 8)
			return false;
		out->type = RDB_INT64;
		out->v.i64 = (int64_t)get64(p);
		return true;
	case PGK_OID:
		if (len != 4)
			return false;
		out->type = RDB_INT64;
		out->v.i64 = get32(p);
		return true;
	case PGK_FLOAT4: {
		uint32_t u;
		float f;
		if (len != 4)
			return false;
		u = get32(p);
		memcpy(&f, &u, 4);
		out->type = RDB_FLOAT64;
		out->v.f64 = f;
		return true;
	}
	case PGK_FLOAT8: {
		uint64_t u;
		if (len != 8)
			return false;
		u = get64(p);
		out->type = RDB_FLOAT64;
		memcpy(&out->v.f64, &u, 8);
		return true;
	}
	case PGK_NUMERIC: {
		long n = pg_numeric_format((const unsigned char *)p, len, NULL);
		char *s;
		if (n < 0)
			return false;
		s = rdb_result_alloc(res, (size_t)n + 1);
		pg_numeric_format((const unsigned char *)p, len, s);
		out->type = RDB_DECIMAL;
		out->v.s.ptr = s;
		out->v.s.len = (size_t)n;
		return true;
	}
	case PGK_TEXT:
		set_str(out, RDB_TEXT, p, len, res, copy_text);
		return true;
	case PGK_JSON:
		set_str(out, RDB_JSON, p, len, res, copy_text);
		return true;
	case PGK_JSONB:
		/* Version 1 is the only format: the JSON text after one version byte. */
		if (len < 1 || p[0] != 1)
			return false;
		set_str(out, RDB_JSON, p + 1, len - 1, res, copy_text);
		return true;
	case PGK_TIMESTAMP:
	case PGK_TIMESTAMPTZ:
		if (len != 8)
			return false;
		out->type = RDB_TIMESTAMP;
		out->v.ts_us = ts_from_pg((int64_t)get64(p));
		return true;
	case PGK_DATE: {
		int32_t d;
		if (len != 4)
			return false;
		d = (int32_t)get32(p);
		out->type = RDB_TIMESTAMP;
		if (d == INT32_MAX || d == INT32_MIN)
			out->v.ts_us = d == INT32_MAX ? INT64_MAX : INT64_MIN;
		else
			out->v.ts_us = days_to_us((int64_t)d + PG_EPOCH_DAYS);
		return true;
	}
	case PGK_TIME:
		if (len != 8)
			return false;
		out->type = RDB_TIMESTAMP;
		out->v.ts_us = (int64_t)get64(p);
		return true;
	case PGK_TIMETZ: {
		/* Time of day plus the zone in seconds west of UTC: normalised to UTC. */
		int64_t t;
		int32_t zone;
		if (len != 12)
			return false;
		t = (int64_t)get64(p);
		zone = (int32_t)get32(p + 8);
		out->type = RDB_TIMESTAMP;
		out->v.ts_us = floor_mod(t + (int64_t)zone * 1000000, US_PER_DAY);
		return true;
	}
	case PGK_UUID: {
		char *s;
		if (len != 16)
			return false;
		s = rdb_result_alloc(res, 37);
		pg_uuid_format((const uint8_t *)p, s);
		out->type = RDB_UUID;
		out->v.s.ptr = s;
		out->v.s.len = 36;
		return true;
	}
	case PGK_BYTEA:
	default:
		out->type = RDB_BYTES;
		out->v.bytes.ptr = (const uint8_t *)p;
		out->v.bytes.len = len;
		return true;
	}
}

bool pg_decode(const struct pg_type *t, const char *p, size_t len, struct rdb_result *res, struct rdb_value *out)
{
	memset(out, 0, sizeof(*out));
	if (t->kind == PGK_ARRAY)
		return decode_array(t, p, len, res, out);
	return decode_scalar(t->kind, p, len, res, false, out);
}

/* ---- encoding ----
 * The server decides each parameter's type (from the column or operator
 * it meets); the value's kind is what the caller had. Conversions that
 * cannot lose information are done here (an Int into smallint after a
 * range check, a DateTime into date); a String for a type rdb has no
 * codec for goes in text format so the server's own input function
 * parses it (inet, interval, a domain); anything else is refused with a
 * message naming both types rather than sent and misread.
 */

enum { ENC_OK = 0, ENC_ERR = -1, ENC_NEEDS_TEXT = 1 };

static int mismatch(const struct rdb_value *v, uint8_t kind, char *msg, size_t msglen)
{
	snprintf(msg, msglen, "cannot send a %s%s value as %s", rdb_type_name(v->type), v->is_array ? " list" : "",
		 kind_name(kind));
	return ENC_ERR;
}

static void float_text(double d, struct strbuf *sb)
{
	char tmp[40];
	if (isnan(d)) {
		strbuf_addstr(sb, "NaN");
		return;
	}
	if (isinf(d)) {
		strbuf_addstr(sb, d > 0 ? "Infinity" : "-Infinity");
		return;
	}
	/* The shortest text that reads back as the same double. */
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	strbuf_addstr(sb, tmp);
}

/*
 * The text form of a value, as PostgreSQL's input functions read it: used
 * for text-format parameters and for values sent to text-like types
 * (a DateTime into a text column becomes ISO 8601, not a number).
 */
static int value_text(const struct rdb_value *v, struct strbuf *sb, char *msg, size_t msglen)
{
	static const char hex[] = "0123456789abcdef";
	switch (v->type) {
	case RDB_BOOL:
		strbuf_addstr(sb, v->v.b ? "true" : "false");
		break;
	case RDB_INT32:
		strbuf_addf(sb, "%" PRId32, v->v.i32);
		break;
	case RDB_INT64:
		strbuf_addf(sb, "%" PRId64, v->v.i64);
		break;
	case RDB_FLOAT64:
		float_text(v->v.f64, sb);
		break;
	case RDB_TIMESTAMP:
		pg_timestamp_text(v->v.ts_us, sb);
		break;
	case RDB_BYTES:
		strbuf_addstr(sb, "\\x");
		for (size_t i = 0; i < v->v.bytes.len; i++) {
			strbuf_addch(sb, hex[v->v.bytes.ptr[i] >> 4]);
			strbuf_addch(sb, hex[v->v.bytes.ptr[i] & 15]);
		}
		break;
	case RDB_TEXT:
	case RDB_JSON:
	case RDB_DECIMAL:
	case RDB_UUID:
		/* Text parameters end at the first NUL: refuse rather than truncate. */
		if (memchr(v->v.s.ptr, 0, v->v.s.len)) {
			snprintf(msg, msglen, "%s value contains a NUL byte", rdb_type_name(v->type));
			return ENC_ERR;
		}
		strbuf_add(sb, v->v.s.ptr, v->v.s.len);
		break;
	}
	return ENC_OK;
}

static bool is_string(const struct rdb_value *v)
{
	return v->type == RDB_TEXT || v->type == RDB_JSON || v->type == RDB_DECIMAL || v->type == RDB_UUID;
}

static bool int_value(const struct rdb_value *v, int64_t *x)
{
	switch (v->type) {
	case RDB_INT32:
		*x = v->v.i32;
		return true;
	case RDB_INT64:
		*x = v->v.i64;
		return true;
	case RDB_FLOAT64:
		if (v->v.f64 == floor(v->v.f64) && v->v.f64 >= -9223372036854775808.0 &&
		    v->v.f64 < 9223372036854775808.0) {
			*x = (int64_t)v->v.f64;
			return true;
		}
		return false;
	default:
		return false;
	}
}

/*
 * One scalar in binary (format 1) or, when the server should parse it,
 * as text (format 0). Inside arrays (need_binary) text is not possible:
 * ENC_NEEDS_TEXT tells the caller to send the whole array as text.
 */
static int encode_scalar(uint8_t kind, const struct rdb_value *v, struct strbuf *sb, struct pg_param *out,
			 bool need_binary, char *msg, size_t msglen)
{
	int64_t x;
	out->off = sb->len;
	out->format = 1;
	switch (kind) {
	case PGK_BOOL:
		if (v->type != RDB_BOOL)
			goto as_text;
		strbuf_addch(sb, v->v.b ? 1 : 0);
		break;
	case PGK_INT2:
	case PGK_INT4:
	case PGK_INT8:
	case PGK_OID:
		if (!int_value(v, &x)) {
			if (v->type == RDB_TEXT || v->type == RDB_DECIMAL)
				goto as_text;
			if (v->type == RDB_FLOAT64) {
				snprintf(msg, msglen, "Float value %g is not a whole number in range for %s", v->v.f64,
					 kind_name(kind));
				return ENC_ERR;
			}
			return mismatch(v, kind, msg, msglen);
		}
		if ((kind == PGK_INT2 && (x < INT16_MIN || x > INT16_MAX)) ||
		    (kind == PGK_INT4 && (x < INT32_MIN || x > INT32_MAX)) ||
		    (kind == PGK_OID && (x < 0 || x > UINT32_MAX))) {
			snprintf(msg, msglen, "value %" PRId64 " is out of range for %s", x, kind_name(kind));
			return ENC_ERR;
		}
		if (kind == PGK_INT2)
			put16(sb, (uint16_t)x);
		else if (kind == PGK_INT8)
			put64(sb, (uint64_t)x);
		else
			put32(sb, (uint32_t)x);
		break;
	case PGK_FLOAT4:
	case PGK_FLOAT8: {
		double d;
		if (v->type == RDB_INT32)
			d = v->v.i32;
		else if (v->type == RDB_INT64)
			d = (double)v->v.i64;
		else if (v->type == RDB_FLOAT64)
			d = v->v.f64;
		else if (v->type == RDB_TEXT || v->type == RDB_DECIMAL)
			goto as_text;
		else
			return mismatch(v, kind, msg, msglen);
		if (kind == PGK_FLOAT4) {
			float f = (float)d;
			uint32_t u;
			memcpy(&u, &f, 4);
			put32(sb, u);
		} else {
			uint64_t u;
			memcpy(&u, &d, 8);
			put64(sb, u);
		}
		break;
	}
	case PGK_NUMERIC: {
		struct strbuf tmp = STRBUF_INIT;
		int rc;
		if (v->type == RDB_DECIMAL || v->type == RDB_TEXT) {
			if (pg_numeric_from_text(v->v.s.ptr, v->v.s.len, sb, msg, msglen) < 0)
				return ENC_ERR;
			break;
		} else if (v->type == RDB_INT32 || v->type == RDB_INT64) {
			value_text(v, &tmp, msg, msglen);
		} else if (v->type == RDB_FLOAT64) {
			if (!isfinite(v->v.f64)) {
				snprintf(msg, msglen, "Float value %g cannot be stored as a Decimal", v->v.f64);
				return ENC_ERR;
			}
			float_text(v->v.f64, &tmp);
		} else {
			return mismatch(v, kind, msg, msglen);
		}
		rc = pg_numeric_from_text(tmp.buf, tmp.len, sb, msg, msglen);
		strbuf_release(&tmp);
		if (rc < 0)
			return ENC_ERR;
		break;
	}
	case PGK_TEXT:
	case PGK_JSON:
		if (v->type == RDB_BYTES)
			return mismatch(v, kind, msg, msglen);
		if (is_string(v) && !need_binary) {
			/* The binary form of text is the text itself: no copy. */
			out->direct = v->v.s.ptr;
			out->len = v->v.s.len;
			return ENC_OK;
		}
		if (is_string(v))
			strbuf_add(sb, v->v.s.ptr, v->v.s.len);
		else if (value_text(v, sb, msg, msglen) < 0)
			return ENC_ERR;
		break;
	case PGK_JSONB:
		if (v->type == RDB_BYTES || v->type == RDB_TIMESTAMP)
			return mismatch(v, kind, msg, msglen);
		strbuf_addch(sb, 1); /* jsonb's format version */
		if (is_string(v))
			strbuf_add(sb, v->v.s.ptr, v->v.s.len);
		else if (value_text(v, sb, msg, msglen) < 0)
			return ENC_ERR;
		break;
	case PGK_TIMESTAMP:
	case PGK_TIMESTAMPTZ:
	case PGK_DATE:
	case PGK_TIME:
	case PGK_TIMETZ: {
		int64_t us;
		if (v->type == RDB_TEXT)
			goto as_text;
		if (v->type != RDB_TIMESTAMP)
			return mismatch(v, kind, msg, msglen);
		us = v->v.ts_us;
		if (kind == PGK_TIMESTAMP || kind == PGK_TIMESTAMPTZ) {
			int64_t pg = us;
			if (us != INT64_MAX && us != INT64_MIN && __builtin_sub_overflow(us, PG_EPOCH_US, &pg)) {
				snprintf(msg, msglen, "DateTime %" PRId64 " is out of range", us);
				return ENC_ERR;
			}
			put64(sb, (uint64_t)pg);
		} else if (kind == PGK_DATE) {
			int64_t days = floor_div(us, US_PER_DAY) - PG_EPOCH_DAYS;
			if (us == INT64_MAX || us == INT64_MIN)
				days = us == INT64_MAX ? INT32_MAX : INT32_MIN;
			else if (days <= INT32_MIN || days >= INT32_MAX) {
				snprintf(msg, msglen, "DateTime %" PRId64 " is out of range for date", us);
				return ENC_ERR;
			}
			put32(sb, (uint32_t)(int32_t)days);
		} else {
			/* Prisma's Time: the time of day of the DateTime, in UTC. */
			put64(sb, (uint64_t)floor_mod(us, US_PER_DAY));
			if (kind == PGK_TIMETZ)
				put32(sb, 0);
		}
		break;
	}
	case PGK_BYTEA:
		if (v->type != RDB_BYTES)
			return mismatch(v, kind, msg, msglen);
		if (!need_binary) {
			out->direct = (const char *)v->v.bytes.ptr;
			out->len = v->v.bytes.len;
			return ENC_OK;
		}
		strbuf_add(sb, v->v.bytes.ptr, v->v.bytes.len);
		break;
	case PGK_UUID: {
		uint8_t u[16];
		if (v->type != RDB_UUID && v->type != RDB_TEXT)
			return mismatch(v, kind, msg, msglen);
		if (pg_uuid_parse(v->v.s.ptr, v->v.s.len, u) < 0) {
			snprintf(msg, msglen, "\"%.*s\" is not a valid UUID", v->v.s.len > 40 ? 40 : (int)v->v.s.len,
				 v->v.s.ptr);
			return ENC_ERR;
		}
		strbuf_add(sb, u, 16);
		break;
	}
	default:
		/* No codec (inet, interval, a domain...): raw bytes as its binary form, the rest as text. */
		if (v->type == RDB_BYTES) {
			if (need_binary)
				return ENC_NEEDS_TEXT;
			out->direct = (const char *)v->v.bytes.ptr;
			out->len = v->v.bytes.len;
			return ENC_OK;
		}
		goto as_text;
	}
	out->len = sb->len - out->off;
	return ENC_OK;

as_text:
	if (need_binary)
		return ENC_NEEDS_TEXT;
	if (value_text(v, sb, msg, msglen) < 0)
		return ENC_ERR;
	out->len = sb->len - out->off;
	strbuf_addch(sb, '\0');
	out->format = 0;
	return ENC_OK;
}

/*
 * An array literal, {"a","b",NULL}, for element types without a binary
 * codec. Every element is quoted, so only '"' and '\\' need escaping,
 * whatever the element's text holds (commas, braces, spaces, "NULL").
 */
static int encode_array_text(const struct rdb_value *v, struct strbuf *sb, struct pg_param *out, char *msg,
			     size_t msglen)
{
	struct strbuf el = STRBUF_INIT;
	out->off = sb->len;
	out->format = 0;
	strbuf_addch(sb, '{');
	for (size_t i = 0; i < v->count; i++) {
		const struct rdb_value *it = &v->items[i];
		if (i)
			strbuf_addch(sb, ',');
		if (it->is_null) {
			strbuf_addstr(sb, "NULL");
			continue;
		}
		strbuf_reset(&el);
		if (it->is_array) {
			strbuf_release(&el);
			snprintf(msg, msglen, "nested lists are not supported");
			return ENC_ERR;
		}
		if (value_text(it, &el, msg, msglen) < 0) {
			strbuf_release(&el);
			return ENC_ERR;
		}
		strbuf_addch(sb, '"');
		for (size_t k = 0; k < el.len; k++) {
			if (el.buf[k] == '"' || el.buf[k] == '\\')
				strbuf_addch(sb, '\\');
			strbuf_addch(sb, el.buf[k]);
		}
		strbuf_addch(sb, '"');
	}
	strbuf_addch(sb, '}');
	strbuf_release(&el);
	out->len = sb->len - out->off;
	strbuf_addch(sb, '\0');
	return ENC_OK;
}

static int encode_array(const struct pg_type *t, const struct rdb_value *v, struct strbuf *sb, struct pg_param *out,
			char *msg, size_t msglen)
{
	size_t start = sb->len;
	bool hasnull = false;
	if (t->elem_kind == PGK_OTHER)
		return encode_array_text(v, sb, out, msg, msglen);
	if (v->count > INT32_MAX) {
		snprintf(msg, msglen, "list has too many items");
		return ENC_ERR;
	}
	for (size_t i = 0; i < v->count; i++)
		hasnull |= v->items[i].is_null;
	put32(sb, v->count ? 1 : 0);
	put32(sb, hasnull);
	put32(sb, t->elem_oid);
	if (v->count) {
		put32(sb, (uint32_t)v->count);
		put32(sb, 1); /* lower bound */
	}
	for (size_t i = 0; i < v->count; i++) {
		const struct rdb_value *it = &v->items[i];
		struct pg_param el;
		size_t lenpos = sb->len;
		int rc;
		if (it->is_null) {
			put32(sb, UINT32_MAX);
			continue;
		}
		if (it->is_array) {
			snprintf(msg, msglen, "nested lists are not supported");
			return ENC_ERR;
		}
		put32(sb, 0);
		memset(&el, 0, sizeof(el));
		rc = encode_scalar(t->elem_kind, it, sb, &el, true, msg, msglen);
		if (rc == ENC_NEEDS_TEXT) {
			strbuf_setlen(sb, start);
			return encode_array_text(v, sb, out, msg, msglen);
		}
		if (rc < 0) {
			char inner[200];
			snprintf(inner, sizeof(inner), "%s", msg);
			snprintf(msg, msglen, "item %zu: %s", i, inner);
			return ENC_ERR;
		}
		if (el.len > INT32_MAX) {
			snprintf(msg, msglen, "item %zu is larger than 2 GB", i);
			return ENC_ERR;
		}
		set32(sb, lenpos, (uint32_t)el.len);
	}
	out->off = start;
	out->len = sb->len - start;
	out->format = 1;
	return ENC_OK;
}

int pg_encode(const struct pg_type *t, const struct rdb_value *v, struct strbuf *sb, struct pg_param *out,
	      char *msg, size_t msglen)
{
	memset(out, 0, sizeof(*out));
	if (v->is_null) {
		out->is_null = true;
		return 0;
	}
	if (v->is_array) {
		if (t->kind == PGK_ARRAY)
			return encode_array(t, v, sb, out, msg, msglen);
		if (t->kind == PGK_OTHER)
			return encode_array_text(v, sb, out, msg, msglen);
		return mismatch(v, t->kind, msg, msglen);
	}
	if (t->kind == PGK_ARRAY) {
		snprintf(msg, msglen, "the parameter is a list (%s[]); a single %s value was given",
			 kind_name(t->elem_kind), rdb_type_name(v->type));
		return -1;
	}
	return encode_scalar(t->kind, v, sb, out, false, msg, msglen) < 0 ? -1 : 0;
}
