/*
 * json.h: writing JSON into a strbuf, with correct string escaping and
 * commas managed by a small nesting stack. (Reading JSON uses jansson.)
 *
 * Ownership: the writer borrows the caller's strbuf; nothing to free.
 */
#ifndef RDB_JSON_H
#define RDB_JSON_H

#include <stdbool.h>
#include <stdint.h>

#include "strbuf.h"

#define JSON_MAX_DEPTH 64

struct json_writer {
	struct strbuf *out;
	int depth;
	bool first[JSON_MAX_DEPTH]; /* no member written yet at this level */
	bool pretty;
	bool after_key; /* a key was written; its value comes next */
};

void json_init(struct json_writer *w, struct strbuf *out, bool pretty);
void json_object_begin(struct json_writer *w);
void json_object_end(struct json_writer *w);
void json_array_begin(struct json_writer *w);
void json_array_end(struct json_writer *w);
/* A key inside an object; the next value call writes its value. */
void json_key(struct json_writer *w, const char *key);
void json_string(struct json_writer *w, const char *s); /* NULL writes null */
void json_stringn(struct json_writer *w, const char *s, size_t n);
void json_int(struct json_writer *w, int64_t v);
void json_bool(struct json_writer *w, bool v);
void json_null(struct json_writer *w);
/* Appends s as a JSON string literal (quotes included). */
void json_escape(struct strbuf *out, const char *s, size_t n);

#endif
