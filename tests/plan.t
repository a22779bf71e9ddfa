#!/usr/bin/env bash
# upgrade/downgrade --plan (docs/commands.md): the database's rows are
# read, and what a run would do printed, nothing run.  Checked against what
# the run then does: the same steps in the same order as its "Running"
# lines, the same SQL as --sql prints from the same start, a database left
# as it was; the SQL applied to a copy reaches the target.  On SQLite and a
# real PostgreSQL 15 (the password in the URL never printed).
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"

RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
mktempdir work
cd "$work" || bail_out "cannot cd to $work"
cp -r "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" .

OUT=$work/.out ERR=$work/.err

# same NAME A B: files A and B are the same, else their diff.
same() {
	if diff -u "$2" "$3" >"$work/.diff"; then ok "$1"; else diag_file "$work/.diff"; not_ok "$1"; fi
}

# ---- SQLite

db=$work/shop.db
URL="sqlite:///$db"
"$RETORT" --url "$URL" -q upgrade 2b3c4d5e6f70
sum_before=$(sha256sum <"$db")
expect_exit "upgrade heads --plan" 0 "$RETORT" --url "$URL" upgrade heads --plan
cp .out plan.txt
if [ "$(sha256sum <"$db")" = "$sum_before" ]; then ok "--plan: the database file unchanged"; else not_ok "--plan: the database file unchanged"; fi
expect_exit "current after --plan" 0 "$RETORT" --url "$URL" current
if grep -qx "2b3c4d5e6f70 (branchpoint)" .out; then ok "--plan: still at 2b3c4d5e6f70"; else diag_file .out; not_ok "--plan: still at 2b3c4d5e6f70"; fi
sed -n '1,3p' plan.txt >head.txt
printf '%s\n' "-- Plan for $URL (sqlite): nothing has been run." "-- The database is at 2b3c4d5e6f70." \
	"-- upgrade heads would run 5 revisions, leaving it at 708192a3b4c5:" >head.want
same "--plan: where the database is, the target, the count, where it would leave it" head.want head.txt

# the SQL is what --sql prints from the same start
sed -n '/^$/,$p' plan.txt | sed '1d' >plan.sql
"$RETORT" --dialect sqlite upgrade 2b3c4d5e6f70:heads --sql >range.sql
same "--plan: the SQL --sql prints from the same start" range.sql plan.sql

# the steps are the ones the run then runs, in its order
sed -n 's/^--   upgrade /Running upgrade /p' plan.txt >steps.plan
cp "$db" copy.db
expect_exit "the run itself" 0 "$RETORT" --url "$URL" upgrade heads
same "--plan: the steps the run runs, in its order" .out steps.plan

# the plan's SQL, applied to the copy, takes it to the heads
if "$RUN" copy.db exec plan.sql >.run 2>&1; then ok "--plan: its SQL runs on the copy"; else diag_file .run; not_ok "--plan: its SQL runs on the copy"; fi
expect_exit "--plan: the copy at the heads" 0 "$RETORT" --url "sqlite:///$work/copy.db" current --check

# at the target: nothing to run, no SQL
expect_exit "--plan at the target" 0 "$RETORT" --url "$URL" upgrade heads --plan
if grep -q "upgrade heads has nothing to run" .out && ! grep -qv '^--' .out; then
	ok "--plan at the target: nothing to run, and no SQL"
else
	diag_file .out
	not_ok "--plan at the target: nothing to run, and no SQL"
fi

# downgrade, JSON
expect_exit "downgrade 2b3c4d5e6f70 --plan --format json" 0 "$RETORT" --url "$URL" downgrade 2b3c4d5e6f70 \
	--plan --format json
cp .out plan.json
if jq -e '.command == "downgrade" and .target == "2b3c4d5e6f70" and .from == ["708192a3b4c5"] and
	.to == ["2b3c4d5e6f70"] and (.steps | length) == 5 and ([.steps[].direction] | unique) == ["downgrade"]
	and .steps[0].revision == "708192a3b4c5" and .dialect == "sqlite"' plan.json >/dev/null; then
	ok "--plan --format json: rows, steps, directions"
else
	diag_file plan.json
	not_ok "--plan --format json: rows, steps, directions"
