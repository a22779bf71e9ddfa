/* Unit tests for reading files: the compacting text store (texts unloaded
 * in an order unrelated to the one they were read in, the survivors moved
 * and still intact), reading back an unloaded text, and the errors; and
 * srcfile_load_reusing, each text read into the caller's one buffer, the
 * srcfile in an arena. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "srcfile.h"
#include "util.h"

enum { NFILES = 48, FILE_BYTES = 150 * 1000 };

static char dir[] = "/tmp/retort-test-srcfile-XXXXXX";

/* File i's content: a pattern of its own, so a text moved to the wrong
 * place or cut short shows. */
static char *content(size_t i, size_t *len)
{
	size_t n = FILE_BYTES + i * 37, k;
	char *s = xmalloc(n + 1);

	for (k = 0; k < n; k++)
		s[k] = (char)('a' + (k * 7 + i * 13) % 26);
	s[n] = '\0';
	*len = n;
	return s;
}

static void path_of(char *buf, size_t cap, size_t i)
{
	snprintf(buf, cap, "%s/f%02zu.mig", dir, i);
}

static int setup(void **state)
{
	size_t i, n;

	(void)state;
	if (!mkdtemp(dir))
		return -1;
	for (i = 0; i < NFILES; i++) {
		char p[128], *s = content(i, &n);
		FILE *f;
		path_of(p, sizeof(p), i);
		f = fopen(p, "wb");
		if (!f || fwrite(s, 1, n, f) != n || fclose(f) != 0)
			return -1;
		free(s);
	}
	return 0;
}

static int teardown(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < NFILES; i++) {
		char p[128];
		path_of(p, sizeof(p), i);
		remove(p);
	}
	remove(dir);
	return 0;
}

static void assert_text(const struct srcfile *sf, size_t i)
{
	size_t n;
	char *want = content(i, &n);

	assert_non_null(sf->text);
	assert_int_equal(sf->len, n);
	assert_memory_equal(sf->text, want, n + 1);	/* NUL-terminated too */
	free(want);
}

static void test_store_compacts_and_keeps_live_texts(void **state)
{
	struct textstore *ts = textstore_new();
	struct srcfile *sf[NFILES];
	bool gone[NFILES] = { false };
	const char *err, *first_at;
	size_t i, j, k;

	(void)state;
	for (i = 0; i < NFILES; i++) {
		char p[128];
		path_of(p, sizeof(p), i);
		sf[i] = srcfile_load(p, ts, &err);
		assert_non_null(sf[i]);
		assert_ptr_equal(sf[i]->store, ts);
	}
	first_at = sf[46]->text;	/* 46 outlives the loop below */
	/* 7 is prime to NFILES' factors: a scrambled order over all of them,
	 * enough dead text for several compactions */
	for (k = 0, i = 5; k < NFILES - 4; k++, i = (i + 7) % NFILES) {
		srcfile_unload(sf[i]);
		gone[i] = true;
		assert_null(sf[i]->text);
		for (j = 0; j < NFILES; j++)
			if (!gone[j])
				assert_text(sf[j], j);
	}
	assert_false(gone[46]);
	assert_ptr_not_equal(sf[46]->text, first_at);	/* it was moved: compacted */
	/* an unloaded text comes back, from the disk */
	i = 5;
	assert_true(gone[i]);
	assert_true(srcfile_ensure(sf[i]));
	assert_text(sf[i], i);
	assert_null(sf[i]->store);
	srcfile_unload(sf[i]);
	/* the store goes first; the files' texts go with it */
	textstore_free(ts);
	for (j = 0; j < NFILES; j++) {
		assert_null(sf[j]->text);
		srcfile_free(sf[j]);
	}
}

static void test_load_without_store_and_errors(void **state)
{
	char p[128];
	const char *err = NULL;
	struct srcfile *sf;

	(void)state;
	path_of(p, sizeof(p), 3);
	sf = srcfile_load(p, NULL, &err);
	assert_non_null(sf);
	assert_null(sf->store);
	assert_text(sf, 3);
	srcfile_free(sf);

	assert_null(srcfile_load("/nonexistent/retort/x.mig", NULL, &err));
	assert_string_equal(err, "No such file or directory");
	err = NULL;
	assert_null(srcfile_load(dir, NULL, &err));	/* a directory */
	assert_non_null(err);
}

static void test_load_reusing(void **state)
{
	struct arena *a = arena_new();
	struct srcfile *sf[6];
	char *buf = NULL, *path;
	const char *err = NULL;
	size_t cap = 0, i;

	(void)state;
	for (i = 0; i < 6; i++) {
		char p[128];
		path_of(p, sizeof(p), i);
		path = arena_strdup(a, p);
		sf[i] = srcfile_load_reusing(path, a, &buf, &cap, &err);
		assert_non_null(sf[i]);
		assert_ptr_equal(sf[i]->path, path);	/* kept, not copied */
		assert_ptr_equal(sf[i]->text, buf);	/* the caller's buffer */
		assert_true(cap > sf[i]->len);	/* grown past the first 16 KiB, NUL too */
		assert_text(sf[i], i);
		srcfile_unload(sf[i]);	/* before the buffer is used again */
		assert_null(sf[i]->text);
	}
	/* read again, a text of its own: unloading frees that one */
	assert_true(srcfile_ensure(sf[2]));
	assert_text(sf[2], 2);
	assert_ptr_not_equal(sf[2]->text, buf);
	srcfile_unload(sf[2]);
	assert_true(srcfile_ensure(sf[4]));	/* and srcfile_free frees this one */

	assert_null(srcfile_load_reusing("/nonexistent/retort/x.mig", a, &buf, &cap, &err));
	assert_string_equal(err, "No such file or directory");
	err = NULL;
	assert_null(srcfile_load_reusing(dir, a, &buf, &cap, &err));	/* a directory */
	assert_string_equal(err, "Is a directory");

	for (i = 0; i < 6; i++)
		srcfile_free(sf[i]);	/* what each owns; not the arena's */
	free(buf);
	arena_free(a);
}

static void test_load_listed_in(void **state)
{
	struct arena *a = arena_new();
	struct textstore *ts = textstore_new();
	struct srcfile *sf;
	const char *err = NULL;
	char p[128], *path;

	(void)state;
	path_of(p, sizeof(p), 7);
	path = arena_strdup(a, p);
	sf = srcfile_load_listed_in(path, a, ts, &err);
	assert_non_null(sf);
	assert_ptr_equal(sf->path, path);	/* kept, not copied */
	assert_ptr_equal(sf->store, ts);
	assert_text(sf, 7);
	srcfile_unload(sf);
	assert_true(srcfile_ensure(sf));	/* read again: a text of its own */
	assert_text(sf, 7);
	assert_null(sf->store);
	assert_null(srcfile_load_listed_in("/nonexistent/retort/x.mig", a, ts, &err));
	srcfile_free(sf);	/* its text; the srcfile and path are the arena's */
	textstore_free(ts);
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_compacts_and_keeps_live_texts),
		cmocka_unit_test(test_load_without_store_and_errors),
		cmocka_unit_test(test_load_reusing),
		cmocka_unit_test(test_load_listed_in),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
