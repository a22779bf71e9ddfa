/* Allocation wrappers that never return NULL: running out of memory in a
 * compiler is not a condition worth threading through every caller, so we
 * abort with a message instead (as git and jq do). */
#ifndef RETORT_UTIL_H
#define RETORT_UTIL_H

#include <stdbool.h>
#include <time.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <sys/types.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grows p (an array of elem-size items with capacity *cap) to hold need;
 * returns the (possibly moved) array.  The macro assigns it back, so no
 * T ** is ever read through a void **. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);
#define XGROW(arr, cap, need) ((arr) = xgrow((arr), &(cap), (need), sizeof(*(arr))))

/* Processors this process may run on (its affinity mask where the system
 * tells it, else those online); at least 1. */
unsigned util_processors(void);

/* FNV-1a of a string: short keys, no seed needed (map keys from the
 * user's own files, lock names). */
uint64_t util_hash(const char *s);

/* c with an ASCII capital made small: how the word lists spell a byte. */
static inline unsigned char util_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* Whether the len bytes at w are, in any ASCII case, one of the n sorted
 * lower-case words of v (a binary search). */
bool util_word_in(const char *const *v, size_t n, const char *w, size_t len);

/* How many of s's first characters are a name's: letters, digits and _
 * (-x KEY, ${x.KEY}). */
size_t util_name_span(const char *s);

/* Whether s is all letters, digits, '_', '-' and '.' (a revision id's and
 * a revision file name's characters); "" is.  A table, not strspn: every
 * file's name and id pass through it. */
bool util_file_chars_ok(const char *s);

/* The value of -x KEY=VALUE among the n of xargs for the len bytes of key
 * (the last one given), or NULL. */
const char *util_xarg(const char *const *xargs, size_t n, const char *key, size_t len);

/* The next item of a list written with commas or blanks between ("a, b
 * c"): its start, its length in *len; NULL at the end.  *s moves past it. */
const char *util_list_next(const char **s, size_t *len);

/* Whether s[0..n) is a number as SQL writes one: -12, 3.5, .5, 1e-3. */
bool util_is_number(const char *s, size_t n);
/* The value of a hexadecimal digit, or -1. */
int util_hex_digit(char c);
/* The UTF-8 bytes of code point cp (at most 0x10FFFF) into out; how many. */
size_t util_utf8_encode(unsigned long cp, char out[4]);

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define ATTR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define ATTR_NORETURN __attribute__((noreturn))
#else
#define ATTR_PRINTF(f, a)
#define ATTR_NORETURN
#endif

/* Says "out of memory" and aborts: for memory got other ways (mmap). */
ATTR_NORETURN void die_oom(size_t n);

/* A path that cannot be taken: after a switch that returns in the case of
 * every value of its enum, or a lookup an earlier step made sure of.  It
 * says where and aborts, instead of a quiet false that a caller would take
 * for a reported failure. */
#define UNREACHABLE() util_unreachable(__FILE__, __LINE__, __func__)
ATTR_NORETURN void util_unreachable(const char *file, int line, const char *func);

struct sbuf;
/* text, appended to out with every occurrence of each of the n strings in
 * secret replaced by mask (the longest first where two start alike). */
void util_hide(struct sbuf *out, const char *text, const char *const *secret, size_t n,
	       const char *mask);

/* Levenshtein distance between a and b, or max + 1 once it must exceed
 * max: what "did you mean" suggestions measure. */
size_t util_edit_distance(const char *a, const char *b, size_t max);

/* value, a list of folders as Alembic's version_locations holds them, cut
 * by version_path_separator (NULL: Alembic's old rule, a space or a comma;
 * "os", "space", "newline", ";" or ":"), blanks around each taken off.
 * false for a separator Alembic does not know.  The caller frees each. */
bool util_split_paths(const char *value, const char *separator, char ***out, size_t *n);

/* Whether two paths name one folder: the same real path where both are
 * there, else the same text. */
bool util_same_folder(const char *a, const char *b);

/* The path from the folder `from` to `to` ("../m", "" for the same), both
 * resolved (they must be there); NULL when one is not. */
