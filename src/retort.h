/* The library API the command line is built on, as Alembic's `command`
 * module is: a C program can do what `command.upgrade(cfg, "head")` does,
 * on a database or (sql) as a script.  Nothing here prints or exits:
 * results go to a struct sbuf, problems to a struct diag, and each call
 * returns a status.  This header and the two it includes are the ones
 * `make install` puts in include/retort/; they need no other of ours, and
 * only what is marked RETORT_API is exported from libretort.so.
 * examples/api/apply.c shows the use. */
#ifndef RETORT_H
#define RETORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "retort_types.h"
#include "status.h"

/* The release, in one place: the Makefile (the library's file name, the
 * tarball's), the man page, the pkg-config file and `retort --version`
 * read it from here. */
#define RETORT_VERSION "0.1.0"

/* What the shared library exports; the build hides everything else
 * (-fvisibility=hidden). */
#if defined(__GNUC__)
#define RETORT_API __attribute__((visibility("default")))
#else
#define RETORT_API
#endif

/* What a command prints: its usual text (SQL for schema), JSON (the
 * inspection commands, check, verify and plans), a schema file (schema),
 * or a picture (schema, graph) as Graphviz DOT or Mermaid. */
enum retort_format {
	RETORT_FORMAT_TEXT,
	RETORT_FORMAT_JSON,
	RETORT_FORMAT_MIG,
	RETORT_FORMAT_DOT,
	RETORT_FORMAT_MERMAID
};

struct retort_opts {
	bool sql;		/* offline: produce the SQL instead of running it */
	const char *dialect;	/* overrides the config's dialect and URL */
	bool verbose;
	bool annotate;		/* "-- file:line" before each op's statements */
	FILE *stream;		/* SQL goes here instead of `out` when set (the
				 * CLI passes an unlinked temporary file, so a
				 * big script need not sit in memory) */
	double lock_timeout;	/* seconds a runner waits for the migration
				 * lock: 0 means 60, negative not at all */
	bool from_db;		/* check, schema: the database at the URL
				 * instead of the revisions' head */
	bool purge;		/* stamp: every version row deleted first, one
				 * naming a revision this checkout lacks too */
	bool check_heads;	/* current: RETORT_DIFFERS unless at the heads */
	enum retort_format format;
	bool plan;		/* upgrade, downgrade: read where the database
				 * is and print what would run, running nothing */
	const char *split_dir;	/* upgrade, downgrade --sql: a script per
				 * revision, each way, and a manifest, into
				 * this new or empty folder */
};

struct retort_revision_opts {
	const char *message;
	const char *rev_id;		/* NULL: 12 random hex characters */
	const char *head;		/* base the new revision on this head */
	const char *branch_label;
	const char *const *depends_on;
	size_t ndepends_on;
	bool splice;			/* allow --head to name a non-head */
	const char *version_path;	/* write here instead of versions/ */
	const char *const *merge;	/* merge: the revisions to join */
	size_t nmerge;
	bool autogenerate;		/* the ops that take head (or the
					 * database) to the schema file */
	const struct retort_opts *db;	/* autogenerate: the options to diff
					 * against the database with, or NULL */
};

/* Makes DIR/versions/, DIR/script.mig.tmpl, DIR/README and ini_path;
 * refuses to overwrite any of them. */
RETORT_API int retort_init(const char *dir, const char *ini_path, const char *template_name,
			   struct sbuf *out, struct diag *d);
/* The templates init offers (template_name: NULL for generic), a line
 * each, as Alembic's list_templates prints them. */
RETORT_API int retort_list_templates(struct sbuf *out);
/* Converts the Alembic project of source (an alembic.ini or a versions
 * folder; NULL: ./alembic.ini) into the environment of ini_path (made,
 * in migrations/, when ini_path does not exist); a .mig a person has
 * edited since it was imported is written again only with force.  Exit
 * status 1 when a place was left for a person (out lists them). */
RETORT_API int retort_import(const char *source, const char *ini_path, bool force, struct sbuf *out,
			     struct diag *d);
/* Writes a new revision file (a merge when o->nmerge > 0). */
RETORT_API int retort_revision(const struct retort_config *cfg,
			       const struct retort_revision_opts *o, struct sbuf *out,
			       struct diag *d);
/* target: as in Alembic; with o->sql, "FROM:TO" starts from FROM instead of base. */
RETORT_API int retort_upgrade(const struct retort_config *cfg, const char *target,
			      const struct retort_opts *o, struct sbuf *out, struct diag *d);
/* With o->sql the target must be a range "FROM:TO". */
RETORT_API int retort_downgrade(const struct retort_config *cfg, const char *target,
				const struct retort_opts *o, struct sbuf *out, struct diag *d);
RETORT_API int retort_stamp(const struct retort_config *cfg, const char *target,
			    const struct retort_opts *o, struct sbuf *out, struct diag *d);
/* Prints the schema at target (NULL: heads) as CREATE statements, a
 * schema file (o->format RETORT_FORMAT_MIG) or an entity-relationship
 * diagram (RETORT_FORMAT_DOT, RETORT_FORMAT_MERMAID). */
RETORT_API int retort_schema(const struct retort_config *cfg, const char *target,
			     const struct retort_opts *o, struct sbuf *out, struct diag *d);
/* Whether the schema file differs from head (o->from_db: from the
 * database): the pending ops go to out and the status is RETORT_DIFFERS;
 * RETORT_OK when they agree; an error in the migrations or the schema
 * file is RETORT_ERR_MIGRATION, as everywhere. */
