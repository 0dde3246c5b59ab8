/*
 * describe.c: PostgreSQL introspection, query for query as Prisma's
 * sql-schema-describer does it, so both read the same schema out of the
 * same database: the order rows come back in fixes the ids, and the ids
 * fix the order of migration steps.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "sql/pg/conn.h"
#include "sql/pg/describe.h"
#include "sql/pg/types.h"

/* ---- result helpers ----------------------------------------------------------- */

struct rows {
	PGresult *r;
	int n;
};

static int query(PGconn *c, const char *sql, const char *param, struct rows *out, struct rdb_error *err)
{
	const char *params[1] = {param};
	if (pg_query(c, sql, param ? 1 : 0, params, &out->r, err) < 0)
		return -1;
	out->n = PQntuples(out->r);
	return 0;
}

static const char *get(const struct rows *rs, int row, const char *col)
{
	int f = PQfnumber(rs->r, col);
	if (f < 0 || PQgetisnull(rs->r, row, f))
		return NULL;
	return PQgetvalue(rs->r, row, f);
}

static const char *get_str(const struct rows *rs, int row, const char *col)
{
	const char *v = get(rs, row, col);
	return v ? v : "";
}

static bool get_bool(const struct rows *rs, int row, const char *col)
{
	const char *v = get(rs, row, col);
	return v && (v[0] == 't' || v[0] == 'T');
}

static bool get_u32(const struct rows *rs, int row, const char *col, uint32_t *out)
{
	const char *v = get(rs, row, col);
	if (!v || !isdigit((unsigned char)*v))
		return false;
	*out = (uint32_t)strtoul(v, NULL, 10);
	return true;
}

static int64_t get_i64(const struct rows *rs, int row, const char *col)
{
	const char *v = get(rs, row, col);
	return v ? strtoll(v, NULL, 10) : 0;
}

/* A text[] literal for the $1 parameter: {"public","other"} */
static void array_literal(struct strbuf *sb, const char *const *items, size_t n)
{
	strbuf_addch(sb, '{');
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(sb, ',');
		strbuf_addch(sb, '"');
		for (const char *p = items[i]; *p; p++) {
			if (*p == '"' || *p == '\\')
				strbuf_addch(sb, '\\');
			strbuf_addch(sb, *p);
		}
		strbuf_addch(sb, '"');
	}
	strbuf_addch(sb, '}');
}

/* ---- the queries (verbatim from Prisma's describer) --------------------------- */

static const char namespaces_sql[] =
	"SELECT namespace.nspname as namespace_name\n"
	"FROM pg_namespace as namespace\n"
	"WHERE namespace.nspname = ANY ( $1 )\n"
	"ORDER BY namespace_name;\n";

static const char tables_sql[] =
	"SELECT\n"
	"  tbl.relname AS table_name,\n"
	"  namespace.nspname as namespace,\n"
	"  (tbl.relhassubclass and tbl.relkind = 'p') as is_partition,\n"
	"  (tbl.relhassubclass and tbl.relkind = 'r') as has_subclass,\n"
	"  tbl.relrowsecurity as has_row_level_security,\n"
	"  reloptions,\n"
	"  obj_description(tbl.oid, 'pg_class') as description\n"
	"FROM pg_class AS tbl\n"
	"INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace\n"
	"WHERE\n"
	"  ( -- (relkind = 'r' and relispartition = 't') matches partition table \"duplicates\"\n"
	"    (tbl.relkind = 'r' AND tbl.relispartition = 'f')\n"
	"      OR -- when it's a partition\n"
	"    tbl.relkind = 'p'\n"
	"  )\n"
	"  AND namespace.nspname = ANY ( $1 )\n"
	"ORDER BY namespace, table_name;\n";

static const char tables_simple_sql[] =
	"SELECT\n"
	"  tbl.relname AS table_name,\n"
	"  namespace.nspname as namespace,\n"
	"  false as is_partition,\n"
	"  false as has_subclass,\n"
	"  false as has_row_level_security,\n"
	"  reloptions,\n"
	"  obj_description(tbl.oid, 'pg_class') as description\n"
	"FROM pg_class AS tbl\n"
	"INNER JOIN pg_namespace AS namespace ON namespace.oid = tbl.relnamespace\n"
	"WHERE\n"
	"    tbl.relkind = 'r' AND namespace.nspname = ANY ( $1 )\n"
	"ORDER BY namespace, table_name;\n";

static const char constraints_sql[] =
	"SELECT\n"
	"    schemainfo.nspname AS namespace,\n"
	"    tableinfo.relname AS table_name,\n"
	"\tconstr.conname AS constraint_name,\n"
	"\tconstr.contype AS constraint_type,\n"
	"\tpg_get_constraintdef(constr.oid) AS constraint_definition,\n"
	"\tconstr.condeferrable AS is_deferrable,\n"
	"\tconstr.condeferred AS is_deferred\n"
	"FROM pg_constraint constr\n"
	"JOIN pg_class AS tableinfo\n"
	"\tON tableinfo.oid = constr.conrelid\n"
	"JOIN pg_namespace AS schemainfo\n"
	"\tON schemainfo.oid = tableinfo.relnamespace\n"
	"WHERE schemainfo.nspname = ANY ( $1 )\n"
	"\tAND contype NOT IN ('p', 'u', 'f')\n"
	"ORDER BY namespace, table_name, constr.contype, constraint_name;\n";

static const char views_sql[] =
	"SELECT\n"
	"    views.viewname AS view_name,\n"
	"    views.definition AS view_sql,\n"
	"    views.schemaname AS namespace,\n"
	"    obj_description(class.oid, 'pg_class') AS description\n"
	"FROM pg_catalog.pg_views views\n"
	"INNER JOIN pg_catalog.pg_namespace ns ON views.schemaname = ns.nspname\n"
	"INNER JOIN pg_catalog.pg_class class ON class.relnamespace = ns.oid AND class.relname = views.viewname\n"
	"WHERE schemaname = ANY ( $1 )\n";

