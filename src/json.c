/* The JSON writer of json.h: one place that knows commas, indents and
 * string escapes, so no output of retort builds JSON by hand. */
#include "json.h"
#include "sbuf.h"
#include "srcfile.h"
#include "util.h"

#include <string.h>

void json_init(struct json *j, struct sbuf *out)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
}

static void indent(struct json *j)
{
	unsigned i;

	sbuf_addc(j->out, '\n');
	for (i = 0; i < j->depth; i++)
		sbuf_adds(j->out, "  ");
}

/* Before a value: after a key nothing; in an array a comma after the
 * first member, and a new line. */
static void before_value(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->filled & (1ull << j->depth))
		sbuf_addc(j->out, ',');
	j->filled |= 1ull << j->depth;
	indent(j);
}

void json_open(struct json *j, char c)
{
	before_value(j);
	sbuf_addc(j->out, c);
	if (j->depth + 1 >= 64)
		UNREACHABLE();	/* retort's shapes are a few levels deep */
	j->depth++;
	j->filled &= ~(1ull << j->depth);
}

void json_close(struct json *j, char c)
{
	bool any = (j->filled & (1ull << j->depth)) != 0;

	j->depth--;
	if (any)
		indent(j);
	sbuf_addc(j->out, c);
	if (j->depth == 0)
		sbuf_addc(j->out, '\n');
}

void json_strn(struct json *j, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	before_value(j);
	sbuf_addc(j->out, '"');
	while (p < end) {
		size_t len = srcfile_utf8_len(p, (size_t)(end - p));
		switch (*p) {
		case '"': sbuf_adds(j->out, "\\\""); break;
		case '\\': sbuf_adds(j->out, "\\\\"); break;
		case '\n': sbuf_adds(j->out, "\\n"); break;
		case '\t': sbuf_adds(j->out, "\\t"); break;
		case '\r': sbuf_adds(j->out, "\\r"); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				sbuf_addf(j->out, "\\u%04x", *p);
			else if (!len)
				sbuf_adds(j->out, "\xEF\xBF\xBD");	/* U+FFFD */
			else
				sbuf_add(j->out, (const char *)p, len);
		}
		p += len ? len : 1;
	}
	sbuf_addc(j->out, '"');
}

void json_str(struct json *j, const char *s)
{
	if (!s)
		json_null(j);
	else
		json_strn(j, s, strlen(s));
}

void json_num(struct json *j, long long v)
{
	before_value(j);
	sbuf_addnum(j->out, v);
}

void json_bool(struct json *j, bool b)
{
	before_value(j);
	sbuf_adds(j->out, b ? "true" : "false");
}

void json_null(struct json *j)
{
	before_value(j);
	sbuf_adds(j->out, "null");
}

void json_key(struct json *j, const char *key)
{
	json_str(j, key);
	sbuf_adds(j->out, ": ");
	j->after_key = true;
}

void json_kstr(struct json *j, const char *key, const char *s)
{
	json_key(j, key);
	json_str(j, s);
}

void json_knum(struct json *j, const char *key, long long v)
{
	json_key(j, key);
	json_num(j, v);
}

void json_kbool(struct json *j, const char *key, bool b)
{
	json_key(j, key);
	json_bool(j, b);
}

void json_kopen(struct json *j, const char *key, char c)
{
	json_key(j, key);
	json_open(j, c);
}
