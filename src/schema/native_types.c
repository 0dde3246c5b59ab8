/*
 * native_types.c: native type attributes (`@db.VarChar(200)`): parsing into
 * a typed value with Prisma's errors, rendering, the scalar type <-> native
 * type mappings, and the field-level native type checks of psl-core that
 * need no parser database. The constructor tables are in connector.c.
 */
#include <stdint.h>

#include "connector.h"

const struct psl_native_type_constructor *psl_connector_find_native_type(const struct psl_connector *c,
									 const char *name)
{
	for (size_t i = 0; i < c->n_native_types; i++)
		if (c->native_types[i].name[0] == name[0] && !strcmp(c->native_types[i].name, name))
			return &c->native_types[i];
	return NULL;
}

/*
 * Rust's `str::parse::<u32>()`: an optional '+', then at least one ASCII
 * digit and nothing else, without overflow. No whitespace, no '-'.
 */
static bool parse_u32(const char *s, uint32_t *out)
{
	uint64_t v = 0;
	if (*s == '+')
		s++;
	if (!*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		v = v * 10 + (uint64_t)(*s - '0');
		if (v > UINT32_MAX)
			return false;
	}
	*out = (uint32_t)v;
	return true;
}

static void join_args(struct strbuf *out, const char *const *args, size_t n, const char *sep)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addstr(out, sep);
		strbuf_addstr(out, args[i]);
	}
}

/*
 * NativeTypeArguments::from_parts for the constructor's argument shape.
 * Types without parameters ignore whatever arguments were written: Prisma's
 * macro matches them by name only (the count check comes earlier).
 */
static bool parse_args(const struct psl_native_type_constructor *k, const char *const *args, size_t n,
		       struct psl_native_type *out, const char **description)
{
	unsigned want = k->n_args + k->n_optional_args;
	*description = want == 2 ? "two nonnegative integers" : "a nonnegative integer";
	out->n_args = 0;
	if (want == 0)
		return true;
	if (k->n_args == 0 && n == 0)
		return true; /* Option<T>: left out */
	if (n != want)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!parse_u32(args[i], &out->args[i]))
			return false;
	out->n_args = want;
	return true;
}

bool psl_native_type_parse(const struct psl_connector *c, const char *name, const char *const *args, size_t n_args,
			   struct psl_span span, struct psl_sources *src, struct arena *arena,
			   struct psl_native_type *out)
{
	const struct psl_native_type_constructor *k;
	const char *description;

	if (!c)
		c = psl_connector_get(PSL_PROVIDER_EMPTY);
	memset(out, 0, sizeof(*out));
	out->connector = c;
	/*
	 * Only the field check (psl_native_type_validate_field) looks names up
	 * first; a bare parse on the empty or SQLite connector always fails,
	 * with the message each of those connectors has.
	 */
	switch (c->provider) {
	case PSL_PROVIDER_EMPTY:
		if (src)
			psl_error(src, span, "Invalid Native type %s.", name);
		return false;
	case PSL_PROVIDER_SQLITE:
		if (src)
			psl_error(src, span, "Native types are not supported with %s connector", c->name);
		return false;
	case PSL_PROVIDER_POSTGRESQL:
	case PSL_PROVIDER_MYSQL:
		break;
	default:
		return false; /* not ported */
	}

	k = psl_connector_find_native_type(c, name);
	if (!k) {
		if (c->provider == PSL_PROVIDER_MYSQL) {
			if (src)
				psl_error(src, span, "Invalid Native type %s.", name);
			return false;
		}
		/* Postgres keeps it: it may be an extension's type. */
		char **copy = arena_alloc(arena, (n_args ? n_args : 1) * sizeof(*copy));
		for (size_t i = 0; i < n_args; i++)
			copy[i] = arena_strdup(arena, args[i]);
		out->kind = PSL_NATIVE_UNKNOWN;
		out->unknown_name = arena_strdup(arena, name);
		out->unknown_args = (const char *const *)copy;
		out->n_unknown_args = n_args;
		return true;
	}
	out->kind = (int)(k - c->native_types);
	if (!parse_args(k, args, n_args, out, &description)) {
		if (src) {
			struct strbuf found = STRBUF_INIT;
			join_args(&found, args, n_args, ", ");
			psl_error(src, span, "Expected %s, but found (%s).", description, found.buf);
			strbuf_release(&found);
		}
		return false;
	}
	return true;
}

