/* The IR: what a migration file says, with no SQL spelling in it.  The
 * grammar builds it with one ir_new_* call per action; the schema model and
 * the dialects read it.  Identifiers are stored exactly (unquoted), types are
 * logical, and every node keeps the byte span it came from so later stages
 * can point at it. */
#ifndef RETORT_IR_H
#define RETORT_IR_H

#include <stdbool.h>
#include <stddef.h>

#include "srcfile.h"

struct arena;

enum op_kind {
#define OP(k, name, payload) OP_##k,
#include "ir_ops.def"
#undef OP
};

/* Counted apart from the enum so switches over op kinds need no case for it. */
enum { OP__COUNT = 0
#define OP(k, name, payload) + 1
#include "ir_ops.def"
#undef OP
};

enum type_kind {
#define TYPE(k, name, args) TY_##k,
#include "ir_types.def"
#undef TYPE
};

enum { TY__COUNT = 0
#define TYPE(k, name, args) + 1
#include "ir_types.def"
#undef TYPE
};

/* A name as written, without quotes: "Weird Name" is stored as Weird Name. */
struct ident {
	const char *name;
	struct span span;
	struct ident *next;	/* in an identlist */
};

struct identlist {
	struct ident *head, *tail;
	size_t n;
};

/* schema.table; schema is NULL when not qualified. */
struct qname {
	const char *schema;
	const char *name;
	struct span span;
};

struct type;
struct value;

/* A spelling for some dialects of a type or a value (`uuid | mysql,
 * sqlite: string(36)`): those dialects read it instead of the one before
 * the first '|'.  Every other stage sees a type or value resolved for its
 * dialect (ir_op_for), without variants. */
struct variant {
	struct identlist dialects;
	struct type *type;	/* a type's variant */
	struct value *value;	/* a value's variant */
	struct span span;	/* '|' to its end */
	struct variant *next;
};

enum value_kind {
	VAL_NULL,
	VAL_TRUE,
	VAL_FALSE,
	VAL_NUMBER,	/* text as written: "-7", "3.14", "1e9" */
	VAL_STRING,	/* text unescaped: 'it''s' is stored as it's */
	VAL_SQL		/* raw SQL from sql '...' or $$...$$, passed through */
};

struct value {
	enum value_kind kind;
	const char *text;	/* NULL for NULL/TRUE/FALSE */
	struct span span;
	struct variant *variants;	/* a default's, in order; NULL: none */
	struct value *next;	/* in a valuelist */
};

struct valuelist {
	struct value *head, *tail;
	size_t n;
};

#define TYPE_NO_SCALE (-2147483647 - 1)

struct type {
	enum type_kind kind;
	struct span span;
	long length;		/* LENGTH types: -1 when not given */
	int precision;		/* NUMERIC: -1 when not given */
	int scale;		/* NUMERIC: TYPE_NO_SCALE when not given (a
				 * scale may be negative) */
	struct qname enum_name;	/* ENUM by name: name.name != NULL */
	struct valuelist enum_values;	/* ENUM inline: string values */
	const char *raw;	/* RAW: the native type text */
	struct variant *variants;	/* a column's, in order; NULL: none */
};

enum fk_action {
	FK_ACTION_UNSET = 0,
	FK_ACTION_NO_ACTION,
	FK_ACTION_RESTRICT,
	FK_ACTION_CASCADE,
	FK_ACTION_SET_NULL,
	FK_ACTION_SET_DEFAULT
};

enum fk_initially { FK_INITIALLY_UNSET = 0, FK_INITIALLY_IMMEDIATE, FK_INITIALLY_DEFERRED };

/* The referenced side of a foreign key, and its options. */
struct fkref {
	struct qname table;
	struct identlist columns;	/* may be empty: the referenced table's PK */
	enum fk_action on_delete, on_update;
	int deferrable;			/* -1 unset, 0 NOT DEFERRABLE, 1 DEFERRABLE */
	enum fk_initially initially;
	struct span span;
};

enum nullability { NULLABLE_UNSET = 0, NULLABLE_YES, NULLABLE_NO };

/* An identity column (`identity [always | by default] [(start N,
 * increment M)]`): the database numbers the rows, from start by
 * increment; ALWAYS refuses a value given by hand where the database can. */
enum identity_kind { IDENTITY_NONE = 0, IDENTITY_BY_DEFAULT, IDENTITY_ALWAYS };

struct identity {
	enum identity_kind kind;
	const char *start, *increment;	/* whole numbers as written; NULL: 1 */
	struct span span, start_span, increment_span;
};

