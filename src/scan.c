/* scan.c - bulk listing checks: one JSON listing per line in, one JSON
 * verdict per line out.  The scanner keeps what it learns of models and
 * devices in memory, and a bad line gives an error record, never a stop. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct mv_scanner {
	mv_db *db;
	mv_listing_query q;
	mv_listing_cache *cache;
	mv_listing_report *r; /* the last line's, filled again for the next */
	char country[64], carrier[64], rates[256];
};

mv_scanner *mv_scanner_new(mv_db *db, const mv_listing_query *q)
{
	mv_scanner *sc = calloc(1, sizeof *sc);
	char err[256];

	if (!sc || !(sc->cache = mv_listing_cache_new()) || !(sc->r = calloc(1, sizeof *sc->r)) ||
	    !mv_db_phrases(db, err, sizeof err)) {
		if (sc) {
			mv_listing_cache_free(sc->cache);
			free(sc->r);
		}
		free(sc);
		return NULL;
	}
	sc->db = db;
	if (q && q->country) {
		mv_strlcpy(sc->country, q->country, sizeof sc->country);
		sc->q.country = sc->country;
	}
	if (q && q->carrier) {
		mv_strlcpy(sc->carrier, q->carrier, sizeof sc->carrier);
		sc->q.carrier = sc->carrier;
	}
	if (q && q->rates) {
		mv_strlcpy(sc->rates, q->rates, sizeof sc->rates);
		sc->q.rates = sc->rates;
	}
	return sc;
}

void mv_scanner_free(mv_scanner *sc)
{
	if (!sc)
		return;
	mv_listing_cache_free(sc->cache);
	mv_listing_report_free(sc->r);
	free(sc);
}

/* ------------------------------------------------------------ the writer */

/*
 * The verdicts are written straight into the output, without a JSON tree:
 * a scan writes millions.  Strings and numbers come out as jansson's
 * compact dump writes them (JSON_REAL_PRECISION(12)), so that a verdict
 * reads the same from `mivet scan` as from the other commands.
 */
#define PUT(out, lit) mv_buf_add(out, lit, sizeof lit - 1)
/* ,"key":"value" or ,"key":null (NULL or "") */
#define FIELD(out, key, v) put_field(out, ",\"" key "\":", sizeof ",\"" key "\":" - 1, v)
/* ,"key":number as jansson writes a real, or ,"key":null when negative */
#define REAL(out, key, v) put_real(out, ",\"" key "\":", sizeof ",\"" key "\":" - 1, v)

/* A JSON string; an incomplete UTF-8 sequence cut off at the end of a
 * fixed-size field is left out. */
static void put_str(mv_buf *out, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	static const unsigned char special[256] = {
		1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
		['"'] = 1, ['\\'] = 1,
	};
	size_t n = mv_utf8_whole(s, strlen(s)), i = 0, j;
	char *d;

	if (mv_buf_reserve(out, 6 * n + 2) != MV_OK)
		return;
	d = out->buf + out->len;
	*d++ = '"';
	for (;;) {
		unsigned char c;
		/* eight bytes at a time while none is a control byte, '"' or '\\' */
		for (j = i; j + 8 <= n; j += 8) {
			uint64_t w, q, b;
			memcpy(&w, s + j, 8);
			q = w ^ 0x2222222222222222u;
			b = w ^ 0x5c5c5c5c5c5c5c5cu;
			if (((w - 0x2020202020202020u) | (q - 0x0101010101010101u) | (b - 0x0101010101010101u)) & ~w &
			    0x8080808080808080u)
				break;
		}
		for (; j < n && !special[(unsigned char)s[j]]; j++)
			;
		memcpy(d, s + i, j - i);
		d += j - i;
		if (j == n)
			break;
		c = (unsigned char)s[j];
		i = j + 1;
		*d++ = '\\';
		switch (c) {
		case '"': *d++ = '"'; break;
		case '\\': *d++ = '\\'; break;
		case '\b': *d++ = 'b'; break;
		case '\f': *d++ = 'f'; break;
		case '\n': *d++ = 'n'; break;
		case '\r': *d++ = 'r'; break;
		case '\t': *d++ = 't'; break;
		default:
			memcpy(d, "u00", 3);
			d[3] = hex[c >> 4];
			d[4] = hex[c & 15];
			d += 5;
		}
	}
	*d++ = '"';
	*d = '\0';
	out->len = (size_t)(d - out->buf);
}

