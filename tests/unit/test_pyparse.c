/* Unit tests for the Python frontend (retort import): the tree a revision
 * file becomes, written out as S-expressions; string literals of every
 * form; Python's layout of lines; and the messages, with their positions,
 * for what it cannot read, after which the rest of the file is read. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "diag.h"
#include "pyparse.h"
#include "sbuf.h"
#include "srcfile.h"

static void dump(struct sbuf *sb, const struct py_node *n);

static void dump_list(struct sbuf *sb, const struct py_list *l)
{
	const struct py_node *n;

	for (n = l->head; n; n = n->next) {
		sbuf_addc(sb, ' ');
		dump(sb, n);
	}
}

static void dump_str(struct sbuf *sb, const struct py_node *n)
{
	size_t i;

	if (n->flags & PY_STR_BYTES)
		sbuf_addc(sb, 'b');
	if (n->flags & PY_STR_F)
		sbuf_addc(sb, 'f');
	sbuf_addc(sb, '\'');
	for (i = 0; i < n->len; i++) {
		unsigned char c = (unsigned char)n->text[i];
		if (c == '\n')
			sbuf_adds(sb, "\\n");
		else if (c < 0x20 || c == 0x7f)
			sbuf_addf(sb, "\\x%02x", c);
		else
			sbuf_addc(sb, (char)c);
	}
	sbuf_addc(sb, '\'');
}

static void dump(struct sbuf *sb, const struct py_node *n)
{
	if (!n) {
		sbuf_adds(sb, "-");
		return;
	}
	switch (n->kind) {
	case PY_NAME: sbuf_adds(sb, n->text ? n->text : ""); break;
	case PY_NUM: sbuf_adds(sb, n->text); break;
	case PY_STR: dump_str(sb, n); break;
	case PY_TRUE: sbuf_adds(sb, "True"); break;
	case PY_FALSE: sbuf_adds(sb, "False"); break;
	case PY_NONE: sbuf_adds(sb, "None"); break;
	case PY_ELLIPSIS: sbuf_adds(sb, "..."); break;
	case PY_PASS: sbuf_adds(sb, "pass"); break;
	case PY_ERROR: sbuf_adds(sb, "ERROR"); break;
	case PY_OTHER: sbuf_adds(sb, n->text); break;
	case PY_ATTR:
		sbuf_adds(sb, "(. ");
		dump(sb, n->a);
		sbuf_addf(sb, " %s)", n->text);
		break;
	case PY_CALL:
		sbuf_adds(sb, "(call ");
		dump(sb, n->a);
		dump_list(sb, &n->items);
		sbuf_addc(sb, ')');
		break;
	case PY_KWARG:
		sbuf_addf(sb, "%s=", n->text);
		dump(sb, n->a);
		break;
	case PY_LIST: case PY_TUPLE: case PY_SET: case PY_DICT:
		sbuf_adds(sb, n->kind == PY_LIST ? "(list" : n->kind == PY_TUPLE ? "(tuple"
			  : n->kind == PY_SET ? "(set" : "(dict");
		dump_list(sb, &n->items);
		sbuf_addc(sb, ')');
		break;
	case PY_PAIR:
		dump(sb, n->a);
		sbuf_addc(sb, ':');
		dump(sb, n->b);
		break;
	case PY_BINOP: case PY_COMPARE: case PY_BOOLOP:
		sbuf_addf(sb, "(%s ", n->text);
		dump(sb, n->a);
		sbuf_addc(sb, ' ');
		dump(sb, n->b);
		sbuf_addc(sb, ')');
		break;
	case PY_UNARY: case PY_AWAIT:
		sbuf_addf(sb, "(%s ", n->text);
		dump(sb, n->a);
		sbuf_addc(sb, ')');
		break;
	case PY_STARRED: sbuf_adds(sb, "*"); dump(sb, n->a); break;
	case PY_DSTAR: sbuf_adds(sb, "**"); dump(sb, n->a); break;
	case PY_SUBSCRIPT:
		sbuf_adds(sb, "(sub ");
		dump(sb, n->a);
		sbuf_addc(sb, ' ');
		dump(sb, n->b);
		sbuf_addc(sb, ')');
		break;
	case PY_SLICE:
		sbuf_adds(sb, "(slice ");
		dump(sb, n->a);
		sbuf_addc(sb, ' ');
		dump(sb, n->b);
		sbuf_addc(sb, ' ');
		dump(sb, n->c);
		sbuf_addc(sb, ')');
		break;
	case PY_IFEXP:
		sbuf_adds(sb, "(ifexp ");
		dump(sb, n->a);
		sbuf_addc(sb, ' ');
		dump(sb, n->b);
		sbuf_addc(sb, ' ');
		dump(sb, n->c);
		sbuf_addc(sb, ')');
		break;
	case PY_LAMBDA: sbuf_adds(sb, "(lambda "); dump(sb, n->a); sbuf_addc(sb, ')'); break;
	case PY_COMP: sbuf_addf(sb, "(%scomp ", n->text); dump(sb, n->a); sbuf_addc(sb, ')'); break;
	case PY_NAMED: sbuf_addf(sb, "(:= %s ", n->text); dump(sb, n->a); sbuf_addc(sb, ')'); break;
	case PY_EXPR_STMT: sbuf_adds(sb, "(expr "); dump(sb, n->a); sbuf_addc(sb, ')'); break;
	case PY_RETURN: sbuf_adds(sb, "(return "); dump(sb, n->a); sbuf_addc(sb, ')'); break;
	case PY_ASSIGN:
		sbuf_adds(sb, "(=");
		dump_list(sb, &n->items);
		sbuf_addc(sb, ' ');
		dump(sb, n->a);
		sbuf_addc(sb, ')');
		break;
	case PY_AUGASSIGN:
		sbuf_addf(sb, "(%s ", n->text);
		dump(sb, n->b);
		sbuf_addc(sb, ' ');
		dump(sb, n->a);
		sbuf_addc(sb, ')');
		break;
	case PY_ANNASSIGN:
		sbuf_adds(sb, "(ann ");
		dump(sb, n->b);
		sbuf_addc(sb, ' ');
		dump(sb, n->c);
		sbuf_addc(sb, ' ');
		dump(sb, n->a);
		sbuf_addc(sb, ')');
		break;
	case PY_IMPORT: sbuf_adds(sb, "(import"); dump_list(sb, &n->items); sbuf_addc(sb, ')'); break;
	case PY_FROM:
		sbuf_addf(sb, "(from %u%s", n->n, n->text ? n->text : "");
		dump_list(sb, &n->items);
		sbuf_addc(sb, ')');
		break;
	case PY_ALIAS:
		sbuf_adds(sb, n->text);
		if (n->b)
			sbuf_addf(sb, "/%s", n->b->text);
		break;
	case PY_PARAM:
		sbuf_addf(sb, "%s%s", n->flags & PY_PARAM_STAR ? "*" : n->flags & PY_PARAM_DSTAR
			  ? "**" : "", n->text ? n->text : "/");
		if (n->a) {
			sbuf_addc(sb, '=');
			dump(sb, n->a);
		}
		break;
	case PY_DEF: case PY_CLASS:
		sbuf_addf(sb, "(%s%s %s (", n->flags & PY_ASYNC ? "async " : "",
			  n->kind == PY_DEF ? "def" : "class", n->text);
		dump_list(sb, &n->items);
		sbuf_addc(sb, ')');
		dump_list(sb, &n->body);
		sbuf_addc(sb, ')');
		break;
	case PY_IF: case PY_WHILE: case PY_FOR: case PY_EXCEPT: case PY_SUITE:
		sbuf_adds(sb, n->kind == PY_IF ? "(if " : n->kind == PY_WHILE ? "(while "
			  : n->kind == PY_FOR ? "(for " : n->kind == PY_EXCEPT ? "(except " : "(suite ");
		if (n->kind == PY_FOR) {
			dump(sb, n->b);
			sbuf_addc(sb, ' ');
		}
		dump(sb, n->a);
		sbuf_adds(sb, " (");
		dump_list(sb, &n->body);
		sbuf_adds(sb, " )");
		if (n->orelse.head) {
			sbuf_adds(sb, " (else");
			dump_list(sb, &n->orelse);
			sbuf_addc(sb, ')');
		}
		sbuf_addc(sb, ')');
		break;
	case PY_TRY:
		sbuf_adds(sb, "(try (");
		dump_list(sb, &n->body);
		sbuf_adds(sb, " )");
		dump_list(sb, &n->items);
		if (n->c) {
			sbuf_adds(sb, " (finally");
			dump_list(sb, &n->c->body);
			sbuf_addc(sb, ')');
		}
		sbuf_addc(sb, ')');
		break;
	case PY_WITH:
		sbuf_adds(sb, "(with (");
		dump_list(sb, &n->items);
		sbuf_adds(sb, " )");
		dump_list(sb, &n->body);
		sbuf_addc(sb, ')');
		break;
	case PY_WITEM:
		dump(sb, n->a);
		if (n->b) {
			sbuf_adds(sb, " as ");
			dump(sb, n->b);
		}
		break;
	}
}

/* The messages as the command line prints them. */
static void diag_render(const struct diag *d, struct sbuf *sb)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	diag_print(d, f, 0);
	fclose(f);
	sbuf_add(sb, buf, len);
	free(buf);
}

