/* Revisions, heads, targets and version rows by Alembic's rules (its
 * RevisionMap in script/revision.py, HeadMaintainer and StampStep in
 * runtime/migration.py), with every order made independent of the order the
 * files were read in, and every walk iterative and linear in the number of
 * revisions, so a chain of 50,000 neither overflows the stack nor goes
 * quadratic. */
#include "revgraph.h"
#include "arena.h"
#include "sbuf.h"
#include "strmap.h"
#include "util.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The orders, chosen once here so every command agrees:
 *
 *  - heads and bases are sorted by id.
 *  - revs is a depth-first post-order: start from each head in id order,
 *    visit a revision's 'revises' in the order written, then its
 *    'depends_on' in the order written, and emit a revision once all of
 *    those are emitted.  So parents always precede children, a merge's
 *    first parent's line precedes its second's, and each branch is emitted
 *    whole before the next head's branch starts.
 *  - Every plan and walk is a subset of revs taken in that order (upgrade,
 *    stamp) or in reverse (downgrade, history).  Alembic instead orders by
 *    the order it happened to load the files; ours is the same shape
 *    (branch by branch, upgrade the exact reverse of downgrade) but does
 *    not depend on the directory listing.
 *  - Where the version table rule picks "the first" or "the last" of
 *    several rows, rows are taken in revs order and parents in the order
 *    written ('revises', then 'depends_on'). */

/* What the graph keeps about a revision beyond the public struct.  pub is
 * first, so every struct revision * the graph hands out is a revnode. */
struct revnode {
	struct revision pub;
	struct value **downv;		/* the header value behind pub.down[i] */
	struct value **depv;		/* and behind pub.deps[i] */
	struct revision **rdeps;	/* revisions whose depends_on names it */
	size_t nrdeps;
	size_t stackpos;		/* while on the DFS stack */
	unsigned char color;		/* DFS: 0 unseen, 1 on the stack, 2 done */
};

struct rgindex {
	struct strmap *ids;		/* id -> revision */
	struct strmap *labels;		/* branch label -> revision */
	struct revision **sorted;	/* by id: prefix lookups by bisection */
};

static struct revnode *node_of(struct revision *r)
{
	return (struct revnode *)r;
}

static const struct rgindex *index_of(const struct revgraph *g)
{
	return g->index;
}

/* ---- sets, plans, version-table changes ---- */

/* Appends without the membership test, for sets built by a walk that
 * already visits each revision once (revset_add would make them
 * quadratic). */
void revset_push(struct revset *s, struct revision *r)
{
	XGROW(s->v, s->cap, s->n + 1);
	s->v[s->n++] = r;
}

void revgraph_add_ids(struct sbuf *sb, struct revision *const *v, size_t n, const char *none)
{
	size_t i;

	if (n == 0)
		sbuf_adds(sb, none);
	for (i = 0; i < n; i++) {
		if (i)
			sbuf_adds(sb, ", ");
		sbuf_adds(sb, v[i]->id);
	}
}

void revset_add(struct revset *s, struct revision *r)
{
	if (!revset_has(s, r))
		revset_push(s, r);
}

bool revset_has(const struct revset *s, const struct revision *r)
{
	size_t i;

	if (!s)
		return false;
	for (i = 0; i < s->n; i++)
		if (s->v[i] == r)
			return true;
	return false;
}

/* Keeps the order of the rest: rows are printed in it. */
void revset_remove(struct revset *s, const struct revision *r)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (s->v[i] == r) {
			memmove(s->v + i, s->v + i + 1, (s->n - i - 1) * sizeof(*s->v));
			s->n--;
			return;
		}
	}
}

void revset_release(struct revset *s)
{
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}

void plan_release(struct plan *p)
{
	free(p->steps);
	p->steps = NULL;
	p->n = p->cap = 0;
}

void vt_changes_release(struct vt_changes *c)
{
	free(c->v);
	c->v = NULL;
	c->n = c->cap = 0;
}

static void plan_push(struct plan *p, struct revision *r, bool upgrade)
{
	XGROW(p->steps, p->cap, p->n + 1);
	p->steps[p->n].rev = r;
	p->steps[p->n].upgrade = upgrade;
	p->n++;
}

static void vt_push(struct vt_changes *c, enum vt_kind k, const char *from, const char *to)
{
	XGROW(c->v, c->cap, c->n + 1);
	c->v[c->n].kind = k;
	c->v[c->n].from = from;
	c->v[c->n].to = to;
	c->n++;
}

static void row_insert(struct revset *rows, struct vt_changes *out, struct revision *r)
{
	revset_add(rows, r);
	vt_push(out, VT_INSERT, NULL, r->id);
}

static void row_delete(struct revset *rows, struct vt_changes *out, struct revision *r)
{
	revset_remove(rows, r);
	vt_push(out, VT_DELETE, r->id, NULL);
}

/* In place, so the other rows keep their positions. */
static void row_update(struct revset *rows, struct vt_changes *out, struct revision *from,
		       struct revision *to)
{
	size_t i;

	for (i = 0; i < rows->n && rows->v[i] != from; i++)
		;
	if (i == rows->n)
		revset_add(rows, to);
	else if (revset_has(rows, to))
		revset_remove(rows, from);
	else
		rows->v[i] = to;
	vt_push(out, VT_UPDATE, from->id, to->id);
}

/* ---- walks ---- */

enum walk_dir {
	WALK_DOWN,		/* 'revises' only: Alembic's versioned ancestors */
	WALK_DOWN_DEPS,		/* 'revises' and 'depends_on' */
	WALK_UP,		/* revisions that revise this one */
	WALK_UP_DEPS		/* and those that depend on it */
};

/* The revisions one step from r in direction dir, as two arrays. */
static void neighbours(struct revision *r, enum walk_dir dir, struct revision ***a, size_t *na,
		       struct revision ***b, size_t *nb)
{
	*a = *b = NULL;
	*na = *nb = 0;
	switch (dir) {
	case WALK_DOWN:
		*a = r->down, *na = r->ndown;
		break;
	case WALK_DOWN_DEPS:
		*a = r->down, *na = r->ndown;
		*b = r->deps, *nb = r->ndeps;
		break;
	case WALK_UP:
		*a = r->up, *na = r->nup;
		break;
	case WALK_UP_DEPS:
		*a = r->up, *na = r->nup;
		*b = node_of(r)->rdeps, *nb = node_of(r)->nrdeps;
		break;
	}
}

/* Sets `bit` in mark[order] for every revision reachable from starts
 * (starts included).  Each revision is pushed once, so the walk is linear
 * in what it visits. */
static void mark_walk(unsigned char *mark, unsigned char bit, struct revision *const *starts,
		      size_t nstarts, enum walk_dir dir)
{
	struct revision **stack = NULL, **a, **b;
	size_t sp = 0, cap = 0, i, na, nb;

	for (i = 0; i < nstarts; i++) {
		if (!(mark[starts[i]->order] & bit)) {
			mark[starts[i]->order] |= bit;
			XGROW(stack, cap, sp + 1);
			stack[sp++] = starts[i];
		}
	}
	while (sp > 0) {
		neighbours(stack[--sp], dir, &a, &na, &b, &nb);
		for (i = 0; i < na + nb; i++) {
			struct revision *x = i < na ? a[i] : b[i - na];
			if (!(mark[x->order] & bit)) {
				mark[x->order] |= bit;
				XGROW(stack, cap, sp + 1);
				stack[sp++] = x;
			}
		}
	}
	free(stack);
}

/* The bits of a window walk's marks (visit, reached_down). */
enum { WIN_SEEN = 1, WIN_WANTED = 2 };

/* Marks x seen in the window m[lo..hi] and pushes it, unless it lies
 * outside the window or was seen; counts off a wanted revision. */
static void visit(unsigned char *m, size_t lo, size_t hi, struct revision *x,
		  struct revision ***stack, size_t *sp, size_t *cap, size_t *left)
{
	if (x->order < lo || x->order > hi || (m[x->order - lo] & WIN_SEEN))
		return;
	m[x->order - lo] |= WIN_SEEN;
	if (m[x->order - lo] & WIN_WANTED)
		(*left)--;
	XGROW(*stack, *cap, *sp + 1);
	(*stack)[(*sp)++] = x;
}

/* hit[i] = whether cand[i] is reached walking down from starts.  Every
 * ancestor of a revision comes before it in revs, so only the stretch of
 * revs between the lowest candidate and the highest start can matter, and
 * the walk stops once every candidate is found: a version-table step near
 * the rows looks at that stretch, not at the graph. */
static void reached_down(struct revision *const *starts, size_t nstarts,
			 struct revision *const *cand, size_t ncand, enum walk_dir dir, bool *hit)
{
	struct revision **stack = NULL, **a, **b;
	size_t lo = SIZE_MAX, hi = 0, left = 0, sp = 0, cap = 0, i, na, nb;
	unsigned char *m;

