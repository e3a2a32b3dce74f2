/* json_fast.h - the fast reader of JSON listings (json_fast.cc, over
 * simdjson).  It reads the common listing and declines anything unusual;
 * the caller then reads it with jansson, which also words every error.  The
 * two readers agree on every listing both read (tests/fuzz/fuzz_json.c). */
#ifndef MIVET_JSON_FAST_H
#define MIVET_JSON_FAST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The most arrays and objects a request body or a listing may hold: real
 * ones hold tens (specs, reviews). */
#define MV_MAX_JSON_CONTAINERS 10000

/* How many of the "n" bytes of "s" fit in "max" without cutting a UTF-8
 * character in two (strutil.c): the title is cut as mv_strlcpy cuts. */
size_t mv_utf8_fit(const char *s, size_t n, size_t max);

/* A number a string of "n" bytes writes as people write one, by the
 * last separator ("4.589" and "1.299,00" as the plain text's prices; "4.9"
 * and "1,5" with their decimals; in "currency", of three decimals, "89.900"
 * dinars too), or -1 where it starts with no digit (listing_read.c) */
double mv_number_written(const char *s, size_t n, const char *currency);

/* Bytes the reader may read past a listing's end without copying it. */
#define MV_JSON_PADDING 64

/* The numbers a listing gives, in this order; -1 when absent or unusable. */
enum { MV_JNUM_PRICE, MV_JNUM_SHIPPING, MV_JNUM_RATING, MV_JNUM_FEEDBACK, MV_JNUM_AGE, MV_JNUM_N };
#define MV_JNUM_KEYS {"price", "shipping", "seller_rating", "feedback_count", "store_age_days"}
/* the largest of each: a JSON number beyond it is an error of the record
 * (a rating is of 5, or a percentage) */
#define MV_JNUM_MAX {1e12, 1e12, 100, 1e10, 36500}

typedef struct {
	char title[256];    /* "title", truncated as mv_strlcpy does */
	char currency[8];   /* "currency" as written, when it fits ("usd", "₹") */
	char price_text[40]; /* "price" when a string that fits ("KSh100,000.00"), or "" */
	double num[MV_JNUM_N];
} mv_json_listing;

/* Where the listing's text goes: title, description, specs and reviews. */
typedef void (*mv_json_text_fn)(void *ctx, const char *s, size_t n);

/*
 * Read the JSON listing "s" ("n" bytes).  "readable" is how many bytes from
 * "s" may be read: with n + MV_JSON_PADDING or more the text is not copied.
 * The text is handed to "add" in pieces, separators included, exactly as
 * listing.c builds it from jansson.  Returns 1 when read; 0 when declined
 * (malformed, a duplicate key, a NUL, a number out of range, more than
 * MV_MAX_JSON_CONTAINERS arrays and objects ...): nothing of it counts then.
 */
int mv_json_listing_read(const char *s, size_t n, size_t readable, mv_json_listing *out, mv_json_text_fn add,
			 void *ctx);

#ifdef __cplusplus
}
#endif

#endif
