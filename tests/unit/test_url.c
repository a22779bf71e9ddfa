/* Unit tests for the database URL's masking (db_url_masked, what every
 * message that shows a URL goes through): whichever password a reader of
 * the URL could take, the masked text must not hold it.  The URLs are the
 * ones fuzz/fuzz_url.c found leaking: a password parameter before a later
 * '@', a password that a later '@' in the path made look longer, more
 * password parameters than a fixed table held; and a '?' inside a
 * password's value, which a first form of the fix cut the value at; and a
 * '?' inside a key, which a reader that splits at '&' alone takes into the
 * key (with %00 ending it, the key is password). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "runner.h"
#include "sbuf.h"

static void assert_hidden(const char *url, const char *secret)
{
	struct sbuf out = SBUF_INIT;

	db_url_masked(&out, url);
	if (strstr(sbuf_str(&out), secret)) {
		fprintf(stderr, "URL:    %s\nmasked: %s\nholds:  %s\n", url, sbuf_str(&out), secret);
		fail();
	}
	sbuf_release(&out);
}

static void assert_masked(const char *url, const char *want)
{
	struct sbuf out = SBUF_INIT;

	db_url_masked(&out, url);
	assert_string_equal(sbuf_str(&out), want);
	sbuf_release(&out);
}

static void test_plain_urls(void **state)
{
	(void)state;
	assert_masked("postgresql://app:pw1@db.example.com:5432/shop?sslmode=require",
		      "postgresql://app:***@db.example.com:5432/shop?sslmode=require");
	assert_masked("sqlite:///app.db", "sqlite:///app.db");
	assert_masked("mysql://root@localhost/shop?charset=utf8mb4",
		      "mysql://root@localhost/shop?charset=utf8mb4");
	assert_masked("postgresql://u@/db?PassWord=Hunter2&host=/run",
		      "postgresql://u@/db?PassWord=***&host=/run");
}

static void test_parameter_before_a_later_at(void **state)
{
	(void)state;
	assert_hidden("mariadb://u@/db?password=S3cretPW&unix_socket=/x@y", "S3cretPW");
	assert_hidden("postgresql://u@/db?sslpassword=S3cretPW&application_name=a@b", "S3cretPW");
}

static void test_password_ended_by_an_earlier_at(void **state)
{
	(void)state;
	/* our parser ends the user part at the last '@' before the path: the
	 * password is S3cretPW, though a later '@' makes a longer candidate */
	assert_hidden("postgresql://u:S3cretPW@//u:my/x@//u:my/S3cretPW/db", "S3cretPW");
}

static void test_many_password_parameters(void **state)
{
	(void)state;
	assert_hidden("postgresql://u@/db?password=a1x&password=b2x&password=c3x&password=d4x"
		      "&password=e5x&password=f6x&password=g7x&password=h8x&password=S3cretPW",
		      "S3cretPW");
}

static void test_question_mark_inside_a_value(void **state)
{
	(void)state;
	assert_hidden("postgresql://u@/db?password=ab?S3cretPW&host=/run", "S3cretPW");
	assert_hidden("postgresql://u@/db?password=ab?S3cretPW&host=/run", "ab?");
}

static void test_question_mark_inside_a_key(void **state)
{
	(void)state;
	assert_hidden("pol://udb?PASSWORD%00x!d?PASS`WORD=S3cretPW", "S3cretPW");
	assert_hidden("postgresql://u@/db?password%00?x=S3cretPW&host=/run", "S3cretPW");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_urls),
		cmocka_unit_test(test_parameter_before_a_later_at),
		cmocka_unit_test(test_password_ended_by_an_earlier_at),
		cmocka_unit_test(test_many_password_parameters),
		cmocka_unit_test(test_question_mark_inside_a_value),
		cmocka_unit_test(test_question_mark_inside_a_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
