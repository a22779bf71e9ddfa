/* Random schema files for tests/autogen-random.t: a model of a schema,
 * mutated a little each round, written out as a schema file (top-level
 * create_enum, create_table, create_index) that PostgreSQL, MySQL/MariaDB
 * and SQLite all accept.  The same seed gives the same files.
 *
 *   schema_mutate SEED ROUNDS DIR
 *
 * writes DIR/001.mig ... DIR/<ROUNDS>.mig, each the previous one changed
 * by one to three random mutations, and beside each DIR/NNN.exp: what
 * autogenerate must say about the change from the previous file, a line
 * each:
 *
 *   same                      the file changes nothing (the tables or
 *                             their parts are only written in another order)
 *   hint rename_column T A to B
 *                             A is dropped from T and B added with the
 *                             same type and nullability: autogenerate must
 *                             suggest the rename
 *
 * and DIR/NNN.what: the mutations made, for the test's diagnostics.
 *
 * What keeps every file valid on all three databases: string types have a
 * length; text columns are never keyed nor indexed and have no default;
 * a type changes only within integer, bigint, smallint, boolean,
 * string(20), string(100), numeric(10, 2) (and between a string and an
 * enum), never for a column in a primary key or a foreign key; checks are
 * 'COL IS NOT NULL'; a foreign key is to another table's one-column
 * primary key with the same column type; enum defaults are members;
 * nothing that uses a column or table outlives it; what is added to or
 * dropped from an existing table has a name (unnamed constraints only
 * inside a new table's create_table, and never dropped but with it);
 * every table keeps a primary key; names are short and lower-case. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXT 7		/* tables */
#define MAXC 10		/* columns a table */
#define MAXK 8		/* unique, check and foreign key constraints a table */
#define MAXX 4		/* indexes a table */
#define MAXE 3		/* enums */
#define MAXV 6		/* values an enum */
#define NAMELEN 16
#define LITLEN 40

/* ---- the random numbers: xorshift64*, seeded through splitmix64 ---- */

static uint64_t rng_state;

static void rng_seed(uint64_t seed)
{
	uint64_t z = seed + 0x9e3779b97f4a7c15ULL;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	rng_state = (z ^ (z >> 31)) | 1;
}

static uint64_t rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dULL;
}

/* 0 .. n-1 */
static int rnd(int n)
{
	return n <= 1 ? 0 : (int)((rng_next() >> 33) % (uint64_t)n);
}

/* true one time in n */
static int one_in(int n)
{
	return rnd(n) == 0;
}

/* ---- the model ---- */

enum ty { T_INT, T_BIG, T_SMALL, T_BOOL, T_S20, T_S100, T_NUM, T_TEXT, T_ENUM, T__N };

static const char *const ty_names[] = {
	"integer", "bigint", "smallint", "boolean", "string(20)", "string(100)",
	"numeric(10, 2)", "text", "enum"
};

struct col {
	char name[NAMELEN];
	int ty;
	char en[NAMELEN];	/* T_ENUM: the enum */
	int nn;			/* not null */
	char dflt[LITLEN];	/* the default as written, "" for none */
	char comment[LITLEN];	/* a string literal, "" for none */
};

enum { K_UQ, K_CK, K_FK };

struct con {
	int kind;
	char name[NAMELEN];	/* "" unnamed (made with its table, never dropped alone) */
	char cols[2][NAMELEN];
	int n;
	char rt[NAMELEN], rc[NAMELEN];	/* K_FK: referenced table and column */
};

struct idx {
	char name[NAMELEN];
	char cols[3][NAMELEN];
	int desc[3];
	int n;
	int uniq;
	int part;	/* partial, WHERE its first column IS NOT NULL: an
			 * index of PostgreSQL and SQLite only (an `only`
			 * block), which MySQL has not */
};

struct tab {
	char name[NAMELEN];
	struct col c[MAXC];
	int nc;
	char pk[2][NAMELEN];
	int npk;
	char pkname[NAMELEN];	/* "" unnamed */
	struct con k[MAXK];
	int nk;
	struct idx x[MAXX];
	int nx;
	char comment[LITLEN];
};

struct en {
	char name[NAMELEN];
	char v[MAXV][NAMELEN];
	int nv;
};

struct schema {
	struct tab t[MAXT];
	int nt;
	struct en e[MAXE];
	int ne;
	int serial;	/* names: never one used before */
};

static struct schema S, prev;
static char what[4096];
/* the renames of the round, which the test makes in a revision of their
 * own before autogenerate: the upgrade's ops, and the downgrade's (made
 * last first) */
static char pre_up[4096], pre_down[4096];

#if defined(__GNUC__)
static void said(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#endif

static void said(const char *fmt, ...)
{
	size_t n = strlen(what);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what + n, sizeof(what) - n, fmt, ap);
	va_end(ap);
	n = strlen(what);
	if (n + 1 < sizeof(what)) {
		what[n] = '\n';
		what[n + 1] = '\0';
	}
}

/* Names are at most NAMELEN - 1 bytes; the source may be in the model too. */
static void copy_name(char *dst, const char *src)
{
	char tmp[NAMELEN];

	snprintf(tmp, sizeof(tmp), "%s", src);
	memcpy(dst, tmp, sizeof(tmp));
}

static void fresh_name(char *out, const char *prefix)
{
	snprintf(out, NAMELEN, "%s%d", prefix, ++S.serial);
}

static struct col *find_col(struct tab *t, const char *name)
{
	int i;

	for (i = 0; i < t->nc; i++)
		if (strcmp(t->c[i].name, name) == 0)
			return &t->c[i];
	return NULL;
}

static struct en *find_enum(const char *name)
{
	int i;

