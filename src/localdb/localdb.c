/* localdb.c: the embedded-default local PostgreSQL. */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "localdb.h"
#include "sql/pg/pq.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/proc.h"
#include "util/strbuf.h"
#include "util/util.h"

#define SERVER_USER "postgres"

struct paths {
	char base[512];   /* <root>/.rdb/pg */
	char data[600];
	char port[600];
	char password[600];
	char log[600];
	char sock[600];
	char where[600];  /* <base>/location: where data lives when not under base */
	char docker[600]; /* <base>/docker: the image, when the database runs in a container */
};

static bool as_root(void)
{
	return geteuid() == 0;
}

/* Can the server user reach (search) every folder down to path? */
static bool server_can_reach(const char *path)
{
	uid_t uid;
	gid_t gid;
	char *p, *s;
	bool ok = true;
	if (!as_root())
		return true;
	if (!proc_user_ids(SERVER_USER, &uid, &gid))
		return false;
	p = realpath(path, NULL);
	if (!p)
		return false;
	for (s = p; ok && s; s = strchr(s + 1, '/')) {
		struct stat st;
		char c = s[1];
		s[1] = '\0';
		if (stat(p, &st) < 0 || !(st.st_mode & S_IXOTH))
			ok = st.st_uid == uid || (st.st_gid == gid && (st.st_mode & S_IXGRP));
		s[1] = c;
		if (!c)
			break;
	}
	free(p);
	return ok;
}

static void paths_init(struct paths *p, const char *root)
{
	/* Absolute paths: the server tools run from "/" as another user. */
	char *abs = realpath(root, NULL);
	snprintf(p->base, sizeof(p->base), "%s/.rdb/pg", abs ? abs : root);
	free(abs);
	snprintf(p->port, sizeof(p->port), "%s/port", p->base);
	snprintf(p->password, sizeof(p->password), "%s/password", p->base);
	snprintf(p->where, sizeof(p->where), "%s/location", p->base);
	snprintf(p->docker, sizeof(p->docker), "%s/docker", p->base);
	snprintf(p->data, sizeof(p->data), "%s/data", p->base);
	snprintf(p->log, sizeof(p->log), "%s/server.log", p->base);
	snprintf(p->sock, sizeof(p->sock), "%s", p->base);
	/* A data folder moved out of an unreachable project (see start). */
	{
		struct strbuf sb = STRBUF_INIT;
		if (fs_read_file(p->where, &sb) == 0 && sb.len) {
			strbuf_rtrim(&sb);
			snprintf(p->data, sizeof(p->data), "%s/data", sb.buf);
			snprintf(p->log, sizeof(p->log), "%s/server.log", sb.buf);
			snprintf(p->sock, sizeof(p->sock), "%s", sb.buf);
		}
		strbuf_release(&sb);
	}
}

static int read_int_file(const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	int v = 0;
	if (fs_read_file(path, &sb) == 0)
		v = atoi(sb.buf);
	strbuf_release(&sb);
	return v;
}

static int write_text(const char *path, const char *text, mode_t mode, struct rdb_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
	size_t n = strlen(text);
	if (fd < 0 || write(fd, text, n) != (ssize_t)n) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		return rdb_error_set(err, RDB_ERR_IO, "cannot write %s: %s", path, strerror(e));
	}
	close(fd);
	return 0;
}

/* The newest installed server's bin folder (initdb, pg_ctl). */
static int find_bindir(char *out, size_t n, struct rdb_error *err)
{
	DIR *d = opendir("/usr/lib/postgresql");
	struct dirent *de;
	int best = 0;
	if (d) {
		while ((de = readdir(d))) {
			int v = atoi(de->d_name);
			char path[300];
			if (strlen(de->d_name) > 32)
				continue;
			snprintf(path, sizeof(path), "/usr/lib/postgresql/%s/bin/initdb", de->d_name);
			if (v > best && access(path, X_OK) == 0) {
				best = v;
				snprintf(out, n, "/usr/lib/postgresql/%.32s/bin", de->d_name);
			}
		}
		closedir(d);
	}
	if (best)
		return 0;
	if (access("/usr/bin/initdb", X_OK) == 0 && access("/usr/bin/pg_ctl", X_OK) == 0) {
		snprintf(out, n, "/usr/bin");
		return 0;
	}
	rdb_error_set(err, RDB_ERR_CONFIG, "no PostgreSQL server binaries found (initdb, pg_ctl)");
	rdb_error_hint(err, "install them with 'apt-get install postgresql' (make deps does), or use --docker, or set DATABASE_URL to a server you run");
	return -1;
}

