/*
 * validations.c: the driver of psl-core's validation rules
 * (validation_pipeline/validations.rs), with the helpers every rule file
 * shares: Prisma's message shapes, span lookups, constraint names and the
 * constraint namespaces of names.rs / constraint_namespace.rs.
 *
 * The order of the rules is Prisma's, statement for statement: tests
 * compare the first error and the whole rendered output, so a rule run
 * early or late is a visible difference.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "schema.h"
#include "validations_internal.h"

/* ---- message shapes ------------------------------------------------------ */

static void v_emit(struct vctx *c, struct psl_span span, bool warning)
{
	if (warning)
		psl_warning(c->src, span, "%s", c->msg.buf);
	else
		psl_error_str(c->src, span, c->msg.buf);
}

void v_attr_error(struct vctx *c, const char *attribute, struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	strbuf_addf(&c->msg, "Error parsing attribute \"%s\": ", attribute);
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, false);
}

void v_model_error(struct vctx *c, const char *container, const char *model, struct psl_span span,
		   const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	strbuf_addf(&c->msg, "Error validating %s \"%s\": ", container, model);
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, false);
}

void v_field_error(struct vctx *c, const char *container, const char *model, const char *field,
		   struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	strbuf_addf(&c->msg, "Error validating field `%s` in %s `%s`: ", field, container, model);
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, false);
}

void v_error(struct vctx *c, struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	strbuf_addstr(&c->msg, "Error validating: ");
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, false);
}

void v_plain(struct vctx *c, struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, false);
}

void v_warning(struct vctx *c, struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	strbuf_reset(&c->msg);
	va_start(ap, fmt);
	strbuf_vaddf(&c->msg, fmt, ap);
	va_end(ap);
	v_emit(c, span, true);
}

/* ---- spans ----------------------------------------------------------------- */

struct psl_span v_attr_arg_span(const struct psl_attr *attr, const char *arg, struct psl_span fallback)
{
	for (size_t i = 0; i < attr->args.args.len; i++) {
		const struct psl_arg *a = &attr->args.args.items[i];
		if (a->name && !strcmp(a->name->name, arg))
			return a->span;
	}
	return fallback;
}

const struct psl_attr *v_field_attr(const struct psl_field *f, const char *name)
{
	for (size_t i = 0; i < f->attrs.len; i++)
		if (!strcmp(f->attrs.items[i].name.name, name))
			return &f->attrs.items[i];
	return NULL;
}

bool v_field_arg_span(const struct psl_field *f, const char *attribute, const char *arg, struct psl_span *out)
{
	for (size_t i = 0; i < f->attrs.len; i++) {
		const struct psl_attr *a = &f->attrs.items[i];
		if (strcmp(a->name.name, attribute))
			continue;
		for (size_t k = 0; k < a->args.args.len; k++) {
			const struct psl_arg *g = &a->args.args.items[k];
			if (g->name && !strcmp(g->name->name, arg)) {
				*out = g->span;
				return true;
			}
		}
	}
	return false;
}

/* ---- constraint names ------------------------------------------------------- */

/* Every database name along the paths of an index's fields, as one list. */
static const char **index_columns(struct vctx *c, const struct psl_index_field *fields, size_t n, size_t *count)
{
	const struct psl_db *db = c->db;
	size_t total = 0, k = 0;
	const char **cols;
	for (size_t i = 0; i < n; i++)
		total += 1 + fields[i].n_path;
	cols = arena_alloc(&c->arena, (total + 1) * sizeof(*cols));
	for (size_t i = 0; i < n; i++) {
		cols[k++] = psl_db_sfield_database_name(db, fields[i].root);
		for (size_t p = 0; p < fields[i].n_path; p++)
			cols[k++] = psl_db_composite_field_database_name(db, fields[i].path[p].ct,
									 fields[i].path[p].field);
	}
	*count = k;
	return cols;
}

void v_index_constraint_name(struct vctx *c, uint32_t model, const struct psl_db_index *idx, struct strbuf *out)
{
	const char *table = psl_db_model_database_name(c->db, model);
	const char **cols;
	size_t n;
	if (idx->mapped_name) {
		strbuf_addstr(out, idx->mapped_name);
		return;
	}
	cols = index_columns(c, idx->fields, idx->n_fields, &n);
	if (idx->type == PSL_INDEX_UNIQUE)
		psl_constraint_unique_name(out, table, cols, n, c->conn);
	else
		psl_constraint_index_name(out, table, cols, n, c->conn);
}

