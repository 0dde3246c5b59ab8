/*
 * diff.c: the schema differ (Prisma's sql_schema_differ with the PostgreSQL
 * flavour). Tables are matched by (namespace, name), columns by name, and
 * indexes and foreign keys by what they cover; whatever does not match is
 * created or dropped. The steps are then sorted the way Prisma sorts them
 * (step kind, then ids) so the script comes out in the same order.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "migrate/diff.h"
#include "sql/pg/types.h"

#define MIGRATIONS_TABLE "_prisma_migrations"

struct colpair {
	const char *name;
	int prev, next;       /* -1 when the column is only on one side */
	unsigned changes;     /* COLCHG_*, for pairs */
	enum sql_type_change tc;
};

struct tkey {
	const char *ns;       /* the table's namespace, explicit or default; may be NULL */
	const char *name;
	int prev, next;
	struct colpair *cols; /* pairs only: all columns of both sides, sorted by name */
	size_t ncols;
};

struct nskey {
	const char *name;
	int prev, next;
};

/*
 * What differs between SQL dialects in the differ (Prisma's
 * SqlSchemaDifferFlavour). Only PostgreSQL is implemented; a MySQL flavour
 * would add its own type-change table, index matching (prefix lengths) and
 * no enum steps (MySQL enums live in column types).
 */
struct differ_flavour {
	enum sql_type_change (*column_type_change)(const struct sql_coltype *prev, const struct sql_coltype *next);
	bool (*indexes_match)(const struct sql_schema *a, int ia, const struct sql_schema *b, int ib);
	bool (*table_ignored)(const char *name);
	bool enum_steps;       /* CREATE/ALTER/DROP TYPE steps */
	bool extension_steps;  /* CREATE/ALTER/DROP EXTENSION steps */
	/* indexes on a dropped and re-added column are gone: recreate them */
	bool recreate_indexes_after_column_drop;
};

struct differ {
	const struct sql_schema *a, *b;
	const struct sql_diff_opts *opts;
	const struct differ_flavour *fl;
	VEC(struct nskey) namespaces;
	VEC(struct tkey) tables;
	struct sql_migration *m;
};

/* ---- small helpers -------------------------------------------------------------- */

static int cmp_int(int a, int b)
{
	return a < b ? -1 : a > b;
}

static void push_step(struct differ *d, const struct sql_step *st)
{
	avec_push(&d->m->arena, &d->m->steps, *st);
}

static struct sql_step step(enum sql_step_kind k, int id)
{
	struct sql_step st;
	memset(&st, 0, sizeof(st));
	st.kind = k;
	st.id = id;
	st.prev = st.next = -1;
	return st;
}

static struct sql_step step_pair(enum sql_step_kind k, int prev, int next)
{
	struct sql_step st = step(k, -1);
	st.prev = prev;
	st.next = next;
	return st;
}

static bool ieq_ascii(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

/* PostGIS tables and the migrations table are never diffed. */
static bool table_ignored(const char *name)
{
	static const char *const postgis[] = {"spatial_ref_sys", "geometry_columns", "geography_columns",
					      "raster_columns", "raster_overviews"};
	if (!strcmp(name, MIGRATIONS_TABLE))
		return true;
	for (size_t i = 0; i < ARRAY_SIZE(postgis); i++)
		if (ieq_ascii(name, postgis[i]))
			return true;
	return false;
}

static bool contains_name(const char *const *list, size_t n, const char *ns, const char *name)
{
	char buf[1024];
	const char *want = name;
	if (ns) {
		snprintf(buf, sizeof(buf), "%s.%s", ns, name);
		want = buf;
	}
	for (size_t i = 0; i < n; i++)
		if (!strcmp(list[i], want))
			return true;
	return false;
}

static bool table_external(const struct differ *d, const struct sql_schema *s, int t)
{
	if (!d->opts)
		return false;
	return contains_name(d->opts->external_tables, d->opts->nexternal_tables, sql_table_ns(s, t),
			     sql_tab(s, t)->name);
}

static bool enum_external(const struct differ *d, const struct sql_schema *s, int e)
{
	if (!d->opts)
		return false;
	return contains_name(d->opts->external_enums, d->opts->nexternal_enums, sql_enum_ns(s, e),
			     s->enums.items[e].name);
}

/* ---- column changes ------------------------------------------------------------- */

static const struct sql_default *dflt(const struct sql_schema *s, int col)
{
	return sql_col(s, col)->dflt;
}

static bool is_value(const struct sql_default *d, enum sql_value_kind k)
{
	return d && d->kind == SQL_DEF_VALUE && d->value.kind == k;
}

static bool string_matches_bytes(const char *str, const char *bytes, size_t n)
{
	size_t len = strlen(str);
	if (len < 2 || str[0] != '\\' || str[1] != 'x' || len - 2 != n * 2)
		return false;
	for (size_t i = 0; i < n; i++) {
		char hex[3] = {str[2 + 2 * i], str[3 + 2 * i], 0};
		char *end;
		if (!isxdigit((unsigned char)hex[0]) || !isxdigit((unsigned char)hex[1]))
			return false;
		if ((unsigned char)strtoul(hex, &end, 16) != (unsigned char)bytes[i])
			return false;
	}
	return true;
}

static bool list_defaults_match(const struct sql_value *p, const struct sql_value *n)
{
	if (p->nitems != n->nitems)
		return false;
	for (size_t i = 0; i < p->nitems; i++) {
		const struct sql_value *x = &p->items[i], *y = &n->items[i];
		if ((x->kind == SQL_V_STRING && y->kind == SQL_V_JSON) || (x->kind == SQL_V_JSON && y->kind == SQL_V_STRING)) {
			if (!sql_json_text_eq(x->s, y->s))
				return false;
		} else if (x->kind == SQL_V_DATETIME || y->kind == SQL_V_DATETIME) {
			continue;
		} else if (x->kind == SQL_V_ENUM && y->kind == SQL_V_BYTES) {
			if (!string_matches_bytes(x->s, y->s, y->len))
				return false;
		} else if (x->kind == SQL_V_BYTES && y->kind == SQL_V_ENUM) {
			if (!string_matches_bytes(y->s, x->s, x->len))
				return false;
		} else if (!sql_value_eq(x, y)) {
			return false;
		}
	}
	return true;
}

/* The match in Prisma's column::defaults_match(), arm for arm. */
static bool defaults_match(const struct sql_schema *a, int pc, const struct sql_schema *b, int nc)
{
	const struct sql_default *p = dflt(a, pc), *n = dflt(b, nc);
	bool names_match = str_eq(p ? p->constraint_name : NULL, n ? n->constraint_name : NULL);
	bool datetime = sql_col(a, pc)->type.family == SQL_FAM_DATETIME || sql_col(b, nc)->type.family == SQL_FAM_DATETIME;
	enum sql_default_kind pk = p ? p->kind : (enum sql_default_kind)-1;
	enum sql_default_kind nk = n ? n->kind : (enum sql_default_kind)-1;
#define NONE ((enum sql_default_kind)-1)

	if (datetime && ((pk == SQL_DEF_DBGENERATED && is_value(n, SQL_V_LIST)) ||
			 (is_value(p, SQL_V_LIST) && nk == SQL_DEF_DBGENERATED)))
		return true;
	if (is_value(p, SQL_V_LIST) && is_value(n, SQL_V_LIST))
		return list_defaults_match(&p->value, &n->value);
	if ((is_value(p, SQL_V_JSON) && is_value(n, SQL_V_JSON)) || (is_value(p, SQL_V_STRING) && is_value(n, SQL_V_JSON)) ||
	    (is_value(p, SQL_V_JSON) && is_value(n, SQL_V_STRING)))
		return sql_json_text_eq(p->value.s, n->value.s) && names_match;
	if ((is_value(p, SQL_V_DATETIME) && n) || (p && is_value(n, SQL_V_DATETIME)))
		return true;
	if ((is_value(p, SQL_V_INT) && is_value(n, SQL_V_BIGINT)) || (is_value(p, SQL_V_BIGINT) && is_value(n, SQL_V_INT)))
		return p->value.i == n->value.i;
	if ((is_value(p, SQL_V_ENUM) || is_value(p, SQL_V_STRING)) && (is_value(n, SQL_V_STRING) || is_value(n, SQL_V_ENUM)))
		return !strcmp(p->value.s, n->value.s) && names_match;
	if (pk == SQL_DEF_VALUE && nk == SQL_DEF_VALUE)
		return sql_value_eq(&p->value, &n->value) && names_match;
	if (pk == SQL_DEF_VALUE && (nk == SQL_DEF_NOW || nk == NONE))
		return false;
	if (pk == SQL_DEF_NOW && nk == SQL_DEF_NOW)
		return true;
	if (pk == SQL_DEF_NOW && (nk == NONE || nk == SQL_DEF_VALUE))
		return false;
	if (pk == SQL_DEF_DBGENERATED && (nk == SQL_DEF_VALUE || nk == SQL_DEF_NOW || nk == NONE))
		return false;
	if (nk == SQL_DEF_DBGENERATED && !n->text)
		return true;
	if (pk == SQL_DEF_SEQUENCE && nk == NONE)
		return true; /* sequences are dropped separately */
	if (pk == SQL_DEF_SEQUENCE && (nk == SQL_DEF_VALUE || nk == SQL_DEF_NOW))
		return false;
	if (pk == SQL_DEF_UNIQUE_ROWID && nk == SQL_DEF_UNIQUE_ROWID)
		return true;
	if (pk == SQL_DEF_UNIQUE_ROWID || nk == SQL_DEF_UNIQUE_ROWID)
		return false;
	if (pk == NONE && nk == NONE)
		return true;
	if (pk == NONE && (nk == SQL_DEF_VALUE || nk == SQL_DEF_NOW))
		return false;
	if (pk == SQL_DEF_DBGENERATED && p->text && nk == SQL_DEF_DBGENERATED && n->text)
		return ieq_ascii(p->text, n->text) && names_match;
	if (nk == SQL_DEF_DBGENERATED)
		return false;
	return true; /* (_, Sequence) */
#undef NONE
}

static const char *enum_name_of(const struct sql_schema *s, int col)
{
	const struct sql_column *c = sql_col(s, col);
	return c->type.family == SQL_FAM_ENUM ? s->enums.items[c->type.ref].name : NULL;
}

/* The PostgreSQL flavour's column_type_change(): enums first, then native types. */
static enum sql_type_change column_type_change(const struct differ *d, int pc, int nc)
{
	const struct sql_schema *a = d->a, *b = d->b;
	const struct sql_column *p = sql_col(a, pc), *n = sql_col(b, nc);
	bool pe = p->type.family == SQL_FAM_ENUM, ne = n->type.family == SQL_FAM_ENUM;
	if (pe && ne) {
		if (!strcmp(a->enums.items[p->type.ref].name, b->enums.items[n->type.ref].name) &&
		    str_eq(sql_enum_ns(a, p->type.ref), sql_enum_ns(b, n->type.ref)))
			return SQL_TC_NONE;
		return SQL_TC_NOT_CASTABLE;
	}
	if (pe || ne)
		return SQL_TC_NOT_CASTABLE;
	return d->fl->column_type_change(&p->type, &n->type);
}

static void column_changes(const struct differ *d, struct colpair *cp)
{
	const struct sql_column *p = sql_col(d->a, cp->prev), *n = sql_col(d->b, cp->next);
	cp->tc = column_type_change(d, cp->prev, cp->next);
	cp->changes = 0;
	if (p->type.arity != n->type.arity)
		cp->changes |= COLCHG_ARITY;
	if (cp->tc != SQL_TC_NONE)
		cp->changes |= COLCHG_TYPE;
	if (!defaults_match(d->a, cp->prev, d->b, cp->next))
		cp->changes |= COLCHG_DEFAULT;
	if (p->auto_increment != n->auto_increment)
		cp->changes |= COLCHG_AUTOINCREMENT;
}

static const struct colpair *find_colpair(const struct tkey *t, int prev, int next)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].prev == prev && t->cols[i].next == next)
			return &t->cols[i];
	return NULL;
}

