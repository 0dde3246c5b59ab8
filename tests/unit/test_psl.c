/* test_psl.c: the CST parser, the AST, diagnostics rendering, the layout formatter. */
#include <stdlib.h>

#include "psl/ast.h"
#include "psl/cst.h"
#include "psl/format.h"
#include "t.h"

static uint32_t find_rule(const struct psl_cst *c, enum psl_rule r, uint32_t from)
{
	for (uint32_t i = from; i < c->n; i++)
		if (c->nodes[i].rule == r)
			return i;
	return PSL_NONE;
}

TEST(cst_spans_follow_pest)
{
	/* An attribute without arguments keeps the whitespace pest skipped after it. */
	const char *src = "model A {\n  id Int @id   // c\n}\n";
	struct psl_cst c = {0};
	uint32_t fa;
	psl_cst_parse(&c, src, strlen(src));
	CHECK(c.ok);
	fa = find_rule(&c, R_field_attribute, 0);
	CHECK(fa != PSL_NONE);
	CHECK_INT(c.nodes[fa].start, 19);
	CHECK_INT(c.nodes[fa].end, 25); /* "@id   " */
	CHECK(find_rule(&c, R_trailing_comment, 0) != PSL_NONE);
	CHECK(c.nodes[c.n - 1].rule == R_EOI);
	psl_cst_release(&c);
}

TEST(cst_field_type_wrappers)
{
	const char *src = "model A {\n  a Int?\n  b Int[]\n  c Int[]?\n  d Int!\n  e [Int]\n  f Unsupported(\"x\")\n}\n";
	struct psl_cst c = {0};
	psl_cst_parse(&c, src, strlen(src));
	CHECK(find_rule(&c, R_optional_type, 0) != PSL_NONE);
	CHECK(find_rule(&c, R_list_type, 0) != PSL_NONE);
	CHECK(find_rule(&c, R_unsupported_optional_list_type, 0) != PSL_NONE);
	CHECK(find_rule(&c, R_legacy_required_type, 0) != PSL_NONE);
	CHECK(find_rule(&c, R_legacy_list_type, 0) != PSL_NONE);
	CHECK(find_rule(&c, R_unsupported_type, 0) != PSL_NONE);
	/* children nest correctly: every node ends within its parent */
	for (uint32_t i = 0; i < c.n; i++)
		psl_for_children(&c, i, k) CHECK(c.nodes[k].end <= c.nodes[i].end && c.nodes[k].start >= c.nodes[i].start);
	psl_cst_release(&c);
}

TEST(cst_deep_nesting_does_not_crash)
{
	size_t n = 20000;
	char *src = malloc(n + 64);
	struct psl_cst c = {0};
	size_t len = (size_t)snprintf(src, 64, "model A {\n  id Int @default(");
	memset(src + len, '[', n);
	len += n;
	memcpy(src + len, "\n}\n", 4);
	len += 3;
	psl_cst_parse(&c, src, len);
	CHECK(c.ok);
	CHECK(find_rule(&c, R_BLOCK_LEVEL_CATCH_ALL, 0) != PSL_NONE);
	psl_cst_release(&c);
	free(src);
}

static void parse_one(const char *src, struct psl_sources *s, struct arena *a, struct psl_ast *ast)
{
	struct psl_cst c = {0};
	psl_sources_init(s);
	arena_init(a);
	psl_sources_add(s, "schema.prisma", src, strlen(src));
	psl_cst_parse(&c, src, strlen(src));
	psl_build_ast(ast, &c, 0, s, a);
	psl_cst_release(&c);
}

TEST(ast_model_fields_attributes_docs)
{
	const char *src = "/// the user\nmodel User {\n  /// primary\n  id Int @id @default(autoincrement())\n"
			  "  email String? @unique @db.VarChar(200) // trailing\n  tags String[]\n  @@map(\"users\")\n}\n";
	struct psl_sources s;
	struct arena a;
	struct psl_ast ast;
	struct psl_model *m;
	parse_one(src, &s, &a, &ast);
	CHECK_INT(s.errors.len, 0);
	CHECK_INT(ast.tops.len, 1);
	m = ast.tops.items[0].u.model;
	CHECK_STR(m->name.name, "User");
	CHECK_STR(m->doc, "the user");
	CHECK_INT(m->fields.len, 3);
	CHECK_STR(m->fields.items[0].doc, "primary");
	CHECK_STR(m->fields.items[0].attrs.items[1].name.name, "default");
	CHECK(m->fields.items[0].attrs.items[1].args.args.items[0].value.kind == PSL_EXPR_FUNCTION);
	CHECK(m->fields.items[1].arity == PSL_OPTIONAL);
	CHECK_STR(m->fields.items[1].attrs.items[1].name.name, "db.VarChar");
	CHECK_STR(m->fields.items[1].attrs.items[1].args.args.items[0].value.value, "200");
	CHECK(m->fields.items[1].doc == NULL); /* a plain // comment is not documentation */
	CHECK(m->fields.items[2].arity == PSL_LIST);
	CHECK_STR(m->attrs.items[0].args.args.items[0].value.value, "users");
	psl_sources_release(&s);
	arena_free(&a);
}

