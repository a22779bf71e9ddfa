/* The dialect registry and the generic emitters.  Every statement shape that
 * the databases share is written here once and asks capability flags, never
 * which database it is; a backend in dialects/ overrides only what it spells
 * differently (SQLAlchemy's DDLCompiler, Django's schema editor). */
#include "dialect.h"
#include "arena.h"
#include "schema.h"
#include "sqlscan.h"
#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The one list of backends: the table and the names for messages both come
 * from it.  Each entry X(n) names the object dialect_n, whose name is "n". */
#define DIALECT_LIST(X) X(mysql) X(postgresql) X(sqlite)

#define DIALECT_ADDR(n) &dialect_##n,
#define DIALECT_NAME(n) ", " #n
static const struct dialect *const dialect_registry[] = { DIALECT_LIST(DIALECT_ADDR) };
static const char dialect_registry_names[] = DIALECT_LIST(DIALECT_NAME);
#undef DIALECT_ADDR
#undef DIALECT_NAME

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_casecmp(const char *a, const char *b)
{
	for (; *a && ascii_lower((unsigned char)*a) == ascii_lower((unsigned char)*b); a++, b++)
		;
	return ascii_lower((unsigned char)*a) - ascii_lower((unsigned char)*b);
}

const struct dialect *dialect_find(const char *name)
{
	size_t i;

	if (!name)
		return NULL;
	for (i = 0; i < ARRAY_LEN(dialect_registry); i++)
		if (ascii_casecmp(dialect_registry[i]->rules.name, name) == 0 ||
		    (dialect_registry[i]->alias &&
		     ascii_casecmp(dialect_registry[i]->alias, name) == 0))
			return dialect_registry[i];
	return NULL;
}

/* The dialect whose own name this is, an alias being none (`only` and a
 * variant name the dialect); NULL: none. */
const struct dialect *dialect_find_exact(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(dialect_registry); i++)
		if (ascii_casecmp(dialect_registry[i]->rules.name, name) == 0)
			return dialect_registry[i];
	return NULL;
}

const struct dialect *dialect_at(size_t i)
{
	return i < ARRAY_LEN(dialect_registry) ? dialect_registry[i] : NULL;
}

const char *dialect_names(void)
{
	return dialect_registry_names + 2;	/* past the first ", " */
}

void dialect_add_names(struct sbuf *out, const char *last, bool aliases)
{
	size_t i, n = 0, total = 0;

	for (i = 0; i < ARRAY_LEN(dialect_registry); i++)
		total += 1 + (aliases && dialect_registry[i]->alias);
	for (i = 0; i < ARRAY_LEN(dialect_registry); i++) {
		const char *names[2] = { dialect_registry[i]->rules.name,
					 aliases ? dialect_registry[i]->alias : NULL };
		size_t k;
		for (k = 0; k < 2 && names[k]; k++, n++) {
			if (n)
				sbuf_adds(out, n + 1 == total ? last : ", ");
			sbuf_adds(out, names[k]);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Names and literals */

/* The string a value stands for: a string, or raw SQL that is one string
 * literal ($$'ok'$$); else NULL. */
static const char *value_string(struct emitter *e, const struct value *v)
{
	struct sbuf sb = SBUF_INIT;
	const char *r = NULL;

	if (!v || (v->kind != VAL_STRING && v->kind != VAL_SQL))
		return NULL;
	if (v->kind == VAL_STRING)
		return v->text;
	if (sqlscan_one_string(&e->d->rules.sql, v->text, true, &sb))
		r = arena_strdup(e->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* (alter_enum, below: a value added in the open transaction and used.) */
static bool enum_use_ok(struct emitter *e, const struct qname *q, const char *value,
			struct span sp);
static bool enum_uses_ok(struct emitter *e, const struct qname *q, const char *sql,
			 struct span sp);
static void constraint_uses_ok(struct emitter *e, const struct qname *q,
			       const struct constraint *k, struct span sp);
static void index_uses_ok(struct emitter *e, const struct op *op);

size_t dialect_enum_length(const struct type *t)
{
	const struct value *v;
	size_t longest = 1;

	for (v = t->enum_values.head; v; v = v->next) {
		size_t n = 0;
		const char *s;
		for (s = v->text; *s; s++)	/* characters, as VARCHAR(n) counts */
			if (((unsigned char)*s & 0xC0) != 0x80)
				n++;
		if (n > longest)
			longest = n;
	}
	return longest;
}

void dialect_numeric_sql(struct sbuf *out, const struct type *t)
{
	sbuf_adds(out, "NUMERIC");
	if (t->precision >= 0) {
		sbuf_addc(out, '(');
		sbuf_addnum(out, t->precision);
		if (t->scale != TYPE_NO_SCALE) {
			sbuf_adds(out, ", ");
			sbuf_addnum(out, t->scale);
		}
		sbuf_addc(out, ')');
	}
}

void dialect_quote_ident(const struct dialect *d, struct sbuf *out, const char *name)
{
	sqlscan_add_name(&d->native, out, name);
}

void dialect_string_literal(const struct dialect *d, struct sbuf *out, const char *s)
{
	sqlscan_add_string(&d->native, out, s);
}

/* ------------------------------------------------------------------ */
/* The emitter and the statement builder */

void emitter_init(struct emitter *e, const struct dialect *d, struct arena *a,
		  struct diag *diag, const struct sink *sink)
{
	memset(e, 0, sizeof(*e));	/* every field not set below: off, or none */
	e->d = d;
	e->arena = a;
	e->diag = diag;
	e->sink = sink;
}

void emitter_release(struct emitter *e)
{
	sbuf_release(&e->stmt);
	sbuf_release(&e->label_text);
	free(e->added);
}

/* An emitter that only spells, into its own buffer: no sink, and its
 * messages (a type the dialect cannot express) are dropped for the false
 * return to say. */
static bool spell(const struct dialect *d, struct schema *m, struct arena *a,
		  const struct type *t, const struct value *v, struct sbuf *out)
{
	struct emitter e;
	struct diag quiet = DIAG_INIT;
	bool ok = true;

	emitter_init(&e, d, a, &quiet, NULL);
	e.model = m;
	if (v)
		emit_default_for(&e, v, t);
	else
		ok = emit_type(&e, t);
	ok &= quiet.nerrors == 0;
	sbuf_adds(out, sbuf_str(&e.stmt));
	emitter_release(&e);
	diag_release(&quiet);
	return ok;
}

static const struct type *enum_inline(const struct dialect *d, const struct schema *m,
				      struct arena *a, const struct type *t);

bool dialect_type_text(const struct dialect *d, struct schema *m, struct arena *a,
		       const struct type *t, struct sbuf *out)
{
	/* an enum type the database does not have: its values inline */
	return spell(d, m, a, enum_inline(d, m, a, t), NULL, out);
}

bool dialect_default_text(const struct dialect *d, struct schema *m, struct arena *a,
			  const struct value *v, const struct type *t, struct sbuf *out)
{
	return spell(d, m, a, t, v, out);
}

bool dialect_stored_types_same(const struct dialect *d, struct schema *ma,
			       const struct type *a, bool auto_a, struct schema *mb,
			       const struct type *b, bool auto_b, struct arena *ar)
{
	struct sbuf x = SBUF_INIT, y = SBUF_INIT;
	bool same;

	a = enum_inline(d, ma, ar, a);
	b = enum_inline(d, mb, ar, b);
	if (d->stored_type) {
		a = d->stored_type(ma, ar, a, auto_a);
		b = d->stored_type(mb, ar, b, auto_b);
	}
	same = spell(d, ma, ar, a, NULL, &x) && spell(d, mb, ar, b, NULL, &y) &&
	       strcasecmp(sbuf_str(&x), sbuf_str(&y)) == 0;
	sbuf_release(&x);
	sbuf_release(&y);
	return same;
}

enum fk_action dialect_stored_action(const struct dialect *d, enum fk_action act)
{
	if (act == FK_ACTION_UNSET)
		act = FK_ACTION_NO_ACTION;
	return d->stored_action ? d->stored_action(act) : act;
}

void dialect_cast_sql(const struct dialect *d, struct schema *m, struct arena *a,
		      const char *column, const struct type *from, const struct type *to,
		      struct sbuf *out)
{
	const struct type *via = d->cast_via ? d->cast_via(from, to) : NULL;

	sbuf_adds(out, "CAST(");
	if (via)
		sbuf_adds(out, "CAST(");
	dialect_quote_ident(d, out, column);
	if (via) {
		sbuf_adds(out, " AS ");
		spell(d, m, a, via, NULL, out);
		sbuf_addc(out, ')');
	}
	sbuf_adds(out, " AS ");
	spell(d, m, a, to, NULL, out);
	sbuf_addc(out, ')');
}

void emit_begin(struct emitter *e)
{
	sbuf_reset(&e->stmt);
}

static void emit_annotation(struct emitter *e, const struct op *op);

/* The label an op is owed, before the first thing it says. */
static void emit_label(struct emitter *e)
{
	const struct op *op = e->label;

	if (op) {
		e->label = NULL;
		emit_annotation(e, op);
	}
}

/* Whether the statement holds a ';' outside its strings and comments. */
static bool holds_semicolon(const struct dialect *d, const char *sql, size_t len)
{
	struct sqlscan sc;
	struct sqltok t;

	sqlscan_init(&sc, &d->native, sql, len);
	while (sqlscan_next(&sc, &t))
		if (sqltok_punct(sql, &t, ';'))
			return true;
	return false;
}

void emit_end(struct emitter *e)
{
	const char *sql = sbuf_str(&e->stmt);

	emit_label(e);
	if (e->sink && e->sink->compound && (e->d->caps & CAP_CLIENT_SPLITS) &&
	    holds_semicolon(e->d, sql, e->stmt.len))
		e->sink->compound(e->sink->ctx, sql, e->stmt.len);
	else if (e->sink && e->sink->statement)
		e->sink->statement(e->sink->ctx, sql, e->stmt.len);
	sbuf_reset(&e->stmt);
}

void emit_raw(struct emitter *e, const char *s)
{
	sbuf_adds(&e->stmt, s);
}

void emit_fmt(struct emitter *e, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(&e->stmt, fmt, ap);
	va_end(ap);
}

void emit_ident(struct emitter *e, const char *name)
{
	dialect_quote_ident(e->d, &e->stmt, name);
}

void emit_qname(struct emitter *e, const struct qname *q)
{
	if (q->schema && !(e->d->caps & CAP_SCHEMAS))
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, q->span,
			   "schema-qualified name '%s.%s' is not supported by %s",
			   q->schema, q->name, e->d->rules.name);
	if (q->schema) {
		emit_ident(e, q->schema);
		emit_raw(e, ".");
	}
	emit_ident(e, q->name);
}

void emit_string(struct emitter *e, const char *s)
{
	dialect_string_literal(e->d, &e->stmt, s);
}

void emit_value(struct emitter *e, const struct value *v)
{
	if (!v) {
		emit_raw(e, "NULL");
		return;
	}
	switch (v->kind) {
	case VAL_NULL:
		emit_raw(e, "NULL");
		break;
	case VAL_TRUE:
		emit_raw(e, "true");
		break;
	case VAL_FALSE:
		emit_raw(e, "false");
		break;
	case VAL_NUMBER:
		emit_raw(e, v->text);
		break;
	case VAL_SQL:
		emit_sql(e, v->text);
		break;
	case VAL_STRING:
		emit_string(e, v->text);
		break;
	}
}

bool emit_type(struct emitter *e, const struct type *t)
{
	return e->d->type_sql(e, t, &e->stmt);
}

void emit_comment(struct emitter *e, const char *text)
{
	emit_label(e);
	if (e->sink && e->sink->comment)
		e->sink->comment(e->sink->ctx, text);
}

/* ------------------------------------------------------------------ */
/* Pieces shared by the generic emitters */

/* A name the op creates.  The server would cut a longer one short
 * (PostgreSQL silently, at 63 bytes) and two names could then meet, so it
 * is an error here, as SQLAlchemy makes it for DDL names.  Names an op
 * only refers to were checked where they were made. */
/* Whether UTF-8 text holds a character beyond U+FFFF (a 4-byte one). */
static bool has_astral(const char *s)
{
	for (; *s; s++)
		if (((unsigned char)*s & 0xF8) == 0xF0)
			return true;
	return false;
}

void dialect_check_new_name(struct emitter *e, const char *name, struct span sp)
{
	size_t n = strlen(name);

	if (n == 0)
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
			   "a zero-length name is not allowed by %s", e->d->rules.name);
	else if (e->d->rules.max_ident_len && n > e->d->rules.max_ident_len)
		diag_error(e->diag, DIAG_IDENT_TOO_LONG, e->src, sp,
			   "name '%s' is %zu bytes, longer than the %zu that %s allows",
			   name, n, e->d->rules.max_ident_len, e->d->rules.name);
	else if (e->d->reserved_prefix &&
		 strncasecmp(name, e->d->reserved_prefix, strlen(e->d->reserved_prefix)) == 0)
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "name '%s' begins with "
			   "'%s', which %s keeps for its own objects", name, e->d->reserved_prefix,
			   e->d->rules.name);
	else if (e->d->names_no_trailing_blank &&
		 (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\n' ||
		  name[n - 1] == '\r'))
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "name '%s' ends in a "
			   "blank, which %s does not keep", name, e->d->rules.name);
	else if (e->d->names_no_crlf && strstr(name, "\r\n"))
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "name '%s' holds a "
			   "carriage return before a line end, which %s's client drops from a "
			   "script", name, e->d->rules.name);
	else if (e->d->names_bmp_only && has_astral(name))
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "name '%s' holds a "
			   "character beyond U+FFFF, which %s names cannot hold", name,
			   e->d->rules.name);
}

