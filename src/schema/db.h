/*
 * db.h: the parser database, a port of Prisma's psl/parser-database. It is
 * the semantic layer between the AST and the validation rules: it resolves
 * names (tops, fields), field types, the attributes Prisma knows about
 * (@id, @@id, @unique, @@unique, @@index, @@fulltext, @map, @@map,
 * @default, @relation, @ignore, @@ignore, @updatedAt, @@schema, @shardKey,
 * native types such as @db.VarChar(200)) and infers relations (1:1, 1:n,
 * implicit m:n, two-way embedded m:n), reporting Prisma's diagnostics with
 * the same text, spans and order.
 *
 * The passes run in Prisma's order: names, types, attributes, relations.
 * The database is built even when the schema has errors; it is then
 * incomplete in the same ways Prisma's is (an unresolved field type leaves
 * the field out of both scalar and relation fields, a bad @@id leaves the
 * model without a primary key, ...).
 *
 * Data model: plain arrays indexed by dense integer ids, like Prisma's.
 *   - model ids: every model and view, in file order then source order
 *     (Prisma's ModelId is (FileId, top index), which sorts the same way);
 *   - enum ids and composite type ids likewise;
 *   - scalar field ids and relation field ids: sorted by (model, field),
 *     so a model's scalar fields are one contiguous range;
 *   - relation ids: in the order relations were inferred.
 * PSL_DB_NONE stands for "no id". AST pointers point into the schema's ASTs.
 *
 * For porting psl-core, Prisma's walkers map onto this header as follows:
 *   db.walk_models() / walk_views()     db->models, split by psl_db_model_is_view()
 *   model.scalar_fields()               scalar_fields[m->scalar_start .. + m->n_scalar]
 *   model.relation_fields()             relation_fields[m->relation_start .. + m->n_relation]
 *   model.fields(), field.refine()      m->ast->fields; m->field_scalar[i] / m->field_relation[i]
 *   model.primary_key(), .indexes()     m->pk (NULL if none), m->indexes
 *   model.unique_criterias()            psl_db_model_unique_criteria() (indexed iterator)
 *   model.relations_from() / _to()      m->relations_from / m->relations_to
 *   scalar_field.default_value()        sf->has_default, psl_db_sfield_default_value()
 *   scalar_field.raw_native_type()      sf->has_native_type, sf->native_type
 *   relation_field.fields()             rf->has_fields, rf->fields (referencing_fields)
 *   relation_field.referenced_fields()  rf->has_references, rf->references
 *   relation_field.relation_name()      rf->relation_name (explicit or generated)
 *   relation.refine()                   r->kind; forward/back: psl_db_relation_*_field()
 *   inline.referenced_fields()          r->referenced_fields (explicit or inferred)
 *   walk_complete_inline_relations()    relations with psl_db_relation_is_complete_inline()
 *   implicit m:n table_name()           "_" + r->name; column A is model_a, B model_b
 *   walk_scalar_field_defaults_with_unknown_function()   db->unknown_function_defaults
 *
 * Ownership: psl_db_build() allocates the database and everything it points
 * to in the schema's arena (s->arena), except the name tables (strmaps on
 * the heap) that psl_db_free() releases; psl_schema_release() calls
 * psl_db_free() before freeing the arena. The query functions below only
 * read; those that render text append to a caller-owned strbuf.
 */
#ifndef RDB_SCHEMA_DB_H
#define RDB_SCHEMA_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "connector.h" /* scalar types, index algorithms, referential actions */
#include "psl/ast.h"
#include "schema.h"

#define PSL_DB_NONE UINT32_MAX

/* ---- enumerations ------------------------------------------------------ */

/* Prisma's builtin scalar types (ScalarType). */

/* What a scalar field's type resolved to (ScalarFieldType; no extension types). */
enum psl_type_kind {
	PSL_TYPE_BUILTIN,     /* .scalar */
	PSL_TYPE_ENUM,        /* .id is an enum id */
	PSL_TYPE_COMPOSITE,   /* .id is a composite type id */
	PSL_TYPE_UNSUPPORTED, /* .unsupported is the text inside Unsupported("...") */
};

struct psl_field_type {
	enum psl_type_kind kind;
	enum psl_scalar_type scalar;
	uint32_t id;
	const char *unsupported;
};