struct column {
	struct ident name;
	struct type type;
	enum nullability nullable;
	bool primary_key;
	bool autoincrement;	/* also set by identity */
	bool unique;
	struct identity identity;	/* kind IDENTITY_NONE: none */
	/* autoincrement: the name of the sequence the database makes for it
	 * (`autoincrement sequence NAME`); NULL: the name it chooses */
	const char *sequence;
	/* an inline enum: the name of the CHECK that keeps it to its values,
	 * where the database makes one (`constraint NAME`); NULL: the name it
	 * chooses */
	const char *enum_check;
	/* an enum (`no check`): where the database would keep the column to
	 * its values by a CHECK, it makes none (SQLAlchemy's
	 * create_constraint=False) */
	bool enum_no_check;
	struct value *server_default;	/* NULL when none */
	const char *comment;		/* NULL when none */
	struct fkref *references;	/* inline REFERENCES, NULL when none */
	struct span span;
	struct column *next;
};

enum constraint_kind {
	CON_PRIMARY_KEY,
	CON_UNIQUE,
	CON_FOREIGN_KEY,
	CON_CHECK,
	CON_EXCLUDE
};

/* One element of an EXCLUDE constraint: column (or sql expression) WITH op. */
struct exclude_elem {
	struct ident column;	/* column.name NULL when expr is used */
	const char *expr;
	const char *op;		/* the operator, e.g. "&&" */
	struct span span;
	struct exclude_elem *next;
};

struct constraint {
	enum constraint_kind kind;
	struct ident name;		/* name.name NULL when unnamed */
	struct identlist columns;	/* PRIMARY_KEY, UNIQUE, FOREIGN_KEY */
	struct fkref ref;		/* FOREIGN_KEY */
	const char *check;		/* CHECK: the expression, raw SQL */
	const char *using_method;	/* EXCLUDE: index method, NULL for default */
	struct exclude_elem *elems;	/* EXCLUDE */
	const char *where;		/* EXCLUDE: raw predicate, or NULL */
	int deferrable;			/* UNIQUE, PRIMARY_KEY, EXCLUDE: -1 unset */
	enum fk_initially initially;
	struct span span;
	struct constraint *next;
};

/* Dialect-prefixed table options: with (mysql_engine 'InnoDB'). */
struct kv {
	struct ident key;
	struct value val;
	struct kv *next;
};

enum sort_order { SORT_UNSET = 0, SORT_ASC, SORT_DESC };
enum nulls_order { NULLS_UNSET = 0, NULLS_FIRST, NULLS_LAST };

struct index_elem {
	struct ident column;	/* column.name NULL when expr is used */
	const char *expr;	/* sql '...' expression */
	enum sort_order order;
	enum nulls_order nulls;
	struct span span;
	struct index_elem *next;
};

/* create_index's options; an option may be said for some dialects only. */
enum index_option {
	INDEXOPT_UNIQUE,
	INDEXOPT_WHERE,
	INDEXOPT_USING,
	INDEXOPT_CONCURRENTLY,
	INDEXOPT_INCLUDE,
	INDEXOPT_OPS,
	INDEXOPT_LENGTH
};

/* A key column's setting in an index: its operator class (ops), or the
 * length of the prefix it indexes (length: digits). */
struct index_colopt {
	struct ident column;
	const char *text;
	struct index_colopt *next;
};

/* An option said for some dialects only (`postgresql, sqlite: where
 * 'active'`, Alembic's postgresql_where and sqlite_where): the dialects
 * it names read it (ir_op_for), the others go without. */
struct index_variant {
	struct identlist dialects;
	enum index_option kind;
	const char *text;		/* WHERE, USING */
	struct identlist include;	/* INCLUDE */
	struct index_colopt *cols;	/* OPS, LENGTH */
	struct span span;		/* the option, after the ':' */
	struct index_variant *next;
};

/* An index, as create_index says it (the schema model keeps these). */
struct index_def {
	struct ident name;
	struct qname table;	/* table.name NULL if not given */
	struct index_elem *elems;
	size_t nelems;
	bool unique;
	const char *where;
	const char *using_method;
	bool concurrently;
	struct identlist include;	/* INCLUDE (...): non-key columns */
	struct index_colopt *ops;	/* operator classes of key columns */
	struct index_colopt *lengths;	/* prefix lengths of key columns */
	struct span include_span, ops_span, lengths_span;
	struct index_variant *variants;	/* options of some dialects only */
};

