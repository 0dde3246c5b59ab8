# test_runtime.sh: librdb's runtime against a real PostgreSQL. Starts a
# throwaway server, then runs the C test binary test_runtime_pg with
# PGTEST_URL, and PGTEST_RESTART_CMD (a fast restart of that server) for
# the test that restarts the server under an open pool.
#   BUILD=build sh tests/integration/test_runtime.sh [TEST-FILTER]
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-build}
. "$ROOT/tests/lib/pg.sh"
BIN=$ROOT/$BUILD/tests/test_runtime_pg
if [ ! -x "$BIN" ]; then
	echo "FAIL $BIN is not built (make test-bins)"
	echo "0 passed, 1 failed"
	exit 1
fi
if ! bindir=$(pg_test_bindir); then
	echo "SKIP runtime: no PostgreSQL server binaries (apt-get install postgresql)"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'pg_test_stop "$TMP/pg"; rm -rf "$TMP"' EXIT
pg_test_start "$TMP/pg" >/dev/null || { echo "FAIL start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
# pg_ctl restart reuses the port and options the server was started with
PGTEST_RESTART_CMD=$(if [ "$(id -u)" = 0 ]; then
	printf "su postgres -s /bin/sh -c \"'%s/pg_ctl' -D '%s/pg/data' -l '%s/pg/server.log' -w -t 60 -m fast restart >/dev/null\"" \
		"$bindir" "$TMP" "$TMP"
else
	printf "'%s/pg_ctl' -D '%s/pg/data' -l '%s/pg/server.log' -w -t 60 -m fast restart >/dev/null" "$bindir" "$TMP" "$TMP"
fi)
export PGTEST_RESTART_CMD
"$BIN" "$@"
