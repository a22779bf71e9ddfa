/* The command line: options, dispatch and exit codes, nothing else.  The
 * work is in the library (retort.h); this file turns argv into one call and
 * prints what it returns: results on stdout only when the call succeeded,
 * so a failed run never leaves partial SQL behind. */
#include "retort.h"
#include "util.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct cmdline {
	const char *command;
	const char *config;
	const char *url;
	const char *dialect;
	const char **xargs;
	size_t nxargs;
	bool quiet, verbose, help, version;
	bool sql, no_annotate, splice, indicate_current, autogenerate, from_db;
	const char *message, *rev_id, *head, *branch_label, *version_path, *range;
	const char *lock_timeout, *format;
	const char **depends_on;
	size_t ndepends_on;
	const char **args;	/* positional arguments after the command */
	size_t nargs;
};

struct command {
	const char *name;
	const char *synopsis;
	const char *summary;
	bool needs_config;
	bool chatty;	/* prints progress, not results: -q silences it */
	bool sql_output;	/* prints a script: spooled, see main */
};

static const struct command commands[] = {
	{ "init", "init DIR", "create a migration environment in DIR and ./retort.ini", false, true, false },
	{ "revision", "revision -m MSG [--autogenerate [--from-db]] [--rev-id ID] [--head REV] "
	  "[--branch-label L] [--depends-on REV]... [--splice] [--version-path DIR]",
	  "write a new revision file from the template (--autogenerate: with the ops that "
	  "make head, or the database, what the schema file says)", true, true, false },
	{ "upgrade", "upgrade TARGET [--sql] [--lock-timeout S]", "apply the migrations up to "
	  "TARGET to the database (--sql: print the SQL from base, or from FROM in FROM:TO)",
	  true, false, true },
	{ "downgrade", "downgrade TARGET [--sql] [--lock-timeout S]", "undo migrations down to "
	  "TARGET on the database (--sql: print the SQL of a range FROM:TO)", true, false, true },
	{ "stamp", "stamp REV [--sql] [--lock-timeout S]", "set the version table to REV without running any "
	  "migration (--sql: print the change)", true, false, true },
	{ "current", "current [-v]", "show the revisions the database is at", true, false, false },
	{ "verify", "verify [--dialect D]", "prove, without a database, that every "
	  "downgrade restores the schema and every op suits the dialect", true, false, false },
	{ "schema", "schema [REV] [--dialect D] [--format sql|mig] [--from-db]", "print the "
	  "schema at REV (default: the heads; --from-db: the database's) as CREATE statements, "
	  "or as a schema file (--format mig)", true, false, true },
	{ "check", "check [--dialect D] [--from-db]", "exit 1, printing the pending ops, when "
	  "the schema file differs from head (--from-db: from the database)", true, false, false },
	{ "history", "history [-r START:END] [-v] [-i]", "list revisions, newest first", true, false, false },
	{ "show", "show REV", "describe one revision", true, false, false },
	{ "heads", "heads [-v]", "list the head revisions", true, false, false },
	{ "branches", "branches [-v]", "list the branch points", true, false, false },
	{ "merge", "merge -m MSG REV... (or heads)", "write a revision that merges REVs", true, true, false },
	{ "help", "help [COMMAND]", "describe the commands", false, false, false },
};

static void print_usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage: retort [-c FILE] [--url URL] [--dialect D] [-x KEY=VALUE] "
		"[-q] [-v] COMMAND [ARGS]\n\ncommands:\n");
	for (i = 0; i < ARRAY_LEN(commands); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\nglobal options:\n"
		"  -c, --config FILE   the config file (default ./retort.ini)\n"
		"  --url URL           the database URL (also RETORT_URL)\n"
		"  --dialect D         the dialect to compile for (beats the URL and the config)\n"
		"  -x KEY=VALUE        passed to the environment\n"
		"  --no-annotate       leave out the '-- file:line' comments in --sql output\n"
		"  --lock-timeout S    wait up to S seconds for another run's lock (default 60)\n"
		"  -q, --quiet         say less\n"
		"  -v, --verbose       say more\n"
		"  --help, --version\n"
		"\nexit status: 0 success, 1 an error in the migrations, 2 usage, "
		"3 the database refused\n");
}

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(commands); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static int usage_error(const char *fmt, ...) ATTR_PRINTF(1, 2);

static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "retort: error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n(see 'retort --help')\n");
	return RETORT_ERR_USAGE;
}

