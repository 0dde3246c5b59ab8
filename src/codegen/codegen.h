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

/*
 * One .sql file of the schema's sql/ folder as the database described it
 * (TypedSQL, `rdb generate --sql`; see typedsql.h). params and cols use
 * struct rs_field for name, type, enum_index, native ("Uuid") and arity:
 * a param is RS_OPTIONAL when marked nullable, RS_LIST for an array; a
 * column RS_OPTIONAL when it may be NULL.
 */
struct codegen_sql {
	const char *name;  /* the file name without .sql: a C identifier */
	const char *path;  /* for comments and messages: "sql/usersByAge.sql" */
	const char *sql;   /* sent as written */
	const char *doc;   /* the file's leading comment lines (not @param ones), or NULL */
	struct rs_field *params;
	size_t nparams;
	struct rs_field *cols;
	size_t ncols;
};

struct codegen_opts {
	const char *prefix;             /* the C name prefix of everything generated ("db" when NULL) */
	const struct codegen_sql *sql;  /* typed SQL queries to add (nsql of them) */
	size_t nsql;
	/*
	 * For rdb.mk's rule that regenerates the client when the schema
	 * changes: the schema file or folder and the sql/ folder, relative to
	 * the output folder (NULL: no rule), and whether `--sql` was given.
	 */
	const char *schema_path;
	bool schema_is_dir;
	const char *sql_dir;
	bool with_sql;
};

int codegen_c_client(const struct rs_schema *rs, const struct codegen_opts *o, struct codegen_output *out,
		     struct rdb_error *err);

#endif
