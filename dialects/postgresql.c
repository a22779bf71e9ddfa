/* PostgreSQL 15.  It has every capability the generic emitters ask about,
 * so every statement is the generic one; what is PostgreSQL's own is only
 * its reserved words, its type names and their limits, and SERIAL for an
 * autoincrement key, which is what SQLAlchemy prints. */
#include "dialect.h"
#include "util.h"

#include <string.h>

#include "arena.h"
#include "sbuf.h"

/* The words pg_get_keywords() lists as reserved, or reserved but allowed
 * as a function or type name (Appendix C): as a column or table name they
 * need quotes.  Sorted bytewise, for dialect.c's binary search. */
/* The system columns every table has: no column may take their names. */
static const char *const pg_system_columns[] = {
	"cmax", "cmin", "ctid", "tableoid", "xmax", "xmin",
};

static const char *const pg_reserved[] = {
	"all", "analyse", "analyze", "and", "any", "array",
	"as", "asc", "asymmetric", "authorization", "binary", "both",
	"case", "cast", "check", "collate", "collation", "column",
	"concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
	"current_role", "current_schema", "current_time", "current_timestamp", "current_user",
	"default",
	"deferrable", "desc", "distinct", "do", "else", "end",
	"except", "false", "fetch", "for", "foreign", "freeze",
	"from", "full", "grant", "group", "having", "ilike",
	"in", "initially", "inner", "intersect", "into", "is",
	"isnull", "join", "lateral", "leading", "left", "like",
	"limit", "localtime", "localtimestamp", "natural", "not", "notnull",
	"null", "offset", "on", "only", "or", "order",
	"outer", "overlaps", "placing", "primary", "references", "returning",
	"right", "select", "session_user", "similar", "some", "symmetric",
	"table", "tablesample", "then", "to", "trailing", "true",
	"union", "unique", "user", "using", "variadic", "verbose",
	"when", "where", "window", "with",
};

/* The server's own limits (varchar/char length, numeric precision and
 * scale): past them CREATE fails, so say so at the type instead. */
#define PG_MAX_CHAR_LENGTH 10485760L
#define PG_MAX_NUMERIC_PRECISION 1000
#define PG_MIN_NUMERIC_SCALE (-1000)
#define PG_MAX_NUMERIC_SCALE 1000

static bool pg_out_of_range(struct emitter *e, const struct type *t, const char *what,
			    long v, long lo, long hi)
{
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
		   "%s %ld of type '%s' is out of range for %s (%ld to %ld)",
		   what, v, ir_type_name(t->kind), e->d->rules.name, lo, hi);
	return false;
}

/* VARCHAR and CHAR: a length is optional (VARCHAR is unbounded, CHAR is
 * CHAR(1)). */
static bool pg_length_type(struct emitter *e, const struct type *t, struct sbuf *out,
			   const char *name)
{
	if (t->length < 0) {
		sbuf_adds(out, name);
		return true;
	}
	if (t->length < 1 || t->length > PG_MAX_CHAR_LENGTH)
		return pg_out_of_range(e, t, "length", t->length, 1, PG_MAX_CHAR_LENGTH);
	sbuf_adds(out, name);
	sbuf_addc(out, '(');
	sbuf_addnum(out, t->length);
	sbuf_addc(out, ')');
	return true;
}

static bool pg_numeric(struct emitter *e, const struct type *t, struct sbuf *out)
{
	if (t->precision < 0) {
		sbuf_adds(out, "NUMERIC");
		return true;
	}
	if (t->precision < 1 || t->precision > PG_MAX_NUMERIC_PRECISION)
		return pg_out_of_range(e, t, "precision", t->precision, 1,
				       PG_MAX_NUMERIC_PRECISION);
	if (t->scale == TYPE_NO_SCALE) {
		sbuf_adds(out, "NUMERIC(");
		sbuf_addnum(out, t->precision);
		sbuf_addc(out, ')');
		return true;
	}
	if (t->scale < PG_MIN_NUMERIC_SCALE || t->scale > PG_MAX_NUMERIC_SCALE)
		return pg_out_of_range(e, t, "scale", t->scale, PG_MIN_NUMERIC_SCALE,
				       PG_MAX_NUMERIC_SCALE);
	sbuf_adds(out, "NUMERIC(");
	sbuf_addnum(out, t->precision);
	sbuf_adds(out, ", ");
	sbuf_addnum(out, t->scale);
	sbuf_addc(out, ')');
	return true;
}

