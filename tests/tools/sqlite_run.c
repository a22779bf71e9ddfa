/* The tests' SQLite: runs a script the way a user's sqlite3 would, one
 * statement at a time through libsqlite3, and reports the statement the
 * database refused; or prints what a query returns.
 *
 *   sqlite_run DB exec FILE     every statement of FILE; exit 1 on the first
 *                               error (message and statement on stderr), or
 *                               when PRAGMA foreign_key_check finds a row
 *   sqlite_run DB query SQL     the rows, columns joined by '|', one a line
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		perror(path);
		exit(2);
	}
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		perror(path);
		exit(2);
	}
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void print_row(sqlite3_stmt *st, FILE *out)
{
	int i, n = sqlite3_column_count(st);

	for (i = 0; i < n; i++) {
		const unsigned char *v = sqlite3_column_text(st, i);
		fprintf(out, "%s%s", i ? "|" : "", v ? (const char *)v : "NULL");
	}
	fputc('\n', out);
}

/* Runs every statement of sql; returns 0, or 1 after saying what failed. */
static int run(sqlite3 *db, const char *sql, const char *label, int print)
{
	const char *tail = sql;

	while (*tail) {
		sqlite3_stmt *st = NULL;
		const char *start = tail;
		int rc, rows = 0;
		int fk_check;

		if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
			fprintf(stderr, "%s: %s\nin: %.*s\n", label, sqlite3_errmsg(db),
				(int)strcspn(start, ";"), start);
			return 1;
		}
		if (!st)	/* white space or a comment */
			continue;
		fk_check = strstr(sqlite3_sql(st), "foreign_key_check") != NULL;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			rows++;
			if (print)
				print_row(st, stdout);
			else if (fk_check)
				print_row(st, stderr);
		}
		if (rc != SQLITE_DONE) {
			fprintf(stderr, "%s: %s\nin: %s\n", label, sqlite3_errmsg(db), sqlite3_sql(st));
			sqlite3_finalize(st);
			return 1;
		}
		if (fk_check && rows && !print) {
			fprintf(stderr, "%s: foreign key violations after: %s\n", label,
				sqlite3_sql(st));
			sqlite3_finalize(st);
			return 1;
		}
		sqlite3_finalize(st);
	}
	return 0;
}

int main(int argc, char **argv)
{
	sqlite3 *db;
	char *text;
	int rc;

	if (argc != 4 || (strcmp(argv[2], "exec") != 0 && strcmp(argv[2], "query") != 0)) {
		fprintf(stderr, "usage: sqlite_run DB exec FILE | sqlite_run DB query SQL\n");
		return 2;
	}
	if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
		fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
		return 2;
	}
	if (strcmp(argv[2], "exec") == 0) {
		text = slurp(argv[3]);
		rc = run(db, text, argv[3], 0);
		free(text);
	} else {
		rc = run(db, argv[3], "query", 1);
	}
	sqlite3_close(db);
	return rc;
}
