/* types.c: PostgreSQL native types: names, DDL spelling, cast riskiness. */
#include "sql/pg/types.h"

struct pg_type_info {
	const char *psl;
	const char *sql;
	int max_args;
};

static const struct pg_type_info info[PG_TYPE_COUNT] = {
	[PG_SMALLINT] = {"SmallInt", "SMALLINT", 0},
	[PG_INTEGER] = {"Integer", "INTEGER", 0},
	[PG_BIGINT] = {"BigInt", "BIGINT", 0},
	[PG_DECIMAL] = {"Decimal", "DECIMAL", 2},
	[PG_MONEY] = {"Money", "MONEY", 0},
	[PG_INET] = {"Inet", "INET", 0},
	[PG_OID] = {"Oid", "OID", 0},
	[PG_CITEXT] = {"Citext", "CITEXT", 0},
	[PG_REAL] = {"Real", "REAL", 0},
	[PG_DOUBLE] = {"DoublePrecision", "DOUBLE PRECISION", 0},
	[PG_VARCHAR] = {"VarChar", "VARCHAR", 1},
	[PG_CHAR] = {"Char", "CHAR", 1},
	[PG_TEXT] = {"Text", "TEXT", 0},
	[PG_BYTEA] = {"ByteA", "BYTEA", 0},
	[PG_TIMESTAMP] = {"Timestamp", "TIMESTAMP", 1},
	[PG_TIMESTAMPTZ] = {"Timestamptz", "TIMESTAMPTZ", 1},
	[PG_DATE] = {"Date", "DATE", 0},
	[PG_TIME] = {"Time", "TIME", 1},
	[PG_TIMETZ] = {"Timetz", "TIMETZ", 1},
	[PG_BOOLEAN] = {"Boolean", "BOOLEAN", 0},
	[PG_BIT] = {"Bit", "BIT", 1},
	[PG_VARBIT] = {"VarBit", "VARBIT", 1},
	[PG_UUID] = {"Uuid", "UUID", 0},
	[PG_XML] = {"Xml", "XML", 0},
	[PG_JSON] = {"Json", "JSON", 0},
	[PG_JSONB] = {"JsonB", "JSONB", 0},
};

const char *pg_type_psl_name(enum pg_type t)
{
	return t > PG_NONE && t < PG_UNKNOWN ? info[t].psl : "";
}

int pg_type_from_psl_name(const char *name, int *max_args)
{
	for (int t = PG_SMALLINT; t < PG_UNKNOWN; t++)
		if (!strcmp(info[t].psl, name)) {
			if (max_args)
				*max_args = info[t].max_args;
			return t;
		}
	return -1;
}

void pg_native_to_string(const struct sql_native *n, struct strbuf *out)
{
	if (n->kind == PG_UNKNOWN) {
		strbuf_addstr(out, n->name);
		for (int i = 0; i < n->nargs; i++)
			strbuf_addf(out, "%c%s", i ? ',' : '(', n->targs[i]);
		if (n->nargs)
			strbuf_addch(out, ')');
		return;
	}
	strbuf_addstr(out, pg_type_psl_name(n->kind));
	for (int i = 0; i < n->nargs; i++)
		strbuf_addf(out, "%c%u", i ? ',' : '(', n->args[i]);
	if (n->nargs)
		strbuf_addch(out, ')');
}

void pg_render_native(const struct sql_native *n, bool autoincrement, struct strbuf *out)
{
	if (n->kind == PG_UNKNOWN) {
		/* Prisma writes the parentheses even without arguments */
		strbuf_addf(out, "%s(", n->name);
		for (int i = 0; i < n->nargs; i++)
			strbuf_addf(out, "%s%s", i ? ", " : "", n->targs[i]);
		strbuf_addch(out, ')');
		return;
	}
	if (autoincrement && n->kind == PG_SMALLINT) {
		strbuf_addstr(out, "SMALLSERIAL");
		return;
	}
	if (autoincrement && n->kind == PG_INTEGER) {
		strbuf_addstr(out, "SERIAL");
		return;
	}
	if (autoincrement && n->kind == PG_BIGINT) {
		strbuf_addstr(out, "BIGSERIAL");
		return;
	}
	if (n->kind <= (int)PG_NONE || n->kind >= (int)PG_UNKNOWN)
		return;
	strbuf_addstr(out, info[n->kind].sql);
	if (n->nargs == 2)
		strbuf_addf(out, "(%u,%u)", n->args[0], n->args[1]);
	else if (n->nargs == 1)
		strbuf_addf(out, "(%u)", n->args[0]);
}

