/* IR constructors and name tables.  Grammar actions call exactly one of
 * these; nothing here checks meaning (that is the schema model's job). */
#include "ir.h"
#include "arena.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const op_names[] = {
#define OP(k, name, payload) name,
#include "ir_ops.def"
#undef OP
};

static const char *const type_names[] = {
#define TYPE(k, name, args) name,
#include "ir_types.def"
#undef TYPE
};

bool ir_revision_id_chars_ok(const char *id)
{
	return *id && util_file_chars_ok(id);
}

static struct value copy_value(struct arena *a, const struct value *v)
{
	struct value c = *v;

	c.text = v->text ? arena_strdup(a, v->text) : NULL;
	c.next = NULL;
	return c;
}

static struct valuelist copy_values(struct arena *a, const struct valuelist *l)
{
	struct valuelist c = { NULL, NULL, 0 };
	const struct value *v;

	for (v = l->head; v; v = v->next) {
		struct value *n = ARENA_NEW(a, struct value);
		*n = copy_value(a, v);
		ir_valuelist_append(&c, n);
	}
	return c;
}

struct migfile *ir_copy_header(struct arena *a, const struct migfile *f)
{
	struct migfile *c = ARENA_NEW(a, struct migfile);

	c->src = f->src;
	c->hdr = f->hdr;
	c->hdr.revision = copy_value(a, &f->hdr.revision);
	c->hdr.message = copy_value(a, &f->hdr.message);
	c->hdr.created = copy_value(a, &f->hdr.created);
	c->hdr.down = copy_values(a, &f->hdr.down);
	c->hdr.branch_labels = copy_values(a, &f->hdr.branch_labels);
	c->hdr.depends_on = copy_values(a, &f->hdr.depends_on);
	c->has_upgrade = f->has_upgrade;
	c->has_downgrade = f->has_downgrade;
	c->upgrade_span = f->upgrade_span;
	c->downgrade_span = f->downgrade_span;
	return c;
}

