/*
 * fs.h: files and folders: whole-file reads, atomic writes, recursive
 * listings. Errors come back as -1 with errno set; nothing here prints.
 *
 * Ownership: read buffers and listed paths are heap memory owned by the
 * caller (strbuf_release / fs_list_release).
 */
#ifndef RDB_FS_H
#define RDB_FS_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"
#include "util.h"

/* Appends the whole file to sb. -1 with errno on failure. */
int fs_read_file(const char *path, struct strbuf *sb);
/* Writes via a temporary file in the same folder and rename(). */
int fs_write_file_atomic(const char *path, const char *data, size_t len);
bool fs_is_dir(const char *path);
bool fs_exists(const char *path);

struct fs_list {
	VEC(char *) paths;
};
/*
 * Every regular file under dir whose name ends with suffix (NULL: all),
 * recursively, sorted by path (byte order). -1 with errno on failure.
 */
int fs_list_files(const char *dir, const char *suffix, struct fs_list *out);
void fs_list_release(struct fs_list *l);

/*
 * The path of to relative to the folder from_dir ("../prisma/schema.prisma"),
 * both resolved (symlinks too) first; "." when they are the same. NULL when
 * either does not exist. Caller frees.
 */
char *fs_relpath(const char *from_dir, const char *to);

/* Joins a and b with one slash; caller frees. */
char *fs_join(const char *a, const char *b);
/* mkdir -p. */
int fs_mkdirs(const char *path, int mode);

#endif
