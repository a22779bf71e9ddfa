#!/usr/bin/env bash
# The commands that write files (init, revision, merge) and the promises
# about output that golden files cannot make on their own: that the same
# input gives byte-identical SQL, that a failed run writes nothing to stdout,
# and that init never overwrites.  Each runs in a fresh temporary directory.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir work
cd "$work" || bail_out "cannot cd to $work"

# check NAME COMMAND...: one TAP test that passes when COMMAND succeeds.
check() {
	local name=$1
	shift
	if "$@" >"$work/.out" 2>&1; then
		ok "$name"
	else
		diag "$(cat "$work/.out")"
		not_ok "$name"
	fi
}

# expect_fail NAME STATUS PATTERN CMD...: CMD exits STATUS, prints nothing on
# stdout, and its stderr matches PATTERN (grep -E).
expect_fail() {
	local name=$1 want=$2 pattern=$3 rc=0
	shift 3
	"$@" >"$work/.stdout" 2>"$work/.stderr" || rc=$?
	if [ "$rc" -eq "$want" ] && [ ! -s "$work/.stdout" ] &&
		grep -Eq -- "$pattern" "$work/.stderr"; then
		ok "$name"
	else
		diag "exit $rc (wanted $want); stdout: $(cat "$work/.stdout")"
		diag "stderr: $(cat "$work/.stderr")"
		not_ok "$name"
	fi
}

# ---- init
check "init creates the environment" "$RETORT" init migrations
for f in migrations/versions migrations/script.mig.tmpl migrations/README retort.ini; do
	check "init made $f" test -e "$f"
done
check "init wrote script_location, from the config's folder" \
	grep -qx "script_location = %(here)s/migrations" retort.ini
check "... and the dialects verify, check and autogenerate cover" grep -qx "dialects = postgresql" retort.ini
cp retort.ini retort.ini.before
expect_fail "init refuses an existing retort.ini" 2 "retort.ini' already exists" \
	"$RETORT" init other
check "the refused init left retort.ini alone" cmp -s retort.ini retort.ini.before
check "the refused init made no folder" test ! -e other
mkdir full && touch full/x
expect_fail "init refuses a folder that is not empty" 2 "'full' already exists and is not empty" \
	"$RETORT" -c other.ini init full
mkdir -p sub
check "init with a config in another folder names the scripts from there" \
	bash -c "'$RETORT' -c sub/r.ini init subm >/dev/null && grep -qx 'script_location = %(here)s/../subm' sub/r.ini"
check "... so the config works from any folder" bash -c "cd / && '$RETORT' -c '$work/sub/r.ini' heads"

# ---- revision
expect_fail "revision needs a message" 2 "needs a message" "$RETORT" revision
out=$("$RETORT" revision -m "Create account table!" 2>&1)
first=$(find migrations/versions -name '*.mig' | head -n 1)
id1=$(basename "$first" | cut -c1-12)
check "revision reports the file it wrote" test "$out" = "Generating $first ... done"
check "a default id is 12 hex characters" grep -Eq '^[0-9a-f]{12}$' <<<"$id1"
check "the file is named id_slug.mig" test "$(basename "$first")" = "${id1}_create_account_table.mig"
check "the first revision revises base" grep -qx "revises base;" "$first"
check "the message is in the header" grep -qx "message 'Create account table!';" "$first"
check "the created line is a timestamp" \
	grep -Eq "^created '[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}\.[0-9]{6}';$" "$first"

check "revision with --rev-id" "$RETORT" revision -m "it's the second" --rev-id bbbb00000002
second=migrations/versions/bbbb00000002_it_s_the_second.mig
check "--rev-id names the file" test -f "$second"
check "a new revision continues from the head" grep -qx "revises '$id1';" "$second"
check "quotes in the message are doubled" grep -qx "message 'it''s the second';" "$second"
expect_fail "a duplicate --rev-id is refused" 2 "revision 'bbbb00000002' already exists" \
	"$RETORT" revision -m again --rev-id bbbb00000002
expect_fail "--head must name a head" 2 "is not a head; pass --splice" \
	"$RETORT" revision -m branch --rev-id cccc00000003 --head "$id1"
check "--splice branches from a non-head" \
	"$RETORT" revision -m branch --rev-id cccc00000003 --head "$id1" --splice --branch-label side
third=migrations/versions/cccc00000003_branch.mig
check "--splice revises the named revision" grep -qx "revises '$id1';" "$third"
check "--branch-label writes branch_labels" grep -qx "branch_labels 'side';" "$third"
expect_fail "several heads need --head" 2 "multiple heads are present \(bbbb00000002, cccc00000003\)" \
	"$RETORT" revision -m nowhere
