/*
 * db_walk.c: the query side of the parser database (the walkers of parser-database): names
 * and database names, primary keys and unique criterias, index fields,
 * relation fields and relations. Everything here reads a finished
 * database and allocates nothing.
 */
#include <stdlib.h>

#include "db_internal.h"

/* ---- names and display ---- */

bool psl_ref_action_triggers_modification(enum psl_referential_action a)
{
	return a != PSL_ACTION_NO_ACTION && a != PSL_ACTION_RESTRICT;
}

/*
 * OperatorClass::supports_index_type. Raw classes are the user's business:
 * Prisma never asks about them (the validation only looks at known ones).
 */
bool psl_operator_class_supports(enum psl_operator_class c, enum psl_index_algorithm algo)
{
	switch (c) {
	case PSL_OPS_INET:
		return algo == PSL_INDEX_GIST || algo == PSL_INDEX_SPGIST;
	case PSL_OPS_JSONB:
	case PSL_OPS_JSONB_PATH:
	case PSL_OPS_ARRAY:
		return algo == PSL_INDEX_GIN;
	case PSL_OPS_TEXT:
		return algo == PSL_INDEX_SPGIST;
	case PSL_OPS_RAW:
		return true; /* not Prisma's to judge */
	default:
		return algo == PSL_INDEX_BRIN; /* every other class is a BRIN one */
	}
}

/* ScalarFieldType::display: how messages name a field's type. */
void psl_db_type_render(const struct psl_db *db, const struct psl_field_type *t, struct strbuf *out)
{
	switch (t->kind) {
	case PSL_TYPE_BUILTIN:
		strbuf_addstr(out, psl_scalar_type_name(t->scalar));
		break;
	case PSL_TYPE_ENUM:
		strbuf_addstr(out, psl_db_enum_name(db, t->id));
		break;
	case PSL_TYPE_COMPOSITE:
		strbuf_addstr(out, psl_db_composite_name(db, t->id));
		break;
	case PSL_TYPE_UNSUPPORTED:
		strbuf_addf(out, "Unsupported(\"%s\")", t->unsupported);
		break;
	}
}

/* ---- lookups ---- */

/*
 * ParserDatabase::find_top and friends. The name table is the one the names
 * pass filled, so a name defined twice finds the later definition, and a
 * model shadowed by an enum of the same name is not found as a model.
 */
uint32_t psl_db_find_top(const struct psl_db *db, const char *name)
{
	const uint32_t *ti = strmap_gets(&db->top_names, name);
	return ti ? *ti : PSL_DB_NONE;
}

static uint32_t find_kind(const struct psl_db *db, const char *name, enum psl_top_kind kind)
{
	uint32_t ti = psl_db_find_top(db, name);
	if (ti == PSL_DB_NONE || db->tops.items[ti].kind != kind)
		return PSL_DB_NONE;
	return db->tops.items[ti].id;
}

uint32_t psl_db_find_model(const struct psl_db *db, const char *name)
{
	return find_kind(db, name, PSL_TOP_MODEL);
}

uint32_t psl_db_find_enum(const struct psl_db *db, const char *name)
{
	return find_kind(db, name, PSL_TOP_ENUM);
}

uint32_t psl_db_find_composite(const struct psl_db *db, const char *name)
{
	return find_kind(db, name, PSL_TOP_COMPOSITE);
}

uint32_t psl_db_find_datasource(const struct psl_db *db, const char *name)
{
	const uint32_t *ti = strmap_gets(&db->datasource_names, name);
	return ti ? *ti : PSL_DB_NONE;
}

/* Backwards, so that of duplicated names the last field wins, as in Prisma's name table. */
static uint32_t field_by_name(const struct psl_field *fields, size_t n, const char *name)
{
	for (size_t i = n; i-- > 0;)
		if (!strcmp(fields[i].name.name, name))
			return (uint32_t)i;
	return PSL_DB_NONE;
}

