/* lint.c: statement-level checks of migration scripts (see lint.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "lint.h"
#include "sql/pg/conn.h"
#include "sqlsplit.h"
#include "util/strbuf.h"

/* ---- tokens ---------------------------------------------------------- */

enum tok_kind { T_WORD, T_QUOTED, T_NUMBER, T_STRING, T_PUNCT, T_END };

struct tok {
	enum tok_kind kind;
	char *text;  /* words lower-cased (as PostgreSQL folds them); quoted identifiers unquoted */
	char *orig;  /* as written, for messages */
	size_t offset;
};

typedef VEC(struct tok) tok_list;

static void tokenize(const char *s, size_t n, size_t base, tok_list *out)
{
	size_t i = 0;
	while (i < n) {
		struct tok t = {T_END, NULL, NULL, base + i};
		char c = s[i];
		if (isspace((unsigned char)c)) {
			i++;
			continue;
		}
		if (c == '-' && i + 1 < n && s[i + 1] == '-') {
			while (i < n && s[i] != '\n')
				i++;
			continue;
		}
		if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			int depth = 1;
			i += 2;
			while (i < n && depth) {
				if (s[i] == '/' && i + 1 < n && s[i + 1] == '*')
					depth++, i += 2;
				else if (s[i] == '*' && i + 1 < n && s[i + 1] == '/')
					depth--, i += 2;
				else
					i++;
			}
			continue;
		}
		if (isalpha((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80) {
			size_t j = i;
			while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_' || s[j] == '$' ||
					 (unsigned char)s[j] >= 0x80))
				j++;
			t.kind = T_WORD;
			t.text = xstrndup(s + i, j - i);
			t.orig = xstrndup(s + i, j - i);
			for (char *p = t.text; *p; p++)
				*p = (char)tolower((unsigned char)*p);
			i = j;
		} else if (c == '"') {
			struct strbuf sb = STRBUF_INIT;
			i++;
			while (i < n) {
				if (s[i] == '"') {
					if (i + 1 < n && s[i + 1] == '"') {
						strbuf_addch(&sb, '"');
						i += 2;
						continue;
					}
					i++;
					break;
				}
				strbuf_addch(&sb, s[i++]);
			}
			t.kind = T_QUOTED;
			t.text = strbuf_detach(&sb, NULL);
		} else if (c == '\'') {
			size_t j = i + 1;
			while (j < n && !(s[j] == '\'' && !(j + 1 < n && s[j + 1] == '\'')))
				j += s[j] == '\'' ? 2 : 1;
			t.kind = T_STRING;
			t.text = xstrndup(s + i, (j < n ? j + 1 : n) - i);
			i = j < n ? j + 1 : n;
		} else if (isdigit((unsigned char)c)) {
			size_t j = i;
			while (j < n && (isdigit((unsigned char)s[j]) || s[j] == '.'))
				j++;
			t.kind = T_NUMBER;
			t.text = xstrndup(s + i, j - i);
			i = j;
		} else if (c == '$') { /* dollar-quoted body: one opaque string */
			size_t j = i + 1;
			while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_'))
				j++;
			if (j < n && s[j] == '$') {
				size_t tag = j - i + 1, k = j + 1;
				while (k + tag <= n && memcmp(s + k, s + i, tag))
					k++;
				t.kind = T_STRING;
				t.text = xstrdup("$$");
				i = k + tag <= n ? k + tag : n;
			} else {
				t.kind = T_PUNCT;
				t.text = xstrndup(s + i, 1);
				i++;
			}
		} else {
			t.kind = T_PUNCT;
			t.text = xstrndup(s + i, (c == ':' && i + 1 < n && s[i + 1] == ':') ? 2 : 1);
			i += strlen(t.text);
		}
		vec_push(out, t);
	}
}

static void tokens_free(tok_list *l)
{
	for (size_t i = 0; i < l->len; i++) {
		free(l->items[i].text);
		free(l->items[i].orig);
	}
	vec_free(l);
}

/* ---- a cursor over a statement's tokens ------------------------------- */

struct cur {
	const tok_list *t;
	size_t i;
};

static const struct tok *peek(const struct cur *c, size_t ahead)
{
	static const struct tok end = {T_END, "", NULL, 0};
	return c->i + ahead < c->t->len ? &c->t->items[c->i + ahead] : &end;
}

