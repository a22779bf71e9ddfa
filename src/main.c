/* The command line: options, dispatch and exit codes, nothing else.  The
 * work is in the library (retort.h); this file turns argv into one call and
 * prints what it returns: results on stdout only when the call succeeded,
 * so a failed run never leaves partial SQL behind.  One table of commands
 * (name, function, arguments, the options each takes, a summary) drives
 * dispatch, help and the shells' completion scripts. */
#include "complete.h"
#include "retort.h"
#include "diag.h"
#include "sbuf.h"
#include "util.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct cmdline {
	const char *command;
	const char *config;
	const char *name;	/* -n: the ini section to read */
	const char *url;
	const char *dialect;
	const char **xargs;
	size_t nxargs;
	bool quiet, verbose, help, version;
	bool sql, no_annotate, splice, indicate_current, autogenerate, from_db, force, purge;
	bool resolve_deps, check_heads, plan;
	const char *message, *rev_id, *head, *branch_label, *version_path, *range;
	const char *lock_timeout, *format, *template_name;
	const char *diag_format;	/* --diagnostics-format text|json */
	const char *output;		/* -o FILE: stdout's results, written whole */
	const char *split;		/* --split DIR */
	const char **depends_on;
	size_t ndepends_on;
	bool graph;		/* history --graph */
	const char **args;	/* positional arguments after the command */
	size_t nargs;
	unsigned given;		/* OPT_ bits of the options given */
};

/* The options a command may take beyond the global ones (the table of
 * commands says which): value and flag options set these bits in
 * cmdline.given as they are parsed. */
enum {
	OPT_SQL = 1u << 0,
	OPT_MESSAGE = 1u << 1,
	OPT_REV_ID = 1u << 2,
	OPT_HEAD = 1u << 3,
	OPT_BRANCH_LABEL = 1u << 4,
	OPT_DEPENDS_ON = 1u << 5,
	OPT_SPLICE = 1u << 6,
	OPT_VERSION_PATH = 1u << 7,
	OPT_AUTOGENERATE = 1u << 8,	/* and then --from-db too */
	OPT_FROM_DB = 1u << 9,
	OPT_FORMAT = 1u << 10,
	OPT_RANGE = 1u << 11,
	OPT_INDICATE_CURRENT = 1u << 12,
	OPT_FORCE = 1u << 13,
	OPT_PURGE = 1u << 14,
	OPT_RESOLVE_DEPS = 1u << 15,
	OPT_TEMPLATE = 1u << 16,
	OPT_CHECK_HEADS = 1u << 17,
	OPT_SPLIT = 1u << 18,
	OPT_PLAN = 1u << 19,
	OPT_GRAPH = 1u << 20
};

/* What a command's function gets: the options as the library takes them
 * (o), where its results go (out) and its problems (d). */
struct run {
	const struct cmdline *cl;
	struct retort_config *cfg;
	struct retort_opts o;
	struct sbuf *out;
	struct diag *d;
};

struct command {
	const char *name;
	int (*run)(struct run *r);
	size_t min_args, max_args;	/* positional arguments after the name */
	unsigned options;		/* OPT_ bits: what it takes beyond the global ones */
	const char *synopsis;
	const char *summary;
	bool needs_config;
	bool chatty;		/* prints progress, not results: -q silences it */
	bool script;		/* prints a script: spooled, see main */
	bool on_database;	/* without --sql it runs on the database, and
				 * what it prints is progress as it goes */
	bool finding;		/* exit 1 with output is a finding: printed */
	bool json_verdict;	/* its JSON says whether it found a fault:
				 * printed on exit 1 too */
	const char *formats;	/* with OPT_FORMAT: what --format takes, the
				 * first the default ("text|json") */
	enum complete_kind args;	/* what its arguments are, for completion */
	bool hidden;		/* a helper of the completion scripts: not
				 * listed by help or offered by completion */
	bool silent;		/* says nothing on stderr: a shell runs it
				 * while a person types */
};

static int cmd_init(struct run *r);
static int cmd_list_templates(struct run *r);
static int cmd_revision(struct run *r);
static int cmd_upgrade(struct run *r);
static int cmd_downgrade(struct run *r);
static int cmd_stamp(struct run *r);
static int cmd_current(struct run *r);
static int cmd_verify(struct run *r);
static int cmd_schema(struct run *r);
static int cmd_check(struct run *r);
static int cmd_history(struct run *r);
static int cmd_show(struct run *r);
static int cmd_edit(struct run *r);
static int cmd_heads(struct run *r);
static int cmd_branches(struct run *r);
static int cmd_merge(struct run *r);
static int cmd_help(struct run *r);
static int cmd_import(struct run *r);
static int cmd_completion(struct run *r);
static int cmd_complete_targets(struct run *r);
static int cmd_graph(struct run *r);

