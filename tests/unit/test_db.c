/*
 * test_db.c: the parser database (src/schema/db*.c): resolved types,
 * attributes, relation inference, database names, the query helpers, and
 * a few diagnostics with their exact text and order.
 */
#include <stdlib.h>

#include "schema/db.h"
#include "schema/schema.h"
#include "t.h"
#include "util/strbuf.h"

/*
 * Builds the database of one schema text; the caller releases s. Only the
 * parser database: the validation rules that follow it would reject some
 * of these schemas (composite types without MongoDB, say).
 */
static struct psl_db *build(struct psl_schema *s, const char *text)
{
	psl_schema_init(s);
	psl_schema_add_file(s, "schema.prisma", text, strlen(text));
	psl_schema_parse(s);
	s->db = psl_db_build(s);
	return s->db;
}

/* The message of error i, or "(none)". */
static const char *error_at(const struct psl_schema *s, size_t i)
{
	return i < s->src.errors.len ? s->src.errors.items[i].message : "(none)";
}

/* The scalar field id of model.field, by names. */
static uint32_t sfield(const struct psl_db *db, const char *model, const char *field)
{
	uint32_t m = psl_db_find_model(db, model);
	uint32_t f = m == PSL_DB_NONE ? PSL_DB_NONE : psl_db_model_field_by_name(db, m, field);
	return f == PSL_DB_NONE ? PSL_DB_NONE : psl_db_model(db, m)->field_scalar[f];
}

static uint32_t rfield(const struct psl_db *db, const char *model, const char *field)
{
	uint32_t m = psl_db_find_model(db, model);
	uint32_t f = m == PSL_DB_NONE ? PSL_DB_NONE : psl_db_model_field_by_name(db, m, field);
	return f == PSL_DB_NONE ? PSL_DB_NONE : psl_db_model(db, m)->field_relation[f];
}

TEST(db_resolves_field_types)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model User {\n"
				      "  id    Int     @id\n"
				      "  name  String?\n"
				      "  tags  String[]\n"
				      "  role  Role\n"
				      "  addr  Address?\n"
				      "  geo   Unsupported(\"point\")\n"
				      "  posts Post[]\n"
				      "}\n"
				      "model Post {\n"
				      "  id     Int  @id\n"
				      "  userId Int\n"
				      "  user   User @relation(fields: [userId], references: [id])\n"
				      "}\n"
				      "enum Role {\n  USER\n  ADMIN\n}\n"
				      "type Address {\n  city String\n}\n");
	uint32_t role = psl_db_find_enum(db, "Role"), addr = psl_db_find_composite(db, "Address");
	struct strbuf sb = STRBUF_INIT;

	CHECK_INT(s.src.errors.len, 0);
	CHECK_INT(db->models.len, 2);
	CHECK_INT(db->scalar_fields.len, 8); /* 6 on User, 2 on Post */
	CHECK_INT(db->relation_fields.len, 2);
	CHECK(role != PSL_DB_NONE && addr != PSL_DB_NONE);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "id"))->type.kind, PSL_TYPE_BUILTIN);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "id"))->type.scalar, PSL_SCALAR_INT);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "role"))->type.kind, PSL_TYPE_ENUM);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "role"))->type.id, role);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "addr"))->type.kind, PSL_TYPE_COMPOSITE);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "addr"))->type.id, addr);
	CHECK_INT(psl_db_sfield(db, sfield(db, "User", "geo"))->type.kind, PSL_TYPE_UNSUPPORTED);
	CHECK_STR(psl_db_sfield(db, sfield(db, "User", "geo"))->type.unsupported, "point");
	CHECK(psl_db_sfield_is_unsupported(db, sfield(db, "User", "geo")));
	CHECK(psl_db_sfield_is_optional(db, sfield(db, "User", "name")));
	CHECK(psl_db_sfield_is_list(db, sfield(db, "User", "tags")));
	/* A relation field is not a scalar field, and the other way round. */
	CHECK(sfield(db, "User", "posts") == PSL_DB_NONE);
	CHECK(rfield(db, "User", "posts") != PSL_DB_NONE);
	CHECK(rfield(db, "User", "name") == PSL_DB_NONE);
	CHECK_INT(psl_db_rfield(db, rfield(db, "Post", "user"))->referenced_model, psl_db_find_model(db, "User"));

	psl_db_type_render(db, &psl_db_sfield(db, sfield(db, "User", "geo"))->type, &sb);
	strbuf_addch(&sb, ' ');
	psl_db_type_render(db, &psl_db_sfield(db, sfield(db, "User", "role"))->type, &sb);
	CHECK_STR(sb.buf, "Unsupported(\"point\") Role");
	strbuf_release(&sb);
	psl_schema_release(&s);
}

