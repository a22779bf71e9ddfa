#!/usr/bin/env bash
# The golden SQLite SQL, run by the real SQLite (libsqlite3, through
# build/tests/sqlite_run): for every case with both upgrade.sqlite.sql and
# downgrade.sqlite.sql, in a fresh database file, the upgrade must run (and
# every PRAGMA foreign_key_check after a table copy find nothing), leave
# exactly the head revisions in the version table, `retort schema heads`
# must build the same tables in another file, the downgrade must run, and
# nothing may be left but the (empty) version table.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
mktempdir tmp

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

cases=()
while IFS= read -r c; do
	if [ -f "$GOLDEN_DIR/$c/upgrade.sqlite.sql" ] && [ -f "$GOLDEN_DIR/$c/downgrade.sqlite.sql" ]; then
		cases+=("$c")
	fi
done < <(golden_cases)
if [ "${#cases[@]}" -eq 0 ]; then
	diag "no case in $GOLDEN_DIR has both upgrade.sqlite.sql and downgrade.sqlite.sql"
	not_ok "golden cases with SQLite SQL found"
	tap_done
	exit
fi
note "$("$RUN" "$tmp/version.db" query 'SELECT sqlite_version()' 2>&1 | sed 's/^/SQLite /')"

# run_sql NAME DB FILE: the script, as one TAP test.
run_sql() {
	local rc=0
	run_limited "$TIMEOUT" "$RUN" "$2" exec "$3" </dev/null >"$tmp/run.out" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ]; then
		diag "$(golden_label "$3") failed (exit $rc):"
		diag_file "$tmp/run.out"
	fi
	tap_result "$rc" "$1"
	return "$rc"
}

# The schema as SQLite describes it (less the version table): columns with
# type, NOT NULL, default and key position; foreign keys; indexes with
# uniqueness, partialness and columns.  CHECK constraints are not in the
# pragmas; the golden SQL shows them.
read -r -d '' DESCRIBE <<'EOF2'
SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull"
	|| ' default=' || ifnull(p.dflt_value, '-') || ' pk=' || p.pk
FROM sqlite_schema m, pragma_table_info(m.name) p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> :vt
UNION ALL
SELECT 'foreign key ' || m.name || ' (' || f."from" || ') -> ' || f."table" || ' ('
	|| ifnull(f."to", (SELECT k.name FROM pragma_table_info(f."table") k WHERE k.pk = f.seq + 1))
	|| ') on update ' || f.on_update || ' on delete ' || f.on_delete
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> :vt
UNION ALL
SELECT 'index ' || m.name || ' ' || CASE WHEN i.origin = 'c' THEN i.name ELSE i.origin END
	|| ' unique=' || i."unique" || ' partial=' || i.partial || ' ('
	|| (SELECT group_concat(ifnull(x.name, '<expr>'), ', ') FROM pragma_index_info(i.name) x) || ')'
FROM sqlite_schema m, pragma_index_list(m.name) i
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> :vt
ORDER BY 1
EOF2

# query DB SQL: the rows into $tmp/q.out.
query() {
	run_limited "$TIMEOUT" "$RUN" "$1" query "$2" </dev/null >"$tmp/q.out" 2>"$tmp/q.err"
}

