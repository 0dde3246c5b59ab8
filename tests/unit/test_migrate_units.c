/* test_migrate_units.c: statement splitting, autocommit detection, folders, checksums. */
#include <stdlib.h>
#include <unistd.h>

#include "migrate/folders.h"
#include "migrate/sqlsplit.h"
#include "t.h"
#include "util/fs.h"
#include "util/hash.h"

static size_t count(const char *sql)
{
	sql_stmt_list l = {0};
	size_t n;
	sql_split_pg(sql, strlen(sql), &l);
	n = l.len;
	vec_free(&l);
	return n;
}

TEST(split_respects_quotes_comments_dollars)
{
	CHECK_INT(count("SELECT 1; SELECT 2;"), 2);
	CHECK_INT(count("SELECT ';'; -- ; comment\nSELECT \"a;b\";"), 2);
	CHECK_INT(count("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; SELECT 2; $body$ LANGUAGE sql; SELECT 3"), 2);
	CHECK_INT(count("/* nested /* ; */ still ; */ SELECT 1;"), 1);
	CHECK_INT(count("SELECT E'it\\'s;'; SELECT 'it''s;';"), 2);
	CHECK_INT(count("  ;  -- only a comment\n ; "), 0);
	CHECK_INT(count("SELECT $1; SELECT 2"), 2); /* $1 is a parameter, not a dollar quote */
}

TEST(autocommit_reasons)
{
	bool tx;
	const char *s1 = "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON a(id);";
	const char *s2 = "ALTER TYPE \"Role\" ADD VALUE 'ADMIN';\nUPDATE u SET r = 'ADMIN';";
	const char *s3 = "ALTER TYPE \"Role\" ADD VALUE 'ADMIN';\nUPDATE u SET r = 'USER';";
	const char *s4 = "BEGIN; SELECT 1; COMMIT;";
	const char *s5 = "CREATE TABLE a (note text DEFAULT 'create index concurrently');";
	CHECK_STR(pg_script_autocommit_reason(s1, strlen(s1), &tx), "CREATE INDEX CONCURRENTLY");
	CHECK(pg_script_autocommit_reason(s2, strlen(s2), &tx) != NULL);
	CHECK(pg_script_autocommit_reason(s3, strlen(s3), &tx) == NULL);
	CHECK(pg_script_autocommit_reason(s4, strlen(s4), &tx) != NULL && tx);
	CHECK(pg_script_autocommit_reason(s5, strlen(s5), &tx) == NULL);
}

TEST(folders_and_lock_file)
{
	char dir[] = "/tmp/rdb-test-mig-XXXXXX";
	struct migrations m;
	struct rdb_error err;
	char *p;
	CHECK(mkdtemp(dir) != NULL);
	p = fs_join(dir, "20240102000000_b");
	fs_mkdirs(p, 0755);
	free(p);
	p = fs_join(dir, "20240101000000_a/migration.sql");
	fs_mkdirs(dir, 0755);
	{
		char *d = fs_join(dir, "20240101000000_a");
		fs_mkdirs(d, 0755);
		free(d);
	}
	fs_write_file_atomic(p, "SELECT 1;\n", 10);
	free(p);
	CHECK(migrations_write_lock(dir, "postgresql", &err) == 0);
	CHECK(migrations_load(&m, dir, &err) == 0);
	CHECK_INT(m.items.len, 2);
	CHECK_STR(m.items.items[0].name, "20240101000000_a");
	CHECK_STR(m.lock_provider, "postgresql");
	CHECK(migrations_check_complete(&m, &err) == -1);
	CHECK_STR(err.prisma_code, "P3015");
	CHECK(migrations_check_provider(&m, "mysql", &err) == -1);
	CHECK_STR(err.prisma_code, "P3019");
	CHECK(migrations_check_provider(&m, "postgresql", &err) == 0);
	{
		/* The folder holds "SELECT 1;\n": its own hash, the hash of the
		 * same script with \r\n (recorded on Windows) match; another
		 * script's does not. */
		char crlf[SHA256_HEX_LEN + 1], other[SHA256_HEX_LEN + 1];
		const struct migration_dir *md = &m.items.items[0];
		sha256_hex("SELECT 1;\r\n", 11, crlf);
		sha256_hex("SELECT 2;\n", 10, other);
		CHECK(migration_checksum_matches(md, md->checksum));
		CHECK(strcmp(md->checksum, crlf) != 0);
		CHECK(migration_checksum_matches(md, crlf));
		CHECK(!migration_checksum_matches(md, other));
	}
	migrations_release(&m);
	{
		char cmd[128];
		snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
		CHECK(system(cmd) == 0);
	}
}

TEST(new_migration_names)
{
	char *n = migration_new_name("add_users");
	CHECK_INT(strlen(n), 14 + 1 + 9);
	CHECK(n[14] == '_');
	CHECK(!strncmp(n, "20", 2));
	free(n);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
