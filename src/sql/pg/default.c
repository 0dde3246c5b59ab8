/*
 * default.c: column defaults as PostgreSQL prints them (pg_get_expr), read
 * the way Prisma's describer reads them: a small tokenizer and a parser per
 * column type family. What it cannot make sense of becomes a "dbgenerated"
 * default holding the text, so a diff can still compare it.
 *
 * The quirks are Prisma's and kept on purpose (one trailing token may stay
 * unparsed, \v and \f in E'' strings map to U+0011 and U+0012, ...): the
 * default read here must equal the one Prisma reads, or diffs would differ.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>

#include "sql/pg/describe.h"

enum tok {
	T_COMMA,
	T_LPAREN,
	T_RPAREN,
	T_LBRACKET,
	T_RBRACKET,
	T_LCURLY,
	T_RCURLY,
	T_MINUS,
	T_DOT,
	T_CAST,
	T_DQ_IDENT,
	T_STRING,
	T_CSTRING,
	T_DIGITS,
	T_IDENT,
	T_UNTERMINATED,
	T_WS,
	T_UNKNOWN,
};

struct token {
	enum tok kind;
	size_t start;
};

struct parser {
	const char *input;
	size_t len;
	struct token *toks;
	size_t ntoks;
	size_t off;
	struct sql_schema *s;
};

static bool is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* Length of the (possibly multi-byte) UTF-8 character at p. */
static size_t utf8_len(const char *p)
{
	unsigned char c = (unsigned char)*p;
	if (c < 0x80)
		return 1;
	if ((c & 0xe0) == 0xc0)
		return 2;
	if ((c & 0xf0) == 0xe0)
		return 3;
	return 4;
}

static void push(struct token **v, size_t *n, size_t *cap, enum tok k, size_t start)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = xrealloc(*v, *cap * sizeof(**v));
	}
	(*v)[*n].kind = k;
	(*v)[*n].start = start;
	(*n)++;
}

static void tokenize(const char *in, struct token **out, size_t *nout)
{
	size_t n = 0, cap = 0, i = 0, len = strlen(in);
	struct token *v = NULL;
	while (i < len) {
		size_t start = i;
		char c = in[i];
		switch (c) {
		case ',': push(&v, &n, &cap, T_COMMA, i++); continue;
		case '(': push(&v, &n, &cap, T_LPAREN, i++); continue;
		case ')': push(&v, &n, &cap, T_RPAREN, i++); continue;
		case '[': push(&v, &n, &cap, T_LBRACKET, i++); continue;
		case ']': push(&v, &n, &cap, T_RBRACKET, i++); continue;
		case '-': push(&v, &n, &cap, T_MINUS, i++); continue;
		case '.': push(&v, &n, &cap, T_DOT, i++); continue;
		case '{': push(&v, &n, &cap, T_LCURLY, i++); continue;
		case '}': push(&v, &n, &cap, T_RCURLY, i++); continue;
		case ':':
			if (in[i + 1] == ':') {
				push(&v, &n, &cap, T_CAST, i);
				i += 2;
				continue;
			}
			push(&v, &n, &cap, T_UNKNOWN, i);
			goto done;
		default:
			break;
		}
		if (isdigit((unsigned char)c)) {
			while (i < len && isdigit((unsigned char)in[i]))
				i++;
			push(&v, &n, &cap, T_DIGITS, start);
			continue;
		}
		if (c == 'E' || c == 'e') {
			i++;
			if (in[i] == '\'') {
				i++;
				for (;;) {
					if (i >= len) {
						push(&v, &n, &cap, T_UNTERMINATED, start);
						break;
					}
					if (in[i] == '\\') {
						if (i + 1 >= len) {
							i++;
							push(&v, &n, &cap, T_UNTERMINATED, start);
							break;
						}
						i += 2;
						continue;
					}
					if (in[i] == '\'') {
						i++;
						push(&v, &n, &cap, T_CSTRING, start);
						break;
					}
					i++;
				}
				continue;
			}
			if (i < len && isalnum((unsigned char)in[i])) {
				i++;
				while (i < len && is_ident_char(in[i]))
					i++;
			}
			push(&v, &n, &cap, T_IDENT, start);
			continue;
		}
		if (c == '\'') {
			i++;
			for (;;) {
				if (i >= len) {
					push(&v, &n, &cap, T_UNTERMINATED, start);
					goto done;
				}
				if (in[i] == '\'') {
					if (in[i + 1] == '\'') {
						i += 2;
						continue;
					}
					i++;
					push(&v, &n, &cap, T_STRING, start);
					break;
				}
				i++;
			}
			continue;
		}
		if (c == '"') {
			i++;
			for (;;) {
				if (i >= len) {
					push(&v, &n, &cap, T_UNTERMINATED, start);
					goto done;
				}
				if (in[i] == '"') {
					i++;
					push(&v, &n, &cap, T_DQ_IDENT, start);
					break;
				}
				if (in[i] == '\\')
					i++;
				i++;
			}
			continue;
		}
		if (is_ws(c)) {
			while (i < len && is_ws(in[i]))
				i++;
			push(&v, &n, &cap, T_WS, start);
			continue;
		}
		if (isalpha((unsigned char)c)) {
			while (i < len && is_ident_char(in[i]))
				i++;
			push(&v, &n, &cap, T_IDENT, start);
			continue;
		}
		push(&v, &n, &cap, T_UNKNOWN, start);
		i += utf8_len(in + i);
	}
done:
	*out = v;
	*nout = n;
}

