/* The SQLite driver, always built in: libsqlite3 on a file (or memory).
 * The lock is SQLite's own: the connection takes the write lock with
 * BEGIN IMMEDIATE, then switches to exclusive locking mode, in which it
 * keeps the lock across the script's own transactions until unlock or
 * exit.  Introspection reads the pragmas and the stored CREATE statements. */
#include "runner.h"
#include "arena.h"
#include "dialect.h"
#include "ir.h"
#include "irwrite.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
		const char *slash = strrchr(path, '/');
		struct stat st;
		if (sqlite3_errcode(db->h) == SQLITE_CANTOPEN && slash && slash != path) {
			/* the folder first: SQLite makes a file, never a folder */
			char *dir = xstrdup(path);
			dir[slash - path] = '\0';
			if (stat(dir, &st) != 0)
				sbuf_addf(err, "no folder %s for the database file %s", dir, path);
			else if (!S_ISDIR(st.st_mode))
				sbuf_addf(err, "%s, the database file's folder, is not a folder", dir);
			free(dir);
		}
		if (!err->len && !create && sqlite3_errcode(db->h) == SQLITE_CANTOPEN)
			sbuf_addf(err, "no database file %s", path);
		else if (!err->len)
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

/* ---- introspect: the stored CREATE statements as a schema file ----
 * SQLite's pragmas say each column's declared type, NOT NULL and default,
 * but not what a constraint is called, a CHECK's text, a foreign key's
 * deferral or AUTOINCREMENT: those are in the CREATE TABLE text
 * sqlite_master keeps as written, which the SQL scanner reads.  The
 * declared type decides the generic type (the sqlite dialect's spellings,
 * backwards); an expression default, which the dialect writes in
 * parentheses, comes back as raw SQL, a literal as itself.  Comments were
 * SQL comments outside the statements, and are gone. */

/* A statement's tokens but its comments (which stay in the text between
 * them, the SQL's own). */
struct sq_toks {
	const char *text;
	struct sqltok *v;
	size_t n, cap;
};

struct sqi_table {
	const char *name;
	struct op *op;			/* its create_table */
	struct column **ctail;
	struct constraint **ktail;
	const char *autoinc;		/* the column declared PRIMARY KEY AUTOINCREMENT */
	struct oplist indexes;
	struct strmap *cols;		/* folded name (sqi_fold) -> struct column */
};

struct sqi {
	struct db *db;
	struct arena *a;
	struct sbuf *warn, *err;
	const char *vtable;
	struct sqi_table **tables;
	size_t ntables, cap;
	struct strmap *by_name;		/* folded name (sqi_fold) -> struct sqi_table */
	struct oplist views;		/* create_view, then create_trigger */
};

static const struct span sq_no_span;

/* A warning: one line in the caller's list. */
#define sqi_warn(p, ...) sbuf_addlinef((p)->warn, __VA_ARGS__)

/* A name as a key of the maps: SQLite compares names without case (ASCII
 * only, as sqlite3_stricmp does), the maps with it. */
