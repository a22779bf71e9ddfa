/* Unit tests for the arena: many allocations of mixed sizes and
 * alignments, past the small chunks into the 2 MiB pieces a big arena
 * takes, each keeping what was written to it (no two overlap, none is cut
 * short); big blocks of their own; an arena emptied and filled again; the
 * chunks a freed arena lets go reused by the next; and the zeroing and
 * growing helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

enum { NBLOCKS = 60000 };

struct block {
	unsigned char *p;
	size_t n;
};

/* block i's size: 1 to 300 bytes, and every 1000th a big one of its own */
static size_t size_of(size_t i)
{
	return i % 1000 == 999 ? 40000 + i : 1 + (i * 7919) % 300;
}

/* fills an arena with NBLOCKS blocks, each with a pattern of its own, and
 * checks them all afterwards: about 9 MiB, so most of it in big pieces */
static void fill_and_check(struct arena *a)
{
	struct block *b = xcalloc(NBLOCKS, sizeof(*b));
	size_t i, k;

	for (i = 0; i < NBLOCKS; i++) {
		size_t align = (size_t)1 << (i % 5);	/* 1 to 16 */
		b[i].n = size_of(i);
		b[i].p = arena_alloc_aligned(a, b[i].n, align);
		assert_int_equal((uintptr_t)b[i].p % align, 0);
		for (k = 0; k < b[i].n; k++)
			assert_int_equal(b[i].p[k], 0);	/* zeroed */
		memset(b[i].p, (int)(i % 251), b[i].n);
	}
	for (i = 0; i < NBLOCKS; i++)
		for (k = 0; k < b[i].n; k++)
			if (b[i].p[k] != (unsigned char)(i % 251))
				fail_msg("block %zu byte %zu was overwritten", i, k);
	free(b);
}

static void test_many_blocks(void **state)
{
	struct arena *a = arena_new();

	(void)state;
	fill_and_check(a);
	arena_free(a);
}

static void test_reset_and_again(void **state)
{
	struct arena *a = arena_new();
	char *s;

	(void)state;
	fill_and_check(a);
	arena_reset(a);
	fill_and_check(a);	/* the pieces went back; new ones come */
	arena_reset(a);
	s = arena_printf(a, "%s-%d", "again", 7);
	assert_string_equal(s, "again-7");
	arena_free(a);
}

/* A freed arena's chunk goes to the next arena, small or huge.  Under
 * ASan, which never hands freed memory straight back, the same address
 * comes back only through the arena's cache. */
static void test_chunks_reused(void **state)
{
	struct arena *a = arena_new(), *b;
	unsigned char *p, *q, *big[8], *again[8];
	size_t i;

	(void)state;
	p = arena_alloc(a, 100);
	arena_free(a);
	b = arena_new();
	q = arena_alloc(b, 100);
	assert_ptr_equal(p, q);
	assert_int_equal(q[99], 0);	/* zeroed all the same */
	arena_free(b);

	/* four blocks a small chunk, then 2 MiB pieces where the kernel gives
	 * them: the pieces come back too, emptied */
	a = arena_new();
	for (i = 0; i < 8; i++)
		big[i] = arena_alloc(a, 15000);
	for (i = 0; i < 200; i++)
		(void)arena_alloc(a, 15000);
	arena_free(a);
	b = arena_new();
	for (i = 0; i < 8; i++)
		again[i] = arena_alloc(b, 15000);
	for (i = 0; i < 200; i++) {
		unsigned char *r = arena_alloc(b, 15000);
		assert_int_equal(r[14999], 0);
		memset(r, 0xab, 15000);
	}
	for (i = 0; i < 8; i++)	/* the small chunks came back in the order taken */
		assert_ptr_equal(again[i], big[i]);
	arena_free(b);
}

static void test_grow_and_strings(void **state)
{
	struct arena *a = arena_new();
	size_t *v = NULL, cap = 0, i;
	char *s;

	(void)state;
	for (i = 0; i < 300000; i++) {	/* 2.4 MB at the end: copies in big pieces */
		ARENA_GROW(a, v, cap, i + 1);
		v[i] = i * 3;
	}
	for (i = 0; i < 300000; i++)
		assert_int_equal(v[i], i * 3);
	s = arena_strndup(a, "abcdef", 3);
	assert_string_equal(s, "abc");
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_many_blocks),
		cmocka_unit_test(test_reset_and_again),
		cmocka_unit_test(test_chunks_reused),
		cmocka_unit_test(test_grow_and_strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
