/* A growable string buffer (git's strbuf): SQL text, diagnostics and file
 * contents are all built by appending, never by guessing a size. */
#ifndef RETORT_SBUF_H
#define RETORT_SBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "retort_types.h"	/* struct sbuf, SBUF_INIT */

void sbuf_add(struct sbuf *sb, const char *s, size_t n);
void sbuf_adds(struct sbuf *sb, const char *s);
void sbuf_addc(struct sbuf *sb, char c);
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
