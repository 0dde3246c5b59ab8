# test_cli.sh: the rdb command line: help, version, usage errors, exit codes,
# schema location, and bad input handled with a located message.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"

run "$RDB" --version
expect_exit "version exits 0" 0
expect_stdout_has "version prints the version" "rdb $(cat "$ROOT/VERSION")"

run "$RDB" --help
expect_exit "help exits 0" 0
expect_stdout_has "help lists validate" "validate"
expect_stdout_has "help lists format" "format"

run "$RDB"
expect_exit "no command is a usage error" 2

for c in validate format; do
	run "$RDB" help $c
	expect_exit "help $c exits 0" 0
	expect_stdout_has "help $c shows usage" "usage: rdb $c"
	run "$RDB" $c --help
	expect_exit "$c --help exits 0" 0
	expect_stdout_has "$c --help shows options" "--schema"
done

run "$RDB" valdate
expect_exit "unknown command exits 2" 2
expect_stderr_has "unknown command suggests" "did you mean 'validate'?"

run "$RDB" validate --shcema x
expect_exit "unknown option exits 2" 2
expect_stderr_has "unknown option suggests" "did you mean '--schema'?"

run "$RDB" validate --schema
expect_exit "missing option value exits 2" 2
expect_stderr_has "missing option value says so" "needs a value"

run "$RDB" --cnfig x validate
expect_exit "unknown global option exits 2" 2

# No schema anywhere.
mkdir empty && cd empty
run "$RDB" validate
expect_exit "no schema found exits 1" 1
expect_stderr_has "no schema found explains" "no Prisma schema found"
expect_stderr_has "no schema found hints" "hint:"
cd ..

run "$RDB" validate --schema does-not-exist
expect_exit "missing schema path exits 1" 1
expect_stderr_has "missing schema path named" "does-not-exist does not exist"

mkdir nofiles
run "$RDB" validate --schema nofiles
expect_exit "folder without .prisma files exits 1" 1
expect_stderr_has "folder without .prisma files explained" "holds no .prisma files"

# Empty and blank files.
: >empty.prisma
run "$RDB" validate --schema empty.prisma
expect_exit "empty file exits 1" 1
expect_stderr_has "empty file located" "empty.prisma:1:1: the schema is empty"

# Non-UTF-8 and binary files.
printf 'model A {\n  id Int @id\n  n String @default("\377")\n}\n' >latin1.prisma
run "$RDB" validate --schema latin1.prisma
expect_exit "non-UTF-8 exits 1" 1
expect_stderr_has "non-UTF-8 located" "latin1.prisma:3:22: file is not valid UTF-8 (byte 0xFF)"

printf 'model A {\n  id Int @id\0\0\n}\n' >binary.prisma
run "$RDB" validate --schema binary.prisma
expect_exit "binary file exits 1" 1
expect_stderr_has "binary file located" "binary.prisma:2:13: file contains a NUL byte"

# Unreadable file (as root, drop privileges so permissions apply).
printf 'datasource db {\n  provider = "postgresql"\n}\n' >secret.prisma
chmod 000 secret.prisma
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		chmod 755 "$T_TMP"
		run setpriv --reuid=65534 --regid=65534 --clear-groups "$RDB" validate --schema secret.prisma
		expect_exit "unreadable file exits 1" 1
		expect_stderr_has "unreadable file explained" "cannot read secret.prisma: Permission denied"
	else
		skip "unreadable file" "running as root without setpriv"
	fi
else
	run "$RDB" validate --schema secret.prisma
	expect_exit "unreadable file exits 1" 1
	expect_stderr_has "unreadable file explained" "cannot read secret.prisma: Permission denied"
fi
chmod 644 secret.prisma

# Unterminated string and block: errors with file:line:col, no crash.
printf 'datasource db {\n  provider = "postgresql\n}\n' >unterminated.prisma
run "$RDB" validate --schema unterminated.prisma
expect_exit "unterminated string exits 1" 1
expect_stderr_has "unterminated string located" "unterminated.prisma:2:3"
expect_stderr_has "unterminated string explained" "This line is not a valid definition within a datasource." 

