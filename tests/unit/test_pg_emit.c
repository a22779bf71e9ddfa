/* The PostgreSQL lowering of every op kind, checked to the byte.  The IR is
 * built with the ir_new_* constructors, as the grammar builds it.  With
 * RETORT_PG_SQL=FILE set, every statement a test expects to run is also
 * appended to FILE, in order, so the whole run can be fed to a real server. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "dialect.h"
#include "ir.h"
#include "sbuf.h"
#include "srcfile.h"
#include "util.h"

/* Line 1 is the header; ops "sit" on the lines below so annotations and
 * diagnostics have somewhere to point. */
static const char source_text[] =
	"revision 'ae10';\n"
	"    drop_table account;\n"
	"    create_table t (a integer) with (postgresql_foo 'x');\n"
	"    create_index ix on t (a) concurrently;\n";

struct fx {
	struct arena *a;
	struct diag diag;
	struct sbuf out;	/* statements, each followed by ";\n" */
	struct sink sink;
	struct emitter e;
	struct srcfile *src;
	size_t nstatements;
};

static void collect_statement(void *ctx, const char *sql, size_t len)
{
	struct fx *f = ctx;

	assert_int_equal(strlen(sql), len);
	sbuf_add(&f->out, sql, len);
	sbuf_adds(&f->out, ";\n");
	f->nstatements++;
}

static void collect_comment(void *ctx, const char *text)
{
	struct fx *f = ctx;

	sbuf_addf(&f->out, "-- %s\n", text);
}

static int fx_setup(void **state)
{
	struct fx *f = xcalloc(1, sizeof(*f));
	struct diag empty = DIAG_INIT;
	struct sbuf none = SBUF_INIT;

	f->a = arena_new();
	f->diag = empty;
	f->out = none;
	f->sink.statement = collect_statement;
	f->sink.comment = collect_comment;
	f->sink.ctx = f;
	f->src = srcfile_from_string("versions/ae10_test.mig", source_text,
				     sizeof(source_text) - 1);
	emitter_init(&f->e, &dialect_postgresql, f->a, &f->diag, &f->sink);
	f->e.src = f->src;
	*state = f;
	return 0;
}

static int fx_teardown(void **state)
{
	struct fx *f = *state;

	emitter_release(&f->e);
	sbuf_release(&f->out);
	diag_release(&f->diag);
	srcfile_free(f->src);
	arena_free(f->a);
	free(f);
	return 0;
}

/* ---- IR builders ---- */

static struct span at_line(int line)
{
	/* offsets of lines 2, 3 and 4 of source_text, plus four spaces */
	static const uint32_t starts[] = { 0, 0, 17, 41, 99 };

	return span_make(starts[line] + 4, starts[line] + 8);
}

static struct ident mkid(const char *name)
{
	struct ident id;

	memset(&id, 0, sizeof(id));
	id.name = name;
	return id;
}

static struct qname mkq(const char *schema, const char *name)
{
	struct qname q;

	memset(&q, 0, sizeof(q));
	q.schema = schema;
	q.name = name;
	return q;
}

static struct type mkty(enum type_kind k)
{
	struct type t;

	memset(&t, 0, sizeof(t));
	t.kind = k;
	t.length = -1;
	t.precision = -1;
	t.scale = TYPE_NO_SCALE;
	return t;
}

static struct type mklen(enum type_kind k, long n)
{
	struct type t = mkty(k);

	t.length = n;
	return t;
}

static struct type mknum(int p, int s)
{
	struct type t = mkty(TY_NUMERIC);

	t.precision = p;
	t.scale = s;
	return t;
}

static struct type mkraw(const char *raw)
{
	struct type t = mkty(TY_RAW);

	t.raw = raw;
	return t;
}

static struct value *mkval(struct arena *a, enum value_kind k, const char *text)
{
	return ir_new_value(a, k, text, span_make(0, 0));
}

/* NULL-terminated lists of strings */
static struct valuelist mkstrs(struct arena *a, ...)
{
	struct valuelist l = { NULL, NULL, 0 };
	const char *s;
	va_list ap;

	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL)
		ir_valuelist_append(&l, mkval(a, VAL_STRING, s));
	va_end(ap);
	return l;
}

static struct identlist mkids(struct arena *a, ...)
{
	struct identlist l = { NULL, NULL, 0 };
	const char *s;
	va_list ap;

	va_start(ap, a);
	while ((s = va_arg(ap, const char *)) != NULL)
		ir_identlist_append(&l, ir_new_ident(a, s, span_make(0, 0)));
	va_end(ap);
	return l;
}

static struct type mkenum_inline(struct arena *a, struct valuelist vals)
{
	struct type t = mkty(TY_ENUM);

	(void)a;
	t.enum_values = vals;
	return t;
}

static struct type mkenum_named(const char *schema, const char *name)
{
	struct type t = mkty(TY_ENUM);

	t.enum_name = mkq(schema, name);
	return t;
}

static struct column *mkcol(struct arena *a, const char *name, struct type t)
{
	struct column *c = ARENA_NEW(a, struct column);

	c->name = mkid(name);
	c->type = t;
	return c;
}

/* Links columns (NULL-terminated) and returns the first. */
static struct column *cols(struct column *first, ...)
{
	struct column *prev = first, *c;
	va_list ap;

	va_start(ap, first);
	while ((c = va_arg(ap, struct column *)) != NULL) {
		prev->next = c;
		prev = c;
	}
	va_end(ap);
	return first;
}

static struct fkref *mkref(struct arena *a, struct qname t, struct identlist columns)
{
	struct fkref *r = ARENA_NEW(a, struct fkref);

	r->table = t;
	r->columns = columns;
	r->deferrable = -1;
	return r;
}

static struct constraint *mkcon(struct arena *a, enum constraint_kind k, const char *name)
{
	struct constraint *c = ARENA_NEW(a, struct constraint);

	c->kind = k;
	c->name = mkid(name);
	c->deferrable = -1;
	c->ref.deferrable = -1;
	return c;
}

static struct constraint *cons(struct constraint *first, ...)
{
	struct constraint *prev = first, *c;
	va_list ap;

	va_start(ap, first);
	while ((c = va_arg(ap, struct constraint *)) != NULL) {
		prev->next = c;
		prev = c;
	}
	va_end(ap);
	return first;
}

static struct index_elem *mkelem(struct arena *a, const char *column, const char *expr,
				 enum sort_order order, enum nulls_order nulls)
{
	struct index_elem *x = ARENA_NEW(a, struct index_elem);

	x->column = mkid(column);
	x->expr = expr;
	x->order = order;
	x->nulls = nulls;
	return x;
}

static struct exclude_elem *mkexcl(struct arena *a, const char *column, const char *expr,
				   const char *op)
{
	struct exclude_elem *x = ARENA_NEW(a, struct exclude_elem);

	x->column = mkid(column);
	x->expr = expr;
	x->op = op;
	return x;
}

static struct op *mkalter(struct fx *f, const char *table, const char *column,
			  unsigned changes)
{
	struct op *op = ir_new_alter_column(f->a, span_make(0, 0), mkq(NULL, table),
					    mkid(column));

	op->u.alter.changes = changes;
	return op;
}

static struct op *mkexec(struct fx *f, const char *dialect, const char *sql)
{
	struct identlist ds = { NULL, NULL, 0 };
	struct value v;

	if (dialect)
		ir_identlist_append(&ds, ir_new_ident(f->a, dialect, span_make(0, 0)));
	memset(&v, 0, sizeof(v));
	v.kind = VAL_SQL;
	v.text = sql;
	return ir_new_execute(f->a, span_make(0, 0), ds, v);
}

static struct oplist mkops(struct op *first, ...)
{
	struct oplist l = { NULL, NULL, 0 };
	struct op *op;
	va_list ap;

	ir_oplist_append(&l, first);
	va_start(ap, first);
	while ((op = va_arg(ap, struct op *)) != NULL)
		ir_oplist_append(&l, op);
	va_end(ap);
	return l;
}

/* ---- lowering and checking ---- */

static const char *lower(struct fx *f, const struct op *op)
{
	sbuf_reset(&f->out);
	diag_clear(&f->diag);
	if (!dialect_emit_op(&f->e, op)) {
		diag_print(&f->diag, stderr, 0);
		fail_msg("lowering %s failed", ir_op_name(op->kind));
	}
	assert_int_equal(f->diag.nerrors, 0);
	return sbuf_str(&f->out);
}

/* Appends what ran to $RETORT_PG_SQL, for the real-server check. */
static void record(const char *sql)
{
	const char *path = getenv("RETORT_PG_SQL");
	FILE *fp;

	if (!path || !*path)
		return;
	fp = fopen(path, "a");
	assert_non_null(fp);
	fputs(sql, fp);
	fclose(fp);
}

static void expect(struct fx *f, const struct op *op, const char *want)
{
	const char *got = lower(f, op);

	assert_string_equal(got, want);
	record(got);
}

/* Lowering fails with exactly one error whose message is msg, writing no
 * statement. */
static void expect_error(struct fx *f, const struct op *op, const char *msg)
{
	sbuf_reset(&f->out);
	diag_clear(&f->diag);
	f->nstatements = 0;
	assert_false(dialect_emit_op(&f->e, op));
	assert_int_equal(f->diag.nerrors, 1);
	assert_string_equal(f->diag.v[0].msg, msg);
	assert_int_equal(f->nstatements, 0);
}

static void check_quoted(const char *name, const char *want)
{
	struct sbuf sb = SBUF_INIT;

	dialect_quote_ident(&dialect_postgresql, &sb, name);
	assert_string_equal(sbuf_str(&sb), want);
	sbuf_release(&sb);
}

