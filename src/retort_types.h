/* The values a program hands the library and gets back: the text buffer,
 * the list of messages, the configuration.  Defined here once, with no
 * include of ours, so that the installed <retort/retort.h> needs nothing
 * of the source tree; sbuf.h, diag.h and config.h build on them.  They are
 * part of the shared library's ABI: a field added or moved is a new soname. */
#ifndef RETORT_TYPES_H
#define RETORT_TYPES_H

#include <stdbool.h>
#include <stddef.h>

/* A growable string (sbuf.h): what a command would print. */
struct sbuf {
	char *buf;	/* always NUL-terminated once anything was added */
	size_t len, cap;
};

#define SBUF_INIT { NULL, 0, 0 }

/* Messages as values (diag.h): errors, warnings and their notes. */
struct diag_entry;
struct diag {
	struct diag_entry *v;
	size_t n, cap;
	int nerrors, nwarnings;
	bool mute_warnings;	/* drop warnings (and their notes): a replay of
				 * revisions already reported on sets it */
	bool muting;		/* the last warning was dropped */
};

#define DIAG_INIT { NULL, 0, 0, 0, 0, false, false }

/* retort.ini and the overrides of the command line and the environment
 * (config.h reads it). */
struct retort_config {
	char *path;			/* the ini file read, or NULL */
	char *section;			/* the section read (-n); NULL: [retort], or
					 * [alembic] */
	char *script_location;		/* folder holding versions/ */
	char *version_locations;	/* Alembic's: the folders of the revisions
					 * (NULL: script_location/versions) */
	char *version_path_separator;	/* how version_locations is cut */
	char *url;
	char *dialect;
	char *dialects;			/* what verify checks: names, by commas or
					 * spaces; NULL: every dialect built in */
	char *schema;			/* target schema file, or a folder of them */
	bool autogenerate_from_db;	/* autogenerate_from = database */
	char *version_table;
	char *version_table_schema;	/* NULL when empty */
	bool transaction_per_migration;
	char *file_template;
	int truncate_slug_length;
	char *timezone;			/* new revisions' dates in this zone (a tz
					 * database name); NULL: the local one */
	char **hook_keys, **hook_values;	/* [post_write_hooks], in order */
	size_t nhooks;
	char **xargs;			/* -x KEY=VALUE, in order */
	size_t nxargs;
};

#endif
