/* The dialect interface.  A backend is one const struct dialect: the rules
 * the schema model takes from it (its name among them), capability flags,
 * how it quotes names and spells literals and types, and an emitter per op
 * kind.  A NULL emitter falls back to the generic one in
 * dialect.c, so a backend overrides only what differs.  Callers outside
 * dialects/ ask capabilities; they never ask which dialect this is. */
#ifndef RETORT_DIALECT_H
#define RETORT_DIALECT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ir.h"
#include "sbuf.h"
#include "schema.h"

struct arena;
struct srcfile;

enum dialect_cap {
	CAP_TRANSACTIONAL_DDL = 1u << 0,	/* DDL can be rolled back */
	CAP_ALTER_COLUMN_TYPE = 1u << 1,
	CAP_COMMENTS = 1u << 2,			/* table/column comments exist */
	CAP_NATIVE_ENUM = 1u << 3,		/* enums are schema objects */
	CAP_SEQUENCES = 1u << 4,
	CAP_SCHEMAS = 1u << 5,			/* schema-qualified names */
	CAP_PARTIAL_INDEX = 1u << 6,
	CAP_EXPRESSION_INDEX = 1u << 7,
	CAP_CONCURRENT_INDEX = 1u << 8,
	CAP_EXCLUDE_CONSTRAINT = 1u << 9,
	CAP_DEFERRABLE = 1u << 10,
	CAP_USING_CAST = 1u << 11,		/* alter_column ... using */
	CAP_ALTER_CONSTRAINTS = 1u << 12,	/* ALTER TABLE adds and drops
						 * constraints (else they live in
						 * CREATE TABLE only) */
	CAP_DEFERRABLE_FK = 1u << 13,		/* foreign keys may be deferrable
						 * (CAP_DEFERRABLE: any constraint) */
	CAP_INDEX_METHOD = 1u << 14,		/* create_index ... using METHOD */
	CAP_INDEX_NULLS_ORDER = 1u << 15,	/* NULLS FIRST/LAST in an index */
	CAP_INLINE_REFERENCES = 1u << 16,	/* a column's own REFERENCES clause
						 * is a foreign key (MySQL parses it
						 * and ignores it) */
	CAP_INLINE_COMMENTS = 1u << 17,		/* COMMENT 'x' in a column's
						 * definition and after a table's */
	CAP_ENUM_TYPE = 1u << 18,		/* an inline enum is a type of its
						 * own, no CHECK needed */
	CAP_FK_IMPLICIT_COLUMNS = 1u << 19,	/* REFERENCES t means t's primary
						 * key (else they are spelled out,
						 * from the model) */
	CAP_FK_NEEDS_INDEX = 1u << 20,		/* a foreign key needs an index
						 * with its columns in front, and
						 * takes over one made later: it
						 * cannot go while the key is there */
	CAP_FK_PINS_KEY = 1u << 21,		/* the key or unique index a foreign
						 * key references cannot go while
						 * the foreign key is there */
	CAP_MERGES_SAME_KEYS = 1u << 22,	/* CREATE TABLE keeps one of two keys
						 * on the same columns (a second is
						 * added after, by ALTER TABLE) */
	/* What a database's catalog gives back (--from-db compares with it): */
	CAP_KEEPS_SQL_TEXT = 1u << 23,		/* a CHECK, WHERE, index expression
						 * or SQL default as written, not
						 * the server's rewrite of it */
	CAP_SHOWS_AUTOINCREMENT = 1u << 24,	/* which columns are autoincrement */
	CAP_PK_NAME_FIXED = 1u << 25,		/* a primary key has one name, the
						 * database's, whatever it was given */
	CAP_UNIQUE_IS_INDEX = 1u << 26,		/* a unique constraint is a unique
						 * index: one cannot be told from
						 * the other */
	CAP_ENUM_ADD_WAITS = 1u << 27,		/* a value added to an enum type
						 * cannot be used before the
						 * transaction commits */
	CAP_REPLACE_VIEW = 1u << 28,		/* CREATE OR REPLACE VIEW */
	CAP_CLIENT_SPLITS = 1u << 29,		/* its command-line client ends a
						 * statement at any ';' (a trigger
						 * body's too): a script marks one
						 * that holds ';' (DELIMITER) */
	CAP_SHOWS_IDENTITY = 1u << 30		/* which columns are identities
						 * (and which of them always);
						 * their start and increment too
						 * where no identity_start_sql
						 * keeps the start apart */
};

