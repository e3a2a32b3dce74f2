/* buf.c - the growable buffer every text the library builds goes through. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mivet.h"

/*
 * Make room for "extra" more bytes plus the NUL.  Fails with MV_ERR_TOO_LONG
 * past "max", MV_ERR_NOMEM when realloc fails; either way the buffer keeps
 * its content and is marked "failed".
 */
static mv_status grow(mv_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len - 1)
		return b->failed = 1, MV_ERR_TOO_LONG;
	need = b->len + extra + 1;
	if (b->max && need > b->max)
		return b->failed = 1, MV_ERR_TOO_LONG;
	if (need <= b->cap)
		return MV_OK;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	if (b->max && cap > b->max)
		cap = b->max;
	p = realloc(b->buf, cap);
	if (!p)
		return b->failed = 1, MV_ERR_NOMEM;
	b->buf = p;
	b->cap = cap;
	return MV_OK;
}

mv_status mv_buf_add(mv_buf *b, const void *p, size_t n)
{
	mv_status st;

	if (n < b->cap - b->len && b->buf) { /* room already: the common case */
		if (n) /* (no bytes may come with no pointer) */
			memcpy(b->buf + b->len, p, n);
		b->len += n;
		b->buf[b->len] = '\0';
		return MV_OK;
	}
	if ((st = grow(b, n)) != MV_OK)
		return st;
	if (n)
		memcpy(b->buf + b->len, p, n);
	b->len += n;
	b->buf[b->len] = '\0';
	return MV_OK;
}

mv_status mv_buf_reserve(mv_buf *b, size_t extra)
{
	return grow(b, extra);
}

mv_status mv_buf_adds(mv_buf *b, const char *s)
{
	return mv_buf_add(b, s, strlen(s));
}

mv_status mv_buf_addf(mv_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	mv_status st;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return MV_ERR_INVALID;
	if ((st = grow(b, (size_t)n)) != MV_OK)
		return st;
	va_start(ap, fmt);
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return MV_OK;
}

const char *mv_buf_str(const mv_buf *b)
{
	return b->buf ? b->buf : "";
}

void mv_buf_reset(mv_buf *b)
{
	b->len = 0;
	b->failed = 0;
	if (b->buf)
		b->buf[0] = '\0';
}

char *mv_buf_detach(mv_buf *b)
{
	char *p = b->buf ? b->buf : strdup("");

	b->buf = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
	return p;
}

void mv_buf_release(mv_buf *b)
{
	if (!b)
		return;
	free(b->buf);
	b->buf = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
}
