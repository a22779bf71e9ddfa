/* Diagnostics are collected as values, not printed where they arise, so the
 * library never writes to stderr on its own (the CLI prints them; a C caller
 * may do what it likes).  Format: GNU `file:line:col: error: msg`, then the
 * source line and a caret under the span, as clang shows it. */
#ifndef RETORT_DIAG_H
#define RETORT_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "retort_types.h"	/* struct diag, DIAG_INIT */
#include "srcfile.h"

enum diag_code {
#define DIAG(code, name) DIAG_##code,
#include "diag_codes.def"
#undef DIAG
};

enum { DIAG__COUNT = 0
#define DIAG(code, name) + 1
#include "diag_codes.def"
#undef DIAG
};

enum diag_severity { DIAG_SEV_ERROR, DIAG_SEV_WARNING, DIAG_SEV_NOTE };

struct diag_entry {
	enum diag_severity sev;
	enum diag_code code;
	char *where;	/* "file:line:col" or "file" or NULL */
	unsigned line, col;	/* of where; 0 when it has none */
	char *msg;
	char *snippet;	/* source line + "\n" + caret line, or NULL */
};

const char *diag_code_name(enum diag_code code);

/* src may be NULL (a message about no file); a span of {0,0} with a file
 * and no text still points at 1:1. */
void diag_at(struct diag *d, enum diag_severity sev, enum diag_code code,
	     struct srcfile *src, struct span sp, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 6, 7)))
#endif
	;
void diag_vat(struct diag *d, enum diag_severity sev, enum diag_code code,
	      struct srcfile *src, struct span sp, const char *fmt, va_list ap)
#if defined(__GNUC__)
	__attribute__((format(printf, 6, 0)))
#endif
	;

/* Shorthands. */
#define diag_error(d, code, src, sp, ...) \
	diag_at((d), DIAG_SEV_ERROR, (code), (src), (sp), __VA_ARGS__)
#define diag_warning(d, code, src, sp, ...) \
	diag_at((d), DIAG_SEV_WARNING, (code), (src), (sp), __VA_ARGS__)
#define diag_note(d, code, src, sp, ...) \
	diag_at((d), DIAG_SEV_NOTE, (code), (src), (sp), __VA_ARGS__)
/* A message with no position: "retort: error: msg" style (where = NULL). */
void diag_plain(struct diag *d, enum diag_severity sev, enum diag_code code,
		const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;

void diag_print(const struct diag *d, FILE *out, int color);
struct sbuf;
/* The messages as a JSON array (docs/commands.md says its shape): each
 * error or warning an object with its code's name, and the notes after
 * it in its "notes". */
void diag_json(const struct diag *d, struct sbuf *out);
void diag_clear(struct diag *d);
/* Appends from's messages to to's, in order, and empties from. */
void diag_move(struct diag *to, struct diag *from);
/* The same, leaving out each error or warning (and the notes that follow
 * it) that to already held, word for word at the same place: for one
 * check run once per dialect. */
void diag_move_new(struct diag *to, struct diag *from);
/* The same, leaving out what to already held word for word anywhere: for
 * a table made again from the model, whose columns were reported on. */
void diag_move_unsaid(struct diag *to, struct diag *from);
/* Every message from index `from` on, with each of the n secrets
 * replaced by mask (a password a driver's words may echo). */
void diag_hide(struct diag *d, size_t from, const char *const *secret, size_t n,
	       const char *mask);
void diag_release(struct diag *d);

#endif
