/*
 * cg_sql.c: typed SQL in the generated client. Each .sql file becomes
 *   struct <p>_sql_<name>_row      one member per result column
 *   int <p>_sql_<name>(conn, <typed parameters>, res, &rows, &count, err)
 * (or ..., &affected, err when the statement returns no columns), with a
 * static struct rdb_sql_desc that rdb_client_sql() runs.
 */
#include "cg_internal.h"
#include "util/util.h"

static void signature(struct cg *g, struct strbuf *o, const struct codegen_sql *q, const char *Q)
{
	strbuf_addf(o, "int %s(struct rdb_conn *conn", Q);
	for (size_t i = 0; i < q->nparams; i++)
		cg_decl(g, o, &q->params[i], q->nparams > 3 ? ",\n\t" : ", ", "");
	if (q->ncols)
		strbuf_addf(o, ",\n\tstruct rdb_result *res, struct %s_row **rows, size_t *count, struct rdb_error *err)", Q);
	else
		strbuf_addstr(o, ",\n\tuint64_t *affected, struct rdb_error *err)");
}

void cg_emit_sql_header(struct cg *g, struct strbuf *o, const struct codegen_sql *q)
{
	const char *Q = arena_printf(&g->arena, "%s_sql_%s", g->p, q->name);
	struct strbuf doc = STRBUF_INIT;
	strbuf_addf(o, "/* ---- typed SQL: sql/%s.sql ---- */\n\n", q->name);
	if (q->ncols) {
		strbuf_addf(o, "struct %s_row {\n", Q);
		for (size_t i = 0; i < q->ncols; i++) {
			const struct rs_field *c = &q->cols[i];
			if (c->doc || c->arity == RS_OPTIONAL)
				strbuf_addf(o, "\t/* %s%s%s */\n", c->doc ? c->doc : "",
					    c->doc && c->arity == RS_OPTIONAL ? "; " : "",
					    c->arity == RS_OPTIONAL ? "NULL when null" : "");
			cg_member(g, o, c, "\t");
		}
		strbuf_addstr(o, "};\n\n");
	}
	if (q->nparams) {
		strbuf_addf(o, "/* The arguments of %s, as the engine reads them. */\nstruct %s_params {\n", Q, Q);
		for (size_t i = 0; i < q->nparams; i++)
			cg_member(g, o, &q->params[i], "\t");
		strbuf_addstr(o, "};\n\n");
	}
	if (q->doc)
		strbuf_addf(&doc, "%s\n\n", q->doc);
	strbuf_addf(&doc, "Runs sql/%s.sql: ", q->name);
	if (q->ncols)
		strbuf_addstr(&doc, "*rows receives *count rows, freed with res.");
	else
		strbuf_addstr(&doc, "*affected (may be NULL) receives the number of rows changed.");
	for (size_t i = 0; i < q->nparams; i++) {
		const struct rs_field *p = &q->params[i];
		strbuf_addf(&doc, "\n  %s: $%zu%s%s%s", cg_ident(g, p->name), i + 1,
			    p->arity == RS_OPTIONAL ? ", NULL for SQL NULL" : p->arity == RS_LIST ? ", an array" : "",
			    p->doc ? "; " : "", p->doc ? p->doc : "");
	}
	cg_doc(o, doc.buf, "");
	strbuf_release(&doc);
	signature(g, o, q, Q);
	strbuf_addstr(o, ";\n\n");
}

