/*
 * config.c: loading datasource and generator blocks, a port of psl-core's
 * validate/datasource_loader.rs, validate/generator_loader.rs,
 * the configuration/ module and the Postgres `extensions` parser
 * (postgres_datamodel_connector/datasource.rs).
 *
 * Prisma first collects a block's properties into a hash map and then takes
 * out the ones it knows, in a fixed order; whatever is left is unknown.
 * `struct props` plays that map. Where Prisma walks what is left (unknown
 * properties, generator config values, extension arguments) its order is
 * the hash map's, i.e. arbitrary; we use source order.
 */
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "schema.h"

/* ---- the property map ------------------------------------------------------ */

struct prop {
	const char *name;
	struct psl_span span;        /* the whole `name = value` */
	const struct psl_expr *expr;
	bool taken;
};

struct props {
	VEC(struct prop) v;
};

/*
 * Collects a block's properties. A property without a value is an error and,
 * as Prisma's `collect::<Option<HashMap>>` stops at the first None, ends the
 * block: only the first one is reported. A repeated key keeps its first
 * position and its last value, like HashMap::insert.
 */
static bool props_collect(struct props *p, const struct psl_config *cfg, const char *kind,
			  struct psl_sources *src)
{
	memset(p, 0, sizeof(*p));
	for (size_t i = 0; i < cfg->props.len; i++) {
		const struct psl_property *pr = &cfg->props.items[i];
		struct prop *existing = NULL;
		if (!pr->value) {
			psl_error(src, cfg->span, "Property %s in %s %s needs to be assigned a value", pr->name.name,
				  kind, cfg->name.name);
			vec_free(&p->v);
			return false;
		}
		for (size_t k = 0; k < p->v.len; k++)
			if (!strcmp(p->v.items[k].name, pr->name.name))
				existing = &p->v.items[k];
		if (existing) {
			existing->span = pr->span;
			existing->expr = pr->value;
		} else {
			struct prop np = {pr->name.name, pr->span, pr->value, false};
			vec_push(&p->v, np);
		}
	}
	return true;
}

static struct prop *props_get(struct props *p, const char *name)
{
	for (size_t i = 0; i < p->v.len; i++)
		if (!p->v.items[i].taken && !strcmp(p->v.items[i].name, name))
			return &p->v.items[i];
	return NULL;
}

/* HashMap::remove: the property, now gone from the map, or NULL. */
static struct prop *props_take(struct props *p, const char *name)
{
	struct prop *pr = props_get(p, name);
	if (pr)
		pr->taken = true;
	return pr;
}

/* ---- expressions ------------------------------------------------------------- */

struct loader {
	struct psl_configuration *c;
	struct psl_sources *src;
	struct arena *a; /* c->arena */
};

static const char *expr_text(struct loader *ld, const struct psl_expr *e)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;
	psl_expr_render(&sb, e);
	s = arena_strndup(ld->a, sb.buf, sb.len);
	strbuf_release(&sb);
	return s;
}

/* DatamodelError::new_type_mismatch_error */
static void type_mismatch(struct psl_sources *src, const char *expected, const struct psl_expr *e)
{
	struct strbuf sb = STRBUF_INIT;
	psl_expr_render(&sb, e);
	psl_error(src, e->span, "Expected a %s value, but received %s value `%s`.", expected, psl_expr_describe(e),
		  sb.buf);
	strbuf_release(&sb);
}

static bool is_env_call(const struct psl_expr *e)
{
	return e->kind == PSL_EXPR_FUNCTION && !strcmp(e->value, "env");
}

/* coerce::string: the literal, or NULL after "Expected a string value, ...". */
static const char *coerce_string(struct loader *ld, const struct psl_expr *e, struct psl_sources *src)
{
	if (e->kind != PSL_EXPR_STRING) {
		if (src)
			type_mismatch(src, "string", e);
		return NULL;
	}
	return arena_strndup(ld->a, e->value, e->len);
}

/*
 * EnvFunction::from_ast on an `env(...)` call: named arguments only warn,
 * but the call must have exactly one argument, no trailing comma, and the
 * argument must be a string.
 */
static const char *env_var_name(struct loader *ld, const struct psl_expr *e)
{
	const struct psl_args *args = e->args;
	for (size_t i = 0; i < args->args.len; i++)
		if (args->args.items[i].name)
			psl_warning(ld->src, args->args.items[i].span,
				    "The env function doesn't expect named arguments");
	if (args->args.len == 0 && args->empty.len > 0) {
		psl_error(ld->src, e->span, "The env function expects a singular, unnamed, string argument.");
		return NULL;
	}
	if (args->args.len + args->empty.len != 1 || args->has_trailing_comma) {
		psl_error(ld->src, e->span, "Exactly one string parameter must be passed to the env function.");
		return NULL;
	}
	return coerce_string(ld, &args->args.items[0].value, ld->src);
}

