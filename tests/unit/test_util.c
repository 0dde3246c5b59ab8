/* test_util.c: strbuf, arena, strmap, UTF-8, URL, TOML, JSON, hashes. */
#include <stdlib.h>

#include "t.h"
#include "util/hash.h"
#include "util/json.h"
#include "util/strbuf.h"
#include "util/toml.h"
#include "util/url.h"
#include "util/utf8.h"
#include "util/util.h"

TEST(str_uint_decimal)
{
	char buf[24], *p;
	static const struct {
		uint64_t v;
		const char *want;
	} cases[] = {{0, "0"}, {7, "7"}, {10, "10"}, {65535, "65535"}, {1234567890, "1234567890"},
		     {UINT64_MAX, "18446744073709551615"}};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		p = str_uint(buf, sizeof(buf), cases[i].v);
		CHECK((size_t)(buf + sizeof(buf) - p) == strlen(cases[i].want));
		CHECK(!memcmp(p, cases[i].want, strlen(cases[i].want)));
	}
}

TEST(strbuf_grows_and_formats)
{
	struct strbuf sb = STRBUF_INIT;
	for (int i = 0; i < 1000; i++)
		strbuf_addf(&sb, "%d,", i);
	CHECK_INT(sb.len, 3890);
	CHECK(!strncmp(sb.buf, "0,1,2,", 6));
	CHECK(strbuf_ends_with(&sb, "999,"));
	strbuf_release(&sb);
	CHECK_INT(sb.len, 0);
}

TEST(arena_vectors_and_strmap)
{
	struct arena a;
	struct strmap m;
	VEC(int) v = {0};
	char keys[200][16];
	arena_init(&a);
	for (int i = 0; i < 10000; i++)
		avec_push(&a, &v, i);
	CHECK_INT(v.len, 10000);
	CHECK_INT(v.items[9999], 9999);
	strmap_init(&m);
	for (int i = 0; i < 200; i++) {
		snprintf(keys[i], sizeof(keys[i]), "k%d", i);
		CHECK(strmap_put(&m, keys[i], strlen(keys[i]), (void *)(intptr_t)(i + 1)) == NULL);
	}
	CHECK((intptr_t)strmap_gets(&m, "k123") == 124);
	CHECK(strmap_gets(&m, "k200") == NULL);
	CHECK((intptr_t)strmap_put(&m, "k5", 2, (void *)99) == 6); /* existing kept */
	strmap_release(&m);
	arena_free(&a);
}

/*
 * hash64 reads short tails as overlapping words: every byte of every
 * length must count, the bytes past the end must not, and the seed chains.
 */
TEST(hash64_covers_every_byte)
{
	char buf[64] = {0}, copy[80] = {0};
	for (size_t n = 0; n <= 40; n++) {
		for (size_t i = 0; i < n; i++)
			buf[i] = (char)('a' + i % 26);
		uint64_t h = hash64(buf, n, 0);
		for (size_t i = 0; i < n; i++) { /* flip each byte in turn */
			buf[i] ^= 1;
			CHECK(hash64(buf, n, 0) != h);
			buf[i] ^= 1;
		}
		buf[n] = 'X'; /* past the end: ignored */
		CHECK(hash64(buf, n, 0) == h);
		memcpy(copy + 3, buf, n); /* unaligned copy: same hash */
		CHECK(hash64(copy + 3, n, 0) == h);
		CHECK(hash64(buf, n, 1) != h);
		if (n)
			CHECK(hash64(buf, n - 1, 0) != h);
	}
	CHECK(hash_bytes("id", 2) != hash_bytes("di", 2));
}

TEST(utf8)
{
	uint32_t cp;
	CHECK_INT(utf8_decode("\xc3\xa9", 2, &cp), 2);
	CHECK_INT(cp, 0xE9);
	CHECK_INT(utf8_decode("\xed\xa0\x80", 3, &cp), 0); /* surrogate */
	CHECK_INT(utf8_decode("\xc0\xaf", 2, &cp), 0);     /* overlong */
	CHECK_INT(utf8_validate("abcdefghij\xff", 11), 10);
	CHECK(utf8_validate("plain ascii text, longer than eight", 35) == (size_t)-1);
	CHECK(unicode_is_letter(0x4E2D)); /* 中 */
	CHECK(!unicode_is_letter('1'));
	CHECK(unicode_is_space_separator(0x3000));
	CHECK_INT(utf8_count("h\xc3\xa9llo", 6), 5);
}

