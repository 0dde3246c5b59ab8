/*
 * ast.c: builds the AST from the CST, as schema-ast's parse_*.rs do,
 * including their parse errors (legacy syntax, invalid lines, string
 * escapes) with the same messages and spans.
 */
#include <stdlib.h>

#include "../util/strbuf.h"
#include "../util/utf8.h"
#include "ast.h"

struct builder {
	const struct psl_cst *cst;
	const char *src;
	uint32_t file;
	struct psl_sources *s;
	struct arena *arena;
};

static struct psl_span span_of(const struct builder *b, uint32_t node)
{
	struct psl_span sp = {b->file, b->cst->nodes[node].start, b->cst->nodes[node].end};
	return sp;
}

static int rule_of(const struct builder *b, uint32_t node)
{
	return b->cst->nodes[node].rule;
}

static const char *text_of(const struct builder *b, uint32_t node, size_t *len)
{
	const struct psl_node *n = &b->cst->nodes[node];
	*len = n->end - n->start;
	return b->src + n->start;
}

/*
 * How many children of `node` have rule r1 or r2: vectors are sized from
 * this up front, so that they are allocated once, at their final size.
 */
static size_t count_children(const struct builder *b, uint32_t node, int r1, int r2)
{
	size_t n = 0;
	psl_for_children(b->cst, node, c)
	{
		int r = rule_of(b, c);
		n += r == r1 || r == r2;
	}
	return n;
}

static struct psl_ident ident(const struct builder *b, uint32_t node)
{
	struct psl_ident id;
	size_t len;
	const char *t = text_of(b, node, &len);
	id.name = arena_strndup(b->arena, t, len);
	id.len = (uint32_t)len;
	id.span = span_of(b, node);
	return id;
}

/* ---- comments ---- */

static void trim_range(const char **s, size_t *len)
{
	while (*len && ((*s)[0] == ' ' || (*s)[0] == '\t' || (*s)[0] == '\n' || (*s)[0] == '\r')) {
		(*s)++;
		(*len)--;
	}
	while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' ||
			(*s)[*len - 1] == '\n' || (*s)[*len - 1] == '\r'))
		(*len)--;
}

/* Rust's str::trim_start/trim: Unicode White_Space; ASCII plus Zs covers our inputs. */
static size_t ws_prefix(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		if (!n)
			break;
		if (!(cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || cp == 0x85 ||
		      unicode_is_space_separator(cp) || cp == 0x2028 || cp == 0x2029))
			break;
		i += n;
	}
	return i;
}

static void comment_line_text(const struct builder *b, uint32_t node, struct strbuf *lines,
			      bool *any)
{
	size_t len;
	const char *t;
	int r = rule_of(b, node);
	if (r == R_doc_comment) {
		uint32_t content = psl_first_child(b->cst, node);
		size_t skip;
		t = text_of(b, content, &len);
		skip = ws_prefix(t, len);
		t += skip;
		len -= skip;
	} else if (r == R_multi_line_comment) {
		t = text_of(b, node, &len);
		/* the span may start with whitespace before the slash-star */
		{
			size_t skip = ws_prefix(t, len);
			t += skip;
			len -= skip;
		}
		t += 2;
		len -= 4;
		trim_range(&t, &len);
	} else {
		return; /* plain // comments are not documentation */
	}
	if (*any)
		strbuf_addch(lines, '\n');
	strbuf_add(lines, t, len);
	*any = true;
}

/* parse_comment_block / parse_trailing_comment: doc lines joined by \n, or NULL. */
static const char *comment_text(const struct builder *b, uint32_t node)
{
	struct strbuf lines = STRBUF_INIT;
	bool any = false;
	const char *res = NULL;
	psl_for_children(b->cst, node, c) comment_line_text(b, c, &lines, &any);
	if (any)
		res = arena_strndup(b->arena, lines.buf, lines.len);
	strbuf_release(&lines);
	return res;
}

static const char *join_doc(const struct builder *b, const char *a, const char *c)
{
	if (!a)
		return c;
	if (!c)
		return a;
	return arena_printf(b->arena, "%s\n%s", a, c);
}

/* ---- expressions ---- */

