/* What verify asks of the schema model: snapshots of the objects a
 * revision touches, a fork to run its downgrade in that leaves no garbage
 * in the model, and the comparison that names the first difference between
 * the schema before the upgrade and after the downgrade. */
#include "schema.h"
#include "irwrite.h"
#include "arena.h"
#include "sbuf.h"
#include "schema_impl.h"
#include "strmap.h"
#include "util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What verify keeps of a revision's objects before it runs. */
struct snap_entry {
	enum sch_object kind;
	const char *key;
	void *copy;		/* NULL: absent before the revision */
};

/* A table copy: it holds a column array, and a fork's its other arrays,
 * malloc'd; orig is the model's table it was copied from. */
struct snap_table {
	struct sch_table *copy, *orig;
};

struct schema_snapshot {
	struct snap_entry *v;
	size_t n, cap;
	struct arena *arena;		/* the copies: gone with the snapshot */
	struct snap_table *tables;	/* its table copies */
	size_t ntables, captables;
	struct schema *model;
	bool fork;
	/* schema_fork: the model's list lengths when it began */
	size_t ntables_at, ncopies_at, nenums_at, nseqs_at, nviews_at, nschemas_at;
	size_t ntriggers_at;
	uint32_t epoch;			/* the model's when it was taken */
};

/* ---- verify: snapshots of what a revision touches ---- */

/* sch_op_touches' callback: one more object to keep (once). */
static void snap_want(void *ctx, enum sch_object k, const struct qname *q)
{
	struct schema_snapshot *sn = ctx;
	const char *key;
	size_t i;

	if (!q || !q->name)
		return;
	key = sch_qkey(sn->arena, q);
	for (i = 0; i < sn->n; i++)
		if (sn->v[i].kind == k && strcmp(sn->v[i].key, key) == 0)
			return;
	XGROW(sn->v, sn->cap, sn->n + 1);
	sn->v[sn->n].kind = k;
	sn->v[sn->n].key = key;
	sn->v[sn->n].copy = NULL;
	sn->n++;
}

/* An array of n pointers for a copy: malloc'd where the model may grow it
 * (a fork's), else in the arena with the copy. */
static void *copy_array(struct arena *a, bool grows, const void *from, size_t n, size_t *cap)
{
	void *v;

	*cap = n ? n : 1;
	v = grows ? xmalloc(*cap * sizeof(void *)) : arena_alloc(a, *cap * sizeof(void *));
	if (n)
		memcpy(v, from, n * sizeof(void *));
	return v;
}

/* A copy of t in the snapshot's arena, recorded in its list.  A fork's
 * copy, which the downgrade changes, has its arrays malloc'd; a
 * snapshot's, which is only read, has them in the arena (and no column
 * index is ever built for it).  Either holds t's column array and its
 * columns, not copies: a change to either is made on a copy
 * (sch_table_add_column, sch_column_w). */
static struct sch_table *table_copy_to(struct schema_snapshot *sn, struct sch_table *t)
{
	struct arena *a = sn->arena;
	struct sch_table *c = ARENA_NEW(a, struct sch_table);
	size_t i;

	*c = *t;
	c->epoch = sn->epoch;
	sch_table_share_columns(t, c);
	/* no index: a copy lives for one revision, and building one would cost
	 * as much as the scans it saves */
	c->colindex = NULL;
	c->constraints = copy_array(a, sn->fork, t->constraints, t->nconstraints,
				    &c->capconstraints);
	for (i = 0; i < t->nconstraints; i++) {
		c->constraints[i] = ARENA_NEW(a, struct sch_constraint);
		*c->constraints[i] = *t->constraints[i];
	}
	c->indexes = copy_array(a, sn->fork, t->indexes, t->nindexes, &c->capindexes);
	/* (a trigger is replaced, never changed, where an op changes one) */
	c->triggers = copy_array(a, sn->fork, t->triggers, t->ntriggers, &c->captriggers);
	XGROW(sn->tables, sn->captables, sn->ntables + 1);
	sn->tables[sn->ntables].copy = c;
	sn->tables[sn->ntables++].orig = t;
	return c;
}

