/*
 * introspect.c: db pull. After the naming pass (introspect_names.c), each
 * block is rendered as Prisma's datamodel renderer writes it (one line per
 * field, attributes in its order, no alignment) and the whole text goes
 * through the formatter; multi-file schemas get each block back in its file.
 */
#include "migrate/introspect_internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "psl/format.h"
#include "schema/connector.h"
#include "sql/pg/types.h"

/* ---- rendering helpers ---------------------------------------------------- */

/* psl_ast::string_literal */
static void add_text(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '"');
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		switch (ch) {
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\r': strbuf_addstr(out, "\\r"); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		default:
			if (ch < 0x20 || ch == 0x7f)
				strbuf_addf(out, "\\u%04x", ch);
			else
				strbuf_addch(out, (char)ch);
		}
	}
	strbuf_addch(out, '"');
}

static void add_doc(struct strbuf *out, const char *doc)
{
	const char *p = doc;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		strbuf_addstr(out, "///");
		if (n)
			strbuf_addch(out, ' ');
		strbuf_add(out, p, n);
		strbuf_addch(out, '\n');
		if (!nl)
			break;
		p = nl + 1;
	}
}

/* Documentation lines, Prisma's Model::documentation (no repeats). */
struct docs {
	struct strbuf text;
};

static void docs_push(struct docs *d, const char *line)
{
	if (d->text.len && strstr(d->text.buf, line))
		return;
	if (d->text.len)
		strbuf_addch(&d->text, '\n');
	strbuf_addstr(&d->text, line);
}

static void add_base64(struct strbuf *out, const unsigned char *p, size_t n)
{
	static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	strbuf_addch(out, '"');
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
		strbuf_addch(out, tbl[v >> 18 & 63]);
		strbuf_addch(out, tbl[v >> 12 & 63]);
		strbuf_addch(out, i + 1 < n ? tbl[v >> 6 & 63] : '=');
		strbuf_addch(out, i + 2 < n ? tbl[v & 63] : '=');
	}
	strbuf_addch(out, '"');
}

/* PrismaValue's Display for constants. */
static void add_value(struct ctx *c, const struct sql_value *v, int enum_id, struct strbuf *out)
{
	switch (v->kind) {
	case SQL_V_STRING:
	case SQL_V_JSON:
		add_text(out, v->s ? v->s : "");
		break;
	case SQL_V_BOOLEAN:
		strbuf_addstr(out, v->b ? "true" : "false");
		break;
	case SQL_V_ENUM: {
		const char *name = v->s;
		if (enum_id >= 0) {
			const struct sql_enum *e = &c->db->enums.items[enum_id];
			const struct rs_enum *pe = c->prev_enums[enum_id];
			bool mapped = false;
			if (pe)
				for (size_t k = 0; k < pe->nvalues && !mapped; k++)
					if (!strcmp(pe->values[k].db_name, v->s)) {
						name = pe->values[k].name;
						mapped = true;
					}
			if (!mapped && ix_needs_sanitation(v->s))
				name = ix_sanitize(&c->arena, v->s);
			(void)e;
		}
		strbuf_addstr(out, name);
		break;
	}
	case SQL_V_INT:
	case SQL_V_BIGINT:
		strbuf_addf(out, "%" PRId64, v->i);
		break;
	case SQL_V_FLOAT:
	case SQL_V_DATETIME:
		strbuf_addstr(out, v->s);
		break;
	case SQL_V_BYTES:
		add_base64(out, (const unsigned char *)v->s, v->len);
		break;
	case SQL_V_LIST:
		strbuf_addch(out, '[');
		for (size_t i = 0; i < v->nitems; i++) {
			if (i)
				strbuf_addstr(out, ", ");
			add_value(c, &v->items[i], enum_id, out);
		}
		strbuf_addch(out, ']');
		break;
	}
}

static const char *scalar_of(const struct sql_coltype *t)
{
	switch (t->family) {
	case SQL_FAM_INT: return "Int";
	case SQL_FAM_BIGINT: return "BigInt";
	case SQL_FAM_FLOAT: return "Float";
	case SQL_FAM_DECIMAL: return "Decimal";
	case SQL_FAM_BOOLEAN: return "Boolean";
	case SQL_FAM_STRING: return "String";
	case SQL_FAM_DATETIME: return "DateTime";
	case SQL_FAM_BINARY: return "Bytes";
	case SQL_FAM_JSON: return "Json";
	case SQL_FAM_UUID: return "String";
	default: return NULL;
	}
}

/* Whether the native type is the one Prisma picks for the scalar type by default. */
static bool is_default_native(const char *scalar, const struct sql_native *n)
{
	if (!strcmp(scalar, "Int")) return n->kind == PG_INTEGER;
	if (!strcmp(scalar, "BigInt")) return n->kind == PG_BIGINT;
	if (!strcmp(scalar, "Float")) return n->kind == PG_DOUBLE;
	if (!strcmp(scalar, "Decimal")) return n->kind == PG_DECIMAL && n->nargs == 2 && n->args[0] == 65 && n->args[1] == 30;
	if (!strcmp(scalar, "Boolean")) return n->kind == PG_BOOLEAN;
	if (!strcmp(scalar, "String")) return n->kind == PG_TEXT;
	if (!strcmp(scalar, "DateTime")) return n->kind == PG_TIMESTAMP && n->nargs == 1 && n->args[0] == 3;
	if (!strcmp(scalar, "Json")) return n->kind == PG_JSONB;
	if (!strcmp(scalar, "Bytes")) return n->kind == PG_BYTEA;
	return false;
}

/* The default, as the text of @default(...)'s argument; false: none. */
static bool render_default(struct ctx *c, int colid, struct strbuf *out)
{
	const struct sql_column *cl = ix_col(c, colid);
	const struct sql_default *d = cl->dflt;
	enum sql_family fam = cl->type.family;
	const struct rs_field *pf = c->prev_fields[colid];
	if ((fam == SQL_FAM_INT || fam == SQL_FAM_BIGINT) && cl->auto_increment) {
		strbuf_addstr(out, "autoincrement()");
		return true;
	}
	if (!d) {
		if ((fam != SQL_FAM_STRING && fam != SQL_FAM_UUID) || !pf)
			return false;
		switch (pf->dflt.kind) {
		case RS_DEFAULT_ULID: strbuf_addstr(out, "ulid()"); return true;
		case RS_DEFAULT_CUID:
			strbuf_addstr(out, "cuid(");
			/* the resolved schema does not say whether the version was written: 1 is the default */
			if (pf->dflt.version && pf->dflt.version != 1)
				strbuf_addf(out, "%d", pf->dflt.version);
			strbuf_addch(out, ')');
			return true;
		case RS_DEFAULT_UUID:
			strbuf_addstr(out, "uuid(");
			/* ...and 4 is uuid()'s */
			if (pf->dflt.version && pf->dflt.version != 4)
				strbuf_addf(out, "%d", pf->dflt.version);
			strbuf_addch(out, ')');
			return true;
		case RS_DEFAULT_NANOID:
			strbuf_addstr(out, "nanoid(");
			if (pf->dflt.length)
				strbuf_addf(out, "%d", pf->dflt.length);
			strbuf_addch(out, ')');
			return true;
		default:
			return false;
		}
	}
	switch (d->kind) {
	case SQL_DEF_SEQUENCE:
	case SQL_DEF_UNIQUE_ROWID:
		strbuf_addstr(out, "autoincrement()");
		return true;
	case SQL_DEF_DBGENERATED:
		strbuf_addstr(out, "dbgenerated(");
		if (d->text && d->text[0])
			add_text(out, d->text);
		strbuf_addch(out, ')');
		return true;
	case SQL_DEF_NOW:
		if (fam != SQL_FAM_DATETIME)
			return false;
		strbuf_addstr(out, "now()");
		return true;
	case SQL_DEF_VALUE:
		if (d->value.kind == SQL_V_ENUM && fam != SQL_FAM_ENUM)
			return false;
		add_value(c, &d->value, fam == SQL_FAM_ENUM ? cl->type.ref : -1, out);
		return true;
	}
	return false;
}

