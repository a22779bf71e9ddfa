/* The commands behind retort.h: each loads what it needs (config, the
 * versions folder, the graph), does one job and reports through its sbuf
 * and diag.  Output formats follow Alembic's so its users can read them. */
#include "retort.h"
#include "config.h"
#include "diag.h"
#include "sbuf.h"
#include "arena.h"
#include "autogen.h"
#include "histgraph.h"
#include "irwrite.h"
#include "json.h"
#include "parse.h"
#include "picture.h"
#include "schema.h"
#include "dialect.h"
#include "migrate.h"
#include "pyimport.h"
#include "report.h"
#include "revgraph.h"
#include "runner.h"
#include "scriptdir.h"
#include "verify.h"
#include "util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- shared ---- */

/* bodies: the command parses operations, not only headers. */
/* The folders of the revisions: version_locations (as Alembic cuts it),
 * else none (script_location's versions/).  false, said, when the
 * separator is not one Alembic knows. */
static bool version_locations(const struct retort_config *cfg, char ***locs, size_t *n,
			      struct diag *d)
{
	*locs = NULL;
	*n = 0;
	if (!cfg->version_locations)
		return true;
	if (!util_split_paths(cfg->version_locations, cfg->version_path_separator, locs, n)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "version_path_separator '%s' is not "
			   "one Alembic knows (os, space, newline, ';' or ':')",
			   cfg->version_path_separator);
		return false;
	}
	return true;
}

static void locations_free(char **locs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(locs[i]);
	free(locs);
}

static int open_scripts(const struct retort_config *cfg, struct scriptdir *sd, bool bodies,
			struct diag *d)
{
	char **locs;
	size_t n;
	bool ok;

	if (!version_locations(cfg, &locs, &n, d)) {
		memset(sd, 0, sizeof(*sd));
		return RETORT_ERR_USAGE;
	}
	ok = scriptdir_open(sd, cfg->script_location, locs, n, bodies, d);
	locations_free(locs, n);
	if (!ok) {
		scriptdir_close(sd);
		return RETORT_ERR_MIGRATION;
	}
	return RETORT_OK;
}

/* --dialect, else the URL's scheme (the part before "://" and any
 * "+driver"), else the ini's dialect, which is for --sql without a URL. */
/* Whether the version table may be in another schema: where the database
 * has schemas that are not databases (else: where it keeps it). */
static bool version_schema_ok(const struct dialect *dl)
{
	return (dl->caps & CAP_SCHEMAS) && !dl->schemas_are_databases;
}

static const char *version_schema_where(const struct dialect *dl)
{
	return dl->schemas_are_databases ? "the database it is connected to" : "its one schema";
}

/* Whether the configured version_table_schema is one the database can
 * keep its version table in; else said (every command that reads or
 * writes the table asks, before any connection). */
static bool version_schema_fits(const struct retort_config *cfg, const struct dialect *dl,
				struct diag *d)
{
	if (!cfg->version_table_schema || version_schema_ok(dl))
		return true;
	diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "version_table_schema '%s' names a schema, "
		   "and %s keeps its version table in %s", cfg->version_table_schema,
		   dl->rules.name, version_schema_where(dl));
	return false;
}

static const struct dialect *pick_dialect(const struct retort_config *cfg,
					  const struct retort_opts *o, struct diag *d)
{
	const char *name = o->dialect;
	const struct dialect *dl;
	char *scheme = NULL;

	if (!name && cfg->url) {
		size_t n = strcspn(cfg->url, ":+");
		scheme = xstrndup(cfg->url, n);
		name = scheme;
	}
	if (!name)
		name = cfg->dialect;
	if (!name) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "no dialect: pass --dialect "
			   "(one of %s), or set dialect or url in the config", dialect_names());
		return NULL;
	}
	dl = dialect_find(name);
	if (!dl)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "unknown dialect '%s' (known: %s)",
			   name, dialect_names());
	free(scheme);
	return dl;
}

static void migrate_opts_from(struct migrate_opts *mo, const struct retort_config *cfg,
			      const struct dialect *dl, const struct retort_opts *o)
{
	memset(mo, 0, sizeof(*mo));	/* every field said, the ones to come too */
	mo->dialect = dl;
	mo->version_table = cfg->version_table;
	mo->version_schema = cfg->version_table_schema;
	mo->per_migration = cfg->transaction_per_migration;
	mo->annotate = o->annotate;
	mo->xargs = (const char *const *)cfg->xargs;
	mo->nxargs = cfg->nxargs;
}

/* Splits "FROM:TO" (either side may be empty); returns false if no ':'. */
static bool split_range(const char *s, char **from, char **to)
{
	const char *colon = strchr(s, ':');

	if (!colon)
		return false;
	*from = xstrndup(s, (size_t)(colon - s));
	*to = xstrdup(colon + 1);
	return true;
}

/* What an offline run does from its starting rows: run revisions up or
 * down, or only move the version table (stamp). */
enum direction { DIR_UP, DIR_DOWN, DIR_STAMP };

static long lock_timeout_ms(const struct retort_opts *o)
{
	if (o->lock_timeout == 0)
		return 60 * 1000;
	return o->lock_timeout < 0 ? 0 : (long)(o->lock_timeout * 1000 + 0.5);
}

/* --plan as JSON: where the database is, the steps, where they leave it,
 * the SQL. */
static void plan_json(const struct run_request *rq, const struct revset *rows,
		      const struct plan *plan, const struct revset *after, const char *sql,
		      struct sbuf *out)
{
	struct sbuf url = SBUF_INIT;
	struct json j;
	size_t i;

	db_url_masked(&url, rq->cfg->url);
	json_init(&j, out);
	json_open(&j, '{');
	json_kstr(&j, "url", sbuf_str(&url));
	json_kstr(&j, "dialect", rq->dialect->rules.name);
	json_kstr(&j, "command", rq->kind == RUN_UPGRADE ? "upgrade" : "downgrade");
	json_kstr(&j, "target", rq->target);
	json_key(&j, "from");
	report_json_ids(&j, rows->v, rows->n);
	json_key(&j, "to");
	report_json_ids(&j, after->v, after->n);
	json_kopen(&j, "steps", '[');
	for (i = 0; i < plan->n; i++) {
		const struct revision *r = plan->steps[i].rev;
		json_open(&j, '{');
		json_kstr(&j, "revision", r->id);
		json_kstr(&j, "direction", plan->steps[i].upgrade ? "upgrade" : "downgrade");
		json_key(&j, "down_revisions");
		report_json_ids(&j, r->down, r->ndown);
		json_kstr(&j, "message", r->message);
		json_kstr(&j, "file", r->file->src ? r->file->src->path : NULL);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_kstr(&j, "sql", sql);
	json_close(&j, '}');
	sbuf_release(&url);
}

/* upgrade|downgrade --plan: the database's rows read, and what the run
 * would do from them printed (as SQL comments above the SQL, so the text
 * is a script a DBA may keep), nothing run. */
static int plan_report(const struct run_request *rq, const struct retort_opts *o,
		       struct sbuf *out, struct diag *d)
{
	struct revset rows = { NULL, 0, 0 }, after = { NULL, 0, 0 };
	struct plan plan = { NULL, 0, 0 };
	struct sbuf sql = SBUF_INIT;
	size_t i;
	int rc = runner_plan(rq, &rows, &plan, &after, &sql, d);

	if (rc == RETORT_OK && o->format == RETORT_FORMAT_JSON) {
		plan_json(rq, &rows, &plan, &after, sbuf_str(&sql), out);
	} else if (rc == RETORT_OK) {
		struct sbuf url = SBUF_INIT;
		const char *u;
		sbuf_adds(out, "-- Plan for ");
		db_url_masked(&url, rq->cfg->url);
		for (u = sbuf_str(&url); *u; u++)	/* one line: it is a comment */
			sbuf_addc(out, *u == '\n' || *u == '\r' ? ' ' : *u);
		sbuf_release(&url);
		sbuf_addf(out, " (%s): nothing has been run.\n-- The database is at ",
			  rq->dialect->rules.name);
		revgraph_add_ids(out, rows.v, rows.n, "base");
		sbuf_addf(out, ".\n-- %s %s ", rq->kind == RUN_UPGRADE ? "upgrade" : "downgrade",
			  rq->target);
		if (!plan.n) {
			sbuf_adds(out, "has nothing to run.\n");
		} else {
			sbuf_addf(out, "would run %zu revision%s, leaving it at ", plan.n,
				  plan.n == 1 ? "" : "s");
			revgraph_add_ids(out, after.v, after.n, "base");
			sbuf_adds(out, ":\n");
		}
		for (i = 0; i < plan.n; i++) {
			/* as the run will say it: "upgrade A -> B, message" */
			const struct revision *r = plan.steps[i].rev;
			sbuf_addf(out, "--   %s ", plan.steps[i].upgrade ? "upgrade" : "downgrade");
			if (plan.steps[i].upgrade)
				revgraph_add_ids(out, r->down, r->ndown, "<base>");
			else
				sbuf_adds(out, r->id);
			sbuf_adds(out, " -> ");
			if (plan.steps[i].upgrade)
				sbuf_adds(out, r->id);
			else
				revgraph_add_ids(out, r->down, r->ndown, "<base>");
			if (*r->message) {	/* on one line: it is a comment */
				const char *m;
				sbuf_adds(out, ", ");
				for (m = r->message; *m; m++)
					sbuf_addc(out, *m == '\n' || *m == '\r' ? ' ' : *m);
			}
			sbuf_addc(out, '\n');
		}
		if (plan.n) {
			sbuf_addc(out, '\n');
			sbuf_add(out, sql.buf, sql.len);
		}
	}
	sbuf_release(&sql);
	plan_release(&plan);
	revset_release(&rows);
	revset_release(&after);
	return rc;
}

/* Without --sql: on the database at the URL, through the runner. */
static int run_online(const struct retort_config *cfg, const char *target,
		      const struct retort_opts *o, enum direction dir, struct sbuf *out,
		      struct diag *d)
{
	struct scriptdir sd;
	struct run_request rq;
	int rc;

	memset(&rq, 0, sizeof(rq));
	if (!(rq.dialect = pick_dialect(cfg, o, d)))
		return RETORT_ERR_USAGE;
	if (o->dialect && cfg->url) {
		/* the database decides what it takes: another dialect's SQL
		 * would fail on it, or worse, half succeed */
		struct retort_opts by_url = *o;
		const struct dialect *url_dl;
		struct diag quiet = DIAG_INIT;
		by_url.dialect = NULL;
		url_dl = pick_dialect(cfg, &by_url, &quiet);
		diag_release(&quiet);
		if (url_dl && url_dl != rq.dialect) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--dialect %s, but the URL is a "
				   "%s database", rq.dialect->rules.name, url_dl->rules.name);
			return RETORT_ERR_USAGE;
		}
	}
	if (strchr(target, ':')) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "a range FROM:TO is for --sql; "
			   "on a database the start is what its version table says");
		return RETORT_ERR_USAGE;
	}
	if (!version_schema_fits(cfg, rq.dialect, d))
		return RETORT_ERR_USAGE;
	if ((rc = open_scripts(cfg, &sd, true, d)) != RETORT_OK)
		return rc;
	rq.cfg = cfg;
	rq.sd = &sd;
	rq.kind = dir == DIR_UP ? RUN_UPGRADE : dir == DIR_DOWN ? RUN_DOWNGRADE : RUN_STAMP;
	rq.target = target;
	rq.lock_timeout_ms = lock_timeout_ms(o);
	rq.purge = o->purge;
	rq.verbose = o->verbose;
	rq.stream = o->stream;
	rq.annotate = o->annotate;
	rc = o->plan ? plan_report(&rq, o, out, d) : runner_run(&rq, out, d);
	scriptdir_close(&sd);
	return rc;
}

/* ---- --split DIR: a script per revision, and a manifest ---- */

struct split_file {
	const struct revision *rev;
	char *name;		/* in the folder: 0001_ID.up.sql */
	char sha[65];
};

/* What --split writes: one step's text in `text` at a time, each into a
 * file of the temporary folder `tmp`; the files of the upgrade scripts and
 * of the downgrade scripts, in the order each runs. */
struct split {
	const char *tmp;
	struct sbuf text;
	size_t n, width;	/* steps of a plan; digits of their numbers */
	bool up;		/* the pass's direction */
	size_t k;		/* steps written in this pass */
	struct split_file *ups, *downs;
	size_t nups, ndowns;
	bool failed;
	int err;
	char *failed_name;
};

/* Writes text into the folder as name; false, errno set, when it cannot. */
static bool split_write(const char *dir, const char *name, const char *text, size_t len)
{
	struct sbuf path = SBUF_INIT;
	FILE *f;
	bool ok;

	sbuf_addf(&path, "%s/%s", dir, name);
	f = fopen(sbuf_str(&path), "wx");
	ok = f && fwrite(text, 1, len, f) == len;
	ok = f && fclose(f) == 0 && ok;
	sbuf_release(&path);
	return ok;
}

/* The sink's text of one step, to its file: numbered by its place in the
 * upgrade order, so that the folder lists them as they upgrade. */
static void split_step_done(void *ctx, const struct step *st)
{
	struct split *sp = ctx;
	struct split_file *f = sp->up ? &sp->ups[sp->nups++] : &sp->downs[sp->ndowns++];
	struct sbuf name = SBUF_INIT;
	size_t number = sp->up ? sp->k + 1 : sp->n - sp->k;

	sp->k++;
	f->rev = st->rev;
	sbuf_addf(&name, "%0*zu_%s.%s.sql", (int)sp->width, number, st->rev->id,
		  sp->up ? "up" : "down");
	f->name = sbuf_detach(&name, NULL);
	util_sha256_hex(sp->text.buf ? sp->text.buf : "", sp->text.len, f->sha);
	if (!sp->failed && !split_write(sp->tmp, f->name, sbuf_str(&sp->text), sp->text.len)) {
		sp->failed = true;
		sp->err = errno;
		sp->failed_name = xstrdup(f->name);
	}
	sbuf_reset(&sp->text);
}