void sch_snapshots_keep_column(struct schema *s, const struct sch_table *t, size_t i,
			       const struct sch_column *c)
{
	size_t k, j, at;

	for (k = 0; k < s->nsnaps; k++) {
		struct schema_snapshot *sn = s->snaps[k];
		if (c->epoch >= sn->epoch)	/* made since it was taken */
			continue;
		for (j = 0; j < sn->ntables; j++) {
			struct sch_table *tc = sn->tables[j].copy;
			struct sch_column *keep;
			if (sn->tables[j].orig != t)
				continue;
			/* where the model has it, unless a column before it went
			 * (then looked for from the end; SIZE_MAX: not held) */
			if (i < tc->ncolumns && tc->columns[i] == c)
				at = i;
			else
				for (at = tc->ncolumns; at-- > 0 && tc->columns[at] != c;)
					;
			if (at == SIZE_MAX)
				continue;
			keep = ARENA_NEW(sn->arena, struct sch_column);
			*keep = *c;
			sch_table_replace_column(tc, at, keep);
		}
	}
}

/* A snapshot of nothing yet, knowing what up and down touch. */
static struct schema_snapshot *snap_new(struct schema *s, const struct oplist *up,
					const struct oplist *down)
{
	struct schema_snapshot *sn = xcalloc(1, sizeof(*sn));
	const struct op *op;

	/* the columns it shares are copied before a change; (2^32 snapshots
	 * need more ops than memory holds) */
	if (++s->epoch == 0)
		UNREACHABLE();
	sn->epoch = s->epoch;
	sn->model = s;
	sn->arena = arena_new();
	for (op = up->head; op; op = op->next)
		sch_op_touches(s, op, snap_want, sn);
	for (op = down->head; op; op = op->next)
		sch_op_touches(s, op, snap_want, sn);
	return sn;
}

struct schema_snapshot *schema_snapshot_take(struct schema *s, const struct oplist *up,
					     const struct oplist *down)
{
	struct schema_snapshot *sn = snap_new(s, up, down);
	size_t i;

	XGROW(s->snaps, s->capsnaps, s->nsnaps + 1);
	s->snaps[s->nsnaps++] = sn;
	for (i = 0; i < sn->n; i++) {
		struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SCH_TABLE: {
			struct sch_table *t = strmap_get(s->tables, e->key);
			e->copy = t ? table_copy_to(sn, t) : NULL;
			break;
		}
		case SCH_ENUM: {
			struct sch_enum *en = strmap_get(s->enums, e->key), *c = NULL;
			if (en) {
				c = ARENA_NEW(sn->arena, struct sch_enum);
				*c = *en;
			}
			e->copy = c;
			break;
		}
		case SCH_SEQUENCE: {
			struct sch_sequence *q = strmap_get(s->sequences, e->key), *c = NULL;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_sequence);
				*c = *q;
			}
			e->copy = c;
			break;
		}
		case SCH_SCHEMA: {
			struct sch_schema *q = strmap_get(s->schemas, e->key), *c = NULL;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_schema);
				*c = *q;
			}
			e->copy = c;
			break;
		}
		case SCH_VIEW: {
			struct sch_view *w = strmap_get(s->views, e->key), *c = NULL;
			if (w) {
				c = ARENA_NEW(sn->arena, struct sch_view);
				*c = *w;
			}
			e->copy = c;
			break;
		}
		}
	}
	return sn;
}

struct schema_snapshot *schema_snapshot_op(struct schema *s, const struct op *op)
{
	struct op one = *op;
	struct oplist up = { &one, &one, 1 }, none = { NULL, NULL, 0 };

	one.next = NULL;
	return schema_snapshot_take(s, &up, &none);
}

