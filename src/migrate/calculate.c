/*
 * calculate.c: the SQL schema of a resolved Prisma schema, as Prisma's
 * sql_schema_calculator builds it for PostgreSQL. The push order matters
 * (ids decide the order of migration steps): enums, then per model its
 * table, columns, primary key and indexes, then the foreign keys of inline
 * relations in relation order, then the join tables of many-to-many
 * relations.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "migrate/calculate.h"
#include "sql/pg/types.h"

#define MAX_IDENT 63 /* PostgreSQL's identifier length */

struct calc {
	const struct rs_schema *rs;
	struct sql_schema *s;
	int *model_table; /* rs model index -> table id, -1 for views */
	int *enum_id;     /* rs enum index -> enum id */
	const char **ns_names;
	size_t nns;
};

static int namespace_of(struct calc *c, const char *schema)
{
	return schema ? sql_find_namespace(c->s, schema) : -1;
}

static const char *str(struct calc *c, const char *s)
{
	return sql_strdup(c->s, s);
}

/* ---- native types ---------------------------------------------------------------- */

static struct sql_native default_native(enum rs_scalar t)
{
	switch (t) {
	case RS_INT: return pg_native(PG_INTEGER, 0, 0, 0);
	case RS_BIGINT: return pg_native(PG_BIGINT, 0, 0, 0);
	case RS_FLOAT: return pg_native(PG_DOUBLE, 0, 0, 0);
	case RS_DECIMAL: return pg_native(PG_DECIMAL, 2, 65, 30);
	case RS_BOOLEAN: return pg_native(PG_BOOLEAN, 0, 0, 0);
	case RS_STRING: return pg_native(PG_TEXT, 0, 0, 0);
	case RS_DATETIME: return pg_native(PG_TIMESTAMP, 1, 3, 0);
	case RS_BYTES: return pg_native(PG_BYTEA, 0, 0, 0);
	case RS_JSON: return pg_native(PG_JSONB, 0, 0, 0);
	default: return pg_native(PG_NONE, 0, 0, 0);
	}
}

static struct sql_native field_native(struct calc *c, const struct rs_field *f)
{
	int max_args = 0;
	int kind;
	if (!f->native.name)
		return default_native(f->type);
	kind = pg_type_from_psl_name(f->native.name, &max_args);
	if (kind < 0) {
		/* not a type Prisma knows: keep it by name (an extension type) */
		struct sql_native n = {0};
		n.kind = PG_UNKNOWN;
		n.name = str(c, f->native.name);
		n.nargs = (int)f->native.nargs;
		n.targs = arena_alloc(&c->s->arena, (f->native.nargs + 1) * sizeof(char *));
		for (size_t i = 0; i < f->native.nargs; i++)
			n.targs[i] = str(c, f->native.args[i]);
		return n;
	}
	struct sql_native n = pg_native(kind, 0, 0, 0);
	for (size_t i = 0; i < f->native.nargs && i < 2 && (int)i < max_args; i++) {
		n.args[i] = (uint32_t)strtoul(f->native.args[i], NULL, 10);
		n.nargs = (int)i + 1;
	}
	return n;
}

static enum sql_family family_of(enum rs_scalar t)
{
	switch (t) {
	case RS_INT: return SQL_FAM_INT;
	case RS_BIGINT: return SQL_FAM_BIGINT;
	case RS_FLOAT: return SQL_FAM_FLOAT;
	case RS_DECIMAL: return SQL_FAM_DECIMAL;
	case RS_BOOLEAN: return SQL_FAM_BOOLEAN;
	case RS_DATETIME: return SQL_FAM_DATETIME;
	case RS_JSON: return SQL_FAM_JSON;
	case RS_BYTES: return SQL_FAM_BINARY;
	default: return SQL_FAM_STRING;
	}
}

static enum sql_arity arity_of(enum rs_arity a)
{
	return a == RS_REQUIRED ? SQL_REQUIRED : a == RS_OPTIONAL ? SQL_NULLABLE : SQL_LIST;
}

/* ---- default values ----------------------------------------------------------------- */

