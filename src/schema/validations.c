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

/* The name into the arena, through the shared scratch. */
static const char *keep(struct vctx *c, struct strbuf *sb)
{
	return arena_strndup(&c->arena, sb->buf, sb->len);
}

const char *v_index_name(struct vctx *c, uint32_t model, size_t k)
{
	const char **slot = &c->index_names[c->index_base[model] + k];
	const struct psl_db_index *idx = &psl_db_model(c->db, model)->indexes.items[k];
	const char *table = psl_db_model_database_name(c->db, model);
	const char **cols;
	size_t n;
	if (*slot)
		return *slot;
	if (idx->mapped_name)
		return *slot = idx->mapped_name;
	cols = index_columns(c, idx->fields, idx->n_fields, &n);
	strbuf_reset(&c->names.name);
	if (idx->type == PSL_INDEX_UNIQUE)
		psl_constraint_unique_name(&c->names.name, table, cols, n, c->conn);
	else
		psl_constraint_index_name(&c->names.name, table, cols, n, c->conn);
	return *slot = keep(c, &c->names.name);
}

const char *v_pk_name(struct vctx *c, uint32_t model)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, model)->pk;
	if (!pk || !vctx_has(c, PSL_CAP_NAMED_PRIMARY_KEYS))
		return NULL;
	if (c->pk_names[model])
		return c->pk_names[model];
	if (pk->mapped_name)
		return c->pk_names[model] = pk->mapped_name;
	strbuf_reset(&c->names.name);
	psl_constraint_primary_key_name(&c->names.name, psl_db_model_database_name(c->db, model), c->conn);
	return c->pk_names[model] = keep(c, &c->names.name);
}

const char *v_default_name(struct vctx *c, uint32_t sf)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	if (f->dflt.mapped_name)
		return f->dflt.mapped_name;
	strbuf_reset(&c->names.name);
	psl_constraint_default_name(&c->names.name, psl_db_model_database_name(c->db, f->model),
				    psl_db_sfield_database_name(c->db, sf), c->conn);
	return keep(c, &c->names.name);
}

const char *v_relation_name(struct vctx *c, uint32_t rel)
{
	const struct psl_db_relation *r = psl_db_relation(c->db, rel);
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f = fwd != PSL_DB_NONE ? psl_db_rfield(c->db, fwd) : NULL;
	const char **cols = NULL;
	size_t n = 0;
	if (c->rel_names[rel])
		return c->rel_names[rel];
	if (f && f->mapped_name)
		return c->rel_names[rel] = f->mapped_name;
	if (f && f->has_fields) {
		cols = arena_alloc(&c->arena, (f->n_fields + 1) * sizeof(*cols));
		for (n = 0; n < f->n_fields; n++)
			cols[n] = psl_db_sfield_database_name(c->db, f->fields[n]);
	}
	strbuf_reset(&c->names.name);
	psl_constraint_foreign_key_name(&c->names.name, psl_db_model_database_name(c->db, r->model_a), cols, n,
					c->conn);
	return c->rel_names[rel] = keep(c, &c->names.name);
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
 * The namespaces count names per key: (scope, schema, name) for global
 * scopes, (model, scope, name) for model scopes, (model, name) for the
 * client names of @@id / @@unique. Names are mostly unique, so instead of
 * a map of copied keys each namespace is one array of (key hash, entry)
 * with an open-addressing index on the hash; a lookup compares the few
 * entries with the same hash against the names kept in the name caches.
 * Nothing is copied.
 */
enum vent_kind { VENT_INDEX, VENT_PK, VENT_RELATION, VENT_DEFAULT, VENT_PK_CLIENT, VENT_INDEX_CLIENT };

static uint64_t key_hash(int scope, bool global, uint32_t model, const char *schema, const char *name)
{
	uint64_t h = (uint64_t)scope << 1 | global;
	if (global) {
		if (schema)
			h = hash64(schema, strlen(schema) + 1, h);
	} else {
		h = hash64(&model, sizeof(model), h);
	}
	return hash64(name, strlen(name), h);
}

static const char *vent_name(struct vctx *c, const struct vent *e)
{
	uint32_t m;
	switch (e->kind) {
	case VENT_INDEX:
		m = c->index_model[e->ref];
		return v_index_name(c, m, e->ref - c->index_base[m]);
	case VENT_PK:
		return v_pk_name(c, e->ref);
	case VENT_RELATION:
		return v_relation_name(c, e->ref);
	case VENT_DEFAULT:
		return v_default_name(c, e->ref);
	case VENT_PK_CLIENT:
		return psl_db_model(c->db, e->ref)->pk->name;
	case VENT_INDEX_CLIENT:
		m = c->index_model[e->ref];
		return psl_db_model(c->db, m)->indexes.items[e->ref - c->index_base[m]].name;
	}
	return "";
}

/* `model` is the key's: its schema in global scopes, itself in model scopes. */
static void vent_add(struct vctx *c, struct vnamespace *ns, enum vent_kind kind, uint32_t ref, uint32_t model,
		     int scope, const char *name)
{
	struct vent e;
	e.kind = (uint8_t)kind;
	e.scope = (uint8_t)scope;
	e.ref = ref;
	e.model = model;
	e.hash = key_hash(scope, ns->global, model, psl_db_model(c->db, model)->schema, name);
	vec_push(&ns->v, e);
}

/* Indexes the filled namespace by hash (linear probing, load <= 1/2). */
static void vent_index(struct vctx *c, struct vnamespace *ns)
{
	size_t cap = 16;
	while (cap < ns->v.len * 2)
		cap *= 2;
	ns->slots = arena_alloc(&c->arena, cap * sizeof(*ns->slots));
	ns->mask = cap - 1;
	for (size_t i = 0; i < ns->v.len; i++) {
		size_t k = (size_t)ns->v.items[i].hash & ns->mask;
		while (ns->slots[k])
			k = (k + 1) & ns->mask;
		ns->slots[k] = (uint32_t)i + 1;
	}
}

/* How many entries of the namespace have exactly this key. */
static size_t vent_count(struct vctx *c, const struct vnamespace *ns, int scope, uint32_t model, const char *name)
{
	const char *schema = psl_db_model(c->db, model)->schema;
	uint64_t h = key_hash(scope, ns->global, model, schema, name);
	size_t n = 0;
	if (!ns->v.len)
		return 0;
	for (size_t k = (size_t)h & ns->mask; ns->slots[k]; k = (k + 1) & ns->mask) {
		const struct vent *e = &ns->v.items[ns->slots[k] - 1];
		uint32_t em = e->model;
		if (e->hash != h || e->scope != scope || strcmp(vent_name(c, e), name))
			continue;
		if (ns->global ? !str_eq(psl_db_model(c->db, em)->schema, schema) : em != model)
			continue;
		n++;
	}
	return n;
}

static void add_indexes(struct vctx *c, struct vnamespace *ns, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		for (size_t k = 0; k < mo->indexes.len; k++)
			vent_add(c, ns, VENT_INDEX, (uint32_t)(c->index_base[m] + k), m, (int)scope,
				 v_index_name(c, m, k));
	}
}

