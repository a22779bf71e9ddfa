/* Replaying ops into the schema model, one function per op kind in the
 * order of ir_ops.def, with the checks a database would make (and a few it
 * would only make at run time, as warnings): an op's whole life in the
 * model is here. */
#include "schema.h"
#include "arena.h"
#include "sbuf.h"
#include "schema_impl.h"
#include "strmap.h"
#include "util.h"

#include <string.h>
#include <strings.h>

/* ---- types that compare ---- */

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
	UNREACHABLE();
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

/* A column of t that name would clash with: the same name, or, where the
 * database compares names without case (its flavor does not fold), the
 * same but for ASCII case; `except` (a column being renamed) aside. */
static struct sch_column *column_clash(const struct schema *s, const struct sch_table *t,
				       const char *name, const struct sch_column *except)
{
	size_t i;

	if (t->colindex)
		return sch_colindex_find(t, name, !s->rules->sql.fold_lower, except);
	for (i = 0; i < t->ncolumns; i++) {
		struct sch_column *c = t->columns[i];
		if (c != except && (s->rules->sql.fold_lower ? strcmp(c->name, name)
							     : strcasecmp(c->name, name)) == 0)
			return c;
	}
	return NULL;
}

/* A name in ASCII lower case, in arena a: the key of a name where names
 * compare without case (a relation's in s->folds, kept in the model's own
 * arena, which outlives a verify fork's). */
static char *ascii_lower(char *k)
{
	for (char *c = k; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return k;
}

static bool schema_there(struct schema *s, const struct qname *q, struct srcfile *src,
			 struct diag *d);

static const char *fold_key(struct arena *a, const char *key)
{
	return ascii_lower(arena_strdup(a, key));
}

/* The key a column's name has among its table's, for column_clash's test. */
static const char *column_key(const struct schema *s, struct arena *a, const char *name)
{
	return s->rules->sql.fold_lower ? name : fold_key(a, name);
}

static bool check_column_type(struct schema *s, const struct type *t, struct srcfile *src,
			      struct diag *d)
{
	if (t->kind == TY_ENUM && t->enum_name.name)
		return sch_need_enum(s, &t->enum_name, src, d) != NULL;
	return true;
}

static struct identity keep_identity(struct schema *s, const struct identity *id)
{
	struct identity k;

	memset(&k, 0, sizeof(k));
	k.kind = id->kind;
	k.start = sch_keep(s, id->start);
	k.increment = sch_keep(s, id->increment);
	return k;
}

static struct sch_column *column_from_ir(struct schema *s, const struct column *c,
					 struct srcfile *src)
{
	struct sch_column *sc = ARENA_NEW(s->arena, struct sch_column);

	sc->epoch = s->epoch;
	sc->name = sch_keep(s, c->name.name);
	sc->type = sch_intern_type(s, &c->type);
	/* an autoincrement column is never null: SERIAL and AUTO_INCREMENT
	 * make it NOT NULL, SQLite's is the rowid */
	sc->not_null = c->nullable == NULLABLE_NO || c->autoincrement ||
		       (c->primary_key && c->nullable != NULLABLE_YES);
	sc->server_default = sch_keep_value(s, c->server_default);
	sc->comment = sch_keep(s, c->comment);
	sc->autoincrement = c->autoincrement;
	if (c->identity.kind != IDENTITY_NONE) {
		struct identity id = keep_identity(s, &c->identity);
		sch_column_set_identity(s, sc, &id);
	}
	sc->enum_no_check = c->enum_no_check;
	sc->created = sch_loc(src, c->name.span);
	return sc;
}

/* An autoincrement column's sequence, where the database makes one: the
 * name the op gives it, else the one the database chooses; held, so that
 * later names avoid it and it stays through renames. */
static bool name_serial(struct schema *s, struct sch_table *t, struct sch_column *sc,
			const struct column *c, struct srcfile *src, struct diag *d)
{
	if (c->sequence && !s->rules->auto_sequence_name) {
		diag_error(d, DIAG_DIALECT_UNSUPPORTED, src, c->span, "a named sequence for an "
			   "autoincrement column is not supported by %s: it makes no sequence",
			   s->rules->name);
		return false;
	}
	if (!sc->autoincrement || !s->rules->auto_sequence_name)
		return true;
	if (c->sequence && sch_serial_taken(s, t, c->sequence)) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, c->span, "the sequence of column '%s.%s' "
			   "cannot be called '%s': a table, index or sequence has that name",
			   t->key, sc->name, c->sequence);
		return false;
	}
	/* sch_serial_name's is in the arena already */
	sch_column_set_name(s, t, sc, SCH_SEQUENCE_NAME, c->sequence ? sch_keep(s, c->sequence)
				   : sch_serial_name(s, t, sc->name, NULL));
	sch_serial_use(s, t, sc, true);
	return true;
}

static bool inline_enum(const struct type *t)
{
	return t->kind == TY_ENUM && !t->enum_name.name;
}

/* An inline enum's CHECK, where the database makes one: the name the
 * column gives it (`constraint NAME`), else the one the database chooses
 * (none where it names none); held, so that later names avoid it.  A
 * rename of the table or column leaves it as it is. */
static bool name_enum_check(struct schema *s, struct sch_table *t, struct sch_column *sc,
			    const char *want, struct span sp, struct srcfile *src,
			    struct diag *d)
{
	struct sch_name_ctx ctx = { s, t, CON_CHECK };
	const char *cols[1] = { sc->name };

	if (want && !inline_enum(sc->type)) {
		diag_error(d, DIAG_BAD_OPTION, src, sp, "only the check of an inline enum can "
			   "be named here, and column '%s.%s' is %s", t->key, sc->name,
			   sch_type_show(s->arena, sc->type));
		return false;
	}
	if (want && !s->rules->inline_enum_checks) {
		diag_error(d, DIAG_DIALECT_UNSUPPORTED, src, sp, "a named check for an inline "
			   "enum is not supported by %s: its enum is a type of its own, with no "
			   "check", s->rules->name);
		return false;
	}
	if (!inline_enum(sc->type) || !s->rules->inline_enum_checks || sc->enum_no_check)
		return true;
	if (want && sch_constraint_name_taken(&ctx, want)) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, sp, "constraint '%s' already exists", want);
		return false;
	}
	sch_column_set_name(s, t, sc, SCH_CHECK_NAME, want ? sch_keep(s, want)
			    : s->rules->auto_constraint_name
			    ? s->rules->auto_constraint_name(s->arena, CON_CHECK, t->name.name, cols,
							     1, sch_constraint_name_taken, &ctx)
			    : NULL);
	sch_name_use(s, t, sch_column_enum_check(sc), 1);
	return true;
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
		for (j = 0; j < n && sch_names_contain(c->columns, c->ncolumns, cols[j]); j++)
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
			if (e->column.name && sch_names_contain(cols, n, e->column.name))
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

	if (strcmp(sch_qkey_buf(kb, sizeof(kb), s->arena, &ref->table), from->key) == 0)
		to = from;	/* a table may reference itself */
	else if (!(to = sch_need_table(s, &ref->table, src, d)))
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
		struct sch_column *lc = sch_need_column(from, c->columns[i], lsp, src, d);
		struct sch_column *rc;

		for (k = 0, rid = ref->columns.head; rid && k < i; k++)
			rid = rid->next;
		if (rid)
			rsp = rid->span;
		rc = sch_need_column(to, c->ref_columns[i], rsp, src, d);
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
		      !schema_types_equal(lc->type, rc->type)))) {
			diag_error(d, DIAG_SCHEMA_FK, src, lsp, "foreign key column '%s.%s' is %s "
				   "but '%s.%s' is %s: their types do not compare",
				   from->key, lc->name, sch_type_show(s->arena, lc->type), to->key,
				   rc->name, sch_type_show(s->arena, rc->type));
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
	struct sch_constraint *old = name ? sch_find_constraint(t, name, NULL) : NULL;
	size_t i;

	if (!old) {
		/* an inline enum's check is a constraint of the table too */
		for (i = 0; name && i < t->ncolumns; i++)
			if (sch_column_enum_check(t->columns[i]) &&
			    strcmp(sch_column_enum_check(t->columns[i]), name) == 0) {
				diag_error(d, DIAG_SCHEMA_EXISTS, src, sp, "table '%s' already has a "
					   "constraint named '%s': the check of the inline enum of "
					   "column '%s'", t->key, name, t->columns[i]->name);
				return true;
			}
		return false;
	}
	diag_error(d, DIAG_SCHEMA_EXISTS, src, sp, "table '%s' already has a constraint "
		   "named '%s'", t->key, name);
	sch_note_created(d, &old->created, "it");
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
	c->name = sch_keep(s, k->name.name);
	c->columns = names_of(s->arena, &k->columns);
	c->ncolumns = k->columns.n;
	c->deferrable = k->deferrable;
	c->initially = k->initially;
	c->check = sch_keep(s, k->check);
	c->def = k->kind == CON_EXCLUDE ? sch_copy_exclusion(s, k, NULL, NULL) : NULL;
	c->created = sch_loc(src, at);
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
			ok &= sch_need_column(t, id->name, id->span, src, d) != NULL;
		break;
	case CON_FOREIGN_KEY:
		c->ref_table = sch_keep_qname(s, &k->ref.table);
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
				ok &= sch_need_column(t, x->column.name, x->column.span, src, d) != NULL;
		break;
	}
	}
	if (!ok)
		return false;
	if (c->kind == CON_PRIMARY_KEY)
		for (id = k->columns.head; id; id = id->next) {
			struct sch_column *col = schema_column(t, id->name);
			if (!col->not_null)
				sch_column_w(s, t, col)->not_null = true;
		}
	sch_table_add_constraint(s, t, c);
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
		c->columns[0] = sch_keep(s, col->name.name);
		c->ncolumns = 1;
		c->deferrable = -1;
		c->created = sch_loc(src, col->name.span);
		sch_table_add_constraint(s, t, c);
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
		c->columns[0] = sch_keep(s, col->name.name);
		c->ncolumns = 1;
		c->ref_table = sch_keep_qname(s, &col->references->table);
		c->ref_table.span = span_make(0, 0);
		c->ref_columns = names_of(s->arena, &col->references->columns);
		c->nref_columns = col->references->columns.n;
		c->on_delete = col->references->on_delete;
		c->on_update = col->references->on_update;
		c->deferrable = col->references->deferrable;
		c->initially = col->references->initially;
		c->created = sch_loc(src, col->name.span);
		if (check_fk(s, t, c, &one, col->references, src, d))
			sch_table_add_constraint(s, t, c);
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
			pk->created = sch_loc(src, c->name.span);
		pk->columns[i++] = sch_keep(s, c->name.name);
	}
	pk->ncolumns = n;
	return pk;
}