static int free_port(void)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), port = 0;
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	if (fd < 0)
		return 0;
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0 && getsockname(fd, (struct sockaddr *)&a, &len) == 0)
		port = ntohs(a.sin_port);
	close(fd);
	return port;
}

/*
 * Can a server listen on port? Bound with SO_REUSEADDR as PostgreSQL binds
 * it, so connections of a server that just died, lingering in TIME_WAIT,
 * do not make the remembered port look taken (a listener still does).
 */
static bool port_free(int port)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
	struct sockaddr_in a;
	bool ok;
	if (fd < 0)
		return false;
	(void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = htons((uint16_t)port);
	ok = bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
	close(fd);
	return ok;
}

static void random_password(char *out, size_t n)
{
	char uuid[UUID_STR_LEN + 1];
	size_t k = 0;
	uuid_v4(uuid);
	for (size_t i = 0; uuid[i] && k + 1 < n; i++)
		if (uuid[i] != '-')
			out[k++] = uuid[i];
	out[k] = '\0';
}

/* The postmaster's pid when its pid file names a live process, else 0. */
static long live_pid(const struct paths *p, bool *stale)
{
	char pidfile[700];
	long pid;
	*stale = false;
	snprintf(pidfile, sizeof(pidfile), "%s/postmaster.pid", p->data);
	pid = read_int_file(pidfile);
	if (pid <= 0)
		return 0;
	if (kill((pid_t)pid, 0) == 0 || errno == EPERM)
		return pid;
	*stale = true;
	return 0;
}

static void fill_url(const struct paths *p, struct localdb_info *info)
{
	struct strbuf pw = STRBUF_INIT;
	fs_read_file(p->password, &pw);
	strbuf_rtrim(&pw);
	snprintf(info->url, sizeof(info->url), "postgresql://postgres:%s@127.0.0.1:%d/%s?schema=public", pw.buf,
		 info->port, LOCALDB_DATABASE);
	strbuf_release(&pw);
	snprintf(info->dir, sizeof(info->dir), "%s", p->base);
	snprintf(info->socket_dir, sizeof(info->socket_dir), "%s", p->sock);
}

bool localdb_exists(const char *root)
{
	struct paths p;
	paths_init(&p, root);
	return fs_exists(p.port);
}

static int run_server_tool(char *const argv[], struct strbuf *out, int timeout_s)
{
	struct proc_opts o = {as_root() ? SERVER_USER : NULL, "/", out, timeout_s};
	return proc_run(argv, &o);
}

static int tool_failed(struct rdb_error *err, const char *what, struct strbuf *out)
{
	char line[400] = "";
	const char *p = out->buf, *nl;
	/* the last non-empty line says most */
	while (*p) {
		nl = strchr(p, '\n');
		if (nl != p)
			snprintf(line, sizeof(line), "%.*s", (int)(nl ? nl - p : (long)strlen(p)), p);
		if (!nl)
			break;
		p = nl + 1;
	}
	return rdb_error_set(err, RDB_ERR_INTERNAL, "%s failed: %s", what, line);
}

static int ping(const struct localdb_info *info, int wait_s)
{
	struct rdb_error load_err;
	char port[16];
	const char *keys[] = {"host", "port", "dbname", "connect_timeout", NULL};
	const char *vals[] = {"127.0.0.1", port, "postgres", "2", NULL};
	time_t deadline = time(NULL) + wait_s;
	if (rdb_pq_load(&load_err) < 0)
		return -1;
	snprintf(port, sizeof(port), "%d", info->port);
	for (;;) {
		PGPing r = PQpingParams(keys, vals, 0);
		if (r == PQPING_OK || r == PQPING_REJECT)
			return r == PQPING_OK ? 0 : -1;
		if (time(NULL) >= deadline)
			return -1;
		usleep(100 * 1000);
	}
}

