/* The schema model's containers: tables with their columns, constraints
 * and indexes, enums and sequences, in hash maps and in lists that keep
 * creation order; who references a table; the names the database gives
 * unnamed constraints; the model's own copies of what it keeps; and the
 * lookups that report, with a did-you-mean.  Lookups go through hash maps
 * and reverse indexes, so a replay of tens of thousands of revisions stays
 * linear.  What is the database's business comes from its rules. */
#include "schema.h"
#include "arena.h"
#include "sbuf.h"
#include "schema_impl.h"
#include "irwrite.h"
#include "sqlscan.h"
#include "strmap.h"
#include "util.h"

#include <stdint.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

/* ---- names, places, did you mean ---- */

/* A qname's key in buf when it fits, else in the arena. */
/* "schema.name" or "name" into out, which has room for it */
static char *qkey_into(char *out, const struct qname *q, size_t ns, size_t nn)
{
	char *o = out;

	if (q->schema) {
		memcpy(o, q->schema, ns);
		o += ns;
		*o++ = '.';
	}
	memcpy(o, q->name, nn + 1);
	return out;
}

/* (by hand, not printf: a key is made for every lookup in the model) */
const char *sch_qkey_buf(char *buf, size_t size, struct arena *a, const struct qname *q)
{
	size_t ns = q->schema ? strlen(q->schema) : 0, nn = strlen(q->name);
	size_t n = (q->schema ? ns + 1 : 0) + nn;

	return qkey_into(n < size ? buf : arena_alloc_aligned(a, n + 1, 1), q, ns, nn);
}

const char *sch_qkey(struct arena *a, const struct qname *q)
{
	size_t ns = q->schema ? strlen(q->schema) : 0, nn = strlen(q->name);

	return qkey_into(arena_alloc_aligned(a, (q->schema ? ns + 1 : 0) + nn + 1, 1), q, ns, nn);
}

/* "schema.name" for messages; the key already is that. */
static const char *qshow(struct arena *a, const struct qname *q)
{
	return sch_qkey(a, q);
}

struct srcloc sch_loc(struct srcfile *f, struct span sp)
{
	struct srcloc l;

	l.file = f;
	l.span = sp;
	return l;
}

void sch_note_created(struct diag *d, const struct srcloc *l, const char *what)
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

void sch_nearest_init(struct sch_nearest *n, const char *name)
{
	n->name = name;
	n->best = NULL;
	n->dist = (size_t)-1;
}

void sch_nearest_offer(struct sch_nearest *n, const char *candidate)
{
	size_t len = strlen(n->name), limit = len < 3 ? 1 : len / 3 + 1;
	size_t dist = edit_distance(n->name, candidate);

	if (dist <= limit && dist < n->dist && strcmp(candidate, n->name) != 0) {
		n->dist = dist;
		n->best = candidate;
	}
}

void sch_nearest_note(const struct sch_nearest *n, struct diag *d, struct srcfile *src,
			 struct span sp)
{
	if (n->best)
		diag_note(d, DIAG_SCHEMA_UNKNOWN, src, sp, "did you mean '%s'?", n->best);
}

/* ---- names inside SQL fragments ---- */

/* Which column names an expression mentions, and the same expression with
 * one renamed: the database does both when a column is dropped or renamed
 * (it keeps expressions parsed).  Tokens are enough: strings, comments and
 * reserved words are skipped, a quoted name is taken as written, an
 * unquoted one as the database reads it (the rules' flavor).  A renamed
 * name is the one token the flavor reads back as exactly the new name:
 * bare where it can be, else quoted, as the database would write it. */
bool schema_sql_mentions(const struct schema *s, const char *sql, const char *column)
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

bool schema_sql_has_string(const struct schema *s, const char *sql, const char *value)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf v = SBUF_INIT;
	bool found = false;

	if (!sql)
		return false;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (!found && sqlscan_next(&sc, &t)) {
		if (t.kind != SQLTOK_STRING)
			continue;
		sbuf_reset(&v);
		sqltok_value(&s->rules->sql, sql, &t, &v);
		found = strcmp(sbuf_str(&v), value) == 0;
	}
	sbuf_release(&v);
	return found;
}

bool schema_default_is(const struct schema *s, const struct value *v, const char *str)
{
	struct sbuf val = SBUF_INIT;
	bool is;

	if (!v || (v->kind != VAL_STRING && v->kind != VAL_SQL))
		return false;
	if (v->kind == VAL_STRING)
		return strcmp(v->text, str) == 0;
	is = sqlscan_one_string(&s->rules->sql, v->text, false, &val) &&
	     strcmp(sbuf_str(&val), str) == 0;
	sbuf_release(&val);
	return is;
}

bool schema_sql_selects_star(const struct schema *s, const char *sql)
{
	struct sqlscan sc;
	struct sqltok t, prev = { 0 };
	bool have = false;

	if (!sql || !strchr(sql, '*'))
		return false;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (t.kind == SQLTOK_LINE_COMMENT || t.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		/* SELECT *, a, * and t.*, not count(*) nor a * b */
		if (sqltok_punct(sql, &t, '*') && have &&
		    (sqltok_word(sql, &prev, "select") || sqltok_word(sql, &prev, "distinct") ||
		     sqltok_word(sql, &prev, "all") || sqltok_punct(sql, &prev, ',') ||
		     sqltok_punct(sql, &prev, '.')))
			return true;
		prev = t;
		have = true;
	}
	return false;
}

bool schema_sql_mentions_bare(const struct schema *s, const char *sql, const char *name)
{
	struct sqlscan sc;
	struct sqltok t, prev = { 0 };
	bool have = false;

	if (!sql)
		return false;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (t.kind == SQLTOK_LINE_COMMENT || t.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		if (sqltok_names(&s->rules->sql, sql, &t, name) &&
		    !(have && sqltok_punct(sql, &prev, '.')))
			return true;
		prev = t;
		have = true;
	}
	return false;
}

/* Where a table's name stands: after FROM, JOIN, INTO, UPDATE, TABLE or
 * ON, after a comma of a FROM list, or before a dot (table.column). */
static bool after_table_word(const char *sql, const struct sqltok *t)
{
	static const char *const words[] = { "from", "join", "into", "update", "table", "on" };
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (sqltok_word(sql, t, words[i]))
			return true;
	return false;
}