/* ---- ops ---- */

/* ---- what views and triggers hold on to ---- */

/* A view that reads table t and names column col (NULL: any that reads
 * t), or NULL. */
static struct sch_view *view_reading(struct schema *s, const char *key, const char *col)
{
	size_t i;

	for (i = 0; i < s->nviews; i++) {
		struct sch_view *v = s->view_list[i];
		if (!v->dropped && schema_view_reads(v, key) &&
		    (!col || schema_sql_mentions(s, v->sql, col) || schema_sql_selects_star(s, v->sql)))
			return v;
	}
	return NULL;
}

/* A trigger that uses table t (col NULL) or its column col, or NULL; *on
 * is its table.  One on t uses a column its SQL names (a table's own
 * triggers go with it); one on another table uses t if its SQL names t,
 * and a column of t if it names both.  `name` is what t is called there
 * (its name, or a view's). */
static struct sch_trigger *trigger_using(struct schema *s, const struct sch_table *t,
					 const char *name, const char *col,
					 const struct sch_table **on)
{
	size_t i, j;

	if (!s->ntriggers)
		return NULL;	/* not a table to look at: linear verify of long chains */
	for (i = 0; i < s->ntables; i++) {
		const struct sch_table *x = s->table_list[i];
		if (x->dropped || (x == t && !col))
			continue;
		for (j = 0; j < x->ntriggers; j++) {
			const char *sql = x->triggers[j]->sql;
			if ((x == t || schema_sql_mentions(s, sql, name)) &&
			    (!col || schema_sql_mentions(s, sql, col))) {
				*on = x;
				return x->triggers[j];
			}
		}
	}
	return NULL;
}

/* An op on `what` that a view or trigger holding on to it stops. */
static void held_by(struct diag *d, struct srcfile *src, struct span sp, const char *what,
		    const char *how, const struct sch_view *v, const struct sch_trigger *tg,
		    const struct sch_table *on, const char *fix)
{
	if (v) {
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s %s: view '%s' uses it%s%s", what,
			   how, v->key, fix ? "; " : "", fix ? fix : "");
		sch_note_created(d, &v->created, "the view");
	} else {
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s %s: trigger '%s' on '%s' uses "
			   "it%s%s", what, how, tg->name, on->key, fix ? "; " : "", fix ? fix : "");
		sch_note_created(d, &tg->created, "the trigger");
	}
}

static const char *const drop_first = "drop it first (and make it again after, if it "
				      "still applies)";

/* Whether a name a rename rewrites in a view's SQL could be another
 * table's column there: then which one the SQL means cannot be told. */
static bool name_ambiguous(struct schema *s, const struct sch_view *v,
			   const struct sch_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < v->nreads; i++) {
		const struct sch_table *x = strmap_get(s->tables, v->reads[i]);
		const struct sch_view *w = x ? NULL : strmap_get(s->views, v->reads[i]);
		if (x && x != t && schema_column(x, name))
			return true;
		/* a view's columns are not known: one that names it may have it */
		if (w && (schema_sql_mentions(s, w->sql, name) || schema_sql_selects_star(s, w->sql)))
			return true;
	}
	return false;
}

/* Where a view's columns or a trigger's definition pin a column's type
 * (views_pin_types), a change of it is an error naming the view or trigger
 * (its table's own; what is `what`). */
static bool type_pinned(struct schema *s, const struct sch_table *t, const struct sch_column *c,
			struct span sp, const char *what, struct srcfile *src, struct diag *d)
{
	const struct sch_view *v;
	const struct sch_trigger *tg = NULL;
	size_t k;

	if (!s->rules->views_pin_types)
		return false;
	v = view_reading(s, t->key, c->name);
	for (k = 0; !v && !tg && k < t->ntriggers; k++)	/* its definition */
		if (schema_sql_mentions(s, t->triggers[k]->sql, c->name))
			tg = t->triggers[k];
	if (!v && !tg)
		return false;
	held_by(d, src, sp, what, arena_printf(s->arena, "cannot change on %s", s->rules->name),
		v, tg, t, v ? "drop the view first, and make it again after"
			    : "drop the trigger first, and make it again after");
	return true;
}

/* A trigger of t whose SQL names t beyond its ON clause (its body reads or
 * writes its own table), or NULL. */
static struct sch_trigger *own_trigger_naming(struct schema *s, const struct sch_table *t,
					      const struct sch_table **on)
{
	struct sqlscan sc;
	struct sqltok tok;
	size_t j, n;

	for (j = 0; j < t->ntriggers; j++) {
		const char *sql = t->triggers[j]->sql;
		sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
		for (n = 0; sqlscan_next(&sc, &tok);)
			n += sqltok_names(&s->rules->sql, sql, &tok, t->name.name);
		if (n > 1) {
			*on = t;
			return t->triggers[j];
		}
	}
	return NULL;
}

/* A rename of table t (col NULL; newkey its key after) or of its column
 * col, from `from` to `to`, as the views and triggers that name it take
 * it: rewritten where the database follows renames, else refused.  Every
 * refusal comes before the first rewrite. */
static bool rename_in_views(struct schema *s, struct sch_table *t, const char *col,
			    const char *from, const char *to, const char *newkey, struct span sp,
			    struct srcfile *src, struct diag *d)
{
	const char *what = col ? arena_printf(s->arena, "column '%s.%s'", t->key, col)
			       : arena_printf(s->arena, "table '%s'", t->key);
	const char *how = arena_printf(s->arena, "cannot be renamed on %s, where that breaks "
				       "what uses it", s->rules->name);
	const struct sch_table *on = NULL;
	struct sch_trigger *tg;
	size_t i, j, k;

	for (i = 0; i < s->nviews; i++) {
		struct sch_view *v = s->view_list[i];
		if (v->dropped || !schema_view_reads(v, t->key) ||
		    !schema_sql_mentions(s, v->sql, from))
			continue;
		if (!s->rules->views_follow_renames) {
			held_by(d, src, sp, what, how, v, NULL, NULL, drop_first);
			return false;
		}
		if (col && name_ambiguous(s, v, t, from)) {
			diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s cannot be renamed in view "
				   "'%s', which names '%s' where another table or view it reads may "
				   "have a column so called: drop the view first, and make it again "
				   "after", what, v->key, from);
			sch_note_created(d, &v->created, "the view");
			return false;
		}
		/* where a view's column takes the new name, a view reading it by
		 * the old one breaks (SQLite refuses the rename) */
		for (k = 0; col && !s->rules->view_columns_keep_names &&
			    sch_view_shows(s, v->sql, from) && k < s->nviews; k++) {
			const struct sch_view *w = s->view_list[k];
			if (w->dropped || w == v || !schema_view_reads(w, v->key) ||
			    !schema_sql_mentions(s, w->sql, from))
				continue;
			diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s cannot be renamed: view "
				   "'%s' shows it, and view '%s' reads it from there by its old name; "
				   "drop '%s' first (and make it again after)", what, v->key, w->key,
				   w->key);
			sch_note_created(d, &w->created, "the view");
			return false;
		}
	}
	/* (a table's own triggers go with it: only their ON is rewritten,
	 * where the database follows renames) */
	tg = trigger_using(s, t, t->name.name, col, &on);
	if (!tg && !col && !s->rules->views_follow_renames)
		tg = own_trigger_naming(s, t, &on);
	if (tg && !s->rules->views_follow_renames) {
		held_by(d, src, sp, what, how, NULL, tg, on, drop_first);
		return false;
	}
	/* a column in a trigger's body without its table (INSERT INTO log
	 * (email) in a trigger on account) may be another table's: which,
	 * retort cannot tell, so it renames only NEW.col, OLD.col and t.col */
	for (i = 0; col && s->rules->triggers_hold_bodies && i < s->ntables; i++) {
		const struct sch_table *x = s->table_list[i];
		for (j = 0; !x->dropped && j < x->ntriggers; j++) {
			const char *sql = x->triggers[j]->sql;
			if ((x == t || schema_sql_mentions(s, sql, t->name.name)) &&
			    schema_sql_mentions_bare(s, sql, from)) {
				diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, sp, "%s cannot be renamed "
					   "in trigger '%s' on '%s', which names '%s' without its "
					   "table, where retort cannot tell which table's it is: drop "
					   "the trigger first, and make it again after", what,
					   x->triggers[j]->name, x->key, from);
				sch_note_created(d, &x->triggers[j]->created, "the trigger");
				return false;
			}
		}
	}
	for (i = 0; i < s->nviews; i++) {
		struct sch_view *v = s->view_list[i];
		if (v->dropped || !schema_view_reads(v, t->key))
			continue;
		if (col) {
			v->sql = s->rules->view_columns_keep_names
					 ? sch_view_rename_column(s, v->sql, from, to)
					 : sch_sql_rename_how(s, v->sql, from, to,
							      SCH_RENAME_NOT_ALIAS);
			continue;
		}
		v->sql = sch_sql_rename_how(s, v->sql, from, to,
					    SCH_RENAME_NOT_AFTER_DOT | SCH_RENAME_NOT_ALIAS | SCH_RENAME_TABLE);
		{	/* a new array: the old one may be a snapshot's */
			const char **r = ARENA_ARRAY(s->arena, const char *, v->nreads);
			for (k = 0; k < v->nreads; k++)
				r[k] = strcmp(v->reads[k], t->key) == 0 ? sch_keep(s, newkey)
									  : v->reads[k];
			v->reads = r;
		}
	}
	for (i = 0; i < s->ntables; i++) {
		struct sch_table *x = s->table_list[i];
		if (x->dropped)
			continue;
		for (j = 0; j < x->ntriggers; j++) {
			struct sch_trigger *n;
			const char *sql = x->triggers[j]->sql;
			unsigned which;
			if (!schema_sql_mentions(s, sql, from) ||
			    (col && x != t && !schema_sql_mentions(s, sql, t->name.name)))
				continue;
			/* a table: not NEW.name; a column: NEW.col, t.col where a body
			 * may name other tables' columns, else (a definition) any */
			which = !col ? SCH_RENAME_NOT_AFTER_DOT | SCH_RENAME_NOT_ALIAS | SCH_RENAME_TABLE
				: s->rules->triggers_hold_bodies ? SCH_RENAME_ONLY_AFTER_DOT
								 : SCH_RENAME_NOT_ALIAS;
			n = ARENA_NEW(s->arena, struct sch_trigger);
			*n = *x->triggers[j];
			n->sql = sch_sql_rename_how(s, n->sql, from, to, which);
			x->triggers[j] = n;
		}
	}
	return true;
}

