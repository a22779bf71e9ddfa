/* The one scanner of SQL text: the fragments a migration carries (a CHECK,
 * a WHERE, an index expression, a default), raw statements, and what a
 * database's catalog gives back.  It cuts text into tokens with byte
 * offsets and knows each database's lexical forms only as data (struct
 * sqlscan_flavor); it knows no grammar and no keywords, so the model, the
 * dialects and the drivers can all read SQL the same way. */
#ifndef RETORT_SQLSCAN_H
#define RETORT_SQLSCAN_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sbuf;

/* A flavor's reserved words as a hash table, made on first use: every name
 * a dialect writes is looked up, and a binary search of a few hundred
 * words cost about 250 instructions a name.  SQLSCAN_WORDS defines one
 * over a sorted, lower-case list; its slots are filled once (pthread_once:
 * the parse thread asks too). */
#define SQLSCAN_WORD_BITS 10
#define SQLSCAN_WORD_SLOTS (1u << SQLSCAN_WORD_BITS)
struct sqlscan_words {
	const char *const *v;
	size_t n;
	pthread_once_t once;
	void (*build)(void);
	size_t maxlen;				/* the longest word's length */
	uint16_t slot[SQLSCAN_WORD_SLOTS];	/* 1 + index in v; 0: empty */
};
void sqlscan_words_build(struct sqlscan_words *w);
#define SQLSCAN_WORDS(name, list)                                                         \
	static struct sqlscan_words name;                                                 \
	static void name##_build(void) { sqlscan_words_build(&name); }                    \
	static struct sqlscan_words name = { (list), sizeof(list) / sizeof((list)[0]),   \
					     PTHREAD_ONCE_INIT, name##_build, 0, { 0 } }

/* How a database reads SQL text, as data.  Every flag off is standard
 * SQL's strings and quoted names, with comments that do not nest. */
struct sqlscan_flavor {
	char quote;		/* what delimits a quoted identifier it writes:
				 * '"' or '`' */
	bool backquote_names;	/* `x` is a quoted identifier */
	bool bracket_names;	/* [x] is one too */
	bool dquote_strings;	/* "x" is a string, not a name */
	bool backslash_escapes;	/* \ escapes the next character in any string
				 * (MySQL's escapes: \b \n \r \t \Z; \% and \_
				 * keep the backslash) */
	bool escape_strings;	/* E'...' takes PostgreSQL's backslash escapes (\b \f
				 * \n \r \t, \xhh, \ooo, \uXXXX, \UXXXXXXXX) */
	bool unicode_escapes;	/* U&'...' and U&"..." are one string, one name */
	bool dollar_quotes;	/* $tag$ ... $tag$ is a string */
	bool nested_comments;	/* block comments nest */
	bool hash_comments;	/* # starts a line comment */
	bool no_national;	/* N'...' is no string: a plain one is the same
				 * characters */
	bool no_bit_strings;	/* B'...' is no string, and nothing is one */
	bool pipes_are_or;	/* || is OR, not concatenation */
	bool caret_is_xor;	/* ^ is XOR (a power elsewhere) */
	bool dash_needs_space;	/* -- starts a comment only before a blank,
				 * a control character or the end */
	bool fold_lower;	/* an unquoted name folds to lower case; else
				 * every name compares ignoring ASCII case */
	/* The words that are keywords wherever they stand unquoted, never a
	 * name (SQLSCAN_WORDS: a sorted, lower-case list and its hash table);
	 * NULL: none. */
	struct sqlscan_words *words;
};

/* Those forms, for text no database has claimed. */
extern const struct sqlscan_flavor sqlscan_standard;

/* What a migration's SQL fragments (a CHECK, a WHERE, an index expression,
 * a default) are written in, whatever the database: standard strings (''
 * doubles a quote, a backslash is itself; E'' takes escapes), dollar-quoted
 * strings, "double-quoted" names (and MySQL's `backquoted` ones), comments
 * that do not nest.  A database's flavor for fragments is these forms, and
 * how it folds and reserves names; each dialect spells them its own way. */
#define SQLSCAN_FRAGMENT_FORMS \
	.quote = '"', .backquote_names = true, .escape_strings = true, .dollar_quotes = true
/* Those forms, with no folding and no reserved word: enough to cut a
 * fragment into tokens before any database is known. */
extern const struct sqlscan_flavor sqlscan_fragment;

enum sqltok_kind {
	SQLTOK_WORD,		/* an unquoted name or keyword */
	SQLTOK_NAME,		/* a quoted identifier: "x", `x`, [x] */
	SQLTOK_STRING,		/* '...' with an E/N/X/B prefix or none, "..."
				 * where those are strings, $tag$...$tag$ */
	SQLTOK_NUMBER,		/* 12, 3.5, .5, 1e-3, 0x1f */
	SQLTOK_PUNCT,		/* one character of anything else */
	SQLTOK_LINE_COMMENT,	/* -- (or #) to the end of the line, the
				 * newline not included */
	SQLTOK_BLOCK_COMMENT	/* slash-star to star-slash */
};

struct sqltok {
	enum sqltok_kind kind;
	size_t start, len;	/* bytes of the text: quotes, prefix and
				 * comment markers included */
	bool unterminated;	/* a string, name or block comment the text
				 * ends inside of */
};

struct sqlscan {
	const struct sqlscan_flavor *fl;
	const char *text;
	size_t len, pos;
};

/* text[0..len) may hold NULs; they are punctuation. */
void sqlscan_init(struct sqlscan *sc, const struct sqlscan_flavor *fl, const char *text,
		  size_t len);
/* The next token after any whitespace; false at the end. */
bool sqlscan_next(struct sqlscan *sc, struct sqltok *t);

/* Whether t is the word w, in any case. */
bool sqltok_word(const char *text, const struct sqltok *t, const char *w);
/* Whether t is the punctuation character c. */
bool sqltok_punct(const char *text, const struct sqltok *t, char c);

/* Whether t names a column, table or other object (a quoted name, or a
 * word that is no reserved word), and whether it names `name`: a quoted
 * name as written, an unquoted one folded as the flavor folds; where the
 * flavor does not fold, names compare ignoring ASCII case. */
/* Whether the len bytes at w are one of fl's reserved words, in any case. */
bool sqlscan_reserved(const struct sqlscan_flavor *fl, const char *w, size_t len);
bool sqltok_is_name(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t);
bool sqltok_names(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t,
		  const char *name);
/* What a quoted name or string stands for (quotes off, doubled quotes and,
 * where the flavor has them, backslash escapes undone), or any other token
 * as written, appended to out. */
void sqltok_value(const struct sqlscan_flavor *fl, const char *text, const struct sqltok *t,
		  struct sbuf *out);

/* name as one quoted identifier of the flavor, the form sqltok_names reads
 * back as exactly that name. */
void sqlscan_add_quoted(const struct sqlscan_flavor *fl, struct sbuf *out, const char *name);
/* name as the one token the flavor reads back as exactly that name: bare
 * where it can be ([a-z_][a-z0-9_$]*, upper case too where names do not
 * fold, and no reserved word), else quoted. */
void sqlscan_add_name(const struct sqlscan_flavor *fl, struct sbuf *out, const char *name);
/* name, as sqlscan_add_name writes it, for the token t of text[0..len):
 * with a blank on a side where it would run into its neighbour and make
 * one token with it (a word after a word, a quote after its quote, a
 * quoted name after U&). */
void sqlscan_add_name_for(const struct sqlscan_flavor *fl, struct sbuf *out, const char *text,
			  size_t len, const struct sqltok *t, const char *name);

/* value as one string literal the flavor reads back as exactly value:
 * quotes doubled, and backslashes too where they escape. */
void sqlscan_add_string(const struct sqlscan_flavor *fl, struct sbuf *out, const char *value);

/* text, read in flavor `from`, written for flavor `to`: each string and
 * quoted name as `to` reads it (as it is where `to` reads it the same;
 * with minimal, every quoted name bare where it can be; an E'' or
 * dollar-quoted string a plain one where `to` has no such strings), a
 * line comment still one; everything else, blanks and comments included,
 * as it is. */
void sqlscan_respell(const struct sqlscan_flavor *from, const struct sqlscan_flavor *to,
		     struct sbuf *out, const char *text, size_t len, bool minimal);

/* Whether two texts are the same SQL: the same tokens with the same
 * blanks and comments between them, where a quoted name and an unquoted
 * one count as the same when they name the same thing. */
bool sqlscan_same(const struct sqlscan_flavor *fl, const char *a, const char *b);
/* Whether an E'' string's text (prefix and quotes included) has only
 * escapes by number that stand for a character every database holds: no
 * zero, no byte alone above 0x7F, no surrogate, nothing past U+10FFFF, a
 * \u with its four digits. */
bool sqlscan_escapes_fit(const char *text, size_t len);
/* Whether text is one string literal and nothing else: plain, E'' or
 * dollar-quoted (with `prefixed`, N'', X'' and B'' too); its value is
 * appended to value. */
bool sqlscan_one_string(const struct sqlscan_flavor *fl, const char *text, bool prefixed,
			struct sbuf *value);
/* The same, whatever the blanks between the tokens: a statement's text
 * (a view's, a trigger's) as a database may keep it, trimmed or not. */
bool sqlscan_same_tokens(const struct sqlscan_flavor *fl, const char *a, const char *b);

/* Whether the text is one parenthesized whole, "(...)": then *inner and
 * *inner_len say what is inside. */
bool sqlscan_enclosed(const struct sqlscan_flavor *fl, const char *text, size_t len,
		      size_t *inner, size_t *inner_len);

/* Whether the text's last token is a line comment (which would swallow
 * whatever followed it on the same line). */
bool sqlscan_ends_in_line_comment(const struct sqlscan_flavor *fl, const char *text,
				  size_t len);

/* Whether a migration's SQL fragment (sqlscan_fragment's forms) holds what
 * the databases would read each its own way: text ending inside a string,
 * a quoted name or a comment, a comment inside a comment, U&'', an E''
 * escape that is no character, a MySQL slash-star-bang comment.  Why,
 * appended to why.
 * The parser's check of every fragment, and the importer's before it
 * writes one. */
bool sqlscan_fragment_fault(const char *sql, struct sbuf *why);

#endif
