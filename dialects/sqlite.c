/* SQLite 3.35 and later.  Its ALTER TABLE adds, drops and renames columns
 * and renames tables; every other change to a table (a type, nullability,
 * a default, a constraint, a column ADD COLUMN cannot take) becomes the
 * move-and-copy of sqlite.org's "Making Other Kinds Of Table Schema
 * Changes": a new table built from the schema model as the op leaves it,
 * the rows copied, the old table dropped, the new one renamed, its indexes
 * made again.  Foreign keys are switched off around each transaction, as
 * that procedure needs.  There are no comments (they become SQL comments),
 * no enum types (a CHECK, as SQLAlchemy's non-native Enum), no sequences
 * and no schemas. */
#include "dialect.h"
#include "arena.h"
#include "sbuf.h"
#include "schema.h"
#include "sqlscan.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* SQLite's keywords (sqlite.org/lang_keywords.html): quoted as names,
 * whether or not its parser would take them bare.  Sorted, lower case. */
static const char *const sqlite_reserved[] = {
	"abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as",
	"asc", "attach", "autoincrement", "before", "begin", "between", "by", "cascade",
	"case", "cast", "check", "collate", "column", "commit", "conflict", "constraint",
	"create", "cross", "current", "current_date", "current_time", "current_timestamp",
	"database", "default", "deferrable", "deferred", "delete", "desc", "detach",
	"distinct", "do", "drop", "each", "else", "end", "escape", "except", "exclude",
	"exclusive", "exists", "explain", "fail", "filter", "first", "following", "for",
	"foreign", "from", "full", "generated", "glob", "group", "groups", "having", "if",
	"ignore", "immediate", "in", "index", "indexed", "initially", "inner", "insert",
	"instead", "intersect", "into", "is", "isnull", "join", "key", "last", "left",
	"like", "limit", "match", "materialized", "natural", "no", "not", "nothing",
	"notnull", "null", "nulls", "of", "offset", "on", "or", "order", "others", "outer",
	"over", "partition", "plan", "pragma", "preceding", "primary", "query", "raise",
	"range", "recursive", "references", "regexp", "reindex", "release", "rename",
	"replace", "restrict", "returning", "right", "rollback", "row", "rows", "savepoint",
	"select", "set", "table", "temp", "temporary", "then", "ties", "to", "transaction",
	"trigger", "unbounded", "union", "unique", "update", "using", "vacuum", "values",
	"view", "virtual", "when", "where", "window", "with", "without",
};

/* The core and date functions a default may call (sqlite.org's
 * lang_corefunc and lang_datefunc): a default calling anything else is
 * accepted by CREATE TABLE and fails at the first INSERT that needs it, so
 * it is refused here instead.  Sorted, lower case. */
static const char *const sqlite_functions[] = {
	"abs", "char", "coalesce", "concat", "concat_ws", "date", "datetime", "format",
	"glob", "hex", "ifnull", "iif", "instr", "julianday", "length", "like", "lower",
	"ltrim", "max", "min", "nullif", "printf", "quote", "random", "randomblob",
	"replace", "round", "rtrim", "sign", "soundex", "strftime", "substr", "substring",
	"time", "trim", "typeof", "unhex", "unicode", "unixepoch", "upper", "zeroblob",
};

/* ---- types ---- */

static void length_type(struct sbuf *out, const char *name, long length)
{
	sbuf_adds(out, name);
	if (length >= 0) {
		sbuf_addc(out, '(');
		sbuf_addnum(out, length);
		sbuf_addc(out, ')');
	}
}

/* SQLAlchemy's spellings for SQLite: the names give each column its type
 * affinity, and the same names come back from the catalog. */
static bool sqlite_type_sql(struct emitter *e, const struct type *t, struct sbuf *out)
{
	switch (t->kind) {
	case TY_INTEGER:
		sbuf_adds(out, "INTEGER");
		return true;
	case TY_BIGINT:
		sbuf_adds(out, "BIGINT");
		return true;
	case TY_SMALLINT:
		sbuf_adds(out, "SMALLINT");
		return true;
	case TY_BOOLEAN:
		sbuf_adds(out, "BOOLEAN");
		return true;
	case TY_FLOAT:
		sbuf_adds(out, "FLOAT");
		return true;
	case TY_DOUBLE:
		sbuf_adds(out, "DOUBLE");
		return true;
	case TY_NUMERIC:
		dialect_numeric_sql(out, t);
		return true;
	case TY_STRING:
	case TY_UNICODE:
		length_type(out, "VARCHAR", t->length);
		return true;
	case TY_CHAR:
		length_type(out, "CHAR", t->length);
		return true;
	case TY_TEXT:
	case TY_UNICODE_TEXT:
		sbuf_adds(out, "TEXT");
		return true;
	case TY_DATE:
		sbuf_adds(out, "DATE");
		return true;
	case TY_TIME:
		sbuf_adds(out, "TIME");
		return true;
	case TY_DATETIME:
	case TY_TIMESTAMPTZ:
	case TY_INTERVAL:	/* SQLAlchemy's Interval: a datetime past the epoch */
		sbuf_adds(out, "DATETIME");
		return true;
	case TY_BINARY:
		sbuf_adds(out, "BLOB");
		return true;
	case TY_JSON:
	case TY_JSONB:
		sbuf_adds(out, "JSON");
		return true;
	case TY_UUID:
		sbuf_adds(out, "CHAR(32)");	/* SQLAlchemy's Uuid: 32 hex digits */
		return true;
	case TY_ENUM:
		if (t->enum_name.name) {	/* dialect_resolve_enum found no values */
			if (!e->model)	/* else the model said the enum is unknown */
				diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
					   "enum '%s' is not known here, so %s cannot spell it",
					   t->enum_name.name, e->d->rules.name);
			return false;
		}
		length_type(out, "VARCHAR", (long)dialect_enum_length(t));
		return true;
	case TY_RAW:
		dialect_add_sql(e->d, out, t->raw);
		return true;
	}
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
		   "type '%s' is not supported by %s", ir_type_name(t->kind), e->d->rules.name);
	return false;
}

