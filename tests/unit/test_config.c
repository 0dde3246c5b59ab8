/*
 * test_config.c: datasource and generator loading (values kept, Prisma's
 * errors and warnings with their spans), preview feature rules per
 * provider, multi-file loading, the validation-phase datasource checks and
 * URL resolution through a fake environment.
 */
#include <stdlib.h>

#include "schema/config.h"
#include "schema/schema.h"
#include "t.h"

/* Validates text as schema.prisma; the caller releases s. */
static void load(struct psl_schema *s, const char *text)
{
	psl_schema_init(s);
	psl_schema_add_file(s, "schema.prisma", text, strlen(text));
	psl_schema_validate(s);
}

/* The source text a diagnostic points at, in a static buffer. */
static const char *span_text(const struct psl_schema *s, struct psl_span sp)
{
	static char buf[512];
	const struct psl_source *f = &s->src.files.items[sp.file];
	snprintf(buf, sizeof(buf), "%.*s", (int)(sp.end - sp.start), f->text + sp.start);
	return buf;
}

static size_t n_errors(const struct psl_schema *s)
{
	return s->src.errors.len;
}

static const char *error(const struct psl_schema *s, size_t i)
{
	return i < s->src.errors.len ? s->src.errors.items[i].message : "(none)";
}

static const char *warning(const struct psl_schema *s, size_t i)
{
	return i < s->src.warnings.len ? s->src.warnings.items[i].message : "(none)";
}

