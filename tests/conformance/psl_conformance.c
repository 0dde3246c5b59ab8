/*
 * psl_conformance: runs Prisma's own PSL test cases against rdb.
 *
 *   psl_conformance validation DIR [NAME-FILTER]
 *   psl_conformance reformat DIR [NAME-FILTER]
 *
 * validation: every .prisma file under DIR is one case; its expected
 * diagnostics are the trailing block of `//` comment lines (see
 * ../shared/conformance/prisma/README.md). A case agrees when valid/invalid
 * and the first error message match; it is byte-identical when the whole
 * rendered output (warnings, then errors, with colours) matches too. Cases
 * whose datasource provider is neither postgresql nor mysql (sqlite, mongodb,
 * sqlserver, cockroachdb) are skipped with that reason.
 *
 * reformat: NAME.prisma -> NAME.reformatted.prisma pairs, and multi_file/X
 * folders -> multi_file/X.reformatted folders; output must match byte for
 * byte, and formatting the expected text must return it unchanged.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../unit/t.h"
#include "schema/reformat.h"
#include "schema/schema.h"
#include "util/fs.h"
#include "util/strbuf.h"

static const char *provider_of(const char *text)
{
	/* The provider of the first datasource block, found textually. */
	const char *ds = strstr(text, "datasource ");
	const char *p;
	if (!ds)
		return "none";
	p = strstr(ds, "provider");
	if (!p)
		return "none";
	p = strchr(p, '"');
	if (!p)
		return "none";
	p++;
	if (!strncmp(p, "postgresql\"", 11) || !strncmp(p, "postgres\"", 9))
		return "postgresql";
	if (!strncmp(p, "mysql\"", 6))
		return "mysql";
	if (!strncmp(p, "sqlite\"", 7))
		return "sqlite";
	if (!strncmp(p, "mongodb\"", 8))
		return "mongodb";
	if (!strncmp(p, "sqlserver\"", 10))
		return "sqlserver";
	if (!strncmp(p, "cockroachdb\"", 12))
		return "cockroachdb";
	return "other";
}

/* Splits text into the schema and the expected output (trailing // block). */
static void split_expectation(const char *text, size_t len, struct strbuf *expected)
{
	/* Walk lines backwards while they start with "//". */
	size_t end = len, block_start = len;
	while (end > 0) {
		size_t line_end = end, line_start;
		if (text[line_end - 1] == '\n')
			line_end--;
		line_start = line_end;
		while (line_start > 0 && text[line_start - 1] != '\n')
			line_start--;
		if (line_end - line_start >= 2 && !strncmp(text + line_start, "//", 2)) {
			block_start = line_start;
			end = line_start;
			if (end == 0)
				break;
		} else {
			break;
		}
	}
	for (size_t i = block_start; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - text) : len;
		const char *l = text + i + 2;
		size_t ll = le - i - 2;
		if (ll && l[0] == ' ') {
			l++;
			ll--;
		}
		strbuf_add(expected, l, ll);
		strbuf_addch(expected, '\n');
		i = le + 1;
	}
}

static void strip_ansi(struct strbuf *sb)
{
	size_t w = 0;
	for (size_t r = 0; r < sb->len; r++) {
		if (sb->buf[r] == 0x1b) {
			while (r < sb->len && sb->buf[r] != 'm')
				r++;
			continue;
		}
		sb->buf[w++] = sb->buf[r];
	}
	strbuf_setlen(sb, w);
}

