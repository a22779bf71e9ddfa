/* The MySQL/MariaDB driver, through libmariadb (built when pkg-config
 * finds it).  URL parameters: unix_socket=PATH, charset=NAME (default
 * utf8mb4).  The lock is GET_LOCK, which the server releases when the
 * connection ends.  Introspection reads information_schema: DATABASE() and
 * the databases the caller names. */
#include "runner.h"
#include "arena.h"
#include "dialect.h"
#include "ir.h"
#include "irwrite.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <mysql.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct db {
	MYSQL *h;
	char *database;
};

/* libmariadb's functions, loaded when the first mysql:// or mariadb:// URL
 * is opened (util_load_library says why not at start). */
#define MY_FUNCTIONS(X) \
	X(mysql_init) X(mysql_options) X(mysql_real_connect) X(mysql_query) \
	X(mysql_real_query) X(mysql_store_result) X(mysql_fetch_row) \
	X(mysql_free_result) X(mysql_field_count) X(mysql_next_result) X(mysql_error) \
	X(mysql_errno) X(mysql_close) X(mysql_rollback) X(mysql_real_escape_string) \
	X(mariadb_get_infov)
#define MY_SLOT(f) __typeof__(f) *f;
#define MY_NAME(f) #f,
#define MY_ADDR(f) (void **)&my.f,

static struct {
	MY_FUNCTIONS(MY_SLOT)
} my;

static bool my_load(struct sbuf *err)
{
	static const char *const names[] = { MY_FUNCTIONS(MY_NAME) };
	void **const slots[] = { MY_FUNCTIONS(MY_ADDR) };

	return my.mysql_init || util_load_library(RETORT_LIBMARIADB, names, slots,
						  sizeof(names) / sizeof(names[0]), err);
}

static void set_error(struct db *db, struct sbuf *err)
{
	sbuf_reset(err);
	sbuf_addf(err, "%s (error %u)", my.mysql_error(db->h), my.mysql_errno(db->h));
}

static struct db *my_open(const struct db_url *u, bool create, struct sbuf *err)
{
	struct db *db;
	char *sock, *charset;
	(void)create;	/* the server's database exists or not */

	if (!my_load(err))
		return NULL;
	db = xcalloc(1, sizeof(*db));
	sock = db_url_param(u, "unix_socket");
	charset = db_url_param(u, "charset");

	db->h = my.mysql_init(NULL);
	if (!db->h) {
		sbuf_adds(err, "out of memory");
		goto fail;
	}
	my.mysql_options(db->h, MYSQL_SET_CHARSET_NAME, charset ? charset : "utf8mb4");
	my.mysql_options(db->h, MYSQL_READ_DEFAULT_GROUP, "retort");
	if (!my.mysql_real_connect(db->h, u->host && *u->host ? u->host : "localhost", u->user,
				u->password, u->database, (unsigned)u->port, sock,
				CLIENT_MULTI_STATEMENTS)) {
		set_error(db, err);
		goto fail;
	}
	db->database = u->database ? xstrdup(u->database) : NULL;
	/* the dialect's session setup (UTF-8; sql_mode without
	 * NO_BACKSLASH_ESCAPES and ANSI_QUOTES), for what it reads as much as
	 * for what it runs */
	for (const char *const *q = dialect_mysql.session_setup; q && *q; q++)
		if (my.mysql_query(db->h, *q) != 0) {
			set_error(db, err);
			goto fail;
		}
	free(sock);
	free(charset);
	return db;
fail:
	if (db->h)
		my.mysql_close(db->h);
	free(sock);
	free(charset);
	free(db->database);
	free(db);
	return NULL;
}

static void my_close(struct db *db)
{
	my.mysql_close(db->h);
	free(db->database);
	free(db);
}

/* Every result of a multi-statement string is read, and the first error
 * of any of them is the statement's. */
static bool my_exec(struct db *db, const char *sql, struct sbuf *err)
{
	int more;

	if (my.mysql_real_query(db->h, sql, (unsigned long)strlen(sql)) != 0) {
		set_error(db, err);
		return false;
	}
	do {
		MYSQL_RES *res = my.mysql_store_result(db->h);
		if (res)
			my.mysql_free_result(res);
		else if (my.mysql_field_count(db->h) != 0) {
			set_error(db, err);
			return false;
		}
		more = my.mysql_next_result(db->h);
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
	if (my.mysql_real_query(db->h, sql, (unsigned long)strlen(sql)) != 0 ||
	    !(res = my.mysql_store_result(db->h))) {
		set_error(db, err);
		return false;
	}
	if ((row = my.mysql_fetch_row(res)) != NULL && row[0])
		*value = xstrdup(row[0]);
	my.mysql_free_result(res);
	return true;
}

static void add_string(struct db *db, struct sbuf *sb, const char *s)
{
	size_t n = strlen(s);
	char *buf = xmalloc(2 * n + 1);

	my.mysql_real_escape_string(db->h, buf, s, (unsigned long)n);
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
	if (my.mysql_real_query(db->h, select, (unsigned long)strlen(select)) != 0 ||
	    !(res = my.mysql_store_result(db->h))) {
		set_error(db, err);
		return false;
	}
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		XGROW(*rows, cap, *nrows + 1);
		(*rows)[(*nrows)++] = xstrdup(row[0] ? row[0] : "");
	}
	my.mysql_free_result(res);
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

	my.mariadb_get_infov(db->h, MARIADB_CONNECTION_SERVER_STATUS, &status);
	return (status & SERVER_STATUS_IN_TRANS) != 0;
}

static void my_rollback(struct db *db)
{
	my.mysql_rollback(db->h);
}

/* ---- introspect: information_schema as a schema file ----
 * The tables of DATABASE() (and of each database the model names as a
 * schema: their names qualified) read back into the IR the grammar would make
 * for them, which irwrite prints.  What the mysql dialect made goes back
 * to what it was made from: BOOL's tinyint(1) to boolean, ENUM(...) to an
 * inline enum, MariaDB's JSON (a longtext with a json_valid CHECK) to json,
 * the virtual column an expression index is computed in to the
 * expression; names the server chose (PRIMARY, t_ibfk_N, CONSTRAINT_N, a
 * key named after its column) are left out, and the index the server made
 * for a foreign key with none is not one anybody asked for.  MySQL keeps
 * no difference between a unique constraint and a unique index on plain
 * columns: they come back as constraints.  The rest is a line in warn. */

