#!/bin/sh
# bench/run.sh: the benchmark that `make bench` runs.  See bench/README.md.
#
# For each N (default 1000 10000 50000) it generates, once, a chain of N
# revisions in build/bench/N/ with bench/gen.c, then times
#
#     floor versions                     (the floor: open, read, close each file)
#     cat versions/*.mig                 (the old baseline)
#     retort upgrade head --sql, heads, history, history -v, show head,
#     schema, check, revision --autogenerate, verify
#
# with bench/measure.c: median wall time of RUNS runs after one warm-up,
# output to /dev/null, and the peak RSS (ru_maxrss); first each on one
# processor (the targets are checked there), then free to use all of them.
# It prints the tables, checks the targets, and exits 1 if any target fails
# (after printing everything), 2 if it could not run at all.
#
# Environment:
#   RETORT=PATH       the binary to measure (default build/retort; it is
#                     copied to build/bench/ first, so a rebuild during the
#                     run cannot change it half-way)
#   BENCH_SIZES="..." the values of N (default "1000 10000 50000")
#   BENCH_RUNS=K      timed runs per command (default 5 for N <= 10000, 3 above)
#   BENCH_DIR=DIR     where the tools and data sets go (default build/bench;
#                     elsewhere, they survive make clean)
#   CC, CFLAGS        for gen and measure (default cc, -O2)

set -u

