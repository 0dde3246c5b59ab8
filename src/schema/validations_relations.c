/*
 * validations_relations.c: psl-core's rules for relation fields and
 * relations (validations/relation_fields.rs, validations/relations.rs and
 * relations/{one_to_one,one_to_many}.rs and many_to_many/).
 *
 * Sides: a 1:1 or 1:n relation's forward field (field_a) is on the
 * referencing model and carries fields:/references:; the back field
 * (field_b) is on the referenced model.
 */
#include <stdlib.h>

#include "validations_internal.h"

#define RELATION_ATTR "@relation"

/* ---- relation fields -------------------------------------------------------- */

/*
 * RelationName equality compares the text only: an explicit "ClubToUser"
 * equals the generated one. Which message is given depends on the field's
 * own kind of name.
 */
static bool same_relation_name(const struct psl_db_relation_field *a, const struct psl_db_relation_field *b)
{
	return !strcmp(a->relation_name, b->relation_name);
}

/* `a`, `a` and `b`, `a`, `b` and `c` */
static void field_list(struct strbuf *out, const struct psl_db *db, const uint32_t *ids, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addstr(out, i == n - 1 ? " and " : ", ");
		strbuf_addf(out, "`%s`", psl_db_rfield_name(db, ids[i]));
	}
}

/* relation_fields::ambiguity: false when it reported (and validation stops). */
static bool ambiguity(struct vctx *c, uint32_t rf)
{
	const struct psl_db *db = c->db;
	const struct psl_db_relation_field *f = psl_db_rfield(db, rf);
	const struct psl_db_model *mo = psl_db_model(db, f->model);
	uint32_t ids[64];
	uint32_t *all = ids;
	size_t n = 0;
	bool self = f->model == f->referenced_model, explicit_name = f->name != NULL;
	const char *model = psl_db_model_name(db, f->model), *related = psl_db_model_name(db, f->referenced_model);

	if (mo->n_relation > ARRAY_SIZE(ids))
		all = arena_alloc(&c->arena, mo->n_relation * sizeof(*all));
	for (uint32_t o = mo->relation_start; o < mo->relation_start + mo->n_relation; o++) {
		const struct psl_db_relation_field *g = psl_db_rfield(db, o);
		if (g->referenced_model == f->referenced_model && same_relation_name(f, g))
			all[n++] = o;
	}
	if (n <= 1 || (explicit_name && self && n == 2))
		return true;
	strbuf_reset(&c->tmp);
	if (!explicit_name && self && n == 2) {
		strbuf_addstr(&c->tmp, "Ambiguous self relation detected. The fields ");
		field_list(&c->tmp, db, all, n);
		strbuf_addf(&c->tmp,
			    " in model `%s` both refer to `%s`. If they are part of the same relation add the same "
			    "relation name for them with `@relation(<name>)`.",
			    model, related);
	} else if (!explicit_name && self) {
		strbuf_addstr(&c->tmp, "Unnamed self relation detected. The fields ");
		field_list(&c->tmp, db, all, n);
		strbuf_addf(&c->tmp,
			    " in model `%s` have no relation name. Please provide a relation name for one of them by "
			    "adding `@relation(<name>).",
			    model);
	} else if (self) {
		strbuf_addstr(&c->tmp, "Wrongly named self relation detected. The fields ");
		field_list(&c->tmp, db, all, n);
		strbuf_addf(&c->tmp,
			    " in model `%s` have the same relation name. At most two relation fields can belong to the "
			    "same relation and therefore have the same name. Please assign a different relation name "
			    "to one of them.",
			    model);
	} else if (!explicit_name) {
		strbuf_addstr(&c->tmp, "Ambiguous relation detected. The fields ");
		field_list(&c->tmp, db, all, n);
		strbuf_addf(&c->tmp,
			    " in model `%s` both refer to `%s`. Please provide different relation names for them by "
			    "adding `@relation(<name>).",
			    model, related);
	} else {
		strbuf_addstr(&c->tmp, "Wrongly named relation detected. The fields ");
		field_list(&c->tmp, db, all, n);
		strbuf_addf(&c->tmp,
			    " in model `%s` both use the same relation name. Please provide different relation names "
			    "for them through `@relation(<name>).",
			    model);
	}
	v_model_error(c, vctx_container(c, f->model), model, f->ast->span, "%s", c->tmp.buf);
	return false;
}