static int ensure_database(const struct localdb_info *info, struct rdb_error *err)
{
	char port[16];
	struct strbuf pw = STRBUF_INIT;
	const char *keys[] = {"host", "port", "dbname", "user", "password", NULL};
	if (rdb_pq_load(err) < 0)
		return -1;
	const char *vals[6];
	PGconn *c;
	PGresult *r;
	int rc = 0;
	snprintf(port, sizeof(port), "%d", info->port);
	{
		/* the password file sits in info->dir */
		char path[700];
		snprintf(path, sizeof(path), "%s/password", info->dir);
		fs_read_file(path, &pw);
		strbuf_rtrim(&pw);
	}
	vals[0] = "127.0.0.1";
	vals[1] = port;
	vals[2] = "postgres";
	vals[3] = "postgres";
	vals[4] = pw.buf;
	vals[5] = NULL;
	c = PQconnectdbParams(keys, vals, 0);
	if (PQstatus(c) != CONNECTION_OK) {
		rc = rdb_error_set(err, RDB_ERR_CONNECT, "cannot connect to the local database: %s", PQerrorMessage(c));
		goto out;
	}
	r = PQexec(c, "SELECT 1 FROM pg_database WHERE datname = '" LOCALDB_DATABASE "'");
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 0) {
		PQclear(r);
		r = PQexec(c, "CREATE DATABASE \"" LOCALDB_DATABASE "\"");
		/* a concurrent start may have created it first */
		if (PQresultStatus(r) != PGRES_COMMAND_OK && !strstr(PQerrorMessage(c), "already exists"))
			rc = rdb_error_set(err, RDB_ERR_DATABASE, "cannot create database %s: %s", LOCALDB_DATABASE,
					   PQerrorMessage(c));
	}
	PQclear(r);
out:
	PQfinish(c);
	strbuf_release(&pw);
	return rc;
}

/* The container of the project at root: "rdb-" and 12 hex digits of its path's hash. */
static void container_name(const char *root, char name[64])
{
	char hash[SHA256_HEX_LEN + 1];
	char *rp = realpath(root, NULL);
	sha256_hex(rp ? rp : root, strlen(rp ? rp : root), hash);
	free(rp);
	snprintf(name, 64, "rdb-%.12s", hash);
}

/* Runs docker with argv; 0, or the error (with what docker said) set. */
static int docker_run_cmd(char **argv, const char *what, int timeout_s, struct strbuf *out, struct rdb_error *err)
{
	struct proc_opts po = {NULL, NULL, out, timeout_s};
	strbuf_reset(out);
	if (proc_run(argv, &po) != 0) {
		tool_failed(err, what, out);
		return -1;
	}
	return 0;
}

/*
 * The database in a container named after the project (image postgres:17
 * unless --image): reused when it runs, started again when it exists
 * (its data is still in it), created otherwise. The port and password are
 * kept under .rdb/pg like those of the native server.
 */