static void check_literal(const char *s, const char *want)
{
	struct sbuf sb = SBUF_INIT;

	dialect_string_literal(&dialect_postgresql, &sb, s);
	assert_string_equal(sbuf_str(&sb), want);
	sbuf_release(&sb);
}

/* ---- tests ---- */

static void test_registry(void **state)
{
	size_t i;

	(void)state;
	assert_ptr_equal(dialect_find("postgresql"), &dialect_postgresql);
	assert_ptr_equal(dialect_find("PostgreSQL"), &dialect_postgresql);
	assert_ptr_equal(dialect_find("postgres"), &dialect_postgresql);	/* postgres:// URLs */
	assert_null(dialect_find("pg"));
	assert_null(dialect_find(NULL));
	assert_string_equal(dialect_names(), "mysql, postgresql, sqlite");
	assert_ptr_equal(dialect_find("sqlite"), &dialect_sqlite);
	assert_ptr_equal(dialect_find("mysql"), &dialect_mysql);
	assert_ptr_equal(dialect_find("MariaDB"), &dialect_mysql);	/* a URL scheme */
	assert_ptr_equal(dialect_at(0), &dialect_mysql);
	assert_ptr_equal(dialect_at(2), &dialect_sqlite);
	assert_null(dialect_at(3));
	for (i = 1; i < dialect_mysql.rules.sql.words->n; i++)
		assert_true(strcmp(dialect_mysql.rules.sql.words->v[i - 1], dialect_mysql.rules.sql.words->v[i]) < 0);
	for (i = 1; i < dialect_sqlite.rules.sql.words->n; i++)
		assert_true(strcmp(dialect_sqlite.rules.sql.words->v[i - 1], dialect_sqlite.rules.sql.words->v[i]) < 0);
	assert_string_equal(dialect_postgresql.rules.name, "postgresql");
	assert_int_equal(dialect_postgresql.rules.max_ident_len, 63);
	assert_int_equal(dialect_postgresql.rules.sql.words->n, 100);
	for (i = 1; i < dialect_postgresql.rules.sql.words->n; i++)
		assert_true(strcmp(dialect_postgresql.rules.sql.words->v[i - 1],
				   dialect_postgresql.rules.sql.words->v[i]) < 0);
}

/* Each flavor's hashed reserved words answer as its sorted list does: for
 * every word in any case, and for the words near each (one byte more, one
 * less, one changed, a digit or '_' added), which must all miss or hit as
 * the list says.  A flavor without a list reserves no word. */
static void assert_reserved_as_listed(const struct sqlscan_flavor *fl)
{
	size_t i, j, len;
	char w[64];

	assert_non_null(fl->words);
	for (i = 0; i < fl->words->n; i++) {
		const char *r = fl->words->v[i];
		len = strlen(r);
		assert_true(len + 2 < sizeof(w));
		assert_true(sqlscan_reserved(fl, r, len));
		for (j = 0; j < len; j++)	/* upper case, and mixed */
			w[j] = (char)(r[j] >= 'a' && r[j] <= 'z' && (j % 2 == 0 || i % 2) ? r[j] - 32 : r[j]);
		assert_true(sqlscan_reserved(fl, w, len));
		assert_false(sqlscan_reserved(fl, r, 0));
		memcpy(w, r, len);
		w[len] = '_';
		w[len + 1] = '1';
		assert_int_equal(sqlscan_reserved(fl, w, len + 1), util_word_in(fl->words->v, fl->words->n, w, len + 1));
		assert_int_equal(sqlscan_reserved(fl, w, len + 2), util_word_in(fl->words->v, fl->words->n, w, len + 2));
		assert_int_equal(sqlscan_reserved(fl, r, len - 1), util_word_in(fl->words->v, fl->words->n, r, len - 1));
		for (j = 0; j < len; j++) {
			memcpy(w, r, len);
			w[j] = w[j] == 'z' ? 'a' : (char)(w[j] + 1);
			assert_int_equal(sqlscan_reserved(fl, w, len), util_word_in(fl->words->v, fl->words->n, w, len));
		}
		/* the case fold is of ASCII letters only: '_' + 32 is no letter */
		if (strchr(r, '_')) {
			memcpy(w, r, len);
			*strchr(w, '_') = '\x7f';
			assert_false(sqlscan_reserved(fl, w, len));
		}
	}
	assert_false(sqlscan_reserved(fl, "address_3678", 12));
	assert_false(sqlscan_reserved(fl, "a_name_longer_than_any_reserved_word_there_is", 45));
}

static void test_reserved_words_hashed(void **state)
{
	(void)state;
	assert_reserved_as_listed(&dialect_postgresql.rules.sql);
	assert_reserved_as_listed(&dialect_postgresql.native);
	assert_reserved_as_listed(&dialect_sqlite.rules.sql);
	assert_reserved_as_listed(&dialect_sqlite.native);
	assert_reserved_as_listed(&dialect_mysql.rules.sql);
	assert_reserved_as_listed(&dialect_mysql.native);
	assert_true(sqlscan_reserved(&dialect_postgresql.native, "SeLeCt", 6));
	assert_true(sqlscan_reserved(&dialect_mysql.native, "INT8", 4));
	assert_false(sqlscan_reserved(&dialect_postgresql.native, "select ", 7));
	assert_false(sqlscan_reserved(&sqlscan_fragment, "select", 6));
}

/* Names taken, for the numbering: a NULL-terminated list. */
static bool names_taken(const void *ctx, const char *name)
{
	const char *const *v;

	for (v = ctx; *v; v++)
		if (strcmp(*v, name) == 0)
			return true;
	return false;
}

/* The names PostgreSQL gives unnamed constraints (ChooseConstraintName),
 * as the rules it gives the schema model say them. */
static void test_constraint_names(void **state)
{
	const struct schema_rules *r = &dialect_postgresql.rules;
	static const char *const none[] = { NULL };
	static const char *const some[] = { "t_a_b_key", "t_a_b_key1", NULL };
	static const char *const ab[] = { "a", "b" };
	static const char long_table[] =
		"a_table_name_that_goes_on_and_on_and_on_for_ever_and_ever_more";
	static const char *const long_col[] = { "a_column_name_of_some_length" };
	static const char *const accented[] = { "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
						"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
						"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
						"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
						"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
						"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9" };
	struct arena *a = arena_new();
	const char *name;

	(void)state;
	assert_string_equal(r->auto_constraint_name(a, CON_PRIMARY_KEY, "t", ab, 2, names_taken,
						    none), "t_pkey");
	assert_string_equal(r->auto_constraint_name(a, CON_FOREIGN_KEY, "t", ab, 2, names_taken,
						    none), "t_a_b_fkey");
	assert_string_equal(r->auto_constraint_name(a, CON_EXCLUDE, "t", ab, 1, names_taken,
						    none), "t_a_excl");
	/* a check: its one column's name, else the table's alone */
	assert_string_equal(r->auto_constraint_name(a, CON_CHECK, "t", ab, 1, names_taken, none),
			    "t_a_check");
	assert_string_equal(r->auto_constraint_name(a, CON_CHECK, "t", ab, 2, names_taken, none),
			    "t_check");
	/* taken: numbered on */
	assert_string_equal(r->auto_constraint_name(a, CON_UNIQUE, "t", ab, 2, names_taken,
						    some), "t_a_b_key2");
	/* 63 bytes at most, the longer part cut first (makeObjectName) */
	name = r->auto_constraint_name(a, CON_UNIQUE, long_table, long_col, 1, names_taken, none);
	assert_int_equal(strlen(name), 63);
	assert_string_equal(name, "a_table_name_that_goes_on_and__a_column_name_of_some_length_key");
	/* never half a character */
	name = r->auto_constraint_name(a, CON_UNIQUE, accented[0], accented, 1, names_taken, none);
	assert_int_equal(strlen(name), 61);	/* 14 of 2 bytes, "_", 14, "_key" */
	assert_int_equal(name[28], '_');
	assert_string_equal(name + 57, "_key");
	arena_free(a);
	/* and the casts that need 'using' */
	{
		struct type text = { .kind = TY_TEXT }, integer = { .kind = TY_INTEGER };
		struct type bigint = { .kind = TY_BIGINT };
		assert_true(r->cast_needs_using(&text, &integer));
		assert_false(r->cast_needs_using(&integer, &bigint));
		assert_false(r->cast_needs_using(&integer, &text));
	}
}

static void test_quoting(void **state)
{
	(void)state;
	check_quoted("account", "account");
	check_quoted("_x1$", "_x1$");
	check_quoted("user", "\"user\"");
	check_quoted("order", "\"order\"");
	check_quoted("table", "\"table\"");
	check_quoted("current_user", "\"current_user\"");
	check_quoted("authorization", "\"authorization\"");	/* can be func/type */
	check_quoted("overlaps", "\"overlaps\"");
	check_quoted("name", "name");		/* unreserved */
	check_quoted("type", "type");		/* unreserved */
	check_quoted("Account", "\"Account\"");
	check_quoted("USER", "\"USER\"");
	check_quoted("we\"ird", "\"we\"\"ird\"");
	check_quoted("two words", "\"two words\"");
	check_quoted("1st", "\"1st\"");
	check_quoted("$x", "\"$x\"");
	check_quoted("caf\xc3\xa9", "\"caf\xc3\xa9\"");
	check_quoted("", "\"\"");
}

