/*
 * db_names.c: the first pass (names.rs): fills the name tables and reports
 * name collisions and invalid names.
 *
 * Namespaces: models, views, enums and composite types share one;
 * datasources and generators each have their own; fields are per model or
 * composite type, enum values per enum. On a collision Prisma's hash map
 * insert keeps the later item, so lookups find the last definition.
 */
#include <stdlib.h>

#include "db_internal.h"

/* The source of this list is Prisma Client's reserved names (reserved_model_names.rs). */
static const char *const reserved_names[] = {
	"PrismaClient", "async", "await", "break", "case", "catch", "class", "const", "continue",
	"debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false",
	"finally", "for", "function", "if", "implements", "import", "in", "instanceof",
	"interface", "let", "new", "null", "package", "private", "protected", "public",
	"return", "super", "switch", "this", "throw", "true", "try", "typeof", "using", "var",
	"void", "while", "with", "yield",
};

bool psl_is_reserved_type_name(const char *name)
{
	/* the first byte rules out nearly every name (models are capitalised) */
	for (size_t i = 0; i < ARRAY_SIZE(reserved_names); i++)
		if (reserved_names[i][0] == name[0] && !strcmp(reserved_names[i], name))
			return true;
	return false;
}

static void validate_identifier(struct db_ctx *ctx, const struct psl_ident *id, const char *item)
{
	/* Identifiers start with a letter or an ASCII digit (the grammar's unicode_alphanumeric). */
	if (!id->name[0])
		db_error(ctx, id->span, "Error validating: The name of a %s must not be empty.", item);
	else if (id->name[0] >= '0' && id->name[0] <= '9')
		db_error(ctx, id->span, "Error validating: The name of a %s must not start with a number.", item);
	else if (memchr(id->name, '-', id->len))
		db_error(ctx, id->span, "Error validating: The character `-` is not allowed in %s names.", item);
}

static void validate_attribute_identifiers(struct db_ctx *ctx, const struct psl_attr *attrs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		validate_identifier(ctx, &attrs[i].name, "Attribute");
}

static void validate_model_name(struct db_ctx *ctx, const struct psl_model *m, const char *block)
{
	if (!psl_is_reserved_type_name(m->name.name))
		return;
	/* The block in the header is always "model", even for a view. */
	db_model_error(ctx, m->span, "model", m->name.name,
		       "The %s name `%s` is invalid. It is a reserved name. Please change it. Read more at "
		       "https://pris.ly/d/naming-models",
		       block, m->name.name);
}

static void validate_enum_name(struct db_ctx *ctx, const struct psl_enum *e)
{
	if (!psl_is_reserved_type_name(e->name.name))
		return;
	db_error(ctx, e->span,
		 "Error validating enum `%s`: The enum name `%s` is invalid. It is a reserved name. Please "
		 "change it. Read more at "
		 "https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums",
		 e->name.name, e->name.name);
}

/* The model field table (psl_db.field_slots), sized for every model field. */
static void alloc_field_table(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	size_t n = 0, cap = 16;
	for (size_t m = 0; m < db->models.len; m++)
		n += db->models.items[m].ast->fields.len;
	while (cap < n * 2)
		cap *= 2;
	db->field_slots = arena_alloc(ctx->arena, cap * sizeof(*db->field_slots));
	db->field_mask = cap - 1;
}

/* Model fields: duplicate names, plus identifier checks for models and views. */
static void visit_model_fields(struct db_ctx *ctx, uint32_t mid, const struct psl_model *m)
{
	const char *container = m->is_view ? "view" : "model";
	for (size_t i = 0; i < m->fields.len; i++) {
		const struct psl_field *f = &m->fields.items[i];
		struct psl_db_field_slot *slot = psl_db_field_slot(ctx->db, mid, f->name.name);
		validate_identifier(ctx, &f->name, m->is_view ? "field" : "Field");
		validate_attribute_identifiers(ctx, f->attrs.items, f->attrs.len);
		if (slot->field)
			db_error(ctx, f->name.span, "Field \"%s\" is already defined on %s \"%s\".", f->name.name,
				 container, m->name.name);
		/* the later of duplicates is the one lookups find */
		slot->model = mid;
		slot->field = (uint32_t)i + 1;
	}
}

