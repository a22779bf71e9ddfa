/* Autogenerate: the schema the user wants (a schema file) against the
 * schema at head (or read from a live database), as the ops that take one
 * to the other and the ops that take it back.  Offline: both sides are
 * schema models, so the diff is between what retort already knows. */
#ifndef RETORT_AUTOGEN_H
#define RETORT_AUTOGEN_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ir.h"
#include "sbuf.h"

struct arena;
struct dialect;
struct schema;

/* Loads parsed schema files into the empty model m: enums and sequences,
 * then the tables without their foreign keys, then the foreign keys, then
 * the indexes, so that the files may name each other's tables in any
 * order.  The ops of an `only` block count where it names the model's
 * dialect.  With dl, each op is lowered for it too (into nothing), so what
 * dl cannot make is an error.  Errors are at the files' positions. */
bool autogen_load(struct schema *m, struct migfile *const *files, size_t n, struct arena *a,
		  const struct dialect *dl, struct diag *d);

/* autogen_load's model from the files' texts, read a statement at a time
 * and let go as they are loaded: the IR of all of them is never held.
 * false, with nothing said, where it gave up (anything wrong, or a type
 * after a table): m is then part-loaded, for the bin, and autogen_load
 * says what is wrong. */
bool autogen_load_each(struct schema *m, struct srcfile *const *srcs, size_t n,
		       struct diag *d);

/* The model as a schema file (what autogen_load reads back). */
void autogen_write_schema(struct schema *m, struct arena *a, struct sbuf *out);

struct autogen_diff {
	struct oplist up;	/* from -> to */
	struct oplist down;	/* to -> from: up's exact inverse */
	struct sbuf hints;	/* one line each: drops and adds that may be
				 * renames, which are said, not guessed */
	struct sbuf problems;	/* one line each: a change no op here can
				 * make, or one that needs a name the user
				 * must give; the ops are then incomplete */
};

/* Diffs two models of dialect d.  loose: types and defaults are the same
 * when the dialect spells them the same (a live database does not
 * remember string(50) from unicode(50)).  Ops live in a. */
void autogen_diff(const struct dialect *d, struct schema *from, struct schema *to,
		  struct arena *a, bool loose, struct autogen_diff *r);
void autogen_diff_release(struct autogen_diff *r);

#endif