struct psl_db_field_slot *psl_db_field_slot(const struct psl_db *db, uint32_t model, const char *name)
{
	size_t k = (hash_bytes(name, strlen(name)) ^ (model * 0x9E3779B1u)) & db->field_mask;
	for (;; k = (k + 1) & db->field_mask) {
		struct psl_db_field_slot *s = &db->field_slots[k];
		if (!s->field || (s->model == model &&
				  !strcmp(db->models.items[model].ast->fields.items[s->field - 1].name.name, name)))
			return s;
	}
}

uint32_t psl_db_model_field_by_name(const struct psl_db *db, uint32_t model, const char *name)
{
	const struct psl_db_field_slot *s = psl_db_field_slot(db, model, name);
	return s->field ? s->field - 1 : PSL_DB_NONE;
}

uint32_t psl_db_composite_field_by_name(const struct psl_db *db, uint32_t ct, const char *name)
{
	const struct psl_composite *c = db->composites.items[ct].ast;
	return field_by_name(c->fields.items, c->fields.len, name);
}

/* ---- models ---- */

const char *psl_db_model_name(const struct psl_db *db, uint32_t m)
{
	return db->models.items[m].ast->name.name;
}

bool psl_db_model_is_view(const struct psl_db *db, uint32_t m)
{
	return db->models.items[m].ast->is_view;
}

const char *psl_db_model_database_name(const struct psl_db *db, uint32_t m)
{
	const struct psl_db_model *mo = &db->models.items[m];
	return mo->mapped_name ? mo->mapped_name : mo->ast->name.name;
}

/* ModelWalker::has_single_id_field: @id, or an @@id of one field. */
bool psl_db_model_has_single_id_field(const struct psl_db *db, uint32_t m)
{
	const struct psl_db_primary_key *pk = db->models.items[m].pk;
	return pk && pk->n_fields == 1;
}

/* The primary key's fields as Prisma's PrimaryKeyWalker::fields(): the path roots. */
static uint32_t pk_field_ast(const struct psl_db *db, const struct psl_db_primary_key *pk, size_t i)
{
	return db->scalar_fields.items[pk->fields[i].root].field;
}

/* field_is_single_pk: matches `@id` as well as `@@id([field])`. */
bool psl_db_model_field_is_single_pk(const struct psl_db *db, uint32_t m, uint32_t field)
{
	const struct psl_db_primary_key *pk = db->models.items[m].pk;
	return pk && pk->n_fields == 1 && pk_field_ast(db, pk, 0) == field;
}

bool psl_db_model_field_is_part_of_compound_pk(const struct psl_db *db, uint32_t m, uint32_t field)
{
	const struct psl_db_primary_key *pk = db->models.items[m].pk;
	if (!pk || pk->n_fields < 2)
		return false;
	for (size_t i = 0; i < pk->n_fields; i++)
		if (pk_field_ast(db, pk, i) == field)
			return true;
	return false;
}

/*
 * MySQL wants an AUTO_INCREMENT column to lead some index: true when the
 * field is the first field of any index, unique or the primary key.
 */
bool psl_db_model_field_is_indexed_for_autoincrement(const struct psl_db *db, uint32_t m, uint32_t field)
{
	const struct psl_db_model *mo = &db->models.items[m];
	for (size_t i = 0; i < mo->indexes.len; i++) {
		const struct psl_db_index *idx = &mo->indexes.items[i];
		if (idx->n_fields && psl_db_index_field_id(db, &idx->fields[0]) == field)
			return true;
	}
	return mo->pk && mo->pk->n_fields && pk_field_ast(db, mo->pk, 0) == field;
}

/*
 * ModelWalker::unique_criterias as an indexed iterator: criteria i is the
 * primary key when there is one and i == 0, then the unique indexes in the
 * model's index order. Fulltext and normal indexes are not criterias.
 */
