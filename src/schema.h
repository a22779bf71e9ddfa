/* The schema model: what the database looks like after every operation so
 * far, on one database.  Replaying the IR into it is how a migration is
 * checked before any database sees it (a table that is not there, a column
 * created twice, a foreign key to a column of another type), how `verify`
 * proves a downgrade undoes its upgrade, and how `schema` prints a baseline.
 * It holds its own copies of names, logical types and definitions, so that
 * a revision's IR can be freed once it has been applied; no SQL spelling. */
#ifndef RETORT_SCHEMA_H
#define RETORT_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "diag.h"
#include "ir.h"
#include "sqlscan.h"

struct arena;
struct strmap;

/* What the model must know of a database, as data and a few functions the
 * database's dialect provides (the unit tests make their own): the model
 * asks no dialect and spells no SQL. */
struct schema_rules {
	const char *name;		/* the database's: what an `only` block
					 * names, and messages say */
	struct sqlscan_flavor sql;	/* how it reads SQL text and folds the
					 * names in it */
	size_t max_ident_len;		/* bytes a name may have; 0: no limit */
	/* The name it gives a constraint created without one, from its table
	 * and columns (a CHECK's: the columns its expression mentions); NULL
	 * where it cannot be told.  `taken` says whether a candidate is in
	 * use, for the database's numbering.  NULL: it cannot be told for
	 * any. */
	const char *(*auto_constraint_name)(struct arena *a, enum constraint_kind kind,
					    const char *table, const char *const *columns,
					    size_t ncolumns,
					    bool (*taken)(const void *ctx, const char *name),
					    const void *ctx);
	/* The name a constraint named `name` takes when its table is renamed
	 * from `from` to `to`; NULL: it keeps its name (NULL function: every
	 * constraint keeps its name). */
	const char *(*renamed_constraint_name)(struct arena *a, enum constraint_kind kind,
					       const char *name, const char *from,
					       const char *to);
	/* The name it gives the sequence it makes for an autoincrement
	 * column of table, which keeps that name when the table or column
	 * is renamed; `taken` says which names of tables, indexes and
	 * sequences are in use, for its numbering.  NULL: it makes none. */
	const char *(*auto_sequence_name)(struct arena *a, const char *table, const char *column,
					  bool (*taken)(const void *ctx, const char *name),
					  const void *ctx);
	/* Whether an inline enum is a string column with a CHECK of its
	 * values (a constraint, which auto_constraint_name names), not a type
	 * of its own. */
	bool inline_enum_checks;
	/* What it does to views and triggers.  views_follow_renames: a view
	 * or trigger that names a table or column keeps working when that is
	 * renamed (else it breaks, and the model refuses the rename);
	 * views_pin_types: a column a view uses cannot change its type;
	 * trigger_names_per_table: a trigger's name need only differ from
	 * its table's other triggers' (else from every trigger's);
	 * view_columns_keep_names: a view's column keeps its name when the
	 * table column it shows is renamed (else it takes the new one). */
	bool views_follow_renames, views_pin_types, trigger_names_per_table;
	bool view_columns_keep_names;
	/* Whether a trigger's SQL holds its body (whose SQL may name any
	 * table's columns), or only calls a function. */
	bool triggers_hold_bodies;
	/* Whether a table or view is also a type of its name, which no enum
	 * may have (PostgreSQL's row types). */
	bool relations_are_types;
	/* The schema an unqualified name is in, which SQL may also write
	 * (public.t, main.t), or NULL. */
	const char *default_schema;
	/* The longest an enum type's value may be, in bytes (0: no limit). */
	size_t max_enum_label;
	/* Whether an index's name is a relation's, which no table, view or
	 * sequence may have (else it is its table's own). */
	bool indexes_are_relations;
	/* Whether two relations' names that differ only in ASCII case are one
	 * name to it ("T" and t), quoted or not. */
	bool relations_case_free;
	/* Whether changing a column from one type to the other needs an
	 * explicit conversion ('using'); NULL: never. */
	bool (*cast_needs_using)(const struct type *from, const struct type *to);
};

/* Where something was made: for "created here" notes. */
struct srcloc {
	struct srcfile *file;
	struct span span;
};

/* What few columns have, kept apart so that the others carry one pointer
 * for it (56 bytes less a column: 3.9 MB in a model of 70,000), and an
 * identity apart again (a serial's sequence name is the common case).
 * Never changed once made, since verify's copies of a column share it:
 * the setters below make a new one. */
