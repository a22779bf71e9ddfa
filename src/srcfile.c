/* Whole-file reading (into a compacting store, for a project's revisions)
 * and offset -> line/column mapping for diagnostics. */
/* MAP_ANONYMOUS: in POSIX only since 2024, and in every libc for longer. */
#define _DEFAULT_SOURCE
#include "srcfile.h"
#include "arena.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct srcfile *srcfile_from_string(const char *path, const char *text, size_t len)
{
	struct srcfile *sf = xcalloc(1, sizeof(*sf));

	sf->path = xstrdup(path);
	sf->text = xmalloc(len + 1);
	memcpy(sf->text, text, len);
	sf->text[len] = '\0';
	sf->len = len;
	return sf;
}

/* ---- the text store ----
 *
 * A project's revision texts are all read before the graph is known, then
 * used one by one in the graph's order, which has nothing to do with the
 * order they were read in.  Were each text its own malloc block, freeing
 * them in that order would leave holes the allocator keeps, and a big
 * project would hold its whole input until the end.  So they live in
 * chunks mapped for them, in the order they were read, and when more than
 * a third of what the chunks hold is dead text, the live texts slide down
 * over the dead ones (in place: every page stays the one already touched)
 * and the chunks left empty at the end go back to the system.  A
 * compaction moves at most twice the bytes freed since the last one, so
 * the moving stays linear in the input.  A chunk is a huge page (see
 * util_map_huge): the texts of ten thousand revisions took 3,000 page
 * faults in 4 KiB pages, a sixth of the time of `upgrade`. */

#define TEXT_CHUNK UTIL_HUGE_PAGE

struct tchunk {
	size_t size, used;	/* size: the mapping, this header included */
};

struct textstore {
	struct tchunk **chunks;	/* oldest first; texts fill the last */
	size_t nchunks, capchunks;
	size_t live, held;	/* bytes of live text; bytes in the chunks */
	struct srcfile **files;	/* whose text may be here, in address order */
	size_t nfiles, cap;
};

struct textstore *textstore_new(void)
{
	return xcalloc(1, sizeof(struct textstore));
}

void textstore_free(struct textstore *ts)
{
	size_t i;

	if (!ts)
		return;
	for (i = 0; i < ts->nfiles; i++)
		if (ts->files[i]->store == ts) {
			ts->files[i]->text = NULL;
			ts->files[i]->store = NULL;
		}
	for (i = 0; i < ts->nchunks; i++)
		munmap(ts->chunks[i], ts->chunks[i]->size);
	free(ts->chunks);
	free(ts->files);
	free(ts);
}

static char *store_take(struct textstore *ts, size_t n)
{
	struct tchunk *c = ts->nchunks ? ts->chunks[ts->nchunks - 1] : NULL;
	char *p;

	if (!c || c->size - c->used < n) {
		size_t size = (sizeof(struct tchunk) + n + TEXT_CHUNK - 1) / TEXT_CHUNK * TEXT_CHUNK;
		void *m = util_map_huge(size);
		if (!m && (m = mmap(NULL, size, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)) == MAP_FAILED)
			die_oom(size);
		c = m;
		c->size = size;
		c->used = sizeof(struct tchunk);
		XGROW(ts->chunks, ts->capchunks, ts->nchunks + 1);
		ts->chunks[ts->nchunks++] = c;
		ts->held += size;
	}
	p = (char *)c + c->used;
	c->used += n;
	return p;
}

/* Slides every live text down to the lowest place it fits, in address
 * order, so a text never lands on one not yet moved. */
static void store_compact(struct textstore *ts)
{
	size_t i, kept = 0, at = 0, k;
	struct tchunk *dst = ts->chunks[0];

	dst->used = sizeof(struct tchunk);
	for (i = 0; i < ts->nfiles; i++) {
		struct srcfile *sf = ts->files[i];
		size_t n;
		if (sf->store != ts || !sf->text)
			continue;
		n = sf->len + 1;
		while (dst->size - dst->used < n) {
			dst = ts->chunks[++at];
			dst->used = sizeof(struct tchunk);
		}
		memmove((char *)dst + dst->used, sf->text, n);
		sf->text = (char *)dst + dst->used;
		dst->used += n;
		ts->files[kept++] = sf;
	}
	ts->nfiles = kept;
	for (k = at + 1; k < ts->nchunks; k++) {
		ts->held -= ts->chunks[k]->size;
		munmap(ts->chunks[k], ts->chunks[k]->size);
	}
	ts->nchunks = at + 1;
}

