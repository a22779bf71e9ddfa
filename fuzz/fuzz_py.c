/* The Python frontend (retort import) on one file.  Beyond crashes, hangs
 * and leaks: a file with no error has no PY_ERROR in its tree, the
 * module's count of errors is the messages', and every node's span lies
 * inside the file and inside its parent's. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "pyparse.h"
#include "srcfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *why, const struct diag *d)
{
	fprintf(stderr, "fuzz_py: %s\n", why);
	if (d)
		diag_print(d, stderr, 0);
	abort();
}

static size_t errors_in(const struct py_list *l, struct span outer, size_t len);

static size_t errors_at(const struct py_node *n, struct span outer, size_t len)
{
	size_t k = 0;

	if (!n)
		return 0;
	if (n->span.end > len || n->span.start > n->span.end)
		fail("a span runs outside the file", NULL);
	if (n->kind != PY_EXCEPT && n->kind != PY_SUITE &&
	    (n->span.start < outer.start || n->span.end > outer.end))
		fail("a node's span is not inside its parent's", NULL);
	k += n->kind == PY_ERROR;
	k += errors_at(n->a, n->span, len) + errors_at(n->b, n->span, len) +
	     errors_at(n->c, n->span, len);
	k += errors_in(&n->items, n->span, len) + errors_in(&n->body, n->span, len) +
	     errors_in(&n->orelse, n->span, len);
	return k;
}

static size_t errors_in(const struct py_list *l, struct span outer, size_t len)
{
	const struct py_node *n;
	size_t k = 0, count = 0;

	for (n = l->head; n; n = n->next, count++)
		k += errors_at(n, outer, len);
	if (count != l->n)
		fail("a list's count is not its length", NULL);
	return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = DIAG_INIT;
	struct arena *a = arena_new();
	struct srcfile *src = srcfile_from_string("input.py", (const char *)data, size);
	struct py_module *m = pyparse_file(a, src, &d);
	struct span whole = { 0, (uint32_t)size };
	size_t nerr = errors_in(&m->body, whole, size);

	if (m->nerrors != d.nerrors)
		fail("the module's error count is not the messages'", &d);
	if (!d.nerrors && nerr)
		fail("a statement was not read, yet no error was said", &d);
	srcfile_free(src);
	arena_free(a);
	diag_release(&d);
	return 0;
}