/* StringFromEnvVar::coerce: a string literal or env("NAME"). */
static bool coerce_env_string(struct loader *ld, const struct psl_expr *e, struct psl_env_string *out)
{
	memset(out, 0, sizeof(*out));
	if (is_env_call(e)) {
		out->env_var = env_var_name(ld, e);
		return out->env_var != NULL;
	}
	if (e->kind == PSL_EXPR_STRING) {
		out->value = arena_strndup(ld->a, e->value, e->len);
		return true;
	}
	type_mismatch(ld->src, "String", e);
	return false;
}

bool psl_env_string_eq(const struct psl_env_string *a, const struct psl_env_string *b)
{
	return str_eq(a->env_var, b->env_var) && str_eq(a->value, b->value);
}

static const struct psl_env_string *env_string_dup(struct loader *ld, const struct psl_env_string *s)
{
	return arena_memdup(ld->a, s, sizeof(*s));
}

/* coerce_array's shape: an array's items, or the expression itself as one item. */
static const struct psl_expr *array_items(const struct psl_expr *e, size_t *n)
{
	if (e->kind == PSL_EXPR_ARRAY) {
		*n = e->n_items;
		return e->items;
	}
	*n = 1;
	return e;
}

/* ---- datasources --------------------------------------------------------------- */

/*
 * get_relation_mode: relationMode, or the deprecated referentialIntegrity
 * (which warns). Both together are an error and no mode.
 */
static void load_relation_mode(struct loader *ld, struct props *p, const struct psl_config *cfg,
			       struct psl_datasource *ds)
{
	struct prop *ri = props_get(p, "referentialIntegrity");
	struct prop *rm, *use;
	const char *value;
	enum psl_relation_mode mode;

	if (ri)
		psl_warning(ld->src, ri->span,
			    "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. "
			    "Learn more at https://pris.ly/d/relation-mode");
	rm = props_take(p, "relationMode");
	ri = props_take(p, "referentialIntegrity");
	if (!rm && !ri)
		return;
	if (rm && ri) {
		psl_error(ld->src, ri->span,
			  "The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
			  "Please use only `relationMode` instead.");
		return;
	}
	/* The deprecated spelling still works, with the same values. */
	use = rm ? rm : ri;
	value = coerce_string(ld, use->expr, ld->src);
	if (!value)
		return;
	if (!strcmp(value, "prisma")) {
		mode = PSL_RELATION_MODE_PRISMA;
	} else if (!strcmp(value, "foreignKeys")) {
		mode = PSL_RELATION_MODE_FOREIGN_KEYS;
	} else {
		/* Prisma names the "datasource" relationMode here, and points at the block. */
		psl_error(ld->src, cfg->span,
			  "Error validating datasource `relationMode`: Invalid relation mode setting: \"%s\". "
			  "Supported values: \"prisma\", \"foreignKeys\"",
			  value);
		return;
	}
	if (!(ds->connector->allowed_relation_modes & PSL_RELATION_MODE_BIT(mode))) {
		struct strbuf allowed = STRBUF_INIT;
		for (unsigned m = PSL_RELATION_MODE_FOREIGN_KEYS; m <= PSL_RELATION_MODE_PRISMA; m++) {
			if (!(ds->connector->allowed_relation_modes & PSL_RELATION_MODE_BIT(m)))
				continue;
			strbuf_addf(&allowed, "%s\"%s\"", allowed.len ? ", " : "",
				    psl_relation_mode_name((enum psl_relation_mode)m));
		}
		psl_error(ld->src, use->expr->span,
			  "Error validating datasource `relationMode`: Invalid relation mode setting: \"%s\". "
			  "Supported values: %s",
			  psl_relation_mode_name(mode), allowed.buf);
		strbuf_release(&allowed);
	}
	/* Still recorded when the connector rejects it, as Prisma does. */
	ds->has_relation_mode = true;
	ds->relation_mode = mode;
}

/* One `name: "value"` argument of an extension, after filter_args. */
struct ext_arg {
	const char *name;
	struct psl_span span;
	const char *value; /* NULL when not a string */
	bool taken;
};

/* fetch_string_arg */
static const char *ext_fetch(struct loader *ld, struct ext_arg *args, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++) {
		if (args[i].taken || strcmp(args[i].name, name))
			continue;
		args[i].taken = true;
		if (!args[i].value)
			psl_error(ld->src, args[i].span, "Error validating: The `%s` argument must be a string literal",
				  name);
		return args[i].value;
	}
	return NULL;
}

static int extension_cmp(const void *a, const void *b)
{
	return strcmp(((const struct psl_pg_extension *)a)->name, ((const struct psl_pg_extension *)b)->name);
}

/*
 * parse_extensions: `extensions = [postgis, uuid_ossp(map: "uuid-ossp")]`.
 * Each item is a constant or a call with named string arguments map,
 * schema and version.
 */
