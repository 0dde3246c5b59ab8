/* project.c: rdb.toml and schema location. */
#include <errno.h>
#include <stdlib.h>

#include "project.h"
#include <sys/stat.h>

#include "util/fs.h"
#include "util/mem.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#define MAX_SCHEMA_BYTES (512u * 1024 * 1024) /* spans are 32-bit offsets */

static char *config_relative(const char *config_path, const char *value)
{
	const char *slash;
	if (!config_path || value[0] == '/')
		return xstrdup(value);
	slash = strrchr(config_path, '/');
	if (!slash)
		return xstrdup(value);
	{
		char *dir = xstrndup(config_path, (size_t)(slash - config_path));
		char *joined = fs_join(dir, value);
		free(dir);
		return joined;
	}
}

static const char *toml_string(struct rdb_project *p, const char *key, struct rdb_error *err, int *bad)
{
	const struct toml_value *v = toml_get(&p->toml, key);
	if (!v)
		return NULL;
	if (v->kind != TOML_STRING) {
		rdb_error_set(err, RDB_ERR_CONFIG, "%s:%u: '%s' must be a string", p->config_path, v->line, key);
		rdb_error_at(err, p->config_path, v->line, 1);
		*bad = 1;
		return NULL;
	}
	return v->str;
}

/* Prisma keeps migrations beside the schema: <folder>/migrations. */
static char *default_migrations_dir(const char *schema_path)
{
	const char *slash;
	if (!schema_path)
		return xstrdup("prisma/migrations");
	if (fs_is_dir(schema_path))
		return fs_join(schema_path, "migrations");
	slash = strrchr(schema_path, '/');
	if (!slash)
		return xstrdup("migrations");
	{
		char *dir = xstrndup(schema_path, (size_t)(slash - schema_path));
		char *res = fs_join(dir, "migrations");
		free(dir);
		return res;
	}
}

static const char *const known_keys[] = {
	"schema", "migrations", "datasource.url_env", "datasource.shadow_url_env", "datasource.local",
	"seed.command",
};

static int check_keys(struct rdb_project *p, struct rdb_error *err)
{
	for (size_t i = 0; i < p->toml.values.len; i++) {
		const struct toml_value *v = &p->toml.values.items[i];
		const char *best = NULL;
		size_t best_d = 4;
		bool known = false;
		for (size_t k = 0; k < ARRAY_SIZE(known_keys); k++) {
			size_t d;
			if (!strcmp(v->key, known_keys[k])) {
				known = true;
				break;
			}
			d = edit_distance(v->key, known_keys[k]);
			if (d < best_d) {
				best_d = d;
				best = known_keys[k];
			}
		}
		/* Tables for later features are accepted (local, studio, ...). */
		if (!known && !strchr(v->key, '.')) {
			rdb_error_set(err, RDB_ERR_CONFIG, "%s:%u: unknown key '%s'", p->config_path, v->line, v->key);
			rdb_error_at(err, p->config_path, v->line, 1);
			if (best)
				rdb_error_hint(err, "did you mean '%s'?", best);
			return -1;
		}
	}
	return 0;
}

int rdb_project_load(struct rdb_project *p, const char *config_path, const char *schema_override,
		     struct rdb_error *err)
{
	struct strbuf text = STRBUF_INIT;
	const char *v;
	int bad = 0;

	memset(p, 0, sizeof(*p));
	if (!config_path && fs_exists("rdb.toml"))
		config_path = "rdb.toml";
	if (config_path) {
		if (fs_read_file(config_path, &text) < 0) {
			rdb_error_set(err, RDB_ERR_CONFIG, "cannot read config file %s: %s", config_path,
				      strerror(errno));
			goto fail;
		}
		p->config_path = xstrdup(config_path);
		if (toml_parse(&p->toml, config_path, text.buf, text.len, err) < 0)
			goto fail;
		if (check_keys(p, err) < 0)
			goto fail;
	}

