/* Replaying ops into the schema model, with the checks a database would
 * make (and a few it would only make at run time, as warnings).  Lookups go
 * through hash maps and reverse indexes (who references a table), so a
 * replay of tens of thousands of revisions stays linear. */
#include "schema.h"
#include "arena.h"
#include "sbuf.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- small helpers ---- */

/* A qname's key in buf when it fits, else in the arena. */
static const char *qkey_buf(char *buf, size_t size, struct arena *a, const struct qname *q)
{
	int n = q->schema ? snprintf(buf, size, "%s.%s", q->schema, q->name)
			  : snprintf(buf, size, "%s", q->name);

	if (n >= 0 && (size_t)n < size)
		return buf;
	return q->schema ? arena_printf(a, "%s.%s", q->schema, q->name) : arena_strdup(a, q->name);
}

static const char *qkey(struct arena *a, const struct qname *q)
{
	return q->schema ? arena_printf(a, "%s.%s", q->schema, q->name)
			 : arena_strdup(a, q->name);
}

/* "schema.name" for messages; the key already is that. */
static const char *qshow(struct arena *a, const struct qname *q)
{
	return qkey(a, q);
}

static struct srcloc loc(struct srcfile *f, struct span sp)
{
	struct srcloc l;

	l.file = f;
	l.span = sp;
	return l;
}

static void note_created(struct diag *d, const struct srcloc *l, const char *what)
{
	if (l->file)
		diag_note(d, DIAG_SCHEMA_EXISTS, l->file, l->span, "%s was created here", what);
}

/* Levenshtein distance, bounded: names are short, and only near ones
 * matter. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, best;

	if (la > 64 || lb > 64)
		return (size_t)-1;
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t prev = row[0], tmp;
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cost = (a[i - 1] | 0x20) == (b[j - 1] | 0x20) ? 0 : 1;
			tmp = row[j];
			row[j] = row[j] + 1;
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (prev + cost < row[j])
				row[j] = prev + cost;
			prev = tmp;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

/* Collects the nearest candidate to `name` among those offered. */
struct nearest {
	const char *name;
	const char *best;
	size_t dist;
};

static void nearest_init(struct nearest *n, const char *name)
{
	n->name = name;
	n->best = NULL;
	n->dist = (size_t)-1;
}

static void nearest_offer(struct nearest *n, const char *candidate)
{
	size_t len = strlen(n->name), limit = len < 3 ? 1 : len / 3 + 1;
	size_t dist = edit_distance(n->name, candidate);

	if (dist <= limit && dist < n->dist && strcmp(candidate, n->name) != 0) {
		n->dist = dist;
		n->best = candidate;
	}
}

static void nearest_note(const struct nearest *n, struct diag *d, struct srcfile *src,
			 struct span sp)
{
	if (n->best)
		diag_note(d, DIAG_SCHEMA_UNKNOWN, src, sp, "did you mean '%s'?", n->best);
}

/* ---- names inside SQL fragments ---- */

/* Which column names an expression mentions, and the same expression with
 * one renamed: the database does both when a column is dropped or renamed
 * (it keeps expressions parsed).  Tokens are enough: strings and comments
 * are skipped, a quoted name is taken as written, an unquoted one as the
 * database reads it (the rules' flavor).  A renamed name is written as a
 * quoted name of that flavor, which reads back as exactly the new name
 * (SQLite's own RENAME COLUMN writes it so); how a name is spelled in a
 * statement is the dialect's business when it emits one. */
static bool sql_mentions(const struct schema *s, const char *sql, const char *column)
{
	struct sqlscan sc;
	struct sqltok t;

	if (!sql)
		return false;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t))
		if (sqltok_names(&s->rules->sql, sql, &t, column))
			return true;
	return false;
}

static const char *sql_rename(struct schema *s, const char *sql, const char *from,
			      const char *to)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf sb = SBUF_INIT;
	size_t done = 0;
	const char *r;

	if (!sql_mentions(s, sql, from))
		return sql;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (!sqltok_names(&s->rules->sql, sql, &t, from))
			continue;
		sbuf_add(&sb, sql + done, t.start - done);
		sqlscan_add_quoted(&s->rules->sql, &sb, to);
		done = t.start + t.len;
	}
	sbuf_adds(&sb, sql + done);
	r = arena_strdup(s->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* Two fragments the same to the database: the same tokens, a quoted and
 * an unquoted name for one thing alike (a rename and its undo leave the
 * first quoted). */
static bool sql_same(const struct schema *s, const char *a, const char *b)
{
	return sqlscan_same(&s->rules->sql, a, b);
}

/* ---- the model's own copies of what it keeps ---- */

static const char *keep_in(struct arena *a, const char *str)
{
	return str ? arena_strdup(a, str) : NULL;
}

static const char *keep(struct schema *s, const char *str)
{
	return keep_in(s->arena, str);
}

/* A map key that lives as long as the object called q, whose q->name is
 * the object's own copy: that very name when unqualified (no copy, and a
 * table linked again costs nothing), else "schema.name" in the arena. */
static const char *qkey_own(struct schema *s, const struct qname *q)
{
	return q->schema ? qkey(s->arena, q) : q->name;
}

static struct qname keep_qname(struct schema *s, const struct qname *q)
{
	struct qname r = { keep(s, q->schema), keep(s, q->name), q->span };

	return r;
}

static struct value *keep_value_in(struct arena *a, const struct value *v)
{
	struct value *c;

	if (!v)
		return NULL;
	c = ARENA_NEW(a, struct value);
	*c = *v;
	c->text = keep_in(a, v->text);
	c->next = NULL;
	return c;
}

static struct value *keep_value(struct schema *s, const struct value *v)
{
	return keep_value_in(s->arena, v);
}

/* Only for intern_type: the copy lives as long as the model. */
static struct type keep_type(struct schema *s, const struct type *t)
{
	struct type c = *t;
	const struct value *v;

	c.enum_name.schema = keep_in(s->home, t->enum_name.schema);
	c.enum_name.name = keep_in(s->home, t->enum_name.name);
	c.raw = keep_in(s->home, t->raw);
	c.enum_values.head = c.enum_values.tail = NULL;
	c.enum_values.n = 0;
	for (v = t->enum_values.head; v; v = v->next)
		ir_valuelist_append(&c.enum_values, keep_value_in(s->home, v));
	return c;
}

/* Columns share a handful of types: one copy of each, found by a key that
 * spells it out (lengths first, so no separator can be faked). */
/* Decimal digits of v at p, then a ':'; returns the end. */
static char *put_num(char *p, long v)
{
	char tmp[24];
	int n = 0;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	if (v < 0)
		*p++ = '-';
	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	while (n)
		*p++ = tmp[--n];
	*p++ = ':';
	return p;
}

static const struct type *intern_type(struct schema *s, const struct type *t)
{
	struct sbuf key = SBUF_INIT;
	const struct value *v;
	struct type *copy;

	/* Most columns: a plain type, keyed without a printf or a malloc. */
	if (!t->enum_name.name && !t->raw && !t->enum_values.n) {
		char buf[96], *p = buf;
		p = put_num(p, t->kind);
		p = put_num(p, t->length);
		p = put_num(p, t->precision);
		p = put_num(p, t->scale);
		*p = '\0';
		copy = strmap_get(s->types, buf);
		if (!copy) {
			copy = ARENA_NEW(s->home, struct type);
			*copy = keep_type(s, t);
			strmap_put(s->types, arena_strdup(s->home, buf), copy);
		}
		return copy;
	}
	sbuf_addf(&key, "%d:%ld:%d:%d:", (int)t->kind, t->length, t->precision, t->scale);
#define KEY_STR(x) sbuf_addf(&key, "%zu:%s", (x) ? strlen(x) : (size_t)-1, (x) ? (x) : "")
	KEY_STR(t->enum_name.schema);
	KEY_STR(t->enum_name.name);
	KEY_STR(t->raw);
	for (v = t->enum_values.head; v; v = v->next)
		KEY_STR(v->text);
#undef KEY_STR
	copy = strmap_get(s->types, sbuf_str(&key));
	if (!copy) {
		copy = ARENA_NEW(s->home, struct type);
		*copy = keep_type(s, t);
		strmap_put(s->types, arena_strdup(s->home, key.buf), copy);
	}
	sbuf_release(&key);
	return copy;
}

static const struct kv *keep_kvs(struct schema *s, const struct kv *k)
{
	struct kv *head = NULL, **tail = &head;

	for (; k; k = k->next) {
		struct kv *c = ARENA_NEW(s->arena, struct kv);
		*c = *k;
		c->key.name = keep(s, k->key.name);
		c->val.text = keep(s, k->val.text);
		c->next = NULL;
		*tail = c;
		tail = &c->next;
	}
	return head;
}

/* The model's own copy of an index definition; with from set, the column
 * from renamed to to in its elements and predicate. */
static const char *sql_rename(struct schema *s, const char *sql, const char *from,
			      const char *to);

static const struct index_def *copy_index(struct schema *s, const struct index_def *d,
					  const char *from, const char *to)
{
	struct index_def *c = ARENA_NEW(s->arena, struct index_def);
	const struct index_elem *e;
	struct index_elem **tail;

	*c = *d;
	c->name.name = keep(s, d->name.name);
	c->name.next = NULL;
	c->table = keep_qname(s, &d->table);
	c->where = keep(s, d->where);
	c->using_method = keep(s, d->using_method);
	c->elems = NULL;
	tail = &c->elems;
	for (e = d->elems; e; e = e->next) {
		struct index_elem *x = ARENA_NEW(s->arena, struct index_elem);
		*x = *e;
		x->column.name = keep(s, e->column.name);
		x->expr = keep(s, e->expr);
		if (from) {
			if (x->column.name && strcmp(x->column.name, from) == 0)
				x->column.name = to;
			x->expr = sql_rename(s, x->expr, from, to);
		}
		x->next = NULL;
		*tail = x;
		tail = &x->next;
	}
	if (from)
		c->where = sql_rename(s, c->where, from, to);
	return c;
}

/* The same for an exclusion constraint's definition. */
static const struct constraint *copy_exclusion(struct schema *s, const struct constraint *k,
					       const char *from, const char *to)
{
	struct constraint *c = ARENA_NEW(s->arena, struct constraint);
	const struct exclude_elem *e;
	struct exclude_elem **tail;

	*c = *k;
	c->next = NULL;
	c->name.name = keep(s, k->name.name);
	c->columns.head = c->columns.tail = NULL;
	c->columns.n = 0;
	c->ref.table.schema = c->ref.table.name = NULL;
	c->ref.columns.head = c->ref.columns.tail = NULL;
	c->ref.columns.n = 0;
	c->check = NULL;
	c->using_method = keep(s, k->using_method);
	c->where = keep(s, k->where);
	c->elems = NULL;
	tail = &c->elems;
	for (e = k->elems; e; e = e->next) {
		struct exclude_elem *x = ARENA_NEW(s->arena, struct exclude_elem);
		*x = *e;
		x->column.name = keep(s, e->column.name);
		x->expr = keep(s, e->expr);
		x->op = keep(s, e->op);
		if (from) {
			if (x->column.name && strcmp(x->column.name, from) == 0)
				x->column.name = to;
			x->expr = sql_rename(s, x->expr, from, to);
		}
		x->next = NULL;
		*tail = x;
		tail = &x->next;
	}
	if (from)
		c->where = sql_rename(s, c->where, from, to);
	return c;
}

static const struct op *keep_sequence_op(struct schema *s, const struct op *op)
{
	struct op *c = ARENA_NEW(s->arena, struct op);

	*c = *op;
	c->next = NULL;
	c->u.sequence.name = keep_qname(s, &op->u.sequence.name);
	c->u.sequence.start = keep(s, op->u.sequence.start);
	c->u.sequence.increment = keep(s, op->u.sequence.increment);
	c->u.sequence.minvalue = keep(s, op->u.sequence.minvalue);
	c->u.sequence.maxvalue = keep(s, op->u.sequence.maxvalue);
	c->u.sequence.cache = keep(s, op->u.sequence.cache);
	return c;
}

/* ---- the model's containers ---- */

/* What verify keeps of a revision's objects before it runs. */
enum snap_kind { SNAP_TABLE, SNAP_ENUM, SNAP_SEQUENCE };

struct snap_entry {
	enum snap_kind kind;
	const char *key;
	void *copy;		/* NULL: absent before the revision */
};

struct schema_snapshot {
	struct snap_entry *v;
	size_t n, cap;
	struct arena *arena;		/* the copies: gone with the snapshot */
	struct sch_table **tables;	/* whose arrays are malloc'd */
	size_t ntables, captables;
	/* schema_fork: the model's list lengths when it began */
	size_t ntables_at, ncopies_at, nenums_at, nseqs_at;
};


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


struct schema *schema_new(const struct schema_rules *r)
{
	struct schema *s = xcalloc(1, sizeof(*s));

	s->home = s->arena = arena_new();
	s->rules = r;
	s->tables = strmap_new(0);
	s->enums = strmap_new(0);
	s->sequences = strmap_new(0);
	s->indexes = strmap_new(0);
	s->fk_in = strmap_new(0);
	s->con_names = strmap_new(0);
	s->types = strmap_new(0);
	return s;
}

void schema_free(struct schema *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->ncopies; i++) {
		free(s->copies[i]->columns);
		free(s->copies[i]->constraints);
		free(s->copies[i]->indexes);
	}
	free(s->copies);
	for (i = 0; i < s->nfkrefs; i++)
		free(s->fkref_lists[i]->v);
	free(s->fkref_lists);
	free(s->table_list);
	free(s->enum_list);
	free(s->seq_list);
	strmap_free(s->tables);
	strmap_free(s->enums);
	strmap_free(s->sequences);
	strmap_free(s->indexes);
	strmap_free(s->fk_in);
	strmap_free(s->con_names);
	strmap_free(s->types);
	arena_free(s->home);
	free(s);
}

