/* Using retort as a library: what an application does at start-up to bring
 * its database to head without shelling out.  Usage:
 *   apply CONFIG URL         upgrade to head, print current, downgrade to base
 * Every call returns a status and leaves its messages in a struct diag;
 * nothing in the library prints or exits.  Built as a user builds it:
 *   cc apply.c $(pkg-config --cflags --libs retort)
 * it needs the installed header and the retort_ names alone. */
#include <retort/retort.h>

#include <stdio.h>
#include <string.h>

/* Prints what a call left, and says whether it succeeded. */
static int report(const char *what, int rc, struct sbuf *out, struct diag *d)
{
	printf("%s: status %d\n", what, rc);
	if (out->len)
		printf("%s", retort_sbuf_str(out));
	retort_diag_print(d, stdout, 0);
	retort_sbuf_reset(out);
	retort_diag_clear(d);
	return rc;
}

int main(int argc, char **argv)
{
	struct retort_config cfg;
	struct retort_opts o;
	struct diag d = DIAG_INIT;
	struct sbuf out = SBUF_INIT;
	int rc = 2;

	if (argc != 3) {
		fprintf(stderr, "usage: apply CONFIG URL\n");
		return 2;
	}
	retort_config_init(&cfg);
	if (!retort_config_load(&cfg, argv[1], &d)) {
		report("config", RETORT_ERR_USAGE, &out, &d);
		goto done;
	}
	retort_config_set(&cfg.url, argv[2]);
	memset(&o, 0, sizeof(o));	/* not --sql: on the database */
	o.lock_timeout = 10;

	if ((rc = report("upgrade heads", retort_upgrade(&cfg, "heads", &o, &out, &d),
			 &out, &d)) != RETORT_OK)
		goto done;
	if ((rc = report("current", retort_current(&cfg, &o, &out, &d), &out, &d)) != RETORT_OK)
		goto done;
	if ((rc = report("downgrade base", retort_downgrade(&cfg, "base", &o, &out, &d),
			 &out, &d)) != RETORT_OK)
		goto done;
	rc = report("current", retort_current(&cfg, &o, &out, &d), &out, &d);
	/* a failure comes back as a value too: an unknown revision */
	report("upgrade to an unknown revision",
	       retort_upgrade(&cfg, "ffffffffffff", &o, &out, &d), &out, &d);
done:
	retort_diag_release(&d);
	retort_sbuf_release(&out);
	retort_config_release(&cfg);
	return rc;
}
