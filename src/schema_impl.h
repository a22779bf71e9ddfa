/* What the schema model's files share with each other and with nobody
 * else: the containers' own functions (schema.c), which applying ops
 * (schema_apply.c), verify's snapshots and forks (schema_verify.c) and the
 * model as ops (schema_ops.c) build on.  Every name here starts sch_. */
#ifndef RETORT_SCHEMA_IMPL_H
#define RETORT_SCHEMA_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "diag.h"
#include "ir.h"
#include "schema.h"

struct arena;

/* ---- names and places ---- */

/* A qname's key, "schema.name" or "name": in buf when it fits (a lookup
 * then costs no memory), else in the arena; sch_qkey always in the arena. */
const char *sch_qkey_buf(char *buf, size_t size, struct arena *a, const struct qname *q);
const char *sch_qkey(struct arena *a, const struct qname *q);
/* A map key that lives as long as the object called q, whose q->name is
 * the object's own copy. */
const char *sch_qkey_own(struct schema *s, const struct qname *q);
struct srcloc sch_loc(struct srcfile *f, struct span sp);
/* "WHAT was created here", where it was. */
void sch_note_created(struct diag *d, const struct srcloc *l, const char *what);

/* Did you mean: the nearest candidate to `name` among those offered. */
struct sch_nearest {
	const char *name;
	const char *best;
	size_t dist;
};
void sch_nearest_init(struct sch_nearest *n, const char *name);
void sch_nearest_offer(struct sch_nearest *n, const char *candidate);
void sch_nearest_note(const struct sch_nearest *n, struct diag *d, struct srcfile *src,
		      struct span sp);

/* ---- the model's own copies of what it keeps (in s->arena) ---- */

const char *sch_keep(struct schema *s, const char *str);
struct qname sch_keep_qname(struct schema *s, const struct qname *q);
struct value *sch_keep_value(struct schema *s, const struct value *v);
/* One copy of each distinct type, for the model's life. */
const struct type *sch_intern_type(struct schema *s, const struct type *t);
const struct kv *sch_keep_kvs(struct schema *s, const struct kv *k);
/* An index's or exclusion's definition; with from set, the column from
 * renamed to `to` in its elements and predicate. */
const struct index_def *sch_copy_index(struct schema *s, const struct index_def *d,
				       const char *from, const char *to);
const struct constraint *sch_copy_exclusion(struct schema *s, const struct constraint *k,
					    const char *from, const char *to);
const struct op *sch_keep_sequence(struct schema *s, const struct op *op);
/* sql with the column `from` renamed `to` (sql itself where it does not
 * name it). */
const char *sch_sql_rename(struct schema *s, const char *sql, const char *from,
			   const char *to);
/* sch_sql_rename, but for some tokens only (SCH_RENAME_ bits): not those
 * after a dot (a table's name there is a column's), not an alias (after
 * AS), only those after a dot (NEW.col, t.col), or only where a table's
 * name stands (FROM t, JOIN t, INTO t, t.col). */
enum {
	SCH_RENAME_NOT_AFTER_DOT = 1, SCH_RENAME_NOT_ALIAS = 2, SCH_RENAME_ONLY_AFTER_DOT = 4,
	SCH_RENAME_TABLE = 8	/* only where a table's name stands */
};
const char *sch_sql_rename_how(struct schema *s, const char *sql, const char *from,
			       const char *to, unsigned how);
/* Whether a view shows the column col as one of its own, by its name (a
 * bare reference in its select list). */
bool sch_view_shows(struct schema *s, const char *sql, const char *col);
const char *sch_view_rename_column(struct schema *s, const char *sql, const char *from,
				   const char *to);

/* ---- containers ---- */

/* Who references a table: the foreign keys pointing at it, kept per target
 * key so a drop need not scan every table. */
struct fkref_entry {
	struct sch_table *from;
	struct sch_constraint *con;
};

struct fkref_list {
	struct fkref_entry *v;
	size_t n, cap;
};

/* The foreign keys to the table whose key is key (made when create). */
struct fkref_list *sch_fk_list(struct schema *s, const char *key, bool create);
void sch_fk_register(struct schema *s, struct sch_table *from, struct sch_constraint *c);
/* Counts a constraint's name in (delta 1) or out (-1) of its schema. */
void sch_con_name_use(struct schema *s, const struct sch_table *t,
		      const struct sch_constraint *c, int delta);
/* The same for a constraint name that is no sch_constraint (an inline
 * enum's check); name NULL: nothing. */
void sch_name_use(struct schema *s, const struct sch_table *t, const char *name, int delta);

struct sch_table *sch_table_new(struct schema *s, const struct qname *name,
				struct srcloc created);
void sch_table_add_column(struct sch_table *t, struct sch_column *c);
/* copy, a copy of t, holds t's column array too, until either changes it. */
void sch_table_share_columns(struct sch_table *t, struct sch_table *copy);
/* Lets go of t's column array (freed with its last holder). */
void sch_table_release_columns(struct sch_table *t);
/* Lets go of all of t's malloc'd arrays. */
void sch_table_free_arrays(struct sch_table *t);
/* Removes t's i-th column. */
void sch_table_drop_column(struct sch_table *t, size_t i);
/* Gives column c of t the name (which must outlive it). */
void sch_column_rename(struct sch_table *t, struct sch_column *c, const char *name);
/* Where t holds column c (which it must). */
size_t sch_column_at(const struct sch_table *t, const struct sch_column *c);
/* Column c of t, to be changed.  In a fork, c itself where the fork made
 * it, else a copy of it in the fork's arena that takes its place in t (the
 * original, which the fork gives back, keeps c as it is).  Outside one, c
 * itself, each live snapshot that holds it first given a copy of it as it
 * is, in the snapshot's arena: the model's arena gets no garbage.  Every
 * change an op makes to a column goes through this; only code that runs
 * with no snapshot or fork alive (autogenerate's settling) may change one
 * in place. */