static void parse_args(const struct builder *b, uint32_t node, struct psl_args *out);

/* parse_codepoint: (consumed, ok) for a "\uXXXX" at s. */
static size_t parse_codepoint(const char *s, size_t len, uint32_t *cp, bool *ok)
{
	*ok = false;
	if (len < 4 || s[0] != '\\' || s[1] != 'u')
		return 0;
	*cp = 0;
	for (size_t i = 0; i < 4; i++) {
		int v = 2 + i < len ? hex_digit(s[2 + i]) : -1;
		if (v < 0)
			return 2 + i;
		*cp = (*cp << 4) | (uint32_t)v;
	}
	*ok = true;
	return 6;
}

static void add_utf8(struct strbuf *sb, uint32_t cp)
{
	char buf[4];
	size_t n;
	if (cp < 0x80) {
		buf[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		buf[0] = (char)(0xC0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		buf[0] = (char)(0xE0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		buf[0] = (char)(0xF0 | (cp >> 18));
		buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	strbuf_add(sb, buf, n);
}

static void unicode_error(const struct builder *b, uint32_t offset, size_t slice_len, size_t consumed)
{
	struct psl_span sp = {b->file, offset, offset + (uint32_t)(consumed < slice_len ? consumed : slice_len)};
	psl_error_str(b->s, sp, "Invalid unicode escape sequence.");
}

/* The JSON-style unescaping of parse_string_literal, with its errors. */
static const char *unescape(const struct builder *b, uint32_t content, size_t *out_len)
{
	size_t len;
	const char *t = text_of(b, content, &len);
	uint32_t base = b->cst->nodes[content].start;
	struct strbuf out = STRBUF_INIT;
	size_t i = 0;
	const char *res;

	if (!memchr(t, '\\', len)) { /* nothing to unescape: the common case */
		*out_len = len;
		return arena_strndup(b->arena, t, len);
	}
	while (i < len) {
		size_t start = i;
		char c = t[i];
		if (c != '\\') {
			strbuf_addch(&out, c);
			i++;
			continue;
		}
		i++;
		if (i >= len)
			break;
		switch (t[i]) {
		case '"': strbuf_addch(&out, '"'); i++; continue;
		case '\\': strbuf_addch(&out, '\\'); i++; continue;
		case '/': strbuf_addch(&out, '/'); i++; continue;
		case 'b': strbuf_addch(&out, '\b'); i++; continue;
		case 'f': strbuf_addch(&out, '\f'); i++; continue;
		case 'n': strbuf_addch(&out, '\n'); i++; continue;
		case 'r': strbuf_addch(&out, '\r'); i++; continue;
		case 't': strbuf_addch(&out, '\t'); i++; continue;
		case 'u': {
			uint32_t cp1, cp2;
			bool ok1, ok2;
			size_t slice_len = len - start, advance;
			size_t used = parse_codepoint(t + start, slice_len, &cp1, &ok1);
			if (!ok1) {
				unicode_error(b, base + (uint32_t)start, slice_len, used > 2 ? used : 2);
				advance = used;
			} else if (cp1 < 0xD800 || cp1 > 0xDFFF) {
				add_utf8(&out, cp1);
				advance = 6;
			} else {
				size_t used2 = parse_codepoint(t + start + 6, slice_len - 6, &cp2, &ok2);
				(void)used2;
				if (!ok2) {
					unicode_error(b, base + (uint32_t)start, slice_len, used);
					advance = used;
				} else {
					if (cp1 <= 0xDBFF && cp2 >= 0xDC00 && cp2 <= 0xDFFF)
						add_utf8(&out, 0x10000 + ((cp1 - 0xD800) << 10) + (cp2 - 0xDC00));
					else
						unicode_error(b, base + (uint32_t)start, slice_len, used + used2);
					advance = used * 2;
				}
			}
			/* Rust consumed "\u" already and then skips advance - 2 more chars. */
			i = start + 2;
			for (size_t k = 0; k + 2 < advance && i < len; k++) {
				uint32_t cp;
				size_t n = utf8_decode(t + i, len - i, &cp);
				i += n ? n : 1;
			}
			continue;
		}
		default: {
			uint32_t cp;
			size_t n = utf8_decode(t + i, len - i, &cp);
			struct psl_span sp = {b->file, base + (uint32_t)start,
					      base + (uint32_t)start + 1 + (uint32_t)(n ? n : 1)};
			psl_error_str(b->s, sp,
				      "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.");
			i += n ? n : 1;
			continue;
		}
		}
	}
	res = arena_strndup(b->arena, out.buf, out.len);
	*out_len = out.len;
	strbuf_release(&out);
	return res;
}

static void parse_expression(const struct builder *b, uint32_t node, struct psl_expr *e);

static void parse_expression_child(const struct builder *b, uint32_t child, struct psl_expr *e)
{
	size_t len;
	const char *t;
	memset(e, 0, sizeof(*e));
	e->span = span_of(b, child);
	switch (rule_of(b, child)) {
	case R_numeric_literal:
		e->kind = PSL_EXPR_NUMBER;
		t = text_of(b, child, &len);
		e->value = arena_strndup(b->arena, t, len);
		e->len = len;
		break;
	case R_string_literal:
		e->kind = PSL_EXPR_STRING;
		e->value = unescape(b, psl_first_child(b->cst, child), &e->len);
		break;
	case R_path:
		e->kind = PSL_EXPR_CONSTANT;
		t = text_of(b, child, &len);
		e->value = arena_strndup(b->arena, t, len);
		e->len = len;
		break;
	case R_function_call:
		e->kind = PSL_EXPR_FUNCTION;
		e->args = arena_alloc(b->arena, sizeof(*e->args));
		psl_for_children(b->cst, child, c)
		{
			if (rule_of(b, c) == R_path) {
				t = text_of(b, c, &len);
				e->value = arena_strndup(b->arena, t, len);
				e->len = len;
			} else if (rule_of(b, c) == R_arguments_list) {
				parse_args(b, c, e->args);
			}
		}
		break;
	case R_array_expression: {
		size_t n = 0, i = 0;
		e->kind = PSL_EXPR_ARRAY;
		psl_for_children(b->cst, child, c) n++;
		e->items = arena_alloc(b->arena, (n ? n : 1) * sizeof(*e->items));
		psl_for_children(b->cst, child, c) parse_expression(b, c, &e->items[i++]);
		e->n_items = n;
		break;
	}
	default:
		break;
	}
}

static void parse_expression(const struct builder *b, uint32_t node, struct psl_expr *e)
{
	parse_expression_child(b, psl_first_child(b->cst, node), e);
}

static void parse_args(const struct builder *b, uint32_t node, struct psl_args *out)
{
	avec_reserve(b->arena, &out->args, count_children(b, node, R_named_argument, R_expression));
	psl_for_children(b->cst, node, c)
	{
		/* the vector has room for every argument: each is built in place */
		struct psl_arg *arg;
		switch (rule_of(b, c)) {
		case R_named_argument:
			arg = &out->args.items[out->args.len];
			memset(arg, 0, sizeof(*arg));
			arg->span = span_of(b, c);
			psl_for_children(b->cst, c, cc)
			{
				if (rule_of(b, cc) == R_identifier) {
					arg->name = arena_alloc_raw(b->arena, sizeof(*arg->name));
					*arg->name = ident(b, cc);
				} else if (rule_of(b, cc) == R_expression) {
					parse_expression(b, cc, &arg->value);
				}
			}
			out->args.len++;
			break;
		case R_expression:
			arg = &out->args.items[out->args.len];
			arg->name = NULL;
			arg->span = span_of(b, c);
			parse_expression(b, c, &arg->value);
			out->args.len++;
			break;
		case R_empty_argument:
			avec_push(b->arena, &out->empty, ident(b, psl_first_child(b->cst, c)));
			break;
		case R_trailing_comma:
			out->has_trailing_comma = true;
			out->trailing_comma = span_of(b, c);
			break;
		default:
			break;
		}
	}
}

static void parse_attribute(const struct builder *b, uint32_t node, struct psl_attr *a)
{
	memset(a, 0, sizeof(*a));
	a->span = span_of(b, node);
	psl_for_children(b->cst, node, c)
	{
		if (rule_of(b, c) == R_path)
			a->name = ident(b, c);
		else if (rule_of(b, c) == R_arguments_list)
			parse_args(b, c, &a->args);
	}
}

/* Appends to an attribute vector reserved to its final size: built in place. */
#define push_attribute(b, vec, node) parse_attribute((b), (node), &(vec)->items[(vec)->len++])

/* ---- fields and blocks ---- */

/* parse_base_type on a base_type node. */
static void parse_base_type(const struct builder *b, uint32_t node, struct psl_field *f)
{
	uint32_t c = psl_first_child(b->cst, node);
	if (rule_of(b, c) == R_identifier) {
		f->type = ident(b, c);
	} else { /* unsupported_type: its string literal */
		struct psl_expr e;
		parse_expression(b, c, &e);
		f->unsupported = true;
		f->type.name = e.value;
		f->type.len = (uint32_t)e.len;
		f->type.span = e.span;
	}
}

/* Returns false with an error pushed when the type uses legacy syntax. */
static bool parse_field_type(const struct builder *b, uint32_t node, struct psl_field *f)
{
	uint32_t c = psl_first_child(b->cst, node);
	switch (rule_of(b, c)) {
	case R_optional_type:
		f->arity = PSL_OPTIONAL;
		parse_base_type(b, psl_first_child(b->cst, c), f);
		return true;
	case R_base_type:
		f->arity = PSL_REQUIRED;
		parse_base_type(b, c, f);
		return true;
	case R_list_type:
		f->arity = PSL_LIST;
		parse_base_type(b, psl_first_child(b->cst, c), f);
		return true;
	case R_legacy_required_type:
		psl_error_str(b->s, span_of(b, c), "Fields are required by default, `!` is no longer required.");
		return false;
	case R_legacy_list_type:
		psl_error_str(b->s, span_of(b, c), "To specify a list, please use `Type[]` instead of `[Type]`.");
		return false;
	case R_unsupported_optional_list_type:
		psl_error_str(b->s, span_of(b, c), "Optional lists are not supported. Use either `Type[]` or `Type?`.");
		return false;
	}
	return false;
}

static bool parse_field(const struct builder *b, const char *container_name, const char *container,
			uint32_t node, int pending_comment, struct psl_field *f)
{
	bool has_name = false, has_type = false;
	memset(f, 0, sizeof(*f));
	f->span = span_of(b, node);
	f->doc = pending_comment >= 0 ? comment_text(b, (uint32_t)pending_comment) : NULL;
	avec_reserve(b->arena, &f->attrs, count_children(b, node, R_field_attribute, -1));
	psl_for_children(b->cst, node, c)
	{
		switch (rule_of(b, c)) {
		case R_identifier:
			f->name = ident(b, c);
			has_name = true;
			break;
		case R_field_type:
			if (!parse_field_type(b, c, f))
				return false;
			has_type = true;
			break;
		case R_LEGACY_COLON:
			psl_error_str(b->s, span_of(b, c), "Field declarations don't require a `:`.");
			return false;
		case R_field_attribute:
			push_attribute(b, &f->attrs, c);
			break;
		case R_trailing_comment:
			f->doc = join_doc(b, f->doc, comment_text(b, c));
			break;
		default:
			break;
		}
	}
	if (!has_name || !has_type) {
		psl_error(b->s, f->span,
			  "Error validating %s \"%s\": This field declaration is invalid. It is either missing a name or a type.",
			  container, container_name);
		return false;
	}
	return true;
}

static const char *name_text(const struct builder *b, uint32_t decl)
{
	psl_for_children(b->cst, decl, c) if (rule_of(b, c) == R_identifier) return ident(b, c).name;
	return "";
}

static const char *composite_attr_error(const char *name)
{
	if (!strcmp(name, "map"))
		return "The name of a composite type is not persisted in the database, therefore it does not need a mapped database name.";
	if (!strcmp(name, "unique"))
		return "A unique constraint should be defined in the model containing the embed.";
	if (!strcmp(name, "index"))
		return "An index should be defined in the model containing the embed.";
	if (!strcmp(name, "fulltext"))
		return "A fulltext index should be defined in the model containing the embed.";
	if (!strcmp(name, "id"))
		return "A composite type cannot define an id.";
	return "A composite type cannot have block-level attributes.";
}

static void build_model(const struct builder *b, uint32_t node, int doc_comment, int keyword,
			struct psl_ast *ast)
{
	struct psl_top top;
	const char *container = keyword == R_VIEW_KEYWORD ? "view" : keyword == R_TYPE_KEYWORD ? "type" : "model";
	const char *mname = name_text(b, node);
	struct psl_model *m = NULL;
	struct psl_composite *ct = NULL;

	if (keyword == R_TYPE_KEYWORD) {
		ct = arena_alloc(b->arena, sizeof(*ct));
		ct->span = span_of(b, node);
		ct->doc = doc_comment >= 0 ? comment_text(b, (uint32_t)doc_comment) : NULL;
	} else {
		m = arena_alloc(b->arena, sizeof(*m));
		m->span = span_of(b, node);
		m->is_view = keyword == R_VIEW_KEYWORD;
		m->doc = doc_comment >= 0 ? comment_text(b, (uint32_t)doc_comment) : NULL;
	}

	psl_for_children(b->cst, node, c)
	{
		int r = rule_of(b, c);
		if (r == R_identifier) {
			if (m)
				m->name = ident(b, c);
			else
				ct->name = ident(b, c);
		} else if (r == R_model_contents) {
			int pending = -1;
			size_t n_fields = count_children(b, c, R_field_declaration, -1);
			if (ct) {
				ct->inner_span = span_of(b, c);
				avec_reserve(b->arena, &ct->fields, n_fields);
			} else {
				avec_reserve(b->arena, &m->fields, n_fields);
				avec_reserve(b->arena, &m->attrs, count_children(b, c, R_block_attribute, -1));
			}
			psl_for_children(b->cst, c, item)
			{
				switch (rule_of(b, item)) {
				case R_block_attribute:
					if (m) {
						push_attribute(b, &m->attrs, item);
					} else {
						struct psl_attr a;
						parse_attribute(b, item, &a);
						psl_error(b->s, span_of(b, item), "Error validating: %s",
							  composite_attr_error(a.name.name));
					}
					break;
				case R_field_declaration: {
					/* built in place: the vectors were reserved for every field */
					struct psl_field *f = ct ? &ct->fields.items[ct->fields.len]
								 : &m->fields.items[m->fields.len];
					if (parse_field(b, mname, container, item, pending, f)) {
						if (ct) {
							for (size_t i = 0; i < f->attrs.len; i++) {
								const char *an = f->attrs.items[i].name.name;
								if (!strcmp(an, "relation") || !strcmp(an, "unique") ||
								    !strcmp(an, "id"))
									psl_error(b->s, span_of(b, item),
										  "Error validating: Defining `@%s` attribute for a field in a composite type is not allowed.",
										  an);
							}
							ct->fields.len++;
						} else {
							m->fields.len++;
						}
					}
					pending = -1;
					break;
				}
				case R_comment_block:
					pending = (int)item;
					break;
				case R_BLOCK_LEVEL_CATCH_ALL:
					psl_error_str(b->s, span_of(b, item),
						      "Error validating: This line is not a valid field or attribute definition.");
					break;
				default:
					break;
				}
			}
		}
	}
	if (m) {
		top.kind = PSL_TOP_MODEL;
		top.u.model = m;
	} else {
		top.kind = PSL_TOP_COMPOSITE;
		top.u.composite = ct;
	}
	avec_push(b->arena, &ast->tops, top);
}

static void build_enum(const struct builder *b, uint32_t node, int doc_comment, struct psl_ast *ast)
{
	struct psl_enum *e = arena_alloc(b->arena, sizeof(*e));
	struct psl_top top;
	e->span = span_of(b, node);
	e->doc = doc_comment >= 0 ? comment_text(b, (uint32_t)doc_comment) : NULL;
	psl_for_children(b->cst, node, c)
	{
		int r = rule_of(b, c);
		if (r == R_identifier) {
			e->name = ident(b, c);
		} else if (r == R_enum_contents) {
			int pending = -1;
			e->inner_span = span_of(b, c);
			avec_reserve(b->arena, &e->values, count_children(b, c, R_enum_value_declaration, -1));
			avec_reserve(b->arena, &e->attrs, count_children(b, c, R_block_attribute, -1));
			psl_for_children(b->cst, c, item)
			{
				switch (rule_of(b, item)) {
				case R_block_attribute:
					push_attribute(b, &e->attrs, item);
					break;
				case R_enum_value_declaration: {
					struct psl_enum_value v;
					memset(&v, 0, sizeof(v));
					v.span = span_of(b, item);
					v.doc = pending >= 0 ? comment_text(b, (uint32_t)pending) : NULL;
					pending = -1;
					psl_for_children(b->cst, item, vc)
					{
						switch (rule_of(b, vc)) {
						case R_identifier:
							v.name = ident(b, vc);
							break;
						case R_field_attribute: {
							struct psl_attr a;
							parse_attribute(b, vc, &a);
							avec_push(b->arena, &v.attrs, a);
							break;
						}
						case R_trailing_comment:
							v.doc = join_doc(b, v.doc, comment_text(b, vc));
							break;
						default:
							break;
						}
					}
					avec_push(b->arena, &e->values, v);
					break;
				}
				case R_comment_block:
					pending = (int)item;
					break;
				case R_BLOCK_LEVEL_CATCH_ALL:
					psl_error_str(b->s, span_of(b, item),
						      "Error validating: This line is not an enum value definition.");
					break;
				default:
					break;
				}
			}
		}
	}
	top.kind = PSL_TOP_ENUM;
	top.u.enm = e;
	avec_push(b->arena, &ast->tops, top);
}

static void build_config(const struct builder *b, uint32_t node, struct psl_ast *ast)
{
	struct psl_config *cfg = arena_alloc(b->arena, sizeof(*cfg));
	struct psl_top top;
	const char *kw = NULL;
	cfg->span = span_of(b, node);
	psl_for_children(b->cst, node, c)
	{
		switch (rule_of(b, c)) {
		case R_DATASOURCE_KEYWORD:
			kw = "datasource";
			break;
		case R_GENERATOR_KEYWORD:
			kw = "generator";
			break;
		case R_identifier:
			cfg->name = ident(b, c);
			break;
		case R_config_contents:
			cfg->inner_span = span_of(b, c);
			avec_reserve(b->arena, &cfg->props, count_children(b, c, R_key_value, -1));
			psl_for_children(b->cst, c, item)
			{
				switch (rule_of(b, item)) {
				case R_key_value: {
					struct psl_property prop;
					memset(&prop, 0, sizeof(prop));
					prop.span = span_of(b, item);
					psl_for_children(b->cst, item, kc)
					{
						if (rule_of(b, kc) == R_identifier) {
							prop.name = ident(b, kc);
						} else if (rule_of(b, kc) == R_expression) {
							prop.value = arena_alloc(b->arena, sizeof(*prop.value));
							parse_expression(b, kc, prop.value);
						}
					}
					avec_push(b->arena, &cfg->props, prop);
					break;
				}
				case R_comment_block:
					cfg->doc = comment_text(b, item);
					break;
				case R_BLOCK_LEVEL_CATCH_ALL:
					psl_error(b->s, span_of(b, item),
						  "Error validating: This line is not a valid definition within a %s.",
						  kw ? kw : "configuration block");
					break;
				default:
					break;
				}
			}
			break;
		default:
			break;
		}
	}
	top.kind = kw && !strcmp(kw, "datasource") ? PSL_TOP_SOURCE : PSL_TOP_GENERATOR;
	top.u.config = cfg;
	avec_push(b->arena, &ast->tops, top);
}

void psl_build_ast(struct psl_ast *ast, const struct psl_cst *cst, uint32_t file,
		   struct psl_sources *s, struct arena *arena)
{
	struct builder b = {cst, cst->src, file, s, arena};
	int pending = -1;

	memset(ast, 0, sizeof(*ast));
	ast->file = file;
	if (!cst->ok) {
		struct psl_span sp = {file, (uint32_t)cst->fail_pos, (uint32_t)cst->fail_pos};
		psl_error_str(s, sp, "Unexpected token. Expected one of: EOI");
		return;
	}
	avec_reserve(arena, &ast->tops,
		     count_children(&b, 0, R_model_declaration, R_enum_declaration) +
			     count_children(&b, 0, R_config_block, -1));
	psl_for_children(cst, 0, c)
	{
		uint32_t next;
		switch (rule_of(&b, c)) {
		case R_model_declaration: {
			int kw = rule_of(&b, psl_first_child(cst, c));
			build_model(&b, c, pending, kw, ast);
			pending = -1;
			break;
		}
		case R_enum_declaration:
			build_enum(&b, c, pending, ast);
			pending = -1;
			break;
		case R_config_block:
			build_config(&b, c, ast);
			break;
		case R_type_alias:
			psl_error_str(s, span_of(&b, c),
				      "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types");
			break;
		case R_comment_block:
			next = psl_next_sibling(cst, 0, c);
			if (next != PSL_NONE) {
				int r = rule_of(&b, next);
				if (r == R_model_declaration || r == R_enum_declaration || r == R_config_block)
					pending = (int)c;
			}
			break;
		case R_CATCH_ALL:
			psl_error_str(s, span_of(&b, c),
				      "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
			break;
		case R_arbitrary_block:
			psl_error_str(s, span_of(&b, c),
				      "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.");
			break;
		default:
			break;
		}
	}
}

const struct psl_ident *psl_top_name(const struct psl_top *t)
{
	switch (t->kind) {
	case PSL_TOP_MODEL: return &t->u.model->name;
	case PSL_TOP_COMPOSITE: return &t->u.composite->name;
	case PSL_TOP_ENUM: return &t->u.enm->name;
	default: return &t->u.config->name;
	}
}

struct psl_span psl_top_span(const struct psl_top *t)
{
	switch (t->kind) {
	case PSL_TOP_MODEL: return t->u.model->span;
	case PSL_TOP_COMPOSITE: return t->u.composite->span;
	case PSL_TOP_ENUM: return t->u.enm->span;
	default: return t->u.config->span;
	}
}

const char *psl_top_kind_name(const struct psl_top *t)
{
	switch (t->kind) {
	case PSL_TOP_MODEL: return t->u.model->is_view ? "view" : "model";
	case PSL_TOP_COMPOSITE: return "composite type";
	case PSL_TOP_ENUM: return "enum";
	case PSL_TOP_SOURCE: return "source";
	default: return "generator";
	}
}

static void render_string_literal(struct strbuf *out, const char *s, size_t len)
{
	strbuf_addch(out, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\r': strbuf_addstr(out, "\\r"); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		default:
			if (c < 0x20 || c == 0x7f)
				strbuf_addf(out, "\\u%04x", c);
			else
				strbuf_addch(out, (char)c);
		}
	}
	strbuf_addch(out, '"');
}

void psl_expr_render(struct strbuf *out, const struct psl_expr *e)
{
	switch (e->kind) {
	case PSL_EXPR_NUMBER:
	case PSL_EXPR_CONSTANT:
		strbuf_addstr(out, e->value);
		break;
	case PSL_EXPR_STRING:
		render_string_literal(out, e->value, e->len);
		break;
	case PSL_EXPR_FUNCTION:
		strbuf_addstr(out, e->value);
		strbuf_addch(out, '(');
		for (size_t i = 0; i < e->args->args.len; i++) {
			const struct psl_arg *a = &e->args->args.items[i];
			if (i)
				strbuf_addch(out, ',');
			if (a->name) {
				strbuf_addstr(out, a->name->name);
				strbuf_addstr(out, ": ");
			}
			psl_expr_render(out, &a->value);
		}
		strbuf_addch(out, ')');
		break;
	case PSL_EXPR_ARRAY:
		strbuf_addch(out, '[');
		for (size_t i = 0; i < e->n_items; i++) {
			if (i)
				strbuf_addch(out, ',');
			psl_expr_render(out, &e->items[i]);
		}
		strbuf_addch(out, ']');
		break;
	}
}

const char *psl_expr_describe(const struct psl_expr *e)
{
	switch (e->kind) {
	case PSL_EXPR_NUMBER: return "numeric";
	case PSL_EXPR_STRING: return "string";
	case PSL_EXPR_CONSTANT: return "literal";
	case PSL_EXPR_FUNCTION: return "functional";
	default: return "array";
	}
}
