/* Unit tests for the SQL scanner: every token kind with its offsets, the
 * forms each flavor adds (backslash escapes, E'' strings, dollar quotes,
 * backquoted and bracketed names, # comments, nested comments), every form
 * the text can end inside of, and the questions asked of tokens (which
 * name, what value, the same SQL).  The flavors are built here, as the
 * dialects build theirs, so no dialect is needed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sbuf.h"
#include "sqlscan.h"

/* PostgreSQL's forms, MySQL's and SQLite's, as their dialects say them
 * (with a few of their reserved words). */
static const char *const pg_reserved[] = { "null", "order", "true", "user" };
SQLSCAN_WORDS(pg_words, pg_reserved);
static const struct sqlscan_flavor pg = {
	.quote = '"', .escape_strings = true, .unicode_escapes = true, .dollar_quotes = true,
	.nested_comments = true, .fold_lower = true,
	.words = &pg_words,
};
static const struct sqlscan_flavor my = {
	.quote = '`', .backquote_names = true, .dquote_strings = true,
	.backslash_escapes = true, .hash_comments = true, .dash_needs_space = true,
};
static const struct sqlscan_flavor lite = {
	.quote = '"', .backquote_names = true, .bracket_names = true, .no_national = true,
	.no_bit_strings = true,
};

enum { MAXTOK = 32 };

struct toks {
	struct sqltok v[MAXTOK];
	size_t n;
	const char *text;
};

static struct toks scan(const struct sqlscan_flavor *fl, const char *text)
{
	struct toks r;
	struct sqlscan sc;

	memset(&r, 0, sizeof(r));
	r.text = text;
	sqlscan_init(&sc, fl, text, strlen(text));
	while (r.n < MAXTOK && sqlscan_next(&sc, &r.v[r.n]))
		r.n++;
	return r;
}

/* Token i is of kind k and spells s (its bytes, quotes included). */
static void tok_is(const struct toks *t, size_t i, enum sqltok_kind k, const char *s)
{
	char buf[256];

	assert_true(i < t->n);
	assert_true(t->v[i].len < sizeof(buf));
	memcpy(buf, t->text + t->v[i].start, t->v[i].len);
	buf[t->v[i].len] = '\0';
	assert_string_equal(buf, s);
	assert_int_equal(t->v[i].kind, k);
}

static const char *value(const struct sqlscan_flavor *fl, const struct toks *t, size_t i)
{
	static char buf[256];
	struct sbuf sb = SBUF_INIT;

	sqltok_value(fl, t->text, &t->v[i], &sb);
	snprintf(buf, sizeof(buf), "%s", sb.buf ? sb.buf : "");
	sbuf_release(&sb);
	return buf;
}

static void test_kinds_and_offsets(void **state)
{
	struct toks t = scan(&sqlscan_standard, "  price$usd >= 0.5 AND \"Order\".id<>'it''s'");

	(void)state;
	assert_int_equal(t.n, 11);
	tok_is(&t, 0, SQLTOK_WORD, "price$usd");
	assert_int_equal(t.v[0].start, 2);
	tok_is(&t, 1, SQLTOK_PUNCT, ">");
	tok_is(&t, 2, SQLTOK_PUNCT, "=");
	tok_is(&t, 3, SQLTOK_NUMBER, "0.5");
	tok_is(&t, 4, SQLTOK_WORD, "AND");
	tok_is(&t, 5, SQLTOK_NAME, "\"Order\"");
	tok_is(&t, 6, SQLTOK_PUNCT, ".");
	tok_is(&t, 7, SQLTOK_WORD, "id");
	tok_is(&t, 8, SQLTOK_PUNCT, "<");
	tok_is(&t, 9, SQLTOK_PUNCT, ">");
	tok_is(&t, 10, SQLTOK_STRING, "'it''s'");
	assert_int_equal(t.v[10].start + t.v[10].len, strlen(t.text));
	assert_string_equal(value(&sqlscan_standard, &t, 10), "it's");
	assert_string_equal(value(&sqlscan_standard, &t, 5), "Order");
	assert_true(sqltok_word(t.text, &t.v[4], "and"));
	assert_false(sqltok_word(t.text, &t.v[4], "an"));
	assert_true(sqltok_punct(t.text, &t.v[6], '.'));
	assert_false(sqltok_punct(t.text, &t.v[7], '.'));
}

