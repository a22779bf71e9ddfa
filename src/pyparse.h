/* The Python frontend (retort import): a revision file read into the tree
 * of pyast.h.  Nothing is run or imported; a statement it cannot read is
 * one error message (file.py:line:col) and a PY_ERROR in its place. */
#ifndef RETORT_PYPARSE_H
#define RETORT_PYPARSE_H

#include <stdbool.h>

#include "diag.h"
#include "pyast.h"

struct arena;

/* Never NULL: the module holds what could be read (an unreadable file, a
 * NUL byte or bad UTF-8 leaves it empty with one error). */
struct py_module *pyparse_file(struct arena *a, struct srcfile *src, struct diag *d);

/* "op.create_table" for a name or a chain of attributes on a name, else
 * NULL (in a). */
const char *py_dotted(struct arena *a, const struct py_node *n);

#endif
