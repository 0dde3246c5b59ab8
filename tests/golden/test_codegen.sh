# test_codegen.sh: golden files of the C client generator. Each folder
# tests/golden/codegen/NAME/ holds a schema (schema.prisma, or a schema/
# folder) and the expected output in expected/ (client.h, client.c, rdb.mk).
# Also checks that generating twice gives the same bytes, and that the
# output compiles with gcc and clang (-std=c11 -Wall -Wextra -Werror
# -pedantic), for every case and for shared/examples/big-300.
#   UPDATE=1 sh tests/golden/test_codegen.sh    rewrites the expected files
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-build}
SHARED=${SHARED:-$ROOT/../shared}
RDB=${RDB:-$ROOT/$BUILD/rdb}
. "$ROOT/tests/cli/lib.sh"
CASES=$ROOT/tests/golden/codegen
STRICT="-std=c11 -Wall -Wextra -Werror -pedantic"

compilers=""
for cc in gcc clang; do
	if command -v $cc >/dev/null 2>&1; then
		compilers="$compilers $cc"
	else
		skip "compile with $cc" "$cc is not installed (apt-get install -y $cc)"
	fi
done

compile_check() { # NAME DIR
	for cc in $compilers; do
		run $cc $STRICT -I"$ROOT/include" -I"$2" -c -o "$2/client.$cc.o" "$2/client.c"
		if [ "$T_RC" = 0 ]; then pass "$1: compiles with $cc"; else fail "$1: compiles with $cc"; fi
	done
	# the header alone, as a user's file includes it
	printf '#include "client.h"\nint main(void) { return 0; }\n' >"$2/use.c"
	run ${CC:-cc} $STRICT -I"$ROOT/include" -I"$2" -c -o "$2/use.o" "$2/use.c"
	if [ "$T_RC" = 0 ]; then pass "$1: header stands alone"; else fail "$1: header stands alone"; fi
}

for dir in "$CASES"/*/; do
	name=$(basename "$dir")
	schema=$dir/schema.prisma
	[ -d "$dir/schema" ] && schema=$dir/schema
	out=$T_TMP/$name
	run "$RDB" generate --schema "$schema" --output "$out"
	if [ "$T_RC" != 0 ]; then
		fail "$name: generate"
		continue
	fi
	pass "$name: generate"
	# rdb.mk names the schema relative to the output folder, here a temporary one
	sed -i 's|^RDB_SCHEMA = .*|RDB_SCHEMA = $(RDB_CLIENT_DIR)/<the schema, relative>|' "$out/rdb.mk"
	if [ "${UPDATE:-0}" = 1 ]; then
		mkdir -p "$dir/expected"
		cp "$out/client.h" "$out/client.c" "$out/rdb.mk" "$dir/expected/"
		echo "updated $dir/expected"
	fi
	for f in client.h client.c rdb.mk; do
		expect_same_file "$name: $f as expected" "$out/$f" "$dir/expected/$f"
	done
	run "$RDB" generate --schema "$schema" --output "$out.again"
	sed -i 's|^RDB_SCHEMA = .*|RDB_SCHEMA = $(RDB_CLIENT_DIR)/<the schema, relative>|' "$out.again/rdb.mk"
	same=1
	for f in client.h client.c rdb.mk; do cmp -s "$out/$f" "$out.again/$f" || same=0; done
	if [ "$same" = 1 ]; then pass "$name: deterministic"; else fail "$name: deterministic" "two runs differ"; fi
	compile_check "$name" "$out"
done

# The benchmark programs compile (make bench runs them; this keeps them from rotting).
PG_INC=$(pg_config --includedir 2>/dev/null || echo /usr/include/postgresql)
run "$RDB" generate --schema "$ROOT/bench/client/schema.prisma" --output "$T_TMP/bench"
for b in client_runtime client_generated; do
	run ${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_GNU_SOURCE -I"$ROOT/include" -I"$ROOT/src" \
		-I"$T_TMP/bench" -I"$PG_INC" -fsyntax-only "$ROOT/bench/$b.c"
	if [ "$T_RC" = 0 ]; then pass "bench/$b.c compiles"; else fail "bench/$b.c compiles"; fi
done

BIG=$SHARED/examples/big-300
if [ -d "$BIG" ]; then
	mkdir -p "$T_TMP/big/schema"
	cp -r "$BIG"/* "$T_TMP/big/schema/"
	sed -i 's/provider *= *"prisma-client[a-z-]*"/provider = "rdb-client-c"/' "$T_TMP/big/schema/schema.prisma"
	run "$RDB" generate --schema "$T_TMP/big/schema" --output "$T_TMP/big/out"
	if [ "$T_RC" = 0 ]; then pass "big-300: generate"; else fail "big-300: generate"; fi
	run "$RDB" generate --schema "$T_TMP/big/schema" --output "$T_TMP/big/out2"
	if cmp -s "$T_TMP/big/out/client.c" "$T_TMP/big/out2/client.c" && cmp -s "$T_TMP/big/out/client.h" "$T_TMP/big/out2/client.h"; then
		pass "big-300: deterministic"
	else
		fail "big-300: deterministic"
	fi
	compile_check big-300 "$T_TMP/big/out"
else
	skip big-300 "$BIG not found (set RDB_SHARED)"
fi
t_done
