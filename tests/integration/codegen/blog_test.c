/*
 * blog_test.c: the generated client for blog-shop s7 against a real
 * PostgreSQL (tests/integration/test_codegen_pg.sh builds and runs it with
 * PGTEST_URL set). Prints "ok NAME" / "FAIL NAME: why" and the summary line.
 * Statements between the markers 'include-begin' and 'include-end' are
 * counted by the script from the server log (log_statement = all).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "client.h"

static struct rdb_conn *conn;

static struct rdb_error err;

static struct db_User *make_user(struct rdb_result *res, const char *email, const char *name)
{
	struct db_User *u = NULL;
	struct db_User_data d = {0};
	d.set_email = true;
	d.email = email;
	d.set_name = true;
	d.name = name;
	if (db_User_create(conn, &d, NULL, res, &u, &err) < 0)
		printf("create %s: %s\n", email, err.message);
	return u;
}

static struct db_Post *make_post(struct rdb_result *res, int32_t author, const char *slug, const char *title,
				 const char *body)
{
	struct db_Post *p = NULL;
	struct db_Post_data d = {0};
	d.set_authorId = true;
	d.authorId = author;
	d.set_slug = true;
	d.slug = slug;
	d.set_title = true;
	d.title = title;
	d.set_body = true;
	d.body = body;
	if (db_Post_create(conn, &d, NULL, res, &p, &err) < 0)
		printf("create post %s: %s\n", slug, err.message);
	return p;
}

/* Posts matching w, as a string of slugs in id order: "a-1,b-2". */
static const char *slugs(const struct db_Post_where *w, const struct db_Post_args *extra)
{
	static char buf[512];
	struct rdb_result *res = rdb_result_new();
	struct db_Post *rows = NULL;
	size_t n = 0;
	static const struct rdb_order by_id[] = {{db_Post_f_id, RDB_ASC}};
	struct db_Post_args a = {0};
	if (extra)
		a = *extra;
	a.where = w;
	if (!a.order_by) {
		a.order_by = by_id;
		a.order_by_count = 1;
	}
	buf[0] = '\0';
	if (db_Post_find_many(conn, &a, res, &rows, &n, &err) < 0) {
		snprintf(buf, sizeof(buf), "error: %.400s", err.message);
	} else {
		size_t len = 0;
		for (size_t i = 0; i < n; i++)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s", i ? "," : "", rows[i].slug);
	}
	rdb_result_free(res);
	return buf;
}

static bool is_uuid4(const char *s)
{
	if (!s || strlen(s) != 36 || s[14] != '4' || s[8] != '-' || s[13] != '-')
		return false;
	return strchr("89ab", s[19]) != NULL;
}