check "--head with a label and --depends-on" \
	"$RETORT" revision -m "on the side" --rev-id dddd00000004 --head side@head --depends-on bbbb
fourth=migrations/versions/dddd00000004_on_the_side.mig
check "label@head resolves to the branch head" grep -qx "revises 'cccc00000003';" "$fourth"
check "--depends-on writes the full id" grep -qx "depends_on 'bbbb00000002';" "$fourth"
check "--head base starts a new base" \
	"$RETORT" revision -m "second root" --rev-id eeee00000005 --head base
check "a new base revises base" grep -qx "revises base;" migrations/versions/eeee00000005_second_root.mig

# ---- merge
check "merge joins the heads" "$RETORT" merge -m "join everything" --rev-id ffff00000006 heads
merged=migrations/versions/ffff00000006_join_everything.mig
# bbbb00000002 is depended on by dddd00000004, so (as in Alembic) it is an
# effective head only: 'heads' means the other two.
check "the merge revises every real head" \
	grep -qx "revises ('dddd00000004', 'eeee00000005');" "$merged"
# and (as in Alembic, which shows a label on the whole branch it names)
# the merge is on the side branch
check "after the merge one real head is left" test "$("$RETORT" heads)" = \
	"bbbb00000002 (effective head)"$'\n'"ffff00000006 (side) (head)"
check "heads --resolve-dependencies leaves out a head another revision depends on" \
	test "$("$RETORT" heads --resolve-dependencies)" = "ffff00000006 (side) (head)"
# a prefix of any length, as Alembic takes one (the first revision's id is
# random: one time in 256 it starts with "ee" too, and then "dd" is the one)
prefix=ee want=eeee00000005
[[ $id1 == ee* ]] && prefix=dd want=dddd00000004
check "a two-character prefix names the one revision that starts so" \
	test "$("$RETORT" show $prefix | head -n 1)" = "Rev: $want"
expect_fail "merge needs two revisions" 2 "at least two distinct revisions" \
	"$RETORT" merge -m one ffff00000006 ffff
expect_fail "merge joins heads only (as Alembic)" 2 \
	"revision 'cccc00000003' is not a head: a merge joins heads \(pass --splice" \
	"$RETORT" merge -m again ffff00000006 cccc00000003
check "merge refused wrote nothing" test "$(find migrations/versions -name '*again*' | wc -l)" -eq 0
expect_fail "... and, even with --splice, not a revision and its ancestor" 2 \
	"revision 'cccc00000003' is an ancestor of 'ffff00000006': a merge of them joins nothing" \
	"$RETORT" merge -m again --splice ffff00000006 cccc00000003
check "merge --splice joins revisions that are not heads" \
	"$RETORT" merge -m spliced --rev-id fefe00000009 --splice bbbb00000002 eeee00000005
check "... revising both" grep -qx "revises ('bbbb00000002', 'eeee00000005');" \
	migrations/versions/fefe00000009_spliced.mig
rm migrations/versions/fefe00000009_spliced.mig
expect_fail "an option the command does not take is an error" 2 \
	"--splice is not an option of verify \(see retort help verify\)" \
	"$RETORT" verify --splice
expect_fail "... whichever it is" 2 "-m is not an option of heads" "$RETORT" heads -m x
expect_fail "--rev-id cannot be a branch label" 2 \
	"'side' cannot be a revision id: it is the branch label of revision 'cccc00000003'" \
	"$RETORT" revision -m x --rev-id side
expect_fail "--rev-id cannot be a target's word" 2 "'heads' cannot be a revision id" \
	"$RETORT" revision -m x --rev-id heads
expect_fail "--branch-label cannot be a revision id" 2 \
	"'bbbb00000002' cannot be a branch label: it is a revision id" \
	"$RETORT" revision -m x --head ffff00000006 --branch-label bbbb00000002
expect_fail "... nor another revision's label" 2 "'side' cannot be a branch label: it is the branch label" \
	"$RETORT" revision -m x --head ffff00000006 --branch-label side

