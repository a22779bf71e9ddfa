#!/usr/bin/env bash
# Autogenerate, at random: tests/tools/schema_mutate (a fixed seed) writes
# a schema file a round, each a few random changes from the one before
# (tables, columns, types, nullability, defaults, comments, primary keys,
# unique, check and foreign key constraints, indexes, enums; partial
# indexes, which MySQL has not, in `only postgresql, sqlite` blocks).  A
# round may first rename tables and columns, in a revision of its own
# written here (schema_mutate's .pre): the databases keep the constraint
# names made after the old names, which the file leaves unnamed.  Each round
# the file is copied into a project, `revision --autogenerate` writes a
# revision (or says there is no change, which must be because the file
# changes nothing; a column dropped and one of its type added must be
# suggested as a rename), `check` must then find head equal to the file
# (replay) and `verify` every downgrade exact on mysql, postgresql and
# sqlite.  Then on a real PostgreSQL 15, SQLite and MariaDB (one database
# each, kept from round to round) the revision is applied, downgraded and
# applied again: the database after the downgrade must be described as
# before the upgrade (tables, columns with type, nullability, default and
# comment, keys, constraints, indexes, enums), and after the second
# upgrade as after the first; and `check --from-db` must find the database
# equal to the file.
#
# Before the random rounds come the cases in tests/fixtures/autogen-steps
# (each folder's files in number order, then an empty schema file), each
# checked the same way: schema files the random rounds once failed on.
#
# After a round that fails, its history is moved out of the project (to
# $tmp/failed/rNNN) and a new one starts: a revision from base to the
# round's file, applied to emptied databases; so a failure is reported
# once, not again in every round after it.  When no new history can be
# made, the rounds after are skipped until one can.
#
# RETORT_AUTOGEN_SEED (default 1) and RETORT_AUTOGEN_ROUNDS
# (default 250) choose the files; RETORT_AUTOGEN_KEEP=DIR keeps the project,
# the schema files and the failed revisions there; RETORT_AUTOGEN_BREAK=N
# takes the first op out of round N's downgrade, to see the test fail.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/describe.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
SEED=${RETORT_AUTOGEN_SEED:-1}
ROUNDS=${RETORT_AUTOGEN_ROUNDS:-250}
MUTATE=$(abspath "${RETORT_SCHEMA_MUTATE:-$RETORT_ROOT/build/tests/schema_mutate}")
RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
mktempdir tmp
[ "$(id -u)" -ne 0 ] || chmod 755 "$tmp"
P=$tmp/p

for tool in "$RETORT" "$MUTATE" "$RUN"; do
	if [ ! -x "$tool" ]; then
		diag "$tool is missing: make all tools"
		not_ok "the tools are built"
		tap_done
		exit
	fi
done

# ---- the schema files: the fixed cases, then the random ones ----
STEPS=$RETORT_ROOT/tests/fixtures/autogen-steps
mkdir -p "$tmp/gen" "$tmp/rand" "$tmp/failed" "$P/p/versions"
if ! "$MUTATE" "$SEED" "$ROUNDS" "$tmp/rand" 2>"$tmp/mutate.err"; then
	diag_file "$tmp/mutate.err"
	not_ok "schema_mutate $SEED $ROUNDS"
	tap_done
	exit