/* A named enum is the type create_enum made.  An inline one is a VARCHAR
 * as long as its longest value; the generic column code adds the CHECK
 * that keeps it to those values, as SQLAlchemy's non-native Enum does. */
static bool pg_enum(struct emitter *e, const struct type *t, struct sbuf *out)
{
	if (t->enum_name.name) {
		if (t->enum_name.schema) {
			dialect_quote_ident(e->d, out, t->enum_name.schema);
			sbuf_addc(out, '.');
		}
		dialect_quote_ident(e->d, out, t->enum_name.name);
		return true;
	}
	if (t->enum_values.n == 0) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
			   "an enum without values is not supported by %s", e->d->rules.name);
		return false;
	}
	sbuf_adds(out, "VARCHAR(");
	sbuf_addnum(out, (long long)dialect_enum_length(t));
	sbuf_addc(out, ')');
	return true;
}

static bool pg_type_sql(struct emitter *e, const struct type *t, struct sbuf *out)
{
	const char *s = NULL;

	switch (t->kind) {
	case TY_INTEGER:
		s = "INTEGER";
		break;
	case TY_BIGINT:
		s = "BIGINT";
		break;
	case TY_SMALLINT:
		s = "SMALLINT";
		break;
	case TY_BOOLEAN:
		s = "BOOLEAN";
		break;
	case TY_FLOAT:
		s = "FLOAT";	/* SQLAlchemy's Float: double precision here */
		break;
	case TY_DOUBLE:
		s = "DOUBLE PRECISION";
		break;
	case TY_NUMERIC:
		return pg_numeric(e, t, out);
	case TY_STRING:
	case TY_UNICODE:
		return pg_length_type(e, t, out, "VARCHAR");
	case TY_CHAR:
		return pg_length_type(e, t, out, "CHAR");
	case TY_TEXT:
	case TY_UNICODE_TEXT:
		s = "TEXT";
		break;
	case TY_DATE:
		s = "DATE";
		break;
	case TY_TIME:
		s = "TIME WITHOUT TIME ZONE";
		break;
	case TY_DATETIME:
		s = "TIMESTAMP WITHOUT TIME ZONE";
		break;
	case TY_TIMESTAMPTZ:
		s = "TIMESTAMP WITH TIME ZONE";
		break;
	case TY_INTERVAL:
		s = "INTERVAL";
		break;
	case TY_BINARY:
		s = "BYTEA";
		break;
	case TY_JSON:
		s = "JSON";
		break;
	case TY_JSONB:
		s = "JSONB";
		break;
	case TY_UUID:
		s = "UUID";
		break;
	case TY_ENUM:
		return pg_enum(e, t, out);
	case TY_RAW:
		dialect_add_sql(e->d, out, t->raw);
		return true;
	}
	if (!s) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
			   "type '%s' is not supported by %s", ir_type_name(t->kind),
			   e->d->rules.name);
		return false;
	}
	sbuf_adds(out, s);
	return true;
}

/* SERIAL is an integer column with a sequence for its default: what
 * SQLAlchemy prints for an autoincrement key, and what a DBA writes.  A
 * sequence called otherwise than SERIAL would call it (a name kept from
 * before a rename) is SERIAL spelled out: the sequence made first
 * (pg_named_serial), the column's default its nextval(), and the sequence
 * given to the column after. */