struct sch_column_rare {
	/* autoincrement: the sequence the database made for it, named when
	 * it was made (auto_sequence_name, or as the op said); NULL where the
	 * database makes none */
	const char *sequence;
	/* an inline enum: the name of the CHECK that stands for it, where
	 * the database makes one (inline_enum_checks) and the name is told */
	const char *enum_check;
	const struct identity *identity;	/* no spans; NULL: none */
};

struct sch_column {
	const char *name;
	const struct type *type;	/* interned: one copy per distinct type */
	const struct value *server_default;	/* NULL when none */
	const char *comment;			/* NULL when none */
	struct srcloc created;
	const struct sch_column_rare *rare;	/* NULL: none of it */
	bool enum_no_check;	/* an enum the database keeps no CHECK for */
	bool not_null;
	bool autoincrement;	/* also where identity is */
	/* the model's epoch when this copy was made: one made before the
	 * latest snapshot or fork may be shared with it, so it is changed only
	 * through sch_column_w (32 bits: in the bools' padding) */
	uint32_t epoch;
};

struct schema;

extern const struct identity sch_no_identity;

static inline const char *sch_column_sequence(const struct sch_column *c)
{
	return c->rare ? c->rare->sequence : NULL;
}

static inline const char *sch_column_enum_check(const struct sch_column *c)
{
	return c->rare ? c->rare->enum_check : NULL;
}

static inline const struct identity *sch_column_identity(const struct sch_column *c)
{
	return c->rare && c->rare->identity ? c->rare->identity : &sch_no_identity;
}

/* Sets c's identity (NULL or kind IDENTITY_NONE: none), its strings
 * already the model's (c a column of s, as sch_column_w allows). */
void sch_column_set_identity(struct schema *s, struct sch_column *c, const struct identity *id);

struct sch_constraint {
	enum constraint_kind kind;
	bool auto_named;		/* the name is the database's choice (in
					 * kind's padding: 8 bytes a constraint) */
	const char *name;		/* NULL when unnamed and the rules
					 * cannot tell what the database calls it */
	const char **columns;		/* PRIMARY_KEY, UNIQUE, FOREIGN_KEY */
	size_t ncolumns;
	struct qname ref_table;		/* FOREIGN_KEY: names only, no span */
	const char **ref_columns;
	size_t nref_columns;
	enum fk_action on_delete, on_update;
	int deferrable;
	enum fk_initially initially;
	const char *check;		/* CHECK */
	const struct constraint *def;	/* EXCLUDE's elements (the model's copy) */
	struct srcloc created;
};

struct sch_index {
	const char *name;
	const struct index_def *def;	/* as create_index said it (the model's copy) */
	struct srcloc created;
};

/* A trigger of a table: its SQL is the database's own, as written. */
struct sch_trigger {
	const char *name;
	const char *sql;
	struct srcloc created;
};

/* A wide table's columns by name (schema.c): made when a table reaches
 * SCH_COLINDEX_FROM columns, so that a table that grows a column a
 * revision is not quadratic; a narrow one, and verify's copies, which live
 * for one revision, are scanned. */
#define SCH_COLINDEX_FROM 32
struct sch_colindex;

struct sch_table {
	struct qname name;		/* no span */
	const char *key;		/* map key: "schema.name" or "name" */
	struct sch_column **columns;	/* in a counted array that verify's
					 * copies share: see schema.c */
	size_t ncolumns;
	struct sch_colindex *colindex;	/* NULL while narrow; malloc'd, and
					 * freed with the arrays */
	size_t nnames;			/* the sequences' and checks' names its
					 * columns hold (sch_column_set_name):
					 * none, and the loops that count them
					 * in and out of the maps skip it */
	struct sch_constraint **constraints;
	size_t nconstraints, capconstraints;
	struct sch_index **indexes;
	size_t nindexes, capindexes;
	struct sch_trigger **triggers;
	size_t ntriggers, captriggers;
	const char *comment;
	const struct kv *options;
	size_t created_rev;		/* replay position of the revision that made it */
	size_t order;			/* creation order, for deterministic output */
	bool dropped;
	uint32_t epoch;			/* the model's when this object was made
					 * (a verify copy: when it was copied) */
	struct srcloc created;
};

