/* The PostgreSQL driver, through libpq (built when pkg-config finds it).
 * The URL goes to libpq as it is, so every parameter libpq knows (host=
 * for a socket folder, sslmode, ...) works.  The lock is a session-level
 * advisory lock: the server drops it when the connection ends, however
 * the runner ended.  Introspection reads pg_catalog: current_schema() and
 * the schemas the caller names. */
#include "runner.h"
#include "arena.h"
#include "dialect.h"
#include "ir.h"
#include "irwrite.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <libpq-fe.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct db {
	PGconn *h;
};

/* libpq's functions, loaded when the first postgresql:// URL is opened
 * (util_load_library says why not at start). */
#define PQ_FUNCTIONS(X) \
	X(PQconnectdbParams) X(PQstatus) X(PQerrorMessage) X(PQfinish) \
	X(PQsetNoticeProcessor) X(PQexec) X(PQexecParams) X(PQresultStatus) \
	X(PQresultErrorField) X(PQclear) X(PQntuples) X(PQgetvalue) X(PQgetisnull) \
	X(PQescapeIdentifier) X(PQfreemem) X(PQtransactionStatus)
#define PQ_SLOT(f) __typeof__(f) *f;
#define PQ_NAME(f) #f,
#define PQ_ADDR(f) (void **)&pq.f,

static struct {
	PQ_FUNCTIONS(PQ_SLOT)
} pq;

static bool pq_load(struct sbuf *err)
{
	static const char *const names[] = { PQ_FUNCTIONS(PQ_NAME) };
	void **const slots[] = { PQ_FUNCTIONS(PQ_ADDR) };

	return pq.PQexec || util_load_library(RETORT_LIBPQ, names, slots,
					      sizeof(names) / sizeof(names[0]), err);
}

static void trim_newlines(struct sbuf *err)
{
	while (err->len && (err->buf[err->len - 1] == '\n' || err->buf[err->len - 1] == ' '))
		err->buf[--err->len] = '\0';
}