#define MANY ((size_t)-1)
static const struct command commands[] = {
	{ "init", cmd_init, 1, 1, OPT_TEMPLATE, "init DIR [-t TEMPLATE]",
	  "create a migration environment in DIR and ./retort.ini",
	  .chatty = true, .args = COMPLETE_DIR },
	{ "list_templates", cmd_list_templates, 0, 0, 0, "list_templates",
	  "list the templates init can start from", .needs_config = false },
	{ "import", cmd_import, 0, 1, OPT_FORCE, "import [ALEMBIC_INI_OR_VERSIONS_DIR] [--force]",
	  "convert an Alembic project's revisions into this environment (made in migrations/ "
	  "when there is none), leaving what cannot be converted marked for a person",
	  .chatty = true, .finding = true, .args = COMPLETE_FILE },
	{ "revision", cmd_revision, 0, 0,
	  OPT_MESSAGE | OPT_AUTOGENERATE | OPT_REV_ID | OPT_HEAD | OPT_BRANCH_LABEL |
	  OPT_DEPENDS_ON | OPT_SPLICE | OPT_VERSION_PATH,
	  "revision -m MSG [--autogenerate [--from-db]] [--rev-id ID] [--head REV] "
	  "[--branch-label L] [--depends-on REV]... [--splice] [--version-path DIR]",
	  "write a new revision file from the template (--autogenerate: with the ops that "
	  "make head, or the database, what the schema file says)",
	  .needs_config = true, .chatty = true },
	{ "upgrade", cmd_upgrade, 1, 1, OPT_SQL | OPT_SPLIT | OPT_PLAN | OPT_FORMAT,
	  "upgrade TARGET [--sql [--split DIR] | --plan [--format text|json]] [--lock-timeout S]",
	  "apply the migrations up to TARGET to the database (--sql: print the SQL from base, "
	  "or from FROM in FROM:TO; --plan: print what would run on the database, running "
	  "nothing)",
	  .needs_config = true, .script = true, .on_database = true, .args = COMPLETE_TARGET,
	  .formats = "text|json" },
	{ "downgrade", cmd_downgrade, 1, 1, OPT_SQL | OPT_SPLIT | OPT_PLAN | OPT_FORMAT,
	  "downgrade TARGET [--sql [--split DIR] | --plan [--format text|json]] "
	  "[--lock-timeout S]", "undo migrations down to "
	  "TARGET on the database (--sql: print the SQL of a range FROM:TO; --plan: print "
	  "what would run, running nothing)",
	  .needs_config = true, .script = true, .on_database = true, .args = COMPLETE_TARGET,
	  .formats = "text|json" },
	{ "stamp", cmd_stamp, 1, 1, OPT_SQL | OPT_PURGE,
	  "stamp REV [--sql] [--purge] [--lock-timeout S]",
	  "set the version table to REV without running any migration (--sql: print the "
	  "change; --purge: delete every row first, one naming a revision this checkout "
	  "lacks too)",
	  .needs_config = true, .script = true, .on_database = true, .args = COMPLETE_TARGET },
	{ "current", cmd_current, 0, 0, OPT_CHECK_HEADS | OPT_FORMAT,
	  "current [-v] [--check] [--format text|json]",
	  "show the revisions the database is at",
	  .needs_config = true, .formats = "text|json" },
	{ "verify", cmd_verify, 0, 0, OPT_FORMAT, "verify [--dialect D] [--format text|json]",
	  "prove, without a database, "
	  "that every downgrade restores the schema and every op suits the dialect",
	  .needs_config = true, .formats = "text|json", .json_verdict = true },
	{ "schema", cmd_schema, 0, 1, OPT_FORMAT | OPT_FROM_DB,
	  "schema [REV] [--dialect D] [--format sql|mig|dot|mermaid] [--from-db]", "print the "
	  "schema at REV (default: the heads; --from-db: the database's) as CREATE statements, "
	  "as a schema file (--format mig), or draw it (dot, mermaid)",
	  .needs_config = true, .script = true, .formats = "sql|mig|dot|mermaid",
	  .args = COMPLETE_TARGET },
	{ "check", cmd_check, 0, 0, OPT_FROM_DB | OPT_FORMAT,
	  "check [--dialect D] [--from-db] [--format text|json]",
	  "exit 4, printing the pending ops, when the schema file differs from head "
	  "(--from-db: from the database); 1 when a migration or the schema file is broken",
	  .needs_config = true, .formats = "text|json" },
	{ "history", cmd_history, 0, 0, OPT_RANGE | OPT_INDICATE_CURRENT | OPT_FORMAT | OPT_GRAPH,
	  "history [-r START:END] [-v] [-i] [--graph] [--format text|json]",
	  "list revisions, newest first (--graph: with lines to their parents, as git log "
	  "--graph draws)", .needs_config = true, .formats = "text|json" },
	{ "graph", cmd_graph, 0, 0, OPT_FORMAT, "graph [--format dot|mermaid] [--url URL]",
	  "draw the revision graph for Graphviz or Mermaid (with a URL: the database's "
	  "revisions filled)", .needs_config = true, .formats = "dot|mermaid" },
	{ "show", cmd_show, 1, 1, OPT_FORMAT, "show REV [--format text|json]",
	  "describe one revision", .needs_config = true, .formats = "text|json",
	  .args = COMPLETE_TARGET },
	{ "edit", cmd_edit, 1, 1, 0, "edit REV", "open the file of revision REV in $VISUAL or "
	  "$EDITOR", .needs_config = true, .args = COMPLETE_TARGET },
	{ "heads", cmd_heads, 0, 0, OPT_RESOLVE_DEPS | OPT_FORMAT,
	  "heads [-v] [--resolve-dependencies] [--format text|json]",
	  "list the head revisions (--resolve-dependencies: but one another revision "
	  "depends on, as the target heads does)",
	  .needs_config = true, .formats = "text|json" },
	{ "branches", cmd_branches, 0, 0, OPT_FORMAT, "branches [-v] [--format text|json]",
	  "list the branch points", .needs_config = true, .formats = "text|json" },
	{ "merge", cmd_merge, 1, MANY,
	  OPT_MESSAGE | OPT_REV_ID | OPT_BRANCH_LABEL | OPT_DEPENDS_ON | OPT_SPLICE |
	  OPT_VERSION_PATH,
	  "merge [-m MSG] REV... (or heads) [--rev-id ID] [--branch-label L] "
	  "[--depends-on REV]... [--splice] [--version-path DIR]", "write a revision that merges REVs "
	  "(heads; --splice: any revisions, none an ancestor of another)",
	  .needs_config = true, .chatty = true, .args = COMPLETE_TARGET },
	{ "help", cmd_help, 0, 1, 0, "help [COMMAND]", "describe the commands",
	  .needs_config = false, .args = COMPLETE_COMMAND },
	{ "completion", cmd_completion, 1, 1, 0, "completion bash|zsh|fish",
	  "print the shell's completion script for retort (commands, options, targets)",
	  .args = COMPLETE_SHELL },
	{ "__complete_targets", cmd_complete_targets, 0, 0, 0, "__complete_targets",
	  "for the completion scripts: the targets of the project, one a line, from its "
	  "revision files only", .needs_config = true, .hidden = true, .silent = true },
};

/* The global options as the usage says them, and what completion says
 * of each of their names. */
