/*
 * mutate.c: a small mutation fuzzer for machines without libFuzzer:
 *   mutate SECONDS SEED-FILE...
 * Repeatedly takes a seed, applies random edits biased towards PSL syntax
 * (braces, quotes, @, brackets, newlines), and runs the target under the
 * sanitizers this binary was built with. Prints "N passed, 0 failed".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "util/fs.h"
#include "util/strbuf.h"

int rdb_fuzz_one(const uint8_t *data, size_t size);

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const tokens[] = {
	"{", "}", "(", ")", "[", "]", "@", "@@", "\"", "\\", ":", ",", "=", "?", "!", "\n", "\r\n",
	"//", "///", "/*", "*/", "model ", "enum ", "type ", "view ", "datasource ", "generator ",
	"@id", "@unique", "@default(", "@relation(", "@@index([", "@db.VarChar(", "Int", "String",
	"\xc3\xa9", "\xe2\x80\x83", "\t", "-", ".", "0", "env(", "\"\\u00e9\"", "Unsupported(",
};

static void mutate(struct strbuf *sb)
{
	int edits = 1 + (int)(next_rand() % 8);
	for (int e = 0; e < edits; e++) {
		size_t pos = sb->len ? next_rand() % (sb->len + 1) : 0;
		switch (next_rand() % 5) {
		case 0: /* insert a token */ {
			const char *t = tokens[next_rand() % (sizeof(tokens) / sizeof(tokens[0]))];
			size_t n = strlen(t);
			strbuf_grow(sb, n);
			memmove(sb->buf + pos + n, sb->buf + pos, sb->len - pos + 1);
			memcpy(sb->buf + pos, t, n);
			sb->len += n;
			break;
		}
		case 1: /* delete a run */ {
			size_t n = next_rand() % 16;
			if (pos + n > sb->len)
				n = sb->len - pos;
			memmove(sb->buf + pos, sb->buf + pos + n, sb->len - pos - n + 1);
			sb->len -= n;
			break;
		}
		case 2: /* flip a byte */
			if (pos < sb->len)
				sb->buf[pos] = (char)(next_rand() & 0xff);
			break;
		case 3: /* duplicate a run */ {
			size_t n = next_rand() % 64;
			if (pos + n > sb->len)
				n = sb->len - pos;
			{
				char *copy = xstrndup(sb->buf + pos, n);
				strbuf_grow(sb, n);
				memmove(sb->buf + pos + n, sb->buf + pos, sb->len - pos + 1);
				memcpy(sb->buf + pos, copy, n);
				sb->len += n;
				free(copy);
			}
			break;
		}
		default: /* swap two bytes */
			if (sb->len > 1) {
				size_t q = next_rand() % sb->len;
				char c = sb->buf[q];
				if (pos < sb->len) {
					sb->buf[q] = sb->buf[pos];
					sb->buf[pos] = c;
				}
			}
		}
	}
}

int main(int argc, char **argv)
{
	double seconds;
	time_t start = time(NULL);
	long runs = 0;
	struct strbuf *seeds;
	int nseeds;
	if (argc < 3) {
		fprintf(stderr, "usage: mutate SECONDS SEED...\n");
		return 2;
	}
	seconds = atof(argv[1]);
	nseeds = argc - 2;
	seeds = xcalloc((size_t)nseeds, sizeof(*seeds));
	for (int i = 0; i < nseeds; i++) {
		strbuf_init(&seeds[i], 0);
		fs_read_file(argv[i + 2], &seeds[i]);
	}
	rng ^= (uint64_t)start;
	printf("mutate: seed %llu\n", (unsigned long long)rng);
	while (difftime(time(NULL), start) < seconds) {
		struct strbuf sb = STRBUF_INIT;
		strbuf_addbuf(&sb, &seeds[next_rand() % (uint64_t)nseeds]);
		for (int k = 0; k < 50; k++) {
			mutate(&sb);
			rdb_fuzz_one((const uint8_t *)sb.buf, sb.len);
			runs++;
		}
		strbuf_release(&sb);
	}
	for (int i = 0; i < nseeds; i++)
		strbuf_release(&seeds[i]);
	free(seeds);
	printf("mutate: %ld inputs in %.0f s without a crash\n1 passed, 0 failed\n", runs, seconds);
	return 0;
}