	for (i = 0; i < S.ne; i++)
		if (strcmp(S.e[i].name, name) == 0)
			return &S.e[i];
	return NULL;
}

static int in_pk(const struct tab *t, const char *col)
{
	int i;

	for (i = 0; i < t->npk; i++)
		if (strcmp(t->pk[i], col) == 0)
			return 1;
	return 0;
}

static int con_uses(const struct con *k, const char *col)
{
	int i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->cols[i], col) == 0)
			return 1;
	return 0;
}

static int idx_uses(const struct idx *x, const char *col)
{
	int i;

	for (i = 0; i < x->n; i++)
		if (strcmp(x->cols[i], col) == 0)
			return 1;
	return 0;
}

/* A column that only goes with its table: in the primary key, in an
 * unnamed constraint (autogenerate cannot drop it alone) or referenced by
 * a foreign key. */
static int col_pinned(const struct tab *t, const char *col)
{
	int i, j;

	if (in_pk(t, col))
		return 1;
	for (i = 0; i < t->nk; i++)
		if (!t->k[i].name[0] && con_uses(&t->k[i], col))
			return 1;
	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nk; j++)
			if (S.t[i].k[j].kind == K_FK && strcmp(S.t[i].k[j].rt, t->name) == 0 &&
			    strcmp(S.t[i].k[j].rc, col) == 0)
				return 1;
	return 0;
}

/* In a foreign key of its table: its type must stay the referenced one's. */
static int col_in_fk(const struct tab *t, const char *col)
{
	int i;

	for (i = 0; i < t->nk; i++)
		if (t->k[i].kind == K_FK && con_uses(&t->k[i], col))
			return 1;
	return 0;
}

/* Foreign keys (of any table) to t. */
static int incoming_fks(const struct tab *t)
{
	int i, j, n = 0;

	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nk; j++)
			if (S.t[i].k[j].kind == K_FK && strcmp(S.t[i].k[j].rt, t->name) == 0)
				n++;
	return n;
}

static int keyable(const struct col *c)
{
	return c->ty != T_TEXT;
}

static void remove_con(struct tab *t, int i)
{
	memmove(&t->k[i], &t->k[i + 1], (size_t)(t->nk - i - 1) * sizeof(t->k[0]));
	t->nk--;
}

static void remove_idx(struct tab *t, int i)
{
	memmove(&t->x[i], &t->x[i + 1], (size_t)(t->nx - i - 1) * sizeof(t->x[0]));
	t->nx--;
}

/* ---- literals ---- */

static const char *const words[] = {
	"red", "green", "blue", "cyan", "gold", "gray", "pink", "plum", "teal", "rust"
};
#define NWORDS ((int)(sizeof(words) / sizeof(words[0])))

static void random_comment(char *out)
{
	switch (rnd(4)) {
	case 0:
		snprintf(out, LITLEN, "'it''s %s'", words[rnd(NWORDS)]);
		break;
	default:
		snprintf(out, LITLEN, "'%s %s %d'", words[rnd(NWORDS)], words[rnd(NWORDS)],
			 rnd(100));
	}
}

/* A default the column's type takes ("" for text: MySQL refuses one). */
static void random_default(const struct col *c, char *out)
{
	const struct en *e;

	switch (c->ty) {
	case T_INT:
	case T_BIG:
	case T_SMALL:
		snprintf(out, LITLEN, "%d", rnd(4) == 0 ? -rnd(50) - 1 : rnd(1000));
		break;
	case T_BOOL:
		snprintf(out, LITLEN, "%s", rnd(2) ? "true" : "false");
		break;
	case T_S20:
	case T_S100:
		if (one_in(5))
			snprintf(out, LITLEN, "'it''s'");
		else
			snprintf(out, LITLEN, "'%s'", words[rnd(NWORDS)]);
		break;
	case T_NUM:
		snprintf(out, LITLEN, "%d.%02d", rnd(500), rnd(4) * 25);
		break;
	case T_ENUM:
		e = find_enum(c->en);
		snprintf(out, LITLEN, "'%s'", e->v[rnd(e->nv)]);
		break;
	default:
		out[0] = '\0';
	}
}

/* ---- columns ---- */

static void random_col(struct col *c, int with_text)
{
	memset(c, 0, sizeof(*c));
	fresh_name(c->name, "c");
	c->ty = rnd(with_text ? T__N : T_TEXT);
	if (c->ty == T_TEXT && !with_text)
		c->ty = T_INT;
	if (c->ty == T_ENUM) {
		if (S.ne == 0)
			c->ty = T_S20;
		else
			copy_name(c->en, S.e[rnd(S.ne)].name);
	}
	c->nn = one_in(3);
	if (c->ty != T_TEXT && one_in(3))
		random_default(c, c->dflt);
	if (one_in(4))
		random_comment(c->comment);
}

static const int pk_types[] = { T_INT, T_BIG, T_S20 };

/* A new column of t typed like the referenced primary key column rc. */
static struct col *add_fk_col(struct tab *t, const struct col *rc)
{
	struct col *c;

	if (t->nc >= MAXC)
		return NULL;
	c = &t->c[t->nc++];
	memset(c, 0, sizeof(*c));
	fresh_name(c->name, "c");
	c->ty = rc->ty;
	c->nn = one_in(3);
	return c;
}

/* Up to n distinct keyable columns of t, not in the primary key when
 * no_pk; returns how many. */
static int pick_cols(struct tab *t, char out[][NAMELEN], int n, int no_pk)
{
	int cand[MAXC], nc = 0, i, got = 0;

	for (i = 0; i < t->nc; i++)
		if (keyable(&t->c[i]) && !(no_pk && in_pk(t, t->c[i].name)))
			cand[nc++] = i;
	while (got < n && nc > 0) {
		int j = rnd(nc);
		copy_name(out[got++], t->c[cand[j]].name);
		cand[j] = cand[--nc];
	}
	return got;
}