static void test_numbers(void **state)
{
	struct toks t = scan(&sqlscan_standard, "12 3.5 .5 1e-3 2E+10 0x1f 0x1e-1 7.");

	(void)state;
	/* a sign after e only before a digit: 1e-- is 1e, then a comment */
	assert_true(sqlscan_ends_in_line_comment(&sqlscan_standard, "1e-- c", 6));
	assert_int_equal(t.n, 10);
	tok_is(&t, 0, SQLTOK_NUMBER, "12");
	tok_is(&t, 1, SQLTOK_NUMBER, "3.5");
	tok_is(&t, 2, SQLTOK_NUMBER, ".5");
	tok_is(&t, 3, SQLTOK_NUMBER, "1e-3");
	tok_is(&t, 4, SQLTOK_NUMBER, "2E+10");
	tok_is(&t, 5, SQLTOK_NUMBER, "0x1f");
	tok_is(&t, 6, SQLTOK_NUMBER, "0x1e");	/* a hex digit, not an exponent */
	tok_is(&t, 7, SQLTOK_PUNCT, "-");
	tok_is(&t, 8, SQLTOK_NUMBER, "1");
	tok_is(&t, 9, SQLTOK_NUMBER, "7.");
}

static void test_strings_by_flavor(void **state)
{
	struct toks t;

	(void)state;
	/* standard: a backslash is a character */
	t = scan(&sqlscan_standard, "'a\\' x");
	assert_int_equal(t.n, 2);
	tok_is(&t, 0, SQLTOK_STRING, "'a\\'");
	assert_string_equal(value(&sqlscan_standard, &t, 0), "a\\");
	/* MySQL: it escapes, and "..." is a string with escapes too */
	t = scan(&my, "'it\\'s' \"say \\\"hi\\\"\" 'a''b'");
	assert_int_equal(t.n, 3);
	tok_is(&t, 0, SQLTOK_STRING, "'it\\'s'");
	assert_string_equal(value(&my, &t, 0), "it's");
	tok_is(&t, 1, SQLTOK_STRING, "\"say \\\"hi\\\"\"");
	assert_string_equal(value(&my, &t, 1), "say \"hi\"");
	assert_string_equal(value(&my, &t, 2), "a'b");
	/* MySQL's escapes: \Z is ^Z, \f is f, \% and \_ keep their backslash */
	t = scan(&my, "'\\b\\n\\r\\t\\Z\\f\\%\\_\\q\\\\'");
	assert_string_equal(value(&my, &t, 0), "\b\n\r\t\032f\\%\\_q\\");
	/* PostgreSQL: E'' escapes, a plain string does not, prefixes belong
	 * to the string */
	t = scan(&pg, "E'a\\'b' 'c\\' N'n' X'1F' b'01' U&'d' e'\\n'");
	assert_int_equal(t.n, 7);
	tok_is(&t, 0, SQLTOK_STRING, "E'a\\'b'");
	assert_string_equal(value(&pg, &t, 0), "a'b");
	tok_is(&t, 1, SQLTOK_STRING, "'c\\'");
	tok_is(&t, 2, SQLTOK_STRING, "N'n'");
	assert_string_equal(value(&pg, &t, 2), "n");
	tok_is(&t, 3, SQLTOK_STRING, "X'1F'");
	tok_is(&t, 4, SQLTOK_STRING, "b'01'");
	tok_is(&t, 5, SQLTOK_STRING, "U&'d'");
	assert_string_equal(value(&pg, &t, 5), "d");
	assert_string_equal(value(&pg, &t, 6), "\n");
	t = scan(&pg, "E'\\f\\Z\\%'");
	assert_string_equal(value(&pg, &t, 0), "\fZ%");
	/* a word that only ends in one of those letters is a word */
	t = scan(&pg, "type'x'");
	tok_is(&t, 0, SQLTOK_WORD, "type");
	tok_is(&t, 1, SQLTOK_STRING, "'x'");
}

