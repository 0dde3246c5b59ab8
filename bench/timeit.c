/*
 * timeit: runs a command N times and prints its wall time (min, median,
 * max, in ms) and the largest max-RSS of its runs (in MB), one line:
 *   timeit N LABEL -- CMD [ARGS...]
 * Output of the command goes to /dev/null. Exits 1 if any run failed
 * (unless TIMEIT_ANY_EXIT=1, for commands that are expected to fail).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int n, first = 4, failed = 0;
	double *ms;
	long max_rss = 0;
	const char *label;
	int any_exit = getenv("TIMEIT_ANY_EXIT") && !strcmp(getenv("TIMEIT_ANY_EXIT"), "1");

	if (argc < 5 || strcmp(argv[3], "--")) {
		fprintf(stderr, "usage: timeit N LABEL -- CMD [ARGS...]\n");
		return 2;
	}
	n = atoi(argv[1]);
	label = argv[2];
	if (n < 1)
		n = 1;
	ms = calloc((size_t)n, sizeof(*ms));
	for (int i = 0; i < n; i++) {
		struct timespec t0, t1;
		struct rusage ru;
		int status;
		pid_t pid;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		pid = fork();
		if (pid == 0) {
			int fd = open("/dev/null", O_WRONLY);
			dup2(fd, 1);
			dup2(fd, 2);
			execvp(argv[first], argv + first);
			_exit(127);
		}
		if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
			perror("timeit");
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
		if (ru.ru_maxrss > max_rss)
			max_rss = ru.ru_maxrss;
		if (!any_exit && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
			failed = 1;
	}
	qsort(ms, (size_t)n, sizeof(*ms), cmp_double);
	printf("%-44s %9.2f %9.2f %9.2f %9.1f\n", label, ms[0], ms[n / 2], ms[n - 1], (double)max_rss / 1024.0);
	free(ms);
	if (failed)
		fprintf(stderr, "timeit: %s: a run exited with an error\n", label);
	return failed;
}
