/* Autogenerate.  Two schema models of one dialect in, ops out.  Each change
 * is a step: the ops that make it and the ops that undo it.  Steps fall in
 * phases whose order makes the upgrade apply (foreign keys dropped before
 * their tables, enums made before the tables that use them, ...); the
 * downgrade is every step's undo, last step first, so it applies too and
 * restores exactly what was there. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "autogen.h"
#include "dialect.h"
#include "irwrite.h"
#include "migrate.h"
#include "parse.h"
#include "schema.h"
#include "sbuf.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

/* ---- loading schema files ---- */

static struct op *fk_op(struct arena *a, const struct op *table, const struct constraint *k)
{
	return ir_new_add_constraint(a, OP_CREATE_FOREIGN_KEY, k->span, table->u.table.name, k);
}

/* create_table without its foreign keys (table constraints and columns'
 * references), which are appended to fks as create_foreign_key ops.  The
 * columns and the constraints are copied only where one of them is a
 * foreign key: a schema file's tables hold most of its columns, and
 * copying them all made check's peak memory 17 MB larger at 10,000. */
static struct op *table_without_fks(struct arena *a, const struct op *op, struct oplist *fks)
{
	struct op *t = ARENA_NEW(a, struct op);
	const struct column *c;
	const struct constraint *k;
	struct column **ct;
	struct constraint **kt;
	bool inline_fk = false, table_fk = false;

	*t = *op;
	t->next = NULL;
	for (c = op->u.table.columns; c && !inline_fk; c = c->next)
		inline_fk = c->references != NULL;
	for (k = op->u.table.constraints; k && !table_fk; k = k->next)
		table_fk = k->kind == CON_FOREIGN_KEY;
	if (!inline_fk && !table_fk)
		return t;
	t->u.table.constraints = NULL;
	t->u.table.nconstraints = 0;
	ct = &t->u.table.columns;
	for (c = op->u.table.columns; inline_fk && c; c = c->next) {
		struct column *nc = ARENA_NEW(a, struct column);
		*nc = *c;
		nc->next = NULL;
		if (c->references) {
			struct constraint *fk = ARENA_NEW(a, struct constraint);
			fk->kind = CON_FOREIGN_KEY;
			fk->span = c->references->span;
			ir_identlist_append(&fk->columns, ir_new_ident(a, c->name.name, c->name.span));
			fk->ref = *c->references;
			fk->deferrable = c->references->deferrable;
			fk->initially = c->references->initially;
			ir_oplist_append(fks, fk_op(a, op, fk));
			nc->references = NULL;
		}
		*ct = nc;
		ct = &nc->next;
	}
	kt = &t->u.table.constraints;
	for (k = op->u.table.constraints; k; k = k->next) {
		struct constraint *nk = ARENA_NEW(a, struct constraint);
		*nk = *k;
		nk->next = NULL;
		if (k->kind == CON_FOREIGN_KEY) {
			ir_oplist_append(fks, fk_op(a, op, nk));
			continue;
		}
		*kt = nk;
		kt = &nk->next;
		t->u.table.nconstraints++;
	}
	return t;
}

/* A schema file's ops as the model's database reads them: the top-level
 * ops, and those of each `only` block that names it.  A name no dialect
 * has is an error at it, as in a revision: a typo would drop objects. */
struct file_ops {
	const struct op **v;
	size_t n, cap;
	struct srcfile *src;
};

static bool file_ops_add(struct file_ops *fo, const struct oplist *l, const char *dialect,
			 struct diag *d)
{
	const struct op *op;
	const struct ident *id;
	bool ok = true;

	for (op = l->head; op; op = op->next) {
		if (op->kind != OP_ONLY) {
			XGROW(fo->v, fo->cap, fo->n + 1);
			fo->v[fo->n++] = op;
			continue;
		}
		for (id = op->u.block.dialects.head; id; id = id->next)
			if (!dialect_find_exact(id->name)) {
				struct sbuf known = SBUF_INIT;
				dialect_add_names(&known, " and ", false);
				diag_error(d, DIAG_DIALECT_UNSUPPORTED, fo->src, id->span,
					   "unknown dialect '%s' (the language knows %s)", id->name,
					   sbuf_str(&known));
				sbuf_release(&known);
				ok = false;
			}
		if (ir_identlist_has(&op->u.block.dialects, dialect))
			ok &= file_ops_add(fo, &op->u.block.body, dialect, d);
	}
	return ok;
}

/* An op into the model, and, with an emitter, lowered by its dialect too
 * (into nothing), so that what the dialect cannot make is an error at the
 * schema file's line. */
static bool load_op(struct schema *m, struct emitter *e, const struct op *op,
		    struct srcfile *src, struct diag *d)
{
	if (!e)
		return schema_apply(m, op, src, d);
	e->src = src;
	return migrate_op(m, e, op, src, d);
}

/* The schema files' views, each after the views of the files its SQL
 * names (in any file, in any order), so that the model knows what it
 * reads; a cycle, or a view naming one that is not there, in file order. */
static bool load_views(struct schema *m, struct emitter *e, const struct file_ops *files,
		       size_t n, struct arena *a, struct diag *d)
{
	const struct op **v = NULL;
	struct srcfile **src = NULL;
	bool *done, ok = true, more = true;
	size_t nv = 0, cap = 0, capsrc = 0, i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < files[i].n; j++)
			if (files[i].v[j]->kind == OP_CREATE_VIEW) {
				XGROW(v, cap, nv + 1);
				XGROW(src, capsrc, nv + 1);
				src[nv] = files[i].src;
				v[nv++] = files[i].v[j];
			}
	done = ARENA_ARRAY(a, bool, nv + 1);
	while (more) {
		more = false;
		for (i = 0; i < nv; i++) {
			bool ready = !done[i];
			for (j = 0; ready && j < nv; j++)
				ready = done[j] || j == i ||
					!schema_sql_mentions(m, v[i]->u.view.sql, v[j]->u.view.name.name);
			if (!ready)
				continue;
			ok &= load_op(m, e, v[i], src[i], d);
			done[i] = more = true;
		}
	}
	for (i = 0; i < nv; i++)
		if (!done[i])
			ok &= load_op(m, e, v[i], src[i], d);
	free(v);
	free(src);
	return ok;
}

bool autogen_load(struct schema *m, struct migfile *const *files, size_t n, struct arena *a,
		  const struct dialect *dl, struct diag *d)
{
	struct sink nothing = { 0 };
	struct emitter em, *e = dl ? &em : NULL;
	struct oplist *fks = ARENA_ARRAY(a, struct oplist, n ? n : 1);
	struct file_ops *fo = xcalloc(n + 1, sizeof(*fo));
	const struct op *op;
	size_t i, j;
	int pass;
	bool ok = true, flat;

	if (e)
		emitter_init(e, dl, a, d, &nothing);
	for (i = 0; i < n; i++) {
		fo[i].src = files[i]->src;
		ok &= file_ops_add(&fo[i], &files[i]->toplevel, m->rules->name, d);
	}
	/* types, tables, their foreign keys, indexes, views (each after the
	 * views it reads), triggers; none when an only block was wrong */
	flat = ok;
	for (pass = 0; flat && pass < 6; pass++) {
		for (i = 0; i < n; i++) {
			struct srcfile *src = files[i]->src;
			if (pass == 2) {
				for (op = fks[i].head; op; op = op->next)
					ok &= load_op(m, e, op, src, d);
				continue;
			}
			for (j = 0; j < fo[i].n; j++) {
				bool types;
				op = fo[i].v[j];
				types = op->kind == OP_CREATE_ENUM || op->kind == OP_CREATE_SEQUENCE ||
					op->kind == OP_CREATE_SCHEMA;
				if (pass == 0 && types)
					ok &= load_op(m, e, op, src, d);
				else if (pass == 1 && op->kind == OP_CREATE_TABLE)
					ok &= load_op(m, e, table_without_fks(a, op, &fks[i]), src, d);
				else if ((pass == 3 && op->kind == OP_CREATE_INDEX) ||
					 (pass == 5 && op->kind == OP_CREATE_TRIGGER))
					ok &= load_op(m, e, op, src, d);
			}
		}
		if (pass == 4)
			ok &= load_views(m, e, fo, n, a, d);
	}
	for (i = 0; i < n; i++)
		free(fo[i].v);
	free(fo);
	if (e)
		emitter_release(e);
	return ok;
}

/* ---- loading schema files a statement at a time ----
 *
 * autogen_load holds every file's IR through the load, nine times the
 * text (49 MB for the 5.3 MB schema of the benchmark's 10,000 revisions),
 * and it was check's peak.  This reads the files with parse_schema_each
 * and loads each statement as it comes, in autogen_load's order: types,
 * then tables (their foreign keys copied aside), then the foreign keys,
 * then the indexes, views and triggers, which are read again from their
 * stretches of text once every table is in.  What it cannot do in that
 * order (a type after a table) or anything wrong at all makes it give up,
 * saying nothing: the caller loads the files with autogen_load, from a new
 * model, which says what is wrong. */

enum { LATER_INDEX = 1, LATER_VIEW = 2, LATER_TRIGGER = 4 };

/* A top-level statement to read again, and what is to be loaded from it. */
struct later {
	size_t file;
	struct span span;
	unsigned what;
};

struct fk_later {
	const struct op *op;
	size_t file;
};

struct each_load {
	struct schema *m;
	struct srcfile *const *srcs;
	struct srcfile *src;	/* the file being read: srcs[file] */
	size_t file;
	struct arena *scratch;	/* a table without its foreign keys */
	struct arena *keep;	/* the foreign keys, the views */
	struct diag d;		/* what the loads say, given to the caller's d
				 * only if all goes well */
	bool tables_seen;
	unsigned what;		/* this statement's LATER_ bits; in a second
				 * reading, the one kind to load */
	struct fk_later *fks;
	size_t nfks, capfks;
	struct later *later;
	size_t nlater, caplater;
	struct file_ops *views;	/* by file */
};

static bool dialects_known(const struct op *only)
{
	const struct ident *id;

	for (id = only->u.block.dialects.head; id; id = id->next)
		if (!dialect_find_exact(id->name))
			return false;
	return true;
}

/* The first reading: types and tables loaded, the rest put off. */
static bool each_first(struct each_load *s, const struct op *op)
{
	struct oplist fks = { NULL, NULL, 0 };
	const struct op *o;
	bool ok;

	switch (op->kind) {
	case OP_ONLY:
		if (!dialects_known(op))
			return false;
		if (!ir_identlist_has(&op->u.block.dialects, s->m->rules->name))
			return true;
		for (o = op->u.block.body.head; o; o = o->next)
			if (!each_first(s, o))
				return false;
		return true;
	case OP_CREATE_ENUM:
	case OP_CREATE_SEQUENCE:
	case OP_CREATE_SCHEMA:
		return !s->tables_seen && schema_apply(s->m, op, s->src, &s->d);
	case OP_CREATE_TABLE:
		s->tables_seen = true;
		ok = schema_apply(s->m, table_without_fks(s->scratch, op, &fks), s->src, &s->d);
		for (o = fks.head; ok && o; o = o->next) {
			XGROW(s->fks, s->capfks, s->nfks + 1);
			s->fks[s->nfks].op = ir_copy_foreign_key(s->keep, o);
			s->fks[s->nfks++].file = s->file;
		}
		arena_reset(s->scratch);
		return ok;
	case OP_CREATE_INDEX:
		s->what |= LATER_INDEX;
		return true;
	case OP_CREATE_VIEW:
		s->what |= LATER_VIEW;
		return true;
	case OP_CREATE_TRIGGER:
		s->what |= LATER_TRIGGER;
		return true;
	default:	/* (parse_file lets nothing else stand in a schema file) */
		return false;
	}
}