const char *psl_native_type_name(const struct psl_native_type *nt)
{
	if (nt->kind == PSL_NATIVE_UNKNOWN)
		return nt->unknown_name;
	return nt->connector->native_types[nt->kind].name;
}

void psl_native_type_render(struct strbuf *out, const struct psl_native_type *nt)
{
	strbuf_addstr(out, psl_native_type_name(nt));
	if (nt->kind == PSL_NATIVE_UNKNOWN) {
		if (nt->n_unknown_args) {
			strbuf_addch(out, '(');
			join_args(out, nt->unknown_args, nt->n_unknown_args, ",");
			strbuf_addch(out, ')');
		}
		return;
	}
	if (!nt->n_args)
		return;
	strbuf_addch(out, '(');
	for (unsigned i = 0; i < nt->n_args; i++)
		strbuf_addf(out, "%s%u", i ? "," : "", (unsigned)nt->args[i]);
	strbuf_addch(out, ')');
}

/* Structural equality, as Prisma's PartialEq on the native type enums. */
bool psl_native_type_eq(const struct psl_native_type *a, const struct psl_native_type *b)
{
	if (a->connector->provider != b->connector->provider || a->kind != b->kind)
		return false;
	if (a->kind == PSL_NATIVE_UNKNOWN) {
		if (strcmp(a->unknown_name, b->unknown_name) || a->n_unknown_args != b->n_unknown_args)
			return false;
		for (size_t i = 0; i < a->n_unknown_args; i++)
			if (strcmp(a->unknown_args[i], b->unknown_args[i]))
				return false;
		return true;
	}
	if (a->n_args != b->n_args)
		return false;
	for (unsigned i = 0; i < a->n_args; i++)
		if (a->args[i] != b->args[i])
			return false;
	return true;
}

/* ---- scalar types <-> native types ---------------------------------------- */

struct default_native {
	int kind;
	unsigned n_args;
	uint32_t args[2];
};

/* SCALAR_TYPE_DEFAULTS of each connector, indexed by psl_scalar_type. */
static const struct default_native pg_defaults[PSL_SCALAR_COUNT] = {
	[PSL_SCALAR_INT] = {PSL_PG_INTEGER, 0, {0, 0}},
	[PSL_SCALAR_BIGINT] = {PSL_PG_BIG_INT, 0, {0, 0}},
	[PSL_SCALAR_FLOAT] = {PSL_PG_DOUBLE_PRECISION, 0, {0, 0}},
	[PSL_SCALAR_DECIMAL] = {PSL_PG_DECIMAL, 2, {65, 30}},
	[PSL_SCALAR_BOOLEAN] = {PSL_PG_BOOLEAN, 0, {0, 0}},
	[PSL_SCALAR_STRING] = {PSL_PG_TEXT, 0, {0, 0}},
	[PSL_SCALAR_DATETIME] = {PSL_PG_TIMESTAMP, 1, {3, 0}},
	[PSL_SCALAR_BYTES] = {PSL_PG_BYTE_A, 0, {0, 0}},
	[PSL_SCALAR_JSON] = {PSL_PG_JSON_B, 0, {0, 0}},
};

static const struct default_native mysql_defaults[PSL_SCALAR_COUNT] = {
	[PSL_SCALAR_INT] = {PSL_MY_INT, 0, {0, 0}},
	[PSL_SCALAR_BIGINT] = {PSL_MY_BIG_INT, 0, {0, 0}},
	[PSL_SCALAR_FLOAT] = {PSL_MY_DOUBLE, 0, {0, 0}},
	[PSL_SCALAR_DECIMAL] = {PSL_MY_DECIMAL, 2, {65, 30}},
	[PSL_SCALAR_BOOLEAN] = {PSL_MY_TINY_INT, 0, {0, 0}},
	/* 191: the longest utf8mb4 VARCHAR an old InnoDB index could hold. */
	[PSL_SCALAR_STRING] = {PSL_MY_VAR_CHAR, 1, {191, 0}},
	[PSL_SCALAR_DATETIME] = {PSL_MY_DATE_TIME, 1, {3, 0}},
	[PSL_SCALAR_BYTES] = {PSL_MY_LONG_BLOB, 0, {0, 0}},
	[PSL_SCALAR_JSON] = {PSL_MY_JSON, 0, {0, 0}},
};

