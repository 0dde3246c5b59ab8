#!/bin/sh
# gen.sh: regenerates the expected files of tests/golden/pull with the real
# Prisma 7 CLI (offline, see shared/tools/prisma-offline/README.md). Never
# edit the *.out / *.warnings / *.stderr files by hand.
#   REF=/tmp/prisma-ref tests/golden/pull/gen.sh
# For each case: a fresh database gets the SQL, `prisma db pull --print` runs
# with the base schema; NAME.out is its stdout, NAME.warnings (or .stderr) its
# stderr without the "Loaded Prisma config" line.
set -u
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
G=$ROOT/tests/golden/pull
M=$ROOT/tests/golden/migrations
REF=${REF:-/tmp/prisma-ref}
. "$ROOT/tests/lib/pg.sh"
TMP=$(mktemp -d)
pg_test_start "$TMP/pg" || exit 1
trap 'pg_test_stop "$TMP/pg"; rm -rf "$TMP"' EXIT
BASE=${PGTEST_URL%/postgres}
N=0
pull() { # SQL BASE_SCHEMA OUT ERR
	N=$((N + 1))
	psql -q "$PGTEST_URL" -c "CREATE DATABASE g$N" >/dev/null
	psql -q -v ON_ERROR_STOP=1 "$BASE/g$N" -f "$1" >/dev/null 2>&1 || { echo "cannot apply $1" >&2; return 1; }
	P=$TMP/p$N
	mkdir -p "$P/prisma"
	printf 'import { defineConfig, env } from "prisma/config";\nexport default defineConfig({\n  schema: "prisma",\n  migrations: { path: "prisma/migrations" },\n  datasource: { url: env("DATABASE_URL") },\n});\n' >"$P/prisma.config.ts"
	ln -s "$REF/node_modules" "$P/node_modules"
	cp "$2" "$P/prisma/schema.prisma"
	(cd "$P" && DATABASE_URL="$BASE/g$N" PRISMA_SCHEMA_ENGINE_BINARY="$REF/shim/schema-engine.mjs" \
		./node_modules/.bin/prisma db pull --print >"$3" 2>"$TMP/err")
	grep -v '^Loaded Prisma config' "$TMP/err" >"$4"
}
for s in s0 s1 s2 s3 s4 s5 s6 s7; do
	pull "$M/blog-shop/$s.sql" "$G/base.prisma" "$G/blog-shop/$s.out" "$TMP/w"
done
pull "$M/blog-shop/s7.sql" "$G/blog-shop/s7.base.prisma" "$G/blog-shop/s7.reintrospect.out" "$G/blog-shop/s7.reintrospect.warnings"
pull "$M/big-300/big-300.sql" "$G/base.prisma" "$G/big-300/big-300.out" "$TMP/w"
for c in tricky reserved multi views extensions; do
	b=$G/base.prisma
	[ -f "$G/cases/$c.base.prisma" ] && b=$G/cases/$c.base.prisma
	pull "$G/cases/$c.sql" "$b" "$G/cases/$c.out" "$G/cases/$c.warnings"
	grep -q "[^[:space:]]" "$G/cases/$c.warnings" || rm -f "$G/cases/$c.warnings"
done
# Prisma's diff from the tricky database to its own pulled schema
P=$TMP/rt && mkdir -p "$P/prisma" && cp "$TMP/p1/prisma.config.ts" "$P/" && ln -s "$REF/node_modules" "$P/node_modules"
cp "$G/cases/tricky.out" "$P/prisma/schema.prisma"
TRICKY_DB=$BASE/g$((N - 4)) # tricky, reserved, multi, views, extensions were the last five
# (the script without the newline console.log adds)
(cd "$P" && DATABASE_URL="$TRICKY_DB" PRISMA_SCHEMA_ENGINE_BINARY="$REF/shim/schema-engine.mjs" \
	./node_modules/.bin/prisma migrate diff --from-config-datasource --to-schema prisma --script 2>/dev/null) |
	sed '$d' >"$G/cases/tricky.roundtrip.sql"
# views again, with a previous schema holding one (names, arity, @unique, docs kept)
pull "$G/cases/views.sql" "$G/cases/views.reintrospect.base.prisma" "$G/cases/views.reintrospect.out" "$G/cases/views.reintrospect.warnings"
pull "$G/cases/empty.sql" "$G/base.prisma" "$TMP/empty.out" "$G/cases/empty.stderr"

# Folder cases: DIR/NAME.sql builds the database, DIR/prisma is the schema
# folder (several files). Prisma's `db pull --print` gives DIR/print.out
# (+ print.warnings), `db pull` rewrites the folder: DIR/written is the
# result (the views folder included, if any), and `db pull --force --print`
# gives DIR/force.out.
pull_dir() { # DIR NAME
	N=$((N + 1))
	psql -q "$PGTEST_URL" -c "CREATE DATABASE g$N" >/dev/null
	psql -q -v ON_ERROR_STOP=1 "$BASE/g$N" -f "$1/$2.sql" >/dev/null 2>&1 || { echo "cannot apply $1/$2.sql" >&2; return 1; }
	for mode in print write force; do
		P=$TMP/d$N-$mode
		mkdir -p "$P"
		cp "$TMP/p1/prisma.config.ts" "$P/"
		ln -s "$REF/node_modules" "$P/node_modules"
		cp -R "$1/prisma" "$P/prisma"
		case $mode in
		print) args=--print out=$1/print.out ;;
		write) args= out=/dev/null ;;
		force) args="--force --print" out=$1/force.out ;;
		esac
		(cd "$P" && DATABASE_URL="$BASE/g$N" PRISMA_SCHEMA_ENGINE_BINARY="$REF/shim/schema-engine.mjs" \
			./node_modules/.bin/prisma db pull $args >"$out" 2>"$TMP/err")
		[ $mode = print ] && grep -v '^Loaded Prisma config' "$TMP/err" >"$1/print.warnings"
		grep -q "[^[:space:]]" "$1/print.warnings" 2>/dev/null || rm -f "$1/print.warnings"
		if [ $mode = write ]; then
			rm -rf "$1/written" && mkdir -p "$1/written" && cp -R "$P/prisma" "$1/written/prisma"
		fi
	done
}
pull_dir "$G/multifile" multifile
