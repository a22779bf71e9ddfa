#!/usr/bin/env bash
# The Debian packages of debian/: `dpkg-buildpackage -us -uc -b` in a copy
# of the tree (so this one stays clean) builds retort, libretort0 and
# libretort-dev, running `make test` on the way as dh_auto_test does;
# lintian finds no error in them; each holds what it should.  Then, as
# root, they are installed: the installed retort and pkg-config say the
# version, a program builds against the installed library and passes
# tests/c-api.t, and they are purged again (at exit too, on any failure).
# Not root is a failure, not a skip: the packages would go untested.
# RETORT_DEB_BUILD_OPTIONS adds to DEB_BUILD_OPTIONS (nocheck: no make test).
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PKGS=(retort libretort0 libretort-dev)
missing=
for t in dpkg-buildpackage dh lintian dpkg-parsechangelog dpkg-architecture; do
	command -v "$t" >/dev/null 2>&1 || missing="$missing $t"
done
if [ -n "$missing" ]; then
	diag "missing:$missing (apt-get install debhelper dpkg-dev lintian, as .ci/run does)"
	not_ok "the Debian tools are installed"
	tap_done
	exit
fi

mktempdir tmp
version=$(sed -n 's/^#define RETORT_VERSION "\(.*\)"$/\1/p' "$RETORT_ROOT/src/retort.h")
debver=$(dpkg-parsechangelog -l "$RETORT_ROOT/debian/changelog" -S Version 2>&1)
if [ "${debver%-*}" = "$version" ] && [ "$debver" != "$version" ]; then
	ok "debian/changelog's version $debver is src/retort.h's $version, packaged"
else
	not_ok "debian/changelog's version ($debver) is src/retort.h's $version, packaged"
fi
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null)

# ---------------------------------------------------------------- the build

# A copy of what git tracks (or, outside a checkout, of the tree without
# build/): the packages are built from the sources, not from a build here.
src=$tmp/retort-$version
mkdir -p "$src"
if git -C "$RETORT_ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$RETORT_ROOT" && git ls-files -z | tar --null -T - -cf -) | tar -C "$src" -xf -
else
	tar -C "$RETORT_ROOT" --exclude=./build --exclude=./.git -cf - . | tar -C "$src" -xf -
fi
start=$(date +%s)
rc=0
# The tests inside must test the package's build, not this tree's: nothing
# of ours (RETORT, RETORT_ROOT...) and no make jobserver of a caller.
(cd "$src" && run_limited 1800 env -u RETORT -u RETORT_ROOT -u MAKEFLAGS -u MAKELEVEL \
	-u MFLAGS DEB_BUILD_OPTIONS="parallel=$(nproc) ${RETORT_DEB_BUILD_OPTIONS:-}" \
	dpkg-buildpackage -us -uc -b) >"$tmp/build.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/build.log" 400
tap_result "$rc" "dpkg-buildpackage -us -uc -b"
note "built (and make test run) in $(($(date +%s) - start)) s"
if [ "$rc" -ne 0 ]; then
	tap_done
	exit
fi
case " ${RETORT_DEB_BUILD_OPTIONS:-} " in
*" nocheck "*) note "make test not run: nocheck" ;;
*)
	if grep -q '^prove -f ' "$tmp/build.log" && grep -q '^Result: PASS' "$tmp/build.log"; then
		ok "the build ran make test, and it passed"
	else
		diag_file "$tmp/build.log" 400
		not_ok "the build ran make test, and it passed"
	fi
	;;
esac

deb() { printf '%s/%s_%s_%s.deb' "$tmp" "$1" "$debver" "$arch"; }

# holds PACKAGE FILES...: the package's files (not folders, not its
# /usr/share/doc) are exactly these
holds() {
	local p=$1 f
	shift
	dpkg-deb -c "$(deb "$p")" 2>&1 | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\.||' |
		grep -v '^/usr/share/doc/' | sort >"$tmp/have"
	for f in "$@"; do printf '%s\n' "$f"; done | sort >"$tmp/want"
	if diff -u "$tmp/want" "$tmp/have" >"$tmp/diff"; then
		ok "$p holds $*"
	else
		diag_file "$tmp/diff"
		not_ok "$p holds what it should"
	fi
}
lib=/usr/lib/$multiarch
holds retort /usr/bin/retort /usr/share/man/man1/retort.1.gz \
	/usr/share/bash-completion/completions/retort /usr/share/zsh/vendor-completions/_retort \
	/usr/share/fish/vendor_completions.d/retort.fish
holds libretort0 "$lib/libretort.so.0" "$lib/libretort.so.$version"
holds libretort-dev /usr/include/retort/retort.h /usr/include/retort/retort_types.h \
	/usr/include/retort/status.h "$lib/libretort.a" "$lib/libretort.so" \
	"$lib/pkgconfig/retort.pc"