bool dialect_comment_fits(struct emitter *e, const char *text, bool table, struct span sp)
{
	size_t most = table ? e->d->max_table_comment : e->d->max_column_comment, chars = 0;
	const char *p;

	for (p = text; *p; p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	if (e->d->comments_bmp_only && has_astral(text)) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "a %s comment holds a "
			   "character beyond U+FFFF, which %s keeps as '?'",
			   table ? "table's" : "column's", e->d->rules.name);
		return false;
	}
	if (most && chars > most) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "a %s comment is %zu "
			   "characters, more than the %zu %s keeps", table ? "table's" : "column's",
			   chars, most, e->d->rules.name);
		return false;
	}
	return true;
}

void dialect_emit_statements(struct emitter *e, const char *const *sql)
{
	for (; sql && *sql; sql++) {
		emit_begin(e);
		emit_raw(e, *sql);
		emit_end(e);
	}
}

/* A new column's name: a name, and none of the database's own columns. */
static void check_column_name(struct emitter *e, const char *name, struct span sp)
{
	dialect_check_new_name(e, name, sp);
	if (e->d->system_columns &&
	    util_word_in(e->d->system_columns, e->d->nsystem_columns, name, strlen(name)))
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "column name '%s' is "
			   "one of the columns %s gives every table", name, e->d->rules.name);
}

static void emit_new_ident(struct emitter *e, const struct ident *id)
{
	dialect_check_new_name(e, id->name, id->span);
	emit_ident(e, id->name);
}

static void emit_new_qname(struct emitter *e, const struct qname *q)
{
	dialect_check_new_name(e, q->name, q->span);
	emit_qname(e, q);
}

static void emit_identlist(struct emitter *e, const struct identlist *l)
{
	const struct ident *id;

	for (id = l->head; id; id = id->next) {
		if (id != l->head)
			emit_raw(e, ", ");
		emit_ident(e, id->name);
	}
}

static void unsupported(struct emitter *e, struct span sp, const char *what)
{
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
		   "%s is not supported by %s", what, e->d->rules.name);
}

/* CONCURRENTLY cannot run inside a transaction block; the revision must
 * say so, or the server refuses it halfway through a deploy. */
static void in_transaction_error(struct emitter *e, const struct op *op, const char *what)
{
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
		   "%s ... concurrently cannot run inside a transaction; mark the "
		   "revision 'transactional false;'", what);
}

static bool has_cap(const struct emitter *e, enum dialect_cap cap)
{
	return (e->d->caps & cap) != 0;
}

/* Whether an error was reported since nerrors was read: emitters ask
 * before handing a statement on, so a failed op writes nothing half-made. */
static bool errors_since(const struct emitter *e, int nerrors)
{
	return e->diag->nerrors != nerrors;
}

static const char *fk_action_sql(enum fk_action a)
{
	switch (a) {
	case FK_ACTION_UNSET:
		return NULL;
	case FK_ACTION_NO_ACTION:
		return "NO ACTION";
	case FK_ACTION_RESTRICT:
		return "RESTRICT";
	case FK_ACTION_CASCADE:
		return "CASCADE";
	case FK_ACTION_SET_NULL:
		return "SET NULL";
	case FK_ACTION_SET_DEFAULT:
		return "SET DEFAULT";
	}
	UNREACHABLE();
}

/* NOT DEFERRABLE and INITIALLY IMMEDIATE are every database's default, so
 * only asking for deferral needs the capability. */
static void emit_deferral(struct emitter *e, int deferrable, enum fk_initially ini,
			  struct span sp, bool fk)
{
	bool can = has_cap(e, CAP_DEFERRABLE) || (fk && has_cap(e, CAP_DEFERRABLE_FK));

	if ((deferrable == 1 || ini == FK_INITIALLY_DEFERRED) && !can) {
		unsupported(e, sp, fk ? "a deferrable foreign key" : "a deferrable constraint");
		return;
	}
	if (!can)
		return;
	if (deferrable == 1)
		emit_raw(e, " DEFERRABLE");
	else if (deferrable == 0)
		emit_raw(e, " NOT DEFERRABLE");
	if (ini == FK_INITIALLY_DEFERRED)
		emit_raw(e, " INITIALLY DEFERRED");
	else if (ini == FK_INITIALLY_IMMEDIATE)
		emit_raw(e, " INITIALLY IMMEDIATE");
}

/* " REFERENCES t (c) ON DELETE ... ON UPDATE ... DEFERRABLE ..." */
static void emit_fkref(struct emitter *e, const struct fkref *r)
{
	const char *del = fk_action_sql(r->on_delete), *upd = fk_action_sql(r->on_update);

	emit_raw(e, " REFERENCES ");
	emit_qname(e, &r->table);
	if (r->columns.n) {
		emit_raw(e, " (");
		emit_identlist(e, &r->columns);
		emit_raw(e, ")");
	} else if (!has_cap(e, CAP_FK_IMPLICIT_COLUMNS)) {
		const struct sch_table *t = e->model ? schema_table(e->model, &r->table) : NULL;
		size_t i, j;
		for (i = 0; t && i < t->nconstraints; i++) {
			if (t->constraints[i]->kind != CON_PRIMARY_KEY)
				continue;
			emit_raw(e, " (");
			for (j = 0; j < t->constraints[i]->ncolumns; j++) {
				if (j)
					emit_raw(e, ", ");
				emit_ident(e, t->constraints[i]->columns[j]);
			}
			emit_raw(e, ")");
			break;
		}
		if (!t || i == t->nconstraints)
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, r->span,
				   "%s needs the columns a foreign key references, and '%s' has "
				   "no primary key to stand for them", e->d->rules.name, r->table.name);
	}
	if (del)
		emit_fmt(e, " ON DELETE %s", del);
	if (upd)
		emit_fmt(e, " ON UPDATE %s", upd);
	emit_deferral(e, r->deferrable, r->initially, r->span, true);
}

/* Index and exclusion elements take a bare column or function call; any
 * other expression must be parenthesized (pg_get_indexdef prints them the
 * same way): whether the expression is a call, name[.name](...), or one
 * parenthesized whole.  Parentheses inside strings and names do not count. */
static bool expr_is_grouped(const struct dialect *d, const char *s, size_t len)
{
	struct sqlscan sc;
	struct sqltok w, t;
	size_t open = 0, at, n;	/* where the group to check opens */

	if (!memchr(s, '(', len))
		return false;	/* most defaults: a literal or a bare name */
	sqlscan_init(&sc, &d->rules.sql, s, len);
	if (sqlscan_next(&sc, &w) && w.kind == SQLTOK_WORD) {
		for (;;) {	/* a call: name[.name] right before its '(' */
			if (!sqlscan_next(&sc, &t))
				return false;
			if (sqltok_punct(s, &t, '(') && t.start == w.start + w.len)
				break;
			if (!sqltok_punct(s, &t, '.') || !sqlscan_next(&sc, &w) ||
			    w.kind != SQLTOK_WORD)
				return false;
		}
		open = t.start;
	}
	return sqlscan_enclosed(&d->rules.sql, s + open, len - open, &at, &n);
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Raw SQL without the whitespace around it; *len gets its length. */
static const char *trim_sql(const char *s, size_t *len)
{
	size_t n;

	while (is_space(*s))
		s++;
	n = strlen(s);
	while (n && is_space(s[n - 1]))
		n--;
	*len = n;
	return s;
}

enum dialect_now dialect_sql_now(const char *sql)
{
	static const struct { const char *name; enum dialect_now now; } names[] = {
		{ "now()", DIALECT_NOW },
		{ "current_timestamp", DIALECT_NOW },
		{ "current_timestamp()", DIALECT_NOW },
		{ "localtimestamp", DIALECT_NOW },
		{ "transaction_timestamp()", DIALECT_NOW },
		{ "statement_timestamp()", DIALECT_NOW },
		{ "current_date", DIALECT_TODAY },
		{ "current_date()", DIALECT_TODAY },
		{ "current_time", DIALECT_TIME_NOW },
		{ "current_time()", DIALECT_TIME_NOW },
		{ "localtime", DIALECT_TIME_NOW },
	};
	size_t n, i, j;

	sql = trim_sql(sql, &n);
	for (i = 0; i < ARRAY_LEN(names); i++) {
		if (strlen(names[i].name) != n)
			continue;
		for (j = 0; j < n && ascii_lower((unsigned char)sql[j]) == names[i].name[j]; j++)
			;
		if (j == n)
			return names[i].now;
	}
	return DIALECT_NOT_NOW;
}

/* Raw SQL, trimmed; where it ends in a line comment, which would swallow
 * whatever follows on its line (the ';', a ',', a ')'), a newline after. */
void dialect_add_sql(const struct dialect *d, struct sbuf *out, const char *sql)
{
	size_t len;
	const char *s = trim_sql(sql, &len);

	sbuf_add(out, s, len);
	if (sqlscan_ends_in_line_comment(&d->native, s, len))
		sbuf_addc(out, '\n');
}

/* A '#' of a fragment (an operator to PostgreSQL) where the database
 * reads one as a comment, a bit string where it has none, || or ^ where
 * they are OR and XOR: an error at the op, as no spelling keeps them. */
static void hash_check(struct emitter *e, const char *s, size_t len)
{
	struct sqlscan sc;
	struct sqltok t;

	if (!(e->d->native.hash_comments && memchr(s, '#', len)) &&
	    !(e->d->native.no_bit_strings && (memchr(s, 'b', len) || memchr(s, 'B', len))) &&
	    !(e->d->native.pipes_are_or && memchr(s, '|', len)) &&
	    !(e->d->native.caret_is_xor && memchr(s, '^', len)))
		return;
	sqlscan_init(&sc, &e->d->rules.sql, s, len);
	while (sqlscan_next(&sc, &t)) {
		const char *what = NULL;
		if (e->d->native.hash_comments && sqltok_punct(s, &t, '#'))
			what = "'#' in SQL text starts a comment on";
		else if (e->d->native.no_bit_strings && t.kind == SQLTOK_STRING &&
			 (s[t.start] == 'b' || s[t.start] == 'B'))
			what = "a bit string (B'...') is not supported by";
		else if (e->d->native.pipes_are_or && sqltok_punct(s, &t, '|') &&
			 t.start + 1 < len && s[t.start + 1] == '|')
			what = "'||' is OR, not concatenation, on";
		else if (e->d->native.caret_is_xor && sqltok_punct(s, &t, '^'))
			what = "'^' is XOR, not a power, on";
		if (what) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src,
				   e->at ? e->at->span : span_make(0, 0), "%s %s: write it in an "
				   "only block, as that database's own SQL", what, e->d->rules.name);
			return;
		}
	}
}

void emit_sql(struct emitter *e, const char *sql)
{
	size_t len, at = e->stmt.len;
	const char *s = trim_sql(sql, &len);

	hash_check(e, s, len);

	sqlscan_respell(&e->d->rules.sql, &e->d->native, &e->stmt, s, len, false);
	if (sqlscan_ends_in_line_comment(&e->d->native, e->stmt.buf + at, e->stmt.len - at))
		sbuf_addc(&e->stmt, '\n');
}

static void emit_expr_elem(struct emitter *e, const char *expr)
{
	size_t len;
	const char *s = trim_sql(expr, &len);

	if (expr_is_grouped(e->d, s, len)) {
		emit_sql(e, s);
	} else {
		emit_raw(e, "(");
		emit_sql(e, s);
		emit_raw(e, ")");
	}
}

/* A column default.  SQL's DEFAULT takes a restricted expression (no AND,
 * IN, AT TIME ZONE ... bare), so raw SQL that is not a call or already in
 * parentheses gets them. */
void emit_default(struct emitter *e, const struct value *v)
{
	emit_default_for(e, v, NULL);
}

void emit_default_for(struct emitter *e, const struct value *v, const struct type *t)
{
	size_t len;
	const char *s;

	if (v && e->d->default_sql) {
		e->d->default_sql(e, v, t);
		return;
	}
	if (!v || v->kind != VAL_SQL) {
		emit_value(e, v);
		return;
	}
	s = trim_sql(v->text, &len);
	if (expr_is_grouped(e->d, s, len)) {
		emit_sql(e, s);
	} else {
		emit_raw(e, "(");
		emit_sql(e, s);
		emit_raw(e, ")");
	}
}

static bool type_is_inline_enum(const struct type *t)
{
	return t->kind == TY_ENUM && !t->enum_name.name;
}

static const struct type *enum_inline(const struct dialect *d, const struct schema *m,
				      struct arena *a, const struct type *t)
{
	const struct sch_enum *en;
	struct type *r;
	size_t i;

	if (t->kind != TY_ENUM || !t->enum_name.name || (d->caps & CAP_NATIVE_ENUM) || !m ||
	    !(en = schema_enum(m, &t->enum_name)))
		return t;
	r = ARENA_NEW(a, struct type);
	*r = *t;
	r->enum_name.schema = r->enum_name.name = NULL;
	memset(&r->enum_values, 0, sizeof(r->enum_values));
	for (i = 0; i < en->nvalues; i++)
		ir_valuelist_append(&r->enum_values, ir_new_value(a, VAL_STRING,
								  en->values[i], t->span));
	return r;
}

const struct type *dialect_unchecked_enum_type(const struct dialect *d,
						const struct schema *m, struct arena *a,
						const struct type *t)
{
	struct type *r;

	t = enum_inline(d, m, a, t);
	if (!type_is_inline_enum(t) || (d->caps & CAP_ENUM_TYPE))
		return NULL;
	r = ARENA_NEW(a, struct type);
	r->kind = TY_STRING;
	r->length = (long)dialect_enum_length(t);
	r->precision = -1;
	r->scale = TYPE_NO_SCALE;
	return r;
}

const struct type *dialect_resolve_enum(struct emitter *e, const struct type *t)
{
	return enum_inline(e->d, e->model, e->arena, t);
}

/* The columns with every named enum spelled inline, where the dialect has
 * no enum types (a copy only when one needs it). */
