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

/* A schema file read a statement at a time, for a caller that keeps
 * none of it: each top-level op (an `only` block whole), its line set, is
 * handed to each(ctx, op) as soon as it is read, and is gone a statement
 * later (two arenas take turns: one holds the statement, the other may
 * hold the token read after it).  With keep, every op stays there instead.
 * Bytes [lo, hi) of the text, a run of whole statements, or all of it when
 * hi is 0.  Quiet: false, with nothing said, on any error or when each
 * returns false; parse_file then says what is wrong. */
bool parse_schema_each(struct srcfile *src, size_t lo, size_t hi, struct arena *keep,
		       bool (*each)(void *ctx, const struct op *op), void *ctx);

/* Whether the len bytes at text spell a keyword of the language (in any
 * case): for writers that must quote such names. */
bool parse_is_keyword(const char *text, size_t len);

#endif