static void split_files_json(struct json *j, const char *key, const struct split_file *v,
			     size_t n)
{
	size_t i;

	json_kopen(j, key, '[');
	for (i = 0; i < n; i++) {
		json_open(j, '{');
		json_knum(j, "order", (long long)(i + 1));
		json_kstr(j, "revision", v[i].rev->id);
		json_kstr(j, "message", v[i].rev->message);
		json_kstr(j, "file", v[i].name);
		json_kstr(j, "sha256", v[i].sha);
		json_close(j, '}');
	}
	json_close(j, ']');
}

/* manifest.json and SHA256SUMS (as sha256sum -c reads it, the manifest's
 * own line last) into the folder. */
static bool split_manifest(struct split *sp, const char *command, const char *target,
			   const struct dialect *dl, const struct revset *from,
			   const struct revset *to)
{
	struct sbuf man = SBUF_INIT, sums = SBUF_INIT;
	struct json j;
	char sha[65];
	size_t i;
	bool ok;

	json_init(&j, &man);
	json_open(&j, '{');
	json_kstr(&j, "command", command);
	json_kstr(&j, "target", target);
	json_kstr(&j, "dialect", dl->rules.name);
	json_key(&j, "from");
	report_json_ids(&j, from->v, from->n);
	json_key(&j, "to");
	report_json_ids(&j, to->v, to->n);
	split_files_json(&j, "upgrade", sp->ups, sp->nups);
	split_files_json(&j, "downgrade", sp->downs, sp->ndowns);
	json_close(&j, '}');
	for (i = 0; i < sp->nups; i++)
		sbuf_addf(&sums, "%s  %s\n", sp->ups[i].sha, sp->ups[i].name);
	for (i = 0; i < sp->ndowns; i++)
		sbuf_addf(&sums, "%s  %s\n", sp->downs[i].sha, sp->downs[i].name);
	util_sha256_hex(man.buf, man.len, sha);
	sbuf_addf(&sums, "%s  manifest.json\n", sha);
	ok = split_write(sp->tmp, "manifest.json", man.buf, man.len) &&
	     split_write(sp->tmp, "SHA256SUMS", sums.buf, sums.len);
	sbuf_release(&man);
	sbuf_release(&sums);
	return ok;
}

/* Removes the temporary folder and what was written in it. */
static void split_discard(struct split *sp)
{
	struct sbuf path = SBUF_INIT;
	size_t i;

	for (i = 0; i < sp->nups + sp->ndowns + 2; i++) {
		const char *name = i < sp->nups ? sp->ups[i].name
				 : i < sp->nups + sp->ndowns ? sp->downs[i - sp->nups].name
				 : i == sp->nups + sp->ndowns ? "manifest.json" : "SHA256SUMS";
		sbuf_reset(&path);
		sbuf_addf(&path, "%s/%s", sp->tmp, name);
		unlink(sbuf_str(&path));
	}
	rmdir(sp->tmp);
	sbuf_release(&path);
}

/* Whether dir may take the scripts: not there, or an empty folder (which
 * the finished one replaces). */
static bool split_dir_free(const char *dir, struct diag *d)
{
	struct stat st;
	DIR *dp;
	struct dirent *de;
	bool empty = true;

	if (!*dir) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--split needs a folder name");
		return false;
	}
	if (lstat(dir, &st) != 0)
		return true;
	if (S_ISLNK(st.st_mode)) {
		/* the finished folder would replace the link, not fill its folder */
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--split %s: it is a symbolic link; "
			   "name the folder itself", dir);
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--split %s: it is there and is no "
			   "folder", dir);
		return false;
	}
	if ((dp = opendir(dir)) != NULL) {
		while (empty && (de = readdir(dp)) != NULL)
			empty = strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0;
		closedir(dp);
	}
	if (!empty)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--split %s: the folder is not empty "
			   "(a bundle is written whole into a new or empty folder)", dir);
	return empty;
}

/* The mode of the finished folder: the empty one's it replaces, else
 * what a new folder gets (0777 less the umask). */
static mode_t split_dir_mode(const char *dir)
{
	struct stat st;
	mode_t mask = umask(0);

	umask(mask);
	if (stat(dir, &st) == 0)
		return st.st_mode & 07777;
	return 0777 & ~mask;
}

/* upgrade|downgrade --sql --split DIR: the plan's scripts, one a step, and
 * the scripts that undo each from where the plan leaves the rows, written
 * into a temporary folder beside dir that becomes dir once all is written. */
static int run_split(const struct retort_config *cfg, const struct retort_opts *o,
		     enum direction dir, const char *target, struct scriptdir *sd,
		     const struct dialect *dl, struct revset *rows, const struct plan *plan,
		     struct diag *d)
{
	struct split sp;
	struct plan back = { NULL, 0, 0 };
	struct revset from = { NULL, 0, 0 }, to = { NULL, 0, 0 };
	struct migrate_opts mo;
	struct text_sink ts;
	struct sbuf tmp = SBUF_INIT, dirname = SBUF_INIT;
	size_t i, digits = 1;
	int rc = RETORT_ERR_MIGRATION;

	sbuf_adds(&dirname, o->split_dir);
	while (dirname.len > 1 && dirname.buf[dirname.len - 1] == '/')
		dirname.buf[--dirname.len] = '\0';	/* "bundle/" names bundle */
	if (!split_dir_free(sbuf_str(&dirname), d)) {
		sbuf_release(&dirname);
		return RETORT_ERR_USAGE;
	}
	memset(&sp, 0, sizeof(sp));
	sbuf_addf(&tmp, "%s.tmp.XXXXXX", dirname.buf);
	if (!mkdtemp(tmp.buf) || chmod(tmp.buf, split_dir_mode(dirname.buf)) != 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot make a folder beside '%s': %s",
			   o->split_dir, strerror(errno));
		rmdir(tmp.buf);
		sbuf_release(&tmp);
		sbuf_release(&dirname);
		return RETORT_ERR_USAGE;
	}
	sp.tmp = tmp.buf;
	revgraph_plan_reverse(plan, &back);
	for (i = plan->n; i >= 10; i /= 10)
		digits++;
	sp.n = plan->n;
	sp.width = digits > 4 ? digits : 4;
	sp.ups = xcalloc(plan->n + 1, sizeof(*sp.ups));
	sp.downs = xcalloc(plan->n + 1, sizeof(*sp.downs));
	for (i = 0; i < rows->n; i++)
		revset_push(&from, rows->v[i]);
	migrate_opts_from(&mo, cfg, dl, o);
	mo.step_done = split_step_done;
	mo.step_ctx = &sp;
	migrate_text_sink(&ts, &sp.text, NULL);
	sp.up = dir == DIR_UP;
	if (migrate_plan(sd, rows, plan, &mo, &ts.sink, sd->arena, d)) {
		for (i = 0; i < rows->n; i++)
			revset_push(&to, rows->v[i]);
		sp.up = !sp.up;
		sp.k = 0;
		mo.version_table_exists = true;	/* the first scripts made it, or found it */
		if (migrate_plan(sd, rows, &back, &mo, &ts.sink, sd->arena, d))
			rc = RETORT_OK;
	}
	migrate_text_sink_release(&ts);
	if (rc == RETORT_OK && !sp.failed &&
	    !split_manifest(&sp, dir == DIR_UP ? "upgrade" : "downgrade", target, dl, &from, &to)) {
		sp.failed = true;
		sp.err = errno;
	}
	if (rc == RETORT_OK && !sp.failed && rename(sp.tmp, dirname.buf) != 0) {
		sp.failed = true;
		sp.err = errno;
	}
	if (rc == RETORT_OK && sp.failed) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write the scripts into '%s': %s%s%s",
			   o->split_dir, strerror(sp.err), sp.failed_name ? ", at " : "",
			   sp.failed_name ? sp.failed_name : "");
		rc = RETORT_ERR_USAGE;
	}
	if (rc != RETORT_OK)
		split_discard(&sp);
	for (i = 0; i < sp.nups; i++)
		free(sp.ups[i].name);
	for (i = 0; i < sp.ndowns; i++)
		free(sp.downs[i].name);
	free(sp.ups);
	free(sp.downs);
	free(sp.failed_name);
	sbuf_release(&sp.text);
	sbuf_release(&tmp);
	sbuf_release(&dirname);
	plan_release(&back);
	revset_release(&from);
	revset_release(&to);
	return rc;
}

static int run_offline(const struct retort_config *cfg, const char *target,
		       const struct retort_opts *o, enum direction dir, struct sbuf *out,
		       struct diag *d)
{
	struct scriptdir sd;
	const struct dialect *dl;
	struct revset rows = { NULL, 0, 0 };
	struct plan plan = { NULL, 0, 0 };
	struct migrate_opts mo;
	struct text_sink ts;
	char *from = NULL, *to = NULL;
	int rc;
	bool ok = false;

	if (o->plan && (o->sql || dir == DIR_STAMP)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--plan is for upgrade and downgrade on "
			   "a database (it reads where the database is); --sql prints a script "
			   "without one");
		return RETORT_ERR_USAGE;
	}
	if (o->split_dir && (!o->sql || dir == DIR_STAMP)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--split is for upgrade and downgrade "
			   "with --sql: it writes their scripts");
		return RETORT_ERR_USAGE;
	}
	if (!o->sql)
		return run_online(cfg, target, o, dir, out, d);
	if (o->purge) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--purge is for a database, not --sql "
			   "(as in Alembic: the rows it deletes are the database's)");
		return RETORT_ERR_USAGE;
	}
	if (!(dl = pick_dialect(cfg, o, d)))
		return RETORT_ERR_USAGE;
	if (!version_schema_fits(cfg, dl, d))
		return RETORT_ERR_USAGE;
	if (!split_range(target, &from, &to)) {
		if (dir == DIR_DOWN) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "downgrade with --sql needs "
				   "a range FROM:TO (e.g. 'head:base'), since there is no "
				   "database to say where to start");
			return RETORT_ERR_USAGE;
		}
		to = xstrdup(target);
	}
	if ((rc = open_scripts(cfg, &sd, true, d)) != RETORT_OK)
		goto out_free;
	rc = RETORT_ERR_MIGRATION;
	if (from && *from && !revgraph_resolve(sd.graph, from, &rows, &rows, d))
		goto out;
	switch (dir) {
	case DIR_UP:
		ok = revgraph_plan_upgrade(sd.graph, &rows, *to ? to : "heads", &plan, d);
		break;
	case DIR_DOWN:
		ok = revgraph_plan_downgrade(sd.graph, &rows, *to ? to : "base", &plan, d);
		break;
	case DIR_STAMP:
		ok = true;	/* stamp resolves its target itself */
		break;
	}
	if (!ok)
		goto out;
	if (o->split_dir) {
		rc = run_split(cfg, o, dir, target, &sd, dl, &rows, &plan, d);
		goto out;
	}
	migrate_opts_from(&mo, cfg, dl, o);
	migrate_text_sink(&ts, out, o->stream);
	if (dir == DIR_STAMP ? migrate_stamp(sd.graph, &rows, *to ? to : "heads", &mo, &ts.sink,
					     sd.arena, d)
			     : migrate_plan(&sd, &rows, &plan, &mo, &ts.sink, sd.arena, d))
		rc = RETORT_OK;
	migrate_text_sink_release(&ts);
out:
	plan_release(&plan);
	revset_release(&rows);
	scriptdir_close(&sd);
out_free:
	free(from);
	free(to);
	return rc;
}

int retort_upgrade(const struct retort_config *cfg, const char *target,
		   const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	return run_offline(cfg, target, o, DIR_UP, out, d);
}

int retort_downgrade(const struct retort_config *cfg, const char *target,
		     const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	return run_offline(cfg, target, o, DIR_DOWN, out, d);
}

int retort_stamp(const struct retort_config *cfg, const char *target,
		 const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	return run_offline(cfg, target, o, DIR_STAMP, out, d);
}

static int model_from_db(const struct retort_config *cfg, const struct retort_opts *o,
			 const struct dialect *dl, struct scriptdir *sd, const struct revset *at,
			 struct schema *names, struct schema *m, struct arena *a, struct diag *d);

int retort_schema(const struct retort_config *cfg, const char *target,
		  const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	const struct dialect *dl;
	struct revset rows = { NULL, 0, 0 };
	struct migrate_opts mo;
	struct text_sink ts;
	struct schema *model;
	struct sbuf title = SBUF_INIT;
	int rc;

	if (!(dl = pick_dialect(cfg, o, d)))
		return RETORT_ERR_USAGE;
	if ((rc = open_scripts(cfg, &sd, true, d)) != RETORT_OK)
		return rc;
	model = schema_new(&dl->rules);
	schema_reserve_table(model, cfg->version_table_schema, cfg->version_table);
	if (o->from_db) {
		/* the schemas the migrations name at head are read too */
		struct schema *head = schema_new(&dl->rules);
		schema_reserve_table(head, cfg->version_table_schema, cfg->version_table);
		if (target) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "schema --from-db reads the "
				   "database as it is: it takes no revision");
			rc = RETORT_ERR_USAGE;
		} else if (!revgraph_resolve(sd.graph, "heads", NULL, &rows, d) ||
			   !migrate_replay(&sd, head, &rows, d)) {
			rc = RETORT_ERR_MIGRATION;
		} else {
			rc = model_from_db(cfg, o, dl, &sd, NULL, head, model, sd.arena, d);
		}
		schema_free(head);
		sbuf_adds(&title, "read from the database");
	} else if (revgraph_resolve(sd.graph, target ? target : "heads", NULL, &rows, d)) {
		rc = migrate_replay(&sd, model, &rows, d) ? RETORT_OK : RETORT_ERR_MIGRATION;
		sbuf_addf(&title, "at %s", rows.n ? "" : "base");
		revgraph_add_ids(&title, rows.v, rows.n, "");
	} else {
		rc = RETORT_ERR_MIGRATION;
	}
	if (rc == RETORT_OK && (o->format == RETORT_FORMAT_DOT ||
				o->format == RETORT_FORMAT_MERMAID)) {
		struct sbuf says = SBUF_INIT;
		sbuf_addf(&says, "The schema %s, types as %s writes them", sbuf_str(&title),
			  dl->rules.name);
		picture_schema(out, model, dl, sd.arena, sbuf_str(&says),
			       o->format == RETORT_FORMAT_MERMAID);
		sbuf_release(&says);
	} else if (rc == RETORT_OK && o->format == RETORT_FORMAT_MIG) {
		sbuf_addf(out, "-- The schema %s, as a schema file (%s).\n\n", sbuf_str(&title),
			  dl->rules.name);
		autogen_write_schema(model, sd.arena, out);
	} else if (rc == RETORT_OK) {
		migrate_opts_from(&mo, cfg, dl, o);
		migrate_text_sink(&ts, out, o->stream);
		if (!migrate_schema(model, sbuf_str(&title), &mo, &ts.sink, d))
			rc = RETORT_ERR_MIGRATION;
		migrate_text_sink_release(&ts);
	}
	schema_free(model);
	sbuf_release(&title);
	revset_release(&rows);
	scriptdir_close(&sd);
	return rc;
}

