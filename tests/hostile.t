#!/usr/bin/env bash
# Hostile names and values, round trip: tests/tools/hostile.pl puts every
# text of its catalogue (quotes of every kind, backslashes, $$, --, /*, ;,
# line ends, tabs, BMP and astral unicode, right-to-left marks, reserved
# words, mixed case, names at the length limits), and some joined at random
# from a fixed seed, into every slot: table and column names, bulk_insert
# values, defaults, column and table comments, named and inline enum
# values.  For each dialect each item is compiled alone: it is accepted,
# or refused with an error at file:line:col.  The accepted ones, in one
# revision, then run on the real database (SQLite, PostgreSQL 15, MariaDB
# in its default strict mode and with NO_BACKSLASH_ESCAPES and ANSI_QUOTES
# set on the server), by retort's runner and as the --sql script through
# the database's own client (its encoding set to latin1, as a DBA's locale
# may set it); and every name and value must read back from
# the catalog or the table byte for byte.  SQLite keeps no comments (the
# script says so in a comment line): there the comments must only not
# break the script.  RETORT_HOSTILE_SEED and RETORT_HOSTILE_EXTRA (how many
# random joins) try more.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

SEED=${RETORT_HOSTILE_SEED:-20261206}
EXTRA=${RETORT_HOSTILE_EXTRA:-12}
H=$tmp/items
mkdir -p "$H"
if ! perl "$RETORT_ROOT/tests/tools/hostile.pl" "$SEED" "$EXTRA" "$H"; then
	not_ok "hostile.pl writes the items"
	tap_done
	exit
fi
note "seed $SEED, $EXTRA random joins: $(wc -l <"$H/items") items"
SLOTS="table column value default colcomment tabcomment enum inline_enum"

declare -A want slot_of
while read -r n slot hex; do
	want[$n]=$hex
	slot_of[$n]=$slot
done <"$H/items"

# compile_items: each item compiled alone for $BE; sets ACCEPTED (the
# items' numbers); one TAP line for the refusals, which must each be an
# error at a position in the item's file.
compile_items() {
	local n slot hex bad=0 refused=0
	ACCEPTED=()
	while read -r n slot hex; do
		if (cd "$H/$n" && run_limited "$TIMEOUT" "$RETORT" --dialect "$BE" upgrade --sql heads) \
			</dev/null >/dev/null 2>"$tmp/err"; then
			ACCEPTED+=("$n")
		elif grep -q '^versions/r\.mig:[0-9]*:[0-9]*: error: ' "$tmp/err" &&
			! grep -q 'AddressSanitizer\|runtime error' "$tmp/err"; then
			refused=$((refused + 1))
		else
			bad=$((bad + 1))
			diag "item $n ($slot, $hex): $(head -n 3 "$tmp/err")"
		fi
	done <"$H/items"
	tap_result "$bad" "$BE: ${#ACCEPTED[@]} items compile; $refused are refused, each at its position"
}

hexof() {
	case $BE in
	postgresql) printf "encode(convert_to(%s, 'UTF8'), 'hex')" "$1" ;;
	mysql) printf 'LOWER(HEX(%s))' "$1" ;;
	sqlite) printf 'lower(hex(%s))' "$1" ;;
	esac
}

