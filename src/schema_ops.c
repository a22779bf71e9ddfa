/* The schema model as ops: what `schema` prints, what autogenerate writes
 * and compares with, what a backend that rebuilds a table lowers.  A name
 * the database chose is left out where it would choose the same one again,
 * so the op makes the same name. */
#include "schema.h"
#include "arena.h"
#include "schema_impl.h"
#include "strmap.h"
#include "util.h"

#include <string.h>

/* ---- the model as ops that build it from nothing ---- */

static struct ident *ident_at(struct arena *a, const char *name)
{
	return ir_new_ident(a, name, span_make(0, 0));
}

static struct identlist names_list(struct arena *a, const char **v, size_t n)
{
	struct identlist l = { NULL, NULL, 0 };
	size_t i;

	for (i = 0; i < n; i++)
		ir_identlist_append(&l, ident_at(a, v[i]));
	return l;
}

static struct qname plain_qname(const struct qname *q)
{
	struct qname r = { q->schema, q->name, { 0, 0 } };

	return r;
}

static struct constraint *constraint_to_ir(struct arena *a, const struct sch_constraint *c)
{
	struct constraint *k = ARENA_NEW(a, struct constraint);

	k->kind = c->kind;
	k->name.name = c->name;
	k->columns = names_list(a, c->columns, c->ncolumns);
	k->deferrable = c->deferrable;
	k->initially = c->initially;
	k->check = c->check;
	if (c->kind == CON_EXCLUDE && c->def) {
		k->using_method = c->def->using_method;
		k->elems = c->def->elems;
		k->where = c->def->where;
	}
	if (c->kind == CON_FOREIGN_KEY) {
		k->ref.table = plain_qname(&c->ref_table);
		k->ref.columns = names_list(a, c->ref_columns, c->nref_columns);
		k->ref.on_delete = c->on_delete;
		k->ref.on_update = c->on_update;
		k->ref.deferrable = c->deferrable;
		k->ref.initially = c->initially;
	}
	return k;
}

struct column *schema_column_ir(struct arena *a, const struct sch_column *c)
{
	struct column *col = ARENA_NEW(a, struct column);

	col->name = *ident_at(a, c->name);
	col->type = *c->type;
	col->nullable = c->not_null ? NULLABLE_NO : NULLABLE_UNSET;
	col->autoincrement = c->autoincrement;
	col->identity = *sch_column_identity(c);
	col->enum_no_check = c->enum_no_check;
	col->server_default = (struct value *)c->server_default;
	col->comment = c->comment;
	return col;
}

/* A column's sequence keeps the name it was made with through renames;
 * the op names it only where the database would choose another now. */
static const char *serial_name_ir(struct schema *s, const struct sch_table *t,
				  const struct sch_column *c)
{
	const char *fresh;

	if (!sch_column_sequence(c) || sch_column_identity(c)->kind != IDENTITY_NONE)
		return NULL;	/* (an identity's is not named in the language) */
	fresh = sch_serial_name(s, t, c->name, sch_column_sequence(c));
	return fresh && strcmp(fresh, sch_column_sequence(c)) == 0 ? NULL : sch_column_sequence(c);
}

/* An inline enum's check: named where the database would name it
 * otherwise now (a name from before a rename, or the op's own). */
static const char *enum_check_ir(struct schema *s, const struct sch_table *t,
				 const struct sch_column *c);

/* An identity on a column that leads no primary key or unique
 * constraint is given after the table's indexes, which may be its key:
 * MySQL numbers only a column that leads a key, and an index comes after
 * CREATE TABLE. */
static bool identity_later(const struct sch_table *t, const struct sch_column *c)
{
	return sch_column_identity(c)->kind != IDENTITY_NONE && !schema_leads_key(t, c->name, false);
}

void schema_identities_later(struct arena *a, const struct sch_table *t, struct oplist *ops)
{
	size_t i;

	for (i = 0; i < t->ncolumns; i++) {
		struct op *op;
		if (!identity_later(t, t->columns[i]))
			continue;
		op = ir_new_alter_column(a, span_make(0, 0), plain_qname(&t->name),
					 *ident_at(a, t->columns[i]->name));
		op->u.alter.changes = ALTER_SET_IDENTITY;
		op->u.alter.identity = *sch_column_identity(t->columns[i]);
		ir_oplist_append(ops, op);
	}
}