	if (schema_override) {
		p->schema_path = xstrdup(schema_override);
	} else if ((v = toml_string(p, "schema", err, &bad))) {
		p->schema_path = config_relative(p->config_path, v);
	} else if (bad) {
		goto fail;
	} else if (fs_is_dir("prisma")) {
		p->schema_path = xstrdup("prisma");
	} else if (fs_exists("schema.prisma")) {
		p->schema_path = xstrdup("schema.prisma");
	}
	p->schema_is_dir = p->schema_path && fs_is_dir(p->schema_path);

	if ((v = toml_string(p, "migrations", err, &bad)))
		p->migrations_dir = config_relative(p->config_path, v);
	else if (bad)
		goto fail;
	else
		p->migrations_dir = default_migrations_dir(p->schema_path);
	v = toml_string(p, "datasource.url_env", err, &bad);
	if (bad)
		goto fail;
	p->url_env = xstrdup(v ? v : "DATABASE_URL");
	v = toml_string(p, "datasource.shadow_url_env", err, &bad);
	if (bad)
		goto fail;
	p->shadow_url_env = xstrdup(v ? v : "SHADOW_DATABASE_URL");
	v = toml_string(p, "seed.command", err, &bad);
	if (bad)
		goto fail;
	p->seed_command = v ? xstrdup(v) : NULL;
	{
		const struct toml_value *lv = toml_get(&p->toml, "datasource.local");
		if (lv && lv->kind != TOML_BOOL) {
			rdb_error_set(err, RDB_ERR_CONFIG, "%s:%u: 'datasource.local' must be true or false",
				      p->config_path, lv->line);
			goto fail;
		}
		p->local = lv && lv->boolean;
	}
	{
		const char *slash = p->config_path ? strrchr(p->config_path, '/') : NULL;
		p->root = slash ? xstrndup(p->config_path, (size_t)(slash - p->config_path)) : xstrdup(".");
	}
	strbuf_release(&text);
	return 0;
fail:
	strbuf_release(&text);
	rdb_project_release(p);
	return -1;
}

void rdb_project_release(struct rdb_project *p)
{
	free(p->config_path);
	free(p->schema_path);
	free(p->migrations_dir);
	free(p->url_env);
	free(p->shadow_url_env);
	free(p->seed_command);
	free(p->root);
	toml_doc_release(&p->toml);
	memset(p, 0, sizeof(*p));
}

static void line_col_of(const char *text, size_t off, unsigned *line, unsigned *col)
{
	size_t start = 0;
	*line = 1;
	for (size_t i = 0; i < off; i++)
		if (text[i] == '\n') {
			(*line)++;
			start = i + 1;
		}
	*col = (unsigned)utf8_count(text + start, off - start) + 1;
}

int rdb_check_schema_text(const char *path, const char *text, size_t len, struct rdb_error *err)
{
	size_t bad;
	const char *nul;
	unsigned line, col;
	if (len > MAX_SCHEMA_BYTES)
		return rdb_error_set(err, RDB_ERR_SCHEMA, "%s: file is too large (%zu bytes; the limit is %u MB)",
				     path, len, MAX_SCHEMA_BYTES >> 20);
	bad = utf8_validate(text, len);
	if (bad != (size_t)-1) {
		line_col_of(text, bad, &line, &col);
		rdb_error_set(err, RDB_ERR_SCHEMA, "%s:%u:%u: file is not valid UTF-8 (byte 0x%02X)", path,
			      line, col, (unsigned char)text[bad]);
		rdb_error_at(err, path, line, col);
		rdb_error_hint(err, "Prisma schema files must be UTF-8 text; convert it with iconv.");
		return -1;
	}
	nul = memchr(text, '\0', len);
	if (nul) {
		line_col_of(text, (size_t)(nul - text), &line, &col);
		rdb_error_set(err, RDB_ERR_SCHEMA, "%s:%u:%u: file contains a NUL byte; is it a binary file?",
			      path, line, col);
		rdb_error_at(err, path, line, col);
		return -1;
	}
	return 0;
}

