/* The pictures of picture.h, as text for Graphviz (DOT) and Mermaid.  A
 * message or a quoted name may hold anything, so every one is escaped for
 * the reader that will parse it; each picture is one pass. */
#include "picture.h"
#include "dialect.h"
#include "irwrite.h"
#include "report.h"
#include "revgraph.h"
#include "sbuf.h"
#include "schema.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- escaping ---- */

/* A DOT string, quoted.  DOT itself reads \" as a quote; a label then
 * reads \n as a line break, \\ as a backslash and \N, \G, \l and the like
 * as names and alignments, which no text of ours can make since each of
 * its backslashes is doubled.  A line break becomes \n; another control
 * character is written as \xNN, and seen so. */
static void dot_string(struct sbuf *sb, const char *s)
{
	sbuf_addc(sb, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"')
			sbuf_adds(sb, "\\\"");
		else if (c == '\\')
			sbuf_adds(sb, "\\\\");
		else if (c == '\n')
			sbuf_adds(sb, "\\n");
		else if (c < 0x20 || c == 0x7f)
			sbuf_addf(sb, "\\\\x%02x", c);
		else
			sbuf_addc(sb, (char)c);
	}
	sbuf_addc(sb, '"');
}

/* Text in a Graphviz HTML label, which is XML: & < > " as entities, a
 * line break as <BR/>, another control character (which XML may not
 * hold) as \xNN. */
static void dot_html(struct sbuf *sb, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '&')
			sbuf_adds(sb, "&amp;");
		else if (c == '<')
			sbuf_adds(sb, "&lt;");
		else if (c == '>')
			sbuf_adds(sb, "&gt;");
		else if (c == '"')
			sbuf_adds(sb, "&quot;");
		else if (c == '\n')
			sbuf_adds(sb, "<BR/>");
		else if (c < 0x20 || c == 0x7f)
			sbuf_addf(sb, "\\x%02x", c);
		else
			sbuf_addc(sb, (char)c);
	}
}

/* Text inside a Mermaid string ("..."), the characters Mermaid would
 * read as something else written as its entity codes #NN; (which it
 * turns into &#NN; in the picture, so they show as themselves): " ends
 * the string, # begins a code, % a directive, & < > are HTML, ` makes a
 * Markdown string, \ and ~ mean things in some diagrams, and a control
 * character breaks a line.  A line break is <br> where `breaks` (a
 * flowchart's label), else a code too. */
static void mermaid_text(struct sbuf *sb, const char *s, bool breaks)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' && breaks)
			sbuf_adds(sb, "<br>");
		else if (c < 0x20 || c == 0x7f || strchr("\"#%&<>\\`~", c))
			sbuf_addf(sb, "#%u;", c);
		else
			sbuf_addc(sb, (char)c);
	}
}

/* The code point of the UTF-8 character at p and its length; an invalid
 * byte is one character with *cp 0. */
static size_t utf8_next(const unsigned char *p, unsigned long *cp)
{
	size_t n, i;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	n = p[0] >= 0xf0 && p[0] < 0xf5 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc2 ? 2 : 0;
	*cp = n ? p[0] & (0x7f >> n) : 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*cp = 0;
			return 1;
		}
		*cp = *cp << 6 | (p[i] & 0x3f);
	}
	return n ? n : 1;
}

/* A type or a column name as one word of Mermaid's erDiagram (11), whose
 * attribute words are [A-Za-z_] or a character from U+00C0 on, then
 * those, digits and - _ [ ] ( ) . , and which reads a word that begins
 * PK, FK or UK (in any case) followed by no letter, digit or _ as that
 * key.  Anything else is _, a blank after a comma is left out, a word
 * that would begin otherwise gets a _ in front.  Returns whether the word
 * differs from s. */
