/* fuzz_bands.c - libFuzzer entry for the band-list parser, with the rules of
 * an area taken from the first byte; and for the gate a scan puts before
 * it: the bands found never outnumber what mv_bands_may_list() counted.  A
 * listing's reading (mv_bands_parse_list, a list of three asked for) is the
 * stricter: every band it finds the plain reading finds too.  A first byte
 * of 0xf0 or more makes the rest a carrier's name as a buyer types it (any
 * script, any bytes: Cyrillic read in Latin letters, a brand of the APN
 * list, a network's new name), asked in one of four countries: an answer
 * or "no operating carrier named", and its error text is UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	static const char *const areas[] = {"R1", "NA", "CARIB", "LATAM", "JP", "KR", "CN", "R3", NULL};
	mv_bandset s, l;
	char err[256];
	const char *t = (const char *)data + 1, *area;
	mv_status st;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (size == 0)
		return 0;
	if (data[0] >= 0xf0) {
		static const char *const countries[] = {"RU", "GB", "CN", "NL"};
		char *name = malloc(size);
		mv_bands_report *r;
		if (!name)
			return 0;
		memcpy(name, t, size - 1);
		name[size - 1] = '\0';
		{
			mv_bands_query q = {NULL, NULL, "LTE: B1/B3/B7/B20", countries[data[0] % 4], name, NULL};
			r = mv_bands_check(db, &q);
		}
		if (!r || (r->status != MV_OK && (!r->error[0] || mv_text_check(r->error, strlen(r->error), 4096, err,
											 sizeof err) != MV_OK)))
			abort();
		mv_bands_report_free(r);
		free(name);
		return 0;
	}
	area = areas[data[0] % 9];
	st = mv_bands_parse(db, t, size - 1, area, &s, err, sizeof err);
	if (mv_bands_parse_list(db, t, size - 1, area, 3, &l) == MV_OK) {
		int k;
		if (st != MV_OK)
			abort();
		for (k = 0; k < l.n; k++)
			if (!mv_bandset_has(&s, l.band[k]))
				abort();
	}
	if (st != MV_OK)
		return 0;
	if (!mv_bands_may_list(t, size - 1, s.n))
		abort();
	return 0;
}