bool psl_native_type_default(const struct psl_connector *c, enum psl_scalar_type t, struct psl_native_type *out)
{
	const struct default_native *d;
	if ((unsigned)t >= PSL_SCALAR_COUNT)
		return false;
	if (c->provider == PSL_PROVIDER_POSTGRESQL)
		d = &pg_defaults[t];
	else if (c->provider == PSL_PROVIDER_MYSQL)
		d = &mysql_defaults[t];
	else
		return false;
	memset(out, 0, sizeof(*out));
	out->connector = c;
	out->kind = d->kind;
	out->n_args = d->n_args;
	out->args[0] = d->args[0];
	out->args[1] = d->args[1];
	return true;
}

bool psl_native_type_is_default(const struct psl_connector *c, enum psl_scalar_type t,
				const struct psl_native_type *nt)
{
	struct psl_native_type d;
	return psl_native_type_default(c, t, &d) && psl_native_type_eq(&d, nt);
}

bool psl_native_type_scalar(const struct psl_native_type *nt, enum psl_scalar_type *out)
{
	const struct psl_connector *c = nt->connector;
	if (nt->kind == PSL_NATIVE_UNKNOWN || !c || nt->kind < 0 || (size_t)nt->kind >= c->n_native_types)
		return false;
	/*
	 * scalar_type_for_native_type is the first compatible type everywhere
	 * except MySQL's TinyInt (Int, not Boolean) and Bit (Bytes, even Bit(1)).
	 */
	if (c->provider == PSL_PROVIDER_MYSQL) {
		switch (nt->kind) {
		case PSL_MY_TINY_INT:
		case PSL_MY_UNSIGNED_TINY_INT:
			*out = PSL_SCALAR_INT;
			return true;
		case PSL_MY_BIT:
			*out = PSL_SCALAR_BYTES;
			return true;
		default:
			break;
		}
	}
	*out = c->native_types[nt->kind].allowed[0];
	return true;
}

/* ---- validation ----------------------------------------------------------- */

/* NativeTypeErrorFactory::new_argument_m_out_of_range_error */
static void out_of_range(const struct psl_native_type *nt, const char *why, struct psl_span span,
			 struct psl_sources *src)
{
	struct strbuf name = STRBUF_INIT;
	psl_native_type_render(&name, nt);
	psl_error(src, span, "Argument M is out of range for native type `%s` of %s: %s", name.buf,
		  nt->connector->name, why);
	strbuf_release(&name);
}

static void scale_larger_than_precision(const struct psl_native_type *nt, struct psl_span span,
					struct psl_sources *src)
{
	struct strbuf name = STRBUF_INIT;
	psl_native_type_render(&name, nt);
	psl_error(src, span, "The scale must not be larger than the precision for the %s native type in %s.", name.buf,
		  nt->connector->name);
	strbuf_release(&name);
}

static void validate_pg_args(const struct psl_native_type *nt, struct psl_span span, struct psl_sources *src)
{
	/* One error at most, in the order of Prisma's match arms. */
	switch (nt->kind) {
	case PSL_PG_DECIMAL:
		if (nt->n_args != 2)
			return;
		if (nt->args[1] > nt->args[0])
			scale_larger_than_precision(nt, span, src);
		else if (nt->args[0] > 1000 || nt->args[0] == 0)
			out_of_range(nt, "Precision must be positive with a maximum value of 1000.", span, src);
		return;
	case PSL_PG_BIT:
	case PSL_PG_VAR_BIT:
		if (nt->n_args == 1 && nt->args[0] == 0)
			out_of_range(nt, "M must be a positive integer.", span, src);
		return;
	case PSL_PG_TIMESTAMP:
	case PSL_PG_TIMESTAMPTZ:
	case PSL_PG_TIME:
	case PSL_PG_TIMETZ:
		if (nt->n_args == 1 && nt->args[0] > 6)
			out_of_range(nt, "M can range from 0 to 6.", span, src);
		return;
	default:
		return;
	}
}

