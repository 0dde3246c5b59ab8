/*
 * rdb/client.h: the query engine under the generated C client. `rdb
 * generate` writes typed structs and thin typed functions (client.h/.c);
 * each function hands its typed arguments to one of the rdb_client_*
 * functions below together with a static description of the model (struct
 * rdb_model_desc: tables, columns, where each value sits in the generated
 * structs). The engine builds the SQL for the connection's dialect with
 * rdb_sql_ident/rdb_sql_param (values only ever travel as parameters),
 * runs it through rdb_query, and decodes the rows into the generated
 * structs.
 *
 * Ownership: every row, string and included relation a call returns lives
 * in the caller's struct rdb_result and dies with rdb_result_free(). The
 * engine keeps no state between calls; the id generators keep one
 * thread-local timestamp so that uuid(7) and ulid() grow monotonically.
 *
 * The value forms used by the generated structs (see docs/client.md):
 *   required form  int32_t, int64_t, double, bool, int (enums),
 *                  const char * (String/Json/Decimal/Uuid), struct rdb_bytes;
 *   optional form  the same pointer for text types (NULL = null), else a
 *                  pointer to the required form (NULL = null);
 *   list           pointer to required-form items + a size_t count.
 */
#ifndef RDB_CLIENT_H
#define RDB_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rdb/rdb.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- filters: every member is optional (NULL or 0 = no condition) ---- */

enum rdb_null_check { RDB_NULL_ANY = 0, RDB_IS_NULL, RDB_IS_NOT_NULL };

/*
 * The scalar filter of one field: each operator holds the optional form of
 * the field's value; in/not_in point to required-form items. All filters
 * share this layout (the engine reads them through struct rdb_filter_any).
 */
#define RDB_SCALAR_FILTER(T)                                                   \
	const T *equals;                                                       \
	const T *not_;                                                         \
	const T *lt;                                                           \
	const T *lte;                                                          \
	const T *gt;                                                           \
	const T *gte;                                                          \
	const T *in;                                                           \
	size_t in_count;                                                       \
	const T *not_in;                                                       \
	size_t not_in_count;                                                   \
	enum rdb_null_check null_check

struct rdb_int_filter { RDB_SCALAR_FILTER(int32_t); };
struct rdb_bigint_filter { RDB_SCALAR_FILTER(int64_t); };
struct rdb_float_filter { RDB_SCALAR_FILTER(double); };
struct rdb_bool_filter { RDB_SCALAR_FILTER(bool); };
struct rdb_datetime_filter { RDB_SCALAR_FILTER(int64_t); };
struct rdb_bytes_filter { RDB_SCALAR_FILTER(struct rdb_bytes); };

/* String (and Decimal/Uuid) filters: the operators are the strings themselves. */
struct rdb_string_filter {
	const char *equals, *not_, *lt, *lte, *gt, *gte;
	const char *const *in;
	size_t in_count;
	const char *const *not_in;
	size_t not_in_count;
	enum rdb_null_check null_check;
	/* Strings only: LIKE patterns with %, _ and \ escaped. */
	const char *contains, *starts_with, *ends_with;
	bool insensitive; /* mode: insensitive (ILIKE on PostgreSQL) for equals/contains/... */
};
struct rdb_decimal_filter {
	const char *equals, *not_, *lt, *lte, *gt, *gte;
	const char *const *in;
	size_t in_count;
	const char *const *not_in;
	size_t not_in_count;
	enum rdb_null_check null_check;
};

/* What the engine sees of any scalar filter. */
struct rdb_filter_any {
	const void *equals, *not_, *lt, *lte, *gt, *gte;
	const void *in;
	size_t in_count;
	const void *not_in;
	size_t not_in_count;
	enum rdb_null_check null_check;
	const char *contains, *starts_with, *ends_with;
	bool insensitive;
};

/*
 * Filters of scalar lists (PostgreSQL arrays): has (contains the value),
 * has_some (shares an item with the list), has_every (contains every item),
 * is_empty (true: no items, false: at least one). OPT is the optional form
 * of an item, ARR a pointer to required-form items.
 */
#define RDB_LIST_FILTER(OPT, ARR)                                              \
	OPT has;                                                               \
	ARR has_some;                                                          \
	size_t has_some_count;                                                 \
	ARR has_every;                                                         \
	size_t has_every_count;                                                \
	const bool *is_empty

