/*
 * check.h: the check macro of the programs that test a generated client
 * against a database. Each CHECK prints "ok NAME" or "FAIL NAME: why";
 * check_summary() prints the "N passed, N failed" line the test scripts
 * count and gives the exit status.
 */
#ifndef RDB_TEST_CHECK_H
#define RDB_TEST_CHECK_H

#include <stdio.h>

static int npass, nfail;

#define CHECK(name, cond, ...)                                                 \
	do {                                                                   \
		if (cond) {                                                    \
			npass++;                                               \
			printf("ok %s\n", name);                               \
		} else {                                                       \
			nfail++;                                               \
			printf("FAIL %s: ", name);                             \
			printf(__VA_ARGS__);                                   \
			printf("\n");                                          \
		}                                                              \
	} while (0)

static inline int check_summary(void)
{
	printf("%d passed, %d failed\n", npass, nfail);
	return nfail ? 1 : 0;
}

#endif