struct myi_col {
	struct column *c;
	const char *collation;
	const char *gen;		/* GENERATION_EXPRESSION, NULL when not generated */
	bool virtual_gen;
	bool used;			/* an expression index's: not a column of the model */
};

struct myi_fk {
	const char *name;
	const char *ref_schema;		/* the referenced table's database */
	struct constraint *k;
};

/* The foreign keys whose index the server may have named so. */
struct myi_fk_ref {
	const struct myi_fk *fk;
	struct myi_fk_ref *next;
};

struct myi_table {
	const char *name, *collation;
	const char *schema;		/* its database */
	const char *shown;		/* in messages: database.name outside
					 * the connection's */
	struct op *op;
	struct myi_col *cols;
	size_t ncols, capcols;
	struct strmap *by_col;		/* name -> struct myi_col, once cols is whole */
	struct myi_fk *fks;
	size_t nfks, capfks;
	struct strmap *fk_index;	/* a name its index may have -> struct myi_fk_ref */
	struct constraint **ktail;
	struct oplist indexes;
};

struct myi {
	struct db *db;
	struct arena *a;
	struct sbuf *warn, *err;
	const char *vschema, *vtable;
	const char *database, *engine, *collation;
	const char *const *asked;	/* the other databases the caller names */
	size_t nasked;
	const char *in_list;		/* ('database', 'asked', ...): those read */
	struct oplist schemas;		/* create_schema */
	bool mariadb;			/* quoted COLUMN_DEFAULT, RESTRICT as the default action */
	struct myi_table **tables;
	size_t ntables, captables;
	struct strmap *by_name;		/* database \x1f name -> struct myi_table */
	struct strmap *fk_names;	/* database \x1f name of every foreign key */
	struct oplist views;		/* create_view, then create_trigger */
};

static const struct span my_no_span;

#define MYI_GROW(p, arr, cap, need) ARENA_GROW((p)->a, arr, cap, need)

/* A warning: one line in the caller's list. */
#define myi_warn(p, ...) sbuf_addlinef((p)->warn, __VA_ARGS__)

static const char *myi_str(struct myi *p, const char *s)
{
	return s ? arena_strdup(p->a, s) : NULL;
}

static struct ident *myi_ident(struct myi *p, const char *name)
{
	return ir_new_ident(p->a, name, my_no_span);
}

static MYSQL_RES *myi_query(struct myi *p, const char *sql)
{
	MYSQL_RES *res;

	if (my.mysql_real_query(p->db->h, sql, (unsigned long)strlen(sql)) != 0 ||
	    !(res = my.mysql_store_result(p->db->h))) {
		set_error(p->db, p->err);
		return NULL;
	}
	return res;
}

/* A query of the databases read: before, their list, after. */
static MYSQL_RES *myi_query_in(struct myi *p, const char *before, const char *after)
{
	struct sbuf q = SBUF_INIT;
	MYSQL_RES *res;

	sbuf_adds(&q, before);
	sbuf_adds(&q, p->in_list);
	sbuf_adds(&q, after);
	res = myi_query(p, sbuf_str(&q));
	sbuf_release(&q);
	return res;
}

static const char *myi_key(struct myi *p, const char *schema, const char *name)
{
	return arena_printf(p->a, "%s\x1f%s", schema, name);
}

static struct myi_table *myi_table_of(struct myi *p, const char *schema, const char *name)
{
	return schema && name ? strmap_get(p->by_name, myi_key(p, schema, name)) : NULL;
}

/* A name in a database: qualified outside the connection's. */
static struct qname myi_qn(struct myi *p, const char *schema, const char *name)
{
	struct qname q;

	memset(&q, 0, sizeof(q));
	q.schema = schema && strcmp(schema, p->database) != 0 ? myi_str(p, schema) : NULL;
	q.name = myi_str(p, name);
	return q;
}

/* ---- literals and expressions ---- */

/* The body of a leading '...', in either escape MySQL writes ('' and
 * backslashes), and where it ends. */
static char *myi_unquote(struct myi *p, const char *s, const char **end)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf sb = SBUF_INIT;
	char *r;

	sqlscan_init(&sc, &dialect_mysql.native, s, strlen(s));
	sqlscan_next(&sc, &t);	/* s starts with the quote: a string */
	sqltok_value(&dialect_mysql.native, s, &t, &sb);
	if (end)
		*end = s + t.start + t.len;
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* A DECIMAL's default as the server pads it (0.00, -7.50): the number. */
static const char *myi_trim_decimal(struct myi *p, const char *s)
{
	size_t n = strlen(s);

	if (!strchr(s, '.') || strpbrk(s, "eE"))
		return s;
	while (n && s[n - 1] == '0')
		n--;
	if (n && s[n - 1] == '.')
		n--;
	return strncmp(s, "-0", n) == 0 && n == 2 ? "0" : arena_strndup(p->a, s, n);
}

/* MySQL's text of an expression (a CHECK, a generated column's, a
 * default) as the migration's fragments are written: the backquotes the
 * server puts on every name off where none are needed, else a name in the
 * fragment's quotes; its strings as standard strings. */
