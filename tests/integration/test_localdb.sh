# test_localdb.sh: rdb db start|stop|status|url|wait: the embedded local
# PostgreSQL under .rdb/, idempotent start, stale pid files, root handling,
# and commands that pick it up when DATABASE_URL is unset.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"

if ! pg_test_bindir >/dev/null; then
	skip "local database" "no PostgreSQL server binaries (apt-get install postgresql)"
	t_done
	exit 0
fi
unset DATABASE_URL
P=$T_TMP/proj
mkdir -p "$P/prisma/migrations/20240101000000_init"
chmod 755 "$T_TMP"
printf 'datasource db {\n  provider = "postgresql"\n}\n' >"$P/prisma/schema.prisma"
printf 'CREATE TABLE "Thing" ("id" INTEGER PRIMARY KEY);\n' >"$P/prisma/migrations/20240101000000_init/migration.sql"
trap '"$RDB" -C "$P" db stop >/dev/null 2>&1; rm -rf "$T_TMP"' EXIT

run "$RDB" -C "$P" db status
expect_exit "status before start exits 1" 1
run "$RDB" -C "$P" migrate deploy
expect_exit "no URL and no local database exits 1" 1
expect_stderr_has "no URL explained with a hint" "run 'rdb db start'"

run "$RDB" -C "$P" db start
expect_exit "db start exits 0" 0
expect_stdout_has "db start prints the URL" "DATABASE_URL=\"postgresql://postgres:"
URL=$(sed -n 's/^DATABASE_URL="\(.*\)"$/\1/p' "$T_TMP/stdout")
[ -f "$P/.rdb/.gitignore" ] && pass ".rdb ignores itself in git" || fail ".rdb ignores itself in git"
if [ "$(id -u)" = 0 ]; then
	owner=$(stat -c %U "$P/.rdb/pg/data")
	[ "$owner" = postgres ] && pass "as root the data folder belongs to postgres" || fail "as root the data folder belongs to postgres" "$owner"
	[ "$(stat -c %U "$P/.rdb/pg/password")" = root ] && pass "project files stay the caller's" || fail "project files stay the caller's"
fi
[ "$(stat -c %a "$P/.rdb/pg/password")" = 600 ] && pass "password file is private" || fail "password file is private"
PSQLURL=$(echo "$URL" | sed 's/?schema=public//')
[ "$(psql -X -t -A "$PSQLURL" -c 'select 1' 2>&1)" = 1 ] && pass "the printed URL connects" || fail "the printed URL connects"
port=$(cat "$P/.rdb/pg/port")
psql -X -t -A "postgresql://postgres:$(cat "$P/.rdb/pg/password")@127.0.0.1:$port/app?host=$P/.rdb/pg" -c 'select 1' >/dev/null 2>&1 &&
	pass "the Unix socket in .rdb/pg works" || fail "the Unix socket in .rdb/pg works"

run "$RDB" -C "$P" db start
expect_exit "second start exits 0" 0
expect_stdout_has "second start says already running" "already running on 127.0.0.1:$port"
run "$RDB" -C "$P" db url
[ "$(cat "$T_TMP/stdout")" = "$URL" ] && pass "db url prints the same URL" || fail "db url prints the same URL"
run "$RDB" -C "$P" db wait
expect_exit "db wait exits 0" 0
run "$RDB" -C "$P" db status
expect_exit "db status running exits 0" 0
expect_stdout_has "db status says running" "running: PostgreSQL"

# Commands use the local database when DATABASE_URL is unset.
run "$RDB" -C "$P" migrate deploy
expect_exit "deploy uses the local database" 0
expect_stdout_has "deploy applied on the local database" "20240101000000_init"

# A crash leaves a stale pid file; start must notice and recover.
pid=$(head -n 1 "$P/.rdb/pg/data/postmaster.pid")
kill -9 "$pid"
n=0
while kill -0 "$pid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
sleep 1
[ -f "$P/.rdb/pg/data/postmaster.pid" ] && pass "a crash leaves a pid file" || fail "a crash leaves a pid file"
run "$RDB" -C "$P" db start
expect_exit "start after a crash exits 0" 0
expect_stdout_has "start after a crash starts again" "Started PostgreSQL on 127.0.0.1:$port"
[ "$(psql -X -t -A "$PSQLURL" -c 'select count(*) from "Thing"' 2>&1)" = 0 ] && pass "data survives the crash" || fail "data survives the crash"

run "$RDB" -C "$P" db stop
expect_exit "db stop exits 0" 0
run "$RDB" -C "$P" db status
expect_exit "status after stop exits 1" 1
run "$RDB" -C "$P" db stop
expect_exit "stop is idempotent" 0

