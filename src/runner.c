/* Running migrations on a database.  The statements come from the same
 * migrate_plan the --sql writer uses; a sink here executes them instead of
 * printing them.  Around that: the URL, the driver, the lock that keeps
 * two runners apart, the version rows read under it, and after a failure
 * a rollback and an exact account of where the run stopped. */
#include "runner.h"
#include "migrate.h"
#include "config.h"
#include "dialect.h"
#include "revgraph.h"
#include "scriptdir.h"
#include "srcfile.h"
#include "status.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- URLs ---- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static char *decode(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '%' && i + 2 < n &&
		    hexval((unsigned char)s[i + 1]) >= 0 && hexval((unsigned char)s[i + 2]) >= 0) {
			*o++ = (char)(hexval((unsigned char)s[i + 1]) * 16 +
				      hexval((unsigned char)s[i + 2]));
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

bool db_url_parse(struct db_url *u, const char *url, struct sbuf *err)
{
	const char *sep = strstr(url, "://"), *p, *end, *at, *slash, *q;
	size_t n;

	memset(u, 0, sizeof(*u));
	if (!sep || sep == url) {
		sbuf_addf(err, "a database URL is scheme://..., as in sqlite:///app.db or "
			  "postgresql://user@host/db");
		return false;
	}
	n = strcspn(url, "+:");
	u->scheme = xstrndup(url, n);
	for (char *c = u->scheme; *c; c++)
		*c = (char)tolower((unsigned char)*c);
	u->after_scheme = sep + 3;
	p = sep + 3;
	q = strchr(p, '?');
	end = q ? q : p + strlen(p);
	if (q)
		u->query = xstrdup(q + 1);
	slash = memchr(p, '/', (size_t)(end - p));
	if (!slash)
		slash = end;
	/* the last '@' before the path ends the user part (a password may
	 * hold one, percent-encoded or not) */
	at = NULL;
	for (const char *c = p; c < slash; c++)
		if (*c == '@')
			at = c;
	if (at) {
		const char *colon = memchr(p, ':', (size_t)(at - p));
		u->user = decode(p, (size_t)((colon ? colon : at) - p));
		if (colon)
			u->password = decode(colon + 1, (size_t)(at - colon - 1));
		p = at + 1;
	}
	if (p < slash) {
		const char *hend = slash, *colon = NULL;
		if (*p == '[') {	/* [v6 address] */
			const char *rb = memchr(p, ']', (size_t)(slash - p));
			if (rb) {
				u->host = xstrndup(p + 1, (size_t)(rb - p - 1));
				colon = rb + 1 < slash && rb[1] == ':' ? rb + 1 : NULL;
			}
		} else {
			colon = memchr(p, ':', (size_t)(slash - p));
			u->host = decode(p, (size_t)((colon ? colon : hend) - p));
		}
		if (colon) {
			char *e;
			long port = strtol(colon + 1, &e, 10);
			if (e != slash || port <= 0 || port > 65535) {
				sbuf_addf(err, "bad port in the database URL");
				db_url_release(u);
				return false;
			}
			u->port = (int)port;
		}
	}
	if (slash < end)
		u->database = decode(slash + 1, (size_t)(end - slash - 1));
	return true;
}

void db_url_release(struct db_url *u)
{
	free(u->scheme);
	free(u->user);
	free(u->password);
	free(u->host);
	free(u->database);
	free(u->query);
	memset(u, 0, sizeof(*u));
}

/* The secrets a URL holds, as written and percent-decoded: the password
 * of its user part (ended by any '@', so that a raw '/', '?' or '@' in it
 * does not end it early), and the values of every parameter password and
 * sslpassword, whatever their case or percent-encoding, however many, and
 * wherever a '?' or '&' starts one (a '@' after the query, or a '?' in the
 * password, must not hide a parameter from us: the client libraries may
 * still read it).  Over-hiding a URL that is not one is the safe side. */
struct secrets {
	char **v;
	size_t n, cap;
};

static void secret_add(struct secrets *sc, const char *s, size_t n)
{
	char *raw, *dec;

	if (!n)
		return;
	XGROW(sc->v, sc->cap, sc->n + 2);
	raw = xstrndup(s, n);
	dec = decode(s, n);
	sc->v[sc->n++] = raw;
	if (strcmp(dec, raw) != 0 && *dec)
		sc->v[sc->n++] = dec;
	else
		free(dec);
}

static void secrets_of(struct secrets *sc, const char *url)
{
	const char *rest = strstr(url, "://"), *at, *colon, *p;

	memset(sc, 0, sizeof(*sc));
	rest = rest ? rest + 3 : url;
	/* the password runs from the first ':' to an '@': which '@' depends
	 * on who reads it (our parser takes the last before the path, libpq
	 * and libmariadb have their own rules), so each '@' ends one */
	colon = strchr(rest, ':');
	for (at = colon ? strchr(colon, '@') : NULL; at; at = strchr(at + 1, '@'))
		secret_add(sc, colon + 1, (size_t)(at - colon - 1));
	/* a key follows any '?' or '&', and runs to the '=' either before the
	 * next '?' or (for a reader that splits at '&' alone) past it; its
	 * value runs to the next '&'; a decoded key is read as a C string is,
	 * to a NUL (%00) */
	for (p = strpbrk(rest, "?&"); p; p = strpbrk(p, "?&")) {
		size_t n[2], k;
		p++;
		n[0] = strcspn(p, "?&=");
		n[1] = strcspn(p, "&=");
		for (k = 0; k < 2; k++) {
			char *key;
			if (p[n[k]] != '=' || (k == 1 && n[1] == n[0]))
				continue;
			key = decode(p, n[k]);
			if (strcasecmp(key, "password") == 0 || strcasecmp(key, "sslpassword") == 0)
				secret_add(sc, p + n[k] + 1, strcspn(p + n[k] + 1, "&"));
			free(key);
		}
	}
}

static void secrets_release(struct secrets *sc)
{
	size_t i;

	for (i = 0; i < sc->n; i++)
		free(sc->v[i]);
	free(sc->v);
	memset(sc, 0, sizeof(*sc));
}

void db_url_masked(struct sbuf *out, const char *url)
{
	struct secrets sc;

	secrets_of(&sc, url);
	util_hide(out, url, (const char *const *)sc.v, sc.n, "***");
	secrets_release(&sc);
}

/* Every message said since `from`, with the URL's secrets hidden: a
 * driver's own words may echo the URL, or a piece of it. */
static void redact_since(struct diag *d, size_t from, const char *url)
{
	struct secrets sc;

	if (!url)
		return;
	secrets_of(&sc, url);
	if (sc.n)
		diag_hide(d, from, (const char *const *)sc.v, sc.n, "***");
	secrets_release(&sc);
}

char *db_url_param(const struct db_url *u, const char *key)
{
	const char *p = u->query;
	size_t klen = strlen(key);

	while (p && *p) {
		size_t n = strcspn(p, "&");
		const char *eq = memchr(p, '=', n);
		if (eq && (size_t)(eq - p) == klen && memcmp(p, key, klen) == 0)
			return decode(eq + 1, (size_t)(p + n - eq - 1));
		p += n;
		if (*p == '&')
			p++;
	}
	return NULL;
}

/* The driver of each dialect's database, or where this build has none,
 * the client library it lacked; a URL's scheme names the dialect (or its
 * alias), as --dialect does. */
#if defined(HAVE_LIBPQ)
#define PG_DRIVER (&db_postgresql)
#else
#define PG_DRIVER NULL
#endif
#if defined(HAVE_MARIADB)
#define MYSQL_DRIVER (&db_mysql)
#else
#define MYSQL_DRIVER NULL
#endif
static const struct {
	const struct dialect *dialect;
	const struct db_driver *driver;
	const char *what, *library;	/* for "built without WHAT (LIBRARY ...)" */
} drivers[] = {
	{ &dialect_mysql, MYSQL_DRIVER, "MySQL/MariaDB", "libmariadb" },
	{ &dialect_postgresql, PG_DRIVER, "PostgreSQL", "libpq" },
	{ &dialect_sqlite, &db_sqlite, "SQLite", "libsqlite3" },
};

void db_driver_names(struct sbuf *out)
{
	const char *sep = "";
	size_t i;

	for (i = 0; i < ARRAY_LEN(drivers); i++) {
		if (!drivers[i].driver)
			continue;
		sbuf_addf(out, "%s%s", sep, drivers[i].dialect->rules.name);
		sep = " ";
	}
}

void db_process_setup(void)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(drivers); i++)
		if (drivers[i].driver && drivers[i].driver->process_setup)
			drivers[i].driver->process_setup();
}

