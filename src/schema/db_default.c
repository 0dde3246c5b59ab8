/*
 * db_default.c: @default on model scalar fields and composite type fields
 * (attributes/default.rs).
 *
 * Prisma threads an `accept` closure through the checks, called when the
 * value is acceptable; here each check returns whether it accepted, and the
 * caller records the default. A check may both report an error and accept
 * (dbgenerated("a", "b") does), exactly as Prisma's code paths do.
 */
#include <stdlib.h>

#include "db_internal.h"

static const char *const known_functions[] = {
	"autoincrement", "ulid", "cuid", "dbgenerated", "nanoid", "now", "uuid", "auto",
};

static bool is_known_function(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(known_functions); i++)
		if (!strcmp(known_functions[i], name))
			return true;
	return false;
}

static bool is_fn(const struct psl_expr *e, const char *name)
{
	return e->kind == PSL_EXPR_FUNCTION && !strcmp(e->value, name);
}

/* Rust's str::parse::<u8>(). */
static bool parse_u8(const char *s, unsigned *out)
{
	int64_t v;
	if (!db_parse_i64(s, &v) || v < 0 || v > 255 || *s == '-')
		return false;
	*out = (unsigned)v;
	return true;
}

static bool empty_function_args(struct db_ctx *ctx, const char *fn, const struct psl_args *args)
{
	if (!args->args.len)
		return true;
	db_attr_error(ctx, "The `%s` function does not take any argument. Consider changing this default to `%s()`.",
		      fn, fn);
	return false;
}

static bool auto_args(struct db_ctx *ctx, const struct psl_args *args)
{
	if (!args->args.len)
		return true;
	db_attr_error(ctx, "`auto()` takes no arguments");
	return false;
}

/*
 * dbgenerated("sql") or dbgenerated(). With several arguments Prisma both
 * reports and, when the first is a string, still accepts.
 */
static bool dbgenerated_args(struct db_ctx *ctx, const struct psl_args *args)
{
	const struct psl_expr *first = args->args.len ? &args->args.items[0].value : NULL;
	if (args->args.len > 1)
		db_attr_error(ctx, "`dbgenerated()` takes a single String argument");
	if (first && first->kind == PSL_EXPR_STRING && !first->len) {
		db_attr_error(ctx, "dbgenerated() takes either no argument, or a single nonempty string argument.");
		return false;
	}
	if (!first || first->kind == PSL_EXPR_STRING)
		return true;
	db_attr_error(ctx, "`dbgenerated()` takes a single String argument");
	return false;
}

/* cuid(1|2), uuid(4|7): `versions` is Prisma's supported list ("1 or 2"). */
static bool uid_int_args(struct db_ctx *ctx, const char *fn, const struct psl_args *args, unsigned a, unsigned b)
{
	/* The version must parse as a u8 first: cuid(300) is "not 1 or 2", not an overflow. */
	const struct psl_expr *first = args->args.len ? &args->args.items[0].value : NULL;
	unsigned v;
	if (args->args.len > 1)
		db_attr_error(ctx, "`%s()` takes a single Int argument.", fn);
	if (!first)
		return true;
	if (first->kind != PSL_EXPR_NUMBER) {
		db_attr_error(ctx, "`%s()` takes a single Int argument.", fn);
		return false;
	}
	if (parse_u8(first->value, &v) && (v == a || v == b))
		return true;
	db_attr_error(ctx,
		      "`%s()` takes either no argument, or a single integer argument which is either %u or %u.", fn,
		      a, b);
	return false;
}

static bool nanoid_args(struct db_ctx *ctx, const struct psl_args *args)
{
	const struct psl_expr *first = args->args.len ? &args->args.items[0].value : NULL;
	unsigned v;
	if (args->args.len > 1)
		db_attr_error(ctx, "`nanoid()` takes a single Int argument.");
	if (!first)
		return true;
	if (first->kind != PSL_EXPR_NUMBER) {
		db_attr_error(ctx, "`nanoid()` takes a single Int argument.");
		return false;
	}
	if (parse_u8(first->value, &v) && v >= 2)
		return true;
	db_attr_error(ctx, "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.");
	return false;
}