/* BigDecimal's text: leading zeros of the integer part go, the scale stays. */
static const char *decimal_text(struct calc *c, const char *v)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = v;
	bool neg = false, zero = true;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	while (p[0] == '0' && isdigit((unsigned char)p[1]))
		p++;
	for (const char *q = p; *q; q++)
		if (isdigit((unsigned char)*q) && *q != '0')
			zero = false;
	if (neg && !zero)
		strbuf_addch(&sb, '-');
	strbuf_addstr(&sb, p);
	const char *r = str(c, sb.buf);
	strbuf_release(&sb);
	return r;
}

static struct sql_value bytes_value(struct calc *c, const char *b64)
{
	struct sql_value v = {0};
	size_t n = strlen(b64), len = 0;
	unsigned char *out = arena_alloc(&c->s->arena, n + 1);
	uint32_t acc = 0;
	int bits = 0;
	for (size_t i = 0; i < n; i++) {
		int d = base64_digit((unsigned char)b64[i]);
		if (d < 0)
			continue; /* padding */
		acc = (acc << 6) | (uint32_t)d;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[len++] = (unsigned char)(acc >> bits);
		}
	}
	v.kind = SQL_V_BYTES;
	v.s = (const char *)out;
	v.len = len;
	return v;
}

/*
 * chrono's Display of a DateTime<FixedOffset> parsed from RFC 3339:
 * "2020-01-01T10:00:00.5+02:00" -> "2020-01-01 10:00:00.500 +02:00".
 */