static void test_dollar_quotes(void **state)
{
	struct toks t;

	(void)state;
	t = scan(&pg, "$$it's $x$ -- not a comment$$ || $fn$a$$b$fn$ $1 a$b$");
	assert_int_equal(t.n, 7);
	tok_is(&t, 0, SQLTOK_STRING, "$$it's $x$ -- not a comment$$");
	assert_string_equal(value(&pg, &t, 0), "it's $x$ -- not a comment");
	tok_is(&t, 1, SQLTOK_PUNCT, "|");
	tok_is(&t, 3, SQLTOK_STRING, "$fn$a$$b$fn$");
	assert_string_equal(value(&pg, &t, 3), "a$$b");
	tok_is(&t, 4, SQLTOK_PUNCT, "$");	/* a parameter, not a quote */
	tok_is(&t, 5, SQLTOK_NUMBER, "1");
	tok_is(&t, 6, SQLTOK_WORD, "a$b$");	/* '$' goes on inside a name */
	/* elsewhere '$' is punctuation */
	t = scan(&lite, "$$x$$");
	tok_is(&t, 0, SQLTOK_PUNCT, "$");
	tok_is(&t, 2, SQLTOK_WORD, "x$$");
}

static void test_names_by_flavor(void **state)
{
	struct toks t;

	(void)state;
	t = scan(&lite, "\"a\"\"b\" `c``d` [e f] [g]]");
	assert_int_equal(t.n, 5);
	tok_is(&t, 0, SQLTOK_NAME, "\"a\"\"b\"");
	assert_string_equal(value(&lite, &t, 0), "a\"b");
	tok_is(&t, 1, SQLTOK_NAME, "`c``d`");
	assert_string_equal(value(&lite, &t, 1), "c`d");
	tok_is(&t, 2, SQLTOK_NAME, "[e f]");
	assert_string_equal(value(&lite, &t, 2), "e f");
	tok_is(&t, 3, SQLTOK_NAME, "[g]");	/* no doubling inside brackets */
	tok_is(&t, 4, SQLTOK_PUNCT, "]");
	/* where those are not names, they are punctuation */
	t = scan(&pg, "`c` [e]");
	tok_is(&t, 0, SQLTOK_PUNCT, "`");
	tok_is(&t, 1, SQLTOK_WORD, "c");
	tok_is(&t, 3, SQLTOK_PUNCT, "[");
	t = scan(&pg, "U&\"d\\0061t\"");
	assert_int_equal(t.n, 1);
	tok_is(&t, 0, SQLTOK_NAME, "U&\"d\\0061t\"");
	/* U& is PostgreSQL's alone: elsewhere a word, '&' and a name */
	t = scan(&lite, "u&\"v\"");
	assert_int_equal(t.n, 3);
	tok_is(&t, 0, SQLTOK_WORD, "u");
	tok_is(&t, 2, SQLTOK_NAME, "\"v\"");
	t = scan(&my, "u&'a\\'b' -- c");
	tok_is(&t, 2, SQLTOK_STRING, "'a\\'b'");
	tok_is(&t, 3, SQLTOK_LINE_COMMENT, "-- c");
	/* unicode in names */
	t = scan(&pg, "prix_\xc3\xa9t\xc3\xa9 > 1");
	tok_is(&t, 0, SQLTOK_WORD, "prix_\xc3\xa9t\xc3\xa9");
}

