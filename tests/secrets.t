#!/usr/bin/env bash
# No password in any message: malformed and odd database URLs, each with a
# password, through --url, RETORT_URL and the config's url, for every
# command that connects; the password must not appear on stdout or stderr,
# whether retort or the client library (libpq, libmariadb) wrote the
# message.  Before the URL's secrets were hidden in every message a run
# says, a bad percent escape, a raw '/' or '?' in the password, an IPv6
# host left open, a percent-encoded password= or sslpassword= leaked it.
# No server is needed: every URL fails to connect.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

tmp=
mktempdir tmp
PW=S3cretPW
CASE=$RETORT_ROOT/golden/op_create_table
cd "$CASE" || bail_out "cannot cd to $CASE"
urls=(
	"postgresql://u:p%zz${PW}@/db"
	"postgresql://u:${PW}@[::1/db"
	"postgresql://u@/db?%70assword=${PW}&host=/nonexistent"
	"postgresql://u@/db?sslpassword=${PW}&host=/nonexistent"
	"postgresql://u@/db?PASSWORD=${PW}&host=/nonexistent"
	"postgresql://u:pa/ss${PW}@host.invalid/db"
	"postgresql://u:pa?ss${PW}@host.invalid/db"
	"postgresql://u:${PW}@/db?host=/nonexistent"
	"postgresql://u:${PW}@host.invalid:99999/db"
	"postgresql://u:p%40${PW}@/db?host=/nonexistent"
	"mysql://u:${PW}@[::1/db"
	"mysql://u:my/${PW}@localhost/db"
	"mysql://u:${PW}@/db?unix_socket=/nonexistent"
	"mysql://u:p%40${PW}@host.invalid:notaport/db"
	"mariadb://u@/db?password=${PW}&unix_socket=/nonexistent"
)
cmds=("current" "upgrade head" "downgrade base" "stamp head" "check --from-db" "schema --from-db")

for url in "${urls[@]}"; do
	leaks=()
	for via in flag env ini; do
		for cmd in "${cmds[@]}"; do
			# shellcheck disable=SC2086  # the command's words
			case $via in
			flag) run_limited 30 "$RETORT" -c ../retort.ini --url "$url" $cmd ;;
			env) RETORT_URL=$url run_limited 30 "$RETORT" -c ../retort.ini $cmd ;;
			ini)
				printf '[retort]\nscript_location = %s\nschema = schema.mig\nurl = %s\n' \
					"$CASE" "$url" >"$tmp/url.ini"
				run_limited 30 "$RETORT" -c "$tmp/url.ini" $cmd
				;;
			esac >"$tmp/out" 2>&1 </dev/null
			if grep -q "$PW" "$tmp/out"; then
				leaks+=("$via $cmd: $(grep "$PW" "$tmp/out" | head -n 1)")
			fi
		done
	done
	if [ "${#leaks[@]}" -eq 0 ]; then
		ok "no password in any message: $url"
	else
		for l in "${leaks[@]}"; do diag "$l"; done
		not_ok "no password in any message: $url"
	fi
done
tap_done
