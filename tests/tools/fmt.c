/* fmt: formats a file with the layout pass only (development aid and tests). */
#include <stdio.h>
#include <stdlib.h>

#include "psl/format.h"
#include "util/strbuf.h"

int main(int argc, char **argv)
{
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	char buf[65536];
	size_t n;
	FILE *f;
	if (argc < 2 || !(f = fopen(argv[1], "rb")))
		return 2;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&in, buf, n);
	fclose(f);
	if (!psl_format_text(&out, in.buf, in.len, 2))
		return 1;
	fwrite(out.buf, 1, out.len, stdout);
	strbuf_release(&in);
	strbuf_release(&out);
	return 0;
}
