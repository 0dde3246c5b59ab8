/* sqlsplit.c: a lexer-level splitter for PostgreSQL scripts. */
#include <ctype.h>
#include <stdlib.h>

#include "sqlsplit.h"
#include "util/strbuf.h"

/* Skips a quoted or commented region starting at i; returns the index after it. */
static size_t skip_region(const char *s, size_t n, size_t i)
{
	if (s[i] == '-' && i + 1 < n && s[i + 1] == '-') {
		while (i < n && s[i] != '\n')
			i++;
		return i;
	}
	if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
		int depth = 1; /* PostgreSQL block comments nest */
		i += 2;
		while (i < n && depth) {
			if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
				depth++;
				i += 2;
			} else if (s[i] == '*' && i + 1 < n && s[i + 1] == '/') {
				depth--;
				i += 2;
			} else {
				i++;
			}
		}
		return i;
	}
	if (s[i] == '\'' || s[i] == '"') {
		char q = s[i];
		/* E'...' strings take backslash escapes */
		bool backslash = q == '\'' && i > 0 && (s[i - 1] == 'E' || s[i - 1] == 'e') &&
				 (i < 2 || !(isalnum((unsigned char)s[i - 2]) || s[i - 2] == '_'));
		i++;
		while (i < n) {
			if (backslash && s[i] == '\\' && i + 1 < n) {
				i += 2;
				continue;
			}
			if (s[i] == q) {
				if (i + 1 < n && s[i + 1] == q) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return i;
	}
	if (s[i] == '$') {
		/* $tag$ ... $tag$ where tag is empty or an identifier */
		size_t j = i + 1;
		while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_'))
			j++;
		if (j < n && s[j] == '$' && !(j > i + 1 && isdigit((unsigned char)s[i + 1]))) {
			size_t taglen = j - i + 1;
			size_t k = j + 1;
			while (k + taglen <= n) {
				if (!memcmp(s + k, s + i, taglen))
					return k + taglen;
				k++;
			}
			return n;
		}
	}
	return i + 1;
}

static bool is_blank_or_comment(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (isspace((unsigned char)s[i])) {
			i++;
		} else if ((s[i] == '-' && i + 1 < n && s[i + 1] == '-') ||
			   (s[i] == '/' && i + 1 < n && s[i + 1] == '*')) {
			i = skip_region(s, n, i);
		} else {
			return false;
		}
	}
	return true;
}

void sql_split_pg(const char *sql, size_t len, sql_stmt_list *out)
{
	size_t start = 0, i = 0;
	while (i < len) {
		char c = sql[i];
		if (c == ';') {
			if (!is_blank_or_comment(sql + start, i - start)) {
				struct sql_stmt st = {start, i - start};
				vec_push(out, st);
			}
			start = ++i;
		} else if (c == '\'' || c == '"' || c == '$' || (c == '-' && i + 1 < len && sql[i + 1] == '-') ||
			   (c == '/' && i + 1 < len && sql[i + 1] == '*')) {
			i = skip_region(sql, len, i);
		} else {
			i++;
		}
	}
	if (start < len && !is_blank_or_comment(sql + start, len - start)) {
		struct sql_stmt st = {start, len - start};
		vec_push(out, st);
	}
}

/* The statement's words, upper-cased, comments and quoted text left out. */
static void words(const char *s, size_t n, struct strbuf *out)
{
	size_t i = 0;
	while (i < n) {
		if (isalpha((unsigned char)s[i]) || s[i] == '_') {
			if (out->len)
				strbuf_addch(out, ' ');
			while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_'))
				strbuf_addch(out, toupper((unsigned char)s[i++]));
		} else if (s[i] == '\'' || s[i] == '"' || s[i] == '$' || (s[i] == '-' && i + 1 < n && s[i + 1] == '-') ||
			   (s[i] == '/' && i + 1 < n && s[i + 1] == '*')) {
			size_t j = skip_region(s, n, i);
			if (j > i + 1 && s[i] == '"') { /* a quoted identifier counts as a word */
				if (out->len)
					strbuf_addch(out, ' ');
				strbuf_addch(out, '"');
			}
			i = j;
		} else {
			i++;
		}
	}
}

static bool starts(const char *w, const char *prefix)
{
	size_t n = strlen(prefix);
	return !strncmp(w, prefix, n) && (w[n] == ' ' || w[n] == '\0');
}

