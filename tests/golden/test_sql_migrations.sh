# test_sql_migrations.sh: migration scripts from Prisma schemas, compared byte
# for byte with Prisma's: the PostgreSQL conformance cases (Prisma 6.19
# engines) and the golden files the Prisma 7 CLI wrote for our examples
# (tests/golden/migrations). No database needed; the migrate dev cases that
# need one run in tests/integration/test_sql_pg.sh.
. "$(dirname "$0")/../cli/lib.sh"

CONF=${SHARED:-$ROOT/../shared}/conformance/prisma
TOOL=$ROOT/$BUILD/tests/sql_conformance
suite() { # NAME ARGS...
	name=$1
	shift
	run env -u PGTEST_URL "$TOOL" "$@"
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$T_TMP/stdout" | tail -1)
	if [ "$T_RC" = 0 ] && [ -n "$line" ]; then pass "$name ($line)"; else fail "$name" "$(grep -A12 '^FAIL' "$T_TMP/stdout" | head -40)"; fi
}
if [ -d "$CONF" ]; then
	suite "conformance: first migrations (postgres)" migrations "$CONF/migrations"
	suite "conformance: migrations-extra (postgresql)" extra "$CONF/migrations-extra"
else
	skip "conformance" "$CONF not found"
fi
suite "golden: Prisma 7 scripts from schemas" golden "$ROOT/tests/golden/migrations" "${SHARED:-$ROOT/../shared}"
t_done
