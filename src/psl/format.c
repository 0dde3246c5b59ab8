/*
 * format.c: the layout pass of Prisma's formatter, ported rule for rule
 * from schema-ast/src/reformat.rs and renderer/table.rs. Widths are
 * measured in bytes, as Rust's String::len() does.
 */
#include <stdlib.h>

#include "../util/utf8.h"
#include "cst.h"
#include "format.h"

/* ---- renderer: indentation-aware line writer ---- */

struct renderer {
	struct strbuf *out;
	size_t base; /* where this file's text starts in out */
	int indent, width;
};

static void r_write(struct renderer *r, const char *s, size_t n)
{
	if (r->out->len == r->base || r->out->buf[r->out->len - 1] == '\n')
		strbuf_addchars(r->out, ' ', (size_t)(r->indent * r->width));
	strbuf_add(r->out, s, n);
}

static void r_writes(struct renderer *r, const char *s)
{
	r_write(r, s, strlen(s));
}

static void r_end_line(struct renderer *r)
{
	strbuf_addch(r->out, '\n');
}

/* ---- table: rows of aligned columns plus a free suffix ---- */

struct row {
	bool interleaved;
	VEC(struct strbuf) cols;
	struct strbuf suffix; /* end-of-line comment, or the interleaved text */
};

struct table {
	VEC(struct row) rows;
};

static void table_reset(struct table *t)
{
	for (size_t i = 0; i < t->rows.len; i++) {
		struct row *row = &t->rows.items[i];
		for (size_t j = 0; j < row->cols.len; j++)
			strbuf_release(&row->cols.items[j]);
		vec_free(&row->cols);
		strbuf_release(&row->suffix);
	}
	vec_free(&t->rows);
}

static void table_start_new_line(struct table *t)
{
	struct row row;
	memset(&row, 0, sizeof(row));
	strbuf_init(&row.suffix, 0);
	vec_push(&t->rows, row);
}

static void table_interleave(struct table *t, const char *s, size_t n)
{
	struct row row;
	memset(&row, 0, sizeof(row));
	row.interleaved = true;
	strbuf_init(&row.suffix, 0);
	strbuf_add(&row.suffix, s, n);
	vec_push(&t->rows, row);
}

/* column_locked_writer_for: resizes the row to index + 1 columns. */
static struct strbuf *table_column(struct table *t, size_t index)
{
	struct row *row = &t->rows.items[t->rows.len - 1];
	if (row->interleaved)
		return &row->suffix;
	while (row->cols.len > index + 1)
		strbuf_release(&row->cols.items[--row->cols.len]);
	while (row->cols.len < index + 1) {
		struct strbuf sb;
		strbuf_init(&sb, 0);
		vec_push(&row->cols, sb);
	}
	return &row->cols.items[index];
}

static void table_append_suffix(struct table *t, const char *s, size_t n)
{
	if (!t->rows.len || t->rows.items[t->rows.len - 1].interleaved)
		return; /* Prisma panics here; valid trees never get here */
	strbuf_add(&t->rows.items[t->rows.len - 1].suffix, s, n);
}

static void table_render(struct table *t, struct renderer *r)
{
	size_t max_cols = 0, *widths;
	for (size_t i = 0; i < t->rows.len; i++)
		if (!t->rows.items[i].interleaved && t->rows.items[i].cols.len > max_cols)
			max_cols = t->rows.items[i].cols.len;
	widths = xcalloc(max_cols ? max_cols : 1, sizeof(*widths));
	for (size_t i = 0; i < t->rows.len; i++) {
		struct row *row = &t->rows.items[i];
		if (row->interleaved)
			continue;
		while (row->cols.len && row->cols.items[row->cols.len - 1].len == 0)
			strbuf_release(&row->cols.items[--row->cols.len]);
		for (size_t c = 0; c < row->cols.len; c++)
			if (row->cols.items[c].len > widths[c])
				widths[c] = row->cols.items[c].len;
	}
	for (size_t i = 0; i < t->rows.len; i++) {
		struct row *row = &t->rows.items[i];
		if (row->interleaved) {
			r_write(r, row->suffix.buf, row->suffix.len);
		} else {
			for (size_t c = 0; c < row->cols.len; c++) {
				size_t spacing = c == row->cols.len - 1 ? 0 : widths[c] - row->cols.items[c].len + 1;
				r_write(r, row->cols.items[c].buf, row->cols.items[c].len);
				{
					char spaces[256];
					size_t left = spacing;
					/* one write call, as Prisma does, even when empty */
					if (left < sizeof(spaces)) {
						memset(spaces, ' ', left);
						r_write(r, spaces, left);
					} else {
						struct strbuf sb = STRBUF_INIT;
						strbuf_addchars(&sb, ' ', left);
						r_write(r, sb.buf, sb.len);
						strbuf_release(&sb);
					}
				}
			}
			if (row->suffix.len) {
				if (row->cols.len)
					r_writes(r, " ");
				r_write(r, row->suffix.buf, row->suffix.len);
			}
		}
		r_end_line(r);
	}
	free(widths);
	table_reset(t);
}

