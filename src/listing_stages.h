/* listing_stages.h - the stages of a listing's analysis, each in its own
 * file, and the cache a bulk scan keeps between lines (private to the
 * listing_*.c files):
 *
 *   listing_read.c     the listing as text, HTML or JSON: its words, title,
 *                      price, seller
 *   listing_text.c     what the words say: claims, model, device, firmware,
 *                      stated bands, checklist flags (kept per text)
 *   listing_specs.c    what they state against the phone's sheet
 *   listing_names.c    names no phone has
 *   listing_goods.c    whether it sells the phone, something made for it,
 *                      another of Xiaomi's goods or another maker's phone
 *   listing_line.c     what each line adds: the carriers' fit, price, seller,
 *                      landed cost
 *   listing_verdict.c  the verdict and its reasons
 *   listing.c          the stages in order, the flags, the cache
 */
#ifndef MV_LISTING_STAGES_H
#define MV_LISTING_STAGES_H

#include <stdint.h>

#include "internal.h"

/*
 * Bulk scans meet the same model numbers and devices again and again: what
 * identify and the bands check found is kept per model and per device, so a
 * catalogue costs one database look-up per distinct model, not per line.
 */
#define CACHE_SLOTS 4096

typedef struct {
	char key[48];
	int used;
	mv_status status;
	char codename[48], hardware_region[24], names[6][64];
	int n_names;
	char rating[12], country_name[64];
} cache_slot;

/*
 * A catalogue also repeats whole texts: the same title and description
 * under other prices and sellers.  What a text says (claims, phrase flags,
 * model, device, firmware, stated bands, the carriers' fit) is kept per
 * text seen twice, the last MEMO_SLOTS texts of up to MEMO_MAX_TEXT bytes,
 * compared byte for byte; prices and sellers are judged on every line.
 */
#define MEMO_SLOTS 512
#define MEMO_MAX_TEXT 8192
#define SEEN_SLOTS 8192

/* Where to look first: a slot's key, apart from the slot (a few KB that
 * stay in the processor's cache, where the slots are megabytes). */
typedef struct {
	uint64_t hash, used; /* used: the cache's tick when last used (0: empty) */
	size_t len;
} memo_key;

typedef struct {
	char country[64], carrier[64]; /* the query it was judged for */
	char bands_country[64];
	mv_listing_report facts; /* only the fields of the text are set */
	mv_text_note note;       /* the scan writer's */
	char text[MEMO_MAX_TEXT];
} text_memo;

/*
 * A line of a description that lists bands, read before: descriptions
 * repeat their lines across a catalogue's texts ("4G: B1/B3/B5/B7/B8/B20"),
 * where the texts differ.  Kept with the band plan it was read under,
 * compared byte for byte.
 */
#define BAND_MEMO_SLOTS 256
#define BAND_MEMO_TEXT 600
typedef struct {
	uint64_t hash;
	size_t len;    /* 0: empty */
	char area[8];
	int n;         /* the bands it states, or -1: fewer than three */
	mv_band band[MV_MAX_BANDS];
	char text[BAND_MEMO_TEXT];
} band_memo;

struct mv_listing_cache {
	cache_slot model[CACHE_SLOTS];
	cache_slot bands[CACHE_SLOTS];
	cache_slot version[CACHE_SLOTS]; /* rating = verdict, names[0] = summary */
	char area[8], area_country[64]; /* the band plan of the scan's country */
	text_memo *memo; /* MEMO_SLOTS of them, allocated at the first text kept:
			  * no allocation per text, so memory is flat */
	memo_key memo_key[MEMO_SLOTS];
	band_memo *band_memo; /* BAND_MEMO_SLOTS of them, at the first band list */
	mv_text_note *last; /* the note of the last listing's text, or NULL */
	mv_buf text;        /* the last listing's text: its room serves the next */
	mv_cost_report *cost; /* the last listing's landed cost: its room too */
	mv_survey *survey;    /* the room of a text's survey, from the first */
	uint64_t tick;
	uint64_t seen[SEEN_SLOTS]; /* hashes of texts seen once: kept when seen again */
};

/* ---------------------------------------------------------------- stages */

/* Read "s" ("n" bytes, "readable" of them may be read) into "text", with
 * the format, title, price and seller fields of "r"; 0 with r's status and
 * error set when it is no listing. */
int mv_listing_read(const char *s, size_t n, size_t readable, mv_buf *text, mv_listing_report *r);

/* What the words of "text" say, into "r" (claims, model, device, specs,
 * firmware, stated bands and their lines in "segs"; the country's band
 * plan into "area"); 0 with r's status and error set on failure. */
int mv_listing_text_facts(mv_db *db, const mv_buf *text, const mv_listing_query *q, mv_listing_cache *cache,
			  mv_listing_report *r, mv_buf *segs, char *area, size_t asize);

/* The carriers' fit in one word (r->bands_rating, or why not in
 * r->bands_note), and the country's name for its flag. */
void mv_listing_carriers_fit(mv_db *db, const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *r,
			     mv_buf *segs, char *country_name, size_t size);

/* What the line adds to its text's facts: seller, price, the carriers'
 * flags, the landed cost. */
void mv_listing_line_facts(mv_db *db, const mv_listing_query *q, mv_listing_cache *cache, mv_listing_report *r,
			   const char *bands_country);

/* The verdict and its reasons, from the flags and the claim ("db": the
 * names of a claim's market and of the buyer's country, "q"). */
void mv_listing_verdict(mv_db *db, const mv_listing_query *q, mv_listing_report *r);

/* ---------------------------------------------------------------- shared */

void mv_listing_drop_flag(mv_listing_report *r, const char *code);
void mv_listing_reason(mv_listing_report *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The last reason's message in the catalog ("why_no_version"; a flag's
 * title, "f_" and its code), for the words in other languages. */
void mv_listing_said(mv_listing_report *r, const char *key);
/* ... and the values of its placeholders, a JSON object's text */
void mv_listing_said_vars(mv_listing_report *r, const char *key, const char *vars);
void mv_listing_said_flag(mv_listing_report *r, const char *code);
/* Does the claim say an international version (Global, EU, India, or a
 * market's own outside China)? */
int mv_listing_global_claim(mv_claim c);
/* The slot of "key" in the table "t": found (used) or free; NULL when full. */
cache_slot *mv_listing_slot(cache_slot *t, const char *key);
/* The bytes at the start of a text of "len" that are the listing's own
 * words: a saved page's title and description (r->page_own), else all. */
static inline size_t mv_listing_own_len(const mv_listing_report *r, size_t len)
{
	return r->page_own > 0 && r->page_own < (double)len ? (size_t)r->page_own : len;
}

/* Does "t" name Xiaomi, Redmi or POCO: a maker's or series' word, in the
 * scripts sellers write them in ("xiaomi", "redmi", "小米", "Mi 11 Lite")? */
int mv_listing_names_maker(const char *t, size_t n);
/* Does "t" hold a word a letter or two off the maker's name ("Xiomiu",
 * "Redemi"): a misspelt maker, or another word ("Resmi")? */
int mv_listing_near_maker(const char *t, size_t n);
/* Append "s" ("n" bytes) to the listing text, with a separator line. */
void mv_listing_add_text(mv_buf *b, const char *s, size_t n);

#endif
