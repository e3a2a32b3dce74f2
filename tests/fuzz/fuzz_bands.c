/* fuzz_bands.c - libFuzzer entry for the band-list parser, with the rules of
 * an area taken from the first byte; and for the gates a scan puts before
 * it: the bands found never outnumber what mv_bands_may_list() counted, and
 * a line that states three or more is read alike when only a list of three
 * is asked for (mv_bands_parse_list). */
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	static const char *const areas[] = {"R1", "NA", "CARIB", "LATAM", "JP", "KR", "CN", "R3", NULL};
	mv_bandset s, l;
	char err[256];
	const char *t = (const char *)data + 1, *area;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (size == 0)
		return 0;
	area = areas[data[0] % 9];
	if (mv_bands_parse(db, t, size - 1, area, &s, err, sizeof err) != MV_OK)
		return 0;
	if (!mv_bands_may_list(t, size - 1, s.n))
		abort();
	if (s.n >= 3) {
		int k;
		if (mv_bands_parse_list(db, t, size - 1, area, 3, &l) != MV_OK || l.n != s.n)
			abort();
		for (k = 0; k < s.n; k++) /* field by field: a band has padding */
			if (l.band[k].tech != s.band[k].tech || l.band[k].num != s.band[k].num)
				abort();
	}
	return 0;
}
