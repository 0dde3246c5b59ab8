/*
 * url.h: database URLs (scheme://user:password@host:port/path?k=v&...),
 * with percent-decoding of every part. Used for DATABASE_URL.
 *
 * Ownership: a struct url owns all its strings; url_release() frees them.
 */
#ifndef RDB_URL_H
#define RDB_URL_H

#include "rdb/error.h"
#include "util.h"

struct url_param {
	char *key, *value;
};

struct url {
	char *scheme;   /* lower-cased */
	char *user, *password; /* NULL when absent */
	char *host;     /* without brackets for IPv6; NULL when absent */
	int port;       /* 0 when absent */
	char *path;     /* without the leading slash, decoded; "" when absent */
	VEC(struct url_param) params;
};

/* Parses text; on error fills err (RDB_ERR_CONFIG, no secrets in the message). */
int url_parse(struct url *u, const char *text, struct rdb_error *err);
void url_release(struct url *u);
const char *url_param(const struct url *u, const char *key);
/* The URL with the password replaced by "***", for messages. Caller frees. */
char *url_redact(const char *text);

#endif
