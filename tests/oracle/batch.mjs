// batch.mjs: runs Prisma's PSL engine (the @prisma/prisma-schema-wasm build of the
// conformance commit) over many files in one process. For each FILE given on
// stdin it writes FILE.prisma-validate (Prisma's rendered diagnostics, uncoloured,
// or "ok") and FILE.prisma-format (Prisma's formatted text, or "<<ERROR>>").
//   node batch.mjs PACKAGE-DIR < list
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.argv[2], 'package.json'));
// The wasm glue reports Rust panics through this global.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { message: '', set_message(m) { this.message = m; } };
const wasm = require('@prisma/prisma-schema-wasm');
const params = JSON.stringify({ textDocument: { uri: 'file:/dev/null' }, options: { tabSize: 2, insertSpaces: true } });

for (const file of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const text = readFileSync(file, 'utf8');
  let verdict = 'ok';
  try {
    wasm.validate(JSON.stringify({ prismaSchema: text, noColor: true }));
  } catch (e) {
    const raw = e && e.message !== undefined ? e.message : String(e);
    try { verdict = JSON.parse(raw).message; } catch { verdict = '<<PANIC>>' + raw; }
  }
  writeFileSync(file + '.prisma-validate', verdict);
  let formatted;
  try { formatted = wasm.format(JSON.stringify(text), params); } catch { formatted = '<<ERROR>>'; }
  writeFileSync(file + '.prisma-format', formatted);
}