/* "JsonbPathOps" for "jsonb_path_ops" when Prisma knows the class by that name. */
static bool opclass_psl_name(const char *sql, bool spgist, struct strbuf *out)
{
	const char *p = sql, *back;
	bool dflt;
	size_t start = out->len;
	while (*p) {
		const char *e = strchr(p, '_');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == 6 && !strncmp(p, "minmax", 6))
			strbuf_addstr(out, "MinMax");
		else if (n == 6 && !strncmp(p, "varbit", 6))
			strbuf_addstr(out, "VarBit");
		else if (n == 11 && !strncmp(p, "timestamptz", 11))
			strbuf_addstr(out, "TimestampTz");
		else if (n == 6 && !strncmp(p, "timetz", 6))
			strbuf_addstr(out, "TimeTz");
		else if (n) {
			strbuf_addch(out, (char)(p[0] >= 'a' && p[0] <= 'z' ? p[0] - 32 : p[0]));
			strbuf_add(out, p + 1, n - 1);
		}
		p += n;
		if (*p)
			p++;
	}
	if (pg_opclass_from_psl(out->buf + start, spgist, &back, &dflt) && !strcmp(back, sql))
		return true;
	strbuf_setlen(out, start);
	return false;
}

static void render_index_field(struct ctx *c, int idx, int i, struct strbuf *out)
{
	const struct sql_schema *s = c->db;
	const struct sql_index_column *ic = sql_idx_col(s, idx, i);
	bool any = false;
	strbuf_addstr(out, c->columns[ic->column].name);
	if (ic->length) {
		strbuf_addf(out, "(length: %u", ic->length);
		any = true;
	}
	if (ic->sort == SQL_SORT_DESC) {
		strbuf_addstr(out, any ? ", sort: Desc" : "(sort: Desc");
		any = true;
	}
	if (ic->opclass && !ic->opclass_default) {
		strbuf_addstr(out, any ? ", ops: " : "(ops: ");
		any = true;
		if (ic->opclass_raw || !opclass_psl_name(ic->opclass, sql_idx(s, idx)->algo == SQL_ALGO_SPGIST, out)) {
			strbuf_addstr(out, "raw(");
			add_text(out, ic->opclass);
			strbuf_addch(out, ')');
		}
	}
	if (any)
		strbuf_addch(out, ')');
}

static const char *algo_name(enum sql_algo a)
{
	switch (a) {
	case SQL_ALGO_HASH: return "Hash";
	case SQL_ALGO_GIST: return "Gist";
	case SQL_ALGO_GIN: return "Gin";
	case SQL_ALGO_SPGIST: return "SpGist";
	case SQL_ALGO_BRIN: return "Brin";
	default: return NULL;
	}
}

/* Column database names of an index, for Prisma's default names. */
static const char **index_columns(struct ctx *c, int idx)
{
	const struct sql_index *ix = sql_idx(c->db, idx);
	const char **cols = arena_alloc(&c->arena, sizeof(char *) * (size_t)(ix->ncols + 1));
	for (int i = 0; i < ix->ncols; i++)
		cols[i] = ix_idx_col_name(c->db, idx, i);
	return cols;
}

/* The index's name when it differs from Prisma's default; NULL otherwise. */
static const char *index_map(struct ctx *c, int idx)
{
	const struct sql_index *ix = sql_idx(c->db, idx);
	const char *table = sql_tab(c->db, ix->table)->name;
	struct strbuf d = STRBUF_INIT;
	const char *res;
	if (ix->type == SQL_IDX_PRIMARY)
		psl_constraint_primary_key_name(&d, table, c->conn);
	else if (ix->type == SQL_IDX_UNIQUE)
		psl_constraint_unique_name(&d, table, index_columns(c, idx), (size_t)ix->ncols, c->conn);
	else
		psl_constraint_index_name(&d, table, index_columns(c, idx), (size_t)ix->ncols, c->conn);
	res = ix->name && ix->name[0] && strcmp(ix->name, d.buf) ? ix->name : NULL;
	strbuf_release(&d);
	return res;
}

/* ---- warnings ----------------------------------------------------------------- */

static struct introspect_warning *warning_group(struct ctx *c, const char *message)
{
	struct introspect_warning w = {0};
	for (size_t i = 0; i < c->r->warnings.len; i++)
		if (!strcmp(c->r->warnings.items[i].message, message))
			return &c->r->warnings.items[i];
	w.message = strdup(message);
	vec_push(&c->r->warnings, w);
	return &c->r->warnings.items[c->r->warnings.len - 1];
}

static void warn(struct ctx *c, const char *message, const char *item)
{
	struct introspect_warning *w = warning_group(c, message);
	vec_push(&w->items, strdup(item));
}

/* The order in which Prisma prints the groups it knows of (warnings.rs). */
static const char *const warning_order[] = {
	"These fields were enriched with `@map` information taken from the previous Prisma schema:",
	"These enum values were commented out because their names are currently not supported by Prisma. Please "
	"provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:",
	"The following models were commented out as we could not retrieve columns for them. Please check your "
	"privileges:",
	"The following models were ignored as they do not have a valid unique identifier or id. This is currently "
	"not supported by Prisma Client:",
	"These fields are not supported by Prisma Client, because Prisma currently does not support their types:",
	"These models were enriched with `@@map` information taken from the previous Prisma schema:",
	"These views were enriched with `@@map` information taken from the previous Prisma schema:",
	"These enum values were enriched with `@map` information taken from the previous Prisma schema:",
	"These enums were enriched with `@@map` information taken from the previous Prisma schema:",
	"These items were renamed due to their names being duplicates in the Prisma schema:",
	"These tables are partition tables, which are not yet fully supported:",
	"These tables are inherited tables, which are not yet fully supported:",
	"These index columns are having a non-default null sort order, which is not yet fully supported. Read "
	"more: https://pris.ly/d/non-default-index-null-ordering",
	"These tables contain row level security, which is not yet fully supported. Read more: "
	"https://pris.ly/d/row-level-security",
	"These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
	"check constraints. Read more: https://pris.ly/d/check-constraints",
	"These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
	"exclusion constraints. Read more: https://pris.ly/d/exclusion-constraints",
	"These primary key, foreign key or unique constraints are using non-default deferring in the database, "
	"which is not yet fully supported. Read more: https://pris.ly/d/constraint-deferring",
	"These objects have comments defined in the database, which is not yet fully supported. Read more: "
	"https://pris.ly/d/database-comments",
	"These indexes are not supported by Prisma Client, because Prisma currently does not fully support "
	"expression indexes. Read more: https://pris.ly/d/expression-indexes",
};
enum {
	W_REMAPPED_FIELDS, W_ENUM_VALUES, W_NO_COLUMNS, W_NO_IDENTIFIER, W_UNSUPPORTED, W_REMAPPED_MODELS, W_REMAPPED_VIEWS,
	W_REMAPPED_VALUES, W_REMAPPED_ENUMS, W_DUPLICATES,
	W_PARTITIONS, W_INHERITED, W_NULL_ORDER, W_RLS, W_CHECKS, W_EXCLUDES, W_DEFERRING, W_COMMENTS,
	W_EXPRESSION_INDEXES,
};

static void warnf(struct ctx *c, int group, const char *fmt, ...) RDB_PRINTF(3, 4);
static void warnf(struct ctx *c, int group, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	warn(c, warning_order[group], sb.buf);
	strbuf_release(&sb);
}

/* ---- models ----------------------------------------------------------------- */

static bool any_fk_col(const struct ctx *c, int fid, bool required)
{
	const struct sql_fk *fk = sql_fkey(c->db, fid);
	for (int k = 0; k < fk->ncols; k++)
		if ((ix_col(c, sql_fk_col(c->db, fid, k)->column)->type.arity == SQL_REQUIRED) == required)
			return true;
	return false;
}

/* Is there a primary key or unique index made only of the foreign key's columns? */
static bool fk_is_unique(const struct ctx *c, int fid)
{
	const struct sql_schema *s = c->db;
	const struct sql_fk *fk = sql_fkey(s, fid);
	const struct sql_table *tab = sql_tab(s, fk->table);
	for (int i = 0; i < tab->nidx; i++) {
		int idx = tab->idx_first + i;
		const struct sql_index *ix = sql_idx(s, idx);
		bool all = true;
		if (ix->type != SQL_IDX_PRIMARY && ix->type != SQL_IDX_UNIQUE)
			continue;
		for (int k = 0; k < ix->ncols && all; k++) {
			bool in = false;
			for (int j = 0; j < fk->ncols; j++)
				in = in || sql_fk_col(s, fid, j)->column == sql_idx_col(s, idx, k)->column;
			all = in;
		}
		if (all)
			return true;
	}
	return false;
}

