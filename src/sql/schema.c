/* schema.c: the SQL schema model: building, ranges, lookups, value equality. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "sql/schema.h"

struct sql_schema *sql_schema_new(void)
{
	struct sql_schema *s = xcalloc(1, sizeof(*s));
	arena_init(&s->arena);
	return s;
}

void sql_schema_free(struct sql_schema *s)
{
	if (!s)
		return;
	/* every vector lives in the arena */
	arena_free(&s->arena);
	free(s);
}

char *sql_strdup(struct sql_schema *s, const char *str)
{
	return str ? arena_strdup(&s->arena, str) : NULL;
}

int sql_push_namespace(struct sql_schema *s, const char *name)
{
	int id = sql_find_namespace(s, name);
	if (id >= 0)
		return id;
	avec_push(&s->arena, &s->namespaces, sql_strdup(s, name));
	return (int)s->namespaces.len - 1;
}

void sql_set_default_namespace(struct sql_schema *s, const char *ns)
{
	s->default_namespace = sql_strdup(s, ns);
}

int sql_push_table(struct sql_schema *s, const char *name, int ns, unsigned props, const char *description)
{
	struct sql_table t = {0};
	t.name = sql_strdup(s, name);
	t.ns = ns;
	t.props = props;
	t.description = sql_strdup(s, description);
	avec_push(&s->arena, &s->tables, t);
	s->finalized = false;
	return (int)s->tables.len - 1;
}

int sql_push_column(struct sql_schema *s, int table, const char *name, const struct sql_coltype *type,
		    bool auto_increment, const char *description, const struct sql_default *dflt)
{
	struct sql_column c = {0};
	c.table = table;
	c.name = sql_strdup(s, name);
	c.type = *type;
	if (!c.type.full_data_type)
		c.type.full_data_type = "";
	c.auto_increment = auto_increment;
	c.description = sql_strdup(s, description);
	if (dflt)
		c.dflt = arena_memdup(&s->arena, dflt, sizeof(*dflt));
	avec_push(&s->arena, &s->columns, c);
	s->finalized = false;
	return (int)s->columns.len - 1;
}

int sql_push_index(struct sql_schema *s, int table, const char *name, enum sql_index_type type)
{
	struct sql_index i = {0};
	i.table = table;
	i.name = sql_strdup(s, name ? name : "");
	i.type = type;
	i.algo = SQL_ALGO_BTREE;
	avec_push(&s->arena, &s->indexes, i);
	s->finalized = false;
	return (int)s->indexes.len - 1;
}

int sql_push_index_column(struct sql_schema *s, int index, int column, enum sql_sort sort, uint32_t length)
{
	struct sql_index_column c = {0};
	c.index = index;
	c.column = column;
	c.sort = sort;
	c.length = length;
	avec_push(&s->arena, &s->index_columns, c);
	s->finalized = false;
	return (int)s->index_columns.len - 1;
}

int sql_push_fk(struct sql_schema *s, int table, int ref_table, const char *name, enum sql_fk_action on_delete,
		enum sql_fk_action on_update)
{
	struct sql_fk f = {0};
	f.table = table;
	f.ref_table = ref_table;
	f.name = sql_strdup(s, name);
	f.on_delete = on_delete;
	f.on_update = on_update;
	avec_push(&s->arena, &s->fks, f);
	s->finalized = false;
	return (int)s->fks.len - 1;
}

void sql_push_fk_column(struct sql_schema *s, int fk, int column, int ref_column)
{
	struct sql_fk_column c = {fk, column, ref_column};
	avec_push(&s->arena, &s->fk_columns, c);
	s->finalized = false;
}

int sql_push_enum(struct sql_schema *s, const char *name, int ns, const char *description)
{
	struct sql_enum e = {0};
	e.name = sql_strdup(s, name);
	e.ns = ns;
	e.description = sql_strdup(s, description);
	avec_push(&s->arena, &s->enums, e);
	s->finalized = false;
	return (int)s->enums.len - 1;
}

void sql_push_variant(struct sql_schema *s, int enm, const char *name)
{
	struct sql_variant v = {enm, sql_strdup(s, name)};
	avec_push(&s->arena, &s->variants, v);
	s->finalized = false;
}