static const char enums_sql[] =
	"SELECT\n"
	"    t.typname AS name,\n"
	"    e.enumlabel AS value,\n"
	"    n.nspname AS namespace,\n"
	"    obj_description(t.oid, 'pg_type') AS description\n"
	"FROM pg_type t\n"
	"JOIN pg_enum e ON t.oid = e.enumtypid\n"
	"JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
	"WHERE n.nspname = ANY ( $1 )\n"
	"ORDER BY e.enumsortorder";

static const char udts_sql[] =
	"SELECT\n"
	"    t.typname AS name,\n"
	"    n.nspname AS namespace\n"
	"FROM pg_type t\n"
	"JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
	"WHERE n.nspname = ANY ( $1 )\n"
	"  AND t.typtype = 'b' -- only base types\n"
	"  AND t.typinput::regproc::text <> 'array_in' -- exclude array types\n";

/*
 * Prisma reads columns from information_schema.columns; that view costs more
 * to plan and run than the rest of the description together (about 100 ms
 * with a few hundred tables, most of it in its helper functions). This is
 * the same rows from the catalogs: the view's own expressions, its filters
 * (no dropped or system columns, tables/views/foreign/partitioned tables,
 * the privilege check) and the bodies of information_schema._pg_truetypid,
 * _pg_truetypmod, _pg_numeric_precision, _pg_numeric_scale,
 * _pg_numeric_precision_radix, _pg_datetime_precision and
 * _pg_char_max_length inlined (unchanged since PostgreSQL 10) over tt.id
 * and tt.mod, the type and modifier seen through a domain.
 */
static const char columns_sql[] =
	"SELECT\n"
	"    ns.nspname AS namespace,\n"
	"    cl.relname AS table_name,\n"
	"    att.attname AS column_name,\n"
	"    format_type(att.atttypid, att.atttypmod) as formatted_type,\n"
	"    CASE tt.id WHEN 21 THEN 16 WHEN 23 THEN 32 WHEN 20 THEN 64\n"
	"        WHEN 1700 THEN CASE WHEN tt.mod = -1 THEN NULL ELSE ((tt.mod - 4) >> 16) & 65535 END\n"
	"        WHEN 700 THEN 24 WHEN 701 THEN 53 ELSE NULL END AS numeric_precision,\n"
	"    CASE WHEN tt.id IN (21, 23, 20) THEN 0\n"
	"        WHEN tt.id = 1700 THEN CASE WHEN tt.mod = -1 THEN NULL ELSE (tt.mod - 4) & 65535 END\n"
	"        ELSE NULL END AS numeric_scale,\n"
	"    CASE WHEN tt.id IN (21, 23, 20, 700, 701) THEN 2 WHEN tt.id = 1700 THEN 10 ELSE NULL END\n"
	"        AS numeric_precision_radix,\n"
	"    CASE WHEN tt.id = 1082 THEN 0\n"
	"        WHEN tt.id IN (1083, 1114, 1184, 1266) THEN CASE WHEN tt.mod < 0 THEN 6 ELSE tt.mod END\n"
	"        WHEN tt.id = 1186 THEN CASE WHEN tt.mod < 0 OR tt.mod & 65535 = 65535 THEN 6 ELSE tt.mod & 65535 END\n"
	"        ELSE NULL END AS datetime_precision,\n"
	"    CASE WHEN t.typtype = 'd' THEN\n"
	"        CASE WHEN bt.typelem <> 0 AND bt.typlen = -1 THEN 'ARRAY'\n"
	"             WHEN nbt.nspname = 'pg_catalog' THEN format_type(t.typbasetype, NULL)\n"
	"             ELSE 'USER-DEFINED' END\n"
	"    ELSE\n"
	"        CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'\n"
	"             WHEN nt.nspname = 'pg_catalog' THEN format_type(att.atttypid, NULL)\n"
	"             ELSE 'USER-DEFINED' END\n"
	"    END AS data_type,\n"
"    COALESCE(nbt.nspname, nt.nspname) AS type_schema_name,\n"
	"    COALESCE(bt.typname, t.typname) AS full_data_type,\n"
	"    pg_get_expr(attdef.adbin, attdef.adrelid) AS column_default,\n"
	"    CASE WHEN att.attnotnull OR (t.typtype = 'd' AND t.typnotnull) THEN 'NO' ELSE 'YES' END AS is_nullable,\n"
	"    CASE WHEN att.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END AS is_identity,\n"
	"    CASE WHEN tt.mod = -1 THEN NULL WHEN tt.id IN (1042, 1043) THEN tt.mod - 4\n"
	"        WHEN tt.id IN (1560, 1562) THEN tt.mod ELSE NULL END AS character_maximum_length,\n"
	"    col_description(att.attrelid, att.attnum) AS description\n"
	"FROM pg_attribute att\n"
	"JOIN pg_class cl ON cl.oid = att.attrelid\n"
	"JOIN pg_namespace ns ON ns.oid = cl.relnamespace\n"
	"JOIN pg_type t ON t.oid = att.atttypid\n"
	"JOIN pg_namespace nt ON nt.oid = t.typnamespace\n"
	"LEFT JOIN (pg_type bt JOIN pg_namespace nbt ON nbt.oid = bt.typnamespace)\n"
	"    ON t.typtype = 'd' AND t.typbasetype = bt.oid\n"
	"CROSS JOIN LATERAL (SELECT\n"
	"    CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE att.atttypid END AS id,\n"
	"    CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE att.atttypmod END AS mod) tt\n"
	"LEFT OUTER JOIN pg_attrdef attdef ON attdef.adrelid = att.attrelid AND attdef.adnum = att.attnum\n"
	"WHERE ns.nspname = ANY ( $1 )\n"
	"    AND att.attnum > 0 AND NOT att.attisdropped\n"
	"    AND cl.relkind IN ('r', 'v', 'f', 'p') AND cl.reltype > 0\n"
	"    AND NOT pg_is_other_temp_schema(ns.oid)\n"
	"    AND (pg_has_role(cl.relowner, 'USAGE')\n"
	"         OR has_column_privilege(cl.oid, att.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))\n"
	"ORDER BY namespace, table_name, att.attnum;\n";