const struct db_driver *db_driver_for(const char *scheme, struct sbuf *err)
{
	const struct dialect *dl = dialect_find(scheme);
	size_t i;

	for (i = 0; dl && i < ARRAY_LEN(drivers); i++) {
		if (drivers[i].dialect != dl)
			continue;
		if (!drivers[i].driver)
			sbuf_addf(err, "retort was built without %s support (%s was not found "
				  "when it was built)", drivers[i].what, drivers[i].library);
		return drivers[i].driver;
	}
	sbuf_addf(err, "no driver for '%s' URLs (known: ", scheme);
	dialect_add_names(err, ", ", true);
	sbuf_addc(err, ')');
	return NULL;
}

/* ---- a connection, with its lock ---- */

struct conn {
	const struct db_driver *drv;
	struct db *db;
	char *shown;		/* the URL as messages show it */
	char *key;		/* the lock's name */
	bool locked;
};

static void conn_close(struct conn *c)
{
	if (c->db) {
		if (c->locked)
			c->drv->unlock(c->db, c->key);
		c->drv->close(c->db);
	}
	free(c->shown);
	free(c->key);
	memset(c, 0, sizeof(*c));
}

static int conn_open(struct conn *c, const struct retort_config *cfg, bool create,
		     struct diag *d)
{
	struct db_url u;
	struct sbuf err = SBUF_INIT, shown = SBUF_INIT, key = SBUF_INIT;
	int rc = RETORT_OK;