static void load_extensions(struct loader *ld, struct props *p, struct psl_datasource *ds)
{
	struct prop *pr = props_take(p, "extensions");
	const struct psl_expr *items;
	struct psl_pg_extension *exts;
	size_t n;
	bool ok = true;

	if (!pr)
		return;
	items = array_items(pr->expr, &n);
	/*
	 * coerce_array(function_or_constant_with_span) checks every item before
	 * giving up, so each bad item gets its own error and none is kept.
	 */
	for (size_t i = 0; i < n; i++) {
		if (items[i].kind != PSL_EXPR_FUNCTION && items[i].kind != PSL_EXPR_CONSTANT) {
			type_mismatch(ld->src, "constant or function", &items[i]);
			ok = false;
		}
	}
	if (!ok)
		return;

	/* n may be 0 (`extensions = []`): still a defined, empty list. */
	exts = arena_alloc(ld->a, (n ? n : 1) * sizeof(*exts));
	for (size_t i = 0; i < n; i++) {
		const struct psl_expr *it = &items[i];
		struct ext_arg *args = NULL;
		size_t n_args = 0;
		if (it->kind == PSL_EXPR_FUNCTION && it->args->args.len) {
			/* filter_args: names required, each once. */
			args = xcalloc(it->args->args.len, sizeof(*args));
			for (size_t k = 0; k < it->args->args.len; k++) {
				const struct psl_arg *a = &it->args->args.items[k];
				bool dup = false;
				if (!a->name) {
					psl_error(ld->src, a->span, "Error validating: The argument must have a name");
					continue;
				}
				for (size_t j = 0; j < n_args; j++)
					dup |= !strcmp(args[j].name, a->name->name);
				if (dup) {
					psl_error(ld->src, a->span,
						  "Error validating: The argument `%s` can only be defined once",
						  a->name->name);
					continue;
				}
				args[n_args].name = a->name->name;
				args[n_args].span = a->span;
				args[n_args].value = coerce_string(ld, &a->value, ld->src);
				n_args++;
			}
		}
		/*
		 * The known arguments are taken in a fixed order (map, schema,
		 * version), so their errors come in that order whatever the
		 * source order; the rest are unknown.
		 */
		exts[i].name = arena_strdup(ld->a, it->value);
		exts[i].span = it->span;
		exts[i].db_name = ext_fetch(ld, args, n_args, "map");
		exts[i].schema = ext_fetch(ld, args, n_args, "schema");
		exts[i].version = ext_fetch(ld, args, n_args, "version");
		for (size_t k = 0; k < n_args; k++)
			if (!args[k].taken)
				psl_error(ld->src, args[k].span, "Argument not known: \"%s\".", args[k].name);
		free(args);
	}
	/* Sorted by name, like Prisma (migrations list them in this order). */
	for (size_t i = 1; i < n; i++) {
		/* insertion sort: stable like Rust's sort_by, and n is tiny */
		struct psl_pg_extension tmp = exts[i];
		size_t j = i;
		while (j > 0 && extension_cmp(&exts[j - 1], &tmp) > 0) {
			exts[j] = exts[j - 1];
			j--;
		}
		exts[j] = tmp;
	}
	ds->has_extensions = true;
	ds->extensions = exts;
	ds->n_extensions = n;
	ds->extensions_span = pr->span;
}

/* `schemas = [...]`: strings, on a multi-schema connector, not empty, no duplicates. */
static void load_schemas(struct loader *ld, struct props *p, struct psl_datasource *ds)
{
	struct prop *pr = props_take(p, "schemas");
	const struct psl_expr *items;
	struct psl_namespace *ns;
	size_t n;
	bool ok = true;

	if (!pr)
		return;
	items = array_items(pr->expr, &n);
	for (size_t i = 0; i < n; i++) {
		if (items[i].kind != PSL_EXPR_STRING) {
			type_mismatch(ld->src, "string", &items[i]);
			ok = false;
		}
	}
	if (!ok)
		return;
	/* Checked here and again in the validation phase, as Prisma does. */
	if (!psl_connector_has(ds->connector, PSL_CAP_MULTI_SCHEMA)) {
		psl_error(ld->src, pr->expr->span, "The `schemas` property is not supported on the current connector.");
		return;
	}
	if (n == 0) {
		psl_error(ld->src, pr->expr->span, "If provided, the schemas array can not be empty.");
		return;
	}
	ns = arena_alloc(ld->a, n * sizeof(*ns));
	for (size_t i = 0; i < n; i++) {
		struct psl_namespace cur = {arena_strndup(ld->a, items[i].value, items[i].len), items[i].span};
		size_t j = i;
		/* stable insertion sort by bytes, like Rust's sort_by on &str */
		while (j > 0 && strcmp(ns[j - 1].name, cur.name) > 0) {
			ns[j] = ns[j - 1];
			j--;
		}
		ns[j] = cur;
	}
	/*
	 * Sorting first is what makes duplicates adjacent; each adjacent equal
	 * pair points at its first member, so "a","a","a" gives two errors.
	 */
	for (size_t i = 0; i + 1 < n; i++)
		if (!strcmp(ns[i].name, ns[i + 1].name))
			psl_error(ld->src, ns[i].span, "Duplicated schema names are not allowed");
	ds->namespaces = ns;
	ds->n_namespaces = n;
	ds->has_schemas = true;
	ds->schemas_span = pr->expr->span;
}