static const char *datetime_text(struct calc *c, const char *v)
{
	int y, mo, d, h, mi, s, n = 0;
	char buf[96];
	const char *p;
	long nanos = 0;
	int off_min = 0;
	if (sscanf(v, "%d-%d-%d%*1[Tt ]%d:%d:%d%n", &y, &mo, &d, &h, &mi, &s, &n) != 6)
		return str(c, v);
	p = v + n;
	if (*p == '.') {
		long scale = 100000000;
		for (p++; isdigit((unsigned char)*p); p++) {
			nanos += (*p - '0') * scale;
			scale /= 10;
		}
	}
	if (*p == '+' || *p == '-') {
		int oh = 0, om = 0;
		sscanf(p + 1, "%d:%d", &oh, &om);
		off_min = (oh * 60 + om) * (*p == '-' ? -1 : 1);
	}
	int len = snprintf(buf, sizeof(buf), "%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, s);
	if (nanos) {
		if (nanos % 1000000 == 0)
			len += snprintf(buf + len, sizeof(buf) - (size_t)len, ".%03ld", nanos / 1000000);
		else if (nanos % 1000 == 0)
			len += snprintf(buf + len, sizeof(buf) - (size_t)len, ".%06ld", nanos / 1000);
		else
			len += snprintf(buf + len, sizeof(buf) - (size_t)len, ".%09ld", nanos);
	}
	snprintf(buf + len, sizeof(buf) - (size_t)len, " %c%02d:%02d", off_min < 0 ? '-' : '+', abs(off_min) / 60,
		 abs(off_min) % 60);
	return str(c, buf);
}

/* constant_expression_to_sql_default() for one literal */
static struct sql_value literal_value(struct calc *c, const char *text, enum rs_scalar t)
{
	struct sql_value v = {0};
	switch (t) {
	case RS_INT:
	case RS_BIGINT:
		v.kind = t == RS_INT ? SQL_V_INT : SQL_V_BIGINT;
		v.i = strtoll(text, NULL, 10);
		break;
	case RS_FLOAT:
	case RS_DECIMAL:
		v.kind = SQL_V_FLOAT;
		v.s = decimal_text(c, text);
		break;
	case RS_BOOLEAN:
		v.kind = SQL_V_BOOLEAN;
		v.b = !strcmp(text, "true");
		break;
	case RS_DATETIME:
		v.kind = SQL_V_DATETIME;
		v.s = datetime_text(c, text);
		break;
	case RS_JSON:
		v.kind = SQL_V_JSON;
		v.s = str(c, text);
		break;
	case RS_BYTES:
		v = bytes_value(c, text);
		break;
	default:
		v.kind = SQL_V_STRING;
		v.s = str(c, text);
		break;
	}
	return v;
}

static const char *enum_value_db_name(const struct rs_enum *e, const char *name)
{
	for (size_t i = 0; i < e->nvalues; i++)
		if (!strcmp(e->values[i].name, name))
			return e->values[i].db_name ? e->values[i].db_name : e->values[i].name;
	return name;
}

/*
 * The column default of a field; *prisma_level is set for functions Prisma
 * evaluates itself (uuid(), cuid(), ...). Returns false when there is none.
 */
static bool field_default(struct calc *c, const struct rs_model *m, const struct rs_field *f, struct sql_default *d,
			  bool *prisma_level)
{
	const struct rs_default *rd = &f->dflt;
	memset(d, 0, sizeof(*d));
	*prisma_level = false;
	switch (rd->kind) {
	case RS_DEFAULT_NONE:
		return false;
	case RS_DEFAULT_DBGENERATED:
		d->kind = SQL_DEF_DBGENERATED;
		d->text = str(c, rd->value);
		return true;
	case RS_DEFAULT_NOW:
		if (f->type == RS_ENUM || f->type == RS_UNSUPPORTED)
			return false;
		d->kind = SQL_DEF_NOW;
		return true;
	case RS_DEFAULT_AUTOINCREMENT:
		if (f->type == RS_ENUM || f->type == RS_UNSUPPORTED)
			return false;
		d->kind = SQL_DEF_SEQUENCE; /* no name: SERIAL makes one */
		d->text = "";
		return true;
	case RS_DEFAULT_SEQUENCE:
		d->kind = SQL_DEF_SEQUENCE;
		d->text = arena_printf(&c->s->arena, "prisma_sequence_%s_%s", m->db_name, f->db_name);
		return true;
	case RS_DEFAULT_LITERAL:
		d->kind = SQL_DEF_VALUE;
		if (f->type == RS_ENUM) {
			const struct rs_enum *e = &c->rs->enums[f->enum_index];
			if (rd->list || f->arity == RS_LIST) {
				d->value.kind = SQL_V_LIST;
				d->value.nitems = rd->nlist;
				d->value.items = arena_alloc(&c->s->arena, (rd->nlist + 1) * sizeof(struct sql_value));
				for (size_t i = 0; i < rd->nlist; i++) {
					d->value.items[i].kind = SQL_V_ENUM;
					d->value.items[i].s = str(c, enum_value_db_name(e, rd->list[i]));
				}
			} else {
				d->value.kind = SQL_V_ENUM;
				d->value.s = str(c, enum_value_db_name(e, rd->value));
			}
			return true;
		}
		if (f->type == RS_UNSUPPORTED)
			return false;
		if (rd->list || f->arity == RS_LIST) {
			d->value.kind = SQL_V_LIST;
			d->value.nitems = rd->nlist;
			d->value.items = arena_alloc(&c->s->arena, (rd->nlist + 1) * sizeof(struct sql_value));
			for (size_t i = 0; i < rd->nlist; i++)
				d->value.items[i] = literal_value(c, rd->list[i], f->type);
			return true;
		}
		d->value = literal_value(c, rd->value, f->type);
		return true;
	default:
		/* uuid(), cuid(), nanoid(), ulid(): filled in by Prisma's client */
		*prisma_level = f->type != RS_ENUM && f->type != RS_UNSUPPORTED;
		return false;
	}
}

/* ---- tables ------------------------------------------------------------------------- */

static int push_field_column(struct calc *c, int table, const struct rs_model *m, const struct rs_field *f)
{
	struct sql_coltype t = {0};
	struct sql_default d;
	bool prisma_level = false, has_default;
	t.full_data_type = "";
	t.arity = arity_of(f->arity);
	if (f->type == RS_ENUM) {
		t.family = SQL_FAM_ENUM;
		t.ref = c->enum_id[f->enum_index];
	} else if (f->type == RS_UNSUPPORTED) {
		t.family = SQL_FAM_UNSUPPORTED;
		t.unsupported = str(c, f->unsupported);
		t.full_data_type = t.unsupported;
	} else {
		t.family = family_of(f->type);
		t.native = field_native(c, f);
	}
	has_default = field_default(c, m, f, &d, &prisma_level);
	int col = sql_push_column(c->s, table, f->db_name ? f->db_name : f->name, &t,
				  f->dflt.kind == RS_DEFAULT_AUTOINCREMENT && f->type != RS_ENUM && f->type != RS_UNSUPPORTED,
				  NULL, has_default ? &d : NULL);
	if (prisma_level)
		avec_push(&c->s->arena, &c->s->prisma_level_defaults, col);
	return col;
}

static enum sql_sort sort_of(enum rs_sort s)
{
	return s == RS_ASC ? SQL_SORT_ASC : s == RS_DESC ? SQL_SORT_DESC : SQL_SORT_NONE;
}

static int model_column(struct calc *c, int table, const struct rs_model *m, int field)
{
	const struct rs_field *f = &m->fields[field];
	return sql_table_column(c->s, table, f->db_name ? f->db_name : f->name);
}

/*
 * The resolved schema names a known class by its PSL name (JsonbPathOps)
 * and a raw("...") class by its text.
 */
static void set_opclass(struct calc *c, struct sql_index_column *ic, const char *ops, enum rs_algorithm algo)
{
	const char *sql;
	bool is_default;
	if (pg_opclass_from_psl(ops, algo == RS_SPGIST, &sql, &is_default)) {
		ic->opclass = sql;
		ic->opclass_default = is_default;
		return;
	}
	ic->opclass = str(c, ops);
	ic->opclass_default = false;
	ic->opclass_raw = true;
}

static enum sql_algo algo_of(enum rs_algorithm a)
{
	switch (a) {
	case RS_HASH: return SQL_ALGO_HASH;
	case RS_GIST: return SQL_ALGO_GIST;
	case RS_GIN: return SQL_ALGO_GIN;
	case RS_SPGIST: return SQL_ALGO_SPGIST;
	case RS_BRIN: return SQL_ALGO_BRIN;
	default: return SQL_ALGO_BTREE;
	}
}

static void push_index_fields(struct calc *c, int table, const struct rs_model *m, const struct rs_index *ix, int id,
			      bool with_opclass)
{
	for (size_t i = 0; i < ix->nfields; i++) {
		const struct rs_index_field *f = &ix->fields[i];
		int col = model_column(c, table, m, f->field);
		int ic = sql_push_index_column(c->s, id, col, sort_of(f->sort), f->length > 0 ? (uint32_t)f->length : 0);
		if (with_opclass && f->ops)
			set_opclass(c, &c->s->index_columns.items[ic], f->ops, ix->algorithm);
	}
}

/* {table}_{suffix}, the table part cut so the whole fits PostgreSQL's 63 bytes. */
static const char *default_name(struct calc *c, const char *table, const char *suffix)
{
	size_t room = MAX_IDENT - strlen(suffix);
	size_t n = strlen(table);
	if (n > room)
		n = room;
	return arena_printf(&c->s->arena, "%.*s%s", (int)n, table, suffix);
}

static void push_model(struct calc *c, size_t mi)
{
	const struct rs_model *m = &c->rs->models[mi];
	const char *tname = m->db_name ? m->db_name : m->name;
	int table = sql_push_table(c->s, tname, namespace_of(c, m->schema), 0, NULL);
	c->model_table[mi] = table;
	for (size_t i = 0; i < m->nfields; i++)
		if (!m->fields[i].is_relation)
			push_field_column(c, table, m, &m->fields[i]);
	/* columns are looked up by name below */
	sql_schema_finalize(c->s);
	if (m->pk.nfields) {
		const char *name = m->pk.db_name ? m->pk.db_name : default_name(c, tname, "_pkey");
		int pk = sql_push_index(c->s, table, name, SQL_IDX_PRIMARY);
		push_index_fields(c, table, m, &m->pk, pk, false);
	}
	for (size_t i = 0; i < m->nindexes; i++) {
		const struct rs_index *ix = &m->indexes[i];
		enum sql_index_type type = ix->kind == RS_UNIQUE ? SQL_IDX_UNIQUE : ix->kind == RS_FULLTEXT ? SQL_IDX_FULLTEXT
												    : SQL_IDX_NORMAL;
		int id = sql_push_index(c->s, table, ix->db_name, type);
		c->s->indexes.items[id].algo = algo_of(ix->algorithm);
		push_index_fields(c, table, m, ix, id, true);
	}
}

static enum sql_fk_action fk_action(enum rs_action a, enum sql_fk_action dflt)
{
	switch (a) {
	case RS_CASCADE: return SQL_FK_CASCADE;
	case RS_RESTRICT: return SQL_FK_RESTRICT;
	case RS_NO_ACTION: return SQL_FK_NO_ACTION;
	case RS_SET_NULL: return SQL_FK_SET_NULL;
	case RS_SET_DEFAULT: return SQL_FK_SET_DEFAULT;
	default: return dflt;
	}
}

static void push_inline_relations(struct calc *c)
{
	for (size_t r = 0; r < c->rs->nrelations; r++) {
		const struct rs_relation *rel = &c->rs->relations[r];
		if (rel->kind == RS_MANY_TO_MANY || rel->model_a < 0 || rel->model_b < 0 || !rel->nfields)
			continue;
		int ta = c->model_table[rel->model_a], tb = c->model_table[rel->model_b];
		if (ta < 0 || tb < 0)
			continue; /* views */
		const struct rs_model *ma = &c->rs->models[rel->model_a], *mb = &c->rs->models[rel->model_b];
		/*
		 * The resolved schema gives the effective actions; should it not,
		 * Prisma's defaults: ON DELETE RESTRICT when the relation is
		 * required (a referencing field or the relation field itself),
		 * SET NULL otherwise; ON UPDATE CASCADE.
		 */
		bool required = rel->field_a >= 0 && ma->fields[rel->field_a].arity == RS_REQUIRED;
		for (size_t i = 0; i < rel->nfields; i++)
			if (ma->fields[rel->fields[i]].arity == RS_REQUIRED)
				required = true;
		enum sql_fk_action on_delete = fk_action(rel->on_delete, required ? SQL_FK_RESTRICT : SQL_FK_SET_NULL);
		enum sql_fk_action on_update = fk_action(rel->on_update, SQL_FK_CASCADE);
		int fk = sql_push_fk(c->s, ta, tb, rel->fk_name, on_delete, on_update);
		for (size_t i = 0; i < rel->nfields; i++)
			sql_push_fk_column(c->s, fk, model_column(c, ta, ma, rel->fields[i]),
					   model_column(c, tb, mb, rel->references[i]));
	}
}

static void push_join_tables(struct calc *c, bool with_fks)
{
	for (size_t r = 0; r < c->rs->nrelations; r++) {
		const struct rs_relation *rel = &c->rs->relations[r];
		if (rel->kind != RS_MANY_TO_MANY || !rel->join_table)
			continue;
		int ta = c->model_table[rel->model_a], tb = c->model_table[rel->model_b];
		if (ta < 0 || tb < 0)
			continue; /* one side is a view */
		/* cut by characters, not bytes, like Rust's chars().take(63) */
		size_t n = 0, chars = 0;
		while (rel->join_table[n] && chars < MAX_IDENT) {
			unsigned char ch = (unsigned char)rel->join_table[n];
			n += ch < 0x80 ? 1 : (ch & 0xe0) == 0xc0 ? 2 : (ch & 0xf0) == 0xe0 ? 3 : 4;
			chars++;
		}
		char *tname = arena_strndup(&c->s->arena, rel->join_table, n);

		int pka = sql_table_pk(c->s, ta), pkb = sql_table_pk(c->s, tb);
		if (pka < 0 || pkb < 0)
			continue;
		int cola = sql_idx_col(c->s, pka, 0)->column, colb = sql_idx_col(c->s, pkb, 0)->column;
		struct sql_coltype typa = sql_col(c->s, cola)->type, typb = sql_col(c->s, colb)->type;

		int table = sql_push_table(c->s, tname, c->s->tables.items[ta].ns, 0, NULL);
		int a = sql_push_column(c->s, table, "A", &typa, false, NULL, NULL);
		int b = sql_push_column(c->s, table, "B", &typb, false, NULL, NULL);
		int pk = sql_push_index(c->s, table, default_name(c, tname, "_AB_pkey"), SQL_IDX_PRIMARY);
		sql_push_index_column(c->s, pk, a, SQL_SORT_NONE, 0);
		sql_push_index_column(c->s, pk, b, SQL_SORT_NONE, 0);
		int bix = sql_push_index(c->s, table, default_name(c, tname, "_B_index"), SQL_IDX_NORMAL);
		sql_push_index_column(c->s, bix, b, SQL_SORT_NONE, 0);
		if (with_fks) {
			/* not Prisma's usual truncation: these names must never collide */
			size_t tl = strlen(tname), room = MAX_IDENT - strlen("_fkey") - 2;
			const char *fka = tl > room ? arena_printf(&c->s->arena, "%.*s_A_fkey", (int)room, tname)
						    : arena_printf(&c->s->arena, "%s_A_fkey", tname);
			const char *fkb = tl >= room ? arena_printf(&c->s->arena, "%.*s_B_fkey", (int)room, tname)
						     : arena_printf(&c->s->arena, "%s_B_fkey", tname);
			int fk = sql_push_fk(c->s, table, ta, fka, SQL_FK_CASCADE, SQL_FK_CASCADE);
			sql_push_fk_column(c->s, fk, a, cola);
			fk = sql_push_fk(c->s, table, tb, fkb, SQL_FK_CASCADE, SQL_FK_CASCADE);
			sql_push_fk_column(c->s, fk, b, colb);
		}
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct sql_schema *sql_calculate(const struct rs_schema *rs, const struct sql_calc_opts *opts)
{
	struct calc c = {0};
	const char *default_ns = opts && opts->default_namespace ? opts->default_namespace : "public";
	if (rs->provider != RS_POSTGRESQL)
		return NULL;
	c.rs = rs;
	c.s = sql_schema_new();
	c.model_table = xcalloc(rs->nmodels + 1, sizeof(int));
	c.enum_id = xcalloc(rs->nenums + 1, sizeof(int));

	/* the datasource's schemas, sorted as Prisma sorts them */
	const char **names = xcalloc(rs->nschemas + 1, sizeof(char *));
	for (size_t i = 0; i < rs->nschemas; i++)
		names[i] = rs->schemas[i];
	qsort(names, rs->nschemas, sizeof(*names), cmp_str);
	for (size_t i = 0; i < rs->nschemas; i++)
		sql_push_namespace(c.s, names[i]);
	free(names);
	if (opts && opts->list_default_namespace)
		sql_push_namespace(c.s, default_ns);
	sql_set_default_namespace(c.s, default_ns);

	for (size_t e = 0; e < rs->nenums; e++) {
		const struct rs_enum *en = &rs->enums[e];
		c.enum_id[e] = sql_push_enum(c.s, en->db_name ? en->db_name : en->name, namespace_of(&c, en->schema), NULL);
		for (size_t v = 0; v < en->nvalues; v++)
			sql_push_variant(c.s, c.enum_id[e], en->values[v].db_name ? en->values[v].db_name : en->values[v].name);
	}
	for (size_t m = 0; m < rs->nmodels; m++) {
		c.model_table[m] = -1;
		if (!rs->models[m].is_view)
			push_model(&c, m);
	}
	sql_schema_finalize(c.s);
	if (!rs->relation_mode_prisma)
		push_inline_relations(&c);
	push_join_tables(&c, !rs->relation_mode_prisma);
	sql_schema_finalize(c.s);

	free(c.model_table);
	free(c.enum_id);
	return c.s;
}
