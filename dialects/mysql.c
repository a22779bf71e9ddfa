/* MySQL 8 and MariaDB 10.11, in the syntax both take.  DDL commits as it
 * goes (no BEGIN/COMMIT; the script says so).  A column changes with MODIFY
 * or CHANGE, which restate the whole column, so the definition comes from
 * the schema model and nothing the migration did not mention is lost (type,
 * NOT NULL, default, comment, AUTO_INCREMENT).  Comments live in the
 * definitions.  A constraint is dropped in the form its kind needs, the
 * kind taken from the model.  An expression index is an index on a
 * virtual column computing the expression, which MariaDB takes and MySQL 8
 * too.  Enums are MySQL's own ENUM type; there are no enum objects, no
 * sequences, no schemas, no deferrable or partial anything. */
#include "dialect.h"
#include "arena.h"
#include "sbuf.h"
#include "schema.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* MySQL 8.0's reserved words (its manual's keyword list, those marked
 * reserved), and OFFSET, which MariaDB reserves: quoted as names.  Sorted,
 * lower case. */
static const char *const mysql_reserved[] = {
	"accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive",
	"before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade",
	"case", "change", "char", "character", "check", "collate", "column", "condition",
	"constraint", "continue", "convert", "create", "cross", "cube", "cume_dist",
	"current_date", "current_time", "current_timestamp", "current_user", "cursor",
	"database", "databases", "day_hour", "day_microsecond", "day_minute", "day_second",
	"dec", "decimal", "declare", "default", "delayed", "delete", "dense_rank", "desc",
	"describe", "deterministic", "distinct", "distinctrow", "div", "double", "drop",
	"dual", "each", "else", "elseif", "empty", "enclosed", "escaped", "except", "exists",
	"exit", "explain", "false", "fetch", "first_value", "float", "float4", "float8",
	"for", "force", "foreign", "from", "fulltext", "function", "generated", "get",
	"grant", "group", "grouping", "groups", "having", "high_priority",
	"hour_microsecond", "hour_minute", "hour_second", "if", "ignore", "in", "index",
	"infile", "inner", "inout", "insensitive", "insert", "int", "int1", "int2", "int3",
	"int4", "int8", "integer", "intersect", "interval", "into", "io_after_gtids",
	"io_before_gtids", "is", "iterate", "join", "json_table", "key", "keys", "kill",
	"lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit",
	"linear", "lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob",
	"longtext", "loop", "low_priority", "master_bind", "master_ssl_verify_server_cert",
	"match", "maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint",
	"minute_microsecond", "minute_second", "mod", "modifies", "natural",
	"no_write_to_binlog", "not", "nth_value", "ntile", "null", "numeric", "of",
	"offset", "on", "optimize", "optimizer_costs", "option", "optionally", "or",
	"order", "out", "outer", "outfile", "over", "partition", "percent_rank",
	"precision", "primary", "procedure", "purge", "range", "rank", "read", "read_write",
	"reads", "real", "recursive", "references", "regexp", "release", "rename", "repeat",
	"replace", "require", "resignal", "restrict", "return", "revoke", "right", "rlike",
	"row", "row_number", "rows", "schema", "schemas", "second_microsecond", "select",
	"sensitive", "separator", "set", "show", "signal", "smallint", "spatial", "specific",
	"sql", "sql_big_result", "sql_calc_found_rows", "sql_small_result", "sqlexception",
	"sqlstate", "sqlwarning", "ssl", "starting", "stored", "straight_join", "system",
	"table", "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing",
	"trigger", "true", "undo", "union", "unique", "unlock", "unsigned", "update",
	"usage", "use", "using", "utc_date", "utc_time", "utc_timestamp", "values",
	"varbinary", "varchar", "varcharacter", "varying", "virtual", "when", "where",
	"while", "window", "with", "write", "xor", "year_month", "zerofill",
};

/* ---- types ---- */

static bool need_length(struct emitter *e, const struct type *t, struct sbuf *out,
			const char *name)
{
	if (t->length < 0) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
			   "type '%s' without a length is not supported by %s (a VARCHAR "
			   "needs one): say %s(n)", ir_type_name(t->kind), e->d->rules.name,
			   ir_type_name(t->kind));
		return false;
	}
	sbuf_adds(out, name);
	sbuf_addc(out, '(');
	sbuf_addnum(out, t->length);
	sbuf_addc(out, ')');
	return true;
}

/* The server reads retort's SQL as written only in UTF-8 (a client whose
 * locale says latin1 would otherwise send each byte of an 'é' as a
 * character of its own) and without these modes: NO_BACKSLASH_ESCAPES
 * would keep each doubled backslash, ANSI_QUOTES read a double-quoted
 * string as a name.  First in every script. */
static const char *const mysql_session[] = {
	"SET NAMES utf8mb4",
	"SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', ''), "
	"'ANSI_QUOTES', '')",
	NULL,
};

/* The weights of utf8mb4_general_ci (the collation of Debian's MariaDB
 * package, and of the servers the tests start) for U+00C0..U+024F, as the
 * server's WEIGHT_STRING gives them: an accented Latin letter weighs as
 * its base letter in upper case, so that 'e', 'E' and 'é' are one. */
static const unsigned short general_ci_latin[0x250 - 0xC0] = {
	0x041, 0x041, 0x041, 0x041, 0x041, 0x041, 0x0C6, 0x043, 0x045, 0x045,
	0x045, 0x045, 0x049, 0x049, 0x049, 0x049, 0x0D0, 0x04E, 0x04F, 0x04F,
	0x04F, 0x04F, 0x04F, 0x0D7, 0x0D8, 0x055, 0x055, 0x055, 0x055, 0x059,
	0x0DE, 0x053, 0x041, 0x041, 0x041, 0x041, 0x041, 0x041, 0x0C6, 0x043,
	0x045, 0x045, 0x045, 0x045, 0x049, 0x049, 0x049, 0x049, 0x0D0, 0x04E,
	0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x0F7, 0x0D8, 0x055, 0x055, 0x055,
	0x055, 0x059, 0x0DE, 0x059, 0x041, 0x041, 0x041, 0x041, 0x041, 0x041,
	0x043, 0x043, 0x043, 0x043, 0x043, 0x043, 0x043, 0x043, 0x044, 0x044,
	0x110, 0x110, 0x045, 0x045, 0x045, 0x045, 0x045, 0x045, 0x045, 0x045,
	0x045, 0x045, 0x047, 0x047, 0x047, 0x047, 0x047, 0x047, 0x047, 0x047,
	0x048, 0x048, 0x126, 0x126, 0x049, 0x049, 0x049, 0x049, 0x049, 0x049,
	0x049, 0x049, 0x049, 0x049, 0x132, 0x132, 0x04A, 0x04A, 0x04B, 0x04B,
	0x138, 0x04C, 0x04C, 0x04C, 0x04C, 0x04C, 0x04C, 0x13F, 0x13F, 0x141,
	0x141, 0x04E, 0x04E, 0x04E, 0x04E, 0x04E, 0x04E, 0x149, 0x14A, 0x14A,
	0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x152, 0x152, 0x052, 0x052,
	0x052, 0x052, 0x052, 0x052, 0x053, 0x053, 0x053, 0x053, 0x053, 0x053,
	0x053, 0x053, 0x054, 0x054, 0x054, 0x054, 0x166, 0x166, 0x055, 0x055,
	0x055, 0x055, 0x055, 0x055, 0x055, 0x055, 0x055, 0x055, 0x055, 0x055,
	0x057, 0x057, 0x059, 0x059, 0x059, 0x05A, 0x05A, 0x05A, 0x05A, 0x05A,
	0x05A, 0x053, 0x180, 0x181, 0x182, 0x182, 0x184, 0x184, 0x186, 0x187,
	0x187, 0x189, 0x18A, 0x18B, 0x18B, 0x18D, 0x18E, 0x18F, 0x190, 0x191,
	0x191, 0x193, 0x194, 0x1F6, 0x196, 0x197, 0x198, 0x198, 0x19A, 0x19B,
	0x19C, 0x19D, 0x19E, 0x19F, 0x04F, 0x04F, 0x1A2, 0x1A2, 0x1A4, 0x1A4,
	0x1A6, 0x1A7, 0x1A7, 0x1A9, 0x1AA, 0x1AB, 0x1AC, 0x1AC, 0x1AE, 0x055,
	0x055, 0x1B1, 0x1B2, 0x1B3, 0x1B3, 0x1B5, 0x1B5, 0x1B7, 0x1B8, 0x1B8,
	0x1BA, 0x1BB, 0x1BC, 0x1BC, 0x1BE, 0x1F7, 0x1C0, 0x1C1, 0x1C2, 0x1C3,
	0x1C4, 0x1C4, 0x1C4, 0x1C7, 0x1C7, 0x1C7, 0x1CA, 0x1CA, 0x1CA, 0x041,
	0x041, 0x049, 0x049, 0x04F, 0x04F, 0x055, 0x055, 0x055, 0x055, 0x055,
	0x055, 0x055, 0x055, 0x055, 0x055, 0x18E, 0x041, 0x041, 0x041, 0x041,
	0x0C6, 0x0C6, 0x1E4, 0x1E4, 0x047, 0x047, 0x04B, 0x04B, 0x04F, 0x04F,
	0x04F, 0x04F, 0x1B7, 0x1B7, 0x04A, 0x1F1, 0x1F1, 0x1F1, 0x047, 0x047,
	0x1F6, 0x1F7, 0x04E, 0x04E, 0x041, 0x041, 0x0C6, 0x0C6, 0x0D8, 0x0D8,
	0x041, 0x041, 0x041, 0x041, 0x045, 0x045, 0x045, 0x045, 0x049, 0x049,
	0x049, 0x049, 0x04F, 0x04F, 0x04F, 0x04F, 0x052, 0x052, 0x052, 0x052,
	0x055, 0x055, 0x055, 0x055, 0x053, 0x053, 0x054, 0x054, 0x21C, 0x21C,
	0x048, 0x048, 0x220, 0x221, 0x222, 0x222, 0x224, 0x224, 0x041, 0x041,
	0x045, 0x045, 0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x04F, 0x04F,
	0x059, 0x059, 0x234, 0x235, 0x236, 0x237, 0x238, 0x239, 0x23A, 0x23B,
	0x23C, 0x23D, 0x23E, 0x23F, 0x240, 0x241, 0x242, 0x243, 0x244, 0x245,
	0x246, 0x247, 0x248, 0x249, 0x24A, 0x24B, 0x24C, 0x24D, 0x24E, 0x24F,
};

