/* Migration-language text from the IR.  The inverse of the grammar for the
 * ops a schema or a generated revision holds: what it prints parses back
 * to the same ops, so generated files read like hand-written ones. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "irwrite.h"
#include "parse.h"
#include "util.h"

/* The keywords the grammar does not take as names (parser.y's list minus
 * unreserved_keyword): a name spelled like one needs quotes. */
static const char *const reserved[] = {
	"check", "constraint", "default", "deferrable", "exclude", "false", "foreign",
	"initially", "not", "null", "on", "primary", "references", "to", "true", "unique",
	"using", "where", "with"
};

static bool plain_ident(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') ||
			s[0] == '_'))
		return false;
	for (i = 1; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '$'))
			return false;
	if (!parse_is_keyword(s, n))
		return true;
	for (i = 0; i < sizeof(reserved) / sizeof(reserved[0]); i++)
		if (strcasecmp(reserved[i], s) == 0)
			return false;
	return true;
}

static void quoted(struct sbuf *out, const char *s, char q)
{
	sbuf_addc(out, q);
	for (; *s; s++) {
		if (*s == q)
			sbuf_addc(out, q);
		sbuf_addc(out, *s);
	}
	sbuf_addc(out, q);
}

void irwrite_ident(struct sbuf *out, const char *name)
{
	if (plain_ident(name))
		sbuf_adds(out, name);
	else
		quoted(out, name, '"');
}

void irwrite_qname(struct sbuf *out, const struct qname *q)
{
	if (q->schema) {
		irwrite_ident(out, q->schema);
		sbuf_addc(out, '.');
	}
	irwrite_ident(out, q->name);
}

void irwrite_string(struct sbuf *out, const char *s)
{
	quoted(out, s, '\'');
}

