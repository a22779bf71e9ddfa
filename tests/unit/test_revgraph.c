/* Unit tests for the revision graph: each graph shape Alembic's own tests
 * use (chain, branch, merge, several bases, depends_on), every target form,
 * the plans and version-table changes for each, and the exact text of each
 * diagnostic.  Headers are built by hand, so these run before the grammar
 * exists. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "revgraph.h"
#include "sbuf.h"
#include "srcfile.h"
#include "strmap.h"
#include "util.h"

#define MAXFILES 64

struct fx {
	struct arena *a;
	struct diag d;
	struct migfile *files[MAXFILES];
	size_t n;
	struct revgraph *g;
	struct sbuf sb;		/* what the str_* helpers return */
};

static int setup(void **state)
{
	struct fx *fx = xcalloc(1, sizeof(*fx));

	fx->a = arena_new();
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fx *fx = *state;
	size_t i;

	revgraph_free(fx->g);
	for (i = 0; i < fx->n; i++)
		srcfile_free(fx->files[i]->src);
	arena_free(fx->a);
	diag_release(&fx->d);
	sbuf_release(&fx->sb);
	free(fx);
	return 0;
}

/* Appends "'w1', 'w2'" for the space-separated words of list to the text,
 * and a value with the span of each quoted word to vl. */
static void add_list(struct fx *fx, struct sbuf *text, const char *list, struct valuelist *vl)
{
	const char *p = list;
	int first = 1;

	while (*p) {
		size_t len = strcspn(p, " ");
		uint32_t start;

		if (len == 0) {
			p++;
			continue;
		}
		if (!first)
			sbuf_adds(text, ", ");
		first = 0;
		start = (uint32_t)text->len;
		sbuf_addf(text, "'%.*s'", (int)len, p);
		ir_valuelist_append(vl, ir_new_value(fx->a, VAL_STRING,
						     arena_strndup(fx->a, p, len),
						     span_make(start, (uint32_t)text->len)));
		p += len;
	}
}

/* A revision file "versions/ID.mig" whose header says:
 *     revision 'ID';
 *     revises ('A', 'B');          when revises is given
 *     branch_labels ('L');         when labels is given
 *     depends_on ('D');            when deps is given
 * Lists are space-separated.  Each value's span points into the text, so
 * diagnostics show the real line and caret. */
static struct migfile *mkfile(struct fx *fx, const char *path, const char *id,
			      const char *revises, const char *labels, const char *deps)
{
	struct migfile *f = ARENA_NEW(fx->a, struct migfile);
	struct sbuf text = SBUF_INIT;
	char pathbuf[128];

	if (!path) {
		snprintf(pathbuf, sizeof(pathbuf), "versions/%s.mig", id);
		path = pathbuf;
	}
	f->hdr.transactional = true;
	if (id) {
		uint32_t start;

		sbuf_adds(&text, "revision ");
		start = (uint32_t)text.len;
		sbuf_addf(&text, "'%s'", id);
		f->hdr.revision.kind = VAL_STRING;
		f->hdr.revision.text = arena_strdup(fx->a, id);
		f->hdr.revision.span = span_make(start, (uint32_t)text.len);
		sbuf_adds(&text, ";\n");
	}
	if (revises) {
		f->hdr.has_revises = true;
		sbuf_adds(&text, "revises (");
		add_list(fx, &text, revises, &f->hdr.down);
		sbuf_adds(&text, ");\n");
	}
	if (labels) {
		sbuf_adds(&text, "branch_labels (");
		add_list(fx, &text, labels, &f->hdr.branch_labels);
		sbuf_adds(&text, ");\n");
	}
	if (deps) {
		sbuf_adds(&text, "depends_on (");
		add_list(fx, &text, deps, &f->hdr.depends_on);
		sbuf_adds(&text, ");\n");
	}
	sbuf_adds(&text, "upgrade { }\ndowngrade { }\n");
	f->src = srcfile_from_string(path, text.buf, text.len);
	sbuf_release(&text);
	assert_true(fx->n < MAXFILES);
	fx->files[fx->n++] = f;
	return f;
}

static void mk(struct fx *fx, const char *id, const char *revises, const char *labels,
	       const char *deps)
{
	mkfile(fx, NULL, id, revises, labels, deps);
}

static struct revgraph *build(struct fx *fx)
{
	revgraph_free(fx->g);
	fx->g = revgraph_build(fx->a, fx->files, fx->n, &fx->d);
	return fx->g;
}

static struct revgraph *build_ok(struct fx *fx)
{
	build(fx);
	if (!fx->g)
		diag_print(&fx->d, stderr, 0);
	assert_non_null(fx->g);
	assert_int_equal(fx->d.n, 0);
	return fx->g;
}

static struct revision *R(struct fx *fx, const char *id)
{
	struct revision *r = revgraph_get(fx->g, id);

	if (!r)
		fail_msg("no revision '%s'", id);
	return r;
}

/* A set of rows from space-separated ids. */
static struct revset rows_of(struct fx *fx, const char *ids)
{
	struct revset s = { NULL, 0, 0 };
	const char *p = ids;

	while (*p) {
		size_t len = strcspn(p, " ");
		char id[64];

		if (len == 0) {
			p++;
			continue;
		}
		snprintf(id, sizeof(id), "%.*s", (int)len, p);
		revset_add(&s, R(fx, id));
		p += len;
	}
	return s;
}

static const char *str_revs(struct fx *fx, struct revision *const *v, size_t n)
{
	size_t i;

	sbuf_reset(&fx->sb);
	for (i = 0; i < n; i++)
		sbuf_addf(&fx->sb, "%s%s", i ? " " : "", v[i]->id);
	return sbuf_str(&fx->sb);
}

static const char *str_set(struct fx *fx, const struct revset *s)
{
	return str_revs(fx, s->v, s->n);
}

static const char *str_plan(struct fx *fx, const struct plan *p)
{
	size_t i;

	sbuf_reset(&fx->sb);
	for (i = 0; i < p->n; i++)
		sbuf_addf(&fx->sb, "%s%c%s", i ? " " : "", p->steps[i].upgrade ? '+' : '-',
			  p->steps[i].rev->id);
	return sbuf_str(&fx->sb);
}

static const char *str_vt(struct fx *fx, const struct vt_changes *c)
{
	size_t i;

	sbuf_reset(&fx->sb);
	for (i = 0; i < c->n; i++) {
		const struct vt_change *v = &c->v[i];
		if (i)
			sbuf_adds(&fx->sb, "; ");
		switch (v->kind) {
		case VT_INSERT:
			sbuf_addf(&fx->sb, "insert %s", v->to);
			break;
		case VT_UPDATE:
			sbuf_addf(&fx->sb, "update %s->%s", v->from, v->to);
			break;
		case VT_DELETE:
			sbuf_addf(&fx->sb, "delete %s", v->from);
			break;
		}
	}
	return sbuf_str(&fx->sb);
}