# ---- the written files compile, and the output is byte-identical
cat >migrations/versions/abab00000007_tables.mig <<'EOF2'
revision 'abab00000007';
revises 'ffff00000006';
message 'some real work';
upgrade { create_table widget (id integer primary key, name text); }
downgrade { drop_table widget; }
EOF2
check "the new project compiles" "$RETORT" --dialect postgresql upgrade heads --sql
"$RETORT" --dialect postgresql upgrade heads --sql >run1.sql 2>&1
"$RETORT" --dialect postgresql upgrade heads --sql >run2.sql 2>&1
check "the same input gives byte-identical SQL" cmp -s run1.sql run2.sql
cp -r migrations moved && sed 's|^script_location = .*|script_location = %(here)s/moved|' \
	retort.ini >moved.ini
"$RETORT" -c moved.ini --dialect postgresql upgrade heads --sql >run3.sql 2>&1
check "the SQL does not depend on where the project lives" cmp -s run1.sql run3.sql
printf '[retort]\nscript_location = %%(here)s/migrations\n' >abs.ini
"$RETORT" -c abs.ini --dialect postgresql upgrade heads --sql >run4.sql 2>&1
check "an absolute script_location leaves no absolute path in the SQL" \
	bash -c "grep -q '^-- versions/' run4.sql && ! grep -qF '$work' run4.sql"
mkdir -p elsewhere
(cd elsewhere && LC_ALL=C.UTF-8 TZ=Pacific/Kiritimati "$RETORT" -c ../abs.ini \
	--dialect postgresql upgrade heads --sql) >run5.sql 2>&1
check "locale, time zone and working folder change nothing" cmp -s run4.sql run5.sql
check "the project's SQL is the same whichever config names it" cmp -s run1.sql run4.sql

# ---- a failed run writes nothing to stdout
printf "revision 'bad1';\nrevises 'ffff00000006';\nmessage 'bad';\nupgrade { drop_table; }\ndowngrade { }\n" \
	>migrations/versions/bad1_bad.mig
expect_fail "a bad revision fails with status 1 and no SQL" 1 "bad1_bad.mig:4:21: error" \
	"$RETORT" --dialect postgresql upgrade heads --sql
rm migrations/versions/bad1_bad.mig

# ---- output that cannot be written is an error, not a silent success
expect_fail "a full disk is reported" 2 "cannot write the output: No space left" \
	bash -c "'$RETORT' --dialect postgresql upgrade heads --sql >/dev/full"

# ---- a file name that would break out of a SQL comment is refused
touch "migrations/versions/zz_evil
DROP TABLE x;--.mig"
expect_fail "a revision file name with a newline is refused" 1 \
	"file name in 'migrations/versions' has characters other than" "$RETORT" heads
rm "migrations/versions/zz_evil
DROP TABLE x;--.mig"

# ---- the dialect: --dialect, then the URL, then the config's dialect
expect_fail "the URL's scheme wins over the config's dialect" 2 "unknown dialect 'oracle'" \
	"$RETORT" --url oracle://u:secret@db/app upgrade heads --sql
check "--dialect wins over the URL" \
	"$RETORT" --url oracle://u:secret@db/app --dialect postgresql upgrade heads --sql
# every scheme cli.md names picks its backend (the first statement tells which)
for pair in "sqlite:///relative.db|PRAGMA foreign_keys = OFF;" "sqlite://|PRAGMA foreign_keys = OFF;" \
	"postgresql://u:p@h:5432/db?sslmode=require|SET client_encoding" \
	"postgresql+psycopg2://u:p@h/db|SET client_encoding" \
	"mysql://u:p@h:3306/db|-- mysql commits" "mysql+pymysql://u:p@h/db|-- mysql commits" \
	"mariadb://u:p@h/db|-- mysql commits"; do
	check "the URL ${pair%%|*} selects its dialect" bash -c \
		"RETORT_URL='${pair%%|*}' '$RETORT' upgrade heads --sql | head -n 1 | grep -qF -- '${pair#*|}'"
done

# ---- the configuration
expect_fail "a missing config file is a usage error" 2 "no config file 'nope.ini'" \
	"$RETORT" -c nope.ini heads
printf '[retort]\nscript_location = migrations\ntransaction_per_migration = maybe\n' >bad.ini
expect_fail "a bad config value is reported" 2 "transaction_per_migration must be true or false" \
	"$RETORT" -c bad.ini heads
# only regular files are read: a FIFO would block open() for good
mkfifo fifo.ini
expect_fail "a config that is a FIFO is an error, not a hang" 2 "config 'fifo.ini' is not a regular file" \
	run_limited 10 "$RETORT" -c fifo.ini heads
mkdir -p piped/versions
mkfifo piped/versions/x.mig
printf '[retort]\nscript_location = piped\n' >piped.ini
expect_fail "a FIFO in versions/ is an error that names it, not a hang" 1 \
	"x\.mig'?: not a regular file" run_limited 10 "$RETORT" -c piped.ini heads
