#!/usr/bin/env bash
# tests/runner.t again, on the ASan/UBSan build: the runner's drivers,
# its failure path and the C libraries it calls, with leak checking.  A
# sanitizer report changes the exit status, and so fails the checks.
RETORT="${RETORT_ASAN:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/build/asan/retort}"
export RETORT
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=99${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=99${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/runner.t"
