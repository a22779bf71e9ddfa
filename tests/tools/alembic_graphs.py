"""Random revision graphs for tests/alembic-order.t, written twice: as an
Alembic project's versions (stub .py files, no operations) and as retort
.mig files, with the same ids, parents, dependencies and labels.

    alembic_graphs.py SEED ALEMBIC_VERSIONS RETORT_VERSIONS

Each graph has 4 to 14 revisions: new roots, children of any revision
(which makes branches), merges of two heads, and now and then a
depends_on on a revision that is not an ancestor.  Ids are random hex, so
file-name order is not creation order."""
import os
import random
import sys


def graph(rng):
    revs = []          # (id, parents, deps, label)
    heads = []
    ancestors = {}     # id -> set of ids below it, itself included
    used = set()
    for n in range(rng.randint(4, 14)):
        rid = "%012x" % rng.getrandbits(48)
        while rid in used:
            rid = "%012x" % rng.getrandbits(48)
        used.add(rid)
        roll = rng.random()
        if not revs or roll < 0.1:
            parents = []
        elif roll < 0.3 and len(heads) >= 2:
            parents = rng.sample(heads, 2)
        else:
            parents = [rng.choice(revs)[0]]
        anc = {rid}
        for p in parents:
            anc |= ancestors[p]
        deps = []
        if revs and rng.random() < 0.12:
            cand = [r[0] for r in revs if r[0] not in anc]
            if cand:
                d = rng.choice(cand)
                deps = [d]
                anc |= ancestors[d]
        label = "l%d" % n if rng.random() < 0.15 else None
        ancestors[rid] = anc
        revs.append((rid, parents, deps, label))
        heads = [h for h in heads if h not in parents] + [rid]
    return revs


def py_list(v):
    if not v:
        return "None"
    if len(v) == 1:
        return repr(v[0])
    return "(%s)" % ", ".join(repr(x) for x in v)


def main():
    seed, adir, rdir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(seed)
    for rid, parents, deps, label in graph(rng):
        with open(os.path.join(adir, rid + "_m.py"), "w") as f:
            f.write('"""m %s"""\nrevision = %r\ndown_revision = %s\n'
                    'branch_labels = %s\ndepends_on = %s\n\n\n'
                    'def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n'
                    % (rid, rid, py_list(parents),
                       py_list([label] if label else []), py_list(deps)))
        with open(os.path.join(rdir, rid + "_m.mig"), "w") as f:
            f.write("revision '%s';\n" % rid)
            if parents:
                f.write("revises (%s);\n" % ", ".join("'%s'" % p for p in parents))
            else:
                f.write("revises base;\n")
            if deps:
                f.write("depends_on ('%s');\n" % deps[0])
            if label:
                f.write("branch_labels ('%s');\n" % label)
            f.write("message 'm %s';\n\nupgrade {\n}\n\ndowngrade {\n}\n" % rid)


main()
