/* fuzz_tsv.c - libFuzzer entry for the TSV row reader of the data loader. */
#include <stdint.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *end = p + size, *f[MV_TSV_MAX_FIELDS];
	size_t l[MV_TSV_MAX_FIELDS], n, rows = 0;

	while (mv_tsv_row(&p, end, f, l, &n) == MV_OK && rows++ < 100000)
		;
	return 0;
}