/* Everything reported, as the CLI would print it without colour. */
static const char *str_diag(struct fx *fx)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	diag_print(&fx->d, f, 0);
	fclose(f);
	sbuf_reset(&fx->sb);
	sbuf_add(&fx->sb, buf, len);
	free(buf);
	diag_clear(&fx->d);
	return sbuf_str(&fx->sb);
}

static const char *resolve(struct fx *fx, const char *target, const char *cur)
{
	struct revset c = rows_of(fx, cur ? cur : ""), out = { NULL, 0, 0 };
	bool ok = revgraph_resolve(fx->g, target, cur ? &c : NULL, &out, &fx->d);

	if (!ok) {
		revset_release(&c);
		revset_release(&out);
		return NULL;
	}
	str_set(fx, &out);
	revset_release(&c);
	revset_release(&out);
	return sbuf_str(&fx->sb);
}

static void expect_resolve(struct fx *fx, const char *target, const char *cur,
			   const char *want)
{
	const char *got = resolve(fx, target, cur);

	if (!got)
		fail_msg("'%s' did not resolve: %s", target, str_diag(fx));
	assert_string_equal(got, want);
	assert_int_equal(fx->d.n, 0);
}

static void expect_resolve_error(struct fx *fx, const char *target, const char *cur,
				 const char *want_diag)
{
	assert_null(resolve(fx, target, cur));
	assert_string_equal(str_diag(fx), want_diag);
}

enum dir { UP, DOWN };

/* The plan from cur to target, and what running it does to the version
 * table: "PLAN | CHANGES | FINAL ROWS". */
static const char *run(struct fx *fx, enum dir dir, const char *cur, const char *target)
{
	struct revset rows = rows_of(fx, cur);
	struct plan p = { NULL, 0, 0 };
	struct vt_changes vt = { NULL, 0, 0 };
	struct sbuf res = SBUF_INIT;
	bool ok = dir == UP ? revgraph_plan_upgrade(fx->g, &rows, target, &p, &fx->d)
			    : revgraph_plan_downgrade(fx->g, &rows, target, &p, &fx->d);
	size_t i;

	if (!ok) {
		revset_release(&rows);
		plan_release(&p);
		return NULL;
	}
	for (i = 0; i < p.n; i++)
		revgraph_step_rows(fx->g, &rows, &p.steps[i], &vt);
	sbuf_addf(&res, "%s | ", str_plan(fx, &p));
	sbuf_addf(&res, "%s | ", str_vt(fx, &vt));
	sbuf_adds(&res, str_set(fx, &rows));
	sbuf_reset(&fx->sb);
	sbuf_adds(&fx->sb, sbuf_str(&res));
	sbuf_release(&res);
	revset_release(&rows);
	plan_release(&p);
	vt_changes_release(&vt);
	return sbuf_str(&fx->sb);
}

static void expect_run(struct fx *fx, enum dir dir, const char *cur, const char *target,
		       const char *want)
{
	const char *got = run(fx, dir, cur, target);

	if (!got)
		fail_msg("%s to '%s' failed: %s", dir == UP ? "upgrade" : "downgrade", target,
			 str_diag(fx));
	assert_string_equal(got, want);
}

static void expect_run_error(struct fx *fx, enum dir dir, const char *cur, const char *target,
			     const char *want_diag)
{
	assert_null(run(fx, dir, cur, target));
	assert_string_equal(str_diag(fx), want_diag);
}

/* "CHANGES | FINAL ROWS" for stamp target from rows cur. */
static const char *stamp(struct fx *fx, const char *cur, const char *target)
{
	struct revset rows = rows_of(fx, cur);
	struct vt_changes vt = { NULL, 0, 0 };
	struct sbuf res = SBUF_INIT;

	if (!revgraph_stamp(fx->g, &rows, target, &vt, &fx->d)) {
		revset_release(&rows);
		vt_changes_release(&vt);
		fail_msg("stamp '%s' failed: %s", target, str_diag(fx));
	}
	sbuf_addf(&res, "%s | ", str_vt(fx, &vt));
	sbuf_adds(&res, str_set(fx, &rows));
	sbuf_reset(&fx->sb);
	sbuf_adds(&fx->sb, sbuf_str(&res));
	sbuf_release(&res);
	revset_release(&rows);
	vt_changes_release(&vt);
	return sbuf_str(&fx->sb);
}

static const char *walk(struct fx *fx, const char *lower, const char *upper)
{
	struct revset out = { NULL, 0, 0 };

	if (!revgraph_walk(fx->g, lower, upper, NULL, &out, &fx->d)) {
		revset_release(&out);
		return NULL;
	}
	str_set(fx, &out);
	revset_release(&out);
	return sbuf_str(&fx->sb);
}

/* ---- shapes ---- */

/* a1000 -> b2000 -> c3000 -> d4000 -> e5000 */
static void chain(struct fx *fx)
{
	mk(fx, "c3000", "b2000", NULL, NULL);
	mk(fx, "a1000", NULL, NULL, NULL);
	mk(fx, "e5000", "d4000", NULL, NULL);
	mk(fx, "b2000", "a1000", NULL, NULL);
	mk(fx, "d4000", "c3000", NULL, NULL);
	build_ok(fx);
}

/* Alembic's BranchedPathTest:  a0 -> b0 -> c1 -> d1   (c1 labelled c1branch)
 *                                      \-> c2 -> d2   (c2 labelled c2branch) */
static void branched(struct fx *fx)
{
	mk(fx, "d2", "c2", NULL, NULL);
	mk(fx, "c1", "b0", "c1branch", NULL);
	mk(fx, "a0", NULL, NULL, NULL);
	mk(fx, "c2", "b0", "c2branch", NULL);
	mk(fx, "b0", "a0", NULL, NULL);
	mk(fx, "d1", "c1", NULL, NULL);
	build_ok(fx);
}

/* a0 -> b0 --\
 *   \-> c0 --> m0 (revises b0, c0) -> n0 */
static void merged(struct fx *fx)
{
	mk(fx, "n0", "m0", NULL, NULL);
	mk(fx, "m0", "b0 c0", NULL, NULL);
	mk(fx, "c0", "a0", NULL, NULL);
	mk(fx, "b0", "a0", NULL, NULL);
	mk(fx, "a0", NULL, NULL, NULL);
	build_ok(fx);
}

/* Two trees:  x1 -> x2 (x1 labelled xbranch)  and  y1 -> y2 (y1 labelled
 * ybranch), with y2 depending on x1. */
static void two_bases_dep(struct fx *fx, const char *dep)
{
	mk(fx, "y2", "y1", NULL, dep);
	mk(fx, "x1", NULL, "xbranch", NULL);
	mk(fx, "y1", NULL, "ybranch", NULL);
	mk(fx, "x2", "x1", NULL, NULL);
	build_ok(fx);
}

/* ---- tests: building ---- */

