/* retort_process_setup, which the retort command calls first: SQLite's
 * memory statistics are off after it (they take a process-wide lock on
 * every allocation).  Each case runs in a child of its own, since the
 * setting holds only if made before SQLite is first used. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "retort.h"

/* In a child: SQLite used (a table made and filled), with or without the
 * setup first; the child's exit status says whether SQLite counted the
 * memory it took. */
static int memory_counted(bool setup)
{
	pid_t pid = fork();
	int status = 0;

	assert_true(pid >= 0);
	if (pid == 0) {
		sqlite3 *db = NULL;
		int counted;
		if (setup)
			retort_process_setup();
		if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
		    sqlite3_exec(db, "CREATE TABLE t (a); INSERT INTO t VALUES (1), (2)", NULL, NULL,
				 NULL) != SQLITE_OK)
			_exit(2);
		counted = sqlite3_memory_used() > 0;
		sqlite3_close(db);
		_exit(counted);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_not_equal(WEXITSTATUS(status), 2);
	return WEXITSTATUS(status);
}

static void test_statistics_off_after_setup(void **state)
{
	(void)state;
	assert_int_equal(memory_counted(false), 1);	/* SQLite's default */
	assert_int_equal(memory_counted(true), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_statistics_off_after_setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
