/*
 * introspect_names.c: db pull's naming pass, as Prisma's IntrospectionMap
 * builds it: model, enum and column names (sanitized, renamed when
 * reserved or duplicated across namespaces), the previous schema's names
 * kept on re-introspection, relation names and relation field positions.
 */
#include <stdlib.h>
#include <string.h>

#include "migrate/introspect_internal.h"
#include "schema/db.h"

/* ---- names ----------------------------------------------------------------- */

static bool is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_word(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '_';
}

/* Length of the UTF-8 character starting at s (1 for stray bytes). */
static size_t utf8_len(const char *s)
{
	unsigned char c = (unsigned char)*s;
	size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
	for (size_t i = 1; i < n; i++)
		if (!s[i])
			return i;
	return n;
}

/* Prisma's needs_sanitation: starts with a non-letter or holds a non-word character. */
bool ix_needs_sanitation(const char *s)
{
	if (*s && !is_alpha((unsigned char)*s))
		return true;
	for (; *s; s++)
		if (!is_word((unsigned char)*s))
			return true;
	return false;
}

/* Drops the leading non-letters, then turns every other non-word character into '_'. */
char *ix_sanitize(struct arena *a, const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *out;
	if (!ix_needs_sanitation(s))
		return arena_strdup(a, s);
	while (*s && !is_alpha((unsigned char)*s))
		s += utf8_len(s);
	while (*s) {
		size_t n = utf8_len(s);
		strbuf_addch(&sb, n == 1 && is_word((unsigned char)*s) ? *s : '_');
		s += n;
	}
	out = arena_strdup(a, sb.buf ? sb.buf : "");
	strbuf_release(&sb);
	return out;
}

/* psl's reserved_model_names: the names Prisma Client cannot use for a type. */
static bool ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
		char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
		if (x != y)
			return false;
	}
	return *a == *b;
}

const struct sql_column *ix_col(const struct ctx *c, int id)
{
	return &c->db->columns.items[id];
}

static bool table_has_column(const struct sql_schema *s, int t, const char *name)
{
	return sql_table_column(s, t, name) >= 0;
}

static bool is_migrations_table(const struct sql_schema *s, int t)
{
	static const char *const cols[] = {"id", "checksum", "finished_at", "migration_name", "logs",
					   "rolled_back_at", "started_at", "applied_steps_count"};
	static const char *const old[] = {"revision", "name", "datamodel", "status", "applied", "rolled_back",
					  "datamodel_steps", "database_migration", "errors", "started_at",
					  "finished_at"};
	const char *name = sql_tab(s, t)->name;
	if (!strcmp(name, "_prisma_migrations")) {
		for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
			if (!table_has_column(s, t, cols[i]))
				return false;
		return true;
	}
	if (!strcmp(name, "_Migration")) {
		for (size_t i = 0; i < sizeof(old) / sizeof(old[0]); i++)
			if (!table_has_column(s, t, old[i]))
				return false;
		return true;
	}
	if (!strcmp(name, "_RelayId") && table_has_column(s, t, "id")) {
		const struct sql_table *tab = sql_tab(s, t);
		for (int i = 0; i < tab->ncols; i++)
			if (ieq(sql_col(s, tab->col_first + i)->name, "stablemodelidentifier"))
				return true;
	}
	return false;
}

/* The name of the i-th column of an index. */
const char *ix_idx_col_name(const struct sql_schema *s, int idx, int i)
{
	return sql_col(s, sql_idx_col(s, idx, i)->column)->name;
}

static bool two_cols_a_b(const struct sql_schema *s, int idx)
{
	return sql_idx(s, idx)->ncols == 2 && ieq(ix_idx_col_name(s, idx, 0), "a") && ieq(ix_idx_col_name(s, idx, 1), "b");
}

