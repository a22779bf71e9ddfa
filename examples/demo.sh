#!/bin/sh
# `make demo`: compile the example shop project (examples/) to PostgreSQL SQL,
# and show its revision graph, as a newcomer's first look at retort.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
retort="$here/../build/retort"
cd "$here"
echo "== retort history (examples/shop) =="
"$retort" history
echo
echo "== retort heads =="
"$retort" heads
echo
echo "== retort upgrade heads --sql --dialect postgresql =="
"$retort" --dialect postgresql upgrade heads --sql
echo "== retort downgrade heads:base --sql --dialect postgresql =="
"$retort" --dialect postgresql downgrade heads:base --sql
