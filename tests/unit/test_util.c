/* Unit tests for util_load_library, the loader of the database drivers'
 * client libraries: a symbol found is stored and callable, and a missing
 * library or symbol is a message that names it, with no slot changed.
 * And for util_atomic_commit_all, the importer's batch of files put in
 * place with one flush to disk: each file replaced or made, and when one
 * fails, those before it in place and no temporary file left. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sbuf.h"
#include "util.h"

typedef size_t strlen_fn(const char *);

static void test_load_found(void **state)
{
	struct sbuf err = SBUF_INIT;
	strlen_fn *len = NULL;
	void *other = NULL;
	const char *const names[] = { "strlen", "memcmp" };
	void **const slots[] = { (void **)&len, &other };

	(void)state;
	assert_true(util_load_library("libc.so.6", names, slots, 2, &err));
	assert_non_null(len);
	assert_non_null(other);
	assert_int_equal(len("retort"), 6);
	/* loading again (a second connection) finds the same */
	assert_true(util_load_library("libc.so.6", names, slots, 2, &err));
	assert_int_equal(len("abc"), 3);
	sbuf_release(&err);
}

static void test_load_no_library(void **state)
{
	struct sbuf err = SBUF_INIT;
	void *slot = NULL;
	const char *const names[] = { "strlen" };
	void **const slots[] = { &slot };

	(void)state;
	assert_false(util_load_library("libretort-no-such.so.9", names, slots, 1, &err));
	assert_null(slot);
	assert_non_null(strstr(sbuf_str(&err), "cannot load libretort-no-such.so.9: "));
	sbuf_release(&err);
}

static void test_load_no_symbol(void **state)
{
	struct sbuf err = SBUF_INIT;
	void *a = NULL, *b = NULL;
	const char *const names[] = { "strlen", "retort_no_such_function" };
	void **const slots[] = { &a, &b };

	(void)state;
	assert_false(util_load_library("libc.so.6", names, slots, 2, &err));
	/* none is set, not even the one found first */
	assert_null(a);
	assert_null(b);
	assert_string_equal(sbuf_str(&err), "libc.so.6 has no retort_no_such_function: not the "
			    "client library this build expects");
	sbuf_release(&err);
}

/* a folder of its own for a test, and the path of NAME in it */
static char dir[64];

static const char *in_dir(const char *name)
{
	static char p[128];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	return p;
}

static char *slurp(const char *path)
{
	static char buf[256];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* the number of files in dir whose name starts with ".retort-" */
static int temporaries(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		n += strncmp(e->d_name, ".retort-", 8) == 0;
	closedir(d);
	return n;
}

static void write_batch(struct util_atomic *v, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		assert_true(util_atomic_open(&v[i], in_dir(names[i])));
		fprintf(v[i].f, "new %s\n", names[i]);
		assert_true(util_atomic_close(&v[i]));
		assert_non_null(v[i].f);	/* open until the commit syncs through it */
	}
}

static void clean_dir(void)
{
	const char *const all[] = { "a", "b", "c" };
	size_t i;

	for (i = 0; i < 3; i++)
		unlink(in_dir(all[i]));
	assert_int_equal(rmdir(dir), 0);
}

static void test_commit_all(void **state)
{
	const char *const names[] = { "a", "b", "c" };
	struct util_atomic v[3];
	size_t failed = 99;
	FILE *f;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/retort-unit-XXXXXX");
	assert_non_null(mkdtemp(dir));
	f = fopen(in_dir("b"), "w");	/* one there before: replaced */
	assert_non_null(f);
	fputs("old b\n", f);
	fclose(f);
	write_batch(v, names, 3);
	/* closed, not yet in place */
	assert_int_equal(temporaries(), 3);
	assert_string_equal(slurp(in_dir("b")), "old b\n");
	assert_null(slurp(in_dir("a")));
	assert_true(util_atomic_commit_all(v, 3, &failed));
	assert_int_equal(failed, 3);
	assert_string_equal(slurp(in_dir("a")), "new a\n");
	assert_string_equal(slurp(in_dir("b")), "new b\n");
	assert_string_equal(slurp(in_dir("c")), "new c\n");
	assert_int_equal(temporaries(), 0);
	assert_null(v[0].tmp);
	assert_null(v[2].dest);
	clean_dir();
}

static void test_commit_all_fails(void **state)
{
	const char *const names[] = { "a", "b", "c" };
	struct util_atomic v[3];
	size_t failed = 99;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/retort-unit-XXXXXX");
	assert_non_null(mkdtemp(dir));
	write_batch(v, names, 3);
	/* the second one's temporary file gone: its rename fails */
	assert_int_equal(unlink(v[1].tmp), 0);
	assert_false(util_atomic_commit_all(v, 3, &failed));
	assert_int_equal(failed, 1);
	assert_string_equal(slurp(in_dir("a")), "new a\n");
	assert_null(slurp(in_dir("b")));
	assert_null(slurp(in_dir("c")));	/* after the failure: not put in place */
	assert_int_equal(temporaries(), 0);	/* and not left behind */
	clean_dir();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_found),
		cmocka_unit_test(test_load_no_library),
		cmocka_unit_test(test_load_no_symbol),
		cmocka_unit_test(test_commit_all),
		cmocka_unit_test(test_commit_all_fails),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