static void referential_actions(struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	struct strbuf m = STRBUF_INIT;
	struct psl_span span;
	if (f->has_on_delete && !psl_connector_supports_referential_action(c->conn, c->mode, f->on_delete)) {
		if (!v_field_arg_span(f->ast, "relation", "onDelete", &span))
			span = f->ast->span;
		psl_referential_action_message(&m, c->conn, c->mode, f->on_delete);
		v_error(c, span, "%s", m.buf);
	}
	if (f->has_on_update && !psl_connector_supports_referential_action(c->conn, c->mode, f->on_update)) {
		if (!v_field_arg_span(f->ast, "relation", "onUpdate", &span))
			span = f->ast->span;
		strbuf_reset(&m);
		psl_referential_action_message(&m, c->conn, c->mode, f->on_update);
		v_error(c, span, "%s", m.buf);
	}
	strbuf_release(&m);
}

/*
 * validate_missing_relation_indexes: with relationMode = "prisma" there is
 * no foreign key index, so the referencing fields should lead some index
 * (or the primary key).
 */
static void missing_relation_index(struct vctx *c, uint32_t rf)
{
	const struct psl_db *db = c->db;
	const struct psl_db_relation_field *f = psl_db_rfield(db, rf);
	const struct psl_db_model *mo = psl_db_model(db, f->model);
	const struct psl_attr *rel;
	if (!c->conn->suggests_missing_relation_indexes || c->mode != PSL_RELATION_MODE_PRISMA || !f->has_fields)
		return;
	for (size_t i = 0; i < mo->indexes.len; i++) {
		const struct psl_db_index *idx = &mo->indexes.items[i];
		size_t k;
		if (idx->n_fields < f->n_fields)
			continue;
		for (k = 0; k < f->n_fields; k++)
			if (psl_db_index_field_id(db, &idx->fields[k]) != psl_db_sfield(db, f->fields[k])->field)
				break;
		if (k == f->n_fields)
			return;
	}
	if (mo->pk && mo->pk->n_fields >= f->n_fields) {
		size_t k;
		for (k = 0; k < f->n_fields; k++)
			if (psl_db_index_field_id(db, &mo->pk->fields[k]) != psl_db_sfield(db, f->fields[k])->field)
				break;
		if (k == f->n_fields)
			return;
	}
	rel = v_field_attr(f->ast, "relation");
	v_warning(c, rel ? rel->span : f->ast->span,
		  "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit "
		  "from the index usually created by the relational database under the hood. This can lead to poor "
		  "performance when querying these fields. We recommend adding an index manually. Learn more at "
		  "https://pris.ly/d/relation-mode-prisma-indexes\" ");
}

bool v_relation_field(struct vctx *c, uint32_t rf)
{
	const struct psl_db *db = c->db;
	const struct psl_db_relation_field *f = psl_db_rfield(db, rf);
	const struct psl_db_model *related = psl_db_model(db, f->referenced_model);

	if (!ambiguity(c, rf))
		return false;
	v_validate_client_name(c, f->model, f->ast->name.name);
	/* ignored_related_model */
	if (related->is_ignored && !f->is_ignored && !psl_db_model(db, f->model)->is_ignored)
		v_attr_error(c, "@ignore", f->ast->span,
			     "The relation field `%s` on Model `%s` must specify the `@ignore` attribute, because the "
			     "model %s it is pointing to is marked ignored.",
			     f->ast->name.name, psl_db_model_name(db, f->model), psl_db_model_name(db, f->referenced_model));
	referential_actions(c, rf);
	/* map */
	if (f->mapped_name) {
		const struct psl_attr *rel = v_field_attr(f->ast, "relation");
		if (!vctx_has(c, PSL_CAP_NAMED_FOREIGN_KEYS)) {
			struct psl_span none = {0, 0, 0};
			v_attr_error(c, "@relation", rel ? rel->span : none,
				     "Your provider does not support named foreign keys.");
		} else if (rel) {
			v_db_name_length(c, f->model, rel, f->mapped_name, false);
		}
	}
	missing_relation_index(c, rf);
	return true;
}

/* ---- inline relations --------------------------------------------------------- */

static const char *rf_model_name(const struct vctx *c, uint32_t rf)
{
	return psl_db_model_name(c->db, psl_db_rfield(c->db, rf)->model);
}

static const char *rf_name(const struct vctx *c, uint32_t rf)
{
	return psl_db_rfield_name(c->db, rf);
}

static struct psl_span rf_span(const struct vctx *c, uint32_t rf)
{
	return psl_db_rfield(c->db, rf)->ast->span;
}

/* is_empty_fields(field.referencing_fields()) */
static bool no_fields(const struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	return !f->has_fields || !f->n_fields;
}

static bool no_references(const struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	return !f->has_references || !f->n_references;
}

static bool has_explicit_action(const struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	return f->has_on_delete || f->has_on_update;
}