static void test_comments_by_flavor(void **state)
{
	struct toks t;

	(void)state;
	t = scan(&sqlscan_standard, "a -- one\nb /* two /* three */ c */ d");
	assert_int_equal(t.n, 8);	/* not nested here: '*' '/' follow c */
	tok_is(&t, 1, SQLTOK_LINE_COMMENT, "-- one");
	tok_is(&t, 2, SQLTOK_WORD, "b");
	tok_is(&t, 3, SQLTOK_BLOCK_COMMENT, "/* two /* three */");
	tok_is(&t, 4, SQLTOK_WORD, "c");
	/* PostgreSQL nests them */
	t = scan(&pg, "b /* two /* three */ c */ d");
	assert_int_equal(t.n, 3);
	tok_is(&t, 1, SQLTOK_BLOCK_COMMENT, "/* two /* three */ c */");
	/* MySQL: "--" needs a blank after it, '#' starts one */
	t = scan(&my, "a--b # note\nc --\td --");
	tok_is(&t, 0, SQLTOK_WORD, "a");
	tok_is(&t, 1, SQLTOK_PUNCT, "-");
	tok_is(&t, 2, SQLTOK_PUNCT, "-");
	tok_is(&t, 3, SQLTOK_WORD, "b");
	tok_is(&t, 4, SQLTOK_LINE_COMMENT, "# note");
	tok_is(&t, 5, SQLTOK_WORD, "c");
	tok_is(&t, 6, SQLTOK_LINE_COMMENT, "--\td --");
	assert_int_equal(t.n, 7);
	t = scan(&pg, "a # b");
	tok_is(&t, 1, SQLTOK_PUNCT, "#");
}

/* Each form the text can end inside of runs to the end, marked. */
static void unterminated(const struct sqlscan_flavor *fl, const char *text,
			 enum sqltok_kind k)
{
	struct toks t = scan(fl, text);

	assert_int_equal(t.n, 2);
	assert_false(t.v[0].unterminated);
	assert_int_equal(t.v[1].kind, k);
	assert_true(t.v[1].unterminated);
	assert_int_equal(t.v[1].start + t.v[1].len, strlen(text));
}

static void test_unterminated(void **state)
{
	(void)state;
	unterminated(&sqlscan_standard, "x 'abc", SQLTOK_STRING);
	unterminated(&sqlscan_standard, "x 'it''", SQLTOK_STRING);
	unterminated(&my, "x 'a\\'", SQLTOK_STRING);
	unterminated(&my, "x 'a\\", SQLTOK_STRING);
	unterminated(&my, "x \"a", SQLTOK_STRING);
	unterminated(&pg, "x E'a\\'", SQLTOK_STRING);
	unterminated(&pg, "x N'a", SQLTOK_STRING);
	unterminated(&pg, "x U&'a", SQLTOK_STRING);
	unterminated(&pg, "x $$a$", SQLTOK_STRING);
	unterminated(&pg, "x $q$a$$", SQLTOK_STRING);
	unterminated(&sqlscan_standard, "x \"ab", SQLTOK_NAME);
	unterminated(&sqlscan_standard, "x \"a\"\"", SQLTOK_NAME);
	unterminated(&pg, "x U&\"a", SQLTOK_NAME);
	unterminated(&lite, "x `ab", SQLTOK_NAME);
	unterminated(&lite, "x [ab", SQLTOK_NAME);
	unterminated(&sqlscan_standard, "x /* a", SQLTOK_BLOCK_COMMENT);
	unterminated(&sqlscan_standard, "x /*", SQLTOK_BLOCK_COMMENT);
	unterminated(&pg, "x /* a /* b */", SQLTOK_BLOCK_COMMENT);
	/* a line comment needs no end; its token stops at the newline */
	assert_false(scan(&sqlscan_standard, "x -- a").v[1].unterminated);
	/* an unterminated token's value is what there is */
	{
		struct toks t = scan(&sqlscan_standard, "'ab");
		assert_string_equal(value(&sqlscan_standard, &t, 0), "ab");
		t = scan(&pg, "$$ab$");
		assert_string_equal(value(&pg, &t, 0), "ab$");
	}
}

