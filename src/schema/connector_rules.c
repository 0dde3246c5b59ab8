/*
 * connector_rules.c: the pure parts of the connector-specific validation
 * rules (postgres_datamodel_connector/validations.rs,
 * mysql_datamodel_connector/validations.rs): what they decide from plain
 * values, with Prisma's messages. Walking models and indexes to call them
 * is the validation rules' job.
 */
#include <stdarg.h>

#include "connector.h"

static const char *const algorithm_names[] = {"BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"};

const char *psl_index_algorithm_name(enum psl_index_algorithm a)
{
	if ((unsigned)a >= ARRAY_SIZE(algorithm_names))
		return "?";
	return algorithm_names[a];
}

/* ---- native types in keys --------------------------------------------------- */

void psl_native_type_key_error(struct psl_sources *src, struct psl_span span, const struct psl_native_type *nt,
			       enum psl_native_key_kind kind, const char *suffix)
{
	struct strbuf name = STRBUF_INIT;
	const char *conn = nt->connector->name;
	psl_native_type_render(&name, nt);
	switch (kind) {
	case PSL_NATIVE_KEY_INDEX:
		psl_error(src, span, "You cannot define an index on fields with native type `%s` of %s.%s", name.buf,
			  conn, suffix);
		break;
	case PSL_NATIVE_KEY_UNIQUE:
		psl_error(src, span, "Native type `%s` cannot be unique in %s.%s", name.buf, conn, suffix);
		break;
	case PSL_NATIVE_KEY_ID:
		psl_error(src, span, "Native type `%s` of %s cannot be used on a field that is `@id` or `@@id`.%s",
			  name.buf, conn, suffix);
		break;
	}
	strbuf_release(&name);
}

bool psl_pg_native_type_is_unindexable(const struct psl_native_type *nt)
{
	return nt->connector->provider == PSL_PROVIDER_POSTGRESQL && nt->kind == PSL_PG_XML;
}

bool psl_mysql_native_type_needs_key_length(const struct psl_native_type *nt)
{
	if (nt->connector->provider != PSL_PROVIDER_MYSQL)
		return false;
	/* MySQL can only index a prefix of TEXT and BLOB columns. */
	switch (nt->kind) {
	case PSL_MY_TEXT:
	case PSL_MY_LONG_TEXT:
	case PSL_MY_MEDIUM_TEXT:
	case PSL_MY_TINY_TEXT:
	case PSL_MY_BLOB:
	case PSL_MY_TINY_BLOB:
	case PSL_MY_MEDIUM_BLOB:
	case PSL_MY_LONG_BLOB:
		return true;
	default:
		return false;
	}
}

void psl_mysql_set_default_warning(struct psl_sources *src, struct psl_span span, const struct psl_connector *c)
{
	/* The trailing space is Prisma's: its message ended in a newline turned into a space. */
	psl_warning(src, span,
		    "%s does not actually support the `SetDefault` referential action, so using it may result in "
		    "unexpected errors. Read more at https://pris.ly/d/mysql-set-default ",
		    c->name);
}

/* ---- Postgres index operator classes ----------------------------------------- */

#define ALGO(a) PSL_INDEX_BIT(PSL_INDEX_##a)

/*
 * parser-database's OperatorClass and the algorithms each one works with.
 * `shown` is what messages print when it differs from the name: Prisma's
 * Display writes UuidMinMaxMultiOps as "BitMinMaxOps" (a copy-paste slip
 * upstream, kept so messages match).
 */