	memset(c, 0, sizeof(*c));
	if (!cfg->url) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "no database URL: pass --url, set "
			   "RETORT_URL or put url in the config (or print the SQL with --sql)");
		return RETORT_ERR_USAGE;
	}
	db_url_masked(&shown, cfg->url);
	c->shown = sbuf_detach(&shown, NULL);
	if (!db_url_parse(&u, cfg->url, &err)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "%s: %s", c->shown, sbuf_str(&err));
		rc = RETORT_ERR_USAGE;
		goto out;
	}
	if (!(c->drv = db_driver_for(u.scheme, &err))) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "%s", sbuf_str(&err));
		rc = RETORT_ERR_USAGE;
	} else if (!(c->db = c->drv->open(&u, create, &err))) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "cannot connect to %s: %s",
			   c->shown, sbuf_str(&err));
		rc = RETORT_ERR_DATABASE;
	}
	/* One lock per version table: two projects sharing a database with
	 * their own tables do not wait for each other. */
	sbuf_addf(&key, "retort:%s%s%s", cfg->version_table_schema ? cfg->version_table_schema : "",
		  cfg->version_table_schema ? "." : "", cfg->version_table);
	c->key = sbuf_detach(&key, NULL);
	db_url_release(&u);
out:
	sbuf_release(&err);
	if (rc != RETORT_OK)
		conn_close(c);
	return rc;
}

