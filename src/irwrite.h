/* The IR written back as migration-language text: what autogenerate puts
 * in a new revision, what `check` prints, and `schema --format mig`.  The
 * text parses back to the same ops (tests/unit/test_irwrite.c and
 * fuzz/fuzz_parse.c round-trip it), so a user can read, edit and commit it
 * like anything they wrote. */
#ifndef RETORT_IRWRITE_H
#define RETORT_IRWRITE_H

#include "ir.h"
#include "sbuf.h"

/* A name: bare when the lexer would read it back as the same identifier,
 * else in double quotes (a reserved word, upper case is kept either way). */
void irwrite_ident(struct sbuf *out, const char *name);
void irwrite_qname(struct sbuf *out, const struct qname *q);
/* 'text' with quotes doubled. */
void irwrite_string(struct sbuf *out, const char *s);
void irwrite_type(struct sbuf *out, const struct type *t);
void irwrite_value(struct sbuf *out, const struct value *v);
/* identity [always] [(start N, increment M)], as a column or alter_column
 * says it (also what messages show of one). */
void irwrite_identity(struct sbuf *out, const struct identity *id);

/* One op and its ';' (or block), each line starting with `indent` tabs,
 * ending with a newline. */
void irwrite_op(struct sbuf *out, const struct op *op, int indent);
void irwrite_ops(struct sbuf *out, const struct oplist *ops, int indent);

#endif
