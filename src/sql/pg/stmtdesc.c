/*
 * stmtdesc.c: Parse + Describe of one statement, then two catalog queries:
 * pg_type for the names of every type seen (element types of arrays
 * included) and pg_attribute for the NOT NULL flag of the table columns
 * the result reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sql/pg/conn.h"
#include "sql/pg/stmtdesc.h"
#include "util/strbuf.h"

/* err->line/col from the server's 1-based character position in sql. */
static void set_position(const char *sql, const char *pos, struct rdb_error *err)
{
	long n = pos ? strtol(pos, NULL, 10) : 0;
	unsigned line = 1, col = 1;
	if (n <= 0)
		return;
	/* The position counts characters, not bytes: skip UTF-8 continuation bytes. */
	for (const unsigned char *p = (const unsigned char *)sql; *p && n > 1; p++) {
		if ((*p & 0xC0) == 0x80)
			continue;
		n--;
		if (*p == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	err->line = line;
	err->col = col;
}

static void oid_list(struct strbuf *sb, unsigned oid)
{
	strbuf_addf(sb, "%s%u", sb->len > 1 ? "," : "", oid);
}

/* Fills name/schema/kind/is_array of every type in types[0..n) from pg_type. */
static int lookup_types(PGconn *c, struct pg_stmt_type **types, size_t n, struct arena *a, struct rdb_error *err)
{
	struct strbuf list = STRBUF_INIT;
	const char *params[1];
	PGresult *r;
	int rc;
	if (!n)
		return 0;
	strbuf_addch(&list, '{');
	for (size_t i = 0; i < n; i++)
		oid_list(&list, types[i]->oid);
	strbuf_addch(&list, '}');
	params[0] = list.buf;
	rc = pg_query(c,
		      "SELECT t.oid::text, CASE WHEN e.oid IS NULL THEN t.typname ELSE e.typname END, "
		      "CASE WHEN e.oid IS NULL THEN n.nspname ELSE en.nspname END, "
		      "CASE WHEN e.oid IS NULL THEN t.typtype ELSE e.typtype END, e.oid IS NOT NULL "
		      "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
		      "LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A' "
		      "LEFT JOIN pg_namespace en ON en.oid = e.typnamespace "
		      "WHERE t.oid = ANY($1::oid[])",
		      1, params, &r, err);
	strbuf_release(&list);
	if (rc < 0)
		return -1;
	for (int row = 0; row < PQntuples(r); row++) {
		unsigned oid = (unsigned)strtoul(PQgetvalue(r, row, 0), NULL, 10);
		for (size_t i = 0; i < n; i++) {
			if (types[i]->oid != oid)
				continue;
			types[i]->name = arena_strdup(a, PQgetvalue(r, row, 1));
			types[i]->schema = arena_strdup(a, PQgetvalue(r, row, 2));
			types[i]->kind = PQgetvalue(r, row, 3)[0];
			types[i]->is_array = PQgetvalue(r, row, 4)[0] == 't';
		}
	}
	PQclear(r);
	return 0;
}

/* Table, column name and NOT NULL of the columns read straight from a table. */
static int lookup_columns(PGconn *c, const PGresult *desc, struct pg_stmt_desc *d, struct arena *a,
			  struct rdb_error *err)
{
	struct strbuf rels = STRBUF_INIT, nums = STRBUF_INIT;
	const char *params[2];
	PGresult *r;
	int rc;
	strbuf_addch(&rels, '{');
	strbuf_addch(&nums, '{');
	for (size_t i = 0; i < d->ncols; i++) {
		if (PQftable(desc, (int)i) == 0 || PQftablecol(desc, (int)i) <= 0)
			continue;
		oid_list(&rels, PQftable(desc, (int)i));
		strbuf_addf(&nums, "%s%d", nums.len > 1 ? "," : "", PQftablecol(desc, (int)i));
	}
	strbuf_addch(&rels, '}');
	strbuf_addch(&nums, '}');
	if (rels.len == 2) {
		strbuf_release(&rels);
		strbuf_release(&nums);
		return 0;
	}
	params[0] = rels.buf;
	params[1] = nums.buf;
	rc = pg_query(c,
		      "SELECT a.attrelid::text, a.attnum::text, cl.relname, a.attname, a.attnotnull "
		      "FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid "
		      "JOIN unnest($1::oid[], $2::int2[]) AS k(rel, num) ON k.rel = a.attrelid AND k.num = a.attnum",
		      2, params, &r, err);
	strbuf_release(&rels);
	strbuf_release(&nums);
	if (rc < 0)
		return -1;
	for (int row = 0; row < PQntuples(r); row++) {
		unsigned rel = (unsigned)strtoul(PQgetvalue(r, row, 0), NULL, 10);
		int num = atoi(PQgetvalue(r, row, 1));
		for (size_t i = 0; i < d->ncols; i++) {
			if (PQftable(desc, (int)i) != rel || PQftablecol(desc, (int)i) != num)
				continue;
			d->cols[i].table = arena_strdup(a, PQgetvalue(r, row, 2));
			d->cols[i].column = arena_strdup(a, PQgetvalue(r, row, 3));
			d->cols[i].not_null = PQgetvalue(r, row, 4)[0] == 't';
		}
	}
	PQclear(r);
	return 0;
}

int pg_describe_statement(PGconn *c, const char *sql, struct arena *a, struct pg_stmt_desc *out,
			  struct rdb_error *err)
{
	PGresult *r = PQprepare(c, "", sql, 0, NULL), *desc;
	struct pg_stmt_type **types;
	size_t ntypes = 0;
	int rc;
	memset(out, 0, sizeof(*out));
	if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
		pg_result_error(r, c, err);
		if (r)
			set_position(sql, PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION), err);
		PQclear(r);
		return -1;
	}
	PQclear(r);
	desc = PQdescribePrepared(c, "");
	if (!desc || PQresultStatus(desc) != PGRES_COMMAND_OK) {
		pg_result_error(desc, c, err);
		PQclear(desc);
		return -1;
	}
	out->nparams = (size_t)PQnparams(desc);
	out->ncols = (size_t)PQnfields(desc);
	out->params = arena_alloc(a, (out->nparams + 1) * sizeof(*out->params));
	out->cols = arena_alloc(a, (out->ncols + 1) * sizeof(*out->cols));
	types = xcalloc(out->nparams + out->ncols + 1, sizeof(*types));
	for (size_t i = 0; i < out->nparams; i++) {
		out->params[i].oid = PQparamtype(desc, (int)i);
		types[ntypes++] = &out->params[i];
	}
	for (size_t i = 0; i < out->ncols; i++) {
		out->cols[i].name = arena_strdup(a, PQfname(desc, (int)i));
		out->cols[i].type.oid = PQftype(desc, (int)i);
		types[ntypes++] = &out->cols[i].type;
	}
	rc = lookup_types(c, types, ntypes, a, err);
	if (rc == 0)
		rc = lookup_columns(c, desc, out, a, err);
	free(types);
	PQclear(desc);
	return rc;
}