static const char *copy_text(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

static struct qname copy_qname(struct arena *a, const struct qname *q)
{
	struct qname c = *q;

	c.schema = copy_text(a, q->schema);
	c.name = copy_text(a, q->name);
	return c;
}

static struct identlist copy_idents(struct arena *a, const struct identlist *l)
{
	struct identlist c = { NULL, NULL, 0 };
	const struct ident *id;

	for (id = l->head; id; id = id->next)
		ir_identlist_append(&c, ir_new_ident(a, copy_text(a, id->name), id->span));
	return c;
}

struct op *ir_copy_foreign_key(struct arena *a, const struct op *op)
{
	const struct constraint *k = &op->u.constraint.con;
	struct op *c = ARENA_NEW(a, struct op);
	struct constraint *ck = &c->u.constraint.con;

	*c = *op;
	c->next = NULL;
	c->u.constraint.table = copy_qname(a, &op->u.constraint.table);
	ck->name.name = copy_text(a, k->name.name);
	ck->name.next = NULL;
	ck->columns = copy_idents(a, &k->columns);
	ck->ref.table = copy_qname(a, &k->ref.table);
	ck->ref.columns = copy_idents(a, &k->ref.columns);
	/* (the fields of other kinds of constraint: a foreign key has none) */
	ck->check = ck->using_method = ck->where = NULL;
	ck->elems = NULL;
	ck->next = NULL;
	return c;
}

const char *ir_op_name(enum op_kind k)
{
	return (unsigned)k < OP__COUNT ? op_names[k] : "?";
}

const char *ir_type_name(enum type_kind k)
{
	return (unsigned)k < TY__COUNT ? type_names[k] : "?";
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* ---- variants ---- */

const struct type *ir_type_for(const struct type *t, const char *dialect)
{
	const struct variant *v;

	for (v = t->variants; v; v = v->next)
		if (ir_identlist_has(&v->dialects, dialect))
			return v->type;
	return t;
}

const struct value *ir_value_for(const struct value *val, const char *dialect)
{
	const struct variant *v;

	for (v = val->variants; v; v = v->next)
		if (ir_identlist_has(&v->dialects, dialect))
			return v->value;
	return val;
}

static bool column_has_variants(const struct column *c)
{
	return c->type.variants || (c->server_default && c->server_default->variants);
}

static bool is_block(const struct op *op)
{
	return op->kind == OP_ONLY || op->kind == OP_BATCH_ALTER_TABLE || op->kind == OP_ASSUME ||
	       op->kind == OP_WHEN;
}

/* (the ops that may hold variants: columns, alter_column and blocks) */
static bool op_has_variants(const struct op *op)
{
	const struct column *c;
	const struct op *o;

	if (op->kind == OP_CREATE_TABLE) {
		for (c = op->u.table.columns; c; c = c->next)
			if (column_has_variants(c))
				return true;
	} else if (op->kind == OP_ADD_COLUMN) {
		return column_has_variants(&op->u.add_column.column);
	} else if (op->kind == OP_ALTER_COLUMN) {
		return ((op->u.alter.changes & ALTER_TYPE) && op->u.alter.type.variants) ||
		       ((op->u.alter.changes & ALTER_SET_DEFAULT) &&
			op->u.alter.default_value->variants);
	} else if (op->kind == OP_CREATE_INDEX || op->kind == OP_DROP_INDEX) {
		return op->u.index.variants != NULL;
	} else if (is_block(op)) {
		for (o = op->u.block.body.head; o; o = o->next)
			if (op_has_variants(o))
				return true;
	}
	return false;
}

const struct index_colopt *ir_index_colopt(const struct index_colopt *l, const char *name)
{
	for (; l; l = l->next)
		if (strcmp(l->column.name, name) == 0)
			return l;
	return NULL;
}

/* Every setting of a in b, the same (operator classes in any ASCII case). */
static bool colopts_in(const struct index_colopt *a, const struct index_colopt *b)
{
	const struct index_colopt *o;

	for (; a; a = a->next)
		if (!(o = ir_index_colopt(b, a->column.name)) || strcasecmp(o->text, a->text) != 0)
			return false;
	return true;
}

bool ir_index_extras_same(const struct index_def *a, const struct index_def *b)
{
	const struct ident *x, *y;

	if (a->include.n != b->include.n)
		return false;
	for (x = a->include.head, y = b->include.head; x && y; x = x->next, y = y->next)
		if (strcmp(x->name, y->name) != 0)
			return false;
	return colopts_in(a->ops, b->ops) && colopts_in(b->ops, a->ops) &&
	       colopts_in(a->lengths, b->lengths) && colopts_in(b->lengths, a->lengths);
}

void ir_index_option_set(struct index_def *x, const struct index_variant *v)
{
	switch (v->kind) {
	case INDEXOPT_UNIQUE:
		x->unique = true;
		break;
	case INDEXOPT_WHERE:
		x->where = v->text;
		break;
	case INDEXOPT_USING:
		x->using_method = v->text;
		break;
	case INDEXOPT_CONCURRENTLY:
		x->concurrently = true;
		break;
	case INDEXOPT_INCLUDE:
		x->include = v->include;
		x->include_span = v->span;
		break;
	case INDEXOPT_OPS:
		x->ops = v->cols;
		x->ops_span = v->span;
		break;
	case INDEXOPT_LENGTH:
		x->lengths = v->cols;
		x->lengths_span = v->span;
		break;
	}
}

bool ir_index_option_given(const struct index_def *x, enum index_option k)
{
	switch (k) {
	case INDEXOPT_UNIQUE: return x->unique;
	case INDEXOPT_WHERE: return x->where != NULL;
	case INDEXOPT_USING: return x->using_method != NULL;
	case INDEXOPT_CONCURRENTLY: return x->concurrently;
	case INDEXOPT_INCLUDE: return x->include.n > 0;
	case INDEXOPT_OPS: return x->ops != NULL;
	case INDEXOPT_LENGTH: return x->lengths != NULL;
	}
	return false;
}

/* An index's options for one dialect: those said for it alone over the
 * ones for every dialect. */
static void index_for(struct index_def *x, const char *dialect)
{
	const struct index_variant *v;

	for (v = x->variants; v; v = v->next)
		if (ir_identlist_has(&v->dialects, dialect))
			ir_index_option_set(x, v);
	x->variants = NULL;
}

/* v as dialect reads it, without variants: a variant's own value, or a
 * copy of v without them. */
static struct value *value_for(struct arena *a, const struct value *v, const char *dialect)
{
	const struct value *r = ir_value_for(v, dialect);
	struct value *k;

	if (!r->variants)
		return (struct value *)r;
	k = ARENA_NEW(a, struct value);
	*k = *r;
	k->variants = NULL;
	return k;
}

static void column_for(struct arena *a, struct column *c, const char *dialect)
{
	c->type = *ir_type_for(&c->type, dialect);
	c->type.variants = NULL;
	if (c->server_default && c->server_default->variants)
		c->server_default = value_for(a, c->server_default, dialect);
}

const struct op *ir_op_for(struct arena *a, const struct op *op, const char *dialect)
{
	struct op *r;
	struct column *c, **tail;
	const struct op *o;

	if (!op_has_variants(op))
		return op;
	r = ARENA_NEW(a, struct op);
	*r = *op;
	if (op->kind == OP_CREATE_TABLE) {
		tail = &r->u.table.columns;
		for (c = op->u.table.columns; c; c = c->next) {
			*tail = ARENA_NEW(a, struct column);
			**tail = *c;
			column_for(a, *tail, dialect);
			tail = &(*tail)->next;
		}
		*tail = NULL;
	} else if (op->kind == OP_ADD_COLUMN) {
		column_for(a, &r->u.add_column.column, dialect);
	} else if (op->kind == OP_CREATE_INDEX || op->kind == OP_DROP_INDEX) {
		index_for(&r->u.index, dialect);
	} else if (op->kind == OP_ALTER_COLUMN) {
		r->u.alter.type = *ir_type_for(&op->u.alter.type, dialect);
		r->u.alter.type.variants = NULL;
		if (op->u.alter.default_value && op->u.alter.default_value->variants)
			r->u.alter.default_value = value_for(a, op->u.alter.default_value,
							     dialect);
	} else {	/* a block: every op of it, relinked */
		memset(&r->u.block.body, 0, sizeof(r->u.block.body));
		for (o = op->u.block.body.head; o; o = o->next) {
			struct op *k = ARENA_NEW(a, struct op);
			*k = *ir_op_for(a, o, dialect);
			k->next = NULL;
			ir_oplist_append(&r->u.block.body, k);
		}
	}
	return r;
}

static void type_variants(const struct type *t,
			  void (*f)(void *, const struct identlist *), void *ctx)
{
	const struct variant *v;

	for (v = t->variants; v; v = v->next)
		f(ctx, &v->dialects);
}

static void value_variants(const struct value *val,
			   void (*f)(void *, const struct identlist *), void *ctx)
{
	const struct variant *v;

	for (v = val ? val->variants : NULL; v; v = v->next)
		f(ctx, &v->dialects);
}

void ir_op_variants(const struct op *op, void (*f)(void *ctx, const struct identlist *l),
		    void *ctx)
{
	const struct column *c;
	const struct index_variant *iv;
	const struct op *o;

	if (!op_has_variants(op))
		return;
	if (op->kind == OP_CREATE_INDEX || op->kind == OP_DROP_INDEX) {
		for (iv = op->u.index.variants; iv; iv = iv->next)
			f(ctx, &iv->dialects);
	} else if (op->kind == OP_CREATE_TABLE) {
		for (c = op->u.table.columns; c; c = c->next) {
			type_variants(&c->type, f, ctx);
			value_variants(c->server_default, f, ctx);
		}
	} else if (op->kind == OP_ADD_COLUMN) {
		type_variants(&op->u.add_column.column.type, f, ctx);
		value_variants(op->u.add_column.column.server_default, f, ctx);
	} else if (op->kind == OP_ALTER_COLUMN) {
		if (op->u.alter.changes & ALTER_TYPE)
			type_variants(&op->u.alter.type, f, ctx);
		if (op->u.alter.changes & ALTER_SET_DEFAULT)
			value_variants(op->u.alter.default_value, f, ctx);
	} else {
		for (o = op->u.block.body.head; o; o = o->next)
			ir_op_variants(o, f, ctx);
	}
}

static long long identity_num(const char *s)
{
	return s ? strtoll(s, NULL, 10) : 1;
}

bool ir_identity_same(const struct identity *a, const struct identity *b)
{
	return a->kind == b->kind && identity_num(a->start) == identity_num(b->start) &&
	       identity_num(a->increment) == identity_num(b->increment);
}

bool ir_identlist_has(const struct identlist *l, const char *name)
{
	const struct ident *id;
	const char *a, *b;

	for (id = l->head; id; id = id->next) {
		for (a = id->name, b = name; *a && ascii_lower(*a) == ascii_lower(*b); a++, b++)
			;
		if (!*a && !*b)
			return true;
	}
	return false;
}

void ir_oplist_append(struct oplist *l, struct op *op)
{
	op->next = NULL;
	if (l->tail)
		l->tail->next = op;
	else
		l->head = op;
	l->tail = op;
	l->n++;
}

void ir_identlist_append(struct identlist *l, struct ident *id)
{
	id->next = NULL;
	if (l->tail)
		l->tail->next = id;
	else
		l->head = id;
	l->tail = id;
	l->n++;
}

void ir_valuelist_append(struct valuelist *l, struct value *v)
{
	v->next = NULL;
	if (l->tail)
		l->tail->next = v;
	else
		l->head = v;
	l->tail = v;
	l->n++;
}

struct op *ir_new_op(struct arena *a, enum op_kind k, struct span sp)
{
	struct op *op = ARENA_NEW(a, struct op);

	op->kind = k;
	op->span = sp;
	return op;
}

struct ident *ir_new_ident(struct arena *a, const char *name, struct span sp)
{
	struct ident *id = ARENA_NEW(a, struct ident);

	id->name = name;
	id->span = sp;
	return id;
}

struct value *ir_new_value(struct arena *a, enum value_kind k, const char *text,
			   struct span sp)
{
	struct value *v = ARENA_NEW(a, struct value);

	v->kind = k;
	v->text = text;
	v->span = sp;
	return v;
}

struct op *ir_new_schema(struct arena *a, enum op_kind k, struct span sp, struct ident name)
{
	struct op *op = ir_new_op(a, k, sp);

	op->u.schema.name = name;
	op->u.schema.name.next = NULL;
	return op;
}

struct op *ir_new_create_table(struct arena *a, struct span sp, struct qname name,
			       struct column *cols, struct constraint *cons,
			       const char *comment, struct kv *options)
{
	struct op *op = ir_new_op(a, OP_CREATE_TABLE, sp);
	struct column *c;
	struct constraint *k;

	op->u.table.name = name;
	op->u.table.columns = cols;
	for (c = cols; c; c = c->next)
		op->u.table.ncolumns++;
	op->u.table.constraints = cons;
	for (k = cons; k; k = k->next)
		op->u.table.nconstraints++;
	op->u.table.comment = comment;
	op->u.table.options = options;
	return op;
}

struct op *ir_new_drop_table(struct arena *a, struct span sp, struct qname t)
{
	struct op *op = ir_new_op(a, OP_DROP_TABLE, sp);

	op->u.target.table = t;
	return op;
}

struct op *ir_new_rename_table(struct arena *a, struct span sp, struct qname t,
			       struct ident new_name)
{
	struct op *op = ir_new_op(a, OP_RENAME_TABLE, sp);

	op->u.rename.table = t;
	op->u.rename.new_name = new_name;
	return op;
}

struct op *ir_new_add_column(struct arena *a, struct span sp, struct qname t,
			     struct column *col)
{
	struct op *op = ir_new_op(a, OP_ADD_COLUMN, sp);

	op->u.add_column.table = t;
	op->u.add_column.column = *col;
	op->u.add_column.column.next = NULL;
	return op;
}

struct op *ir_new_drop_column(struct arena *a, struct span sp, struct qname t,
			      struct ident col)
{
	struct op *op = ir_new_op(a, OP_DROP_COLUMN, sp);

	op->u.drop_column.table = t;
	op->u.drop_column.column = col;
	return op;
}

struct op *ir_new_alter_column(struct arena *a, struct span sp, struct qname t,
			       struct ident col)
{
	struct op *op = ir_new_op(a, OP_ALTER_COLUMN, sp);

	op->u.alter.table = t;
	op->u.alter.column = col;
	return op;
}

struct op *ir_new_create_index(struct arena *a, struct span sp, struct ident name,
			       struct qname t, struct index_elem *elems)
{
	struct op *op = ir_new_op(a, OP_CREATE_INDEX, sp);
	struct index_elem *e;

	op->u.index.name = name;
	op->u.index.table = t;
	op->u.index.elems = elems;
	for (e = elems; e; e = e->next)
		op->u.index.nelems++;
	return op;
}

struct op *ir_new_drop_index(struct arena *a, struct span sp, struct ident name,
			     struct qname t)
{
	struct op *op = ir_new_op(a, OP_DROP_INDEX, sp);

	op->u.index.name = name;
	op->u.index.table = t;
	return op;
}

struct op *ir_new_add_constraint(struct arena *a, enum op_kind kind, struct span sp,
				 struct qname t, const struct constraint *con)
{
	struct op *op = ir_new_op(a, kind, sp);

	op->u.constraint.table = t;
	op->u.constraint.con = *con;
	op->u.constraint.con.next = NULL;
	return op;
}

struct op *ir_new_drop_constraint(struct arena *a, struct span sp, struct ident name,
				  struct qname t)
{
	struct op *op = ir_new_op(a, OP_DROP_CONSTRAINT, sp);

	op->u.drop_constraint.name = name;
	op->u.drop_constraint.table = t;
	return op;
}

struct op *ir_new_table_comment(struct arena *a, struct span sp, struct qname t,
				const char *comment)
{
	struct op *op = ir_new_op(a, comment ? OP_CREATE_TABLE_COMMENT
					     : OP_DROP_TABLE_COMMENT, sp);

	op->u.target.table = t;
	op->u.target.comment = comment;
	return op;
}

struct op *ir_new_create_enum(struct arena *a, struct span sp, struct qname name,
			      struct valuelist values)
{
	struct op *op = ir_new_op(a, OP_CREATE_ENUM, sp);

	op->u.enumdef.name = name;
	op->u.enumdef.values = values;
	return op;
}

struct op *ir_new_drop_enum(struct arena *a, struct span sp, struct qname name)
{
	struct op *op = ir_new_op(a, OP_DROP_ENUM, sp);

	op->u.enumdef.name = name;
	return op;
}

struct op *ir_new_alter_enum(struct arena *a, struct span sp, const struct qname *name,
			     const struct qname *table, const struct ident *column,
			     enum enum_change change, const struct value *value,
			     enum enum_place place, const struct value *other)
{
	struct op *op = ir_new_op(a, OP_ALTER_ENUM, sp);

	if (table) {
		op->u.alter_enum.table = *table;
		op->u.alter_enum.column = *column;
		op->u.alter_enum.column.next = NULL;
	} else {
		op->u.alter_enum.name = *name;
	}
	op->u.alter_enum.change = change;
	op->u.alter_enum.value = value;
	op->u.alter_enum.place = place;
	op->u.alter_enum.other = other;
	return op;
}

struct op *ir_new_view(struct arena *a, enum op_kind k, struct span sp, struct qname name,
		       const char *sql, struct span sql_span, bool replace,
		       const struct qname *reads, size_t nreads, bool has_reads)
{
	struct op *op = ir_new_op(a, k, sp);

	op->u.view.name = name;
	op->u.view.sql = sql;
	op->u.view.sql_span = sql_span;
	op->u.view.replace = replace;
	op->u.view.reads = (struct qname *)reads;
	op->u.view.nreads = nreads;
	op->u.view.has_reads = has_reads;
	return op;
}

struct op *ir_new_trigger(struct arena *a, enum op_kind k, struct span sp, struct ident name,
			  struct qname table, const char *sql, struct span sql_span)
{
	struct op *op = ir_new_op(a, k, sp);

	op->u.trigger.name = name;
	op->u.trigger.name.next = NULL;
	op->u.trigger.table = table;
	op->u.trigger.sql = sql;
	op->u.trigger.sql_span = sql_span;
	return op;
}

struct op *ir_new_sequence(struct arena *a, enum op_kind k, struct span sp,
			   struct qname name)
{
	struct op *op = ir_new_op(a, k, sp);

	op->u.sequence.name = name;
	op->u.sequence.cycle = -1;
	return op;
}

struct op *ir_new_bulk_insert(struct arena *a, struct span sp, struct qname t,
			      struct identlist cols, struct insert_row *rows)
{
	struct op *op = ir_new_op(a, OP_BULK_INSERT, sp);
	struct insert_row *r;

	op->u.insert.table = t;
	op->u.insert.columns = cols;
	op->u.insert.rows = rows;
	for (r = rows; r; r = r->next)
		op->u.insert.nrows++;
	return op;
}

struct op *ir_new_execute(struct arena *a, struct span sp, struct identlist dialects,
			  struct value sql)
{
	struct op *op = ir_new_op(a, OP_EXECUTE, sp);

	op->u.execute.dialects = dialects;
	op->u.execute.sql = sql;
	return op;
}

struct op *ir_new_only(struct arena *a, struct span sp, struct identlist dialects,
		       struct oplist body)
{
	struct op *op = ir_new_op(a, OP_ONLY, sp);

	op->u.block.dialects = dialects;
	op->u.block.body = body;
	return op;
}

struct op *ir_new_when(struct arena *a, struct span sp, const char *xkey, const char *xvalue,
		       struct oplist body)
{
	struct op *op = ir_new_op(a, OP_WHEN, sp);

	op->u.block.xkey = xkey;
	op->u.block.xvalue = xvalue;
	op->u.block.body = body;
	return op;
}

struct op *ir_new_assume(struct arena *a, struct span sp, struct oplist body)
{
	struct op *op = ir_new_op(a, OP_ASSUME, sp);

	op->u.block.body = body;
	return op;
}

/* The table slot of an op, writable, so a batch can fill it in. */
static struct qname *op_table_slot(struct op *op)
{
	switch (op->kind) {
	case OP_CREATE_TABLE:
		return &op->u.table.name;
	case OP_DROP_TABLE:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
		return &op->u.target.table;
	case OP_RENAME_TABLE:
		return &op->u.rename.table;
	case OP_ADD_COLUMN:
		return &op->u.add_column.table;
	case OP_DROP_COLUMN:
		return &op->u.drop_column.table;
	case OP_ALTER_COLUMN:
		return &op->u.alter.table;
	case OP_CREATE_INDEX:
	case OP_DROP_INDEX:
		return &op->u.index.table;
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
		return &op->u.constraint.table;
	case OP_DROP_CONSTRAINT:
		return &op->u.drop_constraint.table;
	case OP_BULK_INSERT:
		return &op->u.insert.table;
	case OP_BATCH_ALTER_TABLE:
		return &op->u.block.table;
	case OP_ALTER_ENUM:	/* a column's enum: its table */
		return op->u.alter_enum.name.name ? NULL : &op->u.alter_enum.table;
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
		return &op->u.trigger.table;
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
		return NULL;
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
	case OP_EXECUTE:
	case OP_ONLY:
	case OP_ASSUME:
	case OP_WHEN:
		return NULL;
	}
	UNREACHABLE();
}

const char *ir_constraint_kind_name(enum constraint_kind k)
{
	switch (k) {
	case CON_PRIMARY_KEY:
		return "primary key";
	case CON_UNIQUE:
		return "unique constraint";
	case CON_FOREIGN_KEY:
		return "foreign key";
	case CON_CHECK:
		return "check constraint";
	case CON_EXCLUDE:
		return "exclusion constraint";
	}
	UNREACHABLE();
}

const struct qname *ir_op_table(const struct op *op)
{
	const struct qname *q = op_table_slot((struct op *)op);

	return q && q->name ? q : NULL;
}

struct op ir_op_without_table(const struct op *op)
{
	struct op copy = *op;
	struct qname *q = op_table_slot(&copy);

	if (q)
		*q = (struct qname){ 0 };
	return copy;
}

struct op *ir_new_batch(struct arena *a, struct span sp, struct qname t,
			struct oplist body)
{
	struct op *op = ir_new_op(a, OP_BATCH_ALTER_TABLE, sp);
	struct op *o;

	op->u.block.table = t;
	op->u.block.body = body;
	for (o = body.head; o; o = o->next) {
		struct qname *slot = op_table_slot(o);
		if (slot && !slot->name)
			*slot = t;
	}
	return op;
}

static bool value_same(const struct value *a, const struct value *b)
{
	return (a->text == NULL) == (b->text == NULL) && (!a->text || strcmp(a->text, b->text) == 0) &&
	       a->span.start == b->span.start && a->span.end == b->span.end;
}

static bool values_same(const struct valuelist *a, const struct valuelist *b)
{
	const struct value *x = a->head, *y = b->head;

	for (; x && y; x = x->next, y = y->next)
		if (!value_same(x, y))
			return false;
	return !x && !y;
}

static bool span_same(struct span a, struct span b)
{
	return a.start == b.start && a.end == b.end;
}

bool ir_header_same(const struct migfile *a, const struct migfile *b)
{
	const struct rev_header *x = &a->hdr, *y = &b->hdr;

	return value_same(&x->revision, &y->revision) && values_same(&x->down, &y->down) &&
	       x->has_revises == y->has_revises && value_same(&x->message, &y->message) &&
	       value_same(&x->created, &y->created) &&
	       values_same(&x->branch_labels, &y->branch_labels) &&
	       values_same(&x->depends_on, &y->depends_on) && x->transactional == y->transactional &&
	       span_same(x->transactional_span, y->transactional_span) &&
	       a->has_upgrade == b->has_upgrade && a->has_downgrade == b->has_downgrade &&
	       span_same(a->upgrade_span, b->upgrade_span) &&
	       span_same(a->downgrade_span, b->downgrade_span);
}
