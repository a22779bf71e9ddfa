#!/usr/bin/env bash
# Pictures (issue 19, point 4).  history --graph is compared line for line
# with text reasoned out by hand (the reasoning beside it) on examples/ and
# on small graphs made here: two bases, a merge of three, depends_on, lanes
# that cross, a base left of a lane, -v and -r.  retort graph and schema
# --format dot are rendered by Graphviz (dot -Tsvg) and the SVG read back:
# its titles name every revision or table, its edges are history's or the
# schema's, and text with every character DOT or HTML treats specially comes
# out as written.  Mermaid has no renderer in Debian (mmdc is an npm
# package that drives a browser), so its output is held to the syntax rules
# it relies on (written out below) and, where it is small, compared whole.
# shellcheck source-path=SCRIPTDIR
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

mktempdir work
cd "$work" || bail_out "cannot cd to $work"
if ! command -v dot >/dev/null 2>&1; then
	diag "Graphviz's dot is not installed (apt-get install graphviz; .ci/run installs it)"
	not_ok "dot is there to render with"
	tap_done
	exit
fi

# ---- helpers

# same NAME EXPECTED ACTUAL: the files are equal, else the diff.
same() {
	if cmp -s "$2" "$3"; then
		ok "$1"
	else
		diff -u "$2" "$3" | diag_stream
		not_ok "$1"
	fi
}

# run_ok NAME CMD...: CMD exits 0 with nothing on stderr; stdout in .out.
run_ok() {
	local name=$1 rc=0
	shift
	"$@" >"$work/.out" 2>"$work/.err" || rc=$?
	if [ "$rc" -eq 0 ] && [ ! -s "$work/.err" ]; then
		ok "$name"
	else
		diag "exit $rc"
		diag_file "$work/.err"
		not_ok "$name"
	fi
}

# shows NAME DIR ARGS... <<EXPECTED: `retort ARGS` in DIR prints exactly
# EXPECTED (one test), and nothing on stderr (in the same test).
shows() {
	local name=$1 dir=$2 rc=0
	shift 2
	cat >"$work/.want"
	(cd "$dir" && "$RETORT" "$@") >"$work/.got" 2>"$work/.err" || rc=$?
	if [ "$rc" -ne 0 ] || [ -s "$work/.err" ]; then
		diag "exit $rc"
		diag_file "$work/.err"
	fi
	if [ "$rc" -eq 0 ] && [ ! -s "$work/.err" ] && cmp -s "$work/.want" "$work/.got"; then
		ok "$name"
	else
		diff -u "$work/.want" "$work/.got" | diag_stream
		not_ok "$name"
	fi
}

# holds NAME FILE FILTER [jq args]: jq -e FILTER is true of FILE.
holds() {
	local name=$1 file=$2 filter=$3
	shift 3
	if jq -e "$@" "$filter" "$file" >/dev/null 2>"$work/.jerr"; then
		ok "$name"
	else
		diag "jq -e '$filter' is not true of:"
		diag_file "$file" 40
		diag_file "$work/.jerr"
		not_ok "$name"
	fi
}

# A project of empty revisions: proj NAME makes it (SQLite), mk ID
# PARENTS [DEPS] adds a revision (PARENTS: base, or ids blank-separated),
# its message its id.
proj() {
	mkdir -p "$work/$1/v"
	printf '[retort]\nscript_location = .\nversion_locations = v\ndialect = sqlite\n' \
		>"$work/$1/retort.ini"
	P=$work/$1
}
list() { printf "'%s', " "$@" | sed 's/, $//'; }
mk() {
	local id=$1 par=$2 deps=${3:-}
	{
		printf "revision '%s';\n" "$id"
		# shellcheck disable=SC2086 # the ids, split
		if [ "$par" = base ]; then echo "revises base;"; else echo "revises ($(list $par));"; fi
		printf "message '%s';\n" "$id"
		# shellcheck disable=SC2086
		[ -z "$deps" ] || echo "depends_on ($(list $deps));"
		printf 'upgrade {\n}\ndowngrade {\n}\n'
	} >"$P/v/$id.mig"
}

# The SVG Graphviz wrote, as JSON lines: per node and edge its title, its
# text lines, whether a line of it is dashed, and how many outlines (a
# double border is two).
cat >"$work/svgfacts.py" <<'EOF'
import json, sys
import xml.etree.ElementTree as ET
S = '{http://www.w3.org/2000/svg}'
for g in ET.parse(sys.argv[1]).iter(S + 'g'):
    kind = g.get('class')
    if kind not in ('node', 'edge'):
        continue
    shapes = list(g.iter(S + 'path')) + list(g.iter(S + 'polygon')) + list(g.iter(S + 'ellipse'))
    print(json.dumps({'kind': kind, 'title': g.find(S + 'title').text,
                      'texts': [t.text or '' for t in g.iter(S + 'text')],
                      'dashed': any(p.get('stroke-dasharray') is not None for p in shapes),
                      'outlines': len(shapes)}, ensure_ascii=False))
