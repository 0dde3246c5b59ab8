/*
 * cst.c: a hand-written recursive-descent PEG parser that follows Prisma's
 * pest grammar rule for rule. pest semantics we reproduce:
 *   - in non-atomic rules, `a ~ b` and repetitions skip WHITESPACE* between
 *     elements (never before the first or after the last element, but an
 *     absent optional element still leaves the skipped whitespace inside the
 *     rule's span);
 *   - `@{}` rules produce one token and silence everything inside them;
 *   - `${}` rules skip no whitespace but keep inner tokens;
 *   - `_{}` rules produce no token.
 * Failure backtracks both the position and the emitted nodes.
 */
#include <stdlib.h>

#include "../util/utf8.h"
#include "../util/util.h"
#include "cst.h"

/* NORMAL rules inherit the caller's atomicity, as pest's `{}` rules do. */
enum atomicity { NONATOMIC, ATOMIC, COMPOUND, NORMAL };

/*
 * Deep nesting (10,000 `[`) must not exhaust the C stack: past this many
 * nested rule calls a rule simply fails, and the line falls through to the
 * grammar's catch-all rules, which report it as invalid.
 */
#define MAX_DEPTH 1000

struct parser {
	const char *s;
	size_t len, pos;
	struct psl_cst *cst;
	int atomicity;
	int silent;
	int depth;
};

typedef bool (*body_fn)(struct parser *);

static const char *const rule_names[R__COUNT] = {
#define N(x) [R_##x] = #x
	N(schema), N(EOI), N(model_declaration), N(field_declaration), N(model_contents),
	N(field_type), N(unsupported_type), N(base_type), N(unsupported_optional_list_type),
	N(list_type), N(optional_type), N(legacy_required_type), N(legacy_list_type),
	N(type_alias), N(config_block), N(key_value), N(config_contents), N(arbitrary_block),
	N(enum_declaration), N(enum_value_declaration), N(enum_contents), N(block_attribute),
	N(field_attribute), N(arguments_list), N(empty_argument), N(named_argument),
	N(trailing_comma), N(comment_block), N(trailing_comment), N(doc_comment), N(comment),
	N(doc_content), N(multi_line_comment), N(identifier), N(path), N(empty_lines),
	N(BLOCK_OPEN), N(BLOCK_CLOSE), N(ENUM_KEYWORD), N(MODEL_KEYWORD), N(TYPE_KEYWORD),
	N(VIEW_KEYWORD), N(GENERATOR_KEYWORD), N(DATASOURCE_KEYWORD), N(LEGACY_COLON),
	N(CATCH_ALL), N(BLOCK_LEVEL_CATCH_ALL), N(function_call), N(array_expression),
	N(expression), N(numeric_literal), N(string_literal), N(string_content),
#undef N
};

const char *psl_rule_name(enum psl_rule r)
{
	return (unsigned)r < R__COUNT ? rule_names[r] : "?";
}

/*
 * Byte classes: CL_ALNUM [0-9A-Za-z]; CL_IDENT continues an identifier
 * ([0-9A-Za-z_-]); CL_SKIP may start implicit whitespace (space, tab, or
 * the first byte of a multi-byte character, which may be a Zs space).
 */
#define CL_ALNUM 1
#define CL_IDENT 2
#define CL_SKIP 4
#define R16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char ascii_class[256] = {
	['-'] = CL_IDENT, ['_'] = CL_IDENT, [' '] = CL_SKIP, ['\t'] = CL_SKIP,
	[0x80] = R16(CL_SKIP), R16(CL_SKIP), R16(CL_SKIP), R16(CL_SKIP),
	R16(CL_SKIP), R16(CL_SKIP), R16(CL_SKIP), R16(CL_SKIP),
#define D(c) [c] = CL_ALNUM | CL_IDENT
	D('0'), D('1'), D('2'), D('3'), D('4'), D('5'), D('6'), D('7'), D('8'), D('9'),
	D('A'), D('B'), D('C'), D('D'), D('E'), D('F'), D('G'), D('H'), D('I'), D('J'),
	D('K'), D('L'), D('M'), D('N'), D('O'), D('P'), D('Q'), D('R'), D('S'), D('T'),
	D('U'), D('V'), D('W'), D('X'), D('Y'), D('Z'),
	D('a'), D('b'), D('c'), D('d'), D('e'), D('f'), D('g'), D('h'), D('i'), D('j'),
	D('k'), D('l'), D('m'), D('n'), D('o'), D('p'), D('q'), D('r'), D('s'), D('t'),
	D('u'), D('v'), D('w'), D('x'), D('y'), D('z'),