static void parser_init(struct parser *p, struct sql_schema *s, const char *input)
{
	memset(p, 0, sizeof(*p));
	p->input = input;
	p->len = strlen(input);
	p->s = s;
	tokenize(input, &p->toks, &p->ntoks);
}

static void parser_release(struct parser *p)
{
	free(p->toks);
}

/* Index of the next non-whitespace token, or -1. */
static long next_non_ws(const struct parser *p)
{
	for (size_t o = p->off; o < p->ntoks; o++)
		if (p->toks[o].kind != T_WS)
			return (long)o;
	return -1;
}

static bool peek(const struct parser *p, enum tok *k)
{
	long o = next_non_ws(p);
	if (o < 0)
		return false;
	*k = p->toks[o].kind;
	return true;
}

static bool peek_is(const struct parser *p, enum tok k)
{
	enum tok t;
	return peek(p, &t) && t == k;
}

static bool next_token(struct parser *p, enum tok *k)
{
	long o = next_non_ws(p);
	if (o < 0)
		return false;
	p->off = (size_t)o + 1;
	*k = p->toks[o].kind;
	return true;
}

/* Consumes the token when it is `k`; its text (up to the next token) in *text. */
static bool expect(struct parser *p, enum tok k, const char **text, size_t *tlen)
{
	long o = next_non_ws(p);
	if (o < 0 || p->toks[o].kind != k)
		return false;
	p->off = (size_t)o + 1;
	size_t start = p->toks[o].start;
	size_t end = (size_t)o + 1 < p->ntoks ? p->toks[o + 1].start : p->len;
	if (text)
		*text = p->input + start;
	if (tlen)
		*tlen = end - start;
	return true;
}

static bool is_finished(const struct parser *p)
{
	/* sic: Prisma lets one token stay unconsumed */
	return p->ntoks == 0 || p->off >= p->ntoks - 1;
}

static bool ieq(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && !strncasecmp(s, word, n);
}

/* ---- values ---------------------------------------------------------------- */

static struct sql_value vstr(struct parser *p, enum sql_value_kind k, const char *s, size_t n)
{
	struct sql_value v = {0};
	v.kind = k;
	v.s = arena_strndup(&p->s->arena, s, n);
	v.len = n;
	return v;
}

/* ::type, ::"type", ::schema.type, ::character varying(10)[] */
static bool eat_cast(struct parser *p)
{
	enum tok k;
	if (!peek_is(p, T_CAST))
		return true;
	expect(p, T_CAST, NULL, NULL);
	while (peek(p, &k) && (k == T_DQ_IDENT || k == T_IDENT || k == T_DOT))
		expect(p, k, NULL, NULL);
	if (peek_is(p, T_LPAREN)) {
		for (;;) {
			if (!next_token(p, &k))
				return false;
			if (k == T_RPAREN)
				break;
		}
	}
	if (peek_is(p, T_LBRACKET)) {
		expect(p, T_LBRACKET, NULL, NULL);
		if (!expect(p, T_RBRACKET, NULL, NULL))
			return false;
	}
	return true;
}

