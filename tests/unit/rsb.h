/*
 * rsb.h: a tiny builder for struct rs_schema in tests, standing in for the
 * parser database until rs_build() lands: models, fields, native types,
 * defaults, keys, indexes, enums and relations, set up by hand the way
 * Prisma resolves them. Everything lives in one struct rsb (free() it).
 */
#ifndef RDB_TEST_RSB_H
#define RDB_TEST_RSB_H

#include <stdlib.h>

#include "schema/resolved.h"

/* ---- a tiny builder for struct rs_schema ------------------------------------------ */

#define MAXN 16
struct rsb {
	struct rs_schema rs;
	struct rs_model models[MAXN];
	struct rs_field fields[MAXN][MAXN];
	struct rs_index indexes[MAXN][MAXN];
	struct rs_index_field ifields[MAXN][MAXN][4];
	struct rs_enum enums[MAXN];
	struct rs_enum_value values[MAXN][MAXN];
	struct rs_relation relations[MAXN];
	int relfields[MAXN][2][4];
	const char *schemas[MAXN];
	struct rs_index_field pkf[MAXN][2];
	const char *nargs[64][2];
	int nnat;
};

static inline struct rsb *rsb_new(void)
{
	struct rsb *b = calloc(1, sizeof(*b));
	b->rs.provider = RS_POSTGRESQL;
	b->rs.models = b->models;
	b->rs.enums = b->enums;
	b->rs.relations = b->relations;
	b->rs.schemas = b->schemas;
	b->rs.default_schema = "public";
	return b;
}

static inline int model(struct rsb *b, const char *name, const char *schema)
{
	int m = (int)b->rs.nmodels++;
	b->models[m].name = b->models[m].db_name = name;
	b->models[m].schema = schema;
	b->models[m].fields = b->fields[m];
	b->models[m].indexes = b->indexes[m];
	return m;
}

static inline int field(struct rsb *b, int m, const char *name, enum rs_scalar t, enum rs_arity a)
{
	struct rs_model *mo = &b->models[m];
	int f = (int)mo->nfields++;
	mo->fields[f].name = mo->fields[f].db_name = name;
	mo->fields[f].type = t;
	mo->fields[f].arity = a;
	mo->fields[f].enum_index = -1;
	mo->fields[f].relation = mo->fields[f].related_model = -1;
	return f;
}

static inline int relfield(struct rsb *b, int m, const char *name, enum rs_arity a)
{
	int f = field(b, m, name, RS_STRING, a);
	b->models[m].fields[f].is_relation = true;
	return f;
}

static inline void native(struct rsb *b, int m, int f, const char *name, const char *arg0, const char *arg1)
{
	const char **args = b->nargs[b->nnat++];
	struct rs_field *fd = &b->models[m].fields[f];
	fd->native.name = name;
	args[0] = arg0;
	args[1] = arg1;
	fd->native.args = args;
	fd->native.nargs = arg1 ? 2 : arg0 ? 1 : 0;
}

static inline void dflt(struct rsb *b, int m, int f, enum rs_default_kind k, const char *value)
{
	b->models[m].fields[f].dflt.kind = k;
	b->models[m].fields[f].dflt.value = value;
}

static inline void dflt_list(struct rsb *b, int m, int f, const char **items, size_t n)
{
	b->models[m].fields[f].dflt.kind = RS_DEFAULT_LITERAL;
	b->models[m].fields[f].dflt.list = items;
	b->models[m].fields[f].dflt.nlist = n;
}

static inline void id(struct rsb *b, int m, const char *db_name, int f0, int f1)
{
	struct rs_model *mo = &b->models[m];
	mo->pk.kind = RS_PRIMARY;
	mo->pk.db_name = db_name;
	mo->pk.fields = b->pkf[m];
	b->pkf[m][0].field = f0;
	mo->pk.nfields = 1;
	if (f1 >= 0) {
		b->pkf[m][1].field = f1;
		mo->pk.nfields = 2;
	}
}

static inline int idx(struct rsb *b, int m, enum rs_index_kind k, const char *db_name, int f0, enum rs_sort s0)
{
	struct rs_model *mo = &b->models[m];
	int i = (int)mo->nindexes++;
	mo->indexes[i].kind = k;
	mo->indexes[i].db_name = db_name;
	mo->indexes[i].fields = b->ifields[m][i];
	mo->indexes[i].nfields = 1;
	b->ifields[m][i][0].field = f0;
	b->ifields[m][i][0].sort = s0;
	return i;
}

static inline int enm(struct rsb *b, const char *name, const char *schema, const char *v0, const char *v1)
{
	int e = (int)b->rs.nenums++;
	b->enums[e].name = b->enums[e].db_name = name;
	b->enums[e].schema = schema;
	b->enums[e].values = b->values[e];
	b->values[e][0].name = b->values[e][0].db_name = v0;
	b->values[e][1].name = b->values[e][1].db_name = v1;
	b->enums[e].nvalues = v1 ? 2 : 1;
	return e;
}

static inline int inline_rel(struct rsb *b, int ma, int fa, int mb, int fb, int col_a, int col_b, const char *fk_name,
		      enum rs_action del)
{
	int r = (int)b->rs.nrelations++;
	struct rs_relation *rel = &b->relations[r];
	rel->kind = RS_ONE_TO_MANY;
	rel->model_a = ma;
	rel->model_b = mb;
	rel->field_a = fa;
	rel->field_b = fb;
	rel->fields = b->relfields[r][0];
	rel->references = b->relfields[r][1];
	rel->fields[0] = col_a;
	rel->references[0] = col_b;
	rel->nfields = 1;
	rel->fk_name = fk_name;
	rel->on_delete = del;
	rel->on_update = RS_CASCADE;
	return r;
}

static inline int m2m(struct rsb *b, int ma, int mb, const char *table)
{
	int r = (int)b->rs.nrelations++;
	struct rs_relation *rel = &b->relations[r];
	rel->kind = RS_MANY_TO_MANY;
	rel->model_a = ma;
	rel->model_b = mb;
	rel->field_a = rel->field_b = -1;
	rel->join_table = table;
	return r;
}

/* A second column for index i of model m, with its sort order. */
static inline void idx_add(struct rsb *b, int m, int i, int f, enum rs_sort sort)
{
	struct rs_index *ix = &b->models[m].indexes[i];
	b->ifields[m][i][ix->nfields].field = f;
	b->ifields[m][i][ix->nfields].sort = sort;
	ix->nfields++;
}

static inline void enm_add(struct rsb *b, int e, const char *value)
{
	struct rs_enum *en = &b->enums[e];
	b->values[e][en->nvalues].name = b->values[e][en->nvalues].db_name = value;
	en->nvalues++;
}

#endif