static void test_nul_and_empty(void **state)
{
	const char text[] = { 'a', '\0', 'b' };
	struct sqlscan sc;
	struct sqltok t;

	(void)state;
	sqlscan_init(&sc, &sqlscan_standard, text, sizeof(text));
	assert_true(sqlscan_next(&sc, &t));
	assert_int_equal(t.kind, SQLTOK_WORD);
	assert_true(sqlscan_next(&sc, &t));
	assert_int_equal(t.kind, SQLTOK_PUNCT);
	assert_int_equal(t.start, 1);
	assert_true(sqlscan_next(&sc, &t));
	assert_int_equal(t.kind, SQLTOK_WORD);
	assert_false(sqlscan_next(&sc, &t));
	assert_int_equal(scan(&sqlscan_standard, "").n, 0);
	assert_int_equal(scan(&sqlscan_standard, " \t\n\r\f\v").n, 0);
}

static void test_names(void **state)
{
	struct toks t = scan(&pg, "Amount \"Amount\" amount 'amount' \"a\"\"b\"");

	(void)state;
	/* PostgreSQL: unquoted folds, quoted is as written */
	assert_true(sqltok_names(&pg, t.text, &t.v[0], "amount"));
	assert_false(sqltok_names(&pg, t.text, &t.v[0], "Amount"));
	assert_true(sqltok_names(&pg, t.text, &t.v[1], "Amount"));
	assert_false(sqltok_names(&pg, t.text, &t.v[1], "amount"));
	assert_true(sqltok_names(&pg, t.text, &t.v[2], "amount"));
	assert_false(sqltok_names(&pg, t.text, &t.v[3], "amount"));	/* a string */
	assert_true(sqltok_names(&pg, t.text, &t.v[4], "a\"b"));
	assert_false(sqltok_names(&pg, t.text, &t.v[4], "a\"b\""));
	assert_false(sqltok_names(&pg, t.text, &t.v[2], "amoun"));
	assert_true(sqltok_is_name(&pg, t.text, &t.v[1]));
	assert_false(sqltok_is_name(&pg, t.text, &t.v[3]));
	/* a reserved word is a keyword, never a name; quoted, it is one */
	t = scan(&pg, "user <> \"user\" AND USER");
	assert_false(sqltok_is_name(&pg, t.text, &t.v[0]));
	assert_false(sqltok_names(&pg, t.text, &t.v[0], "user"));
	assert_true(sqltok_names(&pg, t.text, &t.v[3], "user"));
	assert_false(sqltok_names(&pg, t.text, &t.v[5], "user"));
	assert_true(sqltok_names(&lite, t.text, &t.v[0], "user"));	/* not reserved there */
	/* no folding: any case, quoted or not */
	t = scan(&my, "Amount `AMOUNT` \"amount\"");
	assert_true(sqltok_names(&my, t.text, &t.v[0], "amount"));
	assert_true(sqltok_names(&my, t.text, &t.v[1], "amount"));
	assert_false(sqltok_names(&my, t.text, &t.v[2], "amount"));	/* a string */
}

static void test_quoted_round_trip(void **state)
{
	static const char *const names[] = { "plain", "Mixed", "say \"hi\"", "back`tick", "" };
	const struct sqlscan_flavor *fls[] = { &pg, &my, &lite, &sqlscan_standard };
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(fls) / sizeof(fls[0]); i++) {
		for (j = 0; j < sizeof(names) / sizeof(names[0]); j++) {
			struct sbuf sb = SBUF_INIT;
			struct toks t;
			sqlscan_add_quoted(fls[i], &sb, names[j]);
			t = scan(fls[i], sbuf_str(&sb));
			assert_int_equal(t.n, 1);
			assert_int_equal(t.v[0].kind, SQLTOK_NAME);
			assert_true(sqltok_names(fls[i], t.text, &t.v[0], names[j]));
			assert_string_equal(value(fls[i], &t, 0), names[j]);
			sbuf_release(&sb);
		}
	}
}

