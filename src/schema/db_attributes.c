/*
 * db_attributes.c: the third pass (attributes.rs and attributes/{id,map,
 * native_types,schema,shard_key}.rs): validates the attributes of relation
 * fields, then of every model (its scalar fields first, then the model's
 * own), enum and composite type, and records what they say in the
 * database. @default lives in db_default.c.
 *
 * The visiting order below is Prisma's and decides the order of the
 * diagnostics: all relation fields' attributes come before any model's;
 * on a scalar field @map, @ignore, @relation, @id, @updatedAt, @default,
 * the native type, @unique, @shardKey; on a model @@ignore, @@id, @@map,
 * @@schema, every @@index, every @@unique, every @@fulltext, @@shardKey.
 */
#include <stdlib.h>

#include "db_internal.h"

/* ---- field lists: fields: [a, b(sort: Desc)] ---------------------------- */

/* A field name the list refers to that is not there; ct is NONE for the model itself. */
struct unknown_field {
	uint32_t ct;
	const char *name;
};

struct field_problems {
	VEC(struct unknown_field) unknown;
	VEC(uint32_t) relation; /* AST field indexes of relation fields */
};

enum resolve_status { RESOLVE_OK, RESOLVE_DEALT_WITH, RESOLVE_PROBLEMS };

static void problems_release(struct field_problems *p)
{
	vec_free(&p->unknown);
	vec_free(&p->relation);
}

static void add_unknown(struct field_problems *p, uint32_t ct, const char *name)
{
	struct unknown_field u = {ct, name};
	vec_push(&p->unknown, u);
}

/* Model validation error "... refers to the field X multiple times." (Prisma says "unique" for all). */
static void duplicate_field_in_list(struct db_ctx *ctx, uint32_t mid, struct psl_span span, const char *what)
{
	db_model_error(ctx, span, "model", psl_db_model_name(ctx->db, mid),
		       "The unique index definition refers to the field %s multiple times.", what);
}

/* coerce_array(expr, coerce::constant): NULL (errors reported) unless every item is a constant. */
static const char **coerce_constant_array(struct db_ctx *ctx, const struct psl_expr *e, size_t *n)
{
	const char **out;
	bool valid = true;
	if (e->kind != PSL_EXPR_ARRAY) {
		const char *c = db_coerce_constant(ctx, e);
		if (!c)
			return NULL;
		out = arena_alloc(ctx->arena, sizeof(*out));
		out[0] = c;
		*n = 1;
		return out;
	}
	out = arena_alloc(ctx->arena, (e->n_items + 1) * sizeof(*out));
	for (size_t i = 0; i < e->n_items; i++) {
		out[i] = db_coerce_constant(ctx, &e->items[i]);
		if (!out[i])
			valid = false;
	}
	*n = e->n_items;
	return valid ? out : NULL;
}

/*
 * resolve_field_array_without_args(): @relation(fields/references) and
 * @@shardKey. Plain names of scalar fields of `mid`, no paths.
 */
/*
 * Errors are collected, not reported, so that each caller can word them for
 * its attribute ("The argument fields must refer only to existing fields"
 * for @relation, "The multi field id declaration refers to..." for @@id).
 * A field named twice is reported here and ends the resolution at once.
 */
static enum resolve_status resolve_fields_without_args(struct db_ctx *ctx, const struct psl_expr *values,
						       struct psl_span attr_span, uint32_t mid, uint32_t **ids,
						       size_t *n_ids, struct field_problems *p)
{
	const struct psl_db_model *m = &ctx->db->models.items[mid];
	size_t n = 0, count = 0;
	const char **names = coerce_constant_array(ctx, values, &n);
	uint32_t *out;

	if (!names)
		return RESOLVE_DEALT_WITH;
	out = arena_alloc(ctx->arena, (n + 1) * sizeof(*out));
	for (size_t i = 0; i < n; i++) {
		uint32_t fid, sf;
		if (strchr(names[i], '.')) {
			add_unknown(p, PSL_DB_NONE, names[i]);
			continue;
		}
		fid = psl_db_model_field_by_name(ctx->db, mid, names[i]);
		if (fid == PSL_DB_NONE) {
			add_unknown(p, PSL_DB_NONE, names[i]);
			continue;
		}
		sf = m->field_scalar[fid];
		if (sf == PSL_DB_NONE) {
			vec_push(&p->relation, fid);
			continue;
		}
		for (size_t j = 0; j < count; j++) {
			if (out[j] == sf) {
				duplicate_field_in_list(ctx, mid, attr_span, m->ast->fields.items[fid].name.name);
				return RESOLVE_DEALT_WITH;
			}
		}
		out[count++] = sf;
	}
	if (p->unknown.len || p->relation.len)
		return RESOLVE_PROBLEMS;
	*ids = out;
	*n_ids = count;
	return RESOLVE_OK;
}

/* Operator class names as written in schemas, in enum order. */
static const char *const ops_names[] = {
	"InetOps", "JsonbOps", "JsonbPathOps", "ArrayOps", "TextOps", "BitMinMaxOps", "VarBitMinMaxOps",
	"BpcharBloomOps", "BpcharMinMaxOps", "ByteaBloomOps", "ByteaMinMaxOps", "DateBloomOps",
	"DateMinMaxOps", "DateMinMaxMultiOps", "Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps",
	"Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps", "InetInclusionOps", "InetBloomOps",
	"InetMinMaxOps", "InetMinMaxMultiOps", "Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps",
	"Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps", "Int8BloomOps", "Int8MinMaxOps",
	"Int8MinMaxMultiOps", "NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps",
	"OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps", "TextBloomOps", "TextMinMaxOps",
	"TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps", "TimestampTzBloomOps",
	"TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps", "TimeBloomOps", "TimeMinMaxOps",
	"TimeMinMaxMultiOps", "TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps", "UuidBloomOps",
	"UuidMinMaxOps", "UuidMinMaxMultiOps",
};

const char *psl_operator_class_name(enum psl_operator_class c)
{
	/* Prisma's Display prints UuidMinMaxMultiOps as "BitMinMaxOps"; messages keep that. */
	if (c == PSL_OPS_UUID_MINMAX_MULTI)
		return "BitMinMaxOps";
	return c < ARRAY_SIZE(ops_names) ? ops_names[c] : "raw";
}

static const struct psl_arg *find_named_arg(const struct psl_args *args, const char *name)
{
	for (size_t i = 0; i < args->args.len; i++) {
		const struct psl_arg *a = &args->args.items[i];
		if (a->name && !strcmp(a->name->name, name))
			return a;
	}
	return NULL;
}