static int same_set(char a[][NAMELEN], int na, char b[][NAMELEN], int nb)
{
	int i, j;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++) {
		for (j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
				break;
		if (j == nb)
			return 0;
	}
	return 1;
}

/* Whether t already has a primary key or unique constraint on these columns. */
static int key_exists(struct tab *t, char cols[][NAMELEN], int n)
{
	int i;

	if (same_set(t->pk, t->npk, cols, n))
		return 1;
	for (i = 0; i < t->nk; i++)
		if (t->k[i].kind == K_UQ && same_set(t->k[i].cols, t->k[i].n, cols, n))
			return 1;
	return 0;
}

/* Tables whose primary key is one column, with that column. */
static int fk_targets(struct tab **tabs, struct col **cols)
{
	int i, n = 0;

	for (i = 0; i < S.nt; i++)
		if (S.t[i].npk == 1) {
			tabs[n] = &S.t[i];
			cols[n] = find_col(&S.t[i], S.t[i].pk[0]);
			n++;
		}
	return n;
}

/* A foreign key from t (a new column, or one of the same type that has
 * none) to a table's one-column primary key. */
static int make_fk(struct tab *t, const char *name)
{
	struct tab *tabs[MAXT];
	struct col *cols[MAXT], *rc, *c = NULL;
	struct con *k;
	int n = fk_targets(tabs, cols), i, j, cand[MAXC], nc = 0;

	if (n == 0 || t->nk >= MAXK)
		return 0;
	j = rnd(n);
	rc = cols[j];
	for (i = 0; i < t->nc; i++)
		if (t->c[i].ty == rc->ty && !col_in_fk(t, t->c[i].name) &&
		    !(tabs[j] == t && strcmp(t->c[i].name, rc->name) == 0))
			cand[nc++] = i;
	if (nc > 0 && one_in(2))
		c = &t->c[cand[rnd(nc)]];
	else if ((c = add_fk_col(t, rc)) == NULL)
		return 0;
	else
		said("add_column %s %s %s (for a foreign key)", t->name, c->name, ty_names[c->ty]);
	k = &t->k[t->nk++];
	memset(k, 0, sizeof(*k));
	k->kind = K_FK;
	copy_name(k->name, name);
	copy_name(k->cols[0], c->name);
	k->n = 1;
	copy_name(k->rt, tabs[j]->name);
	copy_name(k->rc, rc->name);
	said("foreign key %s %s (%s) -> %s (%s)", name[0] ? name : "(unnamed)", t->name, c->name,
	     k->rt, k->rc);
	return 1;
}

static int make_unique(struct tab *t, const char *name)
{
	struct con *k;
	char cols[2][NAMELEN];
	int n;

	if (t->nk >= MAXK)
		return 0;
	n = pick_cols(t, cols, 1 + one_in(3), 0);
	if (n == 0 || key_exists(t, cols, n))
		return 0;
	k = &t->k[t->nk++];
	memset(k, 0, sizeof(*k));
	k->kind = K_UQ;
	copy_name(k->name, name);
	memcpy(k->cols, cols, sizeof(cols));
	k->n = n;
	said("unique %s on %s (%s%s%s)", name[0] ? name : "(unnamed)", t->name, cols[0],
	     n > 1 ? ", " : "", n > 1 ? cols[1] : "");
	return 1;
}

static int make_check(struct tab *t, const char *name)
{
	struct con *k;

	if (t->nk >= MAXK || t->nc == 0)
		return 0;
	k = &t->k[t->nk++];
	memset(k, 0, sizeof(*k));
	k->kind = K_CK;
	copy_name(k->name, name);
	copy_name(k->cols[0], t->c[rnd(t->nc)].name);
	k->n = 1;
	said("check %s on %s (%s IS NOT NULL)", name[0] ? name : "(unnamed)", t->name, k->cols[0]);
	return 1;
}

static int random_index(struct tab *t, struct idx *x)
{
	int i;

	x->n = pick_cols(t, x->cols, 1 + rnd(3), 0);
	if (x->n == 0)
		return 0;
	for (i = 0; i < x->n; i++)
		x->desc[i] = one_in(3);
	x->part = one_in(4);
	x->uniq = !x->part && one_in(3);
	return 1;
}

static int idx_same(const struct idx *a, const struct idx *b)
{
	int i;

	if (a->n != b->n || a->uniq != b->uniq || a->part != b->part)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->cols[i], b->cols[i]) != 0 || a->desc[i] != b->desc[i])
			return 0;
	return 1;
}

/* ---- mutations: 1 when made ---- */

static struct tab *random_table(void)
{
	return S.nt ? &S.t[rnd(S.nt)] : NULL;
}

static int m_create_table(void)
{
	struct tab *t;
	int i, n;

	if (S.nt >= MAXT)
		return 0;
	t = &S.t[S.nt++];
	memset(t, 0, sizeof(*t));
	fresh_name(t->name, "t");
	said("create_table %s", t->name);
	t->npk = one_in(4) ? 2 : 1;
	for (i = 0; i < t->npk; i++) {
		struct col *c = &t->c[t->nc++];
		memset(c, 0, sizeof(*c));
		fresh_name(c->name, "c");
		c->ty = pk_types[rnd(3)];
		c->nn = 1;
		copy_name(t->pk[i], c->name);
	}
	if (one_in(2))
		fresh_name(t->pkname, "pk_");
	n = 1 + rnd(4);
	for (i = 0; i < n; i++)
		random_col(&t->c[t->nc++], 1);
	if (one_in(2))
		random_comment(t->comment);
	/* unnamed and named constraints, inside create_table */
	if (one_in(4))
		make_unique(t, "");
	if (one_in(5))
		make_check(t, "");
	if (one_in(3))
		make_fk(t, "");
	if (one_in(5)) {
		char name[NAMELEN];
		fresh_name(name, "uq_");
		make_unique(t, name);
	}
	if (one_in(5)) {
		char name[NAMELEN];
		fresh_name(name, "ck_");
		make_check(t, name);
	}
	if (one_in(4)) {
		char name[NAMELEN];
		fresh_name(name, "fk_");
		make_fk(t, name);
	}
	if (one_in(3)) {
		struct idx *x = &t->x[t->nx];
		memset(x, 0, sizeof(*x));
		fresh_name(x->name, "ix_");
		if (random_index(t, x))
			t->nx++;
	}
	return 1;
}