static void push(const char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/* Option names that take a value, with where the value goes. */
static const char **value_slot(struct cmdline *cl, const char *name, bool *repeat)
{
	static const struct {
		const char *name;
		size_t offset;
	} opts[] = {
		{ "-c", offsetof(struct cmdline, config) },
		{ "--config", offsetof(struct cmdline, config) },
		{ "--url", offsetof(struct cmdline, url) },
		{ "--dialect", offsetof(struct cmdline, dialect) },
		{ "-m", offsetof(struct cmdline, message) },
		{ "--message", offsetof(struct cmdline, message) },
		{ "--rev-id", offsetof(struct cmdline, rev_id) },
		{ "--head", offsetof(struct cmdline, head) },
		{ "--branch-label", offsetof(struct cmdline, branch_label) },
		{ "--version-path", offsetof(struct cmdline, version_path) },
		{ "-r", offsetof(struct cmdline, range) },
		{ "--lock-timeout", offsetof(struct cmdline, lock_timeout) },
		{ "--format", offsetof(struct cmdline, format) },
		{ "--rev-range", offsetof(struct cmdline, range) },
	};
	size_t i;

	*repeat = false;
	if (strcmp(name, "-x") == 0 || strcmp(name, "--depends-on") == 0) {
		*repeat = true;
		return NULL;
	}
	for (i = 0; i < ARRAY_LEN(opts); i++)
		if (strcmp(opts[i].name, name) == 0)
			return (const char **)((char *)cl + opts[i].offset);
	return NULL;
}

static bool *flag_slot(struct cmdline *cl, const char *name)
{
	static const struct {
		const char *name;
		size_t offset;
	} flags[] = {
		{ "-q", offsetof(struct cmdline, quiet) },
		{ "--quiet", offsetof(struct cmdline, quiet) },
		{ "-v", offsetof(struct cmdline, verbose) },
		{ "--verbose", offsetof(struct cmdline, verbose) },
		{ "-h", offsetof(struct cmdline, help) },
		{ "--help", offsetof(struct cmdline, help) },
		{ "--version", offsetof(struct cmdline, version) },
		{ "--sql", offsetof(struct cmdline, sql) },
		{ "--no-annotate", offsetof(struct cmdline, no_annotate) },
		{ "--splice", offsetof(struct cmdline, splice) },
		{ "-i", offsetof(struct cmdline, indicate_current) },
		{ "--indicate-current", offsetof(struct cmdline, indicate_current) },
		{ "--autogenerate", offsetof(struct cmdline, autogenerate) },
		{ "--from-db", offsetof(struct cmdline, from_db) },
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(flags); i++)
		if (strcmp(flags[i].name, name) == 0)
			return (bool *)((char *)cl + flags[i].offset);
	return NULL;
}

static int parse_args(struct cmdline *cl, int argc, char **argv)
{
	int i;
	bool only_positional = false;

	for (i = 1; i < argc; i++) {
		char *a = argv[i], *eq, name[64];
		const char **slot, *value = NULL;
		bool repeat, *flag;

		if (only_positional || a[0] != '-' || strcmp(a, "-") == 0 ||
		    (a[1] >= '0' && a[1] <= '9')) {
			/* "-1" is a relative target, not an option. */
			if (!cl->command)
				cl->command = a;
			else
				push(&cl->args, &cl->nargs, a);
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_positional = true;
			continue;
		}
		eq = strchr(a, '=');
		if (a[1] == '-' && eq && (size_t)(eq - a) < sizeof(name)) {
			memcpy(name, a, (size_t)(eq - a));
			name[eq - a] = '\0';
			value = eq + 1;
		} else if (a[1] != '-' && a[2] != '\0' && strlen(a) < sizeof(name)) {
			/* -mVALUE */
			name[0] = '-', name[1] = a[1], name[2] = '\0';
			value = a + 2;
		} else {
			snprintf(name, sizeof(name), "%s", a);
		}
		if ((flag = flag_slot(cl, name)) != NULL && !value) {
			*flag = true;
			continue;
		}
		slot = value_slot(cl, name, &repeat);
		if (!slot && !repeat)
			return usage_error("unknown option '%s'", a);
		if (!value) {
			if (i + 1 >= argc)
				return usage_error("option '%s' needs a value", a);
			value = argv[++i];
		}
		if (!repeat)
			*slot = value;
		else if (strcmp(name, "-x") == 0)
			push(&cl->xargs, &cl->nxargs, value);
		else
			push(&cl->depends_on, &cl->ndepends_on, value);
	}
	return RETORT_OK;
}

/* The spooled script to stdout; 0 on success. */
static int copy_out(FILE *spool)
{
	char buf[65536];
	size_t n;

	if (fflush(spool) != 0 || ferror(spool) || fseek(spool, 0, SEEK_SET) != 0)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), spool)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			return -1;
	return ferror(spool) ? -1 : 0;
}

