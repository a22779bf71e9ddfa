/* One arena per compilation: the IR, the revision graph and the strings they
 * point to are bump-allocated here and released in one call, so no node ever
 * needs its own free (PostgreSQL's memory contexts, in miniature). */
#ifndef RETORT_ARENA_H
#define RETORT_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
/* Empties a: what was allocated is gone; one chunk stays for what comes
 * next (a scratch arena used once per file, without a malloc each time). */
void arena_reset(struct arena *a);

/* Zeroed, aligned for any object. */
void *arena_alloc(struct arena *a, size_t n);
/* An arena begins with the free bytes of the chunk it is filling, so that
 * taking from them is inline: the IR and the model take millions of small
 * blocks, and a call each cost as much as the rest of the allocation. */
struct arena_window {
	unsigned char *next, *end;
};
void *arena_take_slow(struct arena *a, size_t n, size_t align);

/* n bytes (n > 0) at the given alignment (a power of two, at most 16), not
 * zeroed. */
static inline void *arena_take(struct arena *a, size_t n, size_t align)
{
	struct arena_window *w = (struct arena_window *)(void *)a;
	uintptr_t next = (uintptr_t)w->next, room = (uintptr_t)w->end - next;
	size_t pad = (size_t)(-next & (align - 1));

	if (n <= room && pad <= room - n) {
		unsigned char *p = w->next + pad;
		w->next = p + n;
		return p;
	}
	return arena_take_slow(a, n, align);
}
/* Zeroed, at the given alignment (a power of two): ARENA_NEW asks for the
 * type's own, so a model of many small records wastes no padding.  Inline,
 * so that a record's size is known where it is zeroed: the model and the
 * IR make millions of small ones, and a call to memset each cost more than
 * the allocation. */
static inline void *arena_alloc_aligned(struct arena *a, size_t n, size_t align)
{
	return memset(arena_take(a, n ? n : 1, align), 0, n ? n : 1);
}
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* An array v of *cap elements with room for `need`: v itself, or a copy
 * twice as long (at least need) in the arena, *cap updated; the old one
 * stays until the arena goes. */
void *arena_grow(struct arena *a, void *v, size_t *cap, size_t need, size_t elem);
#define ARENA_GROW(a, arr, cap, need) \
	((arr) = arena_grow((a), (arr), &(cap), (need), sizeof(*(arr))))

#define ARENA_NEW(a, type) ((type *)arena_alloc_aligned((a), sizeof(type), _Alignof(type)))
#define ARENA_ARRAY(a, type, n) \
	((type *)arena_alloc_aligned((a), sizeof(type) * (n), _Alignof(type)))

#endif