/* The one token that reads back as a name, and where it must keep apart
 * from its neighbours. */
static void name_for(const struct sqlscan_flavor *fl, const char *text, size_t tok,
		     const char *name, const char *want)
{
	struct toks t = scan(fl, text);
	struct sbuf sb = SBUF_INIT;

	sbuf_add(&sb, text, t.v[tok].start);
	sqlscan_add_name_for(fl, &sb, text, strlen(text), &t.v[tok], name);
	sbuf_adds(&sb, text + t.v[tok].start + t.v[tok].len);
	assert_string_equal(sbuf_str(&sb), want);
	sbuf_release(&sb);
}

static void test_add_name(void **state)
{
	(void)state;
	name_for(&pg, "a > 0", 0, "amount", "amount > 0");
	name_for(&pg, "a > 0", 0, "Amount", "\"Amount\" > 0");
	name_for(&pg, "a > 0", 0, "order", "\"order\" > 0");	/* reserved */
	name_for(&pg, "a > 0", 0, "1st", "\"1st\" > 0");
	name_for(&pg, "a > 0", 0, "$x", "\"$x\" > 0");
	name_for(&pg, "a > 0", 0, "x$1", "x$1 > 0");
	name_for(&pg, "a > 0", 0, "caf\xc3\xa9", "\"caf\xc3\xa9\" > 0");
	name_for(&my, "a > 0", 0, "Amount", "Amount > 0");	/* no folding there */
	name_for(&my, "a > 0", 0, "a b", "`a b` > 0");
	/* the alphabet, byte by byte: _ may start a name, a digit or $ only
	 * follow, a capital is plain only where names do not fold */
	name_for(&pg, "a > 0", 0, "_z9$", "_z9$ > 0");
	name_for(&pg, "a > 0", 0, "aZ", "\"aZ\" > 0");
	name_for(&pg, "a > 0", 0, "a-b", "\"a-b\" > 0");
	name_for(&pg, "a > 0", 0, "a\x7f", "\"a\x7f\" > 0");
	name_for(&my, "a > 0", 0, "ZZ_9", "ZZ_9 > 0");
	name_for(&my, "a > 0", 0, "9a", "`9a` > 0");
	name_for(&my, "a > 0", 0, "$a", "`$a` > 0");
	name_for(&my, "a > 0", 0, "a@", "`a@` > 0");
	/* kept apart from what it would run into */
	name_for(&pg, "x\"a\"", 1, "b", "x b");
	name_for(&pg, "\"a\"x", 0, "b", "b x");
	name_for(&pg, "\"x\"a", 1, "B", "\"x\" \"B\"");
	name_for(&pg, "a\"x\"", 0, "B", "\"B\" \"x\"");
	name_for(&pg, "u&a = 0", 2, "V", "u& \"V\" = 0");
	name_for(&lite, "u&a = 0", 2, "a b", "u&\"a b\" = 0");	/* no U& in SQLite */
	name_for(&pg, "menu&a", 2, "V", "menu&\"V\"");
	name_for(&pg, "(a)", 1, "b", "(b)");
}

/* A fragment as the migration writes it, spelled for a database. */
static const struct sqlscan_flavor fragment = { SQLSCAN_FRAGMENT_FORMS, .fold_lower = true };

static bool fits(const char *text)
{
	return sqlscan_escapes_fit(text, strlen(text));
}