static const char *myi_fragment(struct myi *p, const char *s)
{
	struct sbuf sb = SBUF_INIT;
	const char *r;

	sqlscan_respell(&dialect_mysql.native, &dialect_mysql.rules.sql, &sb, s, strlen(s), true);
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* One pair of parentheses around the whole text comes off. */
static const char *myi_unwrap(struct myi *p, const char *s)
{
	size_t at, n;

	return sqlscan_enclosed(&dialect_mysql.native, s, strlen(s), &at, &n)
		       ? arena_strndup(p->a, s + at, n) : s;
}

/* ---- types ---- */

static void myi_type_init(struct type *t, enum type_kind kind)
{
	memset(t, 0, sizeof(*t));
	t->kind = kind;
	t->length = -1;
	t->precision = -1;
	t->scale = TYPE_NO_SCALE;
}

/* enum('a','b'): the values, in MySQL's quoting. */
static bool myi_enum(struct myi *p, const char *s, struct type *t)
{
	if (strncmp(s, "enum(", 5) != 0)
		return false;
	myi_type_init(t, TY_ENUM);
	for (s += 5; *s == '\'';) {
		char *v = myi_unquote(p, s, &s);
		ir_valuelist_append(&t->enum_values, ir_new_value(p->a, VAL_STRING, v, my_no_span));
		if (*s == ',')
			s++;
	}
	return strcmp(s, ")") == 0 && t->enum_values.n > 0;
}

/* An integer type, its display width gone (the server made it up): int,
 * bigint and smallint are the language's, tinyint(1) is BOOL's. */
static bool myi_integer(struct myi *p, const char *s, struct type *t)
{
	static const struct { const char *name; enum type_kind kind; } ints[] = {
		{ "tinyint", TY_RAW }, { "smallint", TY_SMALLINT }, { "mediumint", TY_RAW },
		{ "int", TY_INTEGER }, { "bigint", TY_BIGINT },
	};
	size_t i, n;
	const char *rest;

	for (i = 0; i < ARRAY_LEN(ints); i++) {
		n = strlen(ints[i].name);
		if (strncmp(s, ints[i].name, n) == 0 && (s[n] == '(' || s[n] == ' ' || !s[n]))
			break;
	}
	if (i == ARRAY_LEN(ints))
		return false;
	rest = s[n] == '(' ? strchr(s + n, ')') : s + n - 1;
	if (!rest)
		return false;
	rest++;
	if (strcmp(s, "tinyint(1)") == 0) {
		myi_type_init(t, TY_BOOLEAN);
	} else if (!*rest && ints[i].kind != TY_RAW) {
		myi_type_init(t, ints[i].kind);
	} else {
		myi_type_init(t, TY_RAW);
		t->raw = arena_printf(p->a, "%.*s%s", (int)n, s, rest);
	}
	return true;
}

static bool myi_args(const char *s, const char *name, long *a, long *b)
{
	size_t n = strlen(name);
	char *end;

	*a = *b = -1;
	if (strncmp(s, name, n) != 0 || s[n] != '(')
		return false;
	*a = strtol(s + n + 1, &end, 10);
	if (*end == ',')
		*b = strtol(end + 1, &end, 10);
	return strcmp(end, ")") == 0;
}

/* COLUMN_TYPE back to the generic type the dialect spells so. */
static void myi_type(struct myi *p, const char *s, struct type *t)
{
	static const struct { const char *native; enum type_kind kind; } plain[] = {
		{ "float", TY_FLOAT }, { "double", TY_DOUBLE }, { "text", TY_TEXT },
		{ "date", TY_DATE }, { "time", TY_TIME }, { "datetime", TY_DATETIME },
		{ "blob", TY_BINARY }, { "json", TY_JSON },
	};
	long a, b;
	size_t i;

	for (i = 0; i < ARRAY_LEN(plain); i++) {
		if (strcmp(s, plain[i].native) == 0) {
			myi_type_init(t, plain[i].kind);
			return;
		}
	}
	if (myi_integer(p, s, t) || myi_enum(p, s, t))
		return;
	if (myi_args(s, "decimal", &a, &b)) {
		myi_type_init(t, TY_NUMERIC);
		t->precision = (int)a;
		t->scale = b >= 0 ? (int)b : TYPE_NO_SCALE;
	} else if (myi_args(s, "varchar", &a, &b) && b < 0) {
		myi_type_init(t, TY_STRING);
		t->length = a;
	} else if (myi_args(s, "char", &a, &b) && b < 0) {
		myi_type_init(t, TY_CHAR);
		t->length = a;
	} else {
		myi_type_init(t, TY_RAW);
		t->raw = s;
	}
}

/* ---- tables ---- */

static bool myi_server(struct myi *p)
{
	MYSQL_RES *res = myi_query(p, "SELECT VERSION(), DATABASE(), @@default_storage_engine, "
				   "@@collation_database");
	MYSQL_ROW row;

	if (!res)
		return false;
	if ((row = my.mysql_fetch_row(res)) != NULL) {
		p->mariadb = row[0] && strstr(row[0], "MariaDB") != NULL;
		p->database = myi_str(p, row[1]);
		p->engine = myi_str(p, row[2]);
		p->collation = myi_str(p, row[3]);
	}
	my.mysql_free_result(res);
	if (!p->database) {
		sbuf_reset(p->err);
		sbuf_adds(p->err, "no database: the URL names none");
		return false;
	}
	return true;
}

/* The databases read: the connection's and the asked ones the server
 * has, each of those made by a create_schema of the schema file. */
static bool myi_schemas(struct myi *p)
{
	struct sbuf sb = SBUF_INIT;
	MYSQL_RES *res;
	MYSQL_ROW row;
	size_t k;

	sbuf_addc(&sb, '(');
	add_string(p->db, &sb, p->database);
	for (k = 0; k < p->nasked; k++) {
		sbuf_adds(&sb, ", ");
		add_string(p->db, &sb, p->asked[k]);
	}
	sbuf_addc(&sb, ')');
	p->in_list = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	res = myi_query_in(p, "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE "
			   "SCHEMA_NAME IN ", " AND SCHEMA_NAME <> DATABASE() "
			   "ORDER BY BINARY SCHEMA_NAME");
	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL)
		ir_oplist_append(&p->schemas, ir_new_schema(p->a, OP_CREATE_SCHEMA, my_no_span,
							    *myi_ident(p, myi_str(p, row[0]))));
	my.mysql_free_result(res);
	return true;
}

static struct kv *myi_option(struct myi *p, struct kv *next, const char *key, const char *val)
{
	struct kv *kv = ARENA_NEW(p->a, struct kv);

	kv->key = *myi_ident(p, key);
	kv->val.kind = VAL_STRING;
	kv->val.text = val;
	kv->next = next;
	return kv;
}