enum psl_sort_order { PSL_SORT_ASC, PSL_SORT_DESC };
enum psl_index_type { PSL_INDEX_NORMAL, PSL_INDEX_UNIQUE, PSL_INDEX_FULLTEXT };

/* PostgreSQL operator classes, in Prisma's order (types.rs OperatorClass). */
enum psl_operator_class {
	PSL_OPS_INET, PSL_OPS_JSONB, PSL_OPS_JSONB_PATH, PSL_OPS_ARRAY, PSL_OPS_TEXT,
	PSL_OPS_BIT_MINMAX, PSL_OPS_VARBIT_MINMAX, PSL_OPS_BPCHAR_BLOOM, PSL_OPS_BPCHAR_MINMAX,
	PSL_OPS_BYTEA_BLOOM, PSL_OPS_BYTEA_MINMAX, PSL_OPS_DATE_BLOOM, PSL_OPS_DATE_MINMAX,
	PSL_OPS_DATE_MINMAX_MULTI, PSL_OPS_FLOAT4_BLOOM, PSL_OPS_FLOAT4_MINMAX,
	PSL_OPS_FLOAT4_MINMAX_MULTI, PSL_OPS_FLOAT8_BLOOM, PSL_OPS_FLOAT8_MINMAX,
	PSL_OPS_FLOAT8_MINMAX_MULTI, PSL_OPS_INET_INCLUSION, PSL_OPS_INET_BLOOM, PSL_OPS_INET_MINMAX,
	PSL_OPS_INET_MINMAX_MULTI, PSL_OPS_INT2_BLOOM, PSL_OPS_INT2_MINMAX, PSL_OPS_INT2_MINMAX_MULTI,
	PSL_OPS_INT4_BLOOM, PSL_OPS_INT4_MINMAX, PSL_OPS_INT4_MINMAX_MULTI, PSL_OPS_INT8_BLOOM,
	PSL_OPS_INT8_MINMAX, PSL_OPS_INT8_MINMAX_MULTI, PSL_OPS_NUMERIC_BLOOM, PSL_OPS_NUMERIC_MINMAX,
	PSL_OPS_NUMERIC_MINMAX_MULTI, PSL_OPS_OID_BLOOM, PSL_OPS_OID_MINMAX, PSL_OPS_OID_MINMAX_MULTI,
	PSL_OPS_TEXT_BLOOM, PSL_OPS_TEXT_MINMAX, PSL_OPS_TIMESTAMP_BLOOM, PSL_OPS_TIMESTAMP_MINMAX,
	PSL_OPS_TIMESTAMP_MINMAX_MULTI, PSL_OPS_TIMESTAMPTZ_BLOOM, PSL_OPS_TIMESTAMPTZ_MINMAX,
	PSL_OPS_TIMESTAMPTZ_MINMAX_MULTI, PSL_OPS_TIME_BLOOM, PSL_OPS_TIME_MINMAX,
	PSL_OPS_TIME_MINMAX_MULTI, PSL_OPS_TIMETZ_BLOOM, PSL_OPS_TIMETZ_MINMAX,
	PSL_OPS_TIMETZ_MINMAX_MULTI, PSL_OPS_UUID_BLOOM, PSL_OPS_UUID_MINMAX,
	PSL_OPS_UUID_MINMAX_MULTI,
	PSL_OPS_RAW, /* ops: raw("..."): see psl_ops.raw */
};


/*
 * Relation kinds (RelationAttributes). field_a / field_b of a relation say
 * which sides are present: a 1:n defined only on the list side has no
 * field_a (Prisma's OneToManyRelationFields::Back), a 1:1 or 1:n defined
 * only on the referencing side has no field_b (Forward).
 */
enum psl_relation_kind {
	PSL_REL_IMPLICIT_M2N,
	PSL_REL_TWO_WAY_EMBEDDED_M2N, /* MongoDB: both sides list fields, one has fields: */
	PSL_REL_ONE_TO_ONE,
	PSL_REL_ONE_TO_MANY,
};

/* ---- resolved items ---------------------------------------------------- */

/* A native type attribute, kept raw: @db.VarChar(200) is {"db", "VarChar", {"200"}}. */
struct psl_raw_native_type {
	const char *scope;      /* the datasource name before the dot */
	const char *name;
	const char **args;      /* each argument rendered as Prisma's Display does */
	size_t n_args;
	struct psl_span span;   /* the whole attribute */
};

