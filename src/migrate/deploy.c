/* deploy.c: migrate deploy, status and resolve on PostgreSQL. */
#include <stdio.h>
#include <stdlib.h>

#include "deploy.h"
#include "sql/pg/conn.h"
#include "sqlsplit.h"
#include "util/strbuf.h"

void name_list_release(struct name_list *l)
{
	for (size_t i = 0; i < l->names.len; i++)
		free(l->names.items[i]);
	vec_free(&l->names);
}

static void report(const struct migrate_reporter *rep, enum migrate_event ev, const char *name, const char *detail)
{
	if (rep && rep->event)
		rep->event(rep->ctx, ev, name, detail);
}

/* 1-based line of a byte offset in a script. */
static unsigned line_of(const char *s, size_t off)
{
	unsigned line = 1;
	for (size_t i = 0; i < off && s[i]; i++)
		if (s[i] == '\n')
			line++;
	return line;
}

/*
 * Turns a failed statement into Prisma's P3018 error; `offset` is where the
 * failing text starts in the script (PostgreSQL positions are relative to it).
 */
static void apply_error(const struct migration_dir *md, PGresult *r, PGconn *c, size_t offset,
			bool rolled_back, struct rdb_error *err)
{
	struct rdb_error db;
	const char *pos = r ? PQresultErrorField(r, PG_DIAG_STATEMENT_POSITION) : NULL;
	char where[64] = "";
	size_t p = offset;
	pg_result_error(r, c, &db);
	/* PostgreSQL counts characters from 1; our scripts are mostly ASCII. */
	if (pos)
		p = offset + (size_t)atol(pos) - 1;
	else /* the statement's first line that is not blank */
		while (p < md->script_len && (md->script[p] == '\n' || md->script[p] == ' ' || md->script[p] == '\t' ||
					      md->script[p] == '\r'))
			p++;
	snprintf(where, sizeof(where), " at line %u", line_of(md->script, p));
	rdb_error_set(err, RDB_ERR_DATABASE, "P3018: migration `%s` failed%s: %s%s%s%s", md->name, where,
		      db.message, db.sqlstate[0] ? " (SQLSTATE " : "", db.sqlstate, db.sqlstate[0] ? ")" : "");
	snprintf(err->prisma_code, sizeof(err->prisma_code), "P3018");
	snprintf(err->sqlstate, sizeof(err->sqlstate), "%s", db.sqlstate);
	if (rolled_back)
		rdb_error_hint(err, "it ran in a transaction, so none of it was applied; fix %s/migration.sql, then run "
				    "'rdb migrate resolve --rolled-back %s' and deploy again",
			       md->path, md->name);
	else
		rdb_error_hint(err, "it ran without a transaction, so the statements before the failing one were applied; "
				    "repair the database, then run 'rdb migrate resolve --applied %s' or '--rolled-back %s'",
			       md->name, md->name);
}

/* The logs column of a failed attempt, like Prisma's P3018 message. */
static char *failure_logs(const struct migration_dir *md, const struct rdb_error *err)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb,
		    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. "
		    "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n"
		    "Migration name: %s\n\nDatabase error code: %s\n\nDatabase error:\n%s\n",
		    md->name, err->sqlstate[0] ? err->sqlstate : "none", err->message);
	return strbuf_detach(&sb, NULL);
}

static int exec_result(PGconn *c, const char *sql, PGresult **out)
{
	PGresult *r = PQexec(c, sql);
	ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	*out = r;
	return (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) ? 0 : -1;
}

/*
 * The script and its history row in one transaction. Statements go one at
 * a time (as psql -f sends them) so a failure names its line.
 */