static void test_strmap(void **state)
{
	struct strmap *m = strmap_new(0);
	char keys[2000][8];
	int vals[2000];
	size_t i;

	(void)state;
	for (i = 0; i < 2000; i++) {
		snprintf(keys[i], sizeof(keys[i]), "k%zu", i);
		vals[i] = (int)i;
		assert_null(strmap_put(m, keys[i], &vals[i]));
	}
	assert_int_equal(strmap_count(m), 2000);
	for (i = 0; i < 2000; i++)
		assert_ptr_equal(strmap_get(m, keys[i]), &vals[i]);
	assert_null(strmap_get(m, "k2000"));
	assert_ptr_equal(strmap_put(m, keys[7], &vals[8]), &vals[7]);
	assert_ptr_equal(strmap_get(m, "k7"), &vals[8]);
	/* Deleting every other key must leave the rest reachable. */
	for (i = 0; i < 2000; i += 2)
		assert_non_null(strmap_del(m, keys[i]));
	assert_null(strmap_del(m, "k0"));
	assert_int_equal(strmap_count(m), 1000);
	for (i = 0; i < 2000; i++) {
		if (i % 2)
			assert_non_null(strmap_get(m, keys[i]));
		else
			assert_null(strmap_get(m, keys[i]));
	}
	strmap_free(m);
}

static void test_chain_shape(void **state)
{
	struct fx *fx = *state;
	struct revision *c;

	chain(fx);
	assert_int_equal(fx->g->n, 5);
	assert_string_equal(str_revs(fx, fx->g->revs, fx->g->n), "a1000 b2000 c3000 d4000 e5000");
	assert_string_equal(str_revs(fx, fx->g->heads, fx->g->nheads), "e5000");
	assert_string_equal(str_revs(fx, fx->g->bases, fx->g->nbases), "a1000");
	c = R(fx, "c3000");
	assert_int_equal(c->order, 2);
	assert_string_equal(str_revs(fx, c->down, c->ndown), "b2000");
	assert_string_equal(str_revs(fx, c->up, c->nup), "d4000");
	assert_false(c->is_head || c->is_base || c->is_branchpoint || c->is_mergepoint);
	assert_true(R(fx, "e5000")->is_head);
	assert_true(R(fx, "a1000")->is_base);
	assert_string_equal(c->message, "");
	assert_ptr_equal(c->file->hdr.revision.text, c->id);
	assert_null(revgraph_get(fx->g, "c300"));
}

static void test_input_order_independent(void **state)
{
	struct fx *fx = *state;
	/* The branched shape, in three input orders. */
	static const int orders[3][6] = {
		{ 0, 1, 2, 3, 4, 5 }, { 5, 4, 3, 2, 1, 0 }, { 3, 0, 5, 1, 4, 2 }
	};
	static const char *const ids[6] = { "a0", "b0", "c1", "c2", "d1", "d2" };
	static const char *const parents[6] = { NULL, "a0", "b0", "b0", "c1", "c2" };
	char first[256] = "";
	int k, i;

	for (k = 0; k < 3; k++) {
		struct fx f2 = { fx->a, DIAG_INIT, { NULL }, 0, NULL, SBUF_INIT };
		struct plan p = { NULL, 0, 0 };
		struct revset cur = { NULL, 0, 0 };
		char got[256];

		for (i = 0; i < 6; i++)
			mk(&f2, ids[orders[k][i]], parents[orders[k][i]], NULL, NULL);
		build_ok(&f2);
		assert_true(revgraph_plan_upgrade(f2.g, &cur, "heads", &p, &f2.d));
		/* the graph's order and its heads; a plan follows the files'
		 * order, as Alembic's does (the test_plans_ cases) */
		snprintf(got, sizeof(got), "%s / ", str_revs(&f2, f2.g->revs, f2.g->n));
		strncat(got, str_revs(&f2, f2.g->heads, f2.g->nheads), sizeof(got) - strlen(got) - 1);
		strncat(got, " / ", sizeof(got) - strlen(got) - 1);
		snprintf(got + strlen(got), sizeof(got) - strlen(got), "%zu steps", p.n);
		if (k == 0)
			strcpy(first, got);
		assert_string_equal(got, first);
		plan_release(&p);
		revgraph_free(f2.g);
		for (i = 0; i < 6; i++)
			srcfile_free(f2.files[i]->src);
		diag_release(&f2.d);
		sbuf_release(&f2.sb);
	}
	assert_string_equal(first, "a0 b0 c1 d1 c2 d2 / d1 d2 / 6 steps");
}

static void test_branch_shape(void **state)
{
	struct fx *fx = *state;
	struct revision *b;

	branched(fx);
	assert_string_equal(str_revs(fx, fx->g->revs, fx->g->n), "a0 b0 c1 d1 c2 d2");
	assert_string_equal(str_revs(fx, fx->g->heads, fx->g->nheads), "d1 d2");
	assert_string_equal(str_revs(fx, fx->g->bases, fx->g->nbases), "a0");
	b = R(fx, "b0");
	assert_true(b->is_branchpoint);
	assert_string_equal(str_revs(fx, b->up, b->nup), "c1 c2");
	assert_int_equal(R(fx, "c2")->nlabels, 1);
	assert_string_equal(R(fx, "c2")->labels[0], "c2branch");
}

static void test_merge_shape(void **state)
{
	struct fx *fx = *state;
	struct revision *m;

	merged(fx);
	assert_string_equal(str_revs(fx, fx->g->revs, fx->g->n), "a0 b0 c0 m0 n0");
	m = R(fx, "m0");
	assert_true(m->is_mergepoint);
	assert_string_equal(str_revs(fx, m->down, m->ndown), "b0 c0");
	assert_true(R(fx, "a0")->is_branchpoint);
	assert_string_equal(str_revs(fx, fx->g->heads, fx->g->nheads), "n0");
}

static void test_depends_on_shape(void **state)
{
	struct fx *fx = *state;
	struct revision *y2;

	two_bases_dep(fx, "x1");
	assert_string_equal(str_revs(fx, fx->g->revs, fx->g->n), "x1 x2 y1 y2");
	assert_string_equal(str_revs(fx, fx->g->heads, fx->g->nheads), "x2 y2");
	assert_string_equal(str_revs(fx, fx->g->bases, fx->g->nbases), "x1 y1");
	y2 = R(fx, "y2");
	assert_string_equal(str_revs(fx, y2->deps, y2->ndeps), "x1");
	/* A dependency is not a parent: x1 still has only x2 above it. */
	assert_string_equal(str_revs(fx, R(fx, "x1")->up, R(fx, "x1")->nup), "x2");
	assert_false(R(fx, "x1")->is_branchpoint);
}

static void test_depends_on_by_label_and_prefix(void **state)
{
	struct fx *fx = *state;

	mk(fx, "y2", "y1", NULL, "xbranch");
	mk(fx, "y1", NULL, NULL, "x2ab");
	mk(fx, "x1", NULL, "xbranch", NULL);
	mk(fx, "x2abcdef", "x1", NULL, NULL);
	build_ok(fx);
	assert_string_equal(str_revs(fx, R(fx, "y2")->deps, R(fx, "y2")->ndeps), "x1");
	assert_string_equal(str_revs(fx, R(fx, "y1")->deps, R(fx, "y1")->ndeps), "x2abcdef");
	assert_string_equal(str_revs(fx, fx->g->revs, fx->g->n), "x1 x2abcdef y1 y2");
}

