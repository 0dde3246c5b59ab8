# pg.sh: a throwaway PostgreSQL for tests, from the system's server binaries.
#   . tests/lib/pg.sh
#   pg_test_start DIR      # starts a cluster in DIR on a free port; sets PGTEST_URL,
#                          # PGTEST_PORT, PGTEST_HOST (the socket folder)
#   pg_test_stop DIR
# PostgreSQL refuses to run as root; as root the server runs as the `postgres`
# system user and DIR is handed to it. Returns 1 (with a message) when no
# PostgreSQL server binaries are installed, so callers can skip.
pg_test_bindir() {
	for d in /usr/lib/postgresql/*/bin; do
		[ -x "$d/initdb" ] && { echo "$d"; return 0; }
	done
	command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
	return 1
}

pg_test_free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pg_test_as() { # run a command as the server's user
	if [ "$(id -u)" = 0 ]; then
		su postgres -s /bin/sh -c "$*"
	else
		sh -c "$*"
	fi
}

pg_test_start() {
	dir=$1
	bin=$(pg_test_bindir) || { echo "pg_test: no PostgreSQL server binaries (initdb) found" >&2; return 1; }
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then
		# the server user must be able to reach the folder (mktemp -d makes 0700 ones)
		chmod o+x "$(dirname "$dir")"
		chown postgres "$dir" && chmod 755 "$dir"
	fi
	PGTEST_PORT=$(pg_test_free_port)
	pg_test_as "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" ||
		{ cat "$dir/initdb.log" >&2; return 1; }
	pg_test_as "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
		-o \"-p $PGTEST_PORT -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off\" start >/dev/null" ||
		{ cat "$dir/server.log" >&2; return 1; }
	PGTEST_HOST=$dir
	PGTEST_URL="postgresql://postgres@127.0.0.1:$PGTEST_PORT/postgres"
	export PGTEST_PORT PGTEST_HOST PGTEST_URL
}

pg_test_stop() {
	dir=$1
	bin=$(pg_test_bindir) || return 0
	[ -d "$dir/data" ] && pg_test_as "'$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1"
	return 0
}
