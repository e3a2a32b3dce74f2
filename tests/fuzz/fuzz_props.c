/* fuzz_props.c - libFuzzer entry for the property-dump parser. */
#include <stdint.h>

#include "mivet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mv_props *p = NULL;
	char err[256];

	if (mv_props_parse((const char *)data, size, &p, err, sizeof err) == MV_OK) {
		mv_props_get(p, "ro.product.model");
		mv_props_has_package(p, "com.google.android.gms");
		mv_props_free(p);
	}
	return 0;
}
