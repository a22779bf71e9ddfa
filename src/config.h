/* retort.ini, read with libinih, plus the overrides the command line and
 * the environment give (--url, RETORT_URL, --dialect, -x).  Keys and
 * defaults are Alembic's where Alembic has the same setting. */
#ifndef RETORT_CONFIG_H
#define RETORT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "retort_types.h"	/* struct retort_config */

/* Defaults only; no file. */
void config_init(struct retort_config *cfg);
/* Reads path into cfg.  A missing file or a missing [retort] (or [alembic])
 * section is an error; so is a bad value. */
bool config_load(struct retort_config *cfg, const char *path, struct diag *d);
void config_set(char **slot, const char *value);
void config_release(struct retort_config *cfg);

#endif
