/* cmd_db.c: rdb db start|stop|status|url|wait|execute. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dbconn.h"
#include "localdb/localdb.h"
#include "util/fs.h"
#include "util/strbuf.h"

/* Parses options and loads the project; 0 or an exit code. */
static int setup(const char *name, int argc, char **argv, struct cli_args *a, struct rdb_project *p)
{
	struct rdb_error err;
	int rc = cli_parse(cli_find_command(name), argc, argv, a);
	if (rc)
		return rc;
	if (a->npos) {
		cli_errorf("rdb %s takes no arguments (got '%s')", name, a->pos[0]);
		return EXIT_USAGE;
	}
	if (rdb_project_load(p, cli.config_path, cli_value(a, "schema"), &err) < 0)
		return cli_report(&err);
	return 0;
}

static struct localdb_opts opts_of(const struct cli_args *a, const struct rdb_project *p)
{
	struct localdb_opts o = {p->root, cli_flag(a, "docker"), cli_value(a, "image"), 30};
	const char *t = cli_value(a, "timeout");
	if (t)
		o.wait_s = atoi(t);
	return o;
}

int cmd_db_start(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db start", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	if (cli_value(&a, "image") && !cli_flag(&a, "docker")) {
		cli_errorf("--image only applies with --docker");
		rc = EXIT_USAGE;
		goto out;
	}
	o = opts_of(&a, &p);
	if (localdb_start(&o, &info, &err) < 0) {
		rc = cli_report(&err);
		goto out;
	}
	if (info.already_running)
		printf("The local database is already running on 127.0.0.1:%d (pid %ld).\n", info.port, info.pid);
	else if (info.docker)
		printf("Started PostgreSQL in Docker on 127.0.0.1:%d.\n", info.port);
	else
		printf("Started PostgreSQL on 127.0.0.1:%d (socket in %s, data in %s).\n", info.port, info.socket_dir,
		       info.dir);
	printf("DATABASE_URL=\"%s\"\n", info.url);
	rc = 0;
out:
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_stop(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db stop", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (!localdb_exists(p.root)) {
		printf("This project has no local database.\n");
	} else if (localdb_stop(&o, &err) < 0) {
		rc = cli_report(&err);
	} else {
		printf("The local database is stopped.\n");
	}
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_status(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db status", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_status(&o, &info, &err) < 0) {
		printf("No local database: %s.\n", err.message);
		rc = 1;
	} else if (info.running) {
		printf("running: PostgreSQL%s%s on 127.0.0.1:%d", info.version[0] ? " " : "", info.version, info.port);
		if (info.pid)
			printf(" (pid %ld)", info.pid);
		printf("\ndata: %s\nDATABASE_URL=\"%s\"\n", info.dir, info.url);
	} else {
		printf("stopped (data in %s); start it with 'rdb db start'\n", info.dir);
		rc = 1;
	}
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_url(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db url", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_status(&o, &info, &err) < 0)
		rc = cli_report(&err);
	else
		printf("%s\n", info.url);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_wait(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct localdb_info info;
	struct localdb_opts o;
	struct rdb_error err;
	int rc = setup("db wait", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	o = opts_of(&a, &p);
	if (localdb_wait(&o, &info, &err) < 0)
		rc = cli_report(&err);
	else
		printf("The local database accepts connections on 127.0.0.1:%d.\n", info.port);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}

int cmd_db_execute(int argc, char **argv)
{
	struct cli_args a;
	struct rdb_project p;
	struct pg_target t;
	struct strbuf sql = STRBUF_INIT;
	struct rdb_error err;
	PGconn *c = NULL;
	const char *file;
	int rc = setup("db execute", argc, argv, &a, &p);
	if (rc)
		goto out_args;
	file = cli_value(&a, "file");
	if (!!file == cli_flag(&a, "stdin")) {
		cli_errorf("rdb db execute needs exactly one of --file FILE or --stdin");
		rc = EXIT_USAGE;
		goto out;
	}
	if (file ? fs_read_file(file, &sql) < 0 : fs_read_file("/dev/stdin", &sql) < 0) {
		cli_errorf("cannot read %s: %s", file ? file : "standard input", strerror(errno));
		rc = 1;
		goto out;
	}
	rc = cli_open_database(&p, cli_value(&a, "url"), false, true, &t, &c);
	if (rc)
		goto out;
	if (pg_exec(c, sql.buf, &err) < 0) {
		rc = cli_report(&err);
	} else {
		printf("Script executed successfully.\n");
	}
	PQfinish(c);
	pg_target_release(&t);
out:
	strbuf_release(&sql);
	rdb_project_release(&p);
out_args:
	free(a.pos);
	return rc;
}