RETORT_API int retort_check(const struct retort_config *cfg, const struct retort_opts *o,
			    struct sbuf *out, struct diag *d);
/* Checks every revision's downgrade against its upgrade, for o->dialect,
 * else the config's `dialects`, else every dialect this build has; a
 * summary goes to out. */
RETORT_API int retort_verify(const struct retort_config *cfg, const struct retort_opts *o,
			     struct sbuf *out, struct diag *d);
/* The revisions of range (NULL: all), newest first; indicate: mark the
 * ones the database is at ("(current)", history -i).  "current" as an end
 * of the range is where the database is.  Either connects as o and the
 * config say. */
RETORT_API int retort_history(const struct retort_config *cfg, const char *range, bool indicate,
			      const struct retort_opts *o, struct sbuf *out, struct diag *d);
/* The same list (text: o->format RETORT_FORMAT_JSON is a usage error)
 * with git log --graph's lines beside it (history --graph). */
RETORT_API int retort_history_graph(const struct retort_config *cfg, const char *range,
				    bool indicate, const struct retort_opts *o, struct sbuf *out,
				    struct diag *d);
/* The revisions the database is at (o->verbose: in full). */
RETORT_API int retort_current(const struct retort_config *cfg, const struct retort_opts *o,
			      struct sbuf *out, struct diag *d);
/* Opens the file of revision rev in $VISUAL, else $EDITOR (as Alembic's
 * edit); waits for it. */
RETORT_API int retort_edit(const struct retort_config *cfg, const char *rev, struct diag *d);
RETORT_API int retort_show(const struct retort_config *cfg, const char *rev,
			   const struct retort_opts *o, struct sbuf *out, struct diag *d);
/* The heads; resolve_deps: as the target "heads" (Alembic's heads
 * --resolve-dependencies), without one another revision depends on. */
RETORT_API int retort_heads(const struct retort_config *cfg, bool resolve_deps,
			    const struct retort_opts *o, struct sbuf *out, struct diag *d);
RETORT_API int retort_branches(const struct retort_config *cfg, const struct retort_opts *o,
			       struct sbuf *out, struct diag *d);
/* The revision graph as a picture, o->format RETORT_FORMAT_DOT
 * (Graphviz) or RETORT_FORMAT_MERMAID; with a URL in cfg, the rows of the
 * database's version table marked (read as current reads them), and
 * without one no database is touched. */
RETORT_API int retort_graph(const struct retort_config *cfg, const struct retort_opts *o,
			    struct sbuf *out, struct diag *d);
/* The words a target may be, one a line, for a shell's completion: head,
 * heads, base, every revision id, and each branch label with its @head
 * and @base forms.  It reads the revision files' headers, never the
 * database. */
RETORT_API int retort_targets(const struct retort_config *cfg, struct sbuf *out,
			      struct diag *d);

/* Whether path may take a command's output (-o): RETORT_ERR_USAGE, said,
 * when it is a file the project is made of (the config, the schema file
 * or a file in its folder, a file in a folder of revisions) or the SQLite
 * database of the URL. */
RETORT_API int retort_output_clash(const struct retort_config *cfg, const char *path,
				   struct diag *d);

/* The slug of a message for a file name (dsl.md's rule). */
RETORT_API char *retort_slug(const char *message, int max_len);

/* The configuration: config_init's defaults, then a file read, then a
 * value replaced (retort_config_set(&cfg.url, url) is what --url does);
 * retort_config_release frees what they hold. */
RETORT_API void retort_config_init(struct retort_config *cfg);
/* Reads path into cfg; false, with the reason in d, when the file or its
 * [retort] (or [alembic]) section is missing or a value is bad. */
RETORT_API bool retort_config_load(struct retort_config *cfg, const char *path, struct diag *d);
/* Replaces the string at slot, one of cfg's fields, with a copy of value
 * (NULL: none). */
RETORT_API void retort_config_set(char **slot, const char *value);
RETORT_API void retort_config_release(struct retort_config *cfg);

/* The text a call appended to out, as a string ("" when none). */
RETORT_API const char *retort_sbuf_str(struct sbuf *out);
/* Empties out, keeping its memory; release frees it. */
RETORT_API void retort_sbuf_reset(struct sbuf *out);
RETORT_API void retort_sbuf_release(struct sbuf *out);

/* Writes d's messages to f as the command line does (GNU file:line:col,
 * the line and a caret), in colour when color is not 0. */
RETORT_API void retort_diag_print(const struct diag *d, FILE *f, int color);
/* Empties d, keeping its memory; release frees it. */
RETORT_API void retort_diag_clear(struct diag *d);
RETORT_API void retort_diag_release(struct diag *d);

/* RETORT_VERSION as the library was built (the header a program was
 * compiled with may be another). */
RETORT_API const char *retort_version(void);
/* The databases this build can run migrations on, by dialect name, one
 * space between: "sqlite" always, "postgresql" with libpq, "mysql" with
 * libmariadb. */
RETORT_API void retort_drivers(struct sbuf *out);
/* For a program that owns its process, like the retort command, called
 * before anything else: settings that hold for the whole process, made
 * for speed.  Today: SQLite's memory statistics off (sqlite3_memory_used()
 * then says 0), which takes a process-wide lock off every allocation
 * SQLite makes.  A program that uses SQLite's statistics or its soft heap
 * limit should not call it. */
RETORT_API void retort_process_setup(void);

#endif