static const struct column *resolved_columns(struct emitter *e, const struct column *cols)
{
	const struct column *c;
	struct column *head = NULL, **tail = &head;

	for (c = cols; c; c = c->next)
		if (dialect_resolve_enum(e, &c->type) != &c->type)
			break;
	if (!c)
		return cols;
	for (c = cols; c; c = c->next) {
		struct column *r = ARENA_NEW(e->arena, struct column);
		*r = *c;
		r->type = *dialect_resolve_enum(e, &c->type);
		r->next = NULL;
		*tail = r;
		tail = &r->next;
	}
	return head;
}

/* "[CONSTRAINT name] CHECK (c IN ('a', 'b'))": what stands in for an
 * inline enum, as SQLAlchemy's non-native Enum makes it; unnamed, the
 * database names it. */
static void emit_enum_check(struct emitter *e, const char *name, const char *column,
			    const struct type *t)
{
	const struct value *v;

	if (name) {
		emit_raw(e, "CONSTRAINT ");
		emit_ident(e, name);
		emit_raw(e, " ");
	}
	emit_raw(e, "CHECK (");
	emit_ident(e, column);
	emit_raw(e, " IN (");
	for (v = t->enum_values.head; v; v = v->next) {
		if (v != t->enum_values.head)
			emit_raw(e, ", ");
		emit_string(e, v->text);
	}
	emit_raw(e, "))");
}

void dialect_identity_sql(struct sbuf *out, const struct identity *id)
{
	sbuf_adds(out, id->kind == IDENTITY_ALWAYS ? "GENERATED ALWAYS AS IDENTITY"
						   : "GENERATED BY DEFAULT AS IDENTITY");
	if (id->start || id->increment)
		sbuf_adds(out, " (");
	if (id->start)
		sbuf_addf(out, "START WITH %s", id->start);
	if (id->start && id->increment)
		sbuf_addc(out, ' ');
	if (id->increment)
		sbuf_addf(out, "INCREMENT BY %s", id->increment);
	if (id->start || id->increment)
		sbuf_addc(out, ')');
}

bool dialect_identity_ok(struct emitter *e, const struct identity *id)
{
	bool ok = true;

	if (id->kind == IDENTITY_NONE)
		return true;
	if (id->kind == IDENTITY_ALWAYS && e->d->identity_no_always) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, id->span,
			   "identity always is not supported by %s: its counter takes a value "
			   "given by hand (say 'identity')", e->d->rules.name);
		ok = false;
	}
	if (id->increment && strtoll(id->increment, NULL, 10) != 1 &&
	    e->d->identity_no_increment) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, id->increment_span,
			   "an identity increment other than 1 is not supported by %s: it "
			   "steps by a server setting, not by the column", e->d->rules.name);
		ok = false;
	}
	if (id->start && strtoll(id->start, NULL, 10) < 1 && e->d->identity_start_sql) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, id->start_span,
			   "an identity start below 1 is not supported by %s: its counter "
			   "counts up from 1", e->d->rules.name);
		ok = false;
	}
	return ok;
}

const char *dialect_identity_start(const struct emitter *e, const struct identity *id)
{
	if (id->kind == IDENTITY_NONE || !id->start || !e->d->identity_start_sql ||
	    strtoll(id->start, NULL, 10) <= 1)
		return NULL;
	return id->start;
}

static void emit_column_type(struct emitter *e, const struct column *c)
{
	if (e->d->column_type_sql) {
		e->d->column_type_sql(e, c, &e->stmt);
		return;
	}
	emit_type(e, &c->type);
	if (c->identity.kind != IDENTITY_NONE) {
		emit_raw(e, " ");
		dialect_identity_sql(&e->stmt, &c->identity);
	} else if (c->autoincrement) {
		emit_raw(e, " GENERATED BY DEFAULT AS IDENTITY");
	}
}

/* A primary key column is NOT NULL whether or not it says so, and
 * SQLAlchemy prints it that way; so is an autoincrement column whose
 * sequence is named, spelled out as the SERIAL it stands for, and an
 * identity, which the database makes NOT NULL. */
static bool column_not_null(const struct column *c, bool in_table_pk)
{
	return c->nullable == NULLABLE_NO ||
	       ((c->primary_key || in_table_pk) && c->nullable != NULLABLE_YES) ||
	       (c->autoincrement && c->sequence) || c->identity.kind != IDENTITY_NONE;
}

/* The sequences the columns name (autoincrement sequence NAME): made
 * before the statement that makes the columns, theirs after it.  Where the
 * database makes no such sequence the model has refused the name already
 * (rules.auto_sequence_name is NULL), whichever emitter lowers the op. */
static bool emit_named_sequences(struct emitter *e, const struct qname *table,
				 const struct column *cols, bool after)
{
	const struct column *c;

	for (c = cols; c && e->d->named_sequence_sql; c = c->next)
		if (c->autoincrement && c->sequence && !e->d->named_sequence_sql(e, table, c, after))
			return false;
	return true;
}

/* Whether a table-level primary key names the column. */
static bool in_table_primary_key(const struct constraint *cons, const char *column)
{
	const struct constraint *k;
	const struct ident *id;

	for (k = cons; k; k = k->next)
		if (k->kind == CON_PRIMARY_KEY)
			for (id = k->columns.head; id; id = id->next)
				if (strcmp(id->name, column) == 0)
					return true;
	return false;
}

/* SQLAlchemy's column layout: name TYPE [DEFAULT v] [NOT NULL].  ADD
 * COLUMN has no table body to put the column's constraints in, so there
 * they follow inline. */
static void emit_column(struct emitter *e, const struct column *c, bool inline_constraints,
			bool in_table_pk)
{
	check_column_name(e, c->name.name, c->name.span);
	emit_ident(e, c->name.name);
	emit_raw(e, " ");
	emit_column_type(e, c);
	if (c->type.kind == TY_ENUM && value_string(e, c->server_default))
		enum_use_ok(e, &c->type.enum_name, value_string(e, c->server_default),
			    c->server_default->span);
	if (c->server_default) {
		emit_raw(e, " DEFAULT ");
		emit_default_for(e, c->server_default, &c->type);
	}
	if (column_not_null(c, in_table_pk))
		emit_raw(e, " NOT NULL");
	else if (e->d->says_null && e->d->says_null(&c->type))
		emit_raw(e, " NULL");
	if (c->comment && has_cap(e, CAP_INLINE_COMMENTS) &&
	    dialect_comment_fits(e, c->comment, false, c->span)) {
		emit_raw(e, " COMMENT ");
		emit_string(e, c->comment);
	}
	if (!inline_constraints)
		return;
	if (c->primary_key)
		emit_raw(e, " PRIMARY KEY");
	if (c->unique)
		emit_raw(e, " UNIQUE");
	if (c->references && has_cap(e, CAP_INLINE_REFERENCES))
		emit_fkref(e, c->references);
	if (type_is_inline_enum(&c->type) && !has_cap(e, CAP_ENUM_TYPE) && !c->enum_no_check) {
		emit_raw(e, " ");
		emit_enum_check(e, c->enum_check, c->name.name, &c->type);
	}
}

/* Index access methods are catalog names in lower case: "USING GIN" in a
 * migration means gin, not a quoted "GIN" no server has. */
static void emit_method(struct emitter *e, const char *method)
{
	char *lower = arena_strdup(e->arena, method), *p;

	for (p = lower; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	emit_ident(e, lower);
}

static void emit_exclude(struct emitter *e, const struct constraint *c)
{
	const struct exclude_elem *x;

	if (!has_cap(e, CAP_EXCLUDE_CONSTRAINT)) {
		unsupported(e, c->span, "an exclusion constraint");
		return;
	}
	emit_raw(e, "EXCLUDE");
	if (c->using_method) {
		emit_raw(e, " USING ");
		emit_method(e, c->using_method);
	}
	emit_raw(e, " (");
	for (x = c->elems; x; x = x->next) {
		if (x != c->elems)
			emit_raw(e, ", ");
		if (x->column.name)
			emit_ident(e, x->column.name);
		else
			emit_expr_elem(e, x->expr);
	{
		emit_raw(e, " WITH ");
		emit_sql(e, x->op);
	}
	}
	emit_raw(e, ")");
	if (c->where)
	{
		emit_raw(e, " WHERE (");
		emit_sql(e, c->where);
		emit_raw(e, ")");
	}
	emit_deferral(e, c->deferrable, c->initially, c->span, false);
}

/* A table constraint, in CREATE TABLE's body or after ALTER TABLE ADD. */
static void emit_constraint(struct emitter *e, const struct constraint *c)
{
	if (c->name.name) {
		emit_raw(e, "CONSTRAINT ");
		emit_new_ident(e, &c->name);
		emit_raw(e, " ");
	}
	switch (c->kind) {
	case CON_PRIMARY_KEY:
	case CON_UNIQUE:
		emit_raw(e, c->kind == CON_UNIQUE ? "UNIQUE (" : "PRIMARY KEY (");
		emit_identlist(e, &c->columns);
		emit_raw(e, ")");
		emit_deferral(e, c->deferrable, c->initially, c->span, false);
		break;
	case CON_FOREIGN_KEY:
		emit_raw(e, "FOREIGN KEY (");
		emit_identlist(e, &c->columns);
		emit_raw(e, ")");
		emit_fkref(e, &c->ref);
		break;
	case CON_CHECK:
	{
		emit_raw(e, "CHECK (");
		emit_sql(e, c->check);
		emit_raw(e, ")");
	}
		break;
	case CON_EXCLUDE:
		emit_exclude(e, c);
		break;
	}
}

/* Hands the statement on unless this op has reported an error. */
static bool emit_finish(struct emitter *e, int nerrors)
{
	if (errors_since(e, nerrors)) {
		sbuf_reset(&e->stmt);
		return false;
	}
	emit_end(e);
	return true;
}

static void emit_alter_table(struct emitter *e, const struct qname *t)
{
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, t);
	emit_raw(e, " ");
}

static void emit_comment_on(struct emitter *e, const struct qname *t, const char *column,
			    const char *text)
{
	emit_begin(e);
	emit_raw(e, column ? "COMMENT ON COLUMN " : "COMMENT ON TABLE ");
	emit_qname(e, t);
	if (column) {
		emit_raw(e, ".");
		emit_ident(e, column);
	}
	emit_raw(e, " IS ");
	if (text)
		emit_string(e, text);
	else
		emit_raw(e, "NULL");
	emit_end(e);
}

/* A comment written inside create_table or add_column is documentation:
 * on a dialect without comments it is left out with a warning, so one
 * migration still serves every dialect.  A comment op is an error there. */
static void emit_inline_comment(struct emitter *e, const struct qname *t, const char *column,
				const char *text, struct span sp)
{
	if (has_cap(e, CAP_INLINE_COMMENTS))
		return;	/* said in the definition */
	if (has_cap(e, CAP_COMMENTS))
		emit_comment_on(e, t, column, text);
	else if (e->d->comment_fallback)
		e->d->comment_fallback(e, t, column, text);
	else
		diag_warning(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
			     "comments are not supported by %s; this one is left out",
			     e->d->rules.name);
}

static bool prefix_caseeq(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (ascii_lower((unsigned char)*s) != ascii_lower((unsigned char)*prefix))
			return false;
	return true;
}

/* with (...) options carry a dialect prefix, as SQLAlchemy's dialect
 * keyword arguments do: another dialect's are not ours to judge, and the
 * generic emitter knows none of this dialect's own. */
static void check_table_options(struct emitter *e, const struct kv *kv)
{
	size_t n = strlen(e->d->rules.name);

	for (; kv; kv = kv->next)
		if (prefix_caseeq(kv->key.name, e->d->rules.name) && kv->key.name[n] == '_')
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, kv->key.span,
				   "table option '%s' is not supported by %s",
				   kv->key.name, e->d->rules.name);
}

static void table_line(struct emitter *e, size_t *n)
{
	emit_raw(e, (*n)++ ? ",\n    " : "\n    ");
}

/* ------------------------------------------------------------------ */
/* The generic emitters, one per op kind */

/* SQLAlchemy's CREATE TABLE: columns, then the primary key the columns
 * declare, then the constraints columns declare inline (foreign keys,
 * unique, an inline enum's check) in column order, then the table's
 * own constraints as written. */
static bool same_key_columns(const struct identlist *a, const struct identlist *b)
{
	const struct ident *x, *y;

	for (x = a->head, y = b->head; x && y; x = x->next, y = y->next)
		if (strcmp(x->name, y->name) != 0)
			return false;
	return !x && !y;
}

/* Where CREATE TABLE keeps one of two keys on the same columns
 * (CAP_MERGES_SAME_KEYS): whether the unique constraint k repeats the
 * primary key or a unique constraint before it, so it must be added after
 * the table to be there at all. */
static bool key_merged(struct emitter *e, const struct op *op, const struct constraint *k)
{
	const struct constraint *o;
	const struct column *c;
	const struct ident *x;

	if (!has_cap(e, CAP_MERGES_SAME_KEYS) || k->kind != CON_UNIQUE)
		return false;
	for (o = op->u.table.constraints; o; o = o->next) {
		bool before = false;
		const struct constraint *p;
		if (o == k || (o->kind != CON_PRIMARY_KEY && o->kind != CON_UNIQUE) ||
		    !same_key_columns(&o->columns, &k->columns) ||
		    o->deferrable != k->deferrable || o->initially != k->initially)
			continue;
		for (p = op->u.table.constraints; p && p != k; p = p->next)
			before |= p == o;
		if (o->kind == CON_PRIMARY_KEY || before)
			return true;
	}
	/* the primary key said on the columns, in their order */
	x = k->columns.head;
	for (c = op->u.table.columns; c; c = c->next) {
		if (!c->primary_key)
			continue;
		if (!x || strcmp(x->name, c->name.name) != 0)
			return false;
		x = x->next;
	}
	return x == NULL && k->columns.head != NULL;
}