static const struct {
	const char *name;
	unsigned algorithms;
	const char *shown;
} opclasses[] = {
	{"InetOps", ALGO(GIST) | ALGO(SPGIST)},
	{"JsonbOps", ALGO(GIN)},
	{"JsonbPathOps", ALGO(GIN)},
	{"ArrayOps", ALGO(GIN)},
	{"TextOps", ALGO(SPGIST)},
	{"BitMinMaxOps", ALGO(BRIN)},
	{"VarBitMinMaxOps", ALGO(BRIN)},
	{"BpcharBloomOps", ALGO(BRIN)},
	{"BpcharMinMaxOps", ALGO(BRIN)},
	{"ByteaBloomOps", ALGO(BRIN)},
	{"ByteaMinMaxOps", ALGO(BRIN)},
	{"DateBloomOps", ALGO(BRIN)},
	{"DateMinMaxOps", ALGO(BRIN)},
	{"DateMinMaxMultiOps", ALGO(BRIN)},
	{"Float4BloomOps", ALGO(BRIN)},
	{"Float4MinMaxOps", ALGO(BRIN)},
	{"Float4MinMaxMultiOps", ALGO(BRIN)},
	{"Float8BloomOps", ALGO(BRIN)},
	{"Float8MinMaxOps", ALGO(BRIN)},
	{"Float8MinMaxMultiOps", ALGO(BRIN)},
	{"InetInclusionOps", ALGO(BRIN)},
	{"InetBloomOps", ALGO(BRIN)},
	{"InetMinMaxOps", ALGO(BRIN)},
	{"InetMinMaxMultiOps", ALGO(BRIN)},
	{"Int2BloomOps", ALGO(BRIN)},
	{"Int2MinMaxOps", ALGO(BRIN)},
	{"Int2MinMaxMultiOps", ALGO(BRIN)},
	{"Int4BloomOps", ALGO(BRIN)},
	{"Int4MinMaxOps", ALGO(BRIN)},
	{"Int4MinMaxMultiOps", ALGO(BRIN)},
	{"Int8BloomOps", ALGO(BRIN)},
	{"Int8MinMaxOps", ALGO(BRIN)},
	{"Int8MinMaxMultiOps", ALGO(BRIN)},
	{"NumericBloomOps", ALGO(BRIN)},
	{"NumericMinMaxOps", ALGO(BRIN)},
	{"NumericMinMaxMultiOps", ALGO(BRIN)},
	{"OidBloomOps", ALGO(BRIN)},
	{"OidMinMaxOps", ALGO(BRIN)},
	{"OidMinMaxMultiOps", ALGO(BRIN)},
	{"TextBloomOps", ALGO(BRIN)},
	{"TextMinMaxOps", ALGO(BRIN)},
	{"TimestampBloomOps", ALGO(BRIN)},
	{"TimestampMinMaxOps", ALGO(BRIN)},
	{"TimestampMinMaxMultiOps", ALGO(BRIN)},
	{"TimestampTzBloomOps", ALGO(BRIN)},
	{"TimestampTzMinMaxOps", ALGO(BRIN)},
	{"TimestampTzMinMaxMultiOps", ALGO(BRIN)},
	{"TimeBloomOps", ALGO(BRIN)},
	{"TimeMinMaxOps", ALGO(BRIN)},
	{"TimeMinMaxMultiOps", ALGO(BRIN)},
	{"TimeTzBloomOps", ALGO(BRIN)},
	{"TimeTzMinMaxOps", ALGO(BRIN)},
	{"TimeTzMinMaxMultiOps", ALGO(BRIN)},
	{"UuidBloomOps", ALGO(BRIN)},
	{"UuidMinMaxOps", ALGO(BRIN)},
	{"UuidMinMaxMultiOps", ALGO(BRIN), "BitMinMaxOps"},
};

bool psl_pg_opclass_known(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(opclasses); i++)
		if (!strcmp(opclasses[i].name, name))
			return true;
	return false;
}

/* The operator class as Prisma's messages spell it. */
static const char *opclass_shown(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(opclasses); i++)
		if (!strcmp(opclasses[i].name, name) && opclasses[i].shown)
			return opclasses[i].shown;
	return name;
}

static unsigned opclass_algorithms(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(opclasses); i++)
		if (!strcmp(opclasses[i].name, name))
			return opclasses[i].algorithms;
	return 0;
}

/* BRIN: the operator classes each known native type takes besides none. */
static const struct {
	int kind;
	const char *ops[4];
} brin_native[] = {
	{PSL_PG_BIT, {"BitMinMaxOps"}},
	{PSL_PG_VAR_BIT, {"VarBitMinMaxOps"}},
	{PSL_PG_CHAR, {"BpcharBloomOps", "BpcharMinMaxOps"}},
	{PSL_PG_DATE, {"DateBloomOps", "DateMinMaxOps", "DateMinMaxMultiOps"}},
	{PSL_PG_REAL, {"Float4BloomOps", "Float4MinMaxOps", "Float4MinMaxMultiOps"}},
	{PSL_PG_DOUBLE_PRECISION, {"Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"}},
	{PSL_PG_INET, {"InetInclusionOps", "InetBloomOps", "InetMinMaxOps", "InetMinMaxMultiOps"}},
	{PSL_PG_SMALL_INT, {"Int2BloomOps", "Int2MinMaxOps", "Int2MinMaxMultiOps"}},
	{PSL_PG_INTEGER, {"Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"}},
	{PSL_PG_BIG_INT, {"Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"}},
	{PSL_PG_DECIMAL, {"NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"}},
	{PSL_PG_OID, {"OidBloomOps", "OidMinMaxOps", "OidMinMaxMultiOps"}},
	{PSL_PG_BYTE_A, {"ByteaBloomOps", "ByteaMinMaxOps"}},
	{PSL_PG_TEXT, {"TextBloomOps", "TextMinMaxOps"}},
	{PSL_PG_VAR_CHAR, {"TextBloomOps", "TextMinMaxOps"}},
	{PSL_PG_TIMESTAMP, {"TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"}},
	{PSL_PG_TIMESTAMPTZ, {"TimestampTzBloomOps", "TimestampTzMinMaxOps", "TimestampTzMinMaxMultiOps"}},
	{PSL_PG_TIME, {"TimeBloomOps", "TimeMinMaxOps", "TimeMinMaxMultiOps"}},
	{PSL_PG_TIMETZ, {"TimeTzBloomOps", "TimeTzMinMaxOps", "TimeTzMinMaxMultiOps"}},
	{PSL_PG_UUID, {"UuidBloomOps", "UuidMinMaxOps", "UuidMinMaxMultiOps"}},
};

