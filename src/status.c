/* status.c - the one place status codes become words: errors, verdicts,
 * claims, advice and regions. */
#include <string.h>

#include "mivet.h"

const char *mv_strerror(mv_status st)
{
	switch (st) {
	case MV_OK: return "no error";
	case MV_ERR_NOMEM: return "out of memory";
	case MV_ERR_IO: return "cannot read input";
	case MV_ERR_DB: return "database error";
	case MV_ERR_EMPTY: return "empty input";
	case MV_ERR_TOO_LONG: return "input too long";
	case MV_ERR_BINARY: return "binary data";
	case MV_ERR_UTF8: return "invalid UTF-8";
	case MV_ERR_PARSE: return "not understood";
	case MV_ERR_INVALID: return "invalid value";
	case MV_ERR_DUPLICATE: return "duplicate key";
	case MV_ERR_NOT_FOUND: return "not found";
	case MV_ERR_USAGE: return "usage error";
	}
	return "unknown status";
}

const char *mv_kind_name(mv_kind k)
{
	switch (k) {
	case MV_KIND_VERSION: return "version";
	case MV_KIND_MODEL: return "model";
	case MV_KIND_IMEI: return "imei";
	case MV_KIND_PROPS: return "props";
	case MV_KIND_NONE: break;
	}
	return "unknown";
}

const char *mv_verdict_name(mv_verdict v)
{
	switch (v) {
	case MV_VERDICT_GLOBAL_VERSION: return "global_version";
	case MV_VERDICT_GLOBAL_ROM: return "global_rom";
	case MV_VERDICT_CHINA_VERSION: return "china_version";
	case MV_VERDICT_VENDOR_ROM: return "vendor_rom";
	case MV_VERDICT_CUSTOM_ROM: return "custom_rom";
	case MV_VERDICT_CHINA_HARDWARE: return "china_hardware";
	case MV_VERDICT_MARKET_VERSION: return "market_version";
	case MV_VERDICT_UNKNOWN: break;
	}
	return "unknown";
}

const char *mv_advice_name(mv_advice a)
{
	switch (a) {
	case MV_ADVICE_GOOD: return "good";
	case MV_ADVICE_CAUTION: return "caution";
	case MV_ADVICE_AVOID: return "avoid";
	case MV_ADVICE_NONE: break;
	}
	return "unknown";
}

const char *mv_severity_name(mv_severity s)
{
	switch (s) {
	case MV_SEV_WARNING: return "warning";
	case MV_SEV_HIGH: return "high";
	case MV_SEV_INFO: break;
	}
	return "info";
}

const char *mv_claim_name(mv_claim c)
{
	switch (c) {
	case MV_CLAIM_GLOBAL_VERSION: return "global_version";
	case MV_CLAIM_GLOBAL_ROM: return "global_rom";
	case MV_CLAIM_CHINA_VERSION: return "china_version";
	case MV_CLAIM_EEA_VERSION: return "eea_version";
	case MV_CLAIM_INDIA_VERSION: return "india_version";
	case MV_CLAIM_LOCAL_VERSION: return "local_version";
	case MV_CLAIM_NONE:
	case MV_CLAIM_UNKNOWN: break;
	}
	return "unknown";
}

/* A region's name as people write it, or the code itself. */
const char *mv_region_name(const char *region)
{
	static const struct {
		const char *k, *v;
	} n[] = {{"china", "China"}, {"global", "Global"}, {"eea", "EEA (Europe)"}, {"india", "India"},
		 {"russia", "Russia"}, {"indonesia", "Indonesia"}, {"taiwan", "Taiwan"},
		 {"turkey", "Turkey"}, {"japan", "Japan"}, {"korea", "Korea"}, {"latam", "Latin America"},
		 {"mexico", "Mexico"}, {"chile", "Chile"}, {"guatemala", "Guatemala"},
		 {"south_africa", "South Africa"}, {"thailand", "Thailand"}, {"singapore", "Singapore"},
		 {"custom", "custom"}};
	size_t i;

	for (i = 0; i < sizeof n / sizeof n[0]; i++)
		if (!strcmp(n[i].k, region))
			return n[i].v;
	return region[0] ? region : "unknown";
}