	for (i = 0; i < ncand; i++)
		if (cand[i]->order < lo)
			lo = cand[i]->order;
	for (i = 0; i < nstarts; i++)
		if (starts[i]->order > hi)
			hi = starts[i]->order;
	for (i = 0; i < ncand; i++)
		hit[i] = false;
	if (ncand == 0 || nstarts == 0 || hi < lo)
		return;
	m = xcalloc(hi - lo + 1, 1);
	for (i = 0; i < ncand; i++) {
		/* A candidate above every start cannot be below one. */
		if (cand[i]->order <= hi && !(m[cand[i]->order - lo] & WIN_WANTED)) {
			m[cand[i]->order - lo] |= WIN_WANTED;
			left++;
		}
	}
	for (i = 0; i < nstarts; i++)
		visit(m, lo, hi, starts[i], &stack, &sp, &cap, &left);
	while (sp > 0 && left > 0) {
		neighbours(stack[--sp], dir, &a, &na, &b, &nb);
		for (i = 0; i < na + nb; i++)
			visit(m, lo, hi, i < na ? a[i] : b[i - na], &stack, &sp, &cap, &left);
	}
	for (i = 0; i < ncand; i++)
		hit[i] = cand[i]->order <= hi && (m[cand[i]->order - lo] & WIN_SEEN);
	free(stack);
	free(m);
}

static unsigned char *marks_new(const struct revgraph *g)
{
	return xcalloc(g->n ? g->n : 1, 1);
}

/* ---- messages ---- */

static int cmp_rev_id(const void *a, const void *b)
{
	const struct revision *x = *(struct revision *const *)a;
	const struct revision *y = *(struct revision *const *)b;

	return strcmp(x->id, y->id);
}

/* "a, b, c", sorted by id so the message does not depend on row order;
 * cut after ten, since a four-character prefix can match hundreds. */
static void add_idlist(struct sbuf *sb, struct revision *const *v, size_t n)
{
	struct revision **s = xmalloc((n ? n : 1) * sizeof(*s));
	size_t i;

	if (n) {
		memcpy(s, v, n * sizeof(*s));
		qsort(s, n, sizeof(*s), cmp_rev_id);
	}
	for (i = 0; i < n && i < 10; i++)
		sbuf_addf(sb, "%s%s", i ? ", " : "", s[i]->id);
	if (n > 10)
		sbuf_addf(sb, ", and %zu more", n - 10);
	free(s);
}

/* The current rows as a message shows them: "base" when there are none. */
static void add_rows(struct sbuf *sb, const struct revset *cur)
{
	if (!cur || cur->n == 0)
		sbuf_adds(sb, "base");
	else
		add_idlist(sb, cur->v, cur->n);
}