static void myi_add_table(struct myi *p, MYSQL_ROW row)
{
	struct myi_table *t = ARENA_NEW(p->a, struct myi_table);
	struct kv *opts = NULL;
	struct qname q = myi_qn(p, row[6], row[0]);

	t->name = q.name;
	t->schema = myi_str(p, row[6]);
	t->shown = q.schema ? arena_printf(p->a, "%s.%s", q.schema, q.name) : q.name;
	t->collation = myi_str(p, row[3]);
	/* what the server would not have chosen by itself */
	if (row[3] && p->collation && strcmp(row[3], p->collation) != 0)
		opts = myi_option(p, opts, "mysql_collate", t->collation);
	if (row[2] && p->engine && strcmp(row[2], p->engine) != 0)
		opts = myi_option(p, opts, "mysql_engine", myi_str(p, row[2]));
	t->op = ir_new_create_table(p->a, my_no_span, q, NULL, NULL,
				    row[4] && *row[4] ? myi_str(p, row[4]) : NULL, opts);
	t->ktail = &t->op->u.table.constraints;
	MYI_GROW(p, p->tables, p->captables, p->ntables + 1);
	p->tables[p->ntables++] = t;
	strmap_put(p->by_name, myi_key(p, t->schema, t->name), t);
	if (row[5] && strstr(row[5], "partitioned"))
		myi_warn(p, "table '%s' is partitioned; its partitioning is left out", t->shown);
	if (strcmp(row[1], "SYSTEM VERSIONED") == 0)
		myi_warn(p, "table '%s' is system versioned; left as a plain table", t->shown);
}

static bool myi_tables(struct myi *p)
{
	MYSQL_RES *res = myi_query_in(p, "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, "
				      "TABLE_COMMENT, CREATE_OPTIONS, TABLE_SCHEMA FROM "
				      "information_schema.TABLES WHERE TABLE_SCHEMA IN ",
				      " ORDER BY TABLE_SCHEMA <> DATABASE(), BINARY TABLE_SCHEMA, "
				      "BINARY TABLE_NAME");
	MYSQL_ROW row;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		if (strcmp(row[1], "VIEW") == 0)
			continue;	/* myi_views */
		if (strcmp(row[1], "SEQUENCE") == 0)
			myi_warn(p, "sequence '%s' is not part of the model; left out", row[0]);
		else if (!(strcmp(row[0], p->vtable) == 0 &&
			   strcmp(row[6], p->vschema ? p->vschema : p->database) == 0))
			myi_add_table(p, row);
	}
	my.mysql_free_result(res);
	return true;
}

/* ---- columns ---- */

static bool myi_numeric_kind(enum type_kind k)
{
	return k == TY_INTEGER || k == TY_BIGINT || k == TY_SMALLINT || k == TY_NUMERIC ||
	       k == TY_FLOAT || k == TY_DOUBLE || k == TY_RAW;
}

/* COLUMN_DEFAULT as the language says it.  MariaDB quotes a literal and
 * writes an expression bare; MySQL writes a literal bare and says
 * DEFAULT_GENERATED of an expression. */
static struct value *myi_default(struct myi *p, const char *s, const char *extra,
				 const struct type *t)
{
	enum value_kind kind = VAL_SQL;
	const char *text = s;

	if (!s || (p->mariadb && strcmp(s, "NULL") == 0))
		return NULL;
	if (t->kind == TY_BOOLEAN && (strcmp(s, "1") == 0 || strcmp(s, "0") == 0)) {
		kind = s[0] == '1' ? VAL_TRUE : VAL_FALSE;
		text = NULL;
	} else if (util_is_number(s, strlen(s)) && (p->mariadb || myi_numeric_kind(t->kind))) {
		kind = VAL_NUMBER;
		text = t->kind == TY_NUMERIC ? myi_trim_decimal(p, s) : s;
	} else if (p->mariadb && s[0] == '\'') {
		kind = VAL_STRING;
		text = myi_unquote(p, s, NULL);
	} else if (!p->mariadb && !strstr(extra, "DEFAULT_GENERATED")) {
		kind = VAL_STRING;
	} else {
		text = myi_fragment(p, myi_unwrap(p, s));
	}
	return ir_new_value(p->a, kind, text ? arena_strdup(p->a, text) : NULL, my_no_span);
}

static void myi_add_column(struct myi *p, struct myi_table *t, MYSQL_ROW row)
{
	struct myi_col *mc;
	struct column *c = ARENA_NEW(p->a, struct column);
	const char *extra = row[5] ? row[5] : "";

	c->name = *myi_ident(p, myi_str(p, row[1]));
	myi_type(p, myi_str(p, row[2]), &c->type);
	c->nullable = strcmp(row[3], "NO") == 0 ? NULLABLE_NO : NULLABLE_UNSET;
	c->autoincrement = strstr(extra, "auto_increment") != NULL;
	c->comment = row[6] && *row[6] ? myi_str(p, row[6]) : NULL;
	MYI_GROW(p, t->cols, t->capcols, t->ncols + 1);
	mc = &t->cols[t->ncols++];
	memset(mc, 0, sizeof(*mc));
	mc->c = c;
	mc->collation = myi_str(p, row[8]);
	/* not MySQL 8's DEFAULT_GENERATED (an expression default), and its
	 * GENERATION_EXPRESSION is '' where MariaDB's is NULL */
	if ((strstr(extra, "VIRTUAL GENERATED") || strstr(extra, "STORED GENERATED")) &&
	    row[7] && *row[7]) {
		mc->gen = myi_fragment(p, row[7]);
		mc->virtual_gen = strstr(extra, "VIRTUAL") != NULL;
	} else {
		c->server_default = myi_default(p, row[4], extra, &c->type);
	}
	if (strstr(extra, "on update"))
		myi_warn(p, "column '%s.%s' is ON UPDATE %s; left out", t->shown, c->name.name,
			 strstr(extra, "on update") + 10);
}

static bool myi_columns(struct myi *p)
{
	MYSQL_RES *res = myi_query_in(p, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, "
				      "IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, "
				      "GENERATION_EXPRESSION, COLLATION_NAME, TABLE_SCHEMA FROM "
				      "information_schema.COLUMNS WHERE TABLE_SCHEMA IN ",
				      " ORDER BY BINARY TABLE_SCHEMA, BINARY TABLE_NAME, "
				      "ORDINAL_POSITION");
	MYSQL_ROW row;
	size_t i;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct myi_table *t = myi_table_of(p, row[9], row[0]);
		if (t)
			myi_add_column(p, t, row);
	}
	my.mysql_free_result(res);
	/* cols has stopped moving: each CHECK and index element looks its
	 * column up by name */
	for (i = 0; i < p->ntables; i++) {
		struct myi_table *t = p->tables[i];
		size_t j;
		t->by_col = strmap_new(t->ncols);
		for (j = 0; j < t->ncols; j++)
			strmap_put(t->by_col, t->cols[j].c->name.name, &t->cols[j]);
	}
	return true;
}

static struct myi_col *myi_column(struct myi_table *t, const char *name)
{
	return strmap_get(t->by_col, name);
}

