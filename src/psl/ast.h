/*
 * ast.h: the abstract syntax tree of PSL files, mirroring Prisma's
 * schema-ast: tops (models, views, composite types, enums, datasources,
 * generators), fields, attributes, arguments and expressions, each with
 * its span.
 *
 * Ownership: every node and string lives in the arena passed to
 * psl_parse_file(); nothing is freed individually.
 */
#ifndef RDB_PSL_AST_H
#define RDB_PSL_AST_H

#include "../util/util.h"
#include "cst.h"
#include "diag.h"

struct psl_ident {
	const char *name;
	struct psl_span span;
	uint32_t len; /* strlen(name) */
};

enum psl_expr_kind {
	PSL_EXPR_NUMBER,   /* text as written: 1, -2.5 */
	PSL_EXPR_STRING,   /* value is the unescaped string */
	PSL_EXPR_CONSTANT, /* a bare path: Cascade, db.VarChar, true */
	PSL_EXPR_FUNCTION, /* name(args) */
	PSL_EXPR_ARRAY,    /* [items] */
};

struct psl_args;

struct psl_expr {
	enum psl_expr_kind kind;
	const char *value; /* NUMBER, STRING, CONSTANT; function name for FUNCTION */
	size_t len;        /* length of value (a string may hold NUL) */
	struct psl_span span;
	struct psl_args *args; /* FUNCTION */
	struct psl_expr *items; /* ARRAY */
	size_t n_items;
};

struct psl_arg {
	struct psl_ident *name; /* NULL for a positional argument */
	struct psl_expr value;
	struct psl_span span;
};

struct psl_args {
	VEC(struct psl_arg) args;
	VEC(struct psl_ident) empty; /* `name:` with no value */
	bool has_trailing_comma;
	struct psl_span trailing_comma;
};

struct psl_attr {
	struct psl_ident name; /* without the @ or @@ */
	struct psl_args args;
	struct psl_span span;
};

enum psl_arity { PSL_REQUIRED, PSL_OPTIONAL, PSL_LIST };

struct psl_field {
	struct psl_ident name;
	enum psl_arity arity;
	bool unsupported;      /* Unsupported("...") */
	struct psl_ident type; /* type name, or the Unsupported literal */
	VEC(struct psl_attr) attrs;
	const char *doc; /* NULL when none */
	struct psl_span span;
};

struct psl_model {
	struct psl_ident name;
	VEC(struct psl_field) fields;
	VEC(struct psl_attr) attrs;
	const char *doc;
	bool is_view;
	struct psl_span span;
};

struct psl_composite {
	struct psl_ident name;
	VEC(struct psl_field) fields;
	const char *doc;
	struct psl_span span, inner_span;
};

struct psl_enum_value {
	struct psl_ident name;
	VEC(struct psl_attr) attrs;
	const char *doc;
	struct psl_span span;
};

struct psl_enum {
	struct psl_ident name;
	VEC(struct psl_enum_value) values;
	VEC(struct psl_attr) attrs;
	const char *doc;
	struct psl_span span, inner_span;
};

struct psl_property {
	struct psl_ident name;
	struct psl_expr *value; /* NULL for `key =` */
	struct psl_span span;
};

struct psl_config {
	struct psl_ident name;
	VEC(struct psl_property) props;
	const char *doc;
	struct psl_span span, inner_span;
};

enum psl_top_kind {
	PSL_TOP_MODEL, /* models and views (model->is_view) */
	PSL_TOP_COMPOSITE,
	PSL_TOP_ENUM,
	PSL_TOP_SOURCE,
	PSL_TOP_GENERATOR,
};

struct psl_top {
	enum psl_top_kind kind;
	union {
		struct psl_model *model;
		struct psl_composite *composite;
		struct psl_enum *enm;
		struct psl_config *config;
	} u;
};

struct psl_ast {
	uint32_t file;
	VEC(struct psl_top) tops;
};

/* The identifier of any top. */
const struct psl_ident *psl_top_name(const struct psl_top *t);
struct psl_span psl_top_span(const struct psl_top *t);
/* "model", "view", "composite type", "enum", "datasource", "generator" */
const char *psl_top_kind_name(const struct psl_top *t);

/*
 * Builds the AST of one file from its CST, reporting Prisma's parse errors
 * into s. Strings and nodes are allocated in arena.
 */
void psl_build_ast(struct psl_ast *ast, const struct psl_cst *cst, uint32_t file,
		   struct psl_sources *s, struct arena *arena);

/* Convenience: the text an expression shows in messages (Rust's Display). */
void psl_expr_render(struct strbuf *out, const struct psl_expr *e);
const char *psl_expr_describe(const struct psl_expr *e); /* "string", "numeric", ... */

#endif