bool psl_db_model_unique_criteria(const struct psl_db *db, uint32_t m, size_t i, struct psl_db_criteria *out)
{
	const struct psl_db_model *mo = &db->models.items[m];
	if (mo->pk) {
		if (i == 0) {
			out->fields = mo->pk->fields;
			out->n_fields = mo->pk->n_fields;
			return true;
		}
		i--;
	}
	for (size_t k = 0; k < mo->indexes.len; k++) {
		const struct psl_db_index *idx = &mo->indexes.items[k];
		if (idx->type != PSL_INDEX_UNIQUE)
			continue;
		if (i-- == 0) {
			out->fields = idx->fields;
			out->n_fields = idx->n_fields;
			return true;
		}
	}
	return false;
}

bool psl_db_model_required_unique_criteria(const struct psl_db *db, uint32_t m, size_t i,
					   struct psl_db_criteria *out)
{
	for (size_t k = 0; psl_db_model_unique_criteria(db, m, k, out); k++) {
		if (psl_db_criteria_has_optional_fields(db, out))
			continue;
		if (i-- == 0)
			return true;
	}
	return false;
}

bool psl_db_criteria_has_optional_fields(const struct psl_db *db, const struct psl_db_criteria *c)
{
	for (size_t i = 0; i < c->n_fields; i++)
		if (psl_db_index_field_is_optional(db, &c->fields[i]))
			return true;
	return false;
}

bool psl_db_criteria_has_unsupported_fields(const struct psl_db *db, const struct psl_db_criteria *c)
{
	for (size_t i = 0; i < c->n_fields; i++)
		if (psl_db_index_field_is_unsupported(db, &c->fields[i]))
			return true;
	return false;
}

bool psl_db_criteria_is_strict(const struct psl_db *db, const struct psl_db_criteria *c)
{
	return !psl_db_criteria_has_optional_fields(db, c) && !psl_db_criteria_has_unsupported_fields(db, c);
}

/*
 * UniqueCriteriaWalker::contains_exactly_fields compares AST field ids, so a
 * composite path whose last field has the same index would match; Prisma
 * behaves the same way.
 */
