# test_migrate_lint.sh: rdb migrate lint, with and without a database.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"

P=$T_TMP/p
mig() { mkdir -p "$P/prisma/migrations/$1"; printf '%s\n' "$2" >"$P/prisma/migrations/$1/migration.sql"; }
mkdir -p "$P/prisma"
printf 'datasource db {\n  provider = "postgresql"\n}\n' >"$P/prisma/schema.prisma"
unset DATABASE_URL

# --- without a database: static checks ------------------------------------
mig 20240101000000_init 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "name" VARCHAR(200), "age" BIGINT, "bio" TEXT);
CREATE INDEX "User_name_idx" ON "User"("name");'
run "$RDB" -C "$P" migrate lint
expect_exit "a clean first migration passes" 0
expect_stdout_has "clean summary" "0 errors, 0 warnings in 1 migration"
expect_stderr_has "no database is noted" "no database to compare with"

mig 20240102000000_risky 'ALTER TABLE "User" DROP COLUMN "bio";
DROP TABLE "Legacy";
ALTER TABLE "User" ADD COLUMN "email" TEXT NOT NULL;
CREATE INDEX "User_age_idx" ON "User"("age");
ALTER TABLE "User" RENAME COLUMN "name" TO "full_name";'
run "$RDB" -C "$P" migrate lint
expect_exit "risky migration fails lint" 1
expect_stdout_has "drop column located" "20240102000000_risky/migration.sql:1: error[drop-column]: drops column \"bio\" of table \"User\""
expect_stdout_has "drop table located" "migration.sql:2: error[drop-table]: drops table \"Legacy\""
expect_stdout_has "not null without default warned" "migration.sql:3: warning[not-null-without-default]"
expect_stdout_has "non-concurrent index warned" "migration.sql:4: warning[index-not-concurrent]"
expect_stdout_has "rename warned" "migration.sql:5: warning[rename-column]"
expect_stdout_has "hints are printed" "hint: "

mig 20240102000000_risky '-- rdb-lint: allow drop-column, drop-table
ALTER TABLE "User" DROP COLUMN "bio";
DROP TABLE "Legacy";'
run "$RDB" -C "$P" migrate lint 20240102000000_risky
expect_exit "allowed rules pass" 0
run "$RDB" -C "$P" migrate lint 20240199000000_nope
expect_exit "unknown migration name" 1

if ! pg_test_bindir >/dev/null; then
	skip "lint against a database" "no PostgreSQL server binaries"
	t_done
	exit 0
fi
PGDIR=$T_TMP/pg
pg_test_start "$PGDIR" >/dev/null || { fail "start PostgreSQL"; t_done; exit 1; }
trap 'pg_test_stop "$PGDIR"; rm -rf "$T_TMP"' EXIT
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PGTEST_PORT/postgres?schema=public"
rm -rf "$P/prisma/migrations/20240102000000_risky"
run "$RDB" -C "$P" migrate deploy
expect_exit "deploy the first migration" 0
psql -X -q "postgresql://postgres@127.0.0.1:$PGTEST_PORT/postgres" -c "INSERT INTO \"User\" (name, age) VALUES ('a', 1), (NULL, 2)"

mig 20240103000000_types 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(50);
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE INTEGER;
ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE VARCHAR(10);
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(40);
ALTER TABLE "User" ADD COLUMN "n" INTEGER NOT NULL;
ALTER TABLE "User" ADD COLUMN "m" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;
CREATE TABLE "Fresh" ("id" INTEGER);
ALTER TABLE "Fresh" ADD COLUMN "x" INTEGER NOT NULL;
CREATE INDEX "Fresh_x_idx" ON "Fresh"("x");'
run "$RDB" -C "$P" migrate lint
expect_exit "lint against the database finds errors" 1
expect_stdout_has "varchar shortened" "migration.sql:1: error[type-narrowing]: changes column \"name\" of table \"User\" from character varying(200) to VARCHAR(50)"
expect_stdout_has "bigint to int" "migration.sql:2: error[type-narrowing]: changes column \"age\" of table \"User\" from bigint to INTEGER"
expect_stdout_has "text to varchar" "migration.sql:3: error[type-narrowing]"
expect_stdout_has "later change compares with the earlier one" "migration.sql:4: error[type-narrowing]: changes column \"name\" of table \"User\" from VARCHAR(50) to VARCHAR(40)"
expect_stdout_has "not null on a table with rows" "migration.sql:5: error[not-null-without-default]"
expect_stdout_has "set not null on NULLs" "migration.sql:7: error[set-not-null]"
if grep -q "migration.sql:6:\|migration.sql:9:\|migration.sql:10:" "$T_TMP/stdout"; then
	fail "defaults and new tables are not flagged"
else
	pass "defaults and new tables are not flagged"
fi
expect_stdout_has "only the pending migration is linted" "in 1 migration"
run "$RDB" -C "$P" migrate lint --all
expect_stdout_has "--all lints every migration" "in 2 migrations"

mig 20240103000000_types 'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(300);
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE NUMERIC(30,0);
ALTER TABLE "User" ALTER COLUMN "bio" SET DATA TYPE TEXT;'
run "$RDB" -C "$P" migrate lint
expect_exit "widening passes" 0

t_done