/* Prisma's query, kept to check the one above against (pg_describe_opts.info_schema_columns). */
static const char columns_info_schema_sql[] =
	"SELECT\n"
	"    oid.namespace,\n"
	"    info.table_name,\n"
	"    info.column_name,\n"
	"    format_type(att.atttypid, att.atttypmod) as formatted_type,\n"
	"    info.numeric_precision,\n"
	"    info.numeric_scale,\n"
	"    info.numeric_precision_radix,\n"
	"    info.datetime_precision,\n"
	"    info.data_type,\n"
	"    info.udt_schema as type_schema_name,\n"
	"    info.udt_name as full_data_type,\n"
	"    pg_get_expr(attdef.adbin, attdef.adrelid) AS column_default,\n"
	"    info.is_nullable,\n"
	"    info.is_identity,\n"
	"    info.character_maximum_length,\n"
	"    col_description(att.attrelid, ordinal_position) AS description\n"
	"FROM information_schema.columns info\n"
	"JOIN pg_attribute att ON att.attname = info.column_name\n"
	"JOIN (\n"
	"     SELECT pg_class.oid, relname, pg_namespace.nspname as namespace\n"
	"     FROM pg_class\n"
	"     JOIN pg_namespace on pg_namespace.oid = pg_class.relnamespace\n"
	"     AND pg_namespace.nspname = ANY ( $1 )\n"
	"     WHERE reltype > 0\n"
	"    ) as oid on oid.oid = att.attrelid\n"
	"      AND relname = info.table_name\n"
	"      AND namespace = info.table_schema\n"
	"LEFT OUTER JOIN pg_attrdef attdef ON attdef.adrelid = att.attrelid AND attdef.adnum = att.attnum AND table_schema = namespace\n"
	"WHERE table_schema = ANY ( $1 ) \n"
	"ORDER BY namespace, table_name, ordinal_position;\n";

static const char fks_sql[] =
	"SELECT\n"
	"    con.oid         AS \"con_id\",\n"
	"    att2.attname    AS \"child_column\",\n"
	"    cl.relname      AS \"parent_table\",\n"
	"    att.attname     AS \"parent_column\",\n"
	"    con.confdeltype,\n"
	"    con.confupdtype,\n"
	"    rel_ns.nspname  AS \"referenced_schema_name\",\n"
	"    conname         AS constraint_name,\n"
	"    child,\n"
	"    parent,\n"
	"    table_name,\n"
	"    namespace,\n"
	"    condeferrable,\n"
	"    condeferred\n"
	"FROM (SELECT\n"
	"            ns.nspname AS \"namespace\",\n"
	"            unnest(con1.conkey)                AS \"parent\",\n"
	"            unnest(con1.confkey)                AS \"child\",\n"
	"            cl.relname                          AS table_name,\n"
	"            ns.nspname                          AS schema_name,\n"
	"            generate_subscripts(con1.conkey, 1) AS colidx,\n"
	"            con1.oid,\n"
	"            con1.confrelid,\n"
	"            con1.conrelid,\n"
	"            con1.conname,\n"
	"            con1.confdeltype,\n"
	"            con1.confupdtype,\n"
	"            con1.condeferrable                  AS condeferrable,\n"
	"            con1.condeferred                    AS condeferred\n"
	"    FROM pg_class cl\n"
	"            join pg_constraint con1 on con1.conrelid = cl.oid\n"
	"            join pg_namespace ns on cl.relnamespace = ns.oid\n"
	"    WHERE\n"
	"        ns.nspname = ANY ( $1 )\n"
	"        and con1.contype = 'f'\n"
	"    ORDER BY colidx\n"
	"    ) con\n"
	"        JOIN pg_attribute att on att.attrelid = con.confrelid and att.attnum = con.child\n"
	"        JOIN pg_class cl on cl.oid = con.confrelid\n"
	"        JOIN pg_attribute att2 on att2.attrelid = con.conrelid and att2.attnum = con.parent\n"
	"        JOIN pg_class rel_cl on con.confrelid = rel_cl.oid\n"
	"        JOIN pg_namespace rel_ns on rel_cl.relnamespace = rel_ns.oid\n"
	"ORDER BY namespace, table_name, constraint_name, con_id, con.colidx;\n";

/*
 * Prisma 7's index query: partial indexes are described too (their
 * predicate is only used with the partialIndexes preview feature; without
 * it they count as ordinary indexes). Prisma 6.19 left them out
 * (pg_describe_opts.skip_partial_indexes).
 */