/* A validated @default: the value is attr->args.args.items[arg_idx].value. */
struct psl_default {
	const struct psl_attr *attr;
	size_t arg_idx;
	const char *mapped_name; /* map: "..." (constraint name), or NULL */
};

/* An operator class, `ops: InetOps` or `ops: raw("tsvector_ops")`. */
struct psl_ops {
	enum psl_operator_class cls;
	const char *raw; /* PSL_OPS_RAW only */
};

/* One step of a path into a composite type: field `field` of composite type `ct`. */
struct psl_path_step {
	uint32_t ct;
	uint32_t field; /* index into the composite type's AST fields */
};

/*
 * A field in an id, index or unique definition, with its arguments. `root`
 * is a scalar field of the model; a non-empty path walks into composite
 * types (@@index([address.city])) and its last step is the indexed field.
 */
struct psl_index_field {
	uint32_t root;
	const struct psl_path_step *path;
	size_t n_path;
	bool has_sort, has_length, has_ops;
	enum psl_sort_order sort;
	uint32_t length;
	struct psl_ops ops;
};

struct psl_db_scalar_field {
	uint32_t model;
	uint32_t field; /* index into the AST model's fields */
	const struct psl_field *ast;
	struct psl_field_type type;
	bool is_ignored, is_updated_at;
	bool has_default, has_native_type;
	struct psl_default dflt;
	struct psl_raw_native_type native_type;
	const char *mapped_name; /* @map, or NULL */
};

struct psl_db_relation_field {
	uint32_t model;
	uint32_t field; /* index into the AST model's fields */
	const struct psl_field *ast;
	uint32_t referenced_model;
	bool has_on_delete, has_on_update;
	enum psl_referential_action on_delete, on_update;
	struct psl_span on_delete_span, on_update_span;
	/* fields: [...] and references: [...] as written (has_* false when absent). */
	bool has_fields, has_references;
	const uint32_t *fields, *references; /* scalar field ids */
	size_t n_fields, n_references;
	const char *name;        /* @relation("name") / name: "...", explicit only */
	const char *mapped_name; /* @relation(map: "...") */
	bool is_ignored;
	const struct psl_attr *relation_attr; /* the @relation attribute, or NULL */
	uint32_t relation;       /* the relation this field belongs to, or NONE */
	const char *relation_name; /* name, or the generated "AToB" */
};

struct psl_db_index {
	const struct psl_attr *attr;
	enum psl_index_type type;
	const struct psl_index_field *fields;
	size_t n_fields;
	uint32_t source_field; /* scalar field id for a field-level @unique, else NONE */
	const char *name;        /* name: (client name), @@unique only */
	const char *mapped_name; /* map: (constraint name) */
	bool has_algorithm, has_clustered;
	enum psl_index_algorithm algorithm;
	bool clustered;
};

struct psl_db_primary_key {
	const struct psl_attr *attr;
	const struct psl_index_field *fields;
	size_t n_fields;
	uint32_t source_field; /* AST field index for @id, NONE for @@id */
	const char *name, *mapped_name;
	bool has_clustered, clustered;
};

struct psl_db_shard_key {
	const struct psl_attr *attr;
	const uint32_t *fields; /* scalar field ids */
	size_t n_fields;
	uint32_t source_field;  /* AST field index for @shardKey, NONE for @@shardKey */
};

struct psl_db_model {
	const struct psl_model *ast;
	uint32_t file, top;  /* file id, index in that file's tops */
	/* Per AST field: its scalar field id or relation field id, or NONE (unresolved type). */
	uint32_t *field_scalar, *field_relation;
	uint32_t scalar_start, n_scalar;     /* range in db->scalar_fields */
	uint32_t relation_start, n_relation; /* range in db->relation_fields */
	bool is_ignored;
	const struct psl_db_primary_key *pk;
	const struct psl_db_shard_key *shard_key;
	VEC(struct psl_db_index) indexes; /* field @unique first, then @@index, @@unique, @@fulltext */
	const char *mapped_name;          /* @@map */
	const char *schema;               /* @@schema("...") */
	struct psl_span schema_span;      /* span of the string argument */
	/* Relations whose ingesting field is on this model / points to it (Prisma's forward/back sets). */
	const uint32_t *relations_from, *relations_to;
	size_t n_relations_from, n_relations_to;
};

