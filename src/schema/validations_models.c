/*
 * validations_models.c: psl-core's rules for composite types, models and
 * views, their primary keys, scalar fields and indexes, and enums
 * (validations/{composite_types,models,autoincrement,views,fields,indexes,
 * enums}.rs), called by validations.c in Prisma's order.
 */
#include <stdlib.h>

#include "validations_internal.h"

/* ---- composite types ------------------------------------------------------ */

/* One step of a traversal path: `ct`, reached from `prev` (-1 at the root). */
struct ct_path {
	uint32_t ct;
	int prev;
};

struct ct_item {
	uint32_t ct, field; /* the composite type field to look at */
	int path;           /* index into the path nodes, -1: start a new root */
};

struct ct_error {
	uint32_t ct;
	size_t seq; /* discovery order, for a stable sort */
	char *msg;
	struct psl_span span;
};

struct ct_errors {
	VEC(struct ct_error) v;
};

static int ct_error_cmp(const void *a, const void *b)
{
	const struct ct_error *x = a, *y = b;
	if (x->ct != y->ct)
		return x->ct < y->ct ? -1 : 1;
	return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

static void ct_error_push(struct vctx *c, struct ct_errors *errs, uint32_t ct, uint32_t owner, uint32_t field,
			  const char *msg)
{
	const struct psl_db_composite *o = &c->db->composites.items[owner];
	struct ct_error e;
	e.ct = ct;
	e.seq = errs->v.len;
	e.span = o->ast->fields.items[field].span;
	e.msg = arena_printf(&c->arena, "Error validating field `%s` in composite type `%s`: %s",
			     o->ast->fields.items[field].name.name, o->ast->name.name, msg);
	vec_push(&errs->v, e);
}

/*
 * detect_composite_cycles. Required composite fields are followed depth
 * first (a stack, popped from the end); a field whose type is its own
 * composite type, or the first type visited from the current root, closes
 * a cycle. Prisma can loop forever on a cycle that does not pass through
 * the first visited type; the step budget stops us where it would hang.
 */
static void detect_composite_cycles(struct vctx *c)
{
	const struct psl_db *db = c->db;
	VEC(struct ct_item) stack = {0};
	VEC(struct ct_path) paths = {0};
	VEC(uint32_t) visited = {0};
	struct ct_errors errs = {{0}};
	size_t budget = 100000;

	for (uint32_t ct = 0; ct < db->composites.len; ct++) {
		const struct psl_db_composite *co = &db->composites.items[ct];
		for (uint32_t f = 0; f < co->ast->fields.len; f++)
			if (co->fields[f].present && co->ast->fields.items[f].arity == PSL_REQUIRED) {
				struct ct_item it = {ct, f, -1};
				vec_push(&stack, it);
			}
	}
	while (stack.len && budget--) {
		struct ct_item it = stack.items[--stack.len];
		const struct psl_db_composite_field *cf = &db->composites.items[it.ct].fields[it.field];
		int path = it.path;
		uint32_t target;
		if (path < 0) {
			struct ct_path root = {it.ct, -1};
			visited.len = 0;
			vec_push(&paths, root);
			path = (int)paths.len - 1;
		}
		if (cf->type.kind != PSL_TYPE_COMPOSITE)
			continue;
		target = cf->type.id;
		if (target == it.ct) {
			ct_error_push(c, &errs, target, it.ct, it.field,
				      "The type is the same as the parent and causes an endless cycle. Please change "
				      "the field to be either optional or a list.");
		} else if (visited.len && visited.items[0] == target) {
			/* Display: the current type first, back to the root. */
			strbuf_reset(&c->tmp);
			strbuf_addstr(&c->tmp, "The types cause an endless cycle in the path ");
			for (int p = path; p >= 0; p = paths.items[p].prev)
				strbuf_addf(&c->tmp, "%s`%s`", p == path ? "" : " \xe2\x86\x92 ",
					    psl_db_composite_name(db, paths.items[p].ct));
			strbuf_addstr(&c->tmp, ". Please change one of the fields to be either optional or a list to "
					       "break the cycle.");
			ct_error_push(c, &errs, target, it.ct, it.field, c->tmp.buf);
		} else {
			const struct psl_db_composite *tc = &db->composites.items[target];
			struct ct_path link = {target, path};
			vec_push(&visited, target);
			for (uint32_t f = 0; f < tc->ast->fields.len; f++) {
				if (!tc->fields[f].present || tc->ast->fields.items[f].arity != PSL_REQUIRED)
					continue;
				vec_push(&paths, link);
				{
					struct ct_item next = {target, f, (int)paths.len - 1};
					vec_push(&stack, next);
				}
			}
		}
	}
	if (errs.v.len)
		qsort(errs.v.items, errs.v.len, sizeof(*errs.v.items), ct_error_cmp);
	for (size_t i = 0; i < errs.v.len; i++)
		psl_error_str(c->src, errs.v.items[i].span, errs.v.items[i].msg);
	vec_free(&stack);
	vec_free(&paths);
	vec_free(&visited);
	vec_free(&errs.v);
}

/*
 * The composite type rules. No connector rdb validates for (PostgreSQL,
 * MySQL, none) has composite types, so every composite type is reported
 * and the per-field rules after it, which Prisma runs only while there is
 * no error at all, never run; they are kept for the connectors that do.
 */
void v_composite_types(struct vctx *c)
{
	const struct psl_db *db = c->db;
	detect_composite_cycles(c);
	for (uint32_t ct = 0; ct < db->composites.len; ct++) {
		const struct psl_db_composite *co = &db->composites.items[ct];
		size_t n_fields = 0;
		if (!vctx_has(c, PSL_CAP_COMPOSITE_TYPES))
			v_error(c, co->ast->span, "Composite types are not supported on %s.", c->conn->name);
		if (psl_has_errors(c->src))
			continue;
		for (uint32_t f = 0; f < co->ast->fields.len; f++)
			n_fields += co->fields[f].present;
		if (!n_fields)
			v_error(c, co->ast->span, "A type must have at least one field defined.");
		for (uint32_t f = 0; f < co->ast->fields.len; f++) {
			const struct psl_db_composite_field *cf = &co->fields[f];
			if (!cf->present || !cf->has_default)
				continue;
			if (cf->dflt.mapped_name)
				v_attr_error(c, "@default", cf->dflt.attr->span,
					     "A `map` argument for the default value of a field on a composite type is "
					     "not allowed. Consider removing it.");
			v_default_value(c, &cf->dflt.attr->args.args.items[cf->dflt.arg_idx].value,
					cf->type.kind == PSL_TYPE_BUILTIN, cf->type.scalar);
		}
	}
}

/* ---- models ------------------------------------------------------------------ */

/*
 * database_name_clashes: (schema, database name) must be unique among
 * models and views. Like Prisma's HashMap::insert, each model replaces the
 * previous holder of its key, so a third clash is reported against the
 * second model.
 */
void v_model_database_name_clashes(struct vctx *c)
{
	const struct psl_db *db = c->db;
	struct strmap seen;
	strmap_init(&seen);
	for (size_t i = 0; i < c->n_order; i++) {
		uint32_t m = c->order[i];
		const struct psl_db_model *mo = psl_db_model(db, m);
		const char *dbname = psl_db_model_database_name(db, m);
		uint32_t *slot;
		char *key;
		size_t klen;
		strbuf_reset(&c->tmp);
		if (mo->schema) {
			strbuf_addch(&c->tmp, 's');
			strbuf_add(&c->tmp, mo->schema, strlen(mo->schema) + 1);
		} else {
			strbuf_addch(&c->tmp, '-');
		}
		strbuf_addstr(&c->tmp, dbname);
		klen = c->tmp.len;
		slot = strmap_get(&seen, c->tmp.buf, klen);
		if (!slot) {
			key = arena_memdup(&c->arena, c->tmp.buf, klen);
			slot = arena_alloc(&c->arena, sizeof(*slot));
			*slot = m;
			strmap_put(&seen, key, klen, slot);
			continue;
		}
		{
			uint32_t existing = *slot;
			const struct psl_model *holder = mo->mapped_name ? mo->ast : psl_db_model(db, existing)->ast;
			const char *other = mo->mapped_name ? psl_db_model_name(db, existing) : psl_db_model_name(db, m);
			for (size_t a = 0; a < holder->attrs.len; a++) {
				if (strcmp(holder->attrs.items[a].name.name, "map"))
					continue;
				v_plain(c, holder->attrs.items[a].span,
					"The model with database name \"%s\" could not be defined because another model "
					"or view with this name exists: \"%s\"",
					dbname, other);
				break;
			}
			*slot = m;
		}
	}
	strmap_release(&seen);
}

static void has_a_strict_unique_criteria(struct vctx *c, uint32_t m)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);
	const char *container = vctx_container(c, m);
	struct psl_db_criteria cr;
	bool any = false;
	if (mo->is_ignored)
		return;
	for (size_t i = 0; psl_db_model_unique_criteria(db, m, i, &cr); i++)
		if (psl_db_criteria_is_strict(db, &cr))
			return;
	strbuf_reset(&c->tmp);
	strbuf_addf(&c->tmp,
		    "Each %s must have at least one unique criteria that has only required fields. Either mark a "
		    "single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or "
		    "`@@unique([])` to the %s.",
		    container, container);
	for (size_t i = 0; psl_db_model_unique_criteria(db, m, i, &cr); i++) {
		strbuf_addstr(&c->tmp, any ? "\n- " : " The following unique criterias were not considered as they "
						      "contain fields that are not required:\n- ");
		any = true;
		for (size_t k = 0; k < cr.n_fields; k++)
			strbuf_addf(&c->tmp, "%s%s", k ? ", " : "", psl_db_index_field_name(db, &cr.fields[k]));
	}
	v_model_error(c, container, psl_db_model_name(db, m), mo->ast->span, "%s", c->tmp.buf);
}

