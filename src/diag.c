/* Rendering of diagnostics into values, and printing them. */
#include "diag.h"
#include "json.h"
#include "sbuf.h"
#include "strmap.h"
#include "util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *const code_names[] = {
#define DIAG(code, name) name,
#include "diag_codes.def"
#undef DIAG
};

const char *diag_code_name(enum diag_code code)
{
	return (unsigned)code < DIAG__COUNT ? code_names[code] : "?";
}

/* Source line with control bytes blanked, and a caret line under the span
 * that keeps the line's tabs so the caret lands under the right character. */
static char *render_snippet(struct srcfile *src, struct span sp)
{
	struct sbuf sb = SBUF_INIT;
	size_t len, i, lstart, cs, ce;
	const char *line = srcfile_line(src, sp.start, &len);
	int first = 1;

	lstart = (size_t)(line - src->text);
	cs = sp.start - lstart;
	ce = sp.end > sp.start ? sp.end - lstart : cs + 1;
	if (ce > len + 1)
		ce = len + 1;	/* spans running past the line end stop there */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)line[i];
		sbuf_addc(&sb, (c < 0x20 && c != '\t') || c == 0x7f ? ' ' : (char)c);
	}
	sbuf_addc(&sb, '\n');
	for (i = 0; i < cs && i < len; i++) {
		unsigned char c = (unsigned char)line[i];
		if ((c & 0xC0) == 0x80)
			continue;
		sbuf_addc(&sb, c == '\t' ? '\t' : ' ');
	}
	for (i = cs; i < ce; i++) {
		unsigned char c = i < len ? (unsigned char)line[i] : ' ';
		if ((c & 0xC0) == 0x80)
			continue;
		sbuf_addc(&sb, first ? '^' : '~');
		first = 0;
	}
	return sbuf_detach(&sb, NULL);
}

void diag_vat(struct diag *d, enum diag_severity sev, enum diag_code code,
	      struct srcfile *src, struct span sp, const char *fmt, va_list ap)
{
	struct diag_entry *e;
	struct sbuf sb = SBUF_INIT;

	if (sev == DIAG_SEV_WARNING)
		d->muting = d->mute_warnings;
	else if (sev == DIAG_SEV_ERROR)
		d->muting = false;
	if (d->muting)
		return;
	XGROW(d->v, d->cap, d->n + 1);
	e = &d->v[d->n++];
	memset(e, 0, sizeof(*e));
	e->sev = sev;
	e->code = code;
	if (src) {
		unsigned line, col;
		srcfile_hold(src);	/* the snippet points into its text */
		srcfile_linecol(src, sp.start, &line, &col);
		sbuf_addf(&sb, "%s:%u:%u", src->path, line, col);
		e->where = sbuf_detach(&sb, NULL);
		e->line = line;
		e->col = col;
		e->snippet = render_snippet(src, sp);
		srcfile_let_go(src);
	}
	sbuf_vaddf(&sb, fmt, ap);
	e->msg = sbuf_detach(&sb, NULL);
	if (sev == DIAG_SEV_ERROR)
		d->nerrors++;
	else if (sev == DIAG_SEV_WARNING)
		d->nwarnings++;
}

void diag_at(struct diag *d, enum diag_severity sev, enum diag_code code,
	     struct srcfile *src, struct span sp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vat(d, sev, code, src, sp, fmt, ap);
	va_end(ap);
}

void diag_plain(struct diag *d, enum diag_severity sev, enum diag_code code,
		const char *fmt, ...)
{
	va_list ap;
	struct span none = { 0, 0 };

	va_start(ap, fmt);
	diag_vat(d, sev, code, NULL, none, fmt, ap);
	va_end(ap);
}

void diag_print(const struct diag *d, FILE *out, int color)
{
	static const char *const sevname[] = { "error", "warning", "note" };
	static const char *const sevcolor[] = { "\033[1;31m", "\033[1;35m", "\033[1;36m" };
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct diag_entry *e = &d->v[i];
		if (color)
			fprintf(out, "\033[1m%s:\033[0m %s%s:\033[0m \033[1m%s\033[0m\n",
				e->where ? e->where : "retort", sevcolor[e->sev],
				sevname[e->sev], e->msg);
		else
			fprintf(out, "%s: %s: %s\n", e->where ? e->where : "retort",
				sevname[e->sev], e->msg);
		if (e->snippet)
			fprintf(out, "%s\n", e->snippet);
	}
}

