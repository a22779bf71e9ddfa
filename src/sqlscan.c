/* Cutting SQL text into tokens, by the lexical rules a flavor names.  What
 * the forms are is the databases' documentation (PostgreSQL's "Lexical
 * Structure", SQLite's tokenizer, MySQL's string and comment syntax); the
 * scanner never guesses beyond the token, so a consumer that needs to know
 * a keyword or a call asks about the tokens it gets. */
#include "sqlscan.h"
#include "sbuf.h"
#include "util.h"

#include <string.h>

const struct sqlscan_flavor sqlscan_standard = {
	.quote = '"',
};

const struct sqlscan_flavor sqlscan_fragment = {
	SQLSCAN_FRAGMENT_FORMS,
};

static bool is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Names and keywords: letters, '_' and any byte of a multibyte character
 * first; then digits and '$' too. */
static bool word_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool word_char(unsigned char c)
{
	return word_start(c) || is_digit(c) || c == '$';
}

/* Whether a backslash escapes in a string whose token starts with c (its
 * quote, or the letter before it). */
static bool string_escapes(const struct sqlscan_flavor *fl, char c)
{
	if (c == 'U' || c == 'u')
		return false;
	return fl->backslash_escapes || (fl->escape_strings && (c == 'E' || c == 'e'));
}

/* N'..', X'..', B'..': a letter that starts a string anywhere (E'..'
 * only where E'' strings are). */