void schema_begin_revision(struct schema *s)
{
	s->rev++;
}

struct sch_table *schema_table(const struct schema *s, const struct qname *q)
{
	char buf[256];

	if (q->schema) {
		if ((size_t)snprintf(buf, sizeof(buf), "%s.%s", q->schema, q->name) >= sizeof(buf))
			return NULL;
		return strmap_get(s->tables, buf);
	}
	return strmap_get(s->tables, q->name);
}

struct sch_column *schema_column(const struct sch_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->ncolumns; i++)
		if (strcmp(t->columns[i]->name, name) == 0)
			return t->columns[i];
	return NULL;
}

static void table_add_column(struct sch_table *t, struct sch_column *c)
{
	XGROW(t->columns, t->capcolumns, t->ncolumns + 1);
	t->columns[t->ncolumns++] = c;
}

static void table_add_index(struct sch_table *t, struct sch_index *ix)
{
	XGROW(t->indexes, t->capindexes, t->nindexes + 1);
	t->indexes[t->nindexes++] = ix;
}

/* ---- who references a table: foreign keys, kept per target key ---- */

static struct fkref_list *fk_list(struct schema *s, const char *key, bool create)
{
	struct fkref_list *l = strmap_get(s->fk_in, key);

	if (!l && create) {
		l = ARENA_NEW(s->home, struct fkref_list);
		strmap_put(s->fk_in, arena_strdup(s->home, key), l);	/* key may be a buffer */
		XGROW(s->fkref_lists, s->capfkrefs, s->nfkrefs + 1);
		s->fkref_lists[s->nfkrefs++] = l;
	}
	return l;
}

static void fk_register(struct schema *s, struct sch_table *from, struct sch_constraint *c)
{
	char buf[256];
	struct fkref_list *l = fk_list(s, qkey_buf(buf, sizeof(buf), s->arena, &c->ref_table),
				       true);

	XGROW(l->v, l->cap, l->n + 1);
	l->v[l->n].from = from;
	l->v[l->n].con = c;
	l->n++;
}

static void fk_unregister(struct schema *s, struct sch_constraint *c)
{
	char buf[256];
	struct fkref_list *l = fk_list(s, qkey_buf(buf, sizeof(buf), s->arena, &c->ref_table),
				       false);
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++) {
		if (l->v[i].con == c) {
			memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof(l->v[0]));
			l->n--;
			return;
		}
	}
}

static void name_unnamed(struct schema *s, struct sch_table *t, struct sch_constraint *c);

/* The key of a name in its schema, in buf when it fits (a lookup then
 * costs no memory), else in the arena. */
static const char *con_name_key(struct schema *s, const struct sch_table *t, const char *name,
				char *buf, size_t size)
{
	struct qname q = { t->name.schema, name, { 0, 0 } };

	return qkey_buf(buf, size, s->arena, &q);
}

/* Constraint names in use in a schema, counted: the database numbers a
 * generated name past every one of them, whatever table holds it. */
static void con_name_use(struct schema *s, const struct sch_table *t,
			 const struct sch_constraint *c, int delta)
{
	char buf[256];
	const char *key;
	uintptr_t n;

	if (!c->name)
		return;
	key = con_name_key(s, t, c->name, buf, sizeof(buf));
	n = (uintptr_t)strmap_get(s->con_names, key);
	if (delta > 0 && n == 0) {
		/* The count is the value itself; an entry leaves at zero, so
		 * the key may be the constraint's own name (which lives at
		 * least as long as the constraint) where no schema prefixes it. */
		strmap_put(s->con_names, key != buf ? key : t->name.schema
			   ? arena_strdup(s->home, key) : c->name, (void *)(uintptr_t)1);
	} else if (delta > 0) {
		strmap_put(s->con_names, key, (void *)(n + 1));
	} else if (n == 1) {
		strmap_del(s->con_names, key);
	} else if (n > 1) {
		strmap_put(s->con_names, key, (void *)(n - 1));
	}
}

static void table_add_constraint(struct schema *s, struct sch_table *t,
				 struct sch_constraint *c)
{
	name_unnamed(s, t, c);
	XGROW(t->constraints, t->capconstraints, t->nconstraints + 1);
	t->constraints[t->nconstraints++] = c;
	con_name_use(s, t, c, 1);
	if (c->kind == CON_FOREIGN_KEY)
		fk_register(s, t, c);
}

static void table_remove_constraint(struct schema *s, struct sch_table *t, size_t i)
{
	con_name_use(s, t, t->constraints[i], -1);
	if (t->constraints[i]->kind == CON_FOREIGN_KEY)
		fk_unregister(s, t->constraints[i]);
	memmove(&t->constraints[i], &t->constraints[i + 1],
		(t->nconstraints - i - 1) * sizeof(t->constraints[0]));
	t->nconstraints--;
}

/* Registers or forgets everything a table holds in the shared indexes. */
static void table_link(struct schema *s, struct sch_table *t)
{
	size_t i;

	strmap_put(s->tables, t->key, t);
	for (i = 0; i < t->nconstraints; i++) {
		con_name_use(s, t, t->constraints[i], 1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY)
			fk_register(s, t, t->constraints[i]);
	}
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		strmap_put(s->indexes, qkey_own(s, &q), t);
	}
}

static void table_unlink(struct schema *s, struct sch_table *t)
{
	size_t i;

	strmap_del(s->tables, t->key);
	for (i = 0; i < t->nconstraints; i++) {
		con_name_use(s, t, t->constraints[i], -1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY)
			fk_unregister(s, t->constraints[i]);
	}
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		char kb[256];
		strmap_del(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
	}
}

static struct sch_table *table_new(struct schema *s, const struct qname *name,
				   struct srcloc created)
{
	struct sch_table *t = ARENA_NEW(s->arena, struct sch_table);

	t->name.schema = keep(s, name->schema);
	t->name.name = keep(s, name->name);
	t->key = qkey_own(s, &t->name);
	t->created = created;
	t->created_rev = s->rev;
	XGROW(s->copies, s->capcopies, s->ncopies + 1);
	s->copies[s->ncopies++] = t;
	XGROW(s->table_list, s->captables, s->ntables + 1);
	t->order = s->ntables;
	s->table_list[s->ntables++] = t;
	return t;
}

/* ---- lookups that report ---- */

static struct sch_table *need_table(struct schema *s, const struct qname *q,
				    struct srcfile *src, struct diag *d)
{
	struct sch_table *t = schema_table(s, q);
	struct nearest n;
	size_t i;

	if (t)
		return t;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no table '%s'",
		   qshow(s->arena, q));
	nearest_init(&n, q->name);
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped)
			nearest_offer(&n, s->table_list[i]->name.name);
	nearest_note(&n, d, src, q->span);
	return NULL;
}

static struct sch_column *need_column(struct sch_table *t, const char *name,
				      struct span sp, struct srcfile *src, struct diag *d)
{
	struct sch_column *c = schema_column(t, name);
	struct nearest n;
	size_t i;

	if (c)
		return c;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, sp, "table '%s' has no column '%s'",
		   t->key, name);
	nearest_init(&n, name);
	for (i = 0; i < t->ncolumns; i++)
		nearest_offer(&n, t->columns[i]->name);
	nearest_note(&n, d, src, sp);
	return NULL;
}

static struct sch_enum *find_enum(const struct schema *s, const struct qname *q)
{
	char kb[256];

	return strmap_get(s->enums, qkey_buf(kb, sizeof(kb), s->arena, q));
}

static struct sch_enum *need_enum(struct schema *s, const struct qname *q,
				  struct srcfile *src, struct diag *d)
{
	struct sch_enum *e = find_enum(s, q);
	struct nearest n;
	size_t i;

	if (e)
		return e;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no enum '%s'", qshow(s->arena, q));
	nearest_init(&n, q->name);
	for (i = 0; i < s->nenums; i++)
		if (!s->enum_list[i]->dropped)
			nearest_offer(&n, s->enum_list[i]->name.name);
	nearest_note(&n, d, src, q->span);
	return NULL;
}

static struct sch_constraint *find_constraint(const struct sch_table *t, const char *name,
					      size_t *at)
{
	size_t i;

	for (i = 0; i < t->nconstraints; i++) {
		if (t->constraints[i]->name && strcmp(t->constraints[i]->name, name) == 0) {
			if (at)
				*at = i;
			return t->constraints[i];
		}
	}
	return NULL;
}

static struct sch_index *find_index(const struct sch_table *t, const char *name, size_t *at)
{
	size_t i;

	for (i = 0; i < t->nindexes; i++) {
		if (strcmp(t->indexes[i]->name, name) == 0) {
			if (at)
				*at = i;
			return t->indexes[i];
		}
	}
	return NULL;
}

/* ---- types ---- */

/* Which types can stand on either side of a foreign key: PostgreSQL needs
 * an equality operator between them, and so does every other database in
 * practice. */
enum type_family {
	FAM_INTEGER,
	FAM_NUMERIC,
	FAM_FLOAT,
	FAM_STRING,
	FAM_BOOLEAN,
	FAM_TIME,
	FAM_TIMESTAMP,
	FAM_INTERVAL,
	FAM_BINARY,
	FAM_JSON,
	FAM_UUID,
	FAM_ENUM,
	FAM_UNKNOWN
};

static enum type_family type_family(const struct type *t)
{
	switch (t->kind) {
	case TY_INTEGER:
	case TY_BIGINT:
	case TY_SMALLINT:
		return FAM_INTEGER;
	case TY_NUMERIC:
		return FAM_NUMERIC;
	case TY_FLOAT:
	case TY_DOUBLE:
		return FAM_FLOAT;
	case TY_STRING:
	case TY_CHAR:
	case TY_TEXT:
	case TY_UNICODE:
	case TY_UNICODE_TEXT:
		return FAM_STRING;
	case TY_BOOLEAN:
		return FAM_BOOLEAN;
	case TY_DATE:		/* date and timestamps compare in the database */
		return FAM_TIMESTAMP;
	case TY_TIME:
		return FAM_TIME;
	case TY_DATETIME:
	case TY_TIMESTAMPTZ:
		return FAM_TIMESTAMP;
	case TY_INTERVAL:
		return FAM_INTERVAL;
	case TY_BINARY:
		return FAM_BINARY;
	case TY_JSON:
	case TY_JSONB:
		return FAM_JSON;
	case TY_UUID:
		return FAM_UUID;
	case TY_ENUM:
		return t->enum_name.name ? FAM_ENUM : FAM_STRING;
	case TY_RAW:
		return FAM_UNKNOWN;
	}
	return FAM_UNKNOWN;
}

