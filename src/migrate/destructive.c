/*
 * destructive.c: Prisma's destructive change checker. A plan of checks is
 * made from the steps alone; each check then becomes a message or nothing,
 * depending on what is known about the data (nothing, for the pure check;
 * row and value counts, when a database is at hand).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "migrate/destructive.h"
#include "sql/pg/conn.h"
#include "sql/pg/types.h"

enum check_kind {
	/* warnings */
	W_DROP_AND_RECREATE_COLUMN,
	W_NON_EMPTY_COLUMN_DROP,
	W_NON_EMPTY_TABLE_DROP,
	W_RISKY_CAST,
	W_NOT_CASTABLE,
	W_PRIMARY_KEY_CHANGE,
	W_UNIQUE_CONSTRAINT_ADDITION,
	W_ENUM_VALUE_REMOVAL,
	/* unexecutable steps */
	U_ADDED_REQUIRED_FIELD,
	U_ADDED_REQUIRED_FIELD_PRISMA_DEFAULT,
	U_MADE_OPTIONAL_FIELD_REQUIRED,
	U_MADE_SCALAR_FIELD_LIST,
	U_DROP_AND_RECREATE_REQUIRED_COLUMN,
};

struct check {
	enum check_kind kind;
	size_t step;
	const char *table, *ns, *column; /* ns: the explicit namespace or NULL */
	char *prev_type, *next_type;
	char *list;                      /* joined columns or enum values */
};

struct count {
	const char *table, *ns, *column; /* column NULL: a table's row count */
	int64_t n;
};

struct plan {
	VEC(struct check) warnings;
	VEC(struct check) unexecutable;
	VEC(struct count) counts;
};

static void add(struct plan *p, enum check_kind k, size_t step, const char *table, const char *ns, const char *column)
{
	struct check c = {0};
	c.kind = k;
	c.step = step;
	c.table = table;
	c.ns = ns;
	c.column = column;
	if (k >= U_ADDED_REQUIRED_FIELD)
		vec_push(&p->unexecutable, c);
	else
		vec_push(&p->warnings, c);
}

static struct check *last_warning(struct plan *p)
{
	return &p->warnings.items[p->warnings.len - 1];
}

/* Prisma's display_column_type(): the native type, else the family's Debug. */
static char *display_type(const struct sql_schema *s, int col)
{
	struct strbuf sb = STRBUF_INIT;
	const struct sql_column *c = sql_col(s, col);
	if (c->type.native.kind)
		pg_native_to_string(&c->type.native, &sb);
	else
		sql_family_debug(&c->type, &sb);
	return strbuf_detach(&sb, NULL);
}

static void column_check(struct plan *p, enum check_kind k, size_t step, const struct sql_schema *s, int col)
{
	int t = sql_col(s, col)->table;
	add(p, k, step, sql_tab(s, t)->name, sql_table_explicit_ns(s, t), sql_col(s, col)->name);
}