/* Where the identity column must be the table's primary key said on the
 * column (identity_inline_key): that column, with the name of its key in
 * *name (NULL: unnamed), and the key's table-level constraint in *key
 * (NULL: the column says it); NULL after an error where the key is
 * otherwise. */
static const struct column *inline_key(struct emitter *e, const struct op *op,
				       const struct column *cols, const char **name,
				       const struct constraint **key)
{
	const struct column *c, *id = NULL, *pk = NULL;
	const struct constraint *k;
	size_t npk = 0;

	*name = NULL;
	*key = NULL;
	if (!e->d->identity_inline_key)
		return NULL;
	for (c = cols; c; c = c->next)
		if (c->primary_key && npk++ == 0)
			pk = c;
	for (k = op->u.table.constraints; k; k = k->next)
		if (k->kind == CON_PRIMARY_KEY) {
			*key = k;
			npk += k->columns.n;
		}
	for (c = cols; c; c = c->next) {
		if (c->identity.kind == IDENTITY_NONE)
			continue;
		if (npk == 1 && (c == pk || (*key && strcmp((*key)->columns.head->name,
							    c->name.name) == 0))) {
			id = c;
			continue;
		}
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, c->identity.span,
			   "identity on %s needs '%s' to be the table's whole primary key "
			   "(INTEGER PRIMARY KEY AUTOINCREMENT)", e->d->rules.name, c->name.name);
	}
	if (id)
		*name = *key ? (*key)->name.name : NULL;
	else
		*key = NULL;
	return id;
}

/* After the table is made, what makes each identity's counter begin at
 * its start where the column cannot say it. */
static void emit_identity_starts(struct emitter *e, const struct qname *t,
				 const struct column *cols)
{
	const struct column *c;

	for (c = cols; c; c = c->next)
		if (dialect_identity_start(e, &c->identity))
			e->d->identity_start_sql(e, t, c->name.name, &c->identity);
}

/* CREATE SCHEMA, DROP SCHEMA: MySQL and MariaDB take both words for
 * a database (CAP_SCHEMAS: the database has schemas, a qualified name is
 * in one). */
static bool generic_schema(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	if (!has_cap(e, CAP_SCHEMAS)) {
		unsupported(e, op->u.schema.name.span, "a schema");
		return false;
	}
	emit_begin(e);
	emit_raw(e, op->kind == OP_CREATE_SCHEMA ? "CREATE SCHEMA " : "DROP SCHEMA ");
	if (op->kind == OP_CREATE_SCHEMA)
		dialect_check_new_name(e, op->u.schema.name.name, op->u.schema.name.span);
	emit_ident(e, op->u.schema.name.name);
	return emit_finish(e, errs);
}

static bool generic_create_table(struct emitter *e, const struct op *op)
{
	const struct qname *t = &op->u.table.name;
	const struct column *c, *cols = resolved_columns(e, op->u.table.columns), *idkey;
	const struct constraint *k, *idcon;
	const char *idname;
	int errs = e->diag->nerrors;
	size_t n = 0, npk = 0;

	if (!e->d->table_options_sql)	/* else it says what it does not know */
		check_table_options(e, op->u.table.options);
	for (c = cols; c; c = c->next)
		dialect_identity_ok(e, &c->identity);
	idkey = inline_key(e, op, cols, &idname, &idcon);
	if (errors_since(e, errs) || !emit_named_sequences(e, t, cols, false))
		return false;
	emit_begin(e);
	emit_raw(e, "CREATE TABLE ");
	emit_new_qname(e, t);
	emit_raw(e, " (");
	e->table = t;
	for (c = cols; c; c = c->next) {
		table_line(e, &n);
		emit_column(e, c, false,
			    in_table_primary_key(op->u.table.constraints, c->name.name));
		if (c != idkey)
			continue;
		if (idname) {
			emit_raw(e, " CONSTRAINT ");
			emit_ident(e, idname);
		}
		emit_raw(e, " PRIMARY KEY AUTOINCREMENT");
	}
	e->table = NULL;
	for (c = cols; c; c = c->next) {
		if (!c->primary_key || c == idkey)
			continue;
		if (npk++ == 0) {
			table_line(e, &n);
			emit_raw(e, "PRIMARY KEY (");
		} else {
			emit_raw(e, ", ");
		}
		emit_ident(e, c->name.name);
	}
	if (npk)
		emit_raw(e, ")");
	for (c = cols; c; c = c->next) {
		if (c->references) {
			table_line(e, &n);
			emit_raw(e, "FOREIGN KEY (");
			emit_ident(e, c->name.name);
			emit_raw(e, ")");
			emit_fkref(e, c->references);
		}
		if (c->unique) {
			table_line(e, &n);
			emit_raw(e, "UNIQUE (");
			emit_ident(e, c->name.name);
			emit_raw(e, ")");
		}
		if (type_is_inline_enum(&c->type) && !has_cap(e, CAP_ENUM_TYPE) &&
		    !c->enum_no_check) {
			table_line(e, &n);
			emit_enum_check(e, c->enum_check, c->name.name, &c->type);
		}
	}
	for (k = op->u.table.constraints; k; k = k->next) {
		if (key_merged(e, op, k) || k == idcon)
			continue;
		constraint_uses_ok(e, t, k, k->span);
		table_line(e, &n);
		emit_constraint(e, k);
	}
	emit_raw(e, "\n)");
	if (op->u.table.comment && has_cap(e, CAP_INLINE_COMMENTS) &&
	    dialect_comment_fits(e, op->u.table.comment, true, op->span)) {
		emit_raw(e, " COMMENT ");
		emit_string(e, op->u.table.comment);
	}
	if (e->d->table_options_sql)
		e->d->table_options_sql(e, op->u.table.options);
	if (!emit_finish(e, errs) || !emit_named_sequences(e, t, cols, true))
		return false;
	emit_identity_starts(e, t, cols);
	/* the keys CREATE TABLE would have merged into another */
	for (k = op->u.table.constraints; k; k = k->next) {
		if (!key_merged(e, op, k))
			continue;
		emit_alter_table(e, t);
		emit_raw(e, "ADD ");
		emit_constraint(e, k);
		if (!emit_finish(e, errs))
			return false;
	}
	if (op->u.table.comment)
		emit_inline_comment(e, t, NULL, op->u.table.comment, op->span);
	for (c = op->u.table.columns; c; c = c->next)
		if (c->comment)
			emit_inline_comment(e, t, c->name.name, c->comment, c->span);
	return true;
}

static bool generic_drop_table(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_begin(e);
	emit_raw(e, "DROP TABLE ");
	emit_qname(e, &op->u.target.table);
	return emit_finish(e, errs);
}

static bool generic_rename_table(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_alter_table(e, &op->u.rename.table);
	emit_raw(e, "RENAME TO ");
	if (op->u.rename.table.schema && e->d->schemas_are_databases) {
		emit_ident(e, op->u.rename.table.schema);
		emit_raw(e, ".");
	}
	emit_new_ident(e, &op->u.rename.new_name);
	return emit_finish(e, errs);
}

static bool generic_add_column(struct emitter *e, const struct op *op)
{
	const struct column *c = resolved_columns(e, &op->u.add_column.column);
	const struct qname *t = &op->u.add_column.table;
	int errs = e->diag->nerrors;

	if (!dialect_identity_ok(e, &c->identity) || !emit_named_sequences(e, t, c, false))
		return false;
	emit_alter_table(e, t);
	emit_raw(e, "ADD COLUMN ");
	e->table = t;
	emit_column(e, c, true, false);
	e->table = NULL;
	if (c->references && !has_cap(e, CAP_INLINE_REFERENCES)) {
		/* the same statement: the column never stands without its key */
		emit_raw(e, ", ADD FOREIGN KEY (");
		emit_ident(e, c->name.name);
		emit_raw(e, ")");
		emit_fkref(e, c->references);
	}
	if (!emit_finish(e, errs) || !emit_named_sequences(e, t, c, true))
		return false;
	emit_identity_starts(e, t, c);
	if (c->comment)
		emit_inline_comment(e, t, c->name.name, c->comment, c->span);
	return true;
}

static bool generic_drop_column(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_alter_table(e, &op->u.drop_column.table);
	emit_raw(e, "DROP COLUMN ");
	emit_ident(e, op->u.drop_column.column.name);
	return emit_finish(e, errs);
}

static void emit_alter_column_head(struct emitter *e, const struct op *op)
{
	emit_alter_table(e, &op->u.alter.table);
	emit_raw(e, "ALTER COLUMN ");
	emit_ident(e, op->u.alter.column.name);
	emit_raw(e, " ");
}

/* An identity added (ADD GENERATED ... AS IDENTITY), or changed in place
 * where the column had one (its sequence, and so its place, is kept):
 * every setting said, so that a downgrade restores the ones it had. */
static void emit_set_identity(struct emitter *e, const struct op *op)
{
	const struct identity *id = &op->u.alter.identity;
	const struct sch_table *bt = schema_snapshot_table(e->before, &op->u.alter.table);
	const struct sch_column *was = bt ? schema_column(bt, op->u.alter.column.name) : NULL;

	emit_alter_column_head(e, op);
	if (was && sch_column_identity(was)->kind != IDENTITY_NONE &&
	    !(op->u.alter.changes & ALTER_DROP_IDENTITY)) {
		emit_fmt(e, "SET GENERATED %s SET START WITH %s SET INCREMENT BY %s",
			 id->kind == IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT",
			 id->start ? id->start : "1", id->increment ? id->increment : "1");
	} else {
		emit_raw(e, "ADD ");
		dialect_identity_sql(&e->stmt, id);
	}
	emit_end(e);
}

/* One statement per change, in Alembic's order for PostgreSQL: the type
 * first (a new default must suit the new type), the rename last (the
 * other statements name the column by its old name).  Everything that can
 * fail is checked before the first statement is handed on. */
static bool generic_alter_column(struct emitter *e, const struct op *op)
{
	unsigned ch = op->u.alter.changes;
	const struct qname *t = &op->u.alter.table;
	const char *col = op->u.alter.column.name;
	int errs = e->diag->nerrors;

	if ((ch & ALTER_TYPE) && !has_cap(e, CAP_ALTER_COLUMN_TYPE))
		unsupported(e, op->span, "changing a column's type");
	if ((ch & ALTER_TYPE) && op->u.alter.using_expr && !has_cap(e, CAP_USING_CAST))
		unsupported(e, op->span, "a type change with 'using'");
	if ((ch & ALTER_COMMENT) && !has_cap(e, CAP_COMMENTS) && !e->d->comment_fallback)
		unsupported(e, op->span, "a column comment");
	if (ch & ALTER_RENAME)
		check_column_name(e, op->u.alter.new_name.name, op->u.alter.new_name.span);
	if (ch & ALTER_SET_IDENTITY)
		dialect_identity_ok(e, &op->u.alter.identity);
	if (errors_since(e, errs))
		return false;

	if (ch & ALTER_TYPE) {
		/* an inline enum's check goes first (it would hold the new type
		 * to the old values); one that stays an inline enum keeps its
		 * name (the model's) */
		const struct sch_table *bt = schema_snapshot_table(e->before, t);
		const struct sch_column *was = bt ? schema_column(bt, col) : NULL;
		const char *kept = NULL;
		struct sbuf retype = SBUF_INIT;
		emit_alter_column_head(e, op);
		emit_raw(e, "TYPE ");
		emit_type(e, &op->u.alter.type);
		if (op->u.alter.using_expr)
		{
			emit_raw(e, " USING ");
			emit_sql(e, op->u.alter.using_expr);
		}
		if (errors_since(e, errs)) {
			sbuf_reset(&e->stmt);
			return false;
		}
		if (was && type_is_inline_enum(was->type) && sch_column_enum_check(was)) {
			sbuf_add(&retype, e->stmt.buf, e->stmt.len);
			sbuf_reset(&e->stmt);
			emit_alter_table(e, t);
			emit_raw(e, "DROP CONSTRAINT ");
			emit_ident(e, sch_column_enum_check(was));
			emit_end(e);
			emit_begin(e);
			sbuf_add(&e->stmt, retype.buf, retype.len);
			sbuf_release(&retype);
			if (type_is_inline_enum(&op->u.alter.type))
				kept = sch_column_enum_check(was);
		}
		emit_end(e);
		if (type_is_inline_enum(&op->u.alter.type) && !(was && was->enum_no_check)) {
			emit_alter_table(e, t);
			emit_raw(e, "ADD ");
			emit_enum_check(e, kept, col, &op->u.alter.type);
			emit_end(e);
		}
	}
	if (ch & ALTER_DROP_IDENTITY) {	/* (an identity is NOT NULL) */
		emit_alter_column_head(e, op);
		emit_raw(e, "DROP IDENTITY");
		emit_end(e);
	}
	if (ch & ALTER_SET_NOT_NULL) {
		emit_alter_column_head(e, op);
		emit_raw(e, "SET NOT NULL");
		emit_end(e);
	}
	if (ch & ALTER_DROP_NOT_NULL) {
		emit_alter_column_head(e, op);
		emit_raw(e, "DROP NOT NULL");
		emit_end(e);
	}
	if (ch & ALTER_SET_DEFAULT) {
		const struct sch_table *mt = e->model ? schema_table(e->model, t) : NULL;
		const struct sch_column *mc =
			mt ? schema_column(mt, ch & ALTER_RENAME ? op->u.alter.new_name.name : col)
			   : NULL;
		const struct value *dv = op->u.alter.default_value;
		if (mc && mc->type->kind == TY_ENUM && value_string(e, dv) &&
		    !enum_use_ok(e, &mc->type->enum_name, value_string(e, dv), dv->span))
			return false;
		emit_alter_column_head(e, op);
		emit_raw(e, "SET DEFAULT ");
		emit_default(e, op->u.alter.default_value);
		emit_end(e);
	}
	if (ch & ALTER_DROP_DEFAULT) {
		emit_alter_column_head(e, op);
		emit_raw(e, "DROP DEFAULT");
		emit_end(e);
	}
	if (ch & ALTER_SET_IDENTITY)
		emit_set_identity(e, op);
	if ((ch & ALTER_COMMENT) && has_cap(e, CAP_COMMENTS))
		emit_comment_on(e, t, col, op->u.alter.comment);
	else if (ch & ALTER_COMMENT)
		e->d->comment_fallback(e, t, col, op->u.alter.comment);
	if (ch & ALTER_RENAME) {
		emit_alter_table(e, t);
		emit_raw(e, "RENAME ");
		emit_ident(e, col);
		emit_raw(e, " TO ");
		emit_ident(e, op->u.alter.new_name.name);
		emit_end(e);
	}
	return true;
}

