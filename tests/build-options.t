#!/usr/bin/env bash
# The build without the optional client libraries: a copy of the sources
# built as if pkg-config had found neither libpq nor libmariadb links
# neither, still runs SQLite, says plainly that it cannot do the rest, and
# names SQLite alone in --version.
# The hardening of the normal build (stack protector, _FORTIFY_SOURCE's
# checked functions, full RELRO, BIND_NOW) is in build/retort, and that
# copy, built with HARDEN= HARDEN_LD=, shows the flags can be taken away.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir tmp
mkdir -p "$tmp/src"
(cd "$RETORT_ROOT" && cp -r Makefile grammar src dialects "$tmp/src/")
rc=0
run_limited 600 make -C "$tmp/src" -j2 PQ_LIBS= MARIA_LIBS= HARDEN= HARDEN_LD= build/retort \
	>"$tmp/build.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/build.log"
tap_result "$rc" "builds with neither libpq nor libmariadb"
bin=$tmp/src/build/retort

# hardened NAME BIN: the four marks of the hardened build, each a test;
# unhardened BIN: none of RELRO's BIND_NOW, as asked
hardened() {
	local dyn syms
	dyn=$(readelf -dW "$2" 2>&1)
	syms=$(nm -D "$2" 2>&1)
	if grep -q 'BIND_NOW\|Flags:.*NOW' <<<"$dyn"; then ok "$1: BIND_NOW"; else not_ok "$1: BIND_NOW"; fi
	if readelf -lW "$2" 2>&1 | grep -q GNU_RELRO; then ok "$1: RELRO"; else not_ok "$1: RELRO"; fi
	if grep -q '__stack_chk_fail' <<<"$syms"; then
		ok "$1: a stack protector"
	else
		not_ok "$1: a stack protector"
	fi
	if grep -q '__[a-z]*printf_chk' <<<"$syms"; then
		ok "$1: _FORTIFY_SOURCE's checked functions"
	else
		not_ok "$1: _FORTIFY_SOURCE's checked functions"
	fi
}
hardened "build/retort" "$RETORT"
if readelf -dW "$bin" 2>&1 | grep -q 'BIND_NOW\|Flags:.*NOW'; then
	not_ok "HARDEN= HARDEN_LD= takes the hardening away"
else
	ok "HARDEN= HARDEN_LD= takes the hardening away"
fi

# neither linked nor loaded: no driver, so no soname to load
if ldd "$bin" 2>/dev/null | grep -q -e libpq -e libmariadb ||
	grep -qa -e 'libpq\.so\.' -e 'libmariadb\.so\.' "$bin"; then
	not_ok "links neither, and would load neither"
else
	ok "links neither, and would load neither"
fi

# said ARGS... EXIT TEXT
said() {
	local want=$1 text=$2 rc=0
	shift 2
	(cd "$RETORT_ROOT/examples" && "$bin" "$@") >"$tmp/out" 2>"$tmp/err" || rc=$?
	if [ "$rc" -eq "$want" ] && grep -qF -- "$text" "$tmp/err"; then
		ok "$*: exit $want, '$text'"
	else
		diag "exit $rc"
		diag_file "$tmp/err"
		not_ok "$*: exit $want, '$text'"
	fi
}
said 2 "retort was built without PostgreSQL support" --url postgresql://u@/db current
said 2 "retort was built without MySQL/MariaDB support" --url mysql://u@h/db upgrade head
said 2 "retort was built without MySQL/MariaDB support" --url mariadb://u@h/db current
if "$bin" --version 2>&1 | grep -qx "drivers: sqlite"; then
	ok "--version says its one driver: 'drivers: sqlite'"
else
	diag "$("$bin" --version 2>&1)"
	not_ok "--version says its one driver: 'drivers: sqlite'"
fi
rc=0
(cd "$RETORT_ROOT/examples" && "$bin" --url "sqlite:///$tmp/x.db" upgrade heads) >"$tmp/out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || diag_file "$tmp/out"
tap_result "$rc" "SQLite is always built in"
tap_done
