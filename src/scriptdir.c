/* Loading versions/: list, read, parse, build the graph.  Files are taken
 * in name order so that every message and every tie is deterministic. */
#define _DEFAULT_SOURCE	/* DT_REG: the listing's file type */
#include "scriptdir.h"
#include "arena.h"
#include "parse.h"
#include "sbuf.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

char *scriptdir_versions_path(const char *loc)
{
	struct sbuf sb = SBUF_INIT;
	size_t n = strlen(loc);

	while (n > 1 && loc[n - 1] == '/')
		n--;
	if (n == 1 && loc[0] == '.') {
		sbuf_adds(&sb, "versions");
	} else {
		if (n > 2 && loc[0] == '.' && loc[1] == '/')
			loc += 2, n -= 2;
		sbuf_add(&sb, loc, n);
		sbuf_adds(&sb, "/versions");
	}
	return sbuf_detach(&sb, NULL);
}

/* A revision file: its path, its file name (found once, not at each
 * comparison of the sort), and whether the folder's listing said it is a
 * regular file (then it is read without asking the system again). */
struct named {
	uint64_t key;		/* base's first 8 bytes, big-endian: its order */
	const char *base;
	const char *path;	/* in the scriptdir's arena */
	bool regular;
};

/* The first 8 bytes of s (NUL-padded) as a number whose order is strcmp's
 * of those bytes: most names differ there, and a sort of ten thousand
 * then compares numbers, not strings. */
static uint64_t name_key(const char *s)
{
	uint64_t k = 0;
	int i;

	for (i = 0; i < 8; i++) {
		k = k << 8 | (unsigned char)*s;
		s += *s != '\0';
	}
	return k;
}

/* By file name, then by folder: one order whatever the folders. */
static int named_cmp(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	c = strcmp(x->base, y->base);
	return c ? c : strcmp(x->path, y->path);
}

/* v in named_cmp's order: by key, a byte at a time from the last (a stable
 * counting sort each, skipped where every key has the same byte), then
 * each run of one key by named_cmp.  qsort took 870 instructions a name
 * at 10,000 (7% of `history`); this takes about 250, making the keys
 * included (callgrind). */
static void sort_named(struct named *v, size_t n)
{
	struct named *tmp, *from = v, *to, *t;
	size_t count[256], i, run;
	unsigned b;

	if (n < 64) {
		if (n > 1)
			qsort(v, n, sizeof(*v), named_cmp);
		return;
	}
	to = tmp = xmalloc(n * sizeof(*v));
	for (b = 0; b < 64; b += 8) {
		size_t sum = 0;
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[from[i].key >> b & 0xff]++;
		if (count[from[0].key >> b & 0xff] == n)
			continue;
		for (i = 0; i < 256; i++) {
			size_t c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[from[i].key >> b & 0xff]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof(*v));
	free(tmp);
	for (i = 0; i < n; i = run) {
		for (run = i + 1; run < n && v[run].key == v[i].key; run++)
			;
		if (run - i > 1)
			qsort(v + i, run - i, sizeof(*v), named_cmp);
	}
}


static bool is_revision_file(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".mig") == 0;
}

bool scriptdir_name_ok(const char *name)
{
	return util_file_chars_ok(name);
}

/* A path's last folder and name ("m/versions/x.mig": "versions/x.mig"). */
static const char *file_label(const char *path)
{
	const char *end = strrchr(path, '/'), *p;

	if (!end)
		return path;
	for (p = end; p > path && p[-1] != '/'; p--)
		;
	return p;
}

/* One folder's revision files, as paths, appended to names; a name that
 * is refused clears *ok (the others are still read, for their messages).
 * false when the folder cannot be opened. */
static bool list_folder(const char *folder, struct named **names, size_t *n, size_t *cap,
			struct arena *a, bool *ok, struct diag *d)
{
	DIR *dir = opendir(folder);
	struct dirent *de;
	size_t flen = strlen(folder);