static bool index_cap(const struct emitter *e, enum index_cap cap)
{
	return (e->d->index_caps & cap) != 0;
}

bool dialect_index_options_ok(struct emitter *e, const struct index_def *ix)
{
	int errs = e->diag->nerrors;

	if (ix->include.n && !index_cap(e, INDEXCAP_INCLUDE))
		unsupported(e, ix->include_span, "an index with INCLUDE columns ('include')");
	if (ix->ops && !index_cap(e, INDEXCAP_OPCLASS))
		unsupported(e, ix->ops_span, "an operator class in an index ('ops')");
	if (ix->lengths && !index_cap(e, INDEXCAP_PREFIX))
		unsupported(e, ix->lengths_span, "an index on a column's prefix ('length')");
	return !errors_since(e, errs);
}

/* A key column: its prefix length and its operator class, where the index
 * gives them. */
static void emit_index_column(struct emitter *e, const struct index_def *ix, const char *name)
{
	const struct index_colopt *o;

	emit_ident(e, name);
	if ((o = ir_index_colopt(ix->lengths, name)) != NULL)
		emit_fmt(e, "(%s)", o->text);
	if ((o = ir_index_colopt(ix->ops, name)) != NULL) {
		emit_raw(e, " ");
		emit_ident(e, o->text);
	}
}

static void emit_index_elem(struct emitter *e, const struct index_def *ix,
			    const struct index_elem *x)
{
	if (x->column.name) {
		emit_index_column(e, ix, x->column.name);
	} else {
		if (!has_cap(e, CAP_EXPRESSION_INDEX))
			unsupported(e, x->span, "an expression index");
		emit_expr_elem(e, x->expr);
	}
	switch (x->order) {
	case SORT_UNSET:
		break;
	case SORT_ASC:
		emit_raw(e, " ASC");
		break;
	case SORT_DESC:
		emit_raw(e, " DESC");
		break;
	}
	if (x->nulls != NULLS_UNSET && !has_cap(e, CAP_INDEX_NULLS_ORDER))
		unsupported(e, x->span, "NULLS FIRST/LAST in an index");
	switch (x->nulls) {
	case NULLS_UNSET:
		break;
	case NULLS_FIRST:
		emit_raw(e, " NULLS FIRST");
		break;
	case NULLS_LAST:
		emit_raw(e, " NULLS LAST");
		break;
	}
}

static bool generic_create_index(struct emitter *e, const struct op *op)
{
	const struct index_elem *x;
	int errs = e->diag->nerrors;

	if (!op->u.index.table.name) {
		diag_error(e->diag, DIAG_GENERIC, e->src, op->span,
			   "index '%s' names no table", op->u.index.name.name);
		return false;
	}
	if (op->u.index.concurrently && !has_cap(e, CAP_CONCURRENT_INDEX))
		unsupported(e, op->span, "creating an index concurrently");
	else if (op->u.index.concurrently && e->in_transaction)
		in_transaction_error(e, op, "create_index");
	if (op->u.index.where && !has_cap(e, CAP_PARTIAL_INDEX))
		unsupported(e, op->span, "a partial index");
	dialect_index_options_ok(e, &op->u.index);
	index_uses_ok(e, op);
	emit_begin(e);
	emit_raw(e, op->u.index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	if (op->u.index.concurrently)
		emit_raw(e, "CONCURRENTLY ");
	emit_new_ident(e, &op->u.index.name);
	emit_raw(e, " ON ");
	emit_qname(e, &op->u.index.table);
	if (op->u.index.using_method && !has_cap(e, CAP_INDEX_METHOD))
		unsupported(e, op->span, "an index method ('using')");
	if (op->u.index.using_method) {
		emit_raw(e, " USING ");
		emit_method(e, op->u.index.using_method);
	}
	emit_raw(e, " (");
	for (x = op->u.index.elems; x; x = x->next) {
		if (x != op->u.index.elems)
			emit_raw(e, ", ");
		emit_index_elem(e, &op->u.index, x);
	}
	emit_raw(e, ")");
	if (op->u.index.include.n) {
		const struct ident *id;
		emit_raw(e, " INCLUDE (");
		for (id = op->u.index.include.head; id; id = id->next) {
			emit_ident(e, id->name);
			if (id->next)
				emit_raw(e, ", ");
		}
		emit_raw(e, ")");
	}
	if (op->u.index.where)
	{
		emit_raw(e, " WHERE ");
		emit_sql(e, op->u.index.where);
	}
	return emit_finish(e, errs);
}

/* An index lives in its table's schema, so a qualified table qualifies
 * the index name. */
static bool generic_drop_index(struct emitter *e, const struct op *op)
{
	struct qname q;
	int errs = e->diag->nerrors;

	q.schema = op->u.index.table.schema;
	q.name = op->u.index.name.name;
	q.span = op->u.index.name.span;
	if (op->u.index.concurrently && !has_cap(e, CAP_CONCURRENT_INDEX))
		unsupported(e, op->span, "dropping an index concurrently");
	else if (op->u.index.concurrently && e->in_transaction)
		in_transaction_error(e, op, "drop_index");
	emit_begin(e);
	emit_raw(e, op->u.index.concurrently ? "DROP INDEX CONCURRENTLY " : "DROP INDEX ");
	emit_qname(e, &q);
	return emit_finish(e, errs);
}

/* The five create_*_constraint ops differ only in their constraint. */
static bool generic_add_constraint(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	constraint_uses_ok(e, &op->u.constraint.table, &op->u.constraint.con, op->span);
	emit_alter_table(e, &op->u.constraint.table);
	emit_raw(e, "ADD ");
	emit_constraint(e, &op->u.constraint.con);
	return emit_finish(e, errs);
}

static bool generic_drop_constraint(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_alter_table(e, &op->u.drop_constraint.table);
	emit_raw(e, "DROP CONSTRAINT ");
	emit_ident(e, op->u.drop_constraint.name.name);
	return emit_finish(e, errs);
}

static bool generic_table_comment(struct emitter *e, const struct op *op)
{
	const char *text = op->kind == OP_CREATE_TABLE_COMMENT ? op->u.target.comment : NULL;

	if (!has_cap(e, CAP_COMMENTS) && e->d->comment_fallback) {
		e->d->comment_fallback(e, &op->u.target.table, NULL, text);
		return true;
	}
	if (!has_cap(e, CAP_COMMENTS)) {
		unsupported(e, op->span, "a table comment");
		return false;
	}
	emit_comment_on(e, &op->u.target.table, NULL, text);
	return true;
}

/* Where enums are not schema objects, an enum's values are spelled in
 * every column that uses it, so creating or dropping one has nothing to
 * say to the database: that is not a drop. */
static bool generic_create_enum(struct emitter *e, const struct op *op)
{
	const struct value *v;
	int errs = e->diag->nerrors;

	if (!has_cap(e, CAP_NATIVE_ENUM))
		return true;
	if (!op->u.enumdef.name.schema &&
	    util_word_in(e->d->builtin_types, e->d->nbuiltin_types, op->u.enumdef.name.name,
			 strlen(op->u.enumdef.name.name))) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->u.enumdef.name.span,
			   "'%s' names a built-in type (or a keyword) on %s: a column declared "
			   "with it would not get this enum; choose another name",
			   op->u.enumdef.name.name, e->d->rules.name);
		return false;
	}
	emit_begin(e);
	emit_raw(e, "CREATE TYPE ");
	emit_new_qname(e, &op->u.enumdef.name);
	emit_raw(e, " AS ENUM (");
	for (v = op->u.enumdef.values.head; v; v = v->next) {
		if (v != op->u.enumdef.values.head)
			emit_raw(e, ", ");
		emit_string(e, v->text);
	}
	emit_raw(e, ")");
	return emit_finish(e, errs);
}

static bool generic_drop_enum(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	if (!has_cap(e, CAP_NATIVE_ENUM))
		return true;
	emit_begin(e);
	emit_raw(e, "DROP TYPE ");
	emit_qname(e, &op->u.enumdef.name);
	return emit_finish(e, errs);
}

/* ---- alter_enum ---- */

/* The values of the enum the op edits, after it (the model's), as an
 * inline enum type: a named enum's, or the column's own; NULL where the
 * model has none, or refused the op. */
const struct type *dialect_enum_after(struct emitter *e, const struct op *op)
{
	const struct sch_table *t;
	const struct sch_column *c;
	const struct sch_enum *en;
	struct type *r;
	size_t i;

	if (!e->model || e->refused)
		return NULL;
	if (op->u.alter_enum.name.name) {
		if (!(en = schema_enum(e->model, &op->u.alter_enum.name)))
			return NULL;
		r = ARENA_NEW(e->arena, struct type);
		r->kind = TY_ENUM;
		r->span = op->span;
		for (i = 0; i < en->nvalues; i++)
			ir_valuelist_append(&r->enum_values, ir_new_value(e->arena, VAL_STRING,
									  en->values[i], op->span));
		return r;
	}
	t = schema_table(e->model, &op->u.alter_enum.table);
	c = t ? schema_column(t, op->u.alter_enum.column.name) : NULL;
	return c && type_is_inline_enum(c->type) ? c->type : NULL;
}

/* The same values as they were before the op (order aside for a dropped
 * one, which goes last), or, with `both`, a rename's old value kept too,
 * right after its new one: the list a column must allow while its rows
 * are renamed. */
const struct type *dialect_enum_before(struct emitter *e, const struct op *op,
				       const struct type *after, bool both)
{
	struct type *r = ARENA_NEW(e->arena, struct type);
	const char *val = op->u.alter_enum.value->text;
	const char *other = op->u.alter_enum.other ? op->u.alter_enum.other->text : NULL;
	const struct value *v;

	*r = *after;
	memset(&r->enum_values, 0, sizeof(r->enum_values));
	for (v = after->enum_values.head; v; v = v->next) {
		const char *text = v->text;
		if (op->u.alter_enum.change == ENUM_ADD_VALUE && strcmp(text, val) == 0)
			continue;
		if (op->u.alter_enum.change == ENUM_RENAME_VALUE && strcmp(text, other) == 0) {
			if (both)
				ir_valuelist_append(&r->enum_values, ir_new_value(e->arena, VAL_STRING,
										  text, v->span));
			text = val;
		}
		ir_valuelist_append(&r->enum_values, ir_new_value(e->arena, VAL_STRING, text,
								  v->span));
	}
	if (op->u.alter_enum.change == ENUM_DROP_VALUE)
		ir_valuelist_append(&r->enum_values, ir_new_value(e->arena, VAL_STRING, val,
								  op->u.alter_enum.value->span));
	return r;
}

/* Where a value added to an enum cannot be used before the transaction
 * commits (CAP_ENUM_ADD_WAITS): the values added in the open one. */
struct enum_added {
	const char *key;	/* the enum's "schema.name" */
	const char *value;
	struct srcfile *src;
	struct span span;
};

static const char *enum_key(struct emitter *e, const struct qname *q)
{
	return q->schema ? arena_printf(e->arena, "%s.%s", q->schema, q->name) : q->name;
}

void emitter_committed(struct emitter *e)
{
	e->nadded = 0;
}

/* A use of `value` where a column of enum q takes it: an error where the
 * value was added in this transaction and the database would refuse it. */
static bool enum_use_ok(struct emitter *e, const struct qname *q, const char *value,
			struct span sp)
{
	const char *key;
	size_t i;

	if (!e->nadded || !q->name || !value)
		return true;
	key = enum_key(e, q);
	for (i = 0; i < e->nadded; i++) {
		const struct enum_added *a = &e->added[i];
		if (strcmp(a->key, key) != 0 || strcmp(a->value, value) != 0)
			continue;
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "'%s' was added to enum "
			   "'%s' in this transaction, and %s cannot use it before the transaction "
			   "commits: make the revision that adds it 'transactional false;', or use "
			   "it in a later revision with transaction_per_migration = true",
			   value, key, e->d->rules.name);
		diag_note(e->diag, DIAG_DIALECT_UNSUPPORTED, a->src, a->span, "it was added here");
		return false;
	}
	return true;
}

/* The same for every string in a fragment of table q (a CHECK, a WHERE)
 * that one of its enum columns may be compared with. */
static bool enum_uses_ok(struct emitter *e, const struct qname *q, const char *sql,
			 struct span sp)
{
	const struct sch_table *t = e->nadded && e->model && sql ? schema_table(e->model, q)
								 : NULL;
	struct sqlscan sc;
	struct sqltok tok;
	struct sbuf v = SBUF_INIT;
	bool ok = true;
	size_t i;

	if (!t)
		return true;
	sqlscan_init(&sc, &e->d->rules.sql, sql, strlen(sql));
	while (ok && sqlscan_next(&sc, &tok)) {
		if (tok.kind != SQLTOK_STRING)
			continue;
		sbuf_reset(&v);
		sqltok_value(&e->d->rules.sql, sql, &tok, &v);
		for (i = 0; ok && i < t->ncolumns; i++)
			if (t->columns[i]->type->kind == TY_ENUM)
				ok = enum_use_ok(e, &t->columns[i]->type->enum_name, sbuf_str(&v), sp);
	}
	sbuf_release(&v);
	return ok;
}