static int m_drop_table(void)
{
	struct tab *t = random_table();
	int i, j;

	if (S.nt < 2)
		return 0;
	/* a foreign key from another table to it must be dropped: not an
	 * unnamed one */
	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nk; j++)
			if (&S.t[i] != t && S.t[i].k[j].kind == K_FK &&
			    strcmp(S.t[i].k[j].rt, t->name) == 0 && !S.t[i].k[j].name[0])
				return 0;
	said("drop_table %s", t->name);
	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nk; j++)
			if (&S.t[i] != t && S.t[i].k[j].kind == K_FK &&
			    strcmp(S.t[i].k[j].rt, t->name) == 0) {
				said("drop foreign key %s on %s", S.t[i].k[j].name, S.t[i].name);
				remove_con(&S.t[i], j--);
			}
	i = (int)(t - S.t);
	memmove(&S.t[i], &S.t[i + 1], (size_t)(S.nt - i - 1) * sizeof(S.t[0]));
	S.nt--;
	return 1;
}

static int m_add_column(void)
{
	struct tab *t = random_table();
	struct col *c;

	if (!t || t->nc >= MAXC)
		return 0;
	c = &t->c[t->nc++];
	random_col(c, 1);
	said("add_column %s %s %s%s%s%s", t->name, c->name, ty_names[c->ty], c->en,
	     c->nn ? " not null" : "", c->dflt[0] ? " default" : "");
	return 1;
}

/* The column and the named constraints and indexes that use it. */
static void drop_col(struct tab *t, int ci)
{
	const char *name = t->c[ci].name;
	int i;

	for (i = 0; i < t->nk; i++)
		if (con_uses(&t->k[i], name)) {
			said("drop constraint %s on %s", t->k[i].name, t->name);
			remove_con(t, i--);
		}
	for (i = 0; i < t->nx; i++)
		if (idx_uses(&t->x[i], name)) {
			said("drop_index %s", t->x[i].name);
			remove_idx(t, i--);
		}
	said("drop_column %s %s", t->name, name);
	memmove(&t->c[ci], &t->c[ci + 1], (size_t)(t->nc - ci - 1) * sizeof(t->c[0]));
	t->nc--;
}

static int m_drop_column(void)
{
	struct tab *t = random_table();
	int ci;

	if (!t || t->nc == 0)
		return 0;
	ci = rnd(t->nc);
	if (col_pinned(t, t->c[ci].name))
		return 0;
	drop_col(t, ci);
	return 1;
}

/* A column dropped and one of the same type and nullability added. */
static int m_rename_like(void)
{
	struct tab *t = random_table();
	struct col c;
	int ci;

	if (!t || t->nc == 0)
		return 0;
	ci = rnd(t->nc);
	if (col_pinned(t, t->c[ci].name))
		return 0;
	c = t->c[ci];
	drop_col(t, ci);
	fresh_name(c.name, "c");
	if (c.ty != T_TEXT && one_in(2))
		random_default(&c, c.dflt);
	t->c[t->nc++] = c;
	said("add_column %s %s (the same type as the one dropped)", t->name, c.name);
	return 1;
}

/* ---- renames: in a revision of their own, before autogenerate ---- */

static void pre_op(const char *up, const char *down)
{
	size_t n = strlen(down) + 2, have = strlen(pre_down);

	if (n + have >= sizeof(pre_down))
		abort();	/* a round makes a few at most */
	snprintf(pre_up + strlen(pre_up), sizeof(pre_up) - strlen(pre_up), "\t%s\n", up);
	memmove(pre_down + n, pre_down, have + 1);
	pre_down[0] = '\t';
	memcpy(pre_down + 1, down, n - 2);
	pre_down[n - 1] = '\n';
}

static void rename_table_in(struct schema *m, const char *from, const char *to)
{
	int i, j;

	for (i = 0; i < m->nt; i++) {
		for (j = 0; j < m->t[i].nk; j++)
			if (m->t[i].k[j].kind == K_FK && strcmp(m->t[i].k[j].rt, from) == 0)
				copy_name(m->t[i].k[j].rt, to);
	}
	for (i = 0; i < m->nt; i++)
		if (strcmp(m->t[i].name, from) == 0)
			copy_name(m->t[i].name, to);
}

static void rename_in(char names[][NAMELEN], int n, const char *from, const char *to)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], from) == 0)
			copy_name(names[i], to);
}

static void rename_column_in(struct schema *m, const char *table, const char *from,
			     const char *to)
{
	struct tab *t = NULL;
	int i;

	for (i = 0; i < m->nt; i++)
		if (strcmp(m->t[i].name, table) == 0)
			t = &m->t[i];
	if (!t || !find_col(t, from))
		return;
	copy_name(find_col(t, from)->name, to);
	rename_in(t->pk, t->npk, from, to);
	for (i = 0; i < t->nk; i++)
		rename_in(t->k[i].cols, t->k[i].n, from, to);
	for (i = 0; i < t->nx; i++)
		rename_in(t->x[i].cols, t->x[i].n, from, to);
}