/* The shared "has to be unique in the following namespace" report. */
struct clash_report {
	const char *name;       /* the constraint name */
	const char *model_name; /* for the scope description */
	const char *attribute;  /* "@id", "@@index", ... */
	struct psl_span span;
};

static void report_clash(struct vctx *c, enum psl_constraint_scope scope, void *arg)
{
	const struct clash_report *r = arg;
	struct strbuf desc = STRBUF_INIT;
	psl_constraint_scope_describe(&desc, scope, r->model_name);
	v_attr_error(c, r->attribute, r->span,
		     "The given constraint name `%s` has to be unique in the following namespace: %s. Please provide "
		     "a different name using the `map` argument.",
		     r->name, desc.buf);
	strbuf_release(&desc);
}

static void has_a_unique_primary_key_name(struct vctx *c, uint32_t m)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, m)->pk;
	struct clash_report r;
	const char *name = v_pk_name(c, m);
	if (!name)
		return;
	v_db_name_length(c, m, pk->attr, name, pk->source_field == PSL_DB_NONE);
	r.name = name;
	r.model_name = psl_db_model_name(c->db, m);
	r.attribute = pk->source_field != PSL_DB_NONE ? "@id" : "@@id";
	r.span = v_attr_arg_span(pk->attr, "map", pk->attr->span);
	vnames_violations(c, m, VNAME_PRIMARY_KEY, name, report_clash, &r);
}