printf '[retort]\nscript_location = %%(here)s/migrations\n' >here.ini
check "%(here)s expands to the config's folder" "$RETORT" -c here.ini heads
printf '[retort]\nscript_location = migrations\n[elsewhere]\nscript_location = nowhere\n' >two.ini
check "-n reads another section of the file (as Alembic's)" bash -c \
	"'$RETORT' -c two.ini -n elsewhere heads 2>&1 | grep -qF \"cannot open 'nowhere/versions'\""
check "... and without it, [retort]" "$RETORT" -c two.ini heads
expect_fail "... a section that is not there is named" 2 "two.ini has no \[prod\] section" \
	"$RETORT" -c two.ini --name prod heads
expect_fail "RETORT_CONFIG names the config file, as ALEMBIC_CONFIG does" 1 \
	"cannot open 'nowhere/versions'" env RETORT_CONFIG=two.ini "$RETORT" -n elsewhere heads
expect_fail "... and -c wins over it" 2 "no config file 'nope.ini'" \
	env RETORT_CONFIG=two.ini "$RETORT" -c nope.ini heads
expect_fail "an unknown dialect is named" 2 "unknown dialect 'oracle'" \
	"$RETORT" --dialect oracle upgrade heads --sql
expect_fail "an unknown command is named" 2 "unknown command 'frobnicate'" "$RETORT" frobnicate
# version_table_schema on SQLite, which has one schema: the same usage
# error for every command that reads or writes the version table, before
# any connection
printf '[retort]\nscript_location = migrations\nversion_table_schema = audit\n' >vts.ini
for c in "upgrade heads" "upgrade heads --sql" "stamp heads" "current" "history -i"; do
	# shellcheck disable=SC2086 # c is a command and its arguments
	expect_fail "version_table_schema on SQLite: $c says so (exit 2)" 2 \
		"version_table_schema 'audit' names a schema, and sqlite keeps its version table in its one schema" \
		"$RETORT" -c vts.ini --url "sqlite:///$work/vts.db" $c
done
check "... and no database file was made" test ! -e "$work/vts.db"
expect_fail "an unknown command gets a suggestion" 2 "unknown command 'upgrad'; did you mean 'upgrade'\?" \
	"$RETORT" upgrad heads
expect_fail "... a word it begins too" 2 "unknown command 'hist'; did you mean 'history'\?" "$RETORT" hist
expect_fail "an unknown option gets one" 2 "unknown option '--dialekt'; did you mean '--dialect'\?" \
	"$RETORT" heads --dialekt x
expect_fail "... and nothing far from any is guessed" 2 "unknown command 'zzzzzzzz'$" "$RETORT" zzzzzzzz
expect_fail "--lock-timeout says its limits" 2 "from 0 \(do not wait\) to 604800 \(a week\)" \
	"$RETORT" --lock-timeout 1e9 upgrade heads --sql
# colour on a terminal (script(1) gives one), but for a non-empty NO_COLOR
# or a dumb terminal (no-color.org)
colored() { script -qec "'$RETORT' -c nope.ini heads" /dev/null | grep -q $'\e\\['; }
in_env() { env "$@" bash -c "$(declare -f colored); RETORT='$RETORT' colored"; }
check "colour on a terminal" in_env -u NO_COLOR TERM=xterm
check "... NO_COLOR set but empty keeps it" in_env NO_COLOR= TERM=xterm
check "... NO_COLOR=1 turns it off" bash -c "$(declare -f colored in_env); RETORT='$RETORT'; ! in_env NO_COLOR=1 TERM=xterm"
check "... and so does TERM=dumb" bash -c "$(declare -f colored in_env); RETORT='$RETORT'; ! in_env -u NO_COLOR TERM=dumb"
expect_fail "a SQLite URL in a folder that is not there says so" 3 \
	"no folder $work/nodir for the database file $work/nodir/x.db" \
	"$RETORT" --url "sqlite:///$work/nodir/x.db" upgrade heads
mkdir nl
(cd nl && "$RETORT" -q init m && "$RETORT" revision -m $'two\nlines' --rev-id acac00000010) \
	>/dev/null 2>&1
check "history keeps a message with a newline on its line" \
	bash -c "cd nl && '$RETORT' history | grep -qx '<base> -> acac00000010 (head), two lines'"