/* First index in the sorted ids whose id is not below key. */
static size_t lower_bound(const struct revgraph *g, const char *key)
{
	struct revision **s = index_of(g)->sorted;
	size_t lo = 0, hi = g->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(s[mid]->id, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool has_prefix(const char *s, const char *prefix, size_t len)
{
	return strncmp(s, prefix, len) == 0;
}

static void consider(const char *name, const char *cand, size_t maxd, const char **best,
		     size_t *bestd)
{
	size_t dist = util_edit_distance(name, cand, maxd);

	if (dist <= maxd && (dist < *bestd || (dist == *bestd && strcmp(cand, *best) < 0))) {
		*best = cand;
		*bestd = dist;
	}
}

/* The id (or label) the user probably meant: one the name is a prefix of
 * (the smallest such id), else the closest within a quarter of the name's
 * length (1 to 3 edits), ties to the smaller.  Only runs on an error path,
 * so a scan of every id is affordable. */
static const char *suggest(const struct revgraph *g, const char *name, bool with_labels)
{
	struct revision **s = index_of(g)->sorted;
	size_t len = strlen(name), maxd = len / 4, bestd = SIZE_MAX, i, j;
	const char *best = NULL;

	if (len >= 3) {
		i = lower_bound(g, name);
		if (i < g->n && has_prefix(s[i]->id, name, len))
			return s[i]->id;
	}
	if (maxd < 1)
		maxd = 1;
	if (maxd > 3)
		maxd = 3;
	for (i = 0; i < g->n; i++) {
		consider(name, s[i]->id, maxd, &best, &bestd);
		for (j = 0; with_labels && j < s[i]->nlabels; j++)
			consider(name, s[i]->labels[j], maxd, &best, &bestd);
	}
	return best;
}

/* ---- building ---- */

static const char *file_path(const struct migfile *f)
{
	return f->src && f->src->path ? f->src->path : "";
}

/* Files are taken in path order, so which of two duplicates is "first",
 * and the order of the diagnostics, do not depend on the input order. */
static int cmp_files(const void *a, const void *b)
{
	const struct migfile *x = *(struct migfile *const *)a;
	const struct migfile *y = *(struct migfile *const *)b;
	const char *ix = x->hdr.revision.text ? x->hdr.revision.text : "";
	const char *iy = y->hdr.revision.text ? y->hdr.revision.text : "";
	int c = strcmp(file_path(x), file_path(y));

	if (c == 0)
		c = strcmp(ix, iy);
	if (c == 0)
		c = (x->hdr.revision.span.start > y->hdr.revision.span.start) -
		    (x->hdr.revision.span.start < y->hdr.revision.span.start);
	return c;
}

static struct value *label_value(struct revision *r, const char *label)
{
	struct value *v;

	for (v = r->file->hdr.branch_labels.head; v; v = v->next)
		if (v->text && strcmp(v->text, label) == 0)
			return v;
	return NULL;
}

static void note_suggestion(struct diag *d, const struct revgraph *g, struct migfile *f,
			    struct value *v, bool with_labels)
{
	const char *s = suggest(g, v->text, with_labels);

	if (s)
		diag_note(d, DIAG_REV_UNKNOWN, f->src, v->span, "did you mean '%s'?", s);
}

/* A depends_on value: an id, a branch label, or a unique prefix of four or
 * more characters. */
static struct revision *resolve_dep(const struct revgraph *g, struct migfile *f,
				    struct value *v, struct diag *d)
{
	const struct rgindex *ix = index_of(g);
	struct revision *r = strmap_get(ix->ids, v->text);
	size_t len = strlen(v->text), lo, hi;

	if (r)
		return r;
	r = strmap_get(ix->labels, v->text);
	if (r)
		return r;
	lo = hi = lower_bound(g, v->text);
	while (hi < g->n && has_prefix(ix->sorted[hi]->id, v->text, len))
		hi++;
	if (len >= 4 && hi - lo == 1)
		return ix->sorted[lo];
	if (len >= 4 && hi - lo > 1) {
		struct sbuf sb = SBUF_INIT;
		add_idlist(&sb, ix->sorted + lo, hi - lo);
		diag_error(d, DIAG_REV_AMBIGUOUS, f->src, v->span,
			   "revision prefix '%s' in 'depends_on' is ambiguous: %s", v->text,
			   sbuf_str(&sb));
		sbuf_release(&sb);
		return NULL;
	}
	diag_error(d, DIAG_REV_UNKNOWN, f->src, v->span,
		   "unknown revision or branch '%s' in 'depends_on'", v->text);
	note_suggestion(d, g, f, v, true);
	return NULL;
}

static void resolve_edges(struct arena *a, const struct revgraph *g, struct revnode *nd,
			  struct diag *d)
{
	struct revision *r = &nd->pub;
	struct migfile *f = r->file;
	const struct rgindex *ix = index_of(g);
	struct value *v;
	size_t i;

	r->down = ARENA_ARRAY(a, struct revision *, f->hdr.down.n);
	nd->downv = ARENA_ARRAY(a, struct value *, f->hdr.down.n);
	for (v = f->hdr.down.head; v; v = v->next) {
		struct revision *p;

		if (!v->text)
			continue;
		p = strmap_get(ix->ids, v->text);
		if (!p) {
			diag_error(d, DIAG_REV_UNKNOWN, f->src, v->span,
				   "unknown revision '%s' in 'revises'", v->text);
			/* As in Alembic, only depends_on may name a label. */
			p = strmap_get(ix->labels, v->text);
			if (p)
				diag_note(d, DIAG_REV_UNKNOWN, f->src, v->span,
					  "'%s' is a branch label of revision '%s'; 'revises' "
					  "needs the revision id", v->text, p->id);
			else
				note_suggestion(d, g, f, v, false);
			continue;
		}
		for (i = 0; i < r->ndown && r->down[i] != p; i++)
			;
		if (i < r->ndown) {
			diag_error(d, DIAG_HEADER, f->src, v->span,
				   "'%s' is listed twice in 'revises'", v->text);
			continue;
		}
		nd->downv[r->ndown] = v;
		r->down[r->ndown++] = p;
	}

	r->deps = ARENA_ARRAY(a, struct revision *, f->hdr.depends_on.n);
	nd->depv = ARENA_ARRAY(a, struct value *, f->hdr.depends_on.n);
	for (v = f->hdr.depends_on.head; v; v = v->next) {
		struct revision *p;

		if (!v->text)
			continue;
		p = resolve_dep(g, f, v, d);
		if (!p)
			continue;
		/* A label and an id may name the same revision: one edge. */
		for (i = 0; i < r->ndeps && r->deps[i] != p; i++)
			;
		if (i < r->ndeps)
			continue;
		nd->depv[r->ndeps] = v;
		r->deps[r->ndeps++] = p;
	}
}

/* The header value in `from` that names `to`, for pointing at an edge. */
static struct value *edge_value(struct revision *from, struct revision *to, bool *is_dep)
{
	size_t i;

	for (i = 0; i < from->ndown; i++) {
		if (from->down[i] == to) {
			*is_dep = false;
			return node_of(from)->downv[i];
		}
	}
	for (i = 0; i < from->ndeps; i++) {
		if (from->deps[i] == to) {
			*is_dep = true;
			return node_of(from)->depv[i];
		}
	}
	*is_dep = false;
	return NULL;
}

/* cyc[i] revises or depends on cyc[i + 1], and the last on the first.  The
 * message starts at the smallest id, so it reads the same whichever
 * revision the search happened to enter the cycle by. */
static void report_cycle(struct revision **cyc, size_t m, struct diag *d)
{
	struct sbuf sb = SBUF_INIT;
	struct revision *from, *to;
	struct value *v;
	size_t s = 0, i;
	bool is_dep;

	for (i = 1; i < m; i++)
		if (strcmp(cyc[i]->id, cyc[s]->id) < 0)
			s = i;
	from = cyc[s];
	to = cyc[(s + 1) % m];
	v = edge_value(from, to, &is_dep);
	if (m == 1) {
		sbuf_addf(&sb, "revision '%s' %s itself", from->id,
			  is_dep ? "depends on" : "revises");
	} else {
		sbuf_adds(&sb, "cycle in the revision graph: ");
		for (i = 0; i <= m; i++)
			sbuf_addf(&sb, "%s'%s'", i ? " -> " : "", cyc[(s + i) % m]->id);
	}
	diag_error(d, DIAG_REV_CYCLE, from->file->src,
		   v ? v->span : from->file->hdr.revision.span, "%s", sbuf_str(&sb));
	sbuf_release(&sb);
}

struct dfs_entry {
	struct revision *rev;
	size_t edge;		/* next of down[] then deps[] to visit */
};

/* The post-order described at the top of the file, iteratively.  Returns
 * false (after reporting it) on a cycle. */
static bool topo_order(struct revgraph *g, struct revision **roots, size_t nroots,
		       struct revision **all, struct diag *d)
{
	struct dfs_entry *stk = xmalloc((g->n ? g->n : 1) * sizeof(*stk));
	struct revision **cyc;
	size_t nout = 0, sp, ri, k;

	for (ri = 0; ri < nroots + g->n; ri++) {
		/* Then every revision: those only on a cycle are below no head. */
		struct revision *root = ri < nroots ? roots[ri] : all[ri - nroots];

		if (node_of(root)->color)
			continue;
		node_of(root)->color = 1;
		node_of(root)->stackpos = 0;
		stk[0].rev = root;
		stk[0].edge = 0;
		sp = 1;
		while (sp > 0) {
			struct dfs_entry *top = &stk[sp - 1];
			struct revision *r = top->rev, *next;
			struct revnode *nn;

			if (top->edge == r->ndown + r->ndeps) {
				node_of(r)->color = 2;
				r->order = nout;
				g->revs[nout++] = r;
				sp--;
				continue;
			}
			next = top->edge < r->ndown ? r->down[top->edge]
						    : r->deps[top->edge - r->ndown];
			top->edge++;
			nn = node_of(next);
			if (nn->color == 0) {
				nn->color = 1;
				nn->stackpos = sp;
				stk[sp].rev = next;
				stk[sp].edge = 0;
				sp++;
			} else if (nn->color == 1) {
				cyc = xmalloc((sp - nn->stackpos) * sizeof(*cyc));
				for (k = nn->stackpos; k < sp; k++)
					cyc[k - nn->stackpos] = stk[k].rev;
				report_cycle(cyc, sp - nn->stackpos, d);
				free(cyc);
				free(stk);
				return false;
			}
		}
	}
	free(stk);
	return true;
}

/* Fills up[] and rdeps[] in revs order, so they too are input-independent. */
static void link_children(struct arena *a, struct revgraph *g)
{
	size_t i, j;

	for (i = 0; i < g->n; i++) {
		struct revision *r = g->revs[i];
		r->up = ARENA_ARRAY(a, struct revision *, r->nup);
		node_of(r)->rdeps = ARENA_ARRAY(a, struct revision *, node_of(r)->nrdeps);
		r->nup = 0;
		node_of(r)->nrdeps = 0;
	}
	for (i = 0; i < g->n; i++) {
		struct revision *r = g->revs[i];
		for (j = 0; j < r->ndown; j++)
			r->down[j]->up[r->down[j]->nup++] = r;
		for (j = 0; j < r->ndeps; j++) {
			struct revnode *p = node_of(r->deps[j]);
			p->rdeps[p->nrdeps++] = r;
		}
	}
}

static void index_free(struct rgindex *ix)
{
	strmap_free(ix->ids);
	strmap_free(ix->labels);
	ix->ids = ix->labels = NULL;
}

static void add_labels(struct revgraph *g, struct revnode *nd, struct diag *d)
{
	struct rgindex *ix = g->index;
	struct revision *r = &nd->pub;
	struct migfile *f = r->file;
	struct value *v;

	for (v = f->hdr.branch_labels.head; v; v = v->next) {
		struct revision *other;

		if (!v->text)
			continue;
		other = strmap_get(ix->labels, v->text);
		if (other == r) {
			diag_error(d, DIAG_REV_LABEL, f->src, v->span,
				   "branch label '%s' is listed twice", v->text);
			continue;
		}
		if (other) {
			struct value *first = label_value(other, v->text);
			diag_error(d, DIAG_REV_LABEL, f->src, v->span,
				   "branch label '%s' is already used by revision '%s'", v->text,
				   other->id);
			diag_note(d, DIAG_REV_LABEL, other->file->src,
				  first ? first->span : other->file->hdr.revision.span,
				  "'%s' is first used here", v->text);
			continue;
		}
		/* Labels and ids share one namespace in targets. */
		other = strmap_get(ix->ids, v->text);
		if (other) {
			diag_error(d, DIAG_REV_LABEL, f->src, v->span,
				   "branch label '%s' is also a revision id", v->text);
			diag_note(d, DIAG_REV_LABEL, other->file->src,
				  other->file->hdr.revision.span, "revision '%s' is defined here",
				  v->text);
			continue;
		}
		strmap_put(ix->labels, v->text, r);
		r->labels[r->nlabels++] = v->text;
	}
}

static void show_label(struct arena *a, struct revision *r, const char *label)
{
	size_t i;

	for (i = 0; i < r->nshown; i++)
		if (strcmp(r->shown[i], label) == 0)
			return;
	{
		/* a new array each time (labels are few; the arena keeps all) */
		const char **v = ARENA_ARRAY(a, const char *, r->nshown + 1);
		if (r->nshown)
			memcpy(v, r->shown, r->nshown * sizeof(*v));
		v[r->nshown++] = label;
		r->shown = v;
	}
}

/* Alembic's branch of a label, as its history and heads show it: every
 * revision above the one that carries the label (by revises, not
 * depends_on), and from the last of those down its line to the first
 * branch point (counting revisions that depend on it) or merge point.
 * Alembic takes "the last" in an order of its own; here it is the last in
 * graph order.  Only what is shown: a label still names the revision that
 * carries it. */
static void spread_labels(struct arena *a, struct revgraph *g)
{
	unsigned char *m;
	size_t i, j, k;

	for (i = 0; i < g->n; i++) {
		g->revs[i]->shown = g->revs[i]->labels;
		g->revs[i]->nshown = g->revs[i]->nlabels;
	}
	m = xmalloc(g->n ? g->n : 1);
	for (i = 0; i < g->n; i++) {
		struct revision *r = g->revs[i], *last = r, *p;
		if (!r->nlabels)
			continue;
		memset(m, 0, g->n);
		mark_walk(m, 1, &r, 1, WALK_UP);
		for (j = i + 1; j < g->n; j++) {
			if (!m[j])
				continue;
			last = g->revs[j];
			for (k = 0; k < r->nlabels; k++)
				show_label(a, last, r->labels[k]);
		}
		for (p = last; p && p->nup + node_of(p)->nrdeps <= 1 && p->ndown <= 1;
		     p = p->ndown ? p->down[0] : NULL)
			for (k = 0; k < r->nlabels; k++)
				show_label(a, p, r->labels[k]);
	}
	free(m);
}

struct revgraph *revgraph_build(struct arena *a, struct migfile **files, size_t n,
				struct diag *d)
{
	struct revgraph *g = ARENA_NEW(a, struct revgraph);
	struct rgindex *ix = ARENA_NEW(a, struct rgindex);
	struct migfile **sorted = xmalloc((n ? n : 1) * sizeof(*sorted));
	struct revision **all = xmalloc((n ? n : 1) * sizeof(*all));
	int errors0 = d->nerrors;
	size_t i, nn = 0, nh = 0, nb = 0;
	bool ok;

	g->index = ix;
	ix->ids = strmap_new(n);
	ix->labels = strmap_new(0);
	if (n)
		memcpy(sorted, files, n * sizeof(*sorted));
	for (i = 1; i < n && cmp_files(&sorted[i - 1], &sorted[i]) <= 0; i++)
		;
	if (i < n)	/* scriptdir gives them sorted, unless in several folders */
		qsort(sorted, n, sizeof(*sorted), cmp_files);

	for (i = 0; i < n; i++) {
		struct migfile *f = sorted[i];
		struct revision *prev;
		struct revnode *nd;

		if (!f->hdr.revision.text) {
			diag_error(d, DIAG_HEADER, f->src, span_make(0, 0),
				   "revision file has no 'revision' line");
			continue;
		}
		prev = strmap_get(ix->ids, f->hdr.revision.text);
		if (prev) {
			diag_error(d, DIAG_REV_DUPLICATE, f->src, f->hdr.revision.span,
				   "duplicate revision id '%s'", f->hdr.revision.text);
			diag_note(d, DIAG_REV_DUPLICATE, prev->file->src,
				  prev->file->hdr.revision.span, "'%s' is first defined here",
				  prev->id);
			continue;
		}
		nd = ARENA_NEW(a, struct revnode);
		nd->pub.id = f->hdr.revision.text;
		nd->pub.file = f;
		nd->pub.message = f->hdr.message.text ? f->hdr.message.text : "";
		nd->pub.labels = ARENA_ARRAY(a, const char *, f->hdr.branch_labels.n);
		strmap_put(ix->ids, nd->pub.id, &nd->pub);
		nd->pub.file_order = nn;
		all[nn++] = &nd->pub;
	}
	g->n = nn;
	for (i = 0; i < nn; i++)
		add_labels(g, node_of(all[i]), d);

	ix->sorted = ARENA_ARRAY(a, struct revision *, nn);
	if (nn)
		memcpy(ix->sorted, all, nn * sizeof(*all));
	for (i = 1; i < nn && cmp_rev_id(&ix->sorted[i - 1], &ix->sorted[i]) <= 0; i++)
		;
	if (i < nn)	/* files are named by their ids, so mostly sorted already */
		qsort(ix->sorted, nn, sizeof(*ix->sorted), cmp_rev_id);

	for (i = 0; i < nn; i++)
		resolve_edges(a, g, node_of(all[i]), d);

	for (i = 0; i < nn; i++) {
		struct revision *r = all[i];
		size_t j;

		for (j = 0; j < r->ndown; j++)
			r->down[j]->nup++;
		for (j = 0; j < r->ndeps; j++)
			node_of(r->deps[j])->nrdeps++;
	}
	for (i = 0; i < nn; i++) {
		struct revision *r = all[i];
		r->is_head = r->nup == 0;
		r->has_dependents = node_of(r)->nrdeps > 0;
		r->is_base = r->ndown == 0;
		r->is_branchpoint = r->nup > 1;
		r->is_mergepoint = r->ndown > 1;
		nh += r->is_head;
		nb += r->is_base;
	}
	g->heads = ARENA_ARRAY(a, struct revision *, nh);
	g->bases = ARENA_ARRAY(a, struct revision *, nb);
	for (i = 0; i < nn; i++) {
		if (all[i]->is_head)
			g->heads[g->nheads++] = all[i];
		if (all[i]->is_base)
			g->bases[g->nbases++] = all[i];
	}
	qsort(g->heads, g->nheads, sizeof(*g->heads), cmp_rev_id);
	qsort(g->bases, g->nbases, sizeof(*g->bases), cmp_rev_id);

	g->revs = ARENA_ARRAY(a, struct revision *, nn);
	ok = topo_order(g, g->heads, g->nheads, all, d);
	free(all);
	free(sorted);
	if (!ok || d->nerrors > errors0) {
		index_free(ix);
		return NULL;
	}
	link_children(a, g);
	spread_labels(a, g);
	return g;
}

static bool is_keyword(const char *s);

struct revision *revgraph_get(const struct revgraph *g, const char *id)
{
	return strmap_get(index_of(g)->ids, id);
}

struct revision *revgraph_label(const struct revgraph *g, const char *label)
{
	return strmap_get(index_of(g)->labels, label);
}

bool revgraph_is_keyword(const char *s)
{
	return is_keyword(s);
}

void revgraph_free(struct revgraph *g)
{
	if (g)
		index_free(g->index);
}

/* ---- targets ---- */

/* Alembic's "heads" leaves out heads that another revision depends on, so
 * that it names exactly the rows the version table holds after upgrading
 * everything. */
static bool is_real_head(struct revision *r)
{
	return r->is_head && node_of(r)->nrdeps == 0;
}

/* One resolution: the target as written (for messages), and the lineage
 * of its branch (X in X@...), computed on first use. */
struct resolver {
	const struct revgraph *g;
	const char *target;
	struct diag *d;
	struct revision *branch;
	const char *branchname;
	unsigned char *lin;	/* LIN_* bits, g->n bytes, or NULL */
};

enum { LIN_DOWN = 1, LIN_UP = 2, LIN = LIN_DOWN | LIN_UP };

/* Alembic's filter_for_lineage: the branch revision's ancestors and
 * descendants through 'revises'. */
static const unsigned char *lineage(struct resolver *rs)
{
	if (!rs->branch)
		return NULL;
	if (!rs->lin) {
		rs->lin = marks_new(rs->g);
		mark_walk(rs->lin, LIN_DOWN, &rs->branch, 1, WALK_DOWN);
		mark_walk(rs->lin, LIN_UP, &rs->branch, 1, WALK_UP);
	}
	return rs->lin;
}

static bool in_lineage(struct resolver *rs, struct revision *r)
{
	const unsigned char *lin = lineage(rs);

	return !lin || (lin[r->order] & LIN);
}

/* An id, a branch label, or a prefix that is unique among the ids of four
 * or more characters (among the branch's lineage when there is a branch):
 * Alembic's rule, which takes a prefix of any length. */
static bool prefix_of(struct resolver *rs, const struct revision *r, const char *name,
		      size_t len, bool as_branch)
{
	return strlen(r->id) > 3 && has_prefix(r->id, name, len) &&
	       (as_branch || in_lineage(rs, (struct revision *)r));
}

static struct revision *lookup_name(struct resolver *rs, const char *name, bool as_branch)
{
	const struct revgraph *g = rs->g;
	const struct rgindex *ix = index_of(g);
	struct revision *r = strmap_get(ix->ids, name), *match = NULL;
	size_t len = strlen(name), lo, i, nmatch = 0;
	const char *s;

	if (!r)
		r = strmap_get(ix->labels, name);
	if (r)
		return r;
	lo = lower_bound(g, name);
	for (i = lo; i < g->n && has_prefix(ix->sorted[i]->id, name, len); i++) {
		if (prefix_of(rs, ix->sorted[i], name, len, as_branch)) {
			nmatch++;
			match = ix->sorted[i];
		}
	}
	if (nmatch == 1)
		return match;
	if (nmatch > 1) {
		struct revset c = { NULL, 0, 0 };
		struct sbuf sb = SBUF_INIT;

		for (i = lo; i < g->n && has_prefix(ix->sorted[i]->id, name, len) && c.n < 4; i++)
			if (prefix_of(rs, ix->sorted[i], name, len, as_branch))
				revset_push(&c, ix->sorted[i]);
		add_idlist(&sb, c.v, c.n < 4 ? c.n : 3);
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_AMBIGUOUS,
			   "revision prefix '%s' is ambiguous: %zu revisions start with it (%s%s)",
			   name, nmatch, sbuf_str(&sb), nmatch > 3 ? ", ..." : "");
		sbuf_release(&sb);
		revset_release(&c);
		return NULL;
	}
	diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_UNKNOWN,
		   as_branch ? "unknown revision or branch '%s'" : "unknown revision '%s'", name);
	s = suggest(g, name, true);
	if (s)
		diag_plain(rs->d, DIAG_SEV_NOTE, DIAG_REV_UNKNOWN, "did you mean '%s'?", s);
	return NULL;
}