/* ---- constraints ---- */

static struct constraint *myi_con(struct myi *p, enum constraint_kind kind, const char *name)
{
	struct constraint *k = ARENA_NEW(p->a, struct constraint);

	k->kind = kind;
	k->deferrable = -1;
	k->ref.deferrable = -1;
	if (name)
		k->name = *myi_ident(p, name);
	return k;
}

static void myi_add_con(struct myi_table *t, struct constraint *k)
{
	*t->ktail = k;
	t->ktail = &k->next;
	t->op->u.table.nconstraints++;
}

/* MariaDB's JSON: a longtext whose CHECK, named as the column, is
 * json_valid(`column`). */
static bool myi_json(struct myi *p, struct myi_table *t, const char *name, const char *clause)
{
	struct myi_col *mc = myi_column(t, name);
	const char *want;

	if (!mc || mc->c->type.kind != TY_RAW || strcmp(mc->c->type.raw, "longtext") != 0)
		return false;
	want = arena_printf(p->a, "json_valid(`%s`)", name);
	if (strcmp(clause, want) != 0)
		return false;
	myi_type_init(&mc->c->type, TY_JSON);
	mc->collation = NULL;	/* utf8mb4_bin: JSON's own */
	return true;
}

/* The names the server gives a CHECK nobody named: CONSTRAINT_N (MariaDB),
 * table_chk_N (MySQL), the column's (MariaDB, a column's CHECK). */
static bool myi_check_auto(struct myi_table *t, const char *name, bool column_level)
{
	size_t n = strlen(t->name);

	if (column_level && myi_column(t, name))
		return true;
	if (strncmp(name, "CONSTRAINT_", 11) == 0 && strspn(name + 11, "0123456789") ==
	    strlen(name + 11) && name[11])
		return true;
	return strncmp(name, t->name, n) == 0 && strncmp(name + n, "_chk_", 5) == 0 &&
	       name[n + 5] && strspn(name + n + 5, "0123456789") == strlen(name + n + 5);
}

/* MySQL 8 writes CHECK_CLAUSE with a backslash before each quote and
 * backslash in it (_utf8mb4\'a\'); MariaDB writes it as it is. */
static const char *myi_check_clause(struct myi *p, const char *s)
{
	char *r, *o;

	if (!s)
		return "";
	if (p->mariadb)
		return s;
	r = o = arena_strdup(p->a, s);
	for (; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		*o++ = *s;
	}
	*o = '\0';
	return r;
}

static bool myi_checks(struct myi *p)
{
	MYSQL_RES *res = p->mariadb ?
		myi_query_in(p, "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL, "
			     "CONSTRAINT_SCHEMA FROM information_schema.CHECK_CONSTRAINTS WHERE "
			     "CONSTRAINT_SCHEMA IN ", " ORDER BY BINARY CONSTRAINT_SCHEMA, "
			     "BINARY TABLE_NAME, BINARY CONSTRAINT_NAME") :
		myi_query_in(p, "SELECT tc.TABLE_NAME, cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, "
			     "'Table', tc.TABLE_SCHEMA FROM information_schema.TABLE_CONSTRAINTS tc "
			     "JOIN information_schema.CHECK_CONSTRAINTS cc ON cc.CONSTRAINT_SCHEMA = "
			     "tc.CONSTRAINT_SCHEMA AND BINARY cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
			     "WHERE tc.TABLE_SCHEMA IN ", " AND tc.CONSTRAINT_TYPE = 'CHECK' "
			     "ORDER BY BINARY tc.TABLE_SCHEMA, BINARY tc.TABLE_NAME, "
			     "BINARY cc.CONSTRAINT_NAME");
	MYSQL_ROW row;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct myi_table *t = myi_table_of(p, row[4], row[0]);
		bool column_level = row[3] && strcmp(row[3], "Column") == 0;
		struct constraint *k;
		if (!t || (column_level && myi_json(p, t, row[1], row[2] ? row[2] : "")))
			continue;
		k = myi_con(p, CON_CHECK, myi_check_auto(t, row[1], column_level) ? NULL :
			    myi_str(p, row[1]));
		k->check = myi_fragment(p, myi_unwrap(p, myi_check_clause(p, row[2])));
		myi_add_con(t, k);
	}
	my.mysql_free_result(res);
	return true;
}

/* MariaDB: RESTRICT is what an unsaid action is; MySQL: NO ACTION. */
static enum fk_action myi_action(const struct myi *p, const char *rule)
{
	if (strcmp(rule, p->mariadb ? "RESTRICT" : "NO ACTION") == 0)
		return FK_ACTION_UNSET;
	if (strcmp(rule, "CASCADE") == 0)
		return FK_ACTION_CASCADE;
	if (strcmp(rule, "SET NULL") == 0)
		return FK_ACTION_SET_NULL;
	if (strcmp(rule, "SET DEFAULT") == 0)
		return FK_ACTION_SET_DEFAULT;
	if (strcmp(rule, "RESTRICT") == 0)
		return FK_ACTION_RESTRICT;
	return FK_ACTION_NO_ACTION;
}

static struct myi_fk *myi_new_fk(struct myi *p, struct myi_table *t, MYSQL_ROW row)
{
	struct myi_fk *fk;
	struct constraint *k = myi_con(p, CON_FOREIGN_KEY, NULL);

	k->ref.table = myi_qn(p, row[7], row[4]);
	k->ref.on_update = myi_action(p, row[2]);
	k->ref.on_delete = myi_action(p, row[3]);
	MYI_GROW(p, t->fks, t->capfks, t->nfks + 1);
	fk = &t->fks[t->nfks++];
	fk->name = myi_str(p, row[1]);
	fk->ref_schema = myi_str(p, row[7]);
	fk->k = k;
	return fk;
}