/* lift_datasource */
static bool lift_datasource(struct loader *ld, const struct psl_config *cfg, bool driver_adapters_flag,
			    struct psl_datasource *ds)
{
	struct props p;
	struct prop *pr;
	const char *provider;
	struct psl_env_string tmp;
	bool ok = false;

	memset(ds, 0, sizeof(*ds));
	if (!props_collect(&p, cfg, "datasource", ld->src))
		return false;
	ds->name = arena_strdup(ld->a, cfg->name.name);
	ds->span = cfg->span;

	pr = props_take(&p, "provider");
	if (!pr) {
		psl_error(ld->src, cfg->span, "Argument \"provider\" is missing in data source block \"%s\".",
			  ds->name);
		goto out;
	}
	if (is_env_call(pr->expr)) {
		psl_error(ld->src, cfg->span, "A datasource must not use the env() function in the provider argument.");
		goto out;
	}
	if (pr->expr->kind != PSL_EXPR_STRING) {
		psl_error(ld->src, pr->expr->span,
			  "Error validating datasource `%s`: The provider argument in a datasource must be a string literal",
			  ds->name);
		goto out;
	}
	provider = arena_strndup(ld->a, pr->expr->value, pr->expr->len);
	if (!*provider) {
		psl_error(ld->src, pr->expr->span,
			  "Error validating datasource `%s`: The provider argument in a datasource must not be empty",
			  ds->name);
		goto out;
	}
	ds->provider = provider;
	ds->connector = psl_connector_for_provider(provider);
	if (!ds->connector) {
		psl_error(ld->src, pr->expr->span, "Datasource provider not known: \"%s\".", provider);
		goto out;
	}
	ds->active_provider = ds->connector->provider_name;

	/*
	 * From here on the order of the checks is the order of the messages:
	 * relationMode, connector properties, url, shadowDatabaseUrl,
	 * directUrl, previewFeatures, schemas, then unknown properties. Only a
	 * bad url ends the block early (Prisma's `?`); the others report and
	 * go on.
	 */
	load_relation_mode(ld, &p, cfg, ds);
	if (ds->connector->parses_extensions)
		load_extensions(ld, &p, ds);

	/*
	 * url: Prisma 6.19 requires it (except on SQLite with
	 * schemaEngineDriverAdapters); Prisma 7 removed it from the schema, the
	 * URL coming from the config file or the environment. rdb accepts both
	 * styles, so a missing url is not an error (url is then unset; only the
	 * 6.19 case url_is_still_required disagrees).
	 */
	pr = props_take(&p, "url");
	if (pr) {
		if (!coerce_env_string(ld, pr->expr, &ds->url))
			goto out;
		ds->url_span = pr->expr->span;
	} else if (driver_adapters_flag && ds->connector->provider == PSL_PROVIDER_SQLITE) {
		ds->url.value = "<invalid>";
		ds->url_span = cfg->span;
	} else {
		ds->url_span = cfg->span;
	}

	/* An empty shadowDatabaseUrl literal means none (the same schema serves dev and deploy). */
	pr = props_take(&p, "shadowDatabaseUrl");
	if (pr && coerce_env_string(ld, pr->expr, &tmp) && !(tmp.value && !*tmp.value)) {
		ds->shadow_database_url = env_string_dup(ld, &tmp);
		ds->shadow_database_url_span = pr->expr->span;
	}

	/* A directUrl that failed to load still has a span: the equality check below needs both. */
	pr = props_take(&p, "directUrl");
	if (pr) {
		if (coerce_env_string(ld, pr->expr, &tmp))
			ds->direct_url = env_string_dup(ld, &tmp);
		ds->has_direct_url_span = true;
		ds->direct_url_span = pr->expr->span;
	}

	if (ds->shadow_database_url) {
		if (ds->direct_url && psl_env_string_eq(ds->shadow_database_url, ds->direct_url))
			psl_error(ld->src, ds->direct_url_span,
				  "shadowDatabaseUrl is the same as directUrl for datasource \"%s\". Please specify a "
				  "different database as shadow database to avoid data loss.",
				  ds->name);
		if (psl_env_string_eq(ds->shadow_database_url, &ds->url))
			psl_error(ld->src, ds->url_span,
				  "shadowDatabaseUrl is the same as url for datasource \"%s\". Please specify a different "
				  "database as shadow database to avoid data loss.",
				  ds->name);
	}

	pr = props_take(&p, "previewFeatures");
	if (pr)
		psl_error(ld->src, pr->span,
			  "Preview features are only supported in the generator block. Please move this field to the "
			  "generator block.");

	ds->documentation = cfg->doc ? arena_strdup(ld->a, cfg->doc) : NULL;
	load_schemas(ld, &p, ds);

	for (size_t i = 0; i < p.v.len; i++)
		if (!p.v.items[i].taken)
			psl_error(ld->src, p.v.items[i].span, "Property not known: \"%s\".", p.v.items[i].name);
	ok = true;
out:
	vec_free(&p.v);
	return ok;
}

enum psl_relation_mode psl_datasource_relation_mode(const struct psl_datasource *ds)
{
	return ds->has_relation_mode ? ds->relation_mode : ds->connector->default_relation_mode;
}