static const char *pk_attribute_name(const struct psl_db_primary_key *pk)
{
	return pk->source_field != PSL_DB_NONE ? "@id" : "@@id";
}

static void has_a_unique_custom_primary_key_name_per_model(struct vctx *c, uint32_t m)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, m)->pk;
	if (!pk || !pk->name || !vnames_custom_name_clashes(c, m, pk->name))
		return;
	v_attr_error(c, pk_attribute_name(pk), v_attr_arg_span(pk->attr, "name", pk->attr->span),
		     "The given custom name `%s` has to be unique on the model. Please provide a different name for "
		     "the `name` argument.",
		     pk->name);
}

static void id_has_fields(struct vctx *c, uint32_t m)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, m)->pk;
	if (!pk || pk->n_fields)
		return;
	v_attr_error(c, pk_attribute_name(pk), pk->attr->span,
		     "The list of fields in an `%s()` attribute cannot be empty. Please specify at least one field.",
		     pk_attribute_name(pk));
}

/* Compound ids get a client name made of their fields' names: it must not be a field's. */
static void id_client_name_does_not_clash_with_field(struct vctx *c, uint32_t m)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);
	const struct psl_db_primary_key *pk = mo->pk;
	if (!pk || pk->n_fields <= 1)
		return;
	strbuf_reset(&c->tmp);
	for (size_t i = 0; i < pk->n_fields; i++)
		strbuf_addf(&c->tmp, "%s%s", i ? "_" : "", psl_db_sfield_name(db, pk->fields[i].root));
	for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++) {
		if (strcmp(psl_db_sfield_name(db, sf), c->tmp.buf))
			continue;
		v_model_error(c, vctx_container(c, m), psl_db_model_name(db, m), pk->attr->span,
			      "The field `%s` clashes with the `@@id` attribute's name. Please resolve the conflict by "
			      "providing a custom id name: `@@id([...], name: \"custom_name\")`",
			      c->tmp.buf);
		return;
	}
}

static void primary_key_connector_specific(struct vctx *c, uint32_t m)
{
	const struct psl_db_model *mo = psl_db_model(c->db, m);
	const struct psl_db_primary_key *pk = mo->pk;
	if (!pk)
		return;
	if (pk->mapped_name && !vctx_has(c, PSL_CAP_NAMED_PRIMARY_KEYS))
		v_model_error(c, vctx_container(c, m), psl_db_model_name(c->db, m), mo->ast->span,
			      "You defined a database name for the primary key on the model. This is not supported "
			      "by the provider.");
	if (pk->n_fields > 1 && !vctx_has(c, PSL_CAP_COMPOUND_IDS))
		v_model_error(c, vctx_container(c, m), psl_db_model_name(c->db, m), pk->attr->span,
			      "The current connector does not support compound ids.");
}

static void primary_key_prefix_and_sort(struct vctx *c, uint32_t m)
{
	const struct psl_db_primary_key *pk = psl_db_model(c->db, m)->pk;
	bool length = false, sort = false;
	if (!pk)
		return;
	for (size_t i = 0; i < pk->n_fields; i++) {
		length |= pk->fields[i].has_length;
		sort |= pk->fields[i].has_sort;
	}
	if (!vctx_has(c, PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING) && length)
		v_attr_error(c, pk_attribute_name(pk), pk->attr->span,
			     "The length argument is not supported in the primary key with the current connector");
	if (!vctx_has(c, PSL_CAP_PRIMARY_KEY_SORT_ORDER_DEFINITION) && sort)
		v_attr_error(c, pk_attribute_name(pk), pk->attr->span,
			     "The sort argument is not supported in the primary key with the current connector");
}