static void add_utf8(struct strbuf *sb, uint32_t cp)
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

/* A '...' or E'...' literal (then an optional cast): its contents in *out. */
static bool parse_string_value(struct parser *p, struct strbuf *out)
{
	const char *s;
	size_t n;
	enum tok k;
	if (!peek(p, &k))
		return false;
	if (k == T_STRING) {
		expect(p, T_STRING, &s, &n);
		for (size_t i = 1; i + 1 < n; i++) {
			strbuf_addch(out, s[i]);
			if (s[i] == '\'')
				i++; /* '' stands for one quote */
		}
		return eat_cast(p);
	}
	if (k == T_CSTRING) {
		expect(p, T_CSTRING, &s, &n);
		for (size_t i = 2; i + 1 < n; i++) {
			if (s[i] != '\\') {
				strbuf_addch(out, s[i]);
				continue;
			}
			char c = s[++i];
			switch (c) {
			case 'a': strbuf_addch(out, 0x07); break;
			case 'b': strbuf_addch(out, 0x08); break;
			case 'v': strbuf_addch(out, 0x11); break; /* sic */
			case 'f': strbuf_addch(out, 0x12); break; /* sic */
			case 'n': strbuf_addch(out, '\n'); break;
			case 'r': strbuf_addch(out, '\r'); break;
			case 't': strbuf_addch(out, '\t'); break;
			case 'u':
			case 'U': {
				int digits = c == 'u' ? 4 : 8;
				uint32_t cp = 0;
				for (int d = 0; d < digits && i + 1 + 1 < n; d++) {
					char h = s[++i];
					cp = cp * 16 + (uint32_t)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
				}
				add_utf8(out, cp);
				break;
			}
			default:
				strbuf_addch(out, c);
			}
		}
		return eat_cast(p);
	}
	return false;
}

static bool parse_string_default(struct parser *p, struct sql_default *d)
{
	struct strbuf sb = STRBUF_INIT;
	bool ok = parse_string_value(p, &sb);
	if (ok) {
		d->kind = SQL_DEF_VALUE;
		d->value = vstr(p, SQL_V_STRING, sb.buf, sb.len);
	}
	strbuf_release(&sb);
	return ok;
}

static bool parse_i64(const char *s, size_t n, int64_t *out)
{
	char buf[64];
	char *end;
	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, s, n);
	buf[n] = 0;
	/* Rust's i64::from_str: optional sign, digits only */
	const char *q = buf;
	if (*q == '+' || *q == '-')
		q++;
	if (!*q)
		return false;
	for (; *q; q++)
		if (!isdigit((unsigned char)*q))
			return false;
	errno = 0;
	long long v = strtoll(buf, &end, 10);
	if (errno || *end)
		return false;
	*out = v;
	return true;
}

static void set_int(struct sql_default *d, int64_t v)
{
	memset(d, 0, sizeof(*d));
	d->kind = SQL_DEF_VALUE;
	d->value.kind = SQL_V_INT;
	d->value.i = v;
}

/* "seq", schema.seq, "Schema"."Seq": the last part, unquoted. */
static bool parse_identifier(struct parser *p, struct strbuf *out)
{
	const char *s;
	size_t n;
	if (expect(p, T_DQ_IDENT, &s, &n)) {
		for (size_t i = 1; i + 1 < n; i++) {
			if (s[i] == '\\')
				i++;
			strbuf_addch(out, s[i]);
		}
		return true;
	}
	if (expect(p, T_IDENT, &s, &n)) {
		strbuf_add(out, s, n);
		return true;
	}
	return false;
}

