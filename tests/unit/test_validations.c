/*
 * test_validations.c: psl-core's validation rules (src/schema/validations*.c)
 * and the schema-aware formatter (src/schema/reformat.c), on what the
 * conformance corpora exercise little: the literal checks of @default
 * values, global foreign key names on MySQL, cycle detection under
 * relationMode = "prisma", the empty connector, composite type cycles, the
 * early stop on ambiguous relations, and the relation bits the formatter
 * adds. Expected texts were checked against Prisma 6.19's own engine.
 */
#include <stdlib.h>

#include "schema/reformat.h"
#include "schema/schema.h"
#include "t.h"

static void load(struct psl_schema *s, const char *text)
{
	psl_schema_init(s);
	psl_schema_add_file(s, "schema.prisma", text, strlen(text));
	psl_schema_validate(s);
}

static const char *error(const struct psl_schema *s, size_t i)
{
	return i < s->src.errors.len ? s->src.errors.items[i].message : "(none)";
}

static const char *warning(const struct psl_schema *s, size_t i)
{
	return i < s->src.warnings.len ? s->src.warnings.items[i].message : "(none)";
}

/* The source text a diagnostic points at, in a static buffer. */
static const char *span_text(const struct psl_schema *s, struct psl_span sp)
{
	static char buf[512];
	const struct psl_source *f = &s->src.files.items[sp.file];
	snprintf(buf, sizeof(buf), "%.*s", (int)(sp.end - sp.start), f->text + sp.start);
	return buf;
}

#define PG "datasource db {\n  provider = \"postgresql\"\n  url      = \"postgresql://x\"\n}\n\n"
#define MYSQL "datasource db {\n  provider = \"mysql\"\n  url      = \"mysql://x\"\n}\n\n"

TEST(default_literals_are_parsed_like_prisma)
{
	struct psl_schema s;
	load(&s, PG "model A {\n"
		    "  id Int      @id\n"
		    "  j  Json     @default(\"{\\n  \\\"a\\\": }\")\n"
		    "  b  Bytes    @default(\"YR==\")\n"
		    "  d  Decimal  @default(\"1e\")\n"
		    "  n  BigInt   @default(9223372036854775808)\n"
		    "  t  DateTime @default(\"2024-02-30T10:00:00Z\")\n"
		    "  ok DateTime @default(\"2024-02-29T10:00:00.123+01:00\")\n"
		    "}\n");
	CHECK_INT(s.src.errors.len, 5);
	/* serde_json's position: line 2, column 8 of the JSON text */
	CHECK_STR(error(&s, 0), "Error parsing attribute \"@default\": Parse error: \"{\n  \"a\": }\" is not a valid JSON "
				"string. (expected value at line 2 column 8)");
	/* canonical base64: the last symbol may not carry stray bits */
	CHECK_STR(error(&s, 1), "Error parsing attribute \"@default\": Parse error: \"YR==\" is not a valid base64 string. "
				"(Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)");
	/* Prisma drops the @ for decimals; the exponent is parsed first */
	CHECK_STR(error(&s, 2), "Error parsing attribute \"default\": Parse error: \"1e\" is not a valid decimal. "
				"(cannot parse integer from empty string)");
	CHECK_STR(error(&s, 3), "Error parsing attribute \"@default\": Parse error: \"9223372036854775808\" is not a valid "
				"integer. (number too large to fit in target type)");
	CHECK_STR(error(&s, 4), "Error parsing attribute \"@default\": Parse error: \"2024-02-30T10:00:00Z\" is not a valid "
				"rfc3339 datetime string. (input is out of range)");
	CHECK_STR(span_text(&s, s.src.errors.items[1].span), "\"YR==\"");
	psl_schema_release(&s);
}

TEST(datetime_defaults_follow_chronos_scanner)
{
	struct psl_schema s;
	load(&s, PG "model A {\n"
		    "  id Int      @id\n"
		    "  a  DateTime @default(\"Hugo\")\n"
		    "  b  DateTime @default(\"2020\")\n"
		    "  c  DateTime @default(\"2020-01-01T00:00:00Zx\")\n"
		    "}\n");
	CHECK_INT(s.src.errors.len, 3);
	/* a bad digit is reported before the missing rest */
	CHECK(strstr(error(&s, 0), "(input contains invalid characters)") != NULL);
	CHECK(strstr(error(&s, 1), "(premature end of input)") != NULL);
	CHECK(strstr(error(&s, 2), "(trailing input)") != NULL);
	psl_schema_release(&s);
}