static void only_one_fulltext_attribute_allowed(struct vctx *c, uint32_t m)
{
	const struct psl_db_model *mo = psl_db_model(c->db, m);
	size_t n = 0;
	if (!vctx_has(c, PSL_CAP_FULL_TEXT_INDEX) || vctx_has(c, PSL_CAP_MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL))
		return;
	for (size_t i = 0; i < mo->indexes.len; i++)
		n += mo->indexes.items[i].type == PSL_INDEX_FULLTEXT;
	if (n <= 1)
		return;
	for (size_t i = 0; i < mo->indexes.len; i++)
		if (mo->indexes.items[i].type == PSL_INDEX_FULLTEXT)
			v_attr_error(c, "@@fulltext", mo->indexes.items[i].attr->span,
				     "The current connector only allows one fulltext attribute per model");
}

static void shard_key_rules(struct vctx *c, uint32_t m)
{
	const struct psl_db_shard_key *sk = psl_db_model(c->db, m)->shard_key;
	const char *name;
	if (!sk)
		return;
	name = sk->source_field != PSL_DB_NONE ? "@shardKey" : "@@shardKey";
	if (!(c->features & PSL_PF_BIT(PSL_PF_SHARD_KEYS)))
		v_attr_error(c, name, sk->attr->span,
			     "Defining shard keys requires enabling the `shardKeys` preview feature");
	if (!c->conn->supports_shard_keys)
		v_attr_error(c, name, sk->attr->span, "Shard keys are not currently supported for provider %s",
			     c->conn->provider_name);
	if (!sk->n_fields)
		v_attr_error(c, name, sk->attr->span,
			     "The list of fields in a `%s()` attribute cannot be empty. Please specify at least one "
			     "field.",
			     name);
}

static void validate_auto_increment(struct vctx *c, uint32_t m)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);
	uint32_t end = mo->scalar_start + mo->n_scalar;
	size_t count = 0;
	for (uint32_t sf = mo->scalar_start; sf < end; sf++)
		count += psl_db_sfield_is_autoincrement(db, sf);
	if (!count)
		return;
	if (!vctx_has(c, PSL_CAP_AUTO_INCREMENT)) {
		for (uint32_t sf = mo->scalar_start; sf < end; sf++)
			if (psl_db_sfield_is_autoincrement(db, sf))
				v_attr_error(c, "@default", psl_db_sfield(db, sf)->dflt.attr->span,
					     "The `autoincrement()` default value is used with a datasource that does "
					     "not support it.");
		return;
	}
	if (!vctx_has(c, PSL_CAP_AUTO_INCREMENT_MULTIPLE_ALLOWED) && count > 1)
		v_attr_error(c, "@default", mo->ast->span,
			     "The `autoincrement()` default value is used multiple times on this model even though "
			     "the underlying datasource only supports one instance per table.");
	for (uint32_t sf = mo->scalar_start; sf < end; sf++) {
		const struct psl_db_scalar_field *f = psl_db_sfield(db, sf);
		if (!psl_db_sfield_is_autoincrement(db, sf))
			continue;
		if (!vctx_has(c, PSL_CAP_AUTO_INCREMENT_ALLOWED_ON_NON_ID) &&
		    !psl_db_model_field_is_single_pk(db, m, f->field))
			v_attr_error(c, "@default", f->ast->span,
				     "The `autoincrement()` default value is used on a non-id field even though the "
				     "datasource does not support this.");
		if (!vctx_has(c, PSL_CAP_AUTO_INCREMENT_NON_INDEXED_ALLOWED) &&
		    !psl_db_model_field_is_indexed_for_autoincrement(db, m, f->field))
			v_attr_error(c, "@default", f->ast->span,
				     "The `autoincrement()` default value is used on a non-indexed field even though "
				     "the datasource does not support this.");
	}
}

/* @@schema rules, shared by models and enums: 0 when fine, else reported. */
static void schema_rules(struct vctx *c, const char *schema, struct psl_span schema_span, struct psl_span block_span,
			 const char *missing_model_container, const char *block_name)
{
	bool multi = vctx_has(c, PSL_CAP_MULTI_SCHEMA);
	/* schema_is_defined_in_the_datasource */
	if (multi && c->ds && schema && !psl_datasource_has_schema(c->ds, schema))
		v_plain(c, schema_span,
			"This schema is not defined in the datasource. Read more on `@@schema` at "
			"https://pris.ly/d/multi-schema");
	/* schema_attribute_supported_in_connector */
	if (!multi && schema)
		v_plain(c, schema_span, "@@schema is not supported on the current datasource provider");
	/* schema_attribute_missing */
	if (multi && c->ds && c->ds->has_schemas && c->conn->provider != PSL_PROVIDER_MYSQL && !schema) {
		if (missing_model_container)
			v_model_error(c, missing_model_container, block_name, block_span,
				      "This %s is missing an `@@schema` attribute.", missing_model_container);
		else
			v_plain(c, block_span, "This enum is missing an `@@schema` attribute.");
	}
}

