/*
 * check.h: the check macro of the programs that test a generated client
 * against a database. Each CHECK prints "ok NAME" or "FAIL NAME: why";
 * check_summary() prints the "N passed, N failed" line the test scripts
 * count and gives the exit status; check_connect() opens the pool.
 */
#ifndef RDB_TEST_CHECK_H
#define RDB_TEST_CHECK_H

#include <stdio.h>

#include "rdb/rdb.h"

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

/*
 * A pool on url (a default config) and one connection from it. On failure
 * prints the failing summary line and returns -1: the test then exits 1.
 */
static inline int check_connect(const char *url, struct rdb_pool **pool, struct rdb_conn **conn,
				struct rdb_error *err)
{
	struct rdb_pool_config cfg = {0};
	if (!url) {
		printf("FAIL PGTEST_URL is not set\n0 passed, 1 failed\n");
		return -1;
	}
	cfg.url = url;
	if (rdb_pool_create(&cfg, pool, err) < 0 || rdb_pool_acquire(*pool, conn, err) < 0) {
		printf("FAIL connect: %s\n0 passed, 1 failed\n", err->message);
		return -1;
	}
	return 0;
}

#endif