# Start again: the port is remembered.
run "$RDB" -C "$P" db start
expect_stdout_has "restart reuses the port" "127.0.0.1:$port"

if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
	run "$RDB" -C "$P" db start --docker
	expect_exit "--docker without an engine exits 1" 1
	expect_stderr_has "--docker without an engine explained" "no Docker engine is reachable"
else
	skip "--docker error path" "a Docker engine is reachable here"
fi
run "$RDB" -C "$P" db start --image postgres:16
expect_exit "--image without --docker is a usage error" 2

# The Docker path, against a stand-in `docker` (tests/lib/fake-docker.sh): no
# Docker engine can run here and no registry serves postgres images, so this
# checks rdb's side of the contract (the commands it runs, the port and
# password it passes, start/stop/start keeping the data) with the system's
# PostgreSQL serving the "container".
FD=$T_TMP/fakedocker
mkdir -p "$FD/bin" "$FD/state"
chmod 755 "$FD" "$FD/state"
printf '#!/bin/sh
exec sh "%s/tests/lib/fake-docker.sh" "$@"\n' "$ROOT" >"$FD/bin/docker"
chmod +x "$FD/bin/docker"
Q=$T_TMP/dq
mkdir -p "$Q/prisma/migrations/20240101000000_init"
cp "$P/prisma/schema.prisma" "$Q/prisma/"
cp "$P/prisma/migrations/20240101000000_init/migration.sql" "$Q/prisma/migrations/20240101000000_init/"
dk() { env PATH="$FD/bin:$PATH" FAKE_DOCKER_DIR="$FD/state" FAKE_DOCKER_ROOT="$ROOT" "$@"; }
trap 'dk "$RDB" -C "$Q" db stop >/dev/null 2>&1; "$RDB" -C "$P" db stop >/dev/null 2>&1
	for d in "$FD/state"/rdb-*; do [ -d "$d/data" ] && pg_test_stop "$d"; done; rm -rf "$T_TMP"' EXIT
run dk "$RDB" -C "$Q" db start --docker --image postgres:16
expect_exit "--docker: start exits 0" 0
expect_stdout_has "--docker: prints the URL" 'DATABASE_URL="postgresql://postgres:'
DURL=$(sed -n 's/^DATABASE_URL="\(.*\)"$/\1/p' "$T_TMP/stdout")
if grep -qE '^run -d --name rdb-[0-9a-f]{12} -e POSTGRES_PASSWORD=[^ ]+ -e POSTGRES_DB=[^ ]+ -p 127\.0\.0\.1:[0-9]+:5432 postgres:16$' "$FD/state/calls"; then
	pass "--docker: docker run with the project's name, password, database, port and --image"
else
	fail "--docker: docker run with the project's name, password, database, port and --image" "$(cat "$FD/state/calls")"
fi
run dk "$RDB" -C "$Q" migrate deploy
expect_exit "--docker: migrate deploy uses the container (password checked by the server)" 0
run dk "$RDB" -C "$Q" db start --docker
expect_exit "--docker: a second start exits 0" 0
if [ "$(grep -c '^run ' "$FD/state/calls")" = 1 ]; then
	pass "--docker: a running container is reused, not recreated"
else
	fail "--docker: a running container is reused, not recreated" "$(cat "$FD/state/calls")"
fi
run dk "$RDB" -C "$Q" db stop
expect_exit "--docker: stop exits 0" 0
grep -q '^stop rdb-' "$FD/state/calls" && pass "--docker: stop stops the container (docker stop)" ||
	fail "--docker: stop stops the container (docker stop)" "$(cat "$FD/state/calls")"
run dk "$RDB" -C "$Q" db start
expect_exit "--docker: a project started in Docker starts there again without --docker" 0
grep -q '^start rdb-' "$FD/state/calls" && pass "--docker: the stopped container is started again (docker start)" ||
	fail "--docker: the stopped container is started again (docker start)" "$(cat "$FD/state/calls")"
run dk "$RDB" -C "$Q" migrate status
expect_exit "--docker: the data survived stop and start (migrations still applied)" 0
run dk "$RDB" -C "$Q" db status
expect_stdout_has "--docker: status says it runs in Docker" "in Docker on 127.0.0.1:"
run dk "$RDB" -C "$P" db start --docker
expect_exit "--docker on a project with a native database is refused" 1
expect_stderr_has "--docker on a native project: says why" "runs from the system's server binaries"
dk "$RDB" -C "$Q" db stop >/dev/null 2>&1

t_done
