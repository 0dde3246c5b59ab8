/* pq.c: dlopen()ing libpq and resolving the functions rdb uses. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#define RDB_PQ_NO_RENAME
#include "pq.h"

struct rdb_pq_api rdb_pq;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char load_error[512];

static void load(void)
{
	static const char *const names[] = {"libpq.so.5", "libpq.so"};
	void *h = NULL;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !h; i++)
		h = dlopen(names[i], RTLD_LAZY | RTLD_LOCAL);
	if (!h) {
		snprintf(load_error, sizeof(load_error), "%s", dlerror());
		return;
	}
	/* Functions missing from an old libpq stay NULL; the core ones are checked. */
#define RDB_PQ_RESOLVE(f) *(void **)(&rdb_pq.f) = dlsym(h, #f);
	RDB_PQ_FUNCS(RDB_PQ_RESOLVE)
#undef RDB_PQ_RESOLVE
	if (!rdb_pq.PQconnectdbParams || !rdb_pq.PQexec || !rdb_pq.PQexecParams)
		snprintf(load_error, sizeof(load_error), "libpq.so.5 lacks core functions");
}

int rdb_pq_load(struct rdb_error *err)
{
	pthread_once(&once, load);
	if (!load_error[0])
		return 0;
	rdb_error_set(err, RDB_ERR_CONFIG, "cannot load the PostgreSQL client library: %s", load_error);
	rdb_error_hint(err, "install it with 'apt-get install libpq5'");
	return -1;
}