static void respelled(const struct sqlscan_flavor *from, const struct sqlscan_flavor *to,
		      bool minimal, const char *text, const char *want)
{
	struct sbuf sb = SBUF_INIT;

	sqlscan_respell(from, to, &sb, text, strlen(text), minimal);
	assert_string_equal(sbuf_str(&sb), want);
	sbuf_release(&sb);
}

static void test_respell(void **state)
{
	struct sbuf sb = SBUF_INIT;

	(void)state;
	sqlscan_add_string(&pg, &sb, "it's a\\b");
	sqlscan_add_string(&my, &sb, "it's a\\b");
	assert_string_equal(sbuf_str(&sb), "'it''s a\\b''it''s a\\\\b'");
	sbuf_release(&sb);
	/* the same text, as each database must read it */
	respelled(&fragment, &pg, false, "\"discountPct\" BETWEEN 0 AND 100 AND n <> 'a''b\\c'",
		  "\"discountPct\" BETWEEN 0 AND 100 AND n <> 'a''b\\c'");
	respelled(&fragment, &my, false, "\"discountPct\" BETWEEN 0 AND 100 AND n <> 'a''b\\c'",
		  "`discountPct` BETWEEN 0 AND 100 AND n <> 'a''b\\\\c'");
	respelled(&fragment, &lite, false, "\"order\" > 0 AND `x` < 1", "\"order\" > 0 AND `x` < 1");
	respelled(&fragment, &my, false, "`from` > 0", "`from` > 0");
	/* a string only one side has: a plain one; N'', X'', B'' keep their
	 * letter, and their value */
	respelled(&fragment, &my, false, "$$it's$$ || E'a\\nb' || X'1F'",
		  "'it''s' || 'a\nb' || X'1F'");	/* a newline in the string */
	respelled(&fragment, &my, false, "N'a\\b' || n'c'", "N'a\\\\b' || n'c'");
	respelled(&fragment, &pg, false, "$$it's$$ || E'a\\nb'", "$$it's$$ || E'a\\nb'");
	/* escapes by number every database holds, and those it does not */
	assert_true(fits("E'\\x41\\101\\u00e9\\U0001F600\\xz\\n'"));
	assert_false(fits("E'a\\000b'"));	/* a zero */
	assert_false(fits("E'\\xe9'"));	/* a lone byte */
	assert_false(fits("E'\\uD83D'"));	/* half a pair */
	assert_false(fits("E'\\u41'"));	/* short */
	assert_false(fits("E'\\U00110000'"));	/* past U+10FFFF */
	/* where N'' is no string, the plain one holds the same characters */
	respelled(&fragment, &lite, false, "N'it''s' || n'x' || X'1F'", "'it''s' || 'x' || X'1F'");
	/* PostgreSQL's escapes by number: a byte, a character as UTF-8; an x
	 * with no digit is an x */
	respelled(&fragment, &my, false, "E'\\x41\\101\\u00e9\\U0001F600\\xz\\7'",
		  "'AA\xc3\xa9\xf0\x9f\x98\x80xz\a'");
	/* comments stay comments */
	respelled(&fragment, &my, false, "x --no blank", "x -- no blank");
	respelled(&fragment, &my, false, "x -- blank", "x -- blank");
	respelled(&my, &fragment, false, "x # note", "x -- note");
	/* and back, from the database's text: names bare where they can be */
	respelled(&my, &fragment, true, "(`a` > `Order` and `b c` <> 'x\\\\y')",
		  "(a > \"Order\" and \"b c\" <> 'x\\y')");
	respelled(&lite, &fragment, false, "[x] + 1", "\"x\" + 1");
}