static void validate_mysql_args(const struct psl_native_type *nt, bool has_scalar, enum psl_scalar_type scalar,
				struct psl_span span, struct psl_sources *src)
{
	uint32_t m = nt->args[0];
	switch (nt->kind) {
	case PSL_MY_DECIMAL:
		if (nt->n_args != 2)
			return;
		if (nt->args[1] > nt->args[0])
			scale_larger_than_precision(nt, span, src);
		else if (nt->args[0] > 65)
			out_of_range(nt, "Precision can range from 1 to 65.", span, src);
		else if (nt->args[1] > 30)
			out_of_range(nt, "Scale can range from 0 to 30.", span, src);
		return;
	case PSL_MY_BIT:
		if (m == 0 || m > 64)
			out_of_range(nt, "M can range from 1 to 64.", span, src);
		else if (m > 1 && has_scalar && scalar == PSL_SCALAR_BOOLEAN)
			out_of_range(nt, "only Bit(1) can be used as Boolean.", span, src);
		return;
	case PSL_MY_CHAR:
		if (m > 255)
			out_of_range(nt, "M can range from 0 to 255.", span, src);
		return;
	case PSL_MY_VAR_CHAR:
		if (m > 65535)
			out_of_range(nt, "M can range from 0 to 65,535.", span, src);
		return;
	default:
		return;
	}
}

void psl_native_type_validate_args(const struct psl_native_type *nt, bool has_scalar, enum psl_scalar_type scalar,
				   struct psl_span span, struct psl_sources *src)
{
	if (nt->kind == PSL_NATIVE_UNKNOWN)
		return;
	if (nt->connector->provider == PSL_PROVIDER_POSTGRESQL)
		validate_pg_args(nt, span, src);
	else if (nt->connector->provider == PSL_PROVIDER_MYSQL)
		validate_mysql_args(nt, has_scalar, scalar, span, src);
}

/*
 * The checks run in Prisma's order and each failure but the prefix one ends
 * the check, so one attribute gets at most two errors (prefix + one more).
 */
void psl_native_type_validate_field(const struct psl_connector *c, const char *datasource_name,
				    const char *active_provider, const char *prefix, const char *name,
				    const char *const *args, size_t n_args, enum psl_scalar_type scalar,
				    struct psl_span span, struct psl_sources *src)
{
	const struct psl_native_type_constructor *k;
	struct psl_native_type nt;
	struct arena scratch;
	bool compatible = false;

	if (!c)
		c = psl_connector_get(PSL_PROVIDER_EMPTY);

	/* The prefix error does not stop the other checks. */
	if (datasource_name && strcmp(datasource_name, prefix))
		psl_error(src, span,
			  "The prefix %s is invalid. It must be equal to the name of an existing datasource e.g. %s. "
			  "Did you mean to use %s.%s?",
			  prefix, datasource_name, datasource_name, name);

	/* Without a ported table every name would look unknown: say nothing. */
	if (!c->native_types_ported)
		return;

	k = psl_connector_find_native_type(c, name);
	if (!k) {
		psl_error(src, span, "Native type %s is not supported for %s connector.", name,
			  active_provider ? active_provider : "Default");
		return;
	}

	if (n_args < k->n_args || (n_args > k->n_args && k->n_optional_args == 0)) {
		psl_error(src, span, "Function \"%s\" takes %u arguments, but received %zu.", name, k->n_args, n_args);
		return;
	}
	if (n_args > k->n_args + k->n_optional_args && k->n_optional_args > 0) {
		psl_error(src, span, "Native type %s takes %u optional arguments, but received %zu.", name,
			  k->n_optional_args, n_args);
		return;
	}

	for (unsigned i = 0; i < k->n_allowed; i++)
		if (k->allowed[i] == scalar)
			compatible = true;
	if (!compatible) {
		struct strbuf expected = STRBUF_INIT;
		for (unsigned i = 0; i < k->n_allowed; i++)
			strbuf_addf(&expected, "%s%s", i ? " or " : "", psl_scalar_type_name(k->allowed[i]));
		psl_error(src, span,
			  "Native type %s is not compatible with declared field type %s, expected field type %s.", name,
			  psl_scalar_type_name(scalar), expected.buf);
		strbuf_release(&expected);
		return;
	}

	/* Only an unknown Postgres type allocates, and those stopped above. */
	arena_init(&scratch);
	if (psl_native_type_parse(c, name, args, n_args, span, src, &scratch, &nt))
		psl_native_type_validate_args(&nt, true, scalar, span, src);
	arena_free(&scratch);
}

