#!/usr/bin/env bash
# The golden PostgreSQL SQL, run by a real PostgreSQL 15: for every case with
# both upgrade.postgresql.sql and downgrade.postgresql.sql, in a fresh
# database, the upgrade must run, leave exactly the head revisions in the
# version table, the downgrade must run, and nothing may be left but the
# (empty) version table.  Text that only looks like SQL fails here.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"

# For a machine without PostgreSQL 15, never for CI.
if [ "${RETORT_SKIP_POSTGRES:-}" = 1 ]; then
	if [ "${CI:-}" != true ]; then
		printf '1..0 # SKIP RETORT_SKIP_POSTGRES=1\n'
		exit 0
	fi
	diag "RETORT_SKIP_POSTGRES=1 is not honoured when CI=true"
	not_ok "PostgreSQL test not skipped in CI"
	tap_done
	exit
fi

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
mktempdir tmp

cases=()
while IFS= read -r c; do
	if [ -f "$GOLDEN_DIR/$c/upgrade.postgresql.sql" ] && [ -f "$GOLDEN_DIR/$c/downgrade.postgresql.sql" ]; then
		cases+=("$c")
	fi
done < <(golden_cases)
if [ "${#cases[@]}" -eq 0 ]; then
	diag "no case in $GOLDEN_DIR has both upgrade.postgresql.sql and downgrade.postgresql.sql"
	not_ok "golden cases with PostgreSQL SQL found"
	tap_done
	exit
fi

if ! pg_start; then
	diag "$PG_ERROR"
	not_ok "PostgreSQL server starts"
	tap_done
	exit
fi
note "$("$PG_BINDIR/postgres" --version) at $PGHOST, port $PGPORT"


