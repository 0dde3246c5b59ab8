# test_migrate_reset_down.sh: migrate reset (with seed), migrate down with
# down.sql, db seed and db execute, against a real PostgreSQL.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"

if ! pg_test_bindir >/dev/null; then
	skip "migrate reset/down" "no PostgreSQL server binaries (apt-get install postgresql)"
	t_done
	exit 0
fi
PGDIR=$T_TMP/pg
pg_test_start "$PGDIR" >/dev/null || { fail "start PostgreSQL"; t_done; exit 1; }
trap 'pg_test_stop "$PGDIR"; rm -rf "$T_TMP"' EXIT
BASE="postgresql://postgres@127.0.0.1:$PGTEST_PORT"
q() { psql -X -q -t -A "$BASE/app" -c "$1" 2>&1; }
export DATABASE_URL="$BASE/app?schema=public"

P=$T_TMP/p
mkdir -p "$P/prisma/migrations/20240101000000_init" "$P/prisma/migrations/20240102000000_posts"
printf 'datasource db {\n  provider = "postgresql"\n}\n' >"$P/prisma/schema.prisma"
printf 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "name" TEXT);\n' >"$P/prisma/migrations/20240101000000_init/migration.sql"
printf 'DROP TABLE "User";\n' >"$P/prisma/migrations/20240101000000_init/down.sql"
printf 'CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY);\nCREATE INDEX CONCURRENTLY "Post_id_idx" ON "Post"("id");\n' \
	>"$P/prisma/migrations/20240102000000_posts/migration.sql"
printf 'DROP TABLE "Post";\n' >"$P/prisma/migrations/20240102000000_posts/down.sql"
cat >"$P/seed.sh" <<'SH'
#!/bin/sh
psql -X -q "$(echo "$DATABASE_URL" | sed 's/?schema=public//')" -c "INSERT INTO \"User\" (name) VALUES ('seeded')"
SH
chmod +x "$P/seed.sh"
printf '[seed]\ncommand = "./seed.sh"\n' >"$P/rdb.toml"

run "$RDB" -C "$P" migrate deploy
expect_exit "deploy" 0
q "INSERT INTO \"User\" (name) VALUES ('real data')" >/dev/null

run "$RDB" -C "$P" migrate reset </dev/null
expect_exit "reset without --force and no terminal refuses" 1
expect_stderr_has "reset refusal hints --force" "pass --force"
[ "$(q 'SELECT count(*) FROM "User"')" = 1 ] && pass "refused reset changed nothing" || fail "refused reset changed nothing"

run "$RDB" -C "$P" migrate reset --force
expect_exit "reset --force" 0
expect_stdout_has "reset reports success" "Database reset successful"
expect_stdout_has "reset re-applies migrations" "20240102000000_posts"
expect_stdout_has "reset runs the seed" "The seed command has been executed."
[ "$(q 'SELECT name FROM "User"')" = seeded ] && pass "reset removed data and seeded" || fail "reset removed data and seeded" "$(q 'SELECT name FROM "User"')"
[ "$(q 'SELECT count(*) FROM _prisma_migrations')" = 2 ] && pass "reset rebuilt the history" || fail "reset rebuilt the history"

run "$RDB" -C "$P" migrate reset --force --skip-seed
[ "$(q 'SELECT count(*) FROM "User"')" = 0 ] && pass "--skip-seed skips the seed" || fail "--skip-seed skips the seed"

run "$RDB" -C "$P" db seed
expect_exit "db seed" 0
[ "$(q 'SELECT count(*) FROM "User"')" = 1 ] && pass "db seed ran the command" || fail "db seed ran the command"

# migrate down: the last one, then --to.
run "$RDB" -C "$P" migrate down
expect_exit "migrate down" 0
expect_stdout_has "down names the migration" "Rolling back migration \`20240102000000_posts\`"
[ "$(q "SELECT to_regclass('\"Post\"') IS NULL")" = t ] && pass "down.sql ran" || fail "down.sql ran"
[ "$(q "SELECT rolled_back_at IS NOT NULL FROM _prisma_migrations WHERE migration_name = '20240102000000_posts'")" = t ] &&
	pass "down marks the row rolled back" || fail "down marks the row rolled back"
run "$RDB" -C "$P" migrate status
expect_exit "status after down shows it pending" 1
expect_stdout_has "status lists the rolled back migration" "20240102000000_posts"
run "$RDB" -C "$P" migrate deploy
expect_exit "deploy re-applies a rolled back migration" 0

printf 'DROP TABLE "Nope";\n' >"$P/prisma/migrations/20240102000000_posts/down.sql"
run "$RDB" -C "$P" migrate down
expect_exit "failing down.sql exits 1" 1
expect_stderr_has "failing down.sql located" "down.sql of \`20240102000000_posts\` failed at line 1"
[ "$(q "SELECT rolled_back_at IS NULL FROM _prisma_migrations WHERE migration_name = '20240102000000_posts' AND finished_at IS NOT NULL ORDER BY started_at DESC LIMIT 1")" = t ] &&
	pass "failed down changed nothing" || fail "failed down changed nothing"
printf 'DROP TABLE "Post";\n' >"$P/prisma/migrations/20240102000000_posts/down.sql"

rm "$P/prisma/migrations/20240101000000_init/down.sql"
run "$RDB" -C "$P" migrate down --to 20240101000000_nope
expect_exit "down --to unknown exits 1" 1
run "$RDB" -C "$P" migrate down --to 00000000000000_none
expect_exit "down past a migration without down.sql exits 1" 1
run "$RDB" -C "$P" migrate down --to 20240101000000_init
expect_exit "down --to keeps the named migration" 0
[ "$(q "SELECT to_regclass('\"User\"') IS NOT NULL AND to_regclass('\"Post\"') IS NULL")" = t ] &&
	pass "down --to rolled back only the later ones" || fail "down --to rolled back only the later ones"

# db execute
printf 'CREATE TABLE "Exec" ("id" INTEGER);\n' >"$T_TMP/x.sql"
run "$RDB" -C "$P" db execute --file "$T_TMP/x.sql"
expect_exit "db execute --file" 0
echo 'DROP TABLE "Exec";' | run "$RDB" -C "$P" db execute --stdin
expect_exit "db execute --stdin" 0
[ "$(q "SELECT to_regclass('\"Exec\"') IS NULL")" = t ] && pass "db execute ran both scripts" || fail "db execute ran both scripts"
run "$RDB" -C "$P" db execute
expect_exit "db execute without input is a usage error" 2
printf 'SELEC 1;\n' >"$T_TMP/bad.sql"
run "$RDB" -C "$P" db execute --file "$T_TMP/bad.sql"
expect_exit "db execute of bad SQL exits 1" 1
expect_stderr_has "db execute reports the server's message" "syntax error at or near \"SELEC\""

t_done