static bool each_first_top(void *ctx, const struct op *op)
{
	struct each_load *s = ctx;

	s->what = 0;
	if (!each_first(s, op) || s->d.nerrors)
		return false;
	if (s->what) {
		XGROW(s->later, s->caplater, s->nlater + 1);
		s->later[s->nlater].file = s->file;
		s->later[s->nlater].span = op->span;
		s->later[s->nlater++].what = s->what;
	}
	return true;
}

/* A second reading: the one kind s->what names, loaded (views collected). */
static bool each_again(void *ctx, const struct op *op)
{
	struct each_load *s = ctx;
	const struct op *o;

	switch (op->kind) {
	case OP_ONLY:
		if (!ir_identlist_has(&op->u.block.dialects, s->m->rules->name))
			return true;
		for (o = op->u.block.body.head; o; o = o->next)
			if (!each_again(s, o))
				return false;
		return true;
	case OP_CREATE_INDEX:
		return s->what != LATER_INDEX || schema_apply(s->m, op, s->src, &s->d);
	case OP_CREATE_TRIGGER:
		return s->what != LATER_TRIGGER || schema_apply(s->m, op, s->src, &s->d);
	case OP_CREATE_VIEW:
		if (s->what == LATER_VIEW) {
			struct file_ops *fo = &s->views[s->file];
			XGROW(fo->v, fo->cap, fo->n + 1);
			fo->v[fo->n++] = op;
		}
		return true;
	default:
		return true;
	}
}

/* Every stretch put off for kind, read again in file order. */
static bool load_later(struct each_load *s, unsigned kind)
{
	size_t i;

	s->what = kind;
	for (i = 0; i < s->nlater; i++) {
		const struct later *l = &s->later[i];
		if (!(l->what & kind))
			continue;
		s->file = l->file;
		s->src = s->srcs[l->file];
		if (!parse_schema_each(s->src, l->span.start, l->span.end,
				       kind == LATER_VIEW ? s->keep : NULL, each_again, s) ||
		    s->d.nerrors)
			return false;
	}
	return true;
}

bool autogen_load_each(struct schema *m, struct srcfile *const *srcs, size_t n, struct diag *d)
{
	struct each_load s;
	size_t i;
	bool ok = true;

	memset(&s, 0, sizeof(s));
	s.m = m;
	s.srcs = srcs;
	s.scratch = arena_new();
	s.keep = arena_new();
	s.d.mute_warnings = d->mute_warnings;
	s.views = xcalloc(n + 1, sizeof(*s.views));
	for (i = 0; i < n && ok; i++) {
		s.src = srcs[i];
		s.file = i;
		s.views[i].src = srcs[i];
		ok = parse_schema_each(srcs[i], 0, 0, NULL, each_first_top, &s) && !s.d.nerrors;
	}
	for (i = 0; i < s.nfks && ok; i++)
		ok = schema_apply(m, s.fks[i].op, srcs[s.fks[i].file], &s.d) && !s.d.nerrors;
	ok = ok && load_later(&s, LATER_INDEX);
	ok = ok && load_later(&s, LATER_VIEW) && load_views(m, NULL, s.views, n, s.keep, &s.d) &&
	     !s.d.nerrors;
	ok = ok && load_later(&s, LATER_TRIGGER);
	if (ok)
		diag_move(d, &s.d);
	diag_release(&s.d);
	for (i = 0; i < n; i++)
		free(s.views[i].v);
	free(s.views);
	free(s.fks);
	free(s.later);
	arena_free(s.scratch);
	arena_free(s.keep);
	return ok;
}

/* ---- the model as a schema file ---- */

static struct qname plain(const struct qname *q)
{
	struct qname r = { q->schema, q->name, { 0, 0 } };

	return r;
}

static struct span nowhere(void)
{
	return span_make(0, 0);
}

static struct op *enum_op(struct arena *a, const struct sch_enum *e)
{
	struct valuelist vals = { NULL, NULL, 0 };
	size_t i;

	for (i = 0; i < e->nvalues; i++)
		ir_valuelist_append(&vals, ir_new_value(a, VAL_STRING, e->values[i], nowhere()));
	return ir_new_create_enum(a, nowhere(), plain(&e->name), vals);
}

static struct op *sequence_op(struct arena *a, const struct sch_sequence *q)
{
	struct op *op = ir_new_sequence(a, OP_CREATE_SEQUENCE, nowhere(), plain(&q->name));

	op->u.sequence = q->def->u.sequence;
	op->u.sequence.name = plain(&q->name);
	return op;
}

/* A constraint the database named (an unnamed one, whose name a renamed
 * table may have kept) is written unnamed: each dialect names it its own
 * way, and autogenerate takes it for whatever name the history gave. */
static struct op *table_unnamed(struct op *op, const struct sch_table *t)
{
	struct constraint *k = op->u.table.constraints;
	size_t i;

	for (i = 0; k && i < t->nconstraints; i++, k = k->next)
		if (t->constraints[i]->auto_named)
			k->name.name = NULL;
	return op;
}

void autogen_write_schema(struct schema *m, struct arena *a, struct sbuf *out)
{
	size_t i, j;

	for (i = 0; i < m->nschemas; i++)
		if (!m->schema_list[i]->dropped)
			irwrite_op(out, ir_new_schema(a, OP_CREATE_SCHEMA, nowhere(),
						      *ir_new_ident(a, m->schema_list[i]->name,
								    nowhere())), 0);
	for (i = 0; i < m->nenums; i++)
		if (!m->enum_list[i]->dropped)
			irwrite_op(out, enum_op(a, m->enum_list[i]), 0);
	for (i = 0; i < m->nseqs; i++)
		if (!m->seq_list[i]->dropped)
			irwrite_op(out, sequence_op(a, m->seq_list[i]), 0);
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *t = m->table_list[i];
		if (t->dropped)
			continue;
		if (out->len)
			sbuf_addc(out, '\n');
		irwrite_op(out, table_unnamed(schema_table_ir(m, a, t, NULL, NULL, false), t), 0);
		for (j = 0; j < t->nindexes; j++)
			irwrite_op(out, schema_index_ir(a, t, t->indexes[j]), 0);
	}
	{
		struct oplist views = { NULL, NULL, 0 };
		const struct op *op;
		schema_views_to_ops(m, a, &views);
		if (views.head && out->len)
			sbuf_addc(out, '\n');
		for (op = views.head; op; op = op->next)
			irwrite_op(out, op, 0);
	}
}

/* ---- the diff ---- */

/* In upgrade order.  The downgrade runs them backwards, each step undone. */
enum phase {
	PH_CREATE_SCHEMA,	/* before anything is made in one */
	PH_DROP_VIEW,		/* views and triggers that go or change: */
	PH_DROP_TRIGGER,	/* nothing holds on to what follows */
	PH_DROP_FK,		/* foreign keys that change or lose an end */
	PH_DROP_TABLE,		/* referencing tables first */
	PH_DROP_INDEX,
	PH_DROP_CONSTRAINT,
	PH_DROP_COLUMN,
	PH_ENUM_AWAY,		/* columns of an enum whose values change -> text */
	PH_DROP_TYPE,		/* those enums, and sequences that change */
	PH_CREATE_TYPE,
	PH_ENUM_ADD,		/* values an enum gains (alter_enum) */
	PH_CREATE_TABLE,	/* referenced tables first */
	PH_ADD_COLUMN,
	PH_ALTER_COLUMN,
	PH_TABLE_COMMENT,
	PH_CREATE_CONSTRAINT,
	PH_CREATE_INDEX,
	PH_CREATE_TABLE_LATE,	/* new tables whose foreign keys need a key
				 * made above (and the new tables that
				 * reference those) */
	PH_CREATE_FK,
	PH_ENUM_DROP,		/* values an enum loses, once nothing uses them */
	PH_DROP_LEFT,		/* enums and sequences nothing uses any more */
	PH_CREATE_VIEW,		/* views and triggers that come or change, */
	PH_CREATE_TRIGGER,	/* once what they use is there */
	PH_DROP_SCHEMA,		/* once nothing is in it */
	PH__COUNT
};

struct change {
	struct oplist up, down;
};

struct phase_steps {
	struct change *v;
	size_t n, cap;
};

/* A column's type and default as the upgrade leaves them so far: an enum
 * being remade turns its columns to text for a while. */
struct colstate {
	const struct type *type;
	const struct value *dflt;
};

struct gen {
	const struct dialect *d;	/* both models': the one the ops are for */
	struct schema *from, *to;
	struct arena *a;
	bool loose;
	struct autogen_diff *r;
	struct phase_steps ph[PH__COUNT];
	struct strmap *marks;		/* "d<ptr>": dropped by a step; "f<ptr>":
					 * a foreign key made later; "e<key>":
					 * an enum remade; "l<ptr>": a new table
					 * made late */
	struct strmap *states;		/* "<ptr>" of a from column -> colstate */
};

static bool keeps(const struct gen *g, unsigned cap);

static const char *ptr_key(struct gen *g, char tag, const void *p)
{
	return arena_printf(g->a, "%c%p", tag, p);
}

static void mark(struct gen *g, char tag, const void *p)
{
	strmap_put(g->marks, ptr_key(g, tag, p), (void *)1);
}

static bool marked(struct gen *g, char tag, const void *p)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%c%p", tag, p);
	return strmap_get(g->marks, buf) != NULL;
}

static struct change *step_new(struct gen *g, enum phase p)
{
	struct phase_steps *ps = &g->ph[p];
	struct change *st;

	XGROW(ps->v, ps->cap, ps->n + 1);
	st = &ps->v[ps->n++];
	memset(st, 0, sizeof(*st));
	return st;
}

static void note(struct gen *g, bool blocks, const char *fmt, ...) ATTR_PRINTF(3, 4);

static void note(struct gen *g, bool blocks, const char *fmt, ...)
{
	va_list ap;

	struct sbuf *to = blocks ? &g->r->problems : &g->r->hints;

	va_start(ap, fmt);
	sbuf_vaddf(to, fmt, ap);
	va_end(ap);
	sbuf_addc(to, '\n');
}

static struct ident *id_of(struct gen *g, const char *name)
{
	return ir_new_ident(g->a, name, nowhere());
}

/* ---- comparing ---- */

static bool strs_same(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : a == b;
}


static bool enum_remade(struct gen *g, const struct type *t)
{
	const struct sch_enum *e;

	if (t->kind != TY_ENUM || !t->enum_name.name)
		return false;
	e = schema_enum(g->from, &t->enum_name);
	return e && marked(g, 'e', e);
}

/* The state of column c, if a step changed it; else NULL. */
static struct colstate *state_find(struct gen *g, const struct sch_column *c)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%p", (const void *)c);
	return strmap_get(g->states, buf);
}

static struct colstate *state_of(struct gen *g, const struct sch_column *c)
{
	char buf[64];
	struct colstate *s;

	snprintf(buf, sizeof(buf), "%p", (const void *)c);
	if ((s = strmap_get(g->states, buf)) == NULL) {
		s = ARENA_NEW(g->a, struct colstate);
		s->type = c->type;
		s->dflt = c->server_default;
		strmap_put(g->states, arena_strdup(g->a, buf), s);
	}
	return s;
}

/* Whether the column is gone from `to`, or its type changes. */
static bool column_changes(struct gen *g, const struct sch_table *ft, const char *name)
{
	const struct sch_table *tt = schema_table(g->to, &ft->name);
	const struct sch_column *fc = schema_column(ft, name), *tc;

	if (!tt || !fc || !(tc = schema_column(tt, name)))
		return true;
	return !schema_types_equal(fc->type, tc->type) || enum_remade(g, fc->type);
}

