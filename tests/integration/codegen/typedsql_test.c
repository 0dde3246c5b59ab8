/*
 * typedsql_test.c: the typed SQL functions generated from
 * the .sql files of tests/golden/codegen/features/sql (rdb generate --sql), against
 * PostgreSQL on a fresh copy of the features tables: every parameter type
 * round-trips, enums travel by their database names, arrays in and out,
 * nullability as inferred from the catalog (and overridden by "x?"/"x!"),
 * a NOT NULL column read through an outer join fails with a clear error,
 * and statements without columns report the rows they changed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "client.h"

static struct rdb_error err;

static int exec(struct rdb_conn *conn, const char *sql)
{
	int rc = rdb_exec_raw(conn, sql, &err);
	if (rc < 0)
		printf("FAIL setup: %s: %s\n", sql, err.message);
	return rc;
}

int main(void)
{
	const char *url = getenv("PGTEST_URL");
	struct rdb_pool *pool = NULL;
	struct rdb_conn *conn = NULL;
	struct rdb_result *res = rdb_result_new();
	size_t n = 0;

	if (check_connect(url, &pool, &conn, &err) < 0)
		return 1;
	if (exec(conn, "INSERT INTO \"Person\" (id, first, last) VALUES (1, 'Grace', 'Hopper'), (3, 'Alan', 'Turing')") ||
	    exec(conn, "INSERT INTO \"Person\" (id, first, last, \"mentorId\") VALUES (2, 'Ada', 'Lovelace', 1)") ||
	    exec(conn, "INSERT INTO things (id, cuid1, cuid2, nano, sortable, \"default\", \"int\", price, blob, meta, "
		       "tags, scores, stage, stages, changed, \"ownerId\") VALUES "
		       "('018f0000-0000-7000-8000-000000000001', 'c1', 'c2', 'n1', 's1', 5, 9000000000, 12.50, "
		       "'\\x00ff00', '{\"a\": [1]}', '{x,\"y z\"}', '{3,-1}', 'in_progress', '{TODO,DONE}', "
		       "'2024-02-29 12:00:00.123456', 2), "
		       "('018f0000-0000-7000-8000-000000000002', 'c3', 'c4', 'n2', 's2', 1, NULL, NULL, NULL, NULL, "
		       "'{}', '{}', 'in_progress', '{}', '2024-01-01', 2), "
		       "('018f0000-0000-7000-8000-000000000003', 'c5', 'c6', 'n3', 's3', 9, NULL, NULL, NULL, NULL, "
		       "'{}', '{}', 'TODO', '{}', '2024-01-01', NULL)") ||
	    exec(conn, "INSERT INTO \"Group\" (id, name) VALUES (1, 'eng'), (2, 'ops')"))
		goto done;

	{ /* every column type a table gives, an enum parameter sent by its @map name */
		struct app_sql_thingsByStage_row *r = NULL;
		int rc = app_sql_thingsByStage(conn, app_Stage_DOING, 2, res, &r, &n, &err);
		CHECK("thingsByStage runs", rc == 0 && n == 1, "rc %d n %zu: %s", rc, n, err.message);
		if (rc == 0 && n == 1) {
			CHECK("uuid column", !strcmp(r->id, "018f0000-0000-7000-8000-000000000001"), "%s", r->id);
			CHECK("C keyword columns (default_, int_)", r->default_ == 5 && r->int_ && *r->int_ == 9000000000LL,
			      "%d", r->default_);
			CHECK("required float and bool", r->ratio == 1.5 && r->flag == false, "%g", r->ratio);
			CHECK("decimal as exact text", r->price && !strcmp(r->price, "12.50"), "%s", r->price ? r->price : "NULL");
			CHECK("bytes with NUL", r->blob && r->blob->len == 3 && r->blob->ptr[0] == 0 && r->blob->ptr[1] == 0xff,
			      "len %zu", r->blob ? r->blob->len : 0);
			CHECK("jsonb", r->meta && !strcmp(r->meta, "{\"a\": [1]}"), "%s", r->meta ? r->meta : "NULL");
			CHECK("text[] and int[]",
			      r->tags_count == 2 && !strcmp(r->tags[1], "y z") && r->scores_count == 2 && r->scores[1] == -1,
			      "%zu %zu", r->tags_count, r->scores_count);
			CHECK("enum column as the C enum", r->stage == app_Stage_DOING, "%d", (int)r->stage);
			CHECK("enum[] column", r->stages_count == 2 && r->stages[0] == app_Stage_TODO && r->stages[1] == app_Stage_DONE,
			      "%zu", r->stages_count);
			CHECK("timestamp(3) in microseconds", r->changed == 1709208000123000LL, "%lld", (long long)r->changed);
		}
		rc = app_sql_thingsByStage(conn, app_Stage_DONE, 0, res, &r, &n, &err);
		CHECK("no rows is not an error", rc == 0 && n == 0, "rc %d n %zu", rc, n);
	}
	{ /* arrays as parameters, aggregates, an outer join made optional with "x?" */
		static const int32_t ids[] = {3, 2, 1};
		struct app_sql_personStats_row *r = NULL;
		int rc = app_sql_personStats(conn, ids, 3, res, &r, &n, &err);
		CHECK("personStats runs", rc == 0 && n == 3, "rc %d n %zu: %s", rc, n, err.message);
		if (rc == 0 && n == 3) {
			CHECK("count() is optional int64", r[1].things && *r[1].things == 2 && r[0].things && *r[0].things == 0,
			      "%lld", r[1].things ? (long long)*r[1].things : -1LL);
			CHECK("outer-joined column, optional by alias", r[0].mentorFirst == NULL && r[1].mentorFirst &&
										  !strcmp(r[1].mentorFirst, "Grace"),
			      "%s", r[1].mentorFirst ? r[1].mentorFirst : "NULL");
			CHECK("table column stays required", !strcmp(r[2].first, "Alan") && r[2].id == 3, "%s", r[2].first);
		}
		rc = app_sql_personStats(conn, NULL, 0, res, &r, &n, &err);
		CHECK("an empty array parameter", rc == 0 && n == 0, "rc %d n %zu: %s", rc, n, err.message);
	}
	{ /* inferred NOT NULL through an outer join: a clear error, not a silent zero */
		struct app_sql_mentorNames_row *r = NULL;
		int rc = app_sql_mentorNames(conn, res, &r, &n, &err);
		CHECK("NULL in a column generated as required fails", rc == -1 && err.code == RDB_ERR_USAGE &&
									   strstr(err.message, "sql/mentorNames: column \"mentor\"") &&
									   strstr(err.message, "AS \"mentor?\""),
		      "rc %d: %s", rc, err.message);
		CHECK("the connection is usable after it", app_sql_thingsByStage(conn, app_Stage_TODO, 0, res,
									     &(struct app_sql_thingsByStage_row *){0}, &n, &err) == 0 && n == 1,
		      "%s", err.message);
	}
	{ /* no columns: rows changed; a nullable parameter */
		uint64_t changed = 99;
		int rc = app_sql_renameGroup(conn, "platform", 1, &changed, &err);
		CHECK("update reports rows changed", rc == 0 && changed == 1, "rc %d changed %llu: %s", rc,
		      (unsigned long long)changed, err.message);
		rc = app_sql_renameGroup(conn, NULL, 2, &changed, &err);
		CHECK("NULL parameter sent as SQL NULL", rc == 0 && changed == 1, "%s", err.message);
		rc = app_sql_renameGroup(conn, NULL, 42, NULL, &err);
		CHECK("affected may be NULL; no row matched is not an error", rc == 0, "%s", err.message);
		struct rdb_rows *rows = NULL;
		struct rdb_value v;
		rdb_query(conn, "SELECT string_agg(name, ',' ORDER BY id) FROM \"Group\"", NULL, 0, res, &rows, &err);
		CHECK("both updates applied", rows && rdb_rows_get(rows, 0, 0, &v) && !strcmp(v.v.s.ptr, "platform,ops!"),
		      "%s", rows && rdb_rows_get(rows, 0, 0, &v) ? v.v.s.ptr : err.message);
		rc = app_sql_renameGroup(conn, "ops!", 1, &changed, &err);
		CHECK("a unique violation keeps its Prisma code", rc == -1 && !strcmp(err.prisma_code, "P2002") &&
								      !strncmp(err.message, "sql/renameGroup: ", 17),
		      "rc %d %s: %s", rc, err.prisma_code, err.message);
	}
	{ /* every parameter type back, exactly */
		static const uint8_t bin[] = {0, 'a', 0, 0xfe};
		static const char *const words[] = {"it's", "\"q\"", ""};
		struct app_sql_echo_row *r = NULL;
		int rc = app_sql_echo(conn, "héllo 'x'", (struct rdb_bytes){bin, sizeof(bin)}, -1234567LL,
				      "123e4567-e89b-12d3-a456-426614174000", "-0.000100", "{\"k\": null}", true, 0.25,
				      -9007199254740993LL, -32768, words, 3, res, &r, &n, &err);
		CHECK("echo runs", rc == 0 && n == 1, "rc %d: %s", rc, err.message);
		if (rc == 0 && n == 1) {
			CHECK("text", r->text && !strcmp(r->text, "héllo 'x'"), "%s", r->text);
			CHECK("bytes", r->bytes && r->bytes->len == 4 && !memcmp(r->bytes->ptr, bin, 4), "len");
			CHECK("timestamp before 1970", r->at && *r->at == -1234567LL, "%lld", r->at ? (long long)*r->at : 0LL);
			CHECK("uuid", r->id && !strcmp(r->id, "123e4567-e89b-12d3-a456-426614174000"), "%s", r->id);
			CHECK("numeric keeps its scale", r->num && !strcmp(r->num, "-0.000100"), "%s", r->num);
			CHECK("jsonb", r->doc && !strcmp(r->doc, "{\"k\": null}"), "%s", r->doc);
			CHECK("bool, float8, int8, int2", r->yes && *r->yes && r->ratio && *r->ratio == 0.25 && r->big &&
								*r->big == -9007199254740993LL && r->small && *r->small == -32768,
			      "values");
			CHECK("text[] with quotes and an empty string",
			      r->words_count == 3 && !strcmp(r->words[0], "it's") && !strcmp(r->words[1], "\"q\"") &&
				      !strcmp(r->words[2], ""),
			      "%zu", r->words_count);
			CHECK("\"q!\" is required and ?\?= is not a trigraph", !strcmp(r->q, "?\?="), "%s", r->q);
		}
	}
	{ /* the statement changed on the server since generation: said, not misread */
		struct app_sql_mentorNames_row *r = NULL;
		exec(conn, "ALTER TABLE \"Person\" RENAME COLUMN first TO given");
		int rc = app_sql_mentorNames(conn, res, &r, &n, &err);
		CHECK("a statement that no longer fits its table fails with the server's message",
		      rc == -1 && strstr(err.message, "first"), "rc %d: %s", rc, err.message);
		exec(conn, "ALTER TABLE \"Person\" RENAME COLUMN given TO first");
	}
done:
	rdb_result_free(res);
	rdb_pool_release(pool, conn);
	rdb_pool_destroy(pool);
	return check_summary();
}
