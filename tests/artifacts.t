#!/usr/bin/env bash
# Deploy artifacts (docs/commands.md, "Artifacts"): -o FILE is written
# whole or not at all, and upgrade/downgrade --sql --split DIR writes a
# script per revision each way with a manifest and SHA256SUMS that
# sha256sum -c accepts.  The split scripts are run, in the manifest's
# order, on SQLite and on a real PostgreSQL 15: up to the heads, where
# retort's own `current --check` agrees, and down again to nothing.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"

RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
mktempdir work
cd "$work" || bail_out "cannot cd to $work"
cp -r "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" .

OUT=$work/.out ERR=$work/.err

# nothing_left NAME: no file or folder but the ones this test keeps.
nothing_left() {
	local extra
	extra=$(find . -mindepth 1 -maxdepth 1 ! -name shop ! -name retort.ini ! -name '.out' \
		! -name '.err' ! -name keep | sort)
	if [ -z "$extra" ]; then
		ok "$1"
	else
		diag "left behind: $extra"
		not_ok "$1"
	fi
}

# ---- -o FILE

"$RETORT" upgrade heads --sql >whole.sql
expect_exit "-o: a script" 0 "$RETORT" upgrade heads --sql -o out.sql
if cmp -s whole.sql out.sql && [ ! -s .out ]; then ok "-o: the bytes stdout would have had, and nothing on stdout"; else not_ok "-o: the bytes stdout would have had"; fi
mode=$(umask 022 && "$RETORT" schema -o schema.sql && stat -c %a schema.sql)
if [ "$mode" = 644 ]; then ok "-o: the mode a new file gets (644 under umask 022)"; else diag "mode $mode"; not_ok "-o: the mode a new file gets"; fi
"$RETORT" history --format json -o h.json
if jq -e '.revisions | length == 7' h.json >/dev/null; then ok "-o: a report"; else not_ok "-o: a report"; fi
rm -f out.sql schema.sql h.json whole.sql
echo "the previous script" >keep
cp keep before
expect_exit "-o: a failed run" 1 "$RETORT" upgrade nope --sql -o keep
if cmp -s keep before; then ok "-o: a failed run leaves the file as it was"; else not_ok "-o: a failed run leaves the file as it was"; fi
rm -f before
expect_exit "-o: a failed run, no file before" 1 "$RETORT" upgrade nope --sql -o new.sql
nothing_left "-o: a failed run leaves no file, empty or temporary"
expect_exit "-o: a folder that is not there" 2 "$RETORT" upgrade heads --sql -o nowhere/x.sql
if grep -q "cannot write 'nowhere/x.sql'" .err; then ok "-o: the path and the reason said"; else diag_file .err; not_ok "-o: the path and the reason said"; fi
expect_exit "-o: refused for a run on a database" 2 "$RETORT" --url "sqlite:///$work/x.db" upgrade heads -o x.sql
nothing_left "-o: a refused run writes nothing"
expect_exit "-o: check that finds a difference writes its report" 2 "$RETORT" check -o c.txt
nothing_left "-o: check without a schema file writes nothing"
rm -f keep

# -o never replaces a file the project is made of
"$RETORT" --url "sqlite:///$work/db.sqlite" -q upgrade heads
cp retort.ini ini.before
for f in retort.ini shop/versions/x.mig db.sqlite "./shop/../db.sqlite"; do
	expect_exit "-o $f refused" 2 "$RETORT" --url "sqlite:///$work/db.sqlite" history -o "$f"
	if grep -q "which the output would replace" .err; then ok "-o $f: said why"; else diag_file .err; not_ok "-o $f: said why"; fi
