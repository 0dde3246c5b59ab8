/*
 * sql_tool.c: a developer's driver for the SQL side, used by the
 * integration tests and for comparing against Prisma by hand.
 *   sql_tool describe URL [SCHEMA...]       dump the introspected schema
 *     (SQL_TOOL_INFO_SCHEMA=1: columns read as Prisma reads them)
 *   sql_tool diff FROM TO                    print the migration script
 * FROM/TO: "empty", "db:URL" (introspected, ?schema= or public),
 * "dbns:URL|ns1,ns2" to describe several schemas, or "schema:FILE" (a
 * Prisma schema file, calculated as `migrate diff --to-schema` does).
 */
#include <stdio.h>
#include <stdlib.h>

#include "migrate/calculate.h"
#include "migrate/destructive.h"
#include "migrate/diff.h"
#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "sql/pg/render.h"
#include "util/fs.h"

static struct sql_schema *load(const char *spec, struct rdb_error *err)
{
	struct sql_schema *s = NULL;
	if (!strcmp(spec, "empty")) {
		s = sql_schema_new();
		sql_schema_finalize(s);
		return s;
	}
	if (!strncmp(spec, "db:", 3) || !strncmp(spec, "dbns:", 5)) {
		bool multi = spec[2] != ':';
		char *url = xstrdup(spec + (multi ? 5 : 3));
		const char *nss[16];
		size_t nns = 0;
		char *list = NULL;
		if (multi) {
			/* dbns:URL|a,b */
			list = strrchr(url, '|');
			if (list)
				*list++ = 0;
		}
		struct pg_target t;
		if (pg_target_parse(&t, url, err) < 0) {
			free(url);
			return NULL;
		}
		PGconn *c = pg_connect(&t, NULL, err);
		if (c) {
			if (list) {
				for (char *p = list; p && nns < 16;) {
					char *comma = strchr(p, ',');
					if (comma)
						*comma = 0;
					nss[nns++] = p;
					p = comma ? comma + 1 : NULL;
				}
			} else {
				nss[nns++] = t.schema;
			}
			struct pg_describe_opts o = {nss, nns, false};
			/* SQL_TOOL_INFO_SCHEMA=1: columns through Prisma's information_schema query */
			o.info_schema_columns = getenv("SQL_TOOL_INFO_SCHEMA") && !strcmp(getenv("SQL_TOOL_INFO_SCHEMA"), "1");
			if (pg_describe(c, &o, &s, err) < 0)
				s = NULL;
			PQfinish(c);
		}
		pg_target_release(&t);
		free(url);
		return s;
	}
	if (!strncmp(spec, "schema:", 7)) {
		struct strbuf text = STRBUF_INIT;
		struct psl_schema ps;
		struct arena arena;
		struct rs_schema *rs;
		if (fs_read_file(spec + 7, &text) < 0) {
			rdb_error_set(err, RDB_ERR_IO, "cannot read %s", spec + 7);
			strbuf_release(&text);
			return NULL;
		}
		psl_schema_init(&ps);
		arena_init(&arena);
		psl_schema_add_file(&ps, spec + 7, text.buf, text.len);
		psl_schema_validate(&ps);
		rs = ps.src.errors.len ? NULL : rs_build(&ps, &arena);
		if (!rs) {
			rdb_error_set(err, RDB_ERR_SCHEMA, "%s: %s", spec + 7,
				      ps.src.errors.len ? ps.src.errors.items[0].message : "cannot resolve");
		} else {
			struct sql_calc_opts co = {"public", false};
			s = sql_calculate(rs, &co);
		}
		arena_free(&arena);
		psl_schema_release(&ps);
		strbuf_release(&text);
		return s;
	}
	rdb_error_set(err, RDB_ERR_USAGE, "unknown source %s", spec);
	return NULL;
}

int main(int argc, char **argv)
{
	struct rdb_error err = {0};
	struct strbuf out = STRBUF_INIT;
	if (argc >= 3 && !strcmp(argv[1], "describe")) {
		char spec[4096];
		snprintf(spec, sizeof(spec), "db:%s", argv[2]);
		struct sql_schema *s = load(spec, &err);
		if (!s) {
			fprintf(stderr, "error: %s\n", err.message);
			return 1;
		}
		sql_schema_dump(s, &out);
		fputs(out.buf, stdout);
		sql_schema_free(s);
		strbuf_release(&out);
		return 0;
	}
	if (argc >= 4 && !strcmp(argv[1], "diff")) {
		struct sql_schema *a = load(argv[2], &err), *b = a ? load(argv[3], &err) : NULL;
		if (!a || !b) {
			fprintf(stderr, "error: %s\n", err.message);
			return 1;
		}
		struct sql_migration *m = sql_diff(a, b, NULL);
		struct destructive_diagnostics diags = {0};
		if (argc >= 5 && !strcmp(argv[4], "--warnings"))
			destructive_pure_check(m, &diags);
		pg_render_script(m, &diags, &out);
		fputs(out.buf, stdout);
		destructive_diagnostics_release(&diags);
		sql_migration_free(m);
		sql_schema_free(a);
		sql_schema_free(b);
		strbuf_release(&out);
		return 0;
	}
	fprintf(stderr, "usage: sql_tool describe URL | diff FROM TO [--warnings]\n");
	return 2;
}
