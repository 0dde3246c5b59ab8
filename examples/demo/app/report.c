/*
 * report.c: typed SQL in the demo. `rdb generate --sql` turned
 * prisma/sql/openLoans.sql into db_sql_openLoans(), its argument and row
 * types asked from the database. Prints members with books out.
 * Run with DATABASE_URL set (make demo does it).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "client.h"

int main(void)
{
	struct rdb_pool_config cfg = {0};
	struct rdb_pool *pool;
	struct rdb_conn *conn;
	struct rdb_error err;
	struct rdb_result *res;
	struct db_sql_openLoans_row *rows;
	size_t n;
	int rc = 0;

	cfg.url = getenv("DATABASE_URL");
	if (!cfg.url) {
		fprintf(stderr, "report: set DATABASE_URL\n");
		return 2;
	}
	if (rdb_pool_create(&cfg, &pool, &err) < 0) {
		fprintf(stderr, "report: %s\n", err.message);
		return 1;
	}
	if (rdb_pool_acquire(pool, &conn, &err) < 0) {
		fprintf(stderr, "report: %s\n", err.message);
		rdb_pool_destroy(pool);
		return 1;
	}
	res = rdb_result_new();
	if (db_sql_openLoans(conn, 1, res, &rows, &n, &err) < 0) {
		fprintf(stderr, "report: %s\n", err.message);
		rc = 1;
	} else {
		printf("members with books out: %zu\n", n);
		for (size_t i = 0; i < n; i++)
			printf("  %s (%s): %" PRId64 " open\n", rows[i].email, rows[i].name ? rows[i].name : "no name",
			       rows[i].open);
	}
	rdb_result_free(res);
	rdb_pool_release(pool, conn);
	rdb_pool_destroy(pool);
	return rc;
}
