/* Open addressing with linear probing and backward-shift deletion: one flat
 * array, no tombstones, no per-entry allocation.  The full hash is kept in
 * each slot so a probe compares strings only when the hashes agree.  The
 * hash reads a key eight bytes at a time: the model looks names up half a
 * million times in an upgrade of 10,000 revisions.  It is this map's own
 * (where a slot falls is never seen outside), not util_hash, whose values
 * are written down. */
#include "strmap.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct slot {
	const char *key;	/* NULL: empty */
	void *val;
	uint64_t hash;
};

struct strmap {
	struct slot *slots;
	size_t cap;		/* a power of two */
	size_t count;
};

struct strmap *strmap_new(size_t hint)
{
	struct strmap *m = xcalloc(1, sizeof(*m));
	size_t cap = 16;

	/* Room for hint entries below the 3/4 load limit. */
	while (cap / 4 * 3 < hint)
		cap *= 2;
	m->slots = xcalloc(cap, sizeof(*m->slots));
	m->cap = cap;
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

static size_t find_slot(const struct strmap *m, const char *key, uint64_t h)
{
	size_t mask = m->cap - 1, i = (size_t)h & mask;

	while (m->slots[i].key &&
	       (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
		i = (i + 1) & mask;
	return i;
}

static void grow(struct strmap *m)
{
	struct slot *old = m->slots;
	size_t oldcap = m->cap, i;

	m->cap *= 2;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			m->slots[find_slot(m, old[i].key, old[i].hash)] = old[i];
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
	m->slots[i].hash = h;
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
		home = (size_t)m->slots[j].hash & mask;
		/* Leave it if its home lies cyclically in (i, j]. */
		if (i <= j ? (i < home && home <= j) : (i < home || home <= j))
			continue;
		m->slots[i] = m->slots[j];
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
