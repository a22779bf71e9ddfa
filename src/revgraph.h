/* The revision graph: which revision follows which, what "head" or "ae10+2"
 * means, the order an upgrade or downgrade takes, and how each step changes
 * the rows of the version table.  The rules are Alembic's (its RevisionMap
 * and HeadMaintainer), so that a database Alembic managed reads the same to
 * us.  Nothing here knows SQL or a dialect. */
#ifndef RETORT_REVGRAPH_H
#define RETORT_REVGRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ir.h"
#include "sbuf.h"

struct arena;

struct revision {
	const char *id;
	struct migfile *file;		/* its header spans are used in diagnostics */
	const char *message;		/* "" when the header has none */
	struct revision **down;		/* 'revises', in the order written */
	size_t ndown;
	struct revision **deps;		/* 'depends_on', resolved */
	size_t ndeps;
	struct revision **up;		/* revisions whose 'revises' names this one */
	size_t nup;
	const char **labels;		/* branch_labels */
	size_t nlabels;
	const char **shown;		/* the labels Alembic shows on it: its own
					 * and those of the branch it is on
					 * (revgraph_build, see spread_labels) */
	size_t nshown;
	size_t order;			/* index in revgraph.revs (topological) */
	size_t file_order;		/* index among the files, by name */
	bool is_head;			/* no revision revises it */
	bool has_dependents;		/* some revision's depends_on names it: a
					 * head that is is only an "effective head"
					 * (the version table holds its dependent) */
	bool is_base;			/* revises nothing */
	bool is_branchpoint;		/* nup > 1 */
	bool is_mergepoint;		/* ndown > 1 */
};

struct revgraph {
	struct revision **revs;		/* every revision, parents before children;
					 * ties broken deterministically */
	size_t n;
	struct revision **heads;	/* in a deterministic order */
	size_t nheads;
	struct revision **bases;
	size_t nbases;
	void *index;			/* private: id -> revision lookup */
};

/* A set of revisions, e.g. the rows of the version table. */
struct revset {
	struct revision **v;
	size_t n, cap;
};

/* Builds the graph from parsed revision files (any order; the result does
 * not depend on it).  Errors, each at the file:line:col of the offending
 * header value: a missing 'revision' line, a duplicate id (naming both
 * files), an unknown 'revises' or 'depends_on' (with "did you mean"), a
 * cycle (naming the revisions on it), a branch label used twice.  Returns
 * NULL when any error was reported. */
struct revgraph *revgraph_build(struct arena *a, struct migfile **files, size_t n,
				struct diag *d);

/* Exact id; NULL when none. */
struct revision *revgraph_get(const struct revgraph *g, const char *id);
/* The revision that carries a branch label, or NULL. */
struct revision *revgraph_label(const struct revgraph *g, const char *label);
/* Whether s is a word of targets (head, heads, base), which no id or
 * label can be. */
bool revgraph_is_keyword(const char *s);

/* Resolves a target as Alembic does, relative to the current version rows
 * `cur` (empty = base; NULL when there is no current state, in which case
 * relative targets are an error):
 *   heads            every head
 *   head             the one head (error listing the heads if several)
 *   base             the empty set
 *   ID / PREFIX      exact id, or a unique prefix of 4+ characters
 *                    (ambiguous: error listing the candidates)
 *   LABEL            the revision carrying branch label LABEL
 *   LABEL@head       the head of that branch; REV@head likewise
 *   LABEL@base       the base of that branch
 *   +N / -N          N steps up/down from cur (one branch, else an error)
 *   REV+N / REV-N    N steps up/down from REV
 * Errors name what was asked for and the candidates, with no position
 * (diag_plain).  Returns false on error. */
bool revgraph_resolve(const struct revgraph *g, const char *target,
		      const struct revset *cur, struct revset *out, struct diag *d);

struct step {
	struct revision *rev;
	bool upgrade;
};

struct plan {
	struct step *steps;
	size_t n, cap;
};

/* The plan that undoes p from where p leaves the rows: its revisions in
 * the other order, each run the other way (--split's second scripts). */
void revgraph_plan_reverse(const struct plan *p, struct plan *out);

/* The steps from the current rows `cur` to `target` (a target string as
 * above), in the order Alembic runs them: upgrade runs every revision that
 * is an ancestor of the target (through 'revises' and 'depends_on') and not
 * already an ancestor of cur, parents first, in Alembic's history order
 * from the target run backwards; downgrade in that order from cur.
 * Downgrade follows Alembic's
 * rule: it undoes the applied descendants of the target's children (of
 * every base, for 'base'), and every applied revision that depends on one
 * of those, children first; other branches stay as they are.  An upgrade
 * target below cur, or a downgrade target above it, is an error.  Returns
 * false on error. */
bool revgraph_plan_upgrade(const struct revgraph *g, const struct revset *cur,
			   const char *target, struct plan *out, struct diag *d);
/* Every revision `to` needs, from base, in the order an upgrade from
 * base runs them (revgraph_plan_upgrade's): the schema a database has
 * after it, columns in their order, is what a replay in it gives. */
void revgraph_upgrade_order(const struct revgraph *g, const struct revset *to,
			    struct revset *out);
bool revgraph_plan_downgrade(const struct revgraph *g, const struct revset *cur,
			     const char *target, struct plan *out, struct diag *d);

/* A change to the version table. */
enum vt_kind { VT_INSERT, VT_UPDATE, VT_DELETE };

struct vt_change {
	enum vt_kind kind;
	const char *from;	/* UPDATE, DELETE */
	const char *to;		/* UPDATE, INSERT */
};

struct vt_changes {
	struct vt_change *v;
	size_t n, cap;
};

/* Applies one step to the version rows `rows` (updated in place) and
 * appends to `out` the INSERT/UPDATE/DELETE changes Alembic's HeadMaintainer
 * makes for it: create branch, merge, unmerge, delete branch, plain update. */
void revgraph_step_rows(const struct revgraph *g, struct revset *rows,
			const struct step *st, struct vt_changes *out);

/* The version-table changes `stamp target` makes from rows `rows` (updated
 * in place), without running any revision.  Returns false on error. */
bool revgraph_stamp(const struct revgraph *g, struct revset *rows, const char *target,
		    struct vt_changes *out, struct diag *d);

/* Revisions between `lower` and `upper` (targets as above, or NULL for base
 * and heads; "current" the rows cur, a database's, when cur is not NULL),
 * newest first, as `alembic history -r lower:upper` lists them. */
bool revgraph_walk(const struct revgraph *g, const char *lower, const char *upper,
		   const struct revset *cur, struct revset *out, struct diag *d);

/* Revision ids joined with ", " (Alembic's format_as_comma); `none` when
 * there are none. */
void revgraph_add_ids(struct sbuf *sb, struct revision *const *v, size_t n, const char *none);

/* r added at the end, whether or not the set has it (for a caller that
 * knows it does not). */
void revset_push(struct revset *s, struct revision *r);
void revset_add(struct revset *s, struct revision *r);
bool revset_has(const struct revset *s, const struct revision *r);
void revset_remove(struct revset *s, const struct revision *r);
void revset_release(struct revset *s);
void plan_release(struct plan *p);
void vt_changes_release(struct vt_changes *c);
/* Frees what revgraph_build allocated outside the arena (the index). */
void revgraph_free(struct revgraph *g);

#endif
