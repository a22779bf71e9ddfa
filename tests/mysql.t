#!/usr/bin/env bash
# The golden MySQL SQL, run by a real MariaDB 10.11 (Debian's mariadb-server,
# started here in a temporary directory on a unix socket, as an unprivileged
# user, and stopped at the end even on failure): for every case with both
# upgrade.mysql.sql and downgrade.mysql.sql, in a fresh database, the upgrade
# must run, leave exactly the head revisions in the version table, `retort
# schema heads` must build the same tables in another database, the
# downgrade must run, and nothing may be left but the (empty) version table.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"

# For a machine without MariaDB, never for CI.
if [ "${RETORT_SKIP_MARIADB:-}" = 1 ]; then
	if [ "${CI:-}" != true ]; then
		printf '1..0 # SKIP RETORT_SKIP_MARIADB=1\n'
		exit 0
	fi
	diag "RETORT_SKIP_MARIADB=1 is not honoured when CI=true"
	not_ok "MariaDB test not skipped in CI"
	tap_done
	exit
fi

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
mktempdir tmp

cases=()
while IFS= read -r c; do
	if [ -f "$GOLDEN_DIR/$c/upgrade.mysql.sql" ] && [ -f "$GOLDEN_DIR/$c/downgrade.mysql.sql" ]; then
		cases+=("$c")
	fi
done < <(golden_cases)
if [ "${#cases[@]}" -eq 0 ]; then
	diag "no case in $GOLDEN_DIR has both upgrade.mysql.sql and downgrade.mysql.sql"
	not_ok "golden cases with MySQL SQL found"
	tap_done
	exit
fi

if ! maria_start; then
	diag "$MARIA_ERROR"
	not_ok "MariaDB server starts"
	tap_done
	exit
fi
note "$(echo 'SELECT VERSION()' | maria_sql "")"

# The tables as the server describes them (less the version table): columns
# with type, NULL, default and key; foreign keys with their actions; indexes
# with uniqueness and columns (not names: MySQL names the index a key needs
# by what came before it; and not the index MySQL made for a foreign key by
# itself); CHECK constraints with their text.
describe_sql() {
	cat <<EOF
SELECT CONCAT('column ', table_name, '.', column_name, ' ', column_type, ' null=', is_nullable,
	' default=', IFNULL(column_default, '-'), ' extra=', extra, ' comment=', column_comment)
FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name <> '$1'
UNION ALL
SELECT CONCAT('foreign key ', k.table_name, ' ', k.constraint_name, ' (',
	GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position), ') -> ', k.referenced_table_name, ' (',
	GROUP_CONCAT(k.referenced_column_name ORDER BY k.ordinal_position), ') on update ',
	MAX(r.update_rule), ' on delete ', MAX(r.delete_rule))
FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r
	ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name
	AND r.table_name = k.table_name
WHERE k.table_schema = DATABASE() AND k.referenced_table_name IS NOT NULL
GROUP BY k.table_name, k.constraint_name, k.referenced_table_name
UNION ALL
SELECT CONCAT('index ', i.table_name, IF(i.index_name = 'PRIMARY', ' PRIMARY', ''),
	' unique=', i.u, ' (', i.cols, ')')
FROM (SELECT table_name, index_name, 1 - MAX(non_unique) AS u,
	GROUP_CONCAT(column_name, IF(collation = 'D', ' DESC', '') ORDER BY seq_in_index) AS cols
	FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name <> '$1'
	GROUP BY table_name, index_name) i
WHERE NOT (i.u = 0 AND EXISTS (	-- the index MySQL makes for a foreign key by itself
	SELECT 1 FROM information_schema.key_column_usage k
	WHERE k.table_schema = DATABASE() AND k.table_name = i.table_name
	AND k.referenced_table_name IS NOT NULL
	GROUP BY k.constraint_name
	HAVING GROUP_CONCAT(k.column_name ORDER BY k.ordinal_position) = i.cols))
UNION ALL
SELECT CONCAT('check ', table_name, ' ', constraint_name, ' ', check_clause)
FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()
ORDER BY 1;
EOF
}

# run_sql NAME DB FILE: the script, as one TAP test.
run_sql() {
	local rc=0
	run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root "$2" \
		<"$3" >"$tmp/run.out" 2>&1 || rc=$?
	if [ "$rc" -ne 0 ]; then
		diag "$(golden_label "$3") failed (exit $rc):"
		diag_file "$tmp/run.out"
	fi
	tap_result "$rc" "$1"
	return "$rc"
}

# query DB SQL: the rows into $tmp/q.out.
query() {
	run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root --batch \
		--skip-column-names --raw "$1" <<<"$2" >"$tmp/q.out" 2>"$tmp/q.err"
}