TEST(valid_configuration_is_silent_and_complete)
{
	struct psl_schema s;
	const struct psl_datasource *ds;
	const struct psl_generator *g;
	const struct psl_generator_value *v;
	/* Prisma documents a config block with comments inside it, not above it. */
	load(&s, "datasource db {\n"
		 "  /// main database\n"
		 "  provider          = \"postgres\"\n"
		 "  url               = env(\"DATABASE_URL\")\n"
		 "  directUrl         = env(\"DIRECT_URL\")\n"
		 "  shadowDatabaseUrl = \"postgresql://localhost/shadow\"\n"
		 "  relationMode      = \"prisma\"\n"
		 "  schemas           = [\"public\", \"auth\"]\n"
		 "}\n"
		 "generator client {\n"
		 "  provider        = \"prisma-client-js\"\n"
		 "  output          = env(\"OUT\")\n"
		 "  binaryTargets   = [\"native\", env(\"TARGET\")]\n"
		 "  previewFeatures = [\"views\", \"relationJoins\"]\n"
		 "  engineType      = \"library\"\n"
		 "  moduleFormat    = esm\n"
		 "  flags           = [1, env(\"F\"), [\"x\"]]\n"
		 "  fn              = foo(1, \"a\")\n"
		 "}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK_INT(s.src.warnings.len, 0);

	CHECK_INT(s.config->datasources.len, 1);
	ds = psl_config_datasource(s.config);
	CHECK_STR(ds->name, "db");
	CHECK_STR(ds->provider, "postgres");
	CHECK_STR(ds->active_provider, "postgresql");
	CHECK(ds->connector == psl_connector_get(PSL_PROVIDER_POSTGRESQL));
	CHECK_STR(ds->documentation, "main database");
	CHECK_STR(ds->url.env_var, "DATABASE_URL");
	CHECK(ds->url.value == NULL);
	CHECK_STR(span_text(&s, ds->url_span), "env(\"DATABASE_URL\")");
	CHECK(ds->direct_url && !strcmp(ds->direct_url->env_var, "DIRECT_URL"));
	CHECK(ds->shadow_database_url && !strcmp(ds->shadow_database_url->value, "postgresql://localhost/shadow"));
	CHECK(ds->has_relation_mode && ds->relation_mode == PSL_RELATION_MODE_PRISMA);
	CHECK(psl_config_relation_mode(s.config) == PSL_RELATION_MODE_PRISMA);
	CHECK(ds->has_schemas);
	CHECK_INT(ds->n_namespaces, 2);
	CHECK_STR(ds->namespaces[0].name, "auth"); /* sorted */
	CHECK_STR(ds->namespaces[1].name, "public");
	CHECK_STR(span_text(&s, ds->namespaces[0].span), "\"auth\"");
	CHECK(psl_datasource_has_schema(ds, "public") && !psl_datasource_has_schema(ds, "x"));
	CHECK(!ds->has_extensions);
	CHECK_INT(psl_config_max_identifier_length(s.config), 63);

	CHECK_INT(s.config->generators.len, 1);
	g = &s.config->generators.items[0];
	CHECK_STR(g->name, "client");
	CHECK_STR(g->provider.value, "prisma-client-js");
	CHECK(g->output && !strcmp(g->output->env_var, "OUT"));
	CHECK_INT(g->n_binary_targets, 2);
	CHECK_STR(g->binary_targets[0].value, "native");
	CHECK_STR(g->binary_targets[1].env_var, "TARGET");
	CHECK(g->has_preview_features);
	CHECK(g->preview_features == (PSL_PF_BIT(PSL_PF_VIEWS) | PSL_PF_BIT(PSL_PF_RELATION_JOINS)));
	CHECK(psl_config_preview_features(s.config) == g->preview_features);
	/* other properties, in source order */
	CHECK_INT(g->n_config, 4);
	CHECK_STR(g->config[0].key, "engineType");
	CHECK_STR(g->config[0].value.str, "library");
	v = psl_generator_get(g, "moduleFormat");
	CHECK(v && v->kind == PSL_GENERATOR_STRING && !strcmp(v->str, "esm"));
	v = psl_generator_get(g, "flags");
	CHECK(v && v->kind == PSL_GENERATOR_ARRAY && v->n_items == 3);
	if (v && v->n_items == 3) {
		CHECK_STR(v->items[0].str, "1");
		CHECK(v->items[1].kind == PSL_GENERATOR_ENV && !strcmp(v->items[1].str, "F"));
		CHECK(v->items[2].kind == PSL_GENERATOR_ARRAY && !strcmp(v->items[2].items[0].str, "x"));
	}
	v = psl_generator_get(g, "fn");
	CHECK(v && !strcmp(v->str, "foo(1,\"a\")"));
	CHECK(psl_generator_get(g, "provider") == NULL);
	psl_schema_release(&s);
}

TEST(no_datasource)
{
	struct psl_schema s;
	load(&s, "generator g {\n  provider = \"x\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK(psl_config_datasource(s.config) == NULL);
	CHECK(psl_config_connector(s.config)->provider == PSL_PROVIDER_EMPTY);
	CHECK(psl_config_relation_mode(s.config) == PSL_RELATION_MODE_FOREIGN_KEYS);
	CHECK(psl_config_max_identifier_length(s.config) == SIZE_MAX);
	CHECK(!psl_config_require_datasource(s.config, &s.src));
	CHECK_STR(error(&s, 0), "Error validating: You defined no datasource. You must define exactly one datasource.");
	psl_schema_release(&s);
}

TEST(provider_errors)
{
	struct psl_schema s;
	load(&s, "datasource a {\n  url = \"x\"\n}\n"
		 "datasource b {\n  provider = env(\"P\")\n  url = \"x\"\n}\n"
		 "datasource c {\n  provider = \"\"\n  url = \"x\"\n}\n"
		 "datasource d {\n  provider = [\"mysql\"]\n  url = \"x\"\n}\n"
		 "datasource e {\n  provider = \"oracle\"\n  url = \"x\"\n}\n");
	CHECK_INT(n_errors(&s), 5);
	CHECK_STR(error(&s, 0), "Argument \"provider\" is missing in data source block \"a\".");
	CHECK(str_starts_with(span_text(&s, s.src.errors.items[0].span), "datasource a {"));
	CHECK_STR(error(&s, 1), "A datasource must not use the env() function in the provider argument.");
	CHECK_STR(error(&s, 2), "Error validating datasource `c`: The provider argument in a datasource must not be empty");
	CHECK_STR(span_text(&s, s.src.errors.items[2].span), "\"\"");
	CHECK_STR(error(&s, 3),
		  "Error validating datasource `d`: The provider argument in a datasource must be a string literal");
	CHECK_STR(error(&s, 4), "Datasource provider not known: \"oracle\".");
	CHECK_STR(span_text(&s, s.src.errors.items[4].span), "\"oracle\"");
	CHECK_INT(s.config->datasources.len, 0);
	psl_schema_release(&s);
}

TEST(other_providers_load)
{
	const char *providers[] = {"sqlite", "sqlserver", "cockroachdb", "mongodb", "mysql", "postgresql"};
	for (size_t i = 0; i < ARRAY_SIZE(providers); i++) {
		struct psl_schema s;
		char text[128];
		snprintf(text, sizeof(text), "datasource db {\n  provider = \"%s\"\n  url = \"x\"\n}\n", providers[i]);
		load(&s, text);
		CHECK_INT(n_errors(&s), 0);
		CHECK(psl_config_datasource(s.config) != NULL);
		if (psl_config_datasource(s.config))
			CHECK_STR(psl_config_datasource(s.config)->active_provider, providers[i]);
		psl_schema_release(&s);
	}
}

TEST(url_rules)
{
	struct psl_schema s;
	/* Prisma 7 style: no url in the schema (it comes from rdb.toml or the environment). */
	load(&s, "datasource db {\n  provider = \"mysql\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK(psl_config_datasource(s.config)->url.env_var == NULL);
	CHECK(psl_config_datasource(s.config)->url.value == NULL);
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = 1\n}\n");
	CHECK_STR(error(&s, 0), "Expected a String value, but received numeric value `1`.");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "1");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = env(\"A\", \"B\")\n}\n");
	CHECK_STR(error(&s, 0), "Exactly one string parameter must be passed to the env function.");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = env(\"A\",)\n}\n");
	CHECK_STR(error(&s, 0), "Exactly one string parameter must be passed to the env function.");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = env(named: )\n}\n");
	CHECK_STR(error(&s, 0), "The env function expects a singular, unnamed, string argument.");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "env(named: )");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = env(named: \"X\")\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK_STR(warning(&s, 0), "The env function doesn't expect named arguments");
	CHECK_STR(span_text(&s, s.src.warnings.items[0].span), "named: \"X\"");
	CHECK_STR(psl_config_datasource(s.config)->url.env_var, "X");
	psl_schema_release(&s);

	/* Prisma 6.19: url may be left out only on SQLite with schemaEngineDriverAdapters. */
	load(&s, "generator g {\n  provider = \"x\"\n  previewFeatures = [\"schemaEngineDriverAdapters\"]\n}\n"
		 "datasource db {\n  provider = \"sqlite\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK_STR(psl_config_datasource(s.config)->url.value, "<invalid>");
	psl_schema_release(&s);
	load(&s, "generator g {\n  provider = \"x\"\n  previewFeatures = [\"schemaEngineDriverAdapters\"]\n}\n"
		 "datasource db {\n  provider = \"postgres\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	psl_schema_release(&s);
}

TEST(shadow_and_direct_urls)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"mysql://a\"\n  directUrl = \"mysql://a\"\n"
		 "  shadowDatabaseUrl = \"mysql://a\"\n}\n");
	CHECK_INT(n_errors(&s), 2);
	CHECK_STR(error(&s, 0), "shadowDatabaseUrl is the same as directUrl for datasource \"db\". Please specify a "
				"different database as shadow database to avoid data loss.");
	CHECK_STR(error(&s, 1), "shadowDatabaseUrl is the same as url for datasource \"db\". Please specify a different "
				"database as shadow database to avoid data loss.");
	CHECK_STR(span_text(&s, s.src.errors.items[1].span), "\"mysql://a\"");
	CHECK(s.src.errors.items[0].span.start > s.src.errors.items[1].span.start); /* directUrl comes later */
	psl_schema_release(&s);

	/* "" as shadow URL means none; env() equality is by variable name. */
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"\"\n  shadowDatabaseUrl = \"\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK(psl_config_datasource(s.config)->shadow_database_url == NULL);
	psl_schema_release(&s);
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = env(\"A\")\n  shadowDatabaseUrl = env(\"A\")\n}\n");
	CHECK_INT(n_errors(&s), 1);
	psl_schema_release(&s);
}

