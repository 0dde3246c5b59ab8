/* schema.c: the validation pipeline's driver, in Prisma's order. */
#include <stdlib.h>

#include "psl/cst.h"
#include "schema.h"

void psl_schema_init(struct psl_schema *s)
{
	memset(s, 0, sizeof(*s));
	psl_sources_init(&s->src);
	arena_init(&s->arena);
}

void psl_schema_release(struct psl_schema *s)
{
	if (s->db)
		psl_db_free(s->db);
	if (s->config)
		psl_config_free(s->config);
	vec_free(&s->asts);
	for (size_t i = 0; i < s->csts.len; i++)
		psl_cst_release(&s->csts.items[i]);
	vec_free(&s->csts);
	arena_free(&s->arena);
	psl_sources_release(&s->src);
	memset(s, 0, sizeof(*s));
}

uint32_t psl_schema_add_file(struct psl_schema *s, const char *path, const char *text, size_t len)
{
	return psl_sources_add(&s->src, path, text, len);
}

uint32_t psl_schema_add_file_owned(struct psl_schema *s, const char *path, char *text, size_t len)
{
	return psl_sources_add_owned(&s->src, path, text, len);
}

void psl_schema_parse(struct psl_schema *s)
{
	struct psl_cst cst = {0};
	if (s->parsed)
		return;
	s->parsed = true;
	/* Unless they are kept, one node buffer serves every file in turn. */
	for (size_t i = 0; i < s->src.files.len; i++) {
		struct psl_source *f = &s->src.files.items[i];
		struct psl_ast ast;
		psl_cst_parse(&cst, f->text, f->len);
		psl_build_ast(&ast, &cst, (uint32_t)i, &s->src, &s->arena);
		vec_push(&s->asts, ast);
		if (s->keep_csts) {
			if (cst.n && cst.n < cst.cap) { /* kept: give back the unused room */
				cst.nodes = xrealloc(cst.nodes, cst.n * sizeof(*cst.nodes));
				cst.cap = cst.n;
			}
			vec_push(&s->csts, cst);
			memset(&cst, 0, sizeof(cst));
		}
	}
	psl_cst_release(&cst);
}

void psl_schema_build(struct psl_schema *s)
{
	if (s->built)
		return;
	s->built = true;
	psl_schema_parse(s);
	s->db = psl_db_build(s);
	s->build_errors = s->src.errors.len;
}

void psl_schema_validate(struct psl_schema *s)
{
	if (s->validated)
		return;
	s->validated = true;
	psl_schema_build(s);
	s->config = psl_config_load(s);
	/* Prisma runs the validation rules only on a schema without errors. */
	if (!psl_has_errors(&s->src))
		psl_run_validations(s);
}