/* An autoincrement key is SQLite's rowid: its declared type must be
 * exactly INTEGER, whatever integer type the migration gave it. */
static bool sqlite_column_type_sql(struct emitter *e, const struct column *c, struct sbuf *out)
{
	if (!c->autoincrement)
		return sqlite_type_sql(e, &c->type, out);
	if (c->type.kind != TY_INTEGER && c->type.kind != TY_BIGINT &&
	    c->type.kind != TY_SMALLINT) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, c->type.span,
			   "%s on type '%s' is not supported by %s",
			   c->identity.kind ? "identity" : "autoincrement", ir_type_name(c->type.kind), e->d->rules.name);
		return false;
	}
	sbuf_adds(out, "INTEGER");
	return true;
}

/* ---- defaults ---- */

/* The first function the SQL calls that SQLite does not have, or NULL:
 * a word the next token of which is '('. */
static const char *unknown_function(struct emitter *e, const char *s, size_t n)
{
	struct sqlscan sc;
	struct sqltok t, next;

	sqlscan_init(&sc, &e->d->rules.sql, s, n);
	if (!sqlscan_next(&sc, &t))
		return NULL;
	for (; sqlscan_next(&sc, &next); t = next)
		if (t.kind == SQLTOK_WORD && sqltok_punct(s, &next, '(') &&
		    !util_word_in(sqlite_functions, ARRAY_LEN(sqlite_functions), s + t.start,
				     t.len))
			return arena_strndup(e->arena, s + t.start, t.len);
	return NULL;
}

static bool sqlite_default_sql(struct emitter *e, const struct value *v, const struct type *t)
{
	const char *s, *fn;
	size_t n;

	(void)t;
	if (v->kind != VAL_SQL) {
		emit_value(e, v);
		return true;
	}
	for (s = v->text; *s == ' ' || *s == '\t' || *s == '\n'; s++)
		;
	for (n = strlen(s); n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n'); n--)
		;
	switch (dialect_sql_now(v->text)) {
	case DIALECT_NOW:
		emit_raw(e, "CURRENT_TIMESTAMP");
		return true;
	case DIALECT_TODAY:
		emit_raw(e, "CURRENT_DATE");
		return true;
	case DIALECT_TIME_NOW:
		emit_raw(e, "CURRENT_TIME");
		return true;
	case DIALECT_NOT_NOW:
		break;
	}
	if ((fn = unknown_function(e, s, n)) != NULL) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, v->span,
			   "%s has no function '%s': this default would fail at the first "
			   "insert that needs it", e->d->rules.name, fn);
		return false;
	}
	emit_raw(e, "(");
	emit_sql(e, v->text);
	emit_raw(e, ")");
	return true;
}

/* ---- comments: SQL comments, for the reader ---- */

static void sqlite_comment(struct emitter *e, const struct qname *table, const char *column,
			   const char *text)
{
	struct sbuf sb = SBUF_INIT;
	const char *p;

	sbuf_addf(&sb, "%s keeps no comments: ", e->d->rules.name);
	sbuf_adds(&sb, column ? "column " : "table ");
	sbuf_adds(&sb, table->name);
	if (column) {
		sbuf_addc(&sb, '.');
		sbuf_adds(&sb, column);
	}
	if (!text) {
		sbuf_adds(&sb, " has no comment now");
	} else {
		sbuf_adds(&sb, ": ");
		for (p = text; *p; p++)	/* one line, whatever the text holds */
			sbuf_addc(&sb, *p == '\n' || *p == '\r' ? ' ' : *p);
	}
	emit_comment(e, sbuf_str(&sb));
	sbuf_release(&sb);
}

/* ---- the move-and-copy ---- */