static void test_deep_chain(void **state)
{
	struct fx *fx = *state;
	enum { N = 20000 };
	struct migfile **files = xmalloc(N * sizeof(*files));
	struct revset rows = { NULL, 0, 0 };
	struct vt_changes vt = { NULL, 0, 0 };
	struct plan p = { NULL, 0, 0 };
	struct revgraph *g;
	size_t i;

	/* Deep enough that any recursion would show; files given newest
	 * first. */
	for (i = 0; i < N; i++) {
		struct migfile *f = ARENA_NEW(fx->a, struct migfile);
		size_t k = N - 1 - i;

		f->hdr.revision.text = arena_printf(fx->a, "r%05zu", k);
		if (k > 0)
			ir_valuelist_append(&f->hdr.down,
					    ir_new_value(fx->a, VAL_STRING,
							 arena_printf(fx->a, "r%05zu", k - 1),
							 span_make(0, 0)));
		files[i] = f;
	}
	g = revgraph_build(fx->a, files, N, &fx->d);
	assert_non_null(g);
	assert_string_equal(g->revs[0]->id, "r00000");
	assert_string_equal(g->revs[N - 1]->id, "r19999");
	assert_true(revgraph_plan_upgrade(g, &rows, "head", &p, &fx->d));
	assert_int_equal(p.n, N);
	for (i = 0; i < p.n; i++)
		revgraph_step_rows(g, &rows, &p.steps[i], &vt);
	assert_int_equal(vt.n, N);
	assert_string_equal(str_set(fx, &rows), "r19999");
	vt.n = 0;
	assert_true(revgraph_plan_downgrade(g, &rows, "base", &p, &fx->d));
	assert_int_equal(p.n, N);
	for (i = 0; i < p.n; i++)
		revgraph_step_rows(g, &rows, &p.steps[i], &vt);
	assert_int_equal(rows.n, 0);
	assert_int_equal(vt.v[N - 1].kind, VT_DELETE);
	assert_true(revgraph_walk(g, NULL, NULL, NULL, &rows, &fx->d));
	assert_int_equal(rows.n, N);
	assert_string_equal(rows.v[0]->id, "r19999");
	revset_release(&rows);
	vt_changes_release(&vt);
	plan_release(&p);
	revgraph_free(g);
	free(files);
}

/* ---- tests: build errors ---- */

static void test_error_duplicate(void **state)
{
	struct fx *fx = *state;

	mkfile(fx, "versions/b_second.mig", "a1000", NULL, NULL, NULL);
	mkfile(fx, "versions/a_first.mig", "a1000", NULL, NULL, NULL);
	assert_null(build(fx));
	assert_int_equal(fx->d.v[0].code, DIAG_REV_DUPLICATE);
	assert_string_equal(diag_code_name(fx->d.v[0].code), "revision-duplicate");
	assert_string_equal(str_diag(fx),
		"versions/b_second.mig:1:10: error: duplicate revision id 'a1000'\n"
		"revision 'a1000';\n"
		"         ^~~~~~~\n"
		"versions/a_first.mig:1:10: note: 'a1000' is first defined here\n"
		"revision 'a1000';\n"
		"         ^~~~~~~\n");
}

static void test_error_unknown_parent(void **state)
{
	struct fx *fx = *state;

	mk(fx, "ae1027a6acf0", NULL, NULL, NULL);
	mk(fx, "bb00", "ae10", NULL, NULL);		/* a prefix is not enough */
	mk(fx, "cc00", "ae1027a6acfO", NULL, NULL);	/* one letter off */
	mk(fx, "dd00", "zzzz", NULL, NULL);		/* nothing close */
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/bb00.mig:2:10: error: unknown revision 'ae10' in 'revises'\n"
		"revises ('ae10');\n"
		"         ^~~~~~\n"
		"versions/bb00.mig:2:10: note: did you mean 'ae1027a6acf0'?\n"
		"revises ('ae10');\n"
		"         ^~~~~~\n"
		"versions/cc00.mig:2:10: error: unknown revision 'ae1027a6acfO' in 'revises'\n"
		"revises ('ae1027a6acfO');\n"
		"         ^~~~~~~~~~~~~~\n"
		"versions/cc00.mig:2:10: note: did you mean 'ae1027a6acf0'?\n"
		"revises ('ae1027a6acfO');\n"
		"         ^~~~~~~~~~~~~~\n"
		"versions/dd00.mig:2:10: error: unknown revision 'zzzz' in 'revises'\n"
		"revises ('zzzz');\n"
		"         ^~~~~~\n");
}

static void test_error_label_in_revises(void **state)
{
	struct fx *fx = *state;

	mk(fx, "a1", NULL, "billing", NULL);
	mk(fx, "b1", "billing", NULL, NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/b1.mig:2:10: error: unknown revision 'billing' in 'revises'\n"
		"revises ('billing');\n"
		"         ^~~~~~~~~\n"
		"versions/b1.mig:2:10: note: 'billing' is a branch label of revision 'a1'; "
		"'revises' needs the revision id\n"
		"revises ('billing');\n"
		"         ^~~~~~~~~\n");
}

static void test_error_unknown_dependency(void **state)
{
	struct fx *fx = *state;

	mk(fx, "aaaa1", NULL, "billing", NULL);
	mk(fx, "aaaa2", NULL, NULL, NULL);
	mk(fx, "bb00", NULL, NULL, "biling");
	mk(fx, "cc00", NULL, NULL, "aaaa");
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/bb00.mig:2:13: error: unknown revision or branch 'biling' in "
		"'depends_on'\n"
		"depends_on ('biling');\n"
		"            ^~~~~~~~\n"
		"versions/bb00.mig:2:13: note: did you mean 'billing'?\n"
		"depends_on ('biling');\n"
		"            ^~~~~~~~\n"
		"versions/cc00.mig:2:13: error: revision prefix 'aaaa' in 'depends_on' is "
		"ambiguous: aaaa1, aaaa2\n"
		"depends_on ('aaaa');\n"
		"            ^~~~~~\n");
}

static void test_error_cycle(void **state)
{
	struct fx *fx = *state;

	mk(fx, "base0", NULL, NULL, NULL);
	mk(fx, "c3", "b2", NULL, NULL);
	mk(fx, "b2", "a1", NULL, NULL);
	mk(fx, "a1", "c3", NULL, NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/a1.mig:2:10: error: cycle in the revision graph: 'a1' -> 'c3' -> "
		"'b2' -> 'a1'\n"
		"revises ('c3');\n"
		"         ^~~~\n");
}

static void test_error_cycle_through_depends_on(void **state)
{
	struct fx *fx = *state;

	/* The cycle hangs below a head, so the search meets it from above. */
	mk(fx, "top", "b2", NULL, NULL);
	mk(fx, "b2", "a1", NULL, NULL);
	mk(fx, "a1", NULL, NULL, "b2");
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/a1.mig:2:13: error: cycle in the revision graph: 'a1' -> 'b2' -> "
		"'a1'\n"
		"depends_on ('b2');\n"
		"            ^~~~\n");
}

