/*
 * introspect.h: `db pull`: a described database (struct sql_schema) turned
 * into Prisma schema text, the way Prisma's schema engine does it
 * (sql-schema-connector/src/introspection): names sanitized with @map and
 * @@map, relation fields named from foreign keys (self relations,
 * ambiguous relations, implicit many-to-many join tables), @default
 * mapped from column defaults, native type attributes only where they are
 * not the scalar's default, @@id / @@unique / @@index with `map:` only when
 * the database name is not Prisma's default, enums, Unsupported("...")
 * types, @@ignore for tables without a unique criterion, Prisma's
 * documentation comments, @@schema when the datasource lists schemas, and
 * (with the views preview feature) view blocks for the database's views.
 *
 * With a previous schema (re-introspection), the datasource and generator
 * blocks are kept, and so are the names (and @map/@@map) of the models,
 * fields, enums and relation fields that still match a table, a column or
 * a foreign key, plus @updatedAt, @ignore, /// comments, Prisma-level
 * defaults (uuid(), cuid(), ...) and the order of the existing models.
 *
 * The text is rendered the way Prisma's datamodel renderer writes it, then
 * laid out by our Prisma formatter, so it matches `prisma db pull` byte for
 * byte where the same rules apply.
 *
 * Multi-file schemas (opts.source with several files) come back one text
 * per file, as Prisma's renderer splits them: each re-introspected model,
 * view and enum in the file that defined it, the datasource and generators
 * in theirs, everything new in opts.new_file (Prisma's
 * "introspected.prisma" next to the schema); every previous file is in the
 * result, empty ones too. Without a previous schema (--force) everything
 * goes to new_file.
 *
 * Ownership: the caller owns the inputs (only read) and the result
 * (introspect_result_release() frees the text and the warnings).
 */
#ifndef RDB_MIGRATE_INTROSPECT_H
#define RDB_MIGRATE_INTROSPECT_H

#include <stdbool.h>

#include "rdb/error.h"
#include "schema/config.h"
#include "schema/resolved.h"
#include "schema/schema.h"
#include "sql/schema.h"
#include "util/strbuf.h"

struct introspect_opts {
	/* the previous schema's models, enums and relations; NULL: none (--force) */
	const struct rs_schema *prev;
	/* the previous schema's datasource and generators; NULL: render no blocks */
	const struct psl_configuration *config;
	/* the previous schema's files (which block came from where); NULL: one text */
	const struct psl_schema *source;
	/* where new blocks go when source holds more than one file */
	const char *new_file;
};

/* One output file: its path (NULL when opts.source was NULL) and text. */
struct introspect_file {
	char *path;
	struct strbuf text;
};

/*
 * One group of Prisma's introspection warnings: the message, then one item
 * per line as Prisma prints them ("\"Post\"", "Model: \"Item\", field: ...").
 */
struct introspect_warning {
	char *message;
	VEC(char *) items;
};

struct introspect_result {
	struct strbuf psl;      /* the formatted schema (the only file's, or all files' joined) */
	/* per output file, sorted by path; one entry for a one-file schema */
	VEC(struct introspect_file) files;
	bool empty;             /* no model, enum or view came from the database */
	size_t nmodels, nenums, nviews; /* what was rendered */
	VEC(struct introspect_warning) warnings;
};

void introspect_result_init(struct introspect_result *r);
void introspect_result_release(struct introspect_result *r);

/*
 * Renders the schema of db. Returns 0, or -1 with err filled when the
 * rendered text cannot be laid out (a bug: the renderer wrote bad PSL).
 * An empty database is not an error here: check r->empty.
 */
int introspect_schema(const struct sql_schema *db, const struct introspect_opts *opts, struct introspect_result *r,
		      struct rdb_error *err);

/*
 * Orders paths as Node's localeCompare does (ICU root collation, ASCII):
 * the order in which `prisma db pull --print` prints a multi-file schema.
 */
int introspect_path_cmp(const char *a, const char *b);

/* Appends Prisma's warning block ("*** WARNING ***" and the groups), or nothing. */
void introspect_warnings_render(const struct introspect_result *r, struct strbuf *out);

#endif