/* ---- the tree walk ---- */

struct fmt {
	const struct psl_cst *cst;
	const char *src;
};

static int rule_of(const struct fmt *f, uint32_t n)
{
	return f->cst->nodes[n].rule;
}

static const char *str_of(const struct fmt *f, uint32_t n, size_t *len)
{
	*len = f->cst->nodes[n].end - f->cst->nodes[n].start;
	return f->src + f->cst->nodes[n].start;
}

static void sb_add_node(const struct fmt *f, struct strbuf *sb, uint32_t n)
{
	size_t len;
	const char *s = str_of(f, n, &len);
	strbuf_add(sb, s, len);
}

static void fmt_expression(const struct fmt *f, uint32_t n, struct strbuf *w);

static void fmt_arguments_list(const struct fmt *f, uint32_t n, struct strbuf *w)
{
	size_t idx = 0;
	strbuf_addch(w, '(');
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_named_argument:
		case R_empty_argument:
			if (idx)
				strbuf_addstr(w, ", ");
			psl_for_children(f->cst, c, cc)
			{
				if (rule_of(f, cc) == R_identifier) {
					sb_add_node(f, w, cc);
					strbuf_addstr(w, ": ");
				} else if (rule_of(f, cc) == R_expression) {
					fmt_expression(f, cc, w);
				}
			}
			break;
		case R_expression:
			if (idx)
				strbuf_addstr(w, ", ");
			fmt_expression(f, c, w);
			break;
		default:
			break;
		}
		idx++;
	}
	strbuf_addch(w, ')');
}

static void fmt_function_call(const struct fmt *f, uint32_t n, struct strbuf *w)
{
	psl_for_children(f->cst, n, c)
	{
		if (rule_of(f, c) == R_path)
			sb_add_node(f, w, c);
		else if (rule_of(f, c) == R_arguments_list)
			fmt_arguments_list(f, c, w);
	}
}

static void fmt_expression(const struct fmt *f, uint32_t n, struct strbuf *w)
{
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_numeric_literal:
		case R_string_literal:
		case R_path:
			sb_add_node(f, w, c);
			break;
		case R_function_call:
			fmt_function_call(f, c, w);
			break;
		case R_array_expression: {
			size_t count = 0;
			strbuf_addch(w, '[');
			psl_for_children(f->cst, c, e)
			{
				if (count++)
					strbuf_addstr(w, ", ");
				fmt_expression(f, e, w);
			}
			strbuf_addch(w, ']');
			break;
		}
		default:
			break;
		}
	}
}

/* Rust's str::trim for our purposes: ASCII and Unicode space separators. */
static bool is_trim_ws(const char *s, size_t n, size_t *len)
{
	uint32_t cp;
	*len = utf8_decode(s, n, &cp);
	if (!*len)
		return false;
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || cp == 0x85 || cp == 0x2028 ||
	       cp == 0x2029 || unicode_is_space_separator(cp);
}