static int apply_in_transaction(PGconn *c, const struct migration_dir *md, struct rdb_error *err)
{
	char id[37];
	sql_stmt_list stmts = {0};
	if (pg_exec(c, "BEGIN", err) < 0)
		return -1;
	if (history_insert_started(c, md->name, md->checksum, id, err) < 0)
		goto rollback;
	sql_split_pg(md->script, md->script_len, &stmts);
	for (size_t i = 0; i < stmts.len; i++) {
		PGresult *r;
		char *stmt = xstrndup(md->script + stmts.items[i].start, stmts.items[i].len);
		int failed = exec_result(c, stmt, &r) < 0;
		free(stmt);
		if (failed) {
			apply_error(md, r, c, stmts.items[i].start, true, err);
			PQclear(r);
			vec_free(&stmts);
			goto rollback_and_record;
		}
		PQclear(r);
	}
	vec_free(&stmts);
	if (history_mark_finished(c, id, err) < 0)
		goto rollback;
	return pg_exec(c, "COMMIT", err);

rollback_and_record: {
	struct rdb_error ignored;
	char *logs = failure_logs(md, err);
	pg_exec(c, "ROLLBACK", &ignored);
	/* Like Prisma, leave a failed row so deploys stop until it is resolved. */
	history_insert_failed(c, md->name, md->checksum, logs, &ignored);
	free(logs);
	return -1;
}
rollback: {
	struct rdb_error ignored;
	pg_exec(c, "ROLLBACK", &ignored);
	return -1;
}
}

/* Prisma's way: a started row, the statements, then the finished mark. */
static int apply_without_transaction(PGconn *c, const struct migration_dir *md, bool whole_script,
				     struct rdb_error *err)
{
	char id[37];
	sql_stmt_list stmts = {0};
	int rc = 0;
	if (history_insert_started(c, md->name, md->checksum, id, err) < 0)
		return -1;
	if (whole_script) {
		stmts.len = 0;
		struct sql_stmt all = {0, md->script_len};
		vec_push(&stmts, all);
	} else {
		sql_split_pg(md->script, md->script_len, &stmts);
	}
	for (size_t i = 0; i < stmts.len && !rc; i++) {
		PGresult *r;
		char *stmt = xstrndup(md->script + stmts.items[i].start, stmts.items[i].len);
		if (exec_result(c, stmt, &r) < 0) {
			struct rdb_error ignored;
			char *logs;
			apply_error(md, r, c, stmts.items[i].start, false, err);
			logs = failure_logs(md, err);
			history_set_logs(c, id, logs, &ignored);
			free(logs);
			rc = -1;
		}
		PQclear(r);
		free(stmt);
	}
	vec_free(&stmts);
	if (!rc)
		rc = history_mark_finished(c, id, err);
	return rc;
}

int migrate_apply_one(PGconn *c, const struct migration_dir *md, const struct migrate_reporter *rep,
		      struct rdb_error *err)
{
	bool explicit_tx;
	const char *why = pg_script_autocommit_reason(md->script, md->script_len, &explicit_tx);
	int rc;
	report(rep, MIGRATE_APPLYING, md->name, why);
	if (!why)
		rc = apply_in_transaction(c, md, err);
	else
		rc = apply_without_transaction(c, md, explicit_tx, err);
	if (!rc)
		report(rep, MIGRATE_APPLIED, md->name, why ? why : "transaction");
	return rc;
}

static int refuse_failed(const struct history *h, struct rdb_error *err)
{
	struct strbuf details = STRBUF_INIT;
	const char *first = NULL;
	for (size_t i = 0; i < h->rows.len; i++) {
		const struct migration_record *r = &h->rows.items[i];
		if (!record_failed(r))
			continue;
		if (!first)
			first = r->name;
		strbuf_addf(&details, "%sThe `%s` migration started at %s failed", details.len ? "; " : "", r->name,
			    r->started_at);
	}
	if (!first) {
		strbuf_release(&details);
		return 0;
	}
	rdb_error_set(err, RDB_ERR_CONFLICT,
		      "P3009: migrate found failed migrations in the target database, new migrations will not be applied: %s",
		      details.buf);
	snprintf(err->prisma_code, sizeof(err->prisma_code), "P3009");
	rdb_error_hint(err, "if nothing of it was applied: 'rdb migrate resolve --rolled-back %s'; if you fixed the database by hand: 'rdb migrate resolve --applied %s'",
		       first, first);
	strbuf_release(&details);
	return -1;
}

static int refuse_edited(const struct migrations *m, const struct history *h, struct rdb_error *err)
{
	for (size_t i = 0; i < h->rows.len; i++) {
		const struct migration_record *r = &h->rows.items[i];
		const struct migration_dir *md;
		if (!record_is_live(r) || !r->finished_at)
			continue;
		md = migrations_find(m, r->name);
		if (md && md->script && !migration_checksum_matches(md, r->checksum)) {
			rdb_error_set(err, RDB_ERR_CONFLICT,
				      "migration `%s` was modified after it was applied (its checksum no longer matches the database's record)",
				      r->name);
			rdb_error_hint(err, "restore %s/migration.sql from version control; a change to an applied migration never reaches the database, so put it in a new migration",
				       md->path);
			return -1;
		}
	}
	return 0;
}

