# test_interop_prisma.sh: a team can switch between rdb and Prisma 7 either
# way: migrations rdb writes and applies are up to date for Prisma's CLI (no
# drift, nothing to apply), and the other way round. Skipped, with the
# reason, only when Prisma cannot be installed from npm.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"
. "$ROOT/tests/lib/prisma.sh"

EX=$SHARED/examples/blog-shop
if ! pg_test_bindir >/dev/null; then
	skip "interop" "no PostgreSQL server binaries (apt-get install postgresql)"
	t_done
	exit 0
fi
if ! prisma_ref_setup; then
	skip "interop with Prisma 7" "$PRISMA_REF_WHY"
	t_done
	exit 0
fi
if ! command -v node >/dev/null 2>&1; then
	skip "interop with Prisma 7" "node is not installed"
	t_done
	exit 0
fi
PGDIR=$T_TMP/pg
pg_test_start "$PGDIR" >/dev/null || { fail "start PostgreSQL"; t_done; exit 1; }
trap 'pg_test_stop "$PGDIR"; rm -rf "$T_TMP"' EXIT
BASE="postgresql://postgres@127.0.0.1:$PGTEST_PORT"
export SHIM_FALLBACK_URL_PG="$BASE/postgres"
step() { rm -rf "$1/prisma/models" "$1/prisma/schema.prisma"; mkdir -p "$1/prisma"; cp -r "$EX/s$2/." "$1/prisma/"; }
checksums() { psql -X -q -t -A "$BASE/$1" -c "SELECT migration_name || ' ' || checksum || ' ' || applied_steps_count FROM _prisma_migrations ORDER BY migration_name"; }

# --- rdb writes and applies; Prisma agrees -------------------------------------
A=$T_TMP/a
for n in 0 1 2; do
	step "$A" $n
	run env DATABASE_URL="$BASE/a" "$RDB" -C "$A" migrate dev --name "s$n" --accept-data-loss
	expect_exit "rdb migrate dev s$n" 0
done
prisma_project "$A"
run sh -c "cd '$A' && DATABASE_URL='$BASE/a' '$PRISMA_REF/node_modules/.bin/prisma' migrate status </dev/null"
expect_exit "prisma migrate status after rdb: exit 0" 0
expect_stdout_has "prisma: database schema is up to date" "Database schema is up to date!"
run sh -c "cd '$A' && DATABASE_URL='$BASE/a' '$PRISMA_REF/node_modules/.bin/prisma' migrate dev --name nothing </dev/null"
expect_exit "prisma migrate dev after rdb: exit 0" 0
expect_stdout_has "prisma migrate dev: no drift, nothing to create" "Already in sync"
run sh -c "cd '$A' && DATABASE_URL='$BASE/a2' '$PRISMA_REF/node_modules/.bin/prisma' migrate deploy </dev/null"
expect_exit "prisma migrate deploy of rdb's migrations" 0
if [ "$(checksums a)" = "$(checksums a2)" ] && [ -n "$(checksums a)" ]; then
	pass "history rows: same names, checksums and step counts either way"
else
	fail "history rows: same names, checksums and step counts either way"
	checksums a
	checksums a2
fi
run env DATABASE_URL="$BASE/a2" "$RDB" -C "$A" migrate status
expect_exit "rdb migrate status on Prisma's deploy: up to date" 0

# --- Prisma writes and applies; rdb agrees -------------------------------------
B=$T_TMP/b
mkdir -p "$B"
prisma_project "$B"
for n in 0 1 2; do
	step "$B" $n
	run sh -c "cd '$B' && DATABASE_URL='$BASE/b' '$PRISMA_REF/node_modules/.bin/prisma' migrate dev --name s$n </dev/null"
	expect_exit "prisma migrate dev s$n" 0
done
run env DATABASE_URL="$BASE/b" "$RDB" -C "$B" migrate status
expect_exit "rdb migrate status after Prisma: exit 0" 0
expect_stdout_has "rdb: up to date" "Database schema is up to date!"
run env DATABASE_URL="$BASE/b" "$RDB" -C "$B" migrate dev
expect_exit "rdb migrate dev after Prisma: exit 0" 0
expect_stdout_has "rdb migrate dev: no drift, nothing to create" "Already in sync, no schema change or pending migration was found."
for d in "$B"/prisma/migrations/*_s*/; do
	n=$(basename "$d" | sed 's/.*_//')
	expect_same_file "Prisma's $n migration.sql = rdb's for the same step" "$d/migration.sql" \
		"$ROOT/tests/golden/migrations/blog-shop/$n.dev.sql"
done
run env DATABASE_URL="$BASE/b2" "$RDB" -C "$B" migrate deploy
expect_exit "rdb migrate deploy of Prisma's migrations" 0
run sh -c "cd '$B' && DATABASE_URL='$BASE/b2' '$PRISMA_REF/node_modules/.bin/prisma' migrate status </dev/null"
expect_exit "prisma migrate status on rdb's deploy: up to date" 0
expect_stdout_has "prisma: up to date after rdb's deploy" "Database schema is up to date!"
t_done