static void multiple_heads(struct resolver *rs, struct revision *const *v, size_t n)
{
	struct sbuf sb = SBUF_INIT;

	add_idlist(&sb, v, n);
	if (rs->branch)
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_MULTIPLE_HEADS,
			   "multiple heads are present for target '%s': %s; use '%s@heads' or a "
			   "specific revision", rs->target, sbuf_str(&sb), rs->branchname);
	else
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_MULTIPLE_HEADS,
			   "multiple heads are present for target '%s': %s; use 'heads' or a "
			   "specific revision", rs->target, sbuf_str(&sb));
	sbuf_release(&sb);
}

/* heads, head, base, an id, a label or a prefix, within the branch if any.
 * Appends to out. */
static bool resolve_symbol(struct resolver *rs, const char *sym, struct revset *out)
{
	const struct revgraph *g = rs->g;
	struct revision *r;
	size_t i;

	if (strcmp(sym, "heads") == 0) {
		for (i = 0; i < g->nheads; i++) {
			r = g->heads[i];
			if (rs->branch ? in_lineage(rs, r) : is_real_head(r))
				revset_push(out, r);
		}
		return true;
	}
	if (strcmp(sym, "head") == 0) {
		struct revset h = { NULL, 0, 0 };

		for (i = 0; i < g->nheads; i++)
			if (in_lineage(rs, g->heads[i]))
				revset_push(&h, g->heads[i]);
		if (h.n > 1) {
			multiple_heads(rs, h.v, h.n);
			revset_release(&h);
			return false;
		}
		if (h.n == 1)
			revset_push(out, h.v[0]);
		revset_release(&h);
		return true;
	}
	if (strcmp(sym, "base") == 0)
		return true;
	r = lookup_name(rs, sym, false);
	if (!r)
		return false;
	if (!in_lineage(rs, r)) {
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
			   "revision '%s' is not in branch '%s'", r->id, rs->branchname);
		return false;
	}
	revset_push(out, r);
	return true;
}