/* What an index may say besides its key (struct dialect.index_caps). */
enum index_cap {
	INDEXCAP_INCLUDE = 1u << 0,	/* INCLUDE (non-key columns) */
	INDEXCAP_OPCLASS = 1u << 1,	/* a key column's operator class */
	INDEXCAP_PREFIX = 1u << 2	/* a key column's prefix length: name(100) */
};

/* Where finished statements and comments go: the --sql writer prints them,
 * the runner executes them.  One code path produces both. */
struct sink {
	/* sql has no terminator; len excludes the NUL */
	void (*statement)(void *ctx, const char *sql, size_t len);
	/* Optional (the runner has none): a statement holding ';' of its own,
	 * for a client that would end it there (CAP_CLIENT_SPLITS); NULL:
	 * statement. */
	void (*compound)(void *ctx, const char *sql, size_t len);
	/* a comment line's text, without the leading "-- " */
	void (*comment)(void *ctx, const char *text);
	/* a "file:line" label for the statements that follow; NULL: comment */
	void (*annotate)(void *ctx, const char *text);
	/* Optional (the --sql writer has none): a revision starts, with its
	 * "Running upgrade A -> B, message" line; and whether the consumer has
	 * stopped (a statement failed), so the script writer stops too. */
	void (*progress)(void *ctx, const char *text);
	bool (*failed)(void *ctx);
	/* Optional: the statements that follow come from op in src (NULL:
	 * from no op, as the version table's do), for a runner's messages. */
	void (*at)(void *ctx, const struct srcfile *src, const struct op *op);
	/* Optional (the runner's): a copy of table is about to start; a view
	 * or trigger of the database that names it and is not in known (the
	 * model's) is described into what, and stops the copy before its
	 * first statement. */
	bool (*unknown_holder)(void *ctx, const char *table, const char *const *known,
			       size_t nknown, struct sbuf *what);
	void *ctx;
};

struct emitter {
	const struct dialect *d;
	struct arena *arena;
	struct diag *diag;
	struct srcfile *src;	/* file of the op being lowered */
	const struct sink *sink;
	struct sbuf stmt;	/* the statement being built */
	bool annotate;		/* emit "-- file:line" before each op */
	bool in_transaction;	/* set by the script writer: ops run in a BEGIN block */
	/* The schema model after the op being lowered (NULL: none, as in a
	 * unit test), and before it, for the tables the op touches, when the
	 * dialect asked (wants_before): lowering may depend on the table. */
	struct schema *model;
	const struct schema_snapshot *before;
	bool refused;		/* the model refused the op: it may not show it */
	/* The table whose columns are being spelled (create_table, add_column),
	 * for a column_type_sql that names things in its schema; else NULL. */
	const struct qname *table;
	/* The values added to enums in the open transaction, where
	 * CAP_ENUM_ADD_WAITS: a use of one is an error until
	 * emitter_committed. */
	struct enum_added *added;
	size_t nadded, capadded;
	int depth;		/* inside how many only/batch blocks */
	/* The -x KEY=VALUE arguments, for `when` blocks and ${x.KEY} in
	 * execute; xargs_known false (verify, check): not known, so every
	 * `when` block is lowered and placeholders are left as written. */
	const char *const *xargs;
	size_t nxargs;
	bool xargs_known;
	const struct op *at;	/* the op being lowered (the innermost), or NULL */
	const struct op *label;	/* its "-- file:line" is due before the next
				 * statement or comment: an op that lowers to
				 * nothing gets none */
	struct sbuf label_text;	/* where that label is written, kept from op
				 * to op (a buffer each cost 3% of upgrade) */
};