static void test_same(void **state)
{
	(void)state;
	assert_true(sqlscan_same(&pg, "a > 0", "a > 0"));
	assert_true(sqlscan_same(&pg, "\"a\" > 0", "a > 0"));
	assert_true(sqlscan_same(&pg, "A > 0", "\"a\" > 0"));
	assert_false(sqlscan_same(&pg, "\"A\" > 0", "a > 0"));
	assert_false(sqlscan_same(&pg, "a > 0", "a  > 0"));	/* blanks count */
	assert_false(sqlscan_same(&pg, "a > 0", "a > 0 "));
	assert_false(sqlscan_same(&pg, "a > 0", "a > 0 -- x"));
	assert_false(sqlscan_same(&pg, "a > 0", "a > 1"));
	assert_true(sqlscan_same(&pg, "a > 0", "A > 0"));	/* words: in any case */
	assert_true(sqlscan_same(&pg, "select EMAIL", "SELECT email"));
	assert_false(sqlscan_same(&pg, "'a' > 0", "a > 0"));
	assert_false(sqlscan_same(&pg, "a > 0", "a >"));
	assert_true(sqlscan_same(&my, "`X` > 0", "x > 0"));
	assert_true(sqlscan_same(&lite, "[x] > 0", "\"x\" > 0"));
	assert_false(sqlscan_same(&pg, "\"user\" <> 'x'", "user <> 'x'"));	/* a keyword */
	/* a string is its value, however quoted; X'' says more */
	assert_true(sqlscan_same(&pg, "a <> 'it''s'", "a <> $$it's$$"));
	assert_true(sqlscan_same(&pg, "a <> E'x\\ny'", "a <> 'x\ny'"));
	assert_false(sqlscan_same(&pg, "a <> 'x'", "a <> 'y'"));
	assert_true(sqlscan_same(&pg, "a <> N'x'", "a <> 'x'"));	/* the same characters */
	assert_false(sqlscan_same(&pg, "a <> X'1F'", "a <> '1F'"));
	assert_true(sqlscan_same(&pg, NULL, NULL));
	assert_false(sqlscan_same(&pg, NULL, "a"));
}

static void enclosed(const char *text, const char *inside)
{
	size_t at, n;

	if (!inside) {
		assert_false(sqlscan_enclosed(&pg, text, strlen(text), &at, &n));
		return;
	}
	assert_true(sqlscan_enclosed(&pg, text, strlen(text), &at, &n));
	assert_int_equal(n, strlen(inside));
	assert_memory_equal(text + at, inside, n);
}

static void test_enclosed(void **state)
{
	(void)state;
	enclosed("(a + b)", "a + b");
	enclosed(" ((a) + (b)) ", "(a) + (b)");
	enclosed("(')' || \")\")", "')' || \")\"");
	enclosed("()", "");
	enclosed("(a) + (b)", NULL);
	enclosed("(a", NULL);
	enclosed("a)", NULL);
	enclosed("(a) -- c", NULL);
	enclosed("lower(a)", NULL);
	enclosed("", NULL);
}

static void test_ends_in_line_comment(void **state)
{
	(void)state;
	assert_true(sqlscan_ends_in_line_comment(&pg, "1 -- one", 8));
	assert_false(sqlscan_ends_in_line_comment(&pg, "1 -- one\n+ 2", 12));
	assert_false(sqlscan_ends_in_line_comment(&pg, "'--'", 4));
	assert_false(sqlscan_ends_in_line_comment(&pg, "$$ -- $$", 8));
	assert_false(sqlscan_ends_in_line_comment(&my, "1--1", 4));
	assert_true(sqlscan_ends_in_line_comment(&my, "1 # one", 7));
	assert_false(sqlscan_ends_in_line_comment(&pg, "", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds_and_offsets),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_strings_by_flavor),
		cmocka_unit_test(test_dollar_quotes),
		cmocka_unit_test(test_names_by_flavor),
		cmocka_unit_test(test_comments_by_flavor),
		cmocka_unit_test(test_unterminated),
		cmocka_unit_test(test_nul_and_empty),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_quoted_round_trip),
		cmocka_unit_test(test_add_name),
		cmocka_unit_test(test_respell),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_enclosed),
		cmocka_unit_test(test_ends_in_line_comment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