/* ---- building the differ database ------------------------------------------------- */

static int colpair_cmp(const void *x, const void *y)
{
	return strcmp(((const struct colpair *)x)->name, ((const struct colpair *)y)->name);
}

static void fill_columns(struct differ *d, struct tkey *t)
{
	const struct sql_table *pa = sql_tab(d->a, t->prev), *nb = sql_tab(d->b, t->next);
	size_t cap = (size_t)pa->ncols + (size_t)nb->ncols, n = 0;
	struct colpair *cols = arena_alloc(&d->m->arena, (cap ? cap : 1) * sizeof(*cols));
	for (int i = 0; i < pa->ncols; i++) {
		cols[n].name = sql_col(d->a, pa->col_first + i)->name;
		cols[n].prev = pa->col_first + i;
		cols[n].next = -1;
		n++;
	}
	for (int i = 0; i < nb->ncols; i++) {
		const char *name = sql_col(d->b, nb->col_first + i)->name;
		size_t k;
		for (k = 0; k < n; k++)
			if (!strcmp(cols[k].name, name))
				break;
		if (k == n) {
			cols[n].name = name;
			cols[n].prev = -1;
			n++;
		}
		cols[k].next = nb->col_first + i;
	}
	qsort(cols, n, sizeof(*cols), colpair_cmp);
	for (size_t i = 0; i < n; i++)
		if (cols[i].prev >= 0 && cols[i].next >= 0)
			column_changes(d, &cols[i]);
	t->cols = cols;
	t->ncols = n;
}

static void build(struct differ *d)
{
	for (size_t i = 0; i < d->a->namespaces.len; i++) {
		struct nskey k = {d->a->namespaces.items[i], (int)i, -1};
		avec_push(&d->m->arena, &d->namespaces, k);
	}
	for (size_t i = 0; i < d->b->namespaces.len; i++) {
		size_t k;
		for (k = 0; k < d->namespaces.len; k++)
			if (!strcmp(d->namespaces.items[k].name, d->b->namespaces.items[i]))
				break;
		if (k == d->namespaces.len) {
			struct nskey nk = {d->b->namespaces.items[i], -1, -1};
			avec_push(&d->m->arena, &d->namespaces, nk);
		}
		d->namespaces.items[k].next = (int)i;
	}
	for (size_t i = 0; i < d->a->tables.len; i++) {
		if (d->fl->table_ignored(d->a->tables.items[i].name))
			continue;
		struct tkey k = {sql_table_ns(d->a, (int)i), d->a->tables.items[i].name, (int)i, -1, NULL, 0};
		avec_push(&d->m->arena, &d->tables, k);
	}
	for (size_t i = 0; i < d->b->tables.len; i++) {
		const char *ns = sql_table_ns(d->b, (int)i), *name = d->b->tables.items[i].name;
		size_t k;
		if (d->fl->table_ignored(name))
			continue;
		for (k = 0; k < d->tables.len; k++)
			if (str_eq(d->tables.items[k].ns, ns) && !strcmp(d->tables.items[k].name, name))
				break;
		if (k == d->tables.len) {
			struct tkey nk = {ns, name, -1, -1, NULL, 0};
			avec_push(&d->m->arena, &d->tables, nk);
		}
		d->tables.items[k].next = (int)i;
		if (d->tables.items[k].prev >= 0)
			fill_columns(d, &d->tables.items[k]);
	}
}

