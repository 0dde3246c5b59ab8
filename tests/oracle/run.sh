#!/bin/sh
# run.sh: differential test against Prisma's own PSL engine (the wasm build of
# the Prisma 6.19 engines, from npm): random edits of the conformance and
# example schemas, validated and formatted by both. Skipped, with the reason,
# when node/npm cannot provide the package. Known disagreements are listed, each
# with its reason, in tests/oracle/allowlist.txt; any other one fails. About 5 s
# on 2 cores with the package installed; the install and Prisma's run are
# bounded by timeouts so that the suite stays under a minute.
#   ORACLE_CASES=N (default 600) ORACLE_SEED=S
#   ORACLE_PKG=DIR: an existing install (DIR/node_modules/@prisma/prisma-schema-wasm)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
SHARED=${SHARED:-$ROOT/../shared}
PKG=${ORACLE_PKG:-$ROOT/$BUILD/oracle/pkg}
WORK=$ROOT/$BUILD/oracle/cases
VERSION=6.19.0-26.2ba551f319ab1df4bc874a89965d8b3641056773
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 || ! command -v python3 >/dev/null 2>&1; then
	echo "SKIP oracle: node, npm or python3 not installed"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
if [ ! -d "$PKG/node_modules/@prisma/prisma-schema-wasm" ]; then
	mkdir -p "$PKG"
	(cd "$PKG" && echo '{"private":true}' >package.json &&
		timeout 30 npm install --no-audit --no-fund --silent "@prisma/prisma-schema-wasm@$VERSION" >"$PKG/npm.log" 2>&1)
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
if [ -z "$SEEDS" ]; then
	echo "SKIP oracle: no seed schemas under $SHARED"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
python3 "$ROOT/tests/oracle/gen.py" "$WORK" "${ORACLE_SEED:-20261125}" "${ORACLE_CASES:-600}" $SEEDS
ls "$WORK"/*.prisma | timeout 25 node "$ROOT/tests/oracle/batch.mjs" "$PKG" || { echo "0 passed, 1 failed"; exit 1; }
ALLOW=$ROOT/tests/oracle/allowlist.txt
# the allowlist names cases of the default run only
[ -n "${ORACLE_SEED:-}${ORACLE_CASES:-}" ] && ALLOW=/dev/null
ls "$WORK"/*.prisma | "$ROOT/$BUILD/tests/psl_diff" 3 "$ALLOW"
