/* Unit tests for util_load_library, the loader of the database drivers'
 * client libraries: a symbol found is stored and callable, and a missing
 * library or symbol is a message that names it, with no slot changed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_found),
		cmocka_unit_test(test_load_no_library),
		cmocka_unit_test(test_load_no_symbol),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