static bool columns_change(struct gen *g, const struct sch_table *t, const char **cols,
			   size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (column_changes(g, t, cols[i]))
			return true;
	return false;
}

/* ---- ops ---- */

static const char *columns_shown(struct gen *g, const struct sch_constraint *c)
{
	struct sbuf sb = SBUF_INIT;
	const char *r;
	size_t i;

	if (c->kind == CON_CHECK)
		return arena_printf(g->a, "check '%s'", c->check);
	sbuf_addc(&sb, '(');
	for (i = 0; i < c->ncolumns; i++)
		sbuf_addf(&sb, "%s%s", i ? ", " : "", c->columns[i]);
	sbuf_addc(&sb, ')');
	r = arena_strdup(g->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* A constraint made or dropped by an op of its own must have a name: the
 * name the database gave it is what the op says. */
static bool named(struct gen *g, const struct sch_table *t, const struct sch_constraint *c,
		  const char *doing)
{
	if (c->name)
		return true;
	note(g, true, "the unnamed %s %s on '%s' must be %s, which takes its name: give it "
	     "one (constraint NAME ...) in the schema file and in the revision that made it",
	     ir_constraint_kind_name(c->kind), columns_shown(g, c), t->key, doing);
	return false;
}

static struct op *drop_constraint_op(struct gen *g, const struct sch_table *t,
				     const struct sch_constraint *c)
{
	struct op *op = ir_new_drop_constraint(g->a, nowhere(), *id_of(g, c->name),
					       plain(&t->name));

	op->u.drop_constraint.has_kind = true;
	op->u.drop_constraint.kind = c->kind;
	return op;
}

static struct op *add_constraint_op(struct gen *g, const struct sch_table *t,
				    const struct sch_constraint *c)
{
	static const enum op_kind kinds[] = {
		[CON_PRIMARY_KEY] = OP_CREATE_PRIMARY_KEY,
		[CON_UNIQUE] = OP_CREATE_UNIQUE_CONSTRAINT,
		[CON_FOREIGN_KEY] = OP_CREATE_FOREIGN_KEY,
		[CON_CHECK] = OP_CREATE_CHECK_CONSTRAINT,
		[CON_EXCLUDE] = OP_CREATE_EXCLUDE_CONSTRAINT,
	};
	struct constraint *k = schema_constraint_ir(g->from, g->a, t, c);

	k->name.name = c->name;
	return ir_new_add_constraint(g->a, kinds[c->kind], nowhere(), plain(&t->name), k);
}

/* A constraint goes (up) and comes back (down), or the other way. */
static void constraint_step(struct gen *g, enum phase p, const struct sch_table *t,
			    const struct sch_constraint *c, bool dropping)
{
	struct change *st;

	if (!named(g, t, c, dropping ? "dropped" : "added to an existing table"))
		return;
	st = step_new(g, p);
	ir_oplist_append(dropping ? &st->up : &st->down, drop_constraint_op(g, t, c));
	ir_oplist_append(dropping ? &st->down : &st->up, add_constraint_op(g, t, c));
}

static void index_step(struct gen *g, enum phase p, const struct sch_table *t,
		       const struct sch_index *ix, bool dropping)
{
	struct change *st = step_new(g, p);
	struct op *drop = ir_new_drop_index(g->a, nowhere(), *id_of(g, ix->name),
					    plain(&t->name));

	ir_oplist_append(dropping ? &st->up : &st->down, drop);
	ir_oplist_append(dropping ? &st->down : &st->up, schema_index_ir(g->a, t, ix));
}

/* A table's create_table (with the foreign keys keep_fk lets in) and its
 * indexes; or its drop_table. */
struct fk_filter {
	struct gen *g;
	char tag;	/* leave out the foreign keys marked so */
};

static bool fk_kept(const struct sch_constraint *c, void *ctx)
{
	struct fk_filter *f = ctx;

	return c->kind != CON_FOREIGN_KEY || !marked(f->g, f->tag, c);
}

static void table_step(struct gen *g, enum phase p, const struct sch_table *t, char tag,
		       bool dropping)
{
	struct change *st = step_new(g, p);
	struct oplist *make = dropping ? &st->down : &st->up;
	struct fk_filter f = { g, tag };
	size_t i;

	ir_oplist_append(dropping ? &st->up : &st->down,
			 ir_new_drop_table(g->a, nowhere(), plain(&t->name)));
	ir_oplist_append(make, schema_table_ir(dropping ? g->from : g->to, g->a, t, fk_kept,
							   &f, true));
	for (i = 0; i < t->nindexes; i++)
		ir_oplist_append(make, schema_index_ir(g->a, t, t->indexes[i]));
	schema_identities_later(g->a, t, make);
}

static struct op *alter_op(struct gen *g, const struct sch_table *t, const char *column)
{
	return ir_new_alter_column(g->a, nowhere(), plain(&t->name), *id_of(g, column));
}

/* The changes tried in try, onto op (its table and column kept). */
static void alter_take(struct op *op, const struct op *try)
{
	struct qname table = op->u.alter.table;
	struct ident column = op->u.alter.column;

	op->u.alter = try->u.alter;
	op->u.alter.table = table;
	op->u.alter.column = column;
}

/* alter_column ... type, with `using` where the dialect needs one; m is
 * the model the new type is spelled in. */
static struct op *retype_op(struct gen *g, struct schema *m, const struct sch_table *t,
			    const char *column, const struct type *from, const struct type *to)
{
	const struct dialect *d = g->d;
	struct op *op = alter_op(g, t, column);

	op->u.alter.changes = ALTER_TYPE;
	op->u.alter.type = *to;
	if ((d->caps & CAP_USING_CAST) && d->rules.cast_needs_using && d->rules.cast_needs_using(from, to)) {
		struct sbuf sb = SBUF_INIT;
		dialect_cast_sql(d, m, g->a, column, from, to, &sb);
		op->u.alter.using_expr = arena_strdup(g->a, sbuf_str(&sb));
		sbuf_release(&sb);
	}
	return op;
}

static struct op *default_op(struct gen *g, const struct sch_table *t, const char *column,
			     const struct value *v)
{
	struct op *op = alter_op(g, t, column);

	op->u.alter.changes = v ? ALTER_SET_DEFAULT : ALTER_DROP_DEFAULT;
	op->u.alter.default_value = (struct value *)v;
	return op;
}

static void retype_step(struct gen *g, enum phase p, const struct sch_table *t,
			const struct sch_column *fc, const struct type *to)
{
	struct colstate *s = state_of(g, fc);
	struct change *st;
	/* The old default may not convert to the new type: it goes first, and
	 * whatever the target wants is set after (PH_ALTER_COLUMN). */
	if (s->dflt) {
		st = step_new(g, p);
		ir_oplist_append(&st->up, default_op(g, t, fc->name, NULL));
		ir_oplist_append(&st->down, default_op(g, t, fc->name, s->dflt));
		s->dflt = NULL;
	}
	st = step_new(g, p);
	ir_oplist_append(&st->up, retype_op(g, g->to, t, fc->name, s->type, to));
	ir_oplist_append(&st->down, retype_op(g, g->from, t, fc->name, to, s->type));
	s->type = to;
}

static const struct type text_type = { TY_TEXT, { 0, 0 }, -1, -1, TYPE_NO_SCALE,
				       { NULL, NULL, { 0, 0 } }, { NULL, NULL, 0 }, NULL, NULL };

/* ---- phases ---- */

/* An index's columns, where it is on plain columns only and without a
 * WHERE; else 0. */
static size_t index_columns(const struct sch_index *ix, const char **cols, size_t max)
{
	size_t n = schema_index_columns(ix, cols, max);

	return ix->def->where || n != ix->def->nelems ? 0 : n;
}

/* Whether a and b hold the same names, in any order (b without repeats). */
static bool same_set(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i, j;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++) {
		for (j = 0; j < nb && strcmp(a[i], b[j]) != 0; j++)
			;
		if (j == nb)
			return false;
	}
	return true;
}

/* Whether a unique index of ref on these columns goes or changes: where
 * the dialect lets a foreign key lean on one (CAP_FK_PINS_KEY), the key
 * must go first. */
static bool unique_index_changes(struct gen *g, const struct sch_table *ref, const char **cols,
				 size_t n)
{
	const struct sch_table *tt = schema_table(g->to, &ref->name);
	const char *ic[64];
	size_t i, k;

	if (!(g->d->caps & CAP_FK_PINS_KEY))
		return false;
	for (i = 0; i < ref->nindexes; i++) {
		const struct sch_index *ix = ref->indexes[i], *m;
		if (!ix->def->unique || !(k = index_columns(ix, ic, 64)) ||
		    !same_set(cols, n, ic, k))
			continue;
		m = tt ? schema_index(tt, ix->name) : NULL;
		if (!m || !schema_index_equal(g->from, ix, m))
			return true;
	}
	return false;
}

/* Whether the primary key or unique constraint of ref (in `from`) that a
 * foreign key to these columns leans on is dropped, remade or new. */
static bool key_changes(struct gen *g, const struct sch_table *ref, const char **cols,
			size_t n)
{
	const struct sch_table *tt = schema_table(g->to, &ref->name);
	size_t i;

	if (unique_index_changes(g, ref, cols, n))
		return true;

	for (i = 0; i < ref->nconstraints; i++) {
		const struct sch_constraint *k = ref->constraints[i], *m;
		if ((k->kind != CON_PRIMARY_KEY && k->kind != CON_UNIQUE) ||
		    !schema_names_equal(k->columns, k->ncolumns, cols, n))
			continue;
		m = tt ? schema_constraint_match(g->from, tt, k) : NULL;
		return !m || !schema_constraint_equal(g->from, k, m) ||
		       columns_change(g, ref, k->columns, k->ncolumns);
	}
	/* none now: one made by this diff comes after the tables */
	for (i = 0; tt && i < tt->nconstraints; i++)
		if ((tt->constraints[i]->kind == CON_PRIMARY_KEY ||
		     tt->constraints[i]->kind == CON_UNIQUE) &&
		    schema_names_equal(tt->constraints[i]->columns, tt->constraints[i]->ncolumns, cols, n))
			return true;
	return false;
}

static bool fk_goes(struct gen *g, const struct sch_table *ft, const struct sch_table *tt,
		    const struct sch_constraint *c)
{
	const struct sch_constraint *m = schema_constraint_match(g->from, tt, c);
	const struct sch_table *ref = schema_table(g->from, &c->ref_table);

	return !m || !schema_constraint_equal(g->from, c, m) ||
	       columns_change(g, ft, c->columns, c->ncolumns) || !ref ||
	       !schema_table(g->to, &ref->name) ||
	       columns_change(g, ref, c->ref_columns, c->nref_columns) ||
	       key_changes(g, ref, c->ref_columns, c->nref_columns);
}

/* Whether cols begin with the foreign key's columns. */
static bool fk_in_front(const char **cols, size_t n, const struct sch_constraint *fk)
{
	size_t i;

	if (n < fk->ncolumns)
		return false;
	for (i = 0; i < fk->ncolumns; i++)
		if (strcmp(cols[i], fk->columns[i]) != 0)
			return false;
	return true;
}

/* Whether an index or key of a with the foreign key's columns in front is
 * not in b as it is in a. */
static bool fk_index_gone(const struct gen *g, const struct sch_table *a,
			  const struct sch_table *b, const struct sch_constraint *fk)
{
	const char *ic[64];
	size_t i, k;

	for (i = 0; i < a->nindexes; i++) {
		const struct sch_index *m = schema_index(b, a->indexes[i]->name);
		k = index_columns(a->indexes[i], ic, 64);
		if (fk_in_front(ic, k, fk) && (!m || !schema_index_equal(g->from, a->indexes[i], m)))
			return true;
	}
	for (i = 0; i < a->nconstraints; i++) {
		const struct sch_constraint *c = a->constraints[i], *m;
		if ((c->kind != CON_PRIMARY_KEY && c->kind != CON_UNIQUE) ||
		    !fk_in_front(c->columns, c->ncolumns, fk))
			continue;
		m = schema_constraint_match(g->from, b, c);
		if (!m || !schema_constraint_equal(g->from, c, m))
			return true;
	}
	return false;
}

/* Where a foreign key needs an index on its own table (CAP_FK_NEEDS_INDEX),
 * one that could serve it going (up) or coming (down: it goes again) means
 * the key goes first and comes back after: the database may have let the
 * index it made for the key go in favour of the new one. */
static bool fk_index_changes(struct gen *g, const struct sch_table *ft,
			     const struct sch_table *tt, const struct sch_constraint *fk)
{
	if (!(g->d->caps & CAP_FK_NEEDS_INDEX))
		return false;
	return fk_index_gone(g, ft, tt, fk) || fk_index_gone(g, tt, ft, fk);
}

/* What goes from tables that stay: foreign keys, indexes, constraints. */
static void drop_parts(struct gen *g)
{
	size_t i, j;

	for (i = 0; i < g->from->ntables; i++) {
		const struct sch_table *ft = g->from->table_list[i], *tt;
		if (ft->dropped || !(tt = schema_table(g->to, &ft->name)))
			continue;
		for (j = 0; j < ft->nconstraints; j++) {
			const struct sch_constraint *c = ft->constraints[j], *m;
			if (c->kind == CON_FOREIGN_KEY) {
				if (!fk_goes(g, ft, tt, c) && !fk_index_changes(g, ft, tt, c))
					continue;
				mark(g, 'd', c);
				constraint_step(g, PH_DROP_FK, ft, c, true);
				continue;
			}
			/* a key or check outlives its columns' change of type on
			 * every dialect (the index is rebuilt, the check's text
			 * read again for the new type) */
			m = schema_constraint_match(g->from, tt, c);
			if (m && schema_constraint_equal(g->from, c, m))
				continue;
			mark(g, 'd', c);
			constraint_step(g, PH_DROP_CONSTRAINT, ft, c, true);
		}
		for (j = 0; j < ft->nindexes; j++) {
			const struct sch_index *ix = ft->indexes[j];
			const struct sch_index *m = schema_index(tt, ix->name);
			if (m && schema_index_equal(g->from, ix, m))
				continue;
			mark(g, 'd', ix);
			index_step(g, PH_DROP_INDEX, ft, ix, true);
		}
	}
}

/* Tables in `in` that `other` lacks, ordered by their foreign keys among
 * themselves: referencing first when dropping, referenced first when
 * creating.  A cycle is broken by taking a table's foreign keys to the
 * rest out of its create_table (creating: made after by PH_CREATE_FK) or
 * dropping them first (PH_DROP_FK). */
static void tables_ordered(struct gen *g, struct schema *in, struct schema *other,
			   bool dropping)
{
	const struct sch_table **v = xcalloc(in->ntables + 1, sizeof(*v));
	bool *done;
	size_t n = 0, i, j, left;

	for (i = 0; i < in->ntables; i++)
		if (!in->table_list[i]->dropped && !schema_table(other, &in->table_list[i]->name))
			v[n++] = in->table_list[i];
	done = xcalloc(n + 1, sizeof(*done));
	for (left = n; left;) {
		size_t before = left;
		for (i = 0; i < n; i++) {
			const struct sch_table *t = v[i];
			bool free_now = true;
			if (done[i])
				continue;
			/* dropping: no table left references t; creating: t
			 * references no table left (but itself) */
			for (j = 0; j < n && free_now; j++) {
				const struct sch_table *x = dropping ? v[j] : t;
				const struct sch_table *y = dropping ? t : v[j];
				size_t k;
				if (done[j] || j == i)
					continue;
				for (k = 0; k < x->nconstraints; k++) {
					const struct sch_constraint *c = x->constraints[k];
					if (c->kind == CON_FOREIGN_KEY && !marked(g, 'f', c) &&
					    schema_table(in, &c->ref_table) == y) {
						free_now = false;
						break;
					}
				}
			}
			if (!free_now)
				continue;
			done[i] = true;
			left--;
			if (dropping) {
				table_step(g, PH_DROP_TABLE, t, 'f', true);
				continue;
			}
			/* late where it references a table made late */
			for (j = 0; j < t->nconstraints && !marked(g, 'l', t); j++) {
				const struct sch_constraint *c = t->constraints[j];
				const struct sch_table *ref;
				if (c->kind == CON_FOREIGN_KEY && !marked(g, 'f', c) &&
				    (ref = schema_table(in, &c->ref_table)) != NULL &&
				    ref != t && marked(g, 'l', ref))
					mark(g, 'l', t);
			}
			table_step(g, marked(g, 'l', t) ? PH_CREATE_TABLE_LATE : PH_CREATE_TABLE,
				   t, 'f', false);
		}
		if (left != before)
			continue;
		/* a cycle: the first table left gives up its foreign keys to
		 * the others (dropping: theirs to it) */
		for (i = 0; i < n && done[i]; i++)
			;
		for (j = 0; j < n; j++) {
			const struct sch_table *x = dropping ? v[j] : v[i];
			size_t k;
			if (done[j] || j == i)
				continue;
			for (k = 0; k < x->nconstraints; k++) {
				const struct sch_constraint *c = x->constraints[k];
				if (c->kind != CON_FOREIGN_KEY || marked(g, 'f', c) ||
				    schema_table(in, &c->ref_table) != (dropping ? v[i] : v[j]))
					continue;
				mark(g, 'f', c);
				if (dropping)
					constraint_step(g, PH_DROP_FK, x, c, true);
			}
		}
	}
	free(done);
	free(v);
}

static bool enum_values_same(const struct sch_enum *a, const struct sch_enum *b)
{
	size_t i;

	if (a->nvalues != b->nvalues)
		return false;
	for (i = 0; i < a->nvalues; i++)
		if (strcmp(a->values[i], b->values[i]) != 0)
			return false;
	return true;
}

static bool sequence_same(const struct sch_sequence *a, const struct sch_sequence *b)
{
	const struct op *x = a->def, *y = b->def;

	return strs_same(x->u.sequence.start, y->u.sequence.start) &&
	       strs_same(x->u.sequence.increment, y->u.sequence.increment) &&
	       strs_same(x->u.sequence.minvalue, y->u.sequence.minvalue) &&
	       strs_same(x->u.sequence.maxvalue, y->u.sequence.maxvalue) &&
	       strs_same(x->u.sequence.cache, y->u.sequence.cache) &&
	       x->u.sequence.cycle == y->u.sequence.cycle;
}

static const struct sch_sequence *find_sequence(const struct schema *m, const char *key)
{
	size_t i;

	for (i = 0; i < m->nseqs; i++)
		if (!m->seq_list[i]->dropped && strcmp(m->seq_list[i]->key, key) == 0)
			return m->seq_list[i];
	return NULL;
}

static bool inline_enum(const struct type *t)
{
	return t->kind == TY_ENUM && !t->enum_name.name;
}

static size_t value_index(const char *const *v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n && strcmp(v[i], s) != 0; i++)
		;
	return i;
}

