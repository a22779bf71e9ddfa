#!/usr/bin/env bash
# Taking over from Alembic (docs/importing.md): a database the real
# Alembic has migrated online, on the real PostgreSQL, MariaDB and SQLite,
# to a middle revision of a fixture project is carried on by retort from
# the imported project: `retort current` names that revision, `retort
# upgrade` applies the rest (up to the last revision imported whole), the
# schema is then the one Alembic's own upgrade gives (but for the
# differences docs/importing.md lists), `retort downgrade -2` goes back,
# and Alembic's `current` reads the version table retort left as retort
# does.  Alembic runs through Debian's python3-alembic, python3-psycopg2
# and python3-pymysql (.ci/run installs them); retort never runs Python.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/describe.sh"

PY=${RETORT_PYTHON:-/usr/bin/python3}
FIX=$RETORT_ROOT/tests/fixtures/import/shop
MIDDLE=2b1d6f8c0e12

if ! "$PY" -c 'import alembic, sqlalchemy, psycopg2, pymysql' >/dev/null 2>&1; then
	diag "$PY cannot import alembic, sqlalchemy, psycopg2 and pymysql"
	not_ok "the real Alembic and its drivers are there"
	tap_done
fi

# alembic URL ARGS...: the real Alembic on the fixture, online at URL;
# stdout in $tmp/alembic.out.
alembic() {
	local url=$1
	shift
	sed -i "s|^sqlalchemy.url = .*|sqlalchemy.url = ${url//&/\\&}|" "$tmp/a/alembic.ini"
	(cd "$tmp/a" && run_limited "$TIMEOUT" "$PY" -m alembic -c alembic.ini "$@") \
		</dev/null >"$tmp/alembic.out" 2>"$tmp/alembic.err"
}

# r ARGS...: retort on the imported project; its status in $rc.
r() {
	rc=0
	(cd "$tmp/r" && run_limited "$TIMEOUT" "$RETORT" "$@") </dev/null >"$tmp/out" \
		2>"$tmp/err" || rc=$?
}

# t NAME CMD...: one TAP line; what the last commands said on failure.
t() {
	local name=$1
	shift
	if "$@"; then
		ok "$name"
		return 0
	fi
	diag "retort (exit ${rc:-?}):"
	diag_file "$tmp/out" 20
	diag_file "$tmp/err" 20
	diag "alembic:"
	diag_file "$tmp/alembic.out" 10
	diag_file "$tmp/alembic.err" 10
	not_ok "$name"
	return 1
}

# The database's URL for SQLAlchemy, from db_new's for retort.
sa_url() {
	case $BE in
	sqlite) printf 'sqlite:///%s\n' "$SQ_DB" ;;
	postgresql) printf '%s\n' "$URL" ;;
	mysql) printf '%s\n' "${URL/mysql:/mysql+pymysql:}" ;;
	esac
}

# the revisions `current` names, sorted, a line each
revs_of() { grep -o '^[0-9a-f]\{12\}' "$1" | LC_ALL=C sort; }

cp -R "$FIX" "$tmp/a"
rm -rf "$tmp/a/expected"
mkdir -p "$tmp/r"
cp -R "$FIX" "$tmp/r/shop"
(cd "$tmp/r" && "$RETORT" -q import shop/alembic.ini) >/dev/null 2>&1 || true
whole=$(cat "$FIX/expected/whole")

takeover() {
	local label=$1 index=$2
	# what Alembic alone makes of the whole, to compare with
	db_new "whole_$index"
	if ! alembic "$(sa_url)" upgrade "$whole"; then
		diag_file "$tmp/alembic.err" 30
		not_ok "$label: alembic upgrade $whole"
		return
	fi
	describe_db "$BE" "$([ "$BE" = sqlite ] && echo "$SQ_DB" || echo "$DB")" >"$tmp/schema.alembic"

	db_new "takeover_$index"
	if ! alembic "$(sa_url)" upgrade "$MIDDLE"; then
		diag_file "$tmp/alembic.err" 30
		not_ok "$label: alembic upgrade $MIDDLE"
		return
	fi
	ok "$label: Alembic migrated the database to $MIDDLE"
	r --url "$URL" current
	t "$label: retort current names it" grep -q "^$MIDDLE" "$tmp/out"
	r --url "$URL" upgrade +1
	t "$label: retort upgrade +1 carries on from there" [ "$rc" -eq 0 ] || return
	r --url "$URL" downgrade -2
	t "$label: retort downgrade -2" [ "$rc" -eq 0 ] || return
	same_current "$label: ... and Alembic's current says where as retort's does"
	r --url "$URL" upgrade "$whole"
	t "$label: retort upgrade $whole" [ "$rc" -eq 0 ] || return
	describe_db "$BE" "$([ "$BE" = sqlite ] && echo "$SQ_DB" || echo "$DB")" >"$tmp/schema.retort"
	if diff "$tmp/schema.alembic" "$tmp/schema.retort" >"$tmp/differs"; then
		ok "$label: ... makes the schema Alembic's own upgrade to $whole makes"
	else
		diag_file "$tmp/differs" 30
		not_ok "$label: ... makes the schema Alembic's own upgrade to $whole makes"
	fi
	same_current "$label: Alembic's current reads retort's version table"
	# from a merge point a relative downgrade is ambiguous, to both
	r --url "$URL" downgrade -2
	t "$label: downgrade -2 from the merge point is refused, as Alembic refuses it" \
		grep -q "ambiguous" "$tmp/err"
	alembic "$(sa_url)" downgrade -2
	t "$label: ... (Alembic: Ambiguous walk)" grep -q "Ambiguous walk" "$tmp/alembic.out" "$tmp/alembic.err"
}

# same_current NAME: retort's current and Alembic's name the same revisions.
same_current() {
	r --url "$URL" current
	revs_of "$tmp/out" >"$tmp/retort.revs"
	alembic "$(sa_url)" current
	revs_of "$tmp/alembic.out" >"$tmp/alembic.revs"
	if [ -s "$tmp/retort.revs" ] && cmp -s "$tmp/retort.revs" "$tmp/alembic.revs"; then
		ok "$1 ($(tr '\n' ' ' <"$tmp/retort.revs"| sed 's/ $//'))"
	else
		diag "retort: $(tr '\n' ' ' <"$tmp/retort.revs"), alembic: $(tr '\n' ' ' <"$tmp/alembic.revs")"
		diag_file "$tmp/alembic.err" 20
		not_ok "$1"
	fi
}

each_backend takeover
tap_done
