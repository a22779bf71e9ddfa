/* A source file read whole into memory.  Tokens and spans are byte offsets
 * into it; line and column are worked out only when a message is printed
 * (jq's locfile), so the lexer never counts lines. */
#ifndef RETORT_SRCFILE_H
#define RETORT_SRCFILE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct span {
	uint32_t start, end;	/* [start, end) bytes */
};

struct srcfile {
	char *path;	/* as the user should see it: relative where given so */
	const char *label;	/* for "-- file:line" in output: never absolute;
				 * NULL means path */
	char *text;	/* NUL-terminated copy; may contain NULs before len;
			 * NULL while unloaded (see srcfile_unload) */
	size_t len;
	size_t *lines;	/* lazily built: offset of each line start */
	size_t nlines;
	size_t cursor_off;	/* srcfile_line_no's last answer: */
	unsigned cursor_line;	/* the line at cursor_off; 0: not yet */
	bool from_disk;	/* srcfile_load made it: it can be unloaded */
	bool borrowed;	/* text is the buffer of srcfile_load_reusing's
			 * caller, not the file's to free */
	bool in_arena;	/* it and its path are an arena's */
	struct textstore *store;	/* where text lives; NULL: malloc'd */
	pthread_mutex_t *lock;	/* while two threads share the file (a
				 * recursive mutex, see srcfile_hold); NULL
				 * while one thread has it */
};

/* Spans are 32-bit and the scanner takes an int: no source may be larger
 * than this, and no real migration comes near it. */
#define SRCFILE_MAX ((size_t)256 << 20)

/* Texts of many files, in chunks that are compacted as texts are unloaded
 * (see srcfile.c).  Freeing the store frees the texts still in it.
 *
 * One thread at a time: a store has no lock, and unloading one of its
 * files may move every other text it holds (and rewrite those files'
 * `text`).  So while one thread loads into a store, unloads from it or
 * frees it, no other thread may do any of these or read a text the store
 * holds.  scriptdir.c keeps to this: each thread that reads headers has a
 * store of its own, and once revisions are parsed ahead, the thread that
 * parses them is the one that unloads. */
struct textstore;
struct textstore *textstore_new(void);
void textstore_free(struct textstore *ts);

/* Returns NULL and sets *err (static text) when the file can't be read.
 * The text goes into ts when it is not NULL. */
struct srcfile *srcfile_load(const char *path, struct textstore *ts, const char **err);
/* The same, for a path a folder's listing said is a regular file (its
 * d_type): no fstat, the read itself telling the size (tens of thousands
 * of revision files are read so).  Should it be something else by now, the
 * read fails and says so. */
struct srcfile *srcfile_load_listed(const char *path, struct textstore *ts, const char **err);
/* For files read one after another, each let go before the next (the
 * headers of a project, tens of thousands of them): srcfile_load_listed,
 * but the srcfile is made in arena a and keeps path as it is (it must
 * live as long as a: no copy), and the text is read into *buf (of *cap
 * bytes, grown as needed; the caller's, freed by the caller) instead of a
 * block of its own.  A block a file, freed after its header was read, left
 * holes the small blocks kept for the graph then split, and the heap grew
 * by a text's size a file: a page fault every few files, each costing
 * more than reading the file.  The srcfile does not own the text:
 * srcfile_unload it before buf is used again (it then only forgets it;
 * whatever needs the text later reads the file again, as after any
 * unload).  srcfile_free frees only what it owns; a's memory goes with a. */
struct arena;
struct srcfile *srcfile_load_reusing(const char *path, struct arena *a, char **buf, size_t *cap,
				     const char **err);
/* srcfile_load_listed, the srcfile made in arena a and keeping path as it
 * is (no copy; it must live as long as a): for the texts a command keeps. */
struct srcfile *srcfile_load_listed_in(const char *path, struct arena *a, struct textstore *ts,
				       const char **err);
struct srcfile *srcfile_from_string(const char *path, const char *text, size_t len);
void srcfile_free(struct srcfile *sf);
/* Frees the text of a file loaded from disk (a big project need not hold
 * every revision at once); srcfile_ensure, and every function here that
 * needs the text, reads it again. */
void srcfile_unload(struct srcfile *sf);
/* Loads the text again if it was unloaded; false (and an empty text) if
 * the file can no longer be read. */
bool srcfile_ensure(struct srcfile *sf);

/* A file two threads share (scriptdir's parsing ahead parses a revision
 * while the other thread's message may quote the same file) is held by
 * whoever reads, loads or unloads its text, for as long as it uses the
 * text or a pointer into it: the functions below hold it themselves, and
 * a caller of srcfile_line holds it until done with the line.  Nothing
 * when sf->lock is NULL. */
void srcfile_hold(struct srcfile *sf);
void srcfile_let_go(struct srcfile *sf);

/* Where the text first stops being UTF-8 without NULs (a byte order mark
 * at the start is allowed), *nul saying whether it is a NUL there;
 * SIZE_MAX when it never does.  The lexers assume what this checks. */
size_t srcfile_bad_byte(struct srcfile *sf, bool *nul);
/* Length of the valid UTF-8 sequence at s (of n bytes), or 0. */
size_t srcfile_utf8_len(const unsigned char *s, size_t n);

/* 1-based line; 1-based column counted in characters (UTF-8 aware). */
void srcfile_linecol(struct srcfile *sf, size_t off, unsigned *line, unsigned *col);
/* The 1-based line of off alone, counted on from the previous call's
 * answer when off is not before it: the output's "-- file:line" labels ask
 * for every op in order, and a line table per file would cost more. */
unsigned srcfile_line_no(struct srcfile *sf, size_t off);
/* The line containing off, without its newline. */
const char *srcfile_line(struct srcfile *sf, size_t off, size_t *len);

static inline struct span span_make(uint32_t s, uint32_t e)
{
	struct span sp = { s, e };
	return sp;
}

#endif
