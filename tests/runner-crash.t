#!/usr/bin/env bash
# Runners killed: on each backend (a SQLite file, a throwaway PostgreSQL 15,
# a throwaway MariaDB), 50 rounds of `retort upgrade head` on a fresh empty
# database, killed with SIGKILL after a random delay spread over the time an
# unkilled run takes (the chain, tests/fixtures/runner, has two slow
# statements of about 0.2 s, in r2_part and r4_gadget).  Every other round
# uses transaction_per_migration = true (retort-per-migration.ini), so that
# kills land between committed revisions too.  After each kill:
#
#  * on PostgreSQL and SQLite, the database must be at a whole revision:
#    the version table's row (none, or no table, for base) names a revision
#    R, and the tables, columns, indexes, constraints and rows of the
#    fixture's tables are exactly those of a database brought to R by
#    unkilled runs, one revision at a time (built first, as the reference);
#    `retort current` must say R too;
#  * on every backend, the killed runner's "Running upgrade" lines, which go
#    out as the run goes, must say how far it got: the database is at the
#    revision the last one names or the one before it (with one
#    transaction for the whole run on PostgreSQL and SQLite: at base, or at
#    head once the last line is out);
#  * on every backend, a new runner (--lock-timeout 10) must get the lock,
#    which the killed runner's session held, and take the database to head:
#    exit 0, nothing on stderr, the version table at head, and the schema
#    and rows of the reference head.
#
# MariaDB's check is weaker, and cannot be otherwise: MariaDB commits each
# DDL statement as it runs, so a runner killed half-way through a revision
# leaves the first half applied and the version table at the revision
# before.  That is expected, not a bug, so the state after the kill is not
# compared with the reference (only the version table is checked to name at
# most one revision of the chain).  The fixture's MySQL statements can run
# twice (CREATE ... IF NOT EXISTS, ADD COLUMN IF NOT EXISTS, an insert that
# counts instead of failing), so the next run, which repeats that revision
# from its start, must still reach head; the 'applied' counts may then say
# 2 for the revision that was cut, and are compared without their counts.
#
# The delays come from RANDOM seeded with RETORT_CRASH_SEED (default
# 20261121; each backend adds its index), as fractions of the measured run
# time, so a failing sequence of kills can be replayed (on the same machine,
# nearly the same moments); RETORT_CRASH_ROUNDS changes 50, and
# RETORT_RUNNER_FIXTURE points at another copy of the fixture (a broken one,
# such as r2_part made `transactional false;`, shows the checks failing).
# One TAP line per backend and check; the first failing round is shown with
# diag, and a backend stops after 3 failing rounds.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

ROUNDS=${RETORT_CRASH_ROUNDS:-50}
SEED=${RETORT_CRASH_SEED:-20261121}
MAX_FAILED_ROUNDS=3

# The schema of the fixture's tables (not the version table's), as the
# catalog describes it, one line per column, index and constraint.
SQLITE_SCHEMA="SELECT type || ' ' || name || ': ' || replace(ifnull(sql, ''), char(10), ' ')
FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND tbl_name <> 'alembic_version'
ORDER BY 1"
PG_SCHEMA="SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
	|| ' null=' || is_nullable || ' default=' || coalesce(column_default, '-')
FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'alembic_version'
UNION ALL
SELECT 'index ' || indexdef FROM pg_indexes
WHERE schemaname = 'public' AND tablename <> 'alembic_version'
UNION ALL
SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint WHERE connamespace = 'public'::regnamespace
AND conrelid::regclass::text <> 'alembic_version'
UNION ALL
SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = 'public'
ORDER BY 1"
MY_SCHEMA="SELECT CONCAT('column ', table_name, '.', column_name, ' ', column_type,
	' null=', is_nullable, ' default=', IFNULL(column_default, '-'), ' ', extra)
FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('index ', table_name, '.', index_name, ' unique=', 1 - non_unique, ' #',
	seq_in_index, ' ', column_name)
FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('foreign key ', table_name, '.', constraint_name, ' -> ', referenced_table_name)
FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE()
ORDER BY 1"

