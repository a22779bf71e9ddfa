/* The config loader (libinih and our reading of the keys) on one file. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[4200];
	struct retort_config cfg;
	struct diag d = DIAG_INIT;
	bool ok;

	if (!path[0])
		snprintf(path, sizeof(path), "%s/input", fuzz_dir());
	if (!fuzz_write_file(path, data, size))
		abort();
	config_init(&cfg);
	ok = config_load(&cfg, path, &d);
	if (ok != (d.nerrors == 0)) {
		diag_print(&d, stderr, 0);
		abort();
	}
	config_release(&cfg);
	diag_release(&d);
	return 0;
}