/* --dialect; else the project's `dialects`; else (every) each one built
 * in, or the one the URL or the config's dialect names. */
static int pick_dialects(const struct retort_config *cfg, const struct retort_opts *o,
			 const struct dialect **pick, size_t cap, bool every, size_t *n,
			 struct diag *d)
{
	const struct dialect *dl;

	*n = 0;
	if (o->dialect || (!cfg->dialects && !every)) {
		if (!(pick[(*n)++] = pick_dialect(cfg, o, d)))
			return RETORT_ERR_USAGE;
	} else if (cfg->dialects) {
		const char *s = cfg->dialects, *at;
		size_t len;
		while ((at = util_list_next(&s, &len)) != NULL) {
			char *name = xstrndup(at, len);
			if (!(dl = dialect_find(name))) {
				diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "dialects: unknown "
					   "dialect '%s' (known: %s)", name, dialect_names());
				free(name);
				return RETORT_ERR_USAGE;
			}
			free(name);
			if (*n < cap)
				pick[(*n)++] = dl;
		}
	} else {
		for (; (dl = dialect_at(*n)) != NULL && *n < cap; (*n)++)
			pick[*n] = dl;
	}
	return RETORT_OK;
}

int retort_verify(const struct retort_config *cfg, const struct retort_opts *o,
		  struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	const struct dialect *pick[16], *dl;
	struct json j;
	size_t i, n = 0;
	int rc;

	if ((rc = pick_dialects(cfg, o, pick, ARRAY_LEN(pick), true, &n, d)) != RETORT_OK)
		return rc;
	if ((rc = open_scripts(cfg, &sd, true, d)) != RETORT_OK)
		return rc;
	json_init(&j, out);
	if (o->format == RETORT_FORMAT_JSON) {
		json_open(&j, '{');
		json_knum(&j, "revisions", (long long)sd.graph->n);
		json_kopen(&j, "dialects", '[');
	}
	for (i = 0; i < n; i++) {
		struct diag one = DIAG_INIT;
		bool same;
		dl = pick[i];
		one.mute_warnings = d->mute_warnings;
		same = verify_graph(&sd, dl, cfg->version_table_schema, cfg->version_table,
				    sd.arena, &one);
		/* A message the model gives every dialect is said once. */
		diag_move_new(d, &one);
		if (o->format == RETORT_FORMAT_JSON) {
			json_open(&j, '{');
			json_kstr(&j, "dialect", dl->rules.name);
			json_kbool(&j, "verified", same);
			json_close(&j, '}');
		} else if (same) {
			sbuf_addf(out, "%s: %zu revision%s verified: every downgrade restores "
				  "the schema its upgrade started from\n", dl->rules.name, sd.graph->n,
				  sd.graph->n == 1 ? "" : "s");
		}
		if (!same)
			rc = RETORT_ERR_MIGRATION;
	}
	if (o->format == RETORT_FORMAT_JSON) {
		json_close(&j, ']');
		json_kbool(&j, "verified", rc == RETORT_OK);
		json_close(&j, '}');
	}
	scriptdir_close(&sd);
	return rc;
}

/* ---- inspection: Alembic's formats ---- */

/* history --graph: each entry, as history writes it, behind the lines. */
static void history_graph(const struct revgraph *g, const struct revset *revs,
			  const struct revset *cur, bool verbose, struct sbuf *out)
{
	struct histgraph *hg = histgraph_new(g, revs);
	struct sbuf entry = SBUF_INIT;
	size_t i;

	for (i = 0; i < revs->n; i++) {
		bool here = cur && revset_has(cur, revs->v[i]);
		sbuf_reset(&entry);
		if (verbose)	/* and the blank line that parts the entries */
			report_log_entry(&entry, revs->v[i], here);
		else
			report_short_entry(&entry, revs->v[i], true, true, true, here);
		histgraph_add(hg, out, revs->v[i], sbuf_str(&entry));
	}
	sbuf_release(&entry);
	histgraph_free(hg);
}

/* history, and history --graph (graph). */
static int history_list(const struct retort_config *cfg, const char *range, bool indicate,
			bool graph, const struct retort_opts *o, struct sbuf *out,
			struct diag *d)
{
	struct scriptdir sd;
	struct revset revs = { NULL, 0, 0 }, cur = { NULL, 0, 0 };
	const struct dialect *dl = NULL;
	char *lo = NULL, *hi = NULL;
	bool on_db = indicate;
	size_t i;
	int rc;

	if (graph && o->format == RETORT_FORMAT_JSON) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "history --graph draws lines beside "
			   "the text; the JSON gives each revision's parents instead "
			   "(down_revisions)");
		return RETORT_ERR_USAGE;
	}
	if (range && !split_range(range, &lo, &hi)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "history range must be "
			   "START:END, START: or :END, not '%s'", range);
		return RETORT_ERR_USAGE;
	}
	/* current in the range: where the database is */
	on_db |= (lo && strcmp(lo, "current") == 0) || (hi && strcmp(hi, "current") == 0);
	if (on_db && (!(dl = pick_dialect(cfg, o, d)) || !version_schema_fits(cfg, dl, d))) {
		rc = RETORT_ERR_USAGE;
		goto out;
	}
	if ((rc = open_scripts(cfg, &sd, false, d)) == RETORT_OK) {
		if (dl && (rc = runner_current(cfg, dl, &sd, lock_timeout_ms(o), &cur,
					       d)) != RETORT_OK) {
			scriptdir_close(&sd);
			goto out;
		}
		if (!revgraph_walk(sd.graph, lo && *lo ? lo : NULL, hi && *hi ? hi : NULL,
				   on_db ? &cur : NULL, &revs, d))
			rc = RETORT_ERR_MIGRATION;
		else if (o->format == RETORT_FORMAT_JSON)
			report_json_list(out, &revs, indicate ? &cur : NULL);
		else if (graph)
			history_graph(sd.graph, &revs, indicate ? &cur : NULL, o->verbose, out);
		else
			for (i = 0; i < revs.n; i++) {
				bool here = indicate && revset_has(&cur, revs.v[i]);
				if (o->verbose)
					report_log_entry(out, revs.v[i], here);
				else
					report_short_entry(out, revs.v[i], true, true, true, here);
				sbuf_addc(out, '\n');
			}
		revset_release(&revs);
		scriptdir_close(&sd);
	}
out:
	revset_release(&cur);
	free(lo);
	free(hi);
	return rc;
}

int retort_history(const struct retort_config *cfg, const char *range, bool indicate,
		   const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	return history_list(cfg, range, indicate, false, o, out, d);
}

int retort_history_graph(const struct retort_config *cfg, const char *range, bool indicate,
			 const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	return history_list(cfg, range, indicate, true, o, out, d);
}

/* current --check: RETORT_DIFFERS, said, unless the rows are the heads
 * (those `upgrade heads` leaves in the version table). */
static int at_heads(const struct revgraph *g, const struct revset *cur, struct diag *d)
{
	struct revset heads = { NULL, 0, 0 };
	struct sbuf is = SBUF_INIT, want = SBUF_INIT;
	bool same;
	size_t i;
	int rc = RETORT_OK;

	if (!revgraph_resolve(g, "heads", NULL, &heads, d)) {
		revset_release(&heads);
		return RETORT_ERR_MIGRATION;
	}
	same = heads.n == cur->n;
	for (i = 0; same && i < cur->n; i++)
		same = revset_has(&heads, cur->v[i]);
	if (!same) {
		revgraph_add_ids(&is, cur->v, cur->n, "base");
		revgraph_add_ids(&want, heads.v, heads.n, "base");
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET, "the database is at %s, not at the "
			   "heads (%s): upgrade heads", sbuf_str(&is), sbuf_str(&want));
		rc = RETORT_DIFFERS;
	}
	sbuf_release(&is);
	sbuf_release(&want);
	revset_release(&heads);
	return rc;
}

/* current --format json: where the database is, the heads, and whether
 * it is at them (and with --check, the status that says so). */
static int current_json(const struct retort_config *cfg, const struct revgraph *g,
			const struct revset *cur, const struct retort_opts *o, struct sbuf *out,
			struct diag *d)
{
	struct revset heads = { NULL, 0, 0 };
	struct sbuf url = SBUF_INIT;
	struct diag quiet = DIAG_INIT;
	struct json j;
	size_t i;
	int at;

	if (!revgraph_resolve(g, "heads", NULL, &heads, d)) {
		revset_release(&heads);
		return RETORT_ERR_MIGRATION;
	}
	at = at_heads(g, cur, o->check_heads ? d : &quiet);
	diag_release(&quiet);
	db_url_masked(&url, cfg->url);
	json_init(&j, out);
	json_open(&j, '{');
	json_kstr(&j, "url", sbuf_str(&url));
	json_key(&j, "rows");
	report_json_ids(&j, cur->v, cur->n);
	json_kopen(&j, "revisions", '[');
	for (i = 0; i < cur->n; i++) {
		report_json_revision(&j, cur->v[i], NULL);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_key(&j, "heads");
	report_json_ids(&j, heads.v, heads.n);
	json_kbool(&j, "at_heads", at == RETORT_OK);
	json_close(&j, '}');
	sbuf_release(&url);
	revset_release(&heads);
	return o->check_heads ? at : RETORT_OK;
}

int retort_current(const struct retort_config *cfg, const struct retort_opts *o,
		   struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset cur = { NULL, 0, 0 };
	const struct dialect *dl;
	size_t i;
	int rc;

	if (!(dl = pick_dialect(cfg, o, d)) || !version_schema_fits(cfg, dl, d))
		return RETORT_ERR_USAGE;
	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	if ((rc = runner_current(cfg, dl, &sd, lock_timeout_ms(o), &cur, d)) == RETORT_OK &&
	    o->format == RETORT_FORMAT_JSON) {
		rc = current_json(cfg, sd.graph, &cur, o, out, d);
	} else if (rc == RETORT_OK) {
		if (o->verbose) {
			sbuf_adds(out, "Current revision(s) for ");
			db_url_masked(out, cfg->url);
			sbuf_adds(out, ":\n");
		}
		/* Alembic's form: no branch labels, but the tree's marks */
		for (i = 0; i < cur.n; i++) {
			const struct revision *r = cur.v[i];
			if (o->verbose)
				report_log_entry(out, r, false);
			else
				sbuf_addf(out, "%s%s%s%s", r->id, report_head_marker(r),
					  r->is_branchpoint ? " (branchpoint)" : "",
					  r->is_mergepoint ? " (mergepoint)" : "");
			sbuf_addc(out, '\n');
		}
		if (o->check_heads)
			rc = at_heads(sd.graph, &cur, d);
	}
	revset_release(&cur);
	scriptdir_close(&sd);
	return rc;
}

int retort_edit(const struct retort_config *cfg, const char *rev, struct diag *d)
{
	const char *editor = getenv("VISUAL");
	struct scriptdir sd;
	struct revset revs = { NULL, 0, 0 };
	int rc;

	if (!editor || !*editor)
		editor = getenv("EDITOR");
	if (!editor || !*editor) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "edit needs an editor: set VISUAL or "
			   "EDITOR");
		return RETORT_ERR_USAGE;
	}
	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	rc = RETORT_ERR_MIGRATION;
	if (revgraph_resolve(sd.graph, rev, NULL, &revs, d)) {
		if (revs.n != 1) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_TARGET, "'%s' names %zu revisions; "
				   "edit opens one", rev, revs.n);
		} else {
			/* as git runs it: through the shell, the file its first argument */
			pid_t pid = fork();
			int status = 0;
			if (pid == 0) {
				execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", editor,
				      revs.v[0]->file->src->path, (char *)NULL);
				_exit(127);
			}
			if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
			    WEXITSTATUS(status) == 0) {
				rc = RETORT_OK;
			} else {
				diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "the editor '%s' did not "
					   "succeed on %s", editor, revs.v[0]->file->src->path);
				rc = RETORT_ERR_USAGE;
			}
		}
	}
	revset_release(&revs);
	scriptdir_close(&sd);
	return rc;
}