static int conn_lock(struct conn *c, long timeout_ms, struct diag *d)
{
	struct sbuf err = SBUF_INIT;
	int rc = RETORT_OK;

	switch (c->drv->lock(c->db, c->key, timeout_ms, &err)) {
	case DB_LOCKED:
		c->locked = true;
		break;
	case DB_LOCK_TIMEOUT:
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "%s: gave up after %.3g s waiting "
			   "for the migration lock, which %s", c->shown, (double)timeout_ms / 1000,
			   sbuf_str(&err));
		rc = RETORT_ERR_DATABASE;
		break;
	case DB_LOCK_ERROR:
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "%s: cannot take the migration "
			   "lock: %s", c->shown, sbuf_str(&err));
		rc = RETORT_ERR_DATABASE;
		break;
	}
	sbuf_release(&err);
	return rc;
}

/* The rows as revisions of the graph; a row the graph lacks is an error:
 * the database is ahead of this checkout, or from another project. */
static int conn_rows(struct conn *c, const struct retort_config *cfg, const struct dialect *dl,
		     const struct revgraph *g, bool *exists, struct revset *rows, struct diag *d)
{
	struct sbuf select = SBUF_INIT, err = SBUF_INIT;
	char **ids = NULL;
	size_t n = 0, i;
	int rc = RETORT_OK;

	dialect_version_select(dl, &select, cfg->version_table_schema, cfg->version_table);
	if (!c->drv->read_versions(c->db, cfg->version_table_schema, cfg->version_table,
				   sbuf_str(&select), exists, &ids, &n, &err)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "%s: cannot read the version "
			   "table %s: %s", c->shown, cfg->version_table, sbuf_str(&err));
		rc = RETORT_ERR_DATABASE;
	}
	rows->n = 0;
	for (i = 0; i < n; i++) {
		struct revision *r = revgraph_get(g, ids[i]);
		if (!r && rc == RETORT_OK) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_UNKNOWN, "%s is at revision '%s', "
				   "which is not in %s (is this checkout behind the database? If "
				   "that revision is gone for good, 'retort stamp --purge REV' "
				   "sets the version table to REV, running nothing)",
				   c->shown, ids[i], cfg->script_location);
			rc = RETORT_ERR_MIGRATION;
		}
		if (r && !revset_has(rows, r))
			revset_add(rows, r);
		free(ids[i]);
	}
	free(ids);
	sbuf_release(&select);
	sbuf_release(&err);
	return rc;
}

/* ---- executing what the script writer produces ---- */

struct exec_sink {
	struct sink sink;
	struct conn *c;
	struct sbuf *out;
	FILE *stream;
	bool verbose;
	bool failed;
	bool stopped;			/* by retort, at an op (the diag says why),
					 * not by a statement the server refused */
	bool txn;			/* a BEGIN ran, and no COMMIT or ROLLBACK since
					 * (a failed COMMIT leaves it set) */
	struct sbuf err;		/* the server's words */
	char *statement;		/* the one refused */
	char *running;			/* "Running upgrade A -> B, msg" */
	struct sbuf at;			/* file:line of the op being run, or empty */
	size_t nrun;			/* statements of this revision run so far */
};

/* Progress, as it happens where there is a stream: a long run shows
 * where it is, and a killed one how far it got. */
static void say(struct exec_sink *x, const char *text, const char *end)
{
	if (x->stream) {
		fputs(text, x->stream);
		fputs(end, x->stream);
		fflush(x->stream);
	} else {
		sbuf_adds(x->out, text);
		sbuf_adds(x->out, end);
	}
}

static void exec_statement(void *ctx, const char *sql, size_t len)
{
	struct exec_sink *x = ctx;

	(void)len;
	if (x->failed)
		return;
	if (x->verbose)
		say(x, sql, ";\n");
	if (!x->c->drv->exec(x->c->db, sql, &x->err)) {
		x->failed = true;
		x->statement = xstrdup(sql);
		return;
	}
	if (strncasecmp(sql, "BEGIN", 5) == 0 && (sql[5] == '\0' || sql[5] == ';'))
		x->txn = true;
	else if ((strncasecmp(sql, "COMMIT", 6) == 0 && (sql[6] == '\0' || sql[6] == ';')) ||
		 (strncasecmp(sql, "ROLLBACK", 8) == 0 && (sql[8] == '\0' || sql[8] == ';')))
		x->txn = false;
	x->nrun++;
}

