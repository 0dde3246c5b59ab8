/*
 * render.c: PostgreSQL DDL for migration steps, byte for byte what Prisma's
 * PostgreSQL renderer writes. Identifiers are double-quoted without
 * escaping embedded quotes and enum values single-quoted without escaping,
 * as Prisma does; default strings do get their quotes doubled.
 */
#include <inttypes.h>
#include <stdlib.h>

#include "sql/pg/render.h"
#include "sql/pg/types.h"

#define INDENT "    "

/* "ns"."name" or "name" */
static void qname(struct strbuf *sb, const char *ns, const char *name)
{
	if (ns)
		strbuf_addf(sb, "\"%s\".", ns);
	strbuf_addf(sb, "\"%s\"", name);
}

static void table_ref(struct strbuf *sb, const struct sql_schema *s, int t)
{
	qname(sb, sql_table_explicit_ns(s, t), sql_tab(s, t)->name);
}

/*
 * The name of a table being altered: the namespace from the next schema
 * (only when explicit), the name from the previous one.
 */
static void alter_table_ref(struct strbuf *sb, const struct sql_migration *m, int prev, int next)
{
	qname(sb, sql_table_explicit_ns(m->after, next), sql_tab(m->before, prev)->name);
}

/* A dropped object's namespace, unless it is the next schema's default one. */
static const char *drop_ns(const struct sql_migration *m, const char *ns)
{
	if (ns && m->after->default_namespace && !strcmp(ns, m->after->default_namespace))
		return NULL;
	return ns;
}

static void escape_literal(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '\'')
			strbuf_addch(sb, '\'');
		strbuf_addch(sb, *s);
	}
}

void pg_render_column_type(const struct sql_schema *s, int column, struct strbuf *out)
{
	const struct sql_column *c = sql_col(s, column);
	const char *list = c->type.arity == SQL_LIST ? "[]" : "";
	if (c->type.family == SQL_FAM_ENUM) {
		qname(out, sql_enum_explicit_ns(s, c->type.ref), s->enums.items[c->type.ref].name);
		strbuf_addstr(out, list);
		return;
	}
	if (c->type.family == SQL_FAM_UNSUPPORTED) {
		strbuf_addf(out, "%s%s", c->type.unsupported, list);
		return;
	}
	pg_render_native(&c->type.native, c->auto_increment, out);
	if (c->type.native.kind != PG_UNKNOWN)
		strbuf_addstr(out, list);
}

static void render_value(struct strbuf *sb, const struct sql_value *v, const char *full_type)
{
	switch (v->kind) {
	case SQL_V_STRING:
	case SQL_V_ENUM:
	case SQL_V_JSON:
		strbuf_addch(sb, '\'');
		escape_literal(sb, v->s);
		strbuf_addch(sb, '\'');
		break;
	case SQL_V_DATETIME:
		strbuf_addf(sb, "'%s'", v->s);
		break;
	case SQL_V_BYTES:
		strbuf_addstr(sb, "'\\x");
		for (size_t i = 0; i < v->len; i++)
			strbuf_addf(sb, "%02x", (unsigned char)v->s[i]);
		strbuf_addch(sb, '\'');
		break;
	case SQL_V_LIST:
		strbuf_addstr(sb, "ARRAY[");
		for (size_t i = 0; i < v->nitems; i++) {
			if (i)
				strbuf_addstr(sb, ", ");
			render_value(sb, &v->items[i], full_type);
		}
		strbuf_addf(sb, "]::%s", full_type);
		break;
	case SQL_V_BOOLEAN:
		strbuf_addstr(sb, v->b ? "true" : "false");
		break;
	case SQL_V_INT:
	case SQL_V_BIGINT:
		strbuf_addf(sb, "%" PRId64, v->i);
		break;
	case SQL_V_FLOAT:
		strbuf_addstr(sb, v->s);
		break;
	}
}