/* Whether q names the version table (schema_reserve_table); a schema left
 * out on either side is the default one. */
static bool is_reserved(const struct schema *s, const struct qname *q)
{
	const char *a = q->schema, *b = s->reserved_schema, *dflt = s->rules->default_schema;

	if (!s->reserved_name || strcmp(q->name, s->reserved_name) != 0)
		return false;
	if (!a || !b)
		return a == b || (dflt && strcmp(a ? a : b, dflt) == 0);
	return strcmp(a, b) == 0;
}

/* The live relation whose name is key's but for case, or NULL. */
static const char *fold_clash(struct schema *s, const char *key)
{
	struct sbuf k = SBUF_INIT;	/* the lookup's key: nothing kept */
	const char *other;

	if (!s->rules->relations_case_free)
		return NULL;
	sbuf_adds(&k, key);
	other = strmap_get(s->folds, ascii_lower(k.buf));
	sbuf_release(&k);
	if (!other || strcmp(other, key) == 0)
		return NULL;
	if (strmap_get(s->tables, other) || strmap_get(s->views, other) ||
	    strmap_get(s->sequences, other) || strmap_get(s->indexes, other))
		return other;
	return NULL;
}

/* A new relation's key, for fold_clash. */
static void fold_note(struct schema *s, const char *key)
{
	if (s->rules->relations_case_free)
		strmap_put(s->folds, fold_key(s->home, key), arena_strdup(s->home, key));
}

/* A table, view, sequence (made, or behind an autoincrement column) or,
 * where indexes are relations, index by the name of a new one of those
 * (an index: is_index): the database's names for them are one. */
static bool relation_name_free(struct schema *s, const struct qname *q, bool is_index,
			       struct srcfile *src, struct diag *d)
{
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
	bool shared = !is_index || s->rules->indexes_are_relations;
	const struct sch_table *t = shared ? strmap_get(s->tables, key) : NULL, *st;
	const struct sch_view *v = shared ? strmap_get(s->views, key) : NULL;
	const struct sch_sequence *seq = shared ? strmap_get(s->sequences, key) : NULL;
	const struct sch_index *ix = NULL;
	const char *st_key;

	if (shared && (st_key = fold_clash(s, key)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' and '%s' are one name to %s, "
			   "which compares names without case", key, st_key, s->rules->name);
		return false;
	}
	if (shared && is_reserved(s, q)) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of the version "
			   "table (version_table in the config), which retort makes and keeps",
			   key);
		return false;
	}
	if ((t || v) && is_index) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of a %s, and %s "
			   "gives an index no name a table or view has", key, t ? "table" : "view",
			   s->rules->name);
		sch_note_created(d, t ? &t->created : &v->created, "it");
		return false;
	}
	if (!is_index && s->rules->relations_are_types && strmap_get(s->enums, key)) {
		const struct sch_enum *en = strmap_get(s->enums, key);
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of an enum, and "
			   "%s makes a type of each table's and view's name too", key,
			   s->rules->name);
		sch_note_created(d, &en->created, "it");
		return false;
	}
	if (t || v) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "%s '%s' already exists",
			   t ? "table" : "view", key);
		sch_note_created(d, t ? &t->created : &v->created, "it");
		return false;
	}
	if (seq) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of a sequence, "
			   "and %s gives a sequence's name to nothing else", key, s->rules->name);
		sch_note_created(d, &seq->created, "it");
		return false;
	}
	if (shared && (st = strmap_get(s->serials, key)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of the sequence "
			   "of an autoincrement column of '%s', and %s gives a sequence's name to "
			   "nothing else", key, st->key, s->rules->name);
		return false;
	}
	if (!is_index && s->rules->indexes_are_relations &&
	    (st = strmap_get(s->indexes, key)) != NULL) {
		ix = sch_find_index(st, q->name, NULL);
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of an index "
			   "(on '%s'), and %s gives an index's name to nothing else", key, st->key,
			   s->rules->name);
		if (ix)
			sch_note_created(d, &ix->created, "it");
		return false;
	}
	return true;
}

static bool apply_create_table(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	struct strmap *seen;
	const struct qname *q = &op->u.table.name;
	struct sch_table *old = schema_table(s, q), *t;
	const struct column *c;
	const struct constraint *k;
	struct sch_constraint *pk;
	struct sch_column *sc;
	bool ok = true;

	if (old) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "table '%s' already exists",
			   old->key);
		sch_note_created(d, &old->created, "it");
		return false;
	}
	if (!schema_there(s, q, src, d) || !relation_name_free(s, q, false, src, d))
		return false;
	t = sch_table_new(s, q, sch_loc(src, q->span));
	t->comment = sch_keep(s, op->u.table.comment);
	t->options = sch_keep_kvs(s, op->u.table.options);
	strmap_put(s->tables, t->key, t);
	fold_note(s, t->key);
	seen = strmap_new(16);	/* a wide table: no lookup by a loop per column */
	for (c = op->u.table.columns; c; c = c->next) {
		const char *key = column_key(s, s->arena, c->name.name);
		if (strmap_get(seen, key)) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, c->name.span, "column '%s' is "
				   "declared twice in table '%s'%s", c->name.name, t->key,
				   !schema_column(t, c->name.name)
					   ? " (names are the same in any case there)" : "");
			ok = false;
			continue;
		}
		strmap_put(seen, key, t);
		ok &= check_column_type(s, &c->type, src, d);
		sc = column_from_ir(s, c, src);
		sch_table_add_column(t, sc);
		ok &= name_serial(s, t, sc, c, src, d);
		ok &= name_enum_check(s, t, sc, c->enum_check, c->span, src, d);
	}
	strmap_free(seen);
	pk = pk_from_columns(s, op->u.table.columns, src);
	if (pk)
		sch_table_add_constraint(s, t, pk);
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


/* A table or column that a foreign key elsewhere still points at cannot
 * go: the database refuses (without CASCADE, which migrations avoid). */
static bool referenced_by_other(struct schema *s, struct sch_table *t, const char *column,
				struct span sp, struct srcfile *src, struct diag *d)
{
	struct fkref_list *l = sch_fk_list(s, t->key, false);
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
		sch_note_created(d, &e->con->created, "the foreign key");
		return true;
	}
	return false;
}

static bool apply_drop_table(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.target.table, src, d);
	const struct sch_table *on = NULL;
	const struct sch_trigger *tg;
	const struct sch_view *v;

	if (!t)
		return false;
	if (referenced_by_other(s, t, NULL, op->u.target.table.span, src, d))
		return false;
	/* its own triggers go with it; what else uses it would break */
	v = view_reading(s, t->key, NULL);
	tg = v ? NULL : trigger_using(s, t, t->name.name, NULL, &on);
	if (v || tg) {
		held_by(d, src, op->u.target.table.span,
			arena_printf(s->arena, "table '%s'", t->key), "cannot be dropped", v, tg, on,
			drop_first);
		return false;
	}
	sch_drop_table(s, t);
	return true;
}

static bool apply_rename_table(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_table *t = sch_need_table(s, &op->u.rename.table, src, d), *other;
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
		sch_note_created(d, &other->created, "it");
		return false;
	}
	if (!relation_name_free(s, &to, false, src, d))
		return false;
	to.name = sch_keep(s, to.name);
	newkey = sch_qkey_own(s, &to);
	if (!rename_in_views(s, t, NULL, t->name.name, to.name, newkey, to.span, src, d))
		return false;
	sch_table_unlink(s, t);
	/* Foreign keys elsewhere follow the table, as in the database. */
	l = sch_fk_list(s, t->key, false);
	for (i = 0; l && i < l->n; i++)
		if (l->v[i].from != t)
			l->v[i].con->ref_table.name = to.name;
	for (i = 0; i < t->nconstraints; i++)
		if (t->constraints[i]->kind == CON_FOREIGN_KEY &&
		    strcmp(sch_qkey_buf(kb, sizeof(kb), s->arena, &t->constraints[i]->ref_table),
			   t->key) == 0)
			t->constraints[i]->ref_table.name = to.name;
	if (l) {
		struct fkref_list *moved = sch_fk_list(s, newkey, true);
		for (i = 0; i < l->n; i++) {
			XGROW(moved->v, moved->cap, moved->n + 1);
			moved->v[moved->n++] = l->v[i];
		}
		l->n = 0;
	}
	for (i = 0; s->rules->renamed_constraint_name && i < t->nconstraints; i++) {
		struct sch_constraint *c = t->constraints[i];
		const char *name = c->name ? s->rules->renamed_constraint_name(
			s->arena, c->kind, c->name, t->name.name, to.name) : NULL;
		if (name)
			c->name = name;
	}
	t->name.name = to.name;
	t->key = newkey;
	/* table_link would register the foreign keys again: map entries only;
	 * the sequences of its autoincrement columns keep their names. */
	strmap_put(s->tables, t->key, t);
	fold_note(s, t->key);
	for (i = 0; t->nnames && i < t->ncolumns; i++) {
		sch_serial_use(s, t, t->columns[i], true);
		sch_name_use(s, t, sch_column_enum_check(t->columns[i]), 1);
	}
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		strmap_put(s->indexes, sch_qkey_own(s, &q), t);
	}
	/* Its own foreign keys, to itself too: the unlink above took them all
	 * out of the lists (the moved list holds only other tables' keys). */
	for (i = 0; i < t->nconstraints; i++) {
		sch_con_name_use(s, t, t->constraints[i], 1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY)
			sch_fk_register(s, t, t->constraints[i]);
	}
	return true;
}

