/* Bump allocator in growing chunks; a large request gets a chunk of its own
 * so the current chunk is not wasted.  An arena that has grown past
 * ARENA_HUGE_AFTER chunks (a model, the graph of thousands of revisions)
 * takes the rest in pieces of 2 MiB mapped on their own and advised for
 * the kernel's huge pages: one page fault for each instead of 512, and
 * those faults were a tenth of the time of `heads` at 10,000 revisions.
 * Chunks of both sizes that arenas let go are kept in a small cache for
 * the next arena: verify makes and frees arenas for every revision, and
 * giving their memory back each time made the C library shrink and grow
 * the heap, a page fault for every page, again and again. */
#include "arena.h"
#include "util.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_CHUNK (64 * 1024)
#define ARENA_ALIGN 16
#define ARENA_HUGE UTIL_HUGE_PAGE
#define ARENA_HUGE_AFTER 4		/* small chunks (256 KiB) first */
#define CACHE_SMALL 32			/* chunks kept for reuse: 2 MiB */
#define CACHE_HUGE 4			/* pieces kept for reuse: 8 MiB */

struct chunk {
	struct chunk *next;
	size_t size;
	bool mapped;		/* a huge piece: munmap, not free */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena {
	struct arena_window w;	/* first: arena_take (arena.h) reads it */
	struct chunk *head;	/* the chunk w is in, or a big block's */
	size_t nchunks;		/* chunks of ARENA_CHUNK or ARENA_HUGE taken */
};

/* Chunks let go, for the next arena (any thread's): a list of each kind,
 * small ([0]) and huge ([1]), each at most cache_max[kind] long. */
static struct {
	pthread_mutex_t mu;
	struct chunk *list[2];
	unsigned n[2];
} cache = { PTHREAD_MUTEX_INITIALIZER, { NULL, NULL }, { 0, 0 } };
static const unsigned cache_max[2] = { CACHE_SMALL, CACHE_HUGE };

/* A kept chunk of the given kind, or NULL. */
static struct chunk *cache_take(bool huge)
{
	struct chunk *c;

	pthread_mutex_lock(&cache.mu);
	if ((c = cache.list[huge]) != NULL) {
		cache.list[huge] = c->next;
		cache.n[huge]--;
		c->next = NULL;
	}
	pthread_mutex_unlock(&cache.mu);
	return c;
}

static void chunk_release(struct chunk *c)
{
	bool kept = false, huge = c->mapped;

	if (huge || c->size == ARENA_CHUNK) {
		pthread_mutex_lock(&cache.mu);
		if (cache.n[huge] < cache_max[huge]) {
			c->next = cache.list[huge];
			cache.list[huge] = c;
			cache.n[huge]++;
			kept = true;
		}
		pthread_mutex_unlock(&cache.mu);
	}
	if (kept)
		return;
	if (huge)
		munmap(c, ARENA_HUGE);
	else
		free(c);
}

/* At exit the cache goes too, so that a leak checker sees nothing held. */
#if defined(__GNUC__)
__attribute__((destructor))
#endif
static void cache_drain(void)
{
	struct chunk *c, *next;

	pthread_mutex_lock(&cache.mu);
	for (c = cache.list[0]; c; c = next) {
		next = c->next;
		free(c);
	}
	for (c = cache.list[1]; c; c = next) {
		next = c->next;
		munmap(c, ARENA_HUGE);
	}
	cache.list[0] = cache.list[1] = NULL;
	cache.n[0] = cache.n[1] = 0;
	pthread_mutex_unlock(&cache.mu);
}

/* A piece of ARENA_HUGE bytes at an address aligned to it, so the kernel
 * can back it with one huge page; NULL where it cannot be had (the caller
 * then takes a small chunk). */
static struct chunk *chunk_huge(void)
{
	struct chunk *c = cache_take(true);

	if (c)
		return c;
	if (!(c = util_map_huge(ARENA_HUGE)))
		return NULL;
	c->next = NULL;
	c->size = ARENA_HUGE - sizeof(*c);
	c->mapped = true;
	return c;
}

struct arena *arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void arena_free(struct arena *a)
{
	struct chunk *c, *next;

	if (!a)
		return;
	for (c = a->head; c; c = next) {
		next = c->next;
		chunk_release(c);
	}
	free(a);
}

void arena_reset(struct arena *a)
{
	struct chunk *c, *next, *keep = NULL;

	for (c = a->head; c; c = next) {
		next = c->next;
		if (!keep && c->size == ARENA_CHUNK)	/* never a huge piece's size */
			keep = c;
		else
			chunk_release(c);
	}
	if (keep) {
		keep->next = NULL;
		a->w.next = keep->data;
		a->w.end = keep->data + keep->size;
	} else {
		a->w.next = a->w.end = NULL;
	}
	a->head = keep;
	a->nchunks = keep != NULL;
}

static struct chunk *chunk_new(size_t size)
{
	struct chunk *c = size == ARENA_CHUNK ? cache_take(false) : NULL;

	if (c)
		return c;
	c = xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->size = size;
	c->mapped = false;
	return c;
}

/* What the window of the current chunk cannot hold.  A big block gets a
 * chunk of its own, linked behind the current one, whose free bytes stay
 * in use; anything else starts a new chunk. */
void *arena_take_slow(struct arena *a, size_t n, size_t align)
{
	struct chunk *c;

	if (n > ARENA_CHUNK / 4) {
		struct chunk *big = chunk_new(n);
		if (a->head) {
			big->next = a->head->next;
			a->head->next = big;
		} else {
			a->head = big;	/* full: the window stays empty */
		}
		return big->data;
	}
	c = a->nchunks >= ARENA_HUGE_AFTER ? chunk_huge() : NULL;
	if (!c)
		c = chunk_new(ARENA_CHUNK);
	a->nchunks++;
	c->next = a->head;
	a->head = c;
	/* data is aligned for any object: n bytes fit at its start */
	(void)align;
	a->w.next = c->data + n;
	a->w.end = c->data + c->size;
	return c->data;
}

void *arena_alloc(struct arena *a, size_t n)
{
	return arena_alloc_aligned(a, n, ARENA_ALIGN);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_take(a, n + 1, 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void *arena_grow(struct arena *a, void *v, size_t *cap, size_t need, size_t elem)
{
	void *n;
	size_t old = *cap;

	if (need <= old)
		return v;
	*cap = old ? old * 2 : 8;
	if (*cap < need)
		*cap = need;
	n = arena_alloc(a, *cap * elem);
	if (old)
		memcpy(n, v, old * elem);
	return n;
}