/* Flags of struct alter_column.changes; one statement may carry several. */
enum alter_change {
	ALTER_TYPE = 1 << 0,
	ALTER_SET_NOT_NULL = 1 << 1,
	ALTER_DROP_NOT_NULL = 1 << 2,
	ALTER_SET_DEFAULT = 1 << 3,
	ALTER_DROP_DEFAULT = 1 << 4,
	ALTER_COMMENT = 1 << 5,		/* comment NULL: remove the comment */
	ALTER_RENAME = 1 << 6,
	ALTER_SET_IDENTITY = 1 << 7,	/* identity: as struct alter says */
	ALTER_DROP_IDENTITY = 1 << 8
};

/* What alter_enum does to a value, and where an added one goes. */
enum enum_change { ENUM_ADD_VALUE, ENUM_RENAME_VALUE, ENUM_DROP_VALUE };
enum enum_place { ENUM_AT_END = 0, ENUM_BEFORE, ENUM_AFTER };

/* A list of ops: the body of upgrade, downgrade, only and batch blocks. */
struct oplist {
	struct op *head, *tail;
	size_t n;
};

struct op {
	enum op_kind kind;
	struct span span;	/* the whole statement, keyword to ';' */
	unsigned line;		/* of span.start, 1-based: set by parse_file, so
				 * the output's labels need not read the text */
	struct op *next;
	union {
		/* CREATE_SCHEMA, DROP_SCHEMA */
		struct {
			struct ident name;
		} schema;
		/* CREATE_TABLE */
		struct {
			struct qname name;
			struct column *columns;
			size_t ncolumns;
			struct constraint *constraints;
			size_t nconstraints;
			const char *comment;
			struct kv *options;
		} table;
		/* DROP_TABLE, CREATE_TABLE_COMMENT (comment set),
		 * DROP_TABLE_COMMENT */
		struct {
			struct qname table;
			const char *comment;
		} target;
		/* RENAME_TABLE */
		struct {
			struct qname table;
			struct ident new_name;
		} rename;
		/* ADD_COLUMN */
		struct {
			struct qname table;
			struct column column;
		} add_column;
		/* DROP_COLUMN */
		struct {
			struct qname table;
			struct ident column;
		} drop_column;
		/* ALTER_COLUMN (rename_column is ALTER_COLUMN with ALTER_RENAME) */
		struct {
			struct qname table;
			struct ident column;
			unsigned changes;	/* enum alter_change bits */
			struct type type;	/* ALTER_TYPE */
			const char *using_expr;	/* ALTER_TYPE, or NULL */
			struct value *default_value;	/* ALTER_SET_DEFAULT */
			const char *comment;	/* ALTER_COMMENT */
			struct ident new_name;	/* ALTER_RENAME */
			struct identity identity;	/* ALTER_SET_IDENTITY */
		} alter;
		/* CREATE_INDEX, DROP_INDEX (name, table if given, concurrently) */
		struct index_def index;
		/* CREATE_PRIMARY_KEY, CREATE_UNIQUE_CONSTRAINT,
		 * CREATE_FOREIGN_KEY, CREATE_CHECK_CONSTRAINT,
		 * CREATE_EXCLUDE_CONSTRAINT */
		struct {
			struct qname table;
			struct constraint con;
		} constraint;
		/* DROP_CONSTRAINT */
		struct {
			struct qname table;
			struct ident name;
			bool has_kind;
			enum constraint_kind kind;
		} drop_constraint;
		/* CREATE_ENUM, DROP_ENUM (values empty) */
		struct {
			struct qname name;
			struct valuelist values;
		} enumdef;
		/* ALTER_ENUM: of the enum `name`, or (name.name NULL) of
		 * the inline enum of column `column` of `table` */
		struct {
			struct qname name;
			struct qname table;
			struct ident column;
			enum enum_change change;
			const struct value *value;	/* added, renamed, dropped */
			enum enum_place place;		/* ADD_VALUE */
			const struct value *other;	/* ADD_VALUE: the value
							 * it goes before or after;
							 * RENAME_VALUE: the new one */
		} alter_enum;
		/* CREATE_VIEW (sql, replace, reads), DROP_VIEW (name) */
		struct {
			struct qname name;
			const char *sql;	/* the query: a fragment */
			struct span sql_span;
			bool replace;		/* or replace */
			bool has_reads;		/* reads (...) said which */
			struct qname *reads;	/* what it reads, as said */
			size_t nreads;
		} view;
		/* CREATE_TRIGGER (sql), DROP_TRIGGER: a trigger of table */
		struct {
			struct ident name;
			struct qname table;
			const char *sql;	/* the whole CREATE TRIGGER, the
						 * database's own SQL */
			struct span sql_span;
		} trigger;
		/* CREATE_SEQUENCE, DROP_SEQUENCE (options unset) */
		struct {
			struct qname name;
			const char *start, *increment, *minvalue, *maxvalue, *cache;
			int cycle;	/* -1 unset, 0 NO CYCLE, 1 CYCLE */
		} sequence;
		/* BULK_INSERT: rows is a list of valuelists, one per row */
		struct {
			struct qname table;
			struct identlist columns;
			struct insert_row *rows;
			size_t nrows;
		} insert;
		/* EXECUTE: dialects empty means every dialect */
		struct {
			struct identlist dialects;
			struct value sql;
		} execute;
		/* ONLY (dialects), BATCH_ALTER_TABLE (table), ASSUME (its
		 * body changes the schema model and emits no SQL), WHEN (the
		 * -x argument xkey and the value it must have; its body is
		 * data only, which the model does not see); the body's ops
		 * are ordinary ops, with the batch's table filled in */
		struct {
			const char *xkey, *xvalue;
			struct identlist dialects;
			struct qname table;
			struct oplist body;
			bool recreate;	/* BATCH_ALTER_TABLE: the table
					 * copied, whatever the body holds */
		} block;
	} u;
};

