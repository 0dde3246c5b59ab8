/*
 * typedsql.c: reads the .sql files of prisma/sql, parses their `-- @param` lines and
 * turns a statement's description into the params and columns of a
 * struct codegen_sql.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg_internal.h"
#include "typedsql.h"
#include "util/fs.h"
#include "util/strbuf.h"

int typedsql_read_dir(const char *dir, struct arena *a, struct typedsql_file **files, size_t *n,
		      struct rdb_error *err)
{
	struct fs_list l = {0};
	size_t dlen = strlen(dir), k = 0;
	*files = NULL;
	*n = 0;
	if (!fs_is_dir(dir))
		return 0;
	if (fs_list_files(dir, ".sql", &l) < 0)
		return rdb_error_set(err, RDB_ERR_IO, "cannot read %s: %s", dir, strerror(errno));
	*files = arena_alloc(a, (l.paths.len + 1) * sizeof(**files));
	for (size_t i = 0; i < l.paths.len; i++) {
		const char *path = l.paths.items[i], *base = path + dlen;
		struct strbuf sb = STRBUF_INIT;
		size_t blen;
		while (*base == '/')
			base++;
		if (strchr(base, '/'))
			continue; /* sub-folders are not part of it, as in Prisma */
		blen = strlen(base) - 4;
		if (!cg_is_identifier(base, blen)) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "%s: the file name '%.*s' must be a C identifier (letters, digits and _, not "
				      "starting with a digit): it becomes the function's name",
				      path, (int)blen, base);
			fs_list_release(&l);
			return -1;
		}
		if (fs_read_file(path, &sb) < 0) {
			rdb_error_set(err, RDB_ERR_IO, "cannot read %s: %s", path, strerror(errno));
			fs_list_release(&l);
			return -1;
		}
		(*files)[k].name = arena_strndup(a, base, blen);
		(*files)[k].path = arena_strdup(a, path);
		(*files)[k].text = arena_strndup(a, sb.buf ? sb.buf : "", sb.len);
		strbuf_release(&sb);
		k++;
	}
	*n = k;
	fs_list_release(&l);
	return 0;
}

bool typedsql_pg_scalar(const char *t, enum rs_scalar *out, bool *is_uuid)
{
	static const struct {
		const char *name;
		enum rs_scalar s;
	} map[] = {
		{"bool", RS_BOOLEAN},       {"int2", RS_INT},          {"int4", RS_INT},
		{"int8", RS_BIGINT},        {"oid", RS_BIGINT},        {"float4", RS_FLOAT},
		{"float8", RS_FLOAT},       {"numeric", RS_DECIMAL},   {"text", RS_STRING},
		{"varchar", RS_STRING},     {"bpchar", RS_STRING},     {"name", RS_STRING},
		{"char", RS_STRING},        {"citext", RS_STRING},     {"uuid", RS_STRING},
		{"json", RS_JSON},          {"jsonb", RS_JSON},        {"timestamp", RS_DATETIME},
		{"timestamptz", RS_DATETIME}, {"date", RS_DATETIME},   {"time", RS_DATETIME},
		{"timetz", RS_DATETIME},    {"bytea", RS_BYTES},
	};
	*is_uuid = false;
	for (size_t i = 0; t && i < sizeof(map) / sizeof(map[0]); i++) {
		if (!strcmp(t, map[i].name)) {
			*out = map[i].s;
			*is_uuid = !strcmp(t, "uuid");
			return true;
		}
	}
	return false;
}

/* Sets f's type from a described type; false when the client has none for it. */
static bool map_type(const struct rs_schema *rs, const struct pg_stmt_type *t, struct rs_field *f)
{
	bool uuid;
	f->enum_index = -1;
	if (t->kind == 'e') {
		f->type = RS_STRING;
		for (size_t e = 0; e < rs->nenums; e++) {
			const struct rs_enum *en = &rs->enums[e];
			if (!strcmp(en->db_name, t->name) && (!en->schema || !strcmp(en->schema, t->schema))) {
				f->type = RS_ENUM;
				f->enum_index = (int)e;
			}
		}
		return true;
	}
	if (!typedsql_pg_scalar(t->name, &f->type, &uuid))
		return false;
	if (uuid)
		f->native.name = "Uuid";
	return true;
}

static const char *type_text(struct arena *a, const struct pg_stmt_type *t)
{
	return arena_printf(a, "%s%s", t->name ? t->name : "?", t->is_array ? "[]" : "");
}

/* ---- annotations ---- */

struct param_note {
	const char *alias;   /* NULL: p<N> */
	const char *doc;
	bool nullable;
	bool typed;
	enum rs_scalar type;
	unsigned line, col;
};

