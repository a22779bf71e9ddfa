#!/usr/bin/env bash
# The golden runner's own test: a runner that cannot fail proves nothing.
# A fake retort (a shell script printing fixed text, chosen by the case
# directory it runs in) is run over throwaway cases in a temporary directory;
# mismatches, missing expected files, wrong exit statuses, stray stderr and
# sanitizer reports must come out as "not ok", matches as "ok".  Then
# golden-update.sh must turn every case it can into a passing one.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# The throwaway cases below have PostgreSQL files only (one test names more).
export RETORT_GOLDEN_DIALECTS=postgresql

mktempdir tmp
# A space in every path, to prove the scripts quote what they should.
work="$tmp/with space"
g="$work/golden"
mkdir -p "$g"
fake="$work/fake retort"

cat >"$fake" <<'EOF'
#!/bin/sh
# A stand-in for build/retort: prints fixed text chosen by the case
# directory and the command, so that the runner's verdicts are known.
case_=$(basename "$PWD")
cmd=
for a in "$@"; do
	case $a in upgrade|downgrade|show) cmd=$a; break ;; esac
done
case $case_/$cmd in
*/show)		printf 'show:'; for a in "$@"; do printf '[%s]' "$a"; done
		printf '\n'; echo 'a note' >&2; exit 3 ;;
match/*|own_ini/*|missing_down/*|noisy/*|wrong_exit_sql/*)
		printf 'args: %s\n' "$*" ;;
esac
case $case_/$cmd in
expected_error/*|err_stdout/*|flip/*)
		[ "$case_" = err_stdout ] && echo 'partial output'
		printf 'versions/a.mig:1:10: error: boom\n    revises x;\n' >&2; exit 1 ;;
shared_*/upgrade)
		# the same error on every dialect, but sqlite's in shared_differs
		case "$case_ $*" in
		*differs*sqlite*|*split*sqlite*) echo 'error: sqlite says otherwise' >&2 ;;
		*) echo 'error: every dialect says this' >&2 ;;
		esac
		exit 1 ;;
