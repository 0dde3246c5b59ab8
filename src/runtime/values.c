/* values.c: constructors for parameters. Strings and bytes are borrowed. */
#include <string.h>

#include "runtime.h"

static struct rdb_value make(enum rdb_type t)
{
	struct rdb_value v;
	memset(&v, 0, sizeof(v));
	v.type = t;
	return v;
}

struct rdb_value rdb_null(enum rdb_type type)
{
	struct rdb_value v = make(type);
	v.is_null = true;
	return v;
}

struct rdb_value rdb_bool(bool b)
{
	struct rdb_value v = make(RDB_BOOL);
	v.v.b = b;
	return v;
}

struct rdb_value rdb_int32(int32_t i)
{
	struct rdb_value v = make(RDB_INT32);
	v.v.i32 = i;
	return v;
}

struct rdb_value rdb_int64(int64_t i)
{
	struct rdb_value v = make(RDB_INT64);
	v.v.i64 = i;
	return v;
}

struct rdb_value rdb_float64(double d)
{
	struct rdb_value v = make(RDB_FLOAT64);
	v.v.f64 = d;
	return v;
}

/* A NULL pointer becomes SQL NULL rather than a crash in strlen(). */
static struct rdb_value str(enum rdb_type t, const char *s, size_t n)
{
	struct rdb_value v = make(t);
	if (!s)
		return rdb_null(t);
	v.v.s.ptr = s;
	v.v.s.len = n;
	return v;
}

struct rdb_value rdb_text(const char *s)
{
	return str(RDB_TEXT, s, s ? strlen(s) : 0);
}

struct rdb_value rdb_textn(const char *s, size_t n)
{
	return str(RDB_TEXT, s, n);
}

struct rdb_value rdb_json(const char *s)
{
	return str(RDB_JSON, s, s ? strlen(s) : 0);
}

struct rdb_value rdb_decimal(const char *s)
{
	return str(RDB_DECIMAL, s, s ? strlen(s) : 0);
}

struct rdb_value rdb_uuid(const char *s)
{
	return str(RDB_UUID, s, s ? strlen(s) : 0);
}

struct rdb_value rdb_timestamp(int64_t us_since_epoch)
{
	struct rdb_value v = make(RDB_TIMESTAMP);
	v.v.ts_us = us_since_epoch;
	return v;
}

struct rdb_value rdb_bytes(const void *p, size_t n)
{
	struct rdb_value v = make(RDB_BYTES);
	/* Empty bytes are a value, not NULL: keep a non-NULL pointer. */
	v.v.bytes.ptr = p ? p : (const uint8_t *)"";
	v.v.bytes.len = p ? n : 0;
	return v;
}

struct rdb_value rdb_array(enum rdb_type type, const struct rdb_value *items, size_t count)
{
	struct rdb_value v = make(type);
	v.is_array = true;
	v.items = items;
	v.count = items ? count : 0;
	return v;
}