/* The criteria's field names, sorted, equal the names given (sorted). */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool same_name_set(struct vctx *c, const struct psl_db_criteria *cr, const uint32_t *refs, size_t n)
{
	const char **x, **y;
	if (cr->n_fields != n)
		return false;
	x = arena_alloc(&c->arena, (n + 1) * sizeof(*x));
	y = arena_alloc(&c->arena, (n + 1) * sizeof(*y));
	for (size_t i = 0; i < n; i++) {
		x[i] = psl_db_index_field_name(c->db, &cr->fields[i]);
		y[i] = psl_db_sfield_name(c->db, refs[i]);
	}
	qsort(x, n, sizeof(*x), cmp_str);
	qsort(y, n, sizeof(*y), cmp_str);
	for (size_t i = 0; i < n; i++)
		if (strcmp(x[i], y[i]))
			return false;
	return true;
}

static void names_of(struct strbuf *out, const struct psl_db *db, const uint32_t *sfields, size_t n)
{
	for (size_t i = 0; i < n; i++)
		strbuf_addf(out, "%s%s", i ? ", " : "", psl_db_sfield_name(db, sfields[i]));
}

/* references_unique_fields and referencing_fields_in_correct_order */
static void references_unique_fields(struct vctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	struct psl_db_criteria cr;
	bool unique = false;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(db, fwd);
	if (!f->has_references || !f->n_references)
		return;
	for (size_t i = 0; !unique && psl_db_model_unique_criteria(db, r->model_b, i, &cr); i++)
		unique = same_name_set(c, &cr, r->referenced_fields, r->n_referenced_fields);
	if (!unique) {
		strbuf_reset(&c->tmp);
		names_of(&c->tmp, db, r->referenced_fields, r->n_referenced_fields);
		if (r->n_referenced_fields == 1)
			v_attr_error(c, RELATION_ATTR, f->ast->span,
				     "The argument `references` must refer to a unique criterion in the related model. "
				     "Consider adding an `@unique` attribute to the field `%s` in the model `%s`.",
				     c->tmp.buf, psl_db_model_name(db, r->model_b));
		else
			v_attr_error(c, RELATION_ATTR, f->ast->span,
				     "The argument `references` must refer to a unique criterion in the related model. "
				     "Consider adding an `@@unique([%s])` attribute to the model `%s`.",
				     c->tmp.buf, psl_db_model_name(db, r->model_b));
		return;
	}
	/* referencing_fields_in_correct_order */
	if (f->n_references <= 1 || vctx_has(c, PSL_CAP_RELATION_FIELDS_IN_ARBITRARY_ORDER))
		return;
	for (size_t i = 0; psl_db_model_unique_criteria(db, r->model_b, i, &cr); i++) {
		size_t k;
		if (cr.n_fields != f->n_references)
			continue;
		for (k = 0; k < cr.n_fields && k < r->n_referenced_fields; k++)
			if (strcmp(psl_db_index_field_name(db, &cr.fields[k]),
				   psl_db_sfield_name(db, r->referenced_fields[k])))
				break;
		if (k == cr.n_fields || k == r->n_referenced_fields)
			return;
	}
	strbuf_reset(&c->tmp);
	names_of(&c->tmp, db, r->referenced_fields, r->n_referenced_fields);
	v_error(c, f->ast->span,
		"The argument `references` must refer to a unique criterion in the related model `%s` using the same "
		"order of fields. Please check the ordering in the following fields: `%s`.",
		psl_db_model_name(db, r->model_b), c->tmp.buf);
}

static void same_length(struct vctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(c->db, fwd);
	if (f->has_fields && f->has_references && f->n_fields != f->n_references)
		v_error(c, f->relation_attr->span, "You must specify the same number of fields in `fields` and `references`.");
}

static void field_arity(struct vctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	bool optional = false;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(c->db, fwd);
	if (f->ast->arity != PSL_REQUIRED || !f->has_fields)
		return;
	for (size_t i = 0; i < f->n_fields; i++)
		optional |= psl_db_sfield_is_optional(c->db, f->fields[i]);
	if (!optional)
		return;
	strbuf_reset(&c->tmp);
	names_of(&c->tmp, c->db, f->fields, f->n_fields);
	v_error(c, f->ast->span,
		"The relation field `%s` uses the scalar fields %s. At least one of those fields is optional. Hence the "
		"relation field must be optional as well.",
		f->ast->name.name, c->tmp.buf);
}

static bool field_types_match(const struct psl_field_type *a, const struct psl_field_type *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case PSL_TYPE_BUILTIN:
		return a->scalar == b->scalar;
	case PSL_TYPE_ENUM:
	case PSL_TYPE_COMPOSITE:
		return a->id == b->id;
	case PSL_TYPE_UNSUPPORTED:
		return !strcmp(a->unsupported, b->unsupported);
	}
	return false;
}