fi
total=0
# add_round FILE WHAT [EXP]: the next round's schema file, what it changes
# (for diagnostics) and the file of what the test expects of it
# (schema_mutate's .exp; none: nothing but that it applies); with
# schema_mutate's .pre beside FILE, the renames the round makes by hand
# first (the upgrade and downgrade blocks of a revision of their own)
add_round() {
	total=$((total + 1))
	local n
	n=$(printf '%03d' "$total")
	cp "$1" "$tmp/gen/$n.mig"
	printf '%s\n' "$2" >"$tmp/gen/$n.what"
	if [ -n "${3:-}" ] && [ -f "$3" ]; then
		cp "$3" "$tmp/gen/$n.exp"
	else
		: >"$tmp/gen/$n.exp"
	fi
	if [ -f "${1%.mig}.pre" ]; then
		cp "${1%.mig}.pre" "$tmp/gen/$n.pre"
	fi
}
: >"$tmp/empty.mig"
nsteps=0
for dir in "$STEPS"/*/; do
	name=$(basename "$dir")
	for f in $(cd "$dir" && ls -- *.mig | sort -n); do
		add_round "$dir/$f" "tests/fixtures/autogen-steps/$name/$f"
	done
	add_round "$tmp/empty.mig" "after tests/fixtures/autogen-steps/$name: an empty schema file"
	nsteps=$((nsteps + 1))
done
for f in "$tmp/rand/"*.mig; do
	b=${f%.mig}
	add_round "$f" "$(printf 'tests/tools/schema_mutate %s %s, file %s:\n' "$SEED" "$ROUNDS" \
		"$(basename "$f")"; cat "$b.what")" "$b.exp"
done
note "$nsteps cases from tests/fixtures/autogen-steps, then seed $SEED, $ROUNDS rounds: $total in all"

# ---- the project ----
cat >"$P/retort.ini" <<'EOF'
[retort]
script_location = p
schema = schema.mig
dialect = postgresql
dialects = mysql, postgresql, sqlite
version_table = alembic_version
transaction_per_migration = false
EOF
cat >"$P/p/script.mig.tmpl" <<'EOF'
revision '${revision}';
revises ${revises};
message '${message}';

upgrade {
${upgrades}}

downgrade {
${downgrades}}
EOF

# r ARGS...: retort in the project; stdout, stderr and status in $tmp/out,
# $tmp/err and $rc.
r() {
	rc=0
	(cd "$P" && run_limited "$TIMEOUT" "$RETORT" "$@") </dev/null >"$tmp/out" 2>"$tmp/err" || rc=$?
}

# diag_run: the last command's status and output.
diag_run() {
	diag "exit $rc; stdout:"
	diag_file "$tmp/out" 40
	diag "stderr:"
	diag_file "$tmp/err" 40
}

# diag_round N: what round N changed and the revision it made.
diag_round() {
	diag "round $1 changed:"
	diag_file "$tmp/gen/$1.what"
	if [ "$1" != 001 ]; then
		diag "the schema file's change:"
		diff -u "$tmp/gen/$(printf '%03d' $((10#$1 - 1))).mig" "$tmp/gen/$1.mig" \
			>"$tmp/file.diff" || true
		diag_file "$tmp/file.diff" 60
	fi
	if [ -n "$prefile" ] && [ -f "$prefile" ]; then
		diag "the renames before it ($(basename "$prefile")):"
		diag_file "$prefile" 20
	fi
	if [ -n "$revfile" ] && [ "$revfile" != "$prefile" ] && [ -f "$revfile" ]; then
		diag "the revision ($(basename "$revfile")):"
		diag_file "$revfile" 120
	fi
}

# ---- the databases ----
dbs=()
declare -A URL DEAD
describe() {
	if [ "$1" = sqlite ]; then
		describe_db sqlite "$P/rt.db"
	else
		describe_db "$1" rt
	fi
}

# empty_db NAME: the database dropped and made again, empty.
empty_db() {
	case $1 in
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d postgres \
			-c "DROP DATABASE IF EXISTS rt WITH (FORCE)" -c "CREATE DATABASE rt TEMPLATE template0" \
			</dev/null >"$tmp/empty.err" 2>&1
		;;
	mysql)
		maria_sql "" <<<"DROP DATABASE IF EXISTS rt; CREATE DATABASE rt" >"$tmp/empty.err" 2>&1
		;;
	sqlite)
		rm -f "$P/rt.db" "$P/rt.db-journal"
		;;
	esac
}

# reset_db NAME: made again from nothing up to head; a database that cannot
# be is left out until the next new history.
reset_db() {
	empty_db "$1"
	r --url "${URL[$1]}" upgrade head
	if [ "$rc" -ne 0 ]; then
		if [ -z "${quiet:-}" ]; then
			diag "$1: made again from base to head, fails: left out until the next new history"
			diag_run
		fi
		DEAD[$1]=1
	fi
}

if pg_start; then
	dbs+=(postgresql)
	URL[postgresql]="postgresql://postgres@/rt?host=$PGHOST&port=$PGPORT"
else
	diag "$PG_ERROR"
	not_ok "PostgreSQL 15 started"
fi
dbs+=(sqlite)
URL[sqlite]="sqlite:///rt.db"
if maria_start; then
	dbs+=(mysql)
	URL[mysql]="mysql://root@localhost/rt?unix_socket=$MARIA_SOCKET"
else
	diag "$MARIA_ERROR"
	not_ok "MariaDB started"
fi
for d in "${dbs[@]}"; do
	DEAD[$d]=
	empty_db "$d" || { diag_file "$tmp/empty.err"; DEAD[$d]=1; not_ok "$d: a database to work in"; }
done

# db_round N NAME STEPS: the STEPS revisions of round N on database NAME:
# upgrade, downgrade, upgrade; 0 when all is well (the failure said in
# diag).
db_round() {
	local n=$1 d=$2 url=${URL[$2]} steps=$3
	describe "$d" >"$tmp/$d.before" || return 1
	r --url "$url" upgrade head
	if [ "$rc" -ne 0 ]; then
		diag "$d: upgrade head fails:"
		diag_run
		return 1
	fi
	describe "$d" >"$tmp/$d.up" || return 1
	r --url "$url" downgrade "-$steps"
	if [ "$rc" -ne 0 ]; then
		diag "$d: downgrade -$steps fails:"
		diag_run
		return 1
	fi
	describe "$d" >"$tmp/$d.down" || return 1
	if ! cmp -s "$tmp/$d.before" "$tmp/$d.down"; then
		diag "$d: after the downgrade the database differs from before the upgrade (-before +after):"
		diff -u "$tmp/$d.before" "$tmp/$d.down" | tail -n +3 | grep '^[-+]' >"$tmp/d.diff"
		diag_file "$tmp/d.diff" 40
		r --url "$url" upgrade head
		return 2
	fi
	r --url "$url" upgrade head
	if [ "$rc" -ne 0 ]; then
		diag "$d: upgrade head after the downgrade fails:"
		diag_run
		return 1
	fi
	describe "$d" >"$tmp/$d.up2" || return 1
	if ! cmp -s "$tmp/$d.up" "$tmp/$d.up2"; then
		diag "$d: upgraded again, the database differs from the first upgrade (-first +second):"
		diff -u "$tmp/$d.up" "$tmp/$d.up2" | tail -n +3 | grep '^[-+]' >"$tmp/d.diff"
		diag_file "$tmp/d.diff" 40
		return 2
	fi
	r --url "$url" check --from-db
	if [ "$rc" -ne 0 ]; then
		diag "$d: check --from-db finds the database is not the schema file:"
		diag_run
		return 2
	fi
	return 0
}

# new_history N: round N's failure: the history so far goes (to
# $tmp/failed/rN) and a new one starts, a revision from base to the schema
# file, on emptied databases.  0 when it is made; diagnostics unless $quiet.
quiet=
new_history() {
	local n=$1 made=0 d
	mkdir -p "$tmp/failed/r$n"
	mv "$P/p/versions/"*.mig "$tmp/failed/r$n/" 2>/dev/null
	r revision --autogenerate -m "restart at round $n" --rev-id "s$n"
	if [ "$rc" -ne 0 ]; then
		[ -n "$quiet" ] || { diag "revision --autogenerate from base:"; diag_run; }
		made=1
	else
		r check
		if [ "$rc" -ne 0 ]; then
			[ -n "$quiet" ] || { diag "check:"; diag_run; }
			made=1
		fi
	fi
	[ "$made" -eq 0 ] || return 1
	for d in "${dbs[@]}"; do
		DEAD[$d]=
		reset_db "$d"
		[ -z "${DEAD[$d]}" ] || made=1
	done
	return "$made"
}

# ---- the rounds ----
start=$SECONDS
nrev=0
nsame=0
nfail=0
stuck=
for ((i = 1; i <= total; i++)); do
	n=$(printf '%03d' "$i")
	revfile=
	prefile=
	fail=0
	# no history could be made after a failure: try again with each file,
	# quietly, so that one failure is not reported again in every round
	if [ -n "$stuck" ]; then
		cp "$tmp/gen/$n.mig" "$P/schema.mig"
		if quiet=1 new_history "$n"; then
			ok "round $n: a new history from base to the file (none could be made since round $stuck)"
			stuck=
		else
			tap_skip "round $n" "no history from base to the file since round $stuck"
		fi
		continue
	fi
	cp "$tmp/gen/$n.mig" "$P/schema.mig"
	if [ -f "$tmp/gen/$n.pre" ]; then
		# the round's renames, by hand, after head: autogenerate must
		# then find the constraints the databases named after the old
		# names (PostgreSQL keeps them) the same as the file's unnamed
		r heads
		prefile=$P/p/versions/p${n}_renames.mig
		{
			printf "revision 'p%s';\nrevises '%s';\nmessage 'renames of round %s';\n\n" \
				"$n" "$(sed -n '1s/ .*//p' "$tmp/out")" "$n"
			cat "$tmp/gen/$n.pre"
		} >"$prefile"
	fi
	r revision --autogenerate -m "round $n" --rev-id "r$n"
	cp "$tmp/out" "$tmp/out.rev"
	if [ "$rc" -ne 0 ]; then
		diag "revision --autogenerate fails:"
		diag_run
		fail=1
	elif grep -q '^No changes in schema detected' "$tmp/out"; then
		if ! grep -qx same "$tmp/gen/$n.exp"; then
			diag "autogenerate found no change, but the file changes the schema"
			fail=1
		fi
	else
		revfile=$(ls "$P/p/versions/r${n}_"*.mig 2>/dev/null)
		if [ -z "$revfile" ]; then
			diag "autogenerate wrote no revision r$n:"
			diag_run
			fail=1
		elif grep -qx same "$tmp/gen/$n.exp"; then
			diag "the file changes nothing (only the order it is written in), but autogenerate wrote a revision"
			fail=1
		fi
		if [ -n "$revfile" ] && [ "$((10#$n))" = "${RETORT_AUTOGEN_BREAK:-0}" ]; then
			note "round $n: the first op of the downgrade taken out (RETORT_AUTOGEN_BREAK)"
			awk '/^downgrade \{/ { d = 1 } d && !done && /^\t+[a-z_]+ [a-z]/ && !/^\t+only / { done = 1; next } { print }' \
				"$revfile" >"$tmp/broken.mig" && cat "$tmp/broken.mig" >"$revfile"
		fi
		while read -r kind what; do
			[ "$kind" = hint ] || continue
			if [ -n "$revfile" ] && ! grep -qF -- "write $what instead" "$revfile"; then
				diag "the revision does not suggest: $what"
				fail=1
			fi
		done <"$tmp/gen/$n.exp"
	fi
	# head must now be the file, and every downgrade exact
	broken=0
	r check
	if [ "$rc" -ne 0 ]; then
		diag "check: head is not the schema file:"
		diag_run
		broken=1
	fi
	r verify
	if [ "$rc" -ne 0 ]; then
		diag "verify:"
		diag_run
		broken=1
	fi
	if [ "$fail" -ne 0 ] || [ "$broken" -ne 0 ]; then
		diag_round "$n"
		not_ok "round $n: autogenerate, check, verify"
	else
		ok "round $n: autogenerate, check, verify"
	fi
	fail=$broken

	# the databases: only for a revision that replays
	steps=1
	if [ -n "$prefile" ] && [ -n "$revfile" ]; then
		steps=2
	elif [ -n "$prefile" ]; then
		revfile=$prefile
	fi
	if [ -n "$revfile" ]; then
		failed_dbs=()
		for d in "${dbs[@]}"; do
			if [ -n "${DEAD[$d]}" ]; then
				tap_skip "round $n: $d" "left out after an earlier failure"
				continue
			fi
			if [ "$fail" -ne 0 ]; then
				tap_skip "round $n: $d" "the revision failed check or verify"
				continue
			fi
			if db_round "$n" "$d" "$steps"; then
				ok "round $n: $d: upgrade, downgrade restores, upgrade again, check --from-db"
			else
				failed_dbs+=("$d")
				diag_round "$n"
				not_ok "round $n: $d: upgrade, downgrade restores, upgrade again, check --from-db"
			fi
		done
		if [ "${#failed_dbs[@]}" -gt 0 ]; then
			fail=1
		else
			nrev=$((nrev + 1))
		fi
	elif grep -q '^No changes in schema detected' "$tmp/out.rev"; then
		nsame=$((nsame + 1))
	fi
	[ "$fail" -ne 0 ] || [ "$broken" -ne 0 ] || continue

	# A failure: a new history from base to this round's file
	nfail=$((nfail + 1))
	if new_history "$n"; then
		ok "round $n: after the failure, a new history from base to the file"
	else
		not_ok "round $n: after the failure, a new history from base to the file"
		stuck=$n
	fi
done
note "$nrev revisions applied, $nsame rounds without change, $nfail rounds failed, in $((SECONDS - start)) s"

if [ -n "${RETORT_AUTOGEN_KEEP:-}" ]; then
	mkdir -p "$RETORT_AUTOGEN_KEEP"
	cp -r "$P" "$tmp/gen" "$tmp/failed" "$RETORT_AUTOGEN_KEEP/"
fi
pg_stop
maria_stop

tap_done