static bool myi_fk_rows(struct myi *p)
{
	MYSQL_RES *res = myi_query_in(p, "SELECT rc.TABLE_NAME, rc.CONSTRAINT_NAME, "
				      "rc.UPDATE_RULE, rc.DELETE_RULE, rc.REFERENCED_TABLE_NAME, "
				      "k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME, "
				      "k.REFERENCED_TABLE_SCHEMA, rc.CONSTRAINT_SCHEMA "
				      "FROM information_schema.REFERENTIAL_CONSTRAINTS rc "
				      "JOIN information_schema.KEY_COLUMN_USAGE k "
				      "ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
				      "AND BINARY k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
				      "AND BINARY k.TABLE_NAME = rc.TABLE_NAME "
				      "WHERE rc.CONSTRAINT_SCHEMA IN ",
				      " ORDER BY BINARY rc.CONSTRAINT_SCHEMA, BINARY rc.TABLE_NAME, "
				      "CHAR_LENGTH(rc.CONSTRAINT_NAME), BINARY rc.CONSTRAINT_NAME, "
				      "k.ORDINAL_POSITION");
	MYSQL_ROW row;
	struct myi_fk *fk = NULL;
	struct myi_table *was = NULL;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct myi_table *t = myi_table_of(p, row[8], row[0]);
		strmap_put(p->fk_names, myi_key(p, row[8], row[1]), (void *)"fk");
		if (!t)
			continue;
		if (!fk || t != was || strcmp(fk->name, row[1]) != 0)
			fk = myi_new_fk(p, t, row);
		was = t;
		ir_identlist_append(&fk->k->columns, myi_ident(p, myi_str(p, row[5])));
		ir_identlist_append(&fk->k->ref.columns, myi_ident(p, myi_str(p, row[6])));
	}
	my.mysql_free_result(res);
	return true;
}

struct myi_taken {
	struct myi *p;
	const char *schema, *self;
};

static bool myi_fk_taken(const void *ctx, const char *name)
{
	const struct myi_taken *tk = ctx;

	return strcmp(name, tk->self) != 0 &&
	       strmap_get(tk->p->fk_names, myi_key(tk->p, tk->schema, name)) != NULL;
}

static void myi_fk_index_name(struct myi *p, struct myi_table *t, const char *name,
			      const struct myi_fk *fk)
{
	struct myi_fk_ref *r = ARENA_NEW(p->a, struct myi_fk_ref);

	r->fk = fk;
	r->next = strmap_get(t->fk_index, name);
	strmap_put(t->fk_index, name, r);
}

/* A key to another database's table or to one left out (the version
 * table) is one the model could not load: a warning.  The others: named
 * t_ibfk_N, numbered past the names other keys took, is the server's
 * choice, which the model makes again; and the index the server may have
 * made for the key is known by the names it would have. */
static bool myi_foreign_keys(struct myi *p)
{
	size_t i, j;

	if (!myi_fk_rows(p))
		return false;
	for (i = 0; i < p->ntables; i++) {
		struct myi_table *t = p->tables[i];
		for (j = 0; j < t->nfks; j++) {
			struct myi_fk *fk = &t->fks[j];
			const struct qname *to = &fk->k->ref.table;
			struct myi_taken tk = { p, t->schema, fk->name };
			const char *auto_name;
			if (!myi_table_of(p, fk->ref_schema, to->name)) {
				myi_warn(p, "foreign key '%s' on '%s' references a table outside the "
					 "model ('%s%s%s'); left out", fk->name, t->shown,
					 to->schema ? to->schema : "", to->schema ? "." : "", to->name);
				continue;
			}
			auto_name = dialect_mysql.rules.auto_constraint_name(
				p->a, CON_FOREIGN_KEY, t->name, NULL, 0, myi_fk_taken, &tk);
			if (!auto_name || strcmp(auto_name, fk->name) != 0)
				fk->k->name = *myi_ident(p, fk->name);
			myi_add_con(t, fk->k);
			if (!t->fk_index)
				t->fk_index = strmap_new(0);
			myi_fk_index_name(p, t, fk->name, fk);
			if (strcmp(fk->k->columns.head->name, fk->name) != 0)
				myi_fk_index_name(p, t, fk->k->columns.head->name, fk);
		}
	}
	return true;
}

/* ---- keys and indexes ---- */

struct myi_index {
	struct myi_table *t;
	const char *name;
	bool unique, skip;
	struct index_elem *elems, **tail;
	struct index_colopt *lengths, **ltail;	/* prefix lengths (SUB_PART) */
	size_t n;
	bool plain;		/* every element a whole column, ascending */
};

/* A column the dialect made for an expression element: _<index>_<k>. */
static struct myi_col *myi_expr_column(struct myi *p, struct myi_index *ix, const char *col)
{
	struct myi_col *mc = myi_column(ix->t, col);
	const char *want = arena_printf(p->a, "_%s_%zu", ix->name, ix->n + 1);

	return mc && mc->gen && mc->virtual_gen && strcmp(col, want) == 0 ? mc : NULL;
}

/* MariaDB keeps lower() and upper() as lcase() and ucase(): the names the
 * other databases (and the dialect's virtual columns) know come back. */
