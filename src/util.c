/* Allocation wrappers: one place that decides what out-of-memory means;
 * and how many processors this process may run on. */
#if defined(__linux__)
#define _GNU_SOURCE	/* sched_getaffinity, CPU_COUNT */
#include <sched.h>
#endif
#include "util.h"
#include "sbuf.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void die_oom(size_t n)
{
	fprintf(stderr, "retort: fatal: out of memory (%zu bytes)\n", n);
	abort();
}

void util_unreachable(const char *file, int line, const char *func)
{
	fprintf(stderr, "retort: internal error: %s:%d: %s reached a path that cannot be "
		"taken\n", file, line, func);
	abort();
}

unsigned util_processors(void)
{
	long n;
#if defined(__linux__)
	cpu_set_t set;

	/* a container or taskset may allow fewer than the machine has */
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return (unsigned)CPU_COUNT(&set);
#endif
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom(n);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		die_oom(nmemb * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die_oom(n);
	return q;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;

	if (need <= *cap)
		return p;
	/* From what is needed (most of the model's arrays stay small: a
	 * table's indexes, a column's foreign keys), doubling from there. */
	ncap = *cap ? *cap * 2 : (need < 2 ? 2 : need);
	while (ncap < need)
		ncap *= 2;
	*cap = ncap;
	return xrealloc(p, ncap * elem);
}

uint64_t util_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

bool util_word_in(const char *const *v, size_t n, const char *w, size_t len)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, i;
		int c = 0;
		for (i = 0; i < len && c == 0; i++) {
			c = util_fold((unsigned char)w[i]) - (unsigned char)v[mid][i];
		}
		if (c == 0)
			c = v[mid][len] ? -1 : 0;
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

bool util_is_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (i < n && s[i] == '-')
		i++;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (digits && i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e;
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (e = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == e)
			return false;
	}
	return digits && i == n;
}

void util_hide(struct sbuf *out, const char *text, const char *const *secret, size_t n,
	       const char *mask)
{
	size_t i, best, len;

	while (*text) {
		best = 0;
		for (i = 0; i < n; i++) {
			len = strlen(secret[i]);
			if (len > best && strncmp(text, secret[i], len) == 0)
				best = len;
		}
		if (best) {
			sbuf_adds(out, mask);
			text += best;
		} else {
			sbuf_addc(out, *text++);
		}
	}
}

size_t util_utf8_encode(unsigned long cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int util_hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Levenshtein distance, or max + 1 once it must exceed max. */
size_t util_edit_distance(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), i, j, res;
	size_t *prev, *row;

	if ((la > lb ? la - lb : lb - la) > max)
		return max + 1;
	prev = xmalloc((lb + 1) * sizeof(*prev));
	row = xmalloc((lb + 1) * sizeof(*row));
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		size_t rowmin;
		size_t *t;

		row[0] = rowmin = i;
		for (j = 1; j <= lb; j++) {
			size_t del = prev[j] + 1, ins = row[j - 1] + 1;
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t m = del < ins ? del : ins;
			row[j] = m < sub ? m : sub;
			if (row[j] < rowmin)
				rowmin = row[j];
		}
		t = prev, prev = row, row = t;
		if (rowmin > max) {
			free(prev);
			free(row);
			return max + 1;
		}
	}
	res = prev[lb];
	free(prev);
	free(row);
	return res;
}

size_t util_name_span(const char *s)
{
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}

