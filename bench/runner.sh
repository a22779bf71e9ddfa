#!/usr/bin/env bash
# bench/runner.sh: `make bench-runner`.  The runner against the database's
# own client applying the same script (issue 20, point 4): a chain of
# revisions from bench/gen.c (--portable: no raw SQL only PostgreSQL takes,
# and no index MySQL cannot make) applied to a fresh SQLite file, and to a
# fresh database on a real PostgreSQL 15 and on MariaDB (started here, as
# the tests start them: tests/lib/pg.sh, tests/lib/maria.sh), once with
# one transaction and once with transaction_per_migration.  The client runs
# the script `upgrade heads --sql` prints for the same configuration:
# `sqlite3 DB < script`, `psql -f script` and `mariadb DB < script`.
# Median wall time of RUNS runs, each on a fresh database; the target is
# retort within 1.1x of the client.
#
# Environment: RETORT (default build/retort), BENCH_RUNNER_N (default 1000),
# BENCH_RUNS (default 5), BENCH_DIR (default build/bench), BENCH_RUNNER_DBS
# (default "sqlite postgresql mariadb").  The PostgreSQL server gets
# max_locks_per_transaction = 4096: one transaction that makes a thousand
# tables holds a lock on each, more than the default 64 a connection allows.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/../tests/lib/maria.sh"

cd "$RETORT_ROOT" || exit 2
N=${BENCH_RUNNER_N:-1000}
RUNS=${BENCH_RUNS:-5}
OUT=${BENCH_DIR:-build/bench}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd -P) || exit 2
RETORT=$(abspath "${RETORT:-build/retort}")
MAX=1.1
FAILS=0

cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -o "$OUT/gen" bench/gen.c || exit 2
d=$OUT/runner-portable-$N
if [ ! -f "$d/.complete" ] || [ bench/gen.c -nt "$d/.complete" ]; then
	rm -rf "$d"
	"$OUT/gen" --portable "$N" "$d" >"$d.bytes" || exit 2
	mv "$d.bytes" "$d/.complete"
fi
cp "$d/retort.ini" "$d/per.ini"
printf 'transaction_per_migration = true\n' >>"$d/per.ini"
mktempdir tmp

# median of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# timed CMD...: seconds CMD took (its output to /dev/null); exits on failure
timed() {
	local t0 t1
	t0=$EPOCHREALTIME
	if ! "$@" >/dev/null 2>"$tmp/err"; then
		echo "bench-runner: failed: $*" >&2
		head -n 5 "$tmp/err" >&2
		exit 2
	fi
	t1=$EPOCHREALTIME
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

# row DB MODE FRESH RETORT_CMD... -- CLIENT_CMD...: RUNS of each, each after FRESH
row() {
	local db=$1 mode=$2 fresh=$3 i r c ratio verdict
	shift 3
	local -a rcmd=() ccmd=()
	while [ "$1" != -- ]; do rcmd+=("$1"); shift; done
	shift
	ccmd=("$@")
	: >"$tmp/r" && : >"$tmp/c"
	for ((i = 0; i < RUNS; i++)); do
		$fresh && timed "${rcmd[@]}" >>"$tmp/r"
		$fresh && timed "${ccmd[@]}" >>"$tmp/c"
	done
	r=$(median <"$tmp/r") c=$(median <"$tmp/c")
	ratio=$(awk -v r="$r" -v c="$c" 'BEGIN { printf "%.2f", r / c }')
	if awk -v r="$r" -v c="$c" -v m="$MAX" 'BEGIN { exit !(r <= m * c) }'; then
		verdict="PASS (<= ${MAX}x)"
	else
		verdict="FAIL (<= ${MAX}x)"
		FAILS=$((FAILS + 1))
	fi
	printf '%-11s %-26s %9s %9s %7s  %s\n' "$db" "$mode" "$r" "$c" "$ratio" "$verdict"
}

echo "runner benchmark: $N revisions ($(cat "$d/.complete") bytes), medians of $RUNS runs, each on a fresh database"
printf '%-11s %-26s %9s %9s %7s  %s\n' database transactions "retort s" "client s" ratio target

DBS=" ${BENCH_RUNNER_DBS:-sqlite postgresql mariadb} "
cd "$d" || exit 2

# ---- SQLite
[ "${DBS#* sqlite }" != "$DBS" ] && for mode in one per; do
	ini=retort.ini label="one transaction"
	[ "$mode" = per ] && ini=per.ini label="transaction_per_migration"
	"$RETORT" -c "$ini" --dialect sqlite upgrade heads --sql >"$tmp/sqlite-$mode.sql" || exit 2
	sq_fresh() { rm -f "$tmp/r.db" "$tmp/c.db"; }
	row sqlite "$label" sq_fresh "$RETORT" -c "$ini" --url "sqlite:///$tmp/r.db" -q upgrade heads -- \
		sh -c 'sqlite3 -bail "$0" < "$1"' "$tmp/c.db" "$tmp/sqlite-$mode.sql"
done

# ---- PostgreSQL
if [ "${DBS#* postgresql }" != "$DBS" ]; then
	export RETORT_PG_CONF="max_locks_per_transaction = 4096"
	if ! pg_start; then
		echo "bench-runner: PostgreSQL did not start: $PG_ERROR" >&2
		exit 2
	fi
	for mode in one per; do
		ini=retort.ini label="one transaction"
		[ "$mode" = per ] && ini=per.ini label="transaction_per_migration"
		"$RETORT" -c "$ini" --dialect postgresql upgrade heads --sql >"$tmp/pg-$mode.sql" || exit 2
		pg_fresh() {
			pg_psql -d postgres -c 'DROP DATABASE IF EXISTS r' -c 'DROP DATABASE IF EXISTS c' \
				-c 'CREATE DATABASE r' -c 'CREATE DATABASE c' >/dev/null 2>&1
		}
		row postgresql "$label" pg_fresh "$RETORT" -c "$ini" \
			--url "postgresql://postgres@/r?host=$PGHOST&port=$PGPORT" -q upgrade heads -- \
			"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d c -f "$tmp/pg-$mode.sql"
	done
	pg_stop
fi

# ---- MariaDB (its DDL commits as it goes: "one transaction" is what the
# script says, as Alembic's is)
if [ "${DBS#* mariadb }" != "$DBS" ]; then
	if ! maria_start; then
		echo "bench-runner: MariaDB did not start: $MARIA_ERROR" >&2
		exit 2
	fi
	for mode in one per; do
		ini=retort.ini label="one transaction"
		[ "$mode" = per ] && ini=per.ini label="transaction_per_migration"
		"$RETORT" -c "$ini" --dialect mysql upgrade heads --sql >"$tmp/my-$mode.sql" || exit 2
		my_fresh() {
			printf 'DROP DATABASE IF EXISTS r; DROP DATABASE IF EXISTS c;
				CREATE DATABASE r; CREATE DATABASE c;' | maria_sql "" >/dev/null 2>&1
		}
		row mariadb "$label" my_fresh "$RETORT" -c "$ini" \
			--url "mysql://root@localhost/r?unix_socket=$MARIA_SOCKET" -q upgrade heads -- \
			sh -c 'mariadb --no-defaults -S "$0" -u root c < "$1"' "$MARIA_SOCKET" "$tmp/my-$mode.sql"
	done
fi

if [ "$FAILS" -gt 0 ]; then
	echo "bench-runner: $FAILS target(s) failed"
	exit 1
fi
echo "bench-runner: every target met"