/* The server's primary message, and its detail where it gives one. */
static void result_error(struct db *db, PGresult *res, struct sbuf *err)
{
	const char *primary = res ? pq.PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *detail = res ? pq.PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;

	sbuf_reset(err);
	if (primary) {
		sbuf_adds(err, primary);
		if (detail)
			sbuf_addf(err, " (%s)", detail);
	} else {
		sbuf_adds(err, pq.PQerrorMessage(db->h));
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

	if (!pq_load(err))
		return NULL;

	/* libpq reads postgresql:// and postgres:// URIs; "+psycopg2" is not its */
	sbuf_addf(&uri, "postgresql://%s", u->after_scheme);
	vals[0] = sbuf_str(&uri);
	db = xcalloc(1, sizeof(*db));
	db->h = pq.PQconnectdbParams(keys, vals, 1);
	sbuf_release(&uri);
	if (!db->h || pq.PQstatus(db->h) != CONNECTION_OK) {
		sbuf_adds(err, db->h ? pq.PQerrorMessage(db->h) : "out of memory");
		trim_newlines(err);
		pq.PQfinish(db->h);
		free(db);
		return NULL;
	}
	pq.PQsetNoticeProcessor(db->h, ignore_notice, NULL);
	/* the dialect's session setup (UTF-8), whatever PGCLIENTENCODING says */
	for (const char *const *q = dialect_postgresql.session_setup; q && *q; q++) {
		PGresult *res = pq.PQexec(db->h, *q);
		bool ok = pq.PQresultStatus(res) == PGRES_COMMAND_OK;
		pq.PQclear(res);
		if (!ok) {
			sbuf_adds(err, pq.PQerrorMessage(db->h));
			trim_newlines(err);
			pq.PQfinish(db->h);
			free(db);
			return NULL;
		}
	}
	return db;
}

static void pg_close(struct db *db)
{
	pq.PQfinish(db->h);
	free(db);
}

static bool pg_exec(struct db *db, const char *sql, struct sbuf *err)
{
	PGresult *res = pq.PQexec(db->h, sql);
	ExecStatusType st = pq.PQresultStatus(res);
	bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;

	if (!ok)
		result_error(db, res, err);
	pq.PQclear(res);
	return ok;
}

static PGresult *query(struct db *db, const char *sql, int n, const char *const *params,
		       struct sbuf *err)
{
	PGresult *res = pq.PQexecParams(db->h, sql, n, NULL, params, NULL, NULL, 0);

	if (pq.PQresultStatus(res) != PGRES_TUPLES_OK) {
		result_error(db, res, err);
		pq.PQclear(res);
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
	*exists = pq.PQntuples(res) > 0;
	pq.PQclear(res);
	if (!*exists)
		return true;
	if (!(res = query(db, select, 0, NULL, err)))
		return false;
	*nrows = (size_t)pq.PQntuples(res);
	*rows = xcalloc(*nrows ? *nrows : 1, sizeof(**rows));
	for (i = 0; i < pq.PQntuples(res); i++)
		(*rows)[i] = xstrdup(pq.PQgetvalue(res, i, 0));
	pq.PQclear(res);
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
	if (res && pq.PQntuples(res) > 0)
		sbuf_addf(err, "server process %s holds (application '%s', from %s, "
			  "connected at %s)", pq.PQgetvalue(res, 0, 0), pq.PQgetvalue(res, 0, 1),
			  pq.PQgetvalue(res, 0, 2), pq.PQgetvalue(res, 0, 3));
	else
		sbuf_adds(err, "another session holds");
	pq.PQclear(res);
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
		got = strcmp(pq.PQgetvalue(res, 0, 0), "t") == 0;
		pq.PQclear(res);
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
	pq.PQclear(res);
	sbuf_release(&err);
}

static bool pg_in_transaction(struct db *db)
{
	PGTransactionStatusType t = pq.PQtransactionStatus(db->h);

	return t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
}

static void pg_rollback(struct db *db)
{
	pq.PQclear(pq.PQexec(db->h, "ROLLBACK"));
}

/* ---- introspect: the catalog as a schema file ----
 * `schema --from-db` and `check --from-db` set a live database against the
 * model, so the catalog of current_schema() (and of each schema the model
 * names: its objects' names qualified) is read back into the IR the
 * grammar would make for it, and irwrite prints that (one quoting rule for
 * everything retort writes).  Each native type, default and constraint goes
 * back to what the postgresql dialect would have made it from; names the
 * server chose are left out, so the model chooses them again; whatever the
 * language has no words for is one line in warn.  All reads are one
 * REPEATABLE READ transaction: one snapshot of the catalog. */

struct pgi_table {
	const char *oid;
	const char *nsp;		/* its schema */
	const char *shown;		/* its name in messages: schema.name
					 * outside the current schema */
	struct op *op;			/* its create_table */
	struct column **ctail;
	struct constraint **ktail;
	struct oplist indexes;
};

/* An index's key columns: what a create_index or an exclusion lists. */
struct pgi_index {
	struct index_elem *elems, **etail;
	struct exclude_elem *xelems, **xtail;
	const char **names;		/* each element as a generated name sees it */
	size_t n, cap;
	struct identlist include;	/* INCLUDE columns */
	struct index_colopt *ops, **otail;	/* a key column's operator class */
	bool odd;			/* a collation of its own, or an operator
					 * class of an expression's */
};

/* A constraint row, until its columns are in and its name is decided. */
struct pgi_con {
	const char *oid, *name, *conindid, *confrelid;
	char type;			/* pg_constraint.contype */
	struct pgi_table *t;
	struct constraint *k;
	const char **cols;		/* conkey, for a generated name */
	size_t ncols, cap;
};

struct pgi {
	struct db *db;
	struct arena *a;
	struct sbuf *warn, *err;
	const char *vschema, *vtable, *schema;
	const char *const *asked;	/* the other schemas the caller names */
	size_t nasked;
	const char *nsps;		/* $1 of every query: current_schema() and
					 * the asked, a text[] literal */
	struct oplist schemas;		/* create_schema */
	struct oplist types;		/* create_enum, create_sequence */
	struct oplist views;		/* create_view, then create_trigger */
	struct pgi_table **tables;
	size_t ntables, captables;
	struct pgi_con **cons;
	size_t ncons, capcons;
	struct strmap *table_oid, *con_oid, *index_oid;
	struct strmap *con_names, *rel_names;	/* schema \x1f name -> owner oid ("" for
						 * several) */
};

static const struct span no_span;

/* Arrays grow in the arena too, so one arena_free releases everything. */
#define PGI_GROW(p, arr, cap, need) ARENA_GROW((p)->a, arr, cap, need)

static const char *pgi_str(struct pgi *p, PGresult *r, int row, int col)
{
	return pq.PQgetisnull(r, row, col) ? NULL : arena_strdup(p->a, pq.PQgetvalue(r, row, col));
}

static bool pgi_true(PGresult *r, int row, int col)
{
	return !pq.PQgetisnull(r, row, col) && strcmp(pq.PQgetvalue(r, row, col), "t") == 0;
}

/* A warning: one line in the caller's list. */
#define pgi_warn(p, ...) sbuf_addlinef((p)->warn, __VA_ARGS__)

static struct qname pgi_qname(const char *schema, const char *name)
{
	struct qname q;

	memset(&q, 0, sizeof(q));
	q.schema = schema;
	q.name = name;
	return q;
}

/* A name in schema nsp: qualified outside the current schema. */
static struct qname pgi_qn(struct pgi *p, const char *nsp, const char *name)
{
	return pgi_qname(nsp && strcmp(nsp, p->schema) != 0 ? arena_strdup(p->a, nsp) : NULL,
			 name);
}

/* A query of the schemas read: $1 is their list (and $2 the version
 * table, where the query asks for it). */
static PGresult *pgi_query(struct pgi *p, const char *sql)
{
	const char *params[] = { p->nsps, p->vtable };

	return query(p->db, sql, strstr(sql, "$2") ? 2 : 1, params, p->err);
}

#define PGI_READ "n.nspname OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.text[])"

static struct ident *pgi_ident(struct pgi *p, const char *name)
{
	return ir_new_ident(p->a, name, no_span);
}

/* Who has a name: its oid, or "" when two objects share it. */
static void pgi_own(struct strmap *m, const char *name, const char *oid)
{
	const char *had = strmap_get(m, name);

	strmap_put(m, name, (void *)(had && strcmp(had, oid) != 0 ? "" : oid));
}

/* ---- literals ---- */

/* The body of a leading '...' (quotes undoubled) and where it ends; NULL
 * where s does not start with a whole one. */
static char *pgi_quoted(struct pgi *p, const char *s, const char **end)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf sb = SBUF_INIT;
	char *r;

	if (*s != '\'')
		return NULL;
	sqlscan_init(&sc, &dialect_postgresql.native, s, strlen(s));
	if (!sqlscan_next(&sc, &t) || t.unterminated)
		return NULL;
	sqltok_value(&dialect_postgresql.native, s, &t, &sb);
	*end = s + t.len;
	r = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* After a literal: nothing, or one cast to a plain type name. */
static bool pgi_plain_cast(const char *s, const char **type)
{
	*type = "";
	if (!*s)
		return true;
	if (strncmp(s, "::", 2) != 0)
		return false;
	*type = s += 2;
	if (!*s || strstr(s, "::"))
		return false;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ .\"()[],")
	       == strlen(s);
}

static bool pgi_numeric_type(const char *t)
{
	static const char *const names[] = {
		"integer", "bigint", "smallint", "numeric", "double precision", "real",
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(names); i++)
		if (strncmp(t, names[i], strlen(names[i])) == 0)
			return true;
	return false;
}

/* A default as the language says it: 'x'::type is 'x' (a number when the
 * type is one), true and false and numbers are themselves, NULL is no
 * default, anything else is raw SQL as the server shows it. */
static struct value *pgi_default(struct pgi *p, const char *expr)
{
	const char *end, *type;
	char *lit;

	if (!expr || strcmp(expr, "NULL") == 0 || strncmp(expr, "NULL::", 6) == 0)
		return NULL;
	if (strcmp(expr, "true") == 0)
		return ir_new_value(p->a, VAL_TRUE, NULL, no_span);
	if (strcmp(expr, "false") == 0)
		return ir_new_value(p->a, VAL_FALSE, NULL, no_span);
	if (util_is_number(expr, strlen(expr)))
		return ir_new_value(p->a, VAL_NUMBER, expr, no_span);
	if ((lit = pgi_quoted(p, expr, &end)) != NULL && pgi_plain_cast(end, &type)) {
		if (pgi_numeric_type(type) && util_is_number(lit, strlen(lit)))
			return ir_new_value(p->a, VAL_NUMBER, lit, no_span);
		return ir_new_value(p->a, VAL_STRING, lit, no_span);
	}
	return ir_new_value(p->a, VAL_SQL, expr, no_span);
}

/* One pair of parentheses around the whole text comes off. */
static const char *pgi_unwrap(struct pgi *p, const char *s)
{
	size_t at, n;

	return sqlscan_enclosed(&dialect_postgresql.native, s, strlen(s), &at, &n)
		       ? arena_strndup(p->a, s + at, n) : s;
}

/* ---- types ---- */

static bool pgi_length(const char *s, const char *prefix, long *len)
{
	size_t n = strlen(prefix);
	char *end;

	if (strncmp(s, prefix, n) != 0)
		return false;
	if (!s[n]) {
		*len = -1;
		return true;
	}
	if (s[n] != '(')
		return false;
	*len = strtol(s + n + 1, &end, 10);
	return end[0] == ')' && end[1] == '\0';
}

static bool pgi_numeric(const char *s, struct type *t)
{
	char *end;
	long prec, scale;

	if (strcmp(s, "numeric") == 0)
		return true;
	if (strncmp(s, "numeric(", 8) != 0)
		return false;
	prec = strtol(s + 8, &end, 10);
	if (*end != ',')
		return false;
	scale = strtol(end + 1, &end, 10);
	if (strcmp(end, ")") != 0)
		return false;
	t->precision = (int)prec;
	t->scale = (int)scale;
	return true;
}

/* format_type's text back to the generic type the dialect spells so; an
 * enum of this schema by its name; anything else is raw. */
static void pgi_type(const char *native, const char *enum_name, struct type *t)
{
	static const struct { const char *native; enum type_kind kind; } plain[] = {
		{ "integer", TY_INTEGER }, { "bigint", TY_BIGINT }, { "smallint", TY_SMALLINT },
		{ "boolean", TY_BOOLEAN }, { "double precision", TY_DOUBLE },
		{ "text", TY_TEXT }, { "date", TY_DATE }, { "time without time zone", TY_TIME },
		{ "timestamp without time zone", TY_DATETIME },
		{ "timestamp with time zone", TY_TIMESTAMPTZ }, { "interval", TY_INTERVAL },
		{ "bytea", TY_BINARY }, { "json", TY_JSON }, { "jsonb", TY_JSONB },
		{ "uuid", TY_UUID },
	};
	size_t i;

	memset(t, 0, sizeof(*t));
	t->length = -1;
	t->precision = -1;
	t->scale = TYPE_NO_SCALE;
	if (enum_name) {
		t->kind = TY_ENUM;
		t->enum_name = pgi_qname(NULL, enum_name);
		return;
	}
	for (i = 0; i < ARRAY_LEN(plain); i++) {
		if (strcmp(native, plain[i].native) == 0) {
			t->kind = plain[i].kind;
			return;
		}
	}
	if (pgi_length(native, "character varying", &t->length))
		t->kind = TY_STRING;
	else if (pgi_length(native, "character", &t->length))
		t->kind = TY_CHAR;
	else if (pgi_numeric(native, t))
		t->kind = TY_NUMERIC;
	else {
		t->kind = TY_RAW;
		t->raw = native;
	}
}

/* ---- enums and sequences ---- */

static bool pgi_enums(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT t.typname, e.enumlabel, n.nspname, t.oid "
				"FROM pg_catalog.pg_type t "
				"JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
				"JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
				"WHERE " PGI_READ " ORDER BY t.oid, e.enumsortorder");
	const char *was = NULL;
	struct op *op = NULL;
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		const char *name = pgi_str(p, r, i, 0);
		struct valuelist none = { NULL, NULL, 0 };
		if (!op || strcmp(was, pq.PQgetvalue(r, i, 3)) != 0) {
			op = ir_new_create_enum(p->a, no_span,
						pgi_qn(p, pq.PQgetvalue(r, i, 2), name), none);
			ir_oplist_append(&p->types, op);
			was = pgi_str(p, r, i, 3);
		}
		ir_valuelist_append(&op->u.enumdef.values,
				    ir_new_value(p->a, VAL_STRING, pgi_str(p, r, i, 1), no_span));
	}
	pq.PQclear(r);
	return true;
}