static int want_args(const struct cmdline *cl, size_t lo, size_t hi)
{
	if (cl->nargs < lo || cl->nargs > hi) {
		const struct command *c = find_command(cl->command);
		fprintf(stderr, "retort: error: usage: retort %s\n", c->synopsis);
		return RETORT_ERR_USAGE;
	}
	return RETORT_OK;
}

static int dispatch(const struct cmdline *cl, struct retort_config *cfg, struct sbuf *out,
		    FILE *spool, bool online, struct diag *d)
{
	const char *c = cl->command;
	struct retort_opts o = { cl->sql, cl->dialect, cl->verbose, !cl->no_annotate, spool, 0,
				 cl->from_db, false };
	int rc;

	if (cl->format && strcmp(cl->format, "sql") != 0 && strcmp(cl->format, "mig") != 0)
		return usage_error("--format is sql or mig, not '%s'", cl->format);
	o.mig = cl->format && strcmp(cl->format, "mig") == 0;
	if ((cl->format && strcmp(c, "schema") != 0) ||
	    (cl->from_db && strcmp(c, "schema") != 0 && strcmp(c, "check") != 0 &&
	     !cl->autogenerate))
		return usage_error("%s is for %s", cl->format ? "--format" : "--from-db",
				   cl->format ? "schema" : "schema, check and revision --autogenerate");
	if (cl->lock_timeout) {
		char *end;
		double t = strtod(cl->lock_timeout, &end);
		if (*end || end == cl->lock_timeout || !(t >= 0) || t > 86400 * 7)
			return usage_error("--lock-timeout takes seconds, not '%s'",
					   cl->lock_timeout);
		o.lock_timeout = t > 0 ? t : -1;	/* 0: do not wait */
	}
	if (o.sql)
		o.lock_timeout = 0;
	if (online)
		o.stream = cl->quiet ? NULL : stdout;	/* progress as it happens */
	if (strcmp(c, "init") == 0) {
		if ((rc = want_args(cl, 1, 1)) != RETORT_OK)
			return rc;
		return retort_init(cl->args[0], cl->config ? cl->config : "retort.ini", out, d);
	}
	if (strcmp(c, "revision") == 0 || strcmp(c, "merge") == 0) {
		struct retort_revision_opts ro;
		bool merge = c[0] == 'm';
		if ((rc = want_args(cl, merge ? 1 : 0, merge ? (size_t)-1 : 0)) != RETORT_OK)
			return rc;
		if (cl->autogenerate && merge)
			return usage_error("merge takes no --autogenerate");
		memset(&ro, 0, sizeof(ro));
		ro.message = cl->message;
		ro.rev_id = cl->rev_id;
		ro.head = cl->head;
		ro.branch_label = cl->branch_label;
		ro.depends_on = cl->depends_on;
		ro.ndepends_on = cl->ndepends_on;
		ro.splice = cl->splice;
		ro.version_path = cl->version_path;
		ro.merge = merge ? cl->args : NULL;
		ro.nmerge = merge ? cl->nargs : 0;
		ro.autogenerate = cl->autogenerate;
		ro.db = cl->from_db ? &o : NULL;
		return retort_revision(cfg, &ro, out, d);
	}
	if (strcmp(c, "upgrade") == 0 || strcmp(c, "downgrade") == 0 ||
	    strcmp(c, "stamp") == 0) {
		if ((rc = want_args(cl, 1, 1)) != RETORT_OK)
			return rc;
		if (c[0] == 'u')
			return retort_upgrade(cfg, cl->args[0], &o, out, d);
		if (c[0] == 'd')
			return retort_downgrade(cfg, cl->args[0], &o, out, d);
		return retort_stamp(cfg, cl->args[0], &o, out, d);
	}
	if (strcmp(c, "schema") == 0) {
		if ((rc = want_args(cl, 0, 1)) != RETORT_OK)
			return rc;
		return retort_schema(cfg, cl->nargs ? cl->args[0] : NULL, &o, out, d);
	}
	if (strcmp(c, "check") == 0) {
		if ((rc = want_args(cl, 0, 0)) != RETORT_OK)
			return rc;
		return retort_check(cfg, &o, out, d);
	}
	if (strcmp(c, "verify") == 0) {
		if ((rc = want_args(cl, 0, 0)) != RETORT_OK)
			return rc;
		return retort_verify(cfg, &o, out, d);
	}
	if (strcmp(c, "history") == 0) {
		if ((rc = want_args(cl, 0, 0)) != RETORT_OK)
			return rc;
		return retort_history(cfg, cl->range, cl->verbose,
				      cl->indicate_current ? &o : NULL, out, d);
	}
	if (strcmp(c, "current") == 0) {
		if ((rc = want_args(cl, 0, 0)) != RETORT_OK)
			return rc;
		return retort_current(cfg, &o, out, d);
	}
	if (strcmp(c, "show") == 0) {
		if ((rc = want_args(cl, 1, 1)) != RETORT_OK)
			return rc;
		return retort_show(cfg, cl->args[0], out, d);
	}
	if (strcmp(c, "heads") == 0 || strcmp(c, "branches") == 0) {
		if ((rc = want_args(cl, 0, 0)) != RETORT_OK)
			return rc;
		return c[0] == 'h' ? retort_heads(cfg, cl->verbose, out, d)
				   : retort_branches(cfg, cl->verbose, out, d);
	}
	return RETORT_ERR_USAGE;
}

