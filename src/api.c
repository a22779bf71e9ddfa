/* What a C program needs around the commands, under the retort_ names the
 * shared library exports: the configuration, the text buffer, the
 * messages, the version and the drivers built in.  Each is the
 * infrastructure's own function; the build hides every name without
 * RETORT_API, so these are how a program reaches them. */
#include "retort.h"
#include "config.h"
#include "diag.h"
#include "runner.h"
#include "sbuf.h"

void retort_config_init(struct retort_config *cfg)
{
	config_init(cfg);
}

bool retort_config_load(struct retort_config *cfg, const char *path, struct diag *d)
{
	return config_load(cfg, path, d);
}

void retort_config_set(char **slot, const char *value)
{
	config_set(slot, value);
}

void retort_config_release(struct retort_config *cfg)
{
	config_release(cfg);
}

const char *retort_sbuf_str(struct sbuf *out)
{
	return sbuf_str(out);
}

void retort_sbuf_reset(struct sbuf *out)
{
	sbuf_reset(out);
}

void retort_sbuf_release(struct sbuf *out)
{
	sbuf_release(out);
}

void retort_diag_print(const struct diag *d, FILE *f, int color)
{
	diag_print(d, f, color);
}

void retort_diag_clear(struct diag *d)
{
	diag_clear(d);
}

void retort_diag_release(struct diag *d)
{
	diag_release(d);
}

const char *retort_version(void)
{
	return RETORT_VERSION;
}

void retort_drivers(struct sbuf *out)
{
	db_driver_names(out);
}

void retort_process_setup(void)
{
	db_process_setup();
}