TEST(relation_mode_rules)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n  referentialIntegrity = \"prisma\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK_STR(warning(&s, 0), "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` "
				  "instead. Learn more at https://pris.ly/d/relation-mode");
	CHECK_STR(span_text(&s, s.src.warnings.items[0].span), "referentialIntegrity = \"prisma\"");
	CHECK(psl_config_relation_mode(s.config) == PSL_RELATION_MODE_PRISMA);
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n  relationMode = \"prisma\"\n"
		 "  referentialIntegrity = \"prisma\"\n}\n");
	CHECK_STR(error(&s, 0), "The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
				"Please use only `relationMode` instead.");
	CHECK(!psl_config_datasource(s.config)->has_relation_mode);
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n  relationMode = \"nope\"\n}\n");
	CHECK_STR(error(&s, 0), "Error validating datasource `relationMode`: Invalid relation mode setting: \"nope\". "
				"Supported values: \"prisma\", \"foreignKeys\"");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mongodb\"\n  url = \"x\"\n  relationMode = \"foreignKeys\"\n}\n");
	CHECK_STR(error(&s, 0), "Error validating datasource `relationMode`: Invalid relation mode setting: "
				"\"foreignKeys\". Supported values: \"prisma\"");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "\"foreignKeys\"");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mongodb\"\n  url = \"x\"\n}\n");
	CHECK(psl_config_relation_mode(s.config) == PSL_RELATION_MODE_PRISMA);
	psl_schema_release(&s);
}

TEST(schemas_rules)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n"
		 "  schemas = [\"one\", \"two\", \"two\", \"three\", \"three\"]\n}\n");
	CHECK_INT(n_errors(&s), 2);
	CHECK_STR(error(&s, 0), "Duplicated schema names are not allowed");
	/* the first "three", then the first "two" */
	CHECK_INT(s.src.errors.items[0].span.start, 88);
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "\"three\"");
	CHECK_INT(s.src.errors.items[1].span.start, 74);
	CHECK_STR(span_text(&s, s.src.errors.items[1].span), "\"two\"");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n  schemas = [\"a\"]\n}\n");
	CHECK_STR(error(&s, 0), "The `schemas` property is not supported on the current connector.");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n  schemas = []\n}\n");
	CHECK_STR(error(&s, 0), "If provided, the schemas array can not be empty.");
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n  schemas = [\"a\", 2]\n}\n");
	CHECK_STR(error(&s, 0), "Expected a string value, but received numeric value `2`.");
	CHECK(!psl_config_datasource(s.config)->has_schemas);
	psl_schema_release(&s);

	/* A lone string is a one-element array. */
	load(&s, "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n  schemas = \"a\"\n}\n");
	CHECK_INT(n_errors(&s), 0);
	CHECK_INT(psl_config_datasource(s.config)->n_namespaces, 1);
	psl_schema_release(&s);
}

TEST(unknown_and_misplaced_properties)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n  foo = 1\n  extensions = [a]\n"
		 "  previewFeatures = [\"views\"]\n}\n");
	CHECK_INT(n_errors(&s), 3);
	CHECK_STR(error(&s, 0), "Preview features are only supported in the generator block. Please move this field "
				"to the generator block.");
	CHECK_STR(error(&s, 1), "Property not known: \"foo\".");
	CHECK_STR(span_text(&s, s.src.errors.items[1].span), "foo = 1");
	CHECK_STR(error(&s, 2), "Property not known: \"extensions\".");
	psl_schema_release(&s);

	/* A property without a value stops the block at the first one. */
	load(&s, "datasource db {\n  provider = \"mysql\"\n  url =\n  foo =\n}\n");
	CHECK_INT(n_errors(&s), 1);
	CHECK_STR(error(&s, 0), "Property url in datasource db needs to be assigned a value");
	psl_schema_release(&s);
}

TEST(more_than_one_datasource)
{
	struct psl_schema s;
	load(&s, "datasource a {\n  provider = \"mysql\"\n  url = \"x\"\n}\n"
		 "datasource b {\n  provider = \"postgresql\"\n  url = \"x\"\n}\n"
		 "datasource c {\n  provider = \"nope\"\n  url = \"x\"\n}\n");
	CHECK_INT(n_errors(&s), 4);
	CHECK_STR(error(&s, 0), "Datasource provider not known: \"nope\".");
	CHECK_STR(error(&s, 3), "Error validating datasource `c`: You defined more than one datasource. This is not "
				"allowed yet because support for multiple databases has not been implemented yet.");
	CHECK_INT(s.config->datasources.len, 2);
	psl_schema_release(&s);
}

TEST(postgres_extensions)
{
	struct psl_schema s;
	const struct psl_datasource *ds;
	const char *gen = "generator g {\n  provider = \"x\"\n  previewFeatures = [\"postgresqlExtensions\"]\n}\n";
	char text[512];

	snprintf(text, sizeof(text),
		 "%sdatasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n"
		 "  extensions = [postgis(schema: \"gis\", version: \"3.1\"), pg_trgm, uuid_ossp(map: \"uuid-ossp\")]\n}\n",
		 gen);
	load(&s, text);
	CHECK_INT(n_errors(&s), 0);
	ds = psl_config_datasource(s.config);
	CHECK(ds->has_extensions);
	CHECK_INT(ds->n_extensions, 3);
	CHECK_STR(ds->extensions[0].name, "pg_trgm");
	CHECK_STR(ds->extensions[1].name, "postgis");
	CHECK_STR(ds->extensions[1].schema, "gis");
	CHECK_STR(ds->extensions[1].version, "3.1");
	CHECK(ds->extensions[1].db_name == NULL);
	CHECK_STR(ds->extensions[2].db_name, "uuid-ossp");
	CHECK(psl_datasource_find_extension(ds, "uuid-ossp") == &ds->extensions[2]);
	CHECK(psl_datasource_find_extension(ds, "uuid_ossp") == NULL);
	CHECK_STR(span_text(&s, ds->extensions_span), "extensions = [postgis(schema: \"gis\", version: \"3.1\"), "
						      "pg_trgm, uuid_ossp(map: \"uuid-ossp\")]");
	psl_schema_release(&s);

	snprintf(text, sizeof(text),
		 "%sdatasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n"
		 "  extensions = [a(version: 2.1, foo: \"x\", \"y\", map: \"m\", map: \"n\")]\n}\n",
		 gen);
	load(&s, text);
	CHECK_INT(n_errors(&s), 5);
	CHECK_STR(error(&s, 0), "Expected a string value, but received numeric value `2.1`.");
	CHECK_STR(error(&s, 1), "Error validating: The argument must have a name");
	CHECK_STR(error(&s, 2), "Error validating: The argument `map` can only be defined once");
	CHECK_STR(error(&s, 3), "Error validating: The `version` argument must be a string literal");
	CHECK_STR(error(&s, 4), "Argument not known: \"foo\".");
	psl_schema_release(&s);

	snprintf(text, sizeof(text), "%sdatasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n"
				     "  extensions = [\"postgis\", 1]\n}\n", gen);
	load(&s, text);
	CHECK_INT(n_errors(&s), 2);
	CHECK_STR(error(&s, 0), "Expected a constant or function value, but received string value `\"postgis\"`.");
	CHECK(!psl_config_datasource(s.config)->has_extensions);
	psl_schema_release(&s);
}

