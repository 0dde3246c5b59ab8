/*
 * db.c: the parser database's driver (lib.rs: the four passes in order),
 * the attribute-validation state machine (context.rs) and the expression
 * coercions (coerce_expression.rs) the passes share.
 *
 * The state machine makes every attribute go through one protocol: an
 * attribute list is opened with db_visit_attributes(), each attribute
 * parser-database knows is claimed with db_visit_optional_single_attr() or
 * db_visit_repeated_attr(), its arguments are consumed with
 * db_visit_default_arg() / db_visit_optional_arg(), and whatever is left
 * over is reported: "No such argument." for arguments, "Attribute not
 * known" for attributes. Prisma keeps the leftovers in hash sets whose
 * iteration order is random (even its wasm build reports the same schema's
 * unknown attributes in different orders from one run to the next); we
 * report them in source order.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "db_internal.h"

/* ---- diagnostics ---- */

static void vpush(struct db_ctx *ctx, struct psl_span span, const char *prefix, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, prefix);
	strbuf_vaddf(&sb, fmt, ap);
	psl_error_str(ctx->src, span, sb.buf);
	strbuf_release(&sb);
}

void db_error(struct db_ctx *ctx, struct psl_span span, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vpush(ctx, span, "", fmt, ap);
	va_end(ap);
}

void db_attr_error(struct db_ctx *ctx, const char *fmt, ...)
{
	struct strbuf prefix = STRBUF_INIT;
	va_list ap;
	/* Prisma writes "@<name>" even for block attributes: "@index", not "@@index". */
	strbuf_addf(&prefix, "Error parsing attribute \"@%s\": ", ctx->attr->name.name);
	va_start(ap, fmt);
	vpush(ctx, ctx->attr->span, prefix.buf, fmt, ap);
	va_end(ap);
	strbuf_release(&prefix);
}

void db_model_error(struct db_ctx *ctx, struct psl_span span, const char *block, const char *name,
		    const char *fmt, ...)
{
	struct strbuf prefix = STRBUF_INIT;
	va_list ap;
	strbuf_addf(&prefix, "Error validating %s \"%s\": ", block, name);
	va_start(ap, fmt);
	vpush(ctx, span, prefix.buf, fmt, ap);
	va_end(ap);
	strbuf_release(&prefix);
}

/* ---- coercions ---- */

const char *db_render_expr(struct db_ctx *ctx, const struct psl_expr *e)
{
	struct strbuf sb = STRBUF_INIT;
	const char *r;
	/* numbers and constants render as written: the AST's own string */
	if (e->kind == PSL_EXPR_NUMBER || e->kind == PSL_EXPR_CONSTANT)
		return e->value;
	psl_expr_render(&sb, e);
	r = arena_strndup(ctx->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return r;
}

void db_type_mismatch(struct db_ctx *ctx, const char *expected, const struct psl_expr *e)
{
	struct strbuf sb = STRBUF_INIT;
	psl_expr_render(&sb, e);
	db_error(ctx, e->span, "Expected a %s value, but received %s value `%s`.", expected, psl_expr_describe(e),
		 sb.buf);
	strbuf_release(&sb);
}

const char *db_coerce_string(struct db_ctx *ctx, const struct psl_expr *e)
{
	if (e->kind == PSL_EXPR_STRING)
		return e->value;
	db_type_mismatch(ctx, "string", e);
	return NULL;
}

const char *db_coerce_constant(struct db_ctx *ctx, const struct psl_expr *e)
{
	if (e->kind == PSL_EXPR_CONSTANT)
		return e->value;
	db_type_mismatch(ctx, "constant", e);
	return NULL;
}

/*
 * Prisma parses numbers with Rust's str::parse, so "1.5" or an overflowing
 * literal is a type mismatch ("Expected a numeric value, but received
 * numeric value `1.5`."), not a truncation.
 */
bool db_parse_i64(const char *s, int64_t *out)
{
	bool neg = false;
	uint64_t v = 0, limit;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if (!*s)
		return false;
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		if (v > (limit - (uint64_t)(*s - '0')) / 10)
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return true;
}

bool db_coerce_integer(struct db_ctx *ctx, const struct psl_expr *e, int64_t *out)
{
	if (e->kind == PSL_EXPR_NUMBER && db_parse_i64(e->value, out))
		return true;
	db_type_mismatch(ctx, "numeric", e);
	return false;
}

bool db_coerce_boolean(struct db_ctx *ctx, const struct psl_expr *e, bool *out)
{
	if (e->kind == PSL_EXPR_CONSTANT && (!strcmp(e->value, "true") || !strcmp(e->value, "false"))) {
		*out = e->value[0] == 't';
		return true;
	}
	db_type_mismatch(ctx, "boolean", e);
	return false;
}

/* ---- the attribute state machine ---- */

void db_visit_attributes(struct db_ctx *ctx, const struct psl_attr *attrs, size_t n)
{
	ctx->attrs = attrs;
	ctx->n_attrs = n;
	ctx->in_attrs = true;
	ctx->unused.len = 0;
	ctx->attr_names = 0;
	vec_reserve(&ctx->unused, n);
	for (size_t i = 0; i < n; i++) {
		ctx->unused.items[i] = true;
		ctx->attr_names |= db_attr_name_bit_n(attrs[i].name.name, attrs[i].name.len);
	}
	ctx->unused.len = n;
}

static struct db_arg_slot *find_slot(struct db_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->args.len; i++) {
		struct db_arg_slot *sl = &ctx->args.items[i];
		if (name ? sl->name && !strcmp(sl->name, name) : !sl->name)
			return sl;
	}
	return NULL;
}