static void put_field(mv_buf *out, const char *key, size_t keylen, const char *v)
{
	mv_buf_add(out, key, keylen);
	if (v && *v)
		put_str(out, v);
	else
		PUT(out, "null");
}

static void put_real(mv_buf *out, const char *key, size_t keylen, double v)
{
	char num[40], *e;
	long long cents;
	int n;

	mv_buf_add(out, key, keylen);
	if (v < 0 || !isfinite(v)) {
		PUT(out, "null");
		return;
	}
	if (v < 1e9 && (double)(cents = (long long)(v * 100 + 0.5)) / 100 == v) {
		/* an amount in cents, the common case: what %.12g would print,
		 * as the nearest double to a number of 11 digits or fewer is
		 * printed back as that number */
		char *p = num + sizeof num;
		long long units = cents / 100;
		*--p = '\0';
		if (cents % 10)
			*--p = (char)('0' + cents % 10);
		*--p = (char)('0' + cents / 10 % 10);
		*--p = '.';
		p = mv_digits(p, (unsigned long long)units);
		mv_buf_add(out, p, (size_t)(num + sizeof num - 1 - p));
		return;
	}
	n = snprintf(num, sizeof num - 2, "%.12g", v);
	if (!strchr(num, '.') && !strchr(num, 'e'))
		memcpy(num + n, ".0", 3);
	if ((e = strchr(num, 'e'))) {
		/* "1e+20" -> "1e20", "1e-05" -> "1e-5" */
		char *from = e + 1, *to = e + 1;
		if (*from == '-')
			from++, to++;
		else if (*from == '+')
			from++;
		while (*from == '0' && from[1])
			from++;
		memmove(to, from, strlen(from) + 1);
	}
	mv_buf_adds(out, num);
}

/* {"line":N */
static void put_line(mv_buf *out, unsigned long lineno)
{
	char num[32], *p = num + sizeof num;

	p = mv_digits(p, lineno);
	PUT(out, "{\"line\":");
	mv_buf_add(out, p, (size_t)(num + sizeof num - p));
}

mv_status mv_scanner_line(mv_scanner *sc, const char *line, size_t n, size_t readable, unsigned long lineno,
			  mv_buf *out)
{
	mv_listing_report *r = mv_listing_analyze_cached(sc->db, line, n, readable, &sc->q, sc->cache, sc->r);
	mv_status st;
	int i;

	put_line(out, lineno);
	if (!r || r->status != MV_OK || strcmp(r->format, "json")) {
		st = !r ? MV_ERR_NOMEM : r->status != MV_OK ? r->status : MV_ERR_PARSE;
		FIELD(out, "error", !r ? "out of memory"
				   : r->status != MV_OK ? r->error
							: "listing JSON: a JSON object per line is expected");
		PUT(out, "}\n");
		return st;
	}
	FIELD(out, "title", r->title);
	FIELD(out, "claimed_variant", r->claimed_variant);
	FIELD(out, "device", r->codename);
	FIELD(out, "model", r->model);
	FIELD(out, "hardware_region", r->hardware_region);
	FIELD(out, "hardware_from", r->model[0] ? "model number"
					: r->device_from_name && r->hardware_region[0] ? "the listing's claim" : NULL);
	FIELD(out, "version", r->version);
	PUT(out, ",\"bands_stated\":[");
	for (i = 0; i < r->bands_stated.n; i++) {
		char name[16];
		mv_band_name(r->bands_stated.band[i], name, sizeof name);
		if (i)
			PUT(out, ",");
		put_str(out, name);
	}
	PUT(out, "]");
	REAL(out, "price", r->price);
	FIELD(out, "currency", r->currency);
	PUT(out, ",\"flags\":[");
	for (i = 0; i < r->n_flags; i++) {
		if (i)
			PUT(out, ",");
		PUT(out, "{\"code\":");
		put_str(out, r->flags[i].code);
		PUT(out, ",\"severity\":");
		put_str(out, r->flags[i].severity);
		PUT(out, ",\"text\":");
		put_str(out, r->flags[i].text);
		PUT(out, "}");
	}
	PUT(out, "]");
	FIELD(out, "bands_rating", r->bands_rating);
	REAL(out, "landed_cost", r->cost && r->cost->total >= 0 ? r->cost->total : -1);
	FIELD(out, "landed_currency", r->cost && r->cost->total >= 0 ? r->cost->currency : NULL);
	FIELD(out, "verdict", r->verdict);
	FIELD(out, "reason", r->n_reasons ? r->reasons[0] : NULL);
	PUT(out, "}\n");
	return out->failed ? MV_ERR_NOMEM : MV_OK;
}
