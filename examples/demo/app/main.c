/*
 * main.c: the demo program. It uses the client `rdb generate` wrote for
 * examples/demo/prisma (generated/rdb/client.h) to add a member and a book,
 * lend the book, list loans of books whose title contains "c" (any case)
 * with their member and book, and mark the book as on loan.
 * Run with DATABASE_URL set (make demo does it).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

static int fail(const char *what, const struct rdb_error *err)
{
	fprintf(stderr, "demo: %s: %s%s%s\n", what, err->prisma_code[0] ? err->prisma_code : "",
		err->prisma_code[0] ? " " : "", err->message);
	return 1;
}

int main(void)
{
	struct rdb_pool_config cfg = {0};
	struct rdb_pool *pool;
	struct rdb_conn *conn;
	struct rdb_error err;
	struct rdb_result *res;
	struct db_Member *ann;
	struct db_Book *book;
	struct db_Loan *loan, *loans;
	size_t nloans;
	char email[64];
	char isbn[24];
	int rc = 0;

	cfg.url = getenv("DATABASE_URL");
	if (!cfg.url) {
		fprintf(stderr, "demo: set DATABASE_URL\n");
		return 2;
	}
	if (rdb_pool_create(&cfg, &pool, &err) < 0)
		return fail("connect", &err);
	if (rdb_pool_acquire(pool, &conn, &err) < 0) {
		rdb_pool_destroy(pool);
		return fail("acquire", &err);
	}
	res = rdb_result_new();
	snprintf(email, sizeof(email), "ann+%ld.%ld@example.com", (long)time(NULL), (long)getpid());
	snprintf(isbn, sizeof(isbn), "978%010lu", ((unsigned long)time(NULL) * 100000UL + (unsigned long)getpid() % 100000UL) % 10000000000UL);

	/* create: joinedAt and id come from their defaults */
	struct db_Member_data m = {.set_email = true, .email = email, .set_name = true, .name = "Ann"};
	if (db_Member_create(conn, &m, NULL, res, &ann, &err) < 0) {
		rc = fail("create member", &err);
		goto out;
	}
	const char *tags[] = {"c", "classic"};
	struct db_Book_data b = {.set_isbn = true, .isbn = isbn, .set_title = true, .title = "The C Programming Language",
				 .set_tags = true, .tags = tags, .tags_count = 2};
	if (db_Book_create(conn, &b, NULL, res, &book, &err) < 0) {
		rc = fail("create book", &err);
		goto out;
	}
	struct db_Loan_data l = {.set_memberId = true, .memberId = ann->id, .set_bookId = true, .bookId = book->id,
				 .set_dueAt = true, .dueAt = ((int64_t)time(NULL) + 14 * 86400) * 1000000};
	if (db_Loan_create(conn, &l, NULL, res, &loan, &err) < 0) {
		rc = fail("create loan", &err);
		goto out;
	}
	printf("created member %d (%s), book %d, loan %" PRId64 "\n", ann->id, ann->email, book->id, loan->id);

	/* find_many: a relation filter, an order and an include (one query per relation) */
	struct db_Loan_where w = {
		.returned = &(struct rdb_bool_filter){.equals = &(bool){false}},
		.book_is = &(struct db_Book_where){.title = &(struct rdb_string_filter){.contains = "c", .insensitive = true}},
	};
	static const struct rdb_order newest[] = {{db_Loan_f_id, RDB_DESC}};
	struct db_Loan_args a = {.where = &w, .order_by = newest, .order_by_count = 1, .take = 5,
				 .include = &(struct db_Loan_include){.member = &(struct db_Member_args){0},
								      .book = &(struct db_Book_args){0}}};
	if (db_Loan_find_many(conn, &a, res, &loans, &nloans, &err) < 0) {
		rc = fail("find loans", &err);
		goto out;
	}
	printf("open loans of books with \"c\" in the title (newest first, at most 5): %zu\n", nloans);
	for (size_t i = 0; i < nloans; i++)
		printf("  loan %" PRId64 ": \"%s\" to %s <%s>\n", loans[i].id, loans[i].book->title,
		       loans[i].member->name ? loans[i].member->name : "?", loans[i].member->email);

	/* update by a unique field */
	struct db_Book_data on_loan = {.set_status = true, .status = db_Status_ON_LOAN};
	if (db_Book_update(conn, &(struct db_Book_unique){.isbn = isbn}, &on_loan, NULL, res, &book, &err) < 0) {
		rc = fail("update book", &err);
		goto out;
	}
	printf("book %s is now %s\n", book->isbn, db_Status_to_db(book->status));
out:
	rdb_result_free(res);
	rdb_pool_release(pool, conn);
	rdb_pool_destroy(pool);
	return rc;
}
