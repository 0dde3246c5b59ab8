/*
 * cg_names.c: C names and C types for the generator: identifiers that are
 * not C keywords, the value forms of each Prisma scalar type (see
 * docs/client.md), doc comments, and which fields and uniques get code.
 */
#include <stdlib.h>

#include "cg_internal.h"
#include "util/util.h"

void cg_init(struct cg *g, const struct rs_schema *rs, const char *prefix)
{
	memset(g, 0, sizeof(*g));
	g->rs = rs;
	g->p = prefix && *prefix ? prefix : "db";
	arena_init(&g->arena);
	g->model_on = xcalloc(rs->nmodels + 1, sizeof(*g->model_on));
	g->fid = xcalloc(rs->nmodels + 1, sizeof(*g->fid));
	g->nscalars = xcalloc(rs->nmodels + 1, sizeof(*g->nscalars));
	for (size_t m = 0; m < rs->nmodels; m++)
		g->model_on[m] = !rs->models[m].ignored;
	for (size_t m = 0; m < rs->nmodels; m++) {
		const struct rs_model *mo = &rs->models[m];
		g->fid[m] = xcalloc(mo->nfields + 1, sizeof(int));
		for (size_t f = 0; f < mo->nfields; f++)
			g->fid[m][f] = cg_scalar_on(g, &mo->fields[f]) ? (int)g->nscalars[m]++ : -1;
	}
}

void cg_release(struct cg *g)
{
	for (size_t m = 0; m < g->rs->nmodels; m++)
		free(g->fid[m]);
	free(g->fid);
	free(g->model_on);
	free(g->nscalars);
	arena_free(&g->arena);
}

static const char *const c_keywords[] = {
	"auto", "bool", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
	"extern", "false", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
	"short", "signed", "sizeof", "static", "struct", "switch", "true", "typedef", "union", "unsigned", "void",
	"volatile", "while", "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic", "_Generic",
	"_Noreturn", "_Static_assert", "_Thread_local", "errno", "assert", "offsetof", "NULL",
};