static bool parse_int_default(struct parser *p, struct sql_default *d)
{
	const char *s;
	size_t n;
	enum tok k;
	int64_t v;
	if (!peek(p, &k))
		return false;
	switch (k) {
	case T_DIGITS:
		expect(p, T_DIGITS, &s, &n);
		if (!parse_i64(s, n, &v))
			return false;
		set_int(d, v);
		return true;
	case T_MINUS:
		expect(p, T_MINUS, NULL, NULL);
		if (!expect(p, T_DIGITS, &s, &n) || !parse_i64(s, n, &v))
			return false;
		set_int(d, -v);
		return true;
	case T_STRING: {
		struct strbuf sb = STRBUF_INIT;
		bool ok = parse_string_value(p, &sb) && parse_i64(sb.buf, sb.len, &v);
		strbuf_release(&sb);
		if (ok)
			set_int(d, v);
		return ok;
	}
	case T_IDENT:
		expect(p, T_IDENT, &s, &n);
		if (ieq(s, n, "unique_rowid")) {
			if (!expect(p, T_LPAREN, NULL, NULL) || !expect(p, T_RPAREN, NULL, NULL))
				return false;
			memset(d, 0, sizeof(*d));
			d->kind = SQL_DEF_UNIQUE_ROWID;
			return true;
		}
		if (ieq(s, n, "nextval")) {
			struct strbuf seq = STRBUF_INIT, name = STRBUF_INIT;
			bool ok = false;
			if (!expect(p, T_LPAREN, NULL, NULL))
				goto nextval_out;
			/* nextval(('"third_Sequence"'::text)::regclass) */
			if (peek_is(p, T_LPAREN))
				expect(p, T_LPAREN, NULL, NULL);
			if (!peek(p, &k) || (k != T_STRING && k != T_CSTRING) || !parse_string_value(p, &seq))
				goto nextval_out;
			{
				struct parser inner;
				parser_init(&inner, p->s, seq.buf);
				bool got = parse_identifier(&inner, &name);
				if (got && peek_is(&inner, T_DOT)) {
					expect(&inner, T_DOT, NULL, NULL);
					strbuf_reset(&name);
					got = parse_identifier(&inner, &name);
				}
				parser_release(&inner);
				if (!got)
					goto nextval_out;
			}
			for (;;) {
				if (!next_token(p, &k))
					goto nextval_out;
				if (k == T_RPAREN)
					break;
			}
			if (!eat_cast(p))
				goto nextval_out;
			if (peek_is(p, T_RPAREN))
				expect(p, T_RPAREN, NULL, NULL);
			if (!eat_cast(p))
				goto nextval_out;
			memset(d, 0, sizeof(*d));
			d->kind = SQL_DEF_SEQUENCE;
			d->text = arena_strndup(&p->s->arena, name.buf, name.len);
			ok = true;
nextval_out:
			strbuf_release(&seq);
			strbuf_release(&name);
			return ok;
		}
		return false;
	default:
		return false;
	}
}

/* BigDecimal's text for sign, integer digits and fraction digits. */
static const char *decimal_text(struct parser *p, bool neg, const char *ip, size_t in, const char *fp, size_t fn)
{
	struct strbuf sb = STRBUF_INIT;
	while (in > 1 && *ip == '0') {
		ip++;
		in--;
	}
	bool zero = true;
	for (size_t i = 0; i < in; i++)
		zero = zero && ip[i] == '0';
	for (size_t i = 0; i < fn; i++)
		zero = zero && fp[i] == '0';
	if (neg && !zero)
		strbuf_addch(&sb, '-');
	strbuf_add(&sb, ip, in);
	if (fn) {
		strbuf_addch(&sb, '.');
		strbuf_add(&sb, fp, fn);
	}
	const char *r = arena_strndup(&p->s->arena, sb.buf, sb.len);
	strbuf_release(&sb);
	return r;
}