static int docker_start(const struct localdb_opts *o, const struct paths *pp, struct localdb_info *info,
			struct rdb_error *err)
{
	struct strbuf out = STRBUF_INIT;
	char *argv[] = {"docker", "info", "--format", "{{.ServerVersion}}", NULL};
	struct proc_opts po = {NULL, NULL, &out, 20};
	struct paths p;
	char name[64], portmap[64], pwenv[128], pw[40], text[32];
	const char *image = o->image ? o->image : "postgres:17";
	int rc = proc_run(argv, &po);
	if (rc != 0) {
		char line[300] = "";
		const char *m = strstr(out.buf, "Cannot connect") ? strstr(out.buf, "Cannot connect") : out.buf;
		snprintf(line, sizeof(line), "%.*s", (int)strcspn(m, "\n"), m);
		rdb_error_set(err, RDB_ERR_CONFIG, "no Docker engine is reachable%s%s",
			      rc < 0 ? " (the docker command is not installed)" : ": ", rc < 0 ? "" : line);
		rdb_error_hint(err, "start Docker, or drop --docker to run PostgreSQL from the system's server binaries");
		strbuf_release(&out);
		return -1;
	}
	p = *pp;
	container_name(o->root, name);
	if (fs_is_dir(p.data)) {
		strbuf_release(&out);
		rdb_error_set(err, RDB_ERR_CONFIG,
			      "this project's local database runs from the system's server binaries (%s)", p.data);
		rdb_error_hint(err, "keep using it ('rdb db start'), or 'rdb db stop' and remove %s to start over "
				    "in Docker (its data goes with it)",
			       p.base);
		return -1;
	}
	if (fs_mkdirs(p.base, 0755) < 0) {
		strbuf_release(&out);
		return rdb_error_set(err, RDB_ERR_IO, "cannot create %s: %s", p.base, strerror(errno));
	}
	if (!fs_exists(p.password)) {
		random_password(pw, sizeof(pw));
		if (write_text(p.password, pw, 0600, err) < 0)
			goto fail;
	} else {
		struct strbuf sb = STRBUF_INIT;
		fs_read_file(p.password, &sb);
		strbuf_rtrim(&sb);
		snprintf(pw, sizeof(pw), "%s", sb.buf);
		strbuf_release(&sb);
	}
	info->port = read_int_file(p.port);
	{
		char *inspect[] = {"docker", "inspect", "--format", "{{.State.Running}}", name, NULL};
		struct proc_opts pi = {NULL, NULL, &out, 30};
		strbuf_reset(&out);
		rc = proc_run(inspect, &pi);
	}
	if (rc == 0 && info->port && !strncmp(out.buf, "true", 4)) {
		info->already_running = true;
	} else if (rc == 0 && info->port) {
		char *start[] = {"docker", "start", name, NULL};
		if (docker_run_cmd(start, "docker start", 120, &out, err) < 0)
			goto fail;
	} else {
		char *rm[] = {"docker", "rm", "-f", name, NULL};
		char *run[] = {"docker", "run", "-d", "--name", name, "-e", pwenv, "-e",
			       "POSTGRES_DB=" LOCALDB_DATABASE, "-p", portmap, (char *)image, NULL};
		struct proc_opts prm = {NULL, NULL, &out, 60};
		if (!info->port || !port_free(info->port))
			info->port = free_port();
		snprintf(portmap, sizeof(portmap), "127.0.0.1:%d:5432", info->port);
		snprintf(pwenv, sizeof(pwenv), "POSTGRES_PASSWORD=%s", pw);
		proc_run(rm, &prm); /* a container without our port file is not ours to keep */
		if (docker_run_cmd(run, "docker run", 300, &out, err) < 0)
			goto fail;
	}
	snprintf(text, sizeof(text), "%d\n", info->port);
	if (write_text(p.port, text, 0644, err) < 0 || write_text(p.docker, image, 0644, err) < 0)
		goto fail;
	strbuf_release(&out);
	info->docker = true;
	info->running = true;
	fill_url(&p, info);
	if (ping(info, o->wait_s > 0 ? o->wait_s : 60) < 0)
		return rdb_error_set(err, RDB_ERR_TIMEOUT, "the container %s did not accept connections in time", name);
	return 0;
fail:
	strbuf_release(&out);
	return -1;
}

