#!/usr/bin/env bash
# Runners started together: on each backend (a SQLite file, a throwaway
# PostgreSQL 15, a throwaway MariaDB), 20 rounds of 8 `retort upgrade head`
# started at the same moment on a fresh empty database.  Every round, every
# runner must exit 0 with nothing on stderr, `retort current` must print the
# head, the version table must hold exactly the head, and each revision of
# the fixture (tests/fixtures/runner) must have run exactly once: once in
# the runners' "Running upgrade" lines, and once in the fixture's 'applied'
# table, where every revision logs itself (a second run of a revision fails
# on that table's key, or on the tables it creates; on MariaDB, where the
# fixture's statements can run twice, it shows as n = 2).  Then, per
# backend, a runner that finds the lock held (by a runner busy in a 3-second
# statement, tests/fixtures/runner/hold) and waits with --lock-timeout 1 must
# give up with exit status 3 and name the holder.
#
# One TAP line per backend and check; the first failing round of a backend
# is shown with diag (each runner's status, stdout and stderr, and the
# database's state) and ends that backend's rounds.
#
# RETORT_RACE_ROUNDS and RETORT_RACE_RUNNERS change 20 and 8;
# RETORT_RUNNER_FIXTURE points at another copy of the fixture.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

ROUNDS=${RETORT_RACE_ROUNDS:-20}
RUNNERS=${RETORT_RACE_RUNNERS:-8}
# A round takes about a second; a runner that has waited 15 s for the lock
# is stuck, and saying so after 15 s rather than the default 60 keeps a
# failing run short.
LOCK_WAIT=15

# state FILE: the version rows and the 'applied' rows into FILE, as
# "version R" and "applied R n=N" lines (nothing for a missing table).
state() {
	local t
	{
		t=$(tables) || return 1
		if grep -qx alembic_version <<<"$t"; then
			q "SELECT version_num FROM alembic_version ORDER BY 1" | sed 's/^/version /'
		fi
		if grep -qx applied <<<"$t"; then
			case $BE in
			mysql) q "SELECT CONCAT(rev, ' n=', n) FROM applied ORDER BY rev" ;;
			*) q "SELECT rev || ' n=' || n FROM applied ORDER BY rev" ;;
			esac | sed 's/^/applied /'
		fi
	} >"$1" 2>"$1.err"
	[ ! -s "$1.err" ]
}

# ---------------------------------------------------------------- a round

# What every round must end with.
{
	printf 'version %s\n' "$HEAD"
	printf 'applied %s n=1\n' "${REVS[@]}"
} >"$tmp/state.want"
printf '%s\n' "${REVS[@]}" | sort >"$tmp/running.want"

# round_diag DIR: everything about a round, as diagnostics.
round_diag() {
	local d=$1 i
	for ((i = 1; i <= RUNNERS; i++)); do
		diag "runner $i: $(cat "$d/$i.how" 2>/dev/null || echo 'did not end')"
		[ -s "$d/$i.out" ] && { diag "  stdout:"; diag_file "$d/$i.out" 20; }
		[ -s "$d/$i.err" ] && { diag "  stderr:"; diag_file "$d/$i.err" 20; }
	done
	diag "retort current: exit $(cat "$d/current.rc"), output:"
	diag_file "$d/current.out" 20
	diag "the database (version table and applied rows):"
	diag_file "$d/state" 20
}

# race_round R DIR: round R in DIR; sets fail_runs, fail_current,
# fail_version and fail_once to what failed (1) or not (0).
race_round() {
	local r=$1 d=$2 i rc pid t0 t1 watchdog left
	local -A runner_of=()
	rm -rf "$d" && mkdir -p "$d"
	fail_runs=0 fail_current=0 fail_version=0 fail_once=0
	if ! db_new "race_$r"; then
		diag "round $r: cannot make a fresh database:"
		diag_file "$tmp/db_new.err"
		fail_runs=1
		return
	fi
	# Each runner waits at a gate (the file 'go'), so that all of them
	# start within a few milliseconds of each other; it then becomes the
	# retort process, so that the pid we hold is retort's (the one a
	# "process N holds" message names).  A watchdog kills them, by their
	# ids, if they are not done within $TIMEOUT s.
	bg_pids=()
	for ((i = 1; i <= RUNNERS; i++)); do
		(
			while [ ! -e "$d/go" ]; do sleep 0.002; done
			exec "$RETORT" -c "$FIX/retort.ini" --url "$URL" upgrade head \
				--lock-timeout "$LOCK_WAIT"
		) </dev/null >"$d/$i.out" 2>"$d/$i.err" &
		bg_pids+=("$!")
		runner_of[$!]=$i
	done
	(
		for ((i = 0; i < TIMEOUT; i++)); do sleep 1; done
		kill -KILL "${bg_pids[@]}"
	) </dev/null >/dev/null 2>&1 &
	watchdog=$!
	sleep 0.05
	t0=$(now_ms)
	: >"$d/go"
	left=("${bg_pids[@]}")
	while [ "${#left[@]}" -gt 0 ]; do
		rc=0
		pid=
		wait -n -p pid "${left[@]}" || rc=$?
		[ -n "$pid" ] || break
		t1=$(now_ms)
		for i in "${!left[@]}"; do
			[ "${left[i]}" != "$pid" ] || unset 'left[i]'
		done
		echo "$rc" >"$d/${runner_of[$pid]}.rc"
		printf 'pid %s, exit %s after %d ms' "$pid" "$rc" $((t1 - t0)) >"$d/${runner_of[$pid]}.how"
		if [ "$rc" -ne 0 ] || [ -s "$d/${runner_of[$pid]}.err" ]; then
			fail_runs=1
		fi
	done
	kill "$watchdog" 2>/dev/null
	wait "$watchdog" 2>/dev/null
	bg_pids=()

	rc=0
	run_limited "$TIMEOUT" "$RETORT" -c "$FIX/retort.ini" --url "$URL" current \
		</dev/null >"$d/current.out" 2>&1 || rc=$?
	echo "$rc" >"$d/current.rc"
	if [ "$rc" -ne 0 ] || [ "$(cat "$d/current.out")" != "$HEAD (head)" ]; then
		fail_current=1
	fi

	if ! state "$d/state"; then
		cat "$d/state.err" >>"$d/state"
		fail_version=1
		fail_once=1
	else
		if [ "$(grep '^version ' "$d/state")" != "version $HEAD" ]; then
			fail_version=1
		fi
		# "Running upgrade A -> B, message": the B of every runner's lines
		sed -n 's/^Running upgrade .* -> \([^ ,]*\).*/\1/p' "$d"/[0-9]*.out | sort >"$d/running"
		if ! cmp -s "$tmp/state.want" "$d/state" || ! cmp -s "$tmp/running.want" "$d/running"; then
			fail_once=1
		fi
	fi
}