/* Prisma's render_default(); appends nothing for sequences and dbgenerated(). */
static void render_default(struct strbuf *sb, const struct sql_default *d, const char *full_type)
{
	switch (d->kind) {
	case SQL_DEF_DBGENERATED:
		if (d->text)
			strbuf_addstr(sb, d->text);
		break;
	case SQL_DEF_NOW:
		strbuf_addstr(sb, "CURRENT_TIMESTAMP");
		break;
	case SQL_DEF_VALUE:
		render_value(sb, &d->value, full_type);
		break;
	case SQL_DEF_UNIQUE_ROWID:
		strbuf_addstr(sb, "unique_rowid()");
		break;
	case SQL_DEF_SEQUENCE:
		break;
	}
}

static void render_column(struct strbuf *sb, const struct sql_schema *s, int column)
{
	const struct sql_column *c = sql_col(s, column);
	struct strbuf type = STRBUF_INIT, def = STRBUF_INIT;
	pg_render_column_type(s, column, &type);
	strbuf_addf(sb, INDENT "\"%s\" %s", c->name, type.buf);
	if (c->type.arity == SQL_REQUIRED)
		strbuf_addstr(sb, " NOT NULL");
	if (c->dflt)
		render_default(&def, c->dflt, type.buf);
	if (def.len)
		strbuf_addf(sb, " DEFAULT %s", def.buf);
	strbuf_release(&type);
	strbuf_release(&def);
}

static void render_create_table(const struct sql_schema *s, int t, struct sql_stmts *out)
{
	struct strbuf sb = STRBUF_INIT;
	const struct sql_table *tb = sql_tab(s, t);
	strbuf_addstr(&sb, "CREATE TABLE ");
	table_ref(&sb, s, t);
	strbuf_addstr(&sb, " (\n");
	for (int i = 0; i < tb->ncols; i++) {
		if (i)
			strbuf_addstr(&sb, ",\n");
		render_column(&sb, s, tb->col_first + i);
	}
	int pk = sql_table_pk(s, t);
	if (pk >= 0) {
		strbuf_addf(&sb, ",\n\n" INDENT "CONSTRAINT \"%s\" PRIMARY KEY (", sql_idx(s, pk)->name);
		for (int i = 0; i < sql_idx(s, pk)->ncols; i++)
			strbuf_addf(&sb, "%s\"%s\"", i ? "," : "", sql_col(s, sql_idx_col(s, pk, i)->column)->name);
		strbuf_addch(&sb, ')');
	}
	strbuf_addstr(&sb, "\n)");
	sql_stmts_push(out, &sb);
}

static const char *action(enum sql_fk_action a)
{
	static const char *const n[] = {"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"};
	return n[a];
}

static void render_add_fk(const struct sql_schema *s, int fk, struct sql_stmts *out)
{
	struct strbuf sb = STRBUF_INIT;
	const struct sql_fk *f = sql_fkey(s, fk);
	strbuf_addstr(&sb, "ALTER TABLE ");
	table_ref(&sb, s, f->table);
	strbuf_addstr(&sb, " ADD ");
	if (f->name)
		strbuf_addf(&sb, "CONSTRAINT \"%s\" ", f->name);
	strbuf_addstr(&sb, "FOREIGN KEY (");
	for (int i = 0; i < f->ncols; i++)
		strbuf_addf(&sb, "%s\"%s\"", i ? ", " : "", sql_col(s, sql_fk_col(s, fk, i)->column)->name);
	strbuf_addstr(&sb, ") REFERENCES ");
	table_ref(&sb, s, f->ref_table);
	strbuf_addch(&sb, '(');
	for (int i = 0; i < f->ncols; i++)
		strbuf_addf(&sb, "%s\"%s\"", i ? ", " : "", sql_col(s, sql_fk_col(s, fk, i)->ref_column)->name);
	strbuf_addf(&sb, ") ON DELETE %s ON UPDATE %s", action(f->on_delete), action(f->on_update));
	sql_stmts_push(out, &sb);
}