/* The same for the fragments of a constraint (a check; an exclusion's
 * elements and WHERE) and of an index (its expressions and WHERE). */
static void constraint_uses_ok(struct emitter *e, const struct qname *q,
			       const struct constraint *k, struct span sp)
{
	const struct exclude_elem *x;

	if (!e->nadded)
		return;
	if (k->kind == CON_CHECK)
		enum_uses_ok(e, q, k->check, sp);
	if (k->kind != CON_EXCLUDE)
		return;
	if (k->where)
		enum_uses_ok(e, q, k->where, sp);
	for (x = k->elems; x; x = x->next)
		if (x->expr)
			enum_uses_ok(e, q, x->expr, sp);
}

static void index_uses_ok(struct emitter *e, const struct op *op)
{
	const struct index_elem *x;

	if (!e->nadded)
		return;
	if (op->u.index.where)
		enum_uses_ok(e, &op->u.index.table, op->u.index.where, op->span);
	for (x = op->u.index.elems; x; x = x->next)
		if (x->expr)
			enum_uses_ok(e, &op->u.index.table, x->expr, x->span);
}

static void emit_string_list(struct emitter *e, const struct type *t)
{
	const struct value *v;

	for (v = t->enum_values.head; v; v = v->next) {
		if (v != t->enum_values.head)
			emit_raw(e, ", ");
		emit_string(e, v->text);
	}
}

/* Whether an index of t uses the column: in its columns, its expressions
 * or its WHERE. */
static bool index_mentions(struct emitter *e, const struct sch_index *ix, const char *col)
{
	const struct index_elem *x;

	if (ix->def->where && schema_sql_mentions(e->model, ix->def->where, col))
		return true;
	for (x = ix->def->elems; x; x = x->next)
		if ((x->column.name && strcmp(x->column.name, col) == 0) ||
		    (x->expr && schema_sql_mentions(e->model, x->expr, col)))
			return true;
	return false;
}

/* Whether a check or exclusion constraint uses the column (an
 * expression PostgreSQL reads again, with the type in it, when the type
 * is made anew). */
static bool constraint_mentions(struct emitter *e, const struct sch_constraint *con,
				const char *col)
{
	const struct exclude_elem *x;

	if (con->kind == CON_CHECK)
		return schema_sql_mentions(e->model, con->check, col);
	if (con->kind != CON_EXCLUDE || !con->def)
		return false;
	if (con->def->where && schema_sql_mentions(e->model, con->def->where, col))
		return true;
	for (x = con->def->elems; x; x = x->next)
		if ((x->column.name && strcmp(x->column.name, col) == 0) ||
		    (x->expr && schema_sql_mentions(e->model, x->expr, col)))
			return true;
	return false;
}

/* Whether a foreign key has a column the enum op changes, on either side:
 * its own table's, or the one it references. */
static bool fk_of_enum(struct emitter *e, const struct op *op, const struct sch_table *t,
		       const struct sch_constraint *k)
{
	const struct sch_table *r = schema_table(e->model, &k->ref_table);
	const struct sch_column *c;
	size_t i;

	for (i = 0; i < k->ncolumns; i++)
		if ((c = schema_column(t, k->columns[i])) &&
		    schema_alter_enum_column(e->model, op, t, c))
			return true;
	for (i = 0; r && i < k->nref_columns; i++)
		if ((c = schema_column(r, k->ref_columns[i])) &&
		    schema_alter_enum_column(e->model, op, r, c))
			return true;
	return false;
}

bool dialect_enum_fks(struct emitter *e, const struct op *op, bool add, const char *drop)
{
	size_t i, k;

	for (i = 0; i < e->model->ntables; i++) {
		const struct sch_table *t = e->model->table_list[i];
		for (k = 0; !t->dropped && k < t->nconstraints; k++) {
			const struct sch_constraint *fk = t->constraints[k];
			if (fk->kind != CON_FOREIGN_KEY || !fk_of_enum(e, op, t, fk))
				continue;
			if (!fk->name) {
				diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
					   "a foreign key of '%s' joins columns of the enum, and %s "
					   "cannot change them while it holds: it must be dropped "
					   "first, and it has no name the model knows", t->key,
					   e->d->rules.name);
				return false;
			}
			emit_alter_table(e, &t->name);
			if (add) {	/* by its name: a name the database chose may
					 * not come again (MySQL counts on) */
				struct constraint *ir = schema_constraint_ir(e->model, e->arena, t, fk);
				ir->name.name = fk->name;
				emit_raw(e, "ADD ");
				emit_constraint(e, ir);
			} else {
				emit_raw(e, drop);
				emit_ident(e, fk->name);
			}
			emit_end(e);
		}
	}
	return true;
}

/* A named enum loses a value: PostgreSQL cannot drop one, so the type is
 * made anew without it under a name of its own, every column of the enum
 * is cast to it through text, the old type is dropped and the new one
 * takes its name.  A column's default, and the checks and indexes that
 * use the column (whose expressions PostgreSQL would read again with the
 * old type in them), are dropped before and made again after. */
static bool enum_rebuild(struct emitter *e, const struct op *op, const struct type *after)
{
	const struct qname *q = &op->u.alter_enum.name;
	struct qname tmp = { q->schema, arena_printf(e->arena, "_retort_tmp_%s", q->name),
			     q->span };
	const char *key = enum_key(e, q);
	int errs = e->diag->nerrors;
	size_t i, j, k, pass;

	if (!dialect_enum_fks(e, op, false, "DROP CONSTRAINT "))
		return false;
	emit_begin(e);
	emit_raw(e, "CREATE TYPE ");
	emit_qname(e, &tmp);
	emit_raw(e, " AS ENUM (");
	emit_string_list(e, after);
	emit_raw(e, ")");
	emit_end(e);
	/* pass 0: what goes, and the cast; pass 1: what comes back */
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1) {
			emit_begin(e);
			emit_raw(e, "DROP TYPE ");
			emit_qname(e, q);
			emit_end(e);
			emit_begin(e);
			emit_raw(e, "ALTER TYPE ");
			emit_qname(e, &tmp);
			emit_raw(e, " RENAME TO ");
			emit_ident(e, q->name);
			emit_end(e);
		}
		for (i = 0; i < e->model->ntables; i++) {
			const struct sch_table *t = e->model->table_list[i];
			for (j = 0; !t->dropped && j < t->ncolumns; j++) {
				const struct sch_column *c = t->columns[j];
				const struct type *ty = c->type;
				if (ty->kind != TY_ENUM || !ty->enum_name.name ||
				    strcmp(enum_key(e, &ty->enum_name), key) != 0)
					continue;
				for (k = 0; k < t->nconstraints; k++) {
					const struct sch_constraint *con = t->constraints[k];
					if (!con->name || !constraint_mentions(e, con, c->name))
						continue;
					emit_alter_table(e, &t->name);
					if (pass) {
						emit_raw(e, "ADD ");
						emit_constraint(e, schema_constraint_ir(e->model, e->arena,
											t, con));
					} else {
						emit_raw(e, "DROP CONSTRAINT ");
						emit_ident(e, con->name);
					}
					emit_end(e);
				}
				for (k = 0; k < t->nindexes; k++) {
					const struct sch_index *ix = t->indexes[k];
					struct qname iq = { t->name.schema, ix->name, op->span };
					if (!index_mentions(e, ix, c->name))
						continue;
					if (pass) {
						generic_create_index(e, schema_index_ir(e->arena, t, ix));
						continue;
					}
					emit_begin(e);
					emit_raw(e, "DROP INDEX ");
					emit_qname(e, &iq);
					emit_end(e);
				}
				if (c->server_default) {
					emit_alter_table(e, &t->name);
					emit_raw(e, "ALTER COLUMN ");
					emit_ident(e, c->name);
					emit_raw(e, pass ? " SET DEFAULT " : " DROP DEFAULT");
					if (pass)
						emit_default_for(e, c->server_default, ty);
					emit_end(e);
				}
				if (pass)
					continue;
				emit_alter_table(e, &t->name);
				emit_raw(e, "ALTER COLUMN ");
				emit_ident(e, c->name);
				emit_raw(e, " TYPE ");
				emit_qname(e, &tmp);
				emit_raw(e, " USING ");
				emit_ident(e, c->name);
				emit_raw(e, "::text::");
				emit_qname(e, &tmp);
				emit_end(e);
			}
		}
	}
	dialect_enum_fks(e, op, true, NULL);
	return !errors_since(e, errs);
}

/* A column's inline enum, where it is a CHECK of its values: the check
 * goes, the column's VARCHAR follows the longest value, a renamed value's
 * rows are renamed, and the check comes back under its name. */
static bool inline_enum_edit(struct emitter *e, const struct op *op, const struct type *after)
{
	const struct qname *q = &op->u.alter_enum.table;
	const char *col = op->u.alter_enum.column.name;
	const struct sch_table *t = schema_table(e->model, q);
	const struct sch_column *c = t ? schema_column(t, col) : NULL;
	const struct type *before = dialect_enum_before(e, op, after, false);
	int pass;

	if (!c)
		return false;
	if (!sch_column_enum_check(c) && !c->enum_no_check) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span, "the check of the "
			   "inline enum of '%s.%s' has no name the model knows, and %s drops a "
			   "check by its name", t->key, col, e->d->rules.name);
		return false;
	}
	if (!c->enum_no_check) {
		emit_alter_table(e, q);
		emit_raw(e, "DROP CONSTRAINT ");
		emit_ident(e, sch_column_enum_check(c));
		emit_end(e);
	}
	/* a longer VARCHAR before the rows are renamed, a shorter one after */
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1 && op->u.alter_enum.change == ENUM_RENAME_VALUE) {
			dialect_enum_rename_rows(e, q, col, op);
			/* a default of the old value, a plain string: as the model */
			if (c->server_default && c->server_default->kind == VAL_STRING &&
			    strcmp(c->server_default->text, op->u.alter_enum.other->text) == 0) {
				emit_alter_table(e, q);
				emit_raw(e, "ALTER COLUMN ");
				emit_ident(e, col);
				emit_raw(e, " SET DEFAULT ");
				emit_default_for(e, c->server_default, after);
				emit_end(e);
			}
		}
		if ((pass == 0) != (dialect_enum_length(after) > dialect_enum_length(before)) ||
		    dialect_enum_length(before) == dialect_enum_length(after))
			continue;
		emit_alter_table(e, q);
		emit_raw(e, "ALTER COLUMN ");
		emit_ident(e, col);
		emit_raw(e, " TYPE ");
		emit_type(e, after);
		emit_end(e);
	}
	if (c->enum_no_check)
		return true;
	emit_alter_table(e, q);
	emit_raw(e, "ADD ");
	emit_enum_check(e, sch_column_enum_check(c), col, after);
	emit_end(e);
	return true;
}

void dialect_enum_rename_rows(struct emitter *e, const struct qname *table, const char *col,
			      const struct op *op)
{
	emit_begin(e);
	emit_raw(e, "UPDATE ");
	emit_qname(e, table);
	emit_raw(e, " SET ");
	emit_ident(e, col);
	emit_raw(e, " = ");
	emit_string(e, op->u.alter_enum.other->text);
	emit_raw(e, " WHERE ");
	emit_ident(e, col);
	emit_raw(e, " = ");
	emit_string(e, op->u.alter_enum.value->text);
	emit_end(e);
}

/* PostgreSQL's ALTER TYPE for a named enum (and a rebuild to drop a
 * value); a column's inline enum is its CHECK. */
static bool generic_alter_enum(struct emitter *e, const struct op *op)
{
	const struct qname *q = &op->u.alter_enum.name;
	const struct type *after = dialect_enum_after(e, op);
	const struct value *v = op->u.alter_enum.value, *o = op->u.alter_enum.other;
	int errs = e->diag->nerrors;
	size_t i;

	if (!after)
		return false;	/* the model said why */
	if (!q->name) {
		if (has_cap(e, CAP_ENUM_TYPE)) {
			unsupported(e, op->span, "changing an inline enum's values this way");
			return false;
		}
		return inline_enum_edit(e, op, after);
	}
	if (!has_cap(e, CAP_NATIVE_ENUM)) {
		unsupported(e, op->span, "changing an enum type's values");
		return false;
	}
	switch (op->u.alter_enum.change) {
	case ENUM_ADD_VALUE:
		emit_begin(e);
		emit_raw(e, "ALTER TYPE ");
		emit_qname(e, q);
		emit_raw(e, " ADD VALUE ");
		emit_string(e, v->text);
		if (o) {
			emit_raw(e, op->u.alter_enum.place == ENUM_BEFORE ? " BEFORE " : " AFTER ");
			emit_string(e, o->text);
		}
		if (!emit_finish(e, errs))
			return false;
		if (e->in_transaction && has_cap(e, CAP_ENUM_ADD_WAITS)) {
			struct enum_added *a;
			XGROW(e->added, e->capadded, e->nadded + 1);
			a = &e->added[e->nadded++];
			a->key = arena_strdup(e->arena, enum_key(e, q));
			a->value = arena_strdup(e->arena, v->text);
			a->src = e->src;
			a->span = v->span;
		}
		return true;
	case ENUM_RENAME_VALUE:
		emit_begin(e);
		emit_raw(e, "ALTER TYPE ");
		emit_qname(e, q);
		emit_raw(e, " RENAME VALUE ");
		emit_string(e, v->text);
		emit_raw(e, " TO ");
		emit_string(e, o->text);
		/* a value added in this transaction is as new under its new name */
		for (i = 0; i < e->nadded; i++)
			if (strcmp(e->added[i].key, enum_key(e, q)) == 0 &&
			    strcmp(e->added[i].value, v->text) == 0)
				e->added[i].value = arena_strdup(e->arena, o->text);
		return emit_finish(e, errs);
	case ENUM_DROP_VALUE:
		/* the enum is a new type, whose values can all be used */
		for (i = e->nadded; i-- > 0;)
			if (strcmp(e->added[i].key, enum_key(e, q)) == 0)
				e->added[i] = e->added[--e->nadded];
		return enum_rebuild(e, op, after);
	}
	UNREACHABLE();
}