/* The type as the migration spells it, for messages. */
static const char *type_show(struct arena *a, const struct type *t)
{
	switch (t->kind) {
	case TY_STRING:
	case TY_CHAR:
	case TY_UNICODE:
		return t->length > 0 ? arena_printf(a, "%s(%ld)", ir_type_name(t->kind), t->length)
				     : ir_type_name(t->kind);
	case TY_NUMERIC:
		if (t->precision > 0 && t->scale != TYPE_NO_SCALE)
			return arena_printf(a, "numeric(%d, %d)", t->precision, t->scale);
		if (t->precision > 0)
			return arena_printf(a, "numeric(%d)", t->precision);
		return "numeric";
	case TY_ENUM:
		return t->enum_name.name ? arena_printf(a, "enum %s", t->enum_name.name)
					 : "enum (...)";
	case TY_RAW:
		return arena_printf(a, "raw '%s'", t->raw);
	case TY_INTEGER:
	case TY_BIGINT:
	case TY_SMALLINT:
	case TY_BOOLEAN:
	case TY_FLOAT:
	case TY_DOUBLE:
	case TY_TEXT:
	case TY_UNICODE_TEXT:
	case TY_DATE:
	case TY_TIME:
	case TY_DATETIME:
	case TY_TIMESTAMPTZ:
	case TY_INTERVAL:
	case TY_BINARY:
	case TY_JSON:
	case TY_JSONB:
	case TY_UUID:
		break;
	}
	return ir_type_name(t->kind);
}

static bool types_equal(const struct type *a, const struct type *b)
{
	const struct value *x, *y;

	if (a->kind != b->kind || a->length != b->length || a->precision != b->precision ||
	    a->scale != b->scale)
		return false;
	if ((a->enum_name.name == NULL) != (b->enum_name.name == NULL))
		return false;
	if (a->enum_name.name && (strcmp(a->enum_name.name, b->enum_name.name) != 0 ||
				  (a->enum_name.schema == NULL) != (b->enum_name.schema == NULL) ||
				  (a->enum_name.schema &&
				   strcmp(a->enum_name.schema, b->enum_name.schema) != 0)))
		return false;
	if (a->enum_values.n != b->enum_values.n)
		return false;
	for (x = a->enum_values.head, y = b->enum_values.head; x && y; x = x->next, y = y->next)
		if (strcmp(x->text, y->text) != 0)
			return false;
	if ((a->raw == NULL) != (b->raw == NULL) || (a->raw && strcmp(a->raw, b->raw) != 0))
		return false;
	return true;
}

static bool values_equal(const struct value *a, const struct value *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind)
		return false;
	if (!a->text || !b->text)
		return a->text == b->text;
	return strcmp(a->text, b->text) == 0;
}

static bool strs_equal(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

/* ---- columns and constraints ---- */

static const char **names_of(struct arena *a, const struct identlist *l)
{
	const char **v = ARENA_ARRAY(a, const char *, l->n ? l->n : 1);
	const struct ident *id;
	size_t i = 0;

	for (id = l->head; id; id = id->next)
		v[i++] = arena_strdup(a, id->name);
	return v;
}

static bool check_column_type(struct schema *s, const struct type *t, struct srcfile *src,
			      struct diag *d)
{
	if (t->kind == TY_ENUM && t->enum_name.name)
		return need_enum(s, &t->enum_name, src, d) != NULL;
	return true;
}

static struct sch_column *column_from_ir(struct schema *s, const struct column *c,
					 struct srcfile *src)
{
	struct sch_column *sc = ARENA_NEW(s->arena, struct sch_column);

	sc->name = keep(s, c->name.name);
	sc->type = intern_type(s, &c->type);
	sc->not_null = c->nullable == NULLABLE_NO ||
		       (c->primary_key && c->nullable != NULLABLE_YES);
	sc->server_default = keep_value(s, c->server_default);
	sc->comment = keep(s, c->comment);
	sc->autoincrement = c->autoincrement;
	sc->created = loc(src, c->name.span);
	return sc;
}

static bool names_contain(const char **v, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], name) == 0)
			return true;
	return false;
}

/* Whether the columns are exactly those of a primary key, a unique
 * constraint or a plain unique index: what a foreign key may reference. */
static bool unique_on(const struct sch_table *t, const char **cols, size_t n)
{
	size_t i, j, k;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if ((c->kind != CON_PRIMARY_KEY && c->kind != CON_UNIQUE) || c->ncolumns != n)
			continue;
		for (j = 0; j < n && names_contain(c->columns, c->ncolumns, cols[j]); j++)
			;
		if (j == n)
			return true;
	}
	for (i = 0; i < t->nindexes; i++) {
		const struct index_def *ix = t->indexes[i]->def;
		const struct index_elem *e;
		if (!ix->unique || ix->where || ix->nelems != n)
			continue;
		for (e = ix->elems, k = 0; e; e = e->next)
			if (e->column.name && names_contain(cols, n, e->column.name))
				k++;
		if (k == n)
			return true;
	}
	return false;
}

/* Checks a foreign key from `from` (columns cols) to ref; fills in the
 * referenced columns when the key names none (the target's primary key). */
static bool check_fk(struct schema *s, struct sch_table *from, struct sch_constraint *c,
		     const struct identlist *cols, const struct fkref *ref,
		     struct srcfile *src, struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_table *to;
	const struct ident *id;
	size_t i;
	bool ok = true;

	if (strcmp(qkey_buf(kb, sizeof(kb), s->arena, &ref->table), from->key) == 0)
		to = from;	/* a table may reference itself */
	else if (!(to = need_table(s, &ref->table, src, d)))
		return false;
	if (ref->columns.n == 0) {
		struct sch_constraint *pk = NULL;
		for (i = 0; i < to->nconstraints; i++)
			if (to->constraints[i]->kind == CON_PRIMARY_KEY)
				pk = to->constraints[i];
		if (!pk) {
			diag_error(d, DIAG_SCHEMA_FK, src, ref->table.span, "foreign key to '%s' "
				   "names no columns, and '%s' has no primary key", to->key, to->key);
			return false;
		}
		c->ref_columns = pk->columns;
		c->nref_columns = pk->ncolumns;
	}
	if (c->nref_columns != c->ncolumns) {
		diag_error(d, DIAG_SCHEMA_FK, src, ref->span, "foreign key has %zu column%s "
			   "but references %zu", c->ncolumns, c->ncolumns == 1 ? "" : "s",
			   c->nref_columns);
		return false;
	}
	for (i = 0, id = cols ? cols->head : NULL; i < c->ncolumns; i++) {
		struct span lsp = id ? id->span : c->created.span;
		struct span rsp = ref->columns.n ? ref->span : ref->table.span;
		const struct ident *rid;
		size_t k;
		struct sch_column *lc = need_column(from, c->columns[i], lsp, src, d);
		struct sch_column *rc;

		for (k = 0, rid = ref->columns.head; rid && k < i; k++)
			rid = rid->next;
		if (rid)
			rsp = rid->span;
		rc = need_column(to, c->ref_columns[i], rsp, src, d);
		if (id)
			id = id->next;
		if (!lc || !rc) {
			ok = false;
			continue;
		}
		if (type_family(lc->type) != FAM_UNKNOWN &&
		    type_family(rc->type) != FAM_UNKNOWN &&
		    (type_family(lc->type) != type_family(rc->type) ||
		     (type_family(lc->type) == FAM_ENUM &&
		      !types_equal(lc->type, rc->type)))) {
			diag_error(d, DIAG_SCHEMA_FK, src, lsp, "foreign key column '%s.%s' is %s "
				   "but '%s.%s' is %s: their types do not compare",
				   from->key, lc->name, type_show(s->arena, lc->type), to->key,
				   rc->name, type_show(s->arena, rc->type));
			ok = false;
		}
	}
	if (ok && !unique_on(to, c->ref_columns, c->nref_columns)) {
		diag_error(d, DIAG_SCHEMA_FK, src, ref->columns.n ? ref->span : ref->table.span,
			   "foreign key to '%s' needs a primary key or unique constraint on "
			   "exactly the columns it references", to->key);
		ok = false;
	}
	return ok;
}

static bool name_taken(struct sch_table *t, const char *name, struct span sp,
		       struct srcfile *src, struct diag *d)
{
	struct sch_constraint *old = name ? find_constraint(t, name, NULL) : NULL;

	if (!old)
		return false;
	diag_error(d, DIAG_SCHEMA_EXISTS, src, sp, "table '%s' already has a constraint "
		   "named '%s'", t->key, name);
	note_created(d, &old->created, "it");
	return true;
}

static bool has_primary_key(const struct sch_table *t)
{
	size_t i;

	for (i = 0; i < t->nconstraints; i++)
		if (t->constraints[i]->kind == CON_PRIMARY_KEY)
			return true;
	return false;
}

struct name_ctx {
	struct schema *s;
	const struct sch_table *t;
	enum constraint_kind kind;
};

/* Taken: any constraint of that name in the schema; and for the kinds that
 * are indexes underneath, any table, index or sequence of that name. */
static bool constraint_name_taken(const void *ctx, const char *name)
{
	const struct name_ctx *n = ctx;
	char buf[256];
	const char *key = con_name_key(n->s, n->t, name, buf, sizeof(buf));
	if (strmap_get(n->s->con_names, key) || find_constraint(n->t, name, NULL))
		return true;
	if (n->kind == CON_FOREIGN_KEY || n->kind == CON_CHECK)
		return false;
	return strmap_get(n->s->tables, key) || strmap_get(n->s->indexes, key) ||
	       strmap_get(n->s->sequences, key);
}

/* An unnamed constraint gets the name the database will give it, so that
 * a later drop_constraint by that name is understood. */
/* What an exclusion element is called in a generated name: its column, or
 * for an expression the function it calls ("expr" otherwise), as the
 * database names index columns. */
static const char *element_name(struct schema *s, const struct exclude_elem *x)
{
	struct sqlscan sc;
	struct sqltok fn, paren;

	if (x->column.name)
		return x->column.name;
	sqlscan_init(&sc, &s->rules->sql, x->expr, strlen(x->expr));
	if (sqlscan_next(&sc, &fn) && fn.kind == SQLTOK_WORD && sqlscan_next(&sc, &paren) &&
	    sqltok_punct(x->expr, &paren, '(') && paren.start == fn.start + fn.len)
		return arena_strndup(s->arena, x->expr + fn.start, fn.len);
	return "expr";
}

/* The name the database gives c, from its table and columns (an exclusion's
 * elements by their names), with `taken` saying which are in use. */
static const char *auto_name(struct schema *s, const struct sch_table *t,
			     const struct sch_constraint *c,
			     bool (*taken)(const void *ctx, const char *name), const void *ctx)
{
	const char **cols = c->columns;
	size_t ncols = c->ncolumns;

	if (c->kind == CON_EXCLUDE && c->def) {
		const struct exclude_elem *x;
		size_t i = 0;
		for (x = c->def->elems, ncols = 0; x; x = x->next)
			ncols++;
		cols = ARENA_ARRAY(s->arena, const char *, ncols ? ncols : 1);
		for (x = c->def->elems; x; x = x->next)
			cols[i++] = element_name(s, x);
	}
	return s->rules->auto_constraint_name(s->arena, c->kind, t->name.name, cols, ncols,
						taken, ctx);
}

static void name_unnamed(struct schema *s, struct sch_table *t, struct sch_constraint *c)
{
	struct name_ctx ctx = { s, t, c->kind };

	if (c->name || !s->rules->auto_constraint_name)
		return;
	c->name = auto_name(s, t, c, constraint_name_taken, &ctx);
	c->auto_named = c->name != NULL;
}

/* A table-level constraint, or one made by create_*_constraint. */
static bool add_constraint(struct schema *s, struct sch_table *t, const struct constraint *k,
			   struct srcfile *src, struct diag *d)
{
	struct sch_constraint *c = ARENA_NEW(s->arena, struct sch_constraint);
	struct span at = k->name.name ? k->name.span : k->span;
	const struct ident *id;
	bool ok = true;

