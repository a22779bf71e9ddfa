/* What the generated Python lexer and parser share with pyparse.c: the
 * parser state and the constructors grammar actions call.  Private to the
 * Python frontend; the importer sees only pyparse.h and pyast.h. */
#ifndef RETORT_PYPARSE_IMPL_H
#define RETORT_PYPARSE_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "py_parser.h"
#include "pyast.h"

struct arena;

enum { PY_MAX_INDENT = 100 };

struct pyparser {
	struct arena *arena;
	struct diag *diag;
	struct srcfile *src;
	struct py_module *mod;
	void *scanner;
	size_t pos;		/* the lexer's byte offset */
	size_t text_start;	/* after a byte order mark */
	int nerrors;
	bool gave_up;		/* too many errors: the lexer gives EOF */
	/* the layout of lines (pyparse_next_token) */
	int depth;		/* brackets open */
	bool line_start;	/* the next token starts a logical line */
	bool any;		/* a token has been given */
	bool ended;		/* the lexer gave EOF */
	unsigned indent[PY_MAX_INDENT];
	size_t nindent;
	size_t dedents;		/* DEDENTs owed before the held token */
	bool held;		/* a token read, given after INDENT/DEDENT */
	int held_tok;
	struct span held_loc;
	PY_YYSTYPE held_val;
};

int pyparse_next_token(struct pyparser *p, PY_YYSTYPE *lval, struct span *lloc);
int pyparse_keyword(const char *text, size_t len);
struct py_node *pyparse_string(struct pyparser *p, const char *text, size_t len,
			       struct span sp);
void pyparse_error(struct pyparser *p, enum diag_code code, struct span sp, const char *fmt,
		   ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
void pyparse_syntax_error(struct pyparser *p, struct span sp, const char *msg);
_Noreturn void pyparse_fatal(const char *msg);

/* ---- constructors (each a grammar action) ---- */
void pyparse_list_init(struct py_list *l);
void pyparse_list_one(struct py_list *l, struct py_node *n);
void pyparse_list_add(struct py_list *l, struct py_node *n);
void pyparse_list_cat(struct py_list *l, struct py_list *more);
struct py_node *pyparse_node(struct pyparser *p, enum py_kind k, struct span sp);
struct py_node *pyparse_leaf(struct pyparser *p, enum py_kind k, struct span sp,
			     const char *text);
struct py_node *pyparse_name(struct pyparser *p, const char *name, struct span sp);
struct py_node *pyparse_unary(struct pyparser *p, enum py_kind k, struct span sp,
			      const char *text, struct py_node *a);
struct py_node *pyparse_binary(struct pyparser *p, enum py_kind k, struct span sp,
			       const char *text, struct py_node *a, struct py_node *b);
struct py_node *pyparse_other(struct pyparser *p, const char *keyword, struct span sp);
struct py_node *pyparse_assign(struct pyparser *p, struct span sp, struct py_list *targets,
			       struct py_node *value);
struct py_node *pyparse_ann(struct pyparser *p, struct span sp, struct py_node *target,
			    struct py_node *annotation, struct py_node *value);
struct py_node *pyparse_tuple(struct pyparser *p, struct span sp, struct py_list *items,
			      bool comma);
struct py_node *pyparse_seq(struct pyparser *p, enum py_kind k, struct span sp,
			    struct py_list *items);
void pyparse_parens(struct pyparser *p, struct py_node *n, struct span sp);
struct py_node *pyparse_block(struct pyparser *p, enum py_kind k, struct span sp,
			      struct py_node *a, struct py_list *body, struct py_node *orelse);
struct py_node *pyparse_try(struct pyparser *p, struct span sp, struct py_list *body,
			    struct py_list *handlers, struct py_node *orelse,
			    struct py_node *finally);
struct py_node *pyparse_def(struct pyparser *p, enum py_kind k, struct span sp,
			    const char *name, struct py_list *params, struct py_list *body);
struct py_node *pyparse_param(struct pyparser *p, struct span sp, const char *name,
			      unsigned flags, struct py_node *dflt);
struct py_node *pyparse_import(struct pyparser *p, enum py_kind k, struct span sp,
			       const char *module, unsigned dots, struct py_list *names);
struct py_node *pyparse_alias(struct pyparser *p, struct span sp, const char *name,
			      const char *as);
const char *pyparse_dotted(struct pyparser *p, const char *a, const char *b);
struct py_node *pyparse_ifexp(struct pyparser *p, struct span sp, struct py_node *body,
			      struct py_node *test, struct py_node *orelse);
struct py_node *pyparse_attr(struct pyparser *p, struct span sp, struct py_node *obj,
			     const char *name);
struct py_node *pyparse_call(struct pyparser *p, struct span sp, struct py_node *func,
			     struct py_list *args);
struct py_node *pyparse_call1(struct pyparser *p, struct span sp, struct py_node *func,
			      struct py_node *arg);
struct py_node *pyparse_comp(struct pyparser *p, struct span sp, const char *kind,
			     struct py_node *elt, struct py_node *loops);
struct py_node *pyparse_subscript(struct pyparser *p, struct span sp, struct py_node *obj,
				  struct py_list *subs, bool comma);
struct py_node *pyparse_slice(struct pyparser *p, struct span sp, struct py_node *lo,
			      struct py_node *hi, struct py_node *step);
struct py_node *pyparse_concat(struct pyparser *p, struct span sp, struct py_node *a,
			       struct py_node *b);

#endif
