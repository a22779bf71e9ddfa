/* Unit tests for the tokenizer: token kinds, the text each token carries
 * (quotes undone), byte spans, and the messages for input that cannot be
 * tokenized.  The scanner is driven directly, without the grammar. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "diag.h"
#include "parse.h"
#include "parse_impl.h"
#include "srcfile.h"
#include "util.h"

#define YYSTYPE RETORT_YYSTYPE
#define YYLTYPE RETORT_YYLTYPE
#include "parser.h"
#include "lexer.h"

struct tok {
	int kind;
	const char *text;
	struct span span;
};

struct lexed {
	struct arena *a;
	struct diag d;
	struct srcfile *src;
	struct tok toks[64];
	size_t n;
};

static void lex_all(struct lexed *lx, const char *text)
{
	struct parser p;
	RETORT_YYSTYPE val;
	struct span sp;
	void *scanner;
	YY_BUFFER_STATE buf;
	int kind;

	memset(lx, 0, sizeof(*lx));
	lx->a = arena_new();
	lx->src = srcfile_from_string("t.mig", text, strlen(text));
	memset(&p, 0, sizeof(p));
	p.arena = lx->a;
	p.diag = &lx->d;
	p.src = lx->src;
	assert_int_equal(retort_scan_lex_init_extra(&p, &scanner), 0);
	p.scanner = scanner;
	buf = retort_scan__scan_bytes(text, (int)strlen(text), scanner);
	while ((kind = retort_scan_lex(&val, &sp, scanner)) != 0 && lx->n < 64) {
		lx->toks[lx->n].kind = kind;
		lx->toks[lx->n].text = kind == K_LEXERROR || kind < 256 ? NULL : val.str;
		lx->toks[lx->n].span = sp;
		lx->n++;
	}
	retort_scan__delete_buffer(buf, scanner);
	retort_scan_lex_destroy(scanner);
}

static void lex_free(struct lexed *lx)
{
	diag_release(&lx->d);
	srcfile_free(lx->src);
	arena_free(lx->a);
}

static void test_keywords_case_insensitive_and_text_kept(void **state)
{
	struct lexed lx;

	(void)state;
	lex_all(&lx, "Create_Table CREATE_TABLE create_table Account");
	assert_int_equal(lx.n, 4);
	assert_int_equal(lx.toks[0].kind, K_CREATE_TABLE);
	assert_int_equal(lx.toks[1].kind, K_CREATE_TABLE);
	assert_int_equal(lx.toks[2].kind, K_CREATE_TABLE);
	/* the text of a keyword is kept: it may be an identifier after all */
	assert_string_equal(lx.toks[0].text, "Create_Table");
	assert_int_equal(lx.toks[3].kind, K_IDENT);
	assert_string_equal(lx.toks[3].text, "Account");
	lex_free(&lx);
}

static const struct { const char *text; int token; } all_keywords[] = {
#define KW(text, tok) { text, K_##tok },
#include "keywords.def"
#undef KW
};

/* The answer by brute force: a case-insensitive scan of the whole list. */
static int keyword_by_scan(const char *s, size_t n)
{
	size_t k, j;

	for (k = 0; k < sizeof(all_keywords) / sizeof(all_keywords[0]); k++) {
		if (strlen(all_keywords[k].text) != n)
			continue;
		for (j = 0; j < n; j++) {
			char c = s[j] >= 'A' && s[j] <= 'Z' ? (char)(s[j] - 'A' + 'a') : s[j];
			if (c != all_keywords[k].text[j])
				break;
		}
		if (j == n)
			return all_keywords[k].token;
	}
	return K_IDENT;
}

/* Every keyword through the hashed lookup, in both cases (the table's own
 * text given back only for its own spelling), and words one byte away from
 * each (longer, shorter, each byte changed to several others), which must
 * give what a scan of the whole list gives. */
