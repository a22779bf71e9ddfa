/* Pictures for people and for Graphviz or Mermaid to draw: the revision
 * graph (retort graph) and the schema model as an entity-relationship
 * diagram (schema --format dot|mermaid).  The API (command.c) loads what
 * they show; these only write text. */
#ifndef RETORT_PICTURE_H
#define RETORT_PICTURE_H

#include <stdbool.h>

struct arena;
struct dialect;
struct revgraph;
struct revset;
struct sbuf;
struct schema;

/* Every revision of g, an arrow from each to the revisions that revise
 * it and a dashed one to those that depend on it, as Graphviz DOT or
 * (mermaid) a Mermaid flowchart; cur: the database's rows, marked (NULL:
 * no database was asked). */
void picture_revisions(struct sbuf *out, const struct revgraph *g, const struct revset *cur,
		       bool mermaid);
/* The tables of m with their columns (types as dl spells them, or as
 * the language does where dl cannot), keys and NOT NULL, and an arrow
 * per foreign key from its first column to the table it references;
 * title says which schema it is. */
void picture_schema(struct sbuf *out, struct schema *m, const struct dialect *dl,
		    struct arena *a, const char *title, bool mermaid);

#endif