bool util_file_chars_ok(const char *s)
{
	static const unsigned char ok[256] = {
		['-'] = 1, ['.'] = 1, ['_'] = 1,
		['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
		['7'] = 1, ['8'] = 1, ['9'] = 1,
		['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
		['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
		['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
		['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
		['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
		['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
		['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
		['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
	};

	while (ok[(unsigned char)*s])
		s++;
	return *s == '\0';
}

const char *util_xarg(const char *const *xargs, size_t n, const char *key, size_t len)
{
	const char *r = NULL;
	size_t i;

	for (i = 0; i < n; i++)
		if (strncmp(xargs[i], key, len) == 0 && xargs[i][len] == '=')
			r = xargs[i] + len + 1;
	return r;
}

const char *util_list_next(const char **s, size_t *len)
{
	const char *at = *s + strspn(*s, ", \t");

	if (!*at)
		return NULL;
	*len = strcspn(at, ", \t");
	*s = at + *len;
	return at;
}

bool util_split_paths(const char *value, const char *separator, char ***out, size_t *n)
{
	const char *seps = !separator ? " ," : strcmp(separator, "os") == 0 ? ":"
			   : strcmp(separator, "space") == 0 ? " "
			   : strcmp(separator, "newline") == 0 ? "\n"
			   : strcmp(separator, ";") == 0 ? ";" : strcmp(separator, ":") == 0 ? ":"
			   : NULL;
	char *all, *p, *save = NULL;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	if (!seps)
		return false;
	all = xstrdup(value);
	for (p = strtok_r(all, seps, &save); p; p = strtok_r(NULL, seps, &save)) {
		size_t len;
		while (*p == ' ' || *p == '\t')
			p++;
		len = strlen(p);
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
			p[--len] = '\0';
		if (!*p)
			continue;
		XGROW(*out, cap, *n + 1);
		(*out)[(*n)++] = xstrdup(p);
	}
	free(all);
	return true;
}

/* Whether two paths name one folder: the same real path where both are
 * there, else the same text. */
bool util_same_folder(const char *a, const char *b)
{
	char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
	bool same = ra && rb ? strcmp(ra, rb) == 0 : strcmp(a, b) == 0;

	free(ra);
	free(rb);
	return same;
}

/* The components of a real path, each a string of the copy it cuts. */
static size_t path_parts(char *path, char ***parts)
{
	size_t n = 0, cap = 0;
	char *p, *save = NULL;

	*parts = NULL;
	for (p = strtok_r(path, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
		XGROW(*parts, cap, n + 1);
		(*parts)[n++] = p;
	}
	return n;
}

char *util_relative_path(const char *from, const char *to)
{
	char *a = realpath(from, NULL), *b = realpath(to, NULL), **pa = NULL, **pb = NULL;
	struct sbuf sb = SBUF_INIT;
	size_t na, nb, common = 0, i;

	if (!a || !b) {
		free(a);
		free(b);
		return NULL;
	}
	na = path_parts(a, &pa);
	nb = path_parts(b, &pb);
	while (common < na && common < nb && strcmp(pa[common], pb[common]) == 0)
		common++;
	for (i = common; i < na; i++)
		sbuf_adds(&sb, sb.len ? "/.." : "..");
	for (i = common; i < nb; i++) {
		if (sb.len)
			sbuf_addc(&sb, '/');
		sbuf_adds(&sb, pb[i]);
	}
	free(pa);
	free(pb);
	free(a);
	free(b);
	return sb.len ? sbuf_detach(&sb, NULL) : xstrdup("");
}

/* A zone's name is a path under the tz database's folder; one that could
 * leave it, or is not a file there, is no zone.  UTC needs no file. */
static bool zone_known(const char *zone)
{
	const char *dir = getenv("TZDIR");
	struct sbuf path = SBUF_INIT;
	struct stat st;
	const char *p;
	bool ok;

	if (strcmp(zone, "UTC") == 0 || strcmp(zone, "utc") == 0)
		return true;
	if (!*zone || zone[0] == '/' || zone[0] == ':' || strstr(zone, ".."))
		return false;
	for (p = zone; *p; p++)
		if (!(((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') ||
		      strchr("/_+-", *p)))
			return false;
	sbuf_addf(&path, "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	ok = stat(path.buf, &st) == 0 && S_ISREG(st.st_mode);
	if (ok) {	/* a zone's file, not another file of the folder */
		FILE *f = fopen(path.buf, "rb");
		char magic[4];
		ok = f && fread(magic, 1, 4, f) == 4 && memcmp(magic, "TZif", 4) == 0;
		if (f)
			fclose(f);
	}
	sbuf_release(&path);
	return ok;
}

bool util_zone_time(time_t t, const char *zone, struct tm *tm, long *offset)
{
	char *old;

	if (!zone) {
		localtime_r(&t, tm);
		*offset = tm->tm_gmtoff;
		return true;
	}
	if (!zone_known(zone))
		return false;
	old = getenv("TZ") ? xstrdup(getenv("TZ")) : NULL;
	setenv("TZ", strcmp(zone, "utc") == 0 ? "UTC" : zone, 1);
	tzset();
	localtime_r(&t, tm);
	*offset = tm->tm_gmtoff;
	if (old)
		setenv("TZ", old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(old);
	return true;
}

bool util_split_words(const char *s, char ***out, size_t *n)
{
	struct sbuf w = SBUF_INIT;
	size_t cap = 0;
	bool in_word = false;

	*out = NULL;
	*n = 0;
	for (;;) {
		if (!*s || *s == ' ' || *s == '\t' || *s == '\n') {
			if (in_word) {
				XGROW(*out, cap, *n + 1);
				(*out)[(*n)++] = xstrdup(sbuf_str(&w));
				sbuf_reset(&w);
				in_word = false;
			}
			if (!*s++)
				break;
			continue;
		}
		in_word = true;
		if (*s == '\'') {
			const char *e = strchr(s + 1, '\'');
			if (!e)
				goto open;
			sbuf_add(&w, s + 1, (size_t)(e - s - 1));
			s = e + 1;
		} else if (*s == '"') {
			for (s++; *s && *s != '"'; s++) {
				if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
					s++;
				sbuf_addc(&w, *s);
			}
			if (!*s++)
				goto open;
		} else if (*s == '\\' && s[1]) {
			sbuf_addc(&w, s[1]);
			s += 2;
		} else {
			sbuf_addc(&w, *s++);
		}
	}
	sbuf_release(&w);
	return true;
open:
	sbuf_release(&w);
	while (*n)
		free((*out)[--(*n)]);
	free(*out);
	*out = NULL;
	return false;
}

char *util_real_path(const char *p)
{
	return realpath(p, NULL);
}

void *util_map_huge(size_t size)
{
#if defined(MADV_HUGEPAGE) && defined(MAP_ANONYMOUS)
	size_t want = size + UTIL_HUGE_PAGE;
	char *p = mmap(NULL, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *at, *end;

	if (p == MAP_FAILED)
		return NULL;
	at = p + (UTIL_HUGE_PAGE - (uintptr_t)p % UTIL_HUGE_PAGE) % UTIL_HUGE_PAGE;
	end = at + size;
	if (at > p)
		munmap(p, (size_t)(at - p));
	if (p + want > end)
		munmap(end, (size_t)(p + want - end));
	(void)madvise(at, size, MADV_HUGEPAGE);	/* only advice */
	return at;
#else
	(void)size;
	return NULL;
#endif
}

bool util_atomic_open(struct util_atomic *a, const char *path)
{
	struct sbuf sb = SBUF_INIT;
	struct stat st;
	const char *slash;
	mode_t mode, mask = umask(0);
	bool exists;
	int fd, e;

	umask(mask);
	memset(a, 0, sizeof(*a));
	exists = stat(path, &st) == 0;	/* through a link, to what it names */
	if (!exists && lstat(path, &st) == 0) {
		errno = ENOENT;	/* a link to nothing: no file to write */
		return false;
	}
	if (exists && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		return false;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		/* a device or a pipe: written straight, nothing to replace */
		a->f = fopen(path, "w");
		return a->f != NULL;
	}
	a->dest = exists ? util_real_path(path) : NULL;
	if (!a->dest)
		a->dest = xstrdup(path);
	mode = exists ? st.st_mode & 07777 : 0666 & ~mask;
	/* beside it, so that the rename stays on one file system; hidden,
	 * and short whatever the name's length */
	slash = strrchr(a->dest, '/');
	if (slash)
		sbuf_add(&sb, a->dest, (size_t)(slash - a->dest + 1));
	sbuf_adds(&sb, ".retort-XXXXXX");
	a->tmp = sbuf_detach(&sb, NULL);
	fd = mkstemp(a->tmp);
	if (fd < 0 || fchmod(fd, mode) != 0 || !(a->f = fdopen(fd, "w"))) {
		e = errno;
		if (fd >= 0) {
			close(fd);
			unlink(a->tmp);
		}
		free(a->tmp);
		free(a->dest);
		memset(a, 0, sizeof(*a));
		errno = e;
		return false;
	}
	return true;
}

bool util_atomic_commit(struct util_atomic *a)
{
	bool ok = fflush(a->f) == 0 && !ferror(a->f) && (!a->tmp || fsync(fileno(a->f)) == 0);
	int e = errno;

	ok = fclose(a->f) == 0 && ok;
	if (ok && a->tmp && rename(a->tmp, a->dest) != 0) {
		e = errno;
		ok = false;
	}
	if (!ok && a->tmp)
		unlink(a->tmp);
	free(a->tmp);
	free(a->dest);
	memset(a, 0, sizeof(*a));
	errno = e;
	return ok;
}

bool util_atomic_close(struct util_atomic *a)
{
	struct stat st;
	bool ok = fflush(a->f) == 0 && !ferror(a->f) && fstat(fileno(a->f), &st) == 0;

	if (!ok) {
		int e = errno;
		util_atomic_abandon(a);
		errno = e;
		return false;
	}
	a->dev = st.st_dev;
	return true;
}

/* Flushes to disk what was written through fd, and on Linux all else on
 * its file system too (syncfs): through the descriptor the file was
 * written with, so that an error in writing it back is reported, which a
 * descriptor opened later would not be told of. */
static bool sync_fd(int fd)
{
#ifdef __linux__
	return syncfs(fd) == 0;
#else
	return fsync(fd) == 0;
#endif
}

bool util_atomic_commit_all(struct util_atomic *v, size_t n, size_t *failed)
{
	size_t i, j;
	bool ok = true;
	int e = 0;

	*failed = 0;	/* a failed flush: none is renamed */
	for (i = 0; i < n && ok; i++) {
		bool first = true;	/* of its file system, in this batch */
		if (!v[i].tmp)
			continue;
#ifdef __linux__
		for (j = 0; j < i && (!v[j].tmp || v[j].dev != v[i].dev); j++)
			;
		first = j == i;
#else
		(void)j;
#endif
		if (first && !sync_fd(fileno(v[i].f))) {
			e = errno;
			ok = false;	/* nothing renamed yet: all are removed */
		}
	}
	for (i = 0; i < n; i++) {
		if (ok) {
			int r = fclose(v[i].f);
			v[i].f = NULL;
			if (r != 0 || (v[i].tmp && rename(v[i].tmp, v[i].dest) != 0)) {
				e = errno;
				ok = false;
				*failed = i;
			} else {
				free(v[i].tmp);	/* renamed: nothing to remove */
				v[i].tmp = NULL;
			}
		}
		util_atomic_abandon(&v[i]);	/* closes and removes what is left */
	}
	if (ok)
		*failed = n;
	else
		errno = e;
	return ok;
}

void util_atomic_abandon(struct util_atomic *a)
{
	if (a->f)
		fclose(a->f);
	if (a->tmp)
		unlink(a->tmp);
	free(a->tmp);
	free(a->dest);
	memset(a, 0, sizeof(*a));
}

void util_sha256_hex(const void *data, size_t n, char hex[65])
{
	struct sha256_ctx ctx;
	uint8_t digest[SHA256_DIGEST_SIZE];
	size_t i;

	sha256_init(&ctx);
	sha256_update(&ctx, n, data);
	sha256_digest(&ctx, sizeof(digest), digest);
	for (i = 0; i < sizeof(digest); i++)
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

bool util_load_library(const char *soname, const char *const *names, void **const *slots,
		       size_t n, struct sbuf *err)
{
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL), *found[64];
	size_t i;

	sbuf_reset(err);
	if (!h) {
		const char *why = dlerror();
		sbuf_addf(err, "cannot load %s: %s", soname, why ? why : "not found");
		return false;
	}
	if (n > sizeof(found) / sizeof(found[0]))
		abort();	/* a driver's own list: a programming error */
	for (i = 0; i < n; i++) {
		dlerror();
		if ((found[i] = dlsym(h, names[i])) == NULL) {
			sbuf_addf(err, "%s has no %s: not the client library this build expects",
				  soname, names[i]);
			return false;
		}
	}
	for (i = 0; i < n; i++)
		*slots[i] = found[i];
	return true;
}
