/*
 * rdb/error.h: the error every librdb function reports through. Functions
 * return 0 on success or -1 and fill a caller-owned struct rdb_error; it
 * holds no pointers, so there is nothing to free.
 */
#ifndef RDB_ERROR_H
#define RDB_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

enum rdb_errcode {
	RDB_OK = 0,
	RDB_ERR_USAGE,      /* bad arguments or options */
	RDB_ERR_IO,         /* a file or folder could not be read or written */
	RDB_ERR_CONFIG,     /* rdb.toml or the environment is wrong */
	RDB_ERR_SCHEMA,     /* the Prisma schema is invalid */
	RDB_ERR_DATABASE,   /* the database reported an error */
	RDB_ERR_CONNECT,    /* the database could not be reached */
	RDB_ERR_NOT_FOUND,  /* a record or object does not exist */
	RDB_ERR_CONFLICT,   /* a unique constraint, lock or state conflict */
	RDB_ERR_TIMEOUT,
	RDB_ERR_INTERNAL,
};

struct rdb_error {
	enum rdb_errcode code;
	char prisma_code[8];  /* "P1012", "P2002", ... or "" */
	char sqlstate[6];     /* the server's SQLSTATE, or "" */
	char message[1024];   /* one line: what went wrong */
	char hint[512];       /* how to fix it, or "" */
	char file[512];       /* where, when it is about a file, or "" */
	unsigned line, col;   /* 1-based; 0 when unknown */
};

void rdb_error_clear(struct rdb_error *err);
/* Sets code and message (printf-style); clears the other fields. Returns -1. */
int rdb_error_set(struct rdb_error *err, enum rdb_errcode code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void rdb_error_hint(struct rdb_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rdb_error_at(struct rdb_error *err, const char *file, unsigned line, unsigned col);
const char *rdb_errcode_name(enum rdb_errcode code);

#ifdef __cplusplus
}
#endif
#endif
