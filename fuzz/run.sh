#!/bin/sh
# fuzz/run.sh BUILD SECONDS TARGET...: runs each fuzz target for SECONDS on
# its corpus (BUILD/corpus/TARGET, which grows from one run to the next,
# started from the seeds), as many at once as the machine has cores.  A
# finding goes to BUILD/findings/TARGET/; the run then fails, naming it,
# with the end of the target's log (the whole log: BUILD/logs/TARGET.log).
set -u
if [ "${1:-}" = --one ]; then
	build=$2 secs=$3 t=$4
	mkdir -p "$build/corpus/$t" "$build/findings/$t" "$build/logs"
	# the target's project folders go to a temporary directory of its own
	tmp=$(mktemp -d)
	TMPDIR=$tmp "$build/fuzz_$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
		-dict="$build/retort.dict" -artifact_prefix="$build/findings/$t/" \
		-print_final_stats=1 "$build/corpus/$t" "$build/seeds/$t" >"$build/logs/$t.log" 2>&1
	rc=$?
	rm -rf "$tmp"
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$t.log")
	if [ "$rc" -eq 0 ]; then
		echo "fuzz_$t: ${runs:-?} inputs in ${secs} s, nothing found"
	else
		echo "fuzz_$t: FOUND something (exit $rc); the input: $(ls "$build/findings/$t" | head -n 1)"
		tail -n 40 "$build/logs/$t.log" | sed "s/^/fuzz_$t: /"
	fi
	exit "$rc"
fi
build=$1 secs=$2
shift 2
printf '%s\n' "$@" | xargs -P "$(nproc 2>/dev/null || echo 1)" -I{} sh "$0" --one "$build" "$secs" {}
