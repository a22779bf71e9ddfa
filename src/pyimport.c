/* retort import: Alembic's revisions (Python, read by pyparse.c, never
 * run) into the migration language.  Each revision file's module-level
 * names give the header; each statement of upgrade() and downgrade() is
 * converted to the IR (and written by irwrite, the one writer of the
 * language), or, where it cannot be, written as its Python lines in a
 * comment with a `todo` statement after them, and listed in the summary.
 * Names are resolved through the file's imports (sa.Column is
 * sqlalchemy.Column however it was imported); a name from anywhere else
 * is the application's, and what uses it is left for a person. */
#include "pyimport.h"
#include "arena.h"
#include "ir.h"
#include "irwrite.h"
#include "parse.h"
#include "pyparse.h"
#include "sqlscan.h"
#include "srcfile.h"
#include "status.h"
#include "strmap.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- one file's conversion ---- */

struct conv {
	struct arena *a;
	struct srcfile *src;
	const char *shown;		/* the file as messages name it */
	struct strmap *alias;		/* a name the imports bind -> its dotted path */
	struct strmap *consts;		/* a module-level name -> the value assigned */
	const char *batch_var;		/* in `with op.batch_alter_table(...) as X`: X */
	struct strmap *enums;		/* in upgrade() or downgrade(): the enums
					 * made so far (by name) */
	bool saw_mariadb;		/* dialect_test: "mariadb" was named */
	bool autocommit;		/* an autocommit_block() was read: the
					 * revision is `transactional false` */
	const char *dialect_var;	/* in upgrade() or downgrade(), after
					 * `X = op.get_context().dialect.name`: X */
	struct sbuf *places;		/* "file.py:line:col: what\n" each */
	size_t nplaces;
	const char *why;		/* why the statement at hand is not converted */
};

static const struct span nowhere;

/* A statement is not converted: why (the first reason given wins). */
static bool refuse(struct conv *c, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static bool refuse(struct conv *c, const char *fmt, ...)
{
	va_list ap;
	struct sbuf sb = SBUF_INIT;

	if (c->why)
		return false;
	va_start(ap, fmt);
	sbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	c->why = arena_strdup(c->a, sbuf_str(&sb));
	sbuf_release(&sb);
	return false;
}

/* s, a SQL fragment the importer is to write, or NULL (refused) where the
 * compiler would refuse it: the databases would read it each its own way. */
static const char *fragment(struct conv *c, const char *s)
{
	struct sbuf why = SBUF_INIT;

	if (s && sqlscan_fragment_fault(s, &why)) {
		refuse(c, "%s", sbuf_str(&why));
		s = NULL;
	}
	sbuf_release(&why);
	return s;
}

/* ---- names ---- */

/* The dotted path a name or attribute chain stands for, through the
 * imports, with SQLAlchemy's modules folded (sqlalchemy.types.Integer and
 * sqlalchemy.sql.expression.text are sqlalchemy.Integer and
 * sqlalchemy.text; a dialect's types are pg.X, mysql.X, sqlite.X); the
 * batch's variable is "batch".  NULL when n is no such chain. */
static const char *canon(struct conv *c, const struct py_node *n)
{
	static const char *const folds[][2] = {
		{ "sqlalchemy.dialects.postgresql.", "pg." },
		{ "sqlalchemy.dialects.mysql.", "mysql." },
		{ "sqlalchemy.dialects.sqlite.", "sqlite." },
		{ "sqlalchemy.sql.expression.", "sqlalchemy." },
		{ "sqlalchemy.sql.sqltypes.", "sqlalchemy." },
		{ "sqlalchemy.sql.schema.", "sqlalchemy." },
		{ "sqlalchemy.sql.", "sqlalchemy." },
		{ "sqlalchemy.types.", "sqlalchemy." },
		{ "sqlalchemy.schema.", "sqlalchemy." },
		{ "alembic.op.", "op." },
	};
	const char *d = n ? py_dotted(c->a, n) : NULL, *dot, *bound;
	size_t i, k;

	if (!d)
		return NULL;
	dot = strchr(d, '.');
	k = dot ? (size_t)(dot - d) : strlen(d);
	if (c->batch_var && strlen(c->batch_var) == k && strncmp(d, c->batch_var, k) == 0)
		return arena_printf(c->a, "batch%s", d + k);
	bound = strmap_get(c->alias, arena_strndup(c->a, d, k));
	if (!bound)
		return arena_printf(c->a, "?%s", d);	/* the application's, or unknown */
	d = arena_printf(c->a, "%s%s", bound, d + k);
	for (i = 0; i < ARRAY_LEN(folds); i++) {
		size_t len = strlen(folds[i][0]);
		if (strncmp(d, folds[i][0], len) == 0)
			return arena_printf(c->a, "%s%s", folds[i][1], d + len);
	}
	if (strcmp(d, "alembic.op") == 0)
		return "op";
	return d;
}

static bool is(const char *canon_name, const char *want)
{
	return canon_name && strcmp(canon_name, want) == 0;
}

/* The callee of a call, canonical. */
static const char *callee(struct conv *c, const struct py_node *n)
{
	return n && n->kind == PY_CALL ? canon(c, n->a) : NULL;
}

/* A module-level name's value, followed (a = b = 'x'), else n. */
static const struct py_node *deref(struct conv *c, const struct py_node *n)
{
	int hops = 0;

	while (n && n->kind == PY_NAME && hops++ < 8) {
		const struct py_node *v = strmap_get(c->consts, n->text);
		if (!v)
			break;
		n = v;
	}
	return n;
}

/* ---- arguments ---- */

/* The k-th positional argument (0-based) or the keyword one called kw. */
static const struct py_node *arg(const struct py_node *call, int k, const char *kw)
{
	const struct py_node *a;
	int i = 0;

	for (a = call->items.head; a; a = a->next) {
		if (a->kind == PY_KWARG) {
			if (kw && strcmp(a->text, kw) == 0)
				return a->a;
		} else if (a->kind != PY_STARRED && a->kind != PY_DSTAR) {
			if (i++ == k)
				return a;
		}
	}
	return NULL;
}

static size_t npositional(const struct py_node *call)
{
	const struct py_node *a;
	size_t n = 0;

	for (a = call->items.head; a; a = a->next)
		n += a->kind != PY_KWARG;
	return n;
}

/* Every keyword argument of call is one of known (NULL-ended), and none
 * is *args or **kw; else the statement is refused naming the first. */
static bool kwargs_known(struct conv *c, const struct py_node *call, const char *const *known)
{
	const struct py_node *a;
	size_t i;

	for (a = call->items.head; a; a = a->next) {
		if (a->kind == PY_STARRED || a->kind == PY_DSTAR)
			return refuse(c, "arguments spread with * or **");
		if (a->kind != PY_KWARG)
			continue;
		for (i = 0; known[i] && strcmp(known[i], a->text) != 0; i++)
			;
		if (!known[i])
			return refuse(c, "the argument %s= is not converted", a->text);
	}
	return true;
}

static bool is_none(const struct py_node *n)
{
	return !n || n->kind == PY_NONE;
}

/* A Python string (op.f('x') is 'x'), or NULL (refused) when n is none. */
static const char *str_of(struct conv *c, const struct py_node *n, const char *what)
{
	n = deref(c, n);
	if (n && n->kind == PY_CALL && (is(callee(c, n), "op.f") || is(callee(c, n), "batch.f")) &&
	    npositional(n) == 1)
		n = deref(c, arg(n, 0, NULL));
	if (!n || n->kind != PY_STR) {
		refuse(c, "%s is not a string literal", what);
		return NULL;
	}
	if (n->flags & PY_STR_F) {
		refuse(c, "%s is an f-string (computed when it runs)", what);
		return NULL;
	}
	if (n->flags & PY_STR_BYTES) {
		refuse(c, "%s is a bytes literal", what);
		return NULL;
	}
	if (strlen(n->text) != n->len) {
		refuse(c, "%s holds a NUL character", what);
		return NULL;
	}
	return n->text;
}

/* A name: a string that is not empty (the language has no empty name). */
static const char *name_of(struct conv *c, const struct py_node *n, const char *what)
{
	const char *s = str_of(c, n, what);

	if (s && !*s) {
		refuse(c, "%s is empty", what);
		return NULL;
	}
	return s;
}

/* True, False (None too, where the caller allows it as unset). */
static bool bool_of(struct conv *c, const struct py_node *n, const char *what, int *out)
{
	n = deref(c, n);
	if (!n || n->kind == PY_NONE)
		*out = -1;
	else if (n->kind == PY_TRUE)
		*out = 1;
	else if (n->kind == PY_FALSE)
		*out = 0;
	else
		return refuse(c, "%s is not True, False or None", what);
	return true;
}

/* Keyword argument kw of call: True, False, or -1 (absent or None). */
static bool kw_bool(struct conv *c, const struct py_node *call, const char *kw, int *b)
{
	const struct py_node *v = arg(call, 99, kw);

	*b = -1;
	return !v || bool_of(c, v, kw, b);
}

/* A whole number literal. */
static const char *int_of(struct conv *c, const struct py_node *n, const char *what)
{
	n = deref(c, n);
	if (n && n->kind == PY_UNARY && strcmp(n->text, "-") == 0 && n->a &&
	    n->a->kind == PY_NUM && strspn(n->a->text, "0123456789") == strlen(n->a->text))
		return arena_printf(c->a, "-%s", n->a->text);
	if (!n || n->kind != PY_NUM || strspn(n->text, "0123456789") != strlen(n->text)) {
		refuse(c, "%s is not a whole number", what);
		return NULL;
	}
	return n->text;
}

/* A list or tuple of strings (or one string, where one stands for a
 * list) into l. */
static bool names_of(struct conv *c, const struct py_node *n, const char *what,
		     struct identlist *l, bool one_ok)
{
	const struct py_node *x;

	memset(l, 0, sizeof(*l));
	n = deref(c, n);
	if (n && n->kind == PY_STR && one_ok) {
		const char *s = name_of(c, n, what);
		if (!s)
			return false;
		ir_identlist_append(l, ir_new_ident(c->a, s, nowhere));
		return true;
	}
	if (!n || (n->kind != PY_LIST && n->kind != PY_TUPLE))
		return refuse(c, "%s is not a list of names", what);
	for (x = n->items.head; x; x = x->next) {
		const char *s = name_of(c, x, what);
		if (!s)
			return false;
		ir_identlist_append(l, ir_new_ident(c->a, s, nowhere));
	}
	return true;
}

static struct qname qn(const char *schema, const char *name)
{
	struct qname q;

	memset(&q, 0, sizeof(q));
	q.schema = schema;
	q.name = name;
	return q;
}

/* A table's name and its schema= (None: the default one). */
static bool table_of(struct conv *c, const struct py_node *name, const struct py_node *schema,
		     struct qname *q)
{
	const char *t = name_of(c, name, "the table's name"), *s = NULL;

	if (!t)
		return false;
	if (!is_none(deref(c, schema)) && !(s = name_of(c, schema, "schema")))
		return false;
	*q = qn(s, t);
	return true;
}

/* ---- types ---- */

static void type_init(struct type *t, enum type_kind k)
{
	memset(t, 0, sizeof(*t));
	t->kind = k;
	t->length = -1;
	t->precision = -1;
	t->scale = TYPE_NO_SCALE;
}

/* What an sa.Enum (or PostgreSQL's ENUM) of a column says. */
struct enum_info {
	const char *name;		/* name=; NULL: none */
	struct valuelist values;
	bool make;			/* create_type (PostgreSQL makes it first) */
	bool native;			/* native_enum */
	bool check;			/* create_constraint (SQLAlchemy 1.4: False) */
};

static bool enum_of(struct conv *c, const struct py_node *call, bool pg, struct enum_info *e)
{
	static const char *const known[] = { "name", "create_type", "native_enum",
		"create_constraint", "length", "validate_strings", "inherit_schema", NULL };
	const struct py_node *x;
	int b;

	memset(e, 0, sizeof(*e));
	e->make = e->native = true;
	if (!kwargs_known(c, call, known))
		return false;
	for (x = call->items.head; x; x = x->next) {
		const char *v;
		if (x->kind == PY_KWARG)
			continue;
		if (!(v = str_of(c, x, "an enum's value")))
			return refuse(c, "an enum's values must be string literals (an enum class "
				      "is the application's)");
		ir_valuelist_append(&e->values, ir_new_value(c->a, VAL_STRING, v, nowhere));
	}
	if ((x = arg(call, 99, "name")) && !is_none(x) && !(e->name = name_of(c, x, "name")))
		return false;
	if ((x = arg(call, 99, "create_type"))) {
		if (!bool_of(c, x, "create_type", &b))
			return false;
		e->make = b != 0;
	}
	if ((x = arg(call, 99, "native_enum"))) {
		if (!bool_of(c, x, "native_enum", &b))
			return false;
		e->native = b != 0;
	}
	if ((x = arg(call, 99, "create_constraint"))) {
		if (!bool_of(c, x, "create_constraint", &b))
			return false;
		e->check = b == 1;
	}
	if (arg(call, 99, "length"))
		return refuse(c, "an enum's length= is not converted");
	if ((x = arg(call, 99, "inherit_schema"))) {
		if (!bool_of(c, x, "inherit_schema", &b))
			return false;
		if (b == 1)
			return refuse(c, "inherit_schema=True (an enum in the table's schema) is not "
				      "converted");
	}
	(void)pg;
	return true;
}

/* A length, precision or such: positional k or keyword kw, or -1. */
static bool num_arg(struct conv *c, const struct py_node *call, int k, const char *kw,
		    long *out)
{
	const struct py_node *n = call ? arg(call, k, kw) : NULL;
	const char *s;

	*out = -1;
	if (is_none(n))
		return true;
	if (!(s = int_of(c, n, kw)))
		return false;
	/* the language's bounds (parse.c's positive_number) */
	if (s[0] == '-' || strlen(s) > 9 || (*out = strtol(s, NULL, 10)) <= 0)
		return refuse(c, "%s=%s is not a positive number the language takes", kw, s);
	return true;
}

struct type_name {
	const char *name;	/* after "sqlalchemy." */
	enum type_kind kind;
};

enum { D_PG = 1, D_MY = 2, D_SQ = 4, D_ALL = 7 };
static int dialect_bit(const char *name);
static const char *sql_of(struct conv *c, const struct py_node *n, const char *what);
static struct constraint *con_new(struct conv *c, enum constraint_kind k, const char *name);
static bool con_name(struct conv *c, const struct py_node *call, int k, const char **name);
static bool type_of(struct conv *c, const struct py_node *n, struct type *t,
		    struct enum_info *e);

/* T.with_variant(U, "dialect"): T, with U where that dialect reads it (a
 * variant for a database retort does not target is not needed). */
static bool variant_of(struct conv *c, const struct py_node *call, struct type *t,
		       struct enum_info *e)
{
	static const char *const known[] = { "type_", "dialect_name", NULL };
	struct type *vt = ARENA_NEW(c->a, struct type);
	struct variant *v, **tail;
	const char *dialect;

	if (!arg(call, 0, "type_"))
		return refuse(c, "with_variant() without its type");
	if (!kwargs_known(c, call, known) || !type_of(c, call->a->a, t, e) ||
	    !type_of(c, arg(call, 0, "type_"), vt, NULL) ||
	    !(dialect = name_of(c, arg(call, 1, "dialect_name"), "the variant's dialect")))
		return false;
	if (t->kind == TY_ENUM || vt->kind == TY_ENUM)
		return refuse(c, "a variant of an enum type is not converted");
	if (!dialect_bit(dialect))
		return true;
	v = ARENA_NEW(c->a, struct variant);
	ir_identlist_append(&v->dialects, ir_new_ident(c->a, strcmp(dialect, "mariadb") == 0
						      ? "mysql" : dialect, nowhere));
	v->type = vt;
	for (tail = &t->variants; *tail; tail = &(*tail)->next)
		if (ir_identlist_has(&(*tail)->dialects, v->dialects.head->name))
			return refuse(c, "two variants for %s", v->dialects.head->name);
	*tail = v;
	return true;
}

/* A dialect type of SQLAlchemy's that the language writes as it is named
 * (raw), where base is one of names. */
static bool raw_named(struct type *t, const char *const *names, size_t n, const char *base)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(base, names[i]) == 0) {
			type_init(t, TY_RAW);
			t->raw = names[i];
			return true;
		}
	return false;
}

/* SQLAlchemy's ARRAY (PostgreSQL's alone): raw 'ELEMENT[]', the element
 * spelled as SQLAlchemy spells it for PostgreSQL, one [] a dimension. */