EOF

# render NAME DOT FACTS: dot -Tsvg reads DOT without a word on stderr, and
# the SVG, read as XML, gives FACTS (an array of svgfacts.py's objects).
render() {
	local name=$1 rc=0
	dot -Tsvg "$2" >"$work/.svg" 2>"$work/.doterr" || rc=$?
	if [ "$rc" -eq 0 ] && [ ! -s "$work/.doterr" ] &&
		python3 "$work/svgfacts.py" "$work/.svg" 2>"$work/.pyerr" | jq -s . >"$3"; then
		ok "$name: dot -Tsvg draws it"
	else
		diag "dot exit $rc"
		diag_file "$work/.doterr"
		diag_file "$work/.pyerr"
		not_ok "$name: dot -Tsvg draws it"
	fi
}

# ---- history --graph, examples/

cp -R "$RETORT_ROOT/examples/shop" "$RETORT_ROOT/examples/retort.ini" "$work/"
# examples/: 1a2b <- 2b3c, which 3c4d (orders) and 4d5e (loyalty) revise;
# 5e6f merges them; 6f70 and 7081 follow.  708192 starts lane 0 and 6f70
# and 5e6f follow it down.  5e6f has two parents: its line is as wide as
# the two lanes it parts into (4 characters), and one parting line `|\`
# gives lane 0 to 3c4d and lane 1 to 4d5e.  3c4d's parent 2b3c takes lane
# 0; 4d5e's too, in lane 1: a closing line `|/` joins lane 1 into lane 0.
# 2b3c and 1a2b go on in lane 0, and 1a2b, a base, ends it.
shows "history --graph on examples/" "$work" history --graph <<'EOF'
* 6f708192a3b4 -> 708192a3b4c5 (orders, loyalty) (head), index shipped orders concurrently
* 5e6f708192a3 -> 6f708192a3b4 (orders, loyalty), order lines and shipping
*   3c4d5e6f7081, 4d5e6f708192 -> 5e6f708192a3 (orders, loyalty) (mergepoint), merge orders and loyalty
|\
* | 2b3c4d5e6f70 -> 3c4d5e6f7081 (orders), add orders
| * 2b3c4d5e6f70 -> 4d5e6f708192 (loyalty), customer loyalty points
|/
* 1a2b3c4d5e6f -> 2b3c4d5e6f70 (branchpoint), create product
* <base> -> 1a2b3c4d5e6f, create customer
EOF
# -r: the revisions of the range only.  2b3c's parent 1a2b is not listed,
# so 2b3c's lane ends with it: no line leads below it.
shows "history --graph -r: lines only between the revisions listed" "$work" \
	history --graph -r 2b3c4d5e6f70:5e6f708192a3 <<'EOF'
*   3c4d5e6f7081, 4d5e6f708192 -> 5e6f708192a3 (orders, loyalty) (mergepoint), merge orders and loyalty
|\
* | 2b3c4d5e6f70 -> 3c4d5e6f7081 (orders), add orders
| * 2b3c4d5e6f70 -> 4d5e6f708192 (loyalty), customer loyalty points
|/
* 1a2b3c4d5e6f -> 2b3c4d5e6f70 (branchpoint), create product
EOF
# 3c4d5e6f7081:heads lists one of 5e6f's parents: its lane does not part,
# there being no line to draw to 4d5e, which is not listed.
shows "history --graph -r: no line to a parent the range leaves out" "$work" \
	history --graph -r 3c4d5e6f7081:heads <<'EOF'
* 6f708192a3b4 -> 708192a3b4c5 (orders, loyalty) (head), index shipped orders concurrently
* 5e6f708192a3 -> 6f708192a3b4 (orders, loyalty), order lines and shipping
* 3c4d5e6f7081, 4d5e6f708192 -> 5e6f708192a3 (orders, loyalty) (mergepoint), merge orders and loyalty
* 2b3c4d5e6f70 -> 3c4d5e6f7081 (orders), add orders
EOF
# Without --graph, history is as it was: the same entries, no columns.
(cd "$work" && "$RETORT" history) >"$work/plain.txt"
(cd "$work" && "$RETORT" history --graph) | sed -n 's/^[|\\/ _]*\*[|\\/ _]*//p' >"$work/stripped.txt"
same "history --graph: the entries are history's, in its order" "$work/plain.txt" \
	"$work/stripped.txt"

# ---- history --graph, small graphs