struct dialect {
	/* What the schema model must know of this database: its name (as
	 * --dialect and `only` name it), how it reads SQL text (the quote that
	 * makes a name, how unquoted names fold), how long a name may be, the
	 * names it gives unnamed constraints, which casts need 'using'. */
	struct schema_rules rules;
	/* How the database itself reads SQL text (its strings' escapes, the
	 * quote that makes a name, its comments), as rules.sql says how the
	 * migration's fragments are read: emitters write this, drivers read
	 * it, and a fragment goes from the one to the other. */
	struct sqlscan_flavor native;
	const char *alias;		/* another name --dialect and URLs may use
					 * (mariadb for mysql), or NULL */
	unsigned caps;			/* enum dialect_cap bits */
	unsigned index_caps;		/* enum index_cap bits */

	/* Names an unqualified type cannot take (the system's own types, and
	 * keywords that cannot name a type): sorted, lower case. */
	const char *const *builtin_types;
	size_t nbuiltin_types;
	/* What names may not be: begin with the database's own prefix
	 * (sqlite_), end in a blank (MariaDB drops it), hold a character
	 * beyond the BMP (MariaDB's names are 3-byte UTF-8), hold a carriage
	 * return before a line end (the mysql client drops it as it reads a
	 * script, and a quoted name has no escape for it); and the column
	 * names the database gives every table (PostgreSQL's system columns),
	 * sorted, lower case. */
	const char *reserved_prefix;
	bool names_no_trailing_blank, names_bmp_only, names_no_crlf;
	const char *const *system_columns;
	size_t nsystem_columns;
	/* The longest comment it keeps, in characters, of a column and of a
	 * table (0: no limit), and whether it keeps only the BMP in them. */
	size_t max_column_comment, max_table_comment;
	bool comments_bmp_only;
	/* How a transaction starts and ends, where CAP_TRANSACTIONAL_DDL:
	 * statements, NULL-terminated (a setting may go around the BEGIN). */
	const char *const *begin_transaction, *const *commit_transaction;
	/* What every script (and the runner's session) says first, so that
	 * the server reads it as written: statements, NULL-terminated. */
	const char *const *session_setup;
	/* Spells a type; on a type the dialect cannot express, reports a
	 * diagnostic at t->span and returns false. */
	bool (*type_sql)(struct emitter *e, const struct type *t, struct sbuf *out);
	/* Spells a column's type where it depends on the column and not only
	 * on its type (PostgreSQL's SERIAL for an autoincrement key).  NULL:
	 * type_sql, and an autoincrement column gets the standard identity
	 * clause. */
	bool (*column_type_sql)(struct emitter *e, const struct column *c,
				struct sbuf *out);
	/* Whether a column of type t that may be null is written NULL, where
	 * the server would otherwise make it NOT NULL (MySQL's TIMESTAMP when
	 * explicit_defaults_for_timestamp is off, as SQLAlchemy knows).  NULL:
	 * never. */
	bool (*says_null)(const struct type *t);
	/* Where the database makes a sequence for an autoincrement column
	 * (rules.auto_sequence_name) and c names it (column.sequence): the
	 * statement that makes it, before the column (after false), and the
	 * one that gives it to the column, after (after true).  NULL where
	 * the database makes no such sequence: naming one is an error. */
	bool (*named_sequence_sql)(struct emitter *e, const struct qname *table,
				   const struct column *c, bool after);
	/* Identity columns, where the database has no GENERATED ... AS
	 * IDENTITY of its own but a counter: whether it lacks ALWAYS (a value
	 * given by hand is taken) and steps other than 1, and whether the
	 * column must be the table's one-column primary key said on the column
	 * (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT).  identity_start_sql:
	 * the statement that makes the counter begin at c's start (above 1),
	 * after the table is made or the identity given; NULL: the column's
	 * definition says it (and a start below 1 is the database's to take). */
	bool identity_no_always, identity_no_increment, identity_inline_key;
	/* Whether a schema is a database (MySQL): RENAME TO takes a table out
	 * of its schema unless the new name names it, and the version table
	 * is kept in the connection's database. */
	bool schemas_are_databases;
	void (*identity_start_sql)(struct emitter *e, const struct qname *table,
				   const char *column, const struct identity *id);
	/* Where the dialect has no cast straight from one type to the other,
	 * the type to cast through (boolean to bigint via integer); NULL: a
	 * single cast does, or the hook is NULL. */
	const struct type *(*cast_via)(const struct type *from, const struct type *to);
	/* Against a live database (--from-db): the type the catalog reports
	 * for a column of type t (autoincrement or not), where that is not t
	 * itself (PostgreSQL's float is double precision; an enum by name is
	 * its values where enums are no objects); m resolves enum names, a
	 * holds a new type.  NULL: t. */
	const struct type *(*stored_type)(const struct schema *m, struct arena *a,
					  const struct type *t, bool autoincrement);
	/* The foreign key action the catalog reports for one given; NULL: the
	 * same, and NO ACTION for none. */
	enum fk_action (*stored_action)(enum fk_action act);
	/* A column default (a value or raw SQL), where the dialect spells one
	 * differently; NULL: the generic spelling. */
	bool (*default_sql)(struct emitter *e, const struct value *v, const struct type *t);
	/* (default_sql writes into e->stmt, for a column of type t, or NULL
	 * where the type is not at hand; false after a diagnostic.)
	 * Table options (with (...)) named for this dialect, after CREATE
	 * TABLE's closing parenthesis; NULL: the dialect takes none. */
	void (*table_options_sql)(struct emitter *e, const struct kv *options);
	/*
	 * Where CAP_COMMENTS is missing: what a table or column comment
	 * becomes (column NULL: the table's; text NULL: removed); NULL: it is
	 * left out with a warning. */
	void (*comment_fallback)(struct emitter *e, const struct qname *table,
				 const char *column, const char *text);
	/* Whether lowering op needs the tables it touches as they were before
	 * it (emitter.before); NULL: never. */
	bool (*wants_before)(const struct op *op);
	/* One per op kind; NULL uses the generic emitter. Returns false after
	 * reporting a diagnostic. */
	bool (*emit[OP__COUNT])(struct emitter *e, const struct op *op);
};