/* Prisma's is_prisma_m_to_n_relation (PostgreSQL: a primary key on (A, B) counts). */
static bool is_m2m_table(const struct sql_schema *s, int t)
{
	const struct sql_table *tab = sql_tab(s, t);
	bool ab = false, b_index = false;
	const struct sql_fk *f1, *f2;
	const char *c1, *c2, *r1, *r2;
	if (tab->name[0] != '_' || tab->nfk != 2)
		return false;
	for (int i = 0; i < tab->nidx; i++) {
		int idx = tab->idx_first + i;
		const struct sql_index *ix = sql_idx(s, idx);
		if ((ix->type == SQL_IDX_UNIQUE || ix->type == SQL_IDX_PRIMARY) && two_cols_a_b(s, idx))
			ab = true;
		if (ix->type == SQL_IDX_NORMAL && ix->ncols == 1 && ieq(ix_idx_col_name(s, idx, 0), "b"))
			b_index = true;
	}
	if (!ab || !b_index)
		return false;
	f1 = sql_fkey(s, tab->fk_first);
	f2 = sql_fkey(s, tab->fk_first + 1);
	c1 = sql_col(s, sql_fk_col(s, tab->fk_first, 0)->column)->name;
	c2 = sql_col(s, sql_fk_col(s, tab->fk_first + 1, 0)->column)->name;
	r1 = sql_tab(s, f1->ref_table)->name;
	r2 = sql_tab(s, f2->ref_table)->name;
	return (strcmp(r1, r2) <= 0 && ieq(c1, "a") && ieq(c2, "b")) ||
	       (strcmp(r2, r1) <= 0 && ieq(c1, "b") && ieq(c2, "a"));
}

/* A primary key or unique index whose columns are all supported and required. */
static bool table_usable(const struct sql_schema *s, int t)
{
	const struct sql_table *tab = sql_tab(s, t);
	for (int i = 0; i < tab->nidx; i++) {
		int idx = tab->idx_first + i;
		const struct sql_index *ix = sql_idx(s, idx);
		bool ok = true;
		if (ix->type != SQL_IDX_PRIMARY && ix->type != SQL_IDX_UNIQUE)
			continue;
		for (int k = 0; k < ix->ncols; k++) {
			const struct sql_column *cl = sql_col(s, sql_idx_col(s, idx, k)->column);
			if (cl->type.family == SQL_FAM_UNSUPPORTED || cl->type.arity != SQL_REQUIRED)
				ok = false;
		}
		if (ok)
			return true;
	}
	return false;
}

static size_t count_top_name(const struct ctx *c, const char *sanitized)
{
	size_t n = 0;
	for (size_t i = 0; i < c->top_names.len; i++)
		n += !strcmp(c->top_names.items[i], sanitized);
	return n;
}

/* ModelName::new_from_sql */
struct name ix_model_name(struct ctx *c, const char *name, const char *ns, bool *reserved,
				       bool *duplicate)
{
	struct name n = {name, NULL};
	*reserved = *duplicate = false;
	if (ns && count_top_name(c, ix_sanitize(&c->arena, name)) > 1) {
		n.name = ix_sanitize(&c->arena, arena_printf(&c->arena, "%s_%s", ns, name));
		n.mapped = name;
		*duplicate = true;
	} else if (psl_is_reserved_type_name(name)) {
		n.name = arena_printf(&c->arena, "Renamed%s", name);
		n.mapped = name;
		*reserved = true;
	} else if (ix_needs_sanitation(name)) {
		n.name = ix_sanitize(&c->arena, name);
		n.mapped = name;
	}
	return n;
}

struct name ix_column_name(struct ctx *c, const char *name)
{
	struct name n = {name, NULL};
	if (ix_needs_sanitation(name)) {
		n.name = ix_sanitize(&c->arena, name);
		n.mapped = name;
	}
	return n;
}

const char *ix_namespace_or_default(const struct ctx *c, const char *schema)
{
	return schema ? schema : c->prev && c->prev->default_schema ? c->prev->default_schema : c->db->default_namespace;
}

/* ---- re-introspection: matching the previous schema ---------------------- */

