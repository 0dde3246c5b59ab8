/* toml.c: a small strict reader for the TOML subset described in toml.h. */
#include <stdlib.h>

#include "strbuf.h"
#include "toml.h"

struct reader {
	const char *s, *file;
	size_t len, pos;
	unsigned line;
	size_t line_start;
	struct rdb_error *err;
};

static int fail(struct reader *r, const char *what)
{
	rdb_error_set(r->err, RDB_ERR_CONFIG, "%s:%u:%zu: %s", r->file, r->line,
		      r->pos - r->line_start + 1, what);
	rdb_error_at(r->err, r->file, r->line, (unsigned)(r->pos - r->line_start + 1));
	return -1;
}

static int peek(struct reader *r)
{
	return r->pos < r->len ? (unsigned char)r->s[r->pos] : -1;
}

static void skip_ws(struct reader *r)
{
	while (peek(r) == ' ' || peek(r) == '\t')
		r->pos++;
}

/* Skips whitespace and a comment; requires end of line or input. */
static int end_of_line(struct reader *r)
{
	skip_ws(r);
	if (peek(r) == '#')
		while (peek(r) != -1 && peek(r) != '\n')
			r->pos++;
	if (peek(r) == '\r')
		r->pos++;
	if (peek(r) == -1)
		return 0;
	if (peek(r) != '\n')
		return fail(r, "expected the end of the line");
	r->pos++;
	r->line++;
	r->line_start = r->pos;
	return 0;
}

static bool bare_key_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

static int parse_string(struct reader *r, struct strbuf *out)
{
	int quote = peek(r);
	r->pos++;
	for (;;) {
		int c = peek(r);
		if (c == -1 || c == '\n')
			return fail(r, "unterminated string");
		r->pos++;
		if (c == quote)
			return 0;
		if (c == '\\' && quote == '"') {
			int e = peek(r);
			r->pos++;
			switch (e) {
			case 'n': strbuf_addch(out, '\n'); break;
			case 't': strbuf_addch(out, '\t'); break;
			case 'r': strbuf_addch(out, '\r'); break;
			case '"': strbuf_addch(out, '"'); break;
			case '\\': strbuf_addch(out, '\\'); break;
			default: r->pos--; return fail(r, "unknown escape sequence in string");
			}
			continue;
		}
		strbuf_addch(out, c);
	}
}

static int parse_key(struct reader *r, struct strbuf *key)
{
	do {
		skip_ws(r);
		if (peek(r) == '"' || peek(r) == '\'') {
			if (parse_string(r, key) < 0)
				return -1;
		} else if (bare_key_char(peek(r))) {
			while (bare_key_char(peek(r)))
				strbuf_addch(key, r->s[r->pos++]);
		} else {
			return fail(r, "expected a key");
		}
		skip_ws(r);
		if (peek(r) == '.') {
			r->pos++;
			strbuf_addch(key, '.');
			continue;
		}
		return 0;
	} while (1);
}