static void trim(const char **s, size_t *n)
{
	size_t len;
	while (*n && is_trim_ws(*s, *n, &len)) {
		*s += len;
		*n -= len;
	}
	/* from the end: step back over UTF-8 continuation bytes */
	while (*n) {
		size_t start = *n - 1;
		while (start > 0 && ((unsigned char)(*s)[start] & 0xC0) == 0x80)
			start--;
		if (!is_trim_ws(*s + start, *n - start, &len))
			break;
		*n = start;
	}
}

static void fmt_comment_block(const struct fmt *f, uint32_t n, struct table *t)
{
	psl_for_children(f->cst, n, c)
	{
		int r = rule_of(f, c);
		if (r == R_comment || r == R_doc_comment) {
			table_start_new_line(t);
			if (r == R_doc_comment)
				table_append_suffix(t, "///", 3);
			else
				table_append_suffix(t, "//", 2);
			psl_for_children(f->cst, c, dc)
			{
				size_t len;
				const char *s = str_of(f, dc, &len);
				table_append_suffix(t, s, len);
			}
		} else if (r == R_multi_line_comment) {
			size_t len;
			const char *content = str_of(f, c, &len);
			const char *inner = content + 2;
			size_t inner_len = len - 4;
			table_start_new_line(t);
			table_append_suffix(t, "/**", 3);
			/* str::lines(): split on \n, drop a trailing \r, no final empty line */
			while (inner_len) {
				const char *nl = memchr(inner, '\n', inner_len);
				size_t line_len = nl ? (size_t)(nl - inner) : inner_len;
				const char *line = inner;
				size_t ll = line_len;
				if (ll && line[ll - 1] == '\r')
					ll--;
				trim(&line, &ll);
				if (ll && line[0] == '*') {
					size_t k;
					line++;
					ll--;
					while (ll && is_trim_ws(line, ll, &k)) {
						line += k;
						ll -= k;
					}
				}
				if (ll) {
					table_start_new_line(t);
					table_append_suffix(t, " * ", 3);
					table_append_suffix(t, line, ll);
				}
				if (!nl)
					break;
				inner_len -= line_len + 1;
				inner = nl + 1;
			}
			table_start_new_line(t);
			table_append_suffix(t, " */", 3);
		}
	}
}

static int attribute_sort_index(const struct fmt *f, uint32_t attr)
{
	static const char *const order[] = {"id", "unique", "default", "updatedAt", "index",
					    "fulltext", "map", "relation", "ignore"};
	uint32_t path = psl_first_child(f->cst, attr);
	size_t len;
	const char *s = str_of(f, path, &len);
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		if (strlen(order[i]) == len && !memcmp(order[i], s, len))
			return (int)i;
	return (int)ARRAY_SIZE(order);
}

struct attr_item {
	int comment; /* comment_block node or -1 */
	uint32_t node;
	int key;
};

/* Stable insertion sort by key, as Rust's sort_by. */
static void sort_attrs(struct attr_item *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct attr_item x = a[i];
		size_t j = i;
		while (j > 0 && a[j - 1].key > x.key) {
			a[j] = a[j - 1];
			j--;
		}
		a[j] = x;
	}
}

static void fmt_field_type(const struct fmt *f, uint32_t n, struct strbuf *w)
{
	psl_for_children(f->cst, n, c)
	{
		int r = rule_of(f, c);
		uint32_t id = r == R_base_type ? c : psl_first_child(f->cst, c);
		sb_add_node(f, w, id);
		if (r == R_optional_type)
			strbuf_addch(w, '?');
		else if (r == R_list_type || r == R_legacy_list_type)
			strbuf_addstr(w, "[]");
		else if (r == R_unsupported_optional_list_type)
			strbuf_addstr(w, "[]?");
	}
}

