#!/usr/bin/env bash
# SQLite's move-and-copy keeps the rows that point at the copied table,
# inside a transaction and outside one: golden/copy_outside_transaction
# (a revision in a transaction, whose end turns foreign keys on, then one
# with `transactional false` that copies a table other rows reference with
# ON DELETE CASCADE) is run by retort's runner on a real SQLite file with
# rows, up and down, each way in one run.  Before the copy made its own
# transaction with foreign keys off, DROP TABLE deleted the children.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/runner.sh"

CASE="$RETORT_ROOT/golden/copy_outside_transaction"
R1=c0a0000a0001 R3=c0a0000a0003

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

BE=sqlite
db_new copy
run_step "upgrade to $R1" upgrade "$R1"
sql_accepted "rows go in, two pointing at one kind" \
	"INSERT INTO kind (id, label) VALUES (1, 'a'); INSERT INTO person (id, kind_id) VALUES (10, 1), (11, 1)"
run_step "upgrade to $R3 in one run (a note in a transaction, then a copy of kind outside one)" upgrade "$R3"
expect_rows "... the people are all there" "SELECT id, kind_id FROM person ORDER BY id" \
	"$(printf '%s\n' '10|1' '11|1')"
sql_accepted "a long label goes in" "INSERT INTO kind (id, label) VALUES (2, 'a label of twenty')"
sql_accepted "... and goes (the downgrade narrows it)" "DELETE FROM kind WHERE id = 2"
run_step "downgrade to $R1 in one run (the copy again, then the note goes)" downgrade "$R1"
expect_rows "... the people are still there" "SELECT count(*) FROM person" "2"
expect_rows "... and the key still holds them to kind" \
	"SELECT p.id FROM person p JOIN kind k ON k.id = p.kind_id ORDER BY p.id" \
	"$(printf '%s\n' 10 11)"
run_step "downgrade to base" downgrade base
db_drop copy
tap_done
