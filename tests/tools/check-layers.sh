#!/bin/sh
# check-layers.sh [ROOT]: `make check-layers`.  Reads the map of the house,
# the table between <!-- layers --> and <!-- /layers --> in
# ROOT/docs/internals.md (a row: part | the parts it may include | its
# files, as shell patterns), then checks every source file git tracks
# under ROOT (or, outside a checkout, every one find sees): that exactly
# one part holds it, and that each of its #include "..." lines names a
# file of a part it may include, never a .c file.  Prints one line a
# problem, as file:line: error: ..., and exits 1 on any; 0 and one summary
# line otherwise.  Needs only sh, awk and sed.
set -u

root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2
map=docs/internals.md
if [ ! -f "$map" ]; then
	echo "check-layers: $map is missing: it holds the map this checks" >&2
	exit 2
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	list() { git ls-files -co --exclude-standard; }
else
	list() { find . -type f | sed 's|^\./||'; }
fi

# The sources: C, headers, X-macro lists and the grammar; build/ is made,
# and so is a release tarball's gen/ (make dist: bison's and flex's output).
list | grep -E '\.(c|h|def|l|y)$' | grep -v -e '^build/' -e '^gen/' | sort >"${TMPDIR:-/tmp}/layers.$$"
trap 'rm -f "${TMPDIR:-/tmp}/layers.$$"' EXIT INT TERM

"${AWK:-awk}" -v mapfile="$map" '
function glob_re(g,   r, i, c) {
	r = "^"
	for (i = 1; i <= length(g); i++) {
		c = substr(g, i, 1)
		if (c == "*") r = r "[^/]*"
		else if (c == "?") r = r "[^/]"
		else if (c == "[" || c == "]") r = r c
		else if (index(".+^$(){}|\\", c)) r = r "\\" c
		else r = r c
	}
	return r "$"
}
function trim(s) { gsub(/^[ \t`]+|[ \t`]+$/, "", s); return s }
function part_of(path,   i, found) {
	found = ""
	for (i = 1; i <= npat; i++)
		if (path ~ pat_re[i]) {
			if (found != "" && found != pat_part[i]) return "?" found " and " pat_part[i]
			found = pat_part[i]
		}
	return found
}
function bad(where, msg) { print where ": error: " msg; nbad++ }
# The line with its /* ... */ comments blanked (one that runs on ends it).
function uncomment(l,   r, e) {
	while (match(l, /\/\*/)) {
		r = substr(l, RSTART + 2)
		e = index(r, "*/")
		if (!e) return substr(l, 1, RSTART - 1)
		l = substr(l, 1, RSTART - 1) " " substr(r, e + 2)
	}
	return l
}
# A path with its . and .. steps taken.
function normal(p,   n, i, part, out, k) {
	n = split(p, part, "/")
	k = 0
	for (i = 1; i <= n; i++) {
		if (part[i] == "" || part[i] == ".") continue
		if (part[i] == ".." && k > 0 && out[k] != "..") { k--; continue }
		out[++k] = part[i]
	}
	p = ""
	for (i = 1; i <= k; i++) p = p (i > 1 ? "/" : "") out[i]
	return p
}
BEGIN {
	inmap = 0
	while ((getline line < mapfile) > 0) {
		mapline++
		if (line ~ /<!-- layers -->/) { inmap = 1; continue }
		if (line ~ /<!-- \/layers -->/) { inmap = 0; continue }
		if (!inmap || line !~ /^\|/ || line ~ /^\|[-|: ]*$/) continue
		n = split(line, col, "|")
		part = trim(col[2])
		if (part == "part") continue
		parts[part] = 1
		nparts++
		m = split(trim(col[3]), uses, /[ ,]+/)
		for (i = 1; i <= m; i++) {
			u = trim(uses[i])
			if (u == "" || u == "-") continue
			may[part, u] = 1
			uselist[part] = uselist[part] (uselist[part] == "" ? "" : ", ") u
		}
		gsub(/`/, "", col[4])
		m = split(col[4], globs, /[ ]+/)
		for (i = 1; i <= m; i++) {
			if (globs[i] == "") continue
			npat++
			pat_re[npat] = glob_re(globs[i])
			pat_part[npat] = part
			pat_glob[npat] = globs[i]
		}
	}
	if (nparts == 0) { print mapfile ": error: no map between <!-- layers --> and <!-- /layers -->"; fatal = 1; exit 2 }
	for (k in may) {
		split(k, kk, SUBSEP)
		if (!(kk[2] in parts)) { print mapfile ": error: part " kk[1] " may include " kk[2] ", which is no part"; fatal = 1; exit 2 }
	}
}
{ files[++nfiles] = $0; have[$0] = 1 }
END {
	if (fatal)
		exit 2
	for (f = 1; f <= nfiles; f++) {
		path = files[f]
		p = part_of(path)
		if (p == "") { bad(path, "no part of the map in " mapfile " holds this file"); continue }
		if (p ~ /^\?/) { bad(path, "two parts hold this file: " substr(p, 2)); continue }
		dir = path; sub(/[^\/]*$/, "", dir)
		lineno = 0
		while ((getline line < path) > 0) {
			lineno++
			if (line !~ /^[ \t]*#/) continue
			line = uncomment(line)
			if (line !~ /^[ \t]*#[ \t]*include[ \t]*["<]/) continue
			angle = line ~ /^[ \t]*#[ \t]*include[ \t]*</
			inc = line; sub(/^[^"<]*["<]/, "", inc); sub(/[">].*$/, "", inc)
			where = path ":" lineno
			if (inc ~ /\.c$/) { bad(where, "includes \"" inc "\", a .c file"); continue }
			# where the compiler finds it: beside the file (not for <...>),
			# then -Isrc, -Ibuild/gen; <...> found nowhere is a system header
			target = ""
			if (!angle && (normal(dir inc) in have)) target = normal(dir inc)
			else if (normal("src/" inc) in have) target = normal("src/" inc)
			else if (part_of(normal("build/gen/" inc)) != "") target = normal("build/gen/" inc)
			if (target == "" && angle) continue
			if (target == "") { bad(where, "includes \"" inc "\", which is no file of the tree"); continue }
			q = part_of(target)
			if (q == "" || q ~ /^\?/) { bad(where, "includes \"" inc "\", which no one part holds"); continue }
			if (!((p, q) in may))
				bad(where, p " includes \"" inc "\" (" q "): against the flow (" p " may include " (p in uselist ? uselist[p] : "nothing") ")")
		}
		close(path)
	}
	if (nfiles == 0) { print "check-layers: error: no source file found to check"; exit 1 }
	if (nbad) exit 1
	printf "check-layers: %d files in %d parts, every include with the flow\n", nfiles, nparts
}
' "${TMPDIR:-/tmp}/layers.$$"