struct parsed {
	struct arena *a;
	struct diag d;
	struct srcfile *src;
	struct py_module *m;
	char *tree;
};

static void parse(struct parsed *x, const char *text, size_t len)
{
	struct sbuf sb = SBUF_INIT;
	const struct py_node *n;

	memset(x, 0, sizeof(*x));
	x->a = arena_new();
	x->src = srcfile_from_string("t.py", text, len);
	x->m = pyparse_file(x->a, x->src, &x->d);
	for (n = x->m->body.head; n; n = n->next) {
		dump(&sb, n);
		sbuf_addc(&sb, '\n');
	}
	x->tree = sbuf_detach(&sb, NULL);
}

static void done(struct parsed *x)
{
	free(x->tree);
	diag_release(&x->d);
	srcfile_free(x->src);
	arena_free(x->a);
}

/* text must parse without a message into the tree want. */
static void tree_is(const char *text, const char *want)
{
	struct parsed x;

	parse(&x, text, strlen(text));
	if (x.d.n) {
		struct sbuf sb = SBUF_INIT;
		diag_render(&x.d, &sb);
		print_error("unexpected messages:\n%s", sbuf_str(&sb));
		sbuf_release(&sb);
	}
	assert_int_equal(x.d.n, 0);
	assert_string_equal(x.tree, want);
	done(&x);
}

