/* util.c: allocation, arena, vectors, string map, string helpers. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

void die_oom(void)
{
	fputs("rdb: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xcalloc(size_t count, size_t n)
{
	void *p = calloc(count ? count : 1, n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* ---- arena ---- */

struct arena_chunk {
	struct arena_chunk *next;
	max_align_t data[]; /* keeps the payload aligned for any type */
};

#define ARENA_CHUNK_MIN (64 * 1024 - sizeof(struct arena_chunk))

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->cur = a->end = NULL;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	arena_init(a);
}

/* The head chunk is full: a new one (need is already rounded up to 8). */
void *arena_alloc_slow_(struct arena *a, size_t need)
{
	size_t size = need > ARENA_CHUNK_MIN ? need : ARENA_CHUNK_MIN;
	struct arena_chunk *c = xmalloc(sizeof(*c) + size);
	char *p = (char *)c->data;
	/* A big one-off block goes behind the head so the head keeps its free space. */
	if (a->head && need > ARENA_CHUNK_MIN) {
		c->next = a->head->next;
		a->head->next = c;
		return p;
	}
	c->next = a->head;
	a->head = c;
	a->cur = p + need;
	a->end = p + size;
	return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
	void *p = arena_alloc_raw(a, n);
	memset(p, 0, n);
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void *arena_memdup(struct arena *a, const void *p, size_t n)
{
	void *q = arena_alloc_raw(a, n);
	if (n)
		memcpy(q, p, n);
	return q;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, ap2;
	int n;
	char *p;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	p = arena_alloc_raw(a, (size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return p;
}

/* ---- vectors ---- */

static size_t grow_cap(size_t cap, size_t need)
{
	size_t n = cap ? cap * 2 : 4;
	while (n < need)
		n *= 2;
	return n;
}

void vec_grow_(void **items, size_t *cap, size_t need, size_t elem)
{
	size_t n;
	if (need <= *cap)
		return;
	n = grow_cap(*cap, need);
	if (n > SIZE_MAX / elem)
		die_oom();
	*items = xrealloc(*items, n * elem);
	*cap = n;
}

/* Moves an arena vector to a block of exactly n elements (n >= its length). */
static void avec_move(struct arena *a, void **items, size_t *cap, size_t n, size_t elem)
{
	void *p;
	if (n > SIZE_MAX / elem)
		die_oom();
	/* Elements are written by the pushes: the block needs no zeroing. */
	p = arena_alloc_raw(a, n * elem);
	if (*cap)
		memcpy(p, *items, *cap * elem);
	*items = p;
	*cap = n;
}

void avec_grow_(struct arena *a, void **items, size_t *cap, size_t need, size_t elem)
{
	if (need > *cap)
		avec_move(a, items, cap, grow_cap(*cap, need), elem);
}

void avec_reserve_(struct arena *a, void **items, size_t *cap, size_t need, size_t elem)
{
	if (need > *cap)
		avec_move(a, items, cap, need, elem);
}

void vec_to_arena_(struct arena *a, void **items, size_t *cap, size_t len, size_t elem)
{
	void *p = len ? arena_memdup(a, *items, len * elem) : NULL;
	free(*items);
	*items = p;
	*cap = len;
}

/* ---- strmap ---- */

uint64_t hash64(const void *p, size_t len, uint64_t seed)
{
	const unsigned char *b = p;
	const uint64_t k = 0x9E3779B97F4A7C15ull;
	uint64_t h = (seed ^ len) * k, w = 0;
	size_t n = len;
	/* the tail is read as overlapping fixed-size words: no byte loop */
	if (n > 8) {
		for (; n > 8; b += 8, n -= 8) {
			memcpy(&w, b, 8);
			h = (h ^ w) * k;
			h ^= h >> 31;
		}
		memcpy(&w, b + n - 8, 8);
	} else if (n >= 4) {
		uint32_t lo, hi;
		memcpy(&lo, b, 4);
		memcpy(&hi, b + n - 4, 4);
		w = (uint64_t)lo << 32 | hi;
	} else if (n) {
		w = (uint64_t)b[0] << 16 | (uint64_t)b[n >> 1] << 8 | b[n - 1];
	}
	h = (h ^ w) * k;
	h ^= h >> 31;
	h *= 0xBF58476D1CE4E5B9ull;
	return h ^ (h >> 29);
}

void strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = m->len = 0;
}

void strmap_release(struct strmap *m)
{
	free(m->slots);
	strmap_init(m);
}

static struct strmap_entry *strmap_find(const struct strmap *m, const char *key,
					size_t keylen, uint32_t h)
{
	size_t mask = m->cap - 1, i = h & mask;
	for (;;) {
		struct strmap_entry *e = &m->slots[i];
		if (!e->key)
			return e;
		if (e->hash == h && e->keylen == keylen && !memcmp(e->key, key, keylen))
			return e;
		i = (i + 1) & mask;
	}
}

static void strmap_rehash(struct strmap *m)
{
	struct strmap_entry *old = m->slots;
	size_t oldcap = m->cap;
	m->cap = oldcap ? oldcap * 2 : 16;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (size_t i = 0; i < oldcap; i++) {
		if (old[i].key)
			*strmap_find(m, old[i].key, old[i].keylen, old[i].hash) = old[i];
	}
	free(old);
}

void strmap_reserve(struct strmap *m, size_t n)
{
	size_t cap = m->cap ? m->cap : 16;
	while ((n + 1) * 4 >= cap * 3)
		cap *= 2;
	while (m->cap < cap)
		strmap_rehash(m);
}

void *strmap_put(struct strmap *m, const char *key, size_t keylen, void *value)
{
	uint32_t h = hash_bytes(key, keylen);
	struct strmap_entry *e;
	if ((m->len + 1) * 4 >= m->cap * 3)
		strmap_rehash(m);
	e = strmap_find(m, key, keylen, h);
	if (e->key)
		return e->value;
	e->key = key;
	e->keylen = keylen;
	e->hash = h;
	e->value = value;
	m->len++;
	return NULL;
}

void *strmap_get(const struct strmap *m, const char *key, size_t keylen)
{
	struct strmap_entry *e;
	if (!m->cap)
		return NULL;
	e = strmap_find(m, key, keylen, hash_bytes(key, keylen));
	return e->key ? e->value : NULL;
}

/* ---- strings ---- */

bool str_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

bool str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

/* Optimal string alignment distance: Levenshtein plus adjacent transpositions ("nmae"). */
char *str_uint(char *buf, size_t size, uint64_t v)
{
	char *p = buf + size;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	return p;
}

size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	size_t *prev2 = xcalloc(m + 1, sizeof(size_t)), *prev = xcalloc(m + 1, sizeof(size_t)),
	       *cur = xcalloc(m + 1, sizeof(size_t));
	size_t result;
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t *t;
		cur[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	result = prev[m];
	free(prev2);
	free(prev);
	free(cur);
	return result;
}