/* validate_length_used_with_correct_types for one field of an index or key. */
static void length_with_correct_types(struct vctx *c, const struct psl_index_field *f, const char *attribute,
				      struct psl_span span)
{
	struct psl_field_type t;
	if (!vctx_has(c, PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING) || !f->has_length)
		return;
	t = psl_db_index_field_type(c->db, f);
	if (t.kind == PSL_TYPE_UNSUPPORTED)
		return;
	if (t.kind == PSL_TYPE_BUILTIN && (t.scalar == PSL_SCALAR_STRING || t.scalar == PSL_SCALAR_BYTES))
		return;
	v_attr_error(c, attribute, span, "The length argument is only allowed with field types `String` or `Bytes`.");
}

void v_model(struct vctx *c, uint32_t m)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);
	const struct psl_db_primary_key *pk = mo->pk;
	bool view = psl_db_model_is_view(db, m);

	if (view) {
		if (!(c->features & PSL_PF_BIT(PSL_PF_VIEWS)))
			v_error(c, mo->ast->span, "View definitions are only available with the `views` preview feature.");
	} else {
		has_a_strict_unique_criteria(c, m);
		has_a_unique_primary_key_name(c, m);
		has_a_unique_custom_primary_key_name_per_model(c, m);
		id_has_fields(c, m);
		id_client_name_does_not_clash_with_field(c, m);
		primary_key_connector_specific(c, m);
		primary_key_prefix_and_sort(c, m);
		only_one_fulltext_attribute_allowed(c, m);
		shard_key_rules(c, m);
		v_connector_model(c, m);
		validate_auto_increment(c, m);
	}

	schema_rules(c, mo->schema, mo->schema_span, mo->ast->span, vctx_container(c, m), psl_db_model_name(db, m));

	if (!pk)
		return;
	if (view) {
		v_error(c, pk->attr->span, "Views cannot have primary keys.");
		return;
	}
	for (size_t i = 0; i < pk->n_fields; i++)
		length_with_correct_types(c, &pk->fields[i], pk_attribute_name(pk), pk->attr->span);
	/* id_supports_clustering_setting, clustering_can_be_defined_only_once */
	if (!vctx_has(c, PSL_CAP_CLUSTERING_SETTING)) {
		if (pk->has_clustered)
			v_attr_error(c, pk_attribute_name(pk), pk->attr->span,
				     "Defining clustering is not supported in the current connector.");
	} else if (!pk->has_clustered || pk->clustered) {
		for (size_t i = 0; i < mo->indexes.len; i++) {
			if (mo->indexes.items[i].has_clustered && mo->indexes.items[i].clustered) {
				v_attr_error(c, pk_attribute_name(pk), pk->attr->span,
					     "A model can only hold one clustered index or id.");
				break;
			}
		}
	}
}

/* ---- fields -------------------------------------------------------------------- */

/* validate_client_name: a field named like an index, unique or id `name:`. */
void v_validate_client_name(struct vctx *c, uint32_t m, const char *field)
{
	const struct psl_db_model *mo = psl_db_model(c->db, m);
	bool idx = false, uniq = false;
	static const char *const which[] = {"@@index", "@@unique", "@@id"};
	bool taken[3];
	if (!c->client_names[m])
		return;
	for (size_t i = 0; i < mo->indexes.len; i++) {
		const struct psl_db_index *x = &mo->indexes.items[i];
		if (!x->name || strcmp(x->name, field))
			continue;
		if (x->type == PSL_INDEX_UNIQUE)
			uniq = true;
		else
			idx = true;
	}
	taken[0] = idx;
	taken[1] = uniq;
	taken[2] = mo->pk && mo->pk->name && !strcmp(mo->pk->name, field);
	for (int i = 0; i < 3; i++)
		if (taken[i])
			v_model_error(c, vctx_container(c, m), psl_db_model_name(c->db, m), mo->ast->span,
				      "The custom name `%s` specified for the `%s` attribute is already used as a name "
				      "for a field. Please choose a different name.",
				      field, which[i]);
}

static void scalar_field_connector_specific(struct vctx *c, uint32_t sf)
{
	const struct psl_db *db = c->db;
	const struct psl_db_scalar_field *f = psl_db_sfield(db, sf);
	const char *container = vctx_container(c, f->model);
	const char *model = psl_db_model_name(db, f->model);
	const char *name = f->ast->name.name;
	if (f->type.kind == PSL_TYPE_BUILTIN && f->type.scalar == PSL_SCALAR_JSON) {
		if (!vctx_has(c, PSL_CAP_JSON))
			v_field_error(c, container, model, name, f->ast->span,
				      "Field `%s` in %s `%s` can't be of type Json. The current connector does not "
				      "support the Json type.",
				      name, container, model);
		if (f->ast->arity == PSL_LIST && !vctx_has(c, PSL_CAP_JSON_LISTS))
			v_field_error(c, container, model, name, f->ast->span,
				      "Field `%s` in %s `%s` can't be of type Json[]. The current connector does not "
				      "support the Json List type.",
				      name, container, model);
	} else if (f->type.kind == PSL_TYPE_BUILTIN && f->type.scalar == PSL_SCALAR_DECIMAL) {
		if (!vctx_has(c, PSL_CAP_DECIMAL_TYPE))
			v_field_error(c, container, model, name, f->ast->span,
				      "Field `%s` in %s `%s` can't be of type Decimal. The current connector does not "
				      "support the Decimal type.",
				      name, container, model);
	}
	if (f->ast->arity == PSL_LIST && !vctx_has(c, PSL_CAP_SCALAR_LISTS))
		v_plain(c, f->ast->span,
			"Field \"%s\" in %s \"%s\" can't be a list. The current connector does not support lists of "
			"primitive types.",
			name, container, model);
}

