/* retort import on one Alembic revision file.  Beyond crashes, hangs and
 * leaks: what it writes is a revision of the language that the main
 * parser reads, whose only errors are its `todo` statements, one for each
 * place it says it left (unless the parser stopped counting). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "parse.h"
#include "pyimport.h"
#include "srcfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *why, const struct diag *d, const char *text)
{
	fprintf(stderr, "fuzz_import: %s\n", why);
	if (text)
		fprintf(stderr, "--- written ---\n%s\n---------------\n", text);
	if (d)
		diag_print(d, stderr, 0);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d = DIAG_INIT, again = DIAG_INIT;
	struct sbuf out = SBUF_INIT, places = SBUF_INIT;
	struct srcfile *src = srcfile_from_string("input.py", (const char *)data, size), *mig;
	struct arena *a;
	size_t nplaces = 0, i, todos = 0;
	bool gave_up = false;

	if (pyimport_convert("input.py", src, &out, &places, &nplaces, &d)) {
		a = arena_new();
		mig = srcfile_from_string("output.mig", sbuf_str(&out), out.len);
		(void)parse_file(a, mig, PARSE_REVISION, &again);
		for (i = 0; i < again.n; i++) {
			if (again.v[i].code == DIAG_TOO_MANY_ERRORS)
				gave_up = true;
			if (again.v[i].sev != DIAG_SEV_ERROR)
				continue;
			if (again.v[i].code != DIAG_IMPORT_TODO)
				fail("what import wrote does not parse", &again, sbuf_str(&out));
			todos++;
		}
		if (todos != nplaces && !gave_up)
			fail("the todos written are not the places said", &again, sbuf_str(&out));
		srcfile_free(mig);
		arena_free(a);
	} else if (!d.nerrors) {
		fail("a file not imported, yet no error said", &d, NULL);
	}
	srcfile_free(src);
	diag_release(&d);
	diag_release(&again);
	sbuf_release(&out);
	sbuf_release(&places);
	return 0;
}