static bool pg_column_type_sql(struct emitter *e, const struct column *c, struct sbuf *out)
{
	if (!c->autoincrement)
		return pg_type_sql(e, &c->type, out);
	if (c->server_default) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, c->server_default->span,
			   "an autoincrement column with a default is not supported by "
			   "%s", e->d->rules.name);
		return false;
	}
	if (c->type.kind != TY_INTEGER && c->type.kind != TY_BIGINT &&
	    c->type.kind != TY_SMALLINT) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, c->type.span,
			   "%s on type '%s' is not supported by %s",
			   c->identity.kind ? "identity" : "autoincrement",
			   ir_type_name(c->type.kind), e->d->rules.name);
		return false;
	}
	if (c->identity.kind != IDENTITY_NONE) {	/* the standard's own */
		pg_type_sql(e, &c->type, out);
		sbuf_addc(out, ' ');
		dialect_identity_sql(out, &c->identity);
		return true;
	}
	if (c->sequence) {
		struct sbuf name = SBUF_INIT;
		pg_type_sql(e, &c->type, out);
		sbuf_adds(out, " DEFAULT nextval(");
		/* the name as a regclass reads it: quoted where it must be */
		if (e->table && e->table->schema) {
			dialect_quote_ident(e->d, &name, e->table->schema);
			sbuf_addc(&name, '.');
		}
		dialect_quote_ident(e->d, &name, c->sequence);
		dialect_string_literal(e->d, out, sbuf_str(&name));
		sbuf_adds(out, "::regclass)");
		sbuf_release(&name);
		return true;
	}
	sbuf_adds(out, c->type.kind == TY_INTEGER  ? "SERIAL"
		       : c->type.kind == TY_BIGINT ? "BIGSERIAL"
						   : "SMALLSERIAL");
	return true;
}

/* The rest of SERIAL spelled out: before the column, its sequence (of the
 * column's type, in the table's schema); after, the sequence the column's,
 * to go with it. */
static bool pg_named_sequence_sql(struct emitter *e, const struct qname *table,
				  const struct column *c, bool after)
{
	int errs = e->diag->nerrors;
	struct qname seq = { table->schema, c->sequence, c->span };

	emit_begin(e);
	emit_raw(e, after ? "ALTER SEQUENCE " : "CREATE SEQUENCE ");
	emit_qname(e, &seq);
	if (after) {
		emit_raw(e, " OWNED BY ");
		emit_qname(e, table);
		emit_raw(e, ".");
		emit_ident(e, c->name.name);
	} else {
		emit_raw(e, " AS ");
		emit_type(e, &c->type);
	}
	if (e->diag->nerrors != errs) {
		sbuf_reset(&e->stmt);
		return false;
	}
	emit_end(e);
	return true;
}

/* Type names resolved in pg_catalog before any schema of ours, and
 * column-name keywords a type cannot be called: an enum by one of these
 * names would never be the type its columns get. */
static const char *const pg_builtin_types[] = {
	"between", "bigint", "bit", "bool", "boolean", "box", "bpchar", "bytea",
	"char", "character", "cidr", "circle", "coalesce", "date", "dec", "decimal",
	"double", "exists", "extract", "float", "float4", "float8", "greatest",
	"grouping", "inet", "inout", "int", "int2", "int4", "int8", "integer",
	"interval", "json", "jsonb", "least", "line", "lseg", "macaddr", "money",
	"name", "national", "nchar", "none", "normalize", "numeric", "oid", "out",
	"overlay", "path", "point", "polygon", "position", "precision", "real",
	"record", "row", "setof", "smallint", "substring", "text", "time",
	"timestamp", "timestamptz", "timetz", "treat", "trim", "tsquery", "tsvector",
	"uuid", "values", "varbit", "varchar", "xml",
};

/* PostgreSQL's makeObjectName: name1_name2_label, with name1 and name2
 * cut (the longer first) until it fits in NAMEDATALEN - 1 bytes. */
