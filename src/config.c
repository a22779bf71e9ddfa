/* Reading retort.ini.  libinih does the parsing; we do the keys, the
 * ConfigParser-style %(here)s and %% interpolation Alembic users write, and
 * the checking of values. */
#include "config.h"
#include "sbuf.h"
#include "util.h"

#include <ini.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

void config_set(char **slot, const char *value)
{
	free(*slot);
	*slot = value ? xstrdup(value) : NULL;
}

void config_init(struct retort_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	config_set(&cfg->script_location, "migrations");
	config_set(&cfg->schema, "schema.mig");
	config_set(&cfg->version_table, "alembic_version");
	config_set(&cfg->file_template, "%(rev)s_%(slug)s");
	cfg->truncate_slug_length = 40;
}

void config_release(struct retort_config *cfg)
{
	size_t i;

	free(cfg->path);
	free(cfg->section);
	free(cfg->script_location);
	free(cfg->version_locations);
	free(cfg->version_path_separator);
	free(cfg->url);
	free(cfg->dialect);
	free(cfg->dialects);
	free(cfg->schema);
	free(cfg->version_table);
	free(cfg->version_table_schema);
	free(cfg->file_template);
	free(cfg->timezone);
	for (i = 0; i < cfg->nhooks; i++) {
		free(cfg->hook_keys[i]);
		free(cfg->hook_values[i]);
	}
	free(cfg->hook_keys);
	free(cfg->hook_values);
	for (i = 0; i < cfg->nxargs; i++)
		free(cfg->xargs[i]);
	free(cfg->xargs);
	memset(cfg, 0, sizeof(*cfg));
}

struct load_state {
	struct retort_config *cfg;
	struct diag *d;
	char *here;
	bool found_section;
	bool failed;
};

/* %(here)s is the ini file's folder; %% is a percent sign. */
static char *interpolate(const struct load_state *st, const char *v)
{
	struct sbuf sb = SBUF_INIT;

	while (*v) {
		if (strncmp(v, "%(here)s/", 9) == 0 && strcmp(st->here, ".") == 0) {
			v += 9;	/* "./m" is "m": the current folder's */
		} else if (strncmp(v, "%(here)s", 8) == 0) {
			sbuf_adds(&sb, st->here);
			v += 8;
		} else if (v[0] == '%' && v[1] == '%') {
			sbuf_addc(&sb, '%');
			v += 2;
		} else {
			sbuf_addc(&sb, *v++);
		}
	}
	return sbuf_detach(&sb, NULL);
}