static bool prefixed_string(unsigned char c)
{
	switch (c | 0x20) {
	case 'n':
	case 'x':
	case 'b':
		return true;
	}
	return false;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

void sqlscan_init(struct sqlscan *sc, const struct sqlscan_flavor *fl, const char *text,
		  size_t len)
{
	sc->fl = fl;
	sc->text = text;
	sc->len = len;
	sc->pos = 0;
}

/* The end of a quoted run opened at i (the quote itself): a doubled close
 * stands for one; with escapes, a backslash takes the next byte.  Sets
 * *open when the text ends first. */
static size_t quoted_end(const char *s, size_t len, size_t i, char close, bool doubled,
			 bool escapes, bool *open)
{
	for (i++; i < len; i++) {
		if (escapes && s[i] == '\\') {
			if (++i == len)
				break;
			continue;
		}
		if (s[i] != close)
			continue;
		if (doubled && i + 1 < len && s[i + 1] == close) {
			i++;
			continue;
		}
		return i + 1;
	}
	*open = true;
	return len;
}

/* A dollar quote's tag at i ("$$" or "$name$"): its length, or 0. */
static size_t dollar_tag(const char *s, size_t len, size_t i)
{
	size_t j = i + 1;

	if (j < len && word_start((unsigned char)s[j]))
		for (j++; j < len && word_char((unsigned char)s[j]) && s[j] != '$'; j++)
			;
	return j < len && s[j] == '$' ? j + 1 - i : 0;
}

static size_t dollar_end(const char *s, size_t len, size_t i, size_t tag, bool *open)
{
	size_t j;

	for (j = i + tag; j + tag <= len; j++)
		if (s[j] == '$' && memcmp(s + j, s + i, tag) == 0)
			return j + tag;
	*open = true;
	return len;
}

static size_t block_comment_end(const struct sqlscan_flavor *fl, const char *s, size_t len,
				size_t i, bool *open)
{
	int depth = 1;

	for (i += 2; i < len; i++) {
		if (s[i] == '*' && i + 1 < len && s[i + 1] == '/') {
			i++;
			if (--depth == 0)
				return i + 1;
		} else if (fl->nested_comments && s[i] == '/' && i + 1 < len && s[i + 1] == '*') {
			i++;
			depth++;
		}
	}
	*open = true;
	return len;
}

static bool line_comment_at(const struct sqlscan_flavor *fl, const char *s, size_t len,
			    size_t i)
{
	if (s[i] == '#')
		return fl->hash_comments;
	if (s[i] != '-' || i + 1 >= len || s[i + 1] != '-')
		return false;
	return !fl->dash_needs_space || i + 2 == len || (unsigned char)s[i + 2] <= ' ';
}

/* 12, 3.5, 1e-3, 0x1f, and what follows them that no blank separates
 * (the database would refuse or read it: it is not ours to split). */
static size_t number_end(const char *s, size_t len, size_t i)
{
	bool hex = s[i] == '0' && i + 1 < len && (s[i + 1] == 'x' || s[i + 1] == 'X');
	size_t start = i;

	for (i++; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (word_char(c) || c == '.')
			continue;
		if ((c == '+' || c == '-') && !hex && i > start &&
		    (s[i - 1] == 'e' || s[i - 1] == 'E') && i + 1 < len &&
		    is_digit((unsigned char)s[i + 1]))
			continue;
		break;
	}
	return i;
}

bool sqlscan_next(struct sqlscan *sc, struct sqltok *t)
{
	const struct sqlscan_flavor *fl = sc->fl;
	const char *s = sc->text;
	size_t len = sc->len, i = sc->pos, end;
	unsigned char c;
	bool open = false;

	while (i < len && is_space((unsigned char)s[i]))
		i++;
	if (i == len) {
		sc->pos = i;
		return false;
	}
	c = (unsigned char)s[i];
	t->kind = SQLTOK_PUNCT;
	end = i + 1;
	if (line_comment_at(fl, s, len, i)) {
		t->kind = SQLTOK_LINE_COMMENT;
		for (end = i; end < len && s[end] != '\n'; end++)
			;
	} else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
		t->kind = SQLTOK_BLOCK_COMMENT;
		end = block_comment_end(fl, s, len, i, &open);
	} else if (c == '\'') {
		t->kind = SQLTOK_STRING;
		end = quoted_end(s, len, i, '\'', true, string_escapes(fl, '\''), &open);
	} else if ((prefixed_string(c) || ((c == 'E' || c == 'e') && fl->escape_strings)) &&
		   i + 1 < len && s[i + 1] == '\'') {
		t->kind = SQLTOK_STRING;
		end = quoted_end(s, len, i + 1, '\'', true, string_escapes(fl, (char)c), &open);
	} else if (fl->unicode_escapes && (c == 'U' || c == 'u') && i + 2 < len &&
		   s[i + 1] == '&' && (s[i + 2] == '\'' || s[i + 2] == '"')) {
		t->kind = s[i + 2] == '"' ? SQLTOK_NAME : SQLTOK_STRING;
		end = quoted_end(s, len, i + 2, s[i + 2], true, false, &open);
	} else if (c == '"') {
		t->kind = fl->dquote_strings ? SQLTOK_STRING : SQLTOK_NAME;
		end = quoted_end(s, len, i, '"', true, fl->dquote_strings && string_escapes(fl, '"'),
				 &open);
	} else if (c == '`' && fl->backquote_names) {
		t->kind = SQLTOK_NAME;
		end = quoted_end(s, len, i, '`', true, false, &open);
	} else if (c == '[' && fl->bracket_names) {
		t->kind = SQLTOK_NAME;
		end = quoted_end(s, len, i, ']', false, false, &open);
	} else if (c == '$' && fl->dollar_quotes && dollar_tag(s, len, i)) {
		t->kind = SQLTOK_STRING;
		end = dollar_end(s, len, i, dollar_tag(s, len, i), &open);
	} else if (is_digit(c) || (c == '.' && i + 1 < len && is_digit((unsigned char)s[i + 1]))) {
		t->kind = SQLTOK_NUMBER;
		end = number_end(s, len, i);
	} else if (word_start(c)) {
		t->kind = SQLTOK_WORD;
		for (end = i + 1; end < len && word_char((unsigned char)s[end]); end++)
			;
	}
	t->start = i;
	t->len = end - i;
	t->unterminated = open;
	sc->pos = end;
	return true;
}

bool sqltok_word(const char *text, const struct sqltok *t, const char *w)
{
	size_t i;

	if (t->kind != SQLTOK_WORD || strlen(w) != t->len)
		return false;
	for (i = 0; i < t->len; i++)
		if (lower((unsigned char)text[t->start + i]) != lower((unsigned char)w[i]))
			return false;
	return true;
}

bool sqltok_punct(const char *text, const struct sqltok *t, char c)
{
	return t->kind == SQLTOK_PUNCT && text[t->start] == c;
}

/* The length and four bytes (first, second, middle, last), each with 0x20
 * set: a slot holds any word, so two words that hash alike only probe one
 * slot further, and names are many where reserved words are few. */
static uint32_t word_hash(const char *w, size_t len)
{
	const unsigned char *u = (const unsigned char *)w;
	uint32_t f = (uint32_t)(u[0] | u[len > 1] << 8 | u[len / 2] << 16) |
		     (uint32_t)u[len - 1] << 24;

	f = ((f | 0x20202020u) ^ (uint32_t)len * 0x9E3779B1u) * 0x5BD1E995u;
	return f >> (32 - SQLSCAN_WORD_BITS);
}