const struct sch_table *schema_snapshot_table(const struct schema_snapshot *sn,
					      const struct qname *q)
{
	char kb[256];
	const char *key;
	size_t i;

	if (!sn)
		return NULL;
	key = sch_qkey_buf(kb, sizeof(kb), sn->arena, q);
	for (i = 0; i < sn->n; i++)
		if (sn->v[i].kind == SCH_TABLE && strcmp(sn->v[i].key, key) == 0)
			return sn->v[i].copy;
	return NULL;
}

void schema_snapshot_free(struct schema_snapshot *sn)
{
	size_t i;

	if (!sn)
		return;
	for (i = 0; !sn->fork && i < sn->model->nsnaps; i++)
		if (sn->model->snaps[i] == sn) {
			sn->model->snaps[i] = sn->model->snaps[--sn->model->nsnaps];
			break;
		}
	for (i = 0; i < sn->ntables; i++) {
		if (sn->fork)
			sch_table_free_arrays(sn->tables[i].copy);
		else
			sch_table_release_columns(sn->tables[i].copy);
	}
	free(sn->tables);
	free(sn->v);
	arena_free(sn->arena);
	free(sn);
}

/* ---- comparing ---- */

struct verify_ctx {
	struct schema *s;
	struct diag *d;
	struct srcfile *file;
	struct span where;
	const char *rev;
};

static bool differ(struct verify_ctx *v, const struct srcloc *created, const char *fmt, ...)
	ATTR_PRINTF(3, 4);

static bool differ(struct verify_ctx *v, const struct srcloc *created, const char *fmt, ...)
{
	struct sbuf sb = SBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_error(v->d, DIAG_VERIFY, v->file, v->where, "the downgrade of '%s' does not "
		   "restore the %s schema: %s", v->rev, v->s->rules->name, sbuf_str(&sb));
	if (created && created->file)
		diag_note(v->d, DIAG_VERIFY, created->file, created->span, "it was created here");
	sbuf_release(&sb);
	return false;
}

