/* For each revision: keep what its ops touch, run the upgrade, run the
 * downgrade on copies of the same objects (a fork), compare with what was
 * kept, then end the fork so the next revision starts from the upgrade.  Each op is also
 * lowered for the dialect into a sink that keeps nothing, so an op the
 * dialect cannot express is found here too.  Only touched objects are
 * copied, so the whole run stays linear in the size of the migrations. */
#include "verify.h"
#include "arena.h"
#include "dialect.h"
#include "migrate.h"
#include "schema.h"

static bool run_block(struct schema *m, struct emitter *e, const struct oplist *ops,
		      struct srcfile *src, struct diag *d)
{
	const struct op *op;
	bool ok = true;

	for (op = ops->head; op; op = op->next)
		ok &= migrate_op(m, e, op, src, d);
	return ok;
}

/* One revision on m: its upgrade, then its downgrade on a fork, which must
 * give back what the upgrade started from; m is left as the upgrade left
 * it.  Each op is lowered by e too. */
static bool verify_one(struct schema *m, struct emitter *e, const struct migfile *f,
		       const char *id, struct diag *d)
{
	struct schema_snapshot *before, *fork;
	int errors = d->nerrors;
	bool ok;

	e->src = f->src;
	e->in_transaction = (e->d->caps & CAP_TRANSACTIONAL_DDL) && f->hdr.transactional;
	/* each revision as in a transaction of its own: how upgrades group
	 * them is the runner's (transaction_per_migration) */
	emitter_committed(e);
	schema_begin_revision(m);
	before = schema_snapshot_take(m, &f->upgrade, &f->downgrade);
	ok = run_block(m, e, &f->upgrade, f->src, d);
	fork = schema_fork(m, &f->upgrade, &f->downgrade);
	emitter_committed(e);	/* a downgrade is a run of its own */
	ok &= run_block(m, e, &f->downgrade, f->src, d);
	/* A broken upgrade or downgrade was reported already; comparing
	 * after it would only repeat the same fault in other words. */
	if (ok)
		schema_snapshot_same(m, before, f->src, f->downgrade_span, id, d);
	/* What comes next starts from this one's upgrade. */
	schema_fork_end(m, fork);
	schema_snapshot_free(before);
	return d->nerrors == errors;
}

bool verify_revision(struct schema *m, const struct dialect *dl, const struct migfile *f,
		     const char *id, struct arena *a, struct diag *d)
{
	struct sink sink = { 0 };
	struct emitter e;
	bool ok;

	emitter_init(&e, dl, a, d, &sink);
	e.model = m;
	ok = verify_one(m, &e, f, id, d);
	emitter_release(&e);
	return ok;
}

bool verify_graph(struct scriptdir *sd, const struct dialect *dl, const char *version_schema,
		  const char *version_table, struct arena *a, struct diag *d)
{
	const struct revgraph *g = sd->graph;
	struct schema *m = schema_new(&dl->rules);
	struct sink sink = { 0 };	/* every callback is optional: nothing kept */
	struct emitter e;
	int errors = d->nerrors;
	struct prefetch *pf = scriptdir_prefetch(sd, g->revs, g->n, d->mute_warnings);
	size_t i;

	schema_reserve_table(m, version_schema, version_table);
	emitter_init(&e, dl, a, d, &sink);
	for (i = 0; i < g->n; i++) {
		struct arena *ra;	/* this revision's IR only */
		struct migfile *f = prefetch_next(pf, &ra, d);

		if (f)
			verify_one(m, &e, f, g->revs[i]->id, d);
		arena_free(ra);
	}
	prefetch_end(pf);
	emitter_release(&e);
	schema_free(m);
	return d->nerrors == errors;
}