static void emit_names(struct emitter *e, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			emit_raw(e, ", ");
		emit_ident(e, v[i]);
	}
}

/* The table the copy makes comes from the model, whose positions are not
 * in this file: whatever the new table cannot be is said at the op. */
static void respan(struct emitter *e, struct op *create, struct span sp)
{
	struct column *c;
	struct constraint *k;

	create->span = sp;
	create->u.table.name.span = sp;
	for (c = create->u.table.columns; c; c = c->next) {
		c->span = c->name.span = c->type.span = sp;
		if (c->server_default) {
			struct value *v = ARENA_NEW(e->arena, struct value);
			*v = *c->server_default;
			v->span = sp;
			c->server_default = v;
		}
	}
	for (k = create->u.table.constraints; k; k = k->next)
		k->span = k->name.span = k->ref.span = k->ref.table.span = sp;
}

static void respan_index(struct emitter *e, struct op *ix, struct span sp)
{
	const struct index_elem *x;
	struct index_elem *head = NULL, **tail = &head;

	ix->span = ix->u.index.name.span = ix->u.index.table.span = sp;
	for (x = ix->u.index.elems; x; x = x->next) {	/* the model's: copied */
		struct index_elem *c = ARENA_NEW(e->arena, struct index_elem);
		*c = *x;
		c->span = c->column.span = sp;
		c->next = NULL;
		*tail = c;
		tail = &c->next;
	}
	ix->u.index.elems = head;
}

/* ---- what holds on to a copied table ---- */

/* SQLite's ALTER TABLE ... RENAME, the copy's last step, reads every view
 * and trigger again, and stops at one that names a table that is not
 * there: so the views that read the table (and those that read them) and
 * the triggers of other tables that name it go before the copy and come
 * back after, with the table's own triggers, which go with DROP TABLE. */
struct holders {
	bool *views;		/* by view order */
	const struct sch_trigger **trig;
	const struct sch_table **on;
	size_t ntrig;
};

static void hold_view(const struct schema *m, const char *key, bool *views)
{
	size_t i;

	for (i = 0; i < m->nviews; i++) {
		const struct sch_view *v = m->view_list[i];
		if (v->dropped || views[i] || !schema_view_reads(v, key))
			continue;
		views[i] = true;
		hold_view(m, v->key, views);
	}
}

static void holders_find(struct emitter *e, const struct sch_table *t, struct holders *h)
{
	const struct schema *m = e->model;
	size_t i, j, n = 0;

	h->views = ARENA_ARRAY(e->arena, bool, m->nviews + 1);
	hold_view(m, t->key, h->views);
	for (i = 0; i < m->ntables; i++)
		n += m->table_list[i]->ntriggers;
	h->trig = ARENA_ARRAY(e->arena, const struct sch_trigger *, n + 1);
	h->on = ARENA_ARRAY(e->arena, const struct sch_table *, n + 1);
	h->ntrig = 0;
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *x = m->table_list[i];
		for (j = 0; !x->dropped && j < x->ntriggers; j++) {
			const char *sql = x->triggers[j]->sql;
			bool names = x == t || schema_sql_mentions(m, sql, t->name.name);
			size_t k;
			/* one that reads a view the copy takes down fails too */
			for (k = 0; !names && k < m->nviews; k++)
				names = h->views[k] &&
					schema_sql_mentions(m, sql, m->view_list[k]->name.name);
			if (!names)
				continue;
			h->trig[h->ntrig] = x->triggers[j];
			h->on[h->ntrig++] = x;
		}
	}
}

static void holders_drop(struct emitter *e, const struct sch_table *t, const struct holders *h)
{
	const struct schema *m = e->model;
	size_t i;

	for (i = 0; i < m->nviews; i++) {
		if (!h->views[i])
			continue;
		emit_begin(e);
		emit_raw(e, "DROP VIEW ");
		emit_qname(e, &m->view_list[i]->name);
		emit_end(e);
	}
	for (i = 0; i < h->ntrig; i++) {
		if (h->on[i] == t)
			continue;	/* DROP TABLE takes it */
		emit_begin(e);
		emit_raw(e, "DROP TRIGGER ");
		emit_ident(e, h->trig[i]->name);
		emit_end(e);
	}
}

/* A held view again, after the held views it reads. */
static void holders_view(struct emitter *e, const struct holders *h, bool *done, size_t at,
			 struct span sp)
{
	const struct schema *m = e->model;
	const struct sch_view *v = m->view_list[at];
	size_t i;

	if (done[at])
		return;
	done[at] = true;
	for (i = 0; i < m->nviews; i++)
		if (h->views[i] && schema_view_reads(v, m->view_list[i]->key))
			holders_view(e, h, done, i, sp);
	dialect_emit_generic(e, ir_new_view(e->arena, OP_CREATE_VIEW, sp, v->name, v->sql, sp,
					    false, NULL, 0, false));
}