static bool mermaid_word(struct sbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = sb->len;
	bool changed = false;

	while (*p) {
		unsigned long cp;
		size_t n = utf8_next(p, &cp);
		bool first = sb->len == start;
		if (cp >= 0xc0 || (cp < 0x80 && (isalpha((int)cp) || cp == '_'))) {
			sbuf_add(sb, (const char *)p, n);
		} else if (cp && cp < 0x80 && (isdigit((int)cp) || strchr("-[]().,", (int)cp))) {
			if (first) {
				sbuf_addc(sb, '_');
				changed = true;
			}
			sbuf_addc(sb, (char)cp);
		} else if (cp == ' ' && !first && sb->buf[sb->len - 1] == ',') {
			changed = true;
		} else {
			sbuf_addc(sb, '_');
			changed = true;
		}
		p += n;
	}
	if (sb->len == start) {
		sbuf_addc(sb, '_');
		return true;
	}
	if (sb->len - start >= 2 && (strncasecmp(sb->buf + start, "pk", 2) == 0 ||
				     strncasecmp(sb->buf + start, "fk", 2) == 0 ||
				     strncasecmp(sb->buf + start, "uk", 2) == 0)) {
		unsigned char c = (unsigned char)sb->buf[start + 2];
		if (!c || !(isalnum(c) || c == '_')) {
			/* not a key: a _ in front */
			sbuf_addc(sb, ' ');
			memmove(sb->buf + start + 1, sb->buf + start, sb->len - start - 1);
			sb->buf[start] = '_';
			changed = true;
		}
	}
	return changed;
}

/* ---- the revision graph ---- */

/* A revision's label: its id, its message, then the labels and marks
 * history gives it. */
static void revision_label(struct sbuf *lb, const struct revision *r, bool current)
{
	struct sbuf marks = SBUF_INIT;
	size_t i;

	sbuf_adds(lb, r->id);
	if (*r->message)
		sbuf_addf(lb, "\n%s", r->message);
	for (i = 0; i < r->nshown; i++)
		sbuf_addf(&marks, "%s%s", i ? ", " : " (", r->shown[i]);
	if (r->nshown)
		sbuf_addc(&marks, ')');
	sbuf_adds(&marks, report_head_marker(r));
	if (r->is_branchpoint)
		sbuf_adds(&marks, " (branchpoint)");
	if (r->is_mergepoint)
		sbuf_adds(&marks, " (mergepoint)");
	if (current)
		sbuf_adds(&marks, " (current)");
	if (marks.len)
		sbuf_addf(lb, "\n%s", marks.buf + 1);
	sbuf_release(&marks);
}

static void dot_revisions(struct sbuf *out, const struct revgraph *g, const bool *here)
{
	struct sbuf lb = SBUF_INIT;
	size_t i, j;

	sbuf_adds(out, "/* The revision graph (retort graph): an arrow from each revision to each\n"
		       " * one that revises it, a dashed one to each that depends on it; a head\n"
		       " * has a double border, a row of the version table a fill. */\n"
		       "digraph revisions {\n\tnode [shape=box, style=rounded];\n");
	for (i = 0; i < g->n; i++) {
		const struct revision *r = g->revs[i];
		sbuf_reset(&lb);
		revision_label(&lb, r, here && here[i]);
		sbuf_addc(out, '\t');
		dot_string(out, r->id);
		sbuf_adds(out, " [label=");
		dot_string(out, sbuf_str(&lb));
		if (r->is_head)
			sbuf_adds(out, ", peripheries=2");
		if (here && here[i])
			sbuf_adds(out, ", style=\"rounded,filled\", fillcolor=\"#ffe08a\"");
		sbuf_adds(out, "];\n");
	}
	for (i = 0; i < g->n; i++) {
		const struct revision *r = g->revs[i];
		for (j = 0; j < r->ndown; j++) {
			sbuf_addc(out, '\t');
			dot_string(out, r->down[j]->id);
			sbuf_adds(out, " -> ");
			dot_string(out, r->id);
			sbuf_adds(out, ";\n");
		}
		for (j = 0; j < r->ndeps; j++) {
			sbuf_addc(out, '\t');
			dot_string(out, r->deps[j]->id);
			sbuf_adds(out, " -> ");
			dot_string(out, r->id);
			sbuf_adds(out, " [style=dashed];\n");
		}
	}
	sbuf_adds(out, "}\n");
	sbuf_release(&lb);
}

/* Mermaid's node ids are r and the revision's place in the graph: an id
 * of ours could be a word the flowchart reserves (end). */