static bool model_ignored(const struct ctx *c, int t)
{
	const struct table_info *ti = &c->tables[t];
	return (ti->prev && ti->prev->ignored) || (!ti->usable && sql_tab(c->db, t)->ncols > 0);
}

static const char *action_name(enum sql_fk_action a)
{
	switch (a) {
	case SQL_FK_NO_ACTION: return "NoAction";
	case SQL_FK_RESTRICT: return "Restrict";
	case SQL_FK_CASCADE: return "Cascade";
	case SQL_FK_SET_NULL: return "SetNull";
	case SQL_FK_SET_DEFAULT: return "SetDefault";
	}
	return "NoAction";
}

static void render_inline_relation(struct ctx *c, const struct position *p, struct strbuf *out)
{
	const struct sql_schema *s = c->db;
	const struct sql_fk *fk = sql_fkey(s, p->fk);
	const struct relation_names *n = &c->fk_names[p->fk];
	bool fw = p->dir == FORWARD;
	bool missing = !c->tables[fk->table].usable || !c->tables[fk->ref_table].usable;
	bool ignored = missing && !model_ignored(c, fw ? fk->table : fk->ref_table);
	strbuf_addf(out, "%s %s", fw ? n->forward : n->back, ix_model_type_name(c, fw ? fk->ref_table : fk->table));
	if (fw)
		strbuf_addstr(out, any_fk_col(c, p->fk, false) ? "?" : "");
	else
		strbuf_addstr(out, fk_is_unique(c, p->fk) ? "?" : "[]");
	if (fw) {
		bool required = any_fk_col(c, p->fk, true);
		const char *on_delete = NULL, *on_update = NULL;
		struct strbuf dflt = STRBUF_INIT;
		const char **cols = arena_alloc(&c->arena, sizeof(char *) * (size_t)(fk->ncols + 1));
		bool first = true;
		strbuf_addstr(out, " @relation(");
		if (n->rel[0]) {
			add_text(out, n->rel);
			first = false;
		}
		strbuf_addstr(out, first ? "fields: [" : ", fields: [");
		for (int k = 0; k < fk->ncols; k++) {
			strbuf_addstr(out, k ? ", " : "");
			strbuf_addstr(out, c->columns[sql_fk_col(s, p->fk, k)->column].name);
			cols[k] = ix_col(c, sql_fk_col(s, p->fk, k)->column)->name;
		}
		strbuf_addstr(out, "], references: [");
		for (int k = 0; k < fk->ncols; k++) {
			strbuf_addstr(out, k ? ", " : "");
			strbuf_addstr(out, c->columns[sql_fk_col(s, p->fk, k)->ref_column].name);
		}
		strbuf_addch(out, ']');
		switch (fk->on_delete) {
		case SQL_FK_SET_NULL: on_delete = required ? "SetNull" : NULL; break;
		case SQL_FK_RESTRICT: on_delete = required ? NULL : "Restrict"; break;
		default: on_delete = action_name(fk->on_delete);
		}
		on_update = fk->on_update == SQL_FK_CASCADE ? NULL : action_name(fk->on_update);
		if (on_delete)
			strbuf_addf(out, ", onDelete: %s", on_delete);
		if (on_update)
			strbuf_addf(out, ", onUpdate: %s", on_update);
		psl_constraint_foreign_key_name(&dflt, sql_tab(s, fk->table)->name, cols, (size_t)fk->ncols, c->conn);
		if (fk->name && strcmp(fk->name, dflt.buf)) {
			strbuf_addstr(out, ", map: ");
			add_text(out, fk->name);
		}
		strbuf_release(&dflt);
		strbuf_addch(out, ')');
	} else if (n->rel[0]) {
		strbuf_addstr(out, " @relation(");
		add_text(out, n->rel);
		strbuf_addch(out, ')');
	}
	if (ignored)
		strbuf_addstr(out, " @ignore");
	strbuf_addch(out, '\n');
}

static void render_m2m_relation(struct ctx *c, const struct position *p, struct strbuf *out)
{
	const struct sql_fk *fk = sql_fkey(c->db, p->fk);
	const struct relation_names *n = &c->m2m_names[fk->table];
	strbuf_addf(out, "%s %s[]", p->dir == FORWARD ? n->forward : n->back, ix_model_type_name(c, fk->ref_table));
	if (n->rel[0]) {
		strbuf_addstr(out, " @relation(");
		add_text(out, n->rel);
		strbuf_addch(out, ')');
	}
	strbuf_addch(out, '\n');
}

static bool null_position_non_default(const struct sql_index_column *ic)
{
	return (ic->sort == SQL_SORT_DESC && ic->nulls == SQL_NULLS_LAST) ||
	       (ic->sort != SQL_SORT_DESC && ic->nulls == SQL_NULLS_FIRST);
}

static void render_scalar(struct ctx *c, int t, int colid, struct strbuf *out)
{
	const struct sql_schema *s = c->db;
	const struct sql_column *cl = ix_col(c, colid);
	const struct sql_table *tab = sql_tab(s, t);
	const struct rs_field *pf = c->prev_fields[colid];
	const char *scalar = scalar_of(&cl->type);
	const char *type;
	bool unsupported = false;
	const char *name = c->columns[colid].name;
	struct strbuf dflt = STRBUF_INIT;
	int pk = sql_table_pk(s, t);
	bool commented = !ix_sanitize(&c->arena, cl->name)[0];

	if (pf && pf->doc)
		add_doc(out, pf->doc);
	if (commented) {
		add_doc(out, "This field was commented out because of an invalid name. Please provide a valid one that "
			     "matches [a-zA-Z][a-zA-Z0-9_]*");
		strbuf_addstr(out, "// ");
		name = cl->name;
	}
	if (cl->type.family == SQL_FAM_ENUM)
		type = c->enums[cl->type.ref].name;
	else if (cl->type.family == SQL_FAM_UDT)
		type = s->udts.items[cl->type.ref].name, unsupported = true;
	else if (cl->type.family == SQL_FAM_UNSUPPORTED)
		type = cl->type.unsupported, unsupported = true;
	else
		type = scalar;
	strbuf_addf(out, "%s ", name);
	if (unsupported) {
		strbuf_addstr(out, "Unsupported(");
		add_text(out, type);
		strbuf_addch(out, ')');
		warnf(c, W_UNSUPPORTED, "Model: \"%s\", field: \"%s\", original data type: \"%s\"",
		      ix_model_type_name(c, t), name, type);
	} else {
		strbuf_addstr(out, type);
	}
	strbuf_addstr(out, cl->type.arity == SQL_NULLABLE ? "?" : cl->type.arity == SQL_LIST ? "[]" : "");
	if (pf && strcmp(pf->db_name, pf->name))
		warnf(c, W_REMAPPED_FIELDS, "Model: \"%s\", field: \"%s\"", ix_model_type_name(c, t), name);
	if (pf && pf->updated_at)
		strbuf_addstr(out, " @updatedAt");
	/* @unique: a one-column unique index */
	for (int i = 0; i < tab->nidx; i++) {
		int idx = tab->idx_first + i;
		const struct sql_index *ix = sql_idx(s, idx);
		const struct sql_index_column *ic;
		const char *map;
		bool any = false;
		if (ix->type != SQL_IDX_UNIQUE || ix->ncols != 1 || sql_idx_col(s, idx, 0)->column != colid)
			continue;
		ic = sql_idx_col(s, idx, 0);
		map = index_map(c, idx);
		strbuf_addstr(out, " @unique");
		if (map) {
			strbuf_addstr(out, "(map: ");
			add_text(out, map);
			any = true;
		}
		if (ic->sort == SQL_SORT_DESC) {
			strbuf_addstr(out, any ? ", sort: Desc" : "(sort: Desc");
			any = true;
		}
		if (ic->length) {
			strbuf_addf(out, any ? ", length: %u" : "(length: %u", ic->length);
			any = true;
		}
		if (any)
			strbuf_addch(out, ')');
		break;
	}
	/* @id: a one-column primary key */
	if (pk >= 0 && sql_idx(s, pk)->ncols == 1 && sql_idx_col(s, pk, 0)->column == colid) {
		const struct sql_index_column *ic = sql_idx_col(s, pk, 0);
		const char *map = index_map(c, pk);
		bool any = false;
		strbuf_addstr(out, " @id");
		if (ic->sort == SQL_SORT_DESC) {
			strbuf_addstr(out, "(sort: Desc");
			any = true;
		}
		if (ic->length) {
			strbuf_addf(out, any ? ", length: %u" : "(length: %u", ic->length);
			any = true;
		}
		if (map) {
			strbuf_addstr(out, any ? ", map: " : "(map: ");
			add_text(out, map);
			any = true;
		}
		if (any)
			strbuf_addch(out, ')');
	}
	if (render_default(c, colid, &dflt)) {
		strbuf_addf(out, " @default(%s", dflt.buf);
		if (cl->dflt && cl->dflt->constraint_name) {
			struct strbuf dn = STRBUF_INIT;
			psl_constraint_default_name(&dn, tab->name, cl->name, c->conn);
			if (strcmp(dn.buf, cl->dflt->constraint_name)) {
				strbuf_addstr(out, ", map: ");
				add_text(out, cl->dflt->constraint_name);
			}
			strbuf_release(&dn);
		}
		strbuf_addch(out, ')');
	}
	strbuf_release(&dflt);
	if (c->columns[colid].mapped && !commented) {
		strbuf_addstr(out, " @map(");
		add_text(out, c->columns[colid].mapped);
		strbuf_addch(out, ')');
	}
	if (scalar && cl->type.native.kind && !is_default_native(scalar, &cl->type.native)) {
		const struct sql_native *n = &cl->type.native;
		strbuf_addf(out, " @%s.%s", c->ds_name, pg_type_psl_name((enum pg_type)n->kind));
		if (n->nargs == 1)
			strbuf_addf(out, "(%u)", n->args[0]);
		else if (n->nargs == 2)
			strbuf_addf(out, "(%u, %u)", n->args[0], n->args[1]);
	}
	if (pf && pf->ignored)
		strbuf_addstr(out, " @ignore");
	strbuf_addch(out, '\n');
}