static void match_previous(struct ctx *c)
{
	const struct sql_schema *s = c->db;
	const struct rs_schema *p = c->prev;
	if (!p)
		return;
	for (size_t t = 0; t < s->tables.len; t++) {
		const char *ns = sql_table_ns(s, (int)t);
		for (size_t m = 0; m < p->nmodels; m++) {
			const struct rs_model *mo = &p->models[m];
			const char *mns = ix_namespace_or_default(c, mo->schema);
			if (mo->is_view || strcmp(mo->db_name, s->tables.items[t].name))
				continue;
			if (ns && mns && strcmp(ns, mns))
				continue;
			c->tables[t].prev = mo;
			c->tables[t].prev_index = (int)m;
			break;
		}
	}
	for (size_t e = 0; e < s->enums.len; e++) {
		const char *ns = sql_enum_ns(s, (int)e);
		for (size_t k = 0; k < p->nenums; k++) {
			const char *ens = ix_namespace_or_default(c, p->enums[k].schema);
			if (strcmp(p->enums[k].db_name, s->enums.items[e].name) || (ns && ens && strcmp(ns, ens)))
				continue;
			c->prev_enums[e] = &p->enums[k];
			break;
		}
	}
	for (size_t i = 0; i < s->columns.len; i++) {
		const struct rs_model *mo = c->tables[s->columns.items[i].table].prev;
		if (!mo)
			continue;
		for (size_t f = 0; f < mo->nfields; f++)
			if (!mo->fields[f].is_relation && !strcmp(mo->fields[f].db_name, s->columns.items[i].name)) {
				c->prev_fields[i] = &mo->fields[f];
				break;
			}
	}
	/* inline relations: the referencing fields' database names are the foreign key's columns */
	for (size_t f = 0; f < s->fks.len; f++) {
		const struct sql_fk *fk = &s->fks.items[f];
		const struct rs_model *mo = c->tables[fk->table].prev;
		if (!mo)
			continue;
		for (size_t r = 0; r < p->nrelations; r++) {
			const struct rs_relation *rel = &p->relations[r];
			bool same = true;
			if (rel->kind == RS_MANY_TO_MANY || &p->models[rel->model_a] != mo ||
			    rel->nfields != (size_t)fk->ncols)
				continue;
			for (int k = 0; k < fk->ncols && same; k++)
				same = !strcmp(mo->fields[rel->fields[k]].db_name,
					       sql_col(s, sql_fk_col(s, (int)f, k)->column)->name);
			if (same) {
				c->prev_rel[f] = rel;
				break;
			}
		}
	}
}

/* ---- relation names (introspection_map/relation_names.rs) ----------------- */

static void sorted_pair(int a, int b, int out[2])
{
	out[0] = a < b ? a : b;
	out[1] = a < b ? b : a;
}

static void m2m_tables(const struct sql_schema *s, int t, int out[2])
{
	const struct sql_table *tab = sql_tab(s, t);
	sorted_pair(sql_fkey(s, tab->fk_first)->ref_table, sql_fkey(s, tab->fk_first + 1)->ref_table, out);
}

struct pairs {
	VEC(int) v; /* flattened pairs */
};

static bool pairs_has(const struct pairs *p, const int x[2])
{
	for (size_t i = 0; i + 1 < p->v.len; i += 2)
		if (p->v.items[i] == x[0] && p->v.items[i + 1] == x[1])
			return true;
	return false;
}

static void pairs_add(struct pairs *p, const int x[2])
{
	if (pairs_has(p, x))
		return;
	vec_push(&p->v, x[0]);
	vec_push(&p->v, x[1]);
}

static bool fks_distinct(const struct sql_schema *s, int a, int b)
{
	const struct sql_fk *fa = sql_fkey(s, a), *fb = sql_fkey(s, b);
	if (a == b)
		return false;
	if (fa->ncols != fb->ncols)
		return true;
	for (int i = 0; i < fa->ncols; i++)
		if (sql_fk_col(s, a, i)->column != sql_fk_col(s, b, i)->column)
			return true;
	return false;
}

static const char *table_prisma_name(const struct ctx *c, int t)
{
	return c->tables[t].rel_name;
}

/* The model's name as rendered (the type of relation fields). */
const char *ix_model_type_name(const struct ctx *c, int t)
{
	return c->tables[t].name.name;
}