bool psl_db_criteria_contains_exactly(const struct psl_db *db, const struct psl_db_criteria *c,
				      const uint32_t *sfields, size_t n)
{
	if (c->n_fields != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (psl_db_index_field_id(db, &c->fields[i]) != db->scalar_fields.items[sfields[i]].field)
			return false;
	return true;
}

/* ---- scalar fields ---- */

const char *psl_db_sfield_name(const struct psl_db *db, uint32_t sf)
{
	return db->scalar_fields.items[sf].ast->name.name;
}

const char *psl_db_sfield_database_name(const struct psl_db *db, uint32_t sf)
{
	const struct psl_db_scalar_field *f = &db->scalar_fields.items[sf];
	return f->mapped_name ? f->mapped_name : f->ast->name.name;
}

/*
 * ScalarFieldWalker::is_unique: the primary key of exactly this field, or a
 * unique index of one field with the same AST field id.
 */
bool psl_db_sfield_is_unique(const struct psl_db *db, uint32_t sf)
{
	const struct psl_db_scalar_field *f = &db->scalar_fields.items[sf];
	const struct psl_db_model *m = &db->models.items[f->model];
	if (m->pk && m->pk->n_fields == 1 && !m->pk->fields[0].n_path && m->pk->fields[0].root == sf)
		return true;
	for (size_t i = 0; i < m->indexes.len; i++) {
		const struct psl_db_index *idx = &m->indexes.items[i];
		if (idx->type == PSL_INDEX_UNIQUE && idx->n_fields == 1 &&
		    psl_db_index_field_id(db, &idx->fields[0]) == f->field)
			return true;
	}
	return false;
}

bool psl_db_sfield_is_single_pk(const struct psl_db *db, uint32_t sf)
{
	const struct psl_db_scalar_field *f = &db->scalar_fields.items[sf];
	return psl_db_model_field_is_single_pk(db, f->model, f->field);
}

bool psl_db_sfield_is_part_of_compound_pk(const struct psl_db *db, uint32_t sf)
{
	const struct psl_db_scalar_field *f = &db->scalar_fields.items[sf];
	return psl_db_model_field_is_part_of_compound_pk(db, f->model, f->field);
}

bool psl_db_sfield_is_optional(const struct psl_db *db, uint32_t sf)
{
	return db->scalar_fields.items[sf].ast->arity == PSL_OPTIONAL;
}

bool psl_db_sfield_is_list(const struct psl_db *db, uint32_t sf)
{
	return db->scalar_fields.items[sf].ast->arity == PSL_LIST;
}

/* Looks at the AST, as Prisma does, not at the resolved type (they agree). */
bool psl_db_sfield_is_unsupported(const struct psl_db *db, uint32_t sf)
{
	return db->scalar_fields.items[sf].ast->unsupported;
}

/*
 * DefaultValueWalker::value. Only a @default that passed validation is
 * recorded, so a rejected default reads as no default at all.
 */
const struct psl_expr *psl_db_sfield_default_value(const struct psl_db *db, uint32_t sf)
{
	const struct psl_db_scalar_field *f = &db->scalar_fields.items[sf];
	if (!f->has_default)
		return NULL;
	return &f->dflt.attr->args.args.items[f->dflt.arg_idx].value;
}

bool psl_db_default_is_function(const struct psl_expr *value, const char *fn)
{
	return value && value->kind == PSL_EXPR_FUNCTION && !strcmp(value->value, fn);
}

bool psl_db_sfield_is_autoincrement(const struct psl_db *db, uint32_t sf)
{
	return psl_db_default_is_function(psl_db_sfield_default_value(db, sf), "autoincrement");
}

/* ---- index fields ---- */

/*
 * Index fields (IndexFieldWalker): either the model scalar field `root`
 * itself, or, with a path, the last composite type field of the path.
 */
uint32_t psl_db_index_field_scalar(const struct psl_index_field *f)
{
	return f->n_path ? PSL_DB_NONE : f->root;
}

static const struct psl_db_composite_field *index_field_composite(const struct psl_db *db,
								  const struct psl_index_field *f)
{
	const struct psl_path_step *last = &f->path[f->n_path - 1];
	return &db->composites.items[last->ct].fields[last->field];
}

const struct psl_field *psl_db_index_field_ast(const struct psl_db *db, const struct psl_index_field *f)
{
	if (!f->n_path)
		return db->scalar_fields.items[f->root].ast;
	return db_composite_ast_field(db, f->path[f->n_path - 1].ct, f->path[f->n_path - 1].field);
}

uint32_t psl_db_index_field_id(const struct psl_db *db, const struct psl_index_field *f)
{
	return f->n_path ? f->path[f->n_path - 1].field : db->scalar_fields.items[f->root].field;
}

const char *psl_db_index_field_name(const struct psl_db *db, const struct psl_index_field *f)
{
	return psl_db_index_field_ast(db, f)->name.name;
}

const char *psl_db_index_field_database_name(const struct psl_db *db, const struct psl_index_field *f)
{
	if (!f->n_path)
		return psl_db_sfield_database_name(db, f->root);
	return psl_db_composite_field_database_name(db, f->path[f->n_path - 1].ct, f->path[f->n_path - 1].field);
}

struct psl_field_type psl_db_index_field_type(const struct psl_db *db, const struct psl_index_field *f)
{
	if (!f->n_path)
		return db->scalar_fields.items[f->root].type;
	return index_field_composite(db, f)->type;
}

const struct psl_raw_native_type *psl_db_index_field_native_type(const struct psl_db *db,
							      const struct psl_index_field *f)
{
	if (!f->n_path) {
		const struct psl_db_scalar_field *sf = &db->scalar_fields.items[f->root];
		return sf->has_native_type ? &sf->native_type : NULL;
	} else {
		const struct psl_db_composite_field *cf = index_field_composite(db, f);
		return cf->has_native_type ? &cf->native_type : NULL;
	}
}

bool psl_db_index_field_is_optional(const struct psl_db *db, const struct psl_index_field *f)
{
	return psl_db_index_field_ast(db, f)->arity == PSL_OPTIONAL;
}

bool psl_db_index_field_is_list(const struct psl_db *db, const struct psl_index_field *f)
{
	return psl_db_index_field_ast(db, f)->arity == PSL_LIST;
}

bool psl_db_index_field_is_unsupported(const struct psl_db *db, const struct psl_index_field *f)
{
	return psl_db_index_field_type(db, f).kind == PSL_TYPE_UNSUPPORTED;
}

/*
 * IndexAlgorithm::supports_field_type. Unsupported("...") fields pass: the
 * database knows their type, Prisma does not. GIN takes Json and any list.
 */
bool psl_index_algorithm_supports_field(const struct psl_db *db, enum psl_index_algorithm a,
					const struct psl_index_field *f)
{
	struct psl_field_type t = psl_db_index_field_type(db, f);
	bool builtin = t.kind == PSL_TYPE_BUILTIN;
	if (t.kind == PSL_TYPE_UNSUPPORTED)
		return true;
	switch (a) {
	case PSL_INDEX_BTREE:
	case PSL_INDEX_HASH:
		return true;
	case PSL_INDEX_GIST:
	case PSL_INDEX_SPGIST:
		return builtin && t.scalar == PSL_SCALAR_STRING;
	case PSL_INDEX_GIN:
		return (builtin && t.scalar == PSL_SCALAR_JSON) || psl_db_index_field_is_list(db, f);
	case PSL_INDEX_BRIN:
		return builtin && t.scalar != PSL_SCALAR_BOOLEAN && t.scalar != PSL_SCALAR_JSON;
	}
	return false;
}

/* as_path_to_indexed_field / as_mapped_path_to_indexed_field, joined with dots. */
void psl_db_index_field_path(const struct psl_db *db, const struct psl_index_field *f, bool mapped,
			     struct strbuf *out)
{
	strbuf_addstr(out, mapped ? psl_db_sfield_database_name(db, f->root) : psl_db_sfield_name(db, f->root));
	for (size_t i = 0; i < f->n_path; i++) {
		uint32_t ct = f->path[i].ct, field = f->path[i].field;
		strbuf_addch(out, '.');
		strbuf_addstr(out, mapped ? psl_db_composite_field_database_name(db, ct, field)
					  : db_composite_ast_field(db, ct, field)->name.name);
	}
}

bool psl_db_index_fields_same_path(const struct psl_index_field *a, const struct psl_index_field *b)
{
	if (a->root != b->root || a->n_path != b->n_path)
		return false;
	for (size_t i = 0; i < a->n_path; i++)
		if (a->path[i].ct != b->path[i].ct || a->path[i].field != b->path[i].field)
			return false;
	return true;
}

/* as_path_to_indexed_field() equality: field names, and the composite type names along the way. */
static bool same_named_path(const struct psl_db *db, const struct psl_index_field *a,
			    const struct psl_index_field *b)
{
	if (a->n_path != b->n_path || strcmp(psl_db_sfield_name(db, a->root), psl_db_sfield_name(db, b->root)))
		return false;
	for (size_t i = 0; i < a->n_path; i++) {
		const struct psl_path_step *x = &a->path[i], *y = &b->path[i];
		if (strcmp(db_composite_ast_field(db, x->ct, x->field)->name.name,
			   db_composite_ast_field(db, y->ct, y->field)->name.name) ||
		    strcmp(psl_db_composite_name(db, x->ct), psl_db_composite_name(db, y->ct)))
			return false;
	}
	return true;
}

/* ---- indexes ---- */

/* IndexWalker::attribute_name: how messages name the attribute that defined the index. */
const char *psl_db_index_attribute_name(const struct psl_db_index *idx)
{
	if (idx->type == PSL_INDEX_UNIQUE)
		return idx->source_field != PSL_DB_NONE ? "@unique" : "@@unique";
	return idx->type == PSL_INDEX_FULLTEXT ? "@@fulltext" : "@@index";
}

bool psl_db_index_contains_field(const struct psl_db_index *idx, uint32_t sf)
{
	for (size_t i = 0; i < idx->n_fields; i++)
		if (!idx->fields[i].n_path && idx->fields[i].root == sf)
			return true;
	return false;
}

bool psl_db_index_fields_equal(const struct psl_db *db, const struct psl_index_field *a, size_t na,
			       const struct psl_index_field *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++) {
		if (a[i].has_sort != b[i].has_sort || (a[i].has_sort && a[i].sort != b[i].sort))
			return false;
		if (a[i].has_length != b[i].has_length || (a[i].has_length && a[i].length != b[i].length))
			return false;
		if (!same_named_path(db, &a[i], &b[i]))
			return false;
	}
	return true;
}