static bool is_word(const struct tok *t, const char *w)
{
	return t->kind == T_WORD && !strcmp(t->text, w);
}

static bool accept(struct cur *c, const char *w)
{
	if (is_word(peek(c, 0), w)) {
		c->i++;
		return true;
	}
	return false;
}

/* Accepts a sequence of words ("if not exists"), all or nothing. */
static bool accept_words(struct cur *c, const char *words)
{
	size_t save = c->i;
	char buf[64];
	snprintf(buf, sizeof(buf), "%s", words);
	for (char *w = buf, *sp; w && *w; w = sp) {
		sp = strchr(w, ' ');
		if (sp)
			*sp++ = '\0';
		if (!accept(c, w)) {
			c->i = save;
			return false;
		}
	}
	return true;
}

static bool accept_punct(struct cur *c, const char *p)
{
	if (peek(c, 0)->kind == T_PUNCT && !strcmp(peek(c, 0)->text, p)) {
		c->i++;
		return true;
	}
	return false;
}

/* A possibly qualified name; returns its last part (not owned). */
static const char *name(struct cur *c)
{
	const char *last = NULL;
	for (;;) {
		const struct tok *t = peek(c, 0);
		if (t->kind != T_WORD && t->kind != T_QUOTED)
			return last;
		last = t->text;
		c->i++;
		if (!accept_punct(c, "."))
			return last;
	}
}

/* Skips to the next ',' or the end at parenthesis depth 0; returns the span's tokens as text. */
static void rest_of_item(struct cur *c, struct strbuf *text)
{
	int depth = 0;
	while (peek(c, 0)->kind != T_END) {
		const struct tok *t = peek(c, 0);
		if (t->kind == T_PUNCT && !strcmp(t->text, "("))
			depth++;
		else if (t->kind == T_PUNCT && !strcmp(t->text, ")"))
			depth--;
		else if (t->kind == T_PUNCT && !strcmp(t->text, ",") && depth == 0)
			return;
		if (text) {
			if (text->len && !(t->kind == T_PUNCT && (!strcmp(t->text, "(") || !strcmp(t->text, ")") ||
								   !strcmp(t->text, ","))) &&
			    text->buf[text->len - 1] != '(')
				strbuf_addch(text, ' ');
			strbuf_addstr(text, t->orig ? t->orig : t->text);
		}
		c->i++;
	}
}

/* ---- types: just enough to tell widening from narrowing --------------- */

enum type_family { TF_UNKNOWN, TF_INT, TF_FLOAT, TF_NUMERIC, TF_TEXT, TF_TIME, TF_OTHER };

struct sqltype {
	enum type_family family;
	int rank;      /* INT: bytes; FLOAT: bytes; TIME: 1 date, 2 timestamp */
	long length;   /* TEXT: -1 unbounded; NUMERIC: precision, -1 unbounded */
	long scale;
	char name[64];
};

static void parse_type(const char *text, struct sqltype *t)
{
	char lower[256];
	size_t n = 0;
	const char *paren;
	memset(t, 0, sizeof(*t));
	for (; *text && n + 1 < sizeof(lower); text++)
		lower[n++] = (char)tolower((unsigned char)*text);
	lower[n] = '\0';
	snprintf(t->name, sizeof(t->name), "%.63s", lower);
	paren = strchr(lower, '(');
	t->length = -1;
	if (strstr(lower, "[]")) {
		t->family = TF_OTHER;
	} else if (!strncmp(lower, "smallint", 8) || !strncmp(lower, "int2", 4) || !strncmp(lower, "smallserial", 11)) {
		t->family = TF_INT, t->rank = 2;
	} else if (!strncmp(lower, "bigint", 6) || !strncmp(lower, "int8", 4) || !strncmp(lower, "bigserial", 9)) {
		t->family = TF_INT, t->rank = 8;
	} else if (!strncmp(lower, "int", 3) || !strncmp(lower, "serial", 6)) {
		t->family = TF_INT, t->rank = 4;
	} else if (!strncmp(lower, "real", 4) || !strncmp(lower, "float4", 6)) {
		t->family = TF_FLOAT, t->rank = 4;
	} else if (!strncmp(lower, "double", 6) || !strncmp(lower, "float8", 6) || !strcmp(lower, "float")) {
		t->family = TF_FLOAT, t->rank = 8;
	} else if (!strncmp(lower, "numeric", 7) || !strncmp(lower, "decimal", 7)) {
		t->family = TF_NUMERIC;
		if (paren) {
			t->length = atol(paren + 1);
			t->scale = strchr(paren, ',') ? atol(strchr(paren, ',') + 1) : 0;
		}
	} else if (!strncmp(lower, "text", 4) || !strncmp(lower, "varchar", 7) || !strncmp(lower, "character", 9) ||
		   !strncmp(lower, "char", 4) || !strncmp(lower, "citext", 6)) {
		t->family = TF_TEXT;
		if (paren)
			t->length = atol(paren + 1);
		else if (!strncmp(lower, "char", 4) || (!strncmp(lower, "character", 9) && !strstr(lower, "varying")))
			t->length = 1; /* bare char means char(1) */
	} else if (!strncmp(lower, "date", 4)) {
		t->family = TF_TIME, t->rank = 1;
	} else if (!strncmp(lower, "timestamp", 9)) {
		t->family = TF_TIME, t->rank = 2;
	} else {
		t->family = TF_OTHER;
	}
}