int migrate_deploy(PGconn *c, const struct migrations *m, const struct deploy_opts *o,
		   const struct migrate_reporter *rep, struct name_list *applied, struct rdb_error *err)
{
	struct history h = {0};
	int rc = -1;
	memset(applied, 0, sizeof(*applied));
	if (migrations_check_complete(m, err) < 0)
		return -1;
	if (history_lock(c, o->lock_timeout_ms, err) < 0)
		return -1;
	/* Everything below runs under the lock, against a freshly read history. */
	if (history_initialize(c, o->schema, err) < 0 || history_load(c, &h, err) < 0)
		goto out;
	if (refuse_failed(&h, err) < 0 || refuse_edited(m, &h, err) < 0)
		goto out;
	for (size_t i = 0; i < h.rows.len; i++) {
		const struct migration_record *r = &h.rows.items[i];
		if (record_is_live(r) && !migrations_find(m, r->name)) {
			char msg[512];
			snprintf(msg, sizeof(msg), "migration `%s` is applied in the database but missing from %s", r->name,
				 m->dir);
			report(rep, MIGRATE_WARNING, r->name, msg);
		}
	}
	for (size_t i = 0; i < m->items.len; i++) {
		const struct migration_dir *md = &m->items.items[i];
		if (history_find_live(&h, md->name))
			continue;
		if (migrate_apply_one(c, md, rep, err) < 0)
			goto out;
		vec_push(&applied->names, xstrdup(md->name));
	}
	rc = 0;
out:
	history_release(&h);
	history_unlock(c);
	return rc;
}

int migrate_status(PGconn *c, const struct migrations *m, struct status_report *s, struct rdb_error *err)
{
	struct history h = {0};
	size_t first_unapplied = (size_t)-1;
	memset(s, 0, sizeof(*s));
	if (history_load(c, &h, err) < 0)
		return -1;
	s->history_exists = h.exists;
	for (size_t i = 0; i < m->items.len; i++) {
		const struct migration_dir *md = &m->items.items[i];
		const struct migration_record *r = history_find_live(&h, md->name);
		if (!r) {
			if (first_unapplied == (size_t)-1)
				first_unapplied = i;
			vec_push(&s->unapplied.names, xstrdup(md->name));
		} else if (r->finished_at && md->script &&
			   !migration_checksum_matches(md, r->checksum)) {
			vec_push(&s->edited.names, xstrdup(md->name));
		}
	}
	for (size_t i = 0; i < h.rows.len; i++) {
		const struct migration_record *r = &h.rows.items[i];
		if (!record_is_live(r))
			continue;
		if (record_failed(r))
			vec_push(&s->failed.names, xstrdup(r->name));
		if (!migrations_find(m, r->name))
			vec_push(&s->db_only.names, xstrdup(r->name));
	}
	if (s->unapplied.names.len && s->db_only.names.len && first_unapplied != (size_t)-1 && first_unapplied > 0)
		s->last_common = xstrdup(m->items.items[first_unapplied - 1].name);
	history_release(&h);
	return 0;
}

void status_report_release(struct status_report *s)
{
	name_list_release(&s->unapplied);
	name_list_release(&s->failed);
	name_list_release(&s->db_only);
	name_list_release(&s->edited);
	free(s->last_common);
}

