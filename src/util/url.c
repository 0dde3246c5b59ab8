/* url.c: a strict parser for database URLs. */
#include <stdlib.h>

#include "strbuf.h"
#include "url.h"

/* Percent-decodes s[0..n); returns NULL on a malformed escape. */
static char *decode(const char *s, size_t n, bool plus_is_space)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int hi = i + 1 < n ? hex_digit(s[i + 1]) : -1;
			int lo = i + 2 < n ? hex_digit(s[i + 2]) : -1;
			if (hi < 0 || lo < 0) {
				strbuf_release(&sb);
				return NULL;
			}
			strbuf_addch(&sb, (hi << 4) | lo);
			i += 2;
		} else if (plus_is_space && s[i] == '+') {
			strbuf_addch(&sb, ' ');
		} else {
			strbuf_addch(&sb, s[i]);
		}
	}
	return strbuf_detach(&sb, NULL);
}

static int bad(struct rdb_error *err, const char *what)
{
	rdb_error_set(err, RDB_ERR_CONFIG, "the database URL is invalid: %s", what);
	rdb_error_hint(err, "expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE?schema=public");
	return -1;
}

int url_parse(struct url *u, const char *text, struct rdb_error *err)
{
	const char *p = strstr(text, "://"), *auth, *auth_end, *host_end, *at, *q;
	memset(u, 0, sizeof(*u));
	if (!p || p == text)
		return bad(err, "it does not start with a scheme such as postgresql://");
	u->scheme = xstrndup(text, (size_t)(p - text));
	for (char *c = u->scheme; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	auth = p + 3;
	auth_end = auth + strcspn(auth, "/?#");
	/* user:password@ (the password may contain '@' only percent-encoded) */
	at = NULL;
	for (const char *c = auth; c < auth_end; c++)
		if (*c == '@')
			at = c;
	if (at) {
		const char *colon = memchr(auth, ':', (size_t)(at - auth));
		u->user = decode(auth, (size_t)((colon ? colon : at) - auth), false);
		if (colon)
			u->password = decode(colon + 1, (size_t)(at - colon - 1), false);
		if (!u->user || (colon && !u->password)) {
			url_release(u);
			return bad(err, "a malformed %-escape in the user or password");
		}
		auth = at + 1;
	}
	/* host[:port], with [v6] brackets */
	if (*auth == '[') {
		const char *close = memchr(auth, ']', (size_t)(auth_end - auth));
		if (!close) {
			url_release(u);
			return bad(err, "an unclosed [ in the host");
		}
		u->host = xstrndup(auth + 1, (size_t)(close - auth - 1));
		host_end = close + 1;
	} else {
		host_end = auth;
		while (host_end < auth_end && *host_end != ':')
			host_end++;
		if (host_end > auth)
			u->host = decode(auth, (size_t)(host_end - auth), false);
	}
	if (host_end < auth_end && *host_end == ':') {
		char *end;
		long port;
		const char *ps = host_end + 1;
		if (ps == auth_end) {
			url_release(u);
			return bad(err, "an empty port after ':'");
		}
		port = strtol(ps, &end, 10);
		if (end != auth_end || port < 1 || port > 65535) {
			url_release(u);
			return bad(err, "the port is not a number between 1 and 65535");
		}
		u->port = (int)port;
	} else if (host_end != auth_end) {
		url_release(u);
		return bad(err, "unexpected characters after the host");
	}
	p = auth_end;
	if (*p == '/') {
		const char *pe = p + 1 + strcspn(p + 1, "?#");
		u->path = decode(p + 1, (size_t)(pe - p - 1), false);
		if (!u->path) {
			url_release(u);
			return bad(err, "a malformed %-escape in the database name");
		}
		p = pe;
	} else {
		u->path = xstrdup("");
	}
	if (*p == '?') {
		q = p + 1;
		while (*q && *q != '#') {
			const char *amp = q + strcspn(q, "&#"), *eq = memchr(q, '=', (size_t)(amp - q));
			struct url_param prm;
			if (amp == q) {
				q++;
				continue;
			}
			prm.key = decode(q, (size_t)((eq ? eq : amp) - q), true);
			prm.value = eq ? decode(eq + 1, (size_t)(amp - eq - 1), true) : xstrdup("");
			if (!prm.key || !prm.value) {
				free(prm.key);
				free(prm.value);
				url_release(u);
				return bad(err, "a malformed %-escape in the query parameters");
			}
			vec_push(&u->params, prm);
			q = *amp == '&' ? amp + 1 : amp;
		}
	}
	return 0;
}

void url_release(struct url *u)
{
	free(u->scheme);
	free(u->user);
	free(u->password);
	free(u->host);
	free(u->path);
	for (size_t i = 0; i < u->params.len; i++) {
		free(u->params.items[i].key);
		free(u->params.items[i].value);
	}
	vec_free(&u->params);
	memset(u, 0, sizeof(*u));
}

const char *url_param(const struct url *u, const char *key)
{
	for (size_t i = 0; i < u->params.len; i++)
		if (!strcmp(u->params.items[i].key, key))
			return u->params.items[i].value;
	return NULL;
}

char *url_redact(const char *text)
{
	const char *p = strstr(text, "://"), *at, *colon, *end;
	struct strbuf sb = STRBUF_INIT;
	if (!p)
		return xstrdup(text);
	end = p + 3 + strcspn(p + 3, "/?#");
	at = NULL;
	for (const char *c = p + 3; c < end; c++)
		if (*c == '@')
			at = c;
	if (!at)
		return xstrdup(text);
	colon = memchr(p + 3, ':', (size_t)(at - p - 3));
	if (!colon)
		return xstrdup(text);
	strbuf_add(&sb, text, (size_t)(colon + 1 - text));
	strbuf_addstr(&sb, "***");
	strbuf_addstr(&sb, at);
	return strbuf_detach(&sb, NULL);
}