static const struct {
	const char *usage, *help;
} global_help[] = {
	{ "-c, --config FILE", "the config file (default RETORT_CONFIG, else ./retort.ini)" },
	{ "-n, --name NAME", "the config file's section to read (default [retort])" },
	{ "--url URL", "the database URL (also RETORT_URL)" },
	{ "--dialect D", "the dialect to compile for (beats the URL and the config)" },
	{ "-x KEY=VALUE", "for when x.KEY blocks and ${x.KEY} (execute, template)" },
	{ "-o, --output FILE", "write the script or report to FILE, whole or not at all" },
	{ "--diagnostics-format F", "text, or json: one JSON array on stderr, with codes" },
	{ "--no-annotate", "leave out the '-- file:line' comments in --sql output" },
	{ "--lock-timeout S", "wait up to S seconds for another run's lock (default 60)" },
	{ "-q, --quiet", "say less" },
	{ "-v, --verbose", "say more" },
	{ "--help, --version", NULL },
};

static void print_usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage: retort [-c FILE] [-n NAME] [--url URL] [--dialect D] [-x KEY=VALUE] "
		"[-o FILE]\n              [--diagnostics-format text|json] [-q] [-v] COMMAND [ARGS]\n"
		"\ncommands:\n");
	for (i = 0; i < ARRAY_LEN(commands); i++)
		if (!commands[i].hidden)
			fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\nglobal options:\n");
	for (i = 0; i < ARRAY_LEN(global_help); i++)
		if (global_help[i].help)
			fprintf(out, "  %-19s %s\n", global_help[i].usage, global_help[i].help);
		else
			fprintf(out, "  %s\n", global_help[i].usage);
	fprintf(out, "\nexit status: 0 success, 1 an error in the migrations, 2 usage, "
		"3 the database refused, 4 check found the schema differs\n");
}

static const struct command *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(commands); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* What the user probably meant by an unknown word: the first of names (n
 * of them, each `stride` bytes apart, the name first) it begins, else the
 * closest within a quarter of its length and one (at most 3 edits); NULL
 * when none is. */
static const char *closest(const char *word, const void *names, size_t n, size_t stride)
{
	size_t len = strlen(word), maxd = len / 4 + 1, bestd = SIZE_MAX, i;
	const char *best = NULL;

	if (len < 3)
		return NULL;	/* -z is no near miss of -c */
	maxd = maxd > 3 ? 3 : maxd;
	for (i = 0; i < n; i++) {	/* a name it begins */
		const char *cand = *(const char *const *)((const char *)names + i * stride);
		if (strncmp(cand, word, len) == 0)
			return cand;
	}
	for (i = 0; i < n; i++) {
		const char *cand = *(const char *const *)((const char *)names + i * stride);
		size_t dist = util_edit_distance(word, cand, maxd);
		if (dist <= maxd && dist < bestd) {
			best = cand;
			bestd = dist;
		}
	}
	return best;
}

/* "; did you mean 'X'?" for an unknown command, or "". */
static const char *command_hint(const char *word, char *buf, size_t size)
{
	const char *best = closest(word, commands, ARRAY_LEN(commands), sizeof(commands[0]));

	if (!best)
		return "";
	snprintf(buf, size, "; did you mean '%s'?", best);
	return buf;
}

static int usage_error(const char *fmt, ...) ATTR_PRINTF(1, 2);

/* Where the command line's own errors go when diagnostics are JSON: the
 * run's messages, printed with the rest at the end.  NULL: to stderr at
 * once, as text. */
static struct diag *json_diag;

static int usage_verror(bool see_help, const char *fmt, va_list ap)
{
	if (json_diag) {
		struct sbuf msg = SBUF_INIT;
		sbuf_vaddf(&msg, fmt, ap);
		diag_plain(json_diag, DIAG_SEV_ERROR, DIAG_USAGE, "%s", sbuf_str(&msg));
		if (see_help)
			diag_plain(json_diag, DIAG_SEV_NOTE, DIAG_USAGE, "see 'retort --help'");
		sbuf_release(&msg);
		return RETORT_ERR_USAGE;
	}
	fprintf(stderr, "retort: error: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, see_help ? "\n(see 'retort --help')\n" : "\n");
	return RETORT_ERR_USAGE;
}

static int usage_error(const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = usage_verror(true, fmt, ap);
	va_end(ap);
	return rc;
}

/* A usage error the synopsis says enough about. */
static int synopsis_error(const char *fmt, ...) ATTR_PRINTF(1, 2);

static int synopsis_error(const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = usage_verror(false, fmt, ap);
	va_end(ap);
	return rc;
}

static void push(const char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/* The options: name, where the value (or flag) goes, the OPT_ bit of a
 * command's own option (0: a global one), and what a value is, for
 * completion. */
struct option_def {
	const char *name;
	size_t offset;
	unsigned bit;
	enum complete_kind value;
	const char *words;	/* COMPLETE_WORDS: the values, blank-separated */
};

/* A command's own options, by OPT_ bit: the name an error says, the
 * usage and what `retort help COMMAND` says of it. */
static const struct {
	const char *name, *usage, *help;
} own_opts[] = {
	{ "--sql", "--sql", "print the SQL instead of running it; no connection is made" },
	{ "-m", "-m, --message MSG", "the new revision's message" },
	{ "--rev-id", "--rev-id ID", "the new revision's id (default: 12 random hex digits)" },
	{ "--head", "--head REV", "the revision to build on (default: the one head)" },
	{ "--branch-label", "--branch-label L", "a branch label for the new revision" },
	{ "--depends-on", "--depends-on REV", "a revision the new one depends on (repeatable)" },
	{ "--splice", "--splice", "build on, or merge, a revision that is not a head" },
	{ "--version-path", "--version-path DIR", "the folder to write the new file in" },
	{ "--autogenerate", "--autogenerate", "fill in the ops that make head what the schema "
	  "file says" },
	{ "--from-db", "--from-db", "the database at the URL, not head: what the schema file "
	  "is compared with (check, revision), what is printed (schema)" },
	{ "--format", "--format F", "the form of the output" },
	{ "-r", "-r, --rev-range START:END", "only the revisions of the range (an end may be "
	  "current)" },
	{ "-i", "-i, --indicate-current", "mark the revisions the database is at" },
	{ "--force", "--force", "write again the files a person has edited since the import" },
	{ "--purge", "--purge", "delete every version row first, one the checkout lacks too" },
	{ "--resolve-dependencies", "--resolve-dependencies", "leave out a head another "
	  "revision depends on" },
	{ "--template", "-t, --template NAME", "the template to start from (list_templates "
	  "lists them; default generic)" },
	{ "--check", "--check, --check-heads", "exit 4 unless the database is at the heads "
	  "(a deploy gate)" },
	{ "--split", "--split DIR", "with --sql: a script per revision each way, and a "
	  "manifest with their SHA-256, into the new or empty folder DIR" },
	{ "--plan", "--plan", "read where the database is and print what would run, and its "
	  "SQL, running nothing" },
	{ "--graph", "--graph", "draw lines from each revision to its parents beside the "
	  "list" },
};

/* The name of the lowest of the OPT_ bits, as the usage says it. */
static const char *option_name(unsigned bits)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(own_opts); i++)
		if (bits & (1u << i))
			return own_opts[i].name;
	return "an option";
}