fi
jq -j .sql plan.json >json.sql
"$RETORT" --dialect sqlite downgrade 708192a3b4c5:2b3c4d5e6f70 --sql >range.sql
same "--plan --format json: its sql member, as --sql prints it" range.sql json.sql

# a database with no version table (an empty SQLite file: --plan makes
# no file), and one whose table is empty
: >empty.db
expect_exit "--plan on a new database" 0 "$RETORT" --url "sqlite:///$work/empty.db" upgrade 1a2b3c4d5e6f --plan
if grep -q "CREATE TABLE alembic_version" .out && grep -q "The database is at base" .out; then
	ok "--plan on a new database: it would make the version table"
else
	diag_file .out
	not_ok "--plan on a new database: it would make the version table"
fi
if [ ! -s empty.db ] && [ -z "$("$RUN" empty.db query "SELECT name FROM sqlite_master")" ]; then
	ok "--plan on a new database: nothing made in it"
else
	not_ok "--plan on a new database: nothing made in it"
fi
"$RETORT" --url "$URL" -q downgrade base
expect_exit "--plan where the version table is there and empty" 0 "$RETORT" --url "$URL" upgrade 1a2b3c4d5e6f --plan
if grep -q "CREATE TABLE alembic_version" .out; then diag_file .out; not_ok "--plan: no second version table"; else ok "--plan: no second version table"; fi

# what --plan refuses
expect_exit "--plan on a SQLite file that is not there" 3 "$RETORT" --url "sqlite:///$work/none.db" upgrade heads --plan
if [ ! -e none.db ]; then ok "--plan makes no database file"; else not_ok "--plan makes no database file"; fi
expect_exit "--plan with --sql" 2 "$RETORT" --url "$URL" upgrade heads --plan --sql
if grep -q "plan is for upgrade and downgrade on a database" .err; then ok "--plan with --sql: said"; else diag_file .err; not_ok "--plan with --sql: said"; fi
expect_exit "--format json without --plan" 2 "$RETORT" --url "$URL" upgrade heads --format json
expect_exit "stamp --plan" 2 "$RETORT" --url "$URL" stamp heads --plan
expect_exit "--plan to an unknown target" 1 "$RETORT" --url "$URL" upgrade nope --plan
if [ ! -s .out ]; then ok "--plan that fails prints nothing on stdout"; else not_ok "--plan that fails prints nothing on stdout"; fi

# ---- PostgreSQL

if ! pg_start; then
	diag "$PG_ERROR"
	not_ok "PostgreSQL server starts"
	tap_done
	exit
fi
"$PG_BINDIR/createdb" shop
PGURL="postgresql://postgres:pl4nsecret@/shop?host=$PGHOST&port=$PGPORT"
"$RETORT" --url "$PGURL" -q upgrade 2b3c4d5e6f70
expect_exit "PostgreSQL: upgrade heads --plan" 0 "$RETORT" --url "$PGURL" upgrade heads --plan
cp .out pgplan.txt
if grep -q pl4nsecret pgplan.txt .err; then not_ok "PostgreSQL: the password is not printed"; else ok "PostgreSQL: the password is not printed"; fi
if grep -q "^-- Plan for postgresql://postgres:\*\*\*@/shop" pgplan.txt; then ok "PostgreSQL: the URL masked"; else diag_file pgplan.txt; not_ok "PostgreSQL: the URL masked"; fi
sed -n '/^$/,$p' pgplan.txt | sed '1d' >pgplan.sql
"$RETORT" --dialect postgresql upgrade 2b3c4d5e6f70:heads --sql >pgrange.sql
same "PostgreSQL: the SQL --sql prints from the same start" pgrange.sql pgplan.sql
expect_exit "PostgreSQL: still at 2b3c4d5e6f70" 4 "$RETORT" --url "$PGURL" current --check
if "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d shop -f pgplan.sql </dev/null >.psql 2>&1; then
	ok "PostgreSQL: psql -f of the plan"
else
	diag_file .psql
	not_ok "PostgreSQL: psql -f of the plan"
fi
expect_exit "PostgreSQL: the plan took it to the heads" 0 "$RETORT" --url "$PGURL" current --check

tap_done
