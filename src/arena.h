/* One arena per compilation: the IR, the revision graph and the strings they
 * point to are bump-allocated here and released in one call, so no node ever
 * needs its own free (PostgreSQL's memory contexts, in miniature). */
#ifndef RETORT_ARENA_H
#define RETORT_ARENA_H

#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
/* Empties a: what was allocated is gone; one chunk stays for what comes
 * next (a scratch arena used once per file, without a malloc each time). */
void arena_reset(struct arena *a);

/* Zeroed, aligned for any object. */
void *arena_alloc(struct arena *a, size_t n);
/* Zeroed, at the given alignment (a power of two): ARENA_NEW asks for the
 * type's own, so a model of many small records wastes no padding. */
void *arena_alloc_aligned(struct arena *a, size_t n, size_t align);
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
