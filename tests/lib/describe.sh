# tests/lib/describe.sh: a database described as sorted lines (tables,
# columns with type, nullability, default and comment, keys, indexes,
# checks, enums, sequences; the order of columns ignored), so that two
# databases are compared with cmp.  PostgreSQL and MariaDB through pg.sh's
# and maria.sh's servers, SQLite through build/tests/sqlite_run.  What
# tests/autogen-random.t and tests/batch.t compare.
# shellcheck shell=bash source-path=SCRIPTDIR

read -r -d '' PG_DESCRIBE <<'EOF'
WITH t AS (
	SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'alembic_version'
)
SELECT 'table ' || relname || coalesce(' comment ' || obj_description(oid, 'pg_class'), '') FROM t
UNION ALL
SELECT 'column ' || t.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
	|| CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
	|| coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
	|| coalesce(' comment ' || col_description(t.oid, a.attnum), '')
FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = t.oid AND d.adnum = a.attnum
UNION ALL
SELECT 'constraint ' || t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
FROM t JOIN pg_constraint c ON c.conrelid = t.oid
UNION ALL
SELECT 'index ' || t.relname || ' ' || pg_get_indexdef(i.indexrelid)
FROM t JOIN pg_index i ON i.indrelid = t.oid
UNION ALL
SELECT 'enum ' || ty.typname || ' (' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')'
FROM pg_type ty JOIN pg_enum e ON e.enumtypid = ty.oid GROUP BY ty.typname
UNION ALL
SELECT 'type ' || ty.typname FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace
WHERE n.nspname = 'public' AND ty.typtype NOT IN ('c', 'b') AND ty.typname NOT LIKE '\_%'
UNION ALL
SELECT 'sequence ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'S'
ORDER BY 1;
EOF

read -r -d '' MYSQL_DESCRIBE <<'EOF'
SELECT CONCAT('table ', table_name, ' comment ', table_comment) FROM information_schema.tables
WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('column ', table_name, '.', column_name, ' ', column_type,
	IF(is_nullable = 'NO', ' not null', ' null'), ' default ', IFNULL(column_default, '(none)'),
	' comment ', column_comment, ' ', extra)
FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('index ', table_name, ' ', index_name, IF(non_unique = 0, ' unique', ''), ' (',
	GROUP_CONCAT(CONCAT(column_name, IF(collation = 'D', ' desc', '')) ORDER BY seq_in_index SEPARATOR ', '), ')')
FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
GROUP BY table_name, index_name, non_unique
UNION ALL
SELECT CONCAT('foreign key ', table_name, ' ', constraint_name, ' (',
	GROUP_CONCAT(column_name ORDER BY ordinal_position SEPARATOR ', '), ') -> ', referenced_table_name, ' (',
	GROUP_CONCAT(referenced_column_name ORDER BY ordinal_position SEPARATOR ', '), ')')
FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL
GROUP BY table_name, constraint_name, referenced_table_name
UNION ALL
SELECT CONCAT('constraint ', table_name, ' ', constraint_name, ' ', constraint_type)
FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('check ', table_name, ' ', constraint_name, ' ', check_clause)
FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()
ORDER BY 1;
EOF

SQLITE_TABLES="m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'alembic_version'"
read -r -d '' SQLITE_DESCRIBE <<EOF
SELECT 'table ' || m.name FROM sqlite_schema m WHERE $SQLITE_TABLES
UNION ALL
SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type
	|| CASE WHEN p."notnull" THEN ' not null' ELSE ' null' END
	|| ' default ' || ifnull(p.dflt_value, '(none)') || ' pk ' || p.pk
FROM sqlite_schema m, pragma_table_xinfo(m.name) p WHERE $SQLITE_TABLES
UNION ALL
SELECT 'foreign key ' || m.name || ' (' || group_concat(f."from", ', ') || ') -> ' || f."table"
	|| ' (' || group_concat(ifnull(f."to", '?'), ', ') || ') ' || f.on_update || ' ' || f.on_delete
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE $SQLITE_TABLES
GROUP BY m.name, f.id
UNION ALL
SELECT 'index ' || m.name || ' ' || CASE WHEN i.origin = 'c' THEN i.name ELSE i.origin END
	|| CASE WHEN i."unique" THEN ' unique' ELSE '' END || ' ('
	|| (SELECT group_concat(x.name || CASE WHEN x."desc" THEN ' desc' ELSE '' END, ', ')
		FROM (SELECT name, "desc" FROM pragma_index_xinfo(i.name) WHERE key ORDER BY seqno) x)
	|| ')' || CASE WHEN i.partial THEN ' partial' ELSE '' END
FROM sqlite_schema m, pragma_index_list(m.name) i WHERE $SQLITE_TABLES
UNION ALL
SELECT 'sql ' || m.name || char(9) || replace(replace(m.sql, char(10), ' '), char(9), ' ')
FROM sqlite_schema m WHERE $SQLITE_TABLES
ORDER BY 1;
EOF

# The check constraints in SQLite's CREATE TABLE text (its catalog has no
# other place for them): "sql TABLE<tab>TEXT" lines become
# "check TABLE [CONSTRAINT name] CHECK (...)".
sqlite_checks() {
	awk -F '\t' '
		/^sql / {
			t = substr($1, 5); s = $2
			while ((i = index(toupper(s), "CHECK (")) > 0) {
				pre = substr(s, 1, i - 1); name = ""
				if (match(pre, /CONSTRAINT +("[^"]*"|[^ ]+) +$/))
					name = substr(pre, RSTART, RLENGTH)
				rest = substr(s, i + 6); d = 0
				for (j = 1; j <= length(rest); j++) {
					ch = substr(rest, j, 1)
					if (ch == "(") d++
					else if (ch == ")" && --d == 0) break
				}
				print "check " t " " name "CHECK " substr(rest, 1, j)
				s = substr(rest, j + 1)
			}
			next
		}
		{ print }'
}

# describe_db BACKEND DB: the description of database DB (a name on the
# server, or for sqlite a file) on stdout; 1 (the error said in diag) when
# it cannot be read.  Uses $tmp, $TIMEOUT and, for sqlite, $RUN.
describe_db() {
	local st
	case $1 in
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$2" \
			<<<"$PG_DESCRIBE" >"$tmp/desc.raw" 2>"$tmp/desc.err"
		;;
	mysql)
		maria_sql "$2" --raw <<<"$MYSQL_DESCRIBE" >"$tmp/desc.raw" 2>"$tmp/desc.err"
		;;
	sqlite)
		run_limited "$TIMEOUT" "$RUN" "$2" query "$SQLITE_DESCRIBE" \
			>"$tmp/desc.raw" 2>"$tmp/desc.err"
		;;
	esac
	st=$?
	if [ "$st" -ne 0 ]; then
		diag "$1: describing the database fails (exit $st):"
		diag_file "$tmp/desc.err" 20
		return 1
	fi
	if [ "$1" = sqlite ]; then
		sqlite_checks <"$tmp/desc.raw"
	else
		cat "$tmp/desc.raw"
	fi | LC_ALL=C sort
}
