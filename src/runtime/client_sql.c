/*
 * client_sql.c: the query engine's SQL text: statements with numbered
 * parameters, the value forms of generated structs, where structs to
 * boolean expressions (scalar operators, AND/OR/NOT, relation filters as
 * EXISTS subqueries) and unique selectors. Values are always parameters.
 */
#include <stdio.h>
#include <stdlib.h>

#include "client_internal.h"
#include "util/util.h"

void cl_stmt_init(struct cl_stmt *s, struct rdb_conn *conn)
{
	memset(s, 0, sizeof(*s));
	s->conn = conn;
	s->d = rdb_conn_dialect(conn);
	s->scratch = rdb_result_new();
}

void cl_stmt_reset(struct cl_stmt *s)
{
	if (s->sql.buf)
		s->sql.buf[0] = '\0';
	s->sql.len = 0;
	s->nparams = 0;
	s->next_alias = 0;
}

void cl_stmt_release(struct cl_stmt *s)
{
	rdb_sqlbuf_release(&s->sql);
	free(s->params);
	rdb_result_free(s->scratch);
	s->params = NULL;
	s->scratch = NULL;
}

void cl_add(struct cl_stmt *s, const char *text)
{
	rdb_sql_add(&s->sql, text);
}

void cl_ident(struct cl_stmt *s, const char *name)
{
	rdb_sql_ident(&s->sql, s->d, name);
}

void cl_param(struct cl_stmt *s, struct rdb_value v)
{
	if (s->nparams == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->params = xrealloc(s->params, s->cap * sizeof(*s->params));
	}
	s->params[s->nparams++] = v;
	rdb_sql_param(&s->sql, s->d, (int)s->nparams);
}

void cl_table(struct cl_stmt *s, const struct rdb_model_desc *m)
{
	if (m->schema) {
		cl_ident(s, m->schema);
		cl_add(s, ".");
	}
	cl_ident(s, m->db_name);
}

void cl_join_table(struct cl_stmt *s, const struct rdb_relation_desc *r)
{
	if (r->join_schema) {
		cl_ident(s, r->join_schema);
		cl_add(s, ".");
	}
	cl_ident(s, r->join_table);
}

void cl_alias(struct cl_stmt *s, int alias)
{
	/* "t<n>", quoted; written for every column of every statement, so without snprintf */
	char name[24], *p = str_uint(name, sizeof(name) - 1, alias > 0 ? (uint64_t)alias : 0);
	*--p = 't';
	name[sizeof(name) - 1] = '\0';
	cl_ident(s, p);
}

void cl_col(struct cl_stmt *s, int alias, const struct rdb_field_desc *f)
{
	cl_alias(s, alias);
	cl_add(s, ".");
	cl_ident(s, f->db_name);
}

int cl_run(struct cl_stmt *s, struct rdb_result *res, struct rdb_rows **rows, struct rdb_error *err)
{
	return rdb_query(s->conn, s->sql.buf ? s->sql.buf : "", s->params, s->nparams, res, rows, err);
}

int cl_not_found(struct rdb_error *err, const char *model, const char *what)
{
	rdb_error_set(err, RDB_ERR_NOT_FOUND,
		      "An operation failed because it depends on one or more records that were required but not found. %s (model %s)",
		      what, model);
	snprintf(err->prisma_code, sizeof(err->prisma_code), "P2025");
	return -1;
}

const void *cl_ptr_at(const void *base, size_t off)
{
	const void *p;
	memcpy(&p, (const char *)base + off, sizeof(p));
	return p;
}

/* ---- value forms ---- */

bool cl_is_text(const struct rdb_field_desc *f)
{
	return !f->enum_desc &&
	       (f->type == RDB_TEXT || f->type == RDB_JSON || f->type == RDB_DECIMAL || f->type == RDB_UUID);
}

size_t cl_csize(const struct rdb_field_desc *f)
{
	if (f->enum_desc)
		return sizeof(int);
	switch (f->type) {
	case RDB_BOOL: return sizeof(bool);
	case RDB_INT32: return sizeof(int32_t);
	case RDB_INT64: case RDB_TIMESTAMP: return sizeof(int64_t);
	case RDB_FLOAT64: return sizeof(double);
	case RDB_BYTES: return sizeof(struct rdb_bytes);
	default: return sizeof(const char *);
	}
}