/* Moves `steps` along 'revises' from *pos (NULL: base), as Alembic's _walk:
 * up through the revisions that revise it (within the branch, if any),
 * down through its one parent.  More than one way to go is an error. */
static bool walk_steps(struct resolver *rs, struct revision **pos, int sign, size_t steps)
{
	const struct revgraph *g = rs->g;
	struct revision *p = *pos;
	size_t k, i;

	for (k = 0; k < steps; k++) {
		struct revision *const *cand;
		struct revision *next = NULL;
		size_t ncand, nfound = 0;

		if (sign < 0) {
			if (!p) {
				diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
					   "relative target '%s' goes past the base", rs->target);
				return false;
			}
			if (p->ndown > 1) {
				struct sbuf sb = SBUF_INIT;
				add_idlist(&sb, p->down, p->ndown);
				diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_AMBIGUOUS,
					   "relative target '%s' is ambiguous: '%s' revises %s",
					   rs->target, p->id, sbuf_str(&sb));
				sbuf_release(&sb);
				return false;
			}
			p = p->ndown ? p->down[0] : NULL;
			continue;
		}
		cand = p ? p->up : g->bases;
		ncand = p ? p->nup : g->nbases;
		for (i = 0; i < ncand; i++) {
			if (in_lineage(rs, cand[i])) {
				next = cand[i];
				nfound++;
			}
		}
		if (nfound == 0) {
			diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
				   "relative target '%s' goes past the head", rs->target);
			return false;
		}
		if (nfound > 1) {
			struct revset c = { NULL, 0, 0 };
			struct sbuf sb = SBUF_INIT;

			for (i = 0; i < ncand; i++)
				if (in_lineage(rs, cand[i]))
					revset_push(&c, cand[i]);
			add_idlist(&sb, c.v, c.n);
			if (p)
				diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_AMBIGUOUS,
					   "relative target '%s' is ambiguous: '%s' is revised by %s",
					   rs->target, p->id, sbuf_str(&sb));
			else
				diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_AMBIGUOUS,
					   "relative target '%s' is ambiguous: there are several "
					   "bases: %s", rs->target, sbuf_str(&sb));
			sbuf_release(&sb);
			revset_release(&c);
			return false;
		}
		p = next;
	}
	*pos = p;
	return true;
}

static bool is_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* SYMBOL?[+-]DIGITS, as Alembic's relative pattern but anchored at both
 * ends. */
static bool parse_relative(const char *rest, size_t *symlen, int *sign, size_t *steps)
{
	const char *p = strpbrk(rest, "+-");
	unsigned long long v;

	if (!p || !is_digits(p + 1))
		return false;
	*symlen = (size_t)(p - rest);
	*sign = *p == '+' ? 1 : -1;
	errno = 0;
	v = strtoull(p + 1, NULL, 10);
	/* A walk stops at the first head or base, so a huge count only needs
	 * to stay huge. */
	*steps = errno == ERANGE || v > SIZE_MAX ? SIZE_MAX : (size_t)v;
	return true;
}

/* The revisions of cur (all of them, or those in the branch). */
static void cur_in_branch(struct resolver *rs, const struct revset *cur, struct revset *out)
{
	size_t i;

	for (i = 0; i < cur->n; i++)
		if (in_lineage(rs, cur->v[i]))
			revset_push(out, cur->v[i]);
}

/* Where "LABEL@+N" or "LABEL@-N" starts when no current row is on the
 * branch (it is applied only as something a row depends on, or the rows
 * left it lower down), as Alembic backtracks.  Upward: the tips of what
 * is applied on the branch's line, none meaning base.  Downward: the tips
 * of everything applied that lie on the line, so a walk down never starts
 * below a row of some other branch. */
static void branch_tips(struct resolver *rs, const struct revset *cur, int sign,
			struct revset *out)
{
	const struct revgraph *g = rs->g;
	const unsigned char *lin = lineage(rs);
	unsigned char *m = marks_new(g);
	size_t i, j;

	enum { APPLIED = 1, COVERED = 2 };
	mark_walk(m, APPLIED, cur->v, cur->n, WALK_DOWN_DEPS);
	for (i = 0; i < g->n; i++) {
		struct revision *r = g->revs[i];
		if (!(m[i] & APPLIED) || (sign > 0 && !(lin[i] & LIN)))
			continue;
		for (j = 0; j < r->ndown + r->ndeps; j++) {
			struct revision *p = j < r->ndown ? r->down[j] : r->deps[j - r->ndown];
			if (sign > 0 || j < r->ndown)
				m[p->order] |= COVERED;
		}
	}
	for (i = 0; i < g->n; i++)
		if ((m[i] & APPLIED) && (lin[i] & LIN) && !(m[i] & COVERED))
			revset_push(out, g->revs[i]);
	free(m);
}

/* "+N" / "-N" / "LABEL@+N": from the current rows. */
static bool resolve_from_cur(struct resolver *rs, const struct revset *cur, int sign,
			     size_t steps, struct revision **pos, struct revision **branch_out)
{
	struct revset starts = { NULL, 0, 0 };
	struct sbuf sb = SBUF_INIT;
	bool ok = false;

	if (!cur) {
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
			   "relative target '%s' needs the current revision", rs->target);
		return false;
	}
	cur_in_branch(rs, cur, &starts);
	if (starts.n == 0 && rs->branch && cur->n > 0)
		branch_tips(rs, cur, sign, &starts);
	if (starts.n > 1) {
		add_idlist(&sb, starts.v, starts.n);
		diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_AMBIGUOUS,
			   "relative target '%s' is ambiguous: the current revisions are %s; use "
			   "a revision or a branch label before it", rs->target, sbuf_str(&sb));
		goto out;
	}
	if (sign < 0 && starts.n == 0) {
		if (rs->branch)
			diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
				   "relative target '%s': no current revision is on branch '%s'",
				   rs->target, rs->branchname);
		else
			diag_plain(rs->d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
				   "relative target '%s' goes past the base", rs->target);
		goto out;
	}
	*pos = starts.n ? starts.v[0] : NULL;
	/* As Alembic does for "-N", the row walked from scopes the downgrade
	 * to its own branch. */
	if (sign < 0 && !rs->branch)
		*branch_out = *pos;
	ok = walk_steps(rs, pos, sign, steps);
out:
	sbuf_release(&sb);
	revset_release(&starts);
	return ok;
}

static bool is_keyword(const char *s)
{
	return strcmp(s, "head") == 0 || strcmp(s, "heads") == 0 || strcmp(s, "base") == 0;
}

/* Resolves target into out; *branch gets the revision X of X@..., or for a
 * bare "-N" the row it walked from: the downgrade and stamp rules are
 * scoped by it. */
static bool resolve_target(const struct revgraph *g, const char *target,
			   const struct revset *cur, struct revset *out,
			   struct revision **branch, struct diag *d)
{
	struct resolver rs = { g, target, d, NULL, NULL, NULL };
	const char *at, *rest = target;
	struct revision *r, *pos = NULL;
	size_t symlen, steps;
	char *bname = NULL, *sym = NULL;
	int sign;
	bool ok = false;

