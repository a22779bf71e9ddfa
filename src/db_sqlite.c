/* The SQLite driver, always built in: libsqlite3 on a file (or memory).
 * The lock is SQLite's own: the connection takes the write lock with
 * BEGIN IMMEDIATE, then switches to exclusive locking mode, in which it
 * keeps the lock across the script's own transactions until unlock or
 * exit. */
#include "runner.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct db {
	sqlite3 *h;
	char *path;
};

static void set_error(struct db *db, struct sbuf *err)
{
	sbuf_reset(err);
	sbuf_adds(err, sqlite3_errmsg(db->h));
}

static struct db *sq_open(const struct db_url *u, bool create, struct sbuf *err)
{
	struct db *db = xcalloc(1, sizeof(*db));
	const char *path = u->database && *u->database ? u->database : ":memory:";

	db->path = xstrdup(path);
	if (sqlite3_open_v2(path, &db->h, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0),
			    NULL) != SQLITE_OK) {
		if (!create && sqlite3_errcode(db->h) == SQLITE_CANTOPEN)
			sbuf_addf(err, "no database file %s", path);
		else
			sbuf_adds(err, db->h ? sqlite3_errmsg(db->h) : "out of memory");
		sqlite3_close(db->h);
		free(db->path);
		free(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db->h, 0);
	return db;
}

static void sq_close(struct db *db)
{
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

/* Statement by statement (raw SQL may hold several); a row from
 * PRAGMA foreign_key_check is a violation the copy of a table would
 * otherwise leave behind silently. */
static bool sq_exec(struct db *db, const char *sql, struct sbuf *err)
{
	const char *tail = sql;

	while (tail && *tail) {
		sqlite3_stmt *st = NULL;
		const char *next;
		int rc;
		bool fk_check;

		if (sqlite3_prepare_v2(db->h, tail, -1, &st, &next) != SQLITE_OK) {
			set_error(db, err);
			return false;
		}
		tail = next;
		if (!st)
			continue;	/* whitespace or a comment */
		fk_check = sqlite3_strnicmp(sqlite3_sql(st), "PRAGMA foreign_key_check", 24) == 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (fk_check) {
				sbuf_reset(err);
				sbuf_addf(err, "a row of %s (rowid %lld) breaks its foreign key "
					  "to %s", sqlite3_column_text(st, 0),
					  (long long)sqlite3_column_int64(st, 1),
					  sqlite3_column_text(st, 2));
				sqlite3_finalize(st);
				return false;
			}
		}
		if (rc != SQLITE_DONE) {
			set_error(db, err);
			sqlite3_finalize(st);
			return false;
		}
		sqlite3_finalize(st);
	}
	return true;
}

static bool sq_read_versions(struct db *db, const char *schema, const char *table,
			     const char *select, bool *exists, char ***rows, size_t *nrows,
			     struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	(void)schema;	/* SQLite has none; the config check refuses one */
	*exists = false;
	*rows = NULL;
	*nrows = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
			       "AND name = ?", -1, &st, NULL) != SQLITE_OK)
		goto fail;
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		goto fail;
	*exists = rc == SQLITE_ROW;
	sqlite3_finalize(st);
	st = NULL;
	if (!*exists)
		return true;
	if (sqlite3_prepare_v2(db->h, select, -1, &st, NULL) != SQLITE_OK)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *v = sqlite3_column_text(st, 0);
		XGROW(*rows, cap, *nrows + 1);
		(*rows)[(*nrows)++] = xstrdup(v ? (const char *)v : "");
	}
	if (rc != SQLITE_DONE)
		goto fail;
	sqlite3_finalize(st);
	return true;
fail:
	set_error(db, err);
	sqlite3_finalize(st);
	return false;
}

/* Who holds the file's write lock: SQLite locks byte ranges with POSIX
 * locks, which F_GETLK can name the owner of. */
static void lock_holder(struct db *db, struct sbuf *err)
{
	struct flock fl;
	int fd = open(db->path, O_RDWR);

	memset(&fl, 0, sizeof(fl));
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 0x40000000;	/* SQLite's lock bytes: pending, reserved, shared */
	fl.l_len = 512 + 2;
	if (fd >= 0 && fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK)
		sbuf_addf(err, "process %ld holds (a write lock on %s)", (long)fl.l_pid,
			  db->path);
	else
		sbuf_addf(err, "another connection holds (a lock on %s)", db->path);
	if (fd >= 0)
		close(fd);
}

static void sq_rollback(struct db *db);

static enum db_lock sq_lock(struct db *db, const char *key, long timeout_ms, struct sbuf *err)
{
	int rc;

	(void)key;	/* one lock per file */
	/* Waiting in normal mode: a failed BEGIN IMMEDIATE then gives back
	 * the read lock it took, which in exclusive mode it would keep, and
	 * the holder's COMMIT would wait for it while it waits for the holder. */
	sqlite3_busy_timeout(db->h, timeout_ms > 0 ? (int)timeout_ms : 0);
	rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
		sbuf_reset(err);
		lock_holder(db, err);
		return DB_LOCK_TIMEOUT;
	}
	if (rc != SQLITE_OK) {
		set_error(db, err);
		return DB_LOCK_ERROR;
	}
	/* the transaction ends; in exclusive mode its lock does not */
	if (!sq_exec(db, "PRAGMA locking_mode = EXCLUSIVE", err) || !sq_exec(db, "COMMIT", err)) {
		sq_rollback(db);
		return DB_LOCK_ERROR;
	}
	return DB_LOCKED;
}

static void sq_unlock(struct db *db, const char *key)
{
	struct sbuf err = SBUF_INIT;

	(void)key;
	/* normal mode gives the lock back at the next access */
	if (sq_exec(db, "PRAGMA locking_mode = NORMAL", &err))
		sq_exec(db, "SELECT count(*) FROM sqlite_master", &err);
	sbuf_release(&err);
}

static bool sq_in_transaction(struct db *db)
{
	return !sqlite3_get_autocommit(db->h);
}

static void sq_rollback(struct db *db)
{
	sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

static void sq_wait_reads(struct db *db, long timeout_ms)
{
	sqlite3_busy_timeout(db->h, timeout_ms > 0 ? (int)timeout_ms : 0);
}

const struct db_driver db_sqlite = {
	.name = "SQLite",
	.open = sq_open,
	.close = sq_close,
	.exec = sq_exec,
	.read_versions = sq_read_versions,
	.lock = sq_lock,
	.unlock = sq_unlock,
	.in_transaction = sq_in_transaction,
	.rollback = sq_rollback,
	.wait_reads = sq_wait_reads,
};
