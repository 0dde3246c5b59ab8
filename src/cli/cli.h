/*
 * cli.h: the command-line layer. Each command is one row of a table (name,
 * function, options, help); the parser checks options against the row and
 * suggests the closest valid one. Commands parse, call library functions,
 * print and return the exit code: 0 success, 1 runtime failure, 2 usage.
 */
#ifndef RDB_CLI_H
#define RDB_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "rdb/error.h"

#define EXIT_USAGE 2
#define CLI_MAX_OPTS 32

struct cli_opt {
	const char *name;     /* long name, without "--" */
	char short_name;      /* 0 when none */
	const char *arg;      /* value placeholder ("FILE"), NULL for a flag */
	const char *help;
};

struct cli_command {
	const char *name;     /* "validate", or "migrate dev" for a subcommand */
	int (*run)(int argc, char **argv);
	const char *group;
	const char *summary;
	const char *usage;    /* after "usage: rdb " */
	const char *description;
	const struct cli_opt *opts; /* terminated by {NULL} */
};

struct cli_args {
	const struct cli_command *cmd;
	const char *values[CLI_MAX_OPTS]; /* value, or "" for a set flag */
	char **pos;
	int npos;
};

struct cli_globals {
	bool color_out, color_err;
	const char *config_path; /* --config */
};
extern struct cli_globals cli;

/* Parses argv[1..] for cmd. On a usage error prints it and returns EXIT_USAGE. */
int cli_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_args *out);
const char *cli_value(const struct cli_args *a, const char *name);
bool cli_flag(const struct cli_args *a, const char *name);

void cli_print_help(FILE *f, const struct cli_command *cmd);
/* "rdb: error: ..." plus the hint, to stderr. Returns 1 (or 2 for usage errors). */
int cli_report(const struct rdb_error *err);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const struct cli_command *cli_find_command(const char *name);
struct psl_schema;
/* Prints a schema's warnings and errors (Prisma's text, file:line:col); returns the error count. */
size_t cli_print_diagnostics(struct psl_schema *s);
/* With RDB_TRACE=1 in the environment: "trace: <ms since start> <phase>" on stderr. */
void cli_trace(const char *phase);
/* Style helpers honouring the colour settings (stdout / stderr). */
const char *cli_bold(bool err);
const char *cli_red(bool err);
const char *cli_green(bool err);
const char *cli_yellow(bool err);
const char *cli_reset(bool err);

/* The command table (main.c) and the commands (cmd_*.c). */
extern const struct cli_command cli_commands[];
int cmd_validate(int argc, char **argv);
int cmd_format(int argc, char **argv);
int cmd_schema(int argc, char **argv);
int cmd_generate(int argc, char **argv);
int cmd_migrate_dev(int argc, char **argv);
int cmd_migrate_diff(int argc, char **argv);
int cmd_db_push(int argc, char **argv);
int cmd_migrate_deploy(int argc, char **argv);
int cmd_migrate_status(int argc, char **argv);
int cmd_migrate_resolve(int argc, char **argv);
int cmd_migrate_reset(int argc, char **argv);
int cmd_migrate_down(int argc, char **argv);
int cmd_migrate_lint(int argc, char **argv);
int cmd_db_seed(int argc, char **argv);
int cmd_db_start(int argc, char **argv);
int cmd_db_stop(int argc, char **argv);
int cmd_db_status(int argc, char **argv);
int cmd_db_url(int argc, char **argv);
int cmd_db_wait(int argc, char **argv);
int cmd_db_execute(int argc, char **argv);
int cmd_db_pull(int argc, char **argv);

#endif