static void referencing_scalar_field_types(struct vctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(db, fwd);
	if (!f->has_fields)
		return;
	for (size_t i = 0; i < f->n_fields && i < r->n_referenced_fields; i++) {
		const struct psl_db_scalar_field *a = psl_db_sfield(db, f->fields[i]);
		const struct psl_db_scalar_field *b = psl_db_sfield(db, r->referenced_fields[i]);
		if (field_types_match(&a->type, &b->type))
			continue;
		v_attr_error(c, RELATION_ATTR, f->ast->span,
			     "The type of the field `%s` in the model `%s` is not matching the type of the referenced "
			     "field `%s` in model `%s`.",
			     a->ast->name.name, psl_db_model_name(db, a->model), b->ast->name.name,
			     psl_db_model_name(db, b->model));
	}
}

struct fk_clash {
	const char *name, *model_name;
	struct psl_span span;
};

static void report_fk_clash(struct vctx *c, enum psl_constraint_scope scope, void *arg)
{
	const struct fk_clash *k = arg;
	struct strbuf desc = STRBUF_INIT;
	psl_constraint_scope_describe(&desc, scope, k->model_name);
	v_attr_error(c, RELATION_ATTR, k->span,
		     "The given constraint name `%s` has to be unique in the following namespace: %s. Please provide "
		     "a different name using the `map` argument.",
		     k->name, desc.buf);
	strbuf_release(&desc);
}

static void fk_name_clash(struct vctx *c, uint32_t rel)
{
	const struct psl_db_relation *r = psl_db_relation(c->db, rel);
	uint32_t fwd = psl_db_relation_forward_field(r);
	struct fk_clash k;
	if (!vnames_relevant(c, VNAME_RELATION))
		return;
	k.name = v_relation_name(c, rel);
	k.model_name = psl_db_model_name(c->db, r->model_a);
	if (fwd != PSL_DB_NONE) {
		const struct psl_field *ast = psl_db_rfield(c->db, fwd)->ast;
		if (!v_field_arg_span(ast, "relation", "map", &k.span))
			k.span = ast->span;
	} else {
		k.span = psl_db_model(c->db, r->model_b)->ast->span;
	}
	vnames_violations(c, r->model_a, VNAME_RELATION, k.name, report_fk_clash, &k);
}

static void required_relation_set_null(struct vctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	bool any_required = false;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(c->db, fwd);
	/* Without fields: Prisma's unwrap_or_default() lets the check go on. */
	if (f->has_fields) {
		for (size_t i = 0; i < f->n_fields; i++)
			any_required |= psl_db_sfield(c->db, f->fields[i])->ast->arity == PSL_REQUIRED;
		if (!any_required)
			return;
	}
	if (psl_connector_allows_set_null_on_non_nullable(c->conn, c->mode)) {
		static const char *const warn =
			"The `%s` referential action of a relation should not be set to `SetNull` when a referenced "
			"field is required. We recommend either to choose another referential action, or to make the "
			"referenced fields optional. Read more at https://pris.ly/d/postgres-set-null ";
		if (f->has_on_delete && f->on_delete == PSL_ACTION_SET_NULL)
			v_warning(c, f->ast->span, warn, "onDelete");
		if (f->has_on_update && f->on_update == PSL_ACTION_SET_NULL)
			v_warning(c, f->ast->span, warn, "onUpdate");
	} else {
		static const char *const err =
			"The `%s` referential action of a relation must not be set to `SetNull` when a referenced field "
			"is required.\nEither choose another referential action, or make the referenced fields "
			"optional.\n";
		if (f->has_on_delete && f->on_delete == PSL_ACTION_SET_NULL)
			v_attr_error(c, RELATION_ATTR, f->ast->span, err, "onDelete");
		if (f->has_on_update && f->on_update == PSL_ACTION_SET_NULL)
			v_attr_error(c, RELATION_ATTR, f->ast->span, err, "onUpdate");
	}
}

/* ---- cycles (relationMode = "prisma", or a connector that detects them) ------------ */

static enum psl_referential_action rel_on_delete(struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	if (f->has_on_delete)
		return f->on_delete;
	return psl_default_on_delete(c->conn, c->mode, psl_db_rfield_referential_arity(c->db, rf) == PSL_REQUIRED);
}

static enum psl_referential_action rel_on_update(struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	return f->has_on_update ? f->on_update : psl_default_on_update();
}