/* text (len bytes; 0: up to its NUL) must give, first, the message want,
 * and the tree tree (NULL: any). */
static void error_is(const char *text, size_t len, const char *want, const char *tree)
{
	struct parsed x;
	struct sbuf sb = SBUF_INIT;

	parse(&x, text, len ? len : strlen(text));
	diag_render(&x.d, &sb);
	assert_true(x.d.nerrors > 0);
	assert_true(x.m->nerrors > 0);
	if (strncmp(sbuf_str(&sb), want, strlen(want)) != 0)
		print_error("got:\n%s", sbuf_str(&sb));
	assert_memory_equal(sbuf_str(&sb), want, strlen(want));
	if (tree)
		assert_string_equal(x.tree, tree);
	sbuf_release(&sb);
	done(&x);
}

static void test_revision_file(void **state)
{
	(void)state;
	tree_is("\"\"\"add account\n\nRevision ID: 1a2b\nCreate Date: 2024-01-02 03:04:05\n\"\"\"\n"
		"from typing import Sequence, Union\n\n"
		"from alembic import op\nimport sqlalchemy as sa\n"
		"from sqlalchemy.dialects import postgresql\n\n"
		"# revision identifiers, used by Alembic.\n"
		"revision: str = '1a2b'\n"
		"down_revision: Union[str, None] = None\n"
		"branch_labels = ('a', 'b')\n"
		"depends_on = None\n\n\n"
		"def upgrade() -> None:\n"
		"    # ### commands auto generated by Alembic ###\n"
		"    op.create_table('account',\n"
		"        sa.Column('id', sa.Integer(), nullable=False),\n"
		"        sa.Column('name', sa.String(length=50), server_default=sa.text(\"'x'\")),\n"
		"        sa.PrimaryKeyConstraint('id'),\n"
		"    )\n"
		"    with op.batch_alter_table('account', schema=None) as batch_op:\n"
		"        batch_op.add_column(sa.Column('n', sa.Integer()))\n"
		"\n"
		"    if op.get_context().dialect.name == 'postgresql':\n"
		"        op.execute('SELECT 1')\n"
		"    elif op.get_bind().dialect.name in ('mysql', 'sqlite'):\n"
		"        pass\n"
		"    else:\n"
		"        pass\n\n\n"
		"def downgrade():\n"
		"    op.drop_table('account')\n",
		"(expr 'add account\\n\\nRevision ID: 1a2b\\nCreate Date: 2024-01-02 03:04:05\\n')\n"
		"(from 0typing Sequence Union)\n"
		"(from 0alembic op)\n"
		"(import sqlalchemy/sa)\n"
		"(from 0sqlalchemy.dialects postgresql)\n"
		"(ann revision str '1a2b')\n"
		"(ann down_revision (sub Union (tuple str None)) None)\n"
		"(= branch_labels (tuple 'a' 'b'))\n"
		"(= depends_on None)\n"
		"(def upgrade () (expr (call (. op create_table) 'account' "
		"(call (. sa Column) 'id' (call (. sa Integer)) nullable=False) "
		"(call (. sa Column) 'name' (call (. sa String) length=50) "
		"server_default=(call (. sa text) ''x'')) "
		"(call (. sa PrimaryKeyConstraint) 'id'))) "
		"(with ( (call (. op batch_alter_table) 'account' schema=None) as batch_op ) "
		"(expr (call (. batch_op add_column) (call (. sa Column) 'n' (call (. sa Integer)))))) "
		"(if (== (. (. (call (. op get_context)) dialect) name) 'postgresql') "
		"( (expr (call (. op execute) 'SELECT 1')) ) "
		"(else (if (in (. (. (call (. op get_bind)) dialect) name) (tuple 'mysql' 'sqlite')) "
		"( pass ) (else pass)))))\n"
		"(def downgrade () (expr (call (. op drop_table) 'account')))\n");
}

