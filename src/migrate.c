/* The shape of a migration script, the same for every dialect: where the
 * transactions begin and end, when the version table is created, the
 * "-- Running upgrade" lines, and the version-table statements after each
 * revision, following Alembic's offline output. */
#include "migrate.h"
#include "arena.h"
#include "schema.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Text goes to the buffer, or through it to the stream. */
static void text_flush(struct text_sink *ts)
{
	if (ts->stream && ts->line.len) {
		fwrite(ts->line.buf, 1, ts->line.len, ts->stream);
		sbuf_reset(&ts->line);
	}
}

static struct sbuf *text_target(struct text_sink *ts)
{
	return ts->stream ? &ts->line : ts->out;
}

static void text_statement(void *ctx, const char *sql, size_t len)
{
	struct text_sink *ts = ctx;
	struct sbuf *out = text_target(ts);

	sbuf_add(out, sql, len);
	sbuf_adds(out, ";\n\n");
	text_flush(ts);
}

/* A statement holding ';' of its own, for a client that would end it
 * there (MySQL's): between DELIMITER lines, with a delimiter it lacks. */
static void text_compound(void *ctx, const char *sql, size_t len)
{
	static const char *const marks[] = { "$$", "//", ";;", "$$$" };
	struct text_sink *ts = ctx;
	struct sbuf *out = text_target(ts);
	const char *mark = marks[ARRAY_LEN(marks) - 1];
	size_t i;

	for (i = 0; i < ARRAY_LEN(marks); i++) {
		size_t n = strlen(marks[i]), at;
		for (at = 0; at + n <= len && memcmp(sql + at, marks[i], n) != 0; at++)
			;
		if (at + n > len) {	/* not in it */
			mark = marks[i];
			break;
		}
	}
	sbuf_addf(out, "DELIMITER %s\n", mark);
	sbuf_add(out, sql, len);
	sbuf_addf(out, "%s\nDELIMITER ;\n\n", mark);
	text_flush(ts);
}

static void text_comment(void *ctx, const char *text)
{
	struct text_sink *ts = ctx;
	struct sbuf *out = text_target(ts);

	sbuf_adds(out, "-- ");
	sbuf_adds(out, text);
	sbuf_adds(out, "\n\n");
	text_flush(ts);
}

/* A label sits right above the statement it names, with no blank line. */
static void text_annotate(void *ctx, const char *text)
{
	struct text_sink *ts = ctx;
	struct sbuf *out = text_target(ts);

	sbuf_adds(out, "-- ");
	sbuf_adds(out, text);
	sbuf_addc(out, '\n');
	text_flush(ts);
}

void migrate_text_sink(struct text_sink *ts, struct sbuf *out, FILE *stream)
{
	struct sbuf empty = SBUF_INIT;

	memset(&ts->sink, 0, sizeof(ts->sink));
	ts->out = out;
	ts->stream = stream;
	ts->line = empty;
	ts->sink.statement = text_statement;
	ts->sink.compound = text_compound;
	ts->sink.comment = text_comment;
	ts->sink.annotate = text_annotate;
	ts->sink.ctx = ts;
}

void migrate_text_sink_release(struct text_sink *ts)
{
	sbuf_release(&ts->line);
}

/* A comment must stay on one line whatever the message holds. */
static void add_oneline(struct sbuf *sb, const char *s)
{
	for (; *s; s++)
		sbuf_addc(sb, *s == '\n' || *s == '\r' ? ' ' : *s);
}

static void running_comment(struct emitter *e, const struct step *st)
{
	struct sbuf sb = SBUF_INIT;
	struct revision *self = st->rev;

	sbuf_adds(&sb, st->upgrade ? "Running upgrade " : "Running downgrade ");
	if (st->upgrade) {
		revgraph_add_ids(&sb, self->down, self->ndown, "<base>");
		sbuf_adds(&sb, " -> ");
		sbuf_adds(&sb, self->id);
	} else {
		sbuf_adds(&sb, self->id);
		sbuf_adds(&sb, " -> ");
		revgraph_add_ids(&sb, self->down, self->ndown, "<base>");
	}
	if (*self->message) {
		sbuf_adds(&sb, ", ");
		add_oneline(&sb, self->message);
	}
	emit_comment(e, sbuf_str(&sb));
	if (e->sink->progress)
		e->sink->progress(e->sink->ctx, sbuf_str(&sb));
	sbuf_release(&sb);
}

static bool sink_failed(const struct emitter *e)
{
	return e->sink->failed && e->sink->failed(e->sink->ctx);
}

static void version_changes(struct emitter *e, const struct migrate_opts *o,
			    const struct vt_changes *ch)
{
	size_t i;

	for (i = 0; i < ch->n; i++) {
		const struct vt_change *c = &ch->v[i];
		switch (c->kind) {
		case VT_INSERT:
			dialect_version_insert(e, o->version_schema, o->version_table, c->to);
			break;
		case VT_UPDATE:
			dialect_version_update(e, o->version_schema, o->version_table,
					       c->from, c->to);
			break;
		case VT_DELETE:
			dialect_version_delete(e, o->version_schema, o->version_table, c->from);
			break;
		}
	}
}