void sqlscan_words_build(struct sqlscan_words *w)
{
	size_t i;

	if (w->n >= SQLSCAN_WORD_SLOTS / 2)	/* a list that outgrows its table */
		UNREACHABLE();
	for (i = 0; i < w->n; i++) {
		size_t len = strlen(w->v[i]);
		uint32_t h = word_hash(w->v[i], len);
		while (w->slot[h])
			h = (h + 1) & (SQLSCAN_WORD_SLOTS - 1);
		w->slot[h] = (uint16_t)(i + 1);
		if (len > w->maxlen)
			w->maxlen = len;
	}
}

bool sqlscan_reserved(const struct sqlscan_flavor *fl, const char *w, size_t len)
{
	struct sqlscan_words *ws = fl->words;
	uint32_t h;

	if (!ws)
		return false;
	pthread_once(&ws->once, ws->build);
	if (len == 0 || len > ws->maxlen)
		return false;
	for (h = word_hash(w, len); ws->slot[h]; h = (h + 1) & (SQLSCAN_WORD_SLOTS - 1)) {
		const char *x = ws->v[ws->slot[h] - 1];
		size_t i;
		for (i = 0; i < len && x[i] == (char)util_fold((unsigned char)w[i]); i++)
			;
		if (i == len && x[len] == '\0')
			return true;
	}
	return false;
}

bool sqltok_is_name(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t)
{
	return t->kind == SQLTOK_NAME ||
	       (t->kind == SQLTOK_WORD && !sqlscan_reserved(fl, text + t->start, t->len));
}

/* Where a quoted token's content starts and its closing quote (or the
 * end) is, and which character closes it. */
static void quoted_body(const char *text, const struct sqltok *t, size_t *from, size_t *to,
			char *close)
{
	const char *s = text + t->start;
	size_t open = 0, n = t->len;

	if (s[0] == '$') {	/* $tag$...$tag$ */
		size_t tag = 1;
		while (tag < n && s[tag] != '$')
			tag++;
		tag++;
		*from = t->start + tag;
		*to = t->start + (t->unterminated || n < 2 * tag ? n : n - tag);
		*close = '\0';
		return;
	}
	while (s[open] != '\'' && s[open] != '"' && s[open] != '`' && s[open] != '[')
		open++;	/* past E, N, X, B or U& */
	*close = s[open] == '[' ? ']' : s[open];
	*from = t->start + open + 1;
	*to = t->start + (t->unterminated ? n : n - 1);
}

static bool escapes_in(const struct sqlscan_flavor *fl, const char *text,
		       const struct sqltok *t)
{
	return t->kind == SQLTOK_STRING && string_escapes(fl, text[t->start]);
}

/* What a backslash and c stand for in a string: the single-character
 * escapes MySQL's strings (backslash_escapes) or PostgreSQL's E'' strings
 * have; 0 where the backslash stays (MySQL's \% and \_, kept for LIKE);
 * any other c is itself. */
static char unescape(const struct sqlscan_flavor *fl, char c)
{
	switch (c) {
	case 'b':
		return '\b';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case 't':
		return '\t';
	case 'f':
		return fl->backslash_escapes ? c : '\f';
	case 'Z':
		return fl->backslash_escapes ? '\032' : c;
	case '%':
	case '_':
		return fl->backslash_escapes ? 0 : c;
	}
	return c;
}

/* PostgreSQL's E'' escapes by number, at text[at] after the backslash:
 * \xh[h] and \o[o[o]] a byte, \uXXXX and \UXXXXXXXX a character, put as
 * UTF-8.  False (nothing put) where text[at] starts none of them; else *last
 * is the escape's last byte. */
/* The number an escape at text[at] (after the backslash) stands for:
 * \xh[h] and \o[o[o]] a byte, \uXXXX and \UXXXXXXXX a character.  The
 * digits it read (0: no such escape, as \x alone is an x), *v the value,
 * *last its last byte, *byte whether it is a byte. */
static size_t pg_escape_number(const char *text, size_t at, size_t to, unsigned long *v,
			       size_t *last, bool *byte)
{
	size_t n = 0, max, i = at;
	int base, d;

	switch (text[at]) {
	case 'x':
		base = 16, max = 2, i++;
		break;
	case 'u':
		base = 16, max = 4, i++;
		break;
	case 'U':
		base = 16, max = 8, i++;
		break;
	default:
		if (text[at] < '0' || text[at] > '7')
			return 0;
		base = 8, max = 3;
	}
	for (*v = 0; n < max && i < to; n++, i++) {
		d = util_hex_digit(text[i]);
		if (d < 0 || d >= base)
			break;
		*v = *v * (unsigned long)base + (unsigned long)d;
	}
	*last = i - 1;
	*byte = max <= 3;
	if ((text[at] == 'u' || text[at] == 'U') && n != max)
		return n ? n : 1;	/* short: PostgreSQL refuses it; 1 says so */
	return n;
}