# Two bases: x1 <- x2 and y1 <- y2, nothing joining them.  x2 is a new
# lane (0) and x1 follows; x1 is a base, so its lane ends, on the right
# edge: no closing line.  y2 starts a new lane where x1's ended, right
# under it: an empty line first, so that no line seems to join x1 to y2.
proj two
mk x1 base
mk x2 x1
mk y1 base
mk y2 y1
shows "history --graph: two bases are parted by an empty line" "$P" history --graph <<'EOF'
* x1 -> x2 (head), x2
* <base> -> x1, x1

* y1 -> y2 (head), y2
* <base> -> y1, y1
EOF

# A merge of three: a <- b, c, d; m merges b, c and d; t follows m.  m's
# lane parts into three, one lane leaving the bundle per line: `|\` (b
# stays in lane 0, c and d go to lane 1), then `| |\` (c stays in 1, d
# goes to 2).  m's line is three lanes wide (6 characters).  b (lane 0)
# needs a: lanes a, c, d.  c (lane 1) needs a, which lane 0 waits for:
# lane 1 closes into 0 (`/` at 1) and d's lane moves left (`/` at 3).
# d, now in lane 1, needs a too: `|/`.
proj three
mk a base
mk b a
mk c a
mk d a
mk m "b c d"
mk t m
shows "history --graph: a merge of three parts its lane twice" "$P" history --graph <<'EOF'
* m -> t (head), t
*     b, c, d -> m (mergepoint), m
|\
| |\
* | | a -> b, b
| * | a -> c, c
|/ /
| * a -> d, d
|/
* <base> -> a (branchpoint), a
EOF

# depends_on is no line: d revises c and depends on b; the text says so,
# "c (b) -> d".  Two trees, then, a <- b and c <- d <- e, as history lists
# them: e's lane goes down to c, a base, on the right edge; b starts a new
# lane right under it (an empty line first) and a ends it.
proj dep
mk a base
mk b a
mk c base
mk d c b
mk e d
shows "history --graph: depends_on is in the text, not a line" "$P" history --graph <<'EOF'
* d -> e (head), e
* c (b) -> d, d
* <base> -> c, c

* a -> b (effective head), b
* <base> -> a, a
EOF

# Lanes that cross: a <- b, c, d; m1 merges b and c, m3 b and d, m2 c and
# d, each a head.  m1 (lane 0) parts: lanes b, c.  m3 is new (lane 2)
# and parts: lanes b, c, b, d; lane 2 waits for b, as lane 0 does: it
# closes into lane 0 passing under lane 1 (`_` at 1, `/` at 3) and d's
# lane moves left (`/` at 5): lanes b, c, d.  m2 is new (lane 3), parts
# (lanes b, c, d, c, d); lane 3 closes into lane 1 under lane 2 (`_` at 3,
# `/` at 5, d's lane `/` at 7), then lane 3 (d) into lane 2 (`/` at 5).
# b (lane 0) needs a.  d (lane 2) needs a too: under lane 1 into lane 0.
# c (lane 1): `|/`.
proj cross
mk a base
mk b a
mk c a
mk d a
mk m1 "b c"
mk m2 "c d"
mk m3 "b d"
shows "history --graph: a lane that closes into another passes under those between" \
	"$P" history --graph <<'EOF'
*   b, c -> m1 (head) (mergepoint), m1
|\
| | *   b, d -> m3 (head) (mergepoint), m3
| | |\
|_|/ /
| | | *   c, d -> m2 (head) (mergepoint), m2
| | | |\
| |_|/ /
| | |/
* | | a -> b (branchpoint), b
| | * a -> d (branchpoint), d
|_|/
| * a -> c (branchpoint), c
|/
* <base> -> a (branchpoint), a
EOF

# A merge with a lane on its right: m merges b and c (a <- b, c), h1
# follows m; h2 revises z (a <- z) and depends on m.  h1 takes lane 0
# (waiting for m); h2 is new (lane 1), then z, whose lane now waits for
# a.  m, in lane 0, parts into b and c: the parting line moves a's lane
# right too (`|\ \`), and m's line is three lanes wide.  b (lane 0) needs
# a, which lane 2 waits for: lane 2 closes into lane 0 under lane 1
# (`|_|/`); c (lane 1) needs a too: `|/`.
proj right
mk a base
mk b a
mk c a
mk m "b c"
mk h1 m
mk z a
mk h2 z m
shows "history --graph: a merge moves the lanes right of it" "$P" history --graph <<'EOF'
* m -> h1 (head), h1
| * z (m) -> h2 (head), h2
| * a -> z, z
* |   b, c -> m (mergepoint), m
|\ \
* | | a -> b, b
|_|/
| * a -> c, c
|/
* <base> -> a (branchpoint), a
EOF

# A base in a lane with one on its right: n merges c1 (a base) and m; m
# merges a1 (a base) and b2 <- b1.  c1 ends lane 0 while m waits in lane
# 1: a closing line with nothing in lane 0 and m's lane moving left
# (` /`).  The same for a1 under m.
proj hole
mk a1 base
mk b1 base
mk b2 b1
mk m "a1 b2"
mk c1 base
mk n "c1 m"
shows "history --graph: a base's lane ends and those right of it move left" "$P" \
	history --graph <<'EOF'
