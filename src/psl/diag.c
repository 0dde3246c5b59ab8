/* diag.c: diagnostics storage and rendering. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/utf8.h"
#include "diag.h"

void psl_sources_init(struct psl_sources *s)
{
	memset(s, 0, sizeof(*s));
	arena_init(&s->arena);
}

void psl_sources_release(struct psl_sources *s)
{
	for (size_t i = 0; i < s->files.len; i++) {
		free(s->files.items[i].path);
		free(s->files.items[i].text);
	}
	vec_free(&s->files);
	vec_free(&s->errors);
	vec_free(&s->warnings);
	arena_free(&s->arena);
}

uint32_t psl_sources_add_owned(struct psl_sources *s, const char *path, char *text, size_t len)
{
	struct psl_source f;
	f.path = xstrdup(path);
	f.text = text;
	f.len = len;
	vec_push(&s->files, f);
	return (uint32_t)(s->files.len - 1);
}

uint32_t psl_sources_add(struct psl_sources *s, const char *path, const char *text, size_t len)
{
	return psl_sources_add_owned(s, path, xstrndup(text, len), len);
}

static void push(struct psl_sources *s, bool warning, struct psl_span span, char *msg)
{
	struct psl_diag d = {msg, span};
	if (warning)
		vec_push(&s->warnings, d);
	else
		vec_push(&s->errors, d);
}

void psl_error_str(struct psl_sources *s, struct psl_span span, const char *msg)
{
	push(s, false, span, arena_strdup(&s->arena, msg));
}

void psl_error(struct psl_sources *s, struct psl_span span, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	push(s, false, span, arena_strndup(&s->arena, sb.buf, sb.len));
	strbuf_release(&sb);
}

void psl_warning(struct psl_sources *s, struct psl_span span, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	push(s, true, span, arena_strndup(&s->arena, sb.buf, sb.len));
	strbuf_release(&sb);
}

void psl_line_col(const struct psl_source *f, uint32_t offset, unsigned *line, unsigned *col)
{
	unsigned l = 1;
	size_t line_start = 0;
	if (offset > f->len)
		offset = (uint32_t)f->len;
	for (size_t i = 0; i < offset; i++) {
		if (f->text[i] == '\n') {
			l++;
			line_start = i + 1;
		}
	}
	*line = l;
	*col = (unsigned)utf8_count(f->text + line_start, offset - line_start) + 1;
}

/* ANSI styles as the Rust `colored` crate writes them. */
#define BOLD_BLUE "\x1b[1;94m"
#define BOLD_RED "\x1b[1;91m"
#define BOLD_YELLOW "\x1b[1;93m"
#define BOLD "\x1b[1m"
#define UNDERLINE "\x1b[4m"
#define RESET "\x1b[0m"

static void styled(struct strbuf *out, bool color, const char *style, const char *s, size_t n)
{
	/* colored writes nothing at all for an empty string */
	if (!n)
		return;
	if (color)
		strbuf_addstr(out, style);
	strbuf_add(out, s, n);
	if (color)
		strbuf_addstr(out, RESET);
}

static void gutter(struct strbuf *out, bool color, size_t line_number)
{
	char buf[32];
	if (line_number > 0)
		snprintf(buf, sizeof(buf), "%2zu | ", line_number);
	else
		snprintf(buf, sizeof(buf), "   | ");
	styled(out, color, BOLD_BLUE, buf, strlen(buf));
}

struct line {
	const char *s;
	size_t len;
};

/* The text of 1-based line n, or NULL past the end (Rust's text.split('\n')). */
static bool get_line(const struct psl_source *f, size_t n, struct line *out)
{
	const char *p = f->text, *end = f->text + f->len;
	size_t cur = 1;
	while (cur < n) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return false;
		p = nl + 1;
		cur++;
	}
	{
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		out->s = p;
		out->len = nl ? (size_t)(nl - p) : (size_t)(end - p);
	}
	return true;
}