static void store_release(struct textstore *ts, struct srcfile *sf)
{
	ts->live -= sf->len + 1;
	sf->text = NULL;
	sf->store = NULL;
	if (ts->held - ts->live > ts->live / 2 && ts->held - ts->live > TEXT_CHUNK)
		store_compact(ts);
}

/* ---- reading ---- */

/* Reads up to n bytes; fewer only at the end of the file. */
static ssize_t read_full(int fd, char *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/* A listed file smaller than this is read into the stack first, its size
 * being what the read returned; a bigger one takes the fstat way. */
#define LISTED_READ 16384

/* A listed file's text read into the caller's reused buffer (*buf, *cap
 * bytes, grown as needed), NUL-terminated; its length, or -1 (errno set,
 * or *err for a file too large). */
static ssize_t read_reusing(int fd, char **buf, size_t *cap, const char **err)
{
	size_t len = 0;
	ssize_t n;

	if (*cap < LISTED_READ)
		XGROW(*buf, *cap, LISTED_READ);
	for (;;) {
		n = read_full(fd, *buf + len, *cap - len);
		if (n < 0)
			return -1;
		len += (size_t)n;
		if (len < *cap)
			break;
		if (len > SRCFILE_MAX) {
			*err = "file too large (the limit is 256 MiB)";
			return -1;
		}
		XGROW(*buf, *cap, len + 65536);
	}
	if (len > SRCFILE_MAX) {
		*err = "file too large (the limit is 256 MiB)";
		return -1;
	}
	(*buf)[len] = '\0';
	return (ssize_t)len;
}

/* a: where the srcfile is made, keeping path as it is; NULL: malloc'd,
 * with a copy of path */
static struct srcfile *load(const char *path, struct textstore *ts, bool listed, struct arena *a,
			    const char **err)
{
	/* O_NONBLOCK: a FIFO or device would block open() until a writer
	 * came; it is refused below (on a regular file the flag does nothing) */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct srcfile *sf;
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	ssize_t n;
	bool stored = false;

	if (fd < 0) {
		*err = strerror(errno);
		return NULL;
	}
	if (listed) {
		char first[LISTED_READ];
		n = read_full(fd, first, sizeof(first));
		if (n < 0)
			goto fail;
		if ((size_t)n < sizeof(first)) {	/* all of it: no fstat */
			len = (size_t)n;
			cap = len + 1;
			stored = ts != NULL;
			buf = stored ? store_take(ts, cap) : xmalloc(cap);
			memcpy(buf, first, len);
			goto read;
		}
		if (lseek(fd, 0, SEEK_SET) != 0)
			goto fail;
	}
	if (fstat(fd, &st) != 0) {
		*err = strerror(errno);
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? "a folder, not a file"
					   : "not a regular file (a pipe, socket or device is not read)";
		close(fd);
		return NULL;
	}
	/* The size from that fstat, so that tens of thousands of small files
	 * each cost one read into a buffer of the right size; a file that
	 * grows meanwhile goes the long way. */
	if ((size_t)st.st_size <= SRCFILE_MAX) {
		cap = (size_t)st.st_size + 1;
		stored = ts != NULL;
		buf = stored ? store_take(ts, cap) : xmalloc(cap);
		n = read_full(fd, buf, cap);
		if (n < 0)
			goto fail;
		len = (size_t)n;
		if (len == cap) {	/* it grew: on to a buffer of our own */
			char *own = xmalloc(cap);
			memcpy(own, buf, len);
			if (stored)
				stored = false;	/* the store's copy is dead text */
			else
				free(buf);
			buf = own;
		}
	}
	if (!buf || len == cap) {
		for (;;) {
			if (len > SRCFILE_MAX) {
				close(fd);
				free(buf);
				*err = "file too large (the limit is 256 MiB)";
				return NULL;
			}
			if (len == cap)
				XGROW(buf, cap, len + 65536);
			n = read_full(fd, buf + len, cap - len);
			if (n < 0)
				goto fail;
			len += (size_t)n;
			if (len < cap)
				break;
		}
	}
read:
	close(fd);
	sf = a ? ARENA_NEW(a, struct srcfile) : xcalloc(1, sizeof(*sf));
	sf->path = a ? (char *)path : xstrdup(path);
	sf->in_arena = a != NULL;
	sf->from_disk = true;
	buf[len] = '\0';
	sf->text = buf;
	sf->len = len;
	if (stored) {
		sf->store = ts;
		ts->live += len + 1;
		XGROW(ts->files, ts->cap, ts->nfiles + 1);
		ts->files[ts->nfiles++] = sf;
	}
	return sf;
fail:
	*err = strerror(errno);
	close(fd);
	if (!stored)
		free(buf);
	return NULL;
}

struct srcfile *srcfile_load(const char *path, struct textstore *ts, const char **err)
{
	return load(path, ts, false, NULL, err);
}

struct srcfile *srcfile_load_listed(const char *path, struct textstore *ts, const char **err)
{
	return load(path, ts, true, NULL, err);
}

struct srcfile *srcfile_load_listed_in(const char *path, struct arena *a, struct textstore *ts,
				       const char **err)
{
	return load(path, ts, true, a, err);
}

struct srcfile *srcfile_load_reusing(const char *path, struct arena *a, char **buf, size_t *cap,
				     const char **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct srcfile *sf;
	ssize_t n;

	if (fd < 0) {
		*err = strerror(errno);
		return NULL;
	}
	*err = NULL;
	n = read_reusing(fd, buf, cap, err);
	if (n < 0 && !*err)
		*err = strerror(errno);
	close(fd);
	if (n < 0)
		return NULL;
	sf = ARENA_NEW(a, struct srcfile);
	sf->path = (char *)path;
	sf->from_disk = true;
	sf->borrowed = true;
	sf->in_arena = true;
	sf->text = *buf;
	sf->len = (size_t)n;
	return sf;
}

void srcfile_free(struct srcfile *sf)
{
	if (!sf)
		return;
	if (!sf->store && !sf->borrowed)
		free(sf->text);
	free(sf->lines);
	if (!sf->in_arena) {
		free(sf->path);
		free(sf);
	}
}

void srcfile_hold(struct srcfile *sf)
{
	if (sf->lock)
		pthread_mutex_lock(sf->lock);
}

void srcfile_let_go(struct srcfile *sf)
{
	if (sf->lock)
		pthread_mutex_unlock(sf->lock);
}

void srcfile_unload(struct srcfile *sf)
{
	srcfile_hold(sf);
	if (!sf->from_disk || !sf->text) {
		srcfile_let_go(sf);
		return;
	}
	if (sf->store)
		store_release(sf->store, sf);
	else if (!sf->borrowed)
		free(sf->text);
	sf->borrowed = false;	/* read again, the text is its own */
	free(sf->lines);
	sf->text = NULL;
	sf->lines = NULL;
	sf->nlines = 0;
	sf->cursor_off = 0;
	sf->cursor_line = 1;
	srcfile_let_go(sf);
}

bool srcfile_ensure(struct srcfile *sf)
{
	struct srcfile *again;
	const char *err;
	bool ok = true;

	srcfile_hold(sf);
	if (sf->text)
		goto out;
	again = srcfile_load(sf->path, NULL, &err);
	if (!again) {
		sf->text = xcalloc(1, 1);
		sf->len = 0;
		ok = false;
		goto out;
	}
	sf->text = again->text;
	sf->len = again->len;
	again->text = NULL;
	srcfile_free(again);
out:
	srcfile_let_go(sf);
	return ok;
}

/* ---- encoding ---- */

/* Length of the valid UTF-8 sequence at s (of n bytes), or 0. */
size_t srcfile_utf8_len(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return len;
}

size_t srcfile_bad_byte(struct srcfile *sf, bool *nul)
{
	const unsigned char *s;
	size_t i = 0, n;

	srcfile_ensure(sf);
	s = (const unsigned char *)sf->text;
	n = sf->len;
	*nul = false;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		i = 3;	/* a UTF-8 byte order mark is harmless */
	while (i < n) {
		size_t len;
		/* Most of a source is ASCII without NULs: 64 bytes at a time
		 * where the processor has SSE2 (every x86-64 does), else 32, then
		 * eight (a byte with its high bit set, or a zero byte, stops) */
#if defined(__SSE2__)
		while (n - i >= 64) {
			const __m128i z = _mm_setzero_si128();
			__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
			__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 32));
			__m128i d = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 48));
			__m128i zeros = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(a, z),
								  _mm_cmpeq_epi8(b, z)),
						     _mm_or_si128(_mm_cmpeq_epi8(c, z),
								  _mm_cmpeq_epi8(d, z)));
			__m128i highs = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
			if (_mm_movemask_epi8(_mm_or_si128(zeros, highs)))
				break;
			i += 64;
		}