TEST(db_unknown_type_leaves_field_out_and_suggests)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model User {\n  id Int @id\n  a  user\n  b  string @foo\n  c  Nope\n}\n");

	CHECK_INT(s.src.errors.len, 3);
	CHECK_STR(error_at(&s, 0), "Type \"user\" is neither a built-in type, nor refers to another model, composite "
				   "type, or enum. Did you mean \"User\"?");
	CHECK_STR(error_at(&s, 1), "Type \"string\" is neither a built-in type, nor refers to another model, "
				   "composite type, or enum. Did you mean \"String\"?");
	CHECK_STR(error_at(&s, 2), "Type \"Nope\" is neither a built-in type, nor refers to another model, composite "
				   "type, or enum.");
	/* Unresolved fields are neither scalar nor relation fields, so @foo is never visited. */
	CHECK_INT(db->scalar_fields.len, 1);
	CHECK_INT(db->relation_fields.len, 0);
	psl_schema_release(&s);
}

TEST(db_diagnostics_in_prisma_order)
{
	struct psl_schema s;
	build(&s, "model A {\n"
		  "  id Int @id @id\n"
		  "  x  Int @unique(\"a\", \"b\") @foo\n"
		  "  y  Int @default(1, value: 2)\n"
		  "  @@index([x], type: Zap)\n"
		  "}\n");

	/* Field by field in Prisma's attribute order, then the model's own attributes. */
	CHECK_STR(error_at(&s, 0), "Attribute \"@id\" can only be defined once.");
	CHECK_STR(error_at(&s, 1), "Attribute \"@id\" can only be defined once.");
	CHECK_STR(error_at(&s, 2), "Error parsing attribute \"@unique\": You provided multiple unnamed arguments. This "
				   "is not possible. Did you forget the brackets? Did you mean `[\"a\", \"b\"]`?");
	CHECK_STR(error_at(&s, 3), "No such argument.");
	CHECK_STR(error_at(&s, 4), "Attribute not known: \"@foo\".");
	CHECK_STR(error_at(&s, 5), "Argument \"value\" is already specified as unnamed argument.");
	CHECK_STR(error_at(&s, 6), "Error parsing attribute \"@index\": Unknown index type: Zap.");
	CHECK_INT(s.src.errors.len, 7);
	psl_schema_release(&s);
}

TEST(db_primary_keys_and_unique_criterias)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model A {\n"
				      "  id    Int    @id(map: \"a_pk\")\n"
				      "  email String @unique\n"
				      "  nick  String?\n"
				      "  @@unique([nick, email], name: \"nick_email\")\n"
				      "}\n"
				      "model B {\n"
				      "  x Int\n"
				      "  y String\n"
				      "  @@id([x, y(sort: Desc, length: 10)], name: \"xy\")\n"
				      "}\n");
	uint32_t a = psl_db_find_model(db, "A"), b = psl_db_find_model(db, "B");
	const struct psl_db_primary_key *pk;
	struct psl_db_criteria c;
	size_t n = 0;

	CHECK_INT(s.src.errors.len, 0);
	pk = psl_db_model(db, a)->pk;
	CHECK(pk != NULL);
	CHECK_INT(pk->n_fields, 1);
	CHECK_STR(pk->mapped_name, "a_pk");
	CHECK_INT(pk->source_field, 0);
	CHECK(psl_db_sfield_is_single_pk(db, sfield(db, "A", "id")));
	CHECK(psl_db_model_has_single_id_field(db, a));
	CHECK(psl_db_sfield_is_unique(db, sfield(db, "A", "email")));
	CHECK(!psl_db_sfield_is_unique(db, sfield(db, "A", "nick")));

	/* pk, @unique(email), @@unique([nick, email]); the last has an optional field. */
	for (size_t i = 0; psl_db_model_unique_criteria(db, a, i, &c); i++)
		n++;
	CHECK_INT(n, 3);
	CHECK(psl_db_model_unique_criteria(db, a, 2, &c));
	CHECK(!psl_db_criteria_is_strict(db, &c));
	n = 0;
	for (size_t i = 0; psl_db_model_required_unique_criteria(db, a, i, &c); i++)
		n++;
	CHECK_INT(n, 2);

	pk = psl_db_model(db, b)->pk;
	CHECK(pk != NULL);
	CHECK_INT(pk->n_fields, 2);
	CHECK_STR(pk->name, "xy");
	CHECK_INT(pk->source_field, PSL_DB_NONE);
	CHECK(pk->fields[1].has_sort && pk->fields[1].sort == PSL_SORT_DESC);
	CHECK(pk->fields[1].has_length && pk->fields[1].length == 10);
	CHECK(!pk->fields[0].has_sort);
	CHECK(psl_db_sfield_is_part_of_compound_pk(db, sfield(db, "B", "y")));
	CHECK(!psl_db_sfield_is_single_pk(db, sfield(db, "B", "x")));
	psl_schema_release(&s);
}

