/* json.c: the JSON writer. */
#include <inttypes.h>

#include "json.h"

void json_init(struct json_writer *w, struct strbuf *out, bool pretty)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->pretty = pretty;
	w->first[0] = true;
}

static void newline(struct json_writer *w)
{
	if (!w->pretty)
		return;
	strbuf_addch(w->out, '\n');
	strbuf_addchars(w->out, ' ', (size_t)w->depth * 2);
}

/* Before a value or key: the comma and indentation it needs. */
static void before_item(struct json_writer *w)
{
	if (!w->first[w->depth])
		strbuf_addch(w->out, ',');
	w->first[w->depth] = false;
	if (w->depth)
		newline(w);
}

/* Values after a key take no comma; others are items of an array or the top. */
static void value_prefix(struct json_writer *w)
{
	if (w->after_key)
		w->after_key = false;
	else
		before_item(w);
}

static void open(struct json_writer *w, char c)
{
	value_prefix(w);
	strbuf_addch(w->out, c);
	if (w->depth + 1 < JSON_MAX_DEPTH)
		w->depth++;
	w->first[w->depth] = true;
}

static void close(struct json_writer *w, char c)
{
	bool empty = w->first[w->depth];
	if (w->depth)
		w->depth--;
	if (!empty)
		newline(w);
	strbuf_addch(w->out, c);
}

void json_object_begin(struct json_writer *w) { open(w, '{'); }
void json_object_end(struct json_writer *w) { close(w, '}'); }
void json_array_begin(struct json_writer *w) { open(w, '['); }
void json_array_end(struct json_writer *w) { close(w, ']'); }

void json_escape(struct strbuf *out, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	strbuf_addch(out, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		case '\r': strbuf_addstr(out, "\\r"); break;
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '\b': strbuf_addstr(out, "\\b"); break;
		case '\f': strbuf_addstr(out, "\\f"); break;
		default:
			if (c < 0x20) {
				strbuf_addstr(out, "\\u00");
				strbuf_addch(out, hex[c >> 4]);
				strbuf_addch(out, hex[c & 15]);
			} else {
				strbuf_addch(out, c);
			}
		}
	}
	strbuf_addch(out, '"');
}

void json_key(struct json_writer *w, const char *key)
{
	before_item(w);
	json_escape(w->out, key, strlen(key));
	strbuf_addstr(w->out, w->pretty ? ": " : ":");
	w->after_key = true;
}

void json_stringn(struct json_writer *w, const char *s, size_t n)
{
	value_prefix(w);
	json_escape(w->out, s, n);
}

void json_string(struct json_writer *w, const char *s)
{
	if (!s) {
		json_null(w);
		return;
	}
	json_stringn(w, s, strlen(s));
}

void json_int(struct json_writer *w, int64_t v)
{
	value_prefix(w);
	strbuf_addf(w->out, "%" PRId64, v);
}

void json_bool(struct json_writer *w, bool v)
{
	value_prefix(w);
	strbuf_addstr(w->out, v ? "true" : "false");
}

void json_null(struct json_writer *w)
{
	value_prefix(w);
	strbuf_addstr(w->out, "null");
}
