#!/bin/sh
# bench/client.sh: librdb's runtime against raw libpq on a throwaway local
# PostgreSQL (TCP, same settings for both), interleaved in one process:
# select by primary key, INSERT ... RETURNING, 1,000 pipelined inserts vs
# 1,000 single ones, reading 10,000 rows (time and memory). Then the client
# `rdb generate` writes for bench/client/schema.prisma against hand-written
# libpq: find_unique, create, create_many of 1,000 rows (and against 1,000
# single creates), find_many of 10,000 rows with an include (time, memory),
# and the client's instructions per find_unique/create under callgrind.
# Rerun: make && BUILD=build bench/client.sh [ROUNDS]   (default 10 rounds; BENCH_ONLY=select_pk for one operation)
# Output: a table, then one line per operation: <op> <rdb ops/s> <raw libpq ops/s> <ratio>
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
ROUNDS=${1:-10}
PG_INC=$(pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
mkdir -p "$ROOT/$BUILD/bench"
[ -f "$ROOT/$BUILD/librdb.a" ] || { echo "build librdb first: make" >&2; exit 1; }
cc -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_GNU_SOURCE -I"$ROOT/include" -I"$ROOT/src" -I"$PG_INC" \
	-o "$ROOT/$BUILD/bench/client_runtime" "$ROOT/bench/client_runtime.c" "$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
. "$ROOT/tests/lib/pg.sh"
WORK=$(mktemp -d)
chmod 755 "$WORK"
trap 'pg_test_stop "$WORK/pg"; rm -rf "$WORK"' EXIT
pg_test_start "$WORK/pg" >/dev/null
echo "machine: $(nproc) CPUs, $(uname -r); PostgreSQL $(pg_test_as "$(pg_test_bindir)/postgres --version" | awk '{print $3}'), server on the same machine"
# The server on CPU 1 (backends inherit it from the postmaster), the benchmark on
# CPU 0: otherwise whichever side's backend happens to share the client's CPU
# loses, and a run's ratios swing between 0.3 and 1.4.
PIN=
if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null 2>&1; then
	pm=$(head -n 1 "$WORK/pg/data/postmaster.pid")
	for pid in $pm $(pgrep -P "$pm"); do taskset -p -c 1 "$pid" >/dev/null; done
	PIN="taskset -c 0"
	echo "pinned: the server to CPU 1, the benchmark to CPU 0"
else
	echo "not pinned (one CPU, or no taskset): expect noisy ratios"
fi
$PIN "$ROOT/$BUILD/bench/client_runtime" "$PGTEST_URL" "$ROUNDS"

# The generated client (bench/client/schema.prisma) against hand-written libpq.
echo
GEN=$ROOT/$BUILD/bench/gen
"$ROOT/$BUILD/rdb" generate --schema "$ROOT/bench/client/schema.prisma" --output "$GEN" >/dev/null
DATABASE_URL=$PGTEST_URL "$ROOT/$BUILD/rdb" db push --schema "$ROOT/bench/client/schema.prisma" --accept-data-loss >/dev/null
cc -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_GNU_SOURCE -I"$ROOT/include" -I"$ROOT/src" -I"$GEN" -I"$PG_INC" \
	-o "$ROOT/$BUILD/bench/client_generated" "$ROOT/bench/client_generated.c" "$GEN/client.c" "$ROOT/$BUILD/librdb.a" \
	-ldl -pthread -lm
$PIN "$ROOT/$BUILD/bench/client_generated" "$PGTEST_URL" "$ROUNDS"

# The client's own cost, which load on the machine cannot blur: instructions
# per operation in this process (callgrind; the server's work is the same
# SQL on both sides), from two runs of different length so start-up cancels.
echo
if command -v valgrind >/dev/null 2>&1; then
	echo "client instructions per operation (callgrind, this process only; server work is the same SQL):"
	printf '%-28s %12s %12s %7s\n' operation rdb libpq ratio
	for op in find_unique create find_many_include; do
		ins() { # SIDE N
			valgrind --tool=callgrind --callgrind-out-file="$WORK/cg" \
				"$ROOT/$BUILD/bench/client_generated" "$PGTEST_URL" cost "$1" $op "$2" >/dev/null 2>&1
			callgrind_annotate "$WORK/cg" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
		}
		n1=200 n2=1200
		[ $op = find_many_include ] && n1=1 n2=3 # 10,000 rows + 1,000 authors each
		r=$(( ($(ins rdb $n2) - $(ins rdb $n1)) / (n2 - n1) ))
		l=$(( ($(ins libpq $n2) - $(ins libpq $n1)) / (n2 - n1) ))
		printf '%-28s %12d %12d %7s\n' "$op" "$r" "$l" "$(awk "BEGIN { printf \"%.2f\", $r / $l }")"
		echo "${op}_instructions $r $l"
	done
else
	echo "client instructions per operation: skipped (valgrind is not installed: apt-get install valgrind)"
fi
echo
echo "rerun: make && BUILD=$BUILD bench/client.sh $ROUNDS   (one operation: BENCH_ONLY=select_pk bench/client.sh 100)"
