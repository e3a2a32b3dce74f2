/* scan.c - bulk listing checks: one JSON listing per line in, one JSON
 * verdict per line out.  The scanner keeps what it learns of models and
 * devices in memory, and a bad line gives an error record, never a stop. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "listing_fields.h"

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
	mv_db_names_matcher(db, NULL, 0); /* compiled now, not on a line (a failure is only a name not found) */
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
 *
 * A verdict is made of the report's strings (each escaped into at most six
 * bytes a byte), band names and numbers: room for the largest is reserved
 * once, and the writers below move a cursor "d" through it.
 */
#define VERDICT_MAX (6 * sizeof(mv_listing_report) + MV_MAX_BANDS * 24 + MV_MAX_FLAGS * 64 + 1024)

/* a literal */
#define PUT(d, lit) (memcpy(d, lit, sizeof lit - 1), (d) += sizeof lit - 1)
/* ,"key":"value" or ,"key":null (NULL or "") */
#define FIELD(d, key, v) ((d) = put_field(d, ",\"" key "\":", sizeof ",\"" key "\":" - 1, v))
/* ,"key":number as jansson writes a real, or ,"key":null when negative */
#define REAL(d, key, v) ((d) = put_real(d, ",\"" key "\":", sizeof ",\"" key "\":" - 1, v))

static char *put_field(char *d, const char *key, size_t keylen, const char *v)
{
	memcpy(d, key, keylen);
	d += keylen;
	if (v && *v)
		return mv_json_quote(d, v, strlen(v));
	return PUT(d, "null");
}