	if (!dir) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot open '%s': %s (is "
			   "script_location right? 'retort init DIR' makes one)", folder,
			   strerror(errno));
		return false;
	}
	while ((de = readdir(dir)) != NULL) {
		size_t len;
		char *p;
		if (!is_revision_file(de->d_name))
			continue;
		if (!scriptdir_name_ok(de->d_name)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "revision file name in '%s' has "
				   "characters other than letters, digits, '_', '-' and '.'",
				   folder);
			*ok = false;
			continue;
		}
		len = strlen(de->d_name);
		p = arena_alloc_aligned(a, flen + 1 + len + 1, 1);
		memcpy(p, folder, flen);
		p[flen] = '/';
		memcpy(p + flen + 1, de->d_name, len + 1);
		XGROW(*names, *cap, *n + 1);
		(*names)[*n].path = p;
		(*names)[*n].base = p + flen + 1;
		(*names)[*n].key = name_key(p + flen + 1);
		(*names)[*n].regular = de->d_type == DT_REG;
		(*n)++;
	}
	closedir(dir);
	return true;
}

/* Reading the headers: files [lo, hi) of the sorted names, each read (into
 * store, when the texts are kept), its header parsed and copied into arena;
 * what it finds is left at the file's index, its messages in d. */
struct header_job {
	const struct named *names;
	size_t lo, hi;
	bool keep_texts;
	struct textstore *store;
	struct arena *arena;
	struct srcfile **srcs;		/* by file index; NULL: unreadable */
	struct migfile **files;		/* by file index; NULL: did not parse */
	struct diag d;
};

static void *read_headers(void *arg)
{
	struct header_job *j = arg;
	size_t i;

	/* The parse's leftovers (keyword texts, list nodes) go to a scratch
	 * arena, emptied after each file: the graph keeps only a compact copy.
	 * Where the texts are not kept, each is read into one buffer, reused. */
	struct arena *tmp = arena_new();
	char *text = NULL;
	size_t cap = 0;

	for (i = j->lo; i < j->hi; i++) {
		const char *err;
		struct srcfile *src;
		struct migfile *f;

		if (j->names[i].regular && !j->keep_texts)
			src = srcfile_load_reusing(j->names[i].path, j->arena, &text, &cap, &err);
		else if (j->names[i].regular)
			src = srcfile_load_listed_in(j->names[i].path, j->arena, j->store, &err);
		else
			src = srcfile_load(j->names[i].path, j->keep_texts ? j->store : NULL, &err);
		if (!src) {
			diag_plain(&j->d, DIAG_SEV_ERROR, DIAG_IO, "cannot read '%s': %s",
				   j->names[i].path, err);
			continue;
		}
		j->srcs[i] = src;
		/* Output names the file from its folder down (versions/x.mig),
		 * so the SQL is the same wherever the project lives. */
		src->label = file_label(src->path);
		f = parse_file(tmp, src, PARSE_HEADER, &j->d);
		if (f)
			j->files[i] = ir_copy_header(j->arena, f);
		arena_reset(tmp);
		if (!j->keep_texts)	/* read again if a message needs it */
			srcfile_unload(src);
	}
	arena_free(tmp);
	free(text);
	return NULL;
}

