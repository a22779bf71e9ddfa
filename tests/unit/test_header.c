/* The header-only parse against the full one.  Most files' headers are
 * read without the grammar (parse.c's fast header parse); whatever reads
 * them, the header must be the one the full parse of the same file reads,
 * span for span, and its messages must be the full parse's too.  Checked
 * on every revision file in the tree (examples, golden cases, fixtures)
 * and on shapes written here for the edges: comments anywhere, keywords in
 * any case, lists, base, headers after the blocks, a byte order mark, and
 * files the fast parse must leave to the grammar. */
#define _XOPEN_SOURCE 700	/* nftw */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "parse.h"
#include "sbuf.h"
#include "srcfile.h"

/* Each message of d as one line (where and text), in order. */
static void messages(const struct diag *d, struct sbuf *out)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		sbuf_addf(out, "%s: %s\n", d->v[i].where ? d->v[i].where : "-", d->v[i].msg);
}

/* Whether every line of part is a line of whole. */
static bool lines_within(const char *part, const char *whole)
{
	while (*part) {
		const char *nl = strchr(part, '\n');
		size_t n = nl ? (size_t)(nl - part + 1) : strlen(part);
		const char *w = whole;
		bool found = false;
		for (; *w; w = strchr(w, '\n') ? strchr(w, '\n') + 1 : w + strlen(w))
			if (strncmp(w, part, n) == 0) {
				found = true;
				break;
			}
		if (!found)
			return false;
		part += n;
	}
	return true;
}

static size_t nfiles, nfast;

/* One file's text: the header-only parse and the full one agree.  Returns
 * 1 if the header-only parse read it without the grammar, 0 if with it,
 * -1 if it refused the file (which one did is not told). */
static int agree(const char *name, const char *text, size_t len)
{
	struct srcfile *src = srcfile_from_string(name, text, len);
	struct arena *a = arena_new();
	struct diag dh = DIAG_INIT, df = DIAG_INIT;
	struct sbuf mh = SBUF_INIT, mf = SBUF_INIT;
	struct migfile *h = parse_file(a, src, PARSE_HEADER, &dh);
	struct migfile *f = parse_file(a, src, PARSE_REVISION, &df);
	int fast = !h ? -1 : h->header_fast;

	messages(&dh, &mh);
	messages(&df, &mf);
	if (f && (!h || !ir_header_same(h, f))) {
		fprintf(stderr, "%s: the header-only parse reads another header\n%s", name,
			sbuf_str(&mh));
		fail();
	}
	if (!h && f) {
		fprintf(stderr, "%s: only the header-only parse failed\n", name);
		fail();
	}
	/* what the header-only parse says, the full one says too (it may say
	 * more, of the blocks) */
	if (!lines_within(sbuf_str(&mh), sbuf_str(&mf))) {
		fprintf(stderr, "%s: header-only said\n%sthe full parse said\n%s", name,
			sbuf_str(&mh), sbuf_str(&mf));
		fail();
	}
	sbuf_release(&mh);
	sbuf_release(&mf);
	diag_release(&dh);
	diag_release(&df);
	arena_free(a);
	srcfile_free(src);
	return fast;
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	size_t n = strlen(path);
	const char *err;
	struct srcfile *src;

	(void)st;
	(void)ftw;
	if (type != FTW_F || n < 4 || strcmp(path + n - 4, ".mig") != 0)
		return 0;
	src = srcfile_load(path, NULL, &err);
	assert_non_null(src);
	nfiles++;
	nfast += agree(path, src->text, src->len) == 1;
	srcfile_free(src);
	return 0;
}

static void test_every_file_in_the_tree(void **state)
{
	static const char *const roots[] = { "examples", "golden", "tests", "docs" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(roots) / sizeof(roots[0]); i++)
		assert_int_equal(nftw(roots[i], visit, 16, FTW_PHYS), 0);
	fprintf(stderr, "# %zu revision files, %zu read by the fast header parse\n", nfiles, nfast);
	/* (the tree has 470 of them, and most are of the common shape) */
	assert_true(nfiles >= 400);
	assert_true(nfast >= nfiles / 2);
}

static void test_shapes(void **state)
{
	static const struct {
		const char *text;
		int fast;	/* as agree says */
	} cases[] = {
		{ "revision 'a1';\nrevises 'b1';\nmessage 'it''s {here}';\ncreated '2024-01-01';\n"
		  "upgrade {\n    create_table t (id integer, note text default '}');\n}\n"
		  "downgrade {\n    drop_table t; -- }\n}\n", 1 },
		{ "REVISION 'a1'; Revises BASE; UPGRADE{} DownGrade\t{ }", 1 },
		{ "-- lead\n/* block */ revision /* a */ 'a1' -- b\n;\nrevises\n(\n'x' , 'y'\n) ;\n"
		  "depends_on ('c'); branch_labels 'lbl'; transactional false;\n"
		  "upgrade { } downgrade { }\n", 1 },
		{ "upgrade { } downgrade { }\nrevision 'late'; revises base;", 1 },
		{ "\xEF\xBB\xBFrevision 'bom'; revises base; upgrade {} downgrade {}", 1 },
		{ ";;revision 'a'; ; revises base;; upgrade {};; downgrade {};", 1 },
		{ "revision 'a'; revision 'b'; revises base; upgrade {} downgrade {}", -1 },
		{ "revision 'a b'; revises base; upgrade {} downgrade {}", -1 },
		{ "revision ''; revises ''; upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises base; upgrade {} upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises base; upgrade {}", -1 },
		{ "revision 'a'; transactional true; transactional false; upgrade {} downgrade {}",
		  -1 },
		/* refused by both, with the same messages (the fast parse's own) */
		/* read by the grammar, the fast parse leaving them: */
		{ "revision 'a'; revises base; upgrade -- c\n{} downgrade {}", 0 },
		{ "revision 'a'; revises base; upgrade /* c */ {} downgrade\n-- x\n{}", 0 },
		{ "revision 'a'; revises base; upgrade\f{} downgrade {}", 0 },
		/* refused by both (the fast parse leaves them to the grammar) */
		{ "revision 'a'; revises (); upgrade {} downgrade {}", -1 },
		{ "revision 'a; upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises base; upgrade {} downgrade {", -1 },
		{ "revision 'a'; create_table t (id integer); upgrade {} downgrade {}", -1 },
		{ "revision \"a\"; upgrade {} downgrade {}", -1 },
		{ "revision $$a$$; upgrade {} downgrade {}", -1 },
		{ "revision 'a' upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises base /* open", -1 },
		{ "-- nothing but a comment\n", -1 },
		{ "", -1 },
		{ "revision 'a'; transactional maybe; upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises ('x',); upgrade {} downgrade {}", -1 },
		{ "revision 'a'; revises base; upgrade {} downgrade {} }", -1 },
	};
	size_t i;
	char name[32];

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(name, sizeof(name), "case%zu.mig", i);
		int got = agree(name, cases[i].text, strlen(cases[i].text));
		if (got != cases[i].fast) {
			fprintf(stderr, "%s: expected %s:\n%s\n", name,
				cases[i].fast == 1 ? "the fast parse" : cases[i].fast == 0 ?
				"the grammar's parse" : "a refusal", cases[i].text);
			fail();
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shapes),
		cmocka_unit_test(test_every_file_in_the_tree),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