/* An option of create_sequence, when it is not what PostgreSQL would
 * choose without it. */
static const char *pgi_seq_opt(struct pgi *p, const char *v, long long dflt)
{
	return strtoll(v, NULL, 10) == dflt ? NULL : arena_strdup(p->a, v);
}

static bool pgi_sequences(struct pgi *p)
{
	/* an identity's, an extension's, or a serial's (owned by the column
	 * whose default it is): not one the user made */
	PGresult *r = pgi_query(p, "SELECT c.relname, s.seqstart, s.seqincrement, s.seqmin, "
			    "s.seqmax, s.seqcache, s.seqcycle, n.nspname FROM pg_catalog.pg_class c "
			    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid "
			    "WHERE " PGI_READ " AND c.relkind = 'S' AND NOT EXISTS "
			    "(SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = "
			    "'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid "
			    "AND (d.deptype IN ('i', 'e') OR (d.deptype = 'a' AND EXISTS "
			    "(SELECT 1 FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = d.refobjid "
			    "AND ad.adnum = d.refobjsubid AND pg_catalog.pg_get_expr(ad.adbin, "
			    "ad.adrelid) = 'nextval(' || pg_catalog.quote_literal(c.oid::"
			    "pg_catalog.regclass::text) || '::regclass)')))) ORDER BY c.oid");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct op *op = ir_new_sequence(p->a, OP_CREATE_SEQUENCE, no_span,
						pgi_qn(p, pq.PQgetvalue(r, i, 7),
						       pgi_str(p, r, i, 0)));
		long long inc = strtoll(pq.PQgetvalue(r, i, 2), NULL, 10);
		long long min = strtoll(pq.PQgetvalue(r, i, 3), NULL, 10);
		long long max = strtoll(pq.PQgetvalue(r, i, 4), NULL, 10);
		op->u.sequence.start = pgi_seq_opt(p, pq.PQgetvalue(r, i, 1), inc > 0 ? min : max);
		op->u.sequence.increment = pgi_seq_opt(p, pq.PQgetvalue(r, i, 2), 1);
		op->u.sequence.minvalue = pgi_seq_opt(p, pq.PQgetvalue(r, i, 3),
						      inc > 0 ? 1 : INT64_MIN);
		op->u.sequence.maxvalue = pgi_seq_opt(p, pq.PQgetvalue(r, i, 4),
						      inc > 0 ? INT64_MAX : -1);
		op->u.sequence.cache = pgi_seq_opt(p, pq.PQgetvalue(r, i, 5), 1);
		op->u.sequence.cycle = pgi_true(r, i, 6) ? 1 : -1;
		ir_oplist_append(&p->types, op);
	}
	pq.PQclear(r);
	return true;
}

/* ---- tables ---- */

static bool pgi_is_version_table(struct pgi *p, const char *nsp, const char *name)
{
	return strcmp(name, p->vtable) == 0 &&
	       strcmp(nsp, p->vschema ? p->vschema : p->schema) == 0;
}

/* What a relation that is not a plain table is, for its warning. */
static const char *pgi_relkind(char k)
{
	switch (k) {
	case 'v': return "view";
	case 'm': return "materialized view";
	case 'f': return "foreign table";
	default: return "relation";
	}
}

/* What a table has that create_table cannot say. */
static void pgi_table_warnings(struct pgi *p, PGresult *r, int i, const char *name)
{
	if (pq.PQgetvalue(r, i, 2)[0] == 'p')
		pgi_warn(p, "table '%s' is partitioned; its partitioning is left out", name);
	if (pq.PQgetvalue(r, i, 3)[0] == 'u')
		pgi_warn(p, "table '%s' is UNLOGGED; the model has it as a logged table", name);
	if (pgi_true(r, i, 5))
		pgi_warn(p, "table '%s' has row level security on; left out", name);
	if (pgi_true(r, i, 6))
		pgi_warn(p, "table '%s' has storage parameters (WITH ...); left out", name);
	if (pgi_true(r, i, 7))
		pgi_warn(p, "table '%s' inherits from another table; the inheritance is "
			 "left out", name);
}

static void pgi_add_table(struct pgi *p, const char *oid, const char *nsp, const char *name,
			  const char *comment)
{
	struct pgi_table *t = ARENA_NEW(p->a, struct pgi_table);
	struct qname q = pgi_qn(p, nsp, name);

	t->oid = oid;
	t->nsp = nsp;
	t->shown = q.schema ? arena_printf(p->a, "%s.%s", q.schema, name) : name;
	t->op = ir_new_create_table(p->a, no_span, q, NULL, NULL, comment, NULL);
	t->ctail = &t->op->u.table.columns;
	t->ktail = &t->op->u.table.constraints;
	PGI_GROW(p, p->tables, p->captables, p->ntables + 1);
	p->tables[p->ntables++] = t;
	strmap_put(p->table_oid, oid, t);
}

static bool pgi_tables(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT c.oid, c.relname, c.relkind, c.relpersistence, "
			    "c.relispartition, c.relrowsecurity, c.reloptions IS NOT NULL, "
			    "EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid), "
			    "pg_catalog.obj_description(c.oid, 'pg_class'), n.nspname "
			    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
			    "ON n.oid = c.relnamespace WHERE " PGI_READ " "
			    "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.oid");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		const char *nsp = pgi_str(p, r, i, 9);
		struct qname q = pgi_qn(p, nsp, pgi_str(p, r, i, 1));
		const char *name = q.schema ? arena_printf(p->a, "%s.%s", q.schema, q.name) : q.name;
		char kind = pq.PQgetvalue(r, i, 2)[0];
		if (kind == 'v')
			continue;	/* pgi_views */
		if (kind != 'r' && kind != 'p') {
			pgi_warn(p, "%s '%s' is not part of the model; left out", pgi_relkind(kind),
				 name);
			continue;
		}
		if (pgi_true(r, i, 4)) {
			pgi_warn(p, "table '%s' is a partition of another table; left out", name);
			continue;
		}
		if (pgi_is_version_table(p, nsp, q.name))
			continue;
		pgi_table_warnings(p, r, i, name);
		pgi_add_table(p, pgi_str(p, r, i, 0), nsp, q.name, pgi_str(p, r, i, 8));
	}
	pq.PQclear(r);
	return true;
}

/* ---- columns ---- */

static void pgi_column_warnings(struct pgi *p, PGresult *r, int i, const char *table,
				const char *col)
{
	if (pq.PQgetvalue(r, i, 9)[0] == 's')
		pgi_warn(p, "column '%s.%s' is GENERATED ALWAYS AS (%s) STORED; it is left as "
			 "a plain column", table, col, pq.PQgetvalue(r, i, 6));
	if (pgi_true(r, i, 11))
		pgi_warn(p, "column '%s.%s' has a collation of its own (COLLATE); left out",
			 table, col);
}

/* attidentity ('a' always, 'd' by default) and the options of its
 * sequence, as pgi_columns formats them: the start and increment, where
 * they are not 1. */
static void pgi_identity(struct pgi *p, char kind, const char *seq, struct identity *id)
{
	long long start = 1, inc = 1;

	id->kind = kind == 'a' ? IDENTITY_ALWAYS : IDENTITY_BY_DEFAULT;
	if (sscanf(seq, "START WITH %lld INCREMENT BY %lld", &start, &inc) != 2)
		start = inc = 1;
	if (start != 1)
		id->start = arena_printf(p->a, "%lld", start);
	if (inc != 1)
		id->increment = arena_printf(p->a, "%lld", inc);
}