static const struct option_def value_opts[] = {
	{ "-c", offsetof(struct cmdline, config), 0, COMPLETE_FILE, NULL },
	{ "--config", offsetof(struct cmdline, config), 0, COMPLETE_FILE, NULL },
	{ "--url", offsetof(struct cmdline, url), 0, COMPLETE_NOTHING, NULL },
	{ "--dialect", offsetof(struct cmdline, dialect), 0, COMPLETE_NOTHING, NULL },
	{ "-n", offsetof(struct cmdline, name), 0, COMPLETE_NOTHING, NULL },
	{ "--name", offsetof(struct cmdline, name), 0, COMPLETE_NOTHING, NULL },
	{ "-m", offsetof(struct cmdline, message), OPT_MESSAGE, COMPLETE_NOTHING, NULL },
	{ "--message", offsetof(struct cmdline, message), OPT_MESSAGE, COMPLETE_NOTHING, NULL },
	{ "--rev-id", offsetof(struct cmdline, rev_id), OPT_REV_ID, COMPLETE_NOTHING, NULL },
	{ "--head", offsetof(struct cmdline, head), OPT_HEAD, COMPLETE_TARGET, NULL },
	{ "--branch-label", offsetof(struct cmdline, branch_label), OPT_BRANCH_LABEL,
	  COMPLETE_NOTHING, NULL },
	{ "--version-path", offsetof(struct cmdline, version_path), OPT_VERSION_PATH, COMPLETE_DIR,
	  NULL },
	{ "-r", offsetof(struct cmdline, range), OPT_RANGE, COMPLETE_TARGET, NULL },
	{ "--lock-timeout", offsetof(struct cmdline, lock_timeout), 0, COMPLETE_NOTHING, NULL },
	{ "--diagnostics-format", offsetof(struct cmdline, diag_format), 0, COMPLETE_WORDS,
	  "text json" },
	{ "-o", offsetof(struct cmdline, output), 0, COMPLETE_FILE, NULL },
	{ "--output", offsetof(struct cmdline, output), 0, COMPLETE_FILE, NULL },
	{ "--split", offsetof(struct cmdline, split), OPT_SPLIT, COMPLETE_DIR, NULL },
	/* its words: every command's formats (completion_build) */
	{ "--format", offsetof(struct cmdline, format), OPT_FORMAT, COMPLETE_WORDS, NULL },
	{ "--rev-range", offsetof(struct cmdline, range), OPT_RANGE, COMPLETE_TARGET, NULL },
	{ "-t", offsetof(struct cmdline, template_name), OPT_TEMPLATE, COMPLETE_NOTHING, NULL },
	{ "--template", offsetof(struct cmdline, template_name), OPT_TEMPLATE, COMPLETE_NOTHING,
	  NULL },
};

/* The options that may be given again, each value kept: no slot. */
static const struct option_def repeat_opts[] = {
	{ "-x", 0, 0, COMPLETE_NOTHING, NULL },
	{ "--depends-on", 0, OPT_DEPENDS_ON, COMPLETE_TARGET, NULL },
};

/* A flag: no value, so nothing to complete after it. */
#define FLAG(name, field, bit) \
	{ name, offsetof(struct cmdline, field), bit, COMPLETE_NOTHING, NULL }
static const struct option_def flag_opts[] = {
	FLAG("-q", quiet, 0),
	FLAG("--quiet", quiet, 0),
	FLAG("-v", verbose, 0),
	FLAG("--verbose", verbose, 0),
	FLAG("-h", help, 0),
	FLAG("--help", help, 0),
	FLAG("--version", version, 0),
	FLAG("--sql", sql, OPT_SQL),
	FLAG("--no-annotate", no_annotate, 0),
	FLAG("--splice", splice, OPT_SPLICE),
	FLAG("-i", indicate_current, OPT_INDICATE_CURRENT),
	FLAG("--indicate-current", indicate_current, OPT_INDICATE_CURRENT),
	FLAG("--autogenerate", autogenerate, OPT_AUTOGENERATE),
	FLAG("--from-db", from_db, OPT_FROM_DB),
	FLAG("--force", force, OPT_FORCE),
	FLAG("--purge", purge, OPT_PURGE),
	FLAG("--resolve-dependencies", resolve_deps, OPT_RESOLVE_DEPS),
	FLAG("--check", check_heads, OPT_CHECK_HEADS),
	FLAG("--check-heads", check_heads, OPT_CHECK_HEADS),
	FLAG("--plan", plan, OPT_PLAN),
	FLAG("--graph", graph, OPT_GRAPH),
};
#undef FLAG


/* "; did you mean 'X'?" for an unknown option, or "". */
static const char *option_hint(const char *word, char *buf, size_t size)
{
	const char *c[3], *best = NULL;
	size_t i, bestd = SIZE_MAX;

	c[0] = closest(word, value_opts, ARRAY_LEN(value_opts), sizeof(value_opts[0]));
	c[1] = closest(word, flag_opts, ARRAY_LEN(flag_opts), sizeof(flag_opts[0]));
	c[2] = closest(word, repeat_opts, ARRAY_LEN(repeat_opts), sizeof(repeat_opts[0]));
	for (i = 0; i < 3; i++) {
		size_t dist = c[i] ? util_edit_distance(word, c[i], 3) : SIZE_MAX;
		if (dist < bestd) {
			best = c[i];
			bestd = dist;
		}
	}
	if (!best)
		return "";
	snprintf(buf, size, "; did you mean '%s'?", best);
	return buf;
}