static int add_file(struct psl_schema *s, const char *path, struct rdb_error *err)
{
	struct strbuf text = STRBUF_INIT;
	if (fs_read_file(path, &text) < 0) {
		rdb_error_set(err, RDB_ERR_IO, "cannot read %s: %s", path, strerror(errno));
		rdb_error_at(err, path, 0, 0);
		strbuf_release(&text);
		return -1;
	}
	if (rdb_check_schema_text(path, text.buf, text.len, err) < 0) {
		strbuf_release(&text);
		return -1;
	}
	{
		size_t len;
		char *buf = strbuf_detach(&text, &len);
		psl_schema_add_file_owned(s, path, buf, len);
	}
	return 0;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return false;
	return true;
}

/*
 * Reading, parsing and validating a schema touches roughly this many
 * bytes of memory per byte of schema text; populating it up front is far
 * cheaper than faulting it in page by page (see util/mem.h).
 */
#define MEMORY_PER_SCHEMA_BYTE 24

static void prefault_for(const struct fs_list *files)
{
	size_t total = 0;
	for (size_t i = 0; i < files->paths.len; i++) {
		struct stat st;
		if (stat(files->paths.items[i], &st) == 0)
			total += (size_t)st.st_size;
	}
	mem_prefault(total * MEMORY_PER_SCHEMA_BYTE + (1u << 20));
}

int rdb_project_read_schema(const struct rdb_project *p, struct psl_schema *s, struct rdb_error *err)
{
	bool all_blank = true;
	if (!p->schema_path) {
		rdb_error_set(err, RDB_ERR_CONFIG, "no Prisma schema found: there is no prisma/ folder or schema.prisma here");
		rdb_error_hint(err, "pass --schema <file|folder>, set schema = \"...\" in rdb.toml, or run rdb in the project's folder");
		return -1;
	}
	if (fs_is_dir(p->schema_path)) {
		struct fs_list files;
		if (fs_list_files(p->schema_path, ".prisma", &files) < 0) {
			rdb_error_set(err, RDB_ERR_IO, "cannot read schema folder %s: %s", p->schema_path,
				      strerror(errno));
			return -1;
		}
		if (!files.paths.len) {
			fs_list_release(&files);
			rdb_error_set(err, RDB_ERR_SCHEMA, "schema folder %s holds no .prisma files", p->schema_path);
			rdb_error_hint(err, "put the schema in %s/schema.prisma, or pass --schema <file>", p->schema_path);
			return -1;
		}
		prefault_for(&files);
		for (size_t i = 0; i < files.paths.len; i++) {
			if (add_file(s, files.paths.items[i], err) < 0) {
				fs_list_release(&files);
				return -1;
			}
		}
		fs_list_release(&files);
	} else if (fs_exists(p->schema_path)) {
		struct fs_list one = {0};
		vec_push(&one.paths, xstrdup(p->schema_path));
		prefault_for(&one);
		fs_list_release(&one);
		if (add_file(s, p->schema_path, err) < 0)
			return -1;
	} else {
		rdb_error_set(err, RDB_ERR_IO, "schema %s does not exist", p->schema_path);
		rdb_error_hint(err, "check the path given to --schema or the schema key of rdb.toml");
		return -1;
	}
	for (size_t i = 0; i < s->src.files.len; i++)
		if (!blank(s->src.files.items[i].text, s->src.files.items[i].len))
			all_blank = false;
	if (all_blank) {
		const char *first = s->src.files.items[0].path;
		rdb_error_set(err, RDB_ERR_SCHEMA, "%s:1:1: the schema is empty", first);
		rdb_error_at(err, first, 1, 1);
		rdb_error_hint(err, "a schema needs at least a datasource block, e.g. datasource db { provider = \"postgresql\" }");
		return -1;
	}
	return 0;
}