static void invalid_scalar_default(struct db_ctx *ctx, enum psl_scalar_type t, const struct psl_expr *value)
{
	struct strbuf sb = STRBUF_INIT;
	psl_expr_render(&sb, value);
	db_attr_error(ctx, "Expected a %s value, but found `%s`.", psl_scalar_type_name(t), sb.buf);
	strbuf_release(&sb);
}

/*
 * A literal for a builtin type. Only the kind of literal is checked here:
 * whether "abc" is a valid DateTime is psl-core's business.
 */
static bool scalar_default_literal(struct db_ctx *ctx, enum psl_scalar_type t, const struct psl_expr *value)
{
	switch (value->kind) {
	case PSL_EXPR_STRING:
		if (t == PSL_SCALAR_STRING || t == PSL_SCALAR_JSON || t == PSL_SCALAR_BYTES ||
		    t == PSL_SCALAR_DATETIME || t == PSL_SCALAR_DECIMAL)
			return true;
		break;
	case PSL_EXPR_NUMBER:
		if (t == PSL_SCALAR_INT || t == PSL_SCALAR_BIGINT || t == PSL_SCALAR_FLOAT || t == PSL_SCALAR_DECIMAL)
			return true;
		break;
	case PSL_EXPR_CONSTANT:
		if (t != PSL_SCALAR_BOOLEAN)
			break;
		if (!strcmp(value->value, "true") || !strcmp(value->value, "false"))
			return true;
		db_error(ctx, value->span,
			 "Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.");
		return false;
	default:
		break;
	}
	invalid_scalar_default(ctx, t, value);
	return false;
}

static bool singular_scalar_default_literal(struct db_ctx *ctx, enum psl_scalar_type t,
					    const struct psl_expr *value)
{
	if (value->kind == PSL_EXPR_ARRAY) {
		db_attr_error(ctx, "The default value of a non-list field cannot be a list.");
		return false;
	}
	return scalar_default_literal(ctx, t, value);
}

/* A list default: every item must be valid; the first invalid one stops the check. */
static bool builtin_scalar_list_default(struct db_ctx *ctx, enum psl_scalar_type t, const struct psl_expr *value)
{
	if (value->kind != PSL_EXPR_ARRAY) {
		db_attr_error(ctx, "The default value of a list field must be a list.");
		return false;
	}
	for (size_t i = 0; i < value->n_items; i++)
		if (!scalar_default_literal(ctx, t, &value->items[i]))
			return false;
	return true;
}

static bool invalid_enum_expr(struct db_ctx *ctx, const struct psl_expr *value)
{
	struct strbuf sb = STRBUF_INIT;
	psl_expr_render(&sb, value);
	db_attr_error(ctx, "Expected an enum value, but found `%s`.", sb.buf);
	strbuf_release(&sb);
	return false;
}

static bool enum_default(struct db_ctx *ctx, const struct psl_expr *value, uint32_t eid)
{
	const struct psl_enum *e = ctx->db->enums.items[eid].ast;
	if (value->kind != PSL_EXPR_CONSTANT)
		return invalid_enum_expr(ctx, value);
	for (size_t i = 0; i < e->values.len; i++)
		if (!strcmp(e->values.items[i].name.name, value->value))
			return true;
	db_attr_error(ctx, "The defined default value `%s` is not a valid value of the enum specified for the field.",
		      value->value);
	return false;
}

static bool enum_list_default(struct db_ctx *ctx, const struct psl_expr *value, uint32_t eid)
{
	if (value->kind != PSL_EXPR_ARRAY)
		return invalid_enum_expr(ctx, value); /* even a valid value must be in a list */
	for (size_t i = 0; i < value->n_items; i++)
		if (!enum_default(ctx, &value->items[i], eid))
			return false;
	return true;
}