static bool apply_add_column(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	const struct column *c = &op->u.add_column.column;
	struct sch_table *t = sch_need_table(s, &op->u.add_column.table, src, d);
	struct sch_column *old;
	struct sch_column *sc;

	if (!t)
		return false;
	if ((old = column_clash(s, t, c->name.name, NULL)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, c->name.span, "table '%s' already has a "
			   "column '%s'", t->key, old->name);
		sch_note_created(d, &old->created, "it");
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
	sch_table_add_column(t, sc);
	if (!name_serial(s, t, sc, c, src, d) ||
	    !name_enum_check(s, t, sc, c->enum_check, c->span, src, d))
		return false;
	if (c->primary_key) {
		struct column one = *c;
		one.next = NULL;
		sch_table_add_constraint(s, t, pk_from_columns(s, &one, src));
	}
	return add_column_constraints(s, t, c, false, src, d) &&
	       add_column_constraints(s, t, c, true, src, d);
}


static bool apply_drop_column(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.drop_column.table, src, d);
	const struct ident *col = &op->u.drop_column.column;
	const struct sch_table *on = NULL;
	const struct sch_trigger *tg;
	const struct sch_view *v;
	struct sch_column *c;
	size_t i;

	if (!t || !(c = sch_need_column(t, col->name, col->span, src, d)))
		return false;
	if (referenced_by_other(s, t, col->name, col->span, src, d))
		return false;
	v = view_reading(s, t->key, col->name);
	tg = v ? NULL : trigger_using(s, t, t->name.name, col->name, &on);
	if (v || tg) {
		held_by(d, src, col->span, arena_printf(s->arena, "column '%s.%s'", t->key, col->name),
			"cannot be dropped", v, tg, on, drop_first);
		return false;
	}
	/* The database drops the indexes and constraints that use the column. */
	for (i = t->nconstraints; i-- > 0;)
		if (sch_constraint_uses(s, t->constraints[i], col->name))
			sch_table_remove_constraint(s, t, i);
	for (i = t->nindexes; i-- > 0;) {
		if (sch_index_uses(s, t->indexes[i], col->name)) {
			struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
			char kb[256];
			strmap_del(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
			memmove(&t->indexes[i], &t->indexes[i + 1],
				(t->nindexes - i - 1) * sizeof(t->indexes[0]));
			t->nindexes--;
		}
	}
	sch_serial_use(s, t, c, false);	/* they go too */
	sch_name_use(s, t, sch_column_enum_check(c), -1);
	sch_table_drop_column(t, sch_column_at(t, c));
	return true;
}

/* A column's name changes everywhere the table, its indexes, its
 * expressions and the foreign keys pointing at it say it. */
static void rename_column_refs(struct schema *s, struct sch_table *t, const char *from,
			       const char *to)
{
	struct fkref_list *l = sch_fk_list(s, t->key, false);
	size_t i, j;

	for (i = 0; i < t->nindexes; i++) {
		if (sch_index_uses(s, t->indexes[i], from)) {
			struct sch_index *ix = ARENA_NEW(s->arena, struct sch_index);
			*ix = *t->indexes[i];
			ix->def = sch_copy_index(s, ix->def, from, to);
			t->indexes[i] = ix;
		}
	}
	for (i = 0; i < t->nconstraints; i++) {
		struct sch_constraint *c = t->constraints[i];
		c->check = sch_sql_rename(s, c->check, from, to);
		if (c->kind == CON_EXCLUDE && c->def)
			c->def = sch_copy_exclusion(s, c->def, from, to);
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

/* An identity given to a column, or changed: the database numbers a
 * NOT NULL integer column without a default of its own (PostgreSQL refuses
 * anything else, and so does the model, everywhere); a serial is not made
 * an identity in place. */
static bool set_identity(struct schema *s, struct sch_table *t, struct sch_column *c,
			 const struct op *op, struct srcfile *src, struct diag *d)
{
	const struct identity *id = &op->u.alter.identity;
	enum type_kind k = c->type->kind;
	struct identity kept;

	if (c->autoincrement && sch_column_identity(c)->kind == IDENTITY_NONE) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, id->span, "column '%s.%s' is "
			   "autoincrement already; it cannot also get an identity", t->key,
			   c->name);
		return false;
	}
	if (k != TY_INTEGER && k != TY_BIGINT && k != TY_SMALLINT) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, id->span, "column '%s.%s' is %s: an "
			   "identity needs an integer, bigint or smallint column", t->key, c->name,
			   sch_type_show(s->arena, c->type));
		return false;
	}
	if (!c->not_null) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, id->span, "column '%s.%s' is nullable: "
			   "an identity needs it NOT NULL first ('set not null')", t->key, c->name);
		return false;
	}
	if (c->server_default) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, id->span, "column '%s.%s' has a "
			   "default: an identity needs it gone first ('drop default')", t->key,
			   c->name);
		return false;
	}
	kept = keep_identity(s, id);
	if (sch_column_identity(c)->kind == IDENTITY_NONE) {
		struct column one;
		memset(&one, 0, sizeof(one));
		c->autoincrement = true;
		sch_column_set_identity(s, c, &kept);
		return name_serial(s, t, c, &one, src, d);
	}
	sch_column_set_identity(s, c, &kept);
	return true;
}

static bool apply_alter_column(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.alter.table, src, d);
	const struct ident *col = &op->u.alter.column;
	unsigned ch = op->u.alter.changes;
	struct sch_column *c;
	bool was_inline;

	if (!t || !(c = sch_need_column(t, col->name, col->span, src, d)))
		return false;
	c = sch_column_w(s, t, c);
	if ((ch & ALTER_TYPE) &&
	    type_pinned(s, t, c, op->u.alter.type.span,
			arena_printf(s->arena, "the type of column '%s.%s'", t->key, c->name),
			src, d))
		return false;
	if (ch & ALTER_TYPE) {
		const struct type *to = &op->u.alter.type;
		if (!check_column_type(s, to, src, d))
			return false;
		if (!op->u.alter.using_expr && s->rules->cast_needs_using &&
		    s->rules->cast_needs_using(c->type, to))
			diag_warning(d, DIAG_SCHEMA_WARN_CAST, src, to->span, "%s cannot change "
				     "'%s.%s' from %s to %s without 'using'", s->rules->name,
				     t->key, c->name, sch_type_show(s->arena, c->type),
				     sch_type_show(s->arena, to));
		/* an inline enum's check: kept while it stays one, made anew */
		if (inline_enum(c->type) && !inline_enum(to)) {
			sch_name_use(s, t, sch_column_enum_check(c), -1);
			sch_column_set_name(s, t, c, SCH_CHECK_NAME, NULL);
		}
		was_inline = inline_enum(c->type);
		c->type = sch_intern_type(s, to);
		if (to->kind != TY_ENUM)
			c->enum_no_check = false;	/* (an enum again gets its check) */
		if (!was_inline && !name_enum_check(s, t, c, NULL, to->span, src, d))
			return false;
	}
	if (ch & ALTER_SET_NOT_NULL)
		c->not_null = true;
	if ((ch & ALTER_DROP_NOT_NULL) && sch_column_identity(c)->kind != IDENTITY_NONE &&
	    !(ch & ALTER_DROP_IDENTITY)) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, op->span, "identity column '%s.%s' "
			   "cannot be nullable: drop its identity first", t->key, c->name);
		return false;
	}
	if (ch & ALTER_DROP_NOT_NULL)
		c->not_null = false;
	if ((ch & ALTER_DROP_IDENTITY) && sch_column_identity(c)->kind == IDENTITY_NONE) {
		diag_error(d, DIAG_SCHEMA_IDENTITY, src, op->span, "column '%s.%s' has no "
			   "identity to drop", t->key, c->name);
		return false;
	}
	if (ch & ALTER_DROP_IDENTITY) {
		sch_column_set_identity(s, c, NULL);
		c->autoincrement = false;
		sch_serial_use(s, t, c, false);
		sch_column_set_name(s, t, c, SCH_SEQUENCE_NAME, NULL);
	}
	if (ch & ALTER_SET_DEFAULT) {
		if (sch_column_identity(c)->kind != IDENTITY_NONE) {
			diag_error(d, DIAG_SCHEMA_IDENTITY, src, op->u.alter.default_value->span,
				   "identity column '%s.%s' cannot have a default: drop its "
				   "identity first", t->key, c->name);
			return false;
		}
		c->server_default = sch_keep_value(s, op->u.alter.default_value);
	}
	if (ch & ALTER_DROP_DEFAULT)
		c->server_default = NULL;
	if ((ch & ALTER_SET_IDENTITY) && !set_identity(s, t, c, op, src, d))
		return false;
	if (ch & ALTER_COMMENT)
		c->comment = sch_keep(s, op->u.alter.comment);
	if (ch & ALTER_RENAME) {
		const struct ident *to = &op->u.alter.new_name;
		struct sch_column *old = column_clash(s, t, to->name, c);
		if (old) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, to->span, "table '%s' already has "
				   "a column '%s'", t->key, old->name);
			sch_note_created(d, &old->created, "it");
			return false;
		}
		const char *new_name = sch_keep(s, to->name);
		if (!rename_in_views(s, t, c->name, c->name, new_name, NULL, to->span, src, d))
			return false;
		rename_column_refs(s, t, c->name, new_name);
		sch_column_rename(t, c, new_name);
	}
	return true;
}

/* An index's INCLUDE columns are columns of the table, not of its key;
 * an operator class or a prefix length is of a key column, once. */