static bool parse_float_inner(struct parser *p, struct sql_default *d)
{
	enum tok k;
	bool open = false, neg = false;
	const char *ip, *fp = "";
	size_t in, fn = 0;
	if (!peek(p, &k))
		return false;
	if (k == T_LPAREN) {
		expect(p, T_LPAREN, NULL, NULL);
		open = true;
	} else if (k == T_STRING || k == T_CSTRING) {
		struct strbuf sb = STRBUF_INIT;
		bool ok = parse_string_value(p, &sb);
		if (ok) {
			struct parser inner;
			parser_init(&inner, p->s, sb.buf);
			ok = parse_float_inner(&inner, d);
			parser_release(&inner);
		}
		strbuf_release(&sb);
		return ok;
	}
	if (!peek(p, &k))
		return false;
	if (k == T_MINUS) {
		expect(p, T_MINUS, NULL, NULL);
		neg = true;
	}
	if (!expect(p, T_DIGITS, &ip, &in))
		return false;
	if (peek_is(p, T_DOT)) {
		expect(p, T_DOT, NULL, NULL);
		if (!expect(p, T_DIGITS, &fp, &fn))
			return false;
	}
	if (open && !expect(p, T_RPAREN, NULL, NULL))
		return false;
	memset(d, 0, sizeof(*d));
	d->kind = SQL_DEF_VALUE;
	d->value.kind = SQL_V_FLOAT;
	d->value.s = decimal_text(p, neg, ip, in, fp, fn);
	return true;
}

static bool parse_float_default(struct parser *p, struct sql_default *d)
{
	return parse_float_inner(p, d) && eat_cast(p);
}

static bool parse_bool_default(struct parser *p, struct sql_default *d)
{
	const char *s;
	size_t n;
	if (!expect(p, T_IDENT, &s, &n))
		return false;
	memset(d, 0, sizeof(*d));
	d->kind = SQL_DEF_VALUE;
	d->value.kind = SQL_V_BOOLEAN;
	if (ieq(s, n, "t") || ieq(s, n, "true"))
		d->value.b = true;
	else if (ieq(s, n, "f") || ieq(s, n, "false"))
		d->value.b = false;
	else
		return false;
	return true;
}

static bool parse_datetime_default(struct parser *p, struct sql_default *d)
{
	const char *s;
	size_t n;
	if (!expect(p, T_IDENT, &s, &n))
		return false;
	if (peek_is(p, T_LPAREN)) {
		expect(p, T_LPAREN, NULL, NULL);
		if (!expect(p, T_RPAREN, NULL, NULL))
			return false;
	}
	if (!eat_cast(p))
		return false;
	if (ieq(s, n, "now") || ieq(s, n, "current_timestamp")) {
		memset(d, 0, sizeof(*d));
		d->kind = SQL_DEF_NOW;
		return true;
	}
	return false;
}

static bool parse_enum_default(struct parser *p, struct sql_default *d)
{
	const char *s;
	size_t n;
	enum tok k;
	if (!peek(p, &k))
		return false;
	if (k == T_IDENT) {
		expect(p, T_IDENT, &s, &n);
		if (!eat_cast(p))
			return false;
		memset(d, 0, sizeof(*d));
		d->kind = SQL_DEF_VALUE;
		d->value = vstr(p, SQL_V_ENUM, s, n);
		return true;
	}
	if (k == T_STRING || k == T_CSTRING) {
		struct strbuf sb = STRBUF_INIT;
		bool ok = parse_string_value(p, &sb) && eat_cast(p);
		if (ok) {
			memset(d, 0, sizeof(*d));
			d->kind = SQL_DEF_VALUE;
			d->value = vstr(p, SQL_V_ENUM, sb.buf, sb.len);
		}
		strbuf_release(&sb);
		return ok;
	}
	return false;
}

static bool parse_binary_default(struct parser *p, struct sql_default *d)
{
	struct strbuf sb = STRBUF_INIT;
	bool ok = parse_string_value(p, &sb);
	if (ok && (sb.len < 2 || sb.buf[0] != '\\' || sb.buf[1] != 'x' || sb.len % 2))
		ok = false;
	for (size_t i = 0; ok && i < sb.len; i++)
		if ((unsigned char)sb.buf[i] >= 0x80 || (i >= 2 && !isxdigit((unsigned char)sb.buf[i])))
			ok = false;
	if (ok) {
		size_t nb = (sb.len - 2) / 2;
		char *bytes = arena_alloc(&p->s->arena, nb + 1);
		for (size_t i = 0; i < nb; i++) {
			char hex[3] = {sb.buf[2 + 2 * i], sb.buf[3 + 2 * i], 0};
			bytes[i] = (char)strtoul(hex, NULL, 16);
		}
		memset(d, 0, sizeof(*d));
		d->kind = SQL_DEF_VALUE;
		d->value.kind = SQL_V_BYTES;
		d->value.s = bytes;
		d->value.len = nb;
	}
	strbuf_release(&sb);
	return ok;
}