#endif
		while (n - i >= 32) {
			const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
			uint64_t w[4];
			memcpy(w, s + i, sizeof(w));
			if (((w[0] | w[1] | w[2] | w[3]) & highs) ||
			    (((w[0] - ones) & ~w[0]) | ((w[1] - ones) & ~w[1]) |
			     ((w[2] - ones) & ~w[2]) | ((w[3] - ones) & ~w[3])) & highs)
				break;
			i += 32;
		}
		while (n - i >= 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) ||
			    ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (s[i] == 0) {
			*nul = true;
			return i;
		}
		len = srcfile_utf8_len(s + i, n - i);
		if (len == 0)
			return i;
		i += len;
	}
	return SIZE_MAX;
}

static void build_lines(struct srcfile *sf)
{
	size_t cap = 0, i;

	XGROW(sf->lines, cap, 1);
	sf->lines[sf->nlines++] = 0;
	for (i = 0; i < sf->len; i++) {
		if (sf->text[i] == '\n') {
			XGROW(sf->lines, cap, sf->nlines + 1);
			sf->lines[sf->nlines++] = i + 1;
		}
	}
}

/* A UTF-8 byte order mark is not a character the user can see. */
static int has_bom(const struct srcfile *sf)
{
	return sf->len >= 3 && memcmp(sf->text, "\xEF\xBB\xBF", 3) == 0;
}