void cl_read_req(const struct rdb_field_desc *f, const void *addr, struct rdb_value *out)
{
	if (f->enum_desc) {
		int v;
		memcpy(&v, addr, sizeof(v));
		*out = v >= 0 && (size_t)v < f->enum_desc->count ? rdb_text(f->enum_desc->db_names[v])
								 : rdb_textn("", 0);
		return;
	}
	switch (f->type) {
	case RDB_BOOL: { bool b; memcpy(&b, addr, sizeof(b)); *out = rdb_bool(b); return; }
	case RDB_INT32: { int32_t v; memcpy(&v, addr, sizeof(v)); *out = rdb_int32(v); return; }
	case RDB_INT64: { int64_t v; memcpy(&v, addr, sizeof(v)); *out = rdb_int64(v); return; }
	case RDB_TIMESTAMP: { int64_t v; memcpy(&v, addr, sizeof(v)); *out = rdb_timestamp(v); return; }
	case RDB_FLOAT64: { double v; memcpy(&v, addr, sizeof(v)); *out = rdb_float64(v); return; }
	case RDB_BYTES: { struct rdb_bytes b; memcpy(&b, addr, sizeof(b)); *out = rdb_bytes(b.ptr, b.len); return; }
	default: {
		const char *p = cl_ptr_at(addr, 0);
		if (!p) {
			*out = rdb_null(f->type);
			return;
		}
		*out = rdb_text(p);
		out->type = f->type;
		return;
	}
	}
}

bool cl_read_opt(const struct rdb_field_desc *f, const void *addr, struct rdb_value *out)
{
	const void *p = cl_ptr_at(addr, 0);
	if (!p)
		return false;
	if (cl_is_text(f))
		cl_read_req(f, addr, out);
	else
		cl_read_req(f, p, out);
	return true;
}

void cl_read_member(struct cl_stmt *s, const struct rdb_field_desc *f, const void *base, size_t off,
		    size_t count_off, struct rdb_value *out)
{
	const char *addr = (const char *)base + off;
	if (f->arity == RDB_LIST) {
		const char *items = cl_ptr_at(addr, 0);
		size_t n;
		memcpy(&n, (const char *)base + count_off, sizeof(n));
		struct rdb_value *vals = rdb_result_alloc(s->scratch, (n ? n : 1) * sizeof(*vals));
		for (size_t i = 0; i < n; i++)
			cl_read_req(f, items + i * cl_csize(f), &vals[i]);
		*out = rdb_array(f->enum_desc ? RDB_TEXT : f->type, vals, n);
		return;
	}
	if (f->arity == RDB_REQUIRED) {
		cl_read_req(f, addr, out);
		return;
	}
	if (!cl_read_opt(f, addr, out))
		*out = rdb_null(f->enum_desc ? RDB_TEXT : f->type);
}

static double num_of(const struct rdb_value *v)
{
	switch (v->type) {
	case RDB_INT32: return v->v.i32;
	case RDB_INT64: case RDB_TIMESTAMP: return (double)v->v.i64;
	case RDB_FLOAT64: return v->v.f64;
	case RDB_BOOL: return v->v.b;
	case RDB_DECIMAL: case RDB_TEXT: return v->v.s.ptr ? strtod(v->v.s.ptr, NULL) : 0;
	default: return 0;
	}
}

static int64_t int_of(const struct rdb_value *v)
{
	switch (v->type) {
	case RDB_INT32: return v->v.i32;
	case RDB_INT64: case RDB_TIMESTAMP: return v->v.i64;
	case RDB_DECIMAL: case RDB_TEXT: return v->v.s.ptr ? strtoll(v->v.s.ptr, NULL, 10) : 0;
	default: return (int64_t)num_of(v);
	}
}