static void render_create_index(const struct sql_schema *s, int idx, struct sql_stmts *out)
{
	static const char *const using[] = {"", " USING HASH ", " USING GIST ", " USING GIN ", " USING SPGIST ",
					    " USING BRIN "};
	struct strbuf sb = STRBUF_INIT;
	const struct sql_index *ix = sql_idx(s, idx);
	strbuf_addf(&sb, "CREATE %sINDEX \"%s\" ON ", ix->type == SQL_IDX_UNIQUE ? "UNIQUE " : "", ix->name);
	table_ref(&sb, s, ix->table);
	strbuf_addf(&sb, "%s(", using[ix->algo]);
	for (int i = 0; i < ix->ncols; i++) {
		const struct sql_index_column *c = sql_idx_col(s, idx, i);
		strbuf_addf(&sb, "%s\"%s\"", i ? ", " : "", sql_col(s, c->column)->name);
		if (c->opclass)
			strbuf_addf(&sb, " %s", c->opclass);
		if (c->sort != SQL_SORT_NONE)
			strbuf_addstr(&sb, c->sort == SQL_SORT_ASC ? " ASC" : " DESC");
	}
	strbuf_addch(&sb, ')');
	sql_stmts_push(out, &sb);
}

/* ---- ALTER TABLE ------------------------------------------------------------------ */

enum alter_op { OP_SET_DEFAULT, OP_DROP_DEFAULT, OP_DROP_NOT_NULL, OP_SET_TYPE, OP_SET_NOT_NULL, OP_ADD_SEQUENCE };

static void render_alter_column(const struct sql_migration *m, const struct table_change *tc, struct sql_stmts *before,
				struct sql_stmts *clauses, struct sql_stmts *after)
{
	const struct sql_column *p = sql_col(m->before, tc->prev), *n = sql_col(m->after, tc->next);
	enum alter_op ops[8];
	int nops = 0;
	bool set_type = false;

	/* expand_alter_column(): the changes in flag order, SET DATA TYPE last */
	if (tc->changes & COLCHG_ARITY) {
		enum sql_arity pa = p->type.arity, na = n->type.arity;
		if (pa == SQL_REQUIRED && na == SQL_NULLABLE)
			ops[nops++] = OP_DROP_NOT_NULL;
		else if (pa == SQL_NULLABLE && na == SQL_REQUIRED)
			ops[nops++] = OP_SET_NOT_NULL;
		else if (pa == SQL_LIST && na == SQL_NULLABLE) {
			set_type = true;
			ops[nops++] = OP_DROP_NOT_NULL;
		} else if (pa == SQL_LIST && na == SQL_REQUIRED) {
			set_type = true;
			ops[nops++] = OP_SET_NOT_NULL;
		} else if (na == SQL_LIST && pa != SQL_LIST)
			set_type = true;
	}
	if (tc->changes & COLCHG_DEFAULT)
		ops[nops++] = n->dflt ? OP_SET_DEFAULT : OP_DROP_DEFAULT;
	if (tc->changes & COLCHG_TYPE)
		set_type = true;
	if (tc->changes & COLCHG_AUTOINCREMENT)
		ops[nops++] = p->auto_increment ? OP_DROP_DEFAULT : OP_ADD_SEQUENCE;
	if (set_type)
		ops[nops++] = OP_SET_TYPE;