/* Whether values a become b by adding and dropping values: the values
 * both have are in the same order in both. */
static bool enum_editable(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	size_t i, last = 0, at;
	bool any = false;

	for (i = 0; i < nb; i++) {
		if ((at = value_index(a, na, b[i])) == na)
			continue;
		if (any && at < last)
			return false;
		last = at;
		any = true;
	}
	return true;
}

static struct op *enum_edit_op(struct gen *g, const struct qname *name,
			       const struct sch_table *t, const char *column,
			       enum enum_change change, const char *value, enum enum_place place,
			       const char *other)
{
	struct value *v = ir_new_value(g->a, VAL_STRING, value, nowhere());
	struct value *o = other ? ir_new_value(g->a, VAL_STRING, other, nowhere()) : NULL;
	struct qname tq;

	if (!t)
		return ir_new_alter_enum(g->a, nowhere(), name, NULL, NULL, change, v, place, o);
	tq = plain(&t->name);
	return ir_new_alter_enum(g->a, nowhere(), NULL, &tq, id_of(g, column), change, v, place,
				 o);
}

/* Values a become b, one alter_enum each (of the enum `name`, or of the
 * inline enum of t's column): the new ones first, each after the one
 * before it in b (the first before the first value a keeps); the lost
 * ones at the end, once nothing uses them.  The downgrade puts each lost
 * value back before the one after it in a. */
static void enum_edit_steps(struct gen *g, const struct qname *name, const struct sch_table *t,
			    const char *column, const char *const *a, size_t na,
			    const char *const *b, size_t nb)
{
	const char *first_kept = NULL, *gained = NULL, *lost = NULL;
	struct change *st;
	size_t i;

	for (i = 0; i < nb && !first_kept; i++)
		if (value_index(a, na, b[i]) < na)
			first_kept = b[i];
	for (i = 0; i < nb; i++) {
		enum enum_place place = i ? ENUM_AFTER : first_kept ? ENUM_BEFORE : ENUM_AT_END;
		if (value_index(a, na, b[i]) < na)
			continue;
		st = step_new(g, PH_ENUM_ADD);
		ir_oplist_append(&st->up, enum_edit_op(g, name, t, column, ENUM_ADD_VALUE, b[i], place,
						       i ? b[i - 1] : first_kept));
		ir_oplist_append(&st->down, enum_edit_op(g, name, t, column, ENUM_DROP_VALUE, b[i],
							 ENUM_AT_END, NULL));
		gained = b[i];
	}
	for (i = 0; i < na; i++) {
		if (value_index(b, nb, a[i]) < nb)
			continue;
		st = step_new(g, PH_ENUM_DROP);
		ir_oplist_append(&st->up, enum_edit_op(g, name, t, column, ENUM_DROP_VALUE, a[i],
						       ENUM_AT_END, NULL));
		ir_oplist_append(&st->down, enum_edit_op(g, name, t, column, ENUM_ADD_VALUE, a[i],
							 i + 1 < na ? ENUM_BEFORE : ENUM_AT_END,
							 i + 1 < na ? a[i + 1] : NULL));
		lost = a[i];
	}
	if (gained && lost)
		note(g, false, "%s%s%s%s%s loses '%s' and gains '%s': where that is a rename, its "
		     "rows keep their value only with alter_enum ... rename value '%s' to '%s' "
		     "(written by hand)", t ? "the enum of column '" : "enum '",
		     t ? t->key : name->name, t ? "." : "", t ? column : "", "'", lost, gained,
		     lost, gained);
}

/* Whether SQL of t (a check, an exclusion constraint, an index's
 * expressions or WHERE) writes the value. */
static bool table_writes(const struct schema *s, const struct sch_table *t, const char *value)
{
	const struct index_elem *x;
	const struct exclude_elem *xe;
	size_t k;

	for (k = 0; k < t->nconstraints; k++) {
		const struct sch_constraint *con = t->constraints[k];
		if (con->kind == CON_CHECK && schema_sql_has_string(s, con->check, value))
			return true;
		if (con->kind != CON_EXCLUDE || !con->def)
			continue;
		if (schema_sql_has_string(s, con->def->where, value))
			return true;
		for (xe = con->def->elems; xe; xe = xe->next)
			if (schema_sql_has_string(s, xe->expr, value))
				return true;
	}
	for (k = 0; k < t->nindexes; k++) {
		if (schema_sql_has_string(s, t->indexes[k]->def->where, value))
			return true;
		for (x = t->indexes[k]->def->elems; x; x = x->next)
			if (schema_sql_has_string(s, x->expr, value))
				return true;
	}
	return false;
}

