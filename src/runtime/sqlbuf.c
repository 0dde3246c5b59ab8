/*
 * sqlbuf.c: SQL text built at run time (dynamic filters, IN lists): quoted
 * identifiers and numbered placeholders per dialect. Values never go into
 * the text; they travel as parameters.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime.h"
#include "util/util.h"

static void reserve(struct rdb_sqlbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return;
	if (need < sb->len)
		die_oom();
	sb->cap = sb->cap ? sb->cap : 256; /* most statements fit: no regrowth */
	while (sb->cap < need)
		sb->cap *= 2;
	sb->buf = xrealloc(sb->buf, sb->cap);
}

static void add(struct rdb_sqlbuf *sb, const char *s, size_t n)
{
	reserve(sb, n);
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void rdb_sqlbuf_release(struct rdb_sqlbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

void rdb_sql_add(struct rdb_sqlbuf *sb, const char *text)
{
	add(sb, text, strlen(text));
}

void rdb_sql_ident(struct rdb_sqlbuf *sb, enum rdb_dialect_kind d, const char *name)
{
	/* The quote character is escaped by doubling it, in both dialects. */
	char q = d == RDB_MYSQL ? '`' : '"';
	size_t n = strlen(name);
	const char *p = memchr(name, q, n);
	reserve(sb, n + 2);
	sb->buf[sb->len++] = q;
	if (!p) { /* the usual case: one copy */
		memcpy(sb->buf + sb->len, name, n);
		sb->len += n;
	} else {
		for (p = name; *p; p++) {
			if (*p == q)
				add(sb, &q, 1);
			add(sb, p, 1);
		}
		reserve(sb, 1);
	}
	sb->buf[sb->len++] = q;
	sb->buf[sb->len] = '\0';
}

void rdb_sql_param(struct rdb_sqlbuf *sb, enum rdb_dialect_kind d, int n)
{
	char tmp[24], *p;
	if (d == RDB_MYSQL) {
		add(sb, "?", 1);
		return;
	}
	/* "$n" without snprintf: this runs for every parameter of every statement */
	p = str_uint(tmp, sizeof(tmp), n > 0 ? (uint64_t)n : 0);
	*--p = '$';
	add(sb, p, (size_t)(tmp + sizeof(tmp) - p));
}
