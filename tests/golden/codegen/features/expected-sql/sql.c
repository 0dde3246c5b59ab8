/* ---- typed SQL: sql/echo.sql ---- */

static const struct rdb_field_desc app_sql_echo_pdesc[] = {
	{"p1", "p1", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p1), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p2", "p2", RDB_BYTES, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p2), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p3", "p3", RDB_TIMESTAMP, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p3), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p4", "p4", RDB_UUID, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p4), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p5", "p5", RDB_DECIMAL, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p5), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p6", "p6", RDB_JSON, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p6), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p7", "p7", RDB_BOOL, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p7), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p8", "p8", RDB_FLOAT64, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p8), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p9", "p9", RDB_INT64, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p9), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p10", "p10", RDB_INT32, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p10), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"p11", "p11", RDB_TEXT, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_params, p11), offsetof(struct app_sql_echo_params, p11_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_field_desc app_sql_echo_cdesc[] = {
	{"text", "text", RDB_TEXT, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, text), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"bytes", "bytes", RDB_BYTES, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, bytes), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"at", "at", RDB_TIMESTAMP, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, at), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"id", "id", RDB_UUID, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, id), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"num", "num", RDB_DECIMAL, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, num), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"doc", "doc", RDB_JSON, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, doc), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"yes", "yes", RDB_BOOL, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, yes), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"ratio", "ratio", RDB_FLOAT64, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, ratio), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"big", "big", RDB_INT64, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, big), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"small", "small", RDB_INT32, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, small), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"words", "words", RDB_TEXT, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, words), offsetof(struct app_sql_echo_row, words_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"q", "q!", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_echo_row, q), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_model_desc app_sql_echo_row_desc = {
	"sql/echo", NULL, NULL, sizeof(struct app_sql_echo_row),
	app_sql_echo_cdesc, 12, NULL, 0, NULL, 0, NULL, 0, 0, 0, 0};
static const struct rdb_sql_desc app_sql_echo_desc = {
	"sql/echo",
	"-- Every parameter type back as a column (expressions: all optional).\n"
	"SELECT $1::text AS text, $2::bytea AS bytes, $3::timestamptz AS at, $4::uuid AS id,\n"
	"       $5::numeric AS num, $6::jsonb AS doc, $7::bool AS yes, $8::float8 AS ratio,\n"
	"       $9::int8 AS big, $10::int2 AS small, $11::text[] AS words, '?\?=' AS \"q!\"\n",
	app_sql_echo_pdesc, 11, &app_sql_echo_row_desc};

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
	struct rdb_result *res, struct app_sql_echo_row **rows, size_t *count, struct rdb_error *err)
{
	const struct app_sql_echo_params a = {.p1 = p1, .p2 = p2, .p3 = p3, .p4 = p4, .p5 = p5, .p6 = p6, .p7 = p7, .p8 = p8, .p9 = p9, .p10 = p10, .p11 = p11, .p11_count = p11_count};
	void *p = NULL;
	int rc = rdb_client_sql(conn, &app_sql_echo_desc, &a, res, &p, count, NULL, err);
	if (rows)
		*rows = p;
	return rc;
}

/* ---- typed SQL: sql/mentorNames.sql ---- */

static const struct rdb_field_desc app_sql_mentorNames_cdesc[] = {
	{"first", "first", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_mentorNames_row, first), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"mentor", "mentor", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_mentorNames_row, mentor), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_model_desc app_sql_mentorNames_row_desc = {
	"sql/mentorNames", NULL, NULL, sizeof(struct app_sql_mentorNames_row),
	app_sql_mentorNames_cdesc, 2, NULL, 0, NULL, 0, NULL, 0, 0, 0, 0};
static const struct rdb_sql_desc app_sql_mentorNames_desc = {
	"sql/mentorNames",
	"-- Wrong on purpose: \"mentor\" is read from a NOT NULL column through an\n"
	"-- outer join, so a person without a mentor makes the call fail.\n"
	"SELECT p.first, m.first AS mentor\n"
	"FROM \"Person\" p LEFT JOIN \"Person\" m ON m.id = p.\"mentorId\"\n"
	"ORDER BY p.id\n",
	NULL, 0, &app_sql_mentorNames_row_desc};

int app_sql_mentorNames(struct rdb_conn *conn,
	struct rdb_result *res, struct app_sql_mentorNames_row **rows, size_t *count, struct rdb_error *err)
{
	void *p = NULL;
	int rc = rdb_client_sql(conn, &app_sql_mentorNames_desc, NULL, res, &p, count, NULL, err);
	if (rows)
		*rows = p;
	return rc;
}

/* ---- typed SQL: sql/personStats.sql ---- */

static const struct rdb_field_desc app_sql_personStats_pdesc[] = {
	{"p1", "p1", RDB_INT32, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_personStats_params, p1), offsetof(struct app_sql_personStats_params, p1_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_field_desc app_sql_personStats_cdesc[] = {
	{"id", "id", RDB_INT32, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_personStats_row, id), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"first", "first", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_personStats_row, first), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"things", "things", RDB_INT64, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_personStats_row, things), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"mentorFirst", "mentorFirst?", RDB_TEXT, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_personStats_row, mentorFirst), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_model_desc app_sql_personStats_row_desc = {
	"sql/personStats", NULL, NULL, sizeof(struct app_sql_personStats_row),
	app_sql_personStats_cdesc, 4, NULL, 0, NULL, 0, NULL, 0, 0, 0, 0};