bool psl_datasource_has_schema(const struct psl_datasource *ds, const char *name)
{
	for (size_t i = 0; i < ds->n_namespaces; i++)
		if (!strcmp(ds->namespaces[i].name, name))
			return true;
	return false;
}

const struct psl_pg_extension *psl_datasource_find_extension(const struct psl_datasource *ds, const char *db_name)
{
	for (size_t i = 0; i < ds->n_extensions; i++) {
		const struct psl_pg_extension *e = &ds->extensions[i];
		if (!strcmp(e->db_name ? e->db_name : e->name, db_name))
			return e;
	}
	return NULL;
}

/* ---- generators ----------------------------------------------------------------- */

/*
 * parse_and_validate_preview_features. The order of the tests matters:
 * deprecated before stabilized (metrics is both valid and deprecated), and a
 * stabilized feature may have been renamed, in which case the new name is
 * what gets enabled.
 */
static psl_preview_features load_preview_features(struct loader *ld, const char *const *names, size_t n,
						  const char *provider, struct psl_span span)
{
	psl_preview_features out = 0;
	for (size_t i = 0; i < n; i++) {
		int f = psl_preview_feature_parse(names[i]);
		enum psl_preview_feature to;
		const char *link, *for_provider;
		if (f >= 0 && psl_preview_feature_is_deprecated((enum psl_preview_feature)f)) {
			out |= PSL_PF_BIT(f);
			psl_warning(ld->src, span,
				    "Preview feature \"%s\" is deprecated. It will be removed in a future version of Prisma.",
				    names[i]);
		} else if (f >= 0 && psl_preview_feature_is_stabilized((enum psl_preview_feature)f)) {
			if (psl_preview_feature_renamed(provider, (enum psl_preview_feature)f, &to, &link, &for_provider)) {
				out |= PSL_PF_BIT(to);
				if (for_provider)
					psl_warning(ld->src, span,
						    "On `provider = \"%s\"`, preview feature \"%s\" has been renamed to "
						    "\"%s\". Learn more at https://pris.ly/d/%s.",
						    for_provider, names[i], psl_preview_feature_name(to), link);
				else
					psl_warning(ld->src, span,
						    "Preview feature \"%s\" has been renamed to \"%s\". Learn more at "
						    "https://pris.ly/d/%s.",
						    names[i], psl_preview_feature_name(to), link);
			} else {
				out |= PSL_PF_BIT(f);
				psl_warning(ld->src, span,
					    "Preview feature \"%s\" is deprecated. The functionality can be used without "
					    "specifying it as a preview feature.",
					    names[i]);
			}
		} else if (f >= 0 && psl_preview_feature_is_valid(provider, (enum psl_preview_feature)f)) {
			out |= PSL_PF_BIT(f);
		} else {
			struct strbuf expected = STRBUF_INIT;
			psl_preview_features active = psl_preview_features_active(provider);
			for (int k = 0; k < PSL_PF_COUNT_; k++)
				if (active & PSL_PF_BIT(k))
					strbuf_addf(&expected, "%s%s", expected.len ? ", " : "",
						    psl_preview_feature_name((enum psl_preview_feature)k));
			psl_error(ld->src, span, "The preview feature \"%s\" is not known. Expected one of: %s", names[i],
				  expected.buf);
			strbuf_release(&expected);
		}
	}
	return out;
}

/* GeneratorConfigValue::try_from_expression */
static bool generator_value(struct loader *ld, const struct psl_expr *e, struct psl_generator_value *out)
{
	memset(out, 0, sizeof(*out));
	switch (e->kind) {
	case PSL_EXPR_NUMBER:
	case PSL_EXPR_CONSTANT:
	case PSL_EXPR_STRING:
		out->kind = PSL_GENERATOR_STRING;
		out->str = arena_strndup(ld->a, e->value, e->len);
		return true;
	case PSL_EXPR_FUNCTION:
		if (is_env_call(e)) {
			out->kind = PSL_GENERATOR_ENV;
			out->str = env_var_name(ld, e);
			return out->str != NULL;
		}
		/* Any other call is kept as its text. */
		out->kind = PSL_GENERATOR_STRING;
		out->str = expr_text(ld, e);
		return true;
	case PSL_EXPR_ARRAY: {
		struct psl_generator_value *items = arena_alloc(ld->a, (e->n_items ? e->n_items : 1) * sizeof(*items));
		out->kind = PSL_GENERATOR_ARRAY;
		for (size_t i = 0; i < e->n_items; i++)
			if (!generator_value(ld, &e->items[i], &items[i]))
				return false;
		out->items = items;
		out->n_items = e->n_items;
		return true;
	}
	}
	return false;
}

/* lift_generator */
static bool lift_generator(struct loader *ld, const struct psl_config *cfg, const char *provider,
			   struct psl_generator *g)
{
	struct props p;
	struct prop *pr;
	struct psl_env_string tmp;
	struct psl_generator_entry *entries;
	size_t n_entries = 0;
	bool ok = false;