struct sch_enum {
	struct qname name;
	const char *key;
	const char **values;
	size_t nvalues;
	size_t order;
	bool dropped;
	struct srcloc created;
};

/* A view: its query (a fragment, rewritten where what it names is
 * renamed), and the tables and views it reads, by key. */
struct sch_view {
	struct qname name;
	const char *key;
	const char *sql;
	const char **reads;
	size_t nreads;
	bool reads_said;		/* reads (...) gave them, not its SQL */
	size_t order;
	bool dropped;
	struct srcloc created;
};

struct sch_sequence {
	struct qname name;
	const char *key;
	const struct op *def;		/* the create_sequence op (the model's copy) */
	size_t order;
	bool dropped;
	struct srcloc created;
};

/* A schema create_schema made (one the migrations name without making
 * it is taken to be there; one drop_schema dropped is gone). */
struct sch_schema {
	const char *name;		/* also its key */
	size_t order;
	bool dropped;
	struct srcloc created;
};

/* Object lists keep creation order (dropped ones flagged), so that walking
 * them gives the same output on every run. */
struct fkref_list;

struct schema {
	struct arena *arena;		/* where new objects go: home, or the
					 * scratch arena of a verify fork */
	struct arena *home;		/* the model's own */
	const struct schema_rules *rules;
	struct strmap *tables, *enums, *sequences, *indexes;	/* index -> table */
	struct strmap *fk_in;		/* table key -> the foreign keys to it */
	struct strmap *types;		/* a type's spelling -> its one copy */
	struct strmap *serials;		/* "schema.name" of an autoincrement
					 * column's sequence -> its table */
	struct strmap *con_names;	/* "schema.name" -> how many constraints
					 * use it, as the pointer's value (no
					 * entry: none): generated names avoid them */
	struct fkref_list **fkref_lists;	/* every fk_in list, to free them */
	size_t nfkrefs, capfkrefs;
	struct sch_table **copies;	/* every table object made, copies too: the
					 * one owner of their malloc'd arrays */
	size_t ncopies, capcopies;
	struct sch_table **table_list;
	size_t ntables, captables;
	struct sch_enum **enum_list;
	size_t nenums, capenums;
	struct sch_sequence **seq_list;
	size_t nseqs, capseqs;
	struct strmap *schemas;		/* name -> sch_schema */
	struct sch_schema **schema_list;
	size_t nschemas, capschemas;
	struct strmap *views;		/* key -> sch_view */
	struct sch_view **view_list;
	size_t nviews, capviews;
	size_t ntriggers;		/* triggers made and not dropped (a dropped
					 * table's too): with none, no trigger can
					 * hold anything, and no table is looked at */
	size_t rev;			/* replay position, see schema_begin_revision */
	uint32_t epoch;			/* one more at each snapshot and fork: see
					 * sch_column.epoch */
	uint32_t fork_epoch;		/* the epoch a live fork began at; 0: none */
	/* the snapshots alive (schema_snapshot_take's, not forks): a column
	 * changed outside a fork is changed in place, each of them first
	 * given a copy of it as it was (sch_column_w) */
	struct schema_snapshot **snaps;
	size_t nsnaps, capsnaps;
	const char *reserved_schema, *reserved_name;	/* schema_reserve_table */
	struct strmap *folds;		/* relations_case_free: a relation's key in
					 * lower case -> its key, both in home;
					 * an entry whose key names nothing now
					 * is stale, and ignored */
};

/* The model has an arena of its own: it outlives every revision's IR.  r
 * must outlive the model. */
struct schema *schema_new(const struct schema_rules *r);
void schema_free(struct schema *s);

/* A table name the model gives no table, view or sequence, in schema
 * (NULL: the default one): the version table's, which the runner makes
 * and keeps.  The strings must outlive the model. */
void schema_reserve_table(struct schema *s, const char *schema, const char *name);

/* The schemas the model names by name: those
 * create_schema made (and no drop_schema dropped) and those of its
 * tables, enums, sequences and views, each once, in the model's arena;
 * *n says how many.  A database is read back in these (--from-db). */
const char **schema_schemas_named(struct schema *s, size_t *n);

/* Marks the start of the next revision's ops (for "existing table" rules). */
void schema_begin_revision(struct schema *s);

/* Checks op against the model and applies it.  Problems are reported at the
 * op's file:line:col (src), with "did you mean" notes; warnings for legal
 * but likely wrong changes.  Returns false when an error was reported; the
 * model then holds what could be applied. */
