/* The MySQL/MariaDB driver, through libmariadb (built when pkg-config
 * finds it).  URL parameters: unix_socket=PATH, charset=NAME (default
 * utf8mb4).  The lock is GET_LOCK, which the server releases when the
 * connection ends. */
#include "runner.h"
#include "util.h"

#include <mysql.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct db {
	MYSQL *h;
	char *database;
};

static void set_error(struct db *db, struct sbuf *err)
{
	sbuf_reset(err);
	sbuf_addf(err, "%s (error %u)", mysql_error(db->h), mysql_errno(db->h));
}

static struct db *my_open(const struct db_url *u, bool create, struct sbuf *err)
{
	struct db *db = xcalloc(1, sizeof(*db));
	char *sock = db_url_param(u, "unix_socket");
	char *charset = db_url_param(u, "charset");
	(void)create;	/* the server's database exists or not */

	db->h = mysql_init(NULL);
	if (!db->h) {
		sbuf_adds(err, "out of memory");
		goto fail;
	}
	mysql_options(db->h, MYSQL_SET_CHARSET_NAME, charset ? charset : "utf8mb4");
	mysql_options(db->h, MYSQL_READ_DEFAULT_GROUP, "retort");
	if (!mysql_real_connect(db->h, u->host && *u->host ? u->host : "localhost", u->user,
				u->password, u->database, (unsigned)u->port, sock,
				CLIENT_MULTI_STATEMENTS)) {
		set_error(db, err);
		goto fail;
	}
	db->database = u->database ? xstrdup(u->database) : NULL;
	free(sock);
	free(charset);
	return db;
fail:
	if (db->h)
		mysql_close(db->h);
	free(sock);
	free(charset);
	free(db);
	return NULL;
}

static void my_close(struct db *db)
{
	mysql_close(db->h);
	free(db->database);
	free(db);
}

/* Every result of a multi-statement string is read, and the first error
 * of any of them is the statement's. */
static bool my_exec(struct db *db, const char *sql, struct sbuf *err)
{
	int more;

	if (mysql_real_query(db->h, sql, (unsigned long)strlen(sql)) != 0) {
		set_error(db, err);
		return false;
	}
	do {
		MYSQL_RES *res = mysql_store_result(db->h);
		if (res)
			mysql_free_result(res);
		else if (mysql_field_count(db->h) != 0) {
			set_error(db, err);
			return false;
		}
		more = mysql_next_result(db->h);
		if (more > 0) {
			set_error(db, err);
			return false;
		}
	} while (more == 0);
	return true;
}

/* One row, one column; *value NULL for SQL NULL or no row. */
static bool query_one(struct db *db, const char *sql, char **value, struct sbuf *err)
{
	MYSQL_RES *res;
	MYSQL_ROW row;

	*value = NULL;
	if (mysql_real_query(db->h, sql, (unsigned long)strlen(sql)) != 0 ||
	    !(res = mysql_store_result(db->h))) {
		set_error(db, err);
		return false;
	}
	if ((row = mysql_fetch_row(res)) != NULL && row[0])
		*value = xstrdup(row[0]);
	mysql_free_result(res);
	return true;
}

static void add_string(struct db *db, struct sbuf *sb, const char *s)
{
	size_t n = strlen(s);
	char *buf = xmalloc(2 * n + 1);

	mysql_real_escape_string(db->h, buf, s, (unsigned long)n);
	sbuf_addf(sb, "'%s'", buf);
	free(buf);
}

static bool my_read_versions(struct db *db, const char *schema, const char *table,
			     const char *select, bool *exists, char ***rows, size_t *nrows,
			     struct sbuf *err)
{
	struct sbuf q = SBUF_INIT;
	MYSQL_RES *res;
	MYSQL_ROW row;
	char *one;
	size_t cap = 0;