/* Writes the required form of v at addr. */
static int write_req(const struct rdb_field_desc *f, void *addr, const struct rdb_value *v, struct rdb_result *res,
		     struct rdb_error *err)
{
	if (f->enum_desc) {
		int idx = -1;
		for (size_t i = 0; i < f->enum_desc->count; i++)
			if (v->v.s.len == strlen(f->enum_desc->db_names[i]) &&
			    !memcmp(v->v.s.ptr, f->enum_desc->db_names[i], v->v.s.len))
				idx = (int)i;
		if (idx < 0)
			return rdb_error_set(err, RDB_ERR_DATABASE, "value '%.*s' of %s is not a value of enum %s",
					     (int)v->v.s.len, v->v.s.ptr, f->name, f->enum_desc->name);
		memcpy(addr, &idx, sizeof(idx));
		return 0;
	}
	switch (f->type) {
	case RDB_BOOL: { bool b = v->type == RDB_BOOL ? v->v.b : num_of(v) != 0; memcpy(addr, &b, sizeof(b)); return 0; }
	case RDB_INT32: { int32_t x = (int32_t)int_of(v); memcpy(addr, &x, sizeof(x)); return 0; }
	case RDB_INT64: case RDB_TIMESTAMP: { int64_t x = int_of(v); memcpy(addr, &x, sizeof(x)); return 0; }
	case RDB_FLOAT64: { double x = num_of(v); memcpy(addr, &x, sizeof(x)); return 0; }
	case RDB_BYTES: {
		struct rdb_bytes b = v->type == RDB_BYTES ? v->v.bytes : (struct rdb_bytes){(const uint8_t *)v->v.s.ptr, v->v.s.len};
		memcpy(addr, &b, sizeof(b));
		return 0;
	}
	default: {
		const char *p;
		if (v->type == RDB_BYTES)
			p = rdb_result_strndup(res, (const char *)v->v.bytes.ptr, v->v.bytes.len);
		else
			p = v->v.s.ptr ? v->v.s.ptr : rdb_result_strndup(res, "", 0);
		memcpy(addr, &p, sizeof(p));
		return 0;
	}
	}
}

int cl_write_member(const struct rdb_field_desc *f, void *base, const struct rdb_value *v, struct rdb_result *res,
		    struct rdb_error *err)
{
	char *addr = (char *)base + f->off;
	if (v->is_null)
		return 0; /* the struct is zeroed: NULL pointer, zero value */
	if (f->arity == RDB_LIST) {
		size_t n = v->is_array ? v->count : 0;
		char *items = rdb_result_alloc(res, (n ? n : 1) * cl_csize(f));
		for (size_t i = 0; i < n; i++)
			if (!v->items[i].is_null && write_req(f, items + i * cl_csize(f), &v->items[i], res, err) < 0)
				return -1;
		memcpy(addr, &items, sizeof(items));
		memcpy((char *)base + f->count_off, &n, sizeof(n));
		return 0;
	}
	if (f->arity == RDB_OPTIONAL && !cl_is_text(f)) {
		void *cell = rdb_result_alloc(res, cl_csize(f));
		if (write_req(f, cell, v, res, err) < 0)
			return -1;
		memcpy(addr, &cell, sizeof(cell));
		return 0;
	}
	return write_req(f, addr, v, res, err);
}

/* ---- where ---- */

static void escape_like(struct cl_stmt *s, const char *pre, const char *text, const char *post, struct rdb_value *out)
{
	size_t n = strlen(text), j = 0;
	char *p = rdb_result_alloc(s->scratch, 2 * n + 3);
	if (*pre)
		p[j++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			p[j++] = '\\';
		p[j++] = text[i];
	}
	if (*post)
		p[j++] = '%';
	p[j] = '\0';
	*out = rdb_textn(p, j);
}

/* col, or LOWER(col) for case-insensitive comparisons */
static void lhs(struct cl_stmt *s, int alias, const struct rdb_field_desc *f, bool lower)
{
	if (lower)
		cl_add(s, "LOWER(");
	cl_col(s, alias, f);
	if (lower)
		cl_add(s, ")");
}

static void rhs(struct cl_stmt *s, struct rdb_value v, bool lower)
{
	if (lower)
		cl_add(s, "LOWER(");
	cl_param(s, v);
	if (lower)
		cl_add(s, ")");
}

