/* The Python frontend's driver: the encoding checked, Python's layout of
 * lines made from the lexer's newlines (NEWLINE, INDENT, DEDENT, none
 * inside brackets), string literals decoded, and the constructors the
 * grammar's actions call. */
#include "pyparse.h"
#include "arena.h"
#include "pyparse_impl.h"
#include "sbuf.h"
#include "strmap.h"
#include "util.h"
#include "py_lexer.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PY_MAX_ERRORS = 20 };

/* ---- errors ---- */

void pyparse_error(struct pyparser *p, enum diag_code code, struct span sp, const char *fmt,
		   ...)
{
	va_list ap;

	if (p->gave_up)
		return;
	va_start(ap, fmt);
	diag_vat(p->diag, DIAG_SEV_ERROR, code, p->src, sp, fmt, ap);
	va_end(ap);
	if (++p->nerrors >= PY_MAX_ERRORS) {
		p->gave_up = true;
		diag_plain(p->diag, DIAG_SEV_NOTE, DIAG_TOO_MANY_ERRORS,
			   "too many errors in %s, stopping", p->src->path);
	}
}

void pyparse_syntax_error(struct pyparser *p, struct span sp, const char *msg)
{
	/* bison's "syntax error, unexpected X, expecting Y" */
	if (strncmp(msg, "syntax error, ", 14) == 0)
		msg += 14;
	pyparse_error(p, DIAG_SYNTAX, sp, "%s", msg);
}

void pyparse_fatal(const char *msg)
{
	fprintf(stderr, "retort: fatal: Python scanner: %s\n", msg);
	abort();
}

/* ---- keywords ---- */

int pyparse_keyword(const char *text, size_t len)
{
	static const struct { const char *word; int tok; } kw[] = {
		{ "and", P_AND }, { "as", P_AS }, { "assert", P_ASSERT }, { "async", P_ASYNC },
		{ "await", P_AWAIT }, { "break", P_BREAK }, { "class", P_CLASS },
		{ "continue", P_CONTINUE }, { "def", P_DEF }, { "del", P_DEL },
		{ "elif", P_ELIF }, { "else", P_ELSE }, { "except", P_EXCEPT },
		{ "False", P_FALSE }, { "finally", P_FINALLY }, { "for", P_FOR },
		{ "from", P_FROM }, { "global", P_GLOBAL }, { "if", P_IF }, { "import", P_IMPORT },
		{ "in", P_IN }, { "is", P_IS }, { "lambda", P_LAMBDA }, { "None", P_NONE },
		{ "nonlocal", P_NONLOCAL }, { "not", P_NOT }, { "or", P_OR }, { "pass", P_PASS },
		{ "raise", P_RAISE }, { "return", P_RETURN }, { "True", P_TRUE },
		{ "try", P_TRY }, { "while", P_WHILE }, { "with", P_WITH }, { "yield", P_YIELD },
	};
	size_t i;

	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
		if (strlen(kw[i].word) == len && memcmp(kw[i].word, text, len) == 0)
			return kw[i].tok;
	return P_NAME;
}

/* ---- strings ---- */

static void put_utf8(struct sbuf *sb, unsigned long cp)
{
	char u[4];

	sbuf_add(sb, u, util_utf8_encode(cp, u));
}

