/*
 * codegen.h: the C client generator (`rdb generate`, provider
 * "rdb-client-c"). From a resolved schema it writes client.h (one struct per
 * model, one enum per enum, filter/where/unique/data/args/include structs
 * and the typed functions), client.c (the static model descriptions the
 * librdb query engine in include/rdb/client.h works from, and the thin
 * typed wrappers) and rdb.mk (how to build against librdb).
 *
 * The generator is pure: it only appends text. Output depends on nothing
 * but the schema and the options, so the same schema gives the same bytes.
 * Ownership: the caller owns the three strbufs in struct codegen_output.
 */
#ifndef RDB_CODEGEN_H
#define RDB_CODEGEN_H

#include "rdb/error.h"
#include "schema/resolved.h"
#include "util/strbuf.h"

#define CODEGEN_PROVIDER "rdb-client-c"

struct codegen_output {
	struct strbuf header; /* client.h */
	struct strbuf source; /* client.c */
	struct strbuf mk;     /* rdb.mk */
};

/* prefix: the C name prefix of everything generated ("db" when NULL). */
int codegen_c_client(const struct rs_schema *rs, const char *prefix, struct codegen_output *out,
		     struct rdb_error *err);

#endif
