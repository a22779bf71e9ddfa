/* What the fuzz targets share: turning one fuzz input into a project on
 * disk (the library reads projects from folders, as the command line
 * does), so that a target can run a whole command on it. */
#ifndef RETORT_FUZZ_H
#define RETORT_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "retort.h"
#include "config.h"
#include "diag.h"
#include "sbuf.h"

/* An input is the files of a project one after another, each ended by a
 * line "%%" of its own (the last needs none).  With a schema, the last
 * file is the schema file; the others are versions/f00.mig, f01.mig...
 * Returns the config to run commands with, pointing at a private folder
 * that is written again for every input and removed at exit. */
struct retort_config *fuzz_project(const uint8_t *data, size_t size, bool with_schema);

/* Writes size bytes to path (replacing it); false on an I/O error. */
bool fuzz_write_file(const char *path, const uint8_t *data, size_t size);

/* Aborts unless a call's status and its messages agree: an error said
 * means a failed call; with strict, a failed call must have said an error
 * (check and verify may fail by finding a difference, which is no error). */
void fuzz_check_status(const char *what, const char *dialect, int rc, const struct diag *d,
		       bool strict);

/* Calls step once for each dialect (PostgreSQL, SQLite, MySQL) with the
 * options of an offline run for it; out and d are emptied between. */
typedef void fuzz_step(struct retort_config *cfg, struct retort_opts *o, struct sbuf *out,
		       struct diag *d);
void fuzz_each_dialect(struct retort_config *cfg, fuzz_step *step);

/* The private folder, made on first use. */
const char *fuzz_dir(void);

#endif
