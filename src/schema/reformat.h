/*
 * reformat.h: `prisma format` for a whole schema: where the files parse and
 * the parser database has no errors, the missing back-relation fields,
 * @relation attributes and fields/references arguments are inserted first
 * (Prisma's "magic" reformat), then each file gets the layout pass.
 *
 * It runs the schema's own parse and database stages (psl_schema_build)
 * when they have not run yet, so their diagnostics land in the schema, as
 * psl_schema_validate() would put them; validating afterwards reuses them.
 *
 * Ownership: out[i] (caller-initialised strbufs, one per file) receives
 * file i's formatted text.
 */
#ifndef RDB_SCHEMA_REFORMAT_H
#define RDB_SCHEMA_REFORMAT_H

#include "schema.h"

/* Returns 0, or -1 if some file could not be parsed at all. */
int psl_reformat(struct psl_schema *s, int indent_width, struct strbuf *out);

#endif