/* index_fields.rs field_args(): sort, length and ops of one field in a list. */
static void field_args(struct db_ctx *ctx, const struct psl_args *args, struct psl_index_field *f)
{
	const struct psl_arg *a;

	/*
	 * Each argument is looked up by name (the first one wins) and checked
	 * on its own; Prisma words these errors as parser errors ("Unexpected
	 * token. Expected one of: ..."). Unknown arguments are not reported.
	 */

	if ((a = find_named_arg(args, "sort")) != NULL) {
		const char *c = db_coerce_constant(ctx, &a->value);
		if (c && !strcmp(c, "Asc")) {
			f->has_sort = true;
			f->sort = PSL_SORT_ASC;
		} else if (c && !strcmp(c, "Desc")) {
			f->has_sort = true;
			f->sort = PSL_SORT_DESC;
		} else if (c) {
			db_error(ctx, a->span, "Unexpected token. Expected one of: Asc, Desc");
		}
	}
	/* A negative length is dropped silently: Prisma filters it out. */
	if ((a = find_named_arg(args, "length")) != NULL) {
		int64_t len;
		if (db_coerce_integer(ctx, &a->value, &len) && len >= 0) {
			f->has_length = true;
			f->length = (uint32_t)len;
		}
	}
	if ((a = find_named_arg(args, "ops")) == NULL)
		return;
	if (a->value.kind == PSL_EXPR_CONSTANT) {
		for (size_t i = 0; i < ARRAY_SIZE(ops_names); i++) {
			if (!strcmp(ops_names[i], a->value.value)) {
				f->has_ops = true;
				f->ops.cls = (enum psl_operator_class)i;
				return;
			}
		}
		db_error(ctx, a->value.span, "Unexpected token. Expected one of: Invalid operator class: %s",
			 a->value.value);
	} else if (a->value.kind == PSL_EXPR_FUNCTION) {
		const struct psl_args *fa = a->value.args;
		/* Prisma panics on any other function; we ignore it. */
		if (strcmp(a->value.value, "raw"))
			return;
		if (fa->args.len != 1) {
			db_error(ctx, a->value.span,
				 "Unexpected token. Expected one of: Wrong number of arguments. Expected: 1, got: %zu",
				 fa->args.len);
		} else if (fa->args.items[0].value.kind != PSL_EXPR_STRING) {
			db_error(ctx, a->value.span,
				 "Unexpected token. Expected one of: Invalid parameter type: expected string");
		} else {
			f->has_ops = true;
			f->ops.cls = PSL_OPS_RAW;
			f->ops.raw = fa->args.items[0].value.value;
		}
	} else {
		db_error(ctx, a->span, "Unexpected token. Expected one of: operator class");
	}
}

/* One entry of coerce_field_array_with_args(): a name, maybe with arguments. */
static bool coerce_index_field(struct db_ctx *ctx, const struct psl_expr *e, const char **name,
			       struct psl_index_field *f)
{
	memset(f, 0, sizeof(*f));
	if (e->kind == PSL_EXPR_CONSTANT) {
		*name = e->value;
		return true;
	}
	if (e->kind == PSL_EXPR_FUNCTION) {
		*name = e->value;
		field_args(ctx, e->args, f);
		return true;
	}
	db_type_mismatch(ctx, "constant literal", e);
	return false;
}

static bool same_path(const struct psl_index_field *a, const struct psl_index_field *b)
{
	if (a->root != b->root || a->n_path != b->n_path)
		return false;
	for (size_t i = 0; i < a->n_path; i++)
		if (a->path[i].ct != b->path[i].ct || a->path[i].field != b->path[i].field)
			return false;
	return true;
}

/*
 * Follows "a.b.c" from model field a through composite types. Returns
 * false when an unknown field or relation field was recorded in p.
 */
static bool resolve_path(struct db_ctx *ctx, uint32_t mid, const char *name, struct psl_index_field *f,
			 struct field_problems *p)
{
	/*
	 * Which name gets reported follows Prisma: the first shard when the
	 * model has no such field, the shard when a composite type lacks it,
	 * and the whole path when a step that should be composite is not.
	 */
	struct psl_db *db = ctx->db;
	const struct psl_db_model *m = &db->models.items[mid];
	size_t n_shards = 1, k = 0;
	char *copy = arena_strdup(ctx->arena, name), *shard, *dot;
	struct psl_path_step *steps;
	uint32_t fid, sf, next;

	for (const char *c = name; *c; c++)
		n_shards += *c == '.';
	steps = arena_alloc(ctx->arena, n_shards * sizeof(*steps));

	dot = strchr(copy, '.');
	*dot = '\0';
	fid = psl_db_model_field_by_name(db, mid, copy);
	if (fid == PSL_DB_NONE) {
		add_unknown(p, PSL_DB_NONE, copy);
		return false;
	}
	sf = m->field_scalar[fid];
	if (sf == PSL_DB_NONE) {
		vec_push(&p->relation, fid);
		return false;
	}
	if (db->scalar_fields.items[sf].type.kind != PSL_TYPE_COMPOSITE) {
		add_unknown(p, PSL_DB_NONE, name);
		return false;
	}
	f->root = sf;
	next = db->scalar_fields.items[sf].type.id;
	for (size_t i = 1; i < n_shards; i++) {
		const struct psl_db_composite_field *cf;
		shard = dot + 1;
		dot = strchr(shard, '.');
		if (dot)
			*dot = '\0';
		fid = psl_db_composite_field_by_name(db, next, shard);
		if (fid == PSL_DB_NONE) {
			add_unknown(p, next, shard);
			return false;
		}
		steps[k].ct = next;
		steps[k++].field = fid;
		cf = &db->composites.items[next].fields[fid];
		if (cf->present && cf->type.kind == PSL_TYPE_COMPOSITE) {
			next = cf->type.id;
		} else if (i < n_shards - 1) {
			add_unknown(p, PSL_DB_NONE, name);
			return false;
		}
	}
	f->path = steps;
	f->n_path = k;
	return true;
}

/*
 * resolve_field_array_with_args(): @@id, @@index, @@unique, @@fulltext.
 * follow_composites allows paths into composite types (not for @@id).
 */
static enum resolve_status resolve_fields_with_args(struct db_ctx *ctx, const struct psl_expr *values,
						    struct psl_span attr_span, uint32_t mid, bool follow_composites,
						    struct psl_index_field **fields, size_t *n_fields,
						    struct field_problems *p)
{
	struct psl_db *db = ctx->db;
	const struct psl_db_model *m = &db->models.items[mid];
	const struct psl_expr *items = values->kind == PSL_EXPR_ARRAY ? values->items : values;
	size_t n = values->kind == PSL_EXPR_ARRAY ? values->n_items : 1, count = 0;
	struct psl_index_field *out = arena_alloc(ctx->arena, (n + 1) * sizeof(*out));
	const char **names = arena_alloc(ctx->arena, (n + 1) * sizeof(*names));
	bool valid = true;