static bool parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };
	size_t i;

	for (i = 0; i < ARRAY_LEN(yes); i++) {
		if (strcasecmp(v, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcasecmp(v, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return false;
}

static int on_entry(void *user, const char *section, const char *name, const char *raw)
{
	struct load_state *st = user;
	struct retort_config *cfg = st->cfg;
	char *value;

	if (strcmp(section, "post_write_hooks") == 0 && name) {
		/* Alembic's: read whole, checked when a revision is written */
		cfg->hook_keys = xrealloc(cfg->hook_keys, (cfg->nhooks + 1) * sizeof(char *));
		cfg->hook_values = xrealloc(cfg->hook_values, (cfg->nhooks + 1) * sizeof(char *));
		cfg->hook_keys[cfg->nhooks] = xstrdup(name);
		cfg->hook_values[cfg->nhooks++] = interpolate(st, raw);
		return 1;
	}
	if (cfg->section ? strcmp(section, cfg->section) != 0
			 : strcmp(section, "retort") != 0 && strcmp(section, "alembic") != 0)
		return 1;
	st->found_section = true;
	if (!name)
		return 1;
	value = interpolate(st, raw);
	if (strcmp(name, "script_location") == 0) {
		config_set(&cfg->script_location, value);
	} else if (strcmp(name, "version_locations") == 0) {
		config_set(&cfg->version_locations, *value ? value : NULL);
	} else if (strcmp(name, "version_path_separator") == 0) {
		config_set(&cfg->version_path_separator, *value ? value : NULL);
	} else if (strcmp(name, "url") == 0 ||
		   (strcmp(name, "sqlalchemy.url") == 0 && !cfg->url)) {
		config_set(&cfg->url, *value ? value : NULL);
	} else if (strcmp(name, "dialect") == 0) {
		config_set(&cfg->dialect, *value ? value : NULL);
	} else if (strcmp(name, "dialects") == 0) {
		config_set(&cfg->dialects, *value ? value : NULL);
	} else if (strcmp(name, "schema") == 0) {
		config_set(&cfg->schema, value);
	} else if (strcmp(name, "autogenerate_from") == 0) {
		if (strcmp(value, "database") == 0 || strcmp(value, "head") == 0) {
			cfg->autogenerate_from_db = value[0] == 'd';
		} else {
			diag_plain(st->d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s: autogenerate_from is "
				   "'head' (the schema the revisions make) or 'database' (the "
				   "database at the url), not '%s'", cfg->path, value);
			st->failed = true;
		}
	} else if (strcmp(name, "version_table") == 0) {
		if (!*value) {
			diag_plain(st->d, DIAG_SEV_ERROR, DIAG_CONFIG,
				   "%s: version_table may not be empty", cfg->path);
			st->failed = true;
		} else {
			config_set(&cfg->version_table, value);
		}
	} else if (strcmp(name, "version_table_schema") == 0) {
		config_set(&cfg->version_table_schema, *value ? value : NULL);
	} else if (strcmp(name, "transaction_per_migration") == 0) {
		if (!parse_bool(value, &cfg->transaction_per_migration)) {
			diag_plain(st->d, DIAG_SEV_ERROR, DIAG_CONFIG,
				   "%s: transaction_per_migration must be true or false, not '%s'",
				   cfg->path, value);
			st->failed = true;
		}
	} else if (strcmp(name, "file_template") == 0) {
		config_set(&cfg->file_template, value);
	} else if (strcmp(name, "timezone") == 0) {
		config_set(&cfg->timezone, *value ? value : NULL);
	} else if (strcmp(name, "truncate_slug_length") == 0) {
		char *end;
		long n;
		errno = 0;
		n = strtol(value, &end, 10);
		if (*end || errno || n < 1 || n > 255) {
			diag_plain(st->d, DIAG_SEV_ERROR, DIAG_CONFIG,
				   "%s: truncate_slug_length must be a number from 1 to 255, not '%s'",
				   cfg->path, value);
			st->failed = true;
		} else {
			cfg->truncate_slug_length = (int)n;
		}
	}
	/* Other keys (Alembic's logging and hooks) are not ours: ignored. */
	free(value);
	return 1;
}

bool config_load(struct retort_config *cfg, const char *path, struct diag *d)
{
	struct load_state st = { cfg, d, NULL, false, false };
	const char *slash = strrchr(path, '/');
	int rc;

	config_set(&cfg->path, path);
	st.here = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	if (slash && slash == path) {
		free(st.here);
		st.here = xstrdup("/");
	}
	{	/* only a regular file: a FIFO would block the open for good */
		int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
		struct stat sb;
		FILE *f = NULL;
		if (fd >= 0 && fstat(fd, &sb) == 0 && !S_ISREG(sb.st_mode)) {
			close(fd);
			free(st.here);
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "config '%s' is not a regular file",
				   path);
			return false;
		}
		if (fd >= 0 && !(f = fdopen(fd, "r")))
			close(fd);
		rc = f ? ini_parse_file(f, on_entry, &st) : -1;
		if (f)
			fclose(f);
	}
	free(st.here);
	if (rc < 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG,
			   "no config file '%s' (run 'retort init DIR' to make one, or pass -c FILE)",
			   path);
		return false;
	}
	if (rc > 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s:%d: cannot parse this line",
			   path, rc);
		return false;
	}
	if (!st.found_section) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s has no [%s] section", path,
			   cfg->section ? cfg->section : "retort");
		return false;
	}
	return !st.failed;
}