static const char indexes_sql[] =
	"WITH rawindex AS (\n"
	"    SELECT\n"
	"        indrelid, \n"
	"        indexrelid,\n"
	"        indisunique,\n"
	"        indisprimary,\n"
	"        indpred,\n"
	"        unnest(indkey) AS indkeyid,\n"
	"        generate_subscripts(indkey, 1) AS indkeyidx,\n"
	"        unnest(indclass) AS indclass,\n"
	"        unnest(indoption) AS indoption\n"
	"    FROM pg_index -- https://www.postgresql.org/docs/current/catalog-pg-index.html\n"
	"    WHERE\n"
	"        NOT indisexclusion -- filter out exclusion constraints\n"
	")\n"
	"SELECT\n"
	"    schemainfo.nspname AS namespace,\n"
	"    indexinfo.relname AS index_name,\n"
	"    tableinfo.relname AS table_name,\n"
	"    columninfo.attname AS column_name,\n"
	"    rawindex.indisunique AS is_unique,\n"
	"    rawindex.indisprimary AS is_primary_key,\n"
	"    rawindex.indkeyidx AS column_index,\n"
	"    opclass.opcname AS opclass,\n"
	"    opclass.opcdefault AS opcdefault,\n"
	"    indexaccess.amname AS index_algo,\n"
	"    CASE rawindex.indoption & 1\n"
	"        WHEN 1 THEN 'DESC'\n"
	"        ELSE 'ASC' END\n"
	"        AS column_order,\n"
	"    CASE rawindex.indoption & 2\n"
	"        WHEN 2 THEN true\n"
	"        ELSE false END\n"
	"        AS nulls_first,\n"
	"    pc.condeferrable AS condeferrable,\n"
	"    pc.condeferred AS condeferred,\n"
	"    pg_get_expr(rawindex.indpred, rawindex.indrelid) AS predicate\n"
	"FROM\n"
	"    rawindex\n"
	"    INNER JOIN pg_class AS tableinfo ON tableinfo.oid = rawindex.indrelid\n"
	"    INNER JOIN pg_class AS indexinfo ON indexinfo.oid = rawindex.indexrelid\n"
	"    INNER JOIN pg_namespace AS schemainfo ON schemainfo.oid = tableinfo.relnamespace\n"
	"    LEFT JOIN pg_attribute AS columninfo\n"
	"        ON columninfo.attrelid = tableinfo.oid AND columninfo.attnum = rawindex.indkeyid\n"
	"    INNER JOIN pg_am AS indexaccess ON indexaccess.oid = indexinfo.relam\n"
	"    LEFT JOIN pg_opclass AS opclass -- left join because crdb has no opclasses\n"
	"        ON opclass.oid = rawindex.indclass\n"
	"    LEFT JOIN pg_constraint pc ON rawindex.indexrelid = pc.conindid AND pc.contype <> 'f'\n"
	"WHERE schemainfo.nspname = ANY ( $1 )\n"
	"ORDER BY namespace, table_name, index_name, column_index;\n";

static const char sequences_sql[] =
	"SELECT\n"
	"    sequence_name,\n"
	"    sequence_schema AS namespace,\n"
	"    start_value::INT8,\n"
	"    minimum_value::INT8 AS min_value,\n"
	"    maximum_value::INT8 AS max_value,\n"
	"    increment::INT8 AS increment_by,\n"
	"    (CASE cycle_option WHEN 'yes' THEN TRUE ELSE FALSE END) AS cycle,\n"
	"    0::INT8 AS cache_size\n"
	"FROM information_schema.sequences\n"
	"WHERE sequence_schema = ANY ( $1 )\n"
	"ORDER BY sequence_name\n";

static const char extensions_sql[] =
	"SELECT\n"
	"    ext.extname AS extension_name,\n"
	"    ext.extversion AS extension_version,\n"
	"    ext.extrelocatable AS extension_relocatable,\n"
	"    pn.nspname AS extension_schema\n"
	"FROM pg_extension ext\n"
	"INNER JOIN pg_namespace pn ON ext.extnamespace = pn.oid\n"
	"ORDER BY ext.extname ASC\n";

/* ---- steps ---------------------------------------------------------------------- */

struct ctx {
	PGconn *c;
	struct sql_schema *s;
	const char *nsparam; /* the namespaces as a text[] literal */
	struct rdb_error *err;
	bool info_schema_columns;
};

static int table_id(struct ctx *x, const char *ns, const char *name)
{
	int nsid = sql_find_namespace(x->s, ns);
	if (nsid < 0)
		return -1;
	for (size_t i = 0; i < x->s->tables.len; i++)
		if (x->s->tables.items[i].ns == nsid && !strcmp(x->s->tables.items[i].name, name))
			return (int)i;
	return -1;
}

static int get_tables(struct ctx *x, bool can_partition)
{
	struct rows rs;
	if (query(x->c, can_partition ? tables_sql : tables_simple_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		unsigned props = 0;
		if (get_bool(&rs, i, "is_partition"))
			props |= SQL_TABLE_PARTITION;
		if (get_bool(&rs, i, "has_subclass"))
			props |= SQL_TABLE_HAS_SUBCLASS;
		if (get_bool(&rs, i, "has_row_level_security"))
			props |= SQL_TABLE_ROW_LEVEL_SECURITY;
		sql_push_table(x->s, get_str(&rs, i, "table_name"),
			       sql_find_namespace(x->s, get_str(&rs, i, "namespace")), props,
			       get(&rs, i, "description"));
	}
	PQclear(rs.r);
	return 0;
}

static int get_constraints(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, constraints_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		int t = table_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
		const char *type = get_str(&rs, i, "constraint_type");
		struct sql_named n = {t, sql_strdup(x->s, get_str(&rs, i, "constraint_name"))};
		if (t < 0)
			continue;
		if (type[0] == 'c')
			avec_push(&x->s->arena, &x->s->checks, n);
		else if (type[0] == 'x')
			avec_push(&x->s->arena, &x->s->excludes, n);
	}
	PQclear(rs.r);
	return 0;
}

static int get_views(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, views_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		struct sql_view v;
		v.name = sql_strdup(x->s, get_str(&rs, i, "view_name"));
		v.definition = sql_strdup(x->s, get(&rs, i, "view_sql"));
		v.description = sql_strdup(x->s, get(&rs, i, "description"));
		v.ns = sql_find_namespace(x->s, get_str(&rs, i, "namespace"));
		avec_push(&x->s->arena, &x->s->views, v);
	}
	PQclear(rs.r);
	return 0;
}

/*
 * Enums come sorted by (namespace id, name, description) as Prisma's
 * BTreeMap has them; their values in enumsortorder.
 */
struct enum_row {
	int ns;
	const char *name, *description, *value;
	int seq;
};