/*
 * IndexWalker::fields_array: the first argument that is unnamed or named
 * `fields`. Prisma unwraps it; an index whose fields are not an array was
 * already reported, so NULL here is only for such broken attributes.
 */
const struct psl_expr *psl_db_index_fields_array(const struct psl_db_index *idx)
{
	for (size_t i = 0; i < idx->attr->args.args.len; i++) {
		const struct psl_arg *a = &idx->attr->args.args.items[i];
		if (a->name && a->name->name[0] && strcmp(a->name->name, "fields"))
			continue;
		return a->value.kind == PSL_EXPR_ARRAY ? &a->value : NULL;
	}
	return NULL;
}

/* ---- relation fields ---- */

const char *psl_db_rfield_name(const struct psl_db *db, uint32_t rf)
{
	return db->relation_fields.items[rf].ast->name.name;
}

bool psl_db_rfield_is_required(const struct psl_db *db, uint32_t rf)
{
	return db->relation_fields.items[rf].ast->arity == PSL_REQUIRED;
}

/*
 * RelationFieldWalker::opposite_relation_field. A field left out of every
 * relation (a third field claiming the same relation name, say) has none.
 */
uint32_t psl_db_rfield_opposite(const struct psl_db *db, uint32_t rf)
{
	uint32_t r = db->relation_fields.items[rf].relation;
	const struct psl_db_relation *rel;
	if (r == PSL_DB_NONE)
		return PSL_DB_NONE;
	rel = &db->relations.items[r];
	if (rel->field_a != PSL_DB_NONE && rel->field_a != rf)
		return rel->field_a;
	if (rel->field_b != PSL_DB_NONE && rel->field_b != rf)
		return rel->field_b;
	return PSL_DB_NONE;
}