const char *pg_stmt_needs_autocommit(const char *stmt, size_t len)
{
	struct strbuf w = STRBUF_INIT;
	const char *why = NULL;
	words(stmt, len, &w);
	if ((starts(w.buf, "CREATE INDEX") || starts(w.buf, "CREATE UNIQUE INDEX")) && strstr(w.buf, " CONCURRENTLY"))
		why = "CREATE INDEX CONCURRENTLY";
	else if (starts(w.buf, "DROP INDEX CONCURRENTLY"))
		why = "DROP INDEX CONCURRENTLY";
	else if (starts(w.buf, "REINDEX") && (strstr(w.buf, " CONCURRENTLY") || strstr(w.buf, " DATABASE") ||
					    strstr(w.buf, " SYSTEM")))
		why = "REINDEX CONCURRENTLY";
	else if (starts(w.buf, "DETACH PARTITION") || (starts(w.buf, "ALTER TABLE") && strstr(w.buf, " DETACH PARTITION") &&
						       strstr(w.buf, " CONCURRENTLY")))
		why = "DETACH PARTITION CONCURRENTLY";
	else if (starts(w.buf, "CREATE DATABASE") || starts(w.buf, "DROP DATABASE"))
		why = "CREATE/DROP DATABASE";
	else if (starts(w.buf, "CREATE TABLESPACE") || starts(w.buf, "DROP TABLESPACE"))
		why = "CREATE/DROP TABLESPACE";
	else if (starts(w.buf, "VACUUM"))
		why = "VACUUM";
	else if (starts(w.buf, "ALTER SYSTEM"))
		why = "ALTER SYSTEM";
	else if (starts(w.buf, "CREATE SUBSCRIPTION") || starts(w.buf, "DROP SUBSCRIPTION") ||
		 starts(w.buf, "ALTER SUBSCRIPTION"))
		why = "a SUBSCRIPTION command";
	strbuf_release(&w);
	return why;
}

bool pg_stmt_is_transaction_control(const char *stmt, size_t len)
{
	struct strbuf w = STRBUF_INIT;
	bool yes;
	words(stmt, len, &w);
	yes = starts(w.buf, "BEGIN") || starts(w.buf, "COMMIT") || starts(w.buf, "ROLLBACK") ||
	      starts(w.buf, "START TRANSACTION") || starts(w.buf, "END") || starts(w.buf, "ABORT") ||
	      starts(w.buf, "SAVEPOINT") || starts(w.buf, "RELEASE") || starts(w.buf, "PREPARE TRANSACTION") ||
	      starts(w.buf, "COMMIT PREPARED") || starts(w.buf, "ROLLBACK PREPARED");
	strbuf_release(&w);
	return yes;
}

/* 'value' of ALTER TYPE ... ADD VALUE [IF NOT EXISTS] 'value', or NULL. */
static char *added_enum_value(const char *stmt, size_t len)
{
	struct strbuf w = STRBUF_INIT;
	char *res = NULL;
	words(stmt, len, &w);
	if (starts(w.buf, "ALTER TYPE") && strstr(w.buf, " ADD VALUE")) {
		/* the last single-quoted literal of the statement */
		for (size_t i = 0; i < len; i++) {
			if (stmt[i] == '\'') {
				size_t j = skip_region(stmt, len, i);
				free(res);
				res = xstrndup(stmt + i, j - i);
				i = j - 1;
			} else if (stmt[i] == '"' || stmt[i] == '$' || (stmt[i] == '-' && i + 1 < len && stmt[i + 1] == '-') ||
				   (stmt[i] == '/' && i + 1 < len && stmt[i + 1] == '*')) {
				i = skip_region(stmt, len, i) - 1;
			}
		}
	}
	strbuf_release(&w);
	return res;
}

const char *pg_script_autocommit_reason(const char *sql, size_t len, bool *explicit_tx)
{
	sql_stmt_list stmts = {0};
	const char *why = NULL;
	*explicit_tx = false;
	sql_split_pg(sql, len, &stmts);
	for (size_t i = 0; i < stmts.len && !why; i++) {
		const char *s = sql + stmts.items[i].start;
		size_t n = stmts.items[i].len;
		char *value;
		if (pg_stmt_is_transaction_control(s, n)) {
			*explicit_tx = true;
			why = "it manages transactions itself (BEGIN/COMMIT)";
			break;
		}
		why = pg_stmt_needs_autocommit(s, n);
		if (why)
			break;
		/* A new enum value cannot be used in the transaction that adds it. */
		value = added_enum_value(s, n);
		if (value) {
			for (size_t k = i + 1; k < stmts.len; k++) {
				const char *t = sql + stmts.items[k].start;
				size_t tn = stmts.items[k].len, vn = strlen(value);
				for (size_t p = 0; p + vn <= tn; p++)
					if (!memcmp(t + p, value, vn)) {
						why = "it adds an enum value and uses it in the same file";
						break;
					}
				if (why)
					break;
			}
			free(value);
		}
	}
	vec_free(&stmts);
	return why;
}
