"""Compares the --sql scripts of Alembic and retort for one graph, for
tests/alembic-order.t:

    alembic_order_cmp.py ALEMBIC_SQL RETORT_SQL VERSIONS

Each script is read as its steps: a `-- Running upgrade/downgrade` line
and the version-table statements after it.  The steps must be the same
revisions in the same order, and after each the version table must stand
for the same revisions: the same rows, once a row below another row
(through revises and depends_on, read from the .mig files in VERSIONS) is
left out, for where a step puts back a parent and a dependency Alembic
keeps both and retort the one above.  The statements must be the same
too where both start from the same rows, but at a merge or an unmerge (a
step of several statements): there Alembic picks the row it keeps from a
Python set, so its choice changes from run to run (PYTHONHASHSEED).
Prints the first difference and exits 1; exits 0 when they agree."""
import glob
import os
import re
import sys


def below(versions):
    """Each revision's ancestors (itself not included)."""
    down = {}
    for path in glob.glob(os.path.join(versions, "*.mig")):
        text = open(path).read()
        rid = re.search(r"^revision '([^']+)'", text, re.M).group(1)
        ids = []
        for key in ("revises", "depends_on"):
            m = re.search(r"^%s (.*);" % key, text, re.M)
            if m:
                ids += re.findall(r"'([^']+)'", m.group(1))
        down[rid] = ids
    anc = {}

    def walk(r):
        if r not in anc:
            anc[r] = set()
            for p in down.get(r, []):
                anc[r] |= {p} | walk(p)
        return anc[r]
    for r in down:
        walk(r)
    return anc


def reduced(rows, anc):
    return sorted(r for r in rows if not any(r in anc.get(o, ()) for o in rows))


def steps(path):
    out = []
    for line in open(path):
        line = line.rstrip("\n")
        m = re.match(r"-- Running (upgrade|downgrade) (.*)$", line)
        if m:
            text = m.group(2)
            if text.startswith("<base>"):      # retort's name for no parent
                text = text[len("<base>"):]
            text = re.sub(r" -> <base>", " -> ", text)
            text = re.sub(r", m [0-9a-f]+$", "", text)   # retort's message
            out.append([m.group(1) + " " + text.strip(), []])
        elif re.match(r"(INSERT|UPDATE|DELETE) ", line) and out:
            out[-1][1].append(line)
    return out


def apply(rows, stmt):
    m = re.match(r"INSERT INTO \S+ \(version_num\) VALUES \('([^']*)'\);", stmt)
    if m:
        rows.add(m.group(1))
        return
    m = re.match(r"UPDATE \S+ SET version_num='([^']*)' WHERE \S+ = '([^']*)';", stmt)
    if m:
        rows.discard(m.group(2))
        rows.add(m.group(1))
        return
    m = re.match(r"DELETE FROM \S+ WHERE \S+ = '([^']*)';", stmt)
    if m:
        rows.discard(m.group(1))
        return
    raise SystemExit("cannot read: " + stmt)


def main():
    a, r = steps(sys.argv[1]), steps(sys.argv[2])
    anc = below(sys.argv[3])
    ra, rr = set(), set()
    for i in range(max(len(a), len(r))):
        if i >= len(a) or i >= len(r) or a[i][0] != r[i][0]:
            print("step %d: Alembic %r, retort %r" % (
                i + 1, a[i][0] if i < len(a) else None, r[i][0] if i < len(r) else None))
            return 1
        same_start = ra == rr
        for s in a[i][1]:
            apply(ra, s)
        for s in r[i][1]:
            apply(rr, s)
        if reduced(ra, anc) != reduced(rr, anc):
            print("after step %d (%s): Alembic's rows %s, retort's %s" % (
                i + 1, a[i][0], sorted(ra), sorted(rr)))
            return 1
        single = len(a[i][1]) <= 1 and len(r[i][1]) <= 1
        if same_start and single and a[i][1] != r[i][1]:
            print("step %d (%s): Alembic %s, retort %s" % (i + 1, a[i][0], a[i][1], r[i][1]))
            return 1
    return 0


sys.exit(main())
