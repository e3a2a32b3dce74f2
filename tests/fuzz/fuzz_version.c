/* fuzz_version.c - libFuzzer entry for the version decoder, and for the
 * gate a scan puts before it: letters found must have been let through, by
 * the gate alone and by the gate that asks the rules of loose letters. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	mv_version v;
	char err[256];

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (mv_version_parse((const char *)data, size, &v, err, sizeof err) == MV_OK) {
		/* what the parser returns is always terminated and bounded */
		if (strlen(v.text) >= sizeof v.text || strlen(v.os_version) >= sizeof v.os_version)
			abort();
		mv_version_cmp(v.text, "V14.0.4.0.TKHEUXM");
		if ((v.code[0] || v.code_candidate[0]) && !mv_version_may_have_code((const char *)data, size, NULL, NULL))
			abort();
		if ((v.code[0] || (v.code_candidate[0] && mv_version_code_known(v.code_candidate, db))) &&
		    !mv_version_may_have_code((const char *)data, size, mv_version_code_known, db))
			abort();
	}
	return 0;
}
