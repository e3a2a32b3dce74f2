/* fuzz_listing.c - libFuzzer entry for listings: text, HTML and JSON, with
 * the phrase matcher, the model and band finders, the report writers and
 * the scanner (a line read, kept, and read again from what it kept); and
 * the one pass's signals and the places it keeps, the letters' bits and the next digit against
 * what they stand for (a difference aborts). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The survey of a valid UTF-8 input says a signal exactly when a search
 * finds one of its words; the bit helpers read as a byte loop would. */
static void check_fast_paths(mv_db *db, const char *s, size_t n)
{
	mv_phrases *ph = mv_db_phrases(db, NULL, 0);
	mv_survey sv;
	size_t o, k;
	int g, i, w;

	for (o = 0; o < n && o < 72; o++) {
		uint64_t want = 0, dl = 0;
		size_t d = o;
		for (k = o; k < n && k - o < 64; k++) {
			want |= (uint64_t)((unsigned char)((s[k] | 0x20) - 'a') < 26) << (k - o);
			dl |= (uint64_t)((unsigned char)(s[k] - '0') < 10 || (unsigned char)s[k] >= 0xc0) << (k - o);
		}
		while (d < n && (unsigned char)(s[d] - '0') >= 10)
			d++;
		if (mv_ascii_letters(s + o, n - o) != want || mv_next_digit(s, n, o) != d ||
		    mv_digits_and_leads(s + o, n - o, 1, 1) != dl)
			abort();
	}
	if (!ph || mv_text_check(s, n, n + 1, NULL, 0) != MV_OK || memchr(s, 0, n))
		return;
	if (mv_phrases_survey(ph, s, n, &sv) == 0) {
		int kept = 0;
		for (g = 0; g < MV_SIGNALS; g++) {
			int found = 0;
			for (i = 0; !found && mv_signal_word((mv_signal)g, i); i++)
				found = mv_memcasestr(s, n, mv_signal_word((mv_signal)g, i)) >= 0;
			if (found != (int)MV_HAS_SIGNAL(sv.signals, g))
				abort();
		}
		/* each place of a placed signal's word is kept, or more than fit
		 * are there */
		for (g = 0; g < MV_SIGNALS; g++)
			for (w = 0; MV_SIGNAL_PLACED(g) && mv_signal_word((mv_signal)g, w); w++) {
				const char *word = mv_signal_word((mv_signal)g, w);
				for (o = 0, k = strlen(word); o + k <= n; o++)
					if (!strncasecmp(s + o, word, k)) {
						for (i = 0; i < sv.n_places; i++)
							if (sv.place[i].signal == g && sv.place[i].word == w &&
							    sv.place[i].from == o && sv.place[i].to == o + k)
								break;
						if (sv.n_places >= 0 && i == sv.n_places)
							abort();
						kept++;
					}
			}
		if (sv.n_places < 0 ? kept <= MV_SURVEY_PLACES : kept != sv.n_places)
			abort();
	}
	mv_survey_release(&sv);
}

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
	check_fast_paths(db, (const char *)data, size);
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