(cd nl && "$RETORT" revision -m $'\ttab\tand\r\nCR LF\n' --rev-id acac00000011) >/dev/null 2>&1
check "... and a tab, a CR and one at the end each a blank" \
	bash -c "cd nl && '$RETORT' history | grep -qx 'acac00000010 -> acac00000011 (head),  tab and  CR LF '"
# a database at a revision this checkout lacks: said, with the way out,
# stamp --purge (as Alembic's), which deletes every row first
mkdir gone
(cd gone && "$RETORT" -q init m && "$RETORT" revision -m a --rev-id a1 &&
	"$RETORT" revision -m b --rev-id b2 && "$RETORT" --url "sqlite:///$work/gone/x.db" stamp b2 &&
	rm m/versions/b2_b.mig) >/dev/null 2>&1
expect_fail "a version row the checkout lacks is an error that says the way out" 1 \
	"at revision 'b2', which is not in m .*'retort stamp --purge REV' sets the version table" \
	bash -c "cd gone && '$RETORT' --url 'sqlite:///$work/gone/x.db' current"
(cd gone && "$RETORT" --url "sqlite:///$work/gone/x.db" stamp --purge a1 -v) >purge.out 2>&1
check "stamp --purge sets the table whatever it held" grep -qx 'DELETE FROM alembic_version;' purge.out
check "... and current says so" \
	bash -c "cd gone && test \"\$('$RETORT' --url 'sqlite:///$work/gone/x.db' current)\" = 'a1 (head)'"
expect_fail "--purge is not for --sql (as Alembic)" 2 "--purge is for a database, not --sql" \
	bash -c "cd gone && '$RETORT' --dialect sqlite stamp --purge a1 --sql"
# history -r with current at an end: where the database is (as Alembic's)
mkdir hc
(cd hc && "$RETORT" -q init m && for i in 1 2 3 4 5; do "$RETORT" revision -m "r$i" --rev-id "a$i"; done &&
	"$RETORT" --url "sqlite:///$work/hc/x.db" upgrade a3) >/dev/null 2>&1
for pair in "current:|a5 a4 a3" ":current|a3 a2 a1" "-2:current|a3 a2 a1" "current:+1|a4 a3"; do
	check "history -r ${pair%%|*} lists ${pair#*|}" bash -c "cd hc && test \"\$('$RETORT' \
		--url 'sqlite:///$work/hc/x.db' history -r '${pair%%|*}' | sed 's/.*-> \([a-z0-9]*\).*/\1/' | \
		tr '\n' ' ')\" = '${pair#*|} '"
done
expect_fail "... and without a database it says what is missing" 2 "no database URL" \
	bash -c "cd hc && '$RETORT' history -r current:"
# help COMMAND lists the command's own options, each one it takes
refused=
for c in init import revision upgrade downgrade stamp current verify schema check history show \
	heads branches merge; do
	"$RETORT" help "$c" >help.out 2>&1
	for o in $(sed -n 's/^  \(-[a-z]\), .*/\1/p; s/^  \(--[a-z-]*\) .*/\1/p' help.out); do
		# an option each command takes is never refused as not its own
		"$RETORT" "$c" "$o" >opt.out 2>&1 || true
		grep -q "is not an option of" opt.out && refused="$refused $c $o;"
	done
	grep -q "^usage: retort $c" help.out || refused="$refused $c (no usage);"
done
check "help COMMAND lists only options the command takes${refused:+ (refused:$refused)}" \
	test -z "$refused"
check "help revision explains --autogenerate and --from-db" \
	bash -c "'$RETORT' help revision | grep -q '^  --autogenerate ' && '$RETORT' help revision | grep -q '^  --from-db '"
check "help stamp explains --purge" bash -c "'$RETORT' help stamp | grep -q '^  --purge '"
# version_locations: several folders, one graph; --version-path one of them
mkdir vl
(cd vl && "$RETORT" -q init m && mkdir other &&
	printf 'version_locations = %%(here)s/m/versions %%(here)s/other\n' >>retort.ini) >/dev/null 2>&1
expect_fail "with several version_locations a first revision needs --version-path" 2 \
	"several version_locations, and nothing to build on to choose one: pass --version-path" \
	bash -c "cd vl && '$RETORT' revision -m a --rev-id a1"
check "--version-path names one of them" \
	bash -c "cd vl && '$RETORT' revision -m a --rev-id a1 --version-path other && test -f other/a1_a.mig"
check "... a revision on it goes in its folder (as Alembic)" \
	bash -c "cd vl && '$RETORT' revision -m b --rev-id b2 && test -f other/b2_b.mig"
