/*
 * proc.h: running a program and collecting its output, optionally as
 * another user (PostgreSQL's server refuses to run as root).
 *
 * Ownership: output goes to a caller-owned strbuf.
 */
#ifndef RDB_PROC_H
#define RDB_PROC_H

#include <stdbool.h>
#include <sys/types.h>

#include "strbuf.h"

struct proc_opts {
	const char *as_user;  /* run as this user (requires root), or NULL */
	const char *cwd;      /* or NULL */
	struct strbuf *out;   /* stdout and stderr, or NULL to discard */
	int timeout_s;        /* 0: no limit */
};

/* Runs argv; returns its exit status (0..255), or -1 with errno set. */
int proc_run(char *const argv[], const struct proc_opts *o);
/* Looks a user up; false when unknown. */
bool proc_user_ids(const char *user, uid_t *uid, gid_t *gid);

#endif