static void test_literals(void **state)
{
	(void)state;
	check_literal("plain", "'plain'");
	check_literal("it's", "'it''s'");
	check_literal("''", "''''''");
	check_literal("a\\b", "'a\\b'");
	check_literal("\\'", "'\\'''");
	check_literal("", "''");
}

static void test_values(void **state)
{
	struct fx *f = *state;
	struct op *op = ir_new_create_table(
		f->a, span_make(0, 0), mkq(NULL, "defaults"),
		cols(mkcol(f->a, "a", mkty(TY_INTEGER)), mkcol(f->a, "b", mklen(TY_STRING, 40)),
		     mkcol(f->a, "c", mkty(TY_BOOLEAN)), mkcol(f->a, "d", mkty(TY_BOOLEAN)),
		     mkcol(f->a, "e", mkty(TY_TIMESTAMPTZ)), mkcol(f->a, "f", mkty(TY_TEXT)),
		     mkcol(f->a, "g", mkty(TY_DOUBLE)), mkcol(f->a, "h", mkty(TY_NUMERIC)),
		     NULL),
		NULL, NULL, NULL);
	struct column *c = op->u.table.columns;

	c->server_default = mkval(f->a, VAL_NUMBER, "-7");
	c = c->next;
	c->server_default = mkval(f->a, VAL_STRING, "O'Brien \\ co");
	c = c->next;
	c->server_default = mkval(f->a, VAL_TRUE, NULL);
	c = c->next;
	c->server_default = mkval(f->a, VAL_FALSE, NULL);
	c = c->next;
	c->server_default = mkval(f->a, VAL_SQL, "now()");
	c->nullable = NULLABLE_NO;
	c = c->next;
	c->server_default = mkval(f->a, VAL_NULL, NULL);
	c = c->next;
	c->server_default = mkval(f->a, VAL_NUMBER, "1e9");
	c = c->next;
	c->server_default = mkval(f->a, VAL_NUMBER, "3.14");
	expect(f, op,
	       "CREATE TABLE defaults (\n"
	       "    a INTEGER DEFAULT -7,\n"
	       "    b VARCHAR(40) DEFAULT 'O''Brien \\ co',\n"
	       "    c BOOLEAN DEFAULT true,\n"
	       "    d BOOLEAN DEFAULT false,\n"
	       "    e TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,\n"
	       "    f TEXT DEFAULT NULL,\n"
	       "    g DOUBLE PRECISION DEFAULT 1e9,\n"
	       "    h NUMERIC DEFAULT 3.14\n"
	       ")"
	       ";\n");
}

static void test_enum_ops(void **state)
{
	struct fx *f = *state;

	expect(f, ir_new_create_enum(f->a, span_make(0, 0), mkq(NULL, "mood"),
				     mkstrs(f->a, "sad", "ok", "it's", NULL)),
	       "CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s');\n");
	expect(f, ir_new_create_enum(f->a, span_make(0, 0), mkq(NULL, "Weird Mood"),
				     mkstrs(f->a, "a", NULL)),
	       "CREATE TYPE \"Weird Mood\" AS ENUM ('a');\n");
	expect(f, ir_new_create_enum(f->a, span_make(0, 0), mkq(NULL, "gone"),
				     mkstrs(f->a, "x", NULL)),
	       "CREATE TYPE gone AS ENUM ('x');\n");
	expect(f, ir_new_drop_enum(f->a, span_make(0, 0), mkq(NULL, "gone")),
	       "DROP TYPE gone;\n");
}

static void test_every_type(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct op *op = ir_new_create_table(
		a, span_make(0, 0), mkq(NULL, "everything"),
		cols(mkcol(a, "c_integer", mkty(TY_INTEGER)),
		     mkcol(a, "c_bigint", mkty(TY_BIGINT)),
		     mkcol(a, "c_smallint", mkty(TY_SMALLINT)),
		     mkcol(a, "c_boolean", mkty(TY_BOOLEAN)),
		     mkcol(a, "c_float", mkty(TY_FLOAT)),
		     mkcol(a, "c_double", mkty(TY_DOUBLE)),
		     mkcol(a, "c_numeric", mkty(TY_NUMERIC)),
		     mkcol(a, "c_numeric_p", mknum(10, TYPE_NO_SCALE)),
		     mkcol(a, "c_numeric_ps", mknum(12, 2)),
		     mkcol(a, "c_string", mkty(TY_STRING)),
		     mkcol(a, "c_string_n", mklen(TY_STRING, 50)),
		     mkcol(a, "c_char", mkty(TY_CHAR)),
		     mkcol(a, "c_char_n", mklen(TY_CHAR, 3)),
		     mkcol(a, "c_text", mkty(TY_TEXT)),
		     mkcol(a, "c_unicode", mklen(TY_UNICODE, 20)),
		     mkcol(a, "c_unicode_text", mkty(TY_UNICODE_TEXT)),
		     mkcol(a, "c_date", mkty(TY_DATE)),
		     mkcol(a, "c_time", mkty(TY_TIME)),
		     mkcol(a, "c_datetime", mkty(TY_DATETIME)),
		     mkcol(a, "c_timestamptz", mkty(TY_TIMESTAMPTZ)),
		     mkcol(a, "c_interval", mkty(TY_INTERVAL)),
		     mkcol(a, "c_binary", mkty(TY_BINARY)),
		     mkcol(a, "c_json", mkty(TY_JSON)),
		     mkcol(a, "c_jsonb", mkty(TY_JSONB)),
		     mkcol(a, "c_uuid", mkty(TY_UUID)),
		     mkcol(a, "c_enum", mkenum_named(NULL, "mood")),
		     mkcol(a, "c_enum_weird", mkenum_named(NULL, "Weird Mood")),
		     mkcol(a, "c_enum_inline", mkenum_inline(a, mkstrs(a, "low", "medium", "it's", NULL))),
		     mkcol(a, "c_enum_utf8", mkenum_inline(a, mkstrs(a, "\xc3\xa9t\xc3\xa9", "x", NULL))),
		     mkcol(a, "c_raw", mkraw("tsvector")),
		     mkcol(a, "c_raw_array", mkraw("integer[]")),
		     NULL),
		NULL, NULL, NULL);

	expect(f, op,
	       "CREATE TABLE everything (\n"
	       "    c_integer INTEGER,\n"
	       "    c_bigint BIGINT,\n"
	       "    c_smallint SMALLINT,\n"
	       "    c_boolean BOOLEAN,\n"
	       "    c_float FLOAT,\n"
	       "    c_double DOUBLE PRECISION,\n"
	       "    c_numeric NUMERIC,\n"
	       "    c_numeric_p NUMERIC(10),\n"
	       "    c_numeric_ps NUMERIC(12, 2),\n"
	       "    c_string VARCHAR,\n"
	       "    c_string_n VARCHAR(50),\n"
	       "    c_char CHAR,\n"
	       "    c_char_n CHAR(3),\n"
	       "    c_text TEXT,\n"
	       "    c_unicode VARCHAR(20),\n"
	       "    c_unicode_text TEXT,\n"
	       "    c_date DATE,\n"
	       "    c_time TIME WITHOUT TIME ZONE,\n"
	       "    c_datetime TIMESTAMP WITHOUT TIME ZONE,\n"
	       "    c_timestamptz TIMESTAMP WITH TIME ZONE,\n"
	       "    c_interval INTERVAL,\n"
	       "    c_binary BYTEA,\n"
	       "    c_json JSON,\n"
	       "    c_jsonb JSONB,\n"
	       "    c_uuid UUID,\n"
	       "    c_enum mood,\n"
	       "    c_enum_weird \"Weird Mood\",\n"
	       "    c_enum_inline VARCHAR(6),\n"
	       "    c_enum_utf8 VARCHAR(3),\n"
	       "    c_raw tsvector,\n"
	       "    c_raw_array integer[],\n"
	       "    CHECK (c_enum_inline IN ('low', 'medium', 'it''s')),\n"
	       "    CHECK (c_enum_utf8 IN ('\xc3\xa9t\xc3\xa9', 'x'))\n"
	       ");\n");
}