int main(int argc, char **argv)
{
	struct cmdline cl;
	struct retort_config cfg;
	struct diag d = DIAG_INIT;
	struct sbuf out = SBUF_INIT;
	const struct command *cmd;
	const char *env_url = getenv("RETORT_URL");
	FILE *spool = NULL;
	int rc, color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
	bool online;	/* a run on a database: out is its progress */
	size_t i;

	memset(&cl, 0, sizeof(cl));
	config_init(&cfg);
	if ((rc = parse_args(&cl, argc, argv)) != RETORT_OK)
		goto done;
	if (cl.version) {
		printf("retort %s\n", RETORT_VERSION);
		goto done;
	}
	if (!cl.command || cl.help || strcmp(cl.command, "help") == 0) {
		const char *topic = cl.command && strcmp(cl.command, "help") == 0 && cl.nargs
			? cl.args[0] : cl.help ? cl.command : NULL;
		const struct command *c = topic ? find_command(topic) : NULL;
		if (c) {
			printf("usage: retort %s\n\n%s\n", c->synopsis, c->summary);
		} else if (topic && strcmp(topic, "help") != 0) {
			rc = usage_error("unknown command '%s'", topic);
			goto done;
		} else {
			bool asked = cl.command || cl.help;
			print_usage(asked ? stdout : stderr);
			rc = asked ? RETORT_OK : RETORT_ERR_USAGE;
		}
		goto done;
	}
	cmd = find_command(cl.command);
	if (!cmd) {
		rc = usage_error("unknown command '%s'", cl.command);
		goto done;
	}
	if (cmd->needs_config && !config_load(&cfg, cl.config ? cl.config : "retort.ini", &d)) {
		rc = RETORT_ERR_USAGE;
		goto done;
	}
	if (env_url && *env_url)
		config_set(&cfg.url, env_url);
	if (cl.url)
		config_set(&cfg.url, cl.url);
	for (i = 0; i < cl.nxargs; i++) {
		cfg.xargs = xrealloc(cfg.xargs, (cfg.nxargs + 1) * sizeof(*cfg.xargs));
		cfg.xargs[cfg.nxargs++] = xstrdup(cl.xargs[i]);
	}
	/* SQL is spooled to an unlinked temporary file and copied out only on
	 * success: a failed run prints nothing, and a large script does not sit
	 * in memory.  Without a temporary file, memory does. */
	online = cmd->sql_output && !cl.sql && strcmp(cmd->name, "schema") != 0;
	if (cmd->sql_output && !online && (spool = tmpfile()) != NULL)
		setvbuf(spool, NULL, _IOFBF, 256 << 10);	/* a few big writes, not many 4 KiB ones */
	rc = dispatch(&cl, &cfg, &out, spool, online, &d);
	if (rc == RETORT_OK && spool && copy_out(spool) != 0)
		rc = RETORT_ERR_USAGE;
	/* A run on a database says how far it got even when it stopped. */
	/* check's finding is its output, and its exit status */
	if ((rc == RETORT_OK || online || (rc == RETORT_ERR_MIGRATION &&
					   strcmp(cmd->name, "check") == 0 && out.len)) &&
	    !(cl.quiet && (cmd->chatty || online)) &&
	    fwrite(out.buf ? out.buf : "", 1, out.len, stdout) != out.len)
		rc = RETORT_ERR_USAGE;
	if (fflush(stdout) != 0 || ferror(stdout))
		rc = RETORT_ERR_USAGE;
	if (rc == RETORT_ERR_USAGE && ferror(stdout))
		perror("retort: error: writing the output");
done:
	if (spool)
		fclose(spool);
	diag_print(&d, stderr, color);
	diag_release(&d);
	sbuf_release(&out);
	config_release(&cfg);
	free(cl.args);
	free(cl.xargs);
	free(cl.depends_on);
	return rc;
}
