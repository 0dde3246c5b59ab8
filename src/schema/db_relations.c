/*
 * db_relations.c: the fourth pass (relations.rs): pairs every relation
 * field with its opposite field and decides the relation's kind and which
 * side is model A.
 *
 * Model A is the referencing side (the one holding the foreign key) for
 * 1:1 and 1:n relations; for implicit m:n relations it is the first model
 * by name (by field name for self-relations), so the join table's A and B
 * columns keep their meaning. Each relation is ingested once: when walking
 * the field that will not define it, the pass skips it and lets the
 * opposite field do it.
 *
 * The pass then derives what the walkers compute on the fly in Prisma
 * (relation names, per-model relation lists, the inferred referenced
 * fields); the database is immutable afterwards, so the results are equal.
 */
#include <stdlib.h>

#include "db_internal.h"

static bool same_name(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* [a1, a2] > [b1, b2], as Rust compares arrays of strings. */
static bool pair_greater(const char *a1, const char *a2, const char *b1, const char *b2)
{
	int c = strcmp(a1, b1);
	return c > 0 || (c == 0 && strcmp(a2, b2) > 0);
}

/* The opposite field: the first relation field of the referenced model pointing back, with the same name. */
static uint32_t find_opposite(const struct psl_db *db, uint32_t rfid)
{
	const struct psl_db_relation_field *rf = &db->relation_fields.items[rfid];
	const struct psl_db_model *target = &db->models.items[rf->referenced_model];
	bool is_self = rf->model == rf->referenced_model;

	for (uint32_t i = target->relation_start; i < target->relation_start + target->n_relation; i++) {
		const struct psl_db_relation_field *o = &db->relation_fields.items[i];
		if (o->referenced_model != rf->model)
			continue;
		if (is_self && o->field == rf->field)
			continue;
		if (same_name(o->name, rf->name))
			return i;
	}
	return PSL_DB_NONE;
}

/* Do the fields: of a forward relation field form a unique index of its model, in order? */
static bool fields_are_unique(const struct psl_db *db, const struct psl_db_relation_field *rf)
{
	const struct psl_db_model *m = &db->models.items[rf->model];
	for (size_t i = 0; i < m->indexes.len; i++) {
		const struct psl_db_index *idx = &m->indexes.items[i];
		size_t j;
		if (idx->type != PSL_INDEX_UNIQUE || idx->n_fields != rf->n_fields)
			continue;
		for (j = 0; j < rf->n_fields; j++)
			if (idx->fields[j].n_path || idx->fields[j].root != rf->fields[j])
				break;
		if (j == rf->n_fields)
			return true;
	}
	return false;
}

/* The endpoints of the ingesting field, for the per-model relation lists. */
struct edge {
	uint32_t from, to, relation;
};

/* A VEC(struct edge) with a name, so it can be passed around. */
struct edge_list {
	struct edge *items;
	size_t len, cap;
};

static void ingest(struct db_ctx *ctx, uint32_t rfid, struct edge_list *edges)
{
	struct psl_db *db = ctx->db;
	const struct psl_db_relation_field *rf = &db->relation_fields.items[rfid];
	uint32_t opp = find_opposite(db, rfid);
	const struct psl_db_relation_field *o = opp == PSL_DB_NONE ? NULL : &db->relation_fields.items[opp];
	const char *model_name = psl_db_model_name(db, rf->model);
	const char *opp_model_name = psl_db_model_name(db, rf->referenced_model);
	enum psl_arity arity = rf->ast->arity;
	struct psl_db_relation r = {0};
	struct edge edge;

	r.field_a = rfid;
	r.field_b = opp;
	if (arity == PSL_LIST && o && o->ast->arity == PSL_LIST) {
		/* m:n, met twice: ingest it from model A only. */
		if (strcmp(model_name, opp_model_name) > 0)
			return;
		if (rf->model == rf->referenced_model && strcmp(rf->ast->name.name, o->ast->name.name) > 0)
			return;
		r.kind = (rf->has_fields || o->has_fields) ? PSL_REL_TWO_WAY_EMBEDDED_M2N : PSL_REL_IMPLICIT_M2N;
	} else if (arity == PSL_REQUIRED && o && o->ast->arity == PSL_OPTIONAL) {
		r.kind = PSL_REL_ONE_TO_ONE; /* the required side defines it */
	} else if (arity == PSL_REQUIRED && o && o->ast->arity == PSL_REQUIRED) {
		/* Rejected later; which side is A does not matter, but it must be ingested once. */
		if (pair_greater(model_name, rf->ast->name.name, opp_model_name, o->ast->name.name))
			return;
		r.kind = PSL_REL_ONE_TO_ONE;
	} else if (arity == PSL_OPTIONAL && o && o->ast->arity == PSL_REQUIRED) {
		return; /* the virtual side of a required 1:1 */
	} else if (arity == PSL_OPTIONAL && o && o->ast->arity == PSL_OPTIONAL) {
		/* Optional on both sides: the side with fields: is A, else the first by name. */
		if (!rf->has_fields) {
			if (o->has_fields)
				return;
			if (pair_greater(model_name, rf->ast->name.name, opp_model_name, o->ast->name.name))
				return;
		}
		r.kind = PSL_REL_ONE_TO_ONE;
	} else if (arity == PSL_LIST && o) {
		return; /* the virtual side of a 1:n */
	} else if (arity == PSL_LIST) {
		r.kind = PSL_REL_ONE_TO_MANY; /* back side only */
		r.field_a = PSL_DB_NONE;
		r.field_b = rfid;
	} else if (o) {
		r.kind = PSL_REL_ONE_TO_MANY; /* the forward side of a 1:n defined on both sides */
	} else {
		/* Forward side only: unique fields make it 1:1. */
		r.kind = rf->has_fields && fields_are_unique(db, rf) ? PSL_REL_ONE_TO_ONE : PSL_REL_ONE_TO_MANY;
	}

	if (r.field_a == PSL_DB_NONE) {
		r.model_a = rf->referenced_model;
		r.model_b = rf->model;
	} else {
		r.model_a = rf->model;
		r.model_b = rf->referenced_model;
	}
	r.explicit_name = rf->name;

	edge.from = rf->model;
	edge.to = rf->referenced_model;
	edge.relation = (uint32_t)db->relations.len;
	vec_push(edges, edge);

	db->relation_fields.items[rfid].relation = edge.relation;
	if (opp != PSL_DB_NONE)
		db->relation_fields.items[opp].relation = edge.relation;
	vec_push(&db->relations, r); /* moved to the arena by db_infer_relations() */
}

/* RelationName::generated: the two model names in order, joined by "To". */
static const char *generated_name(struct db_ctx *ctx, const char *a, const char *b)
{
	const char *x = strcmp(a, b) < 0 ? a : b, *y = x == a ? b : a;
	size_t nx = strlen(x), ny = strlen(y);
	char *p = arena_alloc(ctx->arena, nx + ny + 3);
	memcpy(p, x, nx);
	memcpy(p + nx, "To", 2);
	memcpy(p + nx + 2, y, ny + 1);
	return p;
}

static int cmp_edge_from(const void *pa, const void *pb)
{
	const struct edge *a = pa, *b = pb;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	if (a->to != b->to)
		return a->to < b->to ? -1 : 1;
	return a->relation < b->relation ? -1 : a->relation > b->relation;
}

static int cmp_edge_to(const void *pa, const void *pb)
{
	const struct edge *a = pa, *b = pb;
	if (a->to != b->to)
		return a->to < b->to ? -1 : 1;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	return a->relation < b->relation ? -1 : a->relation > b->relation;
}

/* relations_from / relations_to of every model, ordered like Prisma's BTreeSet ranges. */
static void model_relation_lists(struct db_ctx *ctx, struct edge *edges, size_t n)
{
	struct psl_db *db = ctx->db;
	uint32_t *from, *to;

	if (!n)
		return;
	from = arena_alloc(ctx->arena, n * sizeof(*from));
	to = arena_alloc(ctx->arena, n * sizeof(*to));
	qsort(edges, n, sizeof(*edges), cmp_edge_from);
	for (size_t i = 0; i < n; i++) {
		struct psl_db_model *m = &db->models.items[edges[i].from];
		from[i] = edges[i].relation;
		if (!m->n_relations_from)
			m->relations_from = &from[i];
		m->n_relations_from++;
	}
	qsort(edges, n, sizeof(*edges), cmp_edge_to);
	for (size_t i = 0; i < n; i++) {
		struct psl_db_model *m = &db->models.items[edges[i].to];
		to[i] = edges[i].relation;
		if (!m->n_relations_to)
			m->relations_to = &to[i];
		m->n_relations_to++;
	}
}

/* InlineRelationWalker::referenced_fields(): explicit, or model B's first strict unique criteria. */
static void inline_referenced_fields(struct db_ctx *ctx, struct psl_db_relation *r)
{
	const struct psl_db *db = ctx->db;
	uint32_t fwd = psl_db_relation_forward_field(r);
	struct psl_db_criteria c;
	uint32_t *ids;
	size_t k = 0;

	if (fwd != PSL_DB_NONE && db->relation_fields.items[fwd].has_references) {
		r->referenced_fields = db->relation_fields.items[fwd].references;
		r->n_referenced_fields = db->relation_fields.items[fwd].n_references;
		return;
	}
	for (size_t i = 0; psl_db_model_unique_criteria(db, r->model_b, i, &c); i++) {
		if (!psl_db_criteria_is_strict(db, &c))
			continue;
		ids = arena_alloc(ctx->arena, (c.n_fields + 1) * sizeof(*ids));
		for (size_t j = 0; j < c.n_fields; j++)
			if (!c.fields[j].n_path)
				ids[k++] = c.fields[j].root;
		r->referenced_fields = ids;
		r->n_referenced_fields = k;
		return;
	}
}

void db_infer_relations(struct db_ctx *ctx)
{
	struct psl_db *db = ctx->db;
	struct edge_list edges = {0};

	for (uint32_t i = 0; i < db->relation_fields.len; i++)
		ingest(ctx, i, &edges);

	model_relation_lists(ctx, edges.items, edges.len);
	vec_free(&edges);
	vec_to_arena(ctx->arena, &db->relations);

	for (size_t i = 0; i < db->relations.len; i++) {
		struct psl_db_relation *r = &db->relations.items[i];
		r->name = r->explicit_name ? r->explicit_name
					   : generated_name(ctx, psl_db_model_name(db, r->model_a),
							    psl_db_model_name(db, r->model_b));
		if (!psl_db_relation_is_m2n(r))
			inline_referenced_fields(ctx, r);
	}
	for (size_t i = 0; i < db->relation_fields.len; i++) {
		struct psl_db_relation_field *rf = &db->relation_fields.items[i];
		rf->relation_name = rf->name ? rf->name
					     : generated_name(ctx, psl_db_model_name(db, rf->model),
							      psl_db_model_name(db, rf->referenced_model));
	}
}