*   c1, m -> n (head) (mergepoint), n
|\
* | <base> -> c1, c1
 /
*   a1, b2 -> m (mergepoint), m
|\
* | <base> -> a1, a1
 /
* b1 -> b2, b2
* <base> -> b1, b1
EOF

# -v: history's long entries, each line behind the graph's line of its
# row: the parting line `|\` beside "Merges:", then the lanes going on
# (`| |`), the closing `|/` beside c's "Parent:"; the text stays where the
# widest line of its entry puts it (two lanes: 4 characters), and a's lane
# ends at its line, so its other lines have no lane beside them.
proj verbose
mk a base
mk b a
mk c a
mk m "b c"
shows "history --graph -v: the lines beside the long form" "$P" history --graph -v <<'EOF'
*   Rev: m (head) (mergepoint)
|\  Merges: b, c
| | Path: v/m.mig
| |
| |     m
| |
| |     Revision ID: m
| |     Revises: b, c
| |
* | Rev: b
| | Parent: a
| | Path: v/b.mig
| |
| |     b
| |
| |     Revision ID: b
| |     Revises: a
| |
| * Rev: c
|/  Parent: a
|   Path: v/c.mig
|
|       c
|
|       Revision ID: c
|       Revises: a
|
* Rev: a (branchpoint)
  Parent: <base>
  Branches into: b, c
  Path: v/a.mig

      a

      Revision ID: a
      Revises:

EOF
(cd "$work" && "$RETORT" history --graph --format json) >"$work/.out" 2>"$work/.err"
rc=$?
[ "$rc" -eq 2 ] && [ ! -s "$work/.out" ] &&
	grep -q "history --graph draws lines beside the text" "$work/.err"
tap_result $? "history --graph --format json is refused, saying why (exit $rc)"

# ---- retort graph, DOT: Graphviz draws it, and it is the graph history gives

# revision_facts DIR: history's JSON, as [{id, down, deps, head}].
revision_facts() {
	(cd "$1" && "$RETORT" history --format json) |
		jq '[.revisions[] | {id: .revision, down: .down_revisions, deps: .depends_on,
			head: .is_head}]'
}

# check_graph NAME DIR: retort graph in DIR, rendered, against history.
check_graph() {
	local name=$1 dir=$2
	revision_facts "$dir" >"$work/$name.revs"
	run_ok "$name: retort graph" bash -c "cd '$dir' && '$RETORT' graph"
	cp "$work/.out" "$work/$name.dot"
	render "$name" "$work/$name.dot" "$work/$name.svg.json"
	holds "$name: a node per revision, titled with its id" "$work/$name.svg.json" \
		'[.[] | select(.kind == "node") | .title] | sort == ($r[0] | map(.id) | sort)' \
		--slurpfile r "$work/$name.revs"
	holds "$name: an edge per parent and per dependency, from it to the revision" \
		"$work/$name.svg.json" \
		'[.[] | select(.kind == "edge") | .title] | sort ==
		 ([$r[0][] | .id as $c | (.down + .deps)[] | "\(.)->\($c)"] | sort)' \
		--slurpfile r "$work/$name.revs"
	holds "$name: dashed exactly where it is a dependency" "$work/$name.svg.json" \
		'[.[] | select(.kind == "edge" and .dashed) | .title] | sort ==
		 ([$r[0][] | .id as $c | .deps[] | "\(.)->\($c)"] | sort)' \
		--slurpfile r "$work/$name.revs"
	holds "$name: heads, and only they, have a double border and say (head)" \
		"$work/$name.svg.json" \
		'[.[] | select(.kind == "node") | {id: .title, two: (.outlines == 2),
		  says: (.texts[-1] | test("\\((effective )?head\\)"))}] | sort_by(.id) ==
		 ($r[0] | map({id, two: .head, says: .head}) | sort_by(.id))' \
		--slurpfile r "$work/$name.revs"
}
check_graph examples "$work"
check_graph merge3 "$work/three"
check_graph deps "$work/dep"
check_graph crossing "$work/cross"
holds "examples: each node says the revision's id and message" "$work/examples.svg.json" \
	'any(.[]; .kind == "node" and .texts[0:2] == ["5e6f708192a3",
	 "merge orders and loyalty"])'
holds "examples: a merge point, a branch point and branch labels are said" \
	"$work/examples.svg.json" \
	'[.[] | select(.kind == "node") | .texts[-1]] | index("(orders, loyalty) (mergepoint)") and
	 index("(branchpoint)") and index("(loyalty)")'

# ---- escaping: a message and a label with what DOT, HTML, records and
# Mermaid read specially, a line break and UTF-8