/* A table present on both sides (and not external). */
static bool is_pair(const struct differ *d, const struct tkey *t)
{
	if (t->prev < 0 || t->next < 0)
		return false;
	return !(table_external(d, d->a, t->prev) && table_external(d, d->b, t->next));
}

/* ---- indexes and foreign keys --------------------------------------------------- */

static enum sql_sort sort_or_asc(enum sql_sort s)
{
	return s == SQL_SORT_NONE ? SQL_SORT_ASC : s;
}

/* The PostgreSQL flavour: same access method, compatible operator classes. */
static bool pg_indexes_match(const struct sql_schema *a, int ia, const struct sql_schema *b, int ib)
{
	const struct sql_index *x = sql_idx(a, ia), *y = sql_idx(b, ib);
	if (x->ncols != y->ncols || x->algo != y->algo)
		return false;
	for (int i = 0; i < x->ncols; i++) {
		const struct sql_index_column *p = sql_idx_col(a, ia, i), *n = sql_idx_col(b, ib, i);
		if (str_eq(p->opclass, n->opclass) && p->opclass_raw == n->opclass_raw)
			continue;
		/* a calculated index leaves a type's default class unnamed */
		if ((!p->opclass && n->opclass && n->opclass_default) || (!n->opclass && p->opclass && p->opclass_default))
			continue;
		return false;
	}
	return true;
}

/* Two indexes that only differ by name. */
static bool indexes_match(const struct differ *d, int ia, int ib)
{
	const struct sql_schema *a = d->a, *b = d->b;
	const struct sql_index *x = sql_idx(a, ia), *y = sql_idx(b, ib);
	if (x->ncols != y->ncols)
		return false;
	for (int i = 0; i < x->ncols; i++) {
		const struct sql_index_column *p = sql_idx_col(a, ia, i), *n = sql_idx_col(b, ib, i);
		if (strcmp(sql_col(a, p->column)->name, sql_col(b, n->column)->name) || p->length != n->length ||
		    sort_or_asc(p->sort) != sort_or_asc(n->sort))
			return false;
	}
	return x->type == y->type && d->fl->indexes_match(a, ia, b, ib);
}

static bool fks_match(const struct differ *d, const struct tkey *t, int fa, int fb)
{
	const struct sql_fk *x = sql_fkey(d->a, fa), *y = sql_fkey(d->b, fb);
	if (strcmp(sql_tab(d->a, x->ref_table)->name, sql_tab(d->b, y->ref_table)->name))
		return false;
	if (x->ncols != y->ncols)
		return false;
	for (int i = 0; i < x->ncols; i++) {
		int pc = sql_fk_col(d->a, fa, i)->column, nc = sql_fk_col(d->b, fb, i)->column;
		if (strcmp(sql_col(d->a, pc)->name, sql_col(d->b, nc)->name))
			return false;
		const struct colpair *cp = find_colpair(t, pc, nc);
		if (cp && (cp->changes & COLCHG_TYPE))
			return false;
		if (strcmp(sql_col(d->a, sql_fk_col(d->a, fa, i)->ref_column)->name,
			   sql_col(d->b, sql_fk_col(d->b, fb, i)->ref_column)->name))
			return false;
	}
	return x->on_delete == y->on_delete && x->on_update == y->on_update;
}

static bool is_m2m_fk(const struct sql_schema *s, int fk)
{
	int t = sql_fkey(s, fk)->table;
	return sql_tab(s, t)->ncols == 2 && sql_table_column(s, t, "A") >= 0 && sql_table_column(s, t, "B") >= 0;
}

/* ---- primary keys --------------------------------------------------------------- */

static bool primary_key_changed(const struct differ *d, const struct tkey *t)
{
	int pa = sql_table_pk(d->a, t->prev), pb = sql_table_pk(d->b, t->next);
	if (pa < 0 || pb < 0)
		return false;
	const struct sql_index *x = sql_idx(d->a, pa), *y = sql_idx(d->b, pb);
	if (x->ncols != y->ncols)
		return true;
	for (int i = 0; i < x->ncols; i++) {
		const struct sql_index_column *p = sql_idx_col(d->a, pa, i), *n = sql_idx_col(d->b, pb, i);
		if (strcmp(sql_col(d->a, p->column)->name, sql_col(d->b, n->column)->name) ||
		    sort_or_asc(p->sort) != sort_or_asc(n->sort) || p->length != n->length)
			return true;
	}
	/* a primary key column changing type */
	for (size_t i = 0; i < t->ncols; i++) {
		const struct colpair *cp = &t->cols[i];
		if (cp->prev < 0 || cp->next < 0 || !(cp->changes & COLCHG_TYPE))
			continue;
		for (int k = 0; k < x->ncols; k++)
			if (!strcmp(sql_col(d->a, sql_idx_col(d->a, pa, k)->column)->name, cp->name))
				return true;
	}
	return false;
}

/* ---- step producers ------------------------------------------------------------- */

static bool namespace_external(const struct differ *d, const char *ns)
{
	/* external when every table in it is external (vacuously: no tables) and no enum is created in it */
	bool all_external = true;
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (!str_eq(t->ns, ns))
			continue;
		if (!d->opts || !contains_name(d->opts->external_tables, d->opts->nexternal_tables, t->ns, t->name)) {
			all_external = false;
			break;
		}
	}
	if (!all_external)
		return false;
	for (size_t e = 0; e < d->b->enums.len; e++) {
		if (enum_external(d, d->b, (int)e) || !str_eq(sql_enum_ns(d->b, (int)e), ns))
			continue;
		bool created = true;
		for (size_t p = 0; p < d->a->enums.len; p++)
			if (!enum_external(d, d->a, (int)p) && !strcmp(d->a->enums.items[p].name, d->b->enums.items[e].name) &&
			    str_eq(sql_enum_ns(d->a, (int)p), sql_enum_ns(d->b, (int)e)))
				created = false;
		if (created)
			return false;
	}
	return true;
}

static void push_created_schemas(struct differ *d)
{
	for (size_t i = 0; i < d->namespaces.len; i++) {
		const struct nskey *k = &d->namespaces.items[i];
		if (k->prev < 0 && k->next >= 0 && !namespace_external(d, k->name))
			push_step(d, &(struct sql_step){.kind = STEP_CREATE_SCHEMA, .id = k->next, .prev = -1, .next = -1});
	}
}

static void push_created_tables(struct differ *d)
{
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (t->prev >= 0 || t->next < 0 || table_external(d, d->b, t->next))
			continue;
		const struct sql_table *tb = sql_tab(d->b, t->next);
		push_step(d, &(struct sql_step){.kind = STEP_CREATE_TABLE, .id = t->next, .prev = -1, .next = -1});
		for (int f = 0; f < tb->nfk; f++)
			push_step(d, &(struct sql_step){.kind = STEP_ADD_FOREIGN_KEY, .id = tb->fk_first + f, .prev = -1, .next = -1});
		for (int x = 0; x < tb->nidx; x++) {
			int id = tb->idx_first + x;
			if (sql_idx(d->b, id)->type == SQL_IDX_PRIMARY)
				continue;
			struct sql_step st = step(STEP_CREATE_INDEX, id);
			st.next = t->next;
			push_step(d, &st);
		}
	}
}

