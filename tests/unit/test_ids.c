/*
 * test_ids.c: the client-side id functions (src/runtime/ids.c): formats,
 * version and variant bits, alphabets, uniqueness, and the monotonic order
 * of uuid(7) and ulid() within one millisecond.
 */
#include <ctype.h>
#include <stdlib.h>

#include "rdb/client.h"
#include "t.h"

#define N 5000

static bool all_in(const char *s, const char *alphabet)
{
	for (; *s; s++)
		if (!strchr(alphabet, *s))
			return false;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

/* n ids of width w in buf: no two equal */
static bool unique_ids(char *buf, size_t n, size_t w)
{
	qsort(buf, n, w, cmp_str);
	for (size_t i = 1; i < n; i++)
		if (!strcmp(buf + (i - 1) * w, buf + i * w))
			return false;
	return true;
}

static bool uuid_shape(const char *s, char version)
{
	if (strlen(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
		return false;
	for (int i = 0; i < 36; i++)
		if (i != 8 && i != 13 && i != 18 && i != 23 && !strchr("0123456789abcdef", s[i]))
			return false;
	return s[14] == version && strchr("89ab", s[19]);
}

TEST(uuid4_format_and_uniqueness)
{
	static char ids[N][40];
	struct rdb_error err;
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_uuid4(ids[i], sizeof(ids[i]), &err), 0);
		if (!uuid_shape(ids[i], '4')) {
			CHECK_STR(ids[i], "a v4 uuid");
			return;
		}
	}
	CHECK(unique_ids(&ids[0][0], N, sizeof(ids[0])));
}

TEST(uuid7_format_time_and_monotonic)
{
	static char ids[N][40];
	struct rdb_error err;
	int64_t before = rdb_wall_now_us() / 1000;
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_uuid7(ids[i], sizeof(ids[i]), &err), 0);
		if (!uuid_shape(ids[i], '7')) {
			CHECK_STR(ids[i], "a v7 uuid");
			return;
		}
		if (i && strcmp(ids[i - 1], ids[i]) >= 0) {
			t_fail(__FILE__, __LINE__, "not increasing: %s then %s", ids[i - 1], ids[i]);
			return;
		}
	}
	/* the first 48 bits are the Unix time in milliseconds */
	char hex[13];
	memcpy(hex, ids[0], 8);
	memcpy(hex + 8, ids[0] + 9, 4);
	hex[12] = '\0';
	long long ms = strtoll(hex, NULL, 16);
	CHECK(ms >= before && ms <= before + 5000);
}

TEST(ulid_format_and_monotonic)
{
	static char ids[N][32];
	struct rdb_error err;
	int64_t before = rdb_wall_now_us() / 1000;
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_ulid(ids[i], sizeof(ids[i]), &err), 0);
		CHECK_INT(strlen(ids[i]), 26);
		CHECK(all_in(ids[i], "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));
		if (i && strcmp(ids[i - 1], ids[i]) >= 0) {
			t_fail(__FILE__, __LINE__, "not increasing: %s then %s", ids[i - 1], ids[i]);
			return;
		}
	}
	/* 10 characters of time: 48 bits of milliseconds, the first digit at most 7 */
	long long ms = 0;
	static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	for (int i = 0; i < 10; i++)
		ms = ms * 32 + (strchr(crockford, ids[0][i]) - crockford);
	CHECK(ids[0][0] <= '7');
	CHECK(ms >= before && ms <= before + 5000);
}

TEST(cuid_format)
{
	static char ids[N][32];
	struct rdb_error err;
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_cuid(ids[i], sizeof(ids[i]), &err), 0);
		CHECK_INT(strlen(ids[i]), 25);
		CHECK(ids[i][0] == 'c');
		CHECK(all_in(ids[i], "0123456789abcdefghijklmnopqrstuvwxyz"));
	}
	CHECK(unique_ids(&ids[0][0], N, sizeof(ids[0])));
}

TEST(cuid2_format)
{
	static char ids[N][32];
	struct rdb_error err;
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_cuid2(ids[i], sizeof(ids[i]), &err), 0);
		CHECK_INT(strlen(ids[i]), 24);
		CHECK(islower((unsigned char)ids[i][0]));
		CHECK(all_in(ids[i], "0123456789abcdefghijklmnopqrstuvwxyz"));
	}
	CHECK(unique_ids(&ids[0][0], N, sizeof(ids[0])));
}

TEST(nanoid_lengths_and_alphabet)
{
	static char ids[N][32];
	char big[300];
	struct rdb_error err;
	const char *alphabet = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	for (int i = 0; i < N; i++) {
		CHECK_INT(rdb_id_nanoid(ids[i], sizeof(ids[i]), 0, &err), 0);
		CHECK_INT(strlen(ids[i]), 21);
		CHECK(all_in(ids[i], alphabet));
	}
	CHECK(unique_ids(&ids[0][0], N, sizeof(ids[0])));
	CHECK_INT(rdb_id_nanoid(big, sizeof(big), 10, &err), 0);
	CHECK_INT(strlen(big), 10);
	CHECK_INT(rdb_id_nanoid(big, sizeof(big), 256, &err), 0);
	CHECK_INT(strlen(big), 256);
	CHECK_INT(rdb_id_nanoid(big, sizeof(big), 257, &err), -1);
}

TEST(small_buffers_are_refused)
{
	char buf[20];
	struct rdb_error err;
	CHECK_INT(rdb_id_uuid4(buf, sizeof(buf), &err), -1);
	CHECK_INT(err.code, RDB_ERR_USAGE);
	CHECK_INT(rdb_id_ulid(buf, sizeof(buf), &err), -1);
	CHECK_INT(rdb_id_cuid(buf, sizeof(buf), &err), -1);
	CHECK_INT(rdb_id_nanoid(buf, sizeof(buf), 21, &err), -1);
	CHECK_INT(rdb_id_nanoid(buf, sizeof(buf), 19, &err), 0);
}

TEST(wall_clock_is_milliseconds)
{
	int64_t now = rdb_wall_now_us();
	CHECK_INT(now % 1000, 0);
	CHECK(now > 1700000000000000LL);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
