/*
 * diag.h: schema source files, spans and diagnostics (errors and warnings),
 * and their rendering, both byte-identical to Prisma's and in rdb's own
 * form (file:line:col and a caret line).
 *
 * Ownership: a psl_sources owns copies of the file names and texts it was
 * given, and the messages of its diagnostics; psl_sources_release() frees all.
 */
#ifndef RDB_PSL_DIAG_H
#define RDB_PSL_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../util/strbuf.h"
#include "../util/util.h"

struct psl_span {
	uint32_t file;
	uint32_t start, end; /* byte offsets, end exclusive */
};

struct psl_diag {
	char *message;
	struct psl_span span;
};

struct psl_source {
	char *path;  /* as shown in messages */
	char *text;  /* NUL-terminated */
	size_t len;
};

struct psl_sources {
	VEC(struct psl_source) files;
	VEC(struct psl_diag) errors;
	VEC(struct psl_diag) warnings;
	struct arena arena; /* messages */
};

void psl_sources_init(struct psl_sources *s);
void psl_sources_release(struct psl_sources *s);
/* Adds a file (copies path and text). Returns its file id. */
uint32_t psl_sources_add(struct psl_sources *s, const char *path, const char *text, size_t len);
/* Adds a file taking ownership of text (heap, NUL-terminated, len bytes). */
uint32_t psl_sources_add_owned(struct psl_sources *s, const char *path, char *text, size_t len);

void psl_error(struct psl_sources *s, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);
void psl_warning(struct psl_sources *s, struct psl_span span, const char *fmt, ...) RDB_PRINTF(3, 4);
void psl_error_str(struct psl_sources *s, struct psl_span span, const char *msg);
static inline bool psl_has_errors(const struct psl_sources *s)
{
	return s->errors.len > 0;
}

/* 1-based line and column (in code points) of a byte offset. */
void psl_line_col(const struct psl_source *f, uint32_t offset, unsigned *line, unsigned *col);

enum psl_render_style {
	PSL_RENDER_PRISMA, /* exactly Prisma's text: "  -->  schema.prisma:LINE" */
	PSL_RENDER_RDB,    /* file:line:col and a caret line under the span */
};

/*
 * Appends one rendered diagnostic. `file_name` overrides the file's path
 * when non-NULL (the conformance cases always say "schema.prisma").
 */
void psl_render_diag(struct strbuf *out, const struct psl_sources *s, const struct psl_diag *d,
		     bool is_warning, bool color, enum psl_render_style style, const char *file_name);
/* All warnings, then all errors, as Prisma prints them. */
void psl_render_all(struct strbuf *out, const struct psl_sources *s, bool color,
		    enum psl_render_style style, const char *file_name);

#endif