/* Whether create_index's options fit e's dialect: an error at each one
 * it lacks (include, ops, length).  For a backend that writes its own
 * CREATE INDEX. */
bool dialect_index_options_ok(struct emitter *e, const struct index_def *ix);

/* A batch that leaves table t as the model has it: for each of t's
 * columns, the name it had before the batch (NULL: the batch added it),
 * following its renames back. */
const char **dialect_batch_sources(struct emitter *e, const struct op *batch,
				   const struct sch_table *t);

/* Registry. */
const struct dialect *dialect_find(const char *name);
const struct dialect *dialect_find_exact(const char *name);
/* The registered dialects, in a fixed order; NULL after the last. */
const struct dialect *dialect_at(size_t i);
/* Comma-separated names of every dialect, for messages. */
const char *dialect_names(void);
/* The same into out, the last two joined by `last` (" and ", " or "), with
 * each dialect's alias after its name when aliases. */
void dialect_add_names(struct sbuf *out, const char *last, bool aliases);

void emitter_init(struct emitter *e, const struct dialect *d, struct arena *a,
		  struct diag *diag, const struct sink *sink);
void emitter_release(struct emitter *e);
/* The script writer's word that the open transaction has committed. */
void emitter_committed(struct emitter *e);

/* Lowers one op (recursing into only/batch blocks), writing statements to
 * the sink.  Ops inside an `only` block for other dialects, and `execute`
 * for other dialects, produce nothing.  Returns false on a diagnostic. */
