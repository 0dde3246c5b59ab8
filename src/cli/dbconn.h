/*
 * dbconn.h: how CLI commands find and open the database: --url, else the
 * variable named by rdb.toml (DATABASE_URL), else the project's local
 * database when rdb.toml says local = true or one was started here.
 */
#ifndef RDB_CLI_DBCONN_H
#define RDB_CLI_DBCONN_H

#include "sql/pg/pq.h"
#include <stdbool.h>

#include "project/project.h"
#include "sql/pg/conn.h"

/* Returns 0 with *url set (caller frees), or an exit code after printing. */
int cli_database_url(const struct rdb_project *p, const char *url_flag, char **url);
/*
 * Opens the database; with create, creates a missing database first (as
 * Prisma's migrate commands do). Prints Prisma's "Datasource" line unless
 * quiet. Returns 0 or an exit code after printing.
 */
int cli_open_database(const struct rdb_project *p, const char *url_flag, bool create, bool quiet,
		      struct pg_target *t, PGconn **c);
/* The datasource provider named in the schema ("postgresql" when none is found). */
char *cli_schema_provider(const struct rdb_project *p);

struct name_list;
/* "migrations/" and the tree of names below it, as Prisma prints it. */
void cli_print_migration_tree(const char *dir, const struct name_list *names);
/* Asks on the terminal; false when stdin is not one. */
bool cli_confirm(const char *question);
/* Runs rdb.toml's seed command with the database URL in its environment. */
int cli_run_seed(const struct rdb_project *p, const struct pg_target *t, bool required);

#endif