int localdb_start(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err)
{
	struct paths p;
	char bindir[320];
	bool stale;
	long pid;
	struct strbuf out = STRBUF_INIT;
	int rc = -1;

	memset(info, 0, sizeof(*info));
	paths_init(&p, o->root);
	if (o->docker || (fs_exists(p.docker) && !fs_is_dir(p.data))) {
		struct localdb_opts d = *o;
		struct strbuf img = STRBUF_INIT;
		if (!o->image && fs_read_file(p.docker, &img) == 0 && img.len) {
			strbuf_rtrim(&img);
			d.image = img.buf;
		}
		rc = docker_start(&d, &p, info, err);
		strbuf_release(&img);
		return rc;
	}
	if (find_bindir(bindir, sizeof(bindir), err) < 0)
		return -1;
	if (fs_mkdirs(p.base, 0755) < 0)
		return rdb_error_set(err, RDB_ERR_IO, "cannot create %s: %s", p.base, strerror(errno));
	{
		/* .rdb/ ignores itself, so the project's .gitignore need not change */
		char gi[600];
		snprintf(gi, sizeof(gi), "%s/.rdb/.gitignore", o->root);
		if (!fs_exists(gi) && write_text(gi, "*\n", 0644, err) < 0)
			return -1;
	}

	if (!fs_is_dir(p.data)) {
		char pwfile[700];
		char pw[40];
		/* As root the server user must reach the data folder; if the project
		 * sits under a private folder (/root), keep the cluster elsewhere. */
		if (!server_can_reach(p.base)) {
			char hash[SHA256_HEX_LEN + 1], alt[300];
			char *rp = realpath(o->root, NULL);
			sha256_hex(rp, strlen(rp), hash);
			free(rp);
			snprintf(alt, sizeof(alt), "/var/tmp/rdb-pg-%.16s", hash);
			if (fs_mkdirs(alt, 0755) < 0)
				return rdb_error_set(err, RDB_ERR_IO, "cannot create %s: %s", alt, strerror(errno));
			if (write_text(p.where, alt, 0644, err) < 0)
				return -1;
			paths_init(&p, o->root);
		}
		random_password(pw, sizeof(pw));
		if (write_text(p.password, pw, 0600, err) < 0)
			return -1;
		snprintf(pwfile, sizeof(pwfile), "%s/pwfile", p.sock);
		if (write_text(pwfile, pw, 0600, err) < 0)
			return -1;
		if (as_root()) {
			uid_t uid;
			gid_t gid;
			char *dir = xstrndup(p.data, strlen(p.data) - strlen("/data"));
			if (!proc_user_ids(SERVER_USER, &uid, &gid)) {
				free(dir);
				return rdb_error_set(err, RDB_ERR_CONFIG,
						     "running as root, but there is no '%s' user to run the server as",
						     SERVER_USER);
			}
			/* the socket folder and pwfile go to the server user; data is created by it */
			if (chown(dir, uid, gid) < 0 || chown(pwfile, uid, gid) < 0) {
				free(dir);
				return rdb_error_set(err, RDB_ERR_IO, "cannot hand %s to %s: %s", p.sock, SERVER_USER,
						     strerror(errno));
			}
			free(dir);
		}
		{
			char initdb[400], pwarg[720], darg[640];
			char *argv[] = {initdb, "-D", darg, "-U", "postgres", "--auth-local=scram-sha-256",
					"--auth-host=scram-sha-256", pwarg, "-E", "UTF8", "--locale=C.UTF-8", NULL};
			snprintf(initdb, sizeof(initdb), "%s/initdb", bindir);
			snprintf(darg, sizeof(darg), "%s", p.data);
			snprintf(pwarg, sizeof(pwarg), "--pwfile=%s", pwfile);
			if (run_server_tool(argv, &out, 120) != 0) {
				tool_failed(err, "initdb", &out);
				unlink(pwfile);
				goto out;
			}
		}
		unlink(pwfile);
	}

	pid = live_pid(&p, &stale);
	info->port = read_int_file(p.port);
	if (pid) {
		info->running = info->already_running = true;
		info->pid = pid;
		fill_url(&p, info);
		rc = ping(info, o->wait_s > 0 ? o->wait_s : 30) < 0
			     ? rdb_error_set(err, RDB_ERR_TIMEOUT, "the local database (pid %ld) does not accept connections", pid)
			     : 0;
		goto out;
	}
	if (stale) {
		char pidfile[700];
		snprintf(pidfile, sizeof(pidfile), "%s/postmaster.pid", p.data);
		unlink(pidfile); /* left by a crash: the process is gone */
	}
	if (!info->port || !port_free(info->port))
		info->port = free_port();
	{
		char text[32];
		snprintf(text, sizeof(text), "%d\n", info->port);
		if (write_text(p.port, text, 0644, err) < 0)
			goto out;
	}
	{
		char pg_ctl[400], dopt[640], lopt[640], oopt[1400];
		char *argv[] = {pg_ctl, "start", "-D", dopt, "-l", lopt, "-w", "-t", "60", "-o", oopt, NULL};
		snprintf(pg_ctl, sizeof(pg_ctl), "%s/pg_ctl", bindir);
		snprintf(dopt, sizeof(dopt), "%s", p.data);
		snprintf(lopt, sizeof(lopt), "%s", p.log);
		snprintf(oopt, sizeof(oopt), "-p %d -k '%s' -c listen_addresses=127.0.0.1", info->port, p.sock);
		strbuf_reset(&out);
		if (run_server_tool(argv, &out, 90) != 0) {
			struct strbuf log = STRBUF_INIT;
			fs_read_file(p.log, &log);
			strbuf_addbuf(&out, &log);
			strbuf_release(&log);
			tool_failed(err, "starting PostgreSQL", &out);
			rdb_error_hint(err, "see %s", p.log);
			goto out;
		}
	}
	info->running = true;
	info->pid = live_pid(&p, &stale);
	fill_url(&p, info);
	if (ping(info, o->wait_s > 0 ? o->wait_s : 30) < 0) {
		rdb_error_set(err, RDB_ERR_TIMEOUT, "the local database started but does not accept connections");
		rdb_error_hint(err, "see %s", p.log);
		goto out;
	}
	rc = ensure_database(info, err);
out:
	strbuf_release(&out);
	return rc;
}

