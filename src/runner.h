/* The runner: applying a plan to a live database.  One small interface a
 * driver fills in (connect, execute, read the version rows, lock), one
 * file per driver (db_sqlite.c, db_postgresql.c, db_mysql.c), and the run
 * itself in runner.c, which feeds the driver the statements the --sql
 * writer would print, through the same migrate_plan. */
#ifndef RETORT_RUNNER_H
#define RETORT_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "sbuf.h"

/* A database URL, SQLAlchemy's form: scheme[+driver]://[user[:password]@]
 * [host][:port][/database][?key=value&...].  Fields are percent-decoded;
 * absent ones are NULL (port 0). */
struct db_url {
	char *scheme;		/* without "+driver" */
	char *user, *password, *host, *database;
	int port;
	char *query;		/* after '?', as written */
	const char *after_scheme;	/* into the original: what follows "://" */
};

bool db_url_parse(struct db_url *u, const char *url, struct sbuf *err);
void db_url_release(struct db_url *u);
/* The URL with its password replaced by "***", for messages. */
void db_url_masked(struct sbuf *out, const char *url);
/* A query parameter's decoded value, or NULL. */
char *db_url_param(const struct db_url *u, const char *key);

struct db;

enum db_lock { DB_LOCKED, DB_LOCK_TIMEOUT, DB_LOCK_ERROR };

/* A driver.  Errors are written into err as one line, the server's words. */
struct db_driver {
	const char *name;		/* for messages: "PostgreSQL" */
	/* create: a missing database file may be made (SQLite); a reading
	 * command passes false, so a mistyped path is not a new database */
	struct db *(*open)(const struct db_url *u, bool create, struct sbuf *err);
	void (*close)(struct db *db);
	bool (*exec)(struct db *db, const char *sql, struct sbuf *err);
	/* Whether the table exists, and if so its version_num values (select
	 * is the query, spelled by the dialect), each as a malloc'd string. */
	bool (*read_versions)(struct db *db, const char *schema, const char *table,
			      const char *select, bool *exists, char ***rows, size_t *nrows,
			      struct sbuf *err);
	/* A lock held until unlock or the connection ends, named by key;
	 * waits up to timeout_ms.  On DB_LOCK_TIMEOUT err says who holds it. */
	enum db_lock (*lock)(struct db *db, const char *key, long timeout_ms,
			     struct sbuf *err);
	void (*unlock)(struct db *db, const char *key);
	bool (*in_transaction)(struct db *db);
	void (*rollback)(struct db *db);
	/* Optional: a read waits up to timeout_ms for a runner's lock, where
	 * the lock blocks readers too (SQLite's). */
	void (*wait_reads)(struct db *db, long timeout_ms);
	/* The database's enums, sequences, tables (columns, constraints,
	 * comments) and indexes written as a schema file in the migration
	 * language, into out, leaving out the version table (schema may be
	 * NULL).  What the language cannot say (a view, a trigger, a column
	 * type it has no name for, an index on an expression it cannot
	 * read...) is one line each in warn, never dropped in silence.  The
	 * current schema is read, and each of the n schemas named that the
	 * database has (its objects' names qualified, a create_schema first);
	 * a driver without schemas ignores them. */
	bool (*introspect)(struct db *db, const char *version_schema,
			   const char *version_table, const char *const *schemas, size_t n,
			   struct sbuf *out, struct sbuf *warn, struct sbuf *err);
	/* Optional (SQLite's, whose table copy a view or trigger that names
	 * the table stops halfway): the first such view or trigger whose name
	 * is not in known, described into what ("view 'v'"); false when the
	 * database could not be asked (err says why). */
	bool (*unknown_holder)(struct db *db, const char *table, const char *const *known,
			       size_t nknown, struct sbuf *what, struct sbuf *err);
	/* Optional: settings for the whole process, made before the driver's
	 * library is first used (db_process_setup). */
	void (*process_setup)(void);
};

/* The driver for a URL scheme; NULL with a message in err when the scheme
 * is unknown or this build lacks the library. */
const struct db_driver *db_driver_for(const char *scheme, struct sbuf *err);
/* The dialects this build has a driver for, by name, one space between
 * (`retort --version` says them). */
void db_driver_names(struct sbuf *out);
/* Each driver's process_setup: for a program that owns its process and
 * calls it before anything else (retort_process_setup). */
void db_process_setup(void);

extern const struct db_driver db_sqlite;		/* always built in */
#if defined(HAVE_LIBPQ)
extern const struct db_driver db_postgresql;
#endif
#if defined(HAVE_MARIADB)
extern const struct db_driver db_mysql;
#endif

struct diag;
struct dialect;
struct retort_config;
struct plan;
struct revset;
struct scriptdir;

enum run_kind { RUN_UPGRADE, RUN_DOWNGRADE, RUN_STAMP };

struct run_request {
	const struct retort_config *cfg;
	const struct dialect *dialect;
	struct scriptdir *sd;
	enum run_kind kind;
	const char *target;
	long lock_timeout_ms;
	bool verbose;		/* each statement goes to out before it runs */
	FILE *stream;		/* progress goes here as it happens, else to out */
	bool purge;		/* stamp: every row deleted first, known or not */
	bool annotate;		/* runner_plan: "-- file:line" above each op */
};

/* Connects, takes the lock, reads the version rows, plans from them to the
 * target and runs the plan; "Running upgrade ..." lines go to out.  After
 * a refused statement: rolled back where the database can, and d says
 * where the run stopped and where the database is.  A retort_status. */
int runner_run(const struct run_request *rq, struct sbuf *out, struct diag *d);
/* upgrade|downgrade --plan: what runner_run would do, nothing run (no
 * lock taken, no statement sent but the reading of the version table):
 * the rows it reads, the plan from them, the rows the plan would leave
 * (after) and the SQL it would send (sql, as --sql writes it).  A
 * retort_status. */
int runner_plan(const struct run_request *rq, struct revset *rows, struct plan *plan,
		struct revset *after, struct sbuf *sql, struct diag *d);
/* The version rows of the database the config names (rows: revisions of
 * sd's graph); a retort_status. */
int runner_current(const struct retort_config *cfg, const struct dialect *dl,
		   struct scriptdir *sd, long timeout_ms, struct revset *rows, struct diag *d);

/* The live database as a schema file (the driver's introspect: the
 * current schema and those of the nschemas named it has), with the
 * version rows (rows: revisions of sd's graph, when sd is not NULL); what
 * it could not say goes to d as warnings.  A retort_status. */
int runner_introspect(const struct retort_config *cfg, const struct dialect *dl,
		      struct scriptdir *sd, long timeout_ms, const char *const *schemas,
		      size_t nschemas, struct sbuf *text, struct revset *rows, struct diag *d);

#endif