static void sep(struct cl_stmt *s, int *parts)
{
	if ((*parts)++)
		cl_add(s, " AND ");
}

/* col IN list: = ANY($n) on PostgreSQL, IN (?, ...) elsewhere. */
static void in_list(struct cl_stmt *s, int alias, const struct rdb_field_desc *f, const void *items, size_t n,
		    bool lower)
{
	struct rdb_value *vals;
	if (!n) {
		cl_add(s, "1=0");
		return;
	}
	vals = rdb_result_alloc(s->scratch, n * sizeof(*vals));
	for (size_t i = 0; i < n; i++)
		cl_read_req(f, (const char *)items + i * cl_csize(f), &vals[i]);
	lhs(s, alias, f, lower);
	if (s->d == RDB_POSTGRESQL && !lower) {
		cl_add(s, " = ANY(");
		cl_param(s, rdb_array(f->enum_desc ? RDB_TEXT : f->type, vals, n));
		cl_add(s, ")");
		return;
	}
	cl_add(s, " IN (");
	for (size_t i = 0; i < n; i++) {
		if (i)
			cl_add(s, ", ");
		rhs(s, vals[i], lower);
	}
	cl_add(s, ")");
}

static void scalar_filter(struct cl_stmt *s, const struct rdb_field_desc *f, const void *filter, int alias, int *parts)
{
	struct rdb_filter_any fa;
	bool like_ops = f->type == RDB_TEXT && !f->enum_desc;
	struct rdb_value v;
	static const struct { size_t off; const char *op; } cmp[] = {
		{offsetof(struct rdb_filter_any, equals), " = "}, {offsetof(struct rdb_filter_any, not_), " <> "},
		{offsetof(struct rdb_filter_any, lt), " < "},     {offsetof(struct rdb_filter_any, lte), " <= "},
		{offsetof(struct rdb_filter_any, gt), " > "},     {offsetof(struct rdb_filter_any, gte), " >= "},
	};
	memset(&fa, 0, sizeof(fa));
	/* non-string filters end after null_check */
	memcpy(&fa, filter, like_ops ? sizeof(fa) : offsetof(struct rdb_filter_any, null_check) + sizeof(fa.null_check));
	bool lower = like_ops && fa.insensitive;
	for (size_t i = 0; i < ARRAY_SIZE(cmp); i++) {
		if (!cl_read_opt(f, (const char *)&fa + cmp[i].off, &v))
			continue;
		sep(s, parts);
		lhs(s, alias, f, lower);
		cl_add(s, cmp[i].op);
		rhs(s, v, lower);
	}
	if (fa.in) {
		sep(s, parts);
		in_list(s, alias, f, fa.in, fa.in_count, lower);
	}
	if (fa.not_in) {
		sep(s, parts);
		cl_add(s, "NOT (");
		if (fa.not_in_count)
			in_list(s, alias, f, fa.not_in, fa.not_in_count, lower);
		else
			cl_add(s, "1=0");
		cl_add(s, ")");
	}
	if (fa.null_check != RDB_NULL_ANY) {
		sep(s, parts);
		cl_col(s, alias, f);
		cl_add(s, fa.null_check == RDB_IS_NULL ? " IS NULL" : " IS NOT NULL");
	}
	if (!like_ops)
		return;
	const char *pats[3] = {fa.contains, fa.starts_with, fa.ends_with};
	for (int i = 0; i < 3; i++) {
		if (!pats[i])
			continue;
		escape_like(s, i != 1 ? "%" : "", pats[i], i != 2 ? "%" : "", &v);
		sep(s, parts);
		if (lower && s->d == RDB_POSTGRESQL) {
			cl_col(s, alias, f);
			cl_add(s, " ILIKE ");
			cl_param(s, v);
		} else {
			lhs(s, alias, f, lower);
			cl_add(s, " LIKE ");
			rhs(s, v, lower);
		}
	}
}