/*
 * Prisma allows an optional relation field over required scalar fields;
 * for referential actions the relation then counts as required.
 */
enum psl_arity psl_db_rfield_referential_arity(const struct psl_db *db, uint32_t rf)
{
	const struct psl_db_relation_field *f = &db->relation_fields.items[rf];
	for (size_t i = 0; i < f->n_fields; i++)
		if (db->scalar_fields.items[f->fields[i]].ast->arity == PSL_REQUIRED)
			return PSL_REQUIRED;
	return f->ast->arity;
}

/* Without references: the relation implicitly points at the single id. */
bool psl_db_rfield_references_singular_id_field(const struct psl_db *db, uint32_t rf)
{
	const struct psl_db_relation_field *f = &db->relation_fields.items[rf];
	const struct psl_db_primary_key *pk;
	if (!f->has_references)
		return true; /* implicitly the singular id */
	if (f->n_references != 1)
		return false;
	pk = db->models.items[f->referenced_model].pk;
	return pk && pk->n_fields == 1 && !pk->fields[0].n_path && pk->fields[0].root == f->references[0];
}

bool psl_db_rfield_one_side_is_view(const struct psl_db *db, uint32_t rf)
{
	const struct psl_db_relation_field *f = &db->relation_fields.items[rf];
	return psl_db_model_is_view(db, f->model) || psl_db_model_is_view(db, f->referenced_model);
}