static void default_name_clash(struct vctx *c, uint32_t sf)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	struct clash_report r;
	const char *name;
	/* Only SQL Server names default constraints: skip deriving names nobody checks. */
	if (!f->has_default || !vnames_relevant(c, VNAME_DEFAULT))
		return;
	name = v_default_name(c, sf);
	r.name = name;
	r.model_name = psl_db_model_name(c->db, f->model);
	r.attribute = "@default";
	if (!v_field_arg_span(f->ast, "default", "map", &r.span))
		r.span = f->ast->span;
	vnames_violations(c, f->model, VNAME_DEFAULT, name, report_clash, &r);
}

static void native_type_arguments(struct vctx *c, uint32_t sf)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	const struct psl_raw_native_type *nt = &f->native_type;
	if (!f->has_native_type || f->type.kind != PSL_TYPE_BUILTIN)
		return;
	psl_native_type_validate_field(c->conn, c->ds ? c->ds->name : NULL, c->ds ? c->ds->active_provider : NULL,
				       nt->scope, nt->name, nt->args, nt->n_args, f->type.scalar, nt->span, c->src);
}

static void default_value_rules(struct vctx *c, uint32_t sf)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	const struct psl_expr *value;
	if (!f->has_default)
		return;
	if (f->dflt.mapped_name && !vctx_has(c, PSL_CAP_NAMED_DEFAULT_VALUES))
		v_attr_error(c, "@default", f->dflt.attr->span,
			     "You defined a database name for the default value of a field on the model. This is not "
			     "supported by the provider.");
	if (f->dflt.mapped_name)
		v_db_name_length(c, f->model, f->dflt.attr, f->dflt.mapped_name, false);
	value = psl_db_sfield_default_value(c->db, sf);
	v_default_value(c, value, f->type.kind == PSL_TYPE_BUILTIN, f->type.scalar);
	/* validate_auto_param: auto() is MongoDB's. */
	if (!vctx_has(c, PSL_CAP_DEFAULT_VALUE_AUTO) && value && value->kind == PSL_EXPR_FUNCTION &&
	    !strcmp(value->value, "auto"))
		v_attr_error(c, "@default", value->span, "The current connector does not support the `auto()` function.");
}

void v_model_scalar_field(struct vctx *c, uint32_t sf)
{
	const struct psl_db_scalar_field *f = psl_db_sfield(c->db, sf);
	scalar_field_connector_specific(c, sf);
	v_validate_client_name(c, f->model, f->ast->name.name);
	default_name_clash(c, sf);
	native_type_arguments(c, sf);
	default_value_rules(c, sf);
	if (f->type.kind == PSL_TYPE_UNSUPPORTED && c->ds)
		psl_unsupported_type_check(c->ds->connector, c->ds->name, f->ast->name.name, f->ast->type.name,
					   f->ast->span, c->src);
}

/* ---- indexes -------------------------------------------------------------------- */

static bool index_any(const struct psl_db_index *idx, bool length, bool sort, bool ops)
{
	for (size_t i = 0; i < idx->n_fields; i++) {
		const struct psl_index_field *f = &idx->fields[i];
		if ((length && f->has_length) || (sort && f->has_sort) || (ops && f->has_ops))
			return true;
	}
	return false;
}

static void index_constraint_name_clash(struct vctx *c, uint32_t m, size_t pos)
{
	const struct psl_db_index *idx = &psl_db_model(c->db, m)->indexes.items[pos];
	struct clash_report r;
	const char *name;
	if (!vnames_relevant(c, VNAME_INDEX))
		return;
	name = v_index_name(c, m, pos);
	r.name = name;
	r.model_name = psl_db_model_name(c->db, m);
	r.attribute = psl_db_index_attribute_name(idx);
	r.span = v_attr_arg_span(idx->attr, "map", v_attr_arg_span(idx->attr, "name", idx->attr->span));
	vnames_violations(c, m, VNAME_INDEX, name, report_clash, &r);
}