depends=$(dpkg-deb -f "$(deb libretort-dev)" Depends 2>&1)
if grep -qF "libretort0 (= $debver)" <<<"$depends"; then
	ok "libretort-dev depends on libretort0 (= $debver)"
else
	diag "Depends: $depends"
	not_ok "libretort-dev depends on libretort0 (= $debver)"
fi

# The drivers load libpq and libmariadb when a URL needs them (dlopen), so
# dpkg-shlibdeps cannot see them: control names them.
for p in retort libretort0; do
	depends=$(dpkg-deb -f "$(deb "$p")" Depends 2>&1)
	if grep -q 'libpq5' <<<"$depends" && grep -q 'libmariadb3' <<<"$depends"; then
		ok "$p depends on libpq5 and libmariadb3, which it loads at run time"
	else
		diag "Depends: $depends"
		not_ok "$p depends on libpq5 and libmariadb3, which it loads at run time"
	fi
done

# ---------------------------------------------------------------- lintian

start=$(date +%s)
rc=0
run_limited 600 lintian --fail-on error "$tmp/retort_${debver}_$arch.changes" \
	>"$tmp/lintian.out" 2>"$tmp/lintian.err" || rc=$?
note "lintian took $(($(date +%s) - start)) s; what it says:"
note "$(cat "$tmp/lintian.out")"
if [ "$rc" -eq 0 ] && ! grep -q '^E: ' "$tmp/lintian.out"; then
	ok "lintian: no error"
else
	diag_file "$tmp/lintian.out"
	diag_file "$tmp/lintian.err"
	not_ok "lintian: no error"
fi

# ---------------------------------------------------------------- installed

if [ "$(id -u)" -ne 0 ]; then
	diag "dpkg -i needs root (CI runs as root); here uid $(id -u)"
	not_ok "the packages install (as root)"
	tap_done
	exit
fi
for p in "${PKGS[@]}"; do
	if dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q ' installed$'; then
		diag "$p is installed on this machine already; a test does not replace it"
		not_ok "the packages install (none of them installed before)"
		tap_done
		exit
	fi
done

purge() {
	dpkg --purge "${PKGS[@]}" >"$tmp/purge.log" 2>&1
}
at_exit purge
rc=0
dpkg -i "$(deb retort)" "$(deb libretort0)" "$(deb libretort-dev)" >"$tmp/install.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/install.log"
tap_result "$rc" "dpkg -i of the three packages"

rc=0
/usr/bin/retort --version >"$tmp/version" 2>&1 || rc=$?
if [ "$rc" -eq 0 ] && grep -qx "retort $version" "$tmp/version" &&
	grep -qx "drivers: mysql postgresql sqlite" "$tmp/version"; then
	ok "the installed retort --version: $version, drivers mysql, postgresql and sqlite"
else
	diag_file "$tmp/version"
	not_ok "the installed retort --version: $version, drivers mysql, postgresql and sqlite"
fi
modversion=$(env -u PKG_CONFIG_PATH pkg-config --modversion retort 2>&1)
if [ "$modversion" = "$version" ]; then
	ok "pkg-config finds the installed retort.pc: $version"
else
	diag "$modversion"
	not_ok "pkg-config finds the installed retort.pc: $version"
fi

rc=0
# shellcheck disable=SC2046  # pkg-config's flags are words
${CC:-cc} -std=c11 -Wall -Wextra -Wpedantic -Werror -o "$tmp/apply" \
	"$RETORT_ROOT/examples/api/apply.c" $(env -u PKG_CONFIG_PATH pkg-config --cflags --libs retort) \
	>"$tmp/cc.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/cc.log"
tap_result "$rc" "apply.c builds against the installed package"
if [ "$rc" -eq 0 ]; then
	loads=$(ldd "$tmp/apply" | awk '/libretort/ { print $3 }')
	if [ "$(readlink -f "$loads")" = "$lib/libretort.so.$version" ]; then
		ok "it loads $lib/libretort.so.0"
	else
		diag "ldd: '$loads'"
		not_ok "it loads $lib/libretort.so.0"
	fi
	rc=0
	RETORT_APPLY=$tmp/apply run_limited 120 bash "$RETORT_ROOT/tests/c-api.t" \
		>"$tmp/c-api.out" 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || diag_file "$tmp/c-api.out"
	tap_result "$rc" "tests/c-api.t passes on it"
fi

rc=0
purge || rc=$?
if [ "$rc" -eq 0 ] && [ ! -e /usr/bin/retort ] && [ ! -e "$lib/libretort.so.0" ] &&
	[ ! -e "$lib/pkgconfig/retort.pc" ]; then
	ok "dpkg --purge takes them away again"
else
	diag_file "$tmp/purge.log"
	not_ok "dpkg --purge takes them away again"
fi
tap_done
