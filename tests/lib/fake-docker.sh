#!/bin/sh
# fake-docker.sh: a stand-in for the `docker` command, for testing rdb's
# Docker path where no Docker engine can run (no daemon, and no registry to
# pull postgres images from). Installed as `docker` first on PATH by the
# test. It records every call in $FAKE_DOCKER_DIR/calls and serves a
# "container" with the system's PostgreSQL: `run -p 127.0.0.1:PORT:5432 -e
# POSTGRES_PASSWORD=... -e POSTGRES_DB=...` initdb's a cluster with that
# password (scram) and database, listening on PORT; inspect, start, stop
# and rm -f act on it; its data lives in $FAKE_DOCKER_DIR/<name>/ until rm.
# It checks what the official postgres image needs and fails like docker
# (exit 125) on anything else.
. "$FAKE_DOCKER_ROOT/tests/lib/pg.sh"
: "${FAKE_DOCKER_DIR:?}"
echo "$*" >>"$FAKE_DOCKER_DIR/calls"
bin=$(pg_test_bindir) || { echo "fake docker: no PostgreSQL server binaries" >&2; exit 125; }
c_start() { # DIR
	pg_test_as "'$bin/pg_ctl' -D '$1/data' -l '$1/log' -w -t 60 -o \"-p $(cat "$1/port") -k '$1' -c listen_addresses=127.0.0.1\" start >/dev/null"
}
c_running() { [ -f "$1/data/postmaster.pid" ]; }
c_stop() { c_running "$1" && pg_test_as "'$bin/pg_ctl' -D '$1/data' -m fast -w stop >/dev/null"; return 0; }
case $1 in
info)
	echo "28.0.0-fake" ;;
inspect)
	d=$FAKE_DOCKER_DIR/$5
	[ -d "$d" ] || { echo "Error: No such object: $5" >&2; exit 1; }
	if c_running "$d"; then echo true; else echo false; fi ;;
start)
	d=$FAKE_DOCKER_DIR/$2
	[ -d "$d" ] || { echo "Error response from daemon: No such container: $2" >&2; exit 1; }
	c_running "$d" || c_start "$d" || exit 1
	echo "$2" ;;
stop)
	d=$FAKE_DOCKER_DIR/$2
	[ -d "$d" ] || { echo "Error response from daemon: No such container: $2" >&2; exit 1; }
	c_stop "$d"
	echo "$2" ;;
rm)
	[ "$2" = -f ] || { echo "fake docker: rm without -f" >&2; exit 125; }
	d=$FAKE_DOCKER_DIR/$3
	[ -d "$d" ] || { echo "Error response from daemon: No such container: $3" >&2; exit 1; }
	c_stop "$d"
	rm -rf "$d"
	echo "$3" ;;
run)
	shift
	name= pw= db= port= detach=
	while [ $# -gt 1 ]; do
		case $1 in
		-d) detach=1; shift ;;
		--name) name=$2; shift 2 ;;
		-e) case $2 in POSTGRES_PASSWORD=*) pw=${2#*=} ;; POSTGRES_DB=*) db=${2#*=} ;; *) echo "fake docker: env $2" >&2; exit 125 ;; esac; shift 2 ;;
		-p) port=${2#127.0.0.1:}; port=${port%:5432}; shift 2 ;;
		*) echo "fake docker: unexpected option $1" >&2; exit 125 ;;
		esac
	done
	image=$1
	[ -n "$detach" ] && [ -n "$name" ] && [ -n "$pw" ] && [ -n "$port" ] || { echo "fake docker: run needs -d, --name, POSTGRES_PASSWORD and -p 127.0.0.1:PORT:5432" >&2; exit 125; }
	case $image in postgres:*) ;; *) echo "Unable to find image '$image' locally" >&2; exit 125 ;; esac
	d=$FAKE_DOCKER_DIR/$name
	[ -d "$d" ] && { echo "docker: Error response from daemon: Conflict. The container name \"/$name\" is already in use." >&2; exit 125; }
	mkdir -p "$d"
	[ "$(id -u)" = 0 ] && chown postgres "$d"
	printf '%s\n' "$pw" >"$d/pw"
	echo "$port" >"$d/port"
	echo "$image" >"$d/image"
	[ "$(id -u)" = 0 ] && chown postgres "$d/pw"
	pg_test_as "'$bin/initdb' -D '$d/data' -A scram-sha-256 -U postgres --pwfile='$d/pw' -E UTF8 --locale=C.UTF-8 >'$d/initdb.log' 2>&1" || exit 125
	c_start "$d" || exit 125
	[ -n "$db" ] && PGPASSWORD=$pw psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE \"$db\"" >/dev/null
	echo "fake$(date +%s)" ;;
*)
	echo "fake docker: '$1' is not supported" >&2; exit 125 ;;
esac
