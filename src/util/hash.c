/*
 * hash.c: SHA-256 through OpenSSL's libcrypto, loaded with dlopen() on first
 * use (schema-only commands never load it; see sql/pg/pq.h for why), and
 * UUIDs from getrandom().
 */
#include <dlfcn.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

#include "hash.h"
#include "util.h"

static struct {
	__typeof__(EVP_Digest) *digest;
	__typeof__(EVP_sha256) *sha256;
} crypto;
static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;

static void crypto_load(void)
{
	void *h = dlopen("libcrypto.so.3", RTLD_LAZY | RTLD_LOCAL);
	if (!h)
		h = dlopen("libcrypto.so", RTLD_LAZY | RTLD_LOCAL);
	if (!h)
		return;
	*(void **)&crypto.digest = dlsym(h, "EVP_Digest");
	*(void **)&crypto.sha256 = dlsym(h, "EVP_sha256");
}

void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1])
{
	unsigned char md[32];
	unsigned int n = 0;
	static const char hex[] = "0123456789abcdef";
	pthread_once(&crypto_once, crypto_load);
	if (!crypto.digest || !crypto.sha256) {
		fputs("rdb: cannot load OpenSSL's libcrypto.so.3 (apt-get install libssl3)\n", stderr);
		abort();
	}
	if (!crypto.digest(data, len, md, &n, crypto.sha256(), NULL) || n != 32)
		abort(); /* only fails without memory */
	for (int i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

void uuid_v4(char out[UUID_STR_LEN + 1])
{
	unsigned char b[16];
	size_t got = 0;
	while (got < sizeof(b)) {
		ssize_t n = getrandom(b + got, sizeof(b) - got, 0);
		if (n < 0)
			abort();
		got += (size_t)n;
	}
	b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
	snprintf(out, UUID_STR_LEN + 1,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
		 b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}