struct sch_column *sch_column_w(struct schema *s, struct sch_table *t, struct sch_column *c);
/* Gives each live snapshot that holds c (column i of the model's table t)
 * a copy of its own (schema_verify.c). */
void sch_snapshots_keep_column(struct schema *s, const struct sch_table *t, size_t i,
			       const struct sch_column *c);
/* Column i of copy t, replaced by c: t given its own column array first. */
void sch_table_replace_column(struct sch_table *t, size_t i, struct sch_column *c);
/* Sets c's sequence (SCH_SEQUENCE_NAME) or its inline enum's check
 * (SCH_CHECK_NAME) to name, NULL for none, counting it in t->nnames. */
enum sch_column_name { SCH_SEQUENCE_NAME, SCH_CHECK_NAME };
void sch_column_set_name(struct schema *s, struct sch_table *t, struct sch_column *c,
			 enum sch_column_name which, const char *name);
void sch_colindex_free(struct sch_table *t);
/* Whether t's index holds its columns and nothing else, each where a
 * lookup of its name finds it (the unit tests' check). */
bool sch_colindex_consistent(const struct sch_table *t);
void sch_table_add_index(struct sch_table *t, struct sch_index *ix);
void sch_table_add_trigger(struct sch_table *t, struct sch_trigger *tg);
struct sch_trigger *sch_find_trigger(const struct sch_table *t, const char *name, size_t *at);
/* The tables and views a view's SQL names, by key (self left out). */
const char **sch_view_reads_of(struct schema *s, const char *sql, const char *self,
			       size_t *n);
/* Names c where the database would (sch_auto_name), then adds it. */
void sch_table_add_constraint(struct schema *s, struct sch_table *t,
			      struct sch_constraint *c);
void sch_table_remove_constraint(struct schema *s, struct sch_table *t, size_t i);
/* Registers or forgets everything a table holds in the shared maps. */
void sch_table_link(struct schema *s, struct sch_table *t);
void sch_table_unlink(struct schema *s, struct sch_table *t);
void sch_drop_table(struct schema *s, struct sch_table *t);
/* c, a copy of t with the same names and objects, in t's place in the
 * model's maps, as sch_drop_table(t) and then sch_table_link(c) would put
 * it, but without counting every name out and in again: what verify's
 * fork does for each table a revision touches. */
void sch_table_swap(struct schema *s, struct sch_table *t, struct sch_table *c);

/* Lookups; NULL when absent (at: the position, when not NULL). */
struct sch_constraint *sch_find_constraint(const struct sch_table *t, const char *name,
					   size_t *at);
struct sch_index *sch_find_index(const struct sch_table *t, const char *name, size_t *at);
struct sch_enum *sch_find_enum(const struct schema *s, const struct qname *q);
/* The same, reporting an error (with a did-you-mean) when absent. */
struct sch_table *sch_need_table(struct schema *s, const struct qname *q,
				 struct srcfile *src, struct diag *d);
struct sch_column *sch_need_column(struct sch_table *t, const char *name, struct span sp,
				   struct srcfile *src, struct diag *d);
struct sch_enum *sch_need_enum(struct schema *s, const struct qname *q,
			       struct srcfile *src, struct diag *d);

/* Whether an index or a constraint of a table uses the column: in its
 * column list, or an expression, CHECK or WHERE that mentions it (then
 * the database drops it with the column, and renames it in it). */
bool sch_index_uses(struct schema *s, const struct sch_index *ix, const char *column);
/* Whether name is among the n names of v. */
bool sch_names_contain(const char **v, size_t n, const char *name);
bool sch_constraint_uses(struct schema *s, const struct sch_constraint *c, const char *column);

/* ---- the names the database gives ---- */

/* Who asks whether a name is taken, for the database's numbering. */
struct sch_name_ctx {
	struct schema *s;
	const struct sch_table *t;
	enum constraint_kind kind;
};
/* The name the database gives the sequence of t's autoincrement column
 * (NULL where it makes none), `own` counting as free; whether a name is
 * taken for one; and a column's sequence registered (use) or forgotten. */
const char *sch_serial_name(struct schema *s, const struct sch_table *t, const char *column,
			    const char *own);
bool sch_serial_taken(struct schema *s, const struct sch_table *t, const char *name);
void sch_serial_use(struct schema *s, struct sch_table *t, const struct sch_column *c, bool use);

/* ctx is a struct sch_name_ctx. */
bool sch_constraint_name_taken(const void *ctx, const char *name);
/* The name the database gives c, from its table and columns (an
 * exclusion's elements by their names), with `taken` saying which are in
 * use; NULL where the rules cannot tell. */
const char *sch_auto_name(struct schema *s, const struct sch_table *t,
			  const struct sch_constraint *c,
			  bool (*taken)(const void *ctx, const char *name), const void *ctx);

/* ---- what an op changes ---- */

enum sch_object { SCH_TABLE, SCH_ENUM, SCH_SEQUENCE, SCH_VIEW, SCH_SCHEMA };

/* Calls want for every object op may change (see schema_apply.c). */
void sch_op_touches(struct schema *s, const struct op *op,
		    void (*want)(void *ctx, enum sch_object kind, const struct qname *q), void *ctx);

/* ---- for messages and comparisons ---- */

/* The type as the migration spells it. */
const char *sch_type_show(struct arena *a, const struct type *t);
/* Two strings, either NULL, equal. */
static inline bool sch_strs_equal(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

#endif