TEST(db_indexes_order_and_arguments)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model A {\n"
				      "  id   Int    @id\n"
				      "  a    String @unique(sort: Desc)\n"
				      "  b    String\n"
				      "  addr Addr\n"
				      "  @@unique([b])\n"
				      "  @@fulltext([a, b])\n"
				      "  @@index([b(ops: raw(\"gin_trgm_ops\"), length: 5)], type: Gin, name: \"legacy\")\n"
				      "  @@index([a(ops: TextOps), addr.city], map: \"by_city\")\n"
				      "}\n"
				      "type Addr {\n  city String @map(\"c\")\n}\n");
	const struct psl_db_model *m = psl_db_model(db, psl_db_find_model(db, "A"));
	const struct psl_db_index *idx;
	struct strbuf sb = STRBUF_INIT;

	CHECK_INT(s.src.errors.len, 0);
	CHECK_INT(m->indexes.len, 5);
	/* Field-level @unique first, then every @@index, every @@unique, every @@fulltext. */
	CHECK_STR(psl_db_index_attribute_name(&m->indexes.items[0]), "@unique");
	CHECK_STR(psl_db_index_attribute_name(&m->indexes.items[1]), "@@index");
	CHECK_STR(psl_db_index_attribute_name(&m->indexes.items[2]), "@@index");
	CHECK_STR(psl_db_index_attribute_name(&m->indexes.items[3]), "@@unique");
	CHECK_STR(psl_db_index_attribute_name(&m->indexes.items[4]), "@@fulltext");
	CHECK(m->indexes.items[0].fields[0].has_sort && m->indexes.items[0].fields[0].sort == PSL_SORT_DESC);

	idx = &m->indexes.items[1];
	CHECK(idx->has_algorithm && idx->algorithm == PSL_INDEX_GIN);
	CHECK_STR(idx->mapped_name, "legacy"); /* name: on @@index is map: */
	CHECK(idx->fields[0].has_ops && idx->fields[0].ops.cls == PSL_OPS_RAW);
	CHECK_STR(idx->fields[0].ops.raw, "gin_trgm_ops");
	CHECK(idx->fields[0].has_length && idx->fields[0].length == 5);

	idx = &m->indexes.items[2];
	CHECK_STR(idx->mapped_name, "by_city");
	CHECK(idx->fields[0].ops.cls == PSL_OPS_TEXT);
	CHECK_STR(psl_operator_class_name(idx->fields[0].ops.cls), "TextOps");
	CHECK_INT(idx->fields[1].n_path, 1);
	CHECK(psl_db_index_field_scalar(&idx->fields[1]) == PSL_DB_NONE);
	CHECK_STR(psl_db_index_field_name(db, &idx->fields[1]), "city");
	CHECK_STR(psl_db_index_field_database_name(db, &idx->fields[1]), "c");
	psl_db_index_field_path(db, &idx->fields[1], true, &sb);
	CHECK_STR(sb.buf, "addr.c");
	CHECK(psl_db_index_contains_field(idx, sfield(db, "A", "a")));
	CHECK(!psl_db_index_contains_field(idx, sfield(db, "A", "b")));
	strbuf_release(&sb);
	psl_schema_release(&s);
}