i=0
for case in "${cases[@]}"; do
	i=$((i + 1))
	db="$tmp/case_$i.db"
	dir="$GOLDEN_DIR/$case"
	vt=$(golden_ini_get "$case" version_table)
	vt=${vt:-alembic_version}
	leftovers="SELECT type || ' ' || name FROM sqlite_schema
		WHERE name NOT LIKE 'sqlite_%' AND NOT (tbl_name = '$vt' AND type IN ('table', 'index'))
		UNION ALL SELECT 'row in the version table: ' || version_num FROM \"$vt\"
		ORDER BY 1"

	if [ -f "$dir/expect-upgrade-error.sqlite" ]; then
		# a case that compiles with a warning SQLite turns into an error
		rc=0
		run_limited "$TIMEOUT" "$RUN" "$db" exec "$dir/upgrade.sqlite.sql" </dev/null \
			>"$tmp/run.out" 2>&1 || rc=$?
		if [ "$rc" -ne 0 ] && grep -qF -f "$dir/expect-upgrade-error.sqlite" "$tmp/run.out"; then
			ok "$case/upgrade fails as warned"
		else
			diag "exit $rc; expected an error containing: $(cat "$dir/expect-upgrade-error.sqlite")"
			diag_file "$tmp/run.out"
			not_ok "$case/upgrade fails as warned"
		fi
	elif run_sql "$case/upgrade" "$db" "$dir/upgrade.sqlite.sql"; then
		golden_heads "$case" >"$tmp/heads.want" 2>"$tmp/heads.err" || true
		if [ -s "$tmp/heads.err" ]; then
			diag "cannot read the revision headers:"
			diag_file "$tmp/heads.err"
			not_ok "$case/heads"
		elif ! query "$db" "SELECT version_num FROM \"$vt\" ORDER BY 1"; then
			diag "cannot read the version table $vt:"
			diag_file "$tmp/q.err"
			not_ok "$case/heads"
		elif cmp -s "$tmp/heads.want" "$tmp/q.out"; then
			ok "$case/heads"
		else
			diag "version table $vt after the upgrade (-heads of versions/*.mig, +rows):"
			diff -u "$tmp/heads.want" "$tmp/q.out" | tail -n +3 >"$tmp/heads.diff" || true
			diag_file "$tmp/heads.diff"
			not_ok "$case/heads"
		fi

		# `retort schema heads` builds the schema the chain built
		golden_invoke "$RETORT" "$case" "$tmp/schema.sql" "$tmp/schema.err" \
			--dialect sqlite schema heads
		# what raw SQL made outside the model, the case gives first
		rm -f "$db.schema"
		if [ "$g_rc" -ne 0 ]; then
			diag "retort schema heads exited $g_rc:"
			diag_file "$tmp/schema.err"
			not_ok "$case/schema builds the same tables"
		elif [ -f "$dir/schema-dump-setup.sqlite.sql" ] &&
			! run_limited "$TIMEOUT" "$RUN" "$db.schema" exec "$dir/schema-dump-setup.sqlite.sql" \
				</dev/null >"$tmp/run.out" 2>&1; then
			diag_file "$tmp/run.out"
			not_ok "$case/schema builds the same tables (schema-dump-setup.sqlite.sql)"
		elif ! run_limited "$TIMEOUT" "$RUN" "$db.schema" exec "$tmp/schema.sql" \
			</dev/null >"$tmp/run.out" 2>&1; then
			diag_file "$tmp/run.out"
			not_ok "$case/schema builds the same tables"
		else
			query "$db" "${DESCRIBE//:vt/\'$vt\'}" && cp "$tmp/q.out" "$tmp/chain.desc"
			query "$db.schema" "${DESCRIBE//:vt/\'$vt\'}" && cp "$tmp/q.out" "$tmp/schema.desc"
			if [ -f "$tmp/chain.desc" ] && cmp -s "$tmp/chain.desc" "$tmp/schema.desc"; then
				ok "$case/schema builds the same tables"
			else
				diag "the chain (-) and retort schema (+):"
				diff -u "$tmp/chain.desc" "$tmp/schema.desc" >"$tmp/desc.diff" || true
				diag_file "$tmp/desc.diff"
				not_ok "$case/schema builds the same tables"
			fi
		fi
		rm -f "$db.schema" "$tmp/chain.desc" "$tmp/schema.desc"

		if run_sql "$case/downgrade" "$db" "$dir/downgrade.sqlite.sql"; then
			if ! query "$db" "$leftovers"; then
				diag_file "$tmp/q.err"
				not_ok "$case/clean"
			elif [ -f "$dir/expect-leftovers.sqlite" ]; then
				# verify's complaint, seen by the database too
				if cmp -s "$dir/expect-leftovers.sqlite" "$tmp/q.out"; then
					ok "$case/leftovers as expected"
				else
					diff -u "$dir/expect-leftovers.sqlite" "$tmp/q.out" >"$tmp/left.diff" || true
					diag_file "$tmp/left.diff"
					not_ok "$case/leftovers as expected"
				fi
			elif [ -s "$tmp/q.out" ]; then
				diag "left behind by upgrade + downgrade:"
				diag_file "$tmp/q.out"
				not_ok "$case/clean"
			else
				ok "$case/clean"
			fi
		else
			tap_skip "$case/clean" "the downgrade failed"
		fi
	else
		tap_skip "$case/heads" "the upgrade failed"
		tap_skip "$case/schema builds the same tables" "the upgrade failed"
		tap_skip "$case/downgrade" "the upgrade failed"
		tap_skip "$case/clean" "the upgrade failed"
	fi
	rm -f "$db"
done

tap_done
