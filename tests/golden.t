#!/usr/bin/env bash
# Golden tests: every case under golden/ compiled by build/retort (or
# $RETORT) and compared byte for byte with its expected files.  The layout
# and the rules are in tests/lib/golden.sh (golden_main).
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/golden.sh"
golden_main "$RETORT"