/* A text's key under that collation: ASCII letters in upper case, the
 * letters of the table by their weight, every other character as itself
 * (so the key tells apart some that the server takes for one, never the
 * other way round).  The text is valid UTF-8 (srcfile checked it). */
static const char *general_ci_key(struct arena *a, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	struct sbuf out = SBUF_INIT;
	const char *key;

	while (*p) {
		unsigned cp;
		if (*p < 0x80) {
			cp = *p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p;
			sbuf_addc(&out, (char)cp);
			p++;
			continue;
		}
		if ((*p & 0xE0) != 0xC0) {	/* three or four bytes: as is */
			size_t n = (*p & 0xF0) == 0xE0 ? 3 : 4;
			sbuf_add(&out, (const char *)p, n);
			p += n;
			continue;
		}
		cp = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);
		if (cp >= 0xC0 && cp < 0x250)
			cp = general_ci_latin[cp - 0xC0];
		if (cp < 0x80) {
			sbuf_addc(&out, (char)cp);
		} else {
			sbuf_addc(&out, (char)(0xC0 | (cp >> 6)));
			sbuf_addc(&out, (char)(0x80 | (cp & 0x3F)));
		}
		p += 2;
	}
	key = arena_strndup(a, sbuf_str(&out), out.len);
	sbuf_release(&out);
	return key;
}

/* An ENUM's values as MariaDB keeps them: trailing blanks dropped, and
 * compared by the collation (without case or accents): a value ending in
 * a blank, or two that are one to it, would be changed or refused. */
static bool enum_values_fit(struct emitter *e, const struct type *t)
{
	struct strmap *seen = strmap_new(0);
	const struct value *v, *w;
	bool ok = true;
	size_t n;

	for (v = t->enum_values.head; v && ok; v = v->next) {
		n = strlen(v->text);
		if (n && (v->text[n - 1] == ' ' || v->text[n - 1] == '\t')) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, v->span, "enum value "
				   "'%s' ends in a blank, which %s drops", v->text, e->d->rules.name);
			ok = false;
		} else if ((w = strmap_put(seen, general_ci_key(e->arena, v->text), (void *)v))) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, v->span,
				   "enum values '%s' and '%s' are one value to %s, which compares "
				   "them without case or accents", w->text, v->text, e->d->rules.name);
			ok = false;
		}
	}
	strmap_free(seen);
	return ok;
}

static bool mysql_type_sql(struct emitter *e, const struct type *t, struct sbuf *out)
{
	const struct value *v;

	switch (t->kind) {
	case TY_INTEGER:
		sbuf_adds(out, "INTEGER");
		return true;
	case TY_BIGINT:
		sbuf_adds(out, "BIGINT");
		return true;
	case TY_SMALLINT:
		sbuf_adds(out, "SMALLINT");
		return true;
	case TY_BOOLEAN:
		sbuf_adds(out, "BOOL");
		return true;
	case TY_FLOAT:
		sbuf_adds(out, "FLOAT");
		return true;
	case TY_DOUBLE:
		sbuf_adds(out, "DOUBLE");
		return true;
	case TY_NUMERIC:
		dialect_numeric_sql(out, t);
		return true;
	case TY_STRING:
	case TY_UNICODE:
		return need_length(e, t, out, "VARCHAR");
	case TY_CHAR:
		sbuf_adds(out, "CHAR");
		if (t->length >= 0) {
			sbuf_addc(out, '(');
			sbuf_addnum(out, t->length);
			sbuf_addc(out, ')');
		}
		return true;
	case TY_TEXT:
	case TY_UNICODE_TEXT:
		sbuf_adds(out, "TEXT");
		return true;
	case TY_DATE:
		sbuf_adds(out, "DATE");
		return true;
	case TY_TIME:
		sbuf_adds(out, "TIME");
		return true;
	case TY_DATETIME:
	case TY_TIMESTAMPTZ:	/* SQLAlchemy's DateTime, with a zone or without */
	case TY_INTERVAL:	/* SQLAlchemy's Interval: a time past the epoch */
		sbuf_adds(out, "DATETIME");
		return true;
	case TY_BINARY:
		sbuf_adds(out, "BLOB");
		return true;
	case TY_JSON:
	case TY_JSONB:
		sbuf_adds(out, "JSON");
		return true;
	case TY_UUID:
		sbuf_adds(out, "CHAR(32)");	/* SQLAlchemy's Uuid: 32 hex digits */
		return true;
	case TY_ENUM:
		if (t->enum_name.name) {	/* dialect_resolve_enum found no values */
			if (!e->model)	/* else the model said the enum is unknown */
				diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
					   "enum '%s' is not known here, so %s cannot spell it",
					   t->enum_name.name, e->d->rules.name);
			return false;
		}
		if (!enum_values_fit(e, t))
			return false;
		sbuf_adds(out, "ENUM(");
		for (v = t->enum_values.head; v; v = v->next) {
			if (v != t->enum_values.head)
				sbuf_adds(out, ", ");
			dialect_string_literal(e->d, out, v->text);
		}
		sbuf_addc(out, ')');
		return true;
	case TY_RAW:
		dialect_add_sql(e->d, out, t->raw);
		return true;
	}
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, t->span,
		   "type '%s' is not supported by %s", ir_type_name(t->kind), e->d->rules.name);
	return false;
}

static bool mysql_column_type_sql(struct emitter *e, const struct column *c, struct sbuf *out)
{
	const struct type *t = dialect_resolve_enum(e, &c->type);

	if (!mysql_type_sql(e, t, out))
		return false;
	if (!c->autoincrement)
		return true;
	if (t->kind != TY_INTEGER && t->kind != TY_BIGINT && t->kind != TY_SMALLINT) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, c->type.span,
			   "%s on type '%s' is not supported by %s",
			   c->identity.kind ? "identity" : "autoincrement", ir_type_name(t->kind), e->d->rules.name);
		return false;
	}
	sbuf_adds(out, " AUTO_INCREMENT");
	return true;
}