bool dialect_emit_op(struct emitter *e, const struct op *op);
/* Whether e's dialect is among an `only` block's names; an unknown name
 * is an error at its place. */
bool dialect_block_listed(struct emitter *e, const struct identlist *l);
/* An error at each dialect op's variants name that the language does not
 * know (op and, in a block, its ops). */
void dialect_check_variants(struct emitter *e, const struct op *op);
/* The generic statement for op, without the "-- file:line" label: for a
 * backend that builds on it, or lowers ops it made itself. */
bool dialect_emit_generic(struct emitter *e, const struct op *op);
/* A column default as dialect d spells it, and whether a type is an enum
 * spelled inline (with its values) rather than named. */
void emit_default(struct emitter *e, const struct value *v);
/* The same, for a column of type t (the dialect may spell it by type). */
void emit_default_for(struct emitter *e, const struct value *v, const struct type *t);
/* An enum named by the column's type, spelled inline with the values the
 * model knows, where the dialect has no enum types; else t itself. */
const struct type *dialect_resolve_enum(struct emitter *e, const struct type *t);

/* Spellings without a statement (autogenerate compares and writes with
 * them): a type, a column default for a column of type t, and the
 * expression converting a column to type `to` (for alter_column ...
 * using); m resolves enums named by a type.  false: d cannot say it. */
bool dialect_type_text(const struct dialect *d, struct schema *m, struct arena *a,
		       const struct type *t, struct sbuf *out);
bool dialect_default_text(const struct dialect *d, struct schema *m, struct arena *a,
			  const struct value *v, const struct type *t, struct sbuf *out);
void dialect_cast_sql(const struct dialect *d, struct schema *m, struct arena *a,
		      const char *column, const struct type *from, const struct type *to,
		      struct sbuf *out);

/* GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(START WITH n INCREMENT
 * BY m)], the standard's identity column. */
void dialect_identity_sql(struct sbuf *out, const struct identity *id);
/* Whether e's dialect can give a column identity id; else an error at the
 * option it cannot say. */
bool dialect_identity_ok(struct emitter *e, const struct identity *id);
/* id's start, where identity_start_sql must say it (NULL: nothing to say). */
const char *dialect_identity_start(const struct emitter *e, const struct identity *id);

/* Against a live database: whether the catalog reports a column of type
 * a (autoincrement or not, in model ma) and one of type b the same way
 * (d->stored_type, then spelled); and the foreign key action it reports
 * for act (d->stored_action; none is NO ACTION). */
bool dialect_stored_types_same(const struct dialect *d, struct schema *ma,
			       const struct type *a, bool auto_a, struct schema *mb,
			       const struct type *b, bool auto_b, struct arena *ar);
enum fk_action dialect_stored_action(const struct dialect *d, enum fk_action act);
/* What the catalog holds for an enum column of type t that has no check
 * (no check), where the enum is a VARCHAR and its check: that VARCHAR;
 * NULL where the enum is a type of its own. */
const struct type *dialect_unchecked_enum_type(const struct dialect *d,
						const struct schema *m, struct arena *a,
						const struct type *t);

