/*
 * cg_header.c: client.h: the enums, the model structs, the argument
 * structs (where, unique, data, args, include) and the function
 * prototypes. Every function takes a struct rdb_conn * (a pooled
 * connection, inside or outside a transaction) and reports through
 * struct rdb_error; rows live in the caller's struct rdb_result.
 */
#include <ctype.h>

#include "cg_internal.h"
#include "util/util.h"

static void emit_enum(struct cg *g, struct strbuf *o, const struct rs_enum *e)
{
	const char *p = g->p;
	cg_doc(o, e->doc, "");
	strbuf_addf(o, "enum %s_%s {\n", p, e->name);
	for (size_t v = 0; v < e->nvalues; v++) {
		cg_doc(o, e->values[v].doc, "\t");
		strbuf_addf(o, "\t%s_%s_%s,", p, e->name, e->values[v].name);
		if (strcmp(e->values[v].db_name, e->values[v].name))
			strbuf_addf(o, " /* \"%s\" in the database */", e->values[v].db_name);
		strbuf_addch(o, '\n');
	}
	strbuf_addf(o, "};\n");
	strbuf_addf(o, "struct %s_%s_filter {\n\tRDB_SCALAR_FILTER(enum %s_%s);\n};\n", p, e->name, p, e->name);
	strbuf_addf(o, "struct %s_%s_list_filter {\n\tRDB_LIST_FILTER(const enum %s_%s *, const enum %s_%s *);\n};\n", p,
		    e->name, p, e->name, p, e->name);
	strbuf_addf(o, "/* The database's name of v (NULL when v is out of range). */\n"
		       "const char *%s_%s_to_db(enum %s_%s v);\n",
		    p, e->name, p, e->name);
	strbuf_addf(o, "/* Sets *out to the value named s; false when s names none. */\n"
		       "bool %s_%s_from_db(const char *s, enum %s_%s *out);\n\n",
		    p, e->name, p, e->name);
}

static const char *scalar_comment(struct cg *g, const struct rs_model *m, const struct rs_field *f)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;
	(void)m;
	strbuf_addstr(&sb, f->type == RS_ENUM ? g->rs->enums[f->enum_index].name : rs_scalar_name(f->type));
	if (f->arity == RS_OPTIONAL)
		strbuf_addstr(&sb, "?, NULL when null");
	if (f->arity == RS_LIST)
		strbuf_addstr(&sb, "[]");
	if (f->native.name)
		strbuf_addf(&sb, ", @db.%s", f->native.name);
	if (strcmp(f->db_name, f->name))
		strbuf_addf(&sb, ", column %s", f->db_name);
	if (f->is_id)
		strbuf_addstr(&sb, ", id");
	if (f->is_unique)
		strbuf_addstr(&sb, ", unique");
	if (f->updated_at)
		strbuf_addstr(&sb, ", @updatedAt");
	switch (f->dflt.kind) {
	case RS_DEFAULT_AUTOINCREMENT: strbuf_addstr(&sb, ", default autoincrement()"); break;
	case RS_DEFAULT_NOW: strbuf_addstr(&sb, ", default now()"); break;
	case RS_DEFAULT_UUID: strbuf_addf(&sb, ", default uuid(%d)", f->dflt.version ? f->dflt.version : 4); break;
	case RS_DEFAULT_CUID: strbuf_addf(&sb, ", default cuid(%d)", f->dflt.version ? f->dflt.version : 1); break;
	case RS_DEFAULT_NANOID: strbuf_addf(&sb, ", default nanoid(%d)", f->dflt.length ? f->dflt.length : 21); break;
	case RS_DEFAULT_ULID: strbuf_addstr(&sb, ", default ulid()"); break;
	case RS_DEFAULT_LITERAL: strbuf_addf(&sb, ", default %s", f->dflt.value ? f->dflt.value : "(list)"); break;
	case RS_DEFAULT_DBGENERATED: strbuf_addstr(&sb, ", default dbgenerated()"); break;
	default: break;
	}
	/* a default literal may hold anything: keep the comment closed */
	for (size_t i = 0; i + 1 < sb.len; i++)
		if (sb.buf[i] == '*' && sb.buf[i + 1] == '/')
			sb.buf[i + 1] = ' ';
	s = arena_strndup(&g->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return s;
}

