/* Unit tests for the schema model: what each op leaves in it, the names
 * the database gives unnamed constraints, how renames and drops carry
 * through foreign keys and indexes, verify's snapshots, and the order of
 * the ops `schema` rebuilds.  IR comes from parsing small sources.  The
 * database is one made up here, as its rules: the model needs no dialect. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "diag.h"
#include "parse.h"
#include "sbuf.h"
#include "schema.h"
#include "schema_impl.h"
#include "srcfile.h"
#include "util.h"

/* A database that names constraints table_columns_suffix, numbered from 1
 * where that is taken (PostgreSQL's way, without its cutting at 63 bytes),
 * and cannot cast text to a number without 'using'. */
static const char *test_auto_name(struct arena *a, enum constraint_kind kind,
				  const char *table, const char *const *columns, size_t ncolumns,
				  bool (*taken)(const void *ctx, const char *name), const void *ctx)
{
	static const char *const suffix[] = {
		[CON_PRIMARY_KEY] = "pkey", [CON_UNIQUE] = "key", [CON_FOREIGN_KEY] = "fkey",
		[CON_CHECK] = NULL, [CON_EXCLUDE] = "excl",
	};
	struct sbuf base = SBUF_INIT;
	const char *name;
	size_t i;
	int n;

	if (!suffix[kind])
		return NULL;
	sbuf_adds(&base, table);
	for (i = 0; i < ncolumns && kind != CON_PRIMARY_KEY; i++)
		sbuf_addf(&base, "_%s", columns[i]);
	name = arena_printf(a, "%s_%s", base.buf, suffix[kind]);
	for (n = 1; taken(ctx, name); n++)
		name = arena_printf(a, "%s_%s%d", base.buf, suffix[kind], n);
	sbuf_release(&base);
	return name;
}

static bool test_cast_needs_using(const struct type *from, const struct type *to)
{
	return (from->kind == TY_TEXT || from->kind == TY_STRING) &&
	       (to->kind == TY_INTEGER || to->kind == TY_BIGINT);
}

static const char *const test_reserved[] = { "order", "user" };
SQLSCAN_WORDS(test_words, test_reserved);

static const struct schema_rules test_rules = {
	.name = "testdb",
	.sql = { .quote = '"', .fold_lower = true, .words = &test_words },
	.max_ident_len = 63,
	.auto_constraint_name = test_auto_name,
	.cast_needs_using = test_cast_needs_using,
};

struct fx {
	struct arena *a;
	struct diag d;
	struct schema *s;
	struct srcfile *srcs[1024];
	size_t nsrcs;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	f->a = arena_new();
	f->s = schema_new(&test_rules);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	size_t i;

	schema_free(f->s);
	diag_release(&f->d);
	for (i = 0; i < f->nsrcs; i++)
		srcfile_free(f->srcs[i]);
	arena_free(f->a);
	free(f);
	return 0;
}

/* Parses a revision whose upgrade is `up` and downgrade `down`. */
static struct migfile *parse(struct fx *f, const char *up, const char *down)
{
	char text[4096];
	struct srcfile *src;
	struct migfile *m;

	snprintf(text, sizeof(text), "revision 'r%zu';\nupgrade {\n%s\n}\ndowngrade {\n%s\n}\n",
		 f->nsrcs, up, down ? down : "");
	src = srcfile_from_string("t.mig", text, strlen(text));
	assert_true(f->nsrcs < sizeof(f->srcs) / sizeof(f->srcs[0]));
	f->srcs[f->nsrcs++] = src;
	m = parse_file(f->a, src, PARSE_REVISION, &f->d);
	if (!m)
		diag_print(&f->d, stderr, 0);
	assert_non_null(m);
	return m;
}

/* Applies an upgrade block; returns whether the model raised no error. */
static bool apply(struct fx *f, const char *up)
{
	struct migfile *m = parse(f, up, NULL);
	const struct op *op;
	bool ok = true;

	schema_begin_revision(f->s);
	for (op = m->upgrade.head; op; op = op->next)
		ok &= schema_apply(f->s, op, m->src, &f->d);
	return ok;
}

static struct sch_table *table(struct fx *f, const char *name)
{
	struct qname q = { NULL, name, { 0, 0 } };

	return schema_table(f->s, &q);
}

static const char *first_error(struct fx *f)
{
	size_t i;

	for (i = 0; i < f->d.n; i++)
		if (f->d.v[i].sev == DIAG_SEV_ERROR)
			return f->d.v[i].msg;
	return "";
}

