#!/usr/bin/env bash
# Enum values change, with rows in the tables: the golden case op_alter_enum
# (a named enum in two tables, a column's inline enum, values added,
# renamed and dropped) is run revision by revision by retort's runner on a
# real SQLite file, PostgreSQL 15 and MariaDB.  After each step the rows
# must be as they were (renamed values renamed), a new value accepted, a
# dropped or old one refused, and the defaults the model says; a drop that
# a row still holds must fail on the server, as retort warns, and leave the
# database as it was.  On PostgreSQL, a value added and used in one
# transaction is refused by the server as retort refuses it
# (golden/err_enum_value_in_transaction), and allowed once committed.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

CASE="$RETORT_ROOT/golden/op_alter_enum"
R1=e1a0000a0001 R2=e1a0000a0002 R3=e1a0000a0003 R4=e1a0000a0004

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

people="SELECT id, mood, size FROM person ORDER BY id"
visits="SELECT id, mood FROM visit ORDER BY id"

on_backend() {
	local name=$1
	db_new enums || {
		diag_file "$tmp/db_new.err"
		not_ok "$name: a fresh database"
		return
	}
	run_step "$name: upgrade to $R1 (the enums)" upgrade "$R1" || return
	sql_accepted "$name: rows of every value go in" \
		"INSERT INTO person (id, mood, size) VALUES (1, 'sad', 's'), (2, 'ok', 'm'), (3, 'happy', 's');
		 INSERT INTO visit (id, mood) VALUES (1, 'happy'), (2, 'ok')"
	sql_refused "$name: a value the enum lacks is refused" \
		"INSERT INTO person (id, mood) VALUES (9, 'elated')"
	sql_refused "$name: ... and one the inline enum lacks" \
		"INSERT INTO person (id, mood, size) VALUES (9, 'ok', 'xl')"

	run_step "$name: upgrade to $R2 (values added)" upgrade "$R2" || return
	expect_rows "$name: ... the rows are as they were" "$people" "$(printf '%s\n' '1|sad|s' '2|ok|m' '3|happy|s')"
	sql_accepted "$name: ... the new values go in" \
		"INSERT INTO person (id, mood, size) VALUES (4, 'elated', 'xl'), (5, 'meh', 'xs'), (6, 'glum', 'm');
		 INSERT INTO visit (id, mood) VALUES (3, 'elated')"
	sql_refused "$name: ... a value still unknown is refused" \
		"INSERT INTO person (id, mood) VALUES (9, 'calm')"

	run_step "$name: upgrade to $R3 (values renamed)" upgrade "$R3" || return
	expect_rows "$name: ... the rows hold the new names" "$people" \
		"$(printf '%s\n' '1|sad|small' '2|ok|m' '3|glad|small' '4|elated|xl' '5|meh|xs' '6|glum|m')"
	expect_rows "$name: ... in the other table of the enum too" "$visits" \
		"$(printf '%s\n' '1|glad' '2|ok' '3|elated')"
	sql_refused "$name: ... the old name is refused" \
		"INSERT INTO person (id, mood) VALUES (9, 'happy')"
	sql_refused "$name: ... and the inline enum's" \
		"INSERT INTO person (id, mood, size) VALUES (9, 'ok', 's')"
	sql_accepted "$name: ... the defaults follow the rename" \
		"INSERT INTO person (id) VALUES (7); INSERT INTO visit (id) VALUES (4)"
	expect_rows "$name: ... to glad and small" \
		"SELECT p.mood, p.size, v.mood FROM person p, visit v WHERE p.id = 7 AND v.id = 4" \
		"ok|small|glad"

	run_step "$name: upgrade to $R4 (added and used, outside a transaction)" upgrade "$R4" || return
	sql_accepted "$name: ... the new default" "INSERT INTO person (id) VALUES (8)"
	expect_rows "$name: ... is calm" "SELECT mood FROM person WHERE id = 8" "calm"
	sql_accepted "$name: the row goes (the downgrade drops calm, outside a transaction)" \
		"DELETE FROM person WHERE id = 8"
	run_step "$name: downgrade to $R3" downgrade "$R3" || return
	sql_refused "$name: ... calm is refused" "INSERT INTO person (id, mood) VALUES (9, 'calm')"

	run_step "$name: downgrade to $R2 (names back)" downgrade "$R2" || return
	expect_rows "$name: ... the rows hold the old names" "$people" \
		"$(printf '%s\n' '1|sad|s' '2|ok|m' '3|happy|s' '4|elated|xl' '5|meh|xs' '6|glum|m' '7|ok|s')"
	expect_rows "$name: ... in both tables" "$visits" "$(printf '%s\n' '1|happy' '2|ok' '3|elated' '4|happy')"

	# a value a row holds cannot go: the server refuses, as retort warns
	if run_case downgrade "$R1"; then
		diag_file "$tmp/run.out"
		not_ok "$name: downgrade to $R1 fails while rows hold the values it drops"
	else
		ok "$name: downgrade to $R1 fails while rows hold the values it drops"
	fi
	expect_rows "$name: ... and leaves the rows" "$people" \
		"$(printf '%s\n' '1|sad|s' '2|ok|m' '3|happy|s' '4|elated|xl' '5|meh|xs' '6|glum|m' '7|ok|s')"
	sql_accepted "$name: the rows of the added values go" \
		"DELETE FROM person WHERE id IN (4, 5, 6); DELETE FROM visit WHERE id = 3"
	run_step "$name: downgrade to $R1 (values dropped)" downgrade "$R1" || return
	expect_rows "$name: ... the rows left are as they were" "$people" \
		"$(printf '%s\n' '1|sad|s' '2|ok|m' '3|happy|s' '7|ok|s')"
	sql_refused "$name: ... a dropped value is refused" \
		"INSERT INTO person (id, mood) VALUES (9, 'elated')"
	sql_refused "$name: ... and a dropped inline one" \
		"INSERT INTO person (id, mood, size) VALUES (9, 'ok', 'xl')"
	run_step "$name: downgrade to base" downgrade base
	db_drop enums
}