static void exec_progress(void *ctx, const char *text)
{
	struct exec_sink *x = ctx;

	free(x->running);
	x->running = xstrdup(text);
	x->nrun = 0;
	say(x, text, "\n");
}

static bool exec_failed(void *ctx)
{
	return ((struct exec_sink *)ctx)->failed;
}

static void exec_at(void *ctx, const struct srcfile *src, const struct op *op)
{
	struct exec_sink *x = ctx;

	if (x->failed)
		return;
	sbuf_reset(&x->at);
	if (src && op)
		sbuf_addf(&x->at, "%s:%u", src->path, op->line);
}

static bool exec_unknown_holder(void *ctx, const char *table, const char *const *known,
				size_t nknown, struct sbuf *what)
{
	struct exec_sink *x = ctx;

	if (x->failed || !x->c->drv->unknown_holder)
		return false;
	if (!x->c->drv->unknown_holder(x->c->db, table, known, nknown, what, &x->err)) {
		x->failed = true;	/* the database could not be asked */
		x->statement = xstrdup("(reading what names the table)");
		return false;
	}
	if (what->len)		/* the op's error stops the run here */
		x->failed = x->stopped = true;
	return what->len > 0;
}

static void exec_sink_init(struct exec_sink *x, struct conn *c, struct sbuf *out, FILE *stream,
			   bool verbose)
{
	struct sbuf empty = SBUF_INIT;

	memset(x, 0, sizeof(*x));
	x->c = c;
	x->out = out;
	x->stream = stream;
	x->verbose = verbose;
	x->err = empty;
	x->at = empty;
	x->sink.statement = exec_statement;
	x->sink.progress = exec_progress;
	x->sink.failed = exec_failed;
	x->sink.at = exec_at;
	x->sink.unknown_holder = exec_unknown_holder;
	x->sink.ctx = x;
}

static void exec_sink_release(struct exec_sink *x)
{
	sbuf_release(&x->err);
	sbuf_release(&x->at);
	free(x->statement);
	free(x->running);
}

/* The version rows, read on a connection of its own: after a failure that
 * took the run's connection with it. */
static bool reread_fresh(const struct retort_config *cfg, const struct dialect *dl,
			 const struct revgraph *g, struct revset *rows)
{
	struct conn fresh;
	struct diag quiet = DIAG_INIT;
	bool exists = false, ok;

	ok = conn_open(&fresh, cfg, false, &quiet) == RETORT_OK &&
	     conn_rows(&fresh, cfg, dl, g, &exists, rows, &quiet) == RETORT_OK;
	conn_close(&fresh);
	diag_release(&quiet);
	return ok;
}

/* After a refused statement: what happened, where, and where the database
 * is now (read again, after the rollback). */
static void report_failure(struct exec_sink *x, const struct retort_config *cfg,
			   const struct dialect *dl, const struct revgraph *g, bool rolled_back,
			   struct diag *d)
{
	struct conn *c = x->c;
	struct revset now = { NULL, 0, 0 };
	struct diag quiet = DIAG_INIT;
	struct sbuf sb = SBUF_INIT;
	bool exists = false;
	/* what became of the statements that ran: said from what the run
	 * knows (a BEGIN it sent, the server's own state), never guessed */
	const char *stayed = rolled_back ? "rolled back"
		: x->txn ? "the transaction ended with the failure (a COMMIT that fails, or "
			   "a connection that is lost, keeps none of it)"
		: !(dl->caps & CAP_TRANSACTIONAL_DDL)
		? "nothing to roll back: this database commits each DDL statement, so "
		  "what ran of the revision stays"
		: "not in a transaction (transactional false), so what ran stays";

