/* bench/gen.c: writes a linear chain of N revisions for the benchmark.
 *
 *     gen N DIR
 *
 * creates DIR/retort.ini and DIR/versions/<12-hex-id>_<slug>.mig for
 * revisions 1..N, revision i revising revision i-1, and prints the total
 * number of bytes written to DIR/versions on stdout.  DIR/versions must not
 * exist yet (or be empty).
 *
 * Each revision does what a real one does, five operations:
 *
 *   create_table        a new table T_i with six columns (id, name, amount,
 *                       created_at, note, parent_id)
 *   add_column          a new column on an earlier table T_j
 *   create_index        an index on that new column
 *   create_foreign_key  T_i.parent_id -> T_k.id, T_k an earlier table
 *   alter_column        a change (type, default or comment; sometimes two)
 *                       to a column of an earlier table T_m
 *
 * and a downgrade that undoes exactly that, in reverse order.  The generator
 * keeps the state of every table's altered columns, so each downgrade
 * restores the value the column had before, and every name an operation uses
 * exists at that point of the chain.  The first revision has no earlier
 * table, so there j, k and m are the new table itself.
 *
 * Output is deterministic: a fixed seed, ids from a bijection of the index
 * (so they never collide), and creation dates computed in UTC.
 *
 *     gen --wide N DIR     one table widened by a column a revision, N-1 times
 *     gen --table N DIR    one revision making a table of N columns
 *     gen --plain N DIR    the chain of `gen N DIR` with no raw SQL a database
 *                          other than PostgreSQL refuses (the jsonb default
 *                          is a plain string): for bench/runner.sh on SQLite
 *     gen --portable N DIR the --plain chain, and what MySQL and MariaDB can
 *                          index too: no partial index (a plain one instead),
 *                          and a text or jsonb column's index on id instead
 *                          (they index only a prefix of those): for
 *                          bench/runner.sh on MariaDB.  Both draw the same
 *                          random numbers as the usual chain. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define SLUG_MAX 40

static const char *const nouns[] = {
	"account", "invoice", "shipment", "customer", "product", "warehouse",
	"supplier", "payment", "refund", "coupon", "review", "category",
	"address", "session", "audit_log", "price_list", "stock_move", "carrier",
	"tax_rate", "employee", "department", "contract", "ledger", "voucher",
	"campaign", "ticket", "asset", "booking", "vehicle", "route",
	"subscription", "notification",
};

/* Attributes added by add_column: a name stem and its column definition
 * tail (type and options). */
static const struct attr {
	const char *stem;
	const char *def;
	const char *py;		/* the same as sa.Column's arguments after the name */
} attrs[] = {
	{ "status", "string(32) not null default 'new' comment 'lifecycle state'",
	  "sa.String(length=32), server_default='new', nullable=False, comment='lifecycle state'" },
	{ "is_active", "boolean not null default true",
	  "sa.Boolean(), server_default=sa.true(), nullable=False" },
	{ "priority", "smallint not null default 0",
	  "sa.SmallInteger(), server_default='0', nullable=False" },
	{ "external_ref", "string(64)", "sa.String(length=64), nullable=True" },
	{ "score", "numeric(8, 3) default 0 comment 'weighted score'",
	  "sa.Numeric(precision=8, scale=3), server_default='0', nullable=True, "
	  "comment='weighted score'" },
	{ "updated_at", "timestamptz not null default sql 'now()'",
	  "sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False" },
	{ "due_on", "date", "sa.Date(), nullable=True" },
	{ "payload", "jsonb not null default sql '''{}''::jsonb'",
	  "postgresql.JSONB(), server_default=sa.text(\"'{}'::jsonb\"), nullable=False" },
	{ "token", "uuid unique", "postgresql.UUID(), nullable=True, unique=True" },
	{ "remarks", "text comment 'operator''s remarks'",
	  "sa.Text(), nullable=True, comment=\"operator's remarks\"" },
	{ "quantity", "integer not null default 1",
	  "sa.Integer(), server_default='1', nullable=False" },
	{ "weight_kg", "double", "sa.Float(), nullable=True" },
};