# race BACKEND_LABEL: the rounds on $BE, then one TAP line per check.
race() {
	local label=$1 r d=$tmp/round failed_at=0 t0 t1
	local -A first=()
	t0=$(now_ms)
	for ((r = 1; r <= ROUNDS; r++)); do
		race_round "$r" "$d"
		if [ $((fail_runs + fail_current + fail_version + fail_once)) -gt 0 ]; then
			failed_at=$r
			[ "$fail_runs" -eq 1 ] && first[runs]=$r
			[ "$fail_current" -eq 1 ] && first[current]=$r
			[ "$fail_version" -eq 1 ] && first[version]=$r
			[ "$fail_once" -eq 1 ] && first[once]=$r
			break
		fi
		db_drop "race_$r" || true
	done
	t1=$(now_ms)
	local done_rounds=$((failed_at ? failed_at : ROUNDS))
	note "$label: $done_rounds rounds of $RUNNERS runners in $(((t1 - t0) / 1000)).$(((t1 - t0) % 1000 / 100)) s"
	local of="in $done_rounds of $ROUNDS rounds"
	[ "$failed_at" -eq 0 ] || of="$of (stopped at round $failed_at, the first that failed)"

	if [ -n "${first[runs]:-}" ]; then
		diag "round $failed_at: a runner failed or wrote to stderr"
		round_diag "$d"
		not_ok "$label: $RUNNERS runners started together all exit 0, stderr empty, $of"
	else
		ok "$label: $RUNNERS runners started together all exit 0, stderr empty, $of"
	fi
	if [ -n "${first[current]:-}" ]; then
		diag "round $failed_at: retort current printed (exit $(cat "$d/current.rc")):"
		diag_file "$d/current.out"
		diag "wanted: $HEAD (head)"
		not_ok "$label: retort current prints the head afterwards, $of"
	else
		ok "$label: retort current prints the head afterwards, $of"
	fi
	if [ -n "${first[version]:-}" ]; then
		diag "round $failed_at: the version table (wanted exactly one row, $HEAD):"
		diag_file "$d/state"
		not_ok "$label: the version table holds exactly one row, the head, $of"
	else
		ok "$label: the version table holds exactly one row, the head, $of"
	fi
	if [ -n "${first[once]:-}" ]; then
		diag "round $failed_at: each revision must run once; the database (-wanted +got):"
		diff -u "$tmp/state.want" "$d/state" | tail -n +3 >"$d/once.diff"
		diag_file "$d/once.diff"
		diag "the revisions the runners' 'Running upgrade' lines went to (-wanted +got):"
		diff -u "$tmp/running.want" "$d/running" 2>&1 | tail -n +3 >"$d/once.diff"
		diag_file "$d/once.diff"
		[ -n "${first[runs]:-}" ] || round_diag "$d"
		not_ok "$label: each revision ran exactly once (runner output and applied table), $of"
	else
		ok "$label: each revision ran exactly once (runner output and applied table), $of"
	fi
}

# ---------------------------------------------------------------- the lock, held

