/*
 * ids.c: the id functions Prisma's client evaluates itself for
 * @default(uuid()), uuid(7), cuid(), cuid(2), nanoid(n), ulid() and now().
 * Randomness comes from getrandom(2), falling back to /dev/urandom.
 *
 * uuid(7) and ulid() must sort in creation order even within one
 * millisecond, so each thread remembers its last timestamp and counter
 * (thread-local, so no locks): the one piece of state the client keeps.
 * cuid(2) here has cuid2's shape (a letter, then 23 base-36 characters) from
 * random bytes rather than cuid2's hash of several sources; ids stay
 * unguessable and unique, which is what callers rely on.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "rdb/client.h"
#include "util/util.h"

int rdb_random_bytes(void *buf, size_t n, struct rdb_error *err)
{
	unsigned char *p = buf;
	size_t got = 0;
	while (got < n) {
		ssize_t r = getrandom(p + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (got == n)
		return 0;
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return rdb_error_set(err, RDB_ERR_INTERNAL, "no source of random bytes: %s", strerror(errno));
	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			close(fd);
			return rdb_error_set(err, RDB_ERR_INTERNAL, "cannot read /dev/urandom");
		}
		got += (size_t)r;
	}
	close(fd);
	return 0;
}

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int64_t rdb_wall_now_us(void)
{
	return (int64_t)now_ms() * 1000;
}

static int room(size_t size, size_t need, struct rdb_error *err)
{
	if (size < need + 1)
		return rdb_error_set(err, RDB_ERR_USAGE, "id buffer too small: %zu bytes for a %zu-character id", size,
				     need);
	return 0;
}

static void uuid_format(const unsigned char b[16], char *buf)
{
	static const char hex[] = "0123456789abcdef";
	size_t j = 0;
	for (size_t i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			buf[j++] = '-';
		buf[j++] = hex[b[i] >> 4];
		buf[j++] = hex[b[i] & 15];
	}
	buf[j] = '\0';
}

int rdb_id_uuid4(char *buf, size_t size, struct rdb_error *err)
{
	unsigned char b[16];
	if (room(size, 36, err) < 0 || rdb_random_bytes(b, sizeof(b), err) < 0)
		return -1;
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	uuid_format(b, buf);
	return 0;
}

/* uuid(7): 48-bit milliseconds, then a 12-bit counter that restarts at a random
 * point each millisecond (RFC 9562 method 1), then random bits. */
static _Thread_local uint64_t uuid7_ms;
static _Thread_local unsigned uuid7_seq;

int rdb_id_uuid7(char *buf, size_t size, struct rdb_error *err)
{
	unsigned char b[16];
	uint64_t ms = now_ms();
	if (room(size, 36, err) < 0 || rdb_random_bytes(b, sizeof(b), err) < 0)
		return -1;
	if (ms > uuid7_ms) {
		uuid7_ms = ms;
		uuid7_seq = ((unsigned)b[6] << 8 | b[7]) & 0x3ff; /* leave room to count up */
	} else if (++uuid7_seq > 0xfff) {
		uuid7_ms++; /* the counter ran out: borrow the next millisecond */
		uuid7_seq = 0;
	}
	for (int i = 0; i < 6; i++)
		b[i] = (unsigned char)(uuid7_ms >> (40 - 8 * i));
	b[6] = (unsigned char)(0x70 | (uuid7_seq >> 8));
	b[7] = (unsigned char)(uuid7_seq & 0xff);
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
	uuid_format(b, buf);
	return 0;
}

static void base36(uint64_t v, char *out, size_t width)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	for (size_t i = width; i-- > 0;) {
		out[i] = digits[v % 36];
		v /= 36;
	}
}

static _Thread_local unsigned cuid_counter;