/* A TIMESTAMP (raw: the language's datetime is DATETIME here), which a
 * server whose explicit_defaults_for_timestamp is off (MySQL 5.7, MariaDB
 * before 10.10) makes NOT NULL with a default and ON UPDATE unless it
 * says NULL. */
static bool mysql_says_null(const struct type *t)
{
	const char *r = t->kind == TY_RAW ? t->raw : NULL;

	if (!r || strncasecmp(r, "timestamp", 9) != 0)
		return false;
	r += 9;
	if (*r == '(')
		while (*r && *r != ')')
			r++;
	return *r == '\0' || (*r == ')' && r[1] == '\0');
}

/* ---- defaults ---- */

static bool is_long_type(const struct type *t)
{
	return t && (t->kind == TY_TEXT || t->kind == TY_UNICODE_TEXT || t->kind == TY_BINARY ||
		     t->kind == TY_JSON || t->kind == TY_JSONB);
}

/* A literal is a literal, except on TEXT, BLOB and JSON columns, which
 * MySQL 8 gives only an expression default: ('x') there.  Raw SQL is an
 * expression in parentheses, but CURRENT_TIMESTAMP, which MySQL takes bare
 * (and only bare, on a DATETIME). */
static bool mysql_default_sql(struct emitter *e, const struct value *v, const struct type *t)
{
	if (v->kind != VAL_SQL) {
		if (is_long_type(t) && v->kind != VAL_NULL)
			emit_raw(e, "(");
		emit_value(e, v);
		if (is_long_type(t) && v->kind != VAL_NULL)
			emit_raw(e, ")");
		return true;
	}
	if (dialect_sql_now(v->text) == DIALECT_NOW) {
		emit_raw(e, "CURRENT_TIMESTAMP");
		return true;
	}
	emit_raw(e, "(");
	emit_sql(e, v->text);
	emit_raw(e, ")");
	return true;
}

/* ---- table options: with (mysql_engine 'InnoDB', ...) ---- */

static void mysql_table_options(struct emitter *e, const struct kv *kv)
{
	static const struct { const char *key, *sql; } known[] = {
		{ "mysql_engine", "ENGINE" },
		{ "mysql_charset", "DEFAULT CHARSET" },
		{ "mysql_collate", "COLLATE" },
		{ "mysql_row_format", "ROW_FORMAT" },
	};
	size_t i;

	for (; kv; kv = kv->next) {
		if (strncmp(kv->key.name, "mysql_", 6) != 0)
			continue;	/* another dialect's */
		for (i = 0; i < ARRAY_LEN(known); i++)
			if (strcmp(kv->key.name, known[i].key) == 0)
				break;
		if (i == ARRAY_LEN(known)) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, kv->key.span,
				   "table option '%s' is not one %s knows (mysql_engine, "
				   "mysql_charset, mysql_collate, mysql_row_format)", kv->key.name,
				   e->d->rules.name);
			continue;
		}
		emit_raw(e, " ");
		emit_raw(e, known[i].sql);
		emit_raw(e, "=");
		emit_raw(e, kv->val.text ? kv->val.text : "");
	}
}

/* ---- a whole column, from the model ---- */

/* name TYPE [NOT] NULL [DEFAULT x] [AUTO_INCREMENT] [COMMENT 'x'], as the
 * model has the column now: what MODIFY and CHANGE must restate. */
static bool emit_model_column(struct emitter *e, const struct sch_column *c)
{
	struct column col;
	const struct type *t;
	struct sbuf ty = SBUF_INIT;
	bool ok;

	memset(&col, 0, sizeof(col));
	col.type = *c->type;
	col.autoincrement = c->autoincrement;
	t = dialect_resolve_enum(e, &col.type);
	col.type = *t;
	ok = mysql_column_type_sql(e, &col, &ty);
	emit_ident(e, c->name);
	emit_raw(e, " ");
	emit_raw(e, sbuf_str(&ty));
	sbuf_release(&ty);
	emit_raw(e, c->not_null ? " NOT NULL" : " NULL");
	if (c->server_default) {
		emit_raw(e, " DEFAULT ");
		emit_default_for(e, c->server_default, t);
	}
	if (c->comment) {
		ok &= dialect_comment_fits(e, c->comment, false,
					   e->at ? e->at->span : span_make(0, 0));
		emit_raw(e, " COMMENT ");
		emit_string(e, c->comment);
	}
	return ok;
}

static const struct sch_column *model_column(struct emitter *e, const struct qname *table,
					     const char *name)
{
	const struct sch_table *t = e->model ? schema_table(e->model, table) : NULL;

	return t ? schema_column(t, name) : NULL;
}

/* MODIFY (or CHANGE, for a new name) with the column as it is now. */
static bool restate_column(struct emitter *e, const struct qname *table, const char *was,
			   const char *now)
{
	const struct sch_column *c = model_column(e, table, now);
	int errs = e->diag->nerrors;

	if (!c)
		return false;	/* the model said why */
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, table);
	if (strcmp(was, now) != 0) {
		emit_raw(e, " CHANGE ");
		emit_ident(e, was);
		emit_raw(e, " ");
	} else {
		emit_raw(e, " MODIFY ");
	}
	emit_model_column(e, c);
	if (e->diag->nerrors != errs) {
		sbuf_reset(&e->stmt);
		return false;
	}
	emit_end(e);
	return true;
}

static bool keys_fit(struct emitter *e, const struct qname *q, const char *only,
		     struct span sp);
static bool indexes_fit(struct emitter *e, const struct qname *q, const char *column,
			struct span sp);

static bool auto_column_fits(struct emitter *e, const struct qname *q, struct span sp);
static void mysql_identity_start(struct emitter *e, const struct qname *table,
				 const char *column, const struct identity *id);

static bool mysql_alter_column(struct emitter *e, const struct op *op)
{
	unsigned ch = op->u.alter.changes;
	const char *was = op->u.alter.column.name;
	const char *now = ch & ALTER_RENAME ? op->u.alter.new_name.name : was;

	if ((ch & ALTER_TYPE) && op->u.alter.using_expr) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "a type change with 'using' is not supported by %s (MODIFY "
			   "converts by MySQL's own rules)", e->d->rules.name);
		return false;
	}
	if (ch == ALTER_RENAME) {	/* the name alone: nothing to restate */
		emit_begin(e);
		emit_raw(e, "ALTER TABLE ");
		emit_qname(e, &op->u.alter.table);
		emit_raw(e, " RENAME COLUMN ");
		emit_ident(e, was);
		emit_raw(e, " TO ");
		emit_ident(e, now);
		emit_end(e);
		return true;
	}
	if ((ch & ALTER_TYPE) && !keys_fit(e, &op->u.alter.table, now, op->span))
		return false;
	if ((ch & ALTER_TYPE) && !indexes_fit(e, &op->u.alter.table, now, op->span))
		return false;
	if ((ch & ALTER_SET_IDENTITY) &&
	    (e->refused || !dialect_identity_ok(e, &op->u.alter.identity) ||
	     !auto_column_fits(e, &op->u.alter.table, op->u.alter.identity.span)))
		return false;
	if (!restate_column(e, &op->u.alter.table, was, now))
		return false;
	if ((ch & ALTER_SET_IDENTITY) && dialect_identity_start(e, &op->u.alter.identity))
		mysql_identity_start(e, &op->u.alter.table, now, &op->u.alter.identity);
	return true;
}

/* A comment said alone (create_table_comment, drop_table_comment; a
 * column's comes through alter_column). */
static void mysql_comment(struct emitter *e, const struct qname *table, const char *column,
			  const char *text)
{
	if (column) {
		restate_column(e, table, column, column);
		return;
	}
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, table);
	emit_raw(e, " COMMENT = ");
	dialect_comment_fits(e, text ? text : "", true, e->at ? e->at->span : span_make(0, 0));
	emit_string(e, text ? text : "");
	emit_end(e);
}

/* ---- constraints ---- */

static const struct sch_constraint *constraint_named(const struct sch_table *t,
						     const char *name)
{
	size_t i;

	for (i = 0; t && i < t->nconstraints; i++)
		if (t->constraints[i]->name && strcmp(t->constraints[i]->name, name) == 0)
			return t->constraints[i];
	return NULL;
}

