/* verify on a whole project: every revision's downgrade checked against
 * its upgrade in the schema model, for each dialect.  A difference found
 * is a failed call, not a finding; a crash, a leak, undefined behaviour or
 * an error said by a call that reports success is. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void step(struct retort_config *cfg, struct retort_opts *o, struct sbuf *out,
		 struct diag *d)
{
	fuzz_check_status("verify", o->dialect, retort_verify(cfg, o, out, d), d, false);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_each_dialect(fuzz_project(data, size, false), step);
	return 0;
}