static bool key_colopts_ok(const struct index_def *ix, const struct index_colopt *l,
			   const char *what, struct srcfile *src, struct diag *d)
{
	const struct index_colopt *o;
	const struct index_elem *e;
	bool ok = true;

	for (o = l; o; o = o->next) {
		for (e = ix->elems; e; e = e->next)
			if (e->column.name && strcmp(e->column.name, o->column.name) == 0)
				break;
		if (!e) {
			diag_error(d, DIAG_BAD_OPTION, src, o->column.span, "'%s' is not a key "
				   "column of index '%s': only a key column %s", o->column.name,
				   ix->name.name, what);
			ok = false;
		} else if (ir_index_colopt(l, o->column.name) != o) {
			diag_error(d, DIAG_BAD_OPTION, src, o->column.span, "'%s' is given twice",
				   o->column.name);
			ok = false;
		}
	}
	return ok;
}

static bool index_extras_ok(struct sch_table *t, const struct index_def *ix,
			    struct srcfile *src, struct diag *d)
{
	const struct ident *id;
	const struct index_elem *e;
	bool ok = true;

	for (id = ix->include.head; id; id = id->next) {
		if (!sch_need_column(t, id->name, id->span, src, d)) {
			ok = false;
			continue;
		}
		for (e = ix->elems; e; e = e->next)
			if (e->column.name && strcmp(e->column.name, id->name) == 0)
				break;
		if (e) {
			diag_error(d, DIAG_BAD_OPTION, src, id->span, "'%s' is a key column of index "
				   "'%s' already: 'include' adds other columns", id->name,
				   ix->name.name);
			ok = false;
		}
	}
	return key_colopts_ok(ix, ix->ops, "takes an operator class", src, d) &&
	       key_colopts_ok(ix, ix->lengths, "takes a prefix length", src, d) && ok;
}

static bool apply_create_index(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	char kb[256];	/* lookup keys, without allocating */
	struct sch_table *t = sch_need_table(s, &op->u.index.table, src, d), *holder;
	const struct index_elem *e;
	struct qname q;
	struct sch_index *ix;
	const char *ik;
	bool ok = true;

	if (!t)
		return false;
	q.schema = t->name.schema;
	q.name = op->u.index.name.name;
	if ((holder = strmap_get(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q))) != NULL) {
		struct sch_index *old = sch_find_index(holder, q.name, NULL);
		diag_error(d, DIAG_SCHEMA_EXISTS, src, op->u.index.name.span, "index '%s' "
			   "already exists (on '%s')", q.name, holder->key);
		if (old)
			sch_note_created(d, &old->created, "it");
		return false;
	}
	q.span = op->u.index.name.span;
	if (!relation_name_free(s, &q, true, src, d))
		return false;
	/* where names compare without case, the table's index of the same
	 * name but for case is this one to the database */
	for (size_t i = 0; !s->rules->sql.fold_lower && i < t->nindexes; i++)
		if (strcasecmp(t->indexes[i]->name, q.name) == 0) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, q.span, "index '%s' differs from "
				   "'%s' on '%s' only in case, which %s does not tell apart", q.name,
				   t->indexes[i]->name, t->key, s->rules->name);
			sch_note_created(d, &t->indexes[i]->created, "it");
			return false;
		}
	for (e = op->u.index.elems; e; e = e->next)
		if (e->column.name)
			ok &= sch_need_column(t, e->column.name, e->column.span, src, d) != NULL;
	ok = ok && index_extras_ok(t, &op->u.index, src, d);
	if (!ok)
		return false;
	ix = ARENA_NEW(s->arena, struct sch_index);
	ix->def = sch_copy_index(s, &op->u.index, NULL, NULL);
	ix->name = ix->def->name.name;
	ix->created = sch_loc(src, op->u.index.name.span);
	sch_table_add_index(t, ix);
	q.name = ix->name;	/* the key lives with the index */
	ik = sch_qkey_own(s, &q);
	strmap_put(s->indexes, ik, t);
	fold_note(s, ik);
	return true;
}

static bool apply_drop_index(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	const struct qname *on = &op->u.index.table;
	struct qname q = { on->schema, op->u.index.name.name, op->u.index.name.span };
	char kb[256];
	struct sch_table *t = strmap_get(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
	struct sch_table *given = NULL;
	size_t at = 0;

	if (on->name && !(given = sch_need_table(s, on, src, d)))
		return false;
	if (!t || (given && given != t) || !sch_find_index(t, q.name, &at)) {
		struct sch_nearest n;
		size_t i, j;
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q.span, "no index '%s'%s%s%s", q.name,
			   given ? " on '" : "", given ? given->key : "", given ? "'" : "");
		sch_nearest_init(&n, q.name);
		for (i = 0; i < s->ntables; i++)
			if (!s->table_list[i]->dropped && (!given || s->table_list[i] == given))
				for (j = 0; j < s->table_list[i]->nindexes; j++)
					sch_nearest_offer(&n, s->table_list[i]->indexes[j]->name);
		sch_nearest_note(&n, d, src, q.span);
		return false;
	}
	strmap_del(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
	memmove(&t->indexes[at], &t->indexes[at + 1], (t->nindexes - at - 1) * sizeof(t->indexes[0]));
	t->nindexes--;
	return true;
}

static bool apply_add_constraint(struct schema *s, const struct op *op, struct srcfile *src,
				 struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.constraint.table, src, d);

	return t && add_constraint(s, t, &op->u.constraint.con, src, d);
}


static bool apply_drop_constraint(struct schema *s, const struct op *op, struct srcfile *src,
				  struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.drop_constraint.table, src, d);
	const struct ident *name = &op->u.drop_constraint.name;
	struct sch_constraint *c;
	size_t at, i;

	if (!t)
		return false;
	if (!(c = sch_find_constraint(t, name->name, &at))) {
		struct sch_nearest n;
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, name->span, "table '%s' has no "
			   "constraint '%s'", t->key, name->name);
		sch_nearest_init(&n, name->name);
		for (i = 0; i < t->nconstraints; i++)
			if (t->constraints[i]->name)
				sch_nearest_offer(&n, t->constraints[i]->name);
		sch_nearest_note(&n, d, src, name->span);
		return false;
	}
	if (op->u.drop_constraint.has_kind && op->u.drop_constraint.kind != c->kind) {
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, name->span, "'%s' on '%s' is a %s, not a %s",
			   name->name, t->key, ir_constraint_kind_name(c->kind),
			   ir_constraint_kind_name(op->u.drop_constraint.kind));
		sch_note_created(d, &c->created, "it");
		return false;
	}
	sch_table_remove_constraint(s, t, at);
	return true;
}

static bool apply_table_comment(struct schema *s, const struct op *op, struct srcfile *src,
				struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.target.table, src, d);

	if (!t)
		return false;
	t->comment = op->kind == OP_CREATE_TABLE_COMMENT ? sch_keep(s, op->u.target.comment) : NULL;
	return true;
}

/* A value of an enum type within the length the database keeps. */
static bool label_fits(const struct schema *s, const struct value *v, struct srcfile *src,
		       struct diag *d)
{
	if (!s->rules->max_enum_label || strlen(v->text) <= s->rules->max_enum_label)
		return true;
	diag_error(d, DIAG_IDENT_TOO_LONG, src, v->span, "enum value '%s' is %zu bytes, longer "
		   "than the %zu that %s allows", v->text, strlen(v->text),
		   s->rules->max_enum_label, s->rules->name);
	return false;
}

static bool apply_create_enum(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	const struct qname *q = &op->u.enumdef.name;
	struct sch_enum *old = sch_find_enum(s, q), *e;
	const struct value *v, *w;
	size_t i = 0;

	if (old) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "enum '%s' already exists",
			   old->key);
		sch_note_created(d, &old->created, "it");
		return false;
	}
	if (!schema_there(s, q, src, d))
		return false;
	if (s->rules->relations_are_types) {
		char kb[256];
		const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
		const struct sch_table *t = strmap_get(s->tables, key);
		const struct sch_view *vw = strmap_get(s->views, key);
		if (t || vw) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "'%s' is the name of a %s, "
				   "and %s makes a type of it: an enum cannot have it", key,
				   t ? "table" : "view", s->rules->name);
			sch_note_created(d, t ? &t->created : &vw->created, "it");
			return false;
		}
	}
	for (v = op->u.enumdef.values.head; v; v = v->next)
		if (!label_fits(s, v, src, d))
			return false;
	for (v = op->u.enumdef.values.head; v; v = v->next)
		for (w = v->next; w; w = w->next)
			if (strcmp(v->text, w->text) == 0) {
				diag_error(d, DIAG_SCHEMA_EXISTS, src, w->span, "enum '%s' lists "
					   "'%s' twice", q->name, w->text);
				return false;
			}
	e = ARENA_NEW(s->arena, struct sch_enum);
	e->name.schema = sch_keep(s, q->schema);
	e->name.name = sch_keep(s, q->name);
	e->key = sch_qkey_own(s, &e->name);
	e->nvalues = op->u.enumdef.values.n;
	e->values = ARENA_ARRAY(s->arena, const char *, e->nvalues ? e->nvalues : 1);
	for (v = op->u.enumdef.values.head; v; v = v->next)
		e->values[i++] = sch_keep(s, v->text);
	e->created = sch_loc(src, q->span);
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
	struct sch_enum *e = sch_need_enum(s, &op->u.enumdef.name, src, d);
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
			    strcmp(sch_qkey_buf(kb, sizeof(kb), s->arena, &ty->enum_name), e->key) == 0) {
				diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, op->u.enumdef.name.span,
					   "enum '%s' is still used by column '%s.%s'", e->key,
					   t->key, t->columns[j]->name);
				sch_note_created(d, &t->columns[j]->created, "the column");
				return false;
			}
		}
	}
	strmap_del(s->enums, e->key);
	e->dropped = true;
	return true;
}

/* ---- alter_enum ---- */

/* Whether column c of t has the enum q (named) or is the column of an
 * alter_enum on a column's inline enum. */
static bool column_of_enum(struct schema *s, const struct type *ty, const char *key)
{
	char kb[256];

	return ty->kind == TY_ENUM && ty->enum_name.name &&
	       strcmp(sch_qkey_buf(kb, sizeof(kb), s->arena, &ty->enum_name), key) == 0;
}