proj odd
cat >"$P/v/odd1.mig" <<'EOF'
revision 'odd1';
revises base;
message 'q"uote <lt> {br|ace} & amp''s
naïve 日本 \n \\ #35; %%{init: {}}%% `tick` ~x~';
branch_labels ('la"bel');

upgrade {
    create_table "we""ird <t> {x|y}" (
        "pk"        integer primary key,
        "col one"   string(20) not null,
        "ünï"       numeric(10, 2),
        "fk"        integer references "we""ird <t> {x|y}" ("pk")
    );
}

downgrade {
    drop_table "we""ird <t> {x|y}";
}
EOF
check_graph odd "$P"
holds "odd: Graphviz shows the message and the label as written, line for line" \
	"$work/odd.svg.json" \
	'[.[] | select(.kind == "node")][0].texts == ["odd1", "q\"uote <lt> {br|ace} & amp'"'"'s",
	 "naïve 日本 \\n \\\\ #35; %%{init: {}}%% `tick` ~x~", "(la\"bel) (head)"]'

# Mermaid's flowchart: a label is a string in "..."; inside it, # begins
# an entity code #NN; (Mermaid turns it into &#NN;, so it shows as the
# character), so " # % & < > \ ` ~ and control characters are written as
# codes, a line break as <br>.  The whole line, reasoned from those rules:
run_ok "odd: graph --format mermaid" bash -c "cd '$P' && '$RETORT' graph --format mermaid"
grep '^    r0' "$work/.out" >"$work/odd.node"
cat >"$work/odd.want" <<'EOF'
    r0(["odd1<br>q#34;uote #60;lt#62; {br|ace} #38; amp's<br>naïve 日本 #92;n #92;#92; #35;35; #37;#37;{init: {}}#37;#37; #96;tick#96; #126;x#126;<br>(la#34;bel) (head)"])
EOF
same "odd: Mermaid's label has every special character as a code" "$work/odd.want" \
	"$work/odd.node"

# ---- retort graph, Mermaid: the syntax it relies on