/* ('a', 'b'), for messages. */
static const char *values_show(struct arena *a, const char *const *v, size_t n)
{
	struct sbuf sb = SBUF_INIT;
	const char *r;
	size_t i;

	sbuf_addc(&sb, '(');
	for (i = 0; i < n; i++)
		sbuf_addf(&sb, "%s'%s'", i ? ", " : "", v[i]);
	sbuf_addc(&sb, ')');
	r = arena_strdup(a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

static const char *value_show(struct arena *a, const struct value *x)
{
	if (!x)
		return "no default";
	switch (x->kind) {
	case VAL_NULL:
		return "default null";
	case VAL_TRUE:
		return "default true";
	case VAL_FALSE:
		return "default false";
	case VAL_NUMBER:
		return arena_printf(a, "default %s", x->text);
	case VAL_STRING:
		return arena_printf(a, "default '%s'", x->text);
	case VAL_SQL:
		return arena_printf(a, "default sql '%s'", x->text);
	}
	UNREACHABLE();
}

static bool column_same(struct verify_ctx *v, const struct sch_table *t,
			const struct sch_column *was, const struct sch_column *now)
{
	struct arena *a = v->s->arena;

	if (!schema_types_equal(was->type, now->type))
		return differ(v, &was->created, "column '%s.%s' is %s, but was %s before the "
			      "upgrade", t->key, now->name, sch_type_show(a, now->type),
			      sch_type_show(a, was->type));
	if (was->not_null != now->not_null)
		return differ(v, &was->created, "column '%s.%s' is %s, but was %s before the "
			      "upgrade", t->key, now->name, now->not_null ? "NOT NULL" : "nullable",
			      was->not_null ? "NOT NULL" : "nullable");
	if (!schema_values_equal(was->server_default, now->server_default))
		return differ(v, &was->created, "column '%s.%s' has %s, but had %s before the "
			      "upgrade", t->key, now->name, value_show(a, now->server_default),
			      value_show(a, was->server_default));
	if (!sch_strs_equal(was->comment, now->comment))
		return differ(v, &was->created, "column '%s.%s' has %s, but had %s before the "
			      "upgrade", t->key, now->name,
			      now->comment ? arena_printf(a, "comment '%s'", now->comment)
					   : "no comment",
			      was->comment ? arena_printf(a, "comment '%s'", was->comment)
					   : "none");
	if (was->autoincrement != now->autoincrement)
		return differ(v, &was->created, "column '%s.%s' %s autoincrement, but %s before "
			      "the upgrade", t->key, now->name,
			      now->autoincrement ? "has" : "has lost", now->autoincrement
			      ? "had none" : "had it");
	if (was->enum_no_check != now->enum_no_check)
		return differ(v, &was->created, "column '%s.%s' %s, but %s before the upgrade",
			      t->key, now->name, now->enum_no_check ? "has no enum check"
			      : "has an enum check", was->enum_no_check ? "had none" : "had one");
	if (!ir_identity_same(sch_column_identity(was), sch_column_identity(now))) {
		struct sbuf x = SBUF_INIT, y = SBUF_INIT;
		const char *xs, *ys;
		if (sch_column_identity(now)->kind != IDENTITY_NONE)
			irwrite_identity(&x, sch_column_identity(now));
		if (sch_column_identity(was)->kind != IDENTITY_NONE)
			irwrite_identity(&y, sch_column_identity(was));
		xs = arena_strdup(a, x.len ? sbuf_str(&x) : "no identity");
		ys = arena_strdup(a, y.len ? sbuf_str(&y) : "none");
		sbuf_release(&x);
		sbuf_release(&y);
		return differ(v, &was->created, "column '%s.%s' has %s, but had %s before the "
			      "upgrade", t->key, now->name, xs, ys);
	}
	if (!sch_strs_equal(sch_column_sequence(was), sch_column_sequence(now)))
		return differ(v, &was->created, "the sequence of column '%s.%s' is '%s', but was "
			      "'%s' before the upgrade", t->key, now->name,
			      sch_column_sequence(now) ? sch_column_sequence(now) : "",
			      sch_column_sequence(was) ? sch_column_sequence(was) : "");
	return true;
}


static bool exclusion_equal(const struct schema *s, const struct constraint *a,
			    const struct constraint *b)
{
	const struct exclude_elem *x, *y;

	if (!a || !b)
		return a == b;
	if (!sch_strs_equal(a->using_method, b->using_method) || !schema_sql_same(s, a->where, b->where))
		return false;
	for (x = a->elems, y = b->elems; x && y; x = x->next, y = y->next)
		if (!sch_strs_equal(x->column.name, y->column.name) || !schema_sql_same(s, x->expr, y->expr) ||
		    !sch_strs_equal(x->op, y->op))
			return false;
	return !x && !y;
}

bool schema_constraint_equal(const struct schema *s, const struct sch_constraint *a,
			     const struct sch_constraint *b)
{
	if (a->kind == CON_EXCLUDE && !exclusion_equal(s, a->def, b->def))
		return false;
	return a->kind == b->kind && sch_strs_equal(a->name, b->name) &&
	       schema_names_equal(a->columns, a->ncolumns, b->columns, b->ncolumns) &&
	       sch_strs_equal(a->ref_table.schema, b->ref_table.schema) &&
	       sch_strs_equal(a->ref_table.name, b->ref_table.name) &&
	       schema_names_equal(a->ref_columns, a->nref_columns, b->ref_columns, b->nref_columns) &&
	       a->on_delete == b->on_delete && a->on_update == b->on_update &&
	       a->deferrable == b->deferrable && a->initially == b->initially &&
	       schema_sql_same(s, a->check, b->check);
}

/* A constraint in `in` that is the same one as c: by name, or (unnamed)
 * by what it says. */
const struct sch_constraint *schema_constraint_match(const struct schema *s,
						     const struct sch_table *in,
						     const struct sch_constraint *c)
{
	size_t i;

	for (i = 0; i < in->nconstraints; i++) {
		const struct sch_constraint *o = in->constraints[i];
		if (c->name ? sch_strs_equal(o->name, c->name) : (!o->name && schema_constraint_equal(s, o, c)))
			return o;
	}
	return NULL;
}

static const char *constraint_show(struct arena *a, const struct sch_constraint *c)
{
	size_t i;
	struct sbuf sb = SBUF_INIT;
	const char *r;

	if (c->name)
		return arena_printf(a, "%s '%s'", ir_constraint_kind_name(c->kind), c->name);
	sbuf_addf(&sb, "unnamed %s (", ir_constraint_kind_name(c->kind));
	for (i = 0; i < c->ncolumns; i++)
		sbuf_addf(&sb, "%s%s", i ? ", " : "", c->columns[i]);
	sbuf_addc(&sb, ')');
	r = arena_strdup(a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

bool schema_index_equal(const struct schema *s, const struct sch_index *a,
			const struct sch_index *b)
{
	const struct index_def *x = a->def, *y = b->def;
	const struct index_elem *p, *q;

	if (a == b)
		return true;
	if (x->unique != y->unique || !schema_sql_same(s, x->where, y->where) ||
	    !sch_strs_equal(x->using_method, y->using_method) || x->nelems != y->nelems ||
	    !ir_index_extras_same(x, y))
		return false;
	for (p = x->elems, q = y->elems; p && q; p = p->next, q = q->next)
		if (!sch_strs_equal(p->column.name, q->column.name) || !schema_sql_same(s, p->expr, q->expr) ||
		    p->order != q->order || p->nulls != q->nulls)
			return false;
	return true;
}

/* The columns, in time linear in their number: side by side where both
 * have them in one order (a downgrade that undid its upgrade), else
 * through a map of each side's names.  (A lookup by a loop, for each of a
 * table's columns, for each revision that touches it, was cubic.)  A
 * column object both sides hold is the same column: a change would have
 * made a copy (sch_column_w). */
static bool columns_same(struct verify_ctx *v, const struct sch_table *was,
			 const struct sch_table *now)
{
	struct strmap *in_now, *in_was;
	bool aligned = was->ncolumns == now->ncolumns, same = true;
	size_t i;

	/* the same column objects, in one order: nothing changed them */
	if (aligned && (!was->ncolumns || was->columns == now->columns ||
			memcmp(was->columns, now->columns, was->ncolumns * sizeof(*was->columns)) == 0))
		return true;
	for (i = 0; aligned && i < was->ncolumns; i++)
		aligned = was->columns[i] == now->columns[i] ||
			  strcmp(was->columns[i]->name, now->columns[i]->name) == 0;
	if (aligned) {
		for (i = 0; i < was->ncolumns; i++)
			if (was->columns[i] != now->columns[i] &&
			    !column_same(v, now, was->columns[i], now->columns[i]))
				return false;
		return true;
	}
	in_now = strmap_new(now->ncolumns);
	in_was = strmap_new(was->ncolumns);
	for (i = 0; i < now->ncolumns; i++)
		strmap_put(in_now, now->columns[i]->name, now->columns[i]);
	for (i = 0; i < was->ncolumns; i++)
		strmap_put(in_was, was->columns[i]->name, was->columns[i]);
	for (i = 0; same && i < was->ncolumns; i++) {
		const struct sch_column *c = strmap_get(in_now, was->columns[i]->name);
		if (!c)
			same = differ(v, &was->columns[i]->created, "column '%s.%s' is missing",
				      was->key, was->columns[i]->name);
		else
			same = column_same(v, now, was->columns[i], c);
	}
	for (i = 0; same && i < now->ncolumns; i++)
		if (!strmap_get(in_was, now->columns[i]->name))
			same = differ(v, &now->columns[i]->created, "column '%s.%s' still exists",
				      now->key, now->columns[i]->name);
	strmap_free(in_now);
	strmap_free(in_was);
	return same;
}

static bool table_same(struct verify_ctx *v, const struct sch_table *was,
		       const struct sch_table *now)
{
	size_t i;

	if (!columns_same(v, was, now))
		return false;
	for (i = 0; i < was->nconstraints; i++) {
		const struct sch_constraint *c = schema_constraint_match(v->s, now, was->constraints[i]);
		if (!c)
			return differ(v, &was->constraints[i]->created, "table '%s' has lost its %s",
				      was->key, constraint_show(v->s->arena, was->constraints[i]));
		if (!schema_constraint_equal(v->s, c, was->constraints[i]))
			return differ(v, &c->created, "the %s on '%s' is not the same as before the "
				      "upgrade", constraint_show(v->s->arena, c), now->key);
	}
	for (i = 0; i < now->nconstraints; i++)
		if (!schema_constraint_match(v->s, was, now->constraints[i]))
			return differ(v, &now->constraints[i]->created, "table '%s' still has %s",
				      now->key, constraint_show(v->s->arena, now->constraints[i]));
	for (i = 0; i < was->nindexes; i++) {
		const struct sch_index *x = sch_find_index(now, was->indexes[i]->name, NULL);
		if (!x)
			return differ(v, &was->indexes[i]->created, "index '%s' on '%s' is missing",
				      was->indexes[i]->name, was->key);
		if (!schema_index_equal(v->s, x, was->indexes[i]))
			return differ(v, &x->created, "index '%s' on '%s' is not the same as before "
				      "the upgrade", x->name, now->key);
	}
	for (i = 0; i < now->nindexes; i++)
		if (!sch_find_index(was, now->indexes[i]->name, NULL))
			return differ(v, &now->indexes[i]->created, "index '%s' on '%s' still "
				      "exists", now->indexes[i]->name, now->key);
	for (i = 0; i < was->ntriggers; i++) {
		const struct sch_trigger *x = sch_find_trigger(now, was->triggers[i]->name, NULL);
		if (!x)
			return differ(v, &was->triggers[i]->created, "trigger '%s' on '%s' is missing",
				      was->triggers[i]->name, was->key);
		if (!schema_sql_same(v->s, x->sql, was->triggers[i]->sql))
			return differ(v, &x->created, "trigger '%s' on '%s' is not the same as before "
				      "the upgrade", x->name, now->key);
	}
	for (i = 0; i < now->ntriggers; i++)
		if (!sch_find_trigger(was, now->triggers[i]->name, NULL))
			return differ(v, &now->triggers[i]->created, "trigger '%s' on '%s' still "
				      "exists", now->triggers[i]->name, now->key);
	if (!sch_strs_equal(was->comment, now->comment))
		return differ(v, &now->created, "table '%s' has %s, but had %s before the upgrade",
			      now->key, now->comment ? "a comment" : "no comment",
			      was->comment ? "one" : "none");
	return true;
}

bool schema_snapshot_same(struct schema *s, const struct schema_snapshot *snap,
			  struct srcfile *file, struct span where, const char *rev,
			  struct diag *d)
{
	struct verify_ctx v = { s, d, file, where, rev };
	size_t i, j;

	for (i = 0; i < snap->n; i++) {
		const struct snap_entry *e = &snap->v[i];
		switch (e->kind) {
		case SCH_TABLE: {
			struct sch_table *now = strmap_get(s->tables, e->key);
			const struct sch_table *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "table '%s' still exists", now->key);
			if (was && !now)
				return differ(&v, &was->created, "table '%s' is missing", was->key);
			if (was && !table_same(&v, was, now))
				return false;
			break;
		}
		case SCH_ENUM: {
			struct sch_enum *now = strmap_get(s->enums, e->key);
			const struct sch_enum *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "enum '%s' still exists", now->key);
			if (was && !now)
				return differ(&v, &was->created, "enum '%s' is missing", was->key);
			if (was && !schema_names_equal(was->values, was->nvalues, now->values, now->nvalues))
				return differ(&v, &now->created, "enum '%s' has the values %s, but "
					      "had %s before the upgrade", now->key,
					      values_show(s->arena, now->values, now->nvalues),
					      values_show(s->arena, was->values, was->nvalues));
			break;
		}
		case SCH_VIEW: {
			struct sch_view *now = strmap_get(s->views, e->key);
			const struct sch_view *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "view '%s' still exists", now->key);
			if (was && !now)
				return differ(&v, &was->created, "view '%s' is missing", was->key);
			if (was && !schema_sql_same(s, was->sql, now->sql))
				return differ(&v, &now->created, "view '%s' is not the same as before the "
					      "upgrade", now->key);
			break;
		}
		case SCH_SEQUENCE: {
			struct sch_sequence *now = strmap_get(s->sequences, e->key);
			const struct sch_sequence *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "sequence '%s' still exists",
					      now->key);
			if (was && !now)
				return differ(&v, &was->created, "sequence '%s' is missing", was->key);
			if (was) {
				static const size_t off[] = {
					offsetof(struct op, u.sequence.start),
					offsetof(struct op, u.sequence.increment),
					offsetof(struct op, u.sequence.minvalue),
					offsetof(struct op, u.sequence.maxvalue),
					offsetof(struct op, u.sequence.cache),
				};
				bool same = was->def->u.sequence.cycle == now->def->u.sequence.cycle;
				for (j = 0; j < ARRAY_LEN(off); j++)
					same &= sch_strs_equal(*(const char *const *)((const char *)was->def + off[j]),
							   *(const char *const *)((const char *)now->def + off[j]));
				if (!same)
					return differ(&v, &now->created, "sequence '%s' has other "
						      "options than before the upgrade", now->key);
			}
			break;
		}
		case SCH_SCHEMA: {
			struct sch_schema *now = strmap_get(s->schemas, e->key);
			const struct sch_schema *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "schema '%s' still exists", now->name);
			if (was && !now)
				return differ(&v, &was->created, "schema '%s' is missing", was->name);
			break;
		}
		}
	}
	return true;
}

