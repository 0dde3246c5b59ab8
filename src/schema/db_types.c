/*
 * db_types.c: the second pass (types.rs): resolves every field type to a
 * builtin scalar, an enum, a composite type, Unsupported("..."), or a model
 * (which makes the field a relation field), and reports unknown types and
 * empty enums. Fields whose type does not resolve are left out of both the
 * scalar and the relation fields, so later passes never see them.
 */
#include <ctype.h>
#include <stdlib.h>

#include "db_internal.h"


enum resolved_kind { RESOLVED_MODEL, RESOLVED_SCALAR, RESOLVED_UNKNOWN };

/* field_type(): what the type name of a field refers to. */
/*
 * Builtin scalar names win over tops (a model named String is already an
 * error); the top table gives the last definition of a duplicated name.
 */
static enum resolved_kind field_type(struct db_ctx *ctx, const struct psl_field *f, struct psl_field_type *t,
				     uint32_t *model)
{
	const uint32_t *ti;
	const struct psl_db_top *top;

	memset(t, 0, sizeof(*t));
	if (f->unsupported) {
		t->kind = PSL_TYPE_UNSUPPORTED;
		t->unsupported = f->type.name;
		return RESOLVED_SCALAR;
	}
	if (psl_scalar_type_parse(f->type.name, false, &t->scalar)) {
		t->kind = PSL_TYPE_BUILTIN;
		return RESOLVED_SCALAR;
	}
	ti = strmap_gets(&ctx->db->top_names, f->type.name);
	if (!ti)
		return RESOLVED_UNKNOWN; /* no extension types */
	top = &ctx->db->tops.items[*ti];
	t->id = top->id;
	switch (top->kind) {
	case PSL_TOP_MODEL:
		*model = top->id;
		return RESOLVED_MODEL;
	case PSL_TOP_ENUM:
		t->kind = PSL_TYPE_ENUM;
		return RESOLVED_SCALAR;
	default:
		t->kind = PSL_TYPE_COMPOSITE;
		return RESOLVED_SCALAR;
	}
}

/* Rust's to_lowercase() for the names we meet; non-ASCII is left as is. */
static bool lower_equals(const char *name, const char *written)
{
	for (; *name && *written; name++, written++)
		if (tolower((unsigned char)*name) != (unsigned char)*written)
			return false;
	return *name == *written;
}

/*
 * The suggestion first looks for a model, enum or composite type whose
 * lowercased name equals the name as written (so `user` finds User, but
 * `USER` does not), then for a builtin scalar ignoring case.
 */
static void unknown_model_field_type(struct db_ctx *ctx, const struct psl_field *f)
{
	const char *name = f->type.name;
	enum psl_scalar_type st;

	/* A top whose lowercased name is what was written: "user" for model User. */
	for (size_t i = 0; i < ctx->db->tops.len; i++) {
		const struct psl_top *t = ctx->db->tops.items[i].ast;
		const char *top_name;
		if (t->kind == PSL_TOP_SOURCE || t->kind == PSL_TOP_GENERATOR)
			continue;
		top_name = psl_top_name(t)->name;
		if (lower_equals(top_name, name)) {
			db_error(ctx, f->type.span,
				 "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, "
				 "or enum. Did you mean \"%s\"?",
				 name, top_name);
			return;
		}
	}
	if (psl_scalar_type_parse(name, true, &st)) {
		db_error(ctx, f->type.span,
			 "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, or "
			 "enum. Did you mean \"%s\"?",
			 name, psl_scalar_type_name(st));
		return;
	}
	db_error(ctx, f->type.span,
		 "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, or enum.",
		 name);
}

/*
 * Scalar and relation fields are appended model by model, in field order,
 * which keeps them sorted by (model, field) as Prisma's binary searches
 * expect; each model records its two ranges.
 */
static void visit_model(struct db_ctx *ctx, uint32_t mid)
{
	struct psl_db *db = ctx->db;
	struct psl_db_model *m = &db->models.items[mid];

	m->scalar_start = (uint32_t)db->scalar_fields.len;
	m->relation_start = (uint32_t)db->relation_fields.len;
	for (uint32_t i = 0; i < m->ast->fields.len; i++) {
		const struct psl_field *f = &m->ast->fields.items[i];
		struct psl_field_type t;
		uint32_t referenced = PSL_DB_NONE;

		switch (field_type(ctx, f, &t, &referenced)) {
		case RESOLVED_MODEL: {
			struct psl_db_relation_field rf = {0};
			rf.model = mid;
			rf.field = i;
			rf.ast = f;
			rf.referenced_model = referenced;
			rf.relation = PSL_DB_NONE;
			m->field_relation[i] = (uint32_t)db->relation_fields.len;
			avec_push(ctx->arena, &db->relation_fields, rf);
			break;
		}
		case RESOLVED_SCALAR: {
			struct psl_db_scalar_field sf = {0};
			sf.model = mid;
			sf.field = i;
			sf.ast = f;
			sf.type = t;
			m->field_scalar[i] = (uint32_t)db->scalar_fields.len;
			avec_push(ctx->arena, &db->scalar_fields, sf);
			break;
		}
		case RESOLVED_UNKNOWN:
			unknown_model_field_type(ctx, f);
			break;
		}
	}
	m->n_scalar = (uint32_t)db->scalar_fields.len - m->scalar_start;
	m->n_relation = (uint32_t)db->relation_fields.len - m->relation_start;
}

/* Composite type fields cannot be relations, and unknown types get no suggestion. */
static void visit_composite(struct db_ctx *ctx, uint32_t cid)
{
	struct psl_db_composite *c = &ctx->db->composites.items[cid];
	for (uint32_t i = 0; i < c->ast->fields.len; i++) {
		const struct psl_field *f = &c->ast->fields.items[i];
		struct psl_field_type t;
		uint32_t referenced = PSL_DB_NONE;

		switch (field_type(ctx, f, &t, &referenced)) {
		case RESOLVED_SCALAR:
			c->fields[i].present = true;
			c->fields[i].type = t;
			break;
		case RESOLVED_MODEL:
			db_error(ctx, f->type.span,
				 "Error validating composite type \"%s\": %s refers to a model, making this a relation "
				 "field. Relation fields inside composite types are not supported.",
				 c->ast->name.name, psl_db_model_name(ctx->db, referenced));
			break;
		case RESOLVED_UNKNOWN:
			db_error(ctx, f->type.span,
				 "Type \"%s\" is neither a built-in type, nor refers to another model, composite type, "
				 "or enum.",
				 f->type.name);
			break;
		}
	}
}

void db_resolve_types(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	size_t n_fields = 0;
	/*
	 * Both arrays live in the arena with room for every model field, so
	 * they never move (untouched room costs no memory: big arena blocks
	 * are fresh pages).
	 */
	for (size_t m = 0; m < db->models.len; m++)
		n_fields += db->models.items[m].ast->fields.len;
	avec_reserve(ctx->arena, &db->scalar_fields, n_fields);
	avec_reserve(ctx->arena, &db->relation_fields, n_fields);
	for (size_t i = 0; i < db->tops.len; i++) {
		const struct psl_db_top *t = &db->tops.items[i];
		switch (t->kind) {
		case PSL_TOP_MODEL:
			visit_model(ctx, t->id);
			break;
		case PSL_TOP_ENUM:
			if (!t->ast->u.enm->values.len)
				db_error(ctx, t->ast->u.enm->span,
					 "Error validating: An enum must have at least one value.");
			break;
		case PSL_TOP_COMPOSITE:
			visit_composite(ctx, t->id);
			break;
		default:
			break;
		}
	}
}