static void idents(struct sbuf *out, const struct identlist *l)
{
	const struct ident *id;

	sbuf_addc(out, '(');
	for (id = l->head; id; id = id->next) {
		irwrite_ident(out, id->name);
		if (id->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
}

static void strings(struct sbuf *out, const struct valuelist *l)
{
	const struct value *v;

	sbuf_addc(out, '(');
	for (v = l->head; v; v = v->next) {
		irwrite_string(out, v->text);
		if (v->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
}

static void one_type(struct sbuf *out, const struct type *t);
static void one_value(struct sbuf *out, const struct value *v);

/* " | a, b: X" for each variant */
static void variants(struct sbuf *out, const struct variant *v)
{
	const struct ident *id;

	for (; v; v = v->next) {
		sbuf_adds(out, " | ");
		for (id = v->dialects.head; id; id = id->next) {
			irwrite_ident(out, id->name);
			sbuf_adds(out, id->next ? ", " : ": ");
		}
		if (v->type)
			one_type(out, v->type);
		else
			one_value(out, v->value);
	}
}

void irwrite_type(struct sbuf *out, const struct type *t)
{
	one_type(out, t);
	variants(out, t->variants);
}

void irwrite_value(struct sbuf *out, const struct value *v)
{
	one_value(out, v);
	variants(out, v->variants);
}

static void one_type(struct sbuf *out, const struct type *t)
{
	sbuf_adds(out, ir_type_name(t->kind));
	switch (t->kind) {
	case TY_NUMERIC:
		if (t->precision >= 0) {
			sbuf_addf(out, "(%d", t->precision);
			if (t->scale != TYPE_NO_SCALE)
				sbuf_addf(out, ", %d", t->scale);
			sbuf_addc(out, ')');
		}
		break;
	case TY_STRING:
	case TY_CHAR:
	case TY_UNICODE:
		if (t->length >= 0)
			sbuf_addf(out, "(%ld)", t->length);
		break;
	case TY_ENUM:
		sbuf_addc(out, ' ');
		if (t->enum_name.name)
			irwrite_qname(out, &t->enum_name);
		else
			strings(out, &t->enum_values);
		break;
	case TY_RAW:
		sbuf_addc(out, ' ');
		irwrite_string(out, t->raw);
		break;
	case TY_INTEGER: case TY_BIGINT: case TY_SMALLINT: case TY_BOOLEAN: case TY_FLOAT:
	case TY_DOUBLE: case TY_TEXT: case TY_UNICODE_TEXT: case TY_DATE: case TY_TIME:
	case TY_DATETIME: case TY_TIMESTAMPTZ: case TY_INTERVAL: case TY_BINARY: case TY_JSON:
	case TY_JSONB: case TY_UUID:
		break;
	}
}

static void one_value(struct sbuf *out, const struct value *v)
{
	switch (v->kind) {
	case VAL_NULL:
		sbuf_adds(out, "null");
		break;
	case VAL_TRUE:
		sbuf_adds(out, "true");
		break;
	case VAL_FALSE:
		sbuf_adds(out, "false");
		break;
	case VAL_NUMBER:
		sbuf_adds(out, v->text);
		break;
	case VAL_STRING:
		irwrite_string(out, v->text);
		break;
	case VAL_SQL:
		sbuf_adds(out, "sql ");
		irwrite_string(out, v->text);
		break;
	}
}

static const char *action_name(enum fk_action a)
{
	switch (a) {
	case FK_ACTION_UNSET: return NULL;
	case FK_ACTION_NO_ACTION: return "no action";
	case FK_ACTION_RESTRICT: return "restrict";
	case FK_ACTION_CASCADE: return "cascade";
	case FK_ACTION_SET_NULL: return "set null";
	case FK_ACTION_SET_DEFAULT: return "set default";
	}
	UNREACHABLE();
}

static void deferral(struct sbuf *out, int deferrable, enum fk_initially initially)
{
	if (deferrable == 1)
		sbuf_adds(out, " deferrable");
	if (initially == FK_INITIALLY_DEFERRED)
		sbuf_adds(out, " initially deferred");
	else if (initially == FK_INITIALLY_IMMEDIATE)
		sbuf_adds(out, " initially immediate");
}

static void fk_tail(struct sbuf *out, const struct fkref *r)
{
	sbuf_adds(out, " references ");
	irwrite_qname(out, &r->table);
	if (r->columns.n) {
		sbuf_addc(out, ' ');
		idents(out, &r->columns);
	}
	if (action_name(r->on_delete))
		sbuf_addf(out, " on delete %s", action_name(r->on_delete));
	if (action_name(r->on_update))
		sbuf_addf(out, " on update %s", action_name(r->on_update));
	deferral(out, r->deferrable, r->initially);
}

static void exclusion(struct sbuf *out, const struct constraint *c)
{
	const struct exclude_elem *x;

	sbuf_adds(out, "using ");
	irwrite_ident(out, c->using_method ? c->using_method : "gist");
	sbuf_adds(out, " (");
	for (x = c->elems; x; x = x->next) {
		if (x->column.name) {
			irwrite_ident(out, x->column.name);
		} else {
			sbuf_adds(out, "sql ");
			irwrite_string(out, x->expr);
		}
		sbuf_adds(out, " with ");
		irwrite_string(out, x->op);
		if (x->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
	if (c->where) {
		sbuf_adds(out, " where ");
		irwrite_string(out, c->where);
	}
}

/* A constraint's body after its name: as create_table lists it. */
static void constraint_body(struct sbuf *out, const struct constraint *c)
{
	switch (c->kind) {
	case CON_PRIMARY_KEY:
		sbuf_adds(out, "primary key ");
		idents(out, &c->columns);
		deferral(out, c->deferrable, c->initially);
		break;
	case CON_UNIQUE:
		sbuf_adds(out, "unique ");
		idents(out, &c->columns);
		deferral(out, c->deferrable, c->initially);
		break;
	case CON_FOREIGN_KEY:
		sbuf_adds(out, "foreign key ");
		idents(out, &c->columns);
		fk_tail(out, &c->ref);
		break;
	case CON_CHECK:
		sbuf_adds(out, "check ");
		irwrite_string(out, c->check);
		break;
	case CON_EXCLUDE:
		sbuf_adds(out, "exclude ");
		exclusion(out, c);
		break;
	}
}

void irwrite_identity(struct sbuf *out, const struct identity *id)
{
	sbuf_adds(out, id->kind == IDENTITY_ALWAYS ? "identity always" : "identity");
	if (id->start || id->increment)
		sbuf_adds(out, " (");
	if (id->start)
		sbuf_addf(out, "start %s", id->start);
	if (id->start && id->increment)
		sbuf_adds(out, ", ");
	if (id->increment)
		sbuf_addf(out, "increment %s", id->increment);
	if (id->start || id->increment)
		sbuf_addc(out, ')');
}

static void column_def(struct sbuf *out, const struct column *c)
{
	irwrite_ident(out, c->name.name);
	sbuf_addc(out, ' ');
	irwrite_type(out, &c->type);
	if (c->nullable == NULLABLE_NO)
		sbuf_adds(out, " not null");
	if (c->primary_key)
		sbuf_adds(out, " primary key");
	if (c->identity.kind != IDENTITY_NONE) {
		sbuf_addc(out, ' ');
		irwrite_identity(out, &c->identity);
	} else if (c->autoincrement) {
		sbuf_adds(out, " autoincrement");
	}
	if (c->autoincrement && c->sequence && c->identity.kind == IDENTITY_NONE) {
		sbuf_adds(out, " sequence ");
		irwrite_ident(out, c->sequence);
	}
	if (c->unique)
		sbuf_adds(out, " unique");
	if (c->enum_check) {
		sbuf_adds(out, " constraint ");
		irwrite_ident(out, c->enum_check);
	}
	if (c->enum_no_check)
		sbuf_adds(out, " no check");
	if (c->server_default) {
		sbuf_adds(out, " default ");
		irwrite_value(out, c->server_default);
	}
	if (c->comment) {
		sbuf_adds(out, " comment ");
		irwrite_string(out, c->comment);
	}
	if (c->references)
		fk_tail(out, c->references);
}

static void tabs(struct sbuf *out, int n)
{
	while (n-- > 0)
		sbuf_addc(out, '\t');
}

static void create_table(struct sbuf *out, const struct op *op, int indent)
{
	const struct column *c;
	const struct constraint *k;
	const struct kv *kv;

	sbuf_adds(out, "create_table ");
	irwrite_qname(out, &op->u.table.name);
	sbuf_adds(out, " (\n");
	for (c = op->u.table.columns; c; c = c->next) {
		tabs(out, indent + 1);
		column_def(out, c);
		sbuf_adds(out, c->next || op->u.table.constraints ? ",\n" : "\n");
	}
	for (k = op->u.table.constraints; k; k = k->next) {
		tabs(out, indent + 1);
		if (k->name.name) {
			sbuf_adds(out, "constraint ");
			irwrite_ident(out, k->name.name);
			sbuf_addc(out, ' ');
		}
		constraint_body(out, k);
		sbuf_adds(out, k->next ? ",\n" : "\n");
	}
	tabs(out, indent);
	sbuf_addc(out, ')');
	if (op->u.table.comment) {
		sbuf_adds(out, " comment ");
		irwrite_string(out, op->u.table.comment);
	}
	if (op->u.table.options) {
		sbuf_adds(out, " with (");
		for (kv = op->u.table.options; kv; kv = kv->next) {
			irwrite_ident(out, kv->key.name);
			sbuf_addc(out, ' ');
			irwrite_value(out, &kv->val);
			if (kv->next)
				sbuf_adds(out, ", ");
		}
		sbuf_addc(out, ')');
	}
}

/* " on TABLE", or nothing inside a batch (where the op has no table). */
static void on_table(struct sbuf *out, const struct qname *t)
{
	if (!t->name)
		return;
	sbuf_adds(out, " on ");
	irwrite_qname(out, t);
}

/* "TABLE ", or nothing inside a batch. */
static void table_first(struct sbuf *out, const struct qname *t)
{
	if (!t->name)
		return;
	irwrite_qname(out, t);
	sbuf_addc(out, ' ');
}

static void alter_column(struct sbuf *out, const struct op *op)
{
	unsigned ch = op->u.alter.changes;

	sbuf_adds(out, "alter_column ");
	table_first(out, &op->u.alter.table);
	irwrite_ident(out, op->u.alter.column.name);
	if (ch & ALTER_TYPE) {
		sbuf_adds(out, " type ");
		irwrite_type(out, &op->u.alter.type);
		if (op->u.alter.using_expr) {
			sbuf_adds(out, " using ");
			irwrite_string(out, op->u.alter.using_expr);
		}
	}
	if (ch & ALTER_SET_NOT_NULL)
		sbuf_adds(out, " set not null");
	if (ch & ALTER_DROP_NOT_NULL)
		sbuf_adds(out, " drop not null");
	if (ch & ALTER_SET_DEFAULT) {
		sbuf_adds(out, " set default ");
		irwrite_value(out, op->u.alter.default_value);
	}
	if (ch & ALTER_DROP_DEFAULT)
		sbuf_adds(out, " drop default");
	if (ch & ALTER_DROP_IDENTITY)
		sbuf_adds(out, " drop identity");
	if (ch & ALTER_SET_IDENTITY) {
		sbuf_adds(out, " set ");
		irwrite_identity(out, &op->u.alter.identity);
	}
	if (ch & ALTER_COMMENT) {
		sbuf_adds(out, " comment ");
		if (op->u.alter.comment)
			irwrite_string(out, op->u.alter.comment);
		else
			sbuf_adds(out, "null");
	}
	if (ch & ALTER_RENAME) {
		sbuf_adds(out, " rename to ");
		irwrite_ident(out, op->u.alter.new_name.name);
	}
}

static void index_colopts(struct sbuf *out, const char *word, const struct index_colopt *c)
{
	sbuf_adds(out, word);
	sbuf_adds(out, " (");
	for (; c; c = c->next) {
		irwrite_ident(out, c->column.name);
		sbuf_addc(out, ' ');
		if (isdigit((unsigned char)*c->text))
			sbuf_adds(out, c->text);
		else
			irwrite_ident(out, c->text);
		if (c->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
}

static void index_include(struct sbuf *out, const struct identlist *l)
{
	const struct ident *id;

	sbuf_adds(out, "include (");
	for (id = l->head; id; id = id->next) {
		irwrite_ident(out, id->name);
		if (id->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
}

/* include, ops and length, then the options of some dialects only */
static void index_options(struct sbuf *out, const struct index_def *ix)
{
	const struct index_variant *v;
	const struct ident *id;

	if (ix->include.n) {
		sbuf_addc(out, ' ');
		index_include(out, &ix->include);
	}
	if (ix->ops) {
		sbuf_addc(out, ' ');
		index_colopts(out, "ops", ix->ops);
	}
	if (ix->lengths) {
		sbuf_addc(out, ' ');
		index_colopts(out, "length", ix->lengths);
	}
	for (v = ix->variants; v; v = v->next) {
		sbuf_addc(out, ' ');
		for (id = v->dialects.head; id; id = id->next) {
			irwrite_ident(out, id->name);
			sbuf_adds(out, id->next ? ", " : ": ");
		}
		switch (v->kind) {
		case INDEXOPT_UNIQUE:
			sbuf_adds(out, "unique");
			break;
		case INDEXOPT_WHERE:
			sbuf_adds(out, "where ");
			irwrite_string(out, v->text);
			break;
		case INDEXOPT_USING:
			sbuf_adds(out, "using ");
			irwrite_ident(out, v->text);
			break;
		case INDEXOPT_CONCURRENTLY:
			sbuf_adds(out, "concurrently");
			break;
		case INDEXOPT_INCLUDE:
			index_include(out, &v->include);
			break;
		case INDEXOPT_OPS:
			index_colopts(out, "ops", v->cols);
			break;
		case INDEXOPT_LENGTH:
			index_colopts(out, "length", v->cols);
			break;
		}
	}
}

static void create_index(struct sbuf *out, const struct index_def *ix)
{
	const struct index_elem *e;

	sbuf_adds(out, "create_index ");
	irwrite_ident(out, ix->name.name);
	on_table(out, &ix->table);
	sbuf_adds(out, " (");
	for (e = ix->elems; e; e = e->next) {
		if (e->column.name) {
			irwrite_ident(out, e->column.name);
		} else {
			sbuf_adds(out, "sql ");
			irwrite_string(out, e->expr);
		}
		if (e->order == SORT_ASC)
			sbuf_adds(out, " asc");
		else if (e->order == SORT_DESC)
			sbuf_adds(out, " desc");
		if (e->nulls == NULLS_FIRST)
			sbuf_adds(out, " nulls first");
		else if (e->nulls == NULLS_LAST)
			sbuf_adds(out, " nulls last");
		if (e->next)
			sbuf_adds(out, ", ");
	}
	sbuf_addc(out, ')');
	if (ix->unique)
		sbuf_adds(out, " unique");
	if (ix->where) {
		sbuf_adds(out, " where ");
		irwrite_string(out, ix->where);
	}
	if (ix->using_method) {
		sbuf_adds(out, " using ");
		irwrite_ident(out, ix->using_method);
	}
	if (ix->concurrently)
		sbuf_adds(out, " concurrently");
	index_options(out, ix);
}

static const char *kind_word(enum constraint_kind k)
{
	switch (k) {
	case CON_PRIMARY_KEY: return "primary_key";
	case CON_UNIQUE: return "unique";
	case CON_FOREIGN_KEY: return "foreign_key";
	case CON_CHECK: return "check";
	case CON_EXCLUDE: return "exclude";
	}
	UNREACHABLE();
}

static void sequence(struct sbuf *out, const struct op *op)
{
	sbuf_adds(out, ir_op_name(op->kind));
	sbuf_addc(out, ' ');
	irwrite_qname(out, &op->u.sequence.name);
	if (op->kind == OP_DROP_SEQUENCE)
		return;
	if (op->u.sequence.start)
		sbuf_addf(out, " start %s", op->u.sequence.start);
	if (op->u.sequence.increment)
		sbuf_addf(out, " increment %s", op->u.sequence.increment);
	if (op->u.sequence.minvalue)
		sbuf_addf(out, " minvalue %s", op->u.sequence.minvalue);
	if (op->u.sequence.maxvalue)
		sbuf_addf(out, " maxvalue %s", op->u.sequence.maxvalue);
	if (op->u.sequence.cache)
		sbuf_addf(out, " cache %s", op->u.sequence.cache);
	if (op->u.sequence.cycle == 1)
		sbuf_adds(out, " cycle");
	else if (op->u.sequence.cycle == 0)
		sbuf_adds(out, " no cycle");
}

static void alter_enum(struct sbuf *out, const struct op *op)
{
	const char *what = op->u.alter_enum.change == ENUM_ADD_VALUE	  ? " add value "
			   : op->u.alter_enum.change == ENUM_RENAME_VALUE ? " rename value "
									  : " drop value ";

	sbuf_adds(out, "alter_enum ");
	if (op->u.alter_enum.name.name) {
		irwrite_qname(out, &op->u.alter_enum.name);
	} else {
		sbuf_adds(out, "on ");
		irwrite_qname(out, &op->u.alter_enum.table);
		sbuf_adds(out, " (");
		irwrite_ident(out, op->u.alter_enum.column.name);
		sbuf_addc(out, ')');
	}
	sbuf_adds(out, what);
	irwrite_string(out, op->u.alter_enum.value->text);
	if (op->u.alter_enum.other) {
		sbuf_adds(out, op->u.alter_enum.change == ENUM_RENAME_VALUE ? " to "
			       : op->u.alter_enum.place == ENUM_BEFORE	    ? " before "
									    : " after ");
		irwrite_string(out, op->u.alter_enum.other->text);
	}
}

static void view_trigger(struct sbuf *out, const struct op *op)
{
	size_t i;

	sbuf_adds(out, ir_op_name(op->kind));
	sbuf_addc(out, ' ');
	if (op->kind == OP_CREATE_VIEW || op->kind == OP_DROP_VIEW) {
		irwrite_qname(out, &op->u.view.name);
		if (op->kind == OP_DROP_VIEW)
			return;
		sbuf_adds(out, " as ");
		irwrite_string(out, op->u.view.sql);
		if (op->u.view.replace)
			sbuf_adds(out, " or replace");
		for (i = 0; op->u.view.has_reads && i < op->u.view.nreads; i++) {
			sbuf_adds(out, i ? ", " : " reads (");
			irwrite_qname(out, &op->u.view.reads[i]);
		}
		if (op->u.view.has_reads)
			sbuf_adds(out, op->u.view.nreads ? ")" : " reads ()");
		return;
	}
	irwrite_ident(out, op->u.trigger.name.name);
	on_table(out, &op->u.trigger.table);
	if (op->kind == OP_CREATE_TRIGGER) {
		sbuf_adds(out, " as ");
		irwrite_string(out, op->u.trigger.sql);
	}
}

void irwrite_op(struct sbuf *out, const struct op *op, int indent)
{
	const struct insert_row *r;

	tabs(out, indent);
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
		sbuf_adds(out, ir_op_name(op->kind));
		sbuf_addc(out, ' ');
		irwrite_ident(out, op->u.schema.name.name);
		break;
	case OP_CREATE_TABLE:
		create_table(out, op, indent);
		break;
	case OP_DROP_TABLE:
		sbuf_adds(out, "drop_table ");
		irwrite_qname(out, &op->u.target.table);
		break;
	case OP_RENAME_TABLE:
		sbuf_adds(out, "rename_table ");
		irwrite_qname(out, &op->u.rename.table);
		sbuf_adds(out, " to ");
		irwrite_ident(out, op->u.rename.new_name.name);
		break;
	case OP_ADD_COLUMN:
		sbuf_adds(out, "add_column ");
		table_first(out, &op->u.add_column.table);
		column_def(out, &op->u.add_column.column);
		break;
	case OP_DROP_COLUMN:
		sbuf_adds(out, "drop_column ");
		table_first(out, &op->u.drop_column.table);
		irwrite_ident(out, op->u.drop_column.column.name);
		break;
	case OP_ALTER_COLUMN:
		alter_column(out, op);
		break;
	case OP_CREATE_INDEX:
		create_index(out, &op->u.index);
		break;
	case OP_DROP_INDEX:
		sbuf_adds(out, "drop_index ");
		if (!op->u.index.table.name && op->u.index.table.schema) {
			irwrite_ident(out, op->u.index.table.schema);	/* drop_index audit.ix */
			sbuf_addc(out, '.');
		}
		irwrite_ident(out, op->u.index.name.name);
		on_table(out, &op->u.index.table);
		if (op->u.index.concurrently)
			sbuf_adds(out, " concurrently");
		index_options(out, &op->u.index);	/* postgresql: concurrently */
		break;
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT: {
		const struct constraint *c = &op->u.constraint.con;
		sbuf_adds(out, ir_op_name(op->kind));
		sbuf_addc(out, ' ');
		irwrite_ident(out, c->name.name);
		on_table(out, &op->u.constraint.table);
		sbuf_addc(out, ' ');
		if (c->kind == CON_EXCLUDE)
			exclusion(out, c);
		else if (c->kind == CON_CHECK)
			constraint_body(out, c);
		else {
			idents(out, &c->columns);
			if (c->kind == CON_FOREIGN_KEY)
				fk_tail(out, &c->ref);
			else
				deferral(out, c->deferrable, c->initially);
		}
		break;
	}
	case OP_DROP_CONSTRAINT:
		sbuf_adds(out, "drop_constraint ");
		irwrite_ident(out, op->u.drop_constraint.name.name);
		on_table(out, &op->u.drop_constraint.table);
		if (op->u.drop_constraint.has_kind)
			sbuf_addf(out, " type %s", kind_word(op->u.drop_constraint.kind));
		break;
	case OP_CREATE_TABLE_COMMENT:
		sbuf_adds(out, "create_table_comment ");
		irwrite_qname(out, &op->u.target.table);
		sbuf_addc(out, ' ');
		irwrite_string(out, op->u.target.comment);
		break;
	case OP_DROP_TABLE_COMMENT:
		sbuf_adds(out, "drop_table_comment ");
		irwrite_qname(out, &op->u.target.table);
		break;
	case OP_CREATE_ENUM:
		sbuf_adds(out, "create_enum ");
		irwrite_qname(out, &op->u.enumdef.name);
		sbuf_addc(out, ' ');
		strings(out, &op->u.enumdef.values);
		break;
	case OP_DROP_ENUM:
		sbuf_adds(out, "drop_enum ");
		irwrite_qname(out, &op->u.enumdef.name);
		break;
	case OP_ALTER_ENUM:
		alter_enum(out, op);
		break;
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
		view_trigger(out, op);
		break;
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
		sequence(out, op);
		break;
	case OP_BULK_INSERT:
		sbuf_adds(out, "bulk_insert ");
		irwrite_qname(out, &op->u.insert.table);
		sbuf_addc(out, ' ');
		idents(out, &op->u.insert.columns);
		sbuf_adds(out, " values");
		for (r = op->u.insert.rows; r; r = r->next) {
			const struct value *v;
			sbuf_addc(out, '\n');
			tabs(out, indent + 1);
			sbuf_addc(out, '(');
			for (v = r->values.head; v; v = v->next) {
				irwrite_value(out, v);
				if (v->next)
					sbuf_adds(out, ", ");
			}
			sbuf_adds(out, r->next ? ")," : ")");
		}
		break;
	case OP_EXECUTE:
		sbuf_adds(out, "execute ");
		if (op->u.execute.dialects.n) {
			const struct ident *id;
			for (id = op->u.execute.dialects.head; id; id = id->next) {
				irwrite_ident(out, id->name);
				sbuf_adds(out, id->next ? ", " : " ");
			}
		}
		irwrite_string(out, op->u.execute.sql.text);
		break;
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:
		sbuf_adds(out, ir_op_name(op->kind));
		if (op->kind == OP_WHEN) {
			sbuf_adds(out, " x.");
			irwrite_ident(out, op->u.block.xkey);
			sbuf_adds(out, " = ");
			irwrite_string(out, op->u.block.xvalue);
		} else if (op->kind == OP_ONLY) {
			const struct ident *id;
			sbuf_addc(out, ' ');
			for (id = op->u.block.dialects.head; id; id = id->next) {
				irwrite_ident(out, id->name);
				if (id->next)
					sbuf_adds(out, ", ");
			}
		} else if (op->kind == OP_BATCH_ALTER_TABLE) {
			sbuf_addc(out, ' ');
			irwrite_qname(out, &op->u.block.table);
			if (op->u.block.recreate)
				sbuf_adds(out, " recreate");
		}
		sbuf_adds(out, " {\n");
		if (op->kind == OP_BATCH_ALTER_TABLE) {
			const struct op *o;
			for (o = op->u.block.body.head; o; o = o->next) {
				struct op bare = ir_op_without_table(o);
				irwrite_op(out, &bare, indent + 1);
			}
		} else {
			irwrite_ops(out, &op->u.block.body, indent + 1);
		}
		tabs(out, indent);
		sbuf_adds(out, "}\n");
		return;
	}
	sbuf_adds(out, ";\n");
}

void irwrite_ops(struct sbuf *out, const struct oplist *ops, int indent)
{
	const struct op *op;

	for (op = ops->head; op; op = op->next)
		irwrite_op(out, op, indent);
}
