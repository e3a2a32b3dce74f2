/* fuzz_json.c - libFuzzer entry for the two JSON listing readers: whatever
 * the fast reader (simdjson) reads, jansson reads too, to the same text,
 * title, currency and numbers.  A difference aborts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void add(void *b, const char *s, size_t n)
{
	mv_buf_add(b, s, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_listing_report *r, *said;
	mv_json_listing fast;
	mv_buf a = MV_BUF_INIT, b = MV_BUF_INIT;
	int k;

	if ((!r && !(r = malloc(sizeof *r))) || (!said && !(said = malloc(sizeof *said))))
		abort();
	memset(r, 0, sizeof *r);
	memset(said, 0, sizeof *said);
	r->price = r->shipping = r->seller_rating = r->feedback_count = r->store_age_days = -1;
	if (mv_json_listing_read((const char *)data, size, size, &fast, add, &a)) {
		if (!mv_listing_json_jansson((const char *)data, size, &b, r))
			abort(); /* read by one, refused by the other */
		if (a.len != b.len || (a.len && memcmp(a.buf, b.buf, a.len)))
			abort();
		/* (the fast reader keeps the currency field as written: one
		 * money of it both) */
		mv_listing_currency_field(said, fast.currency, strlen(fast.currency), &a);
		/* (and a price string read as a text's price, by both) */
		said->price = fast.num[MV_JNUM_PRICE];
		mv_listing_price_written(said, fast.price_text, strlen(fast.price_text));
		fast.num[MV_JNUM_PRICE] = said->price;
		if (strncmp(fast.title, r->title, sizeof r->title) || strcmp(said->currency, r->currency))
			abort();
		{
			const double slow[MV_JNUM_N] = {r->price, r->shipping, r->seller_rating, r->feedback_count,
							r->store_age_days};
			for (k = 0; k < MV_JNUM_N; k++)
				if (memcmp(&fast.num[k], &slow[k], sizeof slow[k]))
					abort();
		}
	}
	mv_buf_release(&a);
	mv_buf_release(&b);
	return 0;
}
