#!/usr/bin/env bash
# The golden cases again, run by the ThreadSanitizer build (build/tsan/retort,
# or $RETORT_TSAN): the same comparisons, plus any race the sanitizer sees
# between the reading and parsing thread and the main one is a failure.
# (On a one-processor machine retort runs one thread and this adds nothing.)
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
export TSAN_OPTIONS="halt_on_error=1:exitcode=66${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
GOLDEN_SANITIZER=1
golden_main "$(abspath "${RETORT_TSAN:-$RETORT_ROOT/build/tsan/retort}")"