	if (name_taken(t, k->name.name, at, src, d))
		return false;
	c->kind = k->kind;
	c->name = keep(s, k->name.name);
	c->columns = names_of(s->arena, &k->columns);
	c->ncolumns = k->columns.n;
	c->deferrable = k->deferrable;
	c->initially = k->initially;
	c->check = keep(s, k->check);
	c->def = k->kind == CON_EXCLUDE ? copy_exclusion(s, k, NULL, NULL) : NULL;
	c->created = loc(src, at);
	switch (k->kind) {
	case CON_PRIMARY_KEY:
		if (has_primary_key(t)) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, at, "table '%s' already has a "
				   "primary key", t->key);
			return false;
		}
		/* fall through */
	case CON_UNIQUE:
		for (id = k->columns.head; id; id = id->next)
			ok &= need_column(t, id->name, id->span, src, d) != NULL;
		break;
	case CON_FOREIGN_KEY:
		c->ref_table = keep_qname(s, &k->ref.table);
		c->ref_table.span = span_make(0, 0);
		c->ref_columns = names_of(s->arena, &k->ref.columns);
		c->nref_columns = k->ref.columns.n;
		c->on_delete = k->ref.on_delete;
		c->on_update = k->ref.on_update;
		c->deferrable = k->ref.deferrable;
		c->initially = k->ref.initially;
		ok = check_fk(s, t, c, &k->columns, &k->ref, src, d);
		break;
	case CON_CHECK:
		break;
	case CON_EXCLUDE: {
		const struct exclude_elem *x;
		for (x = k->elems; x; x = x->next)
			if (x->column.name)
				ok &= need_column(t, x->column.name, x->column.span, src, d) != NULL;
		break;
	}
	}
	if (!ok)
		return false;
	if (c->kind == CON_PRIMARY_KEY)
		for (id = k->columns.head; id; id = id->next)
			schema_column(t, id->name)->not_null = true;
	table_add_constraint(s, t, c);
	return true;
}

/* What a column declares inline: primary key (gathered by the caller),
 * unique, references. */
static bool add_column_constraints(struct schema *s, struct sch_table *t,
				   const struct column *col, bool foreign_keys,
				   struct srcfile *src, struct diag *d)
{
	bool ok = true;

	if (col->unique && !foreign_keys) {
		struct sch_constraint *c = ARENA_NEW(s->arena, struct sch_constraint);
		c->kind = CON_UNIQUE;
		c->columns = ARENA_ARRAY(s->arena, const char *, 1);
		c->columns[0] = keep(s, col->name.name);
		c->ncolumns = 1;
		c->deferrable = -1;
		c->created = loc(src, col->name.span);
		table_add_constraint(s, t, c);
	}
	if (col->references && foreign_keys) {
		struct sch_constraint *c = ARENA_NEW(s->arena, struct sch_constraint);
		struct identlist one = { NULL, NULL, 0 };
		struct ident self = col->name;

		self.next = NULL;
		one.head = one.tail = &self;
		one.n = 1;
		c->kind = CON_FOREIGN_KEY;
		c->columns = ARENA_ARRAY(s->arena, const char *, 1);
		c->columns[0] = keep(s, col->name.name);
		c->ncolumns = 1;
		c->ref_table = keep_qname(s, &col->references->table);
		c->ref_table.span = span_make(0, 0);
		c->ref_columns = names_of(s->arena, &col->references->columns);
		c->nref_columns = col->references->columns.n;
		c->on_delete = col->references->on_delete;
		c->on_update = col->references->on_update;
		c->deferrable = col->references->deferrable;
		c->initially = col->references->initially;
		c->created = loc(src, col->name.span);
		if (check_fk(s, t, c, &one, col->references, src, d))
			table_add_constraint(s, t, c);
		else
			ok = false;
	}
	return ok;
}

static struct sch_constraint *pk_from_columns(struct schema *s, const struct column *cols,
					      struct srcfile *src)
{
	const struct column *c;
	size_t n = 0, i = 0;
	struct sch_constraint *pk;

	for (c = cols; c; c = c->next)
		n += c->primary_key;
	if (!n)
		return NULL;
	pk = ARENA_NEW(s->arena, struct sch_constraint);
	pk->kind = CON_PRIMARY_KEY;
	pk->columns = ARENA_ARRAY(s->arena, const char *, n);
	pk->deferrable = -1;
	for (c = cols; c; c = c->next) {
		if (!c->primary_key)
			continue;
		if (!i)
			pk->created = loc(src, c->name.span);
		pk->columns[i++] = keep(s, c->name.name);
	}
	pk->ncolumns = n;
	return pk;
}

/* ---- ops ---- */

static bool apply_create_table(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	const struct qname *q = &op->u.table.name;
	struct sch_table *old = schema_table(s, q), *t;
	const struct column *c;
	const struct constraint *k;
	struct sch_constraint *pk;
	bool ok = true;

	if (old) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "table '%s' already exists",
			   old->key);
		note_created(d, &old->created, "it");
		return false;
	}
	t = table_new(s, q, loc(src, q->span));
	t->comment = keep(s, op->u.table.comment);
	t->options = keep_kvs(s, op->u.table.options);
	strmap_put(s->tables, t->key, t);
	for (c = op->u.table.columns; c; c = c->next) {
		if (schema_column(t, c->name.name)) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, c->name.span, "column '%s' is "
				   "declared twice in table '%s'", c->name.name, t->key);
			ok = false;
			continue;
		}
		ok &= check_column_type(s, &c->type, src, d);
		table_add_column(t, column_from_ir(s, c, src));
	}
	pk = pk_from_columns(s, op->u.table.columns, src);
	if (pk)
		table_add_constraint(s, t, pk);
	/* The table's own keys first: its foreign keys may reference them. */
	for (c = op->u.table.columns; c; c = c->next)
		ok &= add_column_constraints(s, t, c, false, src, d);
	for (k = op->u.table.constraints; k; k = k->next)
		if (k->kind != CON_FOREIGN_KEY)
			ok &= add_constraint(s, t, k, src, d);
	for (c = op->u.table.columns; c; c = c->next)
		ok &= add_column_constraints(s, t, c, true, src, d);
	for (k = op->u.table.constraints; k; k = k->next)
		if (k->kind == CON_FOREIGN_KEY)
			ok &= add_constraint(s, t, k, src, d);
	return ok;
}

static void drop_table_now(struct schema *s, struct sch_table *t)
{
	table_unlink(s, t);
	t->dropped = true;
}

/* A table or column that a foreign key elsewhere still points at cannot
 * go: the database refuses (without CASCADE, which migrations avoid). */
static bool referenced_by_other(struct schema *s, struct sch_table *t, const char *column,
				const struct op *op, struct span sp, struct srcfile *src,
				struct diag *d)
{
	struct fkref_list *l = fk_list(s, t->key, false);
	size_t i, j;

	for (i = 0; l && i < l->n; i++) {
		struct fkref_entry *e = &l->v[i];
		if (e->from == t)
			continue;
		if (column) {
			for (j = 0; j < e->con->nref_columns; j++)
				if (strcmp(e->con->ref_columns[j], column) == 0)
					break;
			if (j == e->con->nref_columns)
				continue;
		}
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s '%s%s%s' is still referenced by "
			   "a foreign key%s%s%s on '%s'", column ? "column" : "table", t->key,
			   column ? "." : "", column ? column : "",
			   e->con->name ? " '" : "", e->con->name ? e->con->name : "",
			   e->con->name ? "'" : "", e->from->key);
		note_created(d, &e->con->created, "the foreign key");
		(void)op;
		return true;
	}
	return false;
}

static bool apply_drop_table(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.target.table, src, d);

	if (!t)
		return false;
	if (referenced_by_other(s, t, NULL, op, op->u.target.table.span, src, d))
		return false;
	drop_table_now(s, t);
	return true;
}

static bool apply_rename_table(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_table *t = need_table(s, &op->u.rename.table, src, d), *other;
	struct qname to = { op->u.rename.table.schema, op->u.rename.new_name.name,
			    op->u.rename.new_name.span };
	struct fkref_list *l;
	const char *newkey;
	size_t i;

	if (!t)
		return false;
	if ((other = schema_table(s, &to)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, to.span, "table '%s' already exists",
			   other->key);
		note_created(d, &other->created, "it");
		return false;
	}
	table_unlink(s, t);
	to.name = keep(s, to.name);
	newkey = qkey_own(s, &to);
	/* Foreign keys elsewhere follow the table, as in the database. */
	l = fk_list(s, t->key, false);
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].from != t)
			l->v[i].con->ref_table.name = to.name;
	for (i = 0; i < t->nconstraints; i++)
		if (t->constraints[i]->kind == CON_FOREIGN_KEY &&
		    strcmp(qkey_buf(kb, sizeof(kb), s->arena, &t->constraints[i]->ref_table),
			   t->key) == 0)
			t->constraints[i]->ref_table.name = to.name;
	if (l) {
		struct fkref_list *moved = fk_list(s, newkey, true);
		for (i = 0; i < l->n; i++) {
			XGROW(moved->v, moved->cap, moved->n + 1);
			moved->v[moved->n++] = l->v[i];
		}
		l->n = 0;
	}
	t->name.name = to.name;
	t->key = newkey;
	/* table_link would register the foreign keys again: map entries only. */
	strmap_put(s->tables, t->key, t);
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		strmap_put(s->indexes, qkey_own(s, &q), t);
	}
	for (i = 0; i < t->nconstraints; i++) {
		con_name_use(s, t, t->constraints[i], 1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY &&
		    strcmp(qkey_buf(kb, sizeof(kb), s->arena, &t->constraints[i]->ref_table),
			   t->key) != 0)
			fk_register(s, t, t->constraints[i]);
	}
	return true;
}

static bool apply_add_column(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	const struct column *c = &op->u.add_column.column;
	struct sch_table *t = need_table(s, &op->u.add_column.table, src, d);
	struct sch_column *old;
	struct sch_column *sc;

	if (!t)
		return false;
	if ((old = schema_column(t, c->name.name)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, c->name.span, "table '%s' already has a "
			   "column '%s'", t->key, c->name.name);
		note_created(d, &old->created, "it");
		return false;
	}
	if (!check_column_type(s, &c->type, src, d))
		return false;
	if (c->primary_key && has_primary_key(t)) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, c->name.span, "table '%s' already has a "
			   "primary key", t->key);
		return false;
	}
	sc = column_from_ir(s, c, src);
	if (sc->not_null && !c->server_default && !c->autoincrement &&
	    t->created_rev != s->rev)
		diag_warning(d, DIAG_SCHEMA_WARN_NOT_NULL, src, c->name.span, "adding NOT NULL "
			     "column '%s' without a default fails if '%s' has rows", c->name.name,
			     t->key);
	table_add_column(t, sc);
	if (c->primary_key) {
		struct column one = *c;
		one.next = NULL;
		table_add_constraint(s, t, pk_from_columns(s, &one, src));
	}
	return add_column_constraints(s, t, c, false, src, d) &&
	       add_column_constraints(s, t, c, true, src, d);
}


static bool index_uses(struct schema *s, const struct sch_index *ix, const char *column)
{
	const struct index_elem *e;

	for (e = ix->def->elems; e; e = e->next)
		if ((e->column.name && strcmp(e->column.name, column) == 0) ||
		    sql_mentions(s, e->expr, column))
			return true;
	return sql_mentions(s, ix->def->where, column);
}

/* Whether dropping the column drops the constraint with it: it lists the
 * column, or its expression (a CHECK, an exclusion element) mentions it. */
static bool constraint_uses(struct schema *s, const struct sch_constraint *c,
			    const char *column)
{
	const struct exclude_elem *x;

	if (names_contain(c->columns, c->ncolumns, column) || sql_mentions(s, c->check, column))
		return true;
	if (c->kind != CON_EXCLUDE || !c->def)
		return false;
	for (x = c->def->elems; x; x = x->next)
		if ((x->column.name && strcmp(x->column.name, column) == 0) ||
		    sql_mentions(s, x->expr, column))
			return true;
	return sql_mentions(s, c->def->where, column);
}

bool schema_sql_mentions(const struct schema *s, const char *sql, const char *column)
{
	return sql_mentions(s, sql, column);
}

bool schema_sql_same(const struct schema *s, const char *a, const char *b)
{
	return sql_same(s, a, b);
}

bool schema_column_used(struct schema *s, const struct sch_table *t, const char *column)
{
	size_t i;

	for (i = 0; i < t->nindexes; i++)
		if (index_uses(s, t->indexes[i], column))
			return true;
	for (i = 0; i < t->nconstraints; i++)
		if (constraint_uses(s, t->constraints[i], column))
			return true;
	return false;
}

static bool apply_drop_column(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.drop_column.table, src, d);
	const struct ident *col = &op->u.drop_column.column;
	size_t i;

	if (!t || !need_column(t, col->name, col->span, src, d))
		return false;
	if (referenced_by_other(s, t, col->name, op, col->span, src, d))
		return false;
	/* The database drops the indexes and constraints that use the column. */
	for (i = t->nconstraints; i-- > 0;)
		if (constraint_uses(s, t->constraints[i], col->name))
			table_remove_constraint(s, t, i);
	for (i = t->nindexes; i-- > 0;) {
		if (index_uses(s, t->indexes[i], col->name)) {
			struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
			char kb[256];
			strmap_del(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
			memmove(&t->indexes[i], &t->indexes[i + 1],
				(t->nindexes - i - 1) * sizeof(t->indexes[0]));
			t->nindexes--;
		}
	}
	for (i = 0; i < t->ncolumns; i++) {
		if (strcmp(t->columns[i]->name, col->name) == 0) {
			memmove(&t->columns[i], &t->columns[i + 1],
				(t->ncolumns - i - 1) * sizeof(t->columns[0]));
			t->ncolumns--;
			break;
		}
	}
	return true;
}