/* ---- cast riskiness: postgres_native_type_change_riskyness() --------------- */

static bool native_eq(const struct sql_native *a, const struct sql_native *b)
{
	if (a->kind != b->kind || a->nargs != b->nargs)
		return false;
	if (a->kind == PG_UNKNOWN) {
		if (strcmp(a->name, b->name))
			return false;
		for (int i = 0; i < a->nargs; i++)
			if (strcmp(a->targs[i], b->targs[i]))
				return false;
		return true;
	}
	for (int i = 0; i < a->nargs; i++)
		if (a->args[i] != b->args[i])
			return false;
	return true;
}

#define SAFE SQL_TC_SAFE
#define RISKY SQL_TC_RISKY
#define NOPE SQL_TC_NOT_CASTABLE

/* Length argument of VarChar/Char/Bit...: has it, and its value. */
#define HAS(n) ((n)->nargs >= 1)
#define LEN(n) ((n)->args[0])

/*
 * Numbers to strings: a length under `min` may truncate; CHAR without a
 * length holds one character.
 */
static enum sql_type_change to_text(const struct sql_native *next, uint32_t min)
{
	if (HAS(next) && LEN(next) < min)
		return RISKY;
	if (!HAS(next) && next->kind == PG_CHAR)
		return RISKY;
	return SAFE;
}

static bool is_str(const struct sql_native *n)
{
	return n->kind == PG_VARCHAR || n->kind == PG_CHAR;
}

/* Timestamp-like: same kind and the same or an unset precision needs no cast. */
static bool same_precision_noop(const struct sql_native *prev, const struct sql_native *next, enum pg_type kind)
{
	if (next->kind != (int)kind)
		return false;
	if (!HAS(next))
		return true;
	return !HAS(prev) || LEN(prev) == LEN(next);
}