	/* coerce_array: every item of an array is checked (and reported) before giving up. */
	for (size_t i = 0; i < n; i++) {
		if (!coerce_index_field(ctx, &items[i], &names[i], &out[i])) {
			valid = false;
			if (values->kind != PSL_EXPR_ARRAY)
				break;
		}
	}
	if (!valid)
		return RESOLVE_DEALT_WITH;

	for (size_t i = 0; i < n; i++) {
		struct psl_index_field *f = &out[count];
		const char *what = names[i];
		*f = out[i]; /* the arguments; count <= i, so this only moves entries down */
		f->path = NULL;
		f->n_path = 0;
		if (strchr(names[i], '.')) {
			if (!follow_composites) {
				add_unknown(p, PSL_DB_NONE, names[i]);
				continue;
			}
			if (!resolve_path(ctx, mid, names[i], f, p))
				continue;
		} else {
			uint32_t fid = psl_db_model_field_by_name(db, mid, names[i]);
			if (fid == PSL_DB_NONE) {
				add_unknown(p, PSL_DB_NONE, names[i]);
				continue;
			}
			if (m->field_scalar[fid] == PSL_DB_NONE) {
				vec_push(&p->relation, fid);
				continue;
			}
			f->root = m->field_scalar[fid];
		}
		/* The same path twice: reported at once, naming a composite field by its type. */
		for (size_t j = 0; j < count; j++) {
			if (!same_path(&out[j], f))
				continue;
			if (f->n_path) {
				const struct psl_path_step *last = &f->path[f->n_path - 1];
				what = arena_printf(ctx->arena, "%s in type %s",
						    db_composite_ast_field(db, last->ct, last->field)->name.name,
						    psl_db_composite_name(db, last->ct));
			}
			duplicate_field_in_list(ctx, mid, attr_span, what);
			return RESOLVE_DEALT_WITH;
		}
		count++;
	}
	if (p->unknown.len || p->relation.len)
		return RESOLVE_PROBLEMS;
	*fields = out;
	*n_fields = count;
	return RESOLVE_OK;
}

/* "`a`, `b`" after "field" or "fields" (format_fields_in_error_with_leading_word). */
static void fields_with_leading_word(struct strbuf *sb, const char *const *names, size_t n)
{
	strbuf_addstr(sb, n > 1 ? "fields " : "field ");
	for (size_t i = 0; i < n; i++)
		strbuf_addf(sb, "%s`%s`", i ? ", " : "", names[i]);
}

/* The unknown fields of p as Prisma lists them ("b in type Address" for composite fields). */
static const char **unknown_names(struct db_ctx *ctx, const struct field_problems *p)
{
	const char **names = arena_alloc(ctx->arena, (p->unknown.len + 1) * sizeof(*names));
	for (size_t i = 0; i < p->unknown.len; i++) {
		const struct unknown_field *u = &p->unknown.items[i];
		names[i] = u->ct == PSL_DB_NONE ? u->name
						 : arena_printf(ctx->arena, "%s in type %s", u->name,
								psl_db_composite_name(ctx->db, u->ct));
	}
	return names;
}

static const char **relation_names(struct db_ctx *ctx, uint32_t mid, const struct field_problems *p)
{
	const char **names = arena_alloc(ctx->arena, (p->relation.len + 1) * sizeof(*names));
	for (size_t i = 0; i < p->relation.len; i++)
		names[i] = db_model_ast_field(ctx->db, mid, p->relation.items[i])->name.name;
	return names;
}

static void join(struct strbuf *sb, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		strbuf_addf(sb, "%s%s", i ? ", " : "", names[i]);
}

/* ---- shared argument helpers ---- */

/* An optional string argument that must not be empty ("map", "name"). */
static const char *nonempty_string_arg(struct db_ctx *ctx, const char *arg)
{
	const struct psl_expr *e = db_visit_optional_arg(ctx, arg);
	const char *s = e ? db_coerce_string(ctx, e) : NULL;
	if (s && !*s) {
		db_attr_error(ctx, "The `%s` argument cannot be an empty string.", arg);
		return NULL;
	}
	return s;
}

static void clustering_setting(struct db_ctx *ctx, bool *has, bool *value)
{
	const struct psl_expr *e = db_visit_optional_arg(ctx, "clustered");
	*has = e && db_coerce_boolean(ctx, e, value);
}

/* sort: Asc | Desc on @id and @unique. */
static void sort_arg(struct db_ctx *ctx, struct psl_index_field *f)
{
	const struct psl_expr *e = db_visit_optional_arg(ctx, "sort");
	const char *c = e ? db_coerce_constant(ctx, e) : NULL;
	if (!c)
		return;
	if (!strcmp(c, "Desc") || !strcmp(c, "Asc")) {
		f->has_sort = true;
		f->sort = c[0] == 'D' ? PSL_SORT_DESC : PSL_SORT_ASC;
	} else {
		db_attr_error(ctx, "The `sort` argument can only be `Asc` or `Desc` you provided: %s.", c);
	}
}

/* length: on @id and @unique (no check for negative numbers, as in Prisma). */
static void length_arg(struct db_ctx *ctx, struct psl_index_field *f)
{
	const struct psl_expr *e = db_visit_optional_arg(ctx, "length");
	int64_t len;
	if (e && db_coerce_integer(ctx, e, &len)) {
		f->has_length = true;
		f->length = (uint32_t)len;
	}
}

