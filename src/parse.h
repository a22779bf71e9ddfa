/* The frontend's one entry point: a source file in, a struct migfile out.
 * Everything about tokens and grammar stays behind it. */
#ifndef RETORT_PARSE_H
#define RETORT_PARSE_H

#include "diag.h"
#include "ir.h"

struct arena;

enum parse_mode {
	PARSE_REVISION,	/* header, upgrade { }, downgrade { } */
	PARSE_HEADER,	/* a revision's header only: its blocks come back
			 * empty, unread (what the revision graph needs) */
	PARSE_SCHEMA	/* top-level create_* statements only */
};

/* Parses src into the arena.  Returns NULL when any error was reported to
 * d (errors are at file:line:col with the source line and a caret). */
struct migfile *parse_file(struct arena *a, struct srcfile *src, enum parse_mode mode,
			   struct diag *d);

/* Whether the len bytes at text spell a keyword of the language (in any
 * case): for writers that must quote such names. */
bool parse_is_keyword(const char *text, size_t len);

#endif