/* cascade_error_with_default_values: names the implicit actions that cascade. */
static void cascade_error(struct vctx *c, uint32_t rf, const char *msg)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	enum psl_referential_action del = rel_on_delete(c, rf), upd = rel_on_update(c, rf);
	bool show_del = !f->has_on_delete && psl_ref_action_triggers_modification(del);
	bool show_upd = !f->has_on_update && psl_ref_action_triggers_modification(upd);
	struct strbuf m = STRBUF_INIT;
	strbuf_addstr(&m, msg);
	if (show_del && show_upd)
		strbuf_addf(&m, " (Implicit default `onDelete`: `%s`, and `onUpdate`: `%s`)",
			    psl_referential_action_name(del), psl_referential_action_name(upd));
	else if (show_del)
		strbuf_addf(&m, " (Implicit default `onDelete`: `%s`)", psl_referential_action_name(del));
	else if (show_upd)
		strbuf_addf(&m, " (Implicit default `onUpdate`: `%s`)", psl_referential_action_name(upd));
	strbuf_addstr(&m, " Read more at https://pris.ly/d/cyclic-referential-actions");
	v_error(c, f->ast->span, "%s", m.buf);
	strbuf_release(&m);
}

struct cycle_node {
	uint32_t rel;
	int prev;
};

struct cycle_item {
	uint32_t rel;
	int node;
};

static bool in_list(const uint32_t *v, size_t n, uint32_t x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == x)
			return true;
	return false;
}

/*
 * relations::cycles: from this relation's referencing model, follow the
 * complete inline relations whose actions cascade; reaching the model again
 * is a cycle.
 */
static void cycles(struct vctx *c, uint32_t rel)
{
	const struct psl_db *db = c->db;
	const struct psl_db_relation *root = psl_db_relation(db, rel);
	VEC(struct cycle_node) nodes = {0};
	VEC(struct cycle_item) stack = {0};
	VEC(uint32_t) visited = {0};
	uint32_t parent_model = root->model_a;
	struct cycle_node first = {rel, -1};
	struct cycle_item start = {rel, 0};

	if (!vctx_has(c, PSL_CAP_REFERENCE_CYCLE_DETECTION) && c->mode == PSL_RELATION_MODE_FOREIGN_KEYS)
		return;
	vec_push(&nodes, first);
	vec_push(&stack, start);
	while (stack.len) {
		struct cycle_item it = stack.items[--stack.len];
		const struct psl_db_relation *r = psl_db_relation(db, it.rel);
		uint32_t model = r->model_a, related = r->model_b;
		const struct psl_db_model *rm;
		if (!in_list(visited.items, visited.len, r->field_a))
			vec_push(&visited, r->field_a);
		if (!psl_ref_action_triggers_modification(rel_on_delete(c, r->field_a)) &&
		    !psl_ref_action_triggers_modification(rel_on_update(c, r->field_a)))
			continue;
		if (model == related) {
			cascade_error(c, root->field_a,
				      "A self-relation must have `onDelete` and `onUpdate` referential actions set to "
				      "`NoAction` in one of the @relation attributes.");
			break;
		}
		if (related == parent_model) {
			/* The path from the root: walk back, then print in reverse. */
			size_t depth = 0, k;
			const char **parts;
			struct strbuf m = STRBUF_INIT;
			for (int p = it.node; p >= 0; p = nodes.items[p].prev)
				depth++;
			parts = arena_alloc(&c->arena, (depth + 1) * sizeof(*parts));
			k = depth;
			for (int p = it.node; p >= 0; p = nodes.items[p].prev) {
				const struct psl_db_relation *pr = psl_db_relation(db, nodes.items[p].rel);
				parts[--k] = arena_printf(&c->arena, "%s.%s", psl_db_model_name(db, pr->model_a),
							  psl_db_rfield_name(db, pr->field_a));
			}
			strbuf_addstr(&m, "Reference causes a cycle. One of the @relation attributes in this cycle must "
					  "have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle "
					  "path: ");
			for (k = 0; k < depth; k++)
				strbuf_addf(&m, "%s%s", k ? " \xe2\x86\x92 " : "", parts[k]);
			strbuf_addch(&m, '.');
			cascade_error(c, root->field_a, m.buf);
			strbuf_release(&m);
			break;
		}
		rm = psl_db_model(db, related);
		for (size_t i = 0; i < rm->n_relations_from; i++) {
			uint32_t next = rm->relations_from[i];
			const struct psl_db_relation *nr = psl_db_relation(db, next);
			if (psl_db_relation_is_m2n(nr) || !psl_db_relation_is_complete_inline(nr))
				continue;
			if (in_list(visited.items, visited.len, nr->field_a))
				continue;
			{
				struct cycle_node node = {next, it.node};
				struct cycle_item item;
				vec_push(&nodes, node);
				item.rel = next;
				item.node = (int)nodes.len - 1;
				vec_push(&stack, item);
			}
		}
	}
	vec_free(&nodes);
	vec_free(&stack);
	vec_free(&visited);
}