int migrate_resolve_applied(PGconn *c, const struct migrations *m, const char *name, const struct deploy_opts *o,
			    struct rdb_error *err)
{
	struct history h = {0};
	const struct migration_dir *md = migrations_find(m, name);
	int rc = -1;
	if (!md || !md->script) {
		rdb_error_set(err, RDB_ERR_NOT_FOUND,
			      "P3017: The migration %s could not be found. Please make sure that the migration exists, and that you included the whole name of the directory. (example: \"20201207184859_initial_migration\")",
			      name);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P3017");
		rdb_error_hint(err, "the migrations in %s are listed by 'rdb migrate status'", m->dir);
		return -1;
	}
	if (history_lock(c, o->lock_timeout_ms, err) < 0)
		return -1;
	if (history_initialize(c, o->schema, err) < 0 || history_load(c, &h, err) < 0)
		goto out;
	for (size_t i = 0; i < h.rows.len; i++) {
		const struct migration_record *r = &h.rows.items[i];
		if (strcmp(r->name, name) || !record_is_live(r))
			continue;
		if (r->finished_at) {
			rdb_error_set(err, RDB_ERR_CONFLICT,
				      "P3008: The migration `%s` is already recorded as applied in the database.", name);
			snprintf(err->prisma_code, sizeof(err->prisma_code), "P3008");
			goto out;
		}
	}
	/* A failed attempt is marked rolled back first, as Prisma does. */
	if (pg_exec(c, "BEGIN", err) < 0)
		goto out;
	for (size_t i = 0; i < h.rows.len; i++) {
		const struct migration_record *r = &h.rows.items[i];
		if (!strcmp(r->name, name) && record_failed(r) && history_mark_rolled_back(c, r->id, err) < 0)
			goto abort;
	}
	if (history_insert_applied(c, name, md->checksum, err) < 0)
		goto abort;
	rc = pg_exec(c, "COMMIT", err);
	goto out;
abort: {
	struct rdb_error ignored;
	pg_exec(c, "ROLLBACK", &ignored);
}
out:
	history_release(&h);
	history_unlock(c);
	return rc;
}

int migrate_resolve_rolled_back(PGconn *c, const char *name, const struct deploy_opts *o, struct rdb_error *err)
{
	struct history h = {0};
	int rc = -1;
	bool found = false, failed = false;
	if (history_lock(c, o->lock_timeout_ms, err) < 0)
		return -1;
	if (history_load(c, &h, err) < 0)
		goto out;
	for (size_t i = 0; i < h.rows.len; i++) {
		const struct migration_record *r = &h.rows.items[i];
		if (strcmp(r->name, name) || !record_is_live(r))
			continue;
		found = true;
		if (record_failed(r)) {
			failed = true;
			if (history_mark_rolled_back(c, r->id, err) < 0)
				goto out;
		}
	}
	if (!found) {
		rdb_error_set(err, RDB_ERR_NOT_FOUND,
			      "P3011: Migration `%s` cannot be rolled back because it was never applied to the database. Hint: did you pass in the whole migration name? (example: \"20201207184859_initial_migration\")",
			      name);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P3011");
		goto out;
	}
	if (!failed) {
		rdb_error_set(err, RDB_ERR_CONFLICT,
			      "P3012: Migration `%s` cannot be rolled back because it is not in a failed state.", name);
		snprintf(err->prisma_code, sizeof(err->prisma_code), "P3012");
		rdb_error_hint(err, "to undo an applied migration, use 'rdb migrate down'");
		goto out;
	}
	rc = 0;
out:
	history_release(&h);
	history_unlock(c);
	return rc;
}

int migrate_reset_schema(PGconn *c, const char *schema, struct rdb_error *err)
{
	struct strbuf sql = STRBUF_INIT;
	int rc;
	strbuf_addstr(&sql, "BEGIN;\nDROP SCHEMA IF EXISTS ");
	pg_quote_ident(&sql, schema);
	strbuf_addstr(&sql, " CASCADE;\nCREATE SCHEMA ");
	pg_quote_ident(&sql, schema);
	/* The migrations table lives in the search_path schema too; a custom
	 * search_path may point elsewhere, so drop it explicitly as Prisma does. */
	strbuf_addstr(&sql, ";\nDROP TABLE IF EXISTS _prisma_migrations;\nCOMMIT;");
	rc = pg_exec(c, sql.buf, err);
	if (rc < 0) {
		struct rdb_error ignored;
		pg_exec(c, "ROLLBACK", &ignored);
	}
	strbuf_release(&sql);
	return rc;
}