TEST(datasource_validation_phase)
{
	struct psl_schema s;
	/* Without the preview feature the property is an error (validation phase). */
	load(&s, "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n  extensions = [ postgis ]\n}\n");
	CHECK_INT(n_errors(&s), 1);
	CHECK_STR(error(&s, 0), "The `extensions` property is only available with the `postgresqlExtensions` preview "
				"feature.");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "extensions = [ postgis ]");
	psl_schema_release(&s);

	load(&s, "generator g {\n  provider = \"x\"\n  previewFeatures = [\"postgresqlExtensions\"]\n}\n"
		 "datasource db {\n  provider = \"postgresql\"\n  url = \"x\"\n  extensions = [uuid-ossp]\n}\n");
	CHECK_INT(n_errors(&s), 1);
	CHECK_STR(error(&s, 0), "Error validating: The character `-` is not allowed in extension names.");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "uuid-ossp");
	psl_schema_release(&s);
}

TEST(generator_errors)
{
	struct psl_schema s;
	load(&s, "generator g {\n  output = \"x\"\n}\n");
	CHECK_STR(error(&s, 0), "Argument \"provider\" is missing in generator block \"g\".");
	CHECK_INT(s.config->generators.len, 0);
	psl_schema_release(&s);

	load(&s, "generator g {\n  provider = \"x\"\n  a =\n}\n");
	CHECK_STR(error(&s, 0), "Property a in generator g needs to be assigned a value");
	CHECK(str_starts_with(span_text(&s, s.src.errors.items[0].span), "generator g {"));
	psl_schema_release(&s);

	/* Bad output / binaryTargets / engineType report but keep the generator. */
	load(&s, "generator g {\n  provider = \"x\"\n  output = 1\n  binaryTargets = [\"a\", 2]\n"
		 "  engineType = library\n}\n");
	CHECK_INT(n_errors(&s), 3);
	CHECK_STR(error(&s, 0), "Expected a String value, but received literal value `library`.");
	CHECK_STR(error(&s, 1), "Expected a String value, but received numeric value `1`.");
	CHECK_STR(error(&s, 2), "Expected a String value, but received numeric value `2`.");
	CHECK_INT(s.config->generators.len, 1);
	CHECK(s.config->generators.items[0].output == NULL);
	CHECK_INT(s.config->generators.items[0].n_binary_targets, 0);
	psl_schema_release(&s);

	/* A bad env() among the config values drops the generator. */
	load(&s, "generator g {\n  provider = \"x\"\n  a = env()\n}\n");
	CHECK_STR(error(&s, 0), "Exactly one string parameter must be passed to the env function.");
	CHECK_INT(s.config->generators.len, 0);
	psl_schema_release(&s);
}

