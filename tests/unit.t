#!/usr/bin/env bash
# Unit tests: runs every cmocka binary build/tests/test_* (built by `make
# unit` from tests/unit/test_*.c) and reports each as one TAP subtest.
# cmocka's own TAP (CMOCKA_MESSAGE_OUTPUT=TAP) is not one valid stream (a
# plan per group, skips written as "not ok # SKIP"), so it is renumbered here;
# a binary passes only if it exits 0, ran at least one test and none failed.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

UNIT_DIR=$(abspath "${RETORT_UNIT_DIR:-$RETORT_ROOT/build/tests}")
TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
mktempdir tmp

# normalize OUT: cmocka's TAP on stdin, written to OUT as one subtest body
# (indented, one plan); prints "TESTS FAILED PLANNED" on stdout.
normalize() {
	perl -e '
		my ($n, $failed, $planned) = (0, 0, 0);
		open my $out, ">", $ARGV[0] or die "$ARGV[0]: $!\n";
		my $fail_ctx = 0;
		while (my $l = <STDIN>) {
			chomp $l;
			if ($l =~ /^1\.\.(\d+)\s*$/) { $planned += $1; next }
			if ($l =~ /^not ok \d+\s*# SKIP\s*(.*)$/i) {
				$n++; print $out "    ok $n - $1 # SKIP\n"; $fail_ctx = 0; next }
			if ($l =~ /^ok \d+(?: -)?\s*(.*)$/) {
				$n++; print $out "    ok $n - $1\n"; $fail_ctx = 0; next }
			if ($l =~ /^not ok \d+(?: -)?\s*(.*)$/) {
				$n++; $failed++; print $out "    not ok $n - $1\n";
				print STDERR "not ok - $1\n"; $fail_ctx = 1; next }
			$l =~ s/^#\s?//;
			print $out "    # $l\n";
			print STDERR "    $l\n" if $fail_ctx;
		}
		print $out "    1..$n\n";
		print "$n $failed $planned\n";
	' "$1"
}

shopt -s nullglob
bins=()
for f in "$UNIT_DIR"/test_*; do
	case $f in *.d | *.o | *.dSYM) continue ;; esac
	[ -f "$f" ] && [ -x "$f" ] && bins+=("$f")
done

# A test source without its binary means `make unit` did not run or failed.
for src in "$RETORT_ROOT"/tests/unit/test_*.c; do
	name=$(basename "$src" .c)
	if [ ! -x "$UNIT_DIR/$name" ]; then
		diag "tests/unit/$name.c has no binary $UNIT_DIR/$name (make unit)"
		not_ok "$name built"
	fi
done

if [ "${#bins[@]}" -eq 0 ]; then
	diag "no executable $UNIT_DIR/test_* (make unit builds them from tests/unit/test_*.c)"
	not_ok "unit test binaries found"
	tap_done
	exit
fi

cd "$RETORT_ROOT" || bail_out "cannot cd to $RETORT_ROOT"
for bin in "${bins[@]}"; do
	name=$(basename "$bin")
	rc=0
	CMOCKA_MESSAGE_OUTPUT=TAP run_limited "$TIMEOUT" "$bin" </dev/null >"$tmp/out" 2>"$tmp/err" ||
		rc=$?
	read -r n failed planned < <(normalize "$tmp/body" <"$tmp/out" 2>"$tmp/failures")
	printf '# Subtest: %s\n' "$name"
	cat "$tmp/body"
	bad=0
	if [ "$rc" -ne 0 ]; then
		bad=1
		case $rc in
		124) diag "$name: timed out after ${TIMEOUT}s" ;;
		*) if [ "$rc" -gt 128 ]; then diag "$name: killed by signal $((rc - 128))"; else diag "$name: exit status $rc"; fi ;;
		esac
	fi
	if [ "$failed" -gt 0 ]; then
		bad=1
		diag "$name: $failed of $n tests failed:"
		diag_file "$tmp/failures"
	fi
	if [ "$n" -eq 0 ]; then
		bad=1
		diag "$name: ran no tests"
	elif [ "$n" -ne "$planned" ]; then
		bad=1
		diag "$name: planned $planned tests, $n reported (did it stop half-way?)"
	fi
	if [ "$bad" -ne 0 ] && [ -s "$tmp/err" ]; then
		diag "$name: stderr:"
		diag_file "$tmp/err"
	fi
	tap_result "$bad" "$name"
done

tap_done