struct psl_db_enum {
	const struct psl_enum *ast;
	uint32_t file, top;
	const char *mapped_name;
	const char **mapped_values; /* per AST value: @map name or NULL */
	const char *schema;
	struct psl_span schema_span;
};

/* A composite type field; present is false when its type did not resolve. */
struct psl_db_composite_field {
	bool present;
	struct psl_field_type type;
	const char *mapped_name;
	bool has_default, has_native_type;
	struct psl_default dflt;
	struct psl_raw_native_type native_type;
};

struct psl_db_composite {
	const struct psl_composite *ast;
	uint32_t file, top;
	struct psl_db_composite_field *fields; /* per AST field */
};

struct psl_db_relation {
	enum psl_relation_kind kind;
	uint32_t field_a, field_b; /* relation field ids, or NONE */
	uint32_t model_a, model_b;
	const char *explicit_name;
	const char *name; /* explicit, or generated from the model names */
	/*
	 * For 1:1 and 1:n: the referenced fields, explicit (references:) or
	 * inferred from the first strict unique criteria of model B.
	 */
	const uint32_t *referenced_fields;
	size_t n_referenced_fields;
};

/* A top-level block, in file order then source order. */
struct psl_db_top {
	enum psl_top_kind kind;
	uint32_t file, index; /* file id, position in that file's tops */
	uint32_t id;          /* model / enum / composite id; NONE for datasources and generators */
	const struct psl_top *ast;
};

struct psl_db {
	const struct psl_schema *schema;
	VEC(struct psl_db_top) tops;
	VEC(struct psl_db_model) models; /* models and views */
	VEC(struct psl_db_enum) enums;
	VEC(struct psl_db_composite) composites;
	VEC(struct psl_db_scalar_field) scalar_fields;
	VEC(struct psl_db_relation_field) relation_fields;
	VEC(struct psl_db_relation) relations;
	/* Scalar fields whose @default calls a function parser-database does not know. */
	VEC(uint32_t) unknown_function_defaults;
	/* Name tables (heap, see psl_db_free): values point to uint32_t top indexes. */
	struct strmap top_names, datasource_names, generator_names;
	/* Model fields by (model, name), the later of duplicates: open addressing,
	 * field_mask + 1 slots, field == 0 for an empty slot (else AST index + 1). */
	struct psl_db_field_slot {
		uint32_t model, field;
	} *field_slots;
	size_t field_mask;
};

/* ---- names and display -------------------------------------------------- */

/* ScalarType::try_from_str; ignore_case compares lowercased. */
/* Operator class names as Prisma displays them (including its UuidMinMaxMultiOps quirk). */
const char *psl_operator_class_name(enum psl_operator_class c);
bool psl_operator_class_supports(enum psl_operator_class c, enum psl_index_algorithm algo);
/* Cascade, SetNull and SetDefault modify related rows; Restrict and NoAction do not. */
bool psl_ref_action_triggers_modification(enum psl_referential_action a);
/* A name Prisma Client reserves (reserved_model_names.rs): no model or enum may take it. */
bool psl_is_reserved_type_name(const char *name);
/* "Int", an enum or composite type name, or Unsupported("..."): appended to out. */
void psl_db_type_render(const struct psl_db *db, const struct psl_field_type *t, struct strbuf *out);

/* ---- lookups ------------------------------------------------------------ */

/* By name, among models, views, enums and composite types (one namespace); NONE if absent. */
uint32_t psl_db_find_top(const struct psl_db *db, const char *name); /* index into db->tops */
uint32_t psl_db_find_model(const struct psl_db *db, const char *name);
uint32_t psl_db_find_enum(const struct psl_db *db, const char *name);
uint32_t psl_db_find_composite(const struct psl_db *db, const char *name);
uint32_t psl_db_find_datasource(const struct psl_db *db, const char *name); /* top index */
/* A model's AST field index by name (the last one when duplicated), or NONE. */
uint32_t psl_db_model_field_by_name(const struct psl_db *db, uint32_t model, const char *name);
/* The field table's slot for (model, name): the entry, or the empty slot it would take. */
struct psl_db_field_slot *psl_db_field_slot(const struct psl_db *db, uint32_t model, const char *name);
uint32_t psl_db_composite_field_by_name(const struct psl_db *db, uint32_t ct, const char *name);

/* ---- models ------------------------------------------------------------- */