# mermaid_graph NAME DIR: the flowchart's lines, each of a form below, and
# as many nodes and arrows as the graph has.
mermaid_graph() {
	local name=$1 dir=$2 bad
	(cd "$dir" && "$RETORT" graph --format mermaid) >"$work/$name.mmd"
	# %% comments, then the type; nodes rN["..."] or, a head, rN(["..."]),
	# with no " inside; arrows rN --> rM (revises) and rN -.-> rM
	# (depends_on); classDef and class lines.
	bad=$(grep -Evn '^%% [^{]|^flowchart TD$|^    r[0-9]+(\["[^"]*"\]|\(\["[^"]*"\]\))$|^    r[0-9]+ (-->|-\.->) r[0-9]+$|^    classDef (head|current) [a-z-]+:[#0-9a-z]+$|^    class r[0-9]+ (head|current)$' \
		"$work/$name.mmd")
	[ -z "$bad" ]
	tap_result $? "$name: Mermaid: every line is a comment, the type, a node, an arrow or a class${bad:+ (not: $bad)}"
	[ "$(grep -v '^%%' "$work/$name.mmd" | head -n 1)" = "flowchart TD" ]
	tap_result $? "$name: Mermaid: a flowchart, top down"
	holds "$name: Mermaid: a node per revision, an arrow per parent and per dependency" \
		"$work/$name.revs" \
		'(length == $nodes) and ([.[].down[]] | length) == $solid and
		 ([.[].deps[]] | length) == $dotted' \
		--argjson nodes "$(grep -Ec '^    r[0-9]+[[(]' "$work/$name.mmd")" \
		--argjson solid "$(grep -c ' --> ' "$work/$name.mmd")" \
		--argjson dotted "$(grep -c ' -.-> ' "$work/$name.mmd")"
	# inside a label, no < but that of <br>, no % (a directive), no #
	# but a code's
	bad=$(sed -n 's/^    r[0-9]*(*\["\(.*\)"\])*$/\1/p' "$work/$name.mmd" | sed 's/<br>//g' |
		grep -E '[<>%`]|#([^0-9]|[0-9]+[^0-9;])' || true)
	[ -z "$bad" ]
	tap_result $? "$name: Mermaid: labels hold only codes where Mermaid reads markup${bad:+ ($bad)}"
}
mermaid_graph examples "$work"
mermaid_graph deps "$work/dep"
mermaid_graph odd "$work/odd"
grep -q '^    class r6 head$' "$work/examples.mmd" && grep -q '^    r6(\["708192a3b4c5<br>' "$work/examples.mmd"
tap_result $? "examples: Mermaid: the head (r6: the 7th revision) is round and of the class head"
grep -q '^    r[0-9]* -.-> r[0-9]*$' "$work/deps.mmd"
tap_result $? "deps: Mermaid: the dependency is a dotted arrow"

# ---- --url: the database's rows filled; no URL, no database

db=$work/shop.db
(cd "$work" && "$RETORT" --url "sqlite:///$db" upgrade 3c4d5e6f7081) >/dev/null 2>&1
run_ok "graph --url: reads the version table" bash -c "cd '$work' && '$RETORT' --url 'sqlite:///$db' graph"
cp "$work/.out" "$work/current.dot"
render "current" "$work/current.dot" "$work/current.svg.json"
grep '(current)' "$work/current.dot" | grep -c 'fillcolor' >"$work/.n"
[ "$(cat "$work/.n")" = 1 ] && grep -q '^	"3c4d5e6f7081" \[.*(current)", style="rounded,filled"' "$work/current.dot"
tap_result $? "graph --url: the one row, 3c4d5e6f7081, filled and marked (current)"
holds "graph --url: Graphviz says (current) on it alone" "$work/current.svg.json" \
	'[.[] | select(.kind == "node" and (.texts[-1] | test("current"))) | .title] ==
	 ["3c4d5e6f7081"]'
(cd "$work" && "$RETORT" --url "sqlite:///$db" graph --format mermaid) >"$work/current.mmd"
grep -q '^    class r2 current$' "$work/current.mmd" && [ "$(grep -c ' current$' "$work/current.mmd")" = 1 ]
tap_result $? "graph --url --format mermaid: the row is of the class current"
(cd "$work" && "$RETORT" --url "sqlite:///$work/none/x.db" graph) >"$work/.out" 2>"$work/.err"
rc=$?
[ "$rc" -eq 3 ] && [ ! -s "$work/.out" ] && grep -q "no folder $work/none" "$work/.err"
tap_result $? "graph --url to no database: the database's error, exit 3 (got $rc)"
# the config's url is asked as --url is; the same project without one
# draws, asking nothing
sed "s|^\[retort\]\$|&\nurl = sqlite:///$work/none/x.db|" "$work/retort.ini" >"$work/url.ini"
(cd "$work" && "$RETORT" -c url.ini graph) >"$work/.out" 2>"$work/.err"
rc=$?
[ "$rc" -eq 3 ] && grep -q "no folder $work/none" "$work/.err"
tap_result $? "graph with the config's url: that database asked (exit $rc)"
(cd "$work" && "$RETORT" graph) >"$work/nourl.dot" 2>"$work/.err"
rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$work/.err" ] && ! grep -q '(current)\|fillcolor' "$work/nourl.dot"
tap_result $? "graph without a URL: no database asked, nothing filled"
(cd "$work" && "$RETORT" graph --format json) >"$work/.out" 2>"$work/.err"
rc=$?
[ "$rc" -eq 2 ] && grep -q "format of graph is dot|mermaid, not 'json'" "$work/.err"
tap_result $? "graph --format json: refused, the formats named"
(cd "$work" && "$RETORT" graph -o "$work/o.dot") && cmp -s "$work/o.dot" "$work/nourl.dot"
tap_result $? "graph -o FILE writes the picture"

# ---- schema --format dot: an entity-relationship diagram

# The tables of examples/ and their foreign keys, from the revision
# files: order.customer_id (its second column) references customer;
# order_line.order_id and product_id (its first two) order and product.
for dl in postgresql mysql sqlite; do
	run_ok "schema --format dot ($dl)" bash -c "cd '$work' && '$RETORT' --dialect $dl schema --format dot"
	cp "$work/.out" "$work/schema-$dl.dot"
	render "schema ($dl)" "$work/schema-$dl.dot" "$work/schema-$dl.json"
	(cd "$work" && "$RETORT" --dialect $dl schema --format mig) |
		sed -n 's/^create_table "\{0,1\}\([a-z_]*\)"\{0,1\} .*/\1/p' | jq -R . | jq -s . \
		>"$work/tables-$dl.json"
	holds "schema ($dl): a node per table of schema --format mig, titled with its name" \
		"$work/schema-$dl.json" '[.[] | select(.kind == "node") | .title] | sort == ($t[0] | sort)' \
		--slurpfile t "$work/tables-$dl.json"
	holds "schema ($dl): as many arrows as the SQL has REFERENCES" "$work/schema-$dl.json" \
		'[.[] | select(.kind == "edge")] | length == $n' \
		--argjson n "$(cd "$work" && "$RETORT" --dialect $dl schema | grep -o REFERENCES | wc -l)"
	holds "schema ($dl): each arrow from the key's first column to the table it references" \
		"$work/schema-$dl.json" \
		'[.[] | select(.kind == "edge") | .title] | sort ==
		 ["order:c1->customer", "order_line:c0->order", "order_line:c1->product"]'
done
# Each cell as Graphviz drew it: name, type, marks.  The type is the
# dialect's: customer.status is the enum type customer_status on
# PostgreSQL, an inline ENUM on MySQL, a VARCHAR as long as its longest
# value on SQLite.
cells() { jq -c --arg t "$2" '[.[] | select(.kind == "node" and .title == $t)][0].texts' "$1"; }
[ "$(cells "$work/schema-postgresql.json" customer)" = \
	'["customer","id","BIGINT","PK, not null","email","VARCHAR(255)","UK, not null","full_name","VARCHAR(200)","not null","status","customer_status","not null","created_at","TIMESTAMP WITH TIME ZONE","not null","loyalty_points","INTEGER","not null"]' ]
tap_result $? "schema (postgresql): customer's columns, types and marks, cell by cell"
[ "$(cells "$work/schema-postgresql.json" order_line)" = \
	'["order_line","order_id","BIGINT","PK, FK, not null","product_id","INTEGER","PK, FK, not null","quantity","INTEGER","not null","unit_price","NUMERIC(10, 2)","not null"]' ]
tap_result $? "schema (postgresql): a column in the primary key and a foreign key has both marks"
cells "$work/schema-mysql.json" customer | grep -qF '"status","ENUM('"'"'active'"'"', '"'"'suspended'"'"', '"'"'closed'"'"')"' &&
	cells "$work/schema-sqlite.json" customer | grep -qF '"status","VARCHAR(9)"'
tap_result $? "schema (mysql, sqlite): the enum as the dialect writes it"
grep -q 'label="The schema at 708192a3b4c5, types as mysql writes them"' "$work/schema-mysql.dot"
tap_result $? "schema --format dot: the title says the revision and whose types"
(cd "$work" && "$RETORT" --dialect sqlite schema 3c4d5e6f7081 --format dot) >"$work/at.dot"
render "schema at a revision" "$work/at.dot" "$work/at.json"
holds "schema REV --format dot: the tables at that revision" "$work/at.json" \
	'[.[] | select(.kind == "node") | .title] | sort == ["customer", "order", "product"]'

# The odd table: its name and columns hold " < > { | } a blank and UTF-8,
# and it references itself.
run_ok "odd: schema --format dot" bash -c "cd '$work/odd' && '$RETORT' --dialect postgresql schema --format dot"
cp "$work/.out" "$work/odd-schema.dot"
render "odd schema" "$work/odd-schema.dot" "$work/odd-schema.json"
# (ünï's marks cell is empty, and an empty cell has no text in the SVG)
holds "odd: the table's node, its name and cells as written" "$work/odd-schema.json" \
	'[.[] | select(.kind == "node") | [.title, .texts]] == [["we\"ird <t> {x|y}",
	 ["we\"ird <t> {x|y}", "pk", "INTEGER", "PK, not null", "col one", "VARCHAR(20)",
	  "not null", "ünï", "NUMERIC(10, 2)", "fk", "INTEGER", "FK"]]]'
