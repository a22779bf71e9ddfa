#!/usr/bin/env bash
# --format json and --diagnostics-format json (docs/json.md): every
# document is read back by two real JSON parsers (python3's json module and
# jq), its members are the ones the page documents, and its values agree
# with the text form of the same command; the diagnostic codes the page
# lists are exactly those of src/diag_codes.def.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir work
cd "$work" || bail_out "cannot cd to $work"
cp -r "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" .
DOC=$RETORT_ROOT/docs/json.md
J=$work/.json E=$work/.err
OUT=$J ERR=$E

# valid NAME FILE: both parsers read FILE as one JSON document.
valid() {
	if [ -s "$2" ] && python3 -m json.tool "$2" >/dev/null 2>"$work/.perr" && jq -e . "$2" >/dev/null 2>>"$work/.perr"; then
		ok "$1: valid JSON"
	else
		diag_file "$work/.perr"
		diag_file "$2"
		not_ok "$1: valid JSON"
	fi
}

# holds NAME FILE FILTER [jq args]: jq -e FILTER is true of FILE.
holds() {
	local name=$1 file=$2 filter=$3
	shift 3
	if [ -s "$file" ] && jq -e "$@" "$filter" "$file" >/dev/null 2>"$work/.jerr"; then
		ok "$name"
	else
		diag "jq -e '$filter' is not true of:"
		diag_file "$file"
		diag_file "$work/.jerr"
		not_ok "$name"
	fi
}


# The members of a revision, as the page's table names them.
members=$(sed -n '/^### A revision/,/^### current/p' "$DOC" | sed -n 's/^| `\([a-z_]*\)` |.*/\1/p' |
	grep -vx current | jq -R . | jq -sc 'sort')
if [ "$(jq -r length <<<"$members")" -ge 15 ]; then
	ok "docs/json.md's revision table read: $(jq -r length <<<"$members") members"
else
	diag "read: $members"
	not_ok "docs/json.md's revision table read"
fi

# ---- history, heads, branches, show: the documented members, the text's values

expect_exit "history" 0 "$RETORT" history --format json
valid "history" "$J"
cp "$J" history.json
holds "history: each revision has exactly the documented members" history.json \
	'[.revisions[] | keys == $m] | all' --argjson m "$members"
"$RETORT" history >history.txt
holds "history: as many revisions as the text lists" history.json \
	'.revisions | length == $n' --argjson n "$(wc -l <history.txt)"
first=$(head -n 1 history.txt | sed 's/^.* -> \([0-9a-f]*\).*/\1/')
holds "history: newest first, as the text ($first)" history.json '.revisions[0].revision == $id' \
	--arg id "$first"
holds "history: files and lines point at the revision line" history.json \
	'[.revisions[] | (.file | test("^shop/versions/.*\\.mig$")) and .line >= 1] | all'
bad=0
while IFS=$'\t' read -r file line id; do
	if [ "$(sed -n "${line}p" "$file")" != "revision '$id';" ]; then
		diag "$file:$line is not revision '$id'"
		bad=1
	fi
done < <(jq -r '.revisions[] | [.file, .line, .revision] | @tsv' history.json)
tap_result "$bad" "history: each file's line says its revision"
holds "history: parents and children agree" history.json \
	'[.revisions[] as $r | $r.down_revisions[] as $d | (.revisions[] | select(.revision == $d) |
	  .up_revisions | index($r.revision)) != null] | all'
holds "history: no 'current' without -i" history.json '[.revisions[] | has("current")] | any | not'

expect_exit "heads" 0 "$RETORT" heads --format json
valid "heads" "$J"
head_text=$("$RETORT" heads | cut -d' ' -f1)
holds "heads: the text's head ($head_text), is_head" "$J" \
	'[.revisions[].revision] == [$h] and .revisions[0].is_head' --arg h "$head_text"
holds "heads: its labels as the text shows them" "$J" \
	'.revisions[0].labels == ["orders", "loyalty"]'

expect_exit "branches" 0 "$RETORT" branches --format json
valid "branches" "$J"
holds "branches: the branch points, with their branches" "$J" \
	'[.revisions[] | .is_branch_point and (.up_revisions | length) > 1] | all and length == 1'

