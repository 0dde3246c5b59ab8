# test_generate.sh: rdb generate's command line: help, where the output
# goes, other providers, and its errors.
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
RDB=${RDB:-$ROOT/${BUILD:-build}/rdb}
. "$ROOT/tests/cli/lib.sh"
D=$T_TMP/p
mkdir -p "$D"

run "$RDB" generate --help
expect_exit "generate --help exits 0" 0
expect_stdout_has "help names the provider" 'rdb-client-c'
expect_stdout_has "help lists --output" '--output'
run "$RDB" help generate
expect_exit "help generate" 0

cat >"$D/ds.prisma" <<'S'
datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
S
run "$RDB" generate --schema "$D/ds.prisma"
expect_exit "no generator block: exit 1" 1
expect_stderr_has "no generator block: says so" 'has no generator block'
expect_stderr_has "no generator block: shows one" 'provider = "rdb-client-c"'

mkdir -p "$D/other"
cat "$D/ds.prisma" >"$D/other/schema.prisma"
cat >>"$D/other/schema.prisma" <<'S'

generator js {
  provider = "prisma-client-js"
  output   = "../gen"
}
S
run "$RDB" generate --schema "$D/other/schema.prisma"
expect_exit "other provider only: exit 0" 0
expect_stderr_has "other provider: a note" 'generator '"'"'js'"'"' has provider "prisma-client-js"'
expect_stdout_has "other provider: nothing to generate" 'Nothing to generate'
if [ -e "$D/gen" ]; then fail "other provider writes nothing"; else pass "other provider writes nothing"; fi

# output is relative to the file holding the generator block (multi-file schema)
mkdir -p "$D/multi/prisma/sub"
cat "$D/ds.prisma" >"$D/multi/prisma/schema.prisma"
cat >"$D/multi/prisma/sub/gen.prisma" <<'S'
generator c {
  provider = "rdb-client-c"
  output   = "../../generated/c"
}
S
run "$RDB" generate --schema "$D/multi/prisma"
expect_exit "multi-file schema: exit 0" 0
if [ -f "$D/multi/generated/c/client.h" ] && [ -f "$D/multi/generated/c/client.c" ] && [ -f "$D/multi/generated/c/rdb.mk" ]; then
	pass "output relative to the generator's file"
else
	fail "output relative to the generator's file" "$(find "$D/multi" -type f)"
fi
expect_stdout_has "says where it wrote" 'generated/c'

# -C and the default prisma/ folder
run "$RDB" -C "$D/multi" generate
expect_exit "default schema location" 0

# unwritable output: a regular file where the folder should be
mkdir -p "$D/bad"
cat "$D/ds.prisma" >"$D/bad/schema.prisma"
printf 'generator c {\n  provider = "rdb-client-c"\n  output   = "blocker/out"\n}\n' >>"$D/bad/schema.prisma"
: >"$D/bad/blocker"
run "$RDB" generate --schema "$D/bad/schema.prisma"
expect_exit "unwritable output folder: exit 1" 1
expect_stderr_has "unwritable output folder: says which" 'blocker/out'

run "$RDB" generate --schema "$D/bad/schema.prisma" --output "$D/bad/blocker"
expect_exit "--output onto a file: exit 1" 1

printf 'generator c {\n  provider = "rdb-client-c"\n  prefix   = "1bad"\n}\n' >"$D/bad/prefix.prisma"
cat "$D/ds.prisma" >>"$D/bad/prefix.prisma"
run "$RDB" generate --schema "$D/bad/prefix.prisma" --output "$D/bad/p"
expect_exit "prefix that is not a C name: exit 1" 1
expect_stderr_has "prefix error names it" '1bad'

printf 'model {\n' >"$D/bad/broken.prisma"
run "$RDB" generate --schema "$D/bad/broken.prisma"
expect_exit "invalid schema: exit 1" 1
expect_stderr_has "invalid schema: nothing generated" 'nothing was generated'

run "$RDB" generate --outptu x
expect_exit "unknown option: exit 2" 2
expect_stderr_has "unknown option: did you mean" '--output'
run "$RDB" generate extra
expect_exit "positional argument: exit 2" 2
run "$RDB" generate --url postgresql://x@127.0.0.1/db
expect_exit "--url without --sql: exit 2" 2
expect_stderr_has "--url without --sql: says so" "add --sql"
# rdb.mk regenerates the client when the schema changes, and only then.
M=$T_TMP/mk
mkdir -p "$M/prisma/models"
cat >"$M/prisma/schema.prisma" <<'S'
generator client {
  provider = "rdb-client-c"
  output   = "../generated/rdb"
}

datasource db {
  provider = "postgresql"
}
S
cat >"$M/prisma/models/user.prisma" <<'S'
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
S
# the include comes first: it must not become the default goal
printf 'include generated/rdb/rdb.mk\nall: $(RDB_CLIENT_OBJ)\n' >"$M/Makefile"
(cd "$M" && "$RDB" generate >/dev/null)
touch -d '2020-01-01' "$M/prisma/schema.prisma" "$M/prisma/models/user.prisma"
run make -C "$M" RDB="$RDB" RDB_PREFIX="$ROOT"
if [ "$T_RC" = 0 ] && ! grep -q 'Generated the C client' "$T_TMP/stdout"; then
	pass "make: an up-to-date client is not regenerated"
else
	fail "make: an up-to-date client is not regenerated"
fi
sed -i 's/email String @unique/email String @unique\n  nick  String?/' "$M/prisma/models/user.prisma"
run make -C "$M" RDB="$RDB" RDB_PREFIX="$ROOT"
if [ "$T_RC" = 0 ] && grep -q 'Generated the C client' "$T_TMP/stdout" && grep -q 'nick' "$M/generated/rdb/client.h"; then
	pass "make: an edited model file regenerates the client"
else
	fail "make: an edited model file regenerates the client"
fi
cat >"$M/prisma/models/post.prisma" <<'S'
model Post {
  id Int @id
}
S
run make -C "$M" RDB="$RDB" RDB_PREFIX="$ROOT"
if [ "$T_RC" = 0 ] && grep -q 'struct db_Post {' "$M/generated/rdb/client.h"; then
	pass "make: a new model file regenerates the client"
else
	fail "make: a new model file regenerates the client"
fi
run make -C "$M" RDB="$RDB" RDB_PREFIX="$ROOT"
if [ "$T_RC" = 0 ] && ! grep -q 'Generated the C client' "$T_TMP/stdout"; then
	pass "make: then up to date again"
else
	fail "make: then up to date again"
fi
echo 'model Broken {' >>"$M/prisma/models/post.prisma"
run make -C "$M" RDB="$RDB" RDB_PREFIX="$ROOT"
if [ "$T_RC" != 0 ] && grep -q 'struct db_Post {' "$M/generated/rdb/client.h"; then
	pass "make: an invalid schema fails the build and keeps the last client"
else
	fail "make: an invalid schema fails the build and keeps the last client"
fi
t_done