int retort_show(const struct retort_config *cfg, const char *rev,
		const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset revs = { NULL, 0, 0 };
	struct json j;
	size_t i;
	int rc;

	if ((rc = open_scripts(cfg, &sd, true, d)) != RETORT_OK)
		return rc;
	json_init(&j, out);
	if (revgraph_resolve(sd.graph, rev, NULL, &revs, d)) {
		if (o->format == RETORT_FORMAT_JSON) {
			json_open(&j, '{');
			json_kopen(&j, "revisions", '[');
		}
		for (i = 0; i < revs.n; i++) {
			struct migfile *f = scriptdir_load(&sd, revs.v[i], sd.arena, d);
			if (!f) {
				rc = RETORT_ERR_MIGRATION;
				continue;
			}
			if (o->format == RETORT_FORMAT_JSON) {
				report_json_revision(&j, revs.v[i], NULL);
				json_key(&j, "upgrade");
				report_json_ops(&j, &f->upgrade);
				json_key(&j, "downgrade");
				report_json_ops(&j, &f->downgrade);
				json_close(&j, '}');
				continue;
			}
			report_log_entry(out, revs.v[i], false);
			sbuf_addc(out, '\n');
			report_ops_summary(out, "Upgrade", &f->upgrade);
			report_ops_summary(out, "Downgrade", &f->downgrade);
			sbuf_addc(out, '\n');
		}
		if (o->format == RETORT_FORMAT_JSON) {
			json_close(&j, ']');
			json_close(&j, '}');
		}
	} else {
		rc = RETORT_ERR_MIGRATION;
	}
	revset_release(&revs);
	scriptdir_close(&sd);
	return rc;
}

int retort_heads(const struct retort_config *cfg, bool resolve_deps,
		 const struct retort_opts *o, struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset heads = { NULL, 0, 0 };
	size_t i;
	int rc;

	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	/* --resolve-dependencies: the target "heads", which leaves out a head
	 * another revision depends on */
	if (resolve_deps && !revgraph_resolve(sd.graph, "heads", NULL, &heads, d))
		rc = RETORT_ERR_MIGRATION;
	else if (!resolve_deps)
		for (i = 0; i < sd.graph->nheads; i++)
			revset_add(&heads, sd.graph->heads[i]);
	if (rc == RETORT_OK && o->format == RETORT_FORMAT_JSON)
		report_json_list(out, &heads, NULL);
	for (i = 0; o->format != RETORT_FORMAT_JSON && i < heads.n; i++) {
		if (o->verbose)
			report_log_entry(out, heads.v[i], false);
		else
			report_short_entry(out, heads.v[i], false, false, false, false);
		sbuf_addc(out, '\n');
	}
	revset_release(&heads);
	scriptdir_close(&sd);
	return rc;
}

int retort_branches(const struct retort_config *cfg, const struct retort_opts *o,
		    struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset revs = { NULL, 0, 0 }, points = { NULL, 0, 0 };
	bool verbose = o->verbose;
	size_t i, j;
	int rc;

	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	if (!revgraph_walk(sd.graph, NULL, NULL, NULL, &revs, d)) {
		rc = RETORT_ERR_MIGRATION;
	} else if (o->format == RETORT_FORMAT_JSON) {
		for (i = 0; i < revs.n; i++)
			if (revs.v[i]->is_branchpoint)
				revset_push(&points, revs.v[i]);
		report_json_list(out, &points, NULL);
		revset_release(&points);
	} else {
		for (i = 0; i < revs.n; i++) {
			const struct revision *r = revs.v[i];
			if (!r->is_branchpoint)
				continue;
			if (verbose)
				report_log_entry(out, r, false);
			else
				report_short_entry(out, r, false, true, false, false);
			sbuf_addc(out, '\n');
			for (j = 0; j < r->nup; j++) {
				sbuf_addf(out, "%*s -> ", (int)strlen(r->id), "");
				report_short_entry(out, r->up[j], false, true, verbose, false);
				sbuf_addc(out, '\n');
			}
			sbuf_addc(out, '\n');
		}
	}
	revset_release(&revs);
	scriptdir_close(&sd);
	return rc;
}

int retort_graph(const struct retort_config *cfg, const struct retort_opts *o,
		 struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset cur = { NULL, 0, 0 };
	const struct dialect *dl = NULL;
	int rc;

	if (o->format != RETORT_FORMAT_DOT && o->format != RETORT_FORMAT_MERMAID) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "graph draws Graphviz DOT or Mermaid");
		return RETORT_ERR_USAGE;
	}
	/* the database's rows only where a URL says which database */
	if (cfg->url && (!(dl = pick_dialect(cfg, o, d)) || !version_schema_fits(cfg, dl, d)))
		return RETORT_ERR_USAGE;
	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	if (dl)
		rc = runner_current(cfg, dl, &sd, lock_timeout_ms(o), &cur, d);
	if (rc == RETORT_OK)
		picture_revisions(out, sd.graph, dl ? &cur : NULL,
				  o->format == RETORT_FORMAT_MERMAID);
	revset_release(&cur);
	scriptdir_close(&sd);
	return rc;
}

int retort_targets(const struct retort_config *cfg, struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	size_t i, j;
	int rc;

	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	sbuf_adds(out, "heads\nhead\nbase\n");
	for (i = 0; i < sd.graph->n; i++) {
		const struct revision *r = sd.graph->revs[i];
		sbuf_addf(out, "%s\n", r->id);
		for (j = 0; j < r->nlabels; j++)
			sbuf_addf(out, "%s\n%s@head\n%s@base\n", r->labels[j], r->labels[j],
				  r->labels[j]);
	}
	scriptdir_close(&sd);
	return RETORT_OK;
}

/* Whether path is the file `file` (both there, one inode). */
static bool same_file(const char *path, const char *file)
{
	struct stat a, b;

	return file && stat(path, &a) == 0 && stat(file, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* Whether path (there or not) is a file in folder. */
static bool in_folder(const char *path, const char *folder)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, (size_t)(slash - path + (slash == path))) : xstrdup(".");
	bool in = folder && util_same_folder(dir, folder);

	free(dir);
	return in;
}

int retort_output_clash(const struct retort_config *cfg, const char *path, struct diag *d)
{
	struct sbuf versions = SBUF_INIT, err = SBUF_INIT;
	struct db_url u;
	const char *what = NULL;
	char **locs;
	size_t i, n = 0;
	struct stat st;

	sbuf_addf(&versions, "%s/versions", cfg->script_location ? cfg->script_location : ".");
	if (same_file(path, cfg->path))
		what = "is the config file";
	else if (same_file(path, cfg->schema) ||
		 (cfg->schema && stat(cfg->schema, &st) == 0 && S_ISDIR(st.st_mode) &&
		  in_folder(path, cfg->schema)))
		what = "is the schema file";
	else if (in_folder(path, sbuf_str(&versions)))
		what = "is in a folder of revisions";
	else if (cfg->url && strncmp(cfg->url, "sqlite", 6) == 0 &&
		 db_url_parse(&u, cfg->url, &err)) {
		if (u.database && same_file(path, u.database))
			what = "is the database of the URL";
		db_url_release(&u);
	}
	if (!what && version_locations(cfg, &locs, &n, d)) {
		for (i = 0; i < n && !what; i++)
			if (in_folder(path, locs[i]))
				what = "is in a folder of revisions";
		locations_free(locs, n);
	}
	sbuf_release(&versions);
	sbuf_release(&err);
	if (!what)
		return RETORT_OK;
	diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "-o %s %s, which the output would replace: "
		   "write it elsewhere", path, what);
	return RETORT_ERR_USAGE;
}

/* ---- writing files: init, revision, merge ---- */

static const char default_template[] =
	"revision '${revision}';\n"
	"revises ${revises};\n"
	"message '${message}';\n"
	"created '${created}';\n"
	"${branch_labels}${depends_on}"
	"\n"
	"upgrade {\n"
	"${upgrades}}\n"
	"\n"
	"downgrade {\n"
	"${downgrades}}\n";

static const char default_readme[] =
	"This folder is a retort migration environment.\n"
	"\n"
	"versions/         one file per revision, named <revision>_<slug>.mig\n"
	"script.mig.tmpl   the template `retort revision` fills in; placeholders:\n"
	"                  ${revision} ${revises} ${message} ${created}\n"
	"                  ${branch_labels} ${depends_on}\n"
	"\n"
	"Start with `retort revision -m \"create account table\"`, edit the file,\n"
	"then `retort upgrade head --sql` to see the SQL it gives.\n";

/* What `init --template` offers, as Alembic's templates: each is the
 * same folder and template, with the dialects the project is for. */
static const struct init_template {
	const char *name, *about, *dialects;
} init_templates[] = {
	{ "generic", "one database: verify, check and autogenerate cover PostgreSQL (edit "
	  "the dialects key for another)", "postgresql" },
	{ "portable", "one schema on every database this build knows: verify, check and "
	  "autogenerate cover MySQL/MariaDB, PostgreSQL and SQLite, and what one of them "
	  "lacks goes in `only` blocks", NULL },
};

int retort_list_templates(struct sbuf *out)
{
	size_t i;

	sbuf_adds(out, "Available templates:\n\n");
	for (i = 0; i < ARRAY_LEN(init_templates); i++)
		sbuf_addf(out, "%s - %s\n", init_templates[i].name, init_templates[i].about);
	sbuf_adds(out, "\nTemplates are used via the 'init' command, e.g.:\n\n"
		  "  retort init --template generic ./migrations\n");
	return RETORT_OK;
}

static bool path_exists(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0;
}

static bool dir_is_empty(const char *p)
{
	DIR *dir = opendir(p);
	struct dirent *de;
	bool empty = true;

	if (!dir)
		return false;
	while ((de = readdir(dir)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			empty = false;
	closedir(dir);
	return empty;
}

/* Creates path with the given contents; never overwrites. */
static bool write_new_file(const char *path, const char *text, size_t len, struct diag *d)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	size_t off = 0;

	if (fd < 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot create '%s': %s", path,
			   strerror(errno));
		return false;
	}
	while (off < len) {
		ssize_t n = write(fd, text + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", path,
				   strerror(errno));
			close(fd);
			unlink(path);
			return false;
		}
		off += (size_t)n;
	}
	if (close(fd) != 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", path,
			   strerror(errno));
		unlink(path);
		return false;
	}
	return true;
}

/* dir as the config at ini_path names it: "%(here)s/PATH", PATH from the
 * config's folder to dir (both there by now), so that the config works
 * from any folder; an absolute dir as it is.  NULL when a path cannot be
 * resolved. */
static char *here_relative(const char *dir, const char *ini_path)
{
	const char *slash = strrchr(ini_path, '/');
	char *ini_dir, *rel, *loc;

	if (dir[0] == '/')
		return xstrdup(dir);
	ini_dir = slash ? xstrndup(ini_path, slash == ini_path ? 1 : (size_t)(slash - ini_path))
			: xstrdup(".");
	rel = util_relative_path(ini_dir, dir);
	free(ini_dir);
	if (!rel)
		return NULL;
	{
		struct sbuf sb = SBUF_INIT;
		sbuf_adds(&sb, "%(here)s");
		if (*rel)
			sbuf_addf(&sb, "/%s", rel);
		loc = sbuf_detach(&sb, NULL);
	}
	free(rel);
	return loc;
}

int retort_init(const char *dir, const char *ini_path, const char *template_name,
		struct sbuf *out, struct diag *d)
{
	struct sbuf versions = SBUF_INIT, tmpl = SBUF_INIT, readme = SBUF_INIT, ini = SBUF_INIT;
	const struct init_template *t = &init_templates[0];
	char *loc = NULL;
	size_t i;
	int rc = RETORT_ERR_USAGE;

	for (i = 0; template_name && i < ARRAY_LEN(init_templates); i++)
		if (strcmp(init_templates[i].name, template_name) == 0)
			break;
	if (template_name && i == ARRAY_LEN(init_templates)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "no template '%s' (retort list_templates "
			   "lists them: generic, portable)", template_name);
		return RETORT_ERR_USAGE;
	}
	if (template_name)
		t = &init_templates[i];

	sbuf_addf(&versions, "%s/versions", dir);
	sbuf_addf(&tmpl, "%s/script.mig.tmpl", dir);
	sbuf_addf(&readme, "%s/README", dir);
	if (path_exists(dir) && !dir_is_empty(dir)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "'%s' already exists and is not "
			   "empty; init will not overwrite anything", dir);
		goto out;
	}
	if (path_exists(ini_path)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "'%s' already exists; init will "
			   "not overwrite it", ini_path);
		goto out;
	}
	{	/* the config's folder must be there before anything is made */
		const char *slash = strrchr(ini_path, '/');
		char *folder = slash ? xstrndup(ini_path, (size_t)(slash - ini_path + 1)) : NULL;
		bool there = !folder || path_exists(folder);
		if (!there)
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "the folder of '%s' does not "
				   "exist: make it first; init made nothing", ini_path);
		free(folder);
		if (!there)
			goto out;
	}
	if ((!path_exists(dir) && mkdir(dir, 0755) != 0) || mkdir(versions.buf, 0755) != 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot create '%s': %s", versions.buf,
			   strerror(errno));
		goto out;
	}
	if (!(loc = here_relative(dir, ini_path))) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot find '%s' from '%s'", dir, ini_path);
		goto out;
	}
	sbuf_addf(&ini,
		  "# retort configuration: see `retort help` and docs/.\n"
		  "[retort]\n"
		  "# the folder holding versions/ and script.mig.tmpl (%%(here)s: this file's\n"
		  "# folder, so the file works from any folder)\n"
		  "script_location = %s\n"
		  "# where `upgrade` without --sql applies migrations (RETORT_URL and --url win)\n"
		  "# url = postgresql://user:pass@localhost/app\n"
		  "# the dialect for --sql when there is no url: ", loc);
	dialect_add_names(&ini, " or ", false);
	sbuf_addf(&ini, "\n"
		  "dialect = postgresql\n"
		  "# the dialects the project runs on, by commas: verify, check and\n"
		  "# autogenerate cover each of them\n"
		  "dialects = ");
	if (t->dialects)
		sbuf_adds(&ini, t->dialects);
	else
		dialect_add_names(&ini, ", ", false);
	sbuf_addf(&ini, "\n"
		  "# the target schema for `revision --autogenerate` and `check`\n"
		  "schema = %%(here)s/schema.mig\n"
		  "version_table = alembic_version\n"
		  "version_table_schema =\n"
		  "# true: one transaction per revision instead of one for the whole run\n"
		  "transaction_per_migration = false\n"
		  "file_template = %%%%(rev)s_%%%%(slug)s\n"
		  "truncate_slug_length = 40\n");
	if (!write_new_file(tmpl.buf, default_template, sizeof(default_template) - 1, d) ||
	    !write_new_file(readme.buf, default_readme, sizeof(default_readme) - 1, d) ||
	    !write_new_file(ini_path, ini.buf, ini.len, d))
		goto out;
	sbuf_addf(out, "Creating directory %s ... done\n", dir);
	sbuf_addf(out, "Creating directory %s ... done\n", versions.buf);
	sbuf_addf(out, "Generating %s ... done\n", tmpl.buf);
	sbuf_addf(out, "Generating %s ... done\n", readme.buf);
	sbuf_addf(out, "Generating %s ... done\n", ini_path);
	rc = RETORT_OK;
