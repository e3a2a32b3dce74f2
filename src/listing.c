/* listing.c - what a marketplace listing really sells: the variant its words
 * claim (in any language of the phrase table), the model, firmware and bands
 * it names, the buyer's-guide checklist as flags, the landed cost, and a
 * verdict.  A listing comes as plain text, a saved product page (HTML) or a
 * JSON object.  This file runs the stages in order (listing_stages.h names
 * them) and keeps what a bulk scan learns between lines. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "listing_fields.h"
#include "listing_stages.h"

/* ------------------------------------------------------------ helpers */

/* "fmt" printed into "dst" ("size" bytes), cut to fit, but never inside a
 * character.  A text made already ("%s") or without figures is copied: a
 * scan makes millions. */
static void put_text(char *dst, size_t size, const char *fmt, va_list ap)
{
	size_t n;

	if (!strcmp(fmt, "%s"))
		n = mv_strlcpy(dst, va_arg(ap, const char *), size);
	else if (!strchr(fmt, '%'))
		n = mv_strlcpy(dst, fmt, size);
	else {
		int k = vsnprintf(dst, size, fmt, ap);
		n = k < 0 ? 0 : (size_t)k;
	}
	if (n >= size)
		n = size - 1;
	dst[mv_utf8_whole(dst, n)] = '\0';
}

void mv_listing_flag(mv_listing_report *r, const char *code, mv_severity sev, const char *key, ...)
{
	va_list ap;
	mv_flag *f;
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code))
			return; /* one flag per code: the first trigger */
	if (r->n_flags == MV_MAX_FLAGS)
		return;
	f = &r->flags[r->n_flags++];
	mv_strlcpy(f->code, code, sizeof f->code);
	f->severity = sev;
	va_start(ap, key);
	mv_words_say(key, ap, f->key, sizeof f->key, f->text, sizeof f->text, f->vars, sizeof f->vars);
	va_end(ap);
}

int mv_listing_has_flag(const mv_listing_report *r, const char *code)
{
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code))
			return 1;
	return 0;
}

void mv_listing_drop_flag(mv_listing_report *r, const char *code)
{
	int i;

	for (i = 0; i < r->n_flags; i++)
		if (!strcmp(r->flags[i].code, code)) {
			memmove(&r->flags[i], &r->flags[i + 1], (size_t)(r->n_flags - i - 1) * sizeof r->flags[0]);
			r->n_flags--;
			return;
		}
}

void mv_listing_reason(mv_listing_report *r, const char *fmt, ...)
{
	va_list ap;

	if (r->n_reasons == (int)MV_ARRAY_LEN(r->reasons))
		return;
	r->reason_keys[r->n_reasons][0] = r->reason_vars[r->n_reasons][0] = '\0';
	va_start(ap, fmt);
	put_text(r->reasons[r->n_reasons++], sizeof r->reasons[0], fmt, ap);
	va_end(ap);
}

void mv_listing_said_vars(mv_listing_report *r, const char *key, const char *vars)
{
	if (r->n_reasons > 0) {
		mv_strlcpy(r->reason_keys[r->n_reasons - 1], key, sizeof r->reason_keys[0]);
		mv_strlcpy(r->reason_vars[r->n_reasons - 1], vars, sizeof r->reason_vars[0]);
	}
}

void mv_listing_said(mv_listing_report *r, const char *key)
{
	mv_listing_said_vars(r, key, "");
}

void mv_listing_said_flag(mv_listing_report *r, const char *code)
{
	if (r->n_reasons > 0)
		mv_cat(r->reason_keys[r->n_reasons - 1], sizeof r->reason_keys[0], "f_", code, NULL);
}

mv_listing_cache *mv_listing_cache_new(void)
{
	return calloc(1, sizeof(mv_listing_cache));
}

mv_text_note *mv_listing_cache_note(mv_listing_cache *c)
{
	return c ? c->last : NULL;
}

void mv_listing_cache_free(mv_listing_cache *c)
{
	if (!c)
		return;
	free(c->memo);
	free(c->band_memo);
	mv_buf_release(&c->text);
	mv_cost_report_free(c->cost);
	free(c->survey);
	free(c);
}

/* A kept text's facts into "to": each field of listing_fields.h marked
 * TEXT, by its kind. */
