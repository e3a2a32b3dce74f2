/* fuzz_version.c - libFuzzer entry for the version decoder, and for the
 * gate a scan puts before it: letters found must have been let through. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mv_version v;
	char err[256];

	if (mv_version_parse((const char *)data, size, &v, err, sizeof err) == MV_OK) {
		/* what the parser returns is always terminated and bounded */
		if (strlen(v.text) >= sizeof v.text || strlen(v.os_version) >= sizeof v.os_version)
			abort();
		mv_version_cmp(v.text, "V14.0.4.0.TKHEUXM");
		if ((v.code[0] || v.code_candidate[0]) && !mv_version_may_have_code((const char *)data, size))
			abort();
	}
	return 0;
}
