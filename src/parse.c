/* The one caller of the generated parser, and the helpers its actions call.
 * Grammar actions stay one call each; what can be checked from the text of
 * one statement alone (a duplicate option, a row of the wrong width, a
 * header line twice) is checked here.  What needs the schema is not. */
#include "parse.h"
#include "parse_impl.h"
#include "sqlscan.h"
#include "arena.h"
#include "sbuf.h"
#include "util.h"

#define YYSTYPE RETORT_YYSTYPE
#define YYLTYPE RETORT_YYLTYPE
#include "parser.h"
#include "lexer.h"

/* The same grammar's parser without LAC (build/gen/parser_nolac.c; see
 * parse_file). */
int retort_yyparse_nolac(struct parser *p);

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_ERRORS = 20 };

/* ---- keywords ---- */

struct keyword {
	const char *text;
	size_t len;
	int token;
};

static const struct keyword keywords[] = {
#define KW(text, tok) { text, sizeof(text) - 1, K_##tok },
#include "keywords.def"
#undef KW
};

/* keyhash_slot and KEYHASH_SEED: made at build time by src/tools/mkkeyhash.c,
 * which found a seed that gives every keyword a slot of its own. */
#include "keyhash_fn.h"
#include "keyhash.h"

/* Every identifier comes through here: one hash, at most one comparison,
 * no copy and no library call. */
int parse_keyword_spelled(const char *text, size_t len, const char **same)
{
	const struct keyword *kw;
	unsigned slot;
	size_t i;

	*same = NULL;
	if (len > 32)	/* longer than any keyword */
		return K_IDENT;
	slot = keyhash_slot[keyhash(KEYHASH_SEED, text, len)];
	if (slot == 0)
		return K_IDENT;
	kw = &keywords[slot - 1];
	if (kw->len != len)
		return K_IDENT;
	if (memcmp(text, kw->text, len) == 0) {	/* as the table spells it: most */
		*same = kw->text;
		return kw->token;
	}
	/* else in other letters, or another word */
	for (i = 0; i < len; i++) {
		int c = (unsigned char)text[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != (unsigned char)kw->text[i])
			return K_IDENT;
	}
	return kw->token;
}

int parse_keyword(const char *text, size_t len)
{
	const char *same;

	return parse_keyword_spelled(text, len, &same);
}

bool parse_is_keyword(const char *text, size_t len)
{
	return parse_keyword(text, len) != K_IDENT;
}

/* A quoted token's body, each doubled quote made single (the lexer's and
 * the fast header parse's). */
char *parse_unquote(struct arena *a, const char *s, size_t n, char q)
{
	char *out, *o;
	size_t i;

	if (!memchr(s, q, n))	/* most strings: a copy */
		return arena_strndup(a, s, n);
	out = o = arena_alloc(a, n + 1);
	for (i = 0; i < n; i++) {
		*o++ = s[i];
		if (s[i] == q && i + 1 < n && s[i + 1] == q)
			i++;
	}
	*o = '\0';
	return out;
}

/* ---- errors ---- */

static void count_error(struct parser *p)
{
	if (++p->nerrors >= MAX_ERRORS && !p->gave_up) {
		p->gave_up = true;
		diag_plain(p->diag, DIAG_SEV_NOTE, DIAG_TOO_MANY_ERRORS,
			   "too many errors in %s, stopping", p->src->path);
	}
}

void parse_error(struct parser *p, enum diag_code code, struct span sp, const char *fmt, ...)
{
	va_list ap;

	if (p->gave_up)
		return;
	if (p->quiet) {
		p->nerrors++;
		p->gave_up = true;
		return;
	}
	va_start(ap, fmt);
	diag_vat(p->diag, DIAG_SEV_ERROR, code, p->src, sp, fmt, ap);
	va_end(ap);
	count_error(p);
}

void parse_fatal(const char *msg)
{
	fprintf(stderr, "retort: fatal: scanner: %s\n", msg);
	abort();
}

void parse_syntax_error(struct parser *p, struct span sp, const char *msg)
{
	parse_error(p, DIAG_SYNTAX, sp, "%s", msg);
}

/* What the user wrote at sp, shortened for a message. */
static void describe_token(struct parser *p, struct span sp, const char *name,
			   struct sbuf *out)
{
	size_t n = sp.end - sp.start;
	const char *text = p->src->text + sp.start;
	bool literal = strcmp(name, "string") == 0 || strcmp(name, "number") == 0 ||
		       strcmp(name, "identifier") == 0 ||
		       strcmp(name, "dollar-quoted string") == 0;

	if (literal) {
		sbuf_adds(out, name);
		sbuf_addc(out, ' ');
	}
	if (n > 40) {
		sbuf_addf(out, "%.37s...", text);
		return;
	}
	if (literal && text[0] != '\'')
		sbuf_addf(out, "'%.*s'", (int)n, text);
	else if (literal)
		sbuf_add(out, text, n);
	else
		sbuf_adds(out, name);
}

void parse_report_unexpected(struct parser *p, struct span sp, const char *got,
			     bool got_lexerror, const char *const *expected, int nexpected)
{
	struct sbuf sb = SBUF_INIT;
	int i;

	if (got_lexerror)
		return;	/* the lexer already said what is wrong */
	if (!got) {
		sbuf_adds(&sb, "unexpected end of file");
	} else {
		sbuf_adds(&sb, "unexpected ");
		describe_token(p, sp, got, &sb);
	}
	for (i = 0; i < nexpected; i++) {
		sbuf_adds(&sb, i == 0 ? ", expected " : i == nexpected - 1 ? " or " : ", ");
		sbuf_adds(&sb, expected[i]);
	}
	parse_error(p, DIAG_SYNTAX, sp, "%s", sbuf_str(&sb));
	sbuf_release(&sb);
}

/* ---- encoding ---- */

/* The lexer may then assume valid UTF-8 without NULs. */
static bool check_encoding(struct parser *p)
{
	bool nul;
	size_t at = srcfile_bad_byte(p->src, &nul);

	if (at == SIZE_MAX)
		return true;
	if (nul)
		parse_error(p, DIAG_LEX_NUL, span_make((uint32_t)at, (uint32_t)at + 1),
			    "NUL byte in source file");
	else
		parse_error(p, DIAG_LEX_UTF8, span_make((uint32_t)at, (uint32_t)at + 1),
			    "invalid UTF-8 byte 0x%02x (source files must be UTF-8)",
			    (unsigned char)p->src->text[at]);
	return false;
}

/* ---- header ---- */

static const char *const hdr_names[] = {
	"revision", "revises", "message", "created", "branch_labels", "depends_on",
	"transactional"
};

static bool header_once(struct parser *p, enum hdr_kind k, struct span sp)
{
	if (p->mode == PARSE_SCHEMA) {
		parse_error(p, DIAG_HEADER, sp, "'%s' line in a schema file (only create_table, "
		     "create_index, create_enum and create_sequence belong there)", hdr_names[k]);
		return false;
	}
	if (p->seen_headers & (1u << k)) {
		parse_error(p, DIAG_HEADER, sp, "duplicate '%s' line", hdr_names[k]);
		return false;
	}
	p->seen_headers |= 1u << k;
	return true;
}

void parse_header(struct parser *p, enum hdr_kind k, struct valuelist *vals, struct span sp)
{
	struct rev_header *h = &p->file->hdr;
	struct value *v;

	if (!header_once(p, k, sp))
		return;
	switch (k) {
	case HDR_REVISION:
		h->revision = *vals->head;
		if (!ir_revision_id_chars_ok(h->revision.text))
			parse_error(p, DIAG_HEADER, h->revision.span, "invalid revision id '%s' "
			     "(letters, digits, '_', '-' and '.' only)", h->revision.text);
		else if (strlen(h->revision.text) > IR_REVISION_ID_MAX)
			parse_error(p, DIAG_HEADER, h->revision.span, "revision id '%s' is longer "
			     "than %d characters, the width of the version table's column",
			     h->revision.text, IR_REVISION_ID_MAX);
		break;
	case HDR_REVISES:
		h->has_revises = true;
		if (vals)
			h->down = *vals;
		break;
	case HDR_MESSAGE:
		h->message = *vals->head;
		break;
	case HDR_CREATED:
		h->created = *vals->head;
		break;
	case HDR_BRANCH_LABELS:
		h->branch_labels = *vals;
		break;
	case HDR_DEPENDS_ON:
		h->depends_on = *vals;
		break;
	case HDR_TRANSACTIONAL:
		break;
	}
	if (k == HDR_REVISES || k == HDR_DEPENDS_ON || k == HDR_BRANCH_LABELS)
		for (v = vals ? vals->head : NULL; v; v = v->next)
			if (!*v->text)
				parse_error(p, DIAG_HEADER, v->span, "empty %s", k == HDR_BRANCH_LABELS
				     ? "branch label" : "revision id");
}