/* Whether a number escape stands for a character every database holds:
 * no zero, no byte alone above 0x7F, no surrogate, nothing past U+10FFFF,
 * all the digits a \u or \U needs. */
static bool number_fits(const char *text, size_t at, size_t n, unsigned long v, bool byte)
{
	if ((text[at] == 'u' && n != 4) || (text[at] == 'U' && n != 8))
		return false;
	return v != 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF) && !(byte && v > 0x7F);
}

bool sqlscan_escapes_fit(const char *text, size_t len)
{
	size_t i, last, n;
	unsigned long v;
	bool byte;

	for (i = 2; i + 1 < len; i++) {
		if (text[i] != '\\')
			continue;
		i++;
		n = pg_escape_number(text, i, len - 1, &v, &last, &byte);
		if (!n)
			continue;
		if (!number_fits(text, i, n, v, byte))
			return false;
		i = last;
	}
	return true;
}

static bool pg_escape(const char *text, size_t at, size_t to, size_t *last,
		      void (*put)(void *ctx, char c), void *ctx)
{
	unsigned long v;
	bool byte;
	size_t end, n = pg_escape_number(text, at, to, &v, &end, &byte);

	if (!n || !number_fits(text, at, n, v, byte))
		return false;	/* as PostgreSQL: 'x' alone is an x; the rest fail there */
	*last = end;
	if (byte) {
		put(ctx, (char)(v & 0xFF));
	} else {
		char u[4];
		size_t k, nu = util_utf8_encode((unsigned long)v, u);
		for (k = 0; k < nu; k++)
			put(ctx, u[k]);
	}
	return true;
}

/* Calls put(ctx, c) for each byte t's value holds. */
static void value_walk(const struct sqlscan_flavor *fl, const char *text,
		       const struct sqltok *t, void (*put)(void *ctx, char c), void *ctx)
{
	size_t i, from, to;
	char close;
	bool esc;

	if (t->kind != SQLTOK_NAME && t->kind != SQLTOK_STRING) {
		for (i = 0; i < t->len; i++)
			put(ctx, text[t->start + i]);
		return;
	}
	quoted_body(text, t, &from, &to, &close);
	esc = close && escapes_in(fl, text, t);
	for (i = from; i < to; i++) {
		char c = text[i];
		if (esc && c == '\\' && i + 1 < to && !fl->backslash_escapes &&
		    pg_escape(text, i + 1, to, &i, put, ctx))
			continue;
		if (esc && c == '\\' && i + 1 < to) {
			c = unescape(fl, text[++i]);
			if (!c) {	/* MySQL's \% and \_: the backslash stays */
				put(ctx, '\\');
				c = text[i];
			}
		} else if (close && close != ']' && c == close && i + 1 < to) {
			i++;	/* a doubled quote */
		}
		put(ctx, c);
	}
}

static void put_sbuf(void *ctx, char c)
{
	sbuf_addc(ctx, c);
}

void sqltok_value(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t,
		  struct sbuf *out)
{
	value_walk(fl, text, t, put_sbuf, out);
	sbuf_str(out);
}

/* Comparing a token's value with a name as it is walked, without a copy. */
struct match {
	const char *name;
	size_t at;
	bool fold, nocase, differ;
};

static void put_match(void *ctx, char c)
{
	struct match *m = ctx;
	int x = (unsigned char)c, y = (unsigned char)m->name[m->at];

	if (m->differ || !y) {
		m->differ = true;
		return;
	}
	if (m->fold || m->nocase)
		x = lower(x);
	if (m->nocase)
		y = lower(y);
	m->differ = x != y;
	m->at++;
}

bool sqltok_names(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t,
		  const char *name)
{
	struct match m = { name, 0, false, !fl->fold_lower, false };

	if (!sqltok_is_name(fl, text, t))
		return false;
	m.fold = t->kind == SQLTOK_WORD && fl->fold_lower;
	value_walk(fl, text, t, put_match, &m);
	return !m.differ && name[m.at] == '\0';
}

void sqlscan_add_quoted(const struct sqlscan_flavor *fl, struct sbuf *out, const char *name)
{
	sbuf_addc(out, fl->quote);
	for (; *name; name++) {
		if (*name == fl->quote)
			sbuf_addc(out, *name);
		sbuf_addc(out, *name);
	}
	sbuf_addc(out, fl->quote);
}