check "... and one in the other folder joins the same graph" \
	bash -c "cd vl && '$RETORT' revision -m c --rev-id c3 --version-path m/versions/ &&
		test \"\$('$RETORT' history | head -n 1)\" = 'b2 -> c3 (head), c'"
expect_fail "--version-path outside them is refused, not a file no command reads" 2 \
	"--version-path 'nowhere' is not a folder the revisions are read from" \
	bash -c "cd vl && mkdir -p nowhere && '$RETORT' revision -m d --version-path nowhere"
expect_fail "... so it is without version_locations too" 2 \
	"--version-path 'elsewhere' is not a folder the revisions are read from \(migrations/versions\)" \
	bash -c "mkdir -p elsewhere && '$RETORT' revision -m d --head base --version-path elsewhere"
# file_template's date tokens and timezone, as Alembic's (in a project of
# their own)
mkdir ft && (cd ft && "$RETORT" -q init m) >/dev/null 2>&1
sed -i 's/^file_template = .*/file_template = %%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s\ntimezone = UTC/' \
	ft/retort.ini
(cd ft && "$RETORT" revision -m "dated" --rev-id d1) >/dev/null 2>&1
dated=$(cd ft/m/versions && ls -- *d1_dated.mig 2>/dev/null)
check "file_template's date tokens name the file by the revision's date" \
	bash -c "grep -q \"^created '\$(printf '%s' '$dated' | sed -E 's/^([0-9]{4})_([0-9]{2})_([0-9]{2})_([0-9]{2})([0-9]{2})-.*/\\1-\\2-\\3 \\4:\\5/'):[0-9.]*+00:00';\" 'ft/m/versions/$dated'"
sed -i 's|^timezone = .*|timezone = Asia/Tokyo|; s/^file_template = .*/file_template = %%(hour).2d-%%(rev)s/' ft/retort.ini
(cd ft && "$RETORT" revision -m "in Tokyo" --rev-id d2) >/dev/null 2>&1
tokyo=$(cd ft/m/versions && ls -- *-d2.mig 2>/dev/null)
check "... timezone dates it on that zone's clock, with its offset, as Alembic's create date" \
	grep -q "^created '[0-9-]* ${tokyo%%-*}:[0-9:.]*+09:00';" "ft/m/versions/$tokyo"
sed -i 's|^timezone = .*|timezone = Mars/Olympus|' ft/retort.ini
expect_fail "... one the system does not know is an error, no file" 2 \
	"timezone 'Mars/Olympus' is not a zone this system knows" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id d3"
sed -i 's|^timezone = .*|timezone = UTC|; s/^file_template = .*/file_template = %%(rev)s_%%(date)s/' ft/retort.ini
expect_fail "a token Alembic has not is an error, naming its tokens" 2 \
	"is not one of Alembic's tokens" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id d4"
check "... and wrote nothing" test "$(ls ft/m/versions | wc -l)" -eq 2
sed -i 's/^file_template = .*/file_template =/' ft/retort.ini
expect_fail "an empty file_template is an error, not a hidden .mig" 2 "gives an empty file name" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id d5"
# post_write_hooks, as Alembic's: each hook in order on the new file
sed -i 's/^file_template =.*/file_template = %%(rev)s_%%(slug)s/' ft/retort.ini
cat >>ft/retort.ini <<'EOF'

[post_write_hooks]
hooks = mark, count
mark.type = exec
mark.executable = sed
mark.options = -i "1i -- checked by the 'mark' hook" REVISION_SCRIPT_FILENAME
count.type = console_scripts
count.entrypoint = ls
count.options = -d
EOF
(cd ft && "$RETORT" revision -m hooked --rev-id h1) >hooks.out 2>&1
check "post_write_hooks run on the new file, in order" \
	test "$(head -n 1 ft/m/versions/h1_hooked.mig)" = "-- checked by the 'mark' hook"
check "... the file's absolute path put first where the options do not name it, and each said" \
	test "$(cat hooks.out)" = "$(cd ft && pwd -P)/m/versions/h1_hooked.mig"$'\n'"Generating m/versions/h1_hooked.mig ... done"$'\n'"Running post write hook 'mark' ... done"$'\n'"Running post write hook 'count' ... done"
sed -i 's/^count.entrypoint = ls/count.entrypoint = no-such-formatter/' ft/retort.ini
expect_fail "a hook that fails is an error that says the revision is written" 1 \
	"post write hook 'count' failed: cannot run 'no-such-formatter': No such file or directory; the revision is written, at m/versions/h2_x.mig" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id h2"