void parse_header_bool(struct parser *p, enum hdr_kind k, bool v, struct span sp)
{
	if (!header_once(p, k, sp))
		return;
	p->file->hdr.transactional = v;
	p->file->hdr.transactional_span = sp;
}

void parse_block(struct parser *p, struct oplist *dst, struct oplist ops, struct span kw,
		 bool upgrade)
{
	struct migfile *f = p->file;
	bool *has = upgrade ? &f->has_upgrade : &f->has_downgrade;

	if (p->mode == PARSE_SCHEMA) {
		parse_error(p, DIAG_HEADER, kw, "'%s' block in a schema file", upgrade ? "upgrade"
		     : "downgrade");
		return;
	}
	if (*has) {
		parse_error(p, DIAG_HEADER, kw, "duplicate '%s' block", upgrade ? "upgrade" : "downgrade");
		return;
	}
	*has = true;
	*dst = ops;
	if (upgrade)
		f->upgrade_span = kw;
	else
		f->downgrade_span = kw;
}

/* Whether op may stand in a schema file: what makes a schema object, or
 * an `only` block of such ops (an object some databases have); else an
 * error at the first op that may not. */
static bool schema_op_fits(struct parser *p, const struct op *op)
{
	/* The keyword alone, so the caret does not run to the line's end. */
	struct span kw = op->span;
	const struct op *o;

	kw.end = kw.start + (uint32_t)strlen(ir_op_name(op->kind));
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
	case OP_CREATE_TABLE:
	case OP_CREATE_INDEX:
	case OP_CREATE_ENUM:
	case OP_CREATE_SEQUENCE:
	case OP_CREATE_VIEW:
	case OP_CREATE_TRIGGER:
		return true;
	case OP_ONLY:
		for (o = op->u.block.body.head; o; o = o->next)
			if (!schema_op_fits(p, o))
				return false;
		return true;
	case OP_DROP_SCHEMA:
	case OP_DROP_TABLE:
	case OP_RENAME_TABLE:
	case OP_ADD_COLUMN:
	case OP_DROP_COLUMN:
	case OP_ALTER_COLUMN:
	case OP_DROP_INDEX:
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
	case OP_DROP_CONSTRAINT:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
	case OP_DROP_ENUM:
	case OP_ALTER_ENUM:
	case OP_DROP_VIEW:
	case OP_DROP_TRIGGER:
	case OP_DROP_SEQUENCE:
	case OP_BULK_INSERT:
	case OP_EXECUTE:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:
		break;
	}
	parse_error(p, DIAG_SYNTAX, kw, "'%s' in a schema file (only create_schema, create_table, "
	     "create_index, create_enum, create_sequence, create_view and create_trigger belong "
	     "there, and `only` blocks of them)",
	     ir_op_name(op->kind));
	return false;
}

static void set_lines(struct srcfile *src, struct op *op);

bool parse_toplevel(struct parser *p, struct op *op)
{
	struct span kw = op->span;
	struct arena *done;

	kw.end = kw.start + (uint32_t)strlen(ir_op_name(op->kind));
	if (p->mode == PARSE_REVISION) {
		parse_error(p, DIAG_SYNTAX, kw, "'%s' outside an upgrade or downgrade block",
		     ir_op_name(op->kind));
		return true;
	}
	if (!schema_op_fits(p, op))
		return true;
	if (!p->each) {
		ir_oplist_append(&p->file->toplevel, op);
		return true;
	}
	set_lines(p->src, op);
	if (!p->each(p->each_ctx, op)) {
		p->stopped = true;
		return false;
	}
	/* The op is done with.  Its arena may hold the token after it (the
	 * parser's lookahead), so the other one, with the statement before,
	 * is emptied and takes over. */
	if (p->spare) {
		done = p->arena;
		p->arena = p->spare;
		p->spare = done;
		arena_reset(p->arena);
	}
	return true;
}

/* ---- list reversal: the grammar builds lists newest first ---- */

#define REVERSE(type, head)                                     \
	do {                                                    \
		type *prev_ = NULL, *cur_ = (head), *next_;     \
		while (cur_) {                                  \
			next_ = cur_->next;                     \
			cur_->next = prev_;                     \
			prev_ = cur_;                           \
			cur_ = next_;                           \
		}                                               \
		(head) = prev_;                                 \
	} while (0)

/* ---- tables and columns ---- */

struct op *parse_create_table(struct parser *p, struct span sp, struct qname name,
			      struct tbl_elems elems, struct tbl_opt *opts)
{
	const char *comment = NULL;
	struct kv *kvs = NULL, **tail = &kvs;
	struct tbl_opt *o;

	REVERSE(struct column, elems.cols);
	REVERSE(struct constraint, elems.cons);
	REVERSE(struct tbl_opt, opts);
	for (o = opts; o; o = o->next) {
		if (o->comment) {
			if (comment)
				parse_error(p, DIAG_BAD_OPTION, o->span, "duplicate table comment");
			comment = o->comment;
		} else {
			struct kv *k = o->kvs;
			REVERSE(struct kv, k);
			*tail = k;
			while (*tail)
				tail = &(*tail)->next;
		}
	}
	return ir_new_create_table(p->arena, sp, name, elems.cols, elems.cons, comment, kvs);
}