TEST(ast_string_escapes_and_errors)
{
	const char *src = "datasource db {\n  a = \"x\\ty\\u00e9\\ud83d\\ude00\"\n  b = \"bad\\q\"\n  c = \"\\u12\"\n}\n";
	struct psl_sources s;
	struct arena a;
	struct psl_ast ast;
	struct psl_config *cfg;
	parse_one(src, &s, &a, &ast);
	cfg = ast.tops.items[0].u.config;
	CHECK_STR(cfg->props.items[0].value->value, "x\ty\xc3\xa9\xf0\x9f\x98\x80");
	CHECK_INT(s.errors.len, 2);
	CHECK(strstr(s.errors.items[0].message, "Unknown escape sequence") != NULL);
	CHECK_STR(s.errors.items[1].message, "Invalid unicode escape sequence.");
	psl_sources_release(&s);
	arena_free(&a);
}

TEST(ast_legacy_syntax_errors)
{
	const char *src = "model A {\n  a: Int\n  b Int!\n  c [Int]\n  d Int[]?\n  @@unknown\n  !!!\n}\nfoo bar\n";
	struct psl_sources s;
	struct arena a;
	struct psl_ast ast;
	parse_one(src, &s, &a, &ast);
	CHECK_INT(s.errors.len, 6);
	CHECK_STR(s.errors.items[0].message, "Field declarations don't require a `:`.");
	CHECK_STR(s.errors.items[1].message, "Fields are required by default, `!` is no longer required.");
	CHECK_STR(s.errors.items[2].message, "To specify a list, please use `Type[]` instead of `[Type]`.");
	CHECK_STR(s.errors.items[3].message, "Optional lists are not supported. Use either `Type[]` or `Type?`.");
	CHECK_STR(s.errors.items[4].message, "Error validating: This line is not a valid field or attribute definition.");
	CHECK(strstr(s.errors.items[5].message, "does not start with any known Prisma schema keyword") != NULL);
	psl_sources_release(&s);
	arena_free(&a);
}

TEST(render_prisma_and_rdb_styles)
{
	struct psl_sources s;
	struct strbuf out = STRBUF_INIT;
	struct psl_span sp = {0, 15, 20};
	psl_sources_init(&s);
	psl_sources_add(&s, "x.prisma", "model A {\n  id Strin\n}\n", 23);
	psl_error(&s, sp, "Type \"%s\" is unknown.", "Strin");
	psl_render_all(&out, &s, false, PSL_RENDER_PRISMA, "schema.prisma");
	CHECK_STR(out.buf, "error: Type \"Strin\" is unknown.\n  -->  schema.prisma:2\n   | \n 1 | model A {\n 2 |   id Strin\n   | \n");
	strbuf_reset(&out);
	psl_render_all(&out, &s, false, PSL_RENDER_RDB, NULL);
	CHECK(strstr(out.buf, "-->  x.prisma:2:6\n") != NULL);
	CHECK(strstr(out.buf, "   |      ^^^^^\n") != NULL);
	strbuf_reset(&out);
	psl_render_all(&out, &s, true, PSL_RENDER_PRISMA, "schema.prisma");
	CHECK(strstr(out.buf, "\x1b[1;91merror\x1b[0m: \x1b[1mType") != NULL);
	CHECK(strstr(out.buf, "\x1b[1;91mStrin\x1b[0m") != NULL);
	strbuf_release(&out);
	psl_sources_release(&s);
}

static void check_format(const char *in, const char *want)
{
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;
	CHECK(psl_format_text(&out, in, strlen(in), 2));
	CHECK_STR(out.buf, want);
	CHECK(psl_format_text(&again, out.buf, out.len, 2));
	CHECK_STR(again.buf, out.buf);
	strbuf_release(&out);
	strbuf_release(&again);
}

TEST(format_layout)
{
	check_format("\n\nmodel   A{\n id Int @default(1)   @id\n\n\n  longName   String?   // c\n  @@index([a,b])\n  @@map( \"x\" )\n}",
		     "model A {\n  id Int @id @default(1)\n\n  longName String? // c\n\n  @@index([a, b])\n  @@map(\"x\")\n}\n");
	check_format("enum E {\n  A   @map(\"a\")\n  LONGER\n}\n", "enum E {\n  A      @map(\"a\")\n  LONGER\n}\n");
	check_format("datasource db {\n provider=\"postgresql\"\n  url =env(\"X\")\n}\n",
		     "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"X\")\n}\n");
	check_format("", "\n");
	check_format("/* a\n * b */\nmodel A {\n  id Int @id\n}\n", "/**\n * a\n * b\n */\nmodel A {\n  id Int @id\n}\n");
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}

/*
 * An invalid line in a model is laid out as Prisma lays it out, even where
 * that is not stable: prisma-schema-wasm 6.19 gives exactly these two
 * outputs for the input and for its own output (found by the fuzzer).
 */
TEST(format_follows_prisma_on_invalid_lines)
{
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;
	const char *in = "modele{\n//\n/**/}";
	CHECK(psl_format_text(&out, in, strlen(in), 2));
	CHECK_STR(out.buf, "model e {\n  //\n  /**\n   */\n}\n");
	CHECK(psl_format_text(&again, out.buf, out.len, 2));
	CHECK_STR(again.buf, "model e {\n  //\n  /**\n   * /**\n   */\n}\n");
	strbuf_release(&out);
	strbuf_release(&again);
}