static void fmt_field(const struct fmt *f, uint32_t n, struct table *t)
{
	VEC(struct attr_item) attrs = {0};
	struct strbuf *w;
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_identifier:
			table_start_new_line(t);
			sb_add_node(f, table_column(t, 0), c);
			break;
		case R_field_type:
			fmt_field_type(f, c, table_column(t, 1));
			break;
		case R_trailing_comment: {
			size_t len;
			const char *s = str_of(f, c, &len);
			table_append_suffix(t, s, len);
			break;
		}
		case R_field_attribute: {
			struct attr_item it = {-1, c, attribute_sort_index(f, c)};
			vec_push(&attrs, it);
			break;
		}
		default:
			break;
		}
	}
	w = table_column(t, 2);
	sort_attrs(attrs.items, attrs.len);
	for (size_t i = 0; i < attrs.len; i++) {
		strbuf_addch(w, '@');
		fmt_function_call(f, attrs.items[i].node, w);
		if (i + 1 < attrs.len)
			strbuf_addch(w, ' ');
	}
	vec_free(&attrs);
}

static void fmt_key_value(const struct fmt *f, uint32_t n, struct table *t)
{
	table_start_new_line(t);
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_identifier:
			sb_add_node(f, table_column(t, 0), c);
			break;
		case R_expression: {
			struct strbuf *w = table_column(t, 1);
			strbuf_addstr(w, "= ");
			fmt_expression(f, c, w);
			break;
		}
		case R_trailing_comment: {
			size_t len;
			const char *s = str_of(f, c, &len);
			table_append_suffix(t, s, len);
			break;
		}
		default:
			break;
		}
	}
}

static void fmt_enum_entry(const struct fmt *f, uint32_t n, struct table *t)
{
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_identifier:
			table_start_new_line(t);
			sb_add_node(f, table_column(t, 0), c);
			break;
		case R_field_attribute: {
			struct strbuf *w = table_column(t, 1);
			strbuf_addch(w, '@');
			fmt_function_call(f, c, w);
			break;
		}
		case R_trailing_comment: {
			size_t len;
			const char *s = str_of(f, c, &len);
			table_append_suffix(t, s, len);
			break;
		}
		default:
			break;
		}
	}
}

static void fmt_block_attribute(const struct fmt *f, uint32_t n, struct table *t)
{
	table_start_new_line(t);
	psl_for_children(f->cst, n, c)
	{
		switch (rule_of(f, c)) {
		case R_path: {
			struct strbuf *w = table_column(t, 0);
			strbuf_addstr(w, "@@");
			sb_add_node(f, w, c);
			break;
		}
		case R_arguments_list:
			fmt_arguments_list(f, c, table_column(t, 0));
			break;
		case R_trailing_comment: {
			size_t len;
			const char *s = str_of(f, c, &len);
			table_append_suffix(t, s, len);
			break;
		}
		default:
			break;
		}
	}
}

/* An iterator over siblings with one-item lookahead. */
struct iter {
	const struct psl_cst *cst;
	uint32_t parent, cur;
};

static int iter_peek_rule(const struct iter *it)
{
	return it->cur == PSL_NONE ? -1 : it->cst->nodes[it->cur].rule;
}

static uint32_t iter_next(struct iter *it)
{
	uint32_t c = it->cur;
	if (c != PSL_NONE)
		it->cur = psl_next_sibling(it->cst, it->parent, c);
	return c;
}

static bool eat_empty_lines(struct iter *it)
{
	if (iter_peek_rule(it) == R_empty_lines) {
		iter_next(it);
		return true;
	}
	return false;
}