static void test_create_table_fills_the_model(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;
	struct sch_column *c;

	assert_true(apply(f, "create_table account (id bigint primary key autoincrement, "
			     "email string(255) not null unique, note text default 'x' "
			     "comment 'free text') comment 'people';"));
	t = table(f, "account");
	assert_non_null(t);
	assert_int_equal(t->ncolumns, 3);
	assert_string_equal(t->comment, "people");
	c = schema_column(t, "id");
	assert_true(c->not_null);
	assert_true(c->autoincrement);
	c = schema_column(t, "note");
	assert_false(c->not_null);
	assert_string_equal(c->server_default->text, "x");
	assert_string_equal(c->comment, "free text");
	/* the primary key and the unique constraint, named as the rules say */
	assert_int_equal(t->nconstraints, 2);
	assert_int_equal(t->constraints[0]->kind, CON_PRIMARY_KEY);
	assert_string_equal(t->constraints[0]->name, "account_pkey");
	assert_true(t->constraints[0]->auto_named);
	assert_string_equal(t->constraints[1]->name, "account_email_key");
	assert_int_equal(f->d.n, 0);
}

static void test_generated_names_are_numbered_and_cut(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;

	/* the database names the unnamed one t_a_key and then refuses the
	 * explicit t_a_key (PostgreSQL: "relation already exists"): so does
	 * the model */
	assert_false(apply(f, "create_table t (a integer, b integer, unique (a), "
			      "constraint t_a_key unique (b));"));
	assert_string_equal(first_error(f), "table 't' already has a constraint named 't_a_key'");
	diag_clear(&f->d);
	/* taken before: the next number */
	assert_true(apply(f, "create_table u (a integer, b integer, constraint u_a_key unique (b));"
			     "create_unique_constraint x on u (a); drop_constraint x on u;"));
	assert_true(apply(f, "add_column u c integer; create_table v (id integer);"));
	t = table(f, "u");
	assert_int_equal(t->nconstraints, 1);
	assert_true(apply(f, "create_table a_table_name_that_goes_on_and_on_and_on_for_ever ("
			     "a_column_name_that_is_also_rather_long integer primary key);"));
	t = table(f, "a_table_name_that_goes_on_and_on_and_on_for_ever");
	assert_string_equal(t->constraints[0]->name,
			    "a_table_name_that_goes_on_and_on_and_on_for_ever_pkey");
	assert_true(apply(f, "create_unique_constraint uq on "
			     "a_table_name_that_goes_on_and_on_and_on_for_ever "
			     "(a_column_name_that_is_also_rather_long);"));
	assert_true(apply(f, "drop_constraint uq on a_table_name_that_goes_on_and_on_and_on_for_ever;"
			     "add_column a_table_name_that_goes_on_and_on_and_on_for_ever "
			     "x integer unique;"));
	t = table(f, "a_table_name_that_goes_on_and_on_and_on_for_ever");
	/* (PostgreSQL's cutting at 63 bytes is test_pg_emit's) */
	assert_string_equal(t->constraints[1]->name,
			    "a_table_name_that_goes_on_and_on_and_on_for_ever_x_key");
}

static void test_unknown_names_say_did_you_mean(void **state)
{
	struct fx *f = *state;

	assert_true(apply(f, "create_table account (id integer, name text);"));
	assert_false(apply(f, "drop_column acount name;"));
	assert_string_equal(first_error(f), "no table 'acount'");
	assert_int_equal(f->d.v[1].sev, DIAG_SEV_NOTE);
	assert_string_equal(f->d.v[1].msg, "did you mean 'account'?");
	diag_clear(&f->d);
	assert_false(apply(f, "drop_column account nmae;"));
	assert_string_equal(f->d.v[1].msg, "did you mean 'name'?");
	diag_clear(&f->d);
	/* nothing near: no note */
	assert_false(apply(f, "drop_table zzzzzzzz;"));
	assert_int_equal(f->d.n, 1);
}

static void test_rename_column_follows_constraints_and_fks(void **state)
{
	struct fx *f = *state;
	struct sch_table *org, *member;

	assert_true(apply(f, "create_table org (code text primary key);"
			     "create_table member (id integer, org_code text references org (code),"
			     " constraint uq unique (org_code));"
			     "create_index ix_member_org on member (org_code);"));
	assert_true(apply(f, "rename_column org code to org_code;"
			     "rename_column member org_code to org_ref;"));
	org = table(f, "org");
	member = table(f, "member");
	assert_string_equal(org->constraints[0]->columns[0], "org_code");
	/* the table's own keys first, then its foreign keys */
	assert_int_equal(member->constraints[0]->kind, CON_UNIQUE);
	assert_string_equal(member->constraints[0]->columns[0], "org_ref");
	assert_int_equal(member->constraints[1]->kind, CON_FOREIGN_KEY);
	assert_string_equal(member->constraints[1]->columns[0], "org_ref");
	assert_string_equal(member->constraints[1]->ref_columns[0], "org_code");
	/* the table rename reaches the foreign key too */
	assert_true(apply(f, "rename_table org to organisation;"));
	assert_null(table(f, "org"));
	assert_string_equal(member->constraints[1]->ref_table.name, "organisation");
	/* and the old name is free, the new one taken */
	assert_false(apply(f, "drop_table organisation;"));
	assert_string_equal(first_error(f), "table 'organisation' is still referenced by a "
			    "foreign key 'member_org_code_fkey' on 'member'");
}

