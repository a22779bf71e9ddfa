/* The versions/ folder as a whole (Alembic's ScriptDirectory): every
 * revision file read, parsed and joined into the revision graph.  Errors in
 * any file are all reported before giving up, so one run shows them all. */
#ifndef RETORT_SCRIPTDIR_H
#define RETORT_SCRIPTDIR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "revgraph.h"

struct arena;

struct scriptdir {
	struct arena *arena;
	char *versions;			/* the folder, as shown in messages */
	struct srcfile **srcs;		/* owned; alive for diagnostics */
	size_t nsrcs, cap;
	struct migfile **files;
	size_t nfiles;
	struct revgraph *graph;
};

/* The folder's display path for a script location ("." -> "versions"). */
char *scriptdir_versions_path(const char *script_location);
bool scriptdir_open(struct scriptdir *sd, const char *script_location, struct diag *d);
void scriptdir_close(struct scriptdir *sd);

#endif