static void test_error_self_loop(void **state)
{
	struct fx *fx = *state;

	mk(fx, "a1", "a1", NULL, NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/a1.mig:2:10: error: revision 'a1' revises itself\n"
		"revises ('a1');\n"
		"         ^~~~\n");
}

static void test_error_labels(void **state)
{
	struct fx *fx = *state;

	mk(fx, "a1", NULL, "shared", NULL);
	mk(fx, "b1", NULL, "shared", NULL);
	mk(fx, "c1", NULL, "a1 dup dup", NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/b1.mig:2:16: error: branch label 'shared' is already used by "
		"revision 'a1'\n"
		"branch_labels ('shared');\n"
		"               ^~~~~~~~\n"
		"versions/a1.mig:2:16: note: 'shared' is first used here\n"
		"branch_labels ('shared');\n"
		"               ^~~~~~~~\n"
		"versions/c1.mig:2:16: error: branch label 'a1' is also a revision id\n"
		"branch_labels ('a1', 'dup', 'dup');\n"
		"               ^~~~\n"
		"versions/a1.mig:1:10: note: revision 'a1' is defined here\n"
		"revision 'a1';\n"
		"         ^~~~\n"
		"versions/c1.mig:2:29: error: branch label 'dup' is listed twice\n"
		"branch_labels ('a1', 'dup', 'dup');\n"
		"                            ^~~~~\n");
}

static void test_error_missing_revision_line(void **state)
{
	struct fx *fx = *state;

	mk(fx, "a1", NULL, NULL, NULL);
	mkfile(fx, "versions/noid.mig", NULL, "a1", NULL, NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/noid.mig:1:1: error: revision file has no 'revision' line\n"
		"revises ('a1');\n"
		"^\n");
}

static void test_error_revises_twice(void **state)
{
	struct fx *fx = *state;

	mk(fx, "a1", NULL, NULL, NULL);
	mk(fx, "b1", "a1 a1", NULL, NULL);
	assert_null(build(fx));
	assert_string_equal(str_diag(fx),
		"versions/b1.mig:2:16: error: 'a1' is listed twice in 'revises'\n"
		"revises ('a1', 'a1');\n"
		"               ^~~~\n");
}

/* ---- tests: targets ---- */

static void test_targets_chain(void **state)
{
	struct fx *fx = *state;

	chain(fx);
	expect_resolve(fx, "head", NULL, "e5000");
	expect_resolve(fx, "heads", NULL, "e5000");
	expect_resolve(fx, "base", NULL, "");
	expect_resolve(fx, "c3000", NULL, "c3000");
	expect_resolve(fx, "c300", NULL, "c3000");
	expect_resolve(fx, "+2", "a1000", "c3000");
	expect_resolve(fx, "+1", "", "a1000");		/* from base */
	expect_resolve(fx, "-1", "c3000", "b2000");
	expect_resolve(fx, "-3", "c3000", "");		/* down to base */
	expect_resolve(fx, "b2000+2", NULL, "d4000");
	expect_resolve(fx, "d400-2", NULL, "b2000");
	expect_resolve(fx, "head-1", NULL, "d4000");
	expect_resolve(fx, "base+1", NULL, "a1000");
	expect_resolve(fx, "c3000+0", NULL, "c3000");
	{
		/* cur and out may be one set. */
		struct revset rows = rows_of(fx, "b2000");

		assert_true(revgraph_resolve(fx->g, "+2", &rows, &rows, &fx->d));
		assert_string_equal(str_set(fx, &rows), "d4000");
		revset_release(&rows);
	}

	/* a prefix of any length, as Alembic, when one id of 4 or more
	 * characters starts with it */
	expect_resolve(fx, "c3", NULL, "c3000");
	expect_resolve_error(fx, "c3001", NULL,
		"retort: error: unknown revision 'c3001'\n"
		"retort: note: did you mean 'c3000'?\n");
	expect_resolve(fx, "c30", NULL, "c3000");
	expect_resolve_error(fx, "f6000", NULL, "retort: error: unknown revision 'f6000'\n");
	expect_resolve_error(fx, "qqqqqqqq", NULL, "retort: error: unknown revision 'qqqqqqqq'\n");
	expect_resolve_error(fx, "+3", "c3000", "retort: error: relative target '+3' goes past the head\n");
	expect_resolve_error(fx, "-4", "c3000", "retort: error: relative target '-4' goes past the base\n");
	expect_resolve_error(fx, "-1", "", "retort: error: relative target '-1' goes past the base\n");
	expect_resolve_error(fx, "a1000-2", NULL,
		"retort: error: relative target 'a1000-2' goes past the base\n");
	expect_resolve_error(fx, "+1", NULL,
		"retort: error: relative target '+1' needs the current revision\n");
	expect_resolve_error(fx, "", NULL, "retort: error: empty revision target\n");
	expect_resolve_error(fx, "@head", NULL,
		"retort: error: malformed target '@head': expected BRANCH@REVISION\n");
}

static void test_targets_ambiguous_prefix(void **state)
{
	struct fx *fx = *state;

	mk(fx, "ae1027a6acf0", NULL, NULL, NULL);
	mk(fx, "ae10ffee0000", "ae1027a6acf0", NULL, NULL);
	mk(fx, "ae10aaaa0000", "ae10ffee0000", NULL, NULL);
	mk(fx, "abc", "ae10aaaa0000", NULL, NULL);
	mk(fx, "abcd1", "abc", NULL, NULL);
	build_ok(fx);
	expect_resolve_error(fx, "ae10", NULL,
		"retort: error: revision prefix 'ae10' is ambiguous: 3 revisions start with "
		"it (ae1027a6acf0, ae10aaaa0000, ae10ffee0000)\n");
	expect_resolve_error(fx, "a", NULL,
		"retort: error: revision prefix 'a' is ambiguous: 4 revisions start with "
		"it (abcd1, ae1027a6acf0, ae10aaaa0000, ...)\n");
	expect_resolve(fx, "ae10f", NULL, "ae10ffee0000");
	expect_resolve(fx, "ae1027", NULL, "ae1027a6acf0");
	/* an id of 3 characters or fewer is matched whole only, as in
	 * Alembic: 'ab' is the one longer id that starts so */
	expect_resolve(fx, "ab", NULL, "abcd1");
	expect_resolve(fx, "abc", NULL, "abc");
	expect_resolve(fx, "ae1027a6acf0", NULL, "ae1027a6acf0");
}