/* The bytes of a name written bare, by where they may stand: a table, as
 * every name a dialect writes is checked, and a chain of comparisons a
 * byte was most of that cost. */
#define PLAIN_FIRST 1	/* a-z and _ */
#define PLAIN_LATER 2	/* 0-9 and $ */
#define PLAIN_UPPER 4	/* A-Z: plain where names do not fold */
static const unsigned char plain_byte[256] = {
	['_'] = PLAIN_FIRST, ['$'] = PLAIN_LATER,
	['0'] = PLAIN_LATER, ['1'] = PLAIN_LATER, ['2'] = PLAIN_LATER, ['3'] = PLAIN_LATER,
	['4'] = PLAIN_LATER, ['5'] = PLAIN_LATER, ['6'] = PLAIN_LATER, ['7'] = PLAIN_LATER,
	['8'] = PLAIN_LATER, ['9'] = PLAIN_LATER,
	['a'] = PLAIN_FIRST, ['b'] = PLAIN_FIRST, ['c'] = PLAIN_FIRST, ['d'] = PLAIN_FIRST,
	['e'] = PLAIN_FIRST, ['f'] = PLAIN_FIRST, ['g'] = PLAIN_FIRST, ['h'] = PLAIN_FIRST,
	['i'] = PLAIN_FIRST, ['j'] = PLAIN_FIRST, ['k'] = PLAIN_FIRST, ['l'] = PLAIN_FIRST,
	['m'] = PLAIN_FIRST, ['n'] = PLAIN_FIRST, ['o'] = PLAIN_FIRST, ['p'] = PLAIN_FIRST,
	['q'] = PLAIN_FIRST, ['r'] = PLAIN_FIRST, ['s'] = PLAIN_FIRST, ['t'] = PLAIN_FIRST,
	['u'] = PLAIN_FIRST, ['v'] = PLAIN_FIRST, ['w'] = PLAIN_FIRST, ['x'] = PLAIN_FIRST,
	['y'] = PLAIN_FIRST, ['z'] = PLAIN_FIRST,
	['A'] = PLAIN_UPPER, ['B'] = PLAIN_UPPER, ['C'] = PLAIN_UPPER, ['D'] = PLAIN_UPPER,
	['E'] = PLAIN_UPPER, ['F'] = PLAIN_UPPER, ['G'] = PLAIN_UPPER, ['H'] = PLAIN_UPPER,
	['I'] = PLAIN_UPPER, ['J'] = PLAIN_UPPER, ['K'] = PLAIN_UPPER, ['L'] = PLAIN_UPPER,
	['M'] = PLAIN_UPPER, ['N'] = PLAIN_UPPER, ['O'] = PLAIN_UPPER, ['P'] = PLAIN_UPPER,
	['Q'] = PLAIN_UPPER, ['R'] = PLAIN_UPPER, ['S'] = PLAIN_UPPER, ['T'] = PLAIN_UPPER,
	['U'] = PLAIN_UPPER, ['V'] = PLAIN_UPPER, ['W'] = PLAIN_UPPER, ['X'] = PLAIN_UPPER,
	['Y'] = PLAIN_UPPER, ['Z'] = PLAIN_UPPER,
};

/* Whether name reads back bare as itself: the plain identifier alphabet,
 * upper case only where names do not fold, and no reserved word.  Its
 * length if so, else 0. */
static size_t plain_name(const struct sqlscan_flavor *fl, const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	unsigned ok = PLAIN_FIRST | PLAIN_LATER | (fl->fold_lower ? 0 : PLAIN_UPPER);
	size_t len;

	if (!(plain_byte[*p] & ok & ~PLAIN_LATER))
		return 0;	/* (and "" too) */
	while (plain_byte[*++p] & ok)
		;
	len = (size_t)(p - (const unsigned char *)name);
	return *p || sqlscan_reserved(fl, name, len) ? 0 : len;
}

void sqlscan_add_name(const struct sqlscan_flavor *fl, struct sbuf *out, const char *name)
{
	size_t len = plain_name(fl, name);

	if (len)
		sbuf_add(out, name, len);
	else
		sqlscan_add_quoted(fl, out, name);
}

