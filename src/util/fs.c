/* fs.c: file helpers on POSIX. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

int fs_read_file(const char *path, struct strbuf *sb)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		errno = EISDIR;
		return -1;
	}
	/* Room for the size stat() gives; anything past it (a growing file, a
	 * pipe) is read through a small buffer and appended. */
	if (st.st_size > 0)
		strbuf_grow(sb, (size_t)st.st_size);
	for (;;) {
		char more[4096];
		size_t room = sb->alloc ? sb->alloc - sb->len - 1 : 0;
		ssize_t n = read(fd, room ? sb->buf + sb->len : more, room ? room : sizeof(more));
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		if (room) {
			sb->len += (size_t)n;
			sb->buf[sb->len] = '\0';
		} else {
			strbuf_add(sb, more, (size_t)n);
		}
	}
	close(fd);
	return 0;
}

int fs_write_file_atomic(const char *path, const char *data, size_t len)
{
	struct strbuf tmp = STRBUF_INIT;
	int fd, e;
	size_t off = 0;
	struct stat st;
	mode_t mode = 0644;

	if (stat(path, &st) == 0)
		mode = st.st_mode & 07777;
	strbuf_addf(&tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp.buf, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
	if (fd < 0)
		goto fail;
	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			goto fail_close;
		}
		off += (size_t)n;
	}
	if (fsync(fd) < 0 || close(fd) < 0) {
		fd = -1;
		goto fail_unlink;
	}
	if (rename(tmp.buf, path) < 0)
		goto fail_unlink;
	strbuf_release(&tmp);
	return 0;
fail_close:
	e = errno;
	close(fd);
	errno = e;
fail_unlink:
	e = errno;
	unlink(tmp.buf);
	errno = e;
fail:
	e = errno;
	strbuf_release(&tmp);
	errno = e;
	return -1;
}

bool fs_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool fs_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

char *fs_join(const char *a, const char *b)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, a);
	if (sb.len && sb.buf[sb.len - 1] != '/')
		strbuf_addch(&sb, '/');
	strbuf_addstr(&sb, b);
	return strbuf_detach(&sb, NULL);
}

char *fs_relpath(const char *from_dir, const char *to)
{
	char *f = realpath(from_dir, NULL), *t = realpath(to, NULL);
	struct strbuf sb = STRBUF_INIT;
	size_t common = 0, i;
	if (!f || !t) {
		free(f);
		free(t);
		return NULL;
	}
	/* the longest common prefix that ends at a path component */
	for (i = 0; f[i] && f[i] == t[i]; i++)
		if (f[i] == '/')
			common = i;
	if (!f[i] && (t[i] == '/' || !t[i]))
		common = i;
	else if (!t[i] && f[i] == '/')
		common = i;
	/* one ../ per component of from_dir past the common part (the root "/" has none) */
	for (const char *p = f + common; *p && f[1]; p++)
		if (*p == '/')
			strbuf_addstr(&sb, "../");
	if (t[common] == '/')
		strbuf_addstr(&sb, t + common + 1);
	else
		strbuf_addstr(&sb, t + common);
	if (!sb.len)
		strbuf_addch(&sb, '.');
	else if (sb.buf[sb.len - 1] == '/')
		sb.buf[--sb.len] = '\0';
	free(f);
	free(t);
	return strbuf_detach(&sb, NULL);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_rec(const char *dir, const char *suffix, struct fs_list *out, int depth)
{
	DIR *d;
	struct dirent *de;
	if (depth > 64) {
		errno = ELOOP;
		return -1;
	}
	d = opendir(dir);
	if (!d)
		return -1;
	while ((de = readdir(d))) {
		char *path;
		struct stat st;
		if (de->d_name[0] == '.' && (!de->d_name[1] || (de->d_name[1] == '.' && !de->d_name[2])))
			continue;
		path = fs_join(dir, de->d_name);
		if (stat(path, &st) < 0) {
			free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (list_rec(path, suffix, out, depth + 1) < 0) {
				int e = errno;
				free(path);
				closedir(d);
				errno = e;
				return -1;
			}
			free(path);
		} else if (S_ISREG(st.st_mode) && (!suffix || str_ends_with(de->d_name, suffix))) {
			vec_push(&out->paths, path);
		} else {
			free(path);
		}
	}
	closedir(d);
	return 0;
}

int fs_list_files(const char *dir, const char *suffix, struct fs_list *out)
{
	memset(out, 0, sizeof(*out));
	if (list_rec(dir, suffix, out, 0) < 0) {
		int e = errno;
		fs_list_release(out);
		errno = e;
		return -1;
	}
	if (out->paths.len)
		qsort(out->paths.items, out->paths.len, sizeof(char *), cmp_str);
	return 0;
}

void fs_list_release(struct fs_list *l)
{
	for (size_t i = 0; i < l->paths.len; i++)
		free(l->paths.items[i]);
	vec_free(&l->paths);
}

int fs_mkdirs(const char *path, int mode)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s == '/') {
			*s = '\0';
			if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
				int e = errno;
				free(p);
				errno = e;
				return -1;
			}
			*s = '/';
		}
	}
	if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
		int e = errno;
		free(p);
		errno = e;
		return -1;
	}
	free(p);
	return 0;
}
