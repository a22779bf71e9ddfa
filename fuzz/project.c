/* One fuzz input made into a project folder (see fuzz.h).  The folder is
 * made once per process under $TMPDIR and reused: each input first removes
 * the files the last one wrote, so nothing of one input leaks into the
 * next. */
#define _POSIX_C_SOURCE 200809L
#include "fuzz.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FILES 24

static char dir[4096];
static char versions[4200];
static int nwritten;
static struct retort_config project_cfg;
static bool cfg_made;

static void remove_all(void)
{
	char path[4300];

	for (int i = 0; i < nwritten; i++) {
		snprintf(path, sizeof(path), "%s/f%02d.mig", versions, i);
		unlink(path);
	}
	nwritten = 0;
	snprintf(path, sizeof(path), "%s/schema.mig", dir);
	unlink(path);
}

static void cleanup(void)
{
	char path[4300];

	if (!dir[0])
		return;
	remove_all();
	snprintf(path, sizeof(path), "%s/input", dir);
	unlink(path);
	rmdir(versions);
	rmdir(dir);
	if (cfg_made)
		config_release(&project_cfg);
}

const char *fuzz_dir(void)
{
	const char *tmp = getenv("TMPDIR");

	if (dir[0])
		return dir;
	snprintf(dir, sizeof(dir), "%s/retort-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		perror("fuzz: mkdtemp");
		abort();
	}
	snprintf(versions, sizeof(versions), "%s/versions", dir);
	if (mkdir(versions, 0700) != 0) {
		perror("fuzz: mkdir");
		abort();
	}
	atexit(cleanup);
	return dir;
}

bool fuzz_write_file(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	bool ok = fd >= 0;

	while (ok && size) {
		ssize_t n = write(fd, data, size);
		if (n <= 0) {
			ok = false;
			break;
		}
		data += n;
		size -= (size_t)n;
	}
	if (fd >= 0 && close(fd) != 0)
		ok = false;
	return ok;
}

/* Where the file starting at p ends: before a line "%%", or at the end. */
static const uint8_t *file_end(const uint8_t *p, const uint8_t *end, const uint8_t **next)
{
	const uint8_t *line = p;

	while (line < end) {
		const uint8_t *nl = memchr(line, '\n', (size_t)(end - line));
		const uint8_t *le = nl ? nl : end;
		if (le - line == 2 && line[0] == '%' && line[1] == '%') {
			*next = nl ? nl + 1 : end;
			return line;
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	*next = end;
	return end;
}

struct retort_config *fuzz_project(const uint8_t *data, size_t size, bool with_schema)
{
	const uint8_t *p = data, *end = data + size, *fe, *next;
	const uint8_t *starts[MAX_FILES + 1], *ends[MAX_FILES + 1];
	int n = 0;
	char path[4300];

	fuzz_dir();
	if (!cfg_made) {
		config_init(&project_cfg);
		config_set(&project_cfg.script_location, dir);
		snprintf(path, sizeof(path), "%s/schema.mig", dir);
		config_set(&project_cfg.schema, path);
		cfg_made = true;
	}
	remove_all();
	while (n < MAX_FILES + 1) {
		fe = file_end(p, end, &next);
		starts[n] = p;
		ends[n] = fe;
		n++;
		if (next >= end)
			break;
		p = next;
	}
	if (with_schema && n > 0) {
		n--;
		snprintf(path, sizeof(path), "%s/schema.mig", dir);
		if (!fuzz_write_file(path, starts[n], (size_t)(ends[n] - starts[n])))
			abort();
	}
	for (int i = 0; i < n && i < MAX_FILES; i++) {
		snprintf(path, sizeof(path), "%s/f%02d.mig", versions, i);
		if (!fuzz_write_file(path, starts[i], (size_t)(ends[i] - starts[i])))
			abort();
		nwritten = i + 1;
	}
	return &project_cfg;
}

void fuzz_check_status(const char *what, const char *dialect, int rc, const struct diag *d,
		       bool strict)
{
	if (d->nerrors ? rc != RETORT_OK : (rc == RETORT_OK || !strict))
		return;
	fprintf(stderr, "fuzz: %s for %s: status %d with %d error(s)\n", what, dialect, rc,
		d->nerrors);
	diag_print(d, stderr, 0);
	abort();
}

void fuzz_each_dialect(struct retort_config *cfg, fuzz_step *step)
{
	static const char *const dialects[] = { "postgresql", "sqlite", "mysql" };
	struct sbuf out = SBUF_INIT;
	struct diag d = DIAG_INIT;

	for (size_t i = 0; i < sizeof(dialects) / sizeof(dialects[0]); i++) {
		struct retort_opts o;

		memset(&o, 0, sizeof(o));
		o.dialect = dialects[i];
		step(cfg, &o, &out, &d);
		sbuf_reset(&out);
		diag_clear(&d);
	}
	sbuf_release(&out);
	diag_release(&d);
}