static struct op *table_to_ir(struct schema *s, struct arena *a, const struct sch_table *t,
			      bool fks, const char *as, bool hold)
{
	struct column *cols = NULL, **ctail = &cols;
	struct constraint *cons = NULL, **ktail = &cons;
	struct qname name;
	size_t i;

	for (i = 0; i < t->ncolumns; i++) {
		*ctail = schema_column_ir(a, t->columns[i]);
		if (hold && identity_later(t, t->columns[i])) {	/* schema_identities_later */
			(*ctail)->identity.kind = IDENTITY_NONE;
			(*ctail)->autoincrement = false;
		}
		if (s && !as)	/* (a copy under another name is a rebuild's) */
			(*ctail)->sequence = serial_name_ir(s, t, t->columns[i]);
		/* a rebuild (no s) keeps every name it has */
		(*ctail)->enum_check = s ? enum_check_ir(s, t, t->columns[i])
					 : sch_column_enum_check(t->columns[i]);
		ctail = &(*ctail)->next;
	}
	/* Foreign keys come later, once every table they may point at is made,
	 * where ALTER TABLE can add them. */
	for (i = 0; i < t->nconstraints; i++) {
		if (t->constraints[i]->kind == CON_FOREIGN_KEY && !fks)
			continue;
		*ktail = constraint_to_ir(a, t->constraints[i]);
		ktail = &(*ktail)->next;
	}
	name = plain_qname(&t->name);
	if (as)
		name.name = as;
	return ir_new_create_table(a, span_make(0, 0), name, cols, cons, t->comment,
				   (struct kv *)t->options);
}

struct op *schema_index_ir(struct arena *a, const struct sch_table *t,
			      const struct sch_index *ix)
{
	struct op *op = ir_new_op(a, OP_CREATE_INDEX, span_make(0, 0));

	op->u.index = *ix->def;
	op->u.index.table = plain_qname(&t->name);
	op->u.index.concurrently = false;	/* a new table: nobody waits on it */
	return op;
}

struct oplist schema_table_to_ops(struct arena *a, const struct sch_table *t, bool fks,
				  const char *as)
{
	struct oplist ops = { NULL, NULL, 0 };
	size_t i;

	ir_oplist_append(&ops, table_to_ir(NULL, a, t, fks, as, false));
	for (i = 0; i < t->nindexes; i++)
		ir_oplist_append(&ops, schema_index_ir(a, t, t->indexes[i]));
	return ops;
}

/* Whether the database would give c the name it has if it were made
 * now, unnamed: then an op may leave the name out.  A name given before a
 * rename of its table or column is not what a new constraint would get.
 * A name an op gave that is the database's own choice may go too (MySQL
 * makes a different index for a foreign key named in the DDL). */
struct fresh_ctx {
	struct sch_name_ctx n;
	const char *own;
};

static bool fresh_taken(const void *ctx, const char *name)
{
	const struct fresh_ctx *f = ctx;

	return strcmp(name, f->own) != 0 && sch_constraint_name_taken(&f->n, name);
}

static bool name_is_fresh(struct schema *s, const struct sch_table *t,
			  const struct sch_constraint *c)
{
	struct fresh_ctx f = { { s, t, c->kind }, c->name };
	const char *fresh;

	if (!c->name || !s->rules->auto_constraint_name)
		return false;
	fresh = sch_auto_name(s, t, c, fresh_taken, &f);
	return fresh && strcmp(fresh, c->name) == 0;
}

struct constraint *schema_constraint_ir(struct schema *s, struct arena *a,
					const struct sch_table *t, const struct sch_constraint *c)
{
	struct constraint *k = constraint_to_ir(a, c);

	if (name_is_fresh(s, t, c))
		k->name.name = NULL;
	return k;
}

struct op *schema_table_ir(struct schema *s, struct arena *a, const struct sch_table *t,
			   bool (*want)(const struct sch_constraint *c, void *ctx), void *ctx,
			   bool hold)
{
	struct op *op = table_to_ir(s, a, t, true, NULL, hold);
	struct constraint **k = &op->u.table.constraints;
	size_t i;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (want && !want(c, ctx)) {
			*k = (*k)->next;
			op->u.table.nconstraints--;
			continue;
		}
		if (name_is_fresh(s, t, c))
			(*k)->name.name = NULL;
		k = &(*k)->next;
	}
	return op;
}

struct op *schema_view_ir(struct schema *s, struct arena *a, const struct sch_view *v);

/* A view after the views it reads (depth first: its reads, then it). */
static void view_ops(struct schema *s, struct arena *a, const struct sch_view *v,
		     bool *done, struct oplist *ops)
{
	size_t i;

	if (done[v->order])
		return;
	done[v->order] = true;
	for (i = 0; i < v->nreads; i++) {
		const struct sch_view *r = strmap_get(s->views, v->reads[i]);
		if (r)
			view_ops(s, a, r, done, ops);
	}
	ir_oplist_append(ops, schema_view_ir(s, a, v));
}

struct op *schema_view_ir(struct schema *s, struct arena *a, const struct sch_view *v)
{
	struct qname *reads = NULL;
	size_t i;

	if (v->reads_said) {
		reads = ARENA_ARRAY(a, struct qname, v->nreads + 1);
		for (i = 0; i < v->nreads; i++) {
			const struct sch_table *t = strmap_get(s->tables, v->reads[i]);
			const struct sch_view *w = strmap_get(s->views, v->reads[i]);
			reads[i] = t ? plain_qname(&t->name) : w ? plain_qname(&w->name)
							      : (struct qname){ NULL, v->reads[i],
										{ 0, 0 } };
		}
	}
	return ir_new_view(a, OP_CREATE_VIEW, span_make(0, 0), plain_qname(&v->name), v->sql,
			   span_make(0, 0), false, reads, v->reads_said ? v->nreads : 0,
			   v->reads_said);
}