static const char *const fk_actions[] = {
	"", " on delete cascade", " on delete set null", " on delete restrict",
	" on delete cascade on update cascade",
};

/* the same, as op.create_foreign_key's keywords */
static const char *const fk_actions_py[] = {
	"", ", ondelete='CASCADE'", ", ondelete='SET NULL'", ", ondelete='RESTRICT'",
	", ondelete='CASCADE', onupdate='CASCADE'",
};

/* What the generator remembers of each table: the state of the columns that
 * alter_column changes. */
struct table {
	unsigned noun;		/* index into nouns */
	unsigned name_len;	/* name string(name_len) */
	int amount_default;	/* amount numeric(12, 2) not null default N */
	unsigned note_version;	/* note's comment, 0 = the one create_table gave */
};

static uint64_t rng_state = 0x5eed2024b3c4d5e6ULL;

static uint64_t rng(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
	return (unsigned)(rng() % n);
}

/* A revision id: 12 hex digits, a bijection of i on 48 bits, so no two
 * revisions share one. */
static void make_id(unsigned long i, char out[13])
{
	const uint64_t mask = (1ULL << 48) - 1;
	uint64_t x = ((uint64_t)i * 0x9e3779b97f4bULL + 0x1a2b3c4d5e6fULL) & mask;

	x ^= x >> 21;
	x = (x * 0x5851f42d4c95ULL) & mask;	/* odd: invertible mod 2^48 */
	x ^= x >> 17;
	x = (x * 0x2545f4914f6dULL) & mask;
	snprintf(out, 13, "%012llx", (unsigned long long)x);
}

static void table_name(const struct table *t, unsigned long i, char *out, size_t n)
{
	snprintf(out, n, "%s_%lu", nouns[t->noun], i);
}

/* note's comment; in the language's quotes ('' for '), or for Python's
 * double quotes (py) */
static void note_comment(const struct table *t, unsigned long i, char *out, size_t n, int py)
{
	if (t->note_version == 0)
		snprintf(out, n, "free-form note");
	else
		snprintf(out, n, "note on %s_%lu, rev. %u (reviewed by ops%ss team)",
			 nouns[t->noun], i, t->note_version, py ? "'" : "''");
}

/* The slug rule of docs/commands.md: lower-case letters and digits kept,
 * every other run becomes one '_', none at either end, cut to SLUG_MAX. */
static void slugify(const char *msg, char *out)
{
	size_t n = 0;
	int pending = 0;

	for (; *msg; msg++) {
		char c = *msg;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    (c >= 'A' && c <= 'Z')) {
			if (pending && n > 0 && n < SLUG_MAX)
				out[n++] = '_';
			pending = 0;
			if (n < SLUG_MAX)
				out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
		} else {
			pending = 1;
		}
	}
	while (n > 0 && out[n - 1] == '_')
		n--;
	out[n] = '\0';
}

struct buf {
	char *p;
	size_t len, cap;
};

static void bprintf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if (n < 0) {
			perror("gen: vsnprintf");
			exit(1);
		}
		if ((size_t)n < b->cap - b->len)
			break;
		b->cap = (b->cap + (size_t)n + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p) {
			perror("gen");
			exit(1);
		}
	}
	b->len += (size_t)n;
}

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
		exit(1);
	}
}

/* An earlier table, or the new one when there is none: recent tables more
 * often than old ones, as in a real schema's history. */
static unsigned long pick_earlier(unsigned long i)
{
	unsigned long span;

	if (i == 1)
		return 1;
	span = i - 1;
	if (below(3) != 0 && span > 50)
		span = 50;
	return i - 1 - (unsigned long)(rng() % span);
}

/* --alembic: the chain as an Alembic project, for `retort import` */
static int alembic;

/* DIR and DIR/versions made, and DIR/retort.ini written (DIR/alembic.ini
 * with --alembic), its first line saying what b holds; b and path are left
 * empty. */
