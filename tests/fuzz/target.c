/*
 * target.c: the fuzz target shared by the libFuzzer build and our own
 * mutation loop: any bytes go through the same checks the CLI does, then
 * the whole schema pipeline and the formatter. Formatting must also be
 * stable: formatting the output again gives the same text.
 */
#include <stdint.h>
#include <stdlib.h>

#include "project/project.h"
#include "psl/format.h"
#include "schema/reformat.h"
#include "schema/schema.h"

int rdb_fuzz_one(const uint8_t *data, size_t size);

int rdb_fuzz_one(const uint8_t *data, size_t size)
{
	struct rdb_error err;
	struct psl_schema s;
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;

	if (rdb_check_schema_text("fuzz.prisma", (const char *)data, size, &err) < 0)
		return 0;
	psl_schema_init(&s);
	psl_schema_add_file(&s, "fuzz.prisma", (const char *)data, size);
	psl_schema_validate(&s);
	for (size_t i = 0; i < s.src.errors.len + s.src.warnings.len; i++) {
		const struct psl_diag *d = i < s.src.errors.len ? &s.src.errors.items[i]
								: &s.src.warnings.items[i - s.src.errors.len];
		struct strbuf r = STRBUF_INIT;
		if (d->span.start > d->span.end || d->span.end > size)
			abort(); /* every span must lie inside the file */
		psl_render_diag(&r, &s.src, d, i >= s.src.errors.len, true, PSL_RENDER_RDB, NULL);
		strbuf_release(&r);
	}
	/*
	 * The layout pass is idempotent on its own output for schemas without
	 * errors. Not on invalid ones, and that is Prisma's behaviour too: an
	 * invalid line made of an empty C-style block comment in a model comes
	 * out split over two lines, which format differently again (checked
	 * with prisma-schema-wasm; the fuzzer found it), and we match Prisma
	 * byte for byte (tests/unit/test_psl.c: format_follows_prisma_on_invalid_lines).
	 */
	if (!s.src.errors.len && psl_reformat(&s, 2, &out) == 0 && psl_format_text(&again, out.buf, out.len, 2)) {
		struct strbuf third = STRBUF_INIT;
		psl_format_text(&third, again.buf, again.len, 2);
		if (third.len != again.len || memcmp(third.buf, again.buf, again.len))
			abort();
		strbuf_release(&third);
	}
	strbuf_release(&out);
	strbuf_release(&again);
	psl_schema_release(&s);
	return 0;
}

#ifdef RDB_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return rdb_fuzz_one(data, size);
}
#endif