static void make_plan(const struct sql_migration *m, struct plan *p)
{
	const struct sql_schema *a = m->before, *b = m->after;
	for (size_t i = 0; i < m->steps.len; i++) {
		const struct sql_step *st = &m->steps.items[i];
		switch (st->kind) {
		case STEP_ALTER_TABLE:
			for (size_t k = 0; k < st->nchanges; k++) {
				const struct table_change *tc = &st->changes[k];
				const struct sql_column *pc = tc->prev >= 0 ? sql_col(a, tc->prev) : NULL;
				const struct sql_column *nc = tc->next >= 0 ? sql_col(b, tc->next) : NULL;
				switch (tc->kind) {
				case TC_DROP_COLUMN:
					column_check(p, W_NON_EMPTY_COLUMN_DROP, i, a, tc->column);
					break;
				case TC_ALTER_COLUMN:
					if ((tc->changes & COLCHG_ARITY) && pc->type.arity == SQL_NULLABLE && nc->type.arity == SQL_REQUIRED)
						column_check(p, U_MADE_OPTIONAL_FIELD_REQUIRED, i, a, tc->prev);
					if ((tc->changes & COLCHG_ARITY) && pc->type.arity != SQL_LIST && nc->type.arity == SQL_LIST)
						column_check(p, U_MADE_SCALAR_FIELD_LIST, i, a, tc->prev);
					if (tc->type_change == CTC_RISKY || tc->type_change == CTC_NOT_CASTABLE) {
						column_check(p, tc->type_change == CTC_RISKY ? W_RISKY_CAST : W_NOT_CASTABLE, i, a, tc->prev);
						last_warning(p)->prev_type = display_type(a, tc->prev);
						last_warning(p)->next_type = display_type(b, tc->next);
					}
					break;
				case TC_ADD_COLUMN: {
					const struct sql_column *c = sql_col(b, tc->column);
					if (c->type.arity == SQL_REQUIRED && !c->dflt)
						column_check(p, tc->has_virtual_default ? U_ADDED_REQUIRED_FIELD_PRISMA_DEFAULT : U_ADDED_REQUIRED_FIELD,
							     i, b, tc->column);
					break;
				}
				case TC_DROP_PRIMARY_KEY:
					add(p, W_PRIMARY_KEY_CHANGE, i, sql_tab(a, st->prev)->name, sql_table_explicit_ns(a, st->prev), NULL);
					break;
				case TC_DROP_AND_RECREATE_COLUMN:
					if ((tc->changes & COLCHG_ARITY) && pc->type.arity == SQL_NULLABLE && nc->type.arity == SQL_REQUIRED && !nc->dflt)
						column_check(p, U_ADDED_REQUIRED_FIELD, i, a, tc->prev);
					else if (nc->type.arity == SQL_REQUIRED && !nc->dflt)
						column_check(p, U_DROP_AND_RECREATE_REQUIRED_COLUMN, i, a, tc->prev);
					else
						column_check(p, W_DROP_AND_RECREATE_COLUMN, i, a, tc->prev);
					break;
				default:
					break;
				}
			}
			break;
		case STEP_DROP_TABLE:
			add(p, W_NON_EMPTY_TABLE_DROP, i, sql_tab(a, st->id)->name, sql_table_explicit_ns(a, st->id), NULL);
			break;
		case STEP_CREATE_INDEX:
			if (st->prev >= 0 && !st->from_drop_and_recreate && sql_idx(b, st->id)->type == SQL_IDX_UNIQUE) {
				struct strbuf sb = STRBUF_INIT;
				const struct sql_index *ix = sql_idx(b, st->id);
				for (int c = 0; c < ix->ncols; c++)
					strbuf_addf(&sb, "%s%s", c ? "," : "", sql_col(b, sql_idx_col(b, st->id, c)->column)->name);
				add(p, W_UNIQUE_CONSTRAINT_ADDITION, i, sql_tab(b, ix->table)->name, NULL, NULL);
				last_warning(p)->list = strbuf_detach(&sb, NULL);
			}
			break;
		case STEP_ALTER_ENUM:
			if (st->ndropped) {
				struct strbuf sb = STRBUF_INIT;
				for (size_t v = 0; v < st->ndropped; v++)
					strbuf_addf(&sb, "%s%s", v ? "," : "", st->dropped[v]);
				add(p, W_ENUM_VALUE_REMOVAL, i, b->enums.items[st->next].name, NULL, NULL);
				last_warning(p)->list = strbuf_detach(&sb, NULL);
			}
			break;
		default:
			break;
		}
	}
}

/* ---- counts ------------------------------------------------------------------------ */

static bool needs_table_count(enum check_kind k)
{
	return k == W_NON_EMPTY_TABLE_DROP || k == W_PRIMARY_KEY_CHANGE || k == W_DROP_AND_RECREATE_COLUMN ||
	       k >= U_ADDED_REQUIRED_FIELD;
}

static bool needs_value_count(enum check_kind k)
{
	return k == W_NON_EMPTY_COLUMN_DROP || k == W_RISKY_CAST || k == W_DROP_AND_RECREATE_COLUMN ||
	       k == U_MADE_OPTIONAL_FIELD_REQUIRED || k == U_MADE_SCALAR_FIELD_LIST;
}

static const struct count *find_count(const struct plan *p, const char *table, const char *ns, const char *column)
{
	for (size_t i = 0; i < p->counts.len; i++) {
		const struct count *c = &p->counts.items[i];
		if (!strcmp(c->table, table) && str_eq(c->ns, ns) && str_eq(c->column, column))
			return c;
	}
	return NULL;
}