/* Scalar lists: PostgreSQL's array operators (one array parameter each). */
static void list_filter(struct cl_stmt *s, const struct rdb_field_desc *f, const void *filter, int alias, int *parts)
{
	struct rdb_list_filter_any lf;
	struct rdb_value v;
	enum rdb_type t = f->enum_desc ? RDB_TEXT : f->type;
	memcpy(&lf, filter, sizeof(lf));
	if (cl_read_opt(f, (const char *)&lf + offsetof(struct rdb_list_filter_any, has), &v)) {
		sep(s, parts);
		cl_param(s, v);
		cl_add(s, " = ANY(");
		cl_col(s, alias, f);
		cl_add(s, ")");
	}
	const void *arrs[2] = {lf.has_some, lf.has_every};
	size_t counts[2] = {lf.has_some_count, lf.has_every_count};
	for (int k = 0; k < 2; k++) {
		struct rdb_value *items;
		if (!arrs[k])
			continue;
		items = rdb_result_alloc(s->scratch, (counts[k] ? counts[k] : 1) * sizeof(*items));
		for (size_t i = 0; i < counts[k]; i++)
			cl_read_req(f, (const char *)arrs[k] + i * cl_csize(f), &items[i]);
		sep(s, parts);
		cl_col(s, alias, f);
		cl_add(s, k == 0 ? " && " : " @> ");
		cl_param(s, rdb_array(t, items, counts[k]));
	}
	if (lf.is_empty) {
		sep(s, parts);
		cl_add(s, "cardinality(");
		cl_col(s, alias, f);
		cl_add(s, *lf.is_empty ? ") = 0" : ") > 0");
	}
}

/* EXISTS (SELECT 1 FROM target ... WHERE join condition [AND [NOT] (where)]) */
static int relation_exists(struct cl_stmt *s, const struct rdb_model_desc *m, const struct rdb_relation_desc *r,
			   const void *where, int alias, bool negate_where, struct rdb_error *err)
{
	int t = ++s->next_alias;
	cl_add(s, "EXISTS (SELECT 1 FROM ");
	if (r->join_table) {
		int j = ++s->next_alias;
		cl_join_table(s, r);
		cl_add(s, " AS ");
		cl_alias(s, j);
		cl_add(s, " JOIN ");
		cl_table(s, r->target);
		cl_add(s, " AS ");
		cl_alias(s, t);
		cl_add(s, " ON ");
		cl_col(s, t, &r->target->fields[r->remote[0]]);
		cl_add(s, " = ");
		cl_alias(s, j);
		cl_add(s, ".");
		cl_ident(s, r->join_remote);
		cl_add(s, " WHERE ");
		cl_alias(s, j);
		cl_add(s, ".");
		cl_ident(s, r->join_local);
		cl_add(s, " = ");
		cl_col(s, alias, &m->fields[r->local[0]]);
	} else {
		cl_table(s, r->target);
		cl_add(s, " AS ");
		cl_alias(s, t);
		cl_add(s, " WHERE ");
		for (size_t k = 0; k < r->nkeys; k++) {
			if (k)
				cl_add(s, " AND ");
			cl_col(s, t, &r->target->fields[r->remote[k]]);
			cl_add(s, " = ");
			cl_col(s, alias, &m->fields[r->local[k]]);
		}
	}
	cl_add(s, negate_where ? " AND NOT " : " AND ");
	if (cl_where(s, r->target, where, t, err) < 0)
		return -1;
	cl_add(s, ")");
	return 0;
}

