/*
 * client_write.c: create, create_many, update, update_many, upsert,
 * delete, delete_many, count and aggregate. Client-side defaults (uuid(),
 * cuid(), nanoid(), ulid(), now(), @updatedAt) are computed here, as
 * Prisma's client does; database defaults are left to the database by
 * leaving the column out. A nested connect on a to-one relation looks the
 * referenced row up first (P2025 when it does not exist).
 */
#include <stdio.h>
#include <stdlib.h>

#include "client_internal.h"
#include "util/util.h"

static bool is_set(const struct rdb_field_desc *f, const void *data)
{
	bool b = false;
	if (f->set_off != RDB_NO_OFFSET)
		memcpy(&b, (const char *)data + f->set_off, sizeof(b));
	return b;
}

/* The value a create gives field f: set by the caller, a client default, or none (returns 0). */
static int create_value(struct cl_stmt *s, const struct rdb_field_desc *f, const void *data, struct rdb_value *v,
			struct rdb_error *err)
{
	char *buf;
	if (is_set(f, data)) {
		cl_read_member(s, f, data, f->data_off, f->data_count_off, v);
		return 1;
	}
	if (f->updated_at) {
		*v = rdb_timestamp(rdb_wall_now_us());
		return 1;
	}
	switch (f->dflt) {
	case RDB_DEFAULT_NOW:
		*v = rdb_timestamp(rdb_wall_now_us());
		return 1;
	case RDB_DEFAULT_UUID4: case RDB_DEFAULT_UUID7: case RDB_DEFAULT_CUID: case RDB_DEFAULT_CUID2:
	case RDB_DEFAULT_NANOID: case RDB_DEFAULT_ULID: {
		int rc;
		buf = rdb_result_alloc(s->scratch, 300);
		switch (f->dflt) {
		case RDB_DEFAULT_UUID4: rc = rdb_id_uuid4(buf, 300, err); break;
		case RDB_DEFAULT_UUID7: rc = rdb_id_uuid7(buf, 300, err); break;
		case RDB_DEFAULT_CUID: rc = rdb_id_cuid(buf, 300, err); break;
		case RDB_DEFAULT_CUID2: rc = rdb_id_cuid2(buf, 300, err); break;
		case RDB_DEFAULT_NANOID: rc = rdb_id_nanoid(buf, 300, f->dflt_arg, err); break;
		default: rc = rdb_id_ulid(buf, 300, err); break;
		}
		if (rc < 0)
			return -1;
		*v = rdb_text(buf);
		v->type = f->type;
		return 1;
	}
	case RDB_DEFAULT_DB:
		return 0;
	default:
		if (f->arity == RDB_REQUIRED) {
			rdb_error_set(err, RDB_ERR_USAGE, "Missing a required value for field '%s'", f->name);
			snprintf(err->prisma_code, sizeof(err->prisma_code), "P2012");
			return -1;
		}
		return 0;
	}
}

/*
 * Where the key of a relation sits, which decides how nested writes work:
 * in this row (to-one holding the foreign key), in a join table (m:n), or
 * in the other rows (the one side of 1:n: children; of 1:1: one child).
 */
enum rel_side { SIDE_HOLDER, SIDE_JOIN, SIDE_CHILDREN, SIDE_CHILD };

static enum rel_side side_of(const struct rdb_relation_desc *r)
{
	if (r->join_table)
		return SIDE_JOIN;
	if (r->holds_key)
		return SIDE_HOLDER;
	return r->kind == RDB_REL_TO_MANY ? SIDE_CHILDREN : SIDE_CHILD;
}

/* Values a nested create takes from its parent: the key fields of the relation. */
struct cl_override {
	const int *fields;
	const struct rdb_value *vals;
	size_t n;
};

static int insert_returning(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data,
			    const struct cl_override *ov, const void *include, struct rdb_result *res, void **row,
			    struct rdb_error *err);

/* The key of target row child (r's remote fields) as the values of this row's key fields. */
static void take_keys(struct cl_stmt *s, const struct rdb_relation_desc *r, const void *child, struct rdb_value *vals,
		      bool *has)
{
	for (size_t k = 0; k < r->nkeys; k++) {
		const struct rdb_field_desc *f = &r->target->fields[r->remote[k]];
		cl_read_member(s, f, child, f->off, f->count_off, &vals[r->local[k]]);
		has[r->local[k]] = true;
	}
}

/* A to-one create on the side holding the key: the one data struct, or NULL. */
static const void *holder_create(const struct rdb_relation_desc *r, const void *data)
{
	return side_of(r) == SIDE_HOLDER && r->create_off != RDB_NO_OFFSET ? cl_ptr_at(data, r->create_off) : NULL;
}

/*
 * Creates the rows that to-one creates on this side ask for (before this
 * row, which refers to them) and takes their keys into vals/has.
 */
static int holder_creates(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, struct rdb_value *vals,
			  bool *has, struct rdb_error *err)
{
	for (size_t i = 0; i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		const void *d = holder_create(r, data);
		void *child;
		if (!d)
			continue;
		if (r->connect_off != RDB_NO_OFFSET && cl_ptr_at(data, r->connect_off))
			return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: connect and create are both given", m->name, r->name);
		/* the child row lives in the statement's scratch, as long as the values borrowing from it */
		if (insert_returning(s->conn, r->target, d, NULL, NULL, s->scratch, &child, err) < 0)
			return -1;
		take_keys(s, r, child, vals, has);
	}
	return 0;
}

