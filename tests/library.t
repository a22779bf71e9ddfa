#!/usr/bin/env bash
# The library as it is installed: `make install` into a scratch DESTDIR
# puts the shared library (with its soname), the static one, the public
# headers and retort.pc where they belong; the shared library exports the
# retort_ API and nothing else; the headers compile on their own; and
# examples/api/apply.c, built the way a user builds it (pkg-config), both
# shared and static, passes tests/c-api.t, even beside a program that
# defines names the library uses inside.  Then `make uninstall` takes
# every file away again.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir tmp
dest=$tmp/dest
prefix=/opt/retort	# not a system folder: pkg-config would drop -I/usr/include
version=$(sed -n 's/^#define RETORT_VERSION "\(.*\)"$/\1/p' "$RETORT_ROOT/src/retort.h")
CC=${CC:-cc}

rc=0
run_limited 600 make -C "$RETORT_ROOT" install DESTDIR="$dest" PREFIX="$prefix" \
	>"$tmp/install.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/install.log"
tap_result "$rc" "make install DESTDIR=... PREFIX=$prefix"
[ "$rc" -eq 0 ] || { tap_done; exit; }

# ---------------------------------------------------------------- the files

lib=$dest$prefix/lib
(cd "$dest" && find . ! -type d | sed 's|^\./|/|' | sort) >"$tmp/files"
sort >"$tmp/want" <<EOF
$prefix/bin/retort
$prefix/include/retort/retort.h
$prefix/include/retort/retort_types.h
$prefix/include/retort/status.h
$prefix/lib/libretort.a
$prefix/lib/libretort.so
$prefix/lib/libretort.so.0
$prefix/lib/libretort.so.$version
$prefix/lib/pkgconfig/retort.pc
$prefix/share/bash-completion/completions/retort
$prefix/share/fish/vendor_completions.d/retort.fish
$prefix/share/man/man1/retort.1
$prefix/share/zsh/site-functions/_retort
EOF
if diff -u "$tmp/want" "$tmp/files" >"$tmp/diff"; then
	ok "install puts exactly the binary, man page, completions, headers, libraries and retort.pc"
else
	diag_file "$tmp/diff"
	not_ok "install puts exactly the binary, man page, completions, headers, libraries and retort.pc"
fi
if [ "$(readlink "$lib/libretort.so")" = libretort.so.0 ] &&
	[ "$(readlink "$lib/libretort.so.0")" = "libretort.so.$version" ] &&
	[ -f "$lib/libretort.so.$version" ] && [ ! -L "$lib/libretort.so.$version" ]; then
	ok "libretort.so -> libretort.so.0 -> libretort.so.$version"
else
	diag "$(ls -l "$lib")"
	not_ok "libretort.so -> libretort.so.0 -> libretort.so.$version"
fi
soname=$(readelf -dW "$lib/libretort.so.$version" 2>&1 | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" = libretort.so.0 ]; then
	ok "its SONAME is libretort.so.0"
else
	diag "SONAME: '$soname'"
	not_ok "its SONAME is libretort.so.0"
fi

# Neither the command nor the library links a database client library:
# the drivers load libpq and libmariadb when a URL needs them.
for f in "$RETORT_ROOT/build/retort" "$lib/libretort.so.$version"; do
	needed=$(readelf -dW "$f" 2>&1 | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
	case " $needed" in
	*" libpq"* | *" libmariadb"* | *" libmysqlclient"* | '')
		diag "NEEDED: $needed"
		not_ok "${f##*/} does not link libpq or libmariadb" ;;
	*) ok "${f##*/} does not link libpq or libmariadb (it needs: $needed)" ;;
	esac
done

# ---------------------------------------------------------------- the names

# What the shared library exports must be what retort.h marks RETORT_API,
# no more (a hidden name leaking) and no less (a declared one missing).
nm -D --defined-only "$lib/libretort.so.$version" 2>"$tmp/nm.err" |
	awk '{ print $NF }' | sort >"$tmp/exported"
sed -n 's/^RETORT_API [^(]*[ *]\(retort_[a-z_]*\)(.*/\1/p' "$RETORT_ROOT/src/retort.h" |
	sort >"$tmp/declared"
if [ ! -s "$tmp/declared" ]; then
	not_ok "retort.h declares the API with RETORT_API"
elif diff -u "$tmp/declared" "$tmp/exported" >"$tmp/diff"; then
	ok "nm -D: the shared library exports the $(wc -l <"$tmp/declared") retort_ functions of retort.h, nothing else"
else
	diag "declared (-) against exported (+):"
	diag_file "$tmp/diff"
	diag_file "$tmp/nm.err"
	not_ok "nm -D: the shared library exports the retort_ functions of retort.h, nothing else"