static bool pgi_integer_kind(enum type_kind k)
{
	return k == TY_INTEGER || k == TY_BIGINT || k == TY_SMALLINT;
}

static bool pgi_columns(struct pgi *p)
{
	/* a serial column: a nextval() default of the sequence the column owns
	 * (its name, which a rename of the table or column leaves as it was);
	 * an identity's sequence depends on its column internally ('i') */
	PGresult *r = pgi_query(p, "SELECT a.attrelid, a.attname, "
			    "pg_catalog.format_type(a.atttypid, a.atttypmod), "
			    "CASE WHEN t.typtype = 'e' AND tn.nspname OPERATOR(pg_catalog.=) ANY "
			    "($1::pg_catalog.text[]) THEN t.typname END, a.attnotnull, pg_catalog.col_description(a.attrelid, "
			    "a.attnum), pg_catalog.pg_get_expr(d.adbin, d.adrelid, true), "
			    "(SELECT s.relname FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_class s "
			    "ON s.oid = dep.objid WHERE dep.classid = 'pg_catalog.pg_class'::"
			    "pg_catalog.regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = "
			    "a.attnum AND dep.deptype = 'a' AND s.relkind = 'S' AND "
			    "pg_catalog.pg_get_expr(d.adbin, d.adrelid) = 'nextval(' || "
			    "pg_catalog.quote_literal(s.oid::pg_catalog.regclass::text) || "
			    "'::regclass)' LIMIT 1), a.attidentity, a.attgenerated, a.attnum, "
			    "a.attcollation <> t.typcollation, (SELECT pg_catalog.format("
			    "'START WITH %s INCREMENT BY %s MINVALUE %s MAXVALUE %s CACHE %s%s', "
			    "s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, CASE WHEN "
			    "s.seqcycle THEN ' CYCLE' ELSE '' END) FROM pg_catalog.pg_depend dep "
			    "JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid WHERE "
			    "dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND "
			    "dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND "
			    "dep.deptype = 'i'), tn.nspname "
			    "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = "
			    "a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
			    "JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace "
			    "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND "
			    "d.adnum = a.attnum WHERE " PGI_READ " AND c.relkind IN "
			    "('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
			    "ORDER BY a.attrelid, a.attnum");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_table *t = strmap_get(p->table_oid, pq.PQgetvalue(r, i, 0));
		struct column *c;
		bool serial, identity;
		if (!t)
			continue;	/* the version table, a partition */
		c = ARENA_NEW(p->a, struct column);
		c->name = *pgi_ident(p, pgi_str(p, r, i, 1));
		pgi_type(pgi_str(p, r, i, 2), pgi_str(p, r, i, 3), &c->type);
		if (c->type.kind == TY_ENUM)
			c->type.enum_name = pgi_qn(p, pq.PQgetvalue(r, i, 13), c->type.enum_name.name);
		c->nullable = pgi_true(r, i, 4) ? NULLABLE_NO : NULLABLE_UNSET;
		c->comment = pgi_str(p, r, i, 5);
		serial = !pq.PQgetisnull(r, i, 7) && pgi_integer_kind(c->type.kind);
		identity = pq.PQgetvalue(r, i, 8)[0] != '\0';
		c->autoincrement = serial || identity;
		if (identity)
			pgi_identity(p, pq.PQgetvalue(r, i, 8)[0], pq.PQgetvalue(r, i, 12), &c->identity);
		if (serial)
			c->sequence = pgi_str(p, r, i, 7);
		if (!serial && pq.PQgetvalue(r, i, 9)[0] == '\0')
			c->server_default = pgi_default(p, pgi_str(p, r, i, 6));
		pgi_column_warnings(p, r, i, t->shown, c->name.name);
		*t->ctail = c;
		t->ctail = &c->next;
		t->op->u.table.ncolumns++;
	}
	pq.PQclear(r);
	return true;
}

static struct column *pgi_column(struct pgi_table *t, const char *name)
{
	struct column *c;

	for (c = t->op->u.table.columns; c; c = c->next)
		if (strcmp(c->name.name, name) == 0)
			return c;
	return NULL;
}

/* ---- index elements (of indexes and of exclusion constraints) ---- */

/* What an element is called in a generated name: its column, or the
 * function an expression calls, else "expr" (as the server names them). */
static const char *pgi_elem_name(struct pgi *p, const char *expr)
{
	size_t n = 0;

	while ((expr[n] >= 'a' && expr[n] <= 'z') || (expr[n] >= 'A' && expr[n] <= 'Z') ||
	       expr[n] == '_' || (n && expr[n] >= '0' && expr[n] <= '9'))
		n++;
	return n && expr[n] == '(' ? arena_strndup(p->a, expr, n) : "expr";
}

static void pgi_add_elem(struct pgi *p, struct pgi_index *ix, PGresult *r, int i)
{
	struct index_elem *e = ARENA_NEW(p->a, struct index_elem);
	struct exclude_elem *x = ARENA_NEW(p->a, struct exclude_elem);
	const char *col = pgi_str(p, r, i, 1);
	int option = atoi(pq.PQgetvalue(r, i, 3));
	bool desc = option & 1, nulls_first = option & 2;

	if (col)
		e->column = x->column = *pgi_ident(p, col);
	else
		e->expr = x->expr = pgi_unwrap(p, pgi_str(p, r, i, 2));
	e->order = desc ? SORT_DESC : SORT_UNSET;
	if (nulls_first != desc)	/* not the order's own default */
		e->nulls = nulls_first ? NULLS_FIRST : NULLS_LAST;
	x->op = pgi_str(p, r, i, 4);
	if (col && !pgi_true(r, i, 5) && !pq.PQgetisnull(r, i, 7)) {	/* ops (col opclass) */
		struct index_colopt *o = ARENA_NEW(p->a, struct index_colopt);
		o->column = e->column;
		o->text = pgi_str(p, r, i, 7);
		*ix->otail = o;
		ix->otail = &o->next;
	}
	*ix->etail = e;
	ix->etail = &e->next;
	*ix->xtail = x;
	ix->xtail = &x->next;
	PGI_GROW(p, ix->names, ix->cap, ix->n + 1);
	ix->names[ix->n++] = col ? col : pgi_elem_name(p, e->expr);
	ix->odd |= (!col && !pgi_true(r, i, 5)) || pgi_true(r, i, 6);
}

static bool pgi_index_elems(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT i.indexrelid, a.attname, "
			    "pg_catalog.pg_get_indexdef(i.indexrelid, k.n, true), "
			    "i.indoption[k.n - 1], op.oprname, opc.opcdefault, "
			    "COALESCE(i.indcollation[k.n - 1] <> a.attcollation, false), "
			    "opc.opcname "
			    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = "
			    "i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "CROSS JOIN LATERAL pg_catalog.generate_series(1, i.indnkeyatts) k(n) "
			    "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND "
			    "a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0 "
			    "LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k.n - 1] "
			    "LEFT JOIN pg_catalog.pg_constraint co ON co.conindid = i.indexrelid "
			    "AND co.contype = 'x' LEFT JOIN pg_catalog.pg_operator op "
			    "ON op.oid = co.conexclop[k.n] WHERE " PGI_READ " "
			    "AND c.relkind IN ('r', 'p') ORDER BY i.indexrelid, k.n");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_index *ix = strmap_get(p->index_oid, pq.PQgetvalue(r, i, 0));
		if (!ix) {
			ix = ARENA_NEW(p->a, struct pgi_index);
			ix->etail = &ix->elems;
			ix->xtail = &ix->xelems;
			ix->otail = &ix->ops;
			strmap_put(p->index_oid, pgi_str(p, r, i, 0), ix);
		}
		pgi_add_elem(p, ix, r, i);
	}
	pq.PQclear(r);
	return true;
}

