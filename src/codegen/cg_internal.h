/*
 * cg_internal.h: what the generator's files share: the generation context
 * (which models and fields become C, and their C names) and the helpers
 * that spell C types for the value forms of rdb/client.h.
 *
 * Ownership: struct cg owns its arrays (cg_release()); names are built in
 * its arena.
 */
#ifndef RDB_CODEGEN_INTERNAL_H
#define RDB_CODEGEN_INTERNAL_H

#include "codegen.h"

struct cg {
	const struct rs_schema *rs;
	const char *p;           /* prefix */
	struct arena arena;
	bool *model_on;          /* models that get C code (not @@ignore'd) */
	int **fid;               /* per model, per rs field: scalar id in the C model, or -1 */
	size_t *nscalars;
	const struct codegen_sql *sql; /* typed SQL queries, after the models */
	size_t nsql;
};

void cg_init(struct cg *g, const struct rs_schema *rs, const char *prefix);
void cg_release(struct cg *g);

/* Are s[0..n) the letters of a C identifier ([A-Za-z_][A-Za-z0-9_]*)? */
bool cg_is_identifier(const char *s, size_t n);
/* A C identifier for a schema name (keywords get a trailing '_'). */
const char *cg_ident(struct cg *g, const char *name);
/* Does field f of a model become a scalar member? */
bool cg_scalar_on(const struct cg *g, const struct rs_field *f);
/* Does relation field f get a member (its related model is generated)? */
bool cg_relation_on(const struct cg *g, const struct rs_field *f);
/* The C type of the required form ("int32_t", "const char *", "enum db_Role"). */
const char *cg_req_type(struct cg *g, const struct rs_field *f);
/* Declares a member of the model/data struct: "const int32_t *x;" etc (with _count for lists). */
void cg_member(struct cg *g, struct strbuf *o, const struct rs_field *f, const char *indent);
/* The same declaration(s) of f in any list: each is written as before + decl + after. */
void cg_decl(struct cg *g, struct strbuf *o, const struct rs_field *f, const char *before, const char *after);
/* A C string literal (NULL for NULL); a multi-line text becomes one literal per line. */
void cg_c_string(struct strbuf *o, const char *s);
/* Are the keys of relation r (1:1 or 1:n) on the side holding them optional, so that the other side can disconnect? */
bool cg_child_key_optional(const struct cg *g, const struct rs_relation *r);
/* Does the data struct offer increment/decrement/... for f? */
bool cg_number_op(const struct rs_field *f);
/* RDB_TEXT, RDB_INT32, ... */
const char *cg_rdb_type(const struct rs_field *f);
/* The filter struct of a field, or NULL when it cannot be filtered on. */
const char *cg_filter_type(struct cg *g, const struct rs_field *f);
/* Writes a doc comment ("/// text") as a C comment at indent; nothing when doc is NULL. */
void cg_doc(struct strbuf *o, const char *doc, const char *indent);
/* Name of a unique: its name: argument, else its fields joined by '_'. */
const char *cg_unique_name(struct cg *g, const struct rs_model *m, const struct rs_index *ix);
/* The uniques of a model that get C code: the primary key first, then @unique/@@unique (deduplicated). */
size_t cg_uniques(struct cg *g, const struct rs_model *m, const struct rs_index **out, size_t max);

void cg_emit_header(struct cg *g, struct strbuf *o);
void cg_emit_source(struct cg *g, struct strbuf *o);
/* Typed SQL (cg_sql.c): declarations into client.h, descriptions and functions into client.c. */
void cg_emit_sql_header(struct cg *g, struct strbuf *o, const struct codegen_sql *q);
void cg_emit_sql_source(struct cg *g, struct strbuf *o, const struct codegen_sql *q);

#endif