	struct strbuf table = STRBUF_INIT;
	alter_table_ref(&table, m, p->table, n->table);
	for (int i = 0; i < nops; i++) {
		struct strbuf type = STRBUF_INIT;
		switch (ops[i]) {
		case OP_DROP_DEFAULT:
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" DROP DEFAULT", p->name);
			/* also drop the sequence, unless another column still uses it */
			if (p->dflt && p->dflt->kind == SQL_DEF_SEQUENCE) {
				bool used = false;
				const struct sql_schema *b = m->after;
				for (size_t c = 0; c < b->columns.len && !used; c++) {
					const struct sql_column *o = &b->columns.items[c];
					if (!o->dflt || o->dflt->kind != SQL_DEF_SEQUENCE || strcmp(o->dflt->text, p->dflt->text))
						continue;
					bool same = !strcmp(o->name, n->name) &&
						    !strcmp(sql_tab(b, o->table)->name, sql_tab(b, n->table)->name) &&
						    sql_tab(b, o->table)->ns == sql_tab(b, n->table)->ns;
					used = !same;
				}
				if (!used)
					sql_stmts_pushf(after, "DROP SEQUENCE \"%s\"", p->dflt->text);
			}
			break;
		case OP_SET_DEFAULT: {
			struct strbuf def = STRBUF_INIT;
			pg_render_column_type(m->after, tc->next, &type);
			render_default(&def, n->dflt, type.buf);
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" SET DEFAULT %s", p->name, def.buf);
			strbuf_release(&def);
			break;
		}
		case OP_DROP_NOT_NULL:
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" DROP NOT NULL", p->name);
			break;
		case OP_SET_NOT_NULL:
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" SET NOT NULL", p->name);
			break;
		case OP_SET_TYPE:
			pg_render_column_type(m->after, tc->next, &type);
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" SET DATA TYPE %s", p->name, type.buf);
			break;
		case OP_ADD_SEQUENCE: {
			/* imitate the sequence a SERIAL column gets */
			struct strbuf seq = STRBUF_INIT;
			const char *ns = sql_table_explicit_ns(m->after, n->table);
			if (ns)
				strbuf_addf(&seq, "\"%s\".", ns);
			strbuf_addf(&seq, "%s_%s_seq", sql_tab(m->after, n->table)->name, n->name);
			for (size_t k = 0; k < seq.len; k++)
				seq.buf[k] = (char)(seq.buf[k] >= 'A' && seq.buf[k] <= 'Z' ? seq.buf[k] + 32 : seq.buf[k]);
			sql_stmts_pushf(before, "CREATE SEQUENCE %s", seq.buf);
			sql_stmts_pushf(clauses, "ALTER COLUMN \"%s\" SET DEFAULT nextval('%s')", p->name, seq.buf);
			sql_stmts_pushf(after, "ALTER SEQUENCE %s OWNED BY %s.\"%s\"", seq.buf, table.buf, p->name);
			strbuf_release(&seq);
			break;
		}
		}
		strbuf_release(&type);
	}
	strbuf_release(&table);
}