/*
 * Prisma keeps native type arguments as rendered text, not numbers, so that
 * `@db.VarChar("200")` can be reported as found ("200") with its quotes.
 */
const char *const *psl_native_type_args(const struct psl_attr *attr, struct arena *arena, size_t *n)
{
	size_t count = attr->args.args.len;
	const char **out = arena_alloc(arena, (count ? count : 1) * sizeof(*out));
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < count; i++) {
		strbuf_reset(&sb);
		psl_expr_render(&sb, &attr->args.args.items[i].value);
		out[i] = arena_strndup(arena, sb.buf, sb.len);
	}
	strbuf_release(&sb);
	*n = count;
	return out;
}

/* ---- Unsupported("...") that Prisma could type natively -------------------- */

static void trim_span(const char **s, size_t *len)
{
	while (*len && (**s == ' ' || **s == '\t' || **s == '\n' || **s == '\r')) {
		(*s)++;
		(*len)--;
	}
	while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\n' ||
			(*s)[*len - 1] == '\r'))
		(*len)--;
}

/*
 * Prisma matches the literal with
 *   ^(?P<prefix>[^(]+)(?:\((?P<params>.*?)\))?(?P<suffix>.+)?$
 * ('.' excludes '\n'). This finds the same prefix and params: the shortest
 * params that let the rest match, or no params when none do.
 */
static bool split_unsupported(const char *lit, size_t *prefix_len, const char **params, size_t *params_len)
{
	size_t p = strcspn(lit, "(");
	*params = NULL;
	*params_len = 0;
	if (p == 0)
		return false;
	*prefix_len = p;
	if (!lit[p])
		return true;
	for (const char *close = strchr(lit + p + 1, ')'); close; close = strchr(close + 1, ')')) {
		if (memchr(lit + p + 1, '\n', (size_t)(close - lit - p - 1)))
			break; /* params cannot span a newline */
		if (!strchr(close + 1, '\n')) {
			*params = lit + p + 1;
			*params_len = (size_t)(close - lit - p - 1);
			return true;
		}
	}
	/* No params group: the suffix must take the rest, on one line. */
	return strchr(lit + p, '\n') == NULL;
}

bool psl_unsupported_type_check(const struct psl_connector *c, const char *datasource_name, const char *field_name,
				const char *literal, struct psl_span span, struct psl_sources *src)
{
	size_t prefix_len, params_len, n_args = 0;
	const char *params, *prefix = literal;
	struct arena scratch;
	struct psl_native_type nt;
	enum psl_scalar_type scalar;
	bool reported = false;

	if (!c || !datasource_name || !split_unsupported(literal, &prefix_len, &params, &params_len))
		return false;
	arena_init(&scratch);
	trim_span(&prefix, &prefix_len);
	{
		const char *name = arena_strndup(&scratch, prefix, prefix_len);
		const char **args = NULL;
		if (params) {
			/* str::split(','): n commas make n + 1 pieces, empty ones included. */
			size_t pieces = 1, k = 0;
			for (size_t i = 0; i < params_len; i++)
				pieces += params[i] == ',';
			args = arena_alloc(&scratch, pieces * sizeof(*args));
			for (size_t start = 0, i = 0; i <= params_len; i++) {
				if (i == params_len || params[i] == ',') {
					const char *a = params + start;
					size_t alen = i - start;
					trim_span(&a, &alen);
					args[k++] = arena_strndup(&scratch, a, alen);
					start = i + 1;
				}
			}
			n_args = k;
		}
		if (psl_native_type_parse(c, name, args, n_args, span, NULL, &scratch, &nt) &&
		    psl_native_type_scalar(&nt, &scalar)) {
			struct strbuf rendered = STRBUF_INIT;
			psl_native_type_render(&rendered, &nt);
			psl_error(src, span,
				  "Error validating: The type `Unsupported(\"%s\")` you specified in the type definition "
				  "for the field `%s` is supported as a native type by Prisma. Please use the native type "
				  "notation `%s @%s.%s` for full support.",
				  literal, field_name, psl_scalar_type_name(scalar), datasource_name, rendered.buf);
			strbuf_release(&rendered);
			reported = true;
		}
	}
	arena_free(&scratch);
	return reported;
}