expect_exit "show heads" 0 "$RETORT" show heads --format json
valid "show" "$J"
holds "show: the ops of each block, as show writes them" "$J" \
	'.revisions[0].upgrade == ["only postgresql { 1 op }", "only sqlite { 1 op }", "only mysql { 1 op }"]'
expect_exit "show base revision" 0 "$RETORT" show 1a2b3c4d5e6f --format json
holds "show: a base revision has no down_revisions and is_base" "$J" \
	'.revisions[0] | .down_revisions == [] and .is_base and (.upgrade | length) > 0'

# ---- verify

expect_exit "verify" 0 "$RETORT" verify --format json
valid "verify" "$J"
holds "verify: every dialect verified" "$J" \
	'.verified and (.dialects | length) == 3 and ([.dialects[].verified] | all) and .revisions == 7'

# ---- current, on SQLite

db="sqlite:///$work/shop.db"
"$RETORT" --url "$db" upgrade 2b3c4d5e6f70 -q
expect_exit "current --check below the heads" 4 "$RETORT" --url "$db" current --check --format json
valid "current" "$J"
holds "current: rows, revisions, heads, at_heads false" "$J" \
	'.rows == ["2b3c4d5e6f70"] and .revisions[0].revision == "2b3c4d5e6f70" and
	 .heads == ["708192a3b4c5"] and (.at_heads | not) and (.url | startswith("sqlite:///"))'
if grep -q "not at the heads" "$E"; then ok "current --check: the gap said on stderr"; else diag_file "$E"; not_ok "current --check: the gap said on stderr"; fi
expect_exit "current without --check below the heads" 0 "$RETORT" --url "$db" current --format json
"$RETORT" --url "$db" upgrade heads -q
expect_exit "current --check at the heads" 0 "$RETORT" --url "$db" current --check --format json
holds "current: at_heads true" "$J" '.at_heads and .rows == .heads'

# ---- check, with a schema file

mkdir chk && cd chk || bail_out "cd chk"
"$RETORT" init migrations -q
cat >migrations/versions/a1_t.mig <<'MIG'
revision 'a1';
revises base;
message 't';

upgrade {
    create_table t (id integer primary key);
}
downgrade {
    drop_table t;
}
MIG
printf 'create_table t (id integer primary key);\n' >schema.mig
printf 'schema = schema.mig\n' >>retort.ini
expect_exit "check, nothing differs" 0 "$RETORT" check --format json
valid "check" "$J"
holds "check: differs false, empty ops" "$J" \
	'(.differs | not) and .upgrade == "" and .downgrade == "" and .against == "head" and .schema == "schema.mig"'
printf 'create_table t (id integer primary key, note text);\n' >schema.mig
expect_exit "check, a column more" 4 "$RETORT" check --format json
holds "check: differs, the add_column and its drop" "$J" \
	'.differs and (.upgrade | test("add_column t")) and (.downgrade | test("drop_column t"))'

# ---- verify that fails: JSON all the same, and the diagnostics as JSON

cat >migrations/versions/b2_bad.mig <<'MIG'
revision 'b2';
revises 'a1';
message 'bad';

upgrade {
    add_column t note text;
}
downgrade {
}
MIG
expect_exit "verify --format json of a bad downgrade" 1 "$RETORT" verify --dialect sqlite --format json \
	--diagnostics-format json
valid "verify (failed)" "$J"
holds "verify: verified false" "$J" '(.verified | not) and .dialects == [{"dialect": "sqlite", "verified": false}]'
valid "diagnostics of verify" "$E"
holds "diagnostics: a verify error at the revision's file" "$E" \
	'[.[] | select(.code == "verify" and .severity == "error" and (.file | endswith("b2_bad.mig")))] | length >= 1'
rm migrations/versions/b2_bad.mig

# ---- diagnostics: positions, escapes, usage, nothing

printf "revision 'c3';\nrevises 'a1';\nmessage 'a \"quoted\" word';\n\nupgrade {\n    add_colum t x text;\n}\ndowngrade {\n}\n" \
	>migrations/versions/c3_syntax.mig
