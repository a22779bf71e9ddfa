# tests/lib/common.sh: sourced by every tests/*.t so that they all speak the
# same TAP (read by prove), find the repository and the binary the same way,
# and clean up the same way: cleanup actions registered with at_exit run on
# normal exit, on failure and on Ctrl-C or kill.
# shellcheck shell=bash

# Sourced once per script, however many libraries ask for it.
[ -z "${retort_common_loaded:-}" ] || return 0
retort_common_loaded=1

set -u

RETORT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
export RETORT_ROOT

# An absolute path for a possibly relative one, relative to the current
# directory (runners cd into case directories, so relative paths would break).
abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s\n' "$PWD/$1" ;;
	esac
}

RETORT=$(abspath "${RETORT:-$RETORT_ROOT/build/retort}")
export RETORT

# ---------------------------------------------------------------- TAP output

tap_n=0
tap_failed=0

# TAP reads '#' in a description as the start of a directive, and a
# newline would end the line: neutralise both.
tap_name() {
	local s=${1//$'\n'/ }
	printf '%s' "${s//#/\\#}"
}

ok() {
	tap_n=$((tap_n + 1))
	printf 'ok %d - %s\n' "$tap_n" "$(tap_name "$1")"
	diag_flush
}

not_ok() {
	tap_n=$((tap_n + 1))
	tap_failed=$((tap_failed + 1))
	printf 'not ok %d - %s\n' "$tap_n" "$(tap_name "$1")"
	printf "#   Failed test '%s'\n" "$1" >&2
	diag_flush
}

# tap_result STATUS NAME: ok when STATUS is 0.
tap_result() {
	if [ "$1" -eq 0 ]; then ok "$2"; else not_ok "$2"; fi
}

tap_skip() {
	tap_n=$((tap_n + 1))
	printf 'ok %d - %s # SKIP %s\n' "$tap_n" "$(tap_name "$1")" "$(tap_name "$2")"
	diag_flush
}

# Diagnostics go to stderr, as Test::More's diag does, so that prove shows
# them without -v.  Every line is '# '-prefixed.  They are held back until
# the next test line and printed after it (and after "Failed test 'NAME'"),
# so: call diag *before* the ok/not_ok it explains.
tap_diag_buf=$(mktemp "${TMPDIR:-/tmp}/retort-diag.XXXXXX") || exit 1

diag_flush() {
	if [ -s "$tap_diag_buf" ]; then
		cat "$tap_diag_buf" >&2
		: >"$tap_diag_buf"
	fi
}

diag_stream() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		printf '# %s\n' "$line"
	done >>"$tap_diag_buf"
}

diag() {
	printf '%s\n' "$@" | diag_stream
}

# diag_file FILE [MAXLINES]: a file's content as diagnostics, cut after
# MAXLINES lines (default $RETORT_DIAG_LINES or 200).
diag_file() {
	local max=${2:-${RETORT_DIAG_LINES:-200}} n
	[ -f "$1" ] || return 0
	n=$(wc -l <"$1")
	head -n "$max" "$1" | diag_stream
	if [ "$n" -gt "$max" ]; then
		diag "... $((n - max)) more lines"
	fi
}

# Comments on stdout: shown by prove -v only.
note() {
	local line
	printf '%s\n' "$@" | while IFS= read -r line || [ -n "$line" ]; do
		printf '# %s\n' "$line"
	done
}

bail_out() {
	diag_flush
	printf 'Bail out! %s\n' "$(tap_name "$*")"
	exit 255
}

# Ends the stream with its plan.  A run with no test at all is a failure:
# a suite that silently tests nothing must not look green.
tap_done() {
	if [ "$tap_n" -eq 0 ]; then
		not_ok "at least one test ran"
		diag "no tests were run"
	fi
	printf '1..%d\n' "$tap_n"
	diag_flush
	[ "$tap_failed" -eq 0 ]
}

# ---------------------------------------------------------------- cleanup

at_exit_cmds=()