struct rdb_int_list_filter { RDB_LIST_FILTER(const int32_t *, const int32_t *); };
struct rdb_bigint_list_filter { RDB_LIST_FILTER(const int64_t *, const int64_t *); };
struct rdb_float_list_filter { RDB_LIST_FILTER(const double *, const double *); };
struct rdb_bool_list_filter { RDB_LIST_FILTER(const bool *, const bool *); };
struct rdb_datetime_list_filter { RDB_LIST_FILTER(const int64_t *, const int64_t *); };
struct rdb_string_list_filter { RDB_LIST_FILTER(const char *, const char *const *); }; /* also Decimal[] */

struct rdb_list_filter_any {
	const void *has;
	const void *has_some;
	size_t has_some_count;
	const void *has_every;
	size_t has_every_count;
	const bool *is_empty;
};

/* The first members of every generated where struct. */
struct rdb_where_head {
	const void *AND;
	size_t AND_count;
	const void *OR;
	size_t OR_count;
	const void *NOT;
	size_t NOT_count;
};

enum rdb_sort_order { RDB_ASC = 0, RDB_DESC };

/* field: one of the model's generated field constants (<prefix>_<Model>_f_<field>). */
struct rdb_order {
	int field;
	enum rdb_sort_order dir;
};

/*
 * Arguments of find_many/find_first and of an included relation. The
 * generated <Model>_args struct has exactly this layout with typed where,
 * cursor, select and include pointers.
 */
struct rdb_find_args {
	const void *where;                 /* <Model>_where, or NULL */
	const void *cursor;                /* <Model>_unique: start at this row (included), or NULL */
	const struct rdb_order *order_by;
	size_t order_by_count;
	int64_t skip;
	int64_t take;                      /* 0: no limit */
	const int *select;                 /* field constants to read (NULL: every scalar field) */
	size_t select_count;
	const int *distinct;               /* keep the first row of each combination of these fields */
	size_t distinct_count;
	const void *include;               /* <Model>_include, or NULL */
};

enum rdb_aggregate { RDB_AGG_COUNT, RDB_AGG_MIN, RDB_AGG_MAX, RDB_AGG_SUM, RDB_AGG_AVG };

/* What an update does with a number field's value (Prisma's increment, ...). */
enum rdb_number_op { RDB_OP_SET = 0, RDB_OP_INCREMENT, RDB_OP_DECREMENT, RDB_OP_MULTIPLY, RDB_OP_DIVIDE };

/* ---- model descriptions (written by rdb generate) --------------------- */

enum rdb_arity { RDB_REQUIRED, RDB_OPTIONAL, RDB_LIST };

/* Values Prisma's client computes itself when a create leaves the field unset. */
enum rdb_client_default {
	RDB_DEFAULT_NONE,
	RDB_DEFAULT_DB,        /* the database has one (autoincrement, literal, dbgenerated): omit the column */
	RDB_DEFAULT_UUID4,
	RDB_DEFAULT_UUID7,
	RDB_DEFAULT_CUID,
	RDB_DEFAULT_CUID2,
	RDB_DEFAULT_NANOID,    /* dflt_arg: length */
	RDB_DEFAULT_ULID,
	RDB_DEFAULT_NOW,
};

#define RDB_NO_OFFSET ((size_t)-1)

struct rdb_enum_desc {
	const char *name;
	const char *const *db_names; /* by C value 0..count-1 */
	size_t count;
};

struct rdb_field_desc {
	const char *name;
	const char *db_name;
	enum rdb_type type;          /* enums: RDB_TEXT with enum_desc */
	enum rdb_arity arity;
	enum rdb_client_default dflt;
	int dflt_arg;
	bool is_id;
	bool updated_at;
	const struct rdb_enum_desc *enum_desc;
	size_t off, count_off;       /* in the model struct (count_off: lists) */
	size_t where_off;            /* filter pointer in the where struct, or RDB_NO_OFFSET */
	size_t set_off, data_off, data_count_off; /* in the data struct */
	size_t op_off;               /* numbers: enum rdb_number_op in the data struct, or RDB_NO_OFFSET */
};

struct rdb_unique_desc {
	const char *name;            /* "email", "authorId_slug" */
	const int *fields;
	size_t nfields;
	size_t off;                  /* member of the unique struct */
	const size_t *field_offs;    /* compound: where each value sits in its struct; NULL for one field */
};

