#!/usr/bin/env bash
# The map of the house (docs/internals.md) against the tree, as `make
# check-layers` checks it: the tree as it is passes, and a scratch copy with
# each kind of include the flow forbids, or a file no part holds, fails at
# that line with what it broke.  So the check that guards the flow can fail.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

check="$RETORT_ROOT/tests/tools/check-layers.sh"
mktempdir tmp

if sh "$check" "$RETORT_ROOT" >"$tmp/out" 2>&1; then
	ok "the tree keeps to the map"
else
	diag_file "$tmp/out"
	not_ok "the tree keeps to the map"
fi

# A copy of the tracked sources (not a git checkout: the check lists files
# with find there), changed by one sed.
scratch() {
	rm -rf "$tmp/copy"
	mkdir "$tmp/copy"
	(cd "$RETORT_ROOT" && git ls-files -co --exclude-standard 2>/dev/null ||
		find . -type f ! -path './build/*' ! -path './.git/*') |
		grep -v '^build/' | (cd "$RETORT_ROOT" && tar -cf - -T -) | tar -xf - -C "$tmp/copy"
}

# breaks NAME FILE SED-SCRIPT WANT: after the edit, the check fails and says WANT.
breaks() {
	local name=$1 file=$2 script=$3 want=$4 rc=0
	scratch
	sed -i "$script" "$tmp/copy/$file"
	sh "$check" "$tmp/copy" >"$tmp/out" 2>&1 || rc=$?
	if [ "$rc" -eq 1 ] && grep -qF -- "$want" "$tmp/out"; then
		ok "$name"
	else
		diag "exit $rc, wanted 1 and: $want" "it said:"
		diag_file "$tmp/out"
		not_ok "$name"
	fi
}

breaks "the model may not include a dialect" src/schema.c \
	'0,/^#include "schema.h"/s//&\n#include "dialect.h"/' \
	'src/schema.c:9: error: model includes "dialect.h" (dialects): against the flow'
breaks "the IR may not include a dialect" src/ir.c \
	'0,/^#include "ir.h"/s//&\n#include "dialect.h"/' \
	'frontend includes "dialect.h" (dialects)'
breaks "a dialect may not include the runner" dialects/sqlite.c \
	'0,/^#include "dialect.h"/s//&\n#include "runner.h"/' \
	'dialects includes "runner.h" (runner)'
breaks "the runner may not include the API" src/runner.c \
	'0,/^#include "status.h"/s//#include "retort.h"/' \
	'runner includes "retort.h" (api)'
breaks "the command line goes through the API" src/main.c \
	'0,/^#include "retort.h"/s//&\n#include "dialect.h"/' \
	'cli includes "dialect.h" (dialects)'
breaks "nothing includes main.c" src/util.c '$a #include "main.c"' \
	'includes "main.c", a .c file'
breaks "an include in angle brackets counts" src/schema.c \
	'0,/^#include "schema.h"/s//&\n#include <dialect.h>/' \
	'src/schema.c:9: error: model includes "dialect.h" (dialects)'
breaks "a comment inside the directive hides nothing" src/schema.c \
	'0,/^#include "schema.h"/s//&\n#include\/**\/"dialect.h"/' \
	'src/schema.c:9: error: model includes "dialect.h" (dialects)'
breaks "a path with .. is the file it names" src/ir.c \
	'0,/^#include "ir.h"/s//&\n#include "..\/src\/.\/dialect.h"/' \
	'frontend includes "../src/./dialect.h" (dialects)'
breaks "a header of no file is an error" src/arena.c \
	'0,/^#include "arena.h"/s//&\n#include "nowhere.h"/' \
	'includes "nowhere.h", which is no file of the tree'

# a path with .. that keeps to the flow is no error
scratch
sed -i '0,/^#include "dialect.h"/s//&\n#include "..\/src\/dialect.h"/' "$tmp/copy/dialects/sqlite.c"
if sh "$check" "$tmp/copy" >"$tmp/out" 2>&1; then
	ok "an include by a path with .. that keeps to the flow passes"
else
	diag_file "$tmp/out"
	not_ok "an include by a path with .. that keeps to the flow passes"
fi

# nothing found to check is no pass
rm -rf "$tmp/empty"
mkdir -p "$tmp/empty/docs"
cp "$RETORT_ROOT/docs/internals.md" "$tmp/empty/docs/"
rc=0
sh "$check" "$tmp/empty" >"$tmp/out" 2>&1 || rc=$?
if [ "$rc" -eq 1 ] && grep -qF 'no source file found' "$tmp/out"; then
	ok "a tree with no source file fails"
else
	diag "exit $rc"
	diag_file "$tmp/out"
	not_ok "a tree with no source file fails"
fi

scratch
echo 'int stray;' >"$tmp/copy/src/stray.c"
rc=0
sh "$check" "$tmp/copy" >"$tmp/out" 2>&1 || rc=$?
if [ "$rc" -eq 1 ] && grep -qF 'src/stray.c: error: no part of the map in docs/internals.md holds this file' "$tmp/out"; then
	ok "a file no part holds is an error"
else
	diag_file "$tmp/out"
	not_ok "a file no part holds is an error"
fi

tap_done