static void holders_make(struct emitter *e, const struct holders *h, struct span sp)
{
	const struct schema *m = e->model;
	bool *done = ARENA_ARRAY(e->arena, bool, m->nviews + 1);
	size_t i;

	for (i = 0; i < m->nviews; i++)
		if (h->views[i])
			holders_view(e, h, done, i, sp);
	for (i = 0; i < h->ntrig; i++) {
		struct ident name = { h->trig[i]->name, sp, NULL };
		dialect_emit_generic(e, ir_new_trigger(e->arena, OP_CREATE_TRIGGER, sp, name,
						       h->on[i]->name, h->trig[i]->sql, sp));
	}
}

/* Run on a database (the runner asks it): a view or trigger there that
 * names the table and that the model does not know (made by an execute
 * with no assume) would stop the copy halfway, so it is an error at the
 * op, before the copy's first statement. */
static bool copy_guard(struct emitter *e, const struct sch_table *t, const struct holders *h,
		       struct span sp)
{
	const struct schema *m = e->model;
	const char **known;
	struct sbuf what = SBUF_INIT;
	size_t i, j, n = 0;
	bool ok = true;

	if (!e->sink || !e->sink->unknown_holder)
		return true;
	for (i = 0; i < m->ntables; i++)
		n += m->table_list[i]->ntriggers;
	known = ARENA_ARRAY(e->arena, const char *, n + m->nviews + 1);
	n = 0;
	for (i = 0; i < m->nviews; i++)
		if (!m->view_list[i]->dropped)
			known[n++] = m->view_list[i]->name.name;
	for (i = 0; i < m->ntables; i++)
		for (j = 0; !m->table_list[i]->dropped && j < m->table_list[i]->ntriggers; j++)
			known[n++] = m->table_list[i]->triggers[j]->name;
	/* what names the table, or a view the copy takes down and up again */
	for (i = 0; ok && i <= m->nviews; i++) {
		const char *name = i == m->nviews ? t->name.name : m->view_list[i]->name.name;
		if (i < m->nviews && !h->views[i])
			continue;
		if (!e->sink->unknown_holder(e->sink->ctx, name, known, n, &what))
			continue;
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "%s copies table '%s' "
			   "here, and the database has %s, which names %s%s%s and which the "
			   "migrations do not know (an execute made it, with no assume): the copy "
			   "would stop halfway; declare it where it was made (assume { %s ... }), "
			   "or drop it first", e->d->rules.name, t->key, sbuf_str(&what),
			   i == m->nviews ? "it" : "view '", i == m->nviews ? "" : name,
			   i == m->nviews ? "" : "' (which reads it)",
			   what.buf[0] == 'v' ? "create_view" : "create_trigger");
		ok = false;
	}
	sbuf_release(&what);
	return ok;
}

/* The procedure, for the table q as the model has it now.  from[i] names
 * the old column that new column i is copied from (NULL: none).  Comments
 * are left out: the table had them said already, and the copy is not news.
 * ren, an alter_enum renaming a value, or NULL: the columns it changes
 * take the new value on the way. */
static bool copy_table(struct emitter *e, const struct qname *q, const char *const *from,
		       const struct op *ren);

/* Outside a transaction (a revision with transactional false), the copy
 * makes one of its own: foreign keys off first, as DROP TABLE would
 * otherwise cascade to, or be refused for, the rows that point at the
 * table; and all of it or none. */
static bool rebuild(struct emitter *e, const struct qname *q, const char *const *from,
		    const struct op *ren)
{
	bool ok;

	if (e->in_transaction)
		return copy_table(e, q, from, ren);
	dialect_emit_statements(e, e->d->begin_transaction);
	ok = copy_table(e, q, from, ren);
	dialect_emit_statements(e, e->d->commit_transaction);
	return ok;
}

/* sqlite_sequence, of the schema's database (NULL: main) */
static void sequence_table(struct emitter *e, const char *schema)
{
	if (schema) {
		emit_ident(e, schema);
		emit_raw(e, ".");
	}
	emit_raw(e, "sqlite_sequence");
}

/* The copy of an AUTOINCREMENT table keeps the higher of the two
 * counters, the old table's (rows deleted since still count) and the
 * copy's (its start, its rows): the old one's row of sqlite_sequence
 * becomes the copy's where it is higher, and RENAME carries it over. */
static void carry_counter(struct emitter *e, const struct qname *q, const char *tmp)
{
	const char *schema = q->schema;

	emit_begin(e);
	emit_raw(e, "DELETE FROM ");
	sequence_table(e, schema);
	emit_raw(e, " WHERE name = ");
	emit_string(e, tmp);
	emit_raw(e, " AND seq <= (SELECT seq FROM ");
	sequence_table(e, schema);
	emit_raw(e, " WHERE name = ");
	emit_string(e, q->name);
	emit_raw(e, ")");
	emit_end(e);
	emit_begin(e);
	emit_raw(e, "UPDATE ");
	sequence_table(e, schema);
	emit_raw(e, " SET name = ");
	emit_string(e, tmp);
	emit_raw(e, " WHERE name = ");
	emit_string(e, q->name);
	emit_raw(e, " AND NOT EXISTS (SELECT 1 FROM ");
	sequence_table(e, schema);
	emit_raw(e, " WHERE name = ");
	emit_string(e, tmp);
	emit_raw(e, ")");
	emit_end(e);
}