	memset(g, 0, sizeof(*g));
	if (!props_collect(&p, cfg, "generator", ld->src))
		return false;
	g->name = arena_strdup(ld->a, cfg->name.name);
	g->span = cfg->span;

	/* engineType must be a string, but stays among the config values. */
	pr = props_get(&p, "engineType");
	if (pr && pr->expr->kind != PSL_EXPR_STRING)
		type_mismatch(ld->src, "String", pr->expr);

	pr = props_take(&p, "provider");
	if (!pr) {
		psl_error(ld->src, cfg->span, "Argument \"provider\" is missing in generator block \"%s\".", g->name);
		goto out;
	}
	if (!coerce_env_string(ld, pr->expr, &g->provider))
		goto out;

	pr = props_take(&p, "output");
	if (pr && coerce_env_string(ld, pr->expr, &tmp))
		g->output = env_string_dup(ld, &tmp);

	/* A bad binaryTargets item leaves the list empty; the generator stays. */
	pr = props_take(&p, "binaryTargets");
	if (pr) {
		size_t n;
		const struct psl_expr *items = array_items(pr->expr, &n);
		struct psl_env_string *targets = arena_alloc(ld->a, (n ? n : 1) * sizeof(*targets));
		bool all = true;
		for (size_t i = 0; i < n; i++)
			all &= coerce_env_string(ld, &items[i], &targets[i]);
		if (all) {
			g->binary_targets = targets;
			g->n_binary_targets = n;
		}
	}

	/*
	 * Any non-string item means no previewFeatures at all (and no feature
	 * checks), since coerce_array fails as a whole.
	 */
	pr = props_take(&p, "previewFeatures");
	if (pr) {
		size_t n;
		const struct psl_expr *items = array_items(pr->expr, &n);
		const char **names = arena_alloc(ld->a, (n ? n : 1) * sizeof(*names));
		bool all = true;
		for (size_t i = 0; i < n; i++) {
			names[i] = coerce_string(ld, &items[i], ld->src);
			all &= names[i] != NULL;
		}
		if (all) {
			g->has_preview_features = true;
			g->preview_features = load_preview_features(ld, names, n, provider, pr->expr->span);
		}
	}

	/* Everything else is a config value; one bad value drops the generator. */
	entries = arena_alloc(ld->a, (p.v.len ? p.v.len : 1) * sizeof(*entries));
	for (size_t i = 0; i < p.v.len; i++) {
		if (p.v.items[i].taken)
			continue;
		entries[n_entries].key = arena_strdup(ld->a, p.v.items[i].name);
		if (!generator_value(ld, p.v.items[i].expr, &entries[n_entries].value))
			goto out;
		n_entries++;
	}
	g->config = entries;
	g->n_config = n_entries;
	g->documentation = cfg->doc ? arena_strdup(ld->a, cfg->doc) : NULL;
	ok = true;
out:
	vec_free(&p.v);
	return ok;
}

const struct psl_generator_value *psl_generator_get(const struct psl_generator *g, const char *key)
{
	for (size_t i = 0; i < g->n_config; i++)
		if (!strcmp(g->config[i].key, key))
			return &g->config[i].value;
	return NULL;
}

/* ---- one file --------------------------------------------------------------------- */

/*
 * has_preview_feature_schema_engine_driver_adapters: the datasource needs to
 * know about this flag before generators are loaded, so Prisma peeks at
 * every generator's previewFeatures first, without reporting anything.
 */
static bool wants_driver_adapters(const struct psl_ast *ast)
{
	for (size_t i = 0; i < ast->tops.len; i++) {
		const struct psl_config *cfg;
		const struct psl_expr *v = NULL, *items;
		size_t n;
		bool all_strings = true, found = false;
		if (ast->tops.items[i].kind != PSL_TOP_GENERATOR)
			continue;
		cfg = ast->tops.items[i].u.config;
		for (size_t k = 0; k < cfg->props.len; k++) {
			if (!strcmp(cfg->props.items[k].name.name, "previewFeatures")) {
				v = cfg->props.items[k].value;
				break;
			}
		}
		if (!v)
			continue;
		items = array_items(v, &n);
		for (size_t k = 0; k < n; k++) {
			if (items[k].kind != PSL_EXPR_STRING)
				all_strings = false;
			else if (!strcmp(items[k].value, "schemaEngineDriverAdapters"))
				found = true;
		}
		if (all_strings && found)
			return true;
	}
	return false;
}