/*
 * Fills (first, count) per owner from an array grouped by owner id, the
 * way Prisma's walkers find "all columns of table N" by binary search.
 * Returns -1 when an owner id goes backwards.
 */
#define FILL_RANGES(owners, nowners, items, nitems, key, first, count)         \
	do {                                                                   \
		for (size_t i_ = 0; i_ < (nowners); i_++) {                    \
			(owners)[i_].first = 0;                                \
			(owners)[i_].count = 0;                                \
		}                                                              \
		int prev_ = -1;                                                \
		for (size_t i_ = 0; i_ < (nitems); i_++) {                     \
			int k_ = (items)[i_].key;                              \
			if (k_ < prev_ || k_ < 0 || (size_t)k_ >= (nowners))   \
				return -1;                                     \
			if (k_ != prev_)                                       \
				(owners)[k_].first = (int)i_;                  \
			(owners)[k_].count++;                                  \
			prev_ = k_;                                            \
		}                                                              \
	} while (0)

/*
 * Rust's slice::binary_search_by_key() as of Rust 1.82: no early exit, the
 * last probe decides. Prisma finds "the foreign keys of table N" with it
 * even though the calculator pushes foreign keys in relation order, which
 * need not be grouped by table; reproducing the search reproduces which
 * foreign keys Prisma sees.
 */
static size_t rust_binary_search(const struct sql_fk *v, size_t n, int key, bool *found)
{
	size_t size = n, base = 0;
	*found = false;
	if (!n)
		return 0;
	while (size > 1) {
		size_t half = size / 2, mid = base + half;
		if (!(v[mid].table > key))
			base = mid;
		size -= half;
	}
	if (v[base].table == key) {
		*found = true;
		return base;
	}
	return base + (v[base].table < key);
}

/* Prisma's walkers::range_for_key() over the foreign keys. */
static void fk_ranges(struct sql_schema *s)
{
	const struct sql_fk *v = s->fks.items;
	size_t n = s->fks.len;
	for (size_t t = 0; t < s->tables.len; t++) {
		int key = (int)t;
		bool found;
		size_t seed = rust_binary_search(v, n, key, &found);
		size_t start = 0, end;
		if (!found)
			seed = 0;
		for (size_t i = seed; i > 0; i--)
			if (v[i - 1].table != key) {
				start = i;
				break;
			}
		for (end = seed; end < n && v[end].table == key; end++)
			;
		s->tables.items[t].fk_first = (int)start;
		s->tables.items[t].nfk = (int)(end - start);
	}
}

int sql_schema_finalize(struct sql_schema *s)
{
	FILL_RANGES(s->tables.items, s->tables.len, s->columns.items, s->columns.len, table, col_first, ncols);
	FILL_RANGES(s->tables.items, s->tables.len, s->indexes.items, s->indexes.len, table, idx_first, nidx);
	fk_ranges(s);
	FILL_RANGES(s->indexes.items, s->indexes.len, s->index_columns.items, s->index_columns.len, index,
		    col_first, ncols);
	FILL_RANGES(s->fks.items, s->fks.len, s->fk_columns.items, s->fk_columns.len, fk, col_first, ncols);
	FILL_RANGES(s->enums.items, s->enums.len, s->variants.items, s->variants.len, enm, var_first, nvars);
	s->finalized = true;
	return 0;
}

/* ---- queries ---------------------------------------------------------------- */

const char *sql_table_explicit_ns(const struct sql_schema *s, int table)
{
	int ns = s->tables.items[table].ns;
	return ns >= 0 && (size_t)ns < s->namespaces.len ? s->namespaces.items[ns] : NULL;
}

const char *sql_table_ns(const struct sql_schema *s, int table)
{
	const char *ns = sql_table_explicit_ns(s, table);
	return ns ? ns : s->default_namespace;
}

const char *sql_enum_explicit_ns(const struct sql_schema *s, int enm)
{
	int ns = s->enums.items[enm].ns;
	return ns >= 0 && (size_t)ns < s->namespaces.len ? s->namespaces.items[ns] : NULL;
}

