#!/usr/bin/env bash
# The order Alembic runs revisions in, against the real Alembic (Debian's
# python3-alembic; retort never runs Python).  tests/tools/alembic_graphs.py
# writes random graphs (new roots, branches, merges of two heads,
# depends_on, branch labels) twice, as Alembic stubs and as .mig files with
# the same ids; for each, `upgrade heads --sql` and `downgrade heads:base
# --sql` of both must run the same revisions in the same order, with the
# same version-table statements (tests/tools/alembic_order_cmp.py says
# where Alembic's own choice is a Python set's, and so is left out).
# Alembic takes the files in the order its folder lists them and retort in
# name order, so Alembic runs here with its listing sorted.  A graph Alembic
# fails on (a merge whose parent is only a dependency) is not compared,
# and at least half must be.  RETORT_ORDER_GRAPHS (default 100) sets how
# many.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PY=${RETORT_PYTHON:-/usr/bin/python3}
TOOLS=$RETORT_ROOT/tests/tools
GRAPHS=${RETORT_ORDER_GRAPHS:-100}
TIMEOUT=${RETORT_TEST_TIMEOUT:-120}

if ! "$PY" -c 'import alembic' >/dev/null 2>&1; then
	diag "$PY cannot import alembic"
	not_ok "the real Alembic is there"
	tap_done
fi
mktempdir tmp
mkdir -p "$tmp/a/versions" "$tmp/r/versions"
cat >"$tmp/alembic.ini" <<'EOF2'
[alembic]
script_location = a
sqlalchemy.url = sqlite:///a.db
EOF2
cat >"$tmp/a/env.py" <<'EOF2'
from alembic import context
context.configure(url=context.config.get_main_option("sqlalchemy.url"),
                  literal_binds=True)
with context.begin_transaction():
    context.run_migrations()
EOF2
cat >"$tmp/a/script.py.mako" <<'EOF2'
EOF2
# Alembic, with its folder listed in name order, as retort reads it
cat >"$tmp/alembic_sorted.py" <<'EOF2'
import os
import sys
_listdir = os.listdir
os.listdir = lambda path=".": sorted(_listdir(path))
from alembic.config import main
main(argv=sys.argv[1:], prog="alembic")
EOF2
printf '[retort]\nscript_location = r\n' >"$tmp/retort.ini"

for what in upgrade downgrade; do
	compared=0
	failed=0
	for ((seed = 1; seed <= GRAPHS; seed++)); do
		rm -f "$tmp"/a/versions/*.py "$tmp"/r/versions/*.mig
		"$PY" "$TOOLS/alembic_graphs.py" "$seed" "$tmp/a/versions" "$tmp/r/versions" ||
			bail_out "alembic_graphs.py $seed failed"
		cmd="upgrade heads"
		if [ "$what" = downgrade ]; then
			(cd "$tmp" && "$RETORT" heads) </dev/null >"$tmp/heads.out" 2>&1 ||
				bail_out "retort heads failed on graph $seed"
			cmd="downgrade $(sed -n '1s/ .*//p' "$tmp/heads.out"):base"
		fi
		# shellcheck disable=SC2086
		(cd "$tmp" && PYTHONHASHSEED=0 run_limited "$TIMEOUT" "$PY" alembic_sorted.py $cmd --sql) \
			</dev/null >"$tmp/a.sql" 2>"$tmp/a.err" || continue
		compared=$((compared + 1))
		# shellcheck disable=SC2086
		if ! (cd "$tmp" && run_limited "$TIMEOUT" "$RETORT" --dialect sqlite $cmd --sql) \
			</dev/null >"$tmp/r.sql" 2>"$tmp/r.err"; then
			[ "$failed" -gt 0 ] || { diag "graph $seed: retort $cmd --sql fails:"; diag_file "$tmp/r.err"; }
			failed=$((failed + 1))
			continue
		fi
		if ! "$PY" "$TOOLS/alembic_order_cmp.py" "$tmp/a.sql" "$tmp/r.sql" "$tmp/r/versions" \
			>"$tmp/cmp.out"; then
			if [ "$failed" -eq 0 ]; then
				diag "graph $seed ($cmd): $(cat "$tmp/cmp.out")"
				(cd "$tmp" && "$RETORT" history) >"$tmp/h.out" 2>&1
				diag_file "$tmp/h.out"
			fi
			failed=$((failed + 1))
		fi
	done
	note "$what --sql: $compared of $GRAPHS graphs compared, $failed differ"
	if [ "$failed" -eq 0 ] && [ "$((compared * 2))" -ge "$GRAPHS" ]; then
		ok "$what --sql: the order and the version rows are Alembic's"
	else
		not_ok "$what --sql: the order and the version rows are Alembic's"
	fi
done

tap_done