/* Whether schema s uses a value of b that a lacks, on column c of its
 * table t (its default, or SQL of t that writes the value): such an enum
 * is made anew instead, on every dialect alike (one revision for all), as
 * PostgreSQL cannot use a value added to an enum before the transaction
 * that adds it commits, and can use a new type's at once.  Asked of the
 * target with the values the upgrade adds, and of the start with those
 * the downgrade adds back. */
static bool added_value_used(const struct schema *s, const struct sch_table *t,
			     const struct sch_column *c, const char *const *a, size_t na,
			     const char *const *b, size_t nb)
{
	const struct value *def = c->server_default;
	size_t i;

	for (i = 0; i < nb; i++) {
		if (value_index(a, na, b[i]) < na)
			continue;
		if (def && def->kind == VAL_STRING && strcmp(def->text, b[i]) == 0)
			return true;
		if (table_writes(s, t, b[i]))
			return true;
	}
	return false;
}

/* The same for every column of the named enum w (e before), both ways. */
static bool enum_added_used(struct gen *g, const struct sch_enum *e, const struct sch_enum *w)
{
	size_t i, j, side;

	for (side = 0; side < 2; side++) {
		const struct schema *s = side ? g->from : g->to;
		const struct sch_enum *has = side ? e : w, *lacks = side ? w : e;
		for (i = 0; i < s->ntables; i++) {
			const struct sch_table *t = s->table_list[i];
			for (j = 0; !t->dropped && j < t->ncolumns; j++) {
				const struct type *ty = t->columns[j]->type;
				if (ty->kind == TY_ENUM && ty->enum_name.name &&
				    strcmp(ty->enum_name.name, w->name.name) == 0 &&
				    strs_same(ty->enum_name.schema, w->name.schema) &&
				    added_value_used(s, t, t->columns[j], lacks->values,
						     lacks->nvalues, has->values, has->nvalues))
					return true;
			}
		}
	}
	return false;
}

static const char **inline_values(struct gen *g, const struct type *t, size_t *n)
{
	const char **v = ARENA_ARRAY(g->a, const char *, t->enum_values.n + 1);
	const struct value *x;

	for (x = t->enum_values.head, *n = 0; x; x = x->next)
		v[(*n)++] = x->text;
	return v;
}

/* Enums and sequences: edited, or remade where values change order, made
 * where new, dropped at the end where gone. */
/* The schemas create_schema made on one side and not the other.  A live
 * database has each schema the schema file names made (where it has it),
 * and the schema file may name one made outside the migrations: against
 * it a schema is made where missing, never dropped. */
static void schemas_phase(struct gen *g)
{
	struct change *st;
	size_t i, k;

	for (k = g->loose; k < 2; k++) {
		struct schema *m = k ? g->to : g->from, *other = k ? g->from : g->to;
		for (i = 0; i < m->nschemas; i++) {
			const struct sch_schema *sc = m->schema_list[i];
			struct op *make, *drop;
			if (sc->dropped || strmap_get(other->schemas, sc->name))
				continue;
			make = ir_new_schema(g->a, OP_CREATE_SCHEMA, nowhere(),
					     *ir_new_ident(g->a, sc->name, nowhere()));
			drop = ir_new_schema(g->a, OP_DROP_SCHEMA, nowhere(),
					     *ir_new_ident(g->a, sc->name, nowhere()));
			st = step_new(g, k ? PH_CREATE_SCHEMA : PH_DROP_SCHEMA);
			ir_oplist_append(&st->up, k ? make : drop);
			ir_oplist_append(&st->down, k ? drop : make);
		}
	}
}

static void types_phase(struct gen *g)
{
	size_t i;
	struct change *st;

	/* a database whose enums are no objects has only those settle_enums
	 * found */
	for (i = 0; i < g->from->nenums; i++) {
		const struct sch_enum *e = g->from->enum_list[i];
		const struct sch_enum *w = e->dropped ? NULL : schema_enum(g->to, &e->name);
		if (e->dropped || (w && enum_values_same(e, w)))
			continue;
		if (w && enum_editable(e->values, e->nvalues, w->values, w->nvalues) &&
		    !enum_added_used(g, e, w)) {
			struct qname q = plain(&e->name);
			struct qname *qp = ARENA_NEW(g->a, struct qname);
			*qp = q;
			enum_edit_steps(g, qp, NULL, NULL, e->values, e->nvalues, w->values,
					w->nvalues);
			mark(g, 'a', e);	/* edited: not made again below */
			continue;
		}
		st = step_new(g, w ? PH_DROP_TYPE : PH_DROP_LEFT);
		ir_oplist_append(&st->up, ir_new_drop_enum(g->a, nowhere(), plain(&e->name)));
		ir_oplist_append(&st->down, enum_op(g->a, e));
		if (w)
			mark(g, 'e', e);
	}
	for (i = 0; i < g->to->nenums; i++) {
		const struct sch_enum *w = g->to->enum_list[i];
		const struct sch_enum *e = w->dropped ? NULL : schema_enum(g->from, &w->name);
		if (w->dropped || (e && (enum_values_same(e, w) || marked(g, 'a', e))) ||
		    (!e && g->loose && !keeps(g, CAP_NATIVE_ENUM)))
			continue;
		st = step_new(g, PH_CREATE_TYPE);
		ir_oplist_append(&st->up, enum_op(g->a, w));
		ir_oplist_append(&st->down, ir_new_drop_enum(g->a, nowhere(), plain(&w->name)));
	}
	for (i = 0; i < g->from->nseqs; i++) {
		const struct sch_sequence *q = g->from->seq_list[i];
		const struct sch_sequence *w = q->dropped ? NULL : find_sequence(g->to, q->key);
		if (q->dropped || (w && sequence_same(q, w)))
			continue;
		st = step_new(g, w ? PH_DROP_TYPE : PH_DROP_LEFT);
		ir_oplist_append(&st->up, ir_new_sequence(g->a, OP_DROP_SEQUENCE, nowhere(),
							  plain(&q->name)));
		ir_oplist_append(&st->down, sequence_op(g->a, q));
	}
	for (i = 0; i < g->to->nseqs; i++) {
		const struct sch_sequence *w = g->to->seq_list[i];
		const struct sch_sequence *q = w->dropped ? NULL : find_sequence(g->from, w->key);
		if (w->dropped || (q && sequence_same(q, w)))
			continue;
		st = step_new(g, PH_CREATE_TYPE);
		ir_oplist_append(&st->up, sequence_op(g->a, w));
		ir_oplist_append(&st->down, ir_new_sequence(g->a, OP_DROP_SEQUENCE, nowhere(),
							    plain(&w->name)));
	}
}

/* The type a column of an enum being remade has while the enum is: text;
 * but where an enum is only a column type (CAP_ENUM_TYPE without
 * CAP_NATIVE_ENUM), the enum's new values inline, so the column goes
 * there in one change and stays fit for an index (MySQL indexes TEXT only
 * by a prefix). */
static const struct type *enum_away_type(struct gen *g, const struct type *t)
{
	const struct dialect *d = g->d;
	const struct sch_enum *w = schema_enum(g->to, &t->enum_name);
	struct type *in;
	size_t i;

	if ((d->caps & CAP_NATIVE_ENUM) || !(d->caps & CAP_ENUM_TYPE) || !w)
		return &text_type;
	in = ARENA_NEW(g->a, struct type);
	*in = text_type;
	in->kind = TY_ENUM;
	for (i = 0; i < w->nvalues; i++)
		ir_valuelist_append(&in->enum_values,
				    ir_new_value(g->a, VAL_STRING, w->values[i], nowhere()));
	return in;
}

/* One column that stays: its type (by way of text when its enum is
 * remade), then nullability, default and comment in one alter_column. */
static void column_phase(struct gen *g, const struct sch_table *ft, const struct sch_table *tt,
			 const struct sch_column *fc, const struct sch_column *tc)
{
	struct colstate *s, same;
	struct op *up, *down, up_try, down_try;
	struct change *st;
	bool serial_f, serial_t;
	const char *fs, *ts;	/* the two columns' sequence, then enum check, names */
	const struct type *away = NULL;

	/* a column whose type stays, and that no step has touched, keeps no
	 * state: nothing below changes it (most columns, most of the time) */
	if (!enum_remade(g, fc->type) && schema_types_equal(fc->type, tc->type) &&
	    !(s = state_find(g, fc))) {
		same.type = fc->type;
		same.dflt = fc->server_default;
		s = &same;
	} else {
		s = state_of(g, fc);
	}

	if (enum_remade(g, fc->type)) {
		away = enum_away_type(g, fc->type);
		retype_step(g, PH_ENUM_AWAY, ft, fc, away);
	}
	if (inline_enum(s->type) && inline_enum(tc->type) && !away &&
	    !schema_types_equal(s->type, tc->type)) {
		size_t na, nb;
		const char **a = inline_values(g, s->type, &na), **b = inline_values(g, tc->type, &nb);
		if (enum_editable(a, na, b, nb) &&	/* alter_enum on the column */
		    !added_value_used(g->to, tt, tc, a, na, b, nb) &&
		    !added_value_used(g->from, ft, fc, b, nb, a, na)) {
			enum_edit_steps(g, NULL, ft, fc->name, a, na, b, nb);
			s->type = tc->type;
		}
	}
	if (!schema_types_equal(s->type, tc->type) || (away && s->type == away))
		retype_step(g, PH_ALTER_COLUMN, ft, fc, tc->type);
	/* an identity comes and goes by alter_column; a serial does not */
	serial_f = fc->autoincrement && sch_column_identity(fc)->kind == IDENTITY_NONE;
	serial_t = tc->autoincrement && sch_column_identity(tc)->kind == IDENTITY_NONE;
	if (serial_f != serial_t && (serial_f || serial_t))
		note(g, true, "column '%s.%s' %s autoincrement in the schema file: no op changes "
		     "that; write the change by hand", tt->key, tc->name,
		     tc->autoincrement ? "has" : "has no");
	fs = sch_column_sequence(fc);
	ts = sch_column_sequence(tc);
	if (fs && ts && strcmp(fs, ts) != 0)
		note(g, false, "the sequence of column '%s.%s' is '%s' in the schema file and '%s' "
		     "in the revisions: no op renames it", tt->key, tc->name, ts, fs);
	if (fc->enum_no_check != tc->enum_no_check && fc->type->kind == TY_ENUM &&
	    tc->type->kind == TY_ENUM && dialect_unchecked_enum_type(g->d, g->to, g->a, tc->type))
		note(g, true, "column '%s.%s' %s in the schema file: no op changes that; write the "
		     "change by hand", tt->key, tc->name, tc->enum_no_check ? "has 'no check'"
		     : "has its enum check");
	fs = sch_column_enum_check(fc);
	ts = sch_column_enum_check(tc);
	if (fs && ts && strcmp(fs, ts) != 0 && inline_enum(fc->type) && inline_enum(tc->type))
		note(g, false, "the check of the inline enum of column '%s.%s' is '%s' in the schema "
		     "file and '%s' in the revisions: no op renames it", tt->key, tc->name, ts, fs);
	/* tried on the stack: a column that stays as it is allocates nothing */
	memset(&up_try, 0, sizeof(up_try));
	memset(&down_try, 0, sizeof(down_try));
	up = &up_try;
	down = &down_try;
	if (fc->not_null != tc->not_null) {
		up->u.alter.changes |= tc->not_null ? ALTER_SET_NOT_NULL : ALTER_DROP_NOT_NULL;
		down->u.alter.changes |= tc->not_null ? ALTER_DROP_NOT_NULL : ALTER_SET_NOT_NULL;
	}
	if (!schema_values_equal(s->dflt, tc->server_default)) {
		up->u.alter.changes |= tc->server_default ? ALTER_SET_DEFAULT : ALTER_DROP_DEFAULT;
		up->u.alter.default_value = (struct value *)tc->server_default;
		down->u.alter.changes |= s->dflt ? ALTER_SET_DEFAULT : ALTER_DROP_DEFAULT;
		down->u.alter.default_value = (struct value *)s->dflt;
	}
	if (!serial_f && !serial_t &&
	    !ir_identity_same(sch_column_identity(fc), sch_column_identity(tc))) {
		up->u.alter.changes |= sch_column_identity(tc)->kind ? ALTER_SET_IDENTITY : ALTER_DROP_IDENTITY;
		up->u.alter.identity = *sch_column_identity(tc);
		down->u.alter.changes |= sch_column_identity(fc)->kind ? ALTER_SET_IDENTITY
							   : ALTER_DROP_IDENTITY;
		down->u.alter.identity = *sch_column_identity(fc);
	}
	if (!strs_same(fc->comment, tc->comment)) {
		up->u.alter.changes |= ALTER_COMMENT;
		up->u.alter.comment = tc->comment;
		down->u.alter.changes |= ALTER_COMMENT;
		down->u.alter.comment = fc->comment;
	}
	if (!up->u.alter.changes)
		return;
	up = alter_op(g, ft, fc->name);
	down = alter_op(g, ft, fc->name);
	alter_take(up, &up_try);
	alter_take(down, &down_try);
	st = step_new(g, PH_ALTER_COLUMN);
	ir_oplist_append(&st->up, up);
	ir_oplist_append(&st->down, down);
}

