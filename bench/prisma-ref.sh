# prisma-ref.sh: sourced by the benchmarks for their Prisma 7 baseline. Installs
# shared/tools/prisma-offline's package.json into PRISMA_REF (default
# $BUILD/bench/prisma-ref; set it to reuse an install) when npm can, and points
# Prisma at the offline schema-engine shim: its CLI would otherwise try to
# download its native engine (no network here; a failed download still costs
# seconds). Needs ROOT, BUILD and SHARED; sets PRISMA_REF, and HAVE_PRISMA=1
# when the CLI is there.
PRISMA_REF=${PRISMA_REF:-$ROOT/$BUILD/bench/prisma-ref}
HAVE_PRISMA=0
if [ ! -x "$PRISMA_REF/node_modules/.bin/prisma" ] && command -v npm >/dev/null 2>&1; then
	mkdir -p "$PRISMA_REF"
	cp "$SHARED/tools/prisma-offline/package.json" "$PRISMA_REF/"
	(cd "$PRISMA_REF" && timeout 600 npm install --no-audit --no-fund >/dev/null 2>&1) || true
fi
if [ -x "$PRISMA_REF/node_modules/.bin/prisma" ]; then
	mkdir -p "$PRISMA_REF/shim"
	cp "$SHARED/tools/prisma-offline/schema-engine.mjs" "$PRISMA_REF/shim/" 2>/dev/null || true
	chmod +x "$PRISMA_REF/shim/schema-engine.mjs"
	export PRISMA_SCHEMA_ENGINE_BINARY=$PRISMA_REF/shim/schema-engine.mjs
	HAVE_PRISMA=1
fi