/* A column's name changes everywhere the table, its indexes, its
 * expressions and the foreign keys pointing at it say it. */
static void rename_column_refs(struct schema *s, struct sch_table *t, const char *from,
			       const char *to)
{
	struct fkref_list *l = fk_list(s, t->key, false);
	size_t i, j;

	for (i = 0; i < t->nindexes; i++) {
		if (index_uses(s, t->indexes[i], from)) {
			struct sch_index *ix = ARENA_NEW(s->arena, struct sch_index);
			*ix = *t->indexes[i];
			ix->def = copy_index(s, ix->def, from, to);
			t->indexes[i] = ix;
		}
	}
	for (i = 0; i < t->nconstraints; i++) {
		struct sch_constraint *c = t->constraints[i];
		c->check = sql_rename(s, c->check, from, to);
		if (c->kind == CON_EXCLUDE && c->def)
			c->def = copy_exclusion(s, c->def, from, to);
	}

	for (i = 0; i < t->nconstraints; i++)
		for (j = 0; j < t->constraints[i]->ncolumns; j++)
			if (strcmp(t->constraints[i]->columns[j], from) == 0) {
				/* the array may be shared with an IR node: copy */
				const char **v = ARENA_ARRAY(s->arena, const char *,
							     t->constraints[i]->ncolumns);
				memcpy(v, t->constraints[i]->columns,
				       t->constraints[i]->ncolumns * sizeof(*v));
				v[j] = to;
				t->constraints[i]->columns = v;
			}
	for (i = 0; l && i < l->n; i++) {
		struct sch_constraint *c = l->v[i].con;
		for (j = 0; j < c->nref_columns; j++)
			if (strcmp(c->ref_columns[j], from) == 0) {
				const char **v = ARENA_ARRAY(s->arena, const char *,
							     c->nref_columns);
				memcpy(v, c->ref_columns, c->nref_columns * sizeof(*v));
				v[j] = to;
				c->ref_columns = v;
			}
	}
}

static bool apply_alter_column(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.alter.table, src, d);
	const struct ident *col = &op->u.alter.column;
	unsigned ch = op->u.alter.changes;
	struct sch_column *c;

	if (!t || !(c = need_column(t, col->name, col->span, src, d)))
		return false;
	if (ch & ALTER_TYPE) {
		const struct type *to = &op->u.alter.type;
		if (!check_column_type(s, to, src, d))
			return false;
		if (!op->u.alter.using_expr && s->rules->cast_needs_using &&
		    s->rules->cast_needs_using(c->type, to))
			diag_warning(d, DIAG_SCHEMA_WARN_CAST, src, to->span, "%s cannot change "
				     "'%s.%s' from %s to %s without 'using'", s->rules->name,
				     t->key, c->name, type_show(s->arena, c->type),
				     type_show(s->arena, to));
		c->type = intern_type(s, to);
	}
	if (ch & ALTER_SET_NOT_NULL)
		c->not_null = true;
	if (ch & ALTER_DROP_NOT_NULL)
		c->not_null = false;
	if (ch & ALTER_SET_DEFAULT)
		c->server_default = keep_value(s, op->u.alter.default_value);
	if (ch & ALTER_DROP_DEFAULT)
		c->server_default = NULL;
	if (ch & ALTER_COMMENT)
		c->comment = keep(s, op->u.alter.comment);
	if (ch & ALTER_RENAME) {
		const struct ident *to = &op->u.alter.new_name;
		struct sch_column *old = schema_column(t, to->name);
		if (old) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, to->span, "table '%s' already has "
				   "a column '%s'", t->key, to->name);
			note_created(d, &old->created, "it");
			return false;
		}
		const char *new_name = keep(s, to->name);
		rename_column_refs(s, t, c->name, new_name);
		c->name = new_name;
	}
	return true;
}

static bool apply_create_index(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_table *t = need_table(s, &op->u.index.table, src, d), *holder;
	const struct index_elem *e;
	struct qname q;
	struct sch_index *ix;
	bool ok = true;

	if (!t)
		return false;
	q.schema = t->name.schema;
	q.name = op->u.index.name.name;
	if ((holder = strmap_get(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q))) != NULL) {
		struct sch_index *old = find_index(holder, q.name, NULL);
		diag_error(d, DIAG_SCHEMA_EXISTS, src, op->u.index.name.span, "index '%s' "
			   "already exists (on '%s')", q.name, holder->key);
		if (old)
			note_created(d, &old->created, "it");
		return false;
	}
	for (e = op->u.index.elems; e; e = e->next)
		if (e->column.name)
			ok &= need_column(t, e->column.name, e->column.span, src, d) != NULL;
	if (!ok)
		return false;
	ix = ARENA_NEW(s->arena, struct sch_index);
	ix->def = copy_index(s, &op->u.index, NULL, NULL);
	ix->name = ix->def->name.name;
	ix->created = loc(src, op->u.index.name.span);
	table_add_index(t, ix);
	q.name = ix->name;	/* the key lives with the index */
	strmap_put(s->indexes, qkey_own(s, &q), t);
	return true;
}

static bool apply_drop_index(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	const struct qname *on = &op->u.index.table;
	struct qname q = { on->name ? on->schema : NULL, op->u.index.name.name,
			   op->u.index.name.span };
	char kb[256];
	struct sch_table *t = strmap_get(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
	struct sch_table *given = NULL;
	size_t at = 0;

	if (on->name && !(given = need_table(s, on, src, d)))
		return false;
	if (!t || (given && given != t) || !find_index(t, q.name, &at)) {
		struct nearest n;
		size_t i, j;
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q.span, "no index '%s'%s%s%s", q.name,
			   given ? " on '" : "", given ? given->key : "", given ? "'" : "");
		nearest_init(&n, q.name);
		for (i = 0; i < s->ntables; i++)
			if (!s->table_list[i]->dropped && (!given || s->table_list[i] == given))
				for (j = 0; j < s->table_list[i]->nindexes; j++)
					nearest_offer(&n, s->table_list[i]->indexes[j]->name);
		nearest_note(&n, d, src, q.span);
		return false;
	}
	strmap_del(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
	memmove(&t->indexes[at], &t->indexes[at + 1], (t->nindexes - at - 1) * sizeof(t->indexes[0]));
	t->nindexes--;
	return true;
}

static bool apply_add_constraint(struct schema *s, const struct op *op, struct srcfile *src,
				 struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.constraint.table, src, d);

	return t && add_constraint(s, t, &op->u.constraint.con, src, d);
}

static const char *constraint_kind_name(enum constraint_kind k)
{
	switch (k) {
	case CON_PRIMARY_KEY:
		return "primary key";
	case CON_UNIQUE:
		return "unique constraint";
	case CON_FOREIGN_KEY:
		return "foreign key";
	case CON_CHECK:
		return "check constraint";
	case CON_EXCLUDE:
		return "exclusion constraint";
	}
	return "constraint";
}

static bool apply_drop_constraint(struct schema *s, const struct op *op, struct srcfile *src,
				  struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.drop_constraint.table, src, d);
	const struct ident *name = &op->u.drop_constraint.name;
	struct sch_constraint *c;
	size_t at, i;

	if (!t)
		return false;
	if (!(c = find_constraint(t, name->name, &at))) {
		struct nearest n;
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, name->span, "table '%s' has no "
			   "constraint '%s'", t->key, name->name);
		nearest_init(&n, name->name);
		for (i = 0; i < t->nconstraints; i++)
			if (t->constraints[i]->name)
				nearest_offer(&n, t->constraints[i]->name);
		nearest_note(&n, d, src, name->span);
		return false;
	}
	if (op->u.drop_constraint.has_kind && op->u.drop_constraint.kind != c->kind) {
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, name->span, "'%s' on '%s' is a %s, not a %s",
			   name->name, t->key, constraint_kind_name(c->kind),
			   constraint_kind_name(op->u.drop_constraint.kind));
		note_created(d, &c->created, "it");
		return false;
	}
	table_remove_constraint(s, t, at);
	return true;
}

static bool apply_table_comment(struct schema *s, const struct op *op, struct srcfile *src,
				struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.target.table, src, d);

	if (!t)
		return false;
	t->comment = op->kind == OP_CREATE_TABLE_COMMENT ? keep(s, op->u.target.comment) : NULL;
	return true;
}

static bool apply_create_enum(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	const struct qname *q = &op->u.enumdef.name;
	struct sch_enum *old = find_enum(s, q), *e;
	const struct value *v, *w;
	size_t i = 0;

	if (old) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "enum '%s' already exists",
			   old->key);
		note_created(d, &old->created, "it");
		return false;
	}
	for (v = op->u.enumdef.values.head; v; v = v->next)
		for (w = v->next; w; w = w->next)
			if (strcmp(v->text, w->text) == 0) {
				diag_error(d, DIAG_SCHEMA_EXISTS, src, w->span, "enum '%s' lists "
					   "'%s' twice", q->name, w->text);
				return false;
			}
	e = ARENA_NEW(s->arena, struct sch_enum);
	e->name.schema = keep(s, q->schema);
	e->name.name = keep(s, q->name);
	e->key = qkey_own(s, &e->name);
	e->nvalues = op->u.enumdef.values.n;
	e->values = ARENA_ARRAY(s->arena, const char *, e->nvalues ? e->nvalues : 1);
	for (v = op->u.enumdef.values.head; v; v = v->next)
		e->values[i++] = keep(s, v->text);
	e->created = loc(src, q->span);
	XGROW(s->enum_list, s->capenums, s->nenums + 1);
	e->order = s->nenums;
	s->enum_list[s->nenums++] = e;
	strmap_put(s->enums, e->key, e);
	return true;
}

static bool apply_drop_enum(struct schema *s, const struct op *op, struct srcfile *src,
			    struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_enum *e = need_enum(s, &op->u.enumdef.name, src, d);
	size_t i, j;

	if (!e)
		return false;
	/* Rare enough that a scan of the tables is fine. */
	for (i = 0; i < s->ntables; i++) {
		struct sch_table *t = s->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->ncolumns; j++) {
			const struct type *ty = t->columns[j]->type;
			if (ty->kind == TY_ENUM && ty->enum_name.name &&
			    strcmp(qkey_buf(kb, sizeof(kb), s->arena, &ty->enum_name), e->key) == 0) {
				diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, op->u.enumdef.name.span,
					   "enum '%s' is still used by column '%s.%s'", e->key,
					   t->key, t->columns[j]->name);
				note_created(d, &t->columns[j]->created, "the column");
				return false;
			}
		}
	}
	strmap_del(s->enums, e->key);
	e->dropped = true;
	return true;
}

static bool apply_sequence(struct schema *s, const struct op *op, struct srcfile *src,
			   struct diag *d)
{
	const struct qname *q = &op->u.sequence.name;
	char kb[256];
	const char *key = qkey_buf(kb, sizeof(kb), s->arena, q);
	struct sch_sequence *old = strmap_get(s->sequences, key), *q2;
	struct nearest n;
	size_t i;

	if (op->kind == OP_CREATE_SEQUENCE) {
		if (old) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "sequence '%s' already "
				   "exists", key);
			note_created(d, &old->created, "it");
			return false;
		}
		q2 = ARENA_NEW(s->arena, struct sch_sequence);
		q2->name.schema = keep(s, q->schema);
		q2->name.name = keep(s, q->name);
		q2->key = qkey_own(s, &q2->name);
		q2->def = keep_sequence_op(s, op);
		q2->created = loc(src, q->span);
		XGROW(s->seq_list, s->capseqs, s->nseqs + 1);
		q2->order = s->nseqs;
		s->seq_list[s->nseqs++] = q2;
		strmap_put(s->sequences, q2->key, q2);
		return true;
	}
	if (old) {
		strmap_del(s->sequences, key);
		old->dropped = true;
		return true;
	}
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no sequence '%s'", key);
	nearest_init(&n, q->name);
	for (i = 0; i < s->nseqs; i++)
		if (!s->seq_list[i]->dropped)
			nearest_offer(&n, s->seq_list[i]->name.name);
	nearest_note(&n, d, src, q->span);
	return false;
}