/* ---- restoring ---- */

/* The downgrade runs on copies of what the revision touches, made in the
 * snapshot's arena, with the model's allocations going there too; the
 * originals wait in the snapshot and go back when it ends.  So checking a
 * downgrade leaves no garbage in the model (strings, types, key counts and
 * foreign-key lists are the model's own, in its home arena, whoever asks). */
struct schema_snapshot *schema_fork(struct schema *s, const struct oplist *up,
				    const struct oplist *down)
{
	struct schema_snapshot *sn = snap_new(s, up, down);
	size_t i;

	sn->fork = true;
	s->fork_epoch = sn->epoch;
	sn->ntables_at = s->ntables;
	sn->ncopies_at = s->ncopies;
	sn->nenums_at = s->nenums;
	sn->nseqs_at = s->nseqs;
	sn->nviews_at = s->nviews;
	sn->nschemas_at = s->nschemas;
	sn->ntriggers_at = s->ntriggers;
	s->arena = sn->arena;
	for (i = 0; i < sn->n; i++) {
		struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SCH_TABLE: {
			struct sch_table *t = strmap_get(s->tables, e->key), *c;
			e->copy = t;
			if (t) {
				c = table_copy_to(sn, t);
				c->dropped = false;
				s->table_list[c->order] = c;
				sch_table_swap(s, t, c);
			}
			break;
		}
		case SCH_ENUM: {
			struct sch_enum *en = strmap_get(s->enums, e->key), *c;
			e->copy = en;
			if (en) {
				c = ARENA_NEW(sn->arena, struct sch_enum);
				*c = *en;
				s->enum_list[c->order] = c;
				strmap_put(s->enums, c->key, c);
			}
			break;
		}
		case SCH_SEQUENCE: {
			struct sch_sequence *q = strmap_get(s->sequences, e->key), *c;
			e->copy = q;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_sequence);
				*c = *q;
				s->seq_list[c->order] = c;
				strmap_put(s->sequences, c->key, c);
			}
			break;
		}
		case SCH_SCHEMA: {
			struct sch_schema *q = strmap_get(s->schemas, e->key), *c;
			e->copy = q;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_schema);
				*c = *q;
				s->schema_list[c->order] = c;
				strmap_put(s->schemas, c->name, c);
			}
			break;
		}
		case SCH_VIEW: {
			struct sch_view *w = strmap_get(s->views, e->key), *c;
			e->copy = w;
			if (w) {
				c = ARENA_NEW(sn->arena, struct sch_view);
				*c = *w;
				s->view_list[c->order] = c;
				strmap_put(s->views, c->key, c);
			}
			break;
		}
		}
	}
	return sn;
}