static bool array_of(struct conv *c, const struct py_node *call, struct type *t)
{
	static const struct { const char *name, *sql; } plain[] = {
		{ "Integer", "INTEGER" }, { "INTEGER", "INTEGER" }, { "BigInteger", "BIGINT" },
		{ "BIGINT", "BIGINT" }, { "SmallInteger", "SMALLINT" }, { "SMALLINT", "SMALLINT" },
		{ "Boolean", "BOOLEAN" }, { "BOOLEAN", "BOOLEAN" }, { "Text", "TEXT" },
		{ "TEXT", "TEXT" }, { "UnicodeText", "TEXT" }, { "Date", "DATE" },
		{ "DATE", "DATE" }, { "Float", "FLOAT" }, { "JSON", "JSON" }, { "JSONB", "JSONB" },
		{ "UUID", "UUID" }, { "INET", "INET" }, { "CIDR", "CIDR" }, { "CITEXT", "CITEXT" },
		{ "String", "VARCHAR" }, { "VARCHAR", "VARCHAR" }, { "Unicode", "VARCHAR" },
		{ "Numeric", "NUMERIC" }, { "NUMERIC", "NUMERIC" },
		{ "DateTime", "TIMESTAMP" }, { "TIMESTAMP", "TIMESTAMP" }, { "Time", "TIME" },
	};
	static const char *const known[] = { "item_type", "dimensions", "as_tuple",
		"zero_indexes", NULL };
	const struct py_node *item, *ic = NULL, *v;
	const char *k, *base, *sql = NULL;
	long dims, len = -1, scale = -1;
	size_t i;
	int tz = -1;
	char *text;

	if (!call || !kwargs_known(c, call, known))
		return call ? false : refuse(c, "an ARRAY without its element type");
	item = deref(c, arg(call, 0, "item_type"));
	if (!item)
		return refuse(c, "an ARRAY without its element type");
	if (item->kind == PY_CALL) {
		ic = item;
		item = item->a;
	}
	k = canon(c, item);
	if (!k || (strncmp(k, "sqlalchemy.", 11) != 0 && strncmp(k, "pg.", 3) != 0))
		return refuse(c, "an ARRAY of a type that is not SQLAlchemy's");
	base = strchr(k, '.') + 1;
	for (i = 0; i < ARRAY_LEN(plain) && !sql; i++)
		if (strcmp(base, plain[i].name) == 0)
			sql = plain[i].sql;
	if (!sql)
		return refuse(c, "an ARRAY of %s is not converted", k);
	if (!num_arg(c, call, 99, "dimensions", &dims))
		return false;
	if (dims > 6)
		return refuse(c, "an ARRAY of %ld dimensions", dims);
	if (ic) {
		static const char *const ikn[] = { "length", "precision", "scale", "timezone",
			"asdecimal", "as_uuid", "astext_type", NULL };
		const char *sc;
		if (!kwargs_known(c, ic, ikn))
			return false;
		if (strcmp(sql, "VARCHAR") == 0 && !num_arg(c, ic, 0, "length", &len))
			return false;
		if (strcmp(sql, "NUMERIC") == 0 && !num_arg(c, ic, 0, "precision", &len))
			return false;
		if (strcmp(sql, "NUMERIC") == 0 && (v = arg(ic, 1, "scale")) && !is_none(v)) {
			if (len < 0)
				return refuse(c, "a scale without a precision");
			if (!(sc = int_of(c, v, "scale")))
				return false;
			if (sc[0] == '-' || strlen(sc) > 7)
				return refuse(c, "scale=%s is not a scale the language takes", sc);
			scale = strtol(sc, NULL, 10);
		}
		if ((strcmp(sql, "TIMESTAMP") == 0 || strcmp(sql, "TIME") == 0) &&
		    !bool_of(c, arg(ic, 0, "timezone"), "timezone", &tz))
			return false;
		if (strcmp(sql, "FLOAT") == 0 && arg(ic, 0, "precision"))
			return refuse(c, "Float(precision=...) is not converted");
	}
	text = (char *)sql;
	if (len >= 0 && scale >= 0)
		text = arena_printf(c->a, "%s(%ld, %ld)", text, len, scale);
	else if (len >= 0)
		text = arena_printf(c->a, "%s(%ld)", text, len);
	if (strcmp(sql, "TIMESTAMP") == 0 || strcmp(sql, "TIME") == 0)
		text = arena_printf(c->a, "%s %s TIME ZONE", text, tz == 1 ? "WITH" : "WITHOUT");
	for (i = 0; i < (size_t)(dims > 0 ? dims : 1); i++)
		text = arena_printf(c->a, "%s[]", text);
	type_init(t, TY_RAW);
	t->raw = text;
	return true;
}

/* A type of the language for a SQLAlchemy type (a class or an instance);
 * an enum's facts into e (e->values.n > 0 when it is one). */
static bool type_of(struct conv *c, const struct py_node *n, struct type *t, struct enum_info *e)
{
	static const struct type_name plain[] = {
		{ "Integer", TY_INTEGER }, { "INTEGER", TY_INTEGER }, { "INT", TY_INTEGER },
		{ "BigInteger", TY_BIGINT }, { "BIGINT", TY_BIGINT },
		{ "SmallInteger", TY_SMALLINT }, { "SMALLINT", TY_SMALLINT },
		{ "Boolean", TY_BOOLEAN }, { "BOOLEAN", TY_BOOLEAN },
		{ "Float", TY_FLOAT }, { "FLOAT", TY_FLOAT },
		{ "Double", TY_DOUBLE }, { "DOUBLE", TY_DOUBLE },
		{ "DOUBLE_PRECISION", TY_DOUBLE },
		{ "Text", TY_TEXT }, { "TEXT", TY_TEXT }, { "UnicodeText", TY_UNICODE_TEXT },
		{ "Date", TY_DATE }, { "DATE", TY_DATE }, { "Time", TY_TIME }, { "TIME", TY_TIME },
		{ "Interval", TY_INTERVAL }, { "LargeBinary", TY_BINARY }, { "BLOB", TY_BINARY },
		{ "JSON", TY_JSON }, { "Uuid", TY_UUID }, { "UUID", TY_UUID },
	};
	static const struct type_name lengths[] = {
		{ "String", TY_STRING }, { "VARCHAR", TY_STRING }, { "Unicode", TY_UNICODE },
		{ "NVARCHAR", TY_UNICODE }, { "CHAR", TY_CHAR },
	};
	static const char *const pg_raw[] = { "CITEXT", "INET", "CIDR", "MACADDR", "TSVECTOR",
		"MONEY", "BIT", "OID", "INT4RANGE", "INT8RANGE", "NUMRANGE", "DATERANGE",
		"TSRANGE", "TSTZRANGE", "HSTORE" };
	static const char *const my_raw[] = { "TINYINT", "MEDIUMINT", "TINYTEXT",
		"MEDIUMTEXT", "LONGTEXT", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "YEAR",
		"BIT", "SET" };
	const struct py_node *call = NULL;
	const char *k, *base;
	size_t i;

	n = deref(c, n);
	if (n && n->kind == PY_CALL && n->a->kind == PY_ATTR &&
	    strcmp(n->a->text, "with_variant") == 0)
		return variant_of(c, n, t, e);
	if (n && n->kind == PY_CALL) {
		call = n;
		n = n->a;
	}
	k = canon(c, n);
	if (!k)
		return refuse(c, "a column type that is an expression");
	if (e)
		memset(e, 0, sizeof(*e));
	if (strncmp(k, "sqlalchemy.", 11) == 0)
		base = k + 11;
	else if (strncmp(k, "pg.", 3) == 0 || strncmp(k, "mysql.", 6) == 0 ||
		 strncmp(k, "sqlite.", 7) == 0)
		base = strchr(k, '.') + 1;
	else
		return refuse(c, "the column type %s is not SQLAlchemy's", k + (k[0] == '?'));
	if (strcmp(base, "ARRAY") == 0 && strncmp(k, "mysql.", 6) != 0 &&
	    strncmp(k, "sqlite.", 7) != 0)
		return array_of(c, call, t);
	if (call && strcmp(base, "Enum") != 0 && strcmp(base, "ENUM") != 0) {
		/* the arguments every type may take, and what they must be */
		static const char *const known[] = { "length", "precision", "scale", "timezone",
			"asdecimal", "as_uuid", "none_as_null", "astext_type",
			"decimal_return_scale", "native_uuid", "unsigned", "display_width", NULL };
		const struct py_node *v;
		int b;
		if (!kwargs_known(c, call, known))
			return false;
		if ((v = arg(call, 99, "unsigned")) && (!bool_of(c, v, "unsigned", &b) || b == 1))
			return b == 1 ? refuse(c, "unsigned=True is not converted") : false;
	}
	if (strcmp(base, "REAL") == 0 && (!call || !call->items.n)) {
		type_init(t, TY_RAW);	/* float4 on PostgreSQL, not FLOAT's double */
		t->raw = "REAL";
		return true;
	}
	for (i = 0; i < ARRAY_LEN(plain); i++)
		if (strcmp(base, plain[i].name) == 0) {
			const struct py_node *v;
			int tz = -1;
			type_init(t, plain[i].kind);
			if (t->kind == TY_FLOAT && call && (arg(call, 0, "precision")))
				return refuse(c, "Float(precision=...) is not converted");
			if ((t->kind == TY_TEXT || t->kind == TY_UNICODE_TEXT || t->kind == TY_BINARY) &&
			    call && (v = arg(call, 0, "length")) && !is_none(v))
				return refuse(c, "%s(length) is not converted", base);
			if (t->kind == TY_TIME && call &&
			    (!bool_of(c, arg(call, 0, "timezone"), "timezone", &tz) || tz == 1 ||
			     arg(call, 99, "precision")))
				return tz == 1 || arg(call, 99, "precision")
				       ? refuse(c, "a time with a time zone or a precision is not "
						"converted") : false;
			if (strncmp(k, "mysql.", 6) == 0 && call && arg(call, 0, "display_width"))
				return refuse(c, "a display width is not converted");
			if (strncmp(k, "pg.", 3) == 0 && t->kind == TY_JSON)
				return true;
			return true;
		}
	if (strncmp(k, "pg.", 3) == 0 && strcmp(base, "JSONB") == 0) {
		type_init(t, TY_JSONB);
		return true;
	}
	if (strncmp(k, "pg.", 3) == 0 && strcmp(base, "BYTEA") == 0) {
		type_init(t, TY_BINARY);	/* what LargeBinary is there */
		return !call || !call->items.n || refuse(c, "BYTEA with arguments");
	}
	for (i = 0; i < ARRAY_LEN(lengths); i++)
		if (strcmp(base, lengths[i].name) == 0) {
			type_init(t, lengths[i].kind);
			if (call && arg(call, 1, "collation"))
				return refuse(c, "a collation is not converted");
			return num_arg(c, call, 0, "length", &t->length);
		}
	if (strcmp(base, "Numeric") == 0 || strcmp(base, "NUMERIC") == 0 ||
	    strcmp(base, "DECIMAL") == 0) {
		const struct py_node *x;
		long p, sc;
		bool has_scale = false;
		type_init(t, TY_NUMERIC);
		if (!num_arg(c, call, 0, "precision", &p))
			return false;
		if (call && (x = arg(call, 1, "scale")) && !is_none(x)) {
			const char *v = int_of(c, x, "scale");
			if (!v || strlen(v) > 7 || p < 0 || p > 1000000)
				return v ? refuse(c, "a scale without a precision the language takes") : false;
			sc = strtol(v, NULL, 10);
			has_scale = true;
		} else {
			sc = 0;
		}
		if (p > 1000000)
			return refuse(c, "precision=%ld is more than the language takes", p);
		t->precision = (int)p;
		if (has_scale)
			t->scale = (int)sc;
		return true;
	}
	if (strcmp(base, "DateTime") == 0 || strcmp(base, "DATETIME") == 0 ||
	    strcmp(base, "TIMESTAMP") == 0) {
		int tz = -1;
		if (call && !bool_of(c, arg(call, 0, "timezone"), "timezone", &tz))
			return false;
		if (call && arg(call, 1, "precision"))
			return refuse(c, "a timestamp's precision is not converted");
		type_init(t, tz == 1 ? TY_TIMESTAMPTZ : TY_DATETIME);
		if (strcmp(base, "TIMESTAMP") == 0) {
			/* on MySQL TIMESTAMP, a type of its own there (with or
			 * without a zone) */
			struct variant *v = ARENA_NEW(c->a, struct variant);
			struct type *raw = ARENA_NEW(c->a, struct type);
			type_init(raw, TY_RAW);
			raw->raw = "TIMESTAMP";
			ir_identlist_append(&v->dialects, ir_new_ident(c->a, "mysql", nowhere));
			v->type = raw;
			t->variants = v;
		}
		return true;
	}
	if (strcmp(base, "Enum") == 0 || strcmp(base, "ENUM") == 0) {
		struct enum_info local;
		if (!call)
			return refuse(c, "an Enum without its values");
		if (!enum_of(c, call, strncmp(k, "pg.", 3) == 0, e ? e : &local))
			return false;
		e = e ? e : &local;
		type_init(t, TY_ENUM);
		if (!e->values.n && e->name) {
			t->enum_name = qn(NULL, e->name);	/* an enum made before */
			e->make = false;
			return true;
		}
		if (!e->values.n)
			return refuse(c, "an Enum without values");
		if (!e->native)
			return refuse(c, "Enum(native_enum=False) is not converted");
		if (e->name)
			t->enum_name = qn(NULL, e->name);
		else
			t->enum_values = e->values;
		return true;
	}
	if ((!call || !call->items.n) &&
	    ((strncmp(k, "pg.", 3) == 0 && raw_named(t, pg_raw, ARRAY_LEN(pg_raw), base)) ||
	     (strncmp(k, "mysql.", 6) == 0 && raw_named(t, my_raw, ARRAY_LEN(my_raw), base))))
		return true;
	return refuse(c, "the column type %s is not converted", k);
}

/* ---- values ---- */

/* server_default: a string (the server keeps it as a string), sa.text()
 * (SQL as written), sa.func.now(), sa.true() and sa.false(). */
static struct value *default_of(struct conv *c, const struct py_node *n)
{
	const char *k, *s;

	n = deref(c, n);
	if (!n || n->kind == PY_NONE)
		return NULL;
	if (n->kind == PY_STR)
		return (s = str_of(c, n, "server_default"))
			       ? ir_new_value(c->a, VAL_STRING, s, nowhere) : NULL;
	k = callee(c, n);
	if ((is(k, "sqlalchemy.text") || is(k, "sqlalchemy.literal_column")) &&
	    npositional(n) == 1 && n->items.n == 1)
		return (s = fragment(c, str_of(c, arg(n, 0, NULL), "server_default's SQL")))
			       ? ir_new_value(c->a, VAL_SQL, s, nowhere) : NULL;
	if (is(k, "sqlalchemy.true") && !n->items.n)
		return ir_new_value(c->a, VAL_TRUE, NULL, nowhere);
	if (is(k, "sqlalchemy.false") && !n->items.n)
		return ir_new_value(c->a, VAL_FALSE, NULL, nowhere);
	if (k && strncmp(k, "sqlalchemy.func.", 16) == 0 && !n->items.n &&
	    !strchr(k + 16, '.') && strcmp(k + 16, "now") != 0) {
		/* SQL's own niladic functions are written without parentheses,
		 * as SQLAlchemy writes them; any other is name() */
		static const char *const bare[] = { "current_timestamp", "current_date",
			"current_time", "localtime", "localtimestamp", "current_user",
			"session_user", "user" };
		size_t i;
		for (i = 0; i < ARRAY_LEN(bare); i++)
			if (strcasecmp(k + 16, bare[i]) == 0) {
				char *up = arena_strdup(c->a, bare[i]), *q;
				for (q = up; *q; q++)
					*q = (char)(*q - 32 * (*q >= 'a' && *q <= 'z'));
				return ir_new_value(c->a, VAL_SQL, up, nowhere);
			}
		return ir_new_value(c->a, VAL_SQL, arena_printf(c->a, "%s()", k + 16), nowhere);
	}
	if (is(k, "sqlalchemy.func.now") && !n->items.n) {
		/* SQLAlchemy's now(): CURRENT_TIMESTAMP on SQLite */
		struct value *v = ir_new_value(c->a, VAL_SQL, "now()", nowhere);
		struct variant *var = ARENA_NEW(c->a, struct variant);
		ir_identlist_append(&var->dialects, ir_new_ident(c->a, "sqlite", nowhere));
		var->value = ir_new_value(c->a, VAL_SQL, "CURRENT_TIMESTAMP", nowhere);
		v->variants = var;
		return v;
	}
	refuse(c, "this server_default is not converted");
	return NULL;
}

/* A value of bulk_insert's rows (Python's own values: None, numbers,
 * strings, True and False). */
static struct value *literal_of(struct conv *c, const struct py_node *n)
{
	const char *s;