static void render_model(struct ctx *c, int t, struct strbuf *out)
{
	const struct sql_schema *s = c->db;
	const struct sql_table *tab = sql_tab(s, t);
	const struct table_info *ti = &c->tables[t];
	const char *name = ti->name.name;
	struct docs d = {STRBUF_INIT};
	struct strbuf body = STRBUF_INIT;
	bool is_new = !ti->prev, ignored = model_ignored(c, t), described = false, commented = false;
	int pk = sql_table_pk(s, t);
	int *idx_order, *idx_prev, nidx_order = 0, j;

	if (ti->prev && ti->prev->doc)
		docs_push(&d, ti->prev->doc);
	if (ti->name.mapped && ti->reserved && is_new)
		docs_push(&d, arena_printf(&c->arena,
					   "This model has been renamed to '%s' during introspection, because the "
					   "original name '%s' is reserved.",
					   name, ti->name.mapped));
	if (is_new && (tab->props & SQL_TABLE_PARTITION))
		docs_push(&d, "This table is a partition table and requires additional setup for migrations. Visit "
			      "https://pris.ly/d/partition-tables for more info.");
	if (is_new && (tab->props & SQL_TABLE_HAS_SUBCLASS))
		docs_push(&d, "This table has subclasses and requires additional setup for migrations. Visit "
			      "https://pris.ly/d/table-inheritance for more info.");
	for (size_t i = 0; i < s->checks.len; i++)
		if (s->checks.items[i].table == t) {
			if (is_new)
				docs_push(&d, "This table contains check constraints and requires additional setup for "
					      "migrations. Visit https://pris.ly/d/check-constraints for more info.");
			warnf(c, W_CHECKS, "Model: \"%s\", constraint: \"%s\"", name, s->checks.items[i].name);
		}
	for (size_t i = 0; i < s->excludes.len; i++)
		if (s->excludes.items[i].table == t && is_new)
			docs_push(&d, "This table contains exclusion constraints and requires additional setup for "
				      "migrations. Visit https://pris.ly/d/exclusion-constraints for more info.");
	if (tab->ncols == 0) {
		docs_push(&d, "We could not retrieve columns for the underlying table. Either it has none or you are "
			      "missing rights to see them. Please check your privileges.");
		commented = true;
		warnf(c, W_NO_COLUMNS, "\"%s\"", name);
	} else if (!ti->usable && !(ti->prev && ti->prev->ignored)) {
		docs_push(&d, "The underlying table does not contain a valid unique identifier and can therefore "
			      "currently not be handled by Prisma Client.");
		warnf(c, W_NO_IDENTIFIER, "\"%s\"", name);
	}
	for (int i = 0; i < tab->ncols; i++)
		described = described || (ix_col(c, tab->col_first + i)->description && !c->prev_fields[tab->col_first + i]);
	if (is_new && (tab->description || described))
		docs_push(&d, "This model or at least one of its fields has comments in the database, and requires an "
			      "additional setup for migrations: Read more: https://pris.ly/d/database-comments");
	{
		bool deferring = false;
		for (int i = 0; i < tab->nidx; i++)
			deferring = deferring || sql_idx(s, tab->idx_first + i)->deferrable ||
				    sql_idx(s, tab->idx_first + i)->deferred;
		for (int i = 0; i < tab->nfk; i++)
			deferring = deferring || sql_fkey(s, tab->fk_first + i)->deferrable ||
				    sql_fkey(s, tab->fk_first + i)->deferred;
		if (is_new && deferring)
			docs_push(&d, "This model has constraints using non-default deferring rules and requires "
				      "additional setup for migrations. Visit https://pris.ly/d/constraint-deferring for "
				      "more info.");
	}
	if (is_new && (tab->props & SQL_TABLE_ROW_LEVEL_SECURITY))
		docs_push(&d, "This model contains row level security and requires additional setup for migrations. "
			      "Visit https://pris.ly/d/row-level-security for more info.");
	{
		bool nulls = false;
		for (int i = 0; i < tab->nidx; i++)
			for (int k = 0; k < sql_idx(s, tab->idx_first + i)->ncols; k++)
				nulls = nulls || null_position_non_default(sql_idx_col(s, tab->idx_first + i, k));
		if (nulls && is_new)
			docs_push(&d, "This model contains an index with non-default null sort order and requires "
				      "additional setup for migrations. Visit "
				      "https://pris.ly/d/default-index-null-ordering for more info.");
	}
	for (size_t i = 0; i < s->expression_indexes.len; i++)
		if (s->expression_indexes.items[i].table == t) {
			docs_push(&d, "This model contains an expression index which requires additional setup for "
				      "migrations. Visit https://pris.ly/d/expression-indexes for more info.");
			warnf(c, W_EXPRESSION_INDEXES, "Model: \"%s\", constraint: \"%s\"", name,
			      s->expression_indexes.items[i].name);
		}

	/* fields */
	for (int i = 0; i < tab->ncols; i++)
		render_scalar(c, t, tab->col_first + i, &body);
	for (size_t i = 0; i < c->inline_pos.len; i++)
		if (c->inline_pos.items[i].table == t && c->fk_names[c->inline_pos.items[i].fk].present)
			render_inline_relation(c, &c->inline_pos.items[i], &body);
	for (size_t i = 0; i < c->m2m_pos.len; i++)
		if (c->m2m_pos.items[i].table == t)
			render_m2m_relation(c, &c->m2m_pos.items[i], &body);
	/* @@id for a compound primary key */
	if (pk >= 0 && sql_idx(s, pk)->ncols > 1) {
		const char *map = index_map(c, pk);
		strbuf_addstr(&body, "@@id([");
		for (int k = 0; k < sql_idx(s, pk)->ncols; k++) {
			strbuf_addstr(&body, k ? ", " : "");
			render_index_field(c, pk, k, &body);
		}
		strbuf_addch(&body, ']');
		if (map) {
			strbuf_addstr(&body, ", map: ");
			add_text(&body, map);
		}
		strbuf_addstr(&body, ")\n");
	}
	/* model-level indexes: those matching the previous schema's first, in its order */
	idx_order = calloc((size_t)tab->nidx + 1, sizeof(int));
	idx_prev = calloc((size_t)tab->nidx + 1, sizeof(int));
	for (int i = 0; i < tab->nidx; i++) {
		int idx = tab->idx_first + i, pos = -1;
		const struct sql_index *ix = sql_idx(s, idx);
		if (ix->type == SQL_IDX_PRIMARY || (ix->type == SQL_IDX_UNIQUE && ix->ncols == 1))
			continue;
		for (size_t k = 0; ti->prev && k < ti->prev->nindexes && pos < 0; k++) {
			const struct rs_index *pi = &ti->prev->indexes[k];
			if ((pi->db_name && !strcmp(pi->db_name, ix->name)) || (pi->name && !strcmp(pi->name, ix->name)))
				pos = (int)k;
		}
		/* stable insertion: matched ones by previous position, before the new ones */
		for (j = nidx_order; j > 0; j--) {
			int before = idx_prev[j - 1];
			if (pos < 0 || (before >= 0 && before <= pos))
				break;
			idx_order[j] = idx_order[j - 1];
			idx_prev[j] = before;
		}
		idx_order[j] = idx;
		idx_prev[j] = pos;
		nidx_order++;
	}
	for (int i = 0; i < nidx_order; i++) {
		int idx = idx_order[i];
		const struct sql_index *ix = sql_idx(s, idx);
		const char *map, *algo;
		strbuf_addstr(&body, ix->type == SQL_IDX_UNIQUE ? "@@unique([" : "@@index([");
		for (int k = 0; k < ix->ncols; k++) {
			strbuf_addstr(&body, k ? ", " : "");
			render_index_field(c, idx, k, &body);
		}
		strbuf_addch(&body, ']');
		map = index_map(c, idx);
		if (map) {
			strbuf_addstr(&body, ", map: ");
			add_text(&body, map);
		}
		algo = algo_name(ix->algo);
		if (algo)
			strbuf_addf(&body, ", type: %s", algo);
		strbuf_addstr(&body, ")\n");
	}
	free(idx_order);
	free(idx_prev);
	if (ti->name.mapped) {
		strbuf_addstr(&body, "@@map(");
		add_text(&body, ti->name.mapped);
		strbuf_addstr(&body, ")\n");
	}
	if (ignored)
		strbuf_addstr(&body, "@@ignore\n");
	if (c->uses_namespaces && sql_table_explicit_ns(s, t)) {
		strbuf_addstr(&body, "@@schema(");
		add_text(&body, sql_table_explicit_ns(s, t));
		strbuf_addstr(&body, ")\n");
	}

	/* warnings Prisma adds per model */
	if (ti->duplicate)
		warnf(c, W_DUPLICATES, "Type: \"model\", name: \"%s\"", name);
	if (ti->prev && strcmp(ti->prev->db_name, ti->prev->name))
		warnf(c, W_REMAPPED_MODELS, "\"%s\"", name);
	if (tab->props & SQL_TABLE_PARTITION)
		warnf(c, W_PARTITIONS, "\"%s\"", name);
	if (tab->props & SQL_TABLE_HAS_SUBCLASS)
		warnf(c, W_INHERITED, "\"%s\"", name);
	if (tab->props & SQL_TABLE_ROW_LEVEL_SECURITY)
		warnf(c, W_RLS, "\"%s\"", name);
	if (tab->description)
		warnf(c, W_COMMENTS, "Type: \"model\", name: \"%s\"", name);
	for (int i = 0; i < tab->ncols; i++)
		if (ix_col(c, tab->col_first + i)->description)
			warnf(c, W_COMMENTS, "Type: \"field\", name: \"%s.%s\"", name, c->columns[tab->col_first + i].name);

	/* the block, each line commented out when the table has no columns */
	if (d.text.len)
		add_doc(out, d.text.buf);
	strbuf_addf(out, "%smodel %s {\n", commented ? "// " : "", name);
	if (body.len) {
		const char *p = body.buf;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
			if (commented)
				strbuf_addstr(out, "// ");
			strbuf_add(out, p, n);
			p += n;
		}
	}
	strbuf_addf(out, "%s}\n\n", commented ? "// " : "");
	strbuf_release(&body);
	strbuf_release(&d.text);
	c->r->nmodels++;
}