/* Compound unique indexes get a client name made of their field names. */
static void unique_client_name_clash(struct vctx *c, uint32_t m, const struct psl_db_index *idx)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);
	const struct psl_expr *arr;
	const char *attr = psl_db_index_attribute_name(idx);
	if (idx->type != PSL_INDEX_UNIQUE || idx->n_fields <= 1)
		return;
	arr = psl_db_index_fields_array(idx);
	if (!arr)
		return;
	/* all_field_names: every name in the array, paths split at the dots. */
	strbuf_reset(&c->tmp);
	for (size_t i = 0; i < arr->n_items; i++) {
		const struct psl_expr *e = &arr->items[i];
		if (e->kind != PSL_EXPR_CONSTANT && e->kind != PSL_EXPR_FUNCTION)
			continue;
		if (c->tmp.len)
			strbuf_addch(&c->tmp, '_');
		for (const char *p = e->value; *p; p++)
			strbuf_addch(&c->tmp, *p == '.' ? '_' : *p);
	}
	for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++) {
		if (strcmp(psl_db_sfield_name(db, sf), c->tmp.buf))
			continue;
		v_model_error(c, vctx_container(c, m), psl_db_model_name(db, m), idx->attr->span,
			      "The field `%s` clashes with the `%s` name. Please resolve the conflict by providing a "
			      "custom id name: `%s([...], name: \"custom_name\")`",
			      c->tmp.buf, attr, attr);
		return;
	}
}

static void fulltext_rules(struct vctx *c, const struct psl_db_index *idx, const char *attr)
{
	if (!vctx_has(c, PSL_CAP_FULL_TEXT_INDEX)) {
		if (idx->type == PSL_INDEX_FULLTEXT)
			v_attr_error(c, attr, idx->attr->span,
				     "Defining fulltext indexes is not supported with the current connector.");
		return;
	}
	if (idx->type != PSL_INDEX_FULLTEXT)
		return;
	if (index_any(idx, true, false, false))
		v_attr_error(c, attr, idx->attr->span, "The length argument is not supported in a @@fulltext attribute.");
	if (!vctx_has(c, PSL_CAP_SORT_ORDER_IN_FULL_TEXT_INDEX)) {
		if (index_any(idx, false, true, false))
			v_attr_error(c, attr, idx->attr->span,
				     "The sort argument is not supported in a @@fulltext attribute in the current "
				     "connector.");
		return;
	}
	/* fulltext_text_columns_should_be_bundled_together: sorted*, text+, sorted* */
	{
		int state = 0; /* 0 init, 1 sort head, 2 text bundle, 3 sort tail */
		for (size_t i = 0; i < idx->n_fields; i++) {
			bool sorted = idx->fields[i].has_sort;
			if (state == 3 && !sorted) {
				v_attr_error(c, attr, idx->attr->span,
					     "All index fields must be listed adjacently in the fields argument.");
				return;
			}
			if (sorted)
				state = state == 0 || state == 1 ? 1 : 3;
			else
				state = 2;
		}
	}
}

static void clustering_rules(struct vctx *c, uint32_t m, size_t index_pos, const char *attr)
{
	const struct psl_db_model *mo = psl_db_model(c->db, m);
	const struct psl_db_index *idx = &mo->indexes.items[index_pos];
	if (!vctx_has(c, PSL_CAP_CLUSTERING_SETTING)) {
		if (idx->has_clustered)
			v_attr_error(c, attr, idx->attr->span,
				     "Defining clustering is not supported in the current connector.");
		return;
	}
	if (!idx->has_clustered || !idx->clustered)
		return;
	if (mo->pk && (!mo->pk->has_clustered || mo->pk->clustered))
		v_attr_error(c, attr, idx->attr->span, "A model can only hold one clustered index or key.");
	for (size_t i = 0; i < mo->indexes.len; i++) {
		if (i == index_pos || !mo->indexes.items[i].has_clustered || !mo->indexes.items[i].clustered)
			continue;
		v_attr_error(c, attr, idx->attr->span, "A model can only hold one clustered index.");
		return;
	}
}

