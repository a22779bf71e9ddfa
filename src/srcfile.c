/* Whole-file reading and offset -> line/column mapping for diagnostics. */
#include "srcfile.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

struct srcfile *srcfile_load(const char *path, const char **err)
{
	FILE *f = fopen(path, "rb");
	struct srcfile *sf;
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!f) {
		*err = strerror(errno);
		return NULL;
	}
	/* Size the buffer from the file: tens of thousands of small files must
	 * not each cost a large buffer and a copy.  The loop still copes with
	 * a file that grows, or a size fstat cannot tell. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= SRCFILE_MAX) {
		cap = (size_t)st.st_size + 1;
		buf = xmalloc(cap);
	}
	for (;;) {
		if (len > SRCFILE_MAX) {
			fclose(f);
			free(buf);
			*err = "file too large (the limit is 256 MiB)";
			return NULL;
		}
		if (len == cap)	/* full: the file grew, or its size was unknown */
			XGROW(buf, cap, len + 65536);
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		*err = strerror(errno);
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	sf = xcalloc(1, sizeof(*sf));
	sf->path = xstrdup(path);
	sf->from_disk = true;
	XGROW(buf, cap, len + 1);
	buf[len] = '\0';
	sf->text = buf;
	sf->len = len;
	return sf;
}

void srcfile_free(struct srcfile *sf)
{
	if (!sf)
		return;
	free(sf->path);
	free(sf->text);
	free(sf->lines);
	free(sf);
}

void srcfile_unload(struct srcfile *sf)
{
	if (!sf->from_disk || !sf->text)
		return;
	free(sf->text);
	free(sf->lines);
	sf->text = NULL;
	sf->lines = NULL;
	sf->nlines = 0;
	sf->cursor_off = 0;
	sf->cursor_line = 1;
}

bool srcfile_ensure(struct srcfile *sf)
{
	struct srcfile *again;
	const char *err;

	if (sf->text)
		return true;
	again = srcfile_load(sf->path, &err);
	if (!again) {
		sf->text = xcalloc(1, 1);
		sf->len = 0;
		return false;
	}
	sf->text = again->text;
	sf->len = again->len;
	again->text = NULL;
	srcfile_free(again);
	return true;
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
	return sf->cursor_line;
}

void srcfile_linecol(struct srcfile *sf, size_t off, unsigned *line, unsigned *col)
{
	size_t li = line_index(sf, off), i;
	unsigned c = 1;

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