struct txn {
	struct emitter *e;
	bool open;
};

static void txn_init(struct txn *t, struct emitter *e)
{
	t->e = e;
	t->open = false;
}

static void txn_want(struct txn *t, bool want)
{
	want = want && (t->e->d->caps & CAP_TRANSACTIONAL_DDL);
	if (want && !t->open) {
		dialect_emit_statements(t->e, t->e->d->begin_transaction);
	} else if (!want && t->open) {
		dialect_emit_statements(t->e, t->e->d->commit_transaction);
		emitter_committed(t->e);
	}
	t->open = want;
}

static void script_header(struct emitter *e, const struct migrate_opts *o)
{
	if (!(o->dialect->caps & CAP_TRANSACTIONAL_DDL)) {
		struct sbuf sb = SBUF_INIT;
		sbuf_addf(&sb, "%s commits each DDL statement implicitly: this script "
			  "runs without a transaction", o->dialect->rules.name);
		emit_comment(e, sbuf_str(&sb));
		sbuf_release(&sb);
	}
	dialect_emit_statements(e, o->dialect->session_setup);
}

/* Brings the model to the state of the version rows `rows`: every revision
 * below them, replayed in graph order.  Their errors are real (the chain is
 * broken) and reported; their warnings were the business of the run that
 * applied them, so they are not repeated. */
bool migrate_replay(struct scriptdir *sd, struct schema *m, const struct revset *rows,
		      struct diag *d)
{
	const struct revgraph *g = sd->graph;
	bool ok = true, muted = d->mute_warnings;
	struct revset order = { NULL, 0, 0 };
	struct prefetch *pf;
	size_t i;

	/* in the order an upgrade runs them, so the model's columns come in
	 * the database's order */
	revgraph_upgrade_order(g, rows, &order);
	d->mute_warnings = true;
	pf = scriptdir_prefetch(sd, order.v, order.n, true);
	for (i = 0; i < order.n; i++) {
		const struct op *op;
		struct arena *ra;	/* one revision's IR at a time: the model keeps copies */
		struct migfile *f = prefetch_next(pf, &ra, d);
		if (!f) {
			ok = false;
		} else {
			schema_begin_revision(m);
			for (op = f->upgrade.head; op; op = op->next)
				ok &= schema_apply(m, op, f->src, d);
		}
		arena_free(ra);
	}
	prefetch_end(pf);
	d->mute_warnings = muted;
	revset_release(&order);
	return ok;
}

bool migrate_op(struct schema *m, struct emitter *e, const struct op *op, struct srcfile *src,
		struct diag *d)
{
	struct schema_snapshot *before = NULL;
	bool ok;

	if (e->depth == 0) {	/* (a block's ops once, with it) */
		int errs = d->nerrors;
		dialect_check_variants(e, op);
		if (d->nerrors != errs)
			return false;
	}

	/* An `only` block's ops are ops of this dialect like any other: each
	 * is checked and lowered seeing the model as the ops before it in the
	 * block left it (a drop after a drop in the same block, say).  So are
	 * a batch's, where the dialect has no way of its own with a batch
	 * (its ALTER TABLE does it all, op by op), but one that recreates
	 * its table: that is lowered whole, from the model it leaves. */
	if ((op->kind == OP_ONLY && !e->d->emit[OP_ONLY]) ||
	    (op->kind == OP_BATCH_ALTER_TABLE && !e->d->emit[OP_BATCH_ALTER_TABLE] &&
	     !op->u.block.recreate)) {
		const struct op *o;
		int errs = e->diag->nerrors;
		if (op->kind == OP_ONLY && !dialect_block_listed(e, &op->u.block.dialects))
			return e->diag->nerrors == errs;
		ok = e->diag->nerrors == errs;
		e->depth++;
		for (o = op->u.block.body.head; o; o = o->next)
			ok &= migrate_op(m, e, o, src, d);
		e->depth--;
		return ok;
	}
	if (e->d->wants_before && e->d->wants_before(op))
		before = schema_snapshot_op(m, op);
	ok = schema_apply(m, op, src, d);
	e->model = m;
	e->before = before;
	if (e->sink->at)
		e->sink->at(e->sink->ctx, src, op);
	e->refused = !ok;
	ok &= dialect_emit_op(e, op);
	e->refused = false;
	if (e->sink->at)
		e->sink->at(e->sink->ctx, NULL, NULL);
	e->before = NULL;
	schema_snapshot_free(before);
	return ok;
}