/* ---- views (the views preview feature) ------------------------------------ */

/* The previous schema's view for database view v, or NULL. */
static const struct rs_model *prev_view(const struct ctx *c, int v, int *index)
{
	const struct sql_view *vw = &c->db->views.items[v];
	const char *ns = vw->ns >= 0 ? c->db->namespaces.items[vw->ns] : NULL;
	for (size_t m = 0; c->prev && m < c->prev->nmodels; m++) {
		const struct rs_model *mo = &c->prev->models[m];
		const char *mns = ix_namespace_or_default(c, mo->schema);
		if (!mo->is_view || strcmp(mo->db_name, vw->name) || (ns && mns && strcmp(ns, mns)))
			continue;
		*index = (int)m;
		return mo;
	}
	*index = -1;
	return NULL;
}

static bool field_is_unique(const struct rs_model *mo, size_t f)
{
	for (size_t i = 0; i < mo->nindexes; i++)
		if (mo->indexes[i].kind == RS_UNIQUE && mo->indexes[i].nfields == 1 &&
		    mo->indexes[i].fields[0].field == (int)f)
			return true;
	return false;
}

/*
 * One view field: as a model's scalar field, but a view's columns are all
 * nullable in the catalog, so a field the previous schema made required
 * stays required; @unique comes from the previous schema only.
 */
static void render_view_field(struct ctx *c, const char *view, const struct rs_model *pv, int vc, struct strbuf *out)
{
	const struct sql_column *cl = &c->db->view_columns.items[vc];
	const struct rs_field *pf = NULL;
	const char *scalar = scalar_of(&cl->type), *type;
	struct name n = ix_column_name(c, cl->name);
	bool unsupported = false, required = false, unique = false;
	for (size_t f = 0; pv && f < pv->nfields; f++)
		if (!pv->fields[f].is_relation && !strcmp(pv->fields[f].db_name, cl->name)) {
			pf = &pv->fields[f];
			n.name = pf->name;
			n.mapped = strcmp(pf->db_name, pf->name) ? pf->db_name : NULL;
			required = pf->arity == RS_REQUIRED;
			unique = field_is_unique(pv, f);
			break;
		}
	if (pf && pf->doc)
		add_doc(out, pf->doc);
	if (cl->type.family == SQL_FAM_ENUM)
		type = c->enums[cl->type.ref].name;
	else if (cl->type.family == SQL_FAM_UDT)
		type = c->db->udts.items[cl->type.ref].name, unsupported = true;
	else if (cl->type.family == SQL_FAM_UNSUPPORTED)
		type = cl->type.unsupported, unsupported = true;
	else
		type = scalar;
	strbuf_addf(out, "%s ", n.name);
	if (unsupported) {
		strbuf_addstr(out, "Unsupported(");
		add_text(out, type);
		strbuf_addch(out, ')');
	} else {
		strbuf_addstr(out, type);
	}
	if (cl->type.arity == SQL_LIST)
		strbuf_addstr(out, "[]");
	else if (!(cl->type.arity == SQL_NULLABLE && required) && cl->type.arity != SQL_REQUIRED)
		strbuf_addch(out, '?');
	if (unique)
		strbuf_addstr(out, " @unique");
	if (n.mapped) {
		strbuf_addstr(out, " @map(");
		add_text(out, n.mapped);
		strbuf_addch(out, ')');
	}
	if (scalar && cl->type.native.kind && !is_default_native(scalar, &cl->type.native)) {
		const struct sql_native *nt = &cl->type.native;
		strbuf_addf(out, " @%s.%s", c->ds_name, pg_type_psl_name((enum pg_type)nt->kind));
		if (nt->nargs == 1)
			strbuf_addf(out, "(%u)", nt->args[0]);
		else if (nt->nargs == 2)
			strbuf_addf(out, "(%u, %u)", nt->args[0], nt->args[1]);
	}
	if (pf && pf->ignored)
		strbuf_addstr(out, " @ignore");
	strbuf_addch(out, '\n');
	if (n.mapped && pf)
		warnf(c, W_REMAPPED_FIELDS, "View: \"%s\", field: \"%s\"", view, n.name);
	if (cl->description)
		warnf(c, W_COMMENTS, "Type: \"field\", name: \"%s.%s\"", view, n.name);
}

