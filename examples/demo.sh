#!/bin/sh
# `make demo`: a newcomer's first look at retort, on the example shop
# project (examples/shop).  It prints the SQL for all three dialects, then
# applies the migrations to an embedded SQLite database (a file under
# build/, made afresh), shows where the database is and the history, and
# downgrades it to base again.  No server is needed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
retort="$here/../build/retort"
db="$here/../build/demo/shop.db"
url="sqlite:///$(cd "$here/.." && pwd)/build/demo/shop.db"
mkdir -p "$(dirname "$db")"
rm -f "$db"
cd "$here"

for dialect in postgresql mysql sqlite; do
	echo "== retort --dialect $dialect upgrade heads --sql =="
	"$retort" --dialect "$dialect" upgrade heads --sql
done

echo "== retort --url $url upgrade heads =="
"$retort" --url "$url" upgrade heads
echo
echo "== retort current =="
"$retort" --url "$url" current
echo
echo "== retort history -i =="
"$retort" --url "$url" history -i
echo
echo "== retort downgrade base =="
"$retort" --url "$url" downgrade base
echo
echo "== retort current (at base: no rows) =="
"$retort" --url "$url" current
echo "(the database is $db)"