typedef bool (*parse_fn)(struct parser *, struct sql_default *);

static bool parse_unsupported(struct parser *p, struct sql_default *d)
{
	(void)p;
	(void)d;
	return false;
}

static parse_fn parser_for(enum sql_family f)
{
	switch (f) {
	case SQL_FAM_STRING:
	case SQL_FAM_JSON:
		return parse_string_default;
	case SQL_FAM_INT:
	case SQL_FAM_BIGINT:
		return parse_int_default;
	case SQL_FAM_ENUM:
		return parse_enum_default;
	case SQL_FAM_FLOAT:
	case SQL_FAM_DECIMAL:
		return parse_float_default;
	case SQL_FAM_BOOLEAN:
		return parse_bool_default;
	case SQL_FAM_DATETIME:
		return parse_datetime_default;
	case SQL_FAM_BINARY:
		return parse_binary_default;
	default:
		return parse_unsupported;
	}
}

/* ---- lists ------------------------------------------------------------------- */

struct value_list {
	struct sql_value *items;
	size_t n, cap;
};

static void list_push(struct value_list *l, struct sql_value v)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = xrealloc(l->items, l->cap * sizeof(*l->items));
	}
	l->items[l->n++] = v;
}

/* An item of a '{...}' literal, by the column's family. */
static bool parse_literal(struct parser *p, const char *s, size_t n, enum sql_family f, struct sql_value *out)
{
	memset(out, 0, sizeof(*out));
	switch (f) {
	case SQL_FAM_INT:
	case SQL_FAM_BIGINT:
		out->kind = SQL_V_BIGINT;
		return parse_i64(s, n, &out->i);
	case SQL_FAM_FLOAT:
	case SQL_FAM_DECIMAL: {
		/* BigDecimal::from_str */
		struct parser inner;
		struct sql_default d;
		char *copy = xstrndup(s, n);
		parser_init(&inner, p->s, copy);
		bool ok = parse_float_inner(&inner, &d) && inner.off >= inner.ntoks;
		parser_release(&inner);
		free(copy);
		if (ok)
			*out = d.value;
		return ok;
	}
	case SQL_FAM_STRING:
		*out = vstr(p, SQL_V_STRING, s, n);
		return true;
	case SQL_FAM_BOOLEAN:
		out->kind = SQL_V_BOOLEAN;
		if (ieq(s, n, "t") || ieq(s, n, "true"))
			out->b = true;
		else if (ieq(s, n, "f") || ieq(s, n, "false"))
			out->b = false;
		else
			return false;
		return true;
	case SQL_FAM_JSON:
		*out = vstr(p, SQL_V_JSON, s, n);
		return true;
	case SQL_FAM_ENUM: {
		struct parser inner;
		struct strbuf sb = STRBUF_INIT;
		char *copy = xstrndup(s, n);
		parser_init(&inner, p->s, copy);
		if (parse_string_value(&inner, &sb))
			*out = vstr(p, SQL_V_ENUM, sb.buf, sb.len);
		else
			*out = vstr(p, SQL_V_ENUM, s, n);
		parser_release(&inner);
		strbuf_release(&sb);
		free(copy);
		return true;
	}
	default:
		return false;
	}
}