static bool is_integer(const char *s)
{
	if (*s == '-')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

static const char *const seqopt_names[] = {
	"start", "increment", "minvalue", "maxvalue", "cache", "cycle", "no cycle"
};

static const char *const colopt_names[] = {
	"not null", "null", "primary key", "autoincrement", "unique", "default",
	"comment", "references", "constraint", "identity", "no check"
};

struct column *parse_column(struct parser *p, struct span sp, struct ident *name,
			    struct type *t, struct col_opt *opts)
{
	struct column *c = ARENA_NEW(p->arena, struct column);
	unsigned seen = 0;
	struct col_opt *o;

	c->name = *name;
	c->name.next = NULL;
	c->type = *t;
	c->span = sp;
	REVERSE(struct col_opt, opts);
	for (o = opts; o; o = o->next) {
		if (seen & (1u << o->kind)) {
			parse_error(p, DIAG_BAD_OPTION, o->span, "duplicate '%s' for column '%s'",
			     colopt_names[o->kind], c->name.name);
			continue;
		}
		seen |= 1u << o->kind;
		switch (o->kind) {
		case COLOPT_NOT_NULL:
		case COLOPT_NULL:
			if (c->nullable != NULLABLE_UNSET) {
				parse_error(p, DIAG_BAD_OPTION, o->span, "column '%s' is declared both "
				     "'null' and 'not null'", c->name.name);
				break;
			}
			c->nullable = o->kind == COLOPT_NULL ? NULLABLE_YES : NULLABLE_NO;
			break;
		case COLOPT_PRIMARY_KEY:
			c->primary_key = true;
			break;
		case COLOPT_AUTOINCREMENT:
			c->autoincrement = true;
			c->sequence = o->text;	/* `autoincrement sequence NAME` */
			break;
		case COLOPT_UNIQUE:
			c->unique = true;
			break;
		case COLOPT_DEFAULT:
			c->server_default = o->value;
			break;
		case COLOPT_COMMENT:
			c->comment = o->text;
			break;
		case COLOPT_REFERENCES:
			c->references = o->ref;
			break;
		case COLOPT_CONSTRAINT:	/* an inline enum's check */
			c->enum_check = o->text;
			break;
		case COLOPT_IDENTITY:
			c->identity = *o->identity;
			break;
		case COLOPT_NO_CHECK:
			if (c->type.kind != TY_ENUM)
				parse_error(p, DIAG_BAD_OPTION, o->span, "'no check' is for an enum "
					    "column, and '%s' is %s", c->name.name,
					    ir_type_name(c->type.kind));
			c->enum_no_check = true;
			break;
		}
	}
	if (c->enum_no_check && c->enum_check)
		parse_error(p, DIAG_BAD_OPTION, c->span, "column '%s' names the check of its enum "
			    "('constraint %s') and says 'no check'", c->name.name, c->enum_check);
	if (c->identity.kind != IDENTITY_NONE) {
		/* the database numbers it: it has no other default, is never
		 * null, and is not also a serial */
		if (seen & (1u << COLOPT_AUTOINCREMENT))
			parse_error(p, DIAG_BAD_OPTION, c->identity.span, "column '%s' is declared "
				    "both 'autoincrement' and 'identity'", c->name.name);
		if (c->server_default)
			parse_error(p, DIAG_BAD_OPTION, c->identity.span, "identity column '%s' "
				    "cannot have a default: the identity is its default",
				    c->name.name);
		if (c->nullable == NULLABLE_YES)
			parse_error(p, DIAG_BAD_OPTION, c->identity.span, "identity column '%s' "
				    "cannot be 'null'", c->name.name);
		c->autoincrement = true;
	}
	return c;
}

/* A variant after the ones before it: no dialect named twice. */
static struct variant *add_variant(struct parser *p, struct variant **list, struct span sp,
				   struct identlist *dialects)
{
	struct variant *v = ARENA_NEW(p->arena, struct variant), **tail;
	const struct variant *w;
	const struct ident *id, *jd;

	for (id = dialects->head; id; id = id->next) {
		for (jd = dialects->head; jd != id && strcasecmp(jd->name, id->name) != 0;
		     jd = jd->next)
			;
		for (w = *list; w && jd == id; w = w->next)
			if (ir_identlist_has(&w->dialects, id->name))
				break;
		if (jd != id || w)
			parse_error(p, DIAG_BAD_OPTION, id->span, "'%s' is given two spellings",
				    id->name);
	}
	v->dialects = *dialects;
	v->span = sp;
	for (tail = list; *tail; tail = &(*tail)->next)
		;
	*tail = v;
	return v;
}

struct type *parse_type_variant(struct parser *p, struct type *t, struct span sp,
				struct identlist *dialects, struct type *as)
{
	add_variant(p, &t->variants, sp, dialects)->type = as;
	return t;
}

struct value *parse_value_variant(struct parser *p, struct value *v, struct span sp,
				  struct identlist *dialects, struct value *as)
{
	add_variant(p, &v->variants, sp, dialects)->value = as;
	return v;
}

struct identity *parse_identity(struct parser *p, struct span sp, int kind,
				struct identity *opts)
{
	struct identity *id = opts ? opts : ARENA_NEW(p->arena, struct identity);

	id->kind = (enum identity_kind)kind;
	id->span = sp;
	return id;
}

struct identity *parse_identity_opt(struct parser *p, struct identity *opts, struct span sp,
				    enum seqopt_kind k, const char *num)
{
	const char **slot;
	struct span *at;

	if (!opts)
		opts = ARENA_NEW(p->arena, struct identity);
	slot = k == SEQOPT_START ? &opts->start : &opts->increment;
	at = k == SEQOPT_START ? &opts->start_span : &opts->increment_span;
	if (*slot) {
		parse_error(p, DIAG_BAD_OPTION, sp, "duplicate '%s'", seqopt_names[k]);
		return opts;
	}
	if (!is_integer(num))
		parse_error(p, DIAG_BAD_OPTION, sp, "'%s' takes an integer, not '%s'",
			    seqopt_names[k], num);
	else if (k == SEQOPT_INCREMENT && strspn(num, "-0") == strlen(num))
		parse_error(p, DIAG_BAD_OPTION, sp, "'increment' cannot be zero");
	*slot = num;
	*at = sp;
	return opts;
}

struct col_opt *parse_col_opt_identity(struct parser *p, struct span sp, struct identity *id)
{
	struct col_opt *o = parse_col_opt(p, COLOPT_IDENTITY, sp, NULL, NULL, NULL);

	o->identity = id;
	return o;
}

struct col_opt *parse_col_opt(struct parser *p, enum colopt_kind k, struct span sp,
			      struct value *v, const char *text, struct fkref *ref)
{
	struct col_opt *o = ARENA_NEW(p->arena, struct col_opt);

	o->kind = k;
	o->span = sp;
	o->value = v;
	o->text = text;
	o->ref = ref;
	return o;
}

struct tbl_opt *parse_tbl_opt(struct parser *p, struct span sp, const char *comment,
			      struct kv *kvs)
{
	struct tbl_opt *o = ARENA_NEW(p->arena, struct tbl_opt);

	o->span = sp;
	o->comment = comment;
	o->kvs = kvs;
	return o;
}

struct kv *parse_kv(struct parser *p, struct ident *key, struct value *v)
{
	struct kv *k = ARENA_NEW(p->arena, struct kv);

	k->key = *key;
	k->key.next = NULL;
	k->val = *v;
	k->val.next = NULL;
	return k;
}

/* ---- alter_column ---- */

static const char *alter_name(unsigned change)
{
	switch (change) {
	case ALTER_TYPE: return "type";
	case ALTER_SET_NOT_NULL: return "set not null";
	case ALTER_DROP_NOT_NULL: return "drop not null";
	case ALTER_SET_DEFAULT: return "set default";
	case ALTER_DROP_DEFAULT: return "drop default";
	case ALTER_COMMENT: return "comment";
	case ALTER_RENAME: return "rename to";
	case ALTER_SET_IDENTITY: return "set identity";
	case ALTER_DROP_IDENTITY: return "drop identity";
	}
	return "?";
}

struct op *parse_alter_column(struct parser *p, struct span sp, struct qname t,
			      struct ident *col, struct alter_item *items)
{
	struct op *op = ir_new_alter_column(p->arena, sp, t, *col);
	struct alter_item *it;
	static const unsigned clash[][2] = {
		{ ALTER_SET_NOT_NULL, ALTER_DROP_NOT_NULL },
		{ ALTER_SET_DEFAULT, ALTER_DROP_DEFAULT },
		{ ALTER_SET_IDENTITY, ALTER_DROP_IDENTITY },
		{ ALTER_SET_IDENTITY, ALTER_SET_DEFAULT },
		{ ALTER_SET_IDENTITY, ALTER_DROP_NOT_NULL },
	};
	size_t i;

	op->u.alter.column.next = NULL;
	REVERSE(struct alter_item, items);
	for (it = items; it; it = it->next) {
		if (op->u.alter.changes & it->change) {
			parse_error(p, DIAG_BAD_OPTION, it->span, "'%s' given twice for column '%s'",
			     alter_name(it->change), col->name);
			continue;
		}
		for (i = 0; i < ARRAY_LEN(clash); i++) {
			unsigned other = it->change == clash[i][0] ? clash[i][1]
				       : it->change == clash[i][1] ? clash[i][0] : 0;
			if (other && (op->u.alter.changes & other)) {
				parse_error(p, DIAG_BAD_OPTION, it->span, "'%s' contradicts '%s'",
				     alter_name(it->change), alter_name(other));
				break;
			}
		}
		op->u.alter.changes |= it->change;
		if (it->type)
			op->u.alter.type = *it->type;
		if (it->using_expr)
			op->u.alter.using_expr = it->using_expr;
		if (it->value)
			op->u.alter.default_value = it->value;
		if (it->change == ALTER_COMMENT)
			op->u.alter.comment = it->comment;
		if (it->name) {
			op->u.alter.new_name = *it->name;
			op->u.alter.new_name.next = NULL;
		}
		if (it->identity)
			op->u.alter.identity = *it->identity;
	}
	return op;
}

struct alter_item *parse_alter_identity(struct parser *p, struct span sp, struct identity *id)
{
	struct alter_item *it = parse_alter_item(p, id ? ALTER_SET_IDENTITY : ALTER_DROP_IDENTITY,
						 sp, NULL, NULL, NULL, NULL, NULL);

	it->identity = id;
	return it;
}

struct alter_item *parse_alter_item(struct parser *p, unsigned change, struct span sp,
				    struct type *t, const char *using_expr,
				    struct value *v, const char *comment,
				    struct ident *name)
{
	struct alter_item *it = ARENA_NEW(p->arena, struct alter_item);

	it->change = change;
	it->span = sp;
	it->type = t;
	it->using_expr = using_expr;
	it->value = v;
	it->comment = comment;
	it->name = name;
	return it;
}

struct op *parse_rename_column(struct parser *p, struct span sp, struct qname t,
			       struct ident *col, struct ident *to)
{
	struct op *op = ir_new_alter_column(p->arena, sp, t, *col);

	op->u.alter.column.next = NULL;
	op->u.alter.changes = ALTER_RENAME;
	op->u.alter.new_name = *to;
	op->u.alter.new_name.next = NULL;
	return op;
}

/* ---- indexes ---- */

struct index_elem *parse_index_elem(struct parser *p, struct span sp, struct ident *col,
				    const char *expr, int order, int nulls)
{
	struct index_elem *e = ARENA_NEW(p->arena, struct index_elem);

	if (col) {
		e->column = *col;
		e->column.next = NULL;
	}
	e->expr = expr;
	e->order = (enum sort_order)order;
	e->nulls = (enum nulls_order)nulls;
	e->span = sp;
	return e;
}

static long positive_number(struct parser *p, const char *what, const char *num,
			    struct span sp);

static const char *const indexopt_names[] = {
	"unique", "where", "using", "concurrently", "include", "ops", "length"
};

struct index_variant *parse_index_option(struct parser *p, struct span sp,
					 enum index_option k, const char *text,
					 struct identlist *include, struct index_colopt *cols)
{
	struct index_variant *o = ARENA_NEW(p->arena, struct index_variant);

	(void)p;
	o->kind = k;
	o->span = sp;
	o->text = text;
	if (include)
		o->include = *include;
	REVERSE(struct index_colopt, cols);
	o->cols = cols;
	return o;
}

struct index_colopt *parse_index_colopt(struct parser *p, struct index_colopt *list,
					struct ident *col, const char *text)
{
	struct index_colopt *c = ARENA_NEW(p->arena, struct index_colopt);

	c->column = *col;
	c->column.next = NULL;
	c->text = text;
	c->next = list;
	/* a length is the grammar's number (an operator class, a name) */
	if ((isdigit((unsigned char)*text) || *text == '-' || *text == '.') &&
	    positive_number(p, "a prefix length", text, col->span) < 0)
		c->text = "1";
	return c;
}

/* Whether option o of kind k is said for every dialect (dialects NULL)
 * and again, or twice for one dialect. */
static void index_opt_twice(struct parser *p, struct index_opts *opts,
			    const struct index_variant *o, const struct identlist *dialects)
{
	bool all = ir_index_option_given(&opts->def, o->kind);
	const struct index_variant *v;
	const struct ident *id;

	if (all && dialects) {
		parse_error(p, DIAG_BAD_OPTION, o->span, "'%s' is said for every dialect and for %s",
			    indexopt_names[o->kind], dialects->head->name);
		return;
	}
	if (all) {
		parse_error(p, DIAG_BAD_OPTION, o->span, "duplicate '%s'", indexopt_names[o->kind]);
		return;
	}
	for (v = opts->def.variants; v; v = v->next) {
		if (v->kind != o->kind)
			continue;
		if (!dialects) {
			parse_error(p, DIAG_BAD_OPTION, o->span, "'%s' is said for every dialect "
				    "and for %s", indexopt_names[o->kind], v->dialects.head->name);
			return;
		}
		for (id = dialects->head; id; id = id->next)
			if (ir_identlist_has(&v->dialects, id->name)) {
				parse_error(p, DIAG_BAD_OPTION, id->span, "duplicate '%s' for %s",
					    indexopt_names[o->kind], id->name);
				return;
			}
	}
}

struct index_opts *parse_index_opt(struct parser *p, struct index_opts *opts,
				   struct index_variant *o, struct identlist *dialects)
{
	if (!opts) {
		opts = ARENA_NEW(p->arena, struct index_opts);
		opts->vtail = &opts->def.variants;
	}
	index_opt_twice(p, opts, o, dialects);
	if (o->kind != INDEXOPT_CONCURRENTLY && !opts->has_index_only) {
		opts->has_index_only = true;
		opts->index_only = o->span;
	}
	if (dialects) {
		if (o->kind == INDEXOPT_UNIQUE)
			parse_error(p, DIAG_BAD_OPTION, dialects->head->span, "'unique' is said for "
				    "every dialect: an index unique on some databases only would be "
				    "two schemas");
		o->dialects = *dialects;
		*opts->vtail = o;
		opts->vtail = &o->next;
		return opts;
	}
	ir_index_option_set(&opts->def, o);
	return opts;
}

struct ident *parse_index_name(struct parser *p, const struct qname *name, struct qname *table)
{
	struct ident *id = ir_new_ident(p->arena, name->name, name->span);

	if (!name->schema)
		return id;
	if (!table->name)
		table->schema = name->schema;	/* its table's schema, wherever it is */
	else if (!table->schema || strcmp(table->schema, name->schema) != 0)
		parse_error(p, DIAG_BAD_OPTION, name->span, "index '%s.%s' must be in its "
			    "table's schema, and table '%s' is %s", name->schema, name->name,
			    table->name, table->schema ? "in another" : "in none");
	return id;
}

struct op *parse_create_index(struct parser *p, struct span sp, struct ident *name,
			      struct qname t, struct index_elem *elems, struct index_opts *opts)
{
	struct op *op;

	REVERSE(struct index_elem, elems);
	op = ir_new_create_index(p->arena, sp, *name, t, elems);
	op->u.index.name.next = NULL;
	if (opts) {	/* the options; the rest as made */
		struct index_def made = op->u.index;
		op->u.index = opts->def;
		op->u.index.name = made.name;
		op->u.index.table = made.table;
		op->u.index.elems = made.elems;
		op->u.index.nelems = made.nelems;
	}
	return op;
}

struct op *parse_drop_index(struct parser *p, struct span sp, struct ident *name,
			    struct qname t, struct index_opts *opts)
{
	struct op *op = ir_new_drop_index(p->arena, sp, *name, t);

	op->u.index.name.next = NULL;
	if (opts) {
		if (opts->has_index_only)
			parse_error(p, DIAG_BAD_OPTION, opts->index_only,
			     "drop_index takes only 'on TABLE' and 'concurrently'");
		op->u.index.concurrently = opts->def.concurrently;
		op->u.index.variants = opts->def.variants;	/* postgresql: concurrently */
	}
	return op;
}

/* ---- constraints ---- */

struct fkref *parse_defer(struct parser *p, struct fkref *opts, int deferrable,
			  enum fk_initially initially)
{
	if (!opts) {
		opts = ARENA_NEW(p->arena, struct fkref);
		opts->deferrable = -1;
	}
	if (deferrable >= 0)
		opts->deferrable = deferrable;
	if (initially != FK_INITIALLY_UNSET)
		opts->initially = initially;
	return opts;
}

struct fkref *parse_fk_action(struct parser *p, struct fkref *opts, bool on_delete,
			      int action, struct span sp)
{
	enum fk_action *slot;

	opts = parse_defer(p, opts, -1, FK_INITIALLY_UNSET);
	slot = on_delete ? &opts->on_delete : &opts->on_update;
	if (*slot != FK_ACTION_UNSET)
		parse_error(p, DIAG_BAD_OPTION, sp, "duplicate 'on %s'", on_delete ? "delete" : "update");
	*slot = (enum fk_action)action;
	return opts;
}

struct fkref *parse_fkref(struct parser *p, struct span sp, struct qname t,
			  struct identlist *cols, struct fkref *opts)
{
	opts = parse_defer(p, opts, -1, FK_INITIALLY_UNSET);
	opts->table = t;
	opts->columns = *cols;
	opts->span = sp;
	return opts;
}

struct constraint *parse_constraint(struct parser *p, enum constraint_kind k,
				    struct span sp, struct identlist *cols,
				    struct fkref *ref, const char *check,
				    struct fkref *opts)
{
	struct constraint *c = ARENA_NEW(p->arena, struct constraint);

	c->kind = k;
	c->span = sp;
	c->deferrable = -1;
	if (cols)
		c->columns = *cols;
	if (ref) {
		c->ref = *ref;
		c->deferrable = ref->deferrable;
		c->initially = ref->initially;
	}
	if (opts) {
		c->deferrable = opts->deferrable;
		c->initially = opts->initially;
	}
	c->check = check;
	return c;
}

struct exclude_elem *parse_exclude_elem(struct parser *p, struct span sp,
					struct ident *col, const char *expr,
					const char *op)
{
	struct exclude_elem *e = ARENA_NEW(p->arena, struct exclude_elem);

	if (col) {
		e->column = *col;
		e->column.next = NULL;
	}
	e->expr = expr;
	e->op = op;
	e->span = sp;
	return e;
}

struct constraint *parse_exclude(struct parser *p, struct span sp, struct ident *method,
				 struct exclude_elem *elems, const char *where)
{
	struct constraint *c = parse_constraint(p, CON_EXCLUDE, sp, NULL, NULL, NULL, NULL);

	REVERSE(struct exclude_elem, elems);
	c->using_method = method->name;
	c->elems = elems;
	c->where = where;
	return c;
}

struct op *parse_add_constraint(struct parser *p, enum op_kind k, struct span sp,
				struct ident *name, struct qname t, struct constraint *con)
{
	con->name = *name;
	con->name.next = NULL;
	return ir_new_add_constraint(p->arena, k, sp, t, con);
}

struct op *parse_drop_constraint_kind(struct parser *p, struct op *op, struct ident *kind)
{
	static const struct {
		const char *name;
		enum constraint_kind kind;
	} kinds[] = {
		{ "foreign_key", CON_FOREIGN_KEY }, { "foreignkey", CON_FOREIGN_KEY },
		{ "primary_key", CON_PRIMARY_KEY }, { "primary", CON_PRIMARY_KEY },
		{ "unique", CON_UNIQUE }, { "check", CON_CHECK }, { "exclude", CON_EXCLUDE },
	};
	size_t i;

	op->u.drop_constraint.name.next = NULL;
	for (i = 0; i < ARRAY_LEN(kinds); i++) {
		if (strcasecmp(kind->name, kinds[i].name) == 0) {
			op->u.drop_constraint.has_kind = true;
			op->u.drop_constraint.kind = kinds[i].kind;
			return op;
		}
	}
	parse_error(p, DIAG_BAD_OPTION, kind->span, "unknown constraint type '%s' (expected "
	     "foreign_key, primary_key, unique, check or exclude)", kind->name);
	return op;
}

/* ---- views ---- */

struct view_opts *parse_view_opts(struct parser *p, struct view_opts *opts, bool replace,
				  const struct qname *read)
{
	if (!opts) {
		opts = ARENA_NEW(p->arena, struct view_opts);
		p->view = opts;
	}
	if (replace && opts->replace)
		parse_error(p, DIAG_BAD_OPTION, read ? read->span : (struct span){ 0, 0 },
			    "'or replace' given twice");
	opts->replace |= replace;
	if (read) {
		struct view_read *r = ARENA_NEW(p->arena, struct view_read);
		r->name = *read;
		r->next = opts->reads;
		opts->reads = r;
		opts->nreads++;
	}
	return opts;
}

struct op *parse_create_view(struct parser *p, struct span sp, struct qname name,
			     const char *sql, struct span sql_span, struct view_opts *opts)
{
	struct qname *reads = ARENA_ARRAY(p->arena, struct qname, opts->nreads + 1);
	const struct view_read *r;
	size_t i = opts->nreads;

	for (r = opts->reads; r; r = r->next)	/* newest first: back to front */
		reads[--i] = r->name;
	p->view = NULL;
	{	/* one query: a ';' would end it, and the rest run as a statement */
		struct sqlscan sc;
		struct sqltok t;
		sqlscan_init(&sc, &sqlscan_fragment, sql, strlen(sql));
		while (sqlscan_next(&sc, &t))
			if (sqltok_punct(sql, &t, ';')) {
				parse_error(p, DIAG_SQL_FRAGMENT, sql_span, "a view's text is one "
					    "query, and a ';' would end it: what follows would run "
					    "as a statement of its own");
				break;
			}
	}
	return ir_new_view(p->arena, OP_CREATE_VIEW, sp, name, sql, sql_span, opts->replace,
			   reads, opts->nreads, opts->has_reads);
}

/* ---- alter_enum ---- */

struct op *parse_enum_edit(struct parser *p, enum enum_change change, struct value *value,
			   enum enum_place place, struct value *other)
{
	static const struct qname none;

	return ir_new_alter_enum(p->arena, value->span, &none, NULL, NULL, change, value, place,
				 other);
}

struct op *parse_alter_enum(struct parser *p, struct span sp, const struct qname *name,
			    const struct qname *table, const struct ident *column,
			    struct op *edit)
{
	struct op *op = ir_new_alter_enum(p->arena, sp, name, table, column,
					  edit->u.alter_enum.change, edit->u.alter_enum.value,
					  edit->u.alter_enum.place, edit->u.alter_enum.other);

	if (op->u.alter_enum.other &&
	    strcmp(op->u.alter_enum.other->text, op->u.alter_enum.value->text) == 0)
		parse_error(p, DIAG_BAD_OPTION, op->u.alter_enum.other->span, "'%s' %s itself",
			    op->u.alter_enum.value->text,
			    op->u.alter_enum.change == ENUM_RENAME_VALUE ? "is renamed to"
			    : op->u.alter_enum.place == ENUM_BEFORE ? "cannot go before"
								    : "cannot go after");
	return op;
}

/* ---- sequences ---- */

struct op *parse_seq_opt(struct parser *p, struct op *opts, struct span sp,
			 enum seqopt_kind k, const char *num)
{
	const char **slot = NULL;

	if (!opts)
		opts = ir_new_sequence(p->arena, OP_CREATE_SEQUENCE, sp, (struct qname){0});
	switch (k) {
	case SEQOPT_START: slot = &opts->u.sequence.start; break;
	case SEQOPT_INCREMENT: slot = &opts->u.sequence.increment; break;
	case SEQOPT_MINVALUE: slot = &opts->u.sequence.minvalue; break;
	case SEQOPT_MAXVALUE: slot = &opts->u.sequence.maxvalue; break;
	case SEQOPT_CACHE: slot = &opts->u.sequence.cache; break;
	case SEQOPT_CYCLE:
	case SEQOPT_NO_CYCLE:
		if (opts->u.sequence.cycle >= 0)
			parse_error(p, DIAG_BAD_OPTION, sp, "duplicate '%s'", seqopt_names[k]);
		opts->u.sequence.cycle = k == SEQOPT_CYCLE;
		return opts;
	}
	if (*slot)
		parse_error(p, DIAG_BAD_OPTION, sp, "duplicate '%s'", seqopt_names[k]);
	else if (!is_integer(num))
		parse_error(p, DIAG_BAD_OPTION, sp, "'%s' takes an integer, not '%s'",
		     seqopt_names[k], num);
	*slot = num;
	return opts;
}

struct op *parse_sequence(struct parser *p, enum op_kind k, struct span sp,
			  struct qname name, struct op *opts)
{
	struct op *op = ir_new_sequence(p->arena, k, sp, name);

	if (opts) {
		op->u.sequence = opts->u.sequence;
		op->u.sequence.name = name;
	}
	return op;
}

/* ---- bulk_insert, execute ---- */

struct insert_row *parse_row(struct parser *p, struct span sp, struct valuelist vals)
{
	struct insert_row *r = ARENA_NEW(p->arena, struct insert_row);

	r->values = vals;
	r->span = sp;
	return r;
}

struct op *parse_bulk_insert(struct parser *p, struct span sp, struct qname t,
			     struct identlist cols, struct insert_row *rows)
{
	struct insert_row *r;

	REVERSE(struct insert_row, rows);
	for (r = rows; r; r = r->next)
		if (r->values.n != cols.n)
			parse_error(p, DIAG_BAD_OPTION, r->span, "row has %zu value%s but the column "
			     "list names %zu", r->values.n, r->values.n == 1 ? "" : "s", cols.n);
	return ir_new_bulk_insert(p->arena, sp, t, cols, rows);
}

/* A fragment is written once for every database, and spelled for each:
 * what would be read differently is an error (sqlscan_fragment_fault). */
const char *parse_fragment(struct parser *p, const char *sql, struct span sp)
{
	struct sbuf why = SBUF_INIT;

	if (sqlscan_fragment_fault(sql, &why))
		parse_error(p, DIAG_SQL_FRAGMENT, sp, "%s", sbuf_str(&why));
	sbuf_release(&why);
	return sql;
}

void parse_todo(struct parser *p, struct span sp, const char *what)
{
	parse_error(p, DIAG_IMPORT_TODO, sp, "left by retort import: %s (finish it by hand, "
		    "then remove this line)", what);
}

struct op *parse_execute(struct parser *p, struct span sp, struct identlist *dialects,
			 const char *sql, struct span sqlspan)
{
	struct value v = { VAL_SQL, sql, sqlspan, NULL, NULL };
	struct identlist none = { NULL, NULL, 0 };

	return ir_new_execute(p->arena, sp, dialects ? *dialects : none, v);
}

struct op *parse_when(struct parser *p, struct span sp, struct qname key, const char *value,
		      struct span vspan, struct oplist body)
{
	const struct op *o;

	(void)vspan;
	if (!key.schema || strcmp(key.schema, "x") != 0)
		parse_error(p, DIAG_SYNTAX, key.span, "'when' tests an -x argument: when x.KEY = "
			    "'VALUE' { ... }");
	for (o = body.head; o; o = o->next) {
		struct span kw = o->span;
		if (o->kind == OP_EXECUTE || o->kind == OP_BULK_INSERT)
			continue;
		kw.end = kw.start + (uint32_t)strlen(ir_op_name(o->kind));
		parse_error(p, DIAG_SYNTAX, kw, "'%s' in a when block, which holds execute and "
			    "bulk_insert only: data, which the schema model does not follow, so "
			    "that what verify proves holds whatever -x says", ir_op_name(o->kind));
	}
	return ir_new_when(p->arena, sp, key.name, value, body);
}

/* ---- types ---- */

struct type *parse_type(struct parser *p, enum type_kind k, struct span sp)
{
	struct type *t = ARENA_NEW(p->arena, struct type);

	t->kind = k;
	t->span = sp;
	t->length = -1;
	t->precision = -1;
	t->scale = TYPE_NO_SCALE;
	return t;
}

static long positive_number(struct parser *p, const char *what, const char *num,
			    struct span sp)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(num, &end, 10);
	if (*end || errno || v <= 0 || v > 1000000000L) {
		parse_error(p, DIAG_BAD_TYPE, sp, "%s must be a positive integer, not '%s'",
			    what, num);
		return -1;
	}
	return v;
}