/* The create_table of dsl.md, with its referenced table first. */
static void test_create_table(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct column *id, *org_id, *name, *email, *mood, *balance, *active, *created;
	struct constraint *uq, *ck, *fk;
	struct kv *opt = ARENA_NEW(a, struct kv);
	struct column *org_pk = mkcol(a, "id", mkty(TY_INTEGER));

	org_pk->primary_key = true;
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "org"),
				      cols(org_pk, mkcol(a, "name", mkty(TY_TEXT)), NULL),
				      NULL, NULL, NULL),
	       "CREATE TABLE org (\n"
	       "    id INTEGER NOT NULL,\n"
	       "    name TEXT,\n"
	       "    PRIMARY KEY (id)\n"
	       ");\n");

	id = mkcol(a, "id", mkty(TY_BIGINT));
	id->primary_key = id->autoincrement = true;
	org_id = mkcol(a, "org_id", mkty(TY_INTEGER));
	org_id->nullable = NULLABLE_NO;
	org_id->references = mkref(a, mkq(NULL, "org"), mkids(a, "id", NULL));
	org_id->references->on_delete = FK_ACTION_CASCADE;
	name = mkcol(a, "name", mklen(TY_STRING, 50));
	name->nullable = NULLABLE_NO;
	name->comment = "display name";
	email = mkcol(a, "email", mklen(TY_STRING, 255));
	email->unique = true;
	mood = mkcol(a, "mood", mkenum_named(NULL, "mood"));
	balance = mkcol(a, "balance", mknum(12, 2));
	balance->nullable = NULLABLE_NO;
	balance->server_default = mkval(a, VAL_NUMBER, "0");
	active = mkcol(a, "active", mkty(TY_BOOLEAN));
	active->nullable = NULLABLE_NO;
	active->server_default = mkval(a, VAL_TRUE, NULL);
	created = mkcol(a, "created_at", mkty(TY_TIMESTAMPTZ));
	created->nullable = NULLABLE_NO;
	created->server_default = mkval(a, VAL_SQL, "now()");

	uq = mkcon(a, CON_UNIQUE, "uq_account_org_name");
	uq->columns = mkids(a, "org_id", "name", NULL);
	ck = mkcon(a, CON_CHECK, "ck_account_balance");
	ck->check = "balance >= 0";
	fk = mkcon(a, CON_FOREIGN_KEY, "fk_account_org");
	fk->columns = mkids(a, "org_id", NULL);
	fk->ref.table = mkq(NULL, "org");
	fk->ref.columns = mkids(a, "id", NULL);

	opt->key = mkid("mysql_engine");
	opt->val.kind = VAL_STRING;
	opt->val.text = "InnoDB";

	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "account"),
				      cols(id, org_id, name, email, mood, balance, active,
					   created, NULL),
				      cons(uq, ck, fk, NULL), "customer's accounts", opt),
	       "CREATE TABLE account (\n"
	       "    id BIGSERIAL NOT NULL,\n"
	       "    org_id INTEGER NOT NULL,\n"
	       "    name VARCHAR(50) NOT NULL,\n"
	       "    email VARCHAR(255),\n"
	       "    mood mood,\n"
	       "    balance NUMERIC(12, 2) DEFAULT 0 NOT NULL,\n"
	       "    active BOOLEAN DEFAULT true NOT NULL,\n"
	       "    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,\n"
	       "    PRIMARY KEY (id),\n"
	       "    FOREIGN KEY (org_id) REFERENCES org (id) ON DELETE CASCADE,\n"
	       "    UNIQUE (email),\n"
	       "    CONSTRAINT uq_account_org_name UNIQUE (org_id, name),\n"
	       "    CONSTRAINT ck_account_balance CHECK (balance >= 0),\n"
	       "    CONSTRAINT fk_account_org FOREIGN KEY (org_id) REFERENCES org (id)\n"
	       ");\n"
	       "COMMENT ON TABLE account IS 'customer''s accounts';\n"
	       "COMMENT ON COLUMN account.name IS 'display name';\n");
}

/* Reserved words, capitals and an embedded quote, in every position. */
static void test_quoted_names(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct column *order = mkcol(a, "order", mkty(TY_INTEGER));
	struct column *Name = mkcol(a, "Name", mkty(TY_TEXT));
	struct column *weird = mkcol(a, "we\"ird", mkty(TY_TEXT));
	struct column *group = mkcol(a, "group", mkenum_inline(a, mkstrs(a, "a", "bb", NULL)));
	struct constraint *pk = mkcon(a, CON_PRIMARY_KEY, "Pk User");
	struct op *op;

	pk->columns = mkids(a, "order", "Name", NULL);
	Name->comment = "it's \\ here";
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "user"),
				      cols(order, Name, weird, group, NULL), cons(pk, NULL),
				      NULL, NULL),
	       "CREATE TABLE \"user\" (\n"
	       "    \"order\" INTEGER NOT NULL,\n"
	       "    \"Name\" TEXT NOT NULL,\n"
	       "    \"we\"\"ird\" TEXT,\n"
	       "    \"group\" VARCHAR(2),\n"
	       "    CHECK (\"group\" IN ('a', 'bb')),\n"
	       "    CONSTRAINT \"Pk User\" PRIMARY KEY (\"order\", \"Name\")\n"
	       ");\n"
	       "COMMENT ON COLUMN \"user\".\"Name\" IS 'it''s \\ here';\n");

	op = mkalter(f, "user", "we\"ird", ALTER_SET_DEFAULT | ALTER_RENAME);
	op->u.alter.default_value = mkval(a, VAL_STRING, "a'b\\c");
	op->u.alter.new_name = mkid("Select");
	expect(f, op,
	       "ALTER TABLE \"user\" ALTER COLUMN \"we\"\"ird\" SET DEFAULT 'a''b\\c';\n"
	       "ALTER TABLE \"user\" RENAME \"we\"\"ird\" TO \"Select\";\n");
	expect(f, ir_new_create_index(a, span_make(0, 0), mkid("Ix Order"), mkq(NULL, "user"),
				      mkelem(a, "order", NULL, SORT_DESC, NULLS_UNSET)),
	       "CREATE INDEX \"Ix Order\" ON \"user\" (\"order\" DESC);\n");
}

static void test_schemas(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct column *id = mkcol(a, "id", mkty(TY_INTEGER));
	struct column *mood = mkcol(a, "mood", mkenum_named("Sales", "mood"));
	struct column *ref = mkcol(a, "parent", mkty(TY_INTEGER));

	ref->references = mkref(a, mkq("Sales", "order"), mkids(a, "id", NULL));
	id->primary_key = true;
	expect(f, mkexec(f, NULL, "CREATE SCHEMA \"Sales\""), "CREATE SCHEMA \"Sales\";\n");
	expect(f, ir_new_create_enum(a, span_make(0, 0), mkq("Sales", "mood"),
				     mkstrs(a, "x", NULL)),
	       "CREATE TYPE \"Sales\".mood AS ENUM ('x');\n");
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq("Sales", "order"),
				      cols(id, mood, ref, NULL), NULL, "orders", NULL),
	       "CREATE TABLE \"Sales\".\"order\" (\n"
	       "    id INTEGER NOT NULL,\n"
	       "    mood \"Sales\".mood,\n"
	       "    parent INTEGER,\n"
	       "    PRIMARY KEY (id),\n"
	       "    FOREIGN KEY (parent) REFERENCES \"Sales\".\"order\" (id)\n"
	       ");\n"
	       "COMMENT ON TABLE \"Sales\".\"order\" IS 'orders';\n");
	expect(f, ir_new_create_index(a, span_make(0, 0), mkid("ix_sales_mood"),
				      mkq("Sales", "order"),
				      mkelem(a, "mood", NULL, SORT_UNSET, NULLS_UNSET)),
	       "CREATE INDEX ix_sales_mood ON \"Sales\".\"order\" (mood);\n");
	expect(f, ir_new_drop_index(a, span_make(0, 0), mkid("ix_sales_mood"),
				    mkq("Sales", "order")),
	       "DROP INDEX \"Sales\".ix_sales_mood;\n");
	expect(f, ir_new_table_comment(a, span_make(0, 0), mkq("Sales", "order"), NULL),
	       "COMMENT ON TABLE \"Sales\".\"order\" IS NULL;\n");
	expect(f, ir_new_sequence(a, OP_CREATE_SEQUENCE, span_make(0, 0), mkq("Sales", "seq")),
	       "CREATE SEQUENCE \"Sales\".seq;\n");
	expect(f, ir_new_sequence(a, OP_DROP_SEQUENCE, span_make(0, 0), mkq("Sales", "seq")),
	       "DROP SEQUENCE \"Sales\".seq;\n");
	expect(f, ir_new_drop_table(a, span_make(0, 0), mkq("Sales", "order")),
	       "DROP TABLE \"Sales\".\"order\";\n");
	expect(f, ir_new_drop_enum(a, span_make(0, 0), mkq("Sales", "mood")),
	       "DROP TYPE \"Sales\".mood;\n");
}

static void test_table_ops(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;

	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "empty"), NULL, NULL, NULL,
				      NULL),
	       "CREATE TABLE empty (\n);\n");
	expect(f, ir_new_rename_table(a, span_make(0, 0), mkq(NULL, "empty"), mkid("Vacant")),
	       "ALTER TABLE empty RENAME TO \"Vacant\";\n");
	expect(f, ir_new_table_comment(a, span_make(0, 0), mkq(NULL, "Vacant"), "nobody's"),
	       "COMMENT ON TABLE \"Vacant\" IS 'nobody''s';\n");
	expect(f, ir_new_table_comment(a, span_make(0, 0), mkq(NULL, "Vacant"), NULL),
	       "COMMENT ON TABLE \"Vacant\" IS NULL;\n");
	expect(f, ir_new_drop_table(a, span_make(0, 0), mkq(NULL, "Vacant")),
	       "DROP TABLE \"Vacant\";\n");
}