/* Removes the slot for name; returns its argument index or -1. */
static long take_slot(struct db_ctx *ctx, const char *name)
{
	struct db_arg_slot *sl = find_slot(ctx, name);
	long idx;
	if (!sl)
		return -1;
	idx = (long)sl->idx;
	*sl = ctx->args.items[--ctx->args.len];
	return idx;
}

/* The argument lists Prisma checks for `name:` without a value and trailing commas. */
static void check_arguments_list(struct db_ctx *ctx, const struct psl_attr *attr, const struct psl_args *list,
				 bool *valid)
{
	for (size_t i = 0; i < list->empty.len; i++) {
		db_error(ctx, list->empty.items[i].span,
			 "Error parsing attribute \"@%s\": The `%s` argument is missing a value.", attr->name.name,
			 list->empty.items[i].name);
		*valid = false;
	}
	for (size_t i = 0; i < list->args.len; i++) {
		const struct psl_expr *v = &list->args.items[i].value;
		if (v->kind != PSL_EXPR_ARRAY)
			continue;
		for (size_t j = 0; j < v->n_items; j++) {
			const struct psl_expr *it = &v->items[j];
			if (it->kind != PSL_EXPR_FUNCTION)
				continue;
			/* Prisma writes "@@" here, whatever the attribute. */
			for (size_t k = 0; k < it->args->empty.len; k++)
				db_error(ctx, it->args->empty.items[k].span,
					 "Error parsing attribute \"@@%s\": The `%s` argument is missing a value.",
					 attr->name.name, it->args->empty.items[k].name);
		}
	}
	if (list->has_trailing_comma)
		db_error(ctx, list->trailing_comma,
			 "Error parsing attribute \"@%s\": Trailing commas are not valid in attribute arguments, "
			 "please remove the comma.",
			 attr->name.name);
}

/*
 * set_attribute(): reports `name:` without a value (which makes the
 * attribute unusable) and trailing commas, then loads the arguments by
 * name. A repeated named argument is an error; repeated unnamed ones are
 * gathered into one "Did you mean `[a, b]`?" message.
 */
static bool set_attribute(struct db_ctx *ctx, const struct psl_attr *attr)
{
	bool valid = true;
	struct strbuf unnamed = STRBUF_INIT;
	size_t n_unnamed = 0;

	check_arguments_list(ctx, attr, &attr->args, &valid);
	for (size_t i = 0; i < attr->args.args.len; i++) {
		const struct psl_expr *v = &attr->args.args.items[i].value;
		if (v->kind == PSL_EXPR_FUNCTION)
			check_arguments_list(ctx, attr, v->args, &valid);
	}
	if (!valid)
		return false;

	ctx->attr = attr;
	ctx->args.len = 0;
	for (size_t i = 0; i < attr->args.args.len; i++) {
		const struct psl_arg *a = &attr->args.args.items[i];
		const char *name = a->name ? a->name->name : NULL;
		struct db_arg_slot *sl = find_slot(ctx, name);
		struct db_arg_slot fresh = {name, i};
		if (!sl) {
			vec_push(&ctx->args, fresh);
			continue;
		}
		/* Like a HashMap insert: the later argument replaces the earlier. */
		if (!name) {
			if (!n_unnamed++)
				psl_expr_render(&unnamed, &attr->args.args.items[sl->idx].value);
			strbuf_addstr(&unnamed, ", ");
			psl_expr_render(&unnamed, &a->value);
		} else {
			db_error(ctx, a->span, "Argument \"%s\" is already specified.", name);
		}
		sl->idx = i;
	}
	if (n_unnamed)
		db_attr_error(ctx,
			      "You provided multiple unnamed arguments. This is not possible. Did you forget the "
			      "brackets? Did you mean `[%s]`?",
			      unnamed.buf);
	strbuf_release(&unnamed);
	return true;
}

