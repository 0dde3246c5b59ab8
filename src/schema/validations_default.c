/*
 * validations_default.c: default_value.rs, the literal checks of @default
 * values. Prisma hands the literal to a Rust parser and prints that
 * parser's error, so each check here reproduces one parser's verdict and
 * message: serde_json (Json), the base64 crate's standard engine (Bytes),
 * chrono's parse_from_rfc3339 (DateTime), str::parse::<i64> (Int, BigInt)
 * and bigdecimal's FromStr (Decimal).
 */
#include <math.h>
#include <stdlib.h>

#include "validations_internal.h"

/* ---- Rust's integer parsing (core::num::ParseIntError) ---------------------- */

#define INT_EMPTY "cannot parse integer from empty string"
#define INT_INVALID "invalid digit found in string"
#define INT_POS_OVERFLOW "number too large to fit in target type"
#define INT_NEG_OVERFLOW "number too small to fit in target type"

/* str::parse::<i64>: NULL when it parses, else the error's Display. */
static const char *parse_i64(const char *s, size_t n)
{
	bool neg = false;
	int64_t v = 0;
	size_t i = 0;
	if (!n)
		return INT_EMPTY;
	if (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-';
		i = 1;
		if (n == 1)
			return INT_INVALID;
	}
	for (; i < n; i++) {
		int d;
		if (s[i] < '0' || s[i] > '9')
			return INT_INVALID;
		d = s[i] - '0';
		/* digit by digit, so an overflow is seen before a later bad digit */
		if (v > INT64_MAX / 10 || v < INT64_MIN / 10)
			return neg ? INT_NEG_OVERFLOW : INT_POS_OVERFLOW;
		v *= 10;
		if (neg ? v < INT64_MIN + d : v > INT64_MAX - d)
			return neg ? INT_NEG_OVERFLOW : INT_POS_OVERFLOW;
		v = neg ? v - d : v + d;
	}
	return NULL;
}

/* ---- bigdecimal's FromStr ------------------------------------------------------- */

/* num-bigint's BigInt::from_str_radix(s, 10). */
static const char *parse_bigint(const char *s, size_t n)
{
	if (n && s[0] == '-' && !(n > 1 && s[1] == '+')) {
		s++;
		n--;
	}
	if (n && s[0] == '+' && !(n > 1 && s[1] == '+')) {
		s++;
		n--;
	}
	if (!n)
		return INT_EMPTY;
	if (s[0] == '_')
		return INT_INVALID;
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '_')
			return INT_INVALID;
	return NULL;
}

static const char *parse_bigdecimal(const char *s, size_t n)
{
	size_t base_len = n, dot;
	const char *e = NULL;
	const char *digits;
	char *buf = NULL;
	const char *err;
	for (size_t i = 0; i < n; i++)
		if (s[i] == 'e' || s[i] == 'E') {
			e = s + i;
			break;
		}
	if (e) {
		const char *exp = e + 1;
		size_t elen = n - (size_t)(exp - s);
		base_len = (size_t)(e - s);
		/* one leading '+' is skipped, then i64 takes another */
		if (elen && exp[0] == '+') {
			exp++;
			elen--;
		}
		if ((err = parse_i64(exp, elen)))
			return err;
	}
	if (!base_len)
		return "Failed to parse empty string";
	for (dot = 0; dot < base_len && s[dot] != '.'; dot++)
		;
	if (dot == base_len)
		return parse_bigint(s, base_len);
	if (dot == base_len - 1)
		return parse_bigint(s, base_len - 1);
	/* leading and trailing digits joined, without the point */
	buf = xmalloc(base_len);
	memcpy(buf, s, dot);
	memcpy(buf + dot, s + dot + 1, base_len - dot - 1);
	digits = buf;
	err = parse_bigint(digits, base_len - 1);
	free(buf);
	return err;
}

/* ---- base64 (the standard engine: canonical padding, no stray bits) ------------ */