static void default_on_composite_typed_field(struct db_ctx *ctx, uint32_t ct, const struct psl_field *f)
{
	db_error(ctx, ctx->attr->span,
		 "Error validating field `%s` in composite type `%s`: Defaults on fields of type composite are not "
		 "supported. Please remove the `@default` attribute.",
		 f->name.name, psl_db_composite_name(ctx->db, ct));
}

static bool invalid_function_default(struct db_ctx *ctx, const char *fn, enum psl_scalar_type t)
{
	db_attr_error(ctx, "The function `%s()` cannot be used on fields of type `%s`.", fn, psl_scalar_type_name(t));
	return false;
}

/*
 * The checks are tried in Prisma's match order: a named autoincrement is
 * rejected before its type is looked at, known functions are matched with
 * the types they fit, and a known function on another type is an error
 * while an unknown one is deferred.
 */
static bool model_builtin_default(struct db_ctx *ctx, uint32_t sfid, enum psl_scalar_type t,
				  const struct psl_expr *value, const char *mapped_name, enum psl_arity arity)
{
	if (value->kind == PSL_EXPR_FUNCTION) {
		const char *fn = value->value;
		const struct psl_args *args = value->args;
		if (!strcmp(fn, "autoincrement") && mapped_name) {
			db_attr_error(ctx, "Naming an autoincrement default value is not allowed.");
			return false;
		}
		if (!strcmp(fn, "autoincrement") && (t == PSL_SCALAR_INT || t == PSL_SCALAR_BIGINT))
			return empty_function_args(ctx, fn, args);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "ulid"))
			return empty_function_args(ctx, fn, args);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "cuid"))
			return uid_int_args(ctx, fn, args, 1, 2);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "uuid"))
			return uid_int_args(ctx, fn, args, 4, 7);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "nanoid"))
			return nanoid_args(ctx, args);
		if (t == PSL_SCALAR_DATETIME && !strcmp(fn, "now"))
			return empty_function_args(ctx, "now", args);
		if (!strcmp(fn, "auto"))
			return auto_args(ctx, args);
		if (!is_known_function(fn)) {
			/* Left for the connector to judge (e.g. sequence() on CockroachDB). */
			avec_push(ctx->arena, &ctx->db->unknown_function_defaults, sfid);
			return true;
		}
		return invalid_function_default(ctx, fn, t);
	}
	if (arity == PSL_LIST)
		return builtin_scalar_list_default(ctx, t, value);
	return singular_scalar_default_literal(ctx, t, value);
}

/* Composite fields (MongoDB): no autoincrement, auto or nanoid, and unknown functions are errors. */
static bool composite_builtin_default(struct db_ctx *ctx, enum psl_scalar_type t, const struct psl_expr *value,
				      enum psl_arity arity)
{
	if (value->kind == PSL_EXPR_FUNCTION) {
		const char *fn = value->value;
		const struct psl_args *args = value->args;
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "ulid"))
			return empty_function_args(ctx, fn, args);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "cuid"))
			return uid_int_args(ctx, fn, args, 1, 2);
		if (t == PSL_SCALAR_STRING && !strcmp(fn, "uuid"))
			return uid_int_args(ctx, fn, args, 4, 7);
		if (t == PSL_SCALAR_DATETIME && !strcmp(fn, "now"))
			return empty_function_args(ctx, "now", args);
		if (!strcmp(fn, "autoincrement") || !strcmp(fn, "auto")) {
			db_attr_error(ctx, "The function `%s()` is not supported on composite fields.", fn);
			return false;
		}
		if (!is_known_function(fn)) {
			db_error(ctx, value->span,
				 "Unknown function in @default(): `%s` is not known. You can read about the available "
				 "functions here: https://pris.ly/d/attribute-functions",
				 fn);
			return false;
		}
		return invalid_function_default(ctx, fn, t);
	}
	if (arity == PSL_LIST)
		return builtin_scalar_list_default(ctx, t, value);
	return singular_scalar_default_literal(ctx, t, value);
}

