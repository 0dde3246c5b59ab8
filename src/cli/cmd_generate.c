/* cmd_generate.c: rdb generate: the C client for each `rdb-client-c` generator block. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "codegen/codegen.h"
#include "project/project.h"
#include "schema/config.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "util/fs.h"
#include "util/strbuf.h"

/* The folder of the file holding generator g (Prisma resolves output against it). */
static char *generator_dir(const struct psl_schema *s, size_t g)
{
	const struct psl_generator *pg = &s->config->generators.items[g];
	const char *path = s->src.files.items[pg->span.file].path;
	const char *slash = strrchr(path, '/');
	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static int write_one(const char *dir, const char *name, const struct strbuf *sb)
{
	char *path = fs_join(dir, name);
	int rc = fs_write_file_atomic(path, sb->buf, sb->len);
	if (rc < 0)
		cli_errorf("cannot write %s: %s", path, strerror(errno));
	free(path);
	return rc;
}

static int generate_one(const struct rs_schema *rs, const struct psl_schema *s, size_t gi, const char *override)
{
	const struct rs_generator *gen = &rs->generators[gi];
	const struct psl_generator *pg = &s->config->generators.items[gi];
	const struct psl_generator_value *pv = psl_generator_get(pg, "prefix");
	struct codegen_output out = {STRBUF_INIT, STRBUF_INIT, STRBUF_INIT};
	struct rdb_error err;
	char *base = NULL, *dir = NULL;
	int rc = 1;
	if (override) {
		dir = xstrdup(override);
	} else {
		const char *output = gen->output ? gen->output : "../generated/rdb";
		base = generator_dir(s, gi);
		dir = output[0] == '/' ? xstrdup(output) : fs_join(base, output);
	}
	rdb_error_clear(&err);
	if (codegen_c_client(rs, pv && pv->kind == PSL_GENERATOR_STRING ? pv->str : NULL, &out, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (fs_mkdirs(dir, 0755) < 0) {
		cli_errorf("cannot create the output folder %s: %s", dir, strerror(errno));
		goto out;
	}
	if (write_one(dir, "client.h", &out.header) < 0 || write_one(dir, "client.c", &out.source) < 0 ||
	    write_one(dir, "rdb.mk", &out.mk) < 0)
		goto out;
	printf("Generated the C client (generator %s) in %s: client.h, client.c, rdb.mk\n", gen->name, dir);
	rc = 0;
out:
	strbuf_release(&out.header);
	strbuf_release(&out.source);
	strbuf_release(&out.mk);
	free(base);
	free(dir);
	return rc;
}

int cmd_generate(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	struct arena arena;
	struct rs_schema *rs;
	struct rdb_error err;
	size_t ours = 0;
	int rc = cli_parse(cli_find_command("generate"), argc, argv, &a);
	if (rc)
		goto out_args;
	if (a.npos) {
		cli_errorf("rdb generate takes no arguments (got '%s'); use --schema PATH", a.pos[0]);
		rc = EXIT_USAGE;
		goto out_args;
	}
	if (rdb_project_load(&p, cli.config_path, cli_value(&a, "schema"), &err) < 0) {
		rc = cli_report(&err);
		goto out_args;
	}
	psl_schema_init(&s);
	arena_init(&arena);
	if (rdb_project_read_schema(&p, &s, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	psl_schema_validate(&s);
	if (s.src.errors.len || !(rs = rs_build(&s, &arena))) {
		struct strbuf o = STRBUF_INIT;
		psl_render_all(&o, &s.src, cli.color_err, PSL_RENDER_RDB, NULL);
		fwrite(o.buf, 1, o.len, stderr);
		strbuf_release(&o);
		cli_errorf("the schema at %s is invalid; nothing was generated", p.schema_path);
		rc = 1;
		goto out;
	}
	if (!rs->ngenerators) {
		cli_errorf("the schema at %s has no generator block", p.schema_path);
		fprintf(stderr, "%shint:%s add one:\n  generator client {\n    provider = \"%s\"\n"
				"    output   = \"../generated/rdb\"\n  }\n",
			cli_bold(true), cli_reset(true), CODEGEN_PROVIDER);
		rc = 1;
		goto out;
	}
	rc = 0;
	for (size_t g = 0; g < rs->ngenerators && !rc; g++) {
		if (!rs->generators[g].provider || strcmp(rs->generators[g].provider, CODEGEN_PROVIDER)) {
			fprintf(stderr, "rdb: note: generator '%s' has provider \"%s\", not \"%s\"; skipped\n",
				rs->generators[g].name, rs->generators[g].provider ? rs->generators[g].provider : "",
				CODEGEN_PROVIDER);
			continue;
		}
		ours++;
		rc = generate_one(rs, &s, g, cli_value(&a, "output"));
	}
	if (!rc && !ours)
		printf("Nothing to generate: no generator with provider \"%s\".\n", CODEGEN_PROVIDER);
out:
	arena_free(&arena);
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}