static bool copy_table(struct emitter *e, const struct qname *q, const char *const *from,
		       const struct op *ren)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	struct oplist ops;
	struct op *create;
	struct column *c;
	struct op *ix;
	const char **to, **src;
	bool *mapped;
	size_t i, n = 0;
	char *tmp;
	int errs = e->diag->nerrors;
	struct holders h;

	if (!t)
		return false;	/* the model said why */
	holders_find(e, t, &h);
	if (!copy_guard(e, t, &h, q->span))
		return false;
	holders_drop(e, t, &h);
	tmp = arena_printf(e->arena, "_retort_tmp_%s", t->name.name);
	{	/* a name no table of the model has (a user's table may) */
		struct qname tq = { t->name.schema, tmp, q->span };
		int k;
		for (k = 2; schema_table(e->model, &tq); k++)
			tq.name = tmp = arena_printf(e->arena, "_retort_tmp_%s_%d", t->name.name, k);
	}
	ops = schema_table_to_ops(e->arena, t, true, tmp);
	create = ops.head;
	respan(e, create, q->span);
	create->u.table.comment = NULL;
	for (c = create->u.table.columns; c; c = c->next)
		c->comment = NULL;
	{	/* what the table's columns and keys were refused for was said
		 * where they were made: not again at this op */
		struct diag *real = e->diag, mine = DIAG_INIT;
		bool made;
		e->diag = &mine;
		made = dialect_emit_generic(e, create);
		e->diag = real;
		diag_move_unsaid(real, &mine);
		if (!made)
			return false;
	}

	to = ARENA_ARRAY(e->arena, const char *, t->ncolumns ? t->ncolumns : 1);
	src = ARENA_ARRAY(e->arena, const char *, t->ncolumns ? t->ncolumns : 1);
	mapped = ARENA_ARRAY(e->arena, bool, t->ncolumns ? t->ncolumns : 1);
	for (i = 0; i < t->ncolumns; i++) {
		if (!from[i])
			continue;
		mapped[n] = ren && schema_alter_enum_column(e->model, ren, t, t->columns[i]);
		to[n] = t->columns[i]->name;
		src[n++] = from[i];
	}
	if (n) {
		emit_begin(e);
		emit_raw(e, "INSERT INTO ");
		emit_ident(e, tmp);
		emit_raw(e, " (");
		emit_names(e, to, n);
		emit_raw(e, ") SELECT ");
		for (i = 0; i < n; i++) {
			if (i)
				emit_raw(e, ", ");
			if (!mapped[i]) {
				emit_ident(e, src[i]);
				continue;
			}
			emit_raw(e, "CASE ");
			emit_ident(e, src[i]);
			emit_raw(e, " WHEN ");
			emit_string(e, ren->u.alter_enum.value->text);
			emit_raw(e, " THEN ");
			emit_string(e, ren->u.alter_enum.other->text);
			emit_raw(e, " ELSE ");
			emit_ident(e, src[i]);
			emit_raw(e, " END");
		}
		emit_raw(e, " FROM ");
		emit_qname(e, q);
		emit_end(e);
	}
	for (i = 0; i < t->ncolumns; i++)
		if (sch_column_identity(t->columns[i])->kind != IDENTITY_NONE) {
			carry_counter(e, q, tmp);
			break;
		}
	emit_begin(e);
	emit_raw(e, "DROP TABLE ");
	emit_qname(e, q);
	emit_end(e);
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_ident(e, tmp);
	emit_raw(e, " RENAME TO ");
	emit_qname(e, q);
	emit_end(e);
	for (ix = create->next; ix; ix = ix->next) {
		respan_index(e, ix, q->span);
		dialect_emit_generic(e, ix);
	}
	holders_make(e, &h, q->span);
	emit_begin(e);
	emit_raw(e, "PRAGMA foreign_key_check(");
	emit_qname(e, q);
	emit_raw(e, ")");
	emit_end(e);
	return e->diag->nerrors == errs;
}

/* Copy every column to itself, but the one called `added` (NULL: none),
 * which comes from nowhere, and the one renamed `to`, which comes from
 * `was`. */
static const char **same_columns(struct emitter *e, const struct sch_table *t,
				 const char *added, const char *was, const char *to)
{
	const char **from = ARENA_ARRAY(e->arena, const char *, t->ncolumns ? t->ncolumns : 1);
	size_t i;

	for (i = 0; i < t->ncolumns; i++) {
		const char *name = t->columns[i]->name;
		if (added && strcmp(name, added) == 0)
			from[i] = NULL;
		else if (to && strcmp(name, to) == 0)
			from[i] = was;
		else
			from[i] = name;
	}
	return from;
}