#define COPY_STR(m) memcpy(to->m, from->m, sizeof to->m)
#define COPY_STRS(m) (memcpy(to->m, from->m, (size_t)from->n_##m * sizeof to->m[0]), to->n_##m = from->n_##m)
#define COPY_CLAIM(m) (to->m = from->m)
#define COPY_FROM(m) (to->m = from->m)
#define COPY_NUM(m) (to->m = from->m)
#define COPY_BANDSET(m) \
	(to->m.n = from->m.n, memcpy(to->m.band, from->m.band, (size_t)from->m.n * sizeof to->m.band[0]))
#define COPY_FLAGS(m) (memcpy(to->m, from->m, (size_t)from->n_##m * sizeof to->m[0]), to->n_##m = from->n_##m)
#define COPY_TEXT(kind, m) COPY_##kind(m);
#define COPY_LINE(kind, m)
#define COPY_FIELD(kind, m, name, scan, part) COPY_##part(kind, m)
static void facts_copy(mv_listing_report *to, const mv_listing_report *from)
{
	MV_LISTING_FIELDS(COPY_FIELD)
}

/* A text may sit in two slots: its hash's two halves. */
static size_t memo_slot(uint64_t h, int way)
{
	return (way ? h >> 32 : h & 0xffffffffu) % MEMO_SLOTS;
}

static int same_query(const text_memo *m, const mv_listing_query *q)
{
	return !strcmp(m->country, q && q->country ? q->country : "") &&
	       !strcmp(m->carrier, q && q->carrier ? q->carrier : "");
}

/* What the text says, when it was seen before: into "r", 1. */
static int memo_find(mv_listing_cache *c, const mv_listing_query *q, const mv_buf *text, uint64_t h,
		     mv_listing_report *r, char *bands_country, size_t size)
{
	int way;

	for (way = 0; c && c->memo && way < 2; way++) {
		size_t i = memo_slot(h, way);
		memo_key *k = &c->memo_key[i];
		text_memo *m = &c->memo[i];
		if (!k->used || k->hash != h || k->len != text->len || memcmp(m->text, text->buf, text->len) ||
		    !same_query(m, q))
			continue;
		k->used = ++c->tick;
		facts_copy(r, &m->facts);
		c->last = &m->note;
		mv_strlcpy(bands_country, m->bands_country, size);
		return 1;
	}
	return 0;
}

/* Keep what the text says (a failure to keep it is only a miss later). */
static void memo_store(mv_listing_cache *c, const mv_listing_query *q, const mv_buf *text, uint64_t h,
		       const mv_listing_report *r, const char *bands_country)
{
	size_t i, other;
	text_memo *m;

	if (!c || text->len > MEMO_MAX_TEXT || r->bands)
		return;
	/* a text seen for the first time is likely unique: only noted */
	if (c->seen[h % SEEN_SLOTS] != h) {
		c->seen[h % SEEN_SLOTS] = h;
		return;
	}
	if (!c->memo && !(c->memo = calloc(MEMO_SLOTS, sizeof *c->memo)))
		return;
	/* an empty slot of the two, or the one used longer ago */
	i = memo_slot(h, 0);
	other = memo_slot(h, 1);
	if (c->memo_key[i].used && c->memo_key[other].used < c->memo_key[i].used)
		i = other;
	m = &c->memo[i];
	memcpy(m->text, text->buf, text->len);
	c->memo_key[i].len = text->len;
	c->memo_key[i].hash = h;
	c->memo_key[i].used = ++c->tick;
	mv_strlcpy(m->country, q && q->country ? q->country : "", sizeof m->country);
	mv_strlcpy(m->carrier, q && q->carrier ? q->carrier : "", sizeof m->carrier);
	mv_strlcpy(m->bands_country, bands_country, sizeof m->bands_country);
	facts_copy(&m->facts, r);
	m->note.len = 0; /* a note of the text it held is no more */
	m->note.n_flags = r->n_flags;
	c->last = &m->note;
}

cache_slot *mv_listing_slot(cache_slot *t, const char *key)
{
	unsigned long h = 5381;
	const char *k;
	int i;

	for (k = key; *k; k++)
		h = h * 33 + (unsigned char)*k;
	for (i = 0; i < 64; i++) {
		cache_slot *c = &t[(h + (unsigned long)i) % CACHE_SLOTS];
		if (!c->used || !strcmp(c->key, key))
			return c;
	}
	return NULL;
}