warned/*)	echo 'SELECT 1;'; echo 'warning: careful' >&2 ;;
mismatch/*)	echo 'SELECT 1;' ;;
missing/*)	echo 'SELECT 3;' ;;
noisy/*)	echo 'stray remark' >&2 ;;
wrong_exit_err/*) echo 'error: boom' >&2; exit 2 ;;
wrong_exit_sql/*) exit 3 ;;
sanitized/*)	echo '==1==ERROR: LeakSanitizer: detected memory leaks' >&2; exit 1 ;;
cmd_bad/*)	exit 0 ;;
esac
exit 0
EOF
chmod +x "$fake"

up='--dialect postgresql upgrade heads --sql'
down='--dialect postgresql downgrade heads:base --sql'
mkcase() { mkdir -p "$g/$1/versions"; }
put() { printf '%b' "$2" >"$g/$1"; }

printf '[retort]\nscript_location = .\n' >"$g/retort.ini"

mkcase match
put match/upgrade.postgresql.sql "args: -c ../retort.ini $up\n"
put match/downgrade.postgresql.sql "args: -c ../retort.ini $down\n"
put match/commands "# a comment, then a blank line\n\n  hello show 'a b' \"c\\\\\"d\"\n"
put match/hello.out 'show:[-c][../retort.ini][show][a b][c"d]\na note\n[exit 3]\n'

mkcase own_ini
put own_ini/retort.ini '[retort]\nscript_location = .\n'
put own_ini/upgrade.postgresql.sql "args: $up\n"
put own_ini/downgrade.postgresql.sql "args: $down\n"

mkcase expected_error
put expected_error/upgrade.postgresql.err 'versions/a.mig:1:10: error: boom\n    revises x;\n'

mkcase warned
put warned/upgrade.postgresql.sql 'SELECT 1;\n'
put warned/upgrade.postgresql.warn 'warning: careful\n'
put warned/downgrade.postgresql.sql 'SELECT 1;\n'
put warned/downgrade.postgresql.warn 'warning: careful\n'

mkcase mismatch
put mismatch/upgrade.postgresql.sql 'SELECT 2;\n'

mkcase missing

mkcase missing_down
put missing_down/upgrade.postgresql.sql "args: -c ../retort.ini $up\n"

mkcase noisy
put noisy/upgrade.postgresql.sql "args: -c ../retort.ini $up\n"

mkcase wrong_exit_err
put wrong_exit_err/upgrade.postgresql.err 'error: boom\n'

mkcase wrong_exit_sql
put wrong_exit_sql/upgrade.postgresql.sql "args: -c ../retort.ini $up\n"

mkcase err_stdout
put err_stdout/upgrade.postgresql.err 'versions/a.mig:1:10: error: boom\n    revises x;\n'

mkcase flip # expected success, now fails: golden-update must swap the files
put flip/upgrade.postgresql.sql 'SELECT 1;\n'
put flip/downgrade.postgresql.sql 'SELECT 1;\n'

mkcase sanitized
put sanitized/upgrade.postgresql.err '==1==ERROR: LeakSanitizer: detected memory leaks\n'

mkcase cmd_bad
put cmd_bad/upgrade.postgresql.sql ''
put cmd_bad/downgrade.postgresql.sql ''
put cmd_bad/commands 'wrongexit show\nnofile show\n'
put cmd_bad/wrongexit.out 'show:[-c][../retort.ini][show]\na note\n[exit 0]\n'

mkcase cmd_syntax
put cmd_syntax/upgrade.postgresql.sql ''
put cmd_syntax/downgrade.postgresql.sql ''
put cmd_syntax/commands 'ok1 show\nbroken show "unbalanced\nok1 show\n'
put cmd_syntax/ok1.out 'show:[-c][../retort.ini][show]\na note\n[exit 3]\n'

# Shared error files: cases on two dialects (their `dialects` file), with
# the fake's error the same on both (sqlite's differs in shared_differs and
# shared_split).
for c in shared_ok shared_redundant shared_unused shared_differs shared_update shared_split \
	shared_splitown; do
	mkcase "$c"
	put "$c/dialects" 'postgresql sqlite\n'
done
put shared_ok/upgrade.err 'error: every dialect says this\n'
put shared_redundant/upgrade.err 'error: every dialect says this\n'
put shared_redundant/upgrade.sqlite.err 'error: every dialect says this\n'
put shared_unused/upgrade.err 'error: as it once was\n'
put shared_unused/upgrade.postgresql.err 'error: every dialect says this\n'
put shared_unused/upgrade.sqlite.err 'error: every dialect says this\n'
put shared_differs/upgrade.err 'error: every dialect says this\n'
put shared_update/upgrade.postgresql.err 'error: every dialect says this\n'
put shared_update/upgrade.sqlite.err 'error: every dialect says this\n'
put shared_split/upgrade.err 'error: every dialect says this\n'
put shared_splitown/upgrade.err 'error: every dialect says this\n'
put shared_splitown/upgrade.sqlite.err 'error: sqlite says otherwise\n'

# run_suite OUT ENV...: tests/golden.t with ENV, its TAP to OUT, exit to rc.
run_suite() {
	local out=$1
	shift
	rc=0
	env RETORT="$fake" RETORT_GOLDEN_DIR="$g" "$@" \
		bash "$RETORT_ROOT/tests/golden.t" >"$out" 2>"$out.err" || rc=$?
}

# expect OUT VERDICT NAME: OUT has exactly one test line NAME with VERDICT.
expect() {
	local n
	n=$(grep -Ec "^$2 [0-9]+ - $(printf '%s' "$3" | sed 's/[][\.*^$/()+?{}|]/\\&/g')\$" "$1")
	if [ "$n" -eq 1 ]; then
		ok "$2: $3"
	else
		diag "expected one '$2 N - $3' line, found $n; the runner said:"
		diag_file "$1"
		diag_file "$1.err"
		not_ok "$2: $3"
	fi
}

# expect_absent OUT REGEX: no test line whose name matches REGEX.
expect_absent() {
	if grep -Eq "^(not )?ok [0-9]+ - $2\$" "$1"; then
		diag_file "$1"
		not_ok "no test for $2"
	else
		ok "no test for $2"
	fi
}

# A well-formed stream: a trailing plan that counts the test lines.
expect_valid_tap() {
	local n plan
	n=$(grep -Ec '^(not )?ok [0-9]+ ' "$1")
	plan=$(tail -n 1 "$1")
	if [ "$plan" = "1..$n" ] && [ "$n" -gt 0 ]; then
		ok "$2: valid TAP, $n tests"
	else
		diag "last line '$plan', $n test lines"
		diag_file "$1"
		not_ok "$2: valid TAP"
	fi
}

expect_diag() {
	if grep -Fq -- "$2" "$1.err"; then
		ok "diagnostics show '$2'"
	else
		diag_file "$1.err"
		not_ok "diagnostics show '$2'"
	fi
}

# -- every verdict, one run over all cases
r="$tmp/all"
run_suite "$r"
tap_result "$((rc == 0))" "a run with failures exits non-zero"
expect_valid_tap "$r" "full run"
expect "$r" ok match/upgrade.postgresql.sql
expect "$r" ok match/downgrade.postgresql.sql
expect "$r" ok match/hello.out
expect "$r" ok own_ini/upgrade.postgresql.sql
expect "$r" ok own_ini/downgrade.postgresql.sql
expect "$r" ok expected_error/upgrade.postgresql.err
expect_absent "$r" 'expected_error/downgrade.*'
expect "$r" ok warned/upgrade.postgresql.sql
expect "$r" ok warned/upgrade.postgresql.warn
expect "$r" ok warned/downgrade.postgresql.warn
expect "$r" ok sanitized/upgrade.postgresql.err
expect "$r" 'not ok' mismatch/upgrade.postgresql.sql
expect_diag "$r" '# -SELECT 2;'
expect_diag "$r" '# +SELECT 1;'
expect_diag "$r" "# --- $g/mismatch/upgrade.postgresql.sql"
expect "$r" 'not ok' missing/upgrade.postgresql.sql
expect_diag "$r" 'missing expected file'
expect "$r" ok missing_down/upgrade.postgresql.sql
expect "$r" 'not ok' missing_down/downgrade.postgresql.sql
expect "$r" 'not ok' noisy/upgrade.postgresql.sql
expect "$r" 'not ok' wrong_exit_err/upgrade.postgresql.err
expect "$r" 'not ok' wrong_exit_sql/upgrade.postgresql.sql
expect_diag "$r" 'exit status 3, expected 0'
expect "$r" 'not ok' err_stdout/upgrade.postgresql.err
expect "$r" 'not ok' flip/upgrade.postgresql.sql
expect "$r" ok cmd_bad/upgrade.postgresql.sql
expect "$r" 'not ok' cmd_bad/wrongexit.out
expect_diag "$r" '# +[exit 3]'
expect "$r" 'not ok' cmd_bad/nofile.out
expect "$r" 'not ok' cmd_syntax/commands:2
expect "$r" 'not ok' cmd_syntax/commands:3
expect "$r" ok cmd_syntax/ok1.out

# -- only matching cases: a clean pass, exit 0
r="$tmp/pass"
run_suite "$r" RETORT_GOLDEN_CASES="match own_ini expected_error warned"
tap_result "$rc" "a run without failures exits 0"
expect_valid_tap "$r" "passing run"
if grep -q '^not ok' "$r"; then diag_file "$r"; not_ok "passing run has no 'not ok'"; else ok "passing run has no 'not ok'"; fi

# -- two dialects: files are per dialect, so sqlite's are missing here
r="$tmp/dialects"
run_suite "$r" RETORT_GOLDEN_CASES=match RETORT_GOLDEN_DIALECTS="postgresql sqlite"
expect "$r" ok match/upgrade.postgresql.sql
expect "$r" 'not ok' match/upgrade.sqlite.sql

# -- one error file for the dialects that say the same, and never one that
# stands for nothing, says a thing twice or hides a dialect's difference
r="$tmp/shared"
run_suite "$r" RETORT_GOLDEN_CASES="shared_ok shared_redundant shared_unused shared_differs" \
	RETORT_GOLDEN_DIALECTS="mysql postgresql sqlite"
expect_valid_tap "$r" "shared error files"
expect "$r" ok 'shared_ok/upgrade.err (postgresql)'
expect "$r" ok 'shared_ok/upgrade.err (sqlite)'
expect "$r" ok 'shared_ok/upgrade.err is shared'
expect_absent "$r" 'shared_ok/upgrade.mysql.*'
expect "$r" ok 'shared_redundant/upgrade.sqlite.err'
expect "$r" 'not ok' 'shared_redundant/upgrade.err is shared'
expect_diag "$r" 'upgrade.sqlite.err says what upgrade.err says'
expect "$r" 'not ok' 'shared_unused/upgrade.err is shared'
expect_diag "$r" "is no dialect's"
expect "$r" ok 'shared_differs/upgrade.err (postgresql)'
expect "$r" 'not ok' 'shared_differs/upgrade.err (sqlite)'
expect_diag "$r" '# +error: sqlite says otherwise'

# a run narrowed to a dialect with a file of its own still counts the
# others as the shared file's users
r="$tmp/shared-narrow"
run_suite "$r" RETORT_GOLDEN_CASES="shared_splitown" RETORT_GOLDEN_DIALECTS="sqlite"
expect "$r" ok 'shared_splitown/upgrade.sqlite.err'
expect "$r" ok 'shared_splitown/upgrade.err is shared'

# golden-update writes the shared file where the dialects agree, and the
# dialect's own where one differs
rc=0
env RETORT="$fake" RETORT_GOLDEN_DIR="$g" RETORT_GOLDEN_CASES="shared_update shared_split" \
	RETORT_GOLDEN_DIALECTS="mysql postgresql sqlite" \
	bash "$RETORT_ROOT/tests/golden-update.sh" >"$tmp/update-shared" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/update-shared"
tap_result "$rc" "golden-update.sh exits 0 on shared cases"
if [ -e "$g/shared_update/upgrade.err" ] && ! [ -e "$g/shared_update/upgrade.postgresql.err" ] &&
	! [ -e "$g/shared_update/upgrade.sqlite.err" ]; then
	ok "golden-update shares the error both dialects give"
else
	diag_file "$tmp/update-shared"
	not_ok "golden-update shares the error both dialects give"
fi
if ! [ -e "$g/shared_split/upgrade.err" ] && [ -e "$g/shared_split/upgrade.postgresql.err" ] &&
	cmp -s "$g/shared_split/upgrade.sqlite.err" <(echo 'error: sqlite says otherwise'); then
	ok "golden-update gives each dialect its own error where they differ"
else
	diag_file "$tmp/update-shared"
	not_ok "golden-update gives each dialect its own error where they differ"
fi
r="$tmp/shared-updated"
run_suite "$r" RETORT_GOLDEN_CASES="shared_update shared_split" \
	RETORT_GOLDEN_DIALECTS="mysql postgresql sqlite"
if [ "$rc" -eq 0 ] && ! grep -q '^not ok' "$r"; then
	ok "after golden-update the shared cases pass"
else
	diag_file "$r"
	not_ok "after golden-update the shared cases pass"
fi

# -- the sanitized runner fails a case whose expected file holds a report
r="$tmp/asan"
rc=0
env RETORT_ASAN="$fake" RETORT_GOLDEN_DIR="$g" RETORT_GOLDEN_CASES="sanitized match" \
	bash "$RETORT_ROOT/tests/golden-asan.t" >"$r" 2>"$r.err" || rc=$?
tap_result "$((rc == 0))" "sanitizer report: golden-asan.t exits non-zero"
expect "$r" 'not ok' sanitized/upgrade.postgresql.err
expect "$r" ok match/upgrade.postgresql.sql
expect_diag "$r" 'sanitizer report in stderr'

# -- nothing to test is a failure, not a pass
mkdir "$work/empty"
r="$tmp/empty"
rc=0
env RETORT="$fake" RETORT_GOLDEN_DIR="$work/empty" bash "$RETORT_ROOT/tests/golden.t" \
	>"$r" 2>"$r.err" || rc=$?
tap_result "$((rc == 0))" "no cases: exits non-zero"
expect "$r" 'not ok' 'golden cases found'

r="$tmp/nobin"
rc=0
env RETORT="$work/no such binary" RETORT_GOLDEN_DIR="$g" bash "$RETORT_ROOT/tests/golden.t" \
	>"$r" 2>"$r.err" || rc=$?
tap_result "$((rc == 0))" "no binary: exits non-zero"
expect_valid_tap "$r" "no binary"

# -- golden-update.sh rewrites what it can, and then those cases pass
updatable="match own_ini expected_error warned mismatch missing missing_down noisy flip cmd_bad"
rc=0
env RETORT="$fake" RETORT_GOLDEN_DIR="$g" RETORT_GOLDEN_CASES="$updatable" \
	bash "$RETORT_ROOT/tests/golden-update.sh" >"$tmp/update" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/update"
tap_result "$rc" "golden-update.sh exits 0"
r="$tmp/updated"
run_suite "$r" RETORT_GOLDEN_CASES="$updatable"
if [ "$rc" -eq 0 ] && ! grep -q '^not ok' "$r"; then
	ok "after golden-update every updatable case passes"
else
	diag_file "$r"
	diag_file "$r.err"
	not_ok "after golden-update every updatable case passes"
fi
expect "$r" ok flip/upgrade.postgresql.err
expect "$r" ok noisy/upgrade.postgresql.warn
for f in flip/upgrade.postgresql.sql flip/downgrade.postgresql.sql; do
	if [ -e "$g/$f" ]; then not_ok "golden-update removed stale $f"; else ok "golden-update removed stale $f"; fi
done
if cmp -s "$g/missing/upgrade.postgresql.sql" <(echo 'SELECT 3;'); then
	ok "golden-update wrote a missing file"
else
	not_ok "golden-update wrote a missing file"
fi
# an exit status other than 0 and 1 is not written down as expected
rc=0
env RETORT="$fake" RETORT_GOLDEN_DIR="$g" RETORT_GOLDEN_CASES="wrong_exit_err" \
	bash "$RETORT_ROOT/tests/golden-update.sh" >"$tmp/update2" 2>&1 || rc=$?
tap_result "$((rc == 0))" "golden-update.sh refuses exit status 2"
if [ -e "$g/wrong_exit_err/upgrade.postgresql.err" ] && ! [ -e "$g/wrong_exit_err/upgrade.postgresql.sql" ] &&
	cmp -s "$g/wrong_exit_err/upgrade.postgresql.err" <(echo 'error: boom'); then
	ok "golden-update left a refused case alone"
else
	not_ok "golden-update left a refused case alone"
fi

tap_done
