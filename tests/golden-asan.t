#!/usr/bin/env bash
# The golden cases again, run by the ASan/UBSan build (build/asan/retort, or
# $RETORT_ASAN): the same comparisons, plus any sanitizer report (a leak
# included) is a failure.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
GOLDEN_SANITIZER=1
golden_main "$(abspath "${RETORT_ASAN:-$RETORT_ROOT/build/asan/retort}")"
