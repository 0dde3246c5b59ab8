/*
 * client_read.c: find_many / find_first / find_unique, decoding rows into
 * generated model structs, and includes: each included relation costs one
 * query per level (keys of every parent row in one = ANY($1) or IN list),
 * never one query per row; children are matched to parents through a hash
 * of their key values.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "client_internal.h"
#include "runtime.h"
#include "util/strbuf.h"
#include "util/util.h"

void cl_args(const void *typed, struct rdb_find_args *out)
{
	/* generated <Model>_args structs have this exact layout (checked by _Static_assert there) */
	if (typed)
		memcpy(out, typed, sizeof(*out));
	else
		memset(out, 0, sizeof(*out));
}

static bool in_ints(const int *a, size_t n, int x)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] == x)
			return true;
	return false;
}

size_t cl_select_list(struct cl_stmt *s, const struct rdb_model_desc *m, const struct rdb_find_args *a,
		      const int *extra, size_t nextra, int **out)
{
	int *cols = rdb_result_alloc(s->scratch, (m->nfields + nextra + 1) * sizeof(int));
	size_t n = 0;
	for (size_t i = 0; i < m->nfields; i++) {
		bool want = !a || !a->select || in_ints(a->select, a->select_count, (int)i) ||
			    in_ints(extra, nextra, (int)i) || (a->distinct && in_ints(a->distinct, a->distinct_count, (int)i));
		if (want)
			cols[n++] = (int)i;
	}
	/* relation keys an include needs */
	if (a && a->include) {
		for (size_t r = 0; r < m->nrelations; r++) {
			const struct rdb_relation_desc *rel = &m->relations[r];
			if (!cl_ptr_at(a->include, rel->include_off))
				continue;
			for (size_t k = 0; k < rel->nkeys; k++)
				if (!in_ints(cols, n, rel->local[k]))
					cols[n++] = rel->local[k];
		}
	}
	*out = cols;
	return n;
}

void cl_select_cols(struct cl_stmt *s, const struct rdb_model_desc *m, int alias, const int *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++) {
		if (i)
			cl_add(s, ", ");
		cl_col(s, alias, &m->fields[cols[i]]);
	}
	if (!ncols)
		cl_add(s, "1");
}

int cl_decode(const struct rdb_model_desc *m, const struct rdb_rows *rows, size_t first_col, const int *cols,
	      size_t ncols, struct rdb_result *res, void **out, struct rdb_error *err)
{
	size_t n = rdb_rows_count(rows);
	char *items = rdb_result_alloc(res, (n ? n : 1) * m->size);
	for (size_t r = 0; r < n; r++) {
		for (size_t c = 0; c < ncols; c++) {
			struct rdb_value v;
			if (!rdb_rows_get(rows, r, first_col + c, &v))
				return rdb_error_set(err, RDB_ERR_INTERNAL, "%s: result has fewer columns than selected", m->name);
			if (cl_write_member(&m->fields[cols[c]], items + r * m->size, &v, res, err) < 0)
				return -1;
		}
	}
	*out = items;
	return 0;
}

/*
 * Streaming decode for find_many and includes: rows go straight from the
 * driver into one growing array of model structs (text copied into res),
 * so a large read holds its rows once. keys, when asked, collects column 0
 * of every row (the join table's key of an m:n include).
 */
struct fetch {
	const struct rdb_model_desc *m;
	size_t first_col;
	const int *cols;
	size_t ncols;
	struct rdb_result *res;
	char *items;
	size_t n, cap;
	struct rdb_value *keys; /* NULL: not collected */
	size_t kcap;
	bool want_keys;
	/*
	 * Typed SQL: the row must have exactly ncols columns and a required
	 * column may not be NULL (the generator inferred its nullability).
	 */
	bool strict;
};