# PostgreSQL's own refusal of a value used in the transaction that added
# it, which retort reports at compile time.
pg_unsafe() {
	BE=postgresql
	db_new unsafe || return
	q "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE person (id int, mood mood)" >/dev/null
	sql_refused "PostgreSQL: a value added is refused in its transaction (a default)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; ALTER TABLE person ALTER COLUMN mood SET DEFAULT 'glad'; COMMIT"
	sql_refused "PostgreSQL: ... (a row)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; INSERT INTO person VALUES (1, 'glad'); COMMIT"
	sql_refused "PostgreSQL: ... (a check)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; ALTER TABLE person ADD CHECK (mood <> 'glad'); COMMIT"
	sql_refused "PostgreSQL: ... (an index's WHERE)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; CREATE INDEX ix ON person (id) WHERE mood = 'glad'; COMMIT"
	sql_refused "PostgreSQL: ... (an index's expression)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; CREATE INDEX ix ON person ((mood = 'glad')); COMMIT"
	sql_refused "PostgreSQL: ... (an exclusion constraint's WHERE)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; ALTER TABLE person ADD EXCLUDE USING btree (id WITH =) WHERE (mood = 'glad'); COMMIT"
	sql_refused "PostgreSQL: ... (renamed, still)" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; ALTER TYPE mood RENAME VALUE 'glad' TO 'still'; INSERT INTO person VALUES (1, 'still'); COMMIT"
	sql_accepted "PostgreSQL: ... but named by another ADD VALUE" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; ALTER TYPE mood ADD VALUE 'calm' AFTER 'glad'; ROLLBACK"
	sql_accepted "PostgreSQL: ... and used once committed" \
		"BEGIN; ALTER TYPE mood ADD VALUE 'glad'; COMMIT; INSERT INTO person VALUES (1, 'glad')"
	sql_accepted "PostgreSQL: a type made in the transaction: its values at once" \
		"BEGIN; CREATE TYPE m2 AS ENUM ('a', 'b'); ALTER TABLE person ADD COLUMN m m2 DEFAULT 'b'; COMMIT"
	db_drop unsafe
}

each_pg() {
	on_backend "$@"
	[ "$1" != PostgreSQL ] || pg_unsafe
}

each_backend each_pg
tap_done