long parse_length(struct parser *p, const char *num, struct span sp)
{
	return positive_number(p, "length", num, sp);
}

struct type *parse_type_length(struct parser *p, enum type_kind k, struct span sp,
			       long length)
{
	struct type *t = parse_type(p, k, sp);

	t->length = length;
	return t;
}

struct type *parse_type_numeric(struct parser *p, struct span sp, const char *prec,
				struct span psp, const char *scale, struct span ssp)
{
	struct type *t = parse_type(p, TY_NUMERIC, sp);
	long pv = positive_number(p, "numeric precision", prec, psp), sv = 0;

	/* Ranges are the dialect's to judge (PostgreSQL 15 takes a negative
	 * scale, or one above the precision); here only the form is. */
	if (scale) {
		char *end;
		errno = 0;
		sv = strtol(scale, &end, 10);
		if (*end || errno || sv < -1000000 || sv > 1000000) {
			parse_error(p, DIAG_BAD_TYPE, ssp, "numeric scale must be an integer, "
				    "not '%s'", scale);
			scale = NULL;
		}
	}
	t->precision = pv > 1000000 ? -1 : (int)pv;
	t->scale = scale && pv > 0 ? (int)sv : TYPE_NO_SCALE;
	return t;
}

struct type *parse_type_enum(struct parser *p, struct span sp, struct qname *name,
			     struct valuelist *values)
{
	struct type *t = parse_type(p, TY_ENUM, sp);

