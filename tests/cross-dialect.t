#!/usr/bin/env bash
# One migration source, three databases: the example project (examples/)
# compiled for PostgreSQL, SQLite and MySQL, applied to a real PostgreSQL
# 15, SQLite (libsqlite3) and MariaDB 10.11, must give each the same tables,
# columns, nullability, primary keys, foreign keys and indexes (their
# columns and uniqueness; not types, which are each database's own, nor
# names, which MySQL chooses for some keys itself).  An index a database
# made only to serve a foreign key is left out on every side, and so are
# the virtual columns MySQL computes expression indexes in: both are how
# a database does the same thing, not a different schema.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
mktempdir tmp

for d in mysql postgresql sqlite; do
	if ! (cd "$RETORT_ROOT/examples" && "$RETORT" --dialect "$d" upgrade heads --sql) \
		>"$tmp/$d.sql" 2>"$tmp/$d.err"; then
		diag_file "$tmp/$d.err"
		not_ok "examples compile for $d"
		tap_done
		exit
	fi
done
ok "examples compile for mysql, postgresql and sqlite"

read -r -d '' PG_DESCRIBE <<'EOF'
\set QUIET on
WITH t AS (
	SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'alembic_version'
), cols AS (
	SELECT a.attrelid, a.attnum, a.attname FROM pg_attribute a
	WHERE a.attnum > 0 AND NOT a.attisdropped
)
SELECT 'table ' || relname FROM t
UNION ALL
SELECT 'column ' || t.relname || '.' || a.attname || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END
FROM t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'primary key ' || t.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
	FROM unnest(c.conkey) WITH ORDINALITY k(n, ord) JOIN cols a ON a.attrelid = t.oid AND a.attnum = k.n) || ')'
FROM t JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'p'
UNION ALL
SELECT 'foreign key ' || t.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
	FROM unnest(c.conkey) WITH ORDINALITY k(n, ord) JOIN cols a ON a.attrelid = t.oid AND a.attnum = k.n)
	|| ') -> ' || r.relname || ' (' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
	FROM unnest(c.confkey) WITH ORDINALITY k(n, ord) JOIN cols a ON a.attrelid = r.oid AND a.attnum = k.n) || ')'
FROM t JOIN pg_constraint c ON c.conrelid = t.oid AND c.contype = 'f' JOIN pg_class r ON r.oid = c.confrelid
UNION ALL
SELECT CASE WHEN i.indisunique THEN 'unique ' ELSE 'index ' END || t.relname || ' ('
	|| (SELECT string_agg(CASE WHEN k.n = 0 THEN '<expr>' ELSE a.attname END, ', ' ORDER BY k.ord)
	FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, ord)
	LEFT JOIN cols a ON a.attrelid = t.oid AND a.attnum = k.n) || ')'
FROM t JOIN pg_index i ON i.indrelid = t.oid AND NOT i.indisprimary
ORDER BY 1;
EOF

read -r -d '' SQLITE_DESCRIBE <<'EOF'
SELECT 'table ' || name FROM sqlite_schema
WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'
UNION ALL
SELECT 'column ' || m.name || '.' || p.name || CASE WHEN p."notnull" THEN ' not null' ELSE ' null' END
FROM sqlite_schema m, pragma_table_info(m.name) p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'alembic_version'
UNION ALL
SELECT 'primary key ' || m.name || ' (' || (SELECT group_concat(name, ', ')
	FROM (SELECT name FROM pragma_table_info(m.name) WHERE pk > 0 ORDER BY pk)) || ')'
FROM sqlite_schema m
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'alembic_version'
	AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE pk > 0)
UNION ALL
SELECT 'foreign key ' || m.name || ' (' || group_concat(f."from", ', ') || ') -> ' || f."table" || ' ('
	|| group_concat(ifnull(f."to", (SELECT k.name FROM pragma_table_info(f."table") k WHERE k.pk = f.seq + 1)), ', ') || ')'
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
GROUP BY m.name, f.id
UNION ALL
SELECT CASE WHEN i."unique" THEN 'unique ' ELSE 'index ' END || m.name || ' ('
	|| (SELECT group_concat(ifnull(x.name, '<expr>'), ', ')
	FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno) x) || ')'
FROM sqlite_schema m, pragma_index_list(m.name) i
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'alembic_version' AND i.origin <> 'pk'
ORDER BY 1;
EOF

