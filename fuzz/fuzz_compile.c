/* A whole project compiled, as `upgrade --sql heads` and
 * `downgrade --sql heads:base` do, for each dialect: the reading of the
 * folder, the revision graph, the replay into the schema model, each
 * dialect's lowering.  A call that fails must have said an error; one that
 * succeeds must have said none. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void step(struct retort_config *cfg, struct retort_opts *o, struct sbuf *out,
		 struct diag *d)
{
	int rc;

	o->sql = true;
	rc = retort_upgrade(cfg, "heads", o, out, d);
	fuzz_check_status("upgrade", o->dialect, rc, d, true);
	if (rc != RETORT_OK)
		return;
	sbuf_reset(out);
	diag_clear(d);
	rc = retort_downgrade(cfg, "heads:base", o, out, d);
	fuzz_check_status("downgrade", o->dialect, rc, d, true);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_each_dialect(fuzz_project(data, size, false), step);
	return 0;
}
