/* fuzz_model.c - libFuzzer entry for the model-number and IMEI decoders. */
#include <stdint.h>
#include <string.h>

#include "mivet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mv_model m;
	mv_imei i;
	char err[256];

	mv_model_parse((const char *)data, size, &m, err, sizeof err);
	mv_imei_parse((const char *)data, size, &i, err, sizeof err);
	return 0;
}
