#!/bin/sh
# run.sh: fuzzes the PSL front end for a bounded time (FUZZ_SECONDS, default 60).
# Uses libFuzzer (clang -fsanitize=fuzzer) when clang can build it, else our own
# mutation loop built with the sanitizers. Prints "N passed, N failed".
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SECONDS_=${FUZZ_SECONDS:-60}
SHARED=${SHARED:-$ROOT/../shared}
OUT=$ROOT/build-fuzz
mkdir -p "$OUT/corpus"
# Seeds: our examples and Prisma's conformance cases.
find "$SHARED/examples" "$SHARED/conformance/prisma/validation" "$SHARED/conformance/prisma/reformat" \
	-name '*.prisma' 2>/dev/null | head -n 400 | while read -r f; do
	cp "$f" "$OUT/corpus/$(echo "$f" | cksum | cut -d' ' -f1).prisma"
done
SRCS=$(cd "$ROOT" && ls src/util/*.c src/psl/*.c src/schema/*.c src/project/*.c)
CFLAGS="-std=c11 -g -O1 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -I$ROOT/include -I$ROOT/src -I$(pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)"
if command -v clang >/dev/null 2>&1 &&
	(cd "$ROOT" && clang $CFLAGS -DRDB_LIBFUZZER -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all -o "$OUT/fuzz_psl" tests/fuzz/target.c $SRCS -ldl -pthread -lm) 2>"$OUT/build.log"; then
	echo "fuzz: libFuzzer for ${SECONDS_}s"
	if "$OUT/fuzz_psl" -max_total_time="$SECONDS_" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$OUT/" "$OUT/corpus" >"$OUT/fuzz.log" 2>&1; then
		grep -E 'stat::number_of_executed_units|Done' "$OUT/fuzz.log" | tail -n 2
		echo "1 passed, 0 failed"
	else
		tail -n 60 "$OUT/fuzz.log"
		echo "fuzz: crash input saved under $OUT/ (crash-*)"
		echo "0 passed, 1 failed"
		exit 1
	fi
else
	echo "fuzz: clang/libFuzzer unavailable ($(tail -n 1 "$OUT/build.log" 2>/dev/null)); using the mutation loop"
	(cd "$ROOT" && cc $CFLAGS -fsanitize=address,undefined -fno-sanitize-recover=all \
		-o "$OUT/mutate" tests/fuzz/target.c tests/fuzz/mutate.c $SRCS -ldl -pthread -lm) || { echo "0 passed, 1 failed"; exit 1; }
	"$OUT/mutate" "$SECONDS_" "$OUT"/corpus/*.prisma || { echo "0 passed, 1 failed"; exit 1; }
fi