void sqlscan_add_string(const struct sqlscan_flavor *fl, struct sbuf *out, const char *value)
{
	const char *run = value;	/* copied as it is, up to value */

	sbuf_addc(out, '\'');
	for (; *value; value++) {
		char c = *value;
		if (c != '\'' && !((c == '\\' || c == '\r') && fl->backslash_escapes))
			continue;
		sbuf_add(out, run, (size_t)(value - run));
		/* a carriage return written as itself may not survive a
		 * client that reads the script line by line (one drops it
		 * before a line end); where backslashes escape, \r spells it */
		if (c == '\r') {
			sbuf_adds(out, "\\r");
			run = value + 1;
		} else {
			sbuf_addc(out, c);	/* doubled: the run takes it again */
			run = value;
		}
	}
	sbuf_add(out, run, (size_t)(value - run));
	sbuf_addc(out, '\'');
}

/* Whether `to` reads the token t of text (read in `from`) as the same one
 * token with the same value. */
static bool reads_same(const struct sqlscan_flavor *from, const struct sqlscan_flavor *to,
		       const char *text, const struct sqltok *t)
{
	struct sqlscan sc;
	struct sqltok u;
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	bool same;

	sqlscan_init(&sc, to, text + t->start, t->len);
	if (!sqlscan_next(&sc, &u) || u.kind != t->kind || u.len != t->len || u.unterminated)
		return false;
	sqltok_value(from, text, t, &a);
	sqltok_value(to, text + t->start, &u, &b);
	same = strcmp(a.buf, b.buf) == 0;
	sbuf_release(&a);
	sbuf_release(&b);
	return same;
}

void sqlscan_respell(const struct sqlscan_flavor *from, const struct sqlscan_flavor *to,
		     struct sbuf *out, const char *text, size_t len, bool minimal)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf v = SBUF_INIT;
	size_t done = 0;

	sqlscan_init(&sc, from, text, len);
	while (sqlscan_next(&sc, &t)) {
		const char *s = text + t.start;
		bool dash = t.kind == SQLTOK_LINE_COMMENT && s[0] == '-';
		if (t.kind == SQLTOK_LINE_COMMENT) {
			/* a comment `to` would not take as one: made one it takes */
			if ((dash && (!to->dash_needs_space || t.len == 2 ||
				      (unsigned char)s[2] <= ' ')) ||
			    (!dash && to->hash_comments))
				continue;
			sbuf_add(out, text + done, t.start - done);
			sbuf_adds(out, to->dash_needs_space ? "-- " : "--");
			sbuf_add(out, s + (dash ? 2 : 1), t.len - (dash ? 2 : 1));
			done = t.start + t.len;
			continue;
		}
		bool national = t.kind == SQLTOK_STRING && (s[0] == 'N' || s[0] == 'n');
		if ((t.kind != SQLTOK_NAME && t.kind != SQLTOK_STRING) || t.unterminated ||
		    (!(minimal && t.kind == SQLTOK_NAME) && !(national && to->no_national) &&
		     reads_same(from, to, text, &t)))
			continue;
		sbuf_add(out, text + done, t.start - done);
		sbuf_reset(&v);
		sqltok_value(from, text, &t, &v);
		if (t.kind == SQLTOK_STRING && prefixed_string((unsigned char)s[0]) &&
		    !(national && to->no_national))
			sbuf_addc(out, s[0]);	/* N'', X'', B'' keep their letter */
		if (t.kind == SQLTOK_STRING)
			sqlscan_add_string(to, out, sbuf_str(&v));
		else if (minimal)
			sqlscan_add_name_for(to, out, text, len, &t, sbuf_str(&v));
		else
			sqlscan_add_quoted(to, out, sbuf_str(&v));
		done = t.start + t.len;
	}
	sbuf_add(out, text + done, len - done);
	sbuf_release(&v);
}

/* Whether a and then b, side by side, would read as one token. */
static bool joins(const struct sqlscan_flavor *fl, const char *text, size_t at, char a, char b)
{
	if (word_char((unsigned char)a) && word_char((unsigned char)b))
		return true;
	if (a == b && (a == '"' || a == '`' || a == '\''))
		return true;
	/* U& before a quote: PostgreSQL's unicode name or string */
	return fl->unicode_escapes && a == '&' && (b == '"' || b == '\'') && at >= 2 &&
	       (text[at - 2] == 'u' || text[at - 2] == 'U') &&
	       (at < 3 || !word_char((unsigned char)text[at - 3]));
}

void sqlscan_add_name_for(const struct sqlscan_flavor *fl, struct sbuf *out, const char *text,
			  size_t len, const struct sqltok *t, const char *name)
{
	struct sbuf tok = SBUF_INIT;
	size_t end = t->start + t->len;

	sqlscan_add_name(fl, &tok, name);
	if (t->start > 0 && joins(fl, text, t->start, text[t->start - 1], tok.buf[0]))
		sbuf_addc(out, ' ');
	sbuf_add(out, tok.buf, tok.len);
	if (end < len && joins(fl, text, 0, tok.buf[tok.len - 1], text[end]))
		sbuf_addc(out, ' ');
	sbuf_release(&tok);
}

