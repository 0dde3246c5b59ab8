/*
 * cg_source.c: client.c: the static description of every model (columns,
 * types, defaults, uniques, relations and where each value sits in the
 * generated structs, by offsetof) that the librdb query engine reads, and
 * the typed functions, each a call into rdb_client_*.
 */
#include "cg_internal.h"
#include "util/util.h"

static const char *dflt_kind(const struct rs_field *f)
{
	switch (f->dflt.kind) {
	case RS_DEFAULT_AUTOINCREMENT: case RS_DEFAULT_SEQUENCE: case RS_DEFAULT_LITERAL:
	case RS_DEFAULT_DBGENERATED: case RS_DEFAULT_AUTO:
		return "RDB_DEFAULT_DB";
	case RS_DEFAULT_NOW: return "RDB_DEFAULT_NOW";
	case RS_DEFAULT_UUID: return f->dflt.version == 7 ? "RDB_DEFAULT_UUID7" : "RDB_DEFAULT_UUID4";
	case RS_DEFAULT_CUID: return f->dflt.version == 2 ? "RDB_DEFAULT_CUID2" : "RDB_DEFAULT_CUID";
	case RS_DEFAULT_NANOID: return "RDB_DEFAULT_NANOID";
	case RS_DEFAULT_ULID: return "RDB_DEFAULT_ULID";
	default: return "RDB_DEFAULT_NONE";
	}
}

static void emit_enum(struct cg *g, struct strbuf *o, const struct rs_enum *e)
{
	const char *p = g->p;
	strbuf_addf(o, "static const char *const %s_%s_db[] = {", p, e->name);
	for (size_t v = 0; v < e->nvalues; v++) {
		strbuf_addstr(o, v ? ", " : "");
		cg_c_string(o, e->values[v].db_name);
	}
	strbuf_addf(o, "};\nstatic const struct rdb_enum_desc %s_%s_enum = {", p, e->name);
	cg_c_string(o, e->name);
	strbuf_addf(o, ", %s_%s_db, %zu};\n\n", p, e->name, e->nvalues);
	strbuf_addf(o, "const char *%s_%s_to_db(enum %s_%s v)\n{\n"
		       "\treturn (unsigned)v < %zu ? %s_%s_db[v] : NULL;\n}\n\n",
		    p, e->name, p, e->name, e->nvalues, p, e->name);
	strbuf_addf(o, "bool %s_%s_from_db(const char *s, enum %s_%s *out)\n{\n"
		       "\tfor (size_t i = 0; s && i < %zu; i++) {\n"
		       "\t\tif (!strcmp(s, %s_%s_db[i])) {\n\t\t\t*out = (enum %s_%s)i;\n\t\t\treturn true;\n\t\t}\n\t}\n"
		       "\treturn false;\n}\n\n",
		    p, e->name, p, e->name, e->nvalues, p, e->name, p, e->name);
}

static void int_list(struct strbuf *o, const char *name, const int *v, size_t n)
{
	strbuf_addf(o, "static const int %s[] = {", name);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(o, "%s%d", i ? ", " : "", v[i]);
	strbuf_addstr(o, "};\n");
}

/* The relation of field f as seen from model mi: keys (scalar ids) on each side. */
static void relation_keys(struct cg *g, size_t mi, size_t fi, int *local, int *remote, size_t *nkeys, bool *holds_fk)
{
	const struct rs_model *m = &g->rs->models[mi];
	const struct rs_field *f = &m->fields[fi];
	const struct rs_relation *r = &g->rs->relations[f->relation];
	const struct rs_model *t = &g->rs->models[f->related_model];
	*holds_fk = false;
	*nkeys = 0;
	if (r->kind == RS_MANY_TO_MANY) {
		if (m->pk.nfields == 1 && t->pk.nfields == 1) {
			local[0] = g->fid[mi][m->pk.fields[0].field];
			remote[0] = g->fid[f->related_model][t->pk.fields[0].field];
			*nkeys = 1;
		}
		return;
	}
	*holds_fk = r->model_a == (int)mi && r->field_a == (int)fi;
	for (size_t k = 0; k < r->nfields && k < 16; k++) {
		int a = r->fields[k], b = r->references[k];
		if (*holds_fk) {
			local[k] = g->fid[mi][a];
			remote[k] = g->fid[f->related_model][b];
		} else {
			local[k] = g->fid[mi][b];
			remote[k] = g->fid[f->related_model][a];
		}
	}
	*nkeys = r->nfields < 16 ? r->nfields : 16;
}