	if (name)
		t->enum_name = *name;
	if (values)
		t->enum_values = *values;
	return t;
}

struct type *parse_type_raw(struct parser *p, struct span sp, const char *text)
{
	struct type *t = parse_type(p, TY_RAW, sp);

	if (!*text)
		parse_error(p, DIAG_BAD_TYPE, sp, "empty raw type");
	t->raw = text;
	return t;
}

/* ---- header-only reading ---- */

/* Where a dollar quote's tag ends ($tag$), or 0 if s is not one. */
static size_t dollar_tag_len(const char *s, const char *end)
{
	const char *p = s + 1;

	if (p < end && *p == '$')
		return 2;
	if (p >= end || !((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_'))
		return 0;
	while (p < end && ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '_' ||
			   (*p >= '0' && *p <= '9')))
		p++;
	return p < end && *p == '$' ? (size_t)(p - s) + 1 : 0;
}

/* One past the quote q that closes the string or name whose body starts
 * at s (a doubled q is one of its characters), or NULL if none does.
 * memchr, which the C library does many bytes at a time: the bodies'
 * strings are most of what the header-only parse steps over. */
static const char *quote_end(const char *s, const char *end, char q)
{
	const char *e;

	while ((e = memchr(s, q, (size_t)(end - s))) != NULL) {
		if (e + 1 < end && e[1] == q)
			s = e + 2;
		else
			return e + 1;
	}
	return NULL;
}

/* Steps over a string, quoted name, dollar quote or comment at s, if one
 * starts there; returns where it ends (or end if it never does). */
static inline const char *skip_quoted(const char *s, const char *end)
{
	size_t tag;

	switch (*s) {	/* the common case, first: nothing starts here */
	case '\'': case '"': case '-': case '/': case '$':
		break;
	default:
		return NULL;
	}
	if (*s == '\'' || *s == '"') {
		const char *e = quote_end(s + 1, end, *s);
		return e ? e : end;
	}
	if (*s == '-' && s + 1 < end && s[1] == '-') {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		return nl ? nl : end;
	}
	if (*s == '/' && s + 1 < end && s[1] == '*') {
		for (s += 2; s + 1 < end; s++)
			if (s[0] == '*' && s[1] == '/')
				return s + 2;
		return end;
	}
	if (*s == '$' && (tag = dollar_tag_len(s, end)) != 0) {
		const char *p;
		for (p = s + tag; p + tag <= end; p++)
			if (*p == '$' && memcmp(p, s, tag) == 0)
				return p + tag;
		return end;
	}
	return NULL;
}

static bool is_word_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '$';
}

/* Bytes a block body must stop at: a brace, or what may open a string, a
 * quoted name, a comment or a dollar quote. */
static const unsigned char body_stop[256] = {
	['{'] = 1, ['}'] = 1, ['\''] = 1, ['"'] = 1, ['-'] = 1, ['/'] = 1, ['$'] = 1,
};

/* One past the '}' that closes the block whose body starts at p, or NULL
 * when it is never closed.  The text is NUL-terminated at end and has no
 * NUL before it (check_encoding refused the file otherwise), so strcspn,
 * which the C library does many bytes at a time, finds the next stop. */
static const char *block_end(const char *p, const char *end)
{
	int depth = 1;

	while (p < end) {
		const char *q;
		if (!body_stop[(unsigned char)*p]) {
			p += strcspn(p, "{}'\"-/$");
			continue;
		}
		if ((q = skip_quoted(p, end)) != NULL) {
			p = q;
			continue;
		}
		if (*p == '{')
			depth++;
		else if (*p == '}' && --depth == 0)
			return p + 1;
		p++;
	}
	return NULL;
}

/* For the header-only parse: the text with the insides of the upgrade and
 * downgrade blocks cut out, so the grammar reads the header and two empty
 * blocks and the lexer never walks the bodies.  Each cut is recorded in
 * h->gaps (its start and length, in the file's offsets); the lexer steps
 * its position over them, so every span still points into the file.  A
 * block whose end cannot be found is left as written: the lexer will say
 * what is wrong with it. */
struct header_text {
	char *text;
	size_t len;
	size_t (*gaps)[2];
	size_t ngaps, cap;
};

static void strip_blocks(struct header_text *h, const char *text, size_t n)
{
	const char *s = text, *end = text + n, *copied = text;
	bool want_brace = false;
	char *o;

	memset(h, 0, sizeof(*h));
	h->text = o = xmalloc(n + 2);	/* two NULs: flex scans it in place */
	while (s < end) {
		const char *q = skip_quoted(s, end);
		if (q) {
			s = q;
			continue;
		}
		if (is_word_char(*s)) {
			const char *w = s;
			while (s < end && is_word_char(*s))
				s++;
			want_brace = (s - w == 7 && strncasecmp(w, "upgrade", 7) == 0) ||
				     (s - w == 9 && strncasecmp(w, "downgrade", 9) == 0);
			continue;
		}
		if (*s == '{' && want_brace) {
			const char *body = s + 1, *close = block_end(body, end);
			if (!close)
				break;	/* unterminated: leave it to the lexer */
			memcpy(o, copied, (size_t)(body - copied));
			o += body - copied;
			XGROW(h->gaps, h->cap, h->ngaps + 1);
			h->gaps[h->ngaps][0] = (size_t)(body - text);
			h->gaps[h->ngaps][1] = (size_t)(close - 1 - body);
			h->ngaps++;
			copied = close - 1;
			s = close;
			want_brace = false;
			continue;
		}
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			want_brace = false;
		s++;
	}
	memcpy(o, copied, (size_t)(end - copied));
	o += end - copied;
	o[0] = o[1] = '\0';
	h->len = (size_t)(o - h->text);
}

/* ---- the header-only parse, without the grammar ----
 *
 * Every command reads each file's header, and most files are nothing but
 * header lines of single-quoted strings and the two blocks.  Such a file
 * is recognised here, without the lexer and the grammar, and its lines are
 * handed, in order and with the spans the grammar would give them, to the
 * same actions the grammar calls (parse_header, parse_header_bool,
 * parse_block with an empty body).  Anything else (an op outside a block,
 * a quoted name, a dollar quote, a comment between a block's keyword and
 * its brace, a syntax error, something unterminated) and nothing is
 * applied: the grammar reads the file and says what it says.
 * tests/unit/test_header.c holds the two to the same header on every
 * revision file in the tree and on the odd shapes. */

#define FAST_ITEMS 16

struct fast_item {
	int tok;			/* K_REVISION ... K_TRANSACTIONAL, K_UPGRADE,
					 * K_DOWNGRADE, or ';' */
	struct span sp;			/* a line: keyword to ';'; a block: its keyword */
	struct valuelist vals;
	bool base, flag;
};

/* ' ', and \t \n \v \f \r, which are 9 to 13 */
static bool fast_space(char c)
{
	return c == ' ' || (unsigned char)(c - '\t') <= '\r' - '\t';
}

/* Past white space and comments; false at an unterminated comment. */
static bool fast_skip(const char *t, size_t n, size_t *at)
{
	size_t i = *at;

	for (;;) {
		while (i < n && fast_space(t[i]))
			i++;
		if (i + 1 < n && t[i] == '-' && t[i + 1] == '-') {
			const char *nl = memchr(t + i, '\n', n - i);
			i = nl ? (size_t)(nl - t) : n;
		} else if (i + 1 < n && t[i] == '/' && t[i + 1] == '*') {
			size_t j;
			for (j = i + 2; j + 1 < n && !(t[j] == '*' && t[j + 1] == '/'); j++)
				;
			if (j + 1 >= n) {
				*at = i;
				return false;
			}
			i = j + 2;
		} else {
			*at = i;
			return true;
		}
	}
}

/* The keyword at *i (moved past it), or 0 where there is none. */
static int fast_word(const char *t, size_t n, size_t *i)
{
	size_t s = *i, j = s;

	if (s >= n || !((t[s] >= 'A' && t[s] <= 'Z') || (t[s] >= 'a' && t[s] <= 'z') || t[s] == '_'))
		return 0;
	while (j < n && is_word_char(t[j]))
		j++;
	*i = j;
	return parse_keyword(t + s, j - s);
}

/* A single-quoted string at *i, appended to vals; false if there is none
 * or it is not closed. */
static bool fast_string(struct parser *p, const char *t, size_t n, size_t *i,
			struct valuelist *vals)
{
	size_t s = *i, j;
	const char *e;

	if (s >= n || t[s] != '\'' || !(e = quote_end(t + s + 1, t + n, '\'')))
		return false;
	j = (size_t)(e - t) - 1;	/* the closing quote */
	*i = j + 1;
	ir_valuelist_append(vals, ir_new_value(p->arena, VAL_STRING,
					       parse_unquote(p->arena, t + s + 1, j - s - 1, '\''),
					       span_make((uint32_t)s, (uint32_t)*i)));
	return true;
}

/* Reads the file's items into v; false where the file is not of the
 * common shape (the grammar then reads it). */
static bool fast_read(struct parser *p, const char *t, size_t n, struct fast_item *v,
		      size_t *nv)
{
	size_t i = p->pos;

	*nv = 0;
	for (;;) {
		struct fast_item *it;
		size_t kw, after;
		if (!fast_skip(t, n, &i))
			return false;
		if (i >= n)
			return true;
		if (*nv == FAST_ITEMS)
			return false;
		it = &v[(*nv)++];
		memset(it, 0, sizeof(*it));
		kw = i;
		if (t[i] == ';') {
			it->tok = ';';
			i++;
			continue;
		}
		it->tok = fast_word(t, n, &i);
		it->sp = span_make((uint32_t)kw, (uint32_t)i);
		switch (it->tok) {
		case K_UPGRADE:
		case K_DOWNGRADE: {
			const char *close;
			/* only what strip_blocks steps over before a brace: any
			 * other byte there (a comment, \f, \v) and the grammar reads
			 * the block, as it always has */
			while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
				i++;
			if (i >= n || t[i] != '{' || !(close = block_end(t + i + 1, t + n)))
				return false;
			i = (size_t)(close - t);
			continue;
		}
		case K_REVISION:
		case K_MESSAGE:
		case K_CREATED:
			if (!fast_skip(t, n, &i) || !fast_string(p, t, n, &i, &it->vals))
				return false;
			break;
		case K_REVISES:
		case K_BRANCH_LABELS:
		case K_DEPENDS_ON:
			if (!fast_skip(t, n, &i))
				return false;
			after = i;
			if (it->tok == K_REVISES && fast_word(t, n, &after) == K_BASE) {
				i = after;
				it->base = true;
			} else if (i < n && t[i] == '(') {
				i++;
				for (;;) {
					if (!fast_skip(t, n, &i) ||
					    !fast_string(p, t, n, &i, &it->vals) ||
					    !fast_skip(t, n, &i) || i >= n)
						return false;
					if (t[i] == ')')
						break;
					if (t[i++] != ',')
						return false;
				}
				i++;
			} else if (!fast_string(p, t, n, &i, &it->vals)) {
				return false;
			}
			break;
		case K_TRANSACTIONAL: {
			int b;
			if (!fast_skip(t, n, &i))
				return false;
			b = fast_word(t, n, &i);
			if (b != K_TRUE && b != K_FALSE)
				return false;
			it->flag = b == K_TRUE;
			break;
		}
		default:
			return false;
		}
		if (!fast_skip(t, n, &i) || i >= n || t[i] != ';')
			return false;
		it->sp.end = (uint32_t)++i;
	}
}

/* The header-only parse of the file's text t, if it has the common shape;
 * false (and nothing done) if the grammar must read it. */
static bool fast_header(struct parser *p, const char *t, size_t n)
{
	struct fast_item v[FAST_ITEMS];
	size_t nv, k;

	if (n > UINT32_MAX || !fast_read(p, t, n, v, &nv) || nv == 0)
		return false;
	p->any_token = true;
	for (k = 0; k < nv; k++) {
		struct fast_item *it = &v[k];
		static const struct { int tok; enum hdr_kind kind; } kinds[] = {
			{ K_REVISION, HDR_REVISION }, { K_REVISES, HDR_REVISES },
			{ K_MESSAGE, HDR_MESSAGE }, { K_CREATED, HDR_CREATED },
			{ K_BRANCH_LABELS, HDR_BRANCH_LABELS }, { K_DEPENDS_ON, HDR_DEPENDS_ON },
		};
		size_t j;
		if (it->tok == ';')
			continue;
		if (it->tok == K_UPGRADE || it->tok == K_DOWNGRADE) {
			parse_block(p, it->tok == K_UPGRADE ? &p->file->upgrade : &p->file->downgrade,
				    (struct oplist){ 0 }, it->sp, it->tok == K_UPGRADE);
			continue;
		}
		if (it->tok == K_TRANSACTIONAL) {
			parse_header_bool(p, HDR_TRANSACTIONAL, it->flag, it->sp);
			continue;
		}
		for (j = 0; kinds[j].tok != it->tok; j++)
			;
		parse_header(p, kinds[j].kind, it->base ? NULL : &it->vals, it->sp);
	}
	return true;
}

void parse_step_gap(struct parser *p)
{
	p->pos += p->gaps[p->next_gap][1];
	p->next_gap++;
	p->gap_at = p->next_gap < p->ngaps ? p->gaps[p->next_gap][0] : SIZE_MAX;
}

/* Each op's line, counted on through the file in one pass (ops come in
 * file order, a block's body after its head). */
static void set_lines(struct srcfile *src, struct op *op)
{
	for (; op; op = op->next) {
		op->line = srcfile_line_no(src, op->span.start);
		if (op->kind == OP_ONLY || op->kind == OP_BATCH_ALTER_TABLE || op->kind == OP_ASSUME ||
		    op->kind == OP_WHEN)
			set_lines(src, op->u.block.body.head);
	}
}

/* ---- the entry point ---- */

/* p and f as a parse of src starts them. */
static void parse_begin(struct parser *p, struct migfile *f, struct arena *a,
			struct srcfile *src, enum parse_mode mode, struct diag *d)
{
	memset(p, 0, sizeof(*p));
	memset(f, 0, sizeof(*f));
	p->arena = a;
	p->diag = d;
	p->src = src;
	p->file = f;
	p->gap_at = SIZE_MAX;
	p->mode = mode == PARSE_HEADER ? PARSE_REVISION : mode;
	f->src = src;
	f->hdr.transactional = true;
}

size_t parse_input(struct parser *p, char *buf, size_t max)
{
	size_t n = p->input_end - p->input_at;

	if (n > max)
		n = max;
	memcpy(buf, p->src->text + p->input_at, n);
	p->input_at += n;
	return n;
}

/* How a parse_run reads its text: a copy flex makes of it whole (a
 * revision), the text itself (a header's, which the scanner may write in),
 * or flex's buffer, filled a block at a time (a schema file, which may be
 * tens of megabytes: its copy was a quarter of check's page faults). */
enum run_input { RUN_COPY, RUN_OWN_TEXT, RUN_BLOCKS };

/* One run of a parser over text from p->pos to len. */
static void parse_run(struct parser *p, int (*parse)(struct parser *), const char *text,
		      size_t len, enum run_input how)
{
	YY_BUFFER_STATE buf;

	if (retort_scan_lex_init_extra(p, &p->scanner) != 0)
		parse_fatal("cannot initialise");
	if (how == RUN_BLOCKS) {
		p->input_at = p->pos;
		p->input_end = len;
		buf = retort_scan__create_buffer(NULL, YY_BUF_SIZE, p->scanner);
		retort_scan__switch_to_buffer(buf, p->scanner);
	} else if (how == RUN_OWN_TEXT) {
		buf = retort_scan__scan_buffer((char *)text + p->pos, len - p->pos + 2, p->scanner);
	} else {
		buf = retort_scan__scan_bytes(text + p->pos, (int)(len - p->pos), p->scanner);
	}
	parse(p);	/* (what it says goes through parse_error, which counts) */
	retort_scan__delete_buffer(buf, p->scanner);
	retort_scan_lex_destroy(p->scanner);
}

bool parse_schema_each(struct srcfile *src, size_t lo, size_t hi, struct arena *keep,
		       bool (*each)(void *ctx, const struct op *op), void *ctx)
{
	struct parser p;
	struct migfile f;
	struct diag none = DIAG_INIT;	/* (quiet: nothing is said to it) */
	struct arena *a = keep ? keep : arena_new();
	bool ok = true;

	srcfile_ensure(src);
	parse_begin(&p, &f, a, src, PARSE_SCHEMA, &none);
	p.quiet = true;
	p.each = each;
	p.each_ctx = ctx;
	p.spare = keep ? NULL : arena_new();
	p.pos = lo;
	if (hi == 0) {
		ok = check_encoding(&p);
		if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0)
			p.pos = 3;
		hi = src->len;
	}
	if (ok)
		parse_run(&p, retort_yyparse_nolac, src->text, hi, RUN_BLOCKS);
	if (!keep) {
		arena_free(p.arena);
		arena_free(p.spare);
	}
	diag_release(&none);
	return ok && p.nerrors == 0 && !p.stopped;
}