# What is left in the database that is not the version table, one line per
# object.  The version table's schema may stay (we created it, as an
# operator would have), and so may its primary key index.
read -r -d '' LEFTOVERS_SQL <<'EOF'
\set QUIET on
WITH ns AS (
	SELECT oid, nspname FROM pg_namespace
	WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
	  AND nspname !~ '^pg_(toast_)?temp_'
), vt AS (
	SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = :'vts' AND c.relname = :'vt' AND c.relkind IN ('r', 'p')
), ext AS (	-- objects of an extension: reported as the extension
	SELECT classid, objid FROM pg_depend WHERE deptype = 'e'
), part AS (	-- made along with another object (a table's row type, a range
		-- type's constructors): reported as that object
	SELECT classid, objid FROM pg_depend WHERE deptype IN ('e', 'i')
)
SELECT 'schema ' || quote_ident(nspname) FROM ns
WHERE nspname NOT IN ('public', :'vts')
UNION ALL
SELECT 'extension ' || quote_ident(extname) FROM pg_extension WHERE extname <> 'plpgsql'
UNION ALL
SELECT CASE c.relkind
	WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table'
	WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
	WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'partitioned index'
	WHEN 'f' THEN 'foreign table'
	ELSE 'relation (relkind ' || c.relkind::text || ')' END
	|| ' ' || quote_ident(ns.nspname) || '.' || quote_ident(c.relname)
FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
WHERE c.oid NOT IN (SELECT oid FROM vt)
  AND c.relkind <> 'c'	-- composite types: types, below
  AND NOT EXISTS (SELECT 1 FROM pg_index i
	WHERE i.indexrelid = c.oid AND i.indisprimary AND i.indrelid IN (SELECT oid FROM vt))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
UNION ALL
SELECT CASE t.typtype WHEN 'e' THEN 'enum type' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type'
	WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type' ELSE 'type' END
	|| ' ' || quote_ident(ns.nspname) || '.' || quote_ident(t.typname)
FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
WHERE t.typcategory <> 'A'	-- array types come and go with their element type
  AND NOT EXISTS (SELECT 1 FROM part WHERE part.classid = 'pg_type'::regclass AND part.objid = t.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END
	|| ' ' || p.oid::regprocedure::text
FROM pg_proc p JOIN ns ON ns.oid = p.pronamespace
WHERE NOT EXISTS (SELECT 1 FROM part WHERE part.classid = 'pg_proc'::regclass AND part.objid = p.oid)
UNION ALL
SELECT 'operator ' || o.oid::regoperator::text
FROM pg_operator o JOIN ns ON ns.oid = o.oprnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_operator'::regclass AND ext.objid = o.oid)
UNION ALL
SELECT 'collation ' || quote_ident(ns.nspname) || '.' || quote_ident(co.collname)
FROM pg_collation co JOIN ns ON ns.oid = co.collnamespace
UNION ALL
SELECT 'text search configuration ' || quote_ident(ns.nspname) || '.' || quote_ident(cf.cfgname)
FROM pg_ts_config cf JOIN ns ON ns.oid = cf.cfgnamespace
UNION ALL
SELECT 'event trigger ' || quote_ident(evtname) FROM pg_event_trigger
UNION ALL
SELECT 'publication ' || quote_ident(pubname) FROM pg_publication
UNION ALL
SELECT 'foreign server ' || quote_ident(srvname) FROM pg_foreign_server
UNION ALL
SELECT 'cast ' || format_type(castsource, NULL) || ' AS ' || format_type(casttarget, NULL)
FROM pg_cast
WHERE oid >= 16384
  AND NOT EXISTS (SELECT 1 FROM part WHERE part.classid = 'pg_cast'::regclass AND part.objid = pg_cast.oid)
UNION ALL	-- roles are cluster-wide: one case's would leak into the next
SELECT 'role ' || quote_ident(rolname) FROM pg_roles
WHERE rolname !~ '^pg_' AND rolname <> 'postgres'
ORDER BY 1;
SELECT to_regclass(format('%I.%I', :'vts', :'vt')) IS NOT NULL AS vt_exists \gset
\if :vt_exists
SELECT 'row in the version table: ' || version_num FROM :"vts".:"vt" ORDER BY 1;
\endif
EOF

HEADS_SQL='SELECT version_num FROM :"vts".:"vt" ORDER BY 1;'

read -r -d '' DROP_ROLES_SQL <<'EOF'
DO $$
DECLARE r text;
BEGIN
	FOR r IN SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND rolname <> 'postgres' LOOP
		EXECUTE format('DROP OWNED BY %I', r);
		EXECUTE format('DROP ROLE %I', r);
	END LOOP;
END $$;
EOF

# run_sql NAME DB FILE: psql -f FILE as one TAP test.
run_sql() {
	local rc=0
	run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$2" -f "$3" \
		</dev/null >"$tmp/psql.out" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ]; then
		diag "psql -f $(golden_label "$3") failed (exit $rc):"
		diag_file "$tmp/psql.out"
	fi
	tap_result "$rc" "$1"
	return "$rc"
}

# query DB SQL: SQL (with psql variables vt and vts) into $tmp/q.out.
query() {
	run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -At -v ON_ERROR_STOP=1 \
		-v vt="$vt" -v vts="$vts" -d "$1" <<<"$2" >"$tmp/q.out" 2>"$tmp/q.err"
}

# The PostgreSQL backend's unit test writes every statement it expects to
# run to $RETORT_PG_SQL: here they all must run, in one fresh database.
# (tests/examples.t reuses this script for its own project and skips it.)
if [ "${RETORT_PG_UNIT_SQL:-1}" = 1 ]; then
	unit_bin="${RETORT_UNIT_DIR:-$RETORT_ROOT/build/tests}/test_pg_emit"
	: >"$tmp/unit.sql"
	if [ ! -x "$unit_bin" ]; then
		diag "$unit_bin is not built (make unit)"
		not_ok "unit-level SQL of test_pg_emit runs"
	elif ! RETORT_PG_SQL="$tmp/unit.sql" run_limited "$TIMEOUT" "$unit_bin" \
		>"$tmp/unit.out" 2>&1 || [ ! -s "$tmp/unit.sql" ]; then
		diag_file "$tmp/unit.out"
		not_ok "unit-level SQL of test_pg_emit runs"
	elif ! run_limited "$TIMEOUT" "$PG_BINDIR/createdb" -T template0 retort_unit_sql \
		>"$tmp/createdb.out" 2>&1; then
		diag_file "$tmp/createdb.out"
		not_ok "unit-level SQL of test_pg_emit runs"
	else
		run_sql "unit-level SQL of test_pg_emit runs" retort_unit_sql "$tmp/unit.sql" || true
		"$PG_BINDIR/dropdb" retort_unit_sql >/dev/null 2>&1
	fi
fi

i=0
for case in "${cases[@]}"; do
	i=$((i + 1))
	db="retort_case_$i"
	dir="$GOLDEN_DIR/$case"
	vt=$(golden_ini_get "$case" version_table)
	vt=${vt:-alembic_version}
	vts=$(golden_ini_get "$case" version_table_schema)
	vts=${vts:-public}

	if ! run_limited "$TIMEOUT" "$PG_BINDIR/createdb" -T template0 "$db" >"$tmp/createdb.out" 2>&1; then
		diag_file "$tmp/createdb.out"
		not_ok "$case/createdb"
		continue
	fi
	# Alembic does not create version_table_schema: the operator does.
	if [ "$vts" != public ] && ! query "$db" 'CREATE SCHEMA IF NOT EXISTS :"vts";'; then
		diag_file "$tmp/q.err"
		not_ok "$case/create schema $vts"
	fi

	if [ -f "$dir/expect-upgrade-error" ]; then
		# A case that compiles with a warning the server turns into an
		# error says which: proof that the warning is a real one.
		rc=0
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" \
			-f "$dir/upgrade.postgresql.sql" </dev/null >"$tmp/psql.out" 2>&1 || rc=$?
		if [ "$rc" -ne 0 ] && grep -qF -f "$dir/expect-upgrade-error" "$tmp/psql.out"; then
			ok "$case/upgrade fails as warned"
		else
			diag "psql exit $rc; expected an error containing: $(cat "$dir/expect-upgrade-error")"
			diag_file "$tmp/psql.out"
			not_ok "$case/upgrade fails as warned"
		fi
	elif run_sql "$case/upgrade" "$db" "$dir/upgrade.postgresql.sql"; then
		golden_heads "$case" >"$tmp/heads.want" 2>"$tmp/heads.err" || true
		if [ -s "$tmp/heads.err" ]; then
			diag "cannot read the revision headers:"
			diag_file "$tmp/heads.err"
			not_ok "$case/heads"
		elif ! query "$db" "$HEADS_SQL"; then
			diag "cannot read the version table $vts.$vt:"
			diag_file "$tmp/q.err"
			not_ok "$case/heads"
		elif cmp -s "$tmp/heads.want" "$tmp/q.out"; then
			ok "$case/heads"
		else
			diag "version table $vts.$vt after the upgrade (-heads of versions/*.mig, +rows):"
			diff -u "$tmp/heads.want" "$tmp/q.out" | tail -n +3 >"$tmp/heads.diff" || true
			diag_file "$tmp/heads.diff"
			not_ok "$case/heads"
		fi

		if run_sql "$case/downgrade" "$db" "$dir/downgrade.postgresql.sql"; then
			if ! query "$db" "$LEFTOVERS_SQL"; then
				diag_file "$tmp/q.err"
				not_ok "$case/clean"
			elif [ -f "$dir/expect-leftovers" ]; then
				# A case whose downgrade is broken on purpose (for
				# verify) says what the server will find left over:
				# proof that verify's complaint is a real one.
				if cmp -s "$dir/expect-leftovers" "$tmp/q.out"; then
					ok "$case/leftovers as expected"
				else
					diff -u "$dir/expect-leftovers" "$tmp/q.out" >"$tmp/left.diff" || true
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
		tap_skip "$case/downgrade" "the upgrade failed"
		tap_skip "$case/clean" "the upgrade failed"
	fi

	if ! run_limited "$TIMEOUT" "$PG_BINDIR/dropdb" --force "$db" >"$tmp/dropdb.out" 2>&1; then
		diag_file "$tmp/dropdb.out"
		not_ok "$case/dropdb"
	fi
	# Roles outlive the database: a case that leaked one (reported above)
	# must not fail the next case too.
	if ! query postgres "$DROP_ROLES_SQL"; then
		diag_file "$tmp/q.err"
		not_ok "$case/drop leaked roles"
	fi
done

tap_done