static void validate_client_name(struct db_ctx *ctx, struct psl_span span, const char *object, const char *name,
				 const char *attribute)
{
	for (const char *c = name; *c; c++) {
		if (*c == '_' || (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z'))
			continue;
		db_model_error(ctx, span, "model", object,
			       "The `name` property within the `%s` attribute only allows for the following "
			       "characters: `_a-zA-Z0-9`.",
			       attribute);
		return;
	}
}

/* @map / @@map: the name argument, a string. */
static const char *visit_map_attribute(struct db_ctx *ctx)
{
	const struct psl_expr *e = db_visit_default_arg(ctx, "name", true, NULL);
	return e ? db_coerce_string(ctx, e) : NULL;
}

/* @@schema("name"). */
static void visit_schema_attribute(struct db_ctx *ctx, const char **schema, struct psl_span *span)
{
	const struct psl_expr *e = db_visit_default_arg(ctx, "map", true, NULL);
	const char *s = e ? db_coerce_string(ctx, e) : NULL;
	if (!s)
		return;
	*schema = s;
	*span = e->span;
}

static void native_type(struct db_ctx *ctx, const struct psl_attr *a, struct psl_raw_native_type *nt)
{
	const char *dot = strchr(a->name.name, '.');
	nt->scope = arena_strndup(ctx->arena, a->name.name, (size_t)(dot - a->name.name));
	nt->name = dot + 1;
	nt->n_args = a->args.args.len;
	nt->args = arena_alloc(ctx->arena, (nt->n_args + 1) * sizeof(*nt->args));
	for (size_t i = 0; i < nt->n_args; i++)
		nt->args[i] = db_render_expr(ctx, &a->args.args.items[i].value);
	nt->span = a->span;
}

/* ---- relation fields ---- */

/*
 * fields: [...] of @relation. Even when it fails, the field counts as having
 * a fields argument (Prisma stores an empty list): relation inference and
 * later checks see that the user wrote one.
 */
static void relation_fields_arg(struct db_ctx *ctx, struct psl_db_relation_field *rf, const struct psl_expr *e)
{
	struct field_problems p = {0};
	uint32_t *ids = NULL;
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;

	switch (resolve_fields_without_args(ctx, e, ctx->attr->span, rf->model, &ids, &n, &p)) {
	case RESOLVE_OK:
		rf->fields = ids;
		rf->n_fields = n;
		break;
	case RESOLVE_DEALT_WITH:
		break;
	case RESOLVE_PROBLEMS:
		if (p.unknown.len) {
			join(&sb, unknown_names(ctx, &p), p.unknown.len);
			db_error(ctx, e->span,
				 "Error validating: The argument fields must refer only to existing fields. The "
				 "following fields do not exist in this model: %s",
				 sb.buf);
			strbuf_reset(&sb);
		}
		if (p.relation.len) {
			join(&sb, relation_names(ctx, rf->model, &p), p.relation.len);
			db_error(ctx, e->span,
				 "Error validating: The argument fields must refer only to scalar fields. But it is "
				 "referencing the following relation fields: %s",
				 sb.buf);
		}
		break;
	}
	rf->has_fields = true;
	strbuf_release(&sb);
	problems_release(&p);
}

/* references: [...] of @relation, resolved in the related model; errors go on the attribute. */
static void relation_references_arg(struct db_ctx *ctx, struct psl_db_relation_field *rf,
				    const struct psl_expr *e)
{
	struct field_problems p = {0};
	uint32_t *ids = NULL;
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;
	const char *related = psl_db_model_name(ctx->db, rf->referenced_model);

	switch (resolve_fields_without_args(ctx, e, ctx->attr->span, rf->referenced_model, &ids, &n, &p)) {
	case RESOLVE_OK:
		rf->references = ids;
		rf->n_references = n;
		break;
	case RESOLVE_DEALT_WITH:
		break;
	case RESOLVE_PROBLEMS:
		if (p.unknown.len) {
			join(&sb, unknown_names(ctx, &p), p.unknown.len);
			db_error(ctx, ctx->attr->span,
				 "Error validating: The argument `references` must refer only to existing fields in "
				 "the related model `%s`. The following fields do not exist in the related model: %s",
				 related, sb.buf);
			strbuf_reset(&sb);
		}
		if (p.relation.len) {
			join(&sb, relation_names(ctx, rf->referenced_model, &p), p.relation.len);
			db_error(ctx, ctx->attr->span,
				 "Error validating: The argument `references` must refer only to scalar fields in the "
				 "related model `%s`. But it is referencing the following relation fields: %s",
				 related, sb.buf);
		}
		break;
	}
	rf->has_references = true;
	strbuf_release(&sb);
	problems_release(&p);
}

static bool referential_action(struct db_ctx *ctx, const struct psl_expr *e, enum psl_referential_action *out)
{
	static const char *const names[] = {"Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"};
	const char *c = db_coerce_constant(ctx, e);
	if (!c)
		return false;
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		if (!strcmp(c, names[i])) {
			*out = (enum psl_referential_action)i;
			return true;
		}
	}
	db_error(ctx, e->span, "Error parsing attribute \"@relation\": Invalid referential action: `%s`", c);
	return false;
}

/* @relation on a relation field. */
static void visit_relation(struct db_ctx *ctx, struct psl_db_relation_field *rf)
{
	const struct psl_expr *e;
	const char *s;

	rf->relation_attr = ctx->attr;
	if ((e = db_visit_optional_arg(ctx, "fields")) != NULL)
		relation_fields_arg(ctx, rf, e);
	if ((e = db_visit_optional_arg(ctx, "references")) != NULL)
		relation_references_arg(ctx, rf, e);

	/* Errors about the name argument itself are dropped, as Prisma's .ok() does. */
	e = db_visit_default_arg(ctx, "name", false, NULL);
	if (e && (s = db_coerce_string(ctx, e)) != NULL) {
		if (!*s)
			db_attr_error(ctx, "A relation cannot have an empty name.");
		else
			rf->name = s;
	}

	if ((e = db_visit_optional_arg(ctx, "onDelete")) != NULL && referential_action(ctx, e, &rf->on_delete)) {
		rf->has_on_delete = true;
		rf->on_delete_span = e->span;
	}
	if ((e = db_visit_optional_arg(ctx, "onUpdate")) != NULL && referential_action(ctx, e, &rf->on_update)) {
		rf->has_on_update = true;
		rf->on_update_span = e->span;
	}
	rf->mapped_name = nonempty_string_arg(ctx, "map");
}

/*
 * Attributes on a relation field: @relation and @ignore are valid; @id,
 * @default, @map and @unique get a tailored error and their arguments are
 * discarded unchecked, as Prisma does.
 */
static void visit_relation_field_attributes(struct db_ctx *ctx, uint32_t rfid)
{
	struct psl_db_relation_field *rf = &ctx->db->relation_fields.items[rfid];
	const struct psl_field *f = rf->ast;

	db_visit_attributes(ctx, f->attrs.items, f->attrs.len);

	if (db_visit_optional_single_attr(ctx, "relation")) {
		visit_relation(ctx, rf);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "id")) {
		db_attr_error(ctx,
			      "The field `%s` is a relation field and cannot be marked with `@id`. Only scalar "
			      "fields can be declared as id.",
			      f->name.name);
		db_discard_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "ignore")) {
		rf->is_ignored = true;
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "default")) {
		db_attr_error(ctx, "Cannot set a default value on a relation field.");
		db_discard_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "map")) {
		db_attr_error(ctx, "The attribute `@map` cannot be used on relation fields.");
		db_visit_default_arg(ctx, "name", true, NULL);
		db_discard_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "unique")) {
		struct strbuf suggestion = STRBUF_INIT;
		/* Point at the scalar fields behind the relation, when it has any. */
		if (rf->n_fields == 1) {
			strbuf_addf(&suggestion, " Did you mean to put it on `%s`?",
				    psl_db_sfield_name(ctx->db, rf->fields[0]));
		} else if (rf->n_fields > 1) {
			strbuf_addstr(&suggestion, " Did you mean to provide `@@unique([");
			for (size_t i = 0; i < rf->n_fields; i++)
				strbuf_addf(&suggestion, "%s%s", i ? ", " : "",
					    psl_db_sfield_name(ctx->db, rf->fields[i]));
			strbuf_addstr(&suggestion, "])`?");
		}
		db_attr_error(ctx,
			      "The field `%s` is a relation field and cannot be marked with `unique`. Only scalar "
			      "fields can be made unique.%s",
			      f->name.name, suggestion.buf);
		strbuf_release(&suggestion);
		db_discard_arguments(ctx);
	}
	db_validate_visited_attributes(ctx);
}

