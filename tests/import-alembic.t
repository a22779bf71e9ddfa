#!/usr/bin/env bash
# retort import against the real Alembic (Debian's python3-alembic, which
# .ci/run installs; retort never runs it): for each fixture project of
# tests/fixtures/import/, up to the revision its expected/whole names (the
# last one converted whole), the SQL Alembic writes (`alembic upgrade REV
# --sql`; on SQLite, whose batch ops Alembic cannot write offline, Alembic
# runs online on the file) and the SQL retort writes for the imported
# project are each applied to a fresh database on the real PostgreSQL,
# MariaDB and SQLite; the two schemas (tests/lib/describe.sh) and the rows
# of every table must be equal.  Then the same for the downgrades to base.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/describe.sh"

PY=${RETORT_PYTHON:-/usr/bin/python3}
FIX=$RETORT_ROOT/tests/fixtures/import

if ! "$PY" -c 'import alembic, sqlalchemy' >/dev/null 2>&1; then
	diag "$PY cannot import alembic and sqlalchemy (apt-get install python3-alembic)"
	not_ok "the real Alembic is there to compare with"
	tap_done
fi

# alembic PROJECT URL ARGS...: the real Alembic on the project, its
# sqlalchemy.url set to URL; stdout to $tmp/alembic.out.
alembic() {
	local dir=$1 url=$2
	shift 2
	sed -i "s|^sqlalchemy.url = .*|sqlalchemy.url = $url|" "$dir/alembic.ini"
	(cd "$dir" && run_limited "$TIMEOUT" "$PY" -m alembic -c alembic.ini "$@") \
		</dev/null >"$tmp/alembic.out" 2>"$tmp/alembic.err"
}

# rows: every table's rows, sorted, a table a block (MariaDB's read as
# utf8mb4, the text as stored).
rows() {
	local t
	for t in $(tables); do
		[ "$t" = alembic_version ] && continue
		printf '== %s\n' "$t"
		if [ "$BE" = mysql ]; then
			run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root \
				--default-character-set=utf8mb4 --batch --skip-column-names --raw \
				"$DB" <<<"SELECT * FROM $t"
		else
			q "SELECT * FROM $t"
		fi | tr '\t' '|' | LC_ALL=C sort
	done
}

# verbose_lines: history -v's output without its Path lines, without
# trailing blanks, each "Branches into:" list sorted.
verbose_lines() {
	local line items
	while IFS= read -r line; do
		case $line in
		"Path: "*) continue ;;
		"Branches into: "*)
			items=$(printf '%s\n' "${line#Branches into: }" | tr ',' '\n' | tr -d ' ' |
				LC_ALL=C sort | paste -sd, - | sed 's/,/, /g')
			line="Branches into: $items"
			;;
		esac
		printf '%s\n' "$line" | sed 's/[[:space:]]*$//'
	done
}

# same NAME A B [KNOWN]: one TAP line: files A and B are equal, but for
# the lines of KNOWN (Alembic's "< line", retort's "> line", each listed
# with its reason in docs/importing.md: expected/differs.DIALECT for the
# schema, expected/rows-differ.DIALECT for the rows); else the diff.
same() {
	diff "$2" "$3" | grep '^[<>]' >"$tmp/differs"
	if cmp -s "$tmp/differs" "${4:-/dev/null}"; then
		ok "$1"
	else
		diag "Alembic's (<) and retort's (>), where they differ:"
		diag_file "$tmp/differs" 60
		[ -z "${4:-}" ] || { diag "the differences known:"; diag_file "$4" 20; }
		not_ok "$1"
	fi
}

# applied NAME SIDE FILE: the script run on the current database.
applied() {
	if run_script "$3" >"$tmp/apply.out" 2>&1; then
		return 0
	fi
	diag_file "$tmp/apply.out" 20
	not_ok "$1: $2's SQL runs"
	return 1
}

