/* A small JSON writer for machine-readable output (--format json and
 * --diagnostics-format json): values appended to an sbuf, indented two
 * spaces a level as Python's json.dumps(indent=2) writes, strings always
 * valid UTF-8 (a byte that is not is written as U+FFFD). Nothing is
 * parsed: retort only writes JSON. */
#ifndef RETORT_JSON_H
#define RETORT_JSON_H

#include <stdbool.h>
#include <stddef.h>

struct sbuf;

struct json {
	struct sbuf *out;
	unsigned depth;			/* open objects and arrays, at most 63 */
	unsigned long long filled;	/* bit k: the level k has a member */
	bool after_key;			/* the next value follows "key": */
};

void json_init(struct json *j, struct sbuf *out);
/* '{' or '[' opens, '}' or ']' closes; the outermost close ends a line. */
void json_open(struct json *j, char c);
void json_close(struct json *j, char c);
/* The key of the next member of an object. */
void json_key(struct json *j, const char *key);
/* A string (NULL: null), n bytes of one, a number, true/false, null. */
void json_str(struct json *j, const char *s);
void json_strn(struct json *j, const char *s, size_t n);
void json_num(struct json *j, long long v);
void json_bool(struct json *j, bool b);
void json_null(struct json *j);
/* A member: key and value in one call. */
void json_kstr(struct json *j, const char *key, const char *s);
void json_knum(struct json *j, const char *key, long long v);
void json_kbool(struct json *j, const char *key, bool b);
void json_kopen(struct json *j, const char *key, char c);

#endif