CALLER_DIR=$(pwd -P)
case ${RETORT:-} in
''|/*) ;;
*) RETORT=$CALLER_DIR/$RETORT ;;
esac
case ${BENCH_DIR:-} in
''|/*) ;;
*) BENCH_DIR=$CALLER_DIR/$BENCH_DIR ;;
esac
cd "$(dirname "$0")/.." || exit 2
OUT=${BENCH_DIR:-build/bench}
CC=${CC:-cc}
BENCH_CFLAGS=${CFLAGS:--O2}
SIZES=${BENCH_SIZES:-1000 10000 50000}
RETORT_SRC=${RETORT:-build/retort}

# Targets (issue 20), on one processor: at N = TARGET_N, upgrade head --sql
# within 2.5x of the floor, heads and history within 1.5x, verify (one
# dialect) within 3x; t(50,000)/t(1,000) at most 55 for every command;
# peak RSS under 3 x input bytes + 8 MiB for every command and N (for
# check and revision --autogenerate the input is the revisions and the
# schema file).
TARGET_N=10000
UPGRADE_MAX=2.5
HEADS_MAX=1.5
HISTORY_MAX=1.5
VERIFY_MAX=3.0
SCALE_LO=1000
SCALE_HI=50000
SCALE_MAX=55

mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd -P) || exit 2

# --- tools -----------------------------------------------------------------

# newer A B: A was modified after B (test -nt is not POSIX)
newer() {
	[ -n "$(find "$1" -prune -newer "$2" 2>/dev/null)" ]
}

build_tool() {	# NAME: build/bench/NAME from bench/NAME.c when out of date
	if [ ! -x "$OUT/$1" ] || newer "bench/$1.c" "$OUT/$1"; then
		echo "  CC      bench/$1.c"
		# shellcheck disable=SC2086
		$CC -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra $BENCH_CFLAGS \
			-o "$OUT/$1" "bench/$1.c" || exit 2
	fi
}
build_tool gen
build_tool measure
build_tool floor
MEASURE=$OUT/measure

if [ ! -x "$RETORT_SRC" ]; then
	echo "bench: $RETORT_SRC is missing (run make first)" >&2
	exit 2
fi
cp "$RETORT_SRC" "$OUT/retort.tmp" && mv -f "$OUT/retort.tmp" "$OUT/retort" || exit 2
RETORT_BIN=$OUT/retort

# --- data ------------------------------------------------------------------

# dataset N: build/bench/N, generated unless it is there already and newer
# than the generator.  Its .complete file holds the input size in bytes.
dataset() {
	d=$OUT/$1
	if [ -f "$d/.complete" ] && ! newer "$OUT/gen" "$d/.complete"; then
		return 0
	fi
	rm -rf "$d"
	printf '  GEN     %s revisions in %s ... ' "$1" "$d"
	t0=$(date +%s)
	bytes=$("$OUT/gen" "$1" "$d") || { echo failed; exit 2; }
	echo "$bytes" >"$d/.complete"
	echo "done ($bytes bytes, $(($(date +%s) - t0)) s)"
}

# The schema file of head, for check and revision --autogenerate: what
# `schema --format mig` writes, so that check finds nothing to do and
# autogenerate writes an empty revision (which the run removes again).
schema_file() {
	d=$OUT/$1
	if [ ! -f "$d/head.mig" ] || newer "$d/.complete" "$d/head.mig"; then
		(cd "$d" && "$RETORT_BIN" schema --format mig >head.mig.tmp && mv head.mig.tmp head.mig) ||
			{ echo "bench: schema --format mig failed in $d"; exit 2; }
		grep -q '^schema *=' "$d/retort.ini" || printf 'schema = head.mig\n' >>"$d/retort.ini"
	fi
}

for n in $SIZES; do
	dataset "$n"
	schema_file "$n"
done

# --- verify: measured only if this build has it ----------------------------

# A build without verify says "unknown command" with exit status 2.
HAVE_VERIFY=no
if "$RETORT_BIN" help verify >/dev/null 2>&1 || "$RETORT_BIN" verify --help >/dev/null 2>&1; then
	HAVE_VERIFY=yes
fi

# --- the machine -----------------------------------------------------------

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
ccv=$($CC --version 2>/dev/null | head -n 1)
if [ -n "${RETORT:-}" ]; then
	from="$RETORT_SRC"
else
	rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
	if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
		rev="$rev + uncommitted changes"
	fi
	from="$RETORT_SRC, built from $rev"
fi
echo
echo "retort benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "  machine: $(nproc) cores, ${cpu:-unknown CPU}, ${mem:-? GiB} RAM, $(uname -sr)"
echo "  cc:      $ccv"
echo "  retort:  $("$RETORT_BIN" --version 2>/dev/null | head -n 1), $from"
echo "  times are medians of wall time (after one warm-up run), output to /dev/null;"
echo "  RSS is the peak resident set (ru_maxrss); MB below means MiB"
echo

# --- measuring -------------------------------------------------------------

FAILS=0
ERRF=$OUT/stderr.txt
CMDS="floor cat upgrade heads history historyv show schema check autogen verify"

# calc 'FORMAT, EXPR': print a number computed by awk
calc() {
	awk "BEGIN { printf $1 }"
}

# failed N MB LABEL STATUS KEY: the row of a command that failed (the first
# lines of its stderr under it), counted as a failure; T_KEY=fail
failed() {
	printf '%7s %9s  %-24s %s\n' "$1" "$2" "$3" "FAIL: exit status $4:"
	sed -n '1,5s/^/            /p' "$ERRF"
	FAILS=$((FAILS + 1))
	eval "T_$5=fail"
}

# what CMD: its label, and its command line as measure's arguments
what() {
	case $1 in
	floor)    label="floor (read the files)"; set -- -- "$OUT/floor" versions ;;
	cat)      label="cat versions/*.mig"; set -- -G versions -- cat ;;
	upgrade)  label="upgrade head --sql"; set -- -- "$RETORT_BIN" upgrade head --sql ;;
	heads)    label="heads"; set -- -- "$RETORT_BIN" heads ;;
	history)  label="history"; set -- -- "$RETORT_BIN" history ;;
	historyv) label="history -v"; set -- -- "$RETORT_BIN" history -v ;;
	show)     label="show head"; set -- -- "$RETORT_BIN" show head ;;
	schema)   label="schema"; set -- -- "$RETORT_BIN" schema ;;
	check)    label="check"; set -- -- "$RETORT_BIN" check ;;
	autogen)  label="revision --autogenerate"	# run through sh: see table
		  set -- ;;
	verify)   label="verify"; set -- -- "$RETORT_BIN" verify ;;
	esac
	ARGS="$*"
	WHAT_ARGC=$#
}

# table MODE: every command at every N; MODE one (on processor 0; the
# targets are checked) or all (free, reported only).
table() {
	mode=$1
	echo
	if [ "$mode" = one ]; then
		echo "on one processor (measure -P 0, as taskset -c 0): the targets"
		pin="-P 0"
	else
		echo "on all $(nproc) processors: reported, not checked"
		pin=
	fi
	printf '%7s %9s  %-24s %9s %7s %6s %8s %8s  %-16s %s\n' \
		N "input MB" command "median s" "x floor" "x cat" "RSS MB" "limit MB" "time target" \
		"RSS target"
	for n in $SIZES; do
		d=$OUT/$n
		bytes=$(cat "$d/.complete")
		mb=$(calc '"%.2f", '"$bytes"' / 1048576')
		schema_bytes=$(wc -c <"$d/head.mig")
		if [ -n "${BENCH_RUNS:-}" ]; then runs=$BENCH_RUNS
		elif [ "$n" -le 10000 ]; then runs=5
		else runs=3
		fi
		for cmd in $CMDS; do
			what "$cmd"
			# check and autogenerate read the schema file too: its bytes
			# are input as much as the revisions'
			in_bytes=$bytes
			case $cmd in
			check|autogen) in_bytes=$((bytes + schema_bytes)) ;;
			esac
			limit_kib=$(calc '"%d", (3 * '"$in_bytes"' + 8 * 1048576) / 1024')
			limit_mb=$(calc '"%.1f", '"$limit_kib"' / 1024')
			if [ "$cmd" = verify ] && [ "$HAVE_VERIFY" = no ]; then
				printf '%7s %9s  %-24s %s\n' "$n" "$mb" "$label" "n/a (not built)"
				continue
			fi
			if [ "$cmd" = cat ]; then
				# shellcheck disable=SC2086
				res=$("$MEASURE" $pin -C "$d" -n "$runs" -w 1 -e "$ERRF" -G versions -- cat) ||
					exit 2
			elif [ "$cmd" = autogen ]; then
				# shellcheck disable=SC2086,SC2016
				res=$("$MEASURE" $pin -C "$d" -n "$runs" -w 1 -e "$ERRF" -- sh -c \
					'"$0" -q revision --autogenerate -m bench --rev-id bench &&
					 rm -f versions/bench_bench.mig' "$RETORT_BIN") || exit 2
			else
				# shellcheck disable=SC2086
				res=$("$MEASURE" $pin -C "$d" -n "$runs" -w 1 -e "$ERRF" $ARGS) || exit 2
			fi
			# shellcheck disable=SC2086
			set -- $res
			med=$1 rss=$4 status=$5
			if [ "$status" -ne 0 ]; then
				failed "$n" "$mb" "$label" "$status" "${mode}_${cmd}_$n"
				continue
			fi
			eval "T_${mode}_${cmd}_$n=$med"
			rss_mb=$(calc '"%.1f", '"$rss"' / 1024')
			case $cmd in
			floor) floor_t=$med ;;
			cat)   cat_t=$med ;;
			esac
			xfloor=$(calc '"%.2f", '"$med"' / '"$floor_t")
			xcat=-
			[ "$cmd" = floor ] || xcat=$(calc '"%.2f", '"$med"' / '"$cat_t")
			if [ "$cmd" = floor ] || [ "$cmd" = cat ]; then
				printf '%7s %9s  %-24s %9.4f %7s %6s %8s %8s  %-16s %s\n' \
					"$n" "$mb" "$label" "$med" "$xfloor" "$xcat" "$rss_mb" - - -
				continue
			fi
			ttarget=-
			max=
			if [ "$mode" = one ] && [ "$n" -eq "$TARGET_N" ]; then
				case $cmd in
				upgrade) max=$UPGRADE_MAX ;;
				heads)   max=$HEADS_MAX ;;
				history) max=$HISTORY_MAX ;;
				verify)  max=$VERIFY_MAX ;;
				esac
			fi
			if [ -n "$max" ]; then
				if [ "$(calc '"%d", '"$med"' <= '"$max"' * '"$floor_t")" = 1 ]; then
					ttarget="PASS (<= ${max}x)"
				else
					ttarget="FAIL (<= ${max}x)"
					FAILS=$((FAILS + 1))
				fi
			fi
			rtarget=-
			if [ "$mode" = one ] && [ "$rss" -lt "$limit_kib" ]; then
				rtarget=PASS
			elif [ "$mode" = one ]; then
				rtarget=FAIL
				FAILS=$((FAILS + 1))
			fi
			printf '%7s %9s  %-24s %9.4f %7s %6s %8s %8s  %-16s %s\n' "$n" "$mb" "$label" \
				"$med" "$xfloor" "$xcat" "$rss_mb" "$limit_mb" "$ttarget" "$rtarget"
		done
	done
}

table one
table all

# --- scaling ---------------------------------------------------------------

echo
echo "scaling on one processor: t(N=$SCALE_HI) / t(N=$SCALE_LO), at most $SCALE_MAX (50x the input, no quadratic step)"
have_lo=no have_hi=no
for n in $SIZES; do
	[ "$n" -eq "$SCALE_LO" ] && have_lo=yes
	[ "$n" -eq "$SCALE_HI" ] && have_hi=yes
done
if [ "$have_lo" = no ] || [ "$have_hi" = no ]; then
	echo "  n/a: needs N=$SCALE_LO and N=$SCALE_HI in BENCH_SIZES"
else
	for cmd in $CMDS; do
		eval "lo=\${T_one_${cmd}_$SCALE_LO:-} hi=\${T_one_${cmd}_$SCALE_HI:-}"
		what "$cmd"
		if [ -z "$lo" ] || [ -z "$hi" ]; then
			printf '  %-24s %s\n' "$label" "n/a (not built)"
			continue
		fi
		if [ "$lo" = fail ] || [ "$hi" = fail ]; then
			printf '  %-24s %s\n' "$label" "n/a (the command failed)"
			continue
		fi
		r=$(calc '"%.1f", '"$hi"' / '"$lo")
		if [ "$cmd" = cat ] || [ "$cmd" = floor ]; then
			printf '  %-24s %8.4f s -> %8.4f s  %6sx  (baseline)\n' "$label" "$lo" "$hi" "$r"
		elif [ "$(calc '"%d", '"$hi"' <= '"$SCALE_MAX"' * '"$lo")" = 1 ]; then
			printf '  %-24s %8.4f s -> %8.4f s  %6sx  PASS\n' "$label" "$lo" "$hi" "$r"
		else
			printf '  %-24s %8.4f s -> %8.4f s  %6sx  FAIL\n' "$label" "$lo" "$hi" "$r"
			FAILS=$((FAILS + 1))
		fi
	done
fi

# --- import ----------------------------------------------------------------

# An Alembic project of N revisions (gen --alembic: the chain above, as
# Alembic's revision files), imported into an empty folder, on one
# processor.  Targets: t(SCALE_HI) / t(SCALE_LO) at most SCALE_MAX, as for
# the other commands, and the same RSS limit (of the .py bytes).  Before
# each run, untimed, the last run's output is moved aside, not removed:
# ext4 skips the inodes of files removed in the last minute when it makes
# new ones, a cost that grows with the number removed, so removing 50,000
# files before each run made the import quadratic where a first import
# into a fresh checkout is not.  Everything moved aside is removed once
# all N are measured.
echo
echo "import of an Alembic project (gen --alembic), into an empty folder, on one processor"
printf '%7s %9s  %-24s %9s %7s %8s %8s  %s\n' N "input MB" command "median s" "x floor" \
	"RSS MB" "limit MB" "RSS target"
for n in $SIZES; do
	d=$OUT/alembic-$n
	if [ ! -f "$d/.complete" ] || newer "$OUT/gen" "$d/.complete"; then
		rm -rf "$d"
		"$OUT/gen" --alembic "$n" "$d" >"$d.bytes" || { echo "gen --alembic $n failed"; exit 2; }
		mv "$d.bytes" "$d/.complete"
	fi
	rm -rf "$d/old" "$d/migrations" "$d/retort.ini"
	mkdir "$d/old" || exit 2
	bytes=$(cat "$d/.complete")
	mb=$(calc '"%.2f", '"$bytes"' / 1048576')
	limit_kib=$(calc '"%d", (3 * '"$bytes"' + 8 * 1048576) / 1024')
	if [ -n "${BENCH_RUNS:-}" ]; then runs=$BENCH_RUNS
	elif [ "$n" -le 10000 ]; then runs=5
	else runs=3
	fi
	res=$("$MEASURE" -P 0 -C "$d" -n "$runs" -w 1 -e "$ERRF" -- "$OUT/floor" versions .py) ||
		exit 2
	# shellcheck disable=SC2086
	set -- $res
	floor_t=$1
	printf '%7s %9s  %-24s %9.4f %7s %8s %8s  %s\n' "$n" "$mb" "floor (read the .py)" \
		"$floor_t" 1.00 "$(calc '"%.1f", '"$4"' / 1024')" - -
	# shellcheck disable=SC2016
	res=$("$MEASURE" -P 0 -C "$d" -n "$runs" -w 1 -e "$ERRF" \
		-p 'if [ -d migrations ]; then mv migrations "old/$(date +%s%N)"; fi; rm -f retort.ini' \
		-- "$RETORT_BIN" -q import alembic.ini) || exit 2
	# shellcheck disable=SC2086
	set -- $res
	if [ "$5" -ne 0 ]; then
		failed "$n" "$mb" import "$5" "import_$n"
		continue
	fi
	eval "T_import_$n=$1"
	if [ "$4" -lt "$limit_kib" ]; then rtarget=PASS; else rtarget=FAIL; FAILS=$((FAILS + 1)); fi
	printf '%7s %9s  %-24s %9.4f %7s %8s %8s  %s\n' "$n" "$mb" "import" "$1" \
		"$(calc '"%.2f", '"$1"' / '"$floor_t")" "$(calc '"%.1f", '"$4"' / 1024')" \
		"$(calc '"%.1f", '"$limit_kib"' / 1024')" "$rtarget"
done
for n in $SIZES; do
	rm -rf "$OUT/alembic-$n/old" "$OUT/alembic-$n/migrations" "$OUT/alembic-$n/retort.ini"
done
eval "lo=\${T_import_$SCALE_LO:-} hi=\${T_import_$SCALE_HI:-}"
if [ -z "$lo" ] || [ -z "$hi" ]; then
	echo "  scaling: n/a (needs N=$SCALE_LO and N=$SCALE_HI in BENCH_SIZES)"
elif [ "$lo" = fail ] || [ "$hi" = fail ]; then
	echo "  scaling: n/a (the command failed)"
else
	r=$(calc '"%.1f", '"$hi"' / '"$lo")
	if [ "$(calc '"%d", '"$hi"' <= '"$SCALE_MAX"' * '"$lo")" = 1 ]; then
		verdict=PASS
	else
		verdict=FAIL
		FAILS=$((FAILS + 1))
	fi
	printf '  scaling t(%s)/t(%s): %8.4f s -> %8.4f s  %6sx  %s (<= %s)\n' "$SCALE_HI" \
		"$SCALE_LO" "$lo" "$hi" "$r" "$verdict" "$SCALE_MAX"
fi

# --- wide tables -----------------------------------------------------------

# One table widened by a column a revision, and one made at once with many
# columns.  Targets (issue 20): the first's t(WIDE_HI)/t(WIDE_LO), for
# verify and upgrade head --sql, at most WIDE_MAX: linear in the revisions
# (10x the revisions, 11x the time at most; a step that is linear in the
# table's width makes it quadratic, 100x); the second's, for both, at most
# TABLE_MAX (linear is 4, quadratic 16).
WIDE_LO=2000 WIDE_HI=20000 WIDE_MAX=11
TABLE_LO=5000 TABLE_HI=20000 TABLE_MAX=8

wide_data() {	# KIND N: build/bench/KIND-N, made once
	d=$OUT/$1-$2
	if [ -f "$d/.complete" ] && ! newer "$OUT/gen" "$d/.complete"; then
		return 0
	fi
	rm -rf "$d"
	"$OUT/gen" "--$1" "$2" "$d" >"$d.bytes" || { echo "gen --$1 $2 failed"; exit 2; }
	mv "$d.bytes" "$d/.complete"
}

wide_time() {	# KIND N CMD...: the median, or "fail"
	kind=$1 n=$2
	shift 2
	res=$("$MEASURE" -P 0 -C "$OUT/$kind-$n" -n 3 -w 1 -e "$ERRF" -- "$RETORT_BIN" "$@") || exit 2
	# shellcheck disable=SC2086
	set -- $res
	if [ "$5" -ne 0 ]; then echo fail; else echo "$1"; fi
}

wide_check() {	# LABEL LO HI TLO THI MAX
	if [ "$4" = fail ] || [ "$5" = fail ]; then
		printf '  %-44s %s\n' "$1" "FAIL: the command failed"
		FAILS=$((FAILS + 1))
		return
	fi
	r=$(calc '"%.1f", '"$5"' / '"$4")
	if [ "$(calc '"%d", '"$5"' <= '"$6"' * '"$4")" = 1 ]; then
		verdict="PASS (<= $6x)"
	else
		verdict="FAIL (<= $6x)"
		FAILS=$((FAILS + 1))
	fi
	printf '  %-44s %8.4f s -> %8.4f s  %6sx  %s\n' "$1" "$4" "$5" "$r" "$verdict"
}

echo
echo "wide tables: a column a revision (N=$WIDE_LO, $WIDE_HI); $TABLE_LO and $TABLE_HI columns at once"
for n in $WIDE_LO $WIDE_HI; do wide_data wide "$n"; done
for n in $TABLE_LO $TABLE_HI; do wide_data table "$n"; done
if [ "$HAVE_VERIFY" = yes ]; then
	wide_check "verify, a column a revision" $WIDE_LO $WIDE_HI \
		"$(wide_time wide $WIDE_LO verify)" "$(wide_time wide $WIDE_HI verify)" $WIDE_MAX
	wide_check "upgrade head --sql, a column a revision" $WIDE_LO $WIDE_HI \
		"$(wide_time wide $WIDE_LO upgrade head --sql)" \
		"$(wide_time wide $WIDE_HI upgrade head --sql)" $WIDE_MAX
	wide_check "verify, one table made at once" $TABLE_LO $TABLE_HI \
		"$(wide_time table $TABLE_LO verify)" "$(wide_time table $TABLE_HI verify)" $TABLE_MAX
fi
wide_check "upgrade head --sql, one table made at once" $TABLE_LO $TABLE_HI \
	"$(wide_time table $TABLE_LO upgrade head --sql)" \
	"$(wide_time table $TABLE_HI upgrade head --sql)" $TABLE_MAX

echo
if [ "$FAILS" -gt 0 ]; then
	echo "bench: $FAILS target(s) failed"
	exit 1
fi
echo "bench: every target met"
exit 0
