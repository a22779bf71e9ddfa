#!/usr/bin/env bash
# A batch and the same ops outside it must leave the same database: every
# op_* golden case whose ops may stand in a batch_alter_table is run again
# with each such op wrapped in one of its own (tests/tools/batchify), on the
# real PostgreSQL, MariaDB and SQLite.  For each dialect the case has SQL
# for, its golden upgrade and the batched one are applied to fresh
# databases, and so are the downgrades after them; after each step the two
# databases must describe the same (tests/lib/describe.sh).
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/maria.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/describe.sh"

TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
RUN=$(abspath "${RETORT_SQLITE_RUN:-$RETORT_ROOT/build/tests/sqlite_run}")
BATCHIFY="$RETORT_ROOT/tests/tools/batchify"
mktempdir tmp

if [ ! -x "$RUN" ]; then
	diag "$RUN is not built (make tools)"
	not_ok "sqlite_run exists"
	tap_done
	exit
fi

# The batched copies of the cases, in a golden folder of their own.
B="$tmp/golden"
mkdir -p "$B"
[ -f "$GOLDEN_DIR/retort.ini" ] && cp "$GOLDEN_DIR/retort.ini" "$B/"
cases=()
while IFS= read -r c; do
	case $c in
	op_*) ;;
	*) continue ;;
	esac
	[ "$c" != op_batch_alter_table ] || continue	# batches already
	ls "$GOLDEN_DIR/$c"/expect-upgrade-error* >/dev/null 2>&1 && continue
	mkdir -p "$B/$c/versions"
	for f in "$GOLDEN_DIR/$c"/retort.ini "$GOLDEN_DIR/$c"/dialects; do
		[ -f "$f" ] && cp "$f" "$B/$c/"
	done
	n=0
	for f in "$GOLDEN_DIR/$c"/versions/*.mig; do
		perl "$BATCHIFY" <"$f" >"$B/$c/versions/$(basename "$f")" 2>"$tmp/count" ||
			bail_out "batchify failed on $f"
		n=$((n + $(cat "$tmp/count")))
	done
	if [ "$n" -gt 0 ]; then
		cases+=("$c")
	else
		rm -rf "${B:?}/$c"
	fi
done < <(golden_cases)
if [ "${#cases[@]}" -eq 0 ]; then
	diag "no op_* case in $GOLDEN_DIR has an op that may stand in a batch"
	not_ok "cases to batch found"
	tap_done
	exit
fi
note "${#cases[@]} cases: ${cases[*]}"

backends=(sqlite)
if pg_start; then
	backends+=(postgresql)
else
	diag "$PG_ERROR"
	not_ok "PostgreSQL 15 started"
fi
if maria_start; then
	backends+=(mysql)
else
	diag "$MARIA_ERROR"
	not_ok "MariaDB started"
fi

# fresh BACKEND NAME: an empty database; its name (a file for SQLite) in DB.
fresh() {
	case $1 in
	sqlite)
		DB="$tmp/$2.db"
		rm -f "$DB"
		;;
	postgresql)
		DB=$2
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d postgres \
			-c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
			-c "CREATE DATABASE $DB TEMPLATE template0" </dev/null >"$tmp/fresh.err" 2>&1
		;;
	mysql)
		DB=$2
		maria_sql "" <<<"DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB" \
			>"$tmp/fresh.err" 2>&1
		;;
	esac
}

# apply BACKEND DB FILE: the script run on the database; 0 when it ran.
apply() {
	case $1 in
	sqlite) run_limited "$TIMEOUT" "$RUN" "$2" exec "$3" ;;
	postgresql)
		run_limited "$TIMEOUT" "$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -d "$2" -f "$3"
		;;
	mysql) maria_sql "$2" <"$3" ;;
	esac </dev/null >"$tmp/apply.out" 2>&1
}

# step NAME BACKEND A B FILE_A FILE_B [TABLES]: both scripts run, each on
# its database, which must then describe the same (and, with TABLES, hold
# a table: a comparison of nothing proves nothing).
step() {
	local name=$1 be=$2 a=$3 b=$4 bad=0
	if ! apply "$be" "$a" "$5"; then
		diag "the golden script fails:"
		diag_file "$tmp/apply.out"
		not_ok "$name"
		return 1
	fi
	if ! apply "$be" "$b" "$6"; then
		diag "the batched script fails:"
		diag_file "$tmp/apply.out"
		diag "it was:"
		diag_file "$6" 80
		not_ok "$name"
		return 1
	fi
	describe_db "$be" "$a" >"$tmp/a.desc" || bad=1
	describe_db "$be" "$b" >"$tmp/b.desc" || bad=1
	if [ "$bad" -eq 0 ] && [ -n "${7:-}" ] && ! grep -q '^table ' "$tmp/a.desc"; then
		diag "after the upgrade the database describes no table: nothing was compared"
		bad=1
	fi
	if [ "$bad" -eq 0 ] && ! cmp -s "$tmp/a.desc" "$tmp/b.desc"; then
		diag "the databases differ (-ops +batched):"
		diff -u "$tmp/a.desc" "$tmp/b.desc" | tail -n +3 | grep '^[-+]' >"$tmp/d.diff"
		diag_file "$tmp/d.diff" 40
		bad=1
	fi
	tap_result "$bad" "$name"
	return "$bad"
}

for c in "${cases[@]}"; do
	for be in "${backends[@]}"; do
		[ -f "$GOLDEN_DIR/$c/upgrade.$be.sql" ] && [ -f "$GOLDEN_DIR/$c/downgrade.$be.sql" ] ||
			continue
		for s in upgrade downgrade; do
			if [ "$s" = upgrade ]; then
				args=(--dialect "$be" upgrade heads --sql)
			else
				args=(--dialect "$be" downgrade heads:base --sql)
			fi
			GOLDEN_DIR=$B golden_invoke "$RETORT" "$c" "$tmp/$s.sql" "$tmp/$s.err" "${args[@]}"
			if [ "$g_rc" -ne 0 ]; then
				diag "retort ${args[*]} on the batched case exits $g_rc:"
				diag_file "$tmp/$s.err"
				diag "the batched revisions:"
				cat "$B/$c"/versions/*.mig >"$tmp/revs"
				diag_file "$tmp/revs" 80
			fi
			tap_result "$g_rc" "$c batched compiles for $be ($s)"
		done
		[ -s "$tmp/upgrade.sql" ] && [ -s "$tmp/downgrade.sql" ] || continue
		if [ "$be" = mysql ] && grep -q '^CREATE SCHEMA ' "$tmp/upgrade.sql"; then
			# a schema is a database of the server: two copies of the case
			# cannot both make it
			tap_skip "$c on $be: the same database after the upgrade" \
				"its schemas are databases, one per server"
			tap_skip "$c on $be: the same database after the downgrade" \
				"its schemas are databases, one per server"
			continue
		fi
		fresh "$be" ba || { diag_file "$tmp/fresh.err"; not_ok "$c: $be databases"; continue; }
		a=$DB
		fresh "$be" bb || { diag_file "$tmp/fresh.err"; not_ok "$c: $be databases"; continue; }
		b=$DB
		step "$c on $be: the same database after the upgrade" "$be" "$a" "$b" \
			"$GOLDEN_DIR/$c/upgrade.$be.sql" "$tmp/upgrade.sql" tables || continue
		step "$c on $be: the same database after the downgrade" "$be" "$a" "$b" \
			"$GOLDEN_DIR/$c/downgrade.$be.sql" "$tmp/downgrade.sql" || true
	done
done

tap_done