/*
 * BRIN without a (known) native type: the scalar types that need no
 * operator class, and the classes that require that scalar type.
 */
static const struct {
	enum psl_scalar_type scalar;
	const char *type_name;
	const char *ops[3];
} brin_scalar[] = {
	{PSL_SCALAR_FLOAT, "Float", {"Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"}},
	{PSL_SCALAR_INT, "Int", {"Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"}},
	{PSL_SCALAR_BIGINT, "BigInt", {"Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"}},
	{PSL_SCALAR_DECIMAL, "Decimal", {"NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"}},
	{PSL_SCALAR_BYTES, "Bytes", {"ByteaBloomOps", "ByteaMinMaxOps"}},
	{PSL_SCALAR_STRING, "String", {"TextBloomOps", "TextMinMaxOps"}},
	{PSL_SCALAR_DATETIME, "DateTime", {"TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"}},
};

static bool in_list(const char *const *list, size_t n, const char *name)
{
	for (size_t i = 0; i < n && list[i]; i++)
		if (!strcmp(list[i], name))
			return true;
	return false;
}

static bool is_type(const struct psl_pg_index_field *f, enum psl_scalar_type t)
{
	return f->is_builtin && f->scalar == t;
}

/* IndexAlgorithm::supports_field_type */
static bool algorithm_supports_field(enum psl_index_algorithm algo, const struct psl_pg_index_field *f)
{
	if (f->is_unsupported)
		return true;
	switch (algo) {
	case PSL_INDEX_BTREE:
	case PSL_INDEX_HASH:
		return true;
	case PSL_INDEX_GIST:
	case PSL_INDEX_SPGIST:
		return is_type(f, PSL_SCALAR_STRING);
	case PSL_INDEX_GIN:
		return is_type(f, PSL_SCALAR_JSON) || f->is_list;
	case PSL_INDEX_BRIN:
		return f->is_builtin && f->scalar != PSL_SCALAR_BOOLEAN && f->scalar != PSL_SCALAR_JSON;
	}
	return true;
}

struct index_check {
	enum psl_index_algorithm algo;
	const struct psl_pg_index_field *f;
	const char *attr;
	struct psl_span span;
	struct psl_sources *src;
};

/* DatamodelError::new_attribute_validation_error */
static void index_error(const struct index_check *c, const char *fmt, ...) RDB_PRINTF(2, 3);
static void index_error(const struct index_check *c, const char *fmt, ...)
{
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	psl_error(c->src, c->span, "Error parsing attribute \"%s\": %s", c->attr, msg.buf);
	strbuf_release(&msg);
}

/*
 * Prisma's err_f closure: the generic complaint once no specific rule
 * matched. native_name includes Postgres types rdb does not know.
 */
static void generic_error(const struct index_check *c, const char *native_name, const char *opclass)
{
	const char *algo = psl_index_algorithm_name(c->algo);
	if (native_name && opclass)
		index_error(c, "The given operator class `%s` does not support native type `%s` of field `%s`.",
			    opclass_shown(opclass), native_name, c->f->name);
	else if (native_name)
		index_error(c, "The %s index field type `%s` has no default operator class.", algo, native_name);
	else if (opclass)
		index_error(c, "The given operator class `%s` expects the field `%s` to define a valid native type.",
			    opclass_shown(opclass), c->f->name);
	else if (!algorithm_supports_field(c->algo, c->f))
		index_error(c, "The %s index type does not support the type of the field `%s`.", algo, c->f->name);
}