static bool covers(const char *const *cols, size_t ncols, const struct sch_constraint *fk)
{
	size_t k;

	for (k = 0; k < fk->ncolumns && k < ncols && strcmp(cols[k], fk->columns[k]) == 0; k++)
		;
	return k == fk->ncolumns;
}

/* Where no index or key of the table covered a foreign key's columns,
 * MySQL made an index for it (named as the key when the key was named in
 * the DDL, else as its first column), which outlives the key: it goes
 * with it, so the table is what the model says. */
/* Whether a foreign key's name is of the form MySQL gives an unnamed one
 * (TABLE_ibfk_N). */
static bool ibfk_name(const char *name)
{
	const char *p = name ? strstr(name, "_ibfk_") : NULL;
	size_t i;

	if (!p || p == name || !p[6])
		return false;
	for (i = 6; p[i]; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return true;
}

/* The index MySQL made for a foreign key no other index covered: named
 * as its first column when the key was unnamed; as the key when it was
 * named, except that mysql_add_constraint makes the index itself, under
 * the first column's name, for a key named TABLE_ibfk_N.  So a key that
 * autogenerate drops and adds again around an index keeps the index name
 * the unnamed key had. */
static const char *fk_index_name(const struct sch_constraint *fk)
{
	return fk->auto_named || ibfk_name(fk->name) ? fk->columns[0] : fk->name;
}

/* The foreign key of t that leans on the index or key going (one of
 * gone_ix, gone_key): MySQL keeps an index on every foreign key's columns,
 * and refuses to drop the last. */
static const struct sch_constraint *needed_by_fk(const struct sch_table *t,
						 const struct sch_index *gone_ix,
						 const struct sch_constraint *gone_key)
{
	size_t i, j, k;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *fk = t->constraints[i];
		bool covered = false, by_gone = false;
		if (fk->kind != CON_FOREIGN_KEY)
			continue;
		/* an index, or a key, with the columns in front: another than
		 * the one going, or that one */
		for (j = 0; j < t->nindexes + t->nconstraints && !covered; j++) {
			const char *cols[16];
			bool gone;
			if (j < t->nindexes) {
				k = schema_index_columns(t->indexes[j], cols, 16);
				gone = t->indexes[j] == gone_ix;
				if (!covers(cols, k, fk))
					continue;
			} else {
				const struct sch_constraint *c = t->constraints[j - t->nindexes];
				if ((c->kind != CON_PRIMARY_KEY && c->kind != CON_UNIQUE) ||
				    !covers(c->columns, c->ncolumns, fk))
					continue;
				gone = c == gone_key;
			}
			if (gone)
				by_gone = true;
			else
				covered = true;
		}
		if (!covered && by_gone)
			return fk;
	}
	return NULL;
}

/* Whether fk's name is the one MySQL gives a foreign key added unnamed
 * to t: TABLE_ibfk_N, N one more than the highest of the others. */
static bool ibfk_next(const struct sch_table *t, const struct sch_constraint *fk)
{
	size_t i, len = strlen(t->name.name);
	long high = 0;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (c == fk || c->kind != CON_FOREIGN_KEY || !ibfk_name(c->name) ||
		    strncmp(c->name, t->name.name, len) != 0 || strncmp(c->name + len, "_ibfk_", 6) != 0)
			continue;
		if (atol(c->name + len + 6) > high)
			high = atol(c->name + len + 6);
	}
	return strncmp(fk->name, t->name.name, len) == 0 &&
	       strncmp(fk->name + len, "_ibfk_", 6) == 0 &&
	       atol(fk->name + len + 6) == high + 1 && fk->name[len + 6] != '0';
}

static bool fk_covered(const struct sch_table *t, const struct sch_constraint *fk)
{
	size_t i;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if ((c->kind == CON_PRIMARY_KEY || c->kind == CON_UNIQUE) &&
		    covers(c->columns, c->ncolumns, fk))
			return true;
	}
	for (i = 0; i < t->nindexes; i++) {
		const char *cols[16];
		size_t k = schema_index_columns(t->indexes[i], cols, 16);
		if (covers(cols, k, fk))
			return true;
	}
	return false;
}

static void drop_fk_index(struct emitter *e, const struct qname *q, const struct sch_table *t,
			  const struct sch_constraint *fk)
{
	if (!t || !fk || fk_covered(t, fk))
		return;
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, q);
	emit_raw(e, " DROP INDEX ");
	emit_ident(e, fk_index_name(fk));
	emit_end(e);
}

/* Each kind in its own form: FOREIGN KEY, PRIMARY KEY and INDEX (a unique
 * constraint is a unique index) have theirs; a CHECK goes by DROP
 * CONSTRAINT, which MariaDB and MySQL 8.0.19 and later both take. */
static bool mysql_drop_constraint(struct emitter *e, const struct op *op)
{
	const struct qname *q = &op->u.drop_constraint.table;
	const char *name = op->u.drop_constraint.name.name;
	const struct sch_constraint *c =
		constraint_named(schema_snapshot_table(e->before, q), name);
	enum constraint_kind kind;

	if (op->u.drop_constraint.has_kind)
		kind = op->u.drop_constraint.kind;
	else if (c)
		kind = c->kind;
	else {
		if (e->depth)	/* else the model said it has no such constraint */
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
				   "%s drops a constraint by its kind, and the kind of '%s' "
				   "is not known here: say 'type ...'", e->d->rules.name, name);
		return false;
	}
	if ((kind == CON_PRIMARY_KEY || kind == CON_UNIQUE) && c) {
		const struct sch_constraint *fk =
			needed_by_fk(schema_snapshot_table(e->before, q), NULL, c);
		if (fk) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
				   "%s keeps an index for foreign key '%s' and %s '%s' is "
				   "it: drop the foreign key first (or make another index on "
				   "its columns)", e->d->rules.name,
				   fk->name ? fk->name : "(unnamed)",
				   kind == CON_PRIMARY_KEY ? "primary key" : "unique constraint",
				   name);
			return false;
		}
	}
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, q);
	switch (kind) {
	case CON_FOREIGN_KEY:
		emit_raw(e, " DROP FOREIGN KEY ");
		emit_ident(e, name);
		emit_end(e);
		drop_fk_index(e, q, schema_snapshot_table(e->before, q), c);
		return true;
	case CON_PRIMARY_KEY:
		emit_raw(e, " DROP PRIMARY KEY");
		break;
	case CON_UNIQUE:
		emit_raw(e, " DROP INDEX ");
		emit_ident(e, name);
		break;
	case CON_CHECK:
		emit_raw(e, " DROP CONSTRAINT ");
		emit_ident(e, name);
		break;
	case CON_EXCLUDE:
		sbuf_reset(&e->stmt);
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "an exclusion constraint is not supported by %s", e->d->rules.name);
		return false;
	}
	emit_end(e);
	return true;
}

/* The names MySQL gives what a migration left unnamed: a foreign key
 * TABLE_ibfk_N, a primary key PRIMARY.  A CHECK is TABLE_chk_N on MySQL and
 * CONSTRAINT_N on MariaDB, and a unique key's name depends on the indexes
 * foreign keys made before it: those are not told. */
static const char *mysql_auto_constraint_name(struct arena *a, enum constraint_kind kind,
					      const char *table, const char *const *columns,
					      size_t ncolumns,
					      bool (*taken)(const void *ctx, const char *name),
					      const void *ctx)
{
	char *name;
	int n;

	(void)columns;
	(void)ncolumns;
	switch (kind) {
	case CON_PRIMARY_KEY:
		return "PRIMARY";
	case CON_FOREIGN_KEY:
		for (n = 1;; n++) {
			name = arena_printf(a, "%s_ibfk_%d", table, n);
			if (!taken || !taken(ctx, name))
				return name;
		}
	case CON_UNIQUE:	/* its first column's name, unless the index a foreign
				 * key made took it first: not told */
	case CON_CHECK:
	case CON_EXCLUDE:
		return NULL;
	}
	UNREACHABLE();
}

/* A table renamed renames its foreign keys named OLD_ibfk_N, whoever
 * named them, to NEW_ibfk_N (MySQL's and MariaDB's RENAME TABLE). */
