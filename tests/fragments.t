#!/usr/bin/env bash
# A fragment means the same on every database: the golden case
# fragments_respelled (checks, an index expression, a partial index and a
# default that name a mixed-case column and a reserved word and hold strings
# with a quote and a backslash, written once) is applied to real SQLite,
# PostgreSQL 15 and MariaDB, and rows are put to it.  The checks must accept
# and refuse the same rows on all three, the default and the index
# expression must hold the same characters (it's \ here, it's\x), and the
# downgrade must leave only the version table.  Before retort re-spelled
# fragments for MySQL, MariaDB read "discountPct" as a string and \c as c:
# every check there passed or failed on the wrong rows.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

CASE="$RETORT_ROOT/golden/fragments_respelled"

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

# nm NAME: NAME quoted for $BE.
nm() {
	if [ "$BE" = mysql ]; then
		printf '`%s`' "$1"
	else
		printf '"%s"' "$1"
	fi
}

# lit TEXT: TEXT as a string literal for $BE (MariaDB reads a backslash as
# an escape unless it is doubled).
lit() {
	local s=${1//\'/\'\'}
	[ "$BE" != mysql ] || s=${s//\\/\\\\}
	printf "'%s'" "$s"
}

# expect_rows NAME SQL WANT: q SQL prints WANT (rows as lines, columns
# joined by '|').
expect_rows() {
	local got
	got=$(q "$2" 2>"$tmp/q.err" | tr '\t' '|')
	if [ "$got" = "$3" ] && [ ! -s "$tmp/q.err" ]; then
		ok "$1"
		return
	fi
	diag "query: $2"
	diag "want: $3"
	diag "got:  $got"
	diag_file "$tmp/q.err"
	not_ok "$1"
}

# refused NAME ROW: inserting ROW (a VALUES list for id, discountPct,
# order, note) must fail, on a check.
refused() {
	if q "INSERT INTO deal (id, $(nm discountPct), $(nm order), note) VALUES ($2)" \
		>"$tmp/q.out" 2>&1; then
		diag "the row ($2) was accepted"
		not_ok "$1"
		return
	fi
	if ! grep -qiE 'check|constraint' "$tmp/q.out"; then
		diag "the row ($2) failed, but not on a check:"
		diag_file "$tmp/q.out"
		not_ok "$1"
		return
	fi
	ok "$1"
}

# contains NAME TEXT NEEDLE: TEXT holds NEEDLE.
contains() {
	if [[ $2 == *"$3"* ]]; then
		ok "$1"
	else
		diag "wanted $3 in: $2"
		not_ok "$1"
	fi
}

on_backend() {
	local name=$1 def
	db_new frag || {
		diag_file "$tmp/db_new.err"
		not_ok "$name: a fresh database"
		return
	}
	if ! run_script "$CASE/upgrade.$BE.sql" >"$tmp/up.out" 2>&1; then
		diag_file "$tmp/up.out"
		not_ok "$name: the upgrade runs"
		return
	fi
	ok "$name: the upgrade runs"

	if q "INSERT INTO deal (id, $(nm discountPct), $(nm order), note)
	      VALUES (1, 50, 3, 'fine'), (2, 0, NULL, NULL), (3, 100, 0, $(lit "a'bc"))" \
		>"$tmp/q.out" 2>&1; then
		ok "$name: the checks accept rows inside them"
	else
		diag_file "$tmp/q.out"
		not_ok "$name: the checks accept rows inside them"
	fi
	refused "$name: a discountPct over 100 is refused" "4, 150, 1, 'x'"
	refused "$name: a negative order is refused" "5, 10, -1, 'x'"
	refused "$name: the note a'b\\c is refused" "6, 10, 1, $(lit "a'b\\c")"
	q "INSERT INTO deal (id, $(nm discountPct), $(nm order), note) VALUES (7, 10, 1, $(lit "a'bc\\"))" \
		>"$tmp/q.out" 2>&1 || true
	expect_rows "$name: a note near a'b\\c is accepted" \
		"SELECT note FROM deal WHERE id = 7" "a'bc\\"

	q "INSERT INTO deal (id) VALUES (9)" >"$tmp/q.out" 2>&1 || diag_file "$tmp/q.out"
	expect_rows "$name: the defaults hold 0 and it's \\ here" \
		"SELECT $(nm discountPct), note FROM deal WHERE id = 9" "0|it's \\ here"

	# The index expression's string, as the database keeps it.
	case $BE in
	mysql)
		expect_rows "$name: the index expression gives it's\\x" \
			"SELECT _ix_deal_note_1 FROM deal WHERE id = 2" "it's\\x"
		;;
	postgresql)
		def=$(q "SELECT pg_get_indexdef('ix_deal_note'::regclass)
		         || ' / ' || pg_get_indexdef('ix_deal_big'::regclass)" 2>&1)
		contains "$name: the index expression holds 'it''s\\x'" "$def" "'it''s\\x'"
		contains "$name: the partial index holds \"discountPct\" and 'x\\y'" "$def" \
			"(\"discountPct\" > 50) AND ((note)::text <> 'x\\y'"
		;;
	sqlite)
		expect_rows "$name: the index expression gives it's\\x" \
			"SELECT coalesce(note, 'it''s\\x') FROM deal INDEXED BY ix_deal_note WHERE coalesce(note, 'it''s\\x') = 'it''s\\x'" \
			"it's\\x"
		expect_rows "$name: the partial index serves its own WHERE (INDEXED BY)" \
			"SELECT id FROM deal INDEXED BY ix_deal_big WHERE \"discountPct\" > 50 AND note <> 'x\\y' ORDER BY id" \
			"3"
		;;
	esac

	if run_script "$CASE/downgrade.$BE.sql" >"$tmp/down.out" 2>&1 &&
		[ "$(tables 2>>"$tmp/down.out")" = alembic_version ]; then
		ok "$name: the downgrade leaves only the version table"
	else
		diag_file "$tmp/down.out"
		diag "tables: $(tables 2>&1 | tr '\n' ' ')"
		not_ok "$name: the downgrade leaves only the version table"
	fi
	db_drop frag
}

each_backend on_backend
tap_done