expect_exit "a syntax error" 1 "$RETORT" show c3 --format json --diagnostics-format json
valid "diagnostics of a syntax error" "$E"
holds "diagnostics: syntax at 6:5, the source line and caret" "$E" \
	'.[0] | .code == "syntax" and .line == 6 and .column == 5 and
	 (.source | startswith("    add_colum t x text;\n    ^")) and .file == "migrations/versions/c3_syntax.mig"'
if [ ! -s "$J" ]; then ok "a failed run prints nothing on stdout"; else not_ok "a failed run prints nothing on stdout"; fi
rm migrations/versions/c3_syntax.mig

expect_exit "an unknown option" 2 "$RETORT" heads --bogus --diagnostics-format=json
valid "diagnostics of a usage error" "$E"
holds "diagnostics: usage, with the help note" "$E" \
	'.[0].code == "usage" and (.[0].message | test("--bogus")) and .[0].notes[0].severity == "note" and .[0].file == null'
expect_exit "a wrong count of arguments" 2 "$RETORT" --diagnostics-format json show
holds "diagnostics: the synopsis as a usage error" "$E" '.[0].code == "usage" and (.[0].message | test("show REV"))'
expect_exit "a bad --diagnostics-format" 2 "$RETORT" heads --diagnostics-format yaml
if grep -q "text or json, not 'yaml'" "$E"; then ok "--diagnostics-format yaml refused"; else diag_file "$E"; not_ok "--diagnostics-format yaml refused"; fi
expect_exit "--format of a command without json" 2 "$RETORT" upgrade heads --sql --format json
if grep -q "format" "$E"; then ok "upgrade --format json refused"; else diag_file "$E"; not_ok "upgrade --format json refused"; fi
expect_exit "--format yaml" 2 "$RETORT" heads --format yaml
if grep -q "text|json, not 'yaml'" "$E"; then ok "heads --format yaml refused, the choices said"; else diag_file "$E"; not_ok "heads --format yaml refused"; fi

expect_exit "a clean run with JSON diagnostics" 0 "$RETORT" heads --diagnostics-format json
holds "diagnostics: [] when there are none" "$E" '. == []'

expect_exit "a password in a URL that fails" 3 "$RETORT" --url 'postgresql://u:s3cretpw@/db?host=/nonexistent' \
	current --format json --diagnostics-format json
valid "diagnostics of a refused connection" "$E"
if grep -q s3cretpw "$E" "$J"; then diag_file "$E"; not_ok "the password is in no message"; else ok "the password is in no message"; fi
holds "diagnostics: the database code" "$E" '.[0].code == "database"'

# Bytes that are not UTF-8 come out as U+FFFD, still valid JSON.
printf "revision 'd4';\nrevises 'a1';\nmessage 'x';\n\nupgrade {\n    -- caf\xe9\n}\n" \
	>migrations/versions/d4_latin1.mig
expect_exit "a file that is not UTF-8" 1 "$RETORT" heads --diagnostics-format json
valid "diagnostics quoting a line that is not UTF-8" "$E"
holds "diagnostics: the byte written as U+FFFD" "$E" '.[0] | .code == "lex-invalid-utf8" and (.source | test("caf\ufffd"))'
rm migrations/versions/d4_latin1.mig

# ---- the codes the page lists are the codes retort has

cd "$work" || bail_out "cd"
sed -n 's/^DIAG([A-Z0-9_]*, "\([a-z0-9-]*\)")$/\1/p' "$RETORT_ROOT/src/diag_codes.def" | sort >codes.def
sed -n '/^### Codes/,$p' "$DOC" | sed -n 's/^| `\([a-z0-9-]*\)` |.*/\1/p' | sort >codes.doc
if [ -s codes.def ] && diff codes.def codes.doc >codes.diff; then
	ok "docs/json.md lists every code of diag_codes.def, and no other ($(wc -l <codes.def))"
else
	diag_file codes.diff
	not_ok "docs/json.md lists every code of diag_codes.def, and no other"
fi

tap_done