/* Typed SQL: a required column holds a value, or an error saying what to do. */
static int strict_check(const struct fetch *f, size_t c, const struct rdb_value *v, struct rdb_error *err)
{
	const struct rdb_field_desc *fd = &f->m->fields[f->cols[c]];
	if (v->is_null && fd->arity == RDB_REQUIRED)
		return rdb_error_set(err, RDB_ERR_USAGE,
				     "column \"%s\" is NULL, but the generator found it NOT NULL in its table "
				     "(an outer join?); alias it AS \"%s?\" to make it optional and run `rdb generate --sql`",
				     fd->name, fd->name);
	return 0;
}

static int fetch_row(void *vctx, const struct rdb_rows *rows, size_t row, struct rdb_error *err)
{
	struct fetch *f = vctx;
	char *item;
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap + f->cap / 2 : 16;
		f->items = xrealloc(f->items, f->cap * f->m->size);
	}
	item = f->items + f->n * f->m->size;
	memset(item, 0, f->m->size);
	if (f->want_keys) {
		if (f->n == f->kcap) {
			f->kcap = f->kcap ? f->kcap + f->kcap / 2 : 16;
			f->keys = xrealloc(f->keys, f->kcap * sizeof(*f->keys));
		}
		rdb_rows_get(rows, row, 0, &f->keys[f->n]);
	}
	if (f->strict && rdb_rows_columns(rows) != f->ncols)
		return rdb_error_set(err, RDB_ERR_USAGE,
				     "the query returns %zu columns but the client was generated for %zu; "
				     "run `rdb generate --sql` again",
				     rdb_rows_columns(rows), f->ncols);
	for (size_t c = 0; c < f->ncols; c++) {
		struct rdb_value v;
		if (!rdb_rows_get(rows, row, f->first_col + c, &v))
			return rdb_error_set(err, RDB_ERR_INTERNAL, "%s: result has fewer columns than selected", f->m->name);
		if (f->strict && strict_check(f, c, &v, err) < 0)
			return -1;
		if (cl_write_member(&f->m->fields[f->cols[c]], item, &v, f->res, err) < 0)
			return -1;
	}
	f->n++;
	return 0;
}

/* Moves a malloc'd array (trimmed to n items) under res, or gives one zeroed item when empty. */
static void *adopt(struct rdb_result *res, void *p, size_t n, size_t size)
{
	if (!n) {
		free(p);
		return rdb_result_alloc(res, size);
	}
	p = xrealloc(p, n * size);
	rdb_result_own(res, free, p);
	return p;
}

/* Runs s and decodes its rows as m's (columns cols from first_col on) into *out, *count. */
static int cl_fetch(struct cl_stmt *s, const struct rdb_model_desc *m, size_t first_col, const int *cols, size_t ncols,
		    struct rdb_result *res, void **out, size_t *count, struct rdb_value **keys, struct rdb_error *err)
{
	struct fetch f = {m, first_col, cols, ncols, res, NULL, 0, 0, NULL, 0, keys != NULL, false};
	int rc = rdb_query_each(s->conn, s->sql.buf ? s->sql.buf : "", s->params, s->nparams, res, fetch_row, &f, err);
	if (rc < 0) {
		free(f.items);
		free(f.keys);
		return -1;
	}
	*out = adopt(res, f.items, f.n, m->size);
	*count = f.n;
	if (keys)
		*keys = f.n ? adopt(s->scratch, f.keys, f.n, sizeof(*f.keys)) : (free(f.keys), NULL);
	return 0;
}

static void order_by(struct cl_stmt *s, const struct rdb_model_desc *m, int alias, const struct rdb_find_args *a,
		     bool with_pk)
{
	size_t n = 0;
	for (size_t i = 0; i < a->order_by_count && a->order_by; i++) {
		const struct rdb_order *o = &a->order_by[i];
		if (o->field < 0 || (size_t)o->field >= m->nfields)
			continue;
		cl_add(s, n++ ? ", " : " ORDER BY ");
		cl_col(s, alias, &m->fields[o->field]);
		cl_add(s, o->dir == RDB_DESC ? " DESC" : " ASC");
	}
	for (size_t k = 0; with_pk && k < m->npk; k++) {
		bool seen = false;
		for (size_t i = 0; i < a->order_by_count && a->order_by; i++)
			seen |= a->order_by[i].field == m->pk[k];
		if (seen)
			continue;
		cl_add(s, n++ ? ", " : " ORDER BY ");
		cl_col(s, alias, &m->fields[m->pk[k]]);
		cl_add(s, " ASC");
	}
}