static bool rebuild_same(struct emitter *e, const struct qname *q, const char *added,
			 const char *was, const char *to)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;

	if (!t)
		return false;
	return rebuild(e, q, same_columns(e, t, added, was, to), NULL);
}

/* An enum is each column's CHECK: every table with a column of it is
 * copied, the check with the new values, a renamed value's rows renamed
 * on the way; a table whose columns of it have no check (no check) is
 * not copied where their VARCHAR and default stay as they are. */
static bool sqlite_alter_enum(struct emitter *e, const struct op *op)
{
	const struct op *ren = op->u.alter_enum.change == ENUM_RENAME_VALUE ? op : NULL;
	const struct type *after, *before;
	size_t i, j;
	bool ok = true, resized;

	if (!e->model || e->refused || !(after = dialect_enum_after(e, op)))
		return false;	/* the model said why */
	/* (a VARCHAR of another length is in the table's SQL too) */
	before = dialect_enum_before(e, op, after, false);
	resized = dialect_enum_length(before) != dialect_enum_length(after);
	for (i = 0; i < e->model->ntables; i++) {
		const struct sch_table *t = e->model->table_list[i];
		size_t checked = 0, of = 0;
		for (j = 0; !t->dropped && j < t->ncolumns; j++)
			if (schema_alter_enum_column(e->model, op, t, t->columns[j])) {
				const struct value *dv = t->columns[j]->server_default;
				of++;
				/* (a default of a renamed value is in the table's SQL) */
				checked += !t->columns[j]->enum_no_check || resized ||
					   (ren && dv && dv->kind == VAL_STRING &&
					    strcmp(dv->text, ren->u.alter_enum.other->text) == 0);
			}
		if (checked) {
			ok &= rebuild(e, &t->name, same_columns(e, t, NULL, NULL, NULL), ren);
			continue;
		}
		/* columns without a check (no check) only have their rows renamed */
		for (j = 0; of && ren && j < t->ncolumns; j++)
			if (schema_alter_enum_column(e->model, op, t, t->columns[j]))
				dialect_enum_rename_rows(e, &t->name, t->columns[j]->name, op);
	}
	return ok;
}

/* SQLite numbers only the rowid: the column given an identity must be
 * the table's whole primary key (the model's, after the op). */
static bool identity_key_ok(struct emitter *e, const struct qname *q, const char *column,
			    struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	size_t i;

	for (i = 0; t && i < t->nconstraints; i++)
		if (t->constraints[i]->kind == CON_PRIMARY_KEY &&
		    t->constraints[i]->ncolumns == 1 &&
		    strcmp(t->constraints[i]->columns[0], column) == 0)
			return true;
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "identity on %s needs '%s' "
		   "to be the table's whole primary key (INTEGER PRIMARY KEY AUTOINCREMENT)",
		   e->d->rules.name, column);
	return false;
}

/* ADD COLUMN takes a column that is not a key, not UNIQUE, has a constant
 * default, and is not NOT NULL without one. */
static bool add_column_native(const struct column *c)
{
	const struct value *v = c->server_default;

	if (c->primary_key || c->unique || c->autoincrement)
		return false;
	if (v && v->kind == VAL_SQL)
		return false;	/* an expression, or CURRENT_TIMESTAMP: not constant */
	if (c->nullable == NULLABLE_NO && (!v || v->kind == VAL_NULL))
		return false;
	return !(c->references && v && v->kind != VAL_NULL);
}

static bool sqlite_add_column(struct emitter *e, const struct op *op)
{
	const struct column *c = &op->u.add_column.column;

	if (c->identity.kind &&
	    (e->refused || !dialect_identity_ok(e, &c->identity) ||
	     !identity_key_ok(e, &op->u.add_column.table, c->name.name, c->identity.span)))
		return false;
	if (add_column_native(c))
		return dialect_emit_generic(e, op);
	if (!rebuild_same(e, &op->u.add_column.table, c->name.name, NULL, NULL))
		return false;
	if (c->comment)
		sqlite_comment(e, &op->u.add_column.table, c->name.name, c->comment);
	return true;
}

/* DROP COLUMN refuses a column an index or a constraint names; the table
 * as it was tells (where the emitter was given it: inside a block it is
 * not, and the copy is always right). */
static bool sqlite_drop_column(struct emitter *e, const struct op *op)
{
	const struct sch_table *was = schema_snapshot_table(e->before, &op->u.drop_column.table);
	const struct sch_column *c;
	const struct type *ty;

	if (was && e->model && (c = schema_column(was, op->u.drop_column.column.name)) != NULL) {
		ty = c->type;
		if (!schema_column_used(e->model, was, c->name) &&
		    !(ty->kind == TY_ENUM && !c->enum_no_check))	/* its CHECK names it */
			return dialect_emit_generic(e, op);
	}
	return rebuild_same(e, &op->u.drop_column.table, NULL, NULL, NULL);
}