static void test_columns(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct column *c;

	c = mkcol(a, "last_login", mkty(TY_TIMESTAMPTZ));
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD COLUMN last_login TIMESTAMP WITH TIME ZONE;\n");

	c = mkcol(a, "nick", mklen(TY_STRING, 20));
	c->nullable = NULLABLE_NO;
	c->server_default = mkval(a, VAL_STRING, "anon");
	c->unique = true;
	c->comment = "shown in UI";
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD COLUMN nick VARCHAR(20) DEFAULT 'anon' NOT NULL UNIQUE;\n"
	       "COMMENT ON COLUMN account.nick IS 'shown in UI';\n");

	c = mkcol(a, "org2", mkty(TY_INTEGER));
	c->references = mkref(a, mkq(NULL, "org"), mkids(a, "id", NULL));
	c->references->on_delete = FK_ACTION_SET_NULL;
	c->references->on_update = FK_ACTION_CASCADE;
	c->references->deferrable = 1;
	c->references->initially = FK_INITIALLY_DEFERRED;
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD COLUMN org2 INTEGER REFERENCES org (id) ON DELETE SET "
	       "NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;\n");

	c = mkcol(a, "org3", mkty(TY_INTEGER));
	c->references = mkref(a, mkq(NULL, "org"), mkids(a, NULL));
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD COLUMN org3 INTEGER REFERENCES org;\n");

	c = mkcol(a, "level", mkenum_inline(a, mkstrs(a, "lo", "high", NULL)));
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD COLUMN level VARCHAR(4) CHECK (level IN ('lo', 'high'));\n");

	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "org_copy_target"),
				      mkcol(a, "name", mkty(TY_TEXT)), NULL, NULL, NULL),
	       "CREATE TABLE org_copy_target (\n    name TEXT\n);\n");
	c = mkcol(a, "id", mkty(TY_INTEGER));
	c->primary_key = c->autoincrement = true;
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "org_copy_target"), c),
	       "ALTER TABLE org_copy_target ADD COLUMN id SERIAL NOT NULL PRIMARY KEY;\n");

	c = mkcol(a, "tiny", mkty(TY_SMALLINT));
	c->autoincrement = true;
	expect(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "org_copy_target"), c),
	       "ALTER TABLE org_copy_target ADD COLUMN tiny SMALLSERIAL;\n");

	expect(f, ir_new_drop_column(a, span_make(0, 0), mkq(NULL, "account"), mkid("org3")),
	       "ALTER TABLE account DROP COLUMN org3;\n");
}

static void test_alter_column(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct op *op;

	op = mkalter(f, "account", "name", ALTER_TYPE);
	op->u.alter.type = mkty(TY_TEXT);
	op->u.alter.using_expr = "name::text";
	expect(f, op, "ALTER TABLE account ALTER COLUMN name TYPE TEXT USING name::text;\n");

	op = mkalter(f, "account", "nick", ALTER_TYPE);
	op->u.alter.type = mklen(TY_STRING, 100);
	expect(f, op, "ALTER TABLE account ALTER COLUMN nick TYPE VARCHAR(100);\n");

	expect(f, mkalter(f, "account", "name", ALTER_DROP_NOT_NULL),
	       "ALTER TABLE account ALTER COLUMN name DROP NOT NULL;\n");
	expect(f, mkalter(f, "account", "name", ALTER_SET_NOT_NULL),
	       "ALTER TABLE account ALTER COLUMN name SET NOT NULL;\n");

	op = mkalter(f, "account", "name", ALTER_SET_DEFAULT);
	op->u.alter.default_value = mkval(a, VAL_STRING, "anon");
	expect(f, op, "ALTER TABLE account ALTER COLUMN name SET DEFAULT 'anon';\n");
	expect(f, mkalter(f, "account", "name", ALTER_DROP_DEFAULT),
	       "ALTER TABLE account ALTER COLUMN name DROP DEFAULT;\n");

	op = mkalter(f, "account", "name", ALTER_COMMENT);
	op->u.alter.comment = "shown in UI";
	expect(f, op, "COMMENT ON COLUMN account.name IS 'shown in UI';\n");
	expect(f, mkalter(f, "account", "name", ALTER_COMMENT),
	       "COMMENT ON COLUMN account.name IS NULL;\n");

	op = mkalter(f, "account", "name", ALTER_RENAME);
	op->u.alter.new_name = mkid("full_name");
	expect(f, op, "ALTER TABLE account RENAME name TO full_name;\n");

	/* every change at once, in Alembic's order */
	op = mkalter(f, "account", "full_name",
		     ALTER_TYPE | ALTER_SET_NOT_NULL | ALTER_SET_DEFAULT | ALTER_COMMENT |
		     ALTER_RENAME);
	op->u.alter.type = mkenum_inline(a, mkstrs(a, "anon", "known", NULL));
	op->u.alter.using_expr = "left(full_name, 5)";
	op->u.alter.default_value = mkval(a, VAL_STRING, "anon");
	op->u.alter.comment = "kind";
	op->u.alter.new_name = mkid("kind");
	expect(f, op,
	       "ALTER TABLE account ALTER COLUMN full_name TYPE VARCHAR(5) USING left(full_name, 5);\n"
	       "ALTER TABLE account ADD CHECK (full_name IN ('anon', 'known'));\n"
	       "ALTER TABLE account ALTER COLUMN full_name SET NOT NULL;\n"
	       "ALTER TABLE account ALTER COLUMN full_name SET DEFAULT 'anon';\n"
	       "COMMENT ON COLUMN account.full_name IS 'kind';\n"
	       "ALTER TABLE account RENAME full_name TO kind;\n");

	op = mkalter(f, "account", "mood", ALTER_TYPE);
	op->u.alter.type = mkty(TY_TEXT);
	expect(f, op, "ALTER TABLE account ALTER COLUMN mood TYPE TEXT;\n");
	op = mkalter(f, "account", "mood", ALTER_TYPE);
	op->u.alter.type = mkenum_named(NULL, "mood");
	op->u.alter.using_expr = "mood::mood";
	expect(f, op, "ALTER TABLE account ALTER COLUMN mood TYPE mood USING mood::mood;\n");
}

static void test_indexes(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct index_elem *x;
	struct op *op;

	expect(f, ir_new_create_index(a, span_make(0, 0), mkid("ix_account_email"),
				      mkq(NULL, "account"),
				      mkelem(a, "email", NULL, SORT_UNSET, NULLS_UNSET)),
	       "CREATE INDEX ix_account_email ON account (email);\n");

	x = mkelem(a, "nick", NULL, SORT_UNSET, NULLS_UNSET);
	x->next = mkelem(a, NULL, "lower(kind)", SORT_UNSET, NULLS_UNSET);
	x->next->next = mkelem(a, "id", NULL, SORT_DESC, NULLS_UNSET);
	op = ir_new_create_index(a, span_make(0, 0), mkid("ix_account_lower"),
				 mkq(NULL, "account"), x);
	op->u.index.unique = true;
	op->u.index.where = "active";
	op->u.index.using_method = "btree";
	op->u.index.concurrently = true;
	expect(f, op,
	       "CREATE UNIQUE INDEX CONCURRENTLY ix_account_lower ON account USING btree "
	       "(nick, lower(kind), id DESC) WHERE active;\n");

	/* expressions that are not a bare call get parentheses */
	x = mkelem(a, NULL, " balance * 2 ", SORT_ASC, NULLS_LAST);
	x->next = mkelem(a, NULL, "(balance + 1)", SORT_UNSET, NULLS_FIRST);
	x->next->next = mkelem(a, NULL, "kind::text", SORT_UNSET, NULLS_UNSET);
	x->next->next->next = mkelem(a, NULL, "lower(kind) || ')'", SORT_UNSET, NULLS_UNSET);
	x->next->next->next->next = mkelem(a, NULL, "pg_catalog.upper(kind)", SORT_UNSET,
					   NULLS_UNSET);
	x->next->next->next->next->next = mkelem(a, NULL, "(a) + (b)", SORT_UNSET, NULLS_UNSET);
	op = ir_new_create_index(a, span_make(0, 0), mkid("ix_exprs"), mkq(NULL, "account"), x);
	/* (a) + (b) is not grouped as a whole, so it is wrapped; a and b are
	 * not columns of account, so that element is checked here only */
	assert_string_equal(lower(f, op),
			    "CREATE INDEX ix_exprs ON account ((balance * 2) ASC NULLS LAST, "
			    "(balance + 1) NULLS FIRST, (kind::text), (lower(kind) || ')'), "
			    "pg_catalog.upper(kind), ((a) + (b)));\n");
	x->next->next->next->next->next = NULL;
	op = ir_new_create_index(a, span_make(0, 0), mkid("ix_exprs"), mkq(NULL, "account"), x);
	expect(f, op,
	       "CREATE INDEX ix_exprs ON account ((balance * 2) ASC NULLS LAST, "
	       "(balance + 1) NULLS FIRST, (kind::text), (lower(kind) || ')'), "
	       "pg_catalog.upper(kind));\n");

	expect(f, ir_new_drop_index(a, span_make(0, 0), mkid("ix_exprs"), mkq(NULL, "account")),
	       "DROP INDEX ix_exprs;\n");
	op = ir_new_drop_index(a, span_make(0, 0), mkid("ix_account_lower"), mkq(NULL, NULL));
	op->u.index.concurrently = true;
	expect(f, op, "DROP INDEX CONCURRENTLY ix_account_lower;\n");
}