# at_exit FUNCTION [ARGS...]: run at exit, most recently registered first.
at_exit() {
	local q
	printf -v q '%q ' "$@"
	at_exit_cmds+=("$q")
}

run_at_exit() {
	local i rc=$?
	# prove may be gone (Ctrl-C): a write to a closed stdout must not kill
	# us before the cleanup has run.
	trap '' PIPE
	trap - EXIT INT TERM HUP
	run_limited_stop
	for ((i = ${#at_exit_cmds[@]} - 1; i >= 0; i--)); do
		eval "${at_exit_cmds[i]}" || true
	done
	at_exit_cmds=()
	diag_flush
	rm -f "$tap_diag_buf"
	exit "$rc"
}

trap run_at_exit EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

# mktempdir VAR: a fresh temporary directory, removed at exit.
mktempdir() {
	local d
	d=$(mktemp -d "${TMPDIR:-/tmp}/retort-test.XXXXXX") || bail_out "mktemp -d failed"
	at_exit rm -rf "$d"
	printf -v "$1" '%s' "$d"
}

# expect_exit NAME STATUS CMD...: one test, that CMD exits STATUS; its
# stdout goes to $OUT and its stderr to $ERR (the script sets both), and
# a wrong status shows that stderr.
expect_exit() {
	local name=$1 want=$2 rc=0
	shift 2
	"$@" >"$OUT" 2>"$ERR" || rc=$?
	if [ "$rc" -eq "$want" ]; then
		ok "$name"
	else
		diag "exit $rc, wanted $want"
		diag_file "$ERR"
		not_ok "$name"
	fi
}

# same_sql_as_retort BIN TMPDIR WHAT: one test a dialect, that BIN's
# `upgrade heads --sql` of examples/ is $RETORT's byte for byte (a build
# from a tarball, a static build); WHAT names BIN in the test's name.
same_sql_as_retort() {
	local bin=$1 t=$2 what=$3 d rc
	for d in postgresql sqlite mysql; do
		rc=0
		(cd "$RETORT_ROOT/examples" && "$RETORT" --dialect "$d" upgrade heads --sql) \
			>"$t/want.sql" 2>&1 || rc=$?
		(cd "$RETORT_ROOT/examples" && "$bin" --dialect "$d" upgrade heads --sql) \
			>"$t/have.sql" 2>&1 || rc=$?
		if [ "$rc" -eq 0 ] && [ -s "$t/want.sql" ] && cmp -s "$t/want.sql" "$t/have.sql"; then
			ok "$what upgrade heads --sql of examples/ on $d is build/retort's, byte for byte"
		else
			diff -u "$t/want.sql" "$t/have.sql" >"$t/diff" || true
			diag_file "$t/diff"
			not_ok "$what upgrade heads --sql of examples/ on $d is build/retort's, byte for byte"
		fi
	done
}

# Deterministic surroundings for the programs under test.
export LC_ALL=C TZ=UTC NO_COLOR=1
unset RETORT_URL

# run_limited SECONDS CMD...: CMD, killed when it runs too long (exit 124).
# It runs in the background and we `wait` for it, because a signal to this
# shell interrupts `wait` at once, where a foreground child would delay the
# cleanup until it ended; the cleanup then stops the child.  (0<&0: a
# background job would otherwise get /dev/null for stdin.)
run_child=
run_limited() {
	local t=$1 rc=0
	shift
	if command -v timeout >/dev/null 2>&1; then
		timeout --kill-after=10 "$t" "$@" 0<&0 &
	else
		"$@" 0<&0 &
	fi
	run_child=$!
	wait "$run_child" || rc=$?
	run_child=
	return "$rc"
}

# Stops the child run_limited is waiting for, if any (by its id).
run_limited_stop() {
	local i
	[ -n "$run_child" ] || return 0
	kill -TERM "$run_child" 2>/dev/null || return 0
	for ((i = 0; i < 50; i++)); do
		kill -0 "$run_child" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$run_child" 2>/dev/null || true
	run_child=
}
