#!/usr/bin/env bash
# The single-file download: `make static`, in a copy of the sources, links
# one retort with -static against the static inih and sqlite3 of their
# -dev packages.  file, ldd and readelf must call it static; it must say
# its version and that SQLite is its one driver, compile the example
# project for every dialect as build/retort does, and run it on SQLite.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir tmp
mkdir -p "$tmp/src"
(cd "$RETORT_ROOT" && cp -r Makefile grammar src dialects "$tmp/src/")
[ -d "$RETORT_ROOT/gen" ] && cp -r "$RETORT_ROOT/gen" "$tmp/src/"	# a tarball's
version=$(sed -n 's/^#define RETORT_VERSION "\(.*\)"$/\1/p' "$RETORT_ROOT/src/retort.h")
start=$(date +%s)
rc=0
run_limited 900 make -C "$tmp/src" -j2 static >"$tmp/build.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/build.log"
tap_result "$rc" "make static"
note "built in $(($(date +%s) - start)) s"
bin=$tmp/src/build/static/retort
if [ "$rc" -ne 0 ] || [ ! -x "$bin" ]; then
	tap_done
	exit
fi

what=$(file -b "$bin" 2>&1)
if [[ $what == *"statically linked"* ]]; then
	ok "file: statically linked"
else
	diag "file: $what"
	not_ok "file: statically linked"
fi
rc=0
ldd_says=$(ldd "$bin" 2>&1) || rc=$?
if [ "$rc" -ne 0 ] && [[ $ldd_says == *"not a dynamic executable"* ]]; then
	ok "ldd: not a dynamic executable"
else
	diag "ldd: $ldd_says"
	not_ok "ldd: not a dynamic executable"
fi
if readelf -lW "$bin" 2>&1 | grep -q -e INTERP -e DYNAMIC; then
	diag "$(readelf -lW "$bin" | grep -e INTERP -e DYNAMIC)"
	not_ok "readelf: no interpreter, no dynamic section"
else
	ok "readelf: no interpreter, no dynamic section"
fi

rc=0
"$bin" --version >"$tmp/version" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && grep -qx "retort $version" "$tmp/version" &&
	grep -qx "drivers: sqlite" "$tmp/version"; then
	ok "--version: retort $version, drivers: sqlite"
else
	diag_file "$tmp/version"
	not_ok "--version: retort $version, drivers: sqlite"
fi

same_sql_as_retort "$bin" "$tmp" "the static build's"

# On a database: the static SQLite in it, up to head and back, in an
# environment with nothing in it.
url="sqlite:///$tmp/shop.db"
rc=0
(cd "$RETORT_ROOT/examples" && env -i "$bin" --url "$url" upgrade heads &&
	env -i "$bin" --url "$url" current) >"$tmp/run.out" 2>&1 || rc=$?
head=$(cd "$RETORT_ROOT/examples" && "$RETORT" heads 2>/dev/null | awk '{ print $1; exit }')
if [ "$rc" -eq 0 ] && [ -n "$head" ] && grep -qx "$head (head)" "$tmp/run.out"; then
	ok "it upgrades a SQLite database to head ($head), with an empty environment"
else
	diag_file "$tmp/run.out"
	not_ok "it upgrades a SQLite database to head, with an empty environment"
fi
rc=0
(cd "$RETORT_ROOT/examples" && env -i "$bin" --url "$url" downgrade base &&
	env -i "$bin" --url "$url" current) >"$tmp/run.out" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && ! grep -q '(head)' "$tmp/run.out"; then
	ok "and downgrades it to base"
else
	diag_file "$tmp/run.out"
	not_ok "and downgrades it to base"
fi
tap_done
