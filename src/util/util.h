/*
 * util.h: the small pieces every module uses: checked allocation, the
 * arena, typed growable arrays and a string-keyed hash map.
 *
 * Ownership: xmalloc/xrealloc memory belongs to the caller and is freed with
 * free(); everything allocated from an arena is freed at once by arena_free().
 */
#ifndef RDB_UTIL_H
#define RDB_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define RDB_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define RDB_NORETURN __attribute__((noreturn))
#else
#define RDB_PRINTF(f, a)
#define RDB_NORETURN
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Out of memory is not an error we can report usefully: these abort. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
RDB_NORETURN void die_oom(void);

/* ---- arena: bump allocation, freed in one call ------------------------ */

struct arena_chunk;
struct arena {
	struct arena_chunk *head;
	char *cur, *end; /* the free room of the head chunk */
};

void arena_init(struct arena *a);
void arena_free(struct arena *a);
void *arena_alloc_slow_(struct arena *a, size_t need);
/* n bytes, 8-aligned, not zeroed: for callers that write every byte. */
static inline void *arena_alloc_raw(struct arena *a, size_t n)
{
	size_t need = (n + 7) & ~(size_t)7;
	char *p = a->cur;
	if ((size_t)(a->end - p) < need)
		return arena_alloc_slow_(a, need);
	a->cur = p + need;
	return p;
}
void *arena_alloc(struct arena *a, size_t n);   /* zeroed, 8-aligned */
static inline char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = (char *)arena_alloc_raw(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
char *arena_strdup(struct arena *a, const char *s);
void *arena_memdup(struct arena *a, const void *p, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) RDB_PRINTF(2, 3);

/*
 * Growable arrays. A VEC(T) is a plain struct {items, len, cap}; heap vectors
 * are released with vec_free(), arena vectors (avec_push) die with the arena.
 */
#define VEC(T)                                                                 \
	struct {                                                               \
		T *items;                                                      \
		size_t len, cap;                                               \
	}

void vec_grow_(void **items, size_t *cap, size_t need, size_t elem);
void avec_grow_(struct arena *a, void **items, size_t *cap, size_t need, size_t elem);
void avec_reserve_(struct arena *a, void **items, size_t *cap, size_t need, size_t elem);

#define vec_push(v, x)                                                         \
	do {                                                                   \
		if ((v)->len == (v)->cap)                                      \
			vec_grow_((void **)&(v)->items, &(v)->cap,             \
				  (v)->len + 1, sizeof(*(v)->items));          \
		(v)->items[(v)->len++] = (x);                                  \
	} while (0)
#define avec_push(a, v, x)                                                     \
	do {                                                                   \
		if ((v)->len == (v)->cap)                                      \
			avec_grow_((a), (void **)&(v)->items, &(v)->cap,       \
				   (v)->len + 1, sizeof(*(v)->items));         \
		(v)->items[(v)->len++] = (x);                                  \
	} while (0)
/* Room for at least n elements in all, growing as vec_push does. */
#define vec_reserve(v, n) vec_grow_((void **)&(v)->items, &(v)->cap, (n), sizeof(*(v)->items))
/* Room for exactly n elements in all (no doubling): for a known final size. */
#define avec_reserve(a, v, n)                                                  \
	do {                                                                   \
		size_t need_ = (n);                                            \
		if (need_ > (v)->cap)                                          \
			avec_reserve_((a), (void **)&(v)->items, &(v)->cap,    \
				      need_, sizeof(*(v)->items));             \
	} while (0)
/*
 * Moves a heap vector (built with vec_push) into the arena at its final
 * size, so that the arena holds no copies left behind by doubling.
 */
void vec_to_arena_(struct arena *a, void **items, size_t *cap, size_t len, size_t elem);
#define vec_to_arena(a, v)                                                     \
	vec_to_arena_((a), (void **)&(v)->items, &(v)->cap, (v)->len, sizeof(*(v)->items))
#define vec_free(v)                                                            \
	do {                                                                   \
		free((v)->items);                                              \
		(v)->items = NULL;                                             \
		(v)->len = (v)->cap = 0;                                       \
	} while (0)

/* ---- strmap: string -> pointer, open addressing ----------------------- */

struct strmap_entry {
	const char *key; /* not owned: must outlive the map */
	size_t keylen;
	uint32_t hash;
	void *value;
};
struct strmap {
	struct strmap_entry *slots;
	size_t cap, len;
};

void strmap_init(struct strmap *m);
void strmap_release(struct strmap *m);
/* Returns the existing value when the key is present (and does not replace it). */
void *strmap_put(struct strmap *m, const char *key, size_t keylen, void *value);
void *strmap_get(const struct strmap *m, const char *key, size_t keylen);
/* Makes room for n keys in all, so that filling the map rehashes no more. */
void strmap_reserve(struct strmap *m, size_t n);
static inline void *strmap_gets(const struct strmap *m, const char *key)
{
	return strmap_get(m, key, strlen(key));
}
/* A fast non-cryptographic hash (8 bytes at a step), chainable through seed. */
uint64_t hash64(const void *p, size_t n, uint64_t seed);
static inline uint32_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = hash64(s, n, 0);
	return (uint32_t)(h ^ (h >> 32));
}

/* ---- small string helpers --------------------------------------------- */
/* The value of a standard base64 digit (A-Z a-z 0-9 + /), or -1. */
static inline int base64_digit(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}
/* The value of a hexadecimal digit, or -1. */
static inline int hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}
bool str_eq(const char *a, const char *b);       /* NULL-safe */
bool str_starts_with(const char *s, const char *prefix);
bool str_ends_with(const char *s, const char *suffix);
/*
 * Writes v in decimal at the end of buf[0..size) and returns where it
 * starts (no NUL; the length is buf + size - result). size >= 20.
 * For hot paths where snprintf's cost shows.
 */
char *str_uint(char *buf, size_t size, uint64_t v);
/* Levenshtein distance, for "did you mean" suggestions. */
size_t edit_distance(const char *a, const char *b);

#include "banned.h"
#endif
