/* fuzz_identify.c - libFuzzer entry for the whole of identify: kind
 * detection, every decoder, the database queries and both report forms. */
#include <stdint.h>
#include <stdlib.h>

#include "mivet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	mv_report *r;
	mv_buf b = MV_BUF_INIT;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	r = mv_identify(db, (const char *)data, size);
	if (!r)
		return 0;
	mv_report_json(r, &b);
	mv_report_text(r, 0, &b);
	mv_buf_release(&b);
	mv_report_free(r);
	return 0;
}
