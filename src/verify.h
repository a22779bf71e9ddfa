/* `retort verify`: without a database, proves that each revision's
 * downgrade puts the schema back as it was before its upgrade, and that
 * every operation can be lowered for the dialect. */
#ifndef RETORT_VERIFY_H
#define RETORT_VERIFY_H

#include <stdbool.h>

#include "diag.h"
#include "revgraph.h"
#include "scriptdir.h"

struct arena;
struct dialect;
struct migfile;
struct schema;

/* Replays every revision of g in graph order on a model for dialect dl,
 * where the version table (version_schema may be NULL) is no user's.
 * Reports each problem (model errors, lowering errors, a downgrade that does
 * not restore the schema) to d; returns true when there were none. */
bool verify_graph(struct scriptdir *sd, const struct dialect *dl, const char *version_schema,
		  const char *version_table, struct arena *a, struct diag *d);

/* One revision f (id: its name in messages) on m, the model at what it
 * follows, as verify_graph checks each; m is left at its upgrade. */
bool verify_revision(struct schema *m, const struct dialect *dl, const struct migfile *f,
		     const char *id, struct arena *a, struct diag *d);

#endif