static bool columns_alike(const struct sch_column *a, const struct sch_column *b)
{
	return schema_types_equal(a->type, b->type) && a->not_null == b->not_null;
}

/* Columns that go and come in a table that stays; a pair alike in shape
 * may be a rename, which is said, not guessed. */
static void columns_phase(struct gen *g, const struct sch_table *ft, const struct sch_table *tt)
{
	size_t i, j;
	struct change *st;

	for (i = 0; i < ft->ncolumns; i++) {
		const struct sch_column *fc = ft->columns[i];
		const struct sch_column *tc = schema_column(tt, fc->name);
		if (tc) {
			column_phase(g, ft, tt, fc, tc);
			continue;
		}
		st = step_new(g, PH_DROP_COLUMN);
		ir_oplist_append(&st->up, ir_new_drop_column(g->a, nowhere(), plain(&ft->name),
							     *id_of(g, fc->name)));
		ir_oplist_append(&st->down, ir_new_add_column(g->a, nowhere(), plain(&ft->name),
							      schema_column_ir(g->a, fc)));
		for (j = 0; j < tt->ncolumns; j++)
			if (!schema_column(ft, tt->columns[j]->name) &&
			    columns_alike(fc, tt->columns[j]))
				note(g, false, "'%s.%s' is dropped and '%s.%s' added with the same "
				     "type: if it is a rename, write rename_column %s %s to %s "
				     "instead (the data stays)", ft->key, fc->name, tt->key,
				     tt->columns[j]->name, ft->key, fc->name, tt->columns[j]->name);
	}
	for (i = 0; i < tt->ncolumns; i++) {
		const struct sch_column *tc = tt->columns[i];
		if (schema_column(ft, tc->name))
			continue;
		st = step_new(g, PH_ADD_COLUMN);
		ir_oplist_append(&st->up, ir_new_add_column(g->a, nowhere(), plain(&ft->name),
							    schema_column_ir(g->a, tc)));
		ir_oplist_append(&st->down, ir_new_drop_column(g->a, nowhere(), plain(&ft->name),
							       *id_of(g, tc->name)));
	}
	if (!strs_same(ft->comment, tt->comment)) {
		st = step_new(g, PH_TABLE_COMMENT);
		ir_oplist_append(&st->up, ir_new_table_comment(g->a, nowhere(), plain(&ft->name),
							       tt->comment));
		ir_oplist_append(&st->down, ir_new_table_comment(g->a, nowhere(),
								 plain(&ft->name), ft->comment));
	}
}

static bool options_same(const struct kv *a, const struct kv *b)
{
	for (; a && b; a = a->next, b = b->next)
		if (strcmp(a->key.name, b->key.name) != 0 || !schema_values_equal(&a->val, &b->val))
			return false;
	return !a && !b;
}

/* What comes to tables that stay: constraints, indexes, foreign keys (and
 * the foreign keys of new tables that had to wait). */
static void make_parts(struct gen *g)
{
	size_t i, j;

	for (i = 0; i < g->to->ntables; i++) {
		const struct sch_table *tt = g->to->table_list[i], *ft;
		if (tt->dropped)
			continue;
		if (!(ft = schema_table(g->from, &tt->name))) {
			for (j = 0; j < tt->nconstraints; j++)
				if (marked(g, 'f', tt->constraints[j]))
					constraint_step(g, PH_CREATE_FK, tt, tt->constraints[j],
							false);
			continue;
		}
		if (!options_same(ft->options, tt->options))
			note(g, true, "the table options (with ...) of '%s' differ from the schema "
			     "file's: no op changes them; write the change by hand", tt->key);
		for (j = 0; j < tt->nconstraints; j++) {
			const struct sch_constraint *c = tt->constraints[j];
			const struct sch_constraint *m = schema_constraint_match(g->from, ft, c);
			if (m && schema_constraint_equal(g->from, c, m) && !marked(g, 'd', m))
				continue;
			constraint_step(g, c->kind == CON_FOREIGN_KEY ? PH_CREATE_FK
				       : PH_CREATE_CONSTRAINT, tt, c, false);
		}
		for (j = 0; j < tt->nindexes; j++) {
			const struct sch_index *ix = tt->indexes[j];
			const struct sch_index *m = schema_index(ft, ix->name);
			if (m && schema_index_equal(g->from, ix, m) && !marked(g, 'd', m))
				continue;
			index_step(g, PH_CREATE_INDEX, tt, ix, false);
		}
	}
}

/* A new table waits for PH_CREATE_TABLE_LATE where a table it references
 * stays but its columns or key are not yet what they will be.  (Not its
 * foreign key alone for PH_CREATE_FK: an unnamed one could not be added
 * to an existing table on every dialect.) */
static void new_tables_fks(struct gen *g)
{
	size_t i, j;

	for (i = 0; i < g->to->ntables; i++) {
		const struct sch_table *tt = g->to->table_list[i];
		if (tt->dropped || schema_table(g->from, &tt->name))
			continue;
		for (j = 0; j < tt->nconstraints; j++) {
			const struct sch_constraint *c = tt->constraints[j];
			const struct sch_table *ref;
			if (c->kind != CON_FOREIGN_KEY)
				continue;
			ref = schema_table(g->from, &c->ref_table);
			if (ref && (columns_change(g, ref, c->ref_columns, c->nref_columns) ||
				    key_changes(g, ref, c->ref_columns, c->nref_columns)))
				mark(g, 'l', tt);
		}
	}
}

static bool same_columns(const struct sch_table *a, const struct sch_table *b)
{
	size_t i;

	if (a->ncolumns != b->ncolumns)
		return false;
	for (i = 0; i < a->ncolumns; i++)
		if (strcmp(a->columns[i]->name, b->columns[i]->name) != 0 ||
		    !columns_alike(a->columns[i], b->columns[i]))
			return false;
	return true;
}

static void table_renames(struct gen *g)
{
	size_t i, j;

	for (i = 0; i < g->from->ntables; i++) {
		const struct sch_table *ft = g->from->table_list[i];
		if (ft->dropped || schema_table(g->to, &ft->name))
			continue;
		for (j = 0; j < g->to->ntables; j++) {
			const struct sch_table *tt = g->to->table_list[j];
			if (!tt->dropped && !schema_table(g->from, &tt->name) &&
			    same_columns(ft, tt))
				note(g, false, "table '%s' is dropped and '%s' created with the same "
				     "columns: if it is a rename, write rename_table %s to %s "
				     "instead (the data stays)", ft->key, tt->key, ft->key,
				     tt->name.name);
		}
	}
}

/* ---- against a database ----
 *
 * A catalog keeps less than a schema file says: the type a name stands for
 * (float is double precision), an expression in the server's own words, no
 * comment or enum object where the database has none, one name for every
 * primary key.  Before the diff, each part of the database's model that is
 * what the schema file's part would become on that database takes the
 * file's words; what still differs is a change.  The dialect says what its
 * database keeps (its CAP_ bits, stored_type, stored_action). */

static bool keeps(const struct gen *g, unsigned cap)
{
	return (g->d->caps & cap) != 0;
}

/* Whether two expressions (a CHECK, a WHERE, an index element) differ in
 * the database: where the server rewrites them, only one being absent. */
static bool text_differs(const struct gen *g, const char *a, const char *b)
{
	return a && b ? keeps(g, CAP_KEEPS_SQL_TEXT) && !schema_sql_same(g->from, a, b) : a != b;
}

/* Whether raw SQL is one string literal whose text is s ('it''s', E'it\'s',
 * $$it's$$ and it's): the server keeps such a default as the string. */
static bool sql_is_string(const struct gen *g, const char *sql, const char *s)
{
	struct sbuf v = SBUF_INIT;
	bool is = sqlscan_one_string(&g->d->rules.sql, sql, false, &v) &&
		  strcmp(sbuf_str(&v), s) == 0;

	sbuf_release(&v);
	return is;
}

/* Two values differ to the database: a literal as the dialect spells it,
 * raw SQL as the server rewrote it (where it does). */
static bool value_differs(struct gen *g, const struct value *a, const struct type *ta,
			  const struct value *b, const struct type *tb)
{
	struct sbuf x = SBUF_INIT, y = SBUF_INIT;
	bool differs;

	if (a && a->kind == VAL_NULL)
		a = NULL;	/* DEFAULT NULL is no default */
	if (b && b->kind == VAL_NULL)
		b = NULL;
	if (schema_values_equal(a, b))
		return false;
	if (!a || !b)
		return true;
	if (a->kind == VAL_SQL && b->kind == VAL_SQL && !keeps(g, CAP_KEEPS_SQL_TEXT))
		return false;
	if ((a->kind == VAL_SQL && b->kind == VAL_STRING && sql_is_string(g, a->text, b->text)) ||
	    (b->kind == VAL_SQL && a->kind == VAL_STRING && sql_is_string(g, b->text, a->text)))
		return false;
	if (a->kind == VAL_NUMBER && b->kind == VAL_NUMBER)
		return strtod(a->text, NULL) != strtod(b->text, NULL);	/* 1e3 is 1000 */
	differs = !dialect_default_text(g->d, g->from, g->a, a, ta, &x) ||
		  !dialect_default_text(g->d, g->to, g->a, b, tb, &y) ||
		  strcasecmp(sbuf_str(&x), sbuf_str(&y)) != 0;
	sbuf_release(&x);
	sbuf_release(&y);
	return differs;
}