/* ---- relations ---- */

/* Two-way embedded m:n relations are "implicit many-to-many" in messages too. */
const char *psl_db_relation_kind_name(const struct psl_db_relation *r)
{
	switch (r->kind) {
	case PSL_REL_ONE_TO_ONE:
		return "one-to-one";
	case PSL_REL_ONE_TO_MANY:
		return "one-to-many";
	default:
		return "implicit many-to-many";
	}
}

bool psl_db_relation_is_m2n(const struct psl_db_relation *r)
{
	return r->kind == PSL_REL_IMPLICIT_M2N || r->kind == PSL_REL_TWO_WAY_EMBEDDED_M2N;
}

static bool rfield_ignored(const struct psl_db *db, uint32_t rf)
{
	const struct psl_db_relation_field *f = &db->relation_fields.items[rf];
	if (f->is_ignored)
		return true;
	for (size_t i = 0; i < f->n_fields; i++) {
		const struct psl_db_scalar_field *sf = &db->scalar_fields.items[f->fields[i]];
		if (sf->is_ignored || sf->ast->unsupported)
			return true;
	}
	return false;
}

/* RelationWalker::is_ignored: the client cannot use the relation if either side is ignored. */
bool psl_db_relation_is_ignored(const struct psl_db *db, uint32_t r)
{
	const struct psl_db_relation *rel = &db->relations.items[r];
	return (rel->field_a != PSL_DB_NONE && rfield_ignored(db, rel->field_a)) ||
	       (rel->field_b != PSL_DB_NONE && rfield_ignored(db, rel->field_b));
}

/*
 * InlineRelationWalker: the forward field is on model A and carries
 * fields:/references:, the back field is the list or virtual side.
 */
uint32_t psl_db_relation_forward_field(const struct psl_db_relation *r)
{
	return psl_db_relation_is_m2n(r) ? PSL_DB_NONE : r->field_a;
}

uint32_t psl_db_relation_back_field(const struct psl_db_relation *r)
{
	return psl_db_relation_is_m2n(r) ? PSL_DB_NONE : r->field_b;
}

bool psl_db_relation_is_complete_inline(const struct psl_db_relation *r)
{
	/* Prisma filters out implicit m:n only; two-way embedded m:n passes. */
	return r->kind != PSL_REL_IMPLICIT_M2N && r->field_a != PSL_DB_NONE && r->field_b != PSL_DB_NONE;
}

/* ---- enums and composite types ---- */

const char *psl_db_enum_name(const struct psl_db *db, uint32_t e)
{
	return db->enums.items[e].ast->name.name;
}

/* Database names: the @map / @@map name when given, else the schema name. */
const char *psl_db_enum_database_name(const struct psl_db *db, uint32_t e)
{
	const struct psl_db_enum *en = &db->enums.items[e];
	return en->mapped_name ? en->mapped_name : en->ast->name.name;
}

const char *psl_db_enum_value_database_name(const struct psl_db *db, uint32_t e, uint32_t value)
{
	const struct psl_db_enum *en = &db->enums.items[e];
	return en->mapped_values[value] ? en->mapped_values[value] : en->ast->values.items[value].name.name;
}

const char *psl_db_composite_name(const struct psl_db *db, uint32_t ct)
{
	return db->composites.items[ct].ast->name.name;
}

const char *psl_db_composite_field_database_name(const struct psl_db *db, uint32_t ct, uint32_t field)
{
	const struct psl_db_composite *c = &db->composites.items[ct];
	return c->fields[field].mapped_name ? c->fields[field].mapped_name : c->ast->fields.items[field].name.name;
}
