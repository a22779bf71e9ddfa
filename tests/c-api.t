#!/usr/bin/env bash
# The library as a C program uses it: examples/api/apply.c, built against
# the public headers and the static library as installed (make tools;
# tests/library.t runs this again on builds against an installed copy),
# brings a SQLite database of the example project to head, reads where it
# is, takes it back to base, and gets a failure back as a status and a
# message, not an exit.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

APPLY=$(abspath "${RETORT_APPLY:-$RETORT_ROOT/build/examples/apply}")
mktempdir tmp
cp -r "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" "$tmp/"

if [ ! -x "$APPLY" ]; then
	diag "$APPLY is not built (make tools)"
	not_ok "examples/api/apply exists"
	tap_done
	exit
fi
rc=0
(cd "$tmp" && run_limited 60 "$APPLY" retort.ini "sqlite:///api.db") >"$tmp/out" 2>"$tmp/err" || rc=$?

expect() {
	if grep -qxF -- "$1" "$tmp/out"; then
		ok "$2"
	else
		diag "no line '$1' in:"
		diag_file "$tmp/out"
		not_ok "$2"
	fi
}
tap_result "$rc" "apply exits 0"
if [ -s "$tmp/err" ]; then
	diag_file "$tmp/err"
	not_ok "the library printed nothing to stderr"
else
	ok "the library printed nothing to stderr"
fi
expect "upgrade heads: status 0" "upgrade returns 0"
expect "Running upgrade 6f708192a3b4 -> 708192a3b4c5, index shipped orders concurrently" \
	"its progress comes back in the buffer"
expect "708192a3b4c5 (head)" "current says head"
expect "downgrade base: status 0" "downgrade returns 0"
expect "upgrade to an unknown revision: status 1" "a failure is a status"
if grep -q "^retort: error: .*ffffffffffff" "$tmp/out"; then
	ok "and a message in the diag"
else
	diag_file "$tmp/out"
	not_ok "and a message in the diag"
fi
tap_done
