/*
 * main.c: rdb's entry point: global options, the command table and
 * dispatch. Commands live in cmd_*.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "util/util.h"

#ifndef RDB_VERSION
#define RDB_VERSION "0.0.0"
#endif

#define SCHEMA_OPT {"schema", 0, "PATH", "Schema file, or folder of .prisma files (default: rdb.toml's schema, else prisma/)"}

static const struct cli_opt validate_opts[] = {
	SCHEMA_OPT,
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt format_opts[] = {
	SCHEMA_OPT,
	{"check", 0, NULL, "Change nothing; exit 1 and list the files that are not formatted"},
	{NULL, 0, NULL, NULL},
};

const struct cli_command cli_commands[] = {
	{"validate", cmd_validate, "Schema", "Check the Prisma schema and report every error and warning",
	 "validate [--schema PATH]",
	 "Reads every file of the schema, and reports what Prisma would: each diagnostic with\n"
	 "its file:line:col and the source line. Exit status: 0 valid, 1 invalid.",
	 validate_opts},
	{"format", cmd_format, "Schema", "Format the schema files in place, as prisma format does",
	 "format [--schema PATH] [--check]",
	 "Rewrites each file of the schema in Prisma's canonical layout (byte-identical to\n"
	 "prisma format): aligned columns, attribute order, blank lines, comments kept, and\n"
	 "missing back-relation fields added. Files that are already formatted are not\n"
	 "touched. The schema is then validated; exit status 1 if it has errors.",
	 format_opts},
	{NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};

static void print_main_help(FILE *f)
{
	const char *group = NULL;
	fprintf(f, "usage: rdb [--version] [--help] [-C DIR] [--config FILE] <command> [<args>]\n\n"
		   "rdb: Prisma's schema, migrations and a type-safe client, for C.\n");
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		if (!group || strcmp(group, c->group)) {
			group = c->group;
			fprintf(f, "\n%s:\n", group);
		}
		fprintf(f, "   %-14s %s\n", c->name, c->summary);
	}
	fprintf(f, "\nGlobal options:\n"
		   "   -C DIR          Run as if rdb was started in DIR\n"
		   "   --config FILE   Project config file (default: ./rdb.toml when present)\n"
		   "   --version       Print the version\n"
		   "\nRun 'rdb help <command>' or 'rdb <command> --help' for a command's options.\n"
		   "Environment: NO_COLOR disables colour; colour is only used on a terminal.\n");
}

static bool want_color(int fd)
{
	const char *term = getenv("TERM");
	if (getenv("NO_COLOR") && getenv("NO_COLOR")[0])
		return false;
	if (getenv("FORCE_COLOR") && getenv("FORCE_COLOR")[0] && strcmp(getenv("FORCE_COLOR"), "0"))
		return true;
	return isatty(fd) && !(term && !strcmp(term, "dumb"));
}

static void suggest_command(const char *name)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		size_t d = edit_distance(name, c->name);
		if (d < best_d) {
			best_d = d;
			best = c->name;
		}
	}
	cli_errorf("'%s' is not an rdb command", name);
	if (best && best_d <= 3)
		fprintf(stderr, "%shint:%s did you mean '%s'?\n", cli_bold(true), cli_reset(true), best);
	fprintf(stderr, "Run 'rdb --help' for the list of commands.\n");
}

static bool asks_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			return false;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return true;
	}
	return false;
}

int main(int argc, char **argv)
{
	int i = 1;
	const struct cli_command *cmd;

	cli.color_out = want_color(STDOUT_FILENO);
	cli.color_err = want_color(STDERR_FILENO);

	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			print_main_help(stdout);
			return 0;
		} else if (!strcmp(a, "--version") || !strcmp(a, "-v")) {
			printf("rdb %s\n", RDB_VERSION);
			return 0;
		} else if (!strcmp(a, "-C") || !strcmp(a, "--config")) {
			if (i + 1 >= argc) {
				cli_errorf("option '%s' needs a value", a);
				return EXIT_USAGE;
			}
			if (!strcmp(a, "-C")) {
				if (chdir(argv[i + 1]) < 0) {
					cli_errorf("cannot change to folder %s: %s", argv[i + 1], strerror(errno));
					return 1;
				}
			} else {
				cli.config_path = argv[i + 1];
			}
			i++;
		} else {
			const char *globals[] = {"--help", "--version", "--config"};
			const char *best = NULL;
			for (size_t k = 0; k < ARRAY_SIZE(globals); k++)
				if (edit_distance(a, globals[k]) <= 2)
					best = globals[k];
			cli_errorf("unknown option '%s'", a);
			if (best)
				fprintf(stderr, "%shint:%s did you mean '%s'?\n", cli_bold(true), cli_reset(true), best);
			fprintf(stderr, "Run 'rdb --help' for usage.\n");
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		print_main_help(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[i], "help")) {
		if (i + 1 >= argc) {
			print_main_help(stdout);
			return 0;
		}
		cmd = cli_find_command(argv[i + 1]);
		if (!cmd) {
			suggest_command(argv[i + 1]);
			return EXIT_USAGE;
		}
		cli_print_help(stdout, cmd);
		return 0;
	}
	if (!strcmp(argv[i], "version")) {
		printf("rdb %s\n", RDB_VERSION);
		return 0;
	}
	cmd = cli_find_command(argv[i]);
	if (!cmd) {
		suggest_command(argv[i]);
		return EXIT_USAGE;
	}
	if (asks_help(argc - i, argv + i)) {
		cli_print_help(stdout, cmd);
		return 0;
	}
	return cmd->run(argc - i, argv + i);
}