enum rdb_relation_kind { RDB_REL_TO_ONE, RDB_REL_TO_MANY };

struct rdb_model_desc;

struct rdb_relation_desc {
	const char *name;
	enum rdb_relation_kind kind;
	const struct rdb_model_desc *target;
	/* direct relations: local[i] on this model equals remote[i] on target */
	const int *local, *remote;
	size_t nkeys;
	/* implicit m:n: this model's id is join_local, the target's join_remote */
	const char *join_table, *join_schema, *join_local, *join_remote;
	size_t off, count_off;       /* in the model struct: pointer, or pointer + count */
	size_t include_off;          /* args pointer in the include struct */
	size_t where_off[3];         /* to-many: some, every, none; to-one: is, is_not, - */
	/*
	 * Nested writes, in the data struct (RDB_NO_OFFSET when not offered):
	 * connect_off: to-one holding the key: a unique pointer (count_off unset);
	 *              m:n and 1:n from the one side: an array of uniques,
	 *              connect_count_off its length.
	 * create_off:  the target holds the key: an array of the target's data
	 *              structs (create_count_off its length; unset: one struct),
	 *              created after the row with its key; m:n: created, then
	 *              linked; this model holds the key (holds_key): one data
	 *              struct, created first, its key stored in this row.
	 * disconnect_off: to-one holding optional keys: a bool (update sets the
	 *              keys to NULL); m:n, and 1:n from the one side when the
	 *              children's keys are optional: an array of uniques to
	 *              unlink, disconnect_count_off its length.
	 */
	size_t connect_off, connect_count_off;
	size_t create_off, create_count_off;
	size_t disconnect_off, disconnect_count_off;
	bool holds_key;              /* local are this model's foreign key fields */
	/*
	 * connectOrCreate, in the data struct: a {where unique, create data}
	 * pair (struct rdb_connect_or_create), one or (to-many)
	 * connect_or_create_count of them. Found: as connect; else as create.
	 */
	size_t connect_or_create_off, connect_or_create_count_off;
	/*
	 * set (updates of m:n, and of 1:n with optional keys): a bool that
	 * says set is given, then the uniques of the rows that stay or become
	 * linked (set_items_off, set_count_off); every other link goes.
	 */
	size_t set_off, set_items_off, set_count_off;
};

/* What every generated <Model>_connect_or_create looks like to the engine. */
struct rdb_connect_or_create {
	const void *where;   /* <Model>_unique */
	const void *create;  /* <Model>_data */
};

struct rdb_model_desc {
	const char *name;
	const char *db_name;
	const char *schema;          /* NULL: the connection's search_path */
	size_t size;                 /* of the model struct */
	const struct rdb_field_desc *fields;
	size_t nfields;
	const int *pk;
	size_t npk;
	const struct rdb_unique_desc *uniques;
	size_t nuniques;
	const struct rdb_relation_desc *relations;
	size_t nrelations;
	size_t where_size, data_size, unique_size;
};

/* ---- the engine ------------------------------------------------------- */

/* Rows of find_many; *rows is an array of *count model structs in res. */
int rdb_client_find_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *args,
			 struct rdb_result *res, void **rows, size_t *count, struct rdb_error *err);
/* *row is NULL when nothing matches (not an error). */
int rdb_client_find_first(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *args,
			  struct rdb_result *res, void **row, struct rdb_error *err);
int rdb_client_find_unique(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
			   const void *include, struct rdb_result *res, void **row, struct rdb_error *err);
/* Inserts one row (client-side defaults filled in); *row is the row as stored. */
int rdb_client_create(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data,
		      const void *include, struct rdb_result *res, void **row, struct rdb_error *err);
/* One INSERT for n data structs; *count rows inserted (fewer with skip_duplicates). */
int rdb_client_create_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *data, size_t n,
			   bool skip_duplicates, uint64_t *count, struct rdb_error *err);
/* P2025 when no row matches. */
int rdb_client_update(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      const void *data, const void *include, struct rdb_result *res, void **row,
		      struct rdb_error *err);