/*
 * Cursor paging as Prisma does it: rows at or after the cursor row in the
 * requested order (primary key appended to make it total). Fetches the
 * cursor row's ordering values first; returns 1 when the cursor row does
 * not exist (the page is empty).
 */
static int cursor_cond(struct cl_stmt *s, const struct rdb_model_desc *m, const struct rdb_find_args *a, int alias,
		       struct rdb_error *err)
{
	struct cl_stmt q;
	struct rdb_rows *rows;
	int ord[64];
	enum rdb_sort_order dir[64];
	size_t n = 0;
	int rc = -1;
	for (size_t i = 0; i < a->order_by_count && a->order_by && n < 60; i++) {
		if (a->order_by[i].field < 0 || (size_t)a->order_by[i].field >= m->nfields)
			continue;
		ord[n] = a->order_by[i].field;
		dir[n++] = a->order_by[i].dir;
	}
	for (size_t k = 0; k < m->npk && n < 64; k++) {
		if (!in_ints(ord, n, m->pk[k])) {
			ord[n] = m->pk[k];
			dir[n++] = RDB_ASC;
		}
	}
	cl_stmt_init(&q, s->conn);
	cl_add(&q, "SELECT ");
	cl_select_cols(&q, m, 0, ord, n);
	cl_add(&q, " FROM ");
	cl_table(&q, m);
	cl_add(&q, " AS ");
	cl_alias(&q, 0);
	cl_add(&q, " WHERE ");
	if (cl_unique(&q, m, a->cursor, 0, NULL, err) < 0 || cl_run(&q, s->scratch, &rows, err) < 0)
		goto out;
	if (!rdb_rows_count(rows)) {
		rc = 1;
		goto out;
	}
	/* (o1 > c1) OR (o1 = c1 AND o2 > c2) OR ... OR (all equal) */
	cl_add(s, "(");
	for (size_t i = 0; i <= n; i++) {
		if (i)
			cl_add(s, " OR ");
		cl_add(s, "(");
		for (size_t k = 0; k < i && k < n; k++) {
			struct rdb_value v;
			rdb_rows_get(rows, 0, k, &v);
			if (k)
				cl_add(s, " AND ");
			cl_col(s, alias, &m->fields[ord[k]]);
			cl_add(s, " = ");
			cl_param(s, v);
		}
		if (i < n) {
			struct rdb_value v;
			rdb_rows_get(rows, 0, i, &v);
			if (i)
				cl_add(s, " AND ");
			cl_col(s, alias, &m->fields[ord[i]]);
			cl_add(s, dir[i] == RDB_DESC ? " < " : " > ");
			cl_param(s, v);
		}
		cl_add(s, ")");
	}
	cl_add(s, ")");
	rc = 0;
out:
	/* q's scratch holds nothing the params borrow: rows live in s->scratch */
	cl_stmt_release(&q);
	return rc;
}

static void limit(struct cl_stmt *s, int64_t take, int64_t skip)
{
	if (take > 0) {
		cl_add(s, " LIMIT ");
		cl_param(s, rdb_int64(take));
	}
	if (skip > 0) {
		if (take <= 0 && s->d == RDB_MYSQL)
			cl_add(s, " LIMIT 18446744073709551615");
		cl_add(s, " OFFSET ");
		cl_param(s, rdb_int64(skip));
	}
}

/*
 * Keys for matching children to parents and for distinct: each value as a
 * tag and its bytes in binary (integers widened to 64 bits, so an Int key
 * matches the same value read from a BigInt-typed join column; -0.0 and
 * NaN made canonical), built in one reused buffer. Only keys stored in a
 * map are copied (key_keep); lookups use the buffer as it is.
 */