bool schema_apply(struct schema *s, const struct op *op, struct srcfile *src,
		  struct diag *d);

/* Lookups; NULL when absent.  (schema_column and the comparisons below
 * that are a loop or a strcmp are inline: verify asks them for every
 * column of every table a revision touches.) */
struct sch_table *schema_table(const struct schema *s, const struct qname *q);
/* t's column name in the wide table's index: the same name (nocase
 * false) or the same but for ASCII case, except `except` (NULL: none). */
struct sch_column *sch_colindex_find(const struct sch_table *t, const char *name, bool nocase,
				     const struct sch_column *except);
static inline struct sch_column *schema_column(const struct sch_table *t, const char *name)
{
	size_t i;

	if (t->colindex)
		return sch_colindex_find(t, name, false, NULL);
	/* from the end: a verify copy, which has no index, is asked most
	 * often for the columns its revision added */
	for (i = t->ncolumns; i-- > 0;)
		if (strcmp(t->columns[i]->name, name) == 0)
			return t->columns[i];
	return NULL;
}
const struct sch_enum *schema_enum(const struct schema *s, const struct qname *q);
const struct sch_view *schema_view(const struct schema *s, const struct qname *q);
/* t's trigger of that name, or NULL. */
const struct sch_trigger *schema_trigger(const struct sch_table *t, const char *name);
/* Whether view v reads the table or view with this key. */
bool schema_view_reads(const struct sch_view *v, const char *key);
/* Whether an index or constraint of t names the column (in its column
 * list, or an expression, CHECK or WHERE that mentions it). */
bool schema_column_used(struct schema *s, const struct sch_table *t, const char *column);
/* Whether column c of t is one an alter_enum op changes: of the named
 * enum it edits, or the column whose inline enum it edits. */
bool schema_alter_enum_column(const struct schema *s, const struct op *op,
			      const struct sch_table *t, const struct sch_column *c);
/* Whether raw SQL holds the string literal `value`. */
bool schema_sql_has_string(const struct schema *s, const char *sql, const char *value);
/* Whether a view's SQL selects every column of something (SELECT *, t.*). */
bool schema_sql_selects_star(const struct schema *s, const char *sql);
/* Whether raw SQL names `name` other than after a dot (NEW.name, t.name). */
bool schema_sql_mentions_bare(const struct schema *s, const char *sql, const char *name);
/* Whether raw SQL names the column (outside strings and quoted others). */
bool schema_sql_mentions(const struct schema *s, const char *sql, const char *column);
/* Whether two fragments (a CHECK, a WHERE, an index expression) are the
 * same SQL: the same tokens, a quoted and an unquoted name for one thing
 * alike. */
bool schema_sql_same(const struct schema *s, const char *a, const char *b);
/* The same, whatever the blanks between tokens (a view's or trigger's
 * text). */
bool schema_sql_same_tokens(const struct schema *s, const char *a, const char *b);
/* Whether a default is the string str: a string value, or raw SQL that is
 * that one string literal however quoted ($$'ok'$$, E'ok'). */
bool schema_default_is(const struct schema *s, const struct value *v, const char *str);

/* Where a database cannot tell a unique index on columns from a unique
 * constraint (CAP_UNIQUE_IS_INDEX), its model read from the catalog says
 * one where the schema file says the other: t's index at ix_at becomes
 * the constraint `like`, or its constraint at con_at the index `like`. */
void schema_unique_as_constraint(struct schema *s, struct sch_table *t, size_t ix_at,
				 const struct sch_constraint *like);
void schema_unique_as_index(struct schema *s, struct sch_table *t, size_t con_at,
			    const struct sch_index *like);

/* A table as the ops that make it in an empty database: its create_table
 * (with its foreign keys when fks, else without), then a create_index per
 * index; in arena a, the table called `as` (NULL: its own name). */
struct oplist schema_table_to_ops(struct arena *a, const struct sch_table *t, bool fks,
				  const char *as);

/* A view as the create_view that makes it (its reads said where they
 * were). */
struct op *schema_view_ir(struct schema *s, struct arena *a, const struct sch_view *v);
/* The views (each after the views it reads) and then the triggers, as
 * the ops that make them, appended to ops. */
