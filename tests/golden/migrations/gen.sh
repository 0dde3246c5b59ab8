#!/bin/sh
# gen.sh: regenerates the expected scripts under tests/golden/migrations with
# the real Prisma CLI (see shared/tools/prisma-offline/README.md). The files
# it writes are Prisma's output; commit them, never edit them by hand.
#
#   PRISMA_REF=/tmp/prisma-ref tests/golden/migrations/gen.sh [CASE-FILTER]
#
# Each case folder under pairs/ holds a.prisma and b.prisma (and optionally
# `namespaces`, the schemas to introspect, comma-separated). Written per case:
#   a.sql b.sql    migrate diff --from-empty --to-schema X --script
#   ab.sql         migrate diff --from-schema a --to-schema b --script
#   ab.dev.sql     the migration.sql `migrate dev --create-only` writes for b
#                  after a migration made of a.sql (warnings included)
#   a.db.sql       migrate diff --from-empty --to-config-datasource (database holding a.sql)
#   a.drop.sql     migrate diff --from-config-datasource --to-empty
#   ab.db.sql      migrate diff --from-migrations [a.sql] --to-config-datasource (holding b.sql)
# blog-shop/ gets the same for the shared example's steps s0..s7:
#   sN.sql (from empty), sM-sN.sql (schema to schema), sN.dev.sql (migrate dev
#   in sequence), sN.db.sql, sM-sN.db.sql. big-300/ gets big-300.sql and big-300.db.sql.
# Scripts are stored as the engine's `migrate diff` stdout: the CLI's own
# trailing newline (console.log) is removed.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SHARED=${RDB_SHARED:-$ROOT/../shared}
REF=${PRISMA_REF:-/tmp/prisma-ref}
FILTER=${1:-}
export PRISMA_SCHEMA_ENGINE_BINARY=$REF/shim/schema-engine.mjs

. "$ROOT/tests/lib/pg.sh"
WORK=$(mktemp -d)
trap 'pg_test_stop "$WORK/pg"; rm -rf "$WORK"' EXIT
pg_test_start "$WORK/pg"
BASE=${PGTEST_URL%/postgres}

PROJ=$WORK/proj
mkdir -p "$PROJ/prisma"
ln -s "$REF/node_modules" "$PROJ/node_modules"
cat >"$PROJ/prisma.config.ts" <<'EOF'
import { defineConfig, env } from "prisma/config";
export default defineConfig({
  schema: "prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env("DATABASE_URL") },
});
EOF
# called in $(...): the counter lives in a file
echo 0 >"$WORK/n"
newdb() {
	n=$(($(cat "$WORK/n") + 1))
	echo $n >"$WORK/n"
	psql -q "$PGTEST_URL" -c "CREATE DATABASE g$n"
	echo "$BASE/g$n"
}
prisma() { (cd "$PROJ" && ./node_modules/.bin/prisma "$@" 2>"$WORK/err") || { cat "$WORK/err" >&2; return 1; }; }
# pdiff OUT ARGS...: `prisma migrate diff ARGS --script` into OUT; stops the run on failure
pdiff() {
	o=$1
	shift
	prisma migrate diff "$@" --script >"$WORK/out" || { echo "failed: migrate diff $* ($o)" >&2; exit 1; }
	strip <"$WORK/out" >"$o"
}
# stdout minus the CLI's final newline
strip() { python3 -c 'import sys; d=sys.stdin.read(); sys.stdout.write(d[:-1] if d.endswith("\n") else d)'; }
# the schema used for the config datasource (its `schemas` pick the namespaces)
use_schema() {
	rm -rf "$PROJ/prisma/schema.prisma" "$PROJ/prisma/models"
	if [ -d "$1" ]; then cp -r "$1"/. "$PROJ/prisma/"; else cp "$1" "$PROJ/prisma/schema.prisma"; fi
}
apply() { psql -q -v ON_ERROR_STOP=1 "$1" -f "$2" >/dev/null 2>&1; }