	if (!x->stopped)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "%s refused a statement: %s",
			   c->drv->name, sbuf_str(&x->err));
	if (x->running) {
		const char *what = x->running;
		if (strncmp(what, "Running ", 8) == 0)
			what += 8;
		diag_plain(d, DIAG_SEV_NOTE, DIAG_DATABASE, "in %s%s%s; %zu of the revision's "
			   "statements had run before it", what, x->at.len ? "; the op at " : "",
			   x->at.len ? sbuf_str(&x->at) : "", x->nrun);
	}
	if (!x->stopped)
		diag_plain(d, DIAG_SEV_NOTE, DIAG_DATABASE, "the statement: %s", x->statement);
	if (conn_rows(c, cfg, dl, g, &exists, &now, &quiet) == RETORT_OK) {
		revgraph_add_ids(&sb, now.v, now.n, "base");
		diag_plain(d, DIAG_SEV_NOTE, DIAG_DATABASE, "%s; the database is at %s",
			   stayed, sbuf_str(&sb));
	} else if (reread_fresh(cfg, dl, g, &now)) {
		/* the connection is gone (or unusable): a new one can tell */
		revgraph_add_ids(&sb, now.v, now.n, "base");
		diag_plain(d, DIAG_SEV_NOTE, DIAG_DATABASE, "%s; the connection could not be used "
			   "after it%s%s%s; read on a new one, the database is at %s", stayed,
			   quiet.n ? " (" : "", quiet.n ? quiet.v[0].msg : "", quiet.n ? ")" : "",
			   sbuf_str(&sb));
	} else {
		diag_plain(d, DIAG_SEV_NOTE, DIAG_DATABASE, "%s; the database cannot be read "
			   "now%s%s%s, so where it is is not known: look (retort current) before "
			   "running again", stayed, quiet.n ? " (" : "",
			   quiet.n ? quiet.v[0].msg : "", quiet.n ? ")" : "");
	}
	diag_release(&quiet);
	sbuf_release(&sb);
	revset_release(&now);
}

static bool plan_for(const struct run_request *rq, const struct revset *rows,
		     struct plan *plan, struct diag *d)
{
	const struct revgraph *g = rq->sd->graph;

	switch (rq->kind) {
	case RUN_UPGRADE:
		return revgraph_plan_upgrade(g, rows, rq->target, plan, d);
	case RUN_DOWNGRADE:
		return revgraph_plan_downgrade(g, rows, rq->target, plan, d);
	case RUN_STAMP:
		return true;
	}
	UNREACHABLE();
}

static bool lower_plan(const struct run_request *rq, struct revset *rows,
		       const struct plan *plan, const struct migrate_opts *mo,
		       const struct sink *sink, struct diag *d)
{
	struct scriptdir *sd = rq->sd;

	if (rq->kind == RUN_STAMP)
		return migrate_stamp(sd->graph, rows, rq->target, mo, sink, sd->arena, d);
	return migrate_plan(sd, rows, plan, mo, sink, sd->arena, d);
}

/* The lowering's options for a run of rq on a database whose version
 * table is there or not (exists). */
static void run_opts(const struct run_request *rq, bool exists, struct migrate_opts *mo)
{
	const struct retort_config *cfg = rq->cfg;

	memset(mo, 0, sizeof(*mo));
	mo->dialect = rq->dialect;
	mo->version_table = cfg->version_table;
	mo->version_schema = cfg->version_table_schema;
	mo->per_migration = cfg->transaction_per_migration;
	mo->version_table_exists = exists;
	mo->purge = rq->purge;
	mo->xargs = (const char *const *)cfg->xargs;
	mo->nxargs = cfg->nxargs;
}

static int conn_open_reading(struct conn *c, const struct retort_config *cfg, long timeout_ms,
			     struct diag *d);