	out->n = 0;
	*branch = NULL;
	if (!target || !*target) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET, "empty revision target");
		return false;
	}
	/* Whatever characters an id holds, naming it exactly always works;
	 * only the keywords win over an id, as in Alembic. */
	r = is_keyword(target) ? NULL : revgraph_get(g, target);
	if (r) {
		revset_push(out, r);
		return true;
	}
	at = strchr(target, '@');
	if (at) {
		bname = xstrndup(target, (size_t)(at - target));
		rest = at + 1;
		if (!*bname || !*rest) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
				   "malformed target '%s': expected BRANCH@REVISION", target);
			goto out;
		}
		rs.branchname = bname;
		rs.branch = lookup_name(&rs, bname, true);
		if (!rs.branch)
			goto out;
		*branch = rs.branch;
	}
	if ((!is_keyword(rest) && revgraph_get(g, rest)) ||
	    !parse_relative(rest, &symlen, &sign, &steps)) {
		ok = resolve_symbol(&rs, rest, out);
		goto out;
	}
	if (symlen == 0) {
		ok = resolve_from_cur(&rs, cur, sign, steps, &pos, branch);
	} else {
		struct revset start = { NULL, 0, 0 };

		sym = xstrndup(rest, symlen);
		if (strcmp(sym, "base") == 0) {
			ok = true;
		} else if ((ok = resolve_symbol(&rs, sym, &start)) && start.n > 1) {
			multiple_heads(&rs, start.v, start.n);
			ok = false;
		}
		pos = start.n ? start.v[0] : NULL;
		revset_release(&start);
		if (ok)
			ok = walk_steps(&rs, &pos, sign, steps);
	}
	if (ok && pos)
		revset_push(out, pos);
out:
	free(rs.lin);
	free(bname);
	free(sym);
	if (!ok)
		out->n = 0;
	return ok;
}

/* Through a copy, so that cur and out may be the same set (the CLI
 * resolves the FROM of a range in place). */
bool revgraph_resolve(const struct revgraph *g, const char *target, const struct revset *cur,
		      struct revset *out, struct diag *d)
{
	struct revset res = { NULL, 0, 0 };
	struct revision *branch;
	bool ok = resolve_target(g, target, cur, &res, &branch, d);
	size_t i;

	out->n = 0;
	for (i = 0; i < res.n; i++)
		revset_push(out, res.v[i]);
	revset_release(&res);
	return ok;
}

/* ---- plans ---- */

static void alembic_order(const struct revgraph *g, const unsigned char *keep,
			  const struct revset *uppers, struct revset *out);

/* The kept revisions below uppers in the order upgrade runs them: Alembic's
 * history order from uppers, backwards. */
static void run_order(const struct revgraph *g, const unsigned char *keep,
		      const struct revset *uppers, struct revset *out)
{
	struct revset order = { NULL, 0, 0 };
	size_t i;

	alembic_order(g, keep, uppers, &order);
	out->n = 0;
	for (i = order.n; i-- > 0;)
		revset_push(out, order.v[i]);
	revset_release(&order);
}

bool revgraph_plan_upgrade(const struct revgraph *g, const struct revset *cur,
			   const char *target, struct plan *out, struct diag *d)
{
	struct revset t = { NULL, 0, 0 }, order = { NULL, 0, 0 };
	struct revision *branch;
	unsigned char *m;
	size_t i, ncur = cur ? cur->n : 0;
	bool below = false;

	enum { APPLIED = 1, NEEDED = 2 };
	out->n = 0;
	if (!resolve_target(g, target, cur, &t, &branch, d)) {
		revset_release(&t);
		return false;
	}
	m = marks_new(g);
	if (ncur)
		mark_walk(m, APPLIED, cur->v, ncur, WALK_DOWN_DEPS);
	/* Already applied but not a current row: the target lies below. */
	for (i = 0; i < t.n; i++)
		if ((m[t.v[i]->order] & APPLIED) && !revset_has(cur, t.v[i]))
			below = true;
	if (t.n == 0 && ncur > 0)
		below = true;
	if (below) {
		struct sbuf sb = SBUF_INIT;
		add_rows(&sb, cur);
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
			   "upgrade target '%s' is below the current version (%s); use downgrade",
			   target, sbuf_str(&sb));
		sbuf_release(&sb);
		free(m);
		revset_release(&t);
		return false;
	}
	mark_walk(m, NEEDED, t.v, t.n, WALK_DOWN_DEPS);
	/* Alembic's order: its history's, from the targets, run backwards
	 * (so sibling branches go in the order it runs them) */
	for (i = 0; i < g->n; i++)
		m[i] = (m[i] & NEEDED) && !(m[i] & APPLIED);
	run_order(g, m, &t, &order);
	for (i = 0; i < order.n; i++)
		plan_push(out, order.v[i], true);
	revset_release(&order);
	free(m);
	revset_release(&t);
	return true;
}

void revgraph_upgrade_order(const struct revgraph *g, const struct revset *to,
			    struct revset *out)
{
	unsigned char *m = marks_new(g);

	mark_walk(m, 1, to->v, to->n, WALK_DOWN_DEPS);
	run_order(g, m, to, out);
	free(m);
}

void revgraph_plan_reverse(const struct plan *p, struct plan *out)
{
	size_t i;

	out->n = 0;
	for (i = p->n; i-- > 0;)
		plan_push(out, p->steps[i].rev, !p->steps[i].upgrade);
}

bool revgraph_plan_downgrade(const struct revgraph *g, const struct revset *cur,
			     const char *target, struct plan *out, struct diag *d)
{
	struct revset t = { NULL, 0, 0 }, roots = { NULL, 0, 0 }, order = { NULL, 0, 0 };
	struct revision *branch, *tr;
	struct sbuf sb = SBUF_INIT;
	unsigned char *m = NULL;
	size_t i, ncur = cur ? cur->n : 0;
	bool ok = false, off_branch = false;

	enum { ACTIVE = 1, DROP = 2, ON_BRANCH = 4 };
	out->n = 0;
	if (!resolve_target(g, target, cur, &t, &branch, d))
		goto out;
	if (t.n > 1) {
		add_idlist(&sb, t.v, t.n);
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_MULTIPLE_HEADS,
			   "downgrade target '%s' names several revisions: %s; use one revision",
			   target, sbuf_str(&sb));
		goto out;
	}
	tr = t.n ? t.v[0] : NULL;
	m = marks_new(g);
	/* What goes: the revisions above the target (its children's
	 * descendants, or everything from base), through 'depends_on' too. */
	for (i = 0; i < (tr ? tr->nup : g->nbases); i++)
		revset_push(&roots, tr ? tr->up[i] : g->bases[i]);
	if (branch && roots.n > 1) {
		/* X@target: only the roots on X's line. */
		size_t k = 0;

		mark_walk(m, ON_BRANCH, &branch, 1, WALK_DOWN);
		for (i = 0; i < roots.n; i++)
			if (m[roots.v[i]->order] & ON_BRANCH)
				roots.v[k++] = roots.v[i];
		roots.n = k;
		off_branch = k == 0;
	}
	if (ncur)
		mark_walk(m, ACTIVE, cur->v, ncur, WALK_DOWN_DEPS);
	mark_walk(m, DROP, roots.v, roots.n, WALK_UP_DEPS);
	/* Alembic's order: its history's, from the current rows */
	for (i = 0; i < g->n; i++)
		m[i] = (m[i] & ACTIVE) && (m[i] & DROP);
	if (ncur)
		alembic_order(g, m, cur, &order);
	for (i = 0; i < order.n; i++)
		plan_push(out, order.v[i], false);
	if (out->n == 0 && ((tr && !revset_has(cur, tr)) || off_branch)) {
		add_rows(&sb, cur);
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
			   "downgrade target '%s' is not below the current version (%s)", target,
			   sbuf_str(&sb));
		out->n = 0;
		goto out;
	}
	ok = true;
out:
	free(m);
	sbuf_release(&sb);
	revset_release(&order);
	revset_release(&roots);
	revset_release(&t);
	return ok;
}

/* ---- the version table ---- */

static bool depends_on(const struct revision *r, const struct revision *dep)
{
	size_t i;

	for (i = 0; i < r->ndeps; i++)
		if (r->deps[i] == dep)
			return true;
	return false;
}

/* Whether a versioned ancestor of r (not r) also depends on dep.  rdeps is
 * in revs order and ancestors come first in revs, so the walk need not go
 * below the lowest other dependent; the parents are tried first, since a
 * line whose every revision depends on one base is the usual case. */
static bool ancestor_depends_on(struct revision *r, struct revision *dep)
{
	struct revnode *dn = node_of(dep);
	struct revision **stack = NULL;
	size_t lo, sp = 0, cap = 0, i, left = 1;
	unsigned char *m;
	bool found = false;

	for (i = 0; i < r->ndown; i++)
		if (depends_on(r->down[i], dep))
			return true;
	lo = dn->rdeps[0] != r ? dn->rdeps[0]->order : dn->rdeps[1]->order;
	if (lo >= r->order)
		return false;
	m = xcalloc(r->order - lo, 1);
	for (i = 0; i < r->ndown; i++)
		visit(m, lo, r->order - 1, r->down[i], &stack, &sp, &cap, &left);
	while (sp > 0 && !found) {
		struct revision *x = stack[--sp];

		found = depends_on(x, dep);
		for (i = 0; i < x->ndown; i++)
			visit(m, lo, r->order - 1, x->down[i], &stack, &sp, &cap, &left);
	}
	free(stack);
	free(m);
	return found;
}