static void test_constraints(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct constraint *c;
	struct exclude_elem *x;
	struct column *room, *during, *a1, *b1;

	a1 = mkcol(a, "a", mkty(TY_INTEGER));
	a1->nullable = NULLABLE_NO;
	b1 = mkcol(a, "b", mkty(TY_INTEGER));
	b1->nullable = NULLABLE_NO;
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "thing"), cols(a1, b1, NULL),
				      NULL, NULL, NULL),
	       "CREATE TABLE thing (\n    a INTEGER NOT NULL,\n    b INTEGER NOT NULL\n);\n");

	c = mkcon(a, CON_PRIMARY_KEY, "pk_thing");
	c->columns = mkids(a, "a", "b", NULL);
	expect(f, ir_new_add_constraint(a, OP_CREATE_PRIMARY_KEY, span_make(0, 0),
					mkq(NULL, "thing"), c),
	       "ALTER TABLE thing ADD CONSTRAINT pk_thing PRIMARY KEY (a, b);\n");

	c = mkcon(a, CON_UNIQUE, "uq_thing_b");
	c->columns = mkids(a, "b", NULL);
	c->deferrable = 1;
	c->initially = FK_INITIALLY_IMMEDIATE;
	expect(f, ir_new_add_constraint(a, OP_CREATE_UNIQUE_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "thing"), c),
	       "ALTER TABLE thing ADD CONSTRAINT uq_thing_b UNIQUE (b) DEFERRABLE INITIALLY "
	       "IMMEDIATE;\n");

	c = mkcon(a, CON_UNIQUE, NULL);
	c->columns = mkids(a, "a", NULL);
	expect(f, ir_new_add_constraint(a, OP_CREATE_UNIQUE_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "thing"), c),
	       "ALTER TABLE thing ADD UNIQUE (a);\n");

	c = mkcon(a, CON_FOREIGN_KEY, "fk_account_org_later");
	c->columns = mkids(a, "org_id", NULL);
	c->ref.table = mkq(NULL, "org");
	c->ref.columns = mkids(a, "id", NULL);
	c->ref.on_delete = FK_ACTION_CASCADE;
	c->ref.on_update = FK_ACTION_NO_ACTION;
	c->ref.deferrable = 1;
	c->ref.initially = FK_INITIALLY_DEFERRED;
	expect(f, ir_new_add_constraint(a, OP_CREATE_FOREIGN_KEY, span_make(0, 0),
					mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD CONSTRAINT fk_account_org_later FOREIGN KEY (org_id) "
	       "REFERENCES org (id) ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE "
	       "INITIALLY DEFERRED;\n");

	c = mkcon(a, CON_FOREIGN_KEY, "fk_thing_self");
	c->columns = mkids(a, "b", "a", NULL);
	c->ref.table = mkq(NULL, "thing");
	c->ref.columns = mkids(a, "a", "b", NULL);
	c->ref.on_delete = FK_ACTION_RESTRICT;
	c->ref.on_update = FK_ACTION_SET_DEFAULT;
	c->ref.deferrable = 0;
	expect(f, ir_new_add_constraint(a, OP_CREATE_FOREIGN_KEY, span_make(0, 0),
					mkq(NULL, "thing"), c),
	       "ALTER TABLE thing ADD CONSTRAINT fk_thing_self FOREIGN KEY (b, a) "
	       "REFERENCES thing (a, b) ON DELETE RESTRICT ON UPDATE SET DEFAULT NOT "
	       "DEFERRABLE;\n");

	c = mkcon(a, CON_CHECK, "ck_balance");
	c->check = "balance >= 0";
	expect(f, ir_new_add_constraint(a, OP_CREATE_CHECK_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "account"), c),
	       "ALTER TABLE account ADD CONSTRAINT ck_balance CHECK (balance >= 0);\n");

	/* exclusion on an integer and a range needs btree_gist */
	expect(f, mkexec(f, "postgresql", "  CREATE EXTENSION IF NOT EXISTS btree_gist ;\n"),
	       "CREATE EXTENSION IF NOT EXISTS btree_gist;\n");
	expect(f, mkexec(f, "mysql", "SET foo = 1"), "");
	room = mkcol(a, "room", mkty(TY_INTEGER));
	during = mkcol(a, "during", mkraw("tsrange"));
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "booking"),
				      cols(room, during, NULL), NULL, NULL, NULL),
	       "CREATE TABLE booking (\n    room INTEGER,\n    during tsrange\n);\n");

	c = mkcon(a, CON_EXCLUDE, "ex_booking");
	c->using_method = "gist";
	x = mkexcl(a, "room", NULL, "=");
	x->next = mkexcl(a, "during", NULL, "&&");
	c->elems = x;
	expect(f, ir_new_add_constraint(a, OP_CREATE_EXCLUDE_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "booking"), c),
	       "ALTER TABLE booking ADD CONSTRAINT ex_booking EXCLUDE USING gist "
	       "(room WITH =, during WITH &&);\n");

	c = mkcon(a, CON_EXCLUDE, "ex_booking_where");
	c->using_method = "gist";
	c->elems = mkexcl(a, NULL, "room + 1", "=");
	c->elems->next = mkexcl(a, NULL, "tsrange(lower(during), upper(during))", "&&");
	c->where = "room > 0";
	c->deferrable = 1;
	c->initially = FK_INITIALLY_DEFERRED;
	expect(f, ir_new_add_constraint(a, OP_CREATE_EXCLUDE_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "booking"), c),
	       "ALTER TABLE booking ADD CONSTRAINT ex_booking_where EXCLUDE USING gist "
	       "((room + 1) WITH =, tsrange(lower(during), upper(during)) WITH &&) "
	       "WHERE (room > 0) DEFERRABLE INITIALLY DEFERRED;\n");

	c = mkcon(a, CON_EXCLUDE, "ex_default_method");
	c->elems = mkexcl(a, "room", NULL, "=");
	expect(f, ir_new_add_constraint(a, OP_CREATE_EXCLUDE_CONSTRAINT, span_make(0, 0),
					mkq(NULL, "booking"), c),
	       "ALTER TABLE booking ADD CONSTRAINT ex_default_method EXCLUDE (room WITH =);\n");

	expect(f, ir_new_drop_constraint(a, span_make(0, 0), mkid("ex_booking"),
					 mkq(NULL, "booking")),
	       "ALTER TABLE booking DROP CONSTRAINT ex_booking;\n");
	expect(f, ir_new_drop_constraint(a, span_make(0, 0), mkid("fk_account_org"),
					 mkq(NULL, "account")),
	       "ALTER TABLE account DROP CONSTRAINT fk_account_org;\n");
}

static void test_sequences(void **state)
{
	struct fx *f = *state;
	struct op *op;

	op = ir_new_sequence(f->a, OP_CREATE_SEQUENCE, span_make(0, 0), mkq(NULL, "order_seq"));
	op->u.sequence.start = "1000";
	op->u.sequence.increment = "1";
	expect(f, op, "CREATE SEQUENCE order_seq INCREMENT BY 1 START WITH 1000;\n");

	op = ir_new_sequence(f->a, OP_CREATE_SEQUENCE, span_make(0, 0), mkq(NULL, "all_seq"));
	op->u.sequence.start = "-5";
	op->u.sequence.increment = "-1";
	op->u.sequence.minvalue = "-100";
	op->u.sequence.maxvalue = "-1";
	op->u.sequence.cache = "10";
	op->u.sequence.cycle = 1;
	expect(f, op,
	       "CREATE SEQUENCE all_seq INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 START WITH -5 "
	       "CACHE 10 CYCLE;\n");

	op = ir_new_sequence(f->a, OP_CREATE_SEQUENCE, span_make(0, 0), mkq(NULL, "select"));
	op->u.sequence.cycle = 0;
	expect(f, op, "CREATE SEQUENCE \"select\" NO CYCLE;\n");

	expect(f, ir_new_sequence(f->a, OP_DROP_SEQUENCE, span_make(0, 0), mkq(NULL, "all_seq")),
	       "DROP SEQUENCE all_seq;\n");
	expect(f, ir_new_sequence(f->a, OP_DROP_SEQUENCE, span_make(0, 0), mkq(NULL, "select")),
	       "DROP SEQUENCE \"select\";\n");
}

static struct insert_row *mkrow(struct arena *a, struct value *first, ...)
{
	struct insert_row *r = ARENA_NEW(a, struct insert_row);
	struct value *v;
	va_list ap;

	ir_valuelist_append(&r->values, first);
	va_start(ap, first);
	while ((v = va_arg(ap, struct value *)) != NULL)
		ir_valuelist_append(&r->values, v);
	va_end(ap);
	return r;
}

static void test_bulk_insert(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct insert_row *r1, *r2, *r3;

	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "people"),
				      cols(mkcol(a, "id", mkty(TY_INTEGER)),
					   mkcol(a, "name", mkty(TY_TEXT)),
					   mkcol(a, "active", mkty(TY_BOOLEAN)),
					   mkcol(a, "score", mkty(TY_NUMERIC)), NULL),
				      NULL, NULL, NULL),
	       "CREATE TABLE people (\n    id INTEGER,\n    name TEXT,\n    active BOOLEAN,\n"
	       "    score NUMERIC\n);\n");
	r1 = mkrow(a, mkval(a, VAL_NUMBER, "1"), mkval(a, VAL_STRING, "O'Brien"),
		   mkval(a, VAL_TRUE, NULL), mkval(a, VAL_NUMBER, "-2.5"), NULL);
	r2 = mkrow(a, mkval(a, VAL_NUMBER, "2"), mkval(a, VAL_NULL, NULL),
		   mkval(a, VAL_FALSE, NULL), mkval(a, VAL_NUMBER, "1e3"), NULL);
	r3 = mkrow(a, mkval(a, VAL_NUMBER, "3"), mkval(a, VAL_STRING, "back\\slash"),
		   mkval(a, VAL_SQL, "1 = 1"), mkval(a, VAL_SQL, "length('abc')"), NULL);
	r1->next = r2;
	r2->next = r3;
	expect(f, ir_new_bulk_insert(a, span_make(0, 0), mkq(NULL, "people"),
				     mkids(a, "id", "name", "active", "score", NULL), r1),
	       "INSERT INTO people (id, name, active, score) VALUES "
	       "(1, 'O''Brien', true, -2.5), (2, NULL, false, 1e3), "
	       "(3, 'back\\slash', 1 = 1, length('abc'));\n");
	expect(f, ir_new_bulk_insert(a, span_make(0, 0), mkq(NULL, "people"),
				     mkids(a, "id", NULL), NULL),
	       "");
}

