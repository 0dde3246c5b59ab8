/*
 * pg_codec.h: PostgreSQL's binary wire formats for the types rdb maps
 * (bool, int2/4/8, float4/8, numeric, the text family, json/jsonb, the
 * date/time types, bytea, uuid and one-dimensional arrays of these), and
 * the rules for sending a value to a parameter whose type the server
 * inferred: a Prisma Int goes to an int2 column as int2, a String to an
 * enum or an inet parameter as text the server parses, and so on.
 *
 * Pure functions, no connection: they are tested without a server.
 * Ownership: decoded strings either point into the caller's buffer (which
 * libpq NUL-terminates) or are allocated in the rdb_result passed in;
 * encoded bytes are appended to the caller's strbuf.
 */
#ifndef RDB_RUNTIME_PG_CODEC_H
#define RDB_RUNTIME_PG_CODEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rdb/rdb.h"
#include "util/strbuf.h"

typedef unsigned int pg_oid;

enum pg_kind {
	PGK_OTHER = 0, /* no codec: results come back raw, parameters go as text */
	PGK_BOOL,
	PGK_INT2,
	PGK_INT4,
	PGK_INT8,
	PGK_OID,
	PGK_FLOAT4,
	PGK_FLOAT8,
	PGK_NUMERIC,
	PGK_TEXT, /* text, varchar, bpchar, name, "char", citext, enums */
	PGK_JSON,
	PGK_JSONB,
	PGK_TIMESTAMP,
	PGK_TIMESTAMPTZ,
	PGK_DATE,
	PGK_TIME,
	PGK_TIMETZ,
	PGK_BYTEA,
	PGK_UUID,
	PGK_ARRAY,
};

/* How to read or write one server type. */
struct pg_type {
	pg_oid oid;
	uint8_t kind;      /* enum pg_kind */
	uint8_t elem_kind; /* for PGK_ARRAY: the element's kind */
	pg_oid elem_oid;   /* for PGK_ARRAY: the element's type (array_recv checks it) */
};

/* Built-in types by OID; false for the rest (enums, citext, domains...). */
bool pg_type_builtin(pg_oid oid, struct pg_type *out);
enum rdb_type pg_kind_rdb_type(enum pg_kind k);

/*
 * Decodes one non-NULL binary value. p must stay valid as long as res:
 * text of a top-level cell points into p (libpq NUL-terminates values);
 * array elements, decimal and uuid text are copied into res. False when
 * the bytes are malformed for the type.
 */
bool pg_decode(const struct pg_type *t, const char *p, size_t len, struct rdb_result *res,
	       struct rdb_value *out);

/* One encoded parameter: in the caller's memory (direct) or in the scratch buffer. */
struct pg_param {
	const char *direct; /* zero copy: the value's own bytes; NULL: scratch.buf + off */
	size_t off, len;
	int format;         /* 1 binary, 0 text (NUL-terminated in scratch) */
	bool is_null;
};

/*
 * Encodes v for a parameter of type t, appending to scratch. Returns 0, or
 * -1 with a one-line reason in msg (no "parameter $n" prefix).
 */
int pg_encode(const struct pg_type *t, const struct rdb_value *v, struct strbuf *scratch, struct pg_param *out,
	      char *msg, size_t msglen);

/* ---- pieces, exposed for tests ---- */

/* Appends numeric's binary form of decimal text ("-12.50", "1e-3"); NaN and Infinity are refused. */
int pg_numeric_from_text(const char *s, size_t n, struct strbuf *out, char *msg, size_t msglen);
/* Writes the decimal text of a binary numeric into out (NULL: only measure). Returns its length, or -1. */
long pg_numeric_format(const unsigned char *p, size_t len, char *out);
/* 32 hex digits, dashes anywhere between pairs, optional braces. */
int pg_uuid_parse(const char *s, size_t n, uint8_t out[16]);
void pg_uuid_format(const uint8_t in[16], char out[37]);
/* ISO 8601 text of microseconds since the Unix epoch, as PostgreSQL reads it ("... BC" before year 1). */
void pg_timestamp_text(int64_t us, struct strbuf *out);

#define PG_EPOCH_US INT64_C(946684800000000) /* 2000-01-01 in Unix microseconds */
#define PG_EPOCH_DAYS 10957                   /* 2000-01-01 in Unix days */
#define US_PER_DAY INT64_C(86400000000)

#endif
