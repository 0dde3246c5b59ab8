# test_db_pull.sh: `rdb db pull` against Prisma 7's own output
# (tests/golden/pull, made by its gen.sh with the real Prisma CLI). For each
# case a private PostgreSQL database is built from the SQL script, pulled
# with `rdb db pull --print`, and compared byte for byte with Prisma's
# stdout (and its warnings on stderr); then the pulled schema is calculated
# back to SQL and diffed with the database it came from: nothing may differ.
. "$(dirname "$0")/../cli/lib.sh"
. "$ROOT/tests/lib/pg.sh"

G=$ROOT/tests/golden/pull
M=$ROOT/tests/golden/migrations
TOOL=$ROOT/$BUILD/tests/sql_tool
if ! pg_test_start "$T_TMP/pg" >/dev/null 2>&1; then
	skip "postgresql" "no server binaries"
	t_done
	exit
fi
trap 'pg_test_stop "$T_TMP/pg"; rm -rf "$T_TMP"' EXIT
BASE=${PGTEST_URL%/postgres}
N=0
newdb() { # NAME SCRIPT -> $DB
	N=$((N + 1))
	psql -q "$PGTEST_URL" -c "CREATE DATABASE t$N" >/dev/null
	DB=$BASE/t$N
	psql -q -v ON_ERROR_STOP=1 "$DB" -f "$2" >"$T_TMP/psql.log" 2>&1 || {
		fail "$1: apply" "$(head -3 "$T_TMP/psql.log")"
		return 1
	}
}
# pull NAME SQL BASE_SCHEMA EXPECTED [WARNINGS] [DBNS]: one golden case
pull() {
	name=$1 sql=$2 base=$3 expected=$4 warnings=${5:-} nss=${6:-}
	newdb "$name" "$sql" || return
	mkdir -p "$T_TMP/$name"
	cp "$base" "$T_TMP/$name/schema.prisma"
	run "$RDB" db pull --schema "$T_TMP/$name/schema.prisma" --url "$DB" --print
	cp "$T_TMP/stdout" "$T_TMP/$name/pulled.prisma"
	if [ "$T_RC" = 0 ] && cmp -s "$T_TMP/stdout" "$expected"; then pass "$name: db pull --print is Prisma's"; else
		fail "$name: db pull --print is Prisma's" "exit $T_RC"
		diff -u "$expected" "$T_TMP/$name/pulled.prisma" | head -n 40 | sed 's/^/  /'
	fi
	if [ -n "$warnings" ]; then
		expect_same_file "$name: warnings are Prisma's" "$T_TMP/stderr" "$warnings"
	elif [ -s "$T_TMP/stderr" ]; then
		fail "$name: no warnings" "unexpected stderr"
	else
		pass "$name: no warnings"
	fi
	[ "$nss" = none ] && return
	# the round trip: the pulled schema describes exactly this database
	if [ -n "$nss" ]; then from="dbns:$DB|$nss"; else from="db:$DB"; fi
	run "$TOOL" diff "$from" "schema:$T_TMP/$name/pulled.prisma"
	rt=${expected%.out}.roundtrip.sql
	if [ -f "$rt" ]; then
		# Prisma's own `migrate diff --from-config-datasource --to-schema` for this case
		if [ "$T_RC" = 0 ] && cmp -s "$T_TMP/stdout" "$rt"; then
			pass "$name: pulled schema calculates to the database (Prisma's diff)"
		else
			fail "$name: pulled schema calculates to the database (Prisma's diff)"
		fi
	elif [ "$T_RC" = 0 ] && [ "$(cat "$T_TMP/stdout")" = "-- This is an empty migration." ]; then
		pass "$name: pulled schema calculates to the database (empty diff)"
	else
		fail "$name: pulled schema calculates to the database (empty diff)"
	fi
}

for s in s0 s1 s2 s3 s4 s5 s6 s7; do
	pull "blog-shop/$s" "$M/blog-shop/$s.sql" "$G/base.prisma" "$G/blog-shop/$s.out"
done
pull big-300 "$M/big-300/big-300.sql" "$G/base.prisma" "$G/big-300/big-300.out"
pull tricky "$G/cases/tricky.sql" "$G/base.prisma" "$G/cases/tricky.out" "$G/cases/tricky.warnings"
# Prisma pulls a model named String here, which it then rejects itself: no round trip
pull reserved "$G/cases/reserved.sql" "$G/base.prisma" "$G/cases/reserved.out" "$G/cases/reserved.warnings" none
pull multi "$G/cases/multi.sql" "$G/cases/multi.base.prisma" "$G/cases/multi.out" "$G/cases/multi.warnings" \
	"public,other"
# views (preview feature): view blocks; again over a schema holding one of them
pull views "$G/cases/views.sql" "$G/cases/views.base.prisma" "$G/cases/views.out" "$G/cases/views.warnings" none
pull "views re-introspected" "$G/cases/views.sql" "$G/cases/views.reintrospect.base.prisma" \
	"$G/cases/views.reintrospect.out" "$G/cases/views.reintrospect.warnings" none
# postgresqlExtensions: Prisma 7 renders no `extensions` after a pull, even the listed ones
pull extensions "$G/cases/extensions.sql" "$G/cases/extensions.base.prisma" "$G/cases/extensions.out" "" none
# re-introspection: the full s7 schema keeps its names, maps, @updatedAt, uuid(), order
pull "blog-shop/s7 re-introspected" "$M/blog-shop/s7.sql" "$G/blog-shop/s7.base.prisma" \
	"$G/blog-shop/s7.reintrospect.out" "$G/blog-shop/s7.reintrospect.warnings"