const char *sql_enum_ns(const struct sql_schema *s, int enm)
{
	const char *ns = sql_enum_explicit_ns(s, enm);
	return ns ? ns : s->default_namespace;
}

int sql_find_namespace(const struct sql_schema *s, const char *name)
{
	for (size_t i = 0; i < s->namespaces.len; i++)
		if (!strcmp(s->namespaces.items[i], name))
			return (int)i;
	return -1;
}

/*
 * Prisma's find_table/find_enum: a namespace that does not exist in the
 * schema means "any namespace", not "no match".
 */
int sql_find_table(const struct sql_schema *s, const char *ns, const char *name)
{
	int nsid = ns ? sql_find_namespace(s, ns) : -1;
	for (size_t i = 0; i < s->tables.len; i++)
		if (!strcmp(s->tables.items[i].name, name) && (nsid < 0 || s->tables.items[i].ns == nsid))
			return (int)i;
	return -1;
}

int sql_find_enum(const struct sql_schema *s, const char *ns, const char *name)
{
	int nsid = ns ? sql_find_namespace(s, ns) : -1;
	for (size_t i = 0; i < s->enums.len; i++)
		if (!strcmp(s->enums.items[i].name, name) && (nsid < 0 || s->enums.items[i].ns == nsid))
			return (int)i;
	return -1;
}

int sql_find_udt(const struct sql_schema *s, const char *ns, const char *name)
{
	int nsid = ns ? sql_find_namespace(s, ns) : -1;
	for (size_t i = 0; i < s->udts.len; i++)
		if (!strcmp(s->udts.items[i].name, name) && (nsid < 0 || s->udts.items[i].ns == nsid))
			return (int)i;
	return -1;
}

int sql_table_column(const struct sql_schema *s, int table, const char *name)
{
	const struct sql_table *t = &s->tables.items[table];
	for (int i = 0; i < t->ncols; i++)
		if (!strcmp(s->columns.items[t->col_first + i].name, name))
			return t->col_first + i;
	return -1;
}

int sql_table_pk(const struct sql_schema *s, int table)
{
	const struct sql_table *t = &s->tables.items[table];
	for (int i = 0; i < t->nidx; i++)
		if (s->indexes.items[t->idx_first + i].type == SQL_IDX_PRIMARY)
			return t->idx_first + i;
	return -1;
}

bool sql_index_has_column(const struct sql_schema *s, int index, int column)
{
	const struct sql_index *ix = &s->indexes.items[index];
	for (int i = 0; i < ix->ncols; i++)
		if (s->index_columns.items[ix->col_first + i].column == column)
			return true;
	return false;
}

bool sql_column_in_pk(const struct sql_schema *s, int column)
{
	int pk = sql_table_pk(s, s->columns.items[column].table);
	return pk >= 0 && sql_index_has_column(s, pk, column);
}

bool sql_column_is_single_pk(const struct sql_schema *s, int column)
{
	int pk = sql_table_pk(s, s->columns.items[column].table);
	if (pk < 0 || s->indexes.items[pk].ncols != 1)
		return false;
	return !strcmp(sql_col(s, sql_idx_col(s, pk, 0)->column)->name, s->columns.items[column].name);
}

bool sql_column_is_prisma_level_default(const struct sql_schema *s, int column)
{
	for (size_t i = 0; i < s->prisma_level_defaults.len; i++)
		if (s->prisma_level_defaults.items[i] == column)
			return true;
	return false;
}

/* ---- decimals ------------------------------------------------------------ */

/*
 * A decimal in plain or exponent notation, reduced to sign, significant
 * digits and the power of ten of the first digit, so 1.50, 1.5 and 15e-1
 * compare equal (Rust's BigDecimal equality).
 */
struct decimal {
	int sign; /* 0 for zero */
	char digits[128];
	size_t ndigits;
	long exp10; /* value = 0.d1d2d3... * 10^exp10 */
};