static void push_dropped_tables(struct differ *d)
{
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (t->next >= 0 || t->prev < 0 || table_external(d, d->a, t->prev))
			continue;
		const struct sql_table *ta = sql_tab(d->a, t->prev);
		push_step(d, &(struct sql_step){.kind = STEP_DROP_TABLE, .id = t->prev, .prev = -1, .next = -1});
		for (int f = 0; f < ta->nfk; f++)
			push_step(d, &(struct sql_step){.kind = STEP_DROP_FOREIGN_KEY, .id = ta->fk_first + f, .prev = -1, .next = -1});
	}
}

static bool index_in_next(const struct differ *d, int ia, const struct sql_table *nb)
{
	for (int x = 0; x < nb->nidx; x++) {
		int ib = nb->idx_first + x;
		if (sql_idx(d->b, ib)->type != SQL_IDX_PRIMARY && indexes_match(d, ia, ib))
			return true;
	}
	return false;
}

static bool index_in_prev(const struct differ *d, int ib, const struct sql_table *pa)
{
	for (int x = 0; x < pa->nidx; x++) {
		int ia = pa->idx_first + x;
		if (sql_idx(d->a, ia)->type != SQL_IDX_PRIMARY && indexes_match(d, ia, ib))
			return true;
	}
	return false;
}

static void push_dropped_indexes(struct differ *d)
{
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (!is_pair(d, t))
			continue;
		const struct sql_table *pa = sql_tab(d->a, t->prev), *nb = sql_tab(d->b, t->next);
		for (int x = 0; x < pa->nidx; x++) {
			int ia = pa->idx_first + x;
			if (sql_idx(d->a, ia)->type != SQL_IDX_PRIMARY && !index_in_next(d, ia, nb))
				push_step(d, &(struct sql_step){.kind = STEP_DROP_INDEX, .id = ia, .prev = -1, .next = -1});
		}
	}
}

/* Index pairs that may be renamed: previous indexes without an identical twin. */
static int index_pair_next(const struct differ *d, int ia, const struct sql_table *pa, const struct sql_table *nb)
{
	const struct sql_index *x = sql_idx(d->a, ia);
	int twins = 0;
	for (int k = 0; k < pa->nidx; k++) {
		int ja = pa->idx_first + k;
		const struct sql_index *y = sql_idx(d->a, ja);
		if (y->type == SQL_IDX_PRIMARY || y->ncols != x->ncols || y->type != x->type)
			continue;
		bool same = true;
		for (int c = 0; c < x->ncols && same; c++)
			same = !strcmp(sql_col(d->a, sql_idx_col(d->a, ia, c)->column)->name,
				       sql_col(d->a, sql_idx_col(d->a, ja, c)->column)->name);
		twins += same;
	}
	if (twins != 1)
		return -1;
	for (int k = 0; k < nb->nidx; k++) {
		int ib = nb->idx_first + k;
		if (sql_idx(d->b, ib)->type != SQL_IDX_PRIMARY && indexes_match(d, ia, ib))
			return ib;
	}
	return -1;
}

static void push_created_indexes(struct differ *d)
{
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (!is_pair(d, t))
			continue;
		const struct sql_table *pa = sql_tab(d->a, t->prev), *nb = sql_tab(d->b, t->next);
		for (int x = 0; x < nb->nidx; x++) {
			int ib = nb->idx_first + x;
			if (sql_idx(d->b, ib)->type == SQL_IDX_PRIMARY || index_in_prev(d, ib, pa))
				continue;
			struct sql_step st = step_pair(STEP_CREATE_INDEX, t->prev, t->next);
			st.id = ib;
			push_step(d, &st);
		}
		/* PostgreSQL drops the indexes of a dropped column: recreate them */
		for (int x = 0; d->fl->recreate_indexes_after_column_drop && x < pa->nidx; x++) {
			int ia = pa->idx_first + x;
			if (sql_idx(d->a, ia)->type == SQL_IDX_PRIMARY)
				continue;
			int ib = index_pair_next(d, ia, pa, nb);
			if (ib < 0)
				continue;
			bool recreated = false;
			for (int c = 0; c < sql_idx(d->b, ib)->ncols && !recreated; c++) {
				int col = sql_idx_col(d->b, ib, c)->column;
				for (size_t k = 0; k < t->ncols; k++)
					if (t->cols[k].next == col && t->cols[k].prev >= 0 && t->cols[k].tc == SQL_TC_NOT_CASTABLE)
						recreated = true;
			}
			if (recreated) {
				struct sql_step st = step_pair(STEP_CREATE_INDEX, t->prev, t->next);
				st.id = ib;
				st.from_drop_and_recreate = true;
				push_step(d, &st);
			}
		}
	}
}

static enum column_type_change ctc(enum sql_type_change tc)
{
	switch (tc) {
	case SQL_TC_SAFE: return CTC_SAFE;
	case SQL_TC_RISKY: return CTC_RISKY;
	case SQL_TC_NOT_CASTABLE: return CTC_NOT_CASTABLE;
	default: return CTC_NONE;
	}
}

static int alter_cmp(const void *x, const void *y)
{
	const struct table_change *a = x, *b = y;
	int c = cmp_int(a->prev, b->prev);
	return c ? c : cmp_int(a->next, b->next);
}