printf 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n' >unclosed.prisma
run "$RDB" validate --schema unclosed.prisma
expect_exit "unclosed block exits 1" 1
expect_stderr_has "unclosed block located" "unclosed.prisma:4:1"
expect_stderr_has "unclosed block message" "This line is invalid. It does not start with any known Prisma schema keyword."

# 10,000 nested brackets: rejected, located, no stack overflow.
{ printf 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id @default('; 
  i=0; while [ $i -lt 10000 ]; do printf '['; i=$((i+1)); done; printf '\n}\n'; } >nested.prisma
run "$RDB" validate --schema nested.prisma
expect_exit "nested brackets exit 1" 1
expect_stderr_has "nested brackets located" "nested.prisma:5:3"

# Colour: never when NO_COLOR is set or output is not a terminal.
printf 'model {\n' >bad.prisma
run "$RDB" validate --schema bad.prisma
if grep -q "$(printf '\033')" "$T_TMP/stderr"; then fail "no colour when piped"; else pass "no colour when piped"; fi
FORCE_COLOR=1 NO_COLOR= run "$RDB" validate --schema bad.prisma
if grep -q "$(printf '\033')" "$T_TMP/stderr"; then pass "FORCE_COLOR colours"; else fail "FORCE_COLOR colours"; fi

# -C changes directory first.
mkdir -p proj/prisma && printf 'model {\n' >proj/prisma/schema.prisma
run "$RDB" -C proj validate
expect_exit "-C finds prisma/ in that folder" 1
expect_stderr_has "-C names the file" "prisma/schema.prisma:1:1"

# rdb.toml: schema key, unknown key with a suggestion, syntax error located.
mkdir -p cfg/db && printf 'model {\n' >cfg/db/main.prisma
printf 'schema = "db"\n' >cfg/rdb.toml
run "$RDB" -C cfg validate
expect_stderr_has "rdb.toml schema key is used" "db/main.prisma:1:1"
printf 'shema = "db"\n' >cfg/rdb.toml
run "$RDB" -C cfg validate
expect_exit "unknown rdb.toml key exits 1" 1
expect_stderr_has "unknown rdb.toml key suggests" "did you mean 'schema'?"
printf 'schema = db\n' >cfg/rdb.toml
run "$RDB" -C cfg validate
expect_exit "bad rdb.toml exits 1" 1
expect_stderr_has "bad rdb.toml located" "rdb.toml:1:10"
run "$RDB" --config nope.toml validate
expect_exit "missing --config exits 1" 1
expect_stderr_has "missing --config explained" "cannot read config file nope.toml"

# --- migrate dev / diff / db push without a database --------------------------
mkdir -p nodb
run "$RDB" -C nodb migrate dev
expect_exit "migrate dev without a schema exits 1" 1
expect_stderr_has "migrate dev without a schema: what to do" "no Prisma schema found"
expect_stderr_lacks "migrate dev without a schema: no (null)" "(null)"
mkdir -p nodb/prisma
printf 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n}\n' >nodb/prisma/schema.prisma
run env -u DATABASE_URL "$RDB" -C nodb migrate dev
expect_exit "migrate dev without a database exits 1" 1
expect_stderr_has "migrate dev without a database: the hint" "rdb db start"
run "$RDB" -C nodb migrate diff --from-empty --to-schema prisma
expect_exit "diff from a schema needs no database" 0
expect_stdout_has "diff summary" "[+] Added tables"
run "$RDB" -C nodb migrate diff --from-empty --to-schema prisma --exit-code
expect_exit "diff --exit-code with a difference: 2" 2
run "$RDB" -C nodb migrate diff --from-schema prisma --to-schema prisma --exit-code
expect_exit "diff --exit-code without a difference: 0" 0
run "$RDB" -C nodb migrate diff --from-empty --to-schema nowhere
expect_exit "diff from a missing schema exits 1" 1
run "$RDB" -C nodb migrate dev --nmae x
expect_exit "migrate dev misspelt option: 2" 2
expect_stderr_has "migrate dev misspelt option: suggestion" "--name"
run "$RDB" migrate diff --help
expect_exit "migrate diff --help" 0
expect_stdout_has "migrate diff --help lists Prisma 6 aliases" "--from-schema-datasource"
run "$RDB" db push --help
expect_exit "db push --help" 0

t_done