/* A string that is only characters: plain, E'', N'' (a national one,
 * which SQLite keeps as a plain one) or dollar-quoted (not X'', B'' or
 * U&'', which say more than their value). */
static bool plain_string(const char *text, const struct sqltok *t)
{
	char c = text[t->start];

	return t->kind == SQLTOK_STRING && !t->unterminated &&
	       (c == '\'' || c == '$' ||
		((c == 'E' || c == 'e' || c == 'N' || c == 'n') && text[t->start + 1] == '\''));
}

/* Two tokens the same: as written, or a quoted name and another name for
 * the same thing. */
static bool tokens_same(const struct sqlscan_flavor *fl, const char *a,
			const struct sqltok *x, const char *b, const struct sqltok *y)
{
	struct sbuf name = SBUF_INIT;
	bool same;

	if (x->len == y->len && memcmp(a + x->start, b + y->start, x->len) == 0)
		return true;
	if (plain_string(a, x) && plain_string(b, y)) {	/* 'a', E'a', $$a$$ */
		struct sbuf other = SBUF_INIT;
		sqltok_value(fl, a, x, &name);
		sqltok_value(fl, b, y, &other);
		same = name.len == other.len && memcmp(name.buf, other.buf, name.len) == 0;
		sbuf_release(&name);
		sbuf_release(&other);
		return same;
	}
	if (x->kind == SQLTOK_WORD && y->kind == SQLTOK_WORD) {
		/* keywords, and unquoted names (which fold, or compare
		 * without case), are the same in any case */
		size_t i;
		if (x->len != y->len)
			return false;
		for (i = 0; i < x->len; i++)
			if (lower((unsigned char)a[x->start + i]) != lower((unsigned char)b[y->start + i]))
				return false;
		return true;
	}
	if (!sqltok_is_name(fl, a, x) || !sqltok_is_name(fl, b, y))
		return false;
	if (x->kind == SQLTOK_NAME) {	/* the quoted one's value against the other */
		sqltok_value(fl, a, x, &name);
		same = sqltok_names(fl, b, y, name.buf);
	} else {
		sqltok_value(fl, b, y, &name);
		same = sqltok_names(fl, a, x, name.buf);
	}
	sbuf_release(&name);
	return same;
}

bool sqlscan_same(const struct sqlscan_flavor *fl, const char *a, const char *b)
{
	struct sqlscan sa, sb;
	struct sqltok x, y;
	size_t ea = 0, eb = 0;	/* where the previous tokens ended */
	bool more;

	if (!a || !b)
		return a == b;
	if (strcmp(a, b) == 0)
		return true;
	sqlscan_init(&sa, fl, a, strlen(a));
	sqlscan_init(&sb, fl, b, strlen(b));
	while ((more = sqlscan_next(&sa, &x)) == sqlscan_next(&sb, &y) && more) {
		if (x.start - ea != y.start - eb || memcmp(a + ea, b + eb, x.start - ea) != 0 ||
		    !tokens_same(fl, a, &x, b, &y))
			return false;
		ea = x.start + x.len;
		eb = y.start + y.len;
	}
	return !more && sa.len - ea == sb.len - eb && memcmp(a + ea, b + eb, sa.len - ea) == 0;
}

bool sqlscan_one_string(const struct sqlscan_flavor *fl, const char *text, bool prefixed,
			struct sbuf *value)
{
	struct sqlscan sc;
	struct sqltok t, rest;
	char c;

	sqlscan_init(&sc, fl, text, strlen(text));
	if (!sqlscan_next(&sc, &t) || t.kind != SQLTOK_STRING || t.unterminated ||
	    sqlscan_next(&sc, &rest))
		return false;
	c = text[t.start];
	if (!prefixed && c != '\'' && c != '$' && c != 'E' && c != 'e')
		return false;	/* N'', X'', B'' say more than the characters */
	sqltok_value(fl, text, &t, value);
	return true;
}

bool sqlscan_same_tokens(const struct sqlscan_flavor *fl, const char *a, const char *b)
{
	struct sqlscan sa, sb;
	struct sqltok x, y;
	bool more;

	if (!a || !b)
		return a == b;
	sqlscan_init(&sa, fl, a, strlen(a));
	sqlscan_init(&sb, fl, b, strlen(b));
	while ((more = sqlscan_next(&sa, &x)) == sqlscan_next(&sb, &y) && more)
		if (!tokens_same(fl, a, &x, b, &y))
			return false;
	return !more;
}