bool v_pk_constraint_name(struct vctx *c, uint32_t model, struct strbuf *out)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, model)->pk;
	if (!pk || !vctx_has(c, PSL_CAP_NAMED_PRIMARY_KEYS))
		return false;
	if (pk->mapped_name)
		strbuf_addstr(out, pk->mapped_name);
	else
		psl_constraint_primary_key_name(out, psl_db_model_database_name(c->db, model), c->conn);
	return true;
}

void v_default_constraint_name(struct vctx *c, uint32_t sf, struct strbuf *out)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	if (f->dflt.mapped_name)
		strbuf_addstr(out, f->dflt.mapped_name);
	else
		psl_constraint_default_name(out, psl_db_model_database_name(c->db, f->model),
					    psl_db_sfield_database_name(c->db, sf), c->conn);
}

void v_relation_constraint_name(struct vctx *c, uint32_t rel, struct strbuf *out)
{
	const struct psl_db_relation *r = psl_db_relation(c->db, rel);
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f = fwd != PSL_DB_NONE ? psl_db_rfield(c->db, fwd) : NULL;
	const char **cols = NULL;
	size_t n = 0;
	if (f && f->mapped_name) {
		strbuf_addstr(out, f->mapped_name);
		return;
	}
	if (f && f->has_fields) {
		cols = arena_alloc(&c->arena, (f->n_fields + 1) * sizeof(*cols));
		for (n = 0; n < f->n_fields; n++)
			cols[n] = psl_db_sfield_database_name(c->db, f->fields[n]);
	}
	psl_constraint_foreign_key_name(out, psl_db_model_database_name(c->db, r->model_a), cols, n, c->conn);
}

void v_db_name_length(struct vctx *c, uint32_t model, const struct psl_attr *attr, const char *db_name,
		      bool double_at)
{
	psl_constraint_name_too_long(c->src, attr->span, psl_db_model_name(c->db, model), db_name, attr->name.name,
				     double_at, c->conn);
}

bool v_native_type_instance(struct vctx *c, const struct psl_raw_native_type *raw, struct psl_native_type *out)
{
	if (!raw)
		return false;
	return psl_native_type_parse(c->conn, raw->name, raw->args, raw->n_args, raw->span, NULL, &c->arena, out);
}

/* ---- constraint namespaces --------------------------------------------------- */

/*
 * Keys are byte strings: a tag byte, the ids, and the names with a NUL
 * between them, so (schema "a", name "b_c") and (schema "a_b", name "c")
 * never meet.
 */
static void key_global(struct strbuf *k, enum psl_constraint_scope scope, const char *schema, const char *name)
{
	strbuf_reset(k);
	strbuf_addch(k, 'G');
	strbuf_addch(k, 'a' + (int)scope);
	if (schema) {
		strbuf_addch(k, 's');
		strbuf_add(k, schema, strlen(schema) + 1);
	} else {
		strbuf_addch(k, '-');
	}
	strbuf_addstr(k, name);
}

static void key_local(struct strbuf *k, uint32_t model, int scope, const char *name)
{
	strbuf_reset(k);
	strbuf_addf(k, "%u", model);
	strbuf_addch(k, 0);
	strbuf_addch(k, 'a' + scope);
	strbuf_addstr(k, name);
}

static void count_key(struct vctx *c, struct strmap *m)
{
	struct strbuf *k = &c->names.key;
	size_t *slot = strmap_get(m, k->buf, k->len);
	if (!slot) {
		const char *key = arena_memdup(&c->arena, k->buf, k->len);
		slot = arena_alloc(&c->arena, sizeof(*slot));
		strmap_put(m, key, k->len, slot);
	}
	(*slot)++;
}

static size_t key_count(struct vctx *c, const struct strmap *m)
{
	const size_t *slot = strmap_get(m, c->names.key.buf, c->names.key.len);
	return slot ? *slot : 0;
}

static void add_global_indexes(struct vctx *c, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		for (size_t k = 0; k < mo->indexes.len; k++) {
			strbuf_reset(&c->tmp);
			v_index_constraint_name(c, m, &mo->indexes.items[k], &c->tmp);
			key_global(&c->names.key, scope, mo->schema, c->tmp.buf);
			count_key(c, &c->names.global);
		}
	}
}

static void add_global_relations(struct vctx *c, enum psl_constraint_scope scope)
{
	for (uint32_t r = 0; r < c->db->relations.len; r++) {
		const struct psl_db_relation *rel = psl_db_relation(c->db, r);
		if (psl_db_relation_is_m2n(rel))
			continue;
		strbuf_reset(&c->tmp);
		v_relation_constraint_name(c, r, &c->tmp);
		key_global(&c->names.key, scope, psl_db_model(c->db, rel->model_a)->schema, c->tmp.buf);
		count_key(c, &c->names.global);
	}
}

