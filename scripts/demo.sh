#!/bin/sh
# demo.sh: a guided walk through rdb on the demo project (examples/demo),
# in a scratch copy under build/demo. Each step prints the command it runs.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
RDB=$ROOT/$BUILD/rdb
# extra flags for the demo programs (the sanitizer build passes its own)
DEMO_CFLAGS=${DEMO_CFLAGS:-}
DEMO=$ROOT/$BUILD/demo
rm -rf "$DEMO"
mkdir -p "$DEMO"
cp -r "$ROOT/examples/demo/." "$DEMO/"
cd "$DEMO"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then B=$(printf '\033[1m') R=$(printf '\033[0m'); else B= R=; fi
step() { printf '\n%s== %s%s\n' "$B" "$1" "$R"; }
show() { printf '$ %s\n' "$*"; "$@"; }

step "1. The project: a schema split over prisma/schema.prisma and prisma/models/*.prisma"
show find prisma -name '*.prisma'

step "2. Validate it (every file is one schema, as Prisma 7 reads a folder)"
show "$RDB" validate

step "3. Format it: rdb format rewrites files in Prisma's exact layout"
show "$RDB" format --check || true
show "$RDB" format
printf '$ sed -n 2,9p prisma/models/library.prisma\n'
sed -n 2,9p prisma/models/library.prisma
show "$RDB" format --check

step "4. A mistake on purpose: a typo in a type and a relation to a missing model"
cat >>prisma/models/library.prisma <<'PRISMA'

model Review {
  id     Int    @id
  rating Intt
  book   Bok    @relation(fields: [bookId], references: [id])
  bookId Int
}
PRISMA
show "$RDB" validate || echo "(exit status $?: the schema is invalid, as expected)"

cp "$ROOT/examples/demo/prisma/models/library.prisma" prisma/models/library.prisma

step "5. A local PostgreSQL for this project (system server binaries, data under .rdb/)"
printf '[datasource]\nlocal = true\n' >rdb.toml
show cat rdb.toml
show "$RDB" db start

step "6. The first migration: rdb migrate dev writes Prisma's SQL and applies it"
show "$RDB" migrate dev --name init
first=$(ls -d prisma/migrations/*_init)
printf '$ head -n 12 %s/migration.sql\n' "$first"
head -n 12 "$first/migration.sql"

step "7. Change a model (Member gets a phone number) and migrate again"
sed -i 's/^model Member {$/model Member {\n  phone String?/' prisma/models/library.prisma
show "$RDB" format
show "$RDB" migrate dev --name member_phone
second=$(ls -d prisma/migrations/*_member_phone)
show cat "$second/migration.sql"
printf '\n(rdb also wrote %s/down.sql to undo it: rdb migrate down)\n' "$second"

step "8. Status, and a check that the migrations produce exactly the schema"
show "$RDB" migrate status
show "$RDB" migrate diff --from-migrations prisma/migrations --to-schema prisma --exit-code

step "9. Generate the type-safe C client and run a small program on it"
show "$RDB" generate
show cc -std=c11 -Wall -Wextra -Werror -pedantic $DEMO_CFLAGS -I"$ROOT/include" -Igenerated/rdb -o app/demo app/main.c \
	generated/rdb/client.c "$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
printf '$ DATABASE_URL=$(rdb db url) app/demo\n'
DATABASE_URL=$("$RDB" db url) app/demo

step "10. Typed SQL: a .sql file becomes a typed C function (types asked from the database)"
show cat prisma/sql/openLoans.sql
show "$RDB" generate --sql
printf '$ sed -n '"'"'/typed SQL: sql.openLoans/,/^};/p'"'"' generated/rdb/client.h\n'
sed -n '/typed SQL: sql.openLoans/,/^};/p' generated/rdb/client.h
show cc -std=c11 -Wall -Wextra -Werror -pedantic $DEMO_CFLAGS -I"$ROOT/include" -Igenerated/rdb -o app/report app/report.c \
	generated/rdb/client.c "$ROOT/$BUILD/librdb.a" -ldl -pthread -lm
printf '$ DATABASE_URL=$(rdb db url) app/report\n'
DATABASE_URL=$("$RDB" db url) app/report

step "11. Stop the local database (the data stays under .rdb/ for next time)"
show "$RDB" db stop

step "Done. Try: $RDB --help, $RDB help migrate dev"