static void mermaid_revisions(struct sbuf *out, const struct revgraph *g, const bool *here)
{
	struct sbuf lb = SBUF_INIT;
	size_t i, j;

	sbuf_adds(out, "%% The revision graph (retort graph): an arrow from each revision to each\n"
		       "%% one that revises it, a dotted one to each that depends on it; a head\n"
		       "%% is round and bold, a row of the version table filled.\n"
		       "flowchart TD\n");
	for (i = 0; i < g->n; i++) {
		const struct revision *r = g->revs[i];
		sbuf_reset(&lb);
		revision_label(&lb, r, here && here[i]);
		sbuf_addf(out, "    r%zu%s\"", i, r->is_head ? "([" : "[");
		mermaid_text(out, sbuf_str(&lb), true);
		sbuf_addf(out, "\"%s\n", r->is_head ? "])" : "]");
	}
	for (i = 0; i < g->n; i++) {
		const struct revision *r = g->revs[i];
		for (j = 0; j < r->ndown; j++)
			sbuf_addf(out, "    r%zu --> r%zu\n", r->down[j]->order, i);
		for (j = 0; j < r->ndeps; j++)
			sbuf_addf(out, "    r%zu -.-> r%zu\n", r->deps[j]->order, i);
	}
	sbuf_adds(out, "    classDef head stroke-width:3px\n"
		       "    classDef current fill:#ffe08a\n");
	for (i = 0; i < g->n; i++) {
		if (g->revs[i]->is_head)
			sbuf_addf(out, "    class r%zu head\n", i);
		if (here && here[i])
			sbuf_addf(out, "    class r%zu current\n", i);
	}
	sbuf_release(&lb);
}

void picture_revisions(struct sbuf *out, const struct revgraph *g, const struct revset *cur,
		       bool mermaid)
{
	bool *here = NULL;
	size_t i;

	if (cur) {
		here = xcalloc(g->n ? g->n : 1, sizeof(*here));
		for (i = 0; i < cur->n; i++)
			here[cur->v[i]->order] = true;
	}
	if (mermaid)
		mermaid_revisions(out, g, here);
	else
		dot_revisions(out, g, here);
	free(here);
}

/* ---- the schema ---- */

/* What a column is part of. */
struct colmarks {
	bool pk, fk, uk;
};

static size_t column_at(const struct sch_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i]->name, name) == 0)
			return i;
	return t->ncolumns;
}

static void mark_columns(const struct sch_table *t, struct colmarks *cm, const char **cols,
			 size_t n, enum constraint_kind kind)
{
	size_t i, at;

	for (i = 0; i < n; i++) {
		if ((at = column_at(t, cols[i])) == t->ncolumns)
			continue;
		if (kind == CON_PRIMARY_KEY)
			cm[at].pk = true;
		else if (kind == CON_FOREIGN_KEY)
			cm[at].fk = true;
		else
			cm[at].uk = true;
	}
}

/* Each column's marks: the primary key, foreign keys, unique
 * constraints, and unique indexes of plain columns and no WHERE. */
static struct colmarks *table_marks(const struct sch_table *t)
{
	struct colmarks *cm = xcalloc(t->ncolumns ? t->ncolumns : 1, sizeof(*cm));
	const char **cols;
	size_t i, n;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (c->kind == CON_PRIMARY_KEY || c->kind == CON_FOREIGN_KEY || c->kind == CON_UNIQUE)
			mark_columns(t, cm, c->columns, c->ncolumns, c->kind);
	}
	for (i = 0; i < t->nindexes; i++) {
		const struct index_def *def = t->indexes[i]->def;
		if (!def->unique || def->where || !def->nelems)
			continue;
		cols = xcalloc(def->nelems, sizeof(*cols));
		n = schema_index_columns(t->indexes[i], cols, def->nelems);
		if (n == def->nelems)
			mark_columns(t, cm, cols, n, CON_UNIQUE);
		free(cols);
	}
	return cm;
}

/* The key of the table a foreign key references: the model's, or made
 * of its name where the model has no such table. */