bool scriptdir_open(struct scriptdir *sd, const char *script_location,
		    char *const *locations, size_t nlocations, bool keep_texts, struct diag *d)
{
	struct named *names = NULL;
	size_t nnames = 0, cap = 0, i, k, njobs = 1;
	struct header_job jobs[2];
	struct srcfile **srcs;
	struct migfile **files;
	pthread_t second;
	bool ok = true;

	memset(sd, 0, sizeof(*sd));
	sd->arena = arena_new();
	sd->versions = nlocations ? xstrdup(locations[0])
				  : scriptdir_versions_path(script_location);
	if (!nlocations && !list_folder(sd->versions, &names, &nnames, &cap, sd->arena, &ok, d)) {
		free(names);	/* empty: the folder could not be opened */
		return false;
	}
	for (i = 0; i < nlocations; i++)
		if (!list_folder(locations[i], &names, &nnames, &cap, sd->arena, &ok, d)) {
			free(names);
			return false;
		}
	sort_named(names, nnames);

	/* Two halves, two threads, where there are processors and files
	 * enough: opening and reading is much of the work.  Each half has its
	 * own store, arena and messages; the first half's messages come first,
	 * so they read as if one thread had gone through the files in order. */
	srcs = xcalloc(nnames ? nnames : 1, sizeof(*srcs));
	files = xcalloc(nnames ? nnames : 1, sizeof(*files));
	for (k = 0; k < 2; k++) {
		memset(&jobs[k], 0, sizeof(jobs[k]));
		jobs[k].names = names;
		jobs[k].keep_texts = keep_texts;
		jobs[k].srcs = srcs;
		jobs[k].files = files;
		jobs[k].d.mute_warnings = d->mute_warnings;
		jobs[k].store = keep_texts ? textstore_new() : NULL;
	}
	jobs[0].arena = sd->arena;
	jobs[0].hi = nnames;
	if (nnames >= 64 && util_processors() > 1) {
		jobs[0].hi = jobs[1].lo = nnames / 2;
		jobs[1].hi = nnames;
		jobs[1].arena = sd->arena2 = arena_new();
		if (pthread_create(&second, NULL, read_headers, &jobs[1]) == 0)
			njobs = 2;
		else
			jobs[0].hi = nnames;	/* no thread: all of it here */
	}
	read_headers(&jobs[0]);
	if (njobs == 2)
		pthread_join(second, NULL);
	for (k = 0; k < 2; k++) {
		sd->store[k] = jobs[k].store;
		diag_move(d, &jobs[k].d);
	}

	sd->files = ARENA_ARRAY(sd->arena, struct migfile *, nnames ? nnames : 1);
	for (i = 0; i < nnames; i++) {
		if (srcs[i]) {
			XGROW(sd->srcs, sd->cap, sd->nsrcs + 1);
			sd->srcs[sd->nsrcs++] = srcs[i];
		}
		if (files[i])
			sd->files[sd->nfiles++] = files[i];
		else
			ok = false;
	}
	free(names);
	free(srcs);
	free(files);
	if (!ok)
		return false;
	sd->graph = revgraph_build(sd->arena, sd->files, sd->nfiles, d);
	return sd->graph != NULL;
}

struct migfile *scriptdir_load(struct scriptdir *sd, const struct revision *r,
			       struct arena *a, struct diag *d)
{
	(void)sd;
	return parse_file(a, r->file->src, PARSE_REVISION, d);
}

/* ---- parsing ahead ----
 *
 * A command that goes through many revisions in order (upgrade, verify)
 * spends about half its time parsing them and half checking and lowering
 * them.  A second thread parses the next few revisions meanwhile, each into
 * an arena and a message list of its own; the caller takes them in order,
 * so the output and the messages are what a single thread would give.  The
 * parser thread also lets each text go once it is parsed (an op's line is
 * in the IR; a message that needs the text reads it again), so that the
 * text store, which moves texts when it compacts, is only ever touched by
 * one thread.  A file the caller's message quotes may be the one being
 * parsed (a plan goes through a revision up and then down): while the
 * second thread runs, every revision's file is held by textmu (see
 * srcfile_hold) by whichever thread reads, loads or unloads its text. */

enum { PREFETCH_DEPTH = 8 };

struct prefetch_slot {
	struct arena *arena;
	struct migfile *f;
	struct diag d;
};

struct prefetch {
	struct revision *const *revs;
	size_t n;
	bool mute_warnings;
	bool threaded;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_mutex_t textmu;		/* recursive: the files' lock */
	pthread_cond_t cv;
	size_t made, taken;	/* revisions parsed; handed out (under mu) */
	bool stop;
	struct prefetch_slot slot[PREFETCH_DEPTH];
};

static void parse_into(struct prefetch *pf, size_t k, struct prefetch_slot *s)
{
	struct srcfile *src = pf->revs[k]->file->src;

	s->arena = arena_new();
	memset(&s->d, 0, sizeof(s->d));
	s->d.mute_warnings = pf->mute_warnings;
	srcfile_hold(src);
	s->f = parse_file(s->arena, src, PARSE_REVISION, &s->d);
	srcfile_unload(src);
	srcfile_let_go(src);
}

/* Every revision's file shares textmu (NULL: the thread is gone). */
static void prefetch_share(struct prefetch *pf, pthread_mutex_t *lock)
{
	size_t k;

	for (k = 0; k < pf->n; k++)
		pf->revs[k]->file->src->lock = lock;
}

static bool recursive_mutex_init(pthread_mutex_t *mu)
{
	pthread_mutexattr_t at;
	bool ok;

	if (pthread_mutexattr_init(&at) != 0)
		return false;
	ok = pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE) == 0 &&
	     pthread_mutex_init(mu, &at) == 0;
	pthread_mutexattr_destroy(&at);
	return ok;
}