out:
	free(loc);
	sbuf_release(&versions);
	sbuf_release(&tmpl);
	sbuf_release(&readme);
	sbuf_release(&ini);
	return rc;
}

int retort_import(const char *source, const char *ini_path, bool force, struct sbuf *out,
		  struct diag *d)
{
	struct retort_config cfg;
	struct pyimport_opts o;
	char *versions;
	int rc;

	config_init(&cfg);
	if (!path_exists(ini_path)) {
		if ((rc = retort_init("migrations", ini_path, NULL, out, d)) != RETORT_OK)
			return rc;
		sbuf_addc(out, '\n');
	}
	if (!config_load(&cfg, ini_path, d)) {
		config_release(&cfg);
		return RETORT_ERR_USAGE;
	}
	versions = scriptdir_versions_path(cfg.script_location);
	if (!path_exists(versions) && mkdir(versions, 0755) != 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot create '%s': %s", versions,
			   strerror(errno));
		free(versions);
		config_release(&cfg);
		return RETORT_ERR_USAGE;
	}
	memset(&o, 0, sizeof(o));
	o.source = source;
	o.versions = versions;
	o.force = force;
	rc = pyimport_run(&o, out, d);
	free(versions);
	config_release(&cfg);
	return rc;
}

char *retort_slug(const char *message, int max_len)
{
	struct sbuf sb = SBUF_INIT;
	bool pending = false;

	for (; *message; message++) {
		unsigned char c = (unsigned char)*message;
		if (isalnum(c)) {
			if (pending && sb.len)
				sbuf_addc(&sb, '_');
			pending = false;
			sbuf_addc(&sb, (char)tolower(c));
		} else {
			pending = true;
		}
	}
	sbuf_str(&sb);
	if (sb.len > (size_t)max_len) {
		sb.len = (size_t)max_len;
		while (sb.len && sb.buf[sb.len - 1] == '_')
			sb.len--;
		sb.buf[sb.len] = '\0';
	}
	return sbuf_detach(&sb, NULL);
}

static bool random_rev_id(char out[13], struct diag *d)
{
	unsigned char b[6];
	FILE *f = fopen("/dev/urandom", "rb");
	size_t i;

	if (!f || fread(b, 1, sizeof(b), f) != sizeof(b)) {
		if (f)
			fclose(f);
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read /dev/urandom for a "
			   "revision id; pass --rev-id");
		return false;
	}
	fclose(f);
	for (i = 0; i < sizeof(b); i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
	return true;
}

/* A string literal body: quotes doubled. */
static void add_quoted_body(struct sbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '\'')
			sbuf_addc(sb, '\'');
		sbuf_addc(sb, *s);
	}
}

static void add_string_list(struct sbuf *sb, const char *const *v, size_t n)
{
	size_t i;

	if (n == 1) {
		sbuf_addc(sb, '\'');
		add_quoted_body(sb, v[0]);
		sbuf_addc(sb, '\'');
		return;
	}
	sbuf_addc(sb, '(');
	for (i = 0; i < n; i++) {
		sbuf_adds(sb, i ? ", '" : "'");
		add_quoted_body(sb, v[i]);
		sbuf_addc(sb, '\'');
	}
	sbuf_addc(sb, ')');
}

struct tmpl_vars {
	const char *revision;
	const char *const *down;
	size_t ndown;
	const char *message;
	const char *created;
	const char *label;
	const char *const *deps;
	size_t ndeps;
	const char *upgrades, *downgrades;	/* autogenerate's ops, or NULL */
	char *const *xargs;		/* -x KEY=VALUE, for ${x.KEY} */
	size_t nxargs;
};

static bool expand_var(struct sbuf *sb, const char *name, size_t n,
		       const struct tmpl_vars *v)
{
#define IS(s) (n == strlen(s) && strncmp(name, s, n) == 0)
	if (IS("revision")) {
		sbuf_adds(sb, v->revision);
	} else if (IS("revises")) {
		if (v->ndown)
			add_string_list(sb, v->down, v->ndown);
		else
			sbuf_adds(sb, "base");
	} else if (IS("message")) {
		add_quoted_body(sb, v->message);
	} else if (IS("created")) {
		sbuf_adds(sb, v->created);
	} else if (IS("branch_labels")) {
		if (v->label) {
			sbuf_adds(sb, "branch_labels ");
			add_string_list(sb, &v->label, 1);
			sbuf_adds(sb, ";\n");
		}
	} else if (IS("upgrades") || IS("downgrades")) {
		const char *ops = name[0] == 'u' ? v->upgrades : v->downgrades;
		sbuf_adds(sb, ops ? ops : "");
	} else if (IS("depends_on")) {
		if (v->ndeps) {
			sbuf_adds(sb, "depends_on ");
			add_string_list(sb, v->deps, v->ndeps);
			sbuf_adds(sb, ";\n");
		}
	} else if (n > 2 && strncmp(name, "x.", 2) == 0) {
		const char *val = util_xarg((const char *const *)v->xargs, v->nxargs, name + 2,
					    n - 2);
		if (!val)
			return false;
		sbuf_adds(sb, val);
	} else {
		return false;
	}
	return true;
#undef IS
}

static bool render_template(struct srcfile *tmpl, const struct tmpl_vars *v,
			    struct sbuf *out, struct diag *d)
{
	const char *s = tmpl->text, *end = tmpl->text + tmpl->len;

	while (s < end) {
		const char *open = strstr(s, "${"), *close;
		if (!open || open >= end) {
			sbuf_add(out, s, (size_t)(end - s));
			break;
		}
		sbuf_add(out, s, (size_t)(open - s));
		close = strchr(open, '}');
		if (!close || !expand_var(out, open + 2, (size_t)(close - open - 2), v)) {
			size_t len = close ? (size_t)(close - open + 1) : 2;
			diag_error(d, DIAG_CONFIG, tmpl,
				   span_make((uint32_t)(open - tmpl->text),
					     (uint32_t)(open - tmpl->text + len)),
				   "unknown template placeholder '%.*s' (known: ${revision}, "
				   "${revises}, ${message}, ${created}, ${branch_labels}, "
				   "${depends_on}, ${upgrades}, ${downgrades}, and ${x.KEY} for "
				   "each -x KEY=VALUE given)", (int)len, open);
			return false;
		}
		s = close + 1;
	}
	return true;
}

/* Whether the filled-in template is a revision the parser takes (a value
 * put in by ${x.KEY} is put in as written): a file that does not parse
 * would break every command after. */
static bool revision_parses(const struct sbuf *text, struct diag *d)
{
	struct arena *a = arena_new();
	struct srcfile *src = srcfile_from_string("(the revision from the template)",
						  text->buf ? text->buf : "", text->len);
	int errors = d->nerrors;
	bool ok = parse_file(a, src, PARSE_REVISION, d) != NULL && d->nerrors == errors;

	if (!ok)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "the revision the template gives does "
			   "not parse (above): nothing is written");
	srcfile_free(src);
	arena_free(a);
	return ok;
}

/* ---- post_write_hooks ----
 *
 * Alembic's [post_write_hooks]: `hooks = a, b`, then for each `a.type`
 * and what that type needs.  retort runs no Python: console_scripts runs
 * the command its entrypoint names from the PATH (the script that entry
 * point installs), exec the executable.  a.options are its arguments, as
 * shlex cuts them, REVISION_SCRIPT_FILENAME standing for the new file (put
 * first where they do not name it); a.cwd is where it runs. */

#define HOOK_FILE "REVISION_SCRIPT_FILENAME"

static const char *hook_value(const struct retort_config *cfg, const char *hook,
			      const char *key)
{
	size_t i, len = strlen(hook);
	const char *r = NULL;

	for (i = 0; i < cfg->nhooks; i++)
		if (strncmp(cfg->hook_keys[i], hook, len) == 0 && cfg->hook_keys[i][len] == '.' &&
		    strcmp(cfg->hook_keys[i] + len + 1, key) == 0)
			r = cfg->hook_values[i];
	return r;
}

/* The hooks' names, in order; their settings checked.  false, said, for
 * a hook without a type, of a type retort does not run, or without what
 * its type needs. */
static bool hooks_read(const struct retort_config *cfg, char ***names, size_t *n,
		       struct diag *d)
{
	const char *list = NULL, *at;
	size_t i, len, cap = 0;

	*names = NULL;
	*n = 0;
	for (i = 0; i < cfg->nhooks; i++)
		if (strcmp(cfg->hook_keys[i], "hooks") == 0)
			list = cfg->hook_values[i];
	while (list && (at = util_list_next(&list, &len)) != NULL) {
		XGROW(*names, cap, *n + 1);
		(*names)[(*n)++] = xstrndup(at, len);
	}
	for (i = 0; i < *n; i++) {
		const char *h = (*names)[i], *type = hook_value(cfg, h, "type");
		const char *need = !type ? NULL
				 : strcmp(type, "console_scripts") == 0 ? "entrypoint"
				 : strcmp(type, "exec") == 0 ? "executable" : NULL;
		const char *opts = hook_value(cfg, h, "options");
		char **words;
		size_t nwords;
		if (!type) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "post_write_hooks: %s.type is "
				   "required for the hook '%s' (console_scripts or exec)", h, h);
			return false;
		}
		if (!need) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "post_write_hooks: the hook '%s' "
				   "is of type '%s'; retort runs console_scripts (a command on the "
				   "PATH, by %s.entrypoint) and exec (%s.executable)", h, type, h, h);
			return false;
		}
		if (!hook_value(cfg, h, need) || !*hook_value(cfg, h, need)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "post_write_hooks: %s.%s is "
				   "required for the %s hook '%s'", h, need, type, h);
			return false;
		}
		if (opts && !util_split_words(opts, &words, &nwords)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "post_write_hooks: %s.options "
				   "leaves a quote open: %s", h, opts);
			return false;
		}
		while (opts && nwords)
			free(words[--nwords]);
		if (opts)
			free(words);
	}
	return true;
}

static void hooks_free(char **names, size_t n)
{
	while (n)
		free(names[--n]);
	free(names);
}

/* Runs each hook on the new file at path, in order, as Alembic does after
 * writing it; the first that fails stops them. */
static int hooks_run(const struct retort_config *cfg, char **names, size_t n,
		     const char *path, struct sbuf *out, struct diag *d)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		const char *h = names[i], *type = hook_value(cfg, h, "type");
		const char *prog = hook_value(cfg, h, strcmp(type, "exec") == 0 ? "executable"
									 : "entrypoint");
		const char *opts = hook_value(cfg, h, "options"), *cwd = hook_value(cfg, h, "cwd");
		struct sbuf line = SBUF_INIT;
		char **words = NULL, **argv, *file = util_real_path(path);
		size_t nwords = 0;
		int status = 0, report[2], failed[2] = { 0, 0 };
		pid_t pid;

		if (!opts || !strstr(opts, HOOK_FILE))
			sbuf_adds(&line, HOOK_FILE " ");
		sbuf_adds(&line, opts ? opts : "");
		util_split_words(sbuf_str(&line), &words, &nwords);	/* checked */
		argv = xcalloc(nwords + 2, sizeof(*argv));
		argv[0] = xstrdup(prog);
		for (k = 0; k < nwords; k++) {
			struct sbuf a = SBUF_INIT;
			const char *p = words[k], *at;
			while ((at = strstr(p, HOOK_FILE)) != NULL) {
				sbuf_add(&a, p, (size_t)(at - p));
				sbuf_adds(&a, file ? file : path);
				p = at + strlen(HOOK_FILE);
			}
			sbuf_adds(&a, p);
			argv[k + 1] = sbuf_detach(&a, NULL);
			free(words[k]);
		}
		free(words);
		if (strchr(argv[0], '/')) {	/* from here, not from its cwd */
			char *abs = util_real_path(argv[0]);
			if (abs) {
				free(argv[0]);
				argv[0] = abs;
			}
		}
		fflush(NULL);
		if (pipe(report) != 0) {
			report[0] = report[1] = -1;
		} else {
			fcntl(report[0], F_SETFD, FD_CLOEXEC);
			fcntl(report[1], F_SETFD, FD_CLOEXEC);
		}
		pid = fork();
		if (pid == 0) {
			/* what stops it before it runs goes back through the pipe */
			int what[2] = { 1, 0 };
			if (cwd && *cwd && chdir(cwd) != 0) {
				what[1] = errno;
			} else {
				execvp(argv[0], argv);
				what[0] = 2;
				what[1] = errno;
			}
			if (report[1] >= 0 && write(report[1], what, sizeof(what)) != (ssize_t)sizeof(what))
				_exit(127);
			_exit(127);
		}
		if (report[1] >= 0)
			close(report[1]);
		if (report[0] >= 0 && pid > 0 &&
		    read(report[0], failed, sizeof(failed)) != (ssize_t)sizeof(failed))
			failed[0] = 0;
		if (report[0] >= 0)
			close(report[0]);
		if (pid < 0 || waitpid(pid, &status, 0) != pid || failed[0] || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0) {
			struct sbuf why = SBUF_INIT;
			if (pid < 0)
				sbuf_addf(&why, "cannot start it: %s", strerror(errno));
			else if (failed[0] == 1)
				sbuf_addf(&why, "cannot go to its cwd '%s': %s", cwd, strerror(failed[1]));
			else if (failed[0] == 2)
				sbuf_addf(&why, "cannot run '%s': %s", argv[0], strerror(failed[1]));
			else if (WIFSIGNALED(status))
				sbuf_addf(&why, "'%s' was killed by signal %d", prog, WTERMSIG(status));
			else
				sbuf_addf(&why, "'%s' exited with status %d", prog, WEXITSTATUS(status));
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "post write hook '%s' failed: %s; "
				   "the revision is written, at %s", h, sbuf_str(&why), path);
			sbuf_release(&why);
			for (k = 0; argv[k]; k++)
				free(argv[k]);
			free(argv);
			free(file);
			sbuf_release(&line);
			return RETORT_ERR_MIGRATION;
		}
		sbuf_addf(out, "Running post write hook '%s' ... done\n", h);
		for (k = 0; argv[k]; k++)
			free(argv[k]);
		free(argv);
		free(file);
		sbuf_release(&line);
	}
	return RETORT_OK;
}

