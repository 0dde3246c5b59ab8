/*
 * format.h: Prisma's schema formatter. psl_format_text() is the pure
 * layout pass (schema-ast's reformat): column tables, blank-line rules,
 * attribute order, comments kept in place. The schema-aware pass that adds
 * missing relation fields lives in schema/reformat.h and calls this one.
 *
 * Ownership: output is appended to a caller-owned strbuf.
 */
#ifndef RDB_PSL_FORMAT_H
#define RDB_PSL_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/strbuf.h"

/* Appends the formatted text. Returns false if the text could not be parsed. */
bool psl_format_text(struct strbuf *out, const char *src, size_t len, int indent_width);
/* The same on an already parsed text (cst->src, as psl_cst_parse left it). */
struct psl_cst;
bool psl_format_cst(struct strbuf *out, const struct psl_cst *cst, int indent_width);

#endif