static void line_with_text(struct strbuf *out, bool color, const struct psl_source *f, size_t n)
{
	struct line l;
	gutter(out, color, n);
	if (n > 0 && get_line(f, n, &l))
		strbuf_add(out, l.s, l.len);
	strbuf_addch(out, '\n');
}

void psl_render_diag(struct strbuf *out, const struct psl_sources *s, const struct psl_diag *d,
		     bool is_warning, bool color, enum psl_render_style style, const char *file_name)
{
	const struct psl_source *f = &s->files.items[d->span.file];
	const char *primary = is_warning ? BOLD_YELLOW : BOLD_RED;
	const char *title = is_warning ? "warning" : "error";
	size_t start = d->span.start > f->len ? f->len : d->span.start;
	size_t end = d->span.end > f->len ? f->len : d->span.end;
	size_t start_line = 0, end_line = 0, line_start = 0;
	struct line l;
	size_t start_in_line, end_in_line;
	char loc[64];
	unsigned line, col;

	if (end < start)
		end = start;
	for (size_t i = 0; i < end; i++) {
		if (f->text[i] == '\n') {
			if (i < start) {
				start_line++;
				line_start = i + 1;
			}
			end_line++;
		}
	}
	get_line(f, start_line + 1, &l);
	start_in_line = start - line_start;
	end_in_line = start_in_line + (end - start);
	if (end_in_line > l.len)
		end_in_line = l.len;

	styled(out, color, primary, title, strlen(title));
	strbuf_addstr(out, ": ");
	styled(out, color, BOLD, d->message, strlen(d->message));
	strbuf_addch(out, '\n');

	strbuf_addstr(out, "  ");
	styled(out, color, BOLD_BLUE, "-->", 3);
	strbuf_addstr(out, "  ");
	psl_line_col(f, (uint32_t)start, &line, &col);
	if (style == PSL_RENDER_PRISMA)
		snprintf(loc, sizeof(loc), ":%zu", start_line + 1);
	else
		snprintf(loc, sizeof(loc), ":%u:%u", line, col);
	{
		struct strbuf path = STRBUF_INIT;
		strbuf_addstr(&path, file_name ? file_name : f->path);
		strbuf_addstr(&path, loc);
		styled(out, color, UNDERLINE, path.buf, path.len);
		strbuf_release(&path);
	}
	strbuf_addch(out, '\n');

	gutter(out, color, 0);
	strbuf_addch(out, '\n');
	line_with_text(out, color, f, start_line);

	gutter(out, color, start_line + 1);
	strbuf_add(out, l.s, start_in_line);
	styled(out, color, primary, l.s + start_in_line, end_in_line - start_in_line);
	strbuf_add(out, l.s + end_in_line, l.len - end_in_line);
	strbuf_addch(out, '\n');
	if (end_in_line == start_in_line) {
		gutter(out, color, 0);
		strbuf_addchars(out, ' ', start_in_line);
		styled(out, color, primary, "^ Unexpected token.", 19);
		strbuf_addch(out, '\n');
	} else if (style == PSL_RENDER_RDB) {
		/* A caret under the span's first line, one per column. */
		gutter(out, color, 0);
		strbuf_addchars(out, ' ', utf8_count(l.s, start_in_line));
		{
			struct strbuf carets = STRBUF_INIT;
			strbuf_addchars(&carets, '^',
					utf8_count(l.s + start_in_line, end_in_line - start_in_line));
			styled(out, color, primary, carets.buf, carets.len);
			strbuf_release(&carets);
		}
		strbuf_addch(out, '\n');
	}

	for (size_t n = start_line + 2; n < end_line + 2; n++)
		line_with_text(out, color, f, n);
	gutter(out, color, 0);
	strbuf_addch(out, '\n');
}

void psl_render_all(struct strbuf *out, const struct psl_sources *s, bool color,
		    enum psl_render_style style, const char *file_name)
{
	for (size_t i = 0; i < s->warnings.len; i++)
		psl_render_diag(out, s, &s->warnings.items[i], true, color, style, file_name);
	for (size_t i = 0; i < s->errors.len; i++)
		psl_render_diag(out, s, &s->errors.items[i], false, color, style, file_name);
}
