#!/usr/bin/env bash
# What a release is made of.  The version lives in src/retort.h alone, and
# `retort --version`, the man page and NEWS say the same; --version names
# the drivers the binary really has.  `make dist` packs exactly the files
# git tracks plus the generated parsers and scanners (the same bytes when
# run twice), and the tarball builds with FLEX=false BISON=false into a
# retort that compiles the example project as this tree's does.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir tmp
version=$(sed -n 's/^#define RETORT_VERSION "\(.*\)"$/\1/p' "$RETORT_ROOT/src/retort.h")
if [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
	ok "src/retort.h: RETORT_VERSION is $version"
else
	not_ok "src/retort.h: RETORT_VERSION is a version (got '$version')"
	tap_done
	exit
fi

# ---------------------------------------------------------------- the version

# said WHAT FILE LINE: FILE (one line of output) holds LINE
said() {
	if grep -qxF -- "$3" "$2"; then
		ok "$1: '$3'"
	else
		diag_file "$2"
		not_ok "$1: '$3'"
	fi
}
rc=0
"$RETORT" --version >"$tmp/version" 2>&1 || rc=$?
tap_result "$rc" "retort --version exits 0"
said "retort --version" "$tmp/version" "retort $version"
# The drivers it says are the ones it has: sqlite always (linked), the
# others by the client library each loads when a URL needs it, whose
# soname is then in the binary.
drivers=
if grep -qa 'libmariadb\.so\.' "$RETORT"; then drivers+=" mysql"; fi
if grep -qa 'libpq\.so\.' "$RETORT"; then drivers+=" postgresql"; fi
said "retort --version" "$tmp/version" "drivers:$drivers sqlite"
if [ "$(wc -l <"$tmp/version")" -eq 2 ]; then
	ok "retort --version says two lines"
else
	diag_file "$tmp/version"
	not_ok "retort --version says two lines"
fi

man=$RETORT_ROOT/build/retort.1
if grep -q "^\.TH RETORT 1 [^ ]* \"retort $version\"" "$man" 2>/dev/null; then
	ok "build/retort.1 is retort $version"
else
	diag "$(head -n 3 "$man" 2>&1)"
	not_ok "build/retort.1 is retort $version"
fi
if grep -qE '[0-9]+\.[0-9]+\.[0-9]+' "$RETORT_ROOT/docs/retort.1.in"; then
	diag "$(grep -nE '[0-9]+\.[0-9]+\.[0-9]+' "$RETORT_ROOT/docs/retort.1.in")"
	not_ok "docs/retort.1.in holds no version of its own"
else
	ok "docs/retort.1.in holds no version of its own"
fi
news=$(grep -m1 '^retort [0-9]' "$RETORT_ROOT/NEWS")
if [ "$news" = "retort $version" ]; then
	ok "NEWS: the newest release is $version"
else
	diag "NEWS's first heading: '$news'"
	not_ok "NEWS: the newest release is $version"
fi
if grep -q '^MIT License$' "$RETORT_ROOT/LICENSE" &&
	grep -q '^Copyright (c) 2026 the retort authors$' "$RETORT_ROOT/LICENSE"; then
	ok "LICENSE: MIT, the retort authors"
else
	not_ok "LICENSE: MIT, the retort authors"
fi

# ---------------------------------------------------------------- make dist

if ! git -C "$RETORT_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	diag "$RETORT_ROOT is not a git checkout: make dist packs the files git tracks"
	not_ok "make dist runs in a git checkout"
	tap_done
	exit
fi
tarball=retort-$version.tar.gz
rc=0
run_limited 600 make -C "$RETORT_ROOT" dist DISTDIR="$tmp/d1" >"$tmp/dist.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/dist.log"
tap_result "$rc" "make dist"
[ -f "$tmp/d1/$tarball" ] || { not_ok "make dist makes $tarball"; tap_done; exit; }
ok "make dist makes $tarball"

# Its files: what git tracks, and gen/ (no directory is counted).
tar -tzf "$tmp/d1/$tarball" | grep -v '/$' | sort >"$tmp/have"
{
	git -C "$RETORT_ROOT" ls-files | sed "s|^|retort-$version/|"
	for f in lexer parser parser_nolac py_lexer py_parser; do
		printf 'retort-%s/gen/%s.c\nretort-%s/gen/%s.h\n' "$version" "$f" "$version" "$f"
	done
} | sort >"$tmp/want"
if diff -u "$tmp/want" "$tmp/have" >"$tmp/diff"; then
	ok "the tarball holds the $(wc -l <"$tmp/want") files git tracks and the generated parsers"
else
	diag_file "$tmp/diff"
	not_ok "the tarball holds the files git tracks and the generated parsers"
fi

rc=0
run_limited 600 make -C "$RETORT_ROOT" dist DISTDIR="$tmp/d2" >"$tmp/dist2.log" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && cmp -s "$tmp/d1/$tarball" "$tmp/d2/$tarball"; then
	ok "make dist twice gives the same bytes"
else
	diag_file "$tmp/dist2.log"
	not_ok "make dist twice gives the same bytes"
fi

# ---------------------------------------------------------------- the build

mkdir "$tmp/src"
tar -C "$tmp/src" -xzf "$tmp/d1/$tarball"
top=$tmp/src/retort-$version
start=$(date +%s)
rc=0
run_limited 900 make -C "$top" -j2 FLEX=false BISON=false all >"$tmp/build.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/build.log"
tap_result "$rc" "the tarball builds with FLEX=false BISON=false"
note "built in $(($(date +%s) - start)) s"
bin=$top/build/retort
rc=0
"$bin" --version >"$tmp/version2" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && cmp -s "$tmp/version" "$tmp/version2"; then
	ok "its retort --version says what this tree's does"
else
	diag_file "$tmp/version2"
	not_ok "its retort --version says what this tree's does"
fi
same_sql_as_retort "$bin" "$tmp" "the tarball's"
tap_done
