/*
 * client_batch.c: generated writes queued into an rdb_batch (one round
 * trip for many statements, atomic on request) and the rows of each
 * decoded back into model structs. The statements are the ones
 * create/update/delete send on their own, each returning every column.
 */
#include "client_internal.h"
#include "util/util.h"

static void returning_all(struct cl_stmt *s, const struct rdb_model_desc *m, bool alias)
{
	cl_add(s, " RETURNING ");
	for (size_t i = 0; i < m->nfields; i++) {
		if (i)
			cl_add(s, ", ");
		if (alias)
			cl_col(s, 0, &m->fields[i]);
		else
			cl_ident(s, m->fields[i].db_name);
	}
}

static int queue(struct cl_stmt *s, struct rdb_batch *b, int rc, struct rdb_error *err)
{
	/* rdb_batch_add copies the parameters, so the scratch may go now */
	if (rc == 0)
		rc = rdb_batch_add(b, s->sql.buf, s->params, s->nparams, err);
	cl_stmt_release(s);
	return rc;
}

static int no_nested(const struct rdb_model_desc *m, const void *data, struct rdb_error *err)
{
	for (size_t i = 0; data && i < m->nrelations; i++) {
		const struct rdb_relation_desc *r = &m->relations[i];
		if ((r->create_off != RDB_NO_OFFSET && cl_ptr_at(data, r->create_off)) ||
		    (r->join_table && r->connect_off != RDB_NO_OFFSET && cl_ptr_at(data, r->connect_off)))
			return rdb_error_set(err, RDB_ERR_USAGE, "%s: nested writes cannot be queued in a batch", m->name);
	}
	return 0;
}

int rdb_client_queue_create(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *data, struct rdb_error *err)
{
	struct cl_stmt s;
	int rc;
	if (no_nested(m, data, err) < 0)
		return -1;
	cl_stmt_init(&s, conn);
	rc = cl_insert(&s, m, data, err);
	if (rc == 0)
		returning_all(&s, m, false);
	return queue(&s, b, rc, err);
}

int rdb_client_queue_update(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *unique, const void *data, struct rdb_error *err)
{
	struct cl_stmt s;
	int rc;
	if (no_nested(m, data, err) < 0)
		return -1;
	cl_stmt_init(&s, conn);
	rc = cl_update(&s, m, unique, data, err);
	if (rc == 0)
		returning_all(&s, m, true);
	return queue(&s, b, rc, err);
}

int rdb_client_queue_delete(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *unique, struct rdb_error *err)
{
	struct cl_stmt s;
	int rc;
	cl_stmt_init(&s, conn);
	cl_add(&s, "DELETE FROM ");
	cl_table(&s, m);
	cl_add(&s, " AS ");
	cl_alias(&s, 0);
	cl_add(&s, " WHERE ");
	rc = cl_unique(&s, m, unique, 0, NULL, err);
	if (rc == 0)
		returning_all(&s, m, true);
	return queue(&s, b, rc, err);
}

int rdb_client_rows(const struct rdb_model_desc *m, const struct rdb_rows *rows, struct rdb_result *res, void **out,
		    size_t *count, struct rdb_error *err)
{
	int *cols;
	*out = NULL;
	*count = 0;
	if (!rows)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: no rows (did that statement run?)", m->name);
	cols = rdb_result_alloc(res, (m->nfields + 1) * sizeof(int));
	for (size_t i = 0; i < m->nfields; i++)
		cols[i] = (int)i;
	if (rdb_rows_columns(rows) != m->nfields)
		return rdb_error_set(err, RDB_ERR_USAGE, "%s: the rows have %zu columns, the model %zu", m->name,
				     rdb_rows_columns(rows), m->nfields);
	if (cl_decode(m, rows, 0, cols, m->nfields, res, out, err) < 0)
		return -1;
	*count = rdb_rows_count(rows);
	return 0;
}