bool sqlscan_enclosed(const struct sqlscan_flavor *fl, const char *text, size_t len,
		      size_t *inner, size_t *inner_len)
{
	struct sqlscan sc;
	struct sqltok t;
	size_t open;
	int depth = 0;

	sqlscan_init(&sc, fl, text, len);
	if (!sqlscan_next(&sc, &t) || !sqltok_punct(text, &t, '('))
		return false;
	open = t.start;
	do {
		if (sqltok_punct(text, &t, '('))
			depth++;
		else if (sqltok_punct(text, &t, ')') && --depth == 0)
			break;
	} while (sqlscan_next(&sc, &t));
	if (depth || sqlscan_next(&sc, &t))
		return false;
	*inner = open + 1;
	*inner_len = t.start - open - 1;
	return true;
}

bool sqlscan_ends_in_line_comment(const struct sqlscan_flavor *fl, const char *text,
				  size_t len)
{
	struct sqlscan sc;
	struct sqltok t;
	bool last = false;
	const char *dash = memchr(text, '-', len);

	/* most SQL has no comment at all: no "--" (nor '#'), no scan */
	while (dash && (size_t)(dash - text) + 1 < len && dash[1] != '-')
		dash = memchr(dash + 1, '-', len - (size_t)(dash + 1 - text));
	if ((!dash || (size_t)(dash - text) + 1 >= len) &&
	    !(fl->hash_comments && memchr(text, '#', len)))
		return false;
	sqlscan_init(&sc, fl, text, len);
	while (sqlscan_next(&sc, &t))
		last = t.kind == SQLTOK_LINE_COMMENT;
	return last;
}

/* Whether a block comment (its text, markers included) holds a slash-star. */
static bool nested_comment(const char *s, size_t len)
{
	size_t i;

	for (i = 2; i + 3 < len; i++)
		if (s[i] == '/' && s[i + 1] == '*')
			return true;
	return false;
}

bool sqlscan_fragment_fault(const char *sql, struct sbuf *why)
{
	static const char *const what[] = {
		[SQLTOK_NAME] = "a quoted name", [SQLTOK_STRING] = "a string",
		[SQLTOK_BLOCK_COMMENT] = "a comment",
	};
	struct sqlscan sc;
	struct sqltok t;

	sqlscan_init(&sc, &sqlscan_fragment, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (t.unterminated && t.kind < ARRAY_LEN(what) && what[t.kind]) {
			size_t n = t.len > 12 ? 12 : t.len;
			while (n < t.len && ((unsigned char)sql[t.start + n] & 0xC0) == 0x80)
				n--;	/* not half a character */
			sbuf_addf(why, "the SQL text ends inside %s (%.*s...): close it, since "
				  "each database would read the rest its own way", what[t.kind],
				  (int)n, sql + t.start);
			return true;
		}
		if (t.kind == SQLTOK_BLOCK_COMMENT && nested_comment(sql + t.start, t.len)) {
			sbuf_adds(why, "a comment inside a comment ends where PostgreSQL's nesting "
				  "says on PostgreSQL, and at the first */ elsewhere: write no '/*' "
				  "inside a comment");
			return true;
		}
		if (t.kind == SQLTOK_WORD && t.len == 1 && (sql[t.start] == 'U' || sql[t.start] == 'u') &&
		    sql[t.start + 1] == '&' && (sql[t.start + 2] == '\'' || sql[t.start + 2] == '"')) {
			sbuf_adds(why, "U&'...' is PostgreSQL's alone: write the characters themselves");
			return true;
		}
		if (t.kind == SQLTOK_STRING && (sql[t.start] == 'E' || sql[t.start] == 'e') &&
		    !sqlscan_escapes_fit(sql + t.start, t.len)) {
			sbuf_adds(why, "an E'' string here has an escape that is no character (a "
				  "zero, a lone byte, half of a pair, or past U+10FFFF): write the "
				  "character itself");
			return true;
		}
		if (t.kind == SQLTOK_BLOCK_COMMENT && t.len > 2 &&
		    (sql[t.start + 2] == '!' || (sql[t.start + 2] == 'M' && t.len > 3 &&
						   sql[t.start + 3] == '!'))) {
			sbuf_adds(why, "MySQL runs what a /*! comment holds and the other databases "
				  "skip it: write it in an only block, as that database's own SQL");
			return true;
		}
	}
	return false;
}