/* The first "error: " header of a rendered output, ANSI-stripped. */
static void first_error(const struct strbuf *rendered, struct strbuf *out)
{
	struct strbuf plain = STRBUF_INIT;
	const char *p;
	strbuf_addbuf(&plain, rendered);
	strip_ansi(&plain);
	p = plain.buf;
	while (p && *p) {
		if (!strncmp(p, "error: ", 7)) {
			/* the message runs until the "  -->  " line */
			const char *end = strstr(p, "\n  -->  ");
			p += 7;
			if (!end)
				end = p + strlen(p);
			strbuf_add(out, p, (size_t)(end - p));
			break;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	strbuf_release(&plain);
}

static void trim_trailing(struct strbuf *sb)
{
	strbuf_rtrim(sb);
}

static int byte_identical, agreed;

static void run_validation_case(const char *path, const char *rel)
{
	struct strbuf text = STRBUF_INIT, expected = STRBUF_INIT, got = STRBUF_INIT;
	struct strbuf exp_first = STRBUF_INIT, got_first = STRBUF_INIT;
	struct psl_schema s;
	const char *provider;

	if (fs_read_file(path, &text) < 0) {
		t_record(rel, 1, "cannot read");
		return;
	}
	provider = provider_of(text.buf);
	if (strcmp(provider, "postgresql") && strcmp(provider, "mysql") && strcmp(provider, "none")) {
		t_record(rel, 2, provider);
		strbuf_release(&text);
		return;
	}
	split_expectation(text.buf, text.len, &expected);

	psl_schema_init(&s);
	psl_schema_add_file(&s, "schema.prisma", text.buf, text.len);
	psl_schema_validate(&s);
	psl_render_all(&got, &s.src, true, PSL_RENDER_PRISMA, "schema.prisma");

	first_error(&expected, &exp_first);
	first_error(&got, &got_first);
	trim_trailing(&expected);
	trim_trailing(&got);

	if (exp_first.len == got_first.len && !memcmp(exp_first.buf, got_first.buf, exp_first.len)) {
		struct strbuf detail = STRBUF_INIT;
		agreed++;
		if (expected.len == got.len && !memcmp(expected.buf, got.buf, got.len)) {
			byte_identical++;
			t_record(rel, 0, NULL);
		} else {
			struct strbuf e = STRBUF_INIT, g = STRBUF_INIT;
			strbuf_addbuf(&e, &expected);
			strbuf_addbuf(&g, &got);
			strip_ansi(&e);
			strip_ansi(&g);
			strbuf_addf(&detail, "first error agrees, full output differs\n--- expected\n%s\n--- got\n%s",
				    e.buf, g.buf);
			t_record(rel, 1, detail.buf);
			strbuf_release(&e);
			strbuf_release(&g);
		}
		strbuf_release(&detail);
	} else {
		struct strbuf detail = STRBUF_INIT;
		strbuf_addf(&detail, "\n  expected first error: %s\n  got first error:      %s",
			    exp_first.len ? exp_first.buf : "(valid)", got_first.len ? got_first.buf : "(valid)");
		t_record(rel, 1, detail.buf);
		strbuf_release(&detail);
	}
	psl_schema_release(&s);
	strbuf_release(&text);
	strbuf_release(&expected);
	strbuf_release(&got);
	strbuf_release(&exp_first);
	strbuf_release(&got_first);
}

/* Formats the given files as one schema; out[i] gets file i. */
static int format_files(char **paths, const char **names, size_t n, struct strbuf *out)
{
	struct psl_schema s;
	int rc = 0;
	psl_schema_init(&s);
	for (size_t i = 0; i < n; i++) {
		struct strbuf text = STRBUF_INIT;
		if (fs_read_file(paths[i], &text) < 0) {
			strbuf_release(&text);
			psl_schema_release(&s);
			return -1;
		}
		psl_schema_add_file(&s, names[i], text.buf, text.len);
		strbuf_release(&text);
	}
	rc = psl_reformat(&s, 2, out);
	psl_schema_release(&s);
	return rc;
}

static void compare_format(const char *rel, char **inputs, const char **names, char **expected, size_t n)
{
	struct strbuf *out = xcalloc(n, sizeof(*out));
	int ok = 1;
	struct strbuf detail = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		strbuf_init(&out[i], 0);
	if (format_files(inputs, names, n, out) < 0) {
		t_record(rel, 1, "could not format");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		struct strbuf exp = STRBUF_INIT;
		fs_read_file(expected[i], &exp);
		if (exp.len != out[i].len || memcmp(exp.buf, out[i].buf, exp.len)) {
			ok = 0;
			strbuf_addf(&detail, "\n--- expected %s\n%s--- got\n%s", names[i], exp.buf, out[i].buf);
		}
		strbuf_release(&exp);
	}
	/* idempotence: the expected text formats to itself */
	if (ok) {
		for (size_t i = 0; i < n; i++)
			strbuf_reset(&out[i]);
		if (format_files(expected, names, n, out) == 0) {
			for (size_t i = 0; i < n; i++) {
				struct strbuf exp = STRBUF_INIT;
				fs_read_file(expected[i], &exp);
				if (exp.len != out[i].len || memcmp(exp.buf, out[i].buf, exp.len)) {
					ok = 0;
					strbuf_addf(&detail, "\nformatting the expected %s changes it", names[i]);
				}
				strbuf_release(&exp);
			}
		}
	}
	t_record(rel, ok ? 0 : 1, ok ? NULL : detail.buf);
done:
	for (size_t i = 0; i < n; i++)
		strbuf_release(&out[i]);
	free(out);
	strbuf_release(&detail);
}

static const char *basename_of(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static void run_reformat(const char *dir, const char *filter)
{
	struct fs_list files;
	if (fs_list_files(dir, ".prisma", &files) < 0) {
		t_record(dir, 1, "cannot list folder");
		return;
	}
	for (size_t i = 0; i < files.paths.len; i++) {
		char *p = files.paths.items[i];
		const char *rel = p + strlen(dir) + (p[strlen(dir)] == '/');
		char *slash;
		if (str_ends_with(p, ".reformatted.prisma") || strstr(p, ".reformatted/"))
			continue;
		if (filter && !strstr(rel, filter))
			continue;
		if ((slash = strstr(p, "/multi_file/")) != NULL) {
			/* handled per folder below: only act on the folder's first file */
			char *folder = xstrndup(p, (size_t)(strrchr(p, '/') - p));
			struct fs_list in;
			struct strbuf expdir = STRBUF_INIT;
			if (i > 0 && !strncmp(files.paths.items[i - 1], folder, strlen(folder)) &&
			    files.paths.items[i - 1][strlen(folder)] == '/') {
				free(folder);
				continue;
			}
			strbuf_addf(&expdir, "%s.reformatted", folder);
			if (fs_list_files(folder, ".prisma", &in) == 0) {
				const char **names = xcalloc(in.paths.len, sizeof(*names));
				char **exps = xcalloc(in.paths.len, sizeof(*exps));
				for (size_t k = 0; k < in.paths.len; k++) {
					names[k] = basename_of(in.paths.items[k]);
					exps[k] = fs_join(expdir.buf, names[k]);
				}
				compare_format(folder + strlen(dir) + 1, in.paths.items, names, exps, in.paths.len);
				for (size_t k = 0; k < in.paths.len; k++)
					free(exps[k]);
				free(exps);
				free(names);
				fs_list_release(&in);
			}
			strbuf_release(&expdir);
			free(folder);
			continue;
		}
		{
			struct strbuf exp = STRBUF_INIT;
			const char *name = "schema.prisma";
			char *expp;
			strbuf_add(&exp, p, strlen(p) - 7);
			strbuf_addstr(&exp, ".reformatted.prisma");
			expp = exp.buf;
			if (fs_exists(expp))
				compare_format(rel, &p, &name, &expp, 1);
			strbuf_release(&exp);
		}
	}
	fs_list_release(&files);
}

static void run_validation(const char *dir, const char *filter)
{
	struct fs_list files;
	if (fs_list_files(dir, ".prisma", &files) < 0) {
		t_record(dir, 1, "cannot list folder");
		return;
	}
	for (size_t i = 0; i < files.paths.len; i++) {
		const char *p = files.paths.items[i];
		const char *rel = p + strlen(dir) + (p[strlen(dir)] == '/');
		if (filter && !strstr(rel, filter))
			continue;
		run_validation_case(p, rel);
	}
	fs_list_release(&files);
	printf("validation agreement: %d cases agree on valid/invalid and the first error, %d byte-identical\n",
	       agreed, byte_identical);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: psl_conformance validation|reformat DIR [FILTER]\n");
		return 2;
	}
	if (!strcmp(argv[1], "validation"))
		run_validation(argv[2], argc > 3 ? argv[3] : NULL);
	else if (!strcmp(argv[1], "reformat"))
		run_reformat(argv[2], argc > 3 ? argv[3] : NULL);
	else {
		fprintf(stderr, "psl_conformance: unknown mode '%s'\n", argv[1]);
		return 2;
	}
	t_summary();
	return t_failed_count() ? 1 : 0;
}
