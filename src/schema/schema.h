/*
 * schema.h: one Prisma schema (one or more .prisma files) taken through
 * Prisma's pipeline: parse every file, build the parser database (names,
 * types, attributes, relations), load the datasource and generator blocks,
 * and, when all that produced no error, run the validation rules.
 *
 * Every stage runs at most once, whoever asks for it first: the formatter
 * (schema/reformat.h) needs parse + database, validation needs them too,
 * and `rdb format` does both on one schema.
 *
 * Ownership: a psl_schema owns its files, ASTs, database, configuration,
 * kept CSTs and diagnostics; psl_schema_release() frees everything.
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
	struct psl_db *db;          /* set by psl_schema_build() */
	struct psl_configuration *config;
	/* Set before parsing to keep each file's CST (csts.items[i] is file i)
	 * for the layout pass; otherwise one node buffer serves every file. */
	bool keep_csts;
	VEC(struct psl_cst) csts;
	size_t build_errors;        /* errors from parsing and the database */
	bool parsed, built, validated;
};

void psl_schema_init(struct psl_schema *s);
void psl_schema_release(struct psl_schema *s);
/* Adds a file; text is copied. Returns its file id. */
uint32_t psl_schema_add_file(struct psl_schema *s, const char *path, const char *text, size_t len);
/* The same, taking ownership of a heap, NUL-terminated text. */
uint32_t psl_schema_add_file_owned(struct psl_schema *s, const char *path, char *text, size_t len);
/* Parses every file into its AST (parse errors go to s->src.errors). */
void psl_schema_parse(struct psl_schema *s);
/* Parses (if needed) and builds the parser database (if needed). */
void psl_schema_build(struct psl_schema *s);
/* Builds (if needed), loads the configuration, validates. */
void psl_schema_validate(struct psl_schema *s);

/* Stages, implemented by their own modules. */
struct psl_db *psl_db_build(struct psl_schema *s);
void psl_db_free(struct psl_db *db);
struct psl_configuration *psl_config_load(struct psl_schema *s);
void psl_config_free(struct psl_configuration *c);
void psl_run_validations(struct psl_schema *s);

#endif