/* ---- views and triggers ---- */

/* The text less the blanks around it and the ';' it may end with. */
static const char *statement_body(const char *s, size_t *len)
{
	s = trim_sql(s ? s : "", len);
	while (*len && (s[*len - 1] == ';' || is_space(s[*len - 1])))
		(*len)--;
	return s;
}

/* A view's query is a fragment, spelled for the database; `or replace`
 * where it has none is a drop of the view there may be first. */
static bool generic_create_view(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;
	size_t len, i;
	const char *sql = statement_body(op->u.view.sql, &len);
	const struct sch_view *mv = e->model && e->nadded ? schema_view(e->model, &op->u.view.name)
							  : NULL;

	/* a value added in this transaction, written in the view */
	for (i = 0; mv && i < mv->nreads; i++) {
		struct qname q = { NULL, mv->reads[i], op->span };
		if (!schema_view(e->model, &q))
			enum_uses_ok(e, &q, op->u.view.sql, op->u.view.sql_span);
	}

	if (op->u.view.replace && !has_cap(e, CAP_REPLACE_VIEW)) {
		emit_begin(e);
		emit_raw(e, "DROP VIEW IF EXISTS ");
		emit_qname(e, &op->u.view.name);
		emit_end(e);
	}
	emit_begin(e);
	emit_raw(e, op->u.view.replace && has_cap(e, CAP_REPLACE_VIEW) ? "CREATE OR REPLACE VIEW "
									: "CREATE VIEW ");
	emit_new_qname(e, &op->u.view.name);
	emit_raw(e, " AS ");
	emit_sql(e, arena_strndup(e->arena, sql, len));
	return emit_finish(e, errs);
}

static bool generic_drop_view(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_begin(e);
	emit_raw(e, "DROP VIEW ");
	emit_qname(e, &op->u.view.name);
	return emit_finish(e, errs);
}

/* A trigger is the database's own statement, as written (as execute's). */
static bool generic_create_trigger(struct emitter *e, const struct op *op)
{
	size_t len;
	const char *sql = statement_body(op->u.trigger.sql, &len);

	if (!len) {
		diag_error(e->diag, DIAG_GENERIC, e->src, op->u.trigger.sql_span, "trigger '%s' "
			   "has no SQL", op->u.trigger.name.name);
		return false;
	}
	emit_begin(e);
	sbuf_add(&e->stmt, sql, len);
	if (sqlscan_ends_in_line_comment(&e->d->native, sql, len))
		emit_raw(e, "\n");
	emit_end(e);
	return true;
}

/* DROP TRIGGER name [ON table, where a name is its table's own]. */
static bool generic_drop_trigger(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	emit_begin(e);
	emit_raw(e, "DROP TRIGGER ");
	if (!e->d->rules.trigger_names_per_table && op->u.trigger.table.schema) {
		emit_ident(e, op->u.trigger.table.schema);	/* its table's schema's */
		emit_raw(e, ".");
	}
	emit_ident(e, op->u.trigger.name.name);
	if (e->d->rules.trigger_names_per_table) {
		emit_raw(e, " ON ");
		emit_qname(e, &op->u.trigger.table);
	}
	return emit_finish(e, errs);
}

/* The options in the order PostgreSQL's CREATE SEQUENCE documents them. */
static bool generic_create_sequence(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	if (!has_cap(e, CAP_SEQUENCES)) {
		unsupported(e, op->span, "a sequence");
		return false;
	}
	emit_begin(e);
	emit_raw(e, "CREATE SEQUENCE ");
	emit_new_qname(e, &op->u.sequence.name);
	if (op->u.sequence.increment)
		emit_fmt(e, " INCREMENT BY %s", op->u.sequence.increment);
	if (op->u.sequence.minvalue)
		emit_fmt(e, " MINVALUE %s", op->u.sequence.minvalue);
	if (op->u.sequence.maxvalue)
		emit_fmt(e, " MAXVALUE %s", op->u.sequence.maxvalue);
	if (op->u.sequence.start)
		emit_fmt(e, " START WITH %s", op->u.sequence.start);
	if (op->u.sequence.cache)
		emit_fmt(e, " CACHE %s", op->u.sequence.cache);
	if (op->u.sequence.cycle == 1)
		emit_raw(e, " CYCLE");
	else if (op->u.sequence.cycle == 0)
		emit_raw(e, " NO CYCLE");
	return emit_finish(e, errs);
}

static bool generic_drop_sequence(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	if (!has_cap(e, CAP_SEQUENCES)) {
		unsupported(e, op->span, "a sequence");
		return false;
	}
	emit_begin(e);
	emit_raw(e, "DROP SEQUENCE ");
	emit_qname(e, &op->u.sequence.name);
	return emit_finish(e, errs);
}

/* One multi-row INSERT rather than Alembic's statement per row: the rows
 * go in together or not at all, and the output stays short. */
static bool generic_bulk_insert(struct emitter *e, const struct op *op)
{
	const struct insert_row *r;
	const struct value *v;
	size_t ncols = op->u.insert.columns.n;
	int errs = e->diag->nerrors;
	const struct sch_table *mt = e->nadded && e->model
					     ? schema_table(e->model, &op->u.insert.table) : NULL;

	if (op->u.insert.nrows == 0)
		return true;
	emit_begin(e);
	emit_raw(e, "INSERT INTO ");
	emit_qname(e, &op->u.insert.table);
	if (ncols) {
		emit_raw(e, " (");
		emit_identlist(e, &op->u.insert.columns);
		emit_raw(e, ")");
	}
	emit_raw(e, " VALUES ");
	for (r = op->u.insert.rows; r; r = r->next) {
		const struct ident *id = op->u.insert.columns.head;
		size_t i = 0;
		if (ncols && r->values.n != ncols)
			diag_error(e->diag, DIAG_GENERIC, e->src, r->span,
				   "row has %zu values for %zu columns", r->values.n, ncols);
		if (r != op->u.insert.rows)
			emit_raw(e, ", ");
		emit_raw(e, "(");
		for (v = r->values.head; v; v = v->next, i++) {
			/* the column the value goes to: named, or the table's i-th */
			const struct sch_column *c =
				!mt ? NULL : id ? schema_column(mt, id->name)
				: i < mt->ncolumns ? mt->columns[i] : NULL;
			if (c && c->type->kind == TY_ENUM && value_string(e, v))
				enum_use_ok(e, &c->type->enum_name, value_string(e, v), v->span);
			if (id)
				id = id->next;
			if (v != r->values.head)
				emit_raw(e, ", ");
			emit_value(e, v);
		}
		emit_raw(e, ")");
	}
	return emit_finish(e, errs);
}

/* The value of -x KEY=VALUE for key (the last one given), or NULL. */
static const char *xarg(const struct emitter *e, const char *key, size_t len)
{
	return util_xarg(e->xargs, e->nxargs, key, len);
}

/* execute's text with each ${x.KEY} its -x value, as written while the
 * values are not known (verify); NULL, said, for a KEY not given or not a
 * name, or a value that is more than one word of SQL: it goes in as
 * written, so one holding a blank, a quote, a ; or a comment could change
 * the statement.  The value is not repeated in the message (it may be a
 * secret). */
static const char *x_filled(struct emitter *e, const struct op *op, const char *s)
{
	struct sbuf sb = SBUF_INIT;
	const char *at, *end, *v, *r;

	if (!e->xargs_known || !strstr(s, "${x."))
		return s;
	while ((at = strstr(s, "${x.")) != NULL) {
		size_t klen = util_name_span(at + 4);
		end = at + 4 + klen;
		if (!klen || *end != '}' || (at[4] >= '0' && at[4] <= '9')) {
			diag_error(e->diag, DIAG_USAGE, e->src, op->u.execute.sql.span,
				   "execute says '%.*s...', which is no ${x.KEY}: a KEY is a name "
				   "(letters, digits and _), closed by }", (int)(klen + 4), at);
			sbuf_release(&sb);
			return NULL;
		}
		if (!(v = xarg(e, at + 4, klen))) {
			diag_error(e->diag, DIAG_USAGE, e->src, op->u.execute.sql.span,
				   "execute says ${x.%.*s}, but no -x %.*s=VALUE was given",
				   (int)klen, at + 4, (int)klen, at + 4);
			sbuf_release(&sb);
			return NULL;
		}
		if (!*v || v[strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				    "0123456789_.-@:/+,")] || strstr(v, "--")) {
			diag_error(e->diag, DIAG_USAGE, e->src, op->u.execute.sql.span,
				   "the value of -x %.*s cannot go into execute's SQL: it goes in "
				   "as written, so it must be one word of letters, digits and "
				   "_ . - @ : / + , (no blank, quote, ; or --, which could change "
				   "the statement)", (int)klen, at + 4);
			sbuf_release(&sb);
			return NULL;
		}
		sbuf_add(&sb, s, (size_t)(at - s));
		sbuf_adds(&sb, v);
		s = end + 1;
	}
	sbuf_adds(&sb, s);
	r = arena_strdup(e->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

static bool emit_body(struct emitter *e, const struct oplist *body);

static bool generic_when(struct emitter *e, const struct op *op)
{
	const char *v;

	if (!e->xargs_known)
		return emit_body(e, &op->u.block.body);	/* every op checked */
	v = xarg(e, op->u.block.xkey, strlen(op->u.block.xkey));
	if (!v || strcmp(v, op->u.block.xvalue) != 0)
		return true;
	return emit_body(e, &op->u.block.body);
}

static bool generic_execute(struct emitter *e, const struct op *op)
{
	const char *s = op->u.execute.sql.text ? op->u.execute.sql.text : "";
	size_t len;

	if (!(s = x_filled(e, op, s)))
		return false;
	s = trim_sql(s, &len);
	while (len && (s[len - 1] == ';' || is_space(s[len - 1])))
		len--;
	if (len == 0)
		return true;
	emit_begin(e);
	sbuf_add(&e->stmt, s, len);
	if (sqlscan_ends_in_line_comment(&e->d->native, s, len))
		emit_raw(e, "\n");
	emit_end(e);
	return true;
}

/* Whether d is named in l; a name no dialect has (an alias is no name
 * here: `only` names the dialect) is an error at its position, for it is a
 * typo that would silently drop ops. */
static bool dialect_listed(struct emitter *e, const struct identlist *l)
{
	const struct ident *id;

	for (id = l->head; id; id = id->next) {
		if (!dialect_find_exact(id->name)) {
			struct sbuf known = SBUF_INIT;
			dialect_add_names(&known, " and ", false);
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, id->span,
				   "unknown dialect '%s' (the language knows %s)", id->name,
				   known.buf);
			sbuf_release(&known);
		}
	}
	return ir_identlist_has(l, e->d->rules.name);
}

static void variant_listed(void *ctx, const struct identlist *l)
{
	dialect_listed(ctx, l);
}

void dialect_check_variants(struct emitter *e, const struct op *op)
{
	ir_op_variants(op, variant_listed, e);
}

bool dialect_block_listed(struct emitter *e, const struct identlist *l)
{
	return dialect_listed(e, l);
}

/* Every op of a body is lowered, even after one fails, so that one run
 * reports every error. */
static bool emit_body(struct emitter *e, const struct oplist *body)
{
	const struct op *o;
	bool ok = true;

	e->depth++;
	for (o = body->head; o; o = o->next)
		if (!dialect_emit_op(e, o))
			ok = false;
	e->depth--;
	return ok;
}

static bool generic_only(struct emitter *e, const struct op *op)
{
	int errs = e->diag->nerrors;

	if (!dialect_listed(e, &op->u.block.dialects))
		return !errors_since(e, errs);
	return emit_body(e, &op->u.block.body) && !errors_since(e, errs);
}

/* Where ALTER TABLE can do everything, a batch is just its ops. */
const char **dialect_batch_sources(struct emitter *e, const struct op *batch,
				   const struct sch_table *t)
{
	const char **from = ARENA_ARRAY(e->arena, const char *, t->ncolumns ? t->ncolumns : 1);
	const struct op *o, **back;
	size_t i, nops = 0;

	back = ARENA_ARRAY(e->arena, const struct op *,
			   batch->u.block.body.n ? batch->u.block.body.n : 1);
	for (o = batch->u.block.body.head; o; o = o->next)
		back[nops++] = o;
	/* each column, from the last op back to the first: its name before */
	for (i = 0; i < t->ncolumns; i++) {
		const char *name = t->columns[i]->name;
		size_t k;
		for (k = nops; k-- > 0 && name;) {
			const struct op *b = back[k];
			if (b->kind == OP_ALTER_COLUMN && (b->u.alter.changes & ALTER_RENAME) &&
			    strcmp(b->u.alter.new_name.name, name) == 0)
				name = b->u.alter.column.name;
			else if (b->kind == OP_ADD_COLUMN &&
				 strcmp(b->u.add_column.column.name.name, name) == 0)
				name = NULL;
		}
		from[i] = name;
	}
	return from;
}

/* What recreate cannot carry over on this database, an error at the
 * batch: a column numbered by a sequence (the copy's would start again),
 * and what holds on to the table by its identity (a foreign key of
 * another table, a view), which DROP TABLE would refuse or break. */