static void key_add(struct strbuf *sb, const struct rdb_value *v)
{
	char tag = v->is_null ? 'N' : 'V';
	if (v->is_null) {
		strbuf_addch(sb, tag);
		return;
	}
	switch (v->type) {
	case RDB_BOOL: {
		char b[2] = {'B', v->v.b ? '1' : '0'};
		strbuf_add(sb, b, 2);
		break;
	}
	case RDB_INT32: case RDB_INT64: case RDB_TIMESTAMP: {
		char b[9];
		int64_t x = v->type == RDB_INT32 ? v->v.i32 : v->v.i64;
		b[0] = 'I';
		memcpy(b + 1, &x, 8);
		strbuf_add(sb, b, 9);
		break;
	}
	case RDB_FLOAT64: {
		char b[9];
		double x = v->v.f64 == 0 ? 0.0 : v->v.f64 != v->v.f64 ? NAN : v->v.f64;
		b[0] = 'F';
		memcpy(b + 1, &x, 8);
		strbuf_add(sb, b, 9);
		break;
	}
	default: {
		char b[1 + sizeof(size_t)];
		const char *p = v->type == RDB_BYTES ? (const char *)v->v.bytes.ptr : v->v.s.ptr;
		size_t n = v->type == RDB_BYTES ? v->v.bytes.len : v->v.s.len;
		b[0] = 'S';
		memcpy(b + 1, &n, sizeof(n));
		strbuf_add(sb, b, sizeof(b));
		strbuf_add(sb, p, n);
		break;
	}
	}
}

/* A copy of the key in the scratch arena, for a map to keep. */
static const char *key_keep(struct cl_stmt *s, const struct strbuf *key)
{
	return rdb_result_strndup(s->scratch, key->buf, key->len);
}

/* Key of one row's fields into *key (reset first). */
static void row_key(struct cl_stmt *s, const struct rdb_model_desc *m, const void *row, const int *fields, size_t n,
		    struct strbuf *key)
{
	strbuf_reset(key);
	for (size_t i = 0; i < n; i++) {
		const struct rdb_field_desc *f = &m->fields[fields[i]];
		struct rdb_value v;
		cl_read_member(s, f, row, f->off, f->count_off, &v);
		key_add(key, &v);
	}
}

/* Key of one cell (the join table's column), built like row_key's. */
static void value_key(const struct rdb_value *v, struct strbuf *key)
{
	strbuf_reset(key);
	key_add(key, v);
}

