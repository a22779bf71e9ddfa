/* The Python an Alembic revision file is written in, as a tree: what the
 * second frontend (grammar/py_lexer.l, grammar/py_parser.y, pyparse.c)
 * builds and `retort import` reads.  It is Python's syntax, not its
 * meaning: nothing here runs or imports anything.  Every node lives in the
 * arena of its parse and carries its span in the file, so that what the
 * importer cannot convert is quoted from the file as written. */
#ifndef RETORT_PYAST_H
#define RETORT_PYAST_H

#include <stdbool.h>
#include <stddef.h>

#include "srcfile.h"

enum py_kind {
	/* expressions */
	PY_NAME,	/* text: the name */
	PY_ATTR,	/* a.text */
	PY_CALL,	/* a(items), each a positional value, PY_KWARG,
			 * PY_STARRED or PY_DSTAR */
	PY_STR,		/* text, len: the value (escapes undone); flags */
	PY_NUM,		/* text: as written */
	PY_TRUE,
	PY_FALSE,
	PY_NONE,
	PY_ELLIPSIS,
	PY_LIST,	/* items */
	PY_TUPLE,	/* items (also a bare a, b) */
	PY_SET,		/* items */
	PY_DICT,	/* items, each a PY_PAIR or PY_DSTAR */
	PY_PAIR,	/* a: b (in a dict) */
	PY_KWARG,	/* text=a (in a call) */
	PY_STARRED,	/* *a */
	PY_DSTAR,	/* **a */
	PY_SUBSCRIPT,	/* a[b] */
	PY_SLICE,	/* a:b:c, any of them NULL */
	PY_BINOP,	/* a text b */
	PY_UNARY,	/* text a */
	PY_COMPARE,	/* a text b (a chain is nested: (x < y) < z) */
	PY_BOOLOP,	/* a and/or b */
	PY_IFEXP,	/* a if b else c */
	PY_LAMBDA,	/* lambda ...: a (its parameters are not kept) */
	PY_COMP,	/* a comprehension or generator: a, then its loops
			 * (not kept); text: "list", "set", "dict", "gen" */
	PY_NAMED,	/* text := a */
	PY_AWAIT,	/* await a / yield a */
	/* statements */
	PY_EXPR_STMT,	/* a */
	PY_ASSIGN,	/* items (the targets, left to right) = a */
	PY_AUGASSIGN,	/* b text a (text: "+=" ...) */
	PY_ANNASSIGN,	/* b: c = a (a may be NULL) */
	PY_IMPORT,	/* import items (each a PY_ALIAS) */
	PY_FROM,	/* from text import items (each a PY_ALIAS); n: the
			 * leading dots */
	PY_ALIAS,	/* text [as b->text]: a dotted name */
	PY_PASS,
	PY_RETURN,	/* a may be NULL */
	PY_DEF,		/* def text(items: PY_PARAM): body; items may be
			 * empty; decorators in orelse */
	PY_PARAM,	/* text [= a]; flags PY_PARAM_STAR, PY_PARAM_DSTAR */
	PY_CLASS,	/* class text(items): body; decorators in orelse */
	PY_IF,		/* if a: body; orelse (an elif is a PY_IF in it) */
	PY_WITH,	/* with items (each a PY_WITEM): body */
	PY_WITEM,	/* a [as b] */
	PY_FOR,		/* for b in a: body; orelse */
	PY_WHILE,	/* while a: body; orelse */
	PY_TRY,		/* try: body; items (PY_EXCEPT); orelse; c: finally
			 * (a PY_SUITE) */
	PY_EXCEPT,	/* except [a [as text]]: body */
	PY_SUITE,	/* body */
	PY_OTHER,	/* a simple statement the importer never converts:
			 * text: its keyword (del, raise, global, nonlocal,
			 * assert, break, continue) */
	PY_ERROR	/* what the parser could not read; its span says where */
};

/* PY_STR flags */
#define PY_STR_RAW	1u
#define PY_STR_BYTES	2u
#define PY_STR_F	4u	/* an f-string: text is as written, not a value */
#define PY_STR_TRIPLE	8u
/* PY_PARAM flags */
#define PY_PARAM_STAR	1u
#define PY_PARAM_DSTAR	2u
/* PY_DEF, PY_WITH, PY_FOR: async */
#define PY_ASYNC	16u
/* PY_IF: an elif (in its if's orelse), not an if inside an else */
#define PY_ELIF		32u

struct py_node;

struct py_list {
	struct py_node *head, *tail;
	size_t n;
};

struct py_node {
	enum py_kind kind;
	struct span span;
	const char *text;
	size_t len;		/* PY_STR: bytes in text (it may hold NULs) */
	unsigned flags;
	unsigned n;		/* PY_FROM: leading dots */
	struct py_node *a, *b, *c;
	struct py_list items, body, orelse;
	struct py_node *next;	/* in its list */
};

struct py_module {
	struct srcfile *src;
	struct py_list body;
	int nerrors;		/* syntax errors (each a message, and the
				 * statement a PY_ERROR) */
};

#endif
