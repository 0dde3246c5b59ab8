/* opts.c: option parsing, help text and error reporting for the CLI. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "util/strbuf.h"
#include "util/util.h"

struct cli_globals cli;

const char *cli_bold(bool err) { return (err ? cli.color_err : cli.color_out) ? "\x1b[1m" : ""; }
const char *cli_red(bool err) { return (err ? cli.color_err : cli.color_out) ? "\x1b[1;91m" : ""; }
const char *cli_green(bool err) { return (err ? cli.color_err : cli.color_out) ? "\x1b[1;92m" : ""; }
const char *cli_yellow(bool err) { return (err ? cli.color_err : cli.color_out) ? "\x1b[1;93m" : ""; }
const char *cli_reset(bool err) { return (err ? cli.color_err : cli.color_out) ? "\x1b[0m" : ""; }

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%serror:%s ", cli_red(true), cli_reset(true));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_report(const struct rdb_error *err)
{
	fprintf(stderr, "%serror:%s %s\n", cli_red(true), cli_reset(true), err->message);
	if (err->hint[0])
		fprintf(stderr, "%shint:%s %s\n", cli_bold(true), cli_reset(true), err->hint);
	return err->code == RDB_ERR_USAGE ? EXIT_USAGE : 1;
}

static const char *closest(const char *word, const char *const *cands, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, limit = strlen(word) <= 4 ? 1 : 3;
	for (size_t i = 0; i < n; i++) {
		size_t d = edit_distance(word, cands[i]);
		if (d < best_d) {
			best_d = d;
			best = cands[i];
		}
	}
	return best_d <= limit ? best : NULL;
}

static int usage_error(const struct cli_command *cmd, const char *fmt, const char *what, const char *suggestion)
{
	fprintf(stderr, "%serror:%s rdb %s: ", cli_red(true), cli_reset(true), cmd->name);
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	if (suggestion)
		fprintf(stderr, "%shint:%s did you mean '%s'?\n", cli_bold(true), cli_reset(true), suggestion);
	fprintf(stderr, "Run 'rdb %s --help' for its options.\n", cmd->name);
	return EXIT_USAGE;
}

static int find_opt(const struct cli_command *cmd, const char *name, size_t len)
{
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
		if (strlen(cmd->opts[i].name) == len && !strncmp(cmd->opts[i].name, name, len))
			return i;
	return -1;
}

static int find_short(const struct cli_command *cmd, char c)
{
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++)
		if (cmd->opts[i].short_name == c)
			return i;
	return -1;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_args *out)
{
	bool only_pos = false;
	memset(out, 0, sizeof(*out));
	out->cmd = cmd;
	out->pos = xcalloc((size_t)argc + 1, sizeof(char *));
	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		int idx;
		if (only_pos || a[0] != '-' || !a[1]) {
			out->pos[out->npos++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_pos = true;
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			idx = find_opt(cmd, name, len);
			if (idx < 0) {
				const char *cands[CLI_MAX_OPTS];
				size_t n = 0;
				char *word = xstrndup(name, len);
				int rc;
				for (int k = 0; cmd->opts && cmd->opts[k].name; k++)
					cands[n++] = cmd->opts[k].name;
				{
					const char *best = closest(word, cands, n);
					char *sugg = best ? xstrdup(best) : NULL;
					struct strbuf s = STRBUF_INIT;
					if (sugg)
						strbuf_addf(&s, "--%s", sugg);
					rc = usage_error(cmd, "unknown option '--%s'", word, sugg ? s.buf : NULL);
					strbuf_release(&s);
					free(sugg);
				}
				free(word);
				return rc;
			}
			if (cmd->opts[idx].arg) {
				if (eq) {
					out->values[idx] = eq + 1;
				} else if (i + 1 < argc) {
					out->values[idx] = argv[++i];
				} else {
					return usage_error(cmd, "option '--%s' needs a value", cmd->opts[idx].name, NULL);
				}
			} else {
				if (eq)
					return usage_error(cmd, "option '--%s' takes no value", cmd->opts[idx].name, NULL);
				out->values[idx] = "";
			}
			continue;
		}
		/* short options; -abc is a, b, c; a value may follow directly */
		for (const char *p = a + 1; *p; p++) {
			idx = find_short(cmd, *p);
			if (idx < 0) {
				char opt[3] = {'-', *p, 0};
				return usage_error(cmd, "unknown option '%s'", opt, NULL);
			}
			if (cmd->opts[idx].arg) {
				if (p[1]) {
					out->values[idx] = p + 1;
				} else if (i + 1 < argc) {
					out->values[idx] = argv[++i];
				} else {
					return usage_error(cmd, "option '--%s' needs a value", cmd->opts[idx].name, NULL);
				}
				break;
			}
			out->values[idx] = "";
		}
	}
	return 0;
}

const char *cli_value(const struct cli_args *a, const char *name)
{
	int idx = find_opt(a->cmd, name, strlen(name));
	return idx >= 0 ? a->values[idx] : NULL;
}

bool cli_flag(const struct cli_args *a, const char *name)
{
	return cli_value(a, name) != NULL;
}

void cli_print_help(FILE *f, const struct cli_command *cmd)
{
	size_t width = 0;
	fprintf(f, "usage: rdb %s\n\n%s\n", cmd->usage, cmd->summary);
	if (cmd->description)
		fprintf(f, "\n%s\n", cmd->description);
	width = 4; /* "help" */
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++) {
		size_t w = strlen(cmd->opts[i].name) + (cmd->opts[i].arg ? strlen(cmd->opts[i].arg) + 1 : 0);
		if (w > width)
			width = w;
	}
	fprintf(f, "\nOptions:\n");
	for (int i = 0; cmd->opts && cmd->opts[i].name; i++) {
		const struct cli_opt *o = &cmd->opts[i];
		char buf[128];
		snprintf(buf, sizeof(buf), "%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		if (o->short_name)
			fprintf(f, "  -%c, --%-*s  %s\n", o->short_name, (int)width, buf, o->help);
		else
			fprintf(f, "      --%-*s  %s\n", (int)width, buf, o->help);
	}
	fprintf(f, "  -h, --%-*s  %s\n", (int)width, "help", "Show this help");
}

const struct cli_command *cli_find_command(const char *name)
{
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

/* RDB_TRACE=1: phase timings on stderr, milliseconds since the first call. */
void cli_trace(const char *phase)
{
	static int on = -1;
	static struct timespec t0;
	struct timespec now;
	if (on < 0) {
		on = getenv("RDB_TRACE") && *getenv("RDB_TRACE") && strcmp(getenv("RDB_TRACE"), "0");
		clock_gettime(CLOCK_MONOTONIC, &t0);
	}
	if (!on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	fprintf(stderr, "trace: %8.2f ms  %s\n",
		(double)(now.tv_sec - t0.tv_sec) * 1e3 + (double)(now.tv_nsec - t0.tv_nsec) / 1e6, phase);
}