static void render_alter_table(const struct sql_migration *m, const struct sql_step *st, struct sql_stmts *out)
{
	struct sql_stmts before = {0}, lines = {0}, after = {0};
	for (size_t i = 0; i < st->nchanges; i++) {
		const struct table_change *tc = &st->changes[i];
		struct strbuf sb = STRBUF_INIT;
		int pk;
		switch (tc->kind) {
		case TC_DROP_PRIMARY_KEY:
			sql_stmts_pushf(&lines, "DROP CONSTRAINT \"%s\"", sql_idx(m->before, sql_table_pk(m->before, st->prev))->name);
			break;
		case TC_RENAME_PRIMARY_KEY:
			sql_stmts_pushf(&lines, "RENAME CONSTRAINT \"%s\" TO \"%s\"",
					sql_idx(m->before, sql_table_pk(m->before, st->prev))->name,
					sql_idx(m->after, sql_table_pk(m->after, st->next))->name);
			break;
		case TC_ADD_PRIMARY_KEY:
			pk = sql_table_pk(m->after, st->next);
			strbuf_addf(&sb, "ADD CONSTRAINT \"%s\" PRIMARY KEY (", sql_idx(m->after, pk)->name);
			for (int c = 0; c < sql_idx(m->after, pk)->ncols; c++)
				strbuf_addf(&sb, "%s\"%s\"", c ? ", " : "",
					    sql_col(m->after, sql_idx_col(m->after, pk, c)->column)->name);
			strbuf_addch(&sb, ')');
			sql_stmts_push(&lines, &sb);
			break;
		case TC_ADD_COLUMN:
			strbuf_addstr(&sb, "ADD COLUMN ");
			render_column(&sb, m->after, tc->column);
			sql_stmts_push(&lines, &sb);
			break;
		case TC_DROP_COLUMN:
			sql_stmts_pushf(&lines, "DROP COLUMN \"%s\"", sql_col(m->before, tc->column)->name);
			break;
		case TC_ALTER_COLUMN:
			render_alter_column(m, tc, &before, &lines, &after);
			break;
		case TC_DROP_AND_RECREATE_COLUMN:
			sql_stmts_pushf(&lines, "DROP COLUMN \"%s\"", sql_col(m->before, tc->prev)->name);
			strbuf_addstr(&sb, "ADD COLUMN ");
			render_column(&sb, m->after, tc->next);
			sql_stmts_push(&lines, &sb);
			break;
		}
		strbuf_release(&sb);
	}
	if (lines.items.len) {
		struct strbuf sb = STRBUF_INIT;
		for (size_t i = 0; i < before.items.len; i++)
			sql_stmts_pushf(out, "%s", before.items.items[i]);
		strbuf_addstr(&sb, "ALTER TABLE ");
		alter_table_ref(&sb, m, st->prev, st->next);
		strbuf_addch(&sb, ' ');
		for (size_t i = 0; i < lines.items.len; i++)
			strbuf_addf(&sb, "%s%s", i ? ",\n" : "", lines.items.items[i]);
		sql_stmts_push(out, &sb);
		for (size_t i = 0; i < after.items.len; i++)
			sql_stmts_pushf(out, "%s", after.items.items[i]);
	}
	sql_stmts_release(&before);
	sql_stmts_release(&lines);
	sql_stmts_release(&after);
}

/* ---- enums ----------------------------------------------------------------------- */

