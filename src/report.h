/* The output forms of the inspection commands: Alembic's text and JSON
 * (report.c).  The API (command.c) gathers the revisions; these say them. */
#ifndef RETORT_REPORT_H
#define RETORT_REPORT_H

#include <stdbool.h>
#include <stddef.h>

struct json;
struct op;
struct oplist;
struct revision;
struct revset;
struct sbuf;

/* " (head)", " (effective head)" or "". */
const char *report_head_marker(const struct revision *r);
/* Alembic's Script.log_entry: the verbose form. */
void report_log_entry(struct sbuf *sb, const struct revision *r, bool current);
/* Alembic's Script.cmd_format in its short form. */
void report_short_entry(struct sbuf *sb, const struct revision *r, bool parents, bool tree,
			bool doc, bool current);
/* The op's name and the object it is about: "add_column orders.note". */
void report_op_subject(struct sbuf *sb, const struct op *op);
/* "    Upgrade:" and a line per op. */
void report_ops_summary(struct sbuf *sb, const char *title, const struct oplist *ops);

/* A revision as a JSON object, left open for the caller to add members
 * to and close; cur: the rows the database is at ("current" is said
 * only with it). */
void report_json_revision(struct json *j, const struct revision *r, const struct revset *cur);
/* Ids as a JSON array of strings. */
void report_json_ids(struct json *j, struct revision *const *v, size_t n);
/* {"revisions": [...]}: the revisions in the order given. */
void report_json_list(struct sbuf *out, const struct revset *revs, const struct revset *cur);
/* The ops as a JSON array of their subjects. */
void report_json_ops(struct json *j, const struct oplist *ops);

#endif
