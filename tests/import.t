#!/usr/bin/env bash
# retort import on the Alembic fixture projects (tests/fixtures/import/):
# each revision becomes the .mig its expected/ folder holds (the files the
# importer wrote, read line by line before they were committed), what
# cannot be converted is a `todo` the compiler refuses and a line of the
# summary, the revisions converted whole compile for every dialect, the
# graph is Alembic's, and a second import leaves a file a person edited
# alone unless --force.  Bad input is a message and an exit status, not a
# crash.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
FIX=$RETORT_ROOT/tests/fixtures/import
mktempdir tmp

# r ARGS...: retort in $tmp/work; stdout, stderr and status in out, err, rc.
r() {
	rc=0
	(cd "$tmp/work" && run_limited "$TIMEOUT" "$RETORT" "$@") </dev/null >"$tmp/out" \
		2>"$tmp/err" || rc=$?
}

not_grep() { ! grep -q "$@"; }

check() {
	local name=$1
	shift
	if "$@"; then
		ok "$name"
	else
		diag "last command: exit $rc"
		diag "stdout:"
		diag_file "$tmp/out"
		diag "stderr:"
		diag_file "$tmp/err"
		not_ok "$name"
	fi
}

for project in "$FIX"/*/; do
	name=$(basename "$project")
	rm -rf "$tmp/work"
	mkdir -p "$tmp/work"
	cp -R "$project" "$tmp/work/$name"
	rm -rf "$tmp/work/$name/expected"
	r import "$name/alembic.ini"
	want_places=$(cat "$project/expected/places" 2>/dev/null || true)
	check "$name: import exits 1 exactly when places are left" \
		[ "$rc" -eq "$([ -n "$want_places" ] && echo 1 || echo 0)" ]
	check "$name: the summary lists each place left, file:line:col: what" \
		[ "$(sed -n '/places\? left for a person:$/,$p' "$tmp/out" | sed 1d)" = "$want_places" ]
	for want in "$project"/expected/*.mig; do
		got=$tmp/work/migrations/versions/$(basename "$want")
		if diff -u "$want" "$got" >"$tmp/diff" 2>&1; then
			ok "$name: $(basename "$want") is as expected"
		else
			diag_file "$tmp/diff"
			not_ok "$name: $(basename "$want") is as expected"
		fi
	done
	check "$name: no file is written that is not expected" \
		[ "$(ls "$tmp/work/migrations/versions" | wc -l)" -eq \
		  "$(ls "$project"/expected/*.mig | wc -l)" ]
	# the graph: heads and history as the fixture's own record says
	r history
	check "$name: history lists the revisions, parents and messages" \
		[ "$(cat "$tmp/out")" = "$(cat "$project/expected/history")" ]
	# what converted whole compiles for every dialect, up and down
	upto=$(cat "$project/expected/whole")
	for d in postgresql mysql sqlite; do
		r --dialect "$d" upgrade --sql "$upto"
		check "$name: $d: upgrade --sql $upto compiles" [ "$rc" -eq 0 ]
		r --dialect "$d" downgrade --sql "$upto:base"
		check "$name: $d: ... and its downgrade" [ "$rc" -eq 0 ]
	done
	# a place left is an error at its todo, with its Python's place
	if [ -n "$want_places" ]; then
		r --dialect sqlite upgrade --sql heads
		first=${want_places%%$'\n'*}
		check "$name: a todo is an error that names the Python's place" \
			grep -qF "error: left by retort import: $first" "$tmp/err"
		check "$name: ... and the revision does not compile" [ "$rc" -eq 1 ]
	fi
done

# Importing again: an unchanged file is written again, an edited one is
# left (a warning), --force writes it again.
rm -rf "$tmp/work"
mkdir -p "$tmp/work"
cp -R "$FIX/shop" "$tmp/work/shop"
r import shop/alembic.ini
f=$tmp/work/migrations/versions/1a0c5e7b9d01_create_customer.mig
g=$tmp/work/migrations/versions/2b1d6f8c0e12_orders.mig
echo '-- a person was here' >>"$f"
r import shop/alembic.ini
check "again: the edited file is left as it is" grep -q '^-- a person was here$' "$f"
check "again: ... and said so" grep -qF "1a0c5e7b9d01_create_customer.mig was edited since it was imported; left as it is" "$tmp/err"
check "again: the others are written again" grep -qF "Generating migrations/versions/2b1d6f8c0e12_orders.mig ... done" "$tmp/out"
check "again: ... and the environment is not made twice" not_grep "Creating directory" "$tmp/out"
r import shop/alembic.ini --force
check "again: --force writes the edited file again" not_grep '^-- a person was here$' "$f"
[ -f "$g" ] || true

# Single conversions, each read in what it writes: a type's variant,
# PostgreSQL's BYTEA, sa.TIMESTAMP, SQL's niladic functions and any other
# sa.func as a server default.
rm -rf "$tmp/work"
mkdir -p "$tmp/work/v"
cat >"$tmp/work/v/c1_conversions.py" <<'PY'
revision = 'c1'
down_revision = None
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import BYTEA


def upgrade():
    op.create_table(
        'blob',
        sa.Column('id', sa.String(36).with_variant(postgresql.UUID(), 'postgresql'),
                  primary_key=True),
        sa.Column('data', BYTEA(), nullable=True),
        sa.Column('seen', sa.TIMESTAMP, server_default=sa.func.current_timestamp()),
        sa.Column('made', sa.Text, server_default=sa.func.gen_random_uuid()),
    )
    op.add_column('blob', sa.Column('token', sa.Text, server_default=sa.func.md5('x')))
    op.execute(sa.text("UPDATE blob SET made = :m WHERE made::text <> ':m' AND id <> :i")
               .bindparams(m="it's", i=3))


def downgrade():
    op.drop_table('blob')
PY
r import v
m=$tmp/work/migrations/versions/c1_conversions.mig
check "conversions: a type's variant" grep -qx "		id string(36) | postgresql: uuid primary key," "$m"
check "conversions: BYTEA() is binary" grep -qx "		data binary," "$m"
check "conversions: TIMESTAMP is datetime, TIMESTAMP on MySQL; current_timestamp() is bare" \
	grep -qx "		seen datetime | mysql: raw 'TIMESTAMP' default sql 'CURRENT_TIMESTAMP'," "$m"
check "conversions: a function with arguments is left for a person" \
	grep -q "^	todo 'v/c1_conversions.py:18:5: this server_default is not converted';$" "$m"
sed -i "/sa.func.md5/d" "$tmp/work/v/c1_conversions.py"
r import v
check "conversions: ... and without it, the rest converts whole" [ "$rc" -eq 0 ]
check "conversions: bindparams() literals put in place of their :names (not in strings, not ::)" \
	grep -qxF "	execute 'UPDATE blob SET made = ''it''''s'' WHERE made::text <> '':m'' AND id <> 3';" "$m"
check "conversions: any other sa.func.NAME() is NAME()" \
	grep -qx "		made text default sql 'gen_random_uuid()'" "$m"
r --dialect mysql upgrade --sql c1
check "conversions: ... and a TIMESTAMP that may be null says NULL on MySQL" \
	grep -qF "seen TIMESTAMP DEFAULT CURRENT_TIMESTAMP NULL," "$tmp/out"

# What is left for a person, with its reason, where a part of a
# statement would otherwise be guessed or dropped.
cat >"$tmp/work/v/c2_refusals.py" <<'PY'
revision = 'c2'
down_revision = 'c1'
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql


def upgrade():
    op.add_column('blob', sa.Column('n', sa.Integer, sa.CheckConstraint('n > 0')))
    op.add_column('blob', sa.Column('t', postgresql.ARRAY(postgresql.HSTORE)))
    op.create_exclude_constraint('ex', 'blob', ('n', '='), deferrable=True)
    op.create_index('ix', 'blob', [sa.func.lower('n')])
    kind = op.get_bind().dialect.name
    if kind == 'sqlite':
        op.drop_column('blob', 'n')
    kind = 'mysql'
    if kind == 'sqlite':
        op.drop_column('blob', 'n')
    op.create_foreign_key(None, 'blob', 'blob', ['n'], ['id'])
    with op.batch_alter_table('blob') as batch_op:
        op.execute('SELECT 1')
    op.add_column('blob', sa.Column('ci', postgresql.CITEXT()))
    op.add_column('blob', sa.Column('m', sa.Integer, sa.Identity(), server_default='0'))


def downgrade():
    pass
PY
r import v
m=$tmp/work/migrations/versions/c2_refusals.mig
for why in "9:5: a column''s CheckConstraint without a name in add_column" \
	"10:5: an ARRAY of pg.HSTORE is not converted" \
	"11:5: a deferrable exclusion constraint" \
	"12:5: sa.func.lower of something not a column or sa.text()" \
	"16:5: an assignment" "17:5: an if that does not test the dialect alone" \
	"19:5: a constraint without a name (each database" \
	"20:5: in the batch, op.execute inside a batch (Alembic runs it at once" \
	"23:5: what it would be the language refuses: identity column ''m'' cannot have a default"; do
	check "refusals: ${why#*: }" grep -qF "todo 'v/c2_refusals.py:$why" "$m"
done
check "conversions: SQLAlchemy 2's postgresql.CITEXT is raw" \
	grep -qx "	add_column blob ci raw 'CITEXT';" "$m"
check "refusals: the dialect's name kept in a variable is an only block" \
	grep -qx "	only sqlite {" "$m"
check "refusals: ... once" [ "$(grep -c "only sqlite" "$m")" -eq 1 ]

# What SQLAlchemy does that a plain reading would miss: each converted as
# SQLAlchemy writes it, or left for a person.
cat >"$tmp/work/v/c3_semantics.py" <<'PY'
revision = 'c3'
down_revision = 'c2'
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql, postgresql


def upgrade():
    sa.Enum('a', 'b', name='ab').create(op.get_bind())
    op.create_table(
        'u',
        sa.Column('id', sa.Integer, primary_key=True, default=0),
        sa.Column('n', sa.Integer, autoincrement=True),
        sa.Column('e', sa.String(20), unique=True, index=True),
        sa.Column('r', sa.REAL),
        sa.Column('k', sa.Enum('a', 'b', name='ab')),
        schema='s2',
    )
    op.create_index('ix_ops', 'u', ['e'], postgresql_ops={'e': 'Text_Pattern_Ops'})
    op.execute("UPDATE u SET e = '10\\:30'")
    op.add_column('u', sa.Column('a', sa.ARRAY()))
    op.add_column('u', sa.Column('b', sa.Integer().with_variant(dialect_name='mysql')))
    op.add_column('u', sa.Column('t', sa.Time(timezone=True)))
    op.add_column('u', sa.Column('p', postgresql.TIMESTAMP(precision=3)))
    op.add_column('u', sa.Column('x', sa.Text(100)))
    op.add_column('u', sa.Column('y', mysql.INTEGER(unsigned=True)))
    op.add_column('u', sa.Column('f', sa.Integer, sa.ForeignKey('u.id', use_alter=True)))
    op.create_table('w', sa.Column('id', sa.Integer, primary_key=True), mysql_comment='x')
    op.create_index('ix_desc', 'u', ['e'], postgresql_ops={'e': 'DESC'})
    op.create_index('ix_chars', 'u', 'e')
    op.execute(sa.text("UPDATE u SET e = :v").bindparams(v='C:\\T'))
    if op.get_context().dialect.name != 'mariadb':
        op.drop_column('u', 'e')


def downgrade():
    pass
PY
r import v
m=$tmp/work/migrations/versions/c3_semantics.mig
for line in "		id integer primary key," "		n integer," "		e string(20)," "		r raw 'REAL'," \
	"	create_index ix_s2_u_e on s2.u (e) unique;" \
	"	create_index ix_ops on u (e) postgresql: ops (e text_pattern_ops);" \
	"	execute 'UPDATE u SET e = ''10:30''';"; do
	check "semantics: $line" grep -qxF "$line" "$m"
done
check "semantics: an enum made by .create() is not made again by its table" \
	[ "$(grep -c "create_enum ab" "$m")" -eq 1 ]
for why in "21:5: an ARRAY without its element type" "22:5: with_variant() without its type" \
	"23:5: a time with a time zone" "24:5: a timestamp''s precision" "25:5: Text(length)" \
	"26:5: unsigned=True" "27:5: a foreign key with use_alter=True" \
	"28:5: the table option mysql_comment=" "29:5: postgresql_ops ''DESC'' is not" \
	"30:5: an index''s columns as one string" "31:5: a bindparams() string with a backslash" \
	"32:5: a test of ''mariadb'' or ''mysql'' alone"; do
	check "semantics: ${why#*: }" grep -qF "todo 'v/c3_semantics.py:$why" "$m"
done

# The default source, alembic.ini in the current folder; version_locations
# with recursive_version_locations: every folder below, but caches; a name
# two folders share is an error, not one file written over the other.
rm -rf "$tmp/work"
mkdir -p "$tmp/work/a/one/deep" "$tmp/work/a/__pycache__" "$tmp/work/b"
cat >"$tmp/work/alembic.ini" <<'INI'
[alembic]
script_location = %(here)s/alembic
version_locations = %(here)s/a %(here)s/b
version_path_separator = space
recursive_version_locations = true
INI
rev() {	# rev FILE ID PARENT
	printf 'revision = "%s"\ndown_revision = %s\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n' \
		"$2" "$3" >"$1"
}
rev "$tmp/work/a/r1_first.py" r1 None
rev "$tmp/work/a/one/r2_second.py" r2 '"r1"'
rev "$tmp/work/a/one/deep/r3_third.py" r3 '"r2"'
rev "$tmp/work/b/r4_fourth.py" r4 '"r3"'
rev "$tmp/work/a/__pycache__/r9_cached.py" r9 '"r4"'
r import
check "recursive: alembic.ini here is the default, every folder below is read" \
	[ "$rc" -eq 0 ] && [ "$(ls "$tmp/work/migrations/versions" | tr '\n' ' ')" = \
		"r1_first.mig r2_second.mig r3_third.mig r4_fourth.mig " ]
r heads
check "recursive: ... and the graph is whole" [ "$(cat "$tmp/out")" = "r4 (head)" ]
rev "$tmp/work/b/r2_second.py" r5 '"r4"'
r import
check "two folders' files of one name: exit 1" [ "$rc" -eq 1 ]
check "... and said so" grep -qF "./a/one/r2_second.py and ./b/r2_second.py would both be migrations/versions/r2_second.mig" "$tmp/err"
check "... the first one written" grep -qx "revision 'r2';" "$tmp/work/migrations/versions/r2_second.mig"
sed -i '/^recursive_version_locations/d' "$tmp/work/alembic.ini"
rm "$tmp/work/b/r2_second.py" "$tmp/work/migrations/versions/"*
r import
check "not recursive: the folders named, and only those" \
	[ "$(ls "$tmp/work/migrations/versions" | tr '\n' ' ')" = "r1_first.mig r4_fourth.mig " ]

# Many revisions: the files are put in place a batch of 128 at a time (one
# flush to disk a batch); all 600 are there, no temporary file is left,
# and the graph is whole.  A file that cannot be written (a folder in its
# place) stops the import there: a message naming it, exit 2, the files
# before it in place (as the import had written them one by one), none
# after it, and no temporary file left.
rm -rf "$tmp/work"
mkdir -p "$tmp/work/v"
rev "$tmp/work/v/r1_one.py" r1 None
for i in $(seq 2 600); do rev "$tmp/work/v/r${i}_one.py" "r$i" "\"r$((i - 1))\""; done
r import v
check "600 revisions: exit 0" [ "$rc" -eq 0 ]
check "... 600 files written" [ "$(ls "$tmp/work/migrations/versions" | wc -l)" -eq 600 ]
check "... each listed" [ "$(grep -c '^Generating migrations/versions/r.* \.\.\. done$' "$tmp/out")" -eq 600 ]
check "... no temporary file left" [ -z "$(ls -A "$tmp/work/migrations/versions" | grep '^\.')" ]
r heads
check "... and the graph is whole" [ "$(cat "$tmp/out")" = "r600 (head)" ]
rm -f "$tmp/work/migrations/versions/"*
mkdir "$tmp/work/migrations/versions/r400_one.mig"
r import v
check "a folder where a file goes: exit 2" [ "$rc" -eq 2 ]
check "... and a message naming it" \
	grep -qF "cannot write 'migrations/versions/r400_one.mig': Is a directory" "$tmp/err"
# the files are read in byte order of their names (r10_ before r1_)
before=$(cd "$tmp/work/v" && printf '%s\n' *.py | LC_ALL=C sort | sed '/^r400_one.py$/,$d' | wc -l)
check "... the files before it in place ($before, and the folder)" \
	[ "$(ls "$tmp/work/migrations/versions" | wc -l)" -eq $((before + 1)) ]
check "... none after it" [ ! -e "$tmp/work/migrations/versions/r401_one.mig" ]
check "... no temporary file left" [ -z "$(ls -A "$tmp/work/migrations/versions" | grep '^\.')" ]

# Bad input: a message and exit status 2, nothing written.
rm -rf "$tmp/work"
mkdir -p "$tmp/work"
r import
check "no alembic.ini: exit 2" [ "$rc" -eq 2 ]
check "... and a message naming it" grep -qF "cannot read 'alembic.ini'" "$tmp/err"
mkdir -p "$tmp/work/v"
printf 'x = (\n' >"$tmp/work/v/bad.py"
printf 'revision = "r1"\ndown_revision = None\ndef upgrade():\n    op.execute(\n\ndef downgrade():\n    pass\n' >"$tmp/work/v/r1_half.py"
r import v
check "a file with no revision is not imported (exit 1)" [ "$rc" -eq 1 ]
check "... and said so" grep -qF "v/bad.py: no \`revision = '...'\` in this file" "$tmp/err"
check "a syntax error is a message at its place" grep -qF "v/r1_half.py:6:1: error:" "$tmp/err"
check "... and the statement a todo" grep -q "^	todo 'v/r1_half.py:4:5: a statement the Python reader could not read';$" "$tmp/work/migrations/versions/r1_half.mig"

tap_done