static int start_project(const char *dir, struct buf *path, struct buf *b)
{
	char what[128];

	snprintf(what, sizeof what, "%.*s", (int)b->len, b->p);
	b->len = path->len = 0;
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen: %s: %s\n", dir, strerror(errno));
		return 0;
	}
	bprintf(path, "%s/versions", dir);
	if (mkdir(path->p, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen: %s: %s\n", path->p, strerror(errno));
		return 0;
	}
	path->len = 0;
	if (alembic) {
		bprintf(path, "%s/alembic.ini", dir);
		bprintf(b, "# written by bench/gen: %s, as Alembic revisions\n[alembic]\n"
			"script_location = .\nsqlalchemy.url = postgresql://localhost/bench\n",
			what);
	} else {
		bprintf(path, "%s/retort.ini", dir);
		bprintf(b, "# written by bench/gen: %s\n[retort]\nscript_location = .\n"
			"dialect = postgresql\ndialects = postgresql\n", what);
	}
	write_file(path->p, b->p, b->len);
	b->len = path->len = 0;
	return 1;
}

/* The wide shapes (gen --wide N DIR, gen --table N DIR): one table t,
 * widened by N-1 revisions that each add a column, or made at once with N
 * columns in one revision.  What a linear step per column costs where a
 * table is wide. */
static int gen_wide(unsigned long n, const char *dir, int at_once)
{
	struct buf b = { malloc(4096), 0, 4096 }, path = { malloc(4096), 0, 4096 };
	char prev_id[13] = "", id[13];
	unsigned long i, revs = at_once ? 1 : n;
	unsigned long long total = 0;

	if (!b.p || !path.p) {
		perror("gen");
		return 1;
	}
	bprintf(&b, "one table of %lu columns%s", n,
		at_once ? ", made at once" : ", a column a revision");
	if (!start_project(dir, &path, &b))
		return 1;
	for (i = 1; i <= revs; i++) {
		unsigned long c;
		snprintf(id, sizeof id, "%012lx", 0xb00000000000UL + i);
		b.len = 0;
		bprintf(&b, "revision '%s';\nrevises ", id);
		if (i == 1)
			bprintf(&b, "base;\n");
		else
			bprintf(&b, "'%s';\n", prev_id);
		bprintf(&b, "message 'wide %lu';\n\nupgrade {\n", i);
		if (i == 1) {
			bprintf(&b, "\tcreate_table t (\n\t\tid integer primary key");
			for (c = 2; at_once && c <= n; c++)
				bprintf(&b, ",\n\t\tc%lu integer", c);
			bprintf(&b, "\n\t);\n}\n\ndowngrade {\n\tdrop_table t;\n}\n");
		} else {
			bprintf(&b, "\tadd_column t c%lu integer;\n}\n\ndowngrade {\n"
				"\tdrop_column t c%lu;\n}\n", i, i);
		}
		path.len = 0;
		bprintf(&path, "%s/versions/%s_wide_%lu.mig", dir, id, i);
		write_file(path.p, b.p, b.len);
		total += b.len;
		memcpy(prev_id, id, sizeof id);
	}
	printf("%llu\n", total);
	free(b.p);
	free(path.p);
	return 0;
}

/* --plain: no PostgreSQL-only raw SQL in the chain; --portable: nor an
 * index MySQL cannot make */
static int plain, portable;