/* A table's foreign key to itself stays known as one after the table is
 * renamed: a column it names that is renamed later is renamed in it too,
 * and so again after the table is renamed back. */
static void test_rename_table_keeps_its_own_foreign_keys(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;

	assert_true(apply(f, "create_table node (id integer primary key, parent_id integer,"
			     " constraint fk_parent foreign key (parent_id) references node (id));"));
	assert_true(apply(f, "rename_table node to tree;"));
	assert_true(apply(f, "rename_column tree id to nid;"));
	t = table(f, "tree");
	assert_non_null(t);
	assert_int_equal(t->constraints[1]->kind, CON_FOREIGN_KEY);
	assert_string_equal(t->constraints[1]->ref_table.name, "tree");
	assert_string_equal(t->constraints[1]->ref_columns[0], "nid");
	/* and renamed back, and again */
	assert_true(apply(f, "rename_table tree to node;"));
	assert_true(apply(f, "rename_column node nid to id;"));
	assert_string_equal(t->constraints[1]->ref_table.name, "node");
	assert_string_equal(t->constraints[1]->ref_columns[0], "id");
}

static void test_drop_column_takes_its_indexes_and_constraints(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;

	assert_true(apply(f, "create_table t (a integer, b integer, c integer, unique (a, b));"
			     "create_index ix_b on t (b); create_index ix_c on t (c);"));
	assert_true(apply(f, "drop_column t b;"));
	t = table(f, "t");
	assert_int_equal(t->nconstraints, 0);
	assert_int_equal(t->nindexes, 1);
	assert_string_equal(t->indexes[0]->name, "ix_c");
	/* the index name is free again */
	assert_true(apply(f, "create_index ix_b on t (a);"));
}

static void test_foreign_key_rules(void **state)
{
	struct fx *f = *state;

	assert_true(apply(f, "create_table a (id integer primary key, code text);"));
	assert_false(apply(f, "create_table b (x text references a (id));"));
	assert_string_equal(first_error(f), "foreign key column 'b.x' is text but 'a.id' is "
			    "integer: their types do not compare");
	diag_clear(&f->d);
	/* no columns named: the target's primary key; integer types compare */
	assert_true(apply(f, "create_table c (x bigint references a);"));
	assert_string_equal(table(f, "c")->constraints[0]->ref_columns[0], "id");
	/* only a key or unique column can be referenced */
	assert_false(apply(f, "create_table d (x text references a (code));"));
	assert_string_equal(first_error(f), "foreign key to 'a' needs a primary key or unique "
			    "constraint on exactly the columns it references");
	diag_clear(&f->d);
	assert_true(apply(f, "create_index ix_code on a (code) unique;"
			     "create_table d2 (x text references a (code));"));
	/* date and timestamp compare */
	assert_true(apply(f, "create_table e (at timestamp unique);"
			     "create_table g (day date references e (at));"));
	/* a table may reference itself */
	assert_true(apply(f, "create_table tree (id integer primary key, parent integer "
			     "references tree (id));"));
}

static void test_expressions_follow_renames_and_drops(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;

	assert_true(apply(f, "create_table t (id integer, a integer, \"B\" text,"
			     " constraint ck check 'a > 0 AND \"B\" <> ''a''');"
			     "create_index ix_expr on t (sql 'lower(\"B\")');"
			     "create_index ix_part on t (id) where 'a > 1';"));
	assert_true(apply(f, "rename_column t a to amount;"));
	t = table(f, "t");
	/* the expression names the new column; the string literal is left alone */
	assert_string_equal(t->constraints[0]->check, "amount > 0 AND \"B\" <> 'a'");
	assert_string_equal(t->indexes[1]->def->where, "amount > 1");
	assert_true(apply(f, "drop_column t \"B\";"));
	assert_int_equal(t->nconstraints, 0);
	assert_int_equal(t->nindexes, 1);
	assert_string_equal(t->indexes[0]->name, "ix_part");
	assert_true(apply(f, "drop_column t amount;"));
	assert_int_equal(t->nindexes, 0);
}

/* Another database, as rules: names compare ignoring case, `x` quotes a
 * name, nothing is named for it, any cast goes. */
static const struct schema_rules other_rules = {
	.name = "otherdb",
	.sql = { .quote = '`', .backquote_names = true, .dquote_strings = true },
};

/* What the model does that is the database's business, it does as the
 * rules say: which names an expression mentions, how a renamed one is
 * written, what an `only` block names, unnamed constraints, casts. */