static void find_ambiguous(struct ctx *c, struct pairs *amb)
{
	const struct sql_schema *s = c->db;
	for (size_t t = 0; t < s->tables.len; t++) {
		const struct sql_table *tab = &s->tables.items[t];
		if (c->tables[t].m2m) {
			int ids[2];
			m2m_tables(s, (int)t, ids);
			if (pairs_has(amb, ids))
				continue;
			for (int k = 0; k < 2; k++) {
				const struct sql_table *mt = sql_tab(s, ids[k]);
				for (int f = 0; f < mt->nfk; f++) {
					int p[2];
					sorted_pair(ids[k], sql_fkey(s, mt->fk_first + f)->ref_table, p);
					if (p[0] == ids[0] && p[1] == ids[1])
						pairs_add(amb, ids);
				}
			}
			for (size_t o = 0; o < s->tables.len; o++) {
				int other[2];
				if (o == t || !c->tables[o].m2m)
					continue;
				m2m_tables(s, (int)o, other);
				if (other[0] == ids[0] && other[1] == ids[1])
					pairs_add(amb, ids);
			}
			continue;
		}
		for (int f = 0; f < tab->nfk; f++) {
			int fid = tab->fk_first + f;
			const struct sql_fk *fk = sql_fkey(s, fid);
			int ids[2];
			const int owners[2] = {fk->table, fk->ref_table};
			bool found = false;
			const char *dflt;
			sorted_pair(fk->table, fk->ref_table, ids);
			if (pairs_has(amb, ids))
				continue;
			for (int k = 0; k < 2 && !found; k++) {
				const struct sql_table *ot = sql_tab(s, owners[k]);
				for (int g = 0; g < ot->nfk && !found; g++) {
					int gid = ot->fk_first + g, p[2];
					if (!fks_distinct(s, fid, gid))
						continue;
					sorted_pair(sql_fkey(s, gid)->table, sql_fkey(s, gid)->ref_table, p);
					found = p[0] == ids[0] && p[1] == ids[1];
				}
			}
			if (found) {
				pairs_add(amb, ids);
				continue;
			}
			/* ...or the relation field's default name clashes with a constrained column */
			dflt = table_prisma_name(c, fk->ref_table);
			for (int k = 0; k < fk->ncols; k++)
				if (!strcmp(dflt, c->columns[sql_fk_col(s, fid, k)->column].name))
					pairs_add(amb, ids);
		}
	}
}

static void name_inline_relation(struct ctx *c, int fid, const struct pairs *amb)
{
	const struct sql_schema *s = c->db;
	const struct sql_fk *fk = sql_fkey(s, fid);
	bool self = fk->table == fk->ref_table;
	const char *referencing = table_prisma_name(c, fk->table), *referenced = table_prisma_name(c, fk->ref_table);
	int ids[2];
	struct relation_names *n = &c->fk_names[fid];
	sorted_pair(fk->table, fk->ref_table, ids);
	n->present = true;
	if (!pairs_has(amb, ids)) {
		n->rel = self ? arena_printf(&c->arena, "%sTo%s", referencing, referenced) : "";
		n->forward = referenced;
		n->back = arena_printf(&c->arena, "%s%s", self ? "other_" : "", referencing);
	} else {
		struct strbuf rel = STRBUF_INIT;
		strbuf_addf(&rel, "%s_", referencing);
		for (int k = 0; k < fk->ncols; k++) {
			if (k)
				strbuf_addch(&rel, '_');
			strbuf_addstr(&rel, c->columns[sql_fk_col(s, fid, k)->column].name);
		}
		strbuf_addf(&rel, "To%s", referenced);
		n->rel = arena_strdup(&c->arena, rel.buf);
		n->forward = arena_printf(&c->arena, "%s_%s", referenced, rel.buf);
		n->back = arena_printf(&c->arena, "%s%s_%s", self ? "other_" : "", referencing, rel.buf);
		strbuf_release(&rel);
	}
}