static void test_strings(void **state)
{
	(void)state;
	tree_is("x = 'a' \"b\" '''c\n'd''' \"\"\"e\"\"\"\n", "(= x 'abc\\n'de')\n");
	tree_is("x = r'\\n\\'' R\"\\d\"\n", "(= x '\\n\\'\\d')\n");
	tree_is("x = '\\x41\\101\\u00e9\\U0001F600\\\\\\'\\\"\\t\\d'\n",
		"(= x 'AA\xc3\xa9\xf0\x9f\x98\x80\\'\"\\x09\\d')\n");
	tree_is("x = b'\\xff\\u00e9' f'{a}' 'b'\n", "(= x bf'\xff\\u00e9{a}b')\n");
	tree_is("x = 'line\\\ncontinued'\n", "(= x 'linecontinued')\n");
	tree_is("x = ''\ny = ''''''\n", "(= x '')\n(= y '')\n");
	tree_is("x = '''a''' 'b'\n", "(= x 'ab')\n");
}

static void test_layout(void **state)
{
	(void)state;
	/* blank lines and comments at any indentation; brackets across lines;
	 * a backslash continues a line; tabs count to the next multiple of 8 */
	tree_is("def f():\n\n  # a comment\n        \n  a = (1,\n2)\n  b = 1 + \\\n  2\n"
		"  if a:\n\tpass\n  return\n# end\n",
		"(def f () (= a (tuple 1 2)) (= b (+ 1 2)) (if a ( pass )) (return -))\n");
	tree_is("x = 1; y = 2;\n", "(= x 1)\n(= y 2)\n");
	tree_is("x = 1", "(= x 1)\n");
	tree_is("\xef\xbb\xbfx = 1\r\n", "(= x 1)\n");
	tree_is("", "");
	tree_is("a = b = c\nx += 1\nf(*a, **k)\nd = {'a': 1, **e}\ns = {1, 2}\n",
		"(= a b c)\n(+= x 1)\n(expr (call f *a **k))\n(= d (dict 'a':1 **e))\n"
		"(= s (set 1 2))\n");
	tree_is("x = [i for i in y if i]\nz = a if b else c\nw = lambda q: q\nv = a[1:2, ::3]\n",
		"(= x (listcomp i))\n(= z (ifexp a b c))\n(= w (lambda q))\n"
		"(= v (sub a (tuple (slice 1 2 -) (slice - - 3))))\n");
	tree_is("not a and b or c is not d not in e\n",
		"(expr (or (and (not a) b) (not in (is not c d) e)))\n");
	tree_is("-x ** 2 // 3 % 4 @ m << 1 | 2 ^ 3 & 4\n",
		"(expr (| (<< (@ (% (// (- (** x 2)) 3) 4) m) 1) (^ 2 (& 3 4))))\n");
	tree_is("for k, v in d.items():\n    print(k)\nelse:\n    pass\n"
		"while x:\n    break\n"
		"try:\n    f()\nexcept (A, B) as e:\n    raise\nexcept:\n    pass\nfinally:\n    g()\n"
		"@dec\nclass C(Base):\n    x: int = 1\n"
		"async def f(a, b=1, *args, c, **kw) -> int:\n    await g()\n"
		"del x\nglobal y\nassert z, 'm'\n",
		"(for (tuple k v) (call (. d items)) ( (expr (call print k)) ) (else pass))\n"
		"(while x ( break ))\n"
		"(try ( (expr (call f)) ) (except (tuple A B) ( raise )) (except - ( pass ))"
		" (finally (expr (call g))))\n"
		"(class C ( Base) (ann x int 1))\n"
		"(async def f ( a b=1 *args c **kw) (expr (await (call g))))\n"
		"del\nglobal\nassert\n");
	tree_is("from . import a\nfrom ..b.c import (d as e, f,)\nfrom .... import *\n",
		"(from 1 a)\n(from 2b.c d/e f)\n(from 4 *)\n");
}