static int enum_row_cmp(const void *a, const void *b)
{
	const struct enum_row *x = a, *y = b;
	int c;
	if (x->ns != y->ns)
		return x->ns < y->ns ? -1 : 1;
	if ((c = strcmp(x->name, y->name)))
		return c;
	if (!x->description != !y->description)
		return !x->description ? -1 : 1;
	if (x->description && (c = strcmp(x->description, y->description)))
		return c;
	return x->seq - y->seq;
}

static int get_enums(struct ctx *x)
{
	struct rows rs;
	struct enum_row *rows;
	if (query(x->c, enums_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	rows = xcalloc((size_t)rs.n + 1, sizeof(*rows));
	for (int i = 0; i < rs.n; i++) {
		rows[i].ns = sql_find_namespace(x->s, get_str(&rs, i, "namespace"));
		rows[i].name = get_str(&rs, i, "name");
		rows[i].description = get(&rs, i, "description");
		rows[i].value = get_str(&rs, i, "value");
		rows[i].seq = i;
	}
	qsort(rows, (size_t)rs.n, sizeof(*rows), enum_row_cmp);
	int cur = -1;
	for (int i = 0; i < rs.n; i++) {
		if (i == 0 || rows[i - 1].ns != rows[i].ns || strcmp(rows[i - 1].name, rows[i].name) ||
		    !str_eq(rows[i - 1].description, rows[i].description))
			cur = sql_push_enum(x->s, rows[i].name, rows[i].ns, rows[i].description);
		sql_push_variant(x->s, cur, rows[i].value);
	}
	free(rows);
	PQclear(rs.r);
	return 0;
}

static int get_udts(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, udts_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		struct sql_udt u = {sql_strdup(x->s, get_str(&rs, i, "name")),
				    sql_find_namespace(x->s, get_str(&rs, i, "namespace"))};
		avec_push(&x->s->arena, &x->s->udts, u);
	}
	PQclear(rs.r);
	return 0;
}

/* `.*\(([0-9]*)\).*\[\]$`: the last parenthesised number of an array type. */
static bool array_single_arg(const char *formatted, uint32_t *out)
{
	size_t n = strlen(formatted);
	if (n < 2 || strcmp(formatted + n - 2, "[]"))
		return false;
	/* greedy .* : the last "(digits)" before the [] */
	for (const char *p = formatted + n - 2; p > formatted; p--) {
		if (p[-1] != ')')
			continue;
		const char *close = p - 1, *q = close;
		while (q > formatted && isdigit((unsigned char)q[-1]))
			q--;
		if (q > formatted && q[-1] == '(') {
			if (q == close)
				return false; /* "()" captures "", which does not parse */
			*out = (uint32_t)strtoul(q, NULL, 10);
			return true;
		}
	}
	return false;
}

/* `numeric\(([0-9]*),([0-9]*)\)\[\]$` */
static bool array_numeric_args(const char *formatted, uint32_t *p, uint32_t *s, bool *hp, bool *hs)
{
	const char *m = strstr(formatted, "numeric(");
	*hp = *hs = false;
	for (; m; m = strstr(m + 1, "numeric(")) {
		const char *q = m + 8, *a = q;
		while (isdigit((unsigned char)*q))
			q++;
		if (*q != ',')
			continue;
		const char *b = ++q;
		while (isdigit((unsigned char)*q))
			q++;
		if (strcmp(q, ")[]"))
			continue;
		if (b - 1 > a) {
			*p = (uint32_t)strtoul(a, NULL, 10);
			*hp = true;
		}
		if (q > b) {
			*s = (uint32_t)strtoul(b, NULL, 10);
			*hs = true;
		}
		return true;
	}
	return false;
}

struct precision {
	bool has_len, has_prec, has_scale, has_time;
	uint32_t len, prec, scale, time;
};

static void get_precision(const struct rows *rs, int i, struct precision *p)
{
	memset(p, 0, sizeof(*p));
	if (!strcmp(get_str(rs, i, "data_type"), "ARRAY")) {
		const char *fmt = get_str(rs, i, "formatted_type");
		const char *fdt = get_str(rs, i, "full_data_type");
		if (!strcmp(fdt, "_bpchar") || !strcmp(fdt, "_varchar") || !strcmp(fdt, "_bit") || !strcmp(fdt, "_varbit"))
			p->has_len = array_single_arg(fmt, &p->len);
		if (!strcmp(fdt, "_numeric"))
			array_numeric_args(fmt, &p->prec, &p->scale, &p->has_prec, &p->has_scale);
		if (!strcmp(fdt, "_timestamptz") || !strcmp(fdt, "_timestamp") || !strcmp(fdt, "_timetz") ||
		    !strcmp(fdt, "_time") || !strcmp(fdt, "_interval"))
			p->has_time = array_single_arg(fmt, &p->time);
		return;
	}
	p->has_len = get_u32(rs, i, "character_maximum_length", &p->len);
	p->has_prec = get_u32(rs, i, "numeric_precision", &p->prec);
	p->has_scale = get_u32(rs, i, "numeric_scale", &p->scale);
	p->has_time = get_u32(rs, i, "datetime_precision", &p->time);
}

struct known_type {
	const char *name;
	enum sql_family family;
	enum pg_type type;
	char arg; /* 'l' length, 't' time precision, 'n' numeric, 0 none */
};

static const struct known_type known_types[] = {
	{"int2", SQL_FAM_INT, PG_SMALLINT, 0},
	{"int4", SQL_FAM_INT, PG_INTEGER, 0},
	{"int8", SQL_FAM_BIGINT, PG_BIGINT, 0},
	{"oid", SQL_FAM_INT, PG_OID, 0},
	{"float4", SQL_FAM_FLOAT, PG_REAL, 0},
	{"float8", SQL_FAM_FLOAT, PG_DOUBLE, 0},
	{"bool", SQL_FAM_BOOLEAN, PG_BOOLEAN, 0},
	{"text", SQL_FAM_STRING, PG_TEXT, 0},
	{"citext", SQL_FAM_STRING, PG_CITEXT, 0},
	{"varchar", SQL_FAM_STRING, PG_VARCHAR, 'l'},
	{"bpchar", SQL_FAM_STRING, PG_CHAR, 'l'},
	{"char", SQL_FAM_STRING, PG_CHAR, 0},
	{"date", SQL_FAM_DATETIME, PG_DATE, 0},
	{"bytea", SQL_FAM_BINARY, PG_BYTEA, 0},
	{"json", SQL_FAM_JSON, PG_JSON, 0},
	{"jsonb", SQL_FAM_JSON, PG_JSONB, 0},
	{"uuid", SQL_FAM_UUID, PG_UUID, 0},
	{"xml", SQL_FAM_STRING, PG_XML, 0},
	{"bit", SQL_FAM_STRING, PG_BIT, 'l'},
	{"varbit", SQL_FAM_STRING, PG_VARBIT, 'l'},
	{"numeric", SQL_FAM_DECIMAL, PG_DECIMAL, 'n'},
	{"money", SQL_FAM_DECIMAL, PG_MONEY, 0},
	{"time", SQL_FAM_DATETIME, PG_TIME, 't'},
	{"timetz", SQL_FAM_DATETIME, PG_TIMETZ, 't'},
	{"timestamp", SQL_FAM_DATETIME, PG_TIMESTAMP, 't'},
	{"timestamptz", SQL_FAM_DATETIME, PG_TIMESTAMPTZ, 't'},
	{"inet", SQL_FAM_STRING, PG_INET, 0},
};

/* `.*\(([-0-9, ]+)\)`: a UDT's type modifiers, as text. */
static void udt_modifiers(struct sql_schema *s, const char *formatted, struct sql_native *n)
{
	const char *open = NULL;
	/* greedy: the last "(...)" made only of digits, signs, commas, spaces */
	for (const char *p = formatted; *p; p++) {
		if (*p != '(')
			continue;
		const char *q = p + 1;
		while (*q && (isdigit((unsigned char)*q) || *q == '-' || *q == ',' || *q == ' '))
			q++;
		if (*q == ')' && q > p + 1)
			open = p;
	}
	if (!open)
		return;
	VEC(const char *) args = {0};
	const char *p = open + 1;
	while (*p != ')') {
		const char *e = p;
		while (*e != ',' && *e != ')')
			e++;
		/* trim, then keep only what parses as an i32 */
		const char *a = p, *b = e;
		while (a < b && *a == ' ')
			a++;
		while (b > a && b[-1] == ' ')
			b--;
		char buf[32];
		size_t len = (size_t)(b - a);
		if (len > 0 && len < sizeof(buf)) {
			memcpy(buf, a, len);
			buf[len] = 0;
			char *end;
			long v = strtol(buf, &end, 10);
			if (!*end && end != buf)
				avec_push(&s->arena, &args, arena_printf(&s->arena, "%ld", v));
		}
		p = *e == ',' ? e + 1 : e;
	}
	n->nargs = (int)args.len;
	n->targs = args.items;
}

static void column_type(struct ctx *x, const struct rows *rs, int i, struct sql_coltype *t)
{
	const char *data_type = get_str(rs, i, "data_type");
	const char *fdt = get_str(rs, i, "full_data_type");
	const char *tns = get(rs, i, "type_schema_name");
	bool is_array = !strcmp(data_type, "ARRAY");
	struct precision p;
	memset(t, 0, sizeof(*t));
	t->full_data_type = sql_strdup(x->s, fdt);
	t->arity = is_array ? SQL_LIST : strcasecmp(get_str(rs, i, "is_nullable"), "no") == 0 ? SQL_REQUIRED : SQL_NULLABLE;
	get_precision(rs, i, &p);
	const char *base = fdt[0] == '_' ? fdt + 1 : fdt;
	for (size_t k = 0; k < ARRAY_SIZE(known_types); k++) {
		const struct known_type *kt = &known_types[k];
		if (strcmp(base, kt->name))
			continue;
		t->family = kt->family;
		t->native.kind = kt->type;
		if (kt->arg == 'l' && p.has_len) {
			t->native.nargs = 1;
			t->native.args[0] = p.len;
		} else if (kt->arg == 't' && p.has_time) {
			t->native.nargs = 1;
			t->native.args[0] = p.time;
		} else if (kt->arg == 'n' && p.has_prec && p.has_scale) {
			t->native.nargs = 2;
			t->native.args[0] = p.prec;
			t->native.args[1] = p.scale;
		}
		return;
	}
	/* enums and other user-defined types */
	int id;
	if (!strcmp(data_type, "USER-DEFINED") && (id = sql_find_enum(x->s, tns, fdt)) >= 0) {
		t->family = SQL_FAM_ENUM;
		t->ref = id;
	} else if (!strcmp(data_type, "USER-DEFINED") && (id = sql_find_udt(x->s, tns, fdt)) >= 0) {
		t->family = SQL_FAM_UDT;
		t->ref = id;
		t->native.kind = PG_UNKNOWN;
		t->native.name = t->full_data_type;
		udt_modifiers(x->s, get_str(rs, i, "formatted_type"), &t->native);
	} else if (is_array && fdt[0] && (id = sql_find_enum(x->s, tns, fdt + 1)) >= 0) {
		t->family = SQL_FAM_ENUM;
		t->ref = id;
	} else if (is_array && fdt[0] && (id = sql_find_udt(x->s, tns, fdt + 1)) >= 0) {
		t->family = SQL_FAM_UDT;
		t->ref = id;
		t->native.kind = PG_UNKNOWN;
		t->native.name = t->full_data_type;
		udt_modifiers(x->s, get_str(rs, i, "formatted_type"), &t->native);
	} else {
		t->family = SQL_FAM_UNSUPPORTED;
		t->unsupported = t->full_data_type;
	}
}

static int column_table_cmp(const void *a, const void *b)
{
	const struct sql_column *x = a, *y = b;
	return x->table - y->table;
}

static int view_id(struct ctx *x, const char *ns, const char *name)
{
	int nsid = sql_find_namespace(x->s, ns);
	for (size_t v = 0; v < x->s->views.len; v++)
		if (x->s->views.items[v].ns == nsid && !strcmp(x->s->views.items[v].name, name))
			return (int)v;
	return -1;
}

static int get_columns(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, x->info_schema_columns ? columns_info_schema_sql : columns_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		int t = table_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
		struct sql_coltype type;
		struct sql_default d;
		const char *def;
		bool has_default = false, identity = false;
		const char *is_identity = get(&rs, i, "is_identity");
		/* columns of views go apart; those of tables we did not list are not kept */
		if (t < 0) {
			int v = view_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
			struct sql_column vc = {0};
			if (v < 0)
				continue;
			column_type(x, &rs, i, &vc.type);
			if (!vc.type.full_data_type)
				vc.type.full_data_type = "";
			vc.table = v;
			vc.name = sql_strdup(x->s, get_str(&rs, i, "column_name"));
			vc.description = sql_strdup(x->s, get(&rs, i, "description"));
			avec_push(&x->s->arena, &x->s->view_columns, vc);
			continue;
		}
		if (is_identity && !strcasecmp(is_identity, "yes"))
			identity = true;
		column_type(x, &rs, i, &type);
		def = get(&rs, i, "column_default");
		if (def)
			has_default = pg_parse_default(x->s, def, &type, &d);
		bool autoinc = identity || (has_default && d.kind == SQL_DEF_SEQUENCE);
		sql_push_column(x->s, t, get_str(&rs, i, "column_name"), &type, autoinc, get(&rs, i, "description"),
				has_default ? &d : NULL);
	}
	PQclear(rs.r);
	/*
	 * The information schema sorts table names with another collation
	 * than pg_class; group the columns by table id again. The sort must
	 * be stable to keep each table's columns in ordinal order.
	 */
	size_t n = x->s->columns.len;
	struct sql_column *cols = x->s->columns.items;
	for (size_t i = 1; i < n; i++) {
		struct sql_column c = cols[i];
		size_t j = i;
		while (j > 0 && column_table_cmp(&cols[j - 1], &c) > 0) {
			cols[j] = cols[j - 1];
			j--;
		}
		cols[j] = c;
	}
	return 0;
}