static void wrong_scalar(const struct index_check *c, const char *opclass, const char *type_name)
{
	index_error(c, "The given operator class `%s` points to the field `%s` that is not of %s type.",
		    opclass_shown(opclass), c->f->name, type_name);
}

static void check_brin(const struct index_check *c, int known, const char *native_name, const char *opclass)
{
	if (known != PSL_NATIVE_UNKNOWN) {
		for (size_t i = 0; i < ARRAY_SIZE(brin_native); i++)
			if (brin_native[i].kind == known &&
			    (!opclass || in_list(brin_native[i].ops, ARRAY_SIZE(brin_native[i].ops), opclass)))
				return;
		generic_error(c, native_name, opclass);
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(brin_scalar); i++) {
		if (!opclass && is_type(c->f, brin_scalar[i].scalar))
			return;
		if (opclass && in_list(brin_scalar[i].ops, ARRAY_SIZE(brin_scalar[i].ops), opclass)) {
			if (!is_type(c->f, brin_scalar[i].scalar))
				wrong_scalar(c, opclass, brin_scalar[i].type_name);
			return;
		}
	}
	generic_error(c, native_name, opclass);
}

static void check_gin(const struct index_check *c, int known, const char *native_name, const char *opclass)
{
	bool jsonb_ops = opclass && (!strcmp(opclass, "JsonbOps") || !strcmp(opclass, "JsonbPathOps"));
	if (known == PSL_NATIVE_UNKNOWN && !opclass && is_type(c->f, PSL_SCALAR_JSON))
		return;
	if (!opclass && c->f->is_list)
		return;
	if (known == PSL_PG_JSON_B && (!opclass || jsonb_ops))
		return;
	if (known == PSL_NATIVE_UNKNOWN && jsonb_ops) {
		if (!is_type(c->f, PSL_SCALAR_JSON))
			wrong_scalar(c, opclass, "Json");
		return;
	}
	if (opclass && !strcmp(opclass, "ArrayOps")) {
		/* Only a non-list scalar field is wrong here; lists and composites pass. */
		if (!c->f->is_composite && !c->f->is_list)
			index_error(c, "The given operator class `%s` expects the type of field `%s` to be an array.",
				    opclass, c->f->name);
		return;
	}
	generic_error(c, native_name, opclass);
}

static void check_spgist(const struct index_check *c, int known, const char *native_name, const char *opclass)
{
	bool text_ops = opclass && !strcmp(opclass, "TextOps");
	if (known == PSL_PG_INET && (!opclass || !strcmp(opclass, "InetOps")))
		return;
	if (known == PSL_NATIVE_UNKNOWN && !opclass && is_type(c->f, PSL_SCALAR_STRING))
		return;
	if (known == PSL_NATIVE_UNKNOWN && text_ops) {
		if (!is_type(c->f, PSL_SCALAR_STRING))
			wrong_scalar(c, opclass, "String");
		return;
	}
	if ((known == PSL_PG_TEXT || known == PSL_PG_VAR_CHAR || known == PSL_PG_CHAR) && (!opclass || text_ops))
		return;
	generic_error(c, native_name, opclass);
}

void psl_pg_index_field_validate(enum psl_index_algorithm algo, const struct psl_pg_index_field *f,
				 const char *attribute_name, struct psl_span span, struct psl_sources *src)
{
	struct index_check c = {algo, f, attribute_name, span, src};
	const char *native_name = f->native_type ? psl_native_type_name(f->native_type) : NULL;
	/* Prisma matches on the known type: an unknown one counts as none there. */
	int known = f->native_type ? f->native_type->kind : PSL_NATIVE_UNKNOWN;
	const char *opclass = f->opclass_raw ? NULL : f->opclass;

	if (f->opclass_raw)
		return;
	if (opclass && !(opclass_algorithms(opclass) & PSL_INDEX_BIT(algo))) {
		index_error(&c, "The given operator class `%s` is not supported with the `%s` index type.",
			    opclass_shown(opclass), psl_index_algorithm_name(algo));
		return;
	}
	switch (algo) {
	case PSL_INDEX_GIST:
		if (!(known == PSL_PG_INET && opclass && !strcmp(opclass, "InetOps")))
			generic_error(&c, native_name, opclass);
		break;
	case PSL_INDEX_GIN:
		check_gin(&c, known, native_name, opclass);
		break;
	case PSL_INDEX_SPGIST:
		check_spgist(&c, known, native_name, opclass);
		break;
	case PSL_INDEX_BRIN:
		check_brin(&c, known, native_name, opclass);
		break;
	case PSL_INDEX_BTREE:
	case PSL_INDEX_HASH:
		break;
	}
}