static char *pg_object_name(struct arena *a, const char *name1, const char *name2,
			    const char *label)
{
	size_t n1 = strlen(name1), n2 = name2 ? strlen(name2) : 0;
	size_t overhead = (name2 ? 1 : 0) + (label ? strlen(label) + 1 : 0);
	size_t avail = 63 - overhead;
	char *out, *o;

	while (n1 + n2 > avail) {
		if (n1 > n2)
			n1--;
		else
			n2--;
	}
	/* never split a UTF-8 character */
	while (n1 && ((unsigned char)name1[n1] & 0xC0) == 0x80)
		n1--;
	while (n2 && ((unsigned char)name2[n2] & 0xC0) == 0x80)
		n2--;
	/* (by hand: every table and column is named here, and a printf
	 * cost ten times the copies) */
	out = o = arena_alloc_aligned(a, n1 + n2 + overhead + 1, 1);
	memcpy(o, name1, n1);
	o += n1;
	if (name2) {
		*o++ = '_';
		memcpy(o, name2, n2);
		o += n2;
	}
	if (label) {
		*o++ = '_';
		memcpy(o, label, strlen(label));
	}
	return out;
}

/* ChooseConstraintName: table_columns_suffix, numbered from 1 when taken;
 * a CHECK is table_column_check where it names one column, else
 * table_check. */
static const char *pg_auto_constraint_name(struct arena *a, enum constraint_kind kind,
					   const char *table, const char *const *columns,
					   size_t ncolumns,
					   bool (*taken)(const void *ctx, const char *name),
					   const void *ctx)
{
	const char *label = NULL;
	struct sbuf cols = SBUF_INIT;
	char *name, *base;
	size_t i;
	int n;

	switch (kind) {
	case CON_PRIMARY_KEY:
		label = "pkey";
		break;
	case CON_UNIQUE:
		label = "key";
		break;
	case CON_FOREIGN_KEY:
		label = "fkey";
		break;
	case CON_EXCLUDE:
		label = "excl";
		break;
	case CON_CHECK:
		label = "check";
		if (ncolumns != 1)
			ncolumns = 0;
		break;
	}
	for (i = 0; i < ncolumns && kind != CON_PRIMARY_KEY; i++) {
		if (i)
			sbuf_addc(&cols, '_');
		sbuf_adds(&cols, columns[i]);
	}
	base = arena_strdup(a, sbuf_str(&cols));
	sbuf_release(&cols);
	name = pg_object_name(a, table, *base ? base : NULL, label);
	for (n = 1; taken && taken(ctx, name); n++) {
		char num[16];
		snprintf(num, sizeof(num), "%s%d", label, n);
		name = pg_object_name(a, table, *base ? base : NULL, num);
	}
	return name;
}

/* A type change drops the check of the inline enum the column was, by
 * the name it had; an identity is added, or changed where there was one. */
static bool pg_wants_before(const struct op *op)
{
	return op->kind == OP_ALTER_COLUMN &&
	       (op->u.alter.changes & (ALTER_TYPE | ALTER_SET_IDENTITY));
}

/* SERIAL's sequence: table_column_seq, numbered from 1 when taken
 * (ChooseRelationName). */
static const char *pg_auto_sequence_name(struct arena *a, const char *table, const char *column,
					 bool (*taken)(const void *ctx, const char *name),
					 const void *ctx)
{
	char *name = pg_object_name(a, table, column, "seq");
	int n;

	for (n = 1; taken && taken(ctx, name); n++) {
		char label[16];
		snprintf(label, sizeof(label), "seq%d", n);
		name = pg_object_name(a, table, column, label);
	}
	return name;
}

/* Groups of types between which PostgreSQL has an implicit or assignment
 * cast, which is what ALTER COLUMN ... TYPE uses when no USING is given. */
