/* history --graph: people read branches and merges faster as lines than
 * as lists of parents, and git log --graph is the picture they know.
 * Linear in the revisions and edges times the width of the lanes. */
#include "histgraph.h"
#include "revgraph.h"
#include "sbuf.h"
#include "util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* git's graph.c idea, a list of active columns ("lanes"), drawn with one
 * simple move per line, so that every line is plainly one edge.  Lane c is
 * drawn at character 2c and waits for lanes[c].  Each revision, in
 * history's order (children before parents), makes:
 *   - its line: `*` in its lane (a new lane on the right when none waits
 *     for it), `|` in the others;
 *   - for k parents among those listed, k-1 lines that part its lane into
 *     k (the lanes to the right move right, `\`);
 *   - then, one per line, the closing of each lane that waits for a
 *     revision another lane on its left waits for too (`/`, and `_` under
 *     the lanes it passes), or of its own lane when it has no parent
 *     (the lanes to its right move left, `/`).
 * A revision has at most one closing line per parent. */
enum { LISTED = 1, DRAWN = 2 };

struct histgraph {
	unsigned char *state;		/* by revision order: LISTED, DRAWN */
	size_t *seen, *first;		/* by order: the scan that met it, and
					 * the lane it met it in */
	size_t scan;
	const struct revision **lanes;	/* NULL: a lane whose revision ended */
	size_t n, cap;
	size_t ended;			/* 1 + the lane of the last revision when
					 * it ended as the rightmost one; 0 */
	char *canvas;			/* one line being drawn */
	size_t ccap;
	struct sbuf rows;		/* the revision's lines, each with '\n' */
	size_t nrows;
	size_t width;			/* the most lanes any of them spans */
};

struct histgraph *histgraph_new(const struct revgraph *g, const struct revset *listed)
{
	struct histgraph *hg = xcalloc(1, sizeof(*hg));
	size_t i;

	hg->state = xcalloc(g->n ? g->n : 1, 1);
	hg->seen = xcalloc(g->n ? g->n : 1, sizeof(*hg->seen));
	hg->first = xcalloc(g->n ? g->n : 1, sizeof(*hg->first));
	for (i = 0; i < listed->n; i++)
		hg->state[listed->v[i]->order] = LISTED;
	return hg;
}

void histgraph_free(struct histgraph *hg)
{
	if (!hg)
		return;
	free(hg->state);
	free(hg->seen);
	free(hg->first);
	free(hg->lanes);
	free(hg->canvas);
	sbuf_release(&hg->rows);
	free(hg);
}

/* A blank line as wide as `lanes` lanes and one more character. */
static void canvas_clear(struct histgraph *hg, size_t lanes)
{
	XGROW(hg->canvas, hg->ccap, 2 * lanes + 2);
	memset(hg->canvas, ' ', 2 * lanes + 2);
}

static void canvas_put(struct histgraph *hg, size_t at, char c)
{
	hg->canvas[at] = c;
}

/* The line drawn into the canvas (lanes wide), its trailing blanks cut,
 * as the revision's next row. */
static void canvas_row(struct histgraph *hg, size_t lanes)
{
	size_t len = 2 * lanes + 2;

	while (len && hg->canvas[len - 1] == ' ')
		len--;
	sbuf_add(&hg->rows, hg->canvas, len);
	sbuf_addc(&hg->rows, '\n');
	hg->nrows++;
}

/* Every lane as `|`: the line of the lanes going on unchanged. */
static void draw_lanes(struct histgraph *hg)
{
	size_t c;

	canvas_clear(hg, hg->n);
	for (c = 0; c < hg->n; c++)
		if (hg->lanes[c])
			canvas_put(hg, 2 * c, '|');
}

static void lanes_insert(struct histgraph *hg, size_t at, const struct revision *r)
{
	XGROW(hg->lanes, hg->cap, hg->n + 1);
	memmove(hg->lanes + at + 1, hg->lanes + at, (hg->n - at) * sizeof(*hg->lanes));
	hg->lanes[at] = r;
	hg->n++;
}

static void lanes_remove(struct histgraph *hg, size_t at)
{
	memmove(hg->lanes + at, hg->lanes + at + 1, (hg->n - at - 1) * sizeof(*hg->lanes));
	hg->n--;
}

/* The lane of r's line on the row above: parted into one lane per
 * parent (the first stays, the rest go right together, one leaving the
 * bundle per line); the lanes right of it move right as it grows. */
static void draw_parting(struct histgraph *hg, size_t i, const struct revision **par, size_t k)
{
	size_t n0 = hg->n, m, c, j;

	for (m = 1; m < k; m++) {
		size_t b = i + m - 1;	/* where the bundle is */
		canvas_clear(hg, n0 + m);
		for (c = 0; c <= b; c++)
			canvas_put(hg, 2 * c, '|');
		canvas_put(hg, 2 * b + 1, '\\');
		for (j = 0; j + i + 1 < n0; j++)	/* the old lanes right of i */
			canvas_put(hg, 2 * (i + m + j) + 1, '\\');
		canvas_row(hg, n0 + m);
	}
	hg->lanes[i] = par[0];
	for (m = 1; m < k; m++)
		lanes_insert(hg, i + m, par[m]);
	if (hg->n > hg->width)
		hg->width = hg->n;
}

/* The leftmost lane to close: one whose revision ended (NULL), or one
 * that waits for what a lane on its left waits for (*y: that lane).
 * hg->n when none. */
static size_t lane_to_close(struct histgraph *hg, size_t *y)
{
	size_t x;

	hg->scan++;
	for (x = 0; x < hg->n; x++) {
		size_t o;
		if (!hg->lanes[x])
			return x;
		o = hg->lanes[x]->order;
		if (hg->seen[o] == hg->scan) {
			*y = hg->first[o];
			return x;
		}
		hg->seen[o] = hg->scan;
		hg->first[o] = x;
	}
	return x;
}

/* Closes lanes, one a line, until each waits for a different revision:
 * lane x's line goes left into lane y (`/`, and `_` beneath the lanes
 * between), or ends (a hole); the lanes right of it move left (`/`).  A
 * hole on the right edge needs no line. */
static void draw_closing(struct histgraph *hg)
{
	size_t x, y = 0, c;

	while ((x = lane_to_close(hg, &y)) < hg->n) {
		bool hole = !hg->lanes[x];
		if (hole && x + 1 == hg->n) {
			lanes_remove(hg, x);
			hg->ended = x + 1;
			continue;
		}
		canvas_clear(hg, hg->n);
		for (c = 0; c < x; c++)
			canvas_put(hg, 2 * c, '|');
		if (!hole) {
			for (c = y + 1; c < x; c++)
				canvas_put(hg, 2 * c - 1, '_');
			canvas_put(hg, 2 * x - 1, '/');
		}
		for (c = x + 1; c < hg->n; c++)
			if (hg->lanes[c])
				canvas_put(hg, 2 * c - 1, '/');
		canvas_row(hg, hg->n);
		lanes_remove(hg, x);
	}
}

/* The rows and the entry's lines side by side: a line of text behind
 * the graph's line padded to the row's width; when the text has more
 * lines, the lanes going on; when the graph has, its lines alone. */
static void emit(struct histgraph *hg, struct sbuf *out, const char *text)
{
	const char *row = hg->rows.buf ? hg->rows.buf : "", *t = text;
	size_t k, width = 2 * hg->width;
	bool more_text = true;

	draw_lanes(hg);		/* for text past the rows */
	for (k = 0; k < hg->nrows || more_text; k++) {
		size_t glen, tlen = 0;
		const char *g;
		if (k < hg->nrows) {
			g = row;
			glen = strcspn(row, "\n");
			row += glen + 1;
		} else {
			g = hg->canvas;
			for (glen = 2 * hg->n + 2; glen && g[glen - 1] == ' '; glen--)
				;
		}
		if (more_text) {
			tlen = strcspn(t, "\n");
			sbuf_add(out, g, glen);
			if (tlen) {
				sbuf_addf(out, "%*s", (int)(width > glen ? width - glen : 1), "");
				sbuf_add(out, t, tlen);
			}
			more_text = t[tlen] == '\n';
			t += tlen + more_text;
		} else {
			sbuf_add(out, g, glen);
		}
		sbuf_addc(out, '\n');
	}
}

void histgraph_add(struct histgraph *hg, struct sbuf *out, const struct revision *r,
		   const char *text)
{
	const struct revision **par = xcalloc(r->ndown ? r->ndown : 1, sizeof(*par));
	size_t i, j, k = 0;

	sbuf_reset(&hg->rows);
	hg->nrows = 0;
	for (i = 0; i < hg->n && hg->lanes[i] != r; i++)
		;
	if (i == hg->n) {
		/* no lane waits for it: a new one, on the right.  Right under a
		 * revision that ended there, a line of the other lanes first,
		 * so that no line seems to join them. */
		if (hg->ended == hg->n + 1) {
			draw_lanes(hg);
			canvas_row(hg, hg->n);
			sbuf_add(out, hg->rows.buf, hg->rows.len);
			sbuf_reset(&hg->rows);
			hg->nrows = 0;
		}
		lanes_insert(hg, hg->n, r);
	}
	hg->ended = 0;
	hg->width = hg->n;
	draw_lanes(hg);
	canvas_put(hg, 2 * i, '*');
	canvas_row(hg, hg->n);
	hg->state[r->order] = DRAWN;
	/* its parents still to come: one drawn already (not in the order of
	 * history) cannot be reached down the page, and is left out */
	for (j = 0; j < r->ndown; j++)
		if (hg->state[r->down[j]->order] == LISTED)
			par[k++] = r->down[j];
	if (k == 0)
		hg->lanes[i] = NULL;
	else
		draw_parting(hg, i, par, k);
	draw_closing(hg);
	emit(hg, out, text);
	free(par);
}
