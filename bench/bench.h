/*
 * bench.h: what the client benchmarks share: clocks, fatal errors, libpq's
 * binary integers, the median of a run, and the resident set size. Static
 * functions, one copy per benchmark program; BENCH_NAME prefixes errors.
 */
#ifndef RDB_BENCH_H
#define RDB_BENCH_H

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "rdb/rdb.h"
#include "sql/pg/conn.h"

#ifndef BENCH_NAME
#error "define BENCH_NAME before including bench.h"
#endif

static inline double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this process: the client's own cost, without the server's. */
static inline double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline void die(const char *what, const char *msg)
{
	fprintf(stderr, "%s: %s: %s\n", BENCH_NAME, what, msg);
	exit(1);
}

static inline void check(int rc, const struct rdb_error *err, const char *what)
{
	if (rc < 0)
		die(what, err->message);
}

static inline void raw_ok(PGresult *r, const char *what)
{
	ExecStatusType st = PQresultStatus(r);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		die(what, PQresultErrorMessage(r));
}

static inline uint32_t be32(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static inline uint64_t be64(const char *p)
{
	return (uint64_t)be32(p) << 32 | be32(p + 4);
}

static inline void put_be32(char *p, uint32_t v)
{
	p[0] = (char)(v >> 24);
	p[1] = (char)(v >> 16);
	p[2] = (char)(v >> 8);
	p[3] = (char)v;
}

static inline void put_be64(char *p, uint64_t v)
{
	put_be32(p, (uint32_t)(v >> 32));
	put_be32(p + 4, (uint32_t)v);
}

static inline int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Sorts v. */
static inline double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static inline long rss_kb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

struct mem {
	long heap_kb;     /* heap in use while the result is held, over the baseline */
	long peak_rss_kb; /* peak resident set during the read, over the baseline */
};

/*
 * Memory of one read, in a fresh child so that earlier reads leave no
 * trace: warm() first (statements prepared), then what hold() allocates
 * while its result is held, and the peak RSS on the way; release() frees
 * that result.
 */
static inline struct mem bench_memory(void (*warm)(void), void *(*hold)(void), void (*release)(void *))
{
	int fds[2];
	struct mem m = {0, 0};
	pid_t pid;
	if (pipe(fds) < 0)
		die("pipe", "failed");
	pid = fork();
	if (pid == 0) {
		struct mallinfo2 a, b;
		struct rusage ru;
		long base_rss;
		struct mem out;
		void *held;
		warm();
		malloc_trim(0);
		a = mallinfo2();
		base_rss = rss_kb();
		held = hold();
		b = mallinfo2();
		release(held);
		getrusage(RUSAGE_SELF, &ru);
		out.heap_kb = (long)((b.uordblks + b.hblkhd) - (a.uordblks + a.hblkhd)) / 1024;
		out.peak_rss_kb = ru.ru_maxrss - base_rss;
		if (write(fds[1], &out, sizeof(out)) != (ssize_t)sizeof(out))
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	if (read(fds[0], &m, sizeof(m)) != (ssize_t)sizeof(m))
		die("measure", "child failed");
	close(fds[0]);
	waitpid(pid, NULL, 0);
	return m;
}

#endif