static const char *mysql_renamed_constraint_name(struct arena *a, enum constraint_kind kind,
						 const char *name, const char *from,
						 const char *to)
{
	size_t len = strlen(from);

	if (kind != CON_FOREIGN_KEY || strncmp(name, from, len) != 0 ||
	    strncmp(name + len, "_ibfk_", 6) != 0)
		return NULL;
	return arena_printf(a, "%s%s", to, name + len);
}

/* ---- indexes ---- */

/* The virtual column an expression element of an index is computed into. */
static const char *expr_column(struct emitter *e, const char *index, size_t k)
{
	return arena_printf(e->arena, "_%s_%zu", index, k + 1);
}

/* Its type, for the virtual column: known where the expression is one of
 * the functions that keep their argument's type (lower(email), trim(name),
 * coalesce(author, '')) applied to the one column it names.  Anything else
 * (length(title) + 1) would need a type the language does not say. */
static const struct sch_column *expr_source(struct emitter *e, const struct sch_table *t,
					    const char *expr)
{
	static const char *const same_type[] = {
		"coalesce", "ifnull", "lower", "ltrim", "rtrim", "trim", "upper",
	};
	const struct sch_column *found = NULL;
	size_t i, len = strlen(expr), at, n;
	struct sqlscan sc;
	struct sqltok fn, k;

	/* the call must be the whole expression */
	sqlscan_init(&sc, &e->d->rules.sql, expr, len);
	if (!sqlscan_next(&sc, &fn) || fn.kind != SQLTOK_WORD ||
	    !util_word_in(same_type, ARRAY_LEN(same_type), expr + fn.start, fn.len) ||
	    !sqlscan_next(&sc, &k) || !sqltok_punct(expr, &k, '(') ||
	    !sqlscan_enclosed(&e->d->rules.sql, expr + k.start, len - k.start, &at, &n))
		return NULL;
	for (i = 0; i < t->ncolumns; i++) {
		if (!schema_sql_mentions(e->model, expr, t->columns[i]->name))
			continue;
		if (found)
			return NULL;
		found = t->columns[i];
	}
	return found;
}

/* The longest string literal of a fragment, in characters. */
static long longest_string(struct emitter *e, const char *expr)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf v = SBUF_INIT;
	long most = 0;

	sqlscan_init(&sc, &e->d->rules.sql, expr, strlen(expr));
	while (sqlscan_next(&sc, &t)) {
		long n = 0;
		size_t i;
		if (t.kind != SQLTOK_STRING)
			continue;
		sbuf_reset(&v);
		sqltok_value(&e->d->rules.sql, expr, &t, &v);
		for (i = 0; i < v.len; i++)	/* characters: UTF-8 lead bytes */
			n += ((unsigned char)v.buf[i] & 0xC0) != 0x80;
		if (n > most)
			most = n;
	}
	sbuf_release(&v);
	return most;
}

static bool long_key(struct emitter *e, const struct type *t, struct span sp, const char *col)
{
	if (!is_long_type(t))
		return false;
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
		   "%s cannot index the %s column '%s' without a length: make it "
		   "string(n)", e->d->rules.name, ir_type_name(t->kind), col);
	return true;
}

/* A prefix is of a string, text or binary column, and no longer than a
 * string's length: "Incorrect prefix key" otherwise. */
static void prefix_fits(struct emitter *e, const struct sch_column *c,
			const struct index_colopt *len)
{
	const struct type *t = dialect_resolve_enum(e, c->type);
	long n = strtol(len->text, NULL, 10);
	bool stringy = t->kind == TY_STRING || t->kind == TY_UNICODE || t->kind == TY_CHAR;

	if (!stringy && t->kind != TY_TEXT && t->kind != TY_UNICODE_TEXT && t->kind != TY_BINARY)
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, len->column.span,
			   "%s indexes a prefix only of a string, text or binary column, and "
			   "'%s' is %s", e->d->rules.name, c->name, ir_type_name(t->kind));
	else if (stringy && t->length > 0 && n > t->length)
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, len->column.span,
			   "the prefix of '%s' is longer than the column (%ld > %ld): %s refuses it",
			   c->name, n, t->length, e->d->rules.name);
}

static bool mysql_create_index(struct emitter *e, const struct op *op)
{
	const struct index_def *ix = &op->u.index;
	const struct sch_table *t = e->model && ix->table.name ?
		schema_table(e->model, &ix->table) : NULL;
	const struct index_elem *x;
	size_t k;
	int errs = e->diag->nerrors;

	if (ix->where) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "a partial index is not supported by %s", e->d->rules.name);
		return false;
	}
	if (ix->using_method || ix->concurrently) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span, "%s is not "
			   "supported by %s", ix->concurrently ? "creating an index "
			   "concurrently" : "an index method ('using')", e->d->rules.name);
		return false;
	}
	if (!dialect_index_options_ok(e, ix))
		return false;
	if (!t)
		return dialect_emit_generic(e, op);	/* no model: as written */
	dialect_check_new_name(e, ix->name.name, ix->name.span);
	for (x = ix->elems, k = 0; x; x = x->next, k++) {
		const struct sch_column *c;
		const struct index_colopt *len;
		if (x->nulls != NULLS_UNSET) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, x->span,
				   "NULLS FIRST/LAST in an index is not supported by %s",
				   e->d->rules.name);
			continue;
		}
		if (x->column.name) {
			c = schema_column(t, x->column.name);
			len = ir_index_colopt(ix->lengths, x->column.name);
			if (c && len)
				prefix_fits(e, c, len);
			else if (c)
				long_key(e, c->type, x->span, c->name);
			continue;
		}
		if (!(c = expr_source(e, t, x->expr))) {
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, x->span,
				   "%s indexes an expression through a virtual column, which "
				   "needs the expression's type: retort knows it for lower, upper, "
				   "trim, ltrim, rtrim, coalesce and ifnull of one column",
				   e->d->rules.name);
			continue;
		}
		if (long_key(e, c->type, x->span, c->name))
			continue;
		dialect_check_new_name(e, expr_column(e, ix->name.name, k), x->span);
		if (e->diag->nerrors != errs)
			continue;
		/* the virtual column, in a statement of its own */
		emit_begin(e);
		emit_raw(e, "ALTER TABLE ");
		emit_qname(e, &ix->table);
		emit_raw(e, " ADD COLUMN ");
		emit_ident(e, expr_column(e, ix->name.name, k));
		emit_raw(e, " ");
		if (c->type->kind == TY_ENUM) {
			/* a string, which lower(m) of an enum is: typed as the
			 * enum, it would hold only the values the enum had
			 * when it was made (alter_enum changes the column, and
			 * 'Sad' is no value for lower() to give) */
			emit_raw(e, "VARCHAR(255)");
		} else {
			struct sbuf ty = SBUF_INIT;
			struct type wide = *dialect_resolve_enum(e, c->type);
			long lit = longest_string(e, x->expr);
			/* coalesce(code, 'none-given'): the literal must fit too */
			if (wide.length > 0 && lit > wide.length)
				wide.length = lit;
			mysql_type_sql(e, &wide, &ty);
			emit_raw(e, sbuf_str(&ty));
			sbuf_release(&ty);
		}
		emit_raw(e, " AS (");
		emit_sql(e, x->expr);
		emit_raw(e, ") VIRTUAL");
		emit_end(e);
	}
	if (e->diag->nerrors != errs)
		return false;
	emit_begin(e);
	emit_raw(e, ix->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	emit_ident(e, ix->name.name);
	emit_raw(e, " ON ");
	emit_qname(e, &ix->table);
	emit_raw(e, " (");
	for (x = ix->elems, k = 0; x; x = x->next, k++) {
		const struct index_colopt *len = x->column.name ?
			ir_index_colopt(ix->lengths, x->column.name) : NULL;
		if (k)
			emit_raw(e, ", ");
		emit_ident(e, x->column.name ? x->column.name : expr_column(e, ix->name.name, k));
		if (len)
			emit_fmt(e, "(%s)", len->text);
		if (x->order == SORT_ASC)
			emit_raw(e, " ASC");
		else if (x->order == SORT_DESC)
			emit_raw(e, " DESC");
	}
	emit_raw(e, ")");
	emit_end(e);
	return true;
}