static void push_altered_tables(struct differ *d)
{
	for (size_t i = 0; i < d->tables.len; i++) {
		struct tkey *t = &d->tables.items[i];
		if (!is_pair(d, t))
			continue;
		const struct sql_table *pa = sql_tab(d->a, t->prev), *nb = sql_tab(d->b, t->next);

		/* foreign keys */
		for (int f = 0; f < nb->nfk; f++) {
			bool found = false;
			for (int g = 0; g < pa->nfk && !found; g++)
				found = fks_match(d, t, pa->fk_first + g, nb->fk_first + f);
			if (!found)
				push_step(d, &(struct sql_step){.kind = STEP_ADD_FOREIGN_KEY, .id = nb->fk_first + f, .prev = -1, .next = -1});
		}
		for (int g = 0; g < pa->nfk; g++) {
			bool found = false;
			for (int f = 0; f < nb->nfk && !found; f++)
				found = fks_match(d, t, pa->fk_first + g, nb->fk_first + f);
			if (!found)
				push_step(d, &(struct sql_step){.kind = STEP_DROP_FOREIGN_KEY, .id = pa->fk_first + g, .prev = -1, .next = -1});
		}
		{
			bool *seen = xcalloc((size_t)nb->nfk + 1, 1);
			for (int g = 0; g < pa->nfk; g++) {
				int fa = pa->fk_first + g;
				for (int f = 0; f < nb->nfk; f++) {
					int fb = nb->fk_first + f;
					if (seen[f] || !fks_match(d, t, fa, fb))
						continue;
					seen[f] = true;
					const char *na = sql_fkey(d->a, fa)->name, *nn = sql_fkey(d->b, fb)->name;
					if (na && nn && strcmp(na, nn) && !(is_m2m_fk(d->a, fa) && is_m2m_fk(d->b, fb)))
						push_step(d, &(struct sql_step){.kind = STEP_RENAME_FOREIGN_KEY, .id = -1, .prev = fa, .next = fb});
					break;
				}
			}
			free(seen);
		}

		/* renamed indexes */
		for (int x = 0; x < pa->nidx; x++) {
			int ia = pa->idx_first + x;
			if (sql_idx(d->a, ia)->type == SQL_IDX_PRIMARY)
				continue;
			int ib = index_pair_next(d, ia, pa, nb);
			if (ib >= 0 && strcmp(sql_idx(d->a, ia)->name, sql_idx(d->b, ib)->name))
				push_step(d, &(struct sql_step){.kind = STEP_RENAME_INDEX, .id = -1, .prev = ia, .next = ib});
		}

		/* the ALTER TABLE changes, in Prisma's order */
		VEC(struct table_change) ch = {0};
		int pka = sql_table_pk(d->a, t->prev), pkb = sql_table_pk(d->b, t->next);
		bool pk_changed = primary_key_changed(d, t);
		if ((pka >= 0 && pkb < 0) || pk_changed)
			avec_push(&d->m->arena, &ch, ((struct table_change){.kind = TC_DROP_PRIMARY_KEY, .column = -1, .prev = -1, .next = -1}));
		if (pka >= 0 && pkb >= 0 && strcmp(sql_idx(d->a, pka)->name, sql_idx(d->b, pkb)->name))
			avec_push(&d->m->arena, &ch, ((struct table_change){.kind = TC_RENAME_PRIMARY_KEY, .column = -1, .prev = -1, .next = -1}));
		for (size_t k = 0; k < t->ncols; k++)
			if (t->cols[k].next < 0)
				avec_push(&d->m->arena, &ch, ((struct table_change){.kind = TC_DROP_COLUMN, .column = t->cols[k].prev, .prev = -1, .next = -1}));
		for (size_t k = 0; k < t->ncols; k++)
			if (t->cols[k].prev < 0) {
				struct table_change c = {.kind = TC_ADD_COLUMN, .column = t->cols[k].next, .prev = -1, .next = -1};
				c.has_virtual_default = sql_column_is_prisma_level_default(d->b, t->cols[k].next);
				avec_push(&d->m->arena, &ch, c);
			}
		size_t alter_from = ch.len;
		for (size_t k = 0; k < t->ncols; k++) {
			const struct colpair *cp = &t->cols[k];
			if (cp->prev < 0 || cp->next < 0 || !cp->changes)
				continue;
			struct table_change c = {.kind = cp->tc == SQL_TC_NOT_CASTABLE ? TC_DROP_AND_RECREATE_COLUMN : TC_ALTER_COLUMN,
						 .column = -1, .prev = cp->prev, .next = cp->next, .changes = cp->changes};
			c.type_change = cp->tc == SQL_TC_NOT_CASTABLE ? CTC_NONE : ctc(cp->tc);
			avec_push(&d->m->arena, &ch, c);
		}
		/* alter_columns() sorts by (previous, next) column id; a stable sort */
		for (size_t a = alter_from + 1; a < ch.len; a++) {
			struct table_change c = ch.items[a];
			size_t b = a;
			while (b > alter_from && alter_cmp(&ch.items[b - 1], &c) > 0) {
				ch.items[b] = ch.items[b - 1];
				b--;
			}
			ch.items[b] = c;
		}
		if ((pka < 0 && pkb >= 0) || pk_changed)
			avec_push(&d->m->arena, &ch, ((struct table_change){.kind = TC_ADD_PRIMARY_KEY, .column = -1, .prev = -1, .next = -1}));
		if (!ch.len)
			continue;
		struct sql_step st = step_pair(STEP_ALTER_TABLE, t->prev, t->next);
		st.changes = ch.items;
		st.nchanges = ch.len;
		push_step(d, &st);
	}
}

/* ---- enums ---------------------------------------------------------------------- */

static int enum_match_next(const struct differ *d, int ea)
{
	if (enum_external(d, d->a, ea))
		return -1;
	for (size_t e = 0; e < d->b->enums.len; e++)
		if (!enum_external(d, d->b, (int)e) && !strcmp(d->a->enums.items[ea].name, d->b->enums.items[e].name) &&
		    str_eq(sql_enum_ns(d->a, ea), sql_enum_ns(d->b, (int)e)))
			return (int)e;
	return -1;
}

static bool enum_has_value(const struct sql_schema *s, int e, const char *v)
{
	for (int i = 0; i < s->enums.items[e].nvars; i++)
		if (!strcmp(sql_variant_name(s, e, i), v))
			return true;
	return false;
}

static bool column_is_enum_named(const struct sql_schema *s, int col, const char *name)
{
	const char *n = enum_name_of(s, col);
	return n && !strcmp(n, name);
}

static void push_enum_usages(struct differ *d, int ea, int eb, struct sql_step *st)
{
	VEC(struct enum_usage) u = {0};
	const char *pname = d->a->enums.items[ea].name, *nname = d->b->enums.items[eb].name;
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (t->next >= 0 || t->prev < 0 || table_external(d, d->a, t->prev))
			continue;
		const struct sql_table *ta = sql_tab(d->a, t->prev);
		for (int c = 0; c < ta->ncols; c++) {
			int col = ta->col_first + c;
			if (column_is_enum_named(d->a, col, pname) && dflt(d->a, col))
				avec_push(&d->m->arena, &u, ((struct enum_usage){col, -1}));
		}
	}
	for (size_t i = 0; i < d->tables.len; i++) {
		const struct tkey *t = &d->tables.items[i];
		if (!is_pair(d, t))
			continue;
		for (size_t k = 0; k < t->ncols; k++) {
			const struct colpair *cp = &t->cols[k];
			if (cp->next < 0 && column_is_enum_named(d->a, cp->prev, pname) && dflt(d->a, cp->prev))
				avec_push(&d->m->arena, &u, ((struct enum_usage){cp->prev, -1}));
		}
		for (size_t k = 0; k < t->ncols; k++) {
			const struct colpair *cp = &t->cols[k];
			if (cp->prev < 0 || cp->next < 0 || !column_is_enum_named(d->a, cp->prev, pname) || !dflt(d->a, cp->prev))
				continue;
			int next = column_is_enum_named(d->b, cp->next, nname) && dflt(d->b, cp->next) ? cp->next : -1;
			avec_push(&d->m->arena, &u, ((struct enum_usage){cp->prev, next}));
		}
	}
	st->usages = u.items;
	st->nusages = u.len;
}

static void push_enum_steps(struct differ *d)
{
	for (size_t e = 0; e < d->a->enums.len; e++) {
		int eb = enum_match_next(d, (int)e);
		if (eb < 0)
			continue;
		VEC(const char *) created = {0}, dropped = {0};
		const struct sql_enum *pe = &d->a->enums.items[e], *ne = &d->b->enums.items[eb];
		for (int i = 0; i < ne->nvars; i++)
			if (!enum_has_value(d->a, (int)e, sql_variant_name(d->b, eb, i)))
				avec_push(&d->m->arena, &created, sql_variant_name(d->b, eb, i));
		for (int i = 0; i < pe->nvars; i++)
			if (!enum_has_value(d->b, eb, sql_variant_name(d->a, (int)e, i)))
				avec_push(&d->m->arena, &dropped, sql_variant_name(d->a, (int)e, i));
		if (!created.len && !dropped.len)
			continue;
		struct sql_step st = step_pair(STEP_ALTER_ENUM, (int)e, eb);
		st.created = created.items;
		st.ncreated = created.len;
		st.dropped = dropped.items;
		st.ndropped = dropped.len;
		push_enum_usages(d, (int)e, eb, &st);
		push_step(d, &st);
	}
	for (size_t e = 0; e < d->b->enums.len; e++) {
		if (enum_external(d, d->b, (int)e))
			continue;
		bool found = false;
		for (size_t p = 0; p < d->a->enums.len && !found; p++)
			found = enum_match_next(d, (int)p) == (int)e;
		if (!found)
			push_step(d, &(struct sql_step){.kind = STEP_CREATE_ENUM, .id = (int)e, .prev = -1, .next = -1});
	}
	for (size_t e = 0; e < d->a->enums.len; e++)
		if (!enum_external(d, d->a, (int)e) && enum_match_next(d, (int)e) < 0)
			push_step(d, &(struct sql_step){.kind = STEP_DROP_ENUM, .id = (int)e, .prev = -1, .next = -1});
}