static size_t line_index(struct srcfile *sf, size_t off)
{
	size_t lo = 0, hi;

	srcfile_ensure(sf);
	if (!sf->lines)
		build_lines(sf);
	if (off > sf->len)
		off = sf->len;
	hi = sf->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (sf->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

unsigned srcfile_line_no(struct srcfile *sf, size_t off)
{
	const char *p, *end;
	unsigned line;

	srcfile_hold(sf);
	srcfile_ensure(sf);
	if (off > sf->len)
		off = sf->len;
	if (off < sf->cursor_off || sf->cursor_line == 0) {
		sf->cursor_off = 0;
		sf->cursor_line = 1;
	}
	p = sf->text + sf->cursor_off;
	end = sf->text + off;
	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		sf->cursor_line++;
		p++;
	}
	sf->cursor_off = off;
	line = sf->cursor_line;
	srcfile_let_go(sf);
	return line;
}

void srcfile_linecol(struct srcfile *sf, size_t off, unsigned *line, unsigned *col)
{
	size_t li, i;
	unsigned c = 1;

	srcfile_hold(sf);
	li = line_index(sf, off);
	if (off > sf->len)
		off = sf->len;
	i = sf->lines[li];	/* line_index loaded the text */
	if (i == 0 && has_bom(sf) && off >= 3)
		i = 3;
	for (; i < off; i++)
		if (((unsigned char)sf->text[i] & 0xC0) != 0x80)
			c++;
	*line = (unsigned)li + 1;
	*col = c;
	srcfile_let_go(sf);
}

const char *srcfile_line(struct srcfile *sf, size_t off, size_t *len)
{
	size_t li = line_index(sf, off);
	size_t s = sf->lines[li], e;

	if (s == 0 && has_bom(sf))
		s = 3;
	e = s;

	while (e < sf->len && sf->text[e] != '\n')
		e++;
	if (e > s && sf->text[e - 1] == '\r')
		e--;
	*len = e - s;
	return sf->text + s;
}