void psl_config_load_file(struct psl_configuration *c, const struct psl_ast *ast, struct psl_sources *src)
{
	struct loader ld = {c, src, &c->arena};
	bool driver_adapters = wants_driver_adapters(ast);
	size_t first = c->datasources.len, loaded;
	const char *provider = NULL;

	for (size_t i = 0; i < ast->tops.len; i++) {
		struct psl_datasource ds;
		if (ast->tops.items[i].kind != PSL_TOP_SOURCE)
			continue;
		if (lift_datasource(&ld, ast->tops.items[i].u.config, driver_adapters, &ds))
			avec_push(&c->arena, &c->datasources, ds);
	}
	loaded = c->datasources.len - first;
	/* Every block is blamed, loaded or not, once two of them loaded. */
	if (loaded > 1) {
		for (size_t i = 0; i < ast->tops.len; i++) {
			const struct psl_config *cfg;
			if (ast->tops.items[i].kind != PSL_TOP_SOURCE)
				continue;
			cfg = ast->tops.items[i].u.config;
			psl_error(src, cfg->span,
				  "Error validating datasource `%s`: You defined more than one datasource. This is not "
				  "allowed yet because support for multiple databases has not been implemented yet.",
				  cfg->name.name);
		}
	}

	/*
	 * The feature map follows this file's first datasource, not the
	 * schema's: with the datasource in another file, provider-specific
	 * features (fullTextSearchPostgres) are unknown. That is Prisma's
	 * behaviour and the conformance cases expect it.
	 */
	if (loaded)
		provider = c->datasources.items[first].active_provider;
	for (size_t i = 0; i < ast->tops.len; i++) {
		struct psl_generator g;
		if (ast->tops.items[i].kind != PSL_TOP_GENERATOR)
			continue;
		if (lift_generator(&ld, ast->tops.items[i].u.config, provider, &g))
			avec_push(&c->arena, &c->generators, g);
	}
}

/* ---- the configuration ---------------------------------------------------------------- */

void psl_config_init(struct psl_configuration *c)
{
	memset(c, 0, sizeof(*c));
	arena_init(&c->arena);
}

void psl_config_release(struct psl_configuration *c)
{
	/* The vectors live in the arena too. */
	arena_free(&c->arena);
	memset(c, 0, sizeof(*c));
}

struct psl_configuration *psl_config_load(struct psl_schema *s)
{
	struct psl_configuration *c = xmalloc(sizeof(*c));
	psl_config_init(c);
	for (size_t i = 0; i < s->asts.len; i++)
		psl_config_load_file(c, &s->asts.items[i], &s->src);
	return c;
}

void psl_config_free(struct psl_configuration *c)
{
	if (!c)
		return;
	psl_config_release(c);
	free(c);
}

const struct psl_datasource *psl_config_datasource(const struct psl_configuration *c)
{
	return c && c->datasources.len ? &c->datasources.items[0] : NULL;
}

psl_preview_features psl_config_preview_features(const struct psl_configuration *c)
{
	psl_preview_features f = 0;
	for (size_t i = 0; c && i < c->generators.len; i++)
		f |= c->generators.items[i].preview_features;
	return f;
}

const struct psl_connector *psl_config_connector(const struct psl_configuration *c)
{
	const struct psl_datasource *ds = psl_config_datasource(c);
	return ds ? ds->connector : psl_connector_get(PSL_PROVIDER_EMPTY);
}

enum psl_relation_mode psl_config_relation_mode(const struct psl_configuration *c)
{
	const struct psl_datasource *ds = psl_config_datasource(c);
	return ds ? psl_datasource_relation_mode(ds) : PSL_RELATION_MODE_FOREIGN_KEYS;
}

size_t psl_config_max_identifier_length(const struct psl_configuration *c)
{
	return psl_config_connector(c)->max_identifier_length;
}

bool psl_config_require_datasource(const struct psl_configuration *c, struct psl_sources *src)
{
	struct psl_span at = {0, 0, 0};
	if (psl_config_datasource(c))
		return true;
	psl_error(src, at, "Error validating: You defined no datasource. You must define exactly one datasource.");
	return false;
}

/* ---- validation-phase checks ---------------------------------------------------------------- */

void psl_datasource_validate(const struct psl_datasource *ds, psl_preview_features features,
			     struct psl_sources *src)
{
	bool flag = (features & PSL_PF_BIT(PSL_PF_POSTGRESQL_EXTENSIONS)) != 0;

	/* schemas_property_with_no_connector_support */
	if (!psl_connector_has(ds->connector, PSL_CAP_MULTI_SCHEMA) && ds->has_schemas)
		psl_error(src, ds->schemas_span, "The `schemas` property is not supported on the current connector.");

	/* Postgres validate_datasource */
	if (!ds->connector->parses_extensions || !ds->has_extensions)
		return;
	if (!flag) {
		psl_error(src, ds->extensions_span,
			  "The `extensions` property is only available with the `postgresqlExtensions` preview "
			  "feature.");
		return;
	}
	for (size_t i = 0; i < ds->n_extensions; i++) {
		const struct psl_pg_extension *e = &ds->extensions[i];
		if (!*e->name)
			psl_error(src, e->span, "Error validating: The name of an extension must not be empty.");
		else if (e->name[0] >= '0' && e->name[0] <= '9')
			psl_error(src, e->span, "Error validating: The name of an extension must not start with a number.");
		else if (strchr(e->name, '-'))
			psl_error(src, e->span, "Error validating: The character `-` is not allowed in extension names.");
	}
}

/*
 * ---- URLs for the commands that connect -----------------------------------------------------------
 * Validation keeps URLs as written so that a schema validates anywhere; only
 * a command that connects resolves env() and checks the protocol, with the
 * datasource's spans so errors still point into the schema.
 */