static bool base64_valid(const char *s, size_t n)
{
	size_t pad = 0, data;
	int last;
	if (n % 4)
		return false;
	if (!n)
		return true;
	while (pad < n && s[n - 1 - pad] == '=')
		pad++;
	if (pad > 2)
		return false;
	data = n - pad;
	for (size_t i = 0; i < data; i++)
		if (base64_digit((unsigned char)s[i]) < 0)
			return false;
	if (!pad)
		return true;
	/* The bits past the last whole byte must be zero. */
	last = base64_digit((unsigned char)s[data - 1]);
	return pad == 2 ? (last & 0x0F) == 0 : (last & 0x03) == 0;
}

/* ---- chrono's DateTime::parse_from_rfc3339 ----------------------------------------- */

#define DT_INVALID "input contains invalid characters"
#define DT_TOO_SHORT "premature end of input"
#define DT_TOO_LONG "trailing input"
#define DT_OUT_OF_RANGE "input is out of range"

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* scan::number(s, w, w): exactly w digits at *i. */
static const char *scan_digits(const unsigned char *b, size_t n, size_t *i, size_t w, int *out)
{
	int v = 0;
	if (n - *i < w)
		return DT_TOO_SHORT;
	for (size_t k = 0; k < w; k++) {
		if (b[*i + k] < '0' || b[*i + k] > '9')
			return DT_INVALID;
		v = v * 10 + (b[*i + k] - '0');
	}
	*i += w;
	*out = v;
	return NULL;
}

/* scan::char */
static const char *scan_char(const unsigned char *b, size_t n, size_t *i, unsigned char ch)
{
	if (*i >= n)
		return DT_TOO_SHORT;
	if (b[*i] != ch)
		return DT_INVALID;
	(*i)++;
	return NULL;
}

/*
 * The chrono Prisma 6.19 links (before 0.4.43's fast path): scan the
 * fields in order, each setter range-checking its value (Parsed::set_*),
 * then build the date and time (an impossible day is out of range).
 */
static const char *parse_rfc3339(const char *s, size_t n)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	const unsigned char *b = (const unsigned char *)s;
	size_t i = 0;
	int year, month, day, hour, min, sec;
	const char *e;

	if ((e = scan_digits(b, n, &i, 4, &year)) || (e = scan_char(b, n, &i, '-')))
		return e;
	if ((e = scan_digits(b, n, &i, 2, &month)))
		return e;
	if (month < 1 || month > 12)
		return DT_OUT_OF_RANGE;
	if ((e = scan_char(b, n, &i, '-')) || (e = scan_digits(b, n, &i, 2, &day)))
		return e;
	if (day < 1 || day > 31)
		return DT_OUT_OF_RANGE;
	if (i >= n)
		return DT_TOO_SHORT;
	if (b[i] != 't' && b[i] != 'T' && b[i] != ' ')
		return DT_INVALID;
	i++;
	if ((e = scan_digits(b, n, &i, 2, &hour)))
		return e;
	if (hour > 23)
		return DT_OUT_OF_RANGE;
	if ((e = scan_char(b, n, &i, ':')) || (e = scan_digits(b, n, &i, 2, &min)))
		return e;
	if (min > 59)
		return DT_OUT_OF_RANGE;
	if ((e = scan_char(b, n, &i, ':')) || (e = scan_digits(b, n, &i, 2, &sec)))
		return e;
	if (sec > 60)
		return DT_OUT_OF_RANGE;
	if (i < n && b[i] == '.') {
		/* scan::nanosecond: at least one digit; past nine they are skipped */
		i++;
		if (i >= n)
			return DT_TOO_SHORT;
		if (b[i] < '0' || b[i] > '9')
			return DT_INVALID;
		while (i < n && b[i] >= '0' && b[i] <= '9')
			i++;
	}
	/* scan::timezone_offset: Z, or a sign, hours, a colon and minutes */
	if (i < n && (b[i] == 'Z' || b[i] == 'z')) {
		i++;
	} else {
		int hours, minutes;
		if (i >= n)
			return DT_TOO_SHORT;
		if (b[i] == '+' || b[i] == '-')
			i++;
		else if (n - i >= 3 && b[i] == 0xE2 && b[i + 1] == 0x88 && b[i + 2] == 0x92) /* U+2212 */
			i += 3;
		else
			return DT_INVALID;
		if (n - i < 2)
			return DT_TOO_SHORT;
		if (b[i] < '0' || b[i] > '9' || b[i + 1] < '0' || b[i + 1] > '9')
			return DT_INVALID;
		hours = (b[i] - '0') * 10 + (b[i + 1] - '0');
		i += 2;
		if ((e = scan_char(b, n, &i, ':')))
			return e;
		if (n - i < 2)
			return DT_TOO_SHORT;
		if (b[i] >= '0' && b[i] <= '5' && b[i + 1] >= '0' && b[i + 1] <= '9')
			minutes = (b[i] - '0') * 10 + (b[i + 1] - '0');
		else if (b[i] >= '6' && b[i] <= '9' && b[i + 1] >= '0' && b[i + 1] <= '9')
			return DT_OUT_OF_RANGE;
		else
			return DT_INVALID;
		i += 2;
		if (hours * 3600 + minutes * 60 > (23 * 60 + 59) * 60)
			return DT_OUT_OF_RANGE;
	}
	if (i < n)
		return DT_TOO_LONG;
	if (day > mdays[month - 1] + (month == 2 && is_leap(year)))
		return DT_OUT_OF_RANGE;
	return NULL;
}