static void render_alter_enum(const struct sql_migration *m, const struct sql_step *st, struct sql_stmts *out)
{
	const struct sql_schema *a = m->before, *b = m->after;
	const struct sql_enum *pe = &a->enums.items[st->prev], *ne = &b->enums.items[st->next];
	struct strbuf sb = STRBUF_INIT, enum_ref = STRBUF_INIT, tmp = STRBUF_INIT, tmp_name = STRBUF_INIT;

	/* ALTER TYPE: the namespace from the next schema, the name from the previous */
	qname(&enum_ref, sql_enum_explicit_ns(b, st->next), pe->name);
	if (!st->ndropped) {
		for (size_t i = 0; i < st->ncreated; i++) {
			if (i == 0 && st->ncreated > 1)
				strbuf_addstr(&sb, "-- This migration adds more than one value to an enum.\n"
						   "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
						   "-- in a single migration. This can be worked around by creating\n"
						   "-- multiple migrations, each migration adding only one value to\n"
						   "-- the enum.\n\n\n");
			strbuf_addf(&sb, "ALTER TYPE %s ADD VALUE '%s'", enum_ref.buf, st->created[i]);
			sql_stmts_push(out, &sb);
		}
		strbuf_release(&enum_ref);
		return;
	}

	strbuf_addf(&tmp_name, "%s_new", ne->name);
	qname(&tmp, sql_enum_explicit_ns(b, st->next), tmp_name.buf);
	strbuf_release(&tmp_name);
	sql_stmts_pushf(out, "BEGIN");
	strbuf_addf(&sb, "CREATE TYPE %s AS ENUM (", tmp.buf);
	for (int i = 0; i < ne->nvars; i++)
		strbuf_addf(&sb, "%s'%s'", i ? ", " : "", sql_variant_name(b, st->next, i));
	strbuf_addch(&sb, ')');
	sql_stmts_push(out, &sb);

	for (size_t i = 0; i < st->nusages; i++) {
		const struct sql_column *c = sql_col(a, st->usages[i].prev);
		table_ref(&sb, a, c->table);
		sql_stmts_pushf(out, "ALTER TABLE %s ALTER COLUMN \"%s\" DROP DEFAULT", sb.buf, c->name);
		strbuf_reset(&sb);
	}
	for (size_t i = 0; i < b->columns.len; i++) {
		const struct sql_column *c = &b->columns.items[i];
		if (c->type.family != SQL_FAM_ENUM || c->type.ref != st->next)
			continue;
		const char *arr = c->type.arity == SQL_LIST ? "[]" : "";
		table_ref(&sb, b, c->table);
		sql_stmts_pushf(out, "ALTER TABLE %s ALTER COLUMN \"%s\" TYPE %s%s USING (\"%s\"::text::%s%s)", sb.buf,
				c->name, tmp.buf, arr, c->name, tmp.buf, arr);
		strbuf_reset(&sb);
	}
	sql_stmts_pushf(out, "ALTER TYPE %s RENAME TO \"%s_old\"", enum_ref.buf, pe->name);
	sql_stmts_pushf(out, "ALTER TYPE %s RENAME TO \"%s\"", tmp.buf, ne->name);
	{
		const char *ns = sql_enum_explicit_ns(a, st->prev);
		if (ns)
			sql_stmts_pushf(out, "DROP TYPE \"%s\".\"%s_old\"", ns, pe->name);
		else
			sql_stmts_pushf(out, "DROP TYPE \"%s_old\"", pe->name);
	}
	for (size_t i = 0; i < st->nusages; i++) {
		if (st->usages[i].next < 0)
			continue;
		const struct sql_column *pc = sql_col(a, st->usages[i].prev), *nc = sql_col(b, st->usages[i].next);
		if (!nc->dflt)
			continue;
		struct strbuf type = STRBUF_INIT, def = STRBUF_INIT, table = STRBUF_INIT;
		pg_render_column_type(b, st->usages[i].next, &type);
		render_default(&def, nc->dflt, type.buf);
		alter_table_ref(&table, m, pc->table, nc->table);
		sql_stmts_pushf(out, "ALTER TABLE %s ALTER COLUMN \"%s\" SET DEFAULT %s", table.buf, pc->name, def.buf);
		strbuf_release(&type);
		strbuf_release(&def);
		strbuf_release(&table);
	}
	sql_stmts_pushf(out, "COMMIT");
	strbuf_release(&sb);
	strbuf_release(&enum_ref);
	strbuf_release(&tmp);
}

/* ---- the step switch ---------------------------------------------------------------- */

