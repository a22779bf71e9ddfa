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
	struct textstore *store;	/* their texts, while kept */
	size_t nsrcs, cap;
	struct migfile **files;
	size_t nfiles;
	struct revgraph *graph;
};

/* A revision with its operations (the graph holds headers only), parsed
 * into a; NULL after reporting its errors. */
struct migfile *scriptdir_load(struct scriptdir *sd, const struct revision *r,
			       struct arena *a, struct diag *d);

/* The command is done with r's text for now (it is read again if a later
 * message points into it). */
void scriptdir_done(struct scriptdir *sd, const struct revision *r);

/* Whether a revision file may be called this: names are printed in SQL
 * comments, where a newline would put whatever follows into the script. */
bool scriptdir_name_ok(const char *name);

/* The folder's display path for a script location ("." -> "versions"). */
char *scriptdir_versions_path(const char *script_location);
/* Reads every revision's header and builds the graph.  keep_texts: the
 * command will parse revisions' operations, so the texts read now are kept
 * for that (until scriptdir_done); otherwise they are let go at once. */
bool scriptdir_open(struct scriptdir *sd, const char *script_location, bool keep_texts,
		    struct diag *d);
void scriptdir_close(struct scriptdir *sd);

#endif