static int plan_body(const struct run_request *rq, struct revset *rows, struct plan *plan,
		     struct revset *after, struct sbuf *sql, struct diag *d)
{
	struct conn c;
	struct migrate_opts mo;
	struct text_sink ts;
	bool exists = false;
	size_t i;
	int rc;

	if ((rc = conn_open_reading(&c, rq->cfg, rq->lock_timeout_ms, d)) != RETORT_OK)
		return rc;
	rc = conn_rows(&c, rq->cfg, rq->dialect, rq->sd->graph, &exists, rows, d);
	conn_close(&c);
	if (rc != RETORT_OK)
		return rc;
	if (!plan_for(rq, rows, plan, d))
		return RETORT_ERR_MIGRATION;
	run_opts(rq, exists, &mo);
	mo.annotate = rq->annotate;
	for (i = 0; i < rows->n; i++)
		revset_push(after, rows->v[i]);
	migrate_text_sink(&ts, sql, NULL);
	rc = plan->n && !lower_plan(rq, after, plan, &mo, &ts.sink, d) ? RETORT_ERR_MIGRATION
								      : RETORT_OK;
	migrate_text_sink_release(&ts);
	return rc;
}

int runner_plan(const struct run_request *rq, struct revset *rows, struct plan *plan,
		struct revset *after, struct sbuf *sql, struct diag *d)
{
	size_t from = d->n;
	int rc = plan_body(rq, rows, plan, after, sql, d);

	redact_since(d, from, rq->cfg->url);
	return rc;
}

static int run_body(const struct run_request *rq, struct sbuf *out, struct diag *d)
{
	const struct retort_config *cfg = rq->cfg;
	struct conn c;
	struct revset rows = { NULL, 0, 0 }, dry = { NULL, 0, 0 };
	struct plan plan = { NULL, 0, 0 };
	struct migrate_opts mo;
	struct sink discard = { 0 };	/* no callbacks: lowered, not kept */
	struct exec_sink x;
	bool exists = false, muted;
	int rc;

	if ((rc = conn_open(&c, cfg, true, d)) != RETORT_OK)
		return rc;
	if ((rc = conn_lock(&c, rq->lock_timeout_ms, d)) != RETORT_OK)
		goto out;
	if (rq->purge) {
		/* rows it does not know are what --purge is for: only whether
		 * the table can be read matters */
		struct diag quiet = DIAG_INIT;
		rc = conn_rows(&c, cfg, rq->dialect, rq->sd->graph, &exists, &rows, &quiet);
		if (rc == RETORT_ERR_DATABASE)
			diag_move(d, &quiet);
		diag_release(&quiet);
		if (rc == RETORT_ERR_DATABASE)
			goto out;
		rows.n = 0;
	} else if ((rc = conn_rows(&c, cfg, rq->dialect, rq->sd->graph, &exists, &rows,
				   d)) != RETORT_OK) {
		goto out;
	}
	rc = RETORT_ERR_MIGRATION;
	if (!plan_for(rq, &rows, &plan, d))
		goto out;
	run_opts(rq, exists, &mo);
	/* first without the database, into a sink that keeps nothing: an
	 * error in the plan stops the run before the database sees a statement */
	for (size_t i = 0; i < rows.n; i++)
		revset_add(&dry, rows.v[i]);
	if (!lower_plan(rq, &dry, &plan, &mo, &discard, d) || d->nerrors)
		goto out;
	/* then for real, its warnings already said */
	muted = d->mute_warnings;
	d->mute_warnings = true;
	exec_sink_init(&x, &c, out, rq->stream, rq->verbose);
	if (lower_plan(rq, &rows, &plan, &mo, &x.sink, d) && !x.failed) {
		rc = RETORT_OK;
	} else if (x.failed) {
		bool rolled_back = c.drv->in_transaction(c.db);
		if (rolled_back)
			c.drv->rollback(c.db);
		report_failure(&x, cfg, rq->dialect, rq->sd->graph, rolled_back, d);
		rc = RETORT_ERR_DATABASE;
	}
	d->mute_warnings = muted;
	exec_sink_release(&x);
out:
	revset_release(&dry);
	revset_release(&rows);
	plan_release(&plan);
	conn_close(&c);
	return rc;
}

