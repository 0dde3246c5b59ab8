/*
 * t.h: the project's small test runner. Each test binary defines tests with
 * TEST(name), runs them from main() via t_main(), and ends its output with
 * "N passed, N failed" (", N skipped" when any were skipped). tests/run.sh
 * adds the lines up.
 */
#ifndef RDB_TEST_T_H
#define RDB_TEST_T_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct t_case {
	const char *name;
	void (*fn)(void);
	struct t_case *next;
};

void t_register(struct t_case *c);
/* Runs every registered test (or those whose name contains argv[1]). */
int t_main(int argc, char **argv);

/* Mark the running test failed, with a message. */
void t_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Mark the running test skipped, with the reason. */
void t_skip(const char *reason);
/* The test needs a database: it runs (and is counted) in the integration script named by where. */
void t_elsewhere(const char *where);
/* For data-driven runners: record one outcome directly. */
void t_record(const char *name, int outcome /* 0 pass, 1 fail, 2 skip */, const char *detail);
void t_summary(void);
int t_failed_count(void);

#define TEST(name)                                                             \
	static void test_##name(void);                                         \
	static struct t_case t_case_##name = {#name, test_##name, NULL};       \
	__attribute__((constructor)) static void t_reg_##name(void)            \
	{                                                                      \
		t_register(&t_case_##name);                                    \
	}                                                                      \
	static void test_##name(void)

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond))                                                   \
			t_fail(__FILE__, __LINE__, "%s", #cond);               \
	} while (0)

#define CHECK_STR(a, b)                                                        \
	do {                                                                   \
		const char *t_a_ = (a), *t_b_ = (b);                           \
		if (!t_a_ || !t_b_ || strcmp(t_a_, t_b_) != 0)                 \
			t_fail(__FILE__, __LINE__, "%s == %s\n  got:      \"%s\"\n  expected: \"%s\"", \
			       #a, #b, t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)"); \
	} while (0)

#define CHECK_INT(a, b)                                                        \
	do {                                                                   \
		long long t_a_ = (long long)(a), t_b_ = (long long)(b);        \
		if (t_a_ != t_b_)                                              \
			t_fail(__FILE__, __LINE__, "%s == %s (got %lld, expected %lld)", #a, #b, t_a_, t_b_); \
	} while (0)

#endif
