/* A string -> pointer hash map.  The revision graph looks ids up once per
 * edge and the schema model once per name, at tens of thousands of entries,
 * so lookups must not scan.  Keys are borrowed, not copied: they must live
 * as long as the map does (in practice, in the arena). */
#ifndef RETORT_STRMAP_H
#define RETORT_STRMAP_H

#include <stddef.h>

struct strmap;

/* hint: the number of entries expected (0 if unknown); the map grows anyway. */
struct strmap *strmap_new(size_t hint);
void strmap_free(struct strmap *m);

/* Sets key to val (which must not be NULL) and returns the value it replaced,
 * or NULL when key was new. */
void *strmap_put(struct strmap *m, const char *key, void *val);
/* NULL when key is absent. */
void *strmap_get(const struct strmap *m, const char *key);
/* Removes key; returns its value, or NULL when it was absent. */
void *strmap_del(struct strmap *m, const char *key);
size_t strmap_count(const struct strmap *m);

#endif
