/*
 * toml.h: the subset of TOML that rdb.toml uses: comments, [tables],
 * bare and quoted keys, basic and literal strings, integers, booleans and
 * arrays of strings. Values are looked up by "table.key".
 *
 * Ownership: a toml_doc owns all keys and values; toml_doc_release() frees.
 */
#ifndef RDB_TOML_H
#define RDB_TOML_H

#include <stdbool.h>

#include "rdb/error.h"
#include "util.h"

enum toml_kind { TOML_STRING, TOML_INT, TOML_BOOL, TOML_ARRAY };

struct toml_value {
	char *key; /* full dotted path: "datasource.url_env" */
	enum toml_kind kind;
	char *str;
	long long num;
	bool boolean;
	VEC(char *) items; /* TOML_ARRAY of strings */
	unsigned line;
};

struct toml_doc {
	VEC(struct toml_value) values;
};

/* Parses text; on error fills err with file:line:col and returns -1. */
int toml_parse(struct toml_doc *doc, const char *file, const char *text, size_t len,
	       struct rdb_error *err);
void toml_doc_release(struct toml_doc *doc);
const struct toml_value *toml_get(const struct toml_doc *doc, const char *key);

#endif