TEST(db_relation_kinds_and_sides)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model User {\n"
				      "  id      Int      @id\n"
				      "  posts   Post[]\n"
				      "  profile Profile?\n"
				      "  tags    Tag[]\n"
				      "  follows User[]   @relation(\"f\")\n"
				      "  fans    User[]   @relation(\"f\")\n"
				      "}\n"
				      "model Post {\n"
				      "  id       Int  @id\n"
				      "  authorId Int\n"
				      "  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n"
				      "}\n"
				      "model Profile {\n"
				      "  id     Int  @id\n"
				      "  userId Int  @unique\n"
				      "  user   User @relation(fields: [userId], references: [id])\n"
				      "}\n"
				      "model Tag {\n"
				      "  id    Int    @id\n"
				      "  users User[]\n"
				      "}\n"
				      "model Comment {\n"
				      "  id     Int @id\n"
				      "  postId Int @unique\n"
				      "  post   Post @relation(fields: [postId], references: [id])\n"
				      "}\n");
	uint32_t user = psl_db_find_model(db, "User"), tag = psl_db_find_model(db, "Tag");
	uint32_t author = rfield(db, "Post", "author"), posts = rfield(db, "User", "posts");
	const struct psl_db_relation *r;

	CHECK_INT(s.src.errors.len, 0);
	CHECK_INT(db->relations.len, 5);

	/* 1:n defined on both sides: model A is the referencing side. */
	r = psl_db_relation(db, psl_db_rfield(db, author)->relation);
	CHECK_INT(r->kind, PSL_REL_ONE_TO_MANY);
	CHECK_INT(r->field_a, author);
	CHECK_INT(r->field_b, posts);
	CHECK_INT(r->model_a, psl_db_find_model(db, "Post"));
	CHECK_INT(r->model_b, user);
	CHECK_STR(r->name, "PostToUser");
	CHECK_INT(psl_db_rfield(db, posts)->relation, psl_db_rfield(db, author)->relation);
	CHECK_INT(psl_db_rfield_opposite(db, posts), author);
	CHECK(psl_db_rfield(db, author)->has_on_delete && psl_db_rfield(db, author)->on_delete == PSL_ACTION_CASCADE);
	CHECK_INT(psl_db_rfield_referential_arity(db, author), PSL_REQUIRED);
	CHECK(psl_db_rfield_references_singular_id_field(db, author));

	/* 1:1 with the back side present. */
	r = psl_db_relation(db, psl_db_rfield(db, rfield(db, "Profile", "user"))->relation);
	CHECK_INT(r->kind, PSL_REL_ONE_TO_ONE);
	CHECK(psl_db_relation_is_complete_inline(r));

	/* 1:1 defined on the forward side only, because postId is unique. */
	r = psl_db_relation(db, psl_db_rfield(db, rfield(db, "Comment", "post"))->relation);
	CHECK_INT(r->kind, PSL_REL_ONE_TO_ONE);
	CHECK_INT(r->field_b, PSL_DB_NONE);
	CHECK(!psl_db_relation_is_complete_inline(r));

	/* Implicit m:n: model A is the first by name, the join table is _TagToUser. */
	r = psl_db_relation(db, psl_db_rfield(db, rfield(db, "User", "tags"))->relation);
	CHECK_INT(r->kind, PSL_REL_IMPLICIT_M2N);
	CHECK_INT(r->model_a, tag);
	CHECK_INT(r->model_b, user);
	CHECK_INT(r->field_a, rfield(db, "Tag", "users"));
	CHECK_STR(r->name, "TagToUser");
	CHECK_STR(psl_db_relation_kind_name(r), "implicit many-to-many");

	/* Self m:n: ordered by field name, fans before follows. */
	r = psl_db_relation(db, psl_db_rfield(db, rfield(db, "User", "follows"))->relation);
	CHECK_INT(r->kind, PSL_REL_IMPLICIT_M2N);
	CHECK_INT(r->field_a, rfield(db, "User", "fans"));
	CHECK_STR(r->name, "f");

	/* The relations leaving User are those ingested from User's fields. */
	CHECK_INT(psl_db_model(db, user)->n_relations_from, 1);
	CHECK_INT(psl_db_model(db, user)->n_relations_to, 4);
	psl_schema_release(&s);
}

TEST(db_inferred_references_and_back_only_relations)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model A {\n"
				      "  id   Int    @id\n"
				      "  name String @unique\n"
				      "  bs   B[]\n"
				      "}\n"
				      "model B {\n"
				      "  k1 Int\n"
				      "  k2 Int\n"
				      "  @@id([k1, k2])\n"
				      "}\n");
	const struct psl_db_relation *r;

	CHECK_INT(s.src.errors.len, 0);
	r = psl_db_relation(db, psl_db_rfield(db, rfield(db, "A", "bs"))->relation);
	/* Only the list side exists: Prisma's OneToManyRelationFields::Back. */
	CHECK_INT(r->kind, PSL_REL_ONE_TO_MANY);
	CHECK_INT(r->field_a, PSL_DB_NONE);
	CHECK_INT(r->model_a, psl_db_find_model(db, "B"));
	CHECK_INT(r->model_b, psl_db_find_model(db, "A"));
	/* No forward field: the referenced fields are model B's (A's) first strict unique criteria. */
	CHECK_INT(r->n_referenced_fields, 1);
	CHECK_INT(r->referenced_fields[0], sfield(db, "A", "id"));
	psl_schema_release(&s);
}