/* ---- one-to-one ------------------------------------------------------------------ */

static void missing_opposite(struct vctx *c, uint32_t rf)
{
	const struct psl_db_relation_field *f = psl_db_rfield(c->db, rf);
	const char *container = vctx_container(c, f->model);
	v_field_error(c, container, rf_model_name(c, rf), rf_name(c, rf), f->ast->span,
		      "The relation field `%s` on %s `%s` is missing an opposite relation field on the model `%s`. "
		      "Either run `prisma format` or add it manually.",
		      rf_name(c, rf), container, rf_model_name(c, rf), psl_db_model_name(c->db, f->referenced_model));
}

/* "The relation fields `a` on Model `A` and `b` on Model `B` <what>" on field x's span. */
static void pair_error(struct vctx *c, uint32_t x, uint32_t y, uint32_t at, const char *what)
{
	v_attr_error(c, RELATION_ATTR, rf_span(c, at), "The relation fields `%s` on Model `%s` and `%s` on Model `%s` %s",
		     rf_name(c, x), rf_model_name(c, x), rf_name(c, y), rf_model_name(c, y), what);
}

static void one_to_one(struct vctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t fwd = r->field_a, back = r->field_b;
	struct psl_db_criteria cr;
	bool unique = false;

	if (back == PSL_DB_NONE) {
		missing_opposite(c, fwd);
	} else {
		/* fields_and_references_are_defined */
		if (no_fields(c, fwd) && no_fields(c, back)) {
			static const char what[] = "do not provide the `fields` argument in the @relation attribute. "
						   "You have to provide it on one of the two fields.";
			pair_error(c, fwd, back, fwd, what);
			pair_error(c, back, fwd, back, what);
		}
		if (no_references(c, fwd) && no_references(c, back)) {
			static const char what[] = "do not provide the `references` argument in the @relation "
						   "attribute. You have to provide it on one of the two fields.";
			pair_error(c, fwd, back, fwd, what);
			pair_error(c, back, fwd, back, what);
		}
		/* fields_and_references_defined_on_one_side_only */
		if (!no_references(c, fwd) && !no_references(c, back)) {
			static const char what[] = "both provide the `references` argument in the @relation attribute. "
						   "You have to provide it only on one of the two fields.";
			pair_error(c, fwd, back, fwd, what);
			pair_error(c, fwd, back, back, what);
		}
		if (!no_fields(c, fwd) && !no_fields(c, back)) {
			static const char what[] = "both provide the `fields` argument in the @relation attribute. You "
						   "have to provide it only on one of the two fields.";
			pair_error(c, fwd, back, fwd, what);
			pair_error(c, fwd, back, back, what);
		}
		/* referential_actions */
		if (has_explicit_action(c, fwd) && has_explicit_action(c, back)) {
			static const char what[] = "both provide the `onDelete` or `onUpdate` argument in the @relation "
						   "attribute. You have to provide it only on one of the two fields.";
			pair_error(c, back, fwd, back, what);
			pair_error(c, fwd, back, fwd, what);
		} else if (has_explicit_action(c, back)) {
			v_attr_error(c, RELATION_ATTR, rf_span(c, back),
				     "The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` "
				     "argument in the @relation attribute. You must only specify it on the opposite field "
				     "`%s` on model `%s`.",
				     rf_name(c, back), rf_model_name(c, back), rf_name(c, fwd), rf_model_name(c, fwd));
		}
	}

	/* fields_must_be_a_unique_constraint */
	{
		const struct psl_db_relation_field *f = psl_db_rfield(db, fwd);
		for (size_t i = 0; !unique && psl_db_model_unique_criteria(db, r->model_a, i, &cr); i++)
			unique = !f->has_fields || psl_db_criteria_contains_exactly(db, &cr, f->fields, f->n_fields);
		if (!unique && f->has_fields) {
			strbuf_reset(&c->tmp);
			names_of(&c->tmp, db, f->fields, f->n_fields);
			if (f->n_fields == 1)
				v_attr_error(c, RELATION_ATTR, f->ast->span,
					     "A one-to-one relation must use unique fields on the defining side. Either add "
					     "an `@unique` attribute to the field `%s`, or change the relation to "
					     "one-to-many.",
					     c->tmp.buf);
			else
				v_attr_error(c, RELATION_ATTR, f->ast->span,
					     "A one-to-one relation must use unique fields on the defining side. Either add "
					     "an `@@unique([%s])` attribute to the model, or change the relation to "
					     "one-to-many.",
					     c->tmp.buf);
		}
	}

	/* The remaining rules only speak when nothing else has. */
	if (back == PSL_DB_NONE || psl_has_errors(c->src))
		return;
	/* fields_references_mixups */
	if (!no_fields(c, fwd) && !no_references(c, back)) {
		static const char *const m = "The relation field `%s` on Model `%s` provides the `fields` argument in the "
					     "@relation attribute. And the related field `%s` on Model `%s` provides the "
					     "`references` argument. You must provide both arguments on the same side.";
		v_attr_error(c, RELATION_ATTR, rf_span(c, fwd), m, rf_name(c, fwd), rf_model_name(c, fwd),
			     rf_name(c, back), rf_model_name(c, back));
		v_attr_error(c, RELATION_ATTR, rf_span(c, back), m, rf_name(c, fwd), rf_model_name(c, fwd),
			     rf_name(c, back), rf_model_name(c, back));
	}
	if (!no_references(c, fwd) && !no_fields(c, back))
		v_attr_error(c, RELATION_ATTR, rf_span(c, fwd),
			     "The relation field `%s` on Model `%s` provides the `references` argument in the @relation "
			     "attribute. And the related field `%s` on Model `%s` provides the `fields` argument. You "
			     "must provide both arguments on the same side.",
			     rf_name(c, fwd), rf_model_name(c, fwd), rf_name(c, back), rf_model_name(c, back));
	if (psl_has_errors(c->src))
		return;
	/* back_relation_arity_is_optional */
	if (psl_db_rfield_is_required(db, back))
		v_attr_error(c, RELATION_ATTR, rf_span(c, back),
			     "The relation field `%s` on Model `%s` is required. This is not valid because it's not "
			     "possible to enforce this constraint on the database level. Please change the field type "
			     "from `%s` to `%s?` to fix this.",
			     rf_name(c, back), rf_model_name(c, back), rf_model_name(c, fwd), rf_model_name(c, fwd));
	if (psl_has_errors(c->src))
		return;
	/* fields_and_references_on_wrong_side */
	if (psl_db_rfield_is_required(db, fwd) &&
	    (psl_db_rfield(db, back)->has_fields || psl_db_rfield(db, back)->has_references))
		v_attr_error(c, RELATION_ATTR, rf_span(c, back),
			     "The relation field `%s.%s` defines the `fields` and/or `references` argument. You must set "
			     "them on the required side of the relation (`%s.%s`) in order for the constraints to be "
			     "enforced. Alternatively, you can change this field to be required and the opposite "
			     "optional, or make both sides of the relation optional.",
			     rf_model_name(c, back), rf_name(c, back), rf_model_name(c, fwd), rf_name(c, fwd));
}