void schema_views_to_ops(struct schema *s, struct arena *a, struct oplist *ops);
/* The model as ops that build it in an empty database, in an order that
 * applies: schemas, enums and sequences, tables with their own
 * constraints, foreign keys, indexes, then views and triggers.  A group at
 * a time (a schema, an enum, a sequence, a table, a table's foreign keys,
 * its indexes, the views and triggers), each built in a and handed to
 * take, which may empty a before the next: the whole schema is never held
 * as ops at once (`schema` at 10,000 revisions would hold 30 MB). */
void schema_to_ops_each(struct schema *s, struct arena *a, bool inline_fks,
			void (*take)(void *ctx, const struct oplist *ops), void *ctx);

/* For comparing two models (autogenerate): the rules verify uses. */
bool schema_types_equal(const struct type *a, const struct type *b);
static inline bool schema_values_equal(const struct value *a, const struct value *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind)
		return false;
	if (!a->text || !b->text)
		return a->text == b->text;
	return strcmp(a->text, b->text) == 0;
}
bool schema_constraint_equal(const struct schema *s, const struct sch_constraint *a,
			     const struct sch_constraint *b);
/* The constraint of `in` that is c: by name, or (unnamed) by content. */
const struct sch_constraint *schema_constraint_match(const struct schema *s,
						     const struct sch_table *in,
						     const struct sch_constraint *c);
bool schema_index_equal(const struct schema *s, const struct sch_index *a,
			const struct sch_index *b);
/* Two lists of column names, in order. */
static inline bool schema_names_equal(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}
const struct sch_index *schema_index(const struct sch_table *t, const char *name);
/* The plain columns an index begins with, up to max of them (an
 * expression ends them); its nelems tells whether that is all of it. */
size_t schema_index_columns(const struct sch_index *ix, const char **cols, size_t max);
/* Whether column leads t's primary key or a unique constraint (or, where
 * indexes, an index): a key that begins with it. */
bool schema_leads_key(const struct sch_table *t, const char *column, bool indexes);

/* Model objects (of s) as IR, in arena a.  A name the database chose is
 * left out where it would choose the same one again (not after a rename),
 * so the op makes the same name.  schema_table_ir keeps the constraints
 * want() accepts (want NULL: all). */
struct constraint *schema_constraint_ir(struct schema *s, struct arena *a,
					const struct sch_table *t, const struct sch_constraint *c);
struct column *schema_column_ir(struct arena *a, const struct sch_column *c);
struct op *schema_index_ir(struct arena *a, const struct sch_table *t,
			   const struct sch_index *ix);
struct op *schema_table_ir(struct schema *s, struct arena *a, const struct sch_table *t,
			   bool (*want)(const struct sch_constraint *c, void *ctx), void *ctx,
			   bool hold);
/* The identities schema_table_ir leaves out where hold (a column that leads no
 * primary key or unique constraint gets its identity after the indexes,
 * one of which may be its key), as alter_column ops appended to ops. */
void schema_identities_later(struct arena *a, const struct sch_table *t, struct oplist *ops);

/* ---- verify: snapshots of the objects a revision touches ---- */

struct schema_snapshot;

/* Copies every object the ops in up and down name (tables, the tables their
 * foreign keys reference, enums, sequences), as they are now. */
struct schema_snapshot *schema_snapshot_take(struct schema *s, const struct oplist *up,
					     const struct oplist *down);
/* Compares the objects now with the snapshot; reports the first difference
 * as an error at `where` (the downgrade block) with a note at the object's
 * creation.  Returns true when they are the same. */
bool schema_snapshot_same(struct schema *s, const struct schema_snapshot *snap,
			  struct srcfile *file, struct span where, const char *rev,
			  struct diag *d);
/* For running a downgrade without leaving garbage in the model: the
 * objects up and down touch are replaced by copies, and the model's new
 * objects go to the fork's arena, until schema_fork_end puts the originals
 * back (and frees the fork).  No other snapshot may be taken meanwhile. */
struct schema_snapshot *schema_fork(struct schema *s, const struct oplist *up,
				    const struct oplist *down);
void schema_fork_end(struct schema *s, struct schema_snapshot *fork);
void schema_snapshot_free(struct schema_snapshot *snap);
/* The tables op touches, as they are now (for lowering op
 * knowing what it changes), and one of them by name (NULL: absent). */
struct schema_snapshot *schema_snapshot_op(struct schema *s, const struct op *op);
const struct sch_table *schema_snapshot_table(const struct schema_snapshot *snap,
					      const struct qname *q);

#endif