static void check_duplicate_properties(struct db_ctx *ctx, const struct psl_top *t)
{
	const struct psl_config *c = t->u.config;
	for (size_t i = 0; i < c->props.len; i++) {
		const struct psl_property *p = &c->props.items[i];
		for (size_t j = 0; j < i; j++) {
			if (strcmp(c->props.items[j].name.name, p->name.name))
				continue;
			db_error(ctx, p->name.span, "Key \"%s\" is already defined in %s \"%s\".", p->name.name,
				 psl_top_kind_name(t), c->name.name);
			break;
		}
	}
}

/* Inserts top `ti` into a namespace; the later definition replaces the earlier. */
static void insert_name(struct db_ctx *ctx, struct strmap *ns, uint32_t ti)
{
	const struct psl_top *t = ctx->db->tops.items[ti].ast;
	const struct psl_ident *id = psl_top_name(t);
	uint32_t *slot = arena_alloc(ctx->arena, sizeof(*slot));
	uint32_t *existing;

	*slot = ti;
	existing = strmap_put(ns, id->name, strlen(id->name), slot);
	if (!existing)
		return;
	db_error(ctx, id->span, "The %s \"%s\" cannot be defined because a %s with that name already exists.",
		 psl_top_kind_name(t), id->name, psl_top_kind_name(ctx->db->tops.items[*existing].ast));
	*existing = ti;
}

void db_resolve_names(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	alloc_field_table(ctx);
	for (uint32_t ti = 0; ti < db->tops.len; ti++) {
		const struct psl_top *t = db->tops.items[ti].ast;
		const struct psl_ident *id = psl_top_name(t);
		struct strmap *ns = &db->top_names;
		enum psl_scalar_type st;

		if (psl_scalar_type_parse(id->name, false, &st))
			db_error(ctx, id->span, "\"%s\" is a reserved scalar type name and cannot be used.", id->name);

		switch (t->kind) {
		case PSL_TOP_ENUM: {
			const struct psl_enum *e = t->u.enm;
			validate_identifier(ctx, &e->name, "Enum");
			validate_enum_name(ctx, e);
			validate_attribute_identifiers(ctx, e->attrs.items, e->attrs.len);
			for (size_t i = 0; i < e->values.len; i++) {
				const struct psl_enum_value *v = &e->values.items[i];
				validate_identifier(ctx, &v->name, "Enum Value");
				validate_attribute_identifiers(ctx, v->attrs.items, v->attrs.len);
				for (size_t j = 0; j < i; j++) {
					if (strcmp(e->values.items[j].name.name, v->name.name))
						continue;
					db_error(ctx, v->span, "Value \"%s\" is already defined on enum \"%s\".",
						 v->name.name, e->name.name);
					break;
				}
			}
			break;
		}
		case PSL_TOP_MODEL: {
			const struct psl_model *m = t->u.model;
			validate_identifier(ctx, &m->name, m->is_view ? "view" : "Model");
			validate_model_name(ctx, m, m->is_view ? "view" : "model");
			validate_attribute_identifiers(ctx, m->attrs.items, m->attrs.len);
			visit_model_fields(ctx, db->tops.items[ti].id, m);
			break;
		}
		case PSL_TOP_COMPOSITE: {
			const struct psl_composite *c = t->u.composite;
			validate_identifier(ctx, &c->name, "Composite type");
			/* Only duplicates here: composite fields get no identifier checks. */
			for (size_t i = 0; i < c->fields.len; i++) {
				const struct psl_field *f = &c->fields.items[i];
				for (size_t j = 0; j < i; j++) {
					if (strcmp(c->fields.items[j].name.name, f->name.name))
						continue;
					db_error(ctx, f->name.span,
						 "Field \"%s\" is already defined on composite type \"%s\".",
						 f->name.name, c->name.name);
					break;
				}
			}
			break;
		}
		case PSL_TOP_SOURCE:
			check_duplicate_properties(ctx, t);
			ns = &db->datasource_names;
			break;
		case PSL_TOP_GENERATOR:
			check_duplicate_properties(ctx, t);
			ns = &db->generator_names;
			break;
		}
		insert_name(ctx, ns, ti);
	}
}
