/* The lexer and parser on one file.  The first byte picks the mode (a
 * revision, a header only, a schema file); the rest is the text.  Beyond
 * crashes: a file that parses must have said no error, one that fails must
 * have said one, a revision's ops written back as text (irwrite, what
 * autogenerate and `check` print) must parse again and write the same, and
 * a file the full parse reads must have the same header read alone (which
 * is mostly done without the grammar: parse.c's fast header parse). */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ir.h"
#include "irwrite.h"
#include "parse.h"
#include "srcfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *why, const struct diag *d, const char *text)
{
	fprintf(stderr, "fuzz_parse: %s\n", why);
	if (text)
		fprintf(stderr, "--- text ---\n%s\n------------\n", text);
	if (d)
		diag_print(d, stderr, 0);
	abort();
}

/* The ops of f written as a revision: the parser's input again. */
static void write_back(struct sbuf *out, const struct migfile *f)
{
	sbuf_adds(out, "revision 'r1';\nrevises base;\n");
	if (f->has_upgrade) {
		sbuf_adds(out, "upgrade {\n");
		irwrite_ops(out, &f->upgrade, 1);
		sbuf_adds(out, "}\n");
	}
	if (f->has_downgrade) {
		sbuf_adds(out, "downgrade {\n");
		irwrite_ops(out, &f->downgrade, 1);
		sbuf_adds(out, "}\n");
	}
}

static void round_trip(const struct migfile *f)
{
	struct sbuf once = SBUF_INIT, twice = SBUF_INIT;
	struct diag d = DIAG_INIT;
	struct arena *a = arena_new();
	struct srcfile *src;
	struct migfile *g;

	write_back(&once, f);
	src = srcfile_from_string("written.mig", sbuf_str(&once), once.len);
	g = parse_file(a, src, PARSE_REVISION, &d);
	if (!g)
		fail("the ops written back do not parse", &d, sbuf_str(&once));
	write_back(&twice, g);
	if (once.len != twice.len || memcmp(sbuf_str(&once), sbuf_str(&twice), once.len) != 0) {
		fprintf(stderr, "--- written again ---\n%s\n", sbuf_str(&twice));
		fail("the ops written back read back as other ops", NULL, sbuf_str(&once));
	}
	srcfile_free(src);
	arena_free(a);
	diag_release(&d);
	sbuf_release(&once);
	sbuf_release(&twice);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum parse_mode modes[] = { PARSE_REVISION, PARSE_HEADER, PARSE_SCHEMA };
	struct diag d = DIAG_INIT;
	struct arena *a;
	struct srcfile *src;
	struct migfile *f;
	enum parse_mode mode;

	if (size < 1)
		return 0;
	mode = modes[data[0] % 3];
	a = arena_new();
	src = srcfile_from_string("input.mig", (const char *)data + 1, size - 1);
	f = parse_file(a, src, mode, &d);
	if (f && d.nerrors)
		fail("parsed, yet said an error", &d, NULL);
	if (!f && !d.nerrors)
		fail("refused without saying why", &d, NULL);
	if (f && mode == PARSE_REVISION) {
		struct diag dh = DIAG_INIT;
		struct migfile *h = parse_file(a, src, PARSE_HEADER, &dh);
		if (!h || !ir_header_same(h, f))
			fail("the header read alone is not the full parse's", &dh, NULL);
		diag_release(&dh);
		round_trip(f);
	}
	srcfile_free(src);
	arena_free(a);
	diag_release(&d);
	return 0;
}
