/*
 * strbuf.h: the one growable string buffer for all generated text.
 *
 * A strbuf owns its heap buffer; strbuf_release() frees it, strbuf_detach()
 * hands it to the caller (who then calls free()). buf is always
 * NUL-terminated and never NULL after strbuf_init().
 */
#ifndef RDB_STRBUF_H
#define RDB_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "util.h"

struct strbuf {
	char *buf;
	size_t len, alloc;
};

extern char strbuf_empty_[];
#define STRBUF_INIT {strbuf_empty_, 0, 0}

void strbuf_init(struct strbuf *sb, size_t hint);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_reset(struct strbuf *sb);
void strbuf_setlen(struct strbuf *sb, size_t len);

void strbuf_add(struct strbuf *sb, const void *data, size_t n);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addchars(struct strbuf *sb, int c, size_t n);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) RDB_PRINTF(2, 3);
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void strbuf_addbuf(struct strbuf *sb, const struct strbuf *other);

/* Trims ASCII whitespace at the end. */
void strbuf_rtrim(struct strbuf *sb);
int strbuf_ends_with(const struct strbuf *sb, const char *s);

#endif
