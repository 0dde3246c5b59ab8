/* proc.c: fork/exec with captured output, a timeout, and a user switch. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "proc.h"

bool proc_user_ids(const char *user, uid_t *uid, gid_t *gid)
{
	struct passwd *pw = getpwnam(user);
	if (!pw)
		return false;
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	return true;
}

int proc_run(char *const argv[], const struct proc_opts *o)
{
	int pipefd[2];
	pid_t pid;
	int status = 0;
	uid_t uid = 0;
	gid_t gid = 0;
	time_t deadline = o->timeout_s > 0 ? time(NULL) + o->timeout_s : 0;

	if (o->as_user && !proc_user_ids(o->as_user, &uid, &gid)) {
		errno = ENOENT;
		return -1;
	}
	if (pipe(pipefd) < 0)
		return -1;
	fcntl(pipefd[0], F_SETFD, FD_CLOEXEC);
	fcntl(pipefd[1], F_SETFD, FD_CLOEXEC);
	pid = fork();
	if (pid < 0) {
		close(pipefd[0]);
		close(pipefd[1]);
		return -1;
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull >= 0)
			dup2(devnull, 0);
		dup2(pipefd[1], 1);
		dup2(pipefd[1], 2);
		if (o->as_user) {
			if (setgid(gid) < 0 || initgroups(o->as_user, gid) < 0 || setuid(uid) < 0)
				_exit(126);
		}
		if (o->cwd && chdir(o->cwd) < 0)
			_exit(126);
		/* A new process group, so a timeout can stop the whole tree. */
		setpgid(0, 0);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(pipefd[1]);
	for (;;) {
		char buf[4096];
		struct pollfd pfd = {pipefd[0], POLLIN, 0};
		int wait_ms = -1, pr;
		if (deadline) {
			time_t left = deadline - time(NULL);
			if (left <= 0) {
				kill(-pid, SIGKILL);
				break;
			}
			wait_ms = (int)left * 1000;
		}
		pr = poll(&pfd, 1, wait_ms);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr <= 0)
			continue;
		{
			ssize_t n = read(pipefd[0], buf, sizeof(buf));
			if (n <= 0)
				break;
			if (o->out)
				strbuf_add(o->out, buf, (size_t)n);
		}
	}
	close(pipefd[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