static int decimal_parse(const char *p, struct decimal *d)
{
	char raw[128];
	size_t n = 0;
	long point = -1, exp = 0;
	int neg = 0;
	memset(d, 0, sizeof(*d));
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			if (n < sizeof(raw))
				raw[n++] = *p;
		} else if (*p == '.' && point < 0) {
			point = (long)n;
		} else if (*p == 'e' || *p == 'E') {
			exp = strtol(p + 1, NULL, 10);
			break;
		} else {
			return -1;
		}
	}
	if (point < 0)
		point = (long)n;
	/* strip leading zeros (they move the point) and trailing zeros */
	size_t start = 0;
	while (start < n && raw[start] == '0')
		start++;
	size_t end = n;
	while (end > start && raw[end - 1] == '0')
		end--;
	if (start == end) {
		d->sign = 0;
		return 0;
	}
	d->sign = neg ? -1 : 1;
	d->ndigits = end - start;
	memcpy(d->digits, raw + start, d->ndigits);
	d->exp10 = point - (long)start + exp;
	return 0;
}

int sql_decimal_cmp(const char *a, const char *b)
{
	struct decimal x, y;
	if (decimal_parse(a, &x) < 0 || decimal_parse(b, &y) < 0)
		return strcmp(a, b);
	if (x.sign != y.sign)
		return x.sign < y.sign ? -1 : 1;
	if (x.sign == 0)
		return 0;
	int mag;
	if (x.exp10 != y.exp10) {
		mag = x.exp10 < y.exp10 ? -1 : 1;
	} else {
		size_t n = x.ndigits < y.ndigits ? x.ndigits : y.ndigits;
		int c = memcmp(x.digits, y.digits, n);
		if (c)
			mag = c < 0 ? -1 : 1;
		else if (x.ndigits != y.ndigits)
			mag = x.ndigits < y.ndigits ? -1 : 1;
		else
			mag = 0;
	}
	return x.sign * mag;
}

/* ---- JSON equality ------------------------------------------------------- */

/*
 * serde_json::Value equality: objects compare as maps (key order does not
 * matter, the last duplicate key wins), numbers compare by kind (integer
 * or float) and value, strings after unescaping.
 */
enum jkind { J_NULL, J_BOOL, J_INT, J_UINT, J_FLOAT, J_STR, J_ARR, J_OBJ };
struct jval {
	enum jkind kind;
	bool b;
	int64_t i;
	uint64_t u;
	double f;
	struct strbuf str;
	struct jval *items; /* arrays: values; objects: values, keys in keys */
	struct strbuf *keys;
	size_t n;
};

static void jval_release(struct jval *v)
{
	strbuf_release(&v->str);
	for (size_t i = 0; i < v->n; i++) {
		jval_release(&v->items[i]);
		if (v->keys)
			strbuf_release(&v->keys[i]);
	}
	free(v->items);
	free(v->keys);
}

static void jskip(const char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
		(*p)++;
}