int main(void)
{
	const char *url = getenv("PGTEST_URL");
	struct rdb_pool *pool = NULL;
	struct rdb_result *res = rdb_result_new();
	struct db_User *ann, *bob, *u;
	struct db_Post *p1, *p2, *p3, *p;
	int64_t t0 = (int64_t)time(NULL) * 1000000;

	if (check_connect(url, &pool, &conn, &err) < 0)
		return 1;

	/* ---- create with defaults ---- */
	ann = make_user(res, "ann@example.com", "Ann");
	CHECK("create returns the row", ann && ann->id > 0 && !strcmp(ann->email, "ann@example.com"), "no row");
	CHECK("database default (enum literal)", ann && ann->role == db_Role_USER, "role %d", ann ? (int)ann->role : -1);
	CHECK("now() default filled", ann && ann->createdAt >= t0 - 5000000 && ann->createdAt <= t0 + 60000000,
	      "createdAt %lld vs %lld", ann ? (long long)ann->createdAt : 0LL, (long long)t0);
	CHECK("@updatedAt filled on create", ann && ann->updatedAt >= t0 - 5000000, "updatedAt");
	CHECK("optional null is NULL", ann && ann->invitedById == NULL && ann->lastLoginAt == NULL, "not NULL");
	{
		struct db_User_data d = {0};
		d.set_email = true;
		d.email = "bob@example.com";
		d.set_role = true;
		d.role = db_Role_ADMIN;
		d.invitedBy_connect = &(struct db_User_unique){.email = "ann@example.com"};
		bob = NULL;
		db_User_create(conn, &d, NULL, res, &bob, &err);
		CHECK("nested connect sets the foreign key", bob && bob->invitedById && *bob->invitedById == ann->id,
		      "%s", bob ? "wrong invitedById" : err.message);
		CHECK("enum written and read", bob && bob->role == db_Role_ADMIN, "role");
		d.invitedBy_connect = &(struct db_User_unique){.email = "nobody@example.com"};
		d.email = "carl@example.com";
		int rc = db_User_create(conn, &d, NULL, res, &u, &err);
		CHECK("connect to a missing row is P2025", rc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d code %s", rc,
		      err.prisma_code);
	}
	{
		struct db_Product_data d = {0};
		struct db_Product *pr = NULL;
		d.set_sku = true;
		d.sku = "SKU-1";
		d.set_name = true;
		d.name = "Widget";
		d.set_price = true;
		d.price = "12.50";
		d.set_attributes = true;
		d.attributes = "{\"color\": \"red\"}";
		db_Product_create(conn, &d, NULL, res, &pr, &err);
		CHECK("uuid() default is a v4 uuid", pr && is_uuid4(pr->id), "%s", pr ? pr->id : err.message);
		CHECK("Decimal as exact text", pr && !strcmp(pr->price, "12.50"), "%s", pr ? pr->price : "-");
		CHECK("BigInt database default", pr && pr->stock == 0, "stock");
		CHECK("Json as text", pr && pr->attributes && strstr(pr->attributes, "red"), "json");
		d.sku = "SKU-2";
		d.price = "0.99";
		d.set_stock = true;
		d.stock = 5;
		db_Product_create(conn, &d, NULL, res, &pr, &err);
	}

	/* ---- unique errors ---- */
	{
		struct db_User_data d = {0};
		d.set_email = true;
		d.email = "ann@example.com";
		int rc = db_User_create(conn, &d, NULL, res, &u, &err);
		CHECK("duplicate email is P2002", rc < 0 && !strcmp(err.prisma_code, "P2002"), "rc %d code %s", rc,
		      err.prisma_code);
		CHECK("P2002 names the field", strstr(err.message, "email") != NULL, "%s", err.message);
		struct db_User_data missing = {0};
		rc = db_User_create(conn, &missing, NULL, res, &u, &err);
		CHECK("missing required value is refused", rc < 0 && !strcmp(err.prisma_code, "P2012"), "rc %d %s", rc,
		      err.message);
	}

	/* ---- posts for filters ---- */
	p1 = make_post(res, ann->id, "a-1", "Hello World", "first");
	p2 = make_post(res, ann->id, "b-2", "hello there", NULL);
	p3 = make_post(res, bob->id, "c_3", "Other 100%", "third");
	CHECK("posts created", p1 && p2 && p3, "missing post");
	if (!p1 || !p2 || !p3)
		goto done;

	/* ---- find_unique ---- */
	u = NULL;
	db_User_find_unique(conn, &(struct db_User_unique){.id = &ann->id}, NULL, res, &u, &err);
	CHECK("find_unique by id", u && u->id == ann->id, "no row");
	u = NULL;
	db_User_find_unique(conn, &(struct db_User_unique){.email = "bob@example.com"}, NULL, res, &u, &err);
	CHECK("find_unique by unique", u && u->id == bob->id, "no row");
	p = NULL;
	db_Post_find_unique(conn,
			    &(struct db_Post_unique){.authorId_slug = &(struct db_Post_authorId_slug_key){ann->id, "b-2"}},
			    NULL, res, &p, &err);
	CHECK("find_unique by compound unique", p && p->id == p2->id, "no row");
	p = p1;
	db_Post_find_unique(conn, &(struct db_Post_unique){.id = &(int32_t){999999}}, NULL, res, &p, &err);
	CHECK("find_unique of a missing row is NULL", p == NULL, "got a row");
	{
		int rc = db_Post_find_unique(conn, &(struct db_Post_unique){0}, NULL, res, &p, &err);
		CHECK("empty unique selector is refused", rc < 0, "rc %d", rc);
	}

	/* ---- scalar filters ---- */
	CHECK("equals", !strcmp(slugs(&(struct db_Post_where){.slug = &(struct rdb_string_filter){.equals = "b-2"}}, NULL), "b-2"),
	      "%s", slugs(&(struct db_Post_where){.slug = &(struct rdb_string_filter){.equals = "b-2"}}, NULL));
	CHECK("not", !strcmp(slugs(&(struct db_Post_where){.slug = &(struct rdb_string_filter){.not_ = "b-2"}}, NULL), "a-1,c_3"),
	      "%s", slugs(&(struct db_Post_where){.slug = &(struct rdb_string_filter){.not_ = "b-2"}}, NULL));
	{
		const char *in[] = {"a-1", "c_3", "zz"};
		struct db_Post_where w = {.slug = &(struct rdb_string_filter){.in = in, .in_count = 3}};
		CHECK("in", !strcmp(slugs(&w, NULL), "a-1,c_3"), "%s", slugs(&w, NULL));
		struct db_Post_where w2 = {.slug = &(struct rdb_string_filter){.not_in = in, .not_in_count = 3}};
		CHECK("not_in", !strcmp(slugs(&w2, NULL), "b-2"), "%s", slugs(&w2, NULL));
		struct db_Post_where w3 = {.slug = &(struct rdb_string_filter){.in = in, .in_count = 0}};
		CHECK("empty in matches nothing", !strcmp(slugs(&w3, NULL), ""), "%s", slugs(&w3, NULL));
		int32_t ids[] = {p2->id, p3->id};
		struct db_Post_where w4 = {.id = &(struct rdb_int_filter){.in = ids, .in_count = 2}};
		CHECK("in on Int", !strcmp(slugs(&w4, NULL), "b-2,c_3"), "%s", slugs(&w4, NULL));
	}
	{
		struct db_Post_where w = {.id = &(struct rdb_int_filter){.gt = &p1->id, .lte = &p3->id}};
		CHECK("gt + lte", !strcmp(slugs(&w, NULL), "b-2,c_3"), "%s", slugs(&w, NULL));
		struct db_Post_where w2 = {.id = &(struct rdb_int_filter){.lt = &p3->id, .gte = &p1->id}};
		CHECK("lt + gte", !strcmp(slugs(&w2, NULL), "a-1,b-2"), "%s", slugs(&w2, NULL));
	}
	{
		struct db_Post_where w = {.title = &(struct rdb_string_filter){.contains = "hello"}};
		CHECK("contains is case-sensitive", !strcmp(slugs(&w, NULL), "b-2"), "%s", slugs(&w, NULL));
		struct db_Post_where wi = {.title = &(struct rdb_string_filter){.contains = "HELLO", .insensitive = true}};
		CHECK("contains insensitive", !strcmp(slugs(&wi, NULL), "a-1,b-2"), "%s", slugs(&wi, NULL));
		struct db_Post_where we = {.title = &(struct rdb_string_filter){.equals = "HELLO WORLD", .insensitive = true}};
		CHECK("equals insensitive", !strcmp(slugs(&we, NULL), "a-1"), "%s", slugs(&we, NULL));
		struct db_Post_where ws = {.title = &(struct rdb_string_filter){.starts_with = "Hello"}};
		CHECK("starts_with", !strcmp(slugs(&ws, NULL), "a-1"), "%s", slugs(&ws, NULL));
		struct db_Post_where wn = {.title = &(struct rdb_string_filter){.ends_with = "there"}};
		CHECK("ends_with", !strcmp(slugs(&wn, NULL), "b-2"), "%s", slugs(&wn, NULL));
		struct db_Post_where wp = {.title = &(struct rdb_string_filter){.contains = "0%"}};
		CHECK("LIKE % escaped", !strcmp(slugs(&wp, NULL), "c_3"), "%s", slugs(&wp, NULL));
		struct db_Post_where wu = {.slug = &(struct rdb_string_filter){.contains = "_"}};
		CHECK("LIKE _ escaped", !strcmp(slugs(&wu, NULL), "c_3"), "%s", slugs(&wu, NULL));
		struct db_Post_where wnull = {.body = &(struct rdb_string_filter){.null_check = RDB_IS_NULL}};
		CHECK("is null", !strcmp(slugs(&wnull, NULL), "b-2"), "%s", slugs(&wnull, NULL));
		struct db_Post_where wnn = {.body = &(struct rdb_string_filter){.null_check = RDB_IS_NOT_NULL}};
		CHECK("is not null", !strcmp(slugs(&wnn, NULL), "a-1,c_3"), "%s", slugs(&wnn, NULL));
		struct db_Post_where we2 = {.status = &(struct db_PostStatus_filter){.equals = &(enum db_PostStatus){db_PostStatus_DRAFT}}};
		CHECK("enum filter", !strcmp(slugs(&we2, NULL), "a-1,b-2,c_3"), "%s", slugs(&we2, NULL));
	}
	{
		struct db_Post_where parts[2] = {
			{.title = &(struct rdb_string_filter){.contains = "ello"}},
			{.body = &(struct rdb_string_filter){.null_check = RDB_IS_NOT_NULL}},
		};
		struct db_Post_where and = {.AND = parts, .AND_count = 2};
		CHECK("AND", !strcmp(slugs(&and, NULL), "a-1"), "%s", slugs(&and, NULL));
		struct db_Post_where or = {.OR = parts, .OR_count = 2};
		CHECK("OR", !strcmp(slugs(&or, NULL), "a-1,b-2,c_3"), "%s", slugs(&or, NULL));
		struct db_Post_where not = {.NOT = parts, .NOT_count = 1};
		CHECK("NOT", !strcmp(slugs(&not, NULL), "c_3"), "%s", slugs(&not, NULL));
		struct db_Post_where or_empty = {.OR = parts, .OR_count = 0};
		CHECK("OR of nothing matches nothing", !strcmp(slugs(&or_empty, NULL), ""), "%s", slugs(&or_empty, NULL));
	}
	{
		/* relation filters */
		struct db_Post_where hello = {.title = &(struct rdb_string_filter){.contains = "ello"}};
		struct db_User_where some = {.posts_some = &hello};
		struct db_User_where none = {.posts_none = &hello, .email = &(struct rdb_string_filter){.ends_with = "@example.com"}};
		struct db_User_where every = {.posts_every = &hello};
		struct db_User *rows;
		size_t n;
		db_User_find_many(conn, &(struct db_User_args){.where = &some}, res, &rows, &n, &err);
		CHECK("relation some", n == 1 && rows[0].id == ann->id, "n=%zu", n);
		db_User_find_many(conn, &(struct db_User_args){.where = &none}, res, &rows, &n, &err);
		CHECK("relation none", n == 1 && rows[0].id == bob->id, "n=%zu", n);
		db_User_find_many(conn, &(struct db_User_args){.where = &every}, res, &rows, &n, &err);
		CHECK("relation every", n == 1 && rows[0].id == ann->id, "n=%zu", n);
		struct db_User_where isw = {.email = &(struct rdb_string_filter){.equals = "bob@example.com"}};
		struct db_Post_where by_bob = {.author_is = &isw};
		CHECK("to-one is", !strcmp(slugs(&by_bob, NULL), "c_3"), "%s", slugs(&by_bob, NULL));
		struct db_Post_where not_bob = {.author_is_not = &isw};
		CHECK("to-one is_not", !strcmp(slugs(&not_bob, NULL), "a-1,b-2"), "%s", slugs(&not_bob, NULL));
	}

	/* ---- order, skip, take, cursor, distinct, select ---- */
	{
		static const struct rdb_order desc[] = {{db_Post_f_slug, RDB_DESC}};
		struct db_Post_args a = {.order_by = desc, .order_by_count = 1};
		CHECK("order by desc", !strcmp(slugs(NULL, &a), "c_3,b-2,a-1"), "%s", slugs(NULL, &a));
		a.skip = 1;
		a.take = 1;
		CHECK("skip + take", !strcmp(slugs(NULL, &a), "b-2"), "%s", slugs(NULL, &a));
		struct db_Post_args c = {.cursor = &(struct db_Post_unique){.id = &p2->id}};
		CHECK("cursor (inclusive)", !strcmp(slugs(NULL, &c), "b-2,c_3"), "%s", slugs(NULL, &c));
		struct db_Post_args cd = {.cursor = &(struct db_Post_unique){.id = &p2->id}, .order_by = desc, .order_by_count = 1, .skip = 1};
		CHECK("cursor with order desc and skip 1", !strcmp(slugs(NULL, &cd), "a-1"), "%s", slugs(NULL, &cd));
		static const enum db_Post_field by_author[] = {db_Post_f_authorId};
		struct db_Post_args d = {.distinct = by_author, .distinct_count = 1};
		CHECK("distinct", !strcmp(slugs(NULL, &d), "a-1,c_3"), "%s", slugs(NULL, &d));
		static const enum db_Post_field only[] = {db_Post_f_id, db_Post_f_slug};
		struct db_Post_args sa = {.select = only, .select_count = 2};
		struct db_Post *rows;
		size_t n;
		db_Post_find_many(conn, &sa, res, &rows, &n, &err);
		CHECK("select reads only the chosen fields", n == 3 && rows[0].slug && rows[0].title == NULL, "n=%zu", n);
		p = NULL;
		db_Post_find_first(conn, &(struct db_Post_args){.order_by = desc, .order_by_count = 1}, res, &p, &err);
		CHECK("find_first", p && !strcmp(p->slug, "c_3"), "no row");
	}

	/* ---- includes ---- */
	{
		struct db_Tag *t1 = NULL, *t2 = NULL;
		struct db_Tag_data td = {0};
		td.set_name = true;
		td.name = "c";
		db_Tag_create(conn, &td, NULL, res, &t1, &err);
		td.name = "db";
		db_Tag_create(conn, &td, NULL, res, &t2, &err);
		CHECK("tags created", t1 && t2, "%s", err.message);
		if (!t1 || !t2)
			goto done;
		/* m:n connect through the join table, by id and by a unique */
		struct db_Tag_unique two[2] = {{.id = &t1->id}, {.name = "db"}};
		struct db_Post_data link = {.tags_connect = two, .tags_connect_count = 2};
		struct db_Post *lp = NULL;
		int lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &link, NULL, res, &lp, &err);
		link.tags_connect = &two[1];
		link.tags_connect_count = 1;
		lrc |= db_Post_update(conn, &(struct db_Post_unique){.id = &p3->id}, &link, NULL, res, &lp, &err);
		CHECK("m:n connect in update", lrc == 0, "%s", err.message);
		struct db_Tag_unique nope = {.name = "no-such-tag"};
		link.tags_connect = &nope;
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &p3->id}, &link, NULL, res, &lp, &err);
		CHECK("m:n connect to a missing row is P2025", lrc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d %s", lrc,
		      err.prisma_code);
		struct db_Profile_data pd = {0};
		struct db_Profile *prof = NULL;
		pd.set_userId = true;
		pd.userId = ann->id;
		pd.set_bio = true;
		pd.bio = "hi";
		db_Profile_create(conn, &pd, NULL, res, &prof, &err);

		static const struct rdb_order by_id[] = {{db_Post_f_id, RDB_ASC}};
		static const struct rdb_order users_by_id[] = {{db_User_f_id, RDB_ASC}};
		struct db_Post_include pinc = {.tags = &(struct db_Tag_args){0}};
		struct db_User_include inc = {.posts = &(struct db_Post_args){.order_by = by_id, .order_by_count = 1, .include = &pinc},
					      .profile = &(struct db_Profile_args){0}};
		struct db_User *rows = NULL;
		size_t n = 0;
		rdb_exec_raw(conn, "SELECT 'include-begin'", &err);
		int rc = db_User_find_many(conn, &(struct db_User_args){.order_by = users_by_id, .order_by_count = 1, .include = &inc},
					   res, &rows, &n, &err);
		rdb_exec_raw(conn, "SELECT 'include-end'", &err);
		CHECK("find_many with includes", rc == 0 && n == 2, "rc %d n %zu %s", rc, n, err.message);
		if (rc == 0 && n == 2) {
			CHECK("include 1:n", rows[0].posts_count == 2 && rows[1].posts_count == 1 &&
				      !strcmp(rows[0].posts[0].slug, "a-1") && !strcmp(rows[0].posts[1].slug, "b-2"),
			      "counts %zu %zu", rows[0].posts_count, rows[1].posts_count);
			CHECK("include 1:1", rows[0].profile && !strcmp(rows[0].profile->bio, "hi") && rows[1].profile == NULL,
			      "profile");
			CHECK("include m:n nested", rows[0].posts_count == 2 && rows[0].posts[0].tags_count == 2 &&
							rows[0].posts[1].tags_count == 0 && rows[1].posts[0].tags_count == 1 &&
							!strcmp(rows[1].posts[0].tags[0].name, "db"),
			      "tag counts");
		}
		struct db_Post *pp = NULL;
		db_Post_find_unique(conn, &(struct db_Post_unique){.id = &p3->id},
				    &(struct db_Post_include){.author = &(struct db_User_args){0}}, res, &pp, &err);
		CHECK("include to-one (many-to-one)", pp && pp->author && pp->author->id == bob->id, "author");
		struct db_Tag *tg = NULL;
		db_Tag_find_unique(conn, &(struct db_Tag_unique){.name = "db"},
				   &(struct db_Tag_include){.posts = &(struct db_Post_args){.take = 1, .order_by = by_id, .order_by_count = 1}},
				   res, &tg, &err);
		CHECK("include m:n from the other side with take", tg && tg->posts_count == 1 && tg->posts[0].id == p1->id,
		      "posts");
		/* disconnect: m:n unlinks join rows; to-one sets the optional key to NULL */
		struct db_Post_data unlink = {.tags_disconnect = &(struct db_Tag_unique){.name = "c"}, .tags_disconnect_count = 1};
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &unlink, NULL, res, &lp, &err);
		pp = NULL;
		db_Post_find_unique(conn, &(struct db_Post_unique){.id = &p1->id}, &pinc, res, &pp, &err);
		CHECK("m:n disconnect in update", lrc == 0 && pp && pp->tags_count == 1 && !strcmp(pp->tags[0].name, "db"),
		      "rc %d tags %zu %s", lrc, pp ? pp->tags_count : 0, err.message);
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &unlink, NULL, res, &lp, &err);
		CHECK("m:n disconnect of a row not linked is a no-op", lrc == 0, "%s", err.message);
		struct db_User_data free_bob = {.invitedBy_disconnect = true};
		struct db_User *ub = NULL;
		lrc = db_User_update(conn, &(struct db_User_unique){.id = &bob->id}, &free_bob, NULL, res, &ub, &err);
		CHECK("to-one disconnect sets the key to NULL", lrc == 0 && ub && ub->invitedById == NULL, "rc %d %s", lrc,
		      err.message);
		free_bob.invitedBy_connect = &(struct db_User_unique){.email = "ann@example.com"};
		lrc = db_User_update(conn, &(struct db_User_unique){.id = &bob->id}, &free_bob, NULL, res, &ub, &err);
		CHECK("connect and disconnect together is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE, "rc %d", lrc);
		struct db_User_data new_user = {.set_email = true, .email = "dora@example.com", .invitedBy_disconnect = true};
		lrc = db_User_create(conn, &new_user, NULL, res, &ub, &err);
		CHECK("disconnect in create is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE, "rc %d", lrc);
		/* 1:n from the one side: the child's optional key becomes NULL, other parents' children stay */
		struct db_User_data invite = {.invitedBy_connect = &(struct db_User_unique){.email = "ann@example.com"}};
		lrc = db_User_update(conn, &(struct db_User_unique){.id = &bob->id}, &invite, NULL, res, &ub, &err);
		struct db_User *ann = NULL;
		db_User_find_unique(conn, &(struct db_User_unique){.email = "ann@example.com"}, NULL, res, &ann, &err);
		CHECK("invited again", lrc == 0 && ub && ann && ub->invitedById && *ub->invitedById == ann->id, "%s", err.message);
		struct db_User_data drop_bob = {.invitees_disconnect = &(struct db_User_unique){.id = &bob->id},
						.invitees_disconnect_count = 1};
		struct db_User *annu = NULL;
		lrc = db_User_update(conn, &(struct db_User_unique){.id = &bob->id}, &drop_bob, NULL, res, &annu, &err);
		db_User_find_unique(conn, &(struct db_User_unique){.id = &bob->id}, NULL, res, &ub, &err);
		CHECK("1:n disconnect from another parent leaves the child alone",
		      lrc == 0 && ub && ub->invitedById && *ub->invitedById == ann->id, "rc %d %s", lrc, err.message);
		lrc = db_User_update(conn, &(struct db_User_unique){.email = "ann@example.com"}, &drop_bob,
				     &(struct db_User_include){.invitees = &(struct db_User_args){0}}, res, &annu, &err);
		db_User_find_unique(conn, &(struct db_User_unique){.id = &bob->id}, NULL, res, &ub, &err);
		CHECK("1:n disconnect from the one side sets the child's key to NULL",
		      lrc == 0 && ub && ub->invitedById == NULL && annu && annu->invitees_count == 0, "rc %d %s", lrc,
		      err.message);
		lrc = db_User_update(conn, &(struct db_User_unique){.email = "ann@example.com"}, &drop_bob, NULL, res, &annu,
				     &err);
		CHECK("1:n disconnect of a row not linked is a no-op", lrc == 0, "%s", err.message);
		struct db_User_data new_parent = {.set_email = true, .email = "eve@example.com",
						  .invitees_disconnect = &(struct db_User_unique){.id = &bob->id},
						  .invitees_disconnect_count = 1};
		lrc = db_User_create(conn, &new_parent, NULL, res, &ub, &err);
		CHECK("1:n disconnect in create is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE, "rc %d", lrc);
		/* 1:n connect from the one side: in an update, in a create (moving the child), a missing child */
		struct db_User_data adopt = {.invitees_connect = &(struct db_User_unique){.id = &bob->id},
					     .invitees_connect_count = 1};
		lrc = db_User_update(conn, &(struct db_User_unique){.email = "ann@example.com"}, &adopt,
				     &(struct db_User_include){.invitees = &(struct db_User_args){0}}, res, &annu, &err);
		CHECK("1:n connect from the one side sets the child's key",
		      lrc == 0 && annu && annu->invitees_count == 1 && annu->invitees[0].id == bob->id, "rc %d %s", lrc,
		      err.message);
		new_parent.invitees_disconnect = NULL;
		new_parent.invitees_disconnect_count = 0;
		new_parent.invitees_connect = &(struct db_User_unique){.id = &bob->id};
		new_parent.invitees_connect_count = 1;
		struct db_User *eve = NULL;
		lrc = db_User_create(conn, &new_parent, &(struct db_User_include){.invitees = &(struct db_User_args){0}}, res,
				     &eve, &err);
		db_User_find_unique(conn, &(struct db_User_unique){.id = &bob->id}, NULL, res, &ub, &err);
		CHECK("1:n connect in a create moves the child to the new row",
		      lrc == 0 && eve && eve->invitees_count == 1 && ub && ub->invitedById && *ub->invitedById == eve->id,
		      "rc %d %s", lrc, err.message);
		int32_t nobody = 987654;
		adopt.invitees_connect = &(struct db_User_unique){.id = &nobody};
		lrc = db_User_update(conn, &(struct db_User_unique){.email = "ann@example.com"}, &adopt, NULL, res, &annu, &err);
		CHECK("1:n connect of a missing row is P2025", lrc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d %s", lrc,
		      err.prisma_code);
		struct db_User_data zed = {.set_email = true, .email = "zed@example.com",
					   .invitees_connect = &(struct db_User_unique){.id = &nobody},
					   .invitees_connect_count = 1};
		lrc = db_User_create(conn, &zed, NULL, res, &ub, &err);
		struct db_User *z = NULL;
		db_User_find_unique(conn, &(struct db_User_unique){.email = "zed@example.com"}, NULL, res, &z, &err);
		CHECK("a create whose nested connect fails leaves no row (one transaction)", lrc < 0 && z == NULL,
		      "rc %d", lrc);
		/* nested create on the side holding the key (the author first) and on an m:n relation (then linked) */
		struct db_Post_data np = {.set_slug = true, .slug = "nested-create", .set_title = true, .title = "Nested",
					  .set_body = true, .body = "b",
					  .author_create = &(struct db_User_data){.set_email = true, .email = "nina@example.com"},
					  .tags_create = (struct db_Tag_data[]){{.set_name = true, .name = "fresh1"},
										{.set_name = true, .name = "fresh2"}},
					  .tags_create_count = 2};
		struct db_Post_include pi2 = {.author = &(struct db_User_args){0}, .tags = &(struct db_Tag_args){0}};
		struct db_Post *npost = NULL;
		lrc = db_Post_create(conn, &np, &pi2, res, &npost, &err);
		CHECK("create with the author created first (the side holding the key)",
		      lrc == 0 && npost && npost->author && !strcmp(npost->author->email, "nina@example.com") &&
			      npost->authorId == npost->author->id,
		      "rc %d %s", lrc, err.message);
		CHECK("create with m:n children created and linked", npost && npost->tags_count == 2, "rc %d %s", lrc,
		      err.message);
		int32_t npid = npost ? npost->id : 0;
		np.slug = "nested-create-2";
		np.author_connect = &(struct db_User_unique){.email = "ann@example.com"};
		lrc = db_Post_create(conn, &np, NULL, res, &npost, &err);
		CHECK("connect and create of one relation together is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE,
		      "rc %d", lrc);
		np.author_connect = NULL;
		np.tags_create = NULL;
		np.tags_create_count = 0;
		lrc = db_Post_create(conn, &np, NULL, res, &npost, &err);
		bool p2002 = lrc < 0 && !strcmp(err.prisma_code, "P2002");
		uint64_t left = 99;
		db_Post_count(conn, &(struct db_Post_where){.slug = &(struct rdb_string_filter){.equals = "nested-create-2"}},
			      &left, &err);
		CHECK("a nested create that fails (P2002 on the author) leaves no post", p2002 && left == 0, "rc %d left %llu",
		      lrc, (unsigned long long)left);
		struct db_Post_data reauthor = {.author_create = &(struct db_User_data){.set_email = true,
											  .email = "omar@example.com"}};
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &npid}, &reauthor, &pi2, res, &npost, &err);
		CHECK("update with a new author created first", lrc == 0 && npost && npost->author &&
							     !strcmp(npost->author->email, "omar@example.com"),
		      "rc %d %s", lrc, err.message);
		/* leave the tables as the later checks expect them */
		uint64_t gone = 0, gone_tags = 0;
		int crc = db_Post_delete(conn, &(struct db_Post_unique){.id = &npid}, res, NULL, &err);
		crc |= db_User_delete_many(conn,
					   &(struct db_User_where){.email = &(struct rdb_string_filter){
									   .in = (const char *const[]){"nina@example.com",
												       "omar@example.com"},
									   .in_count = 2}},
					   &gone, &err);
		crc |= db_Tag_delete_many(conn, &(struct db_Tag_where){.name = &(struct rdb_string_filter){.starts_with = "fresh"}},
					  &gone_tags, &err);
		CHECK("clean up the nested creates", crc == 0 && gone == 2 && gone_tags == 2, "%s", err.message);
		/* connectOrCreate: the row found is connected, a missing one created */
		struct db_User *ann2 = NULL;
		db_User_find_unique(conn, &(struct db_User_unique){.email = "ann@example.com"}, NULL, res, &ann2, &err);
		struct db_Post_data co = {
			.set_slug = true, .slug = "coc", .set_title = true, .title = "C", .set_body = true, .body = "b",
			.author_connect_or_create = &(struct db_User_connect_or_create){
				.where = &(struct db_User_unique){.email = "ann@example.com"},
				.create = &(struct db_User_data){.set_email = true, .email = "ann@example.com"}},
			.tags_connect_or_create = (struct db_Tag_connect_or_create[]){
				{.where = &(struct db_Tag_unique){.name = "db"},
				 .create = &(struct db_Tag_data){.set_name = true, .name = "db"}},
				{.where = &(struct db_Tag_unique){.name = "coc-new"},
				 .create = &(struct db_Tag_data){.set_name = true, .name = "coc-new"}}},
			.tags_connect_or_create_count = 2};
		struct db_Post *cp = NULL;
		lrc = db_Post_create(conn, &co, &pi2, res, &cp, &err);
		CHECK("connectOrCreate connects the row it finds (to-one holding the key)",
		      lrc == 0 && cp && ann2 && cp->authorId == ann2->id, "rc %d %s", lrc, err.message);
		CHECK("connectOrCreate on m:n: one found and linked, one created and linked", cp && cp->tags_count == 2,
		      "rc %d %s", lrc, err.message);
		uint64_t ntags = 0;
		db_Tag_count(conn, &(struct db_Tag_where){.name = &(struct rdb_string_filter){.equals = "db"}}, &ntags, &err);
		CHECK("connectOrCreate did not create a second \"db\" tag", ntags == 1, "%llu", (unsigned long long)ntags);
		co.slug = "coc-2";
		co.author_connect_or_create = &(struct db_User_connect_or_create){
			.where = &(struct db_User_unique){.email = "paul@example.com"},
			.create = &(struct db_User_data){.set_email = true, .email = "paul@example.com"}};
		co.tags_connect_or_create_count = 0;
		co.tags_connect_or_create = NULL;
		lrc = db_Post_create(conn, &co, &pi2, res, &cp, &err);
		CHECK("connectOrCreate creates the row it does not find (to-one holding the key)",
		      lrc == 0 && cp && cp->author && !strcmp(cp->author->email, "paul@example.com"), "rc %d %s", lrc,
		      err.message);
		co.author_connect = &(struct db_User_unique){.email = "ann@example.com"};
		lrc = db_Post_create(conn, &co, NULL, res, &cp, &err);
		CHECK("connect and connectOrCreate together is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE, "rc %d",
		      lrc);
		struct db_User *paul = NULL;
		db_User_find_unique(conn, &(struct db_User_unique){.email = "paul@example.com"}, NULL, res, &paul, &err);
		crc = db_Post_delete_many(conn, &(struct db_Post_where){.slug = &(struct rdb_string_filter){.starts_with = "coc"}},
					  &gone, &err);
		crc |= db_User_delete(conn, &(struct db_User_unique){.email = "paul@example.com"}, res, NULL, &err);
		crc |= db_Tag_delete(conn, &(struct db_Tag_unique){.name = "coc-new"}, res, NULL, &err);
		CHECK("clean up the connectOrCreate rows", crc == 0 && gone == 2 && paul, "%s", err.message);
		/* set (m:n): exactly these rows linked afterwards */
		struct db_Post *sp = NULL;
		struct db_Post_data sd = {.set_slug = true, .slug = "set-test", .set_title = true, .title = "S", .set_body = true,
					  .body = "b", .author_connect = &(struct db_User_unique){.email = "ann@example.com"},
					  .tags_create = (struct db_Tag_data[]){{.set_name = true, .name = "s1"},
										{.set_name = true, .name = "s2"}},
					  .tags_create_count = 2};
		lrc = db_Post_create(conn, &sd, NULL, res, &sp, &err);
		int32_t spid = sp ? sp->id : 0;
		struct db_Post_data setd = {.tags_set = true,
					    .tags_set_items = (struct db_Tag_unique[]){{.name = "s2"}, {.name = "db"}},
					    .tags_set_count = 2};
		struct db_Post_include tinc = {.tags = &(struct db_Tag_args){.order_by = (struct rdb_order[]){{db_Tag_f_name, RDB_ASC}},
									.order_by_count = 1}};
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &spid}, &setd, &tinc, res, &sp, &err);
		CHECK("m:n set: exactly the given rows are linked", lrc == 0 && sp && sp->tags_count == 2 &&
									 !strcmp(sp->tags[0].name, "db") && !strcmp(sp->tags[1].name, "s2"),
		      "rc %d %s %zu", lrc, err.message, sp ? sp->tags_count : 0);
		setd.tags_set_items = (struct db_Tag_unique[]){{.name = "s1"}, {.name = "no-such-tag"}};
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &spid}, &setd, NULL, res, &sp, &err);
		bool missing = lrc < 0 && !strcmp(err.prisma_code, "P2025");
		db_Post_find_unique(conn, &(struct db_Post_unique){.id = &spid}, &tinc, res, &sp, &err);
		CHECK("m:n set with a missing row is P2025 and changes nothing", missing && sp && sp->tags_count == 2,
		      "rc %d %zu", lrc, sp ? sp->tags_count : 0);
		setd.tags_set_items = NULL;
		setd.tags_set_count = 0;
		lrc = db_Post_update(conn, &(struct db_Post_unique){.id = &spid}, &setd, &tinc, res, &sp, &err);
		CHECK("m:n set to nothing unlinks every row", lrc == 0 && sp && sp->tags_count == 0, "rc %d %s", lrc, err.message);
		sd.slug = "set-test-2";
		sd.tags_create = NULL;
		sd.tags_create_count = 0;
		sd.tags_set = true;
		lrc = db_Post_create(conn, &sd, NULL, res, &sp, &err);
		CHECK("set in a create is a usage error", lrc < 0 && err.code == RDB_ERR_USAGE, "rc %d", lrc);
		crc = db_Post_delete(conn, &(struct db_Post_unique){.id = &spid}, res, NULL, &err);
		crc |= db_Tag_delete_many(conn,
					  &(struct db_Tag_where){.name = &(struct rdb_string_filter){
									 .in = (const char *const[]){"s1", "s2"}, .in_count = 2}},
					  &gone, &err);
		CHECK("clean up the set rows", crc == 0 && gone == 2, "%s", err.message);
	}

	/* ---- update, upsert, delete ---- */
	{
		struct db_Post_data d = {0};
		struct db_Post *up = NULL;
		d.set_title = true;
		d.title = "Hello again";
		d.set_status = true;
		d.status = db_PostStatus_PUBLISHED;
		int rc = db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &d, NULL, res, &up, &err);
		CHECK("update", rc == 0 && up && !strcmp(up->title, "Hello again") && up->status == db_PostStatus_PUBLISHED,
		      "%s", err.message);
		CHECK("update refreshes @updatedAt", up && up->updatedAt >= p1->updatedAt, "updatedAt");
		rc = db_Post_update(conn, &(struct db_Post_unique){.id = &(int32_t){424242}}, &d, NULL, res, &up, &err);
		CHECK("update of a missing row is P2025", rc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d %s", rc,
		      err.prisma_code);
		rc = db_Post_update(conn, NULL, &d, NULL, res, &up, &err);
		CHECK("update without a selector is refused", rc < 0 && err.code == RDB_ERR_USAGE, "rc %d", rc);
		struct db_Post_data nul = {0};
		nul.set_body = true;
		nul.body = NULL;
		db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &nul, NULL, res, &up, &err);
		CHECK("update to NULL", up && up->body == NULL, "body");

		uint64_t count = 0;
		struct db_Post_data pub = {0};
		pub.set_status = true;
		pub.status = db_PostStatus_ARCHIVED;
		db_Post_update_many(conn, &(struct db_Post_where){.authorId = &(struct rdb_int_filter){.equals = &ann->id}}, &pub,
				    &count, &err);
		CHECK("update_many", count == 2, "count %llu", (unsigned long long)count);

		struct db_Tag_data c = {0}, u2 = {0};
		struct db_Tag *t = NULL;
		c.set_name = true;
		c.name = "new";
		u2.set_name = true;
		u2.name = "renamed";
		rc = db_Tag_upsert(conn, &(struct db_Tag_unique){.name = "new"}, &c, &u2, NULL, res, &t, &err);
		CHECK("upsert creates", rc == 0 && t && !strcmp(t->name, "new"), "%s", err.message);
		rc = db_Tag_upsert(conn, &(struct db_Tag_unique){.name = "new"}, &c, &u2, NULL, res, &t, &err);
		CHECK("upsert updates", rc == 0 && t && !strcmp(t->name, "renamed"), "%s", err.message);

		struct db_Tag *dt = NULL;
		rc = db_Tag_delete(conn, &(struct db_Tag_unique){.name = "renamed"}, res, &dt, &err);
		CHECK("delete returns the row", rc == 0 && dt && !strcmp(dt->name, "renamed"), "%s", err.message);
		rc = db_Tag_delete(conn, &(struct db_Tag_unique){.name = "renamed"}, res, &dt, &err);
		CHECK("delete of a missing row is P2025", rc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d", rc);

		struct db_Tag_data many[3] = {{.set_name = true, .name = "x1"}, {.set_name = true, .name = "x2"},
					      {.set_name = true, .name = "x3"}};
		db_Tag_create_many(conn, many, 3, false, &count, &err);
		CHECK("create_many", count == 3, "count %llu %s", (unsigned long long)count, err.message);
		db_Tag_create_many(conn, many, 3, true, &count, &err);
		CHECK("create_many skip_duplicates", count == 0, "count %llu", (unsigned long long)count);
		db_Tag_delete_many(conn, &(struct db_Tag_where){.name = &(struct rdb_string_filter){.starts_with = "x"}}, &count, &err);
		CHECK("delete_many", count == 3, "count %llu", (unsigned long long)count);
	}

	/* ---- nested create ---- */
	{
		struct db_Post_data kids[2] = {
			{.set_slug = true, .slug = "n-1", .set_title = true, .title = "Nested one"},
			{.set_slug = true, .slug = "n-2", .set_title = true, .title = "Nested two"},
		};
		struct db_Profile_data prof = {.set_bio = true, .bio = "nested bio"};
		struct db_User_data d = {0};
		struct db_User *nu = NULL;
		d.set_email = true;
		d.email = "nest@example.com";
		d.posts_create = kids;
		d.posts_create_count = 2;
		d.profile_create = &prof;
		static const struct rdb_order by_id[] = {{db_Post_f_id, RDB_ASC}};
		struct db_User_include inc = {.posts = &(struct db_Post_args){.order_by = by_id, .order_by_count = 1},
					      .profile = &(struct db_Profile_args){0}};
		int rc = db_User_create(conn, &d, &inc, res, &nu, &err);
		CHECK("nested create of children", rc == 0 && nu && nu->posts_count == 2 && nu->posts[0].authorId == nu->id &&
							    !strcmp(nu->posts[1].slug, "n-2"),
		      "rc %d %s", rc, err.message);
		CHECK("nested create of a to-one child", nu && nu->profile && nu->profile->userId == nu->id, "profile");
		/* a failing child undoes the parent */
		kids[1].slug = "n-1";
		d.email = "nest2@example.com";
		d.profile_create = NULL;
		rc = db_User_create(conn, &d, NULL, res, &nu, &err);
		CHECK("failing nested create is P2002", rc < 0 && !strcmp(err.prisma_code, "P2002"), "rc %d %s", rc, err.prisma_code);
		uint64_t c = 9;
		db_User_count(conn, &(struct db_User_where){.email = &(struct rdb_string_filter){.equals = "nest2@example.com"}}, &c, &err);
		CHECK("failing nested create leaves nothing", c == 0, "count %llu", (unsigned long long)c);
		uint64_t gone = 0;
		db_User_delete_many(conn, &(struct db_User_where){.email = &(struct rdb_string_filter){.equals = "nest@example.com"}}, &gone, &err);
		CHECK("delete_many cascades", gone == 1, "deleted %llu", (unsigned long long)gone);
	}
	{
		struct db_Post_data d = {.set_slug = true, .slug = "fk", .set_title = true, .title = "t", .set_authorId = true,
					 .authorId = 999999};
		struct db_Post *fp = NULL;
		int rc = db_Post_create(conn, &d, NULL, res, &fp, &err);
		CHECK("foreign key violation is P2003", rc < 0 && !strcmp(err.prisma_code, "P2003"), "rc %d %s", rc, err.prisma_code);
	}

	/* ---- batches ---- */
	{
		struct rdb_batch *b = rdb_batch_new(conn, true);
		struct rdb_rows *rows[3] = {0};
		struct db_Tag_data t1 = {.set_name = true, .name = "batch-1"}, t2 = {.set_name = true, .name = "batch-2"};
		struct db_Tag_data ren = {.set_name = true, .name = "batch-2b"};
		int rc = db_Tag_queue_create(conn, b, &t1, &err);
		rc |= db_Tag_queue_create(conn, b, &t2, &err);
		rc |= db_Tag_queue_update(conn, b, &(struct db_Tag_unique){.name = "batch-2"}, &ren, &err);
		rc |= rdb_batch_run(b, res, rows, 3, &err);
		rdb_batch_free(b);
		struct db_Tag *tags = NULL;
		size_t n = 0;
		if (rc == 0)
			rc = db_Tag_from_rows(rows[2], res, &tags, &n, &err);
		CHECK("batch of creates and an update", rc == 0 && n == 1 && !strcmp(tags[0].name, "batch-2b"), "rc %d %s", rc,
		      err.message);
		b = rdb_batch_new(conn, true);
		struct db_Tag_data t3 = {.set_name = true, .name = "batch-3"};
		db_Tag_queue_create(conn, b, &t3, &err);
		db_Tag_queue_create(conn, b, &t1, &err); /* duplicate name */
		rc = rdb_batch_run(b, res, rows, 2, &err);
		rdb_batch_free(b);
		CHECK("atomic batch fails with P2002", rc < 0 && !strcmp(err.prisma_code, "P2002"), "rc %d %s", rc, err.prisma_code);
		uint64_t c = 9;
		db_Tag_count(conn, &(struct db_Tag_where){.name = &(struct rdb_string_filter){.equals = "batch-3"}}, &c, &err);
		CHECK("atomic batch leaves nothing", c == 0, "count %llu", (unsigned long long)c);
		b = rdb_batch_new(conn, false);
		rc = db_Tag_queue_update(conn, b, NULL, &ren, &err);
		rdb_batch_free(b);
		CHECK("queued update needs a unique selector", rc < 0, "rc %d", rc);
	}

	/* ---- transactions ---- */
	{
		uint64_t count = 9;
		rdb_begin(conn, RDB_ISOLATION_DEFAULT, &err);
		u = make_user(res, "tx@example.com", "Tx");
		db_User_count(conn, &(struct db_User_where){.email = &(struct rdb_string_filter){.equals = "tx@example.com"}}, &count, &err);
		CHECK("created inside a transaction", u && count == 1, "count %llu", (unsigned long long)count);
		rdb_rollback(conn, &err);
		db_User_count(conn, &(struct db_User_where){.email = &(struct rdb_string_filter){.equals = "tx@example.com"}}, &count, &err);
		CHECK("rolled back leaves nothing", count == 0, "count %llu", (unsigned long long)count);
	}

	/* serialization failure: write skew between two SERIALIZABLE transactions */
	{
		struct rdb_conn *c2 = NULL;
		struct rdb_error e2;
		uint64_t n1 = 0, n2 = 0;
		struct db_Post *x = NULL;
		struct db_Post_data t1 = {.set_title = true, .title = "skew 1"}, t2 = {.set_title = true, .title = "skew 2"};
		int rc = rdb_pool_acquire(pool, &c2, &e2);
		if (rc == 0) {
			rdb_begin(conn, RDB_SERIALIZABLE, &err);
			rdb_begin(c2, RDB_SERIALIZABLE, &e2);
			db_Post_count(conn, NULL, &n1, &err);
			db_Post_count(c2, NULL, &n2, &e2);
			db_Post_update(conn, &(struct db_Post_unique){.id = &p1->id}, &t1, NULL, res, &x, &err);
			rc = db_Post_update(c2, &(struct db_Post_unique){.id = &p2->id}, &t2, NULL, res, &x, &e2);
			rdb_commit(conn, &err);
			if (rc == 0)
				rc = rdb_commit(c2, &e2);
			if (rc < 0 && rdb_in_transaction(c2))
				rdb_rollback(c2, &err);
			rdb_pool_release(pool, c2);
		}
		CHECK("serialization failure is P2034", rc < 0 && !strcmp(e2.prisma_code, "P2034"), "rc %d %s %s", rc,
		      e2.prisma_code, e2.message);
	}

	/* ---- count and aggregate ---- */
	{
		uint64_t count = 0;
		struct rdb_value v;
		db_Post_count(conn, NULL, &count, &err);
		CHECK("count", count == 3, "count %llu", (unsigned long long)count);
		db_Post_aggregate(conn, NULL, RDB_AGG_MAX, db_Post_f_id, res, &v, &err);
		CHECK("aggregate max", !v.is_null && v.type == RDB_INT32 && v.v.i32 == p3->id, "type %d", (int)v.type);
		db_Post_aggregate(conn, NULL, RDB_AGG_MIN, db_Post_f_slug, res, &v, &err);
		CHECK("aggregate min text", !v.is_null && !strcmp(v.v.s.ptr, "a-1"), "min");
		db_Product_aggregate(conn, NULL, RDB_AGG_SUM, db_Product_f_price, res, &v, &err);
		CHECK("aggregate sum decimal", !v.is_null && !strcmp(v.v.s.ptr, "13.49"), "%s", v.is_null ? "null" : v.v.s.ptr);
		db_Product_aggregate(conn, NULL, RDB_AGG_AVG, db_Product_f_stock, res, &v, &err);
		CHECK("aggregate avg", !v.is_null && v.type == RDB_DECIMAL && !strncmp(v.v.s.ptr, "2.5", 3), "avg");
		db_Post_aggregate(conn, &(struct db_Post_where){.id = &(struct rdb_int_filter){.lt = &(int32_t){0}}}, RDB_AGG_MAX,
				  db_Post_f_id, res, &v, &err);
		CHECK("aggregate over no rows is null", v.is_null, "not null");
		db_Post_aggregate(conn, NULL, RDB_AGG_COUNT, db_Post_f_body, res, &v, &err);
		CHECK("aggregate count of a nullable field", v.type == RDB_INT64 && v.v.i64 == 1, "count %lld", (long long)v.v.i64);
	}

	/* ---- number operations in updates ---- */
	{
		struct db_Product *pr = NULL;
		struct db_Product_data dec = {.set_stock = true, .stock = 2, .stock_op = RDB_OP_DECREMENT};
		int rc = db_Product_update(conn, &(struct db_Product_unique){.sku = "SKU-2"}, &dec, NULL, res, &pr, &err);
		CHECK("decrement", rc == 0 && pr && pr->stock == 3, "rc %d stock %lld %s", rc, pr ? (long long)pr->stock : -1LL,
		      err.message);
		struct db_Product_data mul = {.set_price = true, .price = "2", .price_op = RDB_OP_MULTIPLY};
		rc = db_Product_update(conn, &(struct db_Product_unique){.sku = "SKU-2"}, &mul, NULL, res, &pr, &err);
		CHECK("multiply a Decimal", rc == 0 && pr && !strcmp(pr->price, "1.98"), "%s", pr ? pr->price : err.message);
		struct db_Product_data create = {.set_sku = true, .sku = "SKU-2", .set_name = true, .name = "x",
						 .set_price = true, .price = "1"};
		struct db_Product_data inc = {.set_stock = true, .stock = 10, .stock_op = RDB_OP_INCREMENT};
		rc = db_Product_upsert(conn, &(struct db_Product_unique){.sku = "SKU-2"}, &create, &inc, NULL, res, &pr, &err);
		CHECK("increment in an upsert", rc == 0 && pr && pr->stock == 13 && !strcmp(pr->name, "Widget"), "rc %d %s", rc,
		      err.message);
		uint64_t n = 0;
		struct db_Product_data all = {.set_stock = true, .stock = 1, .stock_op = RDB_OP_INCREMENT};
		db_Product_update_many(conn, NULL, &all, &n, &err);
		rc = db_Product_find_unique(conn, &(struct db_Product_unique){.sku = "SKU-2"}, NULL, res, &pr, &err);
		CHECK("increment in update_many", n == 2 && pr && pr->stock == 14, "n %llu", (unsigned long long)n);
	}

	/* ---- enum helpers ---- */
	{
		enum db_Role r;
		CHECK("enum to/from db", db_Role_from_db("ADMIN", &r) && r == db_Role_ADMIN &&
						 !strcmp(db_Role_to_db(db_Role_GUEST), "GUEST") && !db_Role_from_db("x", &r),
		      "enum helpers");
	}
done:
	rdb_result_free(res);
	rdb_pool_release(pool, conn);
	rdb_pool_destroy(pool);
	return check_summary();
}