struct migfile *parse_file(struct arena *a, struct srcfile *src, enum parse_mode mode,
			   struct diag *d)
{
	struct parser p;
	struct migfile *f = ARENA_NEW(a, struct migfile);
	struct header_text h = { 0 };
	size_t start = 0;

	srcfile_ensure(src);
	parse_begin(&p, f, a, src, mode, d);
	if (!check_encoding(&p))
		return NULL;
	if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0)
		start = p.pos = 3;
	if (mode == PARSE_HEADER && (f->header_fast = fast_header(&p, src->text, src->len)))
		goto parsed;
	if (mode == PARSE_HEADER) {
		strip_blocks(&h, src->text, src->len);
		p.gaps = (const size_t (*)[2])h.gaps;
		p.ngaps = h.ngaps;
		if (h.ngaps)
			p.gap_at = h.gaps[0][0];
		parse_run(&p, retort_yyparse, h.text, h.len, RUN_OWN_TEXT);
		free(h.text);
		free(h.gaps);
		goto parsed;
	}
	/* First without LAC, bison's lookahead correction: it makes a syntax
	 * error's list of what was expected right, and costs 3% of a
	 * compile.  On text that parses with nothing to say the two parsers
	 * take the same steps, so the first's result stands; where there is
	 * anything to say (an error ends the quiet run at once), the file is
	 * parsed again with LAC, which says it.  The first run's nodes stay
	 * in the arena, unused. */
	p.quiet = true;
	parse_run(&p, retort_yyparse_nolac, src->text, src->len, RUN_COPY);
	p.quiet = false;
	if (p.nerrors) {
		parse_begin(&p, f, a, src, mode, d);
		p.pos = start;
		parse_run(&p, retort_yyparse, src->text, src->len, RUN_COPY);
	}