static int count_query(PGconn *conn, struct plan *p, const char *table, const char *ns, const char *column,
		       struct rdb_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	PGresult *r;
	if (find_count(p, table, ns, column))
		return 0;
	strbuf_addstr(&sql, "SELECT COUNT(*) FROM ");
	if (ns)
		strbuf_addf(&sql, "\"%s\".", ns);
	strbuf_addf(&sql, "\"%s\"", table);
	if (column)
		strbuf_addf(&sql, " WHERE \"%s\" IS NOT NULL", column);
	int rc = pg_query(conn, sql.buf, 0, NULL, &r, err);
	strbuf_release(&sql);
	if (rc < 0)
		return -1;
	struct count c = {table, ns, column, PQntuples(r) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0};
	vec_push(&p->counts, c);
	PQclear(r);
	return 0;
}

static int inspect(PGconn *conn, struct plan *p, const struct check *c, struct rdb_error *err)
{
	if (needs_table_count(c->kind) && count_query(conn, p, c->table, c->ns, NULL, err) < 0)
		return -1;
	if (needs_value_count(c->kind) && count_query(conn, p, c->table, c->ns, c->column, err) < 0)
		return -1;
	return 0;
}

/* ---- messages --------------------------------------------------------------------- */

static char *message(const struct plan *p, const struct check *c)
{
	const struct count *rows = find_count(p, c->table, c->ns, NULL);
	const struct count *vals = c->column ? find_count(p, c->table, c->ns, c->column) : NULL;
	struct strbuf sb = STRBUF_INIT;
	bool empty_table = rows && rows->n == 0, no_values = vals && vals->n == 0;

	switch (c->kind) {
	case W_DROP_AND_RECREATE_COLUMN:
		if (empty_table || no_values)
			break;
		strbuf_addf(&sb, "The `%s` column on the `%s` table would be dropped and recreated. %s", c->column, c->table,
			    vals ? "This will lead to data loss." : "This will lead to data loss if there is data in the column.");
		break;
	case W_NON_EMPTY_TABLE_DROP:
		if (empty_table)
			break;
		if (rows)
			strbuf_addf(&sb, "You are about to drop the `%s` table, which is not empty (%" PRId64 " rows).", c->table, rows->n);
		else
			strbuf_addf(&sb, "You are about to drop the `%s` table. If the table is not empty, all the data it contains will be lost.", c->table);
		break;
	case W_NON_EMPTY_COLUMN_DROP:
		if (empty_table || no_values)
			break;
		if (vals)
			strbuf_addf(&sb, "You are about to drop the column `%s` on the `%s` table, which still contains %" PRId64 " non-null values.", c->column, c->table, vals->n);
		else
			strbuf_addf(&sb, "You are about to drop the column `%s` on the `%s` table. All the data in the column will be lost.", c->column, c->table);
		break;
	case W_RISKY_CAST:
		if (empty_table || no_values)
			break;
		if (vals)
			strbuf_addf(&sb, "You are about to alter the column `%s` on the `%s` table, which contains %" PRId64 " non-null values. The data in that column will be cast from `%s` to `%s`.", c->column, c->table, vals->n, c->prev_type, c->next_type);
		else
			strbuf_addf(&sb, "You are about to alter the column `%s` on the `%s` table. The data in that column could be lost. The data in that column will be cast from `%s` to `%s`.", c->column, c->table, c->prev_type, c->next_type);
		break;
	case W_NOT_CASTABLE:
		if (empty_table || no_values)
			break;
		if (vals)
			strbuf_addf(&sb, "You are about to alter the column `%s` on the `%s` table, which contains %" PRId64 " non-null values. The data in that column will be cast from `%s` to `%s`. This cast may fail. Please make sure the data in the column can be cast.", c->column, c->table, vals->n, c->prev_type, c->next_type);
		else
			strbuf_addf(&sb, "You are about to alter the column `%s` on the `%s` table. The data in that column will be cast from `%s` to `%s`. This cast may fail. Please make sure the data in the column can be cast.", c->column, c->table, c->prev_type, c->next_type);
		break;
	case W_PRIMARY_KEY_CHANGE:
		if (empty_table)
			break;
		strbuf_addf(&sb, "The primary key for the `%s` table will be changed. If it partially fails, the table could be left without primary key constraint.", c->table);
		break;
	case W_UNIQUE_CONSTRAINT_ADDITION:
		strbuf_addf(&sb, "A unique constraint covering the columns `[%s]` on the table `%s` will be added. If there are existing duplicate values, this will fail.", c->list, c->table);
		break;
	case W_ENUM_VALUE_REMOVAL:
		strbuf_addf(&sb, "The values [%s] on the enum `%s` will be removed. If these variants are still used in the database, this will fail.", c->list, c->table);
		break;
	case U_ADDED_REQUIRED_FIELD:
	case U_ADDED_REQUIRED_FIELD_PRISMA_DEFAULT: {
		char details[160];
		if (empty_table)
			break;
		if (rows)
			snprintf(details, sizeof(details), "There are %" PRId64 " rows in this table, it is not possible to execute this step.", rows->n);
		else
			snprintf(details, sizeof(details), "This is not possible if the table is not empty.");
		if (c->kind == U_ADDED_REQUIRED_FIELD)
			strbuf_addf(&sb, "Added the required column `%s` to the `%s` table without a default value. %s", c->column, c->table, details);
		else
			strbuf_addf(&sb, "The required column `%s` was added to the `%s` table with a prisma-level default value. %s Please add this column as optional, then populate it before making it required.", c->column, c->table, details);
		break;
	}
	case U_MADE_OPTIONAL_FIELD_REQUIRED:
		if (empty_table)
			break;
		if (rows && vals) {
			int64_t nulls = rows->n - vals->n;
			if (nulls)
				strbuf_addf(&sb, "Made the column `%s` on table `%s` required, but there are %" PRId64 " existing NULL values.", c->column, c->table, nulls);
		} else {
			strbuf_addf(&sb, "Made the column `%s` on table `%s` required. This step will fail if there are existing NULL values in that column.", c->column, c->table);
		}
		break;
	case U_MADE_SCALAR_FIELD_LIST:
		if (empty_table || no_values)
			break;
		if (vals)
			strbuf_addf(&sb, "Changed the column `%s` on the `%s` table from a scalar field to a list field. There are %" PRId64 " existing non-null values in that column, this step cannot be executed.", c->column, c->table, vals->n);
		else
			strbuf_addf(&sb, "Changed the column `%s` on the `%s` table from a scalar field to a list field. If there are non-null values in that column, this step will fail.", c->column, c->table);
		break;
	case U_DROP_AND_RECREATE_REQUIRED_COLUMN:
		if (empty_table)
			break;
		if (rows)
			strbuf_addf(&sb, "Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done since the column is required and there is data in the table.", c->column, c->table);
		else
			strbuf_addf(&sb, "Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.", c->column, c->table);
		break;
	}
	if (!sb.len) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

static void evaluate(const struct plan *p, struct destructive_diagnostics *out)
{
	for (size_t i = 0; i < p->unexecutable.len; i++) {
		char *msg = message(p, &p->unexecutable.items[i]);
		if (msg)
			vec_push(&out->unexecutable, ((struct destructive_message){msg, p->unexecutable.items[i].step}));
	}
	for (size_t i = 0; i < p->warnings.len; i++) {
		char *msg = message(p, &p->warnings.items[i]);
		if (msg)
			vec_push(&out->warnings, ((struct destructive_message){msg, p->warnings.items[i].step}));
	}
}

static void plan_release(struct plan *p)
{
	for (size_t i = 0; i < p->warnings.len; i++) {
		free(p->warnings.items[i].prev_type);
		free(p->warnings.items[i].next_type);
		free(p->warnings.items[i].list);
	}
	vec_free(&p->warnings);
	vec_free(&p->unexecutable);
	vec_free(&p->counts);
}

void destructive_pure_check(const struct sql_migration *m, struct destructive_diagnostics *out)
{
	struct plan p = {0};
	make_plan(m, &p);
	evaluate(&p, out);
	plan_release(&p);
}

int destructive_check_db(const struct sql_migration *m, PGconn *c, struct destructive_diagnostics *out,
			 struct rdb_error *err)
{
	struct plan p = {0};
	int ret = -1;
	make_plan(m, &p);
	for (size_t i = 0; i < p.unexecutable.len; i++)
		if (inspect(c, &p, &p.unexecutable.items[i], err) < 0)
			goto out;
	for (size_t i = 0; i < p.warnings.len; i++)
		if (inspect(c, &p, &p.warnings.items[i], err) < 0)
			goto out;
	evaluate(&p, out);
	ret = 0;
out:
	plan_release(&p);
	return ret;
}

void destructive_diagnostics_release(struct destructive_diagnostics *d)
{
	for (size_t i = 0; i < d->warnings.len; i++)
		free(d->warnings.items[i].description);
	for (size_t i = 0; i < d->unexecutable.len; i++)
		free(d->unexecutable.items[i].description);
	vec_free(&d->warnings);
	vec_free(&d->unexecutable);
}