static void name_m2m_relation(struct ctx *c, int t, const struct pairs *amb)
{
	const struct sql_schema *s = c->db;
	const char *tname = sql_tab(s, t)->name;
	int ids[2];
	bool self;
	const char *rel, *suffix = "";
	struct relation_names *n = &c->m2m_names[t];
	m2m_tables(s, t, ids);
	self = ids[0] == ids[1];
	if (pairs_has(amb, ids)) {
		rel = tname + 1;
		suffix = tname;
	} else {
		const char *dflt = arena_printf(&c->arena, "%sTo%s", table_prisma_name(c, ids[0]),
						table_prisma_name(c, ids[1]));
		rel = !strcmp(tname + 1, dflt) && !self ? "" : tname + 1;
	}
	n->present = true;
	n->rel = rel;
	n->forward = arena_printf(&c->arena, "%s%s%s", table_prisma_name(c, ids[1]), suffix, self ? "_A" : "");
	n->back = arena_printf(&c->arena, "%s%s%s", table_prisma_name(c, ids[0]), suffix, self ? "_B" : "");
	/* re-introspection: the relation with this join table keeps its name and (unless self) its fields */
	for (size_t r = 0; c->prev && r < c->prev->nrelations; r++) {
		const struct rs_relation *pr = &c->prev->relations[r];
		if (pr->kind != RS_MANY_TO_MANY || !pr->join_table || strcmp(pr->join_table, tname))
			continue;
		n->rel = pr->name;
		if (pr->model_a != pr->model_b && pr->field_a >= 0 && pr->field_b >= 0) {
			n->forward = c->prev->models[pr->model_a].fields[pr->field_a].name;
			n->back = c->prev->models[pr->model_b].fields[pr->field_b].name;
		}
		break;
	}
}

/* The default relation name Prisma derives for two models: sorted names joined by "To". */
static bool is_generated_relation_name(const struct rs_schema *p, const struct rs_relation *rel)
{
	const char *a = p->models[rel->model_a].name, *b = p->models[rel->model_b].name;
	size_t la, lb;
	/*
	 * The resolved schema does not say whether the name was written; a
	 * self relation always has one written (Prisma asks for it), and a
	 * name equal to the derived one is taken as derived.
	 */
	if (rel->model_a == rel->model_b)
		return false;
	const char *lo = strcmp(a, b) <= 0 ? a : b, *hi = strcmp(a, b) <= 0 ? b : a;
	la = strlen(lo);
	lb = strlen(hi);
	return strlen(rel->name) == la + 2 + lb && !strncmp(rel->name, lo, la) && !strncmp(rel->name + la, "To", 2) &&
	       !strcmp(rel->name + la + 2, hi);
}

static void relation_names(struct ctx *c)
{
	const struct sql_schema *s = c->db;
	struct pairs amb = {0};
	find_ambiguous(c, &amb);
	for (size_t t = 0; t < s->tables.len; t++) {
		const struct sql_table *tab = &s->tables.items[t];
		if (c->tables[t].m2m) {
			name_m2m_relation(c, (int)t, &amb);
			continue;
		}
		for (int f = 0; f < tab->nfk; f++) {
			int fid = tab->fk_first + f;
			bool dup = false;
			/* a second foreign key over the same columns to the same columns adds nothing */
			for (int g = 0; g < f && !dup; g++) {
				int gid = tab->fk_first + g;
				const struct sql_fk *a = sql_fkey(s, fid), *b = sql_fkey(s, gid);
				if (a->ncols != b->ncols)
					continue;
				dup = true;
				for (int k = 0; k < a->ncols; k++)
					if (sql_fk_col(s, fid, k)->column != sql_fk_col(s, gid, k)->column ||
					    sql_fk_col(s, fid, k)->ref_column != sql_fk_col(s, gid, k)->ref_column)
						dup = false;
			}
			if (dup)
				continue;
			name_inline_relation(c, fid, &amb);
			/* re-introspection keeps the relation's field names and explicit name */
			if (c->prev_rel[fid]) {
				const struct rs_relation *rel = c->prev_rel[fid];
				const struct rs_model *ma = &c->prev->models[rel->model_a];
				const struct rs_model *mb = &c->prev->models[rel->model_b];
				if (rel->field_a >= 0 && rel->field_b >= 0) {
					c->fk_names[fid].forward = ma->fields[rel->field_a].name;
					c->fk_names[fid].back = mb->fields[rel->field_b].name;
					c->fk_names[fid].rel = is_generated_relation_name(c->prev, rel) ? "" : rel->name;
				}
			}
		}
	}
	vec_free(&amb.v);
	for (size_t t = 0; t < s->tables.len; t++) {
		const struct sql_table *tab = &s->tables.items[t];
		if (c->tables[t].skipped && !c->tables[t].m2m)
			continue;
		if (!c->tables[t].m2m) {
			for (int f = 0; f < tab->nfk; f++) {
				struct position fw = {(int)t, tab->fk_first + f, FORWARD};
				struct position bk = {sql_fkey(s, tab->fk_first + f)->ref_table, tab->fk_first + f, BACK};
				vec_push(&c->inline_pos, fw);
				vec_push(&c->inline_pos, bk);
			}
		} else {
			int f0 = tab->fk_first, f1 = tab->fk_first + 1;
			int fa = ieq(sql_col(s, sql_fk_col(s, f0, 0)->column)->name, "a") ? f0 : f1;
			int fb = fa == f0 ? f1 : f0;
			struct position fw = {sql_fkey(s, fa)->ref_table, fb, FORWARD};
			struct position bk = {sql_fkey(s, fb)->ref_table, fa, BACK};
			vec_push(&c->m2m_pos, fw);
			vec_push(&c->m2m_pos, bk);
		}
	}
}