/* ---- extensions ----------------------------------------------------------------- */

static bool extensions_match(const struct sql_extension *p, const struct sql_extension *n)
{
	bool versions = !strcmp(p->version, n->version) || !*p->version || !*n->version;
	bool schemas = !strcmp(p->schema, n->schema) || !*p->schema || !*n->schema;
	return !strcmp(p->name, n->name) && versions && schemas;
}

static void push_extension_steps(struct differ *d)
{
	const struct sql_schema *a = d->a, *b = d->b;
	for (size_t i = 0; i < a->extensions.len; i++) {
		const struct sql_extension *p = &a->extensions.items[i];
		for (size_t k = 0; k < b->extensions.len; k++) {
			const struct sql_extension *n = &b->extensions.items[k];
			if (!strcmp(p->name, n->name) && !extensions_match(p, n) && !p->relocatable && !n->relocatable) {
				push_step(d, &(struct sql_step){.kind = STEP_DROP_EXTENSION, .id = (int)i, .prev = -1, .next = -1});
				push_step(d, &(struct sql_step){.kind = STEP_CREATE_EXTENSION, .id = (int)k, .prev = -1, .next = -1});
				break;
			}
		}
	}
	for (size_t i = 0; i < a->extensions.len; i++) {
		const struct sql_extension *p = &a->extensions.items[i];
		for (size_t k = 0; k < b->extensions.len; k++) {
			const struct sql_extension *n = &b->extensions.items[k];
			if (!strcmp(p->name, n->name) && !extensions_match(p, n) && (p->relocatable || n->relocatable)) {
				struct sql_step st = step_pair(STEP_ALTER_EXTENSION, (int)i, (int)k);
				if (*p->version && *n->version && strcmp(p->version, n->version))
					st.ext_changes |= EXTCHG_VERSION;
				if (*p->schema && *n->schema && strcmp(p->schema, n->schema))
					st.ext_changes |= EXTCHG_SCHEMA;
				push_step(d, &st);
				break;
			}
		}
	}
	for (size_t k = 0; k < b->extensions.len; k++) {
		bool known = false;
		for (size_t i = 0; i < a->extensions.len && !known; i++)
			known = !strcmp(a->extensions.items[i].name, b->extensions.items[k].name);
		if (!known)
			push_step(d, &(struct sql_step){.kind = STEP_CREATE_EXTENSION, .id = (int)k, .prev = -1, .next = -1});
	}
}

/* ---- sorting -------------------------------------------------------------------- */

static int cmp_strs(const char **a, size_t na, const char **b, size_t nb)
{
	for (size_t i = 0; i < na && i < nb; i++) {
		int c = strcmp(a[i], b[i]);
		if (c)
			return c;
	}
	return na < nb ? -1 : na > nb;
}

/* Prisma's derived Ord on SqlMigrationStep. */
static int step_cmp(const struct sql_step *x, const struct sql_step *y)
{
	int c = cmp_int(x->kind, y->kind);
	if (c)
		return c;
	switch (x->kind) {
	case STEP_ALTER_ENUM:
		if ((c = cmp_int(x->prev, y->prev)) || (c = cmp_int(x->next, y->next)))
			return c;
		if ((c = cmp_strs(x->created, x->ncreated, y->created, y->ncreated)))
			return c;
		return cmp_strs(x->dropped, x->ndropped, y->dropped, y->ndropped);
	case STEP_ALTER_TABLE:
	case STEP_RENAME_FOREIGN_KEY:
	case STEP_RENAME_INDEX:
	case STEP_REDEFINE_INDEX:
	case STEP_ALTER_PRIMARY_KEY:
		if ((c = cmp_int(x->prev, y->prev)))
			return c;
		return cmp_int(x->next, y->next);
	case STEP_ALTER_EXTENSION:
		if ((c = cmp_int(x->prev, y->prev)) || (c = cmp_int(x->next, y->next)))
			return c;
		return cmp_int((int)x->ext_changes, (int)y->ext_changes);
	case STEP_CREATE_INDEX:
		/* (Option<previous table>, next table), index, from_drop_and_recreate */
		if ((c = cmp_int(x->prev, y->prev)) || (c = cmp_int(x->next, y->next)) || (c = cmp_int(x->id, y->id)))
			return c;
		return cmp_int(x->from_drop_and_recreate, y->from_drop_and_recreate);
	default:
		return cmp_int(x->id, y->id);
	}
}

static void stable_sort_steps(struct sql_step *v, size_t n)
{
	if (n < 2)
		return;
	struct sql_step *tmp = xmalloc(n * sizeof(*v));
	/* bottom-up merge sort: stable like Rust's slice::sort */
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] = step_cmp(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
			while (i < mid)
				tmp[k++] = v[i++];
			while (j < hi)
				tmp[k++] = v[j++];
		}
		memcpy(v, tmp, n * sizeof(*v));
	}
	free(tmp);
}

/*
 * A unique index dropped from a table without primary key, while the same
 * columns become the primary key: drop the index after the ALTER TABLE that
 * adds the key (apply_partial_order_permutations()).
 */
static int matching_created_pk(const struct differ *d, const struct sql_step *steps, size_t from, size_t n, int index)
{
	const struct sql_index *ix = sql_idx(d->a, index);
	for (size_t i = from; i < n; i++) {
		const struct sql_step *st = &steps[i];
		if (st->kind != STEP_ALTER_TABLE || st->prev != ix->table)
			continue;
		bool adds_pk = false, keeps_cols = true;
		for (size_t c = 0; c < st->nchanges; c++) {
			const struct table_change *tc = &st->changes[c];
			if (tc->kind == TC_ADD_PRIMARY_KEY)
				adds_pk = true;
			if (tc->kind == TC_DROP_COLUMN && sql_index_has_column(d->a, index, tc->column))
				keeps_cols = false;
			if (tc->kind == TC_DROP_AND_RECREATE_COLUMN && sql_index_has_column(d->a, index, tc->prev))
				keeps_cols = false;
		}
		if (!adds_pk || !keeps_cols)
			continue;
		int pk = sql_table_pk(d->b, st->next);
		if (pk < 0 || sql_idx(d->b, pk)->ncols != ix->ncols)
			continue;
		bool same = true;
		for (int c = 0; c < ix->ncols && same; c++)
			same = !strcmp(sql_col(d->a, sql_idx_col(d->a, index, c)->column)->name,
				       sql_col(d->b, sql_idx_col(d->b, pk, c)->column)->name);
		if (same)
			return (int)(i - from);
	}
	return -1;
}

static void apply_partial_order(struct differ *d)
{
	struct sql_step *steps = d->m->steps.items;
	size_t n = d->m->steps.len, i = 0;
	for (;;) {
		int found = -1;
		while (i < n) {
			const struct sql_step *st = &steps[i++];
			if (st->kind != STEP_DROP_INDEX)
				continue;
			const struct sql_index *ix = sql_idx(d->a, st->id);
			if (ix->type == SQL_IDX_UNIQUE && sql_table_pk(d->a, ix->table) < 0) {
				found = st->id;
				break;
			}
		}
		if (found < 0)
			return;
		size_t index_pos = i - 1;
		int off = matching_created_pk(d, steps, i, n, found);
		if (off < 0)
			continue;
		size_t alter_pos = i + (size_t)off;
		struct sql_step moved = steps[index_pos];
		memmove(&steps[index_pos], &steps[index_pos + 1], (n - index_pos - 1) * sizeof(*steps));
		memmove(&steps[alter_pos + 1], &steps[alter_pos], (n - alter_pos - 1) * sizeof(*steps));
		steps[alter_pos] = moved;
		i--;
	}
}