static void fmt_block_contents(const struct fmt *f, uint32_t contents, struct renderer *r)
{
	struct iter it = {f->cst, contents, psl_first_child(f->cst, contents)};
	VEC(struct attr_item) attrs = {0};
	struct table t = {0};
	int pending = -1;

	eat_empty_lines(&it);
	for (;;) {
		bool ate = eat_empty_lines(&it);
		uint32_t cur;
		if (ate) {
			int next = iter_peek_rule(&it);
			if (!(next == -1 || next == R_block_attribute || next == R_comment_block)) {
				table_render(&t, r);
				table_start_new_line(&t);
			}
		}
		cur = iter_next(&it);
		if (cur == PSL_NONE)
			break;
		switch (rule_of(f, cur)) {
		case R_comment_block:
			if (iter_peek_rule(&it) == R_block_attribute) {
				pending = (int)cur;
			} else {
				if (ate) {
					table_render(&t, r);
					table_start_new_line(&t);
				}
				fmt_comment_block(f, cur, &t);
			}
			break;
		case R_field_declaration:
			fmt_field(f, cur, &t);
			break;
		case R_key_value:
			fmt_key_value(f, cur, &t);
			break;
		case R_enum_value_declaration:
			fmt_enum_entry(f, cur, &t);
			break;
		case R_block_attribute: {
			struct attr_item a = {pending, cur, attribute_sort_index(f, cur)};
			pending = -1;
			vec_push(&attrs, a);
			break;
		}
		case R_CATCH_ALL:
		case R_BLOCK_LEVEL_CATCH_ALL: {
			size_t len;
			const char *s = str_of(f, cur, &len);
			while (len && s[len - 1] == '\n')
				len--;
			table_interleave(&t, s, len);
			break;
		}
		default:
			break;
		}
	}

	table_render(&t, r);
	if (attrs.len)
		table_start_new_line(&t);
	sort_attrs(attrs.items, attrs.len);
	for (size_t i = 0; i < attrs.len; i++) {
		if (attrs.items[i].comment >= 0)
			fmt_comment_block(f, (uint32_t)attrs.items[i].comment, &t);
		fmt_block_attribute(f, attrs.items[i].node, &t);
	}
	table_render(&t, r);
	vec_free(&attrs);
	r->indent--;
	r_writes(r, "}");
	r_end_line(r);
}

static void fmt_block(const struct fmt *f, uint32_t n, struct renderer *r)
{
	struct iter it = {f->cst, n, psl_first_child(f->cst, n)};
	uint32_t kw = iter_next(&it), cur;
	size_t kwlen;
	const char *kws = str_of(f, kw, &kwlen);

	while ((cur = iter_next(&it)) != PSL_NONE) {
		switch (rule_of(f, cur)) {
		case R_BLOCK_OPEN:
			eat_empty_lines(&it);
			break;
		case R_model_contents:
		case R_config_contents:
		case R_enum_contents:
			fmt_block_contents(f, cur, r);
			break;
		case R_identifier: {
			size_t len;
			const char *s = str_of(f, cur, &len);
			r_write(r, kws, kwlen);
			r_writes(r, " ");
			r_write(r, s, len);
			r_writes(r, " {");
			r_end_line(r);
			r->indent++;
			break;
		}
		default:
			break;
		}
	}
}

bool psl_format_text(struct strbuf *out, const char *src, size_t len, int indent_width)
{
	struct psl_cst cst = {0};
	bool ok;
	psl_cst_parse(&cst, src, len);
	ok = psl_format_cst(out, &cst, indent_width);
	psl_cst_release(&cst);
	return ok;
}

bool psl_format_cst(struct strbuf *out, const struct psl_cst *cst, int indent_width)
{
	struct fmt f;
	size_t base = out->len;
	struct renderer r = {out, base, 0, indent_width};
	struct iter it;
	uint32_t cur;

	if (!cst->ok)
		return false;
	f.cst = cst;
	f.src = cst->src;
	it.cst = cst;
	it.parent = 0;
	it.cur = psl_first_child(cst, 0);
	eat_empty_lines(&it);
	while ((cur = iter_next(&it)) != PSL_NONE) {
		switch (cst->nodes[cur].rule) {
		case R_model_declaration:
		case R_enum_declaration:
		case R_config_block:
			fmt_block(&f, cur, &r);
			break;
		case R_comment_block: {
			struct table t = {0};
			fmt_comment_block(&f, cur, &t);
			table_render(&t, &r);
			break;
		}
		case R_empty_lines: {
			int next = iter_peek_rule(&it);
			if (next != -1 && next != R_EOI)
				r_end_line(&r);
			break;
		}
		case R_CATCH_ALL:
		case R_BLOCK_LEVEL_CATCH_ALL:
		case R_arbitrary_block:
		case R_type_alias: {
			size_t n;
			const char *s = str_of(&f, cur, &n);
			r_write(&r, s, n);
			break;
		}
		default:
			break;
		}
	}
	if (out->len == base || out->buf[out->len - 1] != '\n')
		strbuf_addch(out, '\n');
	return true;
}