char *util_relative_path(const char *from, const char *to);

/* p as an absolute path without . or .. or links (it must be there);
 * NULL when it is not.  The caller frees it. */
char *util_real_path(const char *p);

/* s cut into words as Python's shlex.split cuts a command line: at
 * blanks, with '...' kept whole, "..." whole but for \" and \\, and \
 * taking the next character as it is outside quotes.  false for a quote
 * left open.  The caller frees each word and the array. */
bool util_split_words(const char *s, char ***out, size_t *n);

/* The time t on the wall clock of zone, a tz database name ("UTC",
 * "Europe/Paris"; NULL: the local zone), into *tm, with its offset from
 * UTC in seconds; false when the zone is not one the system has.  (It
 * sets TZ for the call, as C has no other way to name a zone.) */
bool util_zone_time(time_t t, const char *zone, struct tm *tm, long *offset);

/* size bytes (a multiple of UTIL_HUGE_PAGE) of zeroed memory mapped at a
 * multiple of UTIL_HUGE_PAGE and advised for the kernel's huge pages, so
 * that it costs one page fault for each 2 MiB touched instead of 512 (a
 * fault can cost more than reading a revision file); munmap frees it.
 * NULL where it cannot be had. */
#define UTIL_HUGE_PAGE ((size_t)2 << 20)	/* x86-64's and arm64's */
void *util_map_huge(size_t size);

/* A file written whole or not at all (-o, the importer): util_atomic_open
 * makes a temporary file in the folder of path (of the file a symbolic
 * link names), and util_atomic_commit renames it over that file once all
 * is written and flushed to disk, with the mode the file had (a new one:
 * 0666 less the umask); util_atomic_abandon removes it.  A failed run
 * leaves the file as it was.  Where path is a device or a pipe
 * (/dev/null, /dev/stdout) there is nothing to replace: it is written
 * straight.  false (errno set) when path is a folder, a link to nothing,
 * or the temporary file cannot be made. */
struct util_atomic {
	FILE *f;
	char *tmp;	/* NULL: written straight */
	char *dest;	/* what the rename replaces */
	dev_t dev;	/* the file system of tmp, once closed */
};
bool util_atomic_open(struct util_atomic *a, const char *path);
/* false (errno set) when a write, the flush or the rename failed: then
 * nothing is left behind either. */
bool util_atomic_commit(struct util_atomic *a);
void util_atomic_abandon(struct util_atomic *a);

/* Many files committed at once (the importer's thousands), for the cost of
 * one flush to disk instead of one each: util_atomic_close writes out a
 * file's buffer but neither flushes it to disk nor renames it, and keeps
 * it open (false, errno set, and nothing left behind, when a write
 * failed); util_atomic_commit_all then makes v[0..n) durable with one
 * syncfs of each file system, through the descriptor of its first file
 * (on Linux; elsewhere an fsync of each), closes them and renames each
 * over its file, in order.  A batch holds n descriptors open at once.  So no file is replaced before
 * every new one is on disk.  *failed is the index of the file that failed
 * (n when none did; errno set): it and those after it are removed, those
 * before it are in place.  Either way every v[i] is released. */
bool util_atomic_close(struct util_atomic *a);
bool util_atomic_commit_all(struct util_atomic *v, size_t n, size_t *failed);

/* The SHA-256 of n bytes at data, as 64 lower-case hex digits and a NUL. */
void util_sha256_hex(const void *data, size_t n, char hex[65]);

struct sbuf;
/* Loads the shared library soname (once; it stays loaded) and stores the
 * address of each of the n symbols names[i] through slots[i].  A database
 * driver's client library is loaded so, when a URL first needs it: linked
 * at start, libpq and libmariadb (and the TLS, Kerberos and LDAP libraries
 * they bring) cost every command, offline ones too, milliseconds and
 * megabytes.  False, with what went wrong in err (what dlerror says, no
 * URL), when the library or a symbol is missing; no slot is then set. */
bool util_load_library(const char *soname, const char *const *names, void **const *slots,
		       size_t n, struct sbuf *err);

#endif