static void render_view(struct ctx *c, int v, const struct rs_model *pv, struct strbuf *out)
{
	const struct sql_view *vw = &c->db->views.items[v];
	struct name n = {vw->name, NULL};
	struct docs d = {STRBUF_INIT};
	bool reserved = false, duplicate = false, described = vw->description != NULL;
	const char *ns = vw->ns >= 0 && c->uses_namespaces ? c->db->namespaces.items[vw->ns] : NULL;
	if (pv) {
		n.name = pv->name;
		n.mapped = strcmp(pv->db_name, pv->name) ? pv->db_name : NULL;
		if (pv->doc)
			docs_push(&d, pv->doc);
	} else {
		n = ix_model_name(c, vw->name, ns, &reserved, &duplicate);
		if (reserved)
			docs_push(&d, arena_printf(&c->arena,
						   "This view has been renamed to '%s' during introspection, because the "
						   "original name '%s' is reserved.",
						   n.name, vw->name));
	}
	for (size_t i = 0; i < c->db->view_columns.len; i++)
		if (c->db->view_columns.items[i].table == v && c->db->view_columns.items[i].description)
			described = true;
	if (!pv && described)
		docs_push(&d, "This view or at least one of its fields has comments in the database, and requires an "
			      "additional setup for migrations: Read more: https://pris.ly/d/database-comments");
	if (duplicate)
		warnf(c, W_DUPLICATES, "Type: \"view\", name: \"%s\"", n.name);
	if (pv && n.mapped)
		warnf(c, W_REMAPPED_VIEWS, "\"%s\"", n.name);
	if (vw->description)
		warnf(c, W_COMMENTS, "Type: \"view\", name: \"%s\"", n.name);
	if (d.text.len)
		add_doc(out, d.text.buf);
	strbuf_addf(out, "view %s {\n", n.name);
	for (size_t i = 0; i < c->db->view_columns.len; i++)
		if (c->db->view_columns.items[i].table == v)
			render_view_field(c, n.name, pv, (int)i, out);
	if (n.mapped) {
		strbuf_addstr(out, "@@map(");
		add_text(out, n.mapped);
		strbuf_addstr(out, ")\n");
	}
	if (ns) {
		strbuf_addstr(out, "@@schema(");
		add_text(out, ns);
		strbuf_addstr(out, ")\n");
	}
	if (pv && pv->ignored)
		strbuf_addstr(out, "@@ignore\n");
	strbuf_addstr(out, "}\n\n");
	strbuf_release(&d.text);
	c->r->nviews++;
}

static void render_enum(struct ctx *c, int e, struct strbuf *out)
{
	const struct sql_schema *s = c->db;
	const struct sql_enum *en = &s->enums.items[e];
	const struct rs_enum *pe = c->prev_enums[e];
	const char *ns = sql_enum_explicit_ns(s, e);
	if (pe && pe->doc)
		add_doc(out, pe->doc);
	if (!pe && en->description)
		add_doc(out, "This enum is commented in the database, and requires an additional setup for migrations: "
			     "Read more: https://pris.ly/d/database-comments");
	strbuf_addf(out, "enum %s {\n", c->enums[e].name);
	if (pe && strcmp(pe->db_name, pe->name))
		warnf(c, W_REMAPPED_ENUMS, "\"%s\"", c->enums[e].name);
	if (c->enum_duplicate[e])
		warnf(c, W_DUPLICATES, "Type: \"enum\", name: \"%s\"", c->enums[e].name);
	if (en->description)
		warnf(c, W_COMMENTS, "Type: \"enum\", name: \"%s\"", c->enums[e].name);
	for (int i = 0; i < en->nvars; i++) {
		const char *v = sql_variant_name(s, e, i);
		const char *name = v, *mapped = NULL, *doc = NULL;
		bool found = false;
		if (pe)
			for (size_t k = 0; k < pe->nvalues && !found; k++)
				if (!strcmp(pe->values[k].db_name, v)) {
					name = pe->values[k].name;
					mapped = strcmp(pe->values[k].db_name, name) ? pe->values[k].db_name : NULL;
					doc = pe->values[k].doc;
					found = true;
				}
		if (!found && !v[0]) {
			name = "EMPTY_ENUM_VALUE";
			mapped = "";
		} else if (!found && ix_needs_sanitation(v)) {
			name = ix_sanitize(&c->arena, v);
			mapped = v;
		}
		if (doc)
			add_doc(out, doc);
		if (!name[0] || ix_needs_sanitation(name)) {
			strbuf_addstr(out, "// ");
			warnf(c, W_ENUM_VALUES, "Enum: \"%s\", value: \"%s\"", c->enums[e].name, name);
		} else if (found && mapped) {
			warnf(c, W_REMAPPED_VALUES, "Enum: \"%s\", value: \"%s\"", c->enums[e].name, name);
		}
		strbuf_addstr(out, name);
		if (mapped) {
			strbuf_addstr(out, " @map(");
			add_text(out, mapped);
			strbuf_addch(out, ')');
		}
		strbuf_addch(out, '\n');
	}
	if (c->enums[e].mapped) {
		strbuf_addstr(out, "@@map(");
		add_text(out, c->enums[e].mapped);
		strbuf_addstr(out, ")\n");
	}
	if (c->uses_namespaces && ns) {
		strbuf_addstr(out, "@@schema(");
		add_text(out, ns);
		strbuf_addstr(out, ")\n");
	}
	strbuf_addstr(out, "}\n\n");
	c->r->nenums++;
}

/* ---- configuration blocks (datamodel-renderer's configuration) ------------ */

static void add_env(struct strbuf *out, const struct psl_env_string *e)
{
	if (e->env_var) {
		strbuf_addstr(out, "env(");
		add_text(out, e->env_var);
		strbuf_addch(out, ')');
	} else {
		add_text(out, e->value ? e->value : "");
	}
}

static void add_generator_value(struct strbuf *out, const struct psl_generator_value *v)
{
	switch (v->kind) {
	case PSL_GENERATOR_STRING:
		add_text(out, v->str);
		break;
	case PSL_GENERATOR_ENV:
		strbuf_addstr(out, "env(");
		add_text(out, v->str);
		strbuf_addch(out, ')');
		break;
	case PSL_GENERATOR_ARRAY:
		strbuf_addch(out, '[');
		for (size_t i = 0; i < v->n_items; i++) {
			strbuf_addstr(out, i ? ", " : "");
			add_generator_value(out, &v->items[i]);
		}
		strbuf_addch(out, ']');
		break;
	}
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp((*(const struct psl_generator_entry *const *)a)->key,
		      (*(const struct psl_generator_entry *const *)b)->key);
}

static void render_generator(const struct psl_generator *gen, struct strbuf *out)
{
	{
		const struct psl_generator_entry **sorted;
		if (gen->documentation)
			add_doc(out, gen->documentation);
		strbuf_addf(out, "generator %s {\nprovider = ", gen->name);
		add_env(out, &gen->provider);
		strbuf_addch(out, '\n');
		if (gen->output) {
			strbuf_addstr(out, "output = ");
			add_env(out, gen->output);
			strbuf_addch(out, '\n');
		}
		if (gen->has_preview_features) {
			bool first = true;
			strbuf_addstr(out, "previewFeatures = [");
			for (int f = 0; f < PSL_PF_COUNT_; f++)
				if (gen->preview_features & PSL_PF_BIT(f)) {
					strbuf_addf(out, "%s\"%s\"", first ? "" : ", ",
						    psl_preview_feature_name((enum psl_preview_feature)f));
					first = false;
				}
			strbuf_addstr(out, "]\n");
		}
		if (gen->n_binary_targets) {
			strbuf_addstr(out, "binaryTargets = [");
			for (size_t i = 0; i < gen->n_binary_targets; i++) {
				strbuf_addstr(out, i ? ", " : "");
				add_env(out, &gen->binary_targets[i]);
			}
			strbuf_addstr(out, "]\n");
		}
		sorted = calloc(gen->n_config + 1, sizeof(*sorted));
		for (size_t i = 0; i < gen->n_config; i++)
			sorted[i] = &gen->config[i];
		qsort(sorted, gen->n_config, sizeof(*sorted), cmp_entry);
		for (size_t i = 0; i < gen->n_config; i++) {
			strbuf_addf(out, "%s = ", sorted[i]->key);
			add_generator_value(out, &sorted[i]->value);
			strbuf_addch(out, '\n');
		}
		free(sorted);
		strbuf_addstr(out, "}\n\n");
	}
}