static bool recreate_fits(struct emitter *e, const struct op *op, const struct sch_table *t)
{
	const struct schema *m = e->model;
	size_t i;

	for (i = 0; i < t->ncolumns; i++)
		if (t->columns[i]->autoincrement && m->rules->auto_sequence_name) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span, "recreating "
				   "'%s' is not supported by %s: its column '%s' is numbered by a "
				   "sequence, which the copy's column would start again", t->key,
				   e->d->rules.name, t->columns[i]->name);
			return false;
		}
	for (i = 0; i < m->ntables; i++) {
		const struct sch_table *x = m->table_list[i];
		size_t j;
		for (j = 0; x != t && !x->dropped && j < x->nconstraints; j++) {
			const struct sch_constraint *k = x->constraints[j];
			if (k->kind != CON_FOREIGN_KEY || schema_table(m, &k->ref_table) != t)
				continue;
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span, "recreating "
				   "'%s' is not supported by %s while the foreign key '%s' of '%s' "
				   "references it: drop it before the batch and make it again after",
				   t->key, e->d->rules.name, k->name ? k->name : "(unnamed)", x->key);
			return false;
		}
	}
	for (i = 0; i < m->nviews; i++)
		if (!m->view_list[i]->dropped && schema_view_reads(m->view_list[i], t->key)) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span, "recreating "
				   "'%s' is not supported by %s while view '%s' reads it: drop the "
				   "view before the batch and make it again after", t->key,
				   e->d->rules.name, m->view_list[i]->key);
			return false;
		}
	return true;
}

/* Alembic's recreate="always" where the database has ALTER TABLE: the
 * table made anew as the batch leaves it (under a temporary name, with
 * its columns alone), its rows copied, the old one dropped and the new one
 * renamed; then its keys, indexes and constraints under the names they
 * had (free once the old table is gone: a copy made with them would clash
 * with the old table's), the columns the database numbers restated, and
 * its triggers made again. */
static bool recreate_table(struct emitter *e, const struct op *op)
{
	const struct qname *q = &op->u.block.table;
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	const char **from;
	struct oplist ops;
	struct op *create, *o;
	struct column *c;
	struct qname tq;
	const char *tmp;
	int errs = e->diag->nerrors, pass, k;
	size_t i, n;
	bool annotate;

	if (!t || e->refused || !recreate_fits(e, op, t))
		return false;
	from = dialect_batch_sources(e, op, t);
	tmp = arena_printf(e->arena, "_retort_tmp_%s", t->name.name);
	tq = (struct qname){ t->name.schema, tmp, q->span };
	for (k = 2; schema_table(e->model, &tq); k++)
		tq.name = tmp = arena_printf(e->arena, "_retort_tmp_%s_%d", t->name.name, k);
	ops = schema_table_to_ops(e->arena, t, false, tmp);
	create = ops.head;
	create->span = q->span;
	create->u.table.constraints = NULL;	/* after the old table goes */
	create->u.table.nconstraints = 0;
	for (c = create->u.table.columns; c; c = c->next) {
		c->span = c->name.span = q->span;
		c->autoincrement = false;	/* restated after its key */
		c->identity.kind = IDENTITY_NONE;
	}
	if (!dialect_emit_generic(e, create))
		return false;
	emit_begin(e);
	emit_raw(e, "INSERT INTO ");
	emit_qname(e, &tq);
	emit_raw(e, " (");
	for (i = 0, n = 0; i < t->ncolumns; i++)
		if (from[i]) {
			emit_raw(e, n++ ? ", " : "");
			emit_ident(e, t->columns[i]->name);
		}
	emit_raw(e, ") SELECT ");
	for (i = 0, n = 0; i < t->ncolumns; i++)
		if (from[i]) {
			emit_raw(e, n++ ? ", " : "");
			emit_ident(e, from[i]);
		}
	emit_raw(e, " FROM ");
	emit_qname(e, q);
	if (n)
		emit_end(e);
	else
		sbuf_reset(&e->stmt);	/* no column to copy: no rows either */
	emit_begin(e);
	emit_raw(e, "DROP TABLE ");
	emit_qname(e, q);
	emit_end(e);
	emit_alter_table(e, &tq);
	emit_raw(e, "RENAME TO ");
	emit_ident(e, t->name.name);
	emit_end(e);
	annotate = e->annotate;	/* (the batch's label says where all of it is from) */
	e->annotate = false;
	/* keys first (an index may need one), then indexes (a foreign key's
	 * among them), then the rest */
	for (pass = 0; pass < 2; pass++) {
		for (o = pass ? create->next : NULL; o; o = o->next) {
			o->span = o->u.index.name.span = o->u.index.table.span = q->span;
			o->u.index.table = t->name;
			dialect_emit_op(e, o);
		}
		for (i = 0; i < t->nconstraints; i++) {
			const struct sch_constraint *sc = t->constraints[i];
			bool key = sc->kind == CON_PRIMARY_KEY || sc->kind == CON_UNIQUE;
			struct op *add;
			if (key != (pass == 0))
				continue;
			add = ir_new_add_constraint(e->arena, sc->kind == CON_PRIMARY_KEY ?
						    OP_CREATE_PRIMARY_KEY : sc->kind == CON_UNIQUE ?
						    OP_CREATE_UNIQUE_CONSTRAINT :
						    sc->kind == CON_FOREIGN_KEY ? OP_CREATE_FOREIGN_KEY :
						    sc->kind == CON_CHECK ? OP_CREATE_CHECK_CONSTRAINT :
						    OP_CREATE_EXCLUDE_CONSTRAINT, q->span,
						    t->name, schema_constraint_ir(e->model, e->arena, t, sc));
			/* the name it had (a primary key's where it has one of its own) */
			add->u.constraint.con.name.name =
				key && sc->kind == CON_PRIMARY_KEY && has_cap(e, CAP_PK_NAME_FIXED)
				? NULL : sc->name;
			add->u.constraint.con.span = q->span;
			dialect_emit_op(e, add);
		}
	}
	for (i = 0; i < t->ncolumns; i++) {
		const struct sch_column *sc = t->columns[i];
		if (!sc->autoincrement)
			continue;
		o = ir_new_alter_column(e->arena, q->span, t->name, *ir_new_ident(e->arena, sc->name,
										      q->span));
		o->u.alter.changes = ALTER_SET_NOT_NULL;	/* restated whole */
		dialect_emit_op(e, o);
		if (dialect_identity_start(e, sch_column_identity(sc)))
			e->d->identity_start_sql(e, &t->name, sc->name, sch_column_identity(sc));
	}
	for (i = 0; i < t->ntriggers; i++) {
		struct ident name = { t->triggers[i]->name, q->span, NULL };
		dialect_emit_op(e, ir_new_trigger(e->arena, OP_CREATE_TRIGGER, q->span, name,
						  t->name, t->triggers[i]->sql, q->span));
	}
	e->annotate = annotate;
	return !errors_since(e, errs);
}

static bool generic_batch(struct emitter *e, const struct op *op)
{
	if (op->u.block.recreate)
		return recreate_table(e, op);
	return emit_body(e, &op->u.block.body);
}

bool dialect_emit_generic(struct emitter *e, const struct op *op)
{
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
		return generic_schema(e, op);
	case OP_CREATE_TABLE:
		return generic_create_table(e, op);
	case OP_DROP_TABLE:
		return generic_drop_table(e, op);
	case OP_RENAME_TABLE:
		return generic_rename_table(e, op);
	case OP_ADD_COLUMN:
		return generic_add_column(e, op);
	case OP_DROP_COLUMN:
		return generic_drop_column(e, op);
	case OP_ALTER_COLUMN:
		return generic_alter_column(e, op);
	case OP_CREATE_INDEX:
		return generic_create_index(e, op);
	case OP_DROP_INDEX:
		return generic_drop_index(e, op);
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
		return generic_add_constraint(e, op);
	case OP_DROP_CONSTRAINT:
		return generic_drop_constraint(e, op);
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
		return generic_table_comment(e, op);
	case OP_CREATE_ENUM:
		return generic_create_enum(e, op);
	case OP_DROP_ENUM:
		return generic_drop_enum(e, op);
	case OP_ALTER_ENUM:
		return generic_alter_enum(e, op);
	case OP_CREATE_VIEW:
		return generic_create_view(e, op);
	case OP_DROP_VIEW:
		return generic_drop_view(e, op);
	case OP_CREATE_TRIGGER:
		return generic_create_trigger(e, op);
	case OP_DROP_TRIGGER:
		return generic_drop_trigger(e, op);
	case OP_CREATE_SEQUENCE:
		return generic_create_sequence(e, op);
	case OP_DROP_SEQUENCE:
		return generic_drop_sequence(e, op);
	case OP_BULK_INSERT:
		return generic_bulk_insert(e, op);
	case OP_EXECUTE:
		return generic_execute(e, op);
	case OP_ONLY:
		return generic_only(e, op);
	case OP_BATCH_ALTER_TABLE:
		return generic_batch(e, op);
	case OP_ASSUME:
		return true;	/* the model's business only: no SQL */
	case OP_WHEN:
		return generic_when(e, op);
	}
	UNREACHABLE();
}

/* "-- file:line" before an op's statements, for a reviewer to find them. */
static void emit_annotation(struct emitter *e, const struct op *op)
{
	struct sbuf *sb = &e->label_text;

	if (!e->src)
		return;
	sbuf_reset(sb);
	sbuf_adds(sb, e->src->label ? e->src->label : e->src->path);
	sbuf_addc(sb, ':');
	sbuf_addnum(sb, op->line ? op->line : srcfile_line_no(e->src, op->span.start));
	if (e->sink && e->sink->annotate)
		e->sink->annotate(e->sink->ctx, sbuf_str(sb));
	else
		emit_comment(e, sbuf_str(sb));
}

bool dialect_emit_op(struct emitter *e, const struct op *op)
{
	bool (*fn)(struct emitter *, const struct op *) = e->d->emit[op->kind];
	/* a block the generic emitter opens is not lowered itself: its ops are */
	bool block = op->kind == OP_ONLY || op->kind == OP_ASSUME || op->kind == OP_WHEN ||
		     (op->kind == OP_BATCH_ALTER_TABLE && !fn);
	int errs = e->diag->nerrors;
	const struct op *outer = e->at;
	bool ok;

	if (op->kind == OP_EXECUTE && op->u.execute.dialects.n &&
	    !dialect_listed(e, &op->u.execute.dialects))
		return !errors_since(e, errs);
	op = ir_op_for(e->arena, op, e->d->rules.name);	/* this dialect's variants */
	if (e->annotate && !block)
		e->label = op;
	e->at = op;
	ok = fn ? fn(e, op) : dialect_emit_generic(e, op);
	e->at = outer;
	e->label = NULL;
	if (errors_since(e, errs))
		ok = false;
	return ok;
}

/* ------------------------------------------------------------------ */
/* The version table, spelled as Alembic spells it */

static void emit_version_table(struct emitter *e, const char *schema, const char *table)
{
	if (schema && *schema) {
		emit_ident(e, schema);
		emit_raw(e, ".");
	}
	emit_ident(e, table);
}

static void capture_statement(void *ctx, const char *sql, size_t len)
{
	sbuf_add(ctx, sql, len);
}

void dialect_version_select(const struct dialect *d, struct sbuf *out, const char *schema,
			    const char *table)
{
	struct sink sink = { .statement = capture_statement, .ctx = out };
	struct emitter e;

	emitter_init(&e, d, NULL, NULL, &sink);
	emit_begin(&e);
	emit_raw(&e, "SELECT ");
	emit_ident(&e, "version_num");
	emit_raw(&e, " FROM ");
	emit_version_table(&e, schema, table);
	emit_end(&e);
	emitter_release(&e);
}

void dialect_version_create(struct emitter *e, const char *schema, const char *table)
{
	struct type t;
	struct sbuf pkc = SBUF_INIT;

	memset(&t, 0, sizeof(t));
	t.kind = TY_STRING;
	t.length = 32;
	t.precision = -1;
	t.scale = TYPE_NO_SCALE;
	sbuf_addf(&pkc, "%s_pkc", table);
	emit_begin(e);
	emit_raw(e, "CREATE TABLE ");
	emit_version_table(e, schema, table);
	emit_raw(e, " (\n    ");
	emit_ident(e, "version_num");
	emit_raw(e, " ");
	emit_type(e, &t);
	emit_raw(e, " NOT NULL,\n    CONSTRAINT ");
	emit_ident(e, sbuf_str(&pkc));
	emit_raw(e, " PRIMARY KEY (");
	emit_ident(e, "version_num");
	emit_raw(e, ")\n)");
	emit_end(e);
	sbuf_release(&pkc);
}

void dialect_version_insert(struct emitter *e, const char *schema, const char *table,
			    const char *rev)
{
	emit_begin(e);
	emit_raw(e, "INSERT INTO ");
	emit_version_table(e, schema, table);
	emit_raw(e, " (");
	emit_ident(e, "version_num");
	emit_raw(e, ") VALUES (");
	emit_string(e, rev);
	emit_raw(e, ")");
	emit_end(e);
}

/* Alembic's WHERE names the column through the table: t.version_num. */
static void emit_version_where(struct emitter *e, const char *schema, const char *table,
			       const char *rev)
{
	emit_raw(e, " WHERE ");
	emit_version_table(e, schema, table);
	emit_raw(e, ".");
	emit_ident(e, "version_num");
	emit_raw(e, " = ");
	emit_string(e, rev);
}

void dialect_version_update(struct emitter *e, const char *schema, const char *table,
			    const char *from, const char *to)
{
	emit_begin(e);
	emit_raw(e, "UPDATE ");
	emit_version_table(e, schema, table);
	emit_raw(e, " SET ");
	emit_ident(e, "version_num");
	emit_raw(e, "=");
	emit_string(e, to);
	emit_version_where(e, schema, table, from);
	emit_end(e);
}

void dialect_version_delete(struct emitter *e, const char *schema, const char *table,
			    const char *rev)
{
	emit_begin(e);
	emit_raw(e, "DELETE FROM ");
	emit_version_table(e, schema, table);
	if (rev)	/* else every row */
		emit_version_where(e, schema, table, rev);
	emit_end(e);
}