sed -i 's/^count.type = .*/count.type = black/' ft/retort.ini
expect_fail "a type retort does not run is refused before a file is written" 2 \
	"the hook 'count' is of type 'black'; retort runs console_scripts" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id h3"
check "... none was" test ! -e ft/m/versions/h3_x.mig
sed -i 's/^count.type = .*/count.type = console_scripts/; s/^count.entrypoint = .*//' ft/retort.ini
expect_fail "a hook without what its type needs is refused" 2 \
	"count.entrypoint is required for the console_scripts hook 'count'" \
	bash -c "cd ft && '$RETORT' revision -m x --rev-id h4"
# a hook with a cwd: its executable and the file are found from where
# retort ran (Alembic's paths are absolute)
mkdir -p ft/tools ft/elsewhere
printf '#!/bin/sh\ntest -f "$1" && pwd >"%s/hooked-from"\n' "$work" >ft/tools/show && chmod +x ft/tools/show
sed -i 's/^hooks = .*/hooks = show/' ft/retort.ini
printf 'show.type = exec\nshow.executable = %%(here)s/tools/show\nshow.cwd = %%(here)s/elsewhere\n' >>ft/retort.ini
check "a hook with a cwd runs there, on the new file, its executable found from here" \
	bash -c "cd ft && '$RETORT' -q revision -m y --rev-id h5 && test \"\$(cat '$work/hooked-from')\" = \"\$(cd elsewhere && pwd -P)\""
expect_fail "--tag is refused with the reason, not taken and dropped" 2 \
	"--tag is refused: Alembic hands its value to env.py" "$RETORT" upgrade head --tag v2 --sql
expect_fail "init into a config folder that is not there makes nothing" 2 \
	"the folder of 'nosub/x.ini' does not exist: make it first; init made nothing" \
	bash -c "mkdir -p ic && cd ic && '$RETORT' -c nosub/x.ini init p8"
check "... not even DIR" test ! -e ic/p8
# templates, as Alembic's list_templates and init --template
check "list_templates lists generic and portable, without a config" \
	bash -c "cd / && '$RETORT' list_templates | grep -q '^generic - ' && '$RETORT' list_templates | grep -q '^portable - '"
mkdir tp && (cd tp && "$RETORT" -q init -t portable m) >/dev/null 2>&1
check "init -t portable makes a project for every dialect" grep -qx 'dialects = mysql, postgresql, sqlite' tp/retort.ini
check "... that verify checks on each" bash -c "cd tp && '$RETORT' revision -q -m a && test \"\$('$RETORT' verify | wc -l)\" -eq 3"
expect_fail "a template there is not is an error naming those there are" 2 \
	"no template 'fancy' \(retort list_templates lists them: generic, portable\)" \
	bash -c "mkdir -p tq && cd tq && '$RETORT' init --template fancy m"
check "... and nothing was made" test ! -e tq/m
# -x: a when block on a database, and ${x.KEY} in execute and the template
mkdir xw && (cd xw && "$RETORT" -q init m) >/dev/null 2>&1
cat >xw/m/versions/w1_seed.mig <<'EOF'
revision 'w1';
revises base;
message 'seed';

upgrade {
    create_table account (id integer primary key, name string(40) not null);
    when x.env = 'dev' {
        bulk_insert account (id, name) values (1, 'test user');
        execute 'INSERT INTO account (id, name) VALUES (2, ''${x.who}'')';
    }
}

downgrade {
    drop_table account;
}
EOF
RUN=$RETORT_ROOT/build/tests/sqlite_run
check "upgrade -x env=dev runs the when block on the database, \${x.who} filled in" \
	bash -c "cd xw && '$RETORT' -q --url sqlite:///dev.db upgrade head -x env=dev -x who=ops &&
		test \"\$('$RUN' dev.db query 'SELECT id, name FROM account ORDER BY id')\" = \"1|test user\"$'\\n'\"2|ops\""
check "... and without it leaves the block out" \
	bash -c "cd xw && '$RETORT' -q --url sqlite:///prod.db upgrade head &&
		test \"\$('$RUN' prod.db query 'SELECT count(*) FROM account')\" = 0"
expect_fail "a value that could change the statement is refused, and not repeated" 1 \
	"the value of -x who cannot go into execute's SQL" \
	bash -c "cd xw && '$RETORT' --url sqlite:///bad.db upgrade head -x env=dev -x 'who=1 -- secret'"