fi
# The static library: every global name it defines is retort_ (the rest
# made local), and it defines them all.
nm -g --defined-only "$lib/libretort.a" 2>&1 | awk 'NF == 3 { print $3 }' | sort >"$tmp/global"
if diff -u "$tmp/declared" "$tmp/global" >"$tmp/diff"; then
	ok "nm: the static library's global names are the same retort_ functions"
else
	diag_file "$tmp/diff"
	not_ok "nm: the static library's global names are the same retort_ functions"
fi

# ---------------------------------------------------------------- pkg-config

export PKG_CONFIG_PATH=$lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$dest
modversion=$(pkg-config --modversion retort 2>&1)
if [ "$modversion" = "$version" ]; then
	ok "pkg-config --modversion retort says $version"
else
	diag "$modversion"
	not_ok "pkg-config --modversion retort says $version"
fi
cflags=$(pkg-config --cflags retort 2>&1)
libs=$(pkg-config --libs retort 2>&1)
# --static: the archive by its file name (an -l would take the .so), and
# what it needs (Libs.private).
static_libs=$(pkg-config --static --libs retort 2>&1 | sed 's/-lretort\b/-l:libretort.a/')
note "cflags: $cflags" "libs: $libs" "static: $static_libs"
STRICT="-std=c11 -Wall -Wextra -Wpedantic -Werror"

# Each public header compiles alone, in strict C11, with only the flags
# pkg-config gives: it needs nothing of the source tree.
for h in retort.h retort_types.h status.h; do
	printf '#include <retort/%s>\nint main(void) { return 0; }\n' "$h" >"$tmp/only.c"
	rc=0
	# shellcheck disable=SC2086  # pkg-config's flags are words
	$CC $STRICT $cflags -c -o "$tmp/only.o" "$tmp/only.c" >"$tmp/cc.log" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || diag_file "$tmp/cc.log"
	tap_result "$rc" "<retort/$h> compiles on its own ($STRICT)"
done

# build NAME LINKFLAGS [EXTRA.c]: examples/api/apply.c as a user builds it
build() {
	local name=$1 flags=$2 rc=0
	shift 2
	# shellcheck disable=SC2086
	$CC $STRICT $cflags -o "$tmp/$name" "$RETORT_ROOT/examples/api/apply.c" "$@" $flags \
		>"$tmp/cc.log" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || diag_file "$tmp/cc.log"
	tap_result "$rc" "apply.c builds ($name): cc apply.c $flags"
	return "$rc"
}

# c_api NAME: tests/c-api.t's checks on that build, run against a SQLite
# database of the example project.
c_api() {
	local rc=0
	RETORT_APPLY=$tmp/$1 LD_LIBRARY_PATH=$lib run_limited 120 bash "$RETORT_ROOT/tests/c-api.t" \
		>"$tmp/c-api.out" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || diag_file "$tmp/c-api.out"
	tap_result "$rc" "tests/c-api.t passes on the $1 build"
}

# uses NAME: whether the program loads libretort.so.0, and from where
uses() {
	LD_LIBRARY_PATH=$lib ldd "$tmp/$1" 2>&1 | awk '/libretort/ { print $1, $3 }'
}

if build shared "$libs"; then
	u=$(uses shared)
	if [ "$u" = "libretort.so.0 $lib/libretort.so.0" ]; then
		ok "the shared build loads the installed libretort.so.0"
	else
		diag "ldd: '$u'"
		not_ok "the shared build loads the installed libretort.so.0"
	fi
	c_api shared
fi
if build static "$static_libs"; then
	u=$(uses static)
	if [ -z "$u" ]; then
		ok "the static build needs no libretort.so"
	else
		diag "ldd: '$u'"
		not_ok "the static build needs no libretort.so"
	fi
	c_api static
fi

# A program with names of its own that the library uses inside: the static
# library must link beside them (its names are local), and neither build
# may call the program's versions (which abort) in place of its own.
cat >"$tmp/clash.c" <<'EOF'
#include <stdlib.h>
int config_load(void);
int sbuf_add(void);
int yyparse(void);
int config_load(void) { abort(); }
int sbuf_add(void) { abort(); }
int yyparse(void) { abort(); }
EOF
if build shared-clash "$libs" "$tmp/clash.c"; then
	c_api shared-clash
fi
if build static-clash "$static_libs" "$tmp/clash.c"; then
	c_api static-clash
fi

# ---------------------------------------------------------------- uninstall

rc=0
run_limited 120 make -C "$RETORT_ROOT" uninstall DESTDIR="$dest" PREFIX="$prefix" \
	>"$tmp/uninstall.log" 2>&1 || rc=$?
left=$(cd "$dest" && find . ! -type d)
if [ "$rc" -eq 0 ] && [ -z "$left" ] && [ ! -d "$dest$prefix/include/retort" ]; then
	ok "make uninstall removes every file install put, and include/retort/"
else
	diag_file "$tmp/uninstall.log"
	diag "left: $left"
	not_ok "make uninstall removes every file install put, and include/retort/"
fi
tap_done