/* ---- entry points --------------------------------------------------------------- */

static const struct differ_flavour pg_flavour = {
	.column_type_change = pg_column_type_change,
	.indexes_match = pg_indexes_match,
	.table_ignored = table_ignored,
	.enum_steps = true,
	.extension_steps = true,
	.recreate_indexes_after_column_drop = true,
};

struct sql_migration *sql_diff(const struct sql_schema *before, const struct sql_schema *after,
			       const struct sql_diff_opts *opts)
{
	struct sql_migration *m = xcalloc(1, sizeof(*m));
	struct differ d = {before, after, opts, &pg_flavour, {0}, {0}, m};
	arena_init(&m->arena);
	m->before = before;
	m->after = after;

	build(&d);
	if (d.fl->extension_steps)
		push_extension_steps(&d);
	push_created_schemas(&d);
	push_created_tables(&d);
	push_dropped_tables(&d);
	push_dropped_indexes(&d);
	push_created_indexes(&d);
	push_altered_tables(&d);
	if (d.fl->enum_steps)
		push_enum_steps(&d);

	stable_sort_steps(m->steps.items, m->steps.len);
	apply_partial_order(&d);
	return m;
}

void sql_migration_free(struct sql_migration *m)
{
	if (!m)
		return;
	arena_free(&m->arena);
	free(m);
}

const char *sql_step_description(enum sql_step_kind k)
{
	static const char *const names[] = {
		[STEP_CREATE_SCHEMA] = "CreateSchema",       [STEP_DROP_EXTENSION] = "DropExtension",
		[STEP_CREATE_EXTENSION] = "CreateExtension", [STEP_ALTER_EXTENSION] = "AlterExtension",
		[STEP_ALTER_SEQUENCE] = "AlterSequence",     [STEP_DROP_VIEW] = "DropView",
		[STEP_DROP_UDT] = "DropUserDefinedType",     [STEP_CREATE_ENUM] = "CreateEnum",
		[STEP_ALTER_ENUM] = "AlterEnum",             [STEP_DROP_FOREIGN_KEY] = "DropForeignKey",
		[STEP_DROP_INDEX] = "DropIndex",             [STEP_ALTER_TABLE] = "AlterTable",
		[STEP_ALTER_PRIMARY_KEY] = "AlterPrimaryKey", [STEP_DROP_TABLE] = "DropTable",
		[STEP_DROP_ENUM] = "DropEnum",               [STEP_CREATE_TABLE] = "CreateTable",
		[STEP_REDEFINE_TABLES] = "RedefineTables",   [STEP_CREATE_INDEX] = "CreateIndex",
		[STEP_RENAME_FOREIGN_KEY] = "RenameForeignKey", [STEP_ADD_FOREIGN_KEY] = "AddForeignKey",
		[STEP_RENAME_INDEX] = "RenameIndex",         [STEP_REDEFINE_INDEX] = "RedefineIndex",
	};
	return names[k];
}

/* ---- drift summary ------------------------------------------------------------- */

/* The section order of Prisma's drift summary. */
enum drift {
	DRIFT_ALTERED_EXTENSION,
	DRIFT_DROPPED_EXTENSION,
	DRIFT_CREATED_EXTENSION,
	DRIFT_ADDED_ENUM,
	DRIFT_ADDED_TABLE,
	DRIFT_REMOVED_ENUM,
	DRIFT_REMOVED_TABLE,
	DRIFT_REMOVED_UDT,
	DRIFT_REMOVED_VIEW,
	DRIFT_REDEFINED_TABLE,
	DRIFT_CHANGED_ENUM,
	DRIFT_CHANGED_TABLE,
};

struct drift_item {
	enum drift type;
	const char *name;
	size_t step;
};

static int drift_cmp(const void *x, const void *y)
{
	const struct drift_item *a = x, *b = y;
	int c;
	if (a->type != b->type)
		return a->type < b->type ? -1 : 1;
	if ((c = strcmp(a->name, b->name)))
		return c;
	return a->step < b->step ? -1 : a->step > b->step;
}

static void summary_columns(struct strbuf *out, const struct sql_schema *s, int index)
{
	for (int c = 0; c < sql_idx(s, index)->ncols; c++)
		strbuf_addf(out, "%s%s", c ? ", " : "", sql_col(s, sql_idx_col(s, index, c)->column)->name);
}

static void summary_fk_columns(struct strbuf *out, const struct sql_schema *s, int fk)
{
	for (int c = 0; c < sql_fkey(s, fk)->ncols; c++)
		strbuf_addf(out, "%s%s", c ? ", " : "", sql_col(s, sql_fk_col(s, fk, c)->column)->name);
}

static void summary_pk_columns(struct strbuf *out, const struct sql_schema *s, int table)
{
	int pk = sql_table_pk(s, table);
	if (pk >= 0)
		summary_columns(out, s, pk);
}

static const char *arity_debug(enum sql_arity a)
{
	return a == SQL_REQUIRED ? "Required" : a == SQL_NULLABLE ? "Nullable" : "List";
}

static void summary_column_changes(struct strbuf *out, const struct sql_migration *m, const struct table_change *tc)
{
	const struct sql_column *p = sql_col(m->before, tc->prev), *n = sql_col(m->after, tc->next);
	bool first = true;
	strbuf_addch(out, '(');
	for (unsigned bit = COLCHG_ARITY; bit <= COLCHG_AUTOINCREMENT; bit <<= 1) {
		if (!(tc->changes & bit))
			continue;
		if (!first)
			strbuf_addstr(out, ", ");
		first = false;
		if (bit == COLCHG_ARITY) {
			strbuf_addf(out, "changed from %s to %s", arity_debug(p->type.arity), arity_debug(n->type.arity));
		} else if (bit == COLCHG_DEFAULT) {
			strbuf_addstr(out, "default changed from `");
			sql_default_debug(p->dflt, out);
			strbuf_addstr(out, "` to `");
			sql_default_debug(n->dflt, out);
			strbuf_addch(out, '`');
		} else if (bit == COLCHG_TYPE) {
			strbuf_addstr(out, "type changed");
		} else {
			strbuf_addstr(out, p->auto_increment ? "column is no longer autoincrementing" : "column became autoincrementing");
		}
	}
	strbuf_addch(out, ')');
}