/* Whether data asks for set on r; items and n: the rows to be linked afterwards. */
static bool set_given(const struct rdb_relation_desc *r, const void *data, const char **items, size_t *n)
{
	bool on = false;
	*items = NULL;
	*n = 0;
	if (r->set_off == RDB_NO_OFFSET)
		return false;
	memcpy(&on, (const char *)data + r->set_off, sizeof(on));
	if (!on)
		return false;
	*items = cl_ptr_at(data, r->set_items_off);
	memcpy(n, (const char *)data + r->set_count_off, sizeof(*n));
	if (!*items)
		*n = 0;
	return true;
}

/* The connectOrCreate pairs data gives for r (*n of them), or NULL. */
static const struct rdb_connect_or_create *coc_items(const struct rdb_relation_desc *r, const void *data, size_t *n)
{
	const struct rdb_connect_or_create *items;
	*n = 0;
	if (r->connect_or_create_off == RDB_NO_OFFSET || !(items = cl_ptr_at(data, r->connect_or_create_off)))
		return NULL;
	*n = 1;
	if (r->connect_or_create_count_off != RDB_NO_OFFSET)
		memcpy(n, (const char *)data + r->connect_or_create_count_off, sizeof(*n));
	return *n ? items : NULL;
}

/*
 * Fills values of the key fields of to-one relations given by connect (or
 * connectOrCreate: the row found, else the one created). vals/has: per
 * field of m.
 */
static int connects(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, struct rdb_value *vals,
		    bool *has, struct rdb_error *err)
{
	if (holder_creates(s, m, data, vals, has, err) < 0)
		return -1;
	for (size_t i = 0; i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		const void *unique = NULL, *create = NULL;
		const struct rdb_connect_or_create *co;
		struct cl_stmt q;
		struct rdb_rows *rows;
		size_t nco;
		int rc = 0;
		if (side_of(r) != SIDE_HOLDER)
			continue;
		if (r->connect_off != RDB_NO_OFFSET)
			unique = cl_ptr_at(data, r->connect_off);
		if ((co = coc_items(r, data, &nco))) {
			if (unique || holder_create(r, data))
				return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: give one of connect, create and connect_or_create",
						     m->name, r->name);
			unique = co->where;
			create = co->create;
		}
		if (!unique)
			continue;
		cl_stmt_init(&q, s->conn);
		cl_add(&q, "SELECT ");
		cl_select_cols(&q, r->target, 0, r->remote, r->nkeys);
		cl_add(&q, " FROM ");
		cl_table(&q, r->target);
		cl_add(&q, " AS ");
		cl_alias(&q, 0);
		cl_add(&q, " WHERE ");
		if (cl_unique(&q, r->target, unique, 0, NULL, err) < 0 || cl_run(&q, s->scratch, &rows, err) < 0) {
			rc = -1;
		} else if (!rdb_rows_count(rows) && create) { /* connectOrCreate, not found */
			void *child;
			rc = insert_returning(s->conn, r->target, create, NULL, NULL, s->scratch, &child, err);
			if (rc == 0)
				take_keys(s, r, child, vals, has);
		} else if (!rdb_rows_count(rows)) {
			rc = cl_not_found(err, m->name, "No record was found for a nested connect.");
		} else {
			for (size_t k = 0; k < r->nkeys; k++) {
				rdb_rows_get(rows, 0, k, &vals[r->local[k]]);
				has[r->local[k]] = true;
			}
		}
		cl_stmt_release(&q);
		if (rc)
			return -1;
	}
	return 0;
}

/* The rows to unlink of an m:n or 1:n disconnect (an array of the target's uniques), or NULL. */
static const char *disconnect_items(const struct rdb_relation_desc *r, const void *data, size_t *n)
{
	const char *items;
	*n = 0;
	if (!(side_of(r) == SIDE_JOIN || side_of(r) == SIDE_CHILDREN) || r->disconnect_off == RDB_NO_OFFSET ||
	    !(items = cl_ptr_at(data, r->disconnect_off)))
		return NULL;
	memcpy(n, (const char *)data + r->disconnect_count_off, sizeof(*n));
	return items;
}

/* A to-one disconnect asked for in data (a set bool), on either side of relation r. */
static bool wants_disconnect(const struct rdb_relation_desc *r, const void *data)
{
	bool on = false;
	if (!(side_of(r) == SIDE_HOLDER || side_of(r) == SIDE_CHILD) || r->disconnect_off == RDB_NO_OFFSET)
		return false;
	memcpy(&on, (const char *)data + r->disconnect_off, sizeof(on));
	return on;
}

/*
 * Update: the key fields of to-one relations given by disconnect become
 * NULL. Create has nothing to disconnect (Prisma rejects it there too).
 */
