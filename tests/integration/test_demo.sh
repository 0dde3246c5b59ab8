# test_demo.sh: `make demo` is one of the README's two commands: run its
# script (scripts/demo.sh) end to end and check what each step must show.
#   BUILD=build sh tests/integration/test_demo.sh
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-build}
. "$ROOT/tests/cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"
if ! pg_test_bindir >/dev/null; then
	skip demo "no PostgreSQL server binaries (apt-get install postgresql)"
	t_done
	exit $?
fi
DEMO_CFLAGS=
[ "${SAN:-0}" = 1 ] && DEMO_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
run env NO_COLOR=1 BUILD="$BUILD" DEMO_CFLAGS="$DEMO_CFLAGS" sh "$ROOT/scripts/demo.sh"
expect_exit "the demo runs to the end" 0
expect_stdout_has "validates the split schema" "The schema at prisma is valid"
expect_stderr_has "shows the mistake made on purpose" 'Type "Intt" is neither a built-in type'
expect_stdout_has "starts the local database" "DATABASE_URL="
expect_stdout_has "first migration applied" "Your database is now in sync with your schema."
expect_stdout_has "second migration adds the column" 'ADD COLUMN     "phone" TEXT'
expect_stdout_has "migrations match the schema" "migrate diff"
expect_stdout_has "the C program ran" "is now ON_LOAN"
expect_stdout_has "typed SQL generated" "1 typed SQL query"
expect_stdout_has "the typed SQL program ran" "members with books out: 1"
expect_stdout_has "stops the database" "The local database is stopped."
# the demo leaves nothing running
if [ -f "$ROOT/$BUILD/demo/.rdb/pg/data/postmaster.pid" ]; then
	fail "no server left running"
else
	pass "no server left running"
fi
t_done
