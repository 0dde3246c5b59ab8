/* ---- typed SQL: sql/echo.sql ---- */

struct app_sql_echo_row {
	/* NULL when null */
	const char *text;
	/* NULL when null */
	const struct rdb_bytes *bytes;
	/* NULL when null */
	const int64_t *at;
	/* NULL when null */
	const char *id;
	/* NULL when null */
	const char *num;
	/* NULL when null */
	const char *doc;
	/* NULL when null */
	const bool *yes;
	/* NULL when null */
	const double *ratio;
	/* NULL when null */
	const int64_t *big;
	/* NULL when null */
	const int32_t *small;
	const char *const *words;
	size_t words_count;
	const char *q;
};

/* The arguments of app_sql_echo, as the engine reads them. */
struct app_sql_echo_params {
	const char *p1;
	struct rdb_bytes p2;
	int64_t p3;
	const char *p4;
	const char *p5;
	const char *p6;
	bool p7;
	double p8;
	int64_t p9;
	int32_t p10;
	const char *const *p11;
	size_t p11_count;
};

/**
 * Every parameter type back as a column (expressions: all optional).
 *
 * Runs sql/echo.sql: *rows receives *count rows, freed with res.
 *   p1: $1
 *   p2: $2
 *   p3: $3
 *   p4: $4
 *   p5: $5
 *   p6: $6
 *   p7: $7
 *   p8: $8
 *   p9: $9
 *   p10: $10
 *   p11: $11, an array
 */
int app_sql_echo(struct rdb_conn *conn,
	const char *p1,
	struct rdb_bytes p2,
	int64_t p3,
	const char *p4,
	const char *p5,
	const char *p6,
	bool p7,
	double p8,
	int64_t p9,
	int32_t p10,
	const char *const *p11,
	size_t p11_count,
	struct rdb_result *res, struct app_sql_echo_row **rows, size_t *count, struct rdb_error *err);

/* ---- typed SQL: sql/mentorNames.sql ---- */

struct app_sql_mentorNames_row {
	/* Person.first */
	const char *first;
	/* Person.first */
	const char *mentor;
};

/**
 * Wrong on purpose: "mentor" is read from a NOT NULL column through an
 * outer join, so a person without a mentor makes the call fail.
 *
 * Runs sql/mentorNames.sql: *rows receives *count rows, freed with res.
 */
int app_sql_mentorNames(struct rdb_conn *conn,
	struct rdb_result *res, struct app_sql_mentorNames_row **rows, size_t *count, struct rdb_error *err);

/* ---- typed SQL: sql/personStats.sql ---- */

struct app_sql_personStats_row {
	/* Person.id */
	int32_t id;
	/* Person.first */
	const char *first;
	/* NULL when null */
	const int64_t *things;
	/* Person.first; NULL when null */
	const char *mentorFirst;
};

/* The arguments of app_sql_personStats, as the engine reads them. */
struct app_sql_personStats_params {
	const int32_t *p1;
	size_t p1_count;
};

/**
 * Per person: how many things they own and their mentor's first name.
 * The mentor comes from an outer join: "mentorFirst?" makes it optional.
 *
 * Runs sql/personStats.sql: *rows receives *count rows, freed with res.
 *   p1: $1, an array
 */
int app_sql_personStats(struct rdb_conn *conn, const int32_t *p1, size_t p1_count,
	struct rdb_result *res, struct app_sql_personStats_row **rows, size_t *count, struct rdb_error *err);

/* ---- typed SQL: sql/renameGroup.sql ---- */

/* The arguments of app_sql_renameGroup, as the engine reads them. */
struct app_sql_renameGroup_params {
	const char *name;
	int32_t id;
};

/**
 * Runs sql/renameGroup.sql: *affected (may be NULL) receives the number of rows changed.
 *   name: $1, NULL for SQL NULL; the new name; NULL appends '!' to the old one
 *   id: $2
 */
int app_sql_renameGroup(struct rdb_conn *conn, const char *name, int32_t id,
	uint64_t *affected, struct rdb_error *err);

/* ---- typed SQL: sql/thingsByStage.sql ---- */

struct app_sql_thingsByStage_row {
	/* things.id */
	const char *id;
	/* things.default */
	int32_t default_;
	/* things.int; NULL when null */
	const int64_t *int_;
	/* things.ratio */
	double ratio;
	/* things.price; NULL when null */
	const char *price;
	/* things.flag */
	bool flag;
	/* things.created_at */
	int64_t at;
	/* things.changed */
	int64_t changed;
	/* things.blob; NULL when null */
	const struct rdb_bytes *blob;
	/* things.meta; NULL when null */
	const char *meta;
	/* things.tags */
	const char *const *tags;
	size_t tags_count;
	/* things.scores */
	const int32_t *scores;
	size_t scores_count;
	/* things.stage */
	enum app_Stage stage;
	/* things.stages */
	const enum app_Stage *stages;
	size_t stages_count;
};

/* The arguments of app_sql_thingsByStage, as the engine reads them. */
struct app_sql_thingsByStage_params {
	enum app_Stage stage;
	int32_t minDefault;
};

/**
 * Things at one stage, with most column types the client maps.
 *
 * Runs sql/thingsByStage.sql: *rows receives *count rows, freed with res.
 *   stage: $1; the stage (a C enum, sent by its database name)
 *   minDefault: $2
 */
int app_sql_thingsByStage(struct rdb_conn *conn, enum app_Stage stage, int32_t minDefault,
	struct rdb_result *res, struct app_sql_thingsByStage_row **rows, size_t *count, struct rdb_error *err);

#ifdef __cplusplus
}
#endif
#endif /* APP_CLIENT_H */
