/*
 * test_sql_blogshop.c: the calculator, differ and renderer on the shared
 * blog-shop example (shared/examples/blog-shop s0..s7), its resolved schema
 * built by hand the way the parser database resolves it (model order, index
 * order: field @unique, then @@index, @@unique; relation order: forward
 * sides in (model, field) order). Compared byte for byte with Prisma 7's
 * scripts in tests/golden/migrations/blog-shop: from empty (sN.sql) and
 * schema to schema (sM-sN.sql). With $PGTEST_URL set it also replays
 * sM.sql into a database and compares `migrate dev`'s migration.sql
 * (sM-sN.dev1.sql): shadow database described, warnings included.
 */
#include <stdlib.h>
#include <unistd.h>

#include "t.h"

#include "migrate/calculate.h"
#include "migrate/destructive.h"
#include "migrate/diff.h"
#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "sql/pg/render.h"
#include "util/fs.h"

#define MAXF 16
struct bs {
	struct rs_schema rs;
	struct rs_model models[9];
	struct rs_field fields[9][MAXF];
	struct rs_index indexes[9][4];
	struct rs_index_field ifields[9][4][2];
	struct rs_index_field pkf[9][2];
	struct rs_enum enums[2];
	struct rs_enum_value values[2][4];
	struct rs_relation relations[12];
	int relcols[12][2];
	const char *nargs[32][2];
	int nnat;
};

enum { POST, COMMENT, TAG, CATEGORY, PRODUCT, ORDER, ORDERITEM, USER, PROFILE };

static struct bs *B;

static int model(int m, const char *name, const char *db)
{
	B->models[m].name = name;
	B->models[m].db_name = db;
	B->models[m].fields = B->fields[m];
	B->models[m].indexes = B->indexes[m];
	B->rs.nmodels = (size_t)m + 1;
	return m;
}

static int fld(int m, const char *name, const char *db, enum rs_scalar t, enum rs_arity a)
{
	struct rs_model *mo = &B->models[m];
	int f = (int)mo->nfields++;
	struct rs_field *fd = &mo->fields[f];
	fd->name = name;
	fd->db_name = db ? db : name;
	fd->type = t;
	fd->arity = a;
	fd->enum_index = fd->relation = fd->related_model = -1;
	return f;
}

static int rel(int m, const char *name, enum rs_arity a)
{
	int f = fld(m, name, NULL, RS_STRING, a);
	B->models[m].fields[f].is_relation = true;
	return f;
}

static void nat(int m, int f, const char *name, const char *a0, const char *a1)
{
	const char **args = B->nargs[B->nnat++];
	args[0] = a0;
	args[1] = a1;
	B->models[m].fields[f].native.name = name;
	B->models[m].fields[f].native.args = args;
	B->models[m].fields[f].native.nargs = a1 ? 2 : 1;
}

static void def(int m, int f, enum rs_default_kind k, const char *v)
{
	B->models[m].fields[f].dflt.kind = k;
	B->models[m].fields[f].dflt.value = v;
}

static void autoinc_id(int m, int f)
{
	def(m, f, RS_DEFAULT_AUTOINCREMENT, NULL);
	B->models[m].pk.nfields = 1;
	B->models[m].pk.kind = RS_PRIMARY;
	B->models[m].pk.db_name = NULL; /* the calculator derives "{table}_pkey" */
	B->models[m].pk.fields = B->pkf[m];
	B->pkf[m][0].field = f;
}

static void index2(int m, enum rs_index_kind k, const char *db, int f0, int f1)
{
	struct rs_model *mo = &B->models[m];
	int i = (int)mo->nindexes++;
	mo->indexes[i].kind = k;
	mo->indexes[i].db_name = db;
	mo->indexes[i].fields = B->ifields[m][i];
	B->ifields[m][i][0].field = f0;
	B->ifields[m][i][1].field = f1;
	mo->indexes[i].nfields = f1 >= 0 ? 2 : 1;
}