/* Option names that take a value, with where the value goes and the OPT_
 * bit of a command's own option (0: a global one). */
static const char **value_slot(struct cmdline *cl, const char *name, bool *repeat)
{
	size_t i;

	*repeat = false;
	for (i = 0; i < ARRAY_LEN(repeat_opts); i++)
		if (strcmp(repeat_opts[i].name, name) == 0) {
			*repeat = true;
			cl->given |= repeat_opts[i].bit;
			return NULL;
		}
	for (i = 0; i < ARRAY_LEN(value_opts); i++)
		if (strcmp(value_opts[i].name, name) == 0) {
			cl->given |= value_opts[i].bit;
			return (const char **)((char *)cl + value_opts[i].offset);
		}
	return NULL;
}

static bool *flag_slot(struct cmdline *cl, const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(flag_opts); i++)
		if (strcmp(flag_opts[i].name, name) == 0) {
			cl->given |= flag_opts[i].bit;
			return (bool *)((char *)cl + flag_opts[i].offset);
		}
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
		} else if (a[1] != '-' && a[2] != '\0') {
			/* -mVALUE, of any length */
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
		if (!slot && !repeat && strcmp(name, "--tag") == 0)
			return usage_error("--tag is refused: Alembic hands its value to env.py "
					   "(context.get_tag_argument()), and retort runs no env.py, "
					   "so it would go nowhere: leave it out");
		if (!slot && !repeat) {
			char hint[80];
			return usage_error("unknown option '%s'%s", a,
					   option_hint(name, hint, sizeof(hint)));
		}
		if (!value) {
			if (i + 1 >= argc)
				return usage_error("option '%s' needs a value", a);
			value = argv[++i];
		}
		if (!repeat)
			*slot = value;
		else if (strcmp(name, "-x") == 0) {
			size_t klen = strcspn(value, "=");
			if (!value[klen] || !klen || value[util_name_span(value)] != '=')
				return usage_error("-x takes KEY=VALUE, a KEY of letters, digits "
						   "and _, not '%.*s'", (int)klen, value);
			push(&cl->xargs, &cl->nxargs, value);
		}
		else
			push(&cl->depends_on, &cl->ndepends_on, value);
	}
	return RETORT_OK;
}

/* The spooled script to stdout; 0 on success. */
static int copy_out(FILE *spool, FILE *to)
{
	char buf[65536];
	size_t n;

	if (fflush(spool) != 0 || ferror(spool) || fseek(spool, 0, SEEK_SET) != 0)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), spool)) > 0)
		if (fwrite(buf, 1, n, to) != n)
			return -1;
	return ferror(spool) ? -1 : 0;
}

/* The config file: -c, else $RETORT_CONFIG (as Alembic's ALEMBIC_CONFIG),
 * else retort.ini here. */
static const char *config_path(const struct cmdline *cl)
{
	const char *env = getenv("RETORT_CONFIG");

	return cl->config ? cl->config : env && *env ? env : "retort.ini";
}

/* ---- the commands ---- */

static int cmd_init(struct run *r)
{
	return retort_init(r->cl->args[0], config_path(r->cl), r->cl->template_name, r->out,
			   r->d);
}

static int cmd_list_templates(struct run *r)
{
	return retort_list_templates(r->out);
}

static int cmd_import(struct run *r)
{
	return retort_import(r->cl->nargs ? r->cl->args[0] : NULL,
			     config_path(r->cl), r->cl->force, r->out,
			     r->d);
}

/* revision and merge: one call, a merge naming the revisions it joins. */
static int new_revision(struct run *r, bool merge)
{
	const struct cmdline *cl = r->cl;
	struct retort_revision_opts ro;

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
	ro.db = cl->from_db ? &r->o : NULL;
	return retort_revision(r->cfg, &ro, r->out, r->d);
}

static int cmd_revision(struct run *r)
{
	return new_revision(r, false);
}

static int cmd_merge(struct run *r)
{
	return new_revision(r, true);
}

static int cmd_upgrade(struct run *r)
{
	return retort_upgrade(r->cfg, r->cl->args[0], &r->o, r->out, r->d);
}

static int cmd_downgrade(struct run *r)
{
	return retort_downgrade(r->cfg, r->cl->args[0], &r->o, r->out, r->d);
}

static int cmd_stamp(struct run *r)
{
	return retort_stamp(r->cfg, r->cl->args[0], &r->o, r->out, r->d);
}

static int cmd_current(struct run *r)
{
	return retort_current(r->cfg, &r->o, r->out, r->d);
}

static int cmd_verify(struct run *r)
{
	return retort_verify(r->cfg, &r->o, r->out, r->d);
}

static int cmd_schema(struct run *r)
{
	return retort_schema(r->cfg, r->cl->nargs ? r->cl->args[0] : NULL, &r->o, r->out, r->d);
}

static int cmd_check(struct run *r)
{
	return retort_check(r->cfg, &r->o, r->out, r->d);
}

static int cmd_history(struct run *r)
{
	if (r->cl->graph)
		return retort_history_graph(r->cfg, r->cl->range, r->cl->indicate_current, &r->o,
					    r->out, r->d);
	return retort_history(r->cfg, r->cl->range, r->cl->indicate_current, &r->o, r->out, r->d);
}

static int cmd_edit(struct run *r)
{
	return retort_edit(r->cfg, r->cl->args[0], r->d);
}

static int cmd_show(struct run *r)
{
	return retort_show(r->cfg, r->cl->args[0], &r->o, r->out, r->d);
}

static int cmd_heads(struct run *r)
{
	return retort_heads(r->cfg, r->cl->resolve_deps, &r->o, r->out, r->d);
}

static int cmd_branches(struct run *r)
{
	return retort_branches(r->cfg, &r->o, r->out, r->d);
}

/* The OPT_ bits a command takes: --from-db goes with --autogenerate. */
static unsigned command_options(const struct command *c)
{
	return c->options | (c->options & OPT_AUTOGENERATE ? OPT_FROM_DB : 0u);
}