static const char *myi_canon_calls(struct myi *p, const char *expr)
{
	struct sqlscan sc;
	struct sqltok t, paren;
	struct sbuf sb = SBUF_INIT;
	size_t done = 0, len = strlen(expr);
	const char *r;
	bool changed = false;

	sqlscan_init(&sc, &dialect_mysql.rules.sql, expr, len);
	while (sqlscan_next(&sc, &t)) {
		const char *to = sqltok_word(expr, &t, "lcase") ? "lower"
				 : sqltok_word(expr, &t, "ucase") ? "upper" : NULL;
		struct sqlscan peek = sc;
		if (!to || !sqlscan_next(&peek, &paren) || !sqltok_punct(expr, &paren, '(') ||
		    paren.start != t.start + t.len)
			continue;
		sbuf_add(&sb, expr + done, t.start - done);
		sbuf_adds(&sb, to);
		done = t.start + t.len;
		changed = true;
	}
	if (!changed) {
		sbuf_release(&sb);
		return expr;
	}
	sbuf_adds(&sb, expr + done);
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

static void myi_index_elem(struct myi *p, struct myi_index *ix, MYSQL_ROW row)
{
	struct index_elem *e = ARENA_NEW(p->a, struct index_elem);
	struct myi_col *mc = row[3] ? myi_expr_column(p, ix, row[3]) : NULL;

	if (mc) {
		e->expr = myi_canon_calls(p, mc->gen);
		mc->used = true;
		ix->plain = false;
	} else if (row[3]) {
		e->column = *myi_ident(p, myi_str(p, row[3]));
	} else {
		myi_warn(p, "index '%s' on '%s' has an element it could not read; left out",
			 ix->name, ix->t->shown);
		ix->skip = true;
	}
	if (row[4] && strcmp(row[4], "D") == 0) {
		e->order = SORT_DESC;
		ix->plain = false;
	}
	if (row[5] && e->column.name) {	/* length (col N) */
		struct index_colopt *o = ARENA_NEW(p->a, struct index_colopt);
		o->column = e->column;
		o->text = myi_str(p, row[5]);
		*ix->ltail = o;
		ix->ltail = &o->next;
		ix->plain = false;
	} else if (row[5]) {
		myi_warn(p, "index '%s' on '%s' indexes a prefix of '%s' (%s); the length is "
			 "left out", ix->name, ix->t->shown, row[3] ? row[3] : "?", row[5]);
	}
	*ix->tail = e;
	ix->tail = &e->next;
	ix->n++;
}

static bool myi_same_columns(const struct index_elem *e, const struct identlist *cols)
{
	const struct ident *id;

	for (id = cols->head; e && id; e = e->next, id = id->next)
		if (!e->column.name || strcmp(e->column.name, id->name) != 0)
			return false;
	return !e && !id;
}

/* The index the server made for a foreign key that had none: named as
 * the key, or (the key unnamed) as its first column. */
static bool myi_fk_index(const struct myi_index *ix)
{
	const struct myi_fk_ref *r;

	for (r = ix->t->fk_index ? strmap_get(ix->t->fk_index, ix->name) : NULL; r; r = r->next)
		if (myi_same_columns(ix->elems, &r->fk->k->columns))
			return true;
	return false;
}

/* A unique key's name when nobody gave one: its first column, then
 * column_2, column_3... */
static bool myi_key_auto(const struct myi_index *ix)
{
	const char *col = ix->elems->column.name;
	size_t n = strlen(col);

	if (strcmp(ix->name, col) == 0)
		return true;
	return strncmp(ix->name, col, n) == 0 && ix->name[n] == '_' && ix->name[n + 1] &&
	       strspn(ix->name + n + 1, "0123456789") == strlen(ix->name + n + 1);
}

static void myi_place_index(struct myi *p, struct myi_index *ix)
{
	struct constraint *k;
	const struct index_elem *e;
	struct op *op;

	if (ix->skip || !ix->elems)
		return;
	if (strcmp(ix->name, "PRIMARY") == 0 || (ix->unique && ix->plain)) {
		k = myi_con(p, strcmp(ix->name, "PRIMARY") == 0 ? CON_PRIMARY_KEY : CON_UNIQUE,
			    NULL);
		if (k->kind == CON_UNIQUE && !myi_key_auto(ix))
			k->name = *myi_ident(p, ix->name);
		for (e = ix->elems; e; e = e->next)
			ir_identlist_append(&k->columns, myi_ident(p, e->column.name));
		myi_add_con(ix->t, k);
		return;
	}
	if (!ix->unique && myi_fk_index(ix))
		return;
	op = ir_new_create_index(p->a, my_no_span, *myi_ident(p, ix->name), ix->t->op->u.table.name,
				 ix->elems);
	op->u.index.unique = ix->unique;
	op->u.index.lengths = ix->lengths;
	ir_oplist_append(&ix->t->indexes, op);
}

static bool myi_index_type_ok(struct myi *p, const struct myi_table *t, MYSQL_ROW row)
{
	if (strcmp(row[6], "BTREE") == 0 || strcmp(row[6], "HASH") == 0)
		return true;
	myi_warn(p, "%s index '%s' on '%s' is not part of the model; left out", row[6], row[1],
		 t->shown);
	return false;
}

static bool myi_indexes(struct myi *p)
{
	MYSQL_RES *res = myi_query_in(p, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, "
				      "COLLATION, SUB_PART, INDEX_TYPE, SEQ_IN_INDEX, TABLE_SCHEMA "
				      "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN ",
				      " ORDER BY BINARY TABLE_SCHEMA, BINARY TABLE_NAME, "
				      "BINARY INDEX_NAME, SEQ_IN_INDEX");
	MYSQL_ROW row;
	struct myi_index *ix = NULL;
	struct myi_table *was = NULL;
	const char *was_name = NULL;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct myi_table *t = myi_table_of(p, row[8], row[0]);
		if (!t)
			continue;
		/* by table and name, not SEQ_IN_INDEX: a row of another index
		 * (a table named in another case, once) is not this one's */
		if (t != was || strcmp(was_name, row[1]) != 0) {
			if (ix)
				myi_place_index(p, ix);
			ix = NULL;
			was = t;
			was_name = myi_str(p, row[1]);
			if (!myi_index_type_ok(p, t, row))
				continue;
			ix = ARENA_NEW(p->a, struct myi_index);
			ix->t = t;
			ix->name = myi_str(p, row[1]);
			ix->unique = strcmp(row[2], "0") == 0;
			ix->plain = true;
			ix->tail = &ix->elems;
			ix->ltail = &ix->lengths;
		}
		if (ix)
			myi_index_elem(p, ix, row);
	}
	if (ix)
		myi_place_index(p, ix);
	my.mysql_free_result(res);
	return true;
}

/* ---- the whole ---- */

/* The columns, less the expression indexes' own; a generated column the
 * language cannot say, or a collation of a column's own, is warned. */
static void myi_finish_table(struct myi *p, struct myi_table *t)
{
	struct column **tail = &t->op->u.table.columns;
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		struct myi_col *mc = &t->cols[i];
		if (mc->used)
			continue;
		if (mc->gen)
			myi_warn(p, "column '%s.%s' is generated (AS (%s) %s); it is left as a plain "
				 "column", t->shown, mc->c->name.name, mc->gen,
				 mc->virtual_gen ? "VIRTUAL" : "STORED");
		if (mc->collation && t->collation && strcmp(mc->collation, t->collation) != 0)
			myi_warn(p, "column '%s.%s' has a collation of its own (%s); left out",
				 t->shown, mc->c->name.name, mc->collation);
		*tail = mc->c;
		tail = &mc->c->next;
		t->op->u.table.ncolumns++;
	}
	*tail = NULL;
}

/* ---- views and triggers ---- */

/* A view's definition as the server keeps it (every name under its
 * database: `db`.`t`.`c`) as a fragment: the database's own name off. */
