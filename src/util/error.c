/* error.c: filling struct rdb_error. */
#include <stdarg.h>
#include <stdio.h>

#include "rdb/error.h"
#include "util.h"

void rdb_error_clear(struct rdb_error *err)
{
	if (err)
		memset(err, 0, sizeof(*err));
}

int rdb_error_set(struct rdb_error *err, enum rdb_errcode code, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return -1;
	rdb_error_clear(err);
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

void rdb_error_hint(struct rdb_error *err, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return;
	va_start(ap, fmt);
	vsnprintf(err->hint, sizeof(err->hint), fmt, ap);
	va_end(ap);
}

void rdb_error_at(struct rdb_error *err, const char *file, unsigned line, unsigned col)
{
	if (!err)
		return;
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	err->line = line;
	err->col = col;
}

const char *rdb_errcode_name(enum rdb_errcode code)
{
	static const char *const names[] = {
		"ok", "usage", "io", "config", "schema", "database",
		"connect", "not found", "conflict", "timeout", "internal",
	};
	return (unsigned)code < ARRAY_SIZE(names) ? names[code] : "unknown";
}
