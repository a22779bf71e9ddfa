/* Bump allocator in growing chunks; a large request gets a chunk of its own
 * so the current chunk is not wasted. */
#include "arena.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define ARENA_CHUNK (64 * 1024)
#define ARENA_ALIGN 16

struct chunk {
	struct chunk *next;
	size_t used, size;
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena {
	struct chunk *head;
};

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
		free(c);
	}
	free(a);
}

void arena_reset(struct arena *a)
{
	struct chunk *c, *next, *keep = NULL;

	for (c = a->head; c; c = next) {
		next = c->next;
		if (!keep && c->size == ARENA_CHUNK)
			keep = c;
		else
			free(c);
	}
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
	a->head = keep;
}

static struct chunk *chunk_new(size_t size)
{
	struct chunk *c = xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->used = 0;
	c->size = size;
	return c;
}

/* n bytes at the given alignment, not zeroed.  Strings take alignment 1:
 * a model of tens of thousands of short names would otherwise pad each to
 * sixteen bytes. */
static void *arena_take(struct arena *a, size_t n, size_t align)
{
	struct chunk *c = a->head;
	size_t at;

	if (n > ARENA_CHUNK / 4) {
		/* Big block: its own chunk, linked behind the current one. */
		struct chunk *big = chunk_new(n);
		if (c) {
			big->next = c->next;
			c->next = big;
		} else {
			a->head = big;
		}
		big->used = n;
		return big->data;
	}
	at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || at > c->size || c->size - at < n) {
		c = chunk_new(ARENA_CHUNK);
		c->next = a->head;
		a->head = c;
		at = 0;
	}
	c->used = at + n;
	return c->data + at;
}

void *arena_alloc_aligned(struct arena *a, size_t n, size_t align)
{
	void *p = arena_take(a, n ? n : 1, align);

	memset(p, 0, n ? n : 1);
	return p;
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