static const char *myi_view_sql(struct myi *p, const char *def)
{
	const struct sqlscan_flavor *fl = &dialect_mysql.native;
	struct sbuf sb = SBUF_INIT, v = SBUF_INIT;
	struct sqlscan sc;
	struct sqltok t, dot;
	size_t done = 0, n = strlen(def);

	sqlscan_init(&sc, fl, def, n);
	while (sqlscan_next(&sc, &t)) {
		if (!sqltok_is_name(fl, def, &t))
			continue;
		sbuf_reset(&v);
		sqltok_value(fl, def, &t, &v);
		if (strcmp(sbuf_str(&v), p->database) != 0 || t.start + t.len >= n ||
		    def[t.start + t.len] != '.')
			continue;
		sqlscan_next(&sc, &dot);	/* the '.' */
		sbuf_add(&sb, def + done, t.start - done);
		done = dot.start + dot.len;
	}
	sbuf_add(&sb, def + done, n - done);
	def = myi_fragment(p, sbuf_str(&sb));
	sbuf_release(&sb);
	sbuf_release(&v);
	return def;
}

static bool myi_views(struct myi *p)
{
	MYSQL_RES *res = myi_query_in(p, "SELECT TABLE_NAME, VIEW_DEFINITION, TABLE_SCHEMA FROM "
				      "information_schema.VIEWS WHERE TABLE_SCHEMA IN ",
				      " ORDER BY TABLE_SCHEMA <> DATABASE(), BINARY TABLE_SCHEMA, "
				      "BINARY TABLE_NAME");
	MYSQL_ROW row;

	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct qname q = myi_qn(p, row[2], row[0]);
		ir_oplist_append(&p->views, ir_new_view(p->a, OP_CREATE_VIEW, my_no_span, q,
							myi_view_sql(p, row[1] ? row[1] : ""),
							my_no_span, false, NULL, 0, false));
	}
	my.mysql_free_result(res);
	res = myi_query_in(p, "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, "
			   "EVENT_OBJECT_TABLE, ACTION_STATEMENT, TRIGGER_SCHEMA FROM "
			   "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN ",
			   " ORDER BY TRIGGER_SCHEMA <> DATABASE(), BINARY TRIGGER_SCHEMA, "
			   "BINARY EVENT_OBJECT_TABLE, ACTION_ORDER");
	if (!res)
		return false;
	while ((row = my.mysql_fetch_row(res)) != NULL) {
		struct sbuf sql = SBUF_INIT;
		struct qname table = myi_qn(p, row[5], row[3]);
		struct ident name = { myi_str(p, row[0]), my_no_span, NULL };
		/* another database's trigger is named in it, as its table */
		sbuf_adds(&sql, "CREATE TRIGGER ");
		if (table.schema) {
			dialect_quote_ident(&dialect_mysql, &sql, table.schema);
			sbuf_addc(&sql, '.');
		}
		dialect_quote_ident(&dialect_mysql, &sql, row[0]);
		sbuf_addf(&sql, " %s %s ON ", row[1], row[2]);
		if (table.schema) {
			dialect_quote_ident(&dialect_mysql, &sql, table.schema);
			sbuf_addc(&sql, '.');
		}
		dialect_quote_ident(&dialect_mysql, &sql, row[3]);
		sbuf_addf(&sql, " FOR EACH ROW %s", row[4] ? row[4] : "");
		ir_oplist_append(&p->views, ir_new_trigger(p->a, OP_CREATE_TRIGGER, my_no_span,
							   name, table,
							   arena_strdup(p->a, sbuf_str(&sql)),
							   my_no_span));
		sbuf_release(&sql);
	}
	my.mysql_free_result(res);
	return true;
}

static bool myi_others(struct myi *p)
{
	static const char *const queries[][2] = {
		{ "SELECT CONCAT(LOWER(ROUTINE_TYPE), ' ''', IF(ROUTINE_SCHEMA = DATABASE(), '', "
		  "CONCAT(ROUTINE_SCHEMA, '.')), ROUTINE_NAME, ''' is not part of the model; left "
		  "out') FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN ",
		  " ORDER BY BINARY ROUTINE_SCHEMA, BINARY ROUTINE_NAME" },
		{ "SELECT CONCAT('event ''', IF(EVENT_SCHEMA = DATABASE(), '', CONCAT(EVENT_SCHEMA, "
		  "'.')), EVENT_NAME, ''' is not part of the model; left out') "
		  "FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ",
		  " ORDER BY BINARY EVENT_SCHEMA, BINARY EVENT_NAME" },
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(queries); i++) {
		MYSQL_RES *res = myi_query_in(p, queries[i][0], queries[i][1]);
		MYSQL_ROW row;
		if (!res)
			return false;
		while ((row = my.mysql_fetch_row(res)) != NULL)
			myi_warn(p, "%s", row[0] ? row[0] : "");
		my.mysql_free_result(res);
	}
	return true;
}

static bool my_introspect(struct db *db, const char *version_schema, const char *version_table,
			  const char *const *schemas, size_t nschemas, struct sbuf *out,
			  struct sbuf *warn, struct sbuf *err)
{
	struct myi p;
	size_t i;
	bool ok;

	memset(&p, 0, sizeof(p));
	p.db = db;
	p.a = arena_new();
	p.warn = warn;
	p.err = err;
	p.vschema = version_schema;
	p.vtable = version_table;
	p.asked = schemas;
	p.nasked = nschemas;
	p.by_name = strmap_new(0);
	p.fk_names = strmap_new(0);
	ok = myi_server(&p) && myi_schemas(&p) && myi_tables(&p) && myi_columns(&p) && myi_checks(&p) &&
	     myi_foreign_keys(&p) && myi_indexes(&p);
	for (i = 0; ok && i < p.ntables; i++)
		myi_finish_table(&p, p.tables[i]);
	ok = ok && myi_views(&p) && myi_others(&p);
	if (ok)
		irwrite_ops(out, &p.schemas, 0);
	for (i = 0; ok && i < p.ntables; i++) {
		irwrite_op(out, p.tables[i]->op, 0);
		irwrite_ops(out, &p.tables[i]->indexes, 0);
		sbuf_addc(out, '\n');
	}
	if (ok)
		irwrite_ops(out, &p.views, 0);
	for (i = 0; i < p.ntables; i++) {
		strmap_free(p.tables[i]->by_col);
		strmap_free(p.tables[i]->fk_index);
	}
	strmap_free(p.by_name);
	strmap_free(p.fk_names);
	arena_free(p.a);
	return ok;
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
	.introspect = my_introspect,
};