static void settle_column(struct gen *g, struct sch_column *fc, const struct sch_column *tc)
{
	const struct dialect *d = g->d;
	const struct type *unchecked;

	if (!keeps(g, CAP_SHOWS_AUTOINCREMENT))
		fc->autoincrement = tc->autoincrement;
	/* an enum without its check is, to the catalog, its VARCHAR */
	if (tc->enum_no_check && fc->type->kind != TY_ENUM &&
	    (unchecked = dialect_unchecked_enum_type(d, g->to, g->a, tc->type)) != NULL &&
	    dialect_stored_types_same(d, g->from, fc->type, false, g->to, unchecked, false,
				      g->a)) {
		fc->type = tc->type;
		fc->enum_no_check = true;
	}
	/* (where the enum is a type of its own, there is no check to leave out) */
	if (tc->enum_no_check && fc->type->kind == TY_ENUM &&
	    !dialect_unchecked_enum_type(d, g->to, g->a, tc->type))
		fc->enum_no_check = true;
	/* what the catalog cannot say of an identity is as the file says */
	if (!keeps(g, CAP_SHOWS_IDENTITY) && fc->autoincrement && sch_column_identity(tc)->kind)
		sch_column_set_identity(g->from, fc, sch_column_identity(tc));
	if (g->d->identity_start_sql && sch_column_identity(fc)->kind &&
	    sch_column_identity(tc)->kind) {
		struct identity id = *sch_column_identity(fc);
		id.start = sch_column_identity(tc)->start;
		id.increment = sch_column_identity(tc)->increment;
		sch_column_set_identity(g->from, fc, &id);
	}
	if (!schema_types_equal(fc->type, tc->type) &&
	    dialect_stored_types_same(d, g->from, fc->type, fc->autoincrement, g->to, tc->type,
				      tc->autoincrement, g->a))
		fc->type = tc->type;
	if (!value_differs(g, fc->server_default, fc->type, tc->server_default, tc->type))
		fc->server_default = tc->server_default;
	if (!keeps(g, CAP_COMMENTS | CAP_INLINE_COMMENTS))
		fc->comment = tc->comment;
}

static bool method_is(const char *m, const char *as)
{
	return strcasecmp(m ? m : "btree", as ? as : "btree") == 0;
}

/* ASC, and NULLS LAST ascending or FIRST descending, are what is unsaid. */
static bool elems_alike(struct gen *g, const struct index_elem *p, const struct index_elem *q)
{
	enum sort_order po = p->order == SORT_DESC ? SORT_DESC : SORT_ASC;
	enum sort_order qo = q->order == SORT_DESC ? SORT_DESC : SORT_ASC;
	enum nulls_order pn = p->nulls ? p->nulls : po == SORT_DESC ? NULLS_FIRST : NULLS_LAST;
	enum nulls_order qn = q->nulls ? q->nulls : qo == SORT_DESC ? NULLS_FIRST : NULLS_LAST;

	if (po != qo || pn != qn || !p->column.name != !q->column.name)
		return false;
	return p->column.name ? strcmp(p->column.name, q->column.name) == 0
			      : !text_differs(g, p->expr, q->expr);
}

static bool index_alike(struct gen *g, const struct index_def *x, const struct index_def *y)
{
	const struct index_elem *p, *q;

	if (x->unique != y->unique || text_differs(g, x->where, y->where) ||
	    !method_is(x->using_method, y->using_method) || x->nelems != y->nelems ||
	    !ir_index_extras_same(x, y))
		return false;
	for (p = x->elems, q = y->elems; p && q; p = p->next, q = q->next)
		if (!elems_alike(g, p, q))
			return false;
	return true;
}

static bool exclusion_alike(struct gen *g, const struct constraint *x, const struct constraint *y)
{
	const struct exclude_elem *p, *q;

	if (!x || !y || !method_is(x->using_method, y->using_method) ||
	    text_differs(g, x->where, y->where))
		return false;
	for (p = x->elems, q = y->elems; p && q; p = p->next, q = q->next)
		if (!p->column.name != !q->column.name || strcmp(p->op, q->op) != 0 ||
		    (p->column.name ? strcmp(p->column.name, q->column.name) != 0
				    : text_differs(g, p->expr, q->expr)))
			return false;
	return !p && !q;
}

/* m (the database's) takes c's words where the database would keep c as m. */
static void settle_constraint(struct gen *g, struct sch_constraint *m,
			      const struct sch_constraint *c)
{
	const struct dialect *d = g->d;

	if (m->kind != c->kind)
		return;
	if (c->kind == CON_CHECK && !text_differs(g, m->check, c->check))
		m->check = c->check;
	if (c->kind == CON_EXCLUDE && exclusion_alike(g, m->def, c->def))
		m->def = c->def;
	if (c->kind == CON_FOREIGN_KEY) {
		if (dialect_stored_action(d, m->on_delete) == dialect_stored_action(d, c->on_delete))
			m->on_delete = c->on_delete;
		if (dialect_stored_action(d, m->on_update) == dialect_stored_action(d, c->on_update))
			m->on_update = c->on_update;
	}
	if ((m->deferrable > 0) == (c->deferrable > 0))
		m->deferrable = c->deferrable;
	if ((m->initially == FK_INITIALLY_DEFERRED) == (c->initially == FK_INITIALLY_DEFERRED))
		m->initially = c->initially;
}

static bool plain_unique_index(const struct sch_index *ix, const struct sch_constraint *c)
{
	const char *cols[64];
	size_t n = schema_index_columns(ix, cols, ARRAY_LEN(cols));

	return ix->def->unique && !ix->def->where && n == ix->def->nelems &&
	       schema_names_equal(cols, n, c->columns, c->ncolumns);
}

/* An unnamed constraint is found by what it is on; a check by its text
 * where the server keeps that, else the unnamed ones pair in order. */
static bool constraint_alike(struct gen *g, const struct sch_constraint *m,
			     const struct sch_constraint *c)
{
	return schema_names_equal(m->columns, m->ncolumns, c->columns, c->ncolumns) &&
	       strs_same(m->ref_table.schema, c->ref_table.schema) &&
	       strs_same(m->ref_table.name, c->ref_table.name) &&
	       schema_names_equal(m->ref_columns, m->nref_columns, c->ref_columns,
				  c->nref_columns) &&
	       !text_differs(g, m->check, c->check) &&
	       (c->kind != CON_EXCLUDE || exclusion_alike(g, m->def, c->def));
}

/* The database's counterpart of c in ft, made c's kind where the database
 * cannot tell a unique index from a unique constraint; NULL: none. */
static struct sch_constraint *counterpart(struct gen *g, struct sch_table *ft,
					  const struct sch_constraint *c, bool *paired)
{
	size_t i;

	for (i = 0; i < ft->nconstraints; i++) {
		struct sch_constraint *m = ft->constraints[i];
		if (paired[i] || m->kind != c->kind)
			continue;
		if (c->kind == CON_PRIMARY_KEY ||
		    (c->name ? m->name && strcmp(m->name, c->name) == 0
			     : !m->name && constraint_alike(g, m, c))) {
			paired[i] = true;
			return m;
		}
	}
	/* one the file leaves unnamed is whichever alike the history named */
	for (i = 0; c->auto_named && i < ft->nconstraints; i++) {
		struct sch_constraint *m = ft->constraints[i];
		if (!paired[i] && m->kind == c->kind && constraint_alike(g, m, c)) {
			paired[i] = true;
			return m;
		}
	}
	if (c->kind == CON_UNIQUE && c->name && keeps(g, CAP_UNIQUE_IS_INDEX))
		for (i = 0; i < ft->nindexes; i++)
			if (strcmp(ft->indexes[i]->name, c->name) == 0 &&
			    plain_unique_index(ft->indexes[i], c)) {
				schema_unique_as_constraint(g->from, ft, i, c);
				paired[ft->nconstraints - 1] = true;
				return ft->constraints[ft->nconstraints - 1];
			}
	return NULL;
}

static void settle_constraints(struct gen *g, struct sch_table *ft, const struct sch_table *tt)
{
	bool *paired = xcalloc(ft->nconstraints + tt->nconstraints + 1, sizeof(*paired));
	size_t i;

	for (i = 0; i < tt->nconstraints; i++) {
		const struct sch_constraint *c = tt->constraints[i];
		struct sch_constraint *m = counterpart(g, ft, c, paired);
		if (m && c->kind == CON_PRIMARY_KEY) {
			if (!schema_names_equal(m->columns, m->ncolumns, c->columns, c->ncolumns))
				continue;
			if (keeps(g, CAP_PK_NAME_FIXED)) {
				m->name = c->name;
				m->auto_named = c->auto_named;
			}
		}
		if (m)
			settle_constraint(g, m, c);
	}
	free(paired);
}

static void settle_indexes(struct gen *g, struct sch_table *ft, const struct sch_table *tt)
{
	size_t i, j;

	for (i = 0; i < tt->nindexes; i++) {
		const struct sch_index *ix = tt->indexes[i];
		for (j = 0; j < ft->nindexes; j++)
			if (strcmp(ft->indexes[j]->name, ix->name) == 0)
				break;
		if (j == ft->nindexes && keeps(g, CAP_UNIQUE_IS_INDEX)) {
			for (j = 0; j < ft->nconstraints; j++) {
				const struct sch_constraint *m = ft->constraints[j];
				if (m->kind == CON_UNIQUE && m->name &&
				    strcmp(m->name, ix->name) == 0 && plain_unique_index(ix, m)) {
					schema_unique_as_index(g->from, ft, j, ix);
					break;
				}
			}
			continue;
		}
		if (j < ft->nindexes && index_alike(g, ft->indexes[j]->def, ix->def))
			ft->indexes[j]->def = ix->def;
	}
}

/* A sequence's options with what the server fills in for those not said
 * (the standard's: start at the bound it counts from, no cache). */
static void sequence_filled(const struct op *q, const char *v[5])
{
	const char *inc = q->u.sequence.increment ? q->u.sequence.increment : "1";
	bool down = inc[0] == '-';

	v[0] = q->u.sequence.increment ? inc : "1";
	v[1] = q->u.sequence.minvalue ? q->u.sequence.minvalue
	       : down ? "-9223372036854775808" : "1";
	v[2] = q->u.sequence.maxvalue ? q->u.sequence.maxvalue
	       : down ? "-1" : "9223372036854775807";
	v[3] = q->u.sequence.start ? q->u.sequence.start : down ? v[2] : v[1];
	v[4] = q->u.sequence.cache ? q->u.sequence.cache : "1";
}

static void settle_sequences(struct gen *g)
{
	size_t i, k;

	for (i = 0; i < g->from->nseqs; i++) {
		struct sch_sequence *q = g->from->seq_list[i];
		const struct sch_sequence *w = q->dropped ? NULL : find_sequence(g->to, q->key);
		const char *a[5], *b[5];
		if (!w || (q->def->u.sequence.cycle > 0) != (w->def->u.sequence.cycle > 0))
			continue;
		sequence_filled(q->def, a);
		sequence_filled(w->def, b);
		for (k = 0; k < 5 && strcmp(a[k], b[k]) == 0; k++)
			;
		if (k == 5)
			q->def = w->def;
	}
}

/* Where an enum is only a column type (MySQL: ENUM(...) of each column;
 * SQLite: a CHECK of its values), the catalog has no enum objects.  A
 * named enum of the schema file whose columns the database holds, all with
 * one list of values, is taken to be in the database with those values, so
 * that a change of them is alter_enum on it, as offline, not a type change
 * of each column. */
