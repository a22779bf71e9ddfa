/* A growable string buffer (git's strbuf): SQL text, diagnostics and file
 * contents are all built by appending, never by guessing a size. */
#ifndef RETORT_SBUF_H
#define RETORT_SBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "retort_types.h"	/* struct sbuf, SBUF_INIT */

/* Room for extra more bytes and the NUL. */
void sbuf_grow(struct sbuf *sb, size_t extra);

/* Inline: SQL is written a keyword, a name and a comma at a time (over a
 * million appends in an upgrade of 10,000 revisions), and where the
 * string is a literal its length and copy are known where it is added. */
static inline void sbuf_add(struct sbuf *sb, const char *s, size_t n)
{
	if (sb->len + n >= sb->cap)
		sbuf_grow(sb, n);
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

static inline void sbuf_adds(struct sbuf *sb, const char *s)
{
	sbuf_add(sb, s, strlen(s));
}

static inline void sbuf_addc(struct sbuf *sb, char c)
{
	if (sb->len + 1 >= sb->cap)
		sbuf_grow(sb, 1);
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}

void sbuf_addf(struct sbuf *sb, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void sbuf_vaddf(struct sbuf *sb, const char *fmt, va_list ap)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 0)))
#endif
	;
/* sbuf_addf, then a newline: one line of a message list. */
void sbuf_addlinef(struct sbuf *sb, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* A number in decimal, without printf. */
void sbuf_addnum(struct sbuf *sb, long long v);
/* Ensure buf is a valid (possibly empty) string. */
const char *sbuf_str(struct sbuf *sb);
void sbuf_reset(struct sbuf *sb);
void sbuf_release(struct sbuf *sb);
/* Hand the buffer to the caller (who frees it); sb is left empty. */
char *sbuf_detach(struct sbuf *sb, size_t *len);

#endif