static void test_rules_decide(void **state)
{
	struct fx *f = *state;
	struct schema *keep = f->s;
	struct sch_table *t;

	assert_true(apply(f, "create_table t (a integer, c text, constraint ck check 'A > 0 AND "
			     "\"a\" < 9', unique (a));"
			     "only TestDB { create_table mine (x integer); }"
			     "only otherdb { create_table theirs (x integer); }"));
	assert_true(apply(f, "rename_column t a to b;"));
	t = table(f, "t");
	/* A folds to a: both are the column, and b is written bare */
	assert_string_equal(t->constraints[0]->check, "b > 0 AND b < 9");
	assert_string_equal(t->constraints[1]->name, "t_a_key");
	/* a name only quotes can carry is written quoted, and the undo finds
	 * it; a reserved word unquoted is the keyword, no column */
	assert_true(apply(f, "rename_column t b to \"Order\"; rename_column t \"Order\" to "
			     "order; create_table k (\"user\" text, constraint ck_k check "
			     "'user <> ''root''');"));
	assert_string_equal(t->constraints[0]->check, "\"order\" > 0 AND \"order\" < 9");
	assert_true(apply(f, "drop_column k \"user\";"));
	assert_int_equal(table(f, "k")->nconstraints, 1);
	assert_true(apply(f, "rename_column t order to b;"));
	assert_string_equal(t->constraints[0]->check, "b > 0 AND b < 9");
	assert_non_null(table(f, "mine"));
	assert_null(table(f, "theirs"));
	diag_clear(&f->d);

	f->s = schema_new(&other_rules);
	assert_true(apply(f, "create_table t (a integer, c text, constraint ck check 'A > 0 AND "
			     "\"a\" < 9 AND `A` <> 5', unique (a));"
			     "only testdb { create_table mine (x integer); }"
			     "only OTHERDB { create_table theirs (x integer); }"));
	assert_true(apply(f, "rename_column t a to b; alter_column t c type integer;"));
	t = table(f, "t");
	/* any case is the column; "a" is a string here */
	assert_string_equal(t->constraints[0]->check, "b > 0 AND \"a\" < 9 AND b <> 5");
	assert_null(t->constraints[1]->name);	/* nothing to call it */
	assert_null(table(f, "mine"));
	assert_non_null(table(f, "theirs"));
	assert_int_equal(f->d.nwarnings, 0);	/* no 'using' needed */
	assert_true(apply(f, "drop_column t b;"));
	assert_int_equal(t->nconstraints, 0);
	schema_free(f->s);
	f->s = keep;
}

static void test_generated_names_are_unique_in_the_schema(void **state)
{
	struct fx *f = *state;

	assert_true(apply(f, "create_table t (id integer primary key);"
			     "rename_table t to u; create_table t (id integer primary key);"));
	/* u keeps t_pkey, so the new one is numbered, as PostgreSQL does */
	assert_string_equal(table(f, "u")->constraints[0]->name, "t_pkey");
	assert_string_equal(table(f, "t")->constraints[0]->name, "t_pkey1");
	assert_true(apply(f, "drop_constraint t_pkey1 on t;"));
}

static void test_enum_in_use_cannot_go(void **state)
{
	struct fx *f = *state;

	assert_true(apply(f, "create_enum mood ('a', 'b'); create_table p (m enum mood);"));
	assert_false(apply(f, "drop_enum mood;"));
	assert_string_equal(first_error(f), "enum 'mood' is still used by column 'p.m'");
	diag_clear(&f->d);
	assert_true(apply(f, "drop_table p; drop_enum mood;"));
}

static void test_warnings(void **state)
{
	struct fx *f = *state;

	assert_true(apply(f, "create_table t (id integer, code text);"));
	assert_true(apply(f, "alter_column t code type integer; add_column t n integer not null;"));
	assert_int_equal(f->d.nwarnings, 2);
	assert_int_equal(f->d.nerrors, 0);
	diag_clear(&f->d);
	/* with using, or a default, or on a table made in the same revision: quiet */
	assert_true(apply(f, "alter_column t code type text; alter_column t code type integer "
			     "using 'code::integer'; add_column t m integer not null default 0;"
			     "create_table u (id integer); add_column u v integer not null;"));
	assert_int_equal(f->d.nwarnings, 0);
}

/* As verify runs m: a snapshot, the upgrade, a fork, the downgrade. */
static void run_with_fork(struct fx *f, const struct migfile *m, struct schema_snapshot **snap,
			  struct schema_snapshot **fork)
{
	const struct op *op;