read -r -d '' MYSQL_DESCRIBE <<'EOF'
SELECT CONCAT('table ', table_name) FROM information_schema.tables
WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'
UNION ALL
SELECT CONCAT('column ', table_name, '.', column_name, IF(is_nullable = 'NO', ' not null', ' null'))
FROM information_schema.columns
WHERE table_schema = DATABASE() AND table_name <> 'alembic_version' AND extra NOT LIKE '%VIRTUAL%'
UNION ALL
SELECT CONCAT('primary key ', table_name, ' (', GROUP_CONCAT(column_name ORDER BY seq_in_index SEPARATOR ', '), ')')
FROM information_schema.statistics
WHERE table_schema = DATABASE() AND index_name = 'PRIMARY' AND table_name <> 'alembic_version'
GROUP BY table_name
UNION ALL
SELECT CONCAT('foreign key ', table_name, ' (', GROUP_CONCAT(column_name ORDER BY ordinal_position SEPARATOR ', '),
	') -> ', referenced_table_name, ' (',
	GROUP_CONCAT(referenced_column_name ORDER BY ordinal_position SEPARATOR ', '), ')')
FROM information_schema.key_column_usage
WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL
GROUP BY table_name, constraint_name, referenced_table_name
UNION ALL
SELECT CONCAT(IF(MAX(s.non_unique) = 0, 'unique ', 'index '), s.table_name, ' (',
	GROUP_CONCAT(IF(c.extra LIKE '%VIRTUAL%', '<expr>', s.column_name) ORDER BY s.seq_in_index SEPARATOR ', '), ')')
FROM information_schema.statistics s JOIN information_schema.columns c
	ON c.table_schema = s.table_schema AND c.table_name = s.table_name AND c.column_name = s.column_name
WHERE s.table_schema = DATABASE() AND s.index_name <> 'PRIMARY' AND s.table_name <> 'alembic_version'
GROUP BY s.table_name, s.index_name
ORDER BY 1;
EOF

# normalize FILE: the description, less the plain indexes whose columns are
# exactly a foreign key's (the index a database keeps for the key).
normalize() {
	awk '
		/^foreign key / { t = $3; sub(/^foreign key [^ ]* \(/, ""); sub(/\) -> .*/, "")
			fk[t " (" $0 ")"] = 1; next_line[NR] = 1 }
		{ line[NR] = $0 }
		END {
			for (i = 1; i <= NR; i++) {
				l = line[i]
				if (l ~ /^index /) { k = l; sub(/^index /, "", k); if (k in fk) continue }
				print l
			}
		}' "$1"
}

# PostgreSQL
if ! pg_start; then
	diag "$PG_ERROR"
	not_ok "PostgreSQL server starts"
else
	if run_limited "$TIMEOUT" "$PG_BINDIR/createdb" -T template0 examples >/dev/null 2>&1 &&
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d examples \
			-f "$tmp/postgresql.sql" >"$tmp/pg.out" 2>&1 &&
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -At -v ON_ERROR_STOP=1 -d examples \
			<<<"$PG_DESCRIBE" >"$tmp/postgresql.raw" 2>>"$tmp/pg.out"; then
		ok "examples applied on PostgreSQL"
	else
		diag_file "$tmp/pg.out"
		not_ok "examples applied on PostgreSQL"
	fi
	pg_stop
fi

# SQLite
if run_limited "$TIMEOUT" "$RUN" "$tmp/examples.db" exec "$tmp/sqlite.sql" >"$tmp/sq.out" 2>&1 &&
	run_limited "$TIMEOUT" "$RUN" "$tmp/examples.db" query "$SQLITE_DESCRIBE" \
		>"$tmp/sqlite.raw" 2>>"$tmp/sq.out"; then
	ok "examples applied on SQLite"
else
	diag_file "$tmp/sq.out"
	not_ok "examples applied on SQLite"
fi

# MariaDB
if ! maria_start; then
	diag "$MARIA_ERROR"
	not_ok "MariaDB server starts"
else
	if maria_sql "" <<<"CREATE DATABASE examples" >"$tmp/my.out" 2>&1 &&
		maria_sql examples <"$tmp/mysql.sql" >>"$tmp/my.out" 2>&1 &&
		maria_sql examples --raw <<<"$MYSQL_DESCRIBE" >"$tmp/mysql.raw" 2>>"$tmp/my.out"; then
		ok "examples applied on MariaDB"
	else
		diag_file "$tmp/my.out"
		not_ok "examples applied on MariaDB"
	fi
	maria_stop
fi

for d in postgresql sqlite mysql; do
	if [ -s "$tmp/$d.raw" ]; then
		normalize "$tmp/$d.raw" | LC_ALL=C sort >"$tmp/$d.desc"
	else
		: >"$tmp/$d.desc"
	fi
done
if [ -s "$tmp/postgresql.desc" ]; then
	note "$(grep -c '' "$tmp/postgresql.desc") facts about the schema on PostgreSQL"
fi
for d in sqlite mysql; do
	if [ -s "$tmp/postgresql.desc" ] && cmp -s "$tmp/postgresql.desc" "$tmp/$d.desc"; then
		ok "$d has what PostgreSQL has"
	else
		diag "PostgreSQL (-) and $d (+):"
		diff -u "$tmp/postgresql.desc" "$tmp/$d.desc" >"$tmp/$d.diff" || true
		diag_file "$tmp/$d.diff"
		not_ok "$d has what PostgreSQL has"
	fi
done

tap_done
