/*
 * diffsrc.h: the two sides of a schema comparison, as the CLI names them
 * (--from-schema, --to-config-datasource, ...): nothing, a Prisma schema, a
 * database, or a migrations folder replayed into a shadow database. Shared
 * by migrate diff, migrate dev and db push.
 *
 * Ownership: a struct diff_src owns what it opened (schema, connection,
 * shadow database); diff_src_release() frees it. Functions print their own
 * errors and return 0 or an exit code, like the commands.
 */
#ifndef RDB_CLI_DIFFSRC_H
#define RDB_CLI_DIFFSRC_H

#include <stdbool.h>

#include "migrate/folders.h"
#include "migrate/pgdiff.h"
#include "migrate/shadow.h"
#include "project/project.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "sql/pg/conn.h"

struct diff_src {
	struct pg_diff_side side;
	/* a schema */
	bool has_schema;
	struct rdb_project proj;
	struct psl_schema s;
	struct arena arena;
	/* a database or shadow database */
	struct pg_target t;
	bool has_target;
	PGconn *c;
	bool has_shadow;
	struct shadow sh;
	struct migrations m;
};

void diff_src_init(struct diff_src *d);
void diff_src_release(struct diff_src *d);

/* Loads and validates the schema at path (NULL: the project's), printing diagnostics. */
int diff_src_schema(struct diff_src *d, const char *path);
/* The database at url. */
int diff_src_url(struct diff_src *d, const char *url);
/*
 * The migrations in dir, replayed into the shadow database (shadow_url, or
 * one next to the database dev_url on the same server).
 */
int diff_src_migrations(struct diff_src *d, const char *dir, const char *shadow_url, const char *dev_url);

/* The datasource URL a schema names: url = "..." or env("VAR"); NULL when none. Caller frees. */
char *schema_datasource_url(struct psl_schema *s);

#endif
