/* pgdiff.c: migrate diff / migrate dev on PostgreSQL, from sources to script. */
#include <stdlib.h>

#include "migrate/calculate.h"
#include "migrate/diff.h"
#include "migrate/pgdiff.h"
#include "sql/pg/describe.h"
#include "sql/pg/render.h"

void pg_diff_result_init(struct pg_diff_result *r)
{
	memset(r, 0, sizeof(*r));
	strbuf_init(&r->script, 0);
	strbuf_init(&r->summary, 0);
}

void pg_diff_result_release(struct pg_diff_result *r)
{
	strbuf_release(&r->script);
	strbuf_release(&r->summary);
	destructive_diagnostics_release(&r->diagnostics);
}

/*
 * Prisma describes databases in the namespaces the schemas on either side
 * declare (their union), or in the search path schema when none do.
 */
static void namespaces(const struct pg_diff_side *from, const struct pg_diff_side *to, const struct rs_schema *extra,
		       const char *dflt, const char ***out, size_t *n)
{
	const struct rs_schema *sides[3] = {from->kind == PG_DIFF_SCHEMA ? from->rs : NULL,
					    to->kind == PG_DIFF_SCHEMA ? to->rs : NULL, extra};
	VEC(const char *) v = {0};
	for (int i = 0; i < 3; i++) {
		if (!sides[i])
			continue;
		for (size_t k = 0; k < sides[i]->nschemas; k++) {
			bool seen = false;
			for (size_t j = 0; j < v.len; j++)
				seen = seen || !strcmp(v.items[j], sides[i]->schemas[k]);
			if (!seen)
				vec_push(&v, sides[i]->schemas[k]);
		}
	}
	if (!v.len)
		vec_push(&v, dflt);
	*out = v.items;
	*n = v.len;
}

static int load(const struct pg_diff_side *side, const struct pg_diff_opts *o, const char **nss, size_t nns,
		struct sql_schema **out, struct rdb_error *err)
{
	struct sql_calc_opts co = {o->default_namespace ? o->default_namespace : "public", o->prisma7};
	struct pg_describe_opts dopts = {nss, nns, false};
	switch (side->kind) {
	case PG_DIFF_EMPTY:
		*out = sql_schema_new();
		sql_schema_finalize(*out);
		return 0;
	case PG_DIFF_SCHEMA:
		*out = sql_calculate(side->rs, &co);
		if (!*out)
			return rdb_error_set(err, RDB_ERR_USAGE, "only the postgresql provider is supported here");
		return 0;
	case PG_DIFF_DATABASE:
		return pg_describe(side->conn, &dopts, out, err);
	}
	return -1;
}

int pg_diff(const struct pg_diff_side *from, const struct pg_diff_side *to, const struct pg_diff_opts *opts,
	    struct pg_diff_result *out, struct rdb_error *err)
{
	struct pg_diff_opts dflt = {0};
	struct sql_schema *a = NULL, *b = NULL;
	struct sql_migration *m = NULL;
	const char **nss = NULL;
	size_t nns = 0;
	int ret = -1;
	if (!opts)
		opts = &dflt;
	namespaces(from, to, opts->namespaces_of, opts->default_namespace ? opts->default_namespace : "public", &nss, &nns);
	if (load(from, opts, nss, nns, &a, err) < 0 || load(to, opts, nss, nns, &b, err) < 0)
		goto out;
	m = sql_diff(a, b, NULL);
	out->nsteps = m->steps.len;
	if (opts->warnings == PG_DIFF_PURE_WARNINGS)
		destructive_pure_check(m, &out->diagnostics);
	else if (opts->warnings == PG_DIFF_DB_WARNINGS &&
		 destructive_check_db(m, opts->warnings_conn, &out->diagnostics, err) < 0)
		goto out;
	pg_render_script(m, &out->diagnostics, &out->script);
	sql_migration_summary(m, &out->summary);
	ret = 0;
out:
	sql_migration_free(m);
	sql_schema_free(a);
	sql_schema_free(b);
	free(nss);
	return ret;
}