static void settle_enums(struct gen *g)
{
	struct diag quiet = DIAG_INIT;
	size_t i, j, k;

	if (!g->loose || keeps(g, CAP_NATIVE_ENUM))
		return;
	for (k = 0; k < g->to->nenums; k++) {
		const struct sch_enum *w = g->to->enum_list[k];
		const struct type *vals = NULL;
		bool agree = true;
		for (i = 0; agree && i < g->to->ntables; i++) {
			const struct sch_table *tt = g->to->table_list[i];
			const struct sch_table *ft = tt->dropped ? NULL
								 : schema_table(g->from, &tt->name);
			for (j = 0; ft && agree && j < tt->ncolumns; j++) {
				const struct type *ty = tt->columns[j]->type;
				const struct sch_column *fc = schema_column(ft, tt->columns[j]->name);
				if (ty->kind != TY_ENUM || !ty->enum_name.name ||
				    strcmp(ty->enum_name.name, w->name.name) != 0 || !fc)
					continue;
				if (!inline_enum(fc->type))
					agree = false;
				else if (!vals)
					vals = fc->type;
				else
					agree = schema_types_equal(vals, fc->type);
			}
		}
		if (!vals || !agree || schema_enum(g->from, &w->name))
			continue;
		if (!schema_apply(g->from, ir_new_create_enum(g->a, nowhere(), plain(&w->name),
							       vals->enum_values), NULL, &quiet))
			continue;
		for (i = 0; i < g->to->ntables; i++) {
			const struct sch_table *tt = g->to->table_list[i];
			struct sch_table *ft = tt->dropped ? NULL : schema_table(g->from, &tt->name);
			for (j = 0; ft && j < tt->ncolumns; j++) {
				const struct type *ty = tt->columns[j]->type;
				struct sch_column *fc = schema_column(ft, tt->columns[j]->name);
				if (fc && ty->kind == TY_ENUM && ty->enum_name.name &&
				    strcmp(ty->enum_name.name, w->name.name) == 0)
					fc->type = ty;
			}
		}
	}
	diag_release(&quiet);
}

/* ---- names the schema file leaves to the database ----
 *
 * A constraint the schema file leaves unnamed is named by the database,
 * and its history may have named it otherwise: a table renamed keeps its
 * constraints' names on PostgreSQL, and a name is per dialect anyway.  As
 * Alembic, which does not compare such names, it is the same constraint
 * as one alike of the model's: it takes that one's name, so that nothing
 * is remade for a name and what drops it later says the right one. */

static bool name_claimed(const struct sch_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->nconstraints; i++)
		if (t->constraints[i]->name && strcmp(t->constraints[i]->name, name) == 0)
			return true;
	return false;
}

static bool alike_but_name(const struct gen *g, const struct sch_constraint *m,
			   const struct sch_constraint *c)
{
	struct sch_constraint named = *c;

	named.name = m->name;
	return schema_constraint_equal(g->from, m, &named);
}

static void settle_names(struct gen *g)
{
	size_t i, j, k;

	for (i = 0; i < g->to->ntables; i++) {
		const struct sch_table *tt = g->to->table_list[i];
		const struct sch_table *ft = tt->dropped ? NULL : schema_table(g->from, &tt->name);
		for (j = 0; ft && j < tt->nconstraints; j++) {
			struct sch_constraint *c = tt->constraints[j];
			const struct sch_constraint *m = NULL;
			if (!c->auto_named || schema_constraint_match(g->from, ft, c))
				continue;
			for (k = 0; !m && k < ft->nconstraints; k++)
				if (ft->constraints[k]->kind == c->kind && ft->constraints[k]->name &&
				    !name_claimed(tt, ft->constraints[k]->name) &&
				    alike_but_name(g, ft->constraints[k], c))
					m = ft->constraints[k];
			if (m)
				c->name = m->name;
		}
	}
}

/* Settling changes the database's model, and the file's names, in place:
 * no snapshot or fork of either is alive while it runs, and only those
 * share a model's columns (see sch_column_w). */
static void settle(struct gen *g)
{
	size_t i, j;

	settle_enums(g);

	for (i = 0; i < g->to->ntables; i++) {
		const struct sch_table *tt = g->to->table_list[i];
		struct sch_table *ft = tt->dropped ? NULL : schema_table(g->from, &tt->name);
		if (!ft)
			continue;
		ft->options = tt->options;	/* not read from a catalog */
		if (!keeps(g, CAP_COMMENTS | CAP_INLINE_COMMENTS))
			ft->comment = tt->comment;
		for (j = 0; j < tt->ncolumns; j++) {
			struct sch_column *fc = schema_column(ft, tt->columns[j]->name);
			if (fc)
				settle_column(g, fc, tt->columns[j]);
		}
		settle_constraints(g, ft, tt);
		settle_indexes(g, ft, tt);
	}
	settle_sequences(g);
}

/* ---- views and triggers ---- */

/* Whether their SQL can be compared: a live database that does not keep
 * SQL as written gives back its own spelling of it. */
static bool sql_comparable(const struct gen *g)
{
	return !g->loose || keeps(g, CAP_KEEPS_SQL_TEXT);
}

/* Whether a table a view reads loses a column the view names, or changes
 * its type: then the view must go and come back around the change. */
static bool read_changes(struct gen *g, const struct sch_view *v, const char *key)
{
	const struct sch_table *ft = strmap_get(g->from->tables, key), *tt;
	size_t i;

	if (!ft)
		return false;	/* a view: asked of it */
	if (!(tt = strmap_get(g->to->tables, key)))
		return true;
	for (i = 0; i < ft->ncolumns; i++) {
		const struct sch_column *fc = ft->columns[i], *tc = schema_column(tt, fc->name);
		if ((!tc || !schema_types_equal(fc->type, tc->type)) &&
		    schema_sql_mentions(g->from, v->sql, fc->name))
			return true;
	}
	return false;
}

/* Views: one gone or remade (its SQL changes, or what it reads does) is
 * dropped first, dependents before it; one new or remade is made last,
 * after what it reads.  Triggers the same, by table. */
static void views_phase(struct gen *g)
{
	const struct schema *f = g->from, *t = g->to;
	bool *remade = ARENA_ARRAY(g->a, bool, f->nviews + 1), more = true;
	struct oplist made = { NULL, NULL, 0 };
	struct change *st;
	const struct op *op;
	size_t i, j, k;

	for (i = 0; i < f->nviews; i++) {
		const struct sch_view *v = f->view_list[i];
		const struct sch_view *w = v->dropped ? NULL : schema_view(t, &v->name);
		if (v->dropped)
			continue;
		remade[i] = !w || (sql_comparable(g) && !schema_sql_same_tokens(f, v->sql, w->sql));
		for (j = 0; j < v->nreads && !remade[i]; j++)
			remade[i] = read_changes(g, v, v->reads[j]);
	}
	while (more) {		/* a view that reads a remade one is remade too */
		more = false;
		for (i = 0; i < f->nviews; i++)
			for (k = 0; !remade[i] && !f->view_list[i]->dropped && k < f->nviews; k++)
				if (remade[k] && schema_view_reads(f->view_list[i], f->view_list[k]->key))
					more = remade[i] = true;
	}
	for (i = f->nviews; i-- > 0;) {
		const struct sch_view *v = f->view_list[i];
		if (v->dropped || !remade[i])
			continue;
		st = step_new(g, PH_DROP_VIEW);
		ir_oplist_append(&st->up, ir_new_view(g->a, OP_DROP_VIEW, nowhere(), plain(&v->name),
						      NULL, nowhere(), false, NULL, 0, false));
		ir_oplist_append(&st->down, schema_view_ir(g->from, g->a, v));
	}
	/* the views `to` has and `from` lacks or remakes, in the order that
	 * makes them */
	schema_views_to_ops(g->to, g->a, &made);
	for (op = made.head; op; op = op->next) {
		const struct sch_view *v;
		if (op->kind != OP_CREATE_VIEW)
			continue;
		v = schema_view(f, &op->u.view.name);
		if (v && !remade[v->order])
			continue;
		st = step_new(g, PH_CREATE_VIEW);
		ir_oplist_append(&st->up, ir_new_view(g->a, OP_CREATE_VIEW, nowhere(), op->u.view.name,
						      op->u.view.sql, nowhere(), false,
						      op->u.view.reads, op->u.view.nreads,
						      op->u.view.has_reads));
		ir_oplist_append(&st->down, ir_new_view(g->a, OP_DROP_VIEW, nowhere(),
							op->u.view.name, NULL, nowhere(), false,
							NULL, 0, false));
	}
	/* triggers, of the tables both have (a table's own go and come with it) */
	for (i = 0; i < f->ntables; i++) {
		const struct sch_table *ft = f->table_list[i];
		const struct sch_table *tt = ft->dropped ? NULL : schema_table(t, &ft->name);
		for (j = 0; tt && j < ft->ntriggers; j++) {
			const struct sch_trigger *x = ft->triggers[j];
			const struct sch_trigger *y = schema_trigger(tt, x->name);
			if (y && (!sql_comparable(g) || schema_sql_same_tokens(f, x->sql, y->sql)))
				continue;
			st = step_new(g, PH_DROP_TRIGGER);
			ir_oplist_append(&st->up, ir_new_trigger(g->a, OP_DROP_TRIGGER, nowhere(),
								 *id_of(g, x->name), plain(&ft->name),
								 NULL, nowhere()));
			ir_oplist_append(&st->down, ir_new_trigger(g->a, OP_CREATE_TRIGGER, nowhere(),
								   *id_of(g, x->name),
								   plain(&ft->name), x->sql, nowhere()));
		}
	}
	for (i = 0; i < t->ntables; i++) {
		const struct sch_table *tt = t->table_list[i];
		const struct sch_table *ft = tt->dropped ? NULL : schema_table(f, &tt->name);
		for (j = 0; !tt->dropped && j < tt->ntriggers; j++) {
			const struct sch_trigger *y = tt->triggers[j];
			const struct sch_trigger *x = ft ? schema_trigger(ft, y->name) : NULL;
			if (x && (!sql_comparable(g) || schema_sql_same_tokens(f, x->sql, y->sql)))
				continue;
			st = step_new(g, PH_CREATE_TRIGGER);
			ir_oplist_append(&st->up, ir_new_trigger(g->a, OP_CREATE_TRIGGER, nowhere(),
								 *id_of(g, y->name), plain(&tt->name),
								 y->sql, nowhere()));
			ir_oplist_append(&st->down, ir_new_trigger(g->a, OP_DROP_TRIGGER, nowhere(),
								   *id_of(g, y->name),
								   plain(&tt->name), NULL, nowhere()));
		}
	}
}

void autogen_diff(const struct dialect *d, struct schema *from, struct schema *to,
		  struct arena *a, bool loose, struct autogen_diff *r)
{
	struct gen g;
	size_t i, p;

	memset(r, 0, sizeof(*r));
	memset(&g, 0, sizeof(g));
	g.d = d;
	g.from = from;
	g.to = to;
	g.a = a;
	g.loose = loose;
	g.r = r;
	g.marks = strmap_new(0);
	g.states = strmap_new(0);

	if (loose)
		settle(&g);
	settle_names(&g);
	schemas_phase(&g);
	types_phase(&g);	/* marks the enums remade, which the rest asks */
	views_phase(&g);
	drop_parts(&g);
	tables_ordered(&g, from, to, true);
	new_tables_fks(&g);
	tables_ordered(&g, to, from, false);
	for (i = 0; i < from->ntables; i++) {
		const struct sch_table *ft = from->table_list[i], *tt;
		if (!ft->dropped && (tt = schema_table(to, &ft->name)))
			columns_phase(&g, ft, tt);
	}
	make_parts(&g);
	table_renames(&g);

	for (p = 0; p < PH__COUNT; p++)
		for (i = 0; i < g.ph[p].n; i++) {
			const struct op *op, *next;
			for (op = g.ph[p].v[i].up.head; op; op = next) {
				next = op->next;
				ir_oplist_append(&r->up, (struct op *)op);
			}
		}
	for (p = PH__COUNT; p-- > 0;) {
		for (i = g.ph[p].n; i-- > 0;) {
			const struct op *op, *next;
			for (op = g.ph[p].v[i].down.head; op; op = next) {
				next = op->next;
				ir_oplist_append(&r->down, (struct op *)op);
			}
		}
		free(g.ph[p].v);
	}
	strmap_free(g.marks);
	strmap_free(g.states);
}

void autogen_diff_release(struct autogen_diff *r)
{
	sbuf_release(&r->hints);
	sbuf_release(&r->problems);
}