/* The map: argument of @default, a constraint name. */
static const char *default_mapped_name(struct db_ctx *ctx)
{
	const struct psl_expr *e = db_visit_optional_arg(ctx, "map");
	const char *s = e ? db_coerce_string(ctx, e) : NULL;
	if (s && !*s) {
		db_attr_error(ctx, "The `map` argument cannot be an empty string.");
		return NULL;
	}
	return s;
}

/*
 * @default on a model scalar field. map: is read before the value is
 * checked, so its errors come first, and a named autoincrement can be
 * rejected.
 */
void db_visit_model_field_default(struct db_ctx *ctx, uint32_t sfid)
{
	struct psl_db_scalar_field *sf = &ctx->db->scalar_fields.items[sfid];
	const struct psl_field *f = sf->ast;
	size_t idx = 0;
	const struct psl_expr *value = db_visit_default_arg(ctx, "value", true, &idx);
	const char *mapped_name;
	bool accepted = false;

	if (!value)
		return;
	mapped_name = default_mapped_name(ctx);

	if (is_fn(value, "dbgenerated")) {
		/* Always valid on any type, given valid arguments. */
		accepted = dbgenerated_args(ctx, value->args);
	} else {
		switch (sf->type.kind) {
		case PSL_TYPE_COMPOSITE:
			default_on_composite_typed_field(ctx, sf->type.id, f);
			break;
		case PSL_TYPE_ENUM:
			accepted = f->arity == PSL_LIST ? enum_list_default(ctx, value, sf->type.id)
							: enum_default(ctx, value, sf->type.id);
			break;
		case PSL_TYPE_BUILTIN:
			accepted = model_builtin_default(ctx, sfid, sf->type.scalar, value, mapped_name, f->arity);
			break;
		case PSL_TYPE_UNSUPPORTED:
			db_attr_error(ctx, "Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
			break;
		}
	}
	if (!accepted)
		return;
	sf->has_default = true;
	sf->dflt.attr = ctx->attr;
	sf->dflt.arg_idx = idx;
	sf->dflt.mapped_name = mapped_name;
}

/* @default on a composite type field: no map:, no dbgenerated(). */
void db_visit_composite_field_default(struct db_ctx *ctx, uint32_t ct, uint32_t field)
{
	struct psl_db_composite_field *cf = &ctx->db->composites.items[ct].fields[field];
	const struct psl_field *f = db_composite_ast_field(ctx->db, ct, field);
	size_t idx = 0;
	const struct psl_expr *value = db_visit_default_arg(ctx, "value", true, &idx);
	bool accepted = false;

	if (!value)
		return;
	if (db_visit_optional_arg(ctx, "map"))
		db_attr_error(ctx, "The `map` argument is not allowed on a composite type field.");
	if (is_fn(value, "dbgenerated")) {
		db_attr_error(ctx, "Fields of composite types cannot have `dbgenerated()` as default.");
		return;
	}
	switch (cf->type.kind) {
	case PSL_TYPE_COMPOSITE:
		default_on_composite_typed_field(ctx, cf->type.id, f);
		break;
	case PSL_TYPE_ENUM:
		accepted = f->arity == PSL_LIST ? enum_list_default(ctx, value, cf->type.id)
						: enum_default(ctx, value, cf->type.id);
		break;
	case PSL_TYPE_BUILTIN:
		accepted = composite_builtin_default(ctx, cf->type.scalar, value, f->arity);
		break;
	case PSL_TYPE_UNSUPPORTED:
		db_attr_error(ctx, "Composite field of type `Unsupported` cannot have default values.");
		break;
	}
	if (!accepted)
		return;
	cf->has_default = true;
	cf->dflt.attr = ctx->attr;
	cf->dflt.arg_idx = idx;
}
