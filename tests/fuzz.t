#!/usr/bin/env bash
# The fuzz targets (fuzz/), built by make check: first each on its seeds
# alone (every golden case, example and fixture must go through without a
# finding), then each fuzzing for RETORT_FUZZ_SECONDS (60 unless told; 0
# skips it), two at a time on a two-core machine.  Any crash, leak,
# undefined behaviour, hang or broken oracle fails the target's test, with
# the input saved under build/fuzz/findings/ and the end of its log shown.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

FUZZ=$RETORT_ROOT/build/fuzz
SECS=${RETORT_FUZZ_SECONDS:-60}
TARGETS="parse compile verify check ini url py import"
tmp=
mktempdir tmp

for t in $TARGETS; do
	if [ ! -x "$FUZZ/fuzz_$t" ]; then
		not_ok "fuzz_$t is built (make fuzz-build: clang and libclang-rt-14-dev)"
		continue
	fi
	# the seeds alone: -runs=0 reads every input once
	if TMPDIR=$tmp run_limited 600 "$FUZZ/fuzz_$t" -runs=0 -timeout=20 \
		-artifact_prefix="$tmp/" "$FUZZ/seeds/$t" >"$tmp/seeds-$t.log" 2>&1; then
		ok "fuzz_$t: every seed goes through ($(find "$FUZZ/seeds/$t" -type f | wc -l) inputs)"
	else
		diag_stream <"$tmp/seeds-$t.log"
		not_ok "fuzz_$t: every seed goes through"
	fi
done

if [ "$SECS" -gt 0 ]; then
	# shellcheck disable=SC2086  # the targets' names
	sh "$RETORT_ROOT/fuzz/run.sh" "$FUZZ" "$SECS" $TARGETS >"$tmp/run.log" 2>&1
	for t in $TARGETS; do
		line=$(grep "^fuzz_$t: " "$tmp/run.log" | head -n 1)
		case $line in
		*"nothing found"*) ok "$line" ;;
		*)
			grep "^fuzz_$t: " "$tmp/run.log" | diag_stream
			not_ok "fuzz_$t: ${SECS} s of fuzzing find nothing"
			;;
		esac
	done
else
	tap_skip "fuzzing itself" "RETORT_FUZZ_SECONDS=0"
fi
tap_done