static void test_targets_branches(void **state)
{
	struct fx *fx = *state;

	branched(fx);
	expect_resolve_error(fx, "head", NULL,
		"retort: error: multiple heads are present for target 'head': d1, d2; use "
		"'heads' or a specific revision\n");
	expect_resolve(fx, "heads", NULL, "d1 d2");
	expect_resolve(fx, "c1branch", NULL, "c1");
	expect_resolve(fx, "c1branch@head", NULL, "d1");
	expect_resolve(fx, "c2branch@head", NULL, "d2");
	expect_resolve(fx, "c2@head", NULL, "d2");	/* REV@head */
	expect_resolve(fx, "c2branch@heads", NULL, "d2");
	expect_resolve(fx, "c2branch@base", NULL, "");
	expect_resolve(fx, "c2branch@head-1", NULL, "c2");
	expect_resolve(fx, "c2branch@base+3", NULL, "c2");
	expect_resolve(fx, "c2branch@+1", "b0", "c2");	/* from the branch point */
	expect_resolve(fx, "c2branch@+1", "d1", "c2");	/* back from the other branch */
	expect_resolve(fx, "c1branch@-1", "d1 d2", "c1");
	expect_resolve(fx, "-1", "d2", "c2");
	expect_resolve_error(fx, "b0@head", NULL,
		"retort: error: multiple heads are present for target 'b0@head': d1, d2; use "
		"'b0@heads' or a specific revision\n");
	expect_resolve_error(fx, "+1", "b0",
		"retort: error: relative target '+1' is ambiguous: 'b0' is revised by c1, c2\n");
	expect_resolve_error(fx, "-1", "d1 d2",
		"retort: error: relative target '-1' is ambiguous: the current revisions are "
		"d1, d2; use a revision or a branch label before it\n");
	expect_resolve_error(fx, "c1branch@d2", NULL,
		"retort: error: revision 'd2' is not in branch 'c1branch'\n");
	expect_resolve_error(fx, "other@head", NULL,
		"retort: error: unknown revision or branch 'other'\n");
	expect_resolve_error(fx, "c2brnch@head", NULL,
		"retort: error: unknown revision or branch 'c2brnch'\n"
		"retort: note: did you mean 'c2branch'?\n");
	expect_resolve_error(fx, "head-1", NULL,
		"retort: error: multiple heads are present for target 'head-1': d1, d2; use "
		"'heads' or a specific revision\n");
}

static void test_targets_merge_and_bases(void **state)
{
	struct fx *fx = *state;

	merged(fx);
	expect_resolve_error(fx, "m0-1", NULL,
		"retort: error: relative target 'm0-1' is ambiguous: 'm0' revises b0, c0\n");
	expect_resolve(fx, "n0-1", NULL, "m0");
	revgraph_free(fx->g);
	fx->g = NULL;
	{
		size_t i;
		for (i = 0; i < fx->n; i++)
			srcfile_free(fx->files[i]->src);
		fx->n = 0;
	}
	two_bases_dep(fx, "x1");
	expect_resolve_error(fx, "base+1", NULL,
		"retort: error: relative target 'base+1' is ambiguous: there are several "
		"bases: x1, y1\n");
	expect_resolve(fx, "ybranch@base+1", NULL, "y1");
	expect_resolve(fx, "ybranch@head", NULL, "y2");
}

/* x2 is a head that y2 depends on: "heads" is what the version table holds
 * after upgrading everything (Alembic's real heads), "head" counts both. */
static void test_targets_heads_with_dependency(void **state)
{
	struct fx *fx = *state;

	mk(fx, "x1", NULL, NULL, NULL);
	mk(fx, "y1", NULL, NULL, NULL);
	mk(fx, "y2", "y1", NULL, "x1");
	build_ok(fx);
	assert_string_equal(str_revs(fx, fx->g->heads, fx->g->nheads), "x1 y2");
	expect_resolve(fx, "heads", NULL, "y2");
	expect_resolve_error(fx, "head", NULL,
		"retort: error: multiple heads are present for target 'head': x1, y2; use "
		"'heads' or a specific revision\n");
	expect_run(fx, UP, "", "heads",
		   "+x1 +y1 +y2 | insert x1; insert y1; delete y1; update x1->y2 | y2");
}

/* ---- tests: plans and the version table ---- */

static void test_plans_chain(void **state)
{
	struct fx *fx = *state;

	chain(fx);
	expect_run(fx, UP, "", "head",
		   "+a1000 +b2000 +c3000 +d4000 +e5000 | insert a1000; update a1000->b2000; "
		   "update b2000->c3000; update c3000->d4000; update d4000->e5000 | e5000");
	expect_run(fx, UP, "c3000", "e5000",
		   "+d4000 +e5000 | update c3000->d4000; update d4000->e5000 | e5000");
	expect_run(fx, UP, "a1000", "+2",
		   "+b2000 +c3000 | update a1000->b2000; update b2000->c3000 | c3000");
	expect_run(fx, UP, "a1000", "b2000+2",
		   "+b2000 +c3000 +d4000 | update a1000->b2000; update b2000->c3000; "
		   "update c3000->d4000 | d4000");
	expect_run(fx, UP, "e5000", "head", " |  | e5000");
	expect_run(fx, DOWN, "e5000", "c3000",
		   "-e5000 -d4000 | update e5000->d4000; update d4000->c3000 | c3000");
	expect_run(fx, DOWN, "c3000", "base",
		   "-c3000 -b2000 -a1000 | update c3000->b2000; update b2000->a1000; "
		   "delete a1000 | ");
	expect_run(fx, DOWN, "c3000", "-1", "-c3000 | update c3000->b2000 | b2000");
	expect_run(fx, DOWN, "d4000", "a1000+2", "-d4000 | update d4000->c3000 | c3000");
	expect_run(fx, DOWN, "d4000", "c3000-2",
		   "-d4000 -c3000 -b2000 | update d4000->c3000; update c3000->b2000; "
		   "update b2000->a1000 | a1000");
	expect_run(fx, DOWN, "a1000", "a1000", " |  | a1000");
	expect_run(fx, DOWN, "", "base", " |  | ");

	expect_run_error(fx, UP, "d4000", "b2000",
		"retort: error: upgrade target 'b2000' is below the current version (d4000); "
		"use downgrade\n");
	expect_run_error(fx, UP, "b2000", "-1",
		"retort: error: upgrade target '-1' is below the current version (b2000); "
		"use downgrade\n");
	expect_run_error(fx, DOWN, "b2000", "c3000",
		"retort: error: downgrade target 'c3000' is not below the current version "
		"(b2000)\n");
	expect_run_error(fx, DOWN, "", "b2000",
		"retort: error: downgrade target 'b2000' is not below the current version "
		"(base)\n");
	expect_run_error(fx, DOWN, "b2000", "+2",
		"retort: error: downgrade target '+2' is not below the current version "
		"(b2000)\n");
}