/* One rdb_field_desc per param or column, read from/written to struct S. */
static void field_descs(struct cg *g, struct strbuf *o, const char *array, const char *S, const struct rs_field *fs,
			size_t n)
{
	strbuf_addf(o, "static const struct rdb_field_desc %s[] = {\n", array);
	for (size_t i = 0; i < n; i++) {
		const struct rs_field *f = &fs[i];
		const char *name = cg_ident(g, f->name);
		strbuf_addstr(o, "\t{");
		cg_c_string(o, f->name);
		strbuf_addstr(o, ", ");
		cg_c_string(o, f->db_name);
		strbuf_addf(o, ", %s, %s, RDB_DEFAULT_NONE, 0, false, false, ", cg_rdb_type(f),
			    f->arity == RS_LIST ? "RDB_LIST" : f->arity == RS_OPTIONAL ? "RDB_OPTIONAL" : "RDB_REQUIRED");
		if (f->type == RS_ENUM)
			strbuf_addf(o, "&%s_%s_enum,\n\t ", g->p, g->rs->enums[f->enum_index].name);
		else
			strbuf_addstr(o, "NULL,\n\t ");
		strbuf_addf(o, "offsetof(struct %s, %s), ", S, name);
		if (f->arity == RS_LIST)
			strbuf_addf(o, "offsetof(struct %s, %s_count), ", S, name);
		else
			strbuf_addstr(o, "RDB_NO_OFFSET, ");
		strbuf_addstr(o, "RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},\n");
	}
	strbuf_addstr(o, "};\n");
}

void cg_emit_sql_source(struct cg *g, struct strbuf *o, const struct codegen_sql *q)
{
	const char *Q = arena_printf(&g->arena, "%s_sql_%s", g->p, q->name);
	const char *label = arena_printf(&g->arena, "sql/%s", q->name);
	strbuf_addf(o, "/* ---- typed SQL: sql/%s.sql ---- */\n\n", q->name);
	if (q->nparams)
		field_descs(g, o, arena_printf(&g->arena, "%s_pdesc", Q), arena_printf(&g->arena, "%s_params", Q),
			    q->params, q->nparams);
	if (q->ncols) {
		field_descs(g, o, arena_printf(&g->arena, "%s_cdesc", Q), arena_printf(&g->arena, "%s_row", Q), q->cols,
			    q->ncols);
		strbuf_addf(o, "static const struct rdb_model_desc %s_row_desc = {\n\t", Q);
		cg_c_string(o, label);
		strbuf_addf(o, ", NULL, NULL, sizeof(struct %s_row),\n\t%s_cdesc, %zu, NULL, 0, NULL, 0, NULL, 0, 0, 0, 0};\n",
			    Q, Q, q->ncols);
	}
	strbuf_addf(o, "static const struct rdb_sql_desc %s_desc = {\n\t", Q);
	cg_c_string(o, label);
	strbuf_addstr(o, ",\n\t");
	cg_c_string(o, q->sql);
	if (q->nparams)
		strbuf_addf(o, ",\n\t%s_pdesc, %zu, ", Q, q->nparams);
	else
		strbuf_addstr(o, ",\n\tNULL, 0, ");
	if (q->ncols)
		strbuf_addf(o, "&%s_row_desc};\n\n", Q);
	else
		strbuf_addstr(o, "NULL};\n\n");

	signature(g, o, q, Q);
	strbuf_addstr(o, "\n{\n");
	if (q->nparams) {
		strbuf_addf(o, "\tconst struct %s_params a = {", Q);
		for (size_t i = 0; i < q->nparams; i++) {
			const char *n = cg_ident(g, q->params[i].name);
			strbuf_addf(o, "%s.%s = %s", i ? ", " : "", n, n);
			if (q->params[i].arity == RS_LIST)
				strbuf_addf(o, ", .%s_count = %s_count", n, n);
		}
		strbuf_addstr(o, "};\n");
	}
	if (q->ncols)
		strbuf_addf(o, "\tvoid *p = NULL;\n"
			       "\tint rc = rdb_client_sql(conn, &%s_desc, %s, res, &p, count, NULL, err);\n"
			       "\tif (rows)\n\t\t*rows = p;\n\treturn rc;\n}\n\n",
			    Q, q->nparams ? "&a" : "NULL");
	else
		strbuf_addf(o, "\treturn rdb_client_sql(conn, &%s_desc, %s, NULL, NULL, NULL, affected, err);\n}\n\n", Q,
			    q->nparams ? "&a" : "NULL");
}