/* When a revision is made, as Alembic dates it: in the config's timezone,
 * else the local time. */
struct made_at {
	struct tm tm;
	time_t epoch;
	long usec, offset;
	bool zoned;		/* a timezone was named: the date says its offset */
};

static bool made_now(const struct retort_config *cfg, struct made_at *w, struct diag *d)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	w->epoch = tv.tv_sec;
	w->usec = (long)tv.tv_usec;
	w->zoned = cfg->timezone != NULL;
	if (util_zone_time(w->epoch, cfg->timezone, &w->tm, &w->offset))
		return true;
	diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s: timezone '%s' is not a zone this system "
		   "knows: a tz database name such as UTC or Europe/Paris (Alembic: Can't locate "
		   "timezone)", cfg->path ? cfg->path : "the config", cfg->timezone);
	return false;
}

/* YYYY-MM-DD HH:MM:SS.ffffff, and +HH:MM where a timezone was named (as
 * Alembic's create date prints). */
static void made_string(const struct made_at *w, char out[48])
{
	long off = w->offset < 0 ? -w->offset : w->offset;

	strftime(out, 20, "%Y-%m-%d %H:%M:%S", &w->tm);
	snprintf(out + 19, 29, ".%06ld", w->usec);
	if (w->zoned)
		snprintf(out + 26, 22, "%c%02ld:%02ld", w->offset < 0 ? '-' : '+', off / 3600,
			 off / 60 % 60);
}

/* One %(name)SPEC of file_template: the flags '-' and '0', a width and a
 * precision, as Python applies them to a number (d: at least that many
 * digits) or a string (s: at most that many characters). */
static void add_field(struct sbuf *sb, const char *spec, size_t n, const char *text,
		      bool number)
{
	bool left = false, zero = false;
	size_t width = 0, prec = (size_t)-1, len, i = 0, digits, pad;
	bool neg = number && text[0] == '-';
	char sign = neg ? '-' : 0;

	for (; i < n && (spec[i] == '-' || spec[i] == '0' || spec[i] == '+' || spec[i] == ' ' ||
			 spec[i] == '#'); i++) {
		left |= spec[i] == '-';
		zero |= spec[i] == '0';
		if (number && !neg && spec[i] == '+')
			sign = '+';
		else if (number && !neg && spec[i] == ' ' && sign != '+')
			sign = ' ';
	}
	for (; i < n && spec[i] >= '0' && spec[i] <= '9'; i++)
		width = width * 10 + (size_t)(spec[i] - '0');
	if (i < n && spec[i] == '.')
		for (prec = 0, i++; i < n && spec[i] >= '0' && spec[i] <= '9'; i++)
			prec = prec * 10 + (size_t)(spec[i] - '0');
	if (neg)
		text++;
	len = strlen(text);
	if (!number && prec < len)
		len = prec;
	digits = number && prec != (size_t)-1 && prec > len ? prec : len;
	pad = width > digits + (sign != 0) ? width - digits - (sign != 0) : 0;
	if (!left && !(zero && number))
		for (; pad; pad--)
			sbuf_addc(sb, ' ');
	if (sign)
		sbuf_addc(sb, sign);
	for (; !left && pad; pad--)
		sbuf_addc(sb, '0');
	for (i = len; i < digits; i++)
		sbuf_addc(sb, '0');
	sbuf_add(sb, text, len);
	for (; pad; pad--)
		sbuf_addc(sb, ' ');
}

/* file_template, read as Python's %-formatting reads it with Alembic's
 * values: %(rev)s, %(slug)s, %(epoch)s and the date's %(year)d,
 * %(month).2d, %(day).2d, %(hour).2d, %(minute).2d, %(second).2d (any
 * flags, width and precision, s or d); %% is a percent sign.  NULL, said,
 * for a token Alembic has not or a % that starts none. */
static char *file_name(const char *tmpl, const char *rev, const char *slug,
		       const struct made_at *w, struct diag *d)
{
	static const char *const names[] = { "year", "month", "day", "hour", "minute",
					     "second", "epoch" };
	struct sbuf sb = SBUF_INIT;
	const char *t = tmpl;

	while (*t) {
		const char *name, *end, *spec, *text;
		char num[32];
		size_t len, nspec, k;
		long long v[7];
		if (t[0] != '%') {
			sbuf_addc(&sb, *t++);
			continue;
		}
		if (t[1] == '%') {
			sbuf_addc(&sb, '%');
			t += 2;
			continue;
		}
		if (t[1] != '(' || !(end = strchr(t, ')')))
			goto bad;
		name = t + 2;
		len = (size_t)(end - name);
		spec = end + 1;
		nspec = strspn(spec, "-+ #0123456789.");
		if ((spec[nspec] != 's' && spec[nspec] != 'd') || nspec > 8 ||
		    strspn(spec + strspn(spec, "-+ #0"), "0123456789") > 3)
			goto bad;	/* a file name is short: no width past 999 */
		if (len == 3 && strncmp(name, "rev", 3) == 0) {
			text = rev;
		} else if (len == 4 && strncmp(name, "slug", 4) == 0) {
			text = slug;
		} else {
			v[0] = w->tm.tm_year + 1900;
			v[1] = w->tm.tm_mon + 1;
			v[2] = w->tm.tm_mday;
			v[3] = w->tm.tm_hour;
			v[4] = w->tm.tm_min;
			v[5] = w->tm.tm_sec;
			v[6] = (long long)w->epoch;
			for (k = 0; k < ARRAY_LEN(names); k++)
				if (strlen(names[k]) == len && strncmp(name, names[k], len) == 0)
					break;
			if (k == ARRAY_LEN(names))
				goto bad;
			snprintf(num, sizeof(num), "%lld", v[k]);
			text = num;
		}
		if (text != num && spec[nspec] == 'd')
			goto bad;	/* Python: %d of a string is an error */
		add_field(&sb, spec, nspec, text, spec[nspec] == 'd');
		t = spec + nspec + 1;
	}
	/* An empty slug leaves a trailing '_' from the default template. */
	while (sb.len && sb.buf[sb.len - 1] == '_')
		sb.buf[--sb.len] = '\0';
	if (!sb.len) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "file_template '%s' gives an empty file "
			   "name", tmpl);
		sbuf_release(&sb);
		return NULL;
	}
	sbuf_adds(&sb, ".mig");
	return sbuf_detach(&sb, NULL);
bad:
	diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "file_template '%s': '%.*s' is not one of "
		   "Alembic's tokens: %%(rev)s, %%(slug)s, %%(epoch)s, %%(year)d, %%(month).2d, "
		   "%%(day).2d, %%(hour).2d, %%(minute).2d, %%(second).2d (%%%% for a percent sign)",
		   tmpl, (int)strcspn(t, " _-."), t);
	sbuf_release(&sb);
	return NULL;
}

/* ---- autogenerate and check ---- */

static int names_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The schema files `schema =` names: one file, or the .mig files of a
 * folder in name order.  srcs holds their texts (autogen_load_each reads
 * them, and messages quote them); files their IR, once parsed (autogen_load
 * and the messages at an op that cannot be lowered need it), else NULL. */
struct schema_files {
	struct migfile **files;
	struct srcfile **srcs;
	size_t n;
};

static void schema_files_release(struct schema_files *sf)
{
	size_t i;

	for (i = 0; i < sf->n; i++)
		srcfile_free(sf->srcs[i]);
	free(sf->files);
	free(sf->srcs);
	memset(sf, 0, sizeof(*sf));
}

/* The files' IR let go (with its arena) and their texts unloaded, once the
 * last model is loaded from them: the models keep copies of what they
 * hold, and a message reads a text again.  Nothing else of sf is used
 * until it is read again or released. */
static void schema_files_drop_ir(struct schema_files *sf, struct arena **ia)
{
	size_t i;

	arena_free(*ia);
	*ia = NULL;
	free(sf->files);
	sf->files = NULL;
	for (i = 0; i < sf->n; i++)
		srcfile_unload(sf->srcs[i]);
}

/* The files' IR, parsed into a; what is wrong said to d. */
static int schema_files_parse(struct schema_files *sf, struct arena *a, struct diag *d)
{
	size_t i;
	int rc = RETORT_OK;

	sf->files = xcalloc(sf->n ? sf->n : 1, sizeof(*sf->files));
	for (i = 0; i < sf->n; i++)
		if (!(sf->files[i] = parse_file(a, sf->srcs[i], PARSE_SCHEMA, d)))
			rc = RETORT_ERR_MIGRATION;
	if (rc != RETORT_OK) {	/* none of it is used */
		free(sf->files);
		sf->files = NULL;
	}
	return rc;
}

/* The files path names, read, and parsed too with parse (else only their
 * texts are held: autogen_load_each reads them). */
static int schema_files_read(const char *path, struct arena *a, struct schema_files *sf,
			     bool parse, struct diag *d)
{
	struct stat st;
	char **names = NULL;
	size_t nnames = 0, cap = 0, i;
	int rc = RETORT_OK;

	memset(sf, 0, sizeof(*sf));
	if (stat(path, &st) != 0) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read the schema file '%s': %s (the "
			   "schema key of the config names the file, or folder, that holds the "
			   "target schema)", path, strerror(errno));
		return RETORT_ERR_USAGE;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *dir = opendir(path);
		struct dirent *e;
		if (!dir) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read the schema folder "
				   "'%s': %s", path, strerror(errno));
			return RETORT_ERR_USAGE;
		}
		while ((e = readdir(dir)) != NULL) {
			size_t len = strlen(e->d_name);
			if (len < 5 || e->d_name[0] == '.' || strcmp(e->d_name + len - 4, ".mig") != 0)
				continue;
			XGROW(names, cap, nnames + 1);
			names[nnames++] = arena_printf(a, "%s/%s", path, e->d_name);
		}
		closedir(dir);
		qsort(names, nnames, sizeof(*names), names_cmp);
		if (!nnames) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "the schema folder '%s' has no .mig "
				   "files", path);
			free(names);
			return RETORT_ERR_USAGE;
		}
	} else {
		XGROW(names, cap, 1);
		names[nnames++] = arena_strdup(a, path);
	}
	sf->srcs = xcalloc(nnames, sizeof(*sf->srcs));
	for (i = 0; i < nnames; i++) {
		const char *err;
		struct srcfile *src = srcfile_load(names[i], NULL, &err);
		if (!src) {
			(void)schema_files_parse(sf, a, d);	/* those before say theirs first */
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read the schema file '%s': %s",
				   names[i], err);
			rc = RETORT_ERR_USAGE;
			break;
		}
		sf->srcs[sf->n++] = src;
	}
	free(names);
	return rc == RETORT_OK && parse ? schema_files_parse(sf, a, d) : rc;
}

/* The database's schema, read by the driver, into the empty model m; its
 * version rows must be `at` (autogenerate compares with a database that is
 * at the head the new revision follows, as Alembic does). */
static int model_from_db(const struct retort_config *cfg, const struct retort_opts *o,
			 const struct dialect *dl, struct scriptdir *sd, const struct revset *at,
			 struct schema *names, struct schema *m, struct arena *a, struct diag *d)
{
	struct sbuf text = SBUF_INIT;
	struct revset rows = { NULL, 0, 0 };
	struct srcfile *src;
	struct migfile *f;
	size_t i, nschemas;
	const char **schemas = schema_schemas_named(names, &nschemas);
	int rc = runner_introspect(cfg, dl, sd, lock_timeout_ms(o), schemas, nschemas, &text,
				   &rows, d);

	if (rc != RETORT_OK)
		goto out;
	if (at) {
		bool same = rows.n == at->n;
		for (i = 0; same && i < rows.n; i++)
			same = revset_has(at, rows.v[i]);
		if (!same) {
			struct sbuf is = SBUF_INIT, want = SBUF_INIT;
			revgraph_add_ids(&is, rows.v, rows.n, "base");
			revgraph_add_ids(&want, at->v, at->n, "base");
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "the database is at %s, not at %s: "
				   "upgrade it first (the diff is against the database at the "
				   "revision the new one follows)", sbuf_str(&is), sbuf_str(&want));
			sbuf_release(&is);
			sbuf_release(&want);
			rc = RETORT_ERR_MIGRATION;
			goto out;
		}
	}
	src = srcfile_from_string("(the database's schema)", sbuf_str(&text), text.len);
	f = parse_file(a, src, PARSE_SCHEMA, d);
	if (!f || !autogen_load(m, &f, 1, a, NULL, d))
		rc = RETORT_ERR_MIGRATION;
	srcfile_free(src);
out:
	revset_release(&rows);
	sbuf_release(&text);
	return rc;
}

static const char *text_of(const struct sbuf *sb)
{
	return sb->buf ? sb->buf : "";
}