/* '{a,b,"c d"}' (the contents of the string literal) */
static bool parse_array_literal(struct parser *outer, const char *input, enum sql_family f, struct value_list *l)
{
	struct parser p;
	enum tok k;
	const char *s;
	size_t n;
	bool ok = false;
	parser_init(&p, outer->s, input);
	if (!expect(&p, T_LCURLY, NULL, NULL))
		goto out;
	for (;;) {
		struct sql_value v;
		if (!peek(&p, &k))
			goto out;
		if (k == T_RCURLY) {
			expect(&p, T_RCURLY, NULL, NULL);
			break;
		} else if (k == T_IDENT) {
			expect(&p, T_IDENT, &s, &n);
			if (!parse_literal(&p, s, n, f, &v))
				goto out;
		} else if (k == T_DQ_IDENT) {
			struct strbuf sb = STRBUF_INIT;
			parse_identifier(&p, &sb);
			bool got = parse_literal(&p, sb.buf, sb.len, f, &v);
			strbuf_release(&sb);
			if (!got)
				goto out;
		} else if (k == T_STRING) {
			struct strbuf sb = STRBUF_INIT;
			bool got = parse_string_value(&p, &sb) && parse_literal(&p, sb.buf, sb.len, f, &v);
			strbuf_release(&sb);
			if (!got)
				goto out;
		} else if (k == T_MINUS || k == T_DIGITS) {
			struct sql_default d;
			if (f == SQL_FAM_INT || f == SQL_FAM_BIGINT) {
				if (!parse_int_default(&p, &d))
					goto out;
			} else if (f == SQL_FAM_DECIMAL || f == SQL_FAM_FLOAT) {
				if (!parse_float_default(&p, &d))
					goto out;
			} else {
				goto out;
			}
			v = d.value;
		} else {
			goto out;
		}
		list_push(l, v);
		if (!peek(&p, &k))
			goto out;
		if (k == T_COMMA) {
			expect(&p, T_COMMA, NULL, NULL);
		} else if (k == T_RCURLY) {
			expect(&p, T_RCURLY, NULL, NULL);
			break;
		} else {
			goto out;
		}
	}
	ok = true;
out:
	parser_release(&p);
	return ok;
}

/* ARRAY[1, 2] or (ARRAY[]::text[])::varchar(10)[] */
static bool parse_array_constructor(struct parser *p, enum sql_family f, struct value_list *l)
{
	const char *s;
	size_t n;
	enum tok k;
	parse_fn fn = parser_for(f);
	expect(p, T_LPAREN, NULL, NULL);
	if (!expect(p, T_IDENT, &s, &n) || !ieq(s, n, "array"))
		return false;
	if (!expect(p, T_LBRACKET, NULL, NULL))
		return false;
	for (;;) {
		struct sql_default d;
		if (!peek(p, &k))
			return false;
		if (k == T_RBRACKET) {
			expect(p, T_RBRACKET, NULL, NULL);
			break;
		}
		if (!fn(p, &d) || d.kind != SQL_DEF_VALUE)
			return false;
		list_push(l, d.value);
		if (!next_token(p, &k))
			return false;
		if (k == T_RBRACKET)
			break;
		if (k != T_COMMA)
			return false;
	}
	return true;
}

static void list_default(struct parser *p, const struct sql_coltype *type, struct sql_default *d)
{
	struct value_list l = {0};
	enum tok k;
	bool ok = false;
	if (peek(p, &k)) {
		if (k == T_STRING || k == T_CSTRING) {
			struct strbuf sb = STRBUF_INIT;
			ok = parse_string_value(p, &sb) && parse_array_literal(p, sb.buf, type->family, &l);
			strbuf_release(&sb);
		} else if (k == T_IDENT || k == T_LPAREN) {
			ok = parse_array_constructor(p, type->family, &l);
		}
	}
	memset(d, 0, sizeof(*d));
	if (ok) {
		d->kind = SQL_DEF_VALUE;
		d->value.kind = SQL_V_LIST;
		d->value.nitems = l.n;
		d->value.items = l.n ? arena_memdup(&p->s->arena, l.items, l.n * sizeof(*l.items)) : NULL;
	} else {
		d->kind = SQL_DEF_DBGENERATED;
		d->text = arena_strdup(&p->s->arena, p->input);
	}
	free(l.items);
}

bool pg_parse_default(struct sql_schema *s, const char *text, const struct sql_coltype *type, struct sql_default *out)
{
	struct parser p;
	const char *t = text;
	while (is_ws(*t))
		t++;
	if (!strncmp(t, "NULL", 4))
		return false;
	parser_init(&p, s, text);
	memset(out, 0, sizeof(*out));
	if (type->arity == SQL_LIST) {
		list_default(&p, type, out);
	} else {
		struct sql_default d;
		memset(&d, 0, sizeof(d));
		if (parser_for(type->family)(&p, &d) && is_finished(&p)) {
			*out = d;
		} else {
			out->kind = SQL_DEF_DBGENERATED;
			out->text = arena_strdup(&s->arena, text);
		}
	}
	parser_release(&p);
	return true;
}