/* Building statements: begin, append, end (which hands it to the sink). */
void emit_begin(struct emitter *e);
void emit_end(struct emitter *e);
void emit_raw(struct emitter *e, const char *s);
void emit_fmt(struct emitter *e, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void emit_ident(struct emitter *e, const char *name);
void emit_qname(struct emitter *e, const struct qname *q);
void emit_string(struct emitter *e, const char *s);
void emit_value(struct emitter *e, const struct value *v);
bool emit_type(struct emitter *e, const struct type *t);
void emit_comment(struct emitter *e, const char *text);
/* A fragment of the migration (a CHECK, a WHERE, an expression, a
 * default), trimmed and spelled for the database: its quoted names in the
 * database's quotes, its strings escaped as the database reads them; a
 * trailing line comment gets a newline so it cannot swallow what follows. */
void emit_sql(struct emitter *e, const char *sql);
/* The same for raw SQL the database reads as written (a raw type). */
void dialect_add_sql(const struct dialect *d, struct sbuf *out, const char *sql);

/* Which "now" raw SQL spells, under the names databases give it (now(),
 * current_timestamp, localtimestamp, transaction_timestamp(), ...; and
 * current_date, current_time): for backends that spell it their own way. */
enum dialect_now { DIALECT_NOT_NOW, DIALECT_NOW, DIALECT_TODAY, DIALECT_TIME_NOW };
enum dialect_now dialect_sql_now(const char *sql);

/* The characters of an inline enum's longest value (at least 1): its
 * VARCHAR's length. */
size_t dialect_enum_length(const struct type *t);

/* alter_enum: the enum's values after the op (the model's; NULL where it
 * has none), as an inline enum type; before it (a dropped value last), or
 * with `both` a renamed value under its old name too, after its new one;
 * and the UPDATE that renames a column's rows. */
const struct type *dialect_enum_after(struct emitter *e, const struct op *op);
/* The foreign keys joining columns the enum op changes (either side),
 * which a database may not let those columns change under: dropped (add
 * false; `drop` the words before the name, "DROP CONSTRAINT ") or added
 * again from the model (add true).  False, with an error, where one has no
 * name to drop it by. */
bool dialect_enum_fks(struct emitter *e, const struct op *op, bool add, const char *drop);
const struct type *dialect_enum_before(struct emitter *e, const struct op *op,
				       const struct type *after, bool both);
void dialect_enum_rename_rows(struct emitter *e, const struct qname *table, const char *col,
			      const struct op *op);

/* A name an op creates: an error at sp when the dialect cannot have it
 * (longer than its names may be, or empty). */
void dialect_check_new_name(struct emitter *e, const char *name, struct span sp);
/* Statements written as they are, each one of its own (a NULL-terminated
 * list: a transaction's start or end, a session's setup). */
void dialect_emit_statements(struct emitter *e, const char *const *sql);
/* A comment the database keeps as written (not cut, no '?' for a character
 * it lacks); else an error at sp, and false. */
bool dialect_comment_fits(struct emitter *e, const char *text, bool table, struct span sp);

/* NUMERIC, with the precision and scale the type gives (none: bare), for
 * backends that take them as written. */
void dialect_numeric_sql(struct sbuf *out, const struct type *t);

/* Into a plain sbuf, for emitters composing pieces.  A name is quoted
 * (native.quote) where it would not read back as itself bare: outside the
 * plain identifier alphabet, upper case where unquoted names fold to lower
 * case, or a reserved word.  A string literal doubles its quotes, and its
 * backslashes where the database escapes with them. */
void dialect_quote_ident(const struct dialect *d, struct sbuf *out, const char *name);
void dialect_string_literal(const struct dialect *d, struct sbuf *out, const char *s);

/* The version table, spelled for the dialect.  schema may be NULL. */
void dialect_version_create(struct emitter *e, const char *schema, const char *table);
void dialect_version_insert(struct emitter *e, const char *schema, const char *table,
			    const char *rev);
void dialect_version_update(struct emitter *e, const char *schema, const char *table,
			    const char *from, const char *to);
void dialect_version_delete(struct emitter *e, const char *schema, const char *table,
			    const char *rev);	/* rev NULL: every row */
/* The query a runner reads the rows with, into out (no terminator). */
void dialect_version_select(const struct dialect *d, struct sbuf *out, const char *schema,
			    const char *table);

extern const struct dialect dialect_mysql;
extern const struct dialect dialect_postgresql;
extern const struct dialect dialect_sqlite;

#endif
