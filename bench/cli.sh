#!/bin/sh
# bench/cli.sh: CLI speed and memory against Prisma 7 on the same inputs.
# Rerun: make bench   (or: BUILD=build bench/cli.sh [RUNS])
# Prisma's numbers are taken in the same run when its CLI can be installed from
# npm (set PRISMA_REF to an existing install to skip the install).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
RUNS=${1:-20}
SHARED=${SHARED:-$ROOT/../shared}
RDB=$ROOT/$BUILD/rdb
T=$ROOT/$BUILD/bench/timeit
mkdir -p "$ROOT/$BUILD/bench"
cc -O2 -o "$T" "$ROOT/bench/timeit.c"
BIG=$SHARED/examples/big-300
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$BIG" "$WORK/big" # format --check must not touch the shared copy

echo "rdb CLI benchmark: $RUNS runs each; times in ms, max RSS in MB"
echo "schema: $BIG ($(cat "$BIG"/schema.prisma "$BIG"/models/*.prisma | wc -l) lines)"
echo
printf '%-44s %9s %9s %9s %9s\n' command min median max maxrss
"$T" "$RUNS" "rdb --help" -- "$RDB" --help
"$T" "$RUNS" "rdb validate (big-300)" -- "$RDB" validate --schema "$WORK/big"
# big-300's files end with a blank line that the formatter drops, so --check exits 1.
TIMEIT_ANY_EXIT=1 "$T" "$RUNS" "rdb format --check (big-300)" -- "$RDB" format --check --schema "$WORK/big"
# rdb generate: big-300 with an rdb-client-c generator block added (its own is prisma-client's).
cp -r "$BIG" "$WORK/gen"
printf '\ngenerator c {\n  provider = "rdb-client-c"\n  output   = "../out"\n}\n' >>"$WORK/gen/schema.prisma"
"$T" "$RUNS" "rdb generate (big-300)" -- "$RDB" generate --schema "$WORK/gen"

PRISMA_REF=${PRISMA_REF:-$ROOT/$BUILD/bench/prisma-ref}
if [ ! -x "$PRISMA_REF/node_modules/.bin/prisma" ] && command -v npm >/dev/null 2>&1; then
	mkdir -p "$PRISMA_REF"
	cp "$SHARED/tools/prisma-offline/package.json" "$PRISMA_REF/"
	(cd "$PRISMA_REF" && timeout 600 npm install --no-audit --no-fund >/dev/null 2>&1) || true
fi
if [ -x "$PRISMA_REF/node_modules/.bin/prisma" ]; then
	P=$WORK/p
	mkdir -p "$P"
	cp -r "$BIG" "$P/prisma"
	ln -s "$PRISMA_REF/node_modules" "$P/node_modules"
	cat >"$P/prisma.config.ts" <<'TS'
import { defineConfig } from "prisma/config";
export default defineConfig({ schema: "prisma" });
TS
	PR=$(( RUNS < 5 ? RUNS : 5 ))
	echo
	echo "Prisma 7 ($PR runs, same schema):"
	# a failing Prisma run (no network for its engines, say) must not end the benchmark
	(cd "$P" && "$T" "$PR" "prisma validate (big-300)" -- ./node_modules/.bin/prisma validate) || true
	(cd "$P" && TIMEIT_ANY_EXIT=1 "$T" "$PR" "prisma format --check (big-300)" -- ./node_modules/.bin/prisma format --check) || true
else
	echo
	echo "Prisma 7 not available (npm registry unreachable); no baseline this run."
fi

# In-process throughput: parse + validate of big-300 repeated in memory.
echo
"$ROOT/$BUILD/tests/psl_throughput" "$BIG"