/* ---- the naming pass -------------------------------------------------------- */

void ix_name_everything(struct ctx *c)
{
	const struct sql_schema *s = c->db;
	for (size_t t = 0; t < s->tables.len; t++) {
		c->tables[t].m2m = is_m2m_table(s, (int)t);
		c->tables[t].skipped = c->tables[t].m2m || is_migrations_table(s, (int)t);
		c->tables[t].usable = table_usable(s, (int)t);
		c->tables[t].prev_index = -1;
	}
	match_previous(c);
	/* top-level names, for the duplicate check across namespaces */
	for (size_t t = 0; t < s->tables.len; t++) {
		if (c->tables[t].m2m)
			continue;
		vec_push(&c->top_names, c->tables[t].prev ? c->tables[t].prev->name
							  : ix_sanitize(&c->arena, s->tables.items[t].name));
	}
	for (size_t e = 0; e < s->enums.len; e++)
		vec_push(&c->top_names,
			 c->prev_enums[e] ? c->prev_enums[e]->name : ix_sanitize(&c->arena, s->enums.items[e].name));
	for (size_t t = 0; t < s->tables.len; t++) {
		struct table_info *ti = &c->tables[t];
		if (ti->prev) {
			ti->name.name = ti->prev->name;
			ti->name.mapped = strcmp(ti->prev->db_name, ti->prev->name) ? ti->prev->db_name : NULL;
			ti->rel_name = ti->name.name;
		} else {
			struct name plain = ix_model_name(c, s->tables.items[t].name, NULL, &ti->reserved,
								&ti->duplicate);
			ti->rel_name = plain.name;
			ti->name = ix_model_name(c, s->tables.items[t].name, sql_table_ns(s, (int)t), &ti->reserved,
						       &ti->duplicate);
		}
	}
	for (size_t e = 0; e < s->enums.len; e++) {
		const struct rs_enum *pe = c->prev_enums[e];
		bool reserved, duplicate;
		if (pe) {
			c->enums[e].name = pe->name;
			c->enums[e].mapped = strcmp(pe->db_name, pe->name) ? pe->db_name : NULL;
		} else {
			c->enums[e] = ix_model_name(c, s->enums.items[e].name, sql_enum_ns(s, (int)e), &reserved,
							  &duplicate);
			c->enum_duplicate[e] = duplicate;
		}
	}
	for (size_t i = 0; i < s->columns.len; i++) {
		const struct rs_field *pf = c->prev_fields[i];
		if (pf) {
			c->columns[i].name = pf->name;
			c->columns[i].mapped = strcmp(pf->db_name, pf->name) ? pf->db_name : NULL;
		} else {
			c->columns[i] = ix_column_name(c, s->columns.items[i].name);
		}
	}
	relation_names(c);
}

