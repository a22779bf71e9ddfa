/* retort import: an Alembic project's revisions, read by the Python
 * frontend without running them, written as revisions of the migration
 * language with the same ids, parents, labels, messages and dates.  What
 * cannot be converted is written as the Python lines in a comment and a
 * `todo` statement the compiler refuses, and listed: nothing is guessed
 * and nothing dropped. */
#ifndef RETORT_PYIMPORT_H
#define RETORT_PYIMPORT_H

#include <stdbool.h>

#include "diag.h"
#include "sbuf.h"
#include "srcfile.h"

struct pyimport_opts {
	const char *source;	/* an alembic.ini or a versions folder; NULL:
				 * ./alembic.ini */
	const char *versions;	/* the folder the .mig files go to (it exists) */
	bool force;		/* overwrite a .mig a person has edited since */
};

/* One revision file (src, named shown in messages) as a revision of the
 * language, into out; each place left for a person appended to places as
 * "file.py:line:col: what" and counted in *nplaces.  False, the reason in
 * d, when the file cannot be imported at all (no revision id, say). */
bool pyimport_convert(const char *shown, struct srcfile *src, struct sbuf *out,
		      struct sbuf *places, size_t *nplaces, struct diag *d);

/* Imports every revision; out gets a line per file written and the
 * summary (revisions, converted whole, each place left as
 * file.py:line:col: what).  A retort_status: RETORT_ERR_MIGRATION when a
 * place was left or a file could not be imported. */
int pyimport_run(const struct pyimport_opts *o, struct sbuf *out, struct diag *d);

#endif