/* ---- one-to-many ----------------------------------------------------------------- */

static void one_to_many(struct vctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = r->field_a, back = r->field_b;
	if (fwd == PSL_DB_NONE || back == PSL_DB_NONE) {
		missing_opposite(c, fwd != PSL_DB_NONE ? fwd : back);
		return;
	}
	if (no_fields(c, fwd))
		v_attr_error(c, RELATION_ATTR, rf_span(c, fwd),
			     "The relation field `%s` on Model `%s` must specify the `fields` argument in the @relation "
			     "attribute. You can run `prisma format` to fix this automatically.",
			     rf_name(c, fwd), rf_model_name(c, fwd));
	if (no_references(c, fwd))
		v_attr_error(c, RELATION_ATTR, rf_span(c, fwd),
			     "The relation field `%s` on Model `%s` must specify the `references` argument in the "
			     "@relation attribute.",
			     rf_name(c, fwd), rf_model_name(c, fwd));
	if (!no_fields(c, back) || !no_references(c, back))
		v_attr_error(c, RELATION_ATTR, rf_span(c, back),
			     "The relation field `%s` on Model `%s` must not specify the `fields` or `references` "
			     "argument in the @relation attribute. You must only specify it on the opposite field `%s` "
			     "on model `%s`.",
			     rf_name(c, back), rf_model_name(c, back), rf_name(c, fwd), rf_model_name(c, fwd));
	if (has_explicit_action(c, back))
		v_attr_error(c, RELATION_ATTR, rf_span(c, back),
			     "The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` "
			     "argument in the @relation attribute. You must only specify it on the opposite field `%s` "
			     "on model `%s`, or in case of a many to many relation, in an explicit join table.",
			     rf_name(c, back), rf_model_name(c, back), rf_name(c, fwd), rf_model_name(c, fwd));
}

/* ---- many-to-many ---------------------------------------------------------------- */