static inline const struct psl_db_model *psl_db_model(const struct psl_db *db, uint32_t m)
{
	return &db->models.items[m];
}
const char *psl_db_model_name(const struct psl_db *db, uint32_t m);
bool psl_db_model_is_view(const struct psl_db *db, uint32_t m);
/* @@map, else the model name. */
const char *psl_db_model_database_name(const struct psl_db *db, uint32_t m);
bool psl_db_model_has_single_id_field(const struct psl_db *db, uint32_t m);
/* Takes AST field indexes (Prisma's ast::FieldId). */
bool psl_db_model_field_is_single_pk(const struct psl_db *db, uint32_t m, uint32_t field);
bool psl_db_model_field_is_part_of_compound_pk(const struct psl_db *db, uint32_t m, uint32_t field);
bool psl_db_model_field_is_indexed_for_autoincrement(const struct psl_db *db, uint32_t m, uint32_t field);

/*
 * Unique criterias: the primary key (if any) then each unique index, in
 * order. Iterate with `for (i = 0; psl_db_model_unique_criteria(db, m, i, &c); i++)`.
 */
struct psl_db_criteria {
	const struct psl_index_field *fields;
	size_t n_fields;
};
bool psl_db_model_unique_criteria(const struct psl_db *db, uint32_t m, size_t i, struct psl_db_criteria *out);
/* Same, skipping criterias with an optional field (required_unique_criterias). */
bool psl_db_model_required_unique_criteria(const struct psl_db *db, uint32_t m, size_t i,
					   struct psl_db_criteria *out);
bool psl_db_criteria_has_optional_fields(const struct psl_db *db, const struct psl_db_criteria *c);
bool psl_db_criteria_has_unsupported_fields(const struct psl_db *db, const struct psl_db_criteria *c);
/* No optional and no Unsupported field. */
bool psl_db_criteria_is_strict(const struct psl_db *db, const struct psl_db_criteria *c);
/* Same fields in the same order (compared by AST field index, as Prisma does). */
bool psl_db_criteria_contains_exactly(const struct psl_db *db, const struct psl_db_criteria *c,
				      const uint32_t *sfields, size_t n);

/* ---- scalar fields ------------------------------------------------------ */

static inline const struct psl_db_scalar_field *psl_db_sfield(const struct psl_db *db, uint32_t sf)
{
	return &db->scalar_fields.items[sf];
}
const char *psl_db_sfield_name(const struct psl_db *db, uint32_t sf);
/* @map, else the field name. */
const char *psl_db_sfield_database_name(const struct psl_db *db, uint32_t sf);
/* @id / @unique on the field, or an @@id / @@unique of exactly this field. */
bool psl_db_sfield_is_unique(const struct psl_db *db, uint32_t sf);
bool psl_db_sfield_is_single_pk(const struct psl_db *db, uint32_t sf);
bool psl_db_sfield_is_part_of_compound_pk(const struct psl_db *db, uint32_t sf);
bool psl_db_sfield_is_optional(const struct psl_db *db, uint32_t sf);
bool psl_db_sfield_is_list(const struct psl_db *db, uint32_t sf);
bool psl_db_sfield_is_unsupported(const struct psl_db *db, uint32_t sf);
/* The @default value expression, or NULL. */
const struct psl_expr *psl_db_sfield_default_value(const struct psl_db *db, uint32_t sf);
/* True when @default(fn(...)) calls function `fn` ("autoincrement", "now", "uuid", ...). */
bool psl_db_default_is_function(const struct psl_expr *value, const char *fn);
bool psl_db_sfield_is_autoincrement(const struct psl_db *db, uint32_t sf);

/* ---- index fields (a scalar field, or a field inside a composite type) --- */

/* The model scalar field, or NONE when the path goes into a composite type. */
uint32_t psl_db_index_field_scalar(const struct psl_index_field *f);
const struct psl_field *psl_db_index_field_ast(const struct psl_db *db, const struct psl_index_field *f);
/* The AST field index (in its model or its composite type). */
uint32_t psl_db_index_field_id(const struct psl_db *db, const struct psl_index_field *f);
const char *psl_db_index_field_name(const struct psl_db *db, const struct psl_index_field *f);
const char *psl_db_index_field_database_name(const struct psl_db *db, const struct psl_index_field *f);
struct psl_field_type psl_db_index_field_type(const struct psl_db *db, const struct psl_index_field *f);
/* The native type attribute, or NULL. */
const struct psl_raw_native_type *psl_db_index_field_native_type(const struct psl_db *db,
							      const struct psl_index_field *f);
