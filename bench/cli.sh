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

. "$ROOT/bench/prisma-ref.sh"
if [ "$HAVE_PRISMA" = 1 ]; then
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
	# A baseline counts only if Prisma did the work: one checked run first.
	if (cd "$P" && ./node_modules/.bin/prisma validate >"$WORK/prisma.log" 2>&1); then
		(cd "$P" && "$T" "$PR" "prisma validate (big-300)" -- ./node_modules/.bin/prisma validate) || true
		# big-300 is not formatted (see above), so --check reports files: any exit is its answer
		(cd "$P" && TIMEIT_ANY_EXIT=1 "$T" "$PR" "prisma format --check (big-300)" -- ./node_modules/.bin/prisma format --check) || true
	else
		echo "prisma validate failed, so no baseline this run: $(tail -n 1 "$WORK/prisma.log")"
	fi
else
	echo
	echo "Prisma 7 not available (npm registry unreachable); no baseline this run."
fi

# In-process throughput: parse + validate of big-300 repeated in memory, for
# 5 s. On this class of VM a busy neighbour on the same core slows
# memory-heavy code to ~0.55x for seconds at a time (a pure ALU loop keeps
# ~0.95x), so the median run moves with the host; the best run and the
# instruction count (callgrind, when installed) do not.
echo
"$ROOT/$BUILD/tests/psl_throughput" "$BIG" 5
if command -v valgrind >/dev/null 2>&1; then
	ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$ROOT/$BUILD/tests/psl_throughput" "$BIG" -n "$1" 2>&1 |
		sed -n 's/.*Collected : *//p'; }
	a=$(ir 5)
	b=$(ir 15)
	if [ -n "$a" ] && [ -n "$b" ]; then
		bytes=$(cat "$BIG"/schema.prisma "$BIG"/models/*.prisma | wc -c)
		echo "parse + validate instructions: $(( (b - a) / 10 )) per run of $bytes bytes ($(( (b - a) / 10 / bytes )) per byte; callgrind)"
	fi
fi