static void render_datasource(const struct psl_datasource *ds, struct strbuf *out)
{
	{
		if (ds->documentation)
			add_doc(out, ds->documentation);
		strbuf_addf(out, "datasource %s {\nprovider = ", ds->name);
		add_text(out, ds->provider);
		strbuf_addch(out, '\n');
		/* Prisma 7 keeps URLs in prisma.config.ts; one written here is kept as written */
		if (ds->url.env_var || ds->url.value) {
			strbuf_addstr(out, "url = ");
			add_env(out, &ds->url);
			strbuf_addch(out, '\n');
		}
		if (ds->direct_url) {
			strbuf_addstr(out, "directUrl = ");
			add_env(out, ds->direct_url);
			strbuf_addch(out, '\n');
		}
		if (ds->shadow_database_url) {
			strbuf_addstr(out, "shadowDatabaseUrl = ");
			add_env(out, ds->shadow_database_url);
			strbuf_addch(out, '\n');
		}
		if (ds->has_relation_mode)
			strbuf_addf(out, "relationMode = \"%s\"",
				    ds->relation_mode == PSL_RELATION_MODE_PRISMA ? "prisma" : "foreignKeys"),
				strbuf_addch(out, '\n');
		if (ds->n_namespaces) {
			strbuf_addstr(out, "schemas = [");
			for (size_t k = 0; k < ds->n_namespaces; k++) {
				strbuf_addstr(out, k ? ", " : "");
				add_text(out, ds->namespaces[k].name);
			}
			strbuf_addstr(out, "]\n");
		}
		strbuf_addstr(out, "}\n\n");
	}
}

/* ---- entry points ------------------------------------------------------------ */

void introspect_result_init(struct introspect_result *r)
{
	memset(r, 0, sizeof(*r));
	strbuf_init(&r->psl, 0);
}

void introspect_result_release(struct introspect_result *r)
{
	strbuf_release(&r->psl);
	for (size_t i = 0; i < r->files.len; i++) {
		free(r->files.items[i].path);
		strbuf_release(&r->files.items[i].text);
	}
	vec_free(&r->files);
	for (size_t i = 0; i < r->warnings.len; i++) {
		for (size_t k = 0; k < r->warnings.items[i].items.len; k++)
			free(r->warnings.items[i].items.items[k]);
		vec_free(&r->warnings.items[i].items);
		free(r->warnings.items[i].message);
	}
	vec_free(&r->warnings);
}

static int cmp_prev_order(const void *a, const void *b, const struct ctx *c)
{
	int x = *(const int *)a, y = *(const int *)b;
	int px = c->tables[x].prev_index, py = c->tables[y].prev_index;
	if (px >= 0 && py >= 0 && px != py)
		return px < py ? -1 : 1;
	if (px >= 0 && py < 0)
		return -1;
	if (px < 0 && py >= 0)
		return 1;
	return x < y ? -1 : x > y;
}

/* Stable insertion sort: models with a previous position first, in that order. */
static void order_models(const struct ctx *c, int *ids, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		int v = ids[i];
		size_t j = i;
		while (j > 0 && cmp_prev_order(&ids[j - 1], &v, c) > 0) {
			ids[j] = ids[j - 1];
			j--;
		}
		ids[j] = v;
	}
}

static bool views_enabled(const struct psl_configuration *cfg)
{
	for (size_t g = 0; cfg && g < cfg->generators.len; g++)
		if (cfg->generators.items[g].preview_features & PSL_PF_BIT(PSL_PF_VIEWS))
			return true;
	return false;
}

/* ---- files (multi-file schemas) ------------------------------------------ */

enum { SEC_CONFIG, SEC_MODELS, SEC_VIEWS, SEC_ENUMS, SEC_COUNT };

/* The file of the previous schema's top-level block `name` of this kind; -1: none. */
static int top_file(const struct psl_schema *src, enum psl_top_kind kind, const char *name)
{
	for (size_t f = 0; src && f < src->asts.len; f++)
		for (size_t i = 0; i < src->asts.items[f].tops.len; i++) {
			const struct psl_top *t = &src->asts.items[f].tops.items[i];
			const struct psl_ident *id = psl_top_name(t);
			if (t->kind == kind && id && id->name && !strcmp(id->name, name))
				return (int)f;
		}
	return -1;
}

/* Where a block goes: its previous file, else the introspection file. */
static int block_file(const struct ctx *c, enum psl_top_kind kind, const char *prev_name)
{
	int f = c->everything_new || !prev_name ? -1 : top_file(c->opts->source, kind, prev_name);
	return f >= 0 ? f : c->new_idx;
}

/*
 * A primary weight per ASCII byte after ICU's root collation, which
 * Node's String.prototype.localeCompare uses to sort the files Prisma
 * prints: punctuation and symbols in CLDR order, then digits, then letters
 * without case. Other bytes sort after all of them.
 */
static int collation_weight(unsigned char ch)
{
	static const char punct[] = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
	const char *p;
	if (ch >= '0' && ch <= '9')
		return 100 + ch - '0';
	if (ch >= 'a' && ch <= 'z')
		return 200 + ch - 'a';
	if (ch >= 'A' && ch <= 'Z')
		return 200 + ch - 'A';
	if (ch == ' ' || ch == '\t')
		return 1;
	p = ch ? strchr(punct, ch) : NULL;
	if (p)
		return 10 + (int)(p - punct);
	return 300 + ch;
}

int introspect_path_cmp(const char *a, const char *b)
{
	const char *x = a, *y = b;
	for (; *x && *y; x++, y++) {
		int wx = collation_weight((unsigned char)*x), wy = collation_weight((unsigned char)*y);
		if (wx != wy)
			return wx < wy ? -1 : 1;
	}
	if (*x || *y)
		return *x ? 1 : -1;
	/* equal without case: lower case first, as ICU's tertiary level */
	for (x = a, y = b; *x; x++, y++)
		if (*x != *y)
			return (*x >= 'a' && *x <= 'z') ? -1 : 1;
	return 0;
}

static int cmp_files(const void *a, const void *b)
{
	const struct introspect_file *x = a, *y = b;
	return introspect_path_cmp(x->path ? x->path : "", y->path ? y->path : "");
}

int introspect_schema(const struct sql_schema *db, const struct introspect_opts *opts, struct introspect_result *r,
		      struct rdb_error *err)
{
	struct ctx c = {0};
	const struct psl_datasource *ds = opts->config ? psl_config_datasource(opts->config) : NULL;
	const struct psl_schema *src = opts->source;
	int *order = NULL;
	struct strbuf *bufs = NULL, *raw = NULL, joined = STRBUF_INIT;
	size_t norder = 0, nsrc, nout;
	bool multi;
	int rc = -1;
	size_t ncols = db->columns.len, nfks = db->fks.len;

	c.db = db;
	c.opts = opts;
	c.prev = opts->prev;
	c.r = r;
	c.conn = psl_connector_for_provider("postgresql");
	c.ds_name = ds ? ds->name : "db";
	c.uses_namespaces = ds && ds->n_namespaces;
	arena_init(&c.arena);
	c.tables = arena_alloc(&c.arena, sizeof(*c.tables) * (db->tables.len + 1));
	c.columns = arena_alloc(&c.arena, sizeof(*c.columns) * (ncols + 1));
	c.prev_fields = arena_alloc(&c.arena, sizeof(*c.prev_fields) * (ncols + 1));
	c.enums = arena_alloc(&c.arena, sizeof(*c.enums) * (db->enums.len + 1));
	c.enum_duplicate = arena_alloc(&c.arena, sizeof(*c.enum_duplicate) * (db->enums.len + 1));
	c.prev_enums = arena_alloc(&c.arena, sizeof(*c.prev_enums) * (db->enums.len + 1));
	c.fk_names = arena_alloc(&c.arena, sizeof(*c.fk_names) * (nfks + 1));
	c.prev_rel = arena_alloc(&c.arena, sizeof(*c.prev_rel) * (nfks + 1));
	c.m2m_names = arena_alloc(&c.arena, sizeof(*c.m2m_names) * (db->tables.len + 1));

