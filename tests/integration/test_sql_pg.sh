# test_sql_pg.sh: the PostgreSQL describer, differ and renderer against
# Prisma's own scripts (tests/golden/migrations, made by gen.sh with the real
# Prisma CLI). For each case the databases are built with Prisma's scripts,
# introspected by rdb, and rdb's scripts compared byte for byte:
#   empty -> database A     (a.db.sql)      database A -> empty (a.drop.sql)
#   database A -> database B (ab.db.sql: Prisma's --from-migrations [a] --to-config-datasource)
# plus Prisma's round-trip rule: introspecting what a script created and
# diffing it with itself (and with a fresh copy) finds no changes.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"

TOOL=$ROOT/$BUILD/tests/sql_tool
G=$ROOT/tests/golden/migrations
if ! pg_test_start "$T_TMP/pg" >/dev/null 2>&1; then
	skip "postgresql" "no server binaries"
	# migrate dev on blog-shop: calculator + describer + checker (see tests/unit/test_sql_blogshop.c)
run env PGTEST_URL="$PGTEST_URL" ROOT="$ROOT" "$ROOT/$BUILD/tests/test_sql_blogshop" migrate_dev
if [ "$T_RC" = 0 ] && grep -q '^1 passed, 0 failed$' "$T_TMP/stdout"; then
	pass "blog-shop: migrate dev scripts (s0..s7) from shadow databases"
else
	fail "blog-shop: migrate dev scripts (s0..s7) from shadow databases"
fi
# migrate dev on golden pairs with hand-resolved target schemas (tests/unit/test_sql_pairs.c)
run env PGTEST_URL="$PGTEST_URL" ROOT="$ROOT" "$ROOT/$BUILD/tests/test_sql_pairs"
if [ "$T_RC" = 0 ] && grep -q '^[0-9]* passed, 0 failed$' "$T_TMP/stdout"; then
	pass "pairs: migrate dev scripts from shadow databases ($(tail -1 "$T_TMP/stdout"))"
else
	fail "pairs: migrate dev scripts from shadow databases"
fi
# migrate dev from real schemas: parsed, resolved, calculated (tests/conformance/sql_conformance.c)
run env PGTEST_URL="$PGTEST_URL" "$ROOT/$BUILD/tests/sql_conformance" golden "$G" "$SHARED"
if [ "$T_RC" = 0 ]; then
	pass "golden: schemas and migrate dev from shadow databases ($(tail -1 "$T_TMP/stdout"))"
else
	fail "golden: schemas and migrate dev from shadow databases" "$(grep -A12 '^FAIL' "$T_TMP/stdout" | head -40)"
fi
# conformance: Prisma 6.19's enum case was made from a database state
run env PGTEST_URL="$PGTEST_URL" "$ROOT/$BUILD/tests/test_sql_calculate" alter_enum_from_database
if [ "$T_RC" = 0 ] && grep -q '^1 passed, 0 failed$' "$T_TMP/stdout"; then
	pass "conformance: enums__alter_enum_and_change_default_must_work from a database"
else
	fail "conformance: enums__alter_enum_and_change_default_must_work from a database"
fi
t_done
	exit
fi
trap 'pg_test_stop "$T_TMP/pg"; rm -rf "$T_TMP"' EXIT
BASE=${PGTEST_URL%/postgres}
N=0
newdb() { # NAME SCRIPT -> database URL in $DB
	N=$((N + 1))
	psql -q "$PGTEST_URL" -c "CREATE DATABASE t$N" >/dev/null
	DB=$BASE/t$N
	psql -q -v ON_ERROR_STOP=1 "$DB" -f "$2" >"$T_TMP/psql.log" 2>&1 || {
		fail "$1: apply" "$(head -3 "$T_TMP/psql.log")"
		return 1
	}
}
# what `migrate diff` prints: the script, newline-terminated
script() { # FROM TO -> $T_TMP/got
	run "$TOOL" diff "$1" "$2"
	python3 -c 'import sys; d=open(sys.argv[1]).read(); sys.stdout.write(d if d.endswith("\n") else d + "\n")' \
		"$T_TMP/stdout" >"$T_TMP/got"
}
same() { # NAME EXPECTED-FILE
	[ -f "$2" ] || { skip "$1" "no $2 (run gen.sh)"; return; }
	expect_same_file "$1" "$T_TMP/got" "$2"
}
spec() { # URL NAMESPACES-FILE
	if [ -f "$2" ]; then echo "dbns:$1|$(cat "$2")"; else echo "db:$1"; fi
}