/* NULL when `to` holds every value of `from`, else why not. */
static const char *narrowing(const struct sqltype *from, const struct sqltype *to)
{
	if (!strcmp(from->name, to->name))
		return NULL;
	if (from->family == TF_OTHER || to->family == TF_OTHER || from->family != to->family) {
		if (from->family == TF_INT && (to->family == TF_NUMERIC || to->family == TF_TEXT))
			return NULL;
		if ((from->family == TF_NUMERIC || from->family == TF_FLOAT) && to->family == TF_TEXT)
			return NULL;
		if (from->family == TF_INT && to->family == TF_FLOAT && !(from->rank == 8 || to->rank == 4))
			return NULL;
		return "the new type is incompatible: converting may fail or lose data";
	}
	switch (from->family) {
	case TF_INT:
	case TF_FLOAT:
	case TF_TIME:
		return to->rank < from->rank ? "the new type is smaller: values may not fit" : NULL;
	case TF_TEXT:
		if (to->length >= 0 && (from->length < 0 || to->length < from->length))
			return "the new length is shorter: longer strings will not fit";
		return NULL;
	case TF_NUMERIC:
		if (to->length < 0)
			return NULL;
		if (from->length < 0 || to->length - to->scale < from->length - from->scale || to->scale < from->scale)
			return "the new precision or scale is smaller: values may be rounded or not fit";
		return NULL;
	default:
		return NULL;
	}
}

/* ---- state: what earlier statements and migrations did ---------------- */

struct lint_state {
	struct strmap created;   /* tables created by the linted migrations */
	struct strmap coltypes;  /* "table.column" -> char* type set by them */
	VEC(char *) owned;       /* keys and values to free */
};

static char *own(struct lint_state *st, char *s)
{
	vec_push(&st->owned, s);
	return s;
}

void lint_report_init(struct lint_report *r)
{
	memset(r, 0, sizeof(*r));
	r->state = xcalloc(1, sizeof(*r->state));
}

void lint_report_release(struct lint_report *r)
{
	for (size_t i = 0; i < r->findings.len; i++) {
		free(r->findings.items[i].migration);
		free(r->findings.items[i].message);
		free(r->findings.items[i].hint);
	}
	vec_free(&r->findings);
	if (r->state) {
		for (size_t i = 0; i < r->state->owned.len; i++)
			free(r->state->owned.items[i]);
		vec_free(&r->state->owned);
		strmap_release(&r->state->created);
		strmap_release(&r->state->coltypes);
		free(r->state);
	}
	memset(r, 0, sizeof(*r));
}

struct linter {
	struct lint_report *r;
	const struct migration_dir *md;
	PGconn *c;
	const char *schema;
	const char *allowed; /* text after "rdb-lint: allow" lines, lower-cased */
};

static unsigned line_at(const char *s, size_t off)
{
	unsigned line = 1;
	for (size_t i = 0; i < off && s[i]; i++)
		line += s[i] == '\n';
	return line;
}