static void *prefetch_main(void *arg)
{
	struct prefetch *pf = arg;
	size_t k;

	for (k = 0; k < pf->n; k++) {
		bool stop;
		pthread_mutex_lock(&pf->mu);
		while (pf->made - pf->taken == PREFETCH_DEPTH && !pf->stop)
			pthread_cond_wait(&pf->cv, &pf->mu);
		stop = pf->stop;
		pthread_mutex_unlock(&pf->mu);
		if (stop)
			break;
		parse_into(pf, k, &pf->slot[k % PREFETCH_DEPTH]);
		pthread_mutex_lock(&pf->mu);
		pf->made++;
		pthread_cond_broadcast(&pf->cv);
		pthread_mutex_unlock(&pf->mu);
	}
	return NULL;
}

struct prefetch *scriptdir_prefetch(struct scriptdir *sd, struct revision *const *revs,
				    size_t n, bool mute_warnings)
{
	struct prefetch *pf = xcalloc(1, sizeof(*pf));

	(void)sd;
	pf->revs = revs;
	pf->n = n;
	pf->mute_warnings = mute_warnings;
	/* One processor: a second thread would only take turns with us. */
	if (n > 1 && util_processors() > 1 && recursive_mutex_init(&pf->textmu)) {
		if (pthread_mutex_init(&pf->mu, NULL) != 0) {
			pthread_mutex_destroy(&pf->textmu);
		} else if (pthread_cond_init(&pf->cv, NULL) != 0) {
			pthread_mutex_destroy(&pf->mu);
			pthread_mutex_destroy(&pf->textmu);
		} else {
			prefetch_share(pf, &pf->textmu);
			if (pthread_create(&pf->thread, NULL, prefetch_main, pf) != 0) {
				prefetch_share(pf, NULL);
				pthread_cond_destroy(&pf->cv);
				pthread_mutex_destroy(&pf->mu);
				pthread_mutex_destroy(&pf->textmu);
			} else {
				pf->threaded = true;
			}
		}
	}
	return pf;
}

struct migfile *prefetch_next(struct prefetch *pf, struct arena **arena, struct diag *d)
{
	struct prefetch_slot *s = &pf->slot[pf->taken % PREFETCH_DEPTH];
	struct migfile *f;

	if (!pf->threaded) {
		parse_into(pf, pf->taken, s);
	} else {
		pthread_mutex_lock(&pf->mu);
		while (pf->made == pf->taken)
			pthread_cond_wait(&pf->cv, &pf->mu);
		pthread_mutex_unlock(&pf->mu);
	}
	*arena = s->arena;
	f = s->f;
	diag_move(d, &s->d);
	if (pf->threaded) {
		pthread_mutex_lock(&pf->mu);
		pf->taken++;
		pthread_cond_broadcast(&pf->cv);
		pthread_mutex_unlock(&pf->mu);
	} else {
		pf->taken++;
	}
	return f;
}

void prefetch_end(struct prefetch *pf)
{
	if (!pf)
		return;
	if (pf->threaded) {
		pthread_mutex_lock(&pf->mu);
		pf->stop = true;
		pthread_cond_broadcast(&pf->cv);
		pthread_mutex_unlock(&pf->mu);
		pthread_join(pf->thread, NULL);
		prefetch_share(pf, NULL);
		pthread_cond_destroy(&pf->cv);
		pthread_mutex_destroy(&pf->mu);
		pthread_mutex_destroy(&pf->textmu);
	}
	/* parsed but never taken (the caller stopped early) */
	for (; pf->taken < pf->made; pf->taken++) {
		struct prefetch_slot *s = &pf->slot[pf->taken % PREFETCH_DEPTH];
		arena_free(s->arena);
		diag_release(&s->d);
	}
	free(pf);
}

void scriptdir_close(struct scriptdir *sd)
{
	size_t i;

	if (sd->graph)
		revgraph_free(sd->graph);
	textstore_free(sd->store[0]);	/* first: they clear the files' text pointers */
	textstore_free(sd->store[1]);
	for (i = 0; i < sd->nsrcs; i++)
		srcfile_free(sd->srcs[i]);
	free(sd->srcs);
	free(sd->versions);
	arena_free(sd->arena);
	arena_free(sd->arena2);
	memset(sd, 0, sizeof(*sd));
}