static void put_utf8(struct strbuf *sb, uint32_t cp)
{
	if (cp < 0x80) {
		strbuf_addch(sb, (int)cp);
	} else if (cp < 0x800) {
		strbuf_addch(sb, 0xc0 | (cp >> 6));
		strbuf_addch(sb, 0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		strbuf_addch(sb, 0xe0 | (cp >> 12));
		strbuf_addch(sb, 0x80 | ((cp >> 6) & 0x3f));
		strbuf_addch(sb, 0x80 | (cp & 0x3f));
	} else {
		strbuf_addch(sb, 0xf0 | (cp >> 18));
		strbuf_addch(sb, 0x80 | ((cp >> 12) & 0x3f));
		strbuf_addch(sb, 0x80 | ((cp >> 6) & 0x3f));
		strbuf_addch(sb, 0x80 | (cp & 0x3f));
	}
}

static int jstring(const char **p, struct strbuf *out)
{
	const char *s = *p + 1;
	strbuf_init(out, 0);
	for (;;) {
		unsigned char c = (unsigned char)*s;
		if (!c)
			return -1;
		if (c == '"')
			break;
		if (c == '\\') {
			s++;
			switch (*s) {
			case '"': strbuf_addch(out, '"'); break;
			case '\\': strbuf_addch(out, '\\'); break;
			case '/': strbuf_addch(out, '/'); break;
			case 'b': strbuf_addch(out, '\b'); break;
			case 'f': strbuf_addch(out, '\f'); break;
			case 'n': strbuf_addch(out, '\n'); break;
			case 'r': strbuf_addch(out, '\r'); break;
			case 't': strbuf_addch(out, '\t'); break;
			case 'u': {
				uint32_t cp = 0;
				for (int k = 1; k <= 4; k++) {
					int h = hex_digit(s[k]);
					if (h < 0)
						return -1;
					cp = cp * 16 + (uint32_t)h;
				}
				s += 4;
				if (cp >= 0xd800 && cp < 0xdc00 && s[1] == '\\' && s[2] == 'u') {
					uint32_t lo = 0;
					for (int k = 3; k <= 6; k++) {
						int h = hex_digit(s[k]);
						if (h < 0)
							return -1;
						lo = lo * 16 + (uint32_t)h;
					}
					if (lo >= 0xdc00 && lo < 0xe000) {
						cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
						s += 6;
					}
				}
				put_utf8(out, cp);
				break;
			}
			default:
				return -1;
			}
			s++;
			continue;
		}
		if (c < 0x20)
			return -1;
		strbuf_addch(out, c);
		s++;
	}
	*p = s + 1;
	return 0;
}

static int jparse(const char **p, struct jval *v, int depth)
{
	memset(v, 0, sizeof(*v));
	strbuf_init(&v->str, 0);
	if (depth > 128)
		return -1;
	jskip(p);
	const char *s = *p;
	if (*s == '{' || *s == '[') {
		bool obj = *s == '{';
		size_t cap = 0;
		v->kind = obj ? J_OBJ : J_ARR;
		*p = s + 1;
		jskip(p);
		if (**p == (obj ? '}' : ']')) {
			(*p)++;
			return 0;
		}
		for (;;) {
			struct strbuf key = STRBUF_INIT;
			jskip(p);
			if (obj) {
				if (**p != '"' || jstring(p, &key) < 0) {
					strbuf_release(&key);
					return -1;
				}
				jskip(p);
				if (**p != ':') {
					strbuf_release(&key);
					return -1;
				}
				(*p)++;
			}
			struct jval item;
			if (jparse(p, &item, depth + 1) < 0) {
				jval_release(&item);
				strbuf_release(&key);
				return -1;
			}
			size_t slot = v->n;
			if (obj) {
				/* a repeated key replaces the earlier value */
				for (size_t k = 0; k < v->n; k++)
					if (!strcmp(v->keys[k].buf, key.buf)) {
						slot = k;
						break;
					}
			}
			if (slot == v->n) {
				if (v->n == cap) {
					cap = cap ? cap * 2 : 4;
					v->items = xrealloc(v->items, cap * sizeof(*v->items));
					if (obj)
						v->keys = xrealloc(v->keys, cap * sizeof(*v->keys));
				}
				v->items[v->n] = item;
				if (obj)
					v->keys[v->n] = key;
				v->n++;
			} else {
				jval_release(&v->items[slot]);
				v->items[slot] = item;
				strbuf_release(&key);
			}
			jskip(p);
			if (**p == ',') {
				(*p)++;
				continue;
			}
			if (**p == (obj ? '}' : ']')) {
				(*p)++;
				return 0;
			}
			return -1;
		}
	}
	if (*s == '"') {
		v->kind = J_STR;
		strbuf_release(&v->str);
		return jstring(p, &v->str);
	}
	if (!strncmp(s, "true", 4) || !strncmp(s, "false", 5)) {
		v->kind = J_BOOL;
		v->b = *s == 't';
		*p = s + (v->b ? 4 : 5);
		return 0;
	}
	if (!strncmp(s, "null", 4)) {
		v->kind = J_NULL;
		*p = s + 4;
		return 0;
	}
	if (*s == '-' || isdigit((unsigned char)*s)) {
		const char *q = s;
		bool is_float = false;
		if (*q == '-')
			q++;
		if (!isdigit((unsigned char)*q))
			return -1;
		while (isdigit((unsigned char)*q))
			q++;
		if (*q == '.') {
			is_float = true;
			q++;
			while (isdigit((unsigned char)*q))
				q++;
		}
		if (*q == 'e' || *q == 'E') {
			is_float = true;
			q++;
			if (*q == '+' || *q == '-')
				q++;
			while (isdigit((unsigned char)*q))
				q++;
		}
		char num[128];
		size_t n = (size_t)(q - s) < sizeof(num) - 1 ? (size_t)(q - s) : sizeof(num) - 1;
		memcpy(num, s, n);
		num[n] = 0;
		*p = q;
		if (!is_float) {
			char *end;
			if (num[0] == '-') {
				errno = 0;
				long long x = strtoll(num, &end, 10);
				if (!errno) {
					v->kind = J_INT;
					v->i = x;
					return 0;
				}
			} else {
				errno = 0;
				unsigned long long x = strtoull(num, &end, 10);
				if (!errno) {
					v->kind = J_UINT;
					v->u = x;
					return 0;
				}
			}
		}
		v->kind = J_FLOAT;
		v->f = strtod(num, NULL);
		return 0;
	}
	return -1;
}

static bool jeq(const struct jval *a, const struct jval *b)
{
	if (a->kind != b->kind) {
		/* serde_json keeps non-negative integers as u64, negatives as i64 */
		return false;
	}
	switch (a->kind) {
	case J_NULL: return true;
	case J_BOOL: return a->b == b->b;
	case J_INT: return a->i == b->i;
	case J_UINT: return a->u == b->u;
	case J_FLOAT: return a->f == b->f;
	case J_STR: return a->str.len == b->str.len && !memcmp(a->str.buf, b->str.buf, a->str.len);
	case J_ARR:
		if (a->n != b->n)
			return false;
		for (size_t i = 0; i < a->n; i++)
			if (!jeq(&a->items[i], &b->items[i]))
				return false;
		return true;
	case J_OBJ:
		if (a->n != b->n)
			return false;
		for (size_t i = 0; i < a->n; i++) {
			size_t k;
			for (k = 0; k < b->n; k++)
				if (!strcmp(a->keys[i].buf, b->keys[k].buf))
					break;
			if (k == b->n || !jeq(&a->items[i], &b->items[k]))
				return false;
		}
		return true;
	}
	return false;
}

static int jparse_all(const char *text, struct jval *v)
{
	const char *p = text;
	if (jparse(&p, v, 0) < 0)
		return -1;
	jskip(&p);
	return *p ? -1 : 0;
}

bool sql_json_text_eq(const char *a, const char *b)
{
	struct jval x, y;
	int ra = jparse_all(a, &x);
	int rb = jparse_all(b, &y);
	/* Prisma treats JSON that does not parse as matching */
	bool eq = ra == 0 && rb == 0 ? jeq(&x, &y) : true;
	jval_release(&x);
	jval_release(&y);
	return eq;
}

/* ---- values ---------------------------------------------------------------- */

bool sql_value_eq(const struct sql_value *a, const struct sql_value *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case SQL_V_STRING:
	case SQL_V_ENUM:
	case SQL_V_JSON:
	case SQL_V_DATETIME:
		return !strcmp(a->s, b->s);
	case SQL_V_BYTES:
		return a->len == b->len && !memcmp(a->s, b->s, a->len);
	case SQL_V_BOOLEAN:
		return a->b == b->b;
	case SQL_V_INT:
	case SQL_V_BIGINT:
		return a->i == b->i;
	case SQL_V_FLOAT:
		return sql_decimal_cmp(a->s, b->s) == 0;
	case SQL_V_LIST:
		if (a->nitems != b->nitems)
			return false;
		for (size_t i = 0; i < a->nitems; i++)
			if (!sql_value_eq(&a->items[i], &b->items[i]))
				return false;
		return true;
	}
	return false;
}

