# prisma.sh: the real Prisma 7 CLI for interop tests, run offline with the
# shim in ../shared/tools/prisma-offline (see its README).
#   . tests/lib/prisma.sh
#   prisma_ref_setup || skip ...   # sets PRISMA_REF and PRISMA_SCHEMA_ENGINE_BINARY
#   prisma_project DIR             # adds prisma.config.ts and node_modules to a project
#   (cd DIR && prisma_cli migrate status)
# The install is cached in $PRISMA_REF (default build/prisma-ref, shared by the
# sanitizer build); npm must reach its registry the first time. PRISMA_REF_WHY says why the set-up failed.
prisma_ref_setup() {
	PRISMA_REF=${PRISMA_REF:-$ROOT/build/prisma-ref} # one install for every build flavour
	off=${SHARED:-$ROOT/../shared}/tools/prisma-offline
	if [ ! -f "$off/package.json" ]; then
		PRISMA_REF_WHY="$off not found"
		return 1
	fi
	if [ ! -x "$PRISMA_REF/node_modules/.bin/prisma" ]; then
		if ! command -v npm >/dev/null 2>&1; then
			PRISMA_REF_WHY="npm is not installed"
			return 1
		fi
		mkdir -p "$PRISMA_REF"
		cp "$off/package.json" "$PRISMA_REF/"
		if ! (cd "$PRISMA_REF" && timeout 600 npm install --no-audit --no-fund >"$PRISMA_REF/npm.log" 2>&1); then
			PRISMA_REF_WHY="npm install of Prisma 7 failed (registry unreachable?): $(tail -n 3 "$PRISMA_REF/npm.log" | tr '\n' ' ')"
			return 1
		fi
	fi
	mkdir -p "$PRISMA_REF/shim"
	cp "$off/schema-engine.mjs" "$PRISMA_REF/shim/" && chmod +x "$PRISMA_REF/shim/schema-engine.mjs"
	export PRISMA_REF PRISMA_SCHEMA_ENGINE_BINARY="$PRISMA_REF/shim/schema-engine.mjs"
	export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
	return 0
}

prisma_project() { # DIR
	ln -sfn "$PRISMA_REF/node_modules" "$1/node_modules"
	cat >"$1/prisma.config.ts" <<'TS'
import { defineConfig, env } from "prisma/config";
export default defineConfig({
  schema: "prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env("DATABASE_URL") },
});
TS
}

prisma_cli() { "$PRISMA_REF/node_modules/.bin/prisma" "$@" </dev/null; }