/* Alembic's _normalized_down_revisions: 'revises', then each 'depends_on'
 * that no versioned ancestor already depends on.  Returns a malloc'd
 * array. */
static size_t norm_down(struct revision *r, struct revision ***out)
{
	struct revision **v = xmalloc((r->ndown + r->ndeps + 1) * sizeof(*v));
	size_t n = 0, i, j;

	for (i = 0; i < r->ndown; i++)
		v[n++] = r->down[i];
	for (i = 0; i < r->ndeps; i++) {
		struct revision *dep = r->deps[i];

		for (j = 0; j < n && v[j] != dep; j++)
			;
		if (j < n)
			continue;
		if (node_of(dep)->nrdeps > 1 && ancestor_depends_on(r, dep))
			continue;
		v[n++] = dep;
	}
	*out = v;
	return n;
}

/* Alembic's _unmerge_to_revisions: which of r's parents become rows when r
 * is undone, i.e. those no other row already stands on.  to[] must hold
 * ndr entries; returns how many it got. */
static size_t unmerge_to(const struct revset *rows, struct revision *r, struct revision **dr,
			 size_t ndr, struct revision **to)
{
	struct revset other = { NULL, 0, 0 }, below = { NULL, 0, 0 };
	bool *hit;
	size_t i, j, n = 0;

	for (i = 0; i < rows->n; i++)
		if (rows->v[i] != r)
			revset_push(&other, rows->v[i]);
	if (ndr == 1 && (other.n == 0 ||
			 dr[0]->nup + node_of(dr[0])->nrdeps == 1)) {
		/* No other row, or r is the parent's only child: nothing else
		 * can stand on it.  The common downgrade step, kept O(1). */
		revset_release(&other);
		to[0] = dr[0];
		return 1;
	}
	hit = xmalloc(ndr * sizeof(*hit));
	if (other.n) {
		reached_down(other.v, other.n, dr, ndr, WALK_DOWN_DEPS, hit);
	} else {
		/* Parents that are ancestors of other parents go too. */
		for (i = 0; i < ndr; i++)
			for (j = 0; j < dr[i]->ndown + dr[i]->ndeps; j++)
				revset_push(&below, j < dr[i]->ndown ? dr[i]->down[j]
								     : dr[i]->deps[j - dr[i]->ndown]);
		reached_down(below.v, below.n, dr, ndr, WALK_DOWN_DEPS, hit);
	}
	for (i = 0; i < ndr; i++)
		if (!hit[i])
			to[n++] = dr[i];
	free(hit);
	revset_release(&below);
	revset_release(&other);
	return n;
}

/* Alembic's merge_branch_idents: the parents whose rows the merge
 * replaces, minus those another row still stands on.  Only parents that
 * are rows count (Alembic would also name absent ones and then fail to
 * find their row). */
static size_t merge_from(const struct revset *rows, struct revision **dr, size_t ndr,
			 struct revision **from)
{
	struct revset other = { NULL, 0, 0 };
	bool *hit = xmalloc(ndr * sizeof(*hit));
	size_t i, j, n = 0;

	for (i = 0; i < rows->n; i++) {
		for (j = 0; j < ndr && dr[j] != rows->v[i]; j++)
			;
		if (j == ndr)
			revset_push(&other, rows->v[i]);
	}
	reached_down(other.v, other.n, dr, ndr, WALK_DOWN_DEPS, hit);
	for (i = 0; i < ndr; i++)
		if (revset_has(rows, dr[i]) && !hit[i])
			from[n++] = dr[i];
	free(hit);
	revset_release(&other);
	return n;
}

void revgraph_step_rows(const struct revgraph *g, struct revset *rows, const struct step *st,
			struct vt_changes *out)
{
	struct revision *r = st->rev, **dr, **buf, *inrows = NULL;
	size_t ndr = norm_down(r, &dr), present = 0, n, i;

	(void)g;	/* everything needed hangs off the revisions */
	for (i = 0; i < ndr; i++) {
		if (revset_has(rows, dr[i])) {
			present++;
			if (!inrows)
				inrows = dr[i];
		}
	}
	buf = xmalloc((ndr + 1) * sizeof(*buf));
	if (st->upgrade) {
		if (ndr == 0 || present == 0) {
			/* A base, or a line none of whose parents has a row. */
			row_insert(rows, out, r);
		} else if (ndr > 1 && present > 1) {
			n = merge_from(rows, dr, ndr, buf);
			if (n == 0) {
				row_insert(rows, out, r);
			} else {
				for (i = 0; i + 1 < n; i++)
					row_delete(rows, out, buf[i]);
				row_update(rows, out, buf[n - 1], r);
			}
		} else {
			row_update(rows, out, ndr == 1 ? dr[0] : inrows, r);
		}
	} else if (revset_has(rows, r)) {
		n = ndr ? unmerge_to(rows, r, dr, ndr, buf) : 0;
		if (n == 0) {
			/* Back to base, or onto a parent another row stands on. */
			row_delete(rows, out, r);
		} else if (ndr > 1) {
			for (i = 0; i + 1 < n; i++)
				row_insert(rows, out, buf[i]);
			row_update(rows, out, r, buf[n - 1]);
		} else {
			row_update(rows, out, r, dr[0]);
		}
	} else if (ndr > 0) {
		/* r has no row; Alembic updates it all the same (and its
		 * rowcount check then fails online).  Our own plans never
		 * get here. */
		row_update(rows, out, r, ndr == 1 || !inrows ? dr[0] : inrows);
	}
	free(buf);
	free(dr);
}

static int cmp_rev_order(const void *a, const void *b)
{
	const struct revision *x = *(struct revision *const *)a;
	const struct revision *y = *(struct revision *const *)b;

	return (x->order > y->order) - (x->order < y->order);
}

/* One of Alembic's StampSteps that moves the rows `from` to `to` (not a
 * branch move), through HeadMaintainer.update_to_step. */
static void stamp_move(struct revset *rows, struct vt_changes *out, struct revision **from,
		       size_t nfrom, struct revision *to, bool upgrade)
{
	bool from_gone = false;
	size_t i;

	for (i = 0; i < nfrom; i++)
		if (!revset_has(rows, from[i]))
			from_gone = true;
	if (upgrade && from_gone && !revset_has(rows, to)) {
		row_insert(rows, out, to);
		return;
	}
	for (i = 0; i + 1 < nfrom; i++)
		row_delete(rows, out, from[i]);
	row_update(rows, out, from[nfrom - 1], to);
}

bool revgraph_stamp(const struct revgraph *g, struct revset *rows, const char *target,
		    struct vt_changes *out, struct diag *d)
{
	struct revset t = { NULL, 0, 0 }, shares = { NULL, 0, 0 }, heads = { NULL, 0, 0 };
	struct revision *branch;
	unsigned char *m;
	size_t i, k;

	enum { SHARE_DOWN = 1, SHARE_UP = 2, BELOW = 4, ABOVE = 8 };
	if (!resolve_target(g, target, rows, &t, &branch, d)) {
		revset_release(&t);
		return false;
	}
	m = marks_new(g);
	/* The rows the stamp moves: those on the target's lines (Alembic's
	 * filter_for_lineage with dependencies), or all of them for base. */
	for (i = 0; i < t.n; i++)
		revset_push(&shares, t.v[i]);
	if (branch)
		revset_push(&shares, branch);
	mark_walk(m, SHARE_DOWN, shares.v, shares.n, WALK_DOWN_DEPS);
	mark_walk(m, SHARE_UP, shares.v, shares.n, WALK_UP_DEPS);
	for (i = 0; i < rows->n; i++)
		if (shares.n == 0 || (m[rows->v[i]->order] & (SHARE_DOWN | SHARE_UP)))
			revset_push(&heads, rows->v[i]);
	if (heads.n)
		qsort(heads.v, heads.n, sizeof(*heads.v), cmp_rev_order);

	if (t.n == 0)
		for (i = 0; i < heads.n; i++)
			row_delete(rows, out, heads.v[i]);
	for (k = 0; k < t.n; k++) {
		struct revision *dest = t.v[k];
		bool down = false, up = false;

		if (revset_has(&heads, dest))
			continue;
		for (i = 0; i < g->n; i++)
			m[i] &= (unsigned char)~(BELOW | ABOVE);
		mark_walk(m, ABOVE, &dest, 1, WALK_UP_DEPS);
		mark_walk(m, BELOW, &dest, 1, WALK_DOWN_DEPS);
		for (i = 0; i < heads.n; i++) {
			down |= (m[heads.v[i]->order] & ABOVE) != 0;
			up |= (m[heads.v[i]->order] & BELOW) != 0;
		}
		if (down || up)
			stamp_move(rows, out, heads.v, heads.n, dest, !down);
		else if (!revset_has(rows, dest))
			row_insert(rows, out, dest);	/* a line no row is on */
	}
	free(m);
	revset_release(&heads);
	revset_release(&shares);
	revset_release(&t);
	return true;
}

