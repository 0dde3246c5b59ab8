#!/usr/bin/env python3
"""gen.py OUT SEED COUNT SEED-FILES...: writes COUNT schemas made by randomly
editing the seed files (inserting PSL tokens, deleting and duplicating runs),
for differential tests against Prisma's own validator and formatter."""
import os, random, sys

out, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seeds = []
for f in sys.argv[4:]:
    try:
        seeds.append(open(f, encoding="utf-8").read())
    except (OSError, UnicodeDecodeError):
        pass
rng = random.Random(seed)
tokens = ["{", "}", "(", ")", "[", "]", "@", "@@", '"', ":", ",", "=", "?", "!", "\n", "//", "///",
          "/*", "*/", " ", "  ", "\t", "model ", "enum ", "type ", "view ", "datasource ", "generator ",
          "@id", "@unique", "@default(", "@map(\"x\")", "@@index([", "@db.VarChar(", "Int", "String",
          "BigInt", "DateTime", "Json", "Decimal", "Bytes", "Float", "Boolean", "@relation(",
          "fields: [", "references: [", "onDelete: Cascade", "@updatedAt", "@@id([", "@@unique([",
          "@@map(\"t\")", "@ignore", "@@schema(\"s\")", "autoincrement()", "now()", "uuid()", "cuid()",
          "\u00e9", "-", ".", "0", "1", "env(", "\\", "\r\n", "Unsupported(\"x\")"]
os.makedirs(out, exist_ok=True)
for i in range(count):
    s = rng.choice(seeds)
    for _ in range(rng.randint(1, 5)):
        pos = rng.randint(0, len(s))
        r = rng.random()
        if r < 0.5:
            s = s[:pos] + rng.choice(tokens) + s[pos:]
        elif r < 0.8:
            s = s[:pos] + s[pos + rng.randint(1, 12):]
        else:
            n = rng.randint(1, 60)
            s = s[:pos] + s[pos:pos + n] + s[pos:]
    with open(os.path.join(out, f"c{i:05d}.prisma"), "w", encoding="utf-8") as f:
        f.write(s)