/* ---- scalar fields ---- */

/*
 * @map on a model scalar field, with the two duplicate-name checks of
 * map.rs: two fields mapped to one name, and a field mapped to the name of
 * another scalar field that keeps its own name. The second check sees
 * only the @map's of the fields before this one, since fields are visited
 * in order; Prisma has the same asymmetry.
 */
static void map_scalar_field(struct db_ctx *ctx, struct psl_db_scalar_field *sf)
{
	struct psl_db *db = ctx->db;
	const struct psl_db_model *m = &db->models.items[sf->model];
	const char *container = m->ast->is_view ? "view" : "model";
	const char *name = visit_map_attribute(ctx);
	struct db_mapped fresh;
	uint32_t dup;
	bool seen = false;

	if (!name)
		return;
	sf->mapped_name = name;
	for (size_t i = 0; i < ctx->mapped.len; i++) {
		if (!strcmp(ctx->mapped.items[i].name, name)) {
			ctx->mapped.items[i].field = sf->field;
			seen = true;
		}
	}
	if (seen)
		db_error(ctx, sf->ast->span, "Field \"%s\" is already defined on %s \"%s\".", sf->ast->name.name,
			 container, m->ast->name.name);
	else {
		fresh.name = name;
		fresh.field = sf->field;
		vec_push(&ctx->mapped, fresh);
	}

	/* The mapped name is also the name of another scalar field, not itself @map'ed elsewhere. */
	dup = psl_db_model_field_by_name(db, sf->model, name);
	if (dup == PSL_DB_NONE || dup == sf->field || m->field_scalar[dup] == PSL_DB_NONE)
		return;
	{
		const char *other = db->scalar_fields.items[m->field_scalar[dup]].mapped_name;
		if (other && strcmp(other, name))
			return;
	}
	db_error(ctx, sf->ast->span, "Field \"%s\" is already defined on %s \"%s\".", sf->ast->name.name, container,
		 m->ast->name.name);
}

/* @id on a field. */
/*
 * @id on a field. A second @id in the model is reported on the model and
 * its arguments are left unvisited, so they also show up as "No such
 * argument.", exactly as in Prisma.
 */
static void id_on_field(struct db_ctx *ctx, struct psl_db_model *m, uint32_t sfid)
{
	struct psl_db_primary_key *pk;
	struct psl_index_field *f;

	if (m->pk) {
		db_model_error(ctx, m->ast->span, "model", m->ast->name.name,
			       "At most one field must be marked as the id field with the `@id` attribute.");
		return;
	}
	pk = arena_alloc(ctx->arena, sizeof(*pk));
	f = arena_alloc(ctx->arena, sizeof(*f));
	f->root = sfid;
	pk->mapped_name = nonempty_string_arg(ctx, "map");
	length_arg(ctx, f);
	sort_arg(ctx, f);
	clustering_setting(ctx, &pk->has_clustered, &pk->clustered);
	pk->attr = ctx->attr;
	pk->fields = f;
	pk->n_fields = 1;
	pk->source_field = ctx->db->scalar_fields.items[sfid].field;
	m->pk = pk;
}

/* @unique on a field. */
static void unique_on_field(struct db_ctx *ctx, struct psl_db_model *m, uint32_t sfid)
{
	struct psl_db_index idx = {0};
	struct psl_index_field *f = arena_alloc(ctx->arena, sizeof(*f));

	idx.mapped_name = nonempty_string_arg(ctx, "map");
	f->root = sfid;
	length_arg(ctx, f);
	sort_arg(ctx, f);
	clustering_setting(ctx, &idx.has_clustered, &idx.clustered);
	idx.attr = ctx->attr;
	idx.type = PSL_INDEX_UNIQUE;
	idx.fields = f;
	idx.n_fields = 1;
	idx.source_field = sfid;
	avec_push(ctx->arena, &m->indexes, idx);
}

static void shard_key_on_field(struct db_ctx *ctx, struct psl_db_model *m, uint32_t sfid)
{
	struct psl_db_shard_key *sk;
	uint32_t *ids;

	if (m->shard_key) {
		db_model_error(ctx, m->ast->span, "model", m->ast->name.name,
			       "At most one field must be marked as the shard key with the `@shardKey` attribute.");
		return;
	}
	sk = arena_alloc(ctx->arena, sizeof(*sk));
	ids = arena_alloc(ctx->arena, sizeof(*ids));
	ids[0] = sfid;
	sk->attr = ctx->attr;
	sk->fields = ids;
	sk->n_fields = 1;
	sk->source_field = ctx->db->scalar_fields.items[sfid].field;
	m->shard_key = sk;
}

/* The attributes of one scalar field, in Prisma's order (see the top of this file). */
static void visit_scalar_field_attributes(struct db_ctx *ctx, uint32_t sfid)
{
	struct psl_db_scalar_field *sf = &ctx->db->scalar_fields.items[sfid];
	struct psl_db_model *m = &ctx->db->models.items[sf->model];
	const struct psl_field *f = sf->ast;
	const struct psl_attr *nt;

	db_visit_attributes(ctx, f->attrs.items, f->attrs.len);

	if (db_visit_optional_single_attr(ctx, "map")) {
		map_scalar_field(ctx, sf);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "ignore")) {
		if (sf->type.kind == PSL_TYPE_UNSUPPORTED)
			db_attr_error(ctx, "Fields of type `Unsupported` cannot take an `@ignore` attribute. They are "
					   "already treated as ignored by the client due to their type.");
		else
			sf->is_ignored = true;
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "relation")) {
		db_attr_error(ctx, "Invalid field type, not a relation.");
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "id")) {
		id_on_field(ctx, m, sfid);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "updatedAt")) {
		if (sf->type.kind != PSL_TYPE_BUILTIN || sf->type.scalar != PSL_SCALAR_DATETIME)
			db_attr_error(ctx, "Fields that are marked with @updatedAt must be of type DateTime.");
		if (f->arity == PSL_LIST)
			db_attr_error(ctx, "Fields that are marked with @updatedAt cannot be lists.");
		sf->is_updated_at = true;
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "default")) {
		db_visit_model_field_default(ctx, sfid);
		db_validate_visited_arguments(ctx);
	}
	/* Native types only on builtin scalars; elsewhere they stay unknown attributes. */
	if (sf->type.kind == PSL_TYPE_BUILTIN && (nt = db_visit_datasource_scoped(ctx)) != NULL) {
		native_type(ctx, nt, &sf->native_type);
		sf->has_native_type = true;
	}
	if (db_visit_optional_single_attr(ctx, "unique")) {
		unique_on_field(ctx, m, sfid);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "shardKey")) {
		shard_key_on_field(ctx, m, sfid);
		db_validate_visited_arguments(ctx);
	}
	db_validate_visited_attributes(ctx);
}