# holder_id: once the holder is inside its 3-second statement, what the
# waiter's message must name (a process id for SQLite, the server process
# or connection id otherwise); fails when that is not seen within 15 s.
holder_id() {
	local i id
	for ((i = 0; i < 300; i++)); do
		case $BE in
		sqlite)
			# the first write of the revision makes the journal; the
			# long statement follows it
			if [ -e "$SQ_DB-journal" ]; then
				echo "$holder"
				return 0
			fi
			;;
		postgresql)
			id=$(q "SELECT pid FROM pg_stat_activity WHERE datname = current_database()
				AND state = 'active' AND query LIKE '%pg_sleep(3)%'
				AND pid <> pg_backend_pid()" 2>/dev/null)
			;;
		mysql)
			id=$(q "SELECT id FROM information_schema.processlist
				WHERE db = DATABASE() AND info LIKE 'DO SLEEP(3)%'" 2>/dev/null)
			;;
		esac
		if [ -n "${id:-}" ]; then
			echo "$id"
			return 0
		fi
		kill -0 "$holder" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# lock_held LABEL: a runner that waits with --lock-timeout 1 while another
# holds the lock exits 3, after about 1 s, naming the holder.
lock_held() {
	local label=$1 name id rc=0 hrc=0 t0 t1 alive=0 want problems=()
	name="$label: a runner finding the lock held gives up after --lock-timeout 1 with exit 3, naming the holder"
	if ! db_new hold; then
		diag_file "$tmp/db_new.err"
		not_ok "$name"
		return
	fi
	"$RETORT" -c "$FIX/hold.ini" --url "$URL" upgrade head </dev/null \
		>"$tmp/holder.out" 2>"$tmp/holder.err" &
	holder=$!
	bg_pids=("$holder")
	if ! id=$(holder_id); then
		wait "$holder" || hrc=$?
		diag "the holder (retort -c hold.ini upgrade head) was never seen in its slow statement; exit $hrc:"
		diag_file "$tmp/holder.out"
		diag_file "$tmp/holder.err"
		not_ok "$name"
		return
	fi
	t0=$(now_ms)
	run_limited "$TIMEOUT" "$RETORT" -c "$FIX/hold.ini" --url "$URL" upgrade head \
		--lock-timeout 1 </dev/null >"$tmp/waiter.out" 2>"$tmp/waiter.err" || rc=$?
	t1=$(now_ms)
	kill -0 "$holder" 2>/dev/null && alive=1
	wait "$holder" || hrc=$?
	bg_pids=()

	case $BE in
	sqlite) want="waiting for the migration lock, which process $id holds (a write lock on $SQ_DB)" ;;
	postgresql) want="waiting for the migration lock, which server process $id holds (application 'retort'" ;;
	mysql) want="waiting for the migration lock, which connection $id holds (root@localhost" ;;
	esac
	[ "$rc" -eq 3 ] || problems+=("the waiter exited $rc, not 3")
	grep -qF -- "gave up after 1 s $want" "$tmp/waiter.err" ||
		problems+=("the waiter's stderr does not say: ... gave up after 1 s $want ...")
	[ ! -s "$tmp/waiter.out" ] || problems+=("the waiter wrote to stdout")
	[ $((t1 - t0)) -ge 1000 ] && [ $((t1 - t0)) -lt 6000 ] ||
		problems+=("the waiter took $((t1 - t0)) ms, not 1 s and a little")
	[ "$alive" -eq 1 ] ||
		problems+=("the holder had finished before the waiter gave up: its statement is too short for this machine")
	[ "$hrc" -eq 0 ] && [ ! -s "$tmp/holder.err" ] ||
		problems+=("the holder exited $hrc (stderr below)")
	if [ "${#problems[@]}" -eq 0 ]; then
		note "$label: the waiter gave up after $((t1 - t0)) ms: $(cat "$tmp/waiter.err")"
		ok "$name"
	else
		diag "${problems[@]}"
		diag "waiter stdout:" && diag_file "$tmp/waiter.out"
		diag "waiter stderr:" && diag_file "$tmp/waiter.err"
		diag "holder (retort -c hold.ini upgrade head, pid $holder) stdout:" && diag_file "$tmp/holder.out"
		diag "holder stderr:" && diag_file "$tmp/holder.err"
		not_ok "$name"
	fi
}

# ---------------------------------------------------------------- main

if [ ! -x "$RETORT" ] || [ ! -x "$RUN" ]; then
	diag "$RETORT or $RUN is not built (make all tools)"
	not_ok "retort and sqlite_run are built"
	tap_done
	exit
fi

# The fixture itself: it compiles for the three backends, every downgrade
# undoes its upgrade, and its head is the one this test expects.
if "$RETORT" -c "$FIX/retort.ini" verify >"$tmp/verify.out" 2>&1 &&
	"$RETORT" -c "$FIX/hold.ini" verify >>"$tmp/verify.out" 2>&1 &&
	[ "$("$RETORT" -c "$FIX/retort.ini" heads 2>&1)" = "$HEAD (head)" ]; then
	ok "the fixture projects verify, and the head is $HEAD"
else
	diag_file "$tmp/verify.out"
	diag "heads: $("$RETORT" -c "$FIX/retort.ini" heads 2>&1)"
	not_ok "the fixture projects verify, and the head is $HEAD"
fi

# one_backend NAME INDEX: the rounds, then the held lock.
one_backend() {
	race "$1"
	lock_held "$1"
}
each_backend one_backend

tap_done