static bool clause_word(const char *sql, const struct sqltok *t)
{
	static const char *const words[] = {
		"from", "where", "group", "order", "having", "limit", "select", "set",
		"values", "union", "on", "using", "returning", "window",
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (sqltok_word(sql, t, words[i]))
			return true;
	return false;
}

static bool followed_by_dot(const struct sqlscan *sc, const char *sql)
{
	struct sqlscan peek = *sc;
	struct sqltok n;

	while (sqlscan_next(&peek, &n))
		if (n.kind != SQLTOK_LINE_COMMENT && n.kind != SQLTOK_BLOCK_COMMENT)
			return sqltok_punct(sql, &n, '.');
	return false;
}

const char *sch_sql_rename_how(struct schema *s, const char *sql, const char *from,
			       const char *to, unsigned how)
{
	struct sqlscan sc;
	struct sqltok t, prev = { 0 }, prev2 = { 0 };
	struct sbuf sb = SBUF_INIT;
	size_t done = 0;
	bool have = false, have2 = false, in_from = false;
	const char *r;

	if (!schema_sql_mentions(s, sql, from))
		return sql;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		bool dot, as, table_pos, in_default;
		if (t.kind == SQLTOK_LINE_COMMENT || t.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		dot = have && sqltok_punct(sql, &prev, '.');
		/* public.t, main.t: t where a table's name stands */
		in_default = dot && have2 && s->rules->default_schema &&
			     sqltok_names(&s->rules->sql, sql, &prev2, s->rules->default_schema);
		if (in_default)
			dot = false;
		as = have && sqltok_word(sql, &prev, "as");
		table_pos = in_default || (have && (after_table_word(sql, &prev) ||
						    (sqltok_punct(sql, &prev, ',') && in_from)));
		if (t.kind == SQLTOK_WORD && clause_word(sql, &t))
			in_from = sqltok_word(sql, &t, "from");
		prev2 = prev;
		have2 = have;
		prev = t;
		have = true;
		if (!sqltok_names(&s->rules->sql, sql, &t, from) ||
		    (dot && (how & SCH_RENAME_NOT_AFTER_DOT)) ||
		    (!dot && (how & SCH_RENAME_ONLY_AFTER_DOT)) ||
		    (as && (how & SCH_RENAME_NOT_ALIAS)))
			continue;
		if ((how & SCH_RENAME_TABLE) && !table_pos && !followed_by_dot(&sc, sql))
			continue;	/* a column of that name, not the table */
		sbuf_add(&sb, sql + done, t.start - done);
		sqlscan_add_name_for(&s->rules->sql, &sb, sql, strlen(sql), &t, to);
		done = t.start + t.len;
	}
	sbuf_adds(&sb, sql + done);
	r = arena_strdup(s->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

const char *sch_sql_rename(struct schema *s, const char *sql, const char *from,
			      const char *to)
{
	struct sqlscan sc;
	struct sqltok t;
	struct sbuf sb = SBUF_INIT;
	size_t done = 0;
	const char *r;

	if (!schema_sql_mentions(s, sql, from))
		return sql;
	sqlscan_init(&sc, &s->rules->sql, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (!sqltok_names(&s->rules->sql, sql, &t, from))
			continue;
		sbuf_add(&sb, sql + done, t.start - done);
		sqlscan_add_name_for(&s->rules->sql, &sb, sql, strlen(sql), &t, to);
		done = t.start + t.len;
	}
	sbuf_adds(&sb, sql + done);
	r = arena_strdup(s->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	return r;
}

/* ---- a view's columns through a rename ---- */

/* An item of a view's top-level select list, as tokens [b, e) of toks:
 * its expression [b, xe) and its alias [ae - 1] (none: ae == 0), with
 * AS or not. */
struct sel_item {
	size_t b, xe, e, alias;
	bool has_alias;
};

/* Whether toks[b, e) is a column reference: a name, or names joined by
 * dots (table.column, schema.table.column). */
static bool is_ref(const struct sqlscan_flavor *fl, const char *sql, const struct sqltok *toks,
		   size_t b, size_t e)
{
	size_t i;

	if (e <= b || (e - b) % 2 == 0)
		return false;
	for (i = b; i < e; i++)
		if ((i - b) % 2 ? !sqltok_punct(sql, &toks[i], '.')
				: !sqltok_is_name(fl, sql, &toks[i]))
			return false;
	return true;
}

/* The end of an item's expression [b, xe) without a trailing cast
 * (::type, ::type(n)), which keeps the column's name. */
static size_t ref_core(const char *sql, const struct sqltok *toks, size_t b, size_t xe)
{
	size_t k;

	for (k = b + 1; k + 1 < xe; k++)
		if (sqltok_punct(sql, &toks[k], ':') && sqltok_punct(sql, &toks[k + 1], ':') &&
		    toks[k + 1].start == toks[k].start + 1)
			return k;
	return xe;
}

static struct sel_item sel_item_of(const struct sqlscan_flavor *fl, const char *sql,
				   const struct sqltok *toks, size_t b, size_t e)
{
	struct sel_item it = { b, e, e, 0, false };

	if (e - b >= 3 && sqltok_word(sql, &toks[e - 2], "as") &&
	    sqltok_is_name(fl, sql, &toks[e - 1])) {
		it.xe = e - 2;
		it.alias = e - 1;
		it.has_alias = true;
	} else if (e - b >= 2 && sqltok_is_name(fl, sql, &toks[e - 1]) &&
		   is_ref(fl, sql, toks, b, e - 1)) {
		it.xe = e - 1;
		it.alias = e - 1;
		it.has_alias = true;
	}
	return it;
}

/* A rename of a column from `from` to `to` in a view's SQL, where the
 * database keeps the names of a view's columns (PostgreSQL): a column of
 * the select list that was the bare reference keeps its old name, as
 * `to AS from`; one so aliased back to its own name loses the alias, so
 * that a rename and the rename back give the text again.  Aliases are
 * the view's own names, never renamed.  Only the first select list at
 * the top level names the view's columns. */
static const char *view_rename(struct schema *s, const char *sql, const char *from,
			       const char *to, bool *shows);

const char *sch_view_rename_column(struct schema *s, const char *sql, const char *from,
				   const char *to)
{
	return view_rename(s, sql, from, to, NULL);
}

bool sch_view_shows(struct schema *s, const char *sql, const char *col)
{
	bool shows = false;

	view_rename(s, sql, col, col, &shows);
	return shows;
}

static const char *view_rename(struct schema *s, const char *sql, const char *from,
			       const char *to, bool *shows)
{
	const struct sqlscan_flavor *fl = &s->rules->sql;
	struct sqlscan sc;
	struct sqltok t, *toks = NULL;
	size_t n = 0, cap = 0, i, done = 0, depth = 0, sel = SIZE_MAX, b = 0;
	unsigned char *mark;	/* per token: 0 as is, 1 renamed, 3 dropped, 4 kept */
	bool *tail;		/* per token: the end of an item that keeps the
				 * old name (AS from after it) */
	struct sbuf sb = SBUF_INIT;
	const char *r;

	if (!schema_sql_mentions(s, sql, from))
		return sql;
	sqlscan_init(&sc, fl, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		if (t.kind == SQLTOK_LINE_COMMENT || t.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			toks = xrealloc(toks, cap * sizeof(*toks));
		}
		toks[n++] = t;
	}
	mark = xcalloc(n ? n : 1, 1);
	tail = xcalloc(n ? n : 1, sizeof(*tail));
	for (i = 0; i < n; i++)		/* an alias (AS x) is no reference */
		if (sqltok_names(fl, sql, &toks[i], from) &&
		    !(i && sqltok_word(sql, &toks[i - 1], "as")))
			mark[i] = 1;
	for (i = 0; i < n; i++) {
		bool end;
		if (sqltok_punct(sql, &toks[i], '('))
			depth++;
		else if (sqltok_punct(sql, &toks[i], ')') && depth)
			depth--;
		if (depth)
			continue;
		if (sel == SIZE_MAX) {
			if (sqltok_word(sql, &toks[i], "select")) {
				sel = b = i + 1;
				while (b < n && (sqltok_word(sql, &toks[b], "distinct") ||
						 sqltok_word(sql, &toks[b], "all")))
					b++;
				/* DISTINCT ON (...) names no column */
				if (b + 1 < n && sqltok_word(sql, &toks[b], "on") &&
				    sqltok_punct(sql, &toks[b + 1], '(')) {
					size_t d = 0;
					for (b++; b < n; b++) {
						d += sqltok_punct(sql, &toks[b], '(');
						if (sqltok_punct(sql, &toks[b], ')') && --d == 0)
							break;
					}
					b++;
				}
			}
			continue;
		}
		end = sqltok_word(sql, &toks[i], "from") || sqltok_word(sql, &toks[i], "into") ||
		      sqltok_word(sql, &toks[i], "union") || i + 1 == n;
		if (sqltok_punct(sql, &toks[i], ',') || end) {
			size_t e = (i + 1 == n && !sqltok_word(sql, &toks[i], "from") &&
				    !sqltok_punct(sql, &toks[i], ',')) ? n : i;
			if (e > b) {
				struct sel_item it = sel_item_of(fl, sql, toks, b, e);
				size_t ce = ref_core(sql, toks, it.b, it.xe), cb = it.b;
				bool ref;
				/* (col) and col::type are named after col */
				while (ce - cb >= 3 && sqltok_punct(sql, &toks[cb], '(') &&
				       sqltok_punct(sql, &toks[ce - 1], ')')) {
					cb++;
					ce--;
				}
				ref = is_ref(fl, sql, toks, cb, ce) && mark[ce - 1];
				if (it.has_alias)
					mark[it.alias] = 4;
				if (ref && !it.has_alias) {
					tail[it.xe - 1] = true;
					if (shows)
						*shows = true;
				}
				else if (ref && sqltok_names(fl, sql, &toks[it.alias], to)) {
					size_t k;
					for (k = it.xe; k < it.e; k++)
						mark[k] = 3;
				}
			}
			b = i + 1;
			if (end)
				break;
		}
	}
	for (i = 0; i < n; i++) {
		if (mark[i] == 3) {	/* from the end of the reference */
			sbuf_add(&sb, sql + done, toks[i - 1].start + toks[i - 1].len - done);
			while (i + 1 < n && mark[i + 1] == 3)
				i++;
			done = toks[i].start + toks[i].len;
			continue;
		}
		if (mark[i] == 1) {
			sbuf_add(&sb, sql + done, toks[i].start - done);
			sqlscan_add_name_for(fl, &sb, sql, strlen(sql), &toks[i], to);
			done = toks[i].start + toks[i].len;
		}
		if (tail[i]) {		/* the item keeps the old name */
			sbuf_add(&sb, sql + done, toks[i].start + toks[i].len - done);
			sbuf_adds(&sb, " AS ");
			sqlscan_add_name(fl, &sb, from);
			done = toks[i].start + toks[i].len;
		}
	}
	sbuf_adds(&sb, sql + done);
	r = arena_strdup(s->arena, sbuf_str(&sb));
	sbuf_release(&sb);
	free(toks);
	free(mark);
	free(tail);
	return r;
}

/* Two fragments the same to the database: the same tokens, a quoted and
 * an unquoted name for one thing alike (a rename may quote a name the
 * user did not, and the database's catalog may give it back either way). */
bool schema_sql_same(const struct schema *s, const char *a, const char *b)
{
	return sqlscan_same(&s->rules->sql, a, b);
}

bool schema_sql_same_tokens(const struct schema *s, const char *a, const char *b)
{
	return sqlscan_same_tokens(&s->rules->sql, a, b);
}

/* ---- the model's own copies of what it keeps ---- */

static const char *keep_in(struct arena *a, const char *str)
{
	return str ? arena_strdup(a, str) : NULL;
}

const char *sch_keep(struct schema *s, const char *str)
{
	return keep_in(s->arena, str);
}

/* A map key that lives as long as the object called q, whose q->name is
 * the object's own copy: that very name when unqualified (no copy, and a
 * table linked again costs nothing), else "schema.name" in the arena. */
const char *sch_qkey_own(struct schema *s, const struct qname *q)
{
	return q->schema ? sch_qkey(s->arena, q) : q->name;
}

struct qname sch_keep_qname(struct schema *s, const struct qname *q)
{
	struct qname r = { sch_keep(s, q->schema), sch_keep(s, q->name), q->span };

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

struct value *sch_keep_value(struct schema *s, const struct value *v)
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
/* Hex digits of v at p (no division), then a ':'; returns the end. */
static char *put_num(char *p, long v)
{
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	int shift = 0;

	if (v < 0)
		*p++ = '-';
	while (shift < 60 && u >> (shift + 4))
		shift += 4;
	for (; shift >= 0; shift -= 4)
		*p++ = "0123456789abcdef"[(u >> shift) & 15];
	*p++ = ':';
	return p;
}

const struct type *sch_intern_type(struct schema *s, const struct type *t)
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

const struct kv *sch_keep_kvs(struct schema *s, const struct kv *k)
{
	struct kv *head = NULL, **tail = &head;

	for (; k; k = k->next) {
		struct kv *c = ARENA_NEW(s->arena, struct kv);
		*c = *k;
		c->key.name = sch_keep(s, k->key.name);
		c->val.text = sch_keep(s, k->val.text);
		c->next = NULL;
		*tail = c;
		tail = &c->next;
	}
	return head;
}

/* The model's own copies of an index's names, the column from renamed
 * to to where from is set. */
static struct identlist copy_names(struct schema *s, const struct identlist *l,
				   const char *from, const char *to)
{
	struct identlist r = { NULL, NULL, 0 };
	const struct ident *id;

	for (id = l->head; id; id = id->next) {
		struct ident *k = ARENA_NEW(s->arena, struct ident);
		k->name = from && strcmp(id->name, from) == 0 ? to : sch_keep(s, id->name);
		ir_identlist_append(&r, k);
	}
	return r;
}

static struct index_colopt *copy_colopts(struct schema *s, const struct index_colopt *l,
					 const char *from, const char *to)
{
	struct index_colopt *head = NULL, **tail = &head;

	for (; l; l = l->next) {
		struct index_colopt *k = ARENA_NEW(s->arena, struct index_colopt);
		k->column.name = from && strcmp(l->column.name, from) == 0
				 ? to : sch_keep(s, l->column.name);
		k->text = sch_keep(s, l->text);
		*tail = k;
		tail = &k->next;
	}
	return head;
}

/* The model's own copy of an index definition; with from set, the column
 * from renamed to to in its elements and predicate. */

const struct index_def *sch_copy_index(struct schema *s, const struct index_def *d,
					  const char *from, const char *to)
{
	struct index_def *c = ARENA_NEW(s->arena, struct index_def);
	const struct index_elem *e;
	struct index_elem **tail;

	*c = *d;
	c->name.name = sch_keep(s, d->name.name);
	c->name.next = NULL;
	c->table = sch_keep_qname(s, &d->table);
	c->where = sch_keep(s, d->where);
	c->using_method = sch_keep(s, d->using_method);
	c->elems = NULL;
	tail = &c->elems;
	for (e = d->elems; e; e = e->next) {
		struct index_elem *x = ARENA_NEW(s->arena, struct index_elem);
		*x = *e;
		x->column.name = sch_keep(s, e->column.name);
		x->expr = sch_keep(s, e->expr);
		if (from) {
			if (x->column.name && strcmp(x->column.name, from) == 0)
				x->column.name = to;
			x->expr = sch_sql_rename(s, x->expr, from, to);
		}
		x->next = NULL;
		*tail = x;
		tail = &x->next;
	}
	if (from)
		c->where = sch_sql_rename(s, c->where, from, to);
	c->include = copy_names(s, &d->include, from, to);
	c->ops = copy_colopts(s, d->ops, from, to);
	c->lengths = copy_colopts(s, d->lengths, from, to);
	c->variants = NULL;	/* (the model's are resolved) */
	return c;
}

/* The same for an exclusion constraint's definition. */
const struct constraint *sch_copy_exclusion(struct schema *s, const struct constraint *k,
					       const char *from, const char *to)
{
	struct constraint *c = ARENA_NEW(s->arena, struct constraint);
	const struct exclude_elem *e;
	struct exclude_elem **tail;

	*c = *k;
	c->next = NULL;
	c->name.name = sch_keep(s, k->name.name);
	c->columns.head = c->columns.tail = NULL;
	c->columns.n = 0;
	c->ref.table.schema = c->ref.table.name = NULL;
	c->ref.columns.head = c->ref.columns.tail = NULL;
	c->ref.columns.n = 0;
	c->check = NULL;
	c->using_method = sch_keep(s, k->using_method);
	c->where = sch_keep(s, k->where);
	c->elems = NULL;
	tail = &c->elems;
	for (e = k->elems; e; e = e->next) {
		struct exclude_elem *x = ARENA_NEW(s->arena, struct exclude_elem);
		*x = *e;
		x->column.name = sch_keep(s, e->column.name);
		x->expr = sch_keep(s, e->expr);
		x->op = sch_keep(s, e->op);
		if (from) {
			if (x->column.name && strcmp(x->column.name, from) == 0)
				x->column.name = to;
			x->expr = sch_sql_rename(s, x->expr, from, to);
		}
		x->next = NULL;
		*tail = x;
		tail = &x->next;
	}
	if (from)
		c->where = sch_sql_rename(s, c->where, from, to);
	return c;
}

const struct op *sch_keep_sequence(struct schema *s, const struct op *op)
{
	struct op *c = ARENA_NEW(s->arena, struct op);

	*c = *op;
	c->next = NULL;
	c->u.sequence.name = sch_keep_qname(s, &op->u.sequence.name);
	c->u.sequence.start = sch_keep(s, op->u.sequence.start);
	c->u.sequence.increment = sch_keep(s, op->u.sequence.increment);
	c->u.sequence.minvalue = sch_keep(s, op->u.sequence.minvalue);
	c->u.sequence.maxvalue = sch_keep(s, op->u.sequence.maxvalue);
	c->u.sequence.cache = sch_keep(s, op->u.sequence.cache);
	return c;
}

/* ---- the model's containers ---- */

static void named_add(struct strmap *seen, const char **v, size_t *n, const char *name)
{
	if (name && !strmap_get(seen, name)) {
		strmap_put(seen, name, (void *)name);
		v[(*n)++] = name;
	}
}

const char **schema_schemas_named(struct schema *s, size_t *n)
{
	size_t cap = s->nschemas + s->ntables + s->nenums + s->nseqs + s->nviews + 1, i;
	const char **v = ARENA_ARRAY(s->arena, const char *, cap);
	struct strmap *seen = strmap_new(0);

	*n = 0;
	for (i = 0; i < s->nschemas; i++)
		if (!s->schema_list[i]->dropped)
			named_add(seen, v, n, s->schema_list[i]->name);
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped)
			named_add(seen, v, n, s->table_list[i]->name.schema);
	for (i = 0; i < s->nenums; i++)
		if (!s->enum_list[i]->dropped)
			named_add(seen, v, n, s->enum_list[i]->name.schema);
	for (i = 0; i < s->nseqs; i++)
		if (!s->seq_list[i]->dropped)
			named_add(seen, v, n, s->seq_list[i]->name.schema);
	for (i = 0; i < s->nviews; i++)
		if (!s->view_list[i]->dropped)
			named_add(seen, v, n, s->view_list[i]->name.schema);
	strmap_free(seen);
	return v;
}

struct schema *schema_new(const struct schema_rules *r)
{
	struct schema *s = xcalloc(1, sizeof(*s));

	s->home = s->arena = arena_new();
	s->rules = r;
	s->tables = strmap_new(0);
	s->enums = strmap_new(0);
	s->sequences = strmap_new(0);
	s->schemas = strmap_new(0);
	s->views = strmap_new(0);
	s->folds = strmap_new(0);
	s->indexes = strmap_new(0);
	s->fk_in = strmap_new(0);
	s->con_names = strmap_new(0);
	s->serials = strmap_new(0);
	s->types = strmap_new(0);
	return s;
}

void schema_free(struct schema *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->ncopies; i++)
		sch_table_free_arrays(s->copies[i]);
	free(s->copies);
	free(s->snaps);
	for (i = 0; i < s->nfkrefs; i++)
		free(s->fkref_lists[i]->v);
	free(s->fkref_lists);
	free(s->table_list);
	free(s->enum_list);
	free(s->seq_list);
	free(s->schema_list);
	strmap_free(s->schemas);
	strmap_free(s->tables);
	strmap_free(s->enums);
	strmap_free(s->sequences);
	strmap_free(s->views);
	strmap_free(s->folds);
	free(s->view_list);
	strmap_free(s->indexes);
	strmap_free(s->fk_in);
	strmap_free(s->con_names);
	strmap_free(s->serials);
	strmap_free(s->types);
	arena_free(s->home);
	free(s);
}

void schema_reserve_table(struct schema *s, const char *schema, const char *name)
{
	s->reserved_schema = schema;
	s->reserved_name = name;
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

/* ---- a wide table's columns by name ----
 *
 * Open addressing with linear probing, by a hash of the name in ASCII
 * lower case, so that one probe sequence answers both the exact lookup
 * (schema_column) and the one without case (a clash where the database
 * compares names so); at most half full.  It holds pointers to the columns
 * and borrows their names. */
struct sch_colindex {
	size_t mask;			/* slots - 1, a power of two minus one */
	size_t n;
	struct sch_column **slot;
};

static size_t colindex_hash(const char *name)
{
	uint64_t h = 14695981039346656037u;

	for (; *name; name++) {
		unsigned char ch = (unsigned char)*name;
		h ^= ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch;
		h *= 1099511628211u;
	}
	return (size_t)h;
}

static void colindex_put(struct sch_colindex *x, struct sch_column *c)
{
	size_t i = colindex_hash(c->name) & x->mask;

	while (x->slot[i])
		i = (i + 1) & x->mask;
	x->slot[i] = c;
	x->n++;
}

static void colindex_fill(struct sch_table *t, size_t want)
{
	struct sch_colindex *x = t->colindex;
	size_t slots = 64, i;

	while (slots < 2 * want)
		slots *= 2;
	free(x->slot);
	x->slot = xcalloc(slots, sizeof(*x->slot));
	x->mask = slots - 1;
	x->n = 0;
	for (i = 0; i < t->ncolumns; i++)
		colindex_put(x, t->columns[i]);
}

static void sch_colindex_build(struct sch_table *t)
{
	t->colindex = NULL;
	if (t->ncolumns < SCH_COLINDEX_FROM)
		return;
	t->colindex = xcalloc(1, sizeof(*t->colindex));
	colindex_fill(t, t->ncolumns);
}

void sch_colindex_free(struct sch_table *t)
{
	if (t->colindex) {
		free(t->colindex->slot);
		free(t->colindex);
		t->colindex = NULL;
	}
}

struct sch_column *sch_colindex_find(const struct sch_table *t, const char *name, bool nocase,
				     const struct sch_column *except)
{
	const struct sch_colindex *x = t->colindex;
	size_t i = colindex_hash(name) & x->mask;

	for (; x->slot[i]; i = (i + 1) & x->mask)
		if (x->slot[i] != except &&
		    (nocase ? strcasecmp(x->slot[i]->name, name) : strcmp(x->slot[i]->name, name)) == 0)
			return x->slot[i];
	return NULL;
}

/* Takes c out of the index: the slots after it that would no longer be
 * found from their hash move back (deletion without tombstones). */
static void colindex_remove(struct sch_colindex *x, const struct sch_column *c)
{
	size_t i = colindex_hash(c->name) & x->mask, j, k;

	while (x->slot[i] != c) {
		if (!x->slot[i])
			return;
		i = (i + 1) & x->mask;
	}
	x->slot[i] = NULL;
	x->n--;
	for (j = (i + 1) & x->mask; x->slot[j]; j = (j + 1) & x->mask) {
		k = colindex_hash(x->slot[j]->name) & x->mask;
		/* stays if its home k lies cyclically in (i, j] */
		if (i <= j ? (k > i && k <= j) : (k > i || k <= j))
			continue;
		x->slot[i] = x->slot[j];
		x->slot[j] = NULL;
		i = j;
	}
}

bool sch_colindex_consistent(const struct sch_table *t)
{
	const struct sch_colindex *x = t->colindex;
	size_t i, j, held = 0;

	if (!x)
		return true;	/* a scan finds what there is */
	for (i = 0; i <= x->mask; i++)
		held += x->slot[i] != NULL;
	if (held != x->n || x->n != t->ncolumns)
		return false;
	for (i = 0; i < t->ncolumns; i++) {
		for (j = colindex_hash(t->columns[i]->name) & x->mask; x->slot[j] != t->columns[i];
		     j = (j + 1) & x->mask)
			if (!x->slot[j])
				return false;
	}
	return true;
}

/* How many names of sequences and checks c holds. */
static size_t names_held(const struct sch_column *c)
{
	return (sch_column_sequence(c) != NULL) + (sch_column_enum_check(c) != NULL);
}

const struct identity sch_no_identity = { IDENTITY_NONE, NULL, NULL, { 0, 0 }, { 0, 0 },
					  { 0, 0 } };

/* c's rare part made r, in the arena new objects go to (NULL where r
 * holds nothing): the one it had may be a verify copy's too. */
static void column_set_rare(struct schema *s, struct sch_column *c, struct sch_column_rare r)
{
	struct sch_column_rare *n;

	if (!r.sequence && !r.enum_check && !r.identity) {
		c->rare = NULL;
		return;
	}
	n = ARENA_NEW(s->arena, struct sch_column_rare);
	*n = r;
	c->rare = n;
}

static struct sch_column_rare column_rare(const struct sch_column *c)
{
	struct sch_column_rare r = { NULL, NULL, NULL };

	return c->rare ? *c->rare : r;
}

void sch_column_set_identity(struct schema *s, struct sch_column *c, const struct identity *id)
{
	struct sch_column_rare r = column_rare(c);
	struct identity *n = NULL;

	if (id && id->kind != IDENTITY_NONE) {
		n = ARENA_NEW(s->arena, struct identity);
		n->kind = id->kind;	/* (the spans stay behind) */
		n->start = id->start;
		n->increment = id->increment;
	}
	r.identity = n;
	column_set_rare(s, c, r);
}

/* ---- a table's column array, shared by verify's copies ----
 *
 * A snapshot or fork copy of a table holds the table's column array, not
 * a copy of it: a wide table would be copied whole for every revision
 * that touches it.  The array counts its holders, and how many of its
 * entries some holder may read (`seen`); a holder writes in place only
 * past them, which is what adding a column does, and removing the last
 * column writes nothing.  Any other change, or a growth, first gives the
 * holder an array of its own. */
struct sch_colarr {
	size_t refs;
	size_t seen;
	size_t cap;
	struct sch_column *v[];
};

static struct sch_colarr *colarr_of(struct sch_column **v)
{
	return (struct sch_colarr *)((char *)v - offsetof(struct sch_colarr, v));
}

/* t's array, t's own and with room for `need`. */
static void colarr_own(struct sch_table *t, size_t need)
{
	struct sch_colarr *was = t->columns ? colarr_of(t->columns) : NULL, *arr;
	size_t cap = was ? was->cap : need < 2 ? 2 : need;	/* (as xgrow) */

	while (cap < need)
		cap *= 2;
	if (was && was->refs == 1) {
		if (cap == was->cap)
			return;
		arr = xrealloc(was, offsetof(struct sch_colarr, v) + cap * sizeof(arr->v[0]));
	} else {
		arr = xmalloc(offsetof(struct sch_colarr, v) + cap * sizeof(arr->v[0]));
		arr->refs = 1;
		if (t->ncolumns)
			memcpy(arr->v, t->columns, t->ncolumns * sizeof(arr->v[0]));
		if (was)
			was->refs--;	/* (a holder is left: it was shared) */
	}
	arr->cap = cap;
	arr->seen = t->ncolumns;
	t->columns = arr->v;
}

void sch_table_share_columns(struct sch_table *t, struct sch_table *copy)
{
	struct sch_colarr *arr;

	copy->columns = t->columns;
	copy->ncolumns = t->ncolumns;
	if (!t->columns)
		return;
	arr = colarr_of(t->columns);
	arr->refs++;
	if (arr->seen < t->ncolumns)
		arr->seen = t->ncolumns;
}

void sch_table_release_columns(struct sch_table *t)
{
	if (t->columns) {
		struct sch_colarr *arr = colarr_of(t->columns);
		if (--arr->refs == 0)
			free(arr);
		t->columns = NULL;
		t->ncolumns = 0;
	}
}

void sch_table_free_arrays(struct sch_table *t)
{
	sch_table_release_columns(t);
	sch_colindex_free(t);
	free(t->constraints);
	free(t->indexes);
	free(t->triggers);
}

void sch_table_add_column(struct sch_table *t, struct sch_column *c)
{
	struct sch_colarr *arr = t->columns ? colarr_of(t->columns) : NULL;

	if (!arr || t->ncolumns == arr->cap || (arr->refs > 1 && t->ncolumns < arr->seen))
		colarr_own(t, t->ncolumns + 1);
	arr = colarr_of(t->columns);
	t->columns[t->ncolumns++] = c;
	arr->seen = t->ncolumns;	/* in place only past what others read */
	t->nnames += names_held(c);
	if (t->colindex) {
		if (2 * (t->colindex->n + 1) > t->colindex->mask + 1)
			colindex_fill(t, t->ncolumns);
		else
			colindex_put(t->colindex, c);
	} else if (t->ncolumns == SCH_COLINDEX_FROM) {
		sch_colindex_build(t);	/* (a verify copy, past it already, scans) */
	}
}

void sch_table_drop_column(struct sch_table *t, size_t i)
{
	if (t->colindex)
		colindex_remove(t->colindex, t->columns[i]);
	t->nnames -= names_held(t->columns[i]);
	if (i + 1 < t->ncolumns) {	/* (the last goes without a write) */
		colarr_own(t, t->ncolumns);
		memmove(&t->columns[i], &t->columns[i + 1],
			(t->ncolumns - i - 1) * sizeof(t->columns[0]));
	}
	t->ncolumns--;
	if (colarr_of(t->columns)->refs == 1)
		colarr_of(t->columns)->seen = t->ncolumns;
}

size_t sch_column_at(const struct sch_table *t, const struct sch_column *c)
{
	size_t i;

	/* from the end: the columns a revision changes are most often the
	 * ones it, or the one before it, added */
	for (i = t->ncolumns; i-- > 0;)
		if (t->columns[i] == c)
			return i;
	UNREACHABLE();	/* c is not t's */
}

struct sch_column *sch_column_w(struct schema *s, struct sch_table *t, struct sch_column *c)
{
	struct sch_column *w;
	size_t i;

	if (c->epoch == s->epoch)
		return c;
	i = sch_column_at(t, c);
	if (!s->fork_epoch) {
		sch_snapshots_keep_column(s, t, i, c);
		c->epoch = s->epoch;	/* no snapshot holds it now */
		return c;
	}
	/* in a fork, the copy goes to the fork's arena: a table the fork did
	 * not copy (sch_op_touches missed it) would keep it after it is freed */
	if (t->epoch < s->fork_epoch)
		UNREACHABLE();
	w = ARENA_NEW(s->arena, struct sch_column);
	*w = *c;
	w->epoch = s->epoch;
	sch_table_replace_column(t, i, w);
	return w;
}

void sch_table_replace_column(struct sch_table *t, size_t i, struct sch_column *c)
{
	struct sch_column *was = t->columns[i];

	colarr_own(t, t->ncolumns);
	t->columns[i] = c;
	if (t->colindex) {
		colindex_remove(t->colindex, was);
		colindex_put(t->colindex, c);
	}
}

void sch_column_set_name(struct schema *s, struct sch_table *t, struct sch_column *c,
			 enum sch_column_name which, const char *name)
{
	struct sch_column_rare r = column_rare(c);

	t->nnames -= names_held(c);
	if (which == SCH_SEQUENCE_NAME)
		r.sequence = name;
	else
		r.enum_check = name;
	column_set_rare(s, c, r);
	t->nnames += names_held(c);
}

void sch_column_rename(struct sch_table *t, struct sch_column *c, const char *name)
{
	if (t->colindex)
		colindex_remove(t->colindex, c);
	c->name = name;
	if (t->colindex)
		colindex_put(t->colindex, c);
}

void sch_table_add_index(struct sch_table *t, struct sch_index *ix)
{
	XGROW(t->indexes, t->capindexes, t->nindexes + 1);
	t->indexes[t->nindexes++] = ix;
}

/* ---- who references a table: foreign keys, kept per target key ---- */

struct fkref_list *sch_fk_list(struct schema *s, const char *key, bool create)
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

void sch_fk_register(struct schema *s, struct sch_table *from, struct sch_constraint *c)
{
	char buf[256];
	struct fkref_list *l = sch_fk_list(s, sch_qkey_buf(buf, sizeof(buf), s->arena, &c->ref_table),
				       true);

	XGROW(l->v, l->cap, l->n + 1);
	l->v[l->n].from = from;
	l->v[l->n].con = c;
	l->n++;
}

static void fk_unregister(struct schema *s, struct sch_constraint *c)
{
	char buf[256];
	struct fkref_list *l = sch_fk_list(s, sch_qkey_buf(buf, sizeof(buf), s->arena, &c->ref_table),
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

/* The key of a name in its schema, in buf when it fits (a lookup then
 * costs no memory), else in the arena. */
static const char *con_name_key(struct schema *s, const struct sch_table *t, const char *name,
				char *buf, size_t size)
{
	struct qname q = { t->name.schema, name, { 0, 0 } };

	return sch_qkey_buf(buf, size, s->arena, &q);
}

/* Constraint names in use in a schema, counted: the database numbers a
 * generated name past every one of them, whatever table holds it. */
void sch_con_name_use(struct schema *s, const struct sch_table *t,
			 const struct sch_constraint *c, int delta)
{
	sch_name_use(s, t, c->name, delta);
}

void sch_name_use(struct schema *s, const struct sch_table *t, const char *name, int delta)
{
	char buf[256];
	const char *key;
	uintptr_t n;

	if (!name)
		return;
	key = con_name_key(s, t, name, buf, sizeof(buf));
	n = (uintptr_t)strmap_get(s->con_names, key);
	if (delta > 0 && n == 0) {
		/* The count is the value itself; an entry leaves at zero, so
		 * the key may be the constraint's own name (which lives at
		 * least as long as the constraint) where no schema prefixes it. */
		strmap_put(s->con_names, key != buf ? key : t->name.schema
			   ? arena_strdup(s->home, key) : name, (void *)(uintptr_t)1);
	} else if (delta > 0) {
		strmap_put(s->con_names, key, (void *)(n + 1));
	} else if (n == 1) {
		strmap_del(s->con_names, key);
	} else if (n > 1) {
		strmap_put(s->con_names, key, (void *)(n - 1));
	}
}

struct sch_constraint *sch_find_constraint(const struct sch_table *t, const char *name,
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

struct sch_index *sch_find_index(const struct sch_table *t, const char *name, size_t *at)
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

/* ---- the names the database gives ---- */

/* Taken: any constraint of that name in the schema; and for the kinds that
 * are indexes underneath, any table, index or sequence of that name. */
bool sch_constraint_name_taken(const void *ctx, const char *name)
{
	const struct sch_name_ctx *n = ctx;
	char buf[256];
	const char *key = con_name_key(n->s, n->t, name, buf, sizeof(buf));
	if (strmap_get(n->s->con_names, key) || sch_find_constraint(n->t, name, NULL))
		return true;
	if (n->kind == CON_FOREIGN_KEY || n->kind == CON_CHECK)
		return false;
	return strmap_get(n->s->tables, key) || strmap_get(n->s->indexes, key) ||
	       strmap_get(n->s->sequences, key) || strmap_get(n->s->serials, key);
}

/* ---- the sequences behind autoincrement columns ---- */

struct serial_ctx {
	struct schema *s;
	const struct sch_table *t;
	const char *own;	/* a name that counts as free: the column's own */
};

/* Taken: a table, index or sequence (made or behind a column) of t's
 * schema by that name. */
static bool serial_taken(const void *ctx, const char *name)
{
	const struct serial_ctx *c = ctx;
	char buf[256];
	const char *key;

	if (c->own && strcmp(name, c->own) == 0)
		return false;
	key = con_name_key(c->s, c->t, name, buf, sizeof(buf));
	return strmap_get(c->s->tables, key) || strmap_get(c->s->views, key) ||
	       strmap_get(c->s->indexes, key) ||
	       strmap_get(c->s->sequences, key) || strmap_get(c->s->serials, key);
}

const char *sch_serial_name(struct schema *s, const struct sch_table *t, const char *column,
			    const char *own)
{
	struct serial_ctx c = { s, t, own };

	if (!s->rules->auto_sequence_name)
		return NULL;
	return s->rules->auto_sequence_name(s->arena, t->name.name, column, serial_taken, &c);
}

bool sch_serial_taken(struct schema *s, const struct sch_table *t, const char *name)
{
	struct serial_ctx c = { s, t, NULL };

	return serial_taken(&c, name);
}

void sch_serial_use(struct schema *s, struct sch_table *t, const struct sch_column *c, bool use)
{
	struct qname q = { t->name.schema, sch_column_sequence(c), { 0, 0 } };
	char kb[256];

	if (!sch_column_sequence(c))
		return;
	if (use)
		strmap_put(s->serials, sch_qkey_own(s, &q), t);
	else
		strmap_del(s->serials, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
}

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
 * elements by their names, a CHECK's the columns it mentions), with
 * `taken` saying which are in use. */
const char *sch_auto_name(struct schema *s, const struct sch_table *t,
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
	} else if (c->kind == CON_CHECK && c->check) {
		size_t i;
		cols = ARENA_ARRAY(s->arena, const char *, t->ncolumns ? t->ncolumns : 1);
		for (i = 0, ncols = 0; i < t->ncolumns; i++)
			if (schema_sql_mentions(s, c->check, t->columns[i]->name))
				cols[ncols++] = t->columns[i]->name;
	}
	return s->rules->auto_constraint_name(s->arena, c->kind, t->name.name, cols, ncols,
						taken, ctx);
}

/* An unnamed constraint gets the name the database will give it, so that
 * a later drop_constraint by that name is understood. */
static void name_unnamed(struct schema *s, struct sch_table *t, struct sch_constraint *c)
{
	struct sch_name_ctx ctx = { s, t, c->kind };

	if (c->name || !s->rules->auto_constraint_name)
		return;
	c->name = sch_auto_name(s, t, c, sch_constraint_name_taken, &ctx);
	c->auto_named = c->name != NULL;
}

void sch_table_add_constraint(struct schema *s, struct sch_table *t,
				 struct sch_constraint *c)
{
	name_unnamed(s, t, c);
	XGROW(t->constraints, t->capconstraints, t->nconstraints + 1);
	t->constraints[t->nconstraints++] = c;
	sch_con_name_use(s, t, c, 1);
	if (c->kind == CON_FOREIGN_KEY)
		sch_fk_register(s, t, c);
}

void sch_table_remove_constraint(struct schema *s, struct sch_table *t, size_t i)
{
	sch_con_name_use(s, t, t->constraints[i], -1);
	if (t->constraints[i]->kind == CON_FOREIGN_KEY)
		fk_unregister(s, t->constraints[i]);
	memmove(&t->constraints[i], &t->constraints[i + 1],
		(t->nconstraints - i - 1) * sizeof(t->constraints[0]));
	t->nconstraints--;
}

/* Registers or forgets everything a table holds in the shared indexes. */
void sch_table_link(struct schema *s, struct sch_table *t)
{
	size_t i;

	strmap_put(s->tables, t->key, t);
	for (i = 0; t->nnames && i < t->ncolumns; i++) {
		sch_serial_use(s, t, t->columns[i], true);
		sch_name_use(s, t, sch_column_enum_check(t->columns[i]), 1);
	}
	for (i = 0; i < t->nconstraints; i++) {
		sch_con_name_use(s, t, t->constraints[i], 1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY)
			sch_fk_register(s, t, t->constraints[i]);
	}
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		strmap_put(s->indexes, sch_qkey_own(s, &q), t);
	}
}

void sch_table_unlink(struct schema *s, struct sch_table *t)
{
	size_t i;

	strmap_del(s->tables, t->key);
	for (i = 0; t->nnames && i < t->ncolumns; i++) {
		sch_serial_use(s, t, t->columns[i], false);
		sch_name_use(s, t, sch_column_enum_check(t->columns[i]), -1);
	}
	for (i = 0; i < t->nconstraints; i++) {
		sch_con_name_use(s, t, t->constraints[i], -1);
		if (t->constraints[i]->kind == CON_FOREIGN_KEY)
			fk_unregister(s, t->constraints[i]);
	}
	for (i = 0; i < t->nindexes; i++) {
		struct qname q = { t->name.schema, t->indexes[i]->name, { 0, 0 } };
		char kb[256];
		strmap_del(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
	}
}

/* Where the map holds key (any value), it now holds t, under the key it
 * has; else t goes in under a key of the model's own. */
static void map_repoint(struct schema *s, struct strmap *m, const struct qname *q,
			struct sch_table *t)
{
	char kb[256];
	const char *key = sch_qkey_buf(kb, sizeof(kb), s->arena, q);

	if (strmap_get(m, key))
		strmap_put(m, key, t);	/* (an existing entry keeps its key) */
	else
		strmap_put(m, sch_qkey_own(s, q), t);
}

void sch_table_swap(struct schema *s, struct sch_table *t, struct sch_table *c)
{
	size_t i;

	strmap_put(s->tables, c->key, c);
	for (i = 0; c->nnames && i < c->ncolumns; i++)
		if (sch_column_sequence(c->columns[i])) {
			struct qname q = { c->name.schema, sch_column_sequence(c->columns[i]), { 0, 0 } };
			map_repoint(s, s->serials, &q, c);
		}
	for (i = 0; i < c->nconstraints; i++)
		if (c->constraints[i]->kind == CON_FOREIGN_KEY) {
			fk_unregister(s, t->constraints[i]);
			sch_fk_register(s, c, c->constraints[i]);
		}
	for (i = 0; i < c->nindexes; i++) {
		struct qname q = { c->name.schema, c->indexes[i]->name, { 0, 0 } };
		map_repoint(s, s->indexes, &q, c);
	}
	t->dropped = true;
}

struct sch_table *sch_table_new(struct schema *s, const struct qname *name,
				   struct srcloc created)
{
	struct sch_table *t = ARENA_NEW(s->arena, struct sch_table);

	t->name.schema = sch_keep(s, name->schema);
	t->name.name = sch_keep(s, name->name);
	t->key = sch_qkey_own(s, &t->name);
	t->created = created;
	t->created_rev = s->rev;
	t->epoch = s->epoch;
	XGROW(s->copies, s->capcopies, s->ncopies + 1);
	s->copies[s->ncopies++] = t;
	XGROW(s->table_list, s->captables, s->ntables + 1);
	t->order = s->ntables;
	s->table_list[s->ntables++] = t;
	return t;
}

void sch_drop_table(struct schema *s, struct sch_table *t)
{
	sch_table_unlink(s, t);
	t->dropped = true;
}

/* ---- lookups that report ---- */

struct sch_table *sch_need_table(struct schema *s, const struct qname *q,
				    struct srcfile *src, struct diag *d)
{
	struct sch_table *t = schema_table(s, q);
	struct sch_nearest n;
	size_t i;

	if (t)
		return t;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no table '%s'",
		   qshow(s->arena, q));
	sch_nearest_init(&n, q->name);
	for (i = 0; i < s->ntables; i++)
		if (!s->table_list[i]->dropped)
			sch_nearest_offer(&n, s->table_list[i]->name.name);
	sch_nearest_note(&n, d, src, q->span);
	return NULL;
}

struct sch_column *sch_need_column(struct sch_table *t, const char *name,
				      struct span sp, struct srcfile *src, struct diag *d)
{
	struct sch_column *c = schema_column(t, name);
	struct sch_nearest n;
	size_t i;

	if (c)
		return c;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, sp, "table '%s' has no column '%s'",
		   t->key, name);
	sch_nearest_init(&n, name);
	for (i = 0; i < t->ncolumns; i++)
		sch_nearest_offer(&n, t->columns[i]->name);
	sch_nearest_note(&n, d, src, sp);
	return NULL;
}

struct sch_enum *sch_find_enum(const struct schema *s, const struct qname *q)
{
	char kb[256];

	return strmap_get(s->enums, sch_qkey_buf(kb, sizeof(kb), s->arena, q));
}

const struct sch_enum *schema_enum(const struct schema *s, const struct qname *q)
{
	return sch_find_enum(s, q);
}

const struct sch_view *schema_view(const struct schema *s, const struct qname *q)
{
	char buf[256];

	return strmap_get(s->views, sch_qkey_buf(buf, sizeof(buf), s->arena, q));
}

bool schema_view_reads(const struct sch_view *v, const char *key)
{
	size_t i;

	for (i = 0; i < v->nreads; i++)
		if (strcmp(v->reads[i], key) == 0)
			return true;
	return false;
}

const struct sch_trigger *schema_trigger(const struct sch_table *t, const char *name)
{
	return sch_find_trigger(t, name, NULL);
}

void sch_table_add_trigger(struct sch_table *t, struct sch_trigger *tg)
{
	XGROW(t->triggers, t->captriggers, t->ntriggers + 1);
	t->triggers[t->ntriggers++] = tg;
}

struct sch_trigger *sch_find_trigger(const struct sch_table *t, const char *name, size_t *at)
{
	size_t i;

	for (i = 0; i < t->ntriggers; i++) {
		if (strcmp(t->triggers[i]->name, name) == 0) {
			if (at)
				*at = i;
			return t->triggers[i];
		}
	}
	return NULL;
}

static void lower_ascii(char *p)
{
	for (; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
}

/* The tables and views a view's SQL names (a name, or schema.name, that
 * one of them has), by key, each once; its own key left out. */
const char **sch_view_reads_of(struct schema *s, const char *sql, const char *self,
			       size_t *n)
{
	const struct sqlscan_flavor *fl = &s->rules->sql;
	struct sqlscan sc;
	struct sqltok t, prev[2];
	struct sbuf a = SBUF_INIT, b = SBUF_INIT, key = SBUF_INIT;
	const char **v = NULL;
	size_t nv = 0, cap = 0, i, seen = 0;

	sqlscan_init(&sc, fl, sql, strlen(sql));
	while (sqlscan_next(&sc, &t)) {
		bool name = sqltok_is_name(fl, sql, &t);
		if (t.kind == SQLTOK_LINE_COMMENT || t.kind == SQLTOK_BLOCK_COMMENT)
			continue;
		if (!name) {
			seen = sqltok_punct(sql, &t, '.') && seen == 1 ? 2 : 0;
			if (seen == 2)
				prev[1] = prev[0];
			continue;
		}
		sbuf_reset(&a);
		sqltok_value(fl, sql, &t, &a);
		if (t.kind == SQLTOK_WORD && fl->fold_lower)
			lower_ascii(a.buf);
		sbuf_reset(&key);
		if (seen == 2) {	/* schema . name */
			sbuf_reset(&b);
			sqltok_value(fl, sql, &prev[1], &b);
			if (prev[1].kind == SQLTOK_WORD && fl->fold_lower)
				lower_ascii(b.buf);
			if (s->rules->default_schema &&
			    sqltok_names(fl, sql, &prev[1], s->rules->default_schema))
				sbuf_adds(&key, a.buf);	/* public.t is t */
			else
				sbuf_addf(&key, "%s.%s", b.buf, a.buf);
		} else {
			sbuf_adds(&key, a.buf);
		}
		seen = 1;
		prev[0] = t;
		if ((!strmap_get(s->tables, key.buf) && !strmap_get(s->views, key.buf)) ||
		    (self && strcmp(key.buf, self) == 0))
			continue;
		for (i = 0; i < nv && strcmp(v[i], key.buf) != 0; i++)
			;
		if (i < nv)
			continue;
		if (nv == cap) {
			const char **w = ARENA_ARRAY(s->arena, const char *, cap ? cap * 2 : 4);
			if (nv)
				memcpy(w, v, nv * sizeof(*v));
			v = w;
			cap = cap ? cap * 2 : 4;
		}
		v[nv++] = arena_strdup(s->arena, key.buf);
	}
	sbuf_release(&a);
	sbuf_release(&b);
	sbuf_release(&key);
	*n = nv;
	return v;
}

struct sch_enum *sch_need_enum(struct schema *s, const struct qname *q,
				  struct srcfile *src, struct diag *d)
{
	struct sch_enum *e = sch_find_enum(s, q);
	struct sch_nearest n;
	size_t i;

	if (e)
		return e;
	diag_error(d, DIAG_SCHEMA_UNKNOWN, src, q->span, "no enum '%s'", qshow(s->arena, q));
	sch_nearest_init(&n, q->name);
	for (i = 0; i < s->nenums; i++)
		if (!s->enum_list[i]->dropped)
			sch_nearest_offer(&n, s->enum_list[i]->name.name);
	sch_nearest_note(&n, d, src, q->span);
	return NULL;
}

/* ---- who uses a column ---- */

bool sch_names_contain(const char **v, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], name) == 0)
			return true;
	return false;
}

bool sch_index_uses(struct schema *s, const struct sch_index *ix, const char *column)
{
	const struct index_elem *e;

	for (e = ix->def->elems; e; e = e->next)
		if ((e->column.name && strcmp(e->column.name, column) == 0) ||
		    schema_sql_mentions(s, e->expr, column))
			return true;
	return ir_identlist_has(&ix->def->include, column) ||
	       schema_sql_mentions(s, ix->def->where, column);
}

/* Whether dropping the column drops the constraint with it: it lists the
 * column, or its expression (a CHECK, an exclusion element) mentions it. */
bool sch_constraint_uses(struct schema *s, const struct sch_constraint *c, const char *column)
{
	const struct exclude_elem *x;

	if (sch_names_contain(c->columns, c->ncolumns, column) ||
	    schema_sql_mentions(s, c->check, column))
		return true;
	if (c->kind != CON_EXCLUDE || !c->def)
		return false;
	for (x = c->def->elems; x; x = x->next)
		if ((x->column.name && strcmp(x->column.name, column) == 0) ||
		    schema_sql_mentions(s, x->expr, column))
			return true;
	return schema_sql_mentions(s, c->def->where, column);
}

bool schema_column_used(struct schema *s, const struct sch_table *t, const char *column)
{
	size_t i;

	for (i = 0; i < t->nindexes; i++)
		if (sch_index_uses(s, t->indexes[i], column))
			return true;
	for (i = 0; i < t->nconstraints; i++)
		if (sch_constraint_uses(s, t->constraints[i], column))
			return true;
	return false;
}

/* ---- types and values ---- */

/* The type as the migration spells it, for messages. */
const char *sch_type_show(struct arena *a, const struct type *t)
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
		if (t->enum_name.name)
			return arena_printf(a, "enum %s", t->enum_name.name);
		{	/* its values: what differs is in them */
			struct sbuf sb = SBUF_INIT;
			const char *r;
			irwrite_type(&sb, t);
			r = arena_strdup(a, sbuf_str(&sb));
			sbuf_release(&sb);
			return r;
		}
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

bool schema_types_equal(const struct type *a, const struct type *b)
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

/* ---- what --from-db asks of the model ---- */

void schema_unique_as_constraint(struct schema *s, struct sch_table *t, size_t ix_at,
				 const struct sch_constraint *like)
{
	struct qname q = { t->name.schema, t->indexes[ix_at]->name, { 0, 0 } };
	struct sch_constraint *c = ARENA_NEW(s->arena, struct sch_constraint);
	char kb[256];

	strmap_del(s->indexes, sch_qkey_buf(kb, sizeof(kb), s->arena, &q));
	memmove(&t->indexes[ix_at], &t->indexes[ix_at + 1],
		(t->nindexes - ix_at - 1) * sizeof(t->indexes[0]));
	t->nindexes--;
	*c = *like;
	sch_table_add_constraint(s, t, c);
}

void schema_unique_as_index(struct schema *s, struct sch_table *t, size_t con_at,
			    const struct sch_index *like)
{
	struct qname q = { t->name.schema, like->name, { 0, 0 } };
	struct sch_index *ix = ARENA_NEW(s->arena, struct sch_index);

	sch_table_remove_constraint(s, t, con_at);
	*ix = *like;
	sch_table_add_index(t, ix);
	strmap_put(s->indexes, sch_qkey_own(s, &q), t);
}

const struct sch_index *schema_index(const struct sch_table *t, const char *name)
{
	return sch_find_index(t, name, NULL);
}

bool schema_leads_key(const struct sch_table *t, const char *column, bool indexes)
{
	size_t i;

	for (i = 0; i < t->nconstraints; i++)
		if ((t->constraints[i]->kind == CON_PRIMARY_KEY ||
		     t->constraints[i]->kind == CON_UNIQUE) && t->constraints[i]->ncolumns &&
		    strcmp(t->constraints[i]->columns[0], column) == 0)
			return true;
	for (i = 0; indexes && i < t->nindexes; i++) {
		const struct index_elem *x = t->indexes[i]->def->elems;
		if (x && x->column.name && strcmp(x->column.name, column) == 0)
			return true;
	}
	return false;
}

size_t schema_index_columns(const struct sch_index *ix, const char **cols, size_t max)
{
	const struct index_elem *x;
	size_t n = 0;

	for (x = ix->def->elems; x && x->column.name && n < max; x = x->next)
		cols[n++] = x->column.name;
	return n;
}
