/* fuzz_update.c - libFuzzer entry for the reader of the tracker's files
 * (`mivet update`): the input split at its first NUL into latest.yml and
 * devices.yml. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nul = memchr(s, '\0', size);
	size_t ln = nul ? (size_t)(nul - s) : size;
	int releases = -1, devices = -1;
	char err[256];
	mv_status st;

	st = mv_update_read(s, ln, nul ? nul + 1 : "", nul ? size - ln - 1 : 0, &releases, &devices, err, sizeof err);
	if (st == MV_OK && (releases < 0 || devices < 0))
		abort();
	if (st != MV_OK && !err[0])
		abort(); /* every refusal says why */
	return 0;
}