	n = deref(c, n);
	if (!n)
		return NULL;
	switch (n->kind) {
	case PY_NONE: return ir_new_value(c->a, VAL_NULL, NULL, nowhere);
	case PY_TRUE: return ir_new_value(c->a, VAL_TRUE, NULL, nowhere);
	case PY_FALSE: return ir_new_value(c->a, VAL_FALSE, NULL, nowhere);
	case PY_NUM:
		if (strpbrk(n->text, "xXoObBjJ_")) {
			refuse(c, "the number %s is not converted", n->text);
			return NULL;
		}
		return ir_new_value(c->a, VAL_NUMBER, n->text, nowhere);
	case PY_UNARY:
		if (strcmp(n->text, "-") == 0 && n->a && n->a->kind == PY_NUM &&
		    !strpbrk(n->a->text, "xXoObBjJ_"))
			return ir_new_value(c->a, VAL_NUMBER, arena_printf(c->a, "-%s", n->a->text),
					    nowhere);
		break;
	case PY_STR:
		return (s = str_of(c, n, "a value")) ? ir_new_value(c->a, VAL_STRING, s, nowhere)
						     : NULL;
	default:
		break;
	}
	if (is(callee(c, n), "op.inline_literal") && npositional(n) == 1)
		return literal_of(c, arg(n, 0, NULL));
	refuse(c, "a value computed when it runs");
	return NULL;
}

/* ---- columns and constraints ---- */

enum fk_action_parse { FKA_BAD = -1 };

static bool action_of(struct conv *c, const struct py_node *n, enum fk_action *out)
{
	static const struct { const char *word; enum fk_action a; } acts[] = {
		{ "CASCADE", FK_ACTION_CASCADE }, { "RESTRICT", FK_ACTION_RESTRICT },
		{ "SET NULL", FK_ACTION_SET_NULL }, { "SET DEFAULT", FK_ACTION_SET_DEFAULT },
		{ "NO ACTION", FK_ACTION_NO_ACTION },
	};
	const char *s;
	size_t i;

	*out = FK_ACTION_UNSET;
	if (is_none(deref(c, n)))
		return true;
	if (!(s = str_of(c, n, "ondelete/onupdate")))
		return false;
	for (i = 0; i < ARRAY_LEN(acts); i++)
		if (strcasecmp(s, acts[i].word) == 0) {
			*out = acts[i].a;
			return true;
		}
	return refuse(c, "the action '%s' is not one SQL has", s);
}

/* "schema.table.column" or "table.column": the table and the column. */
static bool target_of(struct conv *c, const char *s, struct qname *t, const char **col)
{
	const char *last = strrchr(s, '.'), *first = strchr(s, '.');

	if (!last)
		return refuse(c, "the foreign key target '%s' names no table", s);
	if (!last[1] || last == s || (first != last && (first == s || first + 1 == last)))
		return refuse(c, "the foreign key target '%s' has an empty name", s);
	*col = arena_strdup(c->a, last + 1);
	if (first == last)
		*t = qn(NULL, arena_strndup(c->a, s, (size_t)(last - s)));
	else
		*t = qn(arena_strndup(c->a, s, (size_t)(first - s)),
			arena_strndup(c->a, first + 1, (size_t)(last - first - 1)));
	return true;
}

/* ondelete=, onupdate=, deferrable=, initially= of a foreign key. */
static bool fk_options(struct conv *c, const struct py_node *call, struct fkref *r)
{
	const struct py_node *x;
	int b;

	if (!action_of(c, arg(call, 99, "ondelete"), &r->on_delete) ||
	    !action_of(c, arg(call, 99, "onupdate"), &r->on_update))
		return false;
	r->deferrable = -1;
	if ((x = arg(call, 99, "deferrable"))) {
		if (!bool_of(c, x, "deferrable", &b))
			return false;
		r->deferrable = b;
	}
	if ((x = arg(call, 99, "initially")) && !is_none(x)) {
		const char *s = str_of(c, x, "initially");
		if (!s)
			return false;
		if (strcasecmp(s, "DEFERRED") == 0)
			r->initially = FK_INITIALLY_DEFERRED;
		else if (strcasecmp(s, "IMMEDIATE") == 0)
			r->initially = FK_INITIALLY_IMMEDIATE;
		else
			return refuse(c, "initially='%s' is neither DEFERRED nor IMMEDIATE", s);
	}
	if ((x = arg(call, 99, "match")) && !is_none(x))
		return refuse(c, "a foreign key's match= is not converted");
	return true;
}

/* What a column brings along: its enum to make first, an index after. */
struct column_extra {
	struct enum_info e;
	bool index;
	int autoinc;			/* autoincrement=: -1 unsaid, 0, 1 */
	bool pydefault;			/* a default= (Python's, not the server's) */
	struct constraint *checks;	/* its CheckConstraints, the table's to keep */
};

/* use_alter=True: SQLAlchemy leaves the key out of CREATE TABLE, and
 * Alembic's create_table never adds it; refused, not guessed. */
static bool no_use_alter(struct conv *c, const struct py_node *call)
{
	const struct py_node *v = arg(call, 99, "use_alter");
	int b = -1;

	if (v && (!bool_of(c, v, "use_alter", &b) || b == 1))
		return b == 1 ? refuse(c, "a foreign key with use_alter=True (Alembic never "
				       "makes it: make it after the tables, or drop it)") : false;
	return true;
}

static bool column_of(struct conv *c, const struct py_node *call, struct column *col,
		      struct column_extra *x)
{
	static const char *const known[] = { "nullable", "primary_key", "server_default",
		"autoincrement", "comment", "unique", "index", "default", "onupdate", "info",
		"doc", "key", "type_", "name", NULL };
	const struct py_node *a, *v;
	const char *name;
	bool typed = false;
	int b;

	memset(col, 0, sizeof(*col));
	memset(x, 0, sizeof(*x));
	x->autoinc = -1;
	if (!is(callee(c, call), "sqlalchemy.Column"))
		return refuse(c, "a column that is not sa.Column(...)");
	if (!kwargs_known(c, call, known))
		return false;
	if (!(name = name_of(c, arg(call, 0, "name"), "the column's name")))
		return false;
	col->name = *ir_new_ident(c->a, name, nowhere);
	for (a = call->items.head ? call->items.head->next : NULL; a; a = a->next) {
		const char *k;
		if (a->kind == PY_KWARG)
			continue;
		k = callee(c, a);
		if (is(k, "sqlalchemy.ForeignKey")) {
			const char *target;
			struct fkref *r = ARENA_NEW(c->a, struct fkref);
			static const char *const fk_known[] = { "ondelete", "onupdate",
				"deferrable", "initially", "name", "match", "use_alter", NULL };
			if (!kwargs_known(c, a, fk_known) ||
			    !(target = name_of(c, arg(a, 0, "column"), "the foreign key's target")))
				return false;
			if (arg(a, 99, "name"))
				return refuse(c, "a named ForeignKey in a column (write a "
					      "ForeignKeyConstraint)");
			if (!no_use_alter(c, a))
				return false;
			if (!target_of(c, target, &r->table, &name) || !fk_options(c, a, r))
				return false;
			ir_identlist_append(&r->columns, ir_new_ident(c->a, name, nowhere));
			col->references = r;
		} else if (is(k, "sqlalchemy.Identity")) {
			static const char *const id_known[] = { "start", "increment", "always", NULL };
			const char *s;
			if (!kwargs_known(c, a, id_known))
				return false;
			col->identity.kind = IDENTITY_BY_DEFAULT;
			if ((v = arg(a, 99, "always"))) {
				if (!bool_of(c, v, "always", &b))
					return false;
				if (b == 1)
					col->identity.kind = IDENTITY_ALWAYS;
			}
			if ((v = arg(a, 99, "start"))) {
				if (!(s = int_of(c, v, "start")))
					return false;
				col->identity.start = s;
			}
			if ((v = arg(a, 99, "increment"))) {
				if (!(s = int_of(c, v, "increment")))
					return false;
				col->identity.increment = s;
			}
			col->autoincrement = true;
		} else if (is(k, "sqlalchemy.CheckConstraint")) {
			/* the table's check, as PostgreSQL reads a column's */
			static const char *const ck_known[] = { "sqltext", "name", "info", NULL };
			const char *ck;
			struct constraint *ckx, **tail;
			if (!kwargs_known(c, a, ck_known) || !con_name(c, a, 99, &ck))
				return false;
			ckx = con_new(c, CON_CHECK, ck);
			if (!(ckx->check = sql_of(c, arg(a, 0, "sqltext"), "the check's condition")))
				return false;
			for (tail = &x->checks; *tail; tail = &(*tail)->next)
				;
			*tail = ckx;
		} else if (!typed) {
			if (!type_of(c, a, &col->type, &x->e))
				return false;
			typed = true;
		} else {
			return refuse(c, "a column argument that is not converted");
		}
	}
	if ((v = arg(call, 99, "type_"))) {
		if (typed || !type_of(c, v, &col->type, &x->e))
			return typed ? refuse(c, "a column with two types") : false;
		typed = true;
	}
	if (!typed)
		return refuse(c, "a column without a type (it takes its foreign key's)");
	if (!kw_bool(c, call, "primary_key", &b))
		return false;
	col->primary_key = b == 1;
	if (!kw_bool(c, call, "nullable", &b))
		return false;
	col->nullable = b == 0 ? NULLABLE_NO : b == 1 ? NULLABLE_YES : NULLABLE_UNSET;
	if ((v = arg(call, 99, "server_default")) && !is_none(v) &&
	    !(col->server_default = default_of(c, v)))
		return false;
	if ((v = arg(call, 99, "comment")) && !is_none(v) &&
	    !(col->comment = str_of(c, v, "comment")))
		return false;
	if (!kw_bool(c, call, "unique", &b))
		return false;
	col->unique = b == 1;
	if (!kw_bool(c, call, "index", &b))
		return false;
	x->index = b == 1;
	if ((v = arg(call, 99, "autoincrement")) && deref(c, v)->kind == PY_STR)
		return refuse(c, "autoincrement='%s' is not converted", deref(c, v)->text);
	if (v) {
		if (!bool_of(c, v, "autoincrement", &b))
			return false;
		x->autoinc = b;
		/* SQLAlchemy numbers a key column only, and not over a default */
		col->autoincrement |= b == 1 && col->primary_key && !col->server_default;
	}
	x->pydefault = (v = arg(call, 99, "default")) && !is_none(deref(c, v));
	if (col->type.kind == TY_ENUM && !x->e.check)
		col->enum_no_check = true;
	return true;
}

/* SQLAlchemy's autoincrement="auto": the one integer column of the primary
 * key, with no foreign key and no default, counts. */
static void auto_increment(struct column *cols, const struct column_extra *x,
			   const struct identlist *pk)
{
	struct column *col, *only = NULL;
	size_t n = 0, i, at = 0;

	for (col = cols, i = 0; col; col = col->next, i++)
		if (col->primary_key || (pk && ir_identlist_has(pk, col->name.name))) {
			n++;
			only = col;
			at = i;
		}
	if (n != 1 || only->references || only->server_default || x[at].autoinc == 0 ||
	    (x[at].autoinc == -1 && x[at].pydefault) || only->identity.kind)
		return;
	if (only->type.kind == TY_INTEGER || only->type.kind == TY_BIGINT ||
	    only->type.kind == TY_SMALLINT)
		only->autoincrement = true;
}

/* ---- ops ---- */

/* An op's table: its first positional argument, or the batch's. */
struct opctx {
	struct conv *c;
	const struct py_node *call;
	const struct qname *batch;	/* in a batch: its table (not an argument) */
	struct oplist *out;
};

/* Positional argument k of an op that, outside a batch, has the table
 * at position table_at (k counts as if it had). */
static const struct py_node *oparg(const struct opctx *o, int k, int table_at, const char *kw)
{
	if (o->batch && table_at >= 0 && k > table_at)
		k--;
	return arg(o->call, k, kw);
}

static bool op_table(struct opctx *o, int table_at, const char *kw, const char *schema_kw,
		     struct qname *q)
{
	if (o->batch) {
		*q = *o->batch;
		return true;
	}
	return table_of(o->c, arg(o->call, table_at, kw), arg(o->call, 99, schema_kw), q);
}

static struct constraint *con_new(struct conv *c, enum constraint_kind k, const char *name)
{
	struct constraint *x = ARENA_NEW(c->a, struct constraint);

	x->kind = k;
	x->deferrable = -1;
	x->ref.deferrable = -1;
	if (name)
		x->name = *ir_new_ident(c->a, name, nowhere);
	return x;
}

/* name= of a constraint object (None: the database's). */
static bool con_name(struct conv *c, const struct py_node *call, int k, const char **name)
{
	const struct py_node *n = arg(call, k, "name");

	*name = NULL;
	return is_none(deref(c, n)) || (*name = name_of(c, n, "the constraint's name")) != NULL;
}

/* The constraint_name of an op: None is refused, as the language names
 * what it makes and drops, and each database names such a constraint its
 * own way (Alembic cannot drop one by None either). */
static const char *op_con_name(const struct opctx *o)
{
	const struct py_node *n = arg(o->call, 0, "constraint_name"), *v = deref(o->c, n);

	if (!n || (v && v->kind == PY_NONE))
		return refuse(o->c, "a constraint without a name (each database names it its "
			      "own way: give it one)"), NULL;
	return name_of(o->c, n, "the constraint's name");
}

/* The start of an op that makes a constraint: its arguments known, its
 * table (table_kw, schema_kw) into t, its name; NULL when refused. */
static struct constraint *op_con_new(struct opctx *o, const char *const *known,
				     enum constraint_kind kind, const char *table_kw,
				     const char *schema_kw, struct qname *t)
{
	const char *name;

	if (!kwargs_known(o->c, o->call, known) || !op_table(o, 1, table_kw, schema_kw, t) ||
	    !(name = op_con_name(o)))
		return NULL;
	return con_new(o->c, kind, name);
}

/* deferrable= and initially= of a unique or primary key. */
static bool con_deferral(struct conv *c, const struct py_node *call, struct constraint *k)
{
	struct fkref r;

	memset(&r, 0, sizeof(r));
	if (!fk_options(c, call, &r))
		return false;
	if (r.on_delete || r.on_update)
		return refuse(c, "ondelete/onupdate on a key that is not foreign");
	k->deferrable = r.deferrable;
	k->initially = r.initially;
	return true;
}

/* The columns of a constraint object: its positional strings. */
static bool con_columns(struct conv *c, const struct py_node *call, struct identlist *l)
{
	const struct py_node *a;

	memset(l, 0, sizeof(*l));
	for (a = call->items.head; a; a = a->next) {
		const char *s;
		if (a->kind == PY_KWARG)
			continue;
		if (!(s = name_of(c, a, "a constraint's column")))
			return false;
		ir_identlist_append(l, ir_new_ident(c->a, s, nowhere));
	}
	return true;
}

/* sa.func.NAME(...) of columns (sa.Column('c') or sa.column('c'), each
 * name quoted as the fragments quote it) and sa.text(): its SQL. */
static const char *func_sql(struct conv *c, const struct py_node *call, const char *fn)
{
	struct sbuf b = SBUF_INIT;
	const struct py_node *a;
	const char *s = NULL, *k;
	char *text;

	sbuf_adds(&b, fn);	/* a Python name: a SQL one too */
	sbuf_addc(&b, '(');
	for (a = call->items.head; a; a = a->next) {
		const struct py_node *v = deref(c, a);
		k = a->kind == PY_KWARG ? NULL : callee(c, v);
		if (is(k, "sqlalchemy.Column") || is(k, "sqlalchemy.column")) {
			if ((s = name_of(c, arg(v, 0, "name"), "the function's column")))
				sqlscan_add_quoted(&sqlscan_fragment, &b, s);
		} else if ((is(k, "sqlalchemy.text") || is(k, "sqlalchemy.literal_column")) &&
			   npositional(v) == 1 && v->items.n == 1) {
			if ((s = str_of(c, arg(v, 0, NULL), "the function's SQL")))
				sbuf_adds(&b, s);
		} else {
			s = NULL;
			refuse(c, "sa.func.%s of something not a column or sa.text()", fn);
		}
		if (!s) {
			refuse(c, "sa.func.%s's arguments", fn);	/* unless said */
			sbuf_release(&b);
			return NULL;
		}
		if (a->next)
			sbuf_adds(&b, ", ");
	}
	sbuf_addc(&b, ')');
	text = arena_strdup(c->a, sbuf_str(&b));
	sbuf_release(&b);
	return fragment(c, text);
}