void sql_family_debug(const struct sql_coltype *t, struct strbuf *out)
{
	static const char *const names[] = {
		[SQL_FAM_INT] = "Int",         [SQL_FAM_BIGINT] = "BigInt", [SQL_FAM_FLOAT] = "Float",
		[SQL_FAM_DECIMAL] = "Decimal", [SQL_FAM_BOOLEAN] = "Boolean", [SQL_FAM_STRING] = "String",
		[SQL_FAM_DATETIME] = "DateTime", [SQL_FAM_BINARY] = "Binary", [SQL_FAM_JSON] = "Json",
		[SQL_FAM_UUID] = "Uuid",
	};
	switch (t->family) {
	case SQL_FAM_ENUM:
		strbuf_addf(out, "Enum(EnumId(%d))", t->ref);
		break;
	case SQL_FAM_UDT:
		strbuf_addf(out, "Udt(UdtId(%d))", t->ref);
		break;
	case SQL_FAM_UNSUPPORTED:
		/* Rust's Debug of a String: quoted, with " and \ escaped */
		strbuf_addstr(out, "Unsupported(\"");
		for (const char *p = t->unsupported; p && *p; p++) {
			if (*p == '"' || *p == '\\')
				strbuf_addch(out, '\\');
			strbuf_addch(out, *p);
		}
		strbuf_addstr(out, "\")");
		break;
	default:
		strbuf_addstr(out, names[t->family]);
	}
}

