#!/usr/bin/env bash
# `retort schema` is a baseline for squashing only if it builds the very
# schema the whole chain builds.  For the example project and every golden
# case whose upgrade runs cleanly, on a real PostgreSQL 15: database A gets
# the upgrade chain, database B gets `retort schema heads`, and
# `pg_dump --schema-only` of both (less the version table) must be equal.
# No case is left out: what raw SQL (execute) made outside the model, a
# case says in schema-dump-setup.postgresql.sql, which B gets first; every
# other object must come from `retort schema`.  (mysql.t and sqlite.t do the
# same with schema-dump-setup.mysql.sql and .sqlite.sql.)
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"

if [ "${RETORT_SKIP_POSTGRES:-}" = 1 ] && [ "${CI:-}" != true ]; then
	printf '1..0 # SKIP RETORT_SKIP_POSTGRES=1\n'
	exit 0
fi

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
mktempdir tmp

# A project: its folder, the config to pass, the upgrade SQL, the version
# table's name, and the SQL that makes what is outside the model (or "").
projects=()
add_project() {
	projects+=("$1|$2|$3|$4|$5|${6:-}")
}
(cd "$RETORT_ROOT/examples" && "$RETORT" --dialect postgresql upgrade heads --sql) \
	>"$tmp/examples.sql" 2>"$tmp/examples.err" || bail_out "examples do not compile"
add_project examples "$RETORT_ROOT/examples" retort.ini "$tmp/examples.sql" alembic_version
while IFS= read -r c; do
	dir="$GOLDEN_DIR/$c"
	# Cases whose upgrade fails on the server on purpose build no schema.
	[ -f "$dir/upgrade.postgresql.sql" ] && [ ! -f "$dir/expect-upgrade-error" ] || continue
	setup=
	[ ! -f "$dir/schema-dump-setup.postgresql.sql" ] || setup=$dir/schema-dump-setup.postgresql.sql
	ini=../retort.ini
	[ -f "$dir/retort.ini" ] && ini=retort.ini
	vt=$(golden_ini_get "$c" version_table)
	add_project "$c" "$dir" "$ini" "$dir/upgrade.postgresql.sql" "${vt:-alembic_version}" \
		"$setup"
done < <(golden_cases)

if ! pg_start; then
	diag "$PG_ERROR"
	not_ok "PostgreSQL server starts"
	tap_done
	exit
fi

# dump DB VT OUT: the schema, without the version table, without the lines
# that name the database or carry no meaning (SET, comments, blanks, and
# the random keys of pg_dump's \\restrict lines).
dump() {
	run_limited "$TIMEOUT" "$PG_BINDIR/pg_dump" --schema-only --no-owner --no-privileges \
		--exclude-table="*.$2" "$1" 2>"$tmp/dump.err" |
		grep -v -e '^--' -e '^SET ' -e '^SELECT pg_catalog.set_config' -e '^$' \
			-e '^\\restrict ' -e '^\\unrestrict ' >"$3"
}

psql_file() {
	run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" \
		</dev/null >"$tmp/psql.out" 2>&1
}

i=0
for p in "${projects[@]}"; do
	IFS='|' read -r name dir ini sql vt setup <<<"$p"
	i=$((i + 1))
	a="dump_a_$i" b="dump_b_$i"
	"$PG_BINDIR/createdb" -T template0 "$a" && "$PG_BINDIR/createdb" -T template0 "$b" ||
		{ not_ok "$name/createdb"; continue; }
	vts=$(cd "$dir" && sed -n 's/^version_table_schema *= *\(.*\)$/\1/p' "$ini" 2>/dev/null | head -n 1)
	if [ -n "$vts" ]; then
		"$PG_BINDIR/psql" -X -q -d "$a" -c "CREATE SCHEMA IF NOT EXISTS \"$vts\"" >/dev/null
		"$PG_BINDIR/psql" -X -q -d "$b" -c "CREATE SCHEMA IF NOT EXISTS \"$vts\"" >/dev/null
	fi
	if ! (cd "$dir" && "$RETORT" -c "$ini" --dialect postgresql schema heads) \
		>"$tmp/schema.sql" 2>"$tmp/schema.err"; then
		diag_file "$tmp/schema.err"
		not_ok "$name/schema compiles"
	elif ! psql_file "$a" "$sql"; then
		diag_file "$tmp/psql.out"
		not_ok "$name/the upgrade chain runs"
	elif [ -n "$setup" ] && ! psql_file "$b" "$setup"; then
		diag_file "$tmp/psql.out"
		not_ok "$name/schema-dump-setup.postgresql.sql runs"
	elif ! psql_file "$b" "$tmp/schema.sql"; then
		diag_file "$tmp/psql.out"
		not_ok "$name/retort schema runs"
	else
		dump "$a" "$vt" "$tmp/a.dump"
		dump "$b" "$vt" "$tmp/b.dump"
		if cmp -s "$tmp/a.dump" "$tmp/b.dump"; then
			ok "$name/schema heads dumps the same as the upgrade chain"
		else
			diff -u "$tmp/a.dump" "$tmp/b.dump" | tail -n +3 >"$tmp/dump.diff" || true
			diag "pg_dump of the chain (-) and of 'retort schema heads' (+):"
			diag_file "$tmp/dump.diff"
			not_ok "$name/schema heads dumps the same as the upgrade chain"
		fi
	fi
	"$PG_BINDIR/dropdb" "$a" >/dev/null 2>&1
	"$PG_BINDIR/dropdb" "$b" >/dev/null 2>&1
done

tap_done