/* One message's members: the file, line and column apart. */
static void json_entry(struct json *j, const struct diag_entry *e)
{
	static const char *const sevname[] = { "error", "warning", "note" };
	size_t flen = e->where ? strlen(e->where) : 0;

	json_kstr(j, "severity", sevname[e->sev]);
	json_kstr(j, "code", diag_code_name(e->code));
	json_kstr(j, "message", e->msg);
	if (e->where && e->line) {	/* "file:line:col": the file is what is before */
		char tail[48];
		int n = snprintf(tail, sizeof(tail), ":%u:%u", e->line, e->col);
		if (n > 0 && (size_t)n <= flen && strcmp(e->where + flen - (size_t)n, tail) == 0)
			flen -= (size_t)n;
	}
	json_key(j, "file");
	if (e->where)
		json_strn(j, e->where, flen);
	else
		json_null(j);
	json_key(j, "line");
	if (e->line)
		json_num(j, e->line), json_knum(j, "column", e->col);
	else
		json_null(j), json_key(j, "column"), json_null(j);
	json_kstr(j, "source", e->snippet);
}

void diag_json(const struct diag *d, struct sbuf *out)
{
	struct json j;
	size_t i;
	bool open = false;	/* an object whose notes may follow */

	json_init(&j, out);
	json_open(&j, '[');
	for (i = 0; i < d->n; i++) {
		const struct diag_entry *e = &d->v[i];
		if (e->sev == DIAG_SEV_NOTE && open) {
			json_open(&j, '{');
			json_entry(&j, e);
			json_close(&j, '}');
			continue;
		}
		if (open) {
			json_close(&j, ']');
			json_close(&j, '}');
		}
		json_open(&j, '{');
		json_entry(&j, e);
		json_kopen(&j, "notes", '[');
		open = true;
	}
	if (open) {
		json_close(&j, ']');
		json_close(&j, '}');
	}
	json_close(&j, ']');
}

void diag_clear(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].where);
		free(d->v[i].msg);
		free(d->v[i].snippet);
	}
	d->n = 0;
	d->nerrors = d->nwarnings = 0;
}

void diag_move(struct diag *to, struct diag *from)
{
	size_t i;

	for (i = 0; i < from->n; i++) {
		XGROW(to->v, to->cap, to->n + 1);
		to->v[to->n++] = from->v[i];
	}
	to->nerrors += from->nerrors;
	to->nwarnings += from->nwarnings;
	from->n = 0;
	from->nerrors = from->nwarnings = 0;
	diag_release(from);
}

/* "sev where msg" for an error or a warning: what makes two the same
 * (without the where, anywhere). */
static char *said_key(const struct diag_entry *e, bool anywhere)
{
	struct sbuf sb = SBUF_INIT;

	sbuf_addc(&sb, (char)('0' + e->sev));
	sbuf_adds(&sb, e->where && !anywhere ? e->where : "");
	sbuf_addc(&sb, '\x1f');
	sbuf_adds(&sb, e->msg);
	return sbuf_detach(&sb, NULL);
}

static void move_new(struct diag *to, struct diag *from, bool anywhere)
{
	struct strmap *said = strmap_new(to->n);
	char **keys = NULL;
	size_t i, nkeys = 0, cap = 0;
	bool skip = false;

	for (i = 0; i < to->n; i++) {
		if (to->v[i].sev == DIAG_SEV_NOTE)
			continue;
		XGROW(keys, cap, nkeys + 1);
		keys[nkeys] = said_key(&to->v[i], anywhere);
		strmap_put(said, keys[nkeys], keys[nkeys]);
		nkeys++;
	}
	for (i = 0; i < from->n; i++) {
		struct diag_entry *e = &from->v[i];
		/* an error or warning already said goes, with the notes after it */
		if (e->sev != DIAG_SEV_NOTE) {
			char *k = said_key(e, anywhere);
			skip = strmap_get(said, k) != NULL;
			free(k);
		}
		if (skip) {
			free(e->where);
			free(e->msg);
			free(e->snippet);
			continue;
		}
		XGROW(to->v, to->cap, to->n + 1);
		to->v[to->n++] = *e;
		to->nerrors += e->sev == DIAG_SEV_ERROR;
		to->nwarnings += e->sev == DIAG_SEV_WARNING;
	}
	strmap_free(said);
	for (i = 0; i < nkeys; i++)
		free(keys[i]);
	free(keys);
	from->n = 0;
	from->nerrors = from->nwarnings = 0;
	diag_release(from);
}

void diag_move_new(struct diag *to, struct diag *from)
{
	move_new(to, from, false);
}

void diag_move_unsaid(struct diag *to, struct diag *from)
{
	move_new(to, from, true);
}

static void hide_in(char **field, const char *const *secret, size_t n, const char *mask)
{
	struct sbuf sb = SBUF_INIT;

	if (!*field)
		return;
	util_hide(&sb, *field, secret, n, mask);
	free(*field);
	*field = sbuf_detach(&sb, NULL);
}

void diag_hide(struct diag *d, size_t from, const char *const *secret, size_t n,
	       const char *mask)
{
	size_t i;

	for (i = from; i < d->n; i++) {
		hide_in(&d->v[i].where, secret, n, mask);
		hide_in(&d->v[i].msg, secret, n, mask);
		hide_in(&d->v[i].snippet, secret, n, mask);
	}
}

void diag_release(struct diag *d)
{
	diag_clear(d);
	free(d->v);
	d->v = NULL;
	d->cap = 0;
}