static int disconnects(const struct rdb_model_desc *m, const void *data, bool update, struct rdb_value *vals,
		       bool *has, struct rdb_error *err)
{
	for (size_t i = 0; i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		size_t n;
		const char *items;
		if (!update && disconnect_items(r, data, &n))
			return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: disconnect is for updates; a new row has nothing to disconnect",
					     m->name, r->name);
		if (!update && set_given(r, data, &items, &n))
			return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: set is for updates; use connect in a create",
					     m->name, r->name);
		if (!wants_disconnect(r, data))
			continue;
		if (!update)
			return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: disconnect is for updates; a new row has nothing to disconnect",
					     m->name, r->name);
		if (r->connect_off != RDB_NO_OFFSET && cl_ptr_at(data, r->connect_off))
			return rdb_error_set(err, RDB_ERR_USAGE, "%s.%s: connect and disconnect are both given", m->name, r->name);
		if (side_of(r) != SIDE_HOLDER)
			continue; /* the child's key: after the row is written (nested_writes) */
		for (size_t k = 0; k < r->nkeys; k++) {
			const struct rdb_field_desc *f = &m->fields[r->local[k]];
			vals[r->local[k]] = rdb_null(f->enum_desc ? RDB_TEXT : f->type);
			has[r->local[k]] = true;
		}
	}
	return 0;
}

static void returning(struct cl_stmt *s, const struct rdb_model_desc *m, const int *cols, size_t ncols, bool alias)
{
	cl_add(s, " RETURNING ");
	for (size_t i = 0; i < ncols; i++) {
		if (i)
			cl_add(s, ", ");
		if (alias)
			cl_col(s, 0, &m->fields[cols[i]]);
		else
			cl_ident(s, m->fields[cols[i]].db_name);
	}
}

static size_t all_cols(struct cl_stmt *s, const struct rdb_model_desc *m, const void *include, int **cols)
{
	struct rdb_find_args a;
	memset(&a, 0, sizeof(a));
	a.include = include;
	return cl_select_list(s, m, &a, NULL, 0, cols);
}


/* Collects the create values of one data struct: has[i] says whether field i gets a value. */
static int create_values(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data,
			 const struct cl_override *ov, struct rdb_value *vals, bool *has, struct rdb_error *err)
{
	/* key fields a to-one connect fills in: not missing, even when required */
	bool *by_connect = rdb_result_alloc(s->scratch, m->nfields + 1);
	for (size_t i = 0; data && i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		size_t nco;
		if ((side_of(r) == SIDE_HOLDER && r->connect_off != RDB_NO_OFFSET && cl_ptr_at(data, r->connect_off)) ||
		    holder_create(r, data) || (side_of(r) == SIDE_HOLDER && coc_items(r, data, &nco)))
			for (size_t k = 0; k < r->nkeys; k++)
				by_connect[r->local[k]] = true;
	}
	for (size_t i = 0; i < m->nfields; i++) {
		bool from_parent = false;
		if (by_connect[i]) {
			has[i] = false;
			continue;
		}
		for (size_t k = 0; ov && k < ov->n; k++) {
			if (ov->fields[k] == (int)i) {
				vals[i] = ov->vals[k];
				from_parent = true;
			}
		}
		if (from_parent) {
			has[i] = true;
			continue;
		}
		int rc = create_value(s, &m->fields[i], data, &vals[i], err);
		if (rc < 0)
			return -1;
		has[i] = rc > 0;
	}
	if (disconnects(m, data, false, vals, has, err) < 0)
		return -1;
	return connects(s, m, data, vals, has, err);
}

/* INSERT INTO t (cols) VALUES (...) [ON CONFLICT ...] RETURNING; the row into *row. */
static int insert_one(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data,
		      const struct cl_override *ov, const struct rdb_unique_desc *conflict, const void *update,
		      struct rdb_error *err);
static int nested_writes(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data, const void *row,
			 struct rdb_error *err);

/* Whether data asks for nested creates or m:n connects (which run after the row is written). */
static bool has_nested(const struct rdb_model_desc *m, const void *data)
{
	for (size_t i = 0; data && i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		size_t n;
		if (r->create_off != RDB_NO_OFFSET && cl_ptr_at(data, r->create_off))
			return true;
		if (side_of(r) != SIDE_HOLDER && r->connect_off != RDB_NO_OFFSET && cl_ptr_at(data, r->connect_off))
			return true;
		const char *items;
		if (disconnect_items(r, data, &n) || (side_of(r) == SIDE_CHILD && wants_disconnect(r, data)) ||
		    coc_items(r, data, &n) || set_given(r, data, &items, &n))
			return true;
	}
	return false;
}

/* Nested writes run in a transaction of their own unless the caller has one open. */
static int nested_begin(struct rdb_conn *conn, bool nested, bool *began, struct rdb_error *err)
{
	*began = false;
	if (!nested || rdb_in_transaction(conn))
		return 0;
	if (rdb_begin(conn, RDB_ISOLATION_DEFAULT, err) < 0)
		return -1;
	*began = true;
	return 0;
}

static int nested_end(struct rdb_conn *conn, bool began, int rc, struct rdb_error *err)
{
	struct rdb_error ignored;
	if (!began)
		return rc;
	if (rc < 0) {
		rdb_rollback(conn, &ignored);
		return rc;
	}
	return rdb_commit(conn, err);
}