# the imported projects, one each, made once; their graphs are Alembic's:
# heads and history the same lines in the same order; history -v the
# same but for each revision's Path (a .mig, not a .py), trailing blanks
# and the order of "Branches into:" (Alembic's is a set's: it changes
# from run to run); branches the same lines, sorted for the same reason
for project in "$FIX"/*/; do
	name=$(basename "$project")
	mkdir -p "$tmp/r-$name"
	cp -R "$project" "$tmp/r-$name/$name"
	(cd "$tmp/r-$name" && "$RETORT" -q import "$name/alembic.ini") >/dev/null 2>&1 || true
	rm -rf "$tmp/g-$name"
	cp -R "$project" "$tmp/g-$name"
	for cmd in heads history "history -v" branches; do
		# shellcheck disable=SC2086 # cmd is a command and its option
		alembic "$tmp/g-$name" "sqlite://" $cmd ||
			{ diag_file "$tmp/alembic.err" 20; not_ok "$name: alembic $cmd"; continue; }
		# shellcheck disable=SC2086
		(cd "$tmp/r-$name" && "$RETORT" $cmd) >"$tmp/retort.out" 2>&1
		case $cmd in
		branches)
			LC_ALL=C sort "$tmp/alembic.out" >"$tmp/want"
			LC_ALL=C sort "$tmp/retort.out" >"$tmp/got"
			;;
		"history -v")
			verbose_lines <"$tmp/alembic.out" >"$tmp/want"
			verbose_lines <"$tmp/retort.out" >"$tmp/got"
			;;
		*)
			cp "$tmp/alembic.out" "$tmp/want"
			cp "$tmp/retort.out" "$tmp/got"
			;;
		esac
		same "$name: retort $cmd after import says what alembic $cmd says" "$tmp/want" "$tmp/got"
	done
done

compare() {
	local label=$1 index=$2 project name whole side
	for project in "$FIX"/*/; do
		name=$(basename "$project")
		whole=$(cat "$project/expected/whole")
		rm -rf "$tmp/a-$name"
		cp -R "$project" "$tmp/a-$name"
		for side in alembic retort; do
			db_new "imp_${side}_$index"
			moved "$label $name" "$side" upgrade "$whole" || continue 2
			describe_db "$BE" "$([ "$BE" = sqlite ] && echo "$SQ_DB" || echo "$DB")" \
				>"$tmp/schema.$side"
			rows >"$tmp/rows.$side"
		done
		known=$project/expected/differs.$BE
		[ -f "$known" ] || known=
		same "$label $name: the schema after upgrade $whole is Alembic's" \
			"$tmp/schema.alembic" "$tmp/schema.retort" "$known"
		known=$project/expected/rows-differ.$BE
		[ -f "$known" ] || known=
		same "$label $name: ... and so are the rows" "$tmp/rows.alembic" "$tmp/rows.retort" \
			"$known"
		# and back down to base, each database from where it is
		for side in alembic retort; do
			at "imp_${side}_$index"
			moved "$label $name" "$side" downgrade "$whole:base" || continue 2
			describe_db "$BE" "$([ "$BE" = sqlite ] && echo "$SQ_DB" || echo "$DB")" \
				>"$tmp/schema.$side"
			tables | grep -v '^alembic_version$' >>"$tmp/schema.$side"
		done
		same "$label $name: the schema after downgrade to base is Alembic's" \
			"$tmp/schema.alembic" "$tmp/schema.retort"
		check_empty "$label $name: ... and nothing is left" "$tmp/schema.retort"
	done
}

# moved LABEL SIDE upgrade|downgrade RANGE: the current database moved
# by SIDE's SQL for RANGE (on SQLite Alembic runs online, to RANGE's end);
# false, as a failed test, where that fails.
moved() {
	local label=$1 side=$2 verb=$3 range=$4
	if [ "$side" = alembic ] && [ "$BE" = sqlite ]; then
		alembic "$tmp/a-$name" "sqlite:///$SQ_DB" "$verb" "${range##*:}" && return 0
		diag_file "$tmp/alembic.err" 20
	elif [ "$side" = alembic ]; then
		if alembic "$tmp/a-$name" "$BE://" "$verb" "$range" --sql; then
			cp "$tmp/alembic.out" "$tmp/$verb.$side.sql"
			applied "$label" "$side" "$tmp/$verb.$side.sql"
			return
		fi
		diag_file "$tmp/alembic.err" 20
	else
		if (cd "$tmp/r-$name" && run_limited "$TIMEOUT" "$RETORT" --dialect "$BE" \
			"$verb" "$range" --sql) >"$tmp/$verb.$side.sql" 2>"$tmp/retort.err"; then
			applied "$label" "$side" "$tmp/$verb.$side.sql"
			return
		fi
		diag_file "$tmp/retort.err" 20
	fi
	not_ok "$label: $side $verb $range"
	return 1
}

# at NAME: the current database is NAME (made by db_new before).
at() {
	case $BE in
	sqlite) SQ_DB=$tmp/$1.db ;;
	*) DB=$1 ;;
	esac
}

check_empty() {
	if [ ! -s "$2" ]; then
		ok "$1"
	else
		diag_file "$2" 20
		not_ok "$1"
	fi
}

each_backend compare
tap_done