static enum sql_type_change riskyness(const struct sql_native *p, const struct sql_native *n)
{
	enum pg_type nk = n->kind;
	long prec, scale;
	if (native_eq(p, n))
		return SQL_TC_NONE;
	switch (p->kind) {
	case PG_INET:
		return nk == PG_CITEXT || nk == PG_TEXT || nk == PG_VARCHAR ? SAFE : NOPE;
	case PG_MONEY:
		return nk == PG_CITEXT || nk == PG_TEXT || nk == PG_VARCHAR ? SAFE : RISKY;
	case PG_CITEXT:
		return nk == PG_TEXT || nk == PG_VARCHAR ? SAFE : RISKY;
	case PG_OID:
		return nk == PG_TEXT || nk == PG_VARCHAR || nk == PG_BIGINT || nk == PG_INTEGER ? SAFE : NOPE;
	case PG_SMALLINT:
	case PG_INTEGER:
	case PG_BIGINT: {
		/* digits the type can hold, and the string length it needs */
		long digits = p->kind == PG_SMALLINT ? 3 : p->kind == PG_INTEGER ? 10 : 19;
		uint32_t strlen_min = p->kind == PG_SMALLINT ? 4 : p->kind == PG_INTEGER ? 11 : 20;
		switch (nk) {
		case PG_SMALLINT:
			return RISKY; /* from a bigger integer */
		case PG_INTEGER:
			return p->kind == PG_BIGINT ? RISKY : SAFE;
		case PG_BIGINT:
			return SAFE;
		case PG_DECIMAL:
			if (n->nargs == 2 && (long)n->args[0] - (long)n->args[1] < digits)
				return RISKY;
			return SAFE;
		case PG_REAL:
		case PG_DOUBLE:
		case PG_TEXT:
			return SAFE;
		case PG_VARCHAR:
		case PG_CHAR:
			return to_text(n, strlen_min);
		default:
			return NOPE;
		}
	}
	case PG_DECIMAL:
		prec = p->nargs == 2 ? (long)p->args[0] : -1;
		scale = p->nargs == 2 ? (long)p->args[1] : -1;
		switch (nk) {
		case PG_SMALLINT:
		case PG_INTEGER:
		case PG_BIGINT: {
			long maxp = nk == PG_SMALLINT ? 2 : nk == PG_INTEGER ? 9 : 18;
			if (prec < 0 || scale > 0 || prec > maxp)
				return RISKY;
			return SAFE;
		}
		case PG_DECIMAL:
			if (prec >= 0 && n->nargs != 2)
				return SAFE;
			if (prec < 0 && n->nargs == 2)
				return n->args[0] < 131072 || n->args[1] < 16383 ? RISKY : SAFE;
			if (prec >= 0 && n->nargs == 2 &&
			    (prec - scale > (long)n->args[0] - (long)n->args[1] || scale > (long)n->args[1]))
				return RISKY;
			return SAFE;
		case PG_REAL:
		case PG_DOUBLE:
			return RISKY;
		case PG_VARCHAR:
		case PG_CHAR:
			if (HAS(n) && prec >= 0 && scale == 0 && prec + 1 > (long)LEN(n))
				return RISKY;
			if (HAS(n) && prec >= 0 && scale > 0 && prec + 2 > (long)LEN(n))
				return RISKY;
			if (HAS(n) && prec < 0 && LEN(n) < 131073)
				return RISKY;
			if (!HAS(n) && nk == PG_CHAR)
				return RISKY;
			return SAFE;
		case PG_TEXT:
			return SAFE;
		default:
			return NOPE;
		}
	case PG_REAL:
	case PG_DOUBLE:
		switch (nk) {
		case PG_SMALLINT:
		case PG_INTEGER:
		case PG_BIGINT:
		case PG_DECIMAL:
			return RISKY;
		case PG_REAL:
			return p->kind == PG_DOUBLE ? RISKY : SAFE;
		case PG_DOUBLE:
		case PG_TEXT:
			return SAFE;
		case PG_VARCHAR:
		case PG_CHAR:
			return to_text(n, p->kind == PG_REAL ? 47 : 317);
		default:
			return NOPE;
		}
	case PG_VARCHAR:
	case PG_CHAR:
		if (nk == PG_TEXT)
			return SAFE;
		if (!is_str(n))
			return NOPE;
		if (p->kind == PG_VARCHAR) {
			if (!HAS(p) && !HAS(n) && nk == PG_CHAR)
				return RISKY;
			if (!HAS(p) && HAS(n))
				return RISKY;
		} else if (!HAS(p)) {
			return SAFE;
		}
		if (HAS(p) && !HAS(n))
			return LEN(p) == 1 ? SAFE : nk == PG_CHAR ? RISKY : SAFE;
		if (HAS(p) && HAS(n) && LEN(p) > LEN(n))
			return RISKY;
		return SAFE;
	case PG_TEXT:
		if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)) || nk == PG_CITEXT)
			return SAFE;
		return is_str(n) ? RISKY : NOPE;
	case PG_BYTEA:
		if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)))
			return SAFE;
		if (is_str(n) && HAS(n) && LEN(n) > 2)
			return RISKY;
		return NOPE;
	case PG_TIMESTAMP:
	case PG_TIMESTAMPTZ:
	case PG_DATE:
	case PG_TIME:
	case PG_TIMETZ: {
		uint32_t min = p->kind == PG_TIMESTAMP ? 22 : p->kind == PG_TIME ? 13 : p->kind == PG_TIMETZ ? 18 : 27;
		if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)))
			return SAFE;
		if (is_str(n) && HAS(n) && LEN(n) > min)
			return SAFE;
		if (p->kind != PG_DATE && same_precision_noop(p, n, (enum pg_type)p->kind))
			return SQL_TC_NONE;
		switch (p->kind) {
		case PG_TIMESTAMP:
		case PG_TIMESTAMPTZ:
			return nk == PG_TIMESTAMP || nk == PG_TIMESTAMPTZ || nk == PG_DATE || nk == PG_TIME ||
					       nk == PG_TIMETZ
				       ? SAFE
				       : NOPE;
		case PG_DATE:
			return nk == PG_TIMESTAMP || nk == PG_TIMESTAMPTZ ? SAFE : NOPE;
		case PG_TIME:
			return nk == PG_TIMETZ ? SAFE : NOPE;
		default: /* PG_TIMETZ */
			return nk == PG_TIMETZ || nk == PG_TIME ? SAFE : NOPE;
		}
	}
	case PG_BOOLEAN:
		if (nk == PG_TEXT || nk == PG_VARCHAR)
			return SAFE;
		if (nk == PG_CHAR && HAS(n) && LEN(n) > 4)
			return SAFE;
		if (nk == PG_CHAR && HAS(n) && LEN(n) > 3)
			return RISKY;
		return NOPE;
	case PG_BIT:
		if (!HAS(p))
			return nk == PG_TEXT || nk == PG_VARCHAR || nk == PG_CHAR || nk == PG_VARBIT ? SAFE : NOPE;
		if (nk == PG_TEXT || ((nk == PG_VARCHAR || nk == PG_VARBIT) && !HAS(n)))
			return SAFE;
		if ((nk == PG_VARCHAR || nk == PG_VARBIT || nk == PG_CHAR) && HAS(n) && LEN(n) >= LEN(p))
			return SAFE;
		return NOPE;
	case PG_VARBIT:
		if (!HAS(p)) {
			if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)))
				return SAFE;
			return is_str(n) || nk == PG_BIT ? RISKY : NOPE;
		}
		if (nk == PG_TEXT || ((nk == PG_VARCHAR || nk == PG_VARBIT) && !HAS(n)))
			return SAFE;
		if (nk == PG_VARBIT && LEN(n) > LEN(p))
			return SAFE;
		if (is_str(n) && HAS(n) && LEN(n) >= LEN(p))
			return SAFE;
		if (nk == PG_BIT && (!HAS(n) || LEN(n) <= LEN(p)))
			return RISKY;
		return is_str(n) ? RISKY : NOPE;
	case PG_UUID:
		if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)))
			return SAFE;
		return is_str(n) && HAS(n) && LEN(n) > 31 ? SAFE : NOPE;
	case PG_XML:
	case PG_JSON:
	case PG_JSONB:
		if (nk == PG_TEXT || (nk == PG_VARCHAR && !HAS(n)))
			return SAFE;
		if ((p->kind == PG_JSON && nk == PG_JSONB) || (p->kind == PG_JSONB && nk == PG_JSON))
			return SAFE;
		return is_str(n) ? RISKY : NOPE;
	default:
		return NOPE;
	}
}