static void index_rules(struct vctx *c, uint32_t m, size_t pos)
{
	const struct psl_db *db = c->db;
	const struct psl_db_index *idx = &psl_db_model(db, m)->indexes.items[pos];
	const char *attr = psl_db_index_attribute_name(idx);

	/* has_fields */
	if (!idx->n_fields)
		v_attr_error(c, attr, idx->attr->span,
			     "The list of fields in an index cannot be empty. Please specify at least one field.");
	index_constraint_name_clash(c, m, pos);
	unique_client_name_clash(c, m, idx);
	/* unique_index_has_a_unique_custom_name_per_model */
	if (idx->name && vnames_custom_name_clashes(c, m, idx->name))
		v_attr_error(c, attr, v_attr_arg_span(idx->attr, "name", idx->attr->span),
			     "The given custom name `%s` has to be unique on the model. Please provide a different "
			     "name for the `name` argument.",
			     idx->name);
	/* field_length_prefix_supported */
	if (!vctx_has(c, PSL_CAP_INDEX_COLUMN_LENGTH_PREFIXING) && index_any(idx, true, false, false))
		v_attr_error(c, attr, idx->attr->span,
			     "The length argument is not supported in an index definition with the current connector");
	/* index_algorithm_is_supported */
	if (idx->has_algorithm && !psl_connector_supports_index(c->conn, idx->algorithm))
		v_attr_error(c, attr, v_attr_arg_span(idx->attr, "type", idx->attr->span),
			     "The given index type is not supported with the current connector");
	/* hash_index_must_not_use_sort_param */
	if (psl_connector_supports_index(c->conn, PSL_INDEX_HASH) && idx->has_algorithm &&
	    idx->algorithm == PSL_INDEX_HASH && index_any(idx, false, true, false))
		v_attr_error(c, attr, idx->attr->span, "Hash type does not support sort option.");
	fulltext_rules(c, idx, attr);
	/* has_valid_mapped_name */
	v_db_name_length(c, m, idx->attr, idx->mapped_name, idx->source_field == PSL_DB_NONE);
	clustering_rules(c, m, pos, attr);
	/* opclasses_are_not_allowed_with_other_than_normal_indices */
	if (idx->type != PSL_INDEX_NORMAL && index_any(idx, false, false, true))
		v_attr_error(c, attr, idx->attr->span,
			     "Operator classes can only be defined to fields in an @@index attribute.");
	/* composite_type_in_compound_unique_index */
	if (idx->type == PSL_INDEX_UNIQUE && idx->n_fields > 1) {
		for (size_t i = 0; i < idx->n_fields; i++) {
			if (psl_db_index_field_type(db, &idx->fields[i]).kind != PSL_TYPE_COMPOSITE)
				continue;
			v_attr_error(c, attr, idx->attr->span,
				     "Prisma does not currently support composite types in compound unique indices, "
				     "please remove \"%s\" from the index. See "
				     "https://pris.ly/d/mongodb-composite-compound-indices for more details",
				     psl_db_index_field_name(db, &idx->fields[i]));
			break;
		}
	}
}

static void view_index_rules(struct vctx *c, uint32_t m, const struct psl_db_index *idx)
{
	if (idx->type != PSL_INDEX_UNIQUE)
		v_error(c, idx->attr->span, "Views cannot have indexes.");
	if (idx->mapped_name)
		v_error(c, idx->attr->span,
			"@@unique annotations on views are not backed by unique indexes in the database and cannot "
			"specify a mapped database name.");
	if (idx->has_clustered)
		v_error(c, idx->attr->span,
			"@@unique annotations on views are not backed by unique indexes in the database and cannot be "
			"clustered.");
	unique_client_name_clash(c, m, idx);
}

void v_model_indexes(struct vctx *c, uint32_t m)
{
	const struct psl_db_model *mo = psl_db_model(c->db, m);
	bool view = psl_db_model_is_view(c->db, m);
	for (size_t i = 0; i < mo->indexes.len; i++) {
		const struct psl_db_index *idx = &mo->indexes.items[i];
		const char *attr = psl_db_index_attribute_name(idx);
		if (view)
			view_index_rules(c, m, idx);
		else
			index_rules(c, m, i);
		for (size_t k = 0; k < idx->n_fields; k++) {
			const struct psl_index_field *f = &idx->fields[k];
			if (!view)
				length_with_correct_types(c, f, attr, idx->attr->span);
			else if (f->has_length || f->has_ops || f->has_sort)
				v_attr_error(c, attr, idx->attr->span,
					     "Scalar fields in @@unique attributes in views cannot have arguments.");
		}
	}
}

/* ---- enums ------------------------------------------------------------------------ */

void v_enums(struct vctx *c)
{
	const struct psl_db *db = c->db;
	if (vctx_has(c, PSL_CAP_ENUMS)) {
		struct strmap seen;
		strmap_init(&seen);
		for (uint32_t e = 0; e < db->enums.len; e++) {
			const struct psl_db_enum *en = &db->enums.items[e];
			const char *name = psl_db_enum_database_name(db, e);
			char *key;
			strbuf_reset(&c->tmp);
			if (en->schema) {
				strbuf_addch(&c->tmp, 's');
				strbuf_add(&c->tmp, en->schema, strlen(en->schema) + 1);
			} else {
				strbuf_addch(&c->tmp, '-');
			}
			strbuf_addstr(&c->tmp, name);
			if (strmap_get(&seen, c->tmp.buf, c->tmp.len)) {
				v_plain(c, en->ast->span, "An enum with the same database name is already defined.");
				continue;
			}
			key = arena_memdup(&c->arena, c->tmp.buf, c->tmp.len);
			strmap_put(&seen, key, c->tmp.len, key);
		}
		strmap_release(&seen);
	}
	for (uint32_t e = 0; e < db->enums.len; e++) {
		const struct psl_db_enum *en = &db->enums.items[e];
		if (!vctx_has(c, PSL_CAP_ENUMS))
			v_error(c, en->ast->span,
				"You defined the enum `%s`. But the current connector does not support enums.",
				psl_db_enum_name(db, e));
		schema_rules(c, en->schema, en->schema_span, en->ast->span, NULL, NULL);
	}
}