	*exists = false;
	*rows = NULL;
	*nrows = 0;
	sbuf_adds(&q, "SELECT 1 FROM information_schema.tables WHERE table_schema = ");
	if (schema)
		add_string(db, &q, schema);
	else
		sbuf_adds(&q, "DATABASE()");
	sbuf_adds(&q, " AND table_name = ");
	add_string(db, &q, table);
	if (!query_one(db, sbuf_str(&q), &one, err)) {
		sbuf_release(&q);
		return false;
	}
	sbuf_release(&q);
	*exists = one != NULL;
	free(one);
	if (!*exists)
		return true;
	if (mysql_real_query(db->h, select, (unsigned long)strlen(select)) != 0 ||
	    !(res = mysql_store_result(db->h))) {
		set_error(db, err);
		return false;
	}
	while ((row = mysql_fetch_row(res)) != NULL) {
		XGROW(*rows, cap, *nrows + 1);
		(*rows)[(*nrows)++] = xstrdup(row[0] ? row[0] : "");
	}
	mysql_free_result(res);
	return true;
}

/* GET_LOCK names are server-wide and at most 64 characters: the database
 * goes in, and a long name is shortened to a hash. */
static void lock_name(struct db *db, const char *key, struct sbuf *out)
{
	struct sbuf full = SBUF_INIT;

	sbuf_addf(&full, "%s@%s", key, db->database ? db->database : "");
	if (full.len <= 64) {
		add_string(db, out, sbuf_str(&full));
	} else {
		char name[40];
		snprintf(name, sizeof(name), "retort:%016llx",
			 (unsigned long long)util_hash(sbuf_str(&full)));
		add_string(db, out, name);
	}
	sbuf_release(&full);
}

static enum db_lock my_lock(struct db *db, const char *key, long timeout_ms, struct sbuf *err)
{
	struct sbuf q = SBUF_INIT, name = SBUF_INIT;
	char *got = NULL, *who = NULL, *info = NULL;
	enum db_lock rc = DB_LOCK_ERROR;

	lock_name(db, key, &name);
	sbuf_addf(&q, "SELECT GET_LOCK(%s, %ld.%03ld)", sbuf_str(&name), timeout_ms / 1000,
		  timeout_ms % 1000);
	if (!query_one(db, sbuf_str(&q), &got, err))
		goto out;
	if (got && strcmp(got, "1") == 0) {
		rc = DB_LOCKED;
		goto out;
	}
	if (!got) {
		sbuf_reset(err);
		sbuf_adds(err, "GET_LOCK returned NULL");
		goto out;
	}
	rc = DB_LOCK_TIMEOUT;
	sbuf_reset(&q);
	sbuf_addf(&q, "SELECT IS_USED_LOCK(%s)", sbuf_str(&name));
	sbuf_reset(err);
	if (query_one(db, sbuf_str(&q), &who, err) && who) {
		sbuf_reset(&q);
		sbuf_addf(&q, "SELECT CONCAT(user, '@', host, ', for ', time, ' s') FROM "
			  "information_schema.processlist WHERE id = %s", who);
		query_one(db, sbuf_str(&q), &info, err);
		sbuf_reset(err);
		sbuf_addf(err, "connection %s holds (%s)", who, info ? info : "gone since");
	} else {
		sbuf_reset(err);
		sbuf_adds(err, "another connection holds");
	}
out:
	free(got);
	free(who);
	free(info);
	sbuf_release(&q);
	sbuf_release(&name);
	return rc;
}

static void my_unlock(struct db *db, const char *key)
{
	struct sbuf q = SBUF_INIT, name = SBUF_INIT, err = SBUF_INIT;
	char *v = NULL;

	lock_name(db, key, &name);
	sbuf_addf(&q, "SELECT RELEASE_LOCK(%s)", sbuf_str(&name));
	query_one(db, sbuf_str(&q), &v, &err);
	free(v);
	sbuf_release(&q);
	sbuf_release(&name);
	sbuf_release(&err);
}

static bool my_in_transaction(struct db *db)
{
	unsigned int status = 0;

	mariadb_get_infov(db->h, MARIADB_CONNECTION_SERVER_STATUS, &status);
	return (status & SERVER_STATUS_IN_TRANS) != 0;
}

static void my_rollback(struct db *db)
{
	mysql_rollback(db->h);
}

const struct db_driver db_mysql = {
	.name = "MySQL/MariaDB",
	.open = my_open,
	.close = my_close,
	.exec = my_exec,
	.read_versions = my_read_versions,
	.lock = my_lock,
	.unlock = my_unlock,
	.in_transaction = my_in_transaction,
	.rollback = my_rollback,
};