TEST(mysql_foreign_key_names_are_global)
{
	struct psl_schema s;
	load(&s, MYSQL "model User {\n  id    Int    @id\n  posts Post[]\n  notes Note[]\n}\n\n"
		       "model Post {\n  id     Int  @id\n  userId Int\n"
		       "  user   User @relation(fields: [userId], references: [id], map: \"owner_fk\")\n}\n\n"
		       "model Note {\n  id     Int  @id\n  userId Int\n"
		       "  user   User @relation(fields: [userId], references: [id], map: \"owner_fk\")\n}\n");
	CHECK_INT(s.src.errors.len, 2);
	CHECK_STR(error(&s, 0), "Error parsing attribute \"@relation\": The given constraint name `owner_fk` has to be "
				"unique in the following namespace: global for foreign keys. Please provide a different "
				"name using the `map` argument.");
	CHECK_STR(span_text(&s, s.src.errors.items[1].span), "map: \"owner_fk\"");
	psl_schema_release(&s);
}

TEST(cycles_are_checked_when_prisma_emulates_relations)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider     = \"postgresql\"\n  url          = \"postgresql://x\"\n"
		 "  relationMode = \"prisma\"\n}\n\n"
		 "model Node {\n  id       Int    @id\n  parentId Int?\n"
		 "  parent   Node?  @relation(\"tree\", fields: [parentId], references: [id], onUpdate: Cascade)\n"
		 "  children Node[] @relation(\"tree\")\n}\n");
	CHECK_INT(s.src.errors.len, 1);
	/* only the implicit action is named; the explicit onUpdate is the user's */
	CHECK_STR(error(&s, 0), "Error validating: A self-relation must have `onDelete` and `onUpdate` referential actions "
				"set to `NoAction` in one of the @relation attributes. (Implicit default `onDelete`: "
				"`SetNull`) Read more at https://pris.ly/d/cyclic-referential-actions");
	/* and the missing index on parentId is worth a warning (with Prisma's stray quote) */
	CHECK_INT(s.src.warnings.len, 1);
	CHECK(strstr(warning(&s, 0), "relation-mode-prisma-indexes\" ") != NULL);
	CHECK_STR(span_text(&s, s.src.warnings.items[0].span),
		  "@relation(\"tree\", fields: [parentId], references: [id], onUpdate: Cascade)");
	psl_schema_release(&s);
}

TEST(without_datasource_the_empty_connector_decides)
{
	struct psl_schema s;
	load(&s, "model Person {\n  id       Int      @id\n  friendId Int\n"
		 "  friend   Person   @relation(fields: [friendId], references: [id])\n"
		 "  fans     Person[]\n  tags     String[]\n}\n\n"
		 "type Address {\n  street String\n  home   Address\n}\n");
	CHECK_INT(s.src.errors.len, 4);
	CHECK_STR(error(&s, 0), "Error validating field `home` in composite type `Address`: The type is the same as the "
				"parent and causes an endless cycle. Please change the field to be either optional or a "
				"list.");
	CHECK_STR(error(&s, 1), "Error validating: Composite types are not supported on "
				"psl_core::datamodel_connector::empty_connector::EmptyDatamodelConnector.");
	CHECK_STR(error(&s, 2), "Field \"tags\" in model \"Person\" can't be a list. The current connector does not "
				"support lists of primitive types.");
	/* the ambiguous relation is the last word: Prisma stops validating there */
	CHECK_STR(error(&s, 3), "Error validating model \"Person\": Ambiguous self relation detected. The fields `friend` "
				"and `fans` in model `Person` both refer to `Person`. If they are part of the same "
				"relation add the same relation name for them with `@relation(<name>)`.");
	psl_schema_release(&s);
}

TEST(emulated_relations_refuse_set_default)
{
	struct psl_schema s;
	load(&s, "datasource db {\n  provider     = \"mysql\"\n  url          = \"mysql://x\"\n"
		 "  relationMode = \"prisma\"\n}\n\n"
		 "model User {\n  id    Int    @id\n  posts Post[]\n}\n\n"
		 "model Post {\n  id       Int  @id\n  authorId Int\n"
		 "  author   User @relation(fields: [authorId], references: [id], onDelete: SetDefault)\n}\n");
	CHECK_INT(s.src.errors.len, 1);
	CHECK_STR(error(&s, 0), "Error validating: Invalid referential action: `SetDefault`. Allowed values: (`Cascade`, "
				"`Restrict`, `NoAction`, `SetNull`)");
	CHECK_STR(span_text(&s, s.src.errors.items[0].span), "onDelete: SetDefault");
	/* no MySQL SetDefault warning without foreign keys, but the index one */
	CHECK_INT(s.src.warnings.len, 1);
	psl_schema_release(&s);
}

