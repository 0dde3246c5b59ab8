/*
 * features_test.c: the generated client of tests/golden/codegen/features
 * against PostgreSQL: every client-side default as stored, scalar lists,
 * Bytes, Json, enums with @map, C keywords as fields, compound and named
 * uniques, a self relation and an implicit m:n from both sides.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "client.h"

static struct rdb_conn *conn;
static struct rdb_error err;

static bool all_in(const char *s, const char *alphabet)
{
	for (; s && *s; s++)
		if (!strchr(alphabet, *s))
			return false;
	return s != NULL;
}

int main(void)
{
	const char *url = getenv("PGTEST_URL");
	struct rdb_pool *pool = NULL;
	struct rdb_result *res = rdb_result_new();
	struct app_Thing *a = NULL, *b = NULL, *t = NULL;
	static const uint8_t blob[] = {0, 1, 2, 255};
	static const char *const tags[] = {"x", "y z"};
	static const int32_t scores[] = {3, -1};
	static const enum app_Stage stages[] = {app_Stage_DOING, app_Stage_DONE};

	if (check_connect(url, &pool, &conn, &err) < 0)
		return 1;
	{
		struct app_Thing_data d = {0};
		int rc = app_Thing_create(conn, &d, NULL, res, &a, &err);
		CHECK("create with only defaults", rc == 0 && a, "%s", err.message);
		if (!a)
			goto done;
		CHECK("uuid(7) stored", strlen(a->id) == 36 && a->id[14] == '7', "%s", a->id);
		CHECK("cuid() stored", strlen(a->cuid1) == 25 && a->cuid1[0] == 'c', "%s", a->cuid1);
		CHECK("cuid(2) stored", strlen(a->cuid2) == 24 && all_in(a->cuid2, "0123456789abcdefghijklmnopqrstuvwxyz"), "%s", a->cuid2);
		CHECK("nanoid(10) stored", strlen(a->nano) == 10, "%s", a->nano);
		CHECK("ulid() stored", strlen(a->sortable) == 26 && all_in(a->sortable, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "%s", a->sortable);
		CHECK("database defaults", a->default_ == 0 && a->ratio == 1.5 && !a->flag && a->stage == app_Stage_TODO, "defaults");
		CHECK("now() and @updatedAt", a->at > 0 && a->changed > 0, "at %lld", (long long)a->at);
		CHECK("optional scalars are NULL", !a->int_ && !a->price && !a->blob && !a->meta && !a->ownerId, "not NULL");
		rc = app_Thing_create(conn, &d, NULL, res, &b, &err);
		CHECK("ulid and uuid(7) grow", rc == 0 && strcmp(a->sortable, b->sortable) < 0 && strcmp(a->id, b->id) < 0,
		      "%s %s", a->sortable, b ? b->sortable : "-");
	}
	{
		struct app_Thing_data d = {0};
		d.set_default = true;
		d.default_ = 7;
		d.set_int = true;
		d.int_ = &(int64_t){-9000000000LL};
		d.set_price = true;
		d.price = "-12.30";
		d.set_blob = true;
		d.blob = &(struct rdb_bytes){blob, sizeof(blob)};
		d.set_meta = true;
		d.meta = "{\"a\": [1, 2]}";
		d.set_tags = true;
		d.tags = tags;
		d.tags_count = 2;
		d.set_scores = true;
		d.scores = scores;
		d.scores_count = 2;
		d.set_stage = true;
		d.stage = app_Stage_DOING;
		d.set_stages = true;
		d.stages = stages;
		d.stages_count = 2;
		d.set_at = true;
		d.at = 1700000000123000LL;
		int rc = app_Thing_create(conn, &d, NULL, res, &t, &err);
		CHECK("create with every type", rc == 0 && t, "%s", err.message);
		if (!t)
			goto done;
		CHECK("keyword field", t->default_ == 7, "%d", t->default_);
		CHECK("BigInt optional", t->int_ && *t->int_ == -9000000000LL, "int");
		CHECK("Decimal", t->price && !strcmp(t->price, "-12.30"), "%s", t->price ? t->price : "NULL");
		CHECK("Bytes with NUL", t->blob && t->blob->len == 4 && !memcmp(t->blob->ptr, blob, 4), "blob");
		CHECK("Json", t->meta && strstr(t->meta, "[1, 2]"), "%s", t->meta ? t->meta : "NULL");
		CHECK("String[]", t->tags_count == 2 && !strcmp(t->tags[1], "y z"), "tags %zu", t->tags_count);
		CHECK("Int[]", t->scores_count == 2 && t->scores[1] == -1, "scores");
		CHECK("enum @map written and read", t->stage == app_Stage_DOING, "stage %d", (int)t->stage);
		CHECK("enum[]", t->stages_count == 2 && t->stages[0] == app_Stage_DOING && t->stages[1] == app_Stage_DONE, "stages");
		CHECK("DateTime round trip (ms)", t->at == 1700000000123000LL, "%lld", (long long)t->at);
		struct rdb_rows *rows;
		struct rdb_value v = rdb_uuid(t->id);
		rdb_query(conn, "SELECT stage::text FROM things WHERE id = $1", &v, 1, res, &rows, &err);
		struct rdb_value cell;
		CHECK("enum value stored by its @map name", rdb_rows_get(rows, 0, 0, &cell) && !strcmp(cell.v.s.ptr, "in_progress"), "stage");
		struct app_Thing *found = NULL;
		app_Thing_find_unique(conn, &(struct app_Thing_unique){.sortable = t->sortable}, NULL, res, &found, &err);
		CHECK("find_unique by a ulid unique", found && !strcmp(found->id, t->id), "not found");
		struct app_Thing *rows2;
		size_t n;
		app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.stage = &(struct app_Stage_filter){.equals = &(enum app_Stage){app_Stage_DOING}},
			.int_ = &(struct rdb_bigint_filter){.lt = &(int64_t){0}}}}, res, &rows2, &n, &err);
		CHECK("filters on enum and BigInt", n == 1, "n=%zu %s", n, err.message);
		/* find_many streams its rows (single-row mode): every value must survive the row's result */
		if (n == 1) {
			struct app_Thing *s = &rows2[0];
			CHECK("find_many keeps Bytes with NUL", s->blob && s->blob->len == 4 && !memcmp(s->blob->ptr, blob, 4), "blob");
			CHECK("find_many keeps text, Decimal, Json and the uuid",
			      !strcmp(s->id, t->id) && !strcmp(s->cuid1, t->cuid1) && s->price && !strcmp(s->price, "-12.30") &&
				      s->meta && strstr(s->meta, "[1, 2]"), "%s", s->id);
			CHECK("find_many keeps lists and enums", s->tags_count == 2 && !strcmp(s->tags[1], "y z") && s->scores_count == 2 &&
				      s->scores[1] == -1 && s->stage == app_Stage_DOING && s->stages_count == 2, "lists");
			CHECK("find_many keeps numbers and times", s->default_ == 7 && s->int_ && *s->int_ == -9000000000LL &&
				      s->at == 1700000000123000LL, "numbers");
		}