holds "odd: the foreign key's arrow, from its column to its table (itself), named" \
	"$work/odd-schema.json" \
	'[.[] | select(.kind == "edge") | [.title, .texts]] ==
	 [["we\"ird <t> {x|y}:c3->we\"ird <t> {x|y}", ["we\"ird <t> {x|y}_fk_fkey"]]]'

# ---- schema --format mermaid: erDiagram's rules

# Mermaid 11's erDiagram, as its grammar (erDiagram.jison) reads it: an
# entity is "NAME" { ... }, NAME quoted, with no " % \ CR LF VT or BS (the
# rest of the codes as in a flowchart label); an attribute is TYPE NAME
# [KEYS] ["COMMENT"], TYPE and NAME each one word: [A-Za-z_] or a character
# from U+00C0 first, then those, digits and - _ [ ] ( ) . , and no word
# its lexer would read as a key first (PK, FK or UK, any case, then no
# letter, digit or _); KEYS is PK, FK, UK joined by ", "; COMMENT has no ";
# a relationship is "A" }o--|| "B" : "ROLE" (.. for a foreign key outside
# the primary key, o| where a column of it may be null).  ercheck.py
# prints each line that is none of these.
cat >"$work/ercheck.py" <<'EOF'
import re, sys
first = '[A-Za-z_\u00C0-\U0010FFFF]'
rest = '[-A-Za-z0-9_\\[\\]().,\u00C0-\U0010FFFF]'
word = '(' + first + rest + '*)'
keys = '(?:PK|FK|UK)(?:, (?:PK|FK|UK))*'
name = '"[^"%\r\n\x0b\x08\\\\]+"'
forms = ['%% (?!{).*', 'erDiagram', '    ' + name + ' \\{', '    \\}',
         '        ' + word + ' ' + word + '(?: ' + keys + ')?(?: "[^"]*")?',
         '    ' + name + ' \\}o(?:--|\\.\\.)(?:\\|\\||o\\|) ' + name + ' : "[^"]*"']