i=0
for case in "${cases[@]}"; do
	i=$((i + 1))
	db="retort_case_$i"
	dir="$GOLDEN_DIR/$case"
	vt=$(golden_ini_get "$case" version_table)
	vt=${vt:-alembic_version}

	if ! query "" "CREATE DATABASE $db; CREATE DATABASE ${db}_schema;"; then
		diag_file "$tmp/q.err"
		not_ok "$case/create database"
		continue
	fi
	# the server's databases: a schema a case makes is one of them
	query "" "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1" &&
		cp "$tmp/q.out" "$tmp/databases.before"
	if [ -f "$dir/expect-upgrade-error.mysql" ]; then
		rc=0
		run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root "$db" \
			<"$dir/upgrade.mysql.sql" >"$tmp/run.out" 2>&1 || rc=$?
		if [ "$rc" -ne 0 ] && grep -qF -f "$dir/expect-upgrade-error.mysql" "$tmp/run.out"; then
			ok "$case/upgrade fails as warned"
		else
			diag "exit $rc; expected an error containing: $(cat "$dir/expect-upgrade-error.mysql")"
			diag_file "$tmp/run.out"
			not_ok "$case/upgrade fails as warned"
		fi
	elif run_sql "$case/upgrade" "$db" "$dir/upgrade.mysql.sql"; then
		golden_heads "$case" >"$tmp/heads.want" 2>"$tmp/heads.err" || true
		if [ -s "$tmp/heads.err" ]; then
			diag_file "$tmp/heads.err"
			not_ok "$case/heads"
		elif ! query "$db" "SELECT version_num FROM \`$vt\` ORDER BY 1"; then
			diag_file "$tmp/q.err"
			not_ok "$case/heads"
		elif cmp -s "$tmp/heads.want" "$tmp/q.out"; then
			ok "$case/heads"
		else
			diff -u "$tmp/heads.want" "$tmp/q.out" | tail -n +3 >"$tmp/heads.diff" || true
			diag "version table $vt after the upgrade (-heads of versions/*.mig, +rows):"
			diag_file "$tmp/heads.diff"
			not_ok "$case/heads"
		fi

		golden_invoke "$RETORT" "$case" "$tmp/schema.sql" "$tmp/schema.err" \
			--dialect mysql schema heads
		# what raw SQL made outside the model, the case gives first
		if [ "$g_rc" -ne 0 ]; then
			diag "retort schema heads exited $g_rc:"
			diag_file "$tmp/schema.err"
			not_ok "$case/schema builds the same tables"
		elif grep -q '^CREATE SCHEMA ' "$tmp/schema.sql"; then
			# a schema is a database, of the server: the chain's has it
			tap_skip "$case/schema builds the same tables" \
				"its schemas are databases the chain made on this server"
		elif [ -f "$dir/schema-dump-setup.mysql.sql" ] &&
			! run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root \
				"${db}_schema" <"$dir/schema-dump-setup.mysql.sql" >"$tmp/run.out" 2>&1; then
			diag_file "$tmp/run.out"
			not_ok "$case/schema builds the same tables (schema-dump-setup.mysql.sql)"
		elif ! run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root \
			"${db}_schema" <"$tmp/schema.sql" >"$tmp/run.out" 2>&1; then
			diag_file "$tmp/run.out"
			not_ok "$case/schema builds the same tables"
		elif query "$db" "$(describe_sql "$vt")" && cp "$tmp/q.out" "$tmp/chain.desc" &&
			query "${db}_schema" "$(describe_sql "$vt")" && cmp -s "$tmp/chain.desc" "$tmp/q.out"; then
			ok "$case/schema builds the same tables"
		else
			diag "the chain (-) and retort schema (+):"
			diff -u "$tmp/chain.desc" "$tmp/q.out" >"$tmp/desc.diff" || true
			diag_file "$tmp/desc.diff"
			diag_file "$tmp/q.err"
			not_ok "$case/schema builds the same tables"
		fi

		if run_sql "$case/downgrade" "$db" "$dir/downgrade.mysql.sql"; then
			if ! query "$db" "SELECT CONCAT('table ', table_name) FROM information_schema.tables
				WHERE table_schema = DATABASE() AND table_name <> '$vt'
				UNION ALL SELECT CONCAT('row in the version table: ', version_num) FROM \`$vt\`
				UNION ALL SELECT CONCAT('database ', SCHEMA_NAME) FROM
				information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN
				($(sed "s/.*/'&',/" "$tmp/databases.before" | tr -d '\n')'')
				ORDER BY 1"; then
				diag_file "$tmp/q.err"
				not_ok "$case/clean"
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
	query "" "DROP DATABASE $db; DROP DATABASE ${db}_schema;" || diag_file "$tmp/q.err"
done

tap_done
