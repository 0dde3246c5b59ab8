/*
 * project.h: where a project's things are. Reads rdb.toml (optional), then
 * resolves the schema location the way Prisma 7 does: --schema (a file is
 * that file alone, a folder is every .prisma file under it), else the
 * config's `schema`, else the prisma/ folder (else ./schema.prisma).
 *
 * rdb.toml keys:
 *   schema = "prisma"                  file or folder, relative to rdb.toml
 *   migrations = "prisma/migrations"
 *   [datasource]
 *   url_env = "DATABASE_URL"           variable holding the database URL
 *   shadow_url_env = "SHADOW_DATABASE_URL"
 *   local = true                       use the local database when the URL is unset
 *   [seed]
 *   command = "./seed.sh"
 *
 * Ownership: struct rdb_project owns its strings; rdb_project_release().
 */
#ifndef RDB_PROJECT_H
#define RDB_PROJECT_H

#include <stdbool.h>

#include "rdb/error.h"
#include "schema/schema.h"
#include "util/toml.h"

struct rdb_project {
	char *config_path;    /* the rdb.toml read, or NULL */
	char *schema_path;    /* resolved schema file or folder, as displayed */
	bool schema_is_dir;
	char *migrations_dir;
	char *url_env;
	char *shadow_url_env;
	char *seed_command;   /* NULL when not configured */
	char *root;           /* the project folder: rdb.toml's folder, else "." */
	bool local;           /* [datasource] local = true */
	struct toml_doc toml;
};

/*
 * config_path: an explicit --config file (must exist), or NULL to use
 * ./rdb.toml when present. schema_override: --schema, or NULL.
 */
int rdb_project_load(struct rdb_project *p, const char *config_path, const char *schema_override,
		     struct rdb_error *err);
void rdb_project_release(struct rdb_project *p);

/*
 * Reads the schema's files into s, checking each is readable UTF-8 text.
 * Files are added in path order.
 */
int rdb_project_read_schema(const struct rdb_project *p, struct psl_schema *s, struct rdb_error *err);

/* Checks that text is a plausible schema file: UTF-8, no NUL bytes. */
int rdb_check_schema_text(const char *path, const char *text, size_t len, struct rdb_error *err);

#endif