static void referenced_key(struct sbuf *sb, struct schema *m, const struct sch_constraint *c)
{
	const struct sch_table *to = schema_table(m, &c->ref_table);

	if (to)
		sbuf_adds(sb, to->key);
	else if (c->ref_table.schema)
		sbuf_addf(sb, "%s.%s", c->ref_table.schema, c->ref_table.name);
	else
		sbuf_adds(sb, c->ref_table.name);
}

/* A column's type as the dialect spells it, else as the language does. */
static void type_text(struct sbuf *sb, struct schema *m, const struct dialect *dl,
		      struct arena *a, const struct type *t)
{
	struct sbuf x = SBUF_INIT;

	if (dl && dialect_type_text(dl, m, a, t, &x))
		sbuf_adds(sb, sbuf_str(&x));
	else
		irwrite_type(sb, t);
	sbuf_release(&x);
}

static void add_marks(struct sbuf *sb, const struct colmarks *cm, bool not_null)
{
	size_t start = sb->len;

	if (cm->pk)
		sbuf_adds(sb, ", PK");
	if (cm->fk)
		sbuf_adds(sb, ", FK");
	if (cm->uk)
		sbuf_adds(sb, ", UK");
	if (not_null)
		sbuf_adds(sb, ", not null");
	if (sb->len > start) {	/* the first ", " out */
		memmove(sb->buf + start, sb->buf + start + 2, sb->len - start - 2);
		sb->len -= 2;
		sb->buf[sb->len] = '\0';
	}
}

static void dot_schema(struct sbuf *out, struct schema *m, const struct dialect *dl,
		       struct arena *a, const char *title)
{
	struct sbuf s = SBUF_INIT;
	size_t i, j;

	sbuf_adds(out, "/* The schema as an entity-relationship diagram (retort schema --format\n"
		       " * dot): a table per box, its columns with their types and keys, an arrow\n"
		       " * per foreign key from its first column to the table it references. */\n"
		       "digraph schema {\n\tgraph [rankdir=LR, labelloc=t, label=");
	dot_string(out, title);
	sbuf_adds(out, "];\n\tnode [shape=plaintext];\n");
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *t = m->table_list[i];
		struct colmarks *cm;
		if (t->dropped)
			continue;
		cm = table_marks(t);
		sbuf_addc(out, '\t');
		dot_string(out, t->key);
		sbuf_adds(out, " [label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
			       "CELLPADDING=\"4\">\n\t\t<TR><TD COLSPAN=\"3\" BGCOLOR=\"#dddddd\"><B>");
		dot_html(out, t->key);
		sbuf_adds(out, "</B></TD></TR>\n");
		for (j = 0; j < t->ncolumns; j++) {
			const struct sch_column *c = t->columns[j];
			sbuf_adds(out, "\t\t<TR><TD ALIGN=\"LEFT\">");
			dot_html(out, c->name);
			sbuf_adds(out, "</TD><TD ALIGN=\"LEFT\">");
			sbuf_reset(&s);
			type_text(&s, m, dl, a, c->type);
			dot_html(out, sbuf_str(&s));
			/* the port: the row's right end, where its arrow leaves */
			sbuf_addf(out, "</TD><TD PORT=\"c%zu\" ALIGN=\"LEFT\">", j);
			sbuf_reset(&s);
			add_marks(&s, &cm[j], c->not_null || cm[j].pk);
			sbuf_adds(out, sbuf_str(&s));
			sbuf_adds(out, "</TD></TR>\n");
		}
		sbuf_adds(out, "\t</TABLE>>];\n");
		free(cm);
	}
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *t = m->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->nconstraints; j++) {
			const struct sch_constraint *c = t->constraints[j];
			if (c->kind != CON_FOREIGN_KEY || !c->ncolumns)
				continue;
			sbuf_addc(out, '\t');
			dot_string(out, t->key);
			sbuf_addf(out, ":\"c%zu\" -> ", column_at(t, c->columns[0]));
			sbuf_reset(&s);
			referenced_key(&s, m, c);
			dot_string(out, sbuf_str(&s));
			if (c->name) {
				sbuf_adds(out, " [label=");
				dot_string(out, c->name);
				sbuf_addc(out, ']');
			}
			sbuf_adds(out, ";\n");
		}
	}
	sbuf_adds(out, "}\n");
	sbuf_release(&s);
}