TEST(edit_distance)
{
	CHECK_INT(edit_distance("validate", "valdate"), 1);
	CHECK_INT(edit_distance("", "abc"), 3);
	CHECK_INT(edit_distance("kitten", "sitting"), 3);
	CHECK_INT(edit_distance("nmae", "name"), 1);  /* a transposition is one edit */
	CHECK_INT(edit_distance("ca", "abc"), 3);     /* OSA, not full Damerau */
}

TEST(url_parse)
{
	struct url u;
	struct rdb_error err;
	CHECK(url_parse(&u, "postgresql://us%40r:p%3Ass@db.example.com:6543/my%20db?schema=app&sslmode=require", &err) == 0);
	CHECK_STR(u.scheme, "postgresql");
	CHECK_STR(u.user, "us@r");
	CHECK_STR(u.password, "p:ss");
	CHECK_STR(u.host, "db.example.com");
	CHECK_INT(u.port, 6543);
	CHECK_STR(u.path, "my db");
	CHECK_STR(url_param(&u, "schema"), "app");
	CHECK_STR(url_param(&u, "sslmode"), "require");
	url_release(&u);
	CHECK(url_parse(&u, "postgres://[::1]:5432/x", &err) == 0);
	CHECK_STR(u.host, "::1");
	url_release(&u);
	CHECK(url_parse(&u, "postgresql://h:99999/x", &err) == -1);
	CHECK(strstr(err.message, "port") != NULL);
	CHECK(url_parse(&u, "nonsense", &err) == -1);
	CHECK(url_parse(&u, "postgresql://u:%zz@h/x", &err) == -1);
	{
		char *r = url_redact("postgresql://u:secret@h/x");
		CHECK_STR(r, "postgresql://u:***@h/x");
		free(r);
	}
}

TEST(toml_subset)
{
	struct toml_doc d;
	struct rdb_error err;
	const char *text = "# c\nschema = \"prisma\"  # trailing\n[datasource]\nurl_env = 'DB_URL'\nlocal = true\nn = 42\n"
			   "list = [\"a\", \"b\"]\n";
	CHECK(toml_parse(&d, "x.toml", text, strlen(text), &err) == 0);
	CHECK_STR(toml_get(&d, "schema")->str, "prisma");
	CHECK_STR(toml_get(&d, "datasource.url_env")->str, "DB_URL");
	CHECK(toml_get(&d, "datasource.local")->boolean);
	CHECK_INT(toml_get(&d, "datasource.n")->num, 42);
	CHECK_INT(toml_get(&d, "datasource.list")->items.len, 2);
	toml_doc_release(&d);
	CHECK(toml_parse(&d, "x.toml", "a = 1\na = 2\n", 12, &err) == -1);
	CHECK(strstr(err.message, "defined twice") != NULL);
	CHECK(toml_parse(&d, "x.toml", "a = \"open\n", 10, &err) == -1);
	CHECK_INT(err.line, 1);
}

TEST(json_writer)
{
	struct strbuf sb = STRBUF_INIT;
	struct json_writer w;
	json_init(&w, &sb, false);
	json_object_begin(&w);
	json_key(&w, "a");
	json_int(&w, -3);
	json_key(&w, "s");
	json_string(&w, "q\"\n\x01");
	json_key(&w, "l");
	json_array_begin(&w);
	json_bool(&w, true);
	json_null(&w);
	json_object_begin(&w);
	json_object_end(&w);
	json_array_end(&w);
	json_object_end(&w);
	CHECK_STR(sb.buf, "{\"a\":-3,\"s\":\"q\\\"\\n\\u0001\",\"l\":[true,null,{}]}");
	strbuf_release(&sb);
}

TEST(sha256_and_uuid)
{
	char hex[65], u1[37], u2[37];
	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	{
		/* padding boundaries (one or two final blocks), checked against sha256sum */
		static const struct {
			size_t n;
			const char *hex;
		} xs[] = {
			{55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
			{56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
			{63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
			{64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
			{65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
			{119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
			{120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"},
		};
		char x[120];
		memset(x, 'x', sizeof(x));
		for (size_t i = 0; i < sizeof(xs) / sizeof(xs[0]); i++) {
			sha256_hex(x, xs[i].n, hex);
			CHECK_STR(hex, xs[i].hex);
		}
	}
	{
		char *a = malloc(1000000);
		memset(a, 'a', 1000000);
		sha256_hex(a, 1000000, hex);
		CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
		free(a);
	}
	uuid_v4(u1);
	uuid_v4(u2);
	CHECK_INT(strlen(u1), 36);
	CHECK(u1[14] == '4');
	CHECK(strchr("89ab", u1[19]) != NULL);
	CHECK(strcmp(u1, u2) != 0);
}

int main(int argc, char **argv)
{
	return t_main(argc, argv);
}
