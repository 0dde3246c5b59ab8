# test_schema_json.sh: rdb schema --json on golden schemas: database names,
# constraint names, defaults, relations and join tables as Prisma derives
# them. Regenerate one after an intended change with:
#   build/rdb schema --json --schema tests/golden/schema/NAME.prisma > tests/golden/schema/NAME.json
. "$(dirname "$0")/../cli/lib.sh"
G=$ROOT/tests/golden/schema
for f in "$G"/*.prisma; do
	name=$(basename "$f" .prisma)
	run "$RDB" schema --json --schema "$f"
	expect_exit "$name: schema --json exits 0" 0
	expect_same_file "$name: resolved schema" "$T_TMP/stdout" "$G/$name.json"
done
if [ -d "$SHARED/examples/blog-shop/s7" ]; then
	run "$RDB" schema --json --schema "$SHARED/examples/blog-shop/s7"
	expect_same_file "blog-shop s7: resolved schema" "$T_TMP/stdout" "$G/blog-shop-s7.json"
else
	skip "blog-shop s7" "$SHARED/examples not found"
fi
run "$RDB" schema --schema "$G/derivations.prisma"
expect_stdout_has "schema summary" "PostgreSQL schema at"
printf 'model A {\n  id Int @id\n  b Intt\n}\n' >"$T_TMP/bad.prisma"
run "$RDB" schema --json --schema "$T_TMP/bad.prisma"
expect_exit "schema of an invalid schema exits 1" 1
expect_stderr_has "schema of an invalid schema shows the error" "Type \"Intt\" is neither a built-in type"
t_done
