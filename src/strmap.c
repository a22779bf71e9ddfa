/* Open addressing with linear probing and backward-shift deletion: one flat
 * array, no tombstones, no per-entry allocation.  A slot is the key and
 * the value, 16 bytes; the top byte of the key's hash is kept beside it, in
 * an array of its own, so that a probe compares strings only when that
 * byte agrees.  (The whole hash in each slot made slots of 24 bytes: a
 * model of 10,000 revisions held 0.8 MB more of maps.)  Growing and
 * deleting hash again the keys they move.  The hash reads a key eight
 * bytes at a time: the model looks names up half a million times in an
 * upgrade of 10,000 revisions.  It is this map's own (where a slot falls is
 * never seen outside), not util_hash, whose values are written down. */
#include "strmap.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct slot {
	const char *key;	/* NULL: empty */
	void *val;
};

struct strmap {
	struct slot *slots;
	unsigned char *tags;	/* by slot: the top byte of its key's hash */
	size_t cap;		/* a power of two */
	size_t count;
};

/* slots and tags for cap, in one block */
static void alloc_slots(struct strmap *m, size_t cap)
{
	m->slots = xcalloc(cap, sizeof(*m->slots) + 1);
	m->tags = (unsigned char *)(m->slots + cap);
	m->cap = cap;
}

struct strmap *strmap_new(size_t hint)
{
	struct strmap *m = xcalloc(1, sizeof(*m));
	size_t cap = 16;

	/* Room for hint entries below the 3/4 load limit. */
	while (cap / 4 * 3 < hint)
		cap *= 2;
	alloc_slots(m, cap);
	return m;
}

void strmap_free(struct strmap *m)
{
	if (!m)
		return;
	free(m->slots);
	free(m);
}

static uint64_t key_hash(const char *s)
{
	size_t n = strlen(s), i;
	uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ULL, w = 0;

	if (n >= 8) {
		for (i = 0; i + 8 < n; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
			h ^= h >> 32;
		}
		memcpy(&w, s + n - 8, 8);	/* the last eight, maybe again */
	} else {
		for (i = 0; i < n; i++)
			w |= (uint64_t)(unsigned char)s[i] << (8 * i);
	}
	h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	return h ^ (h >> 33);
}

static unsigned char tag_of(uint64_t h)
{
	return (unsigned char)(h >> 56);
}

static inline size_t find_slot(const struct strmap *m, const char *key, uint64_t h)
{
	size_t mask = m->cap - 1, i = (size_t)h & mask;
	unsigned char tag = tag_of(h);

	while (m->slots[i].key && (m->tags[i] != tag || strcmp(m->slots[i].key, key) != 0))
		i = (i + 1) & mask;
	return i;
}

static void grow(struct strmap *m)
{
	struct slot *old = m->slots;
	size_t oldcap = m->cap, i, j;

	alloc_slots(m, oldcap * 2);
	for (i = 0; i < oldcap; i++)
		if (old[i].key) {	/* (no key is there twice) */
			uint64_t h = key_hash(old[i].key);
			for (j = (size_t)h & (m->cap - 1); m->slots[j].key; j = (j + 1) & (m->cap - 1))
				;
			m->slots[j] = old[i];
			m->tags[j] = tag_of(h);
		}
	free(old);
}

void *strmap_put(struct strmap *m, const char *key, void *val)
{
	uint64_t h = key_hash(key);
	size_t i;
	void *prev;

	if ((m->count + 1) * 4 > m->cap * 3)
		grow(m);
	i = find_slot(m, key, h);
	if (m->slots[i].key) {
		prev = m->slots[i].val;
		m->slots[i].val = val;
		return prev;
	}
	m->slots[i].key = key;
	m->slots[i].val = val;
	m->tags[i] = tag_of(h);
	m->count++;
	return NULL;
}

void *strmap_get(const struct strmap *m, const char *key)
{
	size_t i = find_slot(m, key, key_hash(key));

	return m->slots[i].key ? m->slots[i].val : NULL;
}

void *strmap_del(struct strmap *m, const char *key)
{
	size_t mask = m->cap - 1, i = find_slot(m, key, key_hash(key)), j;
	void *val = m->slots[i].val;

	if (!m->slots[i].key)
		return NULL;
	/* Pull later members of the probe run back over the hole, so lookups
	 * never meet an empty slot before their key. */
	j = i;
	for (;;) {
		size_t home;

		j = (j + 1) & mask;
		if (!m->slots[j].key)
			break;
		home = (size_t)key_hash(m->slots[j].key) & mask;
		/* Leave it if its home lies cyclically in (i, j]. */
		if (i <= j ? (i < home && home <= j) : (i < home || home <= j))
			continue;
		m->slots[i] = m->slots[j];
		m->tags[i] = m->tags[j];
		i = j;
	}
	m->slots[i].key = NULL;
	m->slots[i].val = NULL;
	m->count--;
	return val;
}

size_t strmap_count(const struct strmap *m)
{
	return m->count;
}