# readback WHAT: one TAP line a slot: what the database holds for each
# accepted item, against what the item wrote.
readback() {
	local what=$1 slot n sql parts got line k v bad total
	local -A have
	if [ "$BE" = sqlite ]; then
		q "SELECT lower(hex(name)) FROM sqlite_master WHERE type = 'table'" >"$tmp/tables"
		q "SELECT lower(hex(m.name)) || ' ' || lower(hex(p.name)) FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'" >"$tmp/columns"
	else
		local schema="'public'"
		[ "$BE" = mysql ] && schema='DATABASE()'
		q "SELECT $(hexof table_name) FROM information_schema.tables WHERE table_schema = $schema" >"$tmp/tables"
		q "SELECT $(hexof table_name), $(hexof column_name) FROM information_schema.columns WHERE table_schema = $schema" |
			tr '\t|' '  ' >"$tmp/columns"
	fi
	for slot in $SLOTS; do
		if [ "$BE" = sqlite ] && [[ $slot == *comment ]]; then
			tap_skip "$what: $slot" "SQLite keeps no comments"
			continue
		fi
		parts=()
		have=()
		for n in "${ACCEPTED[@]}"; do
			[ "${slot_of[$n]}" = "$slot" ] || continue
			case $slot in
			value | default | enum | inline_enum)
				parts+=("SELECT $n, $(hexof "$([ "$BE" = postgresql ] && echo 'v::text' || echo v)") FROM h$n")
				;;
			colcomment)
				case $BE in
				postgresql) parts+=("SELECT $n, $(hexof "coalesce(col_description('h$n'::regclass, 2), '')")") ;;
				mysql) parts+=("SELECT $n, $(hexof column_comment) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'h$n' AND column_name = 'v'") ;;
				esac
				;;
			tabcomment)
				case $BE in
				postgresql) parts+=("SELECT $n, $(hexof "coalesce(obj_description('h$n'::regclass, 'pg_class'), '')")") ;;
				mysql) parts+=("SELECT $n, $(hexof table_comment) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'h$n'") ;;
				esac
				;;
			table)
				if grep -qx "${want[$n]}" "$tmp/tables"; then have[$n]=${want[$n]}; fi
				;;
			column)
				if grep -qx "$(printf 'h%s' "$n" | od -An -tx1 | tr -d ' \n') ${want[$n]}" \
					"$tmp/columns"; then
					have[$n]=${want[$n]}
				fi
				;;
			esac
		done
		if [ "${#parts[@]}" -gt 0 ]; then
			sql=$(printf '%s UNION ALL ' "${parts[@]}")
			q "${sql% UNION ALL }" >"$tmp/got" 2>"$tmp/q.err"
			while IFS= read -r line; do
				line=${line//$'\t'/|}
				k=${line%%|*}
				v=${line#*|}
				have[$k]=$v
			done <"$tmp/got"
		fi
		bad=0
		total=0
		for n in "${ACCEPTED[@]}"; do
			[ "${slot_of[$n]}" = "$slot" ] || continue
			total=$((total + 1))
			if [ "${have[$n]-none}" != "${want[$n]}" ]; then
				bad=$((bad + 1))
				[ "$bad" -le 8 ] && diag "item $n: wrote ${want[$n]:-(empty)}, read ${have[$n]-nothing}"
			fi
		done
		[ -s "$tmp/q.err" ] && diag_file "$tmp/q.err"
		tap_result "$bad" "$what: $slot: $total read back byte for byte"
	done
}

# apply HOW: the accepted items on a fresh database, by the runner or by
# the --sql script through the database's client.
apply() {
	db_new hostile
	if [ "$1" = runner ]; then
		# (libpq would take its encoding from the environment)
		(cd "$tmp/all" && PGCLIENTENCODING=LATIN1 run_limited "$TIMEOUT" "$RETORT" \
			--url "$URL" upgrade heads) </dev/null >"$tmp/run.out" 2>&1
	else
		(cd "$tmp/all" && run_limited "$TIMEOUT" "$RETORT" --dialect "$BE" upgrade --sql heads) \
			</dev/null >"$tmp/script.sql" 2>"$tmp/run.out" || return 1
		# the client as a DBA's may be: its encoding latin1, not UTF-8
		case $BE in
		sqlite) run_script "$tmp/script.sql" ;;
		postgresql)
			PGCLIENTENCODING=LATIN1 run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q \
				-v ON_ERROR_STOP=1 -d "$DB" -f "$tmp/script.sql" </dev/null
			;;
		mysql)
			run_limited "$TIMEOUT" mariadb --no-defaults --default-character-set=latin1 \
				-S "$MARIA_SOCKET" -u root "$DB" <"$tmp/script.sql"
			;;
		esac >>"$tmp/run.out" 2>&1
	fi
}

round_trip() {
	local what=$1
	if apply "$2"; then
		ok "$what: the ${#ACCEPTED[@]} accepted items run"
		readback "$what"
	else
		diag_file "$tmp/run.out"
		not_ok "$what: the ${#ACCEPTED[@]} accepted items run"
	fi
}

maria_mode() {
	maria_sql "" <<<"SET GLOBAL sql_mode = '$1'" >/dev/null
}

on_backend() {
	local name=$1 mode
	compile_items
	rm -rf "$tmp/all"
	perl "$RETORT_ROOT/tests/tools/hostile.pl" join "$H" "$tmp/all" "${ACCEPTED[@]}"
	if [ "$BE" != mysql ]; then
		round_trip "$name, by the runner" runner
		round_trip "$name, by the script" script
		return
	fi
	mode=$(maria_sql "" <<<'SELECT @@GLOBAL.sql_mode')
	diag "MariaDB's default sql_mode: $mode"
	round_trip "$name (strict), by the runner" runner
	round_trip "$name (strict), by the script" script
	maria_mode "$mode,NO_BACKSLASH_ESCAPES,ANSI_QUOTES"
	round_trip "$name (NO_BACKSLASH_ESCAPES, ANSI_QUOTES), by the runner" runner
	round_trip "$name (NO_BACKSLASH_ESCAPES, ANSI_QUOTES), by the script" script
	maria_mode "$mode"
}

each_backend on_backend
tap_done
