/* The PostgreSQL driver, through libpq (built when pkg-config finds it).
 * The URL goes to libpq as it is, so every parameter libpq knows (host=
 * for a socket folder, sslmode, ...) works.  The lock is a session-level
 * advisory lock: the server drops it when the connection ends, however
 * the runner ended. */
#include "runner.h"
#include "util.h"

#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct db {
	PGconn *h;
};

static void trim_newlines(struct sbuf *err)
{
	while (err->len && (err->buf[err->len - 1] == '\n' || err->buf[err->len - 1] == ' '))
		err->buf[--err->len] = '\0';
}

/* The server's primary message, and its detail where it gives one. */
static void result_error(struct db *db, PGresult *res, struct sbuf *err)
{
	const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;

	sbuf_reset(err);
	if (primary) {
		sbuf_adds(err, primary);
		if (detail)
			sbuf_addf(err, " (%s)", detail);
	} else {
		sbuf_adds(err, PQerrorMessage(db->h));
	}
	trim_newlines(err);
}

static void ignore_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static struct db *pg_open(const struct db_url *u, bool create, struct sbuf *err)
{
	struct db *db;
	struct sbuf uri = SBUF_INIT;
	const char *keys[] = { "dbname", "fallback_application_name", NULL };
	const char *vals[] = { NULL, "retort", NULL };
	(void)create;	/* the server's database exists or not */

	/* libpq reads postgresql:// and postgres:// URIs; "+psycopg2" is not its */
	sbuf_addf(&uri, "postgresql://%s", u->after_scheme);
	vals[0] = sbuf_str(&uri);
	db = xcalloc(1, sizeof(*db));
	db->h = PQconnectdbParams(keys, vals, 1);
	sbuf_release(&uri);
	if (!db->h || PQstatus(db->h) != CONNECTION_OK) {
		sbuf_adds(err, db->h ? PQerrorMessage(db->h) : "out of memory");
		trim_newlines(err);
		PQfinish(db->h);
		free(db);
		return NULL;
	}
	PQsetNoticeProcessor(db->h, ignore_notice, NULL);
	return db;
}

static void pg_close(struct db *db)
{
	PQfinish(db->h);
	free(db);
}

static bool pg_exec(struct db *db, const char *sql, struct sbuf *err)
{
	PGresult *res = PQexec(db->h, sql);
	ExecStatusType st = PQresultStatus(res);
	bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;

	if (!ok)
		result_error(db, res, err);
	PQclear(res);
	return ok;
}

static PGresult *query(struct db *db, const char *sql, int n, const char *const *params,
		       struct sbuf *err)
{
	PGresult *res = PQexecParams(db->h, sql, n, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		result_error(db, res, err);
		PQclear(res);
		return NULL;
	}
	return res;
}

static bool pg_read_versions(struct db *db, const char *schema, const char *table,
			     const char *select, bool *exists, char ***rows, size_t *nrows,
			     struct sbuf *err)
{
	const char *params[] = { schema, table };
	PGresult *res;
	int i;

	*exists = false;
	*rows = NULL;
	*nrows = 0;
	/* an unqualified table is where an unqualified CREATE TABLE puts it */
	res = query(db, "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = "
		    "COALESCE($1, current_schema()) AND tablename = $2", 2, params, err);
	if (!res)
		return false;
	*exists = PQntuples(res) > 0;
	PQclear(res);
	if (!*exists)
		return true;
	if (!(res = query(db, select, 0, NULL, err)))
		return false;
	*nrows = (size_t)PQntuples(res);
	*rows = xcalloc(*nrows ? *nrows : 1, sizeof(**rows));
	for (i = 0; i < PQntuples(res); i++)
		(*rows)[i] = xstrdup(PQgetvalue(res, i, 0));
	PQclear(res);
	return true;
}

/* The advisory lock's key: a hash of the name, as PostgreSQL's bigint. */
static long long lock_key(const char *key)
{
	return (long long)(util_hash(key) >> 1);	/* positive: easier to find in pg_locks */
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void holder(struct db *db, const char *keytext, struct sbuf *err)
{
	const char *params[] = { keytext };
	PGresult *res;
	struct sbuf e2 = SBUF_INIT;

	/* a bigint key is split over classid (high half) and objid (low) */
	res = query(db, "SELECT a.pid, coalesce(a.application_name, ''), "
		    "coalesce(host(a.client_addr), 'local'), "
		    "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') "
		    "FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a "
		    "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
		    "AND l.objsubid = 1 AND (l.classid::bigint << 32) | l.objid::bigint = $1::bigint",
		    1, params, &e2);
	sbuf_reset(err);
	if (res && PQntuples(res) > 0)
		sbuf_addf(err, "server process %s holds (application '%s', from %s, "
			  "connected at %s)", PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1),
			  PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 3));
	else
		sbuf_adds(err, "another session holds");
	PQclear(res);
	sbuf_release(&e2);
}

static enum db_lock pg_lock(struct db *db, const char *key, long timeout_ms, struct sbuf *err)
{
	char keytext[32];
	const char *params[] = { keytext };
	long deadline = now_ms() + timeout_ms, wait = 10;

	snprintf(keytext, sizeof(keytext), "%lld", lock_key(key));
	for (;;) {
		PGresult *res = query(db, "SELECT pg_catalog.pg_try_advisory_lock($1::bigint)",
				      1, params, err);
		bool got;
		if (!res)
			return DB_LOCK_ERROR;
		got = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
		PQclear(res);
		if (got)
			return DB_LOCKED;
		if (now_ms() >= deadline) {
			holder(db, keytext, err);
			return DB_LOCK_TIMEOUT;
		}
		sleep_ms(wait < deadline - now_ms() ? wait : deadline - now_ms() + 1);
		wait = wait * 2 < 200 ? wait * 2 : 200;
	}
}

static void pg_unlock(struct db *db, const char *key)
{
	char keytext[32];
	const char *params[] = { keytext };
	struct sbuf err = SBUF_INIT;
	PGresult *res;

	snprintf(keytext, sizeof(keytext), "%lld", lock_key(key));
	res = query(db, "SELECT pg_catalog.pg_advisory_unlock($1::bigint)", 1, params, &err);
	PQclear(res);
	sbuf_release(&err);
}

static bool pg_in_transaction(struct db *db)
{
	PGTransactionStatusType t = PQtransactionStatus(db->h);

	return t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
}

static void pg_rollback(struct db *db)
{
	PQclear(PQexec(db->h, "ROLLBACK"));
}

const struct db_driver db_postgresql = {
	.name = "PostgreSQL",
	.open = pg_open,
	.close = pg_close,
	.exec = pg_exec,
	.read_versions = pg_read_versions,
	.lock = pg_lock,
	.unlock = pg_unlock,
	.in_transaction = pg_in_transaction,
	.rollback = pg_rollback,
};