int cl_where(struct cl_stmt *s, const struct rdb_model_desc *m, const void *where, int alias, struct rdb_error *err)
{
	struct rdb_where_head h;
	int parts = 0;
	if (!where) {
		cl_add(s, "1=1");
		return 0;
	}
	memcpy(&h, where, sizeof(h));
	cl_add(s, "(");
	for (size_t i = 0; i < h.AND_count && h.AND; i++) {
		sep(s, &parts);
		if (cl_where(s, m, (const char *)h.AND + i * m->where_size, alias, err) < 0)
			return -1;
	}
	if (h.OR) {
		sep(s, &parts);
		cl_add(s, "(");
		if (!h.OR_count)
			cl_add(s, "1=0");
		for (size_t i = 0; i < h.OR_count; i++) {
			if (i)
				cl_add(s, " OR ");
			if (cl_where(s, m, (const char *)h.OR + i * m->where_size, alias, err) < 0)
				return -1;
		}
		cl_add(s, ")");
	}
	for (size_t i = 0; i < h.NOT_count && h.NOT; i++) {
		sep(s, &parts);
		cl_add(s, "NOT ");
		if (cl_where(s, m, (const char *)h.NOT + i * m->where_size, alias, err) < 0)
			return -1;
	}
	for (size_t i = 0; i < m->nfields; i++) {
		const struct rdb_field_desc *f = &m->fields[i];
		const void *filter;
		if (f->where_off == RDB_NO_OFFSET || !(filter = cl_ptr_at(where, f->where_off)))
			continue;
		if (f->arity == RDB_LIST)
			list_filter(s, f, filter, alias, &parts);
		else
			scalar_filter(s, f, filter, alias, &parts);
	}
	for (size_t i = 0; i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		for (int k = 0; k < 3; k++) {
			const void *w;
			if (r->where_off[k] == RDB_NO_OFFSET || !(w = cl_ptr_at(where, r->where_off[k])))
				continue;
			sep(s, &parts);
			/* to-many: some, every (no row fails), none; to-one: is, is_not */
			bool negate_exists = r->kind == RDB_REL_TO_MANY ? k != 0 : k == 1;
			if (negate_exists)
				cl_add(s, "NOT ");
			if (relation_exists(s, m, r, w, alias, r->kind == RDB_REL_TO_MANY && k == 1, err) < 0)
				return -1;
		}
	}
	if (!parts)
		cl_add(s, "1=1");
	cl_add(s, ")");
	return 0;
}

int cl_unique(struct cl_stmt *s, const struct rdb_model_desc *m, const void *unique, int alias,
	      const struct rdb_unique_desc **which, struct rdb_error *err)
{
	int parts = 0;
	if (which)
		*which = NULL;
	if (!unique)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: a unique selector is required", m->name);
	cl_add(s, "(");
	for (size_t i = 0; i < m->nuniques; i++) {
		const struct rdb_unique_desc *u = &m->uniques[i];
		const char *member = (const char *)unique + u->off;
		struct rdb_value v;
		if (!cl_ptr_at(member, 0))
			continue;
		if (which && !*which)
			*which = u;
		for (size_t k = 0; k < u->nfields; k++) {
			const struct rdb_field_desc *f = &m->fields[u->fields[k]];
			if (u->field_offs)
				cl_read_req(f, (const char *)cl_ptr_at(member, 0) + u->field_offs[k], &v);
			else
				cl_read_opt(f, member, &v);
			sep(s, &parts);
			cl_col(s, alias, f);
			cl_add(s, " = ");
			cl_param(s, v);
		}
	}
	if (!parts) {
		rdb_error_set(err, RDB_ERR_USAGE, "%s: the unique selector needs at least one of its members set", m->name);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P2009");
		return -1;
	}
	cl_add(s, ")");
	return 0;
}

void cl_key_in(struct cl_stmt *s, int alias, const char *const *cols, size_t ncols, const struct rdb_value *keys,
	       size_t nrows)
{
	if (!nrows) {
		cl_add(s, "1=0");
		return;
	}
	if (ncols == 1 && s->d == RDB_POSTGRESQL) {
		cl_alias(s, alias);
		cl_add(s, ".");
		cl_ident(s, cols[0]);
		cl_add(s, " = ANY(");
		cl_param(s, rdb_array(keys[0].type, keys, nrows));
		cl_add(s, ")");
		return;
	}
	cl_add(s, "(");
	for (size_t c = 0; c < ncols; c++) {
		if (c)
			cl_add(s, ", ");
		cl_alias(s, alias);
		cl_add(s, ".");
		cl_ident(s, cols[c]);
	}
	cl_add(s, ") IN (");
	for (size_t r = 0; r < nrows; r++) {
		cl_add(s, r ? ", (" : "(");
		for (size_t c = 0; c < ncols; c++) {
			if (c)
				cl_add(s, ", ");
			cl_param(s, keys[r * ncols + c]);
		}
		cl_add(s, ")");
	}
	cl_add(s, ")");
}