int localdb_status(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err)
{
	struct paths p;
	bool stale;
	memset(info, 0, sizeof(*info));
	paths_init(&p, o->root);
	if (!fs_exists(p.port)) {
		rdb_error_set(err, RDB_ERR_NOT_FOUND, "this project has no local database yet");
		rdb_error_hint(err, "run 'rdb db start'");
		return -1;
	}
	info->port = read_int_file(p.port);
	info->pid = live_pid(&p, &stale);
	info->running = info->pid > 0;
	if (!fs_is_dir(p.data)) { /* a docker database keeps no data folder here */
		info->docker = true;
		info->running = ping(info, 0) == 0;
	}
	fill_url(&p, info);
	if (info->running) {
		char ver[700];
		struct strbuf sb = STRBUF_INIT;
		snprintf(ver, sizeof(ver), "%s/PG_VERSION", p.data);
		if (fs_read_file(ver, &sb) == 0) {
			strbuf_rtrim(&sb);
			snprintf(info->version, sizeof(info->version), "%s", sb.buf);
		}
		strbuf_release(&sb);
	}
	return 0;
}

int localdb_wait(const struct localdb_opts *o, struct localdb_info *info, struct rdb_error *err)
{
	if (localdb_status(o, info, err) < 0)
		return -1;
	if (ping(info, o->wait_s > 0 ? o->wait_s : 30) < 0)
		return rdb_error_set(err, RDB_ERR_TIMEOUT, "the local database does not accept connections on port %d",
				     info->port);
	info->running = true;
	return 0;
}

int localdb_stop(const struct localdb_opts *o, struct rdb_error *err)
{
	struct paths p;
	char bindir[320];
	bool stale;
	struct strbuf out = STRBUF_INIT;
	paths_init(&p, o->root);
	if (!fs_is_dir(p.data)) {
		if (fs_exists(p.port)) { /* docker: stop the container, keeping it (and the data) for the next start */
			char name[64];
			char *argv[] = {"docker", "stop", name, NULL};
			int rc;
			container_name(o->root, name);
			rc = docker_run_cmd(argv, "docker stop", 120, &out, err);
			if (rc < 0 && strstr(out.buf, "No such container"))
				rc = 0; /* gone already */
			strbuf_release(&out);
			return rc;
		}
		return 0;
	}
	if (!live_pid(&p, &stale))
		return 0; /* not running: stopping is idempotent */
	if (find_bindir(bindir, sizeof(bindir), err) < 0)
		return -1;
	{
		char pg_ctl[400], dopt[640];
		char *argv[] = {pg_ctl, "stop", "-D", dopt, "-m", "fast", "-w", "-t", "60", NULL};
		snprintf(pg_ctl, sizeof(pg_ctl), "%s/pg_ctl", bindir);
		snprintf(dopt, sizeof(dopt), "%s", p.data);
		if (run_server_tool(argv, &out, 90) != 0) {
			tool_failed(err, "stopping PostgreSQL", &out);
			strbuf_release(&out);
			return -1;
		}
	}
	strbuf_release(&out);
	return 0;
}