/* SELECT for m with args a: where, cursor, order, paging, distinct, then the includes. */
static int select_rows(struct rdb_conn *conn, const struct rdb_model_desc *m, const struct rdb_find_args *a,
		       struct rdb_result *res, void **out, size_t *count, struct rdb_error *err)
{
	struct cl_stmt s;
	int *cols;
	size_t ncols;
	int rc = -1;
	bool distinct = a->distinct && a->distinct_count;
	*out = NULL;
	*count = 0;
	cl_stmt_init(&s, conn);
	ncols = cl_select_list(&s, m, a, NULL, 0, &cols);
	cl_add(&s, "SELECT ");
	cl_select_cols(&s, m, 0, cols, ncols);
	cl_add(&s, " FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_where(&s, m, a->where, 0, err) < 0)
		goto out;
	if (a->cursor) {
		cl_add(&s, " AND ");
		int c = cursor_cond(&s, m, a, 0, err);
		if (c < 0)
			goto out;
		if (c > 0) {
			rc = 0;
			goto out;
		}
	}
	order_by(&s, m, 0, a, a->cursor != NULL);
	/* distinct is applied to the rows (as Prisma does), then skip/take */
	if (!distinct)
		limit(&s, a->take, a->skip);
	if (cl_fetch(&s, m, 0, cols, ncols, res, out, count, NULL, err) < 0)
		goto out;
	if (distinct) {
		struct strmap seen;
		struct strbuf key = STRBUF_INIT;
		size_t kept = 0, skipped = 0;
		char *items = *out;
		strmap_init(&seen);
		for (size_t i = 0; i < *count; i++) {
			row_key(&s, m, items + i * m->size, a->distinct, a->distinct_count, &key);
			if (strmap_get(&seen, key.buf, key.len))
				continue;
			strmap_put(&seen, key_keep(&s, &key), key.len, items);
			if (skipped < (size_t)(a->skip > 0 ? a->skip : 0)) {
				skipped++;
				continue;
			}
			if (a->take > 0 && kept >= (size_t)a->take)
				break;
			memmove(items + kept * m->size, items + i * m->size, m->size);
			kept++;
		}
		strmap_release(&seen);
		strbuf_release(&key);
		*count = kept;
	}
	if (cl_load_includes(conn, m, *out, *count, a->include, res, err) < 0)
		goto out;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_find_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *args,
			 struct rdb_result *res, void **rows, size_t *count, struct rdb_error *err)
{
	struct rdb_find_args a;
	cl_args(args, &a);
	return select_rows(conn, m, &a, res, rows, count, err);
}

int rdb_client_find_first(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *args,
			  struct rdb_result *res, void **row, struct rdb_error *err)
{
	struct rdb_find_args a;
	size_t n;
	void *rows;
	cl_args(args, &a);
	a.take = 1;
	if (select_rows(conn, m, &a, res, &rows, &n, err) < 0)
		return -1;
	*row = n ? rows : NULL;
	return 0;
}

int rdb_client_find_unique(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
			   const void *include, struct rdb_result *res, void **row, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	struct rdb_find_args a;
	int *cols;
	size_t ncols;
	void *items;
	int rc = -1;
	*row = NULL;
	memset(&a, 0, sizeof(a));
	a.include = include;
	cl_stmt_init(&s, conn);
	ncols = cl_select_list(&s, m, &a, NULL, 0, &cols);
	cl_add(&s, "SELECT ");
	cl_select_cols(&s, m, 0, cols, ncols);
	cl_add(&s, " FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_unique(&s, m, unique, 0, NULL, err) < 0)
		goto out;
	cl_add(&s, " LIMIT 1");
	if (cl_run(&s, res, &rows, err) < 0 || cl_decode(m, rows, 0, cols, ncols, res, &items, err) < 0)
		goto out;
	if (rdb_rows_count(rows)) {
		if (cl_load_includes(conn, m, items, 1, include, res, err) < 0)
			goto out;
		*row = items;
	}
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

/* ---- includes ---- */

struct match {
	size_t first, n; /* children in the ordered index list */
};

/*
 * Most relations join on one integer column; their keys go into this map
 * (open addressing, int64 -> index) instead of building byte-string keys,
 * which is most of the cost of matching 10,000 rows.
 */
struct intmap {
	int64_t *keys;
	size_t *vals; /* SIZE_MAX: empty slot */
	size_t mask;
};

static void intmap_init(struct intmap *im, struct rdb_result *scratch, size_t n)
{
	size_t cap = 16;
	while (cap < 2 * n + 2)
		cap *= 2;
	im->keys = rdb_result_alloc(scratch, cap * sizeof(*im->keys));
	im->vals = rdb_result_alloc(scratch, cap * sizeof(*im->vals));
	memset(im->vals, 0xff, cap * sizeof(*im->vals));
	im->mask = cap - 1;
}

/* The slot of k: either holding k or the empty one where it goes. */
static size_t intmap_slot(const struct intmap *im, int64_t k)
{
	uint64_t h = (uint64_t)k * UINT64_C(0x9E3779B97F4A7C15);
	size_t i = (size_t)(h >> 32) & im->mask;
	while (im->vals[i] != SIZE_MAX && im->keys[i] != k)
		i = (i + 1) & im->mask;
	return i;
}

static bool is_int_key(const struct rdb_field_desc *f)
{
	return f->arity != RDB_LIST && !f->enum_desc && (f->type == RDB_INT32 || f->type == RDB_INT64);
}

/* The integer in field f of row; false when it is NULL. */
static bool int_key(const struct rdb_field_desc *f, const char *row, int64_t *out)
{
	const char *addr = row + f->off;
	if (f->arity == RDB_OPTIONAL) {
		addr = cl_ptr_at(addr, 0);
		if (!addr)
			return false;
	}
	if (f->type == RDB_INT32) {
		int32_t v;
		memcpy(&v, addr, sizeof(v));
		*out = v;
	} else {
		memcpy(out, addr, sizeof(*out));
	}
	return true;
}

static int load_relation(struct rdb_conn *conn, const struct rdb_model_desc *m, const struct rdb_relation_desc *r,
			 char *parents, size_t np, const void *typed_args, struct rdb_result *res,
			 struct rdb_error *err)
{
	const struct rdb_model_desc *t = r->target;
	struct cl_stmt s;
	struct rdb_find_args a;
	struct rdb_value *keys, *jkeys = NULL;
	const char *keycols[16];
	size_t nk = 0, ncols, nrows;
	int *cols;
	char *children = NULL;
	struct strmap groups;
	struct strbuf key = STRBUF_INIT;
	struct intmap im;
	int rc = -1;
	bool mn = r->join_table != NULL;
	bool fast = r->nkeys == 1 && is_int_key(&m->fields[r->local[0]]) &&
		    (mn || is_int_key(&r->target->fields[r->remote[0]]));
	cl_args(typed_args, &a);
	cl_stmt_init(&s, conn);
	strmap_init(&groups);
	if (r->nkeys > 16) {
		rdb_error_set(err, RDB_ERR_INTERNAL, "relation %s has more than 16 key fields", r->name);
		goto out;
	}
	/* the parents' key values, each combination once */
	keys = rdb_result_alloc(s.scratch, (np ? np : 1) * r->nkeys * sizeof(*keys));
	{
		struct strmap seen;
		strmap_init(&seen);
		if (fast)
			intmap_init(&im, s.scratch, np);
		else
			strmap_reserve(&seen, np);
		for (size_t i = 0; i < np; i++) {
			if (fast) {
				const struct rdb_field_desc *f = &m->fields[r->local[0]];
				int64_t k;
				size_t slot;
				if (!int_key(f, parents + i * m->size, &k))
					continue;
				slot = intmap_slot(&im, k);
				if (im.vals[slot] != SIZE_MAX)
					continue;
				im.keys[slot] = k;
				im.vals[slot] = nk;
				cl_read_member(&s, f, parents + i * m->size, f->off, f->count_off, &keys[nk++]);
				continue;
			}
			bool has_null = false;
			row_key(&s, m, parents + i * m->size, r->local, r->nkeys, &key);
			for (size_t k = 0; k < r->nkeys; k++) {
				const struct rdb_field_desc *f = &m->fields[r->local[k]];
				cl_read_member(&s, f, parents + i * m->size, f->off, f->count_off, &keys[nk * r->nkeys + k]);
				has_null |= keys[nk * r->nkeys + k].is_null;
			}
			if (has_null || strmap_get(&seen, key.buf, key.len))
				continue;
			strmap_put(&seen, key_keep(&s, &key), key.len, parents);
			nk++;
		}
		strmap_release(&seen);
	}
	if (!nk) {
		rc = 0;
		goto out;
	}
	ncols = cl_select_list(&s, t, &a, mn ? NULL : r->remote, mn ? 0 : r->nkeys, &cols);
	cl_add(&s, "SELECT ");
	if (mn) {
		cl_alias(&s, 1);
		cl_add(&s, ".");
		cl_ident(&s, r->join_local);
		cl_add(&s, ", ");
	}
	cl_select_cols(&s, t, 0, cols, ncols);
	cl_add(&s, " FROM ");
	if (mn) {
		cl_join_table(&s, r);
		cl_add(&s, " AS ");
		cl_alias(&s, 1);
		cl_add(&s, " JOIN ");
		cl_table(&s, t);
		cl_add(&s, " AS ");
		cl_alias(&s, 0);
		cl_add(&s, " ON ");
		cl_col(&s, 0, &t->fields[r->remote[0]]);
		cl_add(&s, " = ");
		cl_alias(&s, 1);
		cl_add(&s, ".");
		cl_ident(&s, r->join_remote);
		cl_add(&s, " WHERE ");
		keycols[0] = r->join_local;
		cl_key_in(&s, 1, keycols, 1, keys, nk);
	} else {
		cl_table(&s, t);
		cl_add(&s, " AS ");
		cl_alias(&s, 0);
		cl_add(&s, " WHERE ");
		for (size_t k = 0; k < r->nkeys; k++)
			keycols[k] = t->fields[r->remote[k]].db_name;
		cl_key_in(&s, 0, keycols, r->nkeys, keys, nk);
	}
	s.next_alias = 1;
	cl_add(&s, " AND ");
	if (cl_where(&s, t, a.where, 0, err) < 0)
		goto out;
	order_by(&s, t, 0, &a, false);
	if (cl_fetch(&s, t, mn ? 1 : 0, cols, ncols, res, (void **)&children, &nrows, mn ? &jkeys : NULL, err) < 0)
		goto out;
	if (cl_load_includes(conn, t, children, nrows, a.include, res, err) < 0)
		goto out;
	/* group the children by their key, keeping the query's order */
	{
		size_t *next = rdb_result_alloc(s.scratch, (nrows ? nrows : 1) * sizeof(size_t));
		struct match *groups_arr = rdb_result_alloc(s.scratch, (nrows ? nrows : 1) * sizeof(struct match));
		size_t ngroups = 0;
		size_t *last = rdb_result_alloc(s.scratch, (nrows ? nrows : 1) * sizeof(size_t));
		if (fast)
			intmap_init(&im, s.scratch, nrows);
		else
			strmap_reserve(&groups, nrows);
		for (size_t i = 0; i < nrows; i++) {
			next[i] = (size_t)-1;
			if (fast) {
				int64_t k = 0;
				size_t slot;
				if (mn) {
					k = jkeys[i].type == RDB_INT32 ? jkeys[i].v.i32 : jkeys[i].v.i64;
				} else if (!int_key(&t->fields[r->remote[0]], children + i * t->size, &k)) {
					continue; /* a NULL key matches no parent */
				}
				slot = intmap_slot(&im, k);
				if (im.vals[slot] == SIZE_MAX) {
					im.keys[slot] = k;
					im.vals[slot] = ngroups;
					groups_arr[ngroups].first = i;
					groups_arr[ngroups].n = 1;
					last[ngroups++] = i;
				} else {
					size_t g = im.vals[slot];
					next[last[g]] = i;
					last[g] = i;
					groups_arr[g].n++;
				}
				continue;
			}
			if (mn) {
				value_key(&jkeys[i], &key);
			} else {
				row_key(&s, t, children + i * t->size, r->remote, r->nkeys, &key);
			}
			struct match *g = strmap_get(&groups, key.buf, key.len);
			if (!g) {
				g = &groups_arr[ngroups];
				g->first = i;
				g->n = 1;
				last[ngroups++] = i;
				strmap_put(&groups, key_keep(&s, &key), key.len, g);
			} else {
				next[last[g - groups_arr]] = i;
				last[g - groups_arr] = i;
				g->n++;
			}
		}
		for (size_t p = 0; p < np; p++) {
			char *prow = parents + p * m->size;
			struct match *g = NULL;
			if (fast) {
				int64_t k;
				if (int_key(&m->fields[r->local[0]], prow, &k)) {
					size_t slot = intmap_slot(&im, k);
					if (im.vals[slot] != SIZE_MAX)
						g = &groups_arr[im.vals[slot]];
				}
			} else if (mn) {
				const struct rdb_field_desc *f = &m->fields[r->local[0]];
				struct rdb_value v;
				cl_read_member(&s, f, prow, f->off, f->count_off, &v);
				value_key(&v, &key);
			} else {
				row_key(&s, m, prow, r->local, r->nkeys, &key);
			}
			if (!fast)
				g = strmap_get(&groups, key.buf, key.len);
			if (r->kind == RDB_REL_TO_ONE) {
				void *one = g ? children + g->first * t->size : NULL;
				memcpy(prow + r->off, &one, sizeof(one));
				continue;
			}
			size_t skip = a.skip > 0 ? (size_t)a.skip : 0, n = 0;
			size_t cap = g ? g->n : 0;
			if (a.take > 0 && cap > (size_t)a.take)
				cap = (size_t)a.take;
			char *arr = rdb_result_alloc(res, (cap ? cap : 1) * t->size);
			for (size_t i = g ? g->first : (size_t)-1; i != (size_t)-1 && n < cap; i = next[i]) {
				if (skip) {
					skip--;
					continue;
				}
				memcpy(arr + n++ * t->size, children + i * t->size, t->size);
			}
			memcpy(prow + r->off, &arr, sizeof(arr));
			memcpy(prow + r->count_off, &n, sizeof(n));
		}
	}
	rc = 0;
out:
	strmap_release(&groups);
	strbuf_release(&key);
	cl_stmt_release(&s);
	return rc;
}

int cl_load_includes(struct rdb_conn *conn, const struct rdb_model_desc *m, void *rows, size_t n,
		     const void *include, struct rdb_result *res, struct rdb_error *err)
{
	if (!include || !n)
		return 0;
	for (size_t i = 0; i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		const void *args = cl_ptr_at(include, r->include_off);
		if (args && load_relation(conn, m, r, rows, n, args, res, err) < 0)
			return -1;
	}
	return 0;
}

/* ---- typed SQL ---- */

int rdb_client_sql(struct rdb_conn *conn, const struct rdb_sql_desc *q, const void *params, struct rdb_result *res,
		   void **rows, size_t *count, uint64_t *affected, struct rdb_error *err)
{
	struct cl_stmt s;
	int rc;
	if (rows)
		*rows = NULL;
	if (count)
		*count = 0;
	if (affected)
		*affected = 0;
	if (q->row && (!res || !rows || !count))
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: res, rows and count are required for a query with columns",
				     q->name);
	cl_stmt_init(&s, conn);
	s.params = xcalloc(q->nparams ? q->nparams : 1, sizeof(*s.params));
	s.cap = s.nparams = q->nparams;
	for (size_t i = 0; i < q->nparams; i++)
		cl_read_member(&s, &q->params[i], params, q->params[i].off, q->params[i].count_off, &s.params[i]);
	if (q->row) {
		int *cols = rdb_result_alloc(s.scratch, (q->row->nfields + 1) * sizeof(int));
		struct fetch f = {q->row, 0, cols, q->row->nfields, res, NULL, 0, 0, NULL, 0, false, true};
		for (size_t i = 0; i < q->row->nfields; i++)
			cols[i] = (int)i;
		rc = rdb_query_each(conn, q->sql, s.params, s.nparams, res, fetch_row, &f, err);
		if (rc == 0) {
			*rows = adopt(res, f.items, f.n, q->row->size);
			*count = f.n;
		} else {
			free(f.items);
		}
	} else {
		struct rdb_rows *r = NULL;
		rc = rdb_query(conn, q->sql, s.params, s.nparams, s.scratch, &r, err);
		if (rc == 0 && affected)
			*affected = rdb_rows_affected(r);
	}
	if (rc < 0) {
		char prefix[160];
		snprintf(prefix, sizeof(prefix), "%s: ", q->name);
		rdb_err_prefix(err, prefix);
	}
	cl_stmt_release(&s);
	return rc;
}
