/* What the generated lexer and parser share with parse.c: the parser state
 * and the helpers grammar actions call.  Private to the frontend; the rest
 * of retort sees only parse.h. */
#ifndef RETORT_PARSE_IMPL_H
#define RETORT_PARSE_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ir.h"
#include "parse.h"

struct arena;
struct tbl_elems;
union RETORT_YYSTYPE;

struct parser {
	struct arena *arena;
	struct diag *diag;
	struct srcfile *src;
	struct migfile *file;
	enum parse_mode mode;
	void *scanner;
	int nerrors;
	bool gave_up;		/* too many errors: the lexer returns EOF */
	bool quiet;		/* the first try (parse_file): an error is
				 * counted, not said, and ends the parse */
	bool any_token;		/* for the empty-file message */
	size_t pos;		/* lexer's byte offset in the file */
	/* Header-only parse: stretches of the file (start, length) that the
	 * scanned text leaves out; pos steps over each when it reaches it. */
	const size_t (*gaps)[2];
	size_t ngaps, next_gap;
	size_t gap_at;		/* start of the next gap, or SIZE_MAX */
	size_t dolq_start, dolq_body;	/* dollar quote being scanned */
	const char *dolq_tag;
	unsigned seen_headers;	/* bit per enum hdr_kind */
	struct view_opts *view;	/* the create_view options being read */
	/* parse_schema_each: where each top-level op goes, and the arena
	 * that takes its turn after this statement (NULL: one arena) */
	bool (*each)(void *ctx, const struct op *op);
	void *each_ctx;
	struct arena *spare;
	bool stopped;		/* each said no */
	size_t input_at, input_end;	/* what parse_input has left to give */
};

enum hdr_kind {
	HDR_REVISION,
	HDR_REVISES,
	HDR_MESSAGE,
	HDR_CREATED,
	HDR_BRANCH_LABELS,
	HDR_DEPENDS_ON,
	HDR_TRANSACTIONAL
};

enum colopt_kind {
	COLOPT_NOT_NULL,
	COLOPT_NULL,
	COLOPT_PRIMARY_KEY,
	COLOPT_AUTOINCREMENT,
	COLOPT_UNIQUE,
	COLOPT_DEFAULT,
	COLOPT_COMMENT,
	COLOPT_REFERENCES,
	COLOPT_CONSTRAINT,
	COLOPT_IDENTITY,
	COLOPT_NO_CHECK
};


enum seqopt_kind {
	SEQOPT_START,
	SEQOPT_INCREMENT,
	SEQOPT_MINVALUE,
	SEQOPT_MAXVALUE,
	SEQOPT_CACHE,
	SEQOPT_CYCLE,
	SEQOPT_NO_CYCLE
};

/* A column option, as written, before the column is assembled. */
struct col_opt {
	enum colopt_kind kind;
	struct span span;
	struct value *value;
	const char *text;
	struct fkref *ref;
	struct identity *identity;
	struct col_opt *next;
};

/* create_index's trailing options, as written: the ones for every
 * dialect in def, the others in def.variants. */
struct index_opts {
	struct index_def def;
	struct index_variant **vtail;
	bool has_index_only;	/* an option drop_index cannot take ... */
	struct span index_only;	/* ... and where the first one is */
};

/* One clause of alter_column. */
struct alter_item {
	unsigned change;	/* one enum alter_change bit */
	struct span span;
	struct type *type;
	const char *using_expr;
	struct value *value;
	const char *comment;
	struct ident *name;
	struct identity *identity;
	struct alter_item *next;
};

/* A create_table trailing option: comment or with (...). */
struct tbl_opt {
	struct span span;
	const char *comment;
	struct kv *kvs;
	struct tbl_opt *next;
};

/* lexer side */
int parse_keyword(const char *text, size_t len);
/* The same, and *same: the keyword's own text where text spells it in
 * lower case as the table does (a token's text then needs no copy), else
 * NULL. */
