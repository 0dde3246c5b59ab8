/*
 * validations_internal.h: what the validation rule files share (a port of
 * psl-core's validation_pipeline): the context every rule reads, the
 * constraint-name namespaces of names.rs / constraint_namespace.rs, and
 * Prisma's error message shapes. Not for use outside src/schema/validations*.c.
 *
 * Ownership: the context lives on psl_run_validations()'s stack; its arena
 * (names, parsed native types) and message buffer are released when the
 * rules have run. Diagnostics go to the schema's psl_sources.
 */
#ifndef RDB_SCHEMA_VALIDATIONS_INTERNAL_H
#define RDB_SCHEMA_VALIDATIONS_INTERNAL_H

#include "config.h"
#include "db.h"

/* One name in a constraint namespace: its key's hash and who holds the name. */
struct vent {
	uint64_t hash;
	uint32_t ref;   /* index (flat id), model, relation or scalar field, by kind */
	uint32_t model; /* the key's model (for its schema, in global scopes) */
	uint8_t kind;   /* enum vent_kind (validations.c) */
	uint8_t scope;
};

struct vnamespace {
	VEC(struct vent) v; /* in the order added */
	uint32_t *slots;    /* open-addressing index on hash: entry + 1, 0 = empty */
	size_t mask;        /* slots has mask + 1 entries (a power of two) */
	bool global;        /* keys hold the schema, not the model */
};

/* The constraint namespaces (ConstraintNamespace). */
struct vnames {
	struct vnamespace global, local, custom;
	struct strbuf name;   /* name scratch */
};

struct vctx {
	struct psl_schema *s;
	const struct psl_db *db;
	struct psl_sources *src;
	const struct psl_datasource *ds; /* the first datasource, or NULL */
	const struct psl_connector *conn; /* the empty connector without a datasource */
	enum psl_relation_mode mode;
	psl_preview_features features;
	struct arena arena;   /* scratch that lives until the rules are done */
	struct strbuf msg;    /* message scratch (the error helpers use it) */
	struct strbuf tmp;    /* a second scratch for rules */
	struct vnames names;
	unsigned scope_mask;  /* the connector's constraint scopes, 1 << scope */
	/* Constraint names, computed once: per index (index_base[model] + k), primary key, relation. */
	size_t *index_base;
	uint32_t *index_model; /* flat index id -> model */
	const char **index_names, **pk_names, **rel_names;
	/*
	 * Prisma walks models first, then views (walk_models().chain(walk_views())):
	 * model ids in that order.
	 */
	uint32_t *order;
	size_t n_order;
	/* per model: does any index or the primary key have a client name (name:)? */
	bool *client_names;
};

static inline bool vctx_has(const struct vctx *c, enum psl_capability cap)
{
	return psl_connector_has(c->conn, cap);
}

/* "view" or "model", as messages name the container. */
static inline const char *vctx_container(const struct vctx *c, uint32_t model)
{
	return psl_db_model_is_view(c->db, model) ? "view" : "model";
}

/* ---- Prisma's message shapes (DatamodelError constructors) ---------------- */

/* "Error parsing attribute \"A\": msg" */
void v_attr_error(struct vctx *c, const char *attribute, struct psl_span span, const char *fmt, ...)
	RDB_PRINTF(4, 5);
/* "Error validating C \"M\": msg" (model validation error) */
void v_model_error(struct vctx *c, const char *container, const char *model, struct psl_span span,
		   const char *fmt, ...) RDB_PRINTF(5, 6);
/* "Error validating field `F` in C `M`: msg" */
void v_field_error(struct vctx *c, const char *container, const char *model, const char *field,
		   struct psl_span span, const char *fmt, ...) RDB_PRINTF(6, 7);
/* "Error validating: msg" */
void v_error(struct vctx *c, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);
/* The message as given (DatamodelError::new_static and friends). */
void v_plain(struct vctx *c, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);
void v_warning(struct vctx *c, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);

/* ---- AST span lookups (schema-ast's span_for_argument / span_for_attribute) --- */

/* The span of the named argument of attr, or `fallback`. */
struct psl_span v_attr_arg_span(const struct psl_attr *attr, const char *arg, struct psl_span fallback);
/* The first attribute of the field called `name` ("relation", "default"), or NULL. */
const struct psl_attr *v_field_attr(const struct psl_field *f, const char *name);
/* Field::span_for_argument: the argument of the first such attribute that has it. */
bool v_field_arg_span(const struct psl_field *f, const char *attribute, const char *arg, struct psl_span *out);

/* ---- constraint names (walker_ext_traits.rs), kept in the context's arena ---- */

/* Index k of the model: its map: name or the derived {table}_{cols}_key / _idx. */
const char *v_index_name(struct vctx *c, uint32_t model, size_t k);
/* NULL when there is no primary key or the connector does not name them. */
const char *v_pk_name(struct vctx *c, uint32_t model);
const char *v_default_name(struct vctx *c, uint32_t sf);
/* An inline relation's foreign key name. */
const char *v_relation_name(struct vctx *c, uint32_t rel);

/* What kind of constraint a name is (ConstraintName), for the scopes it is checked in. */
enum vname_kind { VNAME_INDEX, VNAME_RELATION, VNAME_DEFAULT, VNAME_PRIMARY_KEY };

void vnames_build(struct vctx *c);
void vnames_release(struct vnames *n);
/* Does the connector check names of this kind in any scope? */
bool vnames_relevant(const struct vctx *c, enum vname_kind kind);
/*
 * constraint_name_scope_violations: calls report(c, scope, arg) for every
 * scope the name clashes in, global scopes first.
 */
void vnames_violations(struct vctx *c, uint32_t model, enum vname_kind kind, const char *name,
		       void (*report)(struct vctx *c, enum psl_constraint_scope scope, void *arg), void *arg);
bool vnames_custom_name_clashes(struct vctx *c, uint32_t model, const char *name);

/* database_name.rs: a `map:` too long for the connector. */
void v_db_name_length(struct vctx *c, uint32_t model, const struct psl_attr *attr, const char *db_name,
		      bool double_at);

/* Parses a field's native type silently (native_type_instance); false when it does not parse. */
bool v_native_type_instance(struct vctx *c, const struct psl_raw_native_type *raw, struct psl_native_type *out);

/* ---- the rule groups, in the files that hold them ------------------------- */

/* validations_models.c */
void v_composite_types(struct vctx *c);
void v_model_database_name_clashes(struct vctx *c);
void v_model(struct vctx *c, uint32_t model);
void v_model_scalar_field(struct vctx *c, uint32_t sf);
/* validate_client_name: a field named like an @@index / @@unique / @@id `name:`. */
void v_validate_client_name(struct vctx *c, uint32_t m, const char *field);
void v_model_indexes(struct vctx *c, uint32_t model);
void v_enums(struct vctx *c);

/* validations_relations.c */
/* Returns false when an ambiguous relation ends the validation (Prisma returns early). */
bool v_relation_field(struct vctx *c, uint32_t rf);
void v_relations(struct vctx *c);

/* validations_connector.c: the Postgres / MySQL validate_model */
void v_connector_model(struct vctx *c, uint32_t model);

/* validations_default.c: literal checks of @default values (default_value.rs) */
void v_default_value(struct vctx *c, const struct psl_expr *value, bool has_scalar, enum psl_scalar_type scalar);

#endif