static int at(struct rdb_error *err, const struct typedsql_file *f, unsigned line, unsigned col)
{
	snprintf(err->file, sizeof(err->file), "%s", f->path);
	err->line = line;
	err->col = col;
	return -1;
}

static int group_of(enum rs_scalar s)
{
	switch (s) {
	case RS_INT:
	case RS_BIGINT:
	case RS_FLOAT:
	case RS_DECIMAL: return 1;
	case RS_STRING:
	case RS_JSON:
	case RS_ENUM: return 2;
	default: return 10 + (int)s;
	}
}

static bool scalar_named(const char *s, size_t n, enum rs_scalar *out)
{
	static const enum rs_scalar all[] = {RS_INT,    RS_BIGINT, RS_FLOAT, RS_BOOLEAN, RS_STRING,
					     RS_DATETIME, RS_JSON, RS_BYTES, RS_DECIMAL};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		const char *name = rs_scalar_name(all[i]);
		if (strlen(name) == n && !strncmp(name, s, n)) {
			*out = all[i];
			return true;
		}
	}
	return false;
}

/* One "@param ..." (p points after "@param"). */
static int parse_param(const struct typedsql_file *f, const char *line_start, const char *p, unsigned line,
		       size_t nparams, struct param_note *notes, struct arena *a, struct rdb_error *err)
{
	struct param_note pn = {0};
	const char *q;
	unsigned long idx;
#define COL(ptr) ((unsigned)((ptr) - line_start) + 1)
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '{') {
		q = strchr(p, '}');
		if (!q || (strchr(p, '\n') && strchr(p, '\n') < q)) {
			rdb_error_set(err, RDB_ERR_SCHEMA, "@param: '{' without a closing '}'");
			return at(err, f, line, COL(p));
		}
		if (!scalar_named(p + 1, (size_t)(q - p - 1), &pn.type)) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "@param: unknown type {%.*s}; use one of Int, BigInt, Float, Decimal, Boolean, "
				      "String, DateTime, Json, Bytes",
				      (int)(q - p - 1), p + 1);
			return at(err, f, line, COL(p + 1));
		}
		pn.typed = true;
		p = q + 1;
		while (*p == ' ' || *p == '\t')
			p++;
	}
	if (*p != '$' || p[1] < '1' || p[1] > '9') {
		rdb_error_set(err, RDB_ERR_SCHEMA, "@param: expected the parameter's position ($1, $2, ...) here");
		return at(err, f, line, COL(p));
	}
	idx = strtoul(p + 1, (char **)&q, 10);
	if (idx > nparams) {
		rdb_error_set(err, RDB_ERR_SCHEMA, "@param: $%lu, but the statement has %zu parameter%s", idx, nparams,
			      nparams == 1 ? "" : "s");
		return at(err, f, line, COL(p));
	}
	if (notes[idx - 1].line) {
		rdb_error_set(err, RDB_ERR_SCHEMA, "@param: $%lu is annotated twice (first on line %u)", idx,
			      notes[idx - 1].line);
		return at(err, f, line, COL(p));
	}
	p = q;
	if (*p == ':') {
		const char *s = ++p;
		while (*p && *p != '?' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		if (!cg_is_identifier(s, (size_t)(p - s))) {
			rdb_error_set(err, RDB_ERR_SCHEMA, "@param: the name '%.*s' is not a C identifier", (int)(p - s), s);
			return at(err, f, line, COL(s));
		}
		pn.alias = arena_strndup(a, s, (size_t)(p - s));
	}
	if (*p == '?') {
		pn.nullable = true;
		p++;
	}
	while (*p == ' ' || *p == '\t')
		p++;
	q = p;
	while (*q && *q != '\n' && *q != '\r')
		q++;
	if (q > p)
		pn.doc = arena_strndup(a, p, (size_t)(q - p));
	pn.line = line;
	pn.col = COL(line_start);
	notes[idx - 1] = pn;
	return 0;
#undef COL
}

/* Reads the annotations and the leading comment (doc) of f. */
static int read_notes(const struct typedsql_file *f, size_t nparams, struct param_note *notes, const char **doc,
		      struct arena *a, struct rdb_error *err)
{
	struct strbuf d = STRBUF_INIT;
	bool leading = true;
	unsigned line = 1;
	for (const char *s = f->text; *s; line++) {
		const char *e = strchr(s, '\n'), *p = s;
		if (!e)
			e = s + strlen(s);
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		if (e - p >= 2 && p[0] == '-' && p[1] == '-') {
			const char *c = p + 2;
			while (c < e && (*c == ' ' || *c == '\t'))
				c++;
			if (e - c >= 6 && !strncmp(c, "@param", 6) && (e - c == 6 || c[6] == ' ' || c[6] == '\t')) {
				if (parse_param(f, s, c + 6, line, nparams, notes, a, err) < 0) {
					strbuf_release(&d);
					return -1;
				}
			} else if (leading) {
				size_t n = (size_t)(e - c);
				while (n && (c[n - 1] == '\r' || c[n - 1] == ' '))
					n--;
				if (d.len)
					strbuf_addch(&d, '\n');
				strbuf_add(&d, c, n);
			}
		} else if (p < e && *p != '\r') {
			leading = false;
		}
		s = *e ? e + 1 : e;
	}
	*doc = d.len ? arena_strndup(a, d.buf, d.len) : NULL;
	strbuf_release(&d);
	return 0;
}