void sql_migration_summary(const struct sql_migration *m, struct strbuf *out)
{
	const struct sql_schema *a = m->before, *b = m->after;
	VEC(struct drift_item) items = {0};
	if (!m->steps.len) {
		strbuf_addstr(out, "No difference detected.");
		return;
	}
	for (size_t i = 0; i < m->steps.len; i++) {
		const struct sql_step *st = &m->steps.items[i];
		struct drift_item it = {DRIFT_CHANGED_TABLE, "", i};
		switch (st->kind) {
		case STEP_CREATE_ENUM: it.type = DRIFT_ADDED_ENUM; break;
		case STEP_ALTER_ENUM: it.type = DRIFT_CHANGED_ENUM; it.name = a->enums.items[st->prev].name; break;
		case STEP_DROP_FOREIGN_KEY: it.name = sql_tab(a, sql_fkey(a, st->id)->table)->name; break;
		case STEP_DROP_INDEX: it.name = sql_tab(a, sql_idx(a, st->id)->table)->name; break;
		case STEP_ALTER_TABLE: it.name = sql_tab(a, st->prev)->name; break;
		case STEP_DROP_TABLE: it.type = DRIFT_REMOVED_TABLE; break;
		case STEP_DROP_ENUM: it.type = DRIFT_REMOVED_ENUM; break;
		case STEP_CREATE_TABLE: it.type = DRIFT_ADDED_TABLE; break;
		case STEP_RENAME_FOREIGN_KEY: it.name = sql_tab(b, sql_fkey(b, st->next)->table)->name; break;
		case STEP_CREATE_INDEX: it.name = sql_tab(b, st->next)->name; break;
		case STEP_ADD_FOREIGN_KEY: it.name = sql_tab(b, sql_fkey(b, st->id)->table)->name; break;
		case STEP_RENAME_INDEX:
		case STEP_REDEFINE_INDEX: it.name = sql_tab(a, sql_idx(a, st->prev)->table)->name; break;
		case STEP_CREATE_EXTENSION: it.type = DRIFT_CREATED_EXTENSION; it.name = b->extensions.items[st->id].name; break;
		case STEP_ALTER_EXTENSION: it.type = DRIFT_ALTERED_EXTENSION; it.name = a->extensions.items[st->prev].name; break;
		case STEP_DROP_EXTENSION: it.type = DRIFT_DROPPED_EXTENSION; it.name = a->extensions.items[st->id].name; break;
		default: continue; /* CreateSchema, AlterSequence, ...: not summarised */
		}
		vec_push(&items, it);
	}
	qsort(items.items, items.len, sizeof(*items.items), drift_cmp);
	enum drift state = DRIFT_ADDED_ENUM;
	const char *state_name = "";
	for (size_t k = 0; k < items.len; k++) {
		const struct drift_item *it = &items.items[k];
		const struct sql_step *st = &m->steps.items[it->step];
		if (k == 0 || state != it->type || strcmp(state_name, it->name)) {
			switch (it->type) {
			case DRIFT_ADDED_ENUM: strbuf_addstr(out, "\n[+] Added enums\n"); break;
			case DRIFT_ADDED_TABLE: strbuf_addstr(out, "\n[+] Added tables\n"); break;
			case DRIFT_REMOVED_ENUM: strbuf_addstr(out, "\n[-] Removed enums\n"); break;
			case DRIFT_REMOVED_TABLE: strbuf_addstr(out, "\n[-] Removed tables\n"); break;
			case DRIFT_REMOVED_UDT: strbuf_addstr(out, "\n[-] Removed UDTs\n"); break;
			case DRIFT_REMOVED_VIEW: strbuf_addstr(out, "\n[-] Removed views\n"); break;
			case DRIFT_REDEFINED_TABLE: strbuf_addf(out, "\n[*] Redefined table `%s`\n", it->name); break;
			case DRIFT_CHANGED_ENUM: strbuf_addf(out, "\n[*] Changed the `%s` enum\n", it->name); break;
			case DRIFT_CHANGED_TABLE: strbuf_addf(out, "\n[*] Changed the `%s` table\n", it->name); break;
			case DRIFT_CREATED_EXTENSION: strbuf_addstr(out, "\n[+] Added extensions\n"); break;
			case DRIFT_ALTERED_EXTENSION: strbuf_addf(out, "\n[*] Changed the `%s` extension\n", it->name); break;
			case DRIFT_DROPPED_EXTENSION: strbuf_addstr(out, "\n[-] Removed extensions\n`"); break; /* sic */
			}
		}
		state = it->type;
		state_name = it->name;
		switch (st->kind) {
		case STEP_CREATE_ENUM: strbuf_addf(out, "  - %s\n", b->enums.items[st->id].name); break;
		case STEP_ALTER_ENUM:
			for (size_t v = 0; v < st->ncreated; v++)
				strbuf_addf(out, "  [+] Added variant `%s`\n", st->created[v]);
			for (size_t v = 0; v < st->ndropped; v++)
				strbuf_addf(out, "  [-] Removed variant `%s`\n", st->dropped[v]);
			break;
		case STEP_DROP_FOREIGN_KEY:
			strbuf_addstr(out, "  [-] Removed foreign key on columns (");
			summary_fk_columns(out, a, st->id);
			strbuf_addstr(out, ")\n");
			break;
		case STEP_DROP_INDEX:
			strbuf_addf(out, "  [-] Removed %sindex on columns (", sql_idx(a, st->id)->type == SQL_IDX_UNIQUE ? "unique " : "");
			summary_columns(out, a, st->id);
			strbuf_addstr(out, ")\n");
			break;
		case STEP_ALTER_TABLE:
			for (size_t c = 0; c < st->nchanges; c++) {
				const struct table_change *tc = &st->changes[c];
				switch (tc->kind) {
				case TC_ADD_COLUMN: strbuf_addf(out, "  [+] Added column `%s`\n", sql_col(b, tc->column)->name); break;
				case TC_ALTER_COLUMN:
					strbuf_addf(out, "  [*] Altered column `%s` ", sql_col(b, tc->next)->name);
					summary_column_changes(out, m, tc);
					strbuf_addch(out, '\n');
					break;
				case TC_DROP_COLUMN: strbuf_addf(out, "  [-] Removed column `%s`\n", sql_col(a, tc->column)->name); break;
				case TC_DROP_AND_RECREATE_COLUMN:
					strbuf_addf(out, "  [*] Column `%s` would be dropped and recreated ", sql_col(b, tc->next)->name);
					summary_column_changes(out, m, tc);
					strbuf_addch(out, '\n');
					break;
				case TC_DROP_PRIMARY_KEY:
					strbuf_addstr(out, "  [-] Dropped the primary key on columns (");
					summary_pk_columns(out, a, st->prev);
					strbuf_addstr(out, ")\n");
					break;
				case TC_RENAME_PRIMARY_KEY:
					strbuf_addstr(out, "  [*] Renamed the primary key on columns (");
					summary_pk_columns(out, a, st->prev);
					strbuf_addstr(out, ")\n");
					break;
				case TC_ADD_PRIMARY_KEY:
					strbuf_addstr(out, "  [+] Added primary key on columns (");
					summary_pk_columns(out, b, st->next);
					strbuf_addstr(out, ")\n)\n"); /* sic: Prisma closes it twice */
					break;
				}
			}
			break;
		case STEP_DROP_TABLE: strbuf_addf(out, "  - %s\n", sql_tab(a, st->id)->name); break;
		case STEP_DROP_ENUM: strbuf_addf(out, "  - %s\n", a->enums.items[st->id].name); break;
		case STEP_CREATE_TABLE: strbuf_addf(out, "  - %s\n", sql_tab(b, st->id)->name); break;
		case STEP_RENAME_FOREIGN_KEY:
			strbuf_addf(out, "  [*] Renamed the foreign key \"%s\" to \"%s\"\n", sql_fkey(a, st->prev)->name,
				    sql_fkey(b, st->next)->name);
			break;
		case STEP_CREATE_INDEX:
			strbuf_addf(out, "  [+] Added %sindex on columns (", sql_idx(b, st->id)->type == SQL_IDX_UNIQUE ? "unique " : "");
			summary_columns(out, b, st->id);
			strbuf_addstr(out, ")\n");
			break;
		case STEP_ADD_FOREIGN_KEY:
			strbuf_addstr(out, "  [+] Added foreign key on columns (");
			summary_fk_columns(out, b, st->id);
			strbuf_addstr(out, ")\n");
			break;
		case STEP_RENAME_INDEX:
			strbuf_addf(out, "  [*] Renamed index `%s` to `%s`\n", sql_idx(a, st->prev)->name, sql_idx(b, st->next)->name);
			break;
		case STEP_REDEFINE_INDEX: strbuf_addf(out, "  [*] Redefined index `%s`\n", sql_idx(a, st->prev)->name); break;
		case STEP_CREATE_EXTENSION: strbuf_addf(out, "  - %s\n", b->extensions.items[st->id].name); break;
		default: break;
		}
	}
	vec_free(&items);
}