static void test_every_keyword_and_near_misses(void **state)
{
	static const char subst[] = "qzA_$9\x7f";
	char buf[64];
	const char *same;
	size_t i, j, k, n;

	(void)state;
	for (i = 0; i < sizeof(all_keywords) / sizeof(all_keywords[0]); i++) {
		n = strlen(all_keywords[i].text);
		assert_int_equal(parse_keyword(all_keywords[i].text, n), all_keywords[i].token);
		/* spelled as the table spells it: the table's text, no copy */
		memcpy(buf, all_keywords[i].text, n);
		assert_int_equal(parse_keyword_spelled(buf, n, &same), all_keywords[i].token);
		assert_non_null(same);
		assert_true(same != buf);
		assert_memory_equal(same, all_keywords[i].text, n + 1);
		for (j = 0; j < n; j++)
			buf[j] = (char)(all_keywords[i].text[j] >= 'a' && all_keywords[i].text[j] <= 'z'
					? all_keywords[i].text[j] - 'a' + 'A' : all_keywords[i].text[j]);
		assert_int_equal(parse_keyword(buf, n), all_keywords[i].token);
		/* in other letters: the same keyword, but the text is the user's */
		assert_int_equal(parse_keyword_spelled(buf, n, &same), all_keywords[i].token);
		assert_null(same);
		memcpy(buf, all_keywords[i].text, n);
		buf[n] = 'x';
		assert_int_equal(parse_keyword(buf, n + 1), K_IDENT);
		assert_int_equal(parse_keyword(buf, n - 1), keyword_by_scan(buf, n - 1));
		for (j = 0; j < n; j++)
			for (k = 0; k < sizeof(subst) - 1; k++) {
				memcpy(buf, all_keywords[i].text, n);
				buf[j] = subst[k];
				assert_int_equal(parse_keyword(buf, n), keyword_by_scan(buf, n));
			}
	}
	assert_int_equal(parse_keyword("", 0), K_IDENT);
}

/* The output's line labels: counted on from the last answer, and again
 * from the top when asked about an earlier offset. */
static void test_line_numbers_in_and_out_of_order(void **state)
{
	static const char text[] = "a\nbb\n\nccc\n";
	struct srcfile *sf = srcfile_from_string("t.mig", text, sizeof(text) - 1);
	unsigned line, col;
	size_t off;

	(void)state;
	assert_int_equal(srcfile_line_no(sf, 0), 1);
	assert_int_equal(srcfile_line_no(sf, 2), 2);
	assert_int_equal(srcfile_line_no(sf, 7), 4);
	assert_int_equal(srcfile_line_no(sf, 3), 2);	/* back: from the top */
	assert_int_equal(srcfile_line_no(sf, 5), 3);
	assert_int_equal(srcfile_line_no(sf, 99), 5);	/* past the end: the end */
	for (off = 0; off <= sizeof(text) - 1; off++) {
		srcfile_linecol(sf, off, &line, &col);
		assert_int_equal(srcfile_line_no(sf, off), line);
	}
	srcfile_free(sf);
}

static void test_identifiers(void **state)
{
	struct lexed lx;

	(void)state;
	lex_all(&lx, "a_b$1 \"Weird \"\"Name\"\"\" _x");
	assert_int_equal(lx.n, 3);
	assert_int_equal(lx.toks[0].kind, K_IDENT);
	assert_string_equal(lx.toks[0].text, "a_b$1");
	assert_int_equal(lx.toks[1].kind, K_IDENT);
	assert_string_equal(lx.toks[1].text, "Weird \"Name\"");
	assert_int_equal(lx.toks[1].span.start, 6);
	assert_int_equal(lx.toks[1].span.end, 22);
	assert_string_equal(lx.toks[2].text, "_x");
	lex_free(&lx);
}

