/* Unit tests for writing the IR back as text (what autogenerate, check and
 * `schema --mig` print): the text must parse again to ops that write the
 * same text.  Cases are the ones where this once failed, found by
 * fuzz/fuzz_parse.c (ops inside batch_alter_table were written with their
 * table, which the batch's grammar does not take), and identity columns. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "irwrite.h"
#include "parse.h"
#include "srcfile.h"

/* text parsed as a revision, its upgrade block written back */
static void written(const char *text, struct sbuf *out)
{
	struct arena *a = arena_new();
	struct diag d = DIAG_INIT;
	struct srcfile *src = srcfile_from_string("t.mig", text, strlen(text));
	struct migfile *f = parse_file(a, src, PARSE_REVISION, &d);

	if (!f)
		diag_print(&d, stderr, 0);
	assert_non_null(f);
	sbuf_adds(out, "revision 'r1';\nrevises base;\nupgrade {\n");
	irwrite_ops(out, &f->upgrade, 1);
	sbuf_adds(out, "}\ndowngrade {\n}\n");
	srcfile_free(src);
	arena_free(a);
	diag_release(&d);
}

static void assert_round_trip(const char *text, const char *expect_line)
{
	struct sbuf once = SBUF_INIT, twice = SBUF_INIT;

	written(text, &once);
	written(sbuf_str(&once), &twice);
	assert_string_equal(sbuf_str(&once), sbuf_str(&twice));
	if (expect_line && !strstr(sbuf_str(&once), expect_line)) {
		fprintf(stderr, "written:\n%s\nwanted the line: %s\n", sbuf_str(&once),
			expect_line);
		fail();
	}
	sbuf_release(&once);
	sbuf_release(&twice);
}

static void test_batch_ops_written_without_their_table(void **state)
{
	(void)state;
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade {\n"
			  "  batch_alter_table account {\n"
			  "    drop_constraint pk_account_id type primary_key;\n"
			  "    add_column code string(10) not null default 'x';\n"
			  "    create_primary_key pk_account (id, code);\n"
			  "    alter_column name rename to full_name;\n"
			  "    create_index ix_code (code);\n"
			  "    drop_index ix_old;\n"
			  "    create_foreign_key fk_org (org_id) references org (id);\n"
			  "    create_check_constraint ck_code check $$code <> ''$$;\n"
			  "    drop_column legacy;\n"
			  "  }\n"
			  "}\n"
			  "downgrade { }\n",
			  "\t\tadd_column code string(10) not null default 'x';\n");
}

static void test_ops_outside_a_batch_keep_their_table(void **state)
{
	(void)state;
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade {\n"
			  "  add_column account code string(10);\n"
			  "  drop_index ix_old on account;\n"
			  "  create_index ix_code on account (code);\n"
			  "  drop_constraint ck on account;\n"
			  "}\n"
			  "downgrade { }\n",
			  "\tcreate_index ix_code on account (code);\n");
}

/* Every form of identity, on a column and in alter_column, in the one
 * spelling irwrite gives it; an enum's no check. */
static void test_identity_written_back(void **state)
{
	(void)state;
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade {\n"
			  "  create_table t (a integer identity by default (increment by 2, start with 7),\n"
			  "    b bigint identity always, c smallint identity (start -3));\n"
			  "  alter_column t a drop identity;\n"
			  "  alter_column t b set identity (start 9) set not null;\n"
			  "}\n"
			  "downgrade { }\n",
			  "\t\ta integer identity (start 7, increment 2),\n");
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade { add_column t e enum ('x', 'y') no check default 'x'; }\n"
			  "downgrade { }\n",
			  "\tadd_column t e enum ('x', 'y') no check default 'x';\n");
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade { alter_column t b set identity always; }\n"
			  "downgrade { }\n",
			  "\talter_column t b set identity always;\n");
}

/* A type's and a default's spellings for some dialects, in order. */
static void test_variants_written_back(void **state)
{
	(void)state;
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade {\n"
			  "  create_table t (id uuid | MySQL, sqlite: string(36) primary key,\n"
			  "    made timestamptz default sql 'now()' | sqlite: sql 'CURRENT_TIMESTAMP');\n"
			  "  alter_column t n type bigint | sqlite: integer set default 5 | mysql: 'x';\n"
			  "}\n"
			  "downgrade { }\n",
			  "\t\tid uuid | MySQL, sqlite: string(36) primary key,\n");
}

/* An index's include, ops and length, and options of some dialects. */
static void test_index_options_written_back(void **state)
{
	(void)state;
	assert_round_trip("revision 'a'; revises base;\n"
			  "upgrade {\n"
			  "  create_index ix on t (a, b desc) include (c) ops (a text_pattern_ops)\n"
			  "    mysql: length (a 10, b 20) postgresql, sqlite: where 'a > 0'\n"
			  "    postgresql: using gin postgresql: concurrently;\n"
			  "  drop_index ix on t postgresql: concurrently;\n"
			  "  batch_alter_table t recreate { add_column x integer; }\n"
			  "  create_schema audit;\n"
			  "  drop_index audit.ix_a;\n"
			  "  drop_schema \"Old\";\n"
			  "}\n"
			  "downgrade { }\n",
			  "\tcreate_index ix on t (a, b desc) include (c) ops (a text_pattern_ops) "
			  "mysql: length (a 10, b 20) postgresql, sqlite: where 'a > 0' "
			  "postgresql: using gin postgresql: concurrently;\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batch_ops_written_without_their_table),
		cmocka_unit_test(test_ops_outside_a_batch_keep_their_table),
		cmocka_unit_test(test_identity_written_back),
		cmocka_unit_test(test_variants_written_back),
		cmocka_unit_test(test_index_options_written_back),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