/* An index's INCLUDE columns, after its key's. */
static bool pgi_index_includes(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT i.indexrelid, a.attname "
			    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = "
			    "i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "CROSS JOIN LATERAL pg_catalog.generate_series(i.indnkeyatts + 1, "
			    "i.indnatts) k(n) JOIN pg_catalog.pg_attribute a ON a.attrelid = "
			    "i.indrelid AND a.attnum = i.indkey[k.n - 1] "
			    "WHERE " PGI_READ " AND c.relkind IN ('r', 'p') "
			    "ORDER BY i.indexrelid, k.n");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_index *ix = strmap_get(p->index_oid, pq.PQgetvalue(r, i, 0));
		if (ix)
			ir_identlist_append(&ix->include, pgi_ident(p, pgi_str(p, r, i, 1)));
	}
	pq.PQclear(r);
	return true;
}

/* ---- constraints ---- */

static enum fk_action pgi_action(char c)
{
	switch (c) {
	case 'r': return FK_ACTION_RESTRICT;
	case 'c': return FK_ACTION_CASCADE;
	case 'n': return FK_ACTION_SET_NULL;
	case 'd': return FK_ACTION_SET_DEFAULT;
	default: return FK_ACTION_UNSET;	/* 'a', NO ACTION: the default */
	}
}

static enum constraint_kind pgi_con_kind(char type)
{
	switch (type) {
	case 'p': return CON_PRIMARY_KEY;
	case 'u': return CON_UNIQUE;
	case 'f': return CON_FOREIGN_KEY;
	case 'x': return CON_EXCLUDE;
	default: return CON_CHECK;
	}
}

/* The CHECK's expression: pg_get_constraintdef's text inside CHECK (...),
 * less NOT VALID and NO INHERIT (warned about apart). */
static const char *pgi_check_expr(struct pgi *p, const char *def)
{
	static const char *const tails[] = { " NOT VALID", " NO INHERIT" };
	size_t n = strlen(def), i, t;

	for (i = 0; i < 2; i++)
		for (t = 0; t < ARRAY_LEN(tails); t++)
			if (n > strlen(tails[t]) &&
			    strcmp(def + n - strlen(tails[t]), tails[t]) == 0)
				n -= strlen(tails[t]);
	if (n < 8 || strncmp(def, "CHECK (", 7) != 0 || def[n - 1] != ')')
		return arena_strndup(p->a, def, n);
	return arena_strndup(p->a, def + 7, n - 8);
}

static void pgi_con_warnings(struct pgi *p, PGresult *r, int i, const char *table,
			     const char *name)
{
	const char *def = pq.PQgetvalue(r, i, 6);

	if (!pgi_true(r, i, 12))
		pgi_warn(p, "constraint '%s' on '%s' is NOT VALID; the model has it valid",
			 name, table);
	if (pgi_true(r, i, 13) && pq.PQgetvalue(r, i, 3)[0] == 'c')
		pgi_warn(p, "constraint '%s' on '%s' is NO INHERIT; left as a plain check",
			 name, table);
	if (pq.PQgetvalue(r, i, 9)[0] == 'f')
		pgi_warn(p, "foreign key '%s' on '%s' is MATCH FULL; left as MATCH SIMPLE",
			 name, table);
	if (strstr(def, "NULLS NOT DISTINCT"))
		pgi_warn(p, "constraint '%s' on '%s' is NULLS NOT DISTINCT; left out of it",
			 name, table);
	if (strstr(def, " INCLUDE ("))
		pgi_warn(p, "constraint '%s' on '%s' has INCLUDE columns; left out of it",
			 name, table);
}

static struct constraint *pgi_new_con(struct pgi *p, PGresult *r, int i, char type)
{
	struct constraint *k = ARENA_NEW(p->a, struct constraint);

	k->kind = pgi_con_kind(type);
	k->deferrable = pgi_true(r, i, 4) ? 1 : -1;
	k->initially = pgi_true(r, i, 5) ? FK_INITIALLY_DEFERRED : FK_INITIALLY_UNSET;
	k->ref.deferrable = -1;
	if (type == 'c')
		k->check = pgi_check_expr(p, pgi_str(p, r, i, 6));
	if (type == 'f') {
		const char *rs = pgi_str(p, r, i, 10);
		k->ref.table = pgi_qname(rs && strcmp(rs, p->schema) != 0 ? rs : NULL,
					 pgi_str(p, r, i, 11));
		k->ref.on_update = pgi_action(pq.PQgetvalue(r, i, 7)[0]);
		k->ref.on_delete = pgi_action(pq.PQgetvalue(r, i, 8)[0]);
		k->ref.deferrable = k->deferrable;
		k->ref.initially = k->initially;
		k->deferrable = -1;
		k->initially = FK_INITIALLY_UNSET;
	}
	if (type == 'x') {
		k->using_method = strcmp(pq.PQgetvalue(r, i, 14), "gist") == 0 ? NULL :
				  pgi_str(p, r, i, 14);
		k->where = pgi_str(p, r, i, 15);
	}
	return k;
}

static bool pgi_constraints(struct pgi *p)
{
	/* a foreign key to a partitioned table has a copy for each partition
	 * (conparentid, the key it copies): the one key is the model's */
	PGresult *r = pgi_query(p, "SELECT co.oid, co.conrelid, co.conname, co.contype, "
			    "co.condeferrable, co.condeferred, "
			    "pg_catalog.pg_get_constraintdef(co.oid, true), co.confupdtype, "
			    "co.confdeltype, co.confmatchtype, rn.nspname, rc.relname, "
			    "co.convalidated, co.connoinherit, am.amname, "
			    "pg_catalog.pg_get_expr(i.indpred, i.indrelid, true), co.conindid, "
			    "co.confrelid FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_class c "
			    "ON c.oid = co.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = "
			    "c.relnamespace LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid "
			    "LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "
			    "LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = co.conindid "
			    "AND co.contype = 'x' LEFT JOIN pg_catalog.pg_class ic ON ic.oid = "
			    "i.indexrelid LEFT JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
			    "WHERE " PGI_READ " AND c.relkind IN ('r', 'p') "
			    "AND co.contype IN ('c', 'f', 'p', 'u', 'x') AND co.conparentid = 0 "
			    "ORDER BY co.conrelid, co.oid");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_table *t = strmap_get(p->table_oid, pq.PQgetvalue(r, i, 1));
		struct pgi_con *c;
		if (!t)
			continue;
		c = ARENA_NEW(p->a, struct pgi_con);
		c->oid = pgi_str(p, r, i, 0);
		c->name = pgi_str(p, r, i, 2);
		c->type = pq.PQgetvalue(r, i, 3)[0];
		c->conindid = pgi_str(p, r, i, 16);
		c->confrelid = pgi_str(p, r, i, 17);
		c->t = t;
		c->k = pgi_new_con(p, r, i, c->type);
		pgi_con_warnings(p, r, i, t->shown, c->name);
		PGI_GROW(p, p->cons, p->capcons, p->ncons + 1);
		p->cons[p->ncons++] = c;
		strmap_put(p->con_oid, c->oid, c);
	}
	pq.PQclear(r);
	return true;
}

static bool pgi_con_columns(struct pgi *p)
{
	/* the copies pgi_constraints leaves out (conparentid) */
	PGresult *r = pgi_query(p, "SELECT co.oid, a.attname, fa.attname "
			    "FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_class c "
			    "ON c.oid = co.conrelid JOIN pg_catalog.pg_namespace n "
			    "ON n.oid = c.relnamespace CROSS JOIN LATERAL "
			    "ROWS FROM (pg_catalog.unnest(co.conkey), pg_catalog.unnest(co.confkey)) "
			    "WITH ORDINALITY "
			    "AS k(attnum, fattnum, ord) LEFT JOIN pg_catalog.pg_attribute a "
			    "ON a.attrelid = co.conrelid AND a.attnum = k.attnum "
			    "LEFT JOIN pg_catalog.pg_attribute fa ON fa.attrelid = co.confrelid "
			    "AND fa.attnum = k.fattnum WHERE " PGI_READ " "
			    "AND c.relkind IN ('r', 'p') AND co.conparentid = 0 "
			    "ORDER BY co.oid, k.ord");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_con *c = strmap_get(p->con_oid, pq.PQgetvalue(r, i, 0));
		const char *col = pgi_str(p, r, i, 1);
		if (!c || !col)
			continue;
		PGI_GROW(p, c->cols, c->cap, c->ncols + 1);
		c->cols[c->ncols++] = col;
		if (c->type == 'p' || c->type == 'u' || c->type == 'f')
			ir_identlist_append(&c->k->columns, pgi_ident(p, col));
		if (c->type == 'f' && !pq.PQgetisnull(r, i, 2))
			ir_identlist_append(&c->k->ref.columns, pgi_ident(p, pgi_str(p, r, i, 2)));
	}
	pq.PQclear(r);
	return true;
}

