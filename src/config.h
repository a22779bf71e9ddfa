/* retort.ini, read with libinih, plus the overrides the command line and
 * the environment give (--url, RETORT_URL, --dialect, -x).  Keys and
 * defaults are Alembic's where Alembic has the same setting. */
#ifndef RETORT_CONFIG_H
#define RETORT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

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

/* Defaults only; no file. */
void config_init(struct retort_config *cfg);
/* Reads path into cfg.  A missing file or a missing [retort] (or [alembic])
 * section is an error; so is a bad value. */
bool config_load(struct retort_config *cfg, const char *path, struct diag *d);
void config_set(char **slot, const char *value);
void config_release(struct retort_config *cfg);

#endif