/* take's group, then a fresh list for the next */
static void hand(struct oplist *ops, void (*take)(void *ctx, const struct oplist *ops), void *ctx)
{
	if (ops->n)
		take(ctx, ops);
	memset(ops, 0, sizeof(*ops));
}

void schema_to_ops_each(struct schema *s, struct arena *a, bool inline_fks,
			void (*take)(void *ctx, const struct oplist *ops), void *ctx)
{
	struct oplist ops = { NULL, NULL, 0 };
	size_t i, j;

	for (i = 0; i < s->nschemas; i++)
		if (!s->schema_list[i]->dropped) {
			ir_oplist_append(&ops, ir_new_schema(a, OP_CREATE_SCHEMA, span_make(0, 0),
							     *ident_at(a, s->schema_list[i]->name)));
			hand(&ops, take, ctx);
		}
	for (i = 0; i < s->nenums; i++) {
		const struct sch_enum *e = s->enum_list[i];
		struct valuelist vals = { NULL, NULL, 0 };
		if (e->dropped)
			continue;
		for (j = 0; j < e->nvalues; j++)
			ir_valuelist_append(&vals, ir_new_value(a, VAL_STRING, e->values[j],
								span_make(0, 0)));
		ir_oplist_append(&ops, ir_new_create_enum(a, span_make(0, 0),
							  plain_qname(&e->name), vals));
		hand(&ops, take, ctx);
	}
	for (i = 0; i < s->nseqs; i++) {
		const struct sch_sequence *q = s->seq_list[i];
		struct op *op;
		if (q->dropped)
			continue;
		op = ir_new_sequence(a, OP_CREATE_SEQUENCE, span_make(0, 0), plain_qname(&q->name));
		op->u.sequence = q->def->u.sequence;
		op->u.sequence.name = plain_qname(&q->name);
		ir_oplist_append(&ops, op);
		hand(&ops, take, ctx);
	}
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped) {
			ir_oplist_append(&ops, table_to_ir(s, a, s->table_list[i], inline_fks, NULL,
							   true));
			hand(&ops, take, ctx);
		}
	for (i = 0; i < s->ntables && !inline_fks; i++) {
		const struct sch_table *t = s->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->nconstraints; j++)
			if (t->constraints[j]->kind == CON_FOREIGN_KEY)
				ir_oplist_append(&ops, ir_new_add_constraint(a, OP_CREATE_FOREIGN_KEY,
						 span_make(0, 0), plain_qname(&t->name),
						 constraint_to_ir(a, t->constraints[j])));
		hand(&ops, take, ctx);
	}
	for (i = 0; i < s->ntables; i++) {
		const struct sch_table *t = s->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->nindexes; j++)
			ir_oplist_append(&ops, schema_index_ir(a, t, t->indexes[j]));
		schema_identities_later(a, t, &ops);
		hand(&ops, take, ctx);
	}
	schema_views_to_ops(s, a, &ops);
	hand(&ops, take, ctx);
}

void schema_views_to_ops(struct schema *s, struct arena *a, struct oplist *ops)
{
	size_t i, j;

	/* views (each after what it reads), then triggers, which may name any */
	if (s->nviews) {
		bool *done = ARENA_ARRAY(a, bool, s->nviews);
		for (i = 0; i < s->nviews; i++)
			done[i] = s->view_list[i]->dropped;
		for (i = 0; i < s->nviews; i++)
			view_ops(s, a, s->view_list[i], done, ops);
	}
	for (i = 0; i < s->ntables; i++) {
		const struct sch_table *t = s->table_list[i];
		for (j = 0; !t->dropped && j < t->ntriggers; j++)
			ir_oplist_append(ops, ir_new_trigger(a, OP_CREATE_TRIGGER, span_make(0, 0),
							     *ident_at(a, t->triggers[j]->name),
							     plain_qname(&t->name), t->triggers[j]->sql,
							     span_make(0, 0)));
	}
}

static const char *enum_check_ir(struct schema *s, const struct sch_table *t,
				 const struct sch_column *c)
{
	struct fresh_ctx f = { { s, t, CON_CHECK }, sch_column_enum_check(c) };
	const char *cols[1] = { c->name };
	const char *fresh;

	if (!sch_column_enum_check(c) || !s->rules->auto_constraint_name)
		return sch_column_enum_check(c);
	fresh = s->rules->auto_constraint_name(s->arena, CON_CHECK, t->name.name, cols, 1,
					       fresh_taken, &f);
	return fresh && strcmp(fresh, sch_column_enum_check(c)) == 0 ? NULL : sch_column_enum_check(c);
}