/* An index's elements: names, sa.text('expression'), sa.func.NAME(...). */
static bool index_elems(struct conv *c, const struct py_node *n, struct index_elem **out,
			size_t *count)
{
	struct index_elem **tail = out;
	const struct py_node *x;

	*out = NULL;
	*count = 0;
	n = deref(c, n);
	if (n && n->kind == PY_STR)
		return refuse(c, "an index's columns as one string (SQLAlchemy would read each "
			      "character as a column)");
	if (!n || (n->kind != PY_LIST && n->kind != PY_TUPLE))
		return refuse(c, "an index's columns are not a list");
	for (x = n->items.head; x; x = x->next) {
		struct index_elem *e = ARENA_NEW(c->a, struct index_elem);
		const struct py_node *v = deref(c, x);
		const char *k = callee(c, v), *s;
		if (v && v->kind == PY_STR) {
			if (!(s = name_of(c, v, "an index's column")))
				return false;
			e->column = *ir_new_ident(c->a, s, nowhere);
		} else if ((is(k, "sqlalchemy.text") || is(k, "sqlalchemy.literal_column")) &&
			   npositional(v) == 1 && v->items.n == 1) {
			if (!(s = fragment(c, str_of(c, arg(v, 0, NULL), "an index's expression"))))
				return false;
			e->expr = s;
		} else if (k && strncmp(k, "sqlalchemy.func.", 16) == 0 && !strchr(k + 16, '.')) {
			if (!(e->expr = func_sql(c, v, k + 16)))
				return false;
		} else {
			return refuse(c, "an index element that is not a name, sa.text() or "
				      "sa.func.NAME(column)");
		}
		*tail = e;
		tail = &e->next;
		(*count)++;
	}
	return *count > 0 || refuse(c, "an index without columns");
}

static struct index_variant *variant_new(struct conv *c, const char *dialect,
					 enum index_option kind)
{
	struct index_variant *v = ARENA_NEW(c->a, struct index_variant);

	ir_identlist_append(&v->dialects, ir_new_ident(c->a, dialect, nowhere));
	v->kind = kind;
	return v;
}

/* A where=: a string or sa.text(). */
static const char *sql_of(struct conv *c, const struct py_node *n, const char *what)
{
	const char *k;

	n = deref(c, n);
	k = callee(c, n);
	if ((is(k, "sqlalchemy.text") || is(k, "sqlalchemy.literal_column")) &&
	    npositional(n) == 1 && n->items.n == 1)
		n = arg(n, 0, NULL);
	return fragment(c, str_of(c, n, what));
}

/* Whether name is a column (not an expression) of the index op makes. */
static bool key_column(const struct op *op, const char *name)
{
	const struct index_elem *e;

	for (e = op->u.index.elems; e; e = e->next)
		if (e->column.name && strcmp(e->column.name, name) == 0)
			return true;
	return false;
}

/* A postgresql_ops value: an operator class's name, which PostgreSQL
 * folds to lower case as SQLAlchemy writes it bare; anything else (DESC,
 * two words) the language's ops does not say. */
static const char *opclass_of(struct conv *c, const char *v)
{
	char *low = arena_strdup(c->a, v), *q;

	for (q = low; *q; q++) {
		bool ok = (*q >= 'a' && *q <= 'z') || *q == '_' || (q > low && *q >= '0' && *q <= '9');
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q + 32);
		else if (!ok)
			return refuse(c, "postgresql_ops '%s' is not an operator class's name", v),
			       NULL;
	}
	if (!*low || strcmp(low, "asc") == 0 || strcmp(low, "desc") == 0)	/* an order */
		return refuse(c, "postgresql_ops '%s' is not an operator class's name", v), NULL;
	return low;
}

/* The dialect keyword arguments of create_index. */
static bool index_kwargs(struct conv *c, const struct py_node *call, struct op *op)
{
	const struct py_node *a;
	struct index_variant **tail = &op->u.index.variants;

	for (a = call->items.head; a; a = a->next) {
		struct index_variant *v = NULL;
		const char *s;
		if (a->kind != PY_KWARG)
			continue;
		if (strcmp(a->text, "postgresql_where") == 0 || strcmp(a->text, "sqlite_where") == 0) {
			if (!(s = sql_of(c, a->a, a->text)))
				return false;
			v = variant_new(c, a->text[0] == 'p' ? "postgresql" : "sqlite", INDEXOPT_WHERE);
			v->text = s;
		} else if (strcmp(a->text, "postgresql_using") == 0) {
			if (!(s = name_of(c, a->a, a->text)))
				return false;
			v = variant_new(c, "postgresql", INDEXOPT_USING);
			v->text = s;
		} else if (strcmp(a->text, "postgresql_include") == 0) {
			v = variant_new(c, "postgresql", INDEXOPT_INCLUDE);
			if (!names_of(c, a->a, a->text, &v->include, false))
				return false;
		} else if (strcmp(a->text, "postgresql_concurrently") == 0) {
			int b;
			if (!bool_of(c, a->a, a->text, &b))
				return false;
			if (b == 1)
				op->u.index.concurrently = true;
		} else if (strcmp(a->text, "postgresql_ops") == 0 ||
			   strcmp(a->text, "mysql_length") == 0) {
			const struct py_node *d = deref(c, a->a), *p;
			struct index_colopt **ct;
			bool ops = a->text[0] == 'p';
			v = variant_new(c, ops ? "postgresql" : "mysql",
					ops ? INDEXOPT_OPS : INDEXOPT_LENGTH);
			ct = &v->cols;
			if (!ops && d && d->kind == PY_NUM)
				return refuse(c, "mysql_length as one number (give each column's)");
			if (!d || d->kind != PY_DICT)
				return refuse(c, "%s is not a dict", a->text);
			for (p = d->items.head; p; p = p->next) {
				struct index_colopt *o = ARENA_NEW(c->a, struct index_colopt);
				const char *col, *val;
				if (p->kind != PY_PAIR || !(col = str_of(c, p->a, a->text)))
					return refuse(c, "%s's keys are not column names", a->text);
				val = ops ? str_of(c, p->b, a->text) : int_of(c, p->b, a->text);
				if (!val)
					return false;
				if (!key_column(op, col))
					return refuse(c, "%s names %s, no column of the index", a->text,
						      col);
				if (ops && !(val = opclass_of(c, val)))
					return false;
				o->column = *ir_new_ident(c->a, col, nowhere);
				o->text = val;
				*ct = o;
				ct = &o->next;
			}
		} else if (strcmp(a->text, "unique") != 0 && strcmp(a->text, "schema") != 0 &&
			   strcmp(a->text, "table_name") != 0 && strcmp(a->text, "columns") != 0 &&
			   strcmp(a->text, "index_name") != 0) {
			return refuse(c, "the argument %s= is not converted", a->text);
		}
		if (v) {
			*tail = v;
			tail = &v->next;
		}
	}
	return true;
}

/* op, which postgresql_concurrently= may have made concurrent: that is
 * PostgreSQL's alone (Alembic leaves it out elsewhere), so then it is
 * the op in an only block for PostgreSQL and the op without it for the
 * others; a batch holds no only block. */
static bool index_op_out(struct opctx *o, struct op *op)
{
	struct oplist pg = { NULL, NULL, 0 }, rest = { NULL, NULL, 0 };
	struct identlist d = { NULL, NULL, 0 };
	struct op *plain;

	if (!op->u.index.concurrently) {
		ir_oplist_append(o->out, op);
		return true;
	}
	if (o->batch)
		return refuse(o->c, "postgresql_concurrently in a batch (write the op after it)");
	plain = ARENA_NEW(o->c->a, struct op);
	*plain = *op;
	plain->next = NULL;
	plain->u.index.concurrently = false;
	ir_oplist_append(&pg, op);
	ir_oplist_append(&rest, plain);
	ir_identlist_append(&d, ir_new_ident(o->c->a, "postgresql", nowhere));
	ir_oplist_append(o->out, ir_new_only(o->c->a, nowhere, d, pg));
	memset(&d, 0, sizeof(d));
	ir_identlist_append(&d, ir_new_ident(o->c->a, "mysql", nowhere));
	ir_identlist_append(&d, ir_new_ident(o->c->a, "sqlite", nowhere));
	ir_oplist_append(o->out, ir_new_only(o->c->a, nowhere, d, rest));
	return true;
}

static bool op_create_index_args(struct opctx *o, const struct py_node *call, struct qname t,
				 const struct py_node *name_n, const struct py_node *cols_n,
				 const struct py_node *unique_n)
{
	struct conv *c = o->c;
	const char *name = name_of(c, name_n, "the index's name");
	struct index_elem *elems;
	size_t n;
	struct op *op;
	int b = -1;

	if (!name || !index_elems(c, cols_n, &elems, &n))
		return false;
	if (unique_n && !bool_of(c, unique_n, "unique", &b))
		return false;
	op = ir_new_create_index(c->a, nowhere, *ir_new_ident(c->a, name, nowhere), t, elems);
	op->u.index.unique = b == 1;
	return index_kwargs(c, call, op) && index_op_out(o, op);
}

static bool op_create_index(struct opctx *o)
{
	struct qname t;

	if (!op_table(o, 1, "table_name", "schema", &t))
		return false;
	return op_create_index_args(o, o->call, t, oparg(o, 0, 1, "index_name"),
				    oparg(o, 2, 1, "columns"), arg(o->call, 99, "unique"));
}

static bool op_drop_index(struct opctx *o)
{
	static const char *const known[] = { "index_name", "table_name", "schema",
		"postgresql_concurrently", "if_exists", NULL };
	struct conv *c = o->c;
	const char *name = name_of(c, arg(o->call, 0, "index_name"), "the index's name");
	struct qname t = qn(NULL, NULL);
	struct op *op;
	const struct py_node *x;
	int b;

	if (!name || !kwargs_known(c, o->call, known))
		return false;
	if (o->batch)
		t = *o->batch;
	else if ((x = arg(o->call, 1, "table_name")) && !is_none(x) &&
		 !table_of(c, x, arg(o->call, 99, "schema"), &t))
		return false;
	if (arg(o->call, 99, "if_exists"))
		return refuse(c, "if_exists= is not converted");
	op = ir_new_drop_index(c->a, nowhere, *ir_new_ident(c->a, name, nowhere), t);
	if ((x = arg(o->call, 99, "postgresql_concurrently"))) {
		if (!bool_of(c, x, "postgresql_concurrently", &b))
			return false;
		op->u.index.concurrently = b == 1;
	}
	return index_op_out(o, op);
}

/* A named enum a column makes, unless this table already made it. */
static void enum_first(struct conv *c, const struct column_extra *x, struct oplist *out)
{
	const struct op *op;

	if (!x->e.make || !x->e.name || !x->e.values.n || strmap_get(c->enums, x->e.name))
		return;	/* made before, by sa.Enum(...).create() say */
	for (op = out->head; op; op = op->next)
		if (op->kind == OP_CREATE_ENUM && strcmp(op->u.enumdef.name.name, x->e.name) == 0)
			return;
	strmap_put(c->enums, x->e.name, (void *)x->e.name);
	ir_oplist_append(out, ir_new_create_enum(c->a, nowhere, qn(NULL, x->e.name), x->e.values));
}

/* Column(index=True): SQLAlchemy's ix_<table>_<column>. */
static bool column_index(struct conv *c, const struct qname *t, struct column *col,
			 struct oplist *after)
{
	struct index_elem *e = ARENA_NEW(c->a, struct index_elem);
	const char *name = t->schema ? arena_printf(c->a, "ix_%s_%s_%s", t->schema, t->name,
						    col->name.name)
				     : arena_printf(c->a, "ix_%s_%s", t->name, col->name.name);
	struct op *op;

	if (strlen(name) > 63)
		return refuse(c, "index=True, whose name %s SQLAlchemy would cut to fit", name);
	e->column = col->name;
	op = ir_new_create_index(c->a, nowhere, *ir_new_ident(c->a, name, nowhere), *t, e);
	/* unique=True with it: a unique index, and no constraint besides */
	op->u.index.unique = col->unique;
	col->unique = false;
	ir_oplist_append(after, op);
	return true;
}

static bool add_con(struct opctx *o, enum op_kind kind, struct constraint *x, struct qname t);

/* An exclusion constraint's elements, (column or sa.text(), operator)
 * tuples from the call's positional argument `from` on, and its using=
 * (gist, as SQLAlchemy's default), where= and deferral. */
static bool exclude_of(struct conv *c, const struct py_node *call, int from,
		       struct constraint *x)
{
	struct exclude_elem **tail = &x->elems;
	const struct py_node *a, *v;
	int i = 0;

	for (a = call->items.head; a; a = a->next) {
		const struct py_node *t = deref(c, a), *col;
		struct exclude_elem *e;
		const char *k, *s;
		if (a->kind == PY_KWARG || i++ < from)
			continue;
		if (!t || t->kind != PY_TUPLE || t->items.n != 2)
			return refuse(c, "an exclusion element that is not a (column, operator) pair");
		e = ARENA_NEW(c->a, struct exclude_elem);
		col = deref(c, t->items.head);
		k = callee(c, col);
		if (col && col->kind == PY_STR) {
			if (!(s = name_of(c, col, "an exclusion element's column")))
				return false;
			e->column = *ir_new_ident(c->a, s, nowhere);
		} else if ((is(k, "sqlalchemy.column") || is(k, "sqlalchemy.Column")) &&
			   npositional(col) >= 1) {
			if (!(s = name_of(c, arg(col, 0, "name"), "an exclusion element's column")))
				return false;
			e->column = *ir_new_ident(c->a, s, nowhere);
		} else if (!(e->expr = sql_of(c, col, "an exclusion element"))) {
			return false;
		}
		if (!(e->op = fragment(c, str_of(c, t->items.head->next, "an exclusion operator"))))
			return false;
		*tail = e;
		tail = &e->next;
	}
	if (!x->elems)
		return refuse(c, "an exclusion constraint without elements");
	x->using_method = "gist";
	if ((v = arg(call, 99, "using")) && !(x->using_method = name_of(c, v, "using")))
		return false;
	if ((v = arg(call, 99, "where")) && !is_none(v) &&
	    !(x->where = sql_of(c, v, "the exclusion's where")))
		return false;
	if (arg(call, 99, "ops"))
		return refuse(c, "ops= of an exclusion constraint is not converted");
	if (!con_deferral(c, call, x))
		return false;
	if (x->deferrable == 1 || x->initially)
		return refuse(c, "a deferrable exclusion constraint (the language has none yet)");
	x->deferrable = -1;
	return true;
}

static bool op_create_exclude(struct opctx *o)
{
	static const char *const known[] = { "constraint_name", "table_name", "schema",
		"where", "using", "deferrable", "initially", NULL };
	struct constraint *x;
	struct qname t;

	if (!(x = op_con_new(o, known, CON_EXCLUDE, "table_name", "schema", &t)) ||
	    !exclude_of(o->c, o->call, o->batch ? 1 : 2, x))
		return false;
	return add_con(o, OP_CREATE_EXCLUDE_CONSTRAINT, x, t);
}

static bool table_item(struct conv *c, const struct py_node *a, struct qname t,
		       struct constraint ***ktail, struct identlist *pk, struct oplist *after)
{
	const char *k = callee(c, a), *name;
	struct constraint *x;

	if (is(k, "sqlalchemy.PrimaryKeyConstraint") || is(k, "sqlalchemy.UniqueConstraint")) {
		static const char *const known[] = { "name", "deferrable", "initially", "info", NULL };
		bool primary = strstr(k, "Primary") != NULL;
		if (!kwargs_known(c, a, known) || !con_name(c, a, 99, &name))
			return false;
		x = con_new(c, primary ? CON_PRIMARY_KEY : CON_UNIQUE, name);
		if (!con_columns(c, a, &x->columns) || !con_deferral(c, a, x))
			return false;
		if (primary)
			*pk = x->columns;
	} else if (is(k, "sqlalchemy.ForeignKeyConstraint")) {
		static const char *const known[] = { "columns", "refcolumns", "name", "ondelete",
			"onupdate", "deferrable", "initially", "match", "use_alter", "info", NULL };
		struct identlist targets;
		const struct ident *id;
		if (!kwargs_known(c, a, known) || !con_name(c, a, 99, &name))
			return false;
		x = con_new(c, CON_FOREIGN_KEY, name);
		if (!no_use_alter(c, a) ||
		    !names_of(c, arg(a, 0, "columns"), "the key's columns", &x->columns, false) ||
		    !names_of(c, arg(a, 1, "refcolumns"), "the key's targets", &targets, false) ||
		    !fk_options(c, a, &x->ref))
			return false;
		for (id = targets.head; id; id = id->next) {
			struct qname rt;
			const char *col;
			if (!target_of(c, id->name, &rt, &col))
				return false;
			if (id != targets.head && (strcmp(rt.name, x->ref.table.name) != 0))
				return refuse(c, "a foreign key to two tables");
			x->ref.table = rt;
			ir_identlist_append(&x->ref.columns, ir_new_ident(c->a, col, nowhere));
		}
	} else if (is(k, "sqlalchemy.CheckConstraint")) {
		static const char *const known[] = { "sqltext", "name", "info", NULL };
		if (!kwargs_known(c, a, known) || !con_name(c, a, 99, &name))
			return false;
		x = con_new(c, CON_CHECK, name);
		if (!(x->check = sql_of(c, arg(a, 0, "sqltext"), "the check's condition")))
			return false;
	} else if (is(k, "pg.ExcludeConstraint")) {
		static const char *const known[] = { "name", "using", "where", "deferrable",
			"initially", "ops", "info", NULL };
		if (!kwargs_known(c, a, known) || !con_name(c, a, 99, &name))
			return false;
		x = con_new(c, CON_EXCLUDE, name);
		if (!exclude_of(c, a, 0, x))
			return false;
	} else if (is(k, "sqlalchemy.Index")) {
		struct opctx o = { c, a, NULL, after };
		struct py_node cols;
		static const char *const known[] = { "unique", "postgresql_where",
			"postgresql_using", "postgresql_include", "postgresql_ops", "mysql_length",
			"sqlite_where", NULL };
		const struct py_node *p;
		if (!kwargs_known(c, a, known))
			return false;
		/* sa.Index('name', 'a', sa.text('b')): the elements after the name */
		memset(&cols, 0, sizeof(cols));
		cols.kind = PY_LIST;
		for (p = a->items.head ? a->items.head->next : NULL; p; p = p->next)
			if (p->kind != PY_KWARG) {
				struct py_node *copy = ARENA_NEW(c->a, struct py_node);
				*copy = *p;
				copy->next = NULL;
				if (cols.items.tail)
					cols.items.tail->next = copy;
				else
					cols.items.head = copy;
				cols.items.tail = copy;
				cols.items.n++;
			}
		return op_create_index_args(&o, a, t, arg(a, 0, "name"), &cols,
					    arg(a, 99, "unique"));
	} else {
		return refuse(c, "a create_table argument that is not a column, key or index");
	}
	**ktail = x;
	*ktail = &x->next;
	return true;
}

