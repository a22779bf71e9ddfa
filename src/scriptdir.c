/* Loading versions/: list, read, parse, build the graph.  Files are taken
 * in name order so that every message and every tie is deterministic. */
#include "scriptdir.h"
#include "arena.h"
#include "parse.h"
#include "sbuf.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
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

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_revision_file(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".mig") == 0;
}

bool scriptdir_name_ok(const char *name)
{
	return strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789_-.") == strlen(name);
}

bool scriptdir_open(struct scriptdir *sd, const char *script_location, bool keep_texts,
		    struct diag *d)
{
	DIR *dir;
	struct dirent *de;
	char **names = NULL;
	size_t nnames = 0, cap = 0, i;
	bool ok = true;

	memset(sd, 0, sizeof(*sd));
	sd->arena = arena_new();
	sd->store = textstore_new();
	sd->versions = scriptdir_versions_path(script_location);
	dir = opendir(sd->versions);
	if (!dir) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot open '%s': %s (is "
			   "script_location right? 'retort init DIR' makes one)", sd->versions,
			   strerror(errno));
		return false;
	}
	while ((de = readdir(dir)) != NULL) {
		if (!is_revision_file(de->d_name))
			continue;
		if (!scriptdir_name_ok(de->d_name)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "revision file name in '%s' has "
				   "characters other than letters, digits, '_', '-' and '.'",
				   sd->versions);
			ok = false;
			continue;
		}
		XGROW(names, cap, nnames + 1);
		names[nnames++] = xstrdup(de->d_name);
	}
	closedir(dir);
	if (nnames)
		qsort(names, nnames, sizeof(*names), name_cmp);

	sd->files = ARENA_ARRAY(sd->arena, struct migfile *, nnames ? nnames : 1);
	for (i = 0; i < nnames; i++) {
		struct sbuf path = SBUF_INIT;
		const char *err;
		struct srcfile *src;
		struct migfile *f;

		sbuf_addf(&path, "%s/%s", sd->versions, names[i]);
		src = srcfile_load(sbuf_str(&path), sd->store, &err);
		if (!src) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read '%s': %s",
				   sbuf_str(&path), err);
			ok = false;
		} else {
			XGROW(sd->srcs, sd->cap, sd->nsrcs + 1);
			sd->srcs[sd->nsrcs++] = src;
			/* Output names the file from the script location down, so
			 * the SQL is the same wherever the project lives. */
			src->label = src->path + strlen(src->path) - strlen(names[i]) -
				     strlen("versions/");
			/* The parse's leftovers (keyword texts, list nodes)
			 * go with the scratch arena: the graph keeps only
			 * a compact copy of the header. */
			struct arena *tmp = arena_new();
			f = parse_file(tmp, src, PARSE_HEADER, d);
			if (f)
				sd->files[sd->nfiles++] = ir_copy_header(sd->arena, f);
			else
				ok = false;
			arena_free(tmp);
		}
		sbuf_release(&path);
		free(names[i]);
	}
	free(names);
	if (!keep_texts) {	/* read again if a message needs one */
		textstore_free(sd->store);
		sd->store = NULL;
	}
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

void scriptdir_done(struct scriptdir *sd, const struct revision *r)
{
	(void)sd;
	srcfile_unload(r->file->src);
}

void scriptdir_close(struct scriptdir *sd)
{
	size_t i;

	if (sd->graph)
		revgraph_free(sd->graph);
	textstore_free(sd->store);	/* first: it clears the files' text pointers */
	for (i = 0; i < sd->nsrcs; i++)
		srcfile_free(sd->srcs[i]);
	free(sd->srcs);
	free(sd->versions);
	arena_free(sd->arena);
	memset(sd, 0, sizeof(*sd));
}