/* A table renamed: its constraints keep the names the databases gave
 * them (PostgreSQL: after the old name), which the file leaves unsaid. */
static int m_rename_table(void)
{
	struct tab *t = random_table();
	char from[NAMELEN], to[NAMELEN], up[128], down[128];

	if (!t)
		return 0;
	copy_name(from, t->name);
	fresh_name(to, "t");
	rename_table_in(&S, from, to);
	rename_table_in(&prev, from, to);
	snprintf(up, sizeof(up), "rename_table %s to %s;", from, to);
	snprintf(down, sizeof(down), "rename_table %s to %s;", to, from);
	pre_op(up, down);
	said("%s (a revision of its own)", up);
	return 1;
}

/* A column renamed, but one a check, a foreign key or a partial index
 * names in its SQL (kept out: MySQL does not rewrite it). */
static int m_rename_column(void)
{
	struct tab *t = random_table();
	char from[NAMELEN], to[NAMELEN], up[128], down[128];
	int ci, i, j;

	if (!t || t->nc == 0)
		return 0;
	ci = rnd(t->nc);
	copy_name(from, t->c[ci].name);
	for (i = 0; i < t->nk; i++)
		if ((t->k[i].kind != K_UQ) && con_uses(&t->k[i], from))
			return 0;
	for (i = 0; i < t->nx; i++)
		if (t->x[i].part && idx_uses(&t->x[i], from))
			return 0;
	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nk; j++)
			if (S.t[i].k[j].kind == K_FK && strcmp(S.t[i].k[j].rt, t->name) == 0 &&
			    strcmp(S.t[i].k[j].rc, from) == 0)
				return 0;
	fresh_name(to, "c");
	snprintf(up, sizeof(up), "alter_column %s %s rename to %s;", t->name, from, to);
	snprintf(down, sizeof(down), "alter_column %s %s rename to %s;", t->name, to, from);
	rename_column_in(&prev, t->name, from, to);
	rename_column_in(&S, t->name, from, to);
	pre_op(up, down);
	said("%s (a revision of its own)", up);
	return 1;
}

static const int retypes[] = { T_INT, T_BIG, T_SMALL, T_BOOL, T_S20, T_S100, T_NUM };

static int m_retype(void)
{
	struct tab *t = random_table();
	struct col *c;
	int to;

	if (!t || t->nc == 0)
		return 0;
	c = &t->c[rnd(t->nc)];
	if (in_pk(t, c->name) || col_in_fk(t, c->name) || c->ty == T_TEXT)
		return 0;
	if (c->ty == T_ENUM)
		to = one_in(2) ? T_S20 : T_S100;
	else if ((c->ty == T_S20 || c->ty == T_S100) && S.ne > 0 && one_in(4))
		to = T_ENUM;
	else
		to = retypes[rnd(7)];
	if (to == c->ty)
		return 0;
	said("alter_column %s %s type %s -> %s", t->name, c->name, ty_names[c->ty], ty_names[to]);
	c->ty = to;
	c->en[0] = '\0';
	if (to == T_ENUM)
		copy_name(c->en, S.e[rnd(S.ne)].name);
	c->dflt[0] = '\0';
	if (one_in(2))
		random_default(c, c->dflt);
	return 1;
}

static int m_nullable(void)
{
	struct tab *t = random_table();
	struct col *c;

	if (!t || t->nc == 0)
		return 0;
	c = &t->c[rnd(t->nc)];
	if (in_pk(t, c->name))
		return 0;
	c->nn = !c->nn;
	said("alter_column %s %s %s", t->name, c->name, c->nn ? "set not null" : "drop not null");
	return 1;
}

static int m_default(void)
{
	struct tab *t = random_table();
	struct col *c;
	char old[LITLEN];

	if (!t || t->nc == 0)
		return 0;
	c = &t->c[rnd(t->nc)];
	if (c->ty == T_TEXT)
		return 0;
	snprintf(old, LITLEN, "%s", c->dflt);
	if (c->dflt[0] && one_in(2))
		c->dflt[0] = '\0';
	else
		random_default(c, c->dflt);
	if (strcmp(old, c->dflt) == 0)
		return 0;
	said("default %s.%s: %s -> %s", t->name, c->name, old[0] ? old : "none",
	     c->dflt[0] ? c->dflt : "none");
	return 1;
}

static int m_col_comment(void)
{
	struct tab *t = random_table();
	struct col *c;

	if (!t || t->nc == 0)
		return 0;
	c = &t->c[rnd(t->nc)];
	if (c->comment[0] && one_in(2))
		c->comment[0] = '\0';
	else
		random_comment(c->comment);
	said("comment %s.%s: %s", t->name, c->name, c->comment[0] ? c->comment : "none");
	return 1;
}

static int m_table_comment(void)
{
	struct tab *t = random_table();

	if (!t)
		return 0;
	if (t->comment[0] && one_in(2))
		t->comment[0] = '\0';
	else
		random_comment(t->comment);
	said("table comment %s: %s", t->name, t->comment[0] ? t->comment : "none");
	return 1;
}