/* What each dialect's diff said: each op as text (a tab in). */
struct ag_text {
	const struct dialect *dl;
	char **ops[2];		/* [0] upgrade, [1] downgrade */
	size_t nops[2];
};

static void ag_text_set(struct ag_text *t, int which, const struct oplist *ops)
{
	const struct op *op;
	size_t i = 0;

	t->ops[which] = xcalloc(ops->n + 1, sizeof(char *));
	for (op = ops->head; op; op = op->next) {
		struct sbuf sb = SBUF_INIT;
		irwrite_op(&sb, op, 1);
		t->ops[which][i++] = sbuf_detach(&sb, NULL);
	}
	t->nops[which] = i;
}

static void ag_text_release(struct ag_text *t)
{
	int w;
	size_t i;

	for (w = 0; w < 2; w++) {
		for (i = 0; i < t->nops[w]; i++)
			free(t->ops[w][i]);
		free(t->ops[w]);
	}
}

static bool ops_same(const struct ag_text *x, const struct ag_text *y, int w, size_t lo,
		     size_t hi)
{
	size_t k;

	for (k = lo; k < hi; k++)
		if (strcmp(x->ops[w][k], y->ops[w][k]) != 0)
			return false;
	return true;
}

/* The ops [lo, hi) of each dialect (whole: all of them), one `only`
 * block per distinct list, naming every dialect that has it. */
static void add_only_blocks(struct sbuf *out, const struct ag_text *t, size_t n, int w,
			    size_t lo, size_t hi, bool whole)
{
	bool *done = xcalloc(n + 1, sizeof(*done));
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		size_t start = whole ? 0 : lo, end = whole ? t[i].nops[w] : hi;
		struct sbuf names = SBUF_INIT;
		const char *p;
		if (done[i])
			continue;
		for (j = i; j < n; j++) {
			if (done[j] || (whole && t[j].nops[w] != t[i].nops[w]) ||
			    !ops_same(&t[i], &t[j], w, start, end))
				continue;
			done[j] = true;
			sbuf_addf(&names, "%s%s", names.len ? ", " : "", t[j].dl->rules.name);
		}
		if (end > start) {
			sbuf_addf(out, "\tonly %s {\n", sbuf_str(&names));
			for (k = start; k < end; k++) {
				bool in_string = false;	/* whose lines are its value */
				sbuf_addc(out, '\t');
				for (p = t[i].ops[w][k]; *p; p++) {
					sbuf_addc(out, *p);
					in_string ^= *p == '\'';	/* '' inside: twice */
					if (*p == '\n' && p[1] && !in_string)
						sbuf_addc(out, '\t');
				}
			}
			sbuf_adds(out, "\t}\n");
		}
		sbuf_release(&names);
	}
	free(done);
}

/* The dialects' ops merged: an op every dialect has at the same place is
 * written once; runs where they differ go in `only` blocks.  Each dialect
 * still runs exactly its own ops, in its own order.  Lists of different
 * lengths are written whole, one block per distinct list. */
static void add_ops_text(struct sbuf *out, const struct ag_text *t, size_t n, bool up)
{
	int w = up ? 0 : 1;
	size_t i, k, run = 0;
	bool in_run = false;

	for (i = 1; i < n; i++)
		if (t[i].nops[w] != t[0].nops[w]) {
			add_only_blocks(out, t, n, w, 0, 0, true);
			return;
		}
	for (k = 0; k <= t[0].nops[w]; k++) {
		bool same = k < t[0].nops[w];
		for (i = 1; same && i < n; i++)
			same = strcmp(t[i].ops[w][k], t[0].ops[w][k]) == 0;
		if (!same && k < t[0].nops[w]) {
			if (!in_run)
				run = k;
			in_run = true;
			continue;
		}
		if (in_run)
			add_only_blocks(out, t, n, w, run, k, false);
		in_run = false;
		if (k < t[0].nops[w])
			sbuf_adds(out, t[0].ops[w][k]);
	}
}

/* Whether dl can make the schema file's model m (loaded from sf): lowered
 * as `schema` lowers a model, into nothing.  When it cannot, the files'
 * ops are lowered one by one, in the order autogen_load reads them, for
 * messages at the files' lines (a partial index on MySQL: put it in an
 * `only` block); the model's own messages if those find nothing. */
static bool schema_file_fits(struct schema *m, const struct retort_config *cfg,
			     const struct dialect *dl, struct schema_files *sf,
			     struct arena *a, struct diag *d)
{
	struct sink none = { 0 };
	struct migrate_opts mo;
	struct diag quiet = DIAG_INIT;
	int errors = d->nerrors;
	bool ok;

	memset(&mo, 0, sizeof(mo));
	mo.dialect = dl;
	ok = migrate_schema(m, "file", &mo, &none, &quiet);
	if (ok) {
		diag_release(&quiet);
		return true;
	}
	{
		struct schema *again = schema_new(&dl->rules);
		struct diag said = DIAG_INIT;	/* (they were read without a word) */
		schema_reserve_table(again, cfg->version_table_schema, cfg->version_table);
		if (sf->files || schema_files_parse(sf, a, &said) == RETORT_OK)
			autogen_load(again, sf->files, sf->n, a, dl, d);
		diag_release(&said);
		schema_free(again);
	}
	if (d->nerrors == errors)
		diag_move_new(d, &quiet);
	diag_release(&quiet);
	diag_plain(d, DIAG_SEV_NOTE, DIAG_AUTOGEN, "the schema file is read for each dialect "
		   "of the project: what only some of them have goes in an `only` block "
		   "naming them, as in a revision");
	return false;
}

/* The revision autogenerate is about to write, read back as the file it
 * will be and checked on each dialect it is for as `verify` and `check`
 * will: its ops lower and apply on the model at `at`, its downgrade gives
 * that model back, and after its upgrade the model is the schema file's.
 * A dialect diffed against a database (skip) has no model to check on.
 * Should any of it fail, nothing is written. */
static int autogen_guard(const struct retort_config *cfg, struct scriptdir *sd,
			 const struct revset *at, const struct dialect *const *pick, size_t n,
			 size_t skip, const struct schema_files *sf, const struct sbuf *up,
			 const struct sbuf *down, struct diag *d)
{
	struct arena *a = arena_new();
	struct sbuf text = SBUF_INIT;
	struct srcfile *src;
	struct migfile *f;
	int rc = RETORT_OK;
	size_t i;

	sbuf_addf(&text, "revision 'new';\nrevises base;\n\nupgrade {\n%s}\n\ndowngrade {\n%s}\n",
		  text_of(up), text_of(down));
	src = srcfile_from_string("(the revision autogenerate would write)", sbuf_str(&text),
				  text.len);
	if (!(f = parse_file(a, src, PARSE_REVISION, d)))
		rc = RETORT_ERR_MIGRATION;
	for (i = 0; i < n && rc == RETORT_OK; i++) {
		struct schema *m, *want;
		struct autogen_diff r;
		struct diag one = DIAG_INIT;

		if (i == skip)
			continue;
		m = schema_new(&pick[i]->rules);
		want = schema_new(&pick[i]->rules);
		schema_reserve_table(m, cfg->version_table_schema, cfg->version_table);
		schema_reserve_table(want, cfg->version_table_schema, cfg->version_table);
		if (!migrate_replay(sd, m, at, &one) || !autogen_load(want, sf->files, sf->n, a, NULL, &one) ||
		    !verify_revision(m, pick[i], f, "new", a, &one)) {
			rc = RETORT_ERR_MIGRATION;
		} else {
			autogen_diff(pick[i], m, want, a, false, &r);
			if (r.up.n || r.problems.len) {
				diag_plain(&one, DIAG_SEV_ERROR, DIAG_AUTOGEN, "%s: after the "
					   "upgrade autogenerate would write, head still differs from "
					   "the schema file (%zu op%s more)", pick[i]->rules.name,
					   r.up.n, r.up.n == 1 ? "" : "s");
				rc = RETORT_ERR_MIGRATION;
			}
			autogen_diff_release(&r);
		}
		if (rc != RETORT_OK)
			diag_plain(&one, DIAG_SEV_ERROR, DIAG_AUTOGEN, "autogenerate's revision would "
				   "not pass verify and check for %s (above): nothing is written; "
				   "this is a fault of retort's, please report it with the schema "
				   "file", pick[i]->rules.name);
		diag_move_new(d, &one);
		schema_free(want);
		schema_free(m);
	}
	srcfile_free(src);
	sbuf_release(&text);
	arena_free(a);
	return rc;
}

/* The schema file against head (the revisions `at`) or the database, for
 * each dialect the project compiles for (o->dialect alone when it names
 * one): the upgrade and downgrade ops as text (a tab in), with rename
 * suggestions as comments; *empty when there is nothing to do.  Changes
 * no op can make are errors.  From a database, its dialect is diffed
 * against it, and, for a revision (whole), every other dialect of the
 * project against head: a revision is for all of them. */
static int autogen_run(const struct retort_config *cfg, const struct retort_opts *o,
		       bool from_db, bool whole, struct scriptdir *sd, const struct revset *at,
		       struct sbuf *up, struct sbuf *down, bool *empty, struct diag *d)
{
	const struct dialect *pick[16];
	struct ag_text texts[16];
	struct schema_files sf;
	struct arena *a = arena_new();
	/* the schema files' IR: let go before the last replay, the biggest
	 * thing held otherwise (at 10,000 revisions 49 MB of IR for a 5.3 MB
	 * file, beside two models) */
	struct arena *ia = arena_new();
	struct sbuf notes = SBUF_INIT, hint = SBUF_INIT;
	size_t n = 0, i;
	int rc;

	*empty = true;
	memset(texts, 0, sizeof(texts));
	if (from_db) {
		/* the database's own dialect, the one the URL names */
		struct retort_opts by_url = *o;
		const struct dialect *more[16];
		size_t nmore = 0;
		by_url.dialect = NULL;
		if (!(pick[n++] = pick_dialect(cfg, &by_url, d))) {
			arena_free(a);
			arena_free(ia);
			return RETORT_ERR_USAGE;
		}
		if (whole && (rc = pick_dialects(cfg, &by_url, more, ARRAY_LEN(more), true, &nmore,
						 d)) != RETORT_OK) {
			arena_free(a);
			arena_free(ia);
			return rc;
		}
		for (i = 0; i < nmore; i++)
			if (more[i] != pick[0])
				pick[n++] = more[i];
	} else if ((rc = pick_dialects(cfg, o, pick, ARRAY_LEN(pick), true, &n, d)) != RETORT_OK) {
		arena_free(a);
		arena_free(ia);
		return rc;
	}
	rc = schema_files_read(cfg->schema, ia, &sf, false, d);
	for (i = 0; i < n && rc == RETORT_OK; i++) {
		struct schema *want = schema_new(&pick[i]->rules), *have = schema_new(&pick[i]->rules);
		struct diag one = DIAG_INIT;
		struct autogen_diff r;
		const char *line, *nl;
		bool loaded;

		schema_reserve_table(want, cfg->version_table_schema, cfg->version_table);
		schema_reserve_table(have, cfg->version_table_schema, cfg->version_table);
		texts[i].dl = pick[i];
		/* A statement at a time; where that gives up, from the files'
		 * IR, parsed once for every dialect left, which says why. */
		if (!(loaded = autogen_load_each(want, sf.srcs, sf.n, &one))) {
			schema_free(want);
			want = schema_new(&pick[i]->rules);
			schema_reserve_table(want, cfg->version_table_schema, cfg->version_table);
			if (sf.files || (rc = schema_files_parse(&sf, ia, d)) == RETORT_OK)
				loaded = autogen_load(want, sf.files, sf.n, ia, NULL, &one);
		}
		if (!loaded || !schema_file_fits(want, cfg, pick[i], &sf, ia, &one)) {
			rc = RETORT_ERR_MIGRATION;
		} else {
			if (i == n - 1)	/* the last model made from them */
				schema_files_drop_ir(&sf, &ia);
			if (from_db && i == 0)
				rc = model_from_db(cfg, o, pick[i], sd, at, want, have, a, &one);
			else if (!migrate_replay(sd, have, at, &one))
				rc = RETORT_ERR_MIGRATION;
		}
		if (rc == RETORT_OK) {
			autogen_diff(pick[i], have, want, a, from_db && i == 0, &r);
			ag_text_set(&texts[i], 0, &r.up);
			ag_text_set(&texts[i], 1, &r.down);
			*empty &= !r.up.n && !r.problems.len;
			for (line = text_of(&r.hints); *line; line = nl + 1) {
				nl = strchr(line, '\n');
				diag_plain(&one, DIAG_SEV_WARNING, DIAG_AUTOGEN, "%.*s",
					   (int)(nl - line), line);
				sbuf_adds(&hint, "\t-- ");
				sbuf_add(&hint, line, (size_t)(nl - line + 1));
				if (!strstr(text_of(&notes), text_of(&hint)))
					sbuf_add(&notes, hint.buf, hint.len);
				sbuf_reset(&hint);
			}
			for (line = text_of(&r.problems); *line; line = nl + 1) {
				nl = strchr(line, '\n');
				diag_plain(&one, DIAG_SEV_ERROR, DIAG_AUTOGEN, "%s: %.*s",
					   pick[i]->rules.name, (int)(nl - line), line);
				rc = RETORT_ERR_MIGRATION;
			}
			autogen_diff_release(&r);
		}
		diag_move_new(d, &one);
		schema_free(want);
		schema_free(have);
	}
	if (rc == RETORT_OK) {
		sbuf_add(up, notes.buf ? notes.buf : "", notes.len);
		add_ops_text(up, texts, n, true);
		add_ops_text(down, texts, n, false);
		/* the guard loads the models again, for every dialect but the
		 * database's: read the files again, saying nothing twice (the
		 * first read said it all) */
		if (!*empty && !sf.files && n > (from_db ? 1u : 0u)) {
			struct diag again = DIAG_INIT;
			schema_files_release(&sf);
			ia = arena_new();
			rc = schema_files_read(cfg->schema, ia, &sf, true, &again);
			if (rc != RETORT_OK)
				diag_move(d, &again);
			diag_release(&again);
		}
		if (!*empty && rc == RETORT_OK)
			rc = autogen_guard(cfg, sd, at, pick, n, from_db ? 0 : n, &sf, up, down, d);
	}
	for (i = 0; i < n; i++)
		ag_text_release(&texts[i]);
	sbuf_release(&notes);
	sbuf_release(&hint);
	schema_files_release(&sf);
	arena_free(ia);
	arena_free(a);
	return rc;
}