/* ---- model attributes ---- */

/* @@ignore makes the fields' own @ignore redundant; the error points at each such field. */
static void model_ignore(struct db_ctx *ctx, struct psl_db_model *m)
{
	for (uint32_t i = m->scalar_start; i < m->scalar_start + m->n_scalar; i++) {
		const struct psl_db_scalar_field *sf = &ctx->db->scalar_fields.items[i];
		if (sf->is_ignored)
			db_error(ctx, sf->ast->span,
				 "Error parsing attribute \"@ignore\": Fields on an already ignored Model do not need an "
				 "`@ignore` annotation.");
	}
	m->is_ignored = true;
}

/* Names of the fields among `fields` that are not required (for @@id and @@shardKey). */
static size_t optional_field_names(struct db_ctx *ctx, const struct psl_index_field *fields, size_t n,
				   const char **names)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const struct psl_field *f = psl_db_index_field_ast(ctx->db, &fields[i]);
		if (f->arity != PSL_REQUIRED)
			names[k++] = f->name.name;
	}
	return k;
}

/* @@id */
static void id_on_model(struct db_ctx *ctx, struct psl_db_model *m, uint32_t mid)
{
	const struct psl_attr *attr = ctx->attr;
	const struct psl_expr *e = db_visit_default_arg(ctx, "fields", true, NULL);
	struct field_problems p = {0};
	struct psl_index_field *fields = NULL;
	size_t n = 0, n_opt;
	struct psl_db_primary_key *pk;
	struct strbuf sb = STRBUF_INIT;
	const char **opt;

	if (!e)
		return;
	switch (resolve_fields_with_args(ctx, e, attr->span, mid, false, &fields, &n, &p)) {
	case RESOLVE_OK:
		break;
	case RESOLVE_DEALT_WITH:
		goto out;
	case RESOLVE_PROBLEMS:
		if (p.unknown.len) {
			fields_with_leading_word(&sb, unknown_names(ctx, &p), p.unknown.len);
			db_model_error(ctx, e->span, "model", m->ast->name.name,
				       "The multi field id declaration refers to the unknown %s.", sb.buf);
			strbuf_reset(&sb);
		}
		if (p.relation.len) {
			fields_with_leading_word(&sb, relation_names(ctx, mid, &p), p.relation.len);
			db_model_error(ctx, attr->span, "model", m->ast->name.name,
				       "The id definition refers to the relation %s. ID definitions must reference only "
				       "scalar fields.",
				       sb.buf);
		}
		goto out;
	}

	opt = arena_alloc(ctx->arena, (n + 1) * sizeof(*opt));
	n_opt = optional_field_names(ctx, fields, n, opt);
	if (n_opt && !m->is_ignored) {
		fields_with_leading_word(&sb, opt, n_opt);
		db_model_error(ctx, attr->span, "model", m->ast->name.name,
			       "The id definition refers to the optional %s. ID definitions must reference only "
			       "required fields.",
			       sb.buf);
	}
	/* Both @id and @@id: reported, and @@id replaces the field's @id. */
	if (m->pk)
		db_model_error(ctx, m->ast->span, "model", m->ast->name.name,
			       "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the "
			       "same time.");

	pk = arena_alloc(ctx->arena, sizeof(*pk));
	pk->mapped_name = nonempty_string_arg(ctx, "map");
	pk->name = nonempty_string_arg(ctx, "name");
	if (pk->name)
		validate_client_name(ctx, attr->span, m->ast->name.name, pk->name, "@@id");
	clustering_setting(ctx, &pk->has_clustered, &pk->clustered);
	pk->attr = attr;
	pk->fields = fields;
	pk->n_fields = n;
	pk->source_field = PSL_DB_NONE;
	m->pk = pk;
out:
	strbuf_release(&sb);
	problems_release(&p);
}

/* common_index_validations(): the fields argument of @@index, @@unique, @@fulltext. */
static void common_index_validations(struct db_ctx *ctx, struct psl_db_index *idx, uint32_t mid)
{
	/*
	 * On any error the index is still recorded, with no fields: Prisma
	 * pushes it anyway, and later checks count on seeing it.
	 */
	const struct psl_attr *attr = ctx->attr;
	const struct psl_db_model *m = &ctx->db->models.items[mid];
	const struct psl_expr *e = db_visit_default_arg(ctx, "fields", true, NULL);
	struct field_problems p = {0};
	struct psl_index_field *fields = NULL;
	size_t n = 0;
	struct strbuf sb = STRBUF_INIT;
	bool unique = idx->type == PSL_INDEX_UNIQUE;

	if (!e)
		return;
	switch (resolve_fields_with_args(ctx, e, attr->span, mid, true, &fields, &n, &p)) {
	case RESOLVE_OK:
		idx->fields = fields;
		idx->n_fields = n;
		break;
	case RESOLVE_DEALT_WITH:
		break;
	case RESOLVE_PROBLEMS:
		if (p.unknown.len) {
			join(&sb, unknown_names(ctx, &p), p.unknown.len);
			db_model_error(ctx, attr->span, "model", m->ast->name.name,
				       "The %sindex definition refers to the unknown fields: %s.", unique ? "unique " : "",
				       sb.buf);
			strbuf_reset(&sb);
		}
		if (p.relation.len) {
			struct strbuf suggestion = STRBUF_INIT;
			size_t n_suggested = 0;
			/* Suggest the relation's referencing scalar fields instead. */
			for (size_t i = 0; i < p.relation.len; i++) {
				uint32_t rfid = m->field_relation[p.relation.items[i]];
				const struct psl_db_relation_field *rf;
				if (rfid == PSL_DB_NONE)
					continue;
				rf = &ctx->db->relation_fields.items[rfid];
				for (size_t j = 0; j < rf->n_fields; j++)
					strbuf_addf(&suggestion, "%s%s", n_suggested++ ? ", " : "",
						    psl_db_sfield_name(ctx->db, rf->fields[j]));
			}
			join(&sb, relation_names(ctx, mid, &p), p.relation.len);
			if (n_suggested)
				db_model_error(ctx, attr->span, "model", m->ast->name.name,
					       "The %sindex definition refers to the relation fields %s. Index "
					       "definitions must reference only scalar fields. Did you mean `@@%s([%s])`?",
					       unique ? "unique " : "", sb.buf, unique ? "unique" : "index",
					       suggestion.buf);
			else
				db_model_error(ctx, attr->span, "model", m->ast->name.name,
					       "The %sindex definition refers to the relation fields %s. Index "
					       "definitions must reference only scalar fields.",
					       unique ? "unique " : "", sb.buf);
			strbuf_release(&suggestion);
		}
		break;
	}
	strbuf_release(&sb);
	problems_release(&p);
}