mv_listing_report *mv_listing_analyze(mv_db *db, const char *s, size_t n, const mv_listing_query *q)
{
	return mv_listing_analyze_cached(db, s, n, n, q, NULL, NULL);
}

/* Empty "r" for the next listing of a scan, as calloc would leave it for
 * every reader: each field of listing_fields.h by its kind, strings by
 * their first byte and arrays by their counts (a scan empties one report
 * per line; writing all 17 KB of it cost more than judging a text seen
 * before). */
#define EMPTY_STR(m) (r->m[0] = '\0')
#define EMPTY_STRS(m) (r->n_##m = 0)
#define EMPTY_CLAIM(m) (r->m = MV_CLAIM_NONE)
#define EMPTY_FROM(m) (r->m = 0)
#define EMPTY_NUM(m) (r->m = 0)
#define EMPTY_POS(m) (r->m = 0)
#define EMPTY_BANDSET(m) (r->m.n = r->m.namb = r->m.unmapped = 0)
#define EMPTY_FLAGS(m) (r->n_##m = 0)
#define EMPTY_BANDS(m) (mv_bands_report_free(r->m), r->m = NULL)
#define EMPTY_COST(m) (mv_cost_report_free(r->m), r->m = NULL)
#define EMPTY_ADVICE(m) (r->m = MV_ADVICE_NONE)
#define EMPTY_REASONS(m) (r->n_##m = 0)
#define EMPTY_ERROR(m) (r->m[0] = '\0', r->status = MV_OK)
#define EMPTY_FIELD(kind, m, name, scan, part) EMPTY_##kind(m);
static void listing_clear(mv_listing_report *r)
{
	MV_LISTING_FIELDS(EMPTY_FIELD)
}

/* The room for a listing's text: the cache's, when there is one. */
static mv_buf text_take(mv_listing_cache *cache)
{
	mv_buf b = MV_BUF_INIT;

	if (cache) {
		b = cache->text;
		cache->text = (mv_buf)MV_BUF_INIT;
		mv_buf_reset(&b);
	}
	return b;
}

/* Give the room back (a big page's is freed: memory stays flat). */
static void text_done(mv_listing_cache *cache, mv_buf *b)
{
	if (cache && b->cap <= 256u << 10)
		cache->text = *b;
	else
		mv_buf_release(b);
	*b = (mv_buf)MV_BUF_INIT;
}

mv_listing_report *mv_listing_analyze_cached(mv_db *db, const char *s, size_t n, size_t readable,
					     const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *into)
{
	mv_listing_report *r = into ? into : calloc(1, sizeof *r);
	mv_buf text, segs = MV_BUF_INIT;
	char area[8] = "", bands_country[64] = "";
	uint64_t hash = 0;
	int ok;

	if (!r)
		return NULL;
	if (into) {
		if (cache && !cache->cost) { /* its room serves this line's cost */
			cache->cost = r->cost;
			r->cost = NULL;
		}
		listing_clear(r);
	}
	if (cache)
		cache->last = NULL;
	r->price = r->shipping = r->seller_rating = r->feedback_count = r->store_age_days = -1;
	text = text_take(cache);
	/* the stages: read; what the text says (kept per text in a scan,
	 * with the carriers' fit of its device); what the line adds; the
	 * verdict */
	ok = mv_listing_read(s, n, readable, &text, r);
	if (ok && cache)
		hash = mv_hash(text.buf, text.len);
	if (ok && !(cache && memo_find(cache, q, &text, hash, r, bands_country, sizeof bands_country))) {
		ok = mv_listing_text_facts(db, &text, q, cache, r, &segs, area, sizeof area);
		/* bands on the buyer's carriers (their flag comes after the
		 * seller's), when it sells a phone */
		if (ok && q && q->country && *q->country && !mv_listing_has_flag(r, "made_for_phone"))
			mv_listing_carriers_fit(db, q, cache, r, &segs, bands_country, sizeof bands_country);
		if (ok)
			memo_store(cache, q, &text, hash, r, bands_country);
	}
	if (ok) {
		mv_listing_line_facts(db, q, cache, r, bands_country);
		mv_listing_verdict(db, q, r);
	}
	text_done(cache, &text);
	mv_buf_release(&segs);
	return r;
}

void mv_listing_report_free(mv_listing_report *r)
{
	if (!r)
		return;
	mv_bands_report_free(r->bands);
	mv_cost_report_free(r->cost);
	free(r);
}