/* INSERT ... RETURNING every column, decoded into *row (in res), then its own nested writes. */
static int insert_returning(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data,
			    const struct cl_override *ov, const void *include, struct rdb_result *res, void **row,
			    struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int *cols;
	size_t ncols;
	int rc = -1;
	cl_stmt_init(&s, conn);
	if (insert_one(&s, m, data, ov, NULL, NULL, err) < 0)
		goto out;
	ncols = all_cols(&s, m, include, &cols);
	returning(&s, m, cols, ncols, false);
	if (cl_run(&s, res, &rows, err) < 0 || cl_decode(m, rows, 0, cols, ncols, res, row, err) < 0 ||
	    nested_writes(conn, m, data, *row, err) < 0)
		goto out;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

/* Deletes every join row of the row with key `key`. */
static int unlink_join_all(struct rdb_conn *conn, const struct rdb_relation_desc *r, struct rdb_value key,
			   struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc;
	cl_stmt_init(&s, conn);
	cl_add(&s, "DELETE FROM ");
	cl_join_table(&s, r);
	cl_add(&s, " WHERE ");
	cl_ident(&s, r->join_local);
	cl_add(&s, " = ");
	cl_param(&s, key);
	rc = cl_run(&s, s.scratch, &rows, err);
	cl_stmt_release(&s);
	return rc;
}

/* A join row linking key (this model's) and other (the target's); already linked is fine, as in Prisma. */
static int link_join(struct rdb_conn *conn, const struct rdb_relation_desc *r, struct rdb_value key,
		     struct rdb_value other, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc;
	cl_stmt_init(&s, conn);
	cl_add(&s, s.d == RDB_MYSQL ? "INSERT IGNORE INTO " : "INSERT INTO ");
	cl_join_table(&s, r);
	cl_add(&s, " (");
	cl_ident(&s, r->join_local);
	cl_add(&s, ", ");
	cl_ident(&s, r->join_remote);
	cl_add(&s, ") VALUES (");
	cl_param(&s, key);
	cl_add(&s, ", ");
	cl_param(&s, other);
	cl_add(&s, s.d == RDB_MYSQL ? ")" : ") ON CONFLICT DO NOTHING");
	rc = cl_run(&s, s.scratch, &rows, err);
	cl_stmt_release(&s);
	return rc;
}

/* Links the row with key `key` to the target row unique selects (P2025 when there is none). */
static int connect_join(struct rdb_conn *conn, const struct rdb_model_desc *m, const struct rdb_relation_desc *r,
			struct rdb_value key, const void *unique, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	struct rdb_value other;
	int rc = -1;
	cl_stmt_init(&s, conn);
	cl_add(&s, "SELECT ");
	cl_col(&s, 0, &r->target->fields[r->remote[0]]);
	cl_add(&s, " FROM ");
	cl_table(&s, r->target);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_unique(&s, r->target, unique, 0, NULL, err) < 0 || cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	if (!rdb_rows_get(rows, 0, 0, &other)) {
		cl_not_found(err, m->name, "No record was found for a nested connect.");
		goto out;
	}
	rc = link_join(conn, r, key, other, err);
out:
	cl_stmt_release(&s);
	return rc;
}

/* Unlinks the row with key `key` from the target row unique selects; not linked (or no such row) is fine. */
static int disconnect_join(struct rdb_conn *conn, const struct rdb_model_desc *m, const struct rdb_relation_desc *r,
			   struct rdb_value key, const void *unique, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc = -1;
	(void)m;
	cl_stmt_init(&s, conn);
	cl_add(&s, "DELETE FROM ");
	cl_join_table(&s, r);
	cl_add(&s, " WHERE ");
	cl_ident(&s, r->join_local);
	cl_add(&s, " = ");
	cl_param(&s, key);
	cl_add(&s, " AND ");
	cl_ident(&s, r->join_remote);
	cl_add(&s, " IN (SELECT ");
	cl_col(&s, 0, &r->target->fields[r->remote[0]]);
	cl_add(&s, " FROM ");
	cl_table(&s, r->target);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_unique(&s, r->target, unique, 0, NULL, err) < 0)
		goto out;
	cl_add(&s, ")");
	if (cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

/*
 * 1:n and 1:1 from the side without the key. connect: the child unique
 * selects now points at this row (moved from any other parent; P2025 when
 * there is no such child). disconnect: it (every child when unique is
 * NULL) stops pointing at this row (its keys become NULL); a child of
 * another parent, or none, is left alone, as with m:n.
 */
static int relink_child(struct rdb_conn *conn, const struct rdb_model_desc *m, const struct rdb_relation_desc *r,
			const struct rdb_value *keys, const void *unique, bool connect, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc = -1;
	cl_stmt_init(&s, conn);
	cl_add(&s, "UPDATE ");
	cl_table(&s, r->target);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " SET ");
	for (size_t k = 0; k < r->nkeys; k++) {
		const struct rdb_field_desc *f = &r->target->fields[r->remote[k]];
		if (k)
			cl_add(&s, ", ");
		cl_ident(&s, f->db_name);
		if (connect) {
			cl_add(&s, " = ");
			cl_param(&s, keys[k]);
		} else {
			cl_add(&s, " = NULL");
		}
	}
	cl_add(&s, " WHERE ");
	if (unique ? cl_unique(&s, r->target, unique, 0, NULL, err) < 0 : (cl_add(&s, "1=1"), false))
		goto out;
	for (size_t k = 0; !connect && k < r->nkeys; k++) {
		cl_add(&s, " AND ");
		cl_col(&s, 0, &r->target->fields[r->remote[k]]);
		cl_add(&s, " = ");
		cl_param(&s, keys[k]);
	}
	if (cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	if (connect && rdb_rows_affected(rows) == 0) {
		cl_not_found(err, m->name, "No record was found for a nested connect.");
		goto out;
	}
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

/*
 * One child of a nested create on the side without the key: it gets this
 * row's key; an m:n child is created, then linked.
 */
static int create_child(struct rdb_conn *conn, const struct rdb_relation_desc *r, const struct rdb_value *keys,
			const void *item, struct rdb_error *err)
{
	struct cl_override ov = {r->remote, keys, r->nkeys};
	struct rdb_result *tmp = rdb_result_new();
	void *child;
	int rc = insert_returning(conn, r->target, item, r->join_table ? NULL : &ov, NULL, tmp, &child, err);
	if (rc == 0 && r->join_table) {
		const struct rdb_field_desc *f = &r->target->fields[r->remote[0]];
		struct cl_stmt v;
		struct rdb_value other;
		cl_stmt_init(&v, conn);
		cl_read_member(&v, f, child, f->off, f->count_off, &other);
		rc = link_join(conn, r, keys[0], other, err);
		cl_stmt_release(&v);
	}
	rdb_result_free(tmp);
	return rc;
}

static int nested_writes(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data, const void *row,
			 struct rdb_error *err)
{
	for (size_t i = 0; data && i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		struct rdb_value keys[16];
		size_t n = 1;
		const char *items;
		if (r->nkeys > 16)
			continue;
		for (size_t k = 0; k < r->nkeys; k++) {
			const struct rdb_field_desc *f = &m->fields[r->local[k]];
			struct cl_stmt tmp;
			cl_stmt_init(&tmp, conn);
			cl_read_member(&tmp, f, row, f->off, f->count_off, &keys[k]);
			cl_stmt_release(&tmp); /* key values borrow from row, not from tmp */
		}
		const char *set_items;
		size_t nset;
		if (set_given(r, data, &set_items, &nset)) {
			/* every link goes, then exactly these rows are linked (P2025 when one is missing) */
			if ((side_of(r) == SIDE_JOIN ? unlink_join_all(conn, r, keys[0], err)
						     : relink_child(conn, m, r, keys, NULL, false, err)) < 0)
				return -1;
			for (size_t c = 0; c < nset; c++) {
				const void *u = set_items + c * r->target->unique_size;
				if ((side_of(r) == SIDE_JOIN ? connect_join(conn, m, r, keys[0], u, err)
							     : relink_child(conn, m, r, keys, u, true, err)) < 0)
					return -1;
			}
		}
		if (!r->holds_key && r->create_off != RDB_NO_OFFSET && (items = cl_ptr_at(data, r->create_off))) {
			int rc = 0;
			if (r->create_count_off != RDB_NO_OFFSET)
				memcpy(&n, (const char *)data + r->create_count_off, sizeof(n));
			for (size_t c = 0; c < n && rc == 0; c++)
				rc = create_child(conn, r, keys, items + c * r->target->data_size, err);
			if (rc < 0)
				return -1;
		}
		if (!r->holds_key) {
			const struct rdb_connect_or_create *co = coc_items(r, data, &n);
			for (size_t c = 0; co && c < n; c++) {
				int rc;
				if (side_of(r) == SIDE_CHILD && r->target->fields[r->remote[0]].arity == RDB_OPTIONAL &&
				    relink_child(conn, m, r, keys, NULL, false, err) < 0)
					return -1;
				rc = side_of(r) == SIDE_JOIN ? connect_join(conn, m, r, keys[0], co[c].where, err)
							     : relink_child(conn, m, r, keys, co[c].where, true, err);
				if (rc < 0 && co[c].create && !strcmp(err->prisma_code, "P2025")) /* not there: create it */
					rc = create_child(conn, r, keys, co[c].create, err);
				if (rc < 0)
					return -1;
			}
		}
		if (side_of(r) == SIDE_CHILD) {
			const void *u = r->connect_off != RDB_NO_OFFSET ? cl_ptr_at(data, r->connect_off) : NULL;
			/* 1:1: the current child lets go first (when its key may be NULL), then the new one points here */
			if ((u || wants_disconnect(r, data)) && r->target->fields[r->remote[0]].arity == RDB_OPTIONAL &&
			    relink_child(conn, m, r, keys, NULL, false, err) < 0)
				return -1;
			if (u && relink_child(conn, m, r, keys, u, true, err) < 0)
				return -1;
		}
		if ((side_of(r) == SIDE_JOIN || side_of(r) == SIDE_CHILDREN) && r->connect_off != RDB_NO_OFFSET &&
		    (items = cl_ptr_at(data, r->connect_off))) {
			memcpy(&n, (const char *)data + r->connect_count_off, sizeof(n));
			for (size_t c = 0; c < n; c++) {
				const void *u = items + c * r->target->unique_size;
				if ((r->join_table ? connect_join(conn, m, r, keys[0], u, err)
						   : relink_child(conn, m, r, keys, u, true, err)) < 0)
					return -1;
			}
		}
		if ((items = disconnect_items(r, data, &n))) {
			for (size_t c = 0; c < n; c++) {
				const void *u = items + c * r->target->unique_size;
				if ((r->join_table ? disconnect_join(conn, m, r, keys[0], u, err)
						   : relink_child(conn, m, r, keys, u, false, err)) < 0)
					return -1;
			}
		}
	}
	return 0;
}

int rdb_client_create(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data,
		      const void *include, struct rdb_result *res, void **row, struct rdb_error *err)
{
	bool began;
	int rc;
	*row = NULL;
	if (nested_begin(conn, has_nested(m, data), &began, err) < 0)
		return -1;
	rc = insert_returning(conn, m, data, NULL, include, res, row, err);
	rc = nested_end(conn, began, rc, err);
	/* included relations are read after the nested writes, so they show them */
	if (rc == 0 && cl_load_includes(conn, m, *row, 1, include, res, err) < 0)
		rc = -1;
	if (rc < 0)
		*row = NULL;
	return rc;
}

static int set_list(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, bool excluded_fallback,
		    const struct rdb_unique_desc *conflict, struct rdb_error *err);

static int insert_one(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data,
		      const struct cl_override *ov, const struct rdb_unique_desc *conflict, const void *update,
		      struct rdb_error *err)
{
	struct rdb_value *vals = rdb_result_alloc(s->scratch, (m->nfields + 1) * sizeof(*vals));
	bool *has = rdb_result_alloc(s->scratch, m->nfields + 1);
	size_t n = 0;
	if (!data)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: create needs data", m->name);
	if (create_values(s, m, data, ov, vals, has, err) < 0)
		return -1;
	cl_add(s, "INSERT INTO ");
	cl_table(s, m);
	for (size_t i = 0; i < m->nfields; i++) {
		if (!has[i])
			continue;
		cl_add(s, n++ ? ", " : " (");
		cl_ident(s, m->fields[i].db_name);
	}
	if (!n) {
		cl_add(s, s->d == RDB_MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
	} else {
		cl_add(s, ") VALUES (");
		n = 0;
		for (size_t i = 0; i < m->nfields; i++) {
			if (!has[i])
				continue;
			if (n++)
				cl_add(s, ", ");
			cl_param(s, vals[i]);
		}
		cl_add(s, ")");
	}
	if (conflict) {
		cl_add(s, " ON CONFLICT (");
		for (size_t k = 0; k < conflict->nfields; k++) {
			if (k)
				cl_add(s, ", ");
			cl_ident(s, m->fields[conflict->fields[k]].db_name);
		}
		cl_add(s, ") DO UPDATE SET ");
		if (set_list(s, m, update, true, conflict, err) < 0)
			return -1;
	}
	return 0;
}

/* "col" = $n, ... for the fields data sets (plus @updatedAt); returns how many. */
static int set_list(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, bool excluded_fallback,
		    const struct rdb_unique_desc *conflict, struct rdb_error *err)
{
	struct rdb_value *vals = rdb_result_alloc(s->scratch, (m->nfields + 1) * sizeof(*vals));
	bool *has = rdb_result_alloc(s->scratch, m->nfields + 1);
	int n = 0;
	for (size_t i = 0; i < m->nfields; i++) {
		const struct rdb_field_desc *f = &m->fields[i];
		if (data && is_set(f, data)) {
			cl_read_member(s, f, data, f->data_off, f->data_count_off, &vals[i]);
			has[i] = true;
		} else if (f->updated_at) {
			vals[i] = rdb_timestamp(rdb_wall_now_us());
			has[i] = true;
		}
	}
	if (data && (disconnects(m, data, true, vals, has, err) < 0 || connects(s, m, data, vals, has, err) < 0))
		return -1;
	for (size_t i = 0; i < m->nfields; i++) {
		const struct rdb_field_desc *f = &m->fields[i];
		enum rdb_number_op op = RDB_OP_SET;
		static const char *const ops[] = {"", " + ", " - ", " * ", " / "};
		if (!has[i])
			continue;
		if (n++)
			cl_add(s, ", ");
		cl_ident(s, f->db_name);
		cl_add(s, " = ");
		if (data && f->op_off != RDB_NO_OFFSET && is_set(f, data))
			memcpy(&op, (const char *)data + f->op_off, sizeof(op));
		if (op > RDB_OP_SET && op <= RDB_OP_DIVIDE) {
			/* the current value: the alias in UPDATE, the table in ON CONFLICT DO UPDATE */
			if (excluded_fallback) {
				cl_table(s, m);
				cl_add(s, ".");
				cl_ident(s, f->db_name);
			} else {
				cl_col(s, 0, f);
			}
			cl_add(s, ops[op]);
		}
		cl_param(s, vals[i]);
	}
	if (!n && excluded_fallback && conflict) {
		/* nothing to change: a no-op assignment so that RETURNING yields the row */
		const char *c = m->fields[conflict->fields[0]].db_name;
		cl_ident(s, c);
		cl_add(s, " = EXCLUDED.");
		cl_ident(s, c);
		n = 1;
	}
	return n;
}

int cl_insert(struct cl_stmt *s, const struct rdb_model_desc *m, const void *data, struct rdb_error *err)
{
	return insert_one(s, m, data, NULL, NULL, NULL, err);
}

int rdb_client_create_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data, size_t n,
			   bool skip_duplicates, uint64_t *count, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	struct rdb_value *vals;
	bool *has, *any;
	size_t ncols = 0;
	int rc = -1;
	*count = 0;
	if (!n)
		return 0;
	cl_stmt_init(&s, conn);
	vals = rdb_result_alloc(s.scratch, n * m->nfields * sizeof(*vals) + 1);
	has = rdb_result_alloc(s.scratch, n * m->nfields + 1);
	any = rdb_result_alloc(s.scratch, m->nfields + 1);
	for (size_t r = 0; r < n; r++) {
		if (create_values(&s, m, (const char *)data + r * m->data_size, NULL, vals + r * m->nfields,
				  has + r * m->nfields, err) < 0)
			goto out;
		for (size_t i = 0; i < m->nfields; i++)
			any[i] |= has[r * m->nfields + i];
	}
	cl_add(&s, s.d == RDB_MYSQL && skip_duplicates ? "INSERT IGNORE INTO " : "INSERT INTO ");
	cl_table(&s, m);
	for (size_t i = 0; i < m->nfields; i++) {
		if (!any[i])
			continue;
		cl_add(&s, ncols++ ? ", " : " (");
		cl_ident(&s, m->fields[i].db_name);
	}
	if (!ncols) {
		rdb_error_set(err, RDB_ERR_USAGE, "%s: create_many needs at least one column", m->name);
		goto out;
	}
	cl_add(&s, ") VALUES ");
	for (size_t r = 0; r < n; r++) {
		size_t k = 0;
		cl_add(&s, r ? ", (" : "(");
		for (size_t i = 0; i < m->nfields; i++) {
			if (!any[i])
				continue;
			if (k++)
				cl_add(&s, ", ");
			if (has[r * m->nfields + i])
				cl_param(&s, vals[r * m->nfields + i]);
			else
				cl_add(&s, "DEFAULT");
		}
		cl_add(&s, ")");
	}
	if (skip_duplicates && s.d == RDB_POSTGRESQL)
		cl_add(&s, " ON CONFLICT DO NOTHING");
	if (cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	*count = rdb_rows_affected(rows);
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

/* by_unique: the row unique selects (never every row when it is NULL), else the rows where selects. */
static int update_stmt(struct cl_stmt *s, const struct rdb_model_desc *m, bool by_unique, const void *unique,
		       const void *where, const void *data, struct rdb_error *err)
{
	int n;
	if (by_unique && !unique)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: a unique selector is required", m->name);
	cl_add(s, "UPDATE ");
	cl_table(s, m);
	cl_add(s, " AS ");
	cl_alias(s, 0);
	cl_add(s, " SET ");
	n = set_list(s, m, data, false, NULL, err);
	if (n < 0)
		return -1;
	if (!n)
		return 0;
	cl_add(s, " WHERE ");
	if (by_unique ? cl_unique(s, m, unique, 0, NULL, err) : cl_where(s, m, where, 0, err))
		return -1;
	return n;
}

int cl_update(struct cl_stmt *s, const struct rdb_model_desc *m, const void *unique, const void *data,
	      struct rdb_error *err)
{
	int n = update_stmt(s, m, true, unique, NULL, data, err);
	if (n == 0)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: the update changes nothing", m->name);
	return n < 0 ? -1 : 0;
}

/* UPDATE ... RETURNING (or, with nothing to change, the row as it is) into *row. */
static int update_returning(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
			    const void *data, const void *include, struct rdb_result *res, void **row,
			    struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int *cols;
	size_t ncols;
	int rc = -1, n;
	cl_stmt_init(&s, conn);
	n = update_stmt(&s, m, true, unique, NULL, data, err);
	if (n < 0)
		goto out;
	if (n == 0) {
		if (rdb_client_find_unique(conn, m, unique, NULL, res, row, err) < 0)
			goto out;
		if (!*row) {
			cl_not_found(err, m->name, "Record to update not found.");
			goto out;
		}
		rc = 0;
		goto out;
	}
	ncols = all_cols(&s, m, include, &cols);
	returning(&s, m, cols, ncols, true);
	if (cl_run(&s, res, &rows, err) < 0)
		goto out;
	if (!rdb_rows_count(rows)) {
		cl_not_found(err, m->name, "Record to update not found.");
		goto out;
	}
	if (cl_decode(m, rows, 0, cols, ncols, res, row, err) < 0)
		goto out;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_update(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      const void *data, const void *include, struct rdb_result *res, void **row,
		      struct rdb_error *err)
{
	bool began;
	int rc;
	*row = NULL;
	if (nested_begin(conn, has_nested(m, data), &began, err) < 0)
		return -1;
	rc = update_returning(conn, m, unique, data, include, res, row, err);
	if (rc == 0)
		rc = nested_writes(conn, m, data, *row, err);
	rc = nested_end(conn, began, rc, err);
	if (rc == 0 && cl_load_includes(conn, m, *row, 1, include, res, err) < 0)
		rc = -1;
	if (rc < 0)
		*row = NULL;
	return rc;
}

int rdb_client_update_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			   const void *data, uint64_t *count, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc = -1, n;
	*count = 0;
	cl_stmt_init(&s, conn);
	n = update_stmt(&s, m, false, NULL, where, data, err);
	if (n < 0)
		goto out;
	if (n == 0) {
		rc = rdb_client_count(conn, m, where, count, err);
		goto out;
	}
	if (cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	*count = rdb_rows_affected(rows);
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_upsert(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      const void *create_data, const void *update_data, const void *include,
		      struct rdb_result *res, void **row, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	const struct rdb_unique_desc *which;
	int *cols;
	size_t ncols;
	int rc = -1;
	*row = NULL;
	if (rdb_conn_dialect(conn) != RDB_POSTGRESQL) {
		/* no INSERT ... ON CONFLICT: update, else create (as Prisma does without a native upsert) */
		if (rdb_client_update(conn, m, unique, update_data, include, res, row, err) == 0)
			return 0;
		if (strcmp(err->prisma_code, "P2025"))
			return -1;
		return rdb_client_create(conn, m, create_data, include, res, row, err);
	}
	cl_stmt_init(&s, conn);
	/* which unique the selector names: the conflict target */
	if (cl_unique(&s, m, unique, 0, &which, err) < 0)
		goto out;
	cl_stmt_reset(&s);
	if (insert_one(&s, m, create_data, NULL, which, update_data, err) < 0)
		goto out;
	ncols = all_cols(&s, m, include, &cols);
	returning(&s, m, cols, ncols, false);
	if (cl_run(&s, res, &rows, err) < 0 || cl_decode(m, rows, 0, cols, ncols, res, row, err) < 0 ||
	    cl_load_includes(conn, m, *row, 1, include, res, err) < 0)
		goto out;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_delete(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      struct rdb_result *res, void **row, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int *cols;
	size_t ncols;
	void *tmp;
	int rc = -1;
	if (row)
		*row = NULL;
	cl_stmt_init(&s, conn);
	cl_add(&s, "DELETE FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_unique(&s, m, unique, 0, NULL, err) < 0)
		goto out;
	ncols = all_cols(&s, m, NULL, &cols);
	returning(&s, m, cols, ncols, true);
	if (cl_run(&s, res ? res : s.scratch, &rows, err) < 0)
		goto out;
	if (!rdb_rows_count(rows)) {
		cl_not_found(err, m->name, "Record to delete does not exist.");
		goto out;
	}
	if (row && res && cl_decode(m, rows, 0, cols, ncols, res, &tmp, err) == 0)
		*row = tmp;
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_delete_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			   uint64_t *count, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc = -1;
	*count = 0;
	cl_stmt_init(&s, conn);
	cl_add(&s, "DELETE FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_where(&s, m, where, 0, err) < 0 || cl_run(&s, s.scratch, &rows, err) < 0)
		goto out;
	*count = rdb_rows_affected(rows);
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

static int aggregate(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where, const char *fn,
		     int field, struct rdb_result *res, struct rdb_value *out, struct rdb_error *err)
{
	struct cl_stmt s;
	struct rdb_rows *rows;
	int rc = -1;
	cl_stmt_init(&s, conn);
	cl_add(&s, "SELECT ");
	cl_add(&s, fn);
	cl_add(&s, "(");
	if (field >= 0 && (size_t)field < m->nfields)
		cl_col(&s, 0, &m->fields[field]);
	else
		cl_add(&s, "*");
	cl_add(&s, ") FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	if (cl_where(&s, m, where, 0, err) < 0 || cl_run(&s, res ? res : s.scratch, &rows, err) < 0)
		goto out;
	if (!rdb_rows_get(rows, 0, 0, out)) {
		rdb_error_set(err, RDB_ERR_INTERNAL, "%s: the aggregate returned no row", m->name);
		goto out;
	}
	rc = 0;
out:
	cl_stmt_release(&s);
	return rc;
}

int rdb_client_count(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where, uint64_t *count,
		     struct rdb_error *err)
{
	struct rdb_result *res = rdb_result_new();
	struct rdb_value v;
	int rc = aggregate(conn, m, where, "COUNT", -1, res, &v, err);
	*count = rc == 0 ? (uint64_t)(v.type == RDB_INT32 ? v.v.i32 : v.v.i64) : 0;
	rdb_result_free(res);
	return rc;
}

int rdb_client_aggregate(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			 enum rdb_aggregate op, int field, struct rdb_result *res, struct rdb_value *out,
			 struct rdb_error *err)
{
	static const char *const fns[] = {"COUNT", "MIN", "MAX", "SUM", "AVG"};
	if ((unsigned)op > RDB_AGG_AVG)
		return rdb_error_set(err, RDB_ERR_USAGE, "unknown aggregate %d", (int)op);
	if (op != RDB_AGG_COUNT && (field < 0 || (size_t)field >= m->nfields))
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: %s needs a field", m->name, fns[op]);
	if (aggregate(conn, m, where, fns[op], field, res, out, err) < 0)
		return -1;
	if (op == RDB_AGG_COUNT && out->type == RDB_INT32) {
		int64_t c = out->v.i32;
		*out = rdb_int64(c);
	}
	return 0;
}