/* DROP INDEX, and the virtual columns its expressions were computed in. */
static void drop_index_sql(struct emitter *e, const struct qname *table,
			   const struct sch_index *ix)
{
	const struct index_elem *x;
	size_t k;

	emit_begin(e);
	emit_raw(e, "DROP INDEX ");
	emit_ident(e, ix->name);
	emit_raw(e, " ON ");
	emit_qname(e, table);
	emit_end(e);
	for (x = ix->def->elems, k = 0; x; x = x->next, k++) {
		if (x->column.name)
			continue;
		emit_begin(e);
		emit_raw(e, "ALTER TABLE ");
		emit_qname(e, table);
		emit_raw(e, " DROP COLUMN ");
		emit_ident(e, expr_column(e, ix->name, k));
		emit_end(e);
	}
}

static bool mysql_drop_index(struct emitter *e, const struct op *op)
{
	const struct sch_table *t = NULL;
	const struct sch_index *ix = NULL;
	const struct sch_constraint *fk;
	struct qname table = op->u.index.table;
	size_t i;

	if (op->u.index.concurrently) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "dropping an index concurrently is not supported by %s",
			   e->d->rules.name);
		return false;
	}
	/* the table that held it, and the index, as they were */
	if (table.name) {
		t = schema_snapshot_table(e->before, &table);
	} else if (e->before && e->model) {
		size_t n;
		for (n = 0; n < e->model->ntables && !t; n++) {
			const struct sch_table *c = schema_snapshot_table(e->before,
									  &e->model->table_list[n]->name);
			for (i = 0; c && i < c->nindexes; i++)
				if (strcmp(c->indexes[i]->name, op->u.index.name.name) == 0)
					t = c;
		}
		if (t)
			table = t->name;
	}
	for (i = 0; t && i < t->nindexes; i++)
		if (strcmp(t->indexes[i]->name, op->u.index.name.name) == 0)
			ix = t->indexes[i];
	if (!t || !ix) {
		/* the model said it has no such index, or it was made in the
		 * same block as this drop, after the block's tables were kept */
		if (e->depth)	/* else the model said so */
			diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
				   "%s drops an index by its table, and where index '%s' "
				   "was is not known here (made in this same block?)",
				   e->d->rules.name,
				   op->u.index.name.name);
		return false;
	}
	if ((fk = needed_by_fk(t, ix, NULL)) != NULL) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, op->span,
			   "%s keeps an index for foreign key '%s' and '%s' is it: drop "
			   "the foreign key first (or make another index on its columns)",
			   e->d->rules.name,
			   fk->name ? fk->name : "(unnamed)", ix->name);
		return false;
	}
	drop_index_sql(e, &table, ix);
	return true;
}

/* A column a foreign key of its own table uses goes with the key: MySQL
 * refuses to drop a column a foreign key needs, where PostgreSQL drops the
 * key along.  An expression index on the column goes first too, with its
 * virtual columns, which MySQL would not let the column leave. */
static bool mysql_drop_column(struct emitter *e, const struct op *op)
{
	const struct sch_table *t = schema_snapshot_table(e->before, &op->u.drop_column.table);
	const char *col = op->u.drop_column.column.name;
	size_t i, j;

	for (i = 0; t && e->model && i < t->nindexes; i++) {
		const struct sch_index *ix = t->indexes[i];
		const struct index_elem *x;
		bool expr = false, uses = false;
		for (x = ix->def->elems; x; x = x->next) {
			expr |= !x->column.name;
			uses |= x->column.name ? strcmp(x->column.name, col) == 0 :
				schema_sql_mentions(e->model, x->expr, col);
		}
		if (expr && uses)
			drop_index_sql(e, &op->u.drop_column.table, ix);
	}

	for (i = 0; t && i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (c->kind != CON_FOREIGN_KEY || !c->name)
			continue;
		for (j = 0; j < c->ncolumns; j++)
			if (strcmp(c->columns[j], col) == 0)
				break;
		if (j == c->ncolumns)
			continue;
		emit_begin(e);
		emit_raw(e, "ALTER TABLE ");
		emit_qname(e, &op->u.drop_column.table);
		emit_raw(e, " DROP FOREIGN KEY ");
		emit_ident(e, c->name);
		emit_end(e);
	}
	return dialect_emit_generic(e, op);
}

/* A key (primary, unique, foreign) needs an index, and MySQL indexes a
 * TEXT, BLOB or JSON column only by a prefix length, which the language
 * does not say: an error at the op, for the keys of t that name `only`
 * (NULL: every key of t). */
static bool keys_fit(struct emitter *e, const struct qname *q, const char *only,
		     struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	size_t i, j;
	bool ok = true;

	for (i = 0; t && i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (c->kind != CON_PRIMARY_KEY && c->kind != CON_UNIQUE && c->kind != CON_FOREIGN_KEY)
			continue;
		for (j = 0; j < c->ncolumns; j++) {
			const struct sch_column *col = schema_column(t, c->columns[j]);
			if (!col || (only && strcmp(only, c->columns[j]) != 0))
				continue;
			if (is_long_type(col->type)) {
				diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
					   "%s cannot make a key on the %s column '%s' (it "
					   "indexes those only by a prefix): make it string(n)",
					   e->d->rules.name,
					   ir_type_name(col->type->kind), col->name);
				ok = false;
			}
		}
	}
	return ok;
}

/* The indexes of t on the column, which a change of its type to TEXT,
 * BLOB or JSON would leave unfit (see keys_fit). */
static bool indexes_fit(struct emitter *e, const struct qname *q, const char *column,
			struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	const struct sch_column *col = t ? schema_column(t, column) : NULL;
	const struct index_elem *x;
	size_t i;

	for (i = 0; col && i < t->nindexes; i++)
		for (x = t->indexes[i]->def->elems; x; x = x->next)
			if (x->column.name && strcmp(x->column.name, column) == 0 &&
			    !ir_index_colopt(t->indexes[i]->def->lengths, column) &&
			    long_key(e, col->type, sp, column))
				return false;
	return true;
}

/* MySQL's type for t without a length: what a foreign key compares (the
 * length of a string may differ between the two ends; nothing else may). */
static const char *key_type(struct emitter *e, const struct type *t, struct sbuf *sb)
{
	struct type c = *dialect_resolve_enum(e, t);
	struct diag quiet = DIAG_INIT, *said = e->diag;

	sbuf_reset(sb);
	if (c.kind == TY_STRING || c.kind == TY_UNICODE || c.kind == TY_CHAR) {
		sbuf_adds(sb, c.kind == TY_CHAR ? "CHAR" : "VARCHAR");
		return sbuf_str(sb);
	}
	e->diag = &quiet;	/* what is wrong with the type was said where it was made */
	mysql_type_sql(e, &c, sb);
	e->diag = said;
	diag_release(&quiet);
	return sbuf_str(sb);
}

/* MySQL refuses a foreign key whose two ends differ in type (INTEGER and
 * BIGINT, DATE and DATETIME), where PostgreSQL only asks that they
 * compare: an error at the op, for the foreign keys of t that name `only`
 * (NULL: all of them). */
static bool fk_types_match(struct emitter *e, const struct qname *q, const char *only,
			   struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	size_t i, j;
	bool ok = true;

	for (i = 0; t && i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		const struct sch_table *to;
		if (c->kind != CON_FOREIGN_KEY || !(to = schema_table(e->model, &c->ref_table)))
			continue;
		for (j = 0; j < c->ncolumns && j < c->nref_columns; j++) {
			const struct sch_column *from = schema_column(t, c->columns[j]);
			const struct sch_column *other = schema_column(to, c->ref_columns[j]);
			if (!from || !other || (only && strcmp(only, from->name) != 0))
				continue;
			if (strcmp(key_type(e, from->type, &a), key_type(e, other->type, &b)) != 0) {
				diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp,
					   "%s needs a foreign key's two ends to have one type: "
					   "'%s.%s' is %s and '%s.%s' is %s", e->d->rules.name,
					   t->key, from->name,
					   sbuf_str(&a), to->key, other->name, sbuf_str(&b));
				ok = false;
			}
		}
	}
	sbuf_release(&a);
	sbuf_release(&b);
	return ok;
}