static void debug_str(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '"');
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			strbuf_addch(out, '\\');
		if (*s == '\n') {
			strbuf_addstr(out, "\\n");
			continue;
		}
		strbuf_addch(out, *s);
	}
	strbuf_addch(out, '"');
}

static void value_debug(const struct sql_value *v, struct strbuf *out)
{
	switch (v->kind) {
	case SQL_V_STRING: strbuf_addstr(out, "String("); debug_str(out, v->s); break;
	case SQL_V_ENUM: strbuf_addstr(out, "Enum("); debug_str(out, v->s); break;
	case SQL_V_JSON: strbuf_addstr(out, "Json("); debug_str(out, v->s); break;
	case SQL_V_DATETIME: strbuf_addf(out, "DateTime(%s", v->s); break;
	case SQL_V_BOOLEAN: strbuf_addf(out, "Boolean(%s", v->b ? "true" : "false"); break;
	case SQL_V_INT: strbuf_addf(out, "Int(%" PRId64, v->i); break;
	case SQL_V_BIGINT: strbuf_addf(out, "BigInt(%" PRId64, v->i); break;
	case SQL_V_FLOAT: strbuf_addf(out, "Float(BigDecimal(\"%s\")", v->s); break;
	case SQL_V_BYTES:
		strbuf_addstr(out, "Bytes([");
		for (size_t i = 0; i < v->len; i++)
			strbuf_addf(out, "%s%u", i ? ", " : "", (unsigned char)v->s[i]);
		strbuf_addch(out, ']');
		break;
	case SQL_V_LIST:
		strbuf_addstr(out, "List([");
		for (size_t i = 0; i < v->nitems; i++) {
			if (i)
				strbuf_addstr(out, ", ");
			value_debug(&v->items[i], out);
		}
		strbuf_addch(out, ']');
		break;
	}
	strbuf_addch(out, ')');
}

void sql_default_debug(const struct sql_default *d, struct strbuf *out)
{
	if (!d) {
		strbuf_addstr(out, "None");
		return;
	}
	strbuf_addstr(out, "Some(");
	switch (d->kind) {
	case SQL_DEF_VALUE:
		strbuf_addstr(out, "Value(");
		value_debug(&d->value, out);
		strbuf_addch(out, ')');
		break;
	case SQL_DEF_NOW: strbuf_addstr(out, "Now"); break;
	case SQL_DEF_SEQUENCE: strbuf_addstr(out, "Sequence("); debug_str(out, d->text); strbuf_addch(out, ')'); break;
	case SQL_DEF_UNIQUE_ROWID: strbuf_addstr(out, "UniqueRowid"); break;
	case SQL_DEF_DBGENERATED:
		strbuf_addstr(out, "DbGenerated(");
		if (d->text) {
			strbuf_addstr(out, "Some(");
			debug_str(out, d->text);
			strbuf_addch(out, ')');
		} else {
			strbuf_addstr(out, "None");
		}
		strbuf_addch(out, ')');
		break;
	}
	strbuf_addch(out, ')');
}

/* ---- dump ------------------------------------------------------------------- */

static const char *arity_name(enum sql_arity a)
{
	return a == SQL_REQUIRED ? "required" : a == SQL_NULLABLE ? "nullable" : "list";
}