/* help [COMMAND], and COMMAND --help: its synopsis and summary; without
 * one, the usage (to stderr when nobody asked: no command at all). */
static int say_help(const char *topic, bool asked)
{
	const struct command *c = topic ? find_command(topic) : NULL;
	char hint[80];

	if (c) {
		size_t i;
		printf("usage: retort %s\n\n%s\n", c->synopsis, c->summary);
		if (c->options)
			printf("\noptions:\n");
		for (i = 0; i < ARRAY_LEN(own_opts); i++)
			if (command_options(c) & (1u << i))
				printf("  %-26s %s%s%s\n", own_opts[i].usage, own_opts[i].help,
				       (1u << i) == OPT_FORMAT ? ": " : "",
				       (1u << i) == OPT_FORMAT ? c->formats : "");
		printf("\nthe global options (-c, -n, --url, --dialect, -x, -q, -v, ...): "
		       "retort --help\n");
		return RETORT_OK;
	}
	if (topic && strcmp(topic, "help") != 0)
		return usage_error("unknown command '%s'%s", topic, command_hint(topic, hint,
										sizeof(hint)));
	print_usage(asked ? stdout : stderr);
	return asked ? RETORT_OK : RETORT_ERR_USAGE;
}

static int cmd_help(struct run *r)
{
	return say_help(r->cl->nargs ? r->cl->args[0] : NULL, true);
}

/* ---- completion: the scripts see the tables above, nothing kept apart ---- */

/* What completion says of a global option: the help of the usage line
 * that names it. */
static const char *global_option_help(const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < ARRAY_LEN(global_help); i++) {
		const char *u = global_help[i].usage, *p;
		for (p = strstr(u, name); p; p = strstr(p + 1, name))
			if ((p == u || p[-1] == ' ') && (!p[n] || p[n] == ',' || p[n] == ' '))
				return global_help[i].help;
	}
	return NULL;
}

static const char *option_help(const struct option_def *od)
{
	size_t i;

	if (!od->bit)
		return global_option_help(od->name);
	for (i = 0; i < ARRAY_LEN(own_opts); i++)
		if (od->bit & (1u << i))
			return own_opts[i].help;
	return NULL;
}

/* The tables as complete.h describes a command line; bits[i] is the
 * OPT_ bit of opts[i]. */
struct completion {
	struct complete_spec spec;
	struct complete_opt *opts;
	unsigned *bits;
	struct complete_cmd *cmds;
	const struct complete_opt **own;	/* the commands' options, end to end */
	char *formats;		/* --format's words: every command's formats */
};

static void completion_add_opts(struct completion *c, size_t *n, const struct option_def *defs,
				size_t ndefs, bool value, bool repeats)
{
	size_t i;

	for (i = 0; i < ndefs; i++, (*n)++) {
		struct complete_opt *o = &c->opts[*n];
		o->name = defs[i].name;
		o->help = option_help(&defs[i]);
		o->global = !defs[i].bit;
		o->takes_value = value;
		o->repeats = repeats;
		/* -c and -n say which project: the targets command needs them */
		o->context = value && !repeats &&
			     (defs[i].offset == offsetof(struct cmdline, config) ||
			      defs[i].offset == offsetof(struct cmdline, name));
		o->value = defs[i].value;
		o->words = defs[i].words;
		c->bits[*n] = defs[i].bit;
	}
}

/* The words --format takes for some command, blank-separated, once each. */
static char *format_words(void)
{
	struct sbuf sb = SBUF_INIT, word = SBUF_INIT;
	size_t i, len;

	sbuf_addc(&sb, ' ');
	for (i = 0; i < ARRAY_LEN(commands); i++) {
		const char *f = commands[i].formats;
		while (f && *f) {
			len = strcspn(f, "|");
			sbuf_reset(&word);
			sbuf_addf(&word, " %.*s ", (int)len, f);
			if (!strstr(sb.buf, word.buf))	/* not said yet */
				sbuf_addf(&sb, "%.*s ", (int)len, f);
			f += len + (f[len] == '|');
		}
	}
	sbuf_release(&word);
	return sbuf_detach(&sb, NULL);
}

static void completion_build(struct completion *c)
{
	size_t nopts = ARRAY_LEN(value_opts) + ARRAY_LEN(repeat_opts) + ARRAY_LEN(flag_opts);
	size_t n = 0, nown = 0, i, j;

	memset(c, 0, sizeof(*c));
	c->opts = xcalloc(nopts, sizeof(*c->opts));
	c->bits = xcalloc(nopts, sizeof(*c->bits));
	completion_add_opts(c, &n, value_opts, ARRAY_LEN(value_opts), true, false);
	completion_add_opts(c, &n, repeat_opts, ARRAY_LEN(repeat_opts), true, true);
	completion_add_opts(c, &n, flag_opts, ARRAY_LEN(flag_opts), false, false);
	c->cmds = xcalloc(ARRAY_LEN(commands), sizeof(*c->cmds));
	c->own = xcalloc(ARRAY_LEN(commands) * nopts, sizeof(*c->own));
	for (i = 0; i < ARRAY_LEN(commands); i++) {
		const struct command *cmd = &commands[i];
		struct complete_cmd *cc;
		if (cmd->hidden)
			continue;
		cc = &c->cmds[c->spec.ncmds++];
		cc->name = cmd->name;
		cc->summary = cmd->summary;
		cc->args = cmd->args;
		cc->min_args = cmd->min_args;
		cc->max_args = cmd->max_args;
		cc->opts = c->own + nown;
		for (j = 0; j < nopts; j++)
			if (c->bits[j] & command_options(cmd))
				cc->opts[cc->nopts++] = &c->opts[j];
		nown += cc->nopts;
	}
	for (i = 0; i < nopts; i++)
		if (c->bits[i] == OPT_FORMAT)
			c->opts[i].words = c->formats = format_words();
	c->spec.prog = "retort";
	c->spec.targets_cmd = "__complete_targets";
	c->spec.opts = c->opts;
	c->spec.nopts = nopts;
	c->spec.cmds = c->cmds;
}