bool psl_db_index_field_is_optional(const struct psl_db *db, const struct psl_index_field *f);
bool psl_db_index_field_is_list(const struct psl_db *db, const struct psl_index_field *f);
bool psl_db_index_field_is_unsupported(const struct psl_db *db, const struct psl_index_field *f);
/* IndexAlgorithm::supports_field_type. */
bool psl_index_algorithm_supports_field(const struct psl_db *db, enum psl_index_algorithm a,
					const struct psl_index_field *f);
/* The path to the indexed field as "root.step.step" (names, or database names if mapped), appended. */
void psl_db_index_field_path(const struct psl_db *db, const struct psl_index_field *f, bool mapped,
			     struct strbuf *out);
/* Same root and same steps (IndexFieldPath equality, by ids). */
bool psl_db_index_fields_same_path(const struct psl_index_field *a, const struct psl_index_field *b);

/* ---- indexes -------------------------------------------------------------- */

/* "@unique", "@@unique", "@@fulltext" or "@@index". */
const char *psl_db_index_attribute_name(const struct psl_db_index *idx);
/* The model scalar field is one of the index's fields. */
bool psl_db_index_contains_field(const struct psl_db_index *idx, uint32_t sf);
/*
 * Same paths (compared by names, as_path_to_indexed_field), sort orders and
 * lengths, in the same order (IndexWalker::contains_exactly_the_fields).
 */
bool psl_db_index_fields_equal(const struct psl_db *db, const struct psl_index_field *a, size_t na,
			       const struct psl_index_field *b, size_t nb);
/* The array expression of the fields argument (IndexWalker::fields_array), or NULL. */
const struct psl_expr *psl_db_index_fields_array(const struct psl_db_index *idx);

/* ---- relation fields ------------------------------------------------------ */

static inline const struct psl_db_relation_field *psl_db_rfield(const struct psl_db *db, uint32_t rf)
{
	return &db->relation_fields.items[rf];
}
const char *psl_db_rfield_name(const struct psl_db *db, uint32_t rf);
bool psl_db_rfield_is_required(const struct psl_db *db, uint32_t rf);
/* The other field of the field's relation, or NONE. */
uint32_t psl_db_rfield_opposite(const struct psl_db *db, uint32_t rf);
/* Required if any referencing scalar field is required, else the field's own arity. */
enum psl_arity psl_db_rfield_referential_arity(const struct psl_db *db, uint32_t rf);
/* references: [x] names exactly the related model's single-field id (true when absent). */
bool psl_db_rfield_references_singular_id_field(const struct psl_db *db, uint32_t rf);
bool psl_db_rfield_one_side_is_view(const struct psl_db *db, uint32_t rf);

/* ---- relations ------------------------------------------------------------ */

static inline const struct psl_db_relation *psl_db_relation(const struct psl_db *db, uint32_t r)
{
	return &db->relations.items[r];
}
/* "implicit many-to-many", "one-to-one" or "one-to-many" (RelationWalker::relation_kind). */
const char *psl_db_relation_kind_name(const struct psl_db_relation *r);
bool psl_db_relation_is_m2n(const struct psl_db_relation *r); /* implicit or two-way embedded */
/* Any field @ignore'd, or any referencing scalar field ignored or Unsupported. */
bool psl_db_relation_is_ignored(const struct psl_db *db, uint32_t r);
/* Inline (1:1, 1:n) relations: the field on model A / model B, or NONE. */
uint32_t psl_db_relation_forward_field(const struct psl_db_relation *r);
uint32_t psl_db_relation_back_field(const struct psl_db_relation *r);
/* Both sides present and not implicit m:n (walk_complete_inline_relations). */
bool psl_db_relation_is_complete_inline(const struct psl_db_relation *r);

/* ---- enums and composite types ------------------------------------------- */

const char *psl_db_enum_name(const struct psl_db *db, uint32_t e);
const char *psl_db_enum_database_name(const struct psl_db *db, uint32_t e);
const char *psl_db_enum_value_database_name(const struct psl_db *db, uint32_t e, uint32_t value);
const char *psl_db_composite_name(const struct psl_db *db, uint32_t ct);
const char *psl_db_composite_field_database_name(const struct psl_db *db, uint32_t ct, uint32_t field);

#endif
