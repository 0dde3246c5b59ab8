# test_codegen_pg.sh: the generated C client against a real PostgreSQL.
# Generates the client for blog-shop s7, creates its tables from Prisma's
# own SQL (tests/golden/migrations/blog-shop/s7.sql), compiles
# tests/integration/codegen/blog_test.c with the client and librdb, and runs
# it. Also bounds the number of statements a nested include costs, from the
# server's statement log. Then the same for tests/golden/codegen/features
# (every scalar type, bad input, an exhausted pool, a server restart), and
# typed SQL (rdb generate --sql) on its sql/ folder: golden output, a C
# program calling each query, and mistakes in .sql files; and big-300's
# 300 models through the generated API.
#   UPDATE=1 ... rewrites tests/golden/codegen/features/expected-sql
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

# Typed SQL: the .sql files of tests/golden/codegen/features/sql, described
# by a fresh copy of the features tables, against the golden output.
FSCHEMA=$ROOT/tests/golden/codegen/features/schema.prisma
run psql -X -q -v ON_ERROR_STOP=1 "$PGTEST_URL" -c "CREATE DATABASE typedsql"
TSQL_URL=$(echo "$PGTEST_URL" | sed 's|/postgres$|/typedsql|')
run psql -X -q -v ON_ERROR_STOP=1 "$TSQL_URL" -f "$ROOT/tests/integration/codegen/features.sql"
[ "$T_RC" = 0 ] && pass "create the typed SQL tables" || fail "create the typed SQL tables"
run "$RDB" generate --schema "$FSCHEMA" --output "$W/tsql" --sql --url "$TSQL_URL"
if [ "$T_RC" = 0 ] && grep -q '5 typed SQL queries' "$T_TMP/stdout"; then pass "generate --sql"; else fail "generate --sql"; fi
# only the typed SQL part: the rest is tests/golden/codegen/features/expected
EXP=$ROOT/tests/golden/codegen/features/expected-sql
for f in h c; do
	sed -n '/^\/\* ---- typed SQL: /,$p' "$W/tsql/client.$f" >"$W/tsql/sql.$f"
	if [ "${UPDATE:-0}" = 1 ]; then
		mkdir -p "$EXP"
		cp "$W/tsql/sql.$f" "$EXP/"
	fi
	expect_same_file "typed SQL: the sql part of client.$f as expected" "$W/tsql/sql.$f" "$EXP/sql.$f"
done
run "$RDB" generate --schema "$FSCHEMA" --output "$W/tsql2" --sql --url "$TSQL_URL"
if cmp -s "$W/tsql/client.c" "$W/tsql2/client.c" && cmp -s "$W/tsql/client.h" "$W/tsql2/client.h"; then
	pass "typed SQL: deterministic"
else
	fail "typed SQL: deterministic"
fi
for cc in gcc clang; do
	command -v $cc >/dev/null 2>&1 || continue
	run $cc -std=c11 -Wall -Wextra -Werror -pedantic -I"$ROOT/include" -I"$W/tsql" -c -o "$W/tsql/client.$cc.o" "$W/tsql/client.c"
	[ "$T_RC" = 0 ] && pass "typed SQL: compiles with $cc" || fail "typed SQL: compiles with $cc"
done
run $CC -std=c11 -Wall -Wextra -Werror -pedantic -g $SANFLAGS -I"$ROOT/include" -I"$W/tsql" \
	-o "$W/typedsql_test" "$ROOT/tests/integration/codegen/typedsql_test.c" "$W/tsql/client.c" \
	"$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
[ "$T_RC" = 0 ] && pass "compile the typed SQL program" || fail "compile the typed SQL program"
PGTEST_URL=$TSQL_URL run_prog typedsql_test "$W/typedsql_test"

