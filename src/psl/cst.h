/*
 * cst.h: the concrete syntax tree of one PSL file, exactly as Prisma's pest
 * grammar (datamodel.pest) tokenizes it: the same rules, the same spans,
 * including what implicit whitespace each span covers. The formatter works
 * on this tree, and the AST builder reads it.
 *
 * Ownership: the node array is heap memory owned by the struct psl_cst and
 * freed by psl_cst_release(); the source text is borrowed and must outlive it.
 */
#ifndef RDB_PSL_CST_H
#define RDB_PSL_CST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum psl_rule {
	R_schema,
	R_EOI,
	R_model_declaration,
	R_field_declaration,
	R_model_contents,
	R_field_type,
	R_unsupported_type,
	R_base_type,
	R_unsupported_optional_list_type,
	R_list_type,
	R_optional_type,
	R_legacy_required_type,
	R_legacy_list_type,
	R_type_alias,
	R_config_block,
	R_key_value,
	R_config_contents,
	R_arbitrary_block,
	R_enum_declaration,
	R_enum_value_declaration,
	R_enum_contents,
	R_block_attribute,
	R_field_attribute,
	R_arguments_list,
	R_empty_argument,
	R_named_argument,
	R_trailing_comma,
	R_comment_block,
	R_trailing_comment,
	R_doc_comment,
	R_comment,
	R_doc_content,
	R_multi_line_comment,
	R_identifier,
	R_path,
	R_empty_lines,
	R_BLOCK_OPEN,
	R_BLOCK_CLOSE,
	R_ENUM_KEYWORD,
	R_MODEL_KEYWORD,
	R_TYPE_KEYWORD,
	R_VIEW_KEYWORD,
	R_GENERATOR_KEYWORD,
	R_DATASOURCE_KEYWORD,
	R_LEGACY_COLON,
	R_CATCH_ALL,
	R_BLOCK_LEVEL_CATCH_ALL,
	R_function_call,
	R_array_expression,
	R_expression,
	R_numeric_literal,
	R_string_literal,
	R_string_content,
	R__COUNT
};

/*
 * Nodes are stored in pre-order. The children of node i start at i + 1 and
 * are chained by `next`, the index just past each child's subtree; node i's
 * own subtree ends at nodes[i].next.
 */
struct psl_node {
	uint32_t start, end; /* byte offsets into the source */
	uint32_t next;
	uint8_t rule;
};

struct psl_cst {
	const char *src;
	size_t len;
	struct psl_node *nodes;
	size_t n, cap;
	bool ok; /* false only if the grammar rejected the input outright */
	size_t fail_pos;
};

/*
 * Parses src (valid UTF-8, len bytes). The node buffer of a previous parse
 * into the same cst is reused (zero-initialise cst before the first use).
 */
void psl_cst_parse(struct psl_cst *cst, const char *src, size_t len);
void psl_cst_release(struct psl_cst *cst);
const char *psl_rule_name(enum psl_rule r);

#define PSL_NONE ((uint32_t)-1)
static inline uint32_t psl_first_child(const struct psl_cst *c, uint32_t i)
{
	return i + 1 < c->nodes[i].next ? i + 1 : PSL_NONE;
}
static inline uint32_t psl_next_sibling(const struct psl_cst *c, uint32_t parent, uint32_t i)
{
	uint32_t n = c->nodes[i].next;
	return n < c->nodes[parent].next ? n : PSL_NONE;
}
#define psl_for_children(c, parent, it)                                        \
	for (uint32_t it = psl_first_child((c), (parent)); it != PSL_NONE;     \
	     it = psl_next_sibling((c), (parent), it))

#endif