static void finding(struct linter *l, enum lint_severity sev, const char *rule, size_t offset, const char *hint,
		    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void finding(struct linter *l, enum lint_severity sev, const char *rule, size_t offset, const char *hint,
		    const char *fmt, ...)
{
	struct lint_finding f;
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	if (l->allowed && strstr(l->allowed, rule))
		return;
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	f.severity = sev;
	f.rule = rule;
	f.migration = xstrdup(l->md->name);
	f.line = line_at(l->md->script, offset);
	f.message = strbuf_detach(&msg, NULL);
	f.hint = hint ? xstrdup(hint) : NULL;
	vec_push(&l->r->findings, f);
	if (sev == LINT_ERROR)
		l->r->errors++;
	else
		l->r->warnings++;
}

static bool created_here(struct linter *l, const char *table)
{
	return strmap_gets(&l->r->state->created, table) != NULL;
}

/* 1 rows, 0 empty or missing, -1 unknown (no database). */
static int table_has_rows(struct linter *l, const char *table, const char *column_is_null)
{
	struct strbuf sql = STRBUF_INIT;
	struct rdb_error err;
	PGresult *res;
	int rc = -1;
	if (created_here(l, table))
		return 0;
	if (!l->c)
		return -1;
	strbuf_addstr(&sql, "SELECT EXISTS (SELECT 1 FROM ");
	pg_quote_ident(&sql, l->schema);
	strbuf_addch(&sql, '.');
	pg_quote_ident(&sql, table);
	if (column_is_null) {
		strbuf_addstr(&sql, " WHERE ");
		pg_quote_ident(&sql, column_is_null);
		strbuf_addstr(&sql, " IS NULL");
	}
	strbuf_addstr(&sql, ")");
	/* a savepoint keeps a missing table from aborting anything */
	if (pg_query(l->c, sql.buf, 0, NULL, &res, &err) == 0) {
		rc = PQgetvalue(res, 0, 0)[0] == 't';
		PQclear(res);
	} else if (!strcmp(err.sqlstate, "42P01")) {
		rc = 0; /* does not exist yet */
	}
	strbuf_release(&sql);
	return rc;
}

/* The column's type before this statement, or "" when unknown. */
static void current_type(struct linter *l, const char *table, const char *column, char *out, size_t n)
{
	struct strbuf key = STRBUF_INIT;
	const char *seen;
	strbuf_addf(&key, "%s.%s", table, column);
	seen = strmap_gets(&l->r->state->coltypes, key.buf);
	out[0] = '\0';
	if (seen) {
		snprintf(out, n, "%s", seen);
	} else if (l->c) {
		const char *params[3] = {l->schema, table, column};
		PGresult *res;
		struct rdb_error err;
		if (pg_query(l->c,
			     "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
			     "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace s ON s.oid = c.relnamespace "
			     "WHERE s.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND NOT a.attisdropped",
			     3, params, &res, &err) == 0) {
			if (PQntuples(res))
				snprintf(out, n, "%s", PQgetvalue(res, 0, 0));
			PQclear(res);
		}
	}
	strbuf_release(&key);
}

static void remember_type(struct linter *l, const char *table, const char *column, const char *type)
{
	struct strbuf key = STRBUF_INIT;
	strbuf_addf(&key, "%s.%s", table, column);
	{
		char *k = own(l->r->state, strbuf_detach(&key, NULL));
		char *v = own(l->r->state, xstrdup(type));
		struct strmap_entry *e;
		/* replace: strmap_put keeps old values, so update in place */
		if (strmap_gets(&l->r->state->coltypes, k)) {
			for (size_t i = 0; i < l->r->state->coltypes.cap; i++) {
				e = &l->r->state->coltypes.slots[i];
				if (e->key && !strcmp(e->key, k))
					e->value = v;
			}
		} else {
			strmap_put(&l->r->state->coltypes, k, strlen(k), v);
		}
	}
}

static const char *hint_loss = "copy the data somewhere first, or split the change: stop using it in code, then drop it in a later release; allow with `-- rdb-lint: allow %s`";

static void alter_table(struct linter *l, struct cur *c, size_t offset)
{
	const char *table;
	accept_words(c, "if exists");
	accept(c, "only");
	table = name(c);
	if (!table)
		return;
	if (accept(c, "rename")) {
		if (accept(c, "to")) {
			finding(l, LINT_WARNING, "rename-table", offset,
				"code still using the old name breaks during the deploy; rename in steps (new table or view, then move callers)",
				"renames table \"%s\"", table);
		} else if (!accept(c, "constraint")) {
			const char *col;
			accept(c, "column");
			col = name(c);
			finding(l, LINT_WARNING, "rename-column", offset,
				"code still using the old name breaks during the deploy; add the new column, copy, switch code, then drop",
				"renames column \"%s\" of table \"%s\"", col ? col : "?", table);
		}
		return;
	}
	do {
		size_t item_offset = peek(c, 0)->offset;
		if (accept(c, "drop")) {
			if (accept(c, "constraint")) {
				rest_of_item(c, NULL);
				continue;
			}
			accept(c, "column");
			accept_words(c, "if exists");
			{
				const char *col = name(c);
				char hint[300];
				snprintf(hint, sizeof(hint), hint_loss, "drop-column");
				if (col && !created_here(l, table))
					finding(l, LINT_ERROR, "drop-column", item_offset, hint,
						"drops column \"%s\" of table \"%s\" and all its values", col, table);
			}
			rest_of_item(c, NULL);
		} else if (accept(c, "add")) {
			struct strbuf def = STRBUF_INIT;
			const char *col;
			if (accept(c, "constraint") || is_word(peek(c, 0), "primary") || is_word(peek(c, 0), "unique") ||
			    is_word(peek(c, 0), "foreign") || is_word(peek(c, 0), "check")) {
				rest_of_item(c, NULL);
				continue;
			}
			accept(c, "column");
			accept_words(c, "if not exists");
			col = name(c);
			rest_of_item(c, &def);
			if (col) {
				char type[128];
				size_t k = 0;
				/* the type is the text up to the first constraint keyword */
				const char *stops[] = {" not null", " null", " default", " constraint", " primary", " unique",
						       " references", " check", " collate", " generated"};
				char *lower = xstrdup(def.buf);
				size_t end = strlen(lower);
				for (char *p = lower; *p; p++)
					*p = (char)tolower((unsigned char)*p);
				for (size_t s = 0; s < ARRAY_SIZE(stops); s++) {
					char *hit = strstr(lower, stops[s]);
					if (hit && (size_t)(hit - lower) < end)
						end = (size_t)(hit - lower);
				}
				k = end < sizeof(type) - 1 ? end : sizeof(type) - 1;
				memcpy(type, def.buf, k);
				type[k] = '\0';
				remember_type(l, table, col, type);
				if (strstr(lower, "not null") && !strstr(lower, "default") && !strstr(lower, "generated")) {
					int rows = table_has_rows(l, table, NULL);
					if (rows == 1)
						finding(l, LINT_ERROR, "not-null-without-default", item_offset,
							"add a DEFAULT, or add the column as nullable, backfill it, then SET NOT NULL",
							"adds NOT NULL column \"%s\" without a default to table \"%s\", which has rows: the migration will fail",
							col, table);
					else if (rows == -1)
						finding(l, LINT_WARNING, "not-null-without-default", item_offset,
							"add a DEFAULT, or add the column as nullable, backfill it, then SET NOT NULL",
							"adds NOT NULL column \"%s\" without a default to table \"%s\": it fails if the table has rows (no database to check)",
							col, table);
				}
				free(lower);
			}
			strbuf_release(&def);
		} else if (accept(c, "alter")) {
			const char *col;
			accept(c, "column");
			col = name(c);
			if (!col) {
				rest_of_item(c, NULL);
				continue;
			}
			if (accept_words(c, "set data type") || accept(c, "type")) {
				struct strbuf type = STRBUF_INIT;
				char before[128];
				struct sqltype from, to;
				const char *why;
				while (peek(c, 0)->kind != T_END && !is_word(peek(c, 0), "using") &&
				       !is_word(peek(c, 0), "collate") && !(peek(c, 0)->kind == T_PUNCT && !strcmp(peek(c, 0)->text, ","))) {
					const struct tok *t = peek(c, 0);
					if (type.len && t->kind != T_PUNCT && type.buf[type.len - 1] != '(')
						strbuf_addch(&type, ' ');
					strbuf_addstr(&type, t->orig ? t->orig : t->text);
					c->i++;
				}
				current_type(l, table, col, before, sizeof(before));
				parse_type(type.buf, &to);
				if (before[0]) {
					parse_type(before, &from);
					why = narrowing(&from, &to);
					if (why)
						finding(l, LINT_ERROR, "type-narrowing", item_offset,
							"check the data fits first, or add a new column and migrate the values",
							"changes column \"%s\" of table \"%s\" from %s to %s: %s", col, table, before,
							type.buf, why);
				} else if (!created_here(l, table)) {
					finding(l, LINT_WARNING, "type-narrowing", item_offset,
						"run lint with a database (--url) to compare with the current type",
						"changes the type of column \"%s\" of table \"%s\" to %s: it may lose data", col, table,
						type.buf);
				}
				remember_type(l, table, col, type.buf);
				strbuf_release(&type);
				rest_of_item(c, NULL);
			} else if (accept_words(c, "set not null")) {
				int nulls = table_has_rows(l, table, col);
				if (nulls == 1)
					finding(l, LINT_ERROR, "set-not-null", item_offset,
						"backfill the NULL values first (UPDATE ... SET ... WHERE ... IS NULL)",
						"makes column \"%s\" of table \"%s\" NOT NULL, but it holds NULL values: the migration will fail",
						col, table);
				rest_of_item(c, NULL);
			} else {
				rest_of_item(c, NULL);
			}
		} else {
			rest_of_item(c, NULL);
		}
	} while (accept_punct(c, ","));
}

static void create_index(struct linter *l, struct cur *c, size_t offset)
{
	bool concurrently = accept(c, "concurrently");
	const char *table;
	accept_words(c, "if not exists");
	if (!is_word(peek(c, 0), "on"))
		name(c);
	if (!accept(c, "on"))
		return;
	accept(c, "only");
	table = name(c);
	if (!concurrently && table && !created_here(l, table))
		finding(l, LINT_WARNING, "index-not-concurrent", offset,
			"use CREATE INDEX CONCURRENTLY: rdb runs such a migration outside a transaction",
			"builds an index on existing table \"%s\" without CONCURRENTLY, which blocks writes to it until done",
			table);
}

static void lint_statement(struct linter *l, const char *s, size_t n, size_t base)
{
	tok_list toks = {0};
	struct cur c = {&toks, 0};
	size_t offset;
	tokenize(s, n, base, &toks);
	if (!toks.len)
		goto out;
	offset = toks.items[0].offset;
	if (accept(&c, "drop")) {
		if (accept(&c, "table")) {
			char hint[300];
			snprintf(hint, sizeof(hint), hint_loss, "drop-table");
			accept_words(&c, "if exists");
			do {
				const char *t = name(&c);
				if (t && !created_here(l, t))
					finding(l, LINT_ERROR, "drop-table", offset, hint,
						"drops table \"%s\" and all its rows", t);
			} while (accept_punct(&c, ","));
		}
	} else if (accept(&c, "alter")) {
		if (accept(&c, "table"))
			alter_table(l, &c, offset);
	} else if (accept(&c, "create")) {
		accept(&c, "unique");
		if (accept(&c, "index")) {
			create_index(l, &c, offset);
		} else {
			accept(&c, "unlogged");
			if (accept(&c, "table")) {
				const char *t;
				accept_words(&c, "if not exists");
				t = name(&c);
				if (t) {
					char *k = own(l->r->state, xstrdup(t));
					strmap_put(&l->r->state->created, k, strlen(k), k);
				}
			}
		}
	}
out:
	tokens_free(&toks);
}

int lint_migration(struct lint_report *r, const struct migration_dir *md, PGconn *c, const char *schema,
		   struct rdb_error *err)
{
	struct linter l = {r, md, c, schema ? schema : "public", NULL};
	sql_stmt_list stmts = {0};
	struct strbuf allowed = STRBUF_INIT;
	const char *p;
	if (!md->script)
		return rdb_error_set(err, RDB_ERR_IO, "migration %s has no migration.sql", md->name);
	for (p = md->script; (p = strstr(p, "rdb-lint: allow")); p++) {
		const char *end = strchr(p, '\n');
		strbuf_add(&allowed, p, end ? (size_t)(end - p) : strlen(p));
		strbuf_addch(&allowed, '\n');
	}
	l.allowed = allowed.len ? allowed.buf : NULL;
	/* "created here" means in this migration: earlier ones may be in production. */
	strmap_release(&r->state->created);
	sql_split_pg(md->script, md->script_len, &stmts);
	for (size_t i = 0; i < stmts.len; i++)
		lint_statement(&l, md->script + stmts.items[i].start, stmts.items[i].len, stmts.items[i].start);
	vec_free(&stmts);
	strbuf_release(&allowed);
	return 0;
}
