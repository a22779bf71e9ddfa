#!/bin/sh
# fuzz/seeds.sh OUT: the seed corpora (OUT/seeds/TARGET/) and the
# dictionary (OUT/retort.dict) of the fuzz targets, made from the
# repository's own files: every golden case and example project, the
# autogenerate fixtures' schema files, the ini files, and the URLs the
# secrets test tries.  A project is its files joined by lines "%%"
# (fuzz/fuzz.h); a parse seed starts with the byte that picks the mode.
set -eu
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
seeds=$out/seeds
rm -rf "$seeds"
for t in parse compile verify check ini url py import; do
	mkdir -p "$seeds/$t"
done

# joined FILE...: the files, a line "%%" between each two
joined() {
	first=1
	for f in "$@"; do
		[ "$first" = 1 ] || printf '%%%%\n'
		first=0
		cat "$f"
	done
}

n=0
for dir in "$root"/golden/*/versions "$root"/examples/*/versions; do
	[ -d "$dir" ] || continue
	set -- "$dir"/*.mig
	[ -f "$1" ] || continue
	n=$((n + 1))
	joined "$@" >"$seeds/compile/p$n"
	cp "$seeds/compile/p$n" "$seeds/verify/p$n"
	joined "$@" "$root/tests/fixtures/autogen/schemas/changes.mig" >"$seeds/check/p$n"
	for f in "$@"; do
		n=$((n + 1))
		{ printf '\000'; cat "$f"; } >"$seeds/parse/r$n"
	done
done
for f in "$root"/tests/fixtures/autogen/schemas/*.mig "$root"/tests/fixtures/autogen-steps/*/*.mig; do
	n=$((n + 1))
	{ printf '\002'; cat "$f"; } >"$seeds/parse/s$n"
	joined "$root"/tests/fixtures/autogen/versions/*.mig "$f" >"$seeds/check/s$n"
done
for f in "$root"/golden/retort.ini "$root"/golden/*/retort.ini "$root"/examples/retort.ini \
	"$root"/tests/fixtures/*/retort.ini; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	cp "$f" "$seeds/ini/i$n"
done
# The Alembic revisions (and env.py) of the import fixtures, for fuzz_py.
for f in "$root"/tests/fixtures/import/*/*/*.py "$root"/tests/fixtures/import/*/*/versions/*.py; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	cp "$f" "$seeds/py/y$n"
	cp "$f" "$seeds/import/y$n"
done
# The URLs of tests/secrets.t, with the password the test looks for.
sed -n 's/^	"\(.*:\/\/.*\)"$/\1/p' "$root/tests/secrets.t" | sed 's/\${PW}/S3cretPW/g' |
	while IFS= read -r url; do
		n=$((n + 1))
		printf '%s' "$url" >"$seeds/url/secrets$n"
	done
for url in 'sqlite:///app.db' 'postgresql://app:pw@db.example.com:5432/shop?sslmode=require' \
	'mysql+mysqldb://root@localhost/shop?charset=utf8mb4&unix_socket=/run/mysqld.sock'; do
	n=$((n + 1))
	printf '%s' "$url" >"$seeds/url/u$n"
done

# The dictionary: every keyword of the language, and its punctuation.
{
	sed -n 's/^KW("\([^"]*\)".*/kw_\1="\1"/p' "$root/src/keywords.def"
	for p in '(' ')' '{' '}' ';' ',' '.' '=' "'" '"' '$$' '--' '/*' '*/' '%%'; do
		printf 'p="%s"\n' "$(printf '%s' "$p" | sed 's/\\/\\\\/g; s/"/\\"/g')"
	done
} >"$out/retort.dict"