static void add_global_primary_keys(struct vctx *c, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		strbuf_reset(&c->tmp);
		if (!v_pk_constraint_name(c, m, &c->tmp))
			continue;
		key_global(&c->names.key, scope, psl_db_model(c->db, m)->schema, c->tmp.buf);
		count_key(c, &c->names.global);
	}
}

static void add_global_defaults(struct vctx *c, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		const struct psl_db_model *mo = psl_db_model(c->db, c->order[i]);
		for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++) {
			if (!psl_db_sfield(c->db, sf)->has_default)
				continue;
			strbuf_reset(&c->tmp);
			v_default_constraint_name(c, sf, &c->tmp);
			key_global(&c->names.key, scope, mo->schema, c->tmp.buf);
			count_key(c, &c->names.global);
		}
	}
}

static void add_local_indexes(struct vctx *c, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		for (size_t k = 0; k < mo->indexes.len; k++) {
			strbuf_reset(&c->tmp);
			v_index_constraint_name(c, m, &mo->indexes.items[k], &c->tmp);
			key_local(&c->names.key, m, (int)scope, c->tmp.buf);
			count_key(c, &c->names.local);
		}
	}
}

static void add_local_primary_keys(struct vctx *c, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		strbuf_reset(&c->tmp);
		if (!v_pk_constraint_name(c, m, &c->tmp))
			continue;
		key_local(&c->names.key, m, (int)scope, c->tmp.buf);
		count_key(c, &c->names.local);
	}
}

/* Prisma walks models only here, not views. */
static void add_local_relations(struct vctx *c, enum psl_constraint_scope scope)
{
	for (uint32_t m = 0; m < c->db->models.len; m++) {
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		if (psl_db_model_is_view(c->db, m))
			continue;
		for (size_t k = 0; k < mo->n_relations_from; k++) {
			uint32_t r = mo->relations_from[k];
			if (psl_db_relation_is_m2n(psl_db_relation(c->db, r)))
				continue;
			strbuf_reset(&c->tmp);
			v_relation_constraint_name(c, r, &c->tmp);
			key_local(&c->names.key, m, (int)scope, c->tmp.buf);
			count_key(c, &c->names.local);
		}
	}
}

static void add_custom_names(struct vctx *c)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		if (mo->pk && mo->pk->name) {
			key_local(&c->names.key, m, 0, mo->pk->name);
			count_key(c, &c->names.custom);
		}
		for (size_t k = 0; k < mo->indexes.len; k++) {
			if (!mo->indexes.items[k].name)
				continue;
			key_local(&c->names.key, m, 0, mo->indexes.items[k].name);
			count_key(c, &c->names.custom);
		}
	}
}

/* infer_namespaces: the connector's scopes, each filled with the names it covers. */
void vnames_build(struct vctx *c)
{
	const struct psl_connector *conn = c->conn;
	strmap_init(&c->names.global);
	strmap_init(&c->names.local);
	strmap_init(&c->names.custom);
	strbuf_init(&c->names.key, 0);
	for (size_t i = 0; i < conn->n_constraint_scopes; i++) {
		enum psl_constraint_scope scope = conn->constraint_scopes[i];
		switch (scope) {
		case PSL_SCOPE_GLOBAL_KEY_INDEX:
			add_global_indexes(c, scope);
			break;
		case PSL_SCOPE_GLOBAL_FOREIGN_KEY:
			add_global_relations(c, scope);
			break;
		case PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX:
			add_global_primary_keys(c, scope);
			add_global_indexes(c, scope);
			break;
		case PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT:
			add_global_primary_keys(c, scope);
			add_global_relations(c, scope);
			add_global_defaults(c, scope);
			break;
		case PSL_SCOPE_MODEL_KEY_INDEX:
			add_local_indexes(c, scope);
			break;
		case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX:
			add_local_primary_keys(c, scope);
			add_local_indexes(c, scope);
			break;
		case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY:
			add_local_primary_keys(c, scope);
			add_local_indexes(c, scope);
			add_local_relations(c, scope);
			break;
		}
	}
	add_custom_names(c);
}

void vnames_release(struct vnames *n)
{
	strmap_release(&n->global);
	strmap_release(&n->local);
	strmap_release(&n->custom);
	strbuf_release(&n->key);
}