static void test_strings_sql_rules(void **state)
{
	struct lexed lx;

	(void)state;
	lex_all(&lx, "'it''s' 'back\\slash' ''");
	assert_int_equal(lx.n, 3);
	assert_int_equal(lx.toks[0].kind, K_SCONST);
	assert_string_equal(lx.toks[0].text, "it's");
	/* no backslash escapes: one backslash stays one backslash */
	assert_string_equal(lx.toks[1].text, "back\\slash");
	assert_string_equal(lx.toks[2].text, "");
	lex_free(&lx);
	/* a '$' and a word with no '$' after it is text too */
	lex_all(&lx, "$q$ $abc x $q$");
	assert_int_equal(lx.n, 1);
	assert_string_equal(lx.toks[0].text, " $abc x ");
	lex_free(&lx);
}

static void test_dollar_quotes(void **state)
{
	struct lexed lx;

	(void)state;
	lex_all(&lx, "$$ a 'b' $$ $fn$ x $$ y $a$ $fn$ $$$$");
	assert_int_equal(lx.n, 3);
	assert_int_equal(lx.toks[0].kind, K_DCONST);
	assert_string_equal(lx.toks[0].text, " a 'b' ");
	assert_int_equal(lx.toks[0].span.start, 0);
	assert_int_equal(lx.toks[0].span.end, 11);
	assert_int_equal(lx.toks[1].kind, K_DCONST);
	/* other tags inside are text, even one that shares a '$' with the end */
	assert_string_equal(lx.toks[1].text, " x $$ y $a$ ");
	assert_string_equal(lx.toks[2].text, "");
	lex_free(&lx);
}

static void test_numbers_and_punctuation(void **state)
{
	struct lexed lx;
	static const char *const nums[] = { "42", "-7", "3.14", "1e9", "-2.5E-3", ".5" };
	size_t i;

	(void)state;
	lex_all(&lx, "42 -7 3.14 1e9 -2.5E-3 .5 (),;.{}");
	assert_int_equal(lx.n, 13);
	for (i = 0; i < 6; i++) {
		assert_int_equal(lx.toks[i].kind, K_NCONST);
		assert_string_equal(lx.toks[i].text, nums[i]);
	}
	assert_int_equal(lx.toks[6].kind, '(');
	assert_int_equal(lx.toks[9].kind, ';');
	assert_int_equal(lx.toks[12].kind, '}');
	lex_free(&lx);
	/* a '.' with no digit after it is not the number's: the number
	 * ends before it (and the scanner does not back up to find that) */
	lex_all(&lx, "1.x -2.y");
	assert_int_equal(lx.n, 6);
	assert_int_equal(lx.toks[0].kind, K_NCONST);
	assert_string_equal(lx.toks[0].text, "1");
	assert_int_equal(lx.toks[0].span.end, 1);
	assert_int_equal(lx.toks[1].kind, '.');
	assert_int_equal(lx.toks[1].span.start, 1);
	assert_int_equal(lx.toks[2].kind, K_IDENT);
	assert_string_equal(lx.toks[3].text, "-2");
	assert_int_equal(lx.toks[4].kind, '.');
	assert_string_equal(lx.toks[5].text, "y");
	lex_free(&lx);
}

static void test_comments_are_skipped(void **state)
{
	struct lexed lx;

	(void)state;
	lex_all(&lx, "a -- line comment ;\n/* block\n ** comment */ b");
	assert_int_equal(lx.n, 2);
	assert_string_equal(lx.toks[1].text, "b");
	assert_int_equal(lx.toks[1].span.start, 44);
	lex_free(&lx);
}

/* One error token, one diagnostic with the expected text and position. */
static void expect_error(const char *input, const char *msg, unsigned line, unsigned col)
{
	struct lexed lx;
	unsigned l, c;
	size_t i;
	int errors = 0;

	lex_all(&lx, input);
	for (i = 0; i < lx.n; i++)
		errors += lx.toks[i].kind == K_LEXERROR;
	assert_int_equal(errors, 1);
	assert_int_equal(lx.d.n, 1);
	assert_string_equal(lx.d.v[0].msg, msg);
	srcfile_linecol(lx.src, 0, &l, &c);
	assert_non_null(lx.d.v[0].where);
	{
		char where[64];
		snprintf(where, sizeof(where), "t.mig:%u:%u", line, col);
		assert_string_equal(lx.d.v[0].where, where);
	}
	lex_free(&lx);
}