/* ---- history ---- */

/* A target relative to the current rows ("-3", "LABEL@+1"): in a history
 * range it is relative to the other end instead. */
static bool relative_to_other_end(const struct revgraph *g, const char *target)
{
	const char *at = strchr(target, '@');
	const char *rest = at ? at + 1 : target;
	size_t symlen, steps;
	int sign;

	return !revgraph_get(g, target) && !revgraph_get(g, rest) &&
	       parse_relative(rest, &symlen, &sign, &steps) && symlen == 0;
}

/* ---- history's order ---- */

/* Every revision below r by revises and depends_on, r included, as marks. */
static void ancestors_of(const struct revgraph *g, struct revision *r, unsigned char *set)
{
	memset(set, 0, g->n);
	mark_walk(set, 1, &r, 1, WALK_DOWN_DEPS);
}

/* A dependency of r that no revision below r (by revises) also depends
 * on: Alembic's normalized dependencies, which with r's parents are where
 * its walk goes next. */
static bool own_dependency(const struct revgraph *g, struct revision *r, struct revision *dep,
			   unsigned char *scratch)
{
	size_t i, j;

	memset(scratch, 0, g->n);
	mark_walk(scratch, 1, r->down, r->ndown, WALK_DOWN);
	for (i = 0; i < g->n; i++) {
		struct revision *x = g->revs[i];
		if (!scratch[i])
			continue;
		for (j = 0; j < x->ndeps; j++)
			if (x->deps[j] == dep)
				return false;
	}
	return true;
}

struct walk_head {
	struct revision *r;
	unsigned char *anc;	/* its ancestors, as marks over g->revs */
};

/* The revisions marked in keep, in the order Alembic's history lists them
 * (its topological sort): from the requested uppers in file order, down
 * one line while no other line still needs what comes next, else over to
 * that line; at a merge, its parents in the order written, then its own
 * dependencies.  Each line keeps the marks of its ancestors, recomputed
 * where a line forks or meets a dependency (a walk of the graph each). */
static void alembic_order(const struct revgraph *g, const unsigned char *keep,
			  const struct revset *uppers, struct revset *out)
{
	struct walk_head *h = NULL;
	size_t nh = 0, cap = 0, cur = 0, i, j, left = 0;
	unsigned char *scratch = xmalloc(g->n ? g->n : 1);
	bool *done = xcalloc(g->n ? g->n : 1, sizeof(bool));

	for (i = 0; i < g->n; i++)
		left += keep[i] != 0;
	/* the uppers that are kept, in file order */
	for (i = 0; i < uppers->n; i++) {
		struct revision *r = uppers->v[i];
		bool dup = false;
		if (!keep[r->order])
			continue;
		for (j = 0; j < nh; j++)
			dup |= h[j].r == r;
		if (dup)
			continue;
		XGROW(h, cap, nh + 1);
		for (j = nh; j > 0 && h[j - 1].r->file_order > r->file_order; j--)
			h[j] = h[j - 1];
		h[j].r = r;
		h[j].anc = NULL;
		nh++;
	}
	for (i = 0; i < nh; i++) {
		h[i].anc = xmalloc(g->n ? g->n : 1);
		ancestors_of(g, h[i].r, h[i].anc);
	}
	while (nh > 0) {
		struct revision *c = h[cur].r, **next = NULL;
		size_t nnext = 0, capnext = 0, k;
		bool other = false;

		for (k = 0; k < nh; k++)
			if (k != cur && h[k].anc[c->order]) {
				cur = k;	/* another line needs c first */
				other = true;
				break;
			}
		if (other)
			continue;
		if (keep[c->order] && !done[c->order]) {
			revset_push(out, c);
			done[c->order] = true;
			left--;
		}
		/* where this line goes next: parents, then own dependencies,
		 * each kept, not yet listed, and not already a line's head */
		for (k = 0; k < c->ndown + c->ndeps; k++) {
			struct revision *x = k < c->ndown ? c->down[k] : c->deps[k - c->ndown];
			bool on = false;
			if (!keep[x->order] || done[x->order])
				continue;
			if (k >= c->ndown && !own_dependency(g, c, x, scratch))
				continue;
			for (j = 0; j < nh; j++)
				on |= h[j].r == x;
			for (j = 0; j < nnext; j++)
				on |= next[j] == x;
			if (on)
				continue;
			XGROW(next, capnext, nnext + 1);
			next[nnext++] = x;
		}
		if (!nnext) {
			free(h[cur].anc);
			memmove(&h[cur], &h[cur + 1], (nh - cur - 1) * sizeof(*h));
			nh--;
			cur = cur ? cur - 1 : 0;
		} else if (c->ndeps == 0 && c->ndown == 1) {
			h[cur].r = next[0];
			h[cur].anc[c->order] = 0;
		} else {
			h[cur].r = next[0];
			ancestors_of(g, next[0], h[cur].anc);
			for (k = 1; k < nnext; k++) {
				XGROW(h, cap, nh + 1);
				h[nh].r = next[k];
				h[nh].anc = xmalloc(g->n ? g->n : 1);
				ancestors_of(g, next[k], h[nh].anc);
				nh++;
			}
		}
		free(next);
	}
	/* what no line reached (a kept revision below a lower bound's
	 * cut): newest first, as before */
	if (left)
		for (i = g->n; i-- > 0;)
			if (keep[i] && !done[i])
				revset_push(out, g->revs[i]);
	free(h);
	free(scratch);
	free(done);
}

/* One end of a history range: "current" is the rows (cur, a database's),
 * anything else a target, resolved from rel where it is relative. */
static bool walk_end(const struct revgraph *g, const char *name, const struct revset *cur,
		     const struct revset *rel, struct revset *out, struct revision **branch,
		     struct diag *d)
{
	size_t i;

	if (strcmp(name, "current") != 0)
		return resolve_target(g, name, rel, out, branch, d);
	*branch = NULL;
	if (!cur) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET, "'current' in a range needs a "
			   "database to say where it is");
		return false;
	}
	for (i = 0; i < cur->n; i++)
		revset_add(out, cur->v[i]);
	return true;
}

bool revgraph_walk(const struct revgraph *g, const char *lower, const char *upper,
		   const struct revset *cur, struct revset *out, struct diag *d)
{
	struct revset lo = { NULL, 0, 0 }, up = { NULL, 0, 0 };
	struct revision *lbranch = NULL, *ubranch;
	const char *lname = lower ? lower : "base", *uname = upper ? upper : "heads";
	unsigned char *m = NULL;
	size_t i;
	bool ok = false;

	enum { UPPER = 1, LOWER = 2, ABOVE_LOWER = 4, BRANCH_DOWN = 8, BRANCH_UP = 16 };
	out->n = 0;
	if (lower && relative_to_other_end(g, lower)) {
		if (!walk_end(g, uname, cur, NULL, &up, &ubranch, d) ||
		    !walk_end(g, lname, cur, &up, &lo, &lbranch, d))
			goto out;
	} else {
		if (!walk_end(g, lname, cur, NULL, &lo, &lbranch, d) ||
		    !walk_end(g, uname, cur, &lo, &up, &ubranch, d))
			goto out;
	}
	m = marks_new(g);
	if (lbranch && lower && strchr(lower, '@')) {
		/* LABEL@base:heads lists that branch only. */
		size_t k = 0;

		mark_walk(m, BRANCH_DOWN, &lbranch, 1, WALK_DOWN);
		mark_walk(m, BRANCH_UP, &lbranch, 1, WALK_UP);
		for (i = 0; i < up.n; i++)
			if (m[up.v[i]->order] & (BRANCH_DOWN | BRANCH_UP))
				up.v[k++] = up.v[i];
		up.n = k;
	}
	mark_walk(m, UPPER, up.v, up.n, WALK_DOWN_DEPS);
	for (i = 0; i < lo.n; i++) {
		if (!(m[lo.v[i]->order] & UPPER)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET,
				   "revision '%s' is not an ancestor of '%s'", lname, uname);
			goto out;
		}
	}
	mark_walk(m, LOWER, lo.v, lo.n, WALK_DOWN_DEPS);
	mark_walk(m, ABOVE_LOWER, lo.v, lo.n, WALK_UP);
	for (i = g->n; i-- > 0;) {
		unsigned char b = m[i];
		bool keep = (b & UPPER) != 0;

		if (lo.n)
			keep = keep && (b & ABOVE_LOWER) &&
			       (!(b & LOWER) || revset_has(&lo, g->revs[i]));
		m[i] = keep;
	}
	alembic_order(g, m, &up, out);
	ok = true;
out:
	free(m);
	revset_release(&lo);
	revset_release(&up);
	return ok;
}
