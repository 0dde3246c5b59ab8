/*
 * validations_connector.c: the connectors' validate_model
 * (postgres_datamodel_connector.rs and mysql_datamodel_connector.rs with
 * their validations.rs): walking a model's indexes, primary key and
 * relation fields to call the pure decisions of connector_rules.c. The
 * empty connector validates nothing here.
 */
#include "validations_internal.h"

/* The operator class as written; psl_operator_class_name() has Prisma's display slip. */
static const char *opclass_written(const struct psl_ops *ops)
{
	if (ops->cls == PSL_OPS_UUID_MINMAX_MULTI)
		return "UuidMinMaxMultiOps";
	return psl_operator_class_name(ops->cls);
}

static void pg_index(struct vctx *c, const struct psl_db_index *idx)
{
	const struct psl_db *db = c->db;
	const char *attr = psl_db_index_attribute_name(idx);
	enum psl_index_algorithm algo = idx->has_algorithm ? idx->algorithm : PSL_INDEX_BTREE;
	struct psl_native_type nt;

	/* compatible_native_types: Xml cannot be in any index. */
	for (size_t i = 0; i < idx->n_fields; i++) {
		const struct psl_index_field *f = &idx->fields[i];
		if (!v_native_type_instance(c, psl_db_index_field_native_type(db, f), &nt))
			continue;
		if (!psl_pg_native_type_is_unindexable(&nt))
			continue;
		psl_native_type_key_error(c->src, psl_db_index_field_ast(db, f)->span, &nt,
					  idx->type == PSL_INDEX_UNIQUE ? PSL_NATIVE_KEY_UNIQUE : PSL_NATIVE_KEY_INDEX, "");
		break;
	}

	/* generalized_index_validations */
	for (size_t i = 0; i < idx->n_fields; i++) {
		const struct psl_index_field *f = &idx->fields[i];
		struct psl_pg_index_field pf;
		struct psl_field_type t = psl_db_index_field_type(db, f);
		bool has_nt = v_native_type_instance(c, psl_db_index_field_native_type(db, f), &nt);
		memset(&pf, 0, sizeof(pf));
		pf.name = psl_db_index_field_name(db, f);
		if (f->has_ops) {
			pf.opclass_raw = f->ops.cls == PSL_OPS_RAW;
			pf.opclass = pf.opclass_raw ? f->ops.raw : opclass_written(&f->ops);
		}
		pf.native_type = has_nt ? &nt : NULL;
		pf.is_builtin = t.kind == PSL_TYPE_BUILTIN;
		pf.scalar = t.scalar;
		pf.is_unsupported = t.kind == PSL_TYPE_UNSUPPORTED;
		pf.is_list = psl_db_index_field_is_list(db, f);
		pf.is_composite = f->n_path != 0;
		psl_pg_index_field_validate(algo, &pf, attr, idx->attr->span, c->src);
	}

	/* spgist_indexed_column_count */
	if (idx->has_algorithm && idx->algorithm == PSL_INDEX_SPGIST && idx->n_fields != 1)
		v_attr_error(c, attr, idx->attr->span, "SpGist does not support multi-column indices.");
}

/* MySQL indexes a TEXT or BLOB column only through a prefix `length:`. */
static void mysql_key_fields(struct vctx *c, const struct psl_index_field *fields, size_t n,
			     enum psl_native_key_kind kind, bool fulltext, struct psl_span span)
{
	struct psl_native_type nt;
	for (size_t i = 0; i < n; i++) {
		const struct psl_index_field *f = &fields[i];
		if (!v_native_type_instance(c, psl_db_index_field_native_type(c->db, f), &nt))
			continue;
		if (!psl_mysql_native_type_needs_key_length(&nt) || f->has_length || fulltext)
			continue;
		psl_native_type_key_error(c->src, span, &nt, kind, PSL_MYSQL_LENGTH_GUIDE);
		break;
	}
}

void v_connector_model(struct vctx *c, uint32_t m)
{
	const struct psl_db *db = c->db;
	const struct psl_db_model *mo = psl_db_model(db, m);

	switch (c->conn->provider) {
	case PSL_PROVIDER_POSTGRESQL:
		for (size_t i = 0; i < mo->indexes.len; i++)
			pg_index(c, &mo->indexes.items[i]);
		break;
	case PSL_PROVIDER_MYSQL:
		for (size_t i = 0; i < mo->indexes.len; i++) {
			const struct psl_db_index *idx = &mo->indexes.items[i];
			mysql_key_fields(c, idx->fields, idx->n_fields,
					 idx->type == PSL_INDEX_UNIQUE ? PSL_NATIVE_KEY_UNIQUE : PSL_NATIVE_KEY_INDEX,
					 idx->type == PSL_INDEX_FULLTEXT, idx->attr->span);
		}
		if (mo->pk)
			mysql_key_fields(c, mo->pk->fields, mo->pk->n_fields, PSL_NATIVE_KEY_ID, false, mo->pk->attr->span);
		if (c->mode != PSL_RELATION_MODE_FOREIGN_KEYS)
			break;
		for (uint32_t rf = mo->relation_start; rf < mo->relation_start + mo->n_relation; rf++) {
			const struct psl_db_relation_field *f = psl_db_rfield(db, rf);
			struct psl_span span;
			if (f->has_on_delete && f->on_delete == PSL_ACTION_SET_DEFAULT) {
				if (!v_field_arg_span(f->ast, "relation", "onDelete", &span))
					span = f->ast->span;
				psl_mysql_set_default_warning(c->src, span, c->conn);
			}
			if (f->has_on_update && f->on_update == PSL_ACTION_SET_DEFAULT) {
				if (!v_field_arg_span(f->ast, "relation", "onUpdate", &span))
					span = f->ast->span;
				psl_mysql_set_default_warning(c->src, span, c->conn);
			}
		}
		break;
	default:
		break;
	}
}