void schema_fork_end(struct schema *s, struct schema_snapshot *sn)
{
	size_t i;

	/* First forget whatever holds the touched names now, then put the
	 * originals back: a rename may have moved one onto another's name. */
	for (i = 0; i < sn->n; i++) {
		const struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SCH_TABLE: {
			struct sch_table *now = strmap_get(s->tables, e->key);
			if (now)
				sch_drop_table(s, now);
			break;
		}
		case SCH_ENUM: {
			struct sch_enum *now = strmap_del(s->enums, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		case SCH_SEQUENCE: {
			struct sch_sequence *now = strmap_del(s->sequences, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		case SCH_SCHEMA: {
			struct sch_schema *now = strmap_del(s->schemas, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		case SCH_VIEW: {
			struct sch_view *now = strmap_del(s->views, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		}
	}
	s->arena = s->home;
	s->fork_epoch = 0;
	for (i = 0; i < sn->n; i++) {
		const struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SCH_TABLE: {
			struct sch_table *t = e->copy;
			if (t) {
				t->dropped = false;
				s->table_list[t->order] = t;
				sch_table_link(s, t);
			}
			break;
		}
		case SCH_ENUM: {
			struct sch_enum *en = e->copy;
			if (en) {
				en->dropped = false;
				s->enum_list[en->order] = en;
				strmap_put(s->enums, en->key, en);
			}
			break;
		}
		case SCH_SEQUENCE: {
			struct sch_sequence *q = e->copy;
			if (q) {
				q->dropped = false;
				s->seq_list[q->order] = q;
				strmap_put(s->sequences, q->key, q);
			}
			break;
		}
		case SCH_SCHEMA: {
			struct sch_schema *q = e->copy;
			if (q) {
				q->dropped = false;
				s->schema_list[q->order] = q;
				strmap_put(s->schemas, q->name, q);
			}
			break;
		}
		case SCH_VIEW: {
			struct sch_view *w = e->copy;
			if (w) {
				w->dropped = false;
				s->view_list[w->order] = w;
				strmap_put(s->views, w->key, w);
			}
			break;
		}
		}
	}
	/* What the downgrade made lived in the fork's arena: off the lists. */
	for (i = sn->ncopies_at; i < s->ncopies; i++)
		sch_table_free_arrays(s->copies[i]);
	s->ncopies = sn->ncopies_at;
	s->ntables = sn->ntables_at;
	s->nenums = sn->nenums_at;
	s->nseqs = sn->nseqs_at;
	s->nviews = sn->nviews_at;
	s->nschemas = sn->nschemas_at;
	s->ntriggers = sn->ntriggers_at;
	schema_snapshot_free(sn);
}