static bool op_create_table(struct opctx *o)
{
	struct conv *c = o->c;
	const struct py_node *a;
	struct qname t;
	struct column *cols = NULL, **ctail = &cols;
	struct constraint *cons = NULL, **ktail = &cons;
	struct column_extra *extras = NULL;
	size_t nx = 0, cap = 0, i;
	struct identlist pk = { NULL, NULL, 0 };
	struct oplist before = { NULL, NULL, 0 }, after = { NULL, NULL, 0 };
	struct kv *opts = NULL;
	const char *comment = NULL;
	struct op *op;

	if (!table_of(c, arg(o->call, 0, "table_name"), arg(o->call, 99, "schema"), &t))
		return false;
	for (a = o->call->items.head; a; a = a->next) {
		if (a->kind == PY_KWARG) {
			if (strcmp(a->text, "schema") == 0 || strcmp(a->text, "info") == 0 ||
			    strcmp(a->text, "table_name") == 0)
				continue;
			if (strcmp(a->text, "comment") == 0) {
				if (!is_none(a->a) && !(comment = str_of(c, a->a, "comment")))
					return false;
			} else if (strncmp(a->text, "mysql_", 6) == 0 || strncmp(a->text, "mariadb_", 8) == 0) {
				static const char *const opt[] = { "engine", "charset", "collate",
					"row_format", "default_charset" };
				struct kv *kv = ARENA_NEW(c->a, struct kv), *o2;
				const char *v = str_of(c, a->a, a->text), *key, *w = strchr(a->text, '_') + 1;
				size_t j;
				if (!v)
					return false;
				for (j = 0; j < ARRAY_LEN(opt) && strcmp(opt[j], w) != 0; j++)
					;
				if (j == ARRAY_LEN(opt))
					return refuse(c, "the table option %s= is not converted", a->text);
				key = arena_printf(c->a, "mysql_%s", strcmp(w, "default_charset") == 0
						   ? "charset" : w);
				for (o2 = opts; o2; o2 = o2->next)
					if (strcmp(o2->key.name, key) == 0)
						return refuse(c, "%s= given twice (as mysql_ and mariadb_, "
							      "say)", key);
				kv->key = *ir_new_ident(c->a, key, nowhere);
				kv->val.kind = VAL_STRING;
				kv->val.text = v;
				kv->next = opts;
				opts = kv;
			} else {
				return refuse(c, "the argument %s= is not converted", a->text);
			}
			continue;
		}
		if (a == o->call->items.head)
			continue;	/* the name */
		if (is(callee(c, a), "sqlalchemy.Column")) {
			struct column *col = ARENA_NEW(c->a, struct column);
			ARENA_GROW(c->a, extras, cap, nx + 1);	/* the arena's: no free on a refusal */
			if (!column_of(c, a, col, &extras[nx]))
				return false;
			enum_first(c, &extras[nx], &before);
			if (extras[nx].index && !column_index(c, &t, col, &after))
				return false;
			if (extras[nx].checks) {
				struct constraint *last = extras[nx].checks;
				while (last->next)
					last = last->next;
				*ktail = extras[nx].checks;
				ktail = &last->next;
			}
			nx++;
			*ctail = col;
			ctail = &col->next;
		} else if (!table_item(c, a, t, &ktail, &pk, &after)) {
			return false;
		}
	}
	if (!cols)
		return refuse(c, "a table without columns");
	auto_increment(cols, extras, &pk);
	op = ir_new_create_table(c->a, nowhere, t, cols, cons, comment, opts);
	for (i = 0; before.head; i++) {
		struct op *next = before.head->next;
		ir_oplist_append(o->out, before.head);
		before.head = next;
	}
	ir_oplist_append(o->out, op);
	while (after.head) {
		struct op *next = after.head->next;
		ir_oplist_append(o->out, after.head);
		after.head = next;
	}
	return true;
}

static bool op_drop_table(struct opctx *o)
{
	static const char *const known[] = { "table_name", "schema", "if_exists", NULL };
	struct qname t;

	if (!kwargs_known(o->c, o->call, known) ||
	    !table_of(o->c, arg(o->call, 0, "table_name"), arg(o->call, 99, "schema"), &t))
		return false;
	if (arg(o->call, 99, "if_exists"))
		return refuse(o->c, "if_exists= is not converted");
	ir_oplist_append(o->out, ir_new_drop_table(o->c->a, nowhere, t));
	return true;
}

static bool op_rename_table(struct opctx *o)
{
	static const char *const known[] = { "old_table_name", "new_table_name", "schema", NULL };
	struct qname t;
	const char *to;

	if (!kwargs_known(o->c, o->call, known) ||
	    !table_of(o->c, arg(o->call, 0, "old_table_name"), arg(o->call, 99, "schema"), &t) ||
	    !(to = str_of(o->c, arg(o->call, 1, "new_table_name"), "the new name")))
		return false;
	ir_oplist_append(o->out, ir_new_rename_table(o->c->a, nowhere, t,
						     *ir_new_ident(o->c->a, to, nowhere)));
	return true;
}

static bool op_add_column(struct opctx *o)
{
	static const char *const known[] = { "table_name", "column", "schema",
		"insert_before", "insert_after", NULL };
	struct conv *c = o->c;
	struct column *col = ARENA_NEW(c->a, struct column);
	struct column_extra x;
	struct oplist after = { NULL, NULL, 0 };
	struct qname t;

	if (!kwargs_known(c, o->call, known) || !op_table(o, 0, "table_name", "schema", &t))
		return false;
	if (arg(o->call, 99, "insert_before") || arg(o->call, 99, "insert_after"))
		return refuse(c, "insert_before/insert_after (a column's place in a batch)");
	if (!column_of(c, deref(c, oparg(o, 1, 0, "column")), col, &x))
		return false;
	if (x.autoinc == 1 && col->primary_key && !col->server_default)
		col->autoincrement = true;
	enum_first(c, &x, o->out);
	if (x.index && !column_index(c, &t, col, &after))
		return false;
	ir_oplist_append(o->out, ir_new_add_column(c->a, nowhere, o->batch ? qn(NULL, NULL) : t,
						   col));
	while (x.checks) {	/* Alembic adds them with the column */
		struct constraint *next = x.checks->next;
		if (!x.checks->name.name)
			return refuse(c, "a column's CheckConstraint without a name in add_column "
				      "(each database names it its own way: give it one)");
		x.checks->next = NULL;
		add_con(o, OP_CREATE_CHECK_CONSTRAINT, x.checks, t);
		x.checks = next;
	}
	if (after.head)
		ir_oplist_append(o->out, after.head);
	return true;
}

static bool op_drop_column(struct opctx *o)
{
	static const char *const known[] = { "table_name", "column_name", "schema",
		"mssql_drop_check", "mssql_drop_default", "mssql_drop_foreign_key",
		"existing_type", "existing_nullable", "existing_server_default", NULL };
	struct qname t;
	const char *col;

	if (!kwargs_known(o->c, o->call, known) || !op_table(o, 0, "table_name", "schema", &t) ||
	    !(col = str_of(o->c, oparg(o, 1, 0, "column_name"), "the column's name")))
		return false;
	ir_oplist_append(o->out, ir_new_drop_column(o->c->a, nowhere, o->batch ? qn(NULL, NULL) : t,
						    *ir_new_ident(o->c->a, col, nowhere)));
	return true;
}

static bool op_alter_column(struct opctx *o)
{
	static const char *const known[] = { "table_name", "column_name", "nullable", "comment",
		"server_default", "new_column_name", "type_", "existing_type",
		"existing_server_default", "existing_nullable", "existing_comment", "schema",
		"postgresql_using", "existing_autoincrement", "autoincrement", NULL };
	struct conv *c = o->c;
	const struct py_node *v;
	const char *col;
	struct qname t;
	struct op *op;
	int b;

	if (!kwargs_known(c, o->call, known) || !op_table(o, 0, "table_name", "schema", &t) ||
	    !(col = name_of(c, oparg(o, 1, 0, "column_name"), "the column's name")))
		return false;
	op = ir_new_alter_column(c->a, nowhere, o->batch ? qn(NULL, NULL) : t,
				 *ir_new_ident(c->a, col, nowhere));
	if ((v = arg(o->call, 99, "autoincrement")) && !is_none(v))
		return refuse(c, "a change of autoincrement is not converted");
	if ((v = arg(o->call, 99, "type_")) && !is_none(v)) {
		struct enum_info e;
		if (!type_of(c, v, &op->u.alter.type, &e))
			return false;
		if (e.make && e.name && e.values.n)
			ir_oplist_append(o->out, ir_new_create_enum(c->a, nowhere, qn(NULL, e.name),
								    e.values));
		op->u.alter.changes |= ALTER_TYPE;
		if ((v = arg(o->call, 99, "postgresql_using")) && !is_none(v) &&
		    !(op->u.alter.using_expr = sql_of(c, v, "postgresql_using")))
			return false;
	}
	if ((v = arg(o->call, 99, "nullable"))) {
		if (!bool_of(c, v, "nullable", &b))
			return false;
		if (b >= 0)
			op->u.alter.changes |= b ? ALTER_DROP_NOT_NULL : ALTER_SET_NOT_NULL;
	}
	/* server_default=False (Alembic's default) changes nothing; None drops */
	if ((v = arg(o->call, 99, "server_default")) && deref(c, v)->kind != PY_FALSE) {
		if (is_none(deref(c, v))) {
			op->u.alter.changes |= ALTER_DROP_DEFAULT;
		} else {
			if (!(op->u.alter.default_value = default_of(c, v)))
				return false;
			op->u.alter.changes |= ALTER_SET_DEFAULT;
		}
	}
	if ((v = arg(o->call, 99, "comment")) && deref(c, v)->kind != PY_FALSE) {
		if (!is_none(deref(c, v)) && !(op->u.alter.comment = str_of(c, v, "comment")))
			return false;
		op->u.alter.changes |= ALTER_COMMENT;
	}
	if ((v = arg(o->call, 99, "new_column_name")) && !is_none(v)) {
		const char *to = name_of(c, v, "new_column_name");
		if (!to)
			return false;
		op->u.alter.new_name = *ir_new_ident(c->a, to, nowhere);
		op->u.alter.changes |= ALTER_RENAME;
	}
	if (!op->u.alter.changes)
		return true;	/* existing_* alone: nothing to do, as Alembic */
	ir_oplist_append(o->out, op);
	return true;
}

static bool add_con(struct opctx *o, enum op_kind kind, struct constraint *x, struct qname t)
{
	ir_oplist_append(o->out, ir_new_add_constraint(o->c->a, kind, nowhere,
						       o->batch ? qn(NULL, NULL) : t, x));
	return true;
}

static bool op_create_key(struct opctx *o, bool primary)
{
	static const char *const known[] = { "constraint_name", "table_name", "columns",
		"schema", "deferrable", "initially", NULL };
	struct conv *c = o->c;
	struct constraint *x;
	struct qname t;

	if (!(x = op_con_new(o, known, primary ? CON_PRIMARY_KEY : CON_UNIQUE, "table_name",
			     "schema", &t)) ||
	    !names_of(c, oparg(o, 2, 1, "columns"), "the columns", &x->columns, false) ||
	    !con_deferral(c, o->call, x))
		return false;
	return add_con(o, primary ? OP_CREATE_PRIMARY_KEY : OP_CREATE_UNIQUE_CONSTRAINT, x, t);
}

static bool op_create_foreign_key(struct opctx *o)
{
	static const char *const known[] = { "constraint_name", "source_table",
		"referent_table", "local_cols", "remote_cols", "onupdate", "ondelete",
		"deferrable", "initially", "match", "source_schema", "referent_schema", NULL };
	struct conv *c = o->c;
	const char *rs = NULL;
	const struct py_node *v;
	struct constraint *x;
	struct qname t;

	if (!(x = op_con_new(o, known, CON_FOREIGN_KEY, "source_table", "source_schema", &t)))
		return false;
	if ((v = arg(o->call, 99, "referent_schema")) && !is_none(v) &&
	    !(rs = name_of(c, v, "referent_schema")))
		return false;
	x->ref.table = qn(rs, name_of(c, oparg(o, 2, 1, "referent_table"), "the referent table"));
	if (!x->ref.table.name ||
	    !names_of(c, oparg(o, 3, 1, "local_cols"), "local_cols", &x->columns, false) ||
	    !names_of(c, oparg(o, 4, 1, "remote_cols"), "remote_cols", &x->ref.columns, false) ||
	    !fk_options(c, o->call, &x->ref))
		return false;
	return add_con(o, OP_CREATE_FOREIGN_KEY, x, t);
}

static bool op_create_check(struct opctx *o)
{
	static const char *const known[] = { "constraint_name", "table_name", "condition",
		"schema", NULL };
	struct constraint *x;
	struct qname t;

	if (!(x = op_con_new(o, known, CON_CHECK, "table_name", "schema", &t)) ||
	    !(x->check = sql_of(o->c, oparg(o, 2, 1, "condition"), "the condition")))
		return false;
	return add_con(o, OP_CREATE_CHECK_CONSTRAINT, x, t);
}

static bool op_drop_constraint(struct opctx *o)
{
	static const struct { const char *word; enum constraint_kind k; } kinds[] = {
		{ "foreignkey", CON_FOREIGN_KEY }, { "unique", CON_UNIQUE },
		{ "primary", CON_PRIMARY_KEY }, { "check", CON_CHECK },
	};
	static const char *const known[] = { "constraint_name", "table_name", "type_",
		"schema", "if_exists", NULL };
	struct conv *c = o->c;
	const char *name, *k;
	const struct py_node *v;
	struct qname t;
	struct op *op;
	size_t i;

	if (!kwargs_known(c, o->call, known) || !op_table(o, 1, "table_name", "schema", &t) ||
	    !(name = op_con_name(o)))
		return false;
	if (arg(o->call, 99, "if_exists"))
		return refuse(c, "if_exists= is not converted");
	op = ir_new_drop_constraint(c->a, nowhere, *ir_new_ident(c->a, name, nowhere),
				    o->batch ? qn(NULL, NULL) : t);
	if ((v = oparg(o, 2, 1, "type_")) && !is_none(v)) {
		if (!(k = name_of(c, v, "type_")))
			return false;
		for (i = 0; i < ARRAY_LEN(kinds) && strcmp(kinds[i].word, k) != 0; i++)
			;
		if (i == ARRAY_LEN(kinds))
			return refuse(c, "type_='%s' is not a kind of constraint", k);
		op->u.drop_constraint.has_kind = true;
		op->u.drop_constraint.kind = kinds[i].k;
	}
	ir_oplist_append(o->out, op);
	return true;
}

static bool op_table_comment(struct opctx *o, bool create)
{
	static const char *const known[] = { "table_name", "comment", "existing_comment",
		"schema", NULL };
	struct qname t;
	const char *text = NULL;

	if (!kwargs_known(o->c, o->call, known) ||
	    !table_of(o->c, arg(o->call, 0, "table_name"), arg(o->call, 99, "schema"), &t) ||
	    (create && !(text = str_of(o->c, arg(o->call, 1, "comment"), "comment"))))
		return false;
	ir_oplist_append(o->out, ir_new_table_comment(o->c->a, nowhere, t, text));
	return true;
}