/* Name comparison is exact, so `@db.Text` never matches here (see db_visit_datasource_scoped). */
static inline bool attr_is(const struct psl_attr *a, const char *name, size_t len)
{
	return a->name.len == len && !memcmp(a->name.name, name, len);
}

bool db_visit_optional_single_attr_(struct db_ctx *ctx, const char *name)
{
	size_t first = SIZE_MAX, count = 0, len = strlen(name);
	for (size_t i = 0; i < ctx->n_attrs; i++) {
		if (!attr_is(&ctx->attrs[i], name, len))
			continue;
		if (!count++)
			first = i;
	}
	if (!count)
		return false;
	if (count > 1) {
		/* Every occurrence is reported and none is validated further. */
		for (size_t i = 0; i < ctx->n_attrs; i++) {
			if (!attr_is(&ctx->attrs[i], name, len))
				continue;
			db_error(ctx, ctx->attrs[i].span, "Attribute \"@%s\" can only be defined once.", name);
			ctx->unused.items[i] = false;
		}
		return false;
	}
	ctx->unused.items[first] = false;
	return set_attribute(ctx, &ctx->attrs[first]);
}

bool db_visit_repeated_attr(struct db_ctx *ctx, const char *name)
{
	size_t len = strlen(name);
	if (!(ctx->attr_names & db_attr_name_bit_n(name, len)))
		return false;
	for (size_t i = 0; i < ctx->n_attrs; i++) {
		if (!ctx->unused.items[i] || !attr_is(&ctx->attrs[i], name, len))
			continue;
		ctx->unused.items[i] = false;
		if (set_attribute(ctx, &ctx->attrs[i]))
			return true;
	}
	return false;
}

const struct psl_attr *db_visit_datasource_scoped(struct db_ctx *ctx)
{
	const struct psl_attr *found = NULL;
	for (size_t i = 0; i < ctx->n_attrs; i++) {
		const struct psl_attr *a = &ctx->attrs[i];
		const char *dot = memchr(a->name.name, '.', a->name.len);
		if (!dot)
			continue;
		ctx->unused.items[i] = false;
		/* The last one wins; each repetition is reported with the scope as name. */
		if (found)
			db_error(ctx, a->span, "Attribute \"@%.*s\" can only be defined once.",
				 (int)(dot - a->name.name), a->name.name);
		found = a;
	}
	return found;
}

/* Both the named and the unnamed argument are consumed, whatever the outcome. */
const struct psl_expr *db_visit_default_arg(struct db_ctx *ctx, const char *name, bool err, size_t *idx)
{
	long named = take_slot(ctx, name), unnamed = take_slot(ctx, NULL);
	const struct psl_arg *args = ctx->attr->args.args.items;
	if ((named >= 0) != (unnamed >= 0)) {
		long i = named >= 0 ? named : unnamed;
		if (idx)
			*idx = (size_t)i;
		return &args[i].value;
	}
	if (!err)
		return NULL;
	if (named >= 0)
		db_error(ctx, args[named].span, "Argument \"%s\" is already specified as unnamed argument.", name);
	else
		db_error(ctx, ctx->attr->span, "Argument \"%s\" is missing.", name);
	return NULL;
}

const struct psl_expr *db_visit_optional_arg(struct db_ctx *ctx, const char *name)
{
	long i = take_slot(ctx, name);
	return i >= 0 ? &ctx->attr->args.args.items[i].value : NULL;
}

void db_discard_arguments(struct db_ctx *ctx)
{
	ctx->attr = NULL;
	ctx->args.len = 0;
}

void db_validate_visited_arguments(struct db_ctx *ctx)
{
	const struct psl_attr *attr = ctx->attr;
	for (size_t i = 0; i < attr->args.args.len; i++) {
		for (size_t j = 0; j < ctx->args.len; j++)
			if (ctx->args.items[j].idx == i)
				db_error(ctx, attr->args.args.items[i].span, "No such argument.");
	}
	db_discard_arguments(ctx);
}

void db_validate_visited_attributes(struct db_ctx *ctx)
{
	for (size_t i = 0; i < ctx->n_attrs; i++)
		if (ctx->unused.items[i])
			db_error(ctx, ctx->attrs[i].span, "Attribute not known: \"@%s\".", ctx->attrs[i].name.name);
	ctx->attrs = NULL;
	ctx->n_attrs = 0;
	ctx->in_attrs = false;
	ctx->unused.len = 0;
}

