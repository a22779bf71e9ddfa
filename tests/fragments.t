#!/usr/bin/env bash
# A fragment means the same on every database: the golden case
# fragments_respelled (checks, a unique index on an expression, a partial
# unique index, a default and a view, each naming a mixed-case column that is a
# reserved word or another quoted name and holding a string with a quote
# and a backslash, written once) is applied to real SQLite, PostgreSQL 15
# and MariaDB, and rows are put to it.  The checks and the unique indexes
# must accept and refuse the same rows on all three (so the names are the
# columns and the strings hold the same characters: it's\x, x'\y), the
# default must give it's \ here, and the downgrade must leave only the
# version table.  Before retort re-spelled fragments for MySQL, MariaDB read
# "discountPct" as a string and \c as c: its checks and index passed or
# failed on the wrong rows.
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

# ins ROW: inserts ROW (a VALUES list for id, discountPct, order, Desc);
# the database's message in $tmp/q.out.
ins() {
	q "INSERT INTO deal (id, $(nm discountPct), $(nm order), $(nm Desc)) VALUES ($1)" \
		>"$tmp/q.out" 2>&1
}

# accepted NAME ROW: inserting ROW succeeds.
accepted() {
	if ins "$2"; then
		ok "$1"
	else
		diag "the row ($2) was refused:"
		diag_file "$tmp/q.out"
		not_ok "$1"
	fi
}

# refused NAME ROW WHY: inserting ROW fails, with a message matching the
# extended regular expression WHY (a check, a unique key).
refused() {
	if ins "$2"; then
		diag "the row ($2) was accepted"
		not_ok "$1"
	elif ! grep -qiE "$3" "$tmp/q.out"; then
		diag "the row ($2) was refused, but not for /$3/:"
		diag_file "$tmp/q.out"
		not_ok "$1"
	else
		ok "$1"
	fi
}

on_backend() {
	local name=$1
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

	local check='check|constraint' dup='unique|duplicate'
	accepted "$name: a row inside the checks is accepted" "1, 50, 3, 'fine'"
	accepted "$name: a row of nulls is accepted" "2, 0, NULL, NULL"
	accepted "$name: the Desc a'bc is accepted" "3, 100, 0, $(lit "a'bc")"
	accepted "$name: the Desc a'bc\\ is accepted" "4, 10, 1, $(lit "a'bc\\")"
	refused "$name: a discountPct over 100 is refused" "5, 150, 1, 'x'" "$check"
	refused "$name: a negative order is refused" "6, 10, -1, 'x'" "$check"
	refused "$name: the Desc a'b\\c is refused" "7, 10, 1, $(lit "a'b\\c")" "$check"
	expect_rows "$name: the rows are the accepted ones" \
		"SELECT id, coalesce($(nm Desc), '-') FROM deal ORDER BY id" \
		"$(printf '%s\n' "1|fine" "2|-" "3|a'bc" "4|a'bc\\")"

	# the view: discountPct >= 10 and a Desc other than a'bc\ (row 4's)
	expect_rows "$name: the view gives the rows its WHERE says" \
		"SELECT id, $(nm Label), $(nm order) FROM deal_view ORDER BY id" \
		"$(printf '%s\n' "1|fine|3" "3|a'bc|0")"

	# coalesce("Desc", 'it''s\x') is unique: a null is it's\x
	refused "$name: a second null Desc is refused (the index is it's\\x)" \
		"10, 0, NULL, NULL" "$dup"
	refused "$name: the Desc it's\\x is refused (the null's)" \
		"11, 0, NULL, $(lit "it's\\x")" "$dup"
	accepted "$name: the Desc it'sx is accepted" "12, 0, NULL, $(lit "it'sx")"

	if [ "$BE" != mysql ]; then
		# "order" unique where "discountPct" > 50 AND "Desc" <> 'x''\y'
		accepted "$name: a row in the partial index is accepted" "20, 60, 5, 'p'"
		refused "$name: its order again in the partial index is refused" \
			"21, 70, 5, 'q'" "$dup"
		refused "$name: its order again with the Desc x'y is refused" \
			"22, 70, 5, $(lit "x'y")" "$dup"
		accepted "$name: its order again with the Desc x'\\y is accepted (not in the index)" \
			"23, 70, 5, $(lit "x'\\y")"
		accepted "$name: its order again at 50 is accepted (not in the index)" \
			"24, 50, 5, 'r'"
	fi

	q "INSERT INTO deal (id) VALUES (30)" >"$tmp/q.out" 2>&1 || diag_file "$tmp/q.out"
	expect_rows "$name: the defaults give 0 and it's \\ here" \
		"SELECT $(nm discountPct), $(nm Desc) FROM deal WHERE id = 30" "0|it's \\ here"
	expect_rows "$name: ... an E'' default a tab, a dollar-quoted one it's" \
		"SELECT CASE WHEN tabbed = $(lit "a	b") THEN 'tab' ELSE tabbed END, dollars FROM deal WHERE id = 30" "tab|it's"

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
