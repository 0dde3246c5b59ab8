/*
 * psl_throughput: parse + validate throughput, in process.
 *   psl_throughput SCHEMA-FOLDER [SECONDS | -n RUNS]
 * Loads the folder's .prisma files once, then validates them repeatedly for
 * about SECONDS (default 2), or exactly RUNS times, and prints MB/s of
 * schema text: over all the runs, and from the median and the fastest
 * single run. On a shared machine the overall figure moves with the
 * neighbours' load; the median run is the steadier one. `-n` is for
 * counting instructions under callgrind (bench/cli.sh does).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "schema/schema.h"
#include "util/fs.h"
#include "util/mem.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	struct fs_list files;
	struct strbuf *texts;
	size_t bytes = 0;
	double limit = argc > 2 ? atof(argv[2]) : 2.0, t0, t;
	long iters = 0, fixed = argc > 3 && !strcmp(argv[2], "-n") ? atol(argv[3]) : 0;
	size_t errors = 0, cap = 1024;
	double *runs = xmalloc(cap * sizeof(*runs)), last;
	if (argc < 2 || fs_list_files(argv[1], ".prisma", &files) < 0 || !files.paths.len) {
		fprintf(stderr, "usage: psl_throughput SCHEMA-FOLDER [SECONDS | -n RUNS]\n");
		return 2;
	}
	texts = xcalloc(files.paths.len, sizeof(*texts));
	for (size_t i = 0; i < files.paths.len; i++) {
		strbuf_init(&texts[i], 0);
		fs_read_file(files.paths.items[i], &texts[i]);
		bytes += texts[i].len;
	}
	mem_prefault(bytes * 24 + (1u << 20)); /* as the CLI does */
	t0 = last = now();
	do {
		struct psl_schema s;
		psl_schema_init(&s);
		for (size_t i = 0; i < files.paths.len; i++)
			psl_schema_add_file(&s, files.paths.items[i], texts[i].buf, texts[i].len);
		psl_schema_validate(&s);
		errors = s.src.errors.len;
		psl_schema_release(&s);
		t = now();
		if ((size_t)iters == cap)
			runs = xrealloc(runs, (cap *= 2) * sizeof(*runs));
		runs[iters++] = t - last;
		last = t;
	} while (fixed ? iters < fixed : t - t0 < limit);
	qsort(runs, (size_t)iters, sizeof(*runs), cmp_double);
	printf("parse + validate throughput: %.1f MB/s overall, %.1f MB/s median run, %.1f MB/s best run "
	       "(%zu bytes x %ld runs in %.2f s; %zu errors)\n",
	       (double)bytes * (double)iters / (t - t0) / 1e6, (double)bytes / runs[iters / 2] / 1e6,
	       (double)bytes / runs[0] / 1e6, bytes, iters, t - t0, errors);
	free(runs);
	for (size_t i = 0; i < files.paths.len; i++)
		strbuf_release(&texts[i]);
	free(texts);
	fs_list_release(&files);
	return 0;
}