static const char *action_name(enum sql_fk_action a)
{
	static const char *const n[] = {"NoAction", "Restrict", "Cascade", "SetNull", "SetDefault"};
	return n[a];
}

void sql_schema_dump(const struct sql_schema *s, struct strbuf *out)
{
	static const char *const itype[] = {"unique", "index", "fulltext", "primary"};
	static const char *const algo[] = {"btree", "hash", "gist", "gin", "spgist", "brin"};
	for (size_t i = 0; i < s->namespaces.len; i++)
		strbuf_addf(out, "namespace %s\n", s->namespaces.items[i]);
	for (size_t e = 0; e < s->enums.len; e++) {
		const struct sql_enum *en = &s->enums.items[e];
		strbuf_addf(out, "enum %s%s%s (", en->ns >= 0 ? sql_enum_explicit_ns(s, (int)e) : "",
			    en->ns >= 0 ? "." : "", en->name);
		for (int v = 0; v < en->nvars; v++)
			strbuf_addf(out, "%s%s", v ? ", " : "", sql_variant_name(s, (int)e, v));
		strbuf_addstr(out, ")\n");
	}
	for (size_t t = 0; t < s->tables.len; t++) {
		const struct sql_table *tb = &s->tables.items[t];
		const char *ns = sql_table_explicit_ns(s, (int)t);
		strbuf_addf(out, "table %s%s%s\n", ns ? ns : "", ns ? "." : "", tb->name);
		for (int c = 0; c < tb->ncols; c++) {
			const struct sql_column *col = &s->columns.items[tb->col_first + c];
			strbuf_addf(out, "  column %s ", col->name);
			sql_family_debug(&col->type, out);
			strbuf_addf(out, " %s native=%d", arity_name(col->type.arity), col->type.native.kind);
			for (int a = 0; a < col->type.native.nargs; a++)
				strbuf_addf(out, "%c%u", a ? ',' : '(', col->type.native.args[a]);
			if (col->type.native.nargs)
				strbuf_addch(out, ')');
			if (col->auto_increment)
				strbuf_addstr(out, " autoincrement");
			if (col->dflt) {
				strbuf_addstr(out, " default=");
				sql_default_debug(col->dflt, out);
			}
			strbuf_addch(out, '\n');
		}
		for (int i = 0; i < tb->nidx; i++) {
			int id = tb->idx_first + i;
			const struct sql_index *ix = &s->indexes.items[id];
			strbuf_addf(out, "  %s %s %s (", itype[ix->type], ix->name, algo[ix->algo]);
			for (int c = 0; c < ix->ncols; c++) {
				const struct sql_index_column *ic = sql_idx_col(s, id, c);
				strbuf_addf(out, "%s%s", c ? ", " : "", sql_col(s, ic->column)->name);
				if (ic->sort)
					strbuf_addstr(out, ic->sort == SQL_SORT_ASC ? " ASC" : " DESC");
				if (ic->opclass)
					strbuf_addf(out, " %s%s", ic->opclass, ic->opclass_default ? "*" : "");
			}
			strbuf_addstr(out, ")\n");
		}
		for (int f = 0; f < tb->nfk; f++) {
			int id = tb->fk_first + f;
			const struct sql_fk *fk = &s->fks.items[id];
			strbuf_addf(out, "  fk %s (", fk->name ? fk->name : "-");
			for (int c = 0; c < fk->ncols; c++)
				strbuf_addf(out, "%s%s", c ? ", " : "", sql_col(s, sql_fk_col(s, id, c)->column)->name);
			strbuf_addf(out, ") -> %s (", s->tables.items[fk->ref_table].name);
			for (int c = 0; c < fk->ncols; c++)
				strbuf_addf(out, "%s%s", c ? ", " : "",
					    sql_col(s, sql_fk_col(s, id, c)->ref_column)->name);
			strbuf_addf(out, ") delete=%s update=%s\n", action_name(fk->on_delete), action_name(fk->on_update));
		}
	}
	for (size_t i = 0; i < s->sequences.len; i++)
		strbuf_addf(out, "sequence %s\n", s->sequences.items[i].name);
}