/* A literal of bindparams() as SQL text of the fragments' form. */
static bool sql_literal(struct conv *c, const struct py_node *n, struct sbuf *out)
{
	struct value *v = literal_of(c, n);
	const char *s;

	if (!v)
		return false;
	switch (v->kind) {
	case VAL_NULL: sbuf_adds(out, "NULL"); break;
	case VAL_TRUE: sbuf_adds(out, "TRUE"); break;
	case VAL_FALSE: sbuf_adds(out, "FALSE"); break;
	case VAL_NUMBER: sbuf_adds(out, v->text); break;
	default:
		if (strchr(v->text, '\\'))	/* MySQL's strings take it as an escape */
			return refuse(c, "a bindparams() string with a backslash (each database "
				      "reads it its own way: write each one's SQL in an only block)");
		sbuf_addc(out, '\'');
		for (s = v->text; *s; s++) {
			if (*s == '\'')
				sbuf_addc(out, '\'');
			sbuf_addc(out, *s);
		}
		sbuf_addc(out, '\'');
		break;
	}
	return true;
}

/* sa.text(SQL).bindparams(name=literal, ...): SQL with each :name (a
 * word right after a ':' that is not '::') replaced by its literal; a
 * placeholder without a value is refused. */
static const char *bound_sql(struct conv *c, const struct py_node *call)
{
	const struct py_node *t = call->a->a, *a;
	const char *sql;
	struct sqlscan sc;
	struct sqltok tok;
	struct sbuf out = SBUF_INIT;
	size_t done = 0, prev_end = (size_t)-1;
	bool prev_colon = false, prev_double = false, ok = true;

	if (!is(callee(c, t), "sqlalchemy.text") || npositional(t) != 1 || t->items.n != 1) {
		refuse(c, "bindparams() of something that is not sa.text(...)");
		return NULL;
	}
	for (a = call->items.head; a; a = a->next)
		if (a->kind != PY_KWARG) {
			refuse(c, "bindparams() with a bindparam object");
			return NULL;
		}
	if (!(sql = str_of(c, arg(t, 0, NULL), "the SQL")))
		return NULL;
	sqlscan_init(&sc, &sqlscan_fragment, sql, strlen(sql));
	while (ok && sqlscan_next(&sc, &tok)) {
		/* \: is a colon, not a bind (SQLAlchemy's escape) */
		bool colon = tok.kind == SQLTOK_PUNCT && sql[tok.start] == ':' &&
			     !(tok.start > 0 && sql[tok.start - 1] == '\\');
		if (tok.kind == SQLTOK_WORD && prev_colon && !prev_double &&
		    prev_end == tok.start) {
			const struct py_node *v = NULL;
			for (a = call->items.head; a; a = a->next)
				if (strlen(a->text) == tok.len &&
				    strncmp(a->text, sql + tok.start, tok.len) == 0)
					v = a->a;
			if (!v) {
				refuse(c, "the bind parameter :%.*s has no value", (int)tok.len,
				       sql + tok.start);
				ok = false;
				break;
			}
			sbuf_add(&out, sql + done, tok.start - 1 - done);
			ok = sql_literal(c, v, &out);
			done = tok.start + tok.len;
		}
		prev_double = colon && prev_colon && prev_end == tok.start;
		prev_colon = colon;
		prev_end = tok.start + tok.len;
	}
	if (!ok) {
		sbuf_release(&out);
		return NULL;
	}
	sbuf_adds(&out, sql + done);
	sql = arena_strdup(c->a, sbuf_str(&out));
	sbuf_release(&out);
	return sql;
}

static bool op_execute(struct opctx *o)
{
	static const char *const known[] = { "sqltext", "execution_options", NULL };
	struct conv *c = o->c;
	const struct py_node *n = deref(c, arg(o->call, 0, "sqltext"));
	struct identlist all = { NULL, NULL, 0 };
	struct value v;

	if (!kwargs_known(c, o->call, known))
		return false;
	memset(&v, 0, sizeof(v));
	v.kind = VAL_SQL;
	if (n && n->kind == PY_CALL && n->a->kind == PY_ATTR &&
	    strcmp(n->a->text, "bindparams") == 0) {
		if (!(v.text = bound_sql(c, n)))
			return false;
	} else if (n && n->kind == PY_CALL && !is(callee(c, n), "sqlalchemy.text")) {
		return refuse(c, "execute() of a SQLAlchemy construct (not a string or sa.text)");
	} else {
		/* the database's own SQL, not a fragment: as written */
		if (is(callee(c, n), "sqlalchemy.text") && npositional(n) == 1 && n->items.n == 1)
			n = arg(n, 0, NULL);
		if (!(v.text = str_of(c, n, "the SQL")))
			return false;
	}
	if (strstr(v.text, "\\:")) {	/* SQLAlchemy's text() reads \: as : */
		char *t = arena_strdup(c->a, v.text), *w = t;
		const char *r;
		for (r = v.text; *r; r++)
			if (!(r[0] == '\\' && r[1] == ':'))
				*w++ = *r;
		*w = '\0';
		v.text = t;
	}
	ir_oplist_append(o->out, ir_new_execute(c->a, nowhere, all, v));
	return true;
}

/* sa.table('name', sa.column('a'), ...): the table's name and columns. */
static bool table_clause(struct conv *c, const struct py_node *n, struct qname *t,
			 struct identlist *cols)
{
	const struct py_node *a;
	const char *s;

	n = deref(c, n);
	if (!is(callee(c, n), "sqlalchemy.table"))
		return refuse(c, "bulk_insert into something that is not sa.table(...)");
	if (!table_of(c, arg(n, 0, NULL), arg(n, 99, "schema"), t))
		return false;
	memset(cols, 0, sizeof(*cols));
	for (a = n->items.head->next; a; a = a->next) {
		if (a->kind == PY_KWARG)
			continue;
		if (!is(callee(c, a), "sqlalchemy.column") ||
		    !(s = name_of(c, arg(a, 0, NULL), "a column's name")))
			return refuse(c, "a table() argument that is not column('name', ...)");
		ir_identlist_append(cols, ir_new_ident(c->a, s, nowhere));
	}
	return true;
}

static bool op_bulk_insert(struct opctx *o)
{
	static const char *const known[] = { "table", "rows", "multiinsert", NULL };
	struct conv *c = o->c;
	const struct py_node *rows, *r, *p;
	struct identlist cols, keys;
	struct insert_row *head = NULL, **tail = &head;
	const char *was = NULL;
	struct qname t;

	if (!kwargs_known(c, o->call, known) ||
	    !table_clause(c, arg(o->call, 0, "table"), &t, &cols))
		return false;
	rows = deref(c, arg(o->call, 1, "rows"));
	if (!rows || (rows->kind != PY_LIST && rows->kind != PY_TUPLE))
		return refuse(c, "bulk_insert's rows are not a list written out");
	/* consecutive rows with the same keys, in the same order, are one op */
	for (r = rows->items.head; r; r = r->next) {
		struct insert_row *row = ARENA_NEW(c->a, struct insert_row);
		struct sbuf sig = SBUF_INIT;
		const char *s;
		r = deref(c, r);
		if (!r || r->kind != PY_DICT)
			return refuse(c, "a row that is not a dict written out");
		memset(&keys, 0, sizeof(keys));
		for (p = r->items.head; p; p = p->next) {
			struct value *v;
			if (p->kind != PY_PAIR || !(s = name_of(c, p->a, "a row's key"))) {
				sbuf_release(&sig);
				return refuse(c, "a row's key that is not a column's name");
			}
			if (!ir_identlist_has(&cols, s)) {
				sbuf_release(&sig);
				return refuse(c, "a row's key '%s' that is not a column of the table", s);
			}
			if (!(v = literal_of(c, p->b))) {
				sbuf_release(&sig);
				return false;
			}
			ir_valuelist_append(&row->values, v);
			ir_identlist_append(&keys, ir_new_ident(c->a, s, nowhere));
			sbuf_addf(&sig, "%s\x1f", s);
		}
		if (was && strcmp(was, sbuf_str(&sig)) != 0) {
			ir_oplist_append(o->out, ir_new_bulk_insert(c->a, nowhere, t, cols, head));
			head = NULL;
			tail = &head;
		}
		was = arena_strdup(c->a, sbuf_str(&sig));
		sbuf_release(&sig);
		cols = keys;
		*tail = row;
		tail = &row->next;
	}
	if (head)
		ir_oplist_append(o->out, ir_new_bulk_insert(c->a, nowhere, t, cols, head));
	return true;
}

/* sa.Enum(..., name='x').create(op.get_bind()) and .drop(...). */
static bool op_enum_ddl(struct opctx *o, bool create)
{
	struct conv *c = o->c;
	const struct py_node *e = deref(c, o->call->a->a), *bind = arg(o->call, 0, "bind");
	const char *k = callee(c, e);
	struct enum_info info;

	if (!is(k, "sqlalchemy.Enum") && !is(k, "pg.ENUM"))
		return refuse(c, "create/drop of something that is not an Enum");
	if (!bind || !is(callee(c, bind), "op.get_bind"))
		return refuse(c, "an Enum made on another connection than op.get_bind()");
	if (!enum_of(c, e, true, &info))
		return false;
	if (!info.name)
		return refuse(c, "an Enum without a name");
	if (create && !info.values.n)
		return refuse(c, "an Enum made without values");
	if (create)
		strmap_put(c->enums, info.name, (void *)info.name);
	else
		strmap_del(c->enums, info.name);
	ir_oplist_append(o->out, create ? ir_new_create_enum(c->a, nowhere, qn(NULL, info.name),
							     info.values)
					: ir_new_drop_enum(c->a, nowhere, qn(NULL, info.name)));
	return true;
}

struct op_conv {
	const char *name;	/* after "op." (or "batch.") */
	bool batch;		/* also inside a batch */
	bool (*fn)(struct opctx *o);
};

static bool op_create_unique(struct opctx *o) { return op_create_key(o, false); }
static bool op_create_primary(struct opctx *o) { return op_create_key(o, true); }
static bool op_create_comment(struct opctx *o) { return op_table_comment(o, true); }
static bool op_drop_comment(struct opctx *o) { return op_table_comment(o, false); }

static const struct op_conv op_convs[] = {
	{ "create_table", false, op_create_table },
	{ "drop_table", false, op_drop_table },
	{ "rename_table", false, op_rename_table },
	{ "add_column", true, op_add_column },
	{ "drop_column", true, op_drop_column },
	{ "alter_column", true, op_alter_column },
	{ "create_index", true, op_create_index },
	{ "drop_index", true, op_drop_index },
	{ "create_unique_constraint", true, op_create_unique },
	{ "create_primary_key", true, op_create_primary },
	{ "create_foreign_key", true, op_create_foreign_key },
	{ "create_check_constraint", true, op_create_check },
	{ "create_exclude_constraint", false, op_create_exclude },
	{ "drop_constraint", true, op_drop_constraint },
	{ "create_table_comment", false, op_create_comment },
	{ "drop_table_comment", false, op_drop_comment },
	{ "execute", false, op_execute },
	{ "bulk_insert", false, op_bulk_insert },
};

/* ---- statements ---- */

static void indent_to(struct sbuf *out, int indent)
{
	int i;

	for (i = 0; i < indent; i++)
		sbuf_addc(out, '\t');
}

/* Where n starts, as the summary and the todo say it. */
static const char *where_of(struct conv *c, const struct py_node *n)
{
	unsigned line, col;

	srcfile_linecol(c->src, n->span.start, &line, &col);
	return arena_printf(c->a, "%s:%u:%u", c->shown, line, col);
}

/* n's lines of Python, each a comment. */
static void python_lines(struct conv *c, const struct py_node *n, const char *lead,
			 struct sbuf *out, int indent)
{
	const char *t = c->src->text;
	size_t s = n->span.start, end = n->span.end > n->span.start ? n->span.end : s + 1;

	/* a block's span runs to the next statement: not its blank lines */
	while (end > s + 1 && (t[end - 1] == '\n' || t[end - 1] == '\r' || t[end - 1] == ' ' ||
			       t[end - 1] == '\t'))
		end--;
	while (s > 0 && t[s - 1] != '\n')
		s--;
	while (s < end && s < c->src->len) {
		const char *nl = memchr(t + s, '\n', c->src->len - s);
		size_t e = nl ? (size_t)(nl - t) : c->src->len, k = e;
		if (k > s && t[k - 1] == '\r')
			k--;
		indent_to(out, indent);
		sbuf_adds(out, lead);
		sbuf_add(out, t + s, k - s);
		sbuf_addc(out, '\n');
		s = e + 1;
	}
}

/* A statement left for a person: its Python as comments, then `todo`. */
static void todo(struct conv *c, const struct py_node *n, const char *why, struct sbuf *out,
		 int indent)
{
	const char *at = where_of(c, n);

	python_lines(c, n, "-- | ", out, indent);
	indent_to(out, indent);
	sbuf_adds(out, "todo ");
	irwrite_string(out, arena_printf(c->a, "%s: %s", at, why));
	sbuf_adds(out, ";\n");
	sbuf_addf(c->places, "%s: %s\n", at, why);
	c->nplaces++;
}

static const struct op_conv *op_conv_for(const char *k, bool in_batch)
{
	size_t i;
	const char *name;

	if (in_batch && strncmp(k, "batch.", 6) == 0)
		name = k + 6;
	else if (strncmp(k, "op.", 3) == 0)
		name = k + 3;
	else
		return NULL;
	for (i = 0; i < ARRAY_LEN(op_convs); i++)
		if (strcmp(op_convs[i].name, name) == 0)
			return (!in_batch || strncmp(k, "batch.", 6) != 0 || op_convs[i].batch)
				       ? &op_convs[i] : NULL;
	return NULL;
}

/* A call statement into ops. */
static bool call_ops(struct conv *c, const struct py_node *call, const struct qname *batch,
		     struct oplist *ops)
{
	const char *k = callee(c, call);
	const struct op_conv *oc;
	struct opctx o;

	memset(&o, 0, sizeof(o));
	o.c = c;
	o.call = call;
	o.batch = batch;
	o.out = ops;
	if (call->a->kind == PY_ATTR && (strcmp(call->a->text, "create") == 0 ||
					 strcmp(call->a->text, "drop") == 0) &&
	    call->a->a->kind == PY_CALL) {
		const char *ek = callee(c, call->a->a);
		if (is(ek, "sqlalchemy.Enum") || is(ek, "pg.ENUM"))
			return op_enum_ddl(&o, call->a->text[0] == 'c');
	}
	if (!k)
		return refuse(c, "a call of something computed");
	if (batch && strncmp(k, "op.", 3) == 0)
		return refuse(c, "%s inside a batch (Alembic runs it at once, before the batch's "
			      "ops, which run when the with ends)", k);
	if ((oc = op_conv_for(k, batch != NULL)) != NULL)
		return oc->fn(&o);
	if (is(k, "op.get_bind") || (k[0] == '?' && strstr(k, ".execute")))
		return refuse(c, "a data migration through the connection (op.get_bind())");
	if (strncmp(k, "op.", 3) == 0 || strncmp(k, "batch.", 6) == 0)
		return refuse(c, "%s is not converted yet", k);
	return refuse(c, "a call to %s (the application's code, or not an Alembic op)",
		      k[0] == '?' ? k + 1 : k);
}

/* ---- dialect tests ---- */

static int test_bits(struct conv *c, const struct py_node *t, const char *named);

static int dialect_bit(const char *name)
{
	if (strcmp(name, "postgresql") == 0)
		return D_PG;
	if (strcmp(name, "mysql") == 0 || strcmp(name, "mariadb") == 0)
		return D_MY;
	if (strcmp(name, "sqlite") == 0)
		return D_SQ;
	return 0;	/* one retort does not target */
}

/* op.get_context().dialect.name and op.get_bind().dialect.name (or
 * .engine.dialect.name). */
static bool is_dialect_name(struct conv *c, const struct py_node *n)
{
	const char *k;

	if (n && n->kind == PY_NAME && c->dialect_var && strcmp(n->text, c->dialect_var) == 0)
		return true;
	if (!n || n->kind != PY_ATTR || strcmp(n->text, "name") != 0 || !n->a ||
	    n->a->kind != PY_ATTR || strcmp(n->a->text, "dialect") != 0)
		return false;
	n = n->a->a;
	if (n && n->kind == PY_ATTR && strcmp(n->text, "engine") == 0)
		n = n->a;
	k = callee(c, n);
	return is(k, "op.get_context") || is(k, "op.get_bind") ||
	       is(k, "alembic.context.get_context") || is(k, "alembic.context.get_bind");
}

/* A name's bit in a test, where a MariaDB server is `named` "mariadb"
 * (SQLAlchemy's name for it by a mariadb:// URL) or "mysql" (by a
 * mysql:// one). */
static int test_bit(struct conv *c, const char *name, const char *named)
{
	c->saw_mariadb |= strcmp(name, "mariadb") == 0;
	if (strcmp(name, "mariadb") == 0 || strcmp(name, "mysql") == 0)
		return strcmp(name, named) == 0 ? D_MY : 0;
	return dialect_bit(name);
}

/* The databases a test of the dialect's name holds for, -1 when it is no
 * such test. */
