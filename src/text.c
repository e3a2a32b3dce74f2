/* text.c - the gate every untrusted text passes before a parser reads it. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "mivet.h"
#include "internal.h"

/*
 * Length of the UTF-8 sequence at "s" (at most "n" bytes), or 0 when it is
 * not a valid, shortest-form sequence of a scalar value (RFC 3629).
 */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return 0;
		if (c == 0xe0 && s[1] < 0xa0)
			return 0; /* overlong */
		if (c == 0xed && s[1] > 0x9f)
			return 0; /* surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
		    (s[3] & 0xc0) != 0x80)
			return 0;
		if (c == 0xf0 && s[1] < 0x90)
			return 0;
		if (c == 0xf4 && s[1] > 0x8f)
			return 0;
		return 4;
	}
	return 0;
}

/* The checks, with lines of at most "line_max" bytes. */
static mv_status check(const char *s, size_t n, size_t max, size_t line_max, char *err, size_t errlen)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, line_start = 0, line = 1;

	if (n == 0)
		return mv_err(err, errlen, MV_ERR_EMPTY, "empty input");
	if (max && n > max)
		return mv_err(err, errlen, MV_ERR_TOO_LONG,
			      "input of %zu bytes is over the limit of %zu", n,
			      max);
	while (i < n) {
		unsigned c;
		size_t k;

		/* eight bytes of printable ASCII at a time: most of any text */
		while (i + 8 <= n && i + 8 - line_start < line_max) {
			uint64_t w, x;
			memcpy(&w, p + i, 8);
			x = w ^ 0x7f7f7f7f7f7f7f7fu;
			if ((w | ((w - 0x2020202020202020u) & ~w) | ((x - 0x0101010101010101u) & ~x)) &
			    0x8080808080808080u)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		c = p[i];

		if (c == '\n') {
			line++;
			line_start = i + 1;
			i++;
			continue;
		}
		if (i - line_start >= line_max)
			return mv_err(err, errlen, MV_ERR_TOO_LONG,
				      "line %zu is longer than %zu bytes", line,
				      line_max);
		if (c < 0x20 && c != '\t' && c != '\r')
			return mv_err(err, errlen, MV_ERR_BINARY,
				      "binary data: byte 0x%02x at offset %zu", c,
				      i);
		if (c == 0x7f)
			return mv_err(err, errlen, MV_ERR_BINARY,
				      "binary data: byte 0x7f at offset %zu", i);
		k = utf8_seq(p + i, n - i);
		if (!k)
			return mv_err(err, errlen, MV_ERR_UTF8,
				      "invalid UTF-8 at byte offset %zu", i);
		i += k;
	}
	return MV_OK;
}

mv_status mv_text_check(const char *s, size_t n, size_t max, char *err, size_t errlen)
{
	return check(s, n, max, MV_MAX_LINE, err, errlen);
}

mv_status mv_text_check_whole(const char *s, size_t n, size_t max, char *err, size_t errlen)
{
	return check(s, n, max, SIZE_MAX, err, errlen);
}

/* Count the arrays and objects of a JSON text (brackets outside strings),
 * stopping past "max": a 4 MiB body of "[]" is a million of them, and
 * hundreds of megabytes once parsed. */
int mv_json_containers_over(const char *s, size_t n, size_t max)
{
	size_t i, count = 0;
	int in_string = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];
		if (in_string) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_string = 0;
		} else if (c == '"')
			in_string = 1;
		else if ((c == '[' || c == '{') && ++count > max)
			return 1;
	}
	return 0;
}