static void test_unterminated_things(void **state)
{
	(void)state;
	expect_error("x 'abc", "unterminated string literal", 1, 3);
	expect_error("x\n  \"abc", "unterminated quoted identifier", 2, 3);
	expect_error("/* abc * /", "unterminated block comment", 1, 1);
	expect_error("a $q$ text $$", "unterminated dollar-quoted string (no closing $q$)", 1, 3);
}

static void test_bad_characters(void **state)
{
	(void)state;
	expect_error("a @ b", "unexpected character '@'", 1, 3);
	expect_error("a\n é", "unexpected character 'é'", 2, 2);
	expect_error("a \x01", "unexpected control character 0x01", 1, 3);
	expect_error("1abc", "invalid number '1abc'", 1, 1);
	/* an exponent's sign with no digit: the number as far as the 'e',
	 * then the sign, which begins no token either */
	{
		struct lexed lx;
		lex_all(&lx, "x 2.5E-y");
		assert_int_equal(lx.d.n, 2);
		assert_string_equal(lx.d.v[0].msg, "invalid number '2.5E'");
		assert_string_equal(lx.d.v[0].where, "t.mig:1:3");
		assert_string_equal(lx.d.v[1].msg, "unexpected character '-'");
		assert_string_equal(lx.d.v[1].where, "t.mig:1:7");
		lex_free(&lx);
	}
	/* '-' and '$' that begin no token, said at themselves */
	expect_error("a -.x", "unexpected character '-'", 1, 3);
	expect_error("a $abc b", "unexpected character '$'", 1, 3);
	expect_error("\"\"", "zero-length quoted identifier", 1, 1);
}

/* Encoding is checked before the lexer runs, through parse_file. */
static void parse_expect(const char *input, size_t len, const char *msg, const char *where)
{
	struct arena *a = arena_new();
	struct diag d = DIAG_INIT;
	struct srcfile *src = srcfile_from_string("t.mig", input, len);

	assert_null(parse_file(a, src, PARSE_REVISION, &d));
	assert_true(d.n >= 1);
	assert_string_equal(d.v[0].msg, msg);
	assert_string_equal(d.v[0].where, where);
	diag_release(&d);
	srcfile_free(src);
	arena_free(a);
}

static void test_encoding_and_empty(void **state)
{
	(void)state;
	parse_expect("revision 'a\0b';", 15, "NUL byte in source file", "t.mig:1:12");
	parse_expect("ok\n  '\xff'", 8, "invalid UTF-8 byte 0xff (source files must be UTF-8)",
		     "t.mig:2:4");
	parse_expect("'\xed\xa0\x80'", 5, "invalid UTF-8 byte 0xed (source files must be UTF-8)",
		     "t.mig:1:2");
	parse_expect("", 0, "empty revision file (expected a 'revision' line, then "
		     "upgrade and downgrade blocks)", "t.mig:1:1");
	parse_expect("  -- nothing\n", 13, "empty revision file (expected a 'revision' line, "
		     "then upgrade and downgrade blocks)", "t.mig:1:1");
	/* a byte order mark is not a column */
	parse_expect("\xEF\xBB\xBFrevision @;", 14, "unexpected character '@'", "t.mig:1:10");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords_case_insensitive_and_text_kept),
		cmocka_unit_test(test_every_keyword_and_near_misses),
		cmocka_unit_test(test_line_numbers_in_and_out_of_order),
		cmocka_unit_test(test_identifiers),
		cmocka_unit_test(test_strings_sql_rules),
		cmocka_unit_test(test_dollar_quotes),
		cmocka_unit_test(test_numbers_and_punctuation),
		cmocka_unit_test(test_comments_are_skipped),
		cmocka_unit_test(test_unterminated_things),
		cmocka_unit_test(test_bad_characters),
		cmocka_unit_test(test_encoding_and_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