# snapshot FILE: the database's state into FILE: "version R" lines (the
# version table's rows), then the schema of the other tables, the rows of
# 'applied' and how many rows 'filler' has.  Fails, with the error in
# FILE.err, when the database cannot be read.
snapshot() {
	local t
	{
		t=$(tables) || return 1
		if grep -qx alembic_version <<<"$t"; then
			q "SELECT version_num FROM alembic_version ORDER BY 1" | sed 's/^/version /'
		fi
		case $BE in
		sqlite) q "$SQLITE_SCHEMA" ;;
		postgresql) q "$PG_SCHEMA" ;;
		mysql) q "$MY_SCHEMA" ;;
		esac
		if grep -qx applied <<<"$t"; then
			case $BE in
			mysql) q "SELECT CONCAT('applied ', rev, ' n=', n) FROM applied ORDER BY rev" ;;
			*) q "SELECT 'applied ' || rev || ' n=' || n FROM applied ORDER BY rev" ;;
			esac
		fi
		if grep -qx filler <<<"$t"; then
			case $BE in
			mysql) q "SELECT CONCAT('filler rows ', COUNT(*)) FROM filler" ;;
			*) q "SELECT 'filler rows ' || count(*) FROM filler" ;;
			esac
		fi
	} >"$1" 2>"$1.err"
	[ ! -s "$1.err" ]
}

# body FILE: a snapshot without its version lines.
body() {
	grep -v '^version ' "$1" || true
}

# retort_run OUT ARGS...: retort on the current database, stdout in OUT,
# stderr in OUT.err; its status.
retort_run() {
	local out=$1
	shift
	run_limited "$TIMEOUT" "$RETORT" --url "$URL" "$@" </dev/null >"$out" 2>"$out.err"
}

# ---------------------------------------------------------------- reference

# reference LABEL: the snapshot of each state (base, then each revision,
# reached by unkilled runs one revision at a time) into $tmp/ref.STATE, and
# how long an unkilled run from base to head takes with each ini, in
# T_ms[INI]; one TAP line.  Fails when something is wrong, and then the
# rounds cannot be judged.
declare -A T_ms
reference() {
	local label=$1 name s prev=base problems=() ini t0 t1 rc
	name="$label: unkilled runs build the reference states base, ${REVS[*]}, each different"
	if ! db_new crash_ref; then
		problems+=("cannot make a database: $(cat "$tmp/db_new.err")")
	elif ! snapshot "$tmp/ref.base"; then
		problems+=("cannot read the database: $(cat "$tmp/ref.base.err")")
	fi
	for s in "${REVS[@]}"; do
		[ "${#problems[@]}" -eq 0 ] || break
		if ! retort_run "$tmp/ref.out" -c "$FIX/retort.ini" upgrade "$s" || [ -s "$tmp/ref.out.err" ]; then
			problems+=("retort upgrade $s failed:" "$(cat "$tmp/ref.out" "$tmp/ref.out.err")")
		elif ! snapshot "$tmp/ref.$s"; then
			problems+=("cannot read the database at $s: $(cat "$tmp/ref.$s.err")")
		elif [ "$(grep '^version ' "$tmp/ref.$s")" != "version $s" ]; then
			problems+=("after upgrade $s the version table says: $(grep '^version ' "$tmp/ref.$s")")
		elif cmp -s <(body "$tmp/ref.$prev") <(body "$tmp/ref.$s"); then
			problems+=("the states $prev and $s look the same: a kill between them would go unseen")
		fi
		prev=$s
	done
	db_drop crash_ref
	for ini in retort.ini retort-per-migration.ini; do
		[ "${#problems[@]}" -eq 0 ] || break
		db_new crash_time
		t0=$(now_ms)
		rc=0
		retort_run "$tmp/time.out" -c "$FIX/$ini" upgrade head || rc=$?
		t1=$(now_ms)
		T_ms[$ini]=$((t1 - t0))
		if [ "$rc" -ne 0 ] || ! snapshot "$tmp/time.snap" || ! cmp -s "$tmp/ref.$HEAD" "$tmp/time.snap"; then
			problems+=("retort -c $ini upgrade head from base: exit $rc, or not the reference head:"
				"$(cat "$tmp/time.out.err")" "$(diff -u "$tmp/ref.$HEAD" "$tmp/time.snap" 2>&1)")
		fi
		db_drop crash_time
	done
	if [ "${#problems[@]}" -eq 0 ]; then
		note "$label: an unkilled run from base to head takes ${T_ms[retort.ini]} ms, ${T_ms[retort-per-migration.ini]} ms with a transaction per revision"
		ok "$name"
		return 0
	fi
	diag "${problems[@]}"
	not_ok "$name"
	return 1
}