static void emit_model(struct cg *g, struct strbuf *o, size_t mi)
{
	const struct rs_model *m = &g->rs->models[mi];
	const char *p = g->p, *n = m->name;
	const struct rs_index *uq[64];
	size_t nuq = cg_uniques(g, m, uq, ARRAY_SIZE(uq));
	bool any_rel = false;

	strbuf_addf(o, "/* ---- %s %s (table %s) ---- */\n\n", m->is_view ? "view" : "model", n, m->db_name);
	cg_doc(o, m->doc, "");
	strbuf_addf(o, "struct %s_%s {\n", p, n);
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		if (!cg_scalar_on(g, fd))
			continue;
		cg_doc(o, fd->doc, "\t");
		strbuf_addf(o, "\t/* %s */\n", scalar_comment(g, m, fd));
		cg_member(g, o, fd, "\t");
	}
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		const char *t = g->rs->models[fd->related_model >= 0 ? fd->related_model : 0].name;
		if (!cg_relation_on(g, fd))
			continue;
		if (!any_rel)
			strbuf_addstr(o, "\t/* relations: set when included */\n");
		any_rel = true;
		cg_doc(o, fd->doc, "\t");
		if (fd->arity == RS_LIST)
			strbuf_addf(o, "\tstruct %s_%s *%s;\n\tsize_t %s_count;\n", p, t, cg_ident(g, fd->name),
				    cg_ident(g, fd->name));
		else
			strbuf_addf(o, "\tstruct %s_%s *%s;\n", p, t, cg_ident(g, fd->name));
	}
	strbuf_addstr(o, "};\n\n");

	/* field constants: order_by, select, distinct, aggregate */
	strbuf_addf(o, "enum %s_%s_field {\n", p, n);
	for (size_t f = 0; f < m->nfields; f++)
		if (cg_scalar_on(g, &m->fields[f]))
			strbuf_addf(o, "\t%s_%s_f_%s,\n", p, n, m->fields[f].name);
	strbuf_addstr(o, "};\n\n");

	/* unique selectors */
	for (size_t u = 0; u < nuq; u++) {
		if (uq[u]->nfields < 2)
			continue;
		strbuf_addf(o, "struct %s_%s_%s_key {\n", p, n, cg_unique_name(g, m, uq[u]));
		for (size_t k = 0; k < uq[u]->nfields; k++) {
			const struct rs_field *fd = &m->fields[uq[u]->fields[k].field];
			strbuf_addstr(o, "\t");
			const char *t = cg_req_type(g, fd);
			strbuf_addf(o, "%s%s%s;\n", t, str_ends_with(t, "*") ? "" : " ", cg_ident(g, fd->name));
		}
		strbuf_addstr(o, "};\n");
	}
	strbuf_addf(o, "/* Selects one row: set one member (several are ANDed). */\nstruct %s_%s_unique {\n", p, n);
	for (size_t u = 0; u < nuq; u++) {
		const char *un = cg_unique_name(g, m, uq[u]);
		if (uq[u]->nfields >= 2) {
			strbuf_addf(o, "\tconst struct %s_%s_%s_key *%s;\n", p, n, un, cg_ident(g, un));
		} else {
			const struct rs_field *fd = &m->fields[uq[u]->fields[0].field];
			const char *t = cg_req_type(g, fd);
			if (str_ends_with(t, "*"))
				strbuf_addf(o, "\t%s%s;\n", t, cg_ident(g, un));
			else
				strbuf_addf(o, "\tconst %s *%s;\n", t, cg_ident(g, un));
		}
	}
	if (!nuq)
		strbuf_addstr(o, "\tint no_unique_; /* the model has no id or unique */\n");
	strbuf_addstr(o, "};\n\n");

	/* where */
	strbuf_addf(o, "struct %s_%s_where {\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_where *AND;\n\tsize_t AND_count;\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_where *OR; /* a non-NULL empty list matches nothing */\n\tsize_t OR_count;\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_where *NOT; /* each must not match */\n\tsize_t NOT_count;\n", p, n);
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		const char *ft;
		if (!cg_scalar_on(g, fd) || !(ft = cg_filter_type(g, fd)))
			continue;
		strbuf_addf(o, "\tconst %s *%s;\n", ft, cg_ident(g, fd->name));
	}
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		if (!cg_relation_on(g, fd))
			continue;
		const char *t = g->rs->models[fd->related_model].name;
		if (fd->arity == RS_LIST)
			strbuf_addf(o, "\tconst struct %s_%s_where *%s_some, *%s_every, *%s_none;\n", p, t, fd->name, fd->name,
				    fd->name);
		else
			strbuf_addf(o, "\tconst struct %s_%s_where *%s_is, *%s_is_not;\n", p, t, fd->name, fd->name);
	}
	strbuf_addstr(o, "};\n\n");

	/* include */
	strbuf_addf(o, "/* Relations to load with the rows: a non-NULL args includes it (&(struct ..._args){0}: all). */\n"
		       "struct %s_%s_include {\n", p, n);
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		if (cg_relation_on(g, fd))
			strbuf_addf(o, "\tconst struct %s_%s_args *%s;\n", p, g->rs->models[fd->related_model].name,
				    cg_ident(g, fd->name));
	}
	if (!any_rel)
		strbuf_addstr(o, "\tint no_relations_;\n");
	strbuf_addstr(o, "};\n\n");

	/* args: the layout of struct rdb_find_args */
	strbuf_addf(o, "struct %s_%s_args {\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_where *where;\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_unique *cursor; /* start at this row (inclusive) */\n", p, n);
	strbuf_addstr(o, "\tconst struct rdb_order *order_by; /* field: a field constant */\n\tsize_t order_by_count;\n");
	strbuf_addstr(o, "\tint64_t skip;\n\tint64_t take; /* 0: no limit */\n");
	strbuf_addf(o, "\tconst enum %s_%s_field *select; /* NULL: every field */\n\tsize_t select_count;\n", p, n);
	strbuf_addf(o, "\tconst enum %s_%s_field *distinct;\n\tsize_t distinct_count;\n", p, n);
	strbuf_addf(o, "\tconst struct %s_%s_include *include;\n", p, n);
	strbuf_addstr(o, "};\n\n");

	/* data */
	strbuf_addf(o, "/*\n * Values for create/update/upsert: set_<field> says the field is given (else create\n"
		       " * uses the default, update leaves it). Optional fields: NULL is SQL NULL.\n"
		       " * Nested writes (connect/disconnect/create) run in one transaction with the row.\n */\n"
		       "struct %s_%s_data {\n", p, n);
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		if (!cg_scalar_on(g, fd))
			continue;
		strbuf_addf(o, "\tbool set_%s;\n", fd->name);
		cg_member(g, o, fd, "\t");
		if (cg_number_op(fd))
			strbuf_addf(o, "\tenum rdb_number_op %s_op; /* update: RDB_OP_INCREMENT etc. by the value */\n", fd->name);
	}
	for (size_t f = 0; f < m->nfields; f++) {
		const struct rs_field *fd = &m->fields[f];
		if (!cg_relation_on(g, fd))
			continue;
		const struct rs_relation *r = &g->rs->relations[fd->relation];
		const char *T = g->rs->models[fd->related_model].name;
		if (fd->arity == RS_LIST)
			strbuf_addf(o, "\tconst struct %s_%s_connect_or_create *%s_connect_or_create; /* connect each, or create it */\n"
				       "\tsize_t %s_connect_or_create_count;\n", p, T, fd->name, fd->name);
		else
			strbuf_addf(o, "\tconst struct %s_%s_connect_or_create *%s_connect_or_create; /* connect, or create it */\n",
				    p, T, fd->name);
		if (r->kind == RS_MANY_TO_MANY || (fd->arity == RS_LIST && cg_child_key_optional(g, r)))
			strbuf_addf(o, "\tbool %s_set; /* update: exactly these rows are linked afterwards (others let go) */\n"
				       "\tconst struct %s_%s_unique *%s_set_items;\n\tsize_t %s_set_count;\n",
				    fd->name, p, T, fd->name, fd->name);
		if (r->kind == RS_MANY_TO_MANY) {
			strbuf_addf(o, "\tconst struct %s_%s_unique *%s_connect; /* rows to link (join table) */\n"
				       "\tsize_t %s_connect_count;\n", p, T, fd->name, fd->name);
			strbuf_addf(o, "\tconst struct %s_%s_unique *%s_disconnect; /* update: rows to unlink */\n"
				       "\tsize_t %s_disconnect_count;\n", p, T, fd->name, fd->name);
			strbuf_addf(o, "\tconst struct %s_%s_data *%s_create; /* created and linked with this row */\n"
				       "\tsize_t %s_create_count;\n", p, T, fd->name, fd->name);
		} else if (r->model_a == (int)mi && r->field_a == (int)f) {
			strbuf_addf(o, "\tconst struct %s_%s_unique *%s_connect; /* sets the key fields */\n", p, T, fd->name);
			strbuf_addf(o, "\tconst struct %s_%s_data *%s_create; /* creates that row first, then sets the key fields */\n",
				    p, T, fd->name);
			if (fd->arity == RS_OPTIONAL)
				strbuf_addf(o, "\tbool %s_disconnect; /* update: sets the key fields to NULL */\n", fd->name);
		}
		else if (fd->arity == RS_LIST) {
			strbuf_addf(o, "\tconst struct %s_%s_unique *%s_connect; /* rows moved under this one (keys set) */\n"
				       "\tsize_t %s_connect_count;\n", p, T, fd->name, fd->name);
			strbuf_addf(o, "\tconst struct %s_%s_data *%s_create; /* created with this row, keys filled in */\n"
				       "\tsize_t %s_create_count;\n", p, T, fd->name, fd->name);
			if (cg_child_key_optional(g, r))
				strbuf_addf(o, "\tconst struct %s_%s_unique *%s_disconnect; /* update: unlinks these rows (keys set to NULL) */\n"
					       "\tsize_t %s_disconnect_count;\n", p, T, fd->name, fd->name);
		}
		else {
			strbuf_addf(o, "\tconst struct %s_%s_unique *%s_connect; /* that row now points here */\n", p, T,
				    fd->name);
			strbuf_addf(o, "\tconst struct %s_%s_data *%s_create; /* created with this row, keys filled in */\n",
				    p, T, fd->name);
			if (cg_child_key_optional(g, r))
				strbuf_addf(o, "\tbool %s_disconnect; /* update: the row pointing here lets go (key set to NULL) */\n",
					    fd->name);
		}
	}
	strbuf_addstr(o, "};\n\n");
	strbuf_addf(o, "/* A nested connectOrCreate: the row where selects, or a new one made from create. */\n"
		       "struct %s_%s_connect_or_create {\n\tconst struct %s_%s_unique *where;\n"
		       "\tconst struct %s_%s_data *create;\n};\n\n",
		    p, n, p, n, p, n);

	/* functions */
	const char *M = arena_printf(&g->arena, "%s_%s", p, n);
	strbuf_addf(o, "extern const struct rdb_model_desc %s_model;\n", M);
	strbuf_addf(o, "int %s_find_many(struct rdb_conn *conn, const struct %s_args *args, struct rdb_result *res,\n"
		       "\tstruct %s **rows, size_t *count, struct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "/* *row is NULL when nothing matches. */\n"
		       "int %s_find_first(struct rdb_conn *conn, const struct %s_args *args, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "int %s_find_unique(struct rdb_conn *conn, const struct %s_unique *where,\n"
		       "\tconst struct %s_include *include, struct rdb_result *res, struct %s **row, struct rdb_error *err);\n",
		    M, M, M, M);
	strbuf_addf(o, "int %s_create(struct rdb_conn *conn, const struct %s_data *data, const struct %s_include *include,\n"
		       "\tstruct rdb_result *res, struct %s **row, struct rdb_error *err);\n", M, M, M, M);
	strbuf_addf(o, "int %s_create_many(struct rdb_conn *conn, const struct %s_data *data, size_t n, bool skip_duplicates,\n"
		       "\tuint64_t *count, struct rdb_error *err);\n", M, M);
	strbuf_addf(o, "/* P2025 when no row matches. */\n"
		       "int %s_update(struct rdb_conn *conn, const struct %s_unique *where, const struct %s_data *data,\n"
		       "\tconst struct %s_include *include, struct rdb_result *res, struct %s **row, struct rdb_error *err);\n",
		    M, M, M, M, M);
	strbuf_addf(o, "int %s_update_many(struct rdb_conn *conn, const struct %s_where *where, const struct %s_data *data,\n"
		       "\tuint64_t *count, struct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "int %s_upsert(struct rdb_conn *conn, const struct %s_unique *where, const struct %s_data *create,\n"
		       "\tconst struct %s_data *update, const struct %s_include *include, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err);\n", M, M, M, M, M, M);
	strbuf_addf(o, "/* P2025 when no row matches; row may be NULL. */\n"
		       "int %s_delete(struct rdb_conn *conn, const struct %s_unique *where, struct rdb_result *res,\n"
		       "\tstruct %s **row, struct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "int %s_delete_many(struct rdb_conn *conn, const struct %s_where *where, uint64_t *count,\n"
		       "\tstruct rdb_error *err);\n", M, M);
	strbuf_addf(o, "int %s_count(struct rdb_conn *conn, const struct %s_where *where, uint64_t *count,\n"
		       "\tstruct rdb_error *err);\n", M, M);
	strbuf_addf(o, "/* field: a field constant, or -1 with RDB_AGG_COUNT to count rows. */\n"
		       "int %s_aggregate(struct rdb_conn *conn, const struct %s_where *where, enum rdb_aggregate op, int field,\n"
		       "\tstruct rdb_result *res, struct rdb_value *out, struct rdb_error *err);\n", M, M);
	strbuf_addf(o, "/* Batches: queue into an rdb_batch, rdb_batch_run(), then %s_from_rows() per statement. */\n"
		       "int %s_queue_create(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_data *data,\n"
		       "\tstruct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "int %s_queue_update(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_unique *where,\n"
		       "\tconst struct %s_data *data, struct rdb_error *err);\n", M, M, M);
	strbuf_addf(o, "int %s_queue_delete(struct rdb_conn *conn, struct rdb_batch *b, const struct %s_unique *where,\n"
		       "\tstruct rdb_error *err);\n", M, M);
	strbuf_addf(o, "int %s_from_rows(const struct rdb_rows *rows, struct rdb_result *res, struct %s **out, size_t *count,\n"
		       "\tstruct rdb_error *err);\n\n", M, M);
}

void cg_emit_header(struct cg *g, struct strbuf *o)
{
	struct strbuf guard = STRBUF_INIT;
	for (const char *c = g->p; *c; c++)
		strbuf_addch(&guard, isalnum((unsigned char)*c) ? toupper((unsigned char)*c) : '_');
	strbuf_addstr(&guard, "_CLIENT_H");
	strbuf_addf(o, "/*\n * client.h: the type-safe C client for this Prisma schema. Generated by\n"
		       " * `rdb generate` (provider \"%s\"); do not edit.\n *\n"
		       " * Every function takes a struct rdb_conn * from rdb_pool_acquire(), so calls work\n"
		       " * inside rdb_begin()/rdb_commit(). Returned rows, their strings and included\n"
		       " * relations live in the struct rdb_result passed in and are freed with it by\n"
		       " * rdb_result_free(). Functions return 0, or -1 with err filled (Prisma codes:\n"
		       " * P2002 unique, P2003 foreign key, P2025 not found, P2034 serialization).\n */\n",
		    CODEGEN_PROVIDER);
	strbuf_addf(o, "#ifndef %s\n#define %s\n\n#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n"
		       "#include \"rdb/client.h\"\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n",
		    guard.buf, guard.buf);
	if (g->rs->nenums)
		strbuf_addstr(o, "/* ---- enums ---- */\n\n");
	for (size_t e = 0; e < g->rs->nenums; e++)
		emit_enum(g, o, &g->rs->enums[e]);
	strbuf_addstr(o, "/* ---- models ---- */\n\n");
	for (size_t m = 0; m < g->rs->nmodels; m++)
		if (g->model_on[m])
			strbuf_addf(o, "struct %s_%s;\nstruct %s_%s_where;\nstruct %s_%s_args;\n", g->p, g->rs->models[m].name,
				    g->p, g->rs->models[m].name, g->p, g->rs->models[m].name);
	strbuf_addch(o, '\n');
	for (size_t m = 0; m < g->rs->nmodels; m++)
		if (g->model_on[m])
			emit_model(g, o, m);
	for (size_t q = 0; q < g->nsql; q++)
		cg_emit_sql_header(g, o, &g->sql[q]);
	strbuf_addf(o, "#ifdef __cplusplus\n}\n#endif\n#endif /* %s */\n", guard.buf);
	strbuf_release(&guard);
}