bool schema_alter_enum_column(const struct schema *s, const struct op *op,
			      const struct sch_table *t, const struct sch_column *c)
{
	const struct qname *q = &op->u.alter_enum.name, *en = &c->type->enum_name;
	char ka[256], kb[256];

	if (c->type->kind != TY_ENUM)
		return false;
	if (!q->name)
		return !en->name && strcmp(c->name, op->u.alter_enum.column.name) == 0 &&
		       strcmp(t->key, sch_qkey_buf(ka, sizeof(ka), s->arena,
						   &op->u.alter_enum.table)) == 0;
	return en->name && strcmp(sch_qkey_buf(ka, sizeof(ka), s->arena, en),
				  sch_qkey_buf(kb, sizeof(kb), s->arena, q)) == 0;
}

static size_t value_at(const char *const *v, size_t n, const char *value)
{
	size_t i;

	for (i = 0; i < n && strcmp(v[i], value) != 0; i++)
		;
	return i;
}

/* "no value 'x'", with the nearest value the enum has. */
static void no_value(struct diag *d, struct srcfile *src, const struct value *v,
		     const char *what, const char *const *values, size_t n)
{
	struct sch_nearest near;
	size_t i;

	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, v->span, "%s has no value '%s'", what, v->text);
	sch_nearest_init(&near, v->text);
	for (i = 0; i < n; i++)
		sch_nearest_offer(&near, values[i]);
	sch_nearest_note(&near, d, src, v->span);
}

/* The values after the edit, in a new array (the old one may be a
 * snapshot's): NULL after an error about the op. */
static const char **edited_values(struct schema *s, const struct op *op, const char *what,
				  const char *const *old, size_t n, size_t *nout,
				  struct srcfile *src, struct diag *d)
{
	const struct value *v = op->u.alter_enum.value, *o = op->u.alter_enum.other;
	size_t at = value_at(old, n, v->text), to = o ? value_at(old, n, o->text) : n;
	const char **nv = ARENA_ARRAY(s->arena, const char *, n + 1);
	size_t i, k = 0;

	switch (op->u.alter_enum.change) {
	case ENUM_ADD_VALUE:
		if (at < n) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, v->span, "%s has the value '%s' "
				   "already", what, v->text);
			return NULL;
		}
		if (o && to == n) {
			no_value(d, src, o, what, old, n);
			return NULL;
		}
		if (op->u.alter_enum.place == ENUM_AFTER)
			to++;
		for (i = 0; i <= n; i++) {
			if (i == to)
				nv[k++] = sch_keep(s, v->text);
			if (i < n)
				nv[k++] = old[i];
		}
		break;
	case ENUM_RENAME_VALUE:
		if (at == n) {
			no_value(d, src, v, what, old, n);
			return NULL;
		}
		if (to < n) {
			diag_error(d, DIAG_SCHEMA_EXISTS, src, o->span, "%s has the value '%s' "
				   "already", what, o->text);
			return NULL;
		}
		for (i = 0; i < n; i++)
			nv[k++] = i == at ? sch_keep(s, o->text) : old[i];
		break;
	case ENUM_DROP_VALUE:
		if (at == n) {
			no_value(d, src, v, what, old, n);
			return NULL;
		}
		if (n == 1) {
			diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, v->span, "'%s' is the last value "
				   "of %s: drop the enum instead", v->text, what);
			return NULL;
		}
		for (i = 0; i < n; i++)
			if (i != at)
				nv[k++] = old[i];
		break;
	}
	*nout = k;
	return nv;
}

/* A check, index or view of t that compares the column with the value,
 * in SQL the model cannot rewrite: what names it, or NULL. */
static const char *written_in(struct schema *s, const struct sch_table *t, const char *col,
			      const char *value)
{
	const struct index_elem *x;
	size_t i;

	for (i = 0; i < t->nconstraints; i++) {
		const struct sch_constraint *k = t->constraints[i];
		const struct exclude_elem *xe;
		bool found = false;
		if (k->kind == CON_CHECK && schema_sql_mentions(s, k->check, col) &&
		    schema_sql_has_string(s, k->check, value))
			return k->name ? arena_printf(s->arena, "check constraint '%s'", k->name)
				       : "a check constraint";
		if (k->kind != CON_EXCLUDE || !k->def)
			continue;
		found = schema_sql_mentions(s, k->def->where, col) &&
			schema_sql_has_string(s, k->def->where, value);
		for (xe = k->def->elems; xe && !found; xe = xe->next)
			found = xe->expr && schema_sql_mentions(s, xe->expr, col) &&
				schema_sql_has_string(s, xe->expr, value);
		if (found)
			return k->name ? arena_printf(s->arena, "exclusion constraint '%s'", k->name)
				       : "an exclusion constraint";
	}
	for (i = 0; i < s->nviews; i++) {
		const struct sch_view *v = s->view_list[i];
		if (!v->dropped && schema_view_reads(v, t->key) &&
		    schema_sql_mentions(s, v->sql, col) && schema_sql_has_string(s, v->sql, value))
			return arena_printf(s->arena, "view '%s'", v->key);
	}
	for (i = 0; i < t->nindexes; i++) {
		const struct index_def *ix = t->indexes[i]->def;
		bool found = schema_sql_mentions(s, ix->where, col) &&
			     schema_sql_has_string(s, ix->where, value);
		for (x = ix->elems; x && !found; x = x->next)
			found = schema_sql_mentions(s, x->expr, col) &&
				schema_sql_has_string(s, x->expr, value);
		if (found)
			return arena_printf(s->arena, "index '%s'", t->indexes[i]->name);
	}
	return NULL;
}

/* What the edit does to a column of the enum: a default of the renamed
 * value follows it; one of the dropped value is refused, as the database
 * would refuse it; rows holding the dropped value are a warning.  A check
 * or index that writes the value is refused for either: its SQL would
 * keep the old value (and PostgreSQL cannot make it again without it). */
static bool enum_column_edited(struct schema *s, const struct op *op, struct sch_table *t,
			       struct sch_column *c, bool retyped, struct srcfile *src,
			       struct diag *d)
{
	const struct value *v = op->u.alter_enum.value, *def = c->server_default;
	bool is_default = schema_default_is(s, def, v->text);
	const char *in;

	/* where the column's type is made anew (PostgreSQL's remade enum, a
	 * longer or shorter VARCHAR), what pins its type holds it */
	if (retyped &&
	    type_pinned(s, t, c, v->span,
			arena_printf(s->arena, "the type of column '%s.%s', which this change of "
				     "its enum makes anew,", t->key, c->name), src, d))
		return false;

	if (op->u.alter_enum.change != ENUM_ADD_VALUE &&
	    (in = written_in(s, t, c->name, v->text)) != NULL) {
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, v->span, "'%s' is written in %s of "
			   "'%s', which compares '%s' with it: drop that first, and make it again "
			   "after with the values the enum has then", v->text, in, t->key, c->name);
		return false;
	}

	if (op->u.alter_enum.change == ENUM_RENAME_VALUE && is_default) {
		/* raw SQL stays raw SQL (the one string, as the fragment writes it) */
		const char *text = op->u.alter_enum.other->text;
		if (def->kind == VAL_SQL) {
			struct sbuf sb = SBUF_INIT;
			sqlscan_add_string(&s->rules->sql, &sb, text);
			text = arena_strdup(s->arena, sbuf_str(&sb));
			sbuf_release(&sb);
		} else {
			text = sch_keep(s, text);
		}
		sch_column_w(s, t, c)->server_default = ir_new_value(s->arena, def->kind, text,
								     def->span);
	} else if (op->u.alter_enum.change == ENUM_DROP_VALUE && is_default) {
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, v->span, "'%s' is the default of column "
			   "'%s.%s': change or drop the default first", v->text, t->key, c->name);
		sch_note_created(d, &c->created, "the column");
		return false;
	} else if (op->u.alter_enum.change == ENUM_DROP_VALUE && t->created_rev != s->rev) {
		diag_warning(d, DIAG_SCHEMA_WARN_ENUM_DROP, src, v->span, "dropping '%s' fails "
			     "if a row of '%s' holds it in '%s'", v->text, t->key, c->name);
	}
	return true;
}

/* The longest of n values, in bytes: an inline enum's VARCHAR. */
static size_t longest(const char *const *v, size_t n)
{
	size_t i, m = 0;

	for (i = 0; i < n; i++)
		if (strlen(v[i]) > m)
			m = strlen(v[i]);
	return m;
}

static bool apply_alter_enum(struct schema *s, const struct op *op, struct srcfile *src,
			     struct diag *d)
{
	const char **nv;
	size_t n, i, j;
	bool ok = true;

	if (op->u.alter_enum.name.name) {	/* a named enum, and every column of it */
		struct sch_enum *e = sch_need_enum(s, &op->u.alter_enum.name, src, d);
		const char *what;
		if (!e)
			return false;
		what = arena_printf(s->arena, "enum '%s'", e->key);
		if (!label_fits(s, op->u.alter_enum.change == ENUM_RENAME_VALUE
					   ? op->u.alter_enum.other : op->u.alter_enum.value, src, d))
			return false;
		nv = edited_values(s, op, what, e->values, e->nvalues, &n, src, d);
		if (!nv)
			return false;
		for (i = 0; i < s->ntables; i++) {
			struct sch_table *t = s->table_list[i];
			for (j = 0; !t->dropped && j < t->ncolumns; j++)
				if (column_of_enum(s, t->columns[j]->type, e->key))
					ok &= enum_column_edited(s, op, t, t->columns[j],
								 op->u.alter_enum.change ==
									 ENUM_DROP_VALUE,
								 src, d);
		}
		if (ok) {
			e->values = nv;
			e->nvalues = n;
		}
		return ok;
	} else {			/* the inline enum of one column */
		struct sch_table *t = sch_need_table(s, &op->u.alter_enum.table, src, d);
		const struct ident *col = &op->u.alter_enum.column;
		struct sch_column *c;
		const char **old;
		size_t nold;
		struct type ty;
		const struct value *v;
		if (!t || !(c = sch_need_column(t, col->name, col->span, src, d)))
			return false;
		if (!inline_enum(c->type)) {
			diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, col->span, "column '%s.%s' is %s, "
				   "not an inline enum%s", t->key, c->name,
				   sch_type_show(s->arena, c->type),
				   c->type->kind == TY_ENUM ? ": alter that enum" : "");
			return false;
		}
		old = ARENA_ARRAY(s->arena, const char *, c->type->enum_values.n + 1);
		for (v = c->type->enum_values.head, nold = 0; v; v = v->next)
			old[nold++] = v->text;
		nv = edited_values(s, op,
				   arena_printf(s->arena, "the enum of column '%s.%s'", t->key, c->name),
				   old, nold, &n, src, d);
		if (!nv)
			return false;
		c = sch_column_w(s, t, c);	/* (the one enum_column_edited changes too) */
		if (!enum_column_edited(s, op, t, c, longest(old, nold) != longest(nv, n), src, d))
			return false;
		ty = *c->type;
		ty.enum_values = (struct valuelist){ NULL, NULL, 0 };
		for (i = 0; i < n; i++)
			ir_valuelist_append(&ty.enum_values,
					    ir_new_value(s->arena, VAL_STRING, nv[i], ty.span));
		c->type = sch_intern_type(s, &ty);
		return true;
	}
}