enum pg_cast_group {
	PG_STRING, PG_NUMBER, PG_TIMESTAMP, PG_TIME, PG_JSON, PG_BOOLEAN, PG_BINARY,
	PG_UUID, PG_ENUM, PG_UNKNOWN
};

static enum pg_cast_group pg_cast_group(const struct type *t)
{
	switch (t->kind) {
	case TY_STRING:
	case TY_CHAR:
	case TY_TEXT:
	case TY_UNICODE:
	case TY_UNICODE_TEXT:
		return PG_STRING;
	case TY_ENUM:
		return t->enum_name.name ? PG_ENUM : PG_STRING;
	case TY_INTEGER:
	case TY_BIGINT:
	case TY_SMALLINT:
	case TY_NUMERIC:
	case TY_FLOAT:
	case TY_DOUBLE:
		return PG_NUMBER;
	case TY_DATE:
	case TY_DATETIME:
	case TY_TIMESTAMPTZ:
		return PG_TIMESTAMP;
	case TY_TIME:
	case TY_INTERVAL:
		return PG_TIME;
	case TY_JSON:
	case TY_JSONB:
		return PG_JSON;
	case TY_BOOLEAN:
		return PG_BOOLEAN;
	case TY_BINARY:
		return PG_BINARY;
	case TY_UUID:
		return PG_UUID;
	case TY_RAW:
		return PG_UNKNOWN;
	}
	UNREACHABLE();
}

/* Anything converts to a string type on assignment; within a group the
 * casts exist; across groups (text to integer, boolean to integer, one
 * enum to another) the server asks for USING. */
static bool pg_cast_needs_using(const struct type *from, const struct type *to)
{
	enum pg_cast_group f = pg_cast_group(from), t = pg_cast_group(to);

	if (f == PG_UNKNOWN || t == PG_UNKNOWN || t == PG_STRING)
		return false;
	if (f == PG_ENUM && t == PG_ENUM)
		return strcmp(from->enum_name.name, to->enum_name.name) != 0;
	return f != t;
}

/* The casts ALTER COLUMN ... USING cannot make in one step.  boolean
 * converts only to and from integer; between other groups (an integer
 * and a date, one enum and another) only the text form is common
 * ground, so the cast goes through text. */
static const struct type pg_via_integer = {
	.kind = TY_INTEGER, .length = -1, .precision = -1, .scale = TYPE_NO_SCALE
};
static const struct type pg_via_text = {
	.kind = TY_TEXT, .length = -1, .precision = -1, .scale = TYPE_NO_SCALE
};

static const struct type *pg_cast_via(const struct type *from, const struct type *to)
{
	enum pg_cast_group f = pg_cast_group(from), t = pg_cast_group(to);

	if (f == PG_UNKNOWN || t == PG_UNKNOWN || f == PG_STRING || t == PG_STRING)
		return NULL;
	if ((f == PG_BOOLEAN && t == PG_NUMBER) || (f == PG_NUMBER && t == PG_BOOLEAN)) {
		if (from->kind == TY_INTEGER || to->kind == TY_INTEGER)
			return NULL;
		return &pg_via_integer;
	}
	if (f == PG_ENUM && t == PG_ENUM)
		return strcmp(from->enum_name.name, to->enum_name.name) != 0 ? &pg_via_text : NULL;
	return f != t ? &pg_via_text : NULL;
}

/* What pg_catalog reports for a type PostgreSQL takes under another name:
 * FLOAT is double precision, CHAR is character(1), NUMERIC(p) has scale 0. */
static const struct type *pg_stored_type(const struct schema *m, struct arena *a,
					 const struct type *t, bool autoincrement)
{
	struct type *r;

	(void)m;
	(void)autoincrement;
	if (t->kind != TY_FLOAT && !(t->kind == TY_CHAR && t->length < 0) &&
	    !(t->kind == TY_NUMERIC && t->precision >= 0 && t->scale == TYPE_NO_SCALE))
		return t;
	r = ARENA_NEW(a, struct type);
	*r = *t;
	if (t->kind == TY_FLOAT)
		r->kind = TY_DOUBLE;
	else if (t->kind == TY_CHAR)
		r->length = 1;
	else
		r->scale = 0;
	return r;
}