static const struct rdb_sql_desc app_sql_personStats_desc = {
	"sql/personStats",
	"-- Per person: how many things they own and their mentor's first name.\n"
	"-- The mentor comes from an outer join: \"mentorFirst?\" makes it optional.\n"
	"SELECT p.id, p.first, count(t.id) AS things, m.first AS \"mentorFirst?\"\n"
	"FROM \"Person\" p\n"
	"LEFT JOIN things t ON t.\"ownerId\" = p.id\n"
	"LEFT JOIN \"Person\" m ON m.id = p.\"mentorId\"\n"
	"WHERE p.id = ANY($1)\n"
	"GROUP BY p.id, m.first\n"
	"ORDER BY p.id\n",
	app_sql_personStats_pdesc, 1, &app_sql_personStats_row_desc};

int app_sql_personStats(struct rdb_conn *conn, const int32_t *p1, size_t p1_count,
	struct rdb_result *res, struct app_sql_personStats_row **rows, size_t *count, struct rdb_error *err)
{
	const struct app_sql_personStats_params a = {.p1 = p1, .p1_count = p1_count};
	void *p = NULL;
	int rc = rdb_client_sql(conn, &app_sql_personStats_desc, &a, res, &p, count, NULL, err);
	if (rows)
		*rows = p;
	return rc;
}

/* ---- typed SQL: sql/renameGroup.sql ---- */

static const struct rdb_field_desc app_sql_renameGroup_pdesc[] = {
	{"name", "name", RDB_TEXT, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_renameGroup_params, name), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"id", "id", RDB_INT32, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_renameGroup_params, id), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_sql_desc app_sql_renameGroup_desc = {
	"sql/renameGroup",
	"-- @param $1:name? the new name; NULL appends '!' to the old one\n"
	"-- @param $2:id\n"
	"UPDATE \"Group\" SET name = COALESCE($1, name || '!') WHERE id = $2\n",
	app_sql_renameGroup_pdesc, 2, NULL};

int app_sql_renameGroup(struct rdb_conn *conn, const char *name, int32_t id,
	uint64_t *affected, struct rdb_error *err)
{
	const struct app_sql_renameGroup_params a = {.name = name, .id = id};
	return rdb_client_sql(conn, &app_sql_renameGroup_desc, &a, NULL, NULL, NULL, affected, err);
}

/* ---- typed SQL: sql/thingsByStage.sql ---- */

static const struct rdb_field_desc app_sql_thingsByStage_pdesc[] = {
	{"stage", "stage", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, &app_Stage_enum,
	 offsetof(struct app_sql_thingsByStage_params, stage), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"minDefault", "minDefault", RDB_INT32, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_params, minDefault), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_field_desc app_sql_thingsByStage_cdesc[] = {
	{"id", "id", RDB_UUID, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, id), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"default", "default", RDB_INT32, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, default_), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"int", "int", RDB_INT64, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, int_), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"ratio", "ratio", RDB_FLOAT64, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, ratio), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"price", "price", RDB_DECIMAL, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, price), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"flag", "flag", RDB_BOOL, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, flag), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"at", "at", RDB_TIMESTAMP, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, at), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"changed", "changed", RDB_TIMESTAMP, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, changed), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"blob", "blob", RDB_BYTES, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, blob), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"meta", "meta", RDB_JSON, RDB_OPTIONAL, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, meta), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"tags", "tags", RDB_TEXT, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, tags), offsetof(struct app_sql_thingsByStage_row, tags_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"scores", "scores", RDB_INT32, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, NULL,
	 offsetof(struct app_sql_thingsByStage_row, scores), offsetof(struct app_sql_thingsByStage_row, scores_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"stage", "stage", RDB_TEXT, RDB_REQUIRED, RDB_DEFAULT_NONE, 0, false, false, &app_Stage_enum,
	 offsetof(struct app_sql_thingsByStage_row, stage), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
	{"stages", "stages", RDB_TEXT, RDB_LIST, RDB_DEFAULT_NONE, 0, false, false, &app_Stage_enum,
	 offsetof(struct app_sql_thingsByStage_row, stages), offsetof(struct app_sql_thingsByStage_row, stages_count), RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET, RDB_NO_OFFSET},
};
static const struct rdb_model_desc app_sql_thingsByStage_row_desc = {
	"sql/thingsByStage", NULL, NULL, sizeof(struct app_sql_thingsByStage_row),
	app_sql_thingsByStage_cdesc, 14, NULL, 0, NULL, 0, NULL, 0, 0, 0, 0};
static const struct rdb_sql_desc app_sql_thingsByStage_desc = {
	"sql/thingsByStage",
	"-- Things at one stage, with most column types the client maps.\n"
	"-- @param $1:stage the stage (a C enum, sent by its database name)\n"
	"-- @param {Int} $2:minDefault\n"
	"SELECT id, \"default\", \"int\", ratio, price, flag, created_at AS at, changed, blob, meta, tags, scores,\n"
	"       stage, stages\n"
	"FROM things\n"
	"WHERE stage = $1 AND \"default\" >= $2\n"
	"ORDER BY sortable\n",
	app_sql_thingsByStage_pdesc, 2, &app_sql_thingsByStage_row_desc};

int app_sql_thingsByStage(struct rdb_conn *conn, enum app_Stage stage, int32_t minDefault,
	struct rdb_result *res, struct app_sql_thingsByStage_row **rows, size_t *count, struct rdb_error *err)
{
	const struct app_sql_thingsByStage_params a = {.stage = stage, .minDefault = minDefault};
	void *p = NULL;
	int rc = rdb_client_sql(conn, &app_sql_thingsByStage_desc, &a, res, &p, count, NULL, err);
	if (rows)
		*rows = p;
	return rc;
}