static char *put_real(char *d, const char *key, size_t keylen, double v)
{
	char num[40], *e;
	long long cents;
	int n;

	memcpy(d, key, keylen);
	d += keylen;
	if (v < 0 || !isfinite(v))
		return PUT(d, "null");
	if (v < 1e9 && (double)(cents = (long long)(v * 100 + 0.5)) / 100 == v) {
		/* an amount in cents, the common case: what %.12g would print,
		 * as the nearest double to a number of 11 digits or fewer is
		 * printed back as that number */
		char *p = num + sizeof num;
		long long units = cents / 100;
		if (cents % 10)
			*--p = (char)('0' + cents % 10);
		*--p = (char)('0' + cents / 10 % 10);
		*--p = '.';
		p = mv_digits(p, (unsigned long long)units);
		memcpy(d, p, (size_t)(num + sizeof num - p));
		return d + (num + sizeof num - p);
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
	n = (int)strlen(num);
	memcpy(d, num, (size_t)n);
	return d + n;
}

/* {"line":N */
static char *put_line(char *d, unsigned long lineno)
{
	char num[32], *p = num + sizeof num;

	p = mv_digits(p, lineno);
	PUT(d, "{\"line\":");
	memcpy(d, p, (size_t)(num + sizeof num - p));
	return d + (num + sizeof num - p);
}

/* The text's facts: each field of listing_fields.h marked FACT, by its
 * kind, in the table's order. */
#define SCAN_STR(name, m) FIELD(d, name, r->m)
#define SCAN_CLAIM(name, m) FIELD(d, name, mv_claim_name(r->m))
#define SCAN_FROM(name, m) FIELD(d, name, MV_HARDWARE_FROM(r))
#define SCAN_BANDSET(name, m) (d = put_bands(d, ",\"" name "\":[", &r->m))
#define SCAN_FACT(kind, m, name) SCAN_##kind(name, m);
#define SCAN_NO(kind, m, name)
#define SCAN_FIELD(kind, m, name, scan, part) SCAN_##scan(kind, m, name)

/* ,"key":["B1","n78"]: a band set as one list. */
static char *put_bands(char *d, const char *key, const mv_bandset *s)
{
	int i;

	memcpy(d, key, strlen(key));
	d += strlen(key);
	for (i = 0; i < s->n; i++) {
		char name[16];
		if (i)
			*d++ = ',';
		mv_band_name(s->band[i], name, sizeof name);
		d = mv_json_quote(d, name, strlen(name));
	}
	*d++ = ']';
	return d;
}

static char *put_facts(char *d, const mv_listing_report *r)
{
	MV_LISTING_FIELDS(SCAN_FIELD)
	return d;
}

/* Flag "i", after a comma unless first. */
static char *put_flag(char *d, const mv_flag *f, int i)
{
	if (i)
		*d++ = ',';
	PUT(d, "{\"code\":");
	d = mv_json_quote(d, f->code, strlen(f->code));
	PUT(d, ",\"severity\":");
	{
		const char *sev = mv_severity_name(f->severity);
		d = mv_json_quote(d, sev, strlen(sev));
	}
	PUT(d, ",\"text\":");
	d = mv_json_quote(d, f->text, strlen(f->text));
	if (f->key[0]) {
		/* the text's message and the values of its placeholders */
		PUT(d, ",\"key\":");
		d = mv_json_quote(d, f->key, strlen(f->key));
		PUT(d, ",\"vars\":");
		memcpy(d, f->vars, strlen(f->vars));
		d += strlen(f->vars);
	}
	*d++ = '}';
	return d;
}

mv_status mv_scanner_line(mv_scanner *sc, const char *line, size_t n, size_t readable, unsigned long lineno,
			  mv_buf *out)
{
	mv_listing_report *r = mv_listing_analyze_cached(sc->db, line, n, readable, &sc->q, sc->cache, sc->r);
	/* what the text says, when kept, is written once and copied after */
	mv_text_note *note = mv_listing_cache_note(sc->cache);
	int noted = note && note->len, i = 0;
	char *d, *facts = NULL, *flags = NULL, *text_flags_end = NULL;
	size_t facts_len = 0;
	mv_status st;

	if (mv_buf_reserve(out, VERDICT_MAX) != MV_OK)
		return MV_ERR_NOMEM;
	d = put_line(out->buf + out->len, lineno);
	if (!r || r->status != MV_OK || strcmp(r->format, "json")) {
		st = !r ? MV_ERR_NOMEM : r->status != MV_OK ? r->status : MV_ERR_PARSE;
		FIELD(d, "error", !r ? "out of memory"
				 : r->status != MV_OK ? r->error
						      : "listing JSON: a JSON object per line is expected");
		PUT(d, "}\n");
		*d = '\0';
		out->len = (size_t)(d - out->buf);
		return st;
	}
	FIELD(d, "title", r->title);
	if (noted) {
		memcpy(d, note->text, note->len_facts);
		d += note->len_facts;
	} else {
		facts = d;
		d = put_facts(d, r);
		facts_len = (size_t)(d - facts);
	}
	REAL(d, "price", r->price);
	FIELD(d, "currency", r->currency);
	PUT(d, ",\"flags\":[");
	if (noted) {
		memcpy(d, note->text + note->len_facts, note->len - note->len_facts);
		d += note->len - note->len_facts;
		i = note->n_flags;
	}
	for (flags = text_flags_end = d; i < r->n_flags; i++) {
		d = put_flag(d, &r->flags[i], i);
		if (i + 1 == (note ? note->n_flags : 0))
			text_flags_end = d; /* the text's own flags end here */
	}
	if (note && !noted && facts_len + (size_t)(text_flags_end - flags) <= MV_NOTE_MAX) {
		/* note the text's fields and flags for its next lines */
		memcpy(note->text, facts, facts_len);
		memcpy(note->text + facts_len, flags, (size_t)(text_flags_end - flags));
		note->len_facts = facts_len;
		note->len = facts_len + (size_t)(text_flags_end - flags);
	}
	*d++ = ']';
	FIELD(d, "bands_rating", r->bands_rating);
	REAL(d, "landed_cost", r->cost && r->cost->total >= 0 ? r->cost->total : -1);
	FIELD(d, "landed_currency", r->cost && r->cost->total >= 0 ? r->cost->currency : NULL);
	FIELD(d, "verdict", r->verdict ? mv_advice_name(r->verdict) : NULL);
	FIELD(d, "reason", r->n_reasons ? r->reasons[0] : NULL);
	PUT(d, "}\n");
	*d = '\0';
	out->len = (size_t)(d - out->buf);
	return MV_OK;
}