/* ---- names the server chose ---- */

struct pgi_taken {
	struct pgi *p;
	const struct pgi_con *c;
};

/* Taken by another constraint of the schema, or, for the kinds backed by
 * an index, by another relation (the index is the constraint's own). */
static bool pgi_name_taken(const void *ctx, const char *name)
{
	const struct pgi_taken *tk = ctx;
	const char *key = arena_printf(tk->p->a, "%s\x1f%s", tk->c->t->nsp, name);
	const char *owner = strmap_get(tk->p->con_names, key);

	if (owner && strcmp(owner, tk->c->oid) != 0)
		return true;
	if (tk->c->type == 'f' || tk->c->type == 'c')
		return false;
	owner = strmap_get(tk->p->rel_names, key);
	return owner && strcmp(owner, tk->c->conindid) != 0;
}

/* PostgreSQL's makeObjectName, as the dialect has it, for CHECK, which
 * the dialect does not name: table_column_check, numbered when taken. */
static const char *pgi_check_name(struct pgi *p, const char *table, const char *col, int n)
{
	char label[16];
	size_t n1 = strlen(table), n2 = col ? strlen(col) : 0, avail;

	snprintf(label, sizeof(label), n ? "check%d" : "check", n);
	avail = 63 - strlen(label) - 1 - (col ? 1 : 0);
	while (n1 + n2 > avail) {
		if (n1 > n2)
			n1--;
		else
			n2--;
	}
	while (n1 && ((unsigned char)table[n1] & 0xC0) == 0x80)
		n1--;
	while (n2 && ((unsigned char)col[n2] & 0xC0) == 0x80)
		n2--;
	return arena_printf(p->a, "%.*s%s%.*s_%s", (int)n1, table, col ? "_" : "", (int)n2,
			    col ? col : "", label);
}

static bool pgi_check_auto(struct pgi *p, const struct pgi_con *c)
{
	const char *table = c->t->op->u.table.name.name;
	const char *col = c->ncols == 1 ? c->cols[0] : NULL;
	struct pgi_taken tk = { p, c };
	int n;

	for (n = 0; n < 100; n++) {
		const char *name = pgi_check_name(p, table, col, n);
		if (strcmp(name, c->name) == 0)
			return true;
		if (!pgi_name_taken(&tk, name))
			return false;
	}
	return false;
}

/* Whether the server would have chosen this name for the constraint
 * without one: then the schema file leaves it out, as the model does. */
static bool pgi_auto_named(struct pgi *p, const struct pgi_con *c, const struct pgi_index *ix)
{
	struct pgi_taken tk = { p, c };
	const char *const *cols = c->cols;
	size_t ncols = c->ncols;
	const char *name;

	if (c->type == 'c')
		return pgi_check_auto(p, c);
	if (c->type == 'x') {
		if (!ix)
			return false;
		cols = ix->names;
		ncols = ix->n;
	}
	name = dialect_postgresql.rules.auto_constraint_name(p->a, c->k->kind,
						       c->t->op->u.table.name.name, cols, ncols,
						       pgi_name_taken, &tk);
	return name && strcmp(name, c->name) == 0;
}

static bool pgi_names(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT 'c', co.oid, n.nspname || pg_catalog.chr(31) || co.conname FROM "
			    "pg_catalog.pg_constraint co JOIN pg_catalog.pg_namespace n "
			    "ON n.oid = co.connamespace WHERE " PGI_READ " "
			    "UNION ALL SELECT 'r', c.oid, n.nspname || pg_catalog.chr(31) || c.relname "
			    "FROM pg_catalog.pg_class c "
			    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "WHERE " PGI_READ);
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++)
		pgi_own(pq.PQgetvalue(r, i, 0)[0] == 'c' ? p->con_names : p->rel_names,
			pgi_str(p, r, i, 2), pgi_str(p, r, i, 1));
	pq.PQclear(r);
	return true;
}

/* ---- inline enums: a VARCHAR and the CHECK that keeps it to its values ---- */

/* 'a'::character varying, 'b'::character varying, ... up to the end. */
static bool pgi_enum_values(struct pgi *p, const char *s, const char *end, const char *cast,
			    struct valuelist *out)
{
	while (s < end) {
		const char *after;
		char *v = pgi_quoted(p, s, &after);
		if (!v || strncmp(after, cast, strlen(cast)) != 0)
			return false;
		ir_valuelist_append(out, ir_new_value(p->a, VAL_STRING, v, no_span));
		s = after + strlen(cast);
		if (s < end && strncmp(s, ", ", 2) != 0)
			return false;
		if (s < end)
			s += 2;
	}
	return s == end && out->n > 0;
}

/* The values of `col::text = ANY (ARRAY['a'::character varying, ...]::text[])`
 * or `col::text = 'a'::text`, what the generic column code's
 * CHECK (col IN (...)) comes back as. */
static bool pgi_in_list(struct pgi *p, const char *expr, const char *col,
			struct valuelist *out)
{
	PGconn *h = p->db->h;
	char *q = pq.PQescapeIdentifier(h, col, strlen(col));
	const char *s = expr, *end;
	bool ok = false;

	if (!q)
		return false;
	/* the server quotes a name only where it must */
	if (strncmp(s, col, strlen(col)) == 0 && strncmp(s + strlen(col), "::text = ", 9) == 0)
		s += strlen(col) + 9;
	else if (strncmp(s, q, strlen(q)) == 0 && strncmp(s + strlen(q), "::text = ", 9) == 0)
		s += strlen(q) + 9;
	else
		s = NULL;
	pq.PQfreemem(q);
	if (!s)
		return false;
	if (strncmp(s, "ANY (ARRAY[", 11) == 0 && strlen(s) > 11 + 10) {
		end = s + strlen(s) - 10;
		ok = strcmp(end, "]::text[])") == 0 &&
		     pgi_enum_values(p, s + 11, end, "::character varying", out);
	} else {
		ok = pgi_enum_values(p, s, s + strlen(s), "::text", out);
	}
	return ok;
}

/* A CHECK the server named table_column_check on a VARCHAR as long as the
 * longest of the values it allows: the column was enum ('a', ...). */
/* Whether a check's name is one the server gave a check of the column
 * when its table had another name: OLDTABLE_column_check[N]. */
static bool pgi_check_renamed(const struct pgi_con *c)
{
	size_t n = strlen(c->name), k = strlen(c->cols[0]);
	const char *end = c->name + n;

	while (end > c->name && end[-1] >= '0' && end[-1] <= '9')
		end--;
	n = (size_t)(end - c->name);
	return n > k + 7 && strncmp(end - 6, "_check", 6) == 0 &&
	       strncmp(end - 6 - k, c->cols[0], k) == 0 && end[-7 - (long)k] == '_';
}

static bool pgi_inline_enum(struct pgi *p, const struct pgi_con *c)
{
	struct column *col;
	struct valuelist values = { NULL, NULL, 0 };
	struct type t;

	if (c->type != 'c' || c->ncols != 1 || !c->k->check ||
	    !(col = pgi_column(c->t, c->cols[0])) || col->type.kind != TY_STRING ||
	    !(pgi_check_auto(p, c) || pgi_check_renamed(c)) ||
	    !pgi_in_list(p, c->k->check, col->name.name, &values))
		return false;
	memset(&t, 0, sizeof(t));
	t.kind = TY_ENUM;
	t.enum_values = values;
	if ((long)dialect_enum_length(&t) != col->type.length)
		return false;
	col->type = t;
	col->type.length = -1;
	col->type.precision = -1;
	col->type.scale = TYPE_NO_SCALE;
	col->enum_check = c->name;	/* the model's, kept through renames */
	return true;
}

