/*
 * db_internal.h: what the parser-database passes (db_names.c, db_types.c,
 * db_attributes.c, db_default.c, db_relations.c) share while the database
 * is being built: the build context, the attribute-validation state machine
 * of Prisma's context.rs, and the expression coercions of
 * coerce_expression.rs. Not for use outside src/schema/db_*.c.
 *
 * Ownership: the context lives on psl_db_build()'s stack; its scratch
 * buffers are heap vectors released by db_ctx_release().
 */
#ifndef RDB_SCHEMA_DB_INTERNAL_H
#define RDB_SCHEMA_DB_INTERNAL_H

#include "db.h"

/* One remaining argument of the attribute under validation: name (NULL if unnamed) -> index. */
struct db_arg_slot {
	const char *name;
	size_t idx;
};

/* An @map name already taken in the model or composite type being visited. */
struct db_mapped {
	const char *name;
	uint32_t field;
};

struct db_ctx {
	struct psl_schema *s;
	struct psl_db *db;
	struct psl_sources *src;
	struct arena *arena;

	/*
	 * Attribute validation (context.rs). `attrs` is the attribute list
	 * being validated and `unused` flags the attributes no visit_* call
	 * has claimed yet; `attr` is the attribute whose arguments are being
	 * validated and `args` its arguments not yet consumed.
	 */
	const struct psl_attr *attrs;
	size_t n_attrs;
	uint64_t attr_names; /* db_attr_name_bit() of every name in attrs: a quick "absent" */
	bool in_attrs;
	VEC(bool) unused;
	const struct psl_attr *attr;
	VEC(struct db_arg_slot) args;

	/* @map names seen so far in the model / composite type being visited. */
	VEC(struct db_mapped) mapped;
};

void db_ctx_release(struct db_ctx *ctx);

/* ---- the passes, in order ---- */
void db_resolve_names(struct db_ctx *ctx);
void db_resolve_types(struct db_ctx *ctx);
void db_resolve_attributes(struct db_ctx *ctx);
void db_infer_relations(struct db_ctx *ctx);

/* @default on model scalar fields and composite type fields (db_default.c). */
void db_visit_model_field_default(struct db_ctx *ctx, uint32_t sf);
void db_visit_composite_field_default(struct db_ctx *ctx, uint32_t ct, uint32_t field);

/* ---- diagnostics ---- */
void db_error(struct db_ctx *ctx, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);
/* "Error parsing attribute \"@<current attribute>\": <msg>" on the current attribute. */
void db_attr_error(struct db_ctx *ctx, const char *fmt, ...) RDB_PRINTF(2, 3);
/* "Error validating <block> \"<name>\": <msg>" */
void db_model_error(struct db_ctx *ctx, struct psl_span span, const char *block, const char *name,
		    const char *fmt, ...) RDB_PRINTF(5, 6);

/* ---- the attribute state machine (context.rs) ---- */

/* Starts validating an attribute list; every attribute starts unused. */
void db_visit_attributes(struct db_ctx *ctx, const struct psl_attr *attrs, size_t n);
/*
 * An attribute that may appear at most once. Returns true when it is
 * present and valid enough to validate its arguments; the caller must then
 * end with db_validate_visited_arguments() or db_discard_arguments().
 */
bool db_visit_optional_single_attr_(struct db_ctx *ctx, const char *name); /* the out-of-line part */
/*
 * A one-bit summary of an attribute name (its first letter and length;
 * computed at compile time for a literal). Fields are visited for a dozen
 * attribute names and mostly carry one or two attributes, so most visits
 * find their name's bit clear in ctx->attr_names and compare no string.
 */
static inline uint64_t db_attr_name_bit_n(const char *name, size_t len)
{
	return (uint64_t)1 << (((unsigned char)name[0] * 7u + (unsigned)len) & 63);
}
static inline uint64_t db_attr_name_bit(const char *name)
{
	return db_attr_name_bit_n(name, strlen(name));
}
static inline bool db_visit_optional_single_attr(struct db_ctx *ctx, const char *name)
{
	return (ctx->attr_names & db_attr_name_bit(name)) && db_visit_optional_single_attr_(ctx, name);
}
/* The next unvisited attribute of that name (@@index ...); same contract. */
bool db_visit_repeated_attr(struct db_ctx *ctx, const char *name);
/* The native type attribute (name with a dot), or NULL. Reports duplicates. */
const struct psl_attr *db_visit_datasource_scoped(struct db_ctx *ctx);
/*
 * The argument `name`, or else the unnamed one. Returns NULL and reports
 * nothing when `err` is false; with err true, pushes Prisma's error.
 * *idx receives the argument index.
 */
const struct psl_expr *db_visit_default_arg(struct db_ctx *ctx, const char *name, bool err, size_t *idx);
/* A named optional argument, or NULL. */
const struct psl_expr *db_visit_optional_arg(struct db_ctx *ctx, const char *name);
/* Reports "No such argument." for every argument left, then ends the attribute. */
void db_validate_visited_arguments(struct db_ctx *ctx);
void db_discard_arguments(struct db_ctx *ctx);
/* Reports "Attribute not known" for every attribute left, then ends the list. */
void db_validate_visited_attributes(struct db_ctx *ctx);

/* ---- coercions (coerce_expression.rs): NULL / false plus an error on mismatch ---- */
const char *db_coerce_string(struct db_ctx *ctx, const struct psl_expr *e);
const char *db_coerce_constant(struct db_ctx *ctx, const struct psl_expr *e);
bool db_coerce_integer(struct db_ctx *ctx, const struct psl_expr *e, int64_t *out);
bool db_coerce_boolean(struct db_ctx *ctx, const struct psl_expr *e, bool *out);
void db_type_mismatch(struct db_ctx *ctx, const char *expected, const struct psl_expr *e);
/* Rust's str::parse::<i64>(): optional sign, decimal digits, no overflow. */
bool db_parse_i64(const char *s, int64_t *out);

/* ---- shared helpers ---- */
const struct psl_field *db_model_ast_field(const struct psl_db *db, uint32_t model, uint32_t field);
const struct psl_field *db_composite_ast_field(const struct psl_db *db, uint32_t ct, uint32_t field);
/* Expression rendered as Prisma's Display, in the build arena. */
const char *db_render_expr(struct db_ctx *ctx, const struct psl_expr *e);

#endif
