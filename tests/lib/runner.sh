# tests/lib/runner.sh: what the tests that run SQL on the three databases
# share (runner-race.t, runner-crash.t, fragments.t, enums.t, views.t): the
# fixture (tests/fixtures/runner), a fresh database on each backend (a SQLite file,
# the PostgreSQL and MariaDB servers of pg.sh and maria.sh), queries and
# scripts on it, a golden case run step by step, and the loop over the
# backends.
# shellcheck shell=bash source-path=SCRIPTDIR

. "$(dirname "${BASH_SOURCE[0]}")/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/maria.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
FIX=${RETORT_RUNNER_FIXTURE:-$RETORT_ROOT/tests/fixtures/runner}
# shellcheck disable=SC2034  # used by the tests that source this
REVS=(r1_log r2_part r3_color r4_gadget r5_index)
# shellcheck disable=SC2034
HEAD=r5_index
tmp=
mktempdir tmp

# ---------------------------------------------------------------- helpers

# Runners started in the background, stopped (by their ids) if we exit
# while they run.
bg_pids=()
stop_bg() {
	local p
	for p in "${bg_pids[@]}"; do
		kill -KILL "$p" 2>/dev/null || true
	done
}
at_exit stop_bg

# now_ms: the time, in milliseconds.
now_ms() {
	local t=${EPOCHREALTIME/./}
	printf '%s\n' "$((10#${t:0:-3}))"
}

# db_new NAME: a fresh, empty database for backend $BE (dropped first if it
# exists); sets URL for retort, and DB or SQ_DB for q.
db_new() {
	case $BE in
	sqlite)
		SQ_DB=$tmp/$1.db
		rm -f "$SQ_DB" "$SQ_DB-journal" "$SQ_DB-wal" "$SQ_DB-shm"
		URL="sqlite:///$SQ_DB"
		;;
	postgresql)
		DB=$1
		URL="postgresql://postgres@/$DB?host=$PG_DIR&port=$PG_PORT"
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d postgres \
			-c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
			-c "CREATE DATABASE $DB TEMPLATE template0" </dev/null >"$tmp/db_new.err" 2>&1
		;;
	mysql)
		DB=$1
		URL="mysql://root@localhost/$DB?unix_socket=$MARIA_SOCKET"
		run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root \
			<<<"DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB" >"$tmp/db_new.err" 2>&1
		;;
	esac
}

# db_drop NAME: drops the database NAME of backend $BE.
db_drop() {
	case $BE in
	sqlite) rm -f "$tmp/$1.db" "$tmp/$1.db-journal" ;;
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -d postgres \
			-c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" </dev/null >/dev/null 2>&1
		;;
	mysql)
		run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root \
			<<<"DROP DATABASE IF EXISTS $1" >/dev/null 2>&1
		;;
	esac
}

# q SQL: the rows SQL gives on the current database, one a line, columns
# joined by '|' (or a tab on MariaDB); errors on stderr.
q() {
	case $BE in
	sqlite) run_limited "$TIMEOUT" "$RUN" "$SQ_DB" query "$1" </dev/null ;;
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<<"$1"
		;;
	mysql)
		run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root --batch \
			--skip-column-names --raw "$DB" <<<"$1"
		;;
	esac
}

# run_script FILE: the script run on the current database, stopping at the
# first error; its output on stdout and stderr.
run_script() {
	case $BE in
	sqlite) run_limited "$TIMEOUT" "$RUN" "$SQ_DB" exec "$1" </dev/null ;;
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$DB" -f "$1" \
			</dev/null
		;;
	mysql)
		run_limited "$TIMEOUT" mariadb --no-defaults -S "$MARIA_SOCKET" -u root "$DB" <"$1"
		;;
	esac
}

# expect_rows NAME SQL WANT: one TAP line: q SQL prints WANT (rows as
# lines, columns joined by '|'), with nothing on stderr.
expect_rows() {
	local got
	got=$(q "$2" 2>"$tmp/q.err" | tr '\t' '|')
	if [ "$got" = "$3" ] && [ ! -s "$tmp/q.err" ]; then
		ok "$1"
		return
	fi
	diag "query: $2"
	diag "want: $(tr '\n' ' ' <<<"$3")"
	diag "got:  $(tr '\n' ' ' <<<"$got")"
	diag_file "$tmp/q.err"
	not_ok "$1"
}

# ------------------------------------------- a golden case, step by step

# run_case WHAT TARGET: retort's runner on the current database, in the
# golden case $CASE; 0 when it went, its output in $tmp/run.out.
run_case() {
	(cd "$CASE" && run_limited "$TIMEOUT" "$RETORT" -c ../retort.ini --url "$URL" "$1" "$2") \
		</dev/null >"$tmp/run.out" 2>&1
}

# run_step NAME WHAT TARGET: run_case, as one TAP line.
run_step() {
	if run_case "$2" "$3"; then
		ok "$1"
		return 0
	fi
	diag_file "$tmp/run.out"
	not_ok "$1"
	return 1
}

# sql_accepted NAME SQL / sql_refused NAME SQL: the statements run, or fail.
sql_accepted() {
	if q "$2" >"$tmp/q.out" 2>&1; then
		ok "$1"
	else
		diag_file "$tmp/q.out"
		not_ok "$1"
	fi
}
sql_refused() {
	if q "$2" >"$tmp/q.out" 2>&1; then
		diag "it ran: $2"
		not_ok "$1"
	else
		ok "$1"
	fi
}

# tables: the database's tables, sorted.
tables() {
	case $BE in
	sqlite) q "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\\' ORDER BY 1" ;;
	postgresql) q "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1" ;;
	mysql) q "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1" ;;
	esac
}

# skip_backend VAR WHAT: whether RETORT_SKIP_... asks to leave a backend out
# (never in CI, as tests/postgres.t and tests/mysql.t).
skip_backend() {
	[ "${!1:-}" = 1 ] || return 1
	if [ "${CI:-}" = true ]; then
		diag "$1=1 is not honoured when CI=true"
		not_ok "$2 tests not skipped in CI"
		return 1
	fi
	tap_skip "$2" "$1=1"
	return 0
}


# each_backend FUNC: FUNC NAME INDEX for SQLite, then PostgreSQL and MariaDB
# on servers started for it (and stopped after), with $BE set to the dialect.
each_backend() {
	BE=sqlite
	"$1" SQLite 0

	BE=postgresql
	if skip_backend RETORT_SKIP_POSTGRES PostgreSQL; then
		:
	elif ! pg_start; then
		diag "$PG_ERROR"
		not_ok "PostgreSQL server starts"
	else
		note "$("$PG_BINDIR/postgres" --version) at $PGHOST, port $PGPORT"
		"$1" PostgreSQL 1
		pg_stop
	fi

	BE=mysql
	if skip_backend RETORT_SKIP_MARIADB MariaDB; then
		:
	elif ! maria_start; then
		diag "$MARIA_ERROR"
		not_ok "MariaDB server starts"
	else
		note "MariaDB $(maria_sql "" <<<'SELECT VERSION()') on $MARIA_SOCKET"
		"$1" MariaDB 2
		maria_stop
	fi
}
