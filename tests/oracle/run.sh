#!/bin/sh
# run.sh: differential test against Prisma's own PSL engine (the wasm build of
# the Prisma 6.19 engines, from npm): random edits of the conformance and
# example schemas, validated and formatted by both. Skipped, with the reason,
# when npm cannot install the package.
#   ORACLE_CASES=N (default 600) ORACLE_SEED=S
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
SHARED=${SHARED:-$ROOT/../shared}
PKG=$ROOT/$BUILD/oracle/pkg
WORK=$ROOT/$BUILD/oracle/cases
VERSION=6.19.0-26.2ba551f319ab1df4bc874a89965d8b3641056773
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "SKIP oracle: node/npm not installed"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
if [ ! -d "$PKG/node_modules/@prisma/prisma-schema-wasm" ]; then
	mkdir -p "$PKG"
	(cd "$PKG" && echo '{"private":true}' >package.json &&
		timeout 300 npm install --no-audit --no-fund --silent "@prisma/prisma-schema-wasm@$VERSION" >"$PKG/npm.log" 2>&1)
	if [ ! -d "$PKG/node_modules/@prisma/prisma-schema-wasm" ]; then
		echo "SKIP oracle: npm could not install @prisma/prisma-schema-wasm ($(tail -n 1 "$PKG/npm.log"))"
		echo "0 passed, 0 failed, 1 skipped"
		exit 0
	fi
fi
rm -rf "$WORK"
mkdir -p "$WORK"
SEEDS=$(find "$SHARED/conformance/prisma/validation" "$SHARED/conformance/prisma/reformat" "$SHARED/examples/blog-shop" \
	-name '*.prisma' 2>/dev/null | sort)
python3 "$ROOT/tests/oracle/gen.py" "$WORK" "${ORACLE_SEED:-20261125}" "${ORACLE_CASES:-600}" $SEEDS
ls "$WORK"/*.prisma | node "$ROOT/tests/oracle/batch.mjs" "$PKG" || { echo "0 passed, 1 failed"; exit 1; }
ls "$WORK"/*.prisma | "$ROOT/$BUILD/tests/psl_diff" 3