struct insert_row {
	struct valuelist values;
	struct span span;
	struct insert_row *next;
};

/* The header of a revision file. */
struct rev_header {
	struct value revision;		/* text NULL when missing */
	struct valuelist down;		/* revises: empty for base */
	bool has_revises;
	struct value message;
	struct value created;
	struct valuelist branch_labels;
	struct valuelist depends_on;
	bool transactional;		/* default true */
	struct span transactional_span;
};

/* A parsed file: a revision (header + blocks) or a schema file (top-level
 * ops only).  Which it is decides what parse_file accepts. */
struct migfile {
	struct srcfile *src;
	struct rev_header hdr;
	bool has_upgrade, has_downgrade;
	struct oplist upgrade, downgrade;
	struct span upgrade_span, downgrade_span;	/* the block keywords */
	struct oplist toplevel;		/* schema files */
	bool header_fast;		/* a header-only parse read it without the
					 * grammar (parse.c; the tests count them) */
};

/* The language's rule for revision ids: letters, digits, '_', '-' and '.'
 * (they are file names and SQL literals), at most the version table's
 * column width. */
#define IR_REVISION_ID_MAX 32
bool ir_revision_id_chars_ok(const char *id);

/* A copy of f's header (and nothing of its blocks) in a: what the revision
 * graph keeps of each file, without the parse's leftovers. */
struct migfile *ir_copy_header(struct arena *a, const struct migfile *f);

/* A create_foreign_key op and every name it holds, copied into a: kept
 * while the arena it was read into is emptied for the next statement. */
struct op *ir_copy_foreign_key(struct arena *a, const struct op *op);
/* Whether a and b read the same header: every line's values, with their
 * spans, and the blocks' keywords (not their ops).  The tests hold the
 * header-only parse to the full one with it. */
bool ir_header_same(const struct migfile *a, const struct migfile *b);

const char *ir_op_name(enum op_kind k);
const char *ir_type_name(enum type_kind k);
/* What messages call a constraint of kind k: "primary key", "check
 * constraint", ... */
const char *ir_constraint_kind_name(enum constraint_kind k);

/* The type or value dialect reads (a variant naming it, or t or v
 * itself), without variants. */
const struct type *ir_type_for(const struct type *t, const char *dialect);
const struct value *ir_value_for(const struct value *v, const char *dialect);
/* op as dialect reads it: op itself where it holds no variants, else a
 * copy in a whose columns, types and defaults (in a block, its ops') are
 * the dialect's. */
const struct op *ir_op_for(struct arena *a, const struct op *op, const char *dialect);
/* Calls f with the dialects of each variant op (or, in a block, its ops)
 * holds, of types, values and index options. */
void ir_op_variants(const struct op *op, void (*f)(void *ctx, const struct identlist *l),
		    void *ctx);
/* An index with option v (for every dialect, whatever v's dialects); and
 * whether x says option k already. */
void ir_index_option_set(struct index_def *x, const struct index_variant *v);
bool ir_index_option_given(const struct index_def *x, enum index_option k);
/* Whether two indexes say the same besides their key, WHERE and method:
 * the same INCLUDE columns, operator classes and prefix lengths. */
bool ir_index_extras_same(const struct index_def *a, const struct index_def *b);
/* The setting of column `name` in an index's list (ops, lengths), or NULL. */
const struct index_colopt *ir_index_colopt(const struct index_colopt *l, const char *name);

/* Whether two identities number the same way: the same kind, and the same
 * start and increment (an unset one is 1). */