/* Needs the column ranges: sql_schema_finalize() runs right after get_columns(). */
static int column_in(struct ctx *x, int table, const char *name)
{
	return sql_table_column(x->s, table, name);
}

static enum sql_fk_action fk_action(char c)
{
	switch (c) {
	case 'r': return SQL_FK_RESTRICT;
	case 'c': return SQL_FK_CASCADE;
	case 'n': return SQL_FK_SET_NULL;
	case 'd': return SQL_FK_SET_DEFAULT;
	default: return SQL_FK_NO_ACTION;
	}
}

static int get_foreign_keys(struct ctx *x)
{
	struct rows rs;
	const char *cur_oid = NULL;
	int cur = -1;
	if (query(x->c, fks_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		const char *oid = get_str(&rs, i, "con_id");
		const char *ref_ns = get_str(&rs, i, "referenced_schema_name");
		if (sql_find_namespace(x->s, ref_ns) < 0) {
			/* Prisma's CrossSchemaReference error */
			rdb_error_set(x->err, RDB_ERR_DATABASE,
				      "The schema of the introspected database was inconsistent: Illegal cross schema reference from `%s.%s` to `%s.%s` in constraint `%s`. Foreign keys between database schemas are not supported in Prisma. Please follow the GitHub ticket: https://github.com/prisma/prisma/issues/1175",
				      x->s->namespaces.len ? x->s->namespaces.items[0] : "", get_str(&rs, i, "table_name"),
				      ref_ns, get_str(&rs, i, "parent_table"), get_str(&rs, i, "constraint_name"));
			PQclear(rs.r);
			return -1;
		}
		int t = table_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
		int rt = table_id(x, ref_ns, get_str(&rs, i, "parent_table"));
		if (t < 0 || rt < 0)
			continue;
		int col = column_in(x, t, get_str(&rs, i, "child_column"));
		int rcol = column_in(x, rt, get_str(&rs, i, "parent_column"));
		if (col < 0 || rcol < 0)
			continue;
		if (!cur_oid || strcmp(cur_oid, oid)) {
			cur = sql_push_fk(x->s, t, rt, get_str(&rs, i, "constraint_name"),
					  fk_action(get_str(&rs, i, "confdeltype")[0]),
					  fk_action(get_str(&rs, i, "confupdtype")[0]));
			x->s->fks.items[cur].deferrable = get_bool(&rs, i, "condeferrable");
			x->s->fks.items[cur].deferred = get_bool(&rs, i, "condeferred");
			cur_oid = oid;
		}
		sql_push_fk_column(x->s, cur, col, rcol);
	}
	PQclear(rs.r);
	return 0;
}

static enum sql_algo algo_from(const char *name)
{
	if (!strcmp(name, "hash"))
		return SQL_ALGO_HASH;
	if (!strcmp(name, "gist"))
		return SQL_ALGO_GIST;
	if (!strcmp(name, "gin"))
		return SQL_ALGO_GIN;
	if (!strcmp(name, "spgist"))
		return SQL_ALGO_SPGIST;
	if (!strcmp(name, "brin"))
		return SQL_ALGO_BRIN;
	return SQL_ALGO_BTREE;
}

static int get_indexes(struct ctx *x, bool skip_partial)
{
	struct rows rs;
	if (query(x->c, indexes_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n;) {
		/* one index: the run of rows with the same index name */
		const char *name = get_str(&rs, i, "index_name");
		int end = i + 1;
		bool expression = get(&rs, i, "column_name") == NULL;
		while (end < rs.n && !strcmp(get_str(&rs, end, "index_name"), name)) {
			expression = expression || get(&rs, end, "column_name") == NULL;
			end++;
		}
		if (skip_partial && get(&rs, i, "predicate")) {
			i = end;
			continue;
		}
		if (expression) {
			int t = table_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
			if (t >= 0) {
				struct sql_named n = {t, sql_strdup(x->s, name)};
				avec_push(&x->s->arena, &x->s->expression_indexes, n);
			}
			i = end;
			continue;
		}
		int cur = -1;
		for (; i < end; i++) {
			int t = table_id(x, get_str(&rs, i, "namespace"), get_str(&rs, i, "table_name"));
			if (t < 0)
				continue;
			int col = column_in(x, t, get_str(&rs, i, "column_name"));
			if (col < 0)
				continue;
			bool pk = get_bool(&rs, i, "is_primary_key");
			bool unique = get_bool(&rs, i, "is_unique");
			enum sql_algo algo = algo_from(get_str(&rs, i, "index_algo"));
			if (get_i64(&rs, i, "column_index") == 0) {
				cur = sql_push_index(x->s, t, name, pk ? SQL_IDX_PRIMARY : unique ? SQL_IDX_UNIQUE : SQL_IDX_NORMAL);
				x->s->indexes.items[cur].algo = algo;
				if (pk || unique) {
					x->s->indexes.items[cur].deferrable = get_bool(&rs, i, "condeferrable");
					x->s->indexes.items[cur].deferred = get_bool(&rs, i, "condeferred");
				}
			}
			if (cur < 0)
				continue;
			const char *order = get(&rs, i, "column_order");
			enum sql_sort sort = !order ? SQL_SORT_NONE : !strcmp(order, "DESC") ? SQL_SORT_DESC : SQL_SORT_ASC;
			int ic = sql_push_index_column(x->s, cur, col, sort, 0);
			struct sql_index_column *c = &x->s->index_columns.items[ic];
			if (algo != SQL_ALGO_BTREE && algo != SQL_ALGO_HASH && get(&rs, i, "opclass")) {
				c->opclass = sql_strdup(x->s, get(&rs, i, "opclass"));
				c->opclass_default = get_bool(&rs, i, "opcdefault");
				c->opclass_raw = !pg_opclass_is_known(c->opclass);
			}
			if (algo == SQL_ALGO_BTREE && !pk)
				c->nulls = get_bool(&rs, i, "nulls_first") ? SQL_NULLS_FIRST : SQL_NULLS_LAST;
		}
	}
	PQclear(rs.r);
	return 0;
}

static int get_sequences(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, sequences_sql, x->nsparam, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		struct sql_sequence q = {0};
		q.name = sql_strdup(x->s, get_str(&rs, i, "sequence_name"));
		q.ns = sql_find_namespace(x->s, get_str(&rs, i, "namespace"));
		q.start = get_i64(&rs, i, "start_value");
		q.min = get_i64(&rs, i, "min_value");
		q.max = get_i64(&rs, i, "max_value");
		q.increment = get_i64(&rs, i, "increment_by");
		q.cycle = get_bool(&rs, i, "cycle");
		q.cache = get_i64(&rs, i, "cache_size");
		avec_push(&x->s->arena, &x->s->sequences, q);
	}
	PQclear(rs.r);
	return 0;
}

static int get_extensions(struct ctx *x)
{
	struct rows rs;
	if (query(x->c, extensions_sql, NULL, &rs, x->err) < 0)
		return -1;
	for (int i = 0; i < rs.n; i++) {
		struct sql_extension e;
		e.name = sql_strdup(x->s, get_str(&rs, i, "extension_name"));
		e.version = sql_strdup(x->s, get_str(&rs, i, "extension_version"));
		e.schema = sql_strdup(x->s, get_str(&rs, i, "extension_schema"));
		e.relocatable = get_bool(&rs, i, "extension_relocatable");
		avec_push(&x->s->arena, &x->s->extensions, e);
	}
	PQclear(rs.r);
	return 0;
}

int pg_describe(PGconn *c, const struct pg_describe_opts *opts, struct sql_schema **out, struct rdb_error *err)
{
	struct ctx x = {c, sql_schema_new(), NULL, err, opts->info_schema_columns};
	struct strbuf param = STRBUF_INIT;
	struct rows rs;
	int ret = -1;
	*out = NULL;

	array_literal(&param, opts->namespaces, opts->nnamespaces);
	x.nsparam = param.buf;

	/* only the schemas that exist, sorted by name */
	if (query(c, namespaces_sql, x.nsparam, &rs, err) < 0)
		goto out;
	for (int i = 0; i < rs.n; i++)
		sql_push_namespace(x.s, get_str(&rs, i, "namespace_name"));
	PQclear(rs.r);

	if (get_tables(&x, PQserverVersion(c) >= 100000) < 0 || get_constraints(&x) < 0 || get_views(&x) < 0 ||
	    get_enums(&x) < 0 || get_udts(&x) < 0 || get_columns(&x) < 0)
		goto out;
	if (sql_schema_finalize(x.s) < 0 || get_foreign_keys(&x) < 0 || get_indexes(&x, opts->skip_partial_indexes) < 0 ||
	    get_sequences(&x) < 0)
		goto out;
	if (opts->extensions && get_extensions(&x) < 0)
		goto out;
	if (sql_schema_finalize(x.s) < 0) {
		rdb_error_set(err, RDB_ERR_INTERNAL, "introspection returned tables out of order");
		goto out;
	}
	*out = x.s;
	x.s = NULL;
	ret = 0;
out:
	sql_schema_free(x.s);
	strbuf_release(&param);
	return ret;
}