/* Each constraint to its table, named or not, or taken back into its
 * column's type. */
static void pgi_place_constraints(struct pgi *p)
{
	size_t i;

	for (i = 0; i < p->ncons; i++) {
		struct pgi_con *c = p->cons[i];
		struct pgi_index *ix = c->type == 'x' ? strmap_get(p->index_oid, c->conindid) : NULL;
		struct pgi_table *to = c->type == 'f' ? strmap_get(p->table_oid, c->confrelid) : NULL;
		/* another schema's table, the version table, a partition: the
		 * model could not load a key to it */
		if (c->type == 'f' && !to) {
			pgi_warn(p, "foreign key '%s' on '%s' references a table outside the model "
				 "('%s%s%s'); left out", c->name, c->t->shown,
				 c->k->ref.table.schema ? c->k->ref.table.schema : "",
				 c->k->ref.table.schema ? "." : "", c->k->ref.table.name);
			continue;
		}
		if (to)
			c->k->ref.table = to->op->u.table.name;
		if (pgi_inline_enum(p, c))
			continue;
		if (c->type == 'x') {
			if (!ix) {
				pgi_warn(p, "exclusion constraint '%s' on '%s' could not be read; "
					 "left out", c->name, c->t->shown);
				continue;
			}
			c->k->elems = ix->xelems;
		}
		if (!pgi_auto_named(p, c, ix))
			c->k->name = *pgi_ident(p, c->name);
		*c->t->ktail = c->k;
		c->t->ktail = &c->k->next;
		c->t->op->u.table.nconstraints++;
	}
}

/* ---- indexes ---- */

static void pgi_index_warnings(struct pgi *p, PGresult *r, int i, const char *name,
			       const char *table, const struct pgi_index *ix)
{
	if (!pgi_true(r, i, 7))
		pgi_warn(p, "index '%s' on '%s' is not valid (a failed CREATE INDEX "
			 "CONCURRENTLY?); it is kept", name, table);
	if (strstr(pq.PQgetvalue(r, i, 8), "NULLS NOT DISTINCT"))
		pgi_warn(p, "index '%s' on '%s' is NULLS NOT DISTINCT; left out of it", name,
			 table);
	if (ix->odd)
		pgi_warn(p, "index '%s' on '%s' has a collation of its own, or an operator "
			 "class on an expression; left out of it", name, table);
}

static bool pgi_indexes(struct pgi *p)
{
	/* the indexes a primary key, unique or exclusion constraint made are
	 * the constraint's */
	PGresult *r = pgi_query(p, "SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, "
			    "am.amname, pg_catalog.pg_get_expr(i.indpred, i.indrelid, true), "
			    "i.indnatts > i.indnkeyatts, i.indisvalid, "
			    "pg_catalog.pg_get_indexdef(i.indexrelid) "
			    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = "
			    "i.indexrelid JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
			    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			    "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
			    "WHERE " PGI_READ " AND c.relkind IN ('r', 'p') "
			    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co WHERE "
			    "co.conindid = i.indexrelid AND co.contype IN ('p', 'u', 'x')) "
			    "ORDER BY i.indrelid, i.indexrelid");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct pgi_table *t = strmap_get(p->table_oid, pq.PQgetvalue(r, i, 1));
		struct pgi_index *ix = strmap_get(p->index_oid, pq.PQgetvalue(r, i, 0));
		const char *name = pgi_str(p, r, i, 2);
		struct op *op;
		if (!t)
			continue;
		if (!ix) {
			pgi_warn(p, "index '%s' on '%s' has no key columns it could read; left out",
				 name, t->shown);
			continue;
		}
		op = ir_new_create_index(p->a, no_span, *pgi_ident(p, name), t->op->u.table.name,
					 ix->elems);
		op->u.index.unique = pgi_true(r, i, 3);
		op->u.index.where = pgi_str(p, r, i, 5);
		op->u.index.include = ix->include;
		op->u.index.ops = ix->ops;
		if (strcmp(pq.PQgetvalue(r, i, 4), "btree") != 0)
			op->u.index.using_method = pgi_str(p, r, i, 4);
		pgi_index_warnings(p, r, i, name, t->shown, ix);
		ir_oplist_append(&t->indexes, op);
	}
	pq.PQclear(r);
	return true;
}

/* ---- what the model has no place for ---- */

/* The query makes each warning whole (format's %L quotes a name as the
 * messages do): one line per row. */
static bool pgi_warn_rows(struct pgi *p, const char *sql)
{
	PGresult *r = pgi_query(p, sql);
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++)
		pgi_warn(p, "%s", pq.PQgetvalue(r, i, 0));
	pq.PQclear(r);
	return true;
}

#define PGI_HERE " WHERE " PGI_READ " "
#define PGI_LEFT_OUT " is not part of the model; left out'"
#define PGI_NOT_EXTENSION(cls, obj) \
	" AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '" cls \
	"'::pg_catalog.regclass AND d.objid = " obj " AND d.deptype = 'e')"

static const char *const pgi_other_queries[] = {
	"SELECT pg_catalog.format('rule %L on %L" PGI_LEFT_OUT ", r.rulename, c.relname) "
	"FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class "
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" PGI_HERE
	"AND r.rulename <> '_RETURN' ORDER BY c.relname, r.rulename",

	"SELECT pg_catalog.format('policy %L on %L" PGI_LEFT_OUT ", po.polname, c.relname) "
	"FROM pg_catalog.pg_policy po JOIN pg_catalog.pg_class c ON c.oid = po.polrelid "
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" PGI_HERE
	"ORDER BY c.relname, po.polname",

	"SELECT pg_catalog.format('%s %L" PGI_LEFT_OUT ", CASE pr.prokind WHEN 'p' THEN "
	"'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END, pr.proname || '(' || "
	"pg_catalog.pg_get_function_identity_arguments(pr.oid) || ')') "
	"FROM pg_catalog.pg_proc pr JOIN pg_catalog.pg_namespace n ON n.oid = pr.pronamespace"
	PGI_HERE PGI_NOT_EXTENSION("pg_catalog.pg_proc", "pr.oid") " ORDER BY pr.proname",

	/* not enums (create_enum), nor a table's row type, nor an array type */
	"SELECT pg_catalog.format('%s type %L" PGI_LEFT_OUT ", CASE t.typtype WHEN 'd' THEN "
	"'domain' WHEN 'r' THEN 'range' WHEN 'c' THEN 'composite' ELSE 'base' END, t.typname) "
	"FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
	PGI_HERE "AND t.typtype IN ('b', 'c', 'd', 'r') AND (t.typrelid = 0 OR "
	"(SELECT c.relkind FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid) = 'c') "
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.typarray = t.oid)"
	PGI_NOT_EXTENSION("pg_catalog.pg_type", "t.oid") " ORDER BY t.typname",

	"SELECT pg_catalog.format('extension %L" PGI_LEFT_OUT ", e.extname) "
	"FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = "
	"e.extnamespace" PGI_HERE "ORDER BY e.extname",

	/* comments on what has no comment in the language */
	"SELECT pg_catalog.format('the comment on %s %L" PGI_LEFT_OUT ", CASE c.relkind "
	"WHEN 'S' THEN 'sequence' ELSE 'index' END, c.relname) "
	"FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON d.classoid = "
	"'pg_catalog.pg_class'::pg_catalog.regclass AND d.objoid = c.oid AND d.objsubid = 0 "
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" PGI_HERE
	"AND c.relkind IN ('i', 'S', 'I') ORDER BY c.relname",

	"SELECT pg_catalog.format('the comment on constraint %L on %L" PGI_LEFT_OUT
	", co.conname, c.relname) FROM pg_catalog.pg_description d "
	"JOIN pg_catalog.pg_constraint co ON d.classoid = "
	"'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objoid = co.oid "
	"JOIN pg_catalog.pg_class c ON c.oid = co.conrelid "
	"JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace" PGI_HERE
	"ORDER BY c.relname, co.conname",

	"SELECT pg_catalog.format('the comment on type %L" PGI_LEFT_OUT ", t.typname) "
	"FROM pg_catalog.pg_description d JOIN pg_catalog.pg_type t ON d.classoid = "
	"'pg_catalog.pg_type'::pg_catalog.regclass AND d.objoid = t.oid "
	"JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace" PGI_HERE
	"ORDER BY t.typname",

	/* a schema not read (but the version table's, where it lives) */
	"SELECT pg_catalog.format('schema %L is not read (only the current schema, %L, "
	"and those the migrations or the schema file name are); its objects are left out', "
	"n.nspname, pg_catalog.current_schema()) "
	"FROM pg_catalog.pg_namespace n WHERE NOT " PGI_READ " "
	"AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
	"AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.relnamespace = n.oid "
	"AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relname <> $2) "
	"ORDER BY n.nspname",
};