# case: OUTDIR NAME_A NAME_B A B  -> A.sql B.sql A-B files
gen_case() {
	out=$1 na=$2 nb=$3 a=$4 b=$5 ab=$6
	DATABASE_URL=$PGTEST_URL pdiff "$out/$na.sql" --from-empty --to-schema "$a"
	DATABASE_URL=$PGTEST_URL pdiff "$out/$nb.sql" --from-empty --to-schema "$b"
	DATABASE_URL=$PGTEST_URL pdiff "$out/$ab.sql" --from-schema "$a" --to-schema "$b"
	dba=$(newdb)
	dbb=$(newdb)
	apply "$dba" "$out/$na.sql"
	apply "$dbb" "$out/$nb.sql"
	use_schema "$a"
	DATABASE_URL=$dba pdiff "$out/$na.db.sql" --from-empty --to-config-datasource
	DATABASE_URL=$dba pdiff "$out/$na.drop.sql" --from-config-datasource --to-empty
	rm -rf "$PROJ/prisma/migrations"
	mkdir -p "$PROJ/prisma/migrations/0_init"
	cp "$out/$na.sql" "$PROJ/prisma/migrations/0_init/migration.sql"
	printf 'provider = "postgresql"\n' >"$PROJ/prisma/migrations/migration_lock.toml"
	use_schema "$b"
	DATABASE_URL=$dbb pdiff "$out/$ab.db.sql" --from-migrations "$PROJ/prisma/migrations" --to-config-datasource
	dev=$(newdb)
	DATABASE_URL=$dev dev_migration next
	cat "$PROJ"/prisma/migrations/*_next/migration.sql >"$out/$ab.dev.sql"
	rm -rf "$PROJ/prisma/migrations"
}

# migrate dev --create-only NAME; when it wants a confirmation (warnings),
# run it again on a terminal and answer yes.
dev_migration() {
	(cd "$PROJ" && ./node_modules/.bin/prisma migrate dev --create-only --name "$1" </dev/null >"$WORK/err" 2>&1) && return
	grep -q non-interactive "$WORK/err" || { cat "$WORK/err" >&2; return 1; }
	(sleep 8; printf 'y\r'; sleep 4; printf 'y\r') |
		(cd "$PROJ" && script -qec "./node_modules/.bin/prisma migrate dev --create-only --name $1" /dev/null >"$WORK/err" 2>&1)
	ls "$PROJ"/prisma/migrations/*_"$1"/migration.sql >/dev/null 2>&1 || { cat "$WORK/err" >&2; return 1; }
}

for d in "$HERE"/pairs/*/; do
	name=$(basename "$d")
	case "$name" in *"$FILTER"*) ;; *) continue ;; esac
	echo "pairs/$name"
	gen_case "$d" a b "$d/a.prisma" "$d/b.prisma" ab
done

# raw/: databases made by hand-written SQL (a.sql, optionally b.sql), for
# what Prisma never creates itself (identity columns, partial and expression
# indexes, checks, views, other types): only the introspection-based files.
raw_schema() { # NAMESPACES-FILE -> a schema with just the datasource
	rm -rf "$PROJ/prisma/schema.prisma" "$PROJ/prisma/models"
	{
		printf 'datasource db {\n  provider = "postgresql"\n'
		[ -f "$1" ] && printf '  schemas  = [%s]\n' "$(sed 's/\([^,]*\)/"\1"/g; s/,/, /g' "$1")"
		printf '}\n'
	} >"$PROJ/prisma/schema.prisma"
}
for d in "$HERE"/raw/*/; do
	name=$(basename "$d")
	case "raw/$name" in *"$FILTER"*) ;; *) continue ;; esac
	echo "raw/$name"
	dba=$(newdb)
	apply "$dba" "$d/a.sql" || { echo "raw/$name: a.sql does not apply" >&2; exit 1; }
	raw_schema "$d/a.namespaces"
	DATABASE_URL=$dba pdiff "$d/a.db.sql" --from-empty --to-config-datasource
	DATABASE_URL=$dba pdiff "$d/a.drop.sql" --from-config-datasource --to-empty
	[ -f "$d/b.sql" ] || continue
	dbb=$(newdb)
	apply "$dbb" "$d/b.sql" || { echo "raw/$name: b.sql does not apply" >&2; exit 1; }
	rm -rf "$PROJ/prisma/migrations"
	mkdir -p "$PROJ/prisma/migrations/0_init"
	cp "$d/a.sql" "$PROJ/prisma/migrations/0_init/migration.sql"
	printf 'provider = "postgresql"\n' >"$PROJ/prisma/migrations/migration_lock.toml"
	raw_schema "$d/b.namespaces"
	DATABASE_URL=$dbb pdiff "$d/ab.db.sql" --from-migrations "$PROJ/prisma/migrations" --to-config-datasource
	rm -rf "$PROJ/prisma/migrations"
done

EX=$SHARED/examples
if [ -d "$EX/blog-shop" ] && case blog-shop in *"$FILTER"*) true ;; *) false ;; esac; then
	out=$HERE/blog-shop
	mkdir -p "$out"
	for i in 1 2 3 4 5 6 7; do
		p=$((i - 1))
		echo "blog-shop s$p-s$i"
		gen_case "$out" "s$p" "s$i" "$EX/blog-shop/s$p" "$EX/blog-shop/s$i" "s$p-s$i"
		mv "$out/s$p-s$i.dev.sql" "$out/s$p-s$i.dev1.sql"
	done
	# migrate dev over the whole sequence, as a user would run it
	dev=$(newdb)
	rm -rf "$PROJ/prisma/migrations"
	for i in 0 1 2 3 4 5 6 7; do
		use_schema "$EX/blog-shop/s$i"
		DATABASE_URL=$dev dev_migration "s$i"
		DATABASE_URL=$dev prisma migrate deploy >/dev/null
		cat "$PROJ"/prisma/migrations/*_s$i/migration.sql >"$out/s$i.dev.sql"
	done
	rm -rf "$PROJ/prisma/migrations"
fi
if [ -d "$EX/big-300" ] && case big-300 in *"$FILTER"*) true ;; *) false ;; esac; then
	out=$HERE/big-300
	mkdir -p "$out"
	echo "big-300"
	DATABASE_URL=$PGTEST_URL pdiff "$out/big-300.sql" --from-empty --to-schema "$EX/big-300"
	db=$(newdb)
	apply "$db" "$out/big-300.sql"
	use_schema "$EX/big-300"
	DATABASE_URL=$db pdiff "$out/big-300.db.sql" --from-empty --to-config-datasource
fi
