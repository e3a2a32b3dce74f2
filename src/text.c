/* text.c - the gate every untrusted text passes before a parser reads it. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

/*
 * A text as Windows tools save it: UTF-16 (little or big endian, with a
 * byte-order mark, or little endian without one as PowerShell's "> file"
 * may leave it) or UTF-8 behind a byte-order mark.  Returns MV_OK with
 * "*out" NULL when "s" needs no decoding; else "*out" holds the text as
 * UTF-8 ("*outn" bytes, NUL-terminated, freed by the caller) and "*how"
 * names what it was.  A UTF-16 text that does not decode is MV_ERR_UTF8
 * with the offset of the bad unit.
 */
mv_status mv_text_decode(const char *s, size_t n, char **out, size_t *outn, const char **how, char *err,
			 size_t errlen)
{
	const unsigned char *u = (const unsigned char *)s;
	const char *from = NULL;
	size_t skip = 0, left, room, cap;
	char *in, *o, *buf;
	iconv_t cd;

	*out = NULL;
	*outn = 0;
	*how = NULL;
	if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		if (!(buf = malloc(n - 2)))
			return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
		memcpy(buf, s + 3, n - 3);
		buf[n - 3] = '\0';
		*out = buf;
		*outn = n - 3;
		*how = "UTF-8 with a byte-order mark";
		return MV_OK;
	}
	if (n >= 2 && u[0] == 0xff && u[1] == 0xfe)
		from = "UTF-16LE", skip = 2, *how = "UTF-16LE with a byte-order mark";
	else if (n >= 2 && u[0] == 0xfe && u[1] == 0xff)
		from = "UTF-16BE", skip = 2, *how = "UTF-16BE with a byte-order mark";
	else if (n >= 8 && n % 2 == 0 && u[0] && !u[1] && u[2] && !u[3] && u[4] && !u[5] && u[0] < 0x80 &&
		 u[2] < 0x80)
		from = "UTF-16LE", *how = "UTF-16LE without a byte-order mark";
	if (!from)
		return MV_OK;
	if ((n - skip) % 2)
		return mv_err(err, errlen, MV_ERR_UTF8, "UTF-16 text of an odd number of bytes (%zu): cut short",
			      n - skip);
	/* each UTF-16 unit is at most three bytes of UTF-8 */
	cap = (n - skip) / 2 * 3 + 1;
	if (!(buf = malloc(cap)))
		return mv_err(err, errlen, MV_ERR_NOMEM, "out of memory");
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		free(buf);
		return mv_err(err, errlen, MV_ERR_UTF8, "cannot decode %s here", from);
	}
	in = (char *)s + skip;
	left = n - skip;
	o = buf;
	room = cap - 1;
	if (iconv(cd, &in, &left, &o, &room) == (size_t)-1) {
		size_t at = (size_t)(in - s);
		int e = errno;
		iconv_close(cd);
		free(buf);
		*how = NULL;
		return mv_err(err, errlen, MV_ERR_UTF8, "invalid %s at byte offset %zu%s", from, at,
			      e == EINVAL ? " (cut short)" : "");
	}
	iconv_close(cd);
	*o = '\0';
	*out = buf;
	*outn = (size_t)(o - buf);
	return MV_OK;
}
