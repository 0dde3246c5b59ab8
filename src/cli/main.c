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

static const struct cli_opt schema_opts[] = {
	SCHEMA_OPT,
	{"json", 0, NULL, "Print the resolved schema as JSON"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt generate_opts[] = {
	SCHEMA_OPT,
	{"output", 'o', "DIR", "Write the client into DIR instead of the generator's output folder"},
	{"sql", 0, NULL, "Also turn each .sql file of the schema's sql/ folder into a typed function (needs the database)"},
	{"url", 0, "URL", "The database that describes the --sql queries (default: DATABASE_URL or the local one)"},
	{NULL, 0, NULL, NULL},
};

static const struct cli_opt format_opts[] = {
	SCHEMA_OPT,
	{"check", 0, NULL, "Change nothing; exit 1 and list the files that are not formatted"},
	{NULL, 0, NULL, NULL},
};

#define URL_OPT {"url", 0, "URL", "Database URL (default: $DATABASE_URL, or the local database)"}
#define LOCK_OPT {"lock-timeout", 0, "MS", "Wait at most MS milliseconds for the migration lock (default 10000)"}

static const struct cli_opt migrate_deploy_opts[] = {
	SCHEMA_OPT, URL_OPT, LOCK_OPT,
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt migrate_status_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt migrate_resolve_opts[] = {
	SCHEMA_OPT, URL_OPT, LOCK_OPT,
	{"applied", 0, "NAME", "Record migration NAME as applied (you applied it by hand)"},
	{"rolled-back", 0, "NAME", "Record failed migration NAME as rolled back"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt migrate_reset_opts[] = {
	SCHEMA_OPT, URL_OPT, LOCK_OPT,
	{"force", 'f', NULL, "Do not ask for confirmation"},
	{"skip-seed", 0, NULL, "Do not run the seed command afterwards"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt migrate_down_opts[] = {
	SCHEMA_OPT, URL_OPT, LOCK_OPT,
	{"to", 0, "NAME", "Roll back every migration applied after NAME (default: only the last one)"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt migrate_lint_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{"all", 0, NULL, "Lint every migration, not only those the database has not applied"},
	{"no-db", 0, NULL, "Do not connect; check the scripts alone"},
	{NULL, 0, NULL, NULL},
};
#define SHADOW_OPT {"shadow-database-url", 0, "URL", "Shadow database to replay migrations into (default: one rdb creates and keeps on the same server)"}
static const struct cli_opt migrate_dev_opts[] = {
	SCHEMA_OPT, URL_OPT, LOCK_OPT, SHADOW_OPT,
	{"name", 'n', "NAME", "Name of the new migration (folder YYYYMMDDHHMMSS_NAME)"},
	{"create-only", 0, NULL, "Write the migration but do not apply it (edit it, then run migrate dev)"},
	{"accept-data-loss", 0, NULL, "Apply changes that may lose data without asking"},
	{"force", 'f', NULL, "Reset the database when drift or a broken history requires it, then continue"},
	{"skip-seed", 0, NULL, "Accepted for Prisma 6 scripts; rdb runs the seed only from migrate reset and db seed"},
	{"skip-generate", 0, NULL, "Accepted for Prisma 6 scripts; migrate dev does not run generators"},
	{"no-shadow-cache", 0, NULL, "Replay every migration into a fresh shadow database, and drop it afterwards"},
	{NULL, 0, NULL, NULL},
};
#define DIFF_SRC_OPTS(dir, what)                                                                                      \
	{dir "-empty", 0, NULL, "Assume " what " is an empty schema"},                                                \
	{dir "-schema", 0, "PATH", "A Prisma schema file or folder as " what},                                        \
	{dir "-migrations", 0, "DIR", "A migrations folder as " what " (replayed into the shadow database)"},         \
	{dir "-config-datasource", 0, NULL, "The configured database ($DATABASE_URL, --url or local) as " what},      \
	{dir "-url", 0, "URL", "Prisma 6: the database at URL as " what},                                             \
	{dir "-schema-datamodel", 0, "PATH", "Prisma 6: the same as --" dir "-schema"},                               \
	{dir "-schema-datasource", 0, "PATH", "Prisma 6: the database named by that schema's datasource as " what}
static const struct cli_opt migrate_diff_opts[] = {
	SCHEMA_OPT, URL_OPT, SHADOW_OPT,
	DIFF_SRC_OPTS("from", "the source"),
	DIFF_SRC_OPTS("to", "the destination"),
	{"script", 0, NULL, "Print a SQL script instead of the human-readable summary"},
	{"exit-code", 0, NULL, "Exit 0 when there is no difference, 2 when there is one (1 on errors)"},
	{"output", 'o', "FILE", "Write to FILE instead of standard output"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt db_push_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{"accept-data-loss", 0, NULL, "Apply changes that may lose data without asking"},
	{"force-reset", 0, NULL, "Drop everything in the schema first, then push"},
	{"skip-generate", 0, NULL, "Accepted for Prisma 6 scripts; db push does not run generators"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt db_seed_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt db_local_opts[] = {
	{"docker", 0, NULL, "Run PostgreSQL in a Docker container instead of the system's server binaries"},
	{"image", 0, "IMAGE", "Docker image with --docker (default postgres:17)"},
	{"timeout", 0, "SECONDS", "How long to wait for the server to accept connections (default 30)"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt db_pull_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{"print", 0, NULL, "Print the schema to standard output instead of writing the file"},
	{"force", 0, NULL, "Ignore the models of the current schema (keep only its datasource and generators)"},
	{NULL, 0, NULL, NULL},
};
static const struct cli_opt db_execute_opts[] = {
	SCHEMA_OPT, URL_OPT,
	{"file", 0, "FILE", "The SQL script to run"},
	{"stdin", 0, NULL, "Read the script from standard input"},
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
	{"schema", cmd_schema, "Schema", "Show the resolved schema (tables, columns, keys, relations)",
	 "schema [--schema PATH] [--json]",
	 "Validates the schema and prints what it resolves to: database names, native types,\n"
	 "defaults, both sides of every relation, and constraint names as Prisma derives them\n"
	 "(User_pkey, User_email_key, Post_authorId_fkey, ...). --json prints everything.",
	 schema_opts},
	{"generate", cmd_generate, "Client", "Generate the type-safe C client (client.h, client.c, rdb.mk)",
	 "generate [--schema PATH] [--output DIR] [--sql [--url URL]]",
	 "For each generator block with provider = \"rdb-client-c\", writes client.h, client.c\n"
	 "and rdb.mk into its output folder (relative to the schema file holding the block, as\n"
	 "Prisma resolves it; default ../generated/rdb). Other generators are skipped with a\n"
	 "note. The same schema always gives the same bytes. Optional: prefix = \"db\" names\n"
	 "the generated types and functions (db_User, db_User_find_many, ...).\n"
	 "With --sql (Prisma's TypedSQL), each prisma/sql/NAME.sql becomes db_sql_NAME(), its\n"
	 "parameter and column types asked from the database (which must have the tables):\n"
	 "  -- @param {Int} $1:minAge       names and types $1\n"
	 "  -- @param {String} $2:name?     ? makes it nullable (NULL pointer = SQL NULL)\n"
	 "A column is required when read straight from a NOT NULL table column; AS \"x?\" and\n"
	 "AS \"x!\" override that. rdb.mk rebuilds the client when the schema or sql files change.",
	 generate_opts},
	{"migrate dev", cmd_migrate_dev, "Migrations", "Create a migration from schema changes and apply it (development)",
	 "migrate dev [--name NAME] [--create-only] [--url URL] [--shadow-database-url URL]",
	 "Replays prisma/migrations into a shadow database, checks that the development\n"
	 "database matches it (drift, edited or failed migrations: it stops and says why;\n"
	 "--force resets and continues), applies pending migrations, then writes\n"
	 "prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql for what the schema changes,\n"
	 "with Prisma's SQL and warnings, plus a down.sql that reverts it, and applies it.\n"
	 "Changes that may lose data are listed and need confirmation (--accept-data-loss\n"
	 "when not on a terminal). The shadow database is kept between runs and replays only\n"
	 "new migrations. Exit status: 0 done, 1 error, 130 reset needed or cancelled.",
	 migrate_dev_opts},
	{"migrate diff", cmd_migrate_diff, "Migrations", "Compare two schemas (schema, database, migrations, empty)",
	 "migrate diff --from-... X --to-... Y [--script] [--exit-code] [-o FILE]",
	 "Compares a source (--from-...) with a destination (--to-...) and prints a summary\n"
	 "of the differences, or with --script the SQL that turns one into the other, byte\n"
	 "for byte as Prisma 7 writes it. Read-only. Prisma 6's --from-url,\n"
	 "--from-schema-datamodel and --from-schema-datasource (and --to- forms) still work.\n"
	 "Example: rdb migrate diff --from-empty --to-schema prisma --script",
	 migrate_diff_opts},
	{"migrate deploy", cmd_migrate_deploy, "Migrations", "Apply pending migrations (production, CI)",
	 "migrate deploy [--url URL] [--lock-timeout MS]",
	 "Applies the migrations of prisma/migrations that the database has not applied, in\n"
	 "name order, recording each in _prisma_migrations exactly as Prisma does. Each\n"
	 "migration and its record commit in one transaction, so a failure leaves nothing\n"
	 "half-applied; a script that cannot run in a transaction (CREATE INDEX\n"
	 "CONCURRENTLY, ...) runs statement by statement, and rdb says so. Holds Prisma's\n"
	 "advisory lock, so concurrent deploys (rdb or prisma) apply each migration once.",
	 migrate_deploy_opts},
	{"migrate status", cmd_migrate_status, "Migrations", "Compare the migrations folder with the database",
	 "migrate status [--url URL]",
	 "Lists migrations not yet applied, failed ones, and ones the database has but the\n"
	 "folder lacks. Exit status: 0 up to date, 1 otherwise.",
	 migrate_status_opts},
	{"migrate resolve", cmd_migrate_resolve, "Migrations", "Mark a migration as applied or rolled back",
	 "migrate resolve (--applied NAME | --rolled-back NAME) [--url URL]",
	 "Repairs the history after a failed migration, with Prisma's rules: --rolled-back\n"
	 "marks a failed migration as rolled back (deploy will apply it again); --applied\n"
	 "records a migration you applied by hand.",
	 migrate_resolve_opts},
	{"migrate reset", cmd_migrate_reset, "Migrations", "Drop the schema, re-apply every migration, seed",
	 "migrate reset [--force] [--skip-seed] [--url URL]",
	 "Deletes all data: drops and recreates the schema (in one transaction), applies all\n"
	 "migrations, then runs the seed command. Asks first unless --force; refuses when\n"
	 "standard input is not a terminal and --force is not given.",
	 migrate_reset_opts},
	{"migrate down", cmd_migrate_down, "Migrations", "Roll back applied migrations with their down.sql",
	 "migrate down [--to NAME] [--url URL]",
	 "Runs down.sql of the last applied migration (or of every migration after NAME with\n"
	 "--to), newest first. Each script and the record of its rollback commit in one\n"
	 "transaction. 'rdb migrate deploy' applies them again.",
	 migrate_down_opts},
	{"migrate lint", cmd_migrate_lint, "Migrations", "Flag migrations that lose data, fail or lock tables",
	 "migrate lint [NAME...] [--all] [--url URL | --no-db]",
	 "Checks migration scripts for: dropped tables and columns, narrowing type changes,\n"
	 "NOT NULL columns without a default on tables with rows, SET NOT NULL on columns\n"
	 "holding NULLs (errors); index builds without CONCURRENTLY on existing tables and\n"
	 "renames (warnings). By default the migrations the database has not applied are\n"
	 "checked against its live schema. Allow a rule in a script with a comment:\n"
	 "-- rdb-lint: allow drop-column. Exit status 1 when there are errors.",
	 migrate_lint_opts},
	{"db start", cmd_db_start, "Local database", "Start the project's local PostgreSQL (in .rdb/)",
	 "db start [--docker [--image IMAGE]] [--timeout SECONDS]",
	 "Runs a throwaway PostgreSQL from the system's server binaries, kept in .rdb/pg, on\n"
	 "127.0.0.1 and a Unix socket, on a port it remembers. Idempotent. Prints the\n"
	 "DATABASE_URL. As root, the server runs as the postgres system user.",
	 db_local_opts},
	{"db stop", cmd_db_stop, "Local database", "Stop the local database", "db stop", NULL, db_local_opts},
	{"db status", cmd_db_status, "Local database", "Is the local database running? (exit 1 if not)",
	 "db status", NULL, db_local_opts},
	{"db url", cmd_db_url, "Local database", "Print the local database's URL", "db url", NULL, db_local_opts},
	{"db wait", cmd_db_wait, "Local database", "Wait until the local database accepts connections",
	 "db wait [--timeout SECONDS]", NULL, db_local_opts},
	{"db push", cmd_db_push, "Database", "Make the database match the schema, without migrations",
	 "db push [--accept-data-loss] [--force-reset] [--url URL]",
	 "Computes what the database lacks against the schema and applies it in one\n"
	 "transaction (no migration files). Changes that may lose data are listed and need\n"
	 "--accept-data-loss (or a yes on a terminal); changes that cannot run on the\n"
	 "existing rows need --force-reset, which drops everything in the schema first.",
	 db_push_opts},
	{"db seed", cmd_db_seed, "Database", "Run the seed command of rdb.toml", "db seed [--url URL]",
	 "Runs [seed] command from rdb.toml with the database URL in the environment.", db_seed_opts},
	{"db execute", cmd_db_execute, "Database", "Run a SQL script against the database",
	 "db execute (--file FILE | --stdin) [--url URL]", NULL, db_execute_opts},
	{"db pull", cmd_db_pull, "Database", "Write the database's tables into the schema, as prisma db pull does",
	 "db pull [--schema PATH] [--url URL] [--print] [--force]",
	 "Introspects the database and rewrites the schema file: models, enums, relations,\n"
	 "native types, defaults, indexes and names mapped the way Prisma 7 does, with its\n"
	 "warnings. The datasource and generator blocks are kept; so are the names, @map,\n"
	 "@updatedAt and /// comments of models and fields that still match (not with\n"
	 "--force). An empty database fails with P4001. PostgreSQL only.",
	 db_pull_opts},
	{NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};

/* Command groups: "rdb migrate" alone lists its subcommands. */
static bool is_group(const char *word)
{
	size_t n = strlen(word);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (!strncmp(c->name, word, n) && c->name[n] == ' ')
			return true;
	return false;
}

static void print_group_help(FILE *f, const char *group)
{
	size_t n = strlen(group);
	fprintf(f, "usage: rdb %s <command> [<args>]\n\n", group);
	for (const struct cli_command *c = cli_commands; c->name; c++)
		if (!strncmp(c->name, group, n) && c->name[n] == ' ')
			fprintf(f, "   %-18s %s\n", c->name, c->summary);
	fprintf(f, "\nRun 'rdb help %s <command>' for a command's options.\n", group);
}

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
		fprintf(f, "   %-18s %s\n", c->name, c->summary);
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
		char name[128];
		if (i + 1 >= argc) {
			print_main_help(stdout);
			return 0;
		}
		if (is_group(argv[i + 1]) && i + 2 >= argc) {
			print_group_help(stdout, argv[i + 1]);
			return 0;
		}
		if (is_group(argv[i + 1]))
			snprintf(name, sizeof(name), "%s %s", argv[i + 1], argv[i + 2]);
		else
			snprintf(name, sizeof(name), "%s", argv[i + 1]);
		cmd = cli_find_command(name);
		if (!cmd) {
			suggest_command(name);
			return EXIT_USAGE;
		}
		cli_print_help(stdout, cmd);
		return 0;
	}
	if (!strcmp(argv[i], "version")) {
		printf("rdb %s\n", RDB_VERSION);
		return 0;
	}
	if (is_group(argv[i])) {
		char name[128];
		if (i + 1 >= argc || argv[i + 1][0] == '-') {
			bool help = i + 1 < argc && (!strcmp(argv[i + 1], "--help") || !strcmp(argv[i + 1], "-h"));
			print_group_help(help ? stdout : stderr, argv[i]);
			return help ? 0 : EXIT_USAGE;
		}
		snprintf(name, sizeof(name), "%s %s", argv[i], argv[i + 1]);
		cmd = cli_find_command(name);
		if (!cmd) {
			suggest_command(name);
			return EXIT_USAGE;
		}
		i++;
	} else {
		cmd = cli_find_command(argv[i]);
	}
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
