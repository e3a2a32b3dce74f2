/* fuzz_api.c - libFuzzer entry for HTTP request bodies: the first byte picks
 * the route of `mivet serve`'s API, the rest is the body.  The answer must
 * always be one JSON object with a status the API documents. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mivet.h"

static const char *const routes[] = {"/api/identify", "/api/bands", "/api/listing", "/api/cost", "/api/check",
				     "/api/countries", "/api/nope"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static mv_db *db;
	mv_buf out = MV_BUF_INIT;
	const char *route;
	json_t *j;
	int status;

	if (!db && !(db = mv_db_open(NULL, NULL, 0)))
		abort();
	if (size == 0)
		return 0;
	route = routes[data[0] % (sizeof routes / sizeof routes[0])];
	status = mv_api(db, route[5] == 'c' && route[6] == 'o' && route[7] == 'u' ? "GET" : "POST", route,
			(const char *)data + 1, size - 1, &out);
	if (status != 200 && status != 400 && status != 404 && status != 405 && status != 413 && status != 422)
		abort();
	/* every answer is one JSON object */
	if (!(j = json_loadb(mv_buf_str(&out), out.len, 0, NULL)) || !json_is_object(j))
		abort();
	json_decref(j);
	mv_buf_release(&out);
	return 0;
}