bool migrate_plan(struct scriptdir *sd, struct revset *rows, const struct plan *plan,
		  const struct migrate_opts *o, const struct sink *sink, struct arena *a,
		  struct diag *d)
{
	const struct revgraph *g = sd->graph;
	struct emitter e;
	struct txn t;
	struct vt_changes ch = { NULL, 0, 0 };
	struct schema *model = schema_new(&o->dialect->rules);
	struct revision **order = xcalloc(plan->n ? plan->n : 1, sizeof(*order));
	struct prefetch *pf;
	size_t i;
	bool ok, have_table = o->version_table_exists;

	schema_reserve_table(model, o->version_schema, o->version_table);
	ok = migrate_replay(sd, model, rows, d);

	emitter_init(&e, o->dialect, a, d, sink);
	e.annotate = o->annotate;
	e.xargs = o->xargs;
	e.nxargs = o->nxargs;
	e.xargs_known = true;
	txn_init(&t, &e);
	script_header(&e, o);
	for (i = 0; i < plan->n; i++)
		order[i] = plan->steps[i].rev;
	pf = scriptdir_prefetch(sd, order, plan->n, d->mute_warnings);
	for (i = 0; i < plan->n; i++) {
		const struct step *st = &plan->steps[i];
		struct arena *ra;
		struct migfile *f = prefetch_next(pf, &ra, d);
		const struct oplist *ops;
		const struct op *op;

		if (o->step_done && i > 0)
			script_header(&e, o);	/* each step a script of its own */
		if (!f || sink_failed(&e)) {
			ok = false;
			arena_free(ra);
			continue;
		}
		ops = st->upgrade ? &f->upgrade : &f->downgrade;
		txn_want(&t, f->hdr.transactional);
		if (rows->n == 0 && !have_table)
			dialect_version_create(&e, o->version_schema, o->version_table);
		have_table = true;
		running_comment(&e, st);
		e.src = f->src;
		e.in_transaction = t.open;
		schema_begin_revision(model);
		for (op = ops->head; op && !sink_failed(&e); op = op->next)
			ok &= migrate_op(model, &e, op, f->src, d);
		if (sink_failed(&e)) {
			ok = false;
			arena_free(ra);
			continue;
		}
		ch.n = 0;
		revgraph_step_rows(g, rows, st, &ch);
		version_changes(&e, o, &ch);
		if (o->per_migration || o->step_done)
			txn_want(&t, false);
		if (o->step_done)
			o->step_done(o->step_ctx, st);
		arena_free(ra);
	}
	prefetch_end(pf);
	free(order);
	if (!sink_failed(&e))
		txn_want(&t, false);
	vt_changes_release(&ch);
	emitter_release(&e);
	schema_free(model);
	return ok;
}

/* schema_to_ops_each's taker: a group of ops lowered, and the arena they
 * and their lowering used emptied for the next. */
struct schema_emit {
	struct emitter *e;
	struct arena *scratch;
	bool ok;
};

static void emit_group(void *ctx, const struct oplist *ops)
{
	struct schema_emit *se = ctx;
	const struct op *op;

	for (op = ops->head; op; op = op->next)
		se->ok &= dialect_emit_op(se->e, op);
	arena_reset(se->scratch);
}

bool migrate_schema(struct schema *model, const char *title, const struct migrate_opts *o,
		    const struct sink *sink, struct diag *d)
{
	struct emitter e;
	struct txn t;
	struct sbuf head = SBUF_INIT;
	struct schema_emit se = { &e, arena_new(), true };

	emitter_init(&e, o->dialect, se.scratch, d, sink);
	e.model = model;
	txn_init(&t, &e);
	sbuf_addf(&head, "The schema %s, for %s", title, o->dialect->rules.name);
	emit_comment(&e, sbuf_str(&head));
	sbuf_release(&head);
	/* what the server must be told to read the script as written */
	dialect_emit_statements(&e, o->dialect->session_setup);
	txn_want(&t, true);
	schema_to_ops_each(model, se.scratch, !(o->dialect->caps & CAP_ALTER_CONSTRAINTS),
			   emit_group, &se);
	txn_want(&t, false);
	emitter_release(&e);
	arena_free(se.scratch);
	return se.ok;
}

bool migrate_stamp(const struct revgraph *g, struct revset *rows, const char *target,
		   const struct migrate_opts *o, const struct sink *sink, struct arena *a,
		   struct diag *d)
{
	struct emitter e;
	struct txn t;
	struct vt_changes ch = { NULL, 0, 0 };
	bool was_empty = rows->n == 0, ok;

	ok = revgraph_stamp(g, rows, target, &ch, d);
	if (ok) {
		emitter_init(&e, o->dialect, a, d, sink);
		txn_init(&t, &e);
		script_header(&e, o);
		txn_want(&t, true);
		if (was_empty && !o->version_table_exists)
			dialect_version_create(&e, o->version_schema, o->version_table);
		if (o->purge && o->version_table_exists)
			dialect_version_delete(&e, o->version_schema, o->version_table, NULL);
		version_changes(&e, o, &ch);
		txn_want(&t, false);
		emitter_release(&e);
	}
	vt_changes_release(&ch);
	return ok;
}