enum sql_type_change pg_column_type_change(const struct sql_coltype *prev, const struct sql_coltype *next)
{
	const struct sql_native *p = prev->native.kind ? &prev->native : NULL;
	const struct sql_native *n = next->native.kind ? &next->native : NULL;
	bool list_to_scalar = prev->arity == SQL_LIST && next->arity != SQL_LIST;
	bool scalar_to_list = prev->arity != SQL_LIST && next->arity == SQL_LIST;

	if (list_to_scalar && n) {
		if (n->kind == PG_TEXT || (n->kind == PG_VARCHAR && !HAS(n)))
			return SAFE;
		if (n->kind == PG_VARCHAR || n->kind == PG_CHAR)
			return RISKY;
	}
	if (scalar_to_list || list_to_scalar)
		return NOPE;
	if (p && n && p->kind != PG_UNKNOWN && n->kind != PG_UNKNOWN)
		return riskyness(p, n);
	if (p && n && p->kind == PG_UNKNOWN && n->kind == PG_UNKNOWN)
		return native_eq(p, n) ? SQL_TC_NONE : RISKY;
	/*
	 * Unsupported types have no native type when calculated and an
	 * unknown one when introspected. Prisma compares the previous
	 * column's type with itself here, so this is never a change.
	 */
	if ((!p || p->kind == PG_UNKNOWN) && (!n || n->kind == PG_UNKNOWN))
		return SQL_TC_NONE;
	return RISKY;
}

/* ---- operator classes --------------------------------------------------------- */

