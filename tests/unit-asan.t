#!/usr/bin/env bash
# tests/unit.t again, on the unit tests linked with the ASan/UBSan library:
# the model and the revision graph are exercised here in ways the golden
# files do not reach, so their memory is checked here too.
RETORT_UNIT_DIR="${RETORT_UNIT_ASAN_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)/build/asan/tests}"
export RETORT_UNIT_DIR
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/unit.t"
