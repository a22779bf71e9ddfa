/* The database-URL parser, and the masking of its secrets for messages:
 * whatever password the parser finds (in the user part, or as a
 * password= or sslpassword= parameter, which the client libraries read),
 * the masked URL must not hold it. */
#include "fuzz.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void must_hide(const char *secret, const char *url, const char *masked)
{
	/* a secret with a star in it may be made by the mask and its neighbour */
	if (!secret || !*secret || strchr(secret, '*'))
		return;
	if (strstr(masked, secret)) {
		fprintf(stderr, "fuzz_url: the masked URL holds the secret '%s'\nURL:    %s\n"
			"masked: %s\n", secret, url, masked);
		abort();
	}
}

/* Percent-decoding, written here again so as not to trust the parser's. */
static char *decoded(const char *s, size_t n)
{
	char *out = malloc(n + 1), *o = out;

	for (size_t i = 0; i < n; i++) {
		unsigned v;
		if (s[i] == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2]) && sscanf(s + i + 1, "%2x", &v) == 1) {
			*o++ = (char)v;
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	*o = '\0';
	return out;
}

/* Every password or sslpassword parameter, whatever the case or the
 * percent-encoding of its name (the client libraries take them so), and
 * however many times it is given. */
static void must_hide_params(const char *query, const char *url, const char *masked)
{
	const char *p = query;

	while (p && *p) {
		size_t n = strcspn(p, "&");
		const char *eq = memchr(p, '=', n);
		if (eq) {
			char *key = decoded(p, (size_t)(eq - p));
			if (strcasecmp(key, "password") == 0 || strcasecmp(key, "sslpassword") == 0) {
				char *v = decoded(eq + 1, (size_t)(p + n - eq - 1));
				must_hide(v, url, masked);
				free(v);
				v = strndup(eq + 1, (size_t)(p + n - eq - 1));
				must_hide(v, url, masked);
				free(v);
			}
			free(key);
		}
		p += n;
		if (*p == '&')
			p++;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const keys[] = { "password", "sslpassword" };
	struct sbuf err = SBUF_INIT, masked = SBUF_INIT;
	struct db_url u;
	char *url;

	if (memchr(data, '\0', size))	/* URLs come as C strings */
		return 0;
	url = malloc(size + 1);
	memcpy(url, data, size);
	url[size] = '\0';
	db_url_masked(&masked, url);
	if (db_url_parse(&u, url, &err)) {
		must_hide(u.password, url, sbuf_str(&masked));
		for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
			char *v = db_url_param(&u, keys[i]);
			must_hide(v, url, sbuf_str(&masked));
			free(v);
		}
		must_hide_params(u.query, url, sbuf_str(&masked));
		db_url_release(&u);
	}
	sbuf_release(&err);
	sbuf_release(&masked);
	free(url);
	return 0;
}