check_case() { # DIR A B AB (file stems)
	d=$1 a=$2 b=$3 ab=$4 name=$5
	[ -f "$d/$a.sql" ] || { skip "$name" "not generated"; return; }
	newdb "$name/$a" "$d/$a.sql" || return
	DBA=$DB
	SA=$(spec "$DBA" "$d/$a.namespaces")
	script empty "$SA"
	same "$name: empty -> $a (introspected)" "$d/$a.db.sql"
	script "$SA" empty
	same "$name: $a (introspected) -> empty" "$d/$a.drop.sql"
	script "$SA" "$SA"
	printf -- '-- This is an empty migration.\n' >"$T_TMP/empty"
	expect_same_file "$name: $a round trip" "$T_TMP/got" "$T_TMP/empty"
	[ -f "$d/$b.sql" ] || return
	newdb "$name/$b" "$d/$b.sql" || return
	DBB=$DB
	SB=$(spec "$DBB" "$d/$b.namespaces")
	SA2=$(spec "$DBA" "$d/$b.namespaces")
	script "$SA2" "$SB"
	same "$name: $a -> $b (introspected)" "$d/$ab.db.sql"
	# applying the diff to a copy of A must give B (Prisma's round-trip
	# rule); some scripts Prisma writes between two introspected databases
	# do not apply (GIN indexes with ASC, array-of-array types, identity
	# columns): those are skipped when ours is the same text
	cmp -s "$T_TMP/got" "$d/$ab.db.sql" 2>/dev/null || return
	newdb "$name/$a copy" "$d/$a.sql" || return
	DBC=$DB
	if ! psql -q -v ON_ERROR_STOP=1 "$DBC" -f "$T_TMP/got" >"$T_TMP/psql.log" 2>&1; then
		skip "$name: $a -> $b applies" "Prisma's script fails too: $(grep ERROR "$T_TMP/psql.log" | head -1)"
		return
	fi
	pass "$name: $a -> $b applies"
	script "$(spec "$DBC" "$d/$b.namespaces")" "$SB"
	expect_same_file "$name: $a + diff equals $b" "$T_TMP/got" "$T_TMP/empty"
}

for d in "$G"/pairs/*/; do
	check_case "$d" a b ab "pairs/$(basename "$d")"
done
for d in "$G"/raw/*/; do
	check_case "$d" a b ab "raw/$(basename "$d")"
done
if [ -f "$G/blog-shop/s0.sql" ]; then
	for i in 1 2 3 4 5 6 7; do
		check_case "$G/blog-shop" "s$((i - 1))" "s$i" "s$((i - 1))-s$i" "blog-shop"
	done
fi
if [ -f "$G/big-300/big-300.sql" ]; then
	newdb big-300 "$G/big-300/big-300.sql" && {
		script empty "db:$DB"
		same "big-300: empty -> introspected" "$G/big-300/big-300.db.sql"
		script "db:$DB" "db:$DB"
		expect_same_file "big-300: round trip" "$T_TMP/got" "$T_TMP/empty"
	}
fi
# migrate dev on blog-shop: calculator + describer + checker (see tests/unit/test_sql_blogshop.c)
run env PGTEST_URL="$PGTEST_URL" ROOT="$ROOT" "$ROOT/$BUILD/tests/test_sql_blogshop" migrate_dev
if [ "$T_RC" = 0 ] && grep -q '^1 passed, 0 failed$' "$T_TMP/stdout"; then
	pass "blog-shop: migrate dev scripts (s0..s7) from shadow databases"
else
	fail "blog-shop: migrate dev scripts (s0..s7) from shadow databases"
fi
# migrate dev on golden pairs with hand-resolved target schemas (tests/unit/test_sql_pairs.c)
run env PGTEST_URL="$PGTEST_URL" ROOT="$ROOT" "$ROOT/$BUILD/tests/test_sql_pairs"
if [ "$T_RC" = 0 ] && grep -q '^[0-9]* passed, 0 failed$' "$T_TMP/stdout"; then
	pass "pairs: migrate dev scripts from shadow databases ($(tail -1 "$T_TMP/stdout"))"
else
	fail "pairs: migrate dev scripts from shadow databases"
fi
# migrate dev from real schemas: parsed, resolved, calculated (tests/conformance/sql_conformance.c)
run env PGTEST_URL="$PGTEST_URL" "$ROOT/$BUILD/tests/sql_conformance" golden "$G" "$SHARED"
if [ "$T_RC" = 0 ]; then
	pass "golden: schemas and migrate dev from shadow databases ($(tail -1 "$T_TMP/stdout"))"
else
	fail "golden: schemas and migrate dev from shadow databases" "$(grep -A12 '^FAIL' "$T_TMP/stdout" | head -40)"
fi
# conformance: Prisma 6.19's enum case was made from a database state
run env PGTEST_URL="$PGTEST_URL" "$ROOT/$BUILD/tests/test_sql_calculate" alter_enum_from_database
if [ "$T_RC" = 0 ] && grep -q '^1 passed, 0 failed$' "$T_TMP/stdout"; then
	pass "conformance: enums__alter_enum_and_change_default_must_work from a database"
else
	fail "conformance: enums__alter_enum_and_change_default_must_work from a database"
fi
t_done
