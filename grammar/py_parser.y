/* The grammar of the Python that Alembic revision files are written in
 * (retort import): Python 3's statements and expressions, enough to read
 * any revision file a person or Alembic writes, into the tree of pyast.h.
 * Each action is one constructor call; what a statement means is for
 * import.c.  An error recovers at the end of the statement (with the
 * block under it, if any): one bad statement is one message and one
 * PY_ERROR, and the rest of the file is still read. */

%require "3.8"
%define api.pure full
%define api.prefix {py_yy}
%define api.token.prefix {P_}
%define api.location.type {struct span}
%define parse.error detailed
%locations
%expect 0
%param {struct pyparser *p}

%code requires {
#include "pyast.h"
#include "srcfile.h"
struct pyparser;
}

%code provides {
int py_yyparse(struct pyparser *p);
}

%code {
#include "arena.h"
#include "pyparse_impl.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
	do {                                                            \
		if (N) {                                                \
			(Cur).start = YYRHSLOC(Rhs, 1).start;           \
			(Cur).end = YYRHSLOC(Rhs, N).end;               \
		} else {                                                \
			(Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; \
		}                                                       \
	} while (0)

static int py_yylex(PY_YYSTYPE *lval, PY_YYLTYPE *lloc, struct pyparser *p);
static void py_yyerror(PY_YYLTYPE *lloc, struct pyparser *p, const char *msg);

#define N(kind, sp) pyparse_node(p, (kind), (sp))
}

%union {
	const char *str;
	struct py_node *node;
	struct py_list list;
}

%token <str> NAME "name" NUMBER "number" AUGASSIGN "augmented assignment"
%token <node> STRING "string"
%token NEWLINE "end of line" INDENT "indent" DEDENT "dedent" LEXERROR "bad token"
%token DEF "def" IF "if" ELIF "elif" ELSE "else" WITH "with" AS "as"
%token IMPORT "import" FROM "from" RETURN "return" PASS "pass"
%token TRUE "True" FALSE "False" NONE "None" AND "and" OR "or" NOT "not"
%token IN "in" IS "is" LAMBDA "lambda" FOR "for" WHILE "while" CLASS "class"
%token TRY "try" EXCEPT "except" FINALLY "finally" RAISE "raise"
%token GLOBAL "global" NONLOCAL "nonlocal" ASYNC "async" AWAIT "await"
%token YIELD "yield" DEL "del" ASSERT "assert" BREAK "break" CONTINUE "continue"
%token EQ "==" NE "!=" LE "<=" GE ">=" POW "**" FLOORDIV "//" ARROW "->"
%token WALRUS ":=" LSHIFT "<<" RSHIFT ">>" ELLIPSIS "..."

%type <list> stmts stmt simple_stmt small_list suite tl_items exprlist arglist
%type <list> subscripts dict_items params lparams decorators except_clauses
%type <list> with_items dotted_as_names import_as_names names assigns
%type <node> compound small expr_stmt testlist_star tl_item test or_test and_test
%type <node> not_test comparison expr xor_expr and_expr shift_expr arith term factor
%type <node> power primary atom strings paren_body list_body brace_body comp_tail
%type <node> comp_for argument subscript opt_test exprlist_node dict_item
%type <node> if_stmt elif_part while_stmt for_stmt try_stmt except_clause with_stmt
%type <node> with_item funcdef classdef param lparam lambdef import_name import_from
%type <node> dotted_as_name import_as_name yield_expr ystar testlist decorated
%type <node> else_part finally_part namedexpr from_source
%type <str> comp_op dotted_name

%%

file:
	stmts			{ p->mod->body = $1; }
	;

stmts:
	%empty			{ pyparse_list_init(&$$); }
	| stmts stmt		{ $$ = $1; pyparse_list_cat(&$$, &$2); }
	;

stmt:
	simple_stmt
	| compound		{ pyparse_list_one(&$$, $1); }
	| error NEWLINE		{ pyparse_list_one(&$$, N(PY_ERROR, @$)); yyerrok; }
	| error NEWLINE INDENT stmts DEDENT
				{ pyparse_list_one(&$$, N(PY_ERROR, @$)); yyerrok; }
	;

simple_stmt:
	small_list NEWLINE		{ $$ = $1; }
	| small_list ';' NEWLINE	{ $$ = $1; }
	;

small_list:
	small			{ pyparse_list_one(&$$, $1); }
	| small_list ';' small	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

small:
	expr_stmt
	| PASS			{ $$ = N(PY_PASS, @$); }
	| RETURN		{ $$ = N(PY_RETURN, @$); }
	| RETURN testlist_star	{ $$ = pyparse_unary(p, PY_RETURN, @$, NULL, $2); }
	| DEL exprlist		{ $$ = pyparse_other(p, "del", @$); }
	| BREAK			{ $$ = pyparse_other(p, "break", @$); }
	| CONTINUE		{ $$ = pyparse_other(p, "continue", @$); }
	| RAISE			{ $$ = pyparse_other(p, "raise", @$); }
	| RAISE test		{ $$ = pyparse_other(p, "raise", @$); }
	| RAISE test FROM test	{ $$ = pyparse_other(p, "raise", @$); }
	| GLOBAL names		{ $$ = pyparse_other(p, "global", @$); }
	| NONLOCAL names	{ $$ = pyparse_other(p, "nonlocal", @$); }
	| ASSERT test		{ $$ = pyparse_other(p, "assert", @$); }
	| ASSERT test ',' test	{ $$ = pyparse_other(p, "assert", @$); }
	| import_name
	| import_from
	;

names:
	NAME			{ pyparse_list_one(&$$, pyparse_name(p, $1, @1)); }
	| names ',' NAME	{ $$ = $1; pyparse_list_add(&$$, pyparse_name(p, $3, @3)); }
	;

expr_stmt:
	testlist_star			{ $$ = pyparse_unary(p, PY_EXPR_STMT, @$, NULL, $1); }
	| yield_expr			{ $$ = pyparse_unary(p, PY_EXPR_STMT, @$, NULL, $1); }
	| assigns ystar			{ $$ = pyparse_assign(p, @$, &$1, $2); }
	| testlist_star AUGASSIGN ystar	{ $$ = pyparse_binary(p, PY_AUGASSIGN, @$, $2, $3, $1); }
	| test ':' test			{ $$ = pyparse_ann(p, @$, $1, $3, NULL); }
	| test ':' test '=' ystar	{ $$ = pyparse_ann(p, @$, $1, $3, $5); }
	;

assigns:
	testlist_star '='		{ pyparse_list_one(&$$, $1); }
	| yield_expr '='		{ pyparse_list_one(&$$, $1); }
	| assigns testlist_star '='	{ $$ = $1; pyparse_list_add(&$$, $2); }
	| assigns yield_expr '='	{ $$ = $1; pyparse_list_add(&$$, $2); }
	;

ystar:
	testlist_star
	| yield_expr
	;

yield_expr:
	YIELD				{ $$ = pyparse_unary(p, PY_AWAIT, @$, "yield", NULL); }
	| YIELD testlist_star		{ $$ = pyparse_unary(p, PY_AWAIT, @$, "yield", $2); }
	| YIELD FROM test		{ $$ = pyparse_unary(p, PY_AWAIT, @$, "yield from", $3); }
	;

/* a, b = ... and return a, b: a tuple; one item without a comma: itself */
testlist_star:
	tl_items		{ $$ = pyparse_tuple(p, @$, &$1, false); }
	| tl_items ','		{ $$ = pyparse_tuple(p, @$, &$1, true); }
	;

tl_items:
	tl_item			{ pyparse_list_one(&$$, $1); }
	| tl_items ',' tl_item	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

tl_item:
	test
	| '*' expr		{ $$ = pyparse_unary(p, PY_STARRED, @$, NULL, $2); }
	;

testlist:
	testlist_star
	;

/* ---- compound statements ---- */

compound:
	if_stmt
	| while_stmt
	| for_stmt
	| try_stmt
	| with_stmt
	| funcdef
	| classdef
	| decorated
	| ASYNC funcdef		{ $$ = $2; $$->flags |= PY_ASYNC; $$->span = @$; }
	| ASYNC with_stmt	{ $$ = $2; $$->flags |= PY_ASYNC; $$->span = @$; }
	| ASYNC for_stmt	{ $$ = $2; $$->flags |= PY_ASYNC; $$->span = @$; }
	;

suite:
	simple_stmt
	| NEWLINE INDENT stmts DEDENT	{ $$ = $3; }
	;

namedexpr:
	test
	| NAME WALRUS test	{ $$ = pyparse_unary(p, PY_NAMED, @$, $1, $3); }
	;

if_stmt:
	IF namedexpr ':' suite elif_part	{ $$ = pyparse_block(p, PY_IF, @$, $2, &$4, $5); }
	;

elif_part:
	%empty				{ $$ = NULL; }
	| ELIF namedexpr ':' suite elif_part	{ $$ = pyparse_block(p, PY_IF, @$, $2, &$4, $5);
						  $$->flags |= PY_ELIF; }
	| ELSE ':' suite		{ $$ = pyparse_block(p, PY_SUITE, @$, NULL, &$3, NULL); }
	;

else_part:
	%empty			{ $$ = NULL; }
	| ELSE ':' suite	{ $$ = pyparse_block(p, PY_SUITE, @$, NULL, &$3, NULL); }
	;

while_stmt:
	WHILE namedexpr ':' suite else_part	{ $$ = pyparse_block(p, PY_WHILE, @$, $2, &$4, $5); }
	;

for_stmt:
	FOR exprlist_node IN testlist ':' suite else_part
				{ $$ = pyparse_block(p, PY_FOR, @$, $4, &$6, $7); $$->b = $2; }
	;

exprlist_node:
	exprlist		{ $$ = pyparse_tuple(p, @$, &$1, false); }
	| exprlist ','		{ $$ = pyparse_tuple(p, @$, &$1, true); }
	;

exprlist:
	expr			{ pyparse_list_one(&$$, $1); }
	| '*' expr		{ pyparse_list_one(&$$, pyparse_unary(p, PY_STARRED, @$, NULL, $2)); }
	| exprlist ',' expr	{ $$ = $1; pyparse_list_add(&$$, $3); }
	| exprlist ',' '*' expr	{ $$ = $1; pyparse_list_add(&$$, pyparse_unary(p, PY_STARRED, @3, NULL, $4)); }
	;

try_stmt:
	TRY ':' suite except_clauses else_part finally_part
				{ $$ = pyparse_try(p, @$, &$3, &$4, $5, $6); }
	| TRY ':' suite FINALLY ':' suite
				{ $$ = pyparse_try(p, @$, &$3, NULL, NULL,
						   pyparse_block(p, PY_SUITE, @4, NULL, &$6, NULL)); }
	;

finally_part:
	%empty			{ $$ = NULL; }
	| FINALLY ':' suite	{ $$ = pyparse_block(p, PY_SUITE, @$, NULL, &$3, NULL); }
	;

except_clauses:
	except_clause			{ pyparse_list_one(&$$, $1); }
	| except_clauses except_clause	{ $$ = $1; pyparse_list_add(&$$, $2); }
	;

except_clause:
	EXCEPT ':' suite		{ $$ = pyparse_block(p, PY_EXCEPT, @$, NULL, &$3, NULL); }
	| EXCEPT test ':' suite		{ $$ = pyparse_block(p, PY_EXCEPT, @$, $2, &$4, NULL); }
	| EXCEPT test AS NAME ':' suite	{ $$ = pyparse_block(p, PY_EXCEPT, @$, $2, &$6, NULL);
					  $$->text = $4; }
	;

with_stmt:
	WITH with_items ':' suite	{ $$ = pyparse_block(p, PY_WITH, @$, NULL, &$4, NULL);
					  $$->items = $2; }
	;

with_items:
	with_item			{ pyparse_list_one(&$$, $1); }
	| with_items ',' with_item	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

with_item:
	test			{ $$ = pyparse_unary(p, PY_WITEM, @$, NULL, $1); }
	| test AS expr		{ $$ = pyparse_unary(p, PY_WITEM, @$, NULL, $1); $$->b = $3; }
	;

decorators:
	'@' namedexpr NEWLINE			{ pyparse_list_one(&$$, $2); }
	| decorators '@' namedexpr NEWLINE	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

decorated:
	decorators funcdef		{ $$ = $2; $$->orelse = $1; $$->span = @$; }
	| decorators classdef		{ $$ = $2; $$->orelse = $1; $$->span = @$; }
	| decorators ASYNC funcdef	{ $$ = $3; $$->orelse = $1; $$->flags |= PY_ASYNC;
					  $$->span = @$; }
	;

funcdef:
	DEF NAME '(' params ')' ':' suite
				{ $$ = pyparse_def(p, PY_DEF, @$, $2, &$4, &$7); }
	| DEF NAME '(' params ')' ARROW test ':' suite
				{ $$ = pyparse_def(p, PY_DEF, @$, $2, &$4, &$9); }
	;

params:
	%empty			{ pyparse_list_init(&$$); }
	| param			{ pyparse_list_one(&$$, $1); }
	| param ',' params	{ pyparse_list_one(&$$, $1); pyparse_list_cat(&$$, &$3); }
	;

param:
	NAME				{ $$ = pyparse_param(p, @$, $1, 0, NULL); }
	| NAME ':' test			{ $$ = pyparse_param(p, @$, $1, 0, NULL); }
	| NAME '=' test			{ $$ = pyparse_param(p, @$, $1, 0, $3); }
	| NAME ':' test '=' test	{ $$ = pyparse_param(p, @$, $1, 0, $5); }
	| '*'				{ $$ = pyparse_param(p, @$, NULL, PY_PARAM_STAR, NULL); }
	| '*' NAME			{ $$ = pyparse_param(p, @$, $2, PY_PARAM_STAR, NULL); }
	| '*' NAME ':' test		{ $$ = pyparse_param(p, @$, $2, PY_PARAM_STAR, NULL); }
	| POW NAME			{ $$ = pyparse_param(p, @$, $2, PY_PARAM_DSTAR, NULL); }
	| POW NAME ':' test		{ $$ = pyparse_param(p, @$, $2, PY_PARAM_DSTAR, NULL); }
	| '/'				{ $$ = pyparse_param(p, @$, NULL, 0, NULL); }
	;

classdef:
	CLASS NAME ':' suite	{ struct py_list none; pyparse_list_init(&none);
				  $$ = pyparse_def(p, PY_CLASS, @$, $2, &none, &$4); }
	| CLASS NAME '(' ')' ':' suite
				{ struct py_list none; pyparse_list_init(&none);
				  $$ = pyparse_def(p, PY_CLASS, @$, $2, &none, &$6); }
	| CLASS NAME '(' arglist ')' ':' suite
				{ $$ = pyparse_def(p, PY_CLASS, @$, $2, &$4, &$7); }
	;

import_name:
	IMPORT dotted_as_names	{ $$ = pyparse_import(p, PY_IMPORT, @$, NULL, 0, &$2); }
	;

dotted_as_names:
	dotted_as_name				{ pyparse_list_one(&$$, $1); }
	| dotted_as_names ',' dotted_as_name	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

dotted_as_name:
	dotted_name		{ $$ = pyparse_alias(p, @$, $1, NULL); }
	| dotted_name AS NAME	{ $$ = pyparse_alias(p, @$, $1, $3); }
	;

dotted_name:
	NAME			{ $$ = $1; }
	| dotted_name '.' NAME	{ $$ = pyparse_dotted(p, $1, $3); }
	;

import_from:
	FROM from_source IMPORT '*'
				{ struct py_list all; pyparse_list_one(&all, pyparse_alias(p, @4, "*", NULL));
				  $$ = pyparse_import(p, PY_FROM, @$, $2->text, $2->n, &all); }
	| FROM from_source IMPORT import_as_names
				{ $$ = pyparse_import(p, PY_FROM, @$, $2->text, $2->n, &$4); }
	| FROM from_source IMPORT import_as_names ','
				{ $$ = pyparse_import(p, PY_FROM, @$, $2->text, $2->n, &$4); }
	| FROM from_source IMPORT '(' import_as_names ')'
				{ $$ = pyparse_import(p, PY_FROM, @$, $2->text, $2->n, &$5); }
	| FROM from_source IMPORT '(' import_as_names ',' ')'
				{ $$ = pyparse_import(p, PY_FROM, @$, $2->text, $2->n, &$5); }
	;

/* a module, after any number of dots (an ELLIPSIS is three) */
from_source:
	dotted_name		{ $$ = pyparse_name(p, $1, @$); }
	| '.' from_source	{ $$ = $2; $$->n += 1; }
	| ELLIPSIS from_source	{ $$ = $2; $$->n += 3; }
	| '.'			{ $$ = pyparse_name(p, NULL, @$); $$->n = 1; }
	| ELLIPSIS		{ $$ = pyparse_name(p, NULL, @$); $$->n = 3; }
	;

import_as_names:
	import_as_name				{ pyparse_list_one(&$$, $1); }
	| import_as_names ',' import_as_name	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

import_as_name:
	NAME			{ $$ = pyparse_alias(p, @$, $1, NULL); }
	| NAME AS NAME		{ $$ = pyparse_alias(p, @$, $1, $3); }
	;

/* ---- expressions ---- */

test:
	or_test
	| or_test IF or_test ELSE test	{ $$ = pyparse_ifexp(p, @$, $1, $3, $5); }
	| lambdef
	;

lambdef:
	LAMBDA ':' test			{ $$ = pyparse_unary(p, PY_LAMBDA, @$, NULL, $3); }
	| LAMBDA lparams ':' test	{ $$ = pyparse_unary(p, PY_LAMBDA, @$, NULL, $4); }
	;

lparams:
	lparam			{ pyparse_list_one(&$$, $1); }
	| lparams ',' lparam	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

lparam:
	NAME			{ $$ = pyparse_param(p, @$, $1, 0, NULL); }
	| NAME '=' test		{ $$ = pyparse_param(p, @$, $1, 0, $3); }
	| '*'			{ $$ = pyparse_param(p, @$, NULL, PY_PARAM_STAR, NULL); }
	| '*' NAME		{ $$ = pyparse_param(p, @$, $2, PY_PARAM_STAR, NULL); }
	| POW NAME		{ $$ = pyparse_param(p, @$, $2, PY_PARAM_DSTAR, NULL); }
	;

or_test:
	and_test
	| or_test OR and_test	{ $$ = pyparse_binary(p, PY_BOOLOP, @$, "or", $1, $3); }
	;

and_test:
	not_test
	| and_test AND not_test	{ $$ = pyparse_binary(p, PY_BOOLOP, @$, "and", $1, $3); }
	;

not_test:
	NOT not_test		{ $$ = pyparse_unary(p, PY_UNARY, @$, "not", $2); }
	| comparison
	;

comparison:
	expr
	| comparison comp_op expr	{ $$ = pyparse_binary(p, PY_COMPARE, @$, $2, $1, $3); }
	;

comp_op:
	'<'		{ $$ = "<"; }
	| '>'		{ $$ = ">"; }
	| EQ		{ $$ = "=="; }
	| NE		{ $$ = "!="; }
	| LE		{ $$ = "<="; }
	| GE		{ $$ = ">="; }
	| IN		{ $$ = "in"; }
	| NOT IN	{ $$ = "not in"; }
	| IS		{ $$ = "is"; }
	| IS NOT	{ $$ = "is not"; }
	;

expr:
	xor_expr
	| expr '|' xor_expr	{ $$ = pyparse_binary(p, PY_BINOP, @$, "|", $1, $3); }
	;

xor_expr:
	and_expr
	| xor_expr '^' and_expr	{ $$ = pyparse_binary(p, PY_BINOP, @$, "^", $1, $3); }
	;

and_expr:
	shift_expr
	| and_expr '&' shift_expr	{ $$ = pyparse_binary(p, PY_BINOP, @$, "&", $1, $3); }
	;

shift_expr:
	arith
	| shift_expr LSHIFT arith	{ $$ = pyparse_binary(p, PY_BINOP, @$, "<<", $1, $3); }
	| shift_expr RSHIFT arith	{ $$ = pyparse_binary(p, PY_BINOP, @$, ">>", $1, $3); }
	;

arith:
	term
	| arith '+' term	{ $$ = pyparse_binary(p, PY_BINOP, @$, "+", $1, $3); }
	| arith '-' term	{ $$ = pyparse_binary(p, PY_BINOP, @$, "-", $1, $3); }
	;

term:
	factor
	| term '*' factor	{ $$ = pyparse_binary(p, PY_BINOP, @$, "*", $1, $3); }
	| term '/' factor	{ $$ = pyparse_binary(p, PY_BINOP, @$, "/", $1, $3); }
	| term '%' factor	{ $$ = pyparse_binary(p, PY_BINOP, @$, "%", $1, $3); }
	| term '@' factor	{ $$ = pyparse_binary(p, PY_BINOP, @$, "@", $1, $3); }
	| term FLOORDIV factor	{ $$ = pyparse_binary(p, PY_BINOP, @$, "//", $1, $3); }
	;

factor:
	'+' factor		{ $$ = pyparse_unary(p, PY_UNARY, @$, "+", $2); }
	| '-' factor		{ $$ = pyparse_unary(p, PY_UNARY, @$, "-", $2); }
	| '~' factor		{ $$ = pyparse_unary(p, PY_UNARY, @$, "~", $2); }
	| power
	;

power:
	primary
	| AWAIT primary			{ $$ = pyparse_unary(p, PY_AWAIT, @$, "await", $2); }
	| primary POW factor		{ $$ = pyparse_binary(p, PY_BINOP, @$, "**", $1, $3); }
	| AWAIT primary POW factor
			{ $$ = pyparse_binary(p, PY_BINOP, @$, "**",
					      pyparse_unary(p, PY_AWAIT, @2, "await", $2), $4); }
	;

primary:
	atom
	| primary '.' NAME		{ $$ = pyparse_attr(p, @$, $1, $3); }
	| primary '(' ')'		{ $$ = pyparse_call(p, @$, $1, NULL); }
	| primary '(' arglist ')'	{ $$ = pyparse_call(p, @$, $1, &$3); }
	| primary '(' arglist ',' ')'	{ $$ = pyparse_call(p, @$, $1, &$3); }
	| primary '(' argument comp_for ')'
				{ $$ = pyparse_call1(p, @$, $1,
						     pyparse_comp(p, @3, "gen", $3, $4)); }
	| primary '[' subscripts ']'	{ $$ = pyparse_subscript(p, @$, $1, &$3, false); }
	| primary '[' subscripts ',' ']'	{ $$ = pyparse_subscript(p, @$, $1, &$3, true); }
	;

atom:
	NAME			{ $$ = pyparse_name(p, $1, @$); }
	| NUMBER		{ $$ = pyparse_leaf(p, PY_NUM, @$, $1); }
	| strings
	| ELLIPSIS		{ $$ = N(PY_ELLIPSIS, @$); }
	| NONE			{ $$ = N(PY_NONE, @$); }
	| TRUE			{ $$ = N(PY_TRUE, @$); }
	| FALSE			{ $$ = N(PY_FALSE, @$); }
	| '(' ')'		{ $$ = pyparse_seq(p, PY_TUPLE, @$, NULL); }
	| '(' paren_body ')'	{ $$ = $2; pyparse_parens(p, $$, @$); }
	| '[' ']'		{ $$ = pyparse_seq(p, PY_LIST, @$, NULL); }
	| '[' list_body ']'	{ $$ = $2; $$->span = @$; }
	| '{' '}'		{ $$ = pyparse_seq(p, PY_DICT, @$, NULL); }
	| '{' brace_body '}'	{ $$ = $2; $$->span = @$; }
	;

/* "a" "b": one string */
strings:
	STRING			{ $$ = $1; }
	| strings STRING	{ $$ = pyparse_concat(p, @$, $1, $2); }
	;

paren_body:
	yield_expr
	| NAME WALRUS test		{ $$ = pyparse_unary(p, PY_NAMED, @$, $1, $3); }
	| tl_items			{ $$ = pyparse_tuple(p, @$, &$1, false); }
	| tl_items ','			{ $$ = pyparse_tuple(p, @$, &$1, true); }
	| tl_item comp_for		{ $$ = pyparse_comp(p, @$, "gen", $1, $2); }
	;

list_body:
	tl_items		{ $$ = pyparse_seq(p, PY_LIST, @$, &$1); }
	| tl_items ','		{ $$ = pyparse_seq(p, PY_LIST, @$, &$1); }
	| tl_item comp_for	{ $$ = pyparse_comp(p, @$, "list", $1, $2); }
	;

brace_body:
	dict_items		{ $$ = pyparse_seq(p, PY_DICT, @$, &$1); }
	| dict_items ','	{ $$ = pyparse_seq(p, PY_DICT, @$, &$1); }
	| test ':' test comp_for
				{ $$ = pyparse_comp(p, @$, "dict",
						    pyparse_binary(p, PY_PAIR, @1, NULL, $1, $3), $4); }
	| tl_items		{ $$ = pyparse_seq(p, PY_SET, @$, &$1); }
	| tl_items ','		{ $$ = pyparse_seq(p, PY_SET, @$, &$1); }
	| tl_item comp_for	{ $$ = pyparse_comp(p, @$, "set", $1, $2); }
	;

dict_items:
	dict_item			{ pyparse_list_one(&$$, $1); }
	| dict_items ',' dict_item	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

dict_item:
	test ':' test		{ $$ = pyparse_binary(p, PY_PAIR, @$, NULL, $1, $3); }
	| POW expr		{ $$ = pyparse_unary(p, PY_DSTAR, @$, NULL, $2); }
	;

/* the loops of a comprehension: read, not kept */
comp_for:
	FOR exprlist_node IN or_test comp_tail		{ $$ = $4; }
	| ASYNC FOR exprlist_node IN or_test comp_tail	{ $$ = $5; }
	;

comp_tail:
	%empty				{ $$ = NULL; }
	| comp_for			{ $$ = $1; }
	| IF or_test comp_tail		{ $$ = $2; }
	;

arglist:
	argument		{ pyparse_list_one(&$$, $1); }
	| arglist ',' argument	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

argument:
	test
	| NAME '=' test		{ $$ = pyparse_unary(p, PY_KWARG, @$, $1, $3); }
	| NAME WALRUS test	{ $$ = pyparse_unary(p, PY_NAMED, @$, $1, $3); }
	| '*' test		{ $$ = pyparse_unary(p, PY_STARRED, @$, NULL, $2); }
	| POW test		{ $$ = pyparse_unary(p, PY_DSTAR, @$, NULL, $2); }
	;

subscripts:
	subscript			{ pyparse_list_one(&$$, $1); }
	| subscripts ',' subscript	{ $$ = $1; pyparse_list_add(&$$, $3); }
	;

subscript:
	test
	| '*' expr			{ $$ = pyparse_unary(p, PY_STARRED, @$, NULL, $2); }
	| opt_test ':' opt_test		{ $$ = pyparse_slice(p, @$, $1, $3, NULL); }
	| opt_test ':' opt_test ':' opt_test	{ $$ = pyparse_slice(p, @$, $1, $3, $5); }
	;

opt_test:
	%empty		{ $$ = NULL; }
	| test
	;

%%

static int py_yylex(PY_YYSTYPE *lval, PY_YYLTYPE *lloc, struct pyparser *p)
{
	return pyparse_next_token(p, lval, lloc);
}

static void py_yyerror(PY_YYLTYPE *lloc, struct pyparser *p, const char *msg)
{
	pyparse_syntax_error(p, *lloc, msg);
}