static void test_plans_branches(void **state)
{
	struct fx *fx = *state;

	branched(fx);
	/* Branch by branch, heads in id order; the second branch is a new row. */
	expect_run(fx, UP, "a0", "heads",
		   "+b0 +c2 +d2 +c1 +d1 | update a0->b0; update b0->c2; update c2->d2; "
		   "insert c1; update c1->d1 | d2 d1");
	expect_run(fx, UP, "b0", "d1", "+c1 +d1 | update b0->c1; update c1->d1 | d1");
	expect_run(fx, UP, "b0", "c2branch@head-1", "+c2 | update b0->c2 | c2");
	expect_run(fx, UP, "d1", "c2branch@+1", "+c2 | insert c2 | d1 c2");
	/* Leaving b0's other branch alone: the last row of a branch is deleted
	 * when another row still stands on its parent. */
	expect_run(fx, DOWN, "d1 d2", "b0",
		   "-d1 -c1 -d2 -c2 | update d1->c1; delete c1; update d2->c2; "
		   "update c2->b0 | b0");
	expect_run(fx, DOWN, "d1 d2", "a0",
		   "-d1 -c1 -d2 -c2 -b0 | update d1->c1; delete c1; update d2->c2; "
		   "update c2->b0; update b0->a0 | a0");
	/* Alembic's test_relative_downgrade_branchplus2/3. */
	expect_run(fx, DOWN, "d2 d1", "c2branch@base+2",
		   "-d2 -c2 | update d2->c2; delete c2 | d1");
	expect_run(fx, DOWN, "d2 d1", "c2", "-d2 | update d2->c2 | c2 d1");
	expect_run(fx, DOWN, "d2 d1", "c2branch@base+3", "-d2 | update d2->c2 | c2 d1");
	expect_run(fx, DOWN, "d2 d1", "base+2",
		   "-d1 -c1 -d2 -c2 | update d1->c1; delete c1; update d2->c2; "
		   "update c2->b0 | b0");
	expect_run(fx, DOWN, "d1 d2", "c1branch@-1", "-d1 | update d1->c1 | c1 d2");
	expect_run(fx, DOWN, "d1 d2", "base",
		   "-d1 -c1 -d2 -c2 -b0 -a0 | update d1->c1; delete c1; update d2->c2; "
		   "update c2->b0; update b0->a0; delete a0 | ");
	expect_run_error(fx, DOWN, "d1", "c2",
		"retort: error: downgrade target 'c2' is not below the current version (d1)\n");
	expect_run_error(fx, DOWN, "d1 d2", "heads",
		"retort: error: downgrade target 'heads' names several revisions: d1, d2; use "
		"one revision\n");
}

static void test_plans_merge(void **state)
{
	struct fx *fx = *state;

	merged(fx);
	/* The merge deletes one parent's row and moves the other's. */
	expect_run(fx, UP, "", "head",
		   "+a0 +c0 +b0 +m0 +n0 | insert a0; update a0->c0; insert b0; delete b0; "
		   "update c0->m0; update m0->n0 | n0");
	expect_run(fx, UP, "b0 c0", "m0", "+m0 | delete b0; update c0->m0 | m0");
	expect_run(fx, UP, "b0", "m0", "+c0 +m0 | insert c0; delete b0; update c0->m0 | m0");
	/* Undoing it puts both parents back: insert one, move the row to the
	 * other. */
	expect_run(fx, DOWN, "m0", "b0", "-m0 | insert b0; update m0->c0 | c0 b0");
	/* c0 is not above b0, so it stays (as in Alembic). */
	expect_run(fx, DOWN, "n0", "b0",
		   "-n0 -m0 | update n0->m0; insert b0; update m0->c0 | c0 b0");
	expect_run(fx, DOWN, "n0", "a0",
		   "-n0 -m0 -b0 -c0 | update n0->m0; insert b0; update m0->c0; delete b0; "
		   "update c0->a0 | a0");
	expect_run(fx, DOWN, "n0", "base",
		   "-n0 -m0 -b0 -c0 -a0 | update n0->m0; insert b0; update m0->c0; "
		   "delete b0; update c0->a0; delete a0 | ");
}

static void test_plans_several_bases(void **state)
{
	struct fx *fx = *state;

	mk(fx, "x1", NULL, "xbranch", NULL);
	mk(fx, "x2", "x1", NULL, NULL);
	mk(fx, "y1", NULL, "ybranch", NULL);
	mk(fx, "y2", "y1", NULL, NULL);
	build_ok(fx);
	expect_run(fx, UP, "", "heads",
		   "+y1 +y2 +x1 +x2 | insert y1; update y1->y2; insert x1; "
		   "update x1->x2 | y2 x2");
	expect_run(fx, UP, "x2", "ybranch@head", "+y1 +y2 | insert y1; update y1->y2 | x2 y2");
	expect_run(fx, DOWN, "x2 y2", "ybranch@base",
		   "-y2 -y1 | update y2->y1; delete y1 | x2");
	expect_run(fx, DOWN, "x2 y2", "base",
		   "-x2 -x1 -y2 -y1 | update x2->x1; delete x1; update y2->y1; "
		   "delete y1 | ");
}

static void test_plans_depends_on(void **state)
{
	struct fx *fx = *state;

	two_bases_dep(fx, "x1");
	/* y2 needs x1 but not x2. */
	expect_run(fx, UP, "", "y2",
		   "+x1 +y1 +y2 | insert x1; insert y1; delete y1; update x1->y2 | y2");
	expect_run(fx, UP, "y2", "x2", "+x2 | insert x2 | y2 x2");
	expect_run(fx, UP, "", "heads",
		   "+x1 +y1 +y2 +x2 | insert x1; insert y1; delete y1; update x1->y2; "
		   "insert x2 | y2 x2");
	/* Undoing x's base undoes y2, which depends on it, but not y1. */
	expect_run(fx, DOWN, "x2 y2", "xbranch@base",
		   "-x2 -y2 -x1 | delete x2; insert y1; update y2->x1; delete x1 | y1");
	/* Undoing y2 alone puts both its lines back (Alembic's unmerge). */
	expect_run(fx, DOWN, "y2", "base",
		   "-y2 -y1 -x1 | insert y1; update y2->x1; delete y1; delete x1 | ");
	/* x2's parent is still applied under y2, so x2's row just goes. */
	expect_run(fx, DOWN, "x2 y2", "x1", "-x2 | delete x2 | y2");
}

/* A merge whose depends_on parent has no row of its own: only parents
 * that are rows are deleted or moved (Alembic would try to update the
 * missing row and fail). */
static void test_plans_merge_parent_without_row(void **state)
{
	struct fx *fx = *state;

	mk(fx, "p0", NULL, NULL, NULL);
	mk(fx, "p1", "p0", NULL, NULL);
	mk(fx, "p2", "p0", NULL, NULL);
	mk(fx, "m3", "p2 p1", NULL, "p0");
	build_ok(fx);
	expect_run(fx, UP, "", "head",
		   "+p0 +p1 +p2 +m3 | insert p0; update p0->p1; insert p2; delete p2; "
		   "update p1->m3 | m3");
}

/* LABEL@-N when no row is on the branch: the branch is applied only as a
 * dependency, so the walk starts from the tip of what is applied on it;
 * rows only on another branch are an error, not a walk down the trunk. */