static int test_bits(struct conv *c, const struct py_node *t, const char *named)
{
	const struct py_node *x;
	int bits = 0;
	bool neg;

	t = deref(c, t);
	if (!t)
		return -1;
	if (t->kind == PY_BOOLOP) {
		int a = test_bits(c, t->a, named), b = test_bits(c, t->b, named);
		if (a < 0 || b < 0)
			return -1;
		return strcmp(t->text, "or") == 0 ? (a | b) : (a & b);
	}
	if (t->kind == PY_UNARY && strcmp(t->text, "not") == 0) {
		int a = test_bits(c, t->a, named);
		return a < 0 ? -1 : D_ALL & ~a;
	}
	if (t->kind != PY_COMPARE || !is_dialect_name(c, t->a))
		return -1;
	neg = strcmp(t->text, "!=") == 0 || strcmp(t->text, "not in") == 0;
	if (strcmp(t->text, "==") == 0 || strcmp(t->text, "!=") == 0) {
		const struct py_node *v = deref(c, t->b);
		if (!v || v->kind != PY_STR)
			return -1;
		bits = test_bit(c, v->text, named);
	} else if (strcmp(t->text, "in") == 0 || strcmp(t->text, "not in") == 0) {
		const struct py_node *v = deref(c, t->b);
		if (!v || (v->kind != PY_TUPLE && v->kind != PY_LIST && v->kind != PY_SET))
			return -1;
		for (x = v->items.head; x; x = x->next) {
			const struct py_node *s = deref(c, x);
			if (!s || s->kind != PY_STR)
				return -1;
			bits |= test_bit(c, s->text, named);
		}
	} else {
		return -1;
	}
	return neg ? D_ALL & ~bits : bits;
}

/* A test of the dialect, "mysql" read as SQLAlchemy names MariaDB by the
 * usual mysql:// URL; a test that names "mariadb" must hold the same
 * either way, as retort's mysql is both. */
static int dialect_test(struct conv *c, const struct py_node *t)
{
	int a, b;

	c->saw_mariadb = false;
	a = test_bits(c, t, "mysql");
	b = test_bits(c, t, "mariadb");
	if (a < 0 || b < 0)
		return -1;
	if (a != b && c->saw_mariadb) {
		refuse(c, "a test of 'mariadb' or 'mysql' alone (SQLAlchemy names a MariaDB "
		       "server either way, by its URL; retort's mysql is both)");
		return -1;
	}
	return a;
}

static void conv_stmts(struct conv *c, const struct py_list *l, struct sbuf *out, int indent);

/* ops, what the statement n became, written, unless the language would
 * refuse them (an identity with a default, say: the parser checks more
 * than the importer): then n is a todo with the parser's word, so that a
 * file imported parses but for its todos. */
static void ops_out(struct conv *c, const struct py_node *n, const struct oplist *ops,
		    struct sbuf *out, int indent)
{
	struct sbuf text = SBUF_INIT, doc = SBUF_INIT;
	struct diag d = DIAG_INIT;
	struct arena *a = arena_new();
	struct srcfile *src;
	size_t i;

	irwrite_ops(&text, ops, indent);
	sbuf_adds(&doc, "revision 'x';\nrevises base;\nupgrade {\n");
	sbuf_adds(&doc, sbuf_str(&text));
	sbuf_adds(&doc, "}\ndowngrade {\n}\n");
	src = srcfile_from_string(c->shown, sbuf_str(&doc), doc.len);
	(void)parse_file(a, src, PARSE_REVISION, &d);
	for (i = 0; i < d.n && d.v[i].sev != DIAG_SEV_ERROR; i++)
		;
	if (i < d.n)
		todo(c, n, arena_printf(c->a, "what it would be the language refuses: %s",
					d.v[i].msg), out, indent);
	else
		sbuf_adds(out, sbuf_str(&text));
	srcfile_free(src);
	arena_free(a);
	diag_release(&d);
	sbuf_release(&doc);
	sbuf_release(&text);
}

static void only_block(struct conv *c, int bits, const struct py_list *body,
		       const struct py_node *branch, struct sbuf *out, int indent)
{
	static const char *const names[] = { "postgresql", "mysql", "sqlite" };
	bool first = true;
	int i;

	if (!bits) {
		/* for databases retort does not target: kept as a comment */
		indent_to(out, indent);
		sbuf_adds(out, "-- for databases retort does not target (left as it was):\n");
		python_lines(c, branch, "-- | ", out, indent);
		return;
	}
	indent_to(out, indent);
	sbuf_adds(out, "only ");
	for (i = 0; i < 3; i++)
		if (bits & (1 << i)) {
			sbuf_addf(out, "%s%s", first ? "" : ", ", names[i]);
			first = false;
		}
	sbuf_adds(out, " {\n");
	conv_stmts(c, body, out, indent + 1);
	indent_to(out, indent);
	sbuf_adds(out, "}\n");
}

static void conv_if(struct conv *c, const struct py_node *n, struct sbuf *out, int indent)
{
	int left = D_ALL;
	const struct py_node *b;

	/* every test in the chain must be one of the dialect */
	for (b = n; b; b = b->orelse.n == 1 && (b->orelse.head->flags & PY_ELIF)
				   ? b->orelse.head : NULL)
		if (dialect_test(c, b->a) < 0) {
			todo(c, n, c->why ? c->why : "an if that does not test the dialect alone",
			     out, indent);
			return;
		}
	for (b = n;;) {
		int bits = dialect_test(c, b->a) & left;
		only_block(c, bits, &b->body, b, out, indent);
		left &= ~bits;
		if (b->orelse.n == 1 && (b->orelse.head->flags & PY_ELIF)) {
			b = b->orelse.head;
			continue;
		}
		if (b->orelse.n)
			only_block(c, left, &b->orelse, b->orelse.head, out, indent);
		break;
	}
}

static void conv_with(struct conv *c, const struct py_node *n, struct sbuf *out, int indent)
{
	static const char *const known[] = { "table_name", "schema", "recreate",
		"reflect_args", "reflect_kwargs", "table_args", "table_kwargs", NULL };
	const struct py_node *item = n->items.head, *call, *x;
	const char *k, *var, *rec = NULL;
	struct oplist body = { NULL, NULL, 0 };
	struct qname t;
	struct op *op;

	c->why = NULL;
	call = item ? item->a : NULL;
	if (n->items.n == 1 && !item->b && call && call->kind == PY_CALL && !call->items.n &&
	    call->a->kind == PY_ATTR && strcmp(call->a->text, "autocommit_block") == 0 &&
	    call->a->a->kind == PY_CALL &&
	    (is(callee(c, call->a->a), "op.get_context") ||
	     is(callee(c, call->a->a), "alembic.context.get_context"))) {
		/* what PostgreSQL runs outside a transaction only: the language
		 * says so of the whole revision */
		c->autocommit = true;
		indent_to(out, indent);
		sbuf_adds(out, "-- Alembic's autocommit_block(): the revision is transactional "
			  "false\n");
		conv_stmts(c, &n->body, out, indent);
		return;
	}
	k = callee(c, call);
	if (n->items.n != 1 || !is(k, "op.batch_alter_table") || !item->b ||
	    item->b->kind != PY_NAME) {
		todo(c, n, "a with statement that is not op.batch_alter_table(...) as name", out,
		     indent);
		return;
	}
	var = item->b->text;
	if (!kwargs_known(c, call, known) ||
	    !table_of(c, arg(call, 0, "table_name"), arg(call, 99, "schema"), &t) ||
	    ((x = arg(call, 99, "recreate")) && !(rec = str_of(c, x, "recreate")))) {
		todo(c, n, c->why, out, indent);
		return;
	}
	if (rec && strcmp(rec, "auto") != 0 && strcmp(rec, "always") != 0) {
		todo(c, n, "recreate='never' is not converted", out, indent);
		return;
	}
	/* table_args and the reflect arguments: only empty ones */
	for (x = call->items.head; x; x = x->next) {
		const struct py_node *v = x->kind == PY_KWARG ? deref(c, x->a) : NULL;
		if (!v || strcmp(x->text, "schema") == 0 || strcmp(x->text, "recreate") == 0 ||
		    strcmp(x->text, "table_name") == 0)
			continue;
		if ((v->kind != PY_TUPLE && v->kind != PY_DICT && v->kind != PY_LIST) ||
		    v->items.n) {
			todo(c, n, "a batch's table_args or reflect arguments", out, indent);
			return;
		}
	}
	c->batch_var = var;
	for (x = n->body.head; x; x = x->next) {
		if (x->kind == PY_PASS ||
		    (x->kind == PY_EXPR_STMT && x->a->kind == PY_STR))
			continue;
		if (x->kind != PY_EXPR_STMT || x->a->kind != PY_CALL ||
		    !call_ops(c, x->a, &t, &body)) {
			const char *why = c->why ? c->why : "a statement in a batch that is not a "
							   "batch op";
			c->batch_var = NULL;
			todo(c, n, arena_printf(c->a, "in the batch, %s", why), out, indent);
			return;
		}
	}
	c->batch_var = NULL;
	op = ir_new_batch(c->a, nowhere, t, body);
	op->u.block.recreate = rec && strcmp(rec, "always") == 0;
	memset(&body, 0, sizeof(body));
	ir_oplist_append(&body, op);
	ops_out(c, n, &body, out, indent);
}

static const char *kind_words(struct conv *c, const struct py_node *n)
{
	switch (n->kind) {
	case PY_ASSIGN: case PY_AUGASSIGN: case PY_ANNASSIGN:
		if (c && n->a && is(callee(c, n->a), "op.get_bind"))
			return "a data migration through the connection (op.get_bind())";
		return "an assignment (a value computed when it runs)";
	case PY_FOR: case PY_WHILE: return "a loop";
	case PY_DEF: case PY_CLASS: return "a function or class defined in the migration";
	case PY_TRY: return "a try statement";
	case PY_IMPORT: case PY_FROM: return "an import inside the function";
	case PY_RETURN: return "a return";
	case PY_ERROR: return "a statement the Python reader could not read";
	default: return "a statement that is not converted";
	}
}

static void conv_stmt(struct conv *c, const struct py_node *n, struct sbuf *out, int indent)
{
	struct oplist ops = { NULL, NULL, 0 };

	c->why = NULL;
	switch (n->kind) {
	case PY_PASS:
		return;
	case PY_IF:
		conv_if(c, n, out, indent);
		return;
	case PY_WITH:
		conv_with(c, n, out, indent);
		return;
	case PY_ASSIGN:
		/* the dialect's name kept for the ifs after: they say it */
		if (n->items.n == 1 && n->items.head->kind == PY_NAME) {
			const char *name = n->items.head->text;
			if (is_dialect_name(c, n->a)) {
				c->dialect_var = name;
				return;
			}
			if (c->dialect_var && strcmp(name, c->dialect_var) == 0)
				c->dialect_var = NULL;
		}
		break;
	case PY_EXPR_STMT:
		if (n->a->kind == PY_STR && !(n->a->flags & PY_STR_F)) {
			python_lines(c, n, "-- ", out, indent);	/* a docstring */
			return;
		}
		if (n->a->kind == PY_CALL) {
			if (call_ops(c, n->a, NULL, &ops))
				ops_out(c, n, &ops, out, indent);
			else
				todo(c, n, c->why, out, indent);
			return;
		}
		break;
	default:
		break;
	}
	todo(c, n, kind_words(c, n), out, indent);
}

static void conv_stmts(struct conv *c, const struct py_list *l, struct sbuf *out, int indent)
{
	const struct py_node *n;

	for (n = l->head; n; n = n->next)
		conv_stmt(c, n, out, indent);
}

/* ---- the module: imports, names, header ---- */

static void bind_imports(struct conv *c, const struct py_node *n)
{
	const struct py_node *al;

	for (al = n->items.head; al; al = al->next) {
		const char *as = al->b ? al->b->text : NULL;
		if (n->kind == PY_IMPORT) {
			if (as)
				strmap_put(c->alias, as, (void *)al->text);
			else	/* import a.b binds a */
				strmap_put(c->alias, arena_strndup(c->a, al->text,
					   strcspn(al->text, ".")),
					   (void *)arena_strndup(c->a, al->text,
								 strcspn(al->text, ".")));
		} else if (n->n == 0 && n->text && strcmp(al->text, "*") != 0) {
			strmap_put(c->alias, as ? as : al->text,
				   (void *)arena_printf(c->a, "%s.%s", n->text, al->text));
		}
	}
}

struct header {
	const char *revision, *message, *created;
	struct valuelist down, labels, depends;
	const struct py_node *upgrade, *downgrade;
};

/* None, a string, or a tuple or list of strings, into l. */
static bool strings_of(struct conv *c, const struct py_node *n, const char *what,
		       struct valuelist *l)
{
	const struct py_node *x;
	const char *s;

	memset(l, 0, sizeof(*l));
	n = deref(c, n);
	if (is_none(n))
		return true;
	if (n->kind == PY_STR) {
		if (!(s = name_of(c, n, what)))
			return false;
		ir_valuelist_append(l, ir_new_value(c->a, VAL_STRING, s, nowhere));
		return true;
	}
	if (n->kind != PY_TUPLE && n->kind != PY_LIST)
		return refuse(c, "%s is not a string, a tuple of strings or None", what);
	for (x = n->items.head; x; x = x->next) {
		if (!(s = name_of(c, x, what)))
			return false;
		ir_valuelist_append(l, ir_new_value(c->a, VAL_STRING, s, nowhere));
	}
	return true;
}

/* The docstring's first line (the message) and its "Create Date:". */
static void doc_of(struct conv *c, const char *doc, struct header *h)
{
	const char *line = doc, *nl, *cd;
	size_t n;

	while (*line == '\n' || *line == ' ')
		line++;
	n = strcspn(line, "\n");
	while (n && (line[n - 1] == ' ' || line[n - 1] == '\r'))
		n--;
	h->message = arena_strndup(c->a, line, n);
	for (line = doc; line && *line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		while (*line == ' ')
			line++;
		if (strncmp(line, "Create Date:", 12) == 0) {
			cd = line + 12;
			while (*cd == ' ')
				cd++;
			n = nl ? (size_t)(nl - cd) : strlen(cd);
			while (n && (cd[n - 1] == ' ' || cd[n - 1] == '\r'))
				n--;
			h->created = arena_strndup(c->a, cd, n);
			break;
		}
	}
}

static bool module_scan(struct conv *c, const struct py_module *m, struct header *h,
			struct diag *d)
{
	const struct py_node *n, *v;

	memset(h, 0, sizeof(*h));
	n = m->body.head;
	if (n && n->kind == PY_EXPR_STMT && n->a->kind == PY_STR && !(n->a->flags & PY_STR_F))
		doc_of(c, n->a->text, h);
	for (; n; n = n->next) {
		if (n->kind == PY_IMPORT || n->kind == PY_FROM)
			bind_imports(c, n);
		else if (n->kind == PY_ASSIGN) {
			const struct py_node *t;
			for (t = n->items.head; t; t = t->next)
				if (t->kind == PY_NAME)
					strmap_put(c->consts, t->text, (void *)n->a);
		} else if (n->kind == PY_ANNASSIGN && n->a && n->b->kind == PY_NAME) {
			strmap_put(c->consts, n->b->text, (void *)n->a);
		} else if (n->kind == PY_DEF && strcmp(n->text, "upgrade") == 0) {
			h->upgrade = n;
		} else if (n->kind == PY_DEF && strcmp(n->text, "downgrade") == 0) {
			h->downgrade = n;
		}
	}
	c->why = NULL;
	if (!(v = strmap_get(c->consts, "revision"))) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_HEADER, "%s: no `revision = '...'` in this file; "
			   "it is not imported", c->shown);
		return false;
	}
	if (!(h->revision = str_of(c, v, "revision")) ||
	    !strings_of(c, strmap_get(c->consts, "down_revision"), "down_revision", &h->down) ||
	    !strings_of(c, strmap_get(c->consts, "branch_labels"), "branch_labels", &h->labels) ||
	    !strings_of(c, strmap_get(c->consts, "depends_on"), "depends_on", &h->depends)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_HEADER, "%s: %s; it is not imported", c->shown,
			   c->why);
		return false;
	}
	if (!ir_revision_id_chars_ok(h->revision) || strlen(h->revision) > IR_REVISION_ID_MAX) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_HEADER, "%s: the revision id '%s' is not one "
			   "retort can keep (letters, digits, _ - . and at most %d of them)",
			   c->shown, h->revision, IR_REVISION_ID_MAX);
		return false;
	}
	return true;
}

static void write_strings(struct sbuf *out, const char *key, const struct valuelist *l)
{
	const struct value *v;

	if (!l->n)
		return;
	sbuf_addf(out, "%s ", key);
	if (l->n > 1)
		sbuf_addc(out, '(');
	for (v = l->head; v; v = v->next) {
		irwrite_string(out, v->text);
		if (v->next)
			sbuf_adds(out, ", ");
	}
	sbuf_adds(out, l->n > 1 ? ");\n" : ";\n");
}