#undef D
};
#undef R16

/* ---- primitives ------------------------------------------------------- */

static uint32_t peek_cp(const struct parser *p, size_t *len)
{
	uint32_t cp = 0;
	size_t n;
	if (p->pos >= p->len) {
		*len = 0;
		return 0;
	}
	n = utf8_decode(p->s + p->pos, p->len - p->pos, &cp);
	if (!n) { /* input is validated before parsing; be safe anyway */
		cp = (unsigned char)p->s[p->pos];
		n = 1;
	}
	*len = n;
	return cp;
}

/* The byte at the position, or -1 at the end. */
static int cur(const struct parser *p)
{
	return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static bool any(struct parser *p)
{
	size_t n;
	peek_cp(p, &n);
	if (!n)
		return false;
	p->pos += n;
	return true;
}

static bool lit(struct parser *p, const char *s)
{
	size_t n = strlen(s);
	if (p->len - p->pos < n || memcmp(p->s + p->pos, s, n) != 0)
		return false;
	p->pos += n;
	return true;
}

static bool at_lit(const struct parser *p, const char *s)
{
	size_t n = strlen(s);
	return p->len - p->pos >= n && memcmp(p->s + p->pos, s, n) == 0;
}

static bool whitespace(struct parser *p)
{
	size_t n;
	uint32_t cp;
	if (p->pos < p->len && (unsigned char)p->s[p->pos] < 0x80) {
		if (p->s[p->pos] == ' ' || p->s[p->pos] == '\t') {
			p->pos++;
			return true;
		}
		return false;
	}
	cp = peek_cp(p, &n);
	if (n && (cp == '\t' || unicode_is_space_separator(cp))) {
		p->pos += n;
		return true;
	}
	return false;
}

static void skip_run(struct parser *p)
{
	const char *s = p->s;
	size_t i = p->pos, n = p->len;
	for (;;) {
		/* alignment padding comes in long runs of spaces: 8 at a time */
		for (uint64_t w; i + 8 <= n && (memcpy(&w, s + i, 8), w == 0x2020202020202020ull);)
			i += 8;
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		p->pos = i;
		if (i >= n || (unsigned char)s[i] < 0x80 || !whitespace(p))
			return;
		i = p->pos;
	}
}

/* Implicit WHITESPACE*; most calls find none, so that test is inline. */
static inline void skip(struct parser *p)
{
	if (p->atomicity != NONATOMIC || p->pos >= p->len)
		return;
	if (ascii_class[(unsigned char)p->s[p->pos]] & CL_SKIP)
		skip_run(p);
}

static bool newline(struct parser *p)
{
	if (at_lit(p, "\r\n")) {
		p->pos += 2;
		return true;
	}
	if (p->pos < p->len && (p->s[p->pos] == '\n' || p->s[p->pos] == '\r')) {
		p->pos++;
		return true;
	}
	return false;
}

static bool at_newline(const struct parser *p)
{
	return p->pos < p->len && (p->s[p->pos] == '\n' || p->s[p->pos] == '\r');
}

static bool ascii_digit(struct parser *p)
{
	if (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9') {
		p->pos++;
		return true;
	}
	return false;
}

static void grow_nodes(struct psl_cst *c)
{
	/* about one node per 3 bytes of schema: start there, then double */
	size_t want = c->len / 2 > 256 ? c->len / 2 : 256;
	c->cap = c->cap ? c->cap * 2 : want;
	c->nodes = xrealloc(c->nodes, c->cap * sizeof(*c->nodes));
}

static inline void push_node(struct parser *p, enum psl_rule r, size_t start)
{
	struct psl_cst *c = p->cst;
	struct psl_node *n;
	if (c->n == c->cap)
		grow_nodes(c);
	n = &c->nodes[c->n];
	n->rule = (uint8_t)r;
	n->start = (uint32_t)start;
	n->end = (uint32_t)start;
	n->next = (uint32_t)c->n + 1;
	c->n++;
}

/* Runs fn; on failure restores position and emitted nodes. */
static bool attempt(struct parser *p, body_fn fn)
{
	size_t pos = p->pos, n = p->cst->n;
	if (fn(p))
		return true;
	p->pos = pos;
	p->cst->n = n;
	return false;
}

/* Negative lookahead: true when fn would not match here. Consumes nothing. */
static bool not_ahead(struct parser *p, body_fn fn)
{
	size_t pos = p->pos, n = p->cst->n;
	int silent = p->silent;
	bool matched;
	p->silent = 1;
	matched = fn(p);
	p->silent = silent;
	p->pos = pos;
	p->cst->n = n;
	return !matched;
}

/*
 * (skip ~ X)* after a first X, as pest repeats: stops at the first X that
 * fails or matches nothing. With first >= 0, X is only tried where the next
 * byte is `first` (a cheap check for items that must start with it).
 */
static void repeat_more(struct parser *p, body_fn item, int first)
{
	for (;;) {
		size_t pos = p->pos, n = p->cst->n;
		skip(p);
		if ((first >= 0 && cur(p) != first) || !item(p) || p->pos == pos) {
			p->pos = pos;
			p->cst->n = n;
			return;
		}
	}
}

/* X* in pest: optional(X ~ (skip ~ X)*). */
static void repeat(struct parser *p, body_fn item)
{
	if (attempt(p, item))
		repeat_more(p, item, -1);
}

/* X+ in pest: X ~ (skip ~ X)*. */
static bool repeat1(struct parser *p, body_fn item)
{
	if (!attempt(p, item))
		return false;
	repeat_more(p, item, -1);
	return true;
}

static inline __attribute__((always_inline)) bool rule(struct parser *p, enum psl_rule r,
						       enum atomicity kind, body_fn body)
{
	size_t pos0 = p->pos, n0 = p->cst->n;
	int atom0 = p->atomicity, silent0 = p->silent;
	size_t idx = (size_t)-1;
	bool ok;

	if (p->depth >= MAX_DEPTH)
		return false;
	p->depth++;
	if (!p->silent) {
		idx = p->cst->n;
		push_node(p, r, pos0);
	}
	if (kind == ATOMIC) {
		p->atomicity = ATOMIC;
		p->silent = 1;
	} else if (kind == COMPOUND) {
		p->atomicity = COMPOUND;
	}
	ok = body(p);
	/* a NORMAL rule changes neither, and every rule inside restores its own */
	if (kind != NORMAL) {
		p->atomicity = atom0;
		p->silent = silent0;
	}
	p->depth--;
	if (!ok) {
		p->pos = pos0;
		p->cst->n = n0;
		return false;
	}
	if (idx != (size_t)-1) {
		p->cst->nodes[idx].end = (uint32_t)p->pos;
		p->cst->nodes[idx].next = (uint32_t)p->cst->n;
	}
	return true;
}

/*
 * Each rule is a wrapper (node bookkeeping, backtracking) around its body;
 * the body is forced inline so the wrapper costs no indirect call.
 */
#define RULE(name, kind)                                                       \
	static inline __attribute__((always_inline)) bool name##_body(struct parser *p); \
	static bool name(struct parser *p)                                     \
	{                                                                      \
		return rule(p, R_##name, kind, name##_body);                   \
	}                                                                      \
	static inline __attribute__((always_inline)) bool name##_body(struct parser *p)

/*
 * Leaf rules: atomic rules with no inner tokens and no recursion. They need
 * none of the wrapper's bookkeeping: scan, then push one finished node
 * (unless silent). The depth limit applies to them as to any rule.
 */
#define LEAF(name)                                                             \
	static inline __attribute__((always_inline)) bool name##_scan(struct parser *p); \
	static bool name(struct parser *p)                                     \
	{                                                                      \
		size_t start = p->pos;                                         \
		if (p->depth >= MAX_DEPTH || !name##_scan(p)) {                \
			p->pos = start;                                        \
			return false;                                          \
		}                                                              \
		if (!p->silent) {                                              \
			push_node(p, R_##name, start);                         \
			p->cst->nodes[p->cst->n - 1].end = (uint32_t)p->pos;   \
		}                                                              \
		return true;                                                   \
	}                                                                      \
	static inline __attribute__((always_inline)) bool name##_scan(struct parser *p)

#define TRY(x)                                                                 \
	do {                                                                   \
		if (!(x))                                                      \
			return false;                                          \
	} while (0)

/* ---- building blocks -------------------------------------------------- */

static inline bool ascii_alnum(int c)
{
	return ascii_class[(unsigned char)c] & CL_ALNUM;
}

static bool unicode_alphanumeric(struct parser *p)
{
	size_t n;
	uint32_t cp;
	if (p->pos < p->len && (unsigned char)p->s[p->pos] < 0x80) {
		if (ascii_alnum(p->s[p->pos])) {
			p->pos++;
			return true;
		}
		return false;
	}
	cp = peek_cp(p, &n);
	if (n && ((cp >= '0' && cp <= '9') || unicode_is_letter(cp))) {
		p->pos += n;
		return true;
	}
	return false;
}

static inline bool ident_tail_ascii(unsigned char c)
{
	return ascii_class[c] & CL_IDENT;
}

LEAF(identifier)
{
	if (p->pos < p->len && ascii_alnum(p->s[p->pos]))
		p->pos++;
	else
		TRY(unicode_alphanumeric(p));
	for (;;) {
		/* ASCII run first; only multi-byte characters go through the tables */
		const char *s = p->s;
		size_t i = p->pos, n = p->len;
		while (i < n && ident_tail_ascii((unsigned char)s[i]))
			i++;
		p->pos = i;
		if (p->pos >= p->len || (unsigned char)p->s[p->pos] < 0x80 || !unicode_alphanumeric(p))
			return true;
	}
}

/* First-byte checks that skip alternatives which cannot match here. */
static bool may_be_comment(int c)
{
	return c == '/' || c == ' ' || c == '\t' || c >= 0x80;
}

static bool may_be_empty_line(int c)
{
	return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c >= 0x80;
}

/* Can an identifier start here? (cheap pre-check before calling rules) */
static bool at_ident_start(const struct parser *p)
{
	unsigned char c;
	if (p->pos >= p->len)
		return false;
	c = (unsigned char)p->s[p->pos];
	return c >= 0x80 || ascii_alnum(c);
}

/* path = @{ identifier ~ ("." ~ path?)* }, which matches ident ("." ident?)* */
LEAF(path)
{
	/* its identifiers are rules one level down (silent: no nodes) */
	if (p->depth + 1 >= MAX_DEPTH)
		return false;
	TRY(identifier_scan(p));
	while (lit(p, ".")) {
		size_t at = p->pos;
		if (!identifier_scan(p))
			p->pos = at;
	}
	return true;
}

static bool ws_newline(struct parser *p)
{
	while (whitespace(p))
		;
	return newline(p);
}

RULE(empty_lines, ATOMIC)
{
	TRY(attempt(p, ws_newline));
	while (attempt(p, ws_newline))
		;
	return true;
}

static bool not_newline_any(struct parser *p)
{
	if (at_newline(p))
		return false;
	skip(p);
	return any(p);
}

RULE(BLOCK_OPEN, NORMAL)
{
	TRY(lit(p, "{"));
	skip(p);
	repeat(p, not_newline_any);
	skip(p);
	return newline(p);
}

RULE(BLOCK_CLOSE, NORMAL)
{
	return lit(p, "}");
}

RULE(ENUM_KEYWORD, NORMAL) { return lit(p, "enum"); }
RULE(MODEL_KEYWORD, NORMAL) { return lit(p, "model"); }
RULE(TYPE_KEYWORD, NORMAL) { return lit(p, "type"); }
RULE(VIEW_KEYWORD, NORMAL) { return lit(p, "view"); }
RULE(GENERATOR_KEYWORD, NORMAL) { return lit(p, "generator"); }
RULE(DATASOURCE_KEYWORD, NORMAL) { return lit(p, "datasource"); }
RULE(LEGACY_COLON, NORMAL) { return lit(p, ":"); }

RULE(CATCH_ALL, NORMAL)
{
	TRY(repeat1(p, not_newline_any));
	skip(p);
	newline(p);
	return true;
}

RULE(BLOCK_LEVEL_CATCH_ALL, NORMAL)
{
	TRY(not_ahead(p, BLOCK_CLOSE));
	skip(p);
	return CATCH_ALL(p);
}

/* ---- comments --------------------------------------------------------- */

RULE(doc_content, ATOMIC)
{
	/* (!NEWLINE ~ ANY)*: a comment runs to the end of its line */
	for (;;) {
		unsigned char c;
		if (p->pos >= p->len)
			return true;
		c = (unsigned char)p->s[p->pos];
		if (c == '\n' || c == '\r')
			return true;
		if (c < 0x80)
			p->pos++;
		else
			any(p);
	}
}

static void whitespaces(struct parser *p)
{
	/* WHITESPACE* written out in the rule (not implicit). In these rules'
	 * contexts (always inside ${}) there is no implicit skipping. */
	while (whitespace(p))
		;
}

RULE(doc_comment, NORMAL)
{
	whitespaces(p);
	skip(p);
	TRY(lit(p, "///"));
	skip(p);
	return doc_content(p);
}

static bool triple_slash(struct parser *p) { return lit(p, "///"); }

RULE(comment, NORMAL)
{
	whitespaces(p);
	skip(p);
	TRY(not_ahead(p, triple_slash));
	skip(p);
	TRY(lit(p, "//"));
	skip(p);
	return doc_content(p);
}

static bool comment_close(struct parser *p) { return lit(p, "*/"); }
static bool not_comment_close_any(struct parser *p)
{
	TRY(not_ahead(p, comment_close));
	skip(p);
	return any(p);
}

RULE(multi_line_comment, NORMAL)
{
	whitespaces(p);
	skip(p);
	TRY(lit(p, "/*"));
	skip(p);
	repeat(p, not_comment_close_any);
	skip(p);
	return lit(p, "*/");
}

static bool any_comment(struct parser *p)
{
	return doc_comment(p) || comment(p) || multi_line_comment(p);
}

static bool comment_line(struct parser *p)
{
	TRY(any_comment(p));
	skip(p);
	newline(p);
	return true;
}

RULE(comment_block, COMPOUND)
{
	return repeat1(p, comment_line);
}

RULE(trailing_comment, COMPOUND)
{
	return any_comment(p);
}

/* ---- literals and expressions ----------------------------------------- */

static bool digits1(struct parser *p)
{
	TRY(ascii_digit(p));
	while (ascii_digit(p))
		;
	return true;
}

static bool dot_digits(struct parser *p)
{
	TRY(lit(p, "."));
	return digits1(p);
}

LEAF(numeric_literal)
{
	lit(p, "-");
	TRY(digits1(p));
	attempt(p, dot_digits);
	return true;
}

/* string_content's text (its node is written by string_literal) */
static bool string_content_scan(struct parser *p)
{
	for (;;) {
		unsigned char c;
		if (p->pos >= p->len)
			return true;
		c = (unsigned char)p->s[p->pos];
		if (c == '\\') {
			/* string_escape = "\\" ~ ANY; a lone final backslash is ANY. */
			p->pos++;
			any(p);
			continue;
		}
		if (c == '"' || c < 0x20)
			return true;
		if (c < 0x80)
			p->pos++;
		else
			any(p);
	}
}

/*
 * string_literal = ${ "\"" ~ string_content ~ "\"" }: two nodes, the literal
 * and its content, written directly (string_content is a leaf one level down).
 */
static bool string_literal(struct parser *p)
{
	size_t start = p->pos, content;
	if (p->depth + 1 >= MAX_DEPTH || !lit(p, "\""))
		return false;
	content = p->pos;
	string_content_scan(p);
	if (!lit(p, "\"")) {
		p->pos = start;
		return false;
	}
	if (!p->silent) {
		struct psl_node *n;
		push_node(p, R_string_literal, start);
		push_node(p, R_string_content, content);
		n = &p->cst->nodes[p->cst->n - 2];
		n[0].end = (uint32_t)p->pos;
		n[0].next = (uint32_t)p->cst->n;
		n[1].end = (uint32_t)p->pos - 1;
	}
	return true;
}

static bool expression(struct parser *p);
static bool arguments_list(struct parser *p);

RULE(function_call, NORMAL)
{
	TRY(path(p));
	skip(p);
	return arguments_list(p);
}

static bool comma_expression(struct parser *p)
{
	TRY(lit(p, ","));
	skip(p);
	return expression(p);
}

static bool expression_list(struct parser *p)
{
	TRY(expression(p));
	skip(p);
	repeat(p, comma_expression);
	return true;
}

RULE(array_expression, NORMAL)
{
	TRY(lit(p, "["));
	skip(p);
	attempt(p, expression_list);
	skip(p);
	return lit(p, "]");
}

/* Is the path starting here followed by '(' (so a function call)? */
static bool at_call(const struct parser *p)
{
	size_t i = p->pos;
	while (i < p->len && ((unsigned char)p->s[i] >= 0x80 || ascii_alnum(p->s[i]) ||
			      p->s[i] == '_' || p->s[i] == '-' || p->s[i] == '.'))
		i++;
	while (i < p->len && (p->s[i] == ' ' || p->s[i] == '\t' || (unsigned char)p->s[i] >= 0x80))
		i++;
	return i < p->len && p->s[i] == '(';
}

RULE(expression, NORMAL)
{
	int c = cur(p);
	bool ident = at_ident_start(p);
	return (ident && at_call(p) && function_call(p)) || (c == '[' && array_expression(p)) ||
	       ((c == '-' || (c >= '0' && c <= '9')) && numeric_literal(p)) ||
	       (c == '"' && string_literal(p)) || (ident && path(p));
}

/* ---- arguments and attributes ----------------------------------------- */

RULE(named_argument, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	TRY(lit(p, ":"));
	skip(p);
	return expression(p);
}

RULE(empty_argument, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	return lit(p, ":");
}

RULE(trailing_comma, ATOMIC)
{
	return lit(p, ",");
}

/* argument = _{ named_argument | empty_argument | expression } */
/* Does an identifier followed by ':' start here? Only then can an argument
 * be named or empty; this avoids parsing the identifier three times. */
static bool at_ident_colon(const struct parser *p)
{
	size_t i = p->pos;
	if (!at_ident_start(p))
		return false;
	while (i < p->len && p->s[i] != ':' && p->s[i] != '\n' && p->s[i] != ',' &&
	       p->s[i] != '(' && p->s[i] != ')' && p->s[i] != '"' && p->s[i] != '[')
		i++;
	return i < p->len && p->s[i] == ':';
}

static bool argument(struct parser *p)
{
	bool named = at_ident_colon(p);
	return (named && named_argument(p)) || (named && empty_argument(p)) || expression(p);
}

static bool comma_argument(struct parser *p)
{
	TRY(lit(p, ","));
	skip(p);
	return argument(p);
}

static bool argument_seq(struct parser *p)
{
	TRY(argument(p));
	skip(p);
	repeat(p, comma_argument);
	return true;
}

RULE(arguments_list, NORMAL)
{
	TRY(lit(p, "("));
	skip(p);
	if (cur(p) != ')')
		attempt(p, argument_seq);
	skip(p);
	if (cur(p) == ',')
		trailing_comma(p);
	skip(p);
	return lit(p, ")");
}

static void opt_trailing_comment(struct parser *p);

RULE(block_attribute, NORMAL)
{
	TRY(lit(p, "@@"));
	skip(p);
	TRY(path(p));
	skip(p);
	if (cur(p) == '(')
		arguments_list(p);
	skip(p);
	opt_trailing_comment(p);
	return true;
}

RULE(field_attribute, NORMAL)
{
	TRY(lit(p, "@"));
	skip(p);
	TRY(path(p));
	skip(p);
	if (cur(p) == '(')
		arguments_list(p);
	return true;
}

/* ---- field types ------------------------------------------------------ */

RULE(unsupported_type, NORMAL)
{
	TRY(lit(p, "Unsupported("));
	skip(p);
	TRY(string_literal(p));
	skip(p);
	return lit(p, ")");
}

RULE(base_type, NORMAL)
{
	return (cur(p) == 'U' && unsupported_type(p)) || identifier(p);
}

RULE(unsupported_optional_list_type, NORMAL)
{
	TRY(base_type(p));
	skip(p);
	TRY(lit(p, "[]"));
	skip(p);
	return lit(p, "?");
}

RULE(list_type, NORMAL)
{
	TRY(base_type(p));
	skip(p);
	return lit(p, "[]");
}

RULE(optional_type, NORMAL)
{
	TRY(base_type(p));
	skip(p);
	return lit(p, "?");
}

RULE(legacy_required_type, NORMAL)
{
	TRY(base_type(p));
	skip(p);
	return lit(p, "!");
}

RULE(legacy_list_type, NORMAL)
{
	TRY(lit(p, "["));
	skip(p);
	TRY(base_type(p));
	skip(p);
	return lit(p, "]");
}

/*
 * field_type = { unsupported_optional_list_type | list_type | optional_type
 *              | legacy_required_type | legacy_list_type | base_type }
 * Every alternative but legacy_list_type starts with base_type, so tried in
 * order they would parse it up to five times. We parse it once and then
 * decide the wrapper from what follows, producing the same tree.
 */
RULE(field_type, NORMAL)
{
	size_t start = p->pos, slot, after_base, end;
	enum psl_rule wrapper;

	if (p->silent)
		return unsupported_optional_list_type(p) || list_type(p) || optional_type(p) ||
		       legacy_required_type(p) || legacy_list_type(p) || base_type(p);
	if (at_lit(p, "["))
		return legacy_list_type(p);
	slot = p->cst->n;
	push_node(p, R_base_type, start); /* placeholder for the wrapper */
	if (!base_type(p)) {
		p->cst->n = slot;
		p->pos = start;
		return false;
	}
	after_base = p->pos;
	skip(p);
	if (lit(p, "[]")) {
		size_t after_list = p->pos;
		skip(p);
		if (lit(p, "?")) {
			wrapper = R_unsupported_optional_list_type;
		} else {
			p->pos = after_list;
			wrapper = R_list_type;
		}
	} else if (lit(p, "?")) {
		wrapper = R_optional_type;
	} else if (lit(p, "!")) {
		wrapper = R_legacy_required_type;
	} else {
		/* plain base_type: drop the placeholder, shifting the subtree up */
		struct psl_node *nodes = p->cst->nodes;
		size_t count = p->cst->n - slot - 1;
		memmove(nodes + slot, nodes + slot + 1, count * sizeof(*nodes));
		for (size_t i = slot; i < slot + count; i++)
			nodes[i].next--;
		p->cst->n--;
		p->pos = after_base;
		return true;
	}
	end = p->pos;
	p->cst->nodes[slot].rule = (uint8_t)wrapper;
	p->cst->nodes[slot].start = (uint32_t)start;
	p->cst->nodes[slot].end = (uint32_t)end;
	p->cst->nodes[slot].next = (uint32_t)p->cst->n;
	return true;
}

/* ---- blocks ----------------------------------------------------------- */

/*
 * Optional elements are only tried when their first byte can start them:
 * a failed attempt would push and pop nodes for nothing.
 */
static void opt_trailing_comment(struct parser *p)
{
	int c = cur(p);
	if (c == '/' || c == ' ' || c == '\t' || c >= 0x80)
		trailing_comment(p);
}

/* field_attribute*, an attribute only tried at an '@' */
static void opt_field_attributes(struct parser *p)
{
	if (cur(p) == '@' && attempt(p, field_attribute))
		repeat_more(p, field_attribute, '@');
}

RULE(field_declaration, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	if (cur(p) == ':')
		LEGACY_COLON(p);
	skip(p);
	field_type(p);
	skip(p);
	opt_field_attributes(p);
	skip(p);
	opt_trailing_comment(p);
	skip(p);
	return newline(p);
}

static bool block_attribute_line(struct parser *p)
{
	TRY(block_attribute(p));
	skip(p);
	return newline(p);
}

static bool model_item(struct parser *p)
{
	int c = cur(p);
	return (at_ident_start(p) && field_declaration(p)) ||
	       (c == '@' && attempt(p, block_attribute_line)) ||
	       (may_be_comment(c) && comment_block(p)) || (may_be_empty_line(c) && empty_lines(p)) ||
	       BLOCK_LEVEL_CATCH_ALL(p);
}

RULE(model_contents, NORMAL)
{
	repeat(p, model_item);
	return true;
}

RULE(model_declaration, NORMAL)
{
	TRY(MODEL_KEYWORD(p) || TYPE_KEYWORD(p) || VIEW_KEYWORD(p));
	skip(p);
	TRY(identifier(p));
	skip(p);
	TRY(BLOCK_OPEN(p));
	skip(p);
	TRY(model_contents(p));
	skip(p);
	return BLOCK_CLOSE(p);
}

RULE(type_alias, NORMAL)
{
	TRY(TYPE_KEYWORD(p));
	skip(p);
	TRY(identifier(p));
	skip(p);
	TRY(lit(p, "="));
	skip(p);
	TRY(base_type(p));
	skip(p);
	repeat(p, field_attribute);
	return true;
}

RULE(key_value, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	TRY(lit(p, "="));
	skip(p);
	expression(p);
	skip(p);
	opt_trailing_comment(p);
	return true;
}

static bool key_value_line(struct parser *p)
{
	TRY(key_value(p));
	skip(p);
	return newline(p);
}

static bool config_item(struct parser *p)
{
	int c = cur(p);
	return (at_ident_start(p) && attempt(p, key_value_line)) ||
	       (may_be_comment(c) && comment_block(p)) || (may_be_empty_line(c) && empty_lines(p)) ||
	       BLOCK_LEVEL_CATCH_ALL(p);
}

RULE(config_contents, NORMAL)
{
	repeat(p, config_item);
	return true;
}

RULE(config_block, NORMAL)
{
	TRY(DATASOURCE_KEYWORD(p) || GENERATOR_KEYWORD(p));
	skip(p);
	TRY(identifier(p));
	skip(p);
	TRY(BLOCK_OPEN(p));
	skip(p);
	TRY(config_contents(p));
	skip(p);
	return BLOCK_CLOSE(p);
}

static bool not_close_any(struct parser *p)
{
	TRY(not_ahead(p, BLOCK_CLOSE));
	skip(p);
	return any(p);
}

static bool arbitrary_item(struct parser *p)
{
	return attempt(p, not_close_any) || newline(p);
}

RULE(arbitrary_block, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	TRY(BLOCK_OPEN(p));
	skip(p);
	repeat(p, arbitrary_item);
	skip(p);
	return BLOCK_CLOSE(p);
}

RULE(enum_value_declaration, NORMAL)
{
	TRY(identifier(p));
	skip(p);
	opt_field_attributes(p);
	skip(p);
	opt_trailing_comment(p);
	skip(p);
	return newline(p);
}

static bool enum_item(struct parser *p)
{
	int c = cur(p);
	return (at_ident_start(p) && enum_value_declaration(p)) ||
	       (c == '@' && attempt(p, block_attribute_line)) ||
	       (may_be_comment(c) && comment_block(p)) || (may_be_empty_line(c) && empty_lines(p)) ||
	       BLOCK_LEVEL_CATCH_ALL(p);
}

RULE(enum_contents, NORMAL)
{
	repeat(p, enum_item);
	return true;
}

RULE(enum_declaration, NORMAL)
{
	TRY(ENUM_KEYWORD(p));
	skip(p);
	TRY(identifier(p));
	skip(p);
	TRY(BLOCK_OPEN(p));
	skip(p);
	TRY(enum_contents(p));
	skip(p);
	return BLOCK_CLOSE(p);
}

static bool top_item(struct parser *p)
{
	int c = cur(p);
	return ((c == 'm' || c == 't' || c == 'v') && model_declaration(p)) ||
	       (c == 'e' && enum_declaration(p)) || ((c == 'd' || c == 'g') && config_block(p)) ||
	       (c == 't' && type_alias(p)) || (at_ident_start(p) && arbitrary_block(p)) ||
	       (may_be_comment(c) && comment_block(p)) || (may_be_empty_line(c) && empty_lines(p)) ||
	       CATCH_ALL(p);
}

RULE(EOI, NORMAL)
{
	return p->pos == p->len;
}

RULE(schema, NORMAL)
{
	skip(p);
	repeat(p, top_item);
	skip(p);
	if (!EOI(p)) {
		p->cst->fail_pos = p->pos;
		return false;
	}
	return true;
}

void psl_cst_parse(struct psl_cst *cst, const char *src, size_t len)
{
	struct parser p = {0};
	struct psl_node *nodes = cst->nodes;
	size_t cap = cst->cap;
	memset(cst, 0, sizeof(*cst));
	cst->nodes = nodes; /* reuse the buffer */
	cst->cap = cap;
	cst->src = src;
	cst->len = len;
	p.s = src;
	p.len = len;
	p.cst = cst;
	p.atomicity = NONATOMIC;
	cst->ok = schema(&p);
	if (!cst->ok) {
		/* Keep an empty root so that walkers need no special case. */
		cst->n = 0;
		push_node(&p, R_schema, 0);
	}
}

void psl_cst_release(struct psl_cst *cst)
{
	free(cst->nodes);
	cst->nodes = NULL;
	cst->n = cst->cap = 0;
}