/* An AUTOINCREMENT table's counter is its row of sqlite_sequence, made
 * with the table's first row or here: the start is the row's value plus 1. */
static void sqlite_identity_start(struct emitter *e, const struct qname *table,
				  const char *column, const struct identity *id)
{
	(void)column;
	emit_begin(e);
	emit_raw(e, "INSERT INTO ");
	sequence_table(e, table->schema);
	emit_raw(e, " (name, seq) VALUES (");
	emit_string(e, table->name);
	emit_fmt(e, ", %lld)", strtoll(id->start, NULL, 10) - 1);
	emit_end(e);
}

static bool sqlite_alter_column(struct emitter *e, const struct op *op)
{
	unsigned ch = op->u.alter.changes;
	const struct qname *t = &op->u.alter.table;
	const char *col = op->u.alter.column.name;
	const char *now = ch & ALTER_RENAME ? op->u.alter.new_name.name : col;
	bool ok = true;

	if ((ch & ALTER_TYPE) && op->u.alter.using_expr) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "a type change with 'using' is not supported by %s (the copy "
			   "converts by SQLite's own rules)", e->d->rules.name);
		return false;
	}
	if ((ch & ALTER_SET_IDENTITY) &&
	    (e->refused || !dialect_identity_ok(e, &op->u.alter.identity) ||
	     !identity_key_ok(e, t, now, op->u.alter.identity.span)))
		return false;
	if (ch & (ALTER_TYPE | ALTER_SET_NOT_NULL | ALTER_DROP_NOT_NULL | ALTER_SET_DEFAULT |
		  ALTER_DROP_DEFAULT | ALTER_SET_IDENTITY | ALTER_DROP_IDENTITY))
		ok = rebuild_same(e, t, NULL, col, now);
	else if (ch & ALTER_RENAME)
		ok = dialect_emit_generic(e, op);	/* RENAME COLUMN: native */
	if (ok && (ch & ALTER_COMMENT))
		sqlite_comment(e, t, now, op->u.alter.comment);
	return ok;
}

static bool sqlite_add_constraint(struct emitter *e, const struct op *op)
{
	if (op->kind == OP_CREATE_EXCLUDE_CONSTRAINT)
		return dialect_emit_generic(e, op);	/* which says it cannot */
	return rebuild_same(e, &op->u.constraint.table, NULL, NULL, NULL);
}

static bool sqlite_drop_constraint(struct emitter *e, const struct op *op)
{
	return rebuild_same(e, &op->u.drop_constraint.table, NULL, NULL, NULL);
}

/* Whether an op of a batch can go as it is, without the copy. */
static bool batch_op_native(const struct op *op)
{
	switch (op->kind) {
	case OP_ADD_COLUMN:
		return add_column_native(&op->u.add_column.column);
	case OP_ALTER_COLUMN:
		return !(op->u.alter.changes & ~(unsigned)(ALTER_RENAME | ALTER_COMMENT));
	case OP_CREATE_INDEX:
	case OP_DROP_INDEX:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
		return true;
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
	case OP_CREATE_TABLE:
	case OP_DROP_TABLE:
	case OP_RENAME_TABLE:
	case OP_DROP_COLUMN:
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
	case OP_DROP_CONSTRAINT:
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
	case OP_ALTER_ENUM:
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
	case OP_BULK_INSERT:
	case OP_EXECUTE:
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:
		return false;	/* the copy */
	}
	UNREACHABLE();
}

/* A batch is one copy, whatever it holds (Alembic's batch mode), unless
 * every op in it can go as it is and it does not say recreate.  The copy makes the table as the whole
 * batch leaves it, indexes included; columns follow their renames back to
 * where their rows are, and columns the batch added start empty. */
static bool sqlite_batch(struct emitter *e, const struct op *op)
{
	const struct qname *q = &op->u.block.table;
	const struct sch_table *t;
	const struct op *o;
	bool native = true, ok;

	for (o = op->u.block.body.head; o; o = o->next)
		native &= batch_op_native(o);
	if (native && !op->u.block.recreate) {
		ok = true;
		e->depth++;
		for (o = op->u.block.body.head; o; o = o->next)
			ok &= dialect_emit_op(e, o);
		e->depth--;
		return ok;
	}
	if (!e->model || !(t = schema_table(e->model, q)))
		return false;
	ok = rebuild(e, q, dialect_batch_sources(e, op, t), NULL);
	for (o = op->u.block.body.head; o && ok; o = o->next) {
		if (o->kind == OP_ALTER_COLUMN && (o->u.alter.changes & ALTER_COMMENT))
			sqlite_comment(e, q, o->u.alter.changes & ALTER_RENAME ?
				       o->u.alter.new_name.name : o->u.alter.column.name,
				       o->u.alter.comment);
		else if (o->kind == OP_ADD_COLUMN && o->u.add_column.column.comment)
			sqlite_comment(e, q, o->u.add_column.column.name.name,
				       o->u.add_column.column.comment);
		else if (o->kind == OP_CREATE_TABLE_COMMENT || o->kind == OP_DROP_TABLE_COMMENT)
			sqlite_comment(e, q, NULL, o->kind == OP_CREATE_TABLE_COMMENT ?
				       o->u.target.comment : NULL);
	}
	return ok;
}