# ---------------------------------------------------------------- a round

# crash_round R INI DELAY_MS DIR: round R; sets killed (1 when the kill
# landed before the run ended), state (the revision the database is at
# after the kill, or base, or "?"), and bad_run, bad_state, bad_progress and
# bad_recovery to a one-line reason, or empty.
crash_round() {
	local r=$1 ini=$2 delay=$3 d=$4 pid rc=0 v t0 t1
	rm -rf "$d" && mkdir -p "$d"
	echo 0 >"$d/again.ms"
	killed=0 state='?' bad_state='' bad_recovery='' bad_run='' bad_progress=''
	if ! db_new "crash_$r"; then
		bad_run="cannot make a fresh database: $(cat "$tmp/db_new.err")"
		return
	fi
	"$RETORT" -c "$FIX/$ini" --url "$URL" upgrade head </dev/null >"$d/killed.out" 2>"$d/killed.err" &
	pid=$!
	bg_pids=("$pid")
	sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
	kill -KILL "$pid" 2>/dev/null
	# (braces: bash's "Killed" job report goes to the wait's stderr)
	{ wait "$pid" || rc=$?; } 2>/dev/null
	bg_pids=()
	case $rc in
	137) killed=1 ;;
	0) ;;
	*) bad_run="the runner, before it was killed, exited $rc by itself" ;;
	esac

	# Where the database is now.
	if ! snapshot "$d/after"; then
		bad_state="cannot read the database after the kill: $(cat "$d/after.err")"
	else
		v=$(sed -n 's/^version //p' "$d/after")
		case $(grep -c '^version ' "$d/after") in
		0) state=base ;;
		1) if [ -f "$tmp/ref.$v" ] && [ "$v" != base ]; then state=$v; else bad_state="the version table names '$v', not a revision of the chain"; fi ;;
		*) bad_state="the version table has several rows: $(tr '\n' ' ' <<<"$v")" ;;
		esac
	fi
	if [ -z "$bad_state" ] && [ "$BE" != mysql ]; then
		if ! cmp -s <(body "$tmp/ref.$state") <(body "$d/after"); then
			bad_state="the version table says $state, and the rest of the database is not the reference $state (-reference +found):"
			diff -u <(body "$tmp/ref.$state") <(body "$d/after") | tail -n +3 >"$d/state.diff"
		else
			rc=0
			retort_run "$d/current" -c "$FIX/$ini" current || rc=$?
			if [ "$rc" -ne 0 ] || [ "$(sed 's/ (head)$//' "$d/current")" != "${state#base}" ]; then
				bad_state="the database is at $state, and retort current says (exit $rc): $(cat "$d/current" "$d/current.err")"
			fi
		fi
	fi

	# The "Running upgrade" lines go out as the run goes: the killed
	# runner's last one names the revision it was in, and the database is
	# there or just before it (with one transaction for the whole run on
	# PostgreSQL and SQLite: at base, or at head once the last line is out).
	if [ "$state" != '?' ]; then
		local printed last prev i allowed
		printed=$(sed -n 's/^Running upgrade .* -> \([^ ,]*\).*/\1/p' "$d/killed.out")
		last=$(tail -n 1 <<<"$printed")
		prev=base
		for ((i = 1; i < ${#REVS[@]}; i++)); do
			[ "${REVS[i]}" != "$last" ] || prev=${REVS[i - 1]}
		done
		if [ -z "$last" ]; then
			allowed=base
		elif [ "$BE" = mysql ] || [ "$ini" = retort-per-migration.ini ]; then
			allowed="$prev $last"
		elif [ "$last" = "$HEAD" ]; then
			allowed="base $HEAD"
		else
			allowed=base
		fi
		if [ -n "$printed" ] && [ "$printed" != "$(printf '%s\n' "${REVS[@]}" | head -n "$(wc -l <<<"$printed")")" ]; then
			bad_progress="the killed runner's 'Running upgrade' lines do not follow the chain"
		elif [[ " $allowed " != *" $state "* ]]; then
			bad_progress="the killed runner's last 'Running upgrade' line went to ${last:-(none)}, so the database should be at ${allowed// / or }, and it is at $state"
		fi
	fi

	# A new runner takes it to head.
	t0=$(now_ms)
	rc=0
	retort_run "$d/again" -c "$FIX/$ini" upgrade head --lock-timeout 10 || rc=$?
	t1=$(now_ms)
	echo "$((t1 - t0))" >"$d/again.ms"
	if [ "$rc" -ne 0 ] || [ -s "$d/again.err" ]; then
		bad_recovery="retort upgrade head --lock-timeout 10 after the kill: exit $rc after $((t1 - t0)) ms"
	elif ! snapshot "$d/head"; then
		bad_recovery="cannot read the database after the new run: $(cat "$d/head.err")"
	else
		local want=$tmp/ref.$HEAD got=$d/head
		if [ "$BE" = mysql ]; then
			# a revision cut half-way ran twice: its count may be 2
			sed 's/^\(applied .*\) n=[12]$/\1 n=1 or 2/' "$want" >"$d/want.norm"
			sed 's/^\(applied .*\) n=[12]$/\1 n=1 or 2/' "$got" >"$d/got.norm"
			want=$d/want.norm got=$d/got.norm
		fi
		if ! cmp -s "$want" "$got"; then
			bad_recovery="after the new run the database is not the reference head (-reference +found):"
			diff -u "$want" "$got" | tail -n +3 >"$d/head.diff"
		fi
	fi
}

# round_report R INI DELAY DIR REASON [DIFF]: what a failed round did, as
# plain text for diag_file.
round_report() {
	echo "round $1 (-c $2): killed with SIGKILL after $3 ms ($([ "$killed" -eq 1 ] && echo 'mid-run' || echo 'after the run had ended'))"
	echo "$5"
	[ -z "${6:-}" ] || [ ! -s "$6" ] || cat "$6"
	echo "the killed runner's stdout and stderr:"
	cat "$4/killed.out" "$4/killed.err"
	echo "the database after the kill:"
	cat "$4/after" 2>/dev/null
	echo "the new runner's stdout and stderr:"
	cat "$4/again" "$4/again.err" 2>/dev/null
}

# crash LABEL INDEX: the rounds on $BE, then one TAP line per check.
crash() {
	local label=$1 r ini delay d=$tmp/round n_killed=0 n_failed=0 done_rounds=0 max_again=0
	local n_state=0 n_progress=0 n_recovery=0 n_run=0 n_twice=0 t0 t1 s
	local -A seen=()
	RANDOM=$((SEED + $2))
	rm -f "$tmp/fail.run" "$tmp/fail.state" "$tmp/fail.progress" "$tmp/fail.recovery"
	t0=$(now_ms)
	for ((r = 1; r <= ROUNDS; r++)); do
		if ((r % 2)); then ini=retort.ini; else ini=retort-per-migration.ini; fi
		delay=$((RANDOM * ${T_ms[$ini]} / 32768))
		crash_round "$r" "$ini" "$delay" "$d.$r"
		done_rounds=$r
		n_killed=$((n_killed + killed))
		seen[$ini:$state]=$((${seen[$ini:$state]:-0} + 1))
		[ "$(cat "$d.$r/again.ms")" -le "$max_again" ] || max_again=$(cat "$d.$r/again.ms")
		grep -q '^applied .* n=2$' "$d.$r/head" 2>/dev/null && n_twice=$((n_twice + 1))
		if [ -n "$bad_run" ]; then
			n_run=$((n_run + 1))
			[ -s "$tmp/fail.run" ] ||
				round_report "$r" "$ini" "$delay" "$d.$r" "$bad_run" >"$tmp/fail.run"
		fi
		if [ -n "$bad_state" ]; then
			n_state=$((n_state + 1))
			[ -s "$tmp/fail.state" ] ||
				round_report "$r" "$ini" "$delay" "$d.$r" "$bad_state" "$d.$r/state.diff" >"$tmp/fail.state"
		fi
		if [ -n "$bad_progress" ]; then
			n_progress=$((n_progress + 1))
			[ -s "$tmp/fail.progress" ] ||
				round_report "$r" "$ini" "$delay" "$d.$r" "$bad_progress" >"$tmp/fail.progress"
		fi
		if [ -n "$bad_recovery" ]; then
			n_recovery=$((n_recovery + 1))
			[ -s "$tmp/fail.recovery" ] ||
				round_report "$r" "$ini" "$delay" "$d.$r" "$bad_recovery" "$d.$r/head.diff" >"$tmp/fail.recovery"
		fi
		db_drop "crash_$r"
		if [ -n "$bad_run$bad_state$bad_progress$bad_recovery" ]; then
			n_failed=$((n_failed + 1))
			[ "$n_failed" -lt "$MAX_FAILED_ROUNDS" ] || break
		else
			rm -rf "$d.$r"
		fi
	done
	t1=$(now_ms)
	local of="$done_rounds rounds"
	[ "$done_rounds" -eq "$ROUNDS" ] || of="$of (stopped after $MAX_FAILED_ROUNDS failing rounds)"
	note "$label: $of in $(((t1 - t0) / 1000)) s (seed $((SEED + $2))); states after the kill:"
	for ini in retort.ini retort-per-migration.ini; do
		s=
		for st in base "${REVS[@]}" '?'; do
			[ -z "${seen[$ini:$st]:-}" ] || s="$s $st ${seen[$ini:$st]},"
		done
		note "  -c $ini:${s%,}"
	done
	note "$label: the slowest run after a kill took $max_again ms"
	[ "$BE" != mysql ] || note "$label: in $n_twice rounds the cut revision ran twice (an 'applied' count of 2)"

	# runner_failed: the killed runner must only ever stop because it was killed
	if [ "$n_run" -gt 0 ]; then
		diag_file "$tmp/fail.run" 150
		not_ok "$label: the runner to be killed ran without error until killed (failed in $n_run of $of)"
	else
		ok "$label: the runner to be killed ran without error until killed ($of)"
	fi
	if [ "$BE" = mysql ]; then
		s="$label: after SIGKILL the version table names at most one revision of the chain"
	else
		s="$label: after SIGKILL at a random moment the database is at a whole revision"
	fi
	if [ "$n_state" -gt 0 ]; then
		diag_file "$tmp/fail.state" 150
		not_ok "$s (failed in $n_state of $of)"
	else
		ok "$s ($of)"
	fi
	s="$label: the killed runner's 'Running upgrade' lines show how far it got"
	if [ "$n_progress" -gt 0 ]; then
		diag_file "$tmp/fail.progress" 150
		not_ok "$s (failed in $n_progress of $of)"
	else
		ok "$s ($of)"
	fi
	s="$label: after SIGKILL a new runner gets the lock and reaches head"
	if [ "$n_recovery" -gt 0 ]; then
		diag_file "$tmp/fail.recovery" 150
		not_ok "$s (failed in $n_recovery of $of)"
	else
		ok "$s ($of)"
	fi
	# The kills must have hit running runners, or nothing was tested.
	s="$label: the kill landed mid-run in at least half the rounds ($n_killed of $done_rounds)"
	if [ $((2 * n_killed)) -ge "$done_rounds" ]; then
		ok "$s"
	else
		diag "an unkilled run took ${T_ms[retort.ini]} ms (${T_ms[retort-per-migration.ini]} ms per revision); most runs ended before their kill"
		not_ok "$s"
	fi
}

# ---------------------------------------------------------------- main

if [ ! -x "$RETORT" ] || [ ! -x "$RUN" ]; then
	diag "$RETORT or $RUN is not built (make all tools)"
	not_ok "retort and sqlite_run are built"
	tap_done
	exit
fi

if "$RETORT" -c "$FIX/retort.ini" verify >"$tmp/verify.out" 2>&1 &&
	[ "$("$RETORT" -c "$FIX/retort.ini" heads 2>&1)" = "$HEAD (head)" ]; then
	ok "the fixture project verifies, and the head is $HEAD"
else
	diag_file "$tmp/verify.out"
	diag "heads: $("$RETORT" -c "$FIX/retort.ini" heads 2>&1)"
	not_ok "the fixture project verifies, and the head is $HEAD"
fi

# one_backend NAME INDEX: the reference states, then the kills.
one_backend() {
	if reference "$1"; then
		crash "$1" "$2"
	fi
}
each_backend one_backend

tap_done
