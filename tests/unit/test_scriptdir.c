/* Unit tests for the order in which scriptdir_open lists revision files:
 * by file name, then by folder, whatever order the folders' listings give
 * (strcmp of the names; the sort reads the first eight bytes as a number,
 * then settles names that share them).  The files are real, in two
 * folders made here: many names share their first eight bytes (a date),
 * some are shorter than eight, some are in both folders, and there are
 * more than the sort's small-list cut-off. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "diag.h"
#include "scriptdir.h"
#include "srcfile.h"
#include "util.h"

enum { NNAMES = 150 };

static char root[] = "/tmp/retort-test-scriptdir-XXXXXX";
static char folder[2][64];
static char names[NNAMES][32];
static int in_folder[NNAMES];	/* 1, 2, or 3 for both */

/* Name i: a date shared by many, dates that differ in their eighth byte, a
 * short name, or a hex id; spread so that the listing and the name order
 * disagree. */
static void make_name(size_t i)
{
	size_t k = (i * 37) % NNAMES;

	if (k % 3 == 0)
		snprintf(names[i], sizeof(names[i]), "20240101_%03zu_x.mig", (k * 7) % 101);
	else if (k % 4 == 2)	/* the first seven bytes shared, not the eighth */
		snprintf(names[i], sizeof(names[i]), "2024010%zu_y%zu.mig", k % 10, k % 3);
	else if (k % 3 == 1 && k % 2)
		snprintf(names[i], sizeof(names[i]), "%c%zu.mig", (char)('a' + k % 5), k % 7);
	else
		snprintf(names[i], sizeof(names[i]), "%06zx%06zx_r.mig", k * 2654435761u % 0xffffff,
			 k);
	in_folder[i] = i % 10 == 0 ? 3 : 1 + (int)(i % 2);
}

static void write_file(const char *dir, const char *name, size_t i, int copy)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%.63s/%.31s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "revision 'r%zu_%d';\nrevises base;\n\nupgrade {\n}\n\ndowngrade {\n}\n", i,
		copy);
	fclose(f);
}

struct expect {
	const char *base;
	const char *path;
};

static int expect_cmp(const void *a, const void *b)
{
	const struct expect *x = a, *y = b;
	int c = strcmp(x->base, y->base);

	return c ? c : strcmp(x->path, y->path);
}

static void test_files_in_name_order(void **state)
{
	struct expect want[2 * NNAMES];
	char paths[2 * NNAMES][160];
	char *locations[2];
	struct scriptdir sd;
	struct diag d = DIAG_INIT;
	size_t i, j, n = 0;
	int f;

	(void)state;
	assert_non_null(mkdtemp(root));
	for (f = 0; f < 2; f++) {
		snprintf(folder[f], sizeof(folder[f]), "%s/v%d", root, f + 1);
		assert_int_equal(mkdir(folder[f], 0700), 0);
		locations[f] = folder[f];
	}
	for (i = 0; i < NNAMES; i++) {
		make_name(i);
		for (j = 0; j < i && strcmp(names[j], names[i]) != 0; j++)
			;
		if (j < i) {	/* a name made twice: once is enough */
			in_folder[i] = 0;
			continue;
		}
		for (f = 0; f < 2; f++)
			if (in_folder[i] & (1 << f)) {
				write_file(folder[f], names[i], i, f);
				snprintf(paths[n], sizeof(paths[n]), "%.63s/%.31s", folder[f],
					 names[i]);
				want[n].base = names[i];
				want[n].path = paths[n];
				n++;
			}
	}
	assert_true(n > 64);
	qsort(want, n, sizeof(*want), expect_cmp);

	assert_true(scriptdir_open(&sd, ".", locations, 2, false, &d));
	assert_int_equal(d.nerrors, 0);
	assert_int_equal(sd.nsrcs, n);
	for (i = 0; i < n; i++)
		assert_string_equal(sd.srcs[i]->path, want[i].path);
	scriptdir_close(&sd);
	diag_release(&d);

	for (i = 0; i < n; i++)
		unlink(want[i].path);
	for (f = 0; f < 2; f++)
		rmdir(folder[f]);
	rmdir(root);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files_in_name_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
