/* The versions/ folder as a whole (Alembic's ScriptDirectory): every
 * revision file read, its header parsed, and all joined into the revision
 * graph.  A revision's operations are parsed only when a command needs
 * them, so `heads` on ten thousand revisions reads headers only. */
#ifndef RETORT_SCRIPTDIR_H
#define RETORT_SCRIPTDIR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "revgraph.h"

struct arena;
struct textstore;

struct scriptdir {
	struct arena *arena;
	char *versions;			/* the folder, as shown in messages */
	struct srcfile **srcs;		/* owned; alive for diagnostics */
	struct textstore *store[2];	/* their texts, while kept (one store per
					 * thread that read them) */
	struct arena *arena2;		/* headers the second reader copied */
	size_t nsrcs, cap;
	struct migfile **files;
	size_t nfiles;
	struct revgraph *graph;
};

/* A revision with its operations (the graph holds headers only), parsed
 * into a; NULL after reporting its errors. */
struct migfile *scriptdir_load(struct scriptdir *sd, const struct revision *r,
			       struct arena *a, struct diag *d);

/* Revisions parsed ahead, in the order given, by a second thread where
 * there is a processor for it: prefetch_next returns the next one (NULL
 * after reporting its errors), its IR in *arena (the caller frees it) and
 * its parse messages appended to d, exactly as scriptdir_load would, and
 * lets its text go (no scriptdir_done needed).  revs must stay valid, and
 * prefetch_next be called at most n times, until prefetch_end. */
struct prefetch;
struct prefetch *scriptdir_prefetch(struct scriptdir *sd, struct revision *const *revs,
				    size_t n, bool mute_warnings);
struct migfile *prefetch_next(struct prefetch *pf, struct arena **arena, struct diag *d);
void prefetch_end(struct prefetch *pf);

/* Whether a revision file may be called this: names are printed in SQL
 * comments, where a newline would put whatever follows into the script. */
bool scriptdir_name_ok(const char *name);

/* The folder's display path for a script location ("." -> "versions"). */
char *scriptdir_versions_path(const char *script_location);
/* Reads every revision's header and builds the graph: the revisions of
 * the folders locations names (Alembic's version_locations, one graph),
 * else of script_location's versions/.  keep_texts: the
 * command will parse revisions' operations next, so the texts read now are
 * kept for that (until scriptdir_done); otherwise they are let go at once,
 * and a parse reads each again (check and autogenerate do so: they load the
 * schema file first, and the texts would be held through their peak). */
bool scriptdir_open(struct scriptdir *sd, const char *script_location,
		    char *const *locations, size_t nlocations, bool keep_texts, struct diag *d);
void scriptdir_close(struct scriptdir *sd);

#endif