/* n hex digits at s as a number, or -1. */
static long hexnum(const char *s, const char *end, int n)
{
	long v = 0;
	int i, h;

	if (end - s < n)
		return -1;
	for (i = 0; i < n; i++) {
		if ((h = util_hex_digit(s[i])) < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* One escape after a backslash at s (s < end): its value into sb, and how
 * many bytes it took; 0 with a message when it is one Python refuses. */
static size_t escape(struct pyparser *p, const char *s, const char *end, bool bytes,
		     struct sbuf *sb, struct span sp)
{
	static const char simple[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";
	const char *q;
	long v;
	int n = 0;

	if (*s == '\n')
		return 1;	/* a line continued inside the string */
	if (*s == '\r' && s + 1 < end && s[1] == '\n')
		return 2;
	for (q = simple; *q; q += 2)
		if (*s == q[0]) {
			sbuf_addc(sb, q[1]);
			return 1;
		}
	if (*s >= '0' && *s <= '7') {
		v = 0;
		while (n < 3 && s + n < end && s[n] >= '0' && s[n] <= '7')
			v = v * 8 + (s[n++] - '0');
		if (bytes)
			sbuf_addc(sb, (char)(v & 0xFF));
		else
			put_utf8(sb, (unsigned long)v);
		return (size_t)n;
	}
	if (*s == 'x' || (!bytes && (*s == 'u' || *s == 'U'))) {
		n = *s == 'x' ? 2 : *s == 'u' ? 4 : 8;
		v = hexnum(s + 1, end, n);
		if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF && !bytes)) {
			pyparse_error(p, DIAG_LEX_BAD_CHAR, sp, "invalid \\%c escape in a string", *s);
			return 0;
		}
		if (bytes)
			sbuf_addc(sb, (char)v);
		else
			put_utf8(sb, (unsigned long)v);
		return (size_t)n + 1;
	}
	if (*s == 'N' && !bytes) {
		pyparse_error(p, DIAG_LEX_BAD_CHAR, sp,
			      "a \\N{...} escape is not read (write the character itself)");
		return 0;
	}
	/* an escape Python does not know keeps its backslash */
	sbuf_addc(sb, '\\');
	sbuf_addc(sb, *s);
	return 1;
}

struct py_node *pyparse_string(struct pyparser *p, const char *text, size_t len,
			       struct span sp)
{
	struct py_node *n = pyparse_node(p, PY_STR, sp);
	struct sbuf sb = SBUF_INIT;
	const char *s = text, *end;
	size_t q;

	for (; *s != '\'' && *s != '"'; s++) {
		switch (*s) {
		case 'r': case 'R': n->flags |= PY_STR_RAW; break;
		case 'b': case 'B': n->flags |= PY_STR_BYTES; break;
		case 'f': case 'F': n->flags |= PY_STR_F; break;
		default: break;	/* u */
		}
	}
	q = (size_t)(text + len - s) >= 6 && s[1] == s[0] && s[2] == s[0] ? 3 : 1;
	if (q == 3)
		n->flags |= PY_STR_TRIPLE;
	end = text + len - q;
	s += q;
	if (n->flags & (PY_STR_RAW | PY_STR_F)) {
		sbuf_add(&sb, s, (size_t)(end - s));
	} else {
		while (s < end) {
			const char *bs = memchr(s, '\\', (size_t)(end - s));
			size_t took;
			if (!bs) {
				sbuf_add(&sb, s, (size_t)(end - s));
				break;
			}
			sbuf_add(&sb, s, (size_t)(bs - s));
			if (bs + 1 >= end)
				break;	/* the lexer gives none such */
			took = escape(p, bs + 1, end, n->flags & PY_STR_BYTES, &sb, sp);
			if (!took) {
				sbuf_release(&sb);
				return NULL;
			}
			s = bs + 1 + took;
		}
	}
	n->len = sb.len;
	n->text = arena_strndup(p->arena, sb.buf ? sb.buf : "", sb.len);
	sbuf_release(&sb);
	return n;
}

/* ---- the layout of lines ---- */

/* The indentation of the line the token at off starts: spaces count one,
 * a tab to the next multiple of 8, a form feed starts again. */
static unsigned indent_of(const struct pyparser *p, size_t off)
{
	const char *t = p->src->text;
	size_t s = off;
	unsigned col = 0;

	while (s > p->text_start && t[s - 1] != '\n')
		s--;
	for (; s < off; s++) {
		if (t[s] == '\t')
			col = (col / 8 + 1) * 8;
		else if (t[s] == '\f')
			col = 0;
		else
			col++;
	}
	return col;
}

static int hold(struct pyparser *p, int tok, PY_YYSTYPE *lval, struct span *lloc, int give)
{
	p->held = true;
	p->held_tok = tok;
	p->held_val = *lval;
	p->held_loc = *lloc;
	lloc->end = lloc->start;
	return give;
}

int pyparse_next_token(struct pyparser *p, PY_YYSTYPE *lval, struct span *lloc)
{
	int tok;

	if (p->dedents) {
		p->dedents--;
		*lloc = p->held_loc;
		lloc->end = lloc->start;
		return P_DEDENT;
	}
	if (p->held) {
		p->held = false;
		*lval = p->held_val;
		*lloc = p->held_loc;
		return p->held_tok;
	}
	for (;;) {
		tok = p->ended || p->gave_up ? 0 : py_scan_lex(lval, lloc, p->scanner);
		if (tok == 0) {
			p->ended = true;
			lloc->start = lloc->end = (uint32_t)p->src->len;
			if (p->any && !p->line_start) {
				p->line_start = true;
				return P_NEWLINE;
			}
			if (p->nindent) {
				p->nindent--;
				return P_DEDENT;
			}
			return 0;
		}
		if (tok == P_NEWLINE) {
			if (p->depth > 0 || p->line_start)
				continue;	/* inside brackets, or a blank line */
			p->line_start = true;
			return P_NEWLINE;
		}
		break;
	}
	if (tok == '(' || tok == '[' || tok == '{')
		p->depth++;
	else if ((tok == ')' || tok == ']' || tok == '}') && p->depth > 0)
		p->depth--;
	p->any = true;
	if (p->line_start) {
		unsigned col = indent_of(p, lloc->start);
		unsigned cur = p->nindent ? p->indent[p->nindent - 1] : 0;
		p->line_start = false;
		if (col > cur) {
			if (p->nindent == PY_MAX_INDENT) {
				pyparse_error(p, DIAG_SYNTAX, *lloc, "indented too deeply");
				p->gave_up = true;
				return 0;
			}
			p->indent[p->nindent++] = col;
			return hold(p, tok, lval, lloc, P_INDENT);
		}
		if (col < cur) {
			size_t n = 0;
			while (p->nindent && p->indent[p->nindent - 1] > col) {
				p->nindent--;
				n++;
			}
			if ((p->nindent ? p->indent[p->nindent - 1] : 0) != col)
				pyparse_error(p, DIAG_SYNTAX, *lloc, "this line's indentation matches no "
					      "outer block's");
			p->dedents = n - 1;
			return hold(p, tok, lval, lloc, P_DEDENT);
		}
	}
	return tok;
}

/* ---- the entry ---- */

struct py_module *pyparse_file(struct arena *a, struct srcfile *src, struct diag *d)
{
	struct pyparser p;
	struct py_module *m = ARENA_NEW(a, struct py_module);
	size_t at;
	bool nul;
	YY_BUFFER_STATE buf;

	m->src = src;
	pyparse_list_init(&m->body);
	memset(&p, 0, sizeof(p));
	p.arena = a;
	p.diag = d;
	p.src = src;
	p.mod = m;
	p.line_start = true;
	srcfile_hold(src);
	srcfile_ensure(src);
	if ((at = srcfile_bad_byte(src, &nul)) != SIZE_MAX) {
		if (nul)
			pyparse_error(&p, DIAG_LEX_NUL, span_make((uint32_t)at, (uint32_t)at + 1),
				      "NUL byte in source file");
		else
			pyparse_error(&p, DIAG_LEX_UTF8, span_make((uint32_t)at, (uint32_t)at + 1),
				      "invalid UTF-8 byte 0x%02x (source files must be UTF-8)",
				      (unsigned char)src->text[at]);
		m->nerrors = p.nerrors;
		srcfile_let_go(src);
		return m;
	}
	if (py_scan_lex_init_extra(&p, &p.scanner) != 0)
		pyparse_fatal("out of memory");
	at = src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	p.pos = p.text_start = at;
	buf = py_scan__scan_bytes(src->text + at, (int)(src->len - at), p.scanner);
	py_yyparse(&p);
	py_scan__delete_buffer(buf, p.scanner);
	py_scan_lex_destroy(p.scanner);
	m->nerrors = p.nerrors;
	srcfile_let_go(src);
	return m;
}

const char *py_dotted(struct arena *a, const struct py_node *n)
{
	const char *left;

	if (n->kind == PY_NAME)
		return n->text;
	if (n->kind != PY_ATTR || !(left = py_dotted(a, n->a)))
		return NULL;
	return arena_printf(a, "%s.%s", left, n->text);
}

/* ---- constructors ---- */

void pyparse_list_init(struct py_list *l)
{
	l->head = l->tail = NULL;
	l->n = 0;
}

void pyparse_list_add(struct py_list *l, struct py_node *n)
{
	n->next = NULL;
	if (l->tail)
		l->tail->next = n;
	else
		l->head = n;
	l->tail = n;
	l->n++;
}

void pyparse_list_one(struct py_list *l, struct py_node *n)
{
	pyparse_list_init(l);
	pyparse_list_add(l, n);
}

void pyparse_list_cat(struct py_list *l, struct py_list *more)
{
	if (!more->head)
		return;
	if (l->tail)
		l->tail->next = more->head;
	else
		l->head = more->head;
	l->tail = more->tail;
	l->n += more->n;
}

struct py_node *pyparse_node(struct pyparser *p, enum py_kind k, struct span sp)
{
	struct py_node *n = ARENA_NEW(p->arena, struct py_node);

	n->kind = k;
	n->span = sp;
	return n;
}

struct py_node *pyparse_leaf(struct pyparser *p, enum py_kind k, struct span sp,
			     const char *text)
{
	struct py_node *n = pyparse_node(p, k, sp);

	n->text = text;
	return n;
}

struct py_node *pyparse_name(struct pyparser *p, const char *name, struct span sp)
{
	return pyparse_leaf(p, PY_NAME, sp, name);
}

struct py_node *pyparse_unary(struct pyparser *p, enum py_kind k, struct span sp,
			      const char *text, struct py_node *a)
{
	struct py_node *n = pyparse_leaf(p, k, sp, text);

	n->a = a;
	return n;
}

struct py_node *pyparse_binary(struct pyparser *p, enum py_kind k, struct span sp,
			       const char *text, struct py_node *a, struct py_node *b)
{
	struct py_node *n = pyparse_unary(p, k, sp, text, a);

	n->b = b;
	return n;
}

struct py_node *pyparse_other(struct pyparser *p, const char *keyword, struct span sp)
{
	return pyparse_leaf(p, PY_OTHER, sp, keyword);
}

struct py_node *pyparse_assign(struct pyparser *p, struct span sp, struct py_list *targets,
			       struct py_node *value)
{
	struct py_node *n = pyparse_unary(p, PY_ASSIGN, sp, NULL, value);

	n->items = *targets;
	return n;
}

struct py_node *pyparse_ann(struct pyparser *p, struct span sp, struct py_node *target,
			    struct py_node *annotation, struct py_node *value)
{
	struct py_node *n = pyparse_unary(p, PY_ANNASSIGN, sp, NULL, value);

	n->b = target;
	n->c = annotation;
	return n;
}

struct py_node *pyparse_seq(struct pyparser *p, enum py_kind k, struct span sp,
			    struct py_list *items)
{
	struct py_node *n = pyparse_node(p, k, sp);

	if (items)
		n->items = *items;
	return n;
}

struct py_node *pyparse_tuple(struct pyparser *p, struct span sp, struct py_list *items,
			      bool comma)
{
	if (items->n == 1 && !comma)
		return items->head;
	return pyparse_seq(p, PY_TUPLE, sp, items);
}

void pyparse_parens(struct pyparser *p, struct py_node *n, struct span sp)
{
	(void)p;
	if (n->kind == PY_TUPLE || n->kind == PY_COMP)
		n->span = sp;
}

struct py_node *pyparse_block(struct pyparser *p, enum py_kind k, struct span sp,
			      struct py_node *a, struct py_list *body, struct py_node *orelse)
{
	struct py_node *n = pyparse_unary(p, k, sp, NULL, a);

	n->body = *body;
	if (orelse && orelse->kind == PY_SUITE)
		n->orelse = orelse->body;
	else if (orelse)
		pyparse_list_one(&n->orelse, orelse);
	return n;
}

struct py_node *pyparse_try(struct pyparser *p, struct span sp, struct py_list *body,
			    struct py_list *handlers, struct py_node *orelse,
			    struct py_node *finally)
{
	struct py_node *n = pyparse_block(p, PY_TRY, sp, NULL, body, orelse);

	if (handlers)
		n->items = *handlers;
	n->c = finally;
	return n;
}

struct py_node *pyparse_def(struct pyparser *p, enum py_kind k, struct span sp,
			    const char *name, struct py_list *params, struct py_list *body)
{
	struct py_node *n = pyparse_leaf(p, k, sp, name);

	n->items = *params;
	n->body = *body;
	return n;
}

struct py_node *pyparse_param(struct pyparser *p, struct span sp, const char *name,
			      unsigned flags, struct py_node *dflt)
{
	struct py_node *n = pyparse_unary(p, PY_PARAM, sp, name, dflt);

	n->flags = flags;
	return n;
}

struct py_node *pyparse_import(struct pyparser *p, enum py_kind k, struct span sp,
			       const char *module, unsigned dots, struct py_list *names)
{
	struct py_node *n = pyparse_leaf(p, k, sp, module);

	n->n = dots;
	n->items = *names;
	return n;
}

struct py_node *pyparse_alias(struct pyparser *p, struct span sp, const char *name,
			      const char *as)
{
	struct py_node *n = pyparse_leaf(p, PY_ALIAS, sp, name);

	if (as)
		n->b = pyparse_name(p, as, sp);
	return n;
}

const char *pyparse_dotted(struct pyparser *p, const char *a, const char *b)
{
	return arena_printf(p->arena, "%s.%s", a, b);
}

struct py_node *pyparse_ifexp(struct pyparser *p, struct span sp, struct py_node *body,
			      struct py_node *test, struct py_node *orelse)
{
	struct py_node *n = pyparse_binary(p, PY_IFEXP, sp, NULL, body, test);

	n->c = orelse;
	return n;
}

struct py_node *pyparse_attr(struct pyparser *p, struct span sp, struct py_node *obj,
			     const char *name)
{
	return pyparse_unary(p, PY_ATTR, sp, name, obj);
}

struct py_node *pyparse_call(struct pyparser *p, struct span sp, struct py_node *func,
			     struct py_list *args)
{
	struct py_node *n = pyparse_unary(p, PY_CALL, sp, NULL, func);
	struct strmap *seen = NULL;
	struct py_node *a;

	if (args)
		n->items = *args;
	/* f(x=1, x=2) is Python's SyntaxError: the call is none */
	for (a = n->items.head; a; a = a->next) {
		if (a->kind != PY_KWARG)
			continue;
		if (!seen)
			seen = strmap_new(n->items.n);
		if (strmap_put(seen, a->text, a)) {
			pyparse_error(p, DIAG_SYNTAX, a->span, "keyword argument repeated: %s",
				      a->text);
			n->kind = PY_ERROR;
			break;
		}
	}
	strmap_free(seen);
	return n;
}

struct py_node *pyparse_call1(struct pyparser *p, struct span sp, struct py_node *func,
			      struct py_node *arg)
{
	struct py_list one;

	pyparse_list_one(&one, arg);
	return pyparse_call(p, sp, func, &one);
}

struct py_node *pyparse_comp(struct pyparser *p, struct span sp, const char *kind,
			     struct py_node *elt, struct py_node *loops)
{
	(void)loops;	/* read, not kept: a comprehension is never converted */
	return pyparse_unary(p, PY_COMP, sp, kind, elt);
}

struct py_node *pyparse_subscript(struct pyparser *p, struct span sp, struct py_node *obj,
				  struct py_list *subs, bool comma)
{
	return pyparse_binary(p, PY_SUBSCRIPT, sp, NULL, obj,
			      pyparse_tuple(p, sp, subs, comma));
}

struct py_node *pyparse_slice(struct pyparser *p, struct span sp, struct py_node *lo,
			      struct py_node *hi, struct py_node *step)
{
	struct py_node *n = pyparse_binary(p, PY_SLICE, sp, NULL, lo, hi);

	n->c = step;
	return n;
}

struct py_node *pyparse_concat(struct pyparser *p, struct span sp, struct py_node *a,
			       struct py_node *b)
{
	struct py_node *n = pyparse_node(p, PY_STR, sp);
	char *t = arena_alloc(p->arena, a->len + b->len + 1);

	memcpy(t, a->text, a->len);
	memcpy(t + a->len, b->text, b->len);
	t[a->len + b->len] = '\0';
	n->text = t;
	n->len = a->len + b->len;
	n->flags = (a->flags | b->flags) & (PY_STR_F | PY_STR_BYTES);
	return n;
}
