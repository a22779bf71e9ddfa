/* history --graph: the lines of `git log --graph` (`*`, `|`, `/`, `\`,
 * `_`) drawn beside each history entry, newest first.  A revision's lines
 * go down to its parents (revises, not depends_on) among those listed. */
#ifndef RETORT_HISTGRAPH_H
#define RETORT_HISTGRAPH_H

#include <stddef.h>

struct histgraph;
struct revgraph;
struct revision;
struct revset;
struct sbuf;

/* A drawing of the revisions of `listed` (of g), which must then be
 * given to histgraph_add one by one in their order. */
struct histgraph *histgraph_new(const struct revgraph *g, const struct revset *listed);
/* The next revision's rows into out: its entry `text` (lines split at
 * '\n', no final one), each line behind the graph's columns, and the
 * lines that take the columns on to its parents. */
void histgraph_add(struct histgraph *hg, struct sbuf *out, const struct revision *r,
		   const char *text);
void histgraph_free(struct histgraph *hg);

#endif