/* ---- serde_json::from_str::<Value> ------------------------------------------------------- */

struct json {
	const unsigned char *s;
	size_t n, i;
	int depth;
	const char *err;
	size_t err_at; /* byte index the error position is computed from */
};

/* Deserializer::error: at the next unread byte. */
static bool json_error(struct json *j, const char *msg)
{
	j->err = msg;
	j->err_at = j->i;
	return false;
}

/* Deserializer::peek_error: one past the peeked byte. */
static bool json_peek_error(struct json *j, const char *msg)
{
	j->err = msg;
	j->err_at = j->i + 1 < j->n ? j->i + 1 : j->n;
	return false;
}

static int json_ws(struct json *j)
{
	while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\n' || j->s[j->i] == '\t' || j->s[j->i] == '\r'))
		j->i++;
	return j->i < j->n ? j->s[j->i] : -1;
}

static int json_peek(const struct json *j)
{
	return j->i < j->n ? j->s[j->i] : -1;
}

static bool json_value(struct json *j);

static bool json_ident(struct json *j, const char *rest)
{
	for (; *rest; rest++) {
		if (j->i >= j->n)
			return json_error(j, "EOF while parsing a value");
		if (j->s[j->i++] != (unsigned char)*rest)
			return json_error(j, "expected ident");
	}
	return true;
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Numbers: the grammar checks of parse_integer / parse_decimal / parse_exponent. */
static bool json_number(struct json *j, size_t start)
{
	bool is_float = false;
	int c;
	if (j->i >= j->n)
		return json_error(j, "EOF while parsing a value");
	c = j->s[j->i++];
	if (c == '0') {
		if (is_digit(json_peek(j)))
			return json_peek_error(j, "invalid number");
	} else if (c >= '1' && c <= '9') {
		while (is_digit(json_peek(j)))
			j->i++;
	} else {
		return json_error(j, "invalid number");
	}
	if (json_peek(j) == '.') {
		size_t digits = 0;
		is_float = true;
		j->i++;
		while (is_digit(json_peek(j))) {
			j->i++;
			digits++;
		}
		if (!digits)
			return json_peek_error(j, json_peek(j) < 0 ? "EOF while parsing a value" : "invalid number");
	}
	if (json_peek(j) == 'e' || json_peek(j) == 'E') {
		is_float = true;
		j->i++;
		if (json_peek(j) == '+' || json_peek(j) == '-')
			j->i++;
		if (j->i >= j->n)
			return json_error(j, "EOF while parsing a value");
		if (!is_digit(j->s[j->i++]))
			return json_error(j, "invalid number");
		while (is_digit(json_peek(j)))
			j->i++;
	}
	if (is_float) {
		char tmp[512];
		size_t len = j->i - start;
		double v;
		if (len < sizeof(tmp)) {
			memcpy(tmp, j->s + start, len);
			tmp[len] = 0;
			v = strtod(tmp, NULL);
			if (isinf(v))
				return json_error(j, "number out of range");
		}
	}
	return true;
}

/* SliceRead::decode_hex_escape: four digits, the error right after a bad one. */
static bool json_hex(struct json *j, int *out)
{
	if (j->n - j->i < 4) {
		j->i = j->n;
		return json_error(j, "EOF while parsing a string");
	}
	*out = 0;
	for (int k = 0; k < 4; k++) {
		int d = hex_digit(j->s[j->i++]);
		if (d < 0)
			return json_error(j, "invalid escape");
		*out = *out * 16 + d;
	}
	return true;
}

/* parse_str with validation, after the opening quote. */
static bool json_string(struct json *j)
{
	for (;;) {
		int c;
		if (j->i >= j->n)
			return json_error(j, "EOF while parsing a string");
		c = j->s[j->i++];
		if (c == '"')
			return true;
		if (c < 0x20)
			return json_error(j, "control character (\\u0000-\\u001F) found while parsing a string");
		if (c != '\\')
			continue;
		if (j->i >= j->n)
			return json_error(j, "EOF while parsing a string");
		c = j->s[j->i++];
		if (strchr("\"\\/bfnrt", c) && c)
			continue;
		if (c != 'u')
			return json_error(j, "invalid escape");
		{
			int n1, n2;
			if (!json_hex(j, &n1))
				return false;
			if (n1 >= 0xDC00 && n1 <= 0xDFFF)
				return json_error(j, "lone leading surrogate in hex escape");
			if (n1 < 0xD800 || n1 > 0xDBFF)
				continue;
			if (j->i >= j->n)
				return json_error(j, "EOF while parsing a string");
			if (j->s[j->i] != '\\') {
				j->i++;
				return json_error(j, "unexpected end of hex escape");
			}
			j->i++;
			if (j->i >= j->n)
				return json_error(j, "EOF while parsing a string");
			if (j->s[j->i] != 'u') {
				j->i++;
				return json_error(j, "unexpected end of hex escape");
			}
			j->i++;
			if (!json_hex(j, &n2))
				return false;
			if (n2 < 0xDC00 || n2 > 0xDFFF)
				return json_error(j, "lone leading surrogate in hex escape");
		}
	}
}

static bool json_array(struct json *j)
{
	bool first = true;
	for (;;) {
		int c = json_ws(j);
		if (c < 0)
			return json_peek_error(j, "EOF while parsing a list");
		if (c == ']')
			break;
		if (!first) {
			if (c != ',')
				return json_peek_error(j, "expected `,` or `]`");
			j->i++;
			c = json_ws(j);
			if (c == ']')
				return json_peek_error(j, "trailing comma");
			if (c < 0)
				return json_peek_error(j, "EOF while parsing a value");
		}
		first = false;
		if (!json_value(j))
			return false;
	}
	j->i++;
	return true;
}

static bool json_object(struct json *j)
{
	bool first = true;
	for (;;) {
		int c = json_ws(j);
		if (c < 0)
			return json_peek_error(j, "EOF while parsing an object");
		if (c == '}')
			break;
		if (!first) {
			if (c != ',')
				return json_peek_error(j, "expected `,` or `}`");
			j->i++;
			c = json_ws(j);
			if (c == '}')
				return json_peek_error(j, "trailing comma");
			if (c < 0)
				return json_peek_error(j, "EOF while parsing a value");
		}
		if (c != '"')
			return json_peek_error(j, "key must be a string");
		first = false;
		j->i++;
		if (!json_string(j))
			return false;
		c = json_ws(j);
		if (c < 0)
			return json_peek_error(j, "EOF while parsing an object");
		if (c != ':')
			return json_peek_error(j, "expected `:`");
		j->i++;
		if (!json_value(j))
			return false;
	}
	j->i++;
	return true;
}

static bool json_value(struct json *j)
{
	int c = json_ws(j);
	bool ok;
	switch (c) {
	case -1:
		return json_peek_error(j, "EOF while parsing a value");
	case 'n':
		j->i++;
		return json_ident(j, "ull");
	case 't':
		j->i++;
		return json_ident(j, "rue");
	case 'f':
		j->i++;
		return json_ident(j, "alse");
	case '-':
		j->i++;
		return json_number(j, j->i - 1);
	case '"':
		j->i++;
		return json_string(j);
	case '[':
	case '{':
		if (--j->depth == 0)
			return json_peek_error(j, "recursion limit exceeded");
		j->i++;
		ok = c == '[' ? json_array(j) : json_object(j);
		j->depth++;
		return ok;
	default:
		if (is_digit(c))
			return json_number(j, j->i);
		return json_peek_error(j, "expected value");
	}
}

/* NULL when valid; else the message with serde_json's " at line L column C". */
static const char *parse_json(struct vctx *c, const char *s, size_t n)
{
	struct json j = {(const unsigned char *)s, n, 0, 128, NULL, 0};
	size_t line = 1, line_start = 0;
	if (json_value(&j)) {
		if (json_ws(&j) < 0)
			return NULL;
		json_peek_error(&j, "trailing characters");
	}
	for (size_t k = 0; k < j.err_at; k++)
		if (s[k] == '\n') {
			line++;
			line_start = k + 1;
		}
	return arena_printf(&c->arena, "%s at line %zu column %zu", j.err, line, j.err_at - line_start);
}

/* ---- the rule -------------------------------------------------------------------------- */

void v_default_value(struct vctx *c, const struct psl_expr *value, bool has_scalar, enum psl_scalar_type scalar)
{
	const char *err;
	if (!has_scalar || !value)
		return;
	if (value->kind == PSL_EXPR_ARRAY) {
		for (size_t i = 0; i < value->n_items; i++)
			v_default_value(c, &value->items[i], has_scalar, scalar);
		return;
	}
	if (value->kind == PSL_EXPR_STRING) {
		switch (scalar) {
		case PSL_SCALAR_JSON:
			if ((err = parse_json(c, value->value, value->len)))
				v_attr_error(c, "@default", value->span,
					     "Parse error: \"%s\" is not a valid JSON string. (%s)", value->value, err);
			return;
		case PSL_SCALAR_BYTES:
			if (!base64_valid(value->value, value->len))
				v_attr_error(c, "@default", value->span,
					     "Parse error: \"%s\" is not a valid base64 string. (Could not convert from "
					     "`base64 encoded bytes` to `PrismaValue::Bytes`)",
					     value->value);
			return;
		case PSL_SCALAR_DATETIME:
			if ((err = parse_rfc3339(value->value, value->len)))
				v_attr_error(c, "@default", value->span,
					     "Parse error: \"%s\" is not a valid rfc3339 datetime string. (%s)", value->value,
					     err);
			return;
		case PSL_SCALAR_DECIMAL:
			/* Prisma names the attribute without its @ here. */
			if ((err = parse_bigdecimal(value->value, value->len)))
				v_attr_error(c, "default", value->span,
					     "Parse error: \"%s\" is not a valid decimal. (%s)", value->value, err);
			return;
		default:
			return;
		}
	}
	if (value->kind == PSL_EXPR_NUMBER && (scalar == PSL_SCALAR_INT || scalar == PSL_SCALAR_BIGINT)) {
		if ((err = parse_i64(value->value, value->len)))
			v_attr_error(c, "@default", value->span, "Parse error: \"%s\" is not a valid integer. (%s)",
				     value->value, err);
	}
}
