/* errors.c: the runtime's error helpers (Prisma codes, message prefixes). */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "runtime.h"
#include "util/util.h"

int rdb_err_prisma(struct rdb_error *err, enum rdb_errcode code, const char *prisma, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return -1;
	rdb_error_clear(err);
	err->code = code;
	snprintf(err->prisma_code, sizeof(err->prisma_code), "%s", prisma ? prisma : "");
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

void rdb_err_prefix(struct rdb_error *err, const char *prefix)
{
	char old[sizeof(err->message)];
	if (!err)
		return;
	memcpy(old, err->message, sizeof(old));
	snprintf(err->message, sizeof(err->message), "%s%s", prefix, old);
}

const char *rdb_type_name(enum rdb_type t)
{
	/* Prisma's scalar names: what the schema author wrote. */
	static const char *const names[] = {
		"Boolean", "Int", "BigInt", "Float", "String",
		"Json", "Decimal", "DateTime", "Bytes", "Uuid",
	};
	return (unsigned)t < ARRAY_SIZE(names) ? names[t] : "unknown";
}

int64_t rdb_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t rdb_now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
