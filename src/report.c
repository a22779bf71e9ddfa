/* What the inspection commands print, in one place: Alembic's text forms
 * (history, heads, branches, current, show) and their JSON forms
 * (--format json, whose shapes docs/commands.md gives). */
#include "report.h"
#include "ir.h"
#include "json.h"
#include "revgraph.h"
#include "sbuf.h"

#include <string.h>

static void add_labels(struct sbuf *sb, const struct revision *r)
{
	size_t i;

	if (!r->nshown)
		return;
	sbuf_adds(sb, " (");
	for (i = 0; i < r->nshown; i++) {
		if (i)
			sbuf_adds(sb, ", ");
		sbuf_adds(sb, r->shown[i]);
	}
	sbuf_addc(sb, ')');
}

/* Alembic marks a head another revision depends on as only effective: the
 * version table holds the dependent, not it. */
const char *report_head_marker(const struct revision *r)
{
	if (!r->is_head)
		return "";
	return r->has_dependents ? " (effective head)" : " (head)";
}

/* Alembic's Script.report_log_entry: the verbose form. */
void report_log_entry(struct sbuf *sb, const struct revision *r, bool current)
{
	const struct rev_header *h = &r->file->hdr;

	sbuf_addf(sb, "Rev: %s%s%s%s%s\n", r->id, report_head_marker(r),
		  r->is_branchpoint ? " (branchpoint)" : "",
		  r->is_mergepoint ? " (mergepoint)" : "", current ? " (current)" : "");
	sbuf_adds(sb, r->is_mergepoint ? "Merges: " : "Parent: ");
	revgraph_add_ids(sb, r->down, r->ndown, "<base>");
	sbuf_addc(sb, '\n');
	if (r->ndeps) {
		sbuf_adds(sb, "Also depends on: ");
		revgraph_add_ids(sb, r->deps, r->ndeps, "");
		sbuf_addc(sb, '\n');
	}
	if (r->is_branchpoint) {
		sbuf_adds(sb, "Branches into: ");
		revgraph_add_ids(sb, r->up, r->nup, "");
		sbuf_addc(sb, '\n');
	}
	if (r->nshown) {
		size_t i;
		sbuf_adds(sb, "Branch names: ");
		for (i = 0; i < r->nshown; i++)
			sbuf_addf(sb, "%s%s", i ? ", " : "", r->shown[i]);
		sbuf_addc(sb, '\n');
	}
	sbuf_addf(sb, "Path: %s\n\n", r->file->src->path);
	if (*r->message)
		sbuf_addf(sb, "    %s\n\n", r->message);
	sbuf_addf(sb, "    Revision ID: %s\n    Revises:", r->id);
	if (r->ndown)
		sbuf_addc(sb, ' '), revgraph_add_ids(sb, r->down, r->ndown, "");
	sbuf_addc(sb, '\n');
	if (h->created.text)
		sbuf_addf(sb, "    Create Date: %s\n", h->created.text);
}

/* Alembic's Script.cmd_format in its short form. */
void report_short_entry(struct sbuf *sb, const struct revision *r, bool parents,
			bool tree, bool doc, bool current)
{
	if (parents) {
		revgraph_add_ids(sb, r->down, r->ndown, "<base>");
		if (r->ndeps) {
			sbuf_adds(sb, " (");
			revgraph_add_ids(sb, r->deps, r->ndeps, "");
			sbuf_addc(sb, ')');
		}
		sbuf_adds(sb, " -> ");
	}
	sbuf_adds(sb, r->id);
	add_labels(sb, r);
	sbuf_adds(sb, report_head_marker(r));
	if (current)
		sbuf_adds(sb, " (current)");
	if (tree) {
		if (r->is_branchpoint)
			sbuf_adds(sb, " (branchpoint)");
		if (r->is_mergepoint)
			sbuf_adds(sb, " (mergepoint)");
	}
	if (doc && *r->message) {
		const char *m;
		sbuf_adds(sb, ", ");
		for (m = r->message; *m;) {	/* one line: a newline in it is a blank */
			size_t k = strcspn(m, "\n\r\t");
			sbuf_add(sb, m, k);
			m += k;
			if (*m) {
				sbuf_addc(sb, ' ');
				m++;
			}
		}
	}
}