key = re.compile('(?:pk|fk|uk)(?![A-Za-z0-9_])', re.I)
for n, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
    line = line.rstrip('\n')
    m = next((m for m in (re.fullmatch(f, line) for f in forms) if m), None)
    if not m or (m.lastindex == 2 and (key.match(m[1]) or key.match(m[2]))):
        print('%d: %s' % (n, line))
EOF
mermaid_schema() {
	local name=$1 file=$2 bad
	bad=$(python3 "$work/ercheck.py" "$file" 2>&1)
	[ -z "$bad" ]
	tap_result $? "$name: Mermaid: each line an entity, an attribute (no word a key) or a relationship${bad:+ (not: $bad)}"
}
for dl in postgresql mysql sqlite; do
	(cd "$work" && "$RETORT" --dialect $dl schema --format mermaid) >"$work/schema-$dl.mmd"
	mermaid_schema "schema ($dl)" "$work/schema-$dl.mmd"
	[ "$(grep -c '^    "[a-z_]*" {$' "$work/schema-$dl.mmd")" = 4 ] &&
		[ "$(grep -c '^    ".*" }o' "$work/schema-$dl.mmd")" = 3 ]
	tap_result $? "schema ($dl): Mermaid: four entities, three relationships"
done
# order.customer_id is NOT NULL and outside order's primary key: one
# customer, dotted; order_line's keys are in its primary key: solid.
cat >"$work/rel.want" <<'EOF'
    "order" }o..|| "customer" : "fk_order_customer"
    "order_line" }o--|| "order" : "order_line_order_id_fkey"
    "order_line" }o--|| "product" : "order_line_product_id_fkey"
EOF
grep '}o' "$work/schema-postgresql.mmd" >"$work/rel.got"
same "schema (postgresql): Mermaid's relationships, their cardinality and line" \
	"$work/rel.want" "$work/rel.got"
# NUMERIC(10, 2): no blank in a word, so NUMERIC(10,2), the type as
# written in the comment; TIMESTAMP WITH TIME ZONE likewise, with _.
grep -qx '        NUMERIC(10,2) price "not null; type NUMERIC(10, 2)"' "$work/schema-postgresql.mmd" &&
	grep -qx '        TIMESTAMP_WITH_TIME_ZONE shipped_at "type TIMESTAMP WITH TIME ZONE"' \
		"$work/schema-postgresql.mmd"
tap_result $? "schema (postgresql): Mermaid: a type with blanks made one word, the comment says it"

# The odd table, reasoned from the rules: the name's " < > as codes; the
# column pk would be the key PK: _pk, and fk _fk; "col one" col_one; each
# comment says the name as it is; ünï stays (from U+00C0 on); the foreign
# key (fk may be null, and is outside the primary key) o| and dotted; its
# name is PostgreSQL's, table_column_fkey.
(cd "$work/odd" && "$RETORT" --dialect postgresql schema --format mermaid) >"$work/odd.mmd"
mermaid_schema "odd schema" "$work/odd.mmd"
grep -v '^%%' "$work/odd.mmd" >"$work/odd.mmd.got"
cat >"$work/odd.mmd.want" <<'EOF'
erDiagram
    "we#34;ird #60;t#62; {x|y}" {
        INTEGER _pk PK "not null; column pk"
        VARCHAR(20) col_one "not null; column col one"
        NUMERIC(10,2) ünï "type NUMERIC(10, 2)"
        INTEGER _fk FK "column fk"
    }
    "we#34;ird #60;t#62; {x|y}" }o..o| "we#34;ird #60;t#62; {x|y}" : "we#34;ird #60;t#62; {x|y}_fk_fkey"
EOF
same "odd schema: Mermaid, whole" "$work/odd.mmd.want" "$work/odd.mmd.got"

# ---- the README's pictures: made as it says, from examples/ as it is

for pic in graph schema; do
	python3 "$work/svgfacts.py" "$RETORT_ROOT/docs/examples-$pic.svg" | jq -s . >"$work/readme-$pic.json"
done
holds "docs/examples-graph.svg is retort graph's picture of examples/ (titles and text)" \
	"$work/readme-graph.json" 'map([.kind, .title, .texts]) == ($now[0] | map([.kind, .title, .texts]))' \
	--slurpfile now "$work/examples.svg.json"
holds "docs/examples-schema.svg is schema --format dot's of examples/ (titles and text)" \
	"$work/readme-schema.json" 'map([.kind, .title, .texts]) == ($now[0] | map([.kind, .title, .texts]))' \
	--slurpfile now "$work/schema-postgresql.json"

(cd "$work" && "$RETORT" schema --format json) >"$work/.out" 2>"$work/.err"
rc=$?
[ "$rc" -eq 2 ] && grep -q "format of schema is sql|mig|dot|mermaid, not 'json'" "$work/.err"
tap_result $? "schema --format json: refused, the formats named"

tap_done