/* The server reads retort's SQL as written only in UTF-8: a client whose
 * locale or PGCLIENTENCODING says LATIN1 would have it convert each byte
 * of an 'é' as a character of its own.  First in every script. */
static const char *const pg_session[] = { "SET client_encoding = 'UTF8'", NULL };
static const char *const pg_begin[] = { "BEGIN", NULL };
static const char *const pg_commit[] = { "COMMIT", NULL };

/* How PostgreSQL reads a name: unquoted, folded to lower case. */
SQLSCAN_WORDS(pg_words, pg_reserved);
#define PG_NAMES .fold_lower = true, .words = &pg_words

const struct dialect dialect_postgresql = {
	.rules = {
		.name = "postgresql",
		.sql = { SQLSCAN_FRAGMENT_FORMS, PG_NAMES },
		.max_ident_len = 63,
		.auto_constraint_name = pg_auto_constraint_name,
		.auto_sequence_name = pg_auto_sequence_name,
		.inline_enum_checks = true,
		/* views and triggers hold objects, not names: they follow a
		 * rename; a view holds its columns' types; a trigger's name is
		 * its table's */
		.views_follow_renames = true,
		.views_pin_types = true,
		.trigger_names_per_table = true,
		.view_columns_keep_names = true,
		.triggers_hold_bodies = false,
		.relations_are_types = true,
		.default_schema = "public",
		.max_enum_label = 63,
		.indexes_are_relations = true,
		.cast_needs_using = pg_cast_needs_using,
	},
	/* standard_conforming_strings: only E'' strings escape */
	.native = { .quote = '"', .escape_strings = true, .unicode_escapes = true,
		    .dollar_quotes = true, .nested_comments = true, PG_NAMES },
	.alias = "postgres",	/* postgres:// URLs, which libpq and SQLAlchemy take */
	.index_caps = INDEXCAP_INCLUDE | INDEXCAP_OPCLASS,
	.caps = CAP_TRANSACTIONAL_DDL | CAP_ALTER_COLUMN_TYPE | CAP_COMMENTS |
		CAP_NATIVE_ENUM | CAP_SEQUENCES | CAP_SCHEMAS | CAP_PARTIAL_INDEX |
		CAP_EXPRESSION_INDEX | CAP_CONCURRENT_INDEX | CAP_EXCLUDE_CONSTRAINT |
		CAP_DEFERRABLE | CAP_DEFERRABLE_FK | CAP_USING_CAST | CAP_ALTER_CONSTRAINTS |
		CAP_INDEX_METHOD | CAP_INDEX_NULLS_ORDER | CAP_INLINE_REFERENCES | CAP_FK_PINS_KEY |
		CAP_MERGES_SAME_KEYS | CAP_SHOWS_AUTOINCREMENT | CAP_SHOWS_IDENTITY |
		CAP_FK_IMPLICIT_COLUMNS | CAP_ENUM_ADD_WAITS | CAP_REPLACE_VIEW,
	.builtin_types = pg_builtin_types,
	.nbuiltin_types = ARRAY_LEN(pg_builtin_types),
	.system_columns = pg_system_columns,
	.nsystem_columns = ARRAY_LEN(pg_system_columns),
	.session_setup = pg_session,
	.begin_transaction = pg_begin,
	.commit_transaction = pg_commit,
	.type_sql = pg_type_sql,
	.column_type_sql = pg_column_type_sql,
	.named_sequence_sql = pg_named_sequence_sql,
	.wants_before = pg_wants_before,
	.cast_via = pg_cast_via,
	.stored_type = pg_stored_type,
	/* every emit entry NULL: the generic statements are PostgreSQL's */
};