static int parse_value(struct reader *r, struct toml_value *v)
{
	int c = peek(r);
	if (c == '"' || c == '\'') {
		struct strbuf sb = STRBUF_INIT;
		if (parse_string(r, &sb) < 0) {
			strbuf_release(&sb);
			return -1;
		}
		v->kind = TOML_STRING;
		v->str = strbuf_detach(&sb, NULL);
		return 0;
	}
	if (c == '[') {
		r->pos++;
		v->kind = TOML_ARRAY;
		for (;;) {
			struct strbuf sb = STRBUF_INIT;
			while (peek(r) == ' ' || peek(r) == '\t' || peek(r) == '\n' || peek(r) == '\r') {
				if (peek(r) == '\n') {
					r->line++;
					r->line_start = r->pos + 1;
				}
				r->pos++;
			}
			if (peek(r) == ']') {
				r->pos++;
				return 0;
			}
			if (peek(r) != '"' && peek(r) != '\'')
				return fail(r, "arrays may only hold strings here");
			if (parse_string(r, &sb) < 0) {
				strbuf_release(&sb);
				return -1;
			}
			vec_push(&v->items, strbuf_detach(&sb, NULL));
			skip_ws(r);
			if (peek(r) == ',')
				r->pos++;
			else if (peek(r) != ']' && peek(r) != '\n')
				return fail(r, "expected ',' or ']' in array");
		}
	}
	if (!strncmp(r->s + r->pos, "true", 4) && !bare_key_char(r->pos + 4 < r->len ? r->s[r->pos + 4] : 0)) {
		r->pos += 4;
		v->kind = TOML_BOOL;
		v->boolean = true;
		return 0;
	}
	if (!strncmp(r->s + r->pos, "false", 5) && !bare_key_char(r->pos + 5 < r->len ? r->s[r->pos + 5] : 0)) {
		r->pos += 5;
		v->kind = TOML_BOOL;
		v->boolean = false;
		return 0;
	}
	if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
		char *end;
		char buf[32];
		size_t n = 0;
		while (n < sizeof(buf) - 1 && r->pos + n < r->len &&
		       (strchr("+-0123456789_", r->s[r->pos + n])))
			n++;
		memcpy(buf, r->s + r->pos, n);
		buf[n] = '\0';
		v->num = strtoll(buf, &end, 10);
		if (end == buf || *end)
			return fail(r, "invalid number");
		r->pos += n;
		v->kind = TOML_INT;
		return 0;
	}
	return fail(r, "expected a value: a \"string\", a number, true/false or [\"an\", \"array\"]");
}

int toml_parse(struct toml_doc *doc, const char *file, const char *text, size_t len,
	       struct rdb_error *err)
{
	struct reader r = {text, file, len, 0, 1, 0, err};
	struct strbuf table = STRBUF_INIT;
	memset(doc, 0, sizeof(*doc));
	while (r.pos < r.len) {
		skip_ws(&r);
		if (peek(&r) == '#' || peek(&r) == '\n' || peek(&r) == '\r') {
			if (end_of_line(&r) < 0)
				goto fail;
			continue;
		}
		if (peek(&r) == -1)
			break;
		if (peek(&r) == '[') {
			r.pos++;
			strbuf_reset(&table);
			if (parse_key(&r, &table) < 0)
				goto fail;
			if (peek(&r) != ']') {
				fail(&r, "expected ']' after the table name");
				goto fail;
			}
			r.pos++;
			if (end_of_line(&r) < 0)
				goto fail;
			continue;
		}
		{
			struct strbuf key = STRBUF_INIT;
			struct toml_value v;
			memset(&v, 0, sizeof(v));
			v.line = r.line;
			if (table.len) {
				strbuf_addbuf(&key, &table);
				strbuf_addch(&key, '.');
			}
			if (parse_key(&r, &key) < 0 || (peek(&r) != '=' && fail(&r, "expected '=' after the key") < 0)) {
				strbuf_release(&key);
				goto fail;
			}
			r.pos++;
			skip_ws(&r);
			if (toml_get(doc, key.buf)) {
				rdb_error_set(err, RDB_ERR_CONFIG, "%s:%u: key '%s' is defined twice", file, r.line, key.buf);
				rdb_error_at(err, file, r.line, 1);
				strbuf_release(&key);
				goto fail;
			}
			v.key = strbuf_detach(&key, NULL);
			vec_push(&doc->values, v);
			if (parse_value(&r, &doc->values.items[doc->values.len - 1]) < 0 || end_of_line(&r) < 0)
				goto fail;
		}
	}
	strbuf_release(&table);
	return 0;
fail:
	strbuf_release(&table);
	toml_doc_release(doc);
	return -1;
}

void toml_doc_release(struct toml_doc *doc)
{
	for (size_t i = 0; i < doc->values.len; i++) {
		struct toml_value *v = &doc->values.items[i];
		free(v->key);
		free(v->str);
		for (size_t j = 0; j < v->items.len; j++)
			free(v->items.items[j]);
		vec_free(&v->items);
	}
	vec_free(&doc->values);
}

const struct toml_value *toml_get(const struct toml_doc *doc, const char *key)
{
	for (size_t i = 0; i < doc->values.len; i++)
		if (!strcmp(doc->values.items[i].key, key))
			return &doc->values.items[i];
	return NULL;
}