bool ir_identity_same(const struct identity *a, const struct identity *b);

/* List helpers. */
void ir_oplist_append(struct oplist *l, struct op *op);
/* Whether l names `name`, in any ASCII case (an `only` block's dialects). */
bool ir_identlist_has(const struct identlist *l, const char *name);
void ir_identlist_append(struct identlist *l, struct ident *id);
void ir_valuelist_append(struct valuelist *l, struct value *v);

/* Constructors: one per op kind, called once per grammar action.  They copy
 * nothing they are given: every pointer must already live in the arena. */
struct op *ir_new_op(struct arena *a, enum op_kind k, struct span sp);
struct ident *ir_new_ident(struct arena *a, const char *name, struct span sp);
struct value *ir_new_value(struct arena *a, enum value_kind k, const char *text,
			   struct span sp);
struct op *ir_new_schema(struct arena *a, enum op_kind k, struct span sp, struct ident name);
struct op *ir_new_create_table(struct arena *a, struct span sp, struct qname name,
			       struct column *cols, struct constraint *cons,
			       const char *comment, struct kv *options);
struct op *ir_new_drop_table(struct arena *a, struct span sp, struct qname t);
struct op *ir_new_rename_table(struct arena *a, struct span sp, struct qname t,
			       struct ident new_name);
struct op *ir_new_add_column(struct arena *a, struct span sp, struct qname t,
			     struct column *col);
struct op *ir_new_drop_column(struct arena *a, struct span sp, struct qname t,
			      struct ident col);
/* The alter changes are filled in by the caller on the returned op. */
struct op *ir_new_alter_column(struct arena *a, struct span sp, struct qname t,
			       struct ident col);
struct op *ir_new_create_index(struct arena *a, struct span sp, struct ident name,
			       struct qname t, struct index_elem *elems);
struct op *ir_new_drop_index(struct arena *a, struct span sp, struct ident name,
			     struct qname t);
/* kind is one of the five CREATE_*_CONSTRAINT / PRIMARY_KEY / FOREIGN_KEY ops;
 * con->kind must agree. */
struct op *ir_new_add_constraint(struct arena *a, enum op_kind kind, struct span sp,
				 struct qname t, const struct constraint *con);
struct op *ir_new_drop_constraint(struct arena *a, struct span sp, struct ident name,
				  struct qname t);
struct op *ir_new_table_comment(struct arena *a, struct span sp, struct qname t,
				const char *comment);	/* comment NULL: drop */
struct op *ir_new_create_enum(struct arena *a, struct span sp, struct qname name,
			      struct valuelist values);
struct op *ir_new_drop_enum(struct arena *a, struct span sp, struct qname name);
/* A view: sql NULL for drop_view.  reads: NULL where not said. */
struct op *ir_new_view(struct arena *a, enum op_kind k, struct span sp, struct qname name,
		       const char *sql, struct span sql_span, bool replace,
		       const struct qname *reads, size_t nreads, bool has_reads);
/* A trigger of table: sql NULL for drop_trigger. */
struct op *ir_new_trigger(struct arena *a, enum op_kind k, struct span sp, struct ident name,
			  struct qname table, const char *sql, struct span sql_span);
/* table NULL: the enum `name`; else the inline enum of table's column. */
struct op *ir_new_alter_enum(struct arena *a, struct span sp, const struct qname *name,
			     const struct qname *table, const struct ident *column,
			     enum enum_change change, const struct value *value,
			     enum enum_place place, const struct value *other);
struct op *ir_new_sequence(struct arena *a, enum op_kind k, struct span sp,
			   struct qname name);
struct op *ir_new_bulk_insert(struct arena *a, struct span sp, struct qname t,
			      struct identlist cols, struct insert_row *rows);
struct op *ir_new_execute(struct arena *a, struct span sp, struct identlist dialects,
			  struct value sql);
struct op *ir_new_only(struct arena *a, struct span sp, struct identlist dialects,
		       struct oplist body);
struct op *ir_new_assume(struct arena *a, struct span sp, struct oplist body);
struct op *ir_new_when(struct arena *a, struct span sp, const char *xkey, const char *xvalue,
		       struct oplist body);
/* Fills in the batch's table on every body op that names none. */
struct op *ir_new_batch(struct arena *a, struct span sp, struct qname t,
			struct oplist body);

/* The table an op acts on, or NULL (enums, sequences, execute, only). */
const struct qname *ir_op_table(const struct op *op);
/* A shallow copy of op with no table: an op inside batch_alter_table as
 * written there (the batch names the table once). */
struct op ir_op_without_table(const struct op *op);

#endif