static void implicit_m2n(struct vctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t sides[2] = {r->field_a, r->field_b};

	/* supports_implicit_relations */
	if (psl_db_rfield_one_side_is_view(db, r->field_a) || psl_db_rfield_one_side_is_view(db, r->field_b)) {
		for (int i = 0; i < 2; i++)
			v_error(c, rf_span(c, sides[i]), "Implicit many-to-many relations are not supported for views.");
	} else if (!vctx_has(c, PSL_CAP_IMPLICIT_MANY_TO_MANY_RELATION)) {
		for (int i = 0; i < 2; i++)
			v_error(c, rf_span(c, sides[i]),
				"Implicit many-to-many relations are not supported on %s. Please use the syntax defined "
				"in https://pris.ly/d/document-database-many-to-many",
				c->conn->name);
	}
	/* validate_singular_id */
	for (int i = 0; i < 2; i++) {
		const struct psl_db_relation_field *f = psl_db_rfield(db, sides[i]);
		if (!psl_db_model_has_single_id_field(db, f->referenced_model)) {
			const char *container = vctx_container(c, f->referenced_model);
			v_field_error(c, container, rf_model_name(c, sides[i]), rf_name(c, sides[i]), f->ast->span,
				      "The relation field `%s` on %s `%s` references `%s` which does not have an `@id` "
				      "field. Models without `@id` cannot be part of a many to many relation. Use an "
				      "explicit intermediate Model to represent this relationship.",
				      rf_name(c, sides[i]), container, rf_model_name(c, sides[i]),
				      psl_db_model_name(db, f->referenced_model));
			continue;
		}
		if (!psl_db_rfield_references_singular_id_field(db, sides[i])) {
			strbuf_reset(&c->tmp);
			names_of(&c->tmp, db, f->references, f->has_references ? f->n_references : 0);
			v_error(c, f->ast->span,
				"Implicit many-to-many relations must always reference the id field of the related model. "
				"Change the argument `references` to use the id field of the related model `%s`. But it "
				"is referencing the following fields that are not the id: %s",
				psl_db_model_name(db, f->referenced_model), c->tmp.buf);
		}
	}
	/* validate_no_referential_actions */
	for (int i = 0; i < 2; i++) {
		const struct psl_db_relation_field *f = psl_db_rfield(db, sides[i]);
		if (f->has_on_delete)
			v_error(c, f->on_delete_span, "Referential actions on implicit many-to-many relations are not supported");
		if (f->has_on_update)
			v_error(c, f->on_update_span, "Referential actions on implicit many-to-many relations are not supported");
	}
	/* cannot_define_references_argument */
	for (int i = 0; i < 2; i++)
		if (psl_db_rfield(db, sides[i])->has_references)
			v_attr_error(c, RELATION_ATTR, rf_span(c, sides[i]),
				     "Implicit many-to-many relation should not have references argument defined. Either "
				     "remove it, or change the relation to one-to-many.");
}

/*
 * Two-way embedded m:n relations are MongoDB's; every other rule about them
 * needs the capability, so only the refusal applies here.
 */
static void embedded_m2n(struct vctx *c, const struct psl_db_relation *r)
{
	if (vctx_has(c, PSL_CAP_TWO_WAY_EMBEDDED_MANY_TO_MANY_RELATION))
		return;
	v_error(c, rf_span(c, r->field_a),
		"Embedded many-to-many relations are not supported on %s. Please use the syntax defined in "
		"https://pris.ly/d/relational-database-many-to-many",
		c->conn->name);
	v_error(c, rf_span(c, r->field_b),
		"Embedded many-to-many relations are not supported on %s. Please use the syntax defined in "
		"https://pris.ly/d/relational-database-many-to-many",
		c->conn->name);
}

/*
 * multiple_cascading_paths needs ReferenceCycleDetection with foreign keys
 * (SQL Server); no connector rdb validates for has it, so it is not ported.
 */
void v_relations(struct vctx *c)
{
	const struct psl_db *db = c->db;
	for (uint32_t i = 0; i < db->relations.len; i++) {
		const struct psl_db_relation *r = psl_db_relation(db, i);
		switch (r->kind) {
		case PSL_REL_IMPLICIT_M2N:
			implicit_m2n(c, r);
			continue;
		case PSL_REL_TWO_WAY_EMBEDDED_M2N:
			embedded_m2n(c, r);
			continue;
		case PSL_REL_ONE_TO_ONE:
		case PSL_REL_ONE_TO_MANY:
			break;
		}
		if (psl_db_relation_is_complete_inline(r))
			cycles(c, i);
		references_unique_fields(c, r);
		same_length(c, r);
		field_arity(c, r);
		referencing_scalar_field_types(c, r);
		fk_name_clash(c, i);
		required_relation_set_null(c, r);
		if (r->kind == PSL_REL_ONE_TO_ONE)
			one_to_one(c, r);
		else
			one_to_many(c, r);
	}
}