static bool sqlite_wants_before(const struct op *op)
{
	return op->kind == OP_DROP_COLUMN;
}

/* An autoincrement key of any integer type is INTEGER (the rowid), and
 * SQLite does not say which were declared autoincrement. */
static const struct type *sqlite_stored_type(const struct schema *m, struct arena *a,
					     const struct type *t, bool autoincrement)
{
	struct type *r;

	(void)m;
	if (!autoincrement || (t->kind != TY_BIGINT && t->kind != TY_SMALLINT))
		return t;
	r = ARENA_NEW(a, struct type);
	*r = *t;
	r->kind = TY_INTEGER;
	return r;
}

static const char *const sqlite_begin[] = { "PRAGMA foreign_keys = OFF", "BEGIN", NULL };
static const char *const sqlite_commit[] = { "COMMIT", "PRAGMA foreign_keys = ON", NULL };

/* How SQLite reads a name: in any case, quoted or not. */
SQLSCAN_WORDS(sqlite_words, sqlite_reserved);
#define SQLITE_NAMES .fold_lower = false, .words = &sqlite_words

const struct dialect dialect_sqlite = {
	.rules = {
		.name = "sqlite",
		.sql = { SQLSCAN_FRAGMENT_FORMS, SQLITE_NAMES },
		.max_ident_len = 0,		/* no limit */
		.auto_constraint_name = NULL,	/* SQLite names no constraint */
		.inline_enum_checks = true,
		/* ALTER TABLE RENAME rewrites views and triggers (since 3.26);
		 * one trigger name per database */
		.views_follow_renames = true,
		.views_pin_types = false,
		.trigger_names_per_table = false,
		.view_columns_keep_names = false,
		.triggers_hold_bodies = true,
		.relations_are_types = false,
		.default_schema = "main",
		.max_enum_label = 0,
		.indexes_are_relations = true,
		.relations_case_free = true,
		.cast_needs_using = NULL,
	},
	/* '' doubles a quote; a backslash is itself */
	.native = { .quote = '"', .backquote_names = true, .bracket_names = true,
		    .no_national = true, .no_bit_strings = true, SQLITE_NAMES },
	.caps = CAP_TRANSACTIONAL_DDL | CAP_PARTIAL_INDEX | CAP_EXPRESSION_INDEX |
		CAP_DEFERRABLE_FK | CAP_INLINE_REFERENCES | CAP_FK_IMPLICIT_COLUMNS |
		CAP_KEEPS_SQL_TEXT | CAP_SHOWS_IDENTITY,
	.builtin_types = NULL,
	.nbuiltin_types = 0,
	.reserved_prefix = "sqlite_",
	.begin_transaction = sqlite_begin,
	.commit_transaction = sqlite_commit,
	.type_sql = sqlite_type_sql,
	.column_type_sql = sqlite_column_type_sql,
	.stored_type = sqlite_stored_type,
	.default_sql = sqlite_default_sql,
	.comment_fallback = sqlite_comment,
	.wants_before = sqlite_wants_before,
	/* INTEGER PRIMARY KEY AUTOINCREMENT: the rowid, which takes any value
	 * given, steps by 1, and begins after its row in sqlite_sequence */
	.identity_no_always = true,
	.identity_no_increment = true,
	.identity_inline_key = true,
	.identity_start_sql = sqlite_identity_start,
	.emit = {
		[OP_ADD_COLUMN] = sqlite_add_column,
		[OP_DROP_COLUMN] = sqlite_drop_column,
		[OP_ALTER_COLUMN] = sqlite_alter_column,
		[OP_CREATE_PRIMARY_KEY] = sqlite_add_constraint,
		[OP_CREATE_UNIQUE_CONSTRAINT] = sqlite_add_constraint,
		[OP_CREATE_FOREIGN_KEY] = sqlite_add_constraint,
		[OP_CREATE_CHECK_CONSTRAINT] = sqlite_add_constraint,
		[OP_CREATE_EXCLUDE_CONSTRAINT] = sqlite_add_constraint,
		[OP_DROP_CONSTRAINT] = sqlite_drop_constraint,
		[OP_BATCH_ALTER_TABLE] = sqlite_batch,
		[OP_ALTER_ENUM] = sqlite_alter_enum,
	},
};
