#!/usr/bin/env bash
# The example project (what `make demo` shows) must run on a real server too:
# compile it into a throwaway golden case and let tests/postgres.t apply its
# upgrade, check the version table, apply its downgrade and check that
# nothing is left.  Its TAP stream is this test's.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
retort=${RETORT:-$root/build/retort}
work=$(mktemp -d "${TMPDIR:-/tmp}/retort-examples.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP

mkdir -p "$work/examples"
cp -R "$root/examples/shop/versions" "$work/examples/versions"
for step in "upgrade heads" "downgrade heads:base"; do
	# shellcheck disable=SC2086
	if ! (cd "$root/examples" && LC_ALL=C "$retort" --dialect postgresql $step --sql) \
		>"$work/examples/${step%% *}.postgresql.sql" 2>"$work/err"; then
		echo "not ok 1 - examples compile ($step)"
		sed 's/^/# /' "$work/err"
		echo "1..1"
		exit 1
	fi
done
RETORT_GOLDEN_DIR=$work RETORT_PG_UNIT_SQL=0 bash "$root/tests/postgres.t"