static const char *default_getenv(const char *name, void *ctx)
{
	(void)ctx;
	return getenv(name);
}

static bool blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f' && *s != '\v')
			return false;
	return true;
}

enum url_error { URL_OK, URL_EMPTY_VALUE, URL_EMPTY_ENV, URL_NO_ENV };

/* from_url: the literal, or the variable's value. */
static enum url_error resolve(const struct psl_env_string *s, psl_getenv_fn getenv_fn, void *ctx, const char **out)
{
	if (s->value) {
		*out = s->value;
		return blank(s->value) ? URL_EMPTY_VALUE : URL_OK;
	}
	*out = getenv_fn(s->env_var, ctx);
	if (!*out)
		return URL_NO_ENV;
	return blank(*out) ? URL_EMPTY_ENV : URL_OK;
}

int psl_datasource_load_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
			    struct arena *arena, const char **out, struct psl_sources *src)
{
	const char *url;
	struct strbuf why = STRBUF_INIT;

	if (!getenv_fn)
		getenv_fn = default_getenv;
	switch (resolve(&ds->url, getenv_fn, ctx, &url)) {
	case URL_EMPTY_VALUE:
		psl_error(src, ds->url_span, "Error validating datasource `%s`: You must provide a nonempty URL",
			  ds->name);
		return -1;
	case URL_EMPTY_ENV:
		psl_error(src, ds->url_span,
			  "Error validating datasource `%s`: You must provide a nonempty URL. The environment variable "
			  "`%s` resolved to an empty string.",
			  ds->name, ds->url.env_var);
		return -1;
	case URL_NO_ENV:
		psl_error(src, ds->url_span, "Environment variable not found: %s.", ds->url.env_var);
		return -1;
	case URL_OK:
		break;
	}
	if (!psl_connector_validate_url(ds->connector, url, &why)) {
		/* A prisma:// URL means Accelerate or the Data Proxy: say so. */
		if (str_starts_with(url, "prisma"))
			strbuf_addstr(&why,
				      "\n\nTo use a URL with protocol `prisma://`, you need to either enable Accelerate "
				      "or the Data Proxy.\nEnable Accelerate via `prisma generate --accelerate` or the "
				      "Data Proxy via `prisma generate --data-proxy.`\n\nMore information about Data "
				      "Proxy: https://pris.ly/d/data-proxy\n");
		psl_error(src, ds->url_span, "Error validating datasource `%s`: the URL %s", ds->name, why.buf);
		strbuf_release(&why);
		return -1;
	}
	*out = arena_strdup(arena, url);
	return 0;
}

int psl_datasource_load_direct_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
				   struct arena *arena, const char **out, struct psl_sources *src)
{
	const char *url;

	if (!getenv_fn)
		getenv_fn = default_getenv;
	if (!ds->direct_url || !ds->has_direct_url_span)
		return psl_datasource_load_url(ds, getenv_fn, ctx, arena, out, src);
	switch (resolve(ds->direct_url, getenv_fn, ctx, &url)) {
	case URL_EMPTY_VALUE:
		psl_error(src, ds->direct_url_span,
			  "Error validating datasource `%s`: You must provide a nonempty direct URL", ds->name);
		return -1;
	case URL_EMPTY_ENV:
		psl_error(src, ds->direct_url_span,
			  "Error validating datasource `%s`: You must provide a nonempty direct URL. The environment "
			  "variable `%s` resolved to an empty string.",
			  ds->name, ds->direct_url->env_var);
		return -1;
	case URL_NO_ENV:
		psl_error(src, ds->direct_url_span, "Environment variable not found: %s.", ds->direct_url->env_var);
		return -1;
	case URL_OK:
		break;
	}
	if (str_starts_with(url, "prisma://")) {
		psl_error(src, ds->direct_url_span,
			  "Error validating datasource `%s`: You must provide a direct URL that points directly to the "
			  "database. Using `prisma` in URL scheme is not allowed.",
			  ds->name);
		return -1;
	}
	*out = arena_strdup(arena, url);
	return 0;
}

int psl_datasource_load_shadow_database_url(const struct psl_datasource *ds, psl_getenv_fn getenv_fn, void *ctx,
					    struct arena *arena, const char **out, struct psl_sources *src)
{
	const struct psl_env_string *s = ds->shadow_database_url;
	const char *url;
	struct strbuf why = STRBUF_INIT;

	if (!getenv_fn)
		getenv_fn = default_getenv;
	*out = NULL;
	if (!s)
		return 0;
	if (s->value) {
		url = s->value;
	} else {
		/* A missing or empty variable means no shadow database: dev and deploy share schemas. */
		url = getenv_fn(s->env_var, ctx);
		if (!url || blank(url))
			return 0;
	}
	if (!blank(url) && !psl_connector_validate_url(ds->connector, url, &why)) {
		psl_error(src, ds->shadow_database_url_span,
			  "Error validating datasource `%s`: the shadow database URL %s", ds->name, why.buf);
		strbuf_release(&why);
		return -1;
	}
	*out = arena_strdup(arena, url);
	return 0;
}