static void test_execute(void **state)
{
	struct fx *f = *state;

	expect(f, mkexec(f, NULL, "UPDATE account SET active = true"),
	       "UPDATE account SET active = true;\n");
	expect(f, mkexec(f, NULL, "\n  UPDATE account SET active = false ;; \n"),
	       "UPDATE account SET active = false;\n");
	expect(f, mkexec(f, "POSTGRESQL", "SELECT 1"), "SELECT 1;\n");
	expect(f, mkexec(f, "sqlite", "PRAGMA foreign_keys = ON"), "");
	expect(f, mkexec(f, NULL, " ; "), "");
}

static void test_only_and_batch(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct identlist pg = mkids(a, "mysql", "postgresql", NULL);
	struct identlist others = mkids(a, "mysql", "sqlite", NULL);
	struct op *inner, *batch, *only;
	struct constraint *c = mkcon(a, CON_UNIQUE, "uq_people_id");

	inner = ir_new_drop_column(a, span_make(0, 0), mkq(NULL, "people"), mkid("score"));
	expect(f, ir_new_only(a, span_make(0, 0), others, mkops(inner, NULL)), "");
	inner = ir_new_drop_column(a, span_make(0, 0), mkq(NULL, "people"), mkid("score"));
	expect(f, ir_new_only(a, span_make(0, 0), pg, mkops(inner, NULL)),
	       "ALTER TABLE people DROP COLUMN score;\n");

	/* batch body ops name no table: ir_new_batch fills it in */
	c->columns = mkids(a, "id", NULL);
	inner = mkalter(f, NULL, "name", ALTER_TYPE);
	inner->u.alter.table = mkq(NULL, NULL);
	inner->u.alter.type = mklen(TY_STRING, 80);
	only = ir_new_only(a, span_make(0, 0), mkids(a, "sqlite", NULL),
			   mkops(ir_new_drop_column(a, span_make(0, 0), mkq(NULL, NULL),
						    mkid("active")), NULL));
	batch = ir_new_batch(a, span_make(0, 0), mkq(NULL, "people"),
			     mkops(inner,
				   ir_new_add_constraint(a, OP_CREATE_UNIQUE_CONSTRAINT,
							 span_make(0, 0), mkq(NULL, NULL), c),
				   only, NULL));
	expect(f, batch,
	       "ALTER TABLE people ALTER COLUMN name TYPE VARCHAR(80);\n"
	       "ALTER TABLE people ADD CONSTRAINT uq_people_id UNIQUE (id);\n");
}

static void test_annotate(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct op *drop1, *drop2, *only;

	f->e.annotate = true;
	expect(f, ir_new_create_table(a, at_line(2), mkq(NULL, "noted"),
				      mkcol(a, "x", mkty(TY_INTEGER)), NULL, NULL, NULL),
	       "-- versions/ae10_test.mig:2\n"
	       "CREATE TABLE noted (\n    x INTEGER\n);\n");
	drop1 = ir_new_drop_column(a, at_line(3), mkq(NULL, "noted"), mkid("x"));
	drop2 = ir_new_drop_table(a, at_line(4), mkq(NULL, "noted"));
	only = ir_new_only(a, at_line(2), mkids(a, "postgresql", NULL), mkops(drop1, drop2, NULL));
	expect(f, only,
	       "-- versions/ae10_test.mig:3\n"
	       "ALTER TABLE noted DROP COLUMN x;\n"
	       "-- versions/ae10_test.mig:4\n"
	       "DROP TABLE noted;\n");
	/* an execute for another dialect is not there at all */
	expect(f, mkexec(f, "mysql", "SELECT 1"), "");
	f->e.annotate = false;
}

static void test_version_table(void **state)
{
	struct fx *f = *state;

	sbuf_reset(&f->out);
	dialect_version_create(&f->e, NULL, "alembic_version");
	dialect_version_insert(&f->e, NULL, "alembic_version", "ae1027a6acf0");
	dialect_version_update(&f->e, NULL, "alembic_version", "ae1027a6acf0", "27c6a30d7c24");
	dialect_version_delete(&f->e, NULL, "alembic_version", "27c6a30d7c24");
	assert_string_equal(sbuf_str(&f->out),
			    "CREATE TABLE alembic_version (\n"
			    "    version_num VARCHAR(32) NOT NULL,\n"
			    "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
			    ");\n"
			    "INSERT INTO alembic_version (version_num) VALUES ('ae1027a6acf0');\n"
			    "UPDATE alembic_version SET version_num='27c6a30d7c24' WHERE "
			    "alembic_version.version_num = 'ae1027a6acf0';\n"
			    "DELETE FROM alembic_version WHERE alembic_version.version_num = "
			    "'27c6a30d7c24';\n");
	record(sbuf_str(&f->out));

	sbuf_reset(&f->out);
	dialect_version_create(&f->e, "Sales", "Versions");
	dialect_version_insert(&f->e, "Sales", "Versions", "a");
	dialect_version_update(&f->e, "Sales", "Versions", "a", "b");
	dialect_version_delete(&f->e, "Sales", "Versions", "b");
	assert_string_equal(sbuf_str(&f->out),
			    "CREATE TABLE \"Sales\".\"Versions\" (\n"
			    "    version_num VARCHAR(32) NOT NULL,\n"
			    "    CONSTRAINT \"Versions_pkc\" PRIMARY KEY (version_num)\n"
			    ");\n"
			    "INSERT INTO \"Sales\".\"Versions\" (version_num) VALUES ('a');\n"
			    "UPDATE \"Sales\".\"Versions\" SET version_num='b' WHERE "
			    "\"Sales\".\"Versions\".version_num = 'a';\n"
			    "DELETE FROM \"Sales\".\"Versions\" WHERE "
			    "\"Sales\".\"Versions\".version_num = 'b';\n");
	record(sbuf_str(&f->out));
	/* an empty schema (version_table_schema = in the ini) is no schema */
	sbuf_reset(&f->out);
	dialect_version_insert(&f->e, "", "alembic_version", "c");
	assert_string_equal(sbuf_str(&f->out),
			    "INSERT INTO alembic_version (version_num) VALUES ('c');\n");
	assert_int_equal(f->diag.n, 0);
}

/* ---- what postgresql cannot say ---- */

static void test_pg_errors(void **state)
{
	struct fx *f = *state;
	struct arena *a = f->a;
	struct kv *opts = ARENA_NEW(a, struct kv), *mysql = ARENA_NEW(a, struct kv);
	struct column *c;
	struct insert_row *r;
	struct op *op;
	char n63[64], n64[65];

	/* another dialect's option is ignored, postgresql's own is an error */
	mysql->key = mkid("mysql_engine");
	mysql->next = opts;
	opts->key = mkid("postgresql_foo");
	opts->key.span = span_make(78, 92);
	op = ir_new_create_table(a, at_line(3), mkq(NULL, "t"), mkcol(a, "a", mkty(TY_INTEGER)),
				 NULL, NULL, mysql);
	expect_error(f, op, "table option 'postgresql_foo' is not supported by postgresql");
	assert_int_equal(f->diag.v[0].code, DIAG_DIALECT_UNSUPPORTED);
	assert_string_equal(f->diag.v[0].where, "versions/ae10_test.mig:3:38");
	assert_string_equal(f->diag.v[0].snippet,
			    "    create_table t (a integer) with (postgresql_foo 'x');\n"
			    "                                     ^~~~~~~~~~~~~~");

	/* 63 bytes is the most a name may have */
	memset(n63, 'n', 63);
	n63[63] = '\0';
	memset(n64, 'n', 64);
	n64[64] = '\0';
	expect(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, n63),
				      mkcol(a, "a", mkty(TY_INTEGER)), NULL, NULL, NULL),
	       "CREATE TABLE nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn (\n"
	       "    a INTEGER\n);\n");
	expect_error(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, n64),
					    mkcol(a, "a", mkty(TY_INTEGER)), NULL, NULL, NULL),
		     "name 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn' is 64 "
		     "bytes, longer than the 63 that postgresql allows");
	assert_int_equal(f->diag.v[0].code, DIAG_IDENT_TOO_LONG);
	expect_error(f, ir_new_create_index(a, span_make(0, 0), mkid(n64), mkq(NULL, "t"),
					    mkelem(a, "a", NULL, SORT_UNSET, NULLS_UNSET)),
		     "name 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn' is 64 "
		     "bytes, longer than the 63 that postgresql allows");
	op = mkalter(f, "t", "a", ALTER_SET_NOT_NULL | ALTER_RENAME);
	op->u.alter.new_name = mkid(n64);
	expect_error(f, op,
		     "name 'nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn' is 64 "
		     "bytes, longer than the 63 that postgresql allows");
	expect_error(f, ir_new_rename_table(a, span_make(0, 0), mkq(NULL, "t"), mkid("")),
		     "a zero-length name is not allowed by postgresql");

	c = mkcol(a, "id", mkty(TY_TEXT));
	c->autoincrement = true;
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"), c),
		     "autoincrement on type 'text' is not supported by postgresql");
	c = mkcol(a, "id", mkty(TY_INTEGER));
	c->autoincrement = true;
	c->server_default = mkval(a, VAL_NUMBER, "1");
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"), c),
		     "an autoincrement column with a default is not supported by postgresql");

	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"),
					  mkcol(a, "s", mklen(TY_STRING, 0))),
		     "length 0 of type 'string' is out of range for postgresql (1 to 10485760)");
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"),
					  mkcol(a, "s", mklen(TY_CHAR, 10485761))),
		     "length 10485761 of type 'char' is out of range for postgresql "
		     "(1 to 10485760)");
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"),
					  mkcol(a, "s", mknum(1001, 2))),
		     "precision 1001 of type 'numeric' is out of range for postgresql "
		     "(1 to 1000)");
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"),
					  mkcol(a, "s", mknum(10, 1001))),
		     "scale 1001 of type 'numeric' is out of range for postgresql "
		     "(-1000 to 1000)");
	expect_error(f, ir_new_add_column(a, span_make(0, 0), mkq(NULL, "t"),
					  mkcol(a, "s", mkenum_inline(a, mkstrs(a, NULL)))),
		     "an enum without values is not supported by postgresql");
	op = mkalter(f, "t", "a", ALTER_TYPE | ALTER_SET_NOT_NULL);
	op->u.alter.type = mklen(TY_STRING, 0);
	expect_error(f, op,
		     "length 0 of type 'string' is out of range for postgresql (1 to 10485760)");

	expect_error(f, ir_new_create_index(a, span_make(0, 0), mkid("ix"), mkq(NULL, NULL),
					    mkelem(a, "a", NULL, SORT_UNSET, NULLS_UNSET)),
		     "index 'ix' names no table");

	r = mkrow(a, mkval(a, VAL_NUMBER, "1"), NULL);
	expect_error(f, ir_new_bulk_insert(a, span_make(0, 0), mkq(NULL, "t"),
					   mkids(a, "a", "b", NULL), r),
		     "row has 1 values for 2 columns");

	/* every error of an op is reported, and nothing of it is written */
	sbuf_reset(&f->out);
	diag_clear(&f->diag);
	f->nstatements = 0;
	op = ir_new_create_table(a, span_make(0, 0), mkq(NULL, "t2"),
				 cols(mkcol(a, "a", mklen(TY_STRING, 0)),
				      mkcol(a, "b", mknum(0, TYPE_NO_SCALE)), NULL),
				 NULL, "comment", NULL);
	assert_false(dialect_emit_op(&f->e, op));
	assert_int_equal(f->diag.nerrors, 2);
	assert_int_equal(f->nstatements, 0);

	/* a batch lowers the ops it can and fails as a whole */
	sbuf_reset(&f->out);
	diag_clear(&f->diag);
	op = ir_new_batch(a, span_make(0, 0), mkq(NULL, "t"),
			  mkops(ir_new_add_column(a, span_make(0, 0), mkq(NULL, NULL),
						  mkcol(a, "s", mklen(TY_STRING, 0))),
				ir_new_drop_column(a, span_make(0, 0), mkq(NULL, NULL),
						   mkid("a")), NULL));
	assert_false(dialect_emit_op(&f->e, op));
	assert_int_equal(f->diag.nerrors, 1);
	assert_string_equal(sbuf_str(&f->out), "ALTER TABLE t DROP COLUMN a;\n");
	diag_clear(&f->diag);
}