/* MySQL and MariaDB refuse a CHECK that uses an AUTO_INCREMENT column
 * (MariaDB's error 1901, MySQL's 3818): check of table q, at sp. */
static bool check_fits(struct emitter *e, const struct qname *q, const char *check,
		       struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	size_t i;

	for (i = 0; t && check && i < t->ncolumns; i++) {
		if (!t->columns[i]->autoincrement ||
		    !schema_sql_mentions(e->model, check, t->columns[i]->name))
			continue;
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "mysql refuses a check "
			   "that uses the autoincrement column '%s'", t->columns[i]->name);
		return false;
	}
	return true;
}

static bool mysql_create_check(struct emitter *e, const struct op *op)
{
	return check_fits(e, &op->u.constraint.table, op->u.constraint.con.check,
			  op->u.constraint.con.span) &&
	       dialect_emit_generic(e, op);
}

/* An enum is each column's own ENUM(...): every column of it is restated
 * with the new list.  A renamed value's rows are renamed in between, with
 * the list holding both names, as MODIFY would refuse a row whose value
 * the new list lacks.  A foreign key between such columns goes first and
 * comes back last. */
static bool mysql_alter_enum(struct emitter *e, const struct op *op)
{
	const struct type *after = dialect_enum_after(e, op);
	size_t i, j;
	bool ok = true;

	if (!after)
		return false;	/* the model said why */
	/* MySQL changes no column a foreign key joins (error 1832, 1833) */
	if (!dialect_enum_fks(e, op, false, "DROP FOREIGN KEY "))
		return false;
	for (i = 0; i < e->model->ntables; i++) {
		const struct sch_table *t = e->model->table_list[i];
		for (j = 0; !t->dropped && j < t->ncolumns; j++) {
			const struct sch_column *c = t->columns[j];
			if (!schema_alter_enum_column(e->model, op, t, c))
				continue;
			if (op->u.alter_enum.change == ENUM_RENAME_VALUE) {
				struct sch_column both = *c;
				int errs = e->diag->nerrors;
				both.type = dialect_enum_before(e, op, after, true);
				emit_begin(e);
				emit_raw(e, "ALTER TABLE ");
				emit_qname(e, &t->name);
				emit_raw(e, " MODIFY ");
				emit_model_column(e, &both);
				if (e->diag->nerrors != errs) {
					sbuf_reset(&e->stmt);
					return false;
				}
				emit_end(e);
				dialect_enum_rename_rows(e, &t->name, c->name, op);
			}
			ok &= restate_column(e, &t->name, c->name, c->name);
		}
	}
	return dialect_enum_fks(e, op, true, NULL) && ok;
}

/* MySQL numbers one column of a table, and only one that leads a key:
 * "there can be only one auto column and it must be defined as a key".
 * Of the table q as the model has it after the op, at sp. */
static bool auto_column_fits(struct emitter *e, const struct qname *q, struct span sp)
{
	const struct sch_table *t = e->model ? schema_table(e->model, q) : NULL;
	const struct sch_column *a = NULL;
	size_t i, n = 0;

	for (i = 0; t && i < t->ncolumns; i++) {
		enum type_kind k = t->columns[i]->type->kind;
		if (!t->columns[i]->autoincrement ||
		    (k != TY_INTEGER && k != TY_BIGINT && k != TY_SMALLINT))
			continue;	/* (not numbered: its type is the error) */
		if (n++ == 0)
			a = t->columns[i];
	}
	if (n > 1) {
		diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "%s numbers one column "
			   "of a table: '%s' has %zu autoincrement or identity columns",
			   e->d->rules.name, t->key, n);
		return false;
	}
	if (!a || schema_leads_key(t, a->name, true))
		return true;
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, sp, "%s numbers only a column "
		   "that leads a key: make '%s.%s' the primary key, or the first column of a "
		   "unique constraint or index, first", e->d->rules.name, t->key, a->name);
	return false;
}

/* ALTER TABLE t AUTO_INCREMENT=N: where the counter begins (the server
 * takes it as the next value, or the one after the highest row). */
static void mysql_identity_start(struct emitter *e, const struct qname *table,
				 const char *column, const struct identity *id)
{
	(void)column;
	emit_begin(e);
	emit_raw(e, "ALTER TABLE ");
	emit_qname(e, table);
	emit_fmt(e, " AUTO_INCREMENT=%s", id->start);
	emit_end(e);
}

/* Where create_table makes its autoincrement columns: the second one's, or
 * the first's (its identity, where it is one); else the table's name. */
static struct span auto_span(const struct op *op)
{
	const struct column *c, *at = NULL;
	int n = 0;

	for (c = op->u.table.columns; c && n < 2; c = c->next)
		if (c->autoincrement && n++ < 2)
			at = c;
	if (!at)
		return op->u.table.name.span;
	return at->identity.kind ? at->identity.span : at->span;
}

/* A foreign key of a table in a database of its own reads an unqualified
 * table there, not in the connection's database, whose name the script
 * does not know: the referenced table must be qualified too. */
static bool fk_database_ok(struct emitter *e, const struct qname *child, const struct fkref *r)
{
	if (!child->schema || r->table.schema)
		return true;
	diag_error(e->diag, DIAG_DIALECT_UNSUPPORTED, e->src, r->table.span, "a foreign key of "
		   "'%s.%s' to '%s' is not supported by %s: it would read '%s' in database '%s' "
		   "(the table's), and the connection's database has no name a script can say",
		   child->schema, child->name, r->table.name, e->d->rules.name, r->table.name,
		   child->schema);
	return false;
}

static bool mysql_create_table(struct emitter *e, const struct op *op)
{
	const struct constraint *k;
	const struct column *c;
	const struct sch_table *t = e->model ? schema_table(e->model, &op->u.table.name) : NULL;
	bool ok = true;

	size_t i;

	/* the table the model has is this op's (not one it found already there) */
	if (t && t->created.file == e->src && t->created.span.start == op->u.table.name.span.start) {
		ok &= keys_fit(e, &op->u.table.name, NULL, op->u.table.name.span);
		ok &= fk_types_match(e, &op->u.table.name, NULL, op->u.table.name.span);
		for (c = op->u.table.columns; c; c = c->next)
			if (c->references)
				ok &= fk_database_ok(e, &op->u.table.name, c->references);
		for (k = op->u.table.constraints; k; k = k->next)
			if (k->kind == CON_FOREIGN_KEY)
				ok &= fk_database_ok(e, &op->u.table.name, &k->ref);
		ok &= auto_column_fits(e, &op->u.table.name, auto_span(op));
	} else {
		t = NULL;
	}
	for (k = op->u.table.constraints; k; k = k->next)
		if (k->kind == CON_CHECK)
			ok &= check_fits(e, &op->u.table.name, k->check, k->span);
	if (!dialect_emit_generic(e, op) || !ok)	/* its own errors too */
		return false;
	/* the index of a key named TABLE_ibfk_N is named as an unnamed key's
	 * (fk_index_name) */
	for (i = 0; t && i < t->nconstraints; i++) {
		const struct sch_constraint *fk = t->constraints[i];
		if (fk->kind != CON_FOREIGN_KEY || fk->auto_named || !ibfk_name(fk->name) ||
		    fk_covered(t, fk) || strcmp(fk->name, fk->columns[0]) == 0)
			continue;
		emit_begin(e);
		emit_raw(e, "ALTER TABLE ");
		emit_qname(e, &op->u.table.name);
		emit_raw(e, " RENAME INDEX ");
		emit_ident(e, fk->name);
		emit_raw(e, " TO ");
		emit_ident(e, fk->columns[0]);
		emit_end(e);
	}
	return true;
}

static bool mysql_add_column(struct emitter *e, const struct op *op)
{
	const struct column *c = &op->u.add_column.column;

	bool ok = keys_fit(e, &op->u.add_column.table, c->name.name, c->span);

	ok &= fk_types_match(e, &op->u.add_column.table, c->name.name, c->span);
	if (c->references)
		ok &= fk_database_ok(e, &op->u.add_column.table, c->references);
	if (c->autoincrement)
		ok &= auto_column_fits(e, &op->u.add_column.table, c->span);
	return ok && dialect_emit_generic(e, op);
}