/* A named primary key on other columns (or only renamed). */
static int m_primary_key(void)
{
	struct tab *t = random_table();
	char cols[2][NAMELEN];
	int cand[MAXC], nc = 0, i, n;

	if (!t || !t->pkname[0] || incoming_fks(t))
		return 0;
	if (one_in(4)) {
		fresh_name(t->pkname, "pk_");
		said("primary key of %s renamed %s", t->name, t->pkname);
		return 1;
	}
	for (i = 0; i < t->nc; i++)
		if (t->c[i].ty == T_INT || t->c[i].ty == T_BIG || t->c[i].ty == T_SMALL ||
		    t->c[i].ty == T_S20)
			cand[nc++] = i;
	n = nc > 1 && one_in(3) ? 2 : 1;
	if (nc < n)
		return 0;
	for (i = 0; i < n; i++) {
		int j = rnd(nc);
		copy_name(cols[i], t->c[cand[j]].name);
		cand[j] = cand[--nc];
	}
	if (same_set(cols, n, t->pk, t->npk))
		return 0;
	memcpy(t->pk, cols, sizeof(cols));
	t->npk = n;
	for (i = 0; i < n; i++)
		find_col(t, cols[i])->nn = 1;
	if (one_in(2))
		fresh_name(t->pkname, "pk_");
	said("primary key %s of %s now (%s%s%s)", t->pkname, t->name, cols[0], n > 1 ? ", " : "",
	     n > 1 ? cols[1] : "");
	return 1;
}

/* Add a named constraint of a kind, or drop a named one of it. */
static int m_constraint(int kind)
{
	struct tab *t = random_table();
	char name[NAMELEN];
	int i, named[MAXK], n = 0;

	if (!t)
		return 0;
	for (i = 0; i < t->nk; i++)
		if (t->k[i].kind == kind && t->k[i].name[0])
			named[n++] = i;
	if (n > 0 && one_in(2)) {
		i = named[rnd(n)];
		said("drop constraint %s on %s", t->k[i].name, t->name);
		remove_con(t, i);
		return 1;
	}
	fresh_name(name, kind == K_UQ ? "uq_" : kind == K_CK ? "ck_" : "fk_");
	if (kind == K_UQ)
		return make_unique(t, name);
	if (kind == K_CK)
		return make_check(t, name);
	return make_fk(t, name);
}

static int m_index(void)
{
	struct tab *t = random_table();
	struct idx x;
	int i;

	if (!t)
		return 0;
	if (t->nx > 0 && one_in(3)) {
		i = rnd(t->nx);
		said("drop_index %s", t->x[i].name);
		remove_idx(t, i);
		return 1;
	}
	if (t->nx > 0 && one_in(2)) {
		i = rnd(t->nx);
		x = t->x[i];
		if (!random_index(t, &x) || idx_same(&x, &t->x[i]))
			return 0;
		t->x[i] = x;
		said("index %s on %s changed", x.name, t->name);
		return 1;
	}
	if (t->nx >= MAXX)
		return 0;
	memset(&x, 0, sizeof(x));
	fresh_name(x.name, "ix_");
	if (!random_index(t, &x))
		return 0;
	t->x[t->nx++] = x;
	said("create_index %s on %s", x.name, t->name);
	return 1;
}

static int enum_used(const struct en *e, const char *value)
{
	char lit[LITLEN];
	int i, j;

	snprintf(lit, LITLEN, "'%s'", value ? value : "");
	for (i = 0; i < S.nt; i++)
		for (j = 0; j < S.t[i].nc; j++) {
			const struct col *c = &S.t[i].c[j];
			if (c->ty != T_ENUM || strcmp(c->en, e->name) != 0)
				continue;
			if (!value || strcmp(c->dflt, lit) == 0)
				return 1;
		}
	return 0;
}

static int has_value(const struct en *e, const char *v)
{
	int i;

	for (i = 0; i < e->nv; i++)
		if (strcmp(e->v[i], v) == 0)
			return 1;
	return 0;
}

static int m_enum(void)
{
	struct en *e;
	int i, n;

	switch (rnd(4)) {
	case 0:		/* create */
		if (S.ne >= MAXE)
			return 0;
		e = &S.e[S.ne++];
		memset(e, 0, sizeof(*e));
		fresh_name(e->name, "e");
		n = 2 + rnd(3);
		while (e->nv < n) {
			const char *w = words[rnd(NWORDS)];
			if (!has_value(e, w))
				copy_name(e->v[e->nv++], w);
		}
		said("create_enum %s", e->name);
		return 1;
	case 1:		/* drop, when nothing uses it */
		if (S.ne == 0)
			return 0;
		i = rnd(S.ne);
		if (enum_used(&S.e[i], NULL))
			return 0;
		said("drop_enum %s", S.e[i].name);
		memmove(&S.e[i], &S.e[i + 1], (size_t)(S.ne - i - 1) * sizeof(S.e[0]));
		S.ne--;
		return 1;
	case 2:		/* a value added */
		if (S.ne == 0)
			return 0;
		e = &S.e[rnd(S.ne)];
		if (e->nv >= MAXV)
			return 0;
		{
			const char *w = words[rnd(NWORDS)];
			int at = rnd(e->nv + 1);
			if (has_value(e, w))
				return 0;
			memmove(&e->v[at + 1], &e->v[at], (size_t)(e->nv - at) * sizeof(e->v[0]));
			copy_name(e->v[at], w);
			e->nv++;
			said("enum %s: value %s added", e->name, w);
		}
		return 1;
	default:	/* a value no default uses removed */
		if (S.ne == 0)
			return 0;
		e = &S.e[rnd(S.ne)];
		if (e->nv <= 2)
			return 0;
		i = rnd(e->nv);
		if (enum_used(e, e->v[i]))
			return 0;
		said("enum %s: value %s removed", e->name, e->v[i]);
		memmove(&e->v[i], &e->v[i + 1], (size_t)(e->nv - i - 1) * sizeof(e->v[0]));
		e->nv--;
		return 1;
	}
}

