/*
 * schema.h: one Prisma schema (one or more .prisma files) taken through
 * Prisma's pipeline: parse every file, build the parser database (names,
 * types, attributes, relations), load the datasource and generator blocks,
 * and, when all that produced no error, run the validation rules.
 *
 * Ownership: a psl_schema owns its files, ASTs, database, configuration and
 * diagnostics; psl_schema_release() frees everything.
 */
#ifndef RDB_SCHEMA_SCHEMA_H
#define RDB_SCHEMA_SCHEMA_H

#include "psl/ast.h"
#include "psl/diag.h"

struct psl_db;            /* schema/db.h */
struct psl_configuration; /* schema/config.h */

struct psl_schema {
	struct psl_sources src;     /* files and diagnostics */
	struct arena arena;         /* ASTs and everything derived from them */
	VEC(struct psl_ast) asts;   /* asts.items[i] is file i */
	struct psl_db *db;          /* set by psl_schema_validate() */
	struct psl_configuration *config;
	bool parsed, validated;
};

void psl_schema_init(struct psl_schema *s);
void psl_schema_release(struct psl_schema *s);
/* Adds a file; text is copied. Returns its file id. */
uint32_t psl_schema_add_file(struct psl_schema *s, const char *path, const char *text, size_t len);
/* The same, taking ownership of a heap, NUL-terminated text. */
uint32_t psl_schema_add_file_owned(struct psl_schema *s, const char *path, char *text, size_t len);
/* Parses every file into its AST (parse errors go to s->src.errors). */
void psl_schema_parse(struct psl_schema *s);
/* Parses (if needed), builds the database and configuration, validates. */
void psl_schema_validate(struct psl_schema *s);

/* Stages, implemented by their own modules. */
struct psl_db *psl_db_build(struct psl_schema *s);
void psl_db_free(struct psl_db *db);
struct psl_configuration *psl_config_load(struct psl_schema *s);
void psl_config_free(struct psl_configuration *c);
void psl_run_validations(struct psl_schema *s);

#endif