int parse_keyword_spelled(const char *text, size_t len, const char **same);
/* The lexer has reached p->gap_at: step pos over that gap. */
void parse_step_gap(struct parser *p);
char *parse_unquote(struct arena *a, const char *s, size_t n, char q);
void parse_error(struct parser *p, enum diag_code code, struct span sp,
		     const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
#if defined(__GNUC__)
__attribute__((noreturn))
#endif
void parse_fatal(const char *msg);

/* The scanner (grammar/lexer.l), declared here, where lexer.c's definition
 * is checked against it. */
int retort_scan_lex(union RETORT_YYSTYPE *lval, struct span *lloc, void *scanner);

/* The next token for the parser (inline: it runs for every token). */
static inline int parse_next_token(struct parser *p, union RETORT_YYSTYPE *lval,
				   struct span *lloc)
{
	int tok;

	if (p->gave_up)
		return 0;
	tok = retort_scan_lex(lval, lloc, p->scanner);
	p->any_token |= tok != 0;
	return tok;
}

/* parser side */
void parse_syntax_error(struct parser *p, struct span sp, const char *msg);
void parse_report_unexpected(struct parser *p, struct span sp, const char *got,
			     bool got_lexerror, const char *const *expected, int nexpected);

void parse_header(struct parser *p, enum hdr_kind k, struct valuelist *vals, struct span sp);
void parse_header_bool(struct parser *p, enum hdr_kind k, bool v, struct span sp);
void parse_block(struct parser *p, struct oplist *dst, struct oplist ops, struct span kw,
		 bool upgrade);
/* Up to max bytes of the text at input_at into buf (YY_INPUT): how many,
 * 0 at the end. */
size_t parse_input(struct parser *p, char *buf, size_t max);
/* false: the parse stops (parse_schema_each's each said no) */
bool parse_toplevel(struct parser *p, struct op *op);

struct op *parse_create_table(struct parser *p, struct span sp, struct qname name,
			      struct tbl_elems elems, struct tbl_opt *opts);
struct op *parse_alter_column(struct parser *p, struct span sp, struct qname t,
			      struct ident *col, struct alter_item *items);
struct op *parse_rename_column(struct parser *p, struct span sp, struct qname t,
			       struct ident *col, struct ident *to);
/* An index's name, which a schema may qualify: its table's, which it then
 * gives a table not given (drop_index audit.ix). */
struct ident *parse_index_name(struct parser *p, const struct qname *name, struct qname *table);
struct op *parse_create_index(struct parser *p, struct span sp, struct ident *name,
			      struct qname t, struct index_elem *elems,
			      struct index_opts *opts);
struct op *parse_drop_index(struct parser *p, struct span sp, struct ident *name,
			    struct qname t, struct index_opts *opts);
struct op *parse_add_constraint(struct parser *p, enum op_kind k, struct span sp,
				struct ident *name, struct qname t, struct constraint *con);
struct op *parse_drop_constraint_kind(struct parser *p, struct op *op, struct ident *kind);
/* create_view's options: or replace, reads (...) (a list built newest
 * first).  opts NULL: new ones (and p->view); read: one more name. */
struct view_read {
	struct qname name;
	struct view_read *next;
};
struct view_opts {
	bool replace, has_reads;
	struct view_read *reads;
	size_t nreads;
};
struct view_opts *parse_view_opts(struct parser *p, struct view_opts *opts, bool replace,
				  const struct qname *read);
struct op *parse_create_view(struct parser *p, struct span sp, struct qname name,
			     const char *sql, struct span sql_span, struct view_opts *opts);
/* alter_enum: the edit (which value, what is done to it) made first, then
 * its enum (name) or column (table, column) and the statement's span. */
struct op *parse_enum_edit(struct parser *p, enum enum_change change, struct value *value,
			   enum enum_place place, struct value *other);
struct op *parse_alter_enum(struct parser *p, struct span sp, const struct qname *name,
			    const struct qname *table, const struct ident *column,
			    struct op *edit);
struct op *parse_sequence(struct parser *p, enum op_kind k, struct span sp,
			  struct qname name, struct op *opts);
struct op *parse_bulk_insert(struct parser *p, struct span sp, struct qname t,
			     struct identlist cols, struct insert_row *rows);
const char *parse_fragment(struct parser *p, const char *sql, struct span sp);
/* `todo 'what';`: a place retort import left for a person, an error at it
 * (so the revision does not compile until it is finished). */
void parse_todo(struct parser *p, struct span sp, const char *what);
struct op *parse_execute(struct parser *p, struct span sp, struct identlist *dialects,
			 const char *sql, struct span sqlspan);
/* `when x.KEY = 'VALUE' { ... }`: its body data only (execute,
 * bulk_insert), each other op an error at it. */
struct op *parse_when(struct parser *p, struct span sp, struct qname key, const char *value,
		      struct span vspan, struct oplist body);

struct constraint *parse_constraint(struct parser *p, enum constraint_kind k,
				    struct span sp, struct identlist *cols,
				    struct fkref *ref, const char *check,
				    struct fkref *opts);
struct constraint *parse_exclude(struct parser *p, struct span sp, struct ident *method,
				 struct exclude_elem *elems, const char *where);
struct fkref *parse_defer(struct parser *p, struct fkref *opts, int deferrable,
			  enum fk_initially initially);
struct fkref *parse_fkref(struct parser *p, struct span sp, struct qname t,
			  struct identlist *cols, struct fkref *opts);
struct fkref *parse_fk_action(struct parser *p, struct fkref *opts, bool on_delete,
			      int action, struct span sp);
struct tbl_opt *parse_tbl_opt(struct parser *p, struct span sp, const char *comment,
			      struct kv *kvs);
struct kv *parse_kv(struct parser *p, struct ident *key, struct value *v);
struct column *parse_column(struct parser *p, struct span sp, struct ident *name,
			    struct type *t, struct col_opt *opts);
struct col_opt *parse_col_opt(struct parser *p, enum colopt_kind k, struct span sp,
			      struct value *v, const char *text, struct fkref *ref);
struct type *parse_type_variant(struct parser *p, struct type *t, struct span sp,
				struct identlist *dialects, struct type *as);
struct value *parse_value_variant(struct parser *p, struct value *v, struct span sp,
				  struct identlist *dialects, struct value *as);
struct identity *parse_identity(struct parser *p, struct span sp, int kind,
				struct identity *opts);
struct identity *parse_identity_opt(struct parser *p, struct identity *opts, struct span sp,
				    enum seqopt_kind k, const char *num);
struct col_opt *parse_col_opt_identity(struct parser *p, struct span sp, struct identity *id);
struct alter_item *parse_alter_identity(struct parser *p, struct span sp, struct identity *id);
struct alter_item *parse_alter_item(struct parser *p, unsigned change, struct span sp,
				    struct type *t, const char *using_expr,
				    struct value *v, const char *comment,
				    struct ident *name);
struct index_elem *parse_index_elem(struct parser *p, struct span sp, struct ident *col,
				    const char *expr, int order, int nulls);
struct index_opts *parse_index_opt(struct parser *p, struct index_opts *opts,
				   struct index_variant *opt, struct identlist *dialects);
struct index_variant *parse_index_option(struct parser *p, struct span sp,
					 enum index_option k, const char *text,
					 struct identlist *include, struct index_colopt *cols);
struct index_colopt *parse_index_colopt(struct parser *p, struct index_colopt *list,
					struct ident *col, const char *text);
struct exclude_elem *parse_exclude_elem(struct parser *p, struct span sp,
					struct ident *col, const char *expr,
					const char *op);
struct op *parse_seq_opt(struct parser *p, struct op *opts, struct span sp,
			 enum seqopt_kind k, const char *num);
struct insert_row *parse_row(struct parser *p, struct span sp, struct valuelist vals);

struct type *parse_type(struct parser *p, enum type_kind k, struct span sp);
struct type *parse_type_numeric(struct parser *p, struct span sp, const char *prec,
				struct span psp, const char *scale, struct span ssp);
struct type *parse_type_length(struct parser *p, enum type_kind k, struct span sp,
			       long length);
struct type *parse_type_enum(struct parser *p, struct span sp, struct qname *name,
			     struct valuelist *values);
struct type *parse_type_raw(struct parser *p, struct span sp, const char *text);
long parse_length(struct parser *p, const char *num, struct span sp);

#endif