int typedsql_build(const struct rs_schema *rs, const struct typedsql_file *f, const struct pg_stmt_desc *d,
		   struct arena *a, struct codegen_sql *out, struct rdb_error *err)
{
	struct param_note *notes = arena_alloc(a, (d->nparams + 1) * sizeof(*notes));
	memset(out, 0, sizeof(*out));
	out->name = f->name;
	out->path = f->path;
	out->sql = f->text;
	if (read_notes(f, d->nparams, notes, &out->doc, a, err) < 0)
		return -1;
	out->nparams = d->nparams;
	out->params = arena_alloc(a, (d->nparams + 1) * sizeof(*out->params));
	for (size_t i = 0; i < d->nparams; i++) {
		struct rs_field *p = &out->params[i];
		const struct param_note *pn = &notes[i];
		p->name = pn->alias ? pn->alias : arena_printf(a, "p%zu", i + 1);
		p->db_name = p->name;
		p->doc = pn->doc;
		if (!map_type(rs, &d->params[i], p)) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "parameter $%zu has type %s, which the C client has no type for; cast it in the "
				      "query ($%zu::text)",
				      i + 1, type_text(a, &d->params[i]), i + 1);
			return at(err, f, pn->line, pn->col);
		}
		if (pn->typed) {
			if (group_of(pn->type) != group_of(p->type)) {
				rdb_error_set(err, RDB_ERR_SCHEMA,
					      "@param: {%s} does not fit $%zu, which PostgreSQL types as %s; cast it in the "
					      "query instead ($%zu::<type>)",
					      rs_scalar_name(pn->type), i + 1, type_text(a, &d->params[i]), i + 1);
				return at(err, f, pn->line, pn->col);
			}
			/* {String} on a uuid keeps its uuid encoding; on an enum, text instead of the C enum */
			if (pn->type != RS_STRING)
				p->native.name = NULL;
			p->type = pn->type;
			p->enum_index = -1;
		}
		p->arity = d->params[i].is_array ? RS_LIST : pn->nullable ? RS_OPTIONAL : RS_REQUIRED;
	}
	out->ncols = d->ncols;
	out->cols = arena_alloc(a, (d->ncols + 1) * sizeof(*out->cols));
	for (size_t i = 0; i < d->ncols; i++) {
		const struct pg_stmt_col *c = &d->cols[i];
		struct rs_field *col = &out->cols[i];
		size_t n = strlen(c->name);
		char mark = n ? c->name[n - 1] : 0;
		if (mark == '?' || mark == '!')
			n--;
		if (!strcmp(c->name, "?column?")) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "column %zu has no name; give it one (AS name), it becomes a member of the row struct",
				      i + 1);
			return at(err, f, 0, 0);
		}
		if (!cg_is_identifier(c->name, n)) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "column \"%s\" is not a C identifier; rename it (AS name), it becomes a member of "
				      "the row struct",
				      c->name);
			return at(err, f, 0, 0);
		}
		col->name = arena_strndup(a, c->name, n);
		for (size_t k = 0; k < i; k++) {
			if (!strcmp(out->cols[k].name, col->name)) {
				rdb_error_set(err, RDB_ERR_SCHEMA,
					      "two columns are named \"%s\"; alias one of them (AS other_name)", col->name);
				return at(err, f, 0, 0);
			}
		}
		col->db_name = arena_strdup(a, c->name);
		if (c->table)
			col->doc = arena_printf(a, "%s.%s", c->table, c->column);
		if (!map_type(rs, &c->type, col)) {
			rdb_error_set(err, RDB_ERR_SCHEMA,
				      "column \"%s\" has type %s, which the C client has no type for; cast it in the "
				      "query (%s::text AS %s)",
				      col->name, type_text(a, &c->type), col->name, col->name);
			return at(err, f, 0, 0);
		}
		if (c->type.is_array)
			col->arity = RS_LIST;
		else if (mark == '!' || (mark != '?' && c->table && c->not_null))
			col->arity = RS_REQUIRED;
		else
			col->arity = RS_OPTIONAL;
	}
	return 0;
}