/* ConstraintName::possible_scopes, in Prisma's order. */
static const enum psl_constraint_scope *possible_scopes(enum vname_kind kind, size_t *n)
{
	static const enum psl_constraint_scope index[] = {
		PSL_SCOPE_GLOBAL_KEY_INDEX, PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX, PSL_SCOPE_MODEL_KEY_INDEX,
		PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX};
	static const enum psl_constraint_scope relation[] = {
		PSL_SCOPE_GLOBAL_FOREIGN_KEY, PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
		PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY};
	static const enum psl_constraint_scope dflt[] = {PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT};
	static const enum psl_constraint_scope pk[] = {
		PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT, PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX,
		PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX, PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY};
	switch (kind) {
	case VNAME_INDEX:
		*n = ARRAY_SIZE(index);
		return index;
	case VNAME_RELATION:
		*n = ARRAY_SIZE(relation);
		return relation;
	case VNAME_DEFAULT:
		*n = ARRAY_SIZE(dflt);
		return dflt;
	case VNAME_PRIMARY_KEY:
		break;
	}
	*n = ARRAY_SIZE(pk);
	return pk;
}

void vnames_violations(struct vctx *c, uint32_t model, enum vname_kind kind, const char *name,
		       void (*report)(struct vctx *c, enum psl_constraint_scope scope, void *arg), void *arg)
{
	size_t n;
	const enum psl_constraint_scope *scopes = possible_scopes(kind, &n);
	const char *schema = psl_db_model(c->db, model)->schema;
	/* The name may live in c->tmp, which report() is free to reuse. */
	char *copy = arena_strdup(&c->arena, name);
	for (size_t i = 0; i < n; i++) {
		key_global(&c->names.key, scopes[i], schema, copy);
		if (key_count(c, &c->names.global) > 1)
			report(c, scopes[i], arg);
	}
	for (size_t i = 0; i < n; i++) {
		key_local(&c->names.key, model, (int)scopes[i], copy);
		if (key_count(c, &c->names.local) > 1)
			report(c, scopes[i], arg);
	}
}

bool vnames_custom_name_clashes(struct vctx *c, uint32_t model, const char *name)
{
	key_local(&c->names.key, model, 0, name);
	return key_count(c, &c->names.custom) > 1;
}

/* ---- the driver ------------------------------------------------------------- */

static void model_order(struct vctx *c)
{
	const struct psl_db *db = c->db;
	size_t k = 0;
	c->order = arena_alloc(&c->arena, (db->models.len + 1) * sizeof(*c->order));
	for (uint32_t m = 0; m < db->models.len; m++)
		if (!psl_db_model_is_view(db, m))
			c->order[k++] = m;
	for (uint32_t m = 0; m < db->models.len; m++)
		if (psl_db_model_is_view(db, m))
			c->order[k++] = m;
	c->n_order = k;
}

/* Prisma's validate(); false when an ambiguous relation ended it early. */
static bool run(struct vctx *c)
{
	const struct psl_db *db = c->db;

	v_composite_types(c);

	/* validate_scalar_field_unknown_default_functions */
	for (size_t i = 0; i < db->unknown_function_defaults.len; i++) {
		const struct psl_expr *v = psl_db_sfield_default_value(db, db->unknown_function_defaults.items[i]);
		if (v && v->kind == PSL_EXPR_FUNCTION)
			v_plain(c, v->span,
				"Unknown function in @default(): `%s` is not known. You can read about the available "
				"functions here: https://pris.ly/d/attribute-functions",
				v->value);
	}

	if (c->ds)
		psl_datasource_validate(c->ds, c->features, c->src);

	v_model_database_name_clashes(c);

	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(db, m);
		v_model(c, m);
		for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++)
			v_model_scalar_field(c, sf);
		for (uint32_t rf = mo->relation_start; rf < mo->relation_start + mo->n_relation; rf++)
			if (!v_relation_field(c, rf))
				return false;
		v_model_indexes(c, m);
	}

	v_enums(c);
	v_relations(c);
	return true;
}

void psl_run_validations(struct psl_schema *s)
{
	struct vctx c;
	memset(&c, 0, sizeof(c));
	c.s = s;
	c.db = s->db;
	c.src = &s->src;
	c.ds = psl_config_datasource(s->config);
	c.conn = psl_config_connector(s->config);
	c.mode = psl_config_relation_mode(s->config);
	c.features = psl_config_preview_features(s->config);
	arena_init(&c.arena);
	strbuf_init(&c.msg, 0);
	strbuf_init(&c.tmp, 0);
	model_order(&c);
	vnames_build(&c);
	run(&c);
	vnames_release(&c.names);
	strbuf_release(&c.msg);
	strbuf_release(&c.tmp);
	arena_free(&c.arena);
}