static void test_errors(void **state)
{
	(void)state;
	/* one message at the place, and the next statement still read */
	error_is("x = (1,\ny = 2\n", 0, "t.py:2:3: error: unexpected '=', expecting ')'",
		 NULL);
	error_is("x = = 1\ny = 2\n", 0, "t.py:1:5: error: unexpected '='", "ERROR\n(= y 2)\n");
	error_is("for x in = y:\n    a = 1\n    b = 2\nc = 3\n", 0,
		 "t.py:1:10: error: unexpected '='", "ERROR\n(= c 3)\n");
	error_is("x = 'abc\ny = 1\n", 0, "t.py:1:5: error: unterminated string literal", NULL);
	error_is("x = '''abc\n", 0, "t.py:1:5: error: unterminated string literal", NULL);
	error_is("def f():\n    a = 1\n  b = 2\n", 0,
		 "t.py:3:3: error: this line's indentation matches no outer block's", NULL);
	error_is("  x = 1\n", 0, "t.py:1:3: error: unexpected indent", NULL);
	error_is("x = 1 $ 2\n", 0, "t.py:1:7: error: unexpected character '$'", NULL);
	error_is("x = 0x\n", 0, "t.py:1:5: error: invalid number '0x'", NULL);
	error_is("x = '\\N{DASH}'\n", 0, "t.py:1:5: error: a \\N{...} escape is not read", NULL);
	error_is("x = '\\ud800'\n", 0, "t.py:1:5: error: invalid \\u escape", NULL);
	error_is("x = 1\0\n", 7, "t.py:1:6: error: NUL byte in source file", "");
	error_is("x = '\xff'\n", 0, "t.py:1:6: error: invalid UTF-8 byte 0xff", "");
}

static void test_limits(void **state)
{
	struct sbuf sb = SBUF_INIT;
	struct parsed x;
	int i;

	(void)state;
	/* deeper than the indentation stack holds: one message, no crash */
	for (i = 0; i < 120; i++) {
		sbuf_addf(&sb, "%*sif a:\n", i, "");
	}
	sbuf_addf(&sb, "%*spass\n", i, "");
	parse(&x, sb.buf, sb.len);
	assert_true(x.d.nerrors >= 1);
	done(&x);
	/* brackets deeper than the parser's stack: a message, no crash */
	sbuf_reset(&sb);
	sbuf_adds(&sb, "x = ");
	for (i = 0; i < 20000; i++)
		sbuf_addc(&sb, '(');
	parse(&x, sb.buf, sb.len);
	assert_true(x.d.nerrors >= 1);
	done(&x);
	/* many errors: it stops after some */
	sbuf_reset(&sb);
	for (i = 0; i < 100; i++)
		sbuf_adds(&sb, "x = =\n");
	parse(&x, sb.buf, sb.len);
	assert_true(x.d.nerrors < 30);
	done(&x);
	sbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_revision_file),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