# big-300: every one of its 300 models created, read with includes, updated,
# counted and deleted through the generated API (tests/integration/codegen/big300_test.sh).
BIG=$SHARED/examples/big-300
if [ -d "$BIG" ]; then
	mkdir -p "$W/big/schema"
	cp -r "$BIG"/* "$W/big/schema/"
	sed -i 's/provider *= *"prisma-client[a-z-]*"/provider = "rdb-client-c"/' "$W/big/schema/schema.prisma"
	run "$RDB" generate --schema "$W/big/schema" --output "$W/big/gen"
	[ "$T_RC" = 0 ] && pass "big-300: generate" || fail "big-300: generate"
	run psql -X -q -v ON_ERROR_STOP=1 "$PGTEST_URL" -c "CREATE DATABASE big"
	BIG_URL=$(echo "$PGTEST_URL" | sed 's|/postgres$|/big|')
	DATABASE_URL=$BIG_URL run "$RDB" db push --schema "$W/big/schema" --accept-data-loss
	[ "$T_RC" = 0 ] && pass "big-300: db push" || fail "big-300: db push"
	sh "$ROOT/tests/integration/codegen/big300_test.sh" "$W/big/big300_test.c"
	cp "$ROOT/tests/integration/codegen/check.h" "$W/big/"
	run $CC -std=c11 -Wall -Wextra -Werror -pedantic -O0 $SANFLAGS -I"$ROOT/include" -I"$W/big/gen" \
		-o "$W/big/big300_test" "$W/big/big300_test.c" "$W/big/gen/client.c" "$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
	[ "$T_RC" = 0 ] && pass "big-300: compile the program" || fail "big-300: compile the program"
	PGTEST_URL=$BIG_URL run_prog big300_test "$W/big/big300_test"
else
	skip big-300 "$BIG not found (set RDB_SHARED)"
fi

# Mistakes in .sql files: each reported at its file:line:col, nothing written.
B=$T_TMP/badsql
mkdir -p "$B/prisma/sql"
cp "$FSCHEMA" "$B/prisma/schema.prisma"
sql_case() { # NAME FILE-TEXT EXPECTED-STDERR
	rm -rf "$B/prisma/sql"/* "$B/out"
	printf '%s\n' "$2" >"$B/prisma/sql/q.sql"
	run "$RDB" generate --schema "$B/prisma/schema.prisma" --output "$B/out" --sql --url "$TSQL_URL"
	if [ "$T_RC" = 1 ] && grep -qF -- "$3" "$T_TMP/stderr" && [ ! -e "$B/out/client.c" ]; then
		pass "typed SQL error: $1"
	else
		fail "typed SQL error: $1" "exit $T_RC; wanted: $3"
	fi
}
sql_case "syntax error at its line:col" "$(printf 'SELECT id\nFROM things\nWHER id = 1')" \
	"q.sql:3:6: error: syntax error at or near \"id\""
sql_case "unknown table" "SELECT * FROM nothing" "q.sql:1:15: error: relation \"nothing\" does not exist"
sql_case "unknown @param type" "$(printf -- '-- @param {Integer} $1:x\nSELECT $1::int4 AS x')" \
	"q.sql:1:12: error: @param: unknown type {Integer}"
sql_case "@param beyond the parameters" "$(printf -- '-- @param $2:x\nSELECT $1::int4 AS x')" \
	"q.sql:1:11: error: @param: \$2, but the statement has 1 parameter"
sql_case "@param type that does not fit" "$(printf -- '-- @param {Int} $1:x\nSELECT $1::text AS x')" \
	"@param: {Int} does not fit \$1, which PostgreSQL types as text"
sql_case "column without a name" "SELECT 1 + 1" "column 1 has no name; give it one (AS name)"
sql_case "column name not a C identifier" 'SELECT 1 AS "two words"' "column \"two words\" is not a C identifier"
sql_case "duplicate column" "SELECT 1 AS a, 2 AS a" "two columns are named \"a\""
sql_case "type without a C mapping" "SELECT '127.0.0.1'::inet AS addr" "cast it in the query (addr::text AS addr)"
rm -rf "$B/prisma/sql"/*
printf 'SELECT 1 AS one\n' >"$B/prisma/sql/bad-name.sql"
run "$RDB" generate --schema "$B/prisma/schema.prisma" --output "$B/out" --sql --url "$TSQL_URL"
if [ "$T_RC" = 1 ] && grep -q "file name 'bad-name' must be a C identifier" "$T_TMP/stderr"; then
	pass "typed SQL error: file name"
else
	fail "typed SQL error: file name" "exit $T_RC"
fi
rm -rf "$B/prisma/sql"
run "$RDB" generate --schema "$B/prisma/schema.prisma" --output "$B/out" --sql --url "$TSQL_URL"
if [ "$T_RC" = 0 ] && grep -q "no .sql files in" "$T_TMP/stderr" && [ -f "$B/out/client.c" ]; then
	pass "--sql without a sql folder: a note, the client still generated"
else
	fail "--sql without a sql folder" "exit $T_RC"
fi
mkdir -p "$B/prisma/sql"
printf 'SELECT 1 AS one\n' >"$B/prisma/sql/q.sql"
run "$RDB" generate --schema "$B/prisma/schema.prisma" --output "$B/out2" --sql --url "postgresql://nobody@127.0.0.1:1/x"
if [ "$T_RC" = 1 ] && grep -q "P1001" "$T_TMP/stderr" && [ ! -e "$B/out2/client.c" ]; then
	pass "--sql with an unreachable database: P1001, nothing written"
else
	fail "--sql with an unreachable database" "exit $T_RC"
fi
t_done