static bool apply_bulk_insert(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	struct sch_table *t = need_table(s, &op->u.insert.table, src, d);
	const struct ident *id;
	const struct insert_row *r;
	size_t i;
	bool ok = true;

	if (!t)
		return false;
	for (id = op->u.insert.columns.head; id; id = id->next)
		ok &= need_column(t, id->name, id->span, src, d) != NULL;
	if (!ok)
		return false;
	/* Columns left out get their default, or NULL. */
	for (i = 0; i < t->ncolumns; i++) {
		struct sch_column *c = t->columns[i];
		bool listed = false;
		for (id = op->u.insert.columns.head; id && !listed; id = id->next)
			listed = strcmp(id->name, c->name) == 0;
		if (!listed && c->not_null && !c->server_default && !c->autoincrement) {
			diag_error(d, DIAG_SCHEMA_INSERT, src, op->u.insert.table.span,
				   "bulk_insert into '%s' gives no value for NOT NULL column '%s', "
				   "which has no default", t->key, c->name);
			return false;
		}
	}
	for (r = op->u.insert.rows; r; r = r->next) {
		const struct value *v;
		for (v = r->values.head, id = op->u.insert.columns.head; v && id;
		     v = v->next, id = id->next) {
			struct sch_column *c = schema_column(t, id->name);
			if (v->kind == VAL_NULL && c->not_null) {
				diag_error(d, DIAG_SCHEMA_INSERT, src, v->span, "NULL for NOT NULL "
					   "column '%s.%s'", t->key, c->name);
				ok = false;
			}
		}
	}
	return ok;
}

/* Whether an `only` block names this database (in any case). */
static bool block_names_us(const struct schema *s, const struct identlist *l)
{
	const struct ident *id;

	for (id = l->head; id; id = id->next)
		if (strcasecmp(id->name, s->rules->name) == 0)
			return true;
	return false;
}

static bool apply_body(struct schema *s, const struct oplist *body, struct srcfile *src,
		       struct diag *d)
{
	const struct op *o;
	bool ok = true;

	for (o = body->head; o; o = o->next)
		ok &= schema_apply(s, o, src, d);
	return ok;
}

bool schema_apply(struct schema *s, const struct op *op, struct srcfile *src, struct diag *d)
{
	switch (op->kind) {
	case OP_CREATE_TABLE:
		return apply_create_table(s, op, src, d);
	case OP_DROP_TABLE:
		return apply_drop_table(s, op, src, d);
	case OP_RENAME_TABLE:
		return apply_rename_table(s, op, src, d);
	case OP_ADD_COLUMN:
		return apply_add_column(s, op, src, d);
	case OP_DROP_COLUMN:
		return apply_drop_column(s, op, src, d);
	case OP_ALTER_COLUMN:
		return apply_alter_column(s, op, src, d);
	case OP_CREATE_INDEX:
		return apply_create_index(s, op, src, d);
	case OP_DROP_INDEX:
		return apply_drop_index(s, op, src, d);
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
		return apply_add_constraint(s, op, src, d);
	case OP_DROP_CONSTRAINT:
		return apply_drop_constraint(s, op, src, d);
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
		return apply_table_comment(s, op, src, d);
	case OP_CREATE_ENUM:
		return apply_create_enum(s, op, src, d);
	case OP_DROP_ENUM:
		return apply_drop_enum(s, op, src, d);
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
		return apply_sequence(s, op, src, d);
	case OP_BULK_INSERT:
		return apply_bulk_insert(s, op, src, d);
	case OP_EXECUTE:
		return true;	/* opaque: `assume` tells the model what it did */
	case OP_ONLY:
		if (!block_names_us(s, &op->u.block.dialects))
			return true;
		return apply_body(s, &op->u.block.body, src, d);
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
		return apply_body(s, &op->u.block.body, src, d);
	}
	return true;
}

/* ---- verify: snapshots of what a revision touches ---- */

static void snap_want(struct schema_snapshot *sn, enum snap_kind k, const struct qname *q)
{
	const char *key;
	size_t i;

	if (!q || !q->name)
		return;
	key = qkey(sn->arena, q);
	for (i = 0; i < sn->n; i++)
		if (sn->v[i].kind == k && strcmp(sn->v[i].key, key) == 0)
			return;
	XGROW(sn->v, sn->cap, sn->n + 1);
	sn->v[sn->n].kind = k;
	sn->v[sn->n].key = key;
	sn->v[sn->n].copy = NULL;
	sn->n++;
}

/* Every object an op may change, including a foreign key's target (its
 * list of referrers changes) and, for ops that name an index or a
 * constraint only, the table the model says holds it. */
static void snap_collect(struct schema *s, struct schema_snapshot *sn, const struct op *op)
{
	const struct op *o;
	const struct column *c;
	const struct constraint *k;
	struct sch_table *t;

	snap_want(sn, SNAP_TABLE, ir_op_table(op));
	switch (op->kind) {
	case OP_CREATE_TABLE:
		for (c = op->u.table.columns; c; c = c->next)
			if (c->references)
				snap_want(sn, SNAP_TABLE, &c->references->table);
		for (k = op->u.table.constraints; k; k = k->next)
			if (k->kind == CON_FOREIGN_KEY)
				snap_want(sn, SNAP_TABLE, &k->ref.table);
		break;
	case OP_ADD_COLUMN:
		if (op->u.add_column.column.references)
			snap_want(sn, SNAP_TABLE, &op->u.add_column.column.references->table);
		break;
	case OP_CREATE_FOREIGN_KEY:
		snap_want(sn, SNAP_TABLE, &op->u.constraint.con.ref.table);
		break;
	case OP_RENAME_TABLE: {
		struct qname to = { op->u.rename.table.schema, op->u.rename.new_name.name,
				    op->u.rename.new_name.span };
		const struct qname *names[2] = { &op->u.rename.table, &to };
		size_t which, j;
		snap_want(sn, SNAP_TABLE, &to);
		/* a rename rewrites the foreign keys that point at the table */
		for (which = 0; which < 2; which++) {
			char kb[256];
			struct fkref_list *l = fk_list(s, qkey_buf(kb, sizeof(kb), s->arena,
								 names[which]), false);
			for (j = 0; l && j < l->n; j++)
				snap_want(sn, SNAP_TABLE, &l->v[j].from->name);
		}
		break;
	}
	case OP_DROP_CONSTRAINT:
		t = schema_table(s, &op->u.drop_constraint.table);
		if (t) {
			struct sch_constraint *con = find_constraint(t, op->u.drop_constraint.name.name,
								     NULL);
			if (con && con->kind == CON_FOREIGN_KEY)
				snap_want(sn, SNAP_TABLE, &con->ref_table);
		}
		break;
	case OP_DROP_INDEX:
		if (!op->u.index.table.name) {
			struct qname q = { NULL, op->u.index.name.name, op->u.index.name.span };
			char kb[256];
			t = strmap_get(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
			if (t)
				snap_want(sn, SNAP_TABLE, &t->name);
		}
		break;
	case OP_ALTER_COLUMN:
		/* a rename rewrites the foreign keys that point at the column */
		if (op->u.alter.changes & ALTER_RENAME) {
			char kb[256];
			struct fkref_list *l = fk_list(s, qkey_buf(kb, sizeof(kb), s->arena,
								 &op->u.alter.table), false);
			size_t j;
			for (j = 0; l && j < l->n; j++)
				snap_want(sn, SNAP_TABLE, &l->v[j].from->name);
		}
		break;
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
		snap_want(sn, SNAP_ENUM, &op->u.enumdef.name);
		break;
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
		snap_want(sn, SNAP_SEQUENCE, &op->u.sequence.name);
		break;
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
		for (o = op->u.block.body.head; o; o = o->next)
			snap_collect(s, sn, o);
		break;
	case OP_DROP_TABLE:
	case OP_DROP_COLUMN:
	case OP_CREATE_INDEX:
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
	case OP_BULK_INSERT:
	case OP_EXECUTE:
		break;
	}
}

/* A copy of t in arena a, its arrays recorded in *list (whose owner frees
 * them): the model's list for objects it keeps, a snapshot's for its own. */
static struct sch_table *table_copy_to(struct arena *a, const struct sch_table *t,
				       struct sch_table ***list, size_t *n, size_t *cap)
{
	struct sch_table *c = ARENA_NEW(a, struct sch_table);
	size_t i;

	*c = *t;
	c->columns = xcalloc(t->ncolumns ? t->ncolumns : 1, sizeof(*c->columns));
	c->capcolumns = t->ncolumns ? t->ncolumns : 1;
	for (i = 0; i < t->ncolumns; i++) {
		c->columns[i] = ARENA_NEW(a, struct sch_column);
		*c->columns[i] = *t->columns[i];
	}
	c->constraints = xcalloc(t->nconstraints ? t->nconstraints : 1, sizeof(*c->constraints));
	c->capconstraints = t->nconstraints ? t->nconstraints : 1;
	for (i = 0; i < t->nconstraints; i++) {
		c->constraints[i] = ARENA_NEW(a, struct sch_constraint);
		*c->constraints[i] = *t->constraints[i];
	}
	c->indexes = xcalloc(t->nindexes ? t->nindexes : 1, sizeof(*c->indexes));
	c->capindexes = t->nindexes ? t->nindexes : 1;
	if (t->nindexes)
		memcpy(c->indexes, t->indexes, t->nindexes * sizeof(*c->indexes));
	XGROW(*list, *cap, *n + 1);
	(*list)[(*n)++] = c;
	return c;
}

struct schema_snapshot *schema_snapshot_take(struct schema *s, const struct oplist *up,
					     const struct oplist *down)
{
	struct schema_snapshot *sn = xcalloc(1, sizeof(*sn));
	const struct op *op;
	size_t i;

	sn->arena = arena_new();
	for (op = up->head; op; op = op->next)
		snap_collect(s, sn, op);
	for (op = down->head; op; op = op->next)
		snap_collect(s, sn, op);
	for (i = 0; i < sn->n; i++) {
		struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SNAP_TABLE: {
			struct sch_table *t = strmap_get(s->tables, e->key);
			e->copy = t ? table_copy_to(sn->arena, t, &sn->tables, &sn->ntables,
						    &sn->captables) : NULL;
			break;
		}
		case SNAP_ENUM: {
			struct sch_enum *en = strmap_get(s->enums, e->key), *c = NULL;
			if (en) {
				c = ARENA_NEW(sn->arena, struct sch_enum);
				*c = *en;
			}
			e->copy = c;
			break;
		}
		case SNAP_SEQUENCE: {
			struct sch_sequence *q = strmap_get(s->sequences, e->key), *c = NULL;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_sequence);
				*c = *q;
			}
			e->copy = c;
			break;
		}
		}
	}
	return sn;
}

struct schema_snapshot *schema_snapshot_op(struct schema *s, const struct op *op)
{
	struct op one = *op;
	struct oplist up = { &one, &one, 1 }, none = { NULL, NULL, 0 };

	one.next = NULL;
	return schema_snapshot_take(s, &up, &none);
}

const struct sch_table *schema_snapshot_table(const struct schema_snapshot *sn,
					      const struct qname *q)
{
	char kb[256];
	const char *key;
	size_t i;

	if (!sn)
		return NULL;
	key = qkey_buf(kb, sizeof(kb), sn->arena, q);
	for (i = 0; i < sn->n; i++)
		if (sn->v[i].kind == SNAP_TABLE && strcmp(sn->v[i].key, key) == 0)
			return sn->v[i].copy;
	return NULL;
}

void schema_snapshot_free(struct schema_snapshot *sn)
{
	size_t i;

	if (!sn)
		return;
	for (i = 0; i < sn->ntables; i++) {
		free(sn->tables[i]->columns);
		free(sn->tables[i]->constraints);
		free(sn->tables[i]->indexes);
	}
	free(sn->tables);
	free(sn->v);
	arena_free(sn->arena);
	free(sn);
}

/* ---- comparing ---- */

struct verify_ctx {
	struct schema *s;
	struct diag *d;
	struct srcfile *file;
	struct span where;
	const char *rev;
};

static bool differ(struct verify_ctx *v, const struct srcloc *created, const char *fmt, ...)
	ATTR_PRINTF(3, 4);