/* The object an op is about, for a one-line summary. */
void report_op_subject(struct sbuf *sb, const struct op *op)
{
	const struct qname *t = ir_op_table(op);
	const struct op *o;
	size_t n = 0;

	sbuf_adds(sb, ir_op_name(op->kind));
	switch (op->kind) {
	case OP_CREATE_SCHEMA:
	case OP_DROP_SCHEMA:
		sbuf_addf(sb, " %s", op->u.schema.name.name);
		return;
	case OP_CREATE_INDEX:
	case OP_DROP_INDEX:
		sbuf_addf(sb, " %s", op->u.index.name.name);
		return;
	case OP_CREATE_PRIMARY_KEY:
	case OP_CREATE_UNIQUE_CONSTRAINT:
	case OP_CREATE_FOREIGN_KEY:
	case OP_CREATE_CHECK_CONSTRAINT:
	case OP_CREATE_EXCLUDE_CONSTRAINT:
		sbuf_addf(sb, " %s", op->u.constraint.con.name.name);
		return;
	case OP_DROP_CONSTRAINT:
		sbuf_addf(sb, " %s", op->u.drop_constraint.name.name);
		return;
	case OP_ADD_COLUMN:
		sbuf_addf(sb, " %s.%s", t->name, op->u.add_column.column.name.name);
		return;
	case OP_DROP_COLUMN:
		sbuf_addf(sb, " %s.%s", t->name, op->u.drop_column.column.name);
		return;
	case OP_ALTER_COLUMN:
		sbuf_addf(sb, " %s.%s", t->name, op->u.alter.column.name);
		return;
	case OP_CREATE_ENUM:
	case OP_DROP_ENUM:
		sbuf_addf(sb, " %s", op->u.enumdef.name.name);
		return;
	case OP_CREATE_VIEW:
	case OP_DROP_VIEW:
		sbuf_addf(sb, " %s", op->u.view.name.name);
		return;
	case OP_CREATE_TRIGGER:
	case OP_DROP_TRIGGER:
		sbuf_addf(sb, " %s on %s", op->u.trigger.name.name, t->name);
		return;
	case OP_ALTER_ENUM:
		if (op->u.alter_enum.name.name)
			sbuf_addf(sb, " %s", op->u.alter_enum.name.name);
		else
			sbuf_addf(sb, " %s.%s", t->name, op->u.alter_enum.column.name);
		return;
	case OP_CREATE_SEQUENCE:
	case OP_DROP_SEQUENCE:
		sbuf_addf(sb, " %s", op->u.sequence.name.name);
		return;
	case OP_ONLY:
	case OP_BATCH_ALTER_TABLE:
	case OP_ASSUME:
	case OP_WHEN:
		for (o = op->u.block.body.head; o; o = o->next)
			n++;
		if (op->kind == OP_BATCH_ALTER_TABLE)
			sbuf_addf(sb, " %s", t->name);
		else if (op->kind == OP_WHEN)
			sbuf_addf(sb, " x.%s = '%s'", op->u.block.xkey, op->u.block.xvalue);
		else if (op->kind == OP_ONLY)
			for (const struct ident *id = op->u.block.dialects.head; id; id = id->next)
				sbuf_addf(sb, "%s%s", id == op->u.block.dialects.head ? " " : ", ",
					  id->name);
		sbuf_addf(sb, " { %zu op%s }", n, n == 1 ? "" : "s");
		return;
	case OP_CREATE_TABLE:
	case OP_DROP_TABLE:
	case OP_RENAME_TABLE:
	case OP_CREATE_TABLE_COMMENT:
	case OP_DROP_TABLE_COMMENT:
	case OP_BULK_INSERT:
		sbuf_addf(sb, " %s", t->name);
		return;
	case OP_EXECUTE:
		return;
	}
}

void report_ops_summary(struct sbuf *sb, const char *title, const struct oplist *ops)
{
	const struct op *op;

	sbuf_addf(sb, "    %s:", title);
	if (!ops->head)
		sbuf_adds(sb, " (nothing)");
	sbuf_addc(sb, '\n');
	for (op = ops->head; op; op = op->next) {
		sbuf_adds(sb, "        ");
		report_op_subject(sb, op);
		sbuf_addc(sb, '\n');
	}
}


/* ---- JSON ---- */

void report_json_ids(struct json *j, struct revision *const *v, size_t n)
{
	size_t i;

	json_open(j, '[');
	for (i = 0; i < n; i++)
		json_str(j, v[i]->id);
	json_close(j, ']');
}

static void json_strings(struct json *j, const char *key, const char *const *v, size_t n)
{
	size_t i;

	json_kopen(j, key, '[');
	for (i = 0; i < n; i++)
		json_str(j, v[i]);
	json_close(j, ']');
}

void report_json_revision(struct json *j, const struct revision *r, const struct revset *cur)
{
	const struct rev_header *h = &r->file->hdr;
	unsigned line = 0, col = 0;

	if (r->file->src && h->revision.text)
		srcfile_linecol(r->file->src, h->revision.span.start, &line, &col);
	json_open(j, '{');
	json_kstr(j, "revision", r->id);
	json_key(j, "down_revisions");
	report_json_ids(j, r->down, r->ndown);
	json_key(j, "up_revisions");
	report_json_ids(j, r->up, r->nup);
	json_key(j, "depends_on");
	report_json_ids(j, r->deps, r->ndeps);
	json_strings(j, "branch_labels", r->labels, r->nlabels);
	json_strings(j, "labels", r->shown, r->nshown);
	json_kstr(j, "message", r->message);
	json_kstr(j, "create_date", h->created.text);
	json_kstr(j, "file", r->file->src ? r->file->src->path : NULL);
	json_key(j, "line");
	if (line)
		json_num(j, line);
	else
		json_null(j);
	json_kbool(j, "is_head", r->is_head);
	json_kbool(j, "has_dependents", r->has_dependents);
	json_kbool(j, "is_base", r->is_base);
	json_kbool(j, "is_branch_point", r->is_branchpoint);
	json_kbool(j, "is_merge_point", r->is_mergepoint);
	if (cur)
		json_kbool(j, "current", revset_has(cur, r));
}

void report_json_list(struct sbuf *out, const struct revset *revs, const struct revset *cur)
{
	struct json j;
	size_t i;

	json_init(&j, out);
	json_open(&j, '{');
	json_kopen(&j, "revisions", '[');
	for (i = 0; i < revs->n; i++) {
		report_json_revision(&j, revs->v[i], cur);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_close(&j, '}');
}

void report_json_ops(struct json *j, const struct oplist *ops)
{
	struct sbuf sb = SBUF_INIT;
	const struct op *op;

	json_open(j, '[');
	for (op = ops->head; op; op = op->next) {
		sbuf_reset(&sb);
		report_op_subject(&sb, op);
		json_str(j, sbuf_str(&sb));
	}
	json_close(j, ']');
	sbuf_release(&sb);
}