int retort_check(const struct retort_config *cfg, const struct retort_opts *o,
		 struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset heads = { NULL, 0, 0 };
	struct sbuf up = SBUF_INIT, down = SBUF_INIT;
	bool empty;
	int rc;

	/* The texts are not kept: they would be held through the schema
	 * file's load, check's peak; the replay reads each again. */
	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	rc = RETORT_ERR_MIGRATION;
	if (revgraph_resolve(sd.graph, "heads", NULL, &heads, d))
		rc = autogen_run(cfg, o, o->from_db || cfg->autogenerate_from_db, false, &sd, &heads,
				 &up, &down, &empty, d);
	if (rc == RETORT_OK && o->format == RETORT_FORMAT_JSON) {
		struct json j;
		json_init(&j, out);
		json_open(&j, '{');
		json_kstr(&j, "schema", cfg->schema);
		json_kstr(&j, "against", o->from_db || cfg->autogenerate_from_db ? "database" : "head");
		json_kbool(&j, "differs", !empty);
		json_kstr(&j, "upgrade", sbuf_str(&up));
		json_kstr(&j, "downgrade", sbuf_str(&down));
		json_close(&j, '}');
		rc = empty ? RETORT_OK : RETORT_DIFFERS;
	} else if (rc == RETORT_OK && empty) {
		sbuf_adds(out, "No new upgrade operations detected.\n");
	} else if (rc == RETORT_OK) {
		sbuf_addf(out, "New upgrade operations detected (%s against %s):\n", cfg->schema,
			  o->from_db || cfg->autogenerate_from_db ? "the database" : "head");
		sbuf_add(out, up.buf, up.len);
		rc = RETORT_DIFFERS;
	}
	sbuf_release(&up);
	sbuf_release(&down);
	revset_release(&heads);
	scriptdir_close(&sd);
	return rc;
}

/* Whether name, a new revision id or (label) branch label, is free: ids
 * and labels share the targets' one namespace with head, heads and base. */
static bool name_free(const struct revgraph *g, const char *name, bool label, struct diag *d)
{
	const char *what = label ? "branch label" : "revision id";
	const struct revision *r;

	if (revgraph_is_keyword(name)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "'%s' cannot be a %s: targets read it "
			   "as the word it is", name, what);
		return false;
	}
	if ((r = revgraph_label(g, name)) != NULL) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "'%s' cannot be a %s: it is the branch "
			   "label of revision '%s'", name, what, r->id);
		return false;
	}
	if (label && revgraph_get(g, name)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "'%s' cannot be a branch label: it is "
			   "a revision id", name);
		return false;
	}
	return true;
}

/* Whether `from` reaches `to` going down its parents: a walk with a stack
 * of its own (a history may be long), each revision visited once (seen, a
 * mark by its order, cleared by the caller). */
static bool reaches(const struct revgraph *g, struct revision *from, const struct revision *to,
		    unsigned char *seen)
{
	struct revision **stack = xcalloc(g->n ? g->n : 1, sizeof(*stack));
	size_t n = 0, i;
	bool found = false;

	stack[n++] = from;
	seen[from->order] = 1;
	while (n && !found) {
		struct revision *r = stack[--n];
		found = r == to;
		for (i = 0; i < r->ndown; i++)
			if (!seen[r->down[i]->order]) {
				seen[r->down[i]->order] = 1;
				stack[n++] = r->down[i];
			}
	}
	free(stack);
	return found;
}

/* Merge targets, as Alembic takes them: heads (another revision only with
 * --splice), and none an ancestor of another, which a merge would not
 * join. */
static bool merge_targets_ok(const struct revgraph *g, const struct revset *t, bool splice,
			     struct diag *d)
{
	unsigned char *seen;
	size_t i, j;

	for (i = 0; i < t->n; i++)
		if (!t->v[i]->is_head && !splice) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "revision '%s' is not a head: a "
				   "merge joins heads (pass --splice to merge it all the same)",
				   t->v[i]->id);
			return false;
		}
	seen = xcalloc(g->n ? g->n : 1, 1);
	for (i = 0; i < t->n; i++)
		for (j = 0; j < t->n; j++) {
			if (i == j)
				continue;
			memset(seen, 0, g->n);
			if (reaches(g, t->v[i], t->v[j], seen)) {
				diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "revision '%s' is an "
					   "ancestor of '%s': a merge of them joins nothing",
					   t->v[j]->id, t->v[i]->id);
				free(seen);
				return false;
			}
		}
	free(seen);
	return true;
}

/* The folder a new revision goes in: --version-path, which must be one of
 * the folders the revisions are read from (else no command would read the
 * file); else the one folder; else, with several (version_locations), the
 * folder of the revision it builds on, as Alembic does. */
static char *new_file_folder(const struct retort_config *cfg, const struct scriptdir *sd,
			     const char *version_path, const struct revset *parents,
			     struct diag *d)
{
	char **locs;
	size_t n, i;
	char *found = NULL;

	if (!version_locations(cfg, &locs, &n, d))
		return NULL;
	if (version_path) {
		for (i = 0; i < n && !found; i++)
			if (util_same_folder(locs[i], version_path))
				found = xstrdup(locs[i]);
		if (!found && !n && util_same_folder(sd->versions, version_path))
			found = xstrdup(sd->versions);
		if (!found)
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--version-path '%s' is not a "
				   "folder the revisions are read from (%s): put it in "
				   "version_locations", version_path,
				   n ? cfg->version_locations : sd->versions);
	} else if (n <= 1) {
		found = xstrdup(n ? locs[0] : sd->versions);
	} else if (parents->n && parents->v[0]->file->src) {
		const char *p = parents->v[0]->file->src->path, *slash = strrchr(p, '/');
		found = slash ? xstrndup(p, (size_t)(slash - p)) : xstrdup(".");
	} else {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "several version_locations, and "
			   "nothing to build on to choose one: pass --version-path");
	}
	locations_free(locs, n);
	return found;
}

/* The parents of a new revision: merge targets, --head, or the one head. */
static bool choose_parents(const struct revgraph *g, const struct retort_revision_opts *o,
			   struct revset *parents, struct diag *d)
{
	size_t i;

	if (o->nmerge) {
		for (i = 0; i < o->nmerge; i++) {
			struct revset one = { NULL, 0, 0 };
			size_t j;
			if (!revgraph_resolve(g, o->merge[i], NULL, &one, d)) {
				revset_release(&one);
				return false;
			}
			for (j = 0; j < one.n; j++)
				if (!revset_has(parents, one.v[j]))
					revset_add(parents, one.v[j]);
			revset_release(&one);
		}
		if (parents->n < 2) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "merge needs at least two "
				   "distinct revisions");
			return false;
		}
		return merge_targets_ok(g, parents, o->splice, d);
	}
	if (o->head) {
		if (!revgraph_resolve(g, o->head, NULL, parents, d))
			return false;
		for (i = 0; i < parents->n; i++) {
			if (!parents->v[i]->is_head && !o->splice) {
				diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "revision '%s' is not a "
					   "head; pass --splice to start a branch from it",
					   parents->v[i]->id);
				return false;
			}
		}
		return true;
	}
	if (g->nheads > 1) {
		struct sbuf sb = SBUF_INIT;
		revgraph_add_ids(&sb, g->heads, g->nheads, "");
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_MULTIPLE_HEADS, "multiple heads are "
			   "present (%s); pass --head to choose one, or merge them first",
			   sbuf_str(&sb));
		sbuf_release(&sb);
		return false;
	}
	if (g->nheads == 1)
		revset_add(parents, g->heads[0]);
	return true;
}

int retort_revision(const struct retort_config *cfg, const struct retort_revision_opts *o,
		    struct sbuf *out, struct diag *d)
{
	struct scriptdir sd;
	struct revset parents = { NULL, 0, 0 };
	struct sbuf tmpl_path = SBUF_INIT, text = SBUF_INIT, path = SBUF_INIT;
	struct srcfile *tmpl = NULL;
	const char **down = NULL, **deps = NULL;
	char rev[13], created[48], *slug = NULL, *fname = NULL, **hooks = NULL;
	size_t nhooks = 0;
	struct made_at when;
	const char *rev_id = o->rev_id, *err;
	struct sbuf up = SBUF_INIT, down_ops = SBUF_INIT;
	struct tmpl_vars v;
	char *folder = NULL;
	size_t i;
	int rc;

	if (!o->message && !o->nmerge) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "a revision needs a message: -m MSG");
		return RETORT_ERR_USAGE;
	}
	/* (an autogenerate reads the texts again when it replays them: as
	 * check does, see there) */
	if ((rc = open_scripts(cfg, &sd, false, d)) != RETORT_OK)
		return rc;
	rc = RETORT_ERR_USAGE;
	if (!rev_id) {
		if (!random_rev_id(rev, d))
			goto out;
		rev_id = rev;
	}
	if (revgraph_get(sd.graph, rev_id)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_REV_DUPLICATE, "revision '%s' already "
			   "exists", rev_id);
		goto out;
	}
	if (strlen(rev_id) > IR_REVISION_ID_MAX || !ir_revision_id_chars_ok(rev_id)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "invalid revision id '%s' (up to %d "
			   "letters, digits, '_', '-' or '.')", rev_id, IR_REVISION_ID_MAX);
		goto out;
	}
	if (!name_free(sd.graph, rev_id, false, d) ||
	    (o->branch_label && !name_free(sd.graph, o->branch_label, true, d)))
		goto out;
	if (!choose_parents(sd.graph, o, &parents, d))
		goto out;
	if (o->autogenerate) {
		struct retort_opts none;
		bool empty;
		memset(&none, 0, sizeof(none));
		rc = autogen_run(cfg, o->db ? o->db : &none, o->db || cfg->autogenerate_from_db,
				 true, &sd, &parents, &up, &down_ops, &empty, d);
		if (rc != RETORT_OK)
			goto out;
		if (empty) {
			sbuf_addf(out, "No changes in schema detected: %s matches %s; no revision "
				  "written.\n", cfg->schema, o->db || cfg->autogenerate_from_db
				  ? "the database" : "head");
			goto out;
		}
		rc = RETORT_ERR_USAGE;
	}
	down = xcalloc(parents.n + 1, sizeof(*down));
	for (i = 0; i < parents.n; i++)
		down[i] = parents.v[i]->id;
	deps = xcalloc(o->ndepends_on + 1, sizeof(*deps));
	for (i = 0; i < o->ndepends_on; i++) {
		struct revset one = { NULL, 0, 0 };
		if (!revgraph_resolve(sd.graph, o->depends_on[i], NULL, &one, d) || one.n != 1) {
			if (one.n > 1)
				diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "--depends-on '%s' names "
					   "more than one revision", o->depends_on[i]);
			revset_release(&one);
			goto out;
		}
		deps[i] = one.v[0]->id;
		revset_release(&one);
	}
	sbuf_addf(&tmpl_path, "%s/script.mig.tmpl", cfg->script_location);
	tmpl = srcfile_load(tmpl_path.buf, NULL, &err);
	if (!tmpl) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read the revision template "
			   "'%s': %s", tmpl_path.buf, err);
		goto out;
	}
	if (!made_now(cfg, &when, d))
		goto out;
	made_string(&when, created);
	v.revision = rev_id;
	v.down = down;
	v.ndown = parents.n;
	v.message = o->message ? o->message : "";
	v.created = created;
	v.label = o->branch_label;
	v.deps = deps;
	v.ndeps = o->ndepends_on;
	v.xargs = cfg->xargs;
	v.nxargs = cfg->nxargs;
	v.upgrades = o->autogenerate ? text_of(&up) : NULL;
	v.downgrades = o->autogenerate ? text_of(&down_ops) : NULL;
	if (o->autogenerate && !strstr(tmpl->text, "${upgrades}")) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "the template '%s' has no ${upgrades} "
			   "and ${downgrades} for autogenerate to fill: put them in its upgrade "
			   "and downgrade blocks", tmpl_path.buf);
		goto out;
	}
	if (!render_template(tmpl, &v, &text, d) || !revision_parses(&text, d)) {
		rc = RETORT_ERR_MIGRATION;
		goto out;
	}
	slug = retort_slug(v.message, cfg->truncate_slug_length);
	if (!(fname = file_name(cfg->file_template, rev_id, slug, &when, d)))
		goto out;
	if (!scriptdir_name_ok(fname)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "file_template gives the file name '%s', "
			   "but revision file names may hold only letters, digits, '_', '-' and '.'",
			   fname);
		goto out;
	}
	if (!(folder = new_file_folder(cfg, &sd, o->version_path, &parents, d)))
		goto out;
	if (!hooks_read(cfg, &hooks, &nhooks, d))
		goto out;
	sbuf_addf(&path, "%s/%s", folder, fname);
	if (!write_new_file(path.buf, text.buf, text.len, d))
		goto out;
	sbuf_addf(out, "Generating %s ... done\n", path.buf);
	rc = hooks_run(cfg, hooks, nhooks, path.buf, out, d);
out:
	hooks_free(hooks, nhooks);
	free(folder);
	free(down);
	free(deps);
	free(slug);
	free(fname);
	srcfile_free(tmpl);
	sbuf_release(&tmpl_path);
	sbuf_release(&text);
	sbuf_release(&path);
	sbuf_release(&up);
	sbuf_release(&down_ops);
	revset_release(&parents);
	scriptdir_close(&sd);
	return rc;
}
