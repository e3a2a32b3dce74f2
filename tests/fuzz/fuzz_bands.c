/* fuzz_bands.c - libFuzzer entry for the band-list parser, with the rules of
 * an area taken from the first byte; and for the gate a scan puts before it:
 * the bands found never outnumber what mv_bands_may_list() counted. */
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	static const char *const areas[] = {"R1", "NA", "CARIB", "LATAM", "JP", "KR", "CN", "R3", NULL};
	mv_bandset s;
	char err[256];

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (size == 0)
		return 0;
	if (mv_bands_parse(db, (const char *)data + 1, size - 1, areas[data[0] % 9], &s, err, sizeof err) == MV_OK &&
	    !mv_bands_may_list((const char *)data + 1, size - 1, s.n))
		abort();
	return 0;
}