TEST(preview_feature_rules)
{
	struct psl_schema s;
	load(&s, "generator g {\n  provider = \"x\"\n"
		 "  previewFeatures = [\"VIEWS\", \"fullTextSearch\", \"metrics\", \"typedSql\", \"nope\"]\n}\n");
	CHECK_INT(n_errors(&s), 1);
	CHECK_STR(error(&s, 0), "The preview feature \"nope\" is not known. Expected one of: metrics, nativeDistinct, "
				"postgresqlExtensions, relationJoins, schemaEngineDriverAdapters, shardKeys, "
				"strictUndefinedChecks, views");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span),
		  "[\"VIEWS\", \"fullTextSearch\", \"metrics\", \"typedSql\", \"nope\"]");
	CHECK_INT(s.src.warnings.len, 2);
	CHECK_STR(warning(&s, 0), "Preview feature \"fullTextSearch\" is deprecated. The functionality can be used "
				  "without specifying it as a preview feature.");
	CHECK_STR(warning(&s, 1), "Preview feature \"metrics\" is deprecated. It will be removed in a future version of "
				  "Prisma.");
	CHECK(s.config->generators.items[0].preview_features ==
	      (PSL_PF_BIT(PSL_PF_VIEWS) | PSL_PF_BIT(PSL_PF_FULL_TEXT_SEARCH) | PSL_PF_BIT(PSL_PF_METRICS) |
	       PSL_PF_BIT(PSL_PF_TYPED_SQL)));
	psl_schema_release(&s);

	/* On postgresql fullTextSearch is renamed, and fullTextSearchPostgres becomes valid. */
	load(&s, "datasource db {\n  provider = \"postgres\"\n  url = \"x\"\n}\n"
		 "generator g {\n  provider = \"x\"\n  previewFeatures = [\"fullTextSearch\", \"nope\"]\n}\n");
	CHECK_STR(warning(&s, 0), "On `provider = \"postgresql\"`, preview feature \"fullTextSearch\" has been renamed "
				  "to \"fullTextSearchPostgres\". Learn more at https://pris.ly/d/fts-postgres.");
	CHECK(str_starts_with(error(&s, 0), "The preview feature \"nope\" is not known. Expected one of: "
					   "fullTextSearchPostgres, metrics,"));
	CHECK(s.config->generators.items[0].preview_features == PSL_PF_BIT(PSL_PF_FULL_TEXT_SEARCH_POSTGRES));
	psl_schema_release(&s);

	load(&s, "datasource db {\n  provider = \"mysql\"\n  url = \"x\"\n}\n"
		 "generator g {\n  provider = \"x\"\n  previewFeatures = [\"fullTextSearchPostgres\"]\n}\n");
	CHECK(str_starts_with(error(&s, 0), "The preview feature \"fullTextSearchPostgres\" is not known."));
	psl_schema_release(&s);

	CHECK_INT(psl_preview_feature_parse("fulltextsearchpostgres"), PSL_PF_FULL_TEXT_SEARCH_POSTGRES);
	CHECK_INT(psl_preview_feature_parse("napi"), PSL_PF_NAPI);
	CHECK_INT(psl_preview_feature_parse("bogus"), -1);
	CHECK_STR(psl_preview_feature_name(PSL_PF_NAPI), "nApi");
	CHECK_STR(psl_preview_feature_name(PSL_PF_MONGO_DB), "mongoDb");
	CHECK(psl_preview_feature_is_valid(NULL, PSL_PF_REACT_NATIVE));
	CHECK(!(psl_preview_features_active(NULL) & PSL_PF_BIT(PSL_PF_REACT_NATIVE)));
	CHECK(!psl_preview_feature_is_valid("mysql", PSL_PF_FULL_TEXT_SEARCH_POSTGRES));
	CHECK(psl_preview_feature_is_valid("postgresql", PSL_PF_FULL_TEXT_SEARCH_POSTGRES));
}