	/*
	 * The output files: the previous ones, plus the introspection file
	 * when there are several (Prisma's introspection_file_path). Without
	 * a previous schema (--force) all goes to the introspection file.
	 */
	nsrc = src && src->src.files.len ? src->src.files.len : 1;
	multi = src && nsrc > 1;
	nout = multi ? nsrc + 1 : 1;
	c.new_idx = multi ? (int)nsrc : 0;
	c.everything_new = !c.prev;
	for (size_t f = 0; multi && opts->new_file && f < nsrc; f++)
		if (!strcmp(src->src.files.items[f].path, opts->new_file))
			c.new_idx = (int)f;
	raw = calloc(nout * SEC_COUNT, sizeof(*raw));

	ix_name_everything(&c);

	if (opts->config) {
		for (size_t g = 0; g < opts->config->generators.len; g++) {
			const struct psl_generator *gen = &opts->config->generators.items[g];
			int f = c.everything_new || !multi ? c.new_idx : (int)gen->span.file;
			render_generator(gen, &raw[(size_t)f * SEC_COUNT + SEC_CONFIG]);
		}
		if (ds) {
			int f = c.everything_new || !multi ? c.new_idx : (int)ds->span.file;
			render_datasource(ds, &raw[(size_t)f * SEC_COUNT + SEC_CONFIG]);
		}
	}
	/*
	 * Render enums, then models, in database order (that is the order of
	 * Prisma's warnings); emit models, then enums, the previous schema's
	 * first in its order, each into its file.
	 */
	bufs = calloc(db->tables.len + db->enums.len + 1, sizeof(*bufs));
	order = calloc(db->tables.len + db->enums.len + db->views.len + 1, sizeof(int));
	for (size_t e = 0; e < db->enums.len; e++)
		render_enum(&c, (int)e, &bufs[db->tables.len + e]);
	for (size_t t = 0; t < db->tables.len; t++)
		if (!c.tables[t].skipped) {
			render_model(&c, (int)t, &bufs[t]);
			order[norder++] = (int)t;
		}
	order_models(&c, order, norder);
	for (size_t i = 0; i < norder; i++) {
		const struct rs_model *pm = c.tables[order[i]].prev;
		int f = block_file(&c, PSL_TOP_MODEL, pm ? pm->name : NULL);
		strbuf_addbuf(&raw[(size_t)f * SEC_COUNT + SEC_MODELS], &bufs[order[i]]);
	}
	norder = 0;
	if (c.prev)
		for (size_t k = 0; k < c.prev->nenums; k++)
			for (size_t e = 0; e < db->enums.len; e++)
				if (c.prev_enums[e] == &c.prev->enums[k])
					order[norder++] = (int)e;
	for (size_t e = 0; e < db->enums.len; e++)
		if (!c.prev_enums[e])
			order[norder++] = (int)e;
	for (size_t i = 0; i < norder; i++) {
		const struct rs_enum *pe = c.prev_enums[order[i]];
		int f = block_file(&c, PSL_TOP_ENUM, pe ? pe->name : NULL);
		strbuf_addbuf(&raw[(size_t)f * SEC_COUNT + SEC_ENUMS], &bufs[db->tables.len + order[i]]);
	}
	/* views, with the preview feature: the previous schema's first, in its order */
	if (views_enabled(opts->config)) {
		int *prev_idx = calloc(db->views.len + 1, sizeof(int));
		const struct rs_model **pv = calloc(db->views.len + 1, sizeof(*pv));
		norder = 0;
		for (size_t v = 0; v < db->views.len; v++) {
			pv[v] = c.everything_new ? NULL : prev_view(&c, (int)v, &prev_idx[v]);
			if (!pv[v])
				prev_idx[v] = -1;
			order[norder++] = (int)v;
		}
		for (size_t i = 1; i < norder; i++) {
			int x = order[i];
			size_t j = i;
			while (j > 0 && (prev_idx[x] >= 0 &&
					 (prev_idx[order[j - 1]] < 0 || prev_idx[order[j - 1]] > prev_idx[x]))) {
				order[j] = order[j - 1];
				j--;
			}
			order[j] = x;
		}
		for (size_t i = 0; i < norder; i++) {
			int f = block_file(&c, PSL_TOP_MODEL, pv[order[i]] ? pv[order[i]]->name : NULL);
			render_view(&c, order[i], pv[order[i]], &raw[(size_t)f * SEC_COUNT + SEC_VIEWS]);
		}
		free(prev_idx);
		free(pv);
	}
	r->empty = r->nmodels == 0 && r->nenums == 0 && r->nviews == 0;

	/* warning groups in Prisma's order */
	for (size_t i = 0; i < r->warnings.len; i++)
		for (size_t j = i + 1; j < r->warnings.len; j++) {
			size_t oi = 0, oj = 0;
			for (size_t k = 0; k < sizeof(warning_order) / sizeof(warning_order[0]); k++) {
				if (!strcmp(warning_order[k], r->warnings.items[i].message))
					oi = k;
				if (!strcmp(warning_order[k], r->warnings.items[j].message))
					oj = k;
			}
			if (oj < oi) {
				struct introspect_warning tmp = r->warnings.items[i];
				r->warnings.items[i] = r->warnings.items[j];
				r->warnings.items[j] = tmp;
			}
		}

	for (size_t f = 0; f < nout; f++) {
		struct introspect_file out = {NULL, STRBUF_INIT};
		bool existing = f < nsrc && !c.everything_new;
		strbuf_reset(&joined);
		for (int k = 0; k < SEC_COUNT; k++)
			strbuf_addbuf(&joined, &raw[f * SEC_COUNT + k]);
		/* previous files stay, even when empty; the introspection file when it got something */
		if (multi && !existing && !((int)f == c.new_idx && joined.len))
			continue;
		if (!psl_format_text(&out.text, joined.buf ? joined.buf : "", joined.len, 2)) {
			strbuf_release(&out.text);
			rdb_error_set(err, RDB_ERR_INTERNAL, "db pull rendered a schema the formatter cannot parse");
			rdb_error_hint(err, "this is a bug in rdb; please report it with the database's schema");
			goto out;
		}
		/* Prisma writes an emptied file as one newline */
		if (!out.text.len)
			strbuf_addch(&out.text, '\n');
		if (src)
			out.path = strdup(f < nsrc ? src->src.files.items[f].path
						   : opts->new_file ? opts->new_file : "introspected.prisma");
		vec_push(&r->files, out);
	}
	if (r->files.len > 1)
		qsort(r->files.items, r->files.len, sizeof(r->files.items[0]), cmp_files);
	strbuf_reset(&r->psl);
	if (r->files.len == 1)
		strbuf_addbuf(&r->psl, &r->files.items[0].text);
	rc = 0;
out:
	for (size_t i = 0; bufs && i < db->tables.len + db->enums.len; i++)
		strbuf_release(&bufs[i]);
	for (size_t i = 0; raw && i < nout * SEC_COUNT; i++)
		strbuf_release(&raw[i]);
	free(raw);
	free(bufs);
	free(order);
	strbuf_release(&joined);
	vec_free(&c.inline_pos);
	vec_free(&c.m2m_pos);
	vec_free(&c.top_names);
	arena_free(&c.arena);
	return rc;
}

void introspect_warnings_render(const struct introspect_result *r, struct strbuf *out)
{
	if (!r->warnings.len)
		return;
	strbuf_addstr(out, "*** WARNING ***\n");
	for (size_t i = 0; i < r->warnings.len; i++) {
		strbuf_addf(out, "\n%s\n", r->warnings.items[i].message);
		for (size_t k = 0; k < r->warnings.items[i].items.len; k++)
			strbuf_addf(out, "  - %s\n", r->warnings.items[i].items.items[k]);
	}
}