static bool differ(struct verify_ctx *v, const struct srcloc *created, const char *fmt, ...)
{
	struct sbuf sb = SBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	sbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_error(v->d, DIAG_VERIFY, v->file, v->where, "the downgrade of '%s' does not "
		   "restore the %s schema: %s", v->rev, v->s->rules->name, sbuf_str(&sb));
	if (created && created->file)
		diag_note(v->d, DIAG_VERIFY, created->file, created->span, "it was created here");
	sbuf_release(&sb);
	return false;
}

static const char *value_show(struct arena *a, const struct value *x)
{
	if (!x)
		return "no default";
	switch (x->kind) {
	case VAL_NULL:
		return "default null";
	case VAL_TRUE:
		return "default true";
	case VAL_FALSE:
		return "default false";
	case VAL_NUMBER:
		return arena_printf(a, "default %s", x->text);
	case VAL_STRING:
		return arena_printf(a, "default '%s'", x->text);
	case VAL_SQL:
		return arena_printf(a, "default sql '%s'", x->text);
	}
	return "a default";
}

static bool column_same(struct verify_ctx *v, const struct sch_table *t,
			const struct sch_column *was, const struct sch_column *now)
{
	struct arena *a = v->s->arena;

	if (!types_equal(was->type, now->type))
		return differ(v, &was->created, "column '%s.%s' is %s, but was %s before the "
			      "upgrade", t->key, now->name, type_show(a, now->type),
			      type_show(a, was->type));
	if (was->not_null != now->not_null)
		return differ(v, &was->created, "column '%s.%s' is %s, but was %s before the "
			      "upgrade", t->key, now->name, now->not_null ? "NOT NULL" : "nullable",
			      was->not_null ? "NOT NULL" : "nullable");
	if (!values_equal(was->server_default, now->server_default))
		return differ(v, &was->created, "column '%s.%s' has %s, but had %s before the "
			      "upgrade", t->key, now->name, value_show(a, now->server_default),
			      value_show(a, was->server_default));
	if (!strs_equal(was->comment, now->comment))
		return differ(v, &was->created, "column '%s.%s' has %s, but had %s before the "
			      "upgrade", t->key, now->name,
			      now->comment ? arena_printf(a, "comment '%s'", now->comment)
					   : "no comment",
			      was->comment ? arena_printf(a, "comment '%s'", was->comment)
					   : "none");
	if (was->autoincrement != now->autoincrement)
		return differ(v, &was->created, "column '%s.%s' %s autoincrement, but %s before "
			      "the upgrade", t->key, now->name,
			      now->autoincrement ? "has" : "has lost", now->autoincrement
			      ? "had none" : "had it");
	return true;
}

static bool names_equal(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return false;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

static bool exclusion_equal(const struct schema *s, const struct constraint *a,
			    const struct constraint *b)
{
	const struct exclude_elem *x, *y;

	if (!a || !b)
		return a == b;
	if (!strs_equal(a->using_method, b->using_method) || !sql_same(s, a->where, b->where))
		return false;
	for (x = a->elems, y = b->elems; x && y; x = x->next, y = y->next)
		if (!strs_equal(x->column.name, y->column.name) || !sql_same(s, x->expr, y->expr) ||
		    !strs_equal(x->op, y->op))
			return false;
	return !x && !y;
}

static bool constraint_equal(const struct schema *s, const struct sch_constraint *a,
			     const struct sch_constraint *b)
{
	if (a->kind == CON_EXCLUDE && !exclusion_equal(s, a->def, b->def))
		return false;
	return a->kind == b->kind && strs_equal(a->name, b->name) &&
	       names_equal(a->columns, a->ncolumns, b->columns, b->ncolumns) &&
	       strs_equal(a->ref_table.schema, b->ref_table.schema) &&
	       strs_equal(a->ref_table.name, b->ref_table.name) &&
	       names_equal(a->ref_columns, a->nref_columns, b->ref_columns, b->nref_columns) &&
	       a->on_delete == b->on_delete && a->on_update == b->on_update &&
	       a->deferrable == b->deferrable && a->initially == b->initially &&
	       sql_same(s, a->check, b->check);
}

/* A constraint in `in` that is the same one as c: by name, or (unnamed)
 * by what it says. */
static const struct sch_constraint *constraint_match(const struct schema *s,
						     const struct sch_table *in,
						     const struct sch_constraint *c)
{
	size_t i;

	for (i = 0; i < in->nconstraints; i++) {
		const struct sch_constraint *o = in->constraints[i];
		if (c->name ? strs_equal(o->name, c->name) : (!o->name && constraint_equal(s, o, c)))
			return o;
	}
	return NULL;
}

static const char *constraint_show(struct arena *a, const struct sch_constraint *c)
{
	size_t i;
	struct sbuf sb = SBUF_INIT;
	const char *r;

	if (c->name)
		return arena_printf(a, "%s '%s'", constraint_kind_name(c->kind), c->name);
	sbuf_addf(&sb, "unnamed %s (", constraint_kind_name(c->kind));
	for (i = 0; i < c->ncolumns; i++)
		sbuf_addf(&sb, "%s%s", i ? ", " : "", c->columns[i]);
	sbuf_addc(&sb, ')');
	r = arena_strdup(a, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

static bool index_equal(const struct schema *s, const struct sch_index *a,
			const struct sch_index *b)
{
	const struct index_def *x = a->def, *y = b->def;
	const struct index_elem *p, *q;

	if (a == b)
		return true;
	if (x->unique != y->unique || !sql_same(s, x->where, y->where) ||
	    !strs_equal(x->using_method, y->using_method) || x->nelems != y->nelems)
		return false;
	for (p = x->elems, q = y->elems; p && q; p = p->next, q = q->next)
		if (!strs_equal(p->column.name, q->column.name) || !sql_same(s, p->expr, q->expr) ||
		    p->order != q->order || p->nulls != q->nulls)
			return false;
	return true;
}

static bool table_same(struct verify_ctx *v, const struct sch_table *was,
		       const struct sch_table *now)
{
	size_t i;

	for (i = 0; i < was->ncolumns; i++) {
		const struct sch_column *c = schema_column(now, was->columns[i]->name);
		if (!c)
			return differ(v, &was->columns[i]->created, "column '%s.%s' is missing",
				      was->key, was->columns[i]->name);
		if (!column_same(v, now, was->columns[i], c))
			return false;
	}
	for (i = 0; i < now->ncolumns; i++)
		if (!schema_column(was, now->columns[i]->name))
			return differ(v, &now->columns[i]->created, "column '%s.%s' still exists",
				      now->key, now->columns[i]->name);
	for (i = 0; i < was->nconstraints; i++) {
		const struct sch_constraint *c = constraint_match(v->s, now, was->constraints[i]);
		if (!c)
			return differ(v, &was->constraints[i]->created, "table '%s' has lost its %s",
				      was->key, constraint_show(v->s->arena, was->constraints[i]));
		if (!constraint_equal(v->s, c, was->constraints[i]))
			return differ(v, &c->created, "the %s on '%s' is not the same as before the "
				      "upgrade", constraint_show(v->s->arena, c), now->key);
	}
	for (i = 0; i < now->nconstraints; i++)
		if (!constraint_match(v->s, was, now->constraints[i]))
			return differ(v, &now->constraints[i]->created, "table '%s' still has %s",
				      now->key, constraint_show(v->s->arena, now->constraints[i]));
	for (i = 0; i < was->nindexes; i++) {
		const struct sch_index *x = find_index(now, was->indexes[i]->name, NULL);
		if (!x)
			return differ(v, &was->indexes[i]->created, "index '%s' on '%s' is missing",
				      was->indexes[i]->name, was->key);
		if (!index_equal(v->s, x, was->indexes[i]))
			return differ(v, &x->created, "index '%s' on '%s' is not the same as before "
				      "the upgrade", x->name, now->key);
	}
	for (i = 0; i < now->nindexes; i++)
		if (!find_index(was, now->indexes[i]->name, NULL))
			return differ(v, &now->indexes[i]->created, "index '%s' on '%s' still "
				      "exists", now->indexes[i]->name, now->key);
	if (!strs_equal(was->comment, now->comment))
		return differ(v, &now->created, "table '%s' has %s, but had %s before the upgrade",
			      now->key, now->comment ? "a comment" : "no comment",
			      was->comment ? "one" : "none");
	return true;
}

bool schema_snapshot_same(struct schema *s, const struct schema_snapshot *snap,
			  struct srcfile *file, struct span where, const char *rev,
			  struct diag *d)
{
	struct verify_ctx v = { s, d, file, where, rev };
	size_t i, j;

	for (i = 0; i < snap->n; i++) {
		const struct snap_entry *e = &snap->v[i];
		switch (e->kind) {
		case SNAP_TABLE: {
			struct sch_table *now = strmap_get(s->tables, e->key);
			const struct sch_table *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "table '%s' still exists", now->key);
			if (was && !now)
				return differ(&v, &was->created, "table '%s' is missing", was->key);
			if (was && !table_same(&v, was, now))
				return false;
			break;
		}
		case SNAP_ENUM: {
			struct sch_enum *now = strmap_get(s->enums, e->key);
			const struct sch_enum *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "enum '%s' still exists", now->key);
			if (was && !now)
				return differ(&v, &was->created, "enum '%s' is missing", was->key);
			if (was && !names_equal(was->values, was->nvalues, now->values, now->nvalues))
				return differ(&v, &now->created, "enum '%s' has other values than "
					      "before the upgrade", now->key);
			break;
		}
		case SNAP_SEQUENCE: {
			struct sch_sequence *now = strmap_get(s->sequences, e->key);
			const struct sch_sequence *was = e->copy;
			if (!was && now)
				return differ(&v, &now->created, "sequence '%s' still exists",
					      now->key);
			if (was && !now)
				return differ(&v, &was->created, "sequence '%s' is missing", was->key);
			if (was) {
				static const size_t off[] = {
					offsetof(struct op, u.sequence.start),
					offsetof(struct op, u.sequence.increment),
					offsetof(struct op, u.sequence.minvalue),
					offsetof(struct op, u.sequence.maxvalue),
					offsetof(struct op, u.sequence.cache),
				};
				bool same = was->def->u.sequence.cycle == now->def->u.sequence.cycle;
				for (j = 0; j < ARRAY_LEN(off); j++)
					same &= strs_equal(*(const char *const *)((const char *)was->def + off[j]),
							   *(const char *const *)((const char *)now->def + off[j]));
				if (!same)
					return differ(&v, &now->created, "sequence '%s' has other "
						      "options than before the upgrade", now->key);
			}
			break;
		}
		}
	}
	return true;
}

/* ---- restoring ---- */

/* The downgrade runs on copies of what the revision touches, made in the
 * snapshot's arena, with the model's allocations going there too; the
 * originals wait in the snapshot and go back when it ends.  So checking a
 * downgrade leaves no garbage in the model (strings, types, key counts and
 * foreign-key lists are the model's own, in its home arena, whoever asks). */
struct schema_snapshot *schema_fork(struct schema *s, const struct oplist *up,
				    const struct oplist *down)
{
	struct schema_snapshot *sn = xcalloc(1, sizeof(*sn));
	const struct op *op;
	size_t i;

	sn->arena = arena_new();
	for (op = up->head; op; op = op->next)
		snap_collect(s, sn, op);
	for (op = down->head; op; op = op->next)
		snap_collect(s, sn, op);
	sn->ntables_at = s->ntables;
	sn->ncopies_at = s->ncopies;
	sn->nenums_at = s->nenums;
	sn->nseqs_at = s->nseqs;
	s->arena = sn->arena;
	for (i = 0; i < sn->n; i++) {
		struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SNAP_TABLE: {
			struct sch_table *t = strmap_get(s->tables, e->key), *c;
			e->copy = t;
			if (t) {
				c = table_copy_to(sn->arena, t, &sn->tables, &sn->ntables,
						  &sn->captables);
				drop_table_now(s, t);
				c->dropped = false;
				s->table_list[c->order] = c;
				table_link(s, c);
			}
			break;
		}
		case SNAP_ENUM: {
			struct sch_enum *en = strmap_get(s->enums, e->key), *c;
			e->copy = en;
			if (en) {
				c = ARENA_NEW(sn->arena, struct sch_enum);
				*c = *en;
				s->enum_list[c->order] = c;
				strmap_put(s->enums, c->key, c);
			}
			break;
		}
		case SNAP_SEQUENCE: {
			struct sch_sequence *q = strmap_get(s->sequences, e->key), *c;
			e->copy = q;
			if (q) {
				c = ARENA_NEW(sn->arena, struct sch_sequence);
				*c = *q;
				s->seq_list[c->order] = c;
				strmap_put(s->sequences, c->key, c);
			}
			break;
		}
		}
	}
	return sn;
}

