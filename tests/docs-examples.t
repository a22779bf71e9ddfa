#!/usr/bin/env bash
# Every example command of docs/commands.md (a `$ ` line in a code block)
# is run, each block in the state its text describes (the example project,
# a SQLite database at the revision it names, a PostgreSQL server where it
# is one), the commands of a block one after another, and what the page
# shows after a command must be what it prints: each line shown (a `...`
# line stands for lines left out) in the output, in order.  Where the page
# shows what cannot repeat (a new random id, a process id, a time), that is
# made the page's before comparing, and nothing else.  An example this test
# does not know how to set up is a failure, so a new one is not left
# unchecked.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$(dirname "${BASH_SOURCE[0]}")/lib/pg.sh"

DOC=$RETORT_ROOT/docs/commands.md
TIMEOUT=${RETORT_TEST_TIMEOUT:-120}
mktempdir tmp
mkdir -p "$tmp/bin"
ln -s "$(abspath "$RETORT")" "$tmp/bin/retort"
export PATH="$tmp/bin:$PATH"
unset RETORT_URL RETORT_CONFIG

# The blocks: "LINE<TAB>COMMAND" for each command, "=<TAB>TEXT" for each
# line the page shows after it, "}" at a block's end.
awk '
/^```/ { if (inb && n) print "}"; inb = !inb; n = 0; next }
inb && /^\$ / { sub(/^\$ /, ""); print NR "\t" $0; n++; next }
inb && n { print "=\t" $0 }
' "$DOC" >"$tmp/examples"

# shows OUT EXPECTED: each line of EXPECTED (but "...") in OUT, in order;
# the first missing one said.
shows() {
	awk -v want="$2" '
	BEGIN { n = split(want, w, "\n"); i = 1
		while (i <= n && (w[i] == "..." || w[i] == "")) i++ }
	i <= n && $0 == w[i] { i++; while (i <= n && (w[i] == "..." || w[i] == "")) i++ }
	END { if (i <= n) { print "missing: " w[i]; exit 1 } }' "$1"
}

ex=$tmp/ex	# where a block runs
fresh_examples() {
	rm -rf "$ex"
	mkdir -p "$ex"
	cp -R "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" "$ex/"
}
sqlite_at() {	# REV...: the example project, its SQLite database at REV...
	fresh_examples
	export RETORT_URL="sqlite:///$ex/shop.db"
	local r
	for r in "$@"; do
		(cd "$ex" && retort -q upgrade "$r") >/dev/null 2>&1 || bail_out "upgrade $r"
	done
}
PG_URL=
pg_db() {	# REV: the example project on a fresh PostgreSQL database at REV
	fresh_examples
	if [ -z "$PG_URL" ]; then
		pg_start || { PG_URL=none; diag "$PG_ERROR"; }
		[ "$PG_URL" = none ] || PG_URL="postgresql://postgres@/shop?host=$PGHOST&port=$PGPORT"
	fi
	[ "$PG_URL" != none ] || return 1
	pg_psql -d postgres -c "DROP DATABASE IF EXISTS shop WITH (FORCE)" \
		-c "CREATE DATABASE shop" >/dev/null 2>&1 || return 1
	export RETORT_URL=$PG_URL
	(cd "$ex" && retort -q upgrade "$1") >/dev/null 2>&1
}

# setup LINE COMMAND WANT: the state the block that starts at LINE (with
# COMMAND, showing WANT after it) describes;
# its working folder in $cwd, and in $fix what cannot repeat, as sed
# commands run on the output.  1: a block it does not know.
setup() {
	unset RETORT_URL
	cwd=$ex
	fix=
	case $2 in
	"retort list_templates" | "retort init migrations")
		rm -rf "$ex" && mkdir -p "$ex" ;;
	"retort import shop/alembic.ini")
		rm -rf "$ex" && mkdir -p "$ex" && cp -R "$RETORT_ROOT/tests/fixtures/import/shop" "$ex/" ;;
	"retort revision -m \"create account table\"")
		rm -rf "$ex" && mkdir -p "$ex" && (cd "$ex" && retort -q init migrations) >/dev/null
		fix='s/[0-9a-f]\{12\}_create_account_table/3f9a0c2e71b4_create_account_table/' ;;
	"retort merge -m \"merge billing\" heads")
		rm -rf "$ex" && mkdir -p "$ex" && (cd "$ex" && retort -q init migrations &&
			retort -q revision -m a && retort -q revision -m billing --head base) >/dev/null
		fix='s/[0-9a-f]\{12\}_merge_billing/9c1d2e3f4a5b_merge_billing/' ;;
	"retort upgrade heads")
		if [[ $3 != *"PostgreSQL refused"* ]]; then
			sqlite_at 2b3c4d5e6f70
		else
			# the page's eighth revision, which PostgreSQL refuses
			pg_db head || return 2
			printf '%s\n' "revision '8192a3b4c5d6';" "revises '708192a3b4c5';" \
				"message 'backfill';" "" "upgrade {" "    execute 'SELECT 1';" \
				"    execute 'INSERT INTO no_such_table VALUES (1)';" "}" "" \
				"downgrade {" "}" >"$ex/shop/versions/8192a3b4c5d6_refused.mig"
		fi ;;
	"retort upgrade head --sql" | "retort downgrade head:base --sql" | \
	"retort stamp head --sql" | "retort history" | "retort show 4d5e" | \
	"retort heads" | "retort upgrade 6f70:head --sql --no-annotate" | \
	"retort upgrade heads --sql -o release-42.sql" | "retort history --format json -o history.json")
		fresh_examples ;;
	"cd examples && retort verify" | "cd examples && retort schema 2b3c" | \
	"cd examples && retort upgrade 1a2b --sql")
		fresh_examples
		rm -rf "$tmp/up" && mkdir -p "$tmp/up" && cp -R "$ex" "$tmp/up/examples"
		cwd=$tmp/up ;;
	"retort upgrade heads --plan")
		sqlite_at 2b3c4d5e6f70
		fix="s|sqlite:///$ex/shop.db|sqlite:///shop.db|" ;;
	"retort downgrade -1" | "retort stamp 2b3c")
		sqlite_at head ;;
	"retort current")
		if [[ $3 == *"(head)"* ]]; then
			sqlite_at head
		else
			sqlite_at 3c4d5e6f7081 4d5e6f708192
		fi ;;
	"retort history -i")
		sqlite_at 3c4d5e6f7081 4d5e6f708192 ;;
	"retort branches")
		fresh_examples ;;
	"retort verify")
		# the page's revision whose downgrade leaves its enum behind
		fresh_examples
		printf '%s\n' "revision '8192a3b4c5d6';" "revises '708192a3b4c5';" \
			"message 'order status';" "created '2024-07-12 10:00:00.000000';" \
			"upgrade {" "    create_enum order_status ('open', 'paid', 'shipped');" \
			"    add_column order status enum order_status;" "}" "" \
			"-- drop_enum order_status; left out" "downgrade {" \
			"    drop_column order status;" "}" \
			>"$ex/shop/versions/8192a3b4c5d6_order_status.mig" ;;
	"retort --lock-timeout 1 upgrade heads")
		# another run holds the lock: a revision that takes 4 s
		pg_db head || return 2
		printf '%s\n' "revision '8192a3b4c5d6';" "revises '708192a3b4c5';" \
			"message 'slow';" "upgrade {" "    execute 'SELECT pg_sleep(4)';" "}" \
			"downgrade {" "}" >"$ex/shop/versions/8192a3b4c5d6_slow.mig"
		(cd "$ex" && retort -q upgrade heads) >/dev/null 2>&1 &
		holder=$!
		sleep 1
		fix='s|^retort: error: postgresql://[^ ]*: gave up|retort: error: postgresql://postgres@/shop?host=/tmp/docpg.xfCz\&port=54391: gave up|; s/server process [0-9]*/server process 12532/; s/connected at [0-9: -]*)/connected at 2026-11-21 08:29:57)/' ;;
	"build/examples/apply retort.ini sqlite:///api.db")
		fresh_examples
		[ -x "$RETORT_ROOT/build/examples/apply" ] || return 3
		mkdir -p "$ex/build/examples" && ln -sf "$RETORT_ROOT/build/examples/apply" "$ex/build/examples/apply" ;;
	*)
		return 1 ;;
	esac
	return 0
}

# Read the blocks: for each, its commands and what each shows.
declare -a B_LINE B_CMD B_WANT B_SEP
n=0
while IFS= read -r line; do
	case $line in
	"}") n=$((n + 1)); B_SEP[n]=1 ;;
	"="*) B_WANT[n]+="${line#=	}"$'\n' ;;
	*)
		n=$((n + 1))
		B_LINE[n]=${line%%	*}
		B_CMD[n]=${line#*	}
		B_WANT[n]=
		;;
	esac
done <"$tmp/examples"

nblocks=0
i=1
while [ "$i" -le "$n" ]; do
	if [ -n "${B_SEP[$i]:-}" ] || [ -z "${B_CMD[$i]:-}" ]; then
		i=$((i + 1))
		continue
	fi
	# a block: from here to its end
	cmd=${B_CMD[$i]%%  #*}
	cmd=${cmd%% #*}
	holder=
	setup "${B_LINE[$i]}" "$cmd" "${B_WANT[$i]}"
	how=$?
	if [ "$how" -eq 1 ]; then
		not_ok "docs/commands.md:${B_LINE[$i]}: \`$cmd\`: an example this test cannot set up (add it to setup)"
	fi
	while [ "$i" -le "$n" ] && [ -z "${B_SEP[$i]:-}" ]; do
		cmd=${B_CMD[$i]%%  #*}
		cmd=${cmd%% #*}
		name="docs/commands.md:${B_LINE[$i]}: $cmd"
		if [ "$how" -eq 2 ]; then
			tap_skip "$name" "no PostgreSQL server: $PG_ERROR"
		elif [ "$how" -eq 3 ]; then
			tap_skip "$name" "build/examples/apply is not built (make tools)"
		elif [ "$how" -eq 0 ]; then
			rc=0
			(cd "$cwd" && run_limited "$TIMEOUT" bash -c "$cmd") </dev/null >"$tmp/out" 2>&1 || rc=$?
			[ -z "$fix" ] || sed -i "$fix" "$tmp/out"
			want_rc=0
			case $cmd in
			"retort verify" | "retort import shop/alembic.ini") want_rc=1 ;;
			"retort --lock-timeout 1 upgrade heads") want_rc=3 ;;
			"retort upgrade heads") [[ ${B_WANT[$i]} != *"PostgreSQL refused"* ]] || want_rc=3 ;;
			esac
			if [ "$rc" -ne "$want_rc" ]; then
				diag "exit $rc, not $want_rc; it printed:"
				diag_file "$tmp/out" 30
				not_ok "$name"
			elif ! shows "$tmp/out" "${B_WANT[$i]}" >"$tmp/why"; then
				diag "$(cat "$tmp/why"); it printed:"
				diag_file "$tmp/out" 40
				not_ok "$name"
			else
				ok "$name"
			fi
		fi
		i=$((i + 1))
	done
	[ -z "$holder" ] || wait "$holder" 2>/dev/null || true
	nblocks=$((nblocks + 1))
done
note "$nblocks blocks of examples in docs/commands.md"
pg_stop
tap_done