static const char *sqi_fold(struct sqi *p, const char *name)
{
	char *s = arena_strdup(p->a, name);
	char *c;

	for (c = s; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return s;
}

/* ---- tokens ---- */

/* The statement cut by the one SQL scanner, in SQLite's flavor. */
static void sq_tokenize(const char *s, struct sq_toks *t)
{
	struct sqlscan sc;
	struct sqltok k;

	t->text = s;
	sqlscan_init(&sc, &dialect_sqlite.native, s, strlen(s));
	while (sqlscan_next(&sc, &k)) {
		if (k.kind == SQLTOK_LINE_COMMENT || k.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		XGROW(t->v, t->cap, t->n + 1);
		t->v[t->n++] = k;
	}
}

static bool sq_is(const struct sq_toks *t, size_t i, enum sqltok_kind kind)
{
	return i < t->n && t->v[i].kind == kind;
}

/* A string in plain quotes ('x', not X'..'). */
static bool sq_string(const struct sq_toks *t, size_t i)
{
	return sq_is(t, i, SQLTOK_STRING) && t->text[t->v[i].start] == '\'';
}

static bool sq_kw(const struct sq_toks *t, size_t i, const char *kw)
{
	return i < t->n && sqltok_word(t->text, &t->v[i], kw);
}

static bool sq_punct(const struct sq_toks *t, size_t i, char c)
{
	return i < t->n && sqltok_punct(t->text, &t->v[i], c);
}

/* The ')' that closes the '(' at open (t->n when none does). */
static size_t sq_paren_end(const struct sq_toks *t, size_t open)
{
	size_t i;
	int depth = 0;

	for (i = open; i < t->n; i++) {
		if (sq_punct(t, i, '('))
			depth++;
		else if (sq_punct(t, i, ')') && --depth == 0)
			return i;
	}
	return t->n;
}

/* The comma at depth 0 that ends the element starting at i, or end. */
static size_t sq_elem_end(const struct sq_toks *t, size_t i, size_t end)
{
	for (; i < end && !sq_punct(t, i, ','); i++)
		if (sq_punct(t, i, '(')) {
			i = sq_paren_end(t, i);
			if (i >= end)
				return end;
		}
	return i;
}

/* The source text from token i to token j, and what follows j up to the
 * next token (a comment in raw SQL is the SQL's own), less trailing blanks,
 * as the migration's fragments are written ([x] is "x"). */
static char *sq_text(struct sqi *p, const struct sq_toks *t, size_t i, size_t j)
{
	const char *b, *e;
	struct sbuf sb = SBUF_INIT;
	char *r;

	if (i > j || j >= t->n)
		return arena_strdup(p->a, "");
	b = t->text + t->v[i].start;
	e = j + 1 < t->n ? t->text + t->v[j + 1].start : t->text + strlen(t->text);
	while (e > t->text + t->v[j].start + t->v[j].len &&
	       (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		e--;
	sqlscan_respell(&dialect_sqlite.native, &dialect_sqlite.rules.sql, &sb, b, (size_t)(e - b),
			false);
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* A quoted token's content, its doubled quotes single again. */
static char *sq_unquote(struct sqi *p, const struct sq_toks *t, size_t i)
{
	struct sbuf sb = SBUF_INIT;
	char *r;

	sqltok_value(&dialect_sqlite.native, t->text, &t->v[i], &sb);
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

static const char *sq_name(struct sqi *p, const struct sq_toks *t, size_t i)
{
	if (i >= t->n)
		return "";
	if (sq_is(t, i, SQLTOK_NAME) || sq_string(t, i))
		return sq_unquote(p, t, i);
	return arena_strndup(p->a, t->text + t->v[i].start, t->v[i].len);
}

/* ---- values ---- */

/* One pair of parentheses around the whole of t[i..j] comes off. */
static char *sq_unwrapped(struct sqi *p, const struct sq_toks *t, size_t i, size_t j)
{
	if (i < j && sq_punct(t, i, '(') && sq_paren_end(t, i) == j)
		return sq_text(p, t, i + 1, j - 1);
	return sq_text(p, t, i, j);
}

/* A DEFAULT clause's text as written: a literal is itself (NULL too: the
 * table says DEFAULT NULL), an expression (the dialect writes it in
 * parentheses, CURRENT_TIMESTAMP and friends bare) is raw SQL. */
static struct value *sqi_default(struct sqi *p, const char *s)
{
	struct sq_toks t = { NULL, NULL, 0, 0 };
	struct value *v = NULL;
	enum value_kind kind = VAL_SQL;
	const char *text = s;

	if (!s)
		return NULL;
	sq_tokenize(s, &t);
	if (t.n == 1 && sq_kw(&t, 0, "NULL")) {
		kind = VAL_NULL;	/* said so: DEFAULT NULL */
		text = NULL;
	} else if (t.n == 1 && (sq_kw(&t, 0, "TRUE") || sq_kw(&t, 0, "FALSE"))) {
		kind = sq_kw(&t, 0, "TRUE") ? VAL_TRUE : VAL_FALSE;
		text = NULL;
	} else if (t.n == 1 && sq_string(&t, 0)) {
		kind = VAL_STRING;
		text = sq_unquote(p, &t, 0);
	} else if (t.n >= 1 && t.n <= 2 && sq_is(&t, t.n - 1, SQLTOK_NUMBER) &&
		   (t.n == 1 || sq_punct(&t, 0, '-') || sq_punct(&t, 0, '+'))) {
		text = arena_printf(p->a, "%s%.*s", sq_punct(&t, 0, '-') ? "-" : "",
				    (int)t.v[t.n - 1].len, t.text + t.v[t.n - 1].start);
		kind = util_is_number(text, strlen(text)) ? VAL_NUMBER : VAL_SQL;
		text = kind == VAL_NUMBER ? text : s;
	} else if (t.n) {
		text = sq_unwrapped(p, &t, 0, t.n - 1);
	}
	v = ir_new_value(p->a, kind, text ? arena_strdup(p->a, text) : NULL, sq_no_span);
	free(t.v);
	return v;
}

/* ---- types ---- */

/* NAME, NAME(a) or NAME(a, b), any case: how many arguments, -1 when
 * decl is not NAME at all. */
static int sq_type_args(const char *decl, const char *name, long *a, long *b)
{
	size_t n = strlen(name);
	const char *s = decl + n;
	char *end;
	int nargs = 1;

	if (sqlite3_strnicmp(decl, name, (int)n) != 0)
		return -1;
	while (*s == ' ')
		s++;
	if (!*s)
		return 0;
	if (*s != '(')
		return -1;
	*a = strtol(s + 1, &end, 10);
	while (*end == ' ')
		end++;
	if (*end == ',') {
		*b = strtol(end + 1, &end, 10);
		nargs = 2;
		while (*end == ' ')
			end++;
	}
	return end[0] == ')' && end[1] == '\0' ? nargs : -1;
}

static void sqi_type(const char *decl, struct type *t)
{
	static const struct { const char *name; enum type_kind kind; } plain[] = {
		{ "INTEGER", TY_INTEGER }, { "BIGINT", TY_BIGINT }, { "SMALLINT", TY_SMALLINT },
		{ "BOOLEAN", TY_BOOLEAN }, { "FLOAT", TY_FLOAT }, { "DOUBLE", TY_DOUBLE },
		{ "TEXT", TY_TEXT }, { "DATE", TY_DATE }, { "TIME", TY_TIME },
		{ "DATETIME", TY_DATETIME }, { "BLOB", TY_BINARY }, { "JSON", TY_JSON },
	};
	long a = -1, b = -1;
	size_t i;
	int n;

	memset(t, 0, sizeof(*t));
	t->length = -1;
	t->precision = -1;
	t->scale = TYPE_NO_SCALE;
	for (i = 0; i < ARRAY_LEN(plain); i++) {
		if (sqlite3_stricmp(decl, plain[i].name) == 0) {
			t->kind = plain[i].kind;
			return;
		}
	}
	if ((n = sq_type_args(decl, "NUMERIC", &a, &b)) >= 0) {
		t->kind = TY_NUMERIC;
		t->precision = n >= 1 ? (int)a : -1;
		t->scale = n == 2 ? (int)b : TYPE_NO_SCALE;
	} else if ((n = sq_type_args(decl, "VARCHAR", &a, &b)) >= 0 && n < 2) {
		t->kind = TY_STRING;
		t->length = n ? a : -1;
	} else if ((n = sq_type_args(decl, "CHAR", &a, &b)) >= 0 && n < 2) {
		t->kind = TY_CHAR;
		t->length = n ? a : -1;
	} else {
		t->kind = TY_RAW;
		t->raw = decl;
	}
}

/* ---- CREATE TABLE: constraints ---- */

static struct constraint *sqi_con(struct sqi *p, enum constraint_kind kind, const char *name)
{
	struct constraint *k = ARENA_NEW(p->a, struct constraint);

	k->kind = kind;
	k->deferrable = -1;
	k->ref.deferrable = -1;
	if (name)
		k->name = *ir_new_ident(p->a, name, sq_no_span);
	return k;
}

static void sqi_add_con(struct sqi_table *t, struct constraint *k)
{
	*t->ktail = k;
	t->ktail = &k->next;
	t->op->u.table.nconstraints++;
}

/* (a, b COLLATE x DESC, ...): each element's first token is its column. */
static size_t sq_name_list(struct sqi *p, const struct sq_toks *t, size_t open,
			   struct identlist *out)
{
	size_t close = sq_paren_end(t, open), i = open + 1;

	while (i < close) {
		ir_identlist_append(out, ir_new_ident(p->a, sq_name(p, t, i), sq_no_span));
		i = sq_elem_end(t, i, close) + 1;
	}
	return close + 1;
}

static enum fk_action sq_action(const struct sq_toks *t, size_t *i)
{
	size_t k = *i;

	*i += 1;
	if (sq_kw(t, k, "CASCADE"))
		return FK_ACTION_CASCADE;
	if (sq_kw(t, k, "RESTRICT"))
		return FK_ACTION_RESTRICT;
	*i += 1;
	if (sq_kw(t, k, "SET") && sq_kw(t, k + 1, "NULL"))
		return FK_ACTION_SET_NULL;
	if (sq_kw(t, k, "SET") && sq_kw(t, k + 1, "DEFAULT"))
		return FK_ACTION_SET_DEFAULT;
	return FK_ACTION_NO_ACTION;
}

/* REFERENCES t [(cols)] [ON DELETE|UPDATE ...] [MATCH x] [[NOT] DEFERRABLE
 * [INITIALLY ...]], from the REFERENCES at i; returns what follows. */
static size_t sqi_fk_tail(struct sqi *p, const struct sq_toks *t, size_t i, size_t end,
			  struct fkref *r)
{
	r->table.name = sq_name(p, t, ++i);
	if (sq_punct(t, ++i, '('))
		i = sq_name_list(p, t, i, &r->columns);
	while (i < end) {
		if (sq_kw(t, i, "ON") && sq_kw(t, i + 1, "DELETE")) {
			i += 2;
			r->on_delete = sq_action(t, &i);
		} else if (sq_kw(t, i, "ON") && sq_kw(t, i + 1, "UPDATE")) {
			i += 2;
			r->on_update = sq_action(t, &i);
		} else if (sq_kw(t, i, "MATCH")) {
			i += 2;
		} else if (sq_kw(t, i, "NOT") && sq_kw(t, i + 1, "DEFERRABLE")) {
			r->deferrable = 0;
			i += 2;
		} else if (sq_kw(t, i, "DEFERRABLE")) {
			r->deferrable = 1;
			i++;
		} else if (sq_kw(t, i, "INITIALLY")) {
			r->initially = sq_kw(t, i + 1, "DEFERRED") ? FK_INITIALLY_DEFERRED :
				       FK_INITIALLY_IMMEDIATE;
			i += 2;
		} else {
			break;
		}
	}
	return i;
}

/* A column's referenced columns where REFERENCES named none: the other
 * table's primary key, which is what SQLite compares with. */
static bool sqi_pk_columns(struct sqi *p, const char *table, struct identlist *out)
{
	sqlite3_stmt *st = NULL;
	const char **cols = NULL;
	size_t n = 0, cap = 0, i;
	int rc;

	if (sqlite3_prepare_v2(p->db->h, "SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 "
			       "ORDER BY pk", -1, &st, NULL) != SQLITE_OK) {
		set_error(p->db, p->err);
		return false;
	}
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		XGROW(cols, cap, n + 1);
		cols[n++] = arena_strdup(p->a, (const char *)sqlite3_column_text(st, 0));
	}
	if (rc != SQLITE_DONE)
		set_error(p->db, p->err);
	sqlite3_finalize(st);
	for (i = 0; i < n; i++)
		ir_identlist_append(out, ir_new_ident(p->a, cols[i], sq_no_span));
	free(cols);
	return rc == SQLITE_DONE;
}

static struct column *sqi_column(struct sqi *p, struct sqi_table *tb, const char *name)
{
	return strmap_get(tb->cols, sqi_fold(p, name));
}

/* The values of `col IN ('a', 'b', ...)` (col is the first token). */
static bool sq_in_list(struct sqi *p, const struct sq_toks *t, struct valuelist *out)
{
	size_t i = 3;

	if (t->n < 5 || (!sq_is(t, 0, SQLTOK_WORD) && !sq_is(t, 0, SQLTOK_NAME)) ||
	    !sq_kw(t, 1, "IN") ||
	    !sq_punct(t, 2, '(') || sq_paren_end(t, 2) != t->n - 1)
		return false;
	for (;;) {
		if (!sq_string(t, i))
			return false;
		ir_valuelist_append(out, ir_new_value(p->a, VAL_STRING, sq_unquote(p, t, i),
						      sq_no_span));
		if (i + 1 == t->n - 1)
			return true;
		if (!sq_punct(t, i + 1, ',') || i + 2 >= t->n - 1)
			return false;
		i += 2;
	}
}

/* An unnamed CHECK (col IN ('a', ...)) on a VARCHAR as long as the longest
 * value: what the dialect makes of enum ('a', ...), which it goes back to. */
static bool sqi_inline_enum(struct sqi *p, struct sqi_table *tb, const char *check)
{
	struct sq_toks t = { NULL, NULL, 0, 0 };
	struct valuelist values = { NULL, NULL, 0 };
	struct column *col = NULL;
	struct type ty;
	bool ok;

	sq_tokenize(check, &t);
	ok = sq_in_list(p, &t, &values) && (col = sqi_column(p, tb, sq_name(p, &t, 0))) != NULL &&
	     col->type.kind == TY_STRING;
	free(t.v);
	if (!ok)
		return false;
	memset(&ty, 0, sizeof(ty));
	ty.kind = TY_ENUM;
	ty.length = -1;
	ty.precision = -1;
	ty.scale = TYPE_NO_SCALE;
	ty.enum_values = values;
	if ((long)dialect_enum_length(&ty) != col->type.length)
		return false;
	col->type = ty;
	return true;
}

/* The constraint at t[i] (its CONSTRAINT name already read) for the table,
 * or for the column `col` (its clauses name no columns); returns what
 * follows it. */
static size_t sqi_constraint(struct sqi *p, struct sqi_table *tb, const struct sq_toks *t,
			     size_t i, size_t end, const char *name, const char *col)
{
	struct constraint *k;
	size_t close;

	if (sq_kw(t, i, "CHECK") && sq_punct(t, i + 1, '(')) {
		close = sq_paren_end(t, i + 1);
		k = sqi_con(p, CON_CHECK, name);
		k->check = sq_text(p, t, i + 2, close - 1);
		if (name || !sqi_inline_enum(p, tb, k->check))
			sqi_add_con(tb, k);
		return close + 1;
	}
	if (sq_kw(t, i, "PRIMARY") || sq_kw(t, i, "UNIQUE")) {
		k = sqi_con(p, sq_kw(t, i, "UNIQUE") ? CON_UNIQUE : CON_PRIMARY_KEY, name);
		i += k->kind == CON_PRIMARY_KEY ? 2 : 1;
		if (col)
			ir_identlist_append(&k->columns, ir_new_ident(p->a, col, sq_no_span));
		else if (sq_punct(t, i, '('))
			i = sq_name_list(p, t, i, &k->columns);
		sqi_add_con(tb, k);
		return i;
	}
	if (sq_kw(t, i, "FOREIGN") && sq_punct(t, i + 2, '(')) {
		k = sqi_con(p, CON_FOREIGN_KEY, name);
		i = sq_name_list(p, t, i + 2, &k->columns);
		if (!sq_kw(t, i, "REFERENCES"))
			return end;
		i = sqi_fk_tail(p, t, i, end, &k->ref);
		sqi_add_con(tb, k);
		return i;
	}
	if (sq_kw(t, i, "REFERENCES") && col) {
		k = sqi_con(p, CON_FOREIGN_KEY, name);
		ir_identlist_append(&k->columns, ir_new_ident(p->a, col, sq_no_span));
		i = sqi_fk_tail(p, t, i, end, &k->ref);
		sqi_add_con(tb, k);
		return i;
	}
	return i + 1;
}

/* ---- CREATE TABLE: columns ---- */

/* The words that start a column constraint (or end its type). */
static bool sq_clause(const struct sq_toks *t, size_t i)
{
	static const char *const words[] = {
		"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE",
		"REFERENCES", "GENERATED", "AS",
	};
	size_t k;

	for (k = 0; k < ARRAY_LEN(words); k++)
		if (sq_kw(t, i, words[k]))
			return true;
	return false;
}

/* PRIMARY KEY at i, with AUTOINCREMENT before the next clause. */
static bool sq_autoincrement(const struct sq_toks *t, size_t i, size_t end)
{
	for (i += 2; i < end && !sq_clause(t, i); i++)
		if (sq_kw(t, i, "AUTOINCREMENT"))
			return true;
	return false;
}

/* DEFAULT's value, from t[i]: the pragma gives its text without the
 * parentheses that tell an expression from a literal. */
static size_t sqi_column_default(struct sqi *p, struct sqi_table *tb, const struct sq_toks *t,
				 size_t i, size_t end, const char *col)
{
	struct column *c = sqi_column(p, tb, col);
	size_t j = i;

	if (sq_kw(t, i, "NULL"))
		j = i + 1;
	else if (sq_punct(t, i, '('))
		j = sq_paren_end(t, i) + 1;
	else
		while (j < end && !sq_clause(t, j))
			j++;
	if (c && j > i && j <= end)
		c->server_default = sqi_default(p, sq_text(p, t, i, j - 1));
	return j > i ? j : i + 1;
}

/* A column definition, t[i] being its name: the constraints in it (the
 * pragmas told the rest). */
static void sqi_column_def(struct sqi *p, struct sqi_table *tb, const struct sq_toks *t,
			   size_t i, size_t end)
{
	const char *col = sq_name(p, t, i), *name = NULL;

	for (i++; i < end;) {
		if (sq_kw(t, i, "CONSTRAINT")) {
			name = sq_name(p, t, i + 1);
			i += 2;
			continue;
		}
		/* a name is the next clause's: one the model keeps no name of
		 * (NOT NULL, DEFAULT, COLLATE...) takes it with it */
		if (sq_clause(t, i) && !sq_kw(t, i, "PRIMARY") && !sq_kw(t, i, "UNIQUE") &&
		    !sq_kw(t, i, "CHECK") && !sq_kw(t, i, "REFERENCES"))
			name = NULL;
		if (sq_kw(t, i, "DEFAULT")) {
			i = sqi_column_default(p, tb, t, i + 1, end, col);
			continue;
		}
		if (sq_kw(t, i, "PRIMARY") && sq_autoincrement(t, i, end))
			tb->autoinc = col;
		if (sq_kw(t, i, "COLLATE"))
			sqi_warn(p, "column '%s.%s' has a collation (COLLATE %s); left out", tb->name,
				 col, sq_name(p, t, i + 1));
		if (sq_kw(t, i, "PRIMARY") || sq_kw(t, i, "UNIQUE") || sq_kw(t, i, "CHECK") ||
		    sq_kw(t, i, "REFERENCES")) {
			i = sqi_constraint(p, tb, t, i, end, name, col);
			name = NULL;
			continue;
		}
		if (sq_punct(t, i, '('))
			i = sq_paren_end(t, i);
		i++;
	}
}

static void sqi_definition(struct sqi *p, struct sqi_table *tb, const struct sq_toks *t,
			   size_t i, size_t end)
{
	const char *name = NULL;

	if (sq_kw(t, i, "CONSTRAINT")) {
		name = sq_name(p, t, i + 1);
		i += 2;
	}
	if (sq_kw(t, i, "PRIMARY") || sq_kw(t, i, "UNIQUE") || sq_kw(t, i, "CHECK") ||
	    sq_kw(t, i, "FOREIGN"))
		sqi_constraint(p, tb, t, i, end, name, NULL);
	else if (!name && i < end)
		sqi_column_def(p, tb, t, i, end);
}

/* The constraints of the table's stored CREATE TABLE, and what follows
 * its column list. */
static void sqi_parse_table(struct sqi *p, struct sqi_table *tb, const char *sql)
{
	struct sq_toks t = { NULL, NULL, 0, 0 };
	size_t open, close, i;

	sq_tokenize(sql, &t);
	for (open = 0; open < t.n && !sq_punct(&t, open, '('); open++)
		;
	close = sq_paren_end(&t, open);
	if (close >= t.n) {
		sqi_warn(p, "table '%s': its CREATE TABLE could not be read; its constraints "
			 "are left out", tb->name);
		free(t.v);
		return;
	}
	for (i = open + 1; i < close;) {
		size_t e = sq_elem_end(&t, i, close);
		sqi_definition(p, tb, &t, i, e);
		i = e + 1;
	}
	for (i = close + 1; i < t.n; i++)
		if (sq_kw(&t, i, "WITHOUT") || sq_kw(&t, i, "STRICT"))
			sqi_warn(p, "table '%s' is %s; left out", tb->name,
				 sq_kw(&t, i, "STRICT") ? "STRICT" : "WITHOUT ROWID");
	free(t.v);
}

/* ---- tables ---- */

static bool sqi_prepare(struct sqi *p, const char *sql, const char *arg, sqlite3_stmt **st)
{
	if (sqlite3_prepare_v2(p->db->h, sql, -1, st, NULL) != SQLITE_OK) {
		set_error(p->db, p->err);
		return false;
	}
	if (arg)
		sqlite3_bind_text(*st, 1, arg, -1, SQLITE_STATIC);
	return true;
}

static const char *sqi_col_text(struct sqi *p, sqlite3_stmt *st, int i)
{
	const unsigned char *v = sqlite3_column_text(st, i);

	return v ? arena_strdup(p->a, (const char *)v) : NULL;
}

static bool sqi_done(struct sqi *p, sqlite3_stmt *st, int rc)
{
	if (rc != SQLITE_DONE)
		set_error(p->db, p->err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

static struct column *sqi_new_column(struct sqi *p, struct sqi_table *tb, sqlite3_stmt *st)
{
	struct column *c = ARENA_NEW(p->a, struct column);
	const char *decl = sqi_col_text(p, st, 1);
	int hidden = sqlite3_column_int(st, 4);

	c->name = *ir_new_ident(p->a, sqi_col_text(p, st, 0), sq_no_span);
	if (!decl || !*decl) {	/* the language has no empty type: BLOB's affinity is none */
		sqi_warn(p, "column '%s.%s' has no declared type; it is left as binary (BLOB, "
			 "the same affinity)", tb->name, c->name.name);
		decl = "BLOB";
	}
	sqi_type(decl, &c->type);
	c->nullable = sqlite3_column_int(st, 2) ? NULLABLE_NO : NULLABLE_UNSET;
	if (hidden == 2 || hidden == 3)
		sqi_warn(p, "column '%s.%s' is a generated column (%s); it is left as a plain "
			 "column", tb->name, c->name.name, hidden == 3 ? "STORED" : "VIRTUAL");
	else
		c->server_default = sqi_default(p, sqi_col_text(p, st, 3));
	return c;
}

static bool sqi_columns(struct sqi *p, struct sqi_table *tb)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (!sqi_prepare(p, "SELECT name, type, \"notnull\", dflt_value, hidden "
			 "FROM pragma_table_xinfo(?)", tb->name, &st))
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct column *c = sqi_new_column(p, tb, st);
		strmap_put(tb->cols, sqi_fold(p, c->name.name), c);
		*tb->ctail = c;
		tb->ctail = &c->next;
		tb->op->u.table.ncolumns++;
	}
	return sqi_done(p, st, rc);
}

/* What the text alone could not say: the columns a bare REFERENCES t
 * means, and the AUTOINCREMENT column (an identity). */
static bool sqi_finish_table(struct sqi *p, struct sqi_table *tb)
{
	struct constraint *k;
	struct column *c;

	for (k = tb->op->u.table.constraints; k; k = k->next)
		if (k->kind == CON_FOREIGN_KEY && k->ref.columns.n == 0 &&
		    !sqi_pk_columns(p, k->ref.table.name, &k->ref.columns))
			return false;
	if (tb->autoinc && (c = sqi_column(p, tb, tb->autoinc)) != NULL) {
		/* retort's identity; its start is no longer to be read */
		c->autoincrement = true;
		c->identity.kind = IDENTITY_BY_DEFAULT;
	}
	return true;
}

static bool sqi_table(struct sqi *p, const char *name, const char *sql)
{
	struct sqi_table *tb = ARENA_NEW(p->a, struct sqi_table);
	struct qname q;

	memset(&q, 0, sizeof(q));
	q.name = name;
	tb->name = name;
	tb->op = ir_new_create_table(p->a, sq_no_span, q, NULL, NULL, NULL, NULL);
	tb->ctail = &tb->op->u.table.columns;
	tb->ktail = &tb->op->u.table.constraints;
	tb->cols = strmap_new(0);
	XGROW(p->tables, p->cap, p->ntables + 1);
	p->tables[p->ntables++] = tb;
	strmap_put(p->by_name, sqi_fold(p, name), tb);
	if (!sqi_columns(p, tb))
		return false;
	sqi_parse_table(p, tb, sql ? sql : "");
	return sqi_finish_table(p, tb);
}

/* The shadow tables of virtual tables (PRAGMA table_list, SQLite 3.37):
 * the virtual table's warning covers them. */
static bool sqi_shadow(struct sqi *p, const char *name)
{
	sqlite3_stmt *st = NULL;
	bool shadow = false;

	if (sqlite3_prepare_v2(p->db->h, "SELECT 1 FROM pragma_table_list WHERE schema = 'main' "
			       "AND name = ? AND type = 'shadow'", -1, &st, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return false;	/* an older SQLite: no way to tell */
	}
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	shadow = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return shadow;
}

/* CREATE [TEMP] VIEW [IF NOT EXISTS] name AS query: its query, a
 * fragment; NULL where it names its columns, which create_view cannot. */
static const char *sqi_view_query(struct sqi *p, const char *sql)
{
	struct sq_toks t = { 0 };
	const char *q = NULL;
	size_t i;

	sq_tokenize(sql, &t);
	for (i = 0; i < t.n && !sq_kw(&t, i, "VIEW"); i++)
		;
	if (sq_kw(&t, i + 1, "IF"))
		i += 3;		/* IF NOT EXISTS */
	i += sq_punct(&t, i + 2, '.') ? 3 : 1;	/* [schema.]name */
	if (sq_kw(&t, i + 1, "AS") && i + 2 < t.n)
		q = sq_text(p, &t, i + 2, t.n - 1);
	free(t.v);
	return q;
}


/* Whether the database has a view of that name (an INSTEAD OF trigger's). */
static bool sqi_is_view(struct sqi *p, const char *name)
{
	sqlite3_stmt *st;
	bool is = false;

	if (sqlite3_prepare_v2(p->db->h, "SELECT 1 FROM sqlite_master WHERE type = 'view' "
			       "AND name = ? COLLATE NOCASE", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	is = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return is;
}

static bool sqi_object(struct sqi *p, const char *type, const char *name, const char *table,
		       const char *sql)
{
	if (strcmp(type, "view") == 0) {
		const char *q = sql ? sqi_view_query(p, sql) : NULL;
		struct qname n = { NULL, name, sq_no_span };
		if (!q)
			sqi_warn(p, "view '%s' names its columns, which create_view cannot; left "
				 "out", name);
		else
			ir_oplist_append(&p->views, ir_new_view(p->a, OP_CREATE_VIEW, sq_no_span, n,
								q, sq_no_span, false, NULL, 0,
								false));
		return true;
	}
	if (strcmp(type, "trigger") == 0) {
		struct qname on = { NULL, table, sq_no_span };
		struct ident n = { name, sq_no_span, NULL };
		if (sqi_is_view(p, table)) {
			sqi_warn(p, "trigger '%s' on view '%s' is not part of the model; left out",
				 name, table);
			return true;
		}
		if (sqlite3_stricmp(table, p->vtable) != 0)
			ir_oplist_append(&p->views, ir_new_trigger(p->a, OP_CREATE_TRIGGER, sq_no_span,
								   n, on, sql ? sql : "",
								   sq_no_span));
		return true;
	}
	if (strcmp(type, "table") != 0) {
		sqi_warn(p, "%s '%s' is not part of the model; left out", type, name);
		return true;
	}
	if (sqlite3_stricmp(name, p->vtable) == 0 || sqi_shadow(p, name))
		return true;
	if (sql && sqlite3_strnicmp(sql, "CREATE VIRTUAL TABLE", 20) == 0) {
		sqi_warn(p, "virtual table '%s' is not part of the model; left out", name);
		return true;
	}
	return sqi_table(p, name, sql);
}

static bool sqi_objects(struct sqi *p)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (!sqi_prepare(p, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type <> "
			 "'index' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
			 NULL, &st))
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (!sqi_object(p, sqi_col_text(p, st, 0), sqi_col_text(p, st, 1),
				sqi_col_text(p, st, 2), sqi_col_text(p, st, 3))) {
			sqlite3_finalize(st);
			return false;
		}
	return sqi_done(p, st, rc);
}

/* ---- indexes ---- */

static struct sqi_table *sqi_find_table(struct sqi *p, const char *name)
{
	return strmap_get(p->by_name, sqi_fold(p, name));
}

/* ---- what the foreign keys reference ---- */

/* REFERENCES t names a table in any case, or one that is not there (SQLite
 * checks only when a row is written): each to the table as it is emitted,
 * else the key is left out, as the model could not load it. */
static void sqi_foreign_keys(struct sqi *p)
{
	size_t i;

	for (i = 0; i < p->ntables; i++) {
		struct sqi_table *tb = p->tables[i];
		struct constraint **kp = &tb->op->u.table.constraints;
		while (*kp) {
			struct constraint *k = *kp;
			struct sqi_table *to = k->kind == CON_FOREIGN_KEY ?
					       sqi_find_table(p, k->ref.table.name) : NULL;
			if (k->kind != CON_FOREIGN_KEY || to) {
				if (to)
					k->ref.table.name = to->name;
				kp = &k->next;
				continue;
			}
			if (k->name.name) {
				sqi_warn(p, "foreign key '%s' on '%s' references a table outside the "
					 "model ('%s'); left out", k->name.name, tb->name,
					 k->ref.table.name);
			} else {
				struct sbuf cols = SBUF_INIT;
				const struct ident *id;
				for (id = k->columns.head; id; id = id->next)
					sbuf_addf(&cols, "%s%s", id == k->columns.head ? "" : ", ",
						  id->name);
				sqi_warn(p, "foreign key (%s) on '%s' references a table outside the "
					 "model ('%s'); left out", sbuf_str(&cols), tb->name,
					 k->ref.table.name);
				sbuf_release(&cols);
			}
			*kp = k->next;
			tb->op->u.table.nconstraints--;
		}
		tb->ktail = kp;
	}
}

/* One element of an index's list, t[i..e): a column or an expression,
 * then COLLATE and ASC/DESC. */
static struct index_elem *sqi_index_elem(struct sqi *p, const struct sq_toks *t, size_t i,
					 size_t e, const char *index)
{
	struct index_elem *x = ARENA_NEW(p->a, struct index_elem);

	if (e > i && (sq_kw(t, e - 1, "ASC") || sq_kw(t, e - 1, "DESC"))) {
		x->order = sq_kw(t, e - 1, "ASC") ? SORT_ASC : SORT_DESC;
		e--;
	}
	if (e > i + 1 && sq_kw(t, e - 2, "COLLATE")) {
		sqi_warn(p, "index '%s' has a collation (COLLATE %s); left out of it", index,
			 sq_name(p, t, e - 1));
		e -= 2;
	}
	if (e == i + 1 && (sq_is(t, i, SQLTOK_WORD) || sq_is(t, i, SQLTOK_NAME)))
		x->column = *ir_new_ident(p->a, sq_name(p, t, i), sq_no_span);
	else
		x->expr = e > i ? sq_unwrapped(p, t, i, e - 1) : "";
	return x;
}

/* CREATE [UNIQUE] INDEX name ON table (elements) [WHERE predicate]. */
static void sqi_index(struct sqi *p, const char *name, const char *table, const char *sql)
{
	struct sqi_table *tb = sqi_find_table(p, table);
	struct sq_toks t = { NULL, NULL, 0, 0 };
	struct index_elem *elems = NULL, **tail = &elems;
	struct op *op;
	size_t open, close, i, last;

	if (!tb)
		return;		/* the version table's */
	sq_tokenize(sql, &t);
	for (open = 0; open < t.n && !sq_punct(&t, open, '('); open++)
		;
	close = sq_paren_end(&t, open);
	if (close >= t.n) {
		sqi_warn(p, "index '%s' on '%s' could not be read; left out", name, table);
		free(t.v);
		return;
	}
	for (i = open + 1; i < close; i = sq_elem_end(&t, i, close) + 1) {
		*tail = sqi_index_elem(p, &t, i, sq_elem_end(&t, i, close), name);
		tail = &(*tail)->next;
	}
	op = ir_new_create_index(p->a, sq_no_span, *ir_new_ident(p->a, name, sq_no_span),
				 tb->op->u.table.name, elems);
	op->u.index.unique = sq_kw(&t, 1, "UNIQUE");
	for (last = t.n; last > close + 1 && sq_punct(&t, last - 1, ';'); last--)
		;
	if (sq_kw(&t, close + 1, "WHERE") && last > close + 2)
		op->u.index.where = sq_text(p, &t, close + 2, last - 1);
	ir_oplist_append(&tb->indexes, op);
	free(t.v);
}

static bool sqi_indexes(struct sqi *p)
{
	sqlite3_stmt *st = NULL;
	int rc;

	/* an index a PRIMARY KEY or UNIQUE made has no sql: the constraint's */
	if (!sqi_prepare(p, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
			 "AND sql IS NOT NULL ORDER BY rowid", NULL, &st))
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		sqi_index(p, sqi_col_text(p, st, 0), sqi_col_text(p, st, 1),
			  sqi_col_text(p, st, 2));
	return sqi_done(p, st, rc);
}

/* ---- what a table copy would break ---- */

static bool sq_unknown_holder(struct db *db, const char *table, const char *const *known,
			      size_t nknown, struct sbuf *what, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	size_t i;

	if (sqlite3_prepare_v2(db->h, "SELECT type, name, tbl_name, sql FROM sqlite_master "
			       "WHERE type IN ('view', 'trigger') ORDER BY rowid", -1, &st,
			       NULL) != SQLITE_OK) {
		sbuf_adds(err, sqlite3_errmsg(db->h));
		sqlite3_finalize(st);
		return false;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *type = (const char *)sqlite3_column_text(st, 0);
		const char *name = (const char *)sqlite3_column_text(st, 1);
		const char *on = (const char *)sqlite3_column_text(st, 2);
		const char *sql = (const char *)sqlite3_column_text(st, 3);
		struct sqlscan sc;
		struct sqltok t;
		bool names = on && sqlite3_stricmp(on, table) == 0 && type[0] == 't';
		if (!type || !name)
			continue;
		for (i = 0; i < nknown && sqlite3_stricmp(known[i], name) != 0; i++)
			;
		if (i < nknown)
			continue;
		if (sql)
			for (sqlscan_init(&sc, &dialect_sqlite.native, sql, strlen(sql));
			     !names && sqlscan_next(&sc, &t);)
				names = sqltok_names(&dialect_sqlite.native, sql, &t, table);
		if (names) {
			sbuf_addf(what, "%s '%s'", type, name);
			break;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		sbuf_adds(err, sqlite3_errmsg(db->h));
		return false;
	}
	return true;
}

/* ---- the whole ---- */

static bool sq_introspect(struct db *db, const char *version_schema, const char *version_table,
			  const char *const *schemas, size_t nschemas, struct sbuf *out,
			  struct sbuf *warn, struct sbuf *err)
{
	struct sqi p;
	size_t i;
	bool ok;

	(void)version_schema;	/* SQLite has none (a schema is an error at its name) */
	(void)schemas;
	(void)nschemas;
	memset(&p, 0, sizeof(p));
	p.db = db;
	p.a = arena_new();
	p.warn = warn;
	p.err = err;
	p.vtable = version_table;
	p.by_name = strmap_new(0);
	ok = sqi_objects(&p) && sqi_indexes(&p);
	if (ok)
		sqi_foreign_keys(&p);
	for (i = 0; ok && i < p.ntables; i++) {
		irwrite_op(out, p.tables[i]->op, 0);
		irwrite_ops(out, &p.tables[i]->indexes, 0);
		sbuf_addc(out, '\n');
	}
	if (ok)	/* in the order they were made, as sqlite_master has them */
		irwrite_ops(out, &p.views, 0);
	for (i = 0; i < p.ntables; i++)
		strmap_free(p.tables[i]->cols);
	strmap_free(p.by_name);
	free(p.tables);
	arena_free(p.a);
	return ok;
}

/* SQLite's memory statistics off: kept, they take a lock shared by the
 * whole process on every allocation SQLite makes, 13% of a run of a
 * thousand revisions (where the sqlite3 shell then took 0.86 of retort's
 * time).  Only before SQLite is first used; a no-op after. */
static void sq_process_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
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
	.introspect = sq_introspect,
	.unknown_holder = sq_unknown_holder,
	.process_setup = sq_process_setup,
};