/* A column of an enum type (with a member for default, or none). */
static int m_enum_column(void)
{
	struct tab *t = random_table();
	struct col *c;

	if (!t || S.ne == 0 || t->nc >= MAXC)
		return 0;
	c = &t->c[t->nc++];
	memset(c, 0, sizeof(*c));
	fresh_name(c->name, "c");
	c->ty = T_ENUM;
	copy_name(c->en, S.e[rnd(S.ne)].name);
	c->nn = one_in(3);
	if (one_in(2))
		random_default(c, c->dflt);
	said("add_column %s %s enum %s", t->name, c->name, c->en);
	return 1;
}

/* Written in another order: no change at all. */
static int m_shuffle(void)
{
	int i;

	for (i = S.nt - 1; i > 0; i--) {
		int j = rnd(i + 1);
		struct tab tmp = S.t[i];
		S.t[i] = S.t[j];
		S.t[j] = tmp;
	}
	for (i = 0; i < S.nt; i++) {
		struct tab *t = &S.t[i];
		int a, b;
		if (t->nx > 1) {
			struct idx tmp;
			a = rnd(t->nx);
			b = rnd(t->nx);
			tmp = t->x[a];
			t->x[a] = t->x[b];
			t->x[b] = tmp;
		}
		if (t->nk > 1) {
			struct con tmp;
			a = rnd(t->nk);
			b = rnd(t->nk);
			tmp = t->k[a];
			t->k[a] = t->k[b];
			t->k[b] = tmp;
		}
	}
	said("(tables, constraints and indexes written in another order)");
	return 1;
}

struct mutation {
	int (*fn)(void);
	int weight;
};

static int m_unique(void) { return m_constraint(K_UQ); }
static int m_check(void) { return m_constraint(K_CK); }
static int m_fk(void) { return m_constraint(K_FK); }

static const struct mutation mutations[] = {
	{ m_create_table, 6 }, { m_drop_table, 3 }, { m_add_column, 8 }, { m_drop_column, 6 },
	{ m_rename_like, 3 }, { m_retype, 8 }, { m_nullable, 6 }, { m_default, 7 },
	{ m_col_comment, 4 }, { m_table_comment, 3 }, { m_primary_key, 3 }, { m_unique, 5 },
	{ m_check, 4 }, { m_fk, 6 }, { m_index, 8 }, { m_enum, 5 }, { m_enum_column, 3 },
	{ m_rename_table, 2 }, { m_rename_column, 2 },
};
#define NMUT ((int)(sizeof(mutations) / sizeof(mutations[0])))

static int mutate_once(void)
{
	int total = 0, i, r;

	for (i = 0; i < NMUT; i++)
		total += mutations[i].weight;
	r = rnd(total);
	for (i = 0; i < NMUT; i++) {
		if (r < mutations[i].weight)
			return mutations[i].fn();
		r -= mutations[i].weight;
	}
	return 0;
}

/* ---- writing ---- */

static void write_col(FILE *f, const struct col *c)
{
	fprintf(f, "\t%s ", c->name);
	if (c->ty == T_ENUM)
		fprintf(f, "enum %s", c->en);
	else
		fprintf(f, "%s", ty_names[c->ty]);
	if (c->nn)
		fprintf(f, " not null");
	if (c->dflt[0])
		fprintf(f, " default %s", c->dflt);
	if (c->comment[0])
		fprintf(f, " comment %s", c->comment);
}

static void write_cols(FILE *f, char cols[][NAMELEN], int n)
{
	int i;

	for (i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? ", " : "", cols[i]);
}

static void write_schema(FILE *f)
{
	int i, j;

	fprintf(f, "-- schema_mutate: generated\n");
	for (i = 0; i < S.ne; i++) {
		fprintf(f, "create_enum %s (", S.e[i].name);
		for (j = 0; j < S.e[i].nv; j++)
			fprintf(f, "%s'%s'", j ? ", " : "", S.e[i].v[j]);
		fprintf(f, ");\n");
	}
	for (i = 0; i < S.nt; i++) {
		const struct tab *t = &S.t[i];
		fprintf(f, "\ncreate_table %s (\n", t->name);
		for (j = 0; j < t->nc; j++) {
			write_col(f, &t->c[j]);
			fprintf(f, ",\n");
		}
		fprintf(f, "\t");
		if (t->pkname[0])
			fprintf(f, "constraint %s ", t->pkname);
		fprintf(f, "primary key (");
		write_cols(f, (char (*)[NAMELEN])t->pk, t->npk);
		fprintf(f, ")");
		for (j = 0; j < t->nk; j++) {
			const struct con *k = &t->k[j];
			fprintf(f, ",\n\t");
			if (k->name[0])
				fprintf(f, "constraint %s ", k->name);
			switch (k->kind) {
			case K_UQ:
				fprintf(f, "unique (");
				write_cols(f, (char (*)[NAMELEN])k->cols, k->n);
				fprintf(f, ")");
				break;
			case K_CK:
				fprintf(f, "check '%s IS NOT NULL'", k->cols[0]);
				break;
			case K_FK:
				fprintf(f, "foreign key (%s) references %s (%s)", k->cols[0], k->rt,
					k->rc);
				break;
			}
		}
		fprintf(f, "\n)");
		if (t->comment[0])
			fprintf(f, " comment %s", t->comment);
		fprintf(f, ";\n");
		for (j = 0; j < t->nx; j++) {
			const struct idx *x = &t->x[j];
			int m;
			if (x->part)
				fprintf(f, "only postgresql, sqlite {\n\t");
			fprintf(f, "create_index %s on %s (", x->name, t->name);
			for (m = 0; m < x->n; m++)
				fprintf(f, "%s%s%s", m ? ", " : "", x->cols[m], x->desc[m] ? " desc" : "");
			fprintf(f, ")%s", x->uniq ? " unique" : "");
			if (x->part)
				fprintf(f, " where '%s IS NOT NULL';\n}\n", x->cols[0]);
			else
				fprintf(f, ";\n");
		}
	}
}