TEST(relation_names_compare_by_text)
{
	struct psl_schema s;
	/* an explicit "ClubToUser" and the generated one are the same relation name */
	load(&s, "model Club {\n  id      Int    @id\n  adminId Int\n"
		 "  admin   User   @relation(fields: [adminId], references: [id])\n"
		 "  members User[] @relation(\"ClubToUser\")\n}\n\n"
		 "model User {\n  id    Int    @id\n  clubs Club[] @relation(\"ClubToUser\")\n  owned Club[]\n}\n");
	CHECK_STR(error(&s, 0), "Error validating model \"Club\": Ambiguous relation detected. The fields `admin` and "
				"`members` in model `Club` both refer to `User`. Please provide different relation names "
				"for them by adding `@relation(<name>).");
	CHECK_INT(s.src.errors.len, 1);
	psl_schema_release(&s);
}

/* Formats one file; returns the text (caller frees). */
static char *format(const char *text)
{
	struct psl_schema s;
	struct strbuf out = STRBUF_INIT;
	psl_schema_init(&s);
	psl_schema_add_file(&s, "schema.prisma", text, strlen(text));
	if (psl_reformat(&s, 2, &out) < 0)
		strbuf_addstr(&out, "(unparsable)");
	psl_schema_release(&s);
	return strbuf_detach(&out, NULL);
}

TEST(reformat_adds_missing_relation_bits)
{
	char *got = format(PG "model Category {\n  id   String @id @db.Uuid\n  name String\n}\n\n"
			      "model Entry {\n  id       Int @id\n  category Category\n}\n\n"
			      "model Box {\n  id     Int  @id\n  parent Category? @relation\n}\n");
	CHECK_STR(got, PG "model Category {\n"
			  "  id      String  @id @db.Uuid\n"
			  "  name    String\n"
			  "  entries Entry[]\n"
			  "  boxes   Box[]\n"
			  "}\n\n"
			  "model Entry {\n"
			  "  id         Int      @id\n"
			  "  category   Category @relation(fields: [categoryId], references: [id])\n"
			  "  categoryId String   @db.Uuid\n"
			  "}\n\n"
			  "model Box {\n"
			  "  id         Int       @id\n"
			  "  parent     Category? @relation(fields: [categoryId], references: [id])\n"
			  "  categoryId String?   @db.Uuid\n"
			  "}\n");
	free(got);
}

TEST(reformat_names_back_relations_like_prismas_inflector)
{
	/* cruet's camelCase keeps "myHTTP" but flattens "HTTPRequest"; plurals follow its rules */
	char *got = format("model Person {\n  id Int @id\n}\n\n"
			   "model HTTPRequest {\n  id Int @id\n  fk Int\n  rel Person @relation(fields: [fk], references: [id])\n}\n\n"
			   "model Child {\n  id Int @id\n  fk Int\n  rel Person @relation(fields: [fk], references: [id])\n}\n\n"
			   "model myHTTP {\n  id Int @id\n  fk Int\n  rel Person @relation(fields: [fk], references: [id])\n}\n");
	const char *want = "model Person {\n"
			   "  id           Int           @id\n"
			   "  httprequests HTTPRequest[]\n"
			   "  children     Child[]\n"
			   "  myHTTPs      myHTTP[]\n"
			   "}\n";
	CHECK(!strncmp(got, want, strlen(want)));
	free(got);
}

TEST(reformat_leaves_the_callers_schema_alone)
{
	struct psl_schema s;
	struct strbuf out = STRBUF_INIT;
	const char *text = "model A {\n  id Int @id\n  b B\n}\n\nmodel B {\n  id Int @id\n}\n";
	psl_schema_init(&s);
	psl_schema_add_file(&s, "schema.prisma", text, strlen(text));
	CHECK_INT(psl_reformat(&s, 2, &out), 0);
	CHECK(strstr(out.buf, "  as A[]\n") != NULL);
	/* validating afterwards sees the original text once */
	psl_schema_validate(&s);
	CHECK_INT(s.src.errors.len, 1);
	CHECK(strstr(error(&s, 0), "is missing an opposite relation field on the model `B`") != NULL);
	strbuf_release(&out);
	psl_schema_release(&s);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