/*
 * Global: every inline relation, under its referencing model's schema. Per
 * model: the relations each model (not view) ingested, under that model,
 * which for a relation defined only on its list side is the referenced
 * model, as in Prisma.
 */
static void add_relations(struct vctx *c, struct vnamespace *ns, enum psl_constraint_scope scope)
{
	if (ns->global) {
		for (uint32_t r = 0; r < c->db->relations.len; r++) {
			const struct psl_db_relation *rel = psl_db_relation(c->db, r);
			if (!psl_db_relation_is_m2n(rel))
				vent_add(c, ns, VENT_RELATION, r, rel->model_a, (int)scope, v_relation_name(c, r));
		}
		return;
	}
	for (uint32_t m = 0; m < c->db->models.len; m++) {
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		if (psl_db_model_is_view(c->db, m))
			continue;
		for (size_t k = 0; k < mo->n_relations_from; k++) {
			uint32_t r = mo->relations_from[k];
			if (!psl_db_relation_is_m2n(psl_db_relation(c->db, r)))
				vent_add(c, ns, VENT_RELATION, r, m, (int)scope, v_relation_name(c, r));
		}
	}
}

static void add_primary_keys(struct vctx *c, struct vnamespace *ns, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		const char *name = v_pk_name(c, c->order[i]);
		if (name)
			vent_add(c, ns, VENT_PK, c->order[i], c->order[i], (int)scope, name);
	}
}

static void add_defaults(struct vctx *c, struct vnamespace *ns, enum psl_constraint_scope scope)
{
	for (size_t i = 0; i < c->n_order; i++) {
		const struct psl_db_model *mo = psl_db_model(c->db, c->order[i]);
		for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++)
			if (psl_db_sfield(c->db, sf)->has_default)
				vent_add(c, ns, VENT_DEFAULT, sf, c->order[i], (int)scope, v_default_name(c, sf));
	}
}

static void add_client_names(struct vctx *c)
{
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(c->db, m);
		if (mo->pk && mo->pk->name)
			vent_add(c, &c->names.custom, VENT_PK_CLIENT, m, m, 0, mo->pk->name);
		for (size_t k = 0; k < mo->indexes.len; k++)
			if (mo->indexes.items[k].name)
				vent_add(c, &c->names.custom, VENT_INDEX_CLIENT, (uint32_t)(c->index_base[m] + k), m, 0,
					 mo->indexes.items[k].name);
	}
}