/* Runs a down script with the row update, in one transaction when possible. */
static int run_down(PGconn *c, const struct migration_dir *md, const char *row_id, const struct migrate_reporter *rep,
		    struct rdb_error *err)
{
	bool explicit_tx;
	const char *why = pg_script_autocommit_reason(md->down, md->down_len, &explicit_tx);
	sql_stmt_list stmts = {0};
	bool tx = !why;
	int rc = 0;
	report(rep, MIGRATE_APPLYING, md->name, why);
	if (tx && pg_exec(c, "BEGIN", err) < 0)
		return -1;
	if (explicit_tx) {
		struct sql_stmt all = {0, md->down_len};
		vec_push(&stmts, all);
	} else {
		sql_split_pg(md->down, md->down_len, &stmts);
	}
	for (size_t i = 0; i < stmts.len && !rc; i++) {
		PGresult *r;
		char *stmt = xstrndup(md->down + stmts.items[i].start, stmts.items[i].len);
		if (exec_result(c, stmt, &r) < 0) {
			struct rdb_error db;
			pg_result_error(r, c, &db);
			rdb_error_set(err, RDB_ERR_DATABASE, "down.sql of `%s` failed at line %u: %s", md->name,
				      line_of(md->down, stmts.items[i].start), db.message);
			snprintf(err->sqlstate, sizeof(err->sqlstate), "%s", db.sqlstate);
			if (tx)
				rdb_error_hint(err, "it ran in a transaction, so nothing changed; fix %s/down.sql and try again",
					       md->path);
			else
				rdb_error_hint(err, "it ran without a transaction (%s): statements before the failing one were applied",
					       why);
			rc = -1;
		}
		PQclear(r);
		free(stmt);
	}
	vec_free(&stmts);
	if (!rc)
		rc = history_mark_rolled_back(c, row_id, err);
	if (tx) {
		struct rdb_error ignored;
		if (rc)
			pg_exec(c, "ROLLBACK", &ignored);
		else
			rc = pg_exec(c, "COMMIT", err);
	}
	if (!rc)
		report(rep, MIGRATE_APPLIED, md->name, why ? why : "transaction");
	return rc;
}

int migrate_down(PGconn *c, const struct migrations *m, const char *to, const struct deploy_opts *o,
		 const struct migrate_reporter *rep, struct name_list *rolled, struct rdb_error *err)
{
	struct history h = {0};
	VEC(const struct migration_record *) applied = {0};
	size_t keep;
	int rc = -1;
	memset(rolled, 0, sizeof(*rolled));
	if (history_lock(c, o->lock_timeout_ms, err) < 0)
		return -1;
	if (history_load(c, &h, err) < 0)
		goto out;
	if (refuse_failed(&h, err) < 0)
		goto out;
	/* Applied migrations in the folder's (name) order. */
	for (size_t i = 0; i < m->items.len; i++) {
		const struct migration_record *r = history_find_live(&h, m->items.items[i].name);
		if (r && r->finished_at)
			vec_push(&applied, r);
	}
	if (!applied.len) {
		rdb_error_set(err, RDB_ERR_NOT_FOUND, "no applied migration to roll back");
		goto out;
	}
	keep = applied.len - 1;
	if (to) {
		size_t k = 0;
		while (k < applied.len && strcmp(applied.items[k]->name, to))
			k++;
		if (k == applied.len) {
			rdb_error_set(err, RDB_ERR_NOT_FOUND, "migration `%s` is not an applied migration", to);
			rdb_error_hint(err, "'rdb migrate status' lists them; --to names the migration to keep");
			goto out;
		}
		keep = k + 1;
	}
	/* Check every down.sql before touching anything. */
	for (size_t k = applied.len; k-- > keep;) {
		const struct migration_dir *md = migrations_find(m, applied.items[k]->name);
		if (!md->down) {
			rdb_error_set(err, RDB_ERR_NOT_FOUND, "migration `%s` has no down.sql, so it cannot be rolled back",
				      md->name);
			rdb_error_hint(err, "write %s/down.sql (rdb migrate dev writes one for every migration it creates)",
				       md->path);
			goto out;
		}
	}
	for (size_t k = applied.len; k-- > keep;) {
		const struct migration_dir *md = migrations_find(m, applied.items[k]->name);
		if (run_down(c, md, applied.items[k]->id, rep, err) < 0)
			goto out;
		vec_push(&rolled->names, xstrdup(md->name));
	}
	rc = 0;
out:
	vec_free(&applied);
	history_release(&h);
	history_unlock(c);
	return rc;
}