/* A connection for reading only, that waits up to timeout_ms for a
 * runner's lock where the lock blocks readers too (SQLite's). */
static int conn_open_reading(struct conn *c, const struct retort_config *cfg, long timeout_ms,
			     struct diag *d)
{
	int rc = conn_open(c, cfg, false, d);

	if (rc == RETORT_OK && c->drv->wait_reads)
		c->drv->wait_reads(c->db, timeout_ms);
	return rc;
}

int runner_run(const struct run_request *rq, struct sbuf *out, struct diag *d)
{
	size_t from = d->n;
	int rc = run_body(rq, out, d);

	redact_since(d, from, rq->cfg->url);
	return rc;
}

static int current_body(const struct retort_config *cfg, const struct dialect *dl,
			struct scriptdir *sd, long timeout_ms, struct revset *rows,
			struct diag *d)
{
	struct conn c;
	bool exists;
	int rc;

	if ((rc = conn_open_reading(&c, cfg, timeout_ms, d)) != RETORT_OK)
		return rc;
	rc = conn_rows(&c, cfg, dl, sd->graph, &exists, rows, d);
	conn_close(&c);
	return rc;
}

int runner_current(const struct retort_config *cfg, const struct dialect *dl,
		   struct scriptdir *sd, long timeout_ms, struct revset *rows, struct diag *d)
{
	size_t from = d->n;
	int rc = current_body(cfg, dl, sd, timeout_ms, rows, d);

	redact_since(d, from, cfg->url);
	return rc;
}

static int introspect_body(const struct retort_config *cfg, const struct dialect *dl,
			   struct scriptdir *sd, long timeout_ms, const char *const *schemas,
			   size_t nschemas, struct sbuf *text, struct revset *rows, struct diag *d)
{
	struct conn c;
	struct sbuf warn = SBUF_INIT, err = SBUF_INIT;
	bool exists;
	int rc;

	if ((rc = conn_open_reading(&c, cfg, timeout_ms, d)) != RETORT_OK)
		return rc;
	if (sd && (rc = conn_rows(&c, cfg, dl, sd->graph, &exists, rows, d)) != RETORT_OK)
		goto out;
	if (!c.drv->introspect) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "%s: reading the schema of a %s "
			   "database is not supported", c.shown, c.drv->name);
		rc = RETORT_ERR_USAGE;
		goto out;
	}
	if (!c.drv->introspect(c.db, cfg->version_table_schema, cfg->version_table, schemas,
			       nschemas, text, &warn, &err)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_DATABASE, "%s: cannot read the schema: %s",
			   c.shown, sbuf_str(&err));
		rc = RETORT_ERR_DATABASE;
		goto out;
	}
	{
		const char *line = sbuf_str(&warn), *nl;
		for (; *line; line = nl + 1) {
			nl = strchr(line, '\n');
			if (!nl)
				nl = line + strlen(line) - 1;
			diag_plain(d, DIAG_SEV_WARNING, DIAG_DATABASE, "%s: %.*s", c.shown,
				   (int)(nl - line + (*nl != '\n')), line);
		}
	}
out:
	sbuf_release(&warn);
	sbuf_release(&err);
	conn_close(&c);
	return rc;
}

int runner_introspect(const struct retort_config *cfg, const struct dialect *dl,
		      struct scriptdir *sd, long timeout_ms, const char *const *schemas,
		      size_t nschemas, struct sbuf *text, struct revset *rows, struct diag *d)
{
	size_t from = d->n;
	int rc = introspect_body(cfg, dl, sd, timeout_ms, schemas, nschemas, text, rows, d);

	redact_since(d, from, cfg->url);
	return rc;
}