static void model_index(struct db_ctx *ctx, struct psl_db_model *m, uint32_t mid)
{
	struct psl_db_index idx = {0};
	const struct psl_expr *e;
	const char *name, *map, *type;
	static const char *const algos[] = {"BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"};

	idx.type = PSL_INDEX_NORMAL;
	idx.source_field = PSL_DB_NONE;
	idx.attr = ctx->attr;
	common_index_validations(ctx, &idx, mid);
	name = nonempty_string_arg(ctx, "name");
	map = nonempty_string_arg(ctx, "map");
	/* Legacy: name: on @@index means map:, but not both. */
	if (name && map)
		db_attr_error(ctx, "The `@@index` attribute accepts the `name` argument as an alias for the `map` "
				   "argument for legacy reasons. It does not accept both though. Please use the "
				   "`map` argument to specify the database name of the index.");
	else
		idx.mapped_name = name ? name : map;

	e = db_visit_optional_arg(ctx, "type");
	if (e && (type = db_coerce_constant(ctx, e)) != NULL) {
		for (size_t i = 0; i < ARRAY_SIZE(algos); i++) {
			if (!strcmp(algos[i], type)) {
				idx.has_algorithm = true;
				idx.algorithm = (enum psl_index_algorithm)i;
			}
		}
		if (!idx.has_algorithm)
			db_attr_error(ctx, "Unknown index type: %s.", type);
	}
	clustering_setting(ctx, &idx.has_clustered, &idx.clustered);
	avec_push(ctx->arena, &m->indexes, idx);
}

/*
 * @@unique: name: is the client name (checked for identifier characters),
 * map: the constraint name.
 */
static void model_unique(struct db_ctx *ctx, struct psl_db_model *m, uint32_t mid)
{
	struct psl_db_index idx = {0};

	idx.type = PSL_INDEX_UNIQUE;
	idx.source_field = PSL_DB_NONE;
	idx.attr = ctx->attr;
	common_index_validations(ctx, &idx, mid);
	idx.name = nonempty_string_arg(ctx, "name");
	idx.mapped_name = nonempty_string_arg(ctx, "map");
	if (idx.name)
		validate_client_name(ctx, idx.attr->span, m->ast->name.name, idx.name, "@@unique");
	clustering_setting(ctx, &idx.has_clustered, &idx.clustered);
	avec_push(ctx->arena, &m->indexes, idx);
}

static void model_fulltext(struct db_ctx *ctx, struct psl_db_model *m, uint32_t mid)
{
	struct psl_db_index idx = {0};

	idx.type = PSL_INDEX_FULLTEXT;
	idx.source_field = PSL_DB_NONE;
	idx.attr = ctx->attr;
	common_index_validations(ctx, &idx, mid);
	idx.mapped_name = nonempty_string_arg(ctx, "map");
	avec_push(ctx->arena, &m->indexes, idx);
}

/* @@shardKey */
static void shard_key_on_model(struct db_ctx *ctx, struct psl_db_model *m, uint32_t mid)
{
	const struct psl_attr *attr = ctx->attr;
	const struct psl_expr *e = db_visit_default_arg(ctx, "fields", true, NULL);
	struct field_problems p = {0};
	uint32_t *ids = NULL;
	size_t n = 0, n_opt = 0;
	struct psl_db_shard_key *sk;
	struct strbuf sb = STRBUF_INIT;
	const char **opt;

	if (!e)
		return;
	switch (resolve_fields_without_args(ctx, e, attr->span, mid, &ids, &n, &p)) {
	case RESOLVE_OK:
		break;
	case RESOLVE_DEALT_WITH:
		goto out;
	case RESOLVE_PROBLEMS:
		if (p.unknown.len) {
			fields_with_leading_word(&sb, unknown_names(ctx, &p), p.unknown.len);
			db_model_error(ctx, e->span, "model", m->ast->name.name,
				       "The multi field shard key declaration refers to the unknown %s.", sb.buf);
			strbuf_reset(&sb);
		}
		if (p.relation.len) {
			fields_with_leading_word(&sb, relation_names(ctx, mid, &p), p.relation.len);
			db_model_error(ctx, attr->span, "model", m->ast->name.name,
				       "The shard key definition refers to the relation %s. Shard key definitions must "
				       "reference only scalar fields.",
				       sb.buf);
		}
		goto out;
	}

	opt = arena_alloc(ctx->arena, (n + 1) * sizeof(*opt));
	for (size_t i = 0; i < n; i++) {
		const struct psl_field *f = ctx->db->scalar_fields.items[ids[i]].ast;
		if (f->arity != PSL_REQUIRED)
			opt[n_opt++] = f->name.name;
	}
	if (n_opt && !m->is_ignored) {
		fields_with_leading_word(&sb, opt, n_opt);
		db_model_error(ctx, attr->span, "model", m->ast->name.name,
			       "The shard key definition refers to the optional %s. Shard key definitions must "
			       "reference only required fields.",
			       sb.buf);
	}
	if (m->shard_key)
		db_model_error(ctx, m->ast->span, "model", m->ast->name.name,
			       "Each model must have at most one shard key. You can't have `@shardKey` and "
			       "`@@shardKey` at the same time.");
	sk = arena_alloc(ctx->arena, sizeof(*sk));
	sk->attr = attr;
	sk->fields = ids;
	sk->n_fields = n;
	sk->source_field = PSL_DB_NONE;
	m->shard_key = sk;
out:
	strbuf_release(&sb);
	problems_release(&p);
}

/* @id / @shardKey on an optional field; checked after @@ignore is known. */
static void validate_field_key_arities(struct db_ctx *ctx, const struct psl_db_model *m)
{
	if (m->is_ignored)
		return;
	if (m->pk && m->pk->source_field != PSL_DB_NONE &&
	    m->ast->fields.items[m->pk->source_field].arity != PSL_REQUIRED)
		db_error(ctx, m->pk->attr->span,
			 "Error parsing attribute \"@id\": Fields that are marked as id must be required.");
	if (m->shard_key && m->shard_key->source_field != PSL_DB_NONE &&
	    m->ast->fields.items[m->shard_key->source_field].arity != PSL_REQUIRED)
		db_error(ctx, m->shard_key->attr->span,
			 "Error parsing attribute \"@shardKey\": Fields that are marked as shard keys must be "
			 "required.");
}