static void relation(int ma, int col_a, int mb, int col_b, const char *fk, enum rs_action del)
{
	struct rs_relation *r = &B->relations[B->rs.nrelations++];
	int n = (int)B->rs.nrelations - 1;
	r->kind = RS_ONE_TO_MANY;
	r->model_a = ma;
	r->model_b = mb;
	r->field_a = r->field_b = -1;
	r->fields = &B->relcols[n][0];
	r->references = &B->relcols[n][1];
	r->fields[0] = col_a;
	r->references[0] = col_b;
	r->nfields = 1;
	r->fk_name = fk;
	r->on_delete = del;
	r->on_update = RS_CASCADE;
}

/* The resolved schema of blog-shop step s<step>. */
static const struct rs_schema *blog_shop(int step)
{
	int f, id;
	free(B);
	B = calloc(1, sizeof(*B));
	B->rs.provider = RS_POSTGRESQL;
	B->rs.models = B->models;
	B->rs.enums = B->enums;
	B->rs.relations = B->relations;
	B->rs.default_schema = "public";

	B->rs.nenums = 2;
	B->enums[0].name = B->enums[0].db_name = "PostStatus";
	B->enums[0].values = B->values[0];
	B->enums[0].nvalues = 3;
	B->values[0][0].name = B->values[0][0].db_name = "DRAFT";
	B->values[0][1].name = B->values[0][1].db_name = "PUBLISHED";
	B->values[0][2].name = B->values[0][2].db_name = "ARCHIVED";
	B->enums[1].name = B->enums[1].db_name = "Role";
	B->enums[1].values = B->values[1];
	B->enums[1].nvalues = step >= 6 ? 4 : 3;
	B->values[1][0].name = B->values[1][0].db_name = "USER";
	B->values[1][1].name = B->values[1][1].db_name = "ADMIN";
	B->values[1][2].name = B->values[1][2].db_name = "MODERATOR";
	B->values[1][3].name = B->values[1][3].db_name = "GUEST";

	/* blog.prisma */
	model(POST, "Post", "posts");
	id = fld(POST, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(POST, id);
	int slug = fld(POST, "slug", NULL, RS_STRING, RS_REQUIRED);
	nat(POST, slug, "VarChar", "200", NULL);
	f = fld(POST, "title", NULL, RS_STRING, RS_REQUIRED);
	nat(POST, f, "VarChar", "200", NULL);
	fld(POST, "body", NULL, RS_STRING, RS_OPTIONAL);
	int status = fld(POST, "status", NULL, RS_ENUM, RS_REQUIRED);
	B->fields[POST][status].enum_index = 0;
	def(POST, status, RS_DEFAULT_LITERAL, "DRAFT");
	if (step < 2) {
		f = fld(POST, "viewCount", "view_count", RS_INT, RS_REQUIRED);
		def(POST, f, RS_DEFAULT_LITERAL, "0");
	}
	int published = fld(POST, "publishedAt", "published_at", RS_DATETIME, RS_OPTIONAL);
	int post_author = fld(POST, "authorId", "author_id", RS_INT, RS_REQUIRED);
	rel(POST, "author", RS_REQUIRED);
	int post_category = fld(POST, "categoryId", "category_id", RS_INT, RS_OPTIONAL);
	rel(POST, "category", RS_OPTIONAL);
	rel(POST, "comments", RS_LIST);
	rel(POST, "tags", RS_LIST);
	f = fld(POST, "createdAt", "created_at", RS_DATETIME, RS_REQUIRED);
	def(POST, f, RS_DEFAULT_NOW, NULL);
	f = fld(POST, "updatedAt", "updated_at", RS_DATETIME, RS_REQUIRED);
	B->fields[POST][f].updated_at = true;
	index2(POST, RS_INDEX, "posts_status_published_at_idx", status, published);
	index2(POST, RS_UNIQUE, "posts_author_id_slug_key", post_author, slug);

	model(COMMENT, "Comment", "comments");
	id = fld(COMMENT, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(COMMENT, id);
	fld(COMMENT, "body", NULL, RS_STRING, RS_REQUIRED);
	int comment_post = fld(COMMENT, "postId", "post_id", RS_INT, RS_REQUIRED);
	rel(COMMENT, "post", RS_REQUIRED);
	int comment_author = fld(COMMENT, "authorId", "author_id", RS_INT, RS_OPTIONAL);
	rel(COMMENT, "author", RS_OPTIONAL);
	int comment_parent = fld(COMMENT, "parentId", "parent_id", RS_INT, RS_OPTIONAL);
	rel(COMMENT, "parent", RS_OPTIONAL);
	rel(COMMENT, "replies", RS_LIST);
	int comment_created = fld(COMMENT, "createdAt", "created_at", RS_DATETIME, RS_REQUIRED);
	def(COMMENT, comment_created, RS_DEFAULT_NOW, NULL);
	index2(COMMENT, RS_INDEX, "comments_post_id_idx", comment_post, -1);
	if (step >= 4)
		index2(COMMENT, RS_INDEX, "comments_author_id_created_at_idx", comment_author, comment_created);

	model(TAG, "Tag", "tags");
	id = fld(TAG, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(TAG, id);
	f = fld(TAG, "name", NULL, RS_STRING, RS_REQUIRED);
	nat(TAG, f, "VarChar", step >= 7 ? "100" : "50", NULL);
	rel(TAG, "posts", RS_LIST);
	index2(TAG, RS_UNIQUE, "tags_name_key", f, -1);

	model(CATEGORY, "Category", "categories");
	id = fld(CATEGORY, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(CATEGORY, id);
	int cname = fld(CATEGORY, "name", NULL, RS_STRING, RS_REQUIRED);
	nat(CATEGORY, cname, "VarChar", "100", NULL);
	int cparent = fld(CATEGORY, "parentId", "parent_id", RS_INT, RS_OPTIONAL);
	rel(CATEGORY, "parent", RS_OPTIONAL);
	rel(CATEGORY, "children", RS_LIST);
	rel(CATEGORY, "posts", RS_LIST);
	index2(CATEGORY, RS_UNIQUE, "categories_parent_id_name_key", cparent, cname);

	/* shop.prisma */
	model(PRODUCT, "Product", "products");
	id = fld(PRODUCT, "id", NULL, RS_STRING, RS_REQUIRED);
	B->models[PRODUCT].pk = (struct rs_index){.kind = RS_PRIMARY, .fields = B->pkf[PRODUCT], .nfields = 1};
	def(PRODUCT, id, RS_DEFAULT_UUID, NULL);
	int sku = fld(PRODUCT, "sku", NULL, RS_STRING, RS_REQUIRED);
	nat(PRODUCT, sku, "VarChar", "64", NULL);
	fld(PRODUCT, "name", NULL, RS_STRING, RS_REQUIRED);
	f = fld(PRODUCT, "price", NULL, RS_DECIMAL, RS_REQUIRED);
	nat(PRODUCT, f, "Decimal", "10", "2");
	f = fld(PRODUCT, "stock", NULL, step >= 5 ? RS_BIGINT : RS_INT, RS_REQUIRED);
	def(PRODUCT, f, RS_DEFAULT_LITERAL, "0");
	fld(PRODUCT, "attributes", NULL, RS_JSON, RS_OPTIONAL);
	f = fld(PRODUCT, "active", NULL, RS_BOOLEAN, RS_REQUIRED);
	def(PRODUCT, f, RS_DEFAULT_LITERAL, "true");
	rel(PRODUCT, "orderItems", RS_LIST);
	index2(PRODUCT, RS_UNIQUE, "products_sku_key", sku, -1);

	model(ORDER, "Order", "orders");
	id = fld(ORDER, "id", NULL, RS_BIGINT, RS_REQUIRED);
	autoinc_id(ORDER, id);
	int order_user = fld(ORDER, "userId", "user_id", RS_INT, RS_REQUIRED);
	rel(ORDER, "user", RS_REQUIRED);
	f = fld(ORDER, "total", NULL, RS_DECIMAL, RS_REQUIRED);
	nat(ORDER, f, "Decimal", "12", "2");
	int placed = fld(ORDER, "placedAt", "placed_at", RS_DATETIME, RS_REQUIRED);
	def(ORDER, placed, RS_DEFAULT_NOW, NULL);
	rel(ORDER, "items", RS_LIST);
	index2(ORDER, RS_INDEX, "orders_user_id_placed_at_idx", order_user, placed);

	model(ORDERITEM, "OrderItem", "order_items");
	int oi_order = fld(ORDERITEM, "orderId", "order_id", RS_BIGINT, RS_REQUIRED);
	int oi_product = fld(ORDERITEM, "productId", "product_id", RS_STRING, RS_REQUIRED);
	fld(ORDERITEM, "quantity", NULL, RS_INT, RS_REQUIRED);
	f = fld(ORDERITEM, "unitPrice", "unit_price", RS_DECIMAL, RS_REQUIRED);
	nat(ORDERITEM, f, "Decimal", "10", "2");
	rel(ORDERITEM, "order", RS_REQUIRED);
	rel(ORDERITEM, "product", RS_REQUIRED);
	B->models[ORDERITEM].pk = (struct rs_index){.kind = RS_PRIMARY, .fields = B->pkf[ORDERITEM], .nfields = 2};
	B->pkf[ORDERITEM][0].field = oi_order;
	B->pkf[ORDERITEM][1].field = oi_product;

	/* user.prisma */
	model(USER, "User", "users");
	int uid = fld(USER, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(USER, uid);
	int email = fld(USER, "email", NULL, RS_STRING, RS_REQUIRED);
	nat(USER, email, "VarChar", "255", NULL);
	f = fld(USER, "name", NULL, RS_STRING, RS_OPTIONAL);
	nat(USER, f, "VarChar", "100", NULL);
	f = fld(USER, "role", NULL, RS_ENUM, RS_REQUIRED);
	B->fields[USER][f].enum_index = 1;
	def(USER, f, RS_DEFAULT_LITERAL, "USER");
	int invited = fld(USER, "invitedById", "invited_by_id", RS_INT, RS_OPTIONAL);
	rel(USER, "invitedBy", RS_OPTIONAL);
	rel(USER, "invitees", RS_LIST);
	rel(USER, "profile", RS_OPTIONAL);
	rel(USER, "posts", RS_LIST);
	rel(USER, "comments", RS_LIST);
	rel(USER, "orders", RS_LIST);
	if (step >= 1)
		fld(USER, "lastLoginAt", "last_login_at", RS_DATETIME, RS_OPTIONAL);
	f = fld(USER, "createdAt", "created_at", RS_DATETIME, RS_REQUIRED);
	def(USER, f, RS_DEFAULT_NOW, NULL);
	f = fld(USER, "updatedAt", "updated_at", RS_DATETIME, RS_REQUIRED);
	B->fields[USER][f].updated_at = true;
	index2(USER, RS_UNIQUE, "users_email_key", email, -1);

	model(PROFILE, "Profile", "profiles");
	id = fld(PROFILE, "id", NULL, RS_INT, RS_REQUIRED);
	autoinc_id(PROFILE, id);
	fld(PROFILE, "bio", NULL, RS_STRING, RS_OPTIONAL);
	f = fld(PROFILE, "avatarUrl", step >= 3 ? "avatar_path" : "avatar_url", RS_STRING, RS_OPTIONAL);
	nat(PROFILE, f, "VarChar", "512", NULL);
	fld(PROFILE, "settings", NULL, RS_JSON, RS_OPTIONAL);
	int puser = fld(PROFILE, "userId", "user_id", RS_INT, RS_REQUIRED);
	rel(PROFILE, "user", RS_REQUIRED);
	index2(PROFILE, RS_UNIQUE, "profiles_user_id_key", puser, -1);

	/* relations: forward sides in (model, field) order */
	relation(POST, post_author, USER, uid, "posts_author_id_fkey", RS_CASCADE);
	relation(POST, post_category, CATEGORY, 0, "posts_category_id_fkey", RS_SET_NULL);
	{
		struct rs_relation *r = &B->relations[B->rs.nrelations++];
		r->kind = RS_MANY_TO_MANY;
		r->model_a = POST;
		r->model_b = TAG;
		r->field_a = r->field_b = -1;
		r->join_table = "_PostToTag";
	}
	relation(COMMENT, comment_post, POST, 0, "comments_post_id_fkey", RS_CASCADE);
	relation(COMMENT, comment_author, USER, uid, "comments_author_id_fkey", RS_SET_NULL);
	relation(COMMENT, comment_parent, COMMENT, 0, "comments_parent_id_fkey", RS_SET_NULL);
	relation(CATEGORY, cparent, CATEGORY, 0, "categories_parent_id_fkey", RS_SET_NULL);
	relation(ORDER, order_user, USER, uid, "orders_user_id_fkey", RS_CASCADE);
	relation(ORDERITEM, oi_order, ORDER, 0, "order_items_order_id_fkey", RS_CASCADE);
	relation(ORDERITEM, oi_product, PRODUCT, 0, "order_items_product_id_fkey", RS_RESTRICT);
	relation(USER, invited, USER, uid, "users_invited_by_id_fkey", RS_SET_NULL);
	relation(PROFILE, puser, USER, uid, "profiles_user_id_fkey", RS_CASCADE);
	return &B->rs;
}

static const char *golden_dir(void)
{
	static char path[4096];
	const char *root = getenv("ROOT");
	snprintf(path, sizeof(path), "%s/tests/golden/migrations/blog-shop", root ? root : ".");
	return path;
}

static struct sql_schema *calc(int step)
{
	struct sql_calc_opts o = {"public", true};
	return sql_calculate(blog_shop(step), &o);
}

static void compare_file(const char *what, const char *got, const char *file, bool cli_newline)
{
	char path[4200];
	struct strbuf want = STRBUF_INIT, g = STRBUF_INIT;
	snprintf(path, sizeof(path), "%s/%s", golden_dir(), file);
	if (fs_read_file(path, &want) < 0) {
		t_skip("golden file missing (run tests/golden/migrations/gen.sh)");
		strbuf_release(&want);
		return;
	}
	strbuf_addstr(&g, got);
	if (cli_newline && (!g.len || g.buf[g.len - 1] != '\n'))
		strbuf_addch(&g, '\n');
	if (strcmp(g.buf, want.buf))
		t_fail(__FILE__, __LINE__, "%s differs from %s\n--- got\n%s--- expected\n%s", what, file, g.buf, want.buf);
	strbuf_release(&want);
	strbuf_release(&g);
}

static void diff_script(struct sql_schema *a, struct sql_schema *b, bool warnings, struct strbuf *out)
{
	struct sql_migration *m = sql_diff(a, b, NULL);
	struct destructive_diagnostics d = {0};
	if (warnings)
		destructive_pure_check(m, &d);
	pg_render_script(m, &d, out);
	destructive_diagnostics_release(&d);
	sql_migration_free(m);
}

TEST(from_empty)
{
	for (int step = 0; step <= 7; step++) {
		char file[32];
		struct strbuf out = STRBUF_INIT;
		struct sql_schema *e = sql_schema_new(), *s = calc(step);
		sql_schema_finalize(e);
		diff_script(e, s, false, &out);
		snprintf(file, sizeof(file), "s%d.sql", step);
		compare_file("from empty", out.buf, file, true);
		strbuf_release(&out);
		sql_schema_free(e);
		sql_schema_free(s);
	}
}

TEST(schema_to_schema)
{
	for (int step = 1; step <= 7; step++) {
		char file[32];
		struct strbuf out = STRBUF_INIT;
		struct sql_schema *a = calc(step - 1), *b = calc(step);
		diff_script(a, b, false, &out);
		snprintf(file, sizeof(file), "s%d-s%d.sql", step - 1, step);
		compare_file("schema to schema", out.buf, file, true);
		strbuf_release(&out);
		strbuf_release(&out);
		sql_schema_free(a);
		sql_schema_free(b);
	}
}

static void quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* migrate dev: a shadow database holding the previous migration, described */
TEST(migrate_dev_from_shadow)
{
	const char *url = getenv("PGTEST_URL");
	struct rdb_error err = {0};
	struct pg_target t;
	if (!url) {
		t_elsewhere("tests/integration/test_sql_pg.sh, which starts a server and sets PGTEST_URL");
		return;
	}
	if (pg_target_parse(&t, url, &err) < 0) {
		t_fail(__FILE__, __LINE__, "%s", err.message);
		return;
	}
	PGconn *admin = pg_connect(&t, NULL, &err);
	for (int step = 0; admin && step <= 7; step++) {
		char db[64], file[64], path[4200];
		struct strbuf sql = STRBUF_INIT, out = STRBUF_INIT;
		snprintf(db, sizeof(db), "blogshop_%d_%d", (int)getpid(), step);
		strbuf_addf(&sql, "CREATE DATABASE \"%s\"", db);
		if (pg_exec(admin, sql.buf, &err) < 0) {
			t_fail(__FILE__, __LINE__, "%s", err.message);
			break;
		}
		PGconn *c = pg_connect(&t, db, &err);
		if (c)
			PQsetNoticeProcessor(c, quiet, NULL);
		/* the shadow database: empty for the first migration, else the previous step */
		snprintf(path, sizeof(path), "%s/s%d.sql", golden_dir(), step - 1);
		strbuf_reset(&sql);
		if (c && (step == 0 || (fs_read_file(path, &sql) == 0 && pg_exec(c, sql.buf, &err) == 0))) {
			const char *nss[] = {"public"};
			struct pg_describe_opts o = {nss, 1, false};
			struct sql_schema *a = NULL, *b = calc(step);
			if (pg_describe(c, &o, &a, &err) == 0) {
				diff_script(a, b, true, &out);
				/* sN.dev.sql: the whole sequence run by migrate dev */
				snprintf(file, sizeof(file), "s%d.dev.sql", step);
				compare_file("migrate dev (sequence)", out.buf, file, false);
				if (step > 0) {
					snprintf(file, sizeof(file), "s%d-s%d.dev1.sql", step - 1, step);
					compare_file("migrate dev", out.buf, file, false);
				}
				sql_schema_free(a);
			} else {
				t_fail(__FILE__, __LINE__, "describe: %s", err.message);
			}
			sql_schema_free(b);
		} else {
			t_fail(__FILE__, __LINE__, "set-up: %s", err.message);
		}
		if (c)
			PQfinish(c);
		strbuf_reset(&sql);
		strbuf_addf(&sql, "DROP DATABASE \"%s\"", db);
		pg_exec(admin, sql.buf, &err);
		strbuf_release(&sql);
		strbuf_release(&out);
	}
	if (admin)
		PQfinish(admin);
	else
		t_fail(__FILE__, __LINE__, "%s", err.message);
	pg_target_release(&t);
}

int main(int argc, char **argv)
{
	int rc = t_main(argc, argv);
	free(B);
	return rc;
}
