/* cmd_schema.c: rdb validate, rdb format. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "project/project.h"
#include "schema/reformat.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "util/fs.h"
#include "util/strbuf.h"

/* Loads rdb.toml and the schema's files. Returns 0 or an exit code. */
static int load_schema(const struct cli_args *a, struct rdb_project *p, struct psl_schema *s)
{
	struct rdb_error err;
	if (rdb_project_load(p, cli.config_path, cli_value(a, "schema"), &err) < 0)
		return cli_report(&err);
	psl_schema_init(s);
	if (rdb_project_read_schema(p, s, &err) < 0) {
		psl_schema_release(s);
		rdb_project_release(p);
		return cli_report(&err);
	}
	return 0;
}

/* Prints warnings and errors; returns the number of errors. */
size_t cli_print_diagnostics(struct psl_schema *s)
{
	struct strbuf out = STRBUF_INIT;
	size_t n = s->src.errors.len;
	psl_render_all(&out, &s->src, cli.color_err, PSL_RENDER_RDB, NULL);
	fwrite(out.buf, 1, out.len, stderr);
	strbuf_release(&out);
	if (n)
		fprintf(stderr, "%sValidation failed:%s %zu error%s\n", cli_red(true), cli_reset(true), n,
			n == 1 ? "" : "s");
	return n;
}

int cmd_validate(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	int rc = cli_parse(cli_find_command("validate"), argc, argv, &a);
	if (rc)
		goto out_args;
	if (a.npos) {
		cli_errorf("rdb validate takes no arguments (got '%s'); use --schema PATH", a.pos[0]);
		rc = EXIT_USAGE;
		goto out_args;
	}
	rc = load_schema(&a, &p, &s);
	if (rc)
		goto out_args;
	psl_schema_validate(&s);
	if (cli_print_diagnostics(&s)) {
		rc = 1;
	} else {
		printf("The schema at %s is valid.\n", p.schema_path);
		rc = 0;
	}
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_format(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	struct strbuf *out = NULL;
	size_t n = 0, changed = 0;
	bool check;
	int rc = cli_parse(cli_find_command("format"), argc, argv, &a);
	if (rc)
		goto out_args;
	if (a.npos) {
		cli_errorf("rdb format takes no arguments (got '%s'); use --schema PATH", a.pos[0]);
		rc = EXIT_USAGE;
		goto out_args;
	}
	check = cli_flag(&a, "check");
	rc = load_schema(&a, &p, &s);
	if (rc)
		goto out_args;
	n = s.src.files.len;
	out = xcalloc(n, sizeof(*out));
	for (size_t i = 0; i < n; i++)
		strbuf_init(&out[i], 0);
	if (psl_reformat(&s, 2, out) < 0) {
		cli_errorf("the schema could not be parsed, so it was not formatted");
		rc = 1;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const struct psl_source *f = &s.src.files.items[i];
		if (f->len == out[i].len && !memcmp(f->text, out[i].buf, f->len))
			continue;
		changed++;
		if (check) {
			printf("Not formatted: %s\n", f->path);
		} else if (fs_write_file_atomic(f->path, out[i].buf, out[i].len) < 0) {
			cli_errorf("cannot write %s: %s", f->path, strerror(errno));
			rc = 1;
			goto out;
		}
	}
	/* Like prisma format: format first, then report what is invalid. */
	psl_schema_validate(&s);
	if (cli_print_diagnostics(&s))
		rc = 1;
	if (check) {
		if (changed) {
			printf("%zu of %zu file%s %s not formatted. Run 'rdb format' to format %s.\n", changed, n,
			       n == 1 ? "" : "s", changed == 1 ? "is" : "are", changed == 1 ? "it" : "them");
			rc = 1;
		} else if (!rc) {
			printf("All files are formatted correctly.\n");
		}
	} else {
		printf("Formatted %s: %zu of %zu file%s changed.\n", p.schema_path, changed, n, n == 1 ? "" : "s");
	}
out:
	for (size_t i = 0; i < n; i++)
		strbuf_release(&out[i]);
	free(out);
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_schema(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct psl_schema s;
	struct arena arena;
	struct rs_schema *rs;
	struct strbuf out = STRBUF_INIT;
	int rc = cli_parse(cli_find_command("schema"), argc, argv, &a);
	if (rc)
		goto out_args;
	if (a.npos) {
		cli_errorf("rdb schema takes no arguments (got '%s'); use --schema PATH", a.pos[0]);
		rc = EXIT_USAGE;
		goto out_args;
	}
	rc = load_schema(&a, &p, &s);
	if (rc)
		goto out_args;
	arena_init(&arena);
	psl_schema_validate(&s);
	if (cli_print_diagnostics(&s) || !(rs = rs_build(&s, &arena))) {
		rc = 1;
		goto out;
	}
	if (cli_flag(&a, "json")) {
		rs_to_json(rs, &out);
	} else {
		strbuf_addf(&out, "%s schema at %s: %zu model%s, %zu enum%s, %zu relation%s\n",
			    rs->provider == RS_POSTGRESQL ? "PostgreSQL" : rs->provider == RS_MYSQL ? "MySQL" : "A",
			    p.schema_path, rs->nmodels, rs->nmodels == 1 ? "" : "s", rs->nenums, rs->nenums == 1 ? "" : "s",
			    rs->nrelations, rs->nrelations == 1 ? "" : "s");
		for (size_t m = 0; m < rs->nmodels; m++) {
			const struct rs_model *mo = &rs->models[m];
			strbuf_addf(&out, "  %s %s -> table %s%s%s (%zu fields, %zu indexes)\n", mo->is_view ? "view" : "model",
				    mo->name, mo->schema ? mo->schema : "", mo->schema ? "." : "", mo->db_name, mo->nfields,
				    mo->nindexes + (mo->pk.nfields ? 1 : 0));
		}
		strbuf_addstr(&out, "Run 'rdb schema --json' for every detail.\n");
	}
	fwrite(out.buf, 1, out.len, stdout);
	rc = 0;
out:
	strbuf_release(&out);
	arena_free(&arena);
	psl_schema_release(&s);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}
