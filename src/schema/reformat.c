/* reformat.c: placeholder: layout pass only, until relation inference lands. */
#include "psl/format.h"
#include "reformat.h"

int psl_reformat(struct psl_schema *s, int indent_width, struct strbuf *out)
{
	for (size_t i = 0; i < s->src.files.len; i++) {
		struct psl_source *f = &s->src.files.items[i];
		if (!psl_format_text(&out[i], f->text, f->len, indent_width))
			return -1;
	}
	return 0;
}
