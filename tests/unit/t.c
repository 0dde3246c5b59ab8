/* t.c: registry and reporting for the test runner. */
#include <stdarg.h>
#include <stdlib.h>

#include "t.h"

static struct t_case *head, **tail = &head;
static int passed, failed, skipped;
static int cur_failed, cur_skipped, cur_elsewhere;
static const char *cur_name;

void t_register(struct t_case *c)
{
	*tail = c;
	tail = &c->next;
}

void t_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	if (!cur_failed)
		printf("FAIL %s\n", cur_name ? cur_name : "?");
	cur_failed = 1;
	printf("  %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void t_skip(const char *reason)
{
	cur_skipped = 1;
	printf("SKIP %s: %s\n", cur_name ? cur_name : "?", reason);
}

void t_elsewhere(const char *where)
{
	cur_elsewhere = 1;
	printf("note %s: runs in %s\n", cur_name ? cur_name : "?", where);
}

void t_record(const char *name, int outcome, const char *detail)
{
	if (outcome == 0) {
		passed++;
	} else if (outcome == 1) {
		failed++;
		printf("FAIL %s%s%s\n", name, detail ? ": " : "", detail ? detail : "");
	} else {
		skipped++;
		printf("SKIP %s%s%s\n", name, detail ? ": " : "", detail ? detail : "");
	}
}

int t_failed_count(void)
{
	return failed;
}

void t_summary(void)
{
	if (skipped)
		printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
	else
		printf("%d passed, %d failed\n", passed, failed);
	fflush(stdout);
}

int t_main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	for (struct t_case *c = head; c; c = c->next) {
		if (filter && !strstr(c->name, filter))
			continue;
		cur_name = c->name;
		cur_failed = cur_skipped = cur_elsewhere = 0;
		c->fn();
		fflush(stdout);
		if (cur_failed)
			failed++;
		else if (cur_elsewhere)
			continue; /* counted where it runs */
		else if (cur_skipped)
			skipped++;
		else
			passed++;
	}
	t_summary();
	return failed ? 1 : 0;
}
