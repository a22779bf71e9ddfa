/* The hash under which keywords are looked up: shared by the lexer's
 * lookup (parse.c) and the generator of its table (src/tools/mkkeyhash.c),
 * so both hash alike.  Case is folded with |0x20: exact for letters, and
 * any other byte it disturbs only costs a failed comparison. */
#ifndef RETORT_KEYHASH_FN_H
#define RETORT_KEYHASH_FN_H

#include <stddef.h>
#include <stdint.h>

#define KEYHASH_BITS 10
#define KEYHASH_SIZE (1u << KEYHASH_BITS)

static inline uint32_t keyhash(uint32_t seed, const char *s, size_t n)
{
	uint32_t h = seed * 0x9E3779B1u ^ (uint32_t)n;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ ((unsigned char)s[i] | 0x20u)) * 0x01000193u;
	return (h ^ (h >> 15)) * 0x2C1B3C6Du >> (32 - KEYHASH_BITS);
}

#endif