TEST(db_database_names_and_defaults)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model User {\n"
				      "  id      Int      @id @default(autoincrement())\n"
				      "  email   String   @map(\"email_address\") @db.VarChar(200)\n"
				      "  created DateTime @default(now(), map: \"df_created\")\n"
				      "  role    Role     @default(USER)\n"
				      "  seq     Int      @default(sequence())\n"
				      "  @@map(\"users\")\n"
				      "  @@schema(\"auth\")\n"
				      "}\n"
				      "enum Role {\n  USER  @map(\"user\")\n  ADMIN\n  @@map(\"user_role\")\n}\n");
	uint32_t user = psl_db_find_model(db, "User"), role = psl_db_find_enum(db, "Role");
	const struct psl_db_scalar_field *email = psl_db_sfield(db, sfield(db, "User", "email"));
	const struct psl_expr *v;

	CHECK_INT(s.src.errors.len, 0);
	CHECK_STR(psl_db_model_database_name(db, user), "users");
	CHECK_STR(psl_db_model(db, user)->schema, "auth");
	CHECK_STR(psl_db_sfield_database_name(db, sfield(db, "User", "email")), "email_address");
	CHECK_STR(psl_db_sfield_database_name(db, sfield(db, "User", "created")), "created");
	CHECK_STR(psl_db_enum_database_name(db, role), "user_role");
	CHECK_STR(psl_db_enum_value_database_name(db, role, 0), "user");
	CHECK_STR(psl_db_enum_value_database_name(db, role, 1), "ADMIN");

	CHECK(email->has_native_type);
	CHECK_STR(email->native_type.scope, "db");
	CHECK_STR(email->native_type.name, "VarChar");
	CHECK_INT(email->native_type.n_args, 1);
	CHECK_STR(email->native_type.args[0], "200");

	CHECK(psl_db_sfield_is_autoincrement(db, sfield(db, "User", "id")));
	v = psl_db_sfield_default_value(db, sfield(db, "User", "created"));
	CHECK(psl_db_default_is_function(v, "now"));
	CHECK_STR(psl_db_sfield(db, sfield(db, "User", "created"))->dflt.mapped_name, "df_created");
	v = psl_db_sfield_default_value(db, sfield(db, "User", "role"));
	CHECK(v && v->kind == PSL_EXPR_CONSTANT);
	CHECK_STR(v->value, "USER");
	/* sequence() is left to the connector, as Prisma does. */
	CHECK_INT(db->unknown_function_defaults.len, 1);
	CHECK_INT(db->unknown_function_defaults.items[0], sfield(db, "User", "seq"));
	psl_schema_release(&s);
}

TEST(db_names_later_definition_wins)
{
	struct psl_schema s;
	struct psl_db *db = build(&s, "model A {\n  id Int @id\n}\nenum A {\n  X\n}\nmodel B {\n  id Int @id\n  a A\n}\n");

	CHECK_STR(error_at(&s, 0), "The enum \"A\" cannot be defined because a model with that name already exists.");
	CHECK_INT(s.src.errors.len, 1);
	/* Like Prisma's map insert, the enum replaced the model: B.a is an enum field. */
	CHECK_INT(psl_db_find_model(db, "A"), PSL_DB_NONE);
	CHECK(psl_db_find_enum(db, "A") != PSL_DB_NONE);
	CHECK_INT(psl_db_sfield(db, sfield(db, "B", "a"))->type.kind, PSL_TYPE_ENUM);
	psl_schema_release(&s);
}

TEST(db_field_errors_with_spans)
{
	static const char text[] = "model A {\n"
				   "  id Int @id\n"
				   "  a  Int @map(\"b\")\n"
				   "  b  Int\n"
				   "  @@index([a, nope])\n"
				   "}\n";
	struct psl_schema s;
	const struct psl_diag *d;

	build(&s, text);
	CHECK_INT(s.src.errors.len, 2);
	CHECK_STR(error_at(&s, 0), "Field \"a\" is already defined on model \"A\".");
	d = &s.src.errors.items[0];
	/* The whole field, with its newline (Prisma's field_declaration). */
	CHECK_INT(d->span.start, strstr(text, "a  Int") - text);
	CHECK_INT(d->span.end, strstr(text, "  b  Int") - text);
	CHECK_STR(error_at(&s, 1), "Error validating model \"A\": The index definition refers to the unknown fields: nope.");
	d = &s.src.errors.items[1];
	CHECK_INT(d->span.start, strstr(text, "@@index") - text);
	psl_schema_release(&s);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
