#!/bin/sh
# run.sh: runs every test suite and adds up their "N passed, N failed[, N skipped]"
# lines into the final line. Exit status 1 if anything failed.
#   BUILD=build tests/run.sh [SUITE-FILTER]
set -u
BUILD=${BUILD:-build}
FILTER=${1:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${RDB_SHARED:-$ROOT/../shared}
export RDB="$ROOT/$BUILD/rdb" BUILD ROOT SHARED
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
total_p=0 total_f=0 total_s=0
failed_suites=""

run_suite() { # name, command...
	name=$1
	shift
	case "$name" in *"$FILTER"*) ;; *) return 0 ;; esac
	printf '== %s\n' "$name"
	"$@" >"$LOG/out" 2>&1
	rc=$?
	# show failures, skips and the summary, not every passing line
	grep -v '^ok ' "$LOG/out" | tail -n 400
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOG/out" | tail -n 1)
	if [ -z "$line" ]; then
		echo "suite $name crashed or printed no summary (exit $rc)"
		total_f=$((total_f + 1))
		failed_suites="$failed_suites $name"
		return
	fi
	p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
	f=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
	s=$(echo "$line" | sed -nE 's/.*, ([0-9]+) skipped.*/\1/p')
	total_p=$((total_p + p))
	total_f=$((total_f + f))
	total_s=$((total_s + ${s:-0}))
	if [ "$f" != 0 ] || { [ "$rc" != 0 ] && [ "$rc" != 1 ]; }; then
		failed_suites="$failed_suites $name"
	fi
	if [ "$rc" -gt 1 ] && [ "$f" = 0 ]; then
		echo "suite $name exited with status $rc"
		total_f=$((total_f + 1))
		failed_suites="$failed_suites $name"
	fi
}

for t in "$ROOT/$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	# *_pg tests need a server: tests/integration/ starts one and runs them
	case "$t" in *_pg) continue ;; esac
	run_suite "unit/$(basename "$t")" "$t"
done

CONF="$SHARED/conformance/prisma"
if [ -d "$CONF" ]; then
	run_suite "conformance/validation" "$ROOT/$BUILD/tests/psl_conformance" validation "$CONF/validation"
	run_suite "conformance/reformat" "$ROOT/$BUILD/tests/psl_conformance" reformat "$CONF/reformat"
else
	echo "== conformance: SKIP: $CONF not found (set RDB_SHARED to the shared/ folder)"
	total_s=$((total_s + 1))
fi

# Differential test against Prisma's wasm engine (skips itself without node/npm).
run_suite "oracle/psl" sh "$ROOT/tests/oracle/run.sh"

for t in "$ROOT"/tests/cli/test_*.sh "$ROOT"/tests/golden/test_*.sh "$ROOT"/tests/integration/test_*.sh; do
	[ -f "$t" ] || continue
	run_suite "$(basename "$(dirname "$t")")/$(basename "$t" .sh)" sh "$t"
done

# The fuzzer runs once per CI, with the sanitizer build.
if [ "${SAN:-0}" = 1 ]; then
	run_suite "fuzz/psl" sh "$ROOT/tests/fuzz/run.sh"
fi

echo
[ -n "$failed_suites" ] && echo "failed suites:$failed_suites"
if [ "$total_s" -gt 0 ]; then
	echo "$total_p passed, $total_f failed, $total_s skipped"
else
	echo "$total_p passed, $total_f failed"
fi
[ "$total_f" = 0 ]
