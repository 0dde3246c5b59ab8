/*
 * client_internal.h: what the query engine's files (client_sql.c,
 * client_read.c, client_write.c) share: one statement under construction
 * (SQL text, parameters, a scratch arena for values the parameters borrow)
 * and the readers/writers of the value forms of the generated structs.
 *
 * Ownership: struct cl_stmt owns its SQL buffer, parameter array and scratch
 * result; cl_stmt_release() frees all three. Rows decoded for the caller
 * always go into the caller's struct rdb_result, never the scratch.
 */
#ifndef RDB_RUNTIME_CLIENT_INTERNAL_H
#define RDB_RUNTIME_CLIENT_INTERNAL_H

#include "rdb/client.h"

struct cl_stmt {
	struct rdb_conn *conn;
	enum rdb_dialect_kind d;
	struct rdb_sqlbuf sql;
	struct rdb_value *params;
	size_t nparams, cap;
	struct rdb_result *scratch; /* patterns, generated ids, arrays the params point to */
	int next_alias;
};

void cl_stmt_init(struct cl_stmt *s, struct rdb_conn *conn);
void cl_stmt_release(struct cl_stmt *s);
/* Starts a new statement on the same connection, keeping the scratch arena. */
void cl_stmt_reset(struct cl_stmt *s);
void cl_add(struct cl_stmt *s, const char *text);
void cl_ident(struct cl_stmt *s, const char *name);
void cl_param(struct cl_stmt *s, struct rdb_value v);
void cl_table(struct cl_stmt *s, const struct rdb_model_desc *m);
void cl_alias(struct cl_stmt *s, int alias);
/* The implicit m:n join table of r, schema-qualified when it has a schema. */
void cl_join_table(struct cl_stmt *s, const struct rdb_relation_desc *r);
void cl_col(struct cl_stmt *s, int alias, const struct rdb_field_desc *f);
int cl_run(struct cl_stmt *s, struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err);

/* ---- value forms (see rdb/client.h) ---- */
size_t cl_csize(const struct rdb_field_desc *f);
bool cl_is_text(const struct rdb_field_desc *f); /* optional form is the pointer itself */
void cl_read_req(const struct rdb_field_desc *f, const void *addr, struct rdb_value *out);
/* addr: the member holding the optional form. Returns false when it is NULL. */
bool cl_read_opt(const struct rdb_field_desc *f, const void *addr, struct rdb_value *out);
/* A scalar of a model struct (or data struct, same forms) at base + off; lists as arrays. */
void cl_read_member(struct cl_stmt *s, const struct rdb_field_desc *f, const void *base, size_t off,
		    size_t count_off, struct rdb_value *out);
/* Stores a decoded cell into the model struct at base. */
int cl_write_member(const struct rdb_field_desc *f, void *base, const struct rdb_value *v, struct rdb_result *res,
		    struct rdb_error *err);
const void *cl_ptr_at(const void *base, size_t off);

/* ---- SQL pieces ---- */
/* A boolean expression for a where struct of m on alias (true when where is NULL). */
int cl_where(struct cl_stmt *s, const struct rdb_model_desc *m, const void *where, int alias, struct rdb_error *err);
/* "(t.a = $1 AND t.b = $2)" for a unique struct; an error when no member is set. */
int cl_unique(struct cl_stmt *s, const struct rdb_model_desc *m, const void *unique, int alias,
	      const struct rdb_unique_desc **which, struct rdb_error *err);
void cl_key_in(struct cl_stmt *s, int alias, const char *const *cols, size_t ncols, const struct rdb_value *keys,
	       size_t nrows);
int cl_not_found(struct rdb_error *err, const char *model, const char *what);

/* ---- reading ---- */
/* Field ids to select: args->select (+ keys) or every scalar field. */
size_t cl_select_list(struct cl_stmt *s, const struct rdb_model_desc *m, const struct rdb_find_args *a,
		      const int *extra, size_t nextra, int **out);
void cl_select_cols(struct cl_stmt *s, const struct rdb_model_desc *m, int alias, const int *cols, size_t ncols);
int cl_decode(const struct rdb_model_desc *m, const struct rdb_rows *rows, size_t first_col, const int *cols,
	      size_t ncols, struct rdb_result *res, void **out, struct rdb_error *err);
int cl_load_includes(struct rdb_conn *conn, const struct rdb_model_desc *m, void *rows, size_t n,
		     const void *include, struct rdb_result *res, struct rdb_error *err);
void cl_args(const void *typed, struct rdb_find_args *out);

/* ---- writing (client_write.c) ---- */
/* INSERT INTO t (...) VALUES (...) for one data struct, client defaults filled in. */
int cl_insert(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, struct rdb_error *err);
/* UPDATE t AS t0 SET ... WHERE unique; RDB_ERR_USAGE when data changes nothing. */
int cl_update(struct cl_stmt *s, const struct rdb_model_desc *m, const void *unique, const void *data,
	      struct rdb_error *err);

#endif