TEST(multi_file_feature_map_is_per_file)
{
	struct psl_schema s;
	const char *a = "datasource db {\n  provider = \"postgres\"\n  url = \"x\"\n}\n";
	const char *b = "generator g {\n  provider = \"x\"\n  previewFeatures = [\"fullTextSearchPostgres\"]\n}\n";
	psl_schema_init(&s);
	psl_schema_add_file(&s, "a.prisma", a, strlen(a));
	psl_schema_add_file(&s, "b.prisma", b, strlen(b));
	psl_schema_validate(&s);
	/* b.prisma has no datasource of its own, so the postgres-only feature is unknown there. */
	CHECK_INT(n_errors(&s), 1);
	CHECK(str_starts_with(error(&s, 0), "The preview feature \"fullTextSearchPostgres\" is not known."));
	CHECK_INT(s.src.errors.items[0].span.file, 1);
	CHECK_INT(s.config->datasources.len, 1);
	CHECK_INT(s.config->generators.len, 1);
	psl_schema_release(&s);
}

/* ---- URL resolution ------------------------------------------------------------ */

static const char *fake_env(const char *name, void *ctx)
{
	(void)ctx;
	if (!strcmp(name, "GOOD"))
		return "postgresql://localhost/db";
	if (!strcmp(name, "EMPTY"))
		return "  ";
	if (!strcmp(name, "PROXY"))
		return "prisma://accelerate";
	return NULL;
}