parsed:

	/* A schema with nothing in it is a target like any other: no tables. */
	if (!p.any_token && p.nerrors == 0 && p.mode != PARSE_SCHEMA) {
		parse_error(&p, DIAG_EMPTY_FILE, span_make(0, 0), "empty revision file (expected "
		     "a 'revision' line, then upgrade and downgrade blocks)");
		return NULL;
	}
	/* A missing revision line is worth saying whatever else went wrong; a
	 * missing block may only be the echo of a syntax error, so it is not. */
	if (p.mode == PARSE_REVISION && !f->hdr.revision.text && !(p.seen_headers & 1u))
		parse_error(&p, DIAG_HEADER, span_make(0, 0), "no 'revision' line in this file");
	if (p.nerrors)
		return NULL;
	if (mode != PARSE_HEADER) {
		set_lines(src, f->upgrade.head);
		set_lines(src, f->downgrade.head);
		set_lines(src, f->toplevel.head);
	}
	if (p.mode == PARSE_REVISION) {
		if (!f->has_upgrade)
			parse_error(&p, DIAG_HEADER, span_make(0, 0), "no 'upgrade' block in this file");
		if (!f->has_downgrade)
			parse_error(&p, DIAG_HEADER, span_make(0, 0), "no 'downgrade' block in this file");
	}
	return p.nerrors ? NULL : f;
}