/* Mermaid's erDiagram: a table is an entity, its name in quotes; a
 * column is "TYPE NAME KEYS COMMENT", the type and the name each one
 * word (mermaid_word: the comment gives them as they are when that
 * changed them), the comment "not null" where it is; a foreign key is a
 * relationship, the referencing table's many (zero or more) to the
 * referenced one's one (exactly one where every column of the key is NOT
 * NULL, else zero or one), solid where the key's columns are all in the
 * primary key (identifying), else dotted. */
static void mermaid_schema(struct sbuf *out, struct schema *m, const struct dialect *dl,
			   struct arena *a, const char *title)
{
	struct sbuf s = SBUF_INIT, note = SBUF_INIT;
	size_t i, j, k;

	sbuf_adds(out, "%% The schema as an entity-relationship diagram (retort schema --format\n"
		       "%% mermaid): a table per entity, a relationship per foreign key.\n%% ");
	mermaid_text(out, title, false);
	sbuf_adds(out, "\nerDiagram\n");
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *t = m->table_list[i];
		struct colmarks *cm;
		if (t->dropped)
			continue;
		cm = table_marks(t);
		sbuf_adds(out, "    \"");
		mermaid_text(out, t->key, false);
		sbuf_adds(out, "\" {\n");
		for (j = 0; j < t->ncolumns; j++) {
			const struct sch_column *c = t->columns[j];
			bool retyped, renamed;
			sbuf_reset(&s);
			type_text(&s, m, dl, a, c->type);
			sbuf_adds(out, "        ");
			retyped = mermaid_word(out, sbuf_str(&s));
			sbuf_addc(out, ' ');
			renamed = mermaid_word(out, c->name);
			sbuf_reset(&note);
			add_marks(&note, &cm[j], false);
			if (note.len)
				sbuf_addf(out, " %s", note.buf);
			sbuf_reset(&note);
			if (c->not_null || cm[j].pk)
				sbuf_adds(&note, "; not null");
			if (retyped)
				sbuf_addf(&note, "; type %s", sbuf_str(&s));
			if (renamed)
				sbuf_addf(&note, "; column %s", c->name);
			if (note.len) {
				sbuf_adds(out, " \"");
				mermaid_text(out, note.buf + 2, false);
				sbuf_addc(out, '"');
			}
			sbuf_addc(out, '\n');
		}
		sbuf_adds(out, "    }\n");
		free(cm);
	}
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *t = m->table_list[i];
		struct colmarks *cm;
		if (t->dropped)
			continue;
		cm = table_marks(t);
		for (j = 0; j < t->nconstraints; j++) {
			const struct sch_constraint *c = t->constraints[j];
			bool required = true, identifying = true;
			if (c->kind != CON_FOREIGN_KEY || !c->ncolumns)
				continue;
			for (k = 0; k < c->ncolumns; k++) {
				size_t at = column_at(t, c->columns[k]);
				required &= at < t->ncolumns && (t->columns[at]->not_null || cm[at].pk);
				identifying &= at < t->ncolumns && cm[at].pk;
			}
			sbuf_adds(out, "    \"");
			mermaid_text(out, t->key, false);
			sbuf_addf(out, "\" }o%s%s \"", identifying ? "--" : "..", required ? "||" : "o|");
			sbuf_reset(&s);
			referenced_key(&s, m, c);
			mermaid_text(out, sbuf_str(&s), false);
			sbuf_adds(out, "\" : \"");
			mermaid_text(out, c->name ? c->name : "", false);
			sbuf_adds(out, "\"\n");
		}
		free(cm);
	}
	sbuf_release(&s);
	sbuf_release(&note);
}

void picture_schema(struct sbuf *out, struct schema *m, const struct dialect *dl,
		    struct arena *a, const char *title, bool mermaid)
{
	if (mermaid)
		mermaid_schema(out, m, dl, a, title);
	else
		dot_schema(out, m, dl, a, title);
}
