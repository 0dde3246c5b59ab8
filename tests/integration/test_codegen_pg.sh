# test_codegen_pg.sh: the generated C client against a real PostgreSQL.
# Generates the client for blog-shop s7, creates its tables from Prisma's
# own SQL (tests/golden/migrations/blog-shop/s7.sql), compiles
# tests/integration/codegen/blog_test.c with the client and librdb, and runs
# it. Also bounds the number of statements a nested include costs, from the
# server's statement log. Then the same for tests/golden/codegen/features
# (every scalar type, bad input, an exhausted pool, a server restart).
#   BUILD=build sh tests/integration/test_codegen_pg.sh
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-build}
SHARED=${SHARED:-$ROOT/../shared}
RDB=${RDB:-$ROOT/$BUILD/rdb}
. "$ROOT/tests/cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"
S7=$SHARED/examples/blog-shop/s7
if [ ! -d "$S7" ]; then
	skip codegen_pg "$S7 not found (set RDB_SHARED)"
	t_done
	exit $?
fi
if ! pg_test_bindir >/dev/null; then
	skip codegen_pg "no PostgreSQL server binaries (apt-get install postgresql)"
	t_done
	exit $?
fi
CC=${CC:-cc}
SANFLAGS=
[ "${SAN:-0}" = 1 ] && SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
W=$T_TMP/w
mkdir -p "$W/prisma"
cp -r "$S7"/* "$W/prisma/"
sed -i 's/"prisma-client"/"rdb-client-c"/; s|"../generated/prisma"|"../generated/rdb"|' "$W/prisma/schema.prisma"
run "$RDB" generate --schema "$W/prisma"
if [ "$T_RC" = 0 ] && [ -f "$W/generated/rdb/client.c" ]; then pass "generate s7"; else fail "generate s7"; t_done; exit 1; fi
run $CC -std=c11 -Wall -Wextra -Werror -pedantic -g $SANFLAGS -I"$ROOT/include" -I"$W/generated/rdb" \
	-o "$W/blog_test" "$ROOT/tests/integration/codegen/blog_test.c" "$W/generated/rdb/client.c" \
	"$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
if [ "$T_RC" = 0 ]; then pass "compile the test program with the client"; else fail "compile the test program"; t_done; exit 1; fi

run "$RDB" generate --schema "$ROOT/tests/golden/codegen/features/schema.prisma" --output "$W/features"
[ "$T_RC" = 0 ] && pass "generate features" || fail "generate features"
run $CC -std=c11 -Wall -Wextra -Werror -pedantic -g $SANFLAGS -I"$ROOT/include" -I"$W/features" \
	-o "$W/features_test" "$ROOT/tests/integration/codegen/features_test.c" "$W/features/client.c" \
	"$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
[ "$T_RC" = 0 ] && pass "compile the features program" || fail "compile the features program"

PG=$T_TMP/pg
mkdir -p "$PG"
chmod 755 "$T_TMP"
trap 'pg_test_stop "$PG/srv"; rm -rf "$T_TMP"' EXIT
if ! pg_test_start "$PG/srv" >/dev/null; then
	T_RC=1
	fail "start PostgreSQL"
	t_done
	exit 1
fi
run psql -X -q -v ON_ERROR_STOP=1 "$PGTEST_URL" -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()"
[ "$T_RC" = 0 ] && pass "log statements" || fail "log statements"
run psql -X -q -v ON_ERROR_STOP=1 "$PGTEST_URL" -f "$ROOT/tests/golden/migrations/blog-shop/s7.sql"
[ "$T_RC" = 0 ] && pass "create the s7 tables from Prisma's SQL" || fail "create the s7 tables"

# run_prog NAME BINARY: its ok/FAIL lines count as ours; no summary line is a failure
run_prog() {
	PGTEST_URL=$PGTEST_URL "$2" >"$T_TMP/prog.out" 2>&1
	prog_rc=$?
	grep -E '^(ok|FAIL) ' "$T_TMP/prog.out"
	T_PASS=$((T_PASS + $(grep -c '^ok ' "$T_TMP/prog.out")))
	T_FAIL=$((T_FAIL + $(grep -c '^FAIL ' "$T_TMP/prog.out")))
	if ! grep -qE '^[0-9]+ passed, [0-9]+ failed' "$T_TMP/prog.out"; then
		T_FAIL=$((T_FAIL + 1))
		echo "FAIL $1 crashed (exit $prog_rc)"
		tail -n 20 "$T_TMP/prog.out" | sed 's/^/  /'
	fi
}
run_prog blog_test "$W/blog_test"

# One query for the users, one per included relation level: posts, profile, tags.
sleep 0.2
n=$(sed -n "/include-begin/,/include-end/p" "$PG/srv/server.log" | grep -c 'LOG:  *\(execute\|statement\)')
# the two markers themselves are logged too
n=$((n - 2))
if [ "$n" = 4 ]; then
	pass "nested include costs one query per relation (4)"
else
	T_RC=0
	fail "nested include costs one query per relation" "counted $n statements"
	sed -n "/include-begin/,/include-end/p" "$PG/srv/server.log" | head -n 20 | sed 's/^/  /'
fi
run psql -X -q -v ON_ERROR_STOP=1 "$PGTEST_URL" -c "CREATE DATABASE features"
FEAT_URL=$(echo "$PGTEST_URL" | sed 's|/postgres$|/features|')
run psql -X -q -v ON_ERROR_STOP=1 "$FEAT_URL" -f "$ROOT/tests/integration/codegen/features.sql"
[ "$T_RC" = 0 ] && pass "create the features tables" || fail "create the features tables"
# features_test restarts the server under an open pool; pg_ctl restart keeps the port and options
bindir=$(pg_test_bindir)
PGTEST_RESTART_CMD=$(if [ "$(id -u)" = 0 ]; then
	printf "su postgres -s /bin/sh -c \"'%s/pg_ctl' -D '%s/data' -l '%s/server.log' -w -t 60 -m fast restart >/dev/null\"" \
		"$bindir" "$PG/srv" "$PG/srv"
else
	printf "'%s/pg_ctl' -D '%s/data' -l '%s/server.log' -w -t 60 -m fast restart >/dev/null" "$bindir" "$PG/srv" "$PG/srv"
fi)
export PGTEST_RESTART_CMD
PGTEST_URL=$FEAT_URL run_prog features_test "$W/features_test"
t_done