check "... nothing ran" test ! -s xw/bad.db -o "$("$RUN" xw/bad.db query 'SELECT count(*) FROM sqlite_master WHERE name = '"'account'"'')" = 0
expect_fail "-x without = is an error, not a value quietly missing" 2 \
	"-x takes KEY=VALUE, a KEY of letters, digits and _, not 'env'" \
	bash -c "cd xw && '$RETORT' upgrade head --sql -x env"
sed -i "s/^message '\${message}';/&\n-- ticket \${x.ticket}/" xw/m/script.mig.tmpl
check "revision fills \${x.KEY} in the template" \
	bash -c "cd xw && '$RETORT' -q revision -m t --rev-id t1 -x ticket=OPS-42 && grep -qx -- '-- ticket OPS-42' m/versions/t1_t.mig"
expect_fail "... and writes nothing where the value breaks the revision" 1 \
	"the revision the template gives does not parse" \
	bash -c "cd xw && '$RETORT' revision -m v --rev-id t3 -x \$'ticket=a\\nbogus line' ; r=\$?; test ! -e m/versions/t3_v.mig && exit \$r"
expect_fail "... and refuses a template that names a KEY not given" 1 \
	"unknown template placeholder '\\\$\{x.ticket\}'" bash -c "cd xw && '$RETORT' revision -m u --rev-id t2"
# current --check: a deploy gate, 4 unless the database is at the heads
mkdir cg && (cd cg && "$RETORT" -q init m && "$RETORT" -q revision -m a --rev-id ca1 &&
	"$RETORT" -q revision -m b --rev-id cb2 && "$RETORT" -q --url sqlite:///g.db upgrade ca1) >/dev/null 2>&1
check "current --check: a database behind the heads is 4, its rows listed and the gap said" \
	bash -c "cd cg && { '$RETORT' --url sqlite:///g.db current --check >o 2>e; test \$? -eq 4; } &&
		test \"\$(cat o)\" = ca1 &&
		grep -qx 'retort: error: the database is at ca1, not at the heads (cb2): upgrade heads' e"
check "... at the heads it is 0 (--check-heads, Alembic's spelling)" \
	bash -c "cd cg && '$RETORT' -q --url sqlite:///g.db upgrade heads && '$RETORT' --url sqlite:///g.db current --check-heads"
# edit: the revision's file in $VISUAL, else $EDITOR (as Alembic's edit)
printf '#!/bin/sh\necho "$1" >"%s/edited"\n' "$work" >ed.sh && chmod +x ed.sh
check "edit opens the revision's file in \$EDITOR" \
	bash -c "EDITOR='$work/ed.sh' VISUAL= '$RETORT' edit bbbb && grep -qx 'migrations/versions/bbbb00000002_it_s_the_second.mig' edited"
expect_fail "... and with none set says what to set" 2 "edit needs an editor: set VISUAL or EDITOR" \
	env -u EDITOR -u VISUAL "$RETORT" edit bbbb
expect_fail "... an editor that fails is said" 2 "the editor 'false' did not succeed" \
	env -u VISUAL EDITOR=false "$RETORT" edit bbbb
# ---- verify checks a later drop against a trigger whose revision's
# downgrade it checked first (that downgrade drops the trigger, and the
# model counts its triggers: the count comes back with the trigger)
mkdir vt && (cd vt && "$RETORT" -q init m) >/dev/null 2>&1
printf "%s\n" "revision 'a1';" "revises base;" "message 't';" "upgrade {" \
	"    create_table t (id integer primary key, v integer);" \
	"    create_trigger tg on t as 'CREATE TRIGGER tg AFTER INSERT ON t BEGIN SELECT NEW.v; END';" \
	"}" "downgrade {" "    drop_trigger tg on t;" "    drop_table t;" "}" >vt/m/versions/a1_t.mig
printf "%s\n" "revision 'b2';" "revises 'a1';" "message 'd';" "upgrade {" "    drop_column t v;" "}" \
	"downgrade {" "    add_column t v integer;" "}" >vt/m/versions/b2_d.mig
expect_fail "verify: a column a trigger uses, after the trigger's revision was verified" 1 \
	"b2_d.mig:5:19: error: column 't.v' cannot be dropped: trigger 'tg' on 't' uses it" \
	"$RETORT" -c vt/retort.ini --dialect sqlite verify

check "--version prints the version" bash -c "'$RETORT' --version | grep -Eq '^retort [0-9]+\.[0-9]+\.[0-9]+$'"
check "--help prints usage and succeeds" bash -c "'$RETORT' --help | grep -q '^usage: retort'"

tap_done