/* ---- views and triggers ---- */

/* A definition the server wrote, as a fragment: less the ';' it ends
 * with and the blanks around it. */
static const char *pgi_body(struct pgi *p, const char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\n' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ';' || s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
		n--;
	return arena_strndup(p->a, s, n);
}

/* Views, in the order they were made (so each after what it reads), and
 * the triggers of the tables read (not the internal ones of keys). */
static bool pgi_views(struct pgi *p)
{
	PGresult *r = pgi_query(p, "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid, true), "
			    "n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
			    "ON n.oid = c.relnamespace WHERE " PGI_READ " "
			    "AND c.relkind = 'v' ORDER BY c.oid");
	int i;

	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++)
		ir_oplist_append(&p->views, ir_new_view(p->a, OP_CREATE_VIEW, no_span,
							pgi_qn(p, pq.PQgetvalue(r, i, 2),
							       pgi_str(p, r, i, 0)),
							pgi_body(p, pq.PQgetvalue(r, i, 1)), no_span,
							false, NULL, 0, false));
	pq.PQclear(r);
	r = pgi_query(p, "SELECT t.tgname, c.relname, pg_catalog.pg_get_triggerdef(t.oid, true), "
		  "c.relkind, n.nspname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON "
		  "c.oid = t.tgrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
		  "WHERE " PGI_READ " AND NOT t.tgisinternal AND "
		  "c.relkind IN ('r', 'p', 'v') ORDER BY n.nspname, c.relname, t.tgname");
	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++) {
		struct qname table = pgi_qn(p, pq.PQgetvalue(r, i, 4), pgi_str(p, r, i, 1));
		if (pgi_is_version_table(p, pq.PQgetvalue(r, i, 4), table.name))
			continue;
		if (strcmp(pq.PQgetvalue(r, i, 3), "v") == 0) {
			pgi_warn(p, "trigger '%s' on view '%s' is not part of the model; left out",
				 pq.PQgetvalue(r, i, 0), pq.PQgetvalue(r, i, 1));
			continue;
		}
		ir_oplist_append(&p->views, ir_new_trigger(p->a, OP_CREATE_TRIGGER, no_span,
							   *pgi_ident(p, pgi_str(p, r, i, 0)),
							   table,
							   pgi_body(p, pq.PQgetvalue(r, i, 2)), no_span));
	}
	pq.PQclear(r);
	return true;
}

static bool pgi_others(struct pgi *p)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(pgi_other_queries); i++)
		if (!pgi_warn_rows(p, pgi_other_queries[i]))
			return false;
	return true;
}

/* ---- the whole ---- */

static bool pgi_schema(struct pgi *p)
{
	PGresult *r = query(p->db, "SELECT current_schema()", 0, NULL, p->err);

	if (!r)
		return false;
	p->schema = pgi_str(p, r, 0, 0);
	pq.PQclear(r);
	if (!p->schema) {
		sbuf_reset(p->err);
		sbuf_adds(p->err, "no current schema: search_path names none that exists");
		return false;
	}
	return true;
}

/* An element of a text[] literal: in double quotes, \ before " and \. */
static void pgi_array_elem(struct sbuf *sb, const char *s)
{
	sbuf_addc(sb, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sbuf_addc(sb, '\\');
		sbuf_addc(sb, *s);
	}
	sbuf_addc(sb, '"');
}

/* The schemas read: the current one and the asked ones the database has,
 * each of those made by a create_schema of the schema file. */
static bool pgi_schemas(struct pgi *p)
{
	struct sbuf sb = SBUF_INIT;
	PGresult *r;
	size_t k;
	int i;

	sbuf_addc(&sb, '{');
	pgi_array_elem(&sb, p->schema);
	for (k = 0; k < p->nasked; k++) {
		sbuf_addc(&sb, ',');
		pgi_array_elem(&sb, p->asked[k]);
	}
	sbuf_addc(&sb, '}');
	p->nsps = arena_strdup(p->a, sbuf_str(&sb));
	sbuf_release(&sb);
	r = pgi_query(p, "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " PGI_READ
		      " AND n.nspname OPERATOR(pg_catalog.<>) pg_catalog.current_schema() "
		      "ORDER BY n.oid");
	if (!r)
		return false;
	for (i = 0; i < pq.PQntuples(r); i++)
		ir_oplist_append(&p->schemas, ir_new_schema(p->a, OP_CREATE_SCHEMA, no_span,
							    *pgi_ident(p, pgi_str(p, r, i, 0))));
	pq.PQclear(r);
	return true;
}

static bool pgi_read(struct pgi *p)
{
	if (!(pgi_schema(p) && pgi_schemas(p) && pgi_enums(p) && pgi_sequences(p) && pgi_tables(p) &&
	      pgi_columns(p) && pgi_index_elems(p) && pgi_index_includes(p) && pgi_constraints(p) &&
	      pgi_con_columns(p) && pgi_names(p) && pgi_indexes(p) && pgi_views(p) &&
	      pgi_others(p)))
		return false;
	pgi_place_constraints(p);
	return true;
}

/* Schemas, enums and sequences first, then each table with its indexes. */
static void pgi_write(struct pgi *p, struct sbuf *out)
{
	const struct op *op;
	size_t i;

	irwrite_ops(out, &p->schemas, 0);
	for (op = p->types.head; op; op = op->next) {
		irwrite_op(out, op, 0);
		sbuf_addc(out, '\n');
	}
	for (i = 0; i < p->ntables; i++) {
		irwrite_op(out, p->tables[i]->op, 0);
		irwrite_ops(out, &p->tables[i]->indexes, 0);
		sbuf_addc(out, '\n');
	}
	irwrite_ops(out, &p->views, 0);
}

static bool pg_introspect(struct db *db, const char *version_schema, const char *version_table,
			  const char *const *schemas, size_t nschemas, struct sbuf *out,
			  struct sbuf *warn, struct sbuf *err)
{
	struct pgi p;
	bool own_txn = !pg_in_transaction(db), ok;

	memset(&p, 0, sizeof(p));
	p.db = db;
	p.a = arena_new();
	p.warn = warn;
	p.err = err;
	p.vschema = version_schema;
	p.vtable = version_table;
	p.asked = schemas;
	p.nasked = nschemas;
	p.table_oid = strmap_new(0);
	p.con_oid = strmap_new(0);
	p.index_oid = strmap_new(0);
	p.con_names = strmap_new(0);
	p.rel_names = strmap_new(0);
	ok = !own_txn || pg_exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err);
	ok = ok && pgi_read(&p);
	if (ok)
		pgi_write(&p, out);
	if (own_txn && pg_in_transaction(db))
		pg_rollback(db);	/* it read, it wrote nothing */
	strmap_free(p.table_oid);
	strmap_free(p.con_oid);
	strmap_free(p.index_oid);
	strmap_free(p.con_names);
	strmap_free(p.rel_names);
	arena_free(p.a);
	return ok;
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
	.introspect = pg_introspect,
};