int rdb_client_update_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			   const void *data, uint64_t *count, struct rdb_error *err);
/* Updates the row unique selects, or creates it from create_data when there is none. */
int rdb_client_upsert(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      const void *create_data, const void *update_data, const void *include,
		      struct rdb_result *res, void **row, struct rdb_error *err);
/* P2025 when no row matches; *row (may be NULL) receives the deleted row. */
int rdb_client_delete(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *unique,
		      struct rdb_result *res, void **row, struct rdb_error *err);
int rdb_client_delete_many(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			   uint64_t *count, struct rdb_error *err);
int rdb_client_count(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
		     uint64_t *count, struct rdb_error *err);
/*
 * One aggregate over the rows where selects. COUNT counts non-null values
 * of field (every row when field < 0) into out->v.i64; SUM/AVG of Int and
 * BigInt come back as BIGINT/DECIMAL text the way the server computes them,
 * MIN/MAX in the field's own type. out->is_null when there were no rows.
 */
int rdb_client_aggregate(struct rdb_conn *conn, const struct rdb_model_desc *m, const void *where,
			 enum rdb_aggregate op, int field, struct rdb_result *res, struct rdb_value *out,
			 struct rdb_error *err);

/*
 * Batches (rdb_batch in rdb/rdb.h: one round trip, optionally atomic):
 * queue writes, run the batch, then read each statement's rows with
 * rdb_client_rows. Queued statements return every column (RETURNING);
 * nested writes and includes are not available in a batch (RDB_ERR_USAGE).
 */
int rdb_client_queue_create(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *data, struct rdb_error *err);
int rdb_client_queue_update(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *unique, const void *data, struct rdb_error *err);
int rdb_client_queue_delete(struct rdb_conn *conn, struct rdb_batch *b, const struct rdb_model_desc *m,
			    const void *unique, struct rdb_error *err);
/* Decodes rows returned by a queued statement into model structs in res. */
int rdb_client_rows(const struct rdb_model_desc *m, const struct rdb_rows *rows, struct rdb_result *res, void **out,
		    size_t *count, struct rdb_error *err);

/*
 * Typed SQL (rdb generate --sql): one .sql file of prisma/sql, its
 * parameters and result columns as the database described them. params
 * are fields of the generated <name>_params struct (off/count_off), row
 * the generated <name>_row struct, its fields the columns in order (NULL
 * when the statement returns no columns).
 */
struct rdb_sql_desc {
	const char *name;                     /* "sql/<file>", for messages */
	const char *sql;
	const struct rdb_field_desc *params;
	size_t nparams;
	const struct rdb_model_desc *row;
};
/*
 * Runs q with the values of the params struct. With columns: *rows is an
 * array of *count row structs in res, streamed; a NULL in a column
 * generated as required, or a column count other than generated, is an
 * error (RDB_ERR_USAGE, what to do in the message). Without: *affected
 * (may be NULL) receives the rows changed; res, rows and count may be NULL.
 */
int rdb_client_sql(struct rdb_conn *conn, const struct rdb_sql_desc *q, const void *params, struct rdb_result *res,
		   void **rows, size_t *count, uint64_t *affected, struct rdb_error *err);

/* ---- ids (Prisma's client-side default functions) --------------------- */

/* Each writes a NUL-terminated id into buf and returns 0, or -1 (err set) when buf is too small
 * or the system has no randomness. */
int rdb_id_uuid4(char *buf, size_t size, struct rdb_error *err);  /* 36 chars */
int rdb_id_uuid7(char *buf, size_t size, struct rdb_error *err);  /* 36 chars, time-ordered */
int rdb_id_cuid(char *buf, size_t size, struct rdb_error *err);   /* 25 chars, 'c' + base36 */
int rdb_id_cuid2(char *buf, size_t size, struct rdb_error *err);  /* 24 chars, [a-z][a-z0-9]{23} */
int rdb_id_nanoid(char *buf, size_t size, int length, struct rdb_error *err); /* default 21 */
int rdb_id_ulid(char *buf, size_t size, struct rdb_error *err);   /* 26 chars, Crockford base32 */
/* Now in microseconds since the epoch, truncated to milliseconds as Prisma's client does. */
int64_t rdb_wall_now_us(void);
/* Fills n random bytes from getrandom(2) (or /dev/urandom). */
int rdb_random_bytes(void *buf, size_t n, struct rdb_error *err);

#ifdef __cplusplus
}
#endif
#endif
