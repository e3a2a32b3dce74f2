/* fuzz_listing.c - libFuzzer entry for listings: text, HTML and JSON, with
 * the phrase matcher, the model and band finders, the report writers and
 * the scanner (a line read, kept, and read again from what it kept). */
#include <stdint.h>
#include <stdlib.h>

#include "mivet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	static mv_scanner *sc;
	mv_listing_query q = {"DE", NULL, "CNY:EUR=0.128"};
	mv_listing_report *r;
	mv_buf b = MV_BUF_INIT;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (!sc && !(sc = mv_scanner_new(db, &q)))
		abort();
	r = mv_listing_analyze(db, (const char *)data, size, size % 2 ? &q : NULL);
	if (r) {
		mv_listing_report_json(r, &b);
		mv_listing_report_text(r, 0, &b);
		mv_listing_report_free(r);
	}
	/* three times: seen, kept, then read from what the scanner kept */
	mv_scanner_line(sc, (const char *)data, size, size, 1, &b);
	mv_scanner_line(sc, (const char *)data, size, size, 2, &b);
	mv_scanner_line(sc, (const char *)data, size, size, 3, &b);
	mv_buf_release(&b);
	return 0;
}