# --force ignores the previous models: the same as pulling with the bare schema
S7DB=$DB
cp "$G/blog-shop/s7.base.prisma" "$T_TMP/force.prisma"
run "$RDB" db pull --schema "$T_TMP/force.prisma" --url "$S7DB" --print --force
if cmp -s "$T_TMP/stdout" "$G/blog-shop/s7.out"; then pass "--force: previous models ignored"; else
	fail "--force: previous models ignored"
fi

# without --print the file is rewritten (Prisma's text without the two trailing newlines)
cp "$G/base.prisma" "$T_TMP/write.prisma"
run "$RDB" db pull --schema "$T_TMP/write.prisma" --url "$S7DB"
expect_exit "write: exit 0" 0
expect_stdout_has "write: summary" "Introspected 9 models and wrote them into $T_TMP/write.prisma"
head -c -2 "$G/blog-shop/s7.out" >"$T_TMP/expected.prisma"
expect_same_file "write: the file is Prisma's" "$T_TMP/write.prisma" "$T_TMP/expected.prisma"
# pulling again over the pulled file changes nothing
cp "$T_TMP/write.prisma" "$T_TMP/again.prisma"
run "$RDB" db pull --schema "$T_TMP/again.prisma" --url "$S7DB"
expect_same_file "write: pulling twice is stable" "$T_TMP/again.prisma" "$T_TMP/expected.prisma"

# an empty database: Prisma's P4001, nothing written
newdb empty "$G/cases/empty.sql" && {
	cp "$G/base.prisma" "$T_TMP/empty.prisma"
	run "$RDB" db pull --schema "$T_TMP/empty.prisma" --url "$DB" --print
	expect_exit "empty: exit 1" 1
	expect_same_file "empty: Prisma's P4001 message" "$T_TMP/stderr" "$G/cases/empty.stderr"
	run "$RDB" db pull --schema "$T_TMP/empty.prisma" --url "$DB"
	expect_same_file "empty: schema left alone" "$T_TMP/empty.prisma" "$G/base.prisma"
}

# folder cases (tests/golden/pull/DIR): a schema of several files, pulled
# from its folder as Prisma is run (paths in --print relative to it)
pull_dir() { # DIR NAME
	d=$G/$1
	newdb "$1" "$d/$2.sql" || return
	for mode in print write force; do
		w=$T_TMP/$1-$mode
		rm -rf "$w" && mkdir -p "$w" && cp -R "$d/prisma" "$w/prisma"
		case $mode in
		print) (cd "$w" && "$RDB" db pull --schema prisma --url "$DB" --print >"$T_TMP/stdout" 2>"$T_TMP/stderr")
			expect_same_file "$1: db pull --print is Prisma's" "$T_TMP/stdout" "$d/print.out"
			if [ -f "$d/print.warnings" ]; then
				expect_same_file "$1: warnings are Prisma's" "$T_TMP/stderr" "$d/print.warnings"
			elif [ -s "$T_TMP/stderr" ]; then fail "$1: no warnings" "$(head -3 "$T_TMP/stderr")"
			else pass "$1: no warnings"; fi ;;
		write) (cd "$w" && "$RDB" db pull --schema prisma --url "$DB" >"$T_TMP/stdout" 2>"$T_TMP/stderr")
			if diff -r "$d/written/prisma" "$w/prisma" >"$T_TMP/diff"; then
				pass "$1: db pull writes the files Prisma writes"
			else
				fail "$1: db pull writes the files Prisma writes" "$(head -20 "$T_TMP/diff")"
			fi
			# pulling again over what was written changes nothing
			(cd "$w" && "$RDB" db pull --schema prisma --url "$DB" >/dev/null 2>&1)
			if diff -r "$d/written/prisma" "$w/prisma" >/dev/null; then pass "$1: pulling twice is stable"
			else fail "$1: pulling twice is stable"; fi ;;
		force) (cd "$w" && "$RDB" db pull --schema prisma --url "$DB" --print --force >"$T_TMP/stdout" 2>"$T_TMP/stderr")
			expect_same_file "$1: db pull --force --print is Prisma's" "$T_TMP/stdout" "$d/force.out"
			(cd "$w" && "$RDB" db pull --schema prisma --url "$DB" --force >/dev/null 2>&1)
			if [ "$(cd "$w" && find prisma -type f | sort)" = prisma/introspected.prisma ] &&
				head -c -2 "$d/force.out" | cmp -s - "$w/prisma/introspected.prisma"; then
				pass "$1: db pull --force leaves one file, introspected.prisma"
			else
				fail "$1: db pull --force leaves one file, introspected.prisma"
			fi ;;
		esac
	done
}
pull_dir multifile multifile

# bad input
printf 'datasource db {\n  provider = "postgresql"\n}\nmodel A {\n  id Int @id\n  b  Nope\n}\n' >"$T_TMP/bad.prisma"
run "$RDB" db pull --schema "$T_TMP/bad.prisma" --url "$S7DB"
expect_exit "invalid schema: exit 1" 1
expect_stderr_has "invalid schema: says so" "fix them before pulling"
printf 'datasource db {\n  provider = "mysql"\n}\n' >"$T_TMP/my.prisma"
run "$RDB" db pull --schema "$T_TMP/my.prisma" --url "$S7DB"
expect_exit "mysql: exit 1" 1
expect_stderr_has "mysql: PostgreSQL only" "PostgreSQL only"
run "$RDB" db pull --schema "$T_TMP/write.prisma" --url "$S7DB" extra
expect_exit "usage: extra argument" 2
t_done