#define COUNT_WHERE(...) (app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){__VA_ARGS__}}, \
					     res, &rows2, &n, &err) == 0 ? n : (size_t)999)
		CHECK("list has", COUNT_WHERE(.tags = &(struct rdb_string_list_filter){.has = "y z"}) == 1, "n=%zu %s", n, err.message);
		static const int32_t some[] = {-1, 100}, every_ok[] = {3, -1}, every_no[] = {3, 4};
		CHECK("list has_some", COUNT_WHERE(.scores = &(struct rdb_int_list_filter){.has_some = some, .has_some_count = 2}) == 1,
		      "n=%zu %s", n, err.message);
		CHECK("list has_every", COUNT_WHERE(.scores = &(struct rdb_int_list_filter){.has_every = every_ok, .has_every_count = 2}) == 1,
		      "n=%zu", n);
		CHECK("list has_every missing one", COUNT_WHERE(.scores = &(struct rdb_int_list_filter){.has_every = every_no, .has_every_count = 2}) == 0,
		      "n=%zu", n);
		CHECK("list is_empty false", COUNT_WHERE(.tags = &(struct rdb_string_list_filter){.is_empty = &(bool){false}}) == 1, "n=%zu", n);
		CHECK("enum list has", COUNT_WHERE(.stages = &(struct app_Stage_list_filter){.has = &(enum app_Stage){app_Stage_DONE}}) == 1,
		      "n=%zu %s", n, err.message);
		static const enum app_Stage doing_done[] = {app_Stage_DOING, app_Stage_DONE};
		CHECK("enum in", COUNT_WHERE(.stage = &(struct app_Stage_filter){.in = doing_done, .in_count = 2}) == 1, "n=%zu %s", n,
		      err.message);
		CHECK("enum not_in", COUNT_WHERE(.stage = &(struct app_Stage_filter){.not_in = doing_done, .not_in_count = 2}) == 2, "n=%zu %s", n,
		      err.message);
		app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.price = &(struct rdb_decimal_filter){.lt = "0"}}}, res, &rows2, &n, &err);
		CHECK("Decimal compares as a number", n == 1, "n=%zu %s", n, err.message);
		app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.id = &(struct rdb_string_filter){.equals = t->id}}}, res, &rows2, &n, &err);
		CHECK("Uuid column filter", n == 1, "n=%zu %s", n, err.message);
	}
	{
		/* self relation, compound and named uniques, m:n both ways */
		struct app_Person *boss = NULL, *dev = NULL, *p = NULL;
		struct app_Person_data d = {0};
		d.set_first = d.set_last = true;
		d.first = "Grace";
		d.last = "Hopper";
		app_Person_create(conn, &d, NULL, res, &boss, &err);
		d.first = "Ada";
		d.last = "Lovelace";
		d.mentor_connect = &(struct app_Person_unique){.fullName = &(struct app_Person_fullName_key){"Grace", "Hopper"}};
		app_Person_create(conn, &d, NULL, res, &dev, &err);
		CHECK("connect by a named compound unique", boss && dev && dev->mentorId && *dev->mentorId == boss->id, "%s", err.message);
		if (!boss || !dev)
			goto done;
		app_Person_find_unique(conn, &(struct app_Person_unique){.id = &boss->id},
				       &(struct app_Person_include){.mentees = &(struct app_Person_args){0}}, res, &p, &err);
		CHECK("self relation include", p && p->mentees_count == 1 && p->mentees[0].id == dev->id, "mentees");
		struct app_Group *g = NULL;
		struct app_Group_data gd = {0};
		gd.set_name = true;
		gd.name = "eng";
		app_Group_create(conn, &gd, NULL, res, &g, &err);
		struct rdb_value v[2] = {rdb_int32(g ? g->id : 0), rdb_int32(dev->id)};
		rdb_query(conn, "INSERT INTO \"_GroupToPerson\" (\"A\", \"B\") VALUES ($1, $2)", v, 2, NULL, NULL, &err);
		app_Person_find_unique(conn, &(struct app_Person_unique){.id = &dev->id},
				       &(struct app_Person_include){.groups = &(struct app_Group_args){0}}, res, &p, &err);
		CHECK("m:n include from the B side", p && p->groups_count == 1 && !strcmp(p->groups[0].name, "eng"), "groups");
		struct app_Group *gg = NULL;
		app_Group_find_unique(conn, &(struct app_Group_unique){.name = "eng"},
				      &(struct app_Group_include){.members = &(struct app_Person_args){
					      .include = &(struct app_Person_include){.mentor = &(struct app_Person_args){0}}}},
				      res, &gg, &err);
		CHECK("m:n include from the A side, nested to-one", gg && gg->members_count == 1 && gg->members[0].mentor &&
								    gg->members[0].mentor->id == boss->id, "members");
		struct app_Group_where in_eng = {.name = &(struct rdb_string_filter){.equals = "eng"}};
		struct app_Person *rows;
		size_t n;
		app_Person_find_many(conn, &(struct app_Person_args){.where = &(struct app_Person_where){.groups_some = &in_eng}},
				     res, &rows, &n, &err);
		CHECK("m:n relation filter some", n == 1 && rows[0].id == dev->id, "n=%zu", n);
		app_Person_find_many(conn, &(struct app_Person_args){.where = &(struct app_Person_where){.groups_none = &in_eng}},
				     res, &rows, &n, &err);
		CHECK("m:n relation filter none", n == 1 && rows[0].id == boss->id, "n=%zu", n);
		struct app_Membership_data md = {0};
		struct app_Membership *m = NULL;
		md.set_groupId = md.set_personId = true;
		md.groupId = g->id;
		md.personId = dev->id;
		app_Membership_create(conn, &md, NULL, res, &m, &err);
		m = NULL;
		app_Membership_find_unique(conn, &(struct app_Membership_unique){
			.groupId_personId = &(struct app_Membership_groupId_personId_key){g->id, dev->id}}, NULL, res, &m, &err);
		CHECK("find_unique by a compound id", m && m->personId == dev->id && m->role == NULL, "%s", err.message);
		struct app_Membership_data role = {0};
		role.set_role = true;
		role.role = "lead";
		int rc = app_Membership_update(conn, &(struct app_Membership_unique){
			.groupId_personId = &(struct app_Membership_groupId_personId_key){g->id, dev->id}}, &role, NULL, res, &m, &err);
		CHECK("update by a compound id", rc == 0 && m && m->role && !strcmp(m->role, "lead"), "%s", err.message);
	}
	{
		/* 40 people and 80 things related by a compound text key: includes match on it both ways */
		char first[40][16];
		struct app_Thing *things;
		struct app_Person *people;
		size_t n, ok = 0;
		for (int i = 0; i < 40; i++) {
			struct app_Person_data d = {0};
			struct app_Person *p = NULL;
			snprintf(first[i], sizeof(first[i]), "P%02d", i);
			d.set_first = d.set_last = true;
			d.first = first[i];
			d.last = i % 2 ? "Odd" : "Even";
			if (app_Person_create(conn, &d, NULL, res, &p, &err) < 0)
				break;
			for (int k = 0; k < 2; k++) {
				struct app_Thing_data td = {0};
				struct app_Thing *t = NULL;
				td.set_byFirst = td.set_byLast = true;
				td.byFirst = first[i];
				td.byLast = d.last;
				td.set_default = true;
				td.default_ = 1000 + i;
				app_Thing_create(conn, &td, NULL, res, &t, &err);
			}
		}
		int rc = app_Person_find_many(conn, &(struct app_Person_args){
			.where = &(struct app_Person_where){.first = &(struct rdb_string_filter){.starts_with = "P"}},
			.include = &(struct app_Person_include){.named = &(struct app_Thing_args){0}}}, res, &people, &n, &err);
		for (size_t i = 0; rc == 0 && i < n; i++)
			ok += people[i].named_count == 2 && !strcmp(people[i].named[0].byFirst, people[i].first) &&
			      !strcmp(people[i].named[1].byLast, people[i].last);
		CHECK("include 1:n on a compound text key (40 parents)", rc == 0 && n == 40 && ok == 40, "n=%zu ok=%zu %s", n, ok,
		      err.message);
		static const struct rdb_order by_default[] = {{app_Thing_f_default, RDB_ASC}};
		rc = app_Thing_find_many(conn, &(struct app_Thing_args){
			.where = &(struct app_Thing_where){.default_ = &(struct rdb_int_filter){.gte = &(int32_t){1000}}},
			.order_by = by_default, .order_by_count = 1,
			.include = &(struct app_Thing_include){.namedBy = &(struct app_Person_args){0}}}, res, &things, &n, &err);
		ok = 0;
		for (size_t i = 0; rc == 0 && i < n; i++)
			ok += things[i].namedBy && !strcmp(things[i].namedBy->first, things[i].byFirst) &&
			      things[i].default_ == 1000 + (int)(i / 2);
		CHECK("include to-one on a compound text key (80 rows, in order)", rc == 0 && n == 80 && ok == 80, "n=%zu ok=%zu %s", n,
		      ok, err.message);
	}
	{
		/* bad input through the generated API */
		static const char tricky[] = "it's \"quoted\" \\ 50% of a_b'); DROP TABLE things; --";
		struct app_Thing_data d = {0};
		struct app_Thing *x = NULL, *y = NULL, *rows;
		size_t n = 0;
		d.set_cuid1 = true;
		d.cuid1 = tricky;
		int rc = app_Thing_create(conn, &d, NULL, res, &x, &err);
		CHECK("quotes, backslashes and SQL in a string round-trip", rc == 0 && x && !strcmp(x->cuid1, tricky), "%s",
		      err.message);
		rc = app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.cuid1 = &(struct rdb_string_filter){.contains = "50% of a_b'"}}}, res, &rows, &n, &err);
		CHECK("contains with % and _ matches them literally", rc == 0 && n == 1 && !strcmp(rows[0].cuid1, tricky), "n=%zu %s", n,
		      err.message);
		rc = app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.cuid1 = &(struct rdb_string_filter){.contains = "50%_of"}}}, res, &rows, &n, &err);
		CHECK("a pattern that only matches as a LIKE wildcard matches nothing", rc == 0 && n == 0, "n=%zu", n);

		size_t big = 1u << 20;
		char *mb = malloc(big + 1);
		for (size_t i = 0; i < big; i++)
			mb[i] = (char)('a' + i % 26);
		mb[big] = '\0';
		d.cuid1 = mb;
		rc = app_Thing_create(conn, &d, NULL, res, &y, &err);
		CHECK("a 1 MB string is stored", rc == 0 && y && strlen(y->cuid1) == big, "%s", err.message);
		rc = y ? app_Thing_find_many(conn, &(struct app_Thing_args){.where = &(struct app_Thing_where){
			.id = &(struct rdb_string_filter){.equals = y->id}}}, res, &rows, &n, &err) : -1;
		CHECK("a 1 MB string reads back exactly (streamed)", rc == 0 && n == 1 && !strcmp(rows[0].cuid1, mb), "n=%zu %s", n,
		      err.message);
		free(mb);

		static const char bad_utf8[] = {'o', 'k', (char)0xC3, (char)0x28, 0};
		d.cuid1 = bad_utf8;
		rc = app_Thing_create(conn, &d, NULL, res, &y, &err);
		CHECK("invalid UTF-8 is the server's error, not a crash", rc < 0 && !strcmp(err.sqlstate, "22021"), "rc %d %s %s", rc,
		      err.sqlstate, err.message);
		uint64_t count = 0;
		rc = app_Thing_count(conn, NULL, &count, &err);
		CHECK("the connection is usable after that error", rc == 0 && count > 0, "%s", err.message);
	}
	{ /* 1:1 from the side without the key: create, connect (the old badge lets go), disconnect */
		struct app_Person *pp = NULL;
		struct app_Badge *b2 = NULL, *b1 = NULL;
		struct app_Person_include with_badge = {.badge = &(struct app_Badge_args){0}};
		struct app_Person_data pd = {.set_first = true, .first = "Barbara", .set_last = true, .last = "Liskov",
					     .badge_create = &(struct app_Badge_data){.set_label = true, .label = "first"}};
		int brc = app_Person_create(conn, &pd, &with_badge, res, &pp, &err);
		CHECK("1:1 nested create from the side without the key", brc == 0 && pp && pp->badge &&
										 !strcmp(pp->badge->label, "first"),
		      "rc %d %s", brc, err.message);
		if (pp && pp->badge) {
			int32_t pid = pp->id, first_id = pp->badge->id;
			app_Badge_create(conn, &(struct app_Badge_data){.set_label = true, .label = "second"}, NULL, res, &b2, &err);
			brc = app_Person_update(conn, &(struct app_Person_unique){.id = &pid},
						&(struct app_Person_data){.badge_connect = &(struct app_Badge_unique){.id = &b2->id}},
						&with_badge, res, &pp, &err);
			app_Badge_find_unique(conn, &(struct app_Badge_unique){.id = &first_id}, NULL, res, &b1, &err);
			CHECK("1:1 connect: the new row points here, the old one lets go",
			      brc == 0 && pp && pp->badge && pp->badge->id == b2->id && b1 && b1->personId == NULL,
			      "rc %d %s", brc, err.message);
			brc = app_Person_update(conn, &(struct app_Person_unique){.id = &pid},
						&(struct app_Person_data){.badge_disconnect = true}, &with_badge, res, &pp, &err);
			app_Badge_find_unique(conn, &(struct app_Badge_unique){.id = &b2->id}, NULL, res, &b1, &err);
			CHECK("1:1 disconnect from the side without the key", brc == 0 && pp && pp->badge == NULL && b1 &&
										      b1->personId == NULL,
			      "rc %d %s", brc, err.message);
			brc = app_Person_create(conn, &(struct app_Person_data){.set_first = true, .first = "X", .set_last = true,
										 .last = "Y", .badge_disconnect = true},
						NULL, res, &pp, &err);
			CHECK("1:1 disconnect in create is a usage error", brc < 0 && err.code == RDB_ERR_USAGE, "rc %d", brc);
			int32_t nobody = 424242;
			brc = app_Person_update(conn, &(struct app_Person_unique){.id = &pid},
						&(struct app_Person_data){.badge_connect = &(struct app_Badge_unique){.id = &nobody}},
						NULL, res, &pp, &err);
			CHECK("1:1 connect of a missing row is P2025", brc < 0 && !strcmp(err.prisma_code, "P2025"), "rc %d %s",
			      brc, err.prisma_code);
			/* connectOrCreate from the keyless side of a 1:1 and the one side of a 1:n */
			struct app_Thing *t1 = NULL;
			brc = app_Thing_create(conn, &(struct app_Thing_data){.set_sortable = true, .sortable = "coc-old"}, NULL,
					       res, &t1, &err);
			CHECK("a thing to connect", brc == 0 && t1, "rc %d %s", brc, err.message);
			struct app_Person_data pc = {
				.badge_connect_or_create = &(struct app_Badge_connect_or_create){
					.where = &(struct app_Badge_unique){.id = &nobody},
					.create = &(struct app_Badge_data){.set_label = true, .label = "third"}},
				.things_connect_or_create = (struct app_Thing_connect_or_create[]){
					{.where = &(struct app_Thing_unique){.sortable = "coc-old"},
					 .create = &(struct app_Thing_data){.set_sortable = true, .sortable = "coc-old"}},
					{.where = &(struct app_Thing_unique){.sortable = "coc-new"},
					 .create = &(struct app_Thing_data){.set_sortable = true, .sortable = "coc-new"}}},
				.things_connect_or_create_count = 2};
			struct app_Person_include inc2 = {.badge = &(struct app_Badge_args){0}, .things = &(struct app_Thing_args){0}};
			brc = app_Person_update(conn, &(struct app_Person_unique){.id = &pid}, &pc, &inc2, res, &pp, &err);
			CHECK("connectOrCreate on a 1:1 keyless side creates the missing row and links it",
			      brc == 0 && pp && pp->badge && !strcmp(pp->badge->label, "third"), "rc %d %s", brc, err.message);
			CHECK("connectOrCreate on a 1:n: the row found moves here, the missing one is created here",
			      brc == 0 && pp && pp->things_count == 2 && t1 &&
				      (!strcmp(pp->things[0].id, t1->id) || !strcmp(pp->things[1].id, t1->id)),
			      "rc %d %s things %zu", brc, err.message, pp ? pp->things_count : 0);
			/* set (1:n with optional keys): the rest let go */
			struct app_Person_data ps = {.things_set = true,
						     .things_set_items = (struct app_Thing_unique[]){{.sortable = "coc-new"}},
						     .things_set_count = 1};
			brc = app_Person_update(conn, &(struct app_Person_unique){.id = &pid}, &ps, &inc2, res, &pp, &err);
			struct app_Thing *old1 = NULL;
			app_Thing_find_unique(conn, &(struct app_Thing_unique){.sortable = "coc-old"}, NULL, res, &old1, &err);
			CHECK("1:n set: exactly the given children stay, the others let go",
			      brc == 0 && pp && pp->things_count == 1 && !strcmp(pp->things[0].sortable, "coc-new") && old1 &&
				      old1->ownerId == NULL,
			      "rc %d %s", brc, err.message);
		}
	}
	{
		/* a pool of one: a second borrower times out; a restarted server is reconnected to */
		struct rdb_pool_config one = {0};
		struct rdb_pool *p1 = NULL;
		struct rdb_conn *c1 = NULL, *c2 = NULL;
		const char *restart = getenv("PGTEST_RESTART_CMD");
		one.url = url;
		one.max_size = 1;
		one.acquire_timeout_ms = 300;
		one.health_check_idle_ms = 1;
		int rc = rdb_pool_create(&one, &p1, &err);
		if (rc == 0)
			rc = rdb_pool_acquire(p1, &c1, &err);
		CHECK("pool of one lends its connection", rc == 0 && c1, "%s", err.message);
		if (rc == 0) {
			rc = rdb_pool_acquire(p1, &c2, &err);
			CHECK("an exhausted pool times out (no deadlock)", rc < 0 && err.code == RDB_ERR_TIMEOUT, "rc %d %s", rc,
			      err.message);
			rdb_pool_release(p1, c1);
		}
		if (restart && p1) {
			uint64_t count = 0;
			rdb_pool_release(pool, conn); /* the main connection dies with the restart too */
			conn = NULL;
			CHECK("server restarted", system(restart) == 0, "%s", restart);
			rc = rdb_pool_acquire(p1, &c1, &err);
			if (rc == 0) {
				rc = app_Thing_count(c1, NULL, &count, &err);
				rdb_pool_release(p1, c1);
			}
			CHECK("after a server restart the pool reconnects", rc == 0 && count > 0, "rc %d %s", rc, err.message);
			rdb_pool_acquire(pool, &conn, &err);
		} else if (!restart) {
			CHECK("PGTEST_RESTART_CMD is set (the script sets it)", false, "unset");
		}
		rdb_pool_destroy(p1);
	}
done:
	rdb_result_free(res);
	if (conn)
		rdb_pool_release(pool, conn);
	rdb_pool_destroy(pool);
	return check_summary();
}
