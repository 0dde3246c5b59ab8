/*
 * utf8.h: decoding and the two Unicode classes the PSL grammar needs
 * (letters for identifiers, space separators for whitespace). No ownership.
 */
#ifndef RDB_UTF8_H
#define RDB_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decodes one code point at s (n bytes available). Returns its length in
 * bytes (1..4), or 0 for an invalid or truncated sequence.
 */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Returns the offset of the first invalid byte, or (size_t)-1 if all valid. */
size_t utf8_validate(const char *s, size_t n);
bool unicode_is_letter(uint32_t cp);
bool unicode_is_space_separator(uint32_t cp);
/* Number of code points in s[0..n), for column numbers. */
size_t utf8_count(const char *s, size_t n);

#endif