int main(int argc, char **argv)
{
	unsigned long n, i;
	const char *dir;
	struct table *tables;
	struct buf b, path, py;
	char prev_id[13] = "", id[13];
	unsigned long long total = 0;
	char *end;

	if (argc == 4 && (strcmp(argv[1], "--wide") == 0 || strcmp(argv[1], "--table") == 0)) {
		errno = 0;
		n = strtoul(argv[2], &end, 10);
		if (errno || *end || n < 2 || n > 1000000) {
			fprintf(stderr, "gen: bad N '%s'\n", argv[2]);
			return 2;
		}
		return gen_wide(n, argv[3], strcmp(argv[1], "--table") == 0);
	}
	if (argc == 4 && (strcmp(argv[1], "--plain") == 0 || strcmp(argv[1], "--portable") == 0)) {
		plain = 1;
		portable = argv[1][2] == 'p' && argv[1][3] == 'o';
		argc--;
		argv++;
	} else if (argc == 4 && strcmp(argv[1], "--alembic") == 0) {
		alembic = 1;
		argc--;
		argv++;
	}
	if (argc != 3) {
		fprintf(stderr, "usage: gen N DIR | gen --wide N DIR | gen --table N DIR | "
			"gen --plain N DIR | gen --portable N DIR | gen --alembic N DIR\n");
		return 2;
	}
	errno = 0;
	n = strtoul(argv[1], &end, 10);
	if (errno || *end || n == 0 || n > 10000000) {
		fprintf(stderr, "gen: bad N '%s'\n", argv[1]);
		return 2;
	}
	dir = argv[2];
	b.cap = path.cap = py.cap = 4096;
	b.len = path.len = py.len = 0;
	b.p = malloc(b.cap);
	path.p = malloc(path.cap);
	py.p = malloc(py.cap);
	tables = calloc(n + 1, sizeof *tables);
	if (!tables || !b.p || !path.p || !py.p) {
		perror("gen");
		return 1;
	}

	bprintf(&b, "%lu revisions in a line", n);
	if (!start_project(dir, &path, &b))
		return 1;

	for (i = 1; i <= n; i++) {
		struct table *t = &tables[i];
		unsigned long j, k, m;
		struct table *tj, *tm;
		const struct attr *a;
		char tname[64], jname[64], kname[64], mname[64], col[64], ix[160];
		char fk[160], msg[256], slug[SLUG_MAX + 1], created[40];
		char old_c[160], new_c[160], old_p[160], new_p[160], ntype[32];
		unsigned kind, ixkind, fkact_i;
		int two;
		struct tm tmv;
		time_t when = (time_t)1704067200 + (time_t)i * 2221;	/* 2024-01-01 UTC */
		const char *fkact;

		t->noun = below((unsigned)(sizeof nouns / sizeof *nouns));
		t->name_len = 40 + 8 * below(11);
		t->amount_default = 0;
		t->note_version = 0;
		table_name(t, i, tname, sizeof tname);

		j = pick_earlier(i);
		tj = &tables[j];
		table_name(tj, j, jname, sizeof jname);
		a = &attrs[below((unsigned)(sizeof attrs / sizeof *attrs))];
		snprintf(col, sizeof col, "%s_%lu", a->stem, i);
		snprintf(ix, sizeof ix, "ix_%s_%s", jname, col);

		k = pick_earlier(i);
		table_name(&tables[k], k, kname, sizeof kname);
		snprintf(fk, sizeof fk, "fk_%s_parent", tname);
		fkact_i = below((unsigned)(sizeof fk_actions / sizeof *fk_actions));
		fkact = fk_actions[fkact_i];

		m = pick_earlier(i);
		tm = &tables[m];
		table_name(tm, m, mname, sizeof mname);
		kind = below(3);
		two = below(4) == 0;
		ixkind = below(6);

		make_id(i, id);
		snprintf(msg, sizeof msg, "create %s, %s on %s", tname, a->stem, jname);
		slugify(msg, slug);
		gmtime_r(&when, &tmv);
		strftime(created, sizeof created, "%Y-%m-%d %H:%M:%S.000000", &tmv);

		b.len = 0;
		bprintf(&b, "-- Benchmark revision %lu of %lu.\n", i, n);
		bprintf(&b, "revision '%s';\n", id);
		if (i == 1)
			bprintf(&b, "revises base;\n");
		else
			bprintf(&b, "revises '%s';\n", prev_id);
		bprintf(&b, "message '%s';\ncreated '%s';\n\nupgrade {\n", msg, created);

		/* create_table: six columns */
		snprintf(ntype, sizeof ntype, "string(%u)", t->name_len);
		bprintf(&b,
			"    create_table %s (\n"
			"        id          bigint          primary key autoincrement,\n"
			"        name        %-15s not null,\n"
			"        amount      numeric(12, 2)  not null default 0,\n"
			"        created_at  timestamptz     not null default sql 'now()',\n"
			"        note        text            comment 'free-form note',\n"
			"        parent_id   bigint\n"
			"    ) comment '%s rows, revision %lu';\n\n",
			tname, ntype, nouns[t->noun], i);
		py.len = 0;
		bprintf(&py, "\"\"\"%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n"
			"Benchmark revision %lu of %lu.\n\"\"\"\n"
			"from alembic import op\nimport sqlalchemy as sa\n"
			"from sqlalchemy.dialects import postgresql\n\n"
			"# revision identifiers, used by Alembic.\nrevision = '%s'\n",
			msg, id, prev_id, created, i, n, id);
		if (i == 1)
			bprintf(&py, "down_revision = None\n");
		else
			bprintf(&py, "down_revision = '%s'\n", prev_id);
		bprintf(&py, "branch_labels = None\ndepends_on = None\n\n\n"
			"def upgrade():\n"
			"    op.create_table('%s',\n"
			"        sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),\n"
			"        sa.Column('name', sa.String(length=%u), nullable=False),\n"
			"        sa.Column('amount', sa.Numeric(precision=12, scale=2), "
			"server_default='0', nullable=False),\n"
			"        sa.Column('created_at', sa.DateTime(timezone=True), "
			"server_default=sa.text('now()'), nullable=False),\n"
			"        sa.Column('note', sa.Text(), nullable=True, comment='free-form note'),\n"
			"        sa.Column('parent_id', sa.BigInteger(), nullable=True),\n"
			"        sa.PrimaryKeyConstraint('id'),\n"
			"        comment='%s rows, revision %lu'\n"
			"    )\n",
			tname, t->name_len, nouns[t->noun], i);
		bprintf(&py, "    op.add_column('%s', sa.Column('%s', %s))\n", jname, col, a->py);
		if (ixkind == 0)
			bprintf(&py, "    op.create_index('%s', '%s', ['%s', sa.text('id DESC')])\n",
				ix, jname, col);
		else if (ixkind == 1)
			bprintf(&py, "    op.create_index('%s', '%s', ['%s'], "
				"postgresql_where=sa.text('%s IS NOT NULL'))\n", ix, jname, col, col);
		else
			bprintf(&py, "    op.create_index('%s', '%s', ['%s'])\n", ix, jname, col);
		bprintf(&py, "    op.create_foreign_key('%s', '%s', '%s', ['parent_id'], ['id']%s)\n",
			fk, tname, kname,
			fk_actions_py[fkact_i]);

		/* add_column, create_index */
		bprintf(&b, "    add_column %s %s %s;\n", jname, col,
			plain && strstr(a->def, "::jsonb") ? "jsonb not null default '{}'" : a->def);
		if (portable && (strstr(a->def, "text") == a->def || strstr(a->def, "jsonb") == a->def))
			bprintf(&b, "    create_index %s on %s (id);\n", ix, jname);
		else if (ixkind == 0)
			bprintf(&b, "    create_index %s on %s (%s, id desc);\n", ix, jname, col);
		else if (ixkind == 1 && portable)
			bprintf(&b, "    create_index %s on %s (%s);\n", ix, jname, col);
		else if (ixkind == 1)
			bprintf(&b, "    create_index %s on %s (%s) where '%s IS NOT NULL';\n",
				ix, jname, col, col);
		else
			bprintf(&b, "    create_index %s on %s (%s);\n", ix, jname, col);

		/* create_foreign_key */
		bprintf(&b, "    create_foreign_key %s on %s (parent_id)\n"
			"        references %s (id)%s;\n", fk, tname, kname, fkact);

		/* alter_column: upgrade text, then the downgrade text, from the state
		 * before; then the state moves on. */
		{
			char down[2][384], pydown[2][512];
			unsigned ndown = 0, c;
			unsigned k2 = two ? (kind + 1 + below(2)) % 3 : 3;

			for (c = 0; c < 3; c++) {
				if (c != kind && c != k2)
					continue;
				if (c == 0) {
					unsigned nl = tm->name_len + 8 * (1 + below(4));
					bprintf(&b, "    alter_column %s name type string(%u);\n", mname, nl);
					bprintf(&py, "    op.alter_column('%s', 'name', "
						"existing_type=sa.String(length=%u), "
						"type_=sa.String(length=%u), existing_nullable=False)\n",
						mname, tm->name_len, nl);
					snprintf(pydown[ndown], sizeof pydown[0],
						 "    op.alter_column('%s', 'name', "
						 "existing_type=sa.String(length=%u), "
						 "type_=sa.String(length=%u), existing_nullable=False)\n",
						 mname, nl, tm->name_len);
					snprintf(down[ndown++], sizeof down[0],
						 "    alter_column %s name type string(%u);\n",
						 mname, tm->name_len);
					tm->name_len = nl;
				} else if (c == 1) {
					int nd = (int)below(1000);
					bprintf(&b, "    alter_column %s amount set default %d;\n", mname, nd);
					bprintf(&py, "    op.alter_column('%s', 'amount', "
						"existing_type=sa.Numeric(precision=12, scale=2), "
						"server_default='%d', existing_nullable=False)\n", mname, nd);
					snprintf(pydown[ndown], sizeof pydown[0],
						 "    op.alter_column('%s', 'amount', "
						 "existing_type=sa.Numeric(precision=12, scale=2), "
						 "server_default='%d', existing_nullable=False)\n",
						 mname, tm->amount_default);
					snprintf(down[ndown++], sizeof down[0],
						 "    alter_column %s amount set default %d;\n",
						 mname, tm->amount_default);
					tm->amount_default = nd;
				} else {
					note_comment(tm, m, old_c, sizeof old_c, 0);
					note_comment(tm, m, old_p, sizeof old_p, 1);
					tm->note_version++;
					note_comment(tm, m, new_c, sizeof new_c, 0);
					note_comment(tm, m, new_p, sizeof new_p, 1);
					bprintf(&py, "    op.alter_column('%s', 'note', existing_type=sa.Text(), "
						"comment=\"%s\", existing_comment=\"%s\", "
						"existing_nullable=True)\n", mname, new_p, old_p);
					snprintf(pydown[ndown], sizeof pydown[0],
						 "    op.alter_column('%s', 'note', existing_type=sa.Text(), "
						 "comment=\"%s\", existing_comment=\"%s\", "
						 "existing_nullable=True)\n", mname, old_p, new_p);
					bprintf(&b, "    alter_column %s note comment '%s';\n", mname, new_c);
					snprintf(down[ndown++], sizeof down[0],
						 "    alter_column %s note comment '%s';\n", mname, old_c);
				}
			}
			bprintf(&b, "}\n\ndowngrade {\n");
			bprintf(&py, "\n\ndef downgrade():\n");
			while (ndown > 0) {	/* undo in reverse order */
				ndown--;
				bprintf(&b, "%s", down[ndown]);
				bprintf(&py, "%s", pydown[ndown]);
			}
		}
		bprintf(&py, "    op.drop_constraint('%s', '%s', type_='foreignkey')\n", fk, tname);
		bprintf(&py, "    op.drop_index('%s', table_name='%s')\n", ix, jname);
		bprintf(&py, "    op.drop_column('%s', '%s')\n", jname, col);
		bprintf(&py, "    op.drop_table('%s')\n", tname);
		bprintf(&b, "    drop_constraint %s on %s type foreign_key;\n", fk, tname);
		bprintf(&b, "    drop_index %s on %s;\n", ix, jname);
		bprintf(&b, "    drop_column %s %s;\n", jname, col);
		bprintf(&b, "    drop_table %s;\n}\n", tname);

		path.len = 0;
		if (alembic) {
			bprintf(&path, "%s/versions/%s_%s.py", dir, id, slug);
			write_file(path.p, py.p, py.len);
			total += py.len;
		} else {
			bprintf(&path, "%s/versions/%s_%s.mig", dir, id, slug);
			write_file(path.p, b.p, b.len);
			total += b.len;
		}
		memcpy(prev_id, id, sizeof id);
	}
	printf("%llu\n", total);
	free(tables);
	free(b.p);
	free(py.p);
	free(path.p);
	return 0;
}
