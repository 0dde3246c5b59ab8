/* script.c: migration scripts from rendered steps (Prisma's render_script). */
#include <stdarg.h>
#include <stdlib.h>

#include "migrate/script.h"

void sql_stmts_push(struct sql_stmts *s, struct strbuf *stmt)
{
	vec_push(&s->items, strbuf_detach(stmt, NULL));
}

void sql_stmts_pushf(struct sql_stmts *s, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	sql_stmts_push(s, &sb);
}

void sql_stmts_release(struct sql_stmts *s)
{
	for (size_t i = 0; i < s->items.len; i++)
		free(s->items.items[i]);
	vec_free(&s->items);
}

void migration_render_script(const struct sql_migration *m, const struct destructive_diagnostics *d,
			     sql_step_renderer render, const char *begin, const char *commit, struct strbuf *out)
{
	bool first = true;
	if (!m->steps.len) {
		strbuf_addstr(out, "-- This is an empty migration.");
		return;
	}
	if (d && (d->warnings.len || d->unexecutable.len)) {
		strbuf_addstr(out, "/*\n  Warnings:\n\n");
		for (size_t i = 0; i < d->warnings.len; i++)
			strbuf_addf(out, "  - %s\n", d->warnings.items[i].description);
		for (size_t i = 0; i < d->unexecutable.len; i++)
			strbuf_addf(out, "  - %s\n", d->unexecutable.items[i].description);
		strbuf_addstr(out, "\n*/\n");
	}
	if (begin)
		strbuf_addf(out, "%s\n", begin);
	for (size_t i = 0; i < m->steps.len; i++) {
		struct sql_stmts stmts = {0};
		render(m, &m->steps.items[i], &stmts);
		if (stmts.items.len) {
			/*
			 * The blank line goes before a step, not after, so the
			 * file does not end in an empty line editors would trim.
			 */
			if (!first)
				strbuf_addch(out, '\n');
			first = false;
			strbuf_addf(out, "-- %s\n", sql_step_description(m->steps.items[i].kind));
			for (size_t k = 0; k < stmts.items.len; k++)
				strbuf_addf(out, "%s;\n", stmts.items.items[k]);
		}
		sql_stmts_release(&stmts);
	}
	if (commit)
		strbuf_addf(out, "\n%s", commit);
}