static void completion_release(struct completion *c)
{
	free(c->opts);
	free(c->bits);
	free(c->cmds);
	free(c->own);
	free(c->formats);
}

static int cmd_completion(struct run *r)
{
	struct completion c;
	bool ok;

	completion_build(&c);
	ok = complete_write(r->cl->args[0], &c.spec, r->out);
	completion_release(&c);
	if (!ok)
		return usage_error("no completion script for '%s' (the shells: %s)",
				   r->cl->args[0], complete_shells);
	return RETORT_OK;
}

static int cmd_complete_targets(struct run *r)
{
	return retort_targets(r->cfg, r->out, r->d);
}

static int cmd_graph(struct run *r)
{
	return retort_graph(r->cfg, &r->o, r->out, r->d);
}


/* The format name among a command's formats ("text|json"): its enum. */
static bool format_of(const char *name, const char *formats, enum retort_format *f)
{
	static const struct {
		const char *name;
		enum retort_format f;
	} known[] = {
		{ "text", RETORT_FORMAT_TEXT }, { "sql", RETORT_FORMAT_TEXT },
		{ "json", RETORT_FORMAT_JSON }, { "mig", RETORT_FORMAT_MIG },
		{ "dot", RETORT_FORMAT_DOT }, { "mermaid", RETORT_FORMAT_MERMAID },
	};
	size_t i, len = strlen(name);
	const char *at;

	for (at = formats; (at = strstr(at, name)) != NULL; at += len)
		if ((at == formats || at[-1] == '|') && (at[len] == '|' || !at[len]))
			break;
	if (!at || !len)
		return false;
	for (i = 0; i < ARRAY_LEN(known); i++)
		if (strcmp(known[i].name, name) == 0) {
			*f = known[i].f;
			return true;
		}
	return false;
}

/* What holds for every command: its count of arguments, the options it
 * takes, the library's options made from the command line's.  Then its
 * function. */
static int dispatch(const struct command *cmd, const struct cmdline *cl,
		    struct retort_config *cfg, struct sbuf *out, FILE *spool, bool online,
		    struct diag *d)
{
	struct run r = { cl, cfg, { cl->sql, cl->dialect, cl->verbose, !cl->no_annotate, spool, 0,
				    cl->from_db, cl->purge, cl->check_heads, RETORT_FORMAT_TEXT,
				    cl->plan, cl->split }, out, d };

	if (cl->format && (cmd->options & OPT_FORMAT) &&
	    !format_of(cl->format, cmd->formats, &r.o.format))
		return usage_error("--format of %s is %s, not '%s'", cmd->name, cmd->formats,
				   cl->format);
	if (!cl->format && cmd->formats) {	/* the first of its formats */
		char first[16];
		snprintf(first, sizeof(first), "%.*s", (int)strcspn(cmd->formats, "|"),
			 cmd->formats);
		format_of(first, cmd->formats, &r.o.format);
	}
	if (cl->format && (cmd->options & OPT_PLAN) && !cl->plan)
		return usage_error("--format of %s is for --plan", cmd->name);
	/* --from-db goes with --autogenerate, which says what it compares */
	if ((cl->given & OPT_FROM_DB) && !(cmd->options & OPT_FROM_DB) && !cl->autogenerate)
		return usage_error("--from-db is for schema, check and revision --autogenerate");
	if (cl->given & ~cmd->options & ~(cl->autogenerate ? OPT_FROM_DB : 0u))
		return usage_error("%s is not an option of %s (see retort help %s)",
				   option_name(cl->given & ~cmd->options), cmd->name, cmd->name);
	if (cl->lock_timeout) {
		char *end;
		double t = strtod(cl->lock_timeout, &end);
		if (*end || end == cl->lock_timeout || !(t >= 0) || t > 86400 * 7)
			return usage_error("--lock-timeout takes seconds, from 0 (do not wait) "
					   "to 604800 (a week), not '%s'", cl->lock_timeout);
		r.o.lock_timeout = t > 0 ? t : -1;	/* 0: do not wait */
	}
	if (r.o.sql)
		r.o.lock_timeout = 0;
	if (online)
		r.o.stream = cl->quiet ? NULL : stdout;	/* progress as it happens */
	if (cl->nargs < cmd->min_args || cl->nargs > cmd->max_args)
		return synopsis_error("usage: retort %s", cmd->synopsis);
	return cmd->run(&r);
}

/* Colour on a terminal, but where NO_COLOR is set to anything but the
 * empty string (no-color.org) or the terminal says it is dumb. */
static int use_color(void)
{
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");

	if (no && *no)
		return 0;
	if (term && strcmp(term, "dumb") == 0)
		return 0;
	return isatty(STDERR_FILENO);
}

/* The temporary file -o writes, removed when a signal ends the run (an
 * unlink is safe in a signal handler). */
static volatile sig_atomic_t out_tmp_set;
static char *out_tmp;

static void out_cleanup(int sig)
{
	if (out_tmp_set)
		unlink(out_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* -o FILE: a temporary file beside FILE, for a command whose output is
 * a script or a report (not progress, not files it writes itself), never
 * over a file the run reads; "-o -" is stdout. */
static int open_output(const struct command *cmd, const struct cmdline *cl,
		       const struct retort_config *cfg, bool online, struct util_atomic *at,
		       struct diag *d)
{
	if (online || !(cmd->script || (cmd->options & OPT_FORMAT)))
		return usage_error("-o is for a script (upgrade, downgrade and stamp with --sql, "
				   "schema, --plan) or a report (%s), not for %s%s",
				   "history, heads, branches, show, current, check, verify, graph",
				   cmd->name,
				   online ? " on a database" : "");
	if (cl->split)
		return usage_error("-o is not for --split, which writes its own files");
	if (!*cl->output)
		return usage_error("-o needs a file name");
	if (strcmp(cl->output, "-") == 0)
		return RETORT_OK;
	if (cmd->needs_config && retort_output_clash(cfg, cl->output, d) != RETORT_OK)
		return RETORT_ERR_USAGE;
	if (!util_atomic_open(at, cl->output)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", cl->output,
			   strerror(errno));
		return RETORT_ERR_USAGE;
	}
	if (at->tmp) {
		static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
		size_t i;
		out_tmp = at->tmp;
		out_tmp_set = 1;
		for (i = 0; i < ARRAY_LEN(sigs); i++)
			signal(sigs[i], out_cleanup);
	}
	return RETORT_OK;
}

/* A write of the output that failed, said (the run's exit status is 2). */
static int output_failed(const struct cmdline *cl, struct diag *d)
{
	diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write the output%s%s%s: %s",
		   cl->output ? " to '" : "", cl->output ? cl->output : "", cl->output ? "'" : "",
		   strerror(errno ? errno : EIO));
	return RETORT_ERR_USAGE;
}