int rdb_id_cuid(char *buf, size_t size, struct rdb_error *err)
{
	unsigned char r[8];
	uint64_t rnd1, rnd2;
	char host[64] = "";
	unsigned hsum = 0;
	if (room(size, 25, err) < 0 || rdb_random_bytes(r, sizeof(r), err) < 0)
		return -1;
	gethostname(host, sizeof(host) - 1);
	for (const char *p = host; *p; p++)
		hsum += (unsigned char)*p;
	buf[0] = 'c';
	base36(now_ms(), buf + 1, 8);
	base36(cuid_counter++ % (36u * 36 * 36 * 36), buf + 9, 4);
	base36((uint64_t)getpid() % (36 * 36), buf + 13, 2);
	base36((uint64_t)(hsum + 36) % (36 * 36), buf + 15, 2);
	rnd1 = (uint64_t)r[0] << 24 | (uint64_t)r[1] << 16 | (uint64_t)r[2] << 8 | r[3];
	rnd2 = (uint64_t)r[4] << 24 | (uint64_t)r[5] << 16 | (uint64_t)r[6] << 8 | r[7];
	base36(rnd1 % (36u * 36 * 36 * 36), buf + 17, 4);
	base36(rnd2 % (36u * 36 * 36 * 36), buf + 21, 4);
	buf[25] = '\0';
	return 0;
}

int rdb_id_cuid2(char *buf, size_t size, struct rdb_error *err)
{
	unsigned char r[24];
	if (room(size, 24, err) < 0 || rdb_random_bytes(r, sizeof(r), err) < 0)
		return -1;
	/* 256 % 26 and 256 % 36 bias is below 2%; ids need unpredictability, not uniformity. */
	buf[0] = (char)('a' + r[0] % 26);
	for (int i = 1; i < 24; i++)
		buf[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[r[i] % 36];
	buf[24] = '\0';
	return 0;
}

int rdb_id_nanoid(char *buf, size_t size, int length, struct rdb_error *err)
{
	static const char alphabet[] = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	unsigned char r[256];
	size_t n = length > 0 ? (size_t)length : 21;
	if (n > sizeof(r))
		return rdb_error_set(err, RDB_ERR_USAGE, "nanoid length %zu is larger than 256", n);
	if (room(size, n, err) < 0 || rdb_random_bytes(r, n, err) < 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		buf[i] = alphabet[r[i] & 63]; /* 64 symbols: no bias */
	buf[n] = '\0';
	return 0;
}

/* ulid(): 48-bit milliseconds + 80 random bits; within one millisecond the
 * random part counts up from the previous id (the monotonic ULID rule). */
static _Thread_local uint64_t ulid_ms;
static _Thread_local unsigned char ulid_rand[10];

int rdb_id_ulid(char *buf, size_t size, struct rdb_error *err)
{
	static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char b[16];
	uint64_t ms = now_ms();
	if (room(size, 26, err) < 0)
		return -1;
	if (ms > ulid_ms) {
		if (rdb_random_bytes(ulid_rand, sizeof(ulid_rand), err) < 0)
			return -1;
		ulid_ms = ms;
	} else {
		int i = 9;
		while (i >= 0 && ++ulid_rand[i] == 0)
			i--;
		if (i < 0) /* 2^80 ids in one millisecond: borrow the next one */
			ulid_ms++;
	}
	for (int i = 0; i < 6; i++)
		b[i] = (unsigned char)(ulid_ms >> (40 - 8 * i));
	memcpy(b + 6, ulid_rand, 10);
	/* 128 bits as 26 base-32 digits, the first holding the top 3 bits */
	for (int i = 0; i < 26; i++) {
		int bit = 128 - 5 * (26 - i); /* first bit of this digit, may be negative for digit 0 */
		unsigned v = 0;
		for (int k = 0; k < 5; k++) {
			int pos = bit + k;
			v <<= 1;
			if (pos >= 0)
				v |= (b[pos / 8] >> (7 - pos % 8)) & 1u;
		}
		buf[i] = crockford[v];
	}
	buf[26] = '\0';
	return 0;
}