/* ---- the generic emitters' capability checks, through a dialect that
 * has none of the capabilities ---- */

struct bare_fx {
	struct fx *f;
	struct dialect d;
};

static int bare_setup(void **state)
{
	struct bare_fx *b = xcalloc(1, sizeof(*b));
	void *inner;

	fx_setup(&inner);
	b->f = inner;
	b->d = dialect_postgresql;
	b->d.rules.name = "sqlite";	/* a name the language knows; the caps are none */
	b->d.caps = 0;
	b->d.column_type_sql = NULL;
	b->f->e.d = &b->d;
	*state = b;
	return 0;
}

static int bare_teardown(void **state)
{
	struct bare_fx *b = *state;
	void *inner = b->f;

	fx_teardown(&inner);
	free(b);
	return 0;
}

static void test_bare_caps(void **state)
{
	struct bare_fx *b = *state;
	struct fx *f = b->f;
	struct arena *a = f->a;
	struct op *op;
	struct column *c;
	struct constraint *k;

	op = ir_new_create_index(a, span_make(0, 0), mkid("ix"), mkq(NULL, "t"),
				 mkelem(a, "a", NULL, SORT_UNSET, NULLS_UNSET));
	op->u.index.concurrently = true;
	expect_error(f, op, "creating an index concurrently is not supported by sqlite");
	op = ir_new_drop_index(a, span_make(0, 0), mkid("ix"), mkq(NULL, "t"));
	op->u.index.concurrently = true;
	expect_error(f, op, "dropping an index concurrently is not supported by sqlite");
	op = ir_new_create_index(a, span_make(0, 0), mkid("ix"), mkq(NULL, "t"),
				 mkelem(a, "a", NULL, SORT_UNSET, NULLS_UNSET));
	op->u.index.where = "a > 0";
	expect_error(f, op, "a partial index is not supported by sqlite");
	expect_error(f, ir_new_create_index(a, span_make(0, 0), mkid("ix"), mkq(NULL, "t"),
					    mkelem(a, NULL, "lower(a)", SORT_UNSET, NULLS_UNSET)),
		     "an expression index is not supported by sqlite");
	k = mkcon(a, CON_EXCLUDE, "ex");
	k->elems = mkexcl(a, "a", NULL, "=");
	expect_error(f, ir_new_add_constraint(a, OP_CREATE_EXCLUDE_CONSTRAINT, span_make(0, 0),
					      mkq(NULL, "t"), k),
		     "an exclusion constraint is not supported by sqlite");
	expect_error(f, ir_new_sequence(a, OP_CREATE_SEQUENCE, span_make(0, 0), mkq(NULL, "s")),
		     "a sequence is not supported by sqlite");
	expect_error(f, ir_new_sequence(a, OP_DROP_SEQUENCE, span_make(0, 0), mkq(NULL, "s")),
		     "a sequence is not supported by sqlite");
	expect_error(f, ir_new_table_comment(a, span_make(0, 0), mkq(NULL, "t"), "x"),
		     "a table comment is not supported by sqlite");
	op = mkalter(f, "t", "a", ALTER_COMMENT);
	expect_error(f, op, "a column comment is not supported by sqlite");
	op = mkalter(f, "t", "a", ALTER_TYPE | ALTER_SET_NOT_NULL);
	op->u.alter.type = mkty(TY_TEXT);
	expect_error(f, op, "changing a column's type is not supported by sqlite");
	k = mkcon(a, CON_UNIQUE, "uq");
	k->columns = mkids(a, "a", NULL);
	k->deferrable = 1;
	expect_error(f, ir_new_add_constraint(a, OP_CREATE_UNIQUE_CONSTRAINT, span_make(0, 0),
					      mkq(NULL, "t"), k),
		     "a deferrable constraint is not supported by sqlite");
	expect_error(f, ir_new_drop_table(a, span_make(0, 0), mkq("s", "t")),
		     "schema-qualified name 's.t' is not supported by sqlite");

	b->d.caps = CAP_ALTER_COLUMN_TYPE;
	op = mkalter(f, "t", "a", ALTER_TYPE);
	op->u.alter.type = mkty(TY_TEXT);
	op->u.alter.using_expr = "a::text";
	expect_error(f, op, "a type change with 'using' is not supported by sqlite");
	b->d.caps = 0;
	diag_clear(&f->diag);

	/* defaults need no capability: NOT DEFERRABLE is what every database does */
	k = mkcon(a, CON_UNIQUE, "uq");
	k->columns = mkids(a, "a", NULL);
	k->deferrable = 0;
	k->initially = FK_INITIALLY_IMMEDIATE;
	assert_string_equal(lower(f, ir_new_add_constraint(a, OP_CREATE_UNIQUE_CONSTRAINT,
							    span_make(0, 0), mkq(NULL, "t"), k)),
			    "ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a);\n");
	/* enums that are not schema objects live in their columns */
	assert_string_equal(lower(f, ir_new_create_enum(a, span_make(0, 0), mkq(NULL, "m"),
							mkstrs(a, "x", NULL))), "");
	assert_string_equal(lower(f, ir_new_drop_enum(a, span_make(0, 0), mkq(NULL, "m"))), "");
	/* the standard identity clause where the dialect has no spelling of its own */
	c = mkcol(a, "id", mkty(TY_INTEGER));
	c->primary_key = c->autoincrement = true;
	c->comment = "the key";
	assert_string_equal(lower(f, ir_new_create_table(a, span_make(0, 0), mkq(NULL, "t"), c,
							 NULL, "a table", NULL)),
			    "CREATE TABLE t (\n"
			    "    id INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
			    "    PRIMARY KEY (id)\n"
			    ");\n");
	/* inline comments are left out with a warning each */
	assert_int_equal(f->diag.nwarnings, 2);
	assert_string_equal(f->diag.v[0].msg,
			    "comments are not supported by sqlite; this one is left out");
	/* `only` and `execute` follow the dialect's name */
	assert_string_equal(lower(f, ir_new_only(a, span_make(0, 0), mkids(a, "sqlite", NULL),
						 mkops(mkexec(f, "sqlite", "SELECT 2"), NULL))),
			    "SELECT 2;\n");
	assert_string_equal(lower(f, ir_new_only(a, span_make(0, 0),
						 mkids(a, "postgresql", NULL),
						 mkops(mkexec(f, NULL, "SELECT 2"), NULL))),
			    "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_registry),
		cmocka_unit_test(test_reserved_words_hashed),
		cmocka_unit_test(test_constraint_names),
		cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_literals),
		cmocka_unit_test_setup_teardown(test_values, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_enum_ops, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_every_type, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_create_table, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_quoted_names, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_schemas, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_table_ops, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_columns, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_alter_column, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_indexes, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_constraints, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_sequences, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bulk_insert, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_execute, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_only_and_batch, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_annotate, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_version_table, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_pg_errors, fx_setup, fx_teardown),
		cmocka_unit_test_setup_teardown(test_bare_caps, bare_setup, bare_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