bool cg_is_identifier(const char *s, size_t n)
{
	if (!s || !n || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

const char *cg_ident(struct cg *g, const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(c_keywords); i++)
		if (!strcmp(name, c_keywords[i]))
			return arena_printf(&g->arena, "%s_", name);
	return name;
}

bool cg_scalar_on(const struct cg *g, const struct rs_field *f)
{
	(void)g;
	return !f->is_relation && !f->ignored && f->type != RS_UNSUPPORTED;
}

bool cg_relation_on(const struct cg *g, const struct rs_field *f)
{
	return f->is_relation && !f->ignored && f->related_model >= 0 && g->model_on[f->related_model] &&
	       f->relation >= 0;
}

static bool is_uuid(const struct rs_field *f)
{
	return f->type == RS_STRING && f->native.name && !strcmp(f->native.name, "Uuid");
}

bool cg_child_key_optional(const struct cg *g, const struct rs_relation *r)
{
	return r->kind != RS_MANY_TO_MANY && r->field_a >= 0 &&
	       g->rs->models[r->model_a].fields[r->field_a].arity == RS_OPTIONAL;
}

bool cg_number_op(const struct rs_field *f)
{
	return f->arity != RS_LIST &&
	       (f->type == RS_INT || f->type == RS_BIGINT || f->type == RS_FLOAT || f->type == RS_DECIMAL);
}

const char *cg_rdb_type(const struct rs_field *f)
{
	switch (f->type) {
	case RS_BOOLEAN: return "RDB_BOOL";
	case RS_INT: return "RDB_INT32";
	case RS_BIGINT: return "RDB_INT64";
	case RS_FLOAT: return "RDB_FLOAT64";
	case RS_DECIMAL: return "RDB_DECIMAL";
	case RS_DATETIME: return "RDB_TIMESTAMP";
	case RS_JSON: return "RDB_JSON";
	case RS_BYTES: return "RDB_BYTES";
	case RS_STRING: return is_uuid(f) ? "RDB_UUID" : "RDB_TEXT";
	default: return "RDB_TEXT";
	}
}

static bool is_text(const struct rs_field *f)
{
	return f->type == RS_STRING || f->type == RS_JSON || f->type == RS_DECIMAL;
}

const char *cg_req_type(struct cg *g, const struct rs_field *f)
{
	switch (f->type) {
	case RS_BOOLEAN: return "bool";
	case RS_INT: return "int32_t";
	case RS_BIGINT: return "int64_t";
	case RS_FLOAT: return "double";
	case RS_DATETIME: return "int64_t";
	case RS_BYTES: return "struct rdb_bytes";
	case RS_ENUM: return arena_printf(&g->arena, "enum %s_%s", g->p, g->rs->enums[f->enum_index].name);
	default: return "const char *";
	}
}

static void type_space(struct strbuf *o, const char *t)
{
	strbuf_addstr(o, t);
	if (!str_ends_with(t, "*"))
		strbuf_addch(o, ' ');
}

void cg_decl(struct cg *g, struct strbuf *o, const struct rs_field *f, const char *before, const char *after)
{
	const char *t = cg_req_type(g, f), *name = cg_ident(g, f->name);
	strbuf_addstr(o, before);
	if (f->arity == RS_LIST) {
		if (is_text(f))
			strbuf_addf(o, "const char *const *%s%s%ssize_t %s_count%s", name, after, before, name, after);
		else
			strbuf_addf(o, "const %s *%s%s%ssize_t %s_count%s", t, name, after, before, name, after);
	} else if (f->arity == RS_OPTIONAL && !is_text(f)) {
		strbuf_addf(o, "const %s *%s%s", t, name, after);
	} else {
		type_space(o, t);
		strbuf_addf(o, "%s%s", name, after);
	}
}

void cg_member(struct cg *g, struct strbuf *o, const struct rs_field *f, const char *indent)
{
	cg_decl(g, o, f, indent, ";\n");
}

void cg_c_string(struct strbuf *o, const char *s)
{
	if (!s) {
		strbuf_addstr(o, "NULL");
		return;
	}
	strbuf_addch(o, '"');
	for (const char *start = s; *s; s++) {
		unsigned char c = (unsigned char)*s;
		/* "??=" would be a trigraph under -std=c11: escape the second '?' */
		if (c == '"' || c == '\\' || (c == '?' && s > start && s[-1] == '?'))
			strbuf_addf(o, "\\%c", c);
		else if (c == '\n')
			strbuf_addstr(o, s[1] ? "\\n\"\n\t\"" : "\\n");
		else if (c < 0x20 || c >= 0x7f)
			strbuf_addf(o, "\\%03o", c);
		else
			strbuf_addch(o, (char)c);
	}
	strbuf_addch(o, '"');
}

const char *cg_filter_type(struct cg *g, const struct rs_field *f)
{
	if (f->arity == RS_LIST) {
		switch (f->type) {
		case RS_BOOLEAN: return "struct rdb_bool_list_filter";
		case RS_INT: return "struct rdb_int_list_filter";
		case RS_BIGINT: return "struct rdb_bigint_list_filter";
		case RS_FLOAT: return "struct rdb_float_list_filter";
		case RS_DATETIME: return "struct rdb_datetime_list_filter";
		case RS_STRING: case RS_DECIMAL: return "struct rdb_string_list_filter";
		case RS_ENUM:
			return arena_printf(&g->arena, "struct %s_%s_list_filter", g->p, g->rs->enums[f->enum_index].name);
		default: return NULL;
		}
	}
	switch (f->type) {
	case RS_BOOLEAN: return "struct rdb_bool_filter";
	case RS_INT: return "struct rdb_int_filter";
	case RS_BIGINT: return "struct rdb_bigint_filter";
	case RS_FLOAT: return "struct rdb_float_filter";
	case RS_DATETIME: return "struct rdb_datetime_filter";
	case RS_BYTES: return "struct rdb_bytes_filter";
	case RS_DECIMAL: return "struct rdb_decimal_filter";
	case RS_STRING: return "struct rdb_string_filter";
	case RS_ENUM: return arena_printf(&g->arena, "struct %s_%s_filter", g->p, g->rs->enums[f->enum_index].name);
	default: return NULL;
	}
}

void cg_doc(struct strbuf *o, const char *doc, const char *indent)
{
	if (!doc || !*doc)
		return;
	strbuf_addf(o, "%s/**\n", indent);
	for (const char *p = doc; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		strbuf_addf(o, "%s *%s", indent, n ? " " : "");
		for (size_t i = 0; i < n; i++) {
			/* a comment must not end early */
			if (p[i] == '*' && i + 1 < n && p[i + 1] == '/')
				strbuf_addstr(o, "* ");
			else
				strbuf_addch(o, p[i]);
		}
		strbuf_addch(o, '\n');
		p += n;
		if (*p == '\n')
			p++;
	}
	strbuf_addf(o, "%s */\n", indent);
}

const char *cg_unique_name(struct cg *g, const struct rs_model *m, const struct rs_index *ix)
{
	struct strbuf sb = STRBUF_INIT;
	const char *name;
	if (ix->name)
		return ix->name;
	for (size_t i = 0; i < ix->nfields; i++) {
		if (i)
			strbuf_addch(&sb, '_');
		strbuf_addstr(&sb, m->fields[ix->fields[i].field].name);
	}
	name = arena_strndup(&g->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return name;
}

size_t cg_uniques(struct cg *g, const struct rs_model *m, const struct rs_index **out, size_t max)
{
	size_t n = 0;
	const struct rs_index *cand[256];
	size_t nc = 0;
	if (m->pk.nfields)
		cand[nc++] = &m->pk;
	for (size_t i = 0; i < m->nindexes && nc < ARRAY_SIZE(cand); i++)
		if (m->indexes[i].kind == RS_UNIQUE)
			cand[nc++] = &m->indexes[i];
	for (size_t i = 0; i < nc && n < max; i++) {
		const struct rs_index *ix = cand[i];
		bool ok = ix->nfields > 0, dup = false;
		for (size_t k = 0; k < ix->nfields; k++)
			ok &= !ix->fields[k].path && cg_scalar_on(g, &m->fields[ix->fields[k].field]) &&
			      m->fields[ix->fields[k].field].arity != RS_LIST;
		for (size_t k = 0; k < n; k++)
			dup |= !strcmp(cg_unique_name(g, m, out[k]), cg_unique_name(g, m, ix));
		if (ok && !dup)
			out[n++] = ix;
	}
	return n;
}
