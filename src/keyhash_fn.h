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
	uint32_t h = seed * 0x9E3779B1u ^ (uint32_t)n, f;

	/* The length and four bytes (first, second, middle, last), not every
	 * byte: most identifiers are names, not keywords, and each costs a
	 * hash.  The generator checks that these tell the keywords apart. */
	if (n == 0)
		return 0;
	f = ((unsigned char)s[0] | 0x20u) | ((unsigned char)s[n > 1] | 0x20u) << 8 |
	    ((unsigned char)s[n / 2] | 0x20u) << 16 | ((unsigned char)s[n - 1] | 0x20u) << 24;
	h = (h ^ f) * 0x01000193u;
	h ^= h >> 13;
	h *= 0x5BD1E995u;
	return (h ^ (h >> 15)) * 0x2C1B3C6Du >> (32 - KEYHASH_BITS);
}

#endif