void schema_fork_end(struct schema *s, struct schema_snapshot *sn)
{
	size_t i;

	/* First forget whatever holds the touched names now, then put the
	 * originals back: a rename may have moved one onto another's name. */
	for (i = 0; i < sn->n; i++) {
		const struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SNAP_TABLE: {
			struct sch_table *now = strmap_get(s->tables, e->key);
			if (now)
				drop_table_now(s, now);
			break;
		}
		case SNAP_ENUM: {
			struct sch_enum *now = strmap_del(s->enums, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		case SNAP_SEQUENCE: {
			struct sch_sequence *now = strmap_del(s->sequences, e->key);
			if (now)
				now->dropped = true;
			break;
		}
		}
	}
	s->arena = s->home;
	for (i = 0; i < sn->n; i++) {
		const struct snap_entry *e = &sn->v[i];
		switch (e->kind) {
		case SNAP_TABLE: {
			struct sch_table *t = e->copy;
			if (t) {
				t->dropped = false;
				s->table_list[t->order] = t;
				table_link(s, t);
			}
			break;
		}
		case SNAP_ENUM: {
			struct sch_enum *en = e->copy;
			if (en) {
				en->dropped = false;
				s->enum_list[en->order] = en;
				strmap_put(s->enums, en->key, en);
			}
			break;
		}
		case SNAP_SEQUENCE: {
			struct sch_sequence *q = e->copy;
			if (q) {
				q->dropped = false;
				s->seq_list[q->order] = q;
				strmap_put(s->sequences, q->key, q);
			}
			break;
		}
		}
	}
	/* What the downgrade made lived in the fork's arena: off the lists. */
	for (i = sn->ncopies_at; i < s->ncopies; i++) {
		free(s->copies[i]->columns);
		free(s->copies[i]->constraints);
		free(s->copies[i]->indexes);
	}
	s->ncopies = sn->ncopies_at;
	s->ntables = sn->ntables_at;
	s->nenums = sn->nenums_at;
	s->nseqs = sn->nseqs_at;
	schema_snapshot_free(sn);
}

/* ---- the model as ops that build it from nothing ---- */

static struct ident *ident_at(struct arena *a, const char *name)
{
	return ir_new_ident(a, name, span_make(0, 0));
}

static struct identlist names_list(struct arena *a, const char **v, size_t n)
{
	struct identlist l = { NULL, NULL, 0 };
	size_t i;

	for (i = 0; i < n; i++)
		ir_identlist_append(&l, ident_at(a, v[i]));
	return l;
}

static struct qname plain_qname(const struct qname *q)
{
	struct qname r = { q->schema, q->name, { 0, 0 } };

	return r;
}

static struct constraint *constraint_to_ir(struct arena *a, const struct sch_constraint *c)
{
	struct constraint *k = ARENA_NEW(a, struct constraint);

	k->kind = c->kind;
	k->name.name = c->name;
	k->columns = names_list(a, c->columns, c->ncolumns);
	k->deferrable = c->deferrable;
	k->initially = c->initially;
	k->check = c->check;
	if (c->kind == CON_EXCLUDE && c->def) {
		k->using_method = c->def->using_method;
		k->elems = c->def->elems;
		k->where = c->def->where;
	}
	if (c->kind == CON_FOREIGN_KEY) {
		k->ref.table = plain_qname(&c->ref_table);
		k->ref.columns = names_list(a, c->ref_columns, c->nref_columns);
		k->ref.on_delete = c->on_delete;
		k->ref.on_update = c->on_update;
		k->ref.deferrable = c->deferrable;
		k->ref.initially = c->initially;
	}
	return k;
}

static struct column *column_to_ir(struct arena *a, const struct sch_column *c)
{
	struct column *col = ARENA_NEW(a, struct column);

	col->name = *ident_at(a, c->name);
	col->type = *c->type;
	col->nullable = c->not_null ? NULLABLE_NO : NULLABLE_UNSET;
	col->autoincrement = c->autoincrement;
	col->server_default = (struct value *)c->server_default;
	col->comment = c->comment;
	return col;
}

static struct op *table_to_ir(struct arena *a, const struct sch_table *t, bool fks,
			      const char *as)
{
	struct column *cols = NULL, **ctail = &cols;
	struct constraint *cons = NULL, **ktail = &cons;
	struct qname name;
	size_t i;

	for (i = 0; i < t->ncolumns; i++) {
		*ctail = column_to_ir(a, t->columns[i]);
		ctail = &(*ctail)->next;
	}
	/* Foreign keys come later, once every table they may point at is made,
	 * where ALTER TABLE can add them. */
	for (i = 0; i < t->nconstraints; i++) {
		if (t->constraints[i]->kind == CON_FOREIGN_KEY && !fks)
			continue;
		*ktail = constraint_to_ir(a, t->constraints[i]);
		ktail = &(*ktail)->next;
	}
	name = plain_qname(&t->name);
	if (as)
		name.name = as;
	return ir_new_create_table(a, span_make(0, 0), name, cols, cons, t->comment,
				   (struct kv *)t->options);
}

static struct op *index_to_ir(struct arena *a, const struct sch_table *t,
			      const struct sch_index *ix)
{
	struct op *op = ir_new_op(a, OP_CREATE_INDEX, span_make(0, 0));

	op->u.index = *ix->def;
	op->u.index.table = plain_qname(&t->name);
	op->u.index.concurrently = false;	/* a new table: nobody waits on it */
	return op;
}

struct oplist schema_table_to_ops(struct arena *a, const struct sch_table *t, bool fks,
				  const char *as)
{
	struct oplist ops = { NULL, NULL, 0 };
	size_t i;

	ir_oplist_append(&ops, table_to_ir(a, t, fks, as));
	for (i = 0; i < t->nindexes; i++)
		ir_oplist_append(&ops, index_to_ir(a, t, t->indexes[i]));
	return ops;
}

const struct sch_enum *schema_enum(const struct schema *s, const struct qname *q)
{
	return find_enum(s, q);
}

bool schema_types_equal(const struct type *a, const struct type *b)
{
	return types_equal(a, b);
}

bool schema_values_equal(const struct value *a, const struct value *b)
{
	return values_equal(a, b);
}

bool schema_constraint_equal(const struct schema *s, const struct sch_constraint *a,
			     const struct sch_constraint *b)
{
	return constraint_equal(s, a, b);
}

const struct sch_constraint *schema_constraint_match(const struct schema *s,
						     const struct sch_table *in,
						     const struct sch_constraint *c)
{
	return constraint_match(s, in, c);
}

bool schema_names_equal(const char **a, size_t na, const char **b, size_t nb)
{
	return names_equal(a, na, b, nb);
}

bool schema_index_equal(const struct schema *s, const struct sch_index *a,
			const struct sch_index *b)
{
	return index_equal(s, a, b);
}

void schema_unique_as_constraint(struct schema *s, struct sch_table *t, size_t ix_at,
				 const struct sch_constraint *like)
{
	struct qname q = { t->name.schema, t->indexes[ix_at]->name, { 0, 0 } };
	struct sch_constraint *c = ARENA_NEW(s->arena, struct sch_constraint);
	char kb[256];

	strmap_del(s->indexes, qkey_buf(kb, sizeof(kb), s->arena, &q));
	memmove(&t->indexes[ix_at], &t->indexes[ix_at + 1],
		(t->nindexes - ix_at - 1) * sizeof(t->indexes[0]));
	t->nindexes--;
	*c = *like;
	table_add_constraint(s, t, c);
}

void schema_unique_as_index(struct schema *s, struct sch_table *t, size_t con_at,
			    const struct sch_index *like)
{
	struct qname q = { t->name.schema, like->name, { 0, 0 } };
	struct sch_index *ix = ARENA_NEW(s->arena, struct sch_index);

	table_remove_constraint(s, t, con_at);
	*ix = *like;
	table_add_index(t, ix);
	strmap_put(s->indexes, qkey_own(s, &q), t);
}

const struct sch_index *schema_index(const struct sch_table *t, const char *name)
{
	return find_index(t, name, NULL);
}

size_t schema_index_columns(const struct sch_index *ix, const char **cols, size_t max)
{
	const struct index_elem *x;
	size_t n = 0;

	for (x = ix->def->elems; x && x->column.name && n < max; x = x->next)
		cols[n++] = x->column.name;
	return n;
}

/* Whether the database would give c the name it has if it were made
 * now, unnamed: then an op may leave the name out.  A name given before a
 * rename of its table or column is not what a new constraint would get.
 * A name an op gave that is the database's own choice may go too (MySQL
 * makes a different index for a foreign key named in the DDL). */
struct fresh_ctx {
	struct name_ctx n;
	const char *own;
};

static bool fresh_taken(const void *ctx, const char *name)
{
	const struct fresh_ctx *f = ctx;

	return strcmp(name, f->own) != 0 && constraint_name_taken(&f->n, name);
}

static bool name_is_fresh(struct schema *s, const struct sch_table *t,
			  const struct sch_constraint *c)
{
	struct fresh_ctx f = { { s, t, c->kind }, c->name };
	const char *fresh;

	if (!c->name || !s->rules->auto_constraint_name)
		return false;
	fresh = auto_name(s, t, c, fresh_taken, &f);
	return fresh && strcmp(fresh, c->name) == 0;
}

struct constraint *schema_constraint_ir(struct schema *s, struct arena *a,
					const struct sch_table *t, const struct sch_constraint *c)
{
	struct constraint *k = constraint_to_ir(a, c);

	if (name_is_fresh(s, t, c))
		k->name.name = NULL;
	return k;
}

struct column *schema_column_ir(struct arena *a, const struct sch_column *c)
{
	return column_to_ir(a, c);
}

struct op *schema_index_ir(struct arena *a, const struct sch_table *t,
			   const struct sch_index *ix)
{
	return index_to_ir(a, t, ix);
}

struct op *schema_table_ir(struct schema *s, struct arena *a, const struct sch_table *t,
			   bool (*want)(const struct sch_constraint *c, void *ctx), void *ctx)
{
	struct op *op = table_to_ir(a, t, true, NULL);
	struct constraint **k = &op->u.table.constraints;
	size_t i;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *c = t->constraints[i];
		if (want && !want(c, ctx)) {
			*k = (*k)->next;
			op->u.table.nconstraints--;
			continue;
		}
		if (name_is_fresh(s, t, c))
			(*k)->name.name = NULL;
		k = &(*k)->next;
	}
	return op;
}

struct oplist schema_to_ops(struct schema *s, bool inline_fks)
{
	struct arena *a = s->arena;
	struct oplist ops = { NULL, NULL, 0 };
	size_t i, j;

	for (i = 0; i < s->nenums; i++) {
		const struct sch_enum *e = s->enum_list[i];
		struct valuelist vals = { NULL, NULL, 0 };
		if (e->dropped)
			continue;
		for (j = 0; j < e->nvalues; j++)
			ir_valuelist_append(&vals, ir_new_value(a, VAL_STRING, e->values[j],
								span_make(0, 0)));
		ir_oplist_append(&ops, ir_new_create_enum(a, span_make(0, 0),
							  plain_qname(&e->name), vals));
	}
	for (i = 0; i < s->nseqs; i++) {
		const struct sch_sequence *q = s->seq_list[i];
		struct op *op;
		if (q->dropped)
			continue;
		op = ir_new_sequence(a, OP_CREATE_SEQUENCE, span_make(0, 0), plain_qname(&q->name));
		op->u.sequence = q->def->u.sequence;
		op->u.sequence.name = plain_qname(&q->name);
		ir_oplist_append(&ops, op);
	}
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped)
			ir_oplist_append(&ops, table_to_ir(a, s->table_list[i], inline_fks, NULL));
	for (i = 0; i < s->ntables && !inline_fks; i++) {
		const struct sch_table *t = s->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->nconstraints; j++)
			if (t->constraints[j]->kind == CON_FOREIGN_KEY)
				ir_oplist_append(&ops, ir_new_add_constraint(a, OP_CREATE_FOREIGN_KEY,
						 span_make(0, 0), plain_qname(&t->name),
						 constraint_to_ir(a, t->constraints[j])));
	}
	for (i = 0; i < s->ntables; i++) {
		const struct sch_table *t = s->table_list[i];
		if (t->dropped)
			continue;
		for (j = 0; j < t->nindexes; j++)
			ir_oplist_append(&ops, index_to_ir(a, t, t->indexes[j]));
	}
	return ops;
}