/* ---- comparing two models (for "same" and the rename hints) ---- */

static char *dup(const char *s)
{
	char *d = malloc(strlen(s) + 1);

	if (!d)
		exit(2);
	return strcpy(d, s);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The model as sorted lines, order of everything ignored. */
static char *canonical(const struct schema *m)
{
	char *lines[2048], *out;
	size_t cap = 1, n = 0, i;
	int a, b, c;
	char buf[512];

#define LINE(...) do { snprintf(buf, sizeof(buf), __VA_ARGS__); \
		lines[n] = dup(buf); cap += strlen(buf) + 1; n++; } while (0)
	for (a = 0; a < m->ne; a++) {
		char vals[256] = "";
		for (b = 0; b < m->e[a].nv; b++) {
			strcat(vals, m->e[a].v[b]);
			strcat(vals, ",");
		}
		LINE("enum %s %s", m->e[a].name, vals);
	}
	for (a = 0; a < m->nt; a++) {
		const struct tab *t = &m->t[a];
		LINE("table %s %s pk %s (%s,%s)", t->name, t->comment, t->pkname, t->pk[0],
		     t->npk > 1 ? t->pk[1] : "");
		for (b = 0; b < t->nc; b++)
			LINE("column %s.%s %d %s %d %s %s", t->name, t->c[b].name, t->c[b].ty,
			     t->c[b].en, t->c[b].nn, t->c[b].dflt, t->c[b].comment);
		for (b = 0; b < t->nk; b++)
			LINE("con %s %d %s (%s,%s) %s %s", t->name, t->k[b].kind, t->k[b].name,
			     t->k[b].cols[0], t->k[b].n > 1 ? t->k[b].cols[1] : "", t->k[b].rt,
			     t->k[b].rc);
		for (b = 0; b < t->nx; b++) {
			char cols[128] = "";
			for (c = 0; c < t->x[b].n; c++) {
				strcat(cols, t->x[b].cols[c]);
				strcat(cols, t->x[b].desc[c] ? " desc," : ",");
			}
			LINE("index %s %s %d %d %s", t->name, t->x[b].name, t->x[b].uniq,
			     t->x[b].part, cols);
		}
	}
#undef LINE
	qsort(lines, n, sizeof(lines[0]), cmp_str);
	out = malloc(cap);
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		strcat(out, lines[i]);
		strcat(out, "\n");
		free(lines[i]);
	}
	return out;
}

static const struct tab *find_in(const struct schema *m, const char *name)
{
	int i;

	for (i = 0; i < m->nt; i++)
		if (strcmp(m->t[i].name, name) == 0)
			return &m->t[i];
	return NULL;
}

static const struct col *col_in(const struct tab *t, const char *name)
{
	int i;

	for (i = 0; i < t->nc; i++)
		if (strcmp(t->c[i].name, name) == 0)
			return &t->c[i];
	return NULL;
}

static void write_expect(FILE *f)
{
	char *a = canonical(&prev), *b = canonical(&S);
	int i, j, k;

	if (strcmp(a, b) == 0)
		fprintf(f, "same\n");
	free(a);
	free(b);
	/* every column dropped from a table that stays, with every column
	 * added to it of the same type and nullability */
	for (i = 0; i < prev.nt; i++) {
		const struct tab *pt = &prev.t[i], *ct = find_in(&S, pt->name);
		if (!ct)
			continue;
		for (j = 0; j < pt->nc; j++) {
			const struct col *pc = &pt->c[j];
			if (col_in(ct, pc->name))
				continue;
			for (k = 0; k < ct->nc; k++) {
				const struct col *cc = &ct->c[k];
				if (col_in(pt, cc->name) || cc->ty != pc->ty || cc->nn != pc->nn ||
				    strcmp(cc->en, pc->en) != 0)
					continue;
				fprintf(f, "hint rename_column %s %s to %s\n", pt->name, pc->name,
					cc->name);
			}
		}
	}
}

static FILE *open_out(const char *dir, int round, const char *ext)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%03d.%s", dir, round, ext);
	if ((f = fopen(path, "w")) == NULL) {
		perror(path);
		exit(2);
	}
	return f;
}

int main(int argc, char **argv)
{
	int rounds, r;
	char *end;
	unsigned long long seed;

	if (argc != 4) {
		fprintf(stderr, "usage: schema_mutate SEED ROUNDS DIR\n");
		return 2;
	}
	seed = strtoull(argv[1], &end, 10);
	rounds = atoi(argv[2]);
	if (*end || rounds < 1 || rounds > 999) {
		fprintf(stderr, "schema_mutate: SEED is a number, ROUNDS 1 to 999\n");
		return 2;
	}
	rng_seed(seed);
	for (r = 1; r <= rounds; r++) {
		FILE *f;
		int want, made = 0, tries;

		prev = S;
		what[0] = '\0';
		pre_up[0] = pre_down[0] = '\0';
		if (r == 1) {
			m_enum();
			while (S.nt < 3)
				m_create_table();
		} else if (one_in(25)) {
			m_shuffle();
		} else {
			want = 1 + rnd(3);
			for (tries = 0; made < want && tries < 200; tries++)
				made += mutate_once();
		}
		f = open_out(argv[3], r, "mig");
		write_schema(f);
		fclose(f);
		f = open_out(argv[3], r, "exp");
		write_expect(f);
		fclose(f);
		f = open_out(argv[3], r, "what");
		fputs(what, f);
		fclose(f);
		if (pre_up[0]) {
			f = open_out(argv[3], r, "pre");
			fprintf(f, "upgrade {\n%s}\n\ndowngrade {\n%s}\n", pre_up, pre_down);
			fclose(f);
		}
	}
	return 0;
}