/* ---- views and triggers ---- */

static bool apply_create_view(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	const struct qname *q = &op->u.view.name;
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
	struct sch_view *old = strmap_get(s->views, key), *v;
	const char **reads;
	size_t i, n;

	if (!schema_there(s, q, src, d))
		return false;
	if (old && !op->u.view.replace) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "view '%s' already exists (or "
			   "replace, to change it)", key);
		sch_note_created(d, &old->created, "it");
		return false;
	}
	if (!old && !relation_name_free(s, q, false, src, d))
		return false;
	if (op->u.view.has_reads) {	/* as said: each must be there */
		reads = ARENA_ARRAY(s->arena, const char *, op->u.view.nreads + 1);
		for (i = n = 0; i < op->u.view.nreads; i++) {
			const struct qname *r = &op->u.view.reads[i];
			char rb[256];
			const char *rk = sch_qkey_buf(rb, sizeof(rb), s->arena, r);
			if (!strmap_get(s->tables, rk) && !strmap_get(s->views, rk)) {
				diag_error(d, DIAG_SCHEMA_UNKNOWN, src, r->span, "no table or view "
					   "'%s'", rk);
				return false;
			}
			reads[n++] = sch_qkey(s->arena, r);
		}
	} else {
		reads = sch_view_reads_of(s, op->u.view.sql, key, &n);
	}
	v = old ? old : ARENA_NEW(s->arena, struct sch_view);
	if (!old) {
		v->name = sch_keep_qname(s, q);
		v->key = sch_qkey_own(s, &v->name);
		v->created = sch_loc(src, q->span);
		XGROW(s->view_list, s->capviews, s->nviews + 1);
		v->order = s->nviews;
		s->view_list[s->nviews++] = v;
		strmap_put(s->views, v->key, v);
		fold_note(s, v->key);
	}
	v->sql = sch_keep(s, op->u.view.sql);
	v->reads = reads;
	v->nreads = n;
	v->reads_said = op->u.view.has_reads;
	return true;
}

static struct sch_view *need_view(struct schema *s, const struct qname *q, struct srcfile *src,
				  struct diag *d)
{
	char kb[256];
	struct sch_view *v = strmap_get(s->views, sch_qkey_buf(kb, sizeof(kb), s->arena, q));
	struct sch_nearest n;
	size_t i;

	if (v)
		return v;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no view '%s'", kb);
	sch_nearest_init(&n, q->name);
	for (i = 0; i < s->nviews; i++)
		if (!s->view_list[i]->dropped)
			sch_nearest_offer(&n, s->view_list[i]->name.name);
	sch_nearest_note(&n, d, src, q->span);
	return NULL;
}

static bool apply_drop_view(struct schema *s, const struct op *op, struct srcfile *src,
			    struct diag *d)
{
	struct sch_view *v = need_view(s, &op->u.view.name, src, d);
	const struct sch_view *by;

	if (!v)
		return false;
	if ((by = view_reading(s, v->key, NULL)) != NULL) {
		held_by(d, src, op->u.view.name.span, arena_printf(s->arena, "view '%s'", v->key),
			"cannot be dropped", by, NULL, NULL, drop_first);
		return false;
	}
	{
		const struct sch_table *on = NULL;
		const struct sch_trigger *tg = trigger_using(s, NULL, v->name.name, NULL, &on);
		if (tg) {
			held_by(d, src, op->u.view.name.span,
				arena_printf(s->arena, "view '%s'", v->key), "cannot be dropped", NULL,
				tg, on, drop_first);
			return false;
		}
	}
	strmap_del(s->views, v->key);
	v->dropped = true;
	return true;
}

/* The trigger of that name, where names are the database's: on t only
 * (trigger_names_per_table), else on any table. */
static struct sch_trigger *trigger_named(struct schema *s, const struct sch_table *t,
					 const char *name)
{
	size_t i;
	struct sch_trigger *tg;

	if (s->rules->trigger_names_per_table)
		return sch_find_trigger(t, name, NULL);
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped &&
		    (tg = sch_find_trigger(s->table_list[i], name, NULL)) != NULL)
			return tg;
	return NULL;
}

static bool apply_create_trigger(struct schema *s, const struct op *op, struct srcfile *src,
				 struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.trigger.table, src, d);
	const struct ident *name = &op->u.trigger.name;
	struct sch_trigger *old, *tg;

	if (!t)
		return false;
	if ((old = trigger_named(s, t, name->name)) != NULL) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, name->span, "trigger '%s' already exists",
			   name->name);
		sch_note_created(d, &old->created, "it");
		return false;
	}
	tg = ARENA_NEW(s->arena, struct sch_trigger);
	tg->name = sch_keep(s, name->name);
	tg->sql = sch_keep(s, op->u.trigger.sql);
	tg->created = sch_loc(src, name->span);
	sch_table_add_trigger(t, tg);
	s->ntriggers++;
	return true;
}

static bool apply_drop_trigger(struct schema *s, const struct op *op, struct srcfile *src,
			       struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.trigger.table, src, d);
	const struct ident *name = &op->u.trigger.name;
	struct sch_nearest n;
	size_t at, i;

	if (!t)
		return false;
	if (sch_find_trigger(t, name->name, &at)) {
		memmove(&t->triggers[at], &t->triggers[at + 1],
			(t->ntriggers - at - 1) * sizeof(t->triggers[0]));
		t->ntriggers--;
		s->ntriggers--;
		return true;
	}
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, name->span, "no trigger '%s' on '%s'", name->name,
		   t->key);
	sch_nearest_init(&n, name->name);
	for (i = 0; i < t->ntriggers; i++)
		sch_nearest_offer(&n, t->triggers[i]->name);
	sch_nearest_note(&n, d, src, name->span);
	return false;
}

/* ---- schemas ---- */

/* What a schema holds: the first live table, enum, sequence or view in
 * it, for messages; NULL: nothing. */
static const char *schema_holds(const struct schema *s, const char *name, const char **what)
{
	size_t i;

	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped && sch_strs_equal(s->table_list[i]->name.schema, name)) {
			*what = "table";
			return s->table_list[i]->key;
		}
	for (i = 0; i < s->nenums; i++)
		if (!s->enum_list[i]->dropped && sch_strs_equal(s->enum_list[i]->name.schema, name)) {
			*what = "enum";
			return s->enum_list[i]->key;
		}
	for (i = 0; i < s->nseqs; i++)
		if (!s->seq_list[i]->dropped && sch_strs_equal(s->seq_list[i]->name.schema, name)) {
			*what = "sequence";
			return s->seq_list[i]->key;
		}
	for (i = 0; i < s->nviews; i++)
		if (!s->view_list[i]->dropped && sch_strs_equal(s->view_list[i]->name.schema, name)) {
			*what = "view";
			return s->view_list[i]->key;
		}
	return NULL;
}

static bool apply_create_schema(struct schema *s, const struct op *op, struct srcfile *src,
				struct diag *d)
{
	const struct ident *n = &op->u.schema.name;
	struct sch_schema *old = strmap_get(s->schemas, n->name), *sc;
	const char *what, *held;

	if (old || (s->rules->default_schema && strcmp(n->name, s->rules->default_schema) == 0)) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, n->span, "schema '%s' already exists",
			   n->name);
		if (old)
			sch_note_created(d, &old->created, "it");
		return false;
	}
	if ((held = schema_holds(s, n->name, &what)) != NULL) {	/* (taken to be there) */
		diag_error(d, DIAG_SCHEMA_EXISTS, src, n->span, "schema '%s' already exists: "
			   "the migrations made %s '%s' in it", n->name, what, held);
		return false;
	}
	sc = ARENA_NEW(s->arena, struct sch_schema);
	sc->name = sch_keep(s, n->name);
	sc->created = sch_loc(src, n->span);
	XGROW(s->schema_list, s->capschemas, s->nschemas + 1);
	sc->order = s->nschemas;
	s->schema_list[s->nschemas++] = sc;
	strmap_put(s->schemas, sc->name, sc);
	return true;
}

static bool apply_drop_schema(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	const struct ident *n = &op->u.schema.name;
	struct sch_schema *sc = strmap_get(s->schemas, n->name);
	const char *what, *held = schema_holds(s, n->name, &what);

	if (!sc) {
		diag_error(d, DIAG_SCHEMA_UNKNOWN, src, n->span, "no schema '%s' (drop_schema "
			   "drops one create_schema made)", n->name);
		return false;
	}
	if (held) {
		diag_error(d, DIAG_SCHEMA_DEPENDENCY, src, n->span, "schema '%s' cannot be dropped: "
			   "%s '%s' is in it", n->name, what, held);
		return false;
	}
	strmap_del(s->schemas, n->name);
	sc->dropped = true;
	return true;
}

/* A new object's schema, where the migrations dropped it, is gone. */
static bool schema_there(struct schema *s, const struct qname *q, struct srcfile *src,
			 struct diag *d)
{
	size_t i;

