#!/usr/bin/env bash
# Views and triggers through the chain, with rows: the golden case
# op_view_trigger (two views, one reading the other, a view whose reads are
# declared, a trigger per database) is run revision by revision by retort's
# runner on a real SQLite file, PostgreSQL 15 and MariaDB.  After each step
# the views must give the rows of their tables and the trigger must still
# fire: across renames (which PostgreSQL and SQLite follow, and MySQL's
# views do not) and across SQLite's move-and-copy of the table, which drops
# the views and the trigger and makes them again.  Then, on SQLite, a view
# and a trigger made outside retort (raw SQL, no assume) on a table to be
# copied, or a view reading a view the copy takes down, must stop the run
# before its first statement, with the object named, and leave the
# database and its rows as they were (issue 14, point 2).
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

CASE="$RETORT_ROOT/golden/op_view_trigger"
R1=d1e0000a0001 R2=d1e0000a0002 R3=d1e0000a0003

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

# The column "Email" as each database spells a quoted name.
email() {
	# shellcheck disable=SC2016 # backquotes, not a command
	case $BE in
	mysql) printf '%s\n' '`Email`' ;;
	*) printf '%s\n' '"Email"' ;;
	esac
}

audits="SELECT account_id, what FROM audit ORDER BY id"

on_backend() {
	local name=$1
	db_new views || {
		diag_file "$tmp/db_new.err"
		not_ok "$name: a fresh database"
		return
	}
	run_step "$name: upgrade to $R1 (views, a trigger)" upgrade "$R1" || return
	sql_accepted "$name: rows go in" \
		"INSERT INTO account (id, $(email), active) VALUES (1, 'a@x', true), (2, 'b@x', false)"
	expect_rows "$name: ... the trigger wrote them down" "$audits" "$(printf '%s\n' '1|insert' '2|insert')"
	expect_rows "$name: ... the view gives the active one" \
		"SELECT id, $(email) FROM active_account" "1|a@x"
	expect_rows "$name: ... a view reading a view" "SELECT n FROM active_count" "1"
	expect_rows "$name: ... a view whose reads are declared" "SELECT n FROM audit_size" "2"

	run_step "$name: upgrade to $R2 (renames under the views)" upgrade "$R2" || return
	sql_accepted "$name: a row goes in under the new names" \
		"INSERT INTO member (id, email, active) VALUES (3, 'c@x', true)"
	expect_rows "$name: ... the trigger fires on the renamed table" "$audits" \
		"$(printf '%s\n' '1|insert' '2|insert' '3|insert')"
	# PostgreSQL's view keeps its column's name; SQLite's takes the new one
	expect_rows "$name: ... the view reads the renamed column" \
		"SELECT id, $([ "$BE" = postgresql ] && email || echo email) FROM active_account ORDER BY id" \
		"$(printf '%s\n' '1|a@x' '3|c@x')"
	expect_rows "$name: ... and the view on it" "SELECT n FROM active_count" "2"

	run_step "$name: upgrade to $R3 (a type change: SQLite copies the table)" upgrade "$R3" || return
	expect_rows "$name: ... the rows are there" "SELECT id, email FROM member ORDER BY id" \
		"$(printf '%s\n' '1|a@x' '2|b@x' '3|c@x')"
	sql_accepted "$name: a long address goes in" \
		"INSERT INTO member (id, email, active) VALUES (4, '$(printf 'd%.0s' {1..150})@x', true)"
	expect_rows "$name: ... the trigger survived the change" "SELECT count(*) FROM audit" "4"
	expect_rows "$name: ... the replaced view has its new column" \
		"SELECT id FROM active_account WHERE active ORDER BY id" "$(printf '%s\n' 1 3 4)"
	expect_rows "$name: ... the view on it too" "SELECT n FROM active_count" "3"
	sql_accepted "$name: the long address goes (the downgrade narrows the column)" \
		"DELETE FROM member WHERE id = 4"

	run_step "$name: downgrade to $R2" downgrade "$R2" || return
	sql_accepted "$name: ... a row goes in" "INSERT INTO member (id, email, active) VALUES (5, 'e@x', true)"
	expect_rows "$name: ... the trigger fires" "SELECT count(*) FROM audit" "5"
	expect_rows "$name: ... the views read the table" "SELECT n FROM active_count" "3"
	run_step "$name: downgrade to $R1" downgrade "$R1" || return
	expect_rows "$name: ... the view reads the old names" \
		"SELECT id, $(email) FROM active_account ORDER BY id" "$(printf '%s\n' '1|a@x' '3|c@x' '5|e@x')"
	run_step "$name: downgrade to base" downgrade base || return
	expect_rows "$name: ... nothing is left" "$(tables_sql)" ""
	db_drop views
}

# Every table and view of the database (the version table too).
tables_sql() {
	case $BE in
	sqlite) printf '%s\n' "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') AND name NOT IN ('alembic_version', 'sqlite_sequence')" ;;
	postgresql) printf '%s\n' "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'public' AND relkind IN ('r', 'v') AND relname <> 'alembic_version'" ;;
	mysql) printf '%s\n' "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'" ;;
	esac
}

# SQLite: what the model does not know stops the copy before it starts.
sqlite_unknown() {
	local what sql kind
	for what in view trigger reader; do
		kind=$what
		[ "$what" != reader ] || kind=view
		db_new "unknown_$what" || return
		run_step "SQLite, an unknown $what: upgrade to $R2" upgrade "$R2" || return
		sql_accepted "SQLite, an unknown $what: rows go in" \
			"INSERT INTO member (id, email, active) VALUES (1, 'a@x', 1), (2, 'b@x', 0)"
		case $what in
		view) sql="CREATE VIEW outside AS SELECT email FROM member" ;;
		trigger) sql="CREATE TRIGGER outside AFTER DELETE ON member BEGIN DELETE FROM audit; END" ;;
		reader) sql="CREATE VIEW outside AS SELECT n FROM active_count" ;;	# a view the copy takes down
		esac
		sql_accepted "SQLite, an unknown $what: made by raw SQL" "$sql"
		if run_case upgrade "$R3"; then
			diag_file "$tmp/run.out"
			not_ok "SQLite, an unknown $what: the copy is refused"
		else
			ok "SQLite, an unknown $what: the copy is refused"
		fi
		if grep -q "d1e0000a0003_copy.mig:[0-9]*:[0-9]*: error: .*$kind 'outside'" "$tmp/run.out" &&
			grep -q "assume" "$tmp/run.out" &&
			grep -q "the database is at $R2" "$tmp/run.out"; then
			ok "SQLite, an unknown $what: ... at the op, naming it and what to write"
		else
			diag_file "$tmp/run.out"
			not_ok "SQLite, an unknown $what: ... at the op, naming it and what to write"
		fi
		expect_rows "SQLite, an unknown $what: ... nothing ran" \
			"SELECT name FROM sqlite_master WHERE name LIKE '%retort_tmp%' UNION ALL SELECT version_num FROM alembic_version" \
			"$R2"
		expect_rows "SQLite, an unknown $what: ... the rows are there" \
			"SELECT id, email FROM member ORDER BY id" "$(printf '%s\n' '1|a@x' '2|b@x')"
		sql_accepted "SQLite, an unknown $what: dropped" "DROP ${kind^^} outside"
		run_step "SQLite, an unknown $what: ... then the copy goes" upgrade "$R3"
		db_drop "unknown_$what"
	done
}

each_sqlite() {
	on_backend "$@"
	[ "$1" != SQLite ] || sqlite_unknown
}

each_backend each_sqlite
tap_done