static int url_of(const char *ds_body, int which, const char **out, struct psl_schema *s, struct arena *a)
{
	char text[512];
	const struct psl_datasource *ds;
	snprintf(text, sizeof(text), "datasource db {\n  provider = \"postgresql\"\n%s}\n", ds_body);
	load(s, text);
	ds = psl_config_datasource(s->config);
	if (!ds)
		return -2;
	if (which == 0)
		return psl_datasource_load_url(ds, fake_env, NULL, a, out, &s->src);
	if (which == 1)
		return psl_datasource_load_direct_url(ds, fake_env, NULL, a, out, &s->src);
	return psl_datasource_load_shadow_database_url(ds, fake_env, NULL, a, out, &s->src);
}

TEST(load_urls_through_the_environment)
{
	struct psl_schema s;
	struct arena a;
	const char *url = NULL;
	arena_init(&a);

	CHECK_INT(url_of("  url = env(\"GOOD\")\n", 0, &url, &s, &a), 0);
	CHECK_STR(url, "postgresql://localhost/db");
	psl_schema_release(&s);

	CHECK_INT(url_of("  url = env(\"MISSING\")\n", 0, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Environment variable not found: MISSING.");
	psl_schema_release(&s);

	CHECK_INT(url_of("  url = env(\"EMPTY\")\n", 0, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Error validating datasource `db`: You must provide a nonempty URL. The environment "
				"variable `EMPTY` resolved to an empty string.");
	psl_schema_release(&s);

	CHECK_INT(url_of("  url = \"\"\n", 0, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Error validating datasource `db`: You must provide a nonempty URL");
	psl_schema_release(&s);

	CHECK_INT(url_of("  url = \"mysql://x\"\n", 0, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Error validating datasource `db`: the URL must start with the protocol "
				"`postgresql://` or `postgres://`.");
	psl_schema_release(&s);

	CHECK_INT(url_of("  url = env(\"PROXY\")\n", 0, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0),
		  "Error validating datasource `db`: the URL must start with the protocol `postgresql://` or "
		  "`postgres://`.\n\nTo use a URL with protocol `prisma://`, you need to either enable Accelerate or "
		  "the Data Proxy.\nEnable Accelerate via `prisma generate --accelerate` or the Data Proxy via `prisma "
		  "generate --data-proxy.`\n\nMore information about Data Proxy: https://pris.ly/d/data-proxy\n");
	psl_schema_release(&s);

	/* directUrl: falls back to url, refuses prisma:// */
	CHECK_INT(url_of("  url = env(\"GOOD\")\n", 1, &url, &s, &a), 0);
	CHECK_STR(url, "postgresql://localhost/db");
	psl_schema_release(&s);
	CHECK_INT(url_of("  url = env(\"PROXY\")\n  directUrl = \"postgres://direct\"\n", 1, &url, &s, &a), 0);
	CHECK_STR(url, "postgres://direct");
	psl_schema_release(&s);
	CHECK_INT(url_of("  url = env(\"GOOD\")\n  directUrl = env(\"PROXY\")\n", 1, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Error validating datasource `db`: You must provide a direct URL that points directly "
				"to the database. Using `prisma` in URL scheme is not allowed.");
	psl_schema_release(&s);

	/* shadowDatabaseUrl: absent, missing or empty variables mean none */
	CHECK_INT(url_of("  url = \"x\"\n", 2, &url, &s, &a), 0);
	CHECK(url == NULL);
	psl_schema_release(&s);
	CHECK_INT(url_of("  url = \"x\"\n  shadowDatabaseUrl = env(\"MISSING\")\n", 2, &url, &s, &a), 0);
	CHECK(url == NULL);
	psl_schema_release(&s);
	CHECK_INT(url_of("  url = \"x\"\n  shadowDatabaseUrl = \"mysql://s\"\n", 2, &url, &s, &a), -1);
	CHECK_STR(error(&s, 0), "Error validating datasource `db`: the shadow database URL must start with the "
				"protocol `postgresql://` or `postgres://`.");
	psl_schema_release(&s);
	CHECK_INT(url_of("  url = \"x\"\n  shadowDatabaseUrl = env(\"GOOD\")\n", 2, &url, &s, &a), 0);
	CHECK_STR(url, "postgresql://localhost/db");
	psl_schema_release(&s);
	arena_free(&a);
}

TEST(standalone_load_file)
{
	/* psl_config_load_file works on any AST, without the pipeline. */
	struct psl_schema s;
	struct psl_configuration c;
	const char *text = "datasource db {\n  provider = \"mysql\"\n  url = \"mysql://x\"\n}\n";
	psl_schema_init(&s);
	psl_schema_add_file(&s, "schema.prisma", text, strlen(text));
	psl_schema_parse(&s);
	psl_config_init(&c);
	psl_config_load_file(&c, &s.asts.items[0], &s.src);
	CHECK_INT(c.datasources.len, 1);
	CHECK_STR(c.datasources.items[0].url.value, "mysql://x");
	psl_config_release(&c);
	psl_schema_release(&s);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