static void emit_model(struct cg *g, struct strbuf *o, size_t mi)
{
	const struct rs_model *m = &g->rs->models[mi];
	const char *M = arena_printf(&g->arena, "%s_%s", g->p, m->name);
	const struct rs_index *uq[64];
	size_t nuq = cg_uniques(g, m, uq, ARRAY_SIZE(uq)), nrel = 0;
	int pk[64];
	size_t npk = 0;

	strbuf_addf(o, "/* ---- %s ---- */\n\n", m->name);
	strbuf_addf(o, "_Static_assert(sizeof(struct %s_args) == sizeof(struct rdb_find_args), \"args layout\");\n", M);
	strbuf_addf(o, "_Static_assert(offsetof(struct %s_args, include) == offsetof(struct rdb_find_args, include), \"args layout\");\n", M);
	strbuf_addf(o, "_Static_assert(sizeof(enum %s_field) == sizeof(int), \"field constants are ints\");\n\n", M);

	for (size_t k = 0; k < m->pk.nfields && npk < 64; k++)
		if (g->fid[mi][m->pk.fields[k].field] >= 0)
			pk[npk++] = g->fid[mi][m->pk.fields[k].field];
	if (npk)
		int_list(o, arena_printf(&g->arena, "%s_pk", M), pk, npk);

	/* uniques */
	for (size_t u = 0; u < nuq; u++) {
		int ids[64];
		size_t n = 0;
		for (size_t k = 0; k < uq[u]->nfields && n < 64; k++)
			ids[n++] = g->fid[mi][uq[u]->fields[k].field];
		int_list(o, arena_printf(&g->arena, "%s_u%zu", M, u), ids, n);
		if (n >= 2) {
			strbuf_addf(o, "static const size_t %s_u%zu_offs[] = {", M, u);
			for (size_t k = 0; k < n; k++)
				strbuf_addf(o, "%soffsetof(struct %s_%s_key, %s)", k ? ", " : "", M, cg_unique_name(g, m, uq[u]),
					    cg_ident(g, m->fields[uq[u]->fields[k].field].name));
			strbuf_addstr(o, "};\n");
		}
	}
	if (nuq) {
		strbuf_addf(o, "static const struct rdb_unique_desc %s_uniques[] = {\n", M);
		for (size_t u = 0; u < nuq; u++) {
			const char *un = cg_unique_name(g, m, uq[u]);
			strbuf_addstr(o, "\t{");
			cg_c_string(o, un);
			strbuf_addf(o, ", %s_u%zu, %zu, offsetof(struct %s_unique, %s), ", M, u, uq[u]->nfields, M, cg_ident(g, un));
			if (uq[u]->nfields >= 2)
				strbuf_addf(o, "%s_u%zu_offs},\n", M, u);
			else
				strbuf_addstr(o, "NULL},\n");
		}
		strbuf_addstr(o, "};\n");
	}

	/* relations */
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		int local[16], remote[16];
		size_t nk;
		bool holds;
		if (!cg_relation_on(g, fd))
			continue;
		relation_keys(g, mi, f, local, remote, &nk, &holds);
		int_list(o, arena_printf(&g->arena, "%s_r%zu_local", M, nrel), local, nk ? nk : 1);
		int_list(o, arena_printf(&g->arena, "%s_r%zu_remote", M, nrel), remote, nk ? nk : 1);
		nrel++;
	}
	if (nrel) {
		size_t ri = 0;
		strbuf_addf(o, "static const struct rdb_relation_desc %s_relations[] = {\n", M);
		for (size_t f = 0; f < m->nfields; f++) {
			const struct rs_field *fd = &m->fields[f];
			int local[16], remote[16];
			size_t nk;
			bool holds;
			if (!cg_relation_on(g, fd))
				continue;
			const struct rs_relation *r = &g->rs->relations[fd->relation];
			const char *T = arena_printf(&g->arena, "%s_%s", g->p, g->rs->models[fd->related_model].name);
			const char *fname = cg_ident(g, fd->name);
			bool list = fd->arity == RS_LIST;
			relation_keys(g, mi, f, local, remote, &nk, &holds);
			strbuf_addstr(o, "\t{");
			cg_c_string(o, fd->name);
			strbuf_addf(o, ", %s, &%s_model, %s_r%zu_local, %s_r%zu_remote, %zu,\n\t ",
				    list ? "RDB_REL_TO_MANY" : "RDB_REL_TO_ONE", T, M, ri, M, ri, nk);
			if (r->kind == RS_MANY_TO_MANY) {
				bool is_a = r->model_a == (int)mi && r->field_a == (int)f;
				cg_c_string(o, r->join_table);
				strbuf_addstr(o, ", ");
				cg_c_string(o, r->join_schema ? r->join_schema : g->rs->models[mi].schema);
				strbuf_addf(o, ", \"%s\", \"%s\",\n\t ", is_a ? "A" : "B", is_a ? "B" : "A");
			} else {
				strbuf_addstr(o, "NULL, NULL, NULL, NULL,\n\t ");
			}
			strbuf_addf(o, "offsetof(struct %s, %s), ", M, fname);
			if (list)
				strbuf_addf(o, "offsetof(struct %s, %s_count), ", M, fname);
			else
				strbuf_addstr(o, "RDB_NO_OFFSET, ");
			strbuf_addf(o, "offsetof(struct %s_include, %s),\n\t ", M, fname);
			if (list)
				strbuf_addf(o, "{offsetof(struct %s_where, %s_some), offsetof(struct %s_where, %s_every), "
					       "offsetof(struct %s_where, %s_none)},\n\t ",
					    M, fd->name, M, fd->name, M, fd->name);
			else
				strbuf_addf(o, "{offsetof(struct %s_where, %s_is), offsetof(struct %s_where, %s_is_not), RDB_NO_OFFSET},\n\t ",
					    M, fd->name, M, fd->name);
			if (r->kind == RS_MANY_TO_MANY)
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), offsetof(struct %s_data, %s_connect_count),\n\t "
					       "offsetof(struct %s_data, %s_create), offsetof(struct %s_data, %s_create_count),\n\t "
					       "offsetof(struct %s_data, %s_disconnect), offsetof(struct %s_data, %s_disconnect_count), "
					       "false",
					    M, fd->name, M, fd->name, M, fd->name, M, fd->name, M, fd->name, M, fd->name);
			else if (holds && fd->arity == RS_OPTIONAL)
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_create), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_disconnect), RDB_NO_OFFSET, true",
					    M, fd->name, M, fd->name, M, fd->name);
			else if (holds)
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_create), RDB_NO_OFFSET,\n\t "
					       "RDB_NO_OFFSET, RDB_NO_OFFSET, true",
					    M, fd->name, M, fd->name);
			else if (list) {
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), offsetof(struct %s_data, %s_connect_count),\n\t "
					       "offsetof(struct %s_data, %s_create), offsetof(struct %s_data, %s_create_count),\n\t ",
					    M, fd->name, M, fd->name, M, fd->name, M, fd->name);
				if (cg_child_key_optional(g, r))
					strbuf_addf(o, "offsetof(struct %s_data, %s_disconnect), "
						       "offsetof(struct %s_data, %s_disconnect_count), false",
						    M, fd->name, M, fd->name);
				else
					strbuf_addstr(o, "RDB_NO_OFFSET, RDB_NO_OFFSET, false");
			}
			else if (cg_child_key_optional(g, r))
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_create), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_disconnect), RDB_NO_OFFSET, false",
					    M, fd->name, M, fd->name, M, fd->name);
			else
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect), RDB_NO_OFFSET,\n\t "
					       "offsetof(struct %s_data, %s_create), RDB_NO_OFFSET,\n\t "
					       "RDB_NO_OFFSET, RDB_NO_OFFSET, false",
					    M, fd->name, M, fd->name);
			/* connect_or_create: one struct, or (lists, m:n) pointer + count */
			strbuf_addf(o, ",\n\t offsetof(struct %s_data, %s_connect_or_create), ", M, fd->name);
			if (list)
				strbuf_addf(o, "offsetof(struct %s_data, %s_connect_or_create_count),\n\t ", M, fd->name);
			else
				strbuf_addstr(o, "RDB_NO_OFFSET,\n\t ");
			if (r->kind == RS_MANY_TO_MANY || (list && cg_child_key_optional(g, r)))
				strbuf_addf(o, "offsetof(struct %s_data, %s_set), offsetof(struct %s_data, %s_set_items), "
					       "offsetof(struct %s_data, %s_set_count)},\n",
					    M, fd->name, M, fd->name, M, fd->name);
			else
				strbuf_addstr(o, "RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},\n");
			ri++;
		}
		strbuf_addstr(o, "};\n");
	}

	/* fields */
	strbuf_addf(o, "static const struct rdb_field_desc %s_fields[] = {\n", M);
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		const char *fname;
		bool list = fd->arity == RS_LIST;
		if (!cg_scalar_on(g, fd))
			continue;
		fname = cg_ident(g, fd->name);
		strbuf_addstr(o, "\t{");
		cg_c_string(o, fd->name);
		strbuf_addstr(o, ", ");
		cg_c_string(o, fd->db_name);
		strbuf_addf(o, ", %s, %s, %s, %d, %s, %s, ", cg_rdb_type(fd),
			    list ? "RDB_LIST" : fd->arity == RS_OPTIONAL ? "RDB_OPTIONAL" : "RDB_REQUIRED", dflt_kind(fd),
			    fd->dflt.kind == RS_DEFAULT_NANOID ? fd->dflt.length : 0, fd->is_id ? "true" : "false",
			    fd->updated_at ? "true" : "false");
		if (fd->type == RS_ENUM)
			strbuf_addf(o, "&%s_%s_enum,\n\t ", g->p, g->rs->enums[fd->enum_index].name);
		else
			strbuf_addstr(o, "NULL,\n\t ");
		strbuf_addf(o, "offsetof(struct %s, %s), ", M, fname);
		if (list)
			strbuf_addf(o, "offsetof(struct %s, %s_count), ", M, fname);
		else
			strbuf_addstr(o, "RDB_NO_OFFSET, ");
		if (cg_filter_type(g, fd))
			strbuf_addf(o, "offsetof(struct %s_where, %s),\n\t ", M, fname);
		else
			strbuf_addstr(o, "RDB_NO_OFFSET,\n\t ");
		strbuf_addf(o, "offsetof(struct %s_data, set_%s), offsetof(struct %s_data, %s), ", M, fd->name, M, fname);
		if (list)
			strbuf_addf(o, "offsetof(struct %s_data, %s_count), ", M, fname);
		else
			strbuf_addstr(o, "RDB_NO_OFFSET, ");
		if (cg_number_op(fd))
			strbuf_addf(o, "offsetof(struct %s_data, %s_op)},\n", M, fd->name);
		else
			strbuf_addstr(o, "RDB_NO_OFFSET},\n");
	}
	strbuf_addstr(o, "};\n");

	strbuf_addf(o, "const struct rdb_model_desc %s_model = {\n\t", M);
	cg_c_string(o, m->name);
	strbuf_addstr(o, ", ");
	cg_c_string(o, m->db_name);
	strbuf_addstr(o, ", ");
	cg_c_string(o, m->schema);
	strbuf_addf(o, ", sizeof(struct %s),\n\t%s_fields, %zu, ", M, M, g->nscalars[mi]);
	if (npk)
		strbuf_addf(o, "%s_pk, %zu, ", M, npk);
	else
		strbuf_addstr(o, "NULL, 0, ");
	if (nuq)
		strbuf_addf(o, "%s_uniques, %zu, ", M, nuq);
	else
		strbuf_addstr(o, "NULL, 0, ");
	if (nrel)
		strbuf_addf(o, "%s_relations, %zu,\n\t", M, nrel);
	else
		strbuf_addstr(o, "NULL, 0,\n\t");
	strbuf_addf(o, "sizeof(struct %s_where), sizeof(struct %s_data), sizeof(struct %s_unique),\n};\n\n", M, M, M);

	/* typed functions */
	strbuf_addf(o, "int %s_find_many(struct rdb_conn *conn, const struct %s_args *args, struct rdb_result *res,\n"
		       "\tstruct %s **rows, size_t *count, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_find_many(conn, &%s_model, args, res, &p, count, err);\n"
		       "\t*rows = p;\n\treturn rc;\n}\n\n", M, M, M, M);
	strbuf_addf(o, "int %s_find_first(struct rdb_conn *conn, const struct %s_args *args, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_find_first(conn, &%s_model, args, res, &p, err);\n"
		       "\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M);
	strbuf_addf(o, "int %s_find_unique(struct rdb_conn *conn, const struct %s_unique *where,\n"
		       "\tconst struct %s_include *include, struct rdb_result *res, struct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_find_unique(conn, &%s_model, where, include, res, &p, err);\n"
		       "\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M, M);
	strbuf_addf(o, "int %s_create(struct rdb_conn *conn, const struct %s_data *data, const struct %s_include *include,\n"
		       "\tstruct rdb_result *res, struct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_create(conn, &%s_model, data, include, res, &p, err);\n"
		       "\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M, M);
	strbuf_addf(o, "int %s_create_many(struct rdb_conn *conn, const struct %s_data *data, size_t n, bool skip_duplicates,\n"
		       "\tuint64_t *count, struct rdb_error *err)\n{\n"
		       "\treturn rdb_client_create_many(conn, &%s_model, data, n, skip_duplicates, count, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_update(struct rdb_conn *conn, const struct %s_unique *where, const struct %s_data *data,\n"
		       "\tconst struct %s_include *include, struct rdb_result *res, struct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_update(conn, &%s_model, where, data, include, res, &p, err);\n"
		       "\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M, M, M);
	strbuf_addf(o, "int %s_update_many(struct rdb_conn *conn, const struct %s_where *where, const struct %s_data *data,\n"
		       "\tuint64_t *count, struct rdb_error *err)\n{\n"
		       "\treturn rdb_client_update_many(conn, &%s_model, where, data, count, err);\n}\n\n", M, M, M, M);
	strbuf_addf(o, "int %s_upsert(struct rdb_conn *conn, const struct %s_unique *where, const struct %s_data *create,\n"
		       "\tconst struct %s_data *update, const struct %s_include *include, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_upsert(conn, &%s_model, where, create, update, include, res, &p, err);\n"
		       "\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M, M, M, M);
	strbuf_addf(o, "int %s_delete(struct rdb_conn *conn, const struct %s_unique *where, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_delete(conn, &%s_model, where, res, row ? &p : NULL, err);\n"
		       "\tif (row)\n\t\t*row = p;\n\treturn rc;\n}\n\n", M, M, M, M);
	strbuf_addf(o, "int %s_delete_many(struct rdb_conn *conn, const struct %s_where *where, uint64_t *count,\n"
		       "\tstruct rdb_error *err)\n{\n"
		       "\treturn rdb_client_delete_many(conn, &%s_model, where, count, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_count(struct rdb_conn *conn, const struct %s_where *where, uint64_t *count,\n"
		       "\tstruct rdb_error *err)\n{\n"
		       "\treturn rdb_client_count(conn, &%s_model, where, count, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_aggregate(struct rdb_conn *conn, const struct %s_where *where, enum rdb_aggregate op, int field,\n"
		       "\tstruct rdb_result *res, struct rdb_value *out, struct rdb_error *err)\n{\n"
		       "\treturn rdb_client_aggregate(conn, &%s_model, where, op, field, res, out, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_queue_create(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_data *data,\n"
		       "\tstruct rdb_error *err)\n{\n"
		       "\treturn rdb_client_queue_create(conn, b, &%s_model, data, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_queue_update(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_unique *where,\n"
		       "\tconst struct %s_data *data, struct rdb_error *err)\n{\n"
		       "\treturn rdb_client_queue_update(conn, b, &%s_model, where, data, err);\n}\n\n", M, M, M, M);
	strbuf_addf(o, "int %s_queue_delete(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_unique *where,\n"
		       "\tstruct rdb_error *err)\n{\n"
		       "\treturn rdb_client_queue_delete(conn, b, &%s_model, where, err);\n}\n\n", M, M, M);
	strbuf_addf(o, "int %s_from_rows(const struct rdb_rows *rows, struct rdb_result *res, struct %s **out, size_t *count,\n"
		       "\tstruct rdb_error *err)\n{\n"
		       "\tvoid *p = NULL;\n\tint rc = rdb_client_rows(&%s_model, rows, res, &p, count, err);\n"
		       "\t*out = p;\n\treturn rc;\n}\n\n", M, M, M);
}

void cg_emit_source(struct cg *g, struct strbuf *o)
{
	strbuf_addf(o, "/*\n * client.c: model descriptions and typed functions of the C client.\n"
		       " * Generated by `rdb generate` (provider \"%s\"); do not edit.\n */\n"
		       "#include <stddef.h>\n#include <string.h>\n\n#include \"client.h\"\n\n",
		    CODEGEN_PROVIDER);
	for (size_t e = 0; e < g->rs->nenums; e++)
		emit_enum(g, o, &g->rs->enums[e]);
	/* descriptions refer to each other through relations */
	for (size_t m = 0; m < g->rs->nmodels; m++)
		if (g->model_on[m])
			strbuf_addf(o, "extern const struct rdb_model_desc %s_%s_model;\n", g->p, g->rs->models[m].name);
	strbuf_addch(o, '\n');
	for (size_t m = 0; m < g->rs->nmodels; m++)
		if (g->model_on[m])
			emit_model(g, o, m);
	for (size_t q = 0; q < g->nsql; q++)
		cg_emit_sql_source(g, o, &g->sql[q]);
}