void pg_render_step(const struct sql_migration *m, const struct sql_step *st, struct sql_stmts *out)
{
	const struct sql_schema *a = m->before, *b = m->after;
	struct strbuf sb = STRBUF_INIT;
	const char *ns;
	switch (st->kind) {
	case STEP_CREATE_SCHEMA:
		sql_stmts_pushf(out, "CREATE SCHEMA IF NOT EXISTS \"%s\"", b->namespaces.items[st->id]);
		break;
	case STEP_CREATE_ENUM: {
		const struct sql_enum *e = &b->enums.items[st->id];
		strbuf_addstr(&sb, "CREATE TYPE ");
		qname(&sb, sql_enum_explicit_ns(b, st->id), e->name);
		strbuf_addstr(&sb, " AS ENUM (");
		for (int i = 0; i < e->nvars; i++)
			strbuf_addf(&sb, "%s'%s'", i ? ", " : "", sql_variant_name(b, st->id, i));
		strbuf_addch(&sb, ')');
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_DROP_ENUM:
		ns = drop_ns(m, sql_enum_ns(a, st->id));
		strbuf_addstr(&sb, "DROP TYPE ");
		qname(&sb, ns, a->enums.items[st->id].name);
		sql_stmts_push(out, &sb);
		break;
	case STEP_ALTER_ENUM:
		render_alter_enum(m, st, out);
		break;
	case STEP_CREATE_TABLE:
		render_create_table(b, st->id, out);
		break;
	case STEP_DROP_TABLE:
		ns = drop_ns(m, sql_table_ns(a, st->id));
		strbuf_addstr(&sb, "DROP TABLE ");
		qname(&sb, ns, sql_tab(a, st->id)->name);
		sql_stmts_push(out, &sb);
		break;
	case STEP_ADD_FOREIGN_KEY:
		render_add_fk(b, st->id, out);
		break;
	case STEP_DROP_FOREIGN_KEY: {
		const struct sql_fk *f = sql_fkey(a, st->id);
		ns = drop_ns(m, sql_table_ns(a, f->table));
		strbuf_addstr(&sb, "ALTER TABLE ");
		qname(&sb, ns, sql_tab(a, f->table)->name);
		strbuf_addf(&sb, " DROP CONSTRAINT \"%s\"", f->name ? f->name : "");
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_RENAME_FOREIGN_KEY: {
		const struct sql_fk *p = sql_fkey(a, st->prev), *n = sql_fkey(b, st->next);
		strbuf_addstr(&sb, "ALTER TABLE ");
		alter_table_ref(&sb, m, p->table, n->table);
		strbuf_addf(&sb, " RENAME CONSTRAINT \"%s\" TO \"%s\"", p->name, n->name);
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_ALTER_TABLE:
		render_alter_table(m, st, out);
		break;
	case STEP_CREATE_INDEX:
		render_create_index(b, st->id, out);
		break;
	case STEP_DROP_INDEX: {
		const struct sql_index *ix = sql_idx(a, st->id);
		ns = drop_ns(m, sql_table_ns(a, ix->table));
		strbuf_addstr(&sb, "DROP INDEX ");
		qname(&sb, ns, ix->name);
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_RENAME_INDEX: {
		const struct sql_index *p = sql_idx(a, st->prev), *n = sql_idx(b, st->next);
		/* the new name cannot be qualified: PostgreSQL keeps the schema */
		strbuf_addstr(&sb, "ALTER INDEX ");
		qname(&sb, sql_table_explicit_ns(b, n->table), p->name);
		strbuf_addf(&sb, " RENAME TO \"%s\"", n->name);
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_CREATE_EXTENSION: {
		const struct sql_extension *e = &b->extensions.items[st->id];
		strbuf_addf(&sb, "CREATE EXTENSION IF NOT EXISTS \"%s\"", e->name);
		if (*e->version || *e->schema)
			strbuf_addstr(&sb, " WITH");
		if (*e->schema)
			strbuf_addf(&sb, " SCHEMA \"%s\"", e->schema);
		if (*e->version)
			strbuf_addf(&sb, " VERSION \"%s\"", e->version);
		sql_stmts_push(out, &sb);
		break;
	}
	case STEP_DROP_EXTENSION:
		sql_stmts_pushf(out, "DROP EXTENSION \"%s\"", a->extensions.items[st->id].name);
		break;
	case STEP_ALTER_EXTENSION: {
		const struct sql_extension *p = &a->extensions.items[st->prev], *n = &b->extensions.items[st->next];
		if (st->ext_changes & EXTCHG_VERSION)
			sql_stmts_pushf(out, "ALTER EXTENSION \"%s\" UPDATE TO \"%s\"", p->name, n->version);
		if (st->ext_changes & EXTCHG_SCHEMA)
			sql_stmts_pushf(out, "ALTER EXTENSION \"%s\" SET SCHEMA \"%s\"", p->name, n->schema);
		break;
	}
	default:
		/* CockroachDB and SQLite steps: never produced for PostgreSQL */
		break;
	}
	strbuf_release(&sb);
}

void pg_render_script(const struct sql_migration *m, const struct destructive_diagnostics *d, struct strbuf *out)
{
	migration_render_script(m, d, pg_render_step, NULL, NULL, out);
}
