/* The status every step of retort returns, from reading files to running
 * SQL on a database, and the command line's exit codes: one list, down in
 * the infrastructure, so that the runner reports a refusal the way the API
 * does without reaching up to the API for it. */
#ifndef RETORT_STATUS_H
#define RETORT_STATUS_H

enum retort_status {
	RETORT_OK = 0,
	RETORT_ERR_MIGRATION = 1,	/* an error in the migrations, or verify differs */
	RETORT_ERR_USAGE = 2,		/* bad arguments or configuration */
	RETORT_ERR_DATABASE = 3,	/* the database refused or was unreachable */
	RETORT_DIFFERS = 4		/* check: the schema file differs (drift, not
					 * breakage: that is 1) */
};

#endif
