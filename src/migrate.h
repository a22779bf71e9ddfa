/* Turning a plan (the revisions to run, in order) into statements: the
 * transaction lines, the version table, each revision's operations through
 * the dialect, and the version-table changes.  The statements go to a sink:
 * `--sql` prints them, the runner executes them; there is one path. */
#ifndef RETORT_MIGRATE_H
#define RETORT_MIGRATE_H

#include <stdbool.h>

#include "dialect.h"
#include "revgraph.h"
#include "scriptdir.h"
#include "sbuf.h"

#include <stdio.h>

struct migrate_opts {
	const struct dialect *dialect;
	const char *version_table;
	const char *version_schema;	/* NULL: the default schema */
	bool per_migration;		/* a transaction per revision */
	bool annotate;			/* "-- file:line" before each op */
	bool version_table_exists;	/* a runner found it: no CREATE TABLE */
	bool purge;			/* stamp: every row deleted first */
	const char *const *xargs;	/* -x KEY=VALUE, for when and ${x.KEY} */
	size_t nxargs;
	/* --split: each step of a plan a script of its own (the script's
	 * header again, a transaction of its own), and this called after
	 * each, when all its text has gone to the sink */
	void (*step_done)(void *ctx, const struct step *st);
	void *step_ctx;
};

/* Runs the plan from the version rows `rows` (updated in place). */
/* One op: applied to the model m (checked there), then lowered by e, which
 * sees the model after it, and before it where the dialect asks. */
bool migrate_op(struct schema *m, struct emitter *e, const struct op *op, struct srcfile *src,
		struct diag *d);

bool migrate_plan(struct scriptdir *sd, struct revset *rows, const struct plan *plan,
		  const struct migrate_opts *o, const struct sink *sink, struct arena *a,
		  struct diag *d);

/* `stamp target`: only the version table changes. */
bool migrate_stamp(const struct revgraph *g, struct revset *rows, const char *target,
		   const struct migrate_opts *o, const struct sink *sink, struct arena *a,
		   struct diag *d);

/* Replays every revision from base to the version rows `rows` into m. */
bool migrate_replay(struct scriptdir *sd, struct schema *m, const struct revset *rows,
		    struct diag *d);

/* The model as statements that build it in an empty database (`retort
 * schema`): a baseline for squashing.  title follows "The schema " in
 * the comment that heads it ("at abc123").  A group of ops at a time, in
 * an arena of its own emptied after each. */
bool migrate_schema(struct schema *model, const char *title, const struct migrate_opts *o,
		    const struct sink *sink, struct diag *d);

/* A sink that writes what `--sql` prints into out: each statement followed
 * by ";" and a blank line, comments as "-- text". */
struct text_sink {
	struct sink sink;
	struct sbuf *out;
	FILE *stream;
	struct sbuf line;	/* with a stream: one statement at a time */
};
/* Into out, or (when stream is not NULL) written to stream as it comes. */
void migrate_text_sink(struct text_sink *ts, struct sbuf *out, FILE *stream);
void migrate_text_sink_release(struct text_sink *ts);

#endif