/* infer_namespaces: the connector's scopes, each filled with the names it covers. */
void vnames_build(struct vctx *c)
{
	const struct psl_connector *conn = c->conn;
	struct vnames *n = &c->names;
	size_t total = 0;
	memset(n, 0, sizeof(*n));
	n->global.global = true;
	strbuf_init(&n->name, 0);
	/* the name caches */
	c->index_base = arena_alloc(&c->arena, (c->db->models.len + 1) * sizeof(*c->index_base));
	for (uint32_t m = 0; m < c->db->models.len; m++) {
		c->index_base[m] = total;
		total += psl_db_model(c->db, m)->indexes.len;
	}
	c->index_names = arena_alloc(&c->arena, (total + 1) * sizeof(*c->index_names));
	c->index_model = arena_alloc(&c->arena, (total + 1) * sizeof(*c->index_model));
	for (uint32_t m = 0; m < c->db->models.len; m++)
		for (size_t k = 0; k < psl_db_model(c->db, m)->indexes.len; k++)
			c->index_model[c->index_base[m] + k] = m;
	c->pk_names = arena_alloc(&c->arena, (c->db->models.len + 1) * sizeof(*c->pk_names));
	c->rel_names = arena_alloc(&c->arena, (c->db->relations.len + 1) * sizeof(*c->rel_names));

	for (size_t i = 0; i < conn->n_constraint_scopes; i++) {
		enum psl_constraint_scope scope = conn->constraint_scopes[i];
		c->scope_mask |= 1u << scope;
		switch (scope) {
		case PSL_SCOPE_GLOBAL_KEY_INDEX:
			add_indexes(c, &n->global, scope);
			break;
		case PSL_SCOPE_GLOBAL_FOREIGN_KEY:
			add_relations(c, &n->global, scope);
			break;
		case PSL_SCOPE_GLOBAL_PRIMARY_KEY_KEY_INDEX:
			add_primary_keys(c, &n->global, scope);
			add_indexes(c, &n->global, scope);
			break;
		case PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT:
			add_primary_keys(c, &n->global, scope);
			add_relations(c, &n->global, scope);
			add_defaults(c, &n->global, scope);
			break;
		case PSL_SCOPE_MODEL_KEY_INDEX:
			add_indexes(c, &n->local, scope);
			break;
		case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX:
			add_primary_keys(c, &n->local, scope);
			add_indexes(c, &n->local, scope);
			break;
		case PSL_SCOPE_MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY:
			add_primary_keys(c, &n->local, scope);
			add_indexes(c, &n->local, scope);
			add_relations(c, &n->local, scope);
			break;
		}
	}
	add_client_names(c);
	vent_index(c, &n->global);
	vent_index(c, &n->local);
	vent_index(c, &n->custom);
}

void vnames_release(struct vnames *n)
{
	vec_free(&n->global.v);
	vec_free(&n->local.v);
	vec_free(&n->custom.v);
	strbuf_release(&n->name);
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

static bool is_global(enum psl_constraint_scope scope)
{
	return scope <= PSL_SCOPE_GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT;
}

bool vnames_relevant(const struct vctx *c, enum vname_kind kind)
{
	size_t n;
	const enum psl_constraint_scope *scopes = possible_scopes(kind, &n);
	for (size_t i = 0; i < n; i++)
		if (c->scope_mask & (1u << scopes[i]))
			return true;
	return false;
}

/*
 * Global scopes first, then the model's; a scope the connector does not
 * have was never filled, so only the connector's scopes are looked up.
 */
void vnames_violations(struct vctx *c, uint32_t model, enum vname_kind kind, const char *name,
		       void (*report)(struct vctx *c, enum psl_constraint_scope scope, void *arg), void *arg)
{
	size_t n;
	const enum psl_constraint_scope *scopes = possible_scopes(kind, &n);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < n; i++) {
			if (!(c->scope_mask & (1u << scopes[i])) || is_global(scopes[i]) != (pass == 0))
				continue;
			if (vent_count(c, pass == 0 ? &c->names.global : &c->names.local, (int)scopes[i], model, name) > 1)
				report(c, scopes[i], arg);
		}
	}
}

bool vnames_custom_name_clashes(struct vctx *c, uint32_t model, const char *name)
{
	return vent_count(c, &c->names.custom, 0, model, name) > 1;
}

/* ---- the driver ------------------------------------------------------------- */

/* Which models name an index or their primary key (checked against every field's name). */
static void find_client_names(struct vctx *c)
{
	const struct psl_db *db = c->db;
	c->client_names = arena_alloc(&c->arena, (db->models.len + 1) * sizeof(*c->client_names));
	for (size_t m = 0; m < db->models.len; m++) {
		const struct psl_db_model *mo = psl_db_model(db, (uint32_t)m);
		bool any = mo->pk && mo->pk->name;
		for (size_t i = 0; i < mo->indexes.len && !any; i++)
			any = mo->indexes.items[i].name != NULL;
		c->client_names[m] = any;
	}
}

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
	find_client_names(&c);
	vnames_build(&c);
	run(&c);
	vnames_release(&c.names);
	strbuf_release(&c.msg);
	strbuf_release(&c.tmp);
	arena_free(&c.arena);
}