/* Prisma's OperatorClass: the PSL name, the SQL name, and whether it is the type's default. */
static const struct {
	const char *psl, *sql;
	bool is_default;
} opclasses[] = {
	{"InetOps", "inet_ops", false}, /* default only with SpGist */
	{"JsonbOps", "jsonb_ops", true},
	{"JsonbPathOps", "jsonb_path_ops", false},
	{"ArrayOps", "array_ops", true},
	{"TextOps", "text_ops", true},
	{"BitMinMaxOps", "bit_minmax_ops", true},
	{"VarBitMinMaxOps", "varbit_minmax_ops", true},
	{"BpcharBloomOps", "bpchar_bloom_ops", false},
	{"BpcharMinMaxOps", "bpchar_minmax_ops", true},
	{"ByteaBloomOps", "bytea_bloom_ops", false},
	{"ByteaMinMaxOps", "bytea_minmax_ops", true},
	{"DateBloomOps", "date_bloom_ops", false},
	{"DateMinMaxOps", "date_minmax_ops", true},
	{"DateMinMaxMultiOps", "date_minmax_multi_ops", false},
	{"Float4BloomOps", "float4_bloom_ops", false},
	{"Float4MinMaxOps", "float4_minmax_ops", true},
	{"Float4MinMaxMultiOps", "float4_minmax_multi_ops", false},
	{"Float8BloomOps", "float8_bloom_ops", false},
	{"Float8MinMaxOps", "float8_minmax_ops", true},
	{"Float8MinMaxMultiOps", "float8_minmax_multi_ops", false},
	{"InetInclusionOps", "inet_inclusion_ops", true},
	{"InetBloomOps", "inet_bloom_ops", false},
	{"InetMinMaxOps", "inet_minmax_ops", true},
	{"InetMinMaxMultiOps", "inet_minmax_multi_ops", false},
	{"Int2BloomOps", "int2_bloom_ops", false},
	{"Int2MinMaxOps", "int2_minmax_ops", true},
	{"Int2MinMaxMultiOps", "int2_minmax_multi_ops", false},
	{"Int4BloomOps", "int4_bloom_ops", false},
	{"Int4MinMaxOps", "int4_minmax_ops", true},
	{"Int4MinMaxMultiOps", "int4_minmax_multi_ops", false},
	{"Int8BloomOps", "int8_bloom_ops", false},
	{"Int8MinMaxOps", "int8_minmax_ops", true},
	{"Int8MinMaxMultiOps", "int8_minmax_multi_ops", false},
	{"NumericBloomOps", "numeric_bloom_ops", false},
	{"NumericMinMaxOps", "numeric_minmax_ops", true},
	{"NumericMinMaxMultiOps", "numeric_minmax_multi_ops", false},
	{"OidBloomOps", "oid_bloom_ops", false},
	{"OidMinMaxOps", "oid_minmax_ops", true},
	{"OidMinMaxMultiOps", "oid_minmax_multi_ops", false},
	{"TextBloomOps", "text_bloom_ops", false},
	{"TextMinMaxOps", "text_minmax_ops", true},
	{"TimestampBloomOps", "timestamp_bloom_ops", false},
	{"TimestampMinMaxOps", "timestamp_minmax_ops", true},
	{"TimestampMinMaxMultiOps", "timestamp_minmax_multi_ops", false},
	{"TimestampTzBloomOps", "timestamptz_bloom_ops", false},
	{"TimestampTzMinMaxOps", "timestamptz_minmax_ops", true},
	{"TimestampTzMinMaxMultiOps", "timestamptz_minmax_multi_ops", false},
	{"TimeBloomOps", "time_bloom_ops", false},
	{"TimeMinMaxOps", "time_minmax_ops", true},
	{"TimeMinMaxMultiOps", "time_minmax_multi_ops", false},
	{"TimeTzBloomOps", "timetz_bloom_ops", false},
	{"TimeTzMinMaxOps", "timetz_minmax_ops", true},
	{"TimeTzMinMaxMultiOps", "timetz_minmax_multi_ops", false},
	{"UuidBloomOps", "uuid_bloom_ops", false},
	{"UuidMinMaxOps", "uuid_minmax_ops", true},
	{"UuidMinMaxMultiOps", "uuid_minmax_multi_ops", false},
};

bool pg_opclass_from_psl(const char *psl, bool spgist, const char **sql, bool *is_default)
{
	for (size_t i = 0; i < ARRAY_SIZE(opclasses); i++) {
		if (strcmp(psl, opclasses[i].psl))
			continue;
		*sql = opclasses[i].sql;
		/* inet_ops is the default class only for SP-GiST */
		*is_default = i == 0 ? spgist : opclasses[i].is_default;
		return true;
	}
	return false;
}

bool pg_opclass_is_known(const char *sql)
{
	for (size_t i = 0; i < ARRAY_SIZE(opclasses); i++)
		if (!strcmp(sql, opclasses[i].sql))
			return true;
	return false;
}