done
if cmp -s retort.ini ini.before && [ ! -e shop/versions/x.mig ] && [ "$("$RETORT" --url "sqlite:///$work/db.sqlite" current)" = "708192a3b4c5 (head)" ]; then
	ok "-o: the config, the revisions and the database untouched"
else
	not_ok "-o: the config, the revisions and the database untouched"
fi
rm -f ini.before db.sqlite

# -o over a file keeps its mode; through a link, the link stays
printf 'old\n' >private.sql && chmod 600 private.sql && ln -s private.sql link.sql
expect_exit "-o through a link" 0 "$RETORT" upgrade heads --sql -o link.sql
if [ -L link.sql ] && [ "$(stat -c %a private.sql)" = 600 ] && grep -q "CREATE TABLE" private.sql; then
	ok "-o: the link kept, the file it names replaced, its mode 600 kept"
else
	ls -l link.sql private.sql | diag_stream
	not_ok "-o: the link kept, the file it names replaced, its mode 600 kept"
fi
rm -f link.sql private.sql
expect_exit "-o -: stdout" 0 "$RETORT" heads -o -
if grep -q 708192a3b4c5 .out && [ ! -e ./- ]; then ok "-o -: the output on stdout, no file named -"; else not_ok "-o -: the output on stdout"; fi
expect_exit "-o /dev/null: written straight" 0 "$RETORT" heads -o /dev/null
if [ -c /dev/null ]; then ok "-o /dev/null: still a device"; else not_ok "-o /dev/null: still a device"; fi
expect_exit "-o a folder" 2 "$RETORT" heads -o shop
expect_exit "-o with --split" 2 "$RETORT" upgrade heads --sql --split b0 -o x.sql
if [ -e /dev/full ]; then
	expect_exit "stdout that cannot be written" 2 "$RETORT" history -o /dev/full
	if grep -q "cannot write the output.*No space left" .err; then ok "a full output said"; else diag_file .err; not_ok "a full output said"; fi
fi
nothing_left "-o: the refused and straight runs leave nothing"

# a run that a signal ends leaves no temporary file: it waits on a lock
"$RETORT" --url "sqlite:///$work/lock.db" -q upgrade heads
python3 -c 'import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
time.sleep(30)' "$work/lock.db" >/dev/null 2>&1 &
holder=$!
sleep 1
"$RETORT" --url "sqlite:///$work/lock.db" --lock-timeout 20 current -o cur.txt >/dev/null 2>&1 &
victim=$!
sleep 1
kill -TERM "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
rm -f lock.db
nothing_left "-o: a run ended by SIGTERM leaves no temporary file"

# ---- --split on SQLite

expect_exit "--split: upgrade heads, SQLite" 0 "$RETORT" --dialect sqlite upgrade heads --sql --split bundle
if [ ! -s .out ]; then ok "--split: nothing on stdout"; else not_ok "--split: nothing on stdout"; fi
if (cd bundle && sha256sum --quiet -c SHA256SUMS) >.sum 2>&1; then ok "--split: sha256sum -c SHA256SUMS"; else diag_file .sum; not_ok "--split: sha256sum -c SHA256SUMS"; fi
if jq -e '(.upgrade | length) == 7 and (.downgrade | length) == 7 and .from == [] and .to == ["708192a3b4c5"]
	and .dialect == "sqlite" and .command == "upgrade" and .target == "heads"
	and ([.upgrade[].order] == [1,2,3,4,5,6,7])' bundle/manifest.json >/dev/null; then
	ok "--split: the manifest's shape"
else
	diag_file bundle/manifest.json
	not_ok "--split: the manifest's shape"
fi
hist=$("$RETORT" history | sed 's/^.* -> \([0-9a-f]*\).*/\1/' | tac | tr '\n' ' ')
order=$(jq -r '[.upgrade[].revision] | join(" ")' bundle/manifest.json)
if [ "$order " = "$hist" ]; then ok "--split: upgrade order as upgrade runs them"; else diag "$order vs $hist"; not_ok "--split: upgrade order"; fi
if [ "$(jq -r '[.downgrade[].revision] | reverse | join(" ")' bundle/manifest.json)" = "$order" ]; then
	ok "--split: downgrade order the reverse"
else
	not_ok "--split: downgrade order the reverse"
fi
files=$(ls bundle | sort | tr '\n' ' ')
want=$(jq -r '[.upgrade[].file, .downgrade[].file, "SHA256SUMS", "manifest.json"] | sort | join(" ")' bundle/manifest.json)
if [ "$files" = "$want " ]; then ok "--split: the folder holds what the manifest names, and no more"; else diag "$files / $want"; not_ok "--split: the folder holds what the manifest names"; fi

# run them, up then down, on SQLite
db=$work/split.db
fail=0
for f in $(jq -r '.upgrade[].file' bundle/manifest.json); do
	"$RUN" "$db" exec "bundle/$f" >.run 2>&1 || { diag "$f:"; diag_file .run; fail=1; break; }
done
tap_result "$fail" "--split: the up scripts run on SQLite, in order"
expect_exit "--split: SQLite at the heads after them" 0 "$RETORT" --url "sqlite:///$db" current --check
"$RETORT" --url "sqlite:///$work/whole.db" upgrade heads -q
"$RETORT" --url "sqlite:///$db" schema --from-db >split.schema
"$RETORT" --url "sqlite:///$work/whole.db" schema --from-db >whole.schema
if diff -u whole.schema split.schema >.diff; then ok "--split: the schema the whole run makes"; else diag_file .diff; not_ok "--split: the schema the whole run makes"; fi
for f in $(jq -r '.downgrade[].file' bundle/manifest.json); do
	"$RUN" "$db" exec "bundle/$f" >.run 2>&1 || { diag "$f:"; diag_file .run; fail=1; break; }
done
tap_result "$fail" "--split: the down scripts run on SQLite, in order"
left=$("$RUN" "$db" query "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
if [ "$left" = "alembic_version" ] && [ -z "$("$RUN" "$db" query 'SELECT * FROM alembic_version')" ]; then
	ok "--split: down again, nothing but an empty version table"
else
	diag "left: $left"
	not_ok "--split: down again, nothing but an empty version table"
fi
rm -f split.db whole.db split.schema whole.schema .run .diff .sum

# a downgrade's bundle on a database at the heads: its down scripts, then
# its up scripts put it back (the version table is there all along)
"$RETORT" --url "sqlite:///$work/back.db" -q upgrade heads
"$RETORT" --dialect sqlite downgrade heads:base --sql --split back
for f in $(jq -r '.downgrade[].file, .upgrade[].file' back/manifest.json); do
	"$RUN" back.db exec "back/$f" >.run 2>&1 || { diag "$f:"; diag_file .run; fail=1; break; }
done
tap_result "$fail" "--split: a downgrade's down scripts, then its up scripts, run"
expect_exit "--split: and the database is at the heads again" 0 "$RETORT" --url "sqlite:///$work/back.db" \
	current --check
rm -rf back back.db .run

# downgrade --split, a range from the middle
expect_exit "--split: downgrade heads:2b3c4d5e6f70" 0 "$RETORT" --dialect sqlite downgrade heads:2b3c4d5e6f70 --sql \
	--split down
if jq -e '.command == "downgrade" and .from == ["708192a3b4c5"] and .to == ["2b3c4d5e6f70"] and
	(.downgrade | length) == 5 and ([.upgrade[].revision] == ([.downgrade[].revision] | reverse)) and
	(.downgrade[0].file | test("^0005_708192a3b4c5\\.down\\.sql$"))' down/manifest.json >/dev/null; then
	ok "--split: a downgrade's manifest, numbered in upgrade order"
else
	diag_file down/manifest.json
	not_ok "--split: a downgrade's manifest"
fi
if grep -q "CREATE TABLE alembic_version" down/*.sql; then not_ok "--split: from the middle, no version table made"; else ok "--split: from the middle, no version table made"; fi
rm -rf down bundle

# what --split refuses, leaving nothing behind
mkdir full && touch full/x
expect_exit "--split: a folder that is not empty" 2 "$RETORT" upgrade heads --sql --split full
if grep -q "not empty" .err && [ "$(ls full)" = x ]; then ok "--split: refused, the folder untouched"; else diag_file .err; not_ok "--split: refused, the folder untouched"; fi
rm -rf full
mkdir empty
expect_exit "--split: an empty folder" 0 "$RETORT" upgrade heads --sql --split empty
if [ -f empty/manifest.json ]; then ok "--split: the empty folder filled"; else not_ok "--split: the empty folder filled"; fi
rm -rf empty
mkdir linked && ln -s linked link
expect_exit "--split: a symbolic link" 2 "$RETORT" upgrade heads --sql --split link
if grep -q "symbolic link" .err && [ -L link ] && [ -z "$(ls linked)" ]; then ok "--split: a link refused, left as it was"; else diag_file .err; not_ok "--split: a link refused"; fi
rm -rf linked link
expect_exit "--split ''" 2 "$RETORT" upgrade heads --sql --split ''
expect_exit "--split: an unknown target" 1 "$RETORT" upgrade nope --sql --split b2
nothing_left "--split: a failed run leaves no folder, temporary or not"
# a revision that breaks after others were written: the folder goes too
printf "revision 'zz01';\nrevises '708192a3b4c5';\nmessage 'broken';\n\nupgrade {\n    drop_table nosuch;\n}\ndowngrade {\n}\n" \
	>shop/versions/zz01_broken.mig
expect_exit "--split: a revision that fails after seven were written" 1 "$RETORT" upgrade heads --sql --split b3
if grep -q "nosuch" .err; then ok "--split: the failure said"; else diag_file .err; not_ok "--split: the failure said"; fi
rm shop/versions/zz01_broken.mig
expect_exit "--split without --sql" 2 "$RETORT" --url "sqlite:///$work/n.db" upgrade heads --split b4
if grep -q "split is for upgrade and downgrade with --sql" .err; then ok "--split without --sql: said"; else diag_file .err; not_ok "--split without --sql: said"; fi
expect_exit "--split on stamp" 2 "$RETORT" stamp heads --sql --split b5
rm -f n.db
nothing_left "--split: refused runs write nothing"

# ---- --split on PostgreSQL

if ! pg_start; then
	diag "$PG_ERROR"
	not_ok "PostgreSQL server starts"
	tap_done
	exit
fi
"$PG_BINDIR/createdb" shop
URL="postgresql://postgres@/shop?host=$PGHOST&port=$PGPORT"
expect_exit "--split: upgrade heads, PostgreSQL" 0 "$RETORT" --dialect postgresql upgrade heads --sql --split pg
run_psql() {
	"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d shop -f "$1" </dev/null >.psql 2>&1
}
fail=0
for f in $(jq -r '.upgrade[].file' pg/manifest.json); do
	run_psql "pg/$f" || { diag "$f:"; diag_file .psql; fail=1; break; }
done
tap_result "$fail" "--split: the up scripts run on PostgreSQL, in order"
expect_exit "--split: PostgreSQL at the heads after them" 0 "$RETORT" --url "$URL" current --check
for f in $(jq -r '.downgrade[].file' pg/manifest.json); do
	run_psql "pg/$f" || { diag "$f:"; diag_file .psql; fail=1; break; }
done
tap_result "$fail" "--split: the down scripts run on PostgreSQL, in order"
left=$("$PG_BINDIR/psql" -X -qAt -d shop -c "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class c
	JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
if [ "$left" = "alembic_version" ]; then ok "--split: PostgreSQL down again to the version table alone"; else diag "left: $left"; not_ok "--split: PostgreSQL down again"; fi

tap_done
