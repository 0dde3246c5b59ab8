/*
 * hash.h: SHA-256 (hex, as Prisma stores migration checksums) and random
 * UUIDs (v4, the ids of _prisma_migrations rows). No ownership: callers
 * pass buffers of the sizes below.
 */
#ifndef RDB_HASH_H
#define RDB_HASH_H

#include <stddef.h>

#define SHA256_HEX_LEN 64
#define UUID_STR_LEN 36

/* The 32-byte digest. */
void sha256(const void *data, size_t len, unsigned char out[32]);
/* out: 65 bytes (64 hex digits and a NUL). */
void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);
/* out: 37 bytes. Random version 4 UUID from the kernel's CSPRNG. */
void uuid_v4(char out[UUID_STR_LEN + 1]);

#endif