static bool mysql_add_constraint(struct emitter *e, const struct op *op)
{
	const struct identlist *cols = &op->u.constraint.con.columns;
	const struct ident *id;
	bool ok = true;

	if (op->kind == OP_CREATE_FOREIGN_KEY &&
	    !fk_database_ok(e, &op->u.constraint.table, &op->u.constraint.con.ref))
		return false;

	for (id = cols->head; id; id = id->next) {
		ok &= keys_fit(e, &op->u.constraint.table, id->name, op->span);
		if (op->kind == OP_CREATE_FOREIGN_KEY)
			ok &= fk_types_match(e, &op->u.constraint.table, id->name, op->span);
	}
	/* the index an unnamed key would get (fk_index_name): the key made
	 * unnamed where MySQL would give it this name, else the index made
	 * first under that name */
	if (ok && op->kind == OP_CREATE_FOREIGN_KEY && ibfk_name(op->u.constraint.con.name.name) &&
	    e->model) {
		const struct sch_table *t = schema_table(e->model, &op->u.constraint.table);
		const struct sch_constraint *fk = constraint_named(t, op->u.constraint.con.name.name);
		size_t k;
		if (t && fk && ibfk_next(t, fk)) {
			struct op unnamed = *op;
			unnamed.u.constraint.con.name.name = NULL;
			return dialect_emit_generic(e, &unnamed);
		}
		if (t && fk && !fk_covered(t, fk)) {
			emit_begin(e);
			emit_raw(e, "CREATE INDEX ");
			emit_ident(e, fk->columns[0]);
			emit_raw(e, " ON ");
			emit_qname(e, &op->u.constraint.table);
			emit_raw(e, " (");
			for (k = 0; k < fk->ncolumns; k++) {
				if (k)
					emit_raw(e, ", ");
				emit_ident(e, fk->columns[k]);
			}
			emit_raw(e, ")");
			emit_end(e);
		}
	}
	return dialect_emit_generic(e, op) && ok;
}

/* The ops whose form depends on what they remove; in a block, the tables
 * as the block found them. */
static bool mysql_wants_before(const struct op *op)
{
	const struct op *o;

	switch (op->kind) {
	case OP_DROP_CONSTRAINT:
	case OP_DROP_INDEX:
	case OP_DROP_COLUMN:
		return true;
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_WHEN:
		for (o = op->u.block.body.head; o; o = o->next)
			if (mysql_wants_before(o))
				return true;
		return false;
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
	case OP_CREATE_TABLE:
	case OP_DROP_TABLE:
	case OP_RENAME_TABLE:
	case OP_ADD_COLUMN:
	case OP_ALTER_COLUMN:
	case OP_CREATE_INDEX:
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
	case OP_ALTER_ENUM:
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
	case OP_BULK_INSERT:
	case OP_EXECUTE:
	case OP_ASSUME:
		return false;
	}
	UNREACHABLE();
}

/* What information_schema reports for a type MySQL takes under another
 * name: CHAR is char(1), NUMERIC decimal(10,0), NUMERIC(p) scale 0. */
static const struct type *mysql_stored_type(const struct schema *m, struct arena *a,
					    const struct type *t, bool autoincrement)
{
	struct type *r;

	(void)m;
	(void)autoincrement;
	if (!(t->kind == TY_CHAR && t->length < 0) &&
	    !(t->kind == TY_NUMERIC && t->scale == TYPE_NO_SCALE))
		return t;
	r = ARENA_NEW(a, struct type);
	*r = *t;
	if (t->kind == TY_CHAR) {
		r->length = 1;
	} else {
		if (r->precision < 0)
			r->precision = 10;
		r->scale = 0;
	}
	return r;
}

/* RESTRICT is what InnoDB does when a key says nothing (and for NO ACTION
 * and SET DEFAULT, which it takes and does not keep). */
static enum fk_action mysql_stored_action(enum fk_action act)
{
	return act == FK_ACTION_NO_ACTION || act == FK_ACTION_SET_DEFAULT ? FK_ACTION_RESTRICT
									 : act;
}

/* How MySQL reads a name: column names keep their case unquoted. */
SQLSCAN_WORDS(mysql_words, mysql_reserved);
#define MYSQL_NAMES .fold_lower = false, .words = &mysql_words

const struct dialect dialect_mysql = {
	.rules = {
		.name = "mysql",
		.sql = { SQLSCAN_FRAGMENT_FORMS, MYSQL_NAMES },
		.max_ident_len = 64,
		.auto_constraint_name = mysql_auto_constraint_name,
		.renamed_constraint_name = mysql_renamed_constraint_name,
		/* a view or trigger keeps the names it was made with: a
		 * rename breaks it; one trigger name per database */
		.views_follow_renames = false,
		.views_pin_types = false,
		.trigger_names_per_table = false,
		.view_columns_keep_names = false,
		.triggers_hold_bodies = true,
		.relations_are_types = false,
		.default_schema = NULL,
		.max_enum_label = 0,
		.indexes_are_relations = false,
		.cast_needs_using = NULL,
	},
	/* the default sql_mode: "x" is a string, backslashes escape */
	.native = { .quote = '`', .backquote_names = true, .dquote_strings = true,
		    .backslash_escapes = true, .hash_comments = true, .dash_needs_space = true,
		    .pipes_are_or = true, .caret_is_xor = true,
		    MYSQL_NAMES },
	.alias = "mariadb",	/* mariadb:// URLs; one dialect: the syntax both take */
	.index_caps = INDEXCAP_PREFIX,
	.caps = CAP_ALTER_COLUMN_TYPE | CAP_ALTER_CONSTRAINTS | CAP_EXPRESSION_INDEX | CAP_SCHEMAS |
		CAP_INLINE_COMMENTS | CAP_ENUM_TYPE | CAP_FK_NEEDS_INDEX | CAP_FK_PINS_KEY |
		CAP_SHOWS_AUTOINCREMENT | CAP_PK_NAME_FIXED | CAP_UNIQUE_IS_INDEX |
		CAP_REPLACE_VIEW | CAP_CLIENT_SPLITS,
		/* not CAP_INLINE_REFERENCES: MySQL ignores a column's REFERENCES */
	.builtin_types = NULL,
	.nbuiltin_types = 0,
	.names_no_trailing_blank = true,
	.names_bmp_only = true,
	.names_no_crlf = true,
	.max_column_comment = 1024,
	.max_table_comment = 2048,
	.comments_bmp_only = true,
	.session_setup = mysql_session,
	.begin_transaction = NULL,
	.commit_transaction = NULL,
	.type_sql = mysql_type_sql,
	.column_type_sql = mysql_column_type_sql,
	.says_null = mysql_says_null,
	.stored_type = mysql_stored_type,
	.stored_action = mysql_stored_action,
	.default_sql = mysql_default_sql,
	.table_options_sql = mysql_table_options,
	.comment_fallback = mysql_comment,
	.wants_before = mysql_wants_before,
	/* AUTO_INCREMENT takes any value given, steps by the server's
	 * auto_increment_increment, and begins at the table's AUTO_INCREMENT */
	/* a schema is a database: RENAME TO an unqualified name moves the
	 * table to the connection's database */
	.schemas_are_databases = true,
	.identity_no_always = true,
	.identity_no_increment = true,
	.identity_start_sql = mysql_identity_start,
	.emit = {
		[OP_CREATE_TABLE] = mysql_create_table,
		[OP_ADD_COLUMN] = mysql_add_column,
		[OP_CREATE_PRIMARY_KEY] = mysql_add_constraint,
		[OP_CREATE_UNIQUE_CONSTRAINT] = mysql_add_constraint,
		[OP_CREATE_FOREIGN_KEY] = mysql_add_constraint,
		[OP_CREATE_CHECK_CONSTRAINT] = mysql_create_check,
		[OP_ALTER_ENUM] = mysql_alter_enum,
		[OP_ALTER_COLUMN] = mysql_alter_column,
		[OP_DROP_CONSTRAINT] = mysql_drop_constraint,
		[OP_CREATE_INDEX] = mysql_create_index,
		[OP_DROP_INDEX] = mysql_drop_index,
		[OP_DROP_COLUMN] = mysql_drop_column,
	},
};