/* Whether --diagnostics-format json is on the line: looked for before
 * the line is parsed, so that an error in it is JSON too.  The last one
 * given counts. */
static bool diagnostics_json(int argc, char **argv)
{
	const char *v = NULL, *opt = "--diagnostics-format";
	size_t len = strlen(opt);
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strncmp(argv[i], opt, len) == 0) {
			if (argv[i][len] == '=')
				v = argv[i] + len + 1;
			else if (!argv[i][len] && i + 1 < argc)
				v = argv[++i];
		}
	return v && strcmp(v, "json") == 0;
}

int main(int argc, char **argv)
{
	struct cmdline cl;
	struct retort_config cfg;
	struct diag d = DIAG_INIT;
	struct sbuf out = SBUF_INIT;
	const struct command *cmd = NULL;
	const char *env_url = getenv("RETORT_URL");
	FILE *spool = NULL, *dest = stdout;	/* dest: stdout, or -o's file */
	struct util_atomic at = { NULL, NULL, NULL, 0 };
	int rc, color = use_color();
	bool online;	/* a run on a database: out is its progress */
	bool printed;
	size_t i;

	retort_process_setup();	/* first: SQLite's settings for the process */
	memset(&cl, 0, sizeof(cl));
	retort_config_init(&cfg);
	if (diagnostics_json(argc, argv))
		json_diag = &d;	/* from the first error on, the command line's too */
	if ((rc = parse_args(&cl, argc, argv)) != RETORT_OK)
		goto done;
	if (cl.diag_format && strcmp(cl.diag_format, "json") != 0 &&
	    strcmp(cl.diag_format, "text") != 0) {
		rc = usage_error("--diagnostics-format is text or json, not '%s'", cl.diag_format);
		goto done;
	}
	if (cl.version) {
		retort_drivers(&out);
		printf("retort %s\ndrivers: %s\n", RETORT_VERSION, sbuf_str(&out));
		goto done;
	}
	if (!cl.command && !cl.help && json_diag) {
		rc = usage_error("no command given");	/* the usage is text */
		goto done;
	}
	if (!cl.command || cl.help) {
		rc = say_help(cl.help ? cl.command : NULL, cl.command || cl.help);
		goto done;
	}
	cmd = find_command(cl.command);
	if (!cmd) {
		char hint[80];
		rc = usage_error("unknown command '%s'%s", cl.command,
				 command_hint(cl.command, hint, sizeof(hint)));
		goto done;
	}
	retort_config_set(&cfg.section, cl.name);
	if (cmd->needs_config && !retort_config_load(&cfg, config_path(&cl), &d)) {
		rc = RETORT_ERR_USAGE;
		goto done;
	}
	if (env_url && *env_url)
		retort_config_set(&cfg.url, env_url);
	if (cl.url)
		retort_config_set(&cfg.url, cl.url);
	for (i = 0; i < cl.nxargs; i++) {
		cfg.xargs = xrealloc(cfg.xargs, (cfg.nxargs + 1) * sizeof(*cfg.xargs));
		cfg.xargs[cfg.nxargs++] = xstrdup(cl.xargs[i]);
	}
	/* SQL is spooled to an unlinked temporary file and copied out only on
	 * success: a failed run prints nothing, and a large script does not sit
	 * in memory.  Without a temporary file, memory does. */
	online = cmd->on_database && !cl.sql && !cl.plan;
	if (cl.output && (rc = open_output(cmd, &cl, &cfg, online, &at, &d)) != RETORT_OK)
		goto done;
	if (at.f)
		dest = at.f;
	if (cmd->script && !online && (spool = tmpfile()) != NULL)
		setvbuf(spool, NULL, _IOFBF, 256 << 10);	/* a few big writes, not many 4 KiB ones */
	rc = dispatch(cmd, &cl, &cfg, &out, spool, online, &d);
	errno = 0;
	if (rc == RETORT_OK && spool && copy_out(spool, dest) != 0)
		rc = output_failed(&cl, &d);
	/* A run on a database says how far it got even when it stopped; a
	 * finding is its output, and its exit status. */
	printed = (rc == RETORT_OK || online || rc == RETORT_DIFFERS ||
		   (rc == RETORT_ERR_MIGRATION && cmd->finding && out.len) ||
		   (rc == RETORT_ERR_MIGRATION && cmd->json_verdict && cl.format &&
		    strcmp(cl.format, "json") == 0 && out.len)) &&
		  !(cl.quiet && (cmd->chatty || online));
	if (printed && fwrite(out.buf ? out.buf : "", 1, out.len, dest) != out.len) {
		rc = output_failed(&cl, &d);
		printed = false;
	}
	if (at.f) {
		/* -o: the file is there whole, or not at all */
		out_tmp_set = 0;
		if (printed && !util_atomic_commit(&at))
			rc = output_failed(&cl, &d);
		else if (!printed)
			util_atomic_abandon(&at);
	}
	errno = 0;
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc != RETORT_ERR_USAGE)
		rc = output_failed(&cl, &d);
done:
	out_tmp_set = 0;
	if (at.f)
		util_atomic_abandon(&at);
	if (spool)
		fclose(spool);
	if (json_diag) {
		struct sbuf js = SBUF_INIT;
		diag_json(&d, &js);
		fputs(sbuf_str(&js), stderr);
		sbuf_release(&js);
	} else if (!(cmd && cmd->silent)) {
		diag_print(&d, stderr, color);
	}
	diag_release(&d);
	sbuf_release(&out);
	retort_config_release(&cfg);
	free(cl.args);
	free(cl.xargs);
	free(cl.depends_on);
	return rc;
}
