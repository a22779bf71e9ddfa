/* Offline autogenerate: `check` (the ops that take the revisions' head to
 * a schema file) and `schema --mig` of the head, for each dialect.  The
 * input's last file is the schema file.  Finding ops is a failed check,
 * not a finding (tests/autogen-random.t checks that they reach the
 * target). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void step(struct retort_config *cfg, struct retort_opts *o, struct sbuf *out,
		 struct diag *d)
{
	fuzz_check_status("check", o->dialect, retort_check(cfg, o, out, d), d, false);
	sbuf_reset(out);
	diag_clear(d);
	o->format = RETORT_FORMAT_MIG;
	fuzz_check_status("schema", o->dialect, retort_schema(cfg, NULL, o, out, d), d, true);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_each_dialect(fuzz_project(data, size, true), step);
	return 0;
}
