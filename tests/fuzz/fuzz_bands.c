/* fuzz_bands.c - libFuzzer entry for the band-list parser, with the rules of
 * an area taken from the first byte; and for the gate a scan puts before
 * it: the bands found never outnumber what mv_bands_may_list() counted.  A
 * listing's reading (mv_bands_parse_list, a list of three asked for) is the
 * stricter: every band it finds the plain reading finds too. */
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
	mv_status st;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (size == 0)
		return 0;
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