/*
 * A model: its scalar fields one by one, then its own attributes. Prisma
 * builds the model's attributes in a local and stores them at the end; no
 * check reads another model's attributes meanwhile, so filling the model
 * in place is the same.
 */
static void resolve_model_attributes(struct db_ctx *ctx, uint32_t mid)
{
	struct psl_db_model *m = &ctx->db->models.items[mid];

	/* Field attributes first, each field in isolation. */
	ctx->mapped.len = 0;
	for (uint32_t i = m->scalar_start; i < m->scalar_start + m->n_scalar; i++)
		visit_scalar_field_attributes(ctx, i);

	db_visit_attributes(ctx, m->ast->attrs.items, m->ast->attrs.len);
	if (db_visit_optional_single_attr(ctx, "ignore")) {
		model_ignore(ctx, m);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "id")) {
		id_on_model(ctx, m, mid);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "map")) {
		const char *name = visit_map_attribute(ctx);
		if (name)
			m->mapped_name = name;
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "schema")) {
		visit_schema_attribute(ctx, &m->schema, &m->schema_span);
		db_validate_visited_arguments(ctx);
	}
	while (db_visit_repeated_attr(ctx, "index")) {
		model_index(ctx, m, mid);
		db_validate_visited_arguments(ctx);
	}
	while (db_visit_repeated_attr(ctx, "unique")) {
		model_unique(ctx, m, mid);
		db_validate_visited_arguments(ctx);
	}
	while (db_visit_repeated_attr(ctx, "fulltext")) {
		model_fulltext(ctx, m, mid);
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "shardKey")) {
		shard_key_on_model(ctx, m, mid);
		db_validate_visited_arguments(ctx);
	}
	validate_field_key_arities(ctx, m);
	db_validate_visited_attributes(ctx);
}

/* ---- enums ---- */

static void resolve_enum_attributes(struct db_ctx *ctx, uint32_t eid)
{
	struct psl_db_enum *e = &ctx->db->enums.items[eid];

	for (size_t i = 0; i < e->ast->values.len; i++) {
		const struct psl_enum_value *v = &e->ast->values.items[i];
		db_visit_attributes(ctx, v->attrs.items, v->attrs.len);
		if (db_visit_optional_single_attr(ctx, "map")) {
			const char *name = visit_map_attribute(ctx);
			if (name)
				e->mapped_values[i] = name;
			db_validate_visited_arguments(ctx);
		}
		db_validate_visited_attributes(ctx);
	}

	db_visit_attributes(ctx, e->ast->attrs.items, e->ast->attrs.len);
	if (db_visit_optional_single_attr(ctx, "map")) {
		const char *name = visit_map_attribute(ctx);
		if (name)
			e->mapped_name = name;
		db_validate_visited_arguments(ctx);
	}
	if (db_visit_optional_single_attr(ctx, "schema")) {
		visit_schema_attribute(ctx, &e->schema, &e->schema_span);
		db_validate_visited_arguments(ctx);
	}
	db_validate_visited_attributes(ctx);
}

/* ---- composite types ---- */

/*
 * @map on a composite type field. The first check names the mapped name,
 * the second the field's own name, as Prisma's messages do.
 */
static void map_composite_field(struct db_ctx *ctx, struct psl_db_composite *c, uint32_t field)
{
	const struct psl_field *f = &c->ast->fields.items[field];
	const char *name = visit_map_attribute(ctx);
	struct db_mapped fresh;
	bool seen = false;
	uint32_t other;

	if (!name)
		return;
	c->fields[field].mapped_name = name;
	for (size_t i = 0; i < ctx->mapped.len; i++) {
		if (!strcmp(ctx->mapped.items[i].name, name)) {
			ctx->mapped.items[i].field = field;
			seen = true;
		}
	}
	if (seen) {
		db_error(ctx, f->span, "Field \"%s\" is already defined on composite type \"%s\".", name,
			 c->ast->name.name);
	} else {
		fresh.name = name;
		fresh.field = field;
		vec_push(&ctx->mapped, fresh);
	}
	other = psl_db_composite_field_by_name(ctx->db, (uint32_t)(c - ctx->db->composites.items), name);
	/* A field without a resolved type makes Prisma panic here; we skip it. */
	if (other == PSL_DB_NONE || !c->fields[other].present || c->fields[other].mapped_name)
		return;
	db_error(ctx, f->span, "Field \"%s\" is already defined on composite type \"%s\".", f->name.name,
		 c->ast->name.name);
}

/* Fields whose type did not resolve are skipped entirely: not even unknown attributes are reported. */
static void resolve_composite_attributes(struct db_ctx *ctx, uint32_t cid)
{
	struct psl_db_composite *c = &ctx->db->composites.items[cid];

	ctx->mapped.len = 0;
	for (uint32_t i = 0; i < c->ast->fields.len; i++) {
		const struct psl_field *f = &c->ast->fields.items[i];
		const struct psl_attr *nt;
		if (!c->fields[i].present)
			continue;
		db_visit_attributes(ctx, f->attrs.items, f->attrs.len);
		if (c->fields[i].type.kind == PSL_TYPE_BUILTIN && (nt = db_visit_datasource_scoped(ctx)) != NULL) {
			native_type(ctx, nt, &c->fields[i].native_type);
			c->fields[i].has_native_type = true;
		}
		if (db_visit_optional_single_attr(ctx, "map")) {
			map_composite_field(ctx, c, i);
			db_validate_visited_arguments(ctx);
		}
		if (db_visit_optional_single_attr(ctx, "default")) {
			db_visit_composite_field_default(ctx, cid, i);
			db_validate_visited_arguments(ctx);
		}
		db_validate_visited_attributes(ctx);
	}
}

/* Relation fields of every model first, then each top in source order. */
void db_resolve_attributes(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	for (uint32_t i = 0; i < db->relation_fields.len; i++)
		visit_relation_field_attributes(ctx, i);
	for (size_t i = 0; i < db->tops.len; i++) {
		const struct psl_db_top *t = &db->tops.items[i];
		if (t->kind == PSL_TOP_MODEL)
			resolve_model_attributes(ctx, t->id);
		else if (t->kind == PSL_TOP_ENUM)
			resolve_enum_attributes(ctx, t->id);
		else if (t->kind == PSL_TOP_COMPOSITE)
			resolve_composite_attributes(ctx, t->id);
	}
}