	*snap = schema_snapshot_take(f->s, &m->upgrade, &m->downgrade);
	for (op = m->upgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
	*fork = schema_fork(f->s, &m->upgrade, &m->downgrade);
	for (op = m->downgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
}

/* verify's snapshots and forks: a downgrade that forgets something is
 * seen, and ending the fork puts the model back as the upgrade left it. */
static void test_snapshot_sees_and_fork_restores(void **state)
{
	struct fx *f = *state;
	struct migfile *m;
	struct schema_snapshot *snap, *fork;

	assert_true(apply(f, "create_table t (id integer, email text not null);"));
	m = parse(f, "drop_column t email; create_enum mood ('x');",
		  "add_column t email text; create_table made_by_down (x integer);");
	run_with_fork(f, m, &snap, &fork);
	assert_non_null(schema_column(table(f, "t"), "email"));
	assert_false(schema_snapshot_same(f->s, snap, m->src, m->downgrade_span, "r1", &f->d));
	assert_string_equal(first_error(f), "the downgrade of 'r1' does not restore the "
			    "testdb schema: column 't.email' is nullable, but was NOT NULL before "
			    "the upgrade");
	schema_fork_end(f->s, fork);
	schema_snapshot_free(snap);
	/* back to what the upgrade left: no email, the enum, no made_by_down */
	assert_null(schema_column(table(f, "t"), "email"));
	assert_null(schema_table(f->s, &(struct qname){ NULL, "made_by_down", { 0, 0 } }));
	diag_clear(&f->d);
	assert_false(apply(f, "create_enum mood ('y');"));
	diag_clear(&f->d);
	assert_true(apply(f, "create_table made_by_down (y integer);"));
	/* nothing changed at all: the same */
	m = parse(f, "", "");
	snap = schema_snapshot_take(f->s, &m->upgrade, &m->downgrade);
	assert_true(schema_snapshot_same(f->s, snap, m->src, m->downgrade_span, "r2", &f->d));
	schema_snapshot_free(snap);
}

/* On a new model made by setup: a snapshot, the upgrade, a fork, the
 * downgrade, which must give back what the snapshot kept; then the fork
 * and the snapshot end, leaving the model as the upgrade left it.  Case i
 * is named where it fails. */
static void round_trip(struct fx *f, size_t i, const char *setup, const char *up,
		       const char *down)
{
	struct migfile *m;
	struct schema_snapshot *snap, *fork;

	schema_free(f->s);
	f->s = schema_new(&test_rules);
	assert_true(apply(f, setup));
	m = parse(f, up, down);
	run_with_fork(f, m, &snap, &fork);
	if (!schema_snapshot_same(f->s, snap, m->src, m->downgrade_span, "r", &f->d))
		fail_msg("case %zu: %s", i, first_error(f));
	schema_fork_end(f->s, fork);
	schema_snapshot_free(snap);
}

/* verify shares column objects between the model, its snapshot and its
 * fork: every op that changes a column must change a copy.  Each case's
 * downgrade undoes its upgrade, so the comparison must find them the same
 * (a change made in place would have reached the snapshot), and after the
 * fork the model must show the upgrade's column (a change in place would
 * have reached it from the downgrade). */
static void test_column_changes_reach_neither_snapshot_nor_model(void **state)
{
	static const struct {
		const char *setup, *up, *down, *after;	/* after: t.c's NOT NULL, default */
	} cases[] = {
		{ "create_table t (id integer, c integer);",
		  "create_primary_key pk_t on t (c);",
		  "drop_constraint pk_t on t type primary_key; alter_column t c drop not null;",
		  "1 -" },
		{ "create_table t (c integer);",
		  "alter_column t c set not null set default 5 comment 'x';",
		  "alter_column t c drop not null drop default comment null;",
		  "1 5" },
		{ "create_table t (c integer);",
		  "alter_column t c rename to d; alter_column t d rename to c set default 7;",
		  "alter_column t c drop default;",
		  "0 7" },
		{ "create_enum mood ('a', 'b'); create_table t (c enum mood default 'a');",
		  "alter_enum mood rename value 'a' to 'z';",
		  "alter_enum mood rename value 'z' to 'a';",
		  "0 z" },
		{ "create_table t (c enum('a', 'b') default 'a');",
		  "alter_enum on t (c) rename value 'a' to 'z';",
		  "alter_enum on t (c) rename value 'z' to 'a';",
		  "0 z" },
		{ "create_table t (c integer not null);",
		  "alter_column t c set identity (start 10);",
		  "alter_column t c drop identity;",
		  "1 -" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fx *f = *state;
		const struct sch_column *c;
		char after[64];

		round_trip(f, i, cases[i].setup, cases[i].up, cases[i].down);
		c = schema_column(table(f, "t"), "c");
		assert_non_null(c);
		snprintf(after, sizeof(after), "%d %s", c->not_null,
			 c->server_default ? c->server_default->text : "-");
		if (strcmp(after, cases[i].after) != 0)
			fail_msg("case %zu: after the fork t.c is '%s', not '%s'", i, after,
				 cases[i].after);
	}
}

/* Outside a fork a changed column stays the model's own object, changed in
 * place (a copy each time was garbage in the model's arena, a column per
 * altered column per revision: 8 MB at 50,000 revisions), while each live
 * snapshot that held it is given the column as it was.  In a fork the
 * change goes to a copy, and the fork's end gives the original back. */
static void test_columns_change_in_place_outside_a_fork(void **state)
{
	struct fx *f = *state;
	struct migfile *m;
	struct schema_snapshot *snap, *snap2, *fork;
	struct sch_column *c;
	const struct op *op;

	assert_true(apply(f, "create_table t (id integer, a integer, b text);"));
	c = schema_column(table(f, "t"), "a");
	m = parse(f, "alter_column t a type bigint set not null;",
		  "alter_column t a type integer drop not null;");
	snap = schema_snapshot_take(f->s, &m->upgrade, &m->downgrade);
	snap2 = schema_snapshot_op(f->s, m->upgrade.head);
	for (op = m->upgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
	assert_ptr_equal(schema_column(table(f, "t"), "a"), c);
	assert_true(c->not_null);
	/* both snapshots see the column as it was */
	assert_false(schema_column(schema_snapshot_table(snap2, &(struct qname){ NULL, "t", { 0, 0 } }),
				   "a")->not_null);
	schema_snapshot_free(snap2);
	fork = schema_fork(f->s, &m->upgrade, &m->downgrade);
	for (op = m->downgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
	assert_ptr_not_equal(schema_column(table(f, "t"), "a"), c);
	assert_true(schema_snapshot_same(f->s, snap, m->src, m->downgrade_span, "r", &f->d));
	schema_fork_end(f->s, fork);
	schema_snapshot_free(snap);
	assert_ptr_equal(schema_column(table(f, "t"), "a"), c);
	assert_true(c->not_null);
	/* and with no snapshot alive, in place too */
	assert_true(apply(f, "alter_column t a drop not null; alter_column t b type string(10);"));
	assert_ptr_equal(schema_column(table(f, "t"), "a"), c);
	assert_false(c->not_null);
}

/* t's column names, comma-separated, in buf. */
static const char *column_names(const struct sch_table *t, char *buf, size_t size)
{
	size_t i, at = 0;

	buf[0] = '\0';
	for (i = 0; i < t->ncolumns && at < size; i++)
		at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? "," : "",
				       t->columns[i]->name);
	return buf;
}

/* The snapshot and the fork hold the table's column array itself: a
 * change to it, other than adding a column past what any holder sees and
 * taking the last one away, must be made on an array of the changer's own. */
static void test_column_lists_stay_with_their_holders(void **state)
{
	static const struct {
		const char *up, *down, *after;	/* after: t's columns after the fork */
	} cases[] = {
		{ "add_column t x integer;", "drop_column t x;", "a,b,c,x" },
		{ "drop_column t a;", "add_column t a integer;", "b,c" },
		{ "drop_column t c;", "add_column t c integer;", "a,b" },
		{ "add_column t x integer;",
		  "drop_column t x; add_column t y integer; drop_column t y;", "a,b,c,x" },
		{ "drop_column t c; add_column t y integer;",
		  "drop_column t y; add_column t c integer;", "a,b,y" },
		{ "add_column t x integer; add_column t z integer;",
		  "drop_column t x; drop_column t z;", "a,b,c,x,z" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fx *f = *state;
		char buf[64];

		round_trip(f, i, "create_table t (a integer, b integer, c integer);", cases[i].up,
			   cases[i].down);
		column_names(table(f, "t"), buf, sizeof(buf));
		if (strcmp(buf, cases[i].after) != 0)
			fail_msg("case %zu: after the fork t has %s, not %s", i, buf, cases[i].after);
		/* and the model goes on from there */
		assert_true(apply(f, "add_column t last integer;"));
	}
}

static const char *test_sequence_name(struct arena *a, const char *table, const char *column,
				      bool (*taken)(const void *ctx, const char *name),
				      const void *ctx)
{
	const char *name = arena_printf(a, "%s_%s_seq", table, column);
	int n;

	for (n = 1; taken(ctx, name); n++)
		name = arena_printf(a, "%s_%s_seq%d", table, column, n);
	return name;
}

/* The names t's columns hold, counted by looking. */
static size_t names_in(const struct sch_table *t)
{
	size_t i, n = 0;

	for (i = 0; i < t->ncolumns; i++)
		n += (sch_column_sequence(t->columns[i]) != NULL) +
		     (sch_column_enum_check(t->columns[i]) != NULL);
	return n;
}

/* A table counts the sequences' and checks' names its columns hold (the
 * loops that put them in the model's maps skip a table with none), through
 * every op that gives or takes one. */
static void test_table_counts_the_names_its_columns_hold(void **state)
{
	static const struct {
		const char *ops;
		size_t names;
	} steps[] = {
		{ "create_table t (id integer autoincrement, e enum ('a', 'b') constraint ck_e, "
		  "n integer not null, x integer);", 2 },
		{ "alter_column t n set identity;", 3 },
		{ "alter_column t n drop identity;", 2 },
		{ "alter_column t e type text;", 1 },
		{ "alter_column t x type enum ('p', 'q');", 1 },	/* (named by nobody) */
		{ "add_column t f enum ('y') constraint ck_f;", 2 },
		{ "rename_table t to u;", 2 },
		{ "drop_column u id;", 1 },
		{ "drop_column u f;", 0 },
	};
	struct schema_rules rules = test_rules;
	struct fx *f = *state;
	size_t i;

	rules.auto_sequence_name = test_sequence_name;
	rules.inline_enum_checks = true;
	schema_free(f->s);
	f->s = schema_new(&rules);
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		const struct sch_table *t;
		if (!apply(f, steps[i].ops))
			fail_msg("step %zu: %s", i, first_error(f));
		t = table(f, i < 6 ? "t" : "u");
		assert_int_equal(names_in(t), steps[i].names);
		assert_int_equal(t->nnames, steps[i].names);
		if (i == 6) {
			/* the renamed table's sequence keeps its name, and holds it */
			assert_string_equal(sch_column_sequence(t->columns[0]), "t_id_seq");
			assert_true(apply(f, "create_table t (id integer autoincrement);"));
			assert_string_equal(sch_column_sequence(table(f, "t")->columns[0]), "t_id_seq1");
		}
	}
	schema_free(f->s);
	f->s = schema_new(&test_rules);	/* (teardown frees it before the rules go) */
}

/* A column rename rewrites the foreign keys of other tables that point at
 * it; a downgrade's rename back must not reach the upgrade's model. */
static void test_fork_keeps_referrers_of_a_renamed_column(void **state)
{
	struct fx *f = *state;
	struct migfile *m;
	struct schema_snapshot *fork;
	const struct op *op;
	struct sch_table *c;

	assert_true(apply(f, "create_table p (id integer primary key);"
			     "create_table c (id integer, p_id integer);"
			     "create_foreign_key fk_c_p on c (p_id) references p (id);"));
	m = parse(f, "alter_column p id rename to pid;", "alter_column p pid rename to id;");
	for (op = m->upgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
	fork = schema_fork(f->s, &m->upgrade, &m->downgrade);
	for (op = m->downgrade.head; op; op = op->next)
		assert_true(schema_apply(f->s, op, m->src, &f->d));
	c = table(f, "c");
	assert_string_equal(c->constraints[0]->ref_columns[0], "id");
	schema_fork_end(f->s, fork);
	c = table(f, "c");
	assert_int_equal(c->nconstraints, 1);
	assert_string_equal(c->constraints[0]->ref_columns[0], "pid");
	assert_true(apply(f, "drop_constraint fk_c_p on c type foreign_key;"
			     "alter_column p pid rename to id2;"));
}

/* What schema_to_ops_each handed over: each op's kind, and a name. */
struct taken {
	enum op_kind kind[16];
	char name[16][32];
	size_t n, groups;
};

static void take_ops(void *ctx, const struct oplist *ops)
{
	struct taken *t = ctx;
	const struct op *op;

	t->groups++;
	for (op = ops->head; op; op = op->next) {
		assert_true(t->n < 16);
		t->kind[t->n] = op->kind;
		snprintf(t->name[t->n], sizeof(t->name[0]), "%s",
			 op->kind == OP_CREATE_TABLE ? op->u.table.name.name
			 : op->kind == OP_CREATE_SEQUENCE ? op->u.sequence.start : "");
		t->n++;
	}
}

static void test_schema_to_ops_order(void **state)
{
	struct fx *f = *state;
	static const enum op_kind want[] = {
		OP_CREATE_ENUM, OP_CREATE_SEQUENCE, OP_CREATE_TABLE, OP_CREATE_TABLE,
		OP_CREATE_FOREIGN_KEY, OP_CREATE_INDEX,
	};
	struct taken t = { .n = 0 };
	struct arena *a = arena_new();
	size_t i;

	assert_true(apply(f, "create_table b (id integer primary key, a_id integer);"
			     "create_table a (id integer primary key);"
			     "create_foreign_key fk on b (a_id) references a (id);"
			     "create_index ix on b (a_id); create_sequence s start 5;"
			     "create_enum e ('x'); create_table gone (x integer); drop_table gone;"));
	schema_to_ops_each(f->s, a, false, take_ops, &t);
	assert_int_equal(t.n, sizeof(want) / sizeof(want[0]));
	for (i = 0; i < t.n; i++)
		assert_int_equal(t.kind[i], want[i]);
	/* a group at a time: the enum, the sequence, each table, b's foreign
	 * key, b's index (a has none: no empty group) */
	assert_int_equal(t.groups, 6);
	/* tables in the order they were made; the dropped one is not there */
	assert_string_equal(t.name[2], "b");
	assert_string_equal(t.name[3], "a");
	assert_string_equal(t.name[1], "5");
	arena_free(a);
}

/* The column a linear scan of t finds by name (the reference the wide
 * table's index is checked against). */
static struct sch_column *scan_column(const struct sch_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i]->name, name) == 0)
			return t->columns[i];
	return NULL;
}

/* A table of SCH_COLINDEX_FROM columns or more finds its columns through an
 * index; after adds, drops and renames in any order it must answer as a
 * scan would, for names it has and names it had. */
static void test_wide_table_finds_columns_as_a_scan_would(void **state)
{
	struct fx *f = *state;
	struct sch_table *t;
	char op[128], name[32];
	unsigned seed = 7, i, k;

	assert_true(apply(f, "create_table w (id integer);"));
	for (i = 1; i < SCH_COLINDEX_FROM - 1; i++) {
		snprintf(op, sizeof(op), "add_column w c%u integer;", i);
		assert_true(apply(f, op));
	}
	t = table(f, "w");
	assert_null(t->colindex);
	assert_true(apply(f, "add_column w c31 integer;"));
	assert_non_null(t->colindex);
	/* a name that differs in case is another column where names fold */
	assert_true(apply(f, "add_column w C5 integer;"));
	assert_ptr_not_equal(schema_column(t, "C5"), schema_column(t, "c5"));
	assert_false(apply(f, "add_column w c5 text;"));
	assert_string_equal(first_error(f), "table 'w' already has a column 'c5'");
	diag_clear(&f->d);
	for (k = 0; k < 600; k++) {
		seed = seed * 1103515245u + 12345u;
		i = (seed >> 8) % 90;
		snprintf(name, sizeof(name), "c%u", i);
		if (scan_column(t, name) && (seed & 0x30000) == 0) {
			snprintf(op, sizeof(op), "rename_column w %s to r%u_%u;", name, i, k);
		} else if (scan_column(t, name)) {
			snprintf(op, sizeof(op), "drop_column w %s;", name);
		} else {
			snprintf(op, sizeof(op), "add_column w %s integer;", name);
		}
		assert_true(apply(f, op));
		t = table(f, "w");	/* (an op may replace the table object) */
		for (i = 0; i < 90; i++) {
			snprintf(name, sizeof(name), "c%u", i);
			assert_ptr_equal(schema_column(t, name), scan_column(t, name));
		}
		for (i = 0; i < t->ncolumns; i++)
			assert_ptr_equal(schema_column(t, t->columns[i]->name), t->columns[i]);
		assert_true(sch_colindex_consistent(t));
	}
	assert_true(t->ncolumns >= SCH_COLINDEX_FROM);
	assert_non_null(t->colindex);
	assert_null(schema_column(t, "nothing"));
	assert_int_equal(f->d.n, 0);
}

/* Where the database compares names without case, a wide table refuses a
 * name that is another's but for case, and a rename onto one. */
static void test_wide_table_clash_without_case(void **state)
{
	struct fx *f = *state;
	struct schema_rules r = test_rules;
	char op[64];
	unsigned i;

	(void)state;
	r.sql.fold_lower = false;
	schema_free(f->s);
	f->s = schema_new(&r);
	assert_true(apply(f, "create_table w (id integer);"));
	for (i = 1; i < 2 * SCH_COLINDEX_FROM; i++) {
		snprintf(op, sizeof(op), "add_column w Col%u integer;", i);
		assert_true(apply(f, op));
	}
	assert_non_null(table(f, "w")->colindex);
	assert_false(apply(f, "add_column w COL7 text;"));
	assert_string_equal(first_error(f), "table 'w' already has a column 'Col7'");
	diag_clear(&f->d);
	assert_false(apply(f, "rename_column w col8 to col9;"));
	diag_clear(&f->d);
	assert_false(apply(f, "rename_column w Col8 to cOL9;"));
	assert_string_equal(first_error(f), "table 'w' already has a column 'Col9'");
	diag_clear(&f->d);
	/* its own name in another case is no clash */
	assert_true(apply(f, "rename_column w Col8 to COL8;"));
	assert_non_null(schema_column(table(f, "w"), "COL8"));
	assert_null(schema_column(table(f, "w"), "Col8"));
	schema_free(f->s);
	f->s = schema_new(&test_rules);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create_table_fills_the_model, setup, teardown),
		cmocka_unit_test_setup_teardown(test_generated_names_are_numbered_and_cut, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_unknown_names_say_did_you_mean, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rename_column_follows_constraints_and_fks,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_rename_table_keeps_its_own_foreign_keys,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_drop_column_takes_its_indexes_and_constraints,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_foreign_key_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expressions_follow_renames_and_drops, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_rules_decide, setup, teardown),
		cmocka_unit_test_setup_teardown(test_generated_names_are_unique_in_the_schema,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_enum_in_use_cannot_go, setup, teardown),
		cmocka_unit_test_setup_teardown(test_warnings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_snapshot_sees_and_fork_restores, setup, teardown),
		cmocka_unit_test_setup_teardown(test_column_changes_reach_neither_snapshot_nor_model,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_counts_the_names_its_columns_hold, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_columns_change_in_place_outside_a_fork, setup, teardown),
		cmocka_unit_test_setup_teardown(test_column_lists_stay_with_their_holders, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_fork_keeps_referrers_of_a_renamed_column, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_schema_to_ops_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wide_table_finds_columns_as_a_scan_would, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_wide_table_clash_without_case, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