static void write_block(struct conv *c, const char *name, const struct py_node *def,
			struct sbuf *out)
{
	sbuf_addf(out, "\n%s {\n", name);
	c->dialect_var = NULL;
	c->enums = strmap_new(0);
	if (def) {
		conv_stmts(c, &def->body, out, 1);
	} else {
		/* Alembic calls it: without it the revision cannot run that way */
		const char *why = arena_printf(c->a, "%s: no %s() in this file", c->shown, name);
		sbuf_adds(out, "\ttodo ");
		irwrite_string(out, why);
		sbuf_adds(out, ";\n");
		sbuf_addf(c->places, "%s\n", why);
		c->nplaces++;
	}
	strmap_free(c->enums);
	c->enums = NULL;
	sbuf_adds(out, "}\n");
}

/* One revision file as the migration language (the digest line first). */
static bool convert_file(struct conv *c, const struct py_module *m, struct sbuf *out,
			 const char **rev, struct diag *d)
{
	struct header h;
	struct sbuf blocks = SBUF_INIT;

	if (!module_scan(c, m, &h, d))
		return false;
	*rev = h.revision;
	sbuf_addf(out, "-- Imported by retort import from %s.\n", c->shown);
	sbuf_adds(out, "revision ");
	irwrite_string(out, h.revision);
	sbuf_adds(out, ";\n");
	if (h.down.n)
		write_strings(out, "revises", &h.down);
	else
		sbuf_adds(out, "revises base;\n");
	if (h.message && *h.message) {
		sbuf_adds(out, "message ");
		irwrite_string(out, h.message);
		sbuf_adds(out, ";\n");
	}
	if (h.created && *h.created) {
		sbuf_adds(out, "created ");
		irwrite_string(out, h.created);
		sbuf_adds(out, ";\n");
	}
	write_strings(out, "branch_labels", &h.labels);
	write_strings(out, "depends_on", &h.depends);
	c->autocommit = false;
	write_block(c, "upgrade", h.upgrade, &blocks);
	write_block(c, "downgrade", h.downgrade, &blocks);
	if (c->autocommit)
		sbuf_adds(out, "transactional false;\n");
	sbuf_adds(out, sbuf_str(&blocks));
	sbuf_release(&blocks);
	return true;
}

/* ---- the project: alembic.ini, its version locations, the files ---- */

struct alembic_ini {
	const char *here;
	char *script_location, *version_locations, *separator, *recursive;
};

static int on_ini(void *ctx, const char *section, const char *name, const char *value)
{
	struct alembic_ini *ini = ctx;
	char **slot = NULL;

	if (strcmp(section, "alembic") != 0)
		return 1;
	if (strcmp(name, "script_location") == 0)
		slot = &ini->script_location;
	else if (strcmp(name, "version_locations") == 0)
		slot = &ini->version_locations;
	else if (strcmp(name, "version_path_separator") == 0)
		slot = &ini->separator;
	else if (strcmp(name, "recursive_version_locations") == 0)
		slot = &ini->recursive;
	if (slot) {
		free(*slot);
		*slot = xstrdup(value);
	}
	return 1;
}

/* ConfigParser's interpolation of the values Alembic reads: %(here)s is
 * the ini's folder, %% a percent sign; any other %(name)s is refused. */
static char *interpolate(const char *v, const char *here, struct diag *d)
{
	struct sbuf sb = SBUF_INIT;

	while (*v) {
		if (strncmp(v, "%(here)s", 8) == 0) {
			sbuf_adds(&sb, here);
			v += 8;
		} else if (strncmp(v, "%%", 2) == 0) {
			sbuf_addc(&sb, '%');
			v += 2;
		} else if (*v == '%') {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "alembic.ini: the interpolation "
				   "in '%s' is not read (only %%(here)s is)", v);
			sbuf_release(&sb);
			return NULL;
		} else {
			sbuf_addc(&sb, *v++);
		}
	}
	return sbuf_detach(&sb, NULL);
}

static bool is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The folders the revisions are in, from an ini or a folder. */
static bool locations(const char *source, char ***dirs, size_t *n, bool *recursive,
		      struct diag *d)
{
	struct alembic_ini ini;
	char *here, *slash;
	size_t cap = 0;
	bool ok = false;

	*dirs = NULL;
	*n = 0;
	if (is_dir(source)) {
		XGROW(*dirs, cap, 1);
		(*dirs)[(*n)++] = xstrdup(source);
		return true;
	}
	memset(&ini, 0, sizeof(ini));
	here = xstrdup(source);
	slash = strrchr(here, '/');
	if (slash)
		*slash = '\0';
	else
		strcpy(here, ".");
	ini.here = here;
	switch (ini_parse(source, on_ini, &ini)) {
	case 0:
		break;
	case -1:
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read '%s' (name an alembic.ini or "
			   "the folder of an Alembic project's revisions)", source);
		goto out;
	default:
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "'%s' is not an ini file Alembic reads",
			   source);
		goto out;
	}
	if (!ini.script_location) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s: no script_location in [alembic]",
			   source);
		goto out;
	}
	*recursive = ini.recursive && strcmp(ini.recursive, "true") == 0;	/* Alembic's test */
	{
		char *loc = interpolate(ini.script_location, here, d);
		if (!loc)
			goto out;
		if (strchr(loc, ':') && !is_dir(loc)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s: script_location '%s' names a "
				   "package; give the folder instead", source, loc);
			free(loc);
			goto out;
		}
		/* a relative location is the current folder's, as Alembic reads it */
		if (!ini.version_locations) {
			struct sbuf v = SBUF_INIT;
			sbuf_addf(&v, "%s/versions", loc);
			XGROW(*dirs, cap, 1);
			(*dirs)[(*n)++] = sbuf_detach(&v, NULL);
			free(loc);
			ok = true;
			goto out;
		}
		free(loc);
	}
	{
		char *all = interpolate(ini.version_locations, here, d);
		if (!all)
			goto out;
		if (!util_split_paths(all, ini.separator, dirs, n)) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_CONFIG, "%s: version_path_separator '%s' is "
				   "not one Alembic knows", source, ini.separator);
			free(all);
			goto out;
		}
		free(all);
		ok = *n > 0;
	}
out:
	free(here);
	free(ini.script_location);
	free(ini.version_locations);
	free(ini.separator);
	free(ini.recursive);
	return ok;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A revision file Alembic would read: *.py, not __init__.py nor an
 * editor's lock file (.#...). */
static bool is_revision_py(const char *name)
{
	size_t n = strlen(name);

	return n > 3 && strcmp(name + n - 3, ".py") == 0 && strcmp(name, "__init__.py") != 0 &&
	       strncmp(name, ".#", 2) != 0;
}

static bool list_py(const char *dir, bool recursive, char ***files, size_t *n, size_t *cap,
		    struct diag *d)
{
	DIR *dh = opendir(dir);
	struct dirent *e;
	size_t first = *n, nsub = 0, subcap = 0, i;
	char **subs = NULL;
	bool ok = true;

	if (!dh) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read the folder '%s': %s", dir,
			   strerror(errno));
		return false;
	}
	while ((e = readdir(dh)) != NULL) {
		struct sbuf p = SBUF_INIT;
		struct stat st;
		sbuf_addf(&p, "%s/%s", dir, e->d_name);
		if (is_revision_py(e->d_name)) {
			XGROW(*files, *cap, *n + 1);
			(*files)[(*n)++] = sbuf_detach(&p, NULL);
			continue;
		}
		/* recursive_version_locations: the folders below, as os.walk
		 * goes (no symbolic link followed), but Python's caches */
		if (recursive && strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
		    strcmp(e->d_name, "__pycache__") != 0 &&
		    lstat(sbuf_str(&p), &st) == 0 && S_ISDIR(st.st_mode)) {
			XGROW(subs, subcap, nsub + 1);
			subs[nsub++] = sbuf_detach(&p, NULL);
			continue;
		}
		sbuf_release(&p);
	}
	closedir(dh);
	for (i = 0; i < nsub; i++) {
		ok = ok && list_py(subs[i], true, files, n, cap, d);
		free(subs[i]);
	}
	free(subs);
	qsort(*files + first, *n - first, sizeof(char *), name_cmp);
	return ok;
}

/* The digest a file carries in its second line: what it held when import
 * wrote it, so that a file a person has edited since is left alone. */
static const char *const digest_tag = "-- import-digest: ";

static bool file_edited(const char *path, bool *exists)
{
	const char *err;
	struct srcfile *f = srcfile_load(path, NULL, &err);
	const char *t, *nl, *tag;
	char want[32];
	bool edited = true;

	*exists = f != NULL;
	if (!f)
		return false;
	t = f->text;
	nl = strchr(t, '\n');
	tag = nl ? nl + 1 : NULL;
	if (tag && strncmp(tag, digest_tag, strlen(digest_tag)) == 0) {
		const char *rest = strchr(tag, '\n');
		struct sbuf body = SBUF_INIT;
		if (rest) {
			sbuf_add(&body, t, (size_t)(tag - t));
			sbuf_adds(&body, rest + 1);
			snprintf(want, sizeof(want), "%016llx",
				 (unsigned long long)util_hash(sbuf_str(&body)));
			edited = strncmp(tag + strlen(digest_tag), want, 16) != 0;
		}
		sbuf_release(&body);
	}
	srcfile_free(f);
	return edited;
}

/* text with its digest line put in after the first. */
static char *with_digest(const char *text)
{
	struct sbuf sb = SBUF_INIT;
	const char *nl = strchr(text, '\n');

	sbuf_add(&sb, text, (size_t)(nl - text + 1));
	sbuf_addf(&sb, "%s%016llx\n", digest_tag, (unsigned long long)util_hash(text));
	sbuf_adds(&sb, nl + 1);
	return sbuf_detach(&sb, NULL);
}

/* The files written but not yet in place: a batch is made durable with
 * one flush to disk (util_atomic_commit_all), not one a file, which is
 * most of the time of an import of thousands of revisions.  A batch is
 * small enough that a killed import leaves few temporary files, and its
 * open descriptors stay far below the usual limit of 1024. */
#define WRITE_BATCH 128
struct batch {
	struct util_atomic at[WRITE_BATCH];
	char *path[WRITE_BATCH];
	bool whole[WRITE_BATCH];	/* converted whole (no place left) */
	size_t n;
	size_t converted, whole_n;	/* in place so far */
};

/* The batch's files put in place and listed in out; false (after a
 * message) when one could not be. */
static bool batch_commit(struct batch *b, struct sbuf *out, struct diag *d)
{
	size_t i, failed;
	bool ok = util_atomic_commit_all(b->at, b->n, &failed);

	if (!ok && failed + 1 < b->n)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s' (nor the %zu files after "
			   "it, to be imported again): %s", b->path[failed], b->n - failed - 1,
			   strerror(errno));
	else if (!ok)
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", b->path[failed],
			   strerror(errno));
	for (i = 0; i < b->n; i++) {
		if (i < failed) {
			sbuf_addf(out, "Generating %s ... done\n", b->path[i]);
			b->converted++;
			b->whole_n += b->whole[i];
		}
		free(b->path[i]);
	}
	b->n = 0;
	return ok;
}

/* text written to a temporary file for path, to be put in place with the
 * batch; false (after a message) when it could not be */
static bool batch_add(struct batch *b, const char *path, const char *text, bool whole,
		      struct sbuf *out, struct diag *d)
{
	struct util_atomic *at = &b->at[b->n];

	if (!util_atomic_open(at, path)) {
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", path, strerror(errno));
		return false;
	}
	if (fputs(text, at->f) < 0 || !util_atomic_close(at)) {
		int e = errno;
		if (at->f)
			util_atomic_abandon(at);
		diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot write '%s': %s", path, strerror(e));
		return false;
	}
	b->path[b->n] = xstrdup(path);
	b->whole[b->n++] = whole;
	return b->n < WRITE_BATCH || batch_commit(b, out, d);
}

/* The .mig's name: the .py's, less .py, in the characters retort keeps. */
static char *mig_name(const char *py_path)
{
	const char *base = strrchr(py_path, '/');
	struct sbuf sb = SBUF_INIT;
	size_t n, i;

	base = base ? base + 1 : py_path;
	n = strlen(base) - 3;
	for (i = 0; i < n; i++) {
		char ch = base[i];
		bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			  (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '.';
		sbuf_addc(&sb, ok ? ch : '_');
	}
	sbuf_adds(&sb, ".mig");
	return sbuf_detach(&sb, NULL);
}

bool pyimport_convert(const char *shown, struct srcfile *src, struct sbuf *out,
		      struct sbuf *places, size_t *nplaces, struct diag *d)
{
	struct conv c;
	struct diag one = DIAG_INIT;
	struct py_module *m;
	const char *rev;
	bool ok;

	memset(&c, 0, sizeof(c));
	c.a = arena_new();
	c.src = src;
	c.shown = shown;
	c.alias = strmap_new(0);
	c.consts = strmap_new(0);
	c.places = places;
	m = pyparse_file(c.a, src, &one);
	diag_move(d, &one);
	ok = convert_file(&c, m, out, &rev, d);
	*nplaces = c.nplaces;
	strmap_free(c.alias);
	strmap_free(c.consts);
	arena_free(c.a);
	diag_release(&one);
	return ok;
}

int pyimport_run(const struct pyimport_opts *o, struct sbuf *out, struct diag *d)
{
	const char *source = o->source ? o->source : "alembic.ini";
	char **dirs = NULL, **files = NULL;
	size_t ndirs = 0, nfiles = 0, cap = 0, i, whole, converted, kept = 0;
	size_t nplaces = 0, failed = 0;
	struct sbuf places = SBUF_INIT;
	struct strmap *written;
	struct batch *batch;
	char **names;
	bool recursive = false;
	int rc = RETORT_OK;

	if (!locations(source, &dirs, &ndirs, &recursive, d))
		return RETORT_ERR_USAGE;
	for (i = 0; i < ndirs; i++)
		if (!list_py(dirs[i], recursive, &files, &nfiles, &cap, d))
			rc = RETORT_ERR_USAGE;
	written = strmap_new(nfiles);
	names = xcalloc(nfiles ? nfiles : 1, sizeof(*names));
	batch = xcalloc(1, sizeof(*batch));
	for (i = 0; i < nfiles && rc == RETORT_OK; i++) {
		const char *err;
		struct srcfile *src = srcfile_load(files[i], NULL, &err);
		struct sbuf text = SBUF_INIT, path = SBUF_INIT;
		char *name, *final;
		size_t left = 0;
		bool exists;

		if (!src) {
			diag_plain(d, DIAG_SEV_ERROR, DIAG_IO, "cannot read '%s': %s", files[i], err);
			failed++;
			continue;
		}
		if (pyimport_convert(files[i], src, &text, &places, &left, d)) {
			const char *other;
			name = names[i] = mig_name(files[i]);	/* the map's key */
			sbuf_addf(&path, "%s/%s", o->versions, name);
			if ((other = strmap_put(written, name, files[i])) != NULL) {
				/* two folders' files of one name: the first one stays */
				strmap_put(written, name, (void *)other);
				diag_plain(d, DIAG_SEV_ERROR, DIAG_USAGE, "%s and %s would both be %s; "
					   "the second is not imported", other, files[i],
					   sbuf_str(&path));
				failed++;
			} else if (file_edited(sbuf_str(&path), &exists) && exists && !o->force) {
				diag_plain(d, DIAG_SEV_WARNING, DIAG_USAGE, "%s was edited since it was "
					   "imported; left as it is (--force writes it again)",
					   sbuf_str(&path));
				kept++;
			} else {
				final = with_digest(sbuf_str(&text));
				if (!batch_add(batch, sbuf_str(&path), final, left == 0, out, d))
					rc = RETORT_ERR_USAGE;
				free(final);
			}
			nplaces += left;
		} else {
			failed++;
		}
		sbuf_release(&text);
		sbuf_release(&path);
		srcfile_free(src);
	}
	if (batch->n && !batch_commit(batch, out, d))
		rc = RETORT_ERR_USAGE;
	converted = batch->converted;
	whole = batch->whole_n;
	free(batch);
	sbuf_addf(out, "\n%zu revision%s imported, %zu converted whole", converted,
		  converted == 1 ? "" : "s", whole);
	if (kept)
		sbuf_addf(out, ", %zu left as edited", kept);
	if (failed)
		sbuf_addf(out, ", %zu not imported", failed);
	sbuf_addf(out, "; %zu place%s left for a person%s\n", nplaces, nplaces == 1 ? "" : "s",
		  nplaces ? ":" : ".");
	sbuf_add(out, places.buf ? places.buf : "", places.len);
	if (rc == RETORT_OK && (nplaces || failed))
		rc = RETORT_ERR_MIGRATION;
	sbuf_release(&places);
	strmap_free(written);
	for (i = 0; i < nfiles; i++)
		free(names[i]);
	free(names);
	for (i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	for (i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	return rc;
}