void db_ctx_release(struct db_ctx *ctx)
{
	vec_free(&ctx->unused);
	vec_free(&ctx->args);
	vec_free(&ctx->mapped);
}

/* ---- shared helpers ---- */

const struct psl_field *db_model_ast_field(const struct psl_db *db, uint32_t model, uint32_t field)
{
	return &db->models.items[model].ast->fields.items[field];
}

const struct psl_field *db_composite_ast_field(const struct psl_db *db, uint32_t ct, uint32_t field)
{
	return &db->composites.items[ct].ast->fields.items[field];
}

/* ---- driver ---- */

static uint32_t *none_array(struct arena *a, size_t n)
{
	uint32_t *p = arena_alloc(a, (n ? n : 1) * sizeof(*p));
	for (size_t i = 0; i < n; i++)
		p[i] = PSL_DB_NONE;
	return p;
}

/*
 * Lists every top and gives models, enums and composite types their dense
 * ids. File order then source order sorts exactly like Prisma's (FileId,
 * top index) pairs, so every "sorted by model" in Prisma holds here too.
 */
static void collect_tops(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	size_t n[4] = {0}, tops = 0;
	for (size_t f = 0; f < ctx->s->asts.len; f++) {
		const struct psl_ast *ast = &ctx->s->asts.items[f];
		tops += ast->tops.len;
		for (size_t i = 0; i < ast->tops.len; i++)
			n[ast->tops.items[i].kind == PSL_TOP_MODEL ? 0 : ast->tops.items[i].kind == PSL_TOP_ENUM ? 1
				: ast->tops.items[i].kind == PSL_TOP_COMPOSITE ? 2 : 3]++;
	}
	avec_reserve(ctx->arena, &db->tops, tops);
	avec_reserve(ctx->arena, &db->models, n[0]);
	avec_reserve(ctx->arena, &db->enums, n[1]);
	avec_reserve(ctx->arena, &db->composites, n[2]);
	for (size_t f = 0; f < ctx->s->asts.len; f++) {
		const struct psl_ast *ast = &ctx->s->asts.items[f];
		for (size_t i = 0; i < ast->tops.len; i++) {
			const struct psl_top *t = &ast->tops.items[i];
			struct psl_db_top top = {t->kind, (uint32_t)f, (uint32_t)i, PSL_DB_NONE, t};
			if (t->kind == PSL_TOP_MODEL) {
				struct psl_db_model m = {0};
				m.ast = t->u.model;
				m.file = (uint32_t)f;
				m.top = (uint32_t)i;
				m.field_scalar = none_array(ctx->arena, m.ast->fields.len);
				m.field_relation = none_array(ctx->arena, m.ast->fields.len);
				top.id = (uint32_t)db->models.len;
				avec_push(ctx->arena, &db->models, m);
			} else if (t->kind == PSL_TOP_ENUM) {
				struct psl_db_enum e = {0};
				e.ast = t->u.enm;
				e.file = (uint32_t)f;
				e.top = (uint32_t)i;
				e.mapped_values = arena_alloc(ctx->arena, (e.ast->values.len + 1) * sizeof(char *));
				top.id = (uint32_t)db->enums.len;
				avec_push(ctx->arena, &db->enums, e);
			} else if (t->kind == PSL_TOP_COMPOSITE) {
				struct psl_db_composite c = {0};
				c.ast = t->u.composite;
				c.file = (uint32_t)f;
				c.top = (uint32_t)i;
				c.fields = arena_alloc(ctx->arena, (c.ast->fields.len + 1) * sizeof(*c.fields));
				top.id = (uint32_t)db->composites.len;
				avec_push(ctx->arena, &db->composites, c);
			}
			avec_push(ctx->arena, &db->tops, top);
		}
	}
}

struct psl_db *psl_db_build(struct psl_schema *s)
{
	struct db_ctx ctx;
	struct psl_db *db = arena_alloc(&s->arena, sizeof(*db));

	memset(&ctx, 0, sizeof(ctx));
	db->schema = s;
	strmap_init(&db->top_names);
	strmap_init(&db->datasource_names);
	strmap_init(&db->generator_names);
	ctx.s = s;
	ctx.db = db;
	ctx.src = &s->src;
	ctx.arena = &s->arena;

	collect_tops(&ctx);
	/* Prisma's order; each pass relies only on the ones before it. */
	db_resolve_names(&ctx);
	db_resolve_types(&ctx);
	db_resolve_attributes(&ctx);
	db_infer_relations(&ctx);

	db_ctx_release(&ctx);
	return db;
}

void psl_db_free(struct psl_db *db)
{
	if (!db)
		return;
	strmap_release(&db->top_names);
	strmap_release(&db->datasource_names);
	strmap_release(&db->generator_names);
}