	if (!q->schema || strmap_get(s->schemas, q->schema))
		return true;
	for (i = 0; i < s->nschemas; i++)
		if (s->schema_list[i]->dropped && strcmp(s->schema_list[i]->name, q->schema) == 0) {
			diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no schema '%s': it was "
				   "dropped", q->schema);
			return false;
		}
	return true;
}

static bool apply_create_sequence(struct schema *s, const struct op *op,
				  struct srcfile *src, struct diag *d)
{
	const struct qname *q = &op->u.sequence.name;
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
	struct sch_sequence *old = strmap_get(s->sequences, key), *seq;

	if (old) {
		diag_error(d, DIAG_SCHEMA_EXISTS, src, q->span, "sequence '%s' already exists",
			   key);
		sch_note_created(d, &old->created, "it");
		return false;
	}
	if (!schema_there(s, q, src, d) || !relation_name_free(s, q, false, src, d))
		return false;
	seq = ARENA_NEW(s->arena, struct sch_sequence);
	seq->name.schema = sch_keep(s, q->schema);
	seq->name.name = sch_keep(s, q->name);
	seq->key = sch_qkey_own(s, &seq->name);
	seq->def = sch_keep_sequence(s, op);
	seq->created = sch_loc(src, q->span);
	XGROW(s->seq_list, s->capseqs, s->nseqs + 1);
	seq->order = s->nseqs;
	s->seq_list[s->nseqs++] = seq;
	strmap_put(s->sequences, seq->key, seq);
	fold_note(s, seq->key);
	return true;
}

static bool apply_drop_sequence(struct schema *s, const struct op *op, struct srcfile *src,
				struct diag *d)
{
	const struct qname *q = &op->u.sequence.name;
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
	struct sch_sequence *old = strmap_get(s->sequences, key);
	struct sch_nearest n;
	size_t i;

	if (old) {
		strmap_del(s->sequences, key);
		old->dropped = true;
		return true;
	}
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no sequence '%s'", key);
	sch_nearest_init(&n, q->name);
	for (i = 0; i < s->nseqs; i++)
		if (!s->seq_list[i]->dropped)
			sch_nearest_offer(&n, s->seq_list[i]->name.name);
	sch_nearest_note(&n, d, src, q->span);
	return false;
}

static bool apply_bulk_insert(struct schema *s, const struct op *op, struct srcfile *src,
			      struct diag *d)
{
	struct sch_table *t = sch_need_table(s, &op->u.insert.table, src, d);
	const struct ident *id;
	const struct insert_row *r;
	size_t i;
	bool ok = true;

	if (!t)
		return false;
	for (id = op->u.insert.columns.head; id; id = id->next)
		ok &= sch_need_column(t, id->name, id->span, src, d) != NULL;
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

static bool apply_body(struct schema *s, const struct oplist *body, struct srcfile *src,
		       struct diag *d)
{
	const struct op *o;
	bool ok = true;

	for (o = body->head; o; o = o->next)
		ok &= schema_apply(s, o, src, d);
	return ok;
}

/* An `only` block's ops, where it names this database. */
static bool apply_only(struct schema *s, const struct op *op, struct srcfile *src,
		       struct diag *d)
{
	return !ir_identlist_has(&op->u.block.dialects, s->rules->name) ||
	       apply_body(s, &op->u.block.body, src, d);
}

bool schema_apply(struct schema *s, const struct op *op, struct srcfile *src, struct diag *d)
{
	op = ir_op_for(s->arena, op, s->rules->name);	/* the database's variants */
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
		return apply_create_schema(s, op, src, d);
	case OP_DROP_SCHEMA:
		return apply_drop_schema(s, op, src, d);
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
	case OP_ALTER_ENUM:
		return apply_alter_enum(s, op, src, d);
	case OP_CREATE_VIEW:
		return apply_create_view(s, op, src, d);
	case OP_DROP_VIEW:
		return apply_drop_view(s, op, src, d);
	case OP_CREATE_TRIGGER:
		return apply_create_trigger(s, op, src, d);
	case OP_DROP_TRIGGER:
		return apply_drop_trigger(s, op, src, d);
	case OP_CREATE_SEQUENCE:
		return apply_create_sequence(s, op, src, d);
	case OP_DROP_SEQUENCE:
		return apply_drop_sequence(s, op, src, d);
	case OP_BULK_INSERT:
		return apply_bulk_insert(s, op, src, d);
	case OP_EXECUTE:
		return true;	/* opaque: `assume` tells the model what it did */
	case OP_ONLY:
		return apply_only(s, op, src, d);
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:	/* data only: the same whatever -x says */
		return apply_body(s, &op->u.block.body, src, d);
	}
	UNREACHABLE();
}

/* Every object an op may change, including a foreign key's target (its
 * list of referrers changes) and, for ops that name an index or a
 * constraint only, the table the model says holds it: verify keeps them
 * before a revision runs, and a dialect is shown them as they were. */
/* The views that read table q, and the tables with a trigger that names
 * `name`: what a rename of q or its column rewrites. */
static void touch_holders(struct schema *s, const struct qname *q, const char *name,
			  void (*want)(void *ctx, enum sch_object kind, const struct qname *q),
			  void *ctx)
{
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);
	size_t i, j;

	for (i = 0; i < s->nviews; i++)
		if (!s->view_list[i]->dropped && schema_view_reads(s->view_list[i], key))
			want(ctx, SCH_VIEW, &s->view_list[i]->name);
	for (i = 0; i < s->ntables; i++) {
		struct sch_table *t = s->table_list[i];
		for (j = 0; !t->dropped && j < t->ntriggers; j++)
			if (schema_sql_mentions(s, t->triggers[j]->sql, name)) {
				want(ctx, SCH_TABLE, &t->name);
				break;
			}
	}
}

void sch_op_touches(struct schema *s, const struct op *op,
		    void (*want)(void *ctx, enum sch_object kind, const struct qname *q), void *ctx)
{
	const struct op *o;
	const struct column *c;
	const struct constraint *k;
	struct sch_table *t;

	want(ctx, SCH_TABLE, ir_op_table(op));
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA: {
		struct qname q = { NULL, op->u.schema.name.name, op->u.schema.name.span };
		want(ctx, SCH_SCHEMA, &q);
		break;
	}
	case OP_CREATE_TABLE:
		for (c = op->u.table.columns; c; c = c->next)
			if (c->references)
				want(ctx, SCH_TABLE, &c->references->table);
		for (k = op->u.table.constraints; k; k = k->next)
			if (k->kind == CON_FOREIGN_KEY)
				want(ctx, SCH_TABLE, &k->ref.table);
		break;
	case OP_ADD_COLUMN:
		if (op->u.add_column.column.references)
			want(ctx, SCH_TABLE, &op->u.add_column.column.references->table);
		break;
	case OP_CREATE_FOREIGN_KEY:
		want(ctx, SCH_TABLE, &op->u.constraint.con.ref.table);
		break;
	case OP_RENAME_TABLE: {
		struct qname to = { op->u.rename.table.schema, op->u.rename.new_name.name,
				    op->u.rename.new_name.span };
		const struct qname *names[2] = { &op->u.rename.table, &to };
		size_t which, j;
		want(ctx, SCH_TABLE, &to);
		touch_holders(s, &op->u.rename.table, op->u.rename.table.name, want, ctx);
		/* a rename rewrites the foreign keys that point at the table */
		for (which = 0; which < 2; which++) {
			char kb[256];
			struct fkref_list *l = sch_fk_list(s, sch_qkey_buf(kb, sizeof(kb), s->arena,
								 names[which]), false);
			for (j = 0; l && j < l->n; j++)
				want(ctx, SCH_TABLE, &l->v[j].from->name);
		}
		break;
	}
	case OP_DROP_CONSTRAINT:
		t = schema_table(s, &op->u.drop_constraint.table);
		if (t) {
			struct sch_constraint *con = sch_find_constraint(t, op->u.drop_constraint.name.name,
								     NULL);
			if (con && con->kind == CON_FOREIGN_KEY)
				want(ctx, SCH_TABLE, &con->ref_table);
		}
		break;
	case OP_DROP_INDEX:
		if (!op->u.index.table.name) {	/* (drop_index audit.ix: its schema) */
			struct qname q = { op->u.index.table.schema, op->u.index.name.name,
					   op->u.index.name.span };
			char kb[256];
			t = strmap_get(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
			if (t)
				want(ctx, SCH_TABLE, &t->name);
		}
		break;
	case OP_ALTER_COLUMN:
		/* a rename rewrites the foreign keys that point at the column */
		if (op->u.alter.changes & ALTER_RENAME)
			touch_holders(s, &op->u.alter.table, op->u.alter.column.name, want, ctx);
		if (op->u.alter.changes & ALTER_RENAME) {
			char kb[256];
			struct fkref_list *l = sch_fk_list(s, sch_qkey_buf(kb, sizeof(kb), s->arena,
								 &op->u.alter.table), false);
			size_t j;
			for (j = 0; l && j < l->n; j++)
				want(ctx, SCH_TABLE, &l->v[j].from->name);
		}
		break;
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
		want(ctx, SCH_ENUM, &op->u.enumdef.name);
		break;
	case OP_ALTER_ENUM:	/* and the tables with a column of it: defaults follow */
		if (op->u.alter_enum.name.name) {
			char kb[256];
			const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena,
						       &op->u.alter_enum.name);
			size_t i, j;
			want(ctx, SCH_ENUM, &op->u.alter_enum.name);
			for (i = 0; i < s->ntables; i++) {
				t = s->table_list[i];
				for (j = 0; !t->dropped && j < t->ncolumns; j++)
					if (column_of_enum(s, t->columns[j]->type, key)) {
						want(ctx, SCH_TABLE, &t->name);
						break;
					}
			}
		}
		break;
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
		want(ctx, SCH_VIEW, &op->u.view.name);
		break;
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
		break;	/* its table's (above) */
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
		want(ctx, SCH_SEQUENCE, &op->u.sequence.name);
		break;
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:
		for (o = op->u.block.body.head; o; o = o->next)
			sch_op_touches(s, o, want, ctx);
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