static void test_plans_label_relative_backtracks(void **state)
{
	struct fx *fx = *state;

	mk(fx, "p0", NULL, NULL, NULL);
	mk(fx, "p1", "p0", NULL, NULL);
	mk(fx, "p2", "p1", "side", NULL);
	mk(fx, "q0", NULL, NULL, "p1");
	build_ok(fx);
	expect_run(fx, UP, "", "q0", "+p0 +p1 +q0 | insert p0; update p0->p1; update p1->q0 | q0");
	expect_run(fx, DOWN, "q0", "side@-1", "-q0 -p1 | update q0->p1; update p1->p0 | p0");
	revgraph_free(fx->g);
	fx->g = NULL;
	{
		size_t i;
		for (i = 0; i < fx->n; i++)
			srcfile_free(fx->files[i]->src);
		fx->n = 0;
	}
	branched(fx);
	expect_run_error(fx, DOWN, "d2", "c1branch@-1",
		"retort: error: relative target 'c1branch@-1': no current revision is on "
		"branch 'c1branch'\n");
	/* A target with nothing above it, already a row: nothing to do. */
	expect_run(fx, DOWN, "d1 d2", "c1branch@head", " |  | d1 d2");
}

/* Stepping by hand: each HeadMaintainer case on its own. */
static void test_step_rows_cases(void **state)
{
	struct fx *fx = *state;
	struct revset rows;
	struct vt_changes vt = { NULL, 0, 0 };
	struct step st;

	branched(fx);
	/* Create branch: c2's parent has no row. */
	rows = rows_of(fx, "d1");
	st.rev = R(fx, "c2");
	st.upgrade = true;
	revgraph_step_rows(fx->g, &rows, &st, &vt);
	assert_string_equal(str_vt(fx, &vt), "insert c2");
	assert_string_equal(str_set(fx, &rows), "d1 c2");
	/* Delete branch at base. */
	vt.n = 0;
	revset_release(&rows);
	rows = rows_of(fx, "a0");
	st.rev = R(fx, "a0");
	st.upgrade = false;
	revgraph_step_rows(fx->g, &rows, &st, &vt);
	assert_string_equal(str_vt(fx, &vt), "delete a0");
	assert_int_equal(rows.n, 0);
	/* Plain update, the other row untouched and in place. */
	vt.n = 0;
	revset_release(&rows);
	rows = rows_of(fx, "c1 d2");
	st.rev = R(fx, "d1");
	st.upgrade = true;
	revgraph_step_rows(fx->g, &rows, &st, &vt);
	assert_string_equal(str_vt(fx, &vt), "update c1->d1");
	assert_string_equal(str_set(fx, &rows), "d1 d2");
	revset_release(&rows);
	vt_changes_release(&vt);
}

static void test_stamp(void **state)
{
	struct fx *fx = *state;

	chain(fx);
	assert_string_equal(stamp(fx, "", "head"), "insert e5000 | e5000");
	assert_string_equal(stamp(fx, "c3000", "e5000"), "update c3000->e5000 | e5000");
	assert_string_equal(stamp(fx, "e5000", "c300"), "update e5000->c3000 | c3000");
	assert_string_equal(stamp(fx, "e5000", "base"), "delete e5000 | ");
	assert_string_equal(stamp(fx, "e5000", "e5000"), " | e5000");
	assert_string_equal(stamp(fx, "c3000", "+1"), "update c3000->d4000 | d4000");
	{
		struct revset rows = { NULL, 0, 0 };
		struct vt_changes vt = { NULL, 0, 0 };

		assert_false(revgraph_stamp(fx->g, &rows, "nope", &vt, &fx->d));
		assert_string_equal(str_diag(fx), "retort: error: unknown revision 'nope'\n");
		assert_int_equal(vt.n, 0);
	}
}

/* Alembic's stamp tests on the branched shape. */
static void test_stamp_branches(void **state)
{
	struct fx *fx = *state;

	branched(fx);
	assert_string_equal(stamp(fx, "d1 c2", "b0"), "delete d1; update c2->b0 | b0");
	assert_string_equal(stamp(fx, "d1 c2", "c1branch@base"), "delete d1 | c2");
	assert_string_equal(stamp(fx, "d1 c2", "c2branch@head"), "update c2->d2 | d1 d2");
	assert_string_equal(stamp(fx, "b0", "heads"), "update b0->d1; insert d2 | d1 d2");
	assert_string_equal(stamp(fx, "d1", "c2"), "insert c2 | d1 c2");
	assert_string_equal(stamp(fx, "d1 d2", "base"), "delete d1; delete d2 | ");
}

static void test_stamp_depends_on(void **state)
{
	struct fx *fx = *state;

	two_bases_dep(fx, "x1");
	/* x1 is below y2 through depends_on: the stamp moves that row. */
	assert_string_equal(stamp(fx, "x1", "y2"), "update x1->y2 | y2");
	assert_string_equal(stamp(fx, "y2", "x2"), "insert x2 | y2 x2");
}

static void test_walk(void **state)
{
	struct fx *fx = *state;

	chain(fx);
	assert_string_equal(walk(fx, NULL, NULL), "e5000 d4000 c3000 b2000 a1000");
	assert_string_equal(walk(fx, "b2000", "d4000"), "d4000 c3000 b2000");
	assert_string_equal(walk(fx, "c300", NULL), "e5000 d4000 c3000");
	assert_string_equal(walk(fx, NULL, "b2000"), "b2000 a1000");
	assert_string_equal(walk(fx, "-2", NULL), "e5000 d4000 c3000");
	assert_string_equal(walk(fx, "b2000", "+2"), "d4000 c3000 b2000");
	assert_null(walk(fx, "d4000", "b2000"));
	assert_string_equal(str_diag(fx),
		"retort: error: revision 'd4000' is not an ancestor of 'b2000'\n");
}

static void test_walk_branches(void **state)
{
	struct fx *fx = *state;

	branched(fx);
	/* Alembic's order: the heads in file order (d1's file first), down
	 * d1's line until b0, which d2's line needs first */
	assert_string_equal(walk(fx, NULL, NULL), "d1 c1 d2 c2 b0 a0");
	assert_string_equal(walk(fx, "c2branch@base", NULL), "d2 c2 b0 a0");
	assert_string_equal(walk(fx, "c1", NULL), "d1 c1");
	assert_string_equal(walk(fx, "b0", "d1"), "d1 c1 b0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_strmap),
		T(test_chain_shape),
		T(test_input_order_independent),
		T(test_branch_shape),
		T(test_merge_shape),
		T(test_depends_on_shape),
		T(test_depends_on_by_label_and_prefix),
		T(test_deep_chain),
		T(test_error_duplicate),
		T(test_error_unknown_parent),
		T(test_error_label_in_revises),
		T(test_error_unknown_dependency),
		T(test_error_cycle),
		T(test_error_cycle_through_depends_on),
		T(test_error_self_loop),
		T(test_error_labels),
		T(test_error_missing_revision_line),
		T(test_error_revises_twice),
		T(test_targets_chain),
		T(test_targets_ambiguous_prefix),
		T(test_targets_branches),
		T(test_targets_merge_and_bases),
		T(test_targets_heads_with_dependency),
		T(test_plans_chain),
		T(test_plans_branches),
		T(test_plans_merge),
		T(test_plans_several_bases),
		T(test_plans_depends_on),
		T(test_plans_merge_parent_without_row),
		T(test_plans_label_relative_backtracks),
		T(test_step_rows_cases),
		T(test_stamp),
		T(test_stamp_branches),
		T(test_stamp_depends_on),
		T(test_walk),
		T(test_walk_branches),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
